//! `prose-items`: says that the document states its projects in sentences, and why.

use std::fmt::Write as _;

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, declare_rule};
use crate::text::plural;

declare_rule! {
    /// ## What it does
    /// Says, once per document, that its projects are stated inside sentences of each
    /// section's text rather than as bullets ("The registration of new arrivals requires USD
    /// 400,000."), and the evidence: how many sections foot with those amounts counted and not
    /// without them. The decision is made once for the document, from the sections where
    /// footing decides it, and applied to every section, so a section that foots neither way
    /// is a `total-mismatch` finding with its sentences' amounts counted.
    ///
    /// An amount of a sentence is never counted when its clause describes the past
    /// ("received USD 2 million in 2017", "spent USD 450,000 last year"), a rate ("USD 45 per
    /// household", "between USD 10 and USD 15 a day"), a part or a restatement of another
    /// figure ("Of the USD 348,000 mentioned above, USD 60,000 covers ..."), or equals one of
    /// the section's items. Sentences are read this way only when most sections do not foot
    /// with their items, and only when at least two sections foot with the sentences counted
    /// and more than foot without them.
    ///
    /// ## Why is this bad?
    /// It is not: this is information, so that a reviewer knows which figures crossfoot
    /// counted before trusting a clean result.
    ///
    /// ## Example
    /// ```text
    /// Ecuador
    /// The registration of new arrivals requires USD 400,000. Mobile health brigades will
    /// cost USD 265,000. Last year the mission received USD 1.2 million.
    /// Total funding requirements for Ecuador – USD 665,000
    /// ```
    /// With another such section, crossfoot counts the first two amounts as Ecuador's projects.
    ///
    /// ## Fix safety
    /// There is no fix.
    pub static PROSE_ITEMS = {
        code: "prose-items",
        severity: Info,
        summary: "the document states its projects in sentences",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let Some(p) = &ctx.doc.prose else {
        return Vec::new();
    };
    let mut why = format!(
        "{} foot with the amounts of their sentences counted and not without them",
        plural(p.footing, "section", "sections")
    );
    if p.not_footing > 0 {
        let _ = write!(why, ", {} only without them", p.not_footing);
    }
    if p.neither > 0 {
        let _ = write!(why, ", {} neither way", p.neither);
    }
    vec![
        Diagnostic::new(
            &PROSE_ITEMS,
            p.first,
            format!(
                "this document states its projects in sentences: {} counted as items, in every section ({why})",
                plural(p.items, "amount stated in a sentence is", "amounts stated in sentences are")
            ),
        )
        .with_label("the first counted")
        .with_help(
            "amounts of the past, rates and restated figures are left out; check that the \
             sentences counted state projects before trusting a clean result",
        ),
    ]
}
