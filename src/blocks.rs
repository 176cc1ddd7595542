//! Blocks: what a line of text is, as a reader sees it before any figure is read: markup and
//! list markers set aside, headings told from prose.
//!
//! The grammar asks these questions of the lines it reads; every answer is an offset into the
//! original text, so spans keep pointing at the bytes as written.

use crate::source::{LineIndex, Span};

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
}

fn has_figure(s: &str) -> bool {
    s.char_indices().any(|(i, c)| {
        c.is_ascii_digit() && s[i..].bytes().take_while(u8::is_ascii_digit).count() >= 4
    }) || s.contains(',') && s.bytes().any(|b| b.is_ascii_digit())
}

/// The heading a group between `floor` and `at` is named by: the nearest heading above `first`
/// (the group's first item), skipping a caption that the list follows directly ("Priority
/// projects"), within `floor..at`. The name is the heading up to a colon.
#[must_use]
pub fn heading_before(text: &str, lines: &LineIndex, floor: usize, first: usize) -> Option<Span> {
    let top = lines.line(floor);
    let mut line = lines.line(first.min(text.len()));
    let mut skipped_caption = false;
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
        let above_blank = line == top || text[lines.line_start(line - 1)..start].trim().is_empty();
        // A heading stands alone: a line whose next line goes on in lower case is the start of
        // a paragraph.
        let runs_on = !below_blank && next_is_lowercase(text, end);
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

fn next_is_lowercase(text: &str, from: usize) -> bool {
    text[from..]
        .trim_start()
        .starts_with(|c: char| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

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
