//! Section names: letter spacing joined, white space collapsed, small caps turned to title case.

/// Words written in lower case inside a title-cased name.
const SMALL_WORDS: &[&str] = &["of", "and", "the", "for", "de", "du", "la", "le", "et"];

/// Normalizes a name as extracted (`the republIc Of KOrea`, `a n g O l a`) to title case
/// ("The Republic of Korea", "Angola"), dropping stray characters that belong to no name.
#[must_use]
pub fn normalize_name(raw: &str) -> String {
    let raw = crate::blocks::join_hyphenated(raw);
    let cleaned: String = raw
        .chars()
        .map(|c| {
            if c == '\u{a0}' || c == '\t' || c == '\r' || c == '\n' {
                ' '
            } else {
                c
            }
        })
        .filter(|c| {
            c.is_alphanumeric()
                || matches!(
                    c,
                    ' ' | '’' | '\'' | '-' | '/' | '(' | ')' | '.' | ',' | '&'
                )
        })
        .collect();
    let cleaned = cleaned.trim_end_matches(['.', ',', ' ']);
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let words = join_letter_spacing(&words);
    let mut out = String::with_capacity(cleaned.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&title_word(w, i == 0));
    }
    out
}

/// Joins runs of single letters ("a n g O l a") into words; a run shorter than three letters is
/// left alone, since "a" and "d" are words of their own.
fn join_letter_spacing(words: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        if run.len() >= 3 {
            out.push(run.concat());
        } else {
            out.extend(run.iter().map(|s| (*s).to_string()));
        }
        run.clear();
    };
    for w in words {
        if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
            run.push(w);
        } else {
            flush(&mut run, &mut out);
            out.push((*w).to_string());
        }
    }
    flush(&mut run, &mut out);
    out
}

fn title_word(word: &str, first: bool) -> String {
    let lower = word.to_lowercase();
    if !first && SMALL_WORDS.contains(&lower.as_str()) {
        return lower;
    }
    // A short word without vowels is an acronym whose capitals small caps lost ("drc", "pdr");
    // only in ASCII, whose vowels are known ("bến" is a word).
    let letters = lower.chars().filter(|c| c.is_alphabetic()).count();
    if (2..=4).contains(&letters)
        && !lower
            .chars()
            .any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
        && lower.chars().all(|c| c.is_ascii_alphabetic())
    {
        return lower.to_uppercase();
    }
    // Capitalize the first letter of each part: "timor-leste" -> "Timor-Leste",
    // "(bih)" -> "(Bih)", "d’ivoire" -> "d’Ivoire". After an apostrophe that elides no article
    // the letter keeps its case as written ("Ha'apai", "Vava'u", "O'Brien").
    let mut out = String::with_capacity(lower.len());
    let mut at_start = true;
    let mut kept_case = false;
    let elided = lower.starts_with("d’") || lower.starts_with("d'") || lower.starts_with("l’");
    for (i, written) in word.chars().enumerate() {
        let c = written.to_lowercase().next().unwrap_or(written);
        if at_start && c.is_alphabetic() {
            if elided && i == 0 {
                out.extend(written.to_lowercase());
            } else if kept_case {
                out.push(written);
            } else {
                out.extend(written.to_uppercase());
            }
            at_start = false;
        } else {
            out.extend(written.to_lowercase());
            if matches!(c, '-' | '/' | '(' | '’' | '\'') {
                at_start = true;
                kept_case = matches!(c, '’' | '\'') && !(elided && i == 1);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(normalize_name("angOla  "), "Angola");
        assert_eq!(normalize_name("côte d’IvOIre"), "Côte d’Ivoire");
        assert_eq!(
            normalize_name("regIOnal \nprOgraMMes"),
            "Regional Programmes"
        );
        assert_eq!(normalize_name("a n g O l a"), "Angola");
        assert_eq!(normalize_name("slOvaKIa<"), "Slovakia");
        assert_eq!(normalize_name("drc"), "DRC");
        assert_eq!(normalize_name("Ha'apai"), "Ha'apai");
        assert_eq!(normalize_name("'Eua"), "'Eua");
        assert_eq!(normalize_name("O'Brien Island"), "O'Brien Island");
        assert_eq!(normalize_name("côte d'ivoire"), "Côte d'Ivoire");
        assert_eq!(normalize_name("laO pdr"), "Lao PDR");
        assert_eq!(
            normalize_name("trInIdad \nand tObagO /eastern carIbbean states"),
            "Trinidad and Tobago /Eastern Caribbean States"
        );
    }
}
