//! The rule registry: one file per rule, each declaring its code, default severity, summary and
//! explanation (its doc comment), and a pure check function over the parsed document.

use rust_decimal::Decimal;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Document;
use crate::source::Source;

mod amount_punctuation;
mod amount_qualifier;
mod bullet_without_amount;
mod cross_reference_mismatch;
mod duplicate_project;
mod empty_section;
mod learned_total;
mod legacy_encoding;
mod malformed_amount;
mod malformed_total;
mod missing_currency;
mod missing_total;
mod mixed_currency;
mod no_sections;
mod prose_items;
mod summary_mismatch;
mod table_total_mismatch;
mod title_mismatch;
mod total_mismatch;
mod total_name_mismatch;
mod unmatched_project;
mod unreadable_amount;
mod unreadable_file;
mod unused_suppression;

/// What a check sees: the source, the parsed document and the settings that shape findings.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub source: &'a Source,
    pub doc: &'a Document,
    /// An absolute amount within which a sum is taken to foot.
    pub tolerance: Decimal,
    /// The currency code the edition uses, for messages and fixes.
    pub currency: &'a str,
    /// The appendix: tables, programme blocks, membership and matches (see `crate::tables`).
    pub tables: &'a crate::tables::Tables,
    /// Whether `title-mismatch` reports titles that differ only by variants (at info).
    pub title_variants: bool,
}

/// One rule of the registry.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable kebab-case code; never reused.
    pub code: &'static str,
    pub severity: Severity,
    /// One line for `crossfoot rules`.
    pub summary: &'static str,
    /// The rule's doc comment: `## What it does`, `## Why is this bad?`, `## Example`,
    /// `## Fix safety`.
    pub explanation: &'static str,
    pub check: fn(&Context<'_>) -> Vec<Diagnostic>,
}

impl Rule {
    /// The explanation without the leading space that doc comments carry.
    #[must_use]
    pub fn explanation(&self) -> String {
        self.explanation
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }
}

/// Declares a rule: its doc comment becomes the text of `crossfoot explain`.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        pub static $name:ident = { code: $code:literal, severity: $sev:ident, summary: $summary:literal, check: $check:path $(,)? };
    ) => {
        $(#[doc = $doc])+
        pub static $name: $crate::rules::Rule = $crate::rules::Rule {
            code: $code,
            severity: $crate::diagnostic::Severity::$sev,
            summary: $summary,
            explanation: concat!($($doc, "\n"),+),
            check: $check,
        };
    };
}
pub(crate) use declare_rule;
pub(crate) use malformed_amount::write_style;

/// Every rule, in the order `crossfoot rules` lists them.
pub static RULES: &[&Rule] = &[
    &total_mismatch::TOTAL_MISMATCH,
    &malformed_amount::MALFORMED_AMOUNT,
    &missing_currency::MISSING_CURRENCY,
    &unreadable_amount::UNREADABLE_AMOUNT,
    &no_sections::NO_SECTIONS,
    &learned_total::LEARNED_TOTAL,
    &prose_items::PROSE_ITEMS,
    &malformed_total::MALFORMED_TOTAL,
    &total_name_mismatch::TOTAL_NAME_MISMATCH,
    &amount_qualifier::AMOUNT_QUALIFIER,
    &amount_punctuation::AMOUNT_PUNCTUATION,
    &bullet_without_amount::BULLET_WITHOUT_AMOUNT,
    &missing_total::MISSING_TOTAL,
    &mixed_currency::MIXED_CURRENCY,
    &empty_section::EMPTY_SECTION,
    &duplicate_project::DUPLICATE_PROJECT,
    &table_total_mismatch::TABLE_TOTAL_MISMATCH,
    &summary_mismatch::SUMMARY_MISMATCH,
    &cross_reference_mismatch::CROSS_REFERENCE_MISMATCH,
    &unmatched_project::UNMATCHED_PROJECT,
    &title_mismatch::TITLE_MISMATCH,
    &unused_suppression::UNUSED_SUPPRESSION,
    &unreadable_file::UNREADABLE_FILE,
    &legacy_encoding::LEGACY_ENCODING,
];

/// The rule with this code.
#[must_use]
pub fn find(code: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.code == code)
}

/// Runs every rule and returns the findings in deterministic order (offset, code).
#[must_use]
pub fn check_all(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = RULES.iter().flat_map(|r| (r.check)(ctx)).collect();
    if out.iter().any(|d| d.code == no_sections::NO_SECTIONS.code) {
        if ctx.doc.sections.is_empty() && !no_sections::tables_declare(ctx) {
            // Nothing was read: a finding about the form of an amount would judge it against a
            // house form the document was never seen to use, and its fix could write a
            // currency the document does not use. The one finding says what happened.
            out.retain(|d| d.code == no_sections::NO_SECTIONS.code);
        } else {
            out.retain(|d| !no_sections::SILENCED.contains(&d.code));
        }
    }
    sort(&mut out);
    out
}

/// The order findings are reported in: by their place in the text, then by code.
pub fn sort(findings: &mut [Diagnostic]) {
    findings.sort_by(|a, b| {
        (a.span.start, a.code, a.span.end).cmp(&(b.span.start, b.code, b.span.end))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for r in RULES {
            assert!(seen.insert(r.code), "duplicate code {}", r.code);
            assert!(
                r.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !r.code.starts_with('-')
                    && !r.code.ends_with('-'),
                "{} is not kebab-case",
                r.code
            );
        }
    }

    #[test]
    fn explanations_have_the_four_headings() {
        for r in RULES {
            let text = r.explanation();
            for h in [
                "## What it does",
                "## Why is this bad?",
                "## Example",
                "## Fix safety",
            ] {
                assert!(text.contains(h), "{} lacks {h}", r.code);
            }
            assert!(
                !r.summary.is_empty() && !r.summary.ends_with('.'),
                "{} summary",
                r.code
            );
        }
    }
}
