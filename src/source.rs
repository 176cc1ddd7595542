//! The checked text, byte spans into it, and a line index built once per document.

use std::sync::Arc;

/// A half-open byte range `start..end` into the original text.
///
/// Spans always index the original text (BOM and CRLF included), never a normalized copy, so
/// that fixes can rewrite exactly the bytes they point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    #[must_use]
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Self { start, end }
    }

    #[must_use]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Where a line end starts at byte `i` of `bytes`, its length: 2 for `\r\n`, 1 for `\n` or a
/// lone `\r` (some PDF extractors end lines with it), `None` for any other byte.
#[must_use]
pub fn line_end_len(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b'\r' if bytes.get(i + 1) == Some(&b'\n') => Some(2),
        b'\n' | b'\r' => Some(1),
        _ => None,
    }
}

/// The first line end in `text[from..to]`: where it starts and where the next line starts
/// (which may lie past `to` when a `\r\n` straddles it).
#[must_use]
pub fn next_line_end(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    if from >= to {
        return None;
    }
    let at = from + memchr::memchr2(b'\n', b'\r', &bytes[from..to])?;
    // memchr2 stopped at a `\n` or a `\r`, so there is a line end at `at`.
    let len = line_end_len(bytes, at).unwrap_or(1);
    Some((at, at + len))
}

/// The lines of `s`, each with its line end (`\n`, `\r\n` or a lone `\r`); the last may have
/// none. Like `str::split_inclusive('\n')`, with every line end the line index accepts.
pub fn split_lines_inclusive(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = next_line_end(rest, 0, rest.len()).map_or(rest.len(), |(_, next)| next);
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// Start offsets of every line, so that offsets become line and column without rescanning.
///
/// A line ends at `\n`, at `\r\n` (one line end, not two) and at a lone `\r`.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    #[must_use]
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                // The `\r` of a `\r\n` ends no line: its `\n` does.
                .filter(|&i| !(bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n')))
                .map(|i| i + 1),
        );
        Self { starts }
    }

    /// 0-based line of `offset`.
    #[must_use]
    pub fn line(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where 0-based `line` starts.
    #[must_use]
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(usize::MAX)
    }

    /// Byte offset where the next line after 0-based `line` starts, or `len` (the length of the
    /// text) for the last line: the end of `line` with its line end.
    #[must_use]
    pub fn next_start(&self, line: usize, len: usize) -> usize {
        self.starts.get(line + 1).copied().unwrap_or(len)
    }

    #[must_use]
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

/// A 1-based line and a 1-based column counted in Unicode characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// One checked document: its name as given, its text and its line index.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: Arc<str>,
    pub lines: LineIndex,
}

impl Source {
    #[must_use]
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        let text: Arc<str> = text.into();
        let lines = LineIndex::new(&text);
        Self {
            name: name.into(),
            text,
            lines,
        }
    }

    /// 1-based line and character column of `offset` (clamped to the text).
    #[must_use]
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line = self.lines.line(offset);
        let start = self.lines.line_start(line);
        let column = self.text[start..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    #[must_use]
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
}

/// The greatest char boundary at or below `offset`.
#[must_use]
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let s = Source::new("t", "ab\n– USD 1\r\nx");
        assert_eq!(s.line_col(0), LineCol { line: 1, column: 1 });
        // "– " is 4 bytes and 2 characters.
        assert_eq!(s.line_col(3 + 4), LineCol { line: 2, column: 3 });
        assert_eq!(s.line_col(s.text.len()), LineCol { line: 3, column: 2 });
    }

    #[test]
    fn line_of_offsets() {
        let idx = LineIndex::new("a\nb\n");
        assert_eq!(idx.line(0), 0);
        assert_eq!(idx.line(1), 0);
        assert_eq!(idx.line(2), 1);
        assert_eq!(idx.line(4), 2);
    }

    #[test]
    fn lone_cr_ends_a_line_and_crlf_is_one_line_end() {
        let idx = LineIndex::new("a\rb\r\nc\nd\r\re");
        let starts: Vec<usize> = (0..idx.line_count()).map(|l| idx.line_start(l)).collect();
        assert_eq!(starts, [0, 2, 5, 7, 9, 10]);
        let s = Source::new("t", "ab\r– USD 1\r\rx");
        assert_eq!(s.line_col(3 + 4), LineCol { line: 2, column: 3 });
        assert_eq!(s.line_col(s.text.len()), LineCol { line: 4, column: 2 });
        // A text ending with a lone CR has an empty last line, as one ending with LF.
        assert_eq!(
            LineIndex::new("a\r").line_count(),
            LineIndex::new("a\n").line_count()
        );
    }

    #[test]
    fn line_ends_and_lines() {
        assert_eq!(next_line_end("ab\r\ncd", 0, 6), Some((2, 4)));
        assert_eq!(next_line_end("ab\rcd", 0, 5), Some((2, 3)));
        assert_eq!(next_line_end("ab\ncd", 3, 5), None);
        // A CRLF that straddles the end of the range is still one line end.
        assert_eq!(next_line_end("ab\r\ncd", 0, 3), Some((2, 4)));
        let lines: Vec<&str> = split_lines_inclusive("a\rb\r\n\nc").collect();
        assert_eq!(lines, ["a\r", "b\r\n", "\n", "c"]);
        assert_eq!(split_lines_inclusive("").count(), 0);
    }
}
