//! The concise format: one line per finding, `path:line:col: severity[code] message`.

use std::fmt::Write as _;

use super::FileReport;

#[must_use]
pub fn render(files: &[FileReport]) -> String {
    let mut out = String::new();
    for (source, d) in super::all(files) {
        let at = source.line_col(d.span.start);
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}] {}",
            source.name, at.line, at.column, d.severity, d.code, d.message
        );
    }
    out
}
