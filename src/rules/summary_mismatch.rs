//! `summary-mismatch`: a figure of the summary table disagrees with the narrative it
//! summarizes.

use crate::diagnostic::{Diagnostic, Label};
use crate::model::table::{Figure, Table};
use crate::money::money;
use crate::rules::{Context, declare_rule};
use crate::tables::SummaryRef;
use crate::tables::sums::{Part, blames, cents_residue, count, direction, foots, hint, total_slip};
use crate::text::short;

declare_rule! {
    /// ## What it does
    /// Compares each figure of the summary table with the narrative it summarizes: a
    /// sub-region row ("Southern Africa 84,744,146") with the declared totals of the sections
    /// of that sub-region, a region without sub-rows ("The Middle East Total") with its
    /// sections, and a programme row ("Multiregional Total") with the yearly requirements of
    /// its prose programme blocks.
    ///
    /// Which sections make a sub-region is derived from the document (`crossfoot check
    /// --verbose` lists it): page tabs, regional programmes sections and the summary's own
    /// rows, never a list of countries. A region total against its own rows is
    /// `table-total-mismatch`'s; a difference that is exactly the cents of a figure written
    /// with cents is `malformed-amount`'s.
    ///
    /// ## Why is this bad?
    /// The summary is what readers quote; when it disagrees with the sections it sums, one of
    /// the two misstates what is asked for.
    ///
    /// ## Example
    /// ```text
    /// Total funding requirements for Fiji – USD 400,000
    /// Total funding requirements for Samoa – USD 250,000
    /// ...
    /// Pacific 600,000
    /// ```
    /// The two sections of the Pacific declare USD 650,000; the summary row says 50,000 less.
    ///
    /// ## Fix safety
    /// No fix: whether the summary or the narrative is wrong is a judgement. The help names the
    /// likely slip.
    pub static SUMMARY_MISMATCH = {
        code: "summary-mismatch",
        severity: Error,
        summary: "a summary figure disagrees with the narrative sections or blocks it sums",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let tables = ctx.tables;
    let mut out = Vec::new();
    for seg in &tables.segments {
        let Some(at) = seg.entry else { continue };
        let Some((figure, label)) = summary_figure(ctx, at) else {
            continue;
        };
        let sections = &ctx.doc.sections[seg.sections.clone()];
        let parts: Vec<(Part, &crate::model::Amount)> = seg
            .sections
            .clone()
            .filter_map(|i| {
                let a = ctx.doc.sections[i].total.amount.as_ref()?;
                Some((
                    Part {
                        name: format!("the total of {}", tables.section_label(ctx.doc, i)),
                        value: a.value(),
                    },
                    a,
                ))
            })
            .collect();
        // A section whose bullets foot its total is not the slip.
        let confirmed: Vec<bool> = sections
            .iter()
            .filter(|s| s.total.amount.is_some())
            .map(|s| {
                !s.bullets.is_empty()
                    && s.declared()
                        .is_some_and(|d| (d - s.listed_sum()).abs() <= ctx.tolerance)
            })
            .collect();
        if let Some(d) = mismatch(
            ctx, figure, &label, &parts, &confirmed, "section", "declare",
        ) {
            out.push(d);
        }
    }
    for p in &tables.programmes {
        let Some((t, g)) = p.row else { continue };
        let Some((figure, label)) = summary_figure(
            ctx,
            SummaryRef {
                table: t,
                group: g,
                row: None,
            },
        ) else {
            continue;
        };
        let parts: Vec<(Part, &crate::model::Amount)> = ctx.doc.blocks[p.blocks.clone()]
            .iter()
            .map(|b| {
                (
                    Part {
                        name: format!("the block \"{}\"", short(&b.heading)),
                        value: b.requirement.value(),
                    },
                    &b.requirement,
                )
            })
            .collect();
        if let Some(d) = mismatch(
            ctx,
            figure,
            &label,
            &parts,
            &[],
            "programme block",
            "require",
        ) {
            out.push(d);
        }
    }
    out
}

/// The summary figure of an entry (a row, or a region's total) and the label quoted for it.
fn summary_figure<'a>(ctx: &Context<'a>, at: SummaryRef) -> Option<(&'a Figure, String)> {
    let table = ctx.doc.tables.get(at.table)?;
    let main = table.main_column(ctx.currency);
    if let Some(r) = at.row {
        let row = &table.rows[r];
        return Some((Table::figure(&row.figures, main)?, row.title.clone()));
    }
    let total = table.groups.get(at.group)?.total.as_ref()?;
    Some((Table::figure(&total.figures, main)?, total.label.clone()))
}

fn mismatch(
    ctx: &Context<'_>,
    figure: &Figure,
    label: &str,
    parts: &[(Part, &crate::model::Amount)],
    confirmed: &[bool],
    what: &str,
    verb: &str,
) -> Option<Diagnostic> {
    if parts.is_empty() {
        return None;
    }
    let cur = &figure.currency;
    let declared = figure.value();
    let computed = crate::money::sum(parts.iter().map(|p| p.0.value));
    let residue = cents_residue(parts.iter().map(|p| p.1).chain([&figure.amount]));
    if foots(declared, computed, residue, ctx.tolerance) {
        return None;
    }
    let message = format!(
        "summary row \"{label}\" is {}, its {} in the narrative {verb} {} ({})",
        money(cur, declared),
        count(parts.len(), what),
        money(cur, computed),
        direction(declared, computed)
    );
    let named: Vec<Part> = parts.iter().map(|p| p.0.clone()).collect();
    let help = hint(declared, &named, "the summary row", cur)
        .filter(|(cause, _)| !blames(cause, confirmed))
        .map(|(_, text)| text)
        .or_else(|| total_slip(declared, computed, "the summary row", cur))
        .unwrap_or_else(|| {
            if declared > computed {
                format!(
                    "the summary row counts {} more than the narrative: a figure may be counted in the wrong row, or the row is wrong",
                    money(cur, declared.saturating_sub(computed))
                )
            } else {
                format!(
                    "the summary row leaves out {} of the narrative: a section or block may be missing from it, or the row is wrong",
                    money(cur, computed.saturating_sub(declared))
                )
            }
        });
    let mut d = Diagnostic::new(&SUMMARY_MISMATCH, figure.amount.number, message)
        .with_label(format!("summary {}", money(cur, declared)))
        .with_help(help)
        .in_section(Some(label.to_string()));
    d.labels = parts
        .iter()
        .map(|p| Label::listing(p.1.number, money(cur, p.0.value)))
        .collect();
    d.declared = Some(declared);
    d.computed = Some(computed);
    Some(d)
}
