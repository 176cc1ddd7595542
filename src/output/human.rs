//! The human format: miette's graphical report for each finding, then a summary line.

use std::fmt::Write as _;

use miette::{LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Source;

/// Lets miette read excerpts through our line index instead of rescanning the text per label.
struct IndexedSource<'a>(&'a Source);

impl SourceCode for IndexedSource<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let src = self.0;
        let text = src.text.as_bytes();
        let start = span.offset();
        let end = start + span.len();
        if end > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let lines = &src.lines;
        let first_line = lines.line(start).saturating_sub(context_lines_before);
        let last_of_span = lines.line(end.saturating_sub(1).max(start));
        let last_line = (last_of_span + context_lines_after).min(lines.line_count() - 1);
        let data_start = lines.line_start(first_line);
        let data_end = if last_line + 1 < lines.line_count() {
            lines.line_start(last_line + 1)
        } else {
            text.len()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            src.name.clone(),
            &text[data_start..data_end],
            (data_start, data_end - data_start).into(),
            first_line,
            0,
            last_line + 1,
        )))
    }
}

/// One finding seen through miette's `Diagnostic` trait.
struct Report<'a> {
    diag: &'a Diagnostic,
    source: IndexedSource<'a>,
    fix_note: Option<String>,
    /// Which labels to point at (the others are folded into `folded`).
    keep: Vec<bool>,
    /// Labels told as text, when pointing at them would print a page.
    folded: Option<String>,
}

/// How many lines the labels of one finding may span before a listing is folded.
const MAX_SNIPPET_LINES: usize = 24;

/// Which labels of `d` to point at; the others are told as text ("first listed here: line
/// 8937"): a label far from the primary span would make miette print every line between them.
/// Listing labels are folded all together when they span more than `MAX_SNIPPET_LINES`.
fn fold_labels(source: &Source, d: &Diagnostic) -> (Vec<bool>, Option<String>) {
    let line = |o: usize| source.lines.line(o);
    let primary = line(d.span.start);
    let listing_lines = d
        .labels
        .iter()
        .filter(|l| l.listing)
        .map(|l| line(l.span.start));
    let (lo, hi) = listing_lines
        .chain([primary])
        .fold((usize::MAX, 0), |(lo, hi), l| (lo.min(l), hi.max(l)));
    let fold_listing = hi.saturating_sub(lo) > MAX_SNIPPET_LINES;
    let mut keep = Vec::with_capacity(d.labels.len());
    let mut listed = Vec::new();
    let mut far = Vec::new();
    for l in &d.labels {
        let at = line(l.span.start);
        if l.listing && fold_listing {
            listed.push(format!("{} (line {})", l.message, at + 1));
            keep.push(false);
        } else if !l.listing && at.abs_diff(primary) > MAX_SNIPPET_LINES {
            far.push(format!("{}: line {}", l.message, at + 1));
            keep.push(false);
        } else {
            keep.push(true);
        }
    }
    let mut text = far;
    if !listed.is_empty() {
        text.push(format!("listed: {}", listed.join(", ")));
    }
    (keep, (!text.is_empty()).then(|| text.join("\n")))
}

impl std::fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Report")
            .field("code", &self.diag.code)
            .finish()
    }
}

impl std::fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.diag.message)
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        Some(Box::new(self.diag.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diag.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        let parts: Vec<String> = [
            self.diag.help.clone(),
            self.folded.clone(),
            self.fix_note.as_ref().map(|f| format!("fix: {f}")),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| Box::new(parts.join("\n")) as Box<dyn std::fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let d = self.diag;
        let primary = LabeledSpan::new_primary_with_span(
            d.primary_label.clone(),
            (d.span.start, d.span.len()),
        );
        let rest = d
            .labels
            .iter()
            .zip(&self.keep)
            .filter(|(_, keep)| **keep)
            .map(|(l, _)| l)
            .map(|l| {
                LabeledSpan::new_with_span(Some(l.message.clone()), (l.span.start, l.span.len()))
            });
        Some(Box::new(std::iter::once(primary).chain(rest)))
    }
}

/// Options of the human renderer.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    pub color: bool,
    pub width: usize,
}

/// Renders every finding of one file.
pub fn render(out: &mut String, source: &Source, diags: &[Diagnostic], opts: HumanOptions) {
    let theme = if opts.color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme)
        .with_width(opts.width)
        .with_links(false)
        .with_context_lines(1);
    for d in diags {
        let fix_note = d.fix.as_ref().map(|f| {
            let kind = match f.applicability {
                crate::diagnostic::Applicability::Safe => "",
                crate::diagnostic::Applicability::Unsafe => " (unsafe)",
            };
            format!("{}{kind}", f.title)
        });
        let (keep, folded) = fold_labels(source, d);
        let report = Report {
            diag: d,
            source: IndexedSource(source),
            fix_note,
            keep,
            folded,
        };
        // Writing into a String cannot fail.
        let _ = handler.render_report(out, &report);
        out.push('\n');
    }
}

/// "2 errors, 9 warnings and 1 info in 1 file".
#[must_use]
pub fn summary(diags: &[&Diagnostic], files: usize) -> String {
    let count = |s: Severity| diags.iter().filter(|d| d.severity == s).count();
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut line = String::new();
    let _ = write!(
        line,
        "{}, {}, {} in {}",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Info), "info"),
        plural(files, "file"),
    );
    line
}
