//! `title-mismatch`: the same project under two titles in a table and in the narrative.

use crate::diagnostic::{Diagnostic, Label};
use crate::money::money;
use crate::rules::{Context, declare_rule};
use crate::tables::text::{Step, align, count_word, key, short, words};
use crate::tables::{MatchKind, Table};

/// How many differences a message lists before it counts the rest.
const MAX_LISTED: usize = 3;

declare_rule! {
    /// ## What it does
    /// For each project found both in a table and in the narrative by its reference or by its
    /// amount and a similar title, compares the two titles. Titles that differ by more than
    /// case, spacing and punctuation are reported with what differs: words added or dropped,
    /// words replaced, and misspellings.
    ///
    /// A word is called a misspelling when the document itself says so: one spelling occurs
    /// nowhere else in the document while the other does ("Minicipalities" here,
    /// "municipalities" elsewhere). Where both spellings occur, the message only says that
    /// the words differ.
    ///
    /// ## Why is this bad?
    /// A reader who looks a project up in the table by the title of the narrative (or in a
    /// donor's database by either) may not find it; a misspelt title is printed in a published
    /// appeal.
    ///
    /// ## Example
    /// ```text
    /// Water for all – USD 100,000
    /// ...
    /// Water for some AB-08/W1 100,000
    /// ```
    ///
    /// ## Fix safety
    /// No fix: which title is meant is a judgement, except for a misspelling, which the help
    /// names.
    pub static TITLE_MISMATCH = {
        code: "title-mismatch",
        severity: Warning,
        summary: "the same project has different titles in a table and in the narrative",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let tables = ctx.tables;
    let mut out = Vec::new();
    let mut counter = Counter::default();
    for p in &tables.matching.pairs {
        if !matches!(
            p.kind,
            MatchKind::Reference | MatchKind::AmountAndTitle { .. }
        ) {
            continue;
        }
        let table = &tables.tables[p.table];
        let row = &table.rows[p.row];
        let section = &ctx.doc.sections[p.bullet.section];
        let bullet = &section.bullets[p.bullet.bullet];
        if key(&row.title) == key(&bullet.title) {
            continue;
        }
        let left = words(&row.title);
        let right = words(&bullet.title);
        let (steps, _) = align(&left, &right);
        let (differences, slips) = describe(&mut counter, &ctx.source.text, &steps, &left, &right);
        if differences.is_empty() {
            continue;
        }
        let amount = Table::figure(&row.figures, table.main_column(ctx.currency))
            .map_or_else(String::new, |f| {
                format!(" ({})", money(&f.currency, f.value()))
            });
        let listed = if differences.len() > MAX_LISTED {
            format!(
                "{}; and {} more",
                differences[..MAX_LISTED].join("; "),
                differences.len() - MAX_LISTED
            )
        } else {
            differences.join("; ")
        };
        let message = format!(
            "the same project{amount} is titled \"{}\" in table \"{}\" and \"{}\" in the narrative ({}): {listed}",
            short(&row.title),
            short(&table.name),
            short(&bullet.title),
            tables.section_label(ctx.doc, p.bullet.section)
        );
        let help = if slips.is_empty() {
            "write the project's title the same way in the table and in the narrative".to_string()
        } else {
            format!(
                "correct {}, and write the title the same way in both places",
                slips.join(", ")
            )
        };
        let mut d = Diagnostic::new(&TITLE_MISMATCH, row.title_span, message)
            .with_help(help)
            .in_section(Some(section.key()));
        d.labels = vec![Label::new(bullet.title_span, "the narrative's title")];
        out.push(d);
    }
    out
}

/// Counts words of the document, to tell a misspelling from the spelling the document uses.
/// A few words are searched for in a lower-case copy of the text; past [`SEARCHES`] words, the
/// words of the whole text are counted once, so that the cost stays linear.
#[derive(Default)]
struct Counter {
    lower: Option<Vec<u8>>,
    all: Option<std::collections::HashMap<String, usize>>,
    searches: usize,
}

/// How many words are searched for before the whole text's words are counted instead.
const SEARCHES: usize = 32;

impl Counter {
    /// Whether `word` occurs in the document other than in the two titles compared.
    fn elsewhere(&mut self, text: &str, word: &str, left: &[&str], right: &[&str]) -> bool {
        let here = left
            .iter()
            .chain(right)
            .filter(|x| x.eq_ignore_ascii_case(word))
            .count();
        self.searches += 1;
        if self.searches > SEARCHES && self.all.is_none() {
            let mut all = std::collections::HashMap::new();
            for w in words(text) {
                *all.entry(w.to_ascii_lowercase()).or_insert(0) += 1;
            }
            self.all = Some(all);
        }
        if let Some(all) = &self.all {
            return all.get(&word.to_ascii_lowercase()).copied().unwrap_or(0) > here;
        }
        let lower = self
            .lower
            .get_or_insert_with(|| text.as_bytes().to_ascii_lowercase());
        count_word(lower, word, here + 1) > here
    }
}

/// The differences in words, and the misspellings to correct ("\"X\" in the table to \"Y\"").
fn describe(
    counter: &mut Counter,
    text: &str,
    steps: &[Step<'_>],
    left: &[&str],
    right: &[&str],
) -> (Vec<String>, Vec<String>) {
    let quote = |w: &[&str]| format!("\"{}\"", w.join(" "));
    let mut out = Vec::new();
    let mut slips = Vec::new();
    for step in steps {
        match step {
            Step::Same(..) => {}
            Step::Near(a, b) => {
                if a.to_lowercase() == b.to_lowercase() {
                    continue;
                }
                // The document's own spelling decides.
                let (ea, eb) = (
                    counter.elsewhere(text, a, left, right),
                    counter.elsewhere(text, b, left, right),
                );
                if !ea && eb {
                    out.push(format!(
                        "the table's \"{a}\" is a misspelling (the document writes \"{b}\" elsewhere)"
                    ));
                    slips.push(format!("\"{a}\" in the table to \"{b}\""));
                } else if ea && !eb {
                    out.push(format!(
                        "the narrative's \"{b}\" is a misspelling (the document writes \"{a}\" elsewhere)"
                    ));
                    slips.push(format!("\"{b}\" in the narrative to \"{a}\""));
                } else {
                    out.push(format!("\"{a}\" for \"{b}\""));
                }
            }
            Step::Left(w) => out.push(format!("the table adds {}", quote(w))),
            Step::Right(w) => out.push(format!("the table lacks {}", quote(w))),
            Step::Replaced(a, b) => out.push(format!("{} for {}", quote(a), quote(b))),
        }
    }
    (out, slips)
}
