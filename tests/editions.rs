//! Whole editions: every finding matches the hand-written `.expected` file both ways, and every
//! section's figures match the hand-verified `.sections.tsv`.

mod common;

use std::str::FromStr;

use common::{assert_matches_expected, check_file, fixture, found, read_expected};
use rust_decimal::Decimal;

fn check_edition(stem: &str) {
    let checked = check_file(&fixture(&format!("editions/{stem}.txt")));
    let expected = read_expected(&fixture(&format!("editions/{stem}.expected")));
    assert_matches_expected(stem, &found(&checked), &expected);
}

/// Compares every section with the verified table: the line of its declared figure, its name,
/// its bullets, and its listed and declared sums.
fn check_sections(stem: &str) {
    let checked = check_file(&fixture(&format!("editions/{stem}.txt")));
    let tsv =
        std::fs::read_to_string(fixture(&format!("editions/{stem}.sections.tsv"))).expect("tsv");
    let rows: Vec<Vec<&str>> = tsv
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    let sections = &checked.document.sections;
    let mut problems = Vec::new();
    if rows.len() != sections.len() {
        problems.push(format!(
            "{} sections expected, {} found",
            rows.len(),
            sections.len()
        ));
    }
    for (row, s) in rows.iter().zip(sections) {
        let line = s
            .total
            .amount
            .as_ref()
            .map_or(0, |a| checked.source.line_col(a.number.start).line);
        let amounted = s.bullets.iter().filter(|b| b.amount.is_some()).count();
        let declared = s.declared().unwrap_or_default();
        let want = (
            row[1].parse::<usize>().expect("line"),
            row[2].to_lowercase(),
            row[3].parse::<usize>().expect("bullets"),
            row[4].parse::<usize>().expect("amounted"),
            Decimal::from_str(row[5]).expect("listed"),
            Decimal::from_str(row[6]).expect("declared"),
        );
        let got = (
            line,
            s.name.to_lowercase(),
            s.bullets.len(),
            amounted,
            s.listed_sum(),
            declared,
        );
        if want != got {
            problems.push(format!(
                "section {}: expected {want:?}, found {got:?}",
                row[0]
            ));
        }
    }
    assert!(problems.is_empty(), "{stem}:\n  {}", problems.join("\n  "));
}

#[test]
fn reference_edition_findings() {
    check_edition("migration-initiatives-2008");
}

#[test]
fn reference_edition_sections() {
    check_sections("migration-initiatives-2008");
    let checked = check_file(&fixture("editions/migration-initiatives-2008.txt"));
    assert_eq!(checked.document.sections.len(), 113);
    assert_eq!(checked.document.bullet_count(), 922);
}

#[test]
fn synthetic_edition_findings() {
    check_edition("synthetic-2009");
}

#[test]
fn synthetic_edition_sections() {
    check_sections("synthetic-2009");
}

#[test]
fn reference_edition_is_the_publishers_text() {
    // The fixture is a byte-for-byte copy; this guards against an editor "fixing" it.
    let bytes = std::fs::read(fixture("editions/migration-initiatives-2008.txt")).expect("edition");
    assert_eq!(bytes.len(), 618_327);
    assert_eq!(memchr::memchr_iter(b'\n', &bytes).count(), 13_352);
}

/// The reference edition with its line ends rewritten, as some extractors write them: each `\n`
/// as a lone `\r` (old Mac line ends), or as `\r\n`.
fn edition_with_line_ends(end: &str) -> crossfoot::Checked {
    let text = std::fs::read_to_string(fixture("editions/migration-initiatives-2008.txt"))
        .expect("edition");
    assert!(!text.contains('\r'), "the edition has LF line ends only");
    let text = text.replace('\n', end);
    crossfoot::check(
        crossfoot::Source::new("migration-initiatives-2008.txt", text),
        &crossfoot::Settings::default(),
    )
}

/// A lone CR ends a line: the edition saved with CR line ends gives exactly its LF findings
/// (same codes, lines, figures and messages; the same byte spans, as a CR takes the place of
/// each LF) and the same sections.
#[test]
fn reference_edition_with_cr_line_ends_gives_its_lf_findings() {
    let lf = check_file(&fixture("editions/migration-initiatives-2008.txt"));
    let cr = edition_with_line_ends("\r");
    assert_eq!(cr.source.lines.line_count(), lf.source.lines.line_count());
    assert_eq!(found(&cr), found(&lf));
    let spans = |c: &crossfoot::Checked| -> Vec<_> {
        c.diagnostics
            .iter()
            .map(|d| (d.span, d.labels.iter().map(|l| l.span).collect::<Vec<_>>()))
            .collect()
    };
    assert_eq!(spans(&cr), spans(&lf));
    let sections = |c: &crossfoot::Checked| -> Vec<_> {
        c.document
            .sections
            .iter()
            .map(|s| {
                (
                    s.span,
                    s.key(),
                    s.bullets.len(),
                    s.listed_sum(),
                    s.declared(),
                )
            })
            .collect()
    };
    assert_eq!(sections(&cr), sections(&lf));
    let expected = read_expected(&fixture("editions/migration-initiatives-2008.expected"));
    assert_matches_expected("CR line ends", &found(&cr), &expected);
}

/// CRLF is one line end, not two: the same findings, lines and messages as LF.
#[test]
fn reference_edition_with_crlf_line_ends_gives_its_lf_findings() {
    let lf = check_file(&fixture("editions/migration-initiatives-2008.txt"));
    let crlf = edition_with_line_ends("\r\n");
    assert_eq!(found(&crlf), found(&lf));
}

/// Every fixture written with LF line ends gives the same findings (codes, spans, labels and
/// messages) when each LF is a lone CR instead: a CR takes the place of each LF byte for byte,
/// so even the spans agree.
#[test]
fn every_fixture_with_cr_line_ends_gives_its_lf_findings() {
    fn txt_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                txt_files(&path, out);
            } else if path.extension().is_some_and(|x| x == "txt") {
                out.push(path);
            }
        }
    }
    let findings = |text: String| -> Vec<_> {
        let checked = crossfoot::check(
            crossfoot::Source::new("fixture.txt", text),
            &crossfoot::Settings::default(),
        );
        checked
            .diagnostics
            .iter()
            .map(|d| {
                let labels: Vec<_> = d
                    .labels
                    .iter()
                    .map(|l| (l.span, l.message.clone()))
                    .collect();
                (d.code, d.span, d.message.replace('\r', "\n"), labels)
            })
            .collect()
    };
    let mut paths = Vec::new();
    txt_files(&fixture(""), &mut paths);
    paths.sort();
    let mut compared = 0;
    let mut differ = Vec::new();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if text.contains('\r') {
            continue;
        }
        compared += 1;
        if findings(text.replace('\n', "\r")) != findings(text) {
            differ.push(path.display().to_string());
        }
    }
    assert!(compared > 50, "only {compared} fixtures compared");
    assert!(differ.is_empty(), "CR findings differ from LF: {differ:#?}");
}
