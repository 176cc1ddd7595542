//! The checked text, byte spans into it, and a line index built once per document.

use std::sync::{Arc, OnceLock};

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

    /// Byte offset where the text of 0-based `line` ends, before its line end; `text` is the
    /// indexed text. Constant time, however long the line.
    #[must_use]
    pub fn content_end(&self, line: usize, text: &str) -> usize {
        let next = self.next_start(line, text.len());
        if line + 1 >= self.line_count() {
            return next;
        }
        let bytes = text.as_bytes();
        if bytes[next - 1] == b'\n' && next >= 2 + self.line_start(line) && bytes[next - 2] == b'\r'
        {
            next - 2
        } else {
            next - 1
        }
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

/// Every this many bytes of a long line, the column index keeps the column reached, so that a
/// column is counted over at most this many bytes however long its line is.
const COLUMN_STEP: usize = 1024;

/// Columns on long lines: checkpoints of the character count, one every [`COLUMN_STEP`] bytes
/// (about 1.6% of a long line's size). A column is then found from the checkpoint below it,
/// so that the emitters' cost is linear in the findings and the text, whatever order they ask
/// in: without it, a 5 MB line with 100,000 findings counts characters 100,000 times from its
/// start.
#[derive(Debug, Clone, Default)]
pub struct ColumnIndex {
    /// `(offset, column)`: a char boundary and its 0-based column on its line, sorted by
    /// offset; only on lines longer than [`COLUMN_STEP`].
    marks: Vec<(usize, usize)>,
}

impl ColumnIndex {
    /// One pass over the lines longer than [`COLUMN_STEP`]; shorter lines cost nothing.
    #[must_use]
    pub fn new(text: &str, lines: &LineIndex) -> Self {
        let mut marks = Vec::new();
        for line in 0..lines.line_count() {
            let start = lines.line_start(line);
            let end = lines.next_start(line, text.len());
            if end - start <= COLUMN_STEP {
                continue;
            }
            let (mut pos, mut column) = (start, 0);
            loop {
                let next = floor_char_boundary(text, pos + COLUMN_STEP);
                if next >= end {
                    break;
                }
                column += text[pos..next].chars().count();
                marks.push((next, column));
                pos = next;
            }
        }
        Self { marks }
    }

    /// The checkpoint at or before `offset` on the line that starts at `line_start`, or the
    /// line start itself (column 0).
    fn below(&self, line_start: usize, offset: usize) -> (usize, usize) {
        let i = self.marks.partition_point(|m| m.0 <= offset);
        self.marks[..i]
            .last()
            .filter(|m| m.0 >= line_start)
            .copied()
            .unwrap_or((line_start, 0))
    }

    /// The checkpoint at or before 0-based `column` on the line `start..end`.
    fn below_column(&self, start: usize, end: usize, column: usize) -> (usize, usize) {
        let lo = self.marks.partition_point(|m| m.0 < start);
        let hi = self.marks.partition_point(|m| m.0 < end);
        let line = &self.marks[lo..hi];
        let i = line.partition_point(|m| m.1 <= column);
        line[..i].last().copied().unwrap_or((start, 0))
    }
}

/// One checked document: its name as given, its text, its line index, and (built on first use
/// by the emitters) its column index.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: Arc<str>,
    pub lines: LineIndex,
    /// The encoding the text was decoded from when it was not UTF-8 (see `crate::decode`).
    pub encoding: Option<&'static str>,
    columns: OnceLock<ColumnIndex>,
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
            encoding: None,
            columns: OnceLock::new(),
        }
    }

    /// The source of a file decoded from `encoding` rather than UTF-8.
    #[must_use]
    pub fn with_encoding(mut self, encoding: Option<&'static str>) -> Self {
        self.encoding = encoding;
        self
    }

    /// The column index, built on the first call that needs it (a column far into a line).
    fn columns(&self) -> &ColumnIndex {
        self.columns
            .get_or_init(|| ColumnIndex::new(&self.text, &self.lines))
    }

    /// 1-based line of `offset` (clamped to the text). Cheaper than [`Source::line_col`]:
    /// nothing is counted.
    #[must_use]
    pub fn line(&self, offset: usize) -> usize {
        self.lines.line(offset.min(self.text.len())) + 1
    }

    /// 1-based line and character column of `offset` (clamped to the text). It counts at most
    /// [`COLUMN_STEP`] bytes, whatever the length of the line.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line = self.lines.line(offset);
        let start = self.lines.line_start(line);
        let (from, before) = if offset - start > COLUMN_STEP {
            self.columns().below(start, offset)
        } else {
            (start, 0)
        };
        LineCol {
            line: line + 1,
            column: before + self.text[from..offset].chars().count() + 1,
        }
    }

    /// The offset of the character at 0-based `column` of 0-based `line`, or the end of the
    /// line (its line end included) when the line is shorter.
    #[must_use]
    pub fn offset_at_column(&self, line: usize, column: usize) -> usize {
        let start = self.lines.line_start(line).min(self.text.len());
        let end = self.lines.next_start(line, self.text.len());
        let (from, before) = if end - start > COLUMN_STEP {
            self.columns().below_column(start, end, column)
        } else {
            (start, 0)
        };
        self.text[from..end]
            .char_indices()
            .nth(column - before)
            .map_or(end, |(i, _)| from + i)
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
        let text = "a\rb\r\nc\nd\r\re";
        let ends: Vec<usize> = (0..idx.line_count())
            .map(|l| idx.content_end(l, text))
            .collect();
        assert_eq!(ends, [1, 3, 6, 8, 9, 11]);
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

    /// Columns read through the checkpoints equal columns counted from the line start, on long
    /// lines of multi-byte characters, at every offset, in any order.
    #[test]
    fn column_index_agrees_with_counting() {
        let long = "– USD 1,000 é ".repeat(700);
        let text = format!("short\n{long}\r{long}\r\nend");
        let s = Source::new("t", text.as_str());
        let naive = |offset: usize| {
            let line = s.lines.line(offset);
            let start = s.lines.line_start(line);
            LineCol {
                line: line + 1,
                column: text[start..offset].chars().count() + 1,
            }
        };
        let offsets: Vec<usize> = (0..=text.len())
            .rev()
            .filter(|&o| text.is_char_boundary(o))
            .collect();
        for &o in &offsets {
            assert_eq!(s.line_col(o), naive(o), "offset {o}");
        }
        for line in 0..s.lines.line_count() {
            let start = s.lines.line_start(line);
            for column in [0, 1, 500, 1023, 1024, 1025, 5000, 9799, 9800, 9801, 100_000] {
                let at = s.offset_at_column(line, column);
                let end = s.lines.next_start(line, text.len());
                if at < end {
                    assert_eq!(naive(at).column - 1, column, "line {line} column {column}");
                } else {
                    assert!(text[start..end].chars().count() <= column);
                }
            }
        }
    }
}
