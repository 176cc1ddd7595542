//! `total-name-mismatch`: a total names another section of the document than the heading its
//! projects stand under.

use crate::diagnostic::{Diagnostic, Label};
use crate::rules::{Context, declare_rule};
use crate::text::name_key;

declare_rule! {
    /// ## What it does
    /// Reports a declared total whose name is not the heading its projects stand under: a list
    /// under the heading "Uganda" closed by "Total funding requirements for Kenya". Only in a
    /// document whose headings name its groups (three in four named totals, and at least three,
    /// have the heading of their own name); the finding is on the total's name, with a label on
    /// the heading.
    ///
    /// The same name written otherwise is not a finding: another case, a leading article ("the
    /// Sudan"), other spacing or punctuation, one name inside the other, or initials ("DRC").
    /// Documents whose totals stand before their projects are not checked.
    ///
    /// ## Why is this bad?
    /// One of the two is wrong: the total was copied from another country's page and not
    /// renamed, or the projects were pasted under the wrong heading. Either way the summary
    /// tables built from the totals give one country's figure to another.
    ///
    /// ## Example
    /// ```text
    /// Uganda
    /// • Water supply in settlements – USD 120,000
    /// Total funding requirements for Kenya – USD 120,000
    /// ```
    ///
    /// ## Fix safety
    /// There is no fix: only the editor knows which of the two names is right.
    pub static TOTAL_NAME_MISMATCH = {
        code: "total-name-mismatch",
        severity: Warning,
        summary: "a total names another section than the heading its projects stand under",
        check: check,
    };
}

/// Whether a heading and a total's name are the same name: equal once case, articles, spacing
/// and punctuation are set aside, one contained in the other ("Sudan", "Republic of the
/// Sudan"), or one the initials of the other ("DRC", "Democratic Republic of the Congo").
fn same_name(heading: &str, name: &str) -> bool {
    let (h, n) = (name_key(heading), name_key(name));
    if h.is_empty() || n.is_empty() || h.contains(&n) || n.contains(&h) {
        return true;
    }
    let initials = |s: &str| -> String {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !matches!(w.to_lowercase().as_str(), "of" | "the" | "and"))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect()
    };
    initials(heading) == n || initials(name) == h
}

/// The most words a heading that names a group has ("Central African Republic", "Democratic
/// Republic of the Congo").
const MAX_NAME_WORDS: usize = 6;

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let doc = ctx.doc;
    if doc.totals_first {
        return Vec::new();
    }
    let text = &*ctx.source.text;
    // Where the document's first line of text starts.
    let title = crate::blocks::markup_len(text);
    // Each named total with the heading above its projects.
    let named = doc
        .sections
        .iter()
        .filter(|s| !s.total.name_span.is_empty())
        .count();
    // Each named total with the heading above its projects, and whether they agree. Headings
    // name the groups only where three in four named totals have a heading of their own name
    // (else they are headings of another kind, programme areas, "Priority projects", or there
    // are none): once more than a quarter of them have none or another, that cannot be, and
    // the search stops.
    let mut pairs: Vec<(usize, crate::source::Span, bool)> = Vec::new();
    let mut disagree = 0;
    let give_up = |disagree: &mut usize| {
        *disagree += 1;
        4 * *disagree > named
    };
    for (i, s) in doc.sections.iter().enumerate() {
        if s.total.name_span.is_empty() {
            continue;
        }
        // A name is a few words; a longer line is prose the heading test let through. The
        // document's first line is its title, not a group's heading.
        let heading = s.bullets.first().and_then(|first| {
            crate::blocks::heading_before(text, &ctx.source.lines, s.span.start, first.span.start)
                .filter(|h| {
                    h.start != title
                        && ctx.source.slice(*h).split_whitespace().count() <= MAX_NAME_WORDS
                })
        });
        let Some(h) = heading else {
            if give_up(&mut disagree) {
                return Vec::new();
            }
            continue;
        };
        let same = same_name(ctx.source.slice(h), &s.name);
        if !same && give_up(&mut disagree) {
            return Vec::new();
        }
        pairs.push((i, h, same));
    }
    let agree = pairs.iter().filter(|p| p.2).count();
    if agree < 3 || 4 * agree < 3 * named {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &(i, heading, same) in &pairs {
        if same {
            continue;
        }
        let s = &doc.sections[i];
        let written = ctx.source.slice(heading).trim();
        let mut d = Diagnostic::new(
            &TOTAL_NAME_MISMATCH,
            s.total.name_span,
            format!(
                "the total names {}, but its projects stand under the heading \"{written}\"",
                s.name
            ),
        )
        .with_label(format!("total for {}", s.name))
        .with_help(
            "rename the total or move the projects under their own heading: one of the two names \
             is wrong",
        )
        .in_section(Some(s.key()));
        d.labels.push(Label::new(heading, "the projects' heading"));
        out.push(d);
    }
    out
}
