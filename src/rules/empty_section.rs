//! `empty-section`: a declared total with no project listed above it.

use crate::diagnostic::Diagnostic;
use crate::model::Section;
use crate::money::money;
use crate::rules::{Context, declare_rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a declared total statement with no project bullet between it and the previous
    /// total (or the start of the document).
    ///
    /// ## Why is this bad?
    /// A total with nothing above it cannot be checked and usually means the list was lost in
    /// editing, or the statement was left behind when the section was merged elsewhere.
    ///
    /// ## Example
    /// ```text
    /// Total funding requirements for Malta – USD 120,000
    /// Total funding requirements for Cyprus – USD 80,000
    /// ```
    /// Cyprus's total has no projects above it.
    ///
    /// ## Fix safety
    /// There is no fix.
    pub static EMPTY_SECTION = {
        code: "empty-section",
        severity: Warning,
        summary: "a declared total has no project listed above it",
        check: check,
    };
}

/// How many sections back a total of totals may reach.
const MAX_PARTS: usize = 400;

/// Whether section `i`, which lists no project, declares the sum of the totals of a run of at
/// least two sections just before it, as printed (a region's total after its countries'): then
/// its parts are those totals, and it is not empty.
fn sums_totals_before(sections: &[Section], i: usize, tolerance: rust_decimal::Decimal) -> bool {
    let Some(declared) = sections[i].declared() else {
        return false;
    };
    let mut sum = rust_decimal::Decimal::ZERO;
    for (k, s) in sections[..i].iter().rev().take(MAX_PARTS).enumerate() {
        if s.bullets.is_empty() {
            break;
        }
        sum = sum.saturating_add(s.declared().unwrap_or_default());
        if k >= 1 && declared.saturating_sub(sum).abs() <= tolerance {
            return true;
        }
    }
    false
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let sections = &ctx.doc.sections;
    sections
        .iter()
        .enumerate()
        .filter(|&(i, s)| {
            s.bullets.is_empty() && s.parts.is_empty() && !sums_totals_before(sections, i, ctx.tolerance)
        })
        .map(|(_, s)| {
            let declared = s
                .declared()
                .map_or_else(String::new, |v| format!(" ({})", money(ctx.currency, v)));
            let head = Span::new(s.total.span.start, s.total.name_span.end.max(s.total.span.start));
            let mut d = Diagnostic::new(
                &EMPTY_SECTION,
                head,
                format!("declared total for {}{declared} has no project listed above it", s.name),
            )
            .with_label("no project since the previous total")
            .with_help("list the projects this total covers, or remove the statement if its section was merged elsewhere")
            .in_section(Some(s.key()));
            d.declared = s.declared();
            d
        })
        .collect()
}
