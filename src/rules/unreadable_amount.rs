//! `unreadable-amount`: a dash and currency promise an amount, but no figure follows.

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Reports a place where a bullet or a total statement promises an amount (a dash and a
    /// currency, or a total statement) but what follows is not a number crossfoot can read:
    /// "– USD tbc", "– USD" at the end of a section, a run of digits too long to be a figure.
    ///
    /// ## Why is this bad?
    /// An amount that cannot be read cannot be summed: the section's check is incomplete and a
    /// reader cannot tell what is requested.
    ///
    /// ## Example
    /// ```text
    /// Community stabilization programme – USD to be confirmed
    /// ```
    /// Use instead a figure, "– USD 1,200,000", or drop the dash and currency and say where the
    /// project is funded.
    ///
    /// ## Fix safety
    /// There is no fix: only the editor knows the figure.
    pub static UNREADABLE_AMOUNT = {
        code: "unreadable-amount",
        severity: Warning,
        summary: "a dash and currency are followed by something that is not a number",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    ctx.doc
        .unreadable
        .iter()
        .map(|u| {
            let found = if u.found.is_empty() {
                "nothing".to_string()
            } else {
                format!("\"{}\"", u.found)
            };
            Diagnostic::new(
                &UNREADABLE_AMOUNT,
                u.span,
                format!("no readable amount here: found {found} where a figure should follow"),
            )
            .with_label("a figure should follow")
            .with_help(format!(
                "write the figure in the house form (– {} 1,234,567), or say where the project is funded",
                ctx.currency
            ))
        })
        .collect()
}
