//! `amount-punctuation`: a stray period or other punctuation glued to an amount.

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::money::money;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Reports punctuation glued to the end of an amount, in a bullet or a declared total:
    /// "– USD 150,000." or "– usd 608,000;".
    ///
    /// ## Why is this bad?
    /// Bullets and totals are not sentences; a period after the figure is a typesetting slip
    /// and, next to digits, can be read as a decimal point.
    ///
    /// ## Example
    /// ```text
    /// Compendium of counter-trafficking material – USD 150,000.
    /// ```
    /// Use instead: "– USD 150,000".
    ///
    /// ## Fix safety
    /// Deleting the punctuation is safe: the figure stays.
    pub static AMOUNT_PUNCTUATION = {
        code: "amount-punctuation",
        severity: Info,
        summary: "punctuation is glued to the end of an amount",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    ctx.doc.amounts_by_section()
        .filter_map(|(section, a)| {
            let punct = a.trailing_punct?;
            let p = ctx.source.slice(punct);
            // Digits after the mark (even after more marks, "497,,450") would join the figure,
            // and a word ("200,million") could become its scale: only a mark before white
            // space, other punctuation or the end is safe to delete.
            let joins_digits = ctx.source.text[punct.end..]
                .chars()
                .find(|c| !matches!(c, '.' | ',' | ';' | ':' | '!' | '?'))
                .is_some_and(char::is_alphanumeric);
            Some(
                Diagnostic::new(
                    &AMOUNT_PUNCTUATION,
                    a.number,
                    format!(
                        "stray \"{p}\" after amount {}",
                        money(ctx.currency, a.value())
                    ),
                )
                .with_label(format!("\"{p}\" glued to the figure"))
                .with_help(if joins_digits {
                    format!("digits follow the \"{p}\": write the figure in full, with commas between groups of three")
                } else {
                    format!("delete the \"{p}\"")
                })
                // Deleting the mark between "100;000" would turn USD 100 into USD 100,000: a
                // figure change is never a safe fix, so there is none.
                .with_fix((!joins_digits).then(|| Fix {
                    title: format!("delete \"{p}\""),
                    applicability: Applicability::Safe,
                    edits: vec![Edit {
                        span: punct,
                        replacement: String::new(),
                    }],
                }))
                .with_value(a.value())
                .in_section(section.map(crate::model::Section::key)),
            )
        })
        .collect()
}
