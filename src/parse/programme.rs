//! Prose programme blocks: a letter-spaced heading and the text under it, whose projects are
//! stated in sentences ("The funding required for 2008 is USD 60,000."). Only the figure stated
//! as what is required counts, once: the first sentence that says so; a breakdown in the same
//! sentence ("USD 160,000 (4 x USD 40,000)") and an overall figure ("The overall funding
//! required ... is USD 3,000,000") do not.

use crate::blocks::{Line, is_letter_spaced, lines, unspace};
use crate::model::Amount;
use crate::model::DecimalMark;
use crate::model::table::{Block, Heading, Table};
use crate::parse::amount::{AmountRead, Lead, currency, read_amount};
use crate::source::{LineIndex, Span};

/// The word that marks a sentence stating a requirement.
const REQUIRED: &str = "required";
/// A word that marks a figure as overall (several years or phases), not the year's.
const OVERALL: &str = "overall";
/// The longest sentence looked at, in bytes, either side of "required".
const MAX_SENTENCE: usize = 2_000;
/// How many sentences saying "required" a block may have before the rest are ignored.
const MAX_TRIES: usize = 16;

/// Finds the headings and programme blocks in `text[from..]`, outside `tables`.
#[must_use]
pub fn blocks(
    text: &str,
    index: &LineIndex,
    from: usize,
    tables: &[Table],
    code: &str,
    mark: DecimalMark,
) -> (Vec<Heading>, Vec<Block>) {
    let in_table = |pos: usize| {
        tables
            .iter()
            .any(|t| t.span.start <= pos && pos < t.span.end)
    };
    let all: Vec<Line<'_>> = lines(text, index, from, text.len()).collect();
    let mut headings: Vec<Heading> = Vec::new();
    let mut i = 0;
    while i < all.len() {
        if !is_letter_spaced(all[i].text) || in_table(all[i].start) {
            i += 1;
            continue;
        }
        let first = i;
        while i < all.len() && is_letter_spaced(all[i].text) && !in_table(all[i].start) {
            i += 1;
        }
        let parts: Vec<String> = all[first..i].iter().map(|l| unspace(l.text)).collect();
        headings.push(Heading {
            span: Span::new(all[first].trimmed().start, all[i - 1].trimmed().end),
            text: parts.join(" "),
        });
    }
    let mut blocks = Vec::new();
    for (k, h) in headings.iter().enumerate() {
        let next_heading = headings.get(k + 1).map_or(text.len(), |n| n.span.start);
        let next_table = tables
            .iter()
            .map(|t| t.span.start)
            .filter(|&s| s > h.span.end)
            .min()
            .unwrap_or(text.len());
        let body = Span::new(h.span.end, next_heading.min(next_table));
        if let Some((sentence, requirement)) = requirement(text, body, code, mark) {
            let end = text[body.start..body.end].trim_end().len() + body.start;
            blocks.push(Block {
                heading: h.text.clone(),
                heading_span: h.span,
                span: Span::new(h.span.start, end),
                sentence,
                requirement,
            });
        }
    }
    (headings, blocks)
}

/// Offsets of `word` in `s` as a whole word, ignoring ASCII case.
fn find_word<'a>(s: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let lower = s.to_ascii_lowercase();
    let hits: Vec<usize> = memchr::memmem::find_iter(lower.as_bytes(), word.as_bytes())
        .filter(|&p| {
            let before = s[..p].chars().next_back();
            let after = s[p + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .collect();
    hits.into_iter()
}

/// The sentence around `pos` in `s`: from after the previous ".", "!" or "?" followed by white
/// space to the next one (a point inside a number does not end a sentence).
fn sentence(s: &str, pos: usize) -> (usize, usize) {
    let b = s.as_bytes();
    let ends_here = |i: usize| {
        matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).is_none_or(u8::is_ascii_whitespace)
    };
    // A sentence longer than this is no sentence of an appeal: the search stops there, so
    // that text without full stops costs linear time.
    let floor = pos.saturating_sub(MAX_SENTENCE);
    let ceiling = (pos + MAX_SENTENCE).min(s.len());
    let start = (floor..pos)
        .rev()
        .find(|&i| ends_here(i))
        .map_or(floor, |i| i + 1);
    let end = (pos..ceiling)
        .find(|&i| ends_here(i))
        .map_or(ceiling, |i| i + 1);
    let start = (start..=pos)
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(pos);
    let end = (end..=s.len())
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(s.len());
    (start, end)
}

/// The first sentence of `body` that states what is required, and its first amount.
fn requirement(text: &str, body: Span, code: &str, mark: DecimalMark) -> Option<(Span, Amount)> {
    let s = &text[body.start..body.end];
    for pos in find_word(s, REQUIRED).take(MAX_TRIES) {
        let (a, b) = sentence(s, pos);
        let sent = &s[a..b];
        if find_word(sent, OVERALL).next().is_some() {
            continue;
        }
        if let Some(amount) = first_amount(text, body.start + a, body.start + b, code, mark) {
            let span = Span::new(body.start + a, body.start + b);
            let lead =
                text[span.start..span.end].len() - text[span.start..span.end].trim_start().len();
            return Some((Span::new(span.start + lead, span.end), amount));
        }
    }
    None
}

/// The first amount with a currency in `text[from..to]`.
fn first_amount(
    text: &str,
    from: usize,
    to: usize,
    code: &str,
    mark: DecimalMark,
) -> Option<Amount> {
    let s = &text[from..to];
    for (i, c) in s.char_indices() {
        let at_word = s[..i]
            .chars()
            .next_back()
            .is_none_or(|p| !p.is_alphanumeric());
        if !at_word {
            continue;
        }
        let rest = &s[i..];
        let is_cur = currency(rest).is_ok()
            || (rest.len() >= code.len()
                && rest.is_char_boundary(code.len())
                && rest[..code.len()].eq_ignore_ascii_case(code)
                && !rest[code.len()..].starts_with(char::is_alphabetic));
        if !is_cur || !(c.is_alphabetic() || c == '$') {
            continue;
        }
        if let Some(AmountRead::Amount(a)) = read_amount(text, from + i, Lead::Any, mark)
            && a.currency.is_some()
            && a.number.end <= to
        {
            return Some(a);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn values(text: &str) -> Vec<Decimal> {
        blocks(
            text,
            &LineIndex::new(text),
            0,
            &[],
            "USD",
            DecimalMark::Point,
        )
        .1
        .iter()
        .map(|b| b.requirement.value())
        .collect()
    }

    #[test]
    fn only_the_years_requirement_counts() {
        let text = "I M L  C o u r s e\nThe course ran in 2007. The funding required for 2008 is USD 60,000.\n\nW o r k s h o p s\nThe funding required for 2008 is \nUSD 160,000 (4 x USD 40,000).\n\nF u n d  ( r r t F )\nThe total funding requirement was established at USD 5 million. To replenish the fund, some USD 2,000,000 is required.\n\nE n v i r o n m e n t\nThe funding required in 2008 for the first phase is USD 150,000. The overall funding required is USD \n3,000,000.\n\ng l o b a l  l e v e l\n\nN o  f i g u r e\nProse only.\n";
        assert_eq!(
            values(text),
            vec![
                Decimal::from(60_000),
                Decimal::from(160_000),
                Decimal::from(2_000_000),
                Decimal::from(150_000)
            ]
        );
    }
}
