//! The github format: GitHub Actions workflow commands, one annotation per finding
//! (`::error file=PATH,line=L,col=C,endLine=..,endColumn=..,title=CODE::message`), and a
//! Markdown summary table for `$GITHUB_STEP_SUMMARY`.

use std::fmt::Write as _;
use std::path::Path;

use super::FileReport;
use crate::diagnostic::Severity;

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escapes the message of a workflow command.
#[must_use]
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command (which also ends at `,` and `:`).
#[must_use]
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command per finding; paths relative to `root` (the workspace).
#[must_use]
pub fn render(files: &[FileReport], root: &Path) -> String {
    let mut out = String::new();
    for (source, d) in super::all(files) {
        let start = source.line_col(d.span.start);
        let end = source.line_col(d.span.end);
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        let _ = writeln!(
            out,
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            command(d.severity),
            escape_property(&super::relative_path(&source.name, root)),
            start.line,
            start.column,
            end.line,
            end.column,
            escape_property(d.code),
            escape_data(&message),
        );
    }
    out
}

/// Escapes text for a Markdown table cell.
pub(crate) fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', "<br>")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace("&lt;br&gt;", "<br>")
}

/// A Markdown summary: counts, then one table row per finding.
#[must_use]
pub fn summary(files: &[FileReport], root: &Path) -> String {
    let diags: Vec<_> = super::all(files).map(|(_, d)| d).collect();
    let mut out = String::from("## crossfoot\n\n");
    let _ = writeln!(out, "{}\n", super::human::summary(&diags, files.len()));
    if diags.is_empty() {
        return out;
    }
    out.push_str("| File | Line | Severity | Rule | Message |\n|---|---:|---|---|---|\n");
    for (source, d) in super::all(files) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | `{}` | {} |",
            cell(&super::relative_path(&source.name, root)),
            source.line(d.span.start),
            d.severity,
            d.code,
            cell(&d.message)
        );
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_runner() {
        assert_eq!(escape_data("100% a\nb"), "100%25 a%0Ab");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(cell("a | b <x>"), "a \\| b &lt;x&gt;");
    }
}
