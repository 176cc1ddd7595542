//! crossfoot: a linter that checks that the figures of a funding appeal foot and cross-foot.
//!
//! The entry points are [`check`] (text in, findings out) and [`decode`] (bytes to text, or a
//! clear error). The CLI in `main.rs` is a thin layer over them.

pub mod baseline;
pub mod blocks;
pub mod columns;
pub mod config;
pub mod diagnostic;
pub mod error;
pub mod fix;
pub mod hash;
pub mod hints;
pub mod listing;
pub mod model;
pub mod money;
pub mod output;
pub mod parse;
pub mod report;
pub mod rules;
pub mod source;
pub mod tables;
pub mod text;
pub mod words;

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

pub use config::Level;
pub use diagnostic::{Diagnostic, Severity};
pub use error::Error;
pub use model::Document;
pub use source::{Source, Span};

/// What shapes the findings of a check.
///
/// `tolerance` and `currency` are read by the rules; the rest is applied to their findings
/// afterwards: `ignore` wins over everything, then `select`, then the levels in `rules`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// An absolute amount within which a sum is taken to foot (default 0).
    pub tolerance: Decimal,
    /// The currency code of the edition, for messages and fixes (default USD).
    pub currency: String,
    /// Whether `currency` was configured; else the currency most of the document's figures are
    /// written in is used, and `currency` only when they write none.
    pub currency_configured: bool,
    /// Levels set per rule code by the configuration: a severity, or off.
    pub rules: BTreeMap<String, Level>,
    /// When given, only these codes are reported (`--select`); this overrides `off` in `rules`.
    pub select: Option<BTreeSet<String>>,
    /// Codes never reported (`--ignore`).
    pub ignore: BTreeSet<String>,
    /// Whether `title-mismatch` also reports, at info, titles that differ only by variants
    /// (spelling, plural, articles, abbreviations, a suffix).
    pub title_variants: bool,
}

impl Settings {
    /// The currency of `doc`'s messages and fixes: the configured one, else the one most of its
    /// figures are written in, else the default.
    #[must_use]
    pub fn currency_of<'a>(&'a self, doc: &Document) -> &'a str {
        match doc.currency {
            Some(code) if !self.currency_configured => code,
            _ => &self.currency,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            tolerance: Decimal::ZERO,
            currency: "USD".to_string(),
            currency_configured: false,
            rules: BTreeMap::new(),
            select: None,
            ignore: BTreeSet::new(),
            title_variants: false,
        }
    }
}

impl Settings {
    /// Whether findings of the rule with this code are reported.
    #[must_use]
    pub fn enabled(&self, code: &str) -> bool {
        if self.ignore.contains(code) {
            return false;
        }
        match &self.select {
            Some(select) => select.contains(code),
            None => self.rules.get(code) != Some(&Level::Off),
        }
    }

    /// The severity a finding of `code` is reported at: the configured one, else `default`.
    #[must_use]
    pub fn severity(&self, code: &str, default: Severity) -> Severity {
        self.rules
            .get(code)
            .and_then(|l| l.severity())
            .unwrap_or(default)
    }

    /// Drops the findings of rules that are not enabled and sets the configured severities.
    #[must_use]
    pub fn apply(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter(|d| self.enabled(d.code))
            .map(|mut d| {
                d.severity = self.severity(d.code, d.severity);
                d
            })
            .collect()
    }
}

/// The outcome of checking one document.
#[derive(Debug, Clone)]
pub struct Checked {
    pub source: Source,
    pub document: Document,
    /// The appendix: tables, programme blocks, membership of sections in regions.
    pub tables: tables::Tables,
    pub diagnostics: Vec<Diagnostic>,
    /// How the text was read: as written, or its pages column by column.
    pub order: parse::Order,
}

/// Reads one document: its narrative, then its appendix, whose money columns without a
/// currency of their own are in the document's currency.
#[must_use]
pub fn read(source: &Source, settings: &Settings) -> Document {
    read_in(source, settings, parse::Order::AsWritten)
}

/// [`read`] of a text in the given order.
fn read_in(source: &Source, settings: &Settings, order: parse::Order) -> Document {
    let mut document = parse::parse_indexed(&source.text, &source.lines, settings.tolerance, order);
    let currency = settings.currency_of(&document).to_string();
    parse::read_appendix(&source.text, &source.lines, &mut document, &currency);
    document
}

/// Reads and checks one document.
#[must_use]
pub fn check(source: Source, settings: &Settings) -> Checked {
    let Some(order) = columns::reading_order(&source.text) else {
        return check_as_read(source, settings, parse::Order::AsWritten);
    };
    // Pages set in two columns are read column by column; findings, fixes and the document
    // then point at the original bytes again.
    let inner =
        Source::new(source.name.clone(), order.text.as_str()).with_encoding(source.encoding);
    let mut checked = check_as_read(inner, settings, parse::Order::Reordered);
    order.map_document(&mut checked.document);
    // The matching again, over the document at the original bytes, for the report.
    checked.tables = tables::Tables::build(
        &source,
        &checked.document,
        settings.currency_of(&checked.document),
        settings.tolerance,
    );
    for d in &mut checked.diagnostics {
        order.map_diagnostic(d, &source.text);
    }
    rules::sort(&mut checked.diagnostics);
    checked.source = source;
    checked
}

/// Checks a text in the order it stands.
fn check_as_read(source: Source, settings: &Settings, order: parse::Order) -> Checked {
    let document = read_in(&source, settings, order);
    let currency = settings.currency_of(&document);
    let tables = tables::Tables::build(&source, &document, currency, settings.tolerance);
    let ctx = rules::Context {
        source: &source,
        doc: &document,
        tolerance: settings.tolerance,
        currency,
        tables: &tables,
        title_variants: settings.title_variants,
    };
    // Messages quote figures as the document writes them ("EUR 1.234.567" in a document with
    // a decimal comma, "CHF 1'573'000" in one grouped with apostrophes).
    let (sep, mark) = rules::write_style(&document, &source.text);
    // Settings apply after the rules ran, so rules never need to know about them.
    let diagnostics = settings.apply(money::in_style(sep, mark, || rules::check_all(&ctx)));
    Checked {
        source,
        document,
        tables,
        diagnostics,
        order,
    }
}

/// Text decoded from the bytes of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding the bytes were read from when it was not UTF-8 ("UTF-16LE",
    /// "Windows-1252"): `fix` does not write such a file back.
    pub encoding: Option<&'static str>,
}

/// Turns the bytes of a file into text, or says clearly why they are not text.
///
/// UTF-8 (with or without a byte-order mark) is read as it is; UTF-16 with a byte-order mark is
/// decoded; in text that holds no NUL, each byte that is not UTF-8 is read as Windows-1252
/// (which maps every byte), as the Latin-1 exports of older tools are.
///
/// # Errors
/// [`Error::WideText`] for UTF-32, or UTF-16 that does not decode; [`Error::Binary`] for a NUL
/// byte in text that is not UTF-16.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<Decoded, Error> {
    // Checked before NUL bytes: UTF-16 and UTF-32 text is full of them. UTF-32's little-endian
    // mark begins with UTF-16's.
    let wide = match bytes.as_slice() {
        [0xFF, 0xFE, 0, 0, ..] => Some(("UTF-32", "little-endian", None)),
        [0, 0, 0xFE, 0xFF, ..] => Some(("UTF-32", "big-endian", None)),
        [0xFF, 0xFE, ..] => Some(("UTF-16", "little-endian", Some(encoding_rs::UTF_16LE))),
        [0xFE, 0xFF, ..] => Some(("UTF-16", "big-endian", Some(encoding_rs::UTF_16BE))),
        _ => None,
    };
    if let Some((encoding, byte_order, utf16)) = wide {
        let text = utf16.and_then(|e| {
            e.decode_without_bom_handling_and_without_replacement(&bytes[2..])
                .map(std::borrow::Cow::into_owned)
        });
        return text
            .map(|text| Decoded {
                text,
                encoding: utf16.map(encoding_rs::Encoding::name),
            })
            .ok_or_else(|| Error::WideText {
                path: name.to_string(),
                encoding,
                byte_order,
            });
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(Error::Binary {
            path: name.to_string(),
            offset,
        });
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            encoding: None,
        },
        Err(e) => {
            // Runs of valid UTF-8 stay as they are (a UTF-8 file with one stray Latin-1 byte
            // keeps its dashes); each byte that is not UTF-8 is read as Windows-1252.
            let bytes = e.as_bytes();
            let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                let (bad, _) =
                    encoding_rs::WINDOWS_1252.decode_without_bom_handling(chunk.invalid());
                text.push_str(&bad);
            }
            Decoded {
                text,
                encoding: Some(encoding_rs::WINDOWS_1252.name()),
            }
        }
    })
}

/// The region and sub-region of each section of a checked document, in section order (`None`
/// where the document does not say).
#[must_use]
pub fn membership(checked: &Checked) -> Vec<(Option<String>, Option<String>)> {
    (0..checked.document.sections.len())
        .map(
            |i| match checked.tables.places.get(i).and_then(Option::as_ref) {
                Some(p) => (Some(p.region.clone()), Some(p.sub_region.clone())),
                None => (None, None),
            },
        )
        .collect()
}
