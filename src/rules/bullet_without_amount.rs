//! `bullet-without-amount`: a project bullet with no amount and no note saying where it is funded.

use crate::diagnostic::Diagnostic;
use crate::rules::total_mismatch::short_title;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Reports a project bullet that carries no amount and no note saying where its cost is
    /// carried. A bullet whose note says the cost is included elsewhere ("(funding requirements
    /// included in the regional project)", "costs are included in the budget of ... above") is
    /// not a finding.
    ///
    /// ## Why is this bad?
    /// A project without a figure either lost its amount in editing, or is funded elsewhere and
    /// should say so; otherwise the section's total cannot be checked against its list.
    ///
    /// ## Example
    /// ```text
    /// Community-based shelter for returning labour migrants •
    /// ```
    /// Use instead: "... – USD 250,000", or "(funding requirements included in the regional
    /// project)".
    ///
    /// ## Fix safety
    /// There is no fix: only the editor knows the figure.
    pub static BULLET_WITHOUT_AMOUNT = {
        code: "bullet-without-amount",
        severity: Warning,
        summary: "a project bullet has no amount and no note saying where it is funded",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    ctx.doc
        .sections
        .iter()
        .flat_map(|s| s.bullets.iter().map(move |b| (s, b)))
        .filter(|(_, b)| b.amount.is_none() && !b.funded_elsewhere)
        .map(|(s, b)| {
            Diagnostic::new(
                &BULLET_WITHOUT_AMOUNT,
                b.title_span,
                format!("project \"{}\" in {} has no amount", short_title(&b.title), s.name),
            )
            .with_label("no amount")
            .with_help(format!(
                "add its amount (– {} 1,234,567), or a note saying where it is funded, e.g. \"(funding requirements included in the regional project)\"",
                ctx.currency
            ))
            .in_section(Some(s.key()))
        })
        .collect()
}
