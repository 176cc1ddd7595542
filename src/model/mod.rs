//! The typed document: sections with their bullets and declared totals, each node with its span.

pub mod table;

use rust_decimal::Decimal;

use crate::source::Span;

/// The dash (or colon) written before an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DashKind {
    /// "–", the house form.
    EnDash,
    /// "—", accepted.
    EmDash,
    /// "-", a hyphen where a dash belongs.
    Hyphen,
    /// ":", accepted in one-line totals ("Total funding requirements for Fiji: USD 1,234").
    Colon,
    /// A tab before the figure ("Title<TAB>USD 1,234"), accepted where the figure stands in a
    /// column of its own.
    Tab,
    /// A table cell's border ("| 1,234 |"): the figure stands in a column whose header names
    /// its currency.
    Cell,
    /// The figure stands in a sentence ("requires USD 400,000."), where no dash belongs; the
    /// span is empty, at the amount's start.
    Sentence,
}

/// What departs from the house form in the way a number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberDefect {
    /// A digit group after a separator has fewer than three digits ("720,00").
    ShortGroup,
    /// A digit group is longer than three digits ("1,2345", "1234,567").
    LongGroup,
    /// White space inside the number ("197, 263").
    SpaceInside,
    /// Periods used as thousands separators ("1.234.567") where the period marks decimals.
    PeriodSeparators,
    /// Commas used as thousands separators ("1,234,567") where the comma marks decimals.
    CommaSeparators,
    /// Two kinds of thousands separator in one figure ("1,250'000").
    MixedSeparators,
    /// Four or more digits with no separators ("1234567").
    NoSeparators,
    /// Cents on a whole figure ("12,500.00").
    Cents,
    /// A scale word after the number ("1.6 million").
    ScaleWord,
    /// A misspelled scale word ("1.5 milion").
    MisspelledScale,
    /// A comma where the decimals begin, before a scale word ("1,5 million").
    CommaDecimal,
    /// A letter O typed for a zero inside the digits ("7O5,000").
    LetterForZero,
    /// A currency code written against the digits in a table of bare figures ("USD6,350,000").
    GluedCurrency,
    /// Thousands grouped with another separator than the column's other figures
    /// ("1,318,000" among "1'245'000").
    ColumnGrouping,
}

impl NumberDefect {
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            NumberDefect::ShortGroup => "a digit group is shorter than three digits",
            NumberDefect::LongGroup => "a digit group is longer than three digits",
            NumberDefect::SpaceInside => "white space inside the number",
            NumberDefect::PeriodSeparators => "periods used as thousands separators",
            NumberDefect::CommaSeparators => {
                "commas used as thousands separators where the comma marks decimals"
            }
            NumberDefect::MixedSeparators => "two kinds of thousands separator",
            NumberDefect::NoSeparators => "no thousands separators",
            NumberDefect::Cents => "cents on a whole figure",
            NumberDefect::ScaleWord => "a scale word instead of digits",
            NumberDefect::MisspelledScale => "a misspelled scale word",
            NumberDefect::CommaDecimal => "a comma where the decimal point belongs",
            NumberDefect::LetterForZero => "a letter O where a zero belongs",
            NumberDefect::GluedCurrency => {
                "a currency code written against the figure in a column of bare figures"
            }
            NumberDefect::ColumnGrouping => {
                "thousands grouped otherwise than the column's other figures"
            }
        }
    }
}

/// Which reading of an ambiguous amount was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reading {
    /// The digits as written.
    #[default]
    AsWritten,
    /// The other plausible reading, taken because the section foots with it.
    Alternative,
}

/// An amount as written: dash, currency and number, with the value it is read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    /// The whole written form, from the dash (or currency, or first digit) to the end of the
    /// number (or of a currency written after it).
    pub span: Span,
    /// The number alone.
    pub number: Span,
    pub dash: Option<(DashKind, Span)>,
    pub currency: Option<Span>,
    /// The value as written (digits as they stand).
    pub written_value: Decimal,
    /// Another plausible reading ("720,00" may be 720,000).
    pub alternative: Option<Decimal>,
    pub reading: Reading,
    pub defects: Vec<NumberDefect>,
    /// Punctuation glued after the number (".", ";"), if any.
    pub trailing_punct: Option<Span>,
}

impl Amount {
    /// The value that counts: the written value, or the alternative when it was taken.
    #[must_use]
    pub fn value(&self) -> Decimal {
        match (self.reading, self.alternative) {
            (Reading::Alternative, Some(v)) => v,
            _ => self.written_value,
        }
    }

    /// Whether the dash is one the house form accepts.
    #[must_use]
    pub fn has_house_dash(&self) -> bool {
        matches!(
            self.dash,
            Some((
                DashKind::EnDash
                    | DashKind::EmDash
                    | DashKind::Colon
                    | DashKind::Tab
                    | DashKind::Cell
                    | DashKind::Sentence,
                _
            ))
        )
    }
}

/// A project bullet: a title, usually an amount, and what follows the amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bullet {
    /// From the first character of the title to the end of the amount (or of the title).
    pub span: Span,
    pub title_span: Span,
    /// The title with the glyph, tabs and line breaks removed and white space collapsed.
    pub title: String,
    pub amount: Option<Amount>,
    /// Text after the amount on its line ("(co-funding requirement)", "c A P  2 0 0 8").
    pub annotation: Option<Span>,
    /// For a bullet without amount, whether its text says the cost is funded elsewhere.
    pub funded_elsewhere: bool,
    /// Whether its line opens with a list marker or holds a bullet glyph.
    pub marked: bool,
}

/// What departs from the house wording of a total statement ("Total funding requirements for
/// NAME"). Whether the first two are findings depends on how the document's other statements
/// are worded (`malformed-total`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordingDefect {
    /// "requirement" for "requirements".
    Singular(Span),
    /// No "for" before the name.
    MissingFor(Span),
    /// Characters that belong to no name ("slOvaKIa<").
    StrayCharacters(Span),
}

/// Which wording of the table of total statements a statement uses (`parse::total::WORDINGS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Wording {
    /// "Total funding requirements for NAME": the wording whose slips (`requirement`, a missing
    /// "for") `malformed-total` knows.
    #[default]
    FundingRequirements,
    /// Another wording of the table ("Total requirements:", "Total for NAME:", "NAME total",
    /// "Sub-total", "Grand Total"), named by its pattern.
    Other(&'static str),
    /// A wording learned from the document's own arithmetic (`Document::learned`).
    Learned,
}

/// What a declared figure closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Level {
    /// A sub-total ("Sub-total Health").
    SubTotal,
    /// A total (a country, an operation).
    #[default]
    Total,
    /// A grand total.
    Grand,
}

/// A declared total statement: "Total funding requirements for NAME – USD 1,234,567".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    /// Which wording the statement uses.
    pub form: Wording,
    pub level: Level,
    /// From the "T" of "Total" to the end of the amount (or of the statement).
    pub span: Span,
    /// The word "requirement" or "requirements", as written (the word "Total" in a wording
    /// without it).
    pub requirement: Span,
    /// "for" and the white space after it, up to the name, when the statement writes it.
    pub for_word: Option<Span>,
    pub name_span: Span,
    /// The name, normalized: letter spacing joined, white space collapsed, title case.
    pub name: String,
    pub amount: Option<Amount>,
    pub wording: Vec<WordingDefect>,
}

/// A line inside a section that is neither a bullet nor prose: a programme-area heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading {
    pub span: Span,
}

/// A total statement learned from the document's own arithmetic (`parse::learn`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learned {
    /// The words every statement has, lower case, in the order they are written.
    pub words: Vec<String>,
    /// The first statement that foots, as written, with its name shown as `NAME` and its
    /// figure as `n`: what `check --verbose` and the info finding quote.
    pub form: String,
    /// Where that statement stands.
    pub example: Span,
    /// How many statements have the words, and how many of their groups foot.
    pub statements: usize,
    pub footing: usize,
}

impl Learned {
    /// What was learned, in one line: the statement, its words and its evidence.
    #[must_use]
    pub fn describe(&self) -> String {
        format!(
            "\"{}\" (the words {}), learned from {} of the {} lines worded so, whose groups foot",
            self.form,
            self.words
                .iter()
                .map(|w| format!("\"{w}\""))
                .collect::<Vec<_>>()
                .join(", "),
            self.footing,
            self.statements
        )
    }
}

/// A country, regional programmes block or other unit closed by one declared total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    /// 1-based position among sections of the same name.
    pub ordinal: usize,
    pub span: Span,
    pub bullets: Vec<Bullet>,
    pub total: Total,
    /// For a total of sub-totals ("Total for Niger" after "Sub-total Health", …, with no item
    /// of its own), the indexes of the sections it sums; empty for a group of items.
    pub parts: std::ops::Range<usize>,
    /// Offsets between consecutive bullets where non-bullet text (a heading, prose) stands:
    /// `breaks[i]` is true when text separates bullet `i` from bullet `i + 1`.
    pub breaks: Vec<bool>,
}

impl Section {
    /// The sum of the bullets' amounts, each at the reading taken.
    #[must_use]
    pub fn listed_sum(&self) -> Decimal {
        crate::money::sum(
            self.bullets
                .iter()
                .filter_map(|b| b.amount.as_ref())
                .map(Amount::value),
        )
    }

    /// The declared total, if the statement has a readable amount.
    #[must_use]
    pub fn declared(&self) -> Option<Decimal> {
        self.total.amount.as_ref().map(Amount::value)
    }

    /// A stable identity for the section: its name and ordinal ("Regional Programmes #3").
    #[must_use]
    pub fn key(&self) -> String {
        if self.ordinal > 1 {
            format!("{} #{}", self.name, self.ordinal)
        } else {
            self.name.clone()
        }
    }
}

/// Something the grammar saw but could not read as a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The dash and currency that promise an amount.
    pub span: Span,
    /// What stands where the number should be (possibly empty).
    pub found: String,
}

/// What separates the whole part of a figure from its cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DecimalMark {
    /// "1,234,567.89" (English; also Swiss "1'234'567.89").
    #[default]
    Point,
    /// "1.234.567,89" (German, French, most of Europe).
    Comma,
}

impl DecimalMark {
    /// The separator that groups thousands in this style.
    #[must_use]
    pub fn group_separator(self) -> char {
        match self {
            DecimalMark::Point => ',',
            DecimalMark::Comma => '.',
        }
    }
}

/// A parsed edition.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub sections: Vec<Section>,
    /// Bullets with amounts after the last declared total: no total closes them.
    pub trailing: Vec<Bullet>,
    pub unreadable: Vec<Unreadable>,
    /// What separates cents in this document's figures, inferred from its unambiguous ones.
    pub mark: DecimalMark,
    /// The currency most of the document's amounts are written in (its ISO code), if any.
    pub currency: Option<&'static str>,
    /// Whether each group's total stands before its items (decided by footing).
    pub totals_first: bool,
    /// How many items were given to another group than the text order put them in, because
    /// the text is out of reading order ([`crate::parse::regroup`]).
    pub regrouped: usize,
    /// How many figures in the text are written like money, read or not (the evidence
    /// `no-sections` gives); counted only when the document has no section, else 0.
    pub money_like: usize,
    /// The total statement learned from the document's arithmetic, when its totals are worded
    /// in a way the table of wordings does not know.
    pub learned: Option<Learned>,
    /// Where the appendix begins: the line after the last declared total (0 without one).
    pub appendix: usize,
    /// The appendix's tables, in text order.
    pub tables: Vec<table::Table>,
    /// The letter-spaced headings outside the tables.
    pub headings: Vec<table::Heading>,
    /// The prose programme blocks.
    pub blocks: Vec<table::Block>,
    /// Projects stated in sentences, when the document's footing says it states them so.
    pub prose: Option<ProseItems>,
}

/// The decision that a document states projects in sentences, with its evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProseItems {
    /// The first amount of a sentence counted as an item.
    pub first: Span,
    /// How many amounts of sentences were counted as items.
    pub items: usize,
    /// Sections that foot with their sentences' amounts and not without them.
    pub footing: usize,
    /// Sections that foot without them and not with them.
    pub not_footing: usize,
    /// Sections with such amounts that foot neither way.
    pub neither: usize,
}

impl Document {
    /// Every amount of the document (bullets, totals, trailing bullets) in document order.
    pub fn amounts(&self) -> impl Iterator<Item = &Amount> {
        self.amounts_by_section().map(|(_, a)| a)
    }

    /// Every amount with the section it belongs to (`None` after the last total).
    pub fn amounts_by_section(&self) -> impl Iterator<Item = (Option<&Section>, &Amount)> {
        self.sections
            .iter()
            .flat_map(|s| {
                s.bullets
                    .iter()
                    .filter_map(|b| b.amount.as_ref())
                    .chain(s.total.amount.as_ref())
                    .map(move |a| (Some(s), a))
            })
            .chain(
                self.trailing
                    .iter()
                    .filter_map(|b| b.amount.as_ref())
                    .map(|a| (None, a)),
            )
    }

    /// Every figure of the appendix's tables, for the amount rules.
    pub fn table_figures(&self) -> impl Iterator<Item = &table::Figure> {
        self.tables.iter().flat_map(table::Table::figures)
    }

    #[must_use]
    pub fn bullet_count(&self) -> usize {
        self.sections.iter().map(|s| s.bullets.len()).sum()
    }
}

impl Amount {
    fn map_spans(&mut self, f: &mut impl FnMut(Span) -> Span) {
        self.span = f(self.span);
        self.number = f(self.number);
        if let Some((_, s)) = &mut self.dash {
            *s = f(*s);
        }
        self.currency = self.currency.map(&mut *f);
        self.trailing_punct = self.trailing_punct.map(&mut *f);
    }
}

impl Bullet {
    fn map_spans(&mut self, f: &mut impl FnMut(Span) -> Span) {
        self.span = f(self.span);
        self.title_span = f(self.title_span);
        self.annotation = self.annotation.map(&mut *f);
        if let Some(a) = &mut self.amount {
            a.map_spans(f);
        }
    }
}

impl Document {
    /// Rewrites every span of the document with `f`: to the original offsets of a text read
    /// in another order (`crate::columns`).
    pub fn map_spans(&mut self, f: &mut impl FnMut(Span) -> Span) {
        for s in &mut self.sections {
            s.span = f(s.span);
            for b in &mut s.bullets {
                b.map_spans(f);
            }
            let t = &mut s.total;
            t.span = f(t.span);
            t.requirement = f(t.requirement);
            t.for_word = t.for_word.map(&mut *f);
            t.name_span = f(t.name_span);
            if let Some(a) = &mut t.amount {
                a.map_spans(f);
            }
            for w in &mut t.wording {
                match w {
                    WordingDefect::Singular(s)
                    | WordingDefect::MissingFor(s)
                    | WordingDefect::StrayCharacters(s) => *s = f(*s),
                }
            }
        }
        for b in &mut self.trailing {
            b.map_spans(f);
        }
        for u in &mut self.unreadable {
            u.span = f(u.span);
        }
        if let Some(l) = &mut self.learned {
            l.example = f(l.example);
        }
        if let Some(p) = &mut self.prose {
            p.first = f(p.first);
        }
        for t in &mut self.tables {
            t.span = f(t.span);
            for r in &mut t.rows {
                r.span = f(r.span);
                r.title_span = f(r.title_span);
                for fig in &mut r.figures {
                    fig.amount.map_spans(f);
                }
            }
            let totals = t
                .groups
                .iter_mut()
                .filter_map(|g| g.total.as_mut())
                .chain(t.grand_total.as_mut());
            for tl in totals {
                tl.span = f(tl.span);
                tl.misspelled = tl.misspelled.map(&mut *f);
                for fig in &mut tl.figures {
                    fig.amount.map_spans(f);
                }
            }
        }
        for h in &mut self.headings {
            h.span = f(h.span);
        }
        for b in &mut self.blocks {
            b.heading_span = f(b.heading_span);
            b.span = f(b.span);
            b.sentence = f(b.sentence);
            b.requirement.map_spans(f);
        }
    }
}
