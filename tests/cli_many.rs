//! Many files: 200 copies of the reference edition checked as a directory (in parallel) give
//! exactly the output of checking them one by one, in a deterministic order.

use std::path::Path;

use assert_cmd::Command;

const COPIES: usize = 200;

fn crossfoot(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("crossfoot").expect("the binary is built");
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

fn copies(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let edition = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/editions/migration-initiatives-2008.txt");
    let text = std::fs::read(edition).expect("edition");
    std::fs::create_dir(dir.path().join("editions")).expect("dir");
    for i in 0..n {
        std::fs::write(dir.path().join(format!("editions/copy-{i:03}.txt")), &text)
            .expect("write copy");
    }
    dir
}

#[test]
fn a_directory_gives_the_output_of_its_files_one_by_one() {
    let dir = copies(COPIES);
    // One format is enough here (200 runs one by one are the slow part); the others are
    // compared run against run below.
    let all = crossfoot(dir.path())
        .args(["check", "editions", "--format", "concise"])
        .output()
        .expect("runs");
    assert_eq!(all.status.code(), Some(1));
    assert!(
        all.stderr.is_empty(),
        "no progress bar when stderr is not a terminal"
    );
    let mut one_by_one = Vec::new();
    for i in 0..COPIES {
        let out = crossfoot(dir.path())
            .args([
                "check",
                &format!("editions/copy-{i:03}.txt"),
                "--format",
                "concise",
            ])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        one_by_one.extend(out.stdout);
    }
    assert_eq!(
        String::from_utf8(all.stdout).expect("UTF-8"),
        String::from_utf8(one_by_one).expect("UTF-8")
    );
}

#[test]
fn repeated_runs_give_identical_reports() {
    // Fewer copies: the point is that thread timing never shows in the output.
    let n = 24;
    let dir = copies(n);
    let run = |format: &str| {
        crossfoot(dir.path())
            .args(["check", "editions", "--format", format])
            .output()
            .expect("runs")
            .stdout
    };
    for format in ["human", "json-lines", "sarif", "junit"] {
        assert_eq!(run(format), run(format), "{format}");
    }
    let human = String::from_utf8(run("human")).expect("UTF-8");
    let counts = human.lines().rev().nth(1).unwrap_or("");
    assert!(counts.contains(&format!(" in {n} files: ")), "{counts}");
}

/// A README in a directory of appeals is not an appeal: a walked file with no amount and no
/// declared total is left out (and `--verbose` says so), while a named one is checked.
#[test]
fn a_walked_file_with_no_amount_is_skipped() {
    let dir = copies(1);
    std::fs::write(
        dir.path().join("editions/README.txt"),
        "Editions of the appeal, one file a year.\n",
    )
    .expect("write");
    let out = crossfoot(dir.path())
        .args(["check", "editions", "--format", "concise", "--verbose"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("README"), "{stdout}");
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("editions/README.txt: skipped: no amount and no declared total")
    );
    assert_eq!(out.status.code(), Some(1), "the edition's own errors");
    // Named, it is checked, and says it was not read.
    let out = crossfoot(dir.path())
        .args(["check", "editions/README.txt", "--format", "concise"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).contains("error[no-sections]"));
    assert_eq!(out.status.code(), Some(1));
}

/// A directory with nothing to check is never a pass: exit 2, saying so.
#[test]
fn a_directory_without_an_appeal_exits_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("empty")).expect("dir");
    std::fs::create_dir(dir.path().join("notes")).expect("dir");
    std::fs::write(dir.path().join("notes/README.txt"), "Nothing here yet.\n").expect("write");
    for (sub, said) in [
        ("empty", "nothing to check in empty"),
        (
            "notes",
            "1 file(s) with no amount and no declared total skipped",
        ),
    ] {
        let out = crossfoot(dir.path())
            .args(["check", sub])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{sub}");
        // miette wraps the message: join its lines again.
        let err = String::from_utf8_lossy(&out.stderr).replace(['\n', '│'], " ");
        let err = err.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(err.contains(said), "{sub}: {err}");
    }
}

/// Forty good files and one that is binary (NUL bytes): the forty are reported, the forty-first
/// is an `unreadable-file` finding in its place, and the run exits 2 at the end.
/// Forty editions and one file saved as Latin-1: all forty-one are checked, the Latin-1 one
/// read as Windows-1252 with `legacy-encoding` in its place, its groups checked like the others.
#[test]
fn forty_files_and_a_latin1_file_are_all_checked() {
    let dir = copies(40);
    let edition = std::fs::read_to_string(dir.path().join("editions/copy-020.txt")).expect("read");
    let latin1: Vec<u8> = edition
        .chars()
        .map(|c| match c {
            '–' => 0x96,
            '’' => 0x92,
            '•' => 0x95,
            c => u8::try_from(u32::from(c)).unwrap_or(b'?'),
        })
        .collect();
    std::fs::write(dir.path().join("editions/copy-020x.txt"), &latin1).expect("write");
    let out = crossfoot(dir.path())
        .args(["check", "editions", "--format", "json"])
        .output()
        .expect("runs");
    // The editions have errors of their own: exit 1, not 2 (every file was read).
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let diags = json["diagnostics"].as_array().expect("diagnostics");
    let of = |name: &str| -> Vec<(String, u64)> {
        diags
            .iter()
            .filter(|d| d["path"].as_str().is_some_and(|p| p.ends_with(name)))
            .map(|d| {
                (
                    d["code"].as_str().unwrap_or_default().to_string(),
                    d["line"].as_u64().unwrap_or_default(),
                )
            })
            .collect()
    };
    let paths: std::collections::BTreeSet<&str> =
        diags.iter().filter_map(|d| d["path"].as_str()).collect();
    assert_eq!(paths.len(), 41, "every file has its findings");
    let mut latin = of("copy-020x.txt");
    assert_eq!(latin.first(), Some(&("legacy-encoding".to_string(), 1)));
    latin.remove(0);
    let utf8 = of("copy-020.txt");
    // The same findings as the UTF-8 copy, but for characters Windows-1252 does not have.
    let total = |v: &[(String, u64)]| v.iter().filter(|d| d.0 == "total-mismatch").count();
    assert_eq!(total(&latin), total(&utf8), "{latin:?}");
    assert!(total(&utf8) > 0);
}

#[test]
fn one_unreadable_file_does_not_hide_the_others() {
    let dir = copies(40);
    std::fs::write(
        dir.path().join("editions/copy-020x.txt"),
        b"Caf\xe9 project \x96 USD 1,000\n\0\0",
    )
    .expect("write");
    let out = crossfoot(dir.path())
        .args(["check", "editions", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let diags = json["diagnostics"].as_array().expect("diagnostics");
    let paths: std::collections::BTreeSet<&str> =
        diags.iter().filter_map(|d| d["path"].as_str()).collect();
    assert_eq!(paths.len(), 41, "every file has its findings");
    let unread: Vec<&serde_json::Value> = diags
        .iter()
        .filter(|d| d["code"] == "unreadable-file")
        .collect();
    assert_eq!(unread.len(), 1);
    assert!(
        unread[0]["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("copy-020x.txt"))
    );
    assert!(
        unread[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("binary"))
    );
    // In its place: between copy-020 and copy-021.
    let order: Vec<&str> = diags.iter().filter_map(|d| d["path"].as_str()).collect();
    let at = order
        .iter()
        .position(|p| p.ends_with("copy-020x.txt"))
        .expect("listed");
    assert!(order[at - 1].ends_with("copy-020.txt") && order[at + 1].ends_with("copy-021.txt"));
}

/// A directory walk follows symlinks, to files and to directories (as `rg --follow`): a linked
/// edition is checked under the link's path. A link back to an ancestor (a loop) and a broken
/// link are said on standard error, not skipped in silence, and the walk goes on.
#[cfg(unix)]
#[test]
fn a_walk_follows_symlinks_and_says_what_it_skips() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/rules/total-mismatch/fail.txt");
    let root = dir.path();
    std::fs::create_dir_all(root.join("editions/sub")).expect("dirs");
    std::fs::create_dir_all(root.join("elsewhere")).expect("dirs");
    std::fs::copy(&fixture, root.join("editions/a.txt")).expect("copy");
    std::fs::copy(&fixture, root.join("elsewhere/b.txt")).expect("copy");
    symlink("a.txt", root.join("editions/linked.txt")).expect("file link");
    symlink("../elsewhere", root.join("editions/more")).expect("directory link");
    symlink("..", root.join("editions/sub/up")).expect("loop");
    symlink("nowhere.txt", root.join("editions/broken.txt")).expect("broken link");
    let out = crossfoot(root)
        .args(["check", "editions", "--format", "json"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut paths: Vec<&str> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["path"].as_str().expect("path"))
        .collect();
    paths.dedup();
    assert_eq!(
        paths,
        [
            "editions/a.txt",
            "editions/linked.txt",
            "editions/more/b.txt"
        ],
        "{stderr}"
    );
    assert!(stderr.contains("editions: skipped:"), "{stderr}");
    assert!(stderr.contains("loop"), "{stderr}");
    assert!(stderr.contains("broken.txt"), "{stderr}");
}

/// A walk checks text and Markdown files whatever the case of their extension ("ED.TXT",
/// "appeal.MD"), and a Markdown README without amounts in the tree is skipped, not an error.
#[test]
fn a_walk_checks_upper_case_extensions_and_markdown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    std::fs::copy(
        fixtures.join("rules/learned-total/pass.txt"),
        dir.path().join("ED.TXT"),
    )
    .expect("copy");
    std::fs::copy(
        fixtures.join("layouts/markdown-appeal.md"),
        dir.path().join("appeal.MD"),
    )
    .expect("copy");
    std::fs::write(
        dir.path().join("README.md"),
        "# Editions\n\nOne file a year.\n",
    )
    .expect("write");
    let out = crossfoot(dir.path())
        .args(["check", ".", "--format", "json"])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let paths: std::collections::BTreeSet<&str> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["path"].as_str())
        .collect();
    // ED.TXT foots (no finding); the Markdown appeal has its findings; the README none.
    assert!(paths.iter().any(|p| p.ends_with("appeal.MD")), "{paths:?}");
    assert!(!paths.iter().any(|p| p.contains("README")), "{paths:?}");
    let verbose = crossfoot(dir.path())
        .args(["check", ".", "--verbose", "--format", "concise"])
        .output()
        .expect("runs");
    let listing = String::from_utf8_lossy(&verbose.stderr);
    assert!(
        listing.contains("ED.TXT: 3 declared figures read"),
        "ED.TXT is read: {listing}"
    );
    assert!(
        listing.contains("README.md: skipped: no amount"),
        "{listing}"
    );
}
