//! Likely causes of a sum that does not foot, shared by every sum rule: a figure counted twice
//! or left out, two swapped digits, one wrong digit, a power-of-ten slip.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// Which figure a cause points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Culprit {
    /// The part at this index.
    Part(usize),
    /// The stated total.
    Total,
}

/// A single slip that explains a difference exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cause {
    /// The difference equals one part: the total leaves it out (`listed > declared`) or counts
    /// it twice (`declared > listed`).
    EqualsPart { part: usize },
    /// Two adjacent digits swapped in one figure: it should read `should_be`.
    Swapped {
        culprit: Culprit,
        should_be: Decimal,
    },
    /// One digit wrong in one figure.
    WrongDigit {
        culprit: Culprit,
        should_be: Decimal,
    },
    /// One figure is ten (or a hundred, a thousand) times too large or too small.
    PowerOfTen {
        culprit: Culprit,
        should_be: Decimal,
    },
}

impl Cause {
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Cause::EqualsPart { .. } => "equals-part",
            Cause::Swapped { .. } => "swapped-digits",
            Cause::WrongDigit { .. } => "wrong-digit",
            Cause::PowerOfTen { .. } => "power-of-ten",
        }
    }
}

fn whole(v: Decimal) -> Option<u128> {
    if v.is_sign_negative() || !v.fract().is_zero() {
        return None;
    }
    v.trunc().to_u128()
}

/// Every value obtained by swapping two adjacent, different digits of `v`.
fn swaps(v: u128) -> impl Iterator<Item = u128> {
    let digits: Vec<u8> = v.to_string().into_bytes();
    (0..digits.len().saturating_sub(1)).filter_map(move |i| {
        if digits[i] == digits[i + 1] || (i == 0 && digits[1] == b'0') {
            return None;
        }
        let mut d = digits.clone();
        d.swap(i, i + 1);
        std::str::from_utf8(&d).ok()?.parse().ok()
    })
}

/// Whether `a` and `b` have as many digits and differ in exactly one of them.
fn one_digit_apart(a: u128, b: u128) -> bool {
    let (x, y) = (a.to_string(), b.to_string());
    x.len() == y.len() && x.bytes().zip(y.bytes()).filter(|(p, q)| p != q).count() == 1
}

fn power_of_ten_apart(a: u128, b: u128) -> bool {
    let (big, small) = if a > b { (a, b) } else { (b, a) };
    small != 0 && [10, 100, 1000].iter().any(|&k| small * k == big)
}

/// Finds the single slip that explains why `parts` sum to `listed` and not to `declared`.
///
/// The causes are tried in order of how often editors make them; the first that explains the
/// difference exactly wins. `None` when no single slip does.
#[must_use]
pub fn explain(declared: Decimal, parts: &[Decimal]) -> Option<Cause> {
    // Figures near Decimal's limit would overflow: no hint is better than a panic.
    let listed = parts
        .iter()
        .try_fold(Decimal::ZERO, |acc, p| acc.checked_add(*p))?;
    let diff = declared.checked_sub(listed)?;
    if parts.iter().any(|p| p.checked_add(diff).is_none()) {
        return None;
    }
    if diff.is_zero() {
        return None;
    }
    if let Some(part) = parts.iter().position(|p| !p.is_zero() && *p == diff.abs()) {
        return Some(Cause::EqualsPart { part });
    }
    let d = whole(declared)?;
    let l = whole(listed)?;
    // The first part that, changed to the value the sum needs, passes `test` (as written, as
    // needed); with the value it should have.
    let part_where = |test: &dyn Fn(u128, u128) -> bool| {
        parts.iter().enumerate().find_map(|(i, p)| {
            let should_be = *p + diff;
            let ok = test(whole(*p)?, whole(should_be)?);
            ok.then_some((Culprit::Part(i), should_be))
        })
    };
    let swapped = |v: u128, n: u128| swaps(v).any(|s| s == n);
    if d.abs_diff(l) % 9 == 0 {
        if let Some((culprit, should_be)) = part_where(&swapped) {
            return Some(Cause::Swapped { culprit, should_be });
        }
        if swapped(d, l) {
            return Some(Cause::Swapped {
                culprit: Culprit::Total,
                should_be: listed,
            });
        }
    }
    if let Some((culprit, should_be)) = part_where(&one_digit_apart) {
        return Some(Cause::WrongDigit { culprit, should_be });
    }
    if one_digit_apart(d, l) {
        return Some(Cause::WrongDigit {
            culprit: Culprit::Total,
            should_be: listed,
        });
    }
    if let Some((culprit, should_be)) = part_where(&power_of_ten_apart) {
        return Some(Cause::PowerOfTen { culprit, should_be });
    }
    if power_of_ten_apart(d, l) {
        return Some(Cause::PowerOfTen {
            culprit: Culprit::Total,
            should_be: listed,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(v: i64) -> Decimal {
        Decimal::from(v)
    }

    #[test]
    fn equals_part() {
        assert_eq!(
            explain(d(300), &[d(100), d(200), d(100)]),
            Some(Cause::EqualsPart { part: 0 })
        );
        assert_eq!(
            explain(d(400), &[d(100), d(200)]),
            Some(Cause::EqualsPart { part: 0 })
        );
    }

    #[test]
    fn swapped() {
        // 1,250 written as 1,520: listed 1,520 + 300 = 1,820, declared 1,550.
        let c = explain(d(1550), &[d(1520), d(300)]);
        assert_eq!(
            c,
            Some(Cause::Swapped {
                culprit: Culprit::Part(0),
                should_be: d(1250)
            })
        );
        // Divisible by nine, but no swap explains it.
        assert_eq!(explain(d(1000 + 18), &[d(1000)]), None);
    }

    #[test]
    fn wrong_digit_and_power_of_ten() {
        assert_eq!(
            explain(d(6250), &[d(5950), d(200)]),
            Some(Cause::WrongDigit {
                culprit: Culprit::Part(1),
                should_be: d(300)
            })
        );
        assert_eq!(
            explain(d(5500), &[d(5000), d(5000)]),
            Some(Cause::PowerOfTen {
                culprit: Culprit::Part(0),
                should_be: d(500)
            })
        );
    }

    #[test]
    fn no_single_cause() {
        assert_eq!(explain(d(2_747_107), &[d(2_000_000), d(617_107)]), None);
    }
}
