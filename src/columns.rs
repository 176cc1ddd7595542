//! The reading order of pages set in two columns side by side, as `pdftotext -layout` extracts
//! them: each physical line holds a line of the left column, a run of spaces (the gutter), and a
//! line of the right column.
//!
//! A page (text between form feeds) has a gutter when most of its lines either stop before one
//! character column or have a run of spaces that ends at it, and the right column's text starts
//! there. The page is then read as its left column, then its right column; a line that crosses
//! the gutter (a heading or a table across the page, a running header) stays whole, and ends
//! the columns above it. The reordered text is parsed like any other; [`Reordered`] maps every
//! offset of it back to the original bytes, so that findings and fixes point at what the file
//! says.

use crate::diagnostic::Diagnostic;
use crate::model::Document;
use crate::source::Span;

/// The leftmost character column a gutter may end at.
const MIN_GUTTER_COLUMN: usize = 24;
/// The rightmost character column a gutter may end at (a page is at most this wide).
const MAX_GUTTER_COLUMN: usize = 200;
/// How many spaces at least stand between the columns.
const MIN_GUTTER_SPACES: usize = 2;
/// A page needs this many lines whose right column starts at the gutter.
const MIN_RIGHT_LINES: usize = 8;
/// Lines crossing the gutter (whole lines) may be at most this share of a page's lines, in
/// tenths: more, and the page is not set in columns.
const MAX_CROSSING_TENTHS: usize = 2;

/// A run of the reordered text copied from the original.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Where it starts in the reordered text.
    new: usize,
    /// Where it starts in the original.
    orig: usize,
    len: usize,
}

/// A text reordered column by column, and the map back to the original offsets.
#[derive(Debug, Clone)]
pub struct Reordered {
    pub text: String,
    /// In reordered order; each piece is followed by one line end of the reordered text.
    pieces: Vec<Piece>,
}

/// One physical line of a page: its bytes in the original, without its line end.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    /// Bytes at the line's start that are page furniture (a side tab's letter), never read.
    skip: usize,
}

/// Reorders `text` column by column if any of its pages is set in two columns; `None` if none
/// is (the text is read as it stands).
#[must_use]
pub fn reading_order(text: &str) -> Option<Reordered> {
    // A text of one page whose runs of spaces are too few for a gutter on a quarter of its
    // lines is read as it stands, without looking further.
    let bytes = text.as_bytes();
    if memchr::memchr(b'\x0c', bytes).is_none() {
        let runs = memchr::memmem::find_iter(bytes, b"  ").count();
        let lines = memchr::memchr_iter(b'\n', bytes).count().max(1);
        if runs * 4 < lines {
            return None;
        }
    }
    let mut out = Reordered {
        text: String::with_capacity(text.len()),
        pieces: Vec::new(),
    };
    let mut any = false;
    let mut page_start = 0;
    let mut pages: Vec<Vec<Line>> = Vec::new();
    for at in memchr::memchr_iter(b'\x0c', text.as_bytes()).chain([text.len()]) {
        pages.push(page_lines(text, page_start, at));
        page_start = (at + 1).min(text.len());
    }
    let furniture = furniture(text, &pages);
    for mut lines in pages {
        for l in lines.iter_mut().filter(|_| !furniture.is_empty()) {
            if furniture.contains(&furniture_key(&text[l.start..l.end])) {
                // A running header or footer: never a heading, an item or a total.
                l.end = l.start;
            }
        }
        // A side tab is read out of the text whatever the page's columns.
        any |= side_tab(text, &mut lines);
        match gutter(text, &lines) {
            Some(g) => {
                any = true;
                out.columns(text, &lines, g);
            }
            None => {
                for l in &lines {
                    out.push(text, l.start + l.skip, l.end);
                }
            }
        }
    }
    any.then_some(out)
}

/// How many lines of a page a side tab's letters stand on, at least.
const MIN_TAB_LETTERS: usize = 4;

/// Reads a side tab out of a page: the name of a region set at the page's outer edge one
/// letter per line, as `pdftotext -layout` extracts it. On the left, a capital letter alone at
/// the line's start, white space after it, where every other line of the page is set in from
/// the margin; on the right, a capital letter alone at the same column at the end of lines,
/// right of everything else. Returns whether the page had one.
fn side_tab(text: &str, lines: &mut [Line]) -> bool {
    let line = |l: &Line| &text[l.start..l.end];
    // Left: "M   • Restoration of …", or the letter alone; the bytes of the letter.
    let left: Vec<Option<usize>> = lines
        .iter()
        .map(|l| {
            let s = line(l);
            let c = s.chars().next()?;
            let rest = &s[c.len_utf8()..];
            (c.is_uppercase() && (rest.trim().is_empty() || rest.starts_with("  ")))
                .then_some(c.len_utf8())
        })
        .collect();
    let set_in = lines.iter().zip(&left).all(|(l, hit)| {
        let s = line(l);
        hit.is_some() || s.trim().is_empty() || s.starts_with("  ")
    });
    if left.iter().flatten().count() >= MIN_TAB_LETTERS && set_in {
        for (l, hit) in lines.iter_mut().zip(&left) {
            if let Some(skip) = *hit {
                l.skip = skip;
            }
        }
        return true;
    }
    // Right: "… – USD 212,500        I"; the letter's column and where the text before it ends.
    let right: Vec<Option<(usize, usize)>> = lines
        .iter()
        .map(|l| {
            let s = line(l).trim_end();
            let c = s.chars().next_back()?;
            let before = &s[..s.len() - c.len_utf8()];
            (c.is_uppercase() && (before.is_empty() || before.ends_with("  ")))
                .then(|| (before.chars().count(), l.start + before.trim_end().len()))
        })
        .collect();
    // The column most of them stand at, right of all other text.
    let mut cols: Vec<usize> = right.iter().flatten().map(|r| r.0).collect();
    cols.sort_unstable();
    let Some(col) = cols
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| (run.len(), run[0]))
        .map(|run| run[0])
    else {
        return false;
    };
    let at_col = |r: &Option<(usize, usize)>| r.is_some_and(|(c, _)| c == col);
    let outermost = lines
        .iter()
        .zip(&right)
        .all(|(l, r)| at_col(r) || line(l).trim_end().chars().count() <= col);
    if right.iter().filter(|r| at_col(r)).count() < MIN_TAB_LETTERS || !outermost {
        return false;
    }
    for (l, r) in lines.iter_mut().zip(&right) {
        if let Some((_, end)) = r.filter(|_| at_col(r)) {
            l.end = end;
        }
    }
    true
}

/// A line with its digits and spacing set aside: "Page 2 of 3" and "Page 3 of 3" are one.
fn furniture_key(line: &str) -> String {
    line.split_whitespace()
        .map(|w| w.trim_matches(|c: char| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The running headers and footers: a first or last line of a page whose key recurs at the top
/// or the bottom of another page.
fn furniture(text: &str, pages: &[Vec<Line>]) -> crate::hash::FnvSet<String> {
    if pages.len() < 2 {
        return crate::hash::FnvSet::default();
    }
    let mut seen: crate::hash::FnvMap<String, usize> = crate::hash::FnvMap::default();
    for lines in pages {
        let non_blank: Vec<&Line> = lines
            .iter()
            .filter(|l| !text[l.start..l.end].trim().is_empty())
            .collect();
        let ends = non_blank
            .iter()
            .take(2)
            .chain(non_blank.iter().rev().take(2));
        let mut keys: Vec<String> = ends.map(|l| furniture_key(&text[l.start..l.end])).collect();
        keys.sort_unstable();
        keys.dedup();
        for k in keys.into_iter().filter(|k| !k.is_empty()) {
            *seen.entry(k).or_default() += 1;
        }
    }
    seen.into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(k, _)| k)
        .collect()
}

/// The lines of `text[from..to]`, each without its line end.
fn page_lines(text: &str, from: usize, to: usize) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = from;
    let bytes = text.as_bytes();
    // A line ends at "\n", "\r\n" or a lone "\r", as everywhere else.
    for i in memchr::memchr2_iter(b'\n', b'\r', &bytes[from..to]).map(|i| from + i) {
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            continue;
        }
        let end = if bytes[i] == b'\n' && i > start && bytes[i - 1] == b'\r' {
            i - 1
        } else {
            i
        };
        lines.push(Line {
            start,
            end,
            skip: 0,
        });
        start = i + 1;
    }
    if start < to {
        lines.push(Line {
            start,
            end: to,
            skip: 0,
        });
    }
    lines
}

/// The byte offset in `line` of character column `col`, if the line reaches it.
fn byte_at(line: &str, col: usize) -> Option<usize> {
    line.char_indices().nth(col).map(|(b, _)| b)
}

/// The character column at which the right column starts on this page, if it is set in two.
fn gutter(text: &str, lines: &[Line]) -> Option<usize> {
    // Where text resumes after a run of spaces, on each line.
    let mut counts: Vec<usize> = Vec::new();
    let mut non_blank = 0;
    for l in lines {
        let s = &text[l.start..l.end];
        if s.trim().is_empty() {
            continue;
        }
        non_blank += 1;
        // Only a line with a run of spaces can hold two columns.
        if !s.contains("  ") {
            continue;
        }
        let mut spaces = 0;
        let mut seen_text = false;
        for (col, c) in s.chars().enumerate() {
            if c == ' ' {
                spaces += 1;
                continue;
            }
            let lead = !seen_text && spaces >= MIN_GUTTER_COLUMN;
            if col > MAX_GUTTER_COLUMN {
                break;
            }
            if col >= MIN_GUTTER_COLUMN && (spaces >= MIN_GUTTER_SPACES && seen_text || lead) {
                if counts.len() <= col {
                    counts.resize(col + 1, 0);
                }
                counts[col] += 1;
            }
            seen_text = true;
            spaces = 0;
        }
    }
    let (g, &hits) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(col, &n)| (n, usize::MAX - col))?;
    if hits < MIN_RIGHT_LINES || hits * 4 < non_blank {
        return None;
    }
    let crossing = lines
        .iter()
        .filter(|l| crosses(&text[l.start..l.end], g))
        .count();
    (crossing * 10 <= non_blank * MAX_CROSSING_TENTHS).then_some(g)
}

/// Whether a line's text runs across the gutter: a character just left of it and at it.
fn crosses(line: &str, g: usize) -> bool {
    let mut chars = line.chars().skip(g.saturating_sub(1));
    let before = chars.next();
    let at = chars.next();
    matches!((before, at), (Some(b), Some(a)) if b != ' ' && a != ' ')
}

impl Reordered {
    /// Appends `text[start..end]` and a line end.
    fn push(&mut self, text: &str, start: usize, end: usize) {
        self.pieces.push(Piece {
            new: self.text.len(),
            orig: start,
            len: end - start,
        });
        self.text.push_str(&text[start..end]);
        self.text.push('\n');
    }

    /// Appends a page's lines column by column, in bands between the lines that cross the
    /// gutter.
    fn columns(&mut self, text: &str, lines: &[Line], g: usize) {
        let mut band: Vec<(Line, Option<usize>)> = Vec::new();
        let flush = |me: &mut Self, band: &mut Vec<(Line, Option<usize>)>| {
            let left: Vec<(usize, usize)> = band
                .iter()
                .map(|&(l, cut)| {
                    let end = cut.map_or(l.end, |c| l.start + c);
                    let start = (l.start + l.skip).min(end);
                    (start, start + text[start..end].trim_end().len())
                })
                .collect();
            let right: Vec<(usize, usize)> = band
                .iter()
                .map(|&(l, cut)| cut.map_or((l.end, l.end), |c| (l.start + c, l.end)))
                .collect();
            // The blank lines at the foot of the left column and the head of the right one are
            // the page's, not paragraph breaks: the column goes on across them.
            let blank = |&(s, e): &(usize, usize)| text[s..e].trim().is_empty();
            let left_len = left.len() - left.iter().rev().take_while(|p| blank(p)).count();
            let right_from = right.iter().take_while(|p| blank(p)).count();
            // A column's line left blank only because the other column's line falls between
            // two of its own (their baselines differ, so the lines interleave) breaks nothing.
            let spacer = |this: &[(usize, usize)], other: &[(usize, usize)], r: usize| {
                r > 0
                    && r + 1 < this.len()
                    && blank(&this[r])
                    && !blank(&this[r - 1])
                    && !blank(&this[r + 1])
                    && !blank(&other[r])
                    && blank(&other[r - 1])
                    && blank(&other[r + 1])
            };
            for (r, &(s, e)) in left[..left_len].iter().enumerate() {
                if !spacer(&left, &right, r) {
                    me.push(text, s, e);
                }
            }
            for (r, &(s, e)) in right.iter().enumerate().skip(right_from) {
                if !spacer(&right, &left, r) {
                    me.push(text, s, e);
                }
            }
            band.clear();
        };
        for &l in lines {
            let s = &text[l.start..l.end];
            // A line set well in from the left margin and ending before the gutter stands
            // across the page (a centred footer "Page 1 of 3"), as does one across the gutter.
            let lead = s.chars().take_while(|&c| c == ' ').count();
            let centred = lead >= g / 2 && lead < g && !s.trim().is_empty();
            if crosses(s, g) || centred {
                flush(self, &mut band);
                self.push(text, l.start + l.skip, l.end);
            } else {
                band.push((l, byte_at(s, g)));
            }
        }
        flush(self, &mut band);
    }

    /// The original offset of an offset of the reordered text (a line end it added maps to
    /// the end of the piece before it).
    #[must_use]
    pub fn to_original(&self, at: usize) -> usize {
        self.pieces
            .get(self.piece_of(at))
            .map_or(at, |p| p.orig + (at - p.new).min(p.len))
    }

    /// Whether `span` of the reordered text lies within one piece (one line of one column).
    fn within_one_piece(&self, span: Span) -> bool {
        self.pieces
            .get(self.piece_of(span.start))
            .is_some_and(|p| span.end <= p.new + p.len)
    }

    /// A span of the reordered text in the original's offsets: from its first byte's place to
    /// just after its last byte's place (which, for a span across lines of a column, also
    /// covers what the other column holds between them).
    #[must_use]
    pub fn span(&self, span: Span) -> Span {
        let start = self.to_original(span.start);
        let end = if span.end > span.start {
            self.to_original(span.end - 1) + 1
        } else {
            start
        };
        Span::new(start.min(end), end.max(start))
    }

    /// Maps a finding's spans to `original`'s offsets; a fix whose edits cross a line of a
    /// column is dropped (in the original, the other column's text stands between its ends).
    /// An edit that changes the length of a left column's line takes as many spaces from the
    /// gutter after it, or gives them, so that the right column keeps its place.
    pub fn map_diagnostic(&self, d: &mut Diagnostic, original: &str) {
        d.span = self.span(d.span);
        for l in &mut d.labels {
            l.span = self.span(l.span);
        }
        let whole = d
            .fix
            .as_ref()
            .is_some_and(|f| f.edits.iter().all(|e| self.within_one_piece(e.span)));
        if !whole {
            d.fix = None;
            return;
        }
        let Some(f) = &mut d.fix else {
            return;
        };
        // The pieces edited, with how many characters their edits add (or take, negative).
        let mut grown: Vec<(usize, isize)> = Vec::new();
        for e in &mut f.edits {
            let piece = self.piece_of(e.span.start);
            e.span = self.span(e.span);
            let before = original[e.span.start..e.span.end].chars().count();
            let delta = e.replacement.chars().count().cast_signed() - before.cast_signed();
            match grown.iter_mut().find(|(p, _)| *p == piece) {
                Some((_, d)) => *d += delta,
                None => grown.push((piece, delta)),
            }
        }
        for (piece, delta) in grown {
            let Some(p) = self.pieces.get(piece) else {
                continue;
            };
            let end = p.orig + p.len;
            let rest = &original[end..];
            let line = &rest[..rest.find(['\n', '\r', '\u{c}']).unwrap_or(rest.len())];
            let gap = line.len() - line.trim_start_matches(' ').len();
            // Only a left column's line, with the right column's text after its gutter.
            if delta == 0 || gap == line.len() {
                continue;
            }
            let edit = if delta > 0 {
                let take = delta
                    .unsigned_abs()
                    .min(gap.saturating_sub(MIN_GUTTER_SPACES));
                (take > 0).then(|| crate::diagnostic::Edit {
                    span: Span::new(end, end + take),
                    replacement: String::new(),
                })
            } else {
                Some(crate::diagnostic::Edit {
                    span: Span::new(end, end),
                    replacement: " ".repeat(delta.unsigned_abs()),
                })
            };
            if let Some(edit) = edit {
                f.edits.push(edit);
            }
        }
        f.edits.sort_by_key(|e| (e.span.start, e.span.end));
    }

    /// The index of the piece that holds `at`, an offset of the reordered text.
    fn piece_of(&self, at: usize) -> usize {
        self.pieces
            .partition_point(|p| p.new <= at)
            .saturating_sub(1)
    }

    /// Maps every span of the document to the original.
    pub fn map_document(&self, doc: &mut Document) {
        doc.map_spans(&mut |s| self.span(s));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    /// Tables of one column (a figure column at a steady position, codes and agencies beside
    /// titles) are no two columns: no single-column fixture is reordered.
    #[test]
    fn no_single_column_fixture_is_read_as_two() {
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures"
        ))];
        let mut reordered = Vec::new();
        let mut seen = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("fixtures").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let name = path.display().to_string();
                let kind = path.extension().and_then(|e| e.to_str()).unwrap_or("");
                if !matches!(kind, "txt" | "md") || name.contains("two-column") {
                    continue;
                }
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                seen += 1;
                if reading_order(&text).is_some() {
                    reordered.push(name);
                }
            }
        }
        assert!(seen > 50, "{seen}");
        assert!(reordered.is_empty(), "{reordered:#?}");
    }

    #[test]
    fn the_reference_edition_is_not_set_in_columns() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/editions/migration-initiatives-2008.txt"
        ))
        .expect("the edition");
        assert!(reading_order(&text).is_none());
    }

    fn two_columns() -> String {
        let mut t = String::new();
        for i in 0..12 {
            let left = format!("left line {i}");
            let _ = writeln!(t, "{left:<40}right line {i}");
        }
        t
    }

    #[test]
    fn a_page_in_two_columns_is_read_left_then_right() {
        let text = two_columns();
        let r = reading_order(&text).expect("two columns");
        let lines: Vec<&str> = r.text.lines().collect();
        assert_eq!(lines[0], "left line 0");
        assert_eq!(lines[11], "left line 11");
        assert_eq!(lines[12], "right line 0");
        // Offsets map back to the original bytes.
        let at = r.text.find("right line 3").expect("in the text");
        let orig = r.to_original(at);
        assert_eq!(&text[orig..orig + 12], "right line 3");
    }

    #[test]
    fn a_line_across_the_gutter_stays_whole() {
        let mut text = String::from("A heading that runs right across the whole page width\n");
        text.push_str(&two_columns());
        let r = reading_order(&text).expect("two columns");
        assert!(
            r.text.starts_with(
                "A heading that runs right across the whole page width\nleft line 0\n"
            )
        );
    }

    #[test]
    fn a_single_column_is_left_alone() {
        let text = "Kenya\n\n• Water – USD 1,000\n• Food – USD 2,000\n\nTotal funding requirements for Kenya – USD 3,000\n";
        assert!(reading_order(text).is_none());
    }
}
