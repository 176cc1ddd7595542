//! `malformed-total`: the wording of a declared total statement departs from the form the
//! document's own statements use, or has stray characters in its name.

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Label};
use crate::model::{DashKind, Document, Section, Total, Wording, WordingDefect};
use crate::money::money;
use crate::rules::{Context, declare_rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Checks the wording of each declared total statement against the document's own form:
    /// the wording most of its statements use. Two words vary between editions and
    /// publishers: "requirements" or "requirement", and a "for" before the name or none.
    /// crossfoot counts, over all the document's total statements, how many write each; a
    /// form written by more than half of them (and by at least two) is the document's form,
    /// and only the statements that depart from it are findings, with the count ("112 of 113
    /// total statements write \"requirements\"; this one has \"requirement\""). Where no form
    /// has such a majority (a tie, a single statement), the house form "Total funding
    /// requirements for NAME – USD 1,234,567" decides.
    ///
    /// Stray characters in or after the name ("Slovakia<") are a finding in every document.
    ///
    /// Letter spacing, lost small caps and line breaks are what PDF extraction does to every
    /// statement and are not findings. The amount part of the statement (dash, currency,
    /// number) belongs to `malformed-amount` and `missing-currency`.
    ///
    /// ## Why is this bad?
    /// Total statements are what readers scan for, and what tools (crossfoot among them) use to
    /// find where a country's list ends. A statement worded unlike the others is a typesetting
    /// slip that reaches print, and a variant a later tool may not recognize. A document that
    /// consistently writes its own form is not wrong: flagging every one of its statements
    /// would bury the one that departs from it.
    ///
    /// ## Example
    /// ```text
    /// Total funding requirements for Kenya – USD 400,000
    /// Total funding requirements for Uganda – USD 250,000
    /// Total funding requirement for Rwanda – USD 100,000
    /// Total funding requirements Burkina Faso – USD 1,137,571
    /// ```
    /// Use instead: "Total funding requirements for Rwanda – USD 100,000" and "Total funding
    /// requirements for Burkina Faso – USD 1,137,571". In a document whose statements mostly
    /// read "Total funding requirements Kenya", the one "Total funding requirements for
    /// Uganda" is the finding instead, and its fix deletes "for".
    ///
    /// ## Fix safety
    /// Writing the document's form (adding or deleting the "s" or the "for") and deleting stray
    /// characters is safe: no figure and no name changes.
    pub static MALFORMED_TOTAL = {
        code: "malformed-total",
        severity: Warning,
        summary: "a total statement's wording departs from the form most of the document's statements use",
        check: check,
    };
}

/// How the document words its total statements: how many write each variable word.
#[derive(Debug, Clone, Copy)]
struct Form {
    statements: usize,
    plural: usize,
    with_for: usize,
}

impl Form {
    fn of(doc: &Document) -> Self {
        let mut form = Form {
            statements: 0,
            plural: 0,
            with_for: 0,
        };
        for t in funding_statements(doc) {
            form.statements += 1;
            form.plural += usize::from(!singular(t));
            form.with_for += usize::from(t.for_word.is_some());
        }
        form
    }

    /// Whether the document's form is the house form: then only a statement with a wording
    /// defect can depart from it.
    fn is_house_form(self) -> bool {
        !self.writes_singular() && !self.omits_for()
    }

    /// Whether `count` of the statements are the document's form: more than half of them,
    /// and at least two (one statement alone says nothing about a document's form).
    fn majority(self, count: usize) -> bool {
        count >= 2 && count * 2 > self.statements
    }

    /// Whether the document's form writes "requirement" (else the house form's
    /// "requirements").
    fn writes_singular(self) -> bool {
        self.majority(self.statements - self.plural)
    }

    /// Whether the document's form has no "for" (else the house form's "for").
    fn omits_for(self) -> bool {
        self.majority(self.statements - self.with_for)
    }
}

fn singular(total: &Total) -> bool {
    total
        .wording
        .iter()
        .any(|w| matches!(w, WordingDefect::Singular(_)))
}

/// The statements worded "Total funding requirements for NAME", whose slips this rule knows.
fn funding_statements(doc: &Document) -> impl Iterator<Item = &Total> {
    doc.sections
        .iter()
        .map(|s| &s.total)
        .filter(|t| t.form == Wording::FundingRequirements)
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let form = Form::of(ctx.doc);
    let house = form.is_house_form();
    let separators = Separators::of(ctx);
    let mut out: Vec<Diagnostic> = ctx
        .doc
        .sections
        .iter()
        .filter_map(|s| {
            if s.total.form == Wording::FundingRequirements {
                (!(house && s.total.wording.is_empty()))
                    .then(|| finding(ctx, form, s))
                    .flatten()
                    .or_else(|| separators.colon_for_dash(ctx, s))
            } else {
                separators.finding(ctx, s)
            }
        })
        .collect();
    out.extend(table_rows(ctx));
    out
}

/// A table's total row whose label misspells "Total" or "Sub-total" ("Sub-totl Protection"):
/// the row is still read as the total it is, and the fix writes the word.
fn table_rows<'c>(ctx: &'c Context<'_>) -> impl Iterator<Item = Diagnostic> + 'c {
    ctx.doc
        .tables
        .iter()
        .flat_map(|t| {
            t.groups
                .iter()
                .filter_map(|g| g.total.as_ref())
                .chain(t.grand_total.as_ref())
        })
        .filter_map(|tl| {
            let word = tl.misspelled?;
            let written = ctx.source.slice(word);
            let lower = written.to_lowercase();
            let right = if crate::parse::amount::one_edit(&lower, "sub-total") {
                "sub-total"
            } else if crate::parse::amount::one_edit(&lower, "subtotal") {
                "subtotal"
            } else {
                "total"
            };
            let right = if written.chars().all(|c| !c.is_lowercase()) {
                right.to_uppercase()
            } else {
                let mut c = right.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            };
            Some(
                Diagnostic::new(
                    &MALFORMED_TOTAL,
                    word,
                    format!(
                        "total row \"{}\" misspells \"{right}\": \"{written}\" is no English word, one letter from it",
                        tl.label
                    ),
                )
                .with_label(format!("read as \"{right}\""))
                .with_help(format!(
                    "write \"{right}\"; the row is read as the total it is, so its figure is checked either way"
                ))
                .with_fix(Some(Fix {
                    title: format!("write \"{right}\""),
                    applicability: Applicability::Safe,
                    edits: vec![Edit {
                        span: word,
                        replacement: right.clone(),
                    }],
                }))
                .in_section(Some(tl.name.clone())),
            )
        })
}

/// Whether a statement is compared with the document's others for its separator: any statement
/// of another wording, and a "Total funding requirements" statement whose figure is on its
/// line (a wrapped one's dash opens the next line, which says nothing of the one-line form).
fn one_line(ctx: &Context<'_>, section: &Section) -> bool {
    let t = &section.total;
    t.form != Wording::FundingRequirements
        || t.amount
            .as_ref()
            .is_some_and(|a| !ctx.source.text[t.span.start..a.number.start].contains(['\n', '\r']))
}

/// What stands between the words of a statement of another wording and its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    Dash,
    Colon,
    Tab,
    Leaders,
    Space,
    Cell,
}

impl Separator {
    fn of(ctx: &Context<'_>, total: &Total) -> Option<(Separator, Span)> {
        let a = total.amount.as_ref()?;
        let words_end = total
            .name_span
            .end
            .max(total.requirement.end)
            .min(a.span.start);
        let gap = Span::new(words_end, a.span.start);
        let kind = match a.dash {
            Some((DashKind::Colon, _)) => Separator::Colon,
            Some((DashKind::Cell, _)) => Separator::Cell,
            Some((DashKind::Tab, _)) => Separator::Tab,
            Some(_) => Separator::Dash,
            None => {
                let text = ctx.source.slice(gap);
                if text.contains("..") {
                    Separator::Leaders
                } else if text.contains('\t') {
                    Separator::Tab
                } else {
                    Separator::Space
                }
            }
        };
        Some((kind, gap))
    }

    fn describe(self) -> &'static str {
        match self {
            Separator::Dash => "a dash",
            Separator::Colon => "a colon",
            Separator::Tab => "a tab",
            Separator::Leaders => "dot leaders",
            Separator::Space => "a space",
            Separator::Cell => "a table cell",
        }
    }
}

/// The separator most statements of other wordings write, when three in four or more of at
/// least four statements agree: a document whose statements vary has no form to depart from.
struct Separators {
    house: Option<(Separator, usize, usize)>,
}

impl Separators {
    fn of(ctx: &Context<'_>) -> Self {
        let kinds: Vec<Separator> = ctx
            .doc
            .sections
            .iter()
            .filter(|s| one_line(ctx, s))
            .filter_map(|s| Separator::of(ctx, &s.total).map(|k| k.0))
            // A table's total row is set off by its cell, whatever the other statements write.
            .filter(|&k| k != Separator::Cell)
            .collect();
        let n = kinds.len();
        let best = [
            Separator::Dash,
            Separator::Colon,
            Separator::Tab,
            Separator::Leaders,
            Separator::Space,
            Separator::Cell,
        ]
        .into_iter()
        .map(|k| (k, kinds.iter().filter(|&&x| x == k).count()))
        .max_by_key(|&(_, c)| c);
        Separators {
            house: best
                .filter(|&(_, c)| n >= 4 && c * 4 >= n * 3)
                .map(|(k, c)| (k, c, n)),
        }
    }

    /// For a "Total funding requirements" statement, only a colon where the document's form
    /// is a dash, or a dash where it is a colon: a missing dash is `malformed-amount`'s.
    fn colon_for_dash(&self, ctx: &Context<'_>, section: &Section) -> Option<Diagnostic> {
        let (house, count, n) = self.house?;
        // Both are the house form of these statements: only a document that shows its own
        // clearly (nine in ten of ten or more) makes the other one a departure.
        if !one_line(ctx, section) || n < 10 || count * 10 < n * 9 {
            return None;
        }
        let (kind, _) = Separator::of(ctx, &section.total)?;
        let swapped = matches!(
            (kind, house),
            (Separator::Colon, Separator::Dash) | (Separator::Dash, Separator::Colon)
        );
        if swapped {
            self.finding(ctx, section)
        } else {
            None
        }
    }

    fn finding(&self, ctx: &Context<'_>, section: &Section) -> Option<Diagnostic> {
        let (house, count, n) = self.house?;
        let total = &section.total;
        let (kind, gap) = Separator::of(ctx, total)?;
        if kind == house || kind == Separator::Cell {
            return None;
        }
        let replacement = match house {
            Separator::Colon => Some(": "),
            Separator::Dash => Some(" – "),
            _ => None,
        };
        // A dash written as a hyphen is `malformed-amount`'s; only the kind of separator is ours.
        let fix = replacement
            .filter(|_| kind != Separator::Dash)
            .map(|r| Fix {
                title: format!("write {} before the figure", house.describe()),
                applicability: Applicability::Safe,
                edits: vec![Edit {
                    span: gap,
                    replacement: r.to_string(),
                }],
            });
        let head = Span::new(total.span.start, gap.start.max(total.span.start));
        Some(
            Diagnostic::new(
                &MALFORMED_TOTAL,
                head,
                format!(
                    "total statement for {} departs from the document's form: {} before the figure where {count} of {n} total statements write {}",
                    section.name,
                    kind.describe(),
                    house.describe()
                ),
            )
            .with_label("the statement")
            .with_help(format!(
                "write {} between the statement's words and its figure, as the document's other statements do",
                house.describe()
            ))
            .with_fix(fix)
            .in_section(Some(section.key())),
        )
    }
}

/// One departure of a statement: what it says, its label and the edit that writes the form.
struct Problem {
    text: String,
    label: Label,
    edit: Edit,
    /// Whether it was judged by the document's majority (else by the house form).
    by_majority: bool,
}

/// "(3 of 4 total statements write \"requirements\")", for a judgement by the house form in a
/// document of several statements.
fn share(count: usize, form: Form, what: &str) -> String {
    if form.statements < 2 {
        String::new()
    } else {
        format!(" ({count} of {} total statements {what})", form.statements)
    }
}

fn problems(ctx: &Context<'_>, form: Form, total: &Total) -> Vec<Problem> {
    let n = form.statements;
    let mut out = Vec::new();
    let word = total.requirement;
    if singular(total) && !form.writes_singular() {
        let by_majority = form.majority(form.plural);
        let text = if by_majority {
            format!(
                "{} of {n} total statements write \"requirements\"; this one has \"requirement\"",
                form.plural
            )
        } else {
            format!(
                "\"requirement\" where the house form has \"requirements\"{}",
                share(form.plural, form, "write \"requirements\"")
            )
        };
        out.push(Problem {
            text,
            label: Label::new(word, "requirements"),
            edit: Edit {
                span: Span::new(word.end, word.end),
                replacement: "s".into(),
            },
            by_majority,
        });
    } else if !singular(total) && form.writes_singular() {
        out.push(Problem {
            text: format!(
                "{} of {n} total statements write \"requirement\"; this one has \"requirements\"",
                n - form.plural
            ),
            label: Label::new(word, "requirement"),
            edit: Edit {
                span: Span::new(word.end.saturating_sub(1), word.end),
                replacement: String::new(),
            },
            by_majority: true,
        });
    }
    match total.for_word {
        None if !form.omits_for() => {
            let by_majority = form.majority(form.with_for);
            let text = if by_majority {
                format!(
                    "{} of {n} total statements write \"for\" before the name; this one has no \"for\"",
                    form.with_for
                )
            } else {
                format!(
                    "no \"for\" before the name{}",
                    share(form.with_for, form, "write \"for\"")
                )
            };
            // Point at the name's first word, before which "for" belongs.
            let at = total
                .wording
                .iter()
                .find_map(|w| match w {
                    WordingDefect::MissingFor(s) => Some(*s),
                    _ => None,
                })
                .unwrap_or(Span::new(total.name_span.start, total.name_span.start));
            out.push(Problem {
                text,
                label: Label::new(at, "\"for\" belongs before the name"),
                edit: Edit {
                    span: Span::new(at.start, at.start),
                    replacement: "for ".into(),
                },
                by_majority,
            });
        }
        Some(f) if form.omits_for() => {
            // Delete "for" and the spaces after it, but not a line break: the lines below keep
            // their numbers.
            let written = ctx.source.slice(f);
            let end = written.find(['\n', '\r']).map_or(f.end, |i| f.start + i);
            out.push(Problem {
                text: format!(
                    "{} of {n} total statements have no \"for\" before the name; this one writes \"for\"",
                    n - form.with_for
                ),
                label: Label::new(f, "the document's statements have no \"for\""),
                edit: Edit {
                    span: Span::new(f.start, end),
                    replacement: String::new(),
                },
                by_majority: true,
            });
        }
        _ => {}
    }
    for w in &total.wording {
        if let WordingDefect::StrayCharacters(span) = w {
            let stray = ctx.source.slice(*span);
            out.push(Problem {
                text: format!("stray \"{stray}\" in the name"),
                label: Label::new(*span, "stray character"),
                edit: Edit {
                    span: *span,
                    replacement: String::new(),
                },
                by_majority: false,
            });
        }
    }
    // Edits in text order, as the statement reads.
    out.sort_by_key(|p| p.edit.span.start);
    out
}

fn finding(ctx: &Context<'_>, form: Form, section: &Section) -> Option<Diagnostic> {
    let total = &section.total;
    let problems = problems(ctx, form, total);
    if problems.is_empty() {
        return None;
    }
    let whose = if problems.iter().any(|p| p.by_majority) {
        "the document's form"
    } else {
        "the house form"
    };
    let amount = total.amount.as_ref().map_or_else(
        || format!("– {} …", ctx.currency),
        |a| format!("– {}", money(ctx.currency, a.value())),
    );
    let word = if form.writes_singular() {
        "requirement"
    } else {
        "requirements"
    };
    let for_word = if form.omits_for() { "" } else { " for" };
    let written = format!("Total funding {word}{for_word} {}", section.name);
    let head = Span::new(total.span.start, total.name_span.end.max(total.span.start));
    let texts: Vec<&str> = problems.iter().map(|p| p.text.as_str()).collect();
    let mut d = Diagnostic::new(
        &MALFORMED_TOTAL,
        head,
        format!(
            "total statement for {} departs from {whose}: {}",
            section.name,
            texts.join("; ")
        ),
    )
    .with_label("the statement")
    .with_help(format!("write: {written} {amount}"))
    .with_fix(Some(Fix {
        title: format!("write the statement in {whose}"),
        applicability: Applicability::Safe,
        edits: problems.iter().map(|p| p.edit.clone()).collect(),
    }))
    .in_section(Some(section.key()));
    d.labels = problems.into_iter().map(|p| p.label).collect();
    Some(d)
}

#[cfg(test)]
mod tests {
    use crate::{Settings, Source};

    fn messages(text: &str) -> Vec<String> {
        crate::check(Source::new("t.txt", text), &Settings::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "malformed-total")
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn a_tie_or_a_single_statement_is_judged_by_the_house_form() {
        let one = "A – USD 5•\t\nTotal funding requirement Fiji – USD 5\n";
        assert_eq!(
            messages(one),
            [
                "total statement for Fiji departs from the house form: \"requirement\" where the house form has \"requirements\"; no \"for\" before the name"
            ]
        );
        let tie = "A – USD 5•\t\nTotal funding requirement Fiji – USD 5\nB – USD 7•\t\nTotal funding requirements for Tonga – USD 7\n";
        assert_eq!(
            messages(tie),
            [
                "total statement for Fiji departs from the house form: \"requirement\" where the house form has \"requirements\" (1 of 2 total statements write \"requirements\"); no \"for\" before the name (1 of 2 total statements write \"for\")"
            ]
        );
    }

    #[test]
    fn deleting_for_keeps_the_line_break() {
        let text = "A – USD 5•\t\nTotal funding requirements Fiji – USD 5\nB – USD 7•\t\nTotal funding requirements Samoa – USD 7\nC – USD 9•\t\nTotal funding requirements for \nTonga – USD 9\n";
        let fixed = crate::fix::fix(&Source::new("t.txt", text), &Settings::default(), false);
        assert_eq!(
            fixed.text,
            text.replace("requirements for \nTonga", "requirements \nTonga")
        );
    }

    #[test]
    fn a_document_in_its_own_form_has_no_finding() {
        let own = "A – USD 5•\t\nTotal funding requirement Fiji – USD 5\nB – USD 7•\t\nTotal funding requirement Tonga – USD 7\n";
        assert!(messages(own).is_empty());
    }
}
