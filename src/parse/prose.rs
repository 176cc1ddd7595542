//! Projects stated in sentences rather than as bullets ("The registration of new arrivals
//! requires USD 400,000."). Whether a document states its projects so is decided once, from
//! the sections where footing decides it, and applied to every section.
//!
//! A sentence's amount is a candidate when it has a currency and its clause (the words between
//! it and the next amount, comma or sentence end on either side) does not describe the past
//! ("received USD 2 million in 2017"), a rate ("USD 45 per household") or a part or restatement
//! of another figure ("of the USD 400,000 mentioned above", one equal to an item of the
//! section).

use rust_decimal::Decimal;

use crate::blocks::heading_before;
use crate::model::{Amount, Bullet, DashKind, Document, NumberDefect, ProseItems, Section};
use crate::parse::amount::{AmountRead, Lead, currency, read_amount};
use crate::source::{LineIndex, Span};

/// Words of a clause that put its amount in the past: money received, spent or raised.
const PAST: &[&str] = &[
    "received",
    "spent",
    "allocated",
    "disbursed",
    "contributed",
    "provided",
    "donated",
    "granted",
    "raised",
    "mobilized",
    "mobilised",
    "secured",
    "already",
    "previously",
    "ago",
    "past",
    "funded",
    "paid",
    "built",
    "reached",
];

/// Periods before the present that follow "last" ("last year").
const LAST: &[&str] = &["year", "month", "week", "season", "appeal"];

/// Units of a rate.
const RATE_UNITS: &[&str] = &[
    "day",
    "week",
    "month",
    "year",
    "head",
    "person",
    "household",
    "family",
    "child",
    "hour",
    "beneficiary",
    "capita",
    "litre",
    "liter",
    "kilo",
    "night",
    "trip",
    "unit",
    "pupil",
    "student",
    "patient",
];

/// Words of a clause that make its amount a part or a restatement of another figure.
const RESTATING: &[&str] = &["mentioned", "above", "which", "including", "includes"];

/// How many bytes a clause may reach back or forward for its words.
const MAX_CLAUSE_BYTES: usize = 400;

/// Reads projects stated in sentences into the sections, when the document's footing says
/// its sentences state projects. Runs only where most sections do not foot with their items.
pub fn read(doc: &mut Document, text: &str, lines: &LineIndex) {
    let failing = doc
        .sections
        .iter()
        .filter(|s| s.parts.is_empty() && s.declared() != Some(s.listed_sum()))
        .count();
    if doc.sections.len() < 3 || doc.totals_first || failing * 2 < doc.sections.len() {
        return;
    }
    let year = appeal_year(text);
    let found: Vec<Vec<(Amount, usize)>> = doc
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if s.parts.is_empty() {
                candidates(text, lines, s, i == 0, (doc.mark, year))
            } else {
                Vec::new()
            }
        })
        .collect();
    let (mut with, mut without, mut neither) = (0, 0, 0);
    for (s, c) in doc.sections.iter().zip(&found) {
        let Some(declared) = s.declared() else {
            continue;
        };
        if c.is_empty() || !s.parts.is_empty() {
            continue;
        }
        let listed = s.listed_sum();
        let prose = crate::money::sum(c.iter().map(|(a, _)| a.value()));
        match (listed == declared, listed + prose == declared) {
            (false, true) => with += 1,
            (true, false) => without += 1,
            (false, false) => neither += 1,
            (true, true) => {}
        }
    }
    if with < 2 || with <= without {
        return;
    }
    let mut first: Option<Span> = None;
    let mut counted = 0;
    for (s, c) in doc.sections.iter_mut().zip(found) {
        if c.is_empty() {
            continue;
        }
        counted += c.len();
        for (a, floor) in c {
            if first.is_none_or(|f| a.number.start < f.start) {
                first = Some(a.number);
            }
            s.bullets.push(bullet(text, a, floor));
        }
        s.bullets.sort_by_key(|b| b.span.start);
        s.breaks = super::breaks_between(text, &s.bullets);
    }
    if let Some(first) = first {
        doc.prose = Some(ProseItems {
            first,
            items: counted,
            footing: with,
            not_footing: without,
            neither,
        });
    }
}

/// The bullet a project sentence is: its title the sentence's words before the amount, from
/// no earlier than `floor` (the end of the amount or item before it).
fn bullet(text: &str, a: Amount, floor: usize) -> Bullet {
    let start = sentence_start(text, a.span.start)
        .max(floor)
        .min(a.span.start);
    let title_span = Span::new(start, a.span.start);
    let title = text[start..a.span.start]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Bullet {
        span: Span::new(start, a.span.end),
        title_span,
        title,
        amount: Some(a),
        annotation: None,
        funded_elsewhere: false,
        marked: false,
    }
}

/// The amounts of a section's text that state projects: in sentences outside its items, with a
/// currency, not past, not a rate, not a part or restatement.
fn candidates(
    text: &str,
    lines: &LineIndex,
    s: &Section,
    first: bool,
    (mark, year): (crate::model::DecimalMark, Option<u32>),
) -> Vec<(Amount, usize)> {
    let end = s.total.span.start;
    let mut start = s.span.start;
    if first {
        // The document's opening text is no section's: the first one begins at its heading.
        if let Some(h) = heading_before(text, lines, start, end) {
            start = h.end;
        }
    }
    // The items in text order, passed once as the scan goes forward.
    let mut item = s.bullets.iter().peekable();
    let mut inside_item = |p: usize| {
        while item.next_if(|b| b.span.end <= p).is_some() {}
        item.peek().is_some_and(|b| b.span.start <= p)
    };
    let mut amounts: Vec<Amount> = Vec::new();
    let region = &text[start..end];
    let mut i = 0;
    while i < region.len() {
        let rest = &region[i..];
        let at_word = region[..i]
            .chars()
            .next_back()
            .is_none_or(|p| !p.is_alphanumeric());
        let c = rest.chars().next().unwrap_or(' ');
        if at_word
            && (c.is_ascii_uppercase() || matches!(c, '$' | '€'))
            && currency(rest).is_ok()
            && !inside_item(start + i)
            && let Some(AmountRead::Amount(a)) = read_amount(text, start + i, Lead::Any, mark)
            && a.currency.is_some()
            && a.span.end <= end
        {
            i = a.span.end - start;
            amounts.push(a);
            continue;
        }
        i += c.len_utf8();
    }
    let items: Vec<Decimal> = s
        .bullets
        .iter()
        .filter_map(|b| b.amount.as_ref().map(Amount::value))
        .collect();
    let sentences: Vec<usize> = amounts
        .iter()
        .map(|a| sentence_start(text, a.span.start))
        .collect();
    // What each amount's clause says, last to first: an amount joined to the next by "and",
    // "to" or "or" ("between USD 10 and USD 15 a day") says what the next one says.
    let mut says = vec![Says::Project; amounts.len()];
    for k in (0..amounts.len()).rev() {
        let a = &amounts[k];
        let prev_end = if k > 0 {
            amounts[k - 1].span.end
        } else {
            start
        };
        let next_start = amounts.get(k + 1).map_or(end, |n| n.span.start);
        let before = clause_before(&text[prev_end..a.span.start]);
        let after = clause_after(&text[a.span.end..next_start]);
        let from = sentences[k].max(start);
        let to = sentence_end(text, a.span.end).min(end);
        says[k] = describes(&before, &after, &words(&text[from..a.span.start]));
        // "The EUR 180.000 for rent support would ...": the figure stated before, again.
        if before.last().is_some_and(|w| w == "the")
            && amounts[k.saturating_sub(MAX_LOOKBACK)..k]
                .iter()
                .any(|p| p.value() == a.value())
        {
            says[k] = Says::Part;
        }
        let whole_sentence = words(&text[from..to]);
        let joined = matches!(after.as_slice(), [w] if matches!(w.as_str(), "and" | "to" | "or"));
        // "between EUR 900.000 and EUR 1.200.000", "from EUR 480 to EUR 650": a range, an
        // estimate of one thing, never items.
        let range = joined && before.last().is_some_and(|w| w == "between" || w == "from");
        if range {
            says[k] = Says::Rate;
            if let Some(next) = says.get_mut(k + 1) {
                *next = Says::Rate;
            }
        } else if let Some(&next) = says.get(k + 1)
            && says[k] == Says::Project
            && joined
        {
            says[k] = next;
        }
        // A year before the appeal's own in the sentence: money of the past.
        if says[k] == Says::Project && whole_sentence.iter().any(|w| is_earlier_year(w, year)) {
            says[k] = Says::Past;
        }
    }
    // A sentence that restates a figure ("Of the USD 348,000 mentioned above, USD 60,000
    // covers ...") states parts of it, not projects.
    // The first part of each sentence that states one: the amounts after it are parts too.
    let mut restating: crate::hash::FnvMap<usize, usize> = crate::hash::FnvMap::default();
    for j in (0..amounts.len()).filter(|&j| says[j] == Says::Part) {
        restating.entry(sentences[j]).or_insert(j);
    }
    let mut out: Vec<(Amount, usize)> = Vec::new();
    for (k, a) in amounts.iter().enumerate() {
        let prev_end = if k > 0 {
            amounts[k - 1].span.end
        } else {
            start
        };
        let value = a.value();
        // Equal to an item of the section: the sentence restates it. (Two projects may
        // state the same amount; only an item's is a restatement.)
        let restated = items.contains(&value);
        let in_restating_sentence = restating.get(&sentences[k]).is_some_and(|&j| j < k);
        if restated || says[k] != Says::Project || in_restating_sentence {
            continue;
        }
        let mut a = a.clone();
        // A sentence ends with its full stop; the figure stands in it without a dash.
        a.trailing_punct = None;
        a.dash = Some((DashKind::Sentence, Span::new(a.span.start, a.span.start)));
        a.defects.retain(|d| *d != NumberDefect::ScaleWord);
        let item_end = s
            .bullets
            .iter()
            .map(|b| b.span.end)
            .filter(|&e| e <= a.span.start)
            .max()
            .unwrap_or(start);
        out.push((a, prev_end.max(item_end)));
    }
    out
}

/// The lower-case words of the clause before an amount: back to a comma, a semicolon or a
/// sentence end.
fn clause_before(s: &str) -> Vec<String> {
    let mut from = s.len().saturating_sub(MAX_CLAUSE_BYTES);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let s = &s[from..];
    let cut = s
        .rfind([',', ';', '(', ')'])
        .max(last_sentence_end(s))
        .map_or(0, |p| p + 1);
    words(&s[cut..])
}

/// The lower-case words of the clause after an amount: to a comma, a semicolon or a sentence
/// end.
fn clause_after(s: &str) -> Vec<String> {
    let mut to = s.len().min(MAX_CLAUSE_BYTES);
    while !s.is_char_boundary(to) {
        to -= 1;
    }
    let s = &s[..to];
    let cut = [s.find([',', ';', '(', ')']), first_sentence_end(s)]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(s.len());
    words(&s[..cut])
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// What the clause of an amount says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Says {
    Project,
    /// Money of the past: received, spent.
    Past,
    /// A rate: per household, a day.
    Rate,
    /// A part or restatement of another figure.
    Part,
}

/// Where the sentence holding the text at `at` ends: at its full stop, or a blank line.
fn sentence_end(text: &str, at: usize) -> usize {
    let mut to = (at + MAX_CLAUSE_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let s = &text[at..to];
    let stop = first_sentence_end(s).map(|p| p + 1);
    let blank = s.find("\n\n");
    at + [stop, blank].into_iter().flatten().min().unwrap_or(s.len())
}

/// Whether `w` is a year before `year`, the appeal's.
fn is_earlier_year(w: &str, year: Option<u32>) -> bool {
    let Some(year) = year else { return false };
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..year).contains(&y))
}

/// The appeal's year: the latest year its opening lines name ("Recovery Plan 2021").
fn appeal_year(text: &str) -> Option<u32> {
    let mut to = text.len().min(OPENING_BYTES);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    words(&text[..to])
        .iter()
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<u32>().ok())
        .filter(|y| (1900..=2100).contains(y))
        .max()
}

/// How many amounts before one a restatement is looked for among.
const MAX_LOOKBACK: usize = 64;

/// How much of a document's opening is read for its year.
const OPENING_BYTES: usize = 600;

/// Whether the words of a sentence before its amount make the amount a part of a figure
/// stated before ("Of this amount, EUR 38.000 covers ...", "of which").
fn part_of(sentence: &[String]) -> bool {
    sentence.windows(2).any(|w| {
        w[0] == "of" && matches!(w[1].as_str(), "this" | "that" | "these" | "which" | "it")
    })
}

/// What a clause says its amount is: a project's, or another figure (the past, a rate, a part).
/// `sentence` is the words of its sentence before it.
fn describes(before: &[String], after: &[String], sentence: &[String]) -> Says {
    let has = |ws: &[String], list: &[&str]| ws.iter().any(|w| list.contains(&w.as_str()));
    let last = |ws: &[String]| {
        ws.windows(2)
            .any(|w| w[0] == "last" && LAST.contains(&w[1].as_str()))
    };
    if has(before, PAST) || has(after, PAST) || last(before) || last(after) {
        return Says::Past;
    }
    // "per household", "each", "a day", "a litre": a rate of any unit.
    let rate = match after {
        [lead, ..] if matches!(lead.as_str(), "per" | "each" | "every") => true,
        [lead, unit, ..] if matches!(lead.as_str(), "a" | "an") => {
            RATE_UNITS.iter().any(|u| unit.trim_end_matches('s') == *u) || after.len() <= 3
        }
        _ => false,
    };
    if rate {
        return Says::Rate;
    }
    let of_the = before.len() >= 2 && before[before.len() - 2..] == ["of", "the"];
    if of_the || has(before, RESTATING) || has(after, RESTATING) || part_of(sentence) {
        Says::Part
    } else {
        Says::Project
    }
}

/// A full stop (or "!", "?") followed by white space: a sentence ends there.
fn is_sentence_end(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).is_none_or(u8::is_ascii_whitespace)
}

fn first_sentence_end(s: &str) -> Option<usize> {
    (0..s.len()).find(|&i| is_sentence_end(s, i))
}

fn last_sentence_end(s: &str) -> Option<usize> {
    (0..s.len()).rev().find(|&i| is_sentence_end(s, i))
}

/// Where the sentence holding `at` begins: after the previous sentence end or blank line.
fn sentence_start(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(MAX_CLAUSE_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let s = &text[from..at];
    let blank = s.rfind("\n\n").map(|p| p + 2);
    let end = last_sentence_end(s).map(|p| p + 1);
    let cut = blank.max(end).unwrap_or(0);
    let lead = s[cut..].len() - s[cut..].trim_start().len();
    from + cut + lead
}
