//! Baselines: findings recorded by a fingerprint of their content, so that `check --baseline`
//! reports only new ones.
//!
//! A fingerprint covers the rule code, the section key (name and ordinal), the figures
//! (declared, computed, value) and the message with any line numbers taken out; never a line
//! number or a path. Lines inserted elsewhere, or a renamed file, therefore leave a baseline
//! valid. Each entry records how often its finding occurs: a finding is new when it occurs more
//! often than recorded, and an entry (or part of its count) that matches nothing any more is
//! reported as `unused-suppression`, so that baselines shrink as editions are fixed.
//!
//! An entry also records the file its findings were in (`path`, relative to the baseline's
//! directory), outside the fingerprint. A finding is accepted by an entry of its own file
//! first, then by any entry with its fingerprint (so a renamed file keeps its baseline); and
//! when a run does not check an entry's file, that entry is not looked for, so checking one
//! file against a directory's baseline never calls the other files' entries unused. Entries
//! without a path (baselines written before paths were recorded) are looked for in every
//! run.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::config::InvalidFile;
use crate::diagnostic::Diagnostic;
use crate::source::{Source, Span};

/// The version of the baseline file format.
pub const VERSION: u32 = 1;

/// The code under which stale entries are reported.
pub const UNUSED_SUPPRESSION: &str = "unused-suppression";

/// A stable fingerprint of what a finding says: 32 hex digits.
#[must_use]
pub fn fingerprint(d: &Diagnostic) -> String {
    let figure =
        |v: Option<rust_decimal::Decimal>| v.map(|v| v.normalize().to_string()).unwrap_or_default();
    let mut hasher = Sha256::new();
    for part in [
        "crossfoot-fingerprint-v1",
        d.code,
        d.section.as_deref().unwrap_or(""),
        &figure(d.declared),
        &figure(d.computed),
        &figure(d.value),
        &without_line_numbers(&d.message),
    ] {
        hasher.update(part.as_bytes());
        // A separator that cannot occur in the parts keeps ("ab", "c") apart from ("a", "bc").
        hasher.update([0u8]);
    }
    hex(&hasher.finalize()[..16])
}

/// Lowercase hexadecimal digits of `bytes`.
#[must_use]
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The message with the number after every "line"/"lines" replaced by `N`, so that a message
/// quoting a line does not tie the fingerprint to it.
#[must_use]
pub fn without_line_numbers(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = find_line_word(rest) {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        // The word itself, then its separator, then digits (and further ", 12"/"–14" forms).
        let word_len = if tail
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("lines"))
        {
            5
        } else {
            4
        };
        out.push_str(&tail[..word_len]);
        let mut t = &tail[word_len..];
        loop {
            let sep = t.len() - t.trim_start_matches([' ', ',', '-', '–']).len();
            let after = &t[sep..];
            let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0 {
                break;
            }
            out.push_str(&t[..sep]);
            out.push('N');
            t = &after[digits..];
        }
        rest = t;
    }
    out.push_str(rest);
    out
}

/// The byte offset of the next standalone word "line" or "lines" (any case).
fn find_line_word(s: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("line") {
        let at = from + i;
        let before_ok = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = &lower[at + 4..];
        let after = after.strip_prefix('s').unwrap_or(after);
        let after_ok = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The key: see [`fingerprint`].
    pub fingerprint: String,
    /// The file the findings were in, relative to the baseline's directory ("/" between
    /// parts); not part of the fingerprint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// For readers: the rule, section and message of the finding when it was recorded.
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub message: String,
    /// How many findings with this fingerprint were recorded.
    pub count: usize,
    /// Why the finding is accepted; kept when the baseline is regenerated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Serialize)]
struct FileOut<'a> {
    version: u32,
    #[serde(rename = "entry")]
    entries: &'a [Entry],
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    version: Spanned<u32>,
    #[serde(rename = "entry", default)]
    entries: Vec<Spanned<Entry>>,
}

/// A baseline read from its file.
#[derive(Debug, Clone)]
pub struct Baseline {
    /// The file, kept to point unused entries at their place.
    pub source: Source,
    pub entries: Vec<Entry>,
    /// Where each entry stands in the file.
    pub spans: Vec<Span>,
}

/// Why a baseline could not be used. Exit code 2.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum BaselineError {
    #[error("could not read the baseline {}: {source}", path.display())]
    #[diagnostic(
        code(crossfoot::baseline::read),
        help("create one with `crossfoot baseline PATH... --output FILE`")
    )]
    Read {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(transparent)]
    #[diagnostic(transparent)]
    Invalid(Box<InvalidFile>),
}

impl Baseline {
    /// Parses the text of a baseline file; `path` names it in errors and findings.
    ///
    /// # Errors
    /// [`BaselineError::Invalid`] pointing at what is not a baseline.
    pub fn parse(path: &Path, text: &str) -> Result<Self, BaselineError> {
        let invalid = |span: std::ops::Range<usize>, message: String, help: &str| {
            BaselineError::Invalid(Box::new(InvalidFile::new(
                path,
                text,
                span,
                message,
                "here",
                Some(help.to_string()),
            )))
        };
        let file: FileIn = toml::from_str(text).map_err(|e| {
            invalid(
                e.span().unwrap_or(0..0),
                e.message().trim().to_string(),
                "a baseline has `version = 1` and [[entry]] tables with fingerprint, code, section, message, count and an optional reason",
            )
        })?;
        if *file.version.get_ref() != VERSION {
            return Err(invalid(
                file.version.span(),
                format!(
                    "baseline version {} is not supported (this crossfoot reads version {VERSION})",
                    file.version.get_ref()
                ),
                "regenerate the baseline with `crossfoot baseline`",
            ));
        }
        let mut entries = Vec::with_capacity(file.entries.len());
        let mut spans = Vec::with_capacity(file.entries.len());
        for e in file.entries {
            let span = e.span();
            spans.push(Span::new(span.start, span.end.max(span.start)));
            entries.push(e.into_inner());
        }
        Ok(Self {
            source: Source::new(path.display().to_string(), text),
            entries,
            spans,
        })
    }

    /// Reads a baseline file.
    ///
    /// # Errors
    /// [`BaselineError`] when the file cannot be read or is not a baseline.
    pub fn read(path: &Path) -> Result<Self, BaselineError> {
        let bytes = std::fs::read(path).map_err(|source| BaselineError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|e| BaselineError::Read {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
        })?;
        Self::parse(path, &text)
    }
}

/// Records findings as the text of a baseline file, entries in the order their findings
/// first occur. Reasons of `previous` entries with the same fingerprint are kept.
/// `unused-suppression` findings are never recorded.
///
/// # Panics
/// Never: a baseline of strings and counts always serializes to TOML.
#[must_use]
pub fn record<'a>(
    diagnostics: impl IntoIterator<Item = (&'a str, &'a Diagnostic)>,
    previous: Option<&Baseline>,
) -> String {
    // A reason is kept for the same file's entry, else for the same finding anywhere.
    let mut reasons: HashMap<(Option<&str>, &str), &str> = HashMap::new();
    for e in previous.map_or(&[][..], |b| &b.entries[..]) {
        if let Some(r) = e.reason.as_deref() {
            reasons.insert((e.path.as_deref(), e.fingerprint.as_str()), r);
            reasons.entry((None, e.fingerprint.as_str())).or_insert(r);
        }
    }
    let mut entries: Vec<Entry> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    for (path, d) in diagnostics {
        if d.code == UNUSED_SUPPRESSION {
            continue;
        }
        let fp = fingerprint(d);
        let key = (path.to_string(), fp.clone());
        if let Some(&i) = index.get(&key) {
            entries[i].count += 1;
            continue;
        }
        index.insert(key, entries.len());
        let path = (!path.is_empty()).then(|| path.to_string());
        let reason = reasons
            .get(&(path.as_deref(), fp.as_str()))
            .or_else(|| reasons.get(&(None, fp.as_str())));
        entries.push(Entry {
            reason: reason.map(|r| (*r).to_string()),
            path,
            fingerprint: fp,
            code: d.code.to_string(),
            section: d.section.clone(),
            message: d.message.clone(),
            count: 1,
        });
    }
    let body = toml::to_string(&FileOut {
        version: VERSION,
        entries: &entries,
    })
    .expect("a baseline of strings and counts serializes to TOML");
    format!(
        "# crossfoot baseline: `crossfoot check --baseline THIS_FILE` reports only findings not recorded here.\n\
         # Entries are keyed by `fingerprint` (rule, section, figures, message), never by line;\n\
         # `path` (relative to this file's directory) names the file an entry was recorded in.\n\
         # Add `reason = \"...\"` to any entry; regenerating the baseline keeps it.\n\n{body}"
    )
}

/// What applying a baseline did.
#[derive(Debug, Default)]
pub struct Applied {
    /// How many findings the baseline accounted for (and that were removed).
    pub suppressed: usize,
    /// One `unused-suppression` finding, in the baseline file, per entry that matched fewer
    /// findings than it records.
    pub unused: Vec<Diagnostic>,
}

/// Removes from `files` (in order) every finding the baseline accounts for, and reports the
/// entries left over. An entry whose rule is not enabled (`enabled(code)` false) is never
/// reported as unused: its findings were not looked for.
///
/// # Panics
/// Never: `unused-suppression` is in the registry (a test of this module relies on it).
#[must_use]
pub fn apply<'a>(
    baseline: &Baseline,
    files: impl IntoIterator<Item = (&'a str, &'a mut Vec<Diagnostic>)>,
    enabled: impl Fn(&str) -> bool,
) -> Applied {
    // Per fingerprint, per path ("" for an entry of any file), how many findings are left.
    let mut remaining: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
    for e in &baseline.entries {
        *remaining
            .entry(e.fingerprint.as_str())
            .or_default()
            .entry(e.path.as_deref().unwrap_or(""))
            .or_default() += e.count;
    }
    let mut applied = Applied::default();
    let mut checked: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (path, diags) in files {
        checked.insert(path);
        diags.retain(|d| {
            let fp = fingerprint(d);
            let Some(by_path) = remaining.get_mut(fp.as_str()) else {
                return true;
            };
            // The file's own entry first, then one of any file, then another file's (a
            // renamed file).
            let key = [path, ""]
                .into_iter()
                .find(|k| by_path.get(k).is_some_and(|n| *n > 0))
                .or_else(|| {
                    by_path
                        .iter()
                        .filter(|(_, n)| **n > 0)
                        .map(|(k, _)| *k)
                        .min()
                });
            match key.and_then(|k| by_path.get_mut(k)) {
                Some(n) => {
                    *n -= 1;
                    applied.suppressed += 1;
                    false
                }
                None => true,
            }
        });
    }
    let rule =
        crate::rules::find(UNUSED_SUPPRESSION).expect("unused-suppression is in the registry");
    for (e, span) in baseline.entries.iter().zip(&baseline.spans) {
        // An entry of a file this run did not check was not looked for.
        if !enabled(&e.code) || e.path.as_deref().is_some_and(|p| !checked.contains(p)) {
            continue;
        }
        let Some(left) = remaining
            .get_mut(e.fingerprint.as_str())
            .and_then(|m| m.get_mut(e.path.as_deref().unwrap_or("")))
        else {
            continue;
        };
        // Entries sharing a fingerprint share the count: report each unused part once.
        let unused = (*left).min(e.count);
        if unused == 0 {
            continue;
        }
        *left -= unused;
        let place = e
            .section
            .as_ref()
            .map(|s| format!(" in {s}"))
            .unwrap_or_default();
        let message = if unused == e.count {
            format!(
                "baseline entry for {}{place} matches no finding: {}",
                e.code, e.message
            )
        } else {
            format!(
                "baseline entry for {}{place} records {} findings, {} remain: {}",
                e.code,
                e.count,
                e.count - unused,
                e.message
            )
        };
        let help = if unused == e.count {
            "the finding is gone: remove the entry, or regenerate the baseline with `crossfoot baseline`"
        } else {
            "lower the entry's `count`, or regenerate the baseline with `crossfoot baseline`"
        };
        applied
            .unused
            .push(Diagnostic::new(rule, *span, message).with_help(help));
    }
    applied
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(code: &'static str, message: &str, section: Option<&str>) -> Diagnostic {
        let rule = crate::rules::RULES[0];
        let mut d =
            Diagnostic::new(rule, Span::new(0, 1), message).in_section(section.map(str::to_string));
        d.code = code;
        d
    }

    #[test]
    fn line_numbers_leave_messages() {
        assert_eq!(
            without_line_numbers("declared on line 12"),
            "declared on line N"
        );
        assert_eq!(without_line_numbers("Lines 3, 4 and 5"), "Lines N, N and 5");
        assert_eq!(
            without_line_numbers("lines 3–14 differ"),
            "lines N–N differ"
        );
        assert_eq!(
            without_line_numbers("pipeline 12 stays"),
            "pipeline 12 stays"
        );
        assert_eq!(without_line_numbers("no number"), "no number");
        assert_eq!(without_line_numbers("line"), "line");
    }

    #[test]
    fn fingerprints_ignore_spans_and_lines_only() {
        let a = diag("total-mismatch", "sums differ, see line 10", Some("Fiji"));
        let mut b = diag("total-mismatch", "sums differ, see line 99", Some("Fiji"));
        b.span = Span::new(500, 600);
        assert_eq!(fingerprint(&a), fingerprint(&b));
        let c = diag(
            "total-mismatch",
            "sums differ, see line 10",
            Some("Fiji #2"),
        );
        assert_ne!(fingerprint(&a), fingerprint(&c));
        let mut d = a.clone();
        d.declared = Some(rust_decimal::Decimal::from(5));
        assert_ne!(fingerprint(&a), fingerprint(&d));
        assert_eq!(fingerprint(&a).len(), 32);
    }

    #[test]
    fn counts_decide_what_is_new_and_what_is_unused() {
        let a = diag("total-mismatch", "a", Some("X"));
        let b = diag("missing-currency", "b", Some("Y"));
        // No path: entries that accept a finding in any file.
        let text = record([("", &a), ("", &a), ("", &b)], None);
        let baseline = Baseline::parse(Path::new("baseline.toml"), &text).expect("parses");
        assert_eq!(baseline.entries.len(), 2);
        assert_eq!(baseline.entries[0].count, 2);

        // Three of `a` (one new), none of `b` (unused).
        let mut files = vec![vec![a.clone(), a.clone()], vec![a.clone()]];
        let applied = apply(
            &baseline,
            ["x.txt", "y.txt"].into_iter().zip(files.iter_mut()),
            |_| true,
        );
        assert_eq!(applied.suppressed, 2);
        assert_eq!(files, vec![vec![], vec![a.clone()]]);
        assert_eq!(applied.unused.len(), 1);
        assert_eq!(applied.unused[0].code, UNUSED_SUPPRESSION);
        assert!(
            applied.unused[0].message.contains("matches no finding"),
            "{}",
            applied.unused[0].message
        );
        let line = baseline.source.line(applied.unused[0].span.start);
        assert!(
            baseline
                .source
                .text
                .lines()
                .nth(line - 1)
                .is_some_and(|l| !l.starts_with('#'))
        );

        // One `a` of two: partly unused. Rules that are off are never reported.
        let mut files = [vec![a.clone()]];
        let applied = apply(
            &baseline,
            ["x.txt"].into_iter().zip(files.iter_mut()),
            |c| c != "missing-currency",
        );
        assert_eq!(applied.unused.len(), 1);
        assert!(
            applied.unused[0]
                .message
                .contains("records 2 findings, 1 remain")
        );
    }

    #[test]
    fn reasons_survive_regeneration() {
        let a = diag("total-mismatch", "a", Some("X"));
        let text = record([("e.txt", &a)], None)
            .replace("count = 1", "count = 1\nreason = \"known misprint\"");
        let previous = Baseline::parse(Path::new("b.toml"), &text).expect("parses");
        let again = record([("e.txt", &a)], Some(&previous));
        assert!(again.contains("reason = \"known misprint\""), "{again}");
        // A baseline without paths keeps its reasons when paths are recorded.
        let legacy =
            record([("", &a)], None).replace("count = 1", "count = 1\nreason = \"known misprint\"");
        let previous = Baseline::parse(Path::new("b.toml"), &legacy).expect("parses");
        let again = record([("e.txt", &a)], Some(&previous));
        assert!(again.contains("reason = \"known misprint\""), "{again}");
        assert!(again.contains("path = \"e.txt\""), "{again}");
    }

    #[test]
    fn entries_are_scoped_to_their_file() {
        let a = diag("total-mismatch", "a", Some("X"));
        let b = diag("missing-currency", "b", Some("Y"));
        let text = record([("one.txt", &a), ("two.txt", &b)], None);
        let baseline = Baseline::parse(Path::new("baseline.toml"), &text).expect("parses");
        // Checking one.txt alone: its entry accepts its finding, two.txt's is not looked for.
        let mut files = [vec![a.clone()]];
        let applied = apply(
            &baseline,
            ["one.txt"].into_iter().zip(files.iter_mut()),
            |_| true,
        );
        assert_eq!(applied.suppressed, 1);
        assert!(applied.unused.is_empty(), "{:?}", applied.unused);
        // one.txt renamed to three.txt: its entry still accepts the finding, and is used.
        let mut files = [vec![a.clone()]];
        let applied = apply(
            &baseline,
            ["three.txt"].into_iter().zip(files.iter_mut()),
            |_| true,
        );
        assert_eq!(applied.suppressed, 1);
        assert!(applied.unused.is_empty(), "{:?}", applied.unused);
        // Both files checked and clean: both entries unused.
        let mut files = [vec![], vec![]];
        let applied = apply(
            &baseline,
            ["two.txt", "one.txt"].into_iter().zip(files.iter_mut()),
            |_| true,
        );
        assert_eq!(applied.unused.len(), 2);
        // One of them checked: only its entry is looked for.
        let mut files = [vec![]];
        let applied = apply(
            &baseline,
            ["two.txt"].into_iter().zip(files.iter_mut()),
            |_| true,
        );
        assert_eq!(applied.unused.len(), 1);
        assert!(applied.unused[0].message.contains("missing-currency"));
    }

    #[test]
    fn bad_files_point_at_the_problem() {
        let e = Baseline::parse(Path::new("b.toml"), "version = 2\n").expect_err("version 2");
        assert!(e.to_string().contains("b.toml:1:11"), "{e}");
        let e = Baseline::parse(
            Path::new("b.toml"),
            "version = 1\n[[entry]]\nfingerprint = \"x\"\n",
        )
        .expect_err("incomplete");
        assert!(e.to_string().contains("missing field"), "{e}");
    }
}
