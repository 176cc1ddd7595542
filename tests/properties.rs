//! Property tests: generated editions with known sums, in the layouts PDF extraction leaves
//! (wrapped titles, displaced glyphs, amounts split across lines, CRLF or CR line ends, a BOM,
//! letter-spaced headings, small caps lost in total statements), with injected faults. The
//! findings must be exactly the injected ones, by code and line, and every section must sum as
//! generated.

#![allow(
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    reason = "a generated bullet is a bag of independent layout switches, rendered in one place"
)]

use std::fmt::Write as _;

use crossfoot::{Settings, Source};
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

// ---------------------------------------------------------------- the model of an edition

/// How a bullet is laid out, as the extraction of the reference edition leaves them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// "Title – USD 1,000"
    OneLine,
    /// "Title – USD 1,000•\t": the glyph displaced after the amount.
    GlyphAfterAmount,
    /// "Title first part •\t\nsecond part – USD 1,000": the glyph at the end of the first line.
    Wrapped,
    /// As `Wrapped`, with a blank line inside the title.
    WrappedAcrossBlankLine,
    /// "Title •\t\n– USD 1,000"
    AmountOnNextLine,
    /// "Title\n– USD 1,000": no glyph, the amount alone below its title.
    AmountAloneBelowTitle,
    /// "Title – USD •\t\n1,000": the glyph inside the amount.
    GlyphInsideAmount,
    /// "Title – USD\n1,000"
    SplitAfterCurrency,
    /// "• Title – USD 1,000": a bullet at the start of its line.
    LineStartGlyph,
}

impl Layout {
    /// Whether a glyph comes before the amount's dash, closing an open bullet without amount.
    fn glyph_before_dash(self) -> bool {
        matches!(
            self,
            Layout::Wrapped
                | Layout::WrappedAcrossBlankLine
                | Layout::AmountOnNextLine
                | Layout::LineStartGlyph
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    None,
    /// "- USD 1,000": a hyphen where the dash belongs (`malformed-amount`).
    Hyphen,
    /// "1,234, 567": a space inside the number (`malformed-amount`).
    SpaceInside,
    /// "1,000.": a period glued to the figure (`amount-punctuation`).
    Period,
}

#[derive(Debug, Clone)]
struct BulletSpec {
    words: Vec<&'static str>,
    /// A dash of the title's own: "PHAMSA - Zambia", "(CBBM – East Africa)".
    title_dash: Option<&'static str>,
    amount: u64,
    layout: Layout,
    fault: Fault,
    em_dash: bool,
    currency: &'static str,
    /// "– 25,000 USD": the currency after the number.
    currency_after: bool,
    /// For `SpaceInside`: "1 234 567" (every separator a space) rather than "1,234, 567".
    spaces_only: bool,
    nbsp: bool,
    annotation: Option<&'static str>,
    /// A bullet whose cost is carried elsewhere: no amount, a note instead.
    funded_elsewhere: bool,
    heading_before: bool,
    blank_before: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TotalLayout {
    /// "tOtal fundIng requIreMents fOr angOla \n – usd 1,000"
    SmallCaps,
    /// As `SmallCaps`, with a blank line before the amount.
    SmallCapsBlankLine,
    /// "tOtal fundIng requIreMents fOr the \nangOla – usd 1,000": the name over two lines.
    NameWrapped,
    /// "Total funding requirements for Angola: USD 1,000"
    OneLineColon,
    /// "Total funding requirements for Angola – USD 1,000"
    OneLineDash,
}

#[derive(Debug, Clone)]
struct SectionSpec {
    name: &'static str,
    prose: Vec<Vec<&'static str>>,
    bullets: Vec<BulletSpec>,
    total_layout: TotalLayout,
    /// Added to the listed sum to make the declared total (`total-mismatch` unless zero).
    delta: i64,
    total_hyphen: bool,
    /// A no-break space instead of the space after the statement's word `i` ("Total",
    /// "funding", "requirements", "for"), as other editions' extraction leaves them.
    total_nbsp: Option<usize>,
}

#[derive(Debug, Clone)]
struct EditionSpec {
    sections: Vec<SectionSpec>,
    /// The line end: `\n`, `\r\n`, or a lone `\r` as some extractors write.
    eol: &'static str,
    bom: bool,
}

// ---------------------------------------------------------------- strategies

const TITLE_WORDS: &[&str] = &[
    "Support",
    "to",
    "returnees",
    "Capacity",
    "building",
    "for",
    "migration",
    "management",
    "in",
    "the",
    "region",
    "Counter-trafficking",
    "initiative",
    "health",
    "programme",
    "labour",
    "mobility",
    "diaspora",
    "engagement",
    "assistance",
    "victims",
    "border",
    "officials",
    "training",
    "of",
    "and",
    "(MIDSA)",
    "community",
    "stabilization",
    "information",
    "campaign",
    "return",
    "reintegration",
    "displaced",
    "families",
    "Nairobi",
    "urban",
    "refugee",
    "women’s",
    "self-reliance",
    "co-operation",
];

const PROSE_WORDS: &[&str] = &[
    "IOM",
    "will",
    "continue",
    "to",
    "support",
    "the",
    "government",
    "in",
    "its",
    "efforts",
    "and",
    "migrants",
    "families",
    "of",
    "origin",
    "transit",
    "destination",
    "countries",
    "border",
    "management",
    "remains",
    "a",
    "major",
    "challenge",
    "capacity",
    "partners",
    "national",
    "regional",
    "level",
    "approximately USD 1.6 million",
    "some USD 24 billion",
    "60-70,000 people",
    "in 2007-2009",
    "– at national level –",
    "non-governmental",
    "co-operation",
    "IOM’s",
];

const NAMES: &[&str] = &[
    "Angola",
    "Kenya",
    "Rwanda",
    "Somalia",
    "Timor-Leste",
    "Côte d’Ivoire",
    "regional programmes",
    "Bosnia and Herzegovina",
    "Fiji",
    "the European Union",
    "Lao People’s Democratic Republic",
];

const ANNOTATIONS: &[&str] = &[
    "(co-funding requirement)",
    "(co-funding \nrequirement)",
    "c A P  2 0 0 8",
    "(Workplan 2009)",
];

const HEADINGS: &[&str] = &[
    "Migra t ion and Deve lopment",
    "Regu la t ing Migra t ion",
    "Counter-trafficking",
    "Technical Cooperation on Migration Management and Capacity Building",
    "Migra t ion Hea l t h",
];

fn layout() -> impl Strategy<Value = Layout> {
    select(vec![
        Layout::OneLine,
        Layout::GlyphAfterAmount,
        Layout::Wrapped,
        Layout::WrappedAcrossBlankLine,
        Layout::AmountOnNextLine,
        Layout::AmountAloneBelowTitle,
        Layout::GlyphInsideAmount,
        Layout::SplitAfterCurrency,
        Layout::LineStartGlyph,
    ])
}

fn fault() -> impl Strategy<Value = Fault> {
    // Mostly clean amounts, so that sections with no finding are common.
    prop_oneof![
        12 => Just(Fault::None),
        1 => Just(Fault::Hyphen),
        1 => Just(Fault::SpaceInside),
        1 => Just(Fault::Period),
    ]
}

fn amount() -> impl Strategy<Value = u64> {
    prop_oneof![1u64..1_000, 1_000u64..1_000_000, 1_000_000u64..60_000_000]
}

fn bullet() -> impl Strategy<Value = BulletSpec> {
    (
        (
            proptest::collection::vec(select(TITLE_WORDS), 2..9),
            proptest::option::weighted(
                0.1,
                select(vec![
                    "PHAMSA - Zambia",
                    "(CBBM – East Africa)",
                    "(2008 – 2010)",
                ]),
            ),
        ),
        amount(),
        layout(),
        fault(),
        (
            any::<bool>(),
            select(vec!["USD", "USD", "USD", "US$"]),
            proptest::bool::weighted(0.2),
            proptest::bool::weighted(0.1),
            any::<bool>(),
        ),
        proptest::option::weighted(0.15, select(ANNOTATIONS)),
        proptest::bool::weighted(0.08),
        (proptest::bool::weighted(0.2), proptest::bool::weighted(0.3)),
    )
        .prop_map(
            |(
                (words, title_dash),
                amount,
                layout,
                fault,
                (em_dash, currency, nbsp, currency_after, spaces_only),
                annotation,
                funded_elsewhere,
                (heading_before, blank_before),
            )| BulletSpec {
                words,
                title_dash,
                amount,
                layout,
                fault,
                em_dash: em_dash && layout == Layout::OneLine,
                currency,
                nbsp,
                currency_after,
                spaces_only,
                annotation,
                funded_elsewhere,
                heading_before,
                blank_before,
            },
        )
}

fn section() -> impl Strategy<Value = SectionSpec> {
    (
        select(NAMES),
        proptest::collection::vec(proptest::collection::vec(select(PROSE_WORDS), 5..40), 0..3),
        proptest::collection::vec(bullet(), 1..8),
        select(vec![
            TotalLayout::SmallCaps,
            TotalLayout::SmallCapsBlankLine,
            TotalLayout::NameWrapped,
            TotalLayout::OneLineColon,
            TotalLayout::OneLineDash,
        ]),
        prop_oneof![6 => Just(0i64), 1 => -50_000i64..-1, 1 => 1i64..5_000_000],
        proptest::bool::weighted(0.1),
    )
        .prop_map(
            |(name, prose, mut bullets, total_layout, delta, total_hyphen)| {
                // A bullet without amount stays open until a glyph or a total closes it: the next
                // bullet must begin with its glyph, as in the editions.
                for i in 1..bullets.len() {
                    if bullets[i - 1].funded_elsewhere && !bullets[i].layout.glyph_before_dash() {
                        bullets[i].layout = Layout::AmountOnNextLine;
                    }
                }
                SectionSpec {
                    name,
                    prose,
                    bullets,
                    total_layout,
                    delta,
                    total_hyphen: total_hyphen && total_layout != TotalLayout::OneLineColon,
                    total_nbsp: None,
                }
            },
        )
}

/// Editions whose total statements carry a no-break space between their words.
fn edition_with_nbsp_in_totals() -> impl Strategy<Value = EditionSpec> {
    (edition(), proptest::collection::vec(0usize..4, 7)).prop_map(|(mut spec, gaps)| {
        for (s, gap) in spec.sections.iter_mut().zip(gaps) {
            s.total_nbsp = Some(gap);
        }
        spec
    })
}

fn edition() -> impl Strategy<Value = EditionSpec> {
    (
        proptest::collection::vec(section(), 1..7),
        prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
        proptest::bool::weighted(0.3),
    )
        .prop_map(|(sections, eol, bom)| EditionSpec { sections, eol, bom })
}

// ---------------------------------------------------------------- rendering

/// Lines being written, with the 1-based number of the line being written.
#[derive(Default)]
struct Writer {
    lines: Vec<String>,
    current: String,
}

impl Writer {
    fn push(&mut self, s: &str) {
        self.current.push_str(s);
    }

    fn end_line(&mut self) {
        self.lines.push(std::mem::take(&mut self.current));
    }

    fn blank(&mut self) {
        self.end_line();
        self.end_line();
    }

    fn line(&self) -> usize {
        self.lines.len() + 1
    }

    /// Writes words as a paragraph wrapped near 64 characters, each line ending with a space
    /// as extracted.
    fn paragraph(&mut self, words: &[&str]) {
        let mut width = 0;
        for w in words {
            if width > 0 && width + w.len() > 64 {
                self.push(" ");
                self.end_line();
                width = 0;
            } else if width > 0 {
                self.push(" ");
                width += 1;
            }
            self.push(w);
            width += w.chars().count();
        }
        self.end_line();
    }

    fn finish(mut self, eol: &str, bom: bool) -> String {
        if !self.current.is_empty() {
            self.end_line();
        }
        let mut out = String::from(if bom { "\u{feff}" } else { "" });
        out.push_str(&self.lines.join(eol));
        out.push_str(eol);
        out
    }
}

fn grouped(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Small caps lost in extraction: lower case, with the letters the font maps to capitals.
fn small_caps(name: &str) -> String {
    name.chars()
        .map(|c| {
            let l = c.to_lowercase().next().unwrap_or(c);
            if matches!(l, 'o' | 'i' | 'm' | 'w' | 'k') {
                l.to_ascii_uppercase()
            } else {
                l
            }
        })
        .collect()
}

/// Letter spacing as in the edition's headings: "K e n y a".
fn letter_spaced(name: &str) -> String {
    name.split(' ')
        .map(|w| w.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("  ")
}

/// A word made of letters only, distinct for every `k`, so that no two titles are the same.
fn tag(mut k: usize) -> String {
    let mut out = String::from("Ref");
    loop {
        out.push(char::from(b'a' + u8::try_from(k % 26).expect("below 26")));
        k /= 26;
        if k == 0 {
            return out;
        }
    }
}

/// What the generated edition must produce.
#[derive(Debug, Default)]
struct Expected {
    /// (code, line) of every finding.
    findings: Vec<(&'static str, usize)>,
    /// (listed sum, declared total) of every section.
    sums: Vec<(Decimal, Decimal)>,
}

/// The digits of an amount, grouped, with a space inside where that is the fault.
fn number_text(amount: u64, fault: Fault, spaces_only: bool) -> String {
    let mut n = grouped(amount);
    if fault == Fault::SpaceInside && spaces_only {
        n = n.replace(',', " ");
    } else if fault == Fault::SpaceInside {
        let last = n
            .rfind(',')
            .expect("SpaceInside only for amounts of four digits or more");
        n.insert(last + 1, ' ');
    }
    n
}

fn write_bullet(w: &mut Writer, b: &BulletSpec, id: usize, exp: &mut Expected) {
    let mut words: Vec<String> = b.words.iter().map(|s| (*s).to_string()).collect();
    if let Some(d) = b.title_dash {
        words.insert(words.len() / 2, d.to_string());
    }
    words.push(tag(id));
    if b.funded_elsewhere {
        w.push(&words.join(" "));
        w.push(" •\t");
        w.end_line();
        w.push("(funding requirements included in the regional project)");
        w.end_line();
        return;
    }
    let fault = if b.fault == Fault::SpaceInside && b.amount < 1000 {
        Fault::None
    } else {
        b.fault
    };
    let dash = match (fault, b.em_dash) {
        (Fault::Hyphen, _) => "-",
        (_, true) => "—",
        _ => "–",
    };
    let sep = if b.nbsp { "\u{a0}" } else { " " };
    // "– USD 1,000" or "– 1,000 USD": what stands before the number, and after it.
    let (currency, after) = if b.currency_after {
        ("", format!(" {}", b.currency))
    } else {
        (b.currency, String::new())
    };
    let sep = if b.currency_after { "" } else { sep };
    let number = number_text(b.amount, fault, b.spaces_only);
    // A glued period follows the figure, or the currency written after it.
    let tail = format!("{after}{}", if fault == Fault::Period { "." } else { "" });
    let title = words.join(" ");
    let half = words.len().div_ceil(2);
    let (first, second) = (words[..half].join(" "), words[half..].join(" "));
    let line_of_number;
    match b.layout {
        Layout::OneLine | Layout::GlyphAfterAmount => {
            w.push(&format!("{title} {dash} {currency}{sep}"));
            line_of_number = w.line();
            w.push(&number);
            w.push(&tail);
            if b.layout == Layout::GlyphAfterAmount {
                w.push("•\t");
            }
        }
        Layout::Wrapped | Layout::WrappedAcrossBlankLine => {
            w.push(&format!("{first} •\t"));
            w.end_line();
            if b.layout == Layout::WrappedAcrossBlankLine {
                w.end_line();
            }
            w.push(&format!("{second} {dash} {currency}{sep}"));
            line_of_number = w.line();
            w.push(&number);
            w.push(&tail);
        }
        Layout::AmountOnNextLine | Layout::AmountAloneBelowTitle => {
            w.push(&title);
            w.push(if b.layout == Layout::AmountOnNextLine {
                " •\t"
            } else {
                " "
            });
            w.end_line();
            w.push(&format!("{dash} {currency}{sep}"));
            line_of_number = w.line();
            w.push(&number);
            w.push(&tail);
        }
        Layout::GlyphInsideAmount | Layout::SplitAfterCurrency => {
            w.push(&format!("{title} {dash} {currency}"));
            w.push(if b.layout == Layout::GlyphInsideAmount {
                " •\t"
            } else {
                ""
            });
            w.end_line();
            line_of_number = w.line();
            w.push(&number);
            w.push(&tail);
        }
        Layout::LineStartGlyph => {
            w.push(&format!("• {title} {dash} {currency}{sep}"));
            line_of_number = w.line();
            w.push(&number);
            w.push(&tail);
        }
    }
    if let Some(a) = b.annotation {
        w.push(" ");
        let mut parts = a.split('\n');
        w.push(parts.next().unwrap_or_default());
        for p in parts {
            w.end_line();
            w.push(p);
        }
    }
    w.push(" ");
    w.end_line();
    match fault {
        Fault::None => {}
        Fault::Hyphen | Fault::SpaceInside => {
            exp.findings.push(("malformed-amount", line_of_number));
        }
        Fault::Period => exp.findings.push(("amount-punctuation", line_of_number)),
    }
}

fn write_section(w: &mut Writer, s: &SectionSpec, first_id: usize, exp: &mut Expected) -> usize {
    let mut id = first_id;
    w.push(&letter_spaced(&small_caps(s.name)));
    w.blank();
    w.push("M i g r A t i o n  i s s u e s");
    w.blank();
    for p in &s.prose {
        w.paragraph(p);
        w.end_line();
    }
    w.push("P r o g r A M M e  A r e A s");
    w.blank();
    let mut listed: u64 = 0;
    for b in &s.bullets {
        if b.heading_before {
            w.end_line();
            w.push(HEADINGS[id % HEADINGS.len()]);
            w.end_line();
            // Under some headings a paragraph runs straight into the bullet, as in the edition.
            if b.blank_before {
                w.paragraph(&[
                    "The",
                    "government",
                    "responded",
                    "positively",
                    "to",
                    "the",
                    "activities",
                    "of",
                    "IOM’s",
                    "two-year",
                    "programme",
                    "and",
                    "has",
                    "embraced",
                    "the",
                    "opportunities",
                    "for",
                    "a",
                    "growing",
                    "partnership.",
                ]);
            }
        } else if b.blank_before {
            w.end_line();
        }
        write_bullet(w, b, id, exp);
        if !b.funded_elsewhere {
            listed += b.amount;
        }
        id += 1;
    }
    w.end_line();
    let declared = i64::try_from(listed).expect("small") + s.delta;
    // A negative delta larger than the sum would make a negative total: keep it foot instead.
    let declared = u64::try_from(declared).unwrap_or(listed);
    let number = grouped(declared);
    let dash = if s.total_hyphen { "-" } else { "–" };
    // "tOtal fundIng requIreMents fOr " (or in plain case), a no-break space after word `i`.
    let head = |words: [&str; 4]| {
        let mut out = String::new();
        for (i, word) in words.iter().enumerate() {
            out.push_str(word);
            out.push_str(if s.total_nbsp == Some(i) {
                "\u{a0}"
            } else {
                " "
            });
        }
        out
    };
    let small = head(["tOtal", "fundIng", "requIreMents", "fOr"]);
    let plain = head(["Total", "funding", "requirements", "for"]);
    let line_of_number;
    match s.total_layout {
        TotalLayout::SmallCaps | TotalLayout::SmallCapsBlankLine => {
            w.push(&format!("{small}{} ", small_caps(s.name)));
            w.end_line();
            if s.total_layout == TotalLayout::SmallCapsBlankLine {
                w.end_line();
            }
            w.push(&format!(" {dash} usd "));
            line_of_number = w.line();
            w.push(&number);
        }
        TotalLayout::NameWrapped => {
            w.push(&format!("{small}the "));
            w.end_line();
            w.push(&format!("{} {dash} usd ", small_caps(s.name)));
            line_of_number = w.line();
            w.push(&number);
        }
        TotalLayout::OneLineColon => {
            w.push(&format!("{plain}{}: USD ", s.name));
            line_of_number = w.line();
            w.push(&number);
        }
        TotalLayout::OneLineDash => {
            w.push(&format!("{plain}{} {dash} USD ", s.name));
            line_of_number = w.line();
            w.push(&number);
        }
    }
    w.push(" ");
    w.blank();
    if declared != listed {
        exp.findings.push(("total-mismatch", line_of_number));
    }
    if s.total_hyphen {
        exp.findings.push(("malformed-amount", line_of_number));
    }
    exp.sums
        .push((Decimal::from(listed), Decimal::from(declared)));
    id
}

fn render(spec: &EditionSpec) -> (String, Expected) {
    let mut w = Writer::default();
    let mut exp = Expected::default();
    w.push("MIGRATION INITIATIVES 2008");
    w.blank();
    w.paragraph(&[
        "IOM", "presents", "in", "this", "appeal", "the", "projects", "it", "intends", "to",
        "carry", "out.",
    ]);
    w.end_line();
    let mut id = 0;
    for s in &spec.sections {
        id = write_section(&mut w, s, id, &mut exp);
    }
    exp.findings.sort_unstable();
    (w.finish(spec.eol, spec.bom), exp)
}

// ---------------------------------------------------------------- properties

/// (code, line) of each finding, sorted.
type Findings = Vec<(&'static str, usize)>;
/// (listed sum, declared total) of each section.
type Sums = Vec<(Decimal, Decimal)>;

fn found(text: &str) -> (Findings, Sums, crossfoot::Checked) {
    let checked = crossfoot::check(Source::new("generated.txt", text), &Settings::default());
    let mut findings: Vec<_> = checked
        .diagnostics
        .iter()
        .map(|d| (d.code, checked.source.line_col(d.span.start).line))
        .collect();
    findings.sort_unstable();
    let sums = checked
        .document
        .sections
        .iter()
        .map(|s| (s.listed_sum(), s.declared().unwrap_or(Decimal::MIN)))
        .collect();
    (findings, sums, checked)
}

/// Shows the generated text with line numbers, for a failing case.
fn numbered(text: &str) -> String {
    let mut out = String::new();
    for (i, l) in crossfoot::source::split_lines_inclusive(text).enumerate() {
        let _ = writeln!(out, "{:>4} {}", i + 1, l.trim_end_matches(['\r', '\n']));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn findings_are_exactly_the_injected_faults(spec in edition()) {
        assert_exact(&spec)?;
    }

    /// Other editions have no-break spaces; inside a total statement they must read as spaces.
    #[test]
    fn no_break_spaces_in_total_statements(spec in edition_with_nbsp_in_totals()) {
        assert_exact(&spec)?;
    }
}

fn assert_exact(spec: &EditionSpec) -> Result<(), TestCaseError> {
    let (text, expected) = render(spec);
    let (findings, sums, checked) = found(&text);
    prop_assert_eq!(
        &sums,
        &expected.sums,
        "sections (listed, declared) differ\n{}",
        numbered(&text)
    );
    prop_assert_eq!(
        &findings,
        &expected.findings,
        "findings differ\n{:#?}\n{}",
        checked
            .diagnostics
            .iter()
            .map(|d| &d.message)
            .collect::<Vec<_>>(),
        numbered(&text)
    );
    let bullets: usize = spec.sections.iter().map(|s| s.bullets.len()).sum();
    prop_assert_eq!(
        checked.document.bullet_count(),
        bullets,
        "bullets\n{}",
        numbered(&text)
    );
    Ok(())
}

// ------------------------------------------------- number formats and currencies, per locale

/// How a generated document writes its figures.
#[derive(Debug, Clone, Copy)]
enum Locale {
    /// "EUR 1,234,567.50"
    English,
    /// "EUR 1.234.567,50"
    German,
    /// "CHF 1'234'567.50"
    Swiss,
}

/// `cents` hundredths, written with grouping in `locale`.
fn written(cents: u64, locale: Locale, with_cents: bool) -> String {
    let whole = (cents / 100).to_string();
    let (group, mark) = match locale {
        Locale::English => (',', '.'),
        Locale::German => ('.', ','),
        Locale::Swiss => ('\'', '.'),
    };
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if with_cents {
        let _ = write!(out, "{mark}{:02}", cents % 100);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// For every locale, a generated document's figures read back exactly as generated (cents
    /// included), and groups that foot give no finding at all; no configuration is given, so
    /// the locale and the currency are inferred.
    #[test]
    fn every_locale_reads_back_exactly(
        locale in select(vec![Locale::English, Locale::German, Locale::Swiss]),
        code in select(vec!["EUR", "CHF", "USD", "GBP"]),
        groups in prop::collection::vec(
            prop::collection::vec(100_000u64..900_000_000_000, 2..5),
            3..7,
        ),
        cents_in in 0usize..3,
    ) {
        let mut text = String::from("APPEAL\n\nRequirements by country.\n\n");
        let mut expected: Vec<Decimal> = Vec::new();
        for (g, items) in groups.iter().enumerate() {
            let _ = write!(text, "COUNTRY {}\n\nSome prose about the country.\n\n", ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN"][g]);
            let mut sum = 0u64;
            for (i, &c) in items.iter().enumerate() {
                // Cents on the first item of the first groups only, as documents do.
                let with_cents = g < cents_in && i == 0;
                // Cents, where written, are never ".00" (that is a finding of its own).
                let c = if with_cents { c - c % 100 + 1 + c % 99 } else { c - c % 100 };
                sum += c;
                expected.push(Decimal::new(i64::try_from(c).expect("fits"), 2));
                let _ = writeln!(text, "• Project {i} of group {g} – {code} {}", written(c, locale, with_cents));
            }
            let with_cents = !sum.is_multiple_of(100);
            let _ = write!(text, "\nTotal for Country {g}: {code} {}\n\n", written(sum, locale, with_cents));
            expected.push(Decimal::new(i64::try_from(sum).expect("fits"), 2));
        }
        let checked = crossfoot::check(Source::new("gen.txt", text.as_str()), &Settings::default());
        let read: Vec<Decimal> = checked.document.amounts().map(crossfoot::model::Amount::value).collect();
        prop_assert_eq!(read, expected, "{}", text);
        prop_assert!(checked.diagnostics.is_empty(), "{:#?}\n{}", checked.diagnostics, text);
    }
}

/// Words no table of wordings knows, for learned total statements: made of syllables that
/// spell no English or other word crossfoot looks for ("total", "sum").
const WORDING_SYLLABLES: &[&str] = &["ka", "vor", "mi", "len", "dro", "pes", "ul", "brak"];
/// Words of project titles: none is built from the syllables above.
const PROJECT_WORDS: &[&str] = &[
    "water", "shelter", "schools", "clinics", "seeds", "roads", "wells", "training", "cash",
    "repair", "latrines", "kits",
];

/// One generated group: its project amounts and how far its declared figure is off (0 when
/// it foots).
#[derive(Debug, Clone)]
struct LearnedGroup {
    items: Vec<u64>,
    off: u64,
}

/// A document whose totals are worded `wording NAME: n` (a colon, or nothing, before the
/// figure; the currency after the figure for the comma locale); returns the text and the line
/// of each group's statement.
fn learned_document(
    wording: &str,
    groups: &[LearnedGroup],
    comma: bool,
    colon: bool,
) -> (String, Vec<usize>) {
    let money = |v: u64| {
        let g = grouped(v);
        if comma {
            format!("{} EUR", g.replace(',', "."))
        } else {
            format!("USD {g}")
        }
    };
    let mut w = Writer::default();
    w.paragraph(&["Appeal", "of", "the", "year"]);
    w.end_line();
    let mut lines = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let name = format!("Province {}", tag(g));
        w.push(&name);
        w.end_line();
        w.blank();
        for (i, &v) in group.items.iter().enumerate() {
            let title = format!(
                "{} {} {}",
                PROJECT_WORDS[(g + i) % PROJECT_WORDS.len()],
                PROJECT_WORDS[(g * 3 + i + 5) % PROJECT_WORDS.len()],
                tag(i)
            );
            w.push(&format!("- {title} – {}", money(v)));
            w.end_line();
        }
        w.blank();
        let declared = group.items.iter().sum::<u64>() + group.off;
        lines.push(w.line());
        let sep = if colon { ":" } else { "" };
        w.push(&format!("{wording} {name}{sep} {}", money(declared)));
        w.end_line();
        w.blank();
    }
    (w.finish("\n", false), lines)
}

fn learned_group(wrong: bool) -> impl Strategy<Value = LearnedGroup> {
    (
        prop::collection::vec(1_000u64..900_000, 2..6),
        if wrong { 1u64..50_000 } else { 0u64..1 },
    )
        .prop_map(|(items, off)| LearnedGroup {
            items: items.into_iter().map(|v| v * 10).collect(),
            off: off * 10,
        })
}

fn wording() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::collection::vec(select(WORDING_SYLLABLES.to_vec()), 2..4),
        1..3,
    )
    .prop_map(|words| {
        let mut words: Vec<String> = words.into_iter().map(|s| s.concat()).collect();
        // Capitalized, as a statement opens.
        if let Some(first) = words.first_mut() {
            let mut c = first.chars();
            *first = c
                .next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect());
        }
        words.join(" ")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A document whose totals are worded in a way no table knows, with N groups of which K
    /// (well under N) do not foot: the wording is learned from the others, and the findings are
    /// exactly the K groups' `total-mismatch` and one `learned-total`.
    #[test]
    fn learned_wording_finds_exactly_the_wrong_groups(
        wording in wording(),
        comma in any::<bool>(),
        colon in any::<bool>(),
        right in prop::collection::vec(learned_group(false), 6..13),
        wrong in prop::collection::vec((learned_group(true), any::<prop::sample::Index>()), 0..3),
    ) {
        let mut groups = right;
        for (g, at) in wrong {
            let i = at.index(groups.len() + 1);
            groups.insert(i, g);
        }
        let (text, lines) = learned_document(&wording, &groups, comma, colon);
        let (findings, _, checked) = found(&text);
        let mut want: Vec<(&str, usize)> = groups
            .iter()
            .zip(&lines)
            .filter(|(g, _)| g.off != 0)
            .map(|(_, &l)| ("total-mismatch", l))
            .collect();
        let first_footing = groups.iter().zip(&lines).find(|(g, _)| g.off == 0).map(|(_, &l)| l);
        want.extend(first_footing.map(|l| ("learned-total", l)));
        want.sort_unstable();
        prop_assert_eq!(
            &findings,
            &want,
            "learned {:?}\n{}",
            checked.document.learned,
            numbered(&text)
        );
    }

    /// When no group foots, nothing can be learned: the document is not read, and says so,
    /// rather than inventing totals.
    #[test]
    fn nothing_is_learned_when_no_group_foots(
        wording in wording(),
        comma in any::<bool>(),
        groups in prop::collection::vec(learned_group(true), 4..10),
        colon in any::<bool>(),
    ) {
        let (text, _) = learned_document(&wording, &groups, comma, colon);
        let (findings, _, checked) = found(&text);
        prop_assert!(checked.document.learned.is_none());
        let codes: Vec<&str> = findings.iter().map(|f| f.0).collect();
        prop_assert_eq!(codes, vec!["no-sections"], "{}", numbered(&text));
    }
}

// ------------------------------------------------------- two columns side by side (issue 15)

/// The lines of a generated appeal in one column: sections of short items, some totals off.
fn column_text(sections: &[(u32, Vec<u32>, i64)]) -> Vec<String> {
    let mut lines = vec!["Flood appeal 2027".to_string(), String::new()];
    for (k, (name, items, off)) in sections.iter().enumerate() {
        let name = format!("District {}", tag(*name as usize + k * 7));
        lines.push(name.clone());
        lines.push(String::new());
        let mut sum: i64 = 0;
        for (i, v) in items.iter().enumerate() {
            let v = u64::from(*v) * 500;
            sum += i64::try_from(v).expect("small");
            lines.push(format!("• Relief item {} – USD {}", tag(i), grouped(v)));
        }
        let declared = u64::try_from(sum + off).expect("positive");
        lines.push(format!("Total funding requirements for {name} –"));
        lines.push(format!("USD {}", grouped(declared)));
        lines.push(String::new());
    }
    lines
}

/// The same lines set in two columns, as `pdftotext -layout` writes them: the first half on the
/// left, the second half on the right from column 52, with a running header and a footer.
fn side_by_side(lines: &[String]) -> String {
    let half = lines.len().div_ceil(2);
    let mut out = String::from(
        "                        Flood appeal 2027 – Joint Appeal of the Partners\n\n",
    );
    for i in 0..half {
        let left = &lines[i];
        match lines.get(half + i) {
            Some(right) if !right.is_empty() => {
                let _ = writeln!(out, "{left:<52}{right}");
            }
            _ => {
                let _ = writeln!(out, "{left}");
            }
        }
    }
    out.push_str("\n                                   Page 1 of 1\n");
    out
}

fn mismatches(text: &str) -> Vec<(String, Option<Decimal>, Option<Decimal>)> {
    let checked = crossfoot::check(Source::new("t.txt", text), &Settings::default());
    checked
        .diagnostics
        .iter()
        .filter(|d| d.code == "total-mismatch")
        .map(|d| {
            (
                d.section.clone().unwrap_or_default(),
                d.declared,
                d.computed,
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// An appeal set in two columns side by side gives the sum findings of the same appeal in
    /// one column, and each points at the same figure in the original bytes.
    #[test]
    fn two_columns_give_the_findings_of_one(
        sections in prop::collection::vec(
            (0u32..1000, prop::collection::vec(1u32..4000, 2..5), prop_oneof![4 => Just(0i64), 1 => Just(5_000i64), 1 => Just(-500i64)]),
            4..10,
        )
    ) {
        let lines = column_text(&sections);
        let one = lines.join("\n") + "\n";
        let two = side_by_side(&lines);
        // Findings come in the order of the original bytes: compare them as sets.
        let mut expected = mismatches(&one);
        expected.sort();
        let mut found = mismatches(&two);
        found.sort();
        prop_assert_eq!(expected.len(), sections.iter().filter(|s| s.2 != 0).count(), "{}", one);
        prop_assert_eq!(found, expected, "{}", two);
        // Every finding's figure is the declared figure in the two-column text.
        let checked = crossfoot::check(Source::new("t.txt", two.as_str()), &Settings::default());
        for d in checked.diagnostics.iter().filter(|d| d.code == "total-mismatch") {
            let figure = &two[d.span.start..d.span.end];
            let declared = d.declared.expect("declared").to_string();
            prop_assert_eq!(figure.replace(',', ""), declared, "{}", two);
        }
    }
}
