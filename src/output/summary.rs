//! The last lines of a human report, as ruff ends its own: what was found, by severity, and how
//! much of it `crossfoot fix` can fix, with the command that does it.

use std::fmt::Write as _;

use crate::diagnostic::{Applicability, Diagnostic, Severity};

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// "Found 58 findings in 1 file: 8 errors, 49 warnings, 1 info." (or "No findings in 3 files.").
/// `accepted` counts the findings a baseline or `[[ignore]]` accepted, said in parentheses.
#[must_use]
pub fn counts(diags: &[&Diagnostic], files: usize, accepted: usize) -> String {
    let count = |s: Severity| diags.iter().filter(|d| d.severity == s).count();
    let mut line = if diags.is_empty() {
        format!("No findings in {}", plural(files, "file"))
    } else {
        let infos = count(Severity::Info);
        format!(
            "Found {} in {}: {}, {}, {} info{}",
            plural(diags.len(), "finding"),
            plural(files, "file"),
            plural(count(Severity::Error), "error"),
            plural(count(Severity::Warning), "warning"),
            infos,
            if infos == 1 { "" } else { "s" }
        )
    };
    if accepted > 0 {
        let _ = write!(
            line,
            " ({accepted} more accepted by the baseline or [[ignore]])"
        );
    }
    line.push('.');
    line
}

/// "[*] 10 fixable with `crossfoot fix PATH` (3 more with `--unsafe-fixes`)." for the findings
/// with a fix; `None` when none has one. `paths` are the files to name in the command (the
/// ones with fixable findings, or the run's own paths when they are many).
#[must_use]
pub fn fixable(diags: &[&Diagnostic], paths: &[String]) -> Option<String> {
    let with = |a: Applicability| {
        diags
            .iter()
            .filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == a))
            .count()
    };
    let (safe, unsafe_) = (with(Applicability::Safe), with(Applicability::Unsafe));
    if safe + unsafe_ == 0 {
        return None;
    }
    let quoted: Vec<String> = paths.iter().map(|p| shell_word(p)).collect();
    let target = quoted.join(" ");
    Some(if safe == 0 {
        format!(
            "[*] {unsafe_} fixable with `crossfoot fix --unsafe-fixes {target}` (each changes a figure: review them with `--diff` first)."
        )
    } else if unsafe_ == 0 {
        format!("[*] {safe} fixable with `crossfoot fix {target}`.")
    } else {
        format!(
            "[*] {safe} fixable with `crossfoot fix {target}` ({unsafe_} more with `--unsafe-fixes`, which change figures)."
        )
    })
}

/// A path as one shell word: quoted when it holds anything but the usual path characters.
fn shell_word(p: &str) -> String {
    if !p.is_empty()
        && p.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '_' | '+' | ',' | ':'))
    {
        p.to_string()
    } else {
        format!("'{}'", p.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Edit, Fix};
    use crate::source::Span;

    fn diag(severity: Severity, fix: Option<Applicability>) -> Diagnostic {
        let mut d = Diagnostic::new(crate::rules::RULES[0], Span::new(0, 0), "m");
        d.severity = severity;
        d.fix = fix.map(|applicability| Fix {
            title: "t".into(),
            applicability,
            edits: vec![Edit {
                span: Span::new(0, 0),
                replacement: "x".into(),
            }],
        });
        d
    }

    #[test]
    fn counts_by_severity() {
        let ds = [
            diag(Severity::Error, None),
            diag(Severity::Warning, Some(Applicability::Safe)),
            diag(Severity::Warning, Some(Applicability::Unsafe)),
            diag(Severity::Info, None),
        ];
        let refs: Vec<&Diagnostic> = ds.iter().collect();
        assert_eq!(
            counts(&refs, 1, 0),
            "Found 4 findings in 1 file: 1 error, 2 warnings, 1 info."
        );
        assert_eq!(counts(&[], 3, 0), "No findings in 3 files.");
        assert_eq!(
            counts(&refs[..1], 2, 5),
            "Found 1 finding in 2 files: 1 error, 0 warnings, 0 infos (5 more accepted by the baseline or [[ignore]])."
        );
        assert_eq!(
            fixable(&refs, &["ed.txt".into()]).as_deref(),
            Some(
                "[*] 1 fixable with `crossfoot fix ed.txt` (1 more with `--unsafe-fixes`, which change figures)."
            )
        );
        assert_eq!(
            fixable(&refs[2..3], &["my edition.txt".into()]).as_deref(),
            Some(
                "[*] 1 fixable with `crossfoot fix --unsafe-fixes 'my edition.txt'` (each changes a figure: review them with `--diff` first)."
            )
        );
        assert_eq!(fixable(&refs[..1], &[]), None);
    }
}
