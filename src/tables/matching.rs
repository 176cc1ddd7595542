//! Which table row is which narrative project, in near-linear time: rows are looked up in
//! indexes of the narrative bullets by reference code, by amount, by title key and by title
//! word, never compared with every bullet. Only the column in the document's currency is
//! compared; a column in another currency is never set against narrative amounts.
//!
//! Passes, strongest evidence first, each bullet taken once per table: the reference code; the
//! same title (case, spacing and punctuation set aside) and amount; the same amount and a
//! similar title; the same title alone; a similar title alone.

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use crate::model::{Bullet, Document};
use crate::source::Span;
use crate::tables::grammar::is_code;
use crate::tables::model::{BulletRef, MatchKind, Pair, Place, Table, Tagged};
use crate::tables::text::{align, is_letter_spaced, key, lines, name_key, unspace, words};

/// Least similarity for a counterpart with the same amount.
pub const SAME_AMOUNT_SIMILARITY: f64 = 0.5;
/// Least similarity for a counterpart found by its title alone.
pub const TITLE_ONLY_SIMILARITY: f64 = 0.8;
/// Words shorter than this do not index titles (articles, prepositions).
const INDEX_WORD: usize = 4;
/// A word shared by more bullets than this tells nothing about which one a row is.
const COMMON_WORD: usize = 40;

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
    key: String,
    value: Decimal,
}

/// The bullet a reference takes; for callers that hold the document.
#[must_use]
pub fn bullet(doc: &Document, at: BulletRef) -> &Bullet {
    &doc.sections[at.section].bullets[at.bullet]
}

/// Matches the rows of every table that lists projects (not the summary).
#[must_use]
pub fn match_all(
    text: &str,
    doc: &Document,
    tables: &[Table],
    places: &[Option<Place>],
    currency: &str,
) -> Matching {
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
                        key: key(&bullet.title),
                        value,
                    })
                })
        })
        .collect();
    let mut by_amount: HashMap<Decimal, Vec<usize>> = HashMap::new();
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_code: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        by_amount.entry(it.value).or_default().push(i);
        by_key.entry(it.key.as_str()).or_default().push(i);
        let mut seen = HashSet::new();
        for w in words(&it.bullet.title) {
            let w = w.to_lowercase();
            if w.chars().count() >= INDEX_WORD && seen.insert(w.clone()) {
                by_word.entry(w).or_default().push(i);
            }
        }
        for t in text[it.bullet.span.start..it.bullet.span.end].split_whitespace() {
            if is_code(t) {
                by_code.entry(t).or_default().push(i);
            }
        }
    }
    let mut out = Matching::default();
    for (t, table) in tables.iter().enumerate() {
        if table.is_summary() || table.rows.is_empty() {
            continue;
        }
        let main = table.main_column(currency);
        let group_of: Vec<&str> = {
            let mut g = vec![""; table.rows.len()];
            for group in &table.groups {
                for r in group.rows.clone() {
                    g[r] = &group.name;
                }
            }
            g
        };
        let home = |r: usize, it: &Item<'_>| -> bool {
            let g = name_key(group_of[r]);
            !g.is_empty()
                && (name_key(&doc.sections[it.at.section].name) == g
                    || places
                        .get(it.at.section)
                        .and_then(Option::as_ref)
                        .is_some_and(|p| name_key(&p.sub_region) == g))
        };
        let rows: Vec<(usize, String, Vec<&str>, Option<Decimal>)> = table
            .rows
            .iter()
            .enumerate()
            .map(|(r, row)| {
                (
                    r,
                    key(&row.title),
                    words(&row.title),
                    Table::figure(&row.figures, main).map(crate::tables::model::Figure::value),
                )
            })
            .collect();
        let mut row_done = vec![false; rows.len()];
        let mut taken: HashSet<usize> = HashSet::new();
        let mut pairs: Vec<Pair> = Vec::new();
        let mut take = |r: usize,
                        i: usize,
                        kind: MatchKind,
                        row_done: &mut Vec<bool>,
                        taken: &mut HashSet<usize>| {
            row_done[r] = true;
            taken.insert(i);
            pairs.push(Pair {
                table: t,
                row: r,
                bullet: items[i].at,
                kind,
            });
        };
        // Candidates scored, best first; each row and bullet is taken once.
        let mut assign = |cands: Vec<(f64, usize, usize, MatchKind)>,
                          row_done: &mut Vec<bool>,
                          taken: &mut HashSet<usize>| {
            let mut cands = cands;
            cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            for (_, r, i, kind) in cands {
                if !row_done[r] && !taken.contains(&i) {
                    take(r, i, kind, row_done, taken);
                }
            }
        };
        let bonus = |r: usize, i: usize| if home(r, &items[i]) { 0.05 } else { 0.0 };
        // 1. Reference code.
        let mut c = Vec::new();
        for (r, row) in table.rows.iter().enumerate() {
            if let Some(code) = &row.reference
                && let Some(list) = by_code.get(code.as_str())
            {
                for &i in list {
                    c.push((1.0 + bonus(r, i), r, i, MatchKind::Reference));
                }
            }
        }
        assign(c, &mut row_done, &mut taken);
        // 2. Same title and amount.
        let mut c = Vec::new();
        for (r, k, _, v) in &rows {
            let Some(v) = v else { continue };
            for &i in by_key.get(k.as_str()).into_iter().flatten() {
                if items[i].value == *v {
                    c.push((1.0 + bonus(*r, i), *r, i, MatchKind::Same));
                }
            }
        }
        assign(c, &mut row_done, &mut taken);
        // 3. Same amount, similar title.
        let mut c = Vec::new();
        for (r, _, w, v) in &rows {
            let Some(v) = v else { continue };
            for &i in by_amount.get(v).into_iter().flatten() {
                let (_, similarity) = align(w, &words(&items[i].bullet.title));
                if similarity >= SAME_AMOUNT_SIMILARITY {
                    c.push((
                        similarity + bonus(*r, i),
                        *r,
                        i,
                        MatchKind::AmountAndTitle { similarity },
                    ));
                }
            }
        }
        assign(c, &mut row_done, &mut taken);
        // 4. Same title, another amount.
        let mut c = Vec::new();
        for (r, k, _, _) in &rows {
            for &i in by_key.get(k.as_str()).into_iter().flatten() {
                c.push((1.0 + bonus(*r, i), *r, i, MatchKind::TitleOnly));
            }
        }
        assign(c, &mut row_done, &mut taken);
        // 5. A similar title alone: only bullets that share a telling word are compared.
        let mut c = Vec::new();
        for (r, _, w, _) in &rows {
            if row_done[*r] || w.len() < 3 {
                continue;
            }
            let mut cand: HashSet<usize> = HashSet::new();
            for word in w {
                let lw = word.to_lowercase();
                if lw.chars().count() < INDEX_WORD {
                    continue;
                }
                if let Some(list) = by_word.get(&lw)
                    && list.len() <= COMMON_WORD
                {
                    cand.extend(list.iter().copied());
                }
            }
            for i in cand {
                let other = words(&items[i].bullet.title);
                if other.len() < 3 {
                    continue;
                }
                let (_, similarity) = align(w, &other);
                if similarity >= TITLE_ONLY_SIMILARITY {
                    c.push((
                        similarity + bonus(*r, i),
                        *r,
                        i,
                        MatchKind::Similar { similarity },
                    ));
                }
            }
        }
        assign(c, &mut row_done, &mut taken);
        out.unmatched_rows
            .extend((0..rows.len()).filter(|&r| !row_done[r]).map(|r| (t, r)));
        pairs.sort_by_key(|p| p.row);
        out.pairs.extend(pairs);
    }
    out.tagged = tagged(text, doc, tables);
    let matched: HashSet<(usize, BulletRef)> =
        out.pairs.iter().map(|p| (p.table, p.bullet)).collect();
    out.unmatched_tagged = out
        .tagged
        .iter()
        .copied()
        .filter(|t| !matched.contains(&(t.table, t.bullet)))
        .collect();
    out
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
    let next = lines(text, after, limit)
        .into_iter()
        .skip(1)
        .find(|l| !l.is_blank())?;
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
