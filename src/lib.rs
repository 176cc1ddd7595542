//! crossfoot: a linter that checks that the figures of a funding appeal foot and cross-foot.
//!
//! The entry points are [`check`] (text in, findings out) and [`decode`] (bytes to text, or a
//! clear error). The CLI in `main.rs` is a thin layer over them.

pub mod diagnostic;
pub mod error;
pub mod hints;
pub mod model;
pub mod money;
pub mod output;
pub mod parse;
pub mod rules;
pub mod source;

use rust_decimal::Decimal;

pub use diagnostic::{Diagnostic, Severity};
pub use error::Error;
pub use model::Document;
pub use source::{Source, Span};

/// What shapes the findings of a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// An absolute amount within which a sum is taken to foot (default 0).
    pub tolerance: Decimal,
    /// The currency code of the edition, for messages and fixes (default USD).
    pub currency: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            tolerance: Decimal::ZERO,
            currency: "USD".to_string(),
        }
    }
}

/// The outcome of checking one document.
#[derive(Debug, Clone)]
pub struct Checked {
    pub source: Source,
    pub document: Document,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses and checks one document.
#[must_use]
pub fn check(source: Source, settings: &Settings) -> Checked {
    let document = parse::parse(&source.text, settings.tolerance);
    let ctx = rules::Context {
        source: &source,
        doc: &document,
        tolerance: settings.tolerance,
        currency: &settings.currency,
    };
    let diagnostics = rules::check_all(&ctx);
    Checked {
        source,
        document,
        diagnostics,
    }
}

/// Turns the bytes of a file into text, or says clearly why they are not text.
///
/// # Errors
/// [`Error::Binary`] for a NUL byte, [`Error::NotUtf8`] with the offset of the first invalid
/// byte.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Error> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(Error::Binary {
            path: name.to_string(),
            offset,
        });
    }
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: name.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}
