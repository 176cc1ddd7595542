//! `amount-qualifier`: an amount followed by words that change what it means ("/ country").

use crate::diagnostic::Diagnostic;
use crate::money::money;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Reports a bullet amount followed by a qualifier that changes what it means: "USD 200,000
    /// / country", "per year", "per month", "each", "annually". crossfoot counts the amount
    /// once, as written, and says so, so that the editor can confirm that the total does too.
    ///
    /// Annotations that say where the figure belongs, such as "(co-funding requirement)" or a
    /// CAP marker, are not qualifiers.
    ///
    /// ## Why is this bad?
    /// "USD 200,000 / country" for a project in four countries may mean USD 800,000. Whether the
    /// declared total counts it once or four times cannot be seen from the total, and a reader
    /// may take either.
    ///
    /// ## Example
    /// ```text
    /// Improving capacity to reintegrate victims of trafficking – USD 200,000 / country
    /// ```
    /// Use instead the full requirement ("– USD 800,000"), with the breakdown in the prose.
    ///
    /// ## Fix safety
    /// There is no fix: only the editor knows the full figure.
    pub static AMOUNT_QUALIFIER = {
        code: "amount-qualifier",
        severity: Warning,
        summary: "an amount is followed by a qualifier such as \"/ country\" or \"per year\"",
        check: check,
    };
}

/// Words that, right after an amount, make it a rate rather than a requirement.
const QUALIFIERS: &[&str] = &[
    "/", "per ", "each", "a year", "a month", "annually", "monthly", "yearly", "p.a.",
];

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let bullets = ctx
        .doc
        .sections
        .iter()
        .flat_map(|s| s.bullets.iter().map(move |b| (Some(s), b)))
        .chain(ctx.doc.trailing.iter().map(|b| (None, b)));
    bullets
        .filter_map(|(section, b)| {
            let amount = b.amount.as_ref()?;
            let note = ctx.source.slice(b.annotation?);
            let lower = note.to_lowercase();
            if !QUALIFIERS.iter().any(|q| lower.starts_with(q)) {
                return None;
            }
            let qualifier: String = note.split_whitespace().collect::<Vec<_>>().join(" ");
            let value = amount.value();
            Some(
                Diagnostic::new(
                    &AMOUNT_QUALIFIER,
                    amount.number,
                    format!(
                        "amount {} is qualified by \"{qualifier}\"; the sum counts it once, as written",
                        money(ctx.currency, value)
                    ),
                )
                .with_label(format!("counted once: {}", money(ctx.currency, value)))
                .with_help("confirm that the declared total counts this amount once; if the project needs it for each unit, write the full requirement and keep the breakdown in the prose")
                .with_value(value)
                .in_section(section.map(crate::model::Section::key)),
            )
        })
        .collect()
}
