//! Declared total statements: "Total funding requirements for NAME – USD 1,234,567", with the
//! casing, letter spacing, line breaks and wording slips that PDF extraction and editors leave.

use nom::{
    IResult, Parser,
    bytes::complete::{tag_no_case, take_while1},
    character::complete::{char, space0},
    combinator::opt,
};

use crate::model::DecimalMark;
use crate::model::{Amount, DashKind, Level, Total, Wording, WordingDefect};
use crate::parse::amount::{AmountRead, Lead, read_amount};
use crate::parse::name::normalize_name;
use crate::source::{Span, floor_char_boundary};

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
fn name_len(input: &str, mark: DecimalMark) -> usize {
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
            c if c.is_ascii_digit() && !amount_follows(&input[i..], mark) => return i,
            c if !prev_alnum && starts_currency(c, &input[i..]) => return i,
            // Dot leaders ("Total .......... USD 5").
            '.' if input[i..].starts_with("..") => return i,
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
fn amount_follows(input: &str, mark: DecimalMark) -> bool {
    let line = input.split(['\n', '\r']).next().unwrap_or("");
    let mut prev_alnum = true;
    for (i, c) in line.char_indices() {
        let lead = match c {
            '–' | '—' | ':' | '$' => true,
            c if !prev_alnum => starts_currency(c, &line[i..]),
            _ => false,
        };
        if lead {
            return matches!(
                read_amount(line, i, Lead::Any, mark),
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
pub fn read_total(text: &str, base: usize, mark: DecimalMark) -> Option<TotalRead> {
    let input = &text[base..];
    let Ok((rest, h)) = head(input) else {
        return read_other(text, base, None, mark).map(TotalRead::Total);
    };
    let name_start = base + (input.len() - rest.len());
    let len = name_len(rest, mark);
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
    let read = read_amount(text, amount_at, Lead::Any, mark);
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
        form: Wording::FundingRequirements,
        level: Level::Total,
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

/// Whether a currency starts at `input` (whose first character is `c`) and a figure follows it:
/// "USD", "$" and "US$" always (an amount may be missing after them), another code or symbol
/// only before a digit, so that a word of a name is never taken for a currency.
fn starts_currency(c: char, input: &str) -> bool {
    if !(c.is_alphabetic() || matches!(c, '$' | '€' | '£' | '¥')) {
        return false;
    }
    let Ok((rest, code)) = crate::parse::amount::currency(input) else {
        return false;
    };
    code == "USD" && !input.starts_with('€')
        || rest
            .trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}'])
            .starts_with(|c: char| c.is_ascii_digit())
}

/// The wordings of a total statement crossfoot reads besides "Total funding requirements for
/// NAME" (case-insensitive, markup set aside), by what follows the word "Total": the level the
/// head gives, and the pattern's name for messages. `NAME` may be empty ("Total: USD 5"); a
/// statement of these wordings needs an amount with a currency or a dash, a colon, a tab or dot
/// leaders before it, on its line, and nothing but markup after it on that line.
pub const WORDINGS: &[(&str, Level, &str)] = &[
    ("grand total", Level::Grand, "Grand Total"),
    ("sub-total", Level::SubTotal, "Sub-total NAME"),
    ("sub total", Level::SubTotal, "Sub-total NAME"),
    ("subtotal", Level::SubTotal, "Sub-total NAME"),
    ("total", Level::Total, "Total NAME"),
];

/// The word "Total" with what may stand before it ("Grand", "Sub-"), as the wordings table
/// lists it: the rest, the level and the pattern.
fn total_head(input: &str) -> Option<(&str, Level, &'static str)> {
    WORDINGS.iter().find_map(|&(head, level, pattern)| {
        let rest = head_words(input, head)?;
        (!rest.starts_with(|c: char| c.is_alphanumeric())).then_some((rest, level, pattern))
    })
}

/// The rest of `input` after the words of `head` (white space between them), if it starts
/// with them.
fn head_words<'i>(input: &'i str, head: &str) -> Option<&'i str> {
    let mut rest = input;
    for (i, word) in head.split(' ').enumerate() {
        if i > 0 {
            rest = ws1(rest).ok()?.0;
        }
        rest = if word == "total" {
            total_word(rest).ok()?.0
        } else {
            tag_no_case::<_, _, nom::error::Error<&str>>(word)
                .parse(rest)
                .ok()?
                .0
        };
    }
    Some(rest)
}

/// Whether only closing markup (emphasis, a table border) and white space follow `pos` on its
/// line.
fn line_closes(text: &str, pos: usize) -> bool {
    text[pos..]
        .chars()
        .take_while(|&c| c != '\n' && c != '\r')
        .all(|c| c.is_whitespace() || matches!(c, '*' | '_' | '|' | '.' | ';'))
}

/// Reads a statement of another wording than "Total funding requirements for NAME", whose head
/// ("Total", "Sub-total", "Grand Total") starts at `base`. `before` is a name written before the
/// head on its line ("Siraha total", "Mauritania — Total requirements"), if any.
#[must_use]
pub fn read_other(
    text: &str,
    base: usize,
    before: Option<Span>,
    mark: DecimalMark,
) -> Option<Total> {
    if before.is_none()
        && let Some(t) = read_cell_total(text, base, mark)
    {
        return Some(t);
    }
    let input = &text[base..];
    let (mut rest, level, mut pattern) = total_head(input)?;
    let at = |r: &str| base + (input.len() - r.len());
    let head_end = at(rest);
    // "requirements" and "for" are part of the wording, not of the name.
    if let Ok((r, (_, _, s))) = (
        space0::<&str, nom::error::Error<&str>>,
        tag_no_case("requirement"),
        opt(tag_no_case("s")),
    )
        .parse(rest)
        && !r.starts_with(|c: char| c.is_alphanumeric())
    {
        let _ = s;
        rest = r;
        pattern = "Total requirements NAME";
    }
    // "for" and its neighbours' words, with the article French puts after "pour".
    if let Ok((r, _)) = (
        space0::<&str, nom::error::Error<&str>>,
        nom::branch::alt((
            tag_no_case("for"),
            tag_no_case("pour"),
            tag_no_case("für"),
            tag_no_case("para"),
        )),
        ws1,
        // The article is a word of its own ("pour le Sénégal", never the "Le" of "Lebanon").
        opt(nom::branch::alt((
            (
                nom::branch::alt((tag_no_case("les"), tag_no_case("la"), tag_no_case("le"))),
                ws1,
            ),
            (tag_no_case("l'"), space0),
        ))),
    )
        .parse(rest)
    {
        rest = r;
        if pattern == "Total NAME" {
            pattern = "Total for NAME";
        }
    }
    let name_start = at(rest);
    // The name stays on the statement's line (and within a name's length of the head).
    let window = floor_char_boundary(rest, MAX_NAME_BYTES + 8);
    let line_len = rest[..window].find(['\n', '\r']).unwrap_or(window);
    let len = name_len(&rest[..line_len], mark);
    let raw = &rest[..len];
    let trimmed = raw.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '.'));
    let lead = trimmed.len()
        - trimmed
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '('))
            .len();
    let inner = trimmed[lead..].trim_end_matches(')');
    let mut name_span = Span::new(name_start + lead, name_start + lead + inner.len());
    // Dot leaders and white space run up to the figure.
    let leaders = rest[len..line_len]
        .find(|c: char| !(c == '.' || c.is_whitespace()))
        .unwrap_or(0);
    let amount_at = name_start + len + leaders;
    let Some(AmountRead::Amount(amount)) = read_amount(text, amount_at, Lead::Any, mark) else {
        return None;
    };
    if !separated(text, name_span.end.max(head_end), &amount) {
        return None;
    }
    let after = amount.trailing_punct.map_or(amount.span.end, |p| p.end);
    if !line_closes(text, after) {
        return None;
    }
    // The amount is on the statement's line, or alone on the next one; after a line that ends
    // announcing it ("Total requirements for X:"), one blank line may stand between (a column
    // set beside another, whose lines space its own apart).
    let breaks = text[base..amount.number.start]
        .bytes()
        .filter(|&b| b == b'\n')
        .count();
    if breaks > 2 || breaks == 2 && !announces(text, base) {
        return None;
    }
    match before {
        Some(b) if name_span.is_empty() => {
            name_span = b;
            if pattern == "Total NAME" || pattern == "Sub-total NAME" {
                pattern = if level == Level::SubTotal {
                    "NAME sub-total"
                } else {
                    "NAME total"
                };
            }
        }
        Some(_) => return None,
        None => {}
    }
    let name = if name_span.is_empty() {
        String::new()
    } else {
        normalize_name(&text[name_span.start..name_span.end])
    };
    let word = Span::new(base, head_end);
    Some(Total {
        form: Wording::Other(pattern),
        level,
        span: Span::new(before.map_or(base, |b| b.start.min(base)), amount.span.end),
        requirement: word,
        for_word: None,
        name_span,
        name,
        amount: Some(amount),
        wording: Vec::new(),
    })
}

/// Whether the statement's line, from `base`, ends with a colon or a dash that announces a
/// figure, and the line after it is blank (the figure stands on the one after that).
fn announces(text: &str, base: usize) -> bool {
    let mut lines = text[base..].split('\n');
    lines
        .next()
        .is_some_and(|l| l.trim_end().ends_with([':', '–', '—']))
        && lines.next().is_some_and(|l| l.trim().is_empty())
}

/// A total row of a bordered table ("| **Total** | | **2,400,000** |"): the head in its first
/// cell, the figure in its last.
fn read_cell_total(text: &str, base: usize, mark: DecimalMark) -> Option<Total> {
    let ls = text[..base].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    if !text[ls..base].trim_start().starts_with('|') {
        return None;
    }
    let window = floor_char_boundary(&text[base..], MAX_NAME_BYTES * 4);
    let le = base
        + text[base..base + window]
            .find(['\n', '\r'])
            .unwrap_or(window);
    let cells = crate::blocks::pipe_cells(&text[ls..le], ls)?;
    let first = *cells.first()?;
    if first.start != base {
        return None;
    }
    let head = &text[first.start..first.end];
    let (rest, level, pattern) = total_head(head)?;
    let name_text = rest.trim();
    let name_start = first.end - rest.len() + (rest.len() - rest.trim_start().len());
    let name_span = Span::new(name_start, name_start + name_text.len());
    let figure = *cells.iter().rev().find(|c| !c.is_empty())?;
    if figure == first {
        return None;
    }
    let amount = crate::parse::amount::cell_amount(text, figure, mark)?;
    Some(Total {
        form: Wording::Other(pattern),
        level,
        // The row is the statement, from its opening border.
        span: Span::new(
            ls + (text[ls..base].len() - text[ls..base].trim_start().len()),
            figure.end,
        ),
        requirement: Span::new(base, first.end - rest.len()),
        for_word: None,
        name_span,
        name: normalize_name(name_text),
        amount: Some(amount),
        wording: Vec::new(),
    })
}

/// Whether an amount is set off from the words before it as a declared figure is: by a
/// currency, a dash or colon, a tab or dot leaders.
fn separated(text: &str, words_end: usize, amount: &Amount) -> bool {
    if amount.currency.is_some() || amount.dash.is_some_and(|d| d.0 != DashKind::Hyphen) {
        return true;
    }
    let gap = &text[words_end.min(amount.span.start)..amount.span.start.max(words_end)];
    gap.contains('\t') || gap.contains("..") || amount.dash.is_some()
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
        match read_total(s, 0, DecimalMark::Point) {
            Some(TotalRead::Total(t)) => t,
            other => panic!("no total: {other:?}"),
        }
    }

    #[test]
    fn a_figure_announced_by_a_colon_may_stand_after_a_blank_line() {
        let t = total("Total requirements for Costa Norte:\n\nCHF 423,000\n");
        assert_eq!(t.name, "Costa Norte");
        assert_eq!(t.amount.map(|a| a.value()), Some(Decimal::from(423_000)));
        // Without the colon, a figure after a blank line is no part of the statement.
        assert!(
            read_total(
                "Total requirements for Costa Norte\n\nCHF 423,000\n",
                0,
                DecimalMark::Point
            )
            .is_none()
        );
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
