//! Shared by the sum rules over tables: the cents that a malformed figure carries, and the
//! cause hints of [`crate::hints::explain`] phrased for named parts (rows, sections, blocks).

use rust_decimal::Decimal;

use crate::hints::{Cause, Culprit, explain};
use crate::model::{Amount, NumberDefect};
use crate::money::{figure, money};

/// One part of a sum, with the words that name it in a help ("row \"IDP tracking\"").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub name: String,
    pub value: Decimal,
}

/// The cents carried by figures written with cents where whole figures belong: a difference
/// of exactly that much is the malformed figure's finding (`malformed-amount`), not a sum's.
#[must_use]
pub fn cents_residue<'a>(amounts: impl IntoIterator<Item = &'a Amount>) -> Decimal {
    amounts
        .into_iter()
        .filter(|a| a.defects.contains(&NumberDefect::Cents))
        .map(|a| a.value().fract())
        .fold(Decimal::ZERO, Decimal::saturating_add)
}

/// Whether `declared` and the parts' sum differ by no more than `tolerance`, or only by the
/// cents of malformed figures among them.
#[must_use]
pub fn foots(declared: Decimal, computed: Decimal, residue: Decimal, tolerance: Decimal) -> bool {
    let diff = (declared.saturating_sub(computed)).abs();
    diff <= tolerance || (!residue.is_zero() && diff == residue.abs())
}

/// "(130,000 more)" or "(130,000 less)": how the declared figure stands to the sum.
#[must_use]
pub fn direction(declared: Decimal, computed: Decimal) -> String {
    let diff = declared.saturating_sub(computed);
    let word = if diff.is_sign_positive() {
        "more"
    } else {
        "less"
    };
    format!("{} {word}", figure(diff.abs()))
}

/// The cause hint for `declared` against `parts`, phrased with the parts' names; `total` names
/// the declared figure ("\"Total Sudan\""). `None` when no single slip explains the difference.
#[must_use]
pub fn hint(declared: Decimal, parts: &[Part], total: &str, cur: &str) -> Option<(Cause, String)> {
    let values: Vec<Decimal> = parts.iter().map(|p| p.value).collect();
    let cause = explain(declared, &values)?;
    let listed = crate::money::sum(values.iter().copied());
    let text = match &cause {
        Cause::EqualsPart { part } => {
            let p = &parts[*part];
            if declared < listed {
                format!(
                    "the difference equals {} ({}): {total} may leave it out",
                    p.name,
                    money(cur, p.value)
                )
            } else {
                format!(
                    "the difference equals {} ({}): {total} may count it twice",
                    p.name,
                    money(cur, p.value)
                )
            }
        }
        Cause::Swapped { culprit, should_be } => culprit_text(
            *culprit,
            parts,
            declared,
            listed,
            *should_be,
            total,
            cur,
            "two adjacent digits look swapped",
        ),
        Cause::WrongDigit { culprit, should_be } => culprit_text(
            *culprit,
            parts,
            declared,
            listed,
            *should_be,
            total,
            cur,
            "one digit looks wrong",
        ),
        Cause::PowerOfTen { culprit, should_be } => culprit_text(
            *culprit,
            parts,
            declared,
            listed,
            *should_be,
            total,
            cur,
            "the figure looks off by a power of ten",
        ),
    };
    Some((cause, text))
}

/// The slip in the stated figure itself, when one turns the parts' sum into it (swapped
/// digits, one wrong digit, a power of ten): for sums whose parts are each corroborated.
#[must_use]
pub fn total_slip(declared: Decimal, computed: Decimal, total: &str, cur: &str) -> Option<String> {
    let what = match explain(declared, &[computed])? {
        Cause::Swapped { .. } => "two adjacent digits look swapped",
        Cause::WrongDigit { .. } => "one digit looks wrong",
        Cause::PowerOfTen { .. } => "the figure looks off by a power of ten",
        Cause::EqualsPart { .. } => return None,
    };
    Some(format!(
        "{what} in {total}: as {} instead of {} it would equal the sum",
        money(cur, computed),
        money(cur, declared)
    ))
}

/// Whether a cause blames a part for which `corroborated` holds (another source agrees with
/// it), so that the hint would mislead.
#[must_use]
pub fn blames(cause: &Cause, corroborated: &[bool]) -> bool {
    let culprit = match cause {
        Cause::Swapped { culprit, .. }
        | Cause::WrongDigit { culprit, .. }
        | Cause::PowerOfTen { culprit, .. } => *culprit,
        Cause::EqualsPart { .. } => return false,
    };
    matches!(culprit, Culprit::Part(i) if corroborated.get(i).copied().unwrap_or(false))
}

/// "1 row", "27 rows".
#[must_use]
pub fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

#[allow(clippy::too_many_arguments, reason = "the parts of one sentence")]
fn culprit_text(
    culprit: Culprit,
    parts: &[Part],
    declared: Decimal,
    listed: Decimal,
    should_be: Decimal,
    total: &str,
    cur: &str,
    what: &str,
) -> String {
    match culprit {
        Culprit::Part(i) => format!(
            "{what} in {}: as {} instead of {} the sum would equal {total}",
            parts[i].name,
            money(cur, should_be),
            money(cur, parts[i].value)
        ),
        Culprit::Total => format!(
            "{what} in {total}: as {} instead of {} it would equal the sum",
            money(cur, listed),
            money(cur, declared)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equals_part_and_cents() {
        let parts = vec![
            Part {
                name: "row \"A\"".into(),
                value: Decimal::from(100),
            },
            Part {
                name: "row \"B\"".into(),
                value: Decimal::from(250),
            },
        ];
        let (_, text) = hint(Decimal::from(100), &parts, "\"Total\"", "USD").expect("hint");
        assert!(text.contains("row \"B\""), "{text}");
        assert!(foots(
            Decimal::new(1009, 2),
            Decimal::from(10),
            Decimal::new(9, 2),
            Decimal::ZERO
        ));
        assert_eq!(direction(Decimal::from(5), Decimal::from(7)), "2 less");
    }
}
