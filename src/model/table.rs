//! The appendix as read: tables with their rows, groups and totals, the letter-spaced headings
//! outside them, and prose programme blocks. Every node keeps its span into the original text,
//! like the narrative model.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::model::Amount;
use crate::source::Span;

/// One figure of a table, in one money column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The figure as read by the same lenient reading as narrative amounts (no dash).
    pub amount: Amount,
    /// The money column, counted from the left.
    pub column: usize,
    /// The column's currency code.
    pub currency: String,
    /// The thousands separator most of its column's figures write (',' unless they write
    /// another): the form a fix writes.
    pub grouping: char,
}

impl Figure {
    #[must_use]
    pub fn value(&self) -> Decimal {
        self.amount.value()
    }
}

/// A project row: a title (possibly wrapped over several lines), an optional reference code, an
/// optional text cell (a budget line), and its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// From the first character of the title to the end of the figure line.
    pub span: Span,
    /// From the first to the last character of the title (it may cover several lines and, for
    /// a table with a text column, lines of that cell in between are not part of `title`).
    pub title_span: Span,
    /// The title with line breaks joined and white space collapsed.
    pub title: String,
    /// A reference code ("SUD-08/BI23"), if the row has one.
    pub reference: Option<String>,
    /// The text cell between the title and the figures (a budget line), if the table has one.
    pub cell: Option<String>,
    pub figures: Vec<Figure>,
}

/// Where a total line stands relative to the rows it sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotalKind {
    /// "Total Sudan 100,394,459" after its rows.
    Closing,
    /// "Africa Total 298,062,362" before its rows (a summary's region).
    Leading,
    /// "Grand Total 164,335,526": the sum of the group totals.
    Grand,
    /// "Sub-total Health 2,526,150" after its rows; the closing total after a run of them sums
    /// them as printed.
    SubTotal,
}

/// A total line of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalLine {
    pub span: Span,
    pub kind: TotalKind,
    /// The whole label ("Total Sudan", "Africa Total").
    pub label: String,
    /// The label without the word "Total" ("Sudan", "Africa"; empty for a grand total).
    pub name: String,
    pub figures: Vec<Figure>,
    /// The label's first word, when it misspells "Total" or "Sub-total" ("Sub-totl").
    pub misspelled: Option<Span>,
}

/// Rows summed by one total: a country group, a summary region, or the whole table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    /// Indexes into the table's rows.
    pub rows: Range<usize>,
    /// For a total that sums sub-totals ("Total Kenya" after "Sub-total Health", …), the
    /// indexes of those groups; empty for a group of rows.
    pub parts: Range<usize>,
    pub total: Option<TotalLine>,
}

impl Group {
    /// Whether the group is a sub-total, summed by the total after it rather than by the
    /// table's grand total.
    #[must_use]
    pub fn is_sub_total(&self) -> bool {
        self.total
            .as_ref()
            .is_some_and(|t| t.kind == TotalKind::SubTotal)
    }
}

/// A table as the PDF extraction gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The table's caption or column headers, letter spacing undone.
    pub name: String,
    pub span: Span,
    /// The words of the header lines (lower case): what annotations in the narrative refer to.
    pub header_words: Vec<String>,
    /// The currency of each money column, left to right.
    pub currencies: Vec<String>,
    /// Whether a text column (a budget line) stands between the titles and the figures.
    pub text_column: bool,
    pub rows: Vec<Row>,
    pub groups: Vec<Group>,
    pub grand_total: Option<TotalLine>,
    /// For a table of nothing but a grand total (a closing page's "Grand Total"), the earlier
    /// tables whose totals it sums: those since the previous grand total (indexes into the
    /// document's tables).
    pub totals_of: Range<usize>,
}

impl Table {
    /// Whether this is a summary: its totals stand before their rows ("Africa Total").
    #[must_use]
    pub fn is_summary(&self) -> bool {
        self.groups.iter().any(|g| {
            g.total
                .as_ref()
                .is_some_and(|t| t.kind == TotalKind::Leading)
        })
    }

    /// The money column in the document's currency (else the last one): the column that is
    /// compared with the narrative.
    #[must_use]
    pub fn main_column(&self, currency: &str) -> usize {
        self.currencies
            .iter()
            .position(|c| c.eq_ignore_ascii_case(currency))
            .unwrap_or(self.currencies.len().saturating_sub(1))
    }

    /// The figure of a row or total in a column, if it has one.
    #[must_use]
    pub fn figure(figures: &[Figure], column: usize) -> Option<&Figure> {
        figures.iter().find(|f| f.column == column)
    }

    /// Every figure of the table, rows and totals, in text order.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        let mut all: Vec<&Figure> = self
            .rows
            .iter()
            .flat_map(|r| r.figures.iter())
            .chain(
                self.groups
                    .iter()
                    .filter_map(|g| g.total.as_ref())
                    .chain(self.grand_total.as_ref())
                    .flat_map(|t| t.figures.iter()),
            )
            .collect();
        all.sort_by_key(|f| f.amount.number.start);
        all.into_iter()
    }

    /// Every figure of the table, rows then totals, to rewrite in place.
    pub fn figures_mut(&mut self) -> impl Iterator<Item = &mut Figure> {
        self.rows
            .iter_mut()
            .flat_map(|r| r.figures.iter_mut())
            .chain(
                self.groups
                    .iter_mut()
                    .filter_map(|g| g.total.as_mut())
                    .chain(self.grand_total.as_mut())
                    .flat_map(|t| t.figures.iter_mut()),
            )
    }
}

/// A prose programme block: a letter-spaced heading and the text under it, with the one figure
/// it states as the year's requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub heading: String,
    pub heading_span: Span,
    /// From the heading to the end of its text.
    pub span: Span,
    /// The sentence that states the requirement.
    pub sentence: Span,
    pub requirement: Amount,
}

/// A letter-spaced heading (one or more lines) outside the tables, letter spacing undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub span: Span,
    pub text: String,
}
