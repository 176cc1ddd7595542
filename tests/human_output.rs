//! Presentation of the human format, snapshot-tested with colors off and a fixed width.
//! (Snapshots are for presentation only; findings are verified against `.expected` files.)

mod common;

use common::{check_file, fixture};
use crossfoot::output::human::{HumanOptions, render, summary};

fn human(rel: &str) -> String {
    let checked = check_file(&fixture(rel));
    let mut out = String::new();
    render(
        &mut out,
        &checked.source,
        &checked.diagnostics,
        HumanOptions {
            color: false,
            width: 100,
        },
    );
    let all: Vec<_> = checked.diagnostics.iter().collect();
    out.push_str(&summary(&all, 1));
    // Paths differ between machines: keep the fixture-relative part.
    out.replace(&fixture("").display().to_string(), "fixtures/")
}

#[test]
fn reference_edition_human_output() {
    insta::assert_snapshot!(human("editions/migration-initiatives-2008.txt"));
}

#[test]
fn hints_human_output() {
    insta::assert_snapshot!(human("rules/total-mismatch/hint-swapped-digits.txt"));
}

#[test]
fn no_color_codes_when_color_is_off() {
    let out = human("editions/synthetic-2009.txt");
    assert!(!out.contains('\u{1b}'), "escape codes in uncolored output");
}

fn crossfoot_check(args: &[&str]) -> String {
    let out = assert_cmd::Command::cargo_bin("crossfoot")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .arg("check")
        .args(args)
        .output()
        .expect("runs");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The report ends as ruff's does: counts by severity, then what `fix` can fix and the command.
#[test]
fn the_summary_counts_and_names_the_fix_command() {
    let out = crossfoot_check(&["fixtures/editions/migration-initiatives-2008.txt"]);
    let last: Vec<&str> = out.lines().rev().take(2).collect();
    assert_eq!(
        last,
        [
            "[*] 10 fixable with `crossfoot fix fixtures/editions/migration-initiatives-2008.txt` (3 more with `--unsafe-fixes`, which change figures).",
            "Found 48 findings in 1 file: 8 errors, 39 warnings, 1 info.",
        ]
    );
    let clean = crossfoot_check(&["fixtures/rules/total-mismatch/pass.txt"]);
    assert_eq!(clean.trim_end(), "No findings in 1 file.");
}

/// `--format grouped`: each file, then each section in document order, errors first in each.
#[test]
fn grouped_lists_findings_by_section_errors_first() {
    let out = crossfoot_check(&[
        "fixtures/editions/migration-initiatives-2008.txt",
        "--format",
        "grouped",
    ]);
    assert!(out.starts_with("fixtures/editions/migration-initiatives-2008.txt:\n  Zimbabwe\n"));
    let kosovo: Vec<&str> = out
        .lines()
        .skip_while(|l| *l != "  The Province of Kosovo (Republic of Serbia)")
        .skip(1)
        .take_while(|l| l.starts_with("    "))
        .collect();
    assert!(kosovo.len() >= 2, "{out}");
    assert!(kosovo[0].contains("error[total-mismatch]"), "{kosovo:#?}");
    let severities: Vec<u8> = kosovo
        .iter()
        .map(|l| match l.split_whitespace().nth(1) {
            Some(s) if s.starts_with("error") => 2,
            Some(s) if s.starts_with("warning") => 1,
            _ => 0,
        })
        .collect();
    assert!(severities.windows(2).all(|w| w[0] >= w[1]), "{kosovo:#?}");
    // Every finding is listed once.
    let concise = crossfoot_check(&[
        "fixtures/editions/migration-initiatives-2008.txt",
        "--format",
        "concise",
    ]);
    let listed = out.lines().filter(|l| l.starts_with("    ")).count();
    assert_eq!(listed, concise.lines().count());
    assert!(out.trim_end().ends_with("which change figures)."));
}

/// The reference edition with CR line ends renders exactly as with LF: the same lines, line
/// numbers and columns (miette reads a lone CR as part of a line; the excerpt writes it `\n`).
/// Before, the whole text was one line and miette panicked on an underline wider than 65,535
/// columns.
#[test]
fn cr_line_ends_render_as_lf() {
    let path = fixture("editions/migration-initiatives-2008.txt");
    let text = std::fs::read_to_string(&path).expect("edition");
    let render_text = |text: String| {
        let checked = crossfoot::check(
            crossfoot::Source::new("edition.txt", text),
            &crossfoot::Settings::default(),
        );
        let mut out = String::new();
        let opts = HumanOptions {
            color: false,
            width: 100,
        };
        render(&mut out, &checked.source, &checked.diagnostics, opts);
        out
    };
    let cr = render_text(text.replace('\n', "\r"));
    assert_eq!(cr, render_text(text));
}
