//! `learned-total`: says which total statement was learned from the document's own arithmetic.

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it does
    /// Says, once per document, that its total statements are worded in a way crossfoot's
    /// table of wordings does not know, and which wording it learned instead: the words that
    /// recur in lines stating the sum of the items next to them ("Gesamtbedarf NAME: EUR n",
    /// "Somalia — Finanzbedarf insgesamt", a table's "Summe" row), with how many of those lines
    /// foot. Every line with those words is then checked as a declared total by the usual
    /// rules, so the ones that do not foot are `total-mismatch` findings.
    ///
    /// A wording is learned only when it recurs: at least three of its lines foot, most of the
    /// lines with it foot, and more groups foot with it than with the wordings crossfoot knows.
    /// A coincidental sum is never a total.
    ///
    /// ## Why is this bad?
    /// It is not: this is information, so that a reviewer can see what crossfoot took for the
    /// document's totals, and check it, before trusting a clean result.
    ///
    /// ## Example
    /// ```text
    /// Kenia
    /// • Wasserversorgung in Turkana – EUR 120.000
    /// • Unterkünfte für Vertriebene – EUR 85.500
    /// Gesamtbedarf Kenia: EUR 205.500
    /// ```
    /// With two more countries worded the same way, crossfoot learns "Gesamtbedarf NAME: EUR n".
    ///
    /// ## Fix safety
    /// There is no fix.
    pub static LEARNED_TOTAL = {
        code: "learned-total",
        severity: Info,
        summary: "the document's total statements were learned from its arithmetic",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let Some(l) = &ctx.doc.learned else {
        return Vec::new();
    };
    vec![
        Diagnostic::new(
            &LEARNED_TOTAL,
            l.example,
            format!(
                "learned the total statement \"{}\" from the document's arithmetic: {} of the {} \
                 lines worded so state the sum of the items {} them",
                l.form,
                l.footing,
                l.statements,
                if ctx.doc.totals_first {
                    "below"
                } else {
                    "above"
                }
            ),
        )
        .with_label("the first that foots")
        .with_help(
            "crossfoot checks every line worded so as a declared total; review the wording \
             before trusting a clean result",
        ),
    ]
}
