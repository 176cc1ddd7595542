//! `mixed-currency`: an item of a group is written in another currency than the group's.

use crate::diagnostic::Diagnostic;
use crate::model::Section;
use crate::money::money;
use crate::parse::amount::code_of;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Reports a listed item whose amount is written in another currency than its group's (the
    /// currency of the group's declared total, else the document's): "• Kitchen gardens – EUR
    /// 184,000" among USD items closed by "Total … – USD 970,000". The item is summed at the
    /// figure written, as the total was most likely added up; the finding says which figure
    /// was taken.
    ///
    /// A line in another currency that is not a listed item (an indented "EU contribution:
    /// EUR 420,000" under a project) restates a share of the item above it: it is not an item
    /// and not reported.
    ///
    /// ## Why is this bad?
    /// A sum of figures in two currencies means nothing: either the item was converted and its
    /// currency is a slip, or the total adds euros to dollars.
    ///
    /// ## Example
    /// ```text
    /// • Water trucking – USD 265,000
    /// • Kitchen gardens – EUR 184,000
    /// Total funding requirements for Azraq – USD 449,000
    /// ```
    /// Convert the item and write it in USD, or state it outside the list.
    ///
    /// ## Fix safety
    /// There is no fix: the right figure depends on an exchange rate.
    pub static MIXED_CURRENCY = {
        code: "mixed-currency",
        severity: Warning,
        summary: "an item is written in another currency than its group",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    ctx.doc
        .sections
        .iter()
        .flat_map(|s| findings(ctx, s))
        .collect()
}

fn findings<'a>(ctx: &'a Context<'_>, s: &'a Section) -> impl Iterator<Item = Diagnostic> + 'a {
    let group = s
        .total
        .amount
        .as_ref()
        .and_then(|a| code_of(&ctx.source.text, a))
        .or(ctx.doc.currency);
    s.bullets.iter().filter_map(move |b| {
        let a = b.amount.as_ref()?;
        let code = code_of(&ctx.source.text, a)?;
        let group = group?;
        (code != group).then(|| {
            Diagnostic::new(
                &MIXED_CURRENCY,
                a.number,
                format!(
                    "project \"{}\" in {} is written in {code} among items in {group}",
                    crate::text::short(&b.title),
                    s.name
                ),
            )
            .with_label(format!("summed as {}", money(group, a.value())))
            .with_help(format!(
                "write the item in {group} (converted), or state it outside the list; the sum counts {} as written",
                crate::money::figure(a.value())
            ))
            .with_value(a.value())
            .in_section(Some(s.key()))
        })
    })
}
