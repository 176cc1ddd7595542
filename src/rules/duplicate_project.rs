//! `duplicate-project`: the same project (same title, same amount) listed twice in a document.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Label};
use crate::model::Bullet;
use crate::money::money;
use crate::rules::total_mismatch::short_title;
use crate::rules::{Context, declare_rule};

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

/// The title with case, spacing and punctuation set aside.
pub(crate) fn title_key(title: &str) -> String {
    title
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let mut seen: HashMap<(String, rust_decimal::Decimal), (&Bullet, Option<&str>)> =
        HashMap::new();
    let mut out = Vec::new();
    let bullets = ctx
        .doc
        .sections
        .iter()
        .flat_map(|s| {
            s.bullets
                .iter()
                .map(move |b| (b, Some(s.name.as_str()), Some(s.key())))
        })
        .chain(ctx.doc.trailing.iter().map(|b| (b, None, None)));
    for (b, name, key) in bullets {
        let Some(amount) = &b.amount else { continue };
        let title = title_key(&b.title);
        if title.is_empty() {
            continue;
        }
        let value = amount.value();
        match seen.get(&(title.clone(), value)) {
            Some((first, first_section)) => {
                let line = ctx.source.line_col(first.title_span.start).line;
                let where_ = match (first_section, name) {
                    (Some(a), Some(b)) if *a == b => "earlier in this section".to_string(),
                    (Some(a), _) => format!("in {a}"),
                    (None, _) => "after the last total".to_string(),
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
                .in_section(key);
                d.labels = vec![Label::new(first.title_span, "first listed here")];
                out.push(d);
            }
            None => {
                seen.insert((title, value), (b, name));
            }
        }
    }
    out
}
