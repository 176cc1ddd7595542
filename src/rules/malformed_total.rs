//! `malformed-total`: the wording of a declared total statement departs from the house form.

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Label};
use crate::model::{Section, WordingDefect};
use crate::money::money;
use crate::rules::{Context, declare_rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Checks the wording of each declared total statement against the house form "Total
    /// funding requirements for NAME – USD 1,234,567": "requirement" for "requirements", a
    /// missing "for", stray characters in or after the name ("Slovakia<").
    ///
    /// Letter spacing, lost small caps and line breaks are what PDF extraction does to every
    /// statement and are not findings. The amount part of the statement (dash, currency,
    /// number) belongs to `malformed-amount` and `missing-currency`.
    ///
    /// ## Why is this bad?
    /// Total statements are what readers scan for, and what tools (crossfoot among them) use to
    /// find where a country's list ends. A statement that departs from the house form is a
    /// typesetting slip that reaches print, and a variant a later tool may not recognize.
    ///
    /// ## Example
    /// ```text
    /// Total funding requirement for Rwanda – USD 100,000
    /// Total funding requirements Burkina Faso – USD 1,137,571
    /// ```
    /// Use instead: "Total funding requirements for Rwanda – USD 100,000".
    ///
    /// ## Fix safety
    /// Adding the missing "s" or "for" and deleting stray characters is safe: no figure changes.
    pub static MALFORMED_TOTAL = {
        code: "malformed-total",
        severity: Warning,
        summary: "a total statement's wording departs from \"Total funding requirements for NAME\"",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    ctx.doc
        .sections
        .iter()
        .filter(|s| !s.total.wording.is_empty())
        .map(|s| finding(ctx, s))
        .collect()
}

fn finding(ctx: &Context<'_>, section: &Section) -> Diagnostic {
    let total = &section.total;
    let mut problems = Vec::new();
    let mut labels = Vec::new();
    let mut edits = Vec::new();
    for w in &total.wording {
        match w {
            WordingDefect::Singular(span) => {
                problems
                    .push("\"requirement\" where the house form has \"requirements\"".to_string());
                labels.push(Label::new(*span, "requirements"));
                edits.push(Edit {
                    span: Span::new(span.end, span.end),
                    replacement: "s".into(),
                });
            }
            WordingDefect::MissingFor(span) => {
                problems.push("no \"for\" before the name".to_string());
                labels.push(Label::new(*span, "\"for\" belongs before the name"));
                edits.push(Edit {
                    span: Span::new(span.start, span.start),
                    replacement: "for ".into(),
                });
            }
            WordingDefect::StrayCharacters(span) => {
                let stray = ctx.source.slice(*span);
                problems.push(format!("stray \"{stray}\" in the name"));
                labels.push(Label::new(*span, "stray character"));
                edits.push(Edit {
                    span: *span,
                    replacement: String::new(),
                });
            }
        }
    }
    let amount = total.amount.as_ref().map_or_else(
        || format!("– {} …", ctx.currency),
        |a| format!("– {}", money(ctx.currency, a.value())),
    );
    let head = Span::new(total.span.start, total.name_span.end.max(total.span.start));
    let mut d = Diagnostic::new(
        &MALFORMED_TOTAL,
        head,
        format!(
            "total statement for {} departs from the house form: {}",
            section.name,
            problems.join("; ")
        ),
    )
    .with_label("the statement")
    .with_help(format!(
        "write: Total funding requirements for {} {amount}",
        section.name
    ))
    .with_fix(Some(Fix {
        title: "write the statement in the house form".into(),
        applicability: Applicability::Safe,
        edits,
    }))
    .in_section(Some(section.key()));
    d.labels = labels;
    d
}
