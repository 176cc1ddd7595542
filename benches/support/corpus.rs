//! Synthetic corpora for the benchmarks: the reference edition repeated to a given size, each
//! copy with its own section names and project titles, so that a check finds exactly N times
//! the edition's findings and every section sums as in the original.

#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use crossfoot::{Checked, Settings, Source};
use rust_decimal::Decimal;

/// The reference edition, byte for byte.
#[must_use]
pub fn edition() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/editions/migration-initiatives-2008.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A tag that names copy `k` in letters only: digits would end a name in a total statement
/// ("… for Kenya 2" reads "2" as the amount), and a word starting with "u" could read as a
/// currency. Two letters or more, so that letter-spacing joins never swallow it.
#[must_use]
pub fn tag(k: usize) -> String {
    const LETTERS: &[u8] = b"bcfghjkmnpqrtvwxyz";
    let mut out = String::from("Cp");
    let mut k = k;
    loop {
        out.push(char::from(LETTERS[k % LETTERS.len()]));
        k /= LETTERS.len();
        if k == 0 {
            break;
        }
    }
    out
}

/// The edition cut after the line of its last declared total: the head that is repeated, and
/// the tail (prose, and bullets no total closes) that follows the last copy once. Repeating the
/// tail would put its bullets into the next copy's first section.
fn split(edition: &str, doc: &crossfoot::Document) -> usize {
    doc.sections.last().map_or(0, |s| {
        let end = s.total.span.end;
        memchr_newline(&edition[end..]).map_or(edition.len(), |i| end + i + 1)
    })
}

fn memchr_newline(s: &str) -> Option<usize> {
    s.bytes().position(|b| b == b'\n')
}

/// Where copy tags go in one edition: before each section name (a name may end with a stray
/// character or a period that a suffix would hide) and after each bullet title (just before
/// the gap and dash of its amount).
fn insertion_points(doc: &crossfoot::Document) -> Vec<(usize, bool)> {
    let mut points: Vec<(usize, bool)> = Vec::new();
    for s in &doc.sections {
        points.push((s.total.name_span.start, true));
        for b in &s.bullets {
            if !b.title_span.is_empty() {
                points.push((b.title_span.end, false));
            }
        }
    }
    for b in &doc.trailing {
        if !b.title_span.is_empty() {
            points.push((b.title_span.end, false));
        }
    }
    points.sort_unstable();
    points.dedup();
    points
}

fn push_tagged(
    out: &mut String,
    edition: &str,
    range: std::ops::Range<usize>,
    points: &[(usize, bool)],
    tag: &str,
) {
    let mut at = range.start;
    for &(p, before_name) in points.iter().filter(|(p, _)| range.contains(p)) {
        out.push_str(&edition[at..p]);
        if before_name {
            out.push_str(tag);
            out.push(' ');
        } else {
            out.push(' ');
            out.push_str(tag);
        }
        at = p;
    }
    out.push_str(&edition[at..range.end]);
}

/// The edition's head (up to the line of its last total) repeated `copies` times, each copy
/// tagged, then the edition's tail once, tagged as the last copy.
#[must_use]
pub fn repeated(edition: &str, copies: usize) -> String {
    let doc = crossfoot::parse::parse(edition, Decimal::ZERO);
    let points = insertion_points(&doc);
    let cut = split(edition, &doc);
    let mut out = String::with_capacity((cut + points.len() * 8) * copies + edition.len() - cut);
    for k in 0..copies {
        push_tagged(&mut out, edition, 0..cut, &points, &tag(k));
    }
    push_tagged(
        &mut out,
        edition,
        cut..edition.len(),
        &points,
        &tag(copies.saturating_sub(1)),
    );
    out
}

/// The number of copies that makes at least `bytes` bytes (tags only add to it).
#[must_use]
pub fn copies_for(edition: &str, bytes: usize) -> usize {
    let doc = crossfoot::parse::parse(edition, Decimal::ZERO);
    let cut = split(edition, &doc).max(1);
    bytes
        .saturating_sub(edition.len() - cut)
        .div_ceil(cut)
        .max(1)
}

/// Checks `text` as the CLI does (line index, parse, rules), from text already in memory.
#[must_use]
pub fn check(text: &Arc<str>) -> Checked {
    crossfoot::check(
        Source::new("corpus", Arc::clone(text)),
        &Settings::default(),
    )
}

/// Asserts that the corpus of `copies` copies reads as `copies` editions: each copy has the
/// edition's findings (code and line within the copy), the tail's findings come once, and every
/// section sums as in the original.
pub fn verify(edition: &str, corpus: &Arc<str>, copies: usize) {
    let base = check(&Arc::from(edition));
    let scaled = check(corpus);
    let cut = split(edition, &base.document);
    let head_lines = edition[..cut].bytes().filter(|&b| b == b'\n').count();
    let line_of = |c: &Checked, d: &crossfoot::Diagnostic| c.source.line_col(d.span.start).line;
    let in_head = |line: usize| line <= head_lines;
    let mut per_copy: Vec<Vec<(&str, usize)>> = vec![Vec::new(); copies];
    for d in &scaled.diagnostics {
        let line = line_of(&scaled, d) - 1;
        let k = (line / head_lines).min(copies - 1);
        per_copy[k].push((d.code, line - k * head_lines + 1));
    }
    for (k, found) in per_copy.iter_mut().enumerate() {
        let mut want: Vec<(&str, usize)> = base
            .diagnostics
            .iter()
            .map(|d| (d.code, line_of(&base, d)))
            .filter(|&(_, line)| k == copies - 1 || in_head(line))
            .collect();
        want.sort_unstable();
        found.sort_unstable();
        assert_eq!(
            *found, want,
            "copy {k} does not have the edition's findings"
        );
    }
    assert_eq!(
        scaled.diagnostics.len(),
        base.diagnostics.len() * copies,
        "findings are not {copies} times the edition's (the tail has findings of its own)"
    );
    let n = base.document.sections.len();
    assert_eq!(scaled.document.sections.len(), n * copies, "sections");
    for (i, s) in scaled.document.sections.iter().enumerate() {
        let b = &base.document.sections[i % n];
        assert_eq!(
            (s.listed_sum(), s.declared(), s.bullets.len()),
            (b.listed_sum(), b.declared(), b.bullets.len()),
            "section {i} ({}) does not sum as {} in the edition",
            s.name,
            b.name
        );
    }
}
