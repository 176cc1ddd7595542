//! The gitlab format: a GitLab Code Quality report, a JSON array with one issue per finding,
//! each with a fingerprint unique in the report.

use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::FileReport;
use crate::diagnostic::Severity;

/// The severities GitLab knows, least first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GitlabSeverity {
    Info,
    Minor,
    Major,
    Critical,
    Blocker,
}

impl From<Severity> for GitlabSeverity {
    fn from(s: Severity) -> Self {
        match s {
            Severity::Error => GitlabSeverity::Major,
            Severity::Warning => GitlabSeverity::Minor,
            Severity::Info => GitlabSeverity::Info,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Lines {
    pub begin: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct IssueLocation {
    pub path: String,
    pub lines: Lines,
}

#[derive(Debug, Serialize)]
pub struct Issue {
    pub description: String,
    pub check_name: &'static str,
    pub fingerprint: String,
    pub severity: GitlabSeverity,
    pub location: IssueLocation,
}

/// The issues of the report. The fingerprint hashes the path, the finding's content
/// fingerprint and its occurrence in the file: unique, and stable when lines move.
#[must_use]
pub fn issues(files: &[FileReport], root: &Path) -> Vec<Issue> {
    let mut out = Vec::new();
    for f in files {
        let path = super::relative_path(&f.source.name, root);
        for (d, (fp, n)) in f.diagnostics.iter().zip(super::occurrences(&f.diagnostics)) {
            let digest = Sha256::digest(format!("{path}\0{fp}\0{n}").as_bytes());
            let fingerprint = crate::baseline::hex(&digest[..16]);
            out.push(Issue {
                description: format!("{}: {}", d.code, d.message),
                check_name: d.code,
                fingerprint,
                severity: d.severity.into(),
                location: IssueLocation {
                    path: path.clone(),
                    lines: Lines {
                        begin: f.source.line(d.span.start),
                        end: f.source.line(d.span.end),
                    },
                },
            });
        }
    }
    out
}

/// # Panics
/// Never: the issues are plain strings and numbers.
#[must_use]
pub fn render(files: &[FileReport], root: &Path) -> String {
    let mut s = serde_json::to_string_pretty(&issues(files, root)).expect("issues serialize");
    s.push('\n');
    s
}
