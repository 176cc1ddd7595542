//! Helpers shared by the integration tests: the `.expected` format and comparisons.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crossfoot::{Checked, Settings, Source};
use rust_decimal::Decimal;

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

pub fn check_file(path: &Path) -> Checked {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let decoded = crossfoot::decode(&path.display().to_string(), bytes).expect("fixture is text");
    crossfoot::check(
        Source::new(path.display().to_string(), decoded.text).with_encoding(decoded.encoding),
        &Settings::default(),
    )
}

/// One line of an `.expected` file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expected {
    pub line: usize,
    pub code: String,
    pub keys: BTreeMap<String, Decimal>,
    pub note: String,
}

pub fn read_expected(path: &Path) -> Vec<Expected> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let (head, note) = l.split_once('|').unwrap_or((l, ""));
            let mut words = head.split_whitespace();
            let line = words
                .next()
                .and_then(|w| w.parse().ok())
                .unwrap_or_else(|| panic!("bad line: {l}"));
            let code = words
                .next()
                .unwrap_or_else(|| panic!("no code: {l}"))
                .to_string();
            let keys = words
                .map(|w| {
                    let (k, v) = w
                        .split_once('=')
                        .unwrap_or_else(|| panic!("bad key in: {l}"));
                    (
                        k.to_string(),
                        Decimal::from_str(v).unwrap_or_else(|_| panic!("bad value in: {l}")),
                    )
                })
                .collect();
            Expected {
                line,
                code,
                keys,
                note: note.trim().to_string(),
            }
        })
        .collect()
}

/// The findings of a check in the `.expected` shape (line, code, figures).
pub fn found(checked: &Checked) -> Vec<Expected> {
    checked
        .diagnostics
        .iter()
        .map(|d| {
            let mut keys = BTreeMap::new();
            if let Some(v) = d.declared {
                keys.insert("declared".to_string(), v);
            }
            if let Some(v) = d.computed {
                keys.insert("computed".to_string(), v);
            }
            if let Some(v) = d.value {
                keys.insert("value".to_string(), v);
            }
            Expected {
                line: checked.source.line_col(d.span.start).line,
                code: d.code.to_string(),
                keys,
                note: d.message.clone(),
            }
        })
        .collect()
}

/// Compares findings with expectations both ways; figures are compared where the expectation
/// gives them. Panics with every difference listed.
pub fn assert_matches_expected(name: &str, found: &[Expected], expected: &[Expected]) {
    let mut unmatched: Vec<&Expected> = found.iter().collect();
    let mut missing = Vec::new();
    let mut wrong = Vec::new();
    for e in expected {
        let hit = unmatched
            .iter()
            .position(|f| f.line == e.line && f.code == e.code);
        match hit {
            Some(i) => {
                let f = unmatched.remove(i);
                for (k, v) in &e.keys {
                    if f.keys.get(k) != Some(v) {
                        wrong.push(format!(
                            "{} {}: {k}={v} expected, found {:?} ({})",
                            e.line,
                            e.code,
                            f.keys.get(k),
                            f.note
                        ));
                    }
                }
            }
            None => missing.push(format!("{} {} | {}", e.line, e.code, e.note)),
        }
    }
    let extra: Vec<String> = unmatched
        .iter()
        .map(|f| format!("{} {} | {}", f.line, f.code, f.note))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty() && wrong.is_empty(),
        "{name}:\nmissed ({}):\n  {}\nnot expected ({}):\n  {}\nwrong figures ({}):\n  {}",
        missing.len(),
        missing.join("\n  "),
        extra.len(),
        extra.join("\n  "),
        wrong.len(),
        wrong.join("\n  ")
    );
}
