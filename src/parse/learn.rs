//! Total statements learned from the document's own arithmetic.
//!
//! A document whose totals are worded in a way the table of wordings (`total::WORDINGS`) does
//! not know ("Gesamtbedarf Kenia: EUR 205.500", "Somalia — Finanzbedarf insgesamt", a table's
//! "Summe" row) still shows them to a reader who adds up: most of those lines state the sum of
//! the run of items next to them, and they share a few words no project line has. This module
//! finds those words from the lines that foot, and hands every line that has them (footing or
//! not) to the grammar as a total statement; the lines that do not foot then become the usual
//! findings.
//!
//! A coincidental sum is never a total: the words must recur in at least [`MIN_GROUPS`] lines
//! that foot, in most of the lines that foot, and most of the lines that have the words must
//! foot as groups.

use rust_decimal::Decimal;

use crate::model::{Amount, Bullet, DecimalMark, Document, Learned};
use crate::parse::amount::{AmountRead, Lead, read_amount};
use crate::source::{LineIndex, Span};

/// The fewest groups that foot a learned wording needs.
pub const MIN_GROUPS: usize = 3;
/// The longest run of items a learned total may sum, in items: keeps the search linear.
const MAX_RUN: usize = 200;
/// The longest line searched for a figure that closes it, in bytes.
const MAX_FIGURE_LINE: usize = 300;

/// Lines the grammar read as no item that end with a figure and its currency after a label
/// ("Summe Kenia 205.500 EUR", "**Gesamt** EUR 205.500"): statements a wording may be learned
/// from, never items. `items` are the document's items, in text order.
fn figure_lines(
    text: &str,
    index: &LineIndex,
    items: &[&Bullet],
    mark: DecimalMark,
) -> Vec<Bullet> {
    let mut out = Vec::new();
    let mut next_item = 0;
    for line in crate::blocks::lines(text, index, 0, text.len()) {
        while items
            .get(next_item)
            .is_some_and(|b| b.span.end <= line.start)
        {
            next_item += 1;
        }
        let taken = items
            .get(next_item)
            .is_some_and(|b| b.span.start <= line.end);
        if taken || line.text.len() > MAX_FIGURE_LINE {
            continue;
        }
        let t = line
            .text
            .trim_end_matches([' ', '\t', '*', '_', '|', '\u{a0}']);
        let end = line.start + t.len();
        let content = line.start + crate::blocks::markup_len(t);
        // The leftmost place after a space from which a figure with a currency reaches the end.
        let amount = (content..end)
            .filter(|&p| text.is_char_boundary(p) && p > content && text.as_bytes()[p - 1] == b' ')
            .find_map(|p| match read_amount(text, p, Lead::Any, mark) {
                Some(AmountRead::Amount(a)) if a.span.end == end && a.currency.is_some() => Some(a),
                _ => None,
            });
        let Some(amount) = amount else {
            continue;
        };
        let label = text[content..amount.span.start].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '–' | '—' | '-' | '*' | '_' | '|')
        });
        if !label.chars().any(char::is_alphabetic) {
            continue;
        }
        out.push(Bullet {
            span: Span::new(content, amount.span.end),
            title_span: Span::new(content, content + label.len()),
            title: label.to_string(),
            amount: Some(amount),
            annotation: None,
            funded_elsewhere: false,
            marked: false,
        });
    }
    out
}

/// One learned statement for the grammar: the item line it was read as, its name and where
/// the learned words stand.
#[derive(Debug, Clone)]
pub struct Statement {
    pub span: Span,
    pub name_span: Span,
    pub wording: Span,
    pub amount: Amount,
}

/// One word of a label: where it stands in the label (byte range) and its lower case.
type Word = (std::ops::Range<usize>, String);

/// The words of a label: runs of letters.
fn words(label: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in label
        .char_indices()
        .chain(std::iter::once((label.len(), ' ')))
    {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s..i, label[s..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether the items before (or after) item `i` include a run that sums to its figure: a run
/// of at least two items, next to it, of at most [`MAX_RUN`]. Lines that are no item (`real`
/// false) are never part of a run.
fn foots_as_run(values: &[Decimal], real: &[bool], i: usize, before: bool) -> bool {
    if before {
        sums_to(
            values,
            real,
            (i.saturating_sub(MAX_RUN)..i).rev(),
            values[i],
        )
    } else {
        sums_to(
            values,
            real,
            i + 1..values.len().min(i + 1 + MAX_RUN),
            values[i],
        )
    }
}

/// Whether the values of items at `run`, added in its order, reach `target` after two or more.
fn sums_to(
    values: &[Decimal],
    real: &[bool],
    run: impl Iterator<Item = usize>,
    target: Decimal,
) -> bool {
    let mut sum = Decimal::ZERO;
    for (n, j) in run.filter(|&j| real[j]).enumerate() {
        sum += values[j];
        if n >= 1 && sum == target {
            return true;
        }
        // Amounts are positive: once past the figure, no longer run can meet it.
        if sum > target {
            return false;
        }
    }
    false
}

/// Learns a total statement from `doc`'s items (read from `text`) when the wordings crossfoot
/// knows left most of them in no group, or most groups not footing. Returns what was learned
/// and the statements, in text order; `None` when no wording recurs among lines that foot.
#[must_use]
pub fn learn(doc: &Document, text: &str, index: &LineIndex) -> Option<(Learned, Vec<Statement>)> {
    let mut items: Vec<&Bullet> = doc
        .sections
        .iter()
        .flat_map(|s| &s.bullets)
        .chain(&doc.trailing)
        .filter(|b| b.amount.is_some())
        .collect();
    items.sort_by_key(|b| b.span.start);
    let extra = figure_lines(text, index, &items, doc.mark);
    // The lines read for this search alone are statements or nothing, never items of a group.
    let mut tagged: Vec<(&Bullet, bool)> = items.iter().map(|&b| (b, true)).collect();
    tagged.extend(extra.iter().map(|b| (b, false)));
    tagged.sort_by_key(|(b, _)| b.span.start);
    let items: Vec<&Bullet> = tagged.iter().map(|t| t.0).collect();
    let real: Vec<bool> = tagged.iter().map(|t| t.1).collect();
    let values: Vec<Decimal> = items
        .iter()
        .filter_map(|b| b.amount.as_ref().map(Amount::value))
        .collect();
    if values.len() < 2 * MIN_GROUPS || values.iter().any(Decimal::is_sign_negative) {
        return None;
    }
    let labels: Vec<Vec<Word>> = items
        .iter()
        .map(|b| words(&text[b.title_span.start..b.title_span.end]))
        .collect();
    // The words of the lines that foot, per side, and in how many such lines each stands.
    let mut best: Option<(Vec<String>, usize)> = None;
    for before in [true, false] {
        let footing: Vec<usize> = (0..items.len())
            .filter(|&i| !labels[i].is_empty() && foots_as_run(&values, &real, i, before))
            .collect();
        if footing.len() < MIN_GROUPS {
            continue;
        }
        let mut counts: crate::hash::FnvMap<&str, usize> = crate::hash::FnvMap::default();
        for &i in &footing {
            let mut seen: Vec<&str> = labels[i].iter().map(|(_, w)| w.as_str()).collect();
            seen.sort_unstable();
            seen.dedup();
            for w in seen {
                *counts.entry(w).or_default() += 1;
            }
        }
        // Words in two thirds of the lines that foot (and in at least MIN_GROUPS of them), in
        // the order the first such line writes them.
        let recurring = |w: &str| {
            counts
                .get(w)
                .is_some_and(|&n| n >= MIN_GROUPS && 3 * n >= 2 * footing.len())
        };
        let Some(&first) = footing
            .iter()
            .find(|&&i| labels[i].iter().any(|(_, w)| recurring(w)))
        else {
            continue;
        };
        let mut pattern: Vec<String> = Vec::new();
        for (_, w) in &labels[first] {
            if recurring(w) && !pattern.contains(w) {
                pattern.push(w.clone());
            }
        }
        let support = footing
            .iter()
            .filter(|&&i| has_all(&labels[i], &pattern))
            .count();
        if best.as_ref().is_none_or(|b| support > b.1) {
            best = Some((pattern, support));
        }
    }
    let (pattern, _) = best?;
    // Every line with the words is a statement; its group is the run of items between it and
    // the statement before (or after) it.
    let at: Vec<usize> = (0..items.len())
        .filter(|&i| has_all(&labels[i], &pattern))
        .collect();
    let group_foots = |before: bool| -> Vec<bool> {
        at.iter()
            .enumerate()
            .map(|(k, &i)| {
                let run = if before {
                    (if k == 0 { 0 } else { at[k - 1] + 1 })..i
                } else {
                    (i + 1)..at.get(k + 1).copied().unwrap_or(items.len())
                };
                let mut members = run.filter(|&j| real[j]).peekable();
                members.peek().is_some()
                    && crate::money::sum(members.map(|j| values[j])) == values[i]
            })
            .collect()
    };
    let (before, after) = (group_foots(true), group_foots(false));
    let count = |v: &[bool]| v.iter().filter(|&&f| f).count();
    let foots = if count(&after) > count(&before) {
        after
    } else {
        before
    };
    let footing = count(&foots);
    // Most statements foot, and more groups than the known wordings made.
    let known = doc
        .sections
        .iter()
        .filter(|s| !s.bullets.is_empty() && s.declared() == Some(s.listed_sum()))
        .count();
    if footing < MIN_GROUPS || 2 * footing <= at.len() || footing <= known {
        return None;
    }
    let statements: Vec<Statement> = at
        .iter()
        .map(|&i| statement(text, items[i], &labels[i], &pattern))
        .collect();
    // The first statement whose group foots is the example.
    let k = foots.iter().position(|&f| f).unwrap_or(0);
    let learned = Learned {
        words: pattern,
        form: form(text, &statements[k]),
        example: statements[k].span,
        statements: at.len(),
        footing,
    };
    Some((learned, statements))
}

/// Whether a label has every word of the pattern.
fn has_all(label: &[Word], pattern: &[String]) -> bool {
    !pattern.is_empty() && pattern.iter().all(|p| label.iter().any(|(_, w)| w == p))
}

/// The statement an item line is: its name is the label without the learned words and the
/// punctuation around them.
fn statement(text: &str, item: &Bullet, label: &[Word], pattern: &[String]) -> Statement {
    let base = item.title_span.start;
    let mut wording: Option<Span> = None;
    let mut name: Option<Span> = None;
    for (at, w) in label {
        let span = Span::new(base + at.start, base + at.end);
        let slot = if pattern.contains(w) {
            &mut wording
        } else {
            &mut name
        };
        *slot = Some(slot.map_or(span, |s| s.cover(span)));
    }
    // The name keeps what it writes between its words ("Côte d'Ivoire", "Bosnia-Herzegovina").
    let name_span = name.unwrap_or(Span::new(base, base));
    // From its line's start: the markup and list marker before the label (a table row's
    // border, a bullet glyph) belong to the statement, not to the group it closes.
    let line_start = text[..item.span.start]
        .rfind(['\n', '\r'])
        .map_or(0, |i| i + 1);
    Statement {
        span: Span::new(line_start, item.span.end),
        name_span,
        wording: wording.unwrap_or(item.title_span),
        amount: item
            .amount
            .clone()
            .expect("learned statements are items with amounts"),
    }
}

/// The statement as written, its name shown as `NAME` and its figure as `n`.
fn form(text: &str, s: &Statement) -> String {
    let mut pieces: Vec<(Span, &str)> = vec![(s.amount.number, "n")];
    if !s.name_span.is_empty() {
        pieces.push((s.name_span, "NAME"));
    }
    pieces.sort_by_key(|p| p.0.start);
    let mut out = String::new();
    let mut at = s.span.start;
    for (span, with) in pieces {
        if span.start < at {
            continue;
        }
        out.push_str(&text[at..span.start]);
        out.push_str(with);
        at = span.end;
    }
    // To the end of its line: closing markup ("** |") is part of the form.
    let line_end = text[s.span.end..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| s.span.end + i);
    out.push_str(&text[at.min(line_end)..line_end]);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
