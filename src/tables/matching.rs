//! Which table row is which narrative project, in near-linear time: rows are looked up in
//! indexes of the narrative bullets by reference code, by amount and by title key, and, for
//! the few rows left, by their longest words in the titles; never compared with every bullet. Only the column in the document's currency is
//! compared; a column in another currency is never set against narrative amounts.
//!
//! Passes, strongest evidence first, each bullet taken once per table: the reference code; the
//! same title (case, spacing and punctuation set aside) and amount; the same amount and a
//! similar title; the same title alone; a similar title alone.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::blocks::{Line, is_letter_spaced, unspace};
use crate::hash::{FnvMap, FnvSet};
use crate::model::table::{Figure, Table};
use crate::model::{Bullet, Document};
use crate::parse::table::is_code;
use crate::source::{Span, next_line_end};
use crate::tables::model::{BulletRef, MatchKind, Pair, Place, Tagged};
use crate::text::{align, key, name_key, shared_share, similarity_bound, sorted_words, words};

/// Least similarity for a counterpart with the same amount.
pub const SAME_AMOUNT_SIMILARITY: f64 = 0.5;
/// Least share of words two titles must have in common, exactly, before they are aligned for
/// the same-amount pass (same titles with a few slips share far more).
const SAME_AMOUNT_SHARED: f64 = 0.3;
/// Least similarity for a counterpart found by its title alone.
pub const TITLE_ONLY_SIMILARITY: f64 = 0.8;
/// Words shorter than this do not find titles (articles, prepositions).
const INDEX_WORD: usize = 4;
/// How many of a row's longest words look for titles similar to its own.
const LONGEST_WORDS: usize = 3;
/// The most bullets one row is compared with in one pass.
const MAX_CANDIDATES: usize = 64;
/// Up to this many rows left, titles are searched as text; beyond, through a word index.
const FEW_ROWS: usize = 32;

/// The outcome of matching every listing table against the narrative.
#[derive(Debug, Clone, Default)]
pub struct Matching {
    pub pairs: Vec<Pair>,
    /// Rows with no counterpart: (table, row).
    pub unmatched_rows: Vec<(usize, usize)>,
    pub tagged: Vec<Tagged>,
    /// Tagged bullets that their table lacks.
    pub unmatched_tagged: Vec<Tagged>,
}

struct Item<'d> {
    at: BulletRef,
    bullet: &'d Bullet,
    value: Decimal,
}

/// The bullet a reference takes; for callers that hold the document.
#[must_use]
pub fn bullet(doc: &Document, at: BulletRef) -> &Bullet {
    &doc.sections[at.section].bullets[at.bullet]
}

/// Matches the rows of every table that lists projects (not the summary).
#[must_use]
#[allow(
    clippy::too_many_lines,
    reason = "the passes share their indexes and state"
)]
pub fn match_all(
    text: &str,
    doc: &Document,
    tables: &[Table],
    places: &[Option<Place>],
    currency: &str,
) -> Matching {
    let mut out = Matching::default();
    let listing: Vec<usize> = (0..tables.len())
        .filter(|&t| !tables[t].is_summary() && !tables[t].rows.is_empty())
        .collect();
    if listing.is_empty() {
        return out;
    }
    let items: Vec<Item<'_>> = doc
        .sections
        .iter()
        .enumerate()
        .flat_map(|(s, sec)| {
            sec.bullets
                .iter()
                .enumerate()
                .filter_map(move |(b, bullet)| {
                    let value = bullet.amount.as_ref()?.value();
                    Some(Item {
                        at: BulletRef {
                            section: s,
                            bullet: b,
                        },
                        bullet,
                        value,
                    })
                })
        })
        .collect();
    // Where each section's bullets begin in `items` (items are in document order).
    let mut section_first: Vec<usize> = vec![items.len(); doc.sections.len() + 1];
    for (i, it) in items.iter().enumerate().rev() {
        section_first[it.at.section] = i;
    }
    for s in (0..doc.sections.len()).rev() {
        section_first[s] = section_first[s].min(section_first[s + 1]);
    }
    // Index: bullets by amount (in cents, under a cheap hash).
    let cents = |v: Decimal| {
        v.checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|c| c.trunc().to_i128())
            .unwrap_or(i128::MAX)
    };
    let mut by_amount: FnvMap<i128, Vec<usize>> = FnvMap::default();
    for (i, it) in items.iter().enumerate() {
        by_amount.entry(cents(it.value)).or_default().push(i);
    }
    // Title keys, computed for the bullets that are compared.
    let keys: Vec<std::cell::OnceCell<String>> = vec![std::cell::OnceCell::new(); items.len()];
    let key_of = |i: usize| keys[i].get_or_init(|| key(&items[i].bullet.title)).as_str();
    // Codes are looked for only when some row has one, around the "-" and "/" they contain.
    let mut by_code: FnvMap<&str, Vec<usize>> = FnvMap::default();
    if listing
        .iter()
        .any(|&t| tables[t].rows.iter().any(|r| r.reference.is_some()))
    {
        for (i, it) in items.iter().enumerate() {
            let span = &text[it.bullet.span.start..it.bullet.span.end];
            let bytes = span.as_bytes();
            let mut last_end = 0;
            for p in memchr::memchr2_iter(b'-', b'/', bytes) {
                if p < last_end {
                    continue;
                }
                let start = bytes[..p]
                    .iter()
                    .rposition(u8::is_ascii_whitespace)
                    .map_or(0, |x| x + 1);
                let end = bytes[p..]
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .map_or(bytes.len(), |x| p + x);
                last_end = end;
                let token = &span[start..end];
                if is_code(token) {
                    by_code.entry(token).or_default().push(i);
                }
            }
        }
    }
    // Each section's name and sub-region keys, for every listing table.
    let section_keys: Vec<(String, Option<String>)> = doc
        .sections
        .iter()
        .enumerate()
        .map(|(i, sec)| {
            (
                name_key(&sec.name),
                places
                    .get(i)
                    .and_then(Option::as_ref)
                    .map(|p| name_key(&p.sub_region)),
            )
        })
        .collect();
    let mut sorted: FnvMap<usize, Vec<String>> = FnvMap::default();
    for &t in &listing {
        let table = &tables[t];
        let main = table.main_column(currency);
        // Each row's group, and each group's home sections (of its name or sub-region),
        // decided once.
        let mut group_of: Vec<usize> = vec![usize::MAX; table.rows.len()];
        for (g, group) in table.groups.iter().enumerate() {
            for r in group.rows.clone() {
                group_of[r] = g;
            }
        }
        // Per group: which sections are home, and their list.
        let homes: Vec<(Vec<bool>, Vec<usize>)> = table
            .groups
            .iter()
            .map(|group| {
                let g = name_key(&group.name);
                let flags: Vec<bool> = section_keys
                    .iter()
                    .map(|(name, sub)| !g.is_empty() && (*name == g || sub.as_deref() == Some(&g)))
                    .collect();
                let list = (0..flags.len()).filter(|&i| flags[i]).collect();
                (flags, list)
            })
            .collect();
        let home = |r: usize, it: &Item<'_>| -> bool {
            homes.get(group_of[r]).is_some_and(|h| h.0[it.at.section])
        };
        let rows: Vec<(String, Vec<&str>, Option<Decimal>)> = table
            .rows
            .iter()
            .map(|row| {
                (
                    key(&row.title),
                    words(&row.title),
                    Table::figure(&row.figures, main).map(Figure::value),
                )
            })
            .collect();
        let mut row_done = vec![false; rows.len()];
        let mut taken: FnvSet<usize> = FnvSet::default();
        let mut pairs: Vec<Pair> = Vec::new();
        // Candidates scored, best first; each row and bullet is taken once.
        let mut assign = |cands: &mut Vec<(f64, usize, usize, MatchKind)>,
                          row_done: &mut Vec<bool>,
                          taken: &mut FnvSet<usize>| {
            cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            for &(_, r, i, kind) in cands.iter() {
                if !row_done[r] && !taken.contains(&i) {
                    row_done[r] = true;
                    taken.insert(i);
                    pairs.push(Pair {
                        table: t,
                        row: r,
                        bullet: items[i].at,
                        kind,
                    });
                }
            }
            cands.clear();
        };
        let bonus = |r: usize, i: usize| if home(r, &items[i]) { 0.05 } else { 0.0 };
        let mut c = Vec::new();
        // 1. Reference code.
        for (r, row) in table.rows.iter().enumerate() {
            if let Some(code) = &row.reference
                && let Some(list) = by_code.get(code.as_str())
            {
                for &i in list {
                    c.push((1.0 + bonus(r, i), r, i, MatchKind::Reference));
                }
            }
        }
        assign(&mut c, &mut row_done, &mut taken);
        // 2. Same title and amount: bullets of the rows' amounts, indexed by title key (each
        // bullet keyed once, whatever the number of rows).
        let mut by_both: FnvMap<(i128, &str), Vec<usize>> = FnvMap::default();
        let mut amounts: Vec<i128> = rows.iter().filter_map(|x| x.2).map(cents).collect();
        amounts.sort_unstable();
        amounts.dedup();
        for a in amounts {
            for &i in by_amount.get(&a).map_or(&[][..], Vec::as_slice) {
                by_both.entry((a, key_of(i))).or_default().push(i);
            }
        }
        for (r, (k, _, v)) in rows.iter().enumerate() {
            let Some(v) = v else { continue };
            if row_done[r] {
                continue;
            }
            for &i in by_both.get(&(cents(*v), k.as_str())).into_iter().flatten() {
                c.push((1.0 + bonus(r, i), r, i, MatchKind::Same));
            }
        }
        assign(&mut c, &mut row_done, &mut taken);
        // 3. Same amount, similar title: titles are aligned only when the words they share
        // could make them similar enough.
        for (r, (_, w, v)) in rows.iter().enumerate() {
            let Some(v) = v else { continue };
            if row_done[r] {
                continue;
            }
            let mine = sorted_words(&table.rows[r].title);
            // A figure shared by very many bullets (a round amount in a huge document) is
            // compared with its first ones only, the row's own section first: this keeps the
            // pass linear.
            let all: &[usize] = by_amount.get(&cents(*v)).map_or(&[], Vec::as_slice);
            let same: Vec<usize> = if all.len() <= MAX_CANDIDATES {
                all.to_vec()
            } else {
                // Bullets are listed in document order: those of the row's home sections are
                // found by bisection, then the first others.
                let mut pick: Vec<usize> = Vec::new();
                if let Some(h) = homes.get(group_of[r]) {
                    for &sec in &h.1 {
                        let (lo, hi) = (section_first[sec], section_first[sec + 1]);
                        let from = all.partition_point(|&i| i < lo);
                        let to = all.partition_point(|&i| i < hi);
                        pick.extend(&all[from..to]);
                        if pick.len() >= MAX_CANDIDATES {
                            break;
                        }
                    }
                }
                pick.extend(all.iter().take(MAX_CANDIDATES));
                pick.sort_unstable();
                pick.dedup();
                pick.truncate(2 * MAX_CANDIDATES);
                pick
            };
            for i in same {
                if taken.contains(&i) {
                    continue;
                }
                let theirs = sorted
                    .entry(i)
                    .or_insert_with(|| sorted_words(&items[i].bullet.title));
                if shared_share(&mine, theirs) < SAME_AMOUNT_SHARED {
                    continue;
                }
                let (_, similarity) = align(w, &words(&items[i].bullet.title));
                if similarity >= SAME_AMOUNT_SIMILARITY {
                    c.push((
                        similarity + bonus(r, i),
                        r,
                        i,
                        MatchKind::AmountAndTitle { similarity },
                    ));
                }
            }
        }
        assign(&mut c, &mut row_done, &mut taken);
        // 4. Same title, another amount: among the titles that contain the row's longest word.
        let left = row_done.iter().filter(|d| !**d).count();
        let mut finder = Finder::new(left);
        for (r, (k, w, _)) in rows.iter().enumerate() {
            if row_done[r] || k.is_empty() {
                continue;
            }
            for i in finder.titles_with(&items, w, 1) {
                if key_of(i) == k {
                    c.push((1.0 + bonus(r, i), r, i, MatchKind::TitleOnly));
                }
            }
        }
        assign(&mut c, &mut row_done, &mut taken);
        // 5. A similar title alone: only titles that contain the row's longest words are
        // compared.
        for (r, (_, w, _)) in rows.iter().enumerate() {
            if row_done[r] || w.len() < 3 {
                continue;
            }
            let cand = finder.titles_with(&items, w, LONGEST_WORDS);
            let mine = sorted_words(&table.rows[r].title);
            for i in cand {
                if taken.contains(&i) {
                    continue;
                }
                let theirs = sorted
                    .entry(i)
                    .or_insert_with(|| sorted_words(&items[i].bullet.title));
                if theirs.len() < 3 || similarity_bound(&mine, theirs) < TITLE_ONLY_SIMILARITY {
                    continue;
                }
                let (_, similarity) = align(w, &words(&items[i].bullet.title));
                if similarity >= TITLE_ONLY_SIMILARITY {
                    c.push((
                        similarity + bonus(r, i),
                        r,
                        i,
                        MatchKind::Similar { similarity },
                    ));
                }
            }
        }
        assign(&mut c, &mut row_done, &mut taken);
        out.unmatched_rows
            .extend((0..rows.len()).filter(|&r| !row_done[r]).map(|r| (t, r)));
        pairs.sort_by_key(|p| p.row);
        out.pairs.extend(pairs);
    }
    out.tagged = tagged(text, doc, tables);
    let matched: FnvSet<(usize, BulletRef)> =
        out.pairs.iter().map(|p| (p.table, p.bullet)).collect();
    out.unmatched_tagged = out
        .tagged
        .iter()
        .copied()
        .filter(|t| !matched.contains(&(t.table, t.bullet)))
        .collect();
    out
}

/// Finds the titles that contain a row's longest words. For a few rows the titles are
/// searched as one lower-case text; for many, an index of title words is built once, so that
/// the cost stays linear either way.
enum Finder {
    Unbuilt { rows: usize },
    Text(String, Vec<usize>),
    Index(FnvMap<String, Vec<usize>>),
}

impl Finder {
    fn new(rows: usize) -> Self {
        Finder::Unbuilt { rows }
    }

    /// Bullets (in order) whose title contains one of the `n` longest words of `w`.
    fn titles_with(&mut self, items: &[Item<'_>], w: &[&str], n: usize) -> Vec<usize> {
        if let Finder::Unbuilt { rows } = *self {
            *self = if rows <= FEW_ROWS {
                let mut hay = String::new();
                let mut starts = Vec::with_capacity(items.len());
                for it in items {
                    starts.push(hay.len());
                    hay.push_str(&it.bullet.title.to_lowercase());
                    hay.push('\n');
                }
                Finder::Text(hay, starts)
            } else {
                let mut index: FnvMap<String, Vec<usize>> = FnvMap::default();
                for (i, it) in items.iter().enumerate() {
                    for word in words(&it.bullet.title) {
                        if word.chars().count() >= INDEX_WORD {
                            let list = index.entry(word.to_lowercase()).or_default();
                            if list.last() != Some(&i) {
                                list.push(i);
                            }
                        }
                    }
                }
                Finder::Index(index)
            };
        }
        let mut long: Vec<String> = w
            .iter()
            .filter(|x| x.chars().count() >= INDEX_WORD)
            .map(|x| x.to_lowercase())
            .collect();
        long.sort_by_key(|x| std::cmp::Reverse(x.len()));
        long.dedup();
        let mut found: Vec<usize> = Vec::new();
        for word in long.iter().take(n) {
            match self {
                Finder::Text(hay, starts) => {
                    for p in memchr::memmem::find_iter(hay.as_bytes(), word.as_bytes()) {
                        found.push(starts.partition_point(|&s| s <= p) - 1);
                    }
                }
                Finder::Index(index) => {
                    // A word in very many titles says nothing about which one is the row's.
                    if let Some(list) = index.get(word).filter(|l| l.len() <= MAX_CANDIDATES) {
                        found.extend(list.iter().copied());
                    }
                }
                Finder::Unbuilt { .. } => {}
            }
        }
        found.sort_unstable();
        found.dedup();
        found.truncate(MAX_CANDIDATES * n.max(1));
        found
    }
}

/// The words of an annotation or header, lower case, hyphenated words kept whole.
fn tag_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect()
}

/// The annotation of a bullet, or else the first line after its amount, when it reads as a
/// mark (in parentheses, or letter-spaced like "c A P  2 0 0 8"; not "/ country") and stands
/// before the next bullet's title.
fn annotation_of(text: &str, doc: &Document, at: BulletRef) -> Option<Span> {
    let sec = &doc.sections[at.section];
    let b = &sec.bullets[at.bullet];
    let tag_like = |t: &str| {
        let t = t.trim();
        (t.starts_with('(') && t.ends_with(')')) || is_letter_spaced(t)
    };
    if let Some(a) = b.annotation {
        return tag_like(&text[a.start..a.end]).then_some(a);
    }
    let after = b.amount.as_ref()?.span.end;
    let limit = sec
        .bullets
        .get(at.bullet + 1)
        .map_or(sec.total.span.start, |n| n.title_span.end)
        .max(after);
    // The first non-blank line after the amount's own line.
    let mut from = next_line_end(text, after, limit)?.1;
    let next = loop {
        let (end, next) = next_line_end(text, from, limit).unwrap_or((limit, limit));
        let l = Line {
            start: from,
            end,
            text: &text[from..end],
        };
        if !l.is_blank() {
            break l;
        }
        if end >= limit {
            return None;
        }
        from = next;
    };
    (tag_like(next.text) && next.start < limit).then(|| next.trimmed())
}

/// Bullets whose annotation names a table: its first word is a word of that table's header
/// and of no other table's ("(co-funding requirement)" for a table headed "Co-funding
/// required", "c A P  2 0 0 8" for one with a "CAP Reference" column).
fn tagged(text: &str, doc: &Document, tables: &[Table]) -> Vec<Tagged> {
    let listing: Vec<usize> = (0..tables.len())
        .filter(|&t| !tables[t].is_summary() && !tables[t].rows.is_empty())
        .collect();
    let mut out = Vec::new();
    for (s, sec) in doc.sections.iter().enumerate() {
        for b in 0..sec.bullets.len() {
            let at = BulletRef {
                section: s,
                bullet: b,
            };
            let Some(tag) = annotation_of(text, doc, at) else {
                continue;
            };
            let Some(first) = tag_words(&unspace(&text[tag.start..tag.end]))
                .into_iter()
                .next()
            else {
                continue;
            };
            let owners: Vec<usize> = listing
                .iter()
                .copied()
                .filter(|&t| tables[t].header_words.contains(&first))
                .collect();
            if let [table] = owners[..] {
                out.push(Tagged {
                    bullet: at,
                    table,
                    tag,
                });
            }
        }
    }
    out
}
