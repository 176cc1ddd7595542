//! Output formats, one emitter each. Emitters are pure: they turn checked files into text, and
//! the caller writes it.

pub mod concise;
pub mod github;
pub mod gitlab;
pub mod grouped;
pub mod human;
pub mod json;
pub mod json_lines;
pub mod junit;
pub mod sarif;
pub mod statistics;
pub mod summary;

use std::path::{Component, Path};

use crate::Checked;
use crate::diagnostic::Diagnostic;
use crate::source::{Source, Span};

/// The formats of `crossfoot check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// miette's graphical report with source excerpts (the default).
    #[default]
    Human,
    /// One line per finding: `path:line:col: severity[code] message`.
    Concise,
    /// One line per finding, under its file and its section, errors first within a section.
    Grouped,
    /// `{"version": 1, "diagnostics": [...]}`.
    Json,
    /// One JSON diagnostic per line, as in the `diagnostics` array of `json`.
    JsonLines,
    /// SARIF 2.1.0, for code scanning (GitHub and others).
    Sarif,
    /// GitHub Actions workflow commands (annotations), plus a summary in `$GITHUB_STEP_SUMMARY`.
    Github,
    /// GitLab Code Quality report.
    Gitlab,
    /// `JUnit` XML: one test case per section checked, failed where it has findings.
    Junit,
}

/// A section that was checked: the unit of the `JUnit` report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionRef {
    /// The section's stable key (name, and ordinal when repeated): see `Section::key`.
    pub key: String,
    /// The declared total statement that closes the section.
    pub span: Span,
}

/// One checked file as the emitters see it: the source and findings, and the keys of the
/// sections checked (the document itself is dropped, so that many files fit in memory).
#[derive(Debug, Clone)]
pub struct FileReport {
    pub source: Source,
    pub diagnostics: Vec<Diagnostic>,
    pub sections: Vec<SectionRef>,
    /// How many figures the text writes like money (see `parse::census`): a walked file with
    /// none and no section is not an appeal, and is left out of a directory's report.
    pub money_like: usize,
}

impl From<Checked> for FileReport {
    fn from(c: Checked) -> Self {
        let sections = c
            .document
            .sections
            .iter()
            .map(|s| SectionRef {
                key: s.key(),
                span: s.total.span,
            })
            .collect();
        Self {
            money_like: c.document.money_like,
            source: c.source,
            diagnostics: c.diagnostics,
            sections,
        }
    }
}

impl FileReport {
    /// A file that has findings but no sections of its own (a baseline file).
    #[must_use]
    pub fn bare(source: Source, diagnostics: Vec<Diagnostic>) -> Self {
        Self {
            source,
            diagnostics,
            sections: Vec::new(),
            money_like: 0,
        }
    }
}

/// Every finding with its source, in report order.
pub fn all(files: &[FileReport]) -> impl Iterator<Item = (&Source, &Diagnostic)> {
    files
        .iter()
        .flat_map(|f| f.diagnostics.iter().map(move |d| (&f.source, d)))
}

/// The name of a source as a path relative to `root` with `/` separators, when it lies under
/// `root` (or is relative already); otherwise the absolute path. `-` (standard input) stays.
#[must_use]
pub fn relative_path(name: &str, root: &Path) -> String {
    let path = Path::new(name);
    let rel = if path.is_absolute() {
        match path.strip_prefix(root) {
            Ok(r) => r,
            Err(_) => return slashes(path),
        }
    } else {
        path
    };
    let parts: Vec<String> = rel
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        name.to_string()
    } else {
        parts.join("/")
    }
}

/// A path with `/` separators on every platform.
fn slashes(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The occurrence number (0, 1, ...) of each finding's content fingerprint within its file, so
/// that identical findings in one file still get distinct, stable fingerprints.
#[must_use]
pub fn occurrences(diags: &[Diagnostic]) -> Vec<(String, usize)> {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    diags
        .iter()
        .map(|d| {
            let fp = crate::baseline::fingerprint(d);
            let n = seen.entry(fp.clone()).or_default();
            let out = (fp, *n);
            *n += 1;
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_relative_with_slashes() {
        let root = Path::new("/work/repo");
        assert_eq!(relative_path("./editions/a.txt", root), "editions/a.txt");
        assert_eq!(
            relative_path("/work/repo/editions/a.txt", root),
            "editions/a.txt"
        );
        assert_eq!(relative_path("/elsewhere/a.txt", root), "/elsewhere/a.txt");
        assert_eq!(relative_path("-", root), "-");
    }
}
