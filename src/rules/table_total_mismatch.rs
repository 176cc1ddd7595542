//! `table-total-mismatch`: a table's rows don't sum to its stated total, a region total is not
//! the sum of its sub-region rows, or a grand total is not the sum of its parts.

use std::collections::HashSet;

use rust_decimal::Decimal;

use crate::diagnostic::{Diagnostic, Label};
use crate::hints::Cause;
use crate::model::table::{Figure, Group, Table, TotalKind, TotalLine};
use crate::money::money;
use crate::rules::{Context, declare_rule};
use crate::tables::membership::{home_sections, region_sections};
use crate::tables::sums::{Part, blames, cents_residue, count, direction, foots, hint, total_slip};
use crate::tables::{BulletRef, Pair, SummaryRef};
use crate::text::short;

declare_rule! {
    /// ## What it does
    /// Foots every table after the narrative, each money column on its own: the rows of a
    /// group against the group's total ("Total Sudan 100,394,459"), the sub-region rows of a
    /// summary against their region's total ("Africa Total 298,062,362"), and the group totals
    /// against the grand total. A column in another currency (a budget in EUR) is footed only
    /// against its own total, never mixed with the others.
    ///
    /// When one wrong figure explains several mismatches (a wrong region total also breaks the
    /// grand total), only the root cause is reported, and its help says what else it breaks.
    /// A difference that is exactly the cents of a figure written with cents in a column of
    /// whole figures is that figure's `malformed-amount` finding, not this one.
    ///
    /// The help names the likely cause: the same hints as `total-mismatch` (a difference equal
    /// to one row, swapped digits, one wrong digit, a power-of-ten slip), a narrative section
    /// of the region whose total equals the difference, or a narrative project of the group
    /// whose amount equals the difference and that has no row.
    ///
    /// ## Why is this bad?
    /// A table that does not foot tells donors two different amounts for the same thing; the
    /// summary and its grand total are what most readers quote.
    ///
    /// ## Example
    /// ```text
    /// Return of stranded migrants SUD-08/RR12 3,000,000
    /// Shelter SUD-08/BI19 500,000
    /// Total Sudan 4,000,000
    /// ```
    /// The rows sum to 3,500,000; the total states 500,000 more.
    ///
    /// ## Fix safety
    /// No fix: which figure is wrong, a row, a missing row or the total, is a judgement the
    /// table alone cannot make. The help names the likely one.
    pub static TABLE_TOTAL_MISMATCH = {
        code: "table-total-mismatch",
        severity: Error,
        summary: "a table's rows or group totals don't sum to its stated total",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (t, table) in ctx.doc.tables.iter().enumerate() {
        for column in 0..table.currencies.len() {
            check_column(ctx, t, table, column, &mut out);
        }
        cross_table(ctx, table, &mut out);
    }
    out
}

/// A grand total on a table of its own (a closing page's "Grand Total") sums the top totals of
/// the tables since the previous grand total, each in the grand total's currency.
fn cross_table(ctx: &Context<'_>, table: &Table, out: &mut Vec<Diagnostic>) {
    let Some(grand) = &table.grand_total else {
        return;
    };
    let tables = &ctx.doc.tables[table.totals_of.clone()];
    for gf in &grand.figures {
        let parts: Vec<Part> = tables
            .iter()
            .flat_map(top_totals)
            .filter_map(|tl| {
                let f = tl
                    .figures
                    .iter()
                    .rev()
                    .find(|f| f.currency == gf.currency)?;
                Some(Part {
                    name: format!("\"{}\"", tl.label),
                    value: f.value(),
                })
            })
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let sum = crate::money::sum(parts.iter().map(|p| p.value));
        if !foots(gf.value(), sum, Decimal::ZERO, ctx.tolerance) {
            let of = format!("of the {} tables above", tables.len());
            out.push(grand_finding(
                ctx,
                table,
                grand.label.as_str(),
                gf,
                &parts,
                sum,
                ("totals", Some(&of)),
            ));
        }
    }
}

/// A table's own top totals: its grand total, else the totals of its groups that no other
/// total of it sums.
fn top_totals(table: &Table) -> Vec<&TotalLine> {
    if let Some(g) = &table.grand_total {
        return vec![g];
    }
    let summed: HashSet<usize> = table.groups.iter().flat_map(|g| g.parts.clone()).collect();
    table
        .groups
        .iter()
        .enumerate()
        .filter(|(i, g)| !summed.contains(i) && !g.is_sub_total())
        .filter_map(|(_, g)| g.total.as_ref())
        .collect()
}

/// A group whose rows don't foot its stated total.
struct Broken<'t> {
    group: usize,
    total: &'t Figure,
    rows: Vec<(usize, &'t Figure)>,
    sum: Decimal,
}

fn check_column(
    ctx: &Context<'_>,
    t: usize,
    table: &Table,
    column: usize,
    out: &mut Vec<Diagnostic>,
) {
    let mut broken: Vec<Broken<'_>> = Vec::new();
    // Each group's part of the grand total: (stated figure or row sum, corrected value).
    let mut parts: Vec<(Part, Decimal, Option<&Figure>)> = Vec::new();
    for (g, group) in table.groups.iter().enumerate() {
        let stated = group
            .total
            .as_ref()
            .and_then(|total| Table::figure(&total.figures, column));
        let rows: Vec<(usize, &Figure)> = group
            .rows
            .clone()
            .filter_map(|r| Table::figure(&table.rows[r].figures, column).map(|f| (r, f)))
            .collect();
        let sum = crate::money::sum(rows.iter().map(|(_, f)| f.value()));
        let name = group.total.as_ref().map_or_else(
            || format!("the rows of \"{}\"", short(&group.name)),
            |tl| format!("\"{}\"", tl.label),
        );
        if !group.parts.is_empty() {
            // A total of sub-totals: checked against them as printed.
            if let (Some(total), Some(tl)) = (stated, group.total.as_ref()) {
                let subs: Vec<Part> = table.groups[group.parts.clone()]
                    .iter()
                    .filter_map(|sg| {
                        let st = sg.total.as_ref()?;
                        Table::figure(&st.figures, column).map(|f| Part {
                            name: format!("\"{}\"", st.label),
                            value: f.value(),
                        })
                    })
                    .collect();
                let sum = crate::money::sum(subs.iter().map(|p| p.value));
                if !foots(total.value(), sum, Decimal::ZERO, ctx.tolerance) {
                    // A region row above its sub-region rows (a summary shown by indentation)
                    // sums the rows beneath it; a closing total the sub-totals above it.
                    let beneath = format!("beneath \"{}\"", tl.label);
                    let (what, of) = if tl.kind == TotalKind::Leading {
                        ("sub-region rows", Some(beneath.as_str()))
                    } else {
                        ("sub-totals", None)
                    };
                    out.push(grand_finding(
                        ctx,
                        table,
                        &tl.label,
                        total,
                        &subs,
                        sum,
                        (what, of),
                    ));
                }
                parts.push((
                    Part {
                        name,
                        value: total.value(),
                    },
                    total.value(),
                    Some(total),
                ));
            }
            continue;
        }
        if group.is_sub_total() {
            // Summed by the total after it, not by the grand total.
            if let Some(total) = stated
                && !rows.is_empty()
            {
                let residue =
                    cents_residue(rows.iter().map(|(_, f)| &f.amount).chain([&total.amount]));
                if !foots(total.value(), sum, residue, ctx.tolerance) {
                    broken.push(Broken {
                        group: g,
                        total,
                        rows,
                        sum,
                    });
                }
            }
            continue;
        }
        match stated {
            Some(total) if !rows.is_empty() => {
                let residue =
                    cents_residue(rows.iter().map(|(_, f)| &f.amount).chain([&total.amount]));
                let ok = foots(total.value(), sum, residue, ctx.tolerance);
                parts.push((
                    Part {
                        name,
                        value: total.value(),
                    },
                    if ok { total.value() } else { sum },
                    Some(total),
                ));
                if !ok {
                    broken.push(Broken {
                        group: g,
                        total,
                        rows,
                        sum,
                    });
                }
            }
            Some(total) => parts.push((
                Part {
                    name,
                    value: total.value(),
                },
                total.value(),
                Some(total),
            )),
            None if !rows.is_empty() => parts.push((Part { name, value: sum }, sum, None)),
            None => {}
        }
    }
    // The grand total: a consequence of broken groups when it equals their rows' sums.
    let mut consequence: Option<String> = None;
    if let Some(grand) = &table.grand_total
        && let Some(gf) = Table::figure(&grand.figures, column)
        && !parts.is_empty()
    {
        let cur = &gf.currency;
        let stated = crate::money::sum(parts.iter().map(|p| p.0.value));
        let corrected = crate::money::sum(parts.iter().map(|p| p.1));
        let residue = cents_residue(
            parts
                .iter()
                .filter_map(|p| p.2.map(|f| &f.amount))
                .chain([&gf.amount]),
        );
        if !foots(gf.value(), stated, residue, ctx.tolerance) {
            if !broken.is_empty() && foots(gf.value(), corrected, residue, ctx.tolerance) {
                consequence = Some(format!(
                    "the same slip breaks \"{}\" ({}): it counts the group at its rows' sum, so the stated group totals ({}) do not add up to it either",
                    grand.label,
                    money(cur, gf.value()),
                    money(cur, stated)
                ));
            } else {
                let values: Vec<Part> = parts.iter().map(|p| p.0.clone()).collect();
                out.push(grand_finding(
                    ctx,
                    table,
                    grand.label.as_str(),
                    gf,
                    &values,
                    stated,
                    ("group totals", None),
                ));
            }
        }
    }
    for b in &broken {
        out.push(group_finding(
            ctx,
            t,
            table,
            column,
            b,
            consequence.as_deref(),
        ));
    }
}

fn grand_finding(
    ctx: &Context<'_>,
    table: &Table,
    label: &str,
    gf: &Figure,
    parts: &[Part],
    stated: Decimal,
    (what, of): (&str, Option<&str>),
) -> Diagnostic {
    let cur = &gf.currency;
    let declared = gf.value();
    let of = of.map_or_else(
        || format!("of table \"{}\"", short(&table.name)),
        str::to_string,
    );
    let message = format!(
        "the {} {what} {of} sum to {}, \"{label}\" is {} ({})",
        parts.len(),
        money(cur, stated),
        money(cur, declared),
        direction(declared, stated)
    );
    let help = hint(declared, parts, &format!("\"{label}\""), cur).map_or_else(
        || plain_help(declared, stated, cur, "a group"),
        |(_, text)| text,
    );
    let mut d = Diagnostic::new(&TABLE_TOTAL_MISMATCH, gf.amount.number, message)
        .with_label(format!("stated {}", money(cur, declared)))
        .with_help(help)
        .in_section(Some(short(&table.name)));
    d.declared = Some(declared);
    d.computed = Some(stated);
    let _ = ctx;
    d
}

fn plain_help(declared: Decimal, computed: Decimal, cur: &str, what: &str) -> String {
    if declared > computed {
        format!(
            "{what} of {} may be missing, or the stated total is wrong",
            money(cur, declared.saturating_sub(computed))
        )
    } else {
        format!(
            "the stated total may leave out {} of {what}s, or a figure is wrong",
            money(cur, computed.saturating_sub(declared))
        )
    }
}

fn group_finding(
    ctx: &Context<'_>,
    t: usize,
    table: &Table,
    column: usize,
    b: &Broken<'_>,
    consequence: Option<&str>,
) -> Diagnostic {
    let group = &table.groups[b.group];
    let label = group
        .total
        .as_ref()
        .map_or_else(|| group.name.clone(), |tl| tl.label.clone());
    let cur = &b.total.currency;
    let declared = b.total.value();
    // A region's rows are sub-regions; a sub-total's (a sub-region's countries) are rows.
    let summary = table.is_summary() && !group.is_sub_total();
    let what = if summary { "sub-region row" } else { "row" };
    let message = format!(
        "the {} of {} {} to {}, \"{label}\" is {} ({})",
        count(b.rows.len(), what),
        if group.name.is_empty() {
            format!("table \"{}\"", short(&table.name))
        } else {
            group.name.clone()
        },
        if b.rows.len() == 1 { "sums" } else { "sum" },
        money(cur, b.sum),
        money(cur, declared),
        direction(declared, b.sum)
    );
    let parts: Vec<Part> = b
        .rows
        .iter()
        .map(|(r, f)| Part {
            name: format!("{what} \"{}\"", short(&table.rows[*r].title)),
            value: f.value(),
        })
        .collect();
    let total_name = format!("\"{label}\"");
    let main = column == table.main_column(ctx.currency);
    // Rows that the narrative confirms are not the slip, whatever their digits suggest.
    let corroborated: Vec<bool> = b
        .rows
        .iter()
        .map(|(r, f)| main && corroborated(ctx, t, table, *r, f))
        .collect();
    let found =
        hint(declared, &parts, &total_name, cur).filter(|(cause, _)| !blames(cause, &corroborated));
    let narrative = if !main {
        None
    } else if summary {
        section_equal_to_gap(ctx, group, declared, b.sum, &total_name, cur)
    } else {
        project_equal_to_gap(ctx, t, group, declared, b.sum, cur)
            .or_else(|| rows_of_another_appeal(ctx, t, table, group, declared, cur))
    };
    let all_confirmed = !corroborated.is_empty() && corroborated.iter().all(|c| *c);
    let mut help = match (found, narrative) {
        (Some((Cause::EqualsPart { .. }, text)), _) | (_, Some(text)) | (Some((_, text)), None) => {
            text
        }
        (None, None) => total_slip(declared, b.sum, &total_name, cur).unwrap_or_else(|| {
            if all_confirmed {
                format!(
                    "each {what} agrees with the narrative: {total_name} should be {}, unless a {what} is missing",
                    money(cur, b.sum)
                )
            } else {
                plain_help(declared, b.sum, cur, what)
            }
        }),
    };
    if let Some(c) = consequence {
        help = format!("{help}; {c}");
    }
    let mut d = Diagnostic::new(&TABLE_TOTAL_MISMATCH, b.total.amount.number, message)
        .with_label(format!("stated {}", money(cur, declared)))
        .with_help(help)
        .in_section(Some(format!("{} / {}", short(&table.name), group.name)));
    d.labels = b
        .rows
        .iter()
        .map(|(_, f)| Label::listing(f.amount.number, money(cur, f.value())))
        .collect();
    d.declared = Some(declared);
    d.computed = Some(b.sum);
    d
}

/// A summary region that differs from its rows by exactly one of its sections' totals.
fn section_equal_to_gap(
    ctx: &Context<'_>,
    group: &Group,
    declared: Decimal,
    sum: Decimal,
    total_name: &str,
    cur: &str,
) -> Option<String> {
    let gap = (declared.saturating_sub(sum)).abs();
    let i = region_sections(&ctx.tables.places, &group.name)
        .into_iter()
        .find(|&i| ctx.doc.sections[i].declared() == Some(gap))?;
    let s = &ctx.doc.sections[i];
    let line = s
        .total
        .amount
        .as_ref()
        .map_or(s.total.span.start, |a| a.number.start);
    let verb = if declared < sum {
        "may leave that section out"
    } else {
        "may count that section twice"
    };
    Some(format!(
        "the difference equals the total of {} in the narrative ({}, line {}): {total_name} {verb}",
        s.name,
        money(cur, gap),
        ctx.source.line(line)
    ))
}

/// A group short of a narrative project of its own that has no row, by exactly its amount.
fn project_equal_to_gap(
    ctx: &Context<'_>,
    t: usize,
    group: &Group,
    declared: Decimal,
    sum: Decimal,
    cur: &str,
) -> Option<String> {
    if declared <= sum {
        return None;
    }
    let gap = declared.saturating_sub(sum);
    let matched: HashSet<BulletRef> = pairs_of(ctx, t, 0..usize::MAX)
        .iter()
        .map(|p| p.bullet)
        .collect();
    for s in home_sections(ctx.doc, &ctx.tables.places, &group.name) {
        for (i, b) in ctx.doc.sections[s].bullets.iter().enumerate() {
            let at = BulletRef {
                section: s,
                bullet: i,
            };
            let Some(a) = &b.amount else { continue };
            if a.value() != gap || matched.contains(&at) {
                continue;
            }
            return Some(format!(
                "the difference equals the narrative project \"{}\" ({}, line {}, {}), which has no row in the table: its row may be missing",
                short(&b.title),
                ctx.doc.sections[s].name,
                ctx.source.line(a.number.start),
                money(cur, gap)
            ));
        }
    }
    None
}

/// No row of the group has a counterpart, while the narrative's projects marked for this table
/// sum to the stated total: the rows, not the total, are wrong.
fn rows_of_another_appeal(
    ctx: &Context<'_>,
    t: usize,
    table: &Table,
    group: &Group,
    declared: Decimal,
    cur: &str,
) -> Option<String> {
    let m = &ctx.tables.matching;
    if !pairs_of(ctx, t, group.rows.clone()).is_empty() {
        return None;
    }
    let homes = home_sections(ctx.doc, &ctx.tables.places, &group.name);
    let marked: Vec<Decimal> = m
        .tagged
        .iter()
        .filter(|x| x.table == t && homes.contains(&x.bullet.section))
        .filter_map(|x| {
            ctx.doc.sections[x.bullet.section].bullets[x.bullet.bullet]
                .amount
                .as_ref()
                .map(crate::model::Amount::value)
        })
        .collect();
    let total = crate::money::sum(marked.iter().copied());
    if marked.is_empty() || (total.saturating_sub(declared)).abs() > ctx.tolerance {
        return None;
    }
    Some(format!(
        "none of the {} rows has a counterpart in the narrative, while the {} projects of {} marked for this table sum to the stated total ({}): the rows may belong to another table or appeal",
        group.rows.len(),
        marked.len(),
        group.name,
        money(cur, total)
    ))
    .filter(|_| !table.rows.is_empty())
}

/// Whether the narrative confirms a row's figure: a project matched to it with the same
/// amount, or, in a summary, the sections of its sub-region summing to it.
fn corroborated(ctx: &Context<'_>, t: usize, table: &Table, r: usize, f: &Figure) -> bool {
    let tables = ctx.tables;
    if table.is_summary() {
        let at = SummaryRef {
            table: t,
            group: table
                .groups
                .iter()
                .position(|g| g.rows.contains(&r))
                .unwrap_or(0),
            row: Some(r),
        };
        return tables.segment_of(at).is_some_and(|s| {
            let sum = crate::money::sum(
                ctx.doc.sections[s.sections.clone()]
                    .iter()
                    .filter_map(crate::model::Section::declared),
            );
            (sum - f.value()).abs() <= ctx.tolerance
        });
    }
    pairs_of(ctx, t, r..r + 1).iter().any(|p| {
        ctx.doc.sections[p.bullet.section].bullets[p.bullet.bullet]
            .amount
            .as_ref()
            .is_some_and(|a| (a.value() - f.value()).abs() <= ctx.tolerance)
    })
}

/// The pairs of rows `rows` of table `t` (pairs are sorted by table, then row).
fn pairs_of<'a>(ctx: &Context<'a>, t: usize, rows: std::ops::Range<usize>) -> &'a [Pair] {
    let pairs = &ctx.tables.matching.pairs;
    let from = pairs.partition_point(|p| (p.table, p.row) < (t, rows.start));
    let to = pairs.partition_point(|p| (p.table, p.row) < (t, rows.end));
    &pairs[from..to]
}
