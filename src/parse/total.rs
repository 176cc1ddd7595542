//! Declared total statements: "Total funding requirements for NAME – USD 1,234,567", with the
//! casing, letter spacing, line breaks and wording slips that PDF extraction and editors leave.

use nom::{
    IResult, Parser,
    bytes::complete::{tag_no_case, take_while1},
    character::complete::{char, space0},
    combinator::opt,
};

use crate::model::{Total, WordingDefect};
use crate::parse::amount::{AmountRead, Lead, read_amount};
use crate::parse::name::normalize_name;
use crate::source::Span;

/// How far a name may run before the amount must appear.
const MAX_NAME_BYTES: usize = 240;
/// How many line breaks a name may span.
const MAX_NAME_BREAKS: usize = 4;

/// White space, Unicode's (no-break spaces included), at least one character.
fn ws1(input: &str) -> IResult<&str, &str> {
    take_while1(char::is_whitespace)(input)
}

/// "Total", possibly letter-spaced after the first letter ("t Otal").
fn total_word(input: &str) -> IResult<&str, ()> {
    let (rest, _) = (
        nom::character::complete::one_of("tT"),
        opt(char(' ')),
        tag_no_case("otal"),
    )
        .parse(input)?;
    Ok((rest, ()))
}

/// The words of a statement's head that vary between statements, as offsets into its input.
struct Head {
    /// "requirement" or "requirements", as written.
    requirement: (usize, usize),
    /// Whether it is "requirements".
    plural: bool,
    /// Where "for" begins, when it is written.
    for_at: Option<usize>,
}

/// The head of a statement up to the name ("Total funding requirements for "): returns the
/// rest and where its variable words stand.
fn head(input: &str) -> IResult<&str, Head> {
    let at = |rest: &str| input.len() - rest.len();
    let (rest, ((), _, _, _)) = (total_word, ws1, tag_no_case("funding"), ws1).parse(input)?;
    let word = at(rest);
    let (rest, (_, s)) = (tag_no_case("requirement"), opt(tag_no_case("s"))).parse(rest)?;
    let requirement = (word, at(rest));
    let (rest, _) = ws1(rest)?;
    let for_start = at(rest);
    let (rest, for_word) = opt((tag_no_case("for"), ws1)).parse(rest)?;
    Ok((
        rest,
        Head {
            requirement,
            plural: s.is_some(),
            for_at: for_word.map(|_| for_start),
        },
    ))
}

/// Parsed total statement, or the span of a statement whose amount could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TotalRead {
    Total(Total),
    /// A statement with no readable amount: the statement span and what stands there.
    NoAmount(Total, Span, String),
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            ' ' | '\t'
                | '\r'
                | '\n'
                | '\u{a0}'
                | '’'
                | '\''
                | '-'
                | '/'
                | '('
                | ')'
                | '.'
                | ','
                | '&'
        )
}

/// Finds where the amount part begins after a name: a dash after white space, a colon, a
/// currency code, or a digit. Returns the byte length of the name part.
fn name_len(input: &str) -> usize {
    let mut breaks = 0;
    // A currency starts a word: after anything but a letter or digit ("Fiji *usd 450,000").
    let mut prev_alnum = false;
    for (i, c) in input.char_indices() {
        if i > MAX_NAME_BYTES {
            return i;
        }
        match c {
            // A line end is `\n`, `\r\n` (counted at its `\n`) or a lone `\r`.
            '\r' if input.as_bytes().get(i + 1) == Some(&b'\n') => {}
            '\n' | '\r' => {
                breaks += 1;
                if breaks > MAX_NAME_BREAKS {
                    return i;
                }
            }
            '–' | '—' | ':' => return i,
            '-' if !prev_alnum => return i,
            // A number in the name ("Phase 2", "Region 7") when the amount follows it.
            c if c.is_ascii_digit() && !amount_follows(&input[i..]) => return i,
            'u' | 'U' if !prev_alnum => {
                let rest = &input[i..];
                if crate::parse::amount::currency(rest).is_ok() {
                    return i;
                }
            }
            '$' => return i,
            _ => {}
        }
        prev_alnum = c.is_alphanumeric();
    }
    input.len()
}

/// Whether, after the digits that start `input`, the statement goes on to an amount in the
/// written form of one (a dash, colon or currency before a number) on the same line: then the
/// digits are part of the name ("Total funding requirements for Phase 2 – USD 400,000"), not
/// its amount.
fn amount_follows(input: &str) -> bool {
    let line = input.split(['\n', '\r']).next().unwrap_or("");
    let mut prev_alnum = true;
    for (i, c) in line.char_indices() {
        let lead = match c {
            '–' | '—' | ':' | '$' => true,
            'u' | 'U' if !prev_alnum => crate::parse::amount::currency(&line[i..]).is_ok(),
            _ => false,
        };
        if lead {
            return matches!(
                read_amount(line, i, Lead::Any),
                Some(AmountRead::Amount(a)) if a.dash.is_some() || a.currency.is_some()
            );
        }
        prev_alnum = c.is_alphanumeric();
    }
    false
}

/// Reads a total statement whose "Total" starts at `base`. The caller has checked that `base`
/// starts a line.
#[must_use]
pub fn read_total(text: &str, base: usize) -> Option<TotalRead> {
    let input = &text[base..];
    let (rest, h) = head(input).ok()?;
    let name_start = base + (input.len() - rest.len());
    let len = name_len(rest);
    let raw_name = &rest[..len];
    let trimmed_end = raw_name.trim_end().len();
    let name_span = Span::new(name_start, name_start + trimmed_end);
    let name_text = &text[name_span.start..name_span.end];
    let requirement = Span::new(base + h.requirement.0, base + h.requirement.1);
    let for_word = h.for_at.map(|at| Span::new(base + at, name_start));
    let mut wording = Vec::new();
    if !h.plural {
        wording.push(WordingDefect::Singular(requirement));
    }
    if for_word.is_none() {
        // Point at the name's first word, before which "for" belongs.
        let word = rest[..len].split_whitespace().next().map_or(0, str::len);
        wording.push(WordingDefect::MissingFor(Span::new(
            name_start,
            name_start + word,
        )));
    }
    let name = normalize_name(name_text);
    let amount_at = name_start + len;
    let read = read_amount(text, amount_at, Lead::Any);
    // Stray characters, each on its own (a span from the first to the last would take the name
    // between them along), and only in a statement that reaches its amount: without one, what
    // was taken for the name is not known to be a name.
    if matches!(read, Some(AmountRead::Amount(_))) {
        for (i, c) in name_text.char_indices() {
            if !is_name_char(c) {
                let s = Span::new(name_start + i, name_start + i + c.len_utf8());
                wording.push(WordingDefect::StrayCharacters(s));
            }
        }
    }
    let total = |amount, end| Total {
        span: Span::new(base, end),
        requirement,
        for_word,
        name_span,
        name: name.clone(),
        amount,
        wording: wording.clone(),
    };
    match read {
        Some(AmountRead::Amount(a)) => {
            let end = a.span.end;
            Some(TotalRead::Total(total(Some(a), end)))
        }
        Some(AmountRead::Unreadable { span, found }) => {
            Some(TotalRead::NoAmount(total(None, span.end), span, found))
        }
        None => {
            let (after, _) = space0::<&str, nom::error::Error<&str>>(&text[amount_at..]).ok()?;
            let found: String = after
                .chars()
                .take_while(|c| !matches!(c, '\n' | '\r'))
                .take(24)
                .collect();
            let at = amount_at.min(name_span.end.max(amount_at));
            Some(TotalRead::NoAmount(
                total(None, name_span.end),
                Span::new(at, at),
                found,
            ))
        }
    }
}

/// Whether `word` (a run of letters) is followed by white space; used by the scanner to
/// confirm that "otal" is a word and not the middle of "totally".
#[must_use]
pub fn starts_statement(input: &str) -> bool {
    let Ok((rest, ())) = total_word(input) else {
        return false;
    };
    let Ok((_, _)) = take_while1::<_, &str, nom::error::Error<&str>>(char::is_whitespace)(rest)
    else {
        return false;
    };
    head(input).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn total(s: &str) -> Total {
        match read_total(s, 0) {
            Some(TotalRead::Total(t)) => t,
            other => panic!("no total: {other:?}"),
        }
    }

    #[test]
    fn small_caps_over_lines() {
        let t = total("tOtal fundIng requIreMents fOr angOla  \n– usd 6,912,175\n");
        assert_eq!(t.name, "Angola");
        assert_eq!(
            t.amount.as_ref().map(crate::model::Amount::value),
            Some(Decimal::from(6_912_175))
        );
        assert!(t.wording.is_empty());
    }

    #[test]
    fn blank_line_inside_and_long_name() {
        let t = total(
            "tOtal fundIng requIreMents fOr the  \nprOvInce Of KOsOvO (republIc Of serbIa) \n\n – usd 10,848,800\n",
        );
        assert_eq!(t.name, "The Province of Kosovo (Republic of Serbia)");
    }

    #[test]
    fn wording_defects() {
        let t = total("tOtal fundIng requIreMent fOr rWanda  \n– usd 100,000");
        assert!(matches!(t.wording[..], [WordingDefect::Singular(_)]));
        let t = total("tOtal fundIng requIreMents burKIna fasO \n– usd 1,137,571");
        assert!(matches!(t.wording[..], [WordingDefect::MissingFor(_)]));
        assert_eq!(t.name, "Burkina Faso");
        let t = total("tOtal fundIng requIreMents fOr slOvaKIa<\n – usd 1,269,000");
        assert!(matches!(t.wording[..], [WordingDefect::StrayCharacters(_)]));
        assert_eq!(t.name, "Slovakia");
    }

    #[test]
    fn the_variable_words_are_kept() {
        let text = "tOtal fundIng requIreMents fOr  rWanda – usd 100,000";
        let t = total(text);
        assert_eq!(
            &text[t.requirement.start..t.requirement.end],
            "requIreMents"
        );
        let f = t.for_word.expect("for");
        assert_eq!(&text[f.start..f.end], "fOr  ");
        let text = "Total funding requirement Fiji – USD 5";
        let t = total(text);
        assert_eq!(&text[t.requirement.start..t.requirement.end], "requirement");
        assert_eq!(t.for_word, None);
    }

    #[test]
    fn one_line_and_variants() {
        let t = total("Total funding requirements for Fiji: USD 1,234,567\n");
        assert_eq!(t.name, "Fiji");
        let t = total("tOtal fundIng requIreMents fOr the republIc Of serbIa usd 6,037,944\n");
        assert_eq!(t.name, "The Republic of Serbia");
        assert!(t.amount.as_ref().is_some_and(|a| a.dash.is_none()));
        let t = total("t Otal fundIng requIreMents fOr the  \neurOpean unIOn - 6,019,851\n");
        assert_eq!(t.name, "The European Union");
        assert!(t.amount.as_ref().is_some_and(|a| a.currency.is_none()));
        let t = total("tOtal fundIng requIreMents fOr tIMOr-leste \n – usd 6,360,000");
        assert_eq!(t.name, "Timor-Leste");
    }

    #[test]
    fn a_number_in_the_name_before_the_amount() {
        let t = total("Total funding requirements for Phase 2 – USD 4,000\n");
        assert_eq!(t.name, "Phase 2");
        assert_eq!(
            t.amount.as_ref().map(crate::model::Amount::value),
            Some(Decimal::from(4_000))
        );
        let t = total("Total funding requirements for Fiji 80,000\n");
        assert_eq!(t.name, "Fiji");
        let t = total("Total funding requirements for Fiji 80,000 – see the annex\n");
        assert_eq!(t.name, "Fiji");
    }

    #[test]
    fn prose_is_not_a_statement() {
        assert!(!starts_statement("totally different"));
        assert!(!starts_statement("total of 55 people"));
        assert!(starts_statement("tOtal fundIng requIreMents fOr x"));
    }
}
