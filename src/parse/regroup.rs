//! Regrouping: where the text does not stand in reading order (two columns extracted block by
//! block, a summary box), the items that the order put into one group are given back to the
//! group they belong to. Runs only on documents whose groups are broadly out of place: a
//! quarter of them do not foot, or a total has no items. A document with a few wrong sums
//! keeps its groups as the text gives them.
//!
//! Two steps, each decided by footing:
//! - [`under_headings`]: a group that lacks items takes those under its heading inside a
//!   neighbouring group, as far as they sum to what it lacks;
//! - [`exchange`]: two nearby groups that do not foot pool their items and share them out
//!   again so that at least one foots exactly, moving as few items as possible.

use rust_decimal::Decimal;

use crate::model::{Amount, Bullet, Section};
use crate::money::sum;
use crate::parse::{Order, breaks_between};
use crate::text::name_key;

/// Regroups the items of a document out of reading order; returns how many items moved.
pub fn regroup(text: &str, sections: &mut [Section], tolerance: Decimal, order: Order) -> usize {
    // Only a document whose groups are broadly out of place (a quarter not footing, or a total
    // with no items) is regrouped; one with a few wrong sums keeps them as they stand.
    let failing = sections.iter().filter(|s| fails(s, tolerance)).count();
    let empty = sections
        .iter()
        .any(|s| s.parts.is_empty() && s.bullets.is_empty() && s.declared().is_some());
    if !empty && failing * 4 < sections.len() {
        return 0;
    }
    let moved = under_headings(text, sections, tolerance);
    moved + exchange(text, sections, tolerance, order)
}

/// Whether a group of items has a readable total its items do not sum to.
fn fails(s: &Section, tolerance: Decimal) -> bool {
    s.parts.is_empty()
        && s.declared()
            .is_some_and(|d| (d - s.listed_sum()).abs() > tolerance)
}

/// A total with no items beside a group that holds them: where the text puts one group's total
/// on the other side of its items than the document's other groups (columns read out of order,
/// a summary box), the items under the empty group's heading inside the neighbouring group,
/// as far as they sum to the empty group's total, are its items. Returns how many moved.
fn under_headings(text: &str, sections: &mut [Section], tolerance: Decimal) -> usize {
    /// How many groups away an empty group's items are looked for.
    const REGROUP_REACH: usize = 6;
    /// How many items after its heading are tried for an empty group's (2^n subsets).
    const MAX_REGROUP_ITEMS: usize = 10;
    /// Passes: a group that gives its items away may then find its own.
    const REGROUP_PASSES: usize = 3;
    let mut moved = 0;
    for _ in 0..REGROUP_PASSES {
        let n = heading_pass(
            text,
            sections,
            tolerance,
            (REGROUP_REACH, MAX_REGROUP_ITEMS),
        );
        if n == 0 {
            break;
        }
        moved += n;
    }
    moved
}

/// How much longer than a group's name the heading naming it may be.
const MAX_HEADING_EXTRA: usize = 24;

/// One pass of [`under_headings`]: how many items it moved.
fn heading_pass(
    text: &str,
    sections: &mut [Section],
    tolerance: Decimal,
    (reach, max_items): (usize, usize),
) -> usize {
    let mut moved_items = 0;
    for i in 0..sections.len() {
        let e = &sections[i];
        let Some(total) = e.declared() else {
            continue;
        };
        // What the group lacks: all of its total when it has no items.
        let declared = total - e.listed_sum();
        if declared <= tolerance || !e.parts.is_empty() || e.name.is_empty() {
            continue;
        }
        let name = name_key(&e.name);
        // The nearest groups first, a few either way.
        let near = (1..=reach).flat_map(|d| [i.wrapping_sub(d), i + d]);
        for j in near {
            let Some(s) = sections.get(j) else { continue };
            if !s.parts.is_empty() || s.bullets.is_empty() {
                continue;
            }
            // The first item after a line that names the empty group.
            let start = (0..s.bullets.len()).find(|&k| {
                let from = if k == 0 {
                    s.span.start
                } else {
                    s.bullets[k - 1].span.end
                };
                let to = s.bullets[k].span.start;
                from < to
                    && text[from..to]
                        .split(['\n', '\r'])
                        .map(str::trim)
                        // A heading is about as long as the name (markup, a region aside).
                        .filter(|l| !l.is_empty() && l.len() <= e.name.len() + MAX_HEADING_EXTRA)
                        .any(|l| name_key(l) == name)
            });
            let Some(start) = start else { continue };
            // The items from there that sum to the empty group's total: a run, or (columns
            // interleaved item by item) a few of the next ones, the first among them.
            let values: Vec<Decimal> = s.bullets[start..]
                .iter()
                .take(max_items)
                .map(|b| b.amount.as_ref().map_or(Decimal::ZERO, Amount::value))
                .collect();
            // The first item under the heading among them, or else the group left to foot
            // exactly with the items that remain (its heading may stand above the other's).
            let total = s.declared();
            let listed = s.listed_sum();
            let pick = (1u32..1 << values.len()).find(|m| {
                let sum = sum((0..values.len())
                    .filter(|k| m >> k & 1 == 1)
                    .map(|k| values[k]));
                (sum - declared).abs() <= tolerance
                    && (m & 1 == 1 || total.is_some_and(|t| (listed - sum - t).abs() <= tolerance))
            });
            let Some(mask) = pick else { continue };
            let chosen: Vec<usize> = (0..values.len())
                .filter(|k| mask >> k & 1 == 1)
                .map(|k| start + k)
                .collect();
            let mut k = 0;
            let mut moved: Vec<Bullet> = Vec::new();
            sections[j].bullets.retain(|b| {
                let take = chosen.contains(&k);
                k += 1;
                if take {
                    moved.push(b.clone());
                }
                !take
            });
            sections[i].bullets.extend(moved);
            sections[i].bullets.sort_by_key(|b| b.span.start);
            moved_items += chosen.len();
            for k in [i, j] {
                let s = &mut sections[k];
                s.breaks = breaks_between(text, &s.bullets);
            }
            break;
        }
    }
    moved_items
}

/// How many groups apart two groups may stand to pool their items.
const EXCHANGE_REACH: usize = 3;
/// How many items two groups may hold together to be shared out again (2^n ways).
const MAX_POOL: usize = 14;
/// Passes: a group made to foot leaves its neighbours with what is theirs.
const EXCHANGE_PASSES: usize = 4;

/// Two nearby groups that do not foot, where the text interleaves their items (columns read
/// block by block): their items are pooled and shared out again, each item to one of the
/// two, so that at least one group foots exactly and the two together are closer to their
/// totals than before. Both footing beats one; among equals, the sharing that moves the fewest
/// items wins, and two different sharings that tie leave the groups as they are. Whatever
/// the group that does not foot is left with is what it lists: its finding says by how much.
/// Returns how many items moved.
fn exchange(text: &str, sections: &mut [Section], tolerance: Decimal, order: Order) -> usize {
    let out_of_place = headings_out_of_place(text, sections);
    let mut moved = 0;
    for _ in 0..EXCHANGE_PASSES {
        let mut pass = 0;
        for d in 1..=EXCHANGE_REACH {
            for i in 0..sections.len().saturating_sub(d) {
                let j = i + d;
                if !fails(&sections[i], tolerance) || !fails(&sections[j], tolerance) {
                    continue;
                }
                if out_of_place[i] || out_of_place[j] {
                    pass += share_out(text, sections, (i, j), tolerance);
                } else if order == Order::Reordered {
                    // Text reordered column by column may misplace a band whatever its
                    // headings show: there both groups must then foot.
                    pass += share_all(text, sections, &[i, j], tolerance);
                }
            }
        }
        // Three groups a band put out of place in turn (each holding the next one's items).
        if order == Order::Reordered {
            for i in 0..sections.len() {
                let group: Vec<usize> = (i..sections.len().min(i + EXCHANGE_REACH + 1))
                    .filter(|&k| fails(&sections[k], tolerance))
                    .collect();
                if group.len() == 3 && group[0] == i {
                    pass += share_all(text, sections, &group, tolerance);
                }
            }
        }
        if pass == 0 {
            break;
        }
        moved += pass;
    }
    moved
}

/// Shares the pooled items of `groups` out again so that every one of them foots exactly,
/// with the fewest moves; a tie between two such sharings, or none, leaves them as they are.
/// How many items moved.
fn share_all(text: &str, sections: &mut [Section], groups: &[usize], tolerance: Decimal) -> usize {
    let pool = pool(sections, groups);
    let Some(totals) = groups
        .iter()
        .map(|&g| sections[g].declared())
        .collect::<Option<Vec<Decimal>>>()
    else {
        return 0;
    };
    if pool.is_empty() || pool.len() > MAX_POOL {
        return 0;
    }
    let mut search = Search {
        pool: &pool,
        groups,
        totals: &totals,
        tolerance,
        best: None,
        tied: false,
        owner: vec![usize::MAX; pool.len()],
    };
    search.assign(0, 0);
    let (Some((moves, owner)), false) = (search.best, search.tied) else {
        return 0;
    };
    if moves == 0 {
        return 0;
    }
    give(text, sections, groups, &pool, &owner);
    moves
}

/// The items with an amount of `groups`, in their order: (group, index, value). Items without
/// an amount stay where they are.
fn pool(sections: &[Section], groups: &[usize]) -> Vec<(usize, usize, Decimal)> {
    groups
        .iter()
        .flat_map(|&g| {
            sections[g]
                .bullets
                .iter()
                .enumerate()
                .filter_map(move |(k, b)| b.amount.as_ref().map(|a| (g, k, a.value())))
        })
        .collect()
}

/// Gives each pooled item to the group `owner` names for it (an index into `groups`), each
/// group's items in text order.
fn give(
    text: &str,
    sections: &mut [Section],
    groups: &[usize],
    pool: &[(usize, usize, Decimal)],
    owner: &[usize],
) {
    let mut given: Vec<Vec<Bullet>> = vec![Vec::new(); groups.len()];
    for (k, &(g, b, _)) in pool.iter().enumerate() {
        given[owner[k]].push(sections[g].bullets[b].clone());
    }
    for (slot, &g) in groups.iter().enumerate() {
        let s = &mut sections[g];
        s.bullets.retain(|b| b.amount.is_none());
        s.bullets.append(&mut given[slot]);
        s.bullets.sort_by_key(|b| b.span.start);
        s.breaks = breaks_between(text, &s.bullets);
    }
}

/// The search of [`share_all`]: each group in turn takes a subset of the items left that sums
/// to its total.
struct Search<'a> {
    pool: &'a [(usize, usize, Decimal)],
    groups: &'a [usize],
    totals: &'a [Decimal],
    tolerance: Decimal,
    /// The fewest moves found, with the group (slot) each pool item goes to.
    best: Option<(usize, Vec<usize>)>,
    tied: bool,
    /// The slot each item is given to so far (`usize::MAX`: not yet).
    owner: Vec<usize>,
}

impl Search<'_> {
    fn assign(&mut self, slot: usize, moves: usize) {
        if slot == self.groups.len() {
            if self.owner.iter().all(|&o| o != usize::MAX) {
                match &self.best {
                    Some((m, _)) if moves > *m => {}
                    Some((m, _)) if moves == *m => self.tied = true,
                    _ => {
                        self.best = Some((moves, self.owner.clone()));
                        self.tied = false;
                    }
                }
            }
            return;
        }
        let free: Vec<usize> = (0..self.pool.len())
            .filter(|&k| self.owner[k] == usize::MAX)
            .collect();
        let all = (1u32 << free.len()) - 1;
        // The last group takes all that is left.
        let first = if slot + 1 == self.groups.len() {
            all
        } else {
            1
        };
        for mask in first..=all {
            let chosen = || {
                (0..free.len())
                    .filter(move |b| mask >> b & 1 == 1)
                    .map(|b| free[b])
            };
            let total = sum(chosen().map(|k| self.pool[k].2));
            if (total - self.totals[slot]).abs() > self.tolerance {
                continue;
            }
            let here = chosen()
                .filter(|&k| self.pool[k].0 != self.groups[slot])
                .count();
            for k in chosen() {
                self.owner[k] = slot;
            }
            self.assign(slot + 1, moves + here);
            for k in chosen() {
                self.owner[k] = usize::MAX;
            }
        }
    }
}

/// For each group, whether the text shows it out of reading order: a line names it as a
/// heading would, and none stands between the totals on either side of its own. In text read
/// in order each group's heading stands there; two groups that do not foot are shared out
/// again only where one of them is out of place, so that items filed under the wrong heading
/// of a document read in order stay a finding.
fn headings_out_of_place(text: &str, sections: &[Section]) -> Vec<bool> {
    // Where each short line stands, by its name key: one pass over the text.
    let longest = sections.iter().map(|s| s.name.len()).max().unwrap_or(0) + MAX_HEADING_EXTRA;
    let mut lines: crate::hash::FnvMap<String, Vec<(usize, usize)>> =
        crate::hash::FnvMap::default();
    let mut at = 0;
    for line in crate::source::split_lines_inclusive(text) {
        let trimmed = line.trim();
        if !trimmed.is_empty() && trimmed.len() <= longest {
            lines
                .entry(name_key(trimmed))
                .or_default()
                .push((at, trimmed.len()));
        }
        at += line.len();
    }
    (0..sections.len())
        .map(|i| {
            let s = &sections[i];
            let Some(at) = lines.get(&name_key(&s.name)) else {
                return false;
            };
            let from = i.checked_sub(1).map_or(0, |p| sections[p].total.span.end);
            let to = sections
                .get(i + 1)
                .map_or(text.len(), |n| n.total.span.start);
            // A heading is about as long as the name (markup, a region aside).
            let mut headings = at
                .iter()
                .filter(|(_, len)| *len <= s.name.len() + MAX_HEADING_EXTRA)
                .map(|&(a, _)| a)
                .peekable();
            headings.peek().is_some() && headings.all(|a| !(from..to).contains(&a))
        })
        .collect()
}

/// A sharing of two groups' pooled items: which go to the first group.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Sharing {
    /// How many of the two groups foot (more is better, so it sorts first negated).
    footing: std::cmp::Reverse<u8>,
    /// How many items change group.
    moves: u32,
}

/// Shares out the items of groups `first` and `second` (see [`exchange`]); how many items moved.
fn share_out(
    text: &str,
    sections: &mut [Section],
    (first, second): (usize, usize),
    tolerance: Decimal,
) -> usize {
    let (Some(total_first), Some(total_second)) =
        (sections[first].declared(), sections[second].declared())
    else {
        return 0;
    };
    // `first`'s items first.
    let pool = pool(sections, &[first, second]);
    let size = pool.len();
    if size == 0 || size > MAX_POOL {
        return 0;
    }
    let values: Vec<Decimal> = pool.iter().map(|p| p.2).collect();
    let all = sum(values.iter().copied());
    let gap = |listed: Decimal, total: Decimal| (listed - total).abs();
    let before = gap(sections[first].listed_sum(), total_first)
        + gap(sections[second].listed_sum(), total_second);
    // The current sharing: bit k set when pool item k is in `first`.
    let current: u32 = pool
        .iter()
        .enumerate()
        .filter(|(_, (g, _, _))| *g == first)
        .fold(0, |m, (k, _)| m | 1 << k);
    // Sums of every subset, each from a smaller one.
    let mut sums = vec![Decimal::ZERO; 1 << size];
    let mut best: Option<(Sharing, u32)> = None;
    let mut tied = false;
    for mask in 1u32..1 << size {
        let low = mask.trailing_zeros() as usize;
        sums[mask as usize] = sums[(mask & (mask - 1)) as usize] + values[low];
    }
    for mask in 0u32..1 << size {
        let to_first = sums[mask as usize];
        let (gap_first, gap_second) = (
            gap(to_first, total_first),
            gap(all - to_first, total_second),
        );
        let footing = u8::from(gap_first <= tolerance) + u8::from(gap_second <= tolerance);
        if footing == 0 || gap_first + gap_second >= before || mask == current {
            continue;
        }
        let sharing = Sharing {
            footing: std::cmp::Reverse(footing),
            moves: (mask ^ current).count_ones(),
        };
        match best {
            Some((b, _)) if sharing > b => {}
            Some((b, _)) if sharing == b => tied = true,
            _ => {
                best = Some((sharing, mask));
                tied = false;
            }
        }
    }
    let Some((sharing, mask)) = best.filter(|_| !tied) else {
        return 0;
    };
    // Bit k set: pool item k goes to `first` (slot 0), else to `second`.
    let owner: Vec<usize> = (0..size).map(|k| usize::from(mask >> k & 1 == 0)).collect();
    give(text, sections, &[first, second], &pool, &owner);
    sharing.moves as usize
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use crate::model::Document;
    use crate::parse::parse;

    fn doc(text: &str) -> Document {
        parse(text, Decimal::ZERO)
    }

    fn groups(d: &Document) -> Vec<(&str, usize, Decimal)> {
        d.sections
            .iter()
            .map(|s| (s.name.as_str(), s.bullets.len(), s.listed_sum()))
            .collect()
    }

    /// One group's total stands before its heading and items, in a document whose other totals
    /// close their items: the items under its heading that sum to its total are its own, and
    /// not the next group's.
    #[test]
    fn a_total_before_its_items_takes_those_under_its_heading() {
        let d = doc(
            "Kenya\n\n• Wells – USD 100,000\n• Clinics – USD 50,000\nTotal funding requirements for Kenya – USD 150,000\n\n\
                     Total funding requirements for Uganda – USD 300,000\n\nUganda\n\n• Schools – USD 200,000\n• Roads – USD 100,000\n\n\
                     Sudan\n\n• Food – USD 70,000\n• Water – USD 30,000\nTotal funding requirements for Sudan – USD 100,000\n",
        );
        assert_eq!(
            groups(&d),
            [
                ("Kenya", 2, Decimal::from(150_000)),
                ("Uganda", 2, Decimal::from(300_000)),
                ("Sudan", 2, Decimal::from(100_000)),
            ]
        );
    }

    /// Columns read block by block: Tonga's heading and first item stand before Fiji's total,
    /// and Fiji's last item among Tonga's after it. Fiji has a wrong sum of its own; the two
    /// share their items out again so that Tonga foots with the fewest moves, and Fiji's
    /// finding is its own difference.
    #[test]
    fn interleaved_groups_share_their_items_out_again() {
        let d = doc(
            "Fiji\n\n• Roads – USD 100,000\n\nTonga\n\n• Wharves – USD 70,000\n\
                     Total funding requirements for Fiji – USD 150,000\n\n\
                     • Schools – USD 30,000\n• Bridges – USD 40,000\n\
                     Total funding requirements for Tonga – USD 100,000\n",
        );
        assert_eq!(
            groups(&d),
            [
                ("Fiji", 2, Decimal::from(140_000)),
                ("Tonga", 2, Decimal::from(100_000)),
            ]
        );
        assert_eq!(d.regrouped, 2);
    }

    /// A document read in order, with an item filed under the wrong heading: each group's
    /// heading stands between the totals around its own, so nothing is shared out again and
    /// both groups keep their findings, though moving the item would make both foot.
    #[test]
    fn an_item_under_the_wrong_heading_of_a_document_in_order_stays_a_finding() {
        let d = doc("Fiji\n\n• Roads – USD 100,000\n• Wharves – USD 70,000\n\
                     Total funding requirements for Fiji – USD 100,000\n\n\
                     Tonga\n\n• Schools – USD 30,000\n\
                     Total funding requirements for Tonga – USD 100,000\n");
        assert_eq!(
            groups(&d),
            [
                ("Fiji", 2, Decimal::from(170_000)),
                ("Tonga", 1, Decimal::from(30_000)),
            ]
        );
        assert_eq!(d.regrouped, 0);
    }
}
