//! Text helpers: the keys under which names and titles compare (the grammar, the matching and
//! the rules use them), and the word-level similarity and difference of two titles.

/// The key under which names and titles compare: lower case, letters and digits only, so that
/// case, spacing and punctuation are set aside.
#[must_use]
pub fn key(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase());
            }
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        if c.is_alphanumeric() {
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            }
        }
        i += c.len_utf8();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The key of a name without a leading article ("The Caribbean" and "Caribbean" agree).
#[must_use]
pub fn name_key(s: &str) -> String {
    let trimmed = s.trim_start();
    let rest = trimmed
        .get(..4)
        .filter(|w| w.eq_ignore_ascii_case("the "))
        .map_or(trimmed, |_| &trimmed[4..]);
    key(rest)
}

/// The words of a title, as written (case kept), split at anything that is not a letter or a
/// digit.
#[must_use]
pub fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many single-character edits turn `a` into `b`, two swapped neighbours counting as one
/// edit ("Retrun", "migraiton"), stopping early above `max`.
#[must_use]
pub fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    distance(&a, &b, max)
}

/// Words up to this long are compared without allocating.
const STACK: usize = 40;

fn distance<T: PartialEq>(a: &[T], b: &[T], max: usize) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    // Three rows of the table; words are short, so they live on the stack when they can.
    let w = b.len() + 1;
    let mut store = [0usize; 3 * STACK];
    let mut heap = Vec::new();
    let rows: &mut [usize] = if w <= STACK {
        &mut store[..3 * w]
    } else {
        heap.resize(3 * w, 0);
        &mut heap
    };
    let (before, rest) = rows.split_at_mut(w);
    let (prev, cur) = rest.split_at_mut(w);
    let (mut before, mut prev, mut cur) = (before, prev, cur);
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(before[j - 2] + 1);
            }
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Whether two words are the same word but for a slip: equal ignoring case, or one or two
/// edits apart in a word long enough for that to be a slip and not another word.
#[must_use]
pub fn near_words(a: &str, b: &str) -> bool {
    near_lower(&a.to_lowercase(), &b.to_lowercase())
}

/// [`near_words`] for words already in lower case.
#[allow(
    clippy::many_single_char_names,
    reason = "two words, their bytes and lengths: short names read best"
)]
fn near_lower(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    if la.min(lb) <= 3 || la.abs_diff(lb) > 2 {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        let (x, y) = (a.as_bytes(), b.as_bytes());
        let max = if la.min(lb) <= 6 { 1 } else { 2 };
        // A slip leaves the word's start or its end as it was.
        if x[0] != y[0] && x[1] != y[1] && x[la - 1] != y[lb - 1] {
            return false;
        }
        // The letters that one word has and the other lacks bound the edits from below: most
        // pairs of words are told apart here, without the table of edits.
        let mut bag = [0i8; 128];
        for &c in x {
            bag[usize::from(c & 0x7f)] = bag[usize::from(c & 0x7f)].saturating_add(1);
        }
        for &c in y {
            bag[usize::from(c & 0x7f)] = bag[usize::from(c & 0x7f)].saturating_sub(1);
        }
        let surplus = |w: &[u8], sign: i8, bag: &mut [i8; 128]| -> usize {
            let mut n = 0usize;
            for &c in w {
                let v = &mut bag[usize::from(c & 0x7f)];
                if *v * sign > 0 {
                    n += usize::from((*v * sign).unsigned_abs());
                    *v = 0;
                }
            }
            n
        };
        let more = surplus(x, 1, &mut bag);
        let fewer = surplus(y, -1, &mut bag);
        if more.max(fewer) > max {
            return false;
        }
        return distance(x, y, max) <= max;
    }
    let len = a.chars().count().min(b.chars().count());
    let max = match len {
        0..=3 => return false,
        4..=6 => 1,
        _ => 2,
    };
    edit_distance(a, b, max) <= max
}

/// One step of the word alignment of two titles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step<'a> {
    Same(&'a str, &'a str),
    /// The same word with a slip (or another case).
    Near(&'a str, &'a str),
    /// Words on the left only.
    Left(Vec<&'a str>),
    /// Words on the right only.
    Right(Vec<&'a str>),
    /// Words on the left where the right has other words.
    Replaced(Vec<&'a str>, Vec<&'a str>),
}

/// Aligns the words of two titles (longest common subsequence, near words counting as
/// common) and returns the steps and the similarity: the aligned words over all words, a
/// word aligned with a slip counting half.
#[must_use]
#[allow(
    clippy::many_single_char_names,
    reason = "the indices and sizes of a dynamic-programming table"
)]
pub fn align<'a>(left: &[&'a str], right: &[&'a str]) -> (Vec<Step<'a>>, f64) {
    let (n, m) = (left.len(), right.len());
    if n == 0 || m == 0 {
        return (Vec::new(), 0.0);
    }
    let lower_left: Vec<String> = left.iter().map(|w| w.to_lowercase()).collect();
    let lower_right: Vec<String> = right.iter().map(|w| w.to_lowercase()).collect();
    // Near-word tests are the expensive part; each pair is decided once.
    let near: Vec<bool> = lower_left
        .iter()
        .flat_map(|a| lower_right.iter().map(move |b| near_lower(a, b)))
        .collect();
    let near = |i: usize, j: usize| near[i * m + j];
    let mut lcs = vec![0usize; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if near(i, j) {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let mut steps: Vec<Step<'a>> = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut only_left: Vec<&'a str> = Vec::new();
    let mut only_right: Vec<&'a str> = Vec::new();
    let flush = |steps: &mut Vec<Step<'a>>, l: &mut Vec<&'a str>, r: &mut Vec<&'a str>| match (
        l.is_empty(),
        r.is_empty(),
    ) {
        (true, true) => {}
        (false, true) => steps.push(Step::Left(std::mem::take(l))),
        (true, false) => steps.push(Step::Right(std::mem::take(r))),
        (false, false) => {
            steps.push(Step::Replaced(std::mem::take(l), std::mem::take(r)));
        }
    };
    while i < n && j < m {
        if near(i, j) && lcs[at(i, j)] == lcs[at(i + 1, j + 1)] + 1 {
            flush(&mut steps, &mut only_left, &mut only_right);
            if left[i] == right[j] {
                steps.push(Step::Same(left[i], right[j]));
            } else {
                steps.push(Step::Near(left[i], right[j]));
            }
            i += 1;
            j += 1;
        } else if lcs[at(i + 1, j)] >= lcs[at(i, j + 1)] {
            only_left.push(left[i]);
            i += 1;
        } else {
            only_right.push(right[j]);
            j += 1;
        }
    }
    only_left.extend(&left[i..]);
    only_right.extend(&right[j..]);
    flush(&mut steps, &mut only_left, &mut only_right);
    // A word with a slip counts half: titles that differ only by it are not identical.
    let same = steps.iter().filter(|s| matches!(s, Step::Same(..))).count();
    let near = steps.iter().filter(|s| matches!(s, Step::Near(..))).count();
    #[allow(clippy::cast_precision_loss, reason = "word counts are small")]
    let similarity = (2 * same + near) as f64 / (n + m) as f64;
    (steps, similarity)
}

/// A title short enough to quote in a message: cut after a whole word, never inside one.
#[must_use]
pub fn short(title: &str) -> String {
    match word_prefix(title, 60) {
        None => title.to_string(),
        // A single word longer than the limit is quoted whole.
        Some("") => {
            let first = without_trailing_marks(title.split_whitespace().next().unwrap_or(title));
            if first.len() == title.len() {
                title.to_string()
            } else {
                format!("{first}…")
            }
        }
        Some(kept) => format!("{kept}…"),
    }
}

/// `s` without the white space, commas, semicolons and colons it ends with: before a cut they
/// would read as the title's own.
fn without_trailing_marks(s: &str) -> &str {
    s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
}

/// The part of `title` before its last word boundary within `max` characters, without the
/// marks before it; `None` when the title fits, `Some("")` when its first word alone is longer
/// than `max`. Always cut on a character boundary.
#[must_use]
pub fn word_prefix(title: &str, max: usize) -> Option<&str> {
    if title.chars().count() <= max {
        return None;
    }
    let end = title
        .char_indices()
        .nth(max)
        .map_or(title.len(), |(i, _)| i);
    let head = &title[..end];
    // The character after the head starting a gap means the head ends on a boundary.
    let kept = if title[end..].starts_with(char::is_whitespace) {
        head
    } else {
        head.rfind(char::is_whitespace).map_or("", |i| &head[..i])
    };
    Some(without_trailing_marks(kept))
}

/// How many words two sorted, lower-case word lists share exactly.
fn common_words(left: &[String], right: &[String]) -> usize {
    let (mut i, mut j, mut same) = (0, 0, 0usize);
    while i < left.len() && j < right.len() {
        match left[i].cmp(&right[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                same += 1;
                i += 1;
                j += 1;
            }
        }
    }
    same
}

/// An upper bound of [`align`]'s similarity from the words the two titles share exactly
/// (each side's words lower case and sorted): near words count half, so titles that share
/// few words exactly cannot be similar.
#[must_use]
pub fn similarity_bound(left: &[String], right: &[String]) -> f64 {
    let total = left.len() + right.len();
    if total == 0 {
        return 0.0;
    }
    let same = common_words(left, right);
    #[allow(clippy::cast_precision_loss, reason = "word counts are small")]
    let bound = (same + left.len().min(right.len())) as f64 / total as f64;
    bound
}

/// The share of words two titles have in common exactly (each side lower case and sorted):
/// twice the common words over all words.
#[must_use]
pub fn shared_share(left: &[String], right: &[String]) -> f64 {
    let total = left.len() + right.len();
    if total == 0 {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss, reason = "word counts are small")]
    let share = (2 * common_words(left, right)) as f64 / total as f64;
    share
}

/// The words of a title in lower case, sorted: the input of [`similarity_bound`].
#[must_use]
pub fn sorted_words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = words(s).into_iter().map(str::to_lowercase).collect();
    w.sort_unstable();
    w
}

/// How often `word` occurs as a whole word in `lower`, the text with ASCII letters in lower
/// case (`text.as_bytes().to_ascii_lowercase()`, cheap and offset-preserving), counting at
/// most to `limit`.
#[must_use]
pub fn count_word(lower: &[u8], word: &str, limit: usize) -> usize {
    let w: Vec<u8> = word.bytes().map(|b| b.to_ascii_lowercase()).collect();
    if w.is_empty() {
        return 0;
    }
    // Bytes of non-ASCII characters count as letters: a word never ends inside one.
    let letter = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    memchr::memmem::find_iter(lower, &w)
        .filter(|&p| {
            let before = p.checked_sub(1).map(|i| lower[i]);
            let after = lower.get(p + w.len()).copied();
            !before.is_some_and(letter) && !after.is_some_and(letter)
        })
        .take(limit)
        .count()
}

/// "1 section", "3 sections": a count with its noun.
#[must_use]
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_cuts_after_a_whole_word_on_character_boundaries() {
        let t = "Évaluation des besoins – suivi régional des déplacements à l’échelle nationale";
        let s = short(t);
        assert!(
            s.ends_with('…') && t.starts_with(s.trim_end_matches('…')),
            "{s}"
        );
        assert!(!s.trim_end_matches('…').ends_with(' '));
        // The 61st character is not ASCII: no slice inside it.
        let t = format!("{} éééé more words", "a".repeat(59));
        let s = short(&t);
        assert_eq!(s, format!("{}…", "a".repeat(59)));
        let t = format!("{} é", "word ".repeat(12));
        assert!(short(&t).ends_with("word…"), "{}", short(&t));
        assert_eq!(short("short title"), "short title");
    }

    #[test]
    fn keys() {
        assert_eq!(key("Cross-border  (CALM)"), "crossbordercalm");
        assert_eq!(name_key("The Caribbean"), name_key("caribbean"));
        assert_eq!(name_key("Thessaly"), "thessaly");
    }

    #[test]
    fn distances_and_near_words() {
        assert_eq!(edit_distance("kitten", "sitting", 5), 3);
        assert_eq!(edit_distance("Retrun", "Return", 2), 1);
        assert_eq!(edit_distance("migraiton", "migration", 2), 1);
        assert!(near_words("Minicipalities", "municipalities"));
        assert!(near_words("insitutional", "institutional"));
        assert!(!near_words("SE", "South"));
        assert!(!near_words("and", "the"));
    }

    #[test]
    fn alignment() {
        let l = words("Water for all in the Poverty Minicipalities");
        let r = words("Water for some in Poverty municipalities");
        let (steps, sim) = align(&l, &r);
        assert!(sim > 0.6 && sim < 1.0, "{sim}");
        assert!(steps.contains(&Step::Replaced(vec!["all"], vec!["some"])));
        assert!(steps.contains(&Step::Left(vec!["the"])));
        assert!(steps.contains(&Step::Near("Minicipalities", "municipalities")));
    }

    /// Found by the fuzzer: a multi-byte character at the 61st position of a long title was
    /// sliced through its first byte.
    #[test]
    fn short_titles_keep_multibyte_characters_whole() {
        let title = format!("{}–{}", "a".repeat(60), " word".repeat(20));
        assert_eq!(short(&title), format!("{}–…", "a".repeat(60)));
        let title = format!("{} é{}", "a".repeat(59), " word".repeat(20));
        assert_eq!(short(&title), format!("{}…", "a".repeat(59)));
    }
}
