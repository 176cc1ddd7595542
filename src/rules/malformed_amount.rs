//! `malformed-amount`: an amount whose number or dash is not in the house form.

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::model::{Amount, DashKind, NumberDefect, Reading};
use crate::money::money;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Checks that every amount, in a bullet or a declared total, is written in the house form
    /// "– USD 1,234,567": a dash before it, digits grouped by threes with commas, no cents on a
    /// whole figure. It reports short or long digit groups ("720,00"), white space inside the
    /// number ("197, 263"), periods as separators ("1.234.567"), no separators ("1234567"),
    /// cents (".00"), a hyphen instead of a dash, and no dash at all.
    ///
    /// The form is the document's own where its figures agree on one: the decimal mark is
    /// inferred from its unambiguous figures ("1.234.567,50" makes the comma the decimal mark,
    /// and then "1,285,000" departs from it); apostrophes and no-break spaces group thousands
    /// in any document ("412'680", "245 000"); cents are its form where several figures carry
    /// them, scale words ("USD 1.5m") and space grouping where most amounts use them. It also
    /// reports two kinds of separator in one figure ("1,250'000"), a misspelled scale word
    /// ("1.5 milion") and a decimal comma before a scale word in a point-decimal document.
    /// The currency of an amount is `missing-currency`'s, and of an item in a group of another
    /// currency `mixed-currency`'s.
    ///
    /// ## Why is this bad?
    /// A malformed figure is ambiguous to a reader ("720,00" may be 72,000 or 720,000) and to
    /// any tool that restates it. crossfoot takes the most plausible value, preferring the
    /// reading with which the section foots, and says which it took.
    ///
    /// ## Example
    /// ```text
    /// Migration for development (MIDTA) – USD 720,00
    /// Labour migration actions - USD 400,000
    /// ```
    /// Use instead: "– USD 720,000" and "– USD 400,000".
    ///
    /// ## Fix safety
    /// Rewriting the dash and the digit grouping is safe when the value is certain. Where the
    /// amount has two readings, the fix writes the one crossfoot took and is unsafe.
    pub static MALFORMED_AMOUNT = {
        code: "malformed-amount",
        severity: Warning,
        summary: "an amount is not in the house form \"– USD 1,234,567\"",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let house = House::of(ctx.doc, &ctx.source.text);
    let written = Written::of(ctx);
    ctx.doc
        .amounts_by_section()
        .filter_map(|(section, a)| {
            // The separator before the figure of a statement of another wording than "Total
            // funding requirements" is `malformed-total`'s, judged by the document's form.
            let dash_owned = !section.is_some_and(|s| {
                s.total.form != crate::model::Wording::FundingRequirements
                    && s.total.amount.as_ref().is_some_and(|t| std::ptr::eq(t, a))
            });
            // A hyphen or a missing dash is judged by the lead of the group's other items where
            // they agree on one (a document may write its groups in two house forms).
            let lead = match a.dash {
                Some((DashKind::Hyphen, _)) | None => section
                    .and_then(|s| lead_of(s.bullets.iter().filter_map(|b| b.amount.as_ref())))
                    .unwrap_or(written.lead),
                _ => written.lead,
            };
            malformed(ctx, a, dash_owned, (house, &written, lead))
                .map(|d| d.in_section(section.map(crate::model::Section::key)))
        })
        // Table figures have no dash: only their number is checked (see `crate::tables`).
        .chain(ctx.doc.table_figures().filter_map(|f| table_figure(ctx, f)))
        .collect()
}

/// The edit that writes `replacement` over `span` in a column of right-aligned figures: the
/// spaces before the figure grow or shrink by the difference, so the column keeps its edge.
fn aligned(text: &str, span: crate::source::Span, replacement: String) -> Edit {
    let old = text[span.start..span.end].chars().count();
    let new = replacement.chars().count();
    let spaces = text[..span.start]
        .bytes()
        .rev()
        .take_while(|&b| b == b' ')
        .count();
    if new < old && spaces > 0 {
        Edit {
            span,
            replacement: format!("{}{replacement}", " ".repeat(old - new)),
        }
    } else if new > old && spaces > new - old {
        Edit {
            span: crate::source::Span::new(span.start - (new - old), span.end),
            replacement,
        }
    } else {
        Edit { span, replacement }
    }
}

/// A table figure whose number is not written as its column writes figures (a column grouped
/// with spaces keeps its form; see `crate::parse::table`).
fn table_figure(ctx: &Context<'_>, f: &crate::model::table::Figure) -> Option<Diagnostic> {
    let a = &f.amount;
    if a.defects.is_empty() {
        return None;
    }
    let problems: Vec<&str> = a.defects.iter().map(|d| d.describe()).collect();
    let value = a.value();
    let message = format!(
        "table figure \"{}\" is not in the house form: {}",
        quoted(ctx, a),
        problems.join("; ")
    );
    let cents = !value.fract().is_zero();
    let mark = if ctx.doc.mark == crate::model::DecimalMark::Comma {
        ','
    } else {
        '.'
    };
    // Written as its column writes figures (apostrophes in a Swiss column).
    let group = |v: rust_decimal::Decimal| crate::money::group_as(v, f.grouping, mark);
    let written = group(value);
    let help = if cents {
        format!(
            "read as {}; write: {}, or {} if the cents are a slip",
            money(&f.currency, value),
            group(value),
            group(value.trunc())
        )
    } else {
        format!(
            "read as {}; write: {}",
            money(&f.currency, value),
            group(value)
        )
    };
    // A code against the digits is written off with them: the column's header names the
    // currency, which the reader must then take from it, so that fix is unsafe.
    let glued = a.defects.contains(&NumberDefect::GluedCurrency);
    let fix = (!cents).then(|| Fix {
        title: if glued {
            format!(
                "write the figure as {}, as the column's others",
                group(value)
            )
        } else {
            format!("write the figure as {}", group(value))
        },
        applicability: if a.alternative.is_some() || glued {
            Applicability::Unsafe
        } else {
            Applicability::Safe
        },
        edits: vec![aligned(
            &ctx.source.text,
            if glued { a.span } else { a.number },
            written,
        )],
    });
    Some(
        Diagnostic::new(&MALFORMED_AMOUNT, a.number, message)
            .with_label(format!("read as {}", money(&f.currency, value)))
            .with_help(help)
            .with_fix(fix)
            .with_value(value),
    )
}

/// The written form with its white space collapsed, for quoting.
pub(crate) fn quoted(ctx: &Context<'_>, a: &Amount) -> String {
    let s = ctx.source.slice(a.span);
    s.split(|c: char| c.is_whitespace() || c == '•' || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The house form of an amount of `value`, as the document writes its items' amounts: after
/// `lead` (the lead of the group's other items, or of most of the document's: "– ", or "…: "
/// where a colon leads them), the currency as most of them spell it ("US$").
pub(crate) fn house_form(w: &Written, lead: DashKind, value: rust_decimal::Decimal) -> String {
    let space = if w.glued { "" } else { " " };
    let money = format!("{}{space}{}", w.currency, crate::money::figure(value));
    match lead {
        DashKind::Colon => format!("…: {money}"),
        DashKind::EmDash => format!("— {money}"),
        _ => format!("– {money}"),
    }
}

/// The lead most of `amounts` have (an en dash on a tie with another), if any has one.
fn lead_of<'a>(amounts: impl Iterator<Item = &'a Amount>) -> Option<DashKind> {
    let (mut en, mut em, mut colon) = (0usize, 0usize, 0usize);
    for a in amounts {
        match a.dash {
            Some((DashKind::EnDash, _)) => en += 1,
            Some((DashKind::EmDash, _)) => em += 1,
            Some((DashKind::Colon, _)) => colon += 1,
            _ => {}
        }
    }
    if en + em + colon == 0 {
        None
    } else if colon > en && colon > em {
        Some(DashKind::Colon)
    } else if em > en {
        Some(DashKind::EmDash)
    } else {
        Some(DashKind::EnDash)
    }
}

/// How a document writes its items' amounts, from the amounts themselves.
pub(crate) struct Written {
    /// The lead most amounts with one have: an en dash (the house form, also on a tie), an em
    /// dash or a colon.
    pub lead: DashKind,
    /// The document's currency as most of its amounts spell it ("US$" for USD), or its code.
    pub currency: String,
    /// Whether most amounts set their currency right against the figure ("$1,234").
    pub glued: bool,
}

impl Written {
    pub(crate) fn of(ctx: &Context<'_>) -> Self {
        let text = &ctx.source.text;
        let mut spellings: Vec<(&str, usize)> = Vec::new();
        let (mut glued, mut spelled) = (0usize, 0usize);
        for a in ctx.doc.amounts() {
            if crate::parse::amount::code_of(text, a) == Some(ctx.currency)
                && let Some(c) = a.currency
            {
                let s = &text[c.start..c.end];
                spelled += 1;
                glued += usize::from(c.end == a.number.start);
                match spellings.iter_mut().find(|(w, _)| *w == s) {
                    Some((_, n)) => *n += 1,
                    None => spellings.push((s, 1)),
                }
            }
        }
        let lead = lead_of(ctx.doc.amounts()).unwrap_or(DashKind::EnDash);
        // The first spelling among the most frequent; the code itself when none is written.
        let currency = spellings
            .iter()
            .rev()
            .max_by_key(|(_, n)| *n)
            .map_or_else(|| ctx.currency.to_string(), |(s, _)| (*s).to_string());
        Written {
            lead,
            currency,
            glued: glued * 2 > spelled,
        }
    }
}

/// How a fix writes a figure in `doc`: its thousands separator and its decimal mark.
pub(crate) fn write_style(doc: &crate::model::Document, text: &str) -> (char, char) {
    House::of(doc, text).write
}

/// What the document's own figures make its form, beyond the house form.
#[derive(Debug, Clone, Copy)]
struct House {
    /// Cents, where several figures carry them.
    cents: bool,
    /// Scale words ("USD 1.5 million", "USD 263.25m"), where most amounts use them.
    scale: bool,
    /// Thousands grouped with spaces ("245 000 EUR"), where most amounts are.
    spaces: bool,
    /// The character three in four of the grouped figures group their thousands with (a
    /// space for any kind of space), if they agree.
    grouping: Option<char>,
    /// How a fix writes a figure: the thousands separator and the decimal mark.
    write: (char, char),
}

/// The character that groups a figure's thousands ("1 234,50" → ' ', "1.234" → '.'), if it has
/// one: the first separator, unless it is the decimal mark before the cents.
fn grouping_of(number: &str) -> Option<char> {
    let mut chars = number
        .char_indices()
        .skip_while(|(_, c)| c.is_ascii_digit());
    let (i, c) = chars.next()?;
    let rest = &number[i + c.len_utf8()..];
    let cents = (1..=2).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit());
    if cents && !number[..i].contains(|c: char| !c.is_ascii_digit()) {
        return None;
    }
    Some(
        if c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}') {
            ' '
        } else if c == '’' {
            '\''
        } else {
            c
        },
    )
}

impl House {
    fn of(doc: &crate::model::Document, text: &str) -> Self {
        let (mut cents, mut scaled, mut spaced, mut all) = (0, 0, 0, 0);
        // (class, count, the character as first written)
        let mut kinds: Vec<(char, usize, char)> = Vec::new();
        for a in doc.amounts() {
            let number = &text[a.number.start..a.number.end];
            if let Some(g) = grouping_of(number) {
                if let Some((_, n, _)) = kinds.iter_mut().find(|(k, _, _)| *k == g) {
                    *n += 1;
                } else {
                    let raw = number.chars().find(|c| !c.is_ascii_digit()).unwrap_or(g);
                    kinds.push((g, 1, raw));
                }
            }
            all += 1;
            cents += usize::from(!a.value().fract().is_zero());
            scaled += usize::from(a.defects.contains(&NumberDefect::ScaleWord));
            // Spaces that group thousands ("245 000"), not a space beside a separator, which
            // is a slip of extraction however often it recurs ("1, 000").
            let slip = || {
                number
                    .as_bytes()
                    .windows(2)
                    .any(|w| matches!(w, [b',' | b'.', b' '] | [b' ', b',' | b'.']))
            };
            spaced += usize::from(a.defects.contains(&NumberDefect::SpaceInside) && !slip());
        }
        let grouped: usize = kinds.iter().map(|k| k.1).sum();
        let best = kinds
            .iter()
            .max_by_key(|k| k.1)
            .filter(|k| grouped >= 4 && k.1 * 4 >= grouped * 3);
        let point = doc.mark == crate::model::DecimalMark::Point;
        House {
            cents: cents >= 2,
            scale: scaled * 2 > all,
            spaces: spaced * 2 > all,
            grouping: best.map(|k| k.0),
            write: (
                best.map_or(if point { ',' } else { '.' }, |k| k.2),
                if point { '.' } else { ',' },
            ),
        }
    }

    /// Whether `d`, a defect of `a`, is the document's form.
    fn accepts(self, a: &Amount, d: NumberDefect) -> bool {
        match d {
            NumberDefect::Cents => self.cents && !a.value().fract().is_zero(),
            NumberDefect::ScaleWord => self.scale,
            NumberDefect::SpaceInside => self.spaces,
            _ => false,
        }
    }
}

/// `dash_owned`: whether the dash before the amount is this rule's to judge.
fn malformed(
    ctx: &Context<'_>,
    a: &Amount,
    dash_owned: bool,
    (house, written, lead): (House, &Written, DashKind),
) -> Option<Diagnostic> {
    let mut problems: Vec<&str> = a
        .defects
        .iter()
        .filter(|&&d| !house.accepts(a, d))
        .map(|d| d.describe())
        .collect();
    // Grouped unlike the document's other figures ("797.750" where they write "797 750").
    if problems.is_empty()
        && let (Some(house), Some(own)) = (house.grouping, grouping_of(ctx.source.slice(a.number)))
        && own != house
    {
        problems.push(match house {
            ' ' => "thousands grouped otherwise than the document's figures, which group with spaces",
            '\'' => "thousands grouped otherwise than the document's figures, which group with apostrophes",
            '.' => "thousands grouped otherwise than the document's figures, which group with periods",
            _ => "thousands grouped otherwise than the document's figures, which group with commas",
        });
    }
    let colon = lead == DashKind::Colon;
    let dash_problem = match a.dash {
        Some((DashKind::Hyphen, _)) if colon => {
            Some("a hyphen where the document's amounts have a colon")
        }
        Some((DashKind::Hyphen, _)) => Some("a hyphen where the house form has a dash"),
        None if dash_owned && colon => Some("no colon before it"),
        None if dash_owned => Some("no dash before it"),
        _ => None,
    };
    problems.extend(dash_problem);
    if problems.is_empty() {
        return None;
    }
    let value = a.value();
    let message = format!(
        "amount \"{}\" is not in the house form: {}",
        quoted(ctx, a),
        problems.join("; ")
    );
    let help = match (a.alternative, a.reading) {
        (Some(alt), Reading::Alternative) => format!(
            "read as {}, the reading with which the section foots (as written it would be {}); write: {}",
            money(ctx.currency, alt),
            money(ctx.currency, a.written_value),
            house_form(written, lead, alt)
        ),
        (Some(alt), Reading::AsWritten) => format!(
            "read as {} as written; if digits were lost it is {}: write the figure in full, e.g. {}",
            money(ctx.currency, a.written_value),
            money(ctx.currency, alt),
            house_form(written, lead, a.written_value)
        ),
        (None, _) => format!(
            "read as {}; write: {}",
            money(ctx.currency, value),
            house_form(written, lead, value)
        ),
    };
    Some(
        Diagnostic::new(&MALFORMED_AMOUNT, a.number, message)
            .with_label(format!("read as {}", money(ctx.currency, value)))
            .with_help(help)
            .with_fix(fix(a, &ctx.source.text, house.write, lead))
            .with_value(value),
    )
}

/// Rewrites the dash (to the document's `lead`) and the number; never the currency, which
/// `missing-currency` owns.
fn fix(a: &Amount, text: &str, (sep, mark): (char, char), lead: DashKind) -> Option<Fix> {
    let cents = a.defects.contains(&NumberDefect::Cents) && !a.value().fract().is_zero();
    // Digits after a space ("1234 567") would join a regrouped figure ("1,234 567" reads as
    // 1,234,567): a figure change is never a safe fix, so there is none.
    let digits_follow = text[a.number.end..]
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_ascii_digit());
    let scaled = a.defects.iter().any(|d| {
        matches!(
            d,
            NumberDefect::ScaleWord | NumberDefect::MisspelledScale | NumberDefect::CommaDecimal
        )
    });
    if scaled || cents || digits_follow {
        return None;
    }
    let mut edits = Vec::new();
    // A colon follows the title's last word: the white space before the dash goes with it.
    let after_words =
        |at: usize| at - (text[..at].len() - text[..at].trim_end_matches([' ', '\t']).len());
    let colon = lead == DashKind::Colon;
    match a.dash {
        Some((DashKind::Hyphen, span)) if colon => edits.push(Edit {
            span: crate::source::Span::new(after_words(span.start), span.end),
            replacement: ":".into(),
        }),
        Some((DashKind::Hyphen, span)) => edits.push(Edit {
            span,
            replacement: if lead == DashKind::EmDash {
                "—"
            } else {
                "–"
            }
            .into(),
        }),
        None => {
            let at = a
                .currency
                .map_or(a.number.start, |c| c.start.min(a.number.start));
            let glued = crate::rules::missing_currency::glued_to_word(text, at);
            edits.push(if colon {
                Edit {
                    span: crate::source::Span::new(after_words(at), at),
                    replacement: ": ".into(),
                }
            } else {
                Edit {
                    span: crate::source::Span::new(at, at),
                    replacement: if glued { " – ".into() } else { "– ".into() },
                }
            });
        }
        _ => {}
    }
    let grouped = crate::money::group_as(a.value(), sep, mark);
    if !a.defects.is_empty() {
        edits.push(Edit {
            span: a.number,
            replacement: grouped.clone(),
        });
    }
    let applicability = if a.alternative.is_some() {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    Some(Fix {
        title: {
            let mut parts = Vec::new();
            match a.dash {
                Some((DashKind::Hyphen, _)) if colon => {
                    parts.push("replace the hyphen with a colon".to_string());
                }
                Some((DashKind::Hyphen, _)) => {
                    parts.push("replace the hyphen with a dash".to_string());
                }
                None if colon => parts.push("write a colon before the amount".to_string()),
                None => parts.push("write a dash before the amount".to_string()),
                _ => {}
            }
            if !a.defects.is_empty() {
                parts.push(format!("write the figure as {grouped}"));
            }
            parts.join(" and ")
        },
        applicability,
        edits,
    })
}
