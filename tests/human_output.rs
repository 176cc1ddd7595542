//! Presentation of the human format, snapshot-tested with colors off and a fixed width.
//! (Snapshots are for presentation only; findings are verified against `.expected` files.)

mod common;

use common::{check_file, fixture};
use crossfoot::output::human::{HumanOptions, render, summary};

fn human(rel: &str) -> String {
    let checked = check_file(&fixture(rel));
    let mut out = String::new();
    render(
        &mut out,
        &checked.source,
        &checked.diagnostics,
        HumanOptions {
            color: false,
            width: 100,
        },
    );
    let all: Vec<_> = checked.diagnostics.iter().collect();
    out.push_str(&summary(&all, 1));
    // Paths differ between machines: keep the fixture-relative part.
    out.replace(&fixture("").display().to_string(), "fixtures/")
}

#[test]
fn reference_edition_human_output() {
    insta::assert_snapshot!(human("editions/migration-initiatives-2008.txt"));
}

#[test]
fn hints_human_output() {
    insta::assert_snapshot!(human("rules/total-mismatch/hint-swapped-digits.txt"));
}

#[test]
fn no_color_codes_when_color_is_off() {
    let out = human("editions/synthetic-2009.txt");
    assert!(!out.contains('\u{1b}'), "escape codes in uncolored output");
}
