//! `duplicate-project`: the same project (same title, same amount) listed twice in a document.

use std::hash::BuildHasherDefault;

use crate::diagnostic::{Diagnostic, Label};
use crate::hash::FnvMap;
use crate::model::Bullet;
use crate::money::money;
use crate::rules::total_mismatch::short_title;
use crate::rules::{Context, declare_rule};
use crate::text::key;

declare_rule! {
    /// ## What it does
    /// Reports a project listed a second time, in the same section or in another section of the
    /// same document: the same title (once case, spacing and punctuation are set aside) with the
    /// same amount. The finding is on the later occurrence, with a label on the earlier one.
    ///
    /// Equal amounts with different titles are not duplicates, and documents are checked one by
    /// one: nothing is compared across files.
    ///
    /// ## Why is this bad?
    /// A project listed twice is asked for twice: the sections' totals, and every summary built
    /// on them, overstate the requirement.
    ///
    /// ## Example
    /// ```text
    /// Assisted voluntary return of stranded migrants – USD 140,000
    /// Support to border management – USD 95,000
    /// Assisted voluntary return of stranded migrants – USD 140,000
    /// ```
    ///
    /// ## Fix safety
    /// There is no fix: which occurrence to keep, and whether the total changes, is the editor's
    /// call.
    pub static DUPLICATE_PROJECT = {
        code: "duplicate-project",
        severity: Warning,
        summary: "the same project (title and amount) is listed twice",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    // Each (title, amount) seen, with where: the section's index, or `None` after the last total.
    let count = ctx
        .doc
        .sections
        .iter()
        .map(|s| s.bullets.len())
        .sum::<usize>();
    let mut seen: FnvMap<(String, rust_decimal::Decimal), (&Bullet, Option<usize>)> =
        FnvMap::with_capacity_and_hasher(
            count + ctx.doc.trailing.len(),
            BuildHasherDefault::default(),
        );
    let mut out = Vec::new();
    let bullets = ctx
        .doc
        .sections
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.bullets.iter().map(move |b| (b, Some(i))))
        .chain(ctx.doc.trailing.iter().map(|b| (b, None)));
    for (b, at) in bullets {
        let Some(amount) = &b.amount else { continue };
        let title = key(&b.title);
        if title.is_empty() {
            continue;
        }
        let value = amount.value();
        let (first, first_at) = match seen.entry((title, value)) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((b, at));
                continue;
            }
            std::collections::hash_map::Entry::Occupied(o) => *o.get(),
        };
        let line = ctx.source.line(first.title_span.start);
        let where_ = match first_at {
            Some(i) if Some(i) == at => "earlier in this section".to_string(),
            Some(i) => format!("in {}", ctx.doc.sections[i].key()),
            None => "after the last total".to_string(),
        };
        let mut d = Diagnostic::new(
            &DUPLICATE_PROJECT,
            b.title_span,
            format!(
                "project \"{}\" ({}) is listed twice: also at line {line}, {where_}",
                short_title(&b.title),
                money(ctx.currency, value)
            ),
        )
        .with_label("listed again here")
        .with_help("keep one occurrence and check that the totals count the project once")
        .with_value(value)
        .in_section(at.map(|i| ctx.doc.sections[i].key()));
        d.labels = vec![Label::new(first.title_span, "first listed here")];
        out.push(d);
    }
    out
}
