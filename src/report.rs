//! The reconciliation report: one row per declared total (region, sub-region, section, projects,
//! listed sum, declared, difference, status, line), in table, CSV, JSON, Markdown or HTML.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::Checked;
use crate::money::group;

/// Whether a section foots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The listed projects sum to the declared total.
    Foots,
    /// They do not.
    Mismatch,
    /// No project is listed above the total.
    Empty,
    /// The declared total could not be read.
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

/// One reconciled total.
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
}

/// The rows of one checked document, in document order.
#[must_use]
pub fn rows(checked: &Checked, tolerance: Decimal) -> Vec<Row> {
    let membership = crate::membership(checked);
    checked
        .document
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let listed = s.listed_sum();
            let declared = s.declared();
            let difference = declared.map(|d| d.saturating_sub(listed));
            let status = match difference {
                None => Status::Unreadable,
                Some(_) if s.bullets.is_empty() => Status::Empty,
                Some(d) if d.abs() <= tolerance => Status::Foots,
                Some(_) => Status::Mismatch,
            };
            let at = s
                .total
                .amount
                .as_ref()
                .map_or(s.total.span.start, |a| a.number.start);
            let (region, sub_region) = membership.get(i).cloned().unwrap_or_default();
            Row {
                path: checked.source.name.clone(),
                region,
                sub_region,
                section: s.key(),
                projects: s.bullets.len(),
                listed,
                declared,
                difference,
                status,
                line: checked.source.line(at),
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

const HEADERS: [&str; 9] = [
    "region",
    "sub-region",
    "section",
    "projects",
    "listed",
    "declared",
    "difference",
    "status",
    "line",
];

fn cells(r: &Row) -> [String; 9] {
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
    ]
}

/// Right-aligned figures, left-aligned names, for the terminal.
#[must_use]
pub fn table(rows: &[Row]) -> String {
    let all: Vec<[String; 9]> = rows.iter().map(cells).collect();
    let mut widths = HEADERS.map(str::len);
    for r in &all {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let numeric = [false, false, false, true, true, true, true, false, true];
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
    out.push_str("|---|---|---|--:|--:|--:|--:|---|--:|\n");
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

/// One self-contained HTML page: a bar chart per region of declared against listed funding
/// (inline SVG), the table with discrepancies highlighted, each row linking to its line.
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
    let _ = write!(
        out,
        "<h1>Reconciliation of {}</h1>\n<p>{} declared totals, {} that do not foot.</p>\n\
<p class=\"legend\"><span style=\"background:#4a78c2\"></span>declared<span style=\"background:#9bc37a\"></span>listed</p>\n",
        esc(path),
        rows.len(),
        bad
    );
    // One chart per region, in order of first appearance.
    let mut regions: Vec<Option<String>> = Vec::new();
    for r in rows {
        if !regions.contains(&r.region) {
            regions.push(r.region.clone());
        }
    }
    for region in &regions {
        let members: Vec<&Row> = rows.iter().filter(|r| &r.region == region).collect();
        let title = region.clone().unwrap_or_else(|| "All sections".to_string());
        let _ = writeln!(out, "<h2>{}</h2>", esc(&title));
        out.push_str(&chart(&members));
    }
    out.push_str("<h2>Every total</h2>\n<table>\n<tr>");
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
