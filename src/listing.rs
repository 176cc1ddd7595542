//! What `crossfoot check --verbose` prints on standard error for each file: where each section
//! was placed (the membership listing of [`crate::tables::Tables::describe`]), then what was
//! read as each declared figure's parts, so that a reader can check the reading against the
//! text.
//!
//! The parts come from [`crate::report::figures`], the same reading the report's rows are
//! made of: the listing and the report never disagree on what a figure sums.

use std::fmt::Write as _;

use crate::Settings;
use crate::model::Document;
use crate::money::{group, money};
use crate::report::{Kind, Part, figures};
use crate::source::Source;
use crate::tables::Tables;
use crate::tables::sums::count;
use crate::text::word_prefix;

/// How many characters of an item's title the listing keeps, about: it cuts at the last word
/// boundary before this many.
const TITLE_CHARS: usize = 60;

/// The whole verbose listing of one file: membership, then what was read. The file is checked
/// again, since `check` keeps only the findings, and read as `check` reads it (pages in two
/// columns column by column, the lines those of the file).
#[must_use]
pub fn verbose(source: &Source, settings: &Settings) -> String {
    let checked = crate::check(source.clone(), settings);
    let mut out = String::new();
    if checked.order == crate::parse::Order::Reordered {
        let _ = writeln!(
            out,
            "{}: pages set in two columns side by side are read column by column; lines are the file's",
            source.name
        );
    }
    out.push_str(&checked.tables.describe(source, &checked.document));
    out.push_str(&read(source, &checked.document, &checked.tables));
    out
}

/// One line per declared figure, in text order. A section lists every item it was read to
/// hold; an appendix figure says how many parts it sums, their sum and the figure. A table's
/// group that no total closes, and items after the last declared total, are listed too:
///
/// ```text
/// Angola (line 330): 2 items [Border management training – 150,000; Return – 250,000] declared USD 400,000 (line 341), listed USD 400,000
/// subtotal "Total Sudan" (table at line 13024): 27 rows, listed USD 94,905,227, declared USD 100,394,459 (line 13171)
/// ```
#[must_use]
pub fn read(source: &Source, doc: &Document, tables: &Tables) -> String {
    let line = |offset: usize| source.line_col(offset).line;
    let cur = &tables.currency;
    let all = figures(doc, tables);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} read, {} and {} of the appendix",
        source.name,
        count(all.len(), "declared figure"),
        count(doc.sections.len(), "section total"),
        all.len() - doc.sections.len(),
    );
    if let Some(l) = &doc.learned {
        let _ = writeln!(out, "{}: total statement {}", source.name, l.describe());
    }
    if !doc.sections.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}",
            source.name,
            if doc.totals_first {
                "totals stand before their items: each total takes the items after it (more groups foot that way)"
            } else {
                "totals close the items before them"
            }
        );
        if doc.regrouped > 0 {
            let _ = writeln!(
                out,
                "{}: the text is out of reading order: {} given to another group than the order put them in, where footing and headings show where they belong",
                source.name,
                count(doc.regrouped, "item"),
            );
        }
    }
    // Lines keyed by the offset they report on, so that groups without a total fall in place.
    let mut lines: Vec<(usize, String)> = Vec::with_capacity(all.len() + 1);
    for f in &all {
        let declared = f.declared.map_or_else(
            || "unreadable".to_string(),
            |d| format!("{} (line {})", money(cur, d), line(f.at)),
        );
        let text = if f.kind == Kind::Section {
            format!(
                "{} (line {}): {} [{}] declared {declared}, listed {}",
                f.name,
                line(f.from),
                count(f.parts.len(), f.part),
                items(&f.parts),
                money(cur, f.listed())
            )
        } else {
            let table = f
                .table
                .and_then(|t| doc.tables.get(t))
                .map_or(0, |t| line(t.span.start));
            format!(
                "{} \"{}\" (table at line {table}): {}, listed {}, declared {declared}",
                f.kind.as_str(),
                f.name,
                count(f.parts.len(), f.part),
                money(cur, f.listed()),
            )
        };
        lines.push((f.at, text));
    }
    // Groups of rows that no total closes: no declared figure, but what was read all the same.
    for t in &doc.tables {
        let main = t.main_column(cur);
        for g in t.groups.iter().filter(|g| g.total.is_none()) {
            let figures: Vec<_> = g
                .rows
                .clone()
                .filter_map(|r| crate::model::table::Table::figure(&t.rows[r].figures, main))
                .collect();
            let Some(first) = figures.first() else {
                continue;
            };
            let sum = crate::money::sum(figures.iter().map(|f| f.value()));
            lines.push((
                first.amount.number.start,
                format!(
                    "group \"{}\" (table at line {}): {}, listed {}, no total",
                    g.name,
                    line(t.span.start),
                    count(figures.len(), "row"),
                    money(cur, sum)
                ),
            ));
        }
    }
    lines.sort_by_key(|(at, _)| *at);
    for (_, text) in lines {
        let _ = writeln!(out, "{text}");
    }
    if let Some(first) = doc.trailing.first() {
        let parts: Vec<Part> = doc
            .trailing
            .iter()
            .map(|b| Part {
                title: b.title.clone(),
                value: b.amount.as_ref().map(crate::model::Amount::value),
                at: b.span.start,
            })
            .collect();
        let _ = writeln!(
            out,
            "after the last declared total (line {}), in no group: {} [{}]",
            line(first.span.start),
            count(parts.len(), "item"),
            items(&parts)
        );
    }
    out
}

/// "Title – 150,000; Other title – no amount".
fn items(parts: &[Part]) -> String {
    let all: Vec<String> = parts
        .iter()
        .map(|p| {
            let amount = p.value.map_or_else(|| "no amount".to_string(), group);
            format!("{} – {amount}", cut(&p.title, TITLE_CHARS))
        })
        .collect();
    all.join("; ")
}

/// The title cut at the last word boundary within `max` characters, with "…" when cut; a title
/// with no white space in its first `max` characters is cut at `max`.
fn cut(title: &str, max: usize) -> String {
    match word_prefix(title, max) {
        None => title.to_string(),
        Some("") => format!("{}…", title.chars().take(max).collect::<String>()),
        Some(kept) => format!("{kept}…"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_cut_at_a_word_boundary() {
        assert_eq!(cut("Short title", 60), "Short title");
        assert_eq!(cut("one two three", 7), "one two…");
        assert_eq!(cut("one two three", 8), "one two…");
        assert_eq!(cut("one two three", 9), "one two…");
        assert_eq!(cut("abcdefghij", 4), "abcd…");
        assert_eq!(cut("été à Genève", 6), "été à…");
        assert_eq!(cut("Huambo, Bié and Moxico", 8), "Huambo…");
        assert_eq!(
            cut(&format!("{}é and more", "a ".repeat(30)), 60),
            format!("{}…", "a ".repeat(30).trim_end())
        );
    }

    #[test]
    fn a_section_lists_its_items_and_figures() {
        let text = "Border management training •\t\n– USD 150,000\nReturn assistance for migrants stranded abroad in the region after the crisis of 2007 – USD 250,000•\t\nStudy •\t\n\ntOtal fundIng requIreMents fOr Kenya \n– usd 400,000\n";
        let source = Source::new("k.txt".to_string(), text.to_string());
        let listing = verbose(&source, &Settings::default());
        assert!(
            listing.contains(
                "Kenya (line 1): 3 items [Border management training – 150,000; Return assistance for migrants stranded abroad in the region… – 250,000; Study – no amount] declared USD 400,000 (line 7), listed USD 400,000"
            ),
            "{listing}"
        );
    }
}
