//! The grammar: finds candidate places with a fast scan (memchr for dashes, glyphs and "otal")
//! and runs the nom parsers only there, building sections, bullets and totals.
//!
//! Parsing never fails as a whole: what it cannot read is recorded in the document and becomes
//! a finding.

pub mod amount;
pub mod bullet;
pub mod census;
pub mod learn;
pub mod name;
pub mod programme;
pub mod prose;
pub mod regroup;
pub mod table;
pub mod total;

use memchr::memmem;
use rust_decimal::Decimal;

use crate::model::DecimalMark;
use crate::model::{Amount, Bullet, Document, Reading, Section, Total, Unreadable};
use crate::parse::amount::{AmountRead, GLYPH, Lead, majority_currency, read_amount};
use crate::parse::bullet::{annotation, clean_title, says_funded_elsewhere, trim_span};
use crate::parse::total::{TotalRead, read_total};
use crate::source::{LineIndex, Span, split_lines_inclusive};

/// How many lines above its amount's a wrapped item title may begin at its list marker.
const MAX_WRAPPED_LINES: usize = 3;

/// Whether the text stands in its reading order as written, or was put in it by a reader that
/// can misplace a block (columns side by side, read band by band).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// The text as the file has it.
    #[default]
    AsWritten,
    /// The text reordered column by column ([`crate::columns`]).
    Reordered,
}

/// Parses a whole edition. Readings of ambiguous amounts are resolved with `tolerance` (an
/// amount within which a section is taken to foot).
#[must_use]
pub fn parse(text: &str, tolerance: Decimal) -> Document {
    let lines = LineIndex::new(text);
    let mut doc = parse_indexed(text, &lines, tolerance, Order::AsWritten);
    // Settings' default currency, for money columns whose header names none.
    let currency = doc.currency.unwrap_or("USD");
    read_appendix(text, &lines, &mut doc, currency);
    doc
}

/// Reads the appendix of `doc`, everything after its last declared total and the last item a
/// group holds (the items of the last group follow its total where totals stand first): the
/// tables, the letter-spaced headings outside them and the prose programme blocks. A money
/// column whose header names no currency is in `currency`, the document's.
pub fn read_appendix(text: &str, lines: &LineIndex, doc: &mut Document, currency: &str) {
    let last = doc
        .sections
        .iter()
        .flat_map(|s| {
            s.bullets
                .iter()
                .map(|b| b.span.end)
                .chain([s.total.span.end])
        })
        .max();
    let from = match last {
        Some(end) => {
            crate::source::next_line_end(text, end, text.len()).map_or(text.len(), |e| e.1)
        }
        None => 0,
    };
    doc.appendix = from;
    doc.tables = table::tables(text, lines, from, currency, doc.mark);
    let (headings, blocks) = programme::blocks(text, lines, from, &doc.tables, currency, doc.mark);
    doc.headings = headings;
    doc.blocks = blocks;
}

/// [`parse`] with the line index of `text` already built (a `Source` has one).
#[must_use]
pub fn parse_indexed(text: &str, lines: &LineIndex, tolerance: Decimal, order: Order) -> Document {
    let mark = DecimalMark::infer(text);
    let mut doc = assemble(
        text,
        lines,
        (tolerance, order),
        mark,
        find_totals(text, mark),
    );
    if needs_learning(&doc)
        && let Some(learned) = learned(&doc, text, lines, (tolerance, order), mark)
    {
        doc = learned;
    }
    prose::read(&mut doc, text, lines);
    doc
}

/// The document assembled again with the total statements learned from its arithmetic, if
/// any are learned.
fn learned(
    doc: &Document,
    text: &str,
    lines: &LineIndex,
    reading: (Decimal, Order),
    mark: DecimalMark,
) -> Option<Document> {
    let (learned, statements) = learn::learn(doc, text, lines)?;
    // The known statements stay; a learned one inside a known one's line is that one. They are
    // found again rather than kept from the first pass: only a document being learned pays.
    let mut totals = find_totals(text, mark);
    for s in statements {
        if totals
            .iter()
            .any(|(t, _)| t.span.start < s.span.end && s.span.start < t.span.end)
        {
            continue;
        }
        totals.push((learned_total(text, s), None));
    }
    totals.sort_by_key(|(t, _)| t.span.start);
    let mut learned_doc = assemble(text, lines, reading, mark, totals);
    learned_doc.learned = Some(learned);
    Some(learned_doc)
}

/// Whether the wordings crossfoot knows left the document unread: most of its amounts in no
/// group, or most of its groups not footing.
fn needs_learning(doc: &Document) -> bool {
    let grouped: usize = doc.sections.iter().map(|s| s.bullets.len()).sum();
    let loose = doc.trailing.len();
    let failing = doc
        .sections
        .iter()
        .filter(|s| s.parts.is_empty() && s.declared() != Some(s.listed_sum()))
        .count();
    loose > grouped || 2 * failing > doc.sections.len()
}

/// The total statement a learned line is.
fn learned_total(text: &str, s: learn::Statement) -> Total {
    let name = if s.name_span.is_empty() {
        String::new()
    } else {
        name::normalize_name(&text[s.name_span.start..s.name_span.end])
    };
    Total {
        form: crate::model::Wording::Learned,
        level: crate::model::Level::Total,
        span: s.span,
        requirement: s.wording,
        for_word: None,
        name_span: s.name_span,
        name,
        amount: Some(s.amount),
        wording: Vec::new(),
    }
}

/// Assembles the document from its total statements: the items before each (or, decided by
/// footing, after each) form its group.
fn assemble(
    text: &str,
    lines: &LineIndex,
    (tolerance, order): (Decimal, Order),
    mark: DecimalMark,
    totals: Vec<(Total, Option<Unreadable>)>,
) -> Document {
    let mut doc = Document {
        mark,
        ..Document::default()
    };
    let mut builder = Builder::new(text, lines, mark);
    let mut anchors = anchors(text).peekable();
    for (total, unreadable) in totals {
        while let Some(&a) = anchors.peek() {
            if a.pos >= total.span.start {
                break;
            }
            anchors.next();
            builder.anchor(a, &mut doc.unreadable);
        }
        // Skip anchors inside the statement itself.
        while anchors.peek().is_some_and(|a| a.pos < total.span.end) {
            anchors.next();
        }
        if let Some(u) = unreadable {
            doc.unreadable.push(u);
        }
        let (bullets, breaks, start) = builder.close(total.span.start, total.span.end);
        let name = if total.name.is_empty() {
            // "Total requirements: USD 5" names no group: its heading does.
            let first = bullets.first().map_or(total.span.start, |b| b.span.start);
            heading_name(
                text,
                crate::blocks::heading_before(text, lines, start, first),
            )
        } else {
            total.name.clone()
        };
        let section = Section {
            name,
            // Numbered below, once every name is known.
            ordinal: 0,
            span: Span::new(start, total.span.end),
            bullets,
            total,
            parts: 0..0,
            breaks,
        };
        doc.sections.push(section);
    }
    number_names(&mut doc.sections);
    for a in anchors {
        builder.anchor(a, &mut doc.unreadable);
    }
    let (bullets, _, _) = builder.close(text.len(), text.len());
    doc.trailing = bullets.into_iter().filter(|b| b.amount.is_some()).collect();
    doc.currency = majority_currency(text, doc.amounts()).or_else(|| {
        // Figures that write no currency are in the one their tables' headers name.
        let h = &builder.header_currencies;
        let mut counts: crate::hash::FnvMap<&str, usize> = crate::hash::FnvMap::default();
        for c in h {
            *counts.entry(c).or_default() += 1;
        }
        h.iter().copied().max_by_key(|c| counts[c])
    });
    if let Some(code) = doc.currency {
        // An amount in another currency than the document's is an item only on a marked line
        // ("• Kitchen gardens – EUR 184,000"); an unmarked one restates a share of the item
        // above it ("EU contribution: EUR 420,000").
        let foreign = |b: &Bullet| {
            !b.marked
                && b.amount
                    .as_ref()
                    .and_then(|a| crate::parse::amount::code_of(text, a))
                    .is_some_and(|k| k != code)
        };
        for s in &mut doc.sections {
            if s.bullets.iter().any(foreign) {
                let keep: Vec<bool> = s.bullets.iter().map(|b| !foreign(b)).collect();
                // Between two bullets kept, text stands where it stood before or where a
                // bullet was left out.
                let mut breaks = Vec::new();
                let mut pending: Option<bool> = None;
                for (i, &k) in keep.iter().enumerate() {
                    if k {
                        if let Some(b) = pending {
                            breaks.push(b);
                        }
                        pending = Some(false);
                    } else if let Some(b) = pending.as_mut() {
                        *b = true;
                    }
                    if let (Some(b), Some(&gap)) = (pending.as_mut(), s.breaks.get(i)) {
                        *b |= gap;
                    }
                }
                let mut i = 0;
                s.bullets.retain(|_| {
                    i += 1;
                    keep[i - 1]
                });
                s.breaks = breaks;
            }
        }
        doc.trailing.retain(|b| !foreign(b));
    }
    doc.totals_first = totals_first(&mut doc, tolerance);
    if doc.totals_first {
        name_by_headings_over_totals(text, lines, &mut doc.sections);
    }
    doc.regrouped = regroup::regroup(text, &mut doc.sections, tolerance, order);
    nest(&mut doc.sections);
    for s in &mut doc.sections {
        resolve_readings(s, tolerance);
    }
    // Only a document with no declared figure needs the census (for `no-sections` and for
    // leaving walked files that are not appeals out); the others never pay for the scan.
    if doc.sections.is_empty() {
        doc.money_like = census::money_like(text);
    }
    doc
}

/// For each two consecutive items, whether text other than white space stands between them
/// (`Section::breaks`), after a section's items were changed.
pub(crate) fn breaks_between(text: &str, bullets: &[Bullet]) -> Vec<bool> {
    bullets
        .windows(2)
        .map(|w| {
            w[0].span.end < w[1].span.start
                && !text[w[0].span.end..w[1].span.start].trim().is_empty()
        })
        .collect()
}

/// Groups nest: a total (or grand total) with no item of its own, right after a run of
/// sub-totals, sums those sub-totals as printed; a grand total with no item of its own, after
/// totals, sums the totals since the previous grand total.
fn nest(sections: &mut [Section]) {
    use crate::model::Level;
    let mut subs: Option<usize> = None;
    let mut totals_from = 0;
    for (i, section) in sections.iter_mut().enumerate() {
        let level = section.total.level;
        let empty = section.bullets.is_empty();
        match level {
            Level::SubTotal => {
                subs.get_or_insert(i);
            }
            Level::Total | Level::Grand if empty && subs.is_some() => {
                section.parts = subs.take().unwrap_or(i)..i;
            }
            Level::Grand if empty && i > totals_from + 1 => {
                section.parts = totals_from..i;
            }
            _ => subs = None,
        }
        if level == Level::Grand {
            totals_from = i + 1;
            subs = None;
        }
    }
}

/// Where totals stand before their items, a total that names no group ("Requirements: US$
/// 1,052,400") is named by the heading right above it, not by one above its items; the
/// ordinals of equal names follow.
fn name_by_headings_over_totals(text: &str, lines: &LineIndex, sections: &mut [Section]) {
    let mut floor = 0;
    for s in sections.iter_mut() {
        if s.total.name.is_empty() {
            let heading = crate::blocks::heading_over_total(text, lines, floor, s.total.span.start);
            s.name = heading_name(text, heading);
        }
        floor = s.bullets.last().map_or(s.total.span.end, |b| b.span.end);
    }
    number_names(sections);
}

/// The name a heading gives a group whose total names none; "(unnamed)" without one.
fn heading_name(text: &str, heading: Option<Span>) -> String {
    heading.map_or_else(
        || "(unnamed)".to_string(),
        |h| name::normalize_name(&text[h.start..h.end]),
    )
}

/// Numbers the sections of each name in text order (`Section::ordinal`, 1-based).
fn number_names(sections: &mut [Section]) {
    let mut counts: crate::hash::FnvMap<String, usize> = crate::hash::FnvMap::default();
    for s in sections.iter_mut() {
        let count = counts.entry(s.name.clone()).or_insert(0);
        *count += 1;
        s.ordinal = *count;
    }
}

/// Whether the document states each group's total before its items ("Mauritania — Total
/// requirements: USD 3,215,000" atop a page, its projects after it), decided by footing: when
/// more groups foot with the items that follow each total than with those before it (and most
/// do), every total takes the items after it, up to the next total; the items before the first
/// total are then in no group. Returns whether it did.
fn totals_first(doc: &mut Document, tolerance: Decimal) -> bool {
    let n = doc.sections.len();
    if n < 2 {
        return false;
    }
    let foots = |declared: Option<Decimal>, bullets: &[Bullet]| {
        declared.is_some_and(|d| {
            let sum = crate::money::sum(
                bullets
                    .iter()
                    .filter_map(|b| b.amount.as_ref())
                    .map(Amount::value),
            );
            !bullets.is_empty() && d.saturating_sub(sum).abs() <= tolerance
        })
    };
    let before = doc
        .sections
        .iter()
        .filter(|s| foots(s.declared(), &s.bullets))
        .count();
    let after = (0..n)
        .filter(|&i| {
            let next = doc
                .sections
                .get(i + 1)
                .map_or(&doc.trailing[..], |s| &s.bullets[..]);
            foots(doc.sections[i].declared(), next)
        })
        .count();
    // Where as many groups foot either way, the way that leaves no items outside a group and
    // no total without items decides: totals first leave the items of the last total trailing
    // and the first total empty when read as closing their items.
    let orphans_before =
        doc.trailing.len() + doc.sections.iter().filter(|s| s.bullets.is_empty()).count();
    let orphans_after = doc.sections[0].bullets.len()
        + (0..n)
            .filter(|&i| {
                doc.sections
                    .get(i + 1)
                    .map_or(doc.trailing.is_empty(), |s| s.bullets.is_empty())
            })
            .count();
    let better = after > before || (after == before && orphans_after < orphans_before);
    if !better || after * 2 <= n {
        return false;
    }
    let lead = std::mem::take(&mut doc.sections[0].bullets);
    for i in 0..n {
        let (bullets, breaks) = if i + 1 < n {
            (
                std::mem::take(&mut doc.sections[i + 1].bullets),
                std::mem::take(&mut doc.sections[i + 1].breaks),
            )
        } else {
            let t = std::mem::take(&mut doc.trailing);
            let breaks = vec![true; t.len().saturating_sub(1)];
            (t, breaks)
        };
        let s = &mut doc.sections[i];
        let end = bullets.last().map_or(s.total.span.end, |b| b.span.end);
        s.span = Span::new(s.total.span.start, end.max(s.total.span.end));
        s.bullets = bullets;
        s.breaks = breaks;
    }
    doc.trailing = lead.into_iter().filter(|b| b.amount.is_some()).collect();
    true
}

/// Takes the other reading of an ambiguous amount when it, and it alone, makes the section foot.
fn resolve_readings(section: &mut Section, tolerance: Decimal) {
    let Some(declared) = section.declared() else {
        return;
    };
    let listed = section.listed_sum();
    if declared.saturating_sub(listed).abs() <= tolerance {
        return;
    }
    let mut fits: Vec<(Option<usize>, Decimal)> = Vec::new();
    for (i, b) in section.bullets.iter().enumerate() {
        if let Some(a) = &b.amount
            && let Some(alt) = a.alternative
            && declared
                .saturating_sub(listed.saturating_sub(a.value()).saturating_add(alt))
                .abs()
                <= tolerance
        {
            fits.push((Some(i), alt));
        }
    }
    if let Some(a) = &section.total.amount
        && let Some(alt) = a.alternative
        && alt.saturating_sub(listed).abs() <= tolerance
    {
        fits.push((None, alt));
    }
    if let [(which, _)] = fits[..] {
        let amount: &mut Amount = match which {
            Some(i) => section.bullets[i]
                .amount
                .as_mut()
                .expect("fits only holds bullets with amounts"),
            None => section
                .total
                .amount
                .as_mut()
                .expect("fits holds the total only when it has an amount"),
        };
        amount.reading = Reading::Alternative;
    }
}

/// Every declared total statement, in order, with an unreadable-amount record where its
/// amount could not be read.
fn find_totals(text: &str, mark: DecimalMark) -> Vec<(Total, Option<Unreadable>)> {
    let bytes = text.as_bytes();
    // (where the statement starts, where its word "Total" stands, a name written before it)
    let mut starts: Vec<(usize, usize, Option<Span>)> = Vec::new();
    for needle in ["otal", "Otal", "OTAL"] {
        for p in memmem::find_iter(bytes, needle.as_bytes()) {
            let start = if p >= 1 && matches!(bytes[p - 1], b't' | b'T') {
                p - 1
            } else if p >= 2 && bytes[p - 1] == b' ' && matches!(bytes[p - 2], b't' | b'T') {
                p - 2
            } else {
                continue;
            };
            if let Some(c) = statement_start(text, start) {
                starts.push(c);
            }
        }
    }
    starts.sort_unstable_by_key(|s| (s.0, s.1));
    starts.dedup_by_key(|s| s.0);
    let mut out: Vec<(Total, Option<Unreadable>)> = Vec::new();
    let mut last_end = 0;
    for (start, word, before) in starts {
        if start < last_end {
            continue;
        }
        let read = match before {
            Some(name) => total::read_other(text, word, Some(name), mark).map(TotalRead::Total),
            None => read_total(text, start, mark),
        };
        match read {
            Some(TotalRead::Total(t)) => {
                last_end = t.span.end;
                out.push((t, None));
            }
            Some(TotalRead::NoAmount(t, span, found)) => {
                last_end = t.span.end;
                out.push((t, Some(Unreadable { span, found })));
            }
            None => {}
        }
    }
    out
}

/// How far before the word "Total" its line may start for the word to begin a statement: room
/// for markup and a short name ("Water, Sanitation and Hygiene sub-total").
const MAX_LEAD_BYTES: usize = 96;

/// Where a statement whose word "Total" stands at `word` starts, if it can start one: at the
/// word itself when only markup stands before it on its line, at "Grand" or "Sub-" before it,
/// or at a short name before it ("Siraha total", "Mauritania — Total requirements"), given as
/// the third value.
fn statement_start(text: &str, word: usize) -> Option<(usize, usize, Option<Span>)> {
    let floor = crate::source::floor_char_boundary(text, word.saturating_sub(MAX_LEAD_BYTES));
    // Only the window before the word is searched: a long line is never rescanned.
    let line_start = match text[floor..word].rfind(['\n', '\r']) {
        Some(i) => floor + i + 1,
        None if floor == 0 => 0,
        None => return None,
    };
    let content = line_start + crate::blocks::markup_len(&text[line_start..word]);
    if content >= word {
        return Some((word, word, None));
    }
    let lead = &text[content..word];
    let lowered = lead.trim_end().to_ascii_lowercase();
    if matches!(lowered.as_str(), "grand" | "sub-" | "sub" | "sub -") {
        return Some((content, content, None));
    }
    // "Cluster sub-total: …": a name before "Sub-total".
    if let Some(name_len) = ["sub-", "sub "]
        .iter()
        .find(|s| lowered.ends_with(*s) && lowered.len() > s.len())
        .map(|s| lowered.len() - s.len())
    {
        let name = lead[..name_len].trim_end();
        let at = content + name_len;
        return (!name.is_empty() && name.starts_with(|c: char| c.is_uppercase()))
            .then(|| (content, at, Some(Span::new(content, content + name.len()))));
    }
    // A name before the word: short, a heading's words (no sentence in it).
    let name =
        lead.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '–' | '—' | '-' | ':'));
    let words = name.split_whitespace().count();
    let name_like = !name.is_empty()
        && words <= 8
        && name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !name.contains(['.', ';', '!', '?', '"', '“', '(', ')']);
    name_like.then(|| {
        (
            content,
            word,
            Some(Span::new(content, content + name.len())),
        )
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnchorKind {
    Dash,
    Glyph,
    /// A "|" that opens a line: a table row written with borders.
    Row,
    /// A colon after a word, before a figure on its line ("Shelter: USD 164,000").
    Colon,
    /// A tab after a word, before a figure on its line ("Shelter<TAB>USD 164,000").
    Tab,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    pos: usize,
    kind: AnchorKind,
}

/// Dashes (en, em, and hyphens after white space) and bullet glyphs, in order.
fn anchors(text: &str) -> impl Iterator<Item = Anchor> + '_ {
    let mut marks = marks(text).peekable();
    let mut dashes = dash_anchors(text).peekable();
    std::iter::from_fn(move || match (marks.peek(), dashes.peek()) {
        (Some(m), Some(d)) if m.pos < d.pos => marks.next(),
        (Some(_), None) => marks.next(),
        _ => dashes.next(),
    })
}

/// Colons and tabs after a word with a figure (or a currency) after them on their line.
fn marks(text: &str) -> impl Iterator<Item = Anchor> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b':', b'\t', bytes).filter_map(move |p| {
        let after_word = p > 0 && !matches!(bytes[p - 1], b' ' | b'\t' | b'\n' | b'\r' | b':');
        if !after_word {
            return None;
        }
        let rest = &text[p + 1..];
        // "**Water supply:** USD 120,000": emphasis closing after the colon is markup.
        let body = rest
            .trim_start_matches(['*', '_'])
            .trim_start_matches([' ', '\t', '\u{a0}']);
        // Or, after a colon that ends its line, a figure alone on the next ("…in Hargele
        // woredas:" / "US$ 256,500"; `mark_amount` checks it is alone there, and what it needs
        // without a currency).
        let next_line = || {
            let next = body.trim_start();
            bytes[p] == b':'
                && body.starts_with(['\n', '\r'])
                && (next.starts_with(|c: char| c.is_ascii_digit())
                    || crate::parse::amount::currency(next).is_ok())
        };
        let figure = body.starts_with(|c: char| c.is_ascii_digit())
            || crate::parse::amount::currency(body).is_ok()
            || next_line();
        figure.then_some(Anchor {
            pos: p,
            kind: if bytes[p] == b':' {
                AnchorKind::Colon
            } else {
                AnchorKind::Tab
            },
        })
    })
}

/// Dashes, bullet glyphs and the borders that open table rows.
fn dash_anchors(text: &str) -> impl Iterator<Item = Anchor> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(0xE2, b'-', b'|', bytes).filter_map(move |p| {
        if bytes[p] == b'|' {
            let indent = bytes[..p]
                .iter()
                .rev()
                .take(9)
                .take_while(|&&b| b == b' ' || b == b'\t')
                .count();
            let opens =
                indent < 9 && (p == indent || matches!(bytes[p - indent - 1], b'\n' | b'\r'));
            return opens.then_some(Anchor {
                pos: p,
                kind: AnchorKind::Row,
            });
        }
        if bytes[p] == b'-' {
            let before = p.checked_sub(1).map(|i| bytes[i]);
            return matches!(before, None | Some(b' ' | b'\t' | b'\n' | b'\r' | 0xA0)).then_some(
                Anchor {
                    pos: p,
                    kind: AnchorKind::Dash,
                },
            );
        }
        match bytes.get(p + 1..p + 3) {
            Some([0x80, 0x93 | 0x94]) => Some(Anchor {
                pos: p,
                kind: AnchorKind::Dash,
            }),
            Some([0x80, 0xA2]) => Some(Anchor {
                pos: p,
                kind: AnchorKind::Glyph,
            }),
            _ => None,
        }
    })
}

/// How far back a bullet's open glyph may stand from a figure without currency for the figure
/// to count as that bullet's amount: a title is never this long.
const MAX_TITLE_BYTES: usize = 2_000;

/// Cuts `span` at its first blank line: a bullet without amount ends with its paragraph.
fn to_first_blank_line(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let mut offset = 0;
    let mut seen_text = false;
    for line in split_lines_inclusive(s) {
        // The indentation before the span's end is no blank line: only whole lines count.
        let whole = line.ends_with(['\n', '\r']);
        let blank = whole
            && line
                .trim_matches(|c: char| c.is_whitespace() || c == GLYPH)
                .is_empty();
        if blank && seen_text {
            return Span::new(span.start, span.start + offset);
        }
        seen_text |= !blank;
        offset += line.len();
    }
    span
}

/// Assembles bullets from anchors, one section at a time.
struct Builder<'t> {
    text: &'t str,
    /// Line starts, so that looking up a line never rescans it (a 100 MB line has many anchors).
    lines: &'t LineIndex,
    /// Offsets of every bullet glyph, in order.
    glyphs: Vec<usize>,
    section_start: usize,
    /// Start of the line of a glyph whose bullet has not met its amount yet.
    open: Option<usize>,
    /// End of the last bullet (or the section start).
    prev_end: usize,
    /// End of the line where the last bullet ended: glyphs before it belong to that bullet.
    prev_line_end: usize,
    bullets: Vec<Bullet>,
    mark: DecimalMark,
    /// The last row of a bordered table read, and the currency its header names.
    table: Option<(usize, Option<&'static str>)>,
    /// The currency each bordered table's header names, one per table that names one: the
    /// document's currency when its figures write none ("| Budget (EUR) |").
    header_currencies: Vec<&'static str>,
}

/// A project row of a bordered table.
struct TableRow {
    title: Span,
    amount: Amount,
}

impl<'t> Builder<'t> {
    fn new(text: &'t str, lines: &'t LineIndex, mark: DecimalMark) -> Self {
        Self {
            text,
            lines,
            mark,
            table: None,
            header_currencies: Vec::new(),
            glyphs: memmem::find_iter(text.as_bytes(), "•".as_bytes()).collect(),
            section_start: 0,
            open: None,
            prev_end: 0,
            prev_line_end: 0,
            bullets: Vec::new(),
        }
    }

    fn anchor(&mut self, a: Anchor, unreadable: &mut Vec<Unreadable>) {
        if a.pos < self.prev_end {
            return;
        }
        match a.kind {
            AnchorKind::Glyph => {
                if a.pos < self.prev_line_end {
                    return;
                }
                let ls = self.line_start(a.pos);
                if self.open == Some(ls) {
                    return;
                }
                if let Some(open) = self.open {
                    self.push_without_amount(open, ls);
                }
                self.open = Some(ls);
            }
            AnchorKind::Row => {
                if let Some(row) = self.table_row(a.pos) {
                    if let Some(open) = self.open.take() {
                        self.push_without_amount(open, self.line_start(a.pos));
                    }
                    self.push_bullet(row.title, row.amount, true);
                }
            }
            AnchorKind::Colon | AnchorKind::Tab => {
                if let Some(amount) = self.mark_amount(a) {
                    let vouched = amount.currency.is_none() && self.label_vouches(a.pos);
                    self.push_amount_vouched(amount, vouched);
                }
            }
            AnchorKind::Dash => match read_amount(self.text, a.pos, Lead::Dash, self.mark) {
                None => {}
                Some(AmountRead::Unreadable { span, found }) => {
                    unreadable.push(Unreadable { span, found });
                    let start = self.open.take().unwrap_or_else(|| self.line_start(a.pos));
                    let title_span =
                        trim_span(self.text, Span::new(start.max(self.prev_end), span.start));
                    self.bullets.push(Bullet {
                        span: Span::new(title_span.start, span.end),
                        title_span,
                        title: clean_title(&self.text[title_span.start..title_span.end]),
                        amount: None,
                        annotation: None,
                        funded_elsewhere: true,
                        marked: self.marked_line(span.start),
                    });
                    self.prev_end = span.end;
                    self.prev_line_end = self.line_end(span.end);
                }
                Some(AmountRead::Amount(amount)) => self.push_amount_vouched(amount, false),
            },
        }
    }

    /// The row of a bordered table opened by the "|" at `pos`, when it is a project row: its
    /// last cell a figure, a cell of words before it, and the table's header naming the
    /// currency of the column.
    fn table_row(&mut self, pos: usize) -> Option<TableRow> {
        let line = self.lines.line(pos);
        let ls = self.lines.line_start(line);
        let le = self.line_end(pos);
        let cells =
            crate::blocks::pipe_cells(self.text[ls..le].trim_end_matches(['\n', '\r']), ls)?;
        let last = cells.iter().rposition(|c| !c.is_empty())?;
        let amount = crate::parse::amount::cell_amount(self.text, cells[last], self.mark)?;
        // The title is the first cell of words (not a project code): the columns after it name
        // a partner or an agency.
        let title = cells[..last]
            .iter()
            .find(|c| {
                let t = &self.text[c.start..c.end];
                t.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !table::is_code(t)
            })
            .copied()?;
        if !self.header_names_currency(line) {
            return None;
        }
        Some(TableRow { title, amount })
    }

    /// Whether the header of the bordered table whose row is `line` (its first row) names a
    /// currency; remembered for the table's next rows.
    fn header_names_currency(&mut self, line: usize) -> bool {
        if let Some((last, named)) = self.table
            && last + 1 == line
        {
            self.table = Some((line, named));
            return named.is_some();
        }
        let mut first = line;
        while first > 0 {
            let ls = self.lines.line_start(first - 1);
            if !self.text[ls..]
                .trim_start_matches([' ', '\t'])
                .starts_with('|')
            {
                break;
            }
            first -= 1;
        }
        let ls = self.lines.line_start(first);
        let header = &self.text[ls..self.line_end(ls)];
        let named = header.char_indices().find_map(|(i, c)| {
            ((c.is_alphabetic() || c == '$' || c == '€')
                && header[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !p.is_alphanumeric()))
            .then(|| crate::parse::amount::currency(&header[i..]).ok())
            .flatten()
            .map(|(_, code)| code)
        });
        self.table = Some((line, named));
        self.header_currencies.extend(named);
        named.is_some()
    }

    /// The amount after a colon or a tab: on the same line, ending it, and with a currency or
    /// on a marked line (a note in parentheses, "(of which cash: USD 40,000)", never is one).
    fn mark_amount(&self, a: Anchor) -> Option<Amount> {
        let emphasis = self.text[a.pos + 1..].len()
            - self.text[a.pos + 1..].trim_start_matches(['*', '_']).len();
        let mut amount = if a.kind == AnchorKind::Colon && emphasis > 0 {
            // The colon, then closing emphasis, then the figure: the colon is the amount's dash.
            let from = a.pos + 1 + emphasis;
            let rest = &self.text[from..];
            let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            match read_amount(self.text, from + skip, Lead::Any, self.mark)? {
                AmountRead::Amount(mut x) if x.dash.is_none() => {
                    x.dash = Some((crate::model::DashKind::Colon, Span::new(a.pos, a.pos + 1)));
                    x.span = Span::new(a.pos, x.span.end);
                    x
                }
                _ => return None,
            }
        } else if a.kind == AnchorKind::Colon {
            match read_amount(self.text, a.pos, Lead::Dash, self.mark)? {
                AmountRead::Amount(x) => x,
                AmountRead::Unreadable { .. } => return None,
            }
        } else {
            let rest = &self.text[a.pos..];
            let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            match read_amount(self.text, a.pos + skip, Lead::Any, self.mark)? {
                AmountRead::Amount(x) if x.dash.is_none() => x,
                _ => return None,
            }
        };
        // Line ends between the colon and the figure (`\r\n` is one).
        let between = &self.text[a.pos..amount.number.start];
        let breaks = between.matches(['\n', '\r']).count() - between.matches("\r\n").count();
        // On the colon's line, or alone on the next (a wrapped item), or on the one after a
        // blank line (an extraction that spaces wrapped lines apart): with its currency, or
        // grouped after a colon that ends a list item's line ("2. Health services:" / "134,600").
        let grouped =
            || self.text[amount.number.start..amount.number.end].contains([',', '.', '\'', ' ']);
        let same_line = breaks == 0
            || breaks <= 2
                && a.kind == AnchorKind::Colon
                && (amount.currency.is_some() || self.marked_line(a.pos) && grouped());
        // A comma after the figure goes on with a sentence ("as in the plans: USD 1.5 million,").
        let sentence_goes_on = amount
            .trailing_punct
            .is_some_and(|p| self.text[p.start..p.end].contains(','));
        if !same_line || sentence_goes_on || !self.ends_line(amount.span.end) {
            return None;
        }
        if a.kind == AnchorKind::Tab {
            amount.dash = Some((crate::model::DashKind::Tab, Span::new(a.pos, a.pos + 1)));
            amount.span = Span::new(a.pos, amount.span.end);
        }
        Some(amount)
    }

    fn line_start(&self, pos: usize) -> usize {
        self.lines.line_start(self.lines.line(pos))
    }

    /// The offset of the last byte of the line end after the line of `pos` (its `\n`, or a lone
    /// `\r`), or the end of the text.
    fn line_end(&self, pos: usize) -> usize {
        let next = self.lines.line(pos) + 1;
        if next < self.lines.line_count() {
            self.lines.line_start(next) - 1
        } else {
            self.text.len()
        }
    }

    fn glyph_on_line(&self, pos: usize) -> bool {
        let ls = self.line_start(pos);
        let le = self.line_end(pos);
        let i = self.glyphs.partition_point(|&g| g < ls);
        self.glyphs.get(i).is_some_and(|&g| g < le)
    }

    /// Whether only white space, glyphs and punctuation follow `pos` on its line.
    fn ends_line(&self, pos: usize) -> bool {
        let le = self.line_end(pos);
        self.text[pos..le]
            .chars()
            .all(|c| c.is_whitespace() || c == GLYPH || matches!(c, '.' | ';' | ',' | '\u{a0}'))
    }

    /// Whether the line of `pos` opens with a list marker (or holds a bullet glyph).
    fn marked_line(&self, pos: usize) -> bool {
        let ls = self.line_start(pos);
        let line = &self.text[ls..pos];
        let indent = line.len() - line.trim_start().len();
        self.glyph_on_line(pos) || crate::blocks::marker_len(&line[indent..]).is_some()
    }

    /// Whether the label before the colon at `colon` ("Requirements") stands, at the start of
    /// other lines, before amounts with a currency: then a figure without one after the same
    /// label is an item that lost its currency, not metadata ("Population: 120,000").
    fn label_vouches(&self, colon: usize) -> bool {
        let ls = self.line_start(colon);
        let label = self.text[ls..colon].trim();
        if label.is_empty()
            || label.split_whitespace().count() > 3
            || label.contains([':', '|'])
            || !label.starts_with(char::is_alphabetic)
        {
            return false;
        }
        let needle = format!("{label}:");
        memmem::find_iter(self.text.as_bytes(), needle.as_bytes())
            .filter(|&p| {
                let after = self.text[p + needle.len()..].trim_start_matches([' ', '\t']);
                crate::parse::amount::currency(after).is_ok()
            })
            .take(2)
            .count()
            >= 2
    }

    fn push_amount_vouched(&mut self, amount: Amount, vouched: bool) {
        // Without a currency, only a figure that ends the line of a bullet in the same
        // paragraph is an amount: a range such as "(2008 – 2010)" in a title is not, and
        // neither is a table row after a list.
        let marked = self.marked_line(amount.span.start);
        if amount.currency.is_none() && !vouched {
            let in_paragraph = self.open.is_some_and(|open| {
                let between = Span::new(open, amount.span.start);
                between.len() <= MAX_TITLE_BYTES
                    && to_first_blank_line(self.text, between) == between
            });
            let has_glyph = in_paragraph || marked;
            if !(has_glyph && self.ends_line(amount.span.end)) {
                return;
            }
        }
        let floor = self.prev_end.max(self.section_start);
        let mut start = match self.open.take() {
            Some(open) => open,
            None => self.line_start(amount.span.start),
        }
        .max(floor);
        let mut title_span = trim_span(self.text, Span::new(start, amount.span.start));
        if title_span.is_empty() && start > floor {
            // The amount stands alone on its line: the title is the line above.
            start = self.line_start(start.saturating_sub(1)).max(floor);
            title_span = trim_span(self.text, Span::new(start, amount.span.start));
        }
        // A title wrapped from a numbered line above ("1. Air transport of supplies to" /
        // "   Xudur and Waajid: US$ 176,800") starts at its marker.
        if let Some(from) = self.wrapped_from_marker(start, floor) {
            title_span = trim_span(self.text, Span::new(from, amount.span.start));
        }
        // The list marker is no part of the title.
        let lead = crate::blocks::markup_len(&self.text[title_span.start..title_span.end]);
        let title_span = Span::new(title_span.start + lead, title_span.end);
        let after = amount.trailing_punct.map_or(amount.span.end, |p| p.end);
        let annotation = annotation(self.text, after, self.line_end(after));
        let end = annotation.map_or(amount.span.end, |a| a.end).max(after);
        self.bullets.push(Bullet {
            span: Span::new(title_span.start, end),
            title_span,
            title: clean_title(&self.text[title_span.start..title_span.end]),
            marked,
            amount: Some(amount),
            annotation,
            funded_elsewhere: false,
        });
        self.prev_end = end;
        self.prev_line_end = self.line_end(end);
    }

    /// Where a title that begins on an earlier line starts: the nearest line above `start`'s,
    /// at most [`MAX_WRAPPED_LINES`] up and with no blank line between, that opens with a list
    /// marker, when `start`'s line opens with none. `None` when the title starts on its line.
    fn wrapped_from_marker(&self, start: usize, floor: usize) -> Option<usize> {
        let marker = |ls: usize| {
            let line = &self.text[ls..self.line_end(ls)];
            crate::blocks::marker_len(line.trim_start()).is_some()
        };
        let mut ls = self.line_start(start);
        if marker(ls) {
            return None;
        }
        for _ in 0..MAX_WRAPPED_LINES {
            if ls == 0 {
                return None;
            }
            ls = self.line_start(ls - 1);
            let line = &self.text[ls..self.line_end(ls)];
            if ls < floor || line.trim().is_empty() {
                return None;
            }
            if marker(ls) {
                return Some(ls);
            }
        }
        None
    }

    /// A table row as a bullet: its title cell and figure; what else stands on the row is
    /// its own (no anchor on it starts another bullet).
    fn push_bullet(&mut self, title_span: Span, amount: Amount, marked: bool) {
        let end = self.line_end(amount.span.end);
        let span_end = amount.span.end.max(title_span.end);
        self.bullets.push(Bullet {
            span: Span::new(title_span.start.min(amount.span.start), span_end),
            title_span,
            title: clean_title(&self.text[title_span.start..title_span.end]),
            marked,
            amount: Some(amount),
            annotation: None,
            funded_elsewhere: false,
        });
        self.prev_end = end;
        self.prev_line_end = end;
    }

    /// An amount with a currency that ends the first line of an item, after words of its title.
    fn amount_ending_line(&self, span: Span) -> Option<Amount> {
        let line_end = self.line_end(span.start).min(span.end);
        let line = &self.text[span.start..line_end];
        let line = line.trim_end_matches([' ', '.', ';']);
        for code in ["USD", "US$", "EUR", "CHF", "GBP", "$", "€"] {
            let Some(at) = line.rfind(code) else { continue };
            if at == 0 || !line[..at].ends_with(' ') {
                continue;
            }
            if let Some(AmountRead::Amount(a)) =
                read_amount(self.text, span.start + at, Lead::Any, self.mark)
                && a.currency.is_some()
                && a.span.end >= span.start + line.len()
            {
                return Some(a);
            }
        }
        None
    }

    fn push_without_amount(&mut self, open: usize, until: usize) {
        let span = to_first_blank_line(self.text, Span::new(open, until.max(open)));
        let span = trim_span(self.text, span);
        if span.is_empty() {
            return;
        }
        let raw = &self.text[span.start..span.end];
        // "• Title USD 441,200": the dash was lost (an extractor drops a line-final hyphen), so
        // the amount that ends the item's line is its amount, written without a dash.
        if let Some(a) = self.amount_ending_line(span) {
            let title_span = trim_span(self.text, Span::new(span.start, a.span.start));
            self.push_bullet(title_span, a, true);
            return;
        }
        // The title is the bullet's text up to a note in parentheses, if any.
        let title_end = raw.find('(').map_or(span.end, |i| span.start + i);
        let title_span = trim_span(self.text, Span::new(span.start, title_end));
        self.bullets.push(Bullet {
            span,
            title_span,
            title: clean_title(&self.text[title_span.start..title_span.end]),
            amount: None,
            annotation: None,
            funded_elsewhere: says_funded_elsewhere(raw),
            marked: true,
        });
        self.prev_end = span.end;
        self.prev_line_end = self.line_end(span.end);
    }

    /// Closes the section at a total that starts at `total_start` and ends at `total_end`.
    fn close(&mut self, total_start: usize, total_end: usize) -> (Vec<Bullet>, Vec<bool>, usize) {
        if let Some(open) = self.open.take() {
            self.push_without_amount(open, total_start);
        }
        let bullets = std::mem::take(&mut self.bullets);
        let breaks = bullets
            .windows(2)
            .map(|w| {
                self.text[w[0].span.end..w[1].span.start]
                    .chars()
                    .any(|c| !(c.is_whitespace() || c == GLYPH))
            })
            .collect();
        let start = self.section_start;
        self.section_start = total_end;
        self.prev_end = total_end;
        self.prev_line_end = total_end;
        (bullets, breaks, start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        parse(text, Decimal::ZERO)
    }

    #[test]
    fn sections_and_bullets() {
        let d = doc(
            "Intro text – at large.\n\nProject one •\t\n– USD 1,000\nProject two – USD 2,000•\t\n\ntOtal fundIng requIreMents fOr X \n– usd 3,000\nNext •\t\nmore (funding requirements included in the regional project)\n\nTotal funding requirements for Y: USD 0\n",
        );
        assert_eq!(d.sections.len(), 2);
        let s = &d.sections[0];
        assert_eq!(s.name, "X");
        assert_eq!(s.bullets.len(), 2);
        assert_eq!(s.bullets[0].title, "Project one");
        assert_eq!(s.bullets[1].title, "Project two");
        assert_eq!(s.listed_sum(), Decimal::from(3000));
        let y = &d.sections[1];
        assert_eq!(y.bullets.len(), 1);
        assert!(y.bullets[0].amount.is_none());
        assert!(y.bullets[0].funded_elsewhere);
    }

    #[test]
    fn glyph_inside_amount_and_hyphen_without_currency() {
        let d = doc(
            "Study of flows – USD •\t\n40,000\nLabour actions - 400,000•\t\n\ntOtal fundIng requIreMents fOr Z – usd 440,000\n",
        );
        let s = &d.sections[0];
        assert_eq!(s.bullets.len(), 2);
        assert_eq!(s.listed_sum(), Decimal::from(440_000));
        assert_eq!(s.bullets[0].title, "Study of flows");
    }

    #[test]
    fn ambiguous_reading_is_resolved_by_footing() {
        let d = doc(
            "A •\t\n– USD 720,00\nB – USD 10,000•\t\ntOtal fundIng requIreMents fOr T – usd 730,000\n",
        );
        let s = &d.sections[0];
        assert_eq!(s.listed_sum(), Decimal::from(730_000));
        let a = s.bullets[0].amount.as_ref().expect("amount");
        assert_eq!(a.reading, Reading::Alternative);
    }

    #[test]
    fn line_start_bullets_and_trailing() {
        let d = doc(
            "• One – USD 5\n• Two – USD 6\nTotal funding requirements for Fiji: USD 11\n• Three – USD 7\n",
        );
        assert_eq!(d.sections[0].bullets.len(), 2);
        assert_eq!(d.trailing.len(), 1);
    }

    #[test]
    fn totals_first_is_decided_by_footing() {
        let d = doc(
            "A — Total requirements: USD 30\n\n• x – USD 10\n• y – USD 20\n\nB — Total requirements: USD 5\n\n• z – USD 5\n",
        );
        assert!(d.totals_first);
        for s in &d.sections {
            assert_eq!(s.breaks.len(), s.bullets.len().saturating_sub(1));
        }
        assert_eq!(d.sections[0].listed_sum(), Decimal::from(30));
        assert_eq!(d.sections[1].listed_sum(), Decimal::from(5));
        assert!(d.trailing.is_empty());
        let d = doc("• x – USD 10\nTotal for A: USD 10\n• z – USD 5\nTotal for B: USD 5\n");
        assert!(!d.totals_first);
    }

    #[test]
    fn other_wordings_and_markers() {
        let d = doc(
            "MORANG\n\n- Water for all – USD 5\n1. Schools: USD 7\n\nTotal requirements: USD 12\n\nSiraha total – USD 3\n",
        );
        assert_eq!(d.sections.len(), 2);
        assert_eq!(d.sections[0].name, "Morang");
        assert_eq!(d.sections[0].bullets[0].title, "Water for all");
        assert_eq!(d.sections[0].listed_sum(), Decimal::from(12));
        assert_eq!(d.sections[1].name, "Siraha");
        let d = doc(
            "• x – USD 5\nTotal for Lebanon: USD 5\n• y – EUR 7\nTotal pour le Sénégal : EUR 7\n",
        );
        assert_eq!(d.sections[0].name, "Lebanon");
        assert_eq!(d.sections[1].name, "Sénégal");
        // Prose that starts with "Total" is no statement.
        let d = doc("Total school enrolment fell by 14 per cent.\n");
        assert!(d.sections.is_empty());
    }

    #[test]
    fn prose_money_is_not_summed() {
        let d = doc(
            "Remittances reached USD 24 billion in 2007-2009, for 60-70,000 people (approximately USD 1.6 million).\nA •\t\n– USD 5\ntOtal fundIng requIreMents fOr Q – usd 5\n",
        );
        assert_eq!(d.sections[0].bullets.len(), 1);
        assert_eq!(d.sections[0].listed_sum(), Decimal::from(5));
    }

    /// A lone CR ends a line as LF does: the same document, spans included (a CR takes the
    /// place of each LF, byte for byte).
    #[test]
    fn lone_cr_line_ends_read_as_lf() {
        for lf in [
            "Project one •\t\n– USD 1,000\nProject two – USD 2,000•\t\n\ntOtal fundIng requIreMents fOr X \n– usd 3,000\nNext •\t\nmore (funding requirements included in the regional project)\n\nTotal funding requirements for Y: USD 0\n",
            "Study of flows – USD •\t\n40,000\nLabour actions - 400,000•\t\n\ntOtal fundIng requIreMents fOr Z – usd 440,000\n",
            "• One – USD 5\n• Two – USD 6\nTotal funding requirements for Fiji: USD 11\n• Three – USD 7\n",
            "A – USD 1 (co-funding \nrequirement)\nTotal funding requirements for\n\nFiji\n\n– USD\n\n1\n",
        ] {
            let cr = lf.replace('\n', "\r");
            assert_eq!(doc(&cr), doc(lf), "{lf:?}");
        }
        // Three line ends are too many inside an amount, whichever they are.
        let d = doc("Total funding requirements for Fiji –\r\r\rUSD 5\n");
        assert!(d.sections.is_empty() || d.sections[0].total.amount.is_none());
    }
}
