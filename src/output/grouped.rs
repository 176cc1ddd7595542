//! The grouped format: findings under their file, then under their section in document order,
//! errors first within each section, one line each.

use std::fmt::Write as _;

use super::FileReport;
use crate::diagnostic::Diagnostic;

/// What a finding outside every section is listed under.
const NO_SECTION: &str = "(outside any section)";

#[must_use]
pub fn render(files: &[FileReport]) -> String {
    let mut out = String::new();
    for file in files {
        if file.diagnostics.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{}:", file.source.name);
        // Sections in the order of their first finding; findings by severity, then offset.
        let mut groups: Vec<(Option<&str>, Vec<&Diagnostic>)> = Vec::new();
        for d in &file.diagnostics {
            let key = d.section.as_deref();
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, ds)) => ds.push(d),
                None => groups.push((key, vec![d])),
            }
        }
        for (key, mut ds) in groups {
            ds.sort_by_key(|d| (std::cmp::Reverse(d.severity), d.span.start, d.code));
            let _ = writeln!(out, "  {}", key.unwrap_or(NO_SECTION));
            for d in ds {
                let at = file.source.line_col(d.span.start);
                let _ = writeln!(
                    out,
                    "    {}:{}: {}[{}] {}",
                    at.line, at.column, d.severity, d.code, d.message
                );
            }
        }
        out.push('\n');
    }
    out
}
