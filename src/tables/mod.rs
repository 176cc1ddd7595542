//! The appendix after the narrative: tables, prose programme blocks, and how they restate the
//! narrative's figures.
//!
//! [`Tables::build`] reads the text after the last declared total once per document: the
//! tables (`grammar`), the programme blocks (`prose`), the region and sub-region of every
//! section (`membership`), and which row is which narrative project (`matching`). The table
//! rules only read the result. Nothing here names a country, a project or a figure of any
//! edition: every decision comes from the layout, the summary table's own rows and the figures.

pub mod grammar;
pub mod matching;
pub mod membership;
pub mod model;
pub mod prose;
pub mod sums;
pub mod text;

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::model::Document;
use crate::money::money;
use crate::source::Source;

pub use model::{
    Block, BulletRef, Figure, Group, MatchKind, Naming, Pair, Place, Programme, Row, Segment,
    SummaryRef, Table, Tagged, TotalKind, TotalLine,
};

/// Everything read from the appendix of one document.
#[derive(Debug, Clone, Default)]
pub struct Tables {
    /// Offset where the appendix begins (the line after the last declared total).
    pub appendix: Option<usize>,
    pub tables: Vec<Table>,
    pub headings: Vec<prose::Heading>,
    pub blocks: Vec<Block>,
    /// The summary table, if there is one.
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
    /// Reads the appendix of `doc` (parsed from `text`).
    #[must_use]
    pub fn build(text: &str, doc: &Document, currency: &str, tolerance: Decimal) -> Self {
        let mut out = Tables {
            currency: currency.to_string(),
            places: vec![None; doc.sections.len()],
            ..Tables::default()
        };
        let from = match doc.sections.last() {
            Some(last) => crate::source::next_line_end(text, last.total.span.end, text.len())
                .map_or(text.len(), |e| e.1),
            None => 0,
        };
        out.appendix = Some(from);
        out.tables = grammar::tables(text, from, currency, doc.mark);
        let (headings, blocks) = prose::blocks(text, from, &out.tables, currency, doc.mark);
        out.headings = headings;
        out.blocks = blocks;
        out.summary = out.tables.iter().rposition(Table::is_summary);
        if let Some(s) = out.summary {
            out.entries = membership::entries(&out.tables, s, currency);
            let (segments, places) = membership::segments(text, doc, &out.entries, tolerance);
            out.segments = segments;
            out.places = places;
            let taken: Vec<SummaryRef> = out.segments.iter().filter_map(|s| s.entry).collect();
            out.programmes = membership::programmes(
                text,
                &out.blocks,
                &out.headings,
                &out.entries,
                &taken,
                tolerance,
            );
        }
        // Without a narrative there is nothing to match the tables' rows with.
        if !doc.sections.is_empty() {
            out.matching = matching::match_all(text, doc, &out.tables, &out.places, currency);
        }
        out
    }

    /// Every table figure, for the amount rules.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.tables.iter().flat_map(Table::figures)
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
            self.describe_tables(&mut out, source);
            return out;
        };
        let _ = writeln!(
            out,
            "{}: membership of {} sections, from the summary table at line {}",
            source.name,
            doc.sections.len(),
            line(self.tables[summary].span.start)
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
                self.blocks[p.blocks.clone()]
                    .iter()
                    .map(|b| b.requirement.value()),
            );
            let name = p
                .row
                .and_then(|(t, g)| self.tables[t].groups.get(g))
                .map_or("?", |g| g.name.as_str());
            let _ = writeln!(
                out,
                "programme {name}: {} blocks = {}",
                p.blocks.len(),
                money(cur, sum)
            );
            for b in &self.blocks[p.blocks.clone()] {
                let _ = writeln!(
                    out,
                    "  {:>6}  {:<48} {}",
                    line(b.requirement.number.start),
                    text::short(&b.heading),
                    money(cur, b.requirement.value())
                );
            }
        }
        self.describe_tables(&mut out, source);
        out
    }

    fn describe_tables(&self, out: &mut String, source: &Source) {
        for t in &self.tables {
            let _ = writeln!(
                out,
                "table \"{}\" at line {}: {} rows, {} groups{}",
                text::short(&t.name),
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
}

/// The membership listing of a checked document, for `crossfoot check --verbose`.
#[must_use]
pub fn describe(source: &Source, doc: &Document, settings: &crate::Settings) -> String {
    Tables::build(
        &source.text,
        doc,
        settings.currency_of(doc),
        settings.tolerance,
    )
    .describe(source, doc)
}

/// The membership listing of a source that was checked without keeping its document (parses
/// it again): what `crossfoot check --verbose` prints for each file.
#[must_use]
pub fn describe_source(source: &Source, settings: &crate::Settings) -> String {
    let doc = crate::parse::parse(&source.text, settings.tolerance);
    describe(source, &doc, settings)
}
