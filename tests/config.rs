//! `crossfoot.toml` in temporary directories: discovery, rules turned off, severities changed,
//! inheritance through `extend`, tolerance and currency, `exclude`, and pointed errors.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde::Deserialize;

fn edition() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/editions/migration-initiatives-2008.txt")
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
}

/// A temporary tree: `root/crossfoot.toml` (if given) and the edition at `root/REL`.
fn tree(config: Option<&str>, rel: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    if let Some(c) = config {
        std::fs::write(dir.path().join("crossfoot.toml"), c).expect("write config");
    }
    let target = dir.path().join(rel);
    std::fs::create_dir_all(target.parent().expect("a parent")).expect("dirs");
    std::fs::copy(edition(), target).expect("copy edition");
    dir
}

fn check_json(dir: &Path, args: &[&str]) -> (Report, i32) {
    let out = crossfoot(dir)
        .arg("check")
        .args(args)
        .args(["--format", "json"])
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

fn count(r: &Report, code: &str) -> usize {
    r.diagnostics.iter().filter(|d| d.code == code).count()
}

#[test]
fn a_rule_turned_off_and_a_severity_changed() {
    let (plain, plain_code) = check_json(tree(None, "ed.txt").path(), &["ed.txt"]);
    assert_eq!(plain_code, 1);
    assert!(count(&plain, "missing-currency") > 0 && count(&plain, "total-mismatch") > 0);

    // Every error-level rule becomes a warning, so that the exit status shows the change too.
    let mut config = String::from("[rules]\nmissing-currency = \"off\"\n");
    for rule in crossfoot::rules::RULES {
        if rule.severity == crossfoot::Severity::Error {
            let _ = writeln!(config, "{} = \"warning\"", rule.code);
        }
    }
    let dir = tree(Some(&config), "editions/2008/ed.txt");
    // Found by walking up from the file, from a current directory elsewhere in the tree.
    let (r, code) = check_json(&dir.path().join("editions"), &["2008/ed.txt"]);
    assert_eq!(count(&r, "missing-currency"), 0, "turned off");
    assert_eq!(count(&r, "total-mismatch"), count(&plain, "total-mismatch"));
    assert!(
        r.diagnostics
            .iter()
            .filter(|d| d.code == "total-mismatch")
            .all(|d| d.severity == "warning")
    );
    assert!(r.diagnostics.iter().all(|d| d.severity != "error"));
    assert_eq!(code, 0, "no error-level finding is left");
    assert_eq!(
        r.diagnostics.len(),
        plain.diagnostics.len() - count(&plain, "missing-currency")
    );
}

#[test]
fn extend_inherits_and_the_nearer_file_wins() {
    let dir = tree(None, "team/ed.txt");
    std::fs::write(
        dir.path().join("base.toml"),
        "tolerance = 1000\ncurrency = \"EUR\"\n[rules]\nmissing-currency = \"off\"\nmalformed-amount = \"error\"\n",
    )
    .expect("base");
    std::fs::write(
        dir.path().join("team/crossfoot.toml"),
        "extend = \"../base.toml\"\n[rules]\nmalformed-amount = \"info\"\n",
    )
    .expect("child");
    let (r, _) = check_json(dir.path(), &["team/ed.txt"]);
    assert_eq!(count(&r, "missing-currency"), 0, "inherited: off");
    assert!(count(&r, "malformed-amount") > 0);
    assert!(
        r.diagnostics
            .iter()
            .filter(|d| d.code == "malformed-amount")
            .all(|d| d.severity == "info"),
        "the extending file overrides the base"
    );
    // Inherited tolerance: the 589 mismatch foots within 1000, the 130,000 one does not.
    let mismatches: Vec<&Diag> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "total-mismatch")
        .collect();
    assert_eq!(mismatches.len(), 1, "{mismatches:?}");
    assert!(
        mismatches[0].message.contains("130,000"),
        "{}",
        mismatches[0].message
    );
    // Inherited currency code, in messages.
    assert!(
        mismatches[0].message.contains("EUR "),
        "{}",
        mismatches[0].message
    );

    // `crossfoot config` shows the merged result and where it came from.
    let out = crossfoot(dir.path())
        .args(["config", "team/ed.txt"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("which extends") && text.contains("base.toml"),
        "{text}"
    );
    assert!(text.contains("tolerance = 1000\n"), "{text}");
    assert!(text.contains("code = \"EUR\""), "{text}");
    assert!(text.contains("missing-currency = \"off\""), "{text}");
    assert!(text.contains("malformed-amount = \"info\""), "{text}");
    assert!(
        text.contains("total-mismatch = \"error\""),
        "every rule is listed: {text}"
    );
    // What `config` prints is itself a valid configuration.
    std::fs::write(dir.path().join("printed.toml"), &text).expect("write");
    let (again, _) = check_json(dir.path(), &["team/ed.txt", "--config", "printed.toml"]);
    assert_eq!(again.diagnostics.len(), r.diagnostics.len());
}

#[test]
fn config_file_and_isolated_override_discovery() {
    let dir = tree(Some("[rules]\ntotal-mismatch = \"off\"\n"), "ed.txt");
    std::fs::write(
        dir.path().join("other.toml"),
        "[rules]\nmalformed-amount = \"off\"\n",
    )
    .expect("write");
    let (found, _) = check_json(dir.path(), &["ed.txt"]);
    assert_eq!(count(&found, "total-mismatch"), 0);
    let (given, _) = check_json(dir.path(), &["ed.txt", "--config", "other.toml"]);
    assert!(count(&given, "total-mismatch") > 0);
    assert_eq!(count(&given, "malformed-amount"), 0);
    let (isolated, code) = check_json(dir.path(), &["ed.txt", "--isolated"]);
    assert!(count(&isolated, "total-mismatch") > 0 && count(&isolated, "malformed-amount") > 0);
    assert_eq!(code, 1);
    // The command line wins over the configuration.
    let (selected, _) = check_json(dir.path(), &["ed.txt", "--select", "total-mismatch"]);
    assert!(count(&selected, "total-mismatch") > 0);
    assert_eq!(
        selected.diagnostics.len(),
        count(&selected, "total-mismatch")
    );
}

#[test]
fn stdin_filename_finds_the_configuration() {
    let dir = tree(None, "x.txt");
    std::fs::create_dir_all(dir.path().join("quiet")).expect("dir");
    std::fs::write(
        dir.path().join("quiet/crossfoot.toml"),
        "[rules]\ntotal-mismatch = \"off\"\n",
    )
    .expect("write");
    let out = crossfoot(dir.path())
        .args([
            "check",
            "-",
            "--stdin-filename",
            "quiet/ed.txt",
            "--format",
            "json",
        ])
        .write_stdin(std::fs::read(edition()).expect("edition"))
        .output()
        .expect("runs");
    let r: Report = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(count(&r, "total-mismatch"), 0);
    assert!(r.diagnostics.iter().all(|d| d.path == "quiet/ed.txt"));
}

#[test]
fn exclude_skips_files_in_a_walk_only() {
    let dir = tree(Some("exclude = [\"drafts/**\"]\n"), "final/ed.txt");
    std::fs::create_dir_all(dir.path().join("drafts")).expect("dir");
    std::fs::copy(edition(), dir.path().join("drafts/ed.txt")).expect("copy");
    let (walked, _) = check_json(dir.path(), &["."]);
    assert!(!walked.diagnostics.is_empty());
    assert!(
        walked.diagnostics.iter().all(|d| d.path.contains("final")),
        "drafts are skipped"
    );
    // A file named on the command line is always checked.
    let (named, _) = check_json(dir.path(), &["drafts/ed.txt"]);
    assert!(!named.diagnostics.is_empty());
}

/// Runs `check` in a tree with this configuration; returns stderr, asserting exit code 2.
fn bad(config: &str) -> String {
    let dir = tree(Some(config), "ed.txt");
    let out = crossfoot(dir.path())
        .args(["check", "ed.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "a bad config cannot run");
    assert!(out.stdout.is_empty());
    flat(&String::from_utf8(out.stderr).expect("UTF-8"))
}

/// The report with miette's line wrapping undone: gutters dropped, white space collapsed.
fn flat(report: &str) -> String {
    report
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn bad_configurations_exit_2_with_a_pointed_message() {
    let e = bad("tolerance = 0\ntolerence = 5\n");
    assert!(
        e.contains("crossfoot.toml:2:1: unknown field `tolerence`"),
        "{e}"
    );
    assert!(
        e.contains("`tolerance`") && e.contains("`extend`") && e.contains("`rules`"),
        "allowed keys: {e}"
    );

    let e = bad("[rules]\ntotal-mismatch = \"fatal\"\n");
    assert!(e.contains("crossfoot.toml:2:18:"), "{e}");
    assert!(
        e.contains("`error`, `warning`, `info`, `off`"),
        "allowed values: {e}"
    );

    let e = bad("[rules]\ntotal-mismatchh = \"off\"\n");
    assert!(
        e.contains("crossfoot.toml:2:1: unknown rule code `total-mismatchh`"),
        "{e}"
    );
    assert!(e.contains("total-mismatch,"), "known codes: {e}");

    let e = bad("tolerance = \"a lot\"\n");
    assert!(
        e.contains("crossfoot.toml:1:13:") && e.contains("tolerance must be a non-negative amount"),
        "{e}"
    );

    let e = bad("extend = \"missing.toml\"\n");
    assert!(
        e.contains("crossfoot.toml:1:10:") && e.contains("missing.toml"),
        "{e}"
    );

    let e = bad("tolerance = [\n");
    assert!(
        e.contains("crossfoot.toml:"),
        "a TOML syntax error names the file: {e}"
    );
}

#[test]
fn extend_cycles_are_errors() {
    let dir = tree(Some("extend = \"b.toml\"\n"), "ed.txt");
    std::fs::write(dir.path().join("b.toml"), "extend = \"crossfoot.toml\"\n").expect("write");
    let out = crossfoot(dir.path())
        .args(["check", "ed.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let e = flat(&String::from_utf8_lossy(&out.stderr));
    assert!(e.contains("b.toml:1:10:") && e.contains("cycle"), "{e}");
}

#[test]
fn config_without_a_file_prints_the_defaults() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = crossfoot(dir.path())
        .args(["config", "--isolated"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("no crossfoot.toml applies") && text.contains("code = \"USD\""),
        "{text}"
    );
    for rule in crossfoot::rules::RULES {
        assert!(
            text.contains(&format!("{} = \"{}\"", rule.code, rule.severity)),
            "{}",
            rule.code
        );
    }
}

#[test]
fn title_variants_are_reported_at_info_only_when_asked() {
    let titles = |r: &Report, severity: &str| {
        r.diagnostics
            .iter()
            .filter(|d| d.code == "title-mismatch" && d.severity == severity)
            .count()
    };
    let (plain, _) = check_json(tree(None, "ed.txt").path(), &["ed.txt"]);
    assert_eq!(titles(&plain, "warning"), 9);
    assert_eq!(titles(&plain, "info"), 0);
    let dir = tree(Some("[title-mismatch]\nvariants = true\n"), "ed.txt");
    let (r, _) = check_json(dir.path(), &["ed.txt"]);
    assert_eq!(titles(&r, "warning"), 9);
    assert_eq!(titles(&r, "info"), 10);
    assert!(
        r.diagnostics
            .iter()
            .filter(|d| d.code == "title-mismatch" && d.severity == "info")
            .all(|d| d.message.contains("they differ only by")),
        "{:#?}",
        r.diagnostics
    );
    // `crossfoot config` shows the setting.
    let out = crossfoot(dir.path())
        .args(["config", "ed.txt"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).contains("[title-mismatch]\n"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("variants = true"));
}

#[test]
fn ignore_entries_accept_findings_by_section_path_and_rule() {
    let config = r#"
[[ignore]]
section = "Azerbaijan"
rules = ["total-mismatch"]
reason = "misprint in the printed edition"

[[ignore]]
path = "editions/*.txt"
rules = ["title-mismatch"]

[[ignore]]
path = "drafts/**"
reason = "drafts are not checked here"

[[ignore]]
section = "Narnia"
reason = "no such section"
"#;
    let (plain, _) = check_json(tree(None, "editions/ed.txt").path(), &["editions/ed.txt"]);
    let dir = tree(Some(config), "editions/ed.txt");
    let (r, _) = check_json(dir.path(), &["editions/ed.txt"]);
    let azerbaijan = |r: &Report| {
        r.diagnostics
            .iter()
            .filter(|d| d.code == "total-mismatch" && d.message.contains("Azerbaijan"))
            .count()
    };
    assert_eq!(azerbaijan(&plain), 1);
    assert_eq!(azerbaijan(&r), 0);
    assert!(count(&plain, "title-mismatch") > 0);
    assert_eq!(count(&r, "title-mismatch"), 0);
    // The Narnia entry applied and accepted nothing; the drafts entry named no checked file.
    let unused: Vec<&Diag> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "unused-suppression")
        .collect();
    assert_eq!(unused.len(), 1, "{unused:#?}");
    assert!(unused[0].path.ends_with("crossfoot.toml"));
    assert!(
        unused[0].message.contains("section \"Narnia\"")
            && unused[0].message.contains("no such section"),
        "{}",
        unused[0].message
    );
    let others = r.diagnostics.len() - 1;
    assert_eq!(
        others,
        plain.diagnostics.len() - 1 - count(&plain, "title-mismatch")
    );
    // `crossfoot config` lists them, and its output is itself a valid configuration.
    let out = crossfoot(dir.path())
        .args(["config", "editions/ed.txt"])
        .output()
        .expect("runs");
    let listed = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(listed.matches("[[ignore]]").count(), 4, "{listed}");
    assert!(listed.contains("reason = \"misprint in the printed edition\""));
    std::fs::write(dir.path().join("crossfoot.toml"), &listed).expect("write");
    let (again, _) = check_json(dir.path(), &["editions/ed.txt"]);
    assert_eq!(again.diagnostics.len(), r.diagnostics.len());
}

#[test]
fn an_ignore_without_section_or_path_is_refused() {
    let msg = bad("[[ignore]]\nrules = [\"total-mismatch\"]\n");
    assert!(msg.contains("needs a `section` or a `path`"), "{msg}");
    let msg = bad("[[ignore]]\nsection = \"Fiji\"\nrules = [\"no-such-rule\"]\n");
    assert!(msg.contains("unknown rule code `no-such-rule`"), "{msg}");
}

/// A chain of `extend` holds at most 32 files (the first included): 32 are read, 33 stop
/// crossfoot with the limit named in the message and the help.
#[test]
fn extend_chains_at_most_32_files() {
    for (files, code) in [(32, 1), (33, 2)] {
        let dir = tree(Some("extend = \"c1.toml\"\n"), "ed.txt");
        for i in 1..files {
            let body = if i + 1 < files {
                format!("extend = \"c{}.toml\"\n", i + 1)
            } else {
                "tolerance = 0\n".to_string()
            };
            std::fs::write(dir.path().join(format!("c{i}.toml")), body).expect("write");
        }
        let out = crossfoot(dir.path())
            .args(["check", "ed.txt"])
            .output()
            .expect("runs");
        let e = flat(&String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.status.code(), Some(code), "{files} files: {e}");
        if code == 2 {
            assert!(
                e.contains("`extend` chains more than 32 files") && e.contains("at most 32 files"),
                "{e}"
            );
        }
    }
}

/// A directory named `crossfoot.toml` where discovery looks is a configuration error naming
/// it, not a file skipped in silence; `--isolated` still runs.
#[test]
fn a_directory_named_crossfoot_toml_is_an_error() {
    let dir = tree(None, "editions/ed.txt");
    std::fs::create_dir(dir.path().join("crossfoot.toml")).expect("mkdir");
    for args in [&["check", "editions/ed.txt"][..], &["check", "editions"]] {
        let out = crossfoot(dir.path()).args(args).output().expect("runs");
        let e = flat(&String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.status.code(), Some(2), "{e}");
        assert!(
            e.contains("crossfoot.toml is a directory, not a configuration file"),
            "{e}"
        );
    }
    let out = crossfoot(dir.path())
        .args(["check", "--isolated", "editions/ed.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
}
