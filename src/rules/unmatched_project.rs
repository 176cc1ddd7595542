//! `unmatched-project`: a table row with no counterpart in the narrative, or a narrative
//! project marked for a table that the table lacks.

use crate::diagnostic::{Diagnostic, Label};
use crate::model::table::Table;
use crate::money::money;
use crate::rules::{Context, declare_rule};
use crate::tables::MatchKind;
use crate::text::short;

declare_rule! {
    /// ## What it does
    /// Reports three things the matching of tables against the narrative leaves over:
    /// - a table row whose project the narrative does not list (no project with its reference,
    ///   its title, or its amount and a similar title);
    /// - a narrative project marked for a table ("(co-funding requirement)", "c A P  2 0 0 8":
    ///   a mark whose first word is a word of that table's header) that the table lacks;
    /// - a row whose only counterpart is a project with a similar title and another amount: it
    ///   says how similar, and both amounts.
    ///
    /// Rows are matched through indexes by reference, amount and title, never every row against
    /// every project, and only in the column of the document's currency.
    ///
    /// ## Why is this bad?
    /// A table is a restatement of the narrative: a row that the narrative lacks asks for money
    /// no section accounts for, and a marked project missing from its table is left out of
    /// what that table totals.
    ///
    /// ## Example
    /// ```text
    /// Zimbabwe migration and development strategies – USD 52,830 (co-funding requirement)
    /// ```
    /// with no row for it in the table of co-funded projects.
    ///
    /// ## Fix safety
    /// No fix: adding a row or a project, or removing a mark, is an editor's decision.
    pub static UNMATCHED_PROJECT = {
        code: "unmatched-project",
        severity: Warning,
        summary: "a table row has no narrative counterpart, or a marked project has no row",
        check: check,
    };
}

fn check(ctx: &Context<'_>) -> Vec<Diagnostic> {
    let tables = ctx.tables;
    let m = &tables.matching;
    let mut out = Vec::new();
    for &(t, r) in &m.unmatched_rows {
        let table = &ctx.doc.tables[t];
        let row = &table.rows[r];
        let figure = Table::figure(&row.figures, table.main_column(ctx.currency));
        let span = figure.map_or(row.title_span, |f| f.amount.number);
        let amount = figure.map_or_else(String::new, |f| {
            format!(" ({})", money(&f.currency, f.value()))
        });
        let what = row.reference.as_ref().map_or_else(
            || "its title or amount".to_string(),
            |c| format!("its title, amount or reference ({c})"),
        );
        let message = format!(
            "row \"{}\"{amount} of table \"{}\" has no counterpart in the narrative: no project has {what}",
            short(&row.title),
            short(&table.name)
        );
        out.push(
            Diagnostic::new(&UNMATCHED_PROJECT, span, message)
                .with_help("add the project to its section, or remove the row if it does not belong to this appeal")
                .in_section(Some(short(&table.name))),
        );
    }
    for p in &m.pairs {
        let MatchKind::Similar { similarity } = p.kind else {
            continue;
        };
        let table = &ctx.doc.tables[p.table];
        let row = &table.rows[p.row];
        let Some(figure) = Table::figure(&row.figures, table.main_column(ctx.currency)) else {
            continue;
        };
        let section = &ctx.doc.sections[p.bullet.section];
        let name = tables.section_label(ctx.doc, p.bullet.section);
        let bullet = &section.bullets[p.bullet.bullet];
        let Some(amount) = &bullet.amount else {
            continue;
        };
        let cur = &figure.currency;
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a share in 0..=1"
        )]
        let percent = (similarity * 100.0).round() as u32;
        let message = format!(
            "row \"{}\" ({}) of table \"{}\" matches no narrative project by title or amount; the closest is \"{}\" ({}, {}), {percent}% similar",
            short(&row.title),
            money(cur, figure.value()),
            short(&table.name),
            short(&bullet.title),
            name,
            money(cur, amount.value())
        );
        let mut d = Diagnostic::new(&UNMATCHED_PROJECT, figure.amount.number, message)
            .with_help("if it is the same project, use one title and one amount in both places; otherwise the row has no counterpart")
            .in_section(Some(section.key()));
        d.labels = vec![Label::new(
            bullet.title_span,
            format!("{percent}% similar, {}", money(cur, amount.value())),
        )];
        out.push(d);
    }
    for x in &m.unmatched_tagged {
        let section = &ctx.doc.sections[x.bullet.section];
        let name = tables.section_label(ctx.doc, x.bullet.section);
        let bullet = &section.bullets[x.bullet.bullet];
        let Some(amount) = &bullet.amount else {
            continue;
        };
        let table = &ctx.doc.tables[x.table];
        let mark = ctx.source.text[x.tag.start..x.tag.end]
            .split(|c: char| c.is_whitespace() || c == '•')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let message = format!(
            "project \"{}\" ({}, {}) is marked \"{mark}\" but table \"{}\" has no row for it",
            short(&bullet.title),
            name,
            money(ctx.currency, amount.value()),
            short(&table.name)
        );
        let mut d = Diagnostic::new(&UNMATCHED_PROJECT, amount.number, message)
            .with_help("if the project belongs in that table, add its row; if it does not, check the mark, which says it does")
            .in_section(Some(section.key()));
        d.labels = vec![Label::new(x.tag, "the mark")];
        out.push(d);
    }
    out
}
