//! Synthetic corpora for the benchmarks: the reference edition repeated to a given size, each
//! copy with its own section names and project titles, so that every section sums as in the
//! original and the findings are exactly N times one copy's.
//!
//! What is repeated is the edition's narrative: everything up to the line of its last declared
//! total. The appendix after it (tables that restate the narrative's figures) cannot be
//! repeated: a copy of it would sit inside the next copy's first section, and the table rules
//! read only the text after the *last* total, relating it to every section before. So there
//! are two corpora:
//! - [`Corpus::Narrative`]: N copies of the narrative. Its findings are exactly N times those
//!   of one narrative (all rules on; the table rules find no appendix).
//! - [`Corpus::WithAppendix`]: the same, then the edition's appendix once. The narrative rules'
//!   findings are N times the edition's; the table rules match one appendix against N
//!   narratives, which measures how their cost grows with the narrative.

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

/// Where the narrative ends: after the line of the last declared total. What follows is the
/// appendix.
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

/// Which text is repeated; see the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corpus {
    Narrative,
    WithAppendix,
}

impl Corpus {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Corpus::Narrative => "narrative",
            Corpus::WithAppendix => "with-appendix",
        }
    }
}

/// Codes of the rules that relate the appendix to the narrative: their findings in a corpus
/// with one appendix are not N times the edition's.
pub const TABLE_RULES: &[&str] = &[
    "table-total-mismatch",
    "summary-mismatch",
    "cross-reference-mismatch",
    "unmatched-project",
    "title-mismatch",
];

/// The edition's narrative (up to the line of its last total), the unit that is repeated.
#[must_use]
pub fn narrative(edition: &str) -> &str {
    let doc = crossfoot::parse::parse(edition, Decimal::ZERO);
    &edition[..split(edition, &doc)]
}

/// The narrative repeated `copies` times, each copy tagged, then (for
/// [`Corpus::WithAppendix`]) the edition's appendix once, tagged as the last copy.
#[must_use]
pub fn repeated(edition: &str, copies: usize, corpus: Corpus) -> String {
    let doc = crossfoot::parse::parse(edition, Decimal::ZERO);
    let points = insertion_points(&doc);
    let cut = split(edition, &doc);
    let mut out = String::with_capacity((cut + points.len() * 8) * copies + edition.len() - cut);
    for k in 0..copies {
        push_tagged(&mut out, edition, 0..cut, &points, &tag(k));
    }
    if corpus == Corpus::WithAppendix {
        push_tagged(
            &mut out,
            edition,
            cut..edition.len(),
            &points,
            &tag(copies.saturating_sub(1)),
        );
    }
    out
}

/// The number of copies of the narrative that makes at least `bytes` bytes (tags only add).
#[must_use]
pub fn copies_for(edition: &str, bytes: usize) -> usize {
    bytes.div_ceil(narrative(edition).len().max(1)).max(1)
}

/// Checks `text` as the CLI does (line index, parse, rules), from text already in memory.
#[must_use]
pub fn check(text: &Arc<str>) -> Checked {
    crossfoot::check(
        Source::new("corpus", Arc::clone(text)),
        &Settings::default(),
    )
}

/// Asserts that the corpus reads as `copies` copies: each copy has the findings of one
/// narrative (code and line within the copy; for [`Corpus::WithAppendix`], the rules outside
/// [`TABLE_RULES`] and, on the last copy, the appendix's own), and every section sums as in
/// the edition. Returns the number of findings.
pub fn verify(edition: &str, text: &Arc<str>, copies: usize, corpus: Corpus) -> usize {
    let unit = match corpus {
        Corpus::Narrative => narrative(edition),
        Corpus::WithAppendix => edition,
    };
    let base = check(&Arc::from(unit));
    let scaled = check(text);
    let head_lines = narrative(edition).bytes().filter(|&b| b == b'\n').count();
    let counted = |code: &str| corpus == Corpus::Narrative || !TABLE_RULES.contains(&code);
    let line_of = |c: &Checked, d: &crossfoot::Diagnostic| c.source.line_col(d.span.start).line;
    let mut per_copy: Vec<Vec<(&str, usize)>> = vec![Vec::new(); copies];
    for d in scaled.diagnostics.iter().filter(|d| counted(d.code)) {
        let line = line_of(&scaled, d) - 1;
        let k = (line / head_lines).min(copies - 1);
        per_copy[k].push((d.code, line - k * head_lines + 1));
    }
    for (k, found) in per_copy.iter_mut().enumerate() {
        let mut want: Vec<(&str, usize)> = base
            .diagnostics
            .iter()
            .filter(|d| counted(d.code))
            .map(|d| (d.code, line_of(&base, d)))
            .filter(|&(_, line)| k == copies - 1 || line <= head_lines)
            .collect();
        want.sort_unstable();
        found.sort_unstable();
        assert_eq!(
            *found, want,
            "copy {k} does not have the edition's findings"
        );
    }
    if corpus == Corpus::Narrative {
        assert_eq!(scaled.diagnostics.len(), base.diagnostics.len() * copies);
    }
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
    scaled.diagnostics.len()
}
