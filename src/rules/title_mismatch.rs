//! `title-mismatch`: the same project under two titles in a table and in the narrative.

use crate::diagnostic::{Diagnostic, Label};
use crate::model::table::Table;
use crate::money::money;
use crate::rules::{Context, declare_rule};
use crate::tables::MatchKind;
use crate::text::{Step, align, count_word, key, short, words};

/// How many differences a message lists before it counts the rest.
const MAX_LISTED: usize = 3;

declare_rule! {
    /// ## What it does
    /// For each project found both in a table and in the narrative by its reference or by its
    /// amount and a similar title, compares the two titles and reports what an editor would
    /// change: a misspelling, a different word, a substantive word added or dropped.
    ///
    /// Variants are not reported: case, spacing and punctuation; British and American spelling
    /// ("organised", "organized"; "combatting", "combating"); singular and plural; an article,
    /// a possessive or "and" where the other title has a comma; an abbreviation ("SE" for
    /// "South East", an acronym in parentheses); a suffix in one title only (", phase II",
    /// "(continuation of ...)"). With `[title-mismatch] variants = true` in `crossfoot.toml`,
    /// titles that differ only by variants are reported at info.
    ///
    /// A word is called a misspelling only when no English word list accepts it (SCOWL's
    /// British and American lists, bundled) and the document uses it nowhere else, beside a
    /// spelling the document uses elsewhere ("Minicipalities" here, "municipalities"
    /// elsewhere) or, for a common word, one the lists accept. An accepted spelling is never
    /// called a misspelling.
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
        let table = &ctx.doc.tables[p.table];
        let row = &table.rows[p.row];
        let section = &ctx.doc.sections[p.bullet.section];
        let bullet = &section.bullets[p.bullet.bullet];
        if key(&row.title) == key(&bullet.title) {
            continue;
        }
        let left = words(&row.title);
        let right = words(&bullet.title);
        let (steps, _) = align(&left, &right);
        let (differences, slips, variants) =
            describe(&mut counter, &ctx.source.text, &steps, &left, &right);
        let only_variants = differences.is_empty();
        if only_variants && (!ctx.title_variants || variants.is_empty()) {
            continue;
        }
        let kinds: Vec<&str> = variants.iter().map(|v| v.describe()).collect();
        let amount = Table::figure(&row.figures, table.main_column(ctx.currency))
            .map_or_else(String::new, |f| {
                format!(" ({})", money(&f.currency, f.value()))
            });
        let listed = if only_variants {
            format!("they differ only by {}", kinds.join(", "))
        } else if differences.len() > MAX_LISTED {
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
        let help = if only_variants {
            "variants are not reported by default; write the title the same way in both places if the house style wants one form".to_string()
        } else if slips.is_empty() {
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
        if only_variants {
            d.severity = crate::Severity::Info;
        }
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
    all: Option<crate::hash::FnvMap<String, usize>>,
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
            let mut all = crate::hash::FnvMap::default();
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

/// Words whose presence or absence changes no title an editor would correct: articles, a
/// possessive, "and" where the other title has a comma.
const FUNCTION_WORDS: &[&str] = &["a", "an", "the", "its", "their", "and"];

/// Words that open a suffix a title may carry in one place only (", phase II", "(continuation
/// of ...)", "part 2").
const SUFFIX_WORDS: &[&str] = &[
    "phase",
    "part",
    "stage",
    "continuation",
    "continued",
    "extension",
    "follow",
];

/// Common abbreviations and the words they stand for, beside initials ("SE" for "South East").
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("&", "and"),
    ("intl", "international"),
    ("govt", "government"),
    ("dept", "department"),
    ("natl", "national"),
    ("mgmt", "management"),
    ("st", "saint"),
    ("mt", "mount"),
];

/// British and American spelling patterns, applied to words both lists accept: two words that
/// agree once each is written the American way are the same word ("combatting", "combating").
const SPELLING_PATTERNS: &[(&str, &str)] = &[
    ("isation", "ization"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("our", "or"),
    ("tre", "ter"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("tt", "t"),
    ("ll", "l"),
    ("ae", "e"),
    ("oe", "e"),
];

/// A kind of difference an editor leaves alone, for the info finding that lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Variant {
    Case,
    Spelling,
    Plural,
    FunctionWord,
    Abbreviation,
    Suffix,
}

impl Variant {
    fn describe(self) -> &'static str {
        match self {
            Variant::Case => "case",
            Variant::Spelling => "British and American spelling",
            Variant::Plural => "singular and plural",
            Variant::FunctionWord => "an article or conjunction",
            Variant::Abbreviation => "an abbreviation",
            Variant::Suffix => "a suffix",
        }
    }
}

/// The word without a plural ending, for comparing singular and plural.
fn singular(w: &str) -> String {
    let w = w.to_lowercase();
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if let Some(stem) = w.strip_suffix("es")
        && (stem.ends_with('s')
            || stem.ends_with('x')
            || stem.ends_with("ch")
            || stem.ends_with("sh"))
    {
        return stem.to_string();
    }
    w.strip_suffix('s').map_or(w.clone(), str::to_string)
}

/// The word as an American spelling pattern would write it (applied everywhere in the word).
fn american(w: &str) -> String {
    let mut out = w.to_lowercase();
    for (gb, us) in SPELLING_PATTERNS {
        out = out.replace(gb, us);
    }
    out
}

/// Whether two words both lists accept are one word in British and American spelling.
fn spelling_variants(a: &str, b: &str) -> bool {
    use crate::words::{Spelling, lookup};
    match (lookup(a), lookup(b)) {
        (Some(Spelling::British), Some(Spelling::American))
        | (Some(Spelling::American), Some(Spelling::British)) => true,
        (Some(_), Some(_)) => american(a) == american(b),
        _ => false,
    }
}

/// An acronym: two or more capitals, maybe a plural "s" ("EU", "IDPs", "EVIs").
fn acronym(w: &str) -> bool {
    let core = w.strip_suffix('s').unwrap_or(w);
    core.chars().count() >= 2 && core.chars().all(char::is_uppercase)
}

/// Whether `short` abbreviates `long`: its letters are the initials of `long`'s words, or the
/// table says so.
fn abbreviates(short: &[&str], long: &[&str]) -> bool {
    if let [one] = short {
        let lower = one.to_lowercase();
        if let [word] = long
            && ABBREVIATIONS
                .iter()
                .any(|(a, w)| *a == lower && word.eq_ignore_ascii_case(w))
        {
            return true;
        }
        let initials: String = long
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect();
        return long.len() >= 2 && acronym(one) && initials == lower;
    }
    false
}

/// What kind of variant an added or dropped run of words is, if it is one; `last` when no
/// aligned word follows it.
fn run_variant(run: &[&str], last: bool) -> Option<Variant> {
    if run
        .iter()
        .all(|w| FUNCTION_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f)))
    {
        return Some(Variant::FunctionWord);
    }
    if run.iter().all(|w| acronym(w)) {
        return Some(Variant::Abbreviation);
    }
    let first = run.first()?.to_lowercase();
    (last && SUFFIX_WORDS.contains(&first.as_str())).then_some(Variant::Suffix)
}

/// The differences in words an editor would correct, the misspellings among them ("\"X\" in
/// the table to \"Y\""), and the kinds of variant the titles also differ by.
fn describe(
    counter: &mut Counter,
    text: &str,
    steps: &[Step<'_>],
    left: &[&str],
    right: &[&str],
) -> (Vec<String>, Vec<String>, Vec<Variant>) {
    let quote = |w: &[&str]| format!("\"{}\"", w.join(" "));
    let mut out = Vec::new();
    let mut slips = Vec::new();
    let mut variants = Vec::new();
    let last_aligned = steps
        .iter()
        .rposition(|s| matches!(s, Step::Same(..) | Step::Near(..)));
    for (i, step) in steps.iter().enumerate() {
        let last = last_aligned.is_none_or(|l| i > l);
        let variant = match step {
            Step::Same(..) => continue,
            Step::Near(a, b) if a.to_lowercase() == b.to_lowercase() => Some(Variant::Case),
            Step::Near(a, b) if singular(a) == singular(b) => Some(Variant::Plural),
            Step::Near(a, b) if spelling_variants(a, b) => Some(Variant::Spelling),
            Step::Left(w) | Step::Right(w) => run_variant(w, last),
            Step::Replaced(a, b) if abbreviates(a, b) || abbreviates(b, a) => {
                Some(Variant::Abbreviation)
            }
            _ => None,
        };
        if let Some(v) = variant {
            if !variants.contains(&v) {
                variants.push(v);
            }
            continue;
        }
        match step {
            Step::Same(..) => {}
            Step::Near(a, b) => {
                // A misspelling is a word no English list accepts and the document uses
                // nowhere else, beside a spelling that is accepted or that the document uses.
                let (ea, eb) = (
                    counter.elsewhere(text, a, left, right),
                    counter.elsewhere(text, b, left, right),
                );
                // The word list speaks for common words only: a capitalized word inside a title
                // is a name, which no list decides.
                let first =
                    |w: &str, title: &[&str]| title.first().is_some_and(|f| std::ptr::eq(*f, w));
                let common = |w: &str, title: &[&str]| {
                    crate::words::accepted(w)
                        && (first(w, title) || !w.chars().next().is_some_and(char::is_uppercase))
                };
                let (wa, wb) = (crate::words::accepted(a), crate::words::accepted(b));
                let (ca, cb) = (common(a, left), common(b, right));
                if !wa && !ea && (cb || eb) {
                    let why = if eb {
                        "the document writes"
                    } else {
                        "English writes"
                    };
                    out.push(format!(
                        "the table's \"{a}\" is a misspelling ({why} \"{b}\")"
                    ));
                    slips.push(format!("\"{a}\" in the table to \"{b}\""));
                } else if !wb && !eb && (ca || ea) {
                    let why = if ea {
                        "the document writes"
                    } else {
                        "English writes"
                    };
                    out.push(format!(
                        "the narrative's \"{b}\" is a misspelling ({why} \"{a}\")"
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
    (out, slips, variants)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `describe` says of two titles, in a document whose other text is `text`.
    fn compare(text: &str, table: &str, narrative: &str) -> (Vec<String>, Vec<Variant>) {
        let left = words(table);
        let right = words(narrative);
        let (steps, _) = align(&left, &right);
        let mut counter = Counter::default();
        let whole = format!("{text}\n{table}\n{narrative}");
        let (out, _, variants) = describe(&mut counter, &whole, &steps, &left, &right);
        (out, variants)
    }

    #[test]
    fn variants_are_not_differences() {
        for (table, narrative, kind) in [
            (
                "Combatting trafficking",
                "Combating trafficking",
                Variant::Spelling,
            ),
            (
                "Organised crime networks",
                "organized crime networks",
                Variant::Spelling,
            ),
            (
                "Labour migration centres",
                "Labor migration centers",
                Variant::Spelling,
            ),
            (
                "Support to displaced population",
                "Support to displaced populations",
                Variant::Plural,
            ),
            (
                "Mapping in the Darfur States",
                "Mapping in Darfur States",
                Variant::FunctionWord,
            ),
            (
                "Pilot projects in SE Asia",
                "Pilot projects in South East Asia",
                Variant::Abbreviation,
            ),
            (
                "Care for vulnerable individuals (EVIs) now",
                "Care for vulnerable individuals now",
                Variant::Abbreviation,
            ),
            (
                "Return information (IRRiCO)",
                "Return information (IRRiCO), phase II",
                Variant::Suffix,
            ),
        ] {
            let (out, variants) = compare("", table, narrative);
            assert!(out.is_empty(), "{table} / {narrative}: {out:?}");
            assert!(
                variants.contains(&kind),
                "{table} / {narrative}: {variants:?}"
            );
        }
    }

    #[test]
    fn misspellings_substitutions_and_missing_words() {
        let (out, _) = compare(
            "Return is planned.",
            "Retrun of stranded migrants",
            "Return of stranded migrants",
        );
        assert_eq!(
            out,
            ["the table's \"Retrun\" is a misspelling (the document writes \"Return\")"]
        );
        let (out, _) = compare(
            "",
            "Marginalized minicipalities",
            "Marginalized municipalities",
        );
        assert_eq!(
            out,
            ["the table's \"minicipalities\" is a misspelling (English writes \"municipalities\")"]
        );
        let (out, _) = compare(
            "",
            "Not just members: a toolkit",
            "Not just numbers: a toolkit",
        );
        assert_eq!(out, ["\"members\" for \"numbers\""]);
        let (out, _) = compare(
            "",
            "Member states, candidate and neighbouring",
            "Member states, candidate and neighbouring countries",
        );
        assert_eq!(out, ["the table lacks \"countries\""]);
    }

    #[test]
    fn an_accepted_spelling_or_a_name_is_never_a_misspelling() {
        // Both are English words: a different word, not a slip.
        let (out, _) = compare("", "Increase access to water", "Increased access to water");
        assert_eq!(out, ["\"Increase\" for \"Increased\""]);
        // A name inside a title: no word list decides.
        let (out, _) = compare(
            "",
            "Return to Kline municipality",
            "Return to Klinё municipality",
        );
        assert_eq!(out, ["\"Kline\" for \"Klinё\""]);
    }
}
