//! `missing-currency`: an amount written with no currency.

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::model::DashKind;
use crate::rules::malformed_amount::{house_form, quoted};
use crate::rules::{Context, declare_rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports an amount, in a bullet or a declared total, that carries no currency: "– 400,000"
    /// where the house form is "– USD 400,000".
    ///
    /// ## Why is this bad?
    /// An appeal may quote several currencies (budgets in EUR, requirements in USD). A figure
    /// without its currency cannot be read safely, and tables that restate it may take it in the
    /// wrong one.
    ///
    /// ## Example
    /// ```text
    /// Labour migration actions in Libya - 400,000
    /// ```
    /// Use instead: "Labour migration actions in Libya – USD 400,000".
    ///
    /// ## Fix safety
    /// Inserting the document's currency is safe: the figure stays. It is the currency
    /// configured in `crossfoot.toml`, else the one most of the document's amounts are
    /// written in, else USD. A figure in a table cell takes its currency from the column's
    /// header and is never reported.
    pub static MISSING_CURRENCY = {
        code: "missing-currency",
        severity: Warning,
        summary: "an amount has no currency",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    // Where most amounts write the currency after the figure ("245 000 EUR"), so does the fix.
    let (after, with) = ctx
        .doc
        .amounts()
        .filter_map(|a| a.currency.map(|c| c.start > a.number.start))
        .fold((0, 0), |(f, n), x| (f + usize::from(x), n + 1));
    let after = after * 2 > with;
    // The currency as the document spells it ("US$").
    let written = crate::rules::malformed_amount::Written::of(ctx);
    let spelled = written.currency.clone();
    let gap = if written.glued { "" } else { " " };
    ctx.doc
        .amounts_by_section()
        // A figure in a table cell takes its currency from the column's header.
        .filter(|(_, a)| a.currency.is_none() && !matches!(a.dash, Some((DashKind::Cell, _))))
        .map(|(section, a)| {
            Diagnostic::new(
                &MISSING_CURRENCY,
                a.number,
                format!("amount \"{}\" has no currency", quoted(ctx, a)),
            )
            .with_label(format!("no {spelled} before the figure"))
            .with_help(format!(
                "write: {}",
                house_form(&written, written.lead, a.value())
            ))
            .with_fix(Some(Fix {
                title: format!("insert {spelled}"),
                applicability: Applicability::Safe,
                edits: vec![if after {
                    Edit {
                        span: Span::new(a.number.end, a.number.end),
                        replacement: format!(" {spelled}"),
                    }
                } else {
                    Edit {
                        span: Span::new(a.number.start, a.number.start),
                        replacement: if glued_to_word(&ctx.source.text, a.number.start) {
                            format!(" {spelled}{gap}")
                        } else {
                            format!("{spelled}{gap}")
                        },
                    }
                }],
            }))
            .with_value(a.value())
            .in_section(section.map(crate::model::Section::key))
        })
        .collect()
}

/// Whether a letter or digit stands right before `at`: text inserted there must start with a
/// space, or it would join that word ("Amusd").
pub(crate) fn glued_to_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}
