//! `--statistics`: a count of findings per rule (and severity) instead of the findings.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::FileReport;
use crate::diagnostic::Severity;

/// How often one rule was reported at one severity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub code: &'static str,
    pub severity: Severity,
    pub count: usize,
    pub summary: &'static str,
}

/// Rows by count, most first, then by code.
#[must_use]
pub fn rows(files: &[FileReport]) -> Vec<Row> {
    let mut counts: BTreeMap<(&'static str, Severity), usize> = BTreeMap::new();
    for (_, d) in super::all(files) {
        *counts.entry((d.code, d.severity)).or_default() += 1;
    }
    let mut rows: Vec<Row> = counts
        .into_iter()
        .map(|((code, severity), count)| Row {
            code,
            severity,
            count,
            summary: crate::rules::find(code).map_or("", |r| r.summary),
        })
        .collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(b.code)));
    rows
}

#[must_use]
pub fn render_text(rows: &[Row]) -> String {
    let mut out = String::new();
    for r in rows {
        let _ = writeln!(
            out,
            "{:>6}  {:<24} {:<8} {}",
            r.count,
            r.code,
            r.severity.as_str(),
            r.summary
        );
    }
    out
}

#[derive(Serialize)]
struct JsonStatistics<'a> {
    version: u32,
    statistics: &'a [Row],
}

/// # Panics
/// Never: the rows are plain strings and numbers.
#[must_use]
pub fn render_json(rows: &[Row]) -> String {
    let mut s = serde_json::to_string_pretty(&JsonStatistics {
        version: super::json::VERSION,
        statistics: rows,
    })
    .expect("statistics serialize");
    s.push('\n');
    s
}
