//! English words, British and American, to tell an accepted spelling from a misspelling and a
//! British spelling from an American one ("organised", "organized"), whatever one document
//! happens to use.
//!
//! The list is SCOWL's, as Debian ships it (`wbritish`, `wamerican`; see
//! `src/words/COPYRIGHT-SCOWL`), built by `scripts/make-word-list.sh`: one lower-case word a
//! line, sorted bytewise, with "/gb" or "/us" after a word only one of the two lists has.

use std::sync::OnceLock;

const LIST: &str = include_str!("words/en.txt");

/// Which lists accept a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// Both the British and the American list.
    Both,
    /// The British list only ("organised", "neighbouring").
    British,
    /// The American list only ("organized", "neighboring").
    American,
}

/// Line starts of the list, built on first use (most documents never need it).
fn starts() -> &'static [u32] {
    static STARTS: OnceLock<Vec<u32>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut v = Vec::with_capacity(80_000);
        v.push(0);
        v.extend(
            memchr::memchr_iter(b'\n', LIST.as_bytes())
                .map(|i| u32::try_from(i + 1).expect("the list is far below 4 GB")),
        );
        if v.last() == Some(&u32::try_from(LIST.len()).unwrap_or(u32::MAX)) {
            v.pop();
        }
        v
    })
}

/// The `i`-th line: the word and its tag.
fn line(i: usize) -> (&'static str, Spelling) {
    let starts = starts();
    let start = starts[i] as usize;
    let end = starts.get(i + 1).map_or(LIST.len(), |&e| e as usize - 1);
    let l = &LIST[start..end];
    match l.split_once('/') {
        Some((w, "gb")) => (w, Spelling::British),
        Some((w, _)) => (w, Spelling::American),
        None => (l, Spelling::Both),
    }
}

/// Which lists accept `word` (compared in lower case), if any.
#[must_use]
pub fn lookup(word: &str) -> Option<Spelling> {
    let lower = word.to_lowercase();
    let n = starts().len();
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let (w, tag) = line(mid);
        match w.cmp(lower.as_str()) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(tag),
        }
    }
    None
}

/// Whether either list accepts `word`.
#[must_use]
pub fn accepted(word: &str) -> bool {
    lookup(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_american_and_both() {
        assert_eq!(lookup("Organised"), Some(Spelling::British));
        assert_eq!(lookup("organized"), Some(Spelling::American));
        assert_eq!(lookup("neighbouring"), Some(Spelling::British));
        assert_eq!(lookup("municipalities"), Some(Spelling::Both));
        assert_eq!(lookup("combatting"), Some(Spelling::Both));
        assert_eq!(lookup("a"), Some(Spelling::Both));
        assert_eq!(lookup("café"), Some(Spelling::Both));
    }

    #[test]
    fn misspellings_are_not_words() {
        for w in ["insitutional", "minicipalities", "asupport", "", "zzzzzz"] {
            assert_eq!(lookup(w), None, "{w}");
        }
    }

    #[test]
    fn the_list_is_sorted_so_that_search_works() {
        let n = starts().len();
        for i in 1..n {
            assert!(
                line(i - 1).0 < line(i).0,
                "{:?} before {:?}",
                line(i - 1),
                line(i)
            );
        }
    }
}
