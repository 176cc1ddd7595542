//! Formatting figures in the house form ("1,234,567"), for messages and fixes.

use rust_decimal::Decimal;

/// Groups the integer part in threes with commas; keeps cents when there are any.
#[must_use]
pub fn group(value: Decimal) -> String {
    let negative = value.is_sign_negative() && !value.is_zero();
    let v = value.abs().normalize();
    let text = v.to_string();
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    if negative {
        out.push('-');
    }
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
        if f.len() == 1 {
            out.push('0');
        }
    }
    out
}

/// `value` grouped as a document writes its figures: thousands separated by `sep`, cents after
/// `mark` ("1.234.567,50" with '.' and ',').
#[must_use]
pub fn group_as(value: Decimal, sep: char, mark: char) -> String {
    group(value)
        .chars()
        .map(|c| match c {
            ',' => sep,
            '.' => mark,
            c => c,
        })
        .collect()
}

/// The sum of figures, saturating at `Decimal`'s limit instead of overflowing: figures of up
/// to 27 digits are read, and a few hundred of them exceed what `Decimal` holds.
pub fn sum(values: impl IntoIterator<Item = Decimal>) -> Decimal {
    values
        .into_iter()
        .fold(Decimal::ZERO, Decimal::saturating_add)
}

thread_local! {
    /// How `money` writes figures on this thread: the thousands separator and the decimal mark
    /// of the document being checked (see [`in_style`]).
    static STYLE: std::cell::Cell<(char, char)> = const { std::cell::Cell::new((',', '.')) };
}

/// Runs `f` with `money` writing figures as a document does (thousands separated by `sep`,
/// cents after `mark`), so that the messages about a document in "1.234.567,50" quote its
/// figures that way; the style is restored after, even if `f` panics.
pub fn in_style<R>(sep: char, mark: char, f: impl FnOnce() -> R) -> R {
    struct Restore((char, char));
    impl Drop for Restore {
        fn drop(&mut self) {
            STYLE.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(STYLE.with(|s| s.replace((sep, mark))));
    f()
}

/// A figure for a message: "1,234,567", or in the style of the document being checked
/// ("1.234.567").
#[must_use]
pub fn figure(value: Decimal) -> String {
    let (sep, mark) = STYLE.with(std::cell::Cell::get);
    if (sep, mark) == (',', '.') {
        group(value)
    } else {
        group_as(value, sep, mark)
    }
}

/// "USD 1,234,567", or in the style of the document being checked ("EUR 1.234.567").
#[must_use]
pub fn money(currency: &str, value: Decimal) -> String {
    format!("{currency} {}", figure(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn messages_quote_figures_in_the_documents_style_and_only_there() {
        let v = Decimal::from_str("1234567.5").expect("decimal");
        assert_eq!(money("EUR", v), "EUR 1,234,567.50");
        let inside = in_style('.', ',', || money("EUR", v));
        assert_eq!(inside, "EUR 1.234.567,50");
        assert_eq!(in_style(' ', ',', || figure(v)), "1 234 567,50");
        // Restored after, even when the closure panics.
        assert_eq!(money("EUR", v), "EUR 1,234,567.50");
        let _ = std::panic::catch_unwind(|| in_style('.', ',', || panic!("a rule panicked")));
        assert_eq!(figure(v), "1,234,567.50");
    }

    #[test]
    fn grouping() {
        assert_eq!(group(Decimal::from(1_234_567)), "1,234,567");
        assert_eq!(group(Decimal::from(589)), "589");
        assert_eq!(group(Decimal::from(-130_000)), "-130,000");
        assert_eq!(
            group(Decimal::from_str("1234.5").expect("decimal")),
            "1,234.50"
        );
        assert_eq!(
            group(Decimal::from_str("1000.00").expect("decimal")),
            "1,000"
        );
    }
}
