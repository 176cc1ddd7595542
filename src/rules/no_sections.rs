//! `no-sections`: the document has no declared total, so nothing could be checked.

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, declare_rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a document in which crossfoot found no declared total statement ("Total funding
    /// requirements for NAME – USD 1,234,567"), and therefore no section to check.
    ///
    /// ## Why is this bad?
    /// A clean result on such a document means nothing: it may be the wrong file, an empty
    /// extraction, or a layout crossfoot does not read yet.
    ///
    /// ## Example
    /// An empty file, or a file of prose only.
    ///
    /// ## Fix safety
    /// There is no fix.
    pub static NO_SECTIONS = {
        code: "no-sections",
        severity: Info,
        summary: "no declared total was found, so no section was checked",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    if !ctx.doc.sections.is_empty() {
        return Vec::new();
    }
    vec![
        Diagnostic::new(&NO_SECTIONS, Span::new(0, 0), "no declared total found: nothing was checked")
            .with_help("crossfoot checks sections closed by a statement such as \"Total funding requirements for NAME – USD 1,234,567\""),
    ]
}
