//! `cross-reference-mismatch`: the same project in a table and in the narrative with different
//! amounts.

use crate::diagnostic::{Diagnostic, Label};
use crate::hints::{Cause, explain};
use crate::model::table::Table;
use crate::money::money;
use crate::rules::{Context, declare_rule};
use crate::tables::MatchKind;
use crate::tables::sums::direction;
use crate::text::short;

declare_rule! {
    /// ## What it does
    /// Finds projects that stand both in a table and in the narrative, the same project by its
    /// reference code or by a title that is the same once case, spacing and punctuation are
    /// set aside, and compares their amounts. Only the table's column in the document's
    /// currency is compared; a column in another currency never is.
    ///
    /// The help says which figure the narrative section's declared total supports, and names
    /// swapped or wrong digits when one slip turns one amount into the other.
    ///
    /// ## Why is this bad?
    /// A donor reading the table and a donor reading the country section are told different
    /// amounts for the same project; at most one is right.
    ///
    /// ## Example
    /// ```text
    /// Support to the stabilization of communities (SSC) programme – USD 142,578
    /// ...
    /// Support to the Stabilization of Communities (SSC) Programme EAR 1 971 751 142,058
    /// ```
    ///
    /// ## Fix safety
    /// No fix: which of the two amounts is right is a judgement.
    pub static CROSS_REFERENCE_MISMATCH = {
        code: "cross-reference-mismatch",
        severity: Error,
        summary: "the same project has different amounts in a table and in the narrative",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for p in &ctx.tables.matching.pairs {
        if !matches!(p.kind, MatchKind::Reference | MatchKind::TitleOnly) {
            continue;
        }
        let table = &ctx.doc.tables[p.table];
        let row = &table.rows[p.row];
        let Some(figure) = Table::figure(&row.figures, table.main_column(ctx.currency)) else {
            continue;
        };
        let section = &ctx.doc.sections[p.bullet.section];
        let name = ctx.tables.section_label(ctx.doc, p.bullet.section);
        let bullet = &section.bullets[p.bullet.bullet];
        let Some(amount) = &bullet.amount else {
            continue;
        };
        let (t, n) = (figure.value(), amount.value());
        if (t - n).abs() <= ctx.tolerance {
            continue;
        }
        let cur = &figure.currency;
        let line = ctx.source.line(amount.number.start);
        let how = match p.kind {
            MatchKind::Reference => "its reference",
            _ => "its title",
        };
        let message = format!(
            "table row \"{}\" asks {}, the narrative ({}, line {line}) asks {} for the same project, found by {how} ({})",
            short(&row.title),
            money(cur, t),
            name,
            money(cur, n),
            direction(t, n)
        );
        // Which figure the section's own total supports.
        let listed = section.listed_sum();
        let mut help = match section.declared() {
            Some(declared) if (declared.saturating_sub(listed)).abs() <= ctx.tolerance => format!(
                "the total of {} foots with the narrative's {}: the table's figure may be the slip",
                name,
                money(cur, n)
            ),
            Some(declared)
                if declared
                    .saturating_sub(listed.saturating_sub(n).saturating_add(t))
                    .abs()
                    <= ctx.tolerance =>
            {
                format!(
                    "the total of {} foots with the table's {}: the narrative's figure may be the slip",
                    name,
                    money(cur, t)
                )
            }
            Some(declared) => format!(
                "the total of {} ({}) foots with neither figure: check both against the project's budget",
                name,
                money(cur, declared)
            ),
            None => "check both figures against the project's budget".to_string(),
        };
        let slip = match explain(n, &[t]) {
            Some(Cause::Swapped { .. }) => Some("two adjacent digits look swapped"),
            Some(Cause::WrongDigit { .. }) => Some("one digit looks wrong"),
            Some(Cause::PowerOfTen { .. }) => Some("one figure looks off by a power of ten"),
            _ => None,
        };
        if let Some(s) = slip {
            help = format!(
                "{s} between {} and {}; {help}",
                money(cur, t),
                money(cur, n)
            );
        }
        let mut d = Diagnostic::new(&CROSS_REFERENCE_MISMATCH, figure.amount.number, message)
            .with_label(format!("table {}", money(cur, t)))
            .with_help(help)
            .in_section(Some(section.key()));
        d.labels = vec![Label::new(
            amount.number,
            format!("narrative {}", money(cur, n)),
        )];
        // The table's figure against the narrative's, as the message says it (JSON and
        // baselines carry them).
        d.declared = Some(t);
        d.computed = Some(n);
        out.push(d);
    }
    out
}
