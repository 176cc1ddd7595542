//! `missing-total`: project bullets that no declared total closes.

use crate::diagnostic::{Diagnostic, Label};
use crate::money::money;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Reports project bullets with amounts after the last declared total of the document:
    /// no "Total funding requirements for ..." statement closes them, so no total accounts for
    /// them.
    ///
    /// (Where a heading splits a section's bullets so that the run after it foots the declared
    /// total, `total-mismatch` says that the run before it probably lost its own total.)
    ///
    /// ## Why is this bad?
    /// Projects that no total covers are missing from every summary built on the totals: the
    /// appeal asks for less than its projects need.
    ///
    /// ## Example
    /// ```text
    /// Total funding requirements for Slovenia – USD 444,000
    /// Global displacement tracking – USD 850,000
    /// ```
    /// Add "Total funding requirements for Global Programmes – USD 850,000" after the bullet.
    ///
    /// ## Fix safety
    /// There is no fix: the name of the section is the editor's.
    pub static MISSING_TOTAL = {
        code: "missing-total",
        severity: Error,
        summary: "project bullets are closed by no declared total",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let Some(first) = ctx.doc.trailing.first() else {
        return Vec::new();
    };

    let amounts: Vec<_> = ctx
        .doc
        .trailing
        .iter()
        .filter_map(|b| b.amount.as_ref())
        .collect();
    let sum = crate::money::sum(amounts.iter().map(|a| a.value()));
    let n = amounts.len();
    let mut d = Diagnostic::new(
        &MISSING_TOTAL,
        first.title_span,
        format!(
            "{n} project{} after the last declared total, {} in all, {} closed by no total",
            if n == 1 { "" } else { "s" },
            money(ctx.currency, sum),
            if n == 1 { "is" } else { "are" }
        ),
    )
    .with_label("no total follows")
    .with_help(format!(
        "add a statement \"Total funding requirements for NAME – {}\" after them, or move them into their section",
        money(ctx.currency, sum)
    ));
    d.labels = amounts
        .iter()
        .map(|a| Label::listing(a.number, money(ctx.currency, a.value())))
        .collect();
    d.computed = Some(sum);
    vec![d]
}
