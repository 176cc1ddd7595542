//! Bad input: empty, binary and non-UTF-8 files, a 100 MB line, figures beyond what `Decimal`
//! holds, ten thousand totals with nothing listed, runs of glyphs and dashes. crossfoot never
//! panics on them and finishes in time linear in their size; these tests run in debug builds
//! in CI, so each input is built in memory and each check has a time limit far above a linear
//! run and far below a quadratic one.

use std::fmt::Write as _;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use crossfoot::{Checked, Settings, Source};
use predicates::prelude::*;

/// Checks `text` on another thread and fails if that takes longer than `limit`: a test of
/// bounded time must fail, not hang CI.
fn check_within(limit: Duration, what: &str, text: String) -> Checked {
    let (tx, rx) = mpsc::channel();
    let started = Instant::now();
    std::thread::spawn(move || {
        let checked = crossfoot::check(Source::new("input.txt", text), &Settings::default());
        // The receiver is gone only when the test has already failed.
        let _ = tx.send(checked);
    });
    match rx.recv_timeout(limit) {
        Ok(checked) => checked,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: no result after {limit:?}: time grows faster than the input")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            panic!("{what}: the check panicked after {:?}", started.elapsed())
        }
    }
}

/// Codes of the findings, with how often each occurs, sorted by code.
fn codes(checked: &Checked) -> Vec<(&'static str, usize)> {
    let mut out: Vec<(&'static str, usize)> = Vec::new();
    let mut all: Vec<&'static str> = checked.diagnostics.iter().map(|d| d.code).collect();
    all.sort_unstable();
    for code in all {
        match out.last_mut() {
            Some((c, n)) if *c == code => *n += 1,
            _ => out.push((code, 1)),
        }
    }
    out
}

fn line_of(checked: &Checked, d: &crossfoot::Diagnostic) -> usize {
    checked.source.line_col(d.span.start).line
}

/// A name made of letters only, distinct for every `k` (a digit would end a name).
fn letters(mut k: usize) -> String {
    let mut out = String::from("Land");
    loop {
        out.push(char::from(b'a' + u8::try_from(k % 26).expect("below 26")));
        k /= 26;
        if k == 0 {
            return out;
        }
    }
}

fn crossfoot() -> Command {
    Command::cargo_bin("crossfoot").expect("the binary is built")
}

const LIMIT: Duration = Duration::from_secs(20);

// ---------------------------------------------------------------- files through the CLI

#[test]
fn empty_file_is_a_no_sections_error_and_exit_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("empty.txt");
    std::fs::write(&path, "").expect("write");
    let out = crossfoot()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    let diags = json["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0]["code"], "no-sections");
    assert_eq!(diags[0]["severity"], "error");
    assert_eq!(diags[0]["line"], 1);
    // The human format too: nothing was checked, which fails the run.
    crossfoot().arg("check").arg(&path).assert().code(1).stdout(
        predicate::str::contains("no-sections").and(predicate::str::contains("the file is empty")),
    );
}

#[test]
fn empty_text_through_the_library() {
    let checked = check_within(LIMIT, "empty text", String::new());
    assert_eq!(codes(&checked), [("no-sections", 1)]);
    // White space only, and a BOM only, are empty too.
    for text in ["\n\n\r\n  \t", "\u{feff}"] {
        let checked = check_within(LIMIT, "blank text", text.to_string());
        assert_eq!(codes(&checked), [("no-sections", 1)], "{text:?}");
    }
}

#[test]
fn binary_file_exits_2_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("appeal.txt");
    // A PNG header: its first NUL byte is at offset 8.
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").expect("write");
    // Reported in its place, as an `unreadable-file` finding; the run exits 2.
    crossfoot()
        .args(["check", "--format", "concise"])
        .arg(&path)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("error[unreadable-file]"))
        .stdout(predicate::str::contains("appeal.txt"))
        .stdout(predicate::str::contains("binary"))
        .stdout(predicate::str::contains("offset 8"));
}

/// A file that is not UTF-8 is read, each byte that is not UTF-8 as Windows-1252, and
/// `legacy-encoding` says so once; its groups are checked (here one that foots), in every format and
/// on standard input.
#[test]
fn legacy_encoding_is_read_as_windows_1252_and_said() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("latin1.txt");
    // "é" in Windows-1252 is the single byte 0xE9, invalid in UTF-8; "–" is 0x96 there, and
    // the first line's "–" is valid UTF-8 and stays as it is.
    let mut bytes = "Projet – USD 1,000\n\nTotal funding requirements for Caf"
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(b"\xe9 \x96 USD 1,000\n");
    std::fs::write(&path, &bytes).expect("write");
    for format in ["human", "json"] {
        crossfoot()
            .args(["check", "--format", format])
            .arg(&path)
            .assert()
            .code(0)
            .stdout(predicate::str::contains("legacy-encoding"))
            .stdout(predicate::str::contains("read as windows-1252"))
            .stdout(predicate::str::contains("total-mismatch").not())
            .stdout(predicate::str::contains("no-sections").not());
    }
    crossfoot()
        .args(["check", "-", "--format", "concise"])
        .write_stdin(bytes)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("-:1:1: warning[legacy-encoding]"));
}

/// UTF-16 with a byte-order mark (as Windows tools save "Unicode" text) is read: its findings
/// are those of the same text in UTF-8, and `fix` does not write it back (it writes UTF-8 only),
/// exiting 2 with the file untouched.
#[test]
fn utf16_with_a_bom_is_read_and_not_written_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "Fiji\n\n• Projet – USD 1,000\n• Projet deux – USD 500\n\nTotal funding requirements for Fiji – USD 1,000\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let findings = |path: &std::path::Path| {
        let out = crossfoot()
            .args(["check", "--format", "json"])
            .arg(path)
            .output()
            .expect("runs");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let found: Vec<(String, u64)> = json["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap_or_default().to_string(),
                    d["line"].as_u64().unwrap_or_default(),
                )
            })
            .collect();
        (out.status.code(), found)
    };
    let utf8 = dir.path().join("utf8.txt");
    std::fs::write(&utf8, text).expect("write");
    let want = findings(&utf8);
    assert_eq!(want.1, vec![("total-mismatch".to_string(), 6)]);
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).expect("write");
        assert_eq!(findings(&path), want, "{name}");
        let out = crossfoot()
            .args(["fix", "--unsafe-fixes"])
            .arg(&path)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("not UTF-8: not fixed"), "{stderr}");
        assert_eq!(
            std::fs::read(&path).expect("read"),
            bytes,
            "{name} untouched"
        );
    }
    let err =
        crossfoot::decode("x.txt", vec![0xFF, 0xFE, 0, 0, b'a', 0, 0, 0]).expect_err("UTF-32");
    assert!(
        matches!(
            err,
            crossfoot::Error::WideText {
                encoding: "UTF-32",
                byte_order: "little-endian",
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn decode_reads_latin1_as_windows_1252_and_refuses_nul() {
    let decoded = crossfoot::decode("x.txt", b"Caf\xe9 \x96 USD 1,000".to_vec()).expect("text");
    assert_eq!(decoded.text, "Café – USD 1,000");
    assert_eq!(decoded.encoding, Some("windows-1252"));
    let err = crossfoot::decode("x.txt", b"ab\xff\0".to_vec()).expect_err("binary");
    assert!(
        matches!(err, crossfoot::Error::Binary { offset: 3, .. }),
        "{err:?}"
    );
    let empty = crossfoot::decode("x.txt", Vec::new()).expect("empty is text");
    assert_eq!((empty.text.as_str(), empty.encoding), ("", None));
    let bom = crossfoot::decode("x.txt", "\u{feff}Fiji".as_bytes().to_vec()).expect("text");
    assert_eq!((bom.text.as_str(), bom.encoding), ("\u{feff}Fiji", None));
}

// ---------------------------------------------------------------- size

/// 100 MB on one line, of prose with nothing the grammar looks for: the scan finds no
/// candidate, and the check ends with `no-sections`.
#[test]
fn hundred_mb_single_line_of_prose() {
    let unit = "migrants and their families in the region of origin and of destination, ";
    let text = unit.repeat(100_000_000 / unit.len() + 1);
    assert!(text.len() >= 100_000_000 && !text.contains('\n'));
    let checked = check_within(LIMIT, "100 MB line of prose", text);
    assert_eq!(codes(&checked), [("no-sections", 1)]);
}

/// The reference edition's text with its line breaks turned to spaces, repeated to `bytes`:
/// one line full of dashes, glyphs, amounts and total statements (none of them at the start
/// of a line, so no section is found).
fn edition_on_one_line(bytes: usize) -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/editions/migration-initiatives-2008.txt"
    );
    let edition = std::fs::read_to_string(path)
        .expect("edition")
        .replace(['\n', '\r'], " ");
    let mut text = edition.repeat(bytes / edition.len() + 1);
    text.truncate(text.floor_char_boundary(bytes));
    text
}

/// An 8 MB line of the edition's text: every anchor on it must be read in time independent of
/// how far the line's start lies behind it.
#[test]
fn long_line_of_edition_text_is_linear() {
    let small = edition_on_one_line(1_000_000);
    let big = edition_on_one_line(8_000_000);
    let t = Instant::now();
    let a = check_within(LIMIT, "1 MB line", small);
    let t_small = t.elapsed();
    let t = Instant::now();
    let b = check_within(LIMIT, "8 MB line", big);
    let t_big = t.elapsed();
    assert_eq!(a.document.sections.len(), 0);
    assert_eq!(b.document.sections.len(), 0);
    // Linear: about 8 times as long. Quadratic: about 64 times.
    assert!(
        t_big < t_small * 24 + Duration::from_millis(200),
        "1 MB took {t_small:?}, 8 MB took {t_big:?}"
    );
}

/// The same at 100 MB. Built in memory; under a second in a release build, about 11 s in a
/// debug one, so that `cargo test` (and CI) runs it too.
#[test]
fn hundred_mb_single_line_of_edition_text() {
    let text = edition_on_one_line(100_000_000);
    let checked = check_within(Duration::from_mins(2), "100 MB line of edition text", text);
    assert_eq!(checked.document.sections.len(), 0);
}

// ---------------------------------------------------------------- output of long lines

/// Runs the CLI on `path` with `args` and fails if it takes longer than `limit`: a test of
/// bounded time must fail, not hang CI. Returns the output and how long it took.
fn run_within(
    limit: Duration,
    path: &std::path::Path,
    args: &[&str],
) -> (std::process::Output, Duration) {
    let started = Instant::now();
    let out = crossfoot()
        .args(args)
        .arg("--isolated")
        .arg(path)
        .timeout(limit)
        .output()
        .expect("runs");
    let took = started.elapsed();
    assert!(
        took < limit,
        "crossfoot {args:?} on {}: no result after {limit:?}: time grows faster than the input",
        path.display()
    );
    (out, took)
}

/// `bytes` on one line: the edition's text with its line breaks turned to spaces, then `– USD `
/// (a currency promising a figure that never comes, one `unreadable-amount` each) for the last
/// 8% of the bytes. Every finding lies far into the line, where counting a column from the
/// line's start costs most.
fn one_line_with_findings_at_its_end(bytes: usize) -> String {
    let dense = bytes * 8 / 100;
    // One section on the lines before, so that the document counts as read and every finding
    // of the long line is reported (a document with no declared figure gets one finding only).
    let mut text = String::from("A – USD 1•\t\nTotal funding requirements for Fiji – USD 1\n");
    text.push_str(&edition_on_one_line(bytes - dense));
    text.push_str(&"– USD ".repeat(dense / "– USD ".len()));
    text
}

/// The human format on a 1 MB line: each excerpt is a window of the line around its finding,
/// and each header gives the finding's true line and column (those of the JSON report). Before,
/// miette panicked on an underline wider than 65,535 columns (exit 101, nothing printed), after
/// copying the whole line into every excerpt.
#[test]
fn human_output_of_a_1_mb_line_shows_a_window_at_the_true_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("one-line.txt");
    // One section first, so that the document counts as read and the long line's findings
    // (its amounts and promises of amounts) are all reported.
    let text = format!(
        "A – USD 1•\t\nTotal funding requirements for Fiji – USD 1\n{}",
        edition_on_one_line(1_000_000)
    );
    std::fs::write(&path, text).expect("write");
    let limit = Duration::from_mins(1);
    let (json, _) = run_within(limit, &path, &["check", "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON output");
    let want: Vec<(u64, u64)> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().expect("line"),
                d["column"].as_u64().expect("column"),
            )
        })
        .collect();
    assert!(
        want.iter().any(|&(_, c)| c > 900_000),
        "findings far into the line"
    );
    let (human, _) = run_within(limit, &path, &["check", "--color", "never"]);
    let stderr = String::from_utf8_lossy(&human.stderr);
    assert_eq!(human.status.code(), Some(1), "stderr: {stderr}");
    let out = String::from_utf8(human.stdout).expect("UTF-8 output");
    let name = path.display().to_string();
    let headers: Vec<(u64, u64)> = out
        .lines()
        .filter_map(|l| {
            l.split_once(&format!("[{name}:"))?
                .1
                .strip_suffix(']')
                .map(str::to_string)
        })
        .map(|at| {
            let (line, column) = at.split_once(':').expect("line:column");
            (line.parse().expect("line"), column.parse().expect("column"))
        })
        .collect();
    assert_eq!(headers, want, "headers of the human output");
    // Every excerpt line is a window (120 characters and an ellipsis either side; miette widens
    // each tab to the next stop), never the line.
    let widest = out
        .lines()
        .filter_map(|l| l.split_once(" │ ").map(|(_, text)| text.chars().count()))
        .max()
        .expect("excerpts");
    assert!(widest < 200, "an excerpt line of {widest} characters");
    assert!(out.contains(" 3 │ …"), "the windows start with an ellipsis");
    // Linear in the findings: under 4 KB per finding, not a copy of the line in each.
    assert!(
        out.len() < want.len() * 4096,
        "{} bytes of output",
        out.len()
    );
}

/// Every output format on a 5 MB line with about 50,000 findings far into it, and every report
/// format: each within a hang guard of a minute (the check itself takes about a second in a
/// debug build), and linear: ten times the input takes less than 25 times as long (linear is
/// about 10, counting each column from the line's start about 50). Before, the emitters counted
/// characters from the line's start for every span: 68 s as JSON for a 2.67 MB line.
#[test]
fn every_format_on_a_5_mb_line_is_linear() {
    let dir = tempfile::tempdir().expect("temp dir");
    let small = dir.path().join("half-mb.txt");
    let big = dir.path().join("five-mb.txt");
    std::fs::write(&small, one_line_with_findings_at_its_end(500_000)).expect("write");
    std::fs::write(&big, one_line_with_findings_at_its_end(5_000_000)).expect("write");
    let limit = Duration::from_mins(1);
    let mut runs: Vec<(Vec<&str>, i32)> = [
        "human",
        "concise",
        "grouped",
        "json",
        "json-lines",
        "sarif",
        "github",
        "gitlab",
        "junit",
    ]
    .into_iter()
    .map(|f| (vec!["check", "--format", f], 1))
    .collect();
    runs.extend(
        ["table", "csv", "json", "markdown", "html"]
            .into_iter()
            .map(|f| (vec!["report", "--format", f], 0)),
    );
    let mut slow = Vec::new();
    for (args, code) in runs {
        let (out_small, t_small) = run_within(limit, &small, &args);
        let (out_big, t_big) = run_within(limit, &big, &args);
        for out in [&out_small, &out_big] {
            assert_eq!(
                out.status.code(),
                Some(code),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(!out.stdout.is_empty(), "{args:?}: no output");
        }
        if t_big > t_small * 25 + Duration::from_millis(300) {
            slow.push(format!(
                "{args:?}: 0.5 MB took {t_small:?}, 5 MB took {t_big:?}"
            ));
        }
    }
    assert!(slow.is_empty(), "not linear:\n{}", slow.join("\n"));
}

// ---------------------------------------------------------------- figures

/// A figure of 32 digits is more than `Decimal` holds (about 7.9e28): it is reported as
/// unreadable and left out of the sum, never parsed into a wrong value or a panic.
#[test]
fn amount_beyond_decimal_is_unreadable() {
    let text = "Support to returnees – USD 99999999999999999999999999999999\n\
                Training of border officials – USD 1,000\n\
                Total funding requirements for Narnia – USD 1,000\n"
        .to_string();
    let checked = check_within(LIMIT, "huge figure", text);
    let found: Vec<_> = checked
        .diagnostics
        .iter()
        .map(|d| (d.code, line_of(&checked, d)))
        .collect();
    assert_eq!(
        found,
        [("unreadable-amount", 1)],
        "{:#?}",
        checked.diagnostics
    );
    let section = &checked.document.sections[0];
    assert_eq!(section.listed_sum(), rust_decimal::Decimal::from(1000));
    // Grouped, and as the declared total.
    let text = "Support to returnees – USD 1,000\n\
                Total funding requirements for Narnia – USD 99,999,999,999,999,999,999,999,999,999,999\n"
        .to_string();
    let checked = check_within(LIMIT, "huge total", text);
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.code == "unreadable-amount" && line_of(&checked, d) == 2),
        "{:#?}",
        checked.diagnostics
    );
}

/// The largest figures that are read (27 digits) in numbers large enough that their sum
/// exceeds what `Decimal` holds: sums saturate or are reported, they never overflow.
fn many_huge_amounts(n: usize) -> String {
    let mut text = String::new();
    for i in 0..n {
        let _ = writeln!(
            text,
            "Project {} – USD 999,999,999,999,999,999,999,999,999",
            letters(i)
        );
    }
    text
}

#[test]
fn sum_beyond_decimal_in_a_section_does_not_panic() {
    let mut text = many_huge_amounts(100);
    text.push_str("Total funding requirements for Narnia – USD 1,000\n");
    let checked = check_within(LIMIT, "section summing beyond Decimal::MAX", text);
    assert_eq!(checked.document.sections.len(), 1);
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.code == "total-mismatch")
    );
}

#[test]
fn sum_beyond_decimal_after_the_last_total_does_not_panic() {
    // More amounts in the section than after it, so the document counts as read and
    // `missing-total` (not `no-sections`) sums the trailing ones.
    let mut text = "Small project – USD 1•\t\n".repeat(101);
    text.push_str("Total funding requirements for Narnia – USD 101\n");
    text.push_str(&many_huge_amounts(100));
    let checked = check_within(LIMIT, "trailing bullets summing beyond Decimal::MAX", text);
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.code == "missing-total")
    );
}

// ---------------------------------------------------------------- many and repeated

/// Ten thousand total statements with nothing listed: ten thousand sections, one
/// `empty-section` each, and nothing else.
#[test]
fn ten_thousand_totals_with_no_bullets() {
    let mut text = String::from("Introduction.\n\n");
    for i in 0..10_000 {
        let _ = write!(
            text,
            "Total funding requirements for {} – USD 1,000\n\n",
            letters(i)
        );
    }
    let checked = check_within(LIMIT, "10,000 totals", text);
    assert_eq!(checked.document.sections.len(), 10_000);
    assert_eq!(codes(&checked), [("empty-section", 10_000)]);
    // Each finding is on its own statement's line.
    for (i, d) in checked.diagnostics.iter().enumerate() {
        assert_eq!(line_of(&checked, d), 3 + 2 * i);
    }
}

/// A million bullet glyphs on one line: no bullet, no finding but `no-sections`.
#[test]
fn a_million_glyphs_on_one_line() {
    let checked = check_within(LIMIT, "•×1e6", "•".repeat(1_000_000));
    assert_eq!(codes(&checked), [("no-sections", 1)]);
}

/// A million glyphs on lines of their own (with a tab, as extracted) take the same path line by
/// line.
#[test]
fn a_million_glyph_lines() {
    let checked = check_within(LIMIT, "•\\t\\n×1e6", "•\t\n".repeat(1_000_000));
    assert_eq!(codes(&checked), [("no-sections", 1)]);
}

/// "– USD " a hundred thousand times on one line: each is a promise of a figure that never
/// comes. One `unreadable-amount` each, in linear time. (A total statement follows, so that
/// the document counts as read and its other findings are reported beside `no-sections`'s
/// absence.)
#[test]
fn a_hundred_thousand_dashes_and_currencies_on_one_line() {
    let text = "– USD ".repeat(100_000) + "\nTotal funding requirements for Fiji – USD 1\n";
    let checked = check_within(LIMIT, "'– USD '×1e5", text);
    let counted = codes(&checked);
    assert!(
        counted.contains(&("unreadable-amount", 100_000)),
        "{counted:?}"
    );
    // Alone, the same line is a document with no declared figure: one finding says so.
    let checked = check_within(LIMIT, "'– USD '×1e5", "– USD ".repeat(100_000));
    assert_eq!(codes(&checked), [("no-sections", 1)]);
}

/// The same, one per line.
#[test]
fn a_hundred_thousand_dashes_and_currencies_on_lines_of_their_own() {
    let text = "– USD \n".repeat(100_000) + "Total funding requirements for Fiji – USD 1\n";
    let checked = check_within(LIMIT, "'– USD \\n'×1e5", text);
    let counted = codes(&checked);
    assert!(
        counted.contains(&("unreadable-amount", 100_000)),
        "{counted:?}"
    );
}

/// Runs of dashes, hyphens, currencies and digits with nothing sensible between them.
#[test]
fn runs_of_dashes_hyphens_and_digits() {
    for (what, text) in [
        ("en dashes", "–".repeat(300_000)),
        ("em dashes", "—".repeat(300_000)),
        ("spaced hyphens", " -".repeat(300_000)),
        ("currencies", "USD ".repeat(200_000)),
        ("digit groups", format!("– USD {}", "1,".repeat(300_000))),
        ("digits", format!("– USD {}", "9".repeat(1_000_000))),
        (
            "spaced digit groups",
            format!("– USD 1{}", " 000".repeat(200_000)),
        ),
        (
            "open parentheses",
            format!("Project – USD 1,000 {}", "(".repeat(1_000_000)),
        ),
    ] {
        let checked = check_within(LIMIT, what, text);
        assert!(
            codes(&checked).contains(&("no-sections", 1)),
            "{what}: {:?}",
            codes(&checked)
        );
    }
}

/// "Total" a hundred thousand times, each at the start of its line, none a statement: the
/// candidates are tried and dropped.
#[test]
fn a_hundred_thousand_lines_starting_with_total() {
    let checked = check_within(LIMIT, "total lines", "Total of 55 people\n".repeat(100_000));
    assert_eq!(codes(&checked), [("no-sections", 1)]);
}

/// Statements cut short: "Total funding requirements for" with no name and no amount, many
/// times. Each is at most one finding, read in linear time.
#[test]
fn a_hundred_thousand_statements_without_amount() {
    let text = "Total funding requirements for\n\n\n\n\n\n".repeat(100_000);
    let checked = check_within(LIMIT, "statements without amount", text);
    assert!(
        checked.diagnostics.len() <= 100_001,
        "{:?}",
        codes(&checked)
    );
}

// ---------------------------------------------------------------- regressions

fn assert_span(text: &str, span: crossfoot::Span, what: &str) -> Result<(), String> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!(
            "{what} span {span:?} outside the text of {} bytes",
            text.len()
        ));
    }
    if !(text.is_char_boundary(span.start) && text.is_char_boundary(span.end)) {
        return Err(format!("{what} span {span:?} splits a character"));
    }
    Ok(())
}

/// Checks the regression inputs whose names start with `prefix` (a fuzzer's find and its
/// minimized form): no panic, and every span of every finding, label and fix edit inside the
/// text on character boundaries, as the fuzz target asserts; the human renderer too.
fn check_regressions(prefix: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/regressions");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/regressions")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| {
            let name = p.file_name().expect("file name").to_string_lossy();
            name.starts_with(prefix) || name.starts_with(&format!("fuzz-{prefix}"))
        })
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no regression input named {prefix}*");
    let mut problems = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&path).expect("read");
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let checked = check_within(LIMIT, &name, text);
        let text = &*checked.source.text;
        for d in &checked.diagnostics {
            let spans = std::iter::once((d.span, d.code))
                .chain(d.labels.iter().map(|l| (l.span, "label")))
                .chain(
                    d.fix
                        .iter()
                        .flat_map(|f| f.edits.iter().map(|e| (e.span, "edit"))),
                );
            for (span, what) in spans {
                if let Err(e) = assert_span(text, span, what) {
                    problems.push(format!("{name}: {} finding: {e}", d.code));
                }
            }
        }
        let mut out = String::new();
        let opts = crossfoot::output::human::HumanOptions {
            color: false,
            width: 80,
        };
        crossfoot::output::human::render(&mut out, &checked.source, &checked.diagnostics, opts);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Found by the fuzzer: a document read as totals-first lost the text breaks of its first
/// group (an index out of bounds in `total-mismatch`'s split-run help).
#[test]
fn regression_totals_first_breaks() {
    check_regressions("totals-first-breaks");
}

/// Found by the fuzzer: a total statement with a no-break space before its name and no "for".
#[test]
fn regression_missing_for_label_splits_nbsp() {
    check_regressions("missing-for-label-splits-nbsp");
}

/// Found by the fuzzer: "(" after an amount, more than 300 bytes on the line, a multi-byte
/// character at the cap.
#[test]
fn regression_annotation_cap_splits_character() {
    check_regressions("annotation-cap-splits-character");
}

/// Found by the fuzzer: a title quoted in a message, longer than 60 characters, with a
/// multi-byte character at the 61st; cutting it at a word boundary sliced into that character.
#[test]
fn regression_short_title_splits_character() {
    check_regressions("short-title-splits-character");
}

/// Safe fixes on the fix regression inputs keep every figure and every name (each section's
/// name, listed sum and declared total) and converge: a second fix changes nothing. As the `fix`
/// fuzz target asserts.
fn check_fix_regressions(prefix: &str) {
    type Figures = Vec<(String, rust_decimal::Decimal, Option<rust_decimal::Decimal>)>;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/regressions");
    let figures = |text: &str| -> Figures {
        let checked = crossfoot::check(Source::new("input.txt", text), &Settings::default());
        checked
            .document
            .sections
            .iter()
            .map(|s| (s.name.clone(), s.listed_sum(), s.declared()))
            .collect()
    };
    let mut checked_any = false;
    for entry in std::fs::read_dir(dir).expect("fixtures/regressions") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        if !(name.starts_with(prefix) || name.starts_with(&format!("fuzz-{prefix}"))) {
            continue;
        }
        checked_any = true;
        let text = String::from_utf8_lossy(&std::fs::read(&path).expect("read")).into_owned();
        let source = Source::new(name.as_str(), text.as_str());
        let once = crossfoot::fix::fix(&source, &Settings::default(), false);
        assert_eq!(
            figures(&once.text),
            figures(&text),
            "{name}: safe fixes changed a name or a figure: {:?}",
            once.applied
        );
        let twice = crossfoot::fix::fix(
            &Source::new(name.as_str(), once.text.as_str()),
            &Settings::default(),
            false,
        );
        assert!(
            !twice.changed(),
            "{name}: a second fix changed the text: {:?}",
            twice.applied
        );
    }
    assert!(checked_any, "no regression input named {prefix}*");
}

/// Found by the fix fuzz target: "– USD 100;000" is read as USD 100 with a stray ";".
#[test]
fn regression_fix_punctuation_joins_digits() {
    check_fix_regressions("fix-punctuation-joins-digits");
}

/// Found by the fix fuzz target after the first fix: "– USD 497,,450" is read as USD 497 with a
/// stray ",", and deleting it leaves "497,450".
#[test]
fn regression_fix_punctuation_before_separator() {
    check_fix_regressions("fix-punctuation-before-separator");
}

/// "Total funding requirements for *Fiji and Tonga*": the safe fix deletes the name.
#[test]
fn regression_fix_stray_cover_deletes_name() {
    check_fix_regressions("fix-stray-cover-deletes-name");
}

/// A statement whose name region runs 250 bytes of stray characters without reaching an
/// amount: deleting them lets it reach the next bullet's amount, which leaves its section.
#[test]
fn regression_fix_stray_cover_moves_amount() {
    check_fix_regressions("fix-stray-cover-moves-amount");
}

/// Each stray-character deletion pulls new text into the 240-byte name window, so fixing does
/// not converge within its 8 passes.
#[test]
fn regression_fix_stray_cover_no_convergence() {
    check_fix_regressions("fix-stray-cover-no-convergence");
}

/// "– USD 2007 250" is read as 2,007; the safe rewrite "2,007 250" reads as 2,007,250.
#[test]
fn regression_fix_grouping_joins_next_group() {
    check_fix_regressions("fix-grouping-joins-next-group");
}

/// "– USD 200,million" is read as 200 with a stray ","; deleting it makes "200million".
#[test]
fn regression_fix_punctuation_before_scale_word() {
    check_fix_regressions("fix-punctuation-before-scale-word");
}

/// "for Fiji *usd 450,000": a stray character glued before the currency makes the currency part
/// of the name ("Fiji Usd"), the amount is taken to have no currency and no dash, and the safe
/// fixes then change the name and lose the figure.
#[test]
fn regression_fix_stray_before_currency() {
    check_fix_regressions("fix-stray-before-currency");
}

/// "for Fiji2,430,500": a figure glued to the name; inserting "– " and "USD " at the figure
/// glues them to the name.
#[test]
fn regression_fix_currency_glued_to_name() {
    check_fix_regressions("fix-currency-glued-to-name");
}

/// "– USD 200,000,,,,,,,,,,,,": amount-punctuation deletes one mark per pass, so fixing does
/// not converge within its 8 passes.
#[test]
fn regression_fix_punctuation_run_no_convergence() {
    check_fix_regressions("fix-punctuation-run-no-convergence");
}

/// "for El Salvador \n*-* usd 350,000": the stray deletions turn the hyphen into a dash while
/// malformed-amount inserts another one; together the figure no longer reads.
#[test]
fn regression_fix_stray_hyphen() {
    check_fix_regressions("fix-stray-hyphen");
}

/// Found by the fix fuzz target (on the scale-words layout document): the unsafe total fix
/// rewrote the digits of "USD 340 million" and left the scale word, so the total read a
/// million times the sum; each pass rewrote the same digits again and `fix` reported eight
/// fixes of a text it no longer changed. A figure in words gets no figure fix, a fix that
/// writes what is there is none, and a pass that leads back to a text already seen stops.
#[test]
fn regression_fix_unsafe_scale_word_no_convergence() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/regressions");
    for name in [
        "fix-unsafe-scale-word-no-convergence-min.txt",
        "fuzz-fix-unsafe-scale-word-no-convergence.txt",
    ] {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).expect("read");
        let once = crossfoot::fix::fix(
            &Source::new(name, text.as_str()),
            &Settings::default(),
            true,
        );
        let twice = crossfoot::fix::fix(
            &Source::new(name, once.text.as_str()),
            &Settings::default(),
            true,
        );
        assert!(
            !twice.changed() && twice.text == once.text,
            "{name}: a second fix changed the text again: {:?}",
            twice.applied
        );
        // Each fix is applied once: no fix is reported twice.
        let mut seen = std::collections::HashSet::new();
        for a in &once.applied {
            assert!(
                seen.insert((a.code, a.title.clone(), a.line)),
                "{name}: {a:?} twice"
            );
        }
        // The figures in words are left as written.
        assert!(
            once.text.contains("– USD 340 million") == text.contains("– USD 340 million"),
            "{name}"
        );
    }
}
