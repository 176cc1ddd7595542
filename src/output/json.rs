//! The JSON format: one versioned object `{"version": 1, "diagnostics": [...]}`.
//!
//! Every key is always present (`null` where it does not apply). Adding keys keeps version 1;
//! renaming or removing one bumps it.

use serde::Serialize;

use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::source::Source;

pub const VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct JsonLabel {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
    pub length: usize,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct JsonEdit {
    pub offset: usize,
    pub length: usize,
    pub replacement: String,
}

#[derive(Debug, Serialize)]
pub struct JsonFix {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<JsonEdit>,
}

#[derive(Debug, Serialize)]
pub struct JsonDiagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub offset: usize,
    pub length: usize,
    pub help: Option<String>,
    pub labels: Vec<JsonLabel>,
    pub declared: Option<String>,
    pub computed: Option<String>,
    pub difference: Option<String>,
    pub value: Option<String>,
    pub section: Option<String>,
    pub fix: Option<JsonFix>,
}

#[derive(Debug, Serialize)]
pub struct JsonReport {
    pub version: u32,
    pub diagnostics: Vec<JsonDiagnostic>,
}

/// One diagnostic with positions computed from the source's line index.
#[must_use]
pub fn diagnostic(source: &Source, d: &Diagnostic) -> JsonDiagnostic {
    let start = source.line_col(d.span.start);
    let end = source.line_col(d.span.end);
    JsonDiagnostic {
        code: d.code,
        severity: d.severity,
        message: d.message.clone(),
        path: source.name.clone(),
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        offset: d.span.start,
        length: d.span.len(),
        help: d.help.clone(),
        labels: d
            .labels
            .iter()
            .map(|l| {
                let at = source.line_col(l.span.start);
                JsonLabel {
                    line: at.line,
                    column: at.column,
                    offset: l.span.start,
                    length: l.span.len(),
                    message: l.message.clone(),
                }
            })
            .collect(),
        declared: d.declared.map(|v| v.normalize().to_string()),
        computed: d.computed.map(|v| v.normalize().to_string()),
        difference: d.difference().map(|v| v.normalize().to_string()),
        value: d.value.map(|v| v.normalize().to_string()),
        section: d.section.clone(),
        fix: d.fix.as_ref().map(|f| JsonFix {
            title: f.title.clone(),
            applicability: f.applicability,
            edits: f
                .edits
                .iter()
                .map(|e| JsonEdit {
                    offset: e.span.start,
                    length: e.span.len(),
                    replacement: e.replacement.clone(),
                })
                .collect(),
        }),
    }
}

/// The whole report for several files, in the order given.
#[must_use]
pub fn report<'a>(files: impl IntoIterator<Item = (&'a Source, &'a [Diagnostic])>) -> JsonReport {
    JsonReport {
        version: VERSION,
        diagnostics: files
            .into_iter()
            .flat_map(|(s, ds)| ds.iter().map(move |d| diagnostic(s, d)))
            .collect(),
    }
}
