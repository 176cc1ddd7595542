//! A census of what looks like money in the text, read or not: the evidence `no-sections` gives
//! when crossfoot found no declared figure ("found 240 amounts and no declared total").
//!
//! Deliberately broader than the grammar: a figure counts when it is written like money (a
//! thousands grouping, "1,234" or "1.234.567" or "1 234", or a currency beside it, "USD 400",
//! "€ 12", "400 CHF"), whatever the wording around it. Years and counts of four bare digits do
//! not count ("2008", "1500 people").

use crate::parse::amount::CURRENCY_CODES;

/// Currency symbols that make a number beside them a figure of money, beside the codes of
/// [`CURRENCY_CODES`].
const SYMBOLS: &[&str] = &["US$", "Fr.", "$", "€", "£", "¥"];

/// How many figures in `text` are written like money.
#[must_use]
pub fn money_like(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i;
        let (end, grouped) = number_end(bytes, i);
        if grouped || currency_beside(text, start, end) {
            count += 1;
        }
        i = end.max(start + 1);
    }
    count
}

/// The end of the number starting at `i` (digits and the separators between groups), and
/// whether it is grouped in thousands.
fn number_end(bytes: &[u8], mut i: usize) -> (usize, bool) {
    let mut grouped = false;
    let mut group = 0usize;
    let mut first = true;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
            group += 1;
        }
        // A separator followed by exactly three digits continues the number as a group.
        let sep = match bytes.get(i) {
            Some(b',' | b'.' | b'\'' | b' ') => 1,
            // A no-break space (C2 A0) or a right single quotation mark (E2 80 99).
            Some(0xC2) if bytes.get(i + 1) == Some(&0xA0) => 2,
            Some(0xE2) if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0x99) => 3,
            _ => 0,
        };
        let three = sep > 0
            && (1..=3).all(|k| bytes.get(i + sep + k - 1).is_some_and(u8::is_ascii_digit))
            && !bytes.get(i + sep + 3).is_some_and(u8::is_ascii_digit);
        if !three || (first && group > 3) {
            return (i, grouped);
        }
        grouped = true;
        first = false;
        i += sep;
        group = 0;
    }
}

/// Whether a currency stands right before `start` or right after `end` (a space between
/// allowed).
fn currency_beside(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    let after = text[end..].trim_start_matches([' ', '\u{a0}']);
    CURRENCY_CODES.iter().chain(SYMBOLS).any(|c| {
        let word_before = before.len() >= c.len()
            && before.is_char_boundary(before.len() - c.len())
            && before[before.len() - c.len()..].eq_ignore_ascii_case(c);
        let word_after = after.len() >= c.len()
            && after.is_char_boundary(c.len())
            && after[..c.len()].eq_ignore_ascii_case(c)
            && !after[c.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        word_before || word_after
    })
}

#[cfg(test)]
mod tests {
    use super::money_like;

    #[test]
    fn figures_written_like_money() {
        assert_eq!(money_like("USD 400 and 1,234,567 and 1.234.567,50"), 3);
        assert_eq!(money_like("€12 and 400 CHF and 1 234 567"), 3);
        assert_eq!(money_like("Fr. 2'500 and 3’400"), 2);
    }

    #[test]
    fn years_counts_and_codes_are_not_money() {
        assert_eq!(money_like("In 2008, 1500 people; KEN-10/H/34512; 12.5%"), 0);
        assert_eq!(money_like("2010-2012 and 3,5 and 12,34"), 0);
    }
}
