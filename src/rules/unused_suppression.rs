//! `unused-suppression`: a baseline entry, or an `[[ignore]]` of `crossfoot.toml`, that matches
//! no finding any more.

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Reports an entry of the baseline given to `crossfoot check --baseline FILE` that matches
    /// no finding any more, or fewer findings than the count it records; and an `[[ignore]]`
    /// entry of `crossfoot.toml` that applied to a checked file and accepted no finding. The
    /// finding points at the entry, in the baseline or configuration file. Entries of files the
    /// run did not check are not looked for.
    ///
    /// ## Why is this bad?
    /// A baseline is a list of accepted findings. An entry whose finding is gone (the edition
    /// was corrected) would silently accept the same finding if it came back; removing it keeps
    /// the baseline as small as the problems it records.
    ///
    /// ## Example
    /// A baseline records a `total-mismatch` in Azerbaijan; the edition is corrected so that the
    /// section foots. The entry now matches nothing and is reported.
    ///
    /// ## Fix safety
    /// There is no automatic fix: remove the entry, or regenerate the baseline with
    /// `crossfoot baseline PATH... --output FILE`.
    pub static UNUSED_SUPPRESSION = {
        code: "unused-suppression",
        severity: Warning,
        summary: "a baseline entry or [[ignore]] matches no finding any more",
        check: check,
    };
}

/// Documents carry no suppressions: the baseline logic (`crate::baseline`) raises this rule.
fn check(_ctx: &Context<'_>) -> Vec<Diagnostic> {
    Vec::new()
}
