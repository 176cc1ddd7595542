//! Which region and sub-region each narrative section belongs to, derived from the document:
//! the narrative runs sub-region by sub-region, and the summary table names them.
//!
//! A sub-region (a segment of consecutive sections) opens at a "regional" page tab, at a
//! regional programmes section, or at a section named after a summary row. It is named, in
//! order of confidence, by a letter-spaced heading inside it that equals a summary row, by the
//! name of one of its sections, or by the one summary row whose figure its declared totals sum
//! to. Regions are the summary's leading totals ("Africa Total") over the rows under them; a
//! region without rows is matched to a segment as a whole. Prose programme blocks are grouped
//! the same way: a summary row named in the prose opens its group; a group that no name opens
//! takes the row its figures sum to, or the only row left.

use rust_decimal::Decimal;

use crate::blocks::{is_letter_spaced, lines, unspace};
use crate::model::Document;
use crate::model::table::{Block, Figure, Heading, Table};
use crate::source::LineIndex;
use crate::source::Span;
use crate::tables::model::{Naming, Place, Programme, Segment, SummaryRef};
use crate::text::name_key;

/// The word of the page tabs that open a sub-region's regional part, and of the name of its
/// regional programmes section.
const REGIONAL: &str = "regional";
const REGIONAL_PROGRAMMES: &str = "regionalprogrammes";
/// The most summary rows searched for in the prose as programme names.
const MAX_PROGRAMMES: usize = 64;

/// One row of the summary a run of sections or blocks can answer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: SummaryRef,
    /// The region (the leading total's name).
    pub region: String,
    /// The sub-region (the row's title), or the region itself for a region without rows.
    pub name: String,
    pub key: String,
    pub figure: Option<Decimal>,
}

/// The entries of the summary table, in order.
#[must_use]
pub fn entries(tables: &[Table], summary: usize, currency: &str) -> Vec<Entry> {
    let t = &tables[summary];
    let main = t.main_column(currency);
    let mut out = Vec::new();
    for (g, group) in t.groups.iter().enumerate() {
        let region = group.name.clone();
        if group.rows.is_empty() {
            if let Some(total) = &group.total {
                out.push(Entry {
                    at: SummaryRef {
                        table: summary,
                        group: g,
                        row: None,
                    },
                    region: region.clone(),
                    name: region.clone(),
                    key: name_key(&region),
                    figure: Table::figure(&total.figures, main).map(Figure::value),
                });
            }
            continue;
        }
        for r in group.rows.clone() {
            let row = &t.rows[r];
            out.push(Entry {
                at: SummaryRef {
                    table: summary,
                    group: g,
                    row: Some(r),
                },
                region: region.clone(),
                name: row.title.clone(),
                key: name_key(&row.title),
                figure: Table::figure(&row.figures, main).map(Figure::value),
            });
        }
    }
    out
}

/// Whether a line is a "regional" page tab: that word alone, however spaced and cased.
fn is_regional_tab(line: &str) -> bool {
    let t = line.trim();
    if t.len() < REGIONAL.len() || t.len() > 3 * REGIONAL.len() {
        return false;
    }
    let mut letters = t.bytes().filter(|b| !b.is_ascii_whitespace());
    REGIONAL
        .bytes()
        .all(|r| letters.next().is_some_and(|b| b.eq_ignore_ascii_case(&r)))
        && letters.next().is_none()
}

/// The segments of the narrative and the place of each section.
#[must_use]
#[allow(
    clippy::too_many_lines,
    reason = "one pass: open the segments, then name them in order of confidence"
)]
pub fn segments(
    text: &str,
    index: &LineIndex,
    doc: &Document,
    entries: &[Entry],
    tolerance: Decimal,
) -> (Vec<Segment>, Vec<Option<Place>>) {
    let sections = &doc.sections;
    if sections.is_empty() {
        return (Vec::new(), Vec::new());
    }
    // Entries by name key (the first of a name) and by figure.
    let mut by_key: crate::hash::FnvMap<&str, usize> = crate::hash::FnvMap::default();
    let mut by_figure: crate::hash::FnvMap<Decimal, Vec<usize>> = crate::hash::FnvMap::default();
    for (e, entry) in entries.iter().enumerate() {
        by_key.entry(entry.key.as_str()).or_insert(e);
        if let Some(f) = entry.figure {
            by_figure.entry(f.normalize()).or_default().push(e);
        }
    }
    // One pass over the narrative's lines: the "regional" tabs and the letter-spaced lines.
    let end = sections[sections.len() - 1].total.span.end;
    let mut tabs: Vec<Span> = Vec::new();
    let mut spaced: Vec<(Span, &str)> = Vec::new();
    for l in lines(text, index, 0, end) {
        if is_regional_tab(l.text) {
            tabs.push(l.trimmed());
        } else if is_letter_spaced(l.text) {
            spaced.push((l.trimmed(), l.text));
        }
    }
    let within = |spans: &[Span], from: usize, to: usize| -> std::ops::Range<usize> {
        spans.partition_point(|s| s.start < from)..spans.partition_point(|s| s.start < to)
    };
    // Where each segment opens, and what opened it.
    let mut opens: Vec<(usize, Span)> = vec![(0, Span::new(0, 0))];
    for i in 1..sections.len() {
        let gap = Span::new(sections[i - 1].total.span.end, sections[i].total.span.start);
        let tab = tabs[within(&tabs, gap.start, gap.end)].first().copied();
        let opener = tab.or_else(|| {
            let name = name_key(&sections[i].name);
            (name == REGIONAL_PROGRAMMES || by_key.contains_key(name.as_str()))
                .then_some(sections[i].total.name_span)
        });
        if let Some(span) = opener {
            opens.push((i, span));
        }
    }
    let mut segs: Vec<Segment> = Vec::new();
    for (k, &(first, opened_by)) in opens.iter().enumerate() {
        let end = opens.get(k + 1).map_or(sections.len(), |o| o.0);
        let from = if first == 0 {
            0
        } else {
            sections[first - 1].total.span.end
        };
        segs.push(Segment {
            sections: first..end,
            span: Span::new(from, sections[end - 1].total.span.end),
            opened_by,
            entry: None,
            naming: Naming::None,
        });
    }
    let mut claimed = vec![false; entries.len()];
    // 1. A letter-spaced heading inside the segment.
    for seg in &mut segs {
        let mut found: Vec<(usize, Span)> = Vec::new();
        let range = spaced.partition_point(|s| s.0.start < seg.span.start)
            ..spaced.partition_point(|s| s.0.start < seg.span.end);
        for &(span, line) in &spaced[range] {
            let k = name_key(&unspace(line));
            if let Some(&e) = by_key.get(k.as_str())
                && !found.iter().any(|f| f.0 == e)
            {
                found.push((e, span));
            }
        }
        if let [(e, span)] = found[..]
            && !claimed[e]
        {
            claimed[e] = true;
            seg.entry = Some(entries[e].at);
            seg.naming = Naming::Heading(span);
        }
    }
    // 2. The name of one of its sections.
    for seg in segs.iter_mut().filter(|s| s.entry.is_none()) {
        let mut found: Vec<(usize, Span)> = Vec::new();
        for s in &sections[seg.sections.clone()] {
            let k = name_key(&s.name);
            if let Some(&e) = by_key.get(k.as_str())
                && !found.iter().any(|f| f.0 == e)
            {
                found.push((e, s.total.name_span));
            }
        }
        if let [(e, span)] = found[..]
            && !claimed[e]
        {
            claimed[e] = true;
            seg.entry = Some(entries[e].at);
            seg.naming = Naming::Name(span);
        }
    }
    // 3. The one summary figure its declared totals sum to.
    for seg in segs.iter_mut().filter(|s| s.entry.is_none()) {
        let sum = crate::money::sum(
            sections[seg.sections.clone()]
                .iter()
                .filter_map(crate::model::Section::declared),
        );
        // Exact figures are looked up; with a tolerance, every entry is compared.
        let fits: Vec<usize> = if tolerance.is_zero() {
            by_figure
                .get(&sum.normalize())
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .copied()
                .filter(|&e| !claimed[e])
                .collect()
        } else {
            (0..entries.len())
                .filter(|&e| {
                    !claimed[e]
                        && entries[e]
                            .figure
                            .is_some_and(|f| (f - sum).abs() <= tolerance)
                })
                .collect()
        };
        if let [e] = fits[..] {
            claimed[e] = true;
            seg.entry = Some(entries[e].at);
            seg.naming = Naming::Sum;
        }
    }
    let mut places = vec![None; sections.len()];
    for seg in &segs {
        let Some(at) = seg.entry else { continue };
        let Some(e) = entries.iter().find(|e| e.at == at) else {
            continue;
        };
        // (One lookup per segment; segments are few beside sections.)
        for i in seg.sections.clone() {
            places[i] = Some(Place {
                region: e.region.clone(),
                sub_region: e.name.clone(),
            });
        }
    }
    (segs, places)
}

/// Groups the programme blocks under the summary rows that no segment took.
#[must_use]
pub fn programmes(
    text: &str,
    blocks: &[Block],
    headings: &[Heading],
    entries: &[Entry],
    taken: &[SummaryRef],
    tolerance: Decimal,
) -> Vec<Programme> {
    if blocks.is_empty() {
        return Vec::new();
    }
    let taken: std::collections::HashSet<SummaryRef> = taken.iter().copied().collect();
    let free: Vec<usize> = (0..entries.len())
        .filter(|&e| !taken.contains(&entries[e].at))
        .collect();
    let region = Span::new(blocks[0].span.start, blocks[blocks.len() - 1].span.end);
    // Where the prose (or a heading) names a free summary row, that row's group opens.
    let mut opens: Vec<(usize, usize, Span)> = Vec::new(); // (offset, entry, span)
    // Only regions without rows are programmes; a summary with very many of them is searched
    // for its first ones only, so that the cost stays linear.
    for &e in free
        .iter()
        .filter(|&&e| entries[e].at.row.is_none())
        .take(MAX_PROGRAMMES)
    {
        let name = &entries[e].name;
        if let Some(span) = find_name(text, region, name) {
            opens.push((span.start, e, span));
        } else if let Some(h) = headings.iter().find(|h| {
            region.start <= h.span.start
                && h.span.start < region.end
                && name_key(&h.text) == entries[e].key
        }) {
            opens.push((h.span.start, e, h.span));
        }
    }
    opens.sort_by_key(|o| o.0);
    let mut out: Vec<Programme> = Vec::new();
    let first_named = opens.first().map_or(blocks.len(), |o| {
        blocks
            .iter()
            .position(|b| b.span.start > o.0)
            .unwrap_or(blocks.len())
    });
    if first_named > 0 {
        out.push(Programme {
            row: None,
            naming: Naming::None,
            blocks: 0..first_named,
        });
    }
    for (k, &(at, e, span)) in opens.iter().enumerate() {
        let from = blocks
            .iter()
            .position(|b| b.span.start > at)
            .unwrap_or(blocks.len());
        let to = opens.get(k + 1).map_or(blocks.len(), |n| {
            blocks
                .iter()
                .position(|b| b.span.start > n.0)
                .unwrap_or(blocks.len())
        });
        out.push(Programme {
            row: Some((entries[e].at.table, entries[e].at.group)),
            naming: Naming::Name(span),
            blocks: from..to.max(from),
        });
    }
    // A group no name opened: the free row its figures sum to, else the only free row left.
    let named: Vec<usize> = opens.iter().map(|o| o.1).collect();
    let left: Vec<usize> = free
        .iter()
        .copied()
        .filter(|e| !named.contains(e) && entries[*e].at.row.is_none())
        .collect();
    let unnamed: Vec<usize> = (0..out.len()).filter(|&p| out[p].row.is_none()).collect();
    for &p in &unnamed {
        let sum = crate::money::sum(
            blocks[out[p].blocks.clone()]
                .iter()
                .map(|b| b.requirement.value()),
        );
        let fits: Vec<usize> = left
            .iter()
            .copied()
            .filter(|&e| {
                entries[e]
                    .figure
                    .is_some_and(|f| (f - sum).abs() <= tolerance)
            })
            .collect();
        if let [e] = fits[..] {
            out[p].row = Some((entries[e].at.table, entries[e].at.group));
            out[p].naming = Naming::Sum;
        } else if let ([e], [_]) = (&left[..], &unnamed[..]) {
            out[p].row = Some((entries[*e].at.table, entries[*e].at.group));
            out[p].naming = Naming::Elimination;
        }
    }
    out
}

/// Where `name` occurs in `text[within]`, ignoring case and how white space is laid out.
fn find_name(text: &str, within: Span, name: &str) -> Option<Span> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let first = words.first()?;
    let hay = text[within.start..within.end].to_ascii_lowercase();
    'hits: for p in memchr::memmem::find_iter(hay.as_bytes(), first.as_bytes()) {
        if hay[..p]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let mut at = p + first.len();
        for w in &words[1..] {
            let rest = &hay[at..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() || !trimmed.starts_with(w.as_str()) {
                continue 'hits;
            }
            at += rest.len() - trimmed.len() + w.len();
        }
        if hay[at..].chars().next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        return Some(Span::new(within.start + p, within.start + at));
    }
    None
}

/// The sections a table group or summary name stands for: those of that name, and those of the
/// sub-region of that name.
#[must_use]
pub fn home_sections(doc: &Document, places: &[Option<Place>], name: &str) -> Vec<usize> {
    let k = name_key(name);
    if k.is_empty() {
        return Vec::new();
    }
    (0..doc.sections.len())
        .filter(|&i| {
            name_key(&doc.sections[i].name) == k
                || places
                    .get(i)
                    .and_then(Option::as_ref)
                    .is_some_and(|p| name_key(&p.sub_region) == k)
        })
        .collect()
}

/// The sections of a region (a summary's leading total).
#[must_use]
pub fn region_sections(places: &[Option<Place>], region: &str) -> Vec<usize> {
    let k = name_key(region);
    (0..places.len())
        .filter(|&i| places[i].as_ref().is_some_and(|p| name_key(&p.region) == k))
        .collect()
}
