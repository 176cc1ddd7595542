//! `total-mismatch`: a section's listed projects don't sum to its declared total.

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Label};
use crate::hints::{Cause, Culprit, explain};
use crate::model::Section;
use crate::money::{figure, money};
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Adds up the amounts of the project bullets of each section (a country, a regional
    /// programmes block) and compares the sum with the section's declared total, "Total funding
    /// requirements for NAME – USD 1,234,567".
    ///
    /// ## Why is this bad?
    /// Readers and donors take the declared total as the sum of the projects above it. When they
    /// differ, either a project is missing or counted twice, a figure was mistyped, or the total
    /// was not updated after the list changed; the summary tables then carry the error on.
    ///
    /// The help names the likely cause when a single slip explains the difference exactly: the
    /// difference equals one listed amount, two adjacent digits were swapped, one digit is
    /// wrong, a figure is off by a power of ten, or the bullets after a heading foot on their own.
    ///
    /// ## Example
    /// ```text
    /// Research on migration – USD 50,000
    /// Return assistance – USD 106,000
    /// Total funding requirements for Azerbaijan – USD 286,000
    /// ```
    /// The projects sum to USD 156,000; the total declares USD 130,000 more.
    ///
    /// ## Fix safety
    /// The fix follows the diagnosis: where the help blames one listed amount (swapped digits, a
    /// wrong digit, a power of ten), it rewrites that amount to the value with which the
    /// section foots; otherwise it rewrites the declared total to the listed sum; where a
    /// heading split off bullets that lost their own total, there is no fix (a statement is
    /// missing). It is unsafe: which figure is wrong is a judgement, so it is applied only with
    /// `--unsafe-fixes`.
    pub static TOTAL_MISMATCH = {
        code: "total-mismatch",
        severity: Error,
        summary: "a section's listed projects don't sum to its declared total",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    // How the document writes its figures, for the fixes: learned once, only if a section
    // does not foot.
    let style = std::sync::OnceLock::new();
    ctx.doc
        .sections
        .iter()
        .filter_map(|s| mismatch(ctx, s, &style).or_else(|| of_parts(ctx, s)))
        .collect()
}

/// The sections a total of totals sums: its sub-totals, or for a grand total the totals (not
/// their sub-totals).
pub(crate) fn parts_of<'d>(
    doc: &'d crate::model::Document,
    section: &Section,
) -> impl Iterator<Item = &'d Section> {
    let grand = section.total.level == crate::model::Level::Grand;
    doc.sections[section.parts.clone()]
        .iter()
        .filter(move |p| !(grand && p.total.level == crate::model::Level::SubTotal))
}

/// A total of sub-totals (or a grand total) that is not their sum as printed.
fn of_parts(ctx: &Context<'_>, section: &Section) -> Option<Diagnostic> {
    if section.parts.is_empty() {
        return None;
    }
    let total = section.total.amount.as_ref()?;
    let declared = total.value();
    let parts: Vec<&Section> = parts_of(ctx.doc, section).collect();
    let computed = crate::money::sum(parts.iter().filter_map(|p| p.declared()));
    let diff = declared.saturating_sub(computed);
    if diff.abs() <= ctx.tolerance {
        return None;
    }
    let cur = ctx.currency;
    let what = if section.total.level == crate::model::Level::Grand {
        "the totals"
    } else {
        "the sub-totals"
    };
    let help = format!(
        "{what} above it ({}) sum to {}: the total, or one of them, is wrong",
        parts
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        money(cur, computed)
    );
    let mut d = Diagnostic::new(
        &TOTAL_MISMATCH,
        total.number,
        format!(
            "{what} of {} sum to {}, declared total is {} ({} {})",
            section.name,
            money(cur, computed),
            money(cur, declared),
            figure(diff.abs()),
            if diff.is_sign_positive() {
                "more"
            } else {
                "less"
            }
        ),
    )
    .with_label(format!("declared {}", money(cur, declared)))
    .with_help(help)
    .in_section(Some(section.key()));
    d.declared = Some(declared);
    d.computed = Some(computed);
    Some(d)
}

/// A title short enough to quote in a message, cut after a whole word.
pub(crate) fn short_title(title: &str) -> String {
    crate::text::short(title)
}

fn mismatch(
    ctx: &Context<'_>,
    section: &Section,
    style: &std::sync::OnceLock<(char, char)>,
) -> Option<Diagnostic> {
    // A total with nothing listed above it is `empty-section`'s finding.
    if section.bullets.is_empty() {
        return None;
    }
    let total = section.total.amount.as_ref()?;
    let declared = total.value();
    let listed = section.listed_sum();
    // A figure the fix writes is written as the document writes its figures.

    let group_as = crate::money::group_as;
    let diff = declared.saturating_sub(listed);
    if diff.abs() <= ctx.tolerance {
        return None;
    }
    let (sep, mark) = *style
        .get_or_init(|| crate::rules::malformed_amount::write_style(ctx.doc, &ctx.source.text));
    let cur = ctx.currency;
    let direction = if diff.is_sign_positive() {
        "more"
    } else {
        "less"
    };
    let message = format!(
        "listed projects of {} sum to {}, declared total is {} ({} {direction})",
        section.name,
        money(cur, listed),
        money(cur, declared),
        figure(diff.abs()),
    );
    let amounted: Vec<_> = section
        .bullets
        .iter()
        .filter_map(|b| b.amount.as_ref().map(|a| (b, a)))
        .collect();
    let parts: Vec<_> = amounted.iter().map(|(_, a)| a.value()).collect();
    let cause = explain(declared, &parts);
    let mut labels: Vec<Label> = amounted
        .iter()
        .map(|(_, a)| Label::listing(a.number, money(cur, a.value())))
        .collect();
    let title_of = |i: usize| short_title(&amounted[i].0.title);
    // The unsafe fix follows the diagnosis: the figure the hint blames is rewritten to the
    // value with which the section foots; with no figure blamed, the declared total is set to
    // the listed sum; where a heading split off bullets that lost their own total, no figure
    // change is offered (a total statement is missing, which only the editor can write).
    let total_fix = || Fix {
        title: format!("set the declared total to {}", money(cur, listed)),
        applicability: Applicability::Unsafe,
        edits: vec![Edit {
            span: total.number,
            replacement: group_as(listed, sep, mark),
        }],
    };
    // A figure written with a scale word ("USD 340 million") has no digits to rewrite: no fix
    // touches it.
    let in_words = |a: &crate::model::Amount| {
        use crate::model::NumberDefect as D;
        a.defects
            .iter()
            .any(|d| matches!(d, D::ScaleWord | D::MisspelledScale | D::CommaDecimal))
    };
    let fix = match &cause {
        Some(
            Cause::Swapped {
                culprit: Culprit::Part(i),
                should_be,
            }
            | Cause::WrongDigit {
                culprit: Culprit::Part(i),
                should_be,
            }
            | Cause::PowerOfTen {
                culprit: Culprit::Part(i),
                should_be,
            },
        ) if !in_words(amounted[*i].1) => Some(Fix {
            title: format!(
                "set the amount of \"{}\" to {}",
                title_of(*i),
                money(cur, *should_be)
            ),
            applicability: Applicability::Unsafe,
            edits: vec![Edit {
                span: amounted[*i].1.number,
                replacement: group_as(*should_be, sep, mark),
            }],
        }),
        Some(Cause::Swapped { .. } | Cause::WrongDigit { .. } | Cause::PowerOfTen { .. }) => None,
        None if split_run_help(ctx, section, declared).is_some() => None,
        _ if in_words(total) => None,
        Some(_) | None => Some(total_fix()),
    };
    let help = match &cause {
        Some(Cause::EqualsPart { part }) => {
            labels[*part].message = format!("{}: equals the difference", money(cur, parts[*part]));
            labels[*part].listing = false;
            if diff.is_sign_negative() {
                format!(
                    "the difference equals the amount of \"{}\" ({}): the total may leave it out",
                    title_of(*part),
                    money(cur, parts[*part])
                )
            } else {
                format!(
                    "the difference equals the amount of \"{}\" ({}): the total may count it twice",
                    title_of(*part),
                    money(cur, parts[*part])
                )
            }
        }
        Some(Cause::Swapped { culprit, should_be }) => culprit_help(
            ctx,
            &mut labels,
            *culprit,
            &title_of,
            &parts,
            declared,
            *should_be,
            "two adjacent digits look swapped",
        ),
        Some(Cause::WrongDigit { culprit, should_be }) => culprit_help(
            ctx,
            &mut labels,
            *culprit,
            &title_of,
            &parts,
            declared,
            *should_be,
            "one digit looks wrong",
        ),
        Some(Cause::PowerOfTen { culprit, should_be }) => culprit_help(
            ctx,
            &mut labels,
            *culprit,
            &title_of,
            &parts,
            declared,
            *should_be,
            "the figure looks off by a power of ten",
        ),
        None => split_run_help(ctx, section, declared).unwrap_or_else(|| {
            if diff.is_sign_positive() {
                format!(
                    "a {} project may be missing from the list, or the declared total is wrong",
                    money(cur, diff)
                )
            } else {
                format!(
                    "the declared total may leave out {} of listed projects, or one of the amounts is wrong",
                    money(cur, -diff)
                )
            }
        }),
    };
    let mut d = Diagnostic::new(&TOTAL_MISMATCH, total.number, message)
        .with_label(format!("declared {}", money(cur, declared)))
        .with_help(help)
        .with_fix(fix)
        .in_section(Some(section.key()));
    d.labels = labels;
    d.declared = Some(declared);
    d.computed = Some(listed);
    Some(d)
}

#[allow(clippy::too_many_arguments)]
fn culprit_help(
    ctx: &Context<'_>,
    labels: &mut [Label],
    culprit: Culprit,
    title_of: &dyn Fn(usize) -> String,
    parts: &[rust_decimal::Decimal],
    declared: rust_decimal::Decimal,
    should_be: rust_decimal::Decimal,
    what: &str,
) -> String {
    let cur = ctx.currency;
    match culprit {
        Culprit::Part(i) => {
            labels[i].message = format!("{}: {what}", money(cur, parts[i]));
            labels[i].listing = false;
            format!(
                "{what} in the amount of \"{}\": as {} instead of {} the section would foot",
                title_of(i),
                money(cur, should_be),
                money(cur, parts[i])
            )
        }
        Culprit::Total => format!(
            "{what} in the declared total: as {} instead of {} it would equal the listed sum",
            money(cur, should_be),
            money(cur, declared)
        ),
    }
}

/// Where text (a heading) splits the bullets so that the run after it foots the declared total,
/// the run before it has probably lost its own total.
fn split_run_help(
    ctx: &Context<'_>,
    section: &Section,
    declared: rust_decimal::Decimal,
) -> Option<String> {
    let amounts: Vec<_> = section
        .bullets
        .iter()
        .map(|b| b.amount.as_ref().map(crate::model::Amount::value))
        .collect();
    let mut suffix = rust_decimal::Decimal::ZERO;
    for i in (1..amounts.len()).rev() {
        suffix = suffix.saturating_add(amounts[i].unwrap_or_default());
        if section.breaks[i - 1] && (suffix - declared).abs() <= ctx.tolerance {
            let before = amounts[..i].iter().filter(|a| a.is_some()).count();
            let line = ctx.source.line(section.bullets[i].span.start);
            return Some(format!(
                "the projects from line {line} on sum to the declared total; the {before} project(s) before them may have lost a total of their own ({})",
                money(
                    ctx.currency,
                    crate::money::sum(amounts[..i].iter().flatten().copied())
                )
            ));
        }
    }
    None
}
