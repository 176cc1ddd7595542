//! Project bullets: where a bullet's title begins, its cleaned text, its annotation and the
//! note that says a bullet without amount is funded elsewhere.

use crate::parse::amount::GLYPH;
use crate::source::Span;

/// Words that, in a bullet without amount, say where its cost is carried.
const ELSEWHERE: &[&str] = &[
    "included",
    "covered by",
    "covered under",
    "funded under",
    "funded by",
    "funded through",
];

/// The title text: glyphs, tabs and line breaks dropped, white space collapsed.
#[must_use]
pub fn clean_title(raw: &str) -> String {
    let raw = crate::blocks::join_hyphenated(raw);
    let mut out = String::with_capacity(raw.len());
    for word in raw
        .split(|c: char| c.is_whitespace() || c == GLYPH || c == '\u{a0}')
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The span of `text[span]` without leading and trailing white space and glyphs.
#[must_use]
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let is_pad = |c: char| c.is_whitespace() || c == GLYPH || c == '\u{a0}' || c == '\u{feff}';
    let lead = s.len() - s.trim_start_matches(is_pad).len();
    let trail = s.trim_end_matches(is_pad).len();
    if trail <= lead {
        return Span::new(span.start + lead, span.start + lead);
    }
    Span::new(span.start + lead, span.start + trail)
}

/// Whether the text of a bullet without amount says its cost is funded elsewhere.
#[must_use]
pub fn says_funded_elsewhere(text: &str) -> bool {
    let lower = text.to_lowercase();
    ELSEWHERE.iter().any(|w| lower.contains(w))
}

/// The longest annotation read after an amount, in bytes.
const MAX_ANNOTATION: usize = 300;

/// The annotation after an amount: the rest of its line ("(co-funding requirement)"), carried
/// over to the next line while a parenthesis stays open.
#[must_use]
/// `line_end` is the offset of the last byte of the line end after the line of `from` (its `\n`,
/// or a lone `\r`), or the end of the text.
pub fn annotation(text: &str, from: usize, line_end: usize) -> Option<Span> {
    // An annotation is a few words; a longer rest of line is not one.
    let capped = crate::source::floor_char_boundary(text, line_end.min(from + MAX_ANNOTATION));
    let mut end = capped;
    let first = &text[from..capped];
    if capped == line_end && first.contains('(') && !first.contains(')') {
        // "(co-funding \nrequirement)": take the next line up to the closing parenthesis.
        let next = text.get(line_end + 1..).unwrap_or("");
        let next_line = &next[..crate::source::floor_char_boundary(next, MAX_ANNOTATION)];
        if let Some(close) = next_line
            .split(['\n', '\r'])
            .next()
            .and_then(|l| l.find(')'))
        {
            end = line_end + 1 + close + 1;
        }
    }
    let span = trim_span(text, Span::new(from, end));
    (!span.is_empty()).then_some(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_hyphenated_at_a_line_end_is_joined() {
        assert_eq!(
            clean_title("Building the capa-\n  city of district officers"),
            "Building the capacity of district officers"
        );
        // A compound keeps its hyphen; a figure is never joined.
        assert_eq!(
            clean_title("Joint co-\nfunding for wells"),
            "Joint co-funding for wells"
        );
        assert_eq!(clean_title("Phase 2-\n3 works"), "Phase 2- 3 works");
        // pdftotext's soft hyphen before a hyphen (U+00AD U+2010) at a column's line end.
        assert_eq!(
            clean_title("Hygiene kits for evac\u{ad}\u{2010}\n  uation centres"),
            "Hygiene kits for evacuation centres"
        );
    }

    #[test]
    fn titles() {
        assert_eq!(
            clean_title("Migration Dialogue for Southern Africa (MIDSA)  •\t\n"),
            "Migration Dialogue for Southern Africa (MIDSA)"
        );
    }

    #[test]
    fn notes() {
        assert!(says_funded_elsewhere(
            "(funding requirements included in the regional project)"
        ));
        assert!(!says_funded_elsewhere("Support to returnees"));
    }

    #[test]
    fn annotations() {
        let t = "– USD 1 (co-funding \nrequirement)\nNext";
        let a = annotation(t, 9, t.find('\n').expect("line end")).expect("annotation");
        assert_eq!(&t[a.start..a.end], "(co-funding \nrequirement)");
        assert_eq!(annotation("– USD 1  \nx", 9, 11), None);
    }
}
