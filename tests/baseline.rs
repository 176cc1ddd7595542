//! Baselines of the reference edition: a clean check against it, a new mismatch as the only
//! finding, a shifted or renamed copy still matching, stale entries reported, reasons kept.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use crossfoot::{Settings, Source};
use serde::Deserialize;

fn edition() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/editions/migration-initiatives-2008.txt")
}

fn edition_text() -> String {
    std::fs::read_to_string(edition()).expect("edition")
}

fn crossfoot(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("crossfoot").expect("the binary is built");
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

#[derive(Debug, Deserialize)]
struct Report {
    diagnostics: Vec<Diag>,
}

#[derive(Debug, Deserialize)]
struct Diag {
    code: String,
    severity: String,
    message: String,
    path: String,
    line: usize,
    section: Option<String>,
}

/// A directory holding `ed.txt` (the edition) and `baseline.toml`, recorded from it.
fn recorded() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(edition(), dir.path().join("ed.txt")).expect("copy");
    let out = crossfoot(dir.path())
        .args(["baseline", "ed.txt", "--output", "baseline.toml"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

fn check(dir: &Path, args: &[&str]) -> (Report, i32) {
    let out = crossfoot(dir)
        .arg("check")
        .args(args)
        .args(["--baseline", "baseline.toml", "--format", "json"])
        .output()
        .expect("runs");
    let code = out.status.code().expect("exit code");
    assert!(
        code != 2,
        "could not run: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        serde_json::from_slice(&out.stdout).expect("JSON report"),
        code,
    )
}

#[test]
fn the_edition_against_its_own_baseline_is_clean() {
    let dir = recorded();
    let text = std::fs::read_to_string(dir.path().join("baseline.toml")).expect("baseline written");
    assert!(text.contains("version = 1") && text.contains("[[entry]]"));
    assert!(!text.contains("line ="), "no line numbers in a baseline");
    // The file is recorded beside each entry, outside its fingerprint.
    assert!(text.contains("path = \"ed.txt\""), "{text}");
    let (r, code) = check(dir.path(), &["ed.txt"]);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert_eq!(code, 0);
    // Without the baseline the same file fails.
    let out = crossfoot(dir.path())
        .args(["check", "ed.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
}

/// The edition with one listed amount of a section that foots changed by one digit: a new
/// total mismatch in that section. Returns the text and the section's key.
fn with_new_mismatch() -> (String, String) {
    let text = edition_text();
    let checked = crossfoot::check(Source::new("ed.txt", text.clone()), &Settings::default());
    let flagged: Vec<&str> = checked
        .diagnostics
        .iter()
        .filter_map(|d| d.section.as_deref())
        .collect();
    let (section, number) = checked
        .document
        .sections
        .iter()
        .filter(|s| !flagged.contains(&s.key().as_str()) && s.total.amount.is_some())
        .find_map(|s| {
            let a = s
                .bullets
                .iter()
                .filter_map(|b| b.amount.as_ref())
                .find(|a| a.defects.is_empty())?;
            Some((s.key(), a.number))
        })
        .expect("a clean section with a well-formed amount");
    let written = &text[number.start..number.end];
    // Raise the first digit by one (9 becomes 1 and gains a digit's worth: still a change).
    let first = written.chars().next().expect("a digit");
    let raised = match first {
        '9' => "1".to_string() + written,
        d => format!(
            "{}{}",
            char::from(u8::try_from(d).expect("ASCII digit") + 1),
            &written[1..]
        ),
    };
    let mut changed = text.clone();
    changed.replace_range(number.start..number.end, &raised);
    (changed, section)
}

#[test]
fn a_new_mismatch_is_the_only_finding() {
    let dir = recorded();
    let (text, section) = with_new_mismatch();
    std::fs::write(dir.path().join("ed.txt"), text).expect("write copy");
    let (r, code) = check(dir.path(), &["ed.txt"]);
    assert_eq!(r.diagnostics.len(), 1, "{:?}", r.diagnostics);
    let d = &r.diagnostics[0];
    assert_eq!(d.code, "total-mismatch");
    assert_eq!(d.section.as_deref(), Some(section.as_str()));
    assert_eq!(d.severity, "error");
    assert_eq!(code, 1);
}

#[test]
fn a_shifted_and_renamed_copy_still_matches() {
    let dir = recorded();
    let shifted = format!(
        "Draft for review, not for circulation.\n\nPrepared by the editorial team.\n\n\n{}",
        edition_text()
    );
    std::fs::create_dir_all(dir.path().join("renamed")).expect("dir");
    std::fs::write(dir.path().join("renamed/edition-copy.txt"), shifted).expect("write copy");
    let (r, code) = check(dir.path(), &["renamed/edition-copy.txt"]);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert_eq!(code, 0);
    // A second copy is new: each entry records how often its finding occurred.
    let (r, code) = check(dir.path(), &["ed.txt", "renamed/edition-copy.txt"]);
    assert!(!r.diagnostics.is_empty());
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.path == "renamed/edition-copy.txt")
    );
    assert_eq!(code, 1);
}

#[test]
fn stale_entries_are_reported_as_unused_suppressions() {
    let dir = recorded();
    // Apply the safe fix of the first finding that has one: its finding disappears.
    let json = crossfoot(dir.path())
        .args(["check", "ed.txt", "--format", "json"])
        .output()
        .expect("runs");
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let fixed = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| {
            d["fix"]["applicability"] == "safe"
                && d["fix"]["edits"].as_array().is_some_and(|e| e.len() == 1)
        })
        .expect("a finding with a one-edit safe fix")
        .clone();
    let edit = &fixed["fix"]["edits"][0];
    let offset = usize::try_from(edit["offset"].as_u64().expect("offset")).expect("fits");
    let length = usize::try_from(edit["length"].as_u64().expect("length")).expect("fits");
    let mut text = edition_text();
    text.replace_range(
        offset..offset + length,
        edit["replacement"].as_str().expect("replacement"),
    );
    std::fs::write(dir.path().join("ed.txt"), text).expect("write");

    let (r, code) = check(dir.path(), &["ed.txt"]);
    let unused: Vec<&Diag> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "unused-suppression")
        .collect();
    assert_eq!(unused.len(), 1, "{:?}", r.diagnostics);
    let u = unused[0];
    assert_eq!(u.severity, "warning");
    assert_eq!(
        u.path, "baseline.toml",
        "the finding points into the baseline"
    );
    assert!(
        u.message.contains(fixed["code"].as_str().expect("code")),
        "{}",
        u.message
    );
    assert!(u.message.contains("matches no finding"), "{}", u.message);
    let baseline = std::fs::read_to_string(dir.path().join("baseline.toml")).expect("baseline");
    assert_eq!(
        baseline.lines().nth(u.line - 1),
        Some("[[entry]]"),
        "points at the entry"
    );
    assert_eq!(
        r.diagnostics.len(),
        1,
        "nothing else is new: {:?}",
        r.diagnostics
    );
    assert_eq!(code, 0, "a warning does not fail by default");
    let (_, code) = check(dir.path(), &["ed.txt", "--fail-on", "warning"]);
    assert_eq!(code, 1);
    // It can be ignored like any rule.
    let (r, _) = check(dir.path(), &["ed.txt", "--ignore", "unused-suppression"]);
    assert!(r.diagnostics.is_empty());
}

#[test]
fn reasons_survive_regeneration() {
    let dir = recorded();
    let path = dir.path().join("baseline.toml");
    let text = std::fs::read_to_string(&path).expect("baseline");
    let with_reason = text.replacen(
        "count = 1\n",
        "count = 1\nreason = \"misprint in the printed edition\"\n",
        1,
    );
    assert_ne!(with_reason, text);
    std::fs::write(&path, with_reason).expect("write");
    let out = crossfoot(dir.path())
        .args(["baseline", "ed.txt", "--output", "baseline.toml"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let again = std::fs::read_to_string(&path).expect("baseline");
    assert!(
        again.contains("reason = \"misprint in the printed edition\""),
        "{again}"
    );
    let (r, code) = check(dir.path(), &["ed.txt"]);
    assert!(r.diagnostics.is_empty() && code == 0);
}

#[test]
fn a_bad_baseline_exits_2_with_a_pointed_message() {
    let dir = recorded();
    std::fs::write(
        dir.path().join("baseline.toml"),
        "version = 1\n[[entry]]\nfingerprint = \"abc\"\ncount = \"two\"\n",
    )
    .expect("write");
    let out = crossfoot(dir.path())
        .args(["check", "ed.txt", "--baseline", "baseline.toml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("baseline.toml:4:9:"), "{e}");
    let out = crossfoot(dir.path())
        .args(["check", "ed.txt", "--baseline", "missing.toml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.toml"));
}

/// A baseline recorded from a directory of two editions, checked against one of them (from
/// another current directory): the other file's entries are not reported as unused.
#[test]
fn a_subset_of_the_recorded_files_reports_no_unused_entries() {
    let dir = tempfile::tempdir().expect("tempdir");
    let editions = dir.path().join("editions");
    std::fs::create_dir_all(&editions).expect("dir");
    std::fs::copy(edition(), editions.join("a.txt")).expect("copy");
    let (other, _) = with_new_mismatch();
    std::fs::write(editions.join("b.txt"), other).expect("write");
    let out = crossfoot(dir.path())
        .args(["baseline", "editions", "--output", "baseline.toml"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(dir.path().join("baseline.toml")).expect("baseline");
    assert!(
        text.contains("path = \"editions/a.txt\"") && text.contains("path = \"editions/b.txt\"")
    );
    // From inside editions/, naming the baseline with a relative path.
    let out = crossfoot(&editions)
        .args([
            "check",
            "a.txt",
            "--baseline",
            "../baseline.toml",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let r: Report = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert_eq!(out.status.code(), Some(0));
    // b.txt's extra mismatch is recorded for b.txt only: removing it from b.txt makes that
    // entry unused when b.txt is checked.
    std::fs::copy(edition(), editions.join("b.txt")).expect("copy");
    let out = crossfoot(&editions)
        .args([
            "check",
            "b.txt",
            "--baseline",
            "../baseline.toml",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let r: Report = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(r.diagnostics.len(), 1, "{:?}", r.diagnostics);
    assert_eq!(r.diagnostics[0].code, "unused-suppression");
}
