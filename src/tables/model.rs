//! What the matching finds between the appendix (`model::table`) and the narrative: the
//! summary rows each programme and segment of sections answer to, the region and sub-region of
//! each narrative section, which table row is which narrative project.

use std::ops::Range;

use crate::source::Span;

/// Consecutive programme blocks that one summary row sums.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    /// The summary row it answers to, when one was found: (table, group).
    pub row: Option<(usize, usize)>,
    /// How the row was found.
    pub naming: Naming,
    pub blocks: Range<usize>,
}

/// How a run of narrative sections or blocks was tied to a summary row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Naming {
    /// A letter-spaced heading inside it names the row.
    Heading(Span),
    /// A section's own name, or the text, names the row.
    Name(Span),
    /// Its figures sum to the row's figure and to no other row's.
    Sum,
    /// It is the only run left for the only row left.
    Elimination,
    /// No row found.
    None,
}

/// A summary entry: a sub-region row, or a region (group) without sub-rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SummaryRef {
    pub table: usize,
    pub group: usize,
    /// `None` for a region that has no sub-rows and is matched as a whole.
    pub row: Option<usize>,
}

/// Consecutive narrative sections that make one sub-region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Indexes into the document's sections.
    pub sections: Range<usize>,
    /// From the end of the previous segment's last total to the end of this one's.
    pub span: Span,
    /// What opened it: a "regional" tab, a regional programmes section, a section named after a
    /// summary row, or the start of the document.
    pub opened_by: Span,
    pub entry: Option<SummaryRef>,
    pub naming: Naming,
}

/// Region and sub-region of one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub region: String,
    pub sub_region: String,
}

/// Where a narrative bullet is: section and bullet index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BulletRef {
    pub section: usize,
    pub bullet: usize,
}

/// How a table row and a narrative project were found to be the same.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MatchKind {
    /// The narrative names the row's reference code.
    Reference,
    /// Same title once case, spacing and punctuation are set aside, same amount.
    Same,
    /// Same amount and a similar title.
    AmountAndTitle { similarity: f64 },
    /// Same title, another amount.
    TitleOnly,
    /// Only a similar title; the amounts differ.
    Similar { similarity: f64 },
}

/// A table row and its narrative counterpart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    pub table: usize,
    pub row: usize,
    pub bullet: BulletRef,
    pub kind: MatchKind,
}

/// A narrative project whose annotation says it belongs in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tagged {
    pub bullet: BulletRef,
    pub table: usize,
    /// The annotation ("(co-funding requirement)", "c A P  2 0 0 8").
    pub tag: Span,
}
