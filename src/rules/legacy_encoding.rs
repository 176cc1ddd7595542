//! `legacy-encoding`: the file is not UTF-8; its other bytes were read as Windows-1252.

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, declare_rule};
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Says that a file is not UTF-8 text: each byte of it that is not UTF-8 was read as
    /// Windows-1252, the encoding of the Latin-1 exports of older Windows tools (every byte is
    /// a character in it, so the whole file was read and checked), and runs of valid UTF-8 as
    /// they are. The findings quote the text as decoded.
    ///
    /// UTF-8 with or without a byte-order mark, and UTF-16 with a byte-order mark, are read
    /// without a finding.
    ///
    /// ## Why is this bad?
    /// A file in another single-byte encoding (Latin-2, Cyrillic) reads as Windows-1252 without
    /// any error, with its accented letters wrong: names in the messages may be garbled, and the
    /// file cannot be told apart by its bytes alone.
    ///
    /// ## Example
    /// A file saved as "ANSI" by an old editor: `Caf\xe9 project \x96 USD 1,000`.
    ///
    /// ## Fix safety
    /// There is no fix, and `crossfoot fix` does not write such a file back (it writes UTF-8
    /// only): convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`.
    pub static LEGACY_ENCODING = {
        code: "legacy-encoding",
        severity: Warning,
        summary: "the file is not UTF-8 and was read as Windows-1252",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    match ctx.source.encoding {
        Some(encoding) if !encoding.starts_with("UTF-") => vec![
            Diagnostic::new(
                &LEGACY_ENCODING,
                Span::new(0, 0),
                format!(
                    "the file is not UTF-8: the bytes that are not UTF-8 were read as {encoding}"
                ),
            )
            .with_help(format!(
                "check that accented letters read right; convert the file to UTF-8 (iconv -f \
                 {encoding} -t UTF-8) so that `crossfoot fix` can write it"
            )),
        ],
        _ => Vec::new(),
    }
}
