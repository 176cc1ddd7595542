//! The SARIF 2.1.0 format, for code scanning: one run, the rules used, one result per finding.
//!
//! Locations are relative URIs under the `%SRCROOT%` base (the directory crossfoot ran in),
//! columns count Unicode code points, and each result carries a partial fingerprint of its
//! content, so that code scanning follows a finding when lines move.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde_sarif::sarif::{
    ArtifactChange, ArtifactContent, ArtifactLocation, Fix, Location, Message,
    MultiformatMessageString, PhysicalLocation, Region, Replacement, ReportingConfiguration,
    ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};

use super::FileReport;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{self, Rule};
use crate::source::{Source, Span};

/// The URI base under which result locations are given.
pub const SRCROOT: &str = "%SRCROOT%";

/// The key of our partial fingerprint: the content fingerprint and its occurrence in the file.
pub const FINGERPRINT_KEY: &str = "crossfootContent/v1";

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(s: Severity) -> ResultLevel {
    match s {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

fn level_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Percent-encodes a path for a URI, keeping `/` and the unreserved characters.
fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The artifact location of a source: relative under `%SRCROOT%` when possible.
fn artifact(source: &Source, root: &Path) -> ArtifactLocation {
    let rel = super::relative_path(&source.name, root);
    if rel.starts_with('/') {
        ArtifactLocation::builder()
            .uri(format!("file://{}", encode(&rel)))
            .build()
    } else {
        ArtifactLocation::builder()
            .uri(encode(&rel))
            .uri_base_id(SRCROOT)
            .build()
    }
}

fn region(source: &Source, span: Span) -> Region {
    let start = source.line_col(span.start);
    let end = source.line_col(span.end);
    Region::builder()
        .start_line(i64::try_from(start.line).unwrap_or(i64::MAX))
        .start_column(i64::try_from(start.column).unwrap_or(i64::MAX))
        .end_line(i64::try_from(end.line).unwrap_or(i64::MAX))
        .end_column(i64::try_from(end.column).unwrap_or(i64::MAX))
        .build()
}

fn text(s: &str) -> MultiformatMessageString {
    MultiformatMessageString::builder().text(s).build()
}

fn descriptor(rule: &Rule) -> ReportingDescriptor {
    let explanation = rule.explanation();
    ReportingDescriptor::builder()
        .id(rule.code)
        .name(rule.code)
        .short_description(text(rule.summary))
        .full_description(text(&explanation))
        .help(
            MultiformatMessageString::builder()
                .text(explanation.clone())
                .markdown(explanation)
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .level(serde_json::Value::from(level_name(rule.severity)))
                .build(),
        )
        .build()
}

fn result(
    source: &Source,
    d: &Diagnostic,
    rule_index: Option<usize>,
    fingerprint: &(String, usize),
    root: &Path,
) -> SarifResult {
    let location = |span: Span, message: Option<&str>| {
        let physical = PhysicalLocation::builder()
            .artifact_location(artifact(source, root))
            .region(region(source, span))
            .build();
        match message {
            Some(m) => Location::builder()
                .physical_location(physical)
                .message(Message::builder().text(m).build())
                .build(),
            None => Location::builder().physical_location(physical).build(),
        }
    };
    let related: Vec<Location> = d
        .labels
        .iter()
        .map(|l| location(l.span, Some(&l.message)))
        .collect();
    let fingerprints = BTreeMap::from([(
        FINGERPRINT_KEY.to_string(),
        format!("{}:{}", fingerprint.0, fingerprint.1),
    )]);
    let base = SarifResult::builder()
        .rule_id(d.code)
        .level(level(d.severity))
        .message(Message::builder().text(d.message.clone()).build())
        .locations(vec![location(d.span, d.primary_label.as_deref())])
        .partial_fingerprints(fingerprints);
    let mut result = match (rule_index, related.is_empty()) {
        (Some(i), false) => base
            .rule_index(i64::try_from(i).unwrap_or(i64::MAX))
            .related_locations(related)
            .build(),
        (Some(i), true) => base
            .rule_index(i64::try_from(i).unwrap_or(i64::MAX))
            .build(),
        (None, false) => base.related_locations(related).build(),
        (None, true) => base.build(),
    };
    result.fixes = d.fix.as_ref().map(|f| vec![fix(source, f, root)]);
    result
}

/// A fix as SARIF gives it: byte regions of the file replaced by new text.
fn fix(source: &Source, f: &crate::diagnostic::Fix, root: &Path) -> Fix {
    let offset = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let replacements: Vec<Replacement> = f
        .edits
        .iter()
        .map(|e| {
            Replacement::builder()
                .deleted_region(
                    Region::builder()
                        .byte_offset(offset(e.span.start))
                        .byte_length(offset(e.span.len()))
                        .build(),
                )
                .inserted_content(
                    ArtifactContent::builder()
                        .text(e.replacement.clone())
                        .build(),
                )
                .build()
        })
        .collect();
    Fix::builder()
        .description(Message::builder().text(f.title.clone()).build())
        .artifact_changes(vec![
            ArtifactChange::builder()
                .artifact_location(artifact(source, root))
                .replacements(replacements)
                .build(),
        ])
        .build()
}

/// The SARIF log of the findings; `root` is the directory relative paths are taken from.
#[must_use]
pub fn log(files: &[FileReport], root: &Path) -> Sarif {
    // Rules used, in registry order, so that `ruleIndex` is stable.
    let used: Vec<&Rule> = rules::RULES
        .iter()
        .copied()
        .filter(|r| super::all(files).any(|(_, d)| d.code == r.code))
        .collect();
    let index_of = |code: &str| used.iter().position(|r| r.code == code);
    let mut results = Vec::new();
    for f in files {
        for (d, fp) in f.diagnostics.iter().zip(super::occurrences(&f.diagnostics)) {
            results.push(result(&f.source, d, index_of(d.code), &fp, root));
        }
    }
    let version = env!("CARGO_PKG_VERSION");
    let driver = ToolComponent::builder()
        .name("crossfoot")
        .version(version)
        .semantic_version(version)
        .rules(used.into_iter().map(descriptor).collect::<Vec<_>>())
        .build();
    let root_uri = {
        let mut s = encode(&root.to_string_lossy().replace('\\', "/"));
        if !s.starts_with('/') {
            s.insert(0, '/');
        }
        if !s.ends_with('/') {
            s.push('/');
        }
        format!("file://{s}")
    };
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .column_kind(serde_json::Value::from("unicodeCodePoints"))
        .original_uri_base_ids(BTreeMap::from([(
            SRCROOT.to_string(),
            ArtifactLocation::builder().uri(root_uri).build(),
        )]))
        .build();
    Sarif::builder()
        .schema(SCHEMA)
        .version(serde_json::Value::from("2.1.0"))
        .runs(vec![run])
        .build()
}

/// # Panics
/// Never: a SARIF log of strings and numbers serializes.
#[must_use]
pub fn render(files: &[FileReport], root: &Path) -> String {
    let mut s = serde_json::to_string_pretty(&log(files, root)).expect("a SARIF log serializes");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            encode("editions/2008 edition.txt"),
            "editions/2008%20edition.txt"
        );
        assert_eq!(encode("a/é.txt"), "a/%C3%A9.txt");
    }
}
