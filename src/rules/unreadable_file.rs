//! `unreadable-file`: a file of the run that could not be read as text, reported in its place.

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Reports, in its place in the report, a file of the run that crossfoot could not read:
    /// missing or unreadable, binary, or not in an encoding crossfoot reads. The other files are
    /// still checked and reported; the run then exits 2, because this file was not checked.
    ///
    /// ## Why is this bad?
    /// A check that leaves a file out without a word passes an edition nobody read. One bad
    /// file should not hide the findings of all the others either.
    ///
    /// ## Example
    /// A directory of forty editions and one saved as UTF-16 by a word processor: the forty are
    /// reported, and the forty-first is this finding, with how to convert it.
    ///
    /// ## Fix safety
    /// There is no fix: convert the file to UTF-8 text, or extract its text first.
    pub static UNREADABLE_FILE = {
        code: "unreadable-file",
        severity: Error,
        summary: "a file of the run could not be read as text, so it was not checked",
        check: check,
    };
}

/// Documents that were read have nothing to say here: the run raises this rule for the files
/// it could not read.
fn check(_ctx: &Context<'_>) -> Vec<Diagnostic> {
    Vec::new()
}
