//! Amounts: an optional dash, a currency, a number, each possibly separated by line breaks and
//! a displaced bullet glyph, read leniently with their written form kept.

use std::str::FromStr;

use nom::{
    IResult, Parser,
    branch::alt,
    character::complete::char,
    combinator::{map, value},
};
use rust_decimal::Decimal;

use crate::model::{Amount, DashKind, DecimalMark, NumberDefect, Reading};
use crate::source::Span;

/// The bullet glyph that PDF extraction displaces, often into the middle of an amount.
pub const GLYPH: char = '•';

/// Currency codes read beside figures and in table column headers ("(EUR)", "(in USD)"), and
/// counted by the census of figures written like money. A code counts as a currency only next to
/// a number, so a heading word ("ALL", "TOP") is never one.
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK", "NZD", "CNY", "INR",
    "ZAR", "KES", "UGX", "TZS", "ETB", "NGN", "XOF", "XAF", "PKR", "BDT", "NPR", "AFN", "TRY",
    "JOD", "LBP", "EGP", "BRL", "COP", "MXN", "PEN", "PHP", "IDR", "THB", "MMK", "HTG", "SDG",
];

/// The codes read in any case.
const CASELESS: &[&str] = &["USD", "EUR", "CHF", "GBP"];

/// Currency symbols and the code each stands for, longest first so that "US$" wins over "$".
const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("SFr.", "CHF"),
    ("Fr.", "CHF"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
];

/// How many unambiguous figures, with none the other way, decide a document's decimal mark.
const DECISIVE_VOTES: usize = 64;

impl DecimalMark {
    /// Infers a document's style from its unambiguous figures: two or more period groups
    /// ("1.234.567") or a period group before comma cents ("1.234,50") vote for the comma;
    /// two or more comma groups or a comma group before point cents vote for the point. Ties
    /// and documents with no such figure keep the point.
    #[must_use]
    pub fn infer(text: &str) -> Self {
        let bytes = text.as_bytes();
        let (mut point, mut comma) = (0usize, 0usize);
        let (mut weak_point, mut weak_comma) = (0usize, 0usize);
        let mut done = 0;
        // Only separators between digits can start a figure that votes: found with memchr, so
        // the prose between figures costs next to nothing.
        for p in memchr::memchr2_iter(b',', b'.', bytes) {
            // Sixty-four unambiguous figures and none the other way decide: a long document
            // is not read to its end for this.
            if (point >= DECISIVE_VOTES && comma == 0) || (comma >= DECISIVE_VOTES && point == 0) {
                break;
            }
            if p < done
                || p == 0
                || !bytes[p - 1].is_ascii_digit()
                || !bytes.get(p + 1).is_some_and(u8::is_ascii_digit)
            {
                continue;
            }
            let is_part = |b: &u8| b.is_ascii_digit() || matches!(b, b',' | b'.');
            let start = p - bytes[..p]
                .iter()
                .rev()
                .take(40)
                .take_while(|b| is_part(b))
                .count();
            let end = p + bytes[p..]
                .iter()
                .take(40)
                .take_while(|b| is_part(b))
                .count();
            done = end;
            let token = text[start..end].trim_start_matches([',', '.']);
            let token = token.trim_end_matches([',', '.']);
            // "1 234,50": space-grouped thousands before the mark.
            let spaced = text[..start]
                .strip_suffix([' ', '\u{a0}', '\u{202f}', '\u{2009}'])
                .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
            let spaced_vote = spaced
                .then(|| token.split_once([',', '.']))
                .flatten()
                .filter(|(w, f)| w.len() == 3 && (1..=2).contains(&f.len()))
                .map(|_| {
                    if token.contains(',') {
                        DecimalMark::Comma
                    } else {
                        DecimalMark::Point
                    }
                });
            match vote(token).or(spaced_vote) {
                Some(DecimalMark::Point) => point += 1,
                Some(DecimalMark::Comma) => comma += 1,
                None => match weak_vote(token) {
                    Some(DecimalMark::Point) => weak_point += 1,
                    Some(DecimalMark::Comma) => weak_comma += 1,
                    None => {}
                },
            }
        }
        if point + comma == 0 {
            // Only figures like "1.500" or "1,500": money is rarely written with three
            // decimals, so the one separator groups thousands.
            (point, comma) = (weak_point, weak_comma);
        }
        if comma > point {
            DecimalMark::Comma
        } else {
            DecimalMark::Point
        }
    }
}

/// The ISO code of an amount's currency, read from its written form in `text`.
#[must_use]
pub fn code_of(text: &str, amount: &Amount) -> Option<&'static str> {
    let c = amount.currency?;
    currency(&text[c.start..c.end]).ok().map(|r| r.1)
}

/// The figure that fills a table cell (`cell`, trimmed), read as an amount whose dash is the
/// cell's border: the column's header names its currency. `None` unless the whole cell is one
/// number.
#[must_use]
pub fn cell_amount(text: &str, cell: Span, mark: DecimalMark) -> Option<Amount> {
    let written = &text[cell.start..cell.end];
    let n = number(written, mark)?.ok()?;
    if n.len != written.len() {
        return None;
    }
    let border = text[..cell.start].rfind('|').unwrap_or(cell.start);
    Some(Amount {
        span: cell,
        number: cell,
        dash: Some((DashKind::Cell, Span::new(border, border + 1))),
        currency: None,
        written_value: n.written_value,
        alternative: n.alternative,
        reading: Reading::AsWritten,
        defects: n.defects,
        trailing_punct: None,
    })
}

/// The currency most of `amounts` are written in (read from the text of each one's currency).
/// Ties go to the code met first.
pub fn majority_currency<'a>(
    text: &str,
    amounts: impl Iterator<Item = &'a Amount>,
) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for code in amounts.filter_map(|a| code_of(text, a)) {
        match counts.iter_mut().find(|(k, _)| *k == code) {
            Some((_, n)) => *n += 1,
            None => counts.push((code, 1)),
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts.iter().find(|&&(_, n)| n == best).map(|&(c, _)| c)
}

/// How a figure with one separator before three digits ("1.500", "12,000") votes when no
/// figure of the document is unambiguous: for the other mark than its separator.
fn weak_vote(token: &str) -> Option<DecimalMark> {
    let (whole, group) = token.split_once([',', '.'])?;
    if whole.is_empty() || whole.len() > 3 || group.len() != 3 || !all_ascii_digits(group) {
        return None;
    }
    Some(if token.as_bytes()[whole.len()] == b'.' {
        DecimalMark::Comma
    } else {
        DecimalMark::Point
    })
}

/// How one figure votes on the decimal mark, if it is unambiguous.
fn vote(token: &str) -> Option<DecimalMark> {
    let groups: Vec<&str> = token.split([',', '.']).collect();
    if groups.len() < 2 || groups[0].is_empty() || groups[0].len() > 3 {
        return None;
    }
    let seps: Vec<u8> = token.bytes().filter(|b| matches!(b, b',' | b'.')).collect();
    let inner = &groups[1..groups.len() - 1];
    let last = groups[groups.len() - 1];
    if !inner.iter().all(|g| g.len() == 3) {
        return None;
    }
    let (first_sep, last_sep) = (seps[0], seps[seps.len() - 1]);
    let grouped = seps[..seps.len() - 1].iter().all(|&b| b == first_sep);
    let mark_of = |sep: u8| {
        if sep == b'.' {
            DecimalMark::Point
        } else {
            DecimalMark::Comma
        }
    };
    if seps.len() >= 2 && grouped && last_sep != first_sep && (1..=2).contains(&last.len()) {
        // "1,234.50" or "1.234,50": the last separator marks the cents.
        return Some(mark_of(last_sep));
    }
    if seps.len() >= 2 && seps.iter().all(|&b| b == first_sep) && last.len() == 3 {
        // "1,234,567" or "1.234.567": the repeated separator groups thousands.
        return Some(if first_sep == b',' {
            DecimalMark::Point
        } else {
            DecimalMark::Comma
        });
    }
    None
}

/// The most digits a figure may have; longer runs are not money and are not read.
const MAX_DIGITS: usize = 27;

/// White space between the parts of an amount: blanks, tabs, no-break spaces, at most two line
/// ends (an amount may wrap, once or twice across a blank line) and displaced glyphs.
fn gap(input: &str) -> &str {
    let mut breaks = 0;
    let mut end = 0;
    for (i, c) in input.char_indices() {
        match c {
            // A line end is `\n`, `\r\n` (counted at its `\n`) or a lone `\r`.
            '\r' if input.as_bytes().get(i + 1) == Some(&b'\n') => {}
            '\n' | '\r' => {
                breaks += 1;
                if breaks > 2 {
                    break;
                }
            }
            ' ' | '\t' | '\u{a0}' | '\u{202f}' | GLYPH => {}
            // Markdown emphasis around a figure ("Total: **EUR 690,000**"), never one star.
            '*' | '_' if input[i..].starts_with("**") || input[i..].starts_with("__") => {}
            '*' | '_' if i > 0 && input[..i].ends_with(['*', '_']) => {}
            _ => break,
        }
        end = i + c.len_utf8();
    }
    &input[end..]
}

/// A dash before an amount.
///
/// # Errors
/// When the input does not start with a dash, a hyphen or a colon.
pub fn dash(input: &str) -> IResult<&str, DashKind> {
    alt((
        value(DashKind::EnDash, char('–')),
        value(DashKind::EmDash, char('—')),
        value(DashKind::Hyphen, char('-')),
        value(DashKind::Colon, char(':')),
    ))
    .parse(input)
}

/// A currency code or symbol, not followed by a letter ("USD", "usd", "US$", "€", "CHF"),
/// with the ISO code it stands for. Whether it is next to a number is the caller's question.
///
/// # Errors
/// When the input does not start with a currency.
pub fn currency(input: &str) -> IResult<&str, &'static str> {
    let fail = || nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag));
    let bytes = input.as_bytes();
    let first = *bytes.first().ok_or_else(fail)?;
    // Only a letter or the first byte of a symbol can start a currency: most calls end here.
    if !(first.is_ascii_alphabetic() || matches!(first, b'$' | 0xE2 | 0xC2)) {
        return Err(fail());
    }
    for &(symbol, code) in CURRENCY_SYMBOLS {
        let n = symbol.len();
        if bytes.len() >= n && bytes[..n].eq_ignore_ascii_case(symbol.as_bytes()) {
            let rest = &input[n..];
            if symbol.ends_with(|c: char| c.is_alphabetic())
                && rest.starts_with(|c: char| c.is_alphabetic())
            {
                return Err(fail());
            }
            return Ok((rest, code));
        }
    }
    if bytes.len() < 3 || !bytes[..3].iter().all(u8::is_ascii_alphabetic) {
        return Err(fail());
    }
    let rest = &input[3..];
    if rest.starts_with(|c: char| c.is_alphabetic()) {
        return Err(fail());
    }
    let word = &input[..3];
    // Lower case only for the codes appeals write that way ("usd"): "try" or "pen" is a word.
    let upper = word.bytes().all(|b| b.is_ascii_uppercase());
    CURRENCY_CODES
        .iter()
        .find(|c| c.eq_ignore_ascii_case(word) && (upper || CASELESS.contains(c)))
        .map(|&c| (rest, c))
        .ok_or_else(fail)
}

/// A number as written, before interpretation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// Bytes consumed.
    pub len: usize,
    pub written_value: Decimal,
    pub alternative: Option<Decimal>,
    pub defects: Vec<NumberDefect>,
}

/// What went wrong reading a number that starts with a digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// More digits than any figure has.
    TooLong,
}

/// Reads a number: digit groups joined by ",", ".", an apostrophe ("1'234'567", "1’234") or a
/// space before a three-digit group, with `mark` separating the cents.
///
/// Returns `None` when `input` does not start with a digit.
#[must_use]
pub fn number(input: &str, mark: DecimalMark) -> Option<Result<Number, NumberError>> {
    if let Some(zeros) = letters_for_zeros(input) {
        let mut n = digits_number(&zeros, mark)?;
        if let Ok(n) = &mut n {
            n.defects.push(NumberDefect::LetterForZero);
        }
        return Some(n);
    }
    digits_number(input, mark)
}

/// How many bytes after a figure the number reader may look at (a scale word, a unit).
const LOOKAHEAD_BYTES: usize = 40;

/// `input` with each letter O typed for a zero inside its leading figure ("7O5,000",
/// "1,2OO,000") written as a zero, if it has one: an O between digits (or before a separator
/// and a digit), in a figure that ends with a digit and is not glued to a word ("2Oth"). Only
/// the figure and a few bytes after it are copied.
pub(crate) fn letters_for_zeros(input: &str) -> Option<String> {
    let bytes = input.as_bytes();
    let is_o = |b: u8| b == b'O' || b == b'o';
    let mut end = bytes
        .iter()
        .position(|&b| !(b.is_ascii_digit() || is_o(b) || matches!(b, b',' | b'.')))
        .unwrap_or(bytes.len());
    // A full stop or comma after the figure is the sentence's.
    while end > 0 && matches!(bytes[end - 1], b',' | b'.') {
        end -= 1;
    }
    let run = &bytes[..end];
    if !run.iter().any(|&b| is_o(b))
        || !run.last().is_some_and(u8::is_ascii_digit)
        || bytes[end..]
            .iter()
            .find(|b| !matches!(b, b',' | b'.'))
            .is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let digit_like = |b: u8| b.is_ascii_digit() || is_o(b);
    for (i, &b) in run.iter().enumerate() {
        if !is_o(b) {
            continue;
        }
        let before = i > 0 && digit_like(run[i - 1]);
        let after = match run.get(i + 1) {
            Some(&n) if digit_like(n) => true,
            Some(b',' | b'.') => run.get(i + 2).is_some_and(|&n| digit_like(n)),
            _ => false,
        };
        if !(before && after) {
            return None;
        }
    }
    let mut tail = (end + LOOKAHEAD_BYTES).min(input.len());
    while !input.is_char_boundary(tail) {
        tail -= 1;
    }
    let mut out: String = run
        .iter()
        .map(|&b| if is_o(b) { '0' } else { char::from(b) })
        .collect();
    out.push_str(&input[end..tail]);
    Some(out)
}

fn digits_number(input: &str, mark: DecimalMark) -> Option<Result<Number, NumberError>> {
    let bytes = input.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // Groups of digits with the separator that stood before each.
    let mut groups: Vec<(Option<u8>, bool, usize, usize)> = Vec::new(); // (sep, spaced, start, end)
    let mut i = 0;
    let mut sep: Option<u8> = None;
    let mut spaced = false;
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        groups.push((sep, spaced, start, i));
        if groups.len() > MAX_DIGITS {
            return Some(Err(NumberError::TooLong));
        }
        // A separator continues the number only when digits follow.
        let mut j = i;
        let mut s = None;
        // White space before a separator and a group of three ("312 ,500") is a slip inside
        // the number.
        let before = bytes[j..].iter().take_while(|&&b| b == b' ').count();
        let mut sp_before = false;
        if before > 0
            && matches!(bytes.get(j + before), Some(b',' | b'.'))
            && bytes[j + before + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
                == 3
            && !bytes.get(j + before + 4).is_some_and(u8::is_ascii_digit)
        {
            j += before;
            sp_before = true;
        }
        if j < bytes.len() && matches!(bytes[j], b',' | b'.' | b'\'') {
            s = Some(bytes[j]);
            j += 1;
        } else if bytes[j..].starts_with("’".as_bytes()) {
            s = Some(b'\'');
            j += "’".len();
        } else if let Some(len) = ["\u{a0}", "\u{202f}", "\u{2009}"]
            .iter()
            .find(|w| bytes[j..].starts_with(w.as_bytes()))
            .map(|w| w.len())
            && bytes.get(j + len).is_some_and(u8::is_ascii_digit)
            && bytes[j + len..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
                == 3
        {
            // A no-break or thin space groups thousands ("1 234 567", French style).
            s = Some(b'_');
            j += len;
        }
        let mut sp = sp_before;
        while j < bytes.len() && bytes[j] == b' ' {
            sp = true;
            j += 1;
        }
        if !(j < bytes.len() && bytes[j].is_ascii_digit()) {
            break;
        }
        if sp {
            // A space continues the number only before a group of exactly three digits that
            // ends the number there ("197, 263", "2 499 910"), never before a year or a count.
            let run = bytes[j..].iter().take_while(|b| b.is_ascii_digit()).count();
            let after = bytes.get(j + run).copied();
            if run != 3 || after.is_some_and(|b| b.is_ascii_alphanumeric()) {
                break;
            }
            if s.is_none() && groups.last().is_some_and(|g| g.3 - g.2 > 3) {
                break;
            }
        }
        sep = s;
        spaced = sp;
        i = j;
    }
    let digits: String = groups
        .iter()
        .flat_map(|&(_, _, s, e)| input[s..e].chars())
        .collect();
    if digits.len() > MAX_DIGITS {
        return Some(Err(NumberError::TooLong));
    }
    if mark == DecimalMark::Comma {
        // Read "1.234,50" as "1,234.50" would be read: the roles of the two marks swap.
        for g in &mut groups {
            g.0 = match g.0 {
                Some(b',') => Some(b'.'),
                Some(b'.') => Some(b','),
                other => other,
            };
        }
    }
    let mut n = interpret(&groups, input, &digits, i);
    if mark == DecimalMark::Comma {
        for d in &mut n.defects {
            if *d == NumberDefect::PeriodSeparators {
                *d = NumberDefect::CommaSeparators;
            }
        }
    }
    Some(Ok(n))
}

fn dec(digits: &str) -> Decimal {
    Decimal::from_str(digits).unwrap_or(Decimal::MAX)
}

fn interpret(
    groups: &[(Option<u8>, bool, usize, usize)],
    input: &str,
    digits: &str,
    len: usize,
) -> Number {
    let mut defects = Vec::new();
    if groups.iter().any(|g| g.1) {
        defects.push(NumberDefect::SpaceInside);
    }
    let glen = |g: &(Option<u8>, bool, usize, usize)| g.3 - g.2;
    // Apostrophes group thousands in every style; mixed with commas they depart from it.
    // Apostrophes and no-break spaces ("_" here) group thousands in every style; mixed with
    // commas they depart from it.
    let apostrophes = groups.iter().any(|g| matches!(g.0, Some(b'\'' | b'_')));
    if apostrophes && groups.iter().any(|g| g.0 == Some(b',')) {
        defects.push(NumberDefect::MixedSeparators);
    }
    let normalized: Vec<(Option<u8>, bool, usize, usize)>;
    let groups: &[(Option<u8>, bool, usize, usize)] = if apostrophes {
        normalized = groups
            .iter()
            .map(|&(sep, sp, a, b)| {
                let sep = if matches!(sep, Some(b'\'' | b'_')) {
                    Some(b',')
                } else {
                    sep
                };
                (sep, sp, a, b)
            })
            .collect();
        &normalized
    } else {
        groups
    };
    let mut whole: &[(Option<u8>, bool, usize, usize)] = groups;
    let mut cents: Option<&str> = None;
    // A final "." with one or two digits, after comma groups or a lone group, is cents.
    if let Some(last) = groups.last()
        && groups.len() >= 2
        && last.0 == Some(b'.')
        && glen(last) <= 2
        && groups[1..groups.len() - 1]
            .iter()
            .all(|g| g.0 == Some(b','))
    {
        cents = Some(&input[last.2..last.3]);
        whole = &groups[..groups.len() - 1];
    }
    let whole_digits: String = whole
        .iter()
        .flat_map(|&(_, _, s, e)| input[s..e].chars())
        .collect();
    let mut written_value = dec(&whole_digits);
    let mut alternative = None;
    if let Some(c) = cents {
        defects.push(NumberDefect::Cents);
        let frac = dec(c) / Decimal::from(10u64.pow(u32::try_from(c.len()).unwrap_or(2)));
        written_value += frac;
    }
    let first = &whole[0];
    if whole.len() == 1 {
        if glen(first) >= 4 {
            defects.push(NumberDefect::NoSeparators);
        }
    } else {
        let seps: Vec<u8> = whole[1..].iter().filter_map(|g| g.0).collect();
        if seps.contains(&b'.') {
            defects.push(NumberDefect::PeriodSeparators);
        }
        if glen(first) > 3 || whole[1..].iter().any(|g| glen(g) > 3) {
            defects.push(NumberDefect::LongGroup);
        } else if whole[1..].iter().any(|g| glen(g) < 3) {
            defects.push(NumberDefect::ShortGroup);
            // A short last group most likely lost trailing zeros: "720,00" may be 720,000.
            let last = whole.last().expect("whole has at least two groups here");
            let short = glen(last);
            if whole[1..whole.len() - 1].iter().all(|g| glen(g) == 3) && short < 3 {
                let padded = format!("{whole_digits}{}", "0".repeat(3 - short));
                alternative = Some(dec(&padded) + (written_value - dec(&whole_digits)));
            }
        }
    }
    let _ = digits;
    if written_value == Decimal::MAX {
        written_value = Decimal::ZERO;
    }
    Number {
        len,
        written_value,
        alternative,
        defects,
    }
}

/// The scale words and suffixes read after a number, with their factor.
const SCALES: &[(&str, u64)] = &[
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("thousand", 1_000),
    ("mn", 1_000_000),
    ("bn", 1_000_000_000),
    ("m", 1_000_000),
    ("k", 1_000),
];

/// A scale word or suffix at the start of `s` (not followed by a letter): its length, factor
/// and whether it is a misspelling of "million" or "billion" ("milion"). A one-letter suffix
/// counts only glued to the number ("1.5m", never "1.5 m" of a length).
fn scale_word(s: &str, glued: bool) -> Option<(usize, u64, bool)> {
    let word_len = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let word = &s[..word_len];
    for &(w, scale) in SCALES {
        if word.eq_ignore_ascii_case(w) && (w.len() > 1 || glued) {
            return Some((word_len, scale, false));
        }
    }
    for (w, scale) in [("million", 1_000_000u64), ("billion", 1_000_000_000)] {
        if (5..=8).contains(&word_len) && one_edit(&word.to_ascii_lowercase(), w) {
            return Some((word_len, scale, true));
        }
    }
    None
}

/// Whether `a` becomes `b` by one dropped, added or changed letter.
pub(crate) fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ra, rb) = (
        a.len() - pre - suf.min(a.len() - pre),
        b.len() - pre - suf.min(b.len() - pre),
    );
    a != b && ra <= 1 && rb <= 1 && a.len().abs_diff(b.len()) <= 1
}

/// "1,5" read with a decimal comma (1.5), for a figure with a scale word.
fn decimal_comma(number: &str) -> Option<Decimal> {
    let (whole, frac) = number.split_once(',')?;
    if whole.is_empty()
        || !all_ascii_digits(whole)
        || !(1..=2).contains(&frac.len())
        || !all_ascii_digits(frac)
    {
        return None;
    }
    Decimal::from_str(&format!("{whole}.{frac}")).ok()
}

fn all_ascii_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// The result of reading an amount at an anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountRead {
    Amount(Amount),
    /// A dash and currency (or a currency) with no number after them.
    Unreadable {
        span: Span,
        found: String,
    },
}

/// What the amount must start with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    /// A dash (or colon) must come first; bullets.
    Dash,
    /// A dash, a currency or the number itself; totals, whose dash may be missing.
    Any,
}

/// Reads an amount starting at `base` in `text`.
///
/// Returns `None` when nothing at `base` looks like an amount (a dash in prose, say).
#[must_use]
pub fn read_amount(text: &str, base: usize, lead: Lead, mark: DecimalMark) -> Option<AmountRead> {
    let input = &text[base..];
    let off = |rest: &str| base + (input.len() - rest.len());
    let mut rest = input;
    let mut dash_part = None;
    if let Ok((r, kind)) = dash(rest) {
        dash_part = Some((kind, Span::new(base, off(r))));
        rest = r;
    } else if lead == Lead::Dash {
        return None;
    }
    rest = gap(rest);
    let mut currency_span = None;
    if let Ok((r, _)) = map(currency, |c| c).parse(rest) {
        currency_span = Some(Span::new(off(rest), off(r)));
        rest = gap(r);
    }
    let number_start = off(rest);
    let Some(read) = number(rest, mark) else {
        // A dash in prose is nothing; a currency promising a figure is unreadable.
        return currency_span.map(|c| {
            let found: String = rest
                .chars()
                .take_while(|c| !matches!(c, '\n' | '\r'))
                .take(24)
                .collect();
            let start = dash_part.map_or(c.start, |d| d.1.start);
            AmountRead::Unreadable {
                span: Span::new(start, c.end),
                found: found.trim().to_string(),
            }
        });
    };
    let Ok(num) = read else {
        let start = dash_part.map_or(number_start, |d| d.1.start);
        return Some(AmountRead::Unreadable {
            span: Span::new(start, number_start),
            found: "a run of digits too long to be a figure".into(),
        });
    };
    // A dash with neither currency nor a figure-like number is a range or a date ("2007-2009").
    if dash_part.is_some_and(|d| d.0 == DashKind::Hyphen)
        && currency_span.is_none()
        && number_start == dash_part.map_or(0, |d| d.1.end)
    {
        return None;
    }
    let number_span = Span::new(number_start, number_start + num.len);
    rest = &text[number_span.end..];
    let mut end = number_span.end;
    let mut defects = num.defects;
    let mut written_value = num.written_value;
    // The currency may follow the number ("25,000 USD").
    if currency_span.is_none() {
        let after = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if let Ok((r, _)) = currency(after) {
            currency_span = Some(Span::new(off(after), off(r)));
            end = off(r);
            rest = r;
        }
    }
    // A scale word or suffix ("USD 1.6 million", "USD 1.5m", "3 bn", "250k"): the figure is
    // the number times the scale, exactly; its decimals are a fraction of the scale, not cents.
    let glued = rest.starts_with(|c: char| c.is_ascii_alphabetic());
    let after = rest.trim_start_matches([' ', '\u{a0}']);
    if let Some((len, scale, misspelled)) = scale_word(after, glued) {
        defects.retain(|d| *d != NumberDefect::Cents);
        if let Some(pos) = defects.iter().position(|d| *d == NumberDefect::ShortGroup)
            && let Some(whole) = decimal_comma(&text[number_span.start..number_span.end])
        {
            // "1,5 million": a comma where the figure's decimals begin.
            defects[pos] = NumberDefect::CommaDecimal;
            written_value = whole;
        }
        defects.push(if misspelled {
            NumberDefect::MisspelledScale
        } else {
            NumberDefect::ScaleWord
        });
        written_value = written_value.saturating_mul(Decimal::from(scale));
        end = off(after) + len;
        rest = &after[len..];
    }
    // The whole run of marks ("150,000.."), so that one edit removes it.
    let marks = rest
        .bytes()
        .take_while(|b| matches!(b, b'.' | b';' | b',' | b':' | b'!' | b'?'))
        .count();
    let trailing_punct = (marks > 0).then(|| Span::new(off(rest), off(rest) + marks));
    let start = dash_part.map_or_else(
        || currency_span.map_or(number_start, |c| c.start),
        |d| d.1.start,
    );
    Some(AmountRead::Amount(Amount {
        span: Span::new(start, end),
        number: number_span,
        dash: dash_part,
        currency: currency_span,
        written_value,
        alternative: num.alternative,
        reading: Reading::AsWritten,
        defects,
        trailing_punct,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Number {
        number(s, DecimalMark::Point)
            .expect("starts with a digit")
            .expect("readable")
    }

    #[test]
    fn a_letter_o_inside_the_digits_is_a_zero_with_a_defect() {
        let n = num("7O5,000 for shelter");
        assert_eq!(n.written_value, Decimal::from(705_000));
        assert_eq!(n.len, 7);
        assert!(n.defects.contains(&NumberDefect::LetterForZero));
        assert_eq!(num("1,2OO,000").written_value, Decimal::from(1_200_000));
        // Not a figure with a slip: an ordinal, a word, an O at the end.
        assert_eq!(num("2Oth").len, 1);
        assert_eq!(num("10Oct").len, 2);
        assert_eq!(num("10O").len, 2);
        assert!(num("705,000").defects.is_empty());
    }

    fn amount(s: &str) -> Amount {
        match read_amount(s, 0, Lead::Dash, DecimalMark::Point) {
            Some(AmountRead::Amount(a)) => a,
            other => panic!("not an amount: {other:?}"),
        }
    }

    #[test]
    fn house_form() {
        let n = num("1,234,567 ");
        assert_eq!(n.written_value, Decimal::from(1_234_567));
        assert!(n.defects.is_empty());
        assert_eq!(n.len, 9);
        assert!(num("582,500").defects.is_empty());
        assert!(num("999").defects.is_empty());
    }

    #[test]
    fn short_group_has_padded_alternative() {
        let n = num("720,00\n");
        assert_eq!(n.written_value, Decimal::from(72_000));
        assert_eq!(n.alternative, Some(Decimal::from(720_000)));
        assert_eq!(n.defects, vec![NumberDefect::ShortGroup]);
    }

    #[test]
    fn space_inside() {
        let n = num("197, 263\n");
        assert_eq!(n.written_value, Decimal::from(197_263));
        assert_eq!(n.defects, vec![NumberDefect::SpaceInside]);
        // A year after a figure is not part of it.
        assert_eq!(num("400,000 2008").written_value, Decimal::from(400_000));
        assert_eq!(num("5 people").written_value, Decimal::from(5));
    }

    #[test]
    fn periods_no_separators_and_cents() {
        assert_eq!(
            num("1.234.567").defects,
            vec![NumberDefect::PeriodSeparators]
        );
        assert_eq!(num("1.234.567").written_value, Decimal::from(1_234_567));
        assert_eq!(num("1234567").defects, vec![NumberDefect::NoSeparators]);
        let c = num("12,500.00");
        assert_eq!(c.defects, vec![NumberDefect::Cents]);
        assert_eq!(c.written_value, Decimal::from(12_500));
        let d = num("34052382.09");
        assert_eq!(
            d.written_value,
            Decimal::from_str("34052382.09").expect("decimal")
        );
        assert!(d.defects.contains(&NumberDefect::NoSeparators));
    }

    #[test]
    fn trailing_period_is_not_part_of_the_number() {
        let n = num("400,000.");
        assert_eq!(n.len, 7);
        assert!(n.defects.is_empty());
    }

    #[test]
    fn a_space_before_the_separator_is_inside_the_number() {
        let n = num("312 ,500 ");
        assert_eq!(n.written_value, Decimal::from(312_500));
        assert_eq!(n.defects, vec![NumberDefect::SpaceInside]);
        // Not before a year or a longer group.
        assert_eq!(num("312 ,2008").written_value, Decimal::from(312));
    }

    #[test]
    fn french_spaces() {
        let n = number("1\u{a0}234\u{202f}567,50", DecimalMark::Comma)
            .expect("digit")
            .expect("readable");
        assert_eq!(
            n.written_value,
            Decimal::from_str("1234567.50").expect("decimal")
        );
        assert!(n.defects.is_empty() || n.defects == vec![NumberDefect::Cents]);
        assert_eq!(
            DecimalMark::infer("245\u{a0}000,50 EUR et 12\u{a0}300,25 EUR"),
            DecimalMark::Comma
        );
    }

    #[test]
    fn european_and_swiss_forms() {
        let n = number("1.234.567,89", DecimalMark::Comma)
            .expect("digit")
            .expect("readable");
        assert_eq!(
            n.written_value,
            Decimal::from_str("1234567.89").expect("decimal")
        );
        let n = number("1,234,567", DecimalMark::Comma)
            .expect("digit")
            .expect("readable");
        assert_eq!(n.written_value, Decimal::from(1_234_567));
        assert_eq!(n.defects, vec![NumberDefect::CommaSeparators]);
        let n = num("412'680");
        assert_eq!(n.written_value, Decimal::from(412_680));
        assert!(n.defects.is_empty());
        assert_eq!(num("1’250’000").written_value, Decimal::from(1_250_000));
        let n = num("1,250'000");
        assert_eq!(n.written_value, Decimal::from(1_250_000));
        assert_eq!(n.defects, vec![NumberDefect::MixedSeparators]);
    }

    #[test]
    fn the_decimal_mark_is_inferred_from_unambiguous_figures() {
        assert_eq!(
            DecimalMark::infer("EUR 1.234.567 and EUR 420.000 and 3.176.250,50"),
            DecimalMark::Comma
        );
        assert_eq!(
            DecimalMark::infer("USD 1,234,567 and 2.5 and 1.500"),
            DecimalMark::Point
        );
        assert_eq!(DecimalMark::infer("no figures"), DecimalMark::Point);
    }

    #[test]
    fn currencies_and_symbols() {
        assert_eq!(currency("EUR 5").map(|r| r.1), Ok("EUR"));
        assert_eq!(currency("€5").map(|r| r.1), Ok("EUR"));
        assert_eq!(currency("US$ 5").map(|r| r.1), Ok("USD"));
        assert_eq!(currency("chf 5").map(|r| r.1), Ok("CHF"));
        assert!(currency("try 5").is_err());
        assert!(currency("EURO").is_err());
        assert!(currency("Fresh").is_err());
    }

    #[test]
    fn too_long() {
        let long = "9".repeat(40);
        assert_eq!(
            number(&long, DecimalMark::Point),
            Some(Err(NumberError::TooLong))
        );
    }

    #[test]
    fn amounts_with_glyph_and_breaks() {
        let a = amount("– USD •\t\n40,000\n");
        assert_eq!(a.written_value, Decimal::from(40_000));
        assert_eq!(a.dash.map(|d| d.0), Some(DashKind::EnDash));
        assert!(a.currency.is_some());
        let b = amount("– USD\n200,000 ");
        assert_eq!(b.written_value, Decimal::from(200_000));
    }

    #[test]
    fn variants() {
        let a = amount("— US$ 1,234");
        assert_eq!(a.dash.map(|d| d.0), Some(DashKind::EmDash));
        assert!(a.currency.is_some());
        let b = amount("– 25,000 USD");
        assert!(b.currency.is_some());
        assert_eq!(b.span.end, "– 25,000 USD".len());
        let c = amount("- 400,000•\t");
        assert_eq!(c.dash.map(|d| d.0), Some(DashKind::Hyphen));
        assert!(c.currency.is_none());
        let d = amount("– USD\u{a0}1,000.");
        assert!(d.trailing_punct.is_some());
    }

    #[test]
    fn prose_dashes_are_not_amounts() {
        assert_eq!(
            read_amount("– at national level", 0, Lead::Dash, DecimalMark::Point),
            None
        );
        assert_eq!(
            read_amount("-2009", 0, Lead::Dash, DecimalMark::Point),
            None
        );
        assert!(matches!(
            read_amount("– USD tbd", 0, Lead::Dash, DecimalMark::Point),
            Some(AmountRead::Unreadable { .. })
        ));
    }
}
