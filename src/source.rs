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

/// Start offsets of every line, so that offsets become line and column without rescanning.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
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
}
