//! The grammar of tables as PDF extraction gives them: a figure line ends a row (title, maybe a
//! reference code or a text cell, then one figure per money column); titles wrap over several
//! lines, cells run together on one line, a text cell may wrap into short lines of its own,
//! headers repeat after a page break, totals close a group ("Total Sudan"), open one ("Africa
//! Total") or sum the groups ("Grand Total").
//!
//! Where a title wraps is decided the way a reader decides it: a line continues into the next
//! when it ends open (white space or a hyphen after its last word) and is nearly as wide as the
//! column; a short line continues only when the next word could not have fitted on it.

use std::collections::HashSet;

use crate::blocks::{Line, is_letter_spaced, is_pad, lines, unspace};
use rust_decimal::Decimal;

use crate::model::DecimalMark;
use crate::model::table::{Figure, Group, Row, Table, TotalKind, TotalLine};
use crate::model::{Amount, NumberDefect, Reading};
use crate::parse::amount::{CURRENCY_CODES, number, one_edit};
use crate::source::LineIndex;
use crate::source::Span;
use crate::text::key;

/// A line is "nearly full" when it uses this share of the column width (in tenths).
const FULL_TENTHS: usize = 6;
/// A line of a narrow text cell uses at most this share of the title column (in quarters).
const CELL_QUARTERS: usize = 1;
/// How many non-blank lines before the first row may belong to the table's header.
const MAX_HEADER_LINES: usize = 15;

/// A figure as found on a line, before reading.
#[derive(Debug, Clone, Copy)]
struct RawFigure {
    number: Span,
    currency: Option<Span>,
    /// The currency is written against the digits ("USD6,350,000").
    glued: bool,
}

/// A line that ends with figures.
#[derive(Debug, Clone)]
struct FigLine {
    /// The trimmed text before the figures (and before a reference code).
    prefix: Span,
    reference: Option<Span>,
    /// Left to right.
    figures: Vec<RawFigure>,
    total: Option<(TotalKind, String)>,
    /// The label's first word, when it is a misspelled "Total" or "Sub-total" ("Sub-totl").
    misspelled: Option<Span>,
}

#[derive(Debug, Clone)]
enum Kind {
    Blank,
    /// A letter-spaced heading or tab.
    Spaced,
    /// A line that ends a sentence.
    Prose,
    Text,
    Figures(FigLine),
}

fn is_currency(token: &str) -> bool {
    let t = token.trim_matches(|c: char| c == '(' || c == ')');
    matches!(t, "$" | "US$" | "€") || CURRENCY_CODES.iter().any(|c| t.eq_ignore_ascii_case(c))
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// "1,234,567" or "1,234,567.50": groups of three after a first group of one to three digits;
/// also a lakh-style "6,48,250" (two-digit groups before the last group of three), a figure
/// whose grouping `malformed-amount` reports. Apostrophes group like commas ("1'234'567",
/// Swiss style).
fn is_comma_form(t: &str) -> bool {
    if t.contains(['\'', '’']) {
        return is_comma_form(&t.replace(['\'', '’'], ","));
    }
    let (whole, cents) = t.rsplit_once('.').map_or((t, None), |(w, c)| (w, Some(c)));
    if cents.is_some_and(|c| !all_digits(c) || c.len() > 2) {
        return false;
    }
    let groups: Vec<&str> = whole.split(',').collect();
    groups.len() >= 2
        && all_digits(groups[0])
        && groups[0].len() <= 3
        && groups[1..]
            .iter()
            .all(|g| all_digits(g) && (2..=3).contains(&g.len()))
        && groups.last().is_some_and(|g| g.len() == 3)
        || is_long_group_form(whole)
}

/// "3,4120,000": comma groups of three where one group has four digits, a typing slip whose
/// figure `malformed-amount` reports (read as its digits).
fn is_long_group_form(whole: &str) -> bool {
    let groups: Vec<&str> = whole.split(',').collect();
    groups.len() >= 3
        && all_digits(groups[0])
        && groups[0].len() <= 3
        && groups[1..]
            .iter()
            .all(|g| all_digits(g) && (3..=4).contains(&g.len()))
        && groups[1..].iter().filter(|g| g.len() == 4).count() == 1
        && groups.last().is_some_and(|g| g.len() == 3)
}

/// "1.234.567": groups of three after periods, at least two of them (one period may be a
/// decimal point). In a decimal-comma document it is the house form; else the reading says
/// the periods are a slip.
fn is_period_form(t: &str) -> bool {
    let groups: Vec<&str> = t.split('.').collect();
    groups.len() >= 3
        && all_digits(groups[0])
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| all_digits(g) && g.len() == 3)
}

/// The length of a currency code or sign written against a figure ("USD6,350,000",
/// "US$1,200"), if the token is one.
fn glued_currency(token: &str) -> Option<usize> {
    let code = ["US$", "USD", "EUR", "CHF", "$", "€"]
        .into_iter()
        .find(|c| token.starts_with(c))?
        .len();
    let rest = &token[code..];
    (is_comma_form(rest) || is_period_form(rest) || is_plain_figure(rest)).then_some(code)
}

/// "1234567" or "34052382.09": four or more digits, not a year.
fn is_plain_figure(t: &str) -> bool {
    let (whole, cents) = t.split_once('.').map_or((t, None), |(w, c)| (w, Some(c)));
    if cents.is_some_and(|c| !all_digits(c) || c.len() > 2) || !all_digits(whole) {
        return false;
    }
    let year =
        whole.len() == 4 && cents.is_none() && (whole.starts_with("19") || whole.starts_with("20"));
    whole.len() >= 4 && !year
}

/// A reference code: capitals and digits joined by "-" or "/" ("SUD-08/BI23").
#[must_use]
pub fn is_code(t: &str) -> bool {
    t.len() >= 4
        && t.contains(['-', '/'])
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().any(|c| c.is_ascii_uppercase())
        && t.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '/' | '.'))
}

/// The whitespace-separated tokens of a line with their offsets in it.
fn tokens(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if is_pad(c) {
            if let Some(st) = start.take() {
                out.push((st, &s[st..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// Reads the figures at the end of a line, if it ends with any.
fn fig_line(line: &Line<'_>) -> Option<FigLine> {
    // A figure line ends with a digit, or with a currency code after one.
    let trimmed = line.text.trim_end_matches(is_pad);
    if !trimmed.ends_with(|c: char| c.is_ascii_digit()) {
        let last_token = trimmed.rsplit(is_pad).next().unwrap_or("");
        if !is_currency(last_token) {
            return None;
        }
    }
    if is_letter_spaced(line.text) {
        return None;
    }
    let toks = tokens(line.text);
    let abs = |off: usize, t: &str| Span::new(line.start + off, line.start + off + t.len());
    let mut k = toks.len();
    let mut figures: Vec<RawFigure> = Vec::new();
    loop {
        if k > 0
            && let Some(code) = glued_currency(toks[k - 1].1)
        {
            let (off, t) = toks[k - 1];
            figures.push(RawFigure {
                number: abs(off + code, &t[code..]),
                currency: Some(abs(off, &t[..code])),
                glued: true,
            });
            k -= 1;
            continue;
        }
        let mut currency = None;
        if k > 0 && is_currency(toks[k - 1].1) && k >= 2 {
            currency = Some(abs(toks[k - 1].0, toks[k - 1].1));
            k -= 1;
        }
        let Some((first, number)) = figure_before(line.text, &toks, k) else {
            if currency.is_some() {
                k += 1;
            }
            break;
        };
        k = first;
        if currency.is_none() && k > 0 && is_currency(toks[k - 1].1) {
            currency = Some(abs(toks[k - 1].0, toks[k - 1].1));
            k -= 1;
        }
        figures.push(RawFigure {
            number: Span::new(line.start + number.start, line.start + number.end),
            currency,
            glued: false,
        });
    }
    if figures.is_empty() {
        return None;
    }
    figures.reverse();
    let mut reference = None;
    if k > 0 {
        let t = toks[k - 1].1;
        if matches!(t, "–" | "—") {
            // A dash before the amount makes it a narrative bullet, not a table row.
            return None;
        }
        if t == "-" || is_code(t) {
            if t != "-" {
                reference = Some(abs(toks[k - 1].0, t));
            }
            k -= 1;
        }
    }
    let prefix_end = if k == 0 {
        line.start
    } else {
        line.start + toks[k - 1].0 + toks[k - 1].1.len()
    };
    let prefix_start = toks.first().map_or(line.start, |t| line.start + t.0);
    let prefix = Span::new(prefix_start.min(prefix_end), prefix_end);
    let prefix_text = &line.text[prefix.start - line.start..prefix.end - line.start];
    let mut total = total_kind(prefix_text);
    let mut misspelled = None;
    if total.is_none() && reference.is_none() {
        total = misspelled_total(prefix_text);
        misspelled = total.as_ref().map(|_| {
            let word = prefix_text.split_whitespace().next().unwrap_or("");
            Span::new(prefix.start, prefix.start + word.len())
        });
    }
    Some(FigLine {
        prefix,
        reference,
        figures,
        total,
        misspelled,
    })
}

/// The figure that ends just before token `k`: its first token and its span in the line.
fn figure_before(text: &str, toks: &[(usize, &str)], k: usize) -> Option<(usize, Span)> {
    if k == 0 {
        return None;
    }
    let (off, t) = toks[k - 1];
    // A letter O typed for a zero ("7O5,000") is still the row's figure; the reading says so.
    let zeroed = super::amount::letters_for_zeros(t);
    let z = zeroed.as_deref().unwrap_or(t);
    if is_comma_form(z) || is_plain_figure(z) || is_period_form(z) {
        // "12, 450,000": a space slipped in after a group comma joins the figure's two halves.
        if k >= 2 {
            let (poff, p) = toks[k - 2];
            let head = p.strip_suffix([',', '\'']).unwrap_or("");
            if (1..=3).contains(&head.len())
                && all_digits(head)
                && &text[poff + p.len()..off] == " "
                && is_comma_form(z)
            {
                return Some((k - 2, Span::new(poff, off + t.len())));
            }
        }
        return Some((k - 1, Span::new(off, off + t.len())));
    }
    // Digits grouped with spaces ("2 499 910"): a last group of three, groups of three before
    // it, a first group of one to three; a run of two spaces separates cells, not groups.
    if !(all_digits(t) && t.len() == 3) {
        return None;
    }
    let mut first = k - 1;
    while first > 0 {
        let (poff, p) = toks[first - 1];
        let gap = &text[poff + p.len()..toks[first].0];
        if !(all_digits(p) && (1..=3).contains(&p.len()) && gap == " ") {
            break;
        }
        first -= 1;
        if p.len() < 3 {
            break;
        }
    }
    (first < k - 1).then(|| (first, Span::new(toks[first].0, off + t.len())))
}

/// Whether the text before the figures makes the line a total, and the name it totals.
fn total_kind(prefix: &str) -> Option<(TotalKind, String)> {
    let words: Vec<&str> = prefix.split_whitespace().collect();
    let is_total = |w: &str| w.eq_ignore_ascii_case("total");
    let first = *words.first()?;
    let last = *words.last()?;
    if words.len() >= 2 && words[0].eq_ignore_ascii_case("grand") && is_total(words[1]) {
        return Some((TotalKind::Grand, String::new()));
    }
    if is_total(first) {
        return Some((TotalKind::Closing, words[1..].join(" ")));
    }
    let sub = first.to_ascii_lowercase();
    if matches!(sub.as_str(), "sub-total" | "subtotal") {
        return Some((TotalKind::SubTotal, words[1..].join(" ")));
    }
    if sub == "sub" && words.get(1).is_some_and(|w| is_total(w)) {
        return Some((TotalKind::SubTotal, words[2..].join(" ")));
    }
    if is_total(last) {
        let name = &words[..words.len() - 1];
        if name.last().is_some_and(|w| w.eq_ignore_ascii_case("grand")) {
            return Some((TotalKind::Grand, String::new()));
        }
        return Some((TotalKind::Leading, name.join(" ")));
    }
    None
}

/// A label whose first word is one letter away from "Total", "Sub-total" or "Subtotal" and is
/// no English word ("Sub-totl Protection", "Totl Kenya"): a total row whose label has a slip.
fn misspelled_total(prefix: &str) -> Option<(TotalKind, String)> {
    let mut words = prefix.split_whitespace();
    let first = words.next()?;
    let lower = first.to_lowercase();
    if lower.len() < 4 || crate::words::accepted(&lower) {
        return None;
    }
    let kind = if one_edit(&lower, "sub-total") || one_edit(&lower, "subtotal") {
        TotalKind::SubTotal
    } else if one_edit(&lower, "total") {
        TotalKind::Closing
    } else {
        return None;
    };
    Some((kind, words.collect::<Vec<_>>().join(" ")))
}

/// A horizontal rule drawn with characters ("-----", "=====", "─────"): it separates rows
/// and is never part of a title.
fn is_rule(text: &str) -> bool {
    let t = text.trim_matches(is_pad);
    t.chars().count() >= 3
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '_' | '─' | '━' | '═' | '+' | ' '))
}

fn classify(line: &Line<'_>) -> Kind {
    if line.is_blank() || is_rule(line.text) {
        return Kind::Blank;
    }
    if is_letter_spaced(line.text) {
        return Kind::Spaced;
    }
    if let Some(f) = fig_line(line) {
        return Kind::Figures(f);
    }
    let t = line.text.trim_end_matches(is_pad);
    if t.ends_with(['.', '!', '?']) {
        return Kind::Prose;
    }
    Kind::Text
}

/// The first word of a line, for the "would it have fitted" test.
fn first_word_width(text: &str) -> usize {
    text.split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count())
}

/// Widths and the column width of one table, for deciding where titles wrap.
struct Wrap {
    width: usize,
}

impl Wrap {
    /// `prev` continues into `next`: it ends open and is nearly as wide as the column.
    fn continues(&self, prev: &Line<'_>) -> bool {
        prev.open_end() && prev.width() * 10 >= self.width * FULL_TENTHS
    }

    /// `prev` continues into a short `next` only if `next`'s first word could not have fitted.
    fn continues_into_short(&self, prev: &Line<'_>, next_text: &str) -> bool {
        prev.open_end() && prev.width() + 1 + first_word_width(next_text) > self.width
    }

    fn is_short(&self, line: &Line<'_>) -> bool {
        line.width() * 4 <= self.width * CELL_QUARTERS
    }
}

/// Text of a span with line breaks joined: a line ending in a hyphen right after a letter joins
/// the next without a space ("Inter-" "regional"), anything else with one space.
fn join(text: &str, pieces: &[Span]) -> String {
    let mut out = String::new();
    for p in pieces {
        let s = text[p.start..p.end].trim_matches(is_pad);
        if s.is_empty() {
            continue;
        }
        let glued = out.ends_with('-') && !out.ends_with(" -");
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(s);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How the text on a figure line relates to the lines above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// The figure line holds only figures (and perhaps a reference code).
    Empty,
    /// The title wraps onto the figure line (a text cell may end it).
    Continues,
    /// A title of two or more wrapped lines ended above; the figure line starts afresh.
    Separate,
    /// Nothing above belongs to the row for sure: the figure line holds the title.
    Alone,
}

/// A row before its title and text cell are settled: the figure line and the lines above it.
struct Draft {
    line: usize,
    fig: FigLine,
    tail: Option<Span>,
    kind: Tail,
    /// The wrapped title lines that end at the last text line above the figure line.
    above: Vec<Span>,
    /// For a figure line without text: title lines and a wrapped text cell of short lines
    /// below them, used if the table has a text column.
    cell_split: Option<(Vec<Span>, String)>,
}

/// Parses every table in `text[from..]`, the appendix after the narrative.
#[must_use]
pub fn tables(
    text: &str,
    index: &LineIndex,
    from: usize,
    currency: &str,
    mark: DecimalMark,
) -> Vec<Table> {
    let lines: Vec<Line<'_>> = lines(text, index, from, text.len()).collect();
    let kinds: Vec<Kind> = lines.iter().map(classify).collect();
    let mut out = Vec::new();
    let mut floor = 0; // first line a new table may claim
    let mut since_grand = 0; // the first table after the last grand total
    let mut i = 0;
    while i < lines.len() {
        if !matches!(kinds[i], Kind::Figures(_)) {
            i += 1;
            continue;
        }
        // The table runs from its header to the last figure line before a sentence, a
        // letter-spaced heading, or the line after a grand total.
        let mut last = i;
        let mut j = i;
        while j < lines.len() {
            match &kinds[j] {
                Kind::Figures(f) => {
                    last = j;
                    if f.total.as_ref().is_some_and(|t| t.0 == TotalKind::Grand) {
                        break;
                    }
                }
                Kind::Prose | Kind::Spaced => break,
                Kind::Blank | Kind::Text => {}
            }
            j += 1;
        }
        let start = header_start(&lines, &kinds, floor, i);
        let mut table = build(text, &lines, &kinds, start, last, currency, mark);
        if table.grand_total.is_some() {
            if table.rows.is_empty() && table.groups.is_empty() {
                table.totals_of = since_grand..out.len();
            }
            since_grand = out.len() + 1;
        }
        out.push(table);
        floor = last + 1;
        i = last + 1;
    }
    out
}

/// Where the header of a table whose first figure line is `first` begins: back to a sentence,
/// the previous table, or at most [`MAX_HEADER_LINES`] lines.
fn header_start(lines: &[Line<'_>], kinds: &[Kind], floor: usize, first: usize) -> usize {
    let mut start = first;
    let mut seen = 0;
    while start > floor {
        let k = &kinds[start - 1];
        if matches!(k, Kind::Prose | Kind::Figures(_)) || seen >= MAX_HEADER_LINES {
            break;
        }
        if !lines[start - 1].is_blank() {
            seen += 1;
        }
        start -= 1;
    }
    start
}

#[allow(
    clippy::too_many_lines,
    reason = "one pass over the rows of one table, kept together"
)]
fn build(
    text: &str,
    lines: &[Line<'_>],
    kinds: &[Kind],
    start: usize,
    last: usize,
    currency: &str,
    mark: DecimalMark,
) -> Table {
    let width = (start..=last)
        .filter(|&i| matches!(kinds[i], Kind::Text))
        .map(|i| lines[i].width())
        .max()
        .unwrap_or(1)
        .max(1);
    let wrap = Wrap { width };
    let mut header: Vec<usize> = Vec::new();
    let mut repeated: HashSet<String> = HashSet::new();
    // Rows: for each figure line, the text lines since the previous one.
    let mut drafts: Vec<Draft> = Vec::new();
    let mut totals: Vec<(usize, FigLine)> = Vec::new();
    let mut pending: Vec<usize> = Vec::new();
    let mut first_row = true;
    for i in start..=last {
        match &kinds[i] {
            Kind::Blank | Kind::Prose => {}
            Kind::Spaced => {
                if first_row {
                    header.push(i);
                }
            }
            Kind::Text => {
                if !first_row && repeated.contains(&key(lines[i].text)) {
                    continue;
                }
                pending.push(i);
            }
            Kind::Figures(f) => {
                let title_from = if f.total.is_some() {
                    totals.push((i, f.clone()));
                    pending.len()
                } else {
                    let pre: Vec<&Line<'_>> = pending.iter().map(|&p| &lines[p]).collect();
                    let (from, draft) = draft_row(text, &wrap, &pre, f.clone(), i);
                    drafts.push(draft);
                    from
                };
                if first_row {
                    // Lines before the first title are the header.
                    header.extend(pending[..title_from].iter().copied());
                    header.sort_unstable();
                    for &h in &header {
                        if lines[h].text.split_whitespace().count() >= 3 {
                            repeated.insert(key(lines[h].text));
                        }
                    }
                    first_row = false;
                }
                pending.clear();
            }
        }
    }
    // A text column exists when rows have text of their own on the figure line, after a
    // title that ended on the lines above.
    let evidence = drafts
        .iter()
        .filter(|d| d.kind == Tail::Separate && d.fig.reference.is_none())
        .count();
    let text_column = evidence >= 2 && evidence * 4 >= drafts.len();
    // Cells read off whole lines, to recognise them where a title runs into them.
    let mut known_cells: HashSet<String> = HashSet::new();
    if text_column {
        for d in &drafts {
            match (d.kind, d.tail) {
                (Tail::Separate, Some(t)) => {
                    known_cells.insert(join(text, &[t]));
                }
                (Tail::Empty, _) => {
                    if let Some((_, c)) = &d.cell_split {
                        known_cells.insert(c.clone());
                    }
                }
                _ => {}
            }
        }
    }
    let mut rows: Vec<Row> = Vec::new();
    for d in &drafts {
        let (pieces, cell) = settle(text, d, text_column, &known_cells);
        let title = join(text, &pieces);
        let title_span = match (pieces.first(), pieces.last()) {
            (Some(a), Some(b)) => Span::new(a.start, b.end),
            _ => d.fig.prefix,
        };
        let line = &lines[d.line];
        rows.push(Row {
            span: Span::new(title_span.start.min(line.start), line.end),
            title_span,
            title,
            reference: d.fig.reference.map(|r| text[r.start..r.end].to_string()),
            cell,
            figures: Vec::new(),
        });
    }
    // Money columns, counted from the right, and their currencies from the header.
    let columns = drafts
        .iter()
        .map(|d| d.fig.figures.len())
        .chain(totals.iter().map(|t| t.1.figures.len()))
        .max()
        .unwrap_or(1);
    let header_text: Vec<String> = header.iter().map(|&h| unspace(lines[h].text)).collect();
    let currencies = column_currencies(&header_text, columns, currency);
    let read = |raw: &[RawFigure]| -> Vec<Figure> {
        let n = raw.len();
        raw.iter()
            .enumerate()
            .filter_map(|(idx, f)| {
                let column = columns - (n - idx);
                let code = f.currency.map_or_else(
                    || currencies[column].clone(),
                    |c| text[c.start..c.end].to_uppercase(),
                );
                read_figure(text, *f, mark).map(|amount| Figure {
                    amount,
                    column,
                    currency: code,
                    grouping: ',',
                })
            })
            .collect()
    };
    for (row, d) in rows.iter_mut().zip(&drafts) {
        row.figures = read(&d.fig.figures);
    }
    let indented = if totals.is_empty() {
        Indented::of(text, lines[start].start, &rows)
    } else {
        None
    };
    let (rows, groups, grand_total) = if let Some(tree) = indented {
        tree.build(rows)
    } else {
        let mut events: Vec<(usize, Option<TotalLine>)> =
            drafts.iter().map(|d| (d.line, None)).collect();
        for (i, f) in &totals {
            let (kind, name) = f.total.clone().expect("totals hold total lines only");
            let line = &lines[*i];
            events.push((
                *i,
                Some(TotalLine {
                    span: line.trimmed(),
                    kind,
                    label: join(text, &[f.prefix]),
                    name,
                    figures: read(&f.figures),
                    misspelled: f.misspelled,
                }),
            ));
        }
        events.sort_by_key(|e| e.0);
        let (groups, grand_total) = group(events.into_iter().map(|e| e.1));
        (rows, groups, grand_total)
    };
    let mut table = Table {
        name: table_name(&header_text),
        span: Span::new(lines[start].start, lines[last].end),
        header_words: header_text.iter().flat_map(|h| header_words(h)).collect(),
        currencies,
        text_column,
        rows,
        groups,
        grand_total,
        totals_of: 0..0,
    };
    apply_column_forms(&mut table, text, mark);
    table
}

/// The most levels a summary shown by indentation may have (region, sub-region, country).
const MAX_INDENT_LEVELS: usize = 3;

/// A summary whose rows carry no "Total" label and show their hierarchy by indentation alone: a
/// region row, its sub-region rows indented beneath it, their country rows indented further.
/// Each row's parent is the nearest row above it that is indented less (as Python reads
/// blocks), so each region may indent by its own step (two spaces, four, a tab).
struct Indented {
    /// The parent of each row, if it has one.
    parent: Vec<Option<usize>>,
    depth: Vec<usize>,
    has_children: Vec<bool>,
    /// For each top row, whether one of its sub-rows has rows beneath it.
    has_grandchildren: Vec<bool>,
    /// The last row, when it is a childless top row that sums the others ("All regions").
    grand: Option<usize>,
}

impl Indented {
    fn of(text: &str, floor: usize, rows: &[Row]) -> Option<Indented> {
        let mut indent = Vec::with_capacity(rows.len());
        for r in rows {
            let at = r.title_span.start;
            let from = text[floor..at]
                .rfind(['\n', '\r'])
                .map_or(floor, |p| floor + p + 1);
            let lead = &text[from..at];
            if !lead.chars().all(|c| c == ' ' || c == '\t') {
                return None;
            }
            indent.push(
                lead.chars()
                    .fold(0, |w, c| if c == '\t' { (w / 8 + 1) * 8 } else { w + 1 }),
            );
        }
        let n = rows.len();
        let mut parent = vec![None; n];
        let mut depth = vec![0; n];
        let mut has_children = vec![false; n];
        let mut has_grandchildren = vec![false; n];
        let mut stack: Vec<usize> = Vec::new();
        for i in 0..n {
            while stack.last().is_some_and(|&p| indent[p] >= indent[i]) {
                stack.pop();
            }
            if let Some(&p) = stack.last() {
                parent[i] = Some(p);
                has_children[p] = true;
            }
            depth[i] = stack.len();
            if depth[i] >= MAX_INDENT_LEVELS {
                return None;
            }
            if depth[i] == 2 {
                has_grandchildren[stack[0]] = true;
            }
            stack.push(i);
        }
        // A hierarchy, not a ragged column: at least two rows with rows beneath them, and
        // every row with a figure in one column.
        if has_children.iter().filter(|&&c| c).count() < 2
            || rows.iter().any(|r| r.figures.len() != 1)
        {
            return None;
        }
        let value = |i: usize| rows[i].figures[0].value();
        // Decided by footing: most rows with rows beneath them state their sum (indented
        // "of which" lines, components of a figure, do not).
        let mut sums = vec![Decimal::ZERO; n];
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = *p {
                sums[p] += value(i);
            }
        }
        let parents: Vec<usize> = (0..n).filter(|&i| has_children[i]).collect();
        let footing = parents.iter().filter(|&&p| sums[p] == value(p)).count();
        if footing * 2 <= parents.len() {
            return None;
        }
        let tops: Vec<usize> = (0..n).filter(|&i| depth[i] == 0).collect();
        // The last top row sums the others when it has no rows of its own and is larger than
        // each of them, and no larger than twice their sum.
        let grand = tops.split_last().and_then(|(&last, others)| {
            let sum = crate::money::sum(others.iter().map(|&i| value(i)));
            (last == n - 1
                && !has_children[last]
                && others.len() >= 2
                && others.iter().all(|&i| value(i) < value(last))
                && value(last) <= sum + sum)
                .then_some(last)
        });
        Some(Indented {
            parent,
            depth,
            has_children,
            has_grandchildren,
            grand,
        })
    }

    /// The rows with rows beneath them become totals: a top row of its sub-rows (or of the
    /// sub-totals of its sub-rows, as printed), a sub-row of its rows; a childless sub-row
    /// beside sub-rows with rows of their own stands as a part of its own. Returns the rows
    /// that remain, the groups and the grand total.
    fn build(&self, rows: Vec<Row>) -> (Vec<Row>, Vec<Group>, Option<TotalLine>) {
        let as_total = |r: &Row, kind: TotalKind| TotalLine {
            span: r.span,
            kind,
            label: r.title.clone(),
            name: if kind == TotalKind::Grand {
                String::new()
            } else {
                r.title.clone()
            },
            figures: r.figures.clone(),
            misspelled: None,
        };
        let mut leaves: Vec<Row> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut grand_total = None;
        // The open top row: its total, the first group and the first leaf since it began.
        let mut top: Option<(TotalLine, usize, usize)> = None;
        let mut sub: Option<(TotalLine, usize)> = None;
        let close_sub =
            |sub: &mut Option<(TotalLine, usize)>, groups: &mut Vec<Group>, end: usize| {
                if let Some((t, from)) = sub.take() {
                    groups.push(Group {
                        name: t.name.clone(),
                        rows: from..end,
                        parts: 0..0,
                        total: Some(t),
                    });
                }
            };
        let close_top =
            |top: &mut Option<(TotalLine, usize, usize)>, groups: &mut Vec<Group>, end: usize| {
                if let Some((t, first_group, first_leaf)) = top.take() {
                    let parts = first_group..groups.len();
                    groups.push(Group {
                        name: t.name.clone(),
                        rows: if parts.is_empty() {
                            first_leaf..end
                        } else {
                            end..end
                        },
                        parts,
                        total: Some(t),
                    });
                }
            };
        for (i, r) in rows.into_iter().enumerate() {
            if self.grand == Some(i) {
                close_sub(&mut sub, &mut groups, leaves.len());
                close_top(&mut top, &mut groups, leaves.len());
                grand_total = Some(as_total(&r, TotalKind::Grand));
                continue;
            }
            match (self.depth[i], self.has_children[i]) {
                (0, true) => {
                    close_sub(&mut sub, &mut groups, leaves.len());
                    close_top(&mut top, &mut groups, leaves.len());
                    top = Some((as_total(&r, TotalKind::Leading), groups.len(), leaves.len()));
                }
                (0, false) => {
                    // A top row alone is a part of the grand total by itself.
                    close_sub(&mut sub, &mut groups, leaves.len());
                    close_top(&mut top, &mut groups, leaves.len());
                    groups.push(Group {
                        name: r.title.clone(),
                        rows: leaves.len()..leaves.len() + 1,
                        parts: 0..0,
                        total: None,
                    });
                    leaves.push(r);
                }
                (_, true) => {
                    close_sub(&mut sub, &mut groups, leaves.len());
                    sub = Some((as_total(&r, TotalKind::SubTotal), leaves.len()));
                }
                (_, false) => {
                    let beside_subs = self.parent[i].is_some_and(|p| self.has_grandchildren[p]);
                    if self.depth[i] == 1 && beside_subs {
                        close_sub(&mut sub, &mut groups, leaves.len());
                        groups.push(Group {
                            name: r.title.clone(),
                            rows: leaves.len()..leaves.len(),
                            parts: 0..0,
                            total: Some(as_total(&r, TotalKind::SubTotal)),
                        });
                    } else {
                        leaves.push(r);
                    }
                }
            }
        }
        close_sub(&mut sub, &mut groups, leaves.len());
        close_top(&mut top, &mut groups, leaves.len());
        (leaves, groups, grand_total)
    }
}

/// Groups rows by their totals: a closing total sums the rows since the previous total, a
/// leading total the rows after it, a grand total the groups. `events` are the rows (`None`)
/// and totals in text order.
fn group(events: impl Iterator<Item = Option<TotalLine>>) -> (Vec<Group>, Option<TotalLine>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut grand_total = None;
    let mut open: Option<TotalLine> = None;
    let mut group_start = 0;
    let mut row = 0;
    // The first sub-total group since the last closing or grand total.
    let mut subs: Option<usize> = None;
    let close =
        |groups: &mut Vec<Group>, total: Option<TotalLine>, rows: std::ops::Range<usize>| {
            if total.is_none() && rows.is_empty() {
                return;
            }
            groups.push(Group {
                name: total.as_ref().map(|t| t.name.clone()).unwrap_or_default(),
                rows,
                parts: 0..0,
                total,
            });
        };
    for event in events {
        let Some(t) = event else {
            row += 1;
            continue;
        };
        match t.kind {
            TotalKind::SubTotal => {
                subs.get_or_insert(groups.len());
                close(&mut groups, Some(t), group_start..row);
            }
            TotalKind::Closing if subs.is_some() && group_start == row => {
                // The total of a run of sub-totals sums them as printed.
                let first = subs.take().unwrap_or(groups.len());
                groups.push(Group {
                    name: t.name.clone(),
                    rows: row..row,
                    parts: first..groups.len(),
                    total: Some(t),
                });
            }
            TotalKind::Closing => {
                subs = None;
                if let Some(lead) = open.take() {
                    close(&mut groups, Some(lead), group_start..row);
                    group_start = row;
                }
                close(&mut groups, Some(t), group_start..row);
            }
            TotalKind::Leading => {
                close(&mut groups, open.take(), group_start..row);
                open = Some(t);
            }
            TotalKind::Grand => {
                subs = None;
                close(&mut groups, open.take(), group_start..row);
                grand_total = Some(t);
            }
        }
        group_start = row;
    }
    close(&mut groups, open.take(), group_start..row);
    (groups, grand_total)
}

/// The title pieces and text cell of a row, once it is known whether the table has a text
/// column.
fn settle(
    text: &str,
    d: &Draft,
    text_column: bool,
    known: &HashSet<String>,
) -> (Vec<Span>, Option<String>) {
    let with_tail = |mut pieces: Vec<Span>| {
        pieces.extend(d.tail);
        pieces
    };
    if !text_column {
        return match d.kind {
            Tail::Empty => (d.above.clone(), None),
            Tail::Continues | Tail::Separate => (with_tail(d.above.clone()), None),
            Tail::Alone => (with_tail(Vec::new()), None),
        };
    }
    match d.kind {
        Tail::Empty => match &d.cell_split {
            Some((title, cell)) => (title.clone(), Some(cell.clone())),
            None => (d.above.clone(), None),
        },
        Tail::Separate => (d.above.clone(), d.tail.map(|t| join(text, &[t]))),
        Tail::Continues | Tail::Alone => {
            let tail = d.tail.expect("a row with text on its figure line");
            // A one-line title above a figure line that holds exactly a known cell.
            if d.kind == Tail::Alone && !d.above.is_empty() && known.contains(&join(text, &[tail]))
            {
                return (d.above.clone(), Some(join(text, &[tail])));
            }
            let (title_part, cell) = split_cell(text, tail, known);
            let mut pieces = if d.kind == Tail::Continues {
                d.above.clone()
            } else {
                Vec::new()
            };
            if !title_part.is_empty() {
                pieces.push(title_part);
            }
            (pieces, cell)
        }
    }
}

/// Decides, for one figure line and the text lines above it since the previous row, which
/// lines may be the row's title and which its text cell. Returns the index in `pre` where the
/// row may begin (lines before it are headings, page titles or the table header).
fn draft_row(
    text: &str,
    wrap: &Wrap,
    pre: &[&Line<'_>],
    fig: FigLine,
    index: usize,
) -> (usize, Draft) {
    let tail = (!fig.prefix.is_empty()).then_some(fig.prefix);
    let chain_back = |end: usize| -> usize {
        let mut s = end;
        while s > 0 && wrap.continues(pre[s - 1]) {
            s -= 1;
        }
        s
    };
    let spans = |range: std::ops::Range<usize>| -> Vec<Span> {
        pre[range].iter().map(|l| l.trimmed()).collect()
    };
    let Some(last) = pre.len().checked_sub(1) else {
        let kind = if tail.is_some() {
            Tail::Alone
        } else {
            Tail::Empty
        };
        let draft = Draft {
            line: index,
            fig,
            tail,
            kind,
            above: Vec::new(),
            cell_split: None,
        };
        return (0, draft);
    };
    let s = chain_back(last);
    let above = spans(s..pre.len());
    if tail.is_some() {
        let kind = if wrap.continues(pre[last]) {
            Tail::Continues
        } else if pre.len() - s >= 2 {
            Tail::Separate
        } else {
            Tail::Alone
        };
        let draft = Draft {
            line: index,
            fig,
            tail,
            kind,
            above,
            cell_split: None,
        };
        return (s, draft);
    }
    // Figures only: the lines above may end in a text cell wrapped into short lines, below a
    // title whose last line is short only if the cell's first word could have fitted on it.
    let mut cell_split = None;
    let mut from = s;
    if fig.reference.is_none() {
        let mut cell_from = pre.len();
        while cell_from > 0 && wrap.is_short(pre[cell_from - 1]) {
            cell_from -= 1;
        }
        if cell_from > 0
            && cell_from < pre.len()
            && wrap.continues_into_short(pre[cell_from - 1], pre[cell_from].text)
        {
            cell_from += 1;
        }
        if cell_from > 0 && pre.len() - cell_from >= 2 {
            let t = chain_back(cell_from - 1);
            from = from.min(t);
            cell_split = Some((
                spans(t..cell_from),
                join(text, &spans(cell_from..pre.len())),
            ));
        }
    }
    let draft = Draft {
        line: index,
        fig,
        tail: None,
        kind: Tail::Empty,
        above,
        cell_split,
    };
    (from, draft)
}

/// Splits a text cell off the end of a line where title and cell ran together: a cell known
/// from other rows, else a run of capitals and years ("AENEAS 2005", "ERF"), else the last
/// word (every row of a table with a text column has a cell).
fn split_cell(text: &str, span: Span, known: &HashSet<String>) -> (Span, Option<String>) {
    let s = &text[span.start..span.end];
    let toks = tokens(s);
    if toks.len() < 2 {
        return (span, None);
    }
    let at = |k: usize| -> (Span, Option<String>) {
        let cut = span.start + toks[k].0;
        let title_end = span.start + toks[k - 1].0 + toks[k - 1].1.len();
        (
            Span::new(span.start, title_end),
            Some(
                text[cut..span.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        )
    };
    // The longest known cell that ends the line.
    for k in 1..toks.len() {
        let rest: Vec<&str> = toks[k..].iter().map(|t| t.1).collect();
        if known.contains(&rest.join(" ")) {
            return at(k);
        }
    }
    let capital = |t: &str| {
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        (letters >= 2 && t.chars().all(|c| c.is_uppercase() || c == '-'))
            || (t.len() == 4 && all_digits(t))
    };
    let mut k = toks.len();
    while k > 1 && capital(toks[k - 1].1) {
        k -= 1;
    }
    if k < toks.len() {
        return at(k);
    }
    at(toks.len() - 1)
}

/// Reads one figure with the lenient amount reading, keeping its written form.
fn read_figure(text: &str, f: RawFigure, mark: DecimalMark) -> Option<Amount> {
    let s = &text[f.number.start..f.number.end];
    let mut n = number(s, mark)?.ok()?;
    if f.glued {
        n.defects.push(NumberDefect::GluedCurrency);
    }
    let span = f.currency.map_or(f.number, |c| c.cover(f.number));
    Some(Amount {
        span,
        number: Span::new(f.number.start, f.number.start + n.len.min(s.len())),
        dash: None,
        currency: f.currency,
        written_value: n.written_value,
        alternative: n.alternative,
        reading: Reading::AsWritten,
        defects: n.defects,
        trailing_punct: None,
    })
}

/// The currency of each money column: codes in parentheses in the header ("(EUR)",
/// "(in USD)"), in order; else the document's currency.
fn column_currencies(header: &[String], columns: usize, currency: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for h in header {
        for part in h.split('(').skip(1) {
            let inside = part.split(')').next().unwrap_or("");
            if let Some(code) = inside.split_whitespace().last()
                && CURRENCY_CODES.iter().any(|c| c.eq_ignore_ascii_case(code))
            {
                found.push(code.to_uppercase());
            }
        }
    }
    if found.is_empty() {
        // A code written as a word of the header ("Budget CHF", "Requirements US$").
        for h in header {
            for w in h.split_whitespace() {
                let w = w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '.' | '/'));
                if w == "US$" {
                    found.push("USD".to_string());
                } else if CURRENCY_CODES.contains(&w) {
                    found.push(w.to_string());
                }
            }
        }
    }
    if found.len() == columns {
        return found;
    }
    let mut out = vec![currency.to_uppercase(); columns];
    // Fewer codes than columns: they name the rightmost columns.
    for (slot, code) in out.iter_mut().rev().zip(found.iter().rev()) {
        slot.clone_from(code);
    }
    out
}

fn header_words(h: &str) -> Vec<String> {
    h.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect()
}

/// The header line that reads most like a caption: the longest without digits.
fn table_name(header: &[String]) -> String {
    header
        .iter()
        .filter(|h| !h.chars().any(|c| c.is_ascii_digit()) && h.chars().any(char::is_alphabetic))
        .max_by_key(|h| h.chars().count())
        .cloned()
        .unwrap_or_else(|| "table".to_string())
}

/// The thousands separator a figure's number writes, if it has one: the first mark between
/// digits that is not its decimal point.
fn separator_of(number: &str, mark: DecimalMark) -> Option<char> {
    let decimal = if mark == DecimalMark::Comma { ',' } else { '.' };
    let mut chars = number.chars().peekable();
    let mut seen_digit = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            seen_digit = true;
            continue;
        }
        let sep = if c == '’' { '\'' } else { c };
        let groups_follow = chars.clone().take_while(char::is_ascii_digit).count() == 3;
        if seen_digit && matches!(sep, ',' | '.' | '\'' | ' ') && (sep != decimal || groups_follow)
        {
            return Some(sep);
        }
        if c != ' ' {
            return None;
        }
    }
    None
}

/// A column writes its figures in its own form: grouped with spaces ("2 499 910"), which is no
/// defect there, or with one separator most of its figures use, which a figure grouped
/// otherwise departs from ("1,318,000" among "1'245'000").
fn apply_column_forms(table: &mut Table, text: &str, mark: DecimalMark) {
    let number = |f: &Figure| &text[f.amount.number.start..f.amount.number.end];
    for column in 0..table.currencies.len() {
        let (mut spaced, mut all) = (0, 0);
        let mut counts: Vec<(char, usize)> = Vec::new();
        for f in table.figures().filter(|f| f.column == column) {
            all += 1;
            spaced += usize::from(f.amount.defects.contains(&NumberDefect::SpaceInside));
            if let Some(sep) = separator_of(number(f), mark) {
                match counts.iter_mut().find(|c| c.0 == sep) {
                    Some(c) => c.1 += 1,
                    None => counts.push((sep, 1)),
                }
            }
        }
        let grouped: usize = counts.iter().map(|c| c.1).sum();
        let house = counts
            .iter()
            .max_by_key(|c| c.1)
            .filter(|c| grouped >= 4 && c.1 * 4 >= grouped * 3)
            .map(|c| c.0);
        let spaces_are_the_form = spaced * 2 > all;
        for f in table.figures_mut().filter(|f| f.column == column) {
            if let Some(house) = house {
                f.grouping = house;
                let own = separator_of(number(f), mark);
                if own.is_some_and(|o| o != house && o != ' ') && f.amount.defects.is_empty() {
                    f.amount.defects.push(NumberDefect::ColumnGrouping);
                }
            }
            if spaces_are_the_form {
                f.amount.defects.retain(|d| *d != NumberDefect::SpaceInside);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn one(text: &str) -> Table {
        let t = tables(text, &LineIndex::new(text), 0, "USD", DecimalMark::Point);
        assert_eq!(t.len(), 1, "{t:#?}");
        t.into_iter().next().expect("one table")
    }

    /// The first line of `t`.
    fn line(t: &str) -> Line<'_> {
        let end = t.find('\n').unwrap_or(t.len());
        Line {
            start: 0,
            end,
            text: &t[..end],
        }
    }

    /// Names and values of a table's groups, with the kind of their totals.
    fn shape(t: &Table) -> Vec<(String, Option<TotalKind>, usize, usize)> {
        t.groups
            .iter()
            .map(|g| {
                (
                    g.name.clone(),
                    g.total.as_ref().map(|tl| tl.kind),
                    g.rows.len(),
                    g.parts.len(),
                )
            })
            .collect()
    }

    #[test]
    fn indentation_alone_shows_the_hierarchy() {
        // Each region indents by its own step; "Global" has sub-rows of which one has no rows.
        let t = one("Requirements by region (USD)\n\
            Africa                 600,000\n  East                 400,000\n    Kenya              300,000\n    Uganda             100,000\n  West                 200,000\n    Mali               200,000\n\
            Asia                   500,000\n\tSouth               500,000\n\t\tNepal             250,000\n\t\tBhutan            250,000\n\
            Global                  70,000\n    Pacific             50,000\n        Fiji            50,000\n    Europe              20,000\n\
            All regions           1,170,000\n");
        assert_eq!(
            shape(&t),
            [
                ("East".into(), Some(TotalKind::SubTotal), 2, 0),
                ("West".into(), Some(TotalKind::SubTotal), 1, 0),
                ("Africa".into(), Some(TotalKind::Leading), 0, 2),
                ("South".into(), Some(TotalKind::SubTotal), 2, 0),
                ("Asia".into(), Some(TotalKind::Leading), 0, 1),
                ("Pacific".into(), Some(TotalKind::SubTotal), 1, 0),
                ("Europe".into(), Some(TotalKind::SubTotal), 0, 0),
                ("Global".into(), Some(TotalKind::Leading), 0, 2),
            ]
        );
        // The leaves only are rows; a region row is never one of its own sub-regions' rows.
        let rows: Vec<&str> = t.rows.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(rows, ["Kenya", "Uganda", "Mali", "Nepal", "Bhutan", "Fiji"]);
        assert_eq!(
            t.grand_total.as_ref().map(|g| g.label.as_str()),
            Some("All regions")
        );
    }

    #[test]
    fn indented_components_that_do_not_sum_are_no_hierarchy() {
        // "of which" lines are parts of a figure, not its sum: nothing foots, so no groups.
        let t = one(
            "Shelter            100,000\n   of which NFIs     40,000\nHealth             200,000\n   of which drugs    50,000\nWater              300,000\n   of which wells    90,000\n",
        );
        assert!(
            t.groups.iter().all(|g| g.total.is_none()),
            "{:#?}",
            t.groups
        );
        assert_eq!(t.rows.len(), 6);
    }

    #[test]
    fn a_misspelled_sub_total_is_still_a_sub_total() {
        let t = one(
            "HEALTH\nKEN/H/1  Clinics  WHO  300,000\nKEN/H/2  Vaccines  UNICEF  200,000\nSub-totl Health  500,000\nTotl Kenya  500,000\n",
        );
        let subs: Vec<(&str, bool)> = t
            .groups
            .iter()
            .filter_map(|g| g.total.as_ref())
            .map(|tl| (tl.label.as_str(), tl.misspelled.is_some()))
            .collect();
        assert_eq!(subs, [("Sub-totl Health", true), ("Totl Kenya", true)]);
        assert_eq!(t.groups[0].rows, 0..2);
        assert_eq!(t.groups[1].parts, 0..1);
        // An English word one letter from "total" is a row's title.
        assert!(misspelled_total("Portal maintenance").is_none());
        assert!(misspelled_total("Tonal survey").is_none());
    }

    #[test]
    fn a_grand_total_alone_sums_the_tables_before_it() {
        let text = "Kenya projects (US$)\nClinics  300,000\nVaccines  200,000\nTotal Kenya  500,000\n\nThe next table is Uganda's.\n\nUganda projects (US$)\nWells  100,000\nLatrines  50,000\nTotal Uganda  150,000\n\nAll of it is summed below.\n\nRequirements (US$)\nGrand Total  650,000\n";
        let t = tables(text, &LineIndex::new(text), 0, "USD", DecimalMark::Point);
        assert_eq!(t.len(), 3, "{t:#?}");
        assert_eq!(t[2].totals_of, 0..2);
        assert!(t[0].totals_of.is_empty() && t[1].totals_of.is_empty());
    }

    #[test]
    fn figures_at_line_end() {
        let l = line("AENEAS 2005 2 499 910 400,294\n");
        let f = fig_line(&l).expect("figures");
        assert_eq!(f.figures.len(), 2);
        assert_eq!(&l.text[f.prefix.start..f.prefix.end], "AENEAS 2005");
        let l = line("Tacis  1 550 000  56,400 \n");
        assert_eq!(fig_line(&l).expect("figures").figures.len(), 2);
        let l = line("IDP tracking SUD-08/RR6 3,500,000\n");
        let f = fig_line(&l).expect("figures");
        assert!(f.reference.is_some());
        assert!(fig_line(&line("Study – USD 40,000\n")).is_none());
        assert!(fig_line(&line("required for 2008 is USD 70,000.\n")).is_none());
        assert!(fig_line(&line("in 2008\n")).is_none());
    }

    #[test]
    fn groups_and_grand_total() {
        let t = one(
            "Country Projects Reference Funding Required\nalpha\nWater for all AB-08/W1 1,000\nRoads AB-08/R2 2,000\nTotal Alpha 3,000\nbeta\nSchools for every child in the northern districts and the \n\nsouthern valleys\nBE-08/S1 5,000\nTotal Beta 5,000\nGrand Total 8,000\n",
        );
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.groups.len(), 2);
        assert_eq!(t.groups[1].name, "Beta");
        assert_eq!(
            t.rows[2].title,
            "Schools for every child in the northern districts and the southern valleys"
        );
        assert_eq!(t.rows[0].title, "Water for all");
        assert_eq!(
            t.grand_total.as_ref().map(|g| g.figures[0].value()),
            Some(Decimal::from(8000))
        );
    }

    #[test]
    fn leading_totals_make_a_summary() {
        let t = one(
            "Africa Total 30,000\nWest 10,000\nEast 20,000\nAsia Total 5,000\nGrand Total 35,000\n",
        );
        assert!(t.is_summary());
        assert_eq!(t.groups.len(), 2);
        assert_eq!(t.groups[0].rows, 0..2);
        assert_eq!(t.groups[1].rows, 2..2);
    }
}
