//! `crossfoot fix` and `crossfoot report` through the binary: exit codes, byte-for-byte
//! preservation (CRLF, BOM, trailing spaces), read-only files, idempotence.

use std::path::Path;

use assert_cmd::Command;

fn crossfoot() -> Command {
    Command::cargo_bin("crossfoot").expect("binary")
}

const DOC: &str = "Intro with trailing spaces   \nLabour actions - 400,000•\t\nStudy •\t\n– USD 197, 263\ntOtal fundIng requIreMent fOr X – usd 597,263.\nA – USD 100•\t\ntOtal fundIng requIreMents fOr Y – usd 150\n";

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p
}

#[test]
fn diff_prints_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "e.txt", DOC);
    let out = crossfoot()
        .arg("fix")
        .arg("--diff")
        .arg(&p)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf8");
    assert!(
        out.contains("\n-– USD 197, 263\n") && out.contains("\n+– USD 197,263\n"),
        "{out}"
    );
    assert_eq!(std::fs::read_to_string(&p).expect("read"), DOC);
}

#[test]
fn fix_is_safe_by_default_idempotent_and_keeps_other_bytes() {
    let dir = tempfile::tempdir().expect("tempdir");
    // CRLF and a BOM: every byte outside the edited spans must survive.
    let crlf = format!("\u{feff}{}", DOC.replace('\n', "\r\n"));
    let p = write(dir.path(), "e.txt", &crlf);
    crossfoot().arg("fix").arg(&p).assert().code(0);
    let fixed = std::fs::read_to_string(&p).expect("read");
    let want = format!(
        "\u{feff}{}",
        "Intro with trailing spaces   \nLabour actions – USD 400,000•\t\nStudy •\t\n– USD 197,263\ntOtal fundIng requIreMents fOr X – usd 597,263\nA – USD 100•\t\ntOtal fundIng requIreMents fOr Y – usd 150\n"
            .replace('\n', "\r\n")
    );
    assert_eq!(fixed, want);
    // The unsafe total fix was not applied; a second run changes nothing.
    crossfoot().arg("fix").arg(&p).assert().code(0);
    assert_eq!(std::fs::read_to_string(&p).expect("read"), want);
    crossfoot()
        .arg("fix")
        .arg("--diff")
        .arg(&p)
        .assert()
        .code(0);
    // The fixed file checks clean of everything that had a safe fix.
    let out = crossfoot()
        .arg("check")
        .arg("--format")
        .arg("concise")
        .arg(&p)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf8");
    assert!(
        out.contains("total-mismatch") && !out.contains("malformed"),
        "{out}"
    );
}

#[test]
fn unsafe_fixes_change_figures_and_say_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "e.txt", DOC);
    let assert = crossfoot()
        .arg("fix")
        .arg("--unsafe-fixes")
        .arg(&p)
        .assert()
        .code(0);
    let err = String::from_utf8(assert.get_output().stderr.clone()).expect("utf8");
    assert!(err.contains("unsafe fix applied [total-mismatch]"), "{err}");
    let fixed = std::fs::read_to_string(&p).expect("read");
    // The help blames one digit of the only amount (100 for 150): the fix rewrites it, and the
    // section foots.
    assert!(err.contains("set the amount of \"A\" to USD 150"), "{err}");
    assert!(fixed.contains("A – USD 150•\t\n"), "{fixed}");
    assert!(fixed.contains("fOr Y – usd 150\n"), "{fixed}");
    crossfoot().arg("check").arg(&p).assert().code(0);
}

#[cfg(unix)]
#[test]
fn read_only_file_exits_2_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "e.txt", DOC);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let assert = crossfoot().arg("fix").arg(&p).assert().code(2);
    let err = String::from_utf8(assert.get_output().stderr.clone()).expect("utf8");
    assert!(err.contains("read-only"), "{err}");
    assert_eq!(std::fs::read_to_string(&p).expect("read"), DOC);
}

#[cfg(unix)]
#[test]
fn fix_keeps_permissions_and_leaves_clean_files_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "e.txt", DOC);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let clean = write(
        dir.path(),
        "clean.txt",
        "A – USD 5•\t\ntOtal fundIng requIreMents fOr X – usd 5\n",
    );
    let before = std::fs::metadata(&clean)
        .expect("meta")
        .modified()
        .expect("mtime");
    std::thread::sleep(std::time::Duration::from_millis(20));
    crossfoot().arg("fix").arg(dir.path()).assert().code(0);
    let mode = std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert_eq!(
        std::fs::metadata(&clean)
            .expect("meta")
            .modified()
            .expect("mtime"),
        before
    );
}

#[test]
fn fix_needs_paths() {
    crossfoot().arg("fix").assert().code(2);
}

#[test]
fn report_exits_0_whatever_it_finds_and_2_when_it_cannot_run() {
    let edition = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/editions/migration-initiatives-2008.txt");
    for format in ["table", "csv", "json", "markdown", "html"] {
        crossfoot()
            .arg("report")
            .arg("--format")
            .arg(format)
            .arg(&edition)
            .assert()
            .code(0);
    }
    let out = crossfoot()
        .arg("report")
        .arg("--format")
        .arg("json")
        .arg(&edition)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(v["version"], 1);
    let rows = v["rows"].as_array().expect("rows");
    // 113 section totals and 33 declared figures of the appendix, each with its kind.
    assert_eq!(rows.len(), 146);
    let sections = rows.iter().filter(|r| r["kind"] == "section").count();
    assert_eq!(sections, 113);
    crossfoot()
        .arg("report")
        .arg("no-such-file.txt")
        .assert()
        .code(2);
}

/// `fix -` is a filter: the fixed text on standard output, nothing else there.
#[test]
fn fix_reads_standard_input_and_writes_the_fixed_text() {
    let text =
        "Study of flows - USD 400,000•\t\nTotal funding requirements for Fiji – USD 400,000\n";
    let out = crossfoot()
        .args(["fix", "-"])
        .write_stdin(text)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(out).expect("utf8"),
        text.replace(" - USD", " – USD")
    );
    // Nothing to fix: the text goes through unchanged.
    let clean = text.replace(" - USD", " – USD");
    let out = crossfoot()
        .args(["fix", "-"])
        .write_stdin(clean.clone())
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).expect("utf8"), clean);
}

/// `fix - --diff` prints the diff and exits 1 when there is something to fix, 0 when not: a CI
/// gate on it works.
#[test]
fn fix_diff_on_standard_input_gates_ci() {
    let text =
        "Study of flows - USD 400,000•\t\nTotal funding requirements for Fiji – USD 400,000\n";
    let out = crossfoot()
        .args(["fix", "-", "--diff"])
        .write_stdin(text)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let diff = String::from_utf8(out).expect("utf8");
    assert!(
        diff.contains("-Study of flows - USD 400,000")
            && diff.contains("+Study of flows – USD 400,000"),
        "{diff}"
    );
    crossfoot()
        .args(["fix", "-", "--diff"])
        .write_stdin(text.replace(" - USD", " – USD"))
        .assert()
        .code(0)
        .stdout(predicates::str::is_empty());
}

#[test]
fn report_reads_standard_input() {
    let text =
        "Study of flows – USD 400,000•\t\nTotal funding requirements for Fiji – USD 450,000\n";
    let out = crossfoot()
        .args(["report", "-", "--format", "csv"])
        .write_stdin(text)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(out).expect("utf8");
    assert!(
        csv.contains("Fiji") && csv.contains("400000") && csv.contains("450000"),
        "{csv}"
    );
}
