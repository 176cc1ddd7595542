//! English words, British and American, to tell an accepted spelling from a misspelling and a
//! British spelling from an American one ("organised", "organized"), whatever one document
//! happens to use.
//!
//! The list is SCOWL's, as Debian ships it (`wbritish`, `wamerican`; see
//! `src/words/COPYRIGHT-SCOWL`), built by `scripts/make-word-list.sh`: one lower-case word a
//! line, sorted bytewise, with "/gb" or "/us" after a word only one of the two lists has.

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

/// The line of the list that holds byte `at`: its start, its end (the newline's index or the
/// list's end), its word and its tag.
fn line_at(at: usize) -> (usize, usize, &'static str, Spelling) {
    let bytes = LIST.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &bytes[start..]).map_or(LIST.len(), |i| start + i);
    let l = &LIST[start..end];
    let (w, tag) = match l.split_once('/') {
        Some((w, "gb")) => (w, Spelling::British),
        Some((w, _)) => (w, Spelling::American),
        None => (l, Spelling::Both),
    };
    (start, end, w, tag)
}

/// Which lists accept `word` (compared in lower case), if any.
///
/// A binary search over the list's bytes: a probe lands inside a line and reads the whole line
/// around it, so no index of line starts is built (that cost more than every lookup of a run).
#[must_use]
pub fn lookup(word: &str) -> Option<Spelling> {
    let lower = word.to_lowercase();
    let (mut lo, mut hi) = (0, LIST.len());
    while lo < hi {
        let (start, end, w, tag) = line_at(lo + (hi - lo) / 2);
        match w.cmp(lower.as_str()) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
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
        let mut at = 0;
        let mut previous: Option<&str> = None;
        while at < LIST.len() {
            let (_, end, w, _) = line_at(at);
            if let Some(p) = previous {
                assert!(p < w, "{p:?} before {w:?}");
            }
            // A few entries keep a capital the script did not fold ("Ångström").
            if w == w.to_lowercase() {
                assert!(lookup(w).is_some(), "{w:?} is found");
            }
            previous = Some(w);
            at = end + 1;
        }
    }
}
