//! The reconciliation report: one row per declared figure the document was read to have (each
//! section's declared total, and in the appendix each table's totals, the summary's region,
//! sub-region and programme rows, each grand total), with its kind, region, sub-region, name,
//! number of parts, listed sum, declared figure, difference, status and line, in table, CSV,
//! JSON, Markdown or HTML.
//!
//! [`figures`] is what was read: every declared figure with the parts it sums. The report rows
//! and the `check --verbose` listing (`crate::listing`) are both derived from it, so that they
//! never disagree on what a figure sums.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::Checked;
use crate::model::Document;
use crate::model::table::{Figure, Table, TotalKind};
use crate::money::group;
use crate::tables::{SummaryRef, Tables};

/// What a declared figure is, named after what the document calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A narrative section's declared total ("Total funding requirements for Angola"); its
    /// parts are the section's project items.
    Section,
    /// The one total of a table, closing all its rows ("Total co-funding requirements").
    Total,
    /// A group's total after its rows, in a table with several groups or a grand total ("Total
    /// Sudan"); its parts are the group's rows.
    Subtotal,
    /// A summary region's total before its rows ("Africa Total"): its parts are its sub-region
    /// rows, or, for a region without sub-rows ("The Middle East Total"), the narrative
    /// sections of the region.
    Region,
    /// A summary row ("Southern Africa 84,744,146"): its parts are the narrative sections of
    /// the sub-region.
    SubRegion,
    /// A summary total whose parts are prose programme blocks ("Multiregional Total").
    Programme,
    /// A table's "Grand Total": its parts are the table's group totals.
    GrandTotal,
}

impl Kind {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Section => "section",
            Kind::Total => "total",
            Kind::Subtotal => "subtotal",
            Kind::Region => "region",
            Kind::SubRegion => "sub-region",
            Kind::Programme => "programme",
            Kind::GrandTotal => "grand-total",
        }
    }
}

/// One part of a declared figure, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The item's or row's title, the section's key, the block's heading, the group's label.
    pub title: String,
    /// Its figure (`None` for an item without amount, or a section whose total is unreadable).
    pub value: Option<Decimal>,
    /// Offset of its figure, or of its title when it has none.
    pub at: usize,
}

/// A declared figure and the parts it sums: what crossfoot read, before any rule judged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    pub kind: Kind,
    /// The section's key, or the total's label as written ("Total Sudan", "Grand Total"), or
    /// the summary row's title.
    pub name: String,
    pub region: Option<String>,
    pub sub_region: Option<String>,
    /// What one part is ("item", "row", "section", "block", ...).
    pub part: &'static str,
    pub parts: Vec<Part>,
    pub declared: Option<Decimal>,
    /// Offset of the declared figure (or of the statement or total line when it has none).
    pub at: usize,
    /// Offset where the figure's parts begin (its first item or row), or `at` without parts.
    pub from: usize,
    /// The table, for a figure of the appendix.
    pub table: Option<usize>,
}

impl Declared {
    /// The sum of the parts' figures.
    #[must_use]
    pub fn listed(&self) -> Decimal {
        crate::money::sum(self.parts.iter().filter_map(|p| p.value))
    }
}

/// Every declared figure of a document, in text order: the narrative sections, then the
/// appendix's tables (their totals, summary rows and grand totals, each at its figure).
#[must_use]
pub fn figures(doc: &Document, tables: &Tables) -> Vec<Declared> {
    let mut out: Vec<Declared> = doc
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let place = tables.places.get(i).and_then(Option::as_ref);
            let at = s
                .total
                .amount
                .as_ref()
                .map_or(s.total.span.start, |a| a.number.start);
            Declared {
                kind: Kind::Section,
                name: s.key(),
                region: place.map(|p| p.region.clone()),
                sub_region: place.map(|p| p.sub_region.clone()),
                part: "item",
                parts: s
                    .bullets
                    .iter()
                    .map(|b| Part {
                        title: b.title.clone(),
                        value: b.amount.as_ref().map(crate::model::Amount::value),
                        at: b
                            .amount
                            .as_ref()
                            .map_or(b.title_span.start, |a| a.number.start),
                    })
                    .collect(),
                declared: s.declared(),
                at,
                from: s
                    .bullets
                    .first()
                    .map_or(s.total.span.start, |b| b.span.start),
                table: None,
            }
        })
        .collect();
    for (t, table) in doc.tables.iter().enumerate() {
        appendix_figures(doc, tables, t, table, &mut out);
    }
    out.sort_by_key(|d| d.at);
    out
}

/// The declared figures of one table.
fn appendix_figures(
    doc: &Document,
    tables: &Tables,
    t: usize,
    table: &Table,
    out: &mut Vec<Declared>,
) {
    let main = table.main_column(&tables.currency);
    let figure = |figures: &[Figure]| {
        Table::figure(figures, main).map(|f| (f.value(), f.amount.number.start))
    };
    let row_part = |r: usize| {
        let row = &table.rows[r];
        figure(&row.figures).map(|(value, at)| Part {
            title: row.title.clone(),
            value: Some(value),
            at,
        })
    };
    let section_parts = |sections: std::ops::Range<usize>| -> Vec<Part> {
        doc.sections[sections]
            .iter()
            .map(|s| Part {
                title: s.key(),
                value: s.declared(),
                at: s
                    .total
                    .amount
                    .as_ref()
                    .map_or(s.total.span.start, |a| a.number.start),
            })
            .collect()
    };
    let totals = table.groups.iter().filter(|g| g.total.is_some()).count();
    for (g, group) in table.groups.iter().enumerate() {
        let Some(tl) = &group.total else { continue };
        // A summary's childless row beside sub-region rows is a part, not a sum.
        if tl.kind == TotalKind::SubTotal
            && group.rows.is_empty()
            && group.parts.is_empty()
            && table.is_summary()
        {
            continue;
        }
        let stated = figure(&tl.figures);
        let mut rows: Vec<Part> = group.rows.clone().filter_map(row_part).collect();
        // A total of sub-totals (or a region row above its sub-region rows) sums them as
        // printed.
        let subs = !group.parts.is_empty();
        if subs {
            rows = table.groups[group.parts.clone()]
                .iter()
                .filter_map(|sg| {
                    let st = sg.total.as_ref()?;
                    figure(&st.figures).map(|(value, at)| Part {
                        title: st.label.clone(),
                        value: Some(value),
                        at,
                    })
                })
                .collect();
        }
        let mut region = None;
        let (kind, part, parts) = match tl.kind {
            TotalKind::Closing if subs => (Kind::Total, "sub-total", rows),
            TotalKind::Closing if table.grand_total.is_none() && totals == 1 => {
                (Kind::Total, "row", rows)
            }
            TotalKind::Closing | TotalKind::SubTotal => (Kind::Subtotal, "row", rows),
            TotalKind::Grand => (Kind::GrandTotal, "row", rows),
            TotalKind::Leading => {
                region = Some(group.name.clone());
                let whole = SummaryRef {
                    table: t,
                    group: g,
                    row: None,
                };
                if subs || !group.rows.is_empty() {
                    (Kind::Region, "sub-region row", rows)
                } else if let Some(seg) = tables.segment_of(whole) {
                    (Kind::Region, "section", section_parts(seg.sections.clone()))
                } else if let Some(p) = tables.programmes.iter().find(|p| p.row == Some((t, g))) {
                    let blocks = doc.blocks[p.blocks.clone()]
                        .iter()
                        .map(|b| Part {
                            title: b.heading.clone(),
                            value: Some(b.requirement.value()),
                            at: b.requirement.number.start,
                        })
                        .collect();
                    (Kind::Programme, "block", blocks)
                } else {
                    (Kind::Region, "section", Vec::new())
                }
            }
        };
        out.push(Declared {
            kind,
            name: tl.label.clone(),
            region: region.clone(),
            sub_region: None,
            part,
            from: parts.first().map_or(tl.span.start, |p| p.at),
            parts,
            declared: stated.map(|(v, _)| v),
            at: stated.map_or(tl.span.start, |(_, at)| at),
            table: Some(t),
        });
        if tl.kind != TotalKind::Leading {
            continue;
        }
        // Each sub-region row declares the sum of the narrative sections of its sub-region.
        for r in group.rows.clone() {
            let row = &table.rows[r];
            let stated = figure(&row.figures);
            let at = SummaryRef {
                table: t,
                group: g,
                row: Some(r),
            };
            let parts = tables
                .segment_of(at)
                .map(|seg| section_parts(seg.sections.clone()))
                .unwrap_or_default();
            out.push(Declared {
                kind: Kind::SubRegion,
                name: row.title.clone(),
                region: region.clone(),
                sub_region: Some(row.title.clone()),
                part: "section",
                from: parts.first().map_or(row.span.start, |p| p.at),
                parts,
                declared: stated.map(|(v, _)| v),
                at: stated.map_or(row.span.start, |(_, at)| at),
                table: Some(t),
            });
        }
    }
    if let Some(grand) = &table.grand_total {
        // The grand total sums each group's stated total, or its rows where it states none.
        let parts: Vec<Part> = table
            .groups
            .iter()
            .filter_map(|group| {
                if let Some(tl) = &group.total {
                    return figure(&tl.figures).map(|(value, at)| Part {
                        title: tl.label.clone(),
                        value: Some(value),
                        at,
                    });
                }
                let rows: Vec<Part> = group.rows.clone().filter_map(row_part).collect();
                Some(Part {
                    title: group.name.clone(),
                    value: Some(crate::money::sum(rows.iter().filter_map(|p| p.value))),
                    at: rows.first()?.at,
                })
            })
            .collect();
        let stated = figure(&grand.figures);
        out.push(Declared {
            kind: Kind::GrandTotal,
            name: grand.label.clone(),
            region: None,
            sub_region: None,
            part: "group total",
            from: parts.first().map_or(grand.span.start, |p| p.at),
            parts,
            declared: stated.map(|(v, _)| v),
            at: stated.map_or(grand.span.start, |(_, at)| at),
            table: Some(t),
        });
    }
}

/// Whether a declared figure foots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The parts sum to the declared figure, within the tolerance.
    Foots,
    /// They do not.
    Mismatch,
    /// No part was read (no project above a total, no section for a summary row).
    Empty,
    /// The declared figure could not be read.
    Unreadable,
}

impl Status {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Foots => "foots",
            Status::Mismatch => "mismatch",
            Status::Empty => "empty",
            Status::Unreadable => "unreadable",
        }
    }
}

/// One reconciled declared figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The file, as given.
    pub path: String,
    pub region: Option<String>,
    pub sub_region: Option<String>,
    pub section: String,
    pub projects: usize,
    pub listed: Decimal,
    pub declared: Option<Decimal>,
    /// declared − listed.
    pub difference: Option<Decimal>,
    pub status: Status,
    /// 1-based line of the declared figure (or of the statement when it has none).
    pub line: usize,
    /// What the figure is: `section` for a narrative section's total, or one of the
    /// appendix's kinds (see [`Kind`]).
    pub kind: Kind,
}

/// The rows of one checked document, one per declared figure, in document order.
#[must_use]
pub fn rows(checked: &Checked, tolerance: Decimal) -> Vec<Row> {
    figures(&checked.document, &checked.tables)
        .into_iter()
        .map(|f| {
            let listed = f.listed();
            let difference = f.declared.map(|d| d.saturating_sub(listed));
            let status = match difference {
                None => Status::Unreadable,
                Some(_) if f.parts.is_empty() => Status::Empty,
                Some(d) if d.abs() <= tolerance => Status::Foots,
                Some(_) => Status::Mismatch,
            };
            Row {
                path: checked.source.name.clone(),
                region: f.region,
                sub_region: f.sub_region,
                section: f.name,
                projects: f.parts.len(),
                listed,
                declared: f.declared,
                difference,
                status,
                line: checked.source.line(f.at),
                kind: f.kind,
            }
        })
        .collect()
}

/// `{"version": 1, "rows": [...]}` for `report --format json`.
#[derive(Debug, Serialize)]
pub struct JsonReport {
    pub version: u32,
    pub rows: Vec<Row>,
}

impl JsonReport {
    #[must_use]
    pub fn new(rows: Vec<Row>) -> Self {
        Self { version: 1, rows }
    }
}

/// The columns of every format. `kind` comes last, so that consumers that read the CSV by
/// position before it was added read the same columns.
const HEADERS: [&str; 10] = [
    "region",
    "sub-region",
    "section",
    "projects",
    "listed",
    "declared",
    "difference",
    "status",
    "line",
    "kind",
];

fn cells(r: &Row) -> [String; 10] {
    [
        r.region.clone().unwrap_or_default(),
        r.sub_region.clone().unwrap_or_default(),
        r.section.clone(),
        r.projects.to_string(),
        group(r.listed),
        r.declared.map(group).unwrap_or_default(),
        r.difference.map(group).unwrap_or_default(),
        r.status.as_str().to_string(),
        r.line.to_string(),
        r.kind.as_str().to_string(),
    ]
}

/// Right-aligned figures, left-aligned names, for the terminal.
#[must_use]
pub fn table(rows: &[Row]) -> String {
    let all: Vec<[String; 10]> = rows.iter().map(cells).collect();
    let mut widths = HEADERS.map(str::len);
    for r in &all {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let numeric = [
        false, false, false, true, true, true, true, false, true, false,
    ];
    let line = |cols: &[String]| {
        let mut s = String::new();
        for (i, c) in cols.iter().enumerate() {
            let pad = widths[i].saturating_sub(c.chars().count());
            if i > 0 {
                s.push_str("  ");
            }
            if numeric[i] {
                s.push_str(&" ".repeat(pad));
                s.push_str(c);
            } else {
                s.push_str(c);
                s.push_str(&" ".repeat(pad));
            }
        }
        s.trim_end().to_string()
    };
    let mut out = String::new();
    out.push_str(&line(&HEADERS.map(String::from)));
    out.push('\n');
    for r in &all {
        out.push_str(&line(r));
        out.push('\n');
    }
    out
}

/// Plain figures (no separators) so that spreadsheets read them as numbers.
///
/// # Errors
/// Only when writing into memory fails, which it does not.
pub fn csv(rows: &[Row]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADERS)?;
    for r in rows {
        w.write_record([
            r.region.clone().unwrap_or_default(),
            r.sub_region.clone().unwrap_or_default(),
            r.section.clone(),
            r.projects.to_string(),
            r.listed.normalize().to_string(),
            r.declared
                .map(|d| d.normalize().to_string())
                .unwrap_or_default(),
            r.difference
                .map(|d| d.normalize().to_string())
                .unwrap_or_default(),
            r.status.as_str().to_string(),
            r.line.to_string(),
            r.kind.as_str().to_string(),
        ])?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// GitHub-flavoured Markdown table.
#[must_use]
pub fn markdown(rows: &[Row]) -> String {
    let mut out = format!("| {} |\n", HEADERS.join(" | "));
    out.push_str("|---|---|---|--:|--:|--:|--:|---|--:|---|\n");
    for r in rows {
        let c = cells(r);
        let c: Vec<String> = c.iter().map(|s| crate::output::github::cell(s)).collect();
        let _ = writeln!(out, "| {} |", c.join(" | "));
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One self-contained HTML page: a bar chart per region of declared against listed funding of
/// the narrative sections (inline SVG), the table of every declared figure with discrepancies
/// highlighted, each row linking to its line.
/// Nothing external is loaded: no script, stylesheet, font or image from elsewhere.
#[must_use]
pub fn html(path: &str, rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>crossfoot reconciliation: {}</title>\n<style>\n\
body{{font-family:system-ui,sans-serif;margin:2em;color:#222}}\
table{{border-collapse:collapse;font-size:13px}}td,th{{padding:2px 8px;border-bottom:1px solid #ddd}}\
td.n{{text-align:right;font-variant-numeric:tabular-nums}}tr.bad{{background:#fde2e2}}tr.bad td{{font-weight:600}}\
.legend span{{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}}\
h2{{margin-top:1.5em}}svg text{{font-size:11px}}\n</style>\n</head>\n<body>\n",
        esc(path)
    );
    let bad = rows.iter().filter(|r| r.status != Status::Foots).count();
    let sections: Vec<&Row> = rows.iter().filter(|r| r.kind == Kind::Section).collect();
    let _ = write!(
        out,
        "<h1>Reconciliation of {}</h1>\n<p>{} declared figures ({} section totals), {} that do not foot.</p>\n\
<p class=\"legend\"><span style=\"background:#4a78c2\"></span>declared<span style=\"background:#9bc37a\"></span>listed</p>\n",
        esc(path),
        rows.len(),
        sections.len(),
        bad
    );
    // One chart per region, in order of first appearance, of the sections' totals: the
    // appendix's figures restate them and would dwarf their bars.
    let mut regions: Vec<Option<String>> = Vec::new();
    for r in &sections {
        if !regions.contains(&r.region) {
            regions.push(r.region.clone());
        }
    }
    for region in &regions {
        let members: Vec<&Row> = sections
            .iter()
            .copied()
            .filter(|r| &r.region == region)
            .collect();
        let title = region.clone().unwrap_or_else(|| "All sections".to_string());
        let _ = writeln!(out, "<h2>{}</h2>", esc(&title));
        out.push_str(&chart(&members));
    }
    out.push_str("<h2>Every declared figure</h2>\n<table>\n<tr>");
    for h in HEADERS {
        let _ = write!(out, "<th>{h}</th>");
    }
    out.push_str("</tr>\n");
    for r in rows {
        let class = if r.status == Status::Foots {
            ""
        } else {
            " class=\"bad\""
        };
        let c = cells(r);
        let _ = write!(out, "<tr{class}>");
        for (i, cell) in c.iter().enumerate() {
            let num = if matches!(i, 3..=6 | 8) {
                " class=\"n\""
            } else {
                ""
            };
            if i == 8 {
                let _ = write!(
                    out,
                    "<td{num}><a href=\"{}#L{}\">{}</a></td>",
                    esc(path),
                    r.line,
                    r.line
                );
            } else {
                let _ = write!(out, "<td{num}>{}</td>", esc(cell));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n</body>\n</html>\n");
    out
}

/// A horizontal bar chart: per section, a bar for the declared total and one for the listed sum.
fn chart(rows: &[&Row]) -> String {
    use rust_decimal::prelude::ToPrimitive;
    let max = rows
        .iter()
        .flat_map(|r| [r.listed, r.declared.unwrap_or_default()])
        .max()
        .unwrap_or_default()
        .to_f64()
        .unwrap_or(0.0)
        .max(1.0);
    let label_w = 330.0;
    let bar_w = 480.0;
    let row_h = 22.0;
    #[allow(clippy::cast_precision_loss)]
    let height = row_h * rows.len() as f64 + 10.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" role=\"img\">\n",
        label_w + bar_w + 120.0
    );
    for (i, r) in rows.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let y = i as f64 * row_h + 5.0;
        let w = |v: Decimal| v.to_f64().unwrap_or(0.0) / max * bar_w;
        let colour = if r.status == Status::Foots {
            "#222"
        } else {
            "#c0392b"
        };
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{colour}\">{}</text>\
<rect x=\"{label_w}\" y=\"{y}\" width=\"{:.1}\" height=\"8\" fill=\"#4a78c2\"><title>declared {}</title></rect>\
<rect x=\"{label_w}\" y=\"{}\" width=\"{:.1}\" height=\"8\" fill=\"#9bc37a\"><title>listed {}</title></rect>",
            label_w - 6.0,
            y + 12.0,
            esc(&r.section),
            w(r.declared.unwrap_or_default()),
            r.declared.map(group).unwrap_or_default(),
            y + 9.0,
            w(r.listed),
            group(r.listed),
        );
        if r.status != Status::Foots {
            let _ = writeln!(
                s,
                "<text x=\"{}\" y=\"{}\" fill=\"#c0392b\">{}</text>",
                label_w + bar_w + 6.0,
                y + 12.0,
                r.difference
                    .map_or_else(|| r.status.as_str().to_string(), group)
            );
        }
    }
    s.push_str("</svg>\n");
    s
}
