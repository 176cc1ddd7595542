//! The human format: miette's graphical report for each finding, then a summary line.

use std::fmt::Write as _;

use miette::{LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::{Source, Span};

/// A line of at most this many characters is shown whole; a longer one as a window.
const MAX_LINE_COLUMNS: usize = 160;
/// How many characters a window of a long line shows.
const WINDOW_COLUMNS: usize = 120;
/// How many of them stand before the span the window is centred on.
const WINDOW_BEFORE: usize = 40;
/// What stands for the part of a long line left out of its window.
const ELLIPSIS: &str = "…";

/// One line of an excerpt: which bytes of the source it shows, and where they are in the
/// excerpt's text.
#[derive(Debug, Clone, Copy)]
struct ExcerptLine {
    /// Offset of this line's first byte in the excerpt's text (its ellipsis, if any).
    at: usize,
    /// Offset in the excerpt's text of the first byte copied from the source.
    copied_at: usize,
    /// The source bytes shown: a window of the line's text, or all of it.
    shown: Span,
    /// 0-based column of `shown.start` on its line in the source.
    column: usize,
    /// Whether the whole line is shown (it is not longer than [`MAX_LINE_COLUMNS`]).
    whole: bool,
}

/// The lines a finding points at, as miette is given them: a copy of those lines (and one line
/// of context either side) where each line longer than [`MAX_LINE_COLUMNS`] is cut to a window
/// of [`WINDOW_COLUMNS`] around the span on it, with an ellipsis for what is left out, and every
/// line end written `\n`. Spans are given to miette in the excerpt's offsets; the line numbers
/// and the header's line and column are the source's.
///
/// miette copies each line it shows and pads its underlines with `format!` widths: handed a
/// whole 1 MB line, it copies the line for every finding on it and panics on a width above
/// `u16::MAX`. A window keeps both to the window's size, and a lone CR (a line end to crossfoot,
/// not to miette) is written `\n`.
struct Excerpt {
    name: String,
    text: String,
    /// 0-based source line of the excerpt's first line.
    first_line: usize,
    lines: Vec<ExcerptLine>,
}

/// The offset `n` characters before `at` in `text`, not before `floor`.
fn chars_back(text: &str, floor: usize, at: usize, n: usize) -> usize {
    text[floor..at]
        .char_indices()
        .rev()
        .take(n)
        .last()
        .map_or(at, |(i, _)| floor + i)
}

/// The offset `n` characters after `at` in `text`, not after `ceil`.
fn chars_forward(text: &str, at: usize, ceil: usize, n: usize) -> usize {
    text[at..ceil]
        .char_indices()
        .nth(n)
        .map_or(ceil, |(i, _)| at + i)
}

impl Excerpt {
    /// The excerpt of `source` that shows `spans` (the primary span first). Returns it with the
    /// primary span in the excerpt's offsets, and each other span in them too, or `None` for
    /// one that starts on a long line outside the window shown of it.
    fn new(source: &Source, spans: &[Span]) -> (Self, SourceSpan, Vec<Option<SourceSpan>>) {
        let text = &*source.text;
        let idx = &source.lines;
        let last_line_of = |s: Span| idx.line(s.end.saturating_sub(1).max(s.start));
        let lo = spans.iter().map(|s| idx.line(s.start)).min().unwrap_or(0);
        let hi = spans.iter().map(|&s| last_line_of(s)).max().unwrap_or(0);
        let first_line = lo.saturating_sub(1);
        let last = (hi + 1).min(idx.line_count() - 1);
        // The bytes of `line` to show: all of its text, or a window of it. A long line is cut
        // around the first span that starts on it; a long line without one at `aligned`, the
        // column of the primary span's window, so that the excerpt reads like a view of the
        // page.
        let window = |line: usize, aligned: usize| {
            let start = idx.line_start(line);
            let next = idx.next_start(line, text.len());
            let end = idx.content_end(line, text);
            let long = end - start > MAX_LINE_COLUMNS
                && text[start..end].chars().nth(MAX_LINE_COLUMNS).is_some();
            if !long {
                return (Span::new(start, end), 0, true, end, next);
            }
            let anchor = spans.iter().find(|s| (start..next).contains(&s.start));
            let (from, before) = match anchor {
                Some(s) => (s.start.min(end), WINDOW_BEFORE),
                None => (source.offset_at_column(line, aligned).min(end), 0),
            };
            let mut ws = chars_back(text, start, from, before);
            let we = chars_forward(text, ws, end, WINDOW_COLUMNS);
            if we == end {
                ws = ws.min(chars_back(text, start, end, WINDOW_COLUMNS));
            }
            let column = if ws == start {
                0
            } else {
                source.line_col(ws).column - 1
            };
            (Span::new(ws, we), column, false, end, next)
        };
        let primary_line = idx.line(spans.first().map_or(0, |s| s.start));
        let aligned = window(primary_line, 0).1;
        let mut out = String::new();
        let mut lines = Vec::with_capacity(last + 1 - first_line);
        for line in first_line..=last {
            let (shown, column, whole, end, next) = window(line, aligned);
            let at = out.len();
            if shown.start > idx.line_start(line) {
                out.push_str(ELLIPSIS);
            }
            let copied_at = out.len();
            out.push_str(&text[shown.start..shown.end]);
            if shown.end < end {
                out.push_str(ELLIPSIS);
            }
            if next > end {
                out.push('\n');
            }
            lines.push(ExcerptLine {
                at,
                copied_at,
                shown,
                column,
                whole,
            });
        }
        let excerpt = Self {
            name: source.name.clone(),
            text: out,
            first_line,
            lines,
        };
        let map = |s: &Span| {
            let a = excerpt.map(idx, s.start);
            let b = excerpt.map(idx, s.end).max(a);
            SourceSpan::from((a, b - a))
        };
        let primary = spans.first().map_or_else(|| SourceSpan::from((0, 0)), map);
        let others = spans
            .iter()
            .skip(1)
            .map(|s| {
                let start_line = &excerpt.lines[idx.line(s.start) - first_line];
                let visible = start_line.whole
                    || (start_line.shown.start..=start_line.shown.end).contains(&s.start);
                visible.then(|| map(s))
            })
            .collect();
        (excerpt, primary, others)
    }

    /// The excerpt offset of source offset `offset` (on one of its lines), clamped to what is
    /// shown of that line.
    fn map(&self, idx: &crate::source::LineIndex, offset: usize) -> usize {
        let line = idx
            .line(offset)
            .clamp(self.first_line, self.first_line + self.lines.len() - 1);
        let l = &self.lines[line - self.first_line];
        l.copied_at + offset.clamp(l.shown.start, l.shown.end) - l.shown.start
    }

    /// The excerpt line holding excerpt offset `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.at <= offset)
            .saturating_sub(1)
    }
}

impl SourceCode for Excerpt {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let start = span.offset();
        let end = start + span.len();
        if end > self.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let first = self.line_of(start).saturating_sub(context_lines_before);
        let last = (self.line_of(end.saturating_sub(1).max(start)) + context_lines_after)
            .min(self.lines.len() - 1);
        let data_start = self.lines[first].at;
        let data_end = self.lines.get(last + 1).map_or(self.text.len(), |l| l.at);
        // The column of `start` on its source line, for the header: the column where its
        // excerpt line's copy begins, plus the characters up to `start`.
        let l = &self.lines[self.line_of(start)];
        let column = l.column
            + self
                .text
                .get(l.copied_at..start.max(l.copied_at))
                .map_or(0, |s| s.chars().count());
        // Every line of the excerpt counts as covered, so that miette draws the labels of one
        // finding in one snippet (they lie within `MAX_SNIPPET_LINES` of each other).
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &self.text.as_bytes()[data_start..data_end],
            (data_start, data_end - data_start).into(),
            self.first_line + first,
            column,
            self.lines.len(),
        )))
    }
}

/// One finding seen through miette's `Diagnostic` trait.
struct Report<'a> {
    diag: &'a Diagnostic,
    excerpt: Excerpt,
    /// The primary span and the labels pointed at, in the excerpt's offsets.
    labels: Vec<LabeledSpan>,
    /// The help, the labels told as text, and the fix.
    help: Option<String>,
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
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.excerpt)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
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
        let kept: Vec<&crate::diagnostic::Label> = d
            .labels
            .iter()
            .zip(&keep)
            .filter_map(|(l, keep)| keep.then_some(l))
            .collect();
        let spans: Vec<Span> = std::iter::once(d.span)
            .chain(kept.iter().map(|l| l.span))
            .collect();
        let (excerpt, primary, mapped) = Excerpt::new(source, &spans);
        let mut labels = Vec::with_capacity(spans.len());
        labels.push(LabeledSpan::new_primary_with_span(
            d.primary_label.clone(),
            primary,
        ));
        // A label on a long line outside the window shown of it is told as text, listing
        // labels in one sentence as `fold_labels` tells them.
        let mut off_window = Vec::new();
        let mut listed = Vec::new();
        for (l, m) in kept.iter().zip(&mapped) {
            if let Some(span) = m {
                labels.push(LabeledSpan::new_with_span(Some(l.message.clone()), *span));
                continue;
            }
            let at = source.line_col(l.span.start);
            if l.listing {
                listed.push(format!(
                    "{} (line {}, column {})",
                    l.message, at.line, at.column
                ));
            } else {
                off_window.push(format!(
                    "{}: line {}, column {}",
                    l.message, at.line, at.column
                ));
            }
        }
        if !listed.is_empty() {
            off_window.push(format!("listed: {}", listed.join(", ")));
        }
        let off_window = (!off_window.is_empty()).then(|| off_window.join("\n"));
        let parts: Vec<String> = [
            d.help.clone(),
            folded,
            off_window,
            fix_note.map(|f| format!("fix: {f}")),
        ]
        .into_iter()
        .flatten()
        .collect();
        let report = Report {
            diag: d,
            excerpt,
            labels,
            help: (!parts.is_empty()).then(|| parts.join("\n")),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Label;

    fn render_one(text: &str, d: Diagnostic) -> String {
        let mut out = String::new();
        let opts = HumanOptions {
            color: false,
            width: 100,
        };
        render(&mut out, &Source::new("t.txt", text), &[d], opts);
        out
    }

    fn finding(span: Span) -> Diagnostic {
        Diagnostic::new(crate::rules::RULES[0], span, "a finding").with_label("here")
    }

    /// The source lines of a rendered report: the text after each gutter `N │ `.
    fn shown_lines(out: &str) -> Vec<(usize, String)> {
        out.lines()
            .filter_map(|l| {
                let (num, rest) = l.split_once(" │ ")?;
                Some((num.trim().parse().ok()?, rest.to_string()))
            })
            .collect()
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_at_the_true_column() {
        // 6,000 characters of two bytes each, then the span, then 6,000 more.
        let pad = "é".repeat(6_000);
        let line = format!("{pad}– USD 12,34{pad}");
        let text = format!("before\n{line}\n{}\nafter\n", "z".repeat(20_000));
        let start = text.find('–').expect("dash");
        let out = render_one(
            &text,
            finding(Span::new(start, start + "– USD 12,34".len())),
        );
        assert!(out.contains("[t.txt:2:6001]"), "{out}");
        let lines = shown_lines(&out);
        assert_eq!(
            lines.iter().map(|l| l.0).collect::<Vec<_>>(),
            [1, 2, 3],
            "{out}"
        );
        assert_eq!(lines[0].1, "before");
        let window = &lines[1].1;
        assert!(window.starts_with('…') && window.ends_with('…'), "{window}");
        assert_eq!(window.chars().count(), WINDOW_COLUMNS + 2);
        assert!(window.contains("– USD 12,34"));
        // The next line, with no span on it, is shown at the columns of the window above.
        let below = &lines[2].1;
        assert_eq!(below, &format!("…{}…", "z".repeat(WINDOW_COLUMNS)));
        // The underline stands under the span: 41 columns in (the ellipsis and 40 before).
        let underline = out
            .lines()
            .find(|l| l.contains('─') && !l.contains('╭') && !l.contains('╰'))
            .expect("underline");
        let col = |s: &str| s.chars().position(|c| c == '─').expect("dash");
        let gutter = out
            .lines()
            .find(|l| l.starts_with(" 2 │ "))
            .expect("line 2")
            .chars()
            .position(|c| c == '│')
            .expect("gutter")
            + 2;
        assert_eq!(col(underline) - gutter, 1 + WINDOW_BEFORE, "{out}");
    }

    #[test]
    fn a_label_outside_the_window_is_told_as_text() {
        let text = format!("– USD 1{}– USD 2\n", " ".repeat(100_000));
        let second = text.rfind('–').expect("second dash");
        let mut d = finding(Span::new(0, 9));
        d.labels
            .push(Label::new(Span::new(second, second + 9), "the other"));
        d.labels
            .push(Label::listing(Span::new(second, second + 9), "USD 2"));
        let out = render_one(&text, d);
        assert!(out.contains("[t.txt:1:1]"), "{out}");
        assert!(out.contains("the other: line 1, column 100008"), "{out}");
        assert!(
            out.contains("listed: USD 2 (line 1, column 100008)"),
            "{out}"
        );
        assert!(out.lines().all(|l| l.chars().count() < 200), "{out}");
    }

    #[test]
    fn lone_cr_line_ends_render_as_lf() {
        let lf = "one\ntwo – USD 1,00\nthree\n";
        let cr = lf.replace('\n', "\r");
        let at = lf.find('–').expect("dash");
        let d = finding(Span::new(at, at + 12));
        assert_eq!(render_one(&cr, d.clone()), render_one(lf, d));
    }

    #[test]
    fn empty_text_and_span_at_the_end() {
        let out = render_one("", finding(Span::new(0, 0)));
        assert!(out.contains("[t.txt:1:1]"), "{out}");
        let text = "abc\n";
        let out = render_one(text, finding(Span::new(4, 4)));
        assert!(out.contains("[t.txt:2:1]"), "{out}");
    }
}
