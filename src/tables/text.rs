//! Text helpers for the appendix: lines with their spans, letter spacing, the keys under which
//! names and titles compare, and the word-level similarity and difference of two titles.

use std::collections::HashMap;

use crate::source::Span;

/// One line of the text, without its line break (and without a `\r` before it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'t> {
    /// Offset of the first byte of the line.
    pub start: usize,
    /// Offset after the last byte of the line's text (before `\r\n` or `\n`).
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

/// The lines of `text[from..to]`, each with its offsets into `text`.
#[must_use]
pub fn lines(text: &str, from: usize, to: usize) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = from;
    while start < to {
        let end = memchr::memchr(b'\n', &text.as_bytes()[start..to]).map_or(to, |i| start + i);
        let content_end = if end > start && text.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        out.push(Line {
            start,
            end: content_end,
            text: &text[start..content_end],
        });
        start = end + 1;
    }
    out
}

/// Whether most of a line's space-separated pieces are single characters, as in the headings
/// and tabs that PDF extraction letter-spaces ("W e s t  A f r i c a").
#[must_use]
pub fn is_letter_spaced(line: &str) -> bool {
    let pieces: Vec<&str> = line.split_whitespace().collect();
    if pieces.len() < 4 {
        return false;
    }
    let single = pieces.iter().filter(|p| p.chars().count() == 1).count();
    single * 5 >= pieces.len() * 3
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

/// The key under which names and titles compare: lower case, letters and digits only, so that
/// case, spacing and punctuation are set aside.
#[must_use]
pub fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The key of a name without a leading article ("The Caribbean" and "Caribbean" agree).
#[must_use]
pub fn name_key(s: &str) -> String {
    let trimmed = s.trim_start();
    let rest = trimmed
        .get(..4)
        .filter(|w| w.eq_ignore_ascii_case("the "))
        .map_or(trimmed, |_| &trimmed[4..]);
    key(rest)
}

/// The words of a title, as written (case kept), split at anything that is not a letter or a
/// digit.
#[must_use]
pub fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many single-character edits turn `a` into `b` (Levenshtein), stopping early above `max`.
#[must_use]
pub fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Whether two words are the same word but for a slip: equal ignoring case, or one or two
/// edits apart in a word long enough for that to be a slip and not another word.
#[must_use]
pub fn near_words(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return true;
    }
    let len = a.chars().count().min(b.chars().count());
    let max = match len {
        0..=3 => return false,
        4..=6 => 1,
        _ => 2,
    };
    edit_distance(&a, &b, max) <= max
}

/// One step of the word alignment of two titles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step<'a> {
    Same(&'a str, &'a str),
    /// The same word with a slip (or another case).
    Near(&'a str, &'a str),
    /// Words on the left only.
    Left(Vec<&'a str>),
    /// Words on the right only.
    Right(Vec<&'a str>),
    /// Words on the left where the right has other words.
    Replaced(Vec<&'a str>, Vec<&'a str>),
}

/// Aligns the words of two titles (longest common subsequence, near words counting as
/// common) and returns the steps and the similarity: twice the aligned words over all words.
#[must_use]
pub fn align<'a>(left: &[&'a str], right: &[&'a str]) -> (Vec<Step<'a>>, f64) {
    let (n, m) = (left.len(), right.len());
    if n == 0 || m == 0 {
        return (Vec::new(), 0.0);
    }
    // Near-word tests are the expensive part; each pair is decided once.
    let near: Vec<Vec<bool>> = left
        .iter()
        .map(|a| right.iter().map(|b| near_words(a, b)).collect())
        .collect();
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if near[i][j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut steps: Vec<Step<'a>> = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut only_left: Vec<&'a str> = Vec::new();
    let mut only_right: Vec<&'a str> = Vec::new();
    let flush = |steps: &mut Vec<Step<'a>>, l: &mut Vec<&'a str>, r: &mut Vec<&'a str>| match (
        l.is_empty(),
        r.is_empty(),
    ) {
        (true, true) => {}
        (false, true) => steps.push(Step::Left(std::mem::take(l))),
        (true, false) => steps.push(Step::Right(std::mem::take(r))),
        (false, false) => {
            steps.push(Step::Replaced(std::mem::take(l), std::mem::take(r)));
        }
    };
    while i < n && j < m {
        if near[i][j] && lcs[i][j] == lcs[i + 1][j + 1] + 1 {
            flush(&mut steps, &mut only_left, &mut only_right);
            if left[i] == right[j] {
                steps.push(Step::Same(left[i], right[j]));
            } else {
                steps.push(Step::Near(left[i], right[j]));
            }
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            only_left.push(left[i]);
            i += 1;
        } else {
            only_right.push(right[j]);
            j += 1;
        }
    }
    only_left.extend(&left[i..]);
    only_right.extend(&right[j..]);
    flush(&mut steps, &mut only_left, &mut only_right);
    #[allow(clippy::cast_precision_loss, reason = "word counts are small")]
    let similarity = 2.0 * lcs[0][0] as f64 / (n + m) as f64;
    (steps, similarity)
}

/// A title short enough to quote in a message.
#[must_use]
pub fn short(title: &str) -> String {
    const MAX: usize = 60;
    if title.chars().count() <= MAX {
        return title.to_string();
    }
    let cut: String = title.chars().take(MAX).collect();
    format!("{}…", cut.trim_end())
}

/// How often each word (lower case) occurs in a text: the document's own evidence of which
/// spelling of a word it uses.
#[must_use]
pub fn word_counts(text: &str) -> HashMap<String, u32> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for w in words(text) {
        *counts.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    counts
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
    fn keys() {
        assert_eq!(key("Cross-border  (CALM)"), "crossbordercalm");
        assert_eq!(name_key("The Caribbean"), name_key("caribbean"));
        assert_eq!(name_key("Thessaly"), "thessaly");
    }

    #[test]
    fn lines_keep_offsets() {
        let t = "ab\r\n\ncd";
        let l = lines(t, 0, t.len());
        assert_eq!(l.len(), 3);
        assert_eq!(l[0].text, "ab");
        assert!(l[1].is_blank());
        assert_eq!(&t[l[2].start..l[2].end], "cd");
    }

    #[test]
    fn distances_and_near_words() {
        assert_eq!(edit_distance("kitten", "sitting", 5), 3);
        assert!(near_words("Minicipalities", "municipalities"));
        assert!(near_words("insitutional", "institutional"));
        assert!(!near_words("SE", "South"));
        assert!(!near_words("and", "the"));
    }

    #[test]
    fn alignment() {
        let l = words("Water for all in the Poverty Minicipalities");
        let r = words("Water for some in Poverty municipalities");
        let (steps, sim) = align(&l, &r);
        assert!(sim > 0.7 && sim < 1.0);
        assert!(steps.contains(&Step::Replaced(vec!["all"], vec!["some"])));
        assert!(steps.contains(&Step::Left(vec!["the"])));
        assert!(steps.contains(&Step::Near("Minicipalities", "municipalities")));
    }
}
