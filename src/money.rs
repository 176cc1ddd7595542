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

/// "USD 1,234,567".
#[must_use]
pub fn money(currency: &str, value: Decimal) -> String {
    format!("{currency} {}", group(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

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
