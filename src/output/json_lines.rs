//! The json-lines format: one JSON diagnostic per line, the objects of `json`'s `diagnostics`.

use super::FileReport;
use super::json;

/// # Panics
/// Never: a diagnostic is plain strings and numbers.
#[must_use]
pub fn render(files: &[FileReport]) -> String {
    let mut out = String::new();
    for (source, d) in super::all(files) {
        let line = serde_json::to_string(&json::diagnostic(source, d))
            .expect("a diagnostic of strings and numbers serializes");
        out.push_str(&line);
        out.push('\n');
    }
    out
}
