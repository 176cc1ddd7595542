//! Blocks: what a line of text is, as a reader sees it before any figure is read: markup and
//! list markers set aside, headings told from prose, letter spacing undone.
//!
//! The grammar asks these questions of the lines it reads; every answer is an offset into the
//! original text, so spans keep pointing at the bytes as written. Every stage reads its lines
//! through [`lines`], from the one line index the document's `Source` built.

use crate::source::{LineIndex, Span};

/// One line of the text, without its line end (`\n`, `\r\n` or a lone `\r`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'t> {
    /// Offset of the first byte of the line.
    pub start: usize,
    /// Offset after the last byte of the line's text (before its line end).
    pub end: usize,
    pub text: &'t str,
}

impl Line<'_> {
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Whether the line holds nothing but white space.
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.text.trim_matches(is_pad).is_empty()
    }

    /// The length of the trimmed text in characters: how much of the column width it uses.
    #[must_use]
    pub fn width(&self) -> usize {
        self.text.trim_matches(is_pad).chars().count()
    }

    /// Whether the raw line ends as a wrapped line does in this extraction: with white space
    /// after its last word, or with a hyphen that splits a word.
    #[must_use]
    pub fn open_end(&self) -> bool {
        self.text.ends_with([' ', '\t', '\u{a0}', '-'])
    }

    /// The span of the trimmed text.
    #[must_use]
    pub fn trimmed(&self) -> Span {
        let lead = self.text.len() - self.text.trim_start_matches(is_pad).len();
        let trail = self.text.trim_end_matches(is_pad).len();
        if trail <= lead {
            return Span::new(self.start + lead, self.start + lead);
        }
        Span::new(self.start + lead, self.start + trail)
    }
}

/// White space and the characters PDF extraction leaves around text (BOM, bullet glyph).
#[must_use]
pub fn is_pad(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{a0}' | '•')
}

/// The lines of `text[from..to]`, each with its offsets into `text`, read from the document's
/// one line index (`lines` is the index of `text`).
pub fn lines<'t>(
    text: &'t str,
    index: &'t LineIndex,
    from: usize,
    to: usize,
) -> impl Iterator<Item = Line<'t>> + 't {
    let to = to.min(text.len());
    let first = index.line(from);
    (first..index.line_count())
        .map(move |n| {
            let start = index.line_start(n).max(from);
            let end = index.content_end(n, text).min(to).max(start);
            (start, end)
        })
        .take_while(move |&(start, _)| start < to)
        .map(move |(start, end)| Line {
            start,
            end,
            text: &text[start..end],
        })
}

/// Whether most of a line's space-separated pieces are single characters, as in the headings
/// and tabs that PDF extraction letter-spaces ("W e s t  A f r i c a").
#[must_use]
pub fn is_letter_spaced(line: &str) -> bool {
    // Cheap refusals first: a letter-spaced line has a space after its first one or two
    // characters, and is at least a third spaces.
    let t = line.trim_start().as_bytes();
    if !(t.get(1) == Some(&b' ') || t.get(2) == Some(&b' '))
        || t.iter().take(8).filter(|&&b| b == b' ').count() < 3
    {
        return false;
    }
    let spaces = line.bytes().filter(|&b| b == b' ').count();
    if spaces < 3 || spaces * 3 < line.trim().len() {
        return false;
    }
    let (mut pieces, mut single) = (0usize, 0usize);
    for p in line.split_whitespace() {
        pieces += 1;
        if p.chars().nth(1).is_none() {
            single += 1;
        }
    }
    pieces >= 4 && single * 5 >= pieces * 3
}

/// The words of a line with letter spacing undone: in a letter-spaced line, runs of two or
/// more spaces separate words and single spaces separate letters; elsewhere white space is
/// collapsed.
#[must_use]
pub fn unspace(line: &str) -> String {
    if !is_letter_spaced(line) {
        return line.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut spaces = 0;
    for c in line.trim().chars() {
        if c.is_whitespace() {
            spaces += 1;
            continue;
        }
        if spaces >= 2 && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        spaces = 0;
        word.push(c);
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.join(" ")
}

/// List glyphs that open an item.
const GLYPHS: &[char] = &['•', '◦', '▪', '‣', '●', '○', '■', '□', '–', '—', '·'];

/// The length of the markup that opens `line` (the text of a line up to some offset): white
/// space, a byte-order mark, Markdown heading marks, emphasis, quote marks, table borders and a
/// list marker. A dash followed by a currency or a figure is an amount's dash, never a marker.
#[must_use]
pub fn markup_len(line: &str) -> usize {
    let mut i = 0;
    loop {
        let rest = &line[i..];
        let Some(c) = rest.chars().next() else {
            return i;
        };
        if c.is_whitespace() || matches!(c, '\u{feff}' | '#' | '>' | '|' | '*' | '_' | '+') {
            i += c.len_utf8();
            continue;
        }
        if let Some(len) = marker_len(rest) {
            i += len;
            continue;
        }
        return i;
    }
}

/// The length of a list marker at the start of `rest`, followed by white space: a glyph, a
/// hyphen, "1." or "1)", "a)" or "(a)". A dash before a currency or a figure is not a marker.
#[must_use]
pub fn marker_len(rest: &str) -> Option<usize> {
    let followed = |len: usize| {
        let after = &rest[len..];
        let starts_ws = after.starts_with([' ', '\t', '\u{a0}']);
        let body = after.trim_start();
        let amount_follows = body.starts_with(|c: char| c.is_ascii_digit())
            || crate::parse::amount::currency(body).is_ok();
        (starts_ws && !amount_follows).then_some(len)
    };
    let c = rest.chars().next()?;
    if GLYPHS.contains(&c) || matches!(c, '-' | '*' | '+') {
        return followed(c.len_utf8());
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) && matches!(rest.as_bytes().get(digits), Some(b'.' | b')')) {
        return followed(digits + 1);
    }
    let b = rest.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_lowercase() && b[1] == b')' {
        return followed(2);
    }
    if b.len() >= 3 && b[0] == b'(' && b[1].is_ascii_lowercase() && b[2] == b')' {
        return followed(3);
    }
    None
}

/// The cells of a table row written with borders ("| code | title | 1,234 |"), as spans of
/// their trimmed text (emphasis marks set aside), when `line` (without its line end, starting
/// at `start` in the text) is one. A separator row ("|---|:--:|") has no cells.
#[must_use]
pub fn pipe_cells(line: &str, start: usize) -> Option<Vec<Span>> {
    let lead = line.len() - line.trim_start().len();
    let body = line[lead..].strip_prefix('|')?;
    let mut cells = Vec::new();
    let mut at = start + lead + 1;
    let parts: Vec<&str> = body.split('|').collect();
    let last = parts.len().saturating_sub(1);
    for (i, part) in parts.iter().enumerate() {
        // The text after the closing border is no cell.
        if i == last && (part.trim().is_empty() || i == 0) {
            break;
        }
        let inner_lead = part.len()
            - part
                .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
                .len();
        let inner = part.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
        cells.push(Span::new(
            at + inner_lead.min(part.len()),
            at + inner_lead.min(part.len()) + inner.len(),
        ));
        at += part.len() + 1;
    }
    let separator = parts
        .iter()
        .all(|p| p.trim().chars().all(|c| matches!(c, '-' | ':')));
    (!cells.is_empty() && !separator).then_some(cells)
}

/// The longest line read as a heading.
const MAX_HEADING_BYTES: usize = 90;

/// Whether the line `line` (without its line end) reads as a heading: short, opening with a
/// capital or a number, not ending a sentence, with no amount in it.
/// A line of more words than this, continued by the next line with no blank between, is the
/// start of a paragraph, not a heading.
const MAX_RUN_ON_HEADING_WORDS: usize = 8;

fn is_heading(line: &str) -> bool {
    let t = line.trim();
    // A table's row is no heading, whatever its cells say.
    if t.starts_with('|') && t[1..].contains('|') {
        return false;
    }
    let body = &t[markup_len(t)..];
    let body = body.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#'));
    !body.is_empty()
        && body.len() <= MAX_HEADING_BYTES
        && body.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && body.chars().any(char::is_alphabetic)
        && !body.ends_with(['.', ',', ';', ':'])
        && !has_figure(body)
        // Words set apart by wide runs of spaces are a row of labels (a chart's axis, a
        // table's header), not a heading.
        && !body.contains("   ")
}

fn has_figure(s: &str) -> bool {
    let b = s.as_bytes();
    s.char_indices().any(|(i, c)| {
        c.is_ascii_digit() && s[i..].bytes().take_while(u8::is_ascii_digit).count() >= 4
    }) || s.contains(',') && s.bytes().any(|b| b.is_ascii_digit())
        // "9.500": thousands grouped with a period, as decimal-comma documents write them.
        || (1..b.len()).any(|i| {
            b[i] == b'.'
                && b[i - 1].is_ascii_digit()
                && b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count() == 3
                && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
        })
}

/// The heading a group between `floor` and `at` is named by: the nearest heading above `first`
/// (the group's first item), skipping a caption that the list follows directly ("Priority
/// projects"), within `floor..at`. The name is the heading up to a colon.
#[must_use]
pub fn heading_before(text: &str, lines: &LineIndex, floor: usize, first: usize) -> Option<Span> {
    heading_above(text, lines, floor, first, true)
}

/// The heading a total standing before its items is named by: the nearest heading above the
/// statement at `at`, within `floor..at` ("Afder Zone" over "Requirements: US$ 1,052,400"),
/// never skipped as a caption.
#[must_use]
pub fn heading_over_total(text: &str, lines: &LineIndex, floor: usize, at: usize) -> Option<Span> {
    heading_above(text, lines, floor, at, false)
}

fn heading_above(
    text: &str,
    lines: &LineIndex,
    floor: usize,
    first: usize,
    captions: bool,
) -> Option<Span> {
    let top = lines.line(floor);
    let mut line = lines.line(first.min(text.len()));
    // The width the group's paragraphs fill: a line of prose that runs on is about that long,
    // a heading is shorter.
    let first_line = line;
    let width = || {
        (top..first_line)
            .map(|l| {
                let start = lines.line_start(l).max(floor);
                let end = lines.content_end(l, text).max(start);
                text[start..end].trim_end().chars().count()
            })
            .max()
            .unwrap_or(0)
    };
    let mut skipped_caption = !captions;
    let mut below_blank = false;
    while line > top {
        line -= 1;
        let start = lines.line_start(line).max(floor);
        let end = if line + 1 < lines.line_count() {
            lines.line_start(line + 1)
        } else {
            text.len()
        };
        let raw = text[start..end].trim_end_matches(['\n', '\r']);
        if raw.trim().is_empty() {
            below_blank = true;
            continue;
        }
        let above = if line == top {
            ""
        } else {
            &text[lines.line_start(line - 1)..start]
        };
        // A heading under another ("PAKISTAN – SINDH" / "Dadu") names the group: the nearer.
        let above_blank = line == top || above.trim().is_empty() || is_heading(above.trim_end());
        // A heading stands alone: a line whose next line goes on in lower case is the start of
        // a paragraph.
        // So is a long line, about as wide as the paragraphs, that the next line continues
        // without a break: a heading is short.
        let runs_on = !below_blank
            && (next_is_lowercase(text, end)
                || raw.split_whitespace().count() > MAX_RUN_ON_HEADING_WORDS
                    && (ends_mid_clause(raw)
                        || raw.trim_end().chars().count() * 10 >= width() * 9));
        if is_heading(raw) && above_blank && !runs_on {
            if !below_blank && !skipped_caption && line + 1 == lines.line(first.min(text.len())) {
                skipped_caption = true;
                below_blank = false;
                continue;
            }
            let lead = markup_len(raw);
            let body = raw[lead..].split(':').next().unwrap_or("");
            let body =
                body.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#'));
            return Some(Span::new(start + lead, start + lead + body.len()));
        }
        below_blank = false;
    }
    None
}

/// Whether a line ends with a word no heading ends with (an article, a preposition, a
/// conjunction): a line of prose broken mid-clause.
fn ends_mid_clause(line: &str) -> bool {
    const GLUE: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
        "to", "with",
    ];
    line.split_whitespace()
        .next_back()
        .is_some_and(|w| GLUE.iter().any(|g| g.eq_ignore_ascii_case(w)))
}

fn next_is_lowercase(text: &str, from: usize) -> bool {
    text[from..]
        .trim_start()
        .starts_with(|c: char| c.is_lowercase())
}

/// Joins a word hyphenated at a line end ("capa-" / "city" → "capacity") when the joined word
/// is an English word; a compound whose hyphen is its own ("co-" / "funding") keeps the hyphen,
/// and only the line break goes. Only letters are joined, never a figure.
#[must_use]
pub fn join_hyphenated(raw: &str) -> std::borrow::Cow<'_, str> {
    // PDF extraction writes a break's hyphen as "-", as U+2010, or as a soft hyphen (U+00AD),
    // alone or before U+2010: all are read as "-"; a soft one always marks a break.
    let b = raw.as_bytes();
    let breaks = memchr::memchr3_iter(b'-', 0xC2, 0xE2, b).any(|i| match b[i] {
        b'-' => b[i + 1..]
            .iter()
            .find(|&&c| c != b' ' && c != b'\t')
            .is_some_and(|&c| c == b'\n' || c == b'\r'),
        0xC2 => b.get(i + 1) == Some(&0xAD),
        _ => b[i + 1..].starts_with(&[0x80, 0x90]),
    });
    if !breaks {
        return std::borrow::Cow::Borrowed(raw);
    }
    let normalized = raw
        .replace("\u{ad}\u{2010}", "\u{ad}")
        .replace('\u{2010}', "-");
    let mut out = String::with_capacity(raw.len());
    let mut rest = normalized.as_str();
    while let Some(i) = rest.find('\u{ad}') {
        // A soft hyphen is no character of the text: the word goes on after the line break.
        out.push_str(&rest[..i]);
        rest = rest[i + '\u{ad}'.len_utf8()..].trim_start();
    }
    let normalized = std::mem::take(&mut out) + rest;
    let mut rest = normalized.as_str();
    while let Some(i) = rest.find('-') {
        let (head, tail) = rest.split_at(i);
        let after = &tail[1..];
        let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
        let broken = after[gap..].starts_with(['\n', '\r']);
        let next = after.trim_start();
        let word_start = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
        let left = &head[word_start..];
        let right_len = next
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(next.len());
        let right = &next[..right_len];
        out.push_str(head);
        if broken
            && !left.is_empty()
            && left.chars().last().is_some_and(char::is_lowercase)
            && right.chars().next().is_some_and(char::is_lowercase)
        {
            let joined = format!("{left}{right}").to_lowercase();
            if !crate::words::accepted(&joined) {
                out.push('-');
            }
            rest = next;
        } else {
            out.push('-');
            rest = after;
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_spacing() {
        assert!(is_letter_spaced("We s t  A f r i c a"));
        assert!(!is_letter_spaced(" reg IOnal"));
        assert_eq!(unspace("We s t  A f r i c a"), "West Africa");
        assert_eq!(
            unspace("W o r l d  M i g r a t i o n  R e p o r t  ( W M R )  2 0 10"),
            "World Migration Report (WMR) 2010"
        );
        assert_eq!(unspace("Total   Sudan  1,000"), "Total Sudan 1,000");
    }

    #[test]
    fn lines_keep_offsets() {
        let t = "ab\r\n\ncd";
        let index = LineIndex::new(t);
        let l: Vec<Line<'_>> = lines(t, &index, 0, t.len()).collect();
        assert_eq!(l.len(), 3);
        assert_eq!(l[0].text, "ab");
        assert!(l[1].is_blank());
        assert_eq!(&t[l[2].start..l[2].end], "cd");
        // A lone CR ends a line too.
        let t = "ab\r\rcd\r";
        let index = LineIndex::new(t);
        let l: Vec<Line<'_>> = lines(t, &index, 0, t.len()).collect();
        assert_eq!(l.len(), 3);
        assert_eq!(l[0].text, "ab");
        assert!(l[1].is_blank());
        assert_eq!(&t[l[2].start..l[2].end], "cd");
    }

    #[test]
    fn lines_start_and_end_inside_a_line() {
        let t = "one two\nthree four\n";
        let index = LineIndex::new(t);
        let l: Vec<Line<'_>> = lines(t, &index, 4, 13).collect();
        assert_eq!(
            l.iter().map(|l| l.text).collect::<Vec<_>>(),
            ["two", "three"]
        );
        assert_eq!(lines(t, &index, t.len(), t.len()).count(), 0);
    }

    #[test]
    fn markup_is_set_aside() {
        assert_eq!(markup_len("## Kenya"), 3);
        assert_eq!(markup_len("**Total"), 2);
        assert_eq!(markup_len("  • Total"), 6);
        assert_eq!(markup_len("1. Water"), 3);
        assert_eq!(markup_len("a) Water"), 3);
        assert_eq!(markup_len("| Mauritania"), 2);
        // A dash before an amount is the amount's.
        assert_eq!(markup_len("– USD 5"), 0);
        assert_eq!(markup_len("- 5,000"), 0);
        assert_eq!(markup_len("- Water"), 2);
    }

    #[test]
    fn the_heading_names_the_group() {
        let text = "Title\n\nMORANG\n\nSome prose here.\n\nPriority projects\n• A – USD 5\nTotal requirements: USD 5\n";
        let lines = LineIndex::new(text);
        let first = text.find('•').expect("item");
        let h = heading_before(text, &lines, 6, first).expect("heading");
        assert_eq!(&text[h.start..h.end], "MORANG");
    }
}
