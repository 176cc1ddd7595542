//! `no-sections`: the document was not read: it has no declared total, or most of its amounts
//! lie in no group, so a clean result would mean nothing.

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, declare_rule};
use crate::source::Span;
use crate::text::plural;

declare_rule! {
    /// ## What it does
    /// Reports a document crossfoot could not read as an appeal: an empty file; a file in
    /// which it found no declared figure ("Total funding requirements for NAME – USD 1,234,567"),
    /// so that no sum was checked; or one in which more than half of the project amounts it
    /// read lie after the last declared figure, in no group. The message counts what was found.
    ///
    /// When the document has no declared figure at all, this is its only finding: no other
    /// rule reports on it, and `fix` has nothing to apply (a form judged against a house style
    /// the document was never seen to use could be wrong, and a fix could write a currency the
    /// document does not use). When most amounts lie in no group, `missing-total` does not
    /// report (the amounts in no group are this finding's evidence), nor do the rules that
    /// match the tables after the last declared total with the narrative (`unmatched-project`,
    /// `title-mismatch`, `cross-reference-mismatch`): what they would take for an appendix is
    /// text that was not read.
    ///
    /// ## Why is this bad?
    /// A check that passes a document it did not understand is the worst result a linter can
    /// give: the file may be the wrong one, an empty extraction, or a layout whose totals are
    /// worded in a way crossfoot does not read. Either way nothing was checked.
    ///
    /// ## Example
    /// ```text
    /// Water supply for returnee villages – USD 400,000
    /// Shelter repairs – USD 250,000
    /// Overall needs of the province: USD 650,000
    /// ```
    /// "Overall needs" is no wording crossfoot reads as a total, so the two amounts are in no
    /// group: write "Total funding requirements for the Province – USD 650,000", or turn the
    /// rule off for files that are not appeals.
    ///
    /// ## Fix safety
    /// There is no fix.
    pub static NO_SECTIONS = {
        code: "no-sections",
        severity: Error,
        summary: "the document was not read: no declared total, or most amounts in no group",
        check: check,
    };
}

const HELP: &str = "crossfoot checks groups of project amounts closed by a declared total such as \"Total funding requirements for NAME – USD 1,234,567\"; if this file is an appeal, its totals are worded or laid out in a way crossfoot does not read yet";

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let doc = ctx.doc;
    let at = Span::new(0, 0);
    if ctx
        .source
        .text
        .trim_start_matches('\u{feff}')
        .trim()
        .is_empty()
    {
        return vec![
            Diagnostic::new(&NO_SECTIONS, at, "the file is empty: nothing was checked")
                .with_help("check that the text was extracted from the appeal"),
        ];
    }
    let grouped: usize = doc
        .sections
        .iter()
        .map(|s| s.bullets.iter().filter(|b| b.amount.is_some()).count())
        .sum();
    let ungrouped = doc.trailing.len();
    if doc.sections.is_empty() && !tables_declare(ctx) {
        let found = doc.money_like.max(ungrouped);
        let message = if found == 0 {
            "found no amount and no declared total: nothing was checked".to_string()
        } else {
            format!(
                "found {} and no declared total: nothing was checked",
                plural(found, "amount", "amounts")
            )
        };
        return vec![Diagnostic::new(&NO_SECTIONS, at, message).with_help(HELP)];
    }
    if ungrouped > grouped {
        let total = grouped + ungrouped;
        return vec![
            Diagnostic::new(
                &NO_SECTIONS,
                at,
                format!(
                    "{ungrouped} of {} lie in no group (after the last of {}): most of the document was not checked",
                    plural(total, "project amount", "project amounts"),
                    plural(doc.sections.len(), "declared total", "declared totals"),
                ),
            )
            .with_help(HELP),
        ];
    }
    Vec::new()
}

/// Whether the document's tables declare figures of their own (a project table's sub-totals and
/// totals): then it was read, through them.
pub(crate) fn tables_declare(ctx: &Context<'_>) -> bool {
    ctx.doc
        .tables
        .iter()
        .any(|t| t.grand_total.is_some() || t.groups.iter().any(|g| g.total.is_some()))
}

/// The rules whose findings mean nothing on a document `no-sections` reports: they read what
/// follows the last declared total as an appendix to match with the narrative.
pub(crate) const SILENCED: &[&str] = &[
    "missing-total",
    "unmatched-project",
    "title-mismatch",
    "cross-reference-mismatch",
];
