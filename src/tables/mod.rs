//! How the appendix restates the narrative's figures: the matching over the model.
//!
//! The grammar has already read the appendix into the document (`parse::table`,
//! `parse::programme`, `model::table`). [`Tables::build`] matches it with the narrative once
//! per document: the region and sub-region of every section (`membership`) and which row is
//! which narrative project (`matching`). The table rules only read the result. Nothing here
//! names a country, a project or a figure of any edition: every decision comes from the
//! layout, the summary table's own rows and the figures.

pub mod matching;
pub mod membership;
pub mod model;
pub mod sums;

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::model::Document;
use crate::model::table::Table;
use crate::money::money;
use crate::source::Source;

pub use model::{
    BulletRef, MatchKind, Naming, Pair, Place, Programme, Segment, SummaryRef, Tagged,
};

/// What the appendix of one document restates of its narrative.
#[derive(Debug, Clone, Default)]
pub struct Tables {
    /// The summary table (an index into the document's tables), if there is one.
    pub summary: Option<usize>,
    pub entries: Vec<membership::Entry>,
    pub segments: Vec<Segment>,
    /// Per narrative section, its region and sub-region.
    pub places: Vec<Option<Place>>,
    pub programmes: Vec<Programme>,
    pub matching: matching::Matching,
    /// The document's currency: the column compared with the narrative.
    pub currency: String,
}

impl Tables {
    /// Matches the appendix of `doc` (read from `source`) with its narrative.
    #[must_use]
    pub fn build(source: &Source, doc: &Document, currency: &str, tolerance: Decimal) -> Self {
        let text = &*source.text;
        let mut out = Tables {
            currency: currency.to_string(),
            places: vec![None; doc.sections.len()],
            ..Tables::default()
        };
        out.summary = doc.tables.iter().rposition(Table::is_summary);
        if let Some(s) = out.summary {
            out.entries = membership::entries(&doc.tables, s, currency);
            let (segments, places) =
                membership::segments(text, &source.lines, doc, &out.entries, tolerance);
            out.segments = segments;
            out.places = places;
            let taken: Vec<SummaryRef> = out.segments.iter().filter_map(|s| s.entry).collect();
            out.programmes = membership::programmes(
                text,
                &doc.blocks,
                &doc.headings,
                &out.entries,
                &taken,
                tolerance,
            );
        }
        // Without a narrative there is nothing to match the tables' rows with.
        if !doc.sections.is_empty() {
            out.matching = matching::match_all(text, doc, &doc.tables, &out.places, currency);
        }
        out
    }

    /// How a section is named in messages: its name, and its sub-region where several
    /// sections share the name ("Regional Programmes, East and South East Asia").
    #[must_use]
    pub fn section_label(&self, doc: &Document, section: usize) -> String {
        let s = &doc.sections[section];
        let shared = doc.sections.iter().filter(|o| o.name == s.name).count() > 1;
        match self.places.get(section).and_then(Option::as_ref) {
            Some(p) if shared => format!("{}, {}", s.name, p.sub_region),
            _ if shared => s.key(),
            _ => s.name.clone(),
        }
    }

    /// The summary entry at `at`.
    #[must_use]
    pub fn entry(&self, at: SummaryRef) -> Option<&membership::Entry> {
        self.entries.iter().find(|e| e.at == at)
    }

    /// The sections of the segment tied to a summary entry.
    #[must_use]
    pub fn segment_of(&self, at: SummaryRef) -> Option<&Segment> {
        self.segments.iter().find(|s| s.entry == Some(at))
    }

    /// The membership listing shown by `crossfoot check --verbose`: every sub-region with how
    /// it was named, its sections with their declared totals, and the programme blocks.
    #[must_use]
    pub fn describe(&self, source: &Source, doc: &Document) -> String {
        let line = |offset: usize| source.line(offset);
        let cur = &self.currency;
        let mut out = String::new();
        let Some(summary) = self.summary else {
            let _ = writeln!(
                out,
                "{}: no summary table after the narrative; regions and sub-regions unknown",
                source.name
            );
            describe_tables(&mut out, source, doc);
            return out;
        };
        let _ = writeln!(
            out,
            "{}: membership of {} sections, from the summary table at line {}",
            source.name,
            doc.sections.len(),
            line(doc.tables[summary].span.start)
        );
        for seg in &self.segments {
            let sum = crate::money::sum(
                doc.sections[seg.sections.clone()]
                    .iter()
                    .filter_map(crate::model::Section::declared),
            );
            let (name, how) = match seg.entry.and_then(|e| self.entry(e)) {
                Some(e) => (
                    format!("{} / {}", e.region, e.name),
                    match &seg.naming {
                        Naming::Heading(s) => format!("heading at line {}", line(s.start)),
                        Naming::Name(s) => format!("section name at line {}", line(s.start)),
                        Naming::Sum => "its totals sum to the summary row".to_string(),
                        Naming::Elimination => "the only row left".to_string(),
                        Naming::None => String::new(),
                    },
                ),
                None => ("? / ?".to_string(), "no summary row found".to_string()),
            };
            let row = seg
                .entry
                .and_then(|e| self.entry(e))
                .and_then(|e| e.figure)
                .map_or_else(|| "no figure".to_string(), |f| money(cur, f));
            let _ = writeln!(
                out,
                "{name}  [{how}; opened at line {}]  sections {} = summary {row}",
                line(seg.opened_by.start),
                money(cur, sum),
            );
            for i in seg.sections.clone() {
                let s = &doc.sections[i];
                let declared = s
                    .declared()
                    .map_or_else(|| "no figure".to_string(), |d| money(cur, d));
                let at = s
                    .total
                    .amount
                    .as_ref()
                    .map_or(s.total.span.start, |a| a.number.start);
                let _ = writeln!(out, "  {:>6}  {:<48} {declared}", line(at), s.key());
            }
        }
        for p in &self.programmes {
            let sum = crate::money::sum(
                doc.blocks[p.blocks.clone()]
                    .iter()
                    .map(|b| b.requirement.value()),
            );
            let name = p
                .row
                .and_then(|(t, g)| doc.tables[t].groups.get(g))
                .map_or("?", |g| g.name.as_str());
            let _ = writeln!(
                out,
                "programme {name}: {} blocks = {}",
                p.blocks.len(),
                money(cur, sum)
            );
            for b in &doc.blocks[p.blocks.clone()] {
                let _ = writeln!(
                    out,
                    "  {:>6}  {:<48} {}",
                    line(b.requirement.number.start),
                    crate::text::short(&b.heading),
                    money(cur, b.requirement.value())
                );
            }
        }
        describe_tables(&mut out, source, doc);
        out
    }
}

fn describe_tables(out: &mut String, source: &Source, doc: &Document) {
    for t in &doc.tables {
        let _ = writeln!(
            out,
            "table \"{}\" at line {}: {} rows, {} groups{}",
            crate::text::short(&t.name),
            source.line(t.span.start),
            t.rows.len(),
            t.groups.len(),
            if t.grand_total.is_some() {
                ", a grand total"
            } else {
                ""
            }
        );
    }
}

/// The membership listing of a checked document, for `crossfoot check --verbose`.
#[must_use]
pub fn describe(source: &Source, doc: &Document, settings: &crate::Settings) -> String {
    Tables::build(source, doc, settings.currency_of(doc), settings.tolerance).describe(source, doc)
}

/// The membership listing of a source that was checked without keeping its document (parses
/// it again): what `crossfoot check --verbose` prints for each file.
#[must_use]
pub fn describe_source(source: &Source, settings: &crate::Settings) -> String {
    let doc = crate::read(source, settings);
    describe(source, &doc, settings)
}
