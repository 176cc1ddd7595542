//! `crossfoot fix` at the library level on the reference edition: safe fixes change only the
//! written form of amounts and total statements, converge, and clear their findings; unsafe
//! fixes make every narrative section foot.

mod common;

use common::fixture;
use crossfoot::diagnostic::Applicability;
use crossfoot::{Settings, Source};

fn edition() -> Source {
    let path = fixture("editions/migration-initiatives-2008.txt");
    let text = std::fs::read_to_string(&path).expect("edition");
    Source::new(path.display().to_string(), text)
}

#[test]
fn safe_fix_changes_only_amounts_and_totals_and_converges() {
    let source = edition();
    let settings = Settings::default();
    let before = crossfoot::check(source.clone(), &settings);
    let fixed = crossfoot::fix::fix(&source, &settings, false);
    assert!(fixed.changed());
    assert!(
        fixed
            .applied
            .iter()
            .all(|a| a.applicability == Applicability::Safe)
    );

    // Every changed line is an amount line or a total statement line.
    let old: Vec<&str> = source.text.lines().collect();
    let new: Vec<&str> = fixed.text.lines().collect();
    assert_eq!(old.len(), new.len(), "a fix added or removed lines");
    let changed: Vec<(usize, &str, &str)> = old
        .iter()
        .zip(&new)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| (i + 1, *a, *b))
        .collect();
    for (line, a, b) in &changed {
        let about_money = a.to_lowercase().contains("usd")
            || b.contains("USD")
            || a.to_lowercase().contains("otal fund")
            || a.chars().any(|c| c.is_ascii_digit());
        assert!(
            about_money,
            "line {line} changed but holds no amount or total: {a:?} -> {b:?}"
        );
    }
    // The changed lines are exactly the lines of the fixed findings.
    let mut fixed_lines: Vec<usize> = fixed.applied.iter().map(|a| a.line).collect();
    fixed_lines.dedup();
    let changed_lines: Vec<usize> = changed.iter().map(|c| c.0).collect();
    assert_eq!(changed_lines, fixed_lines, "{changed:#?}");

    // A second fix changes nothing.
    let again = crossfoot::fix::fix(&Source::new("again", fixed.text.clone()), &settings, false);
    assert!(!again.changed(), "{:#?}", again.applied);

    // The fixed text no longer shows any finding that had a safe fix.
    let after = crossfoot::check(Source::new("after", fixed.text.clone()), &settings);
    let safe_before = before
        .diagnostics
        .iter()
        .filter(|d| {
            d.fix
                .as_ref()
                .is_some_and(|f| f.applicability == Applicability::Safe)
        })
        .count();
    assert!(safe_before > 0);
    assert!(
        after.diagnostics.iter().all(|d| d
            .fix
            .as_ref()
            .is_none_or(|f| f.applicability == Applicability::Unsafe)),
        "{:#?}",
        after.diagnostics
    );
    assert_eq!(
        after.diagnostics.len(),
        before.diagnostics.len() - safe_before
    );
}

#[test]
fn unsafe_fix_makes_every_section_foot() {
    let source = edition();
    let settings = Settings::default();
    let fixed = crossfoot::fix::fix(&source, &settings, true);
    let after = crossfoot::check(Source::new("after", fixed.text), &settings);
    for s in &after.document.sections {
        assert_eq!(
            s.declared(),
            Some(s.listed_sum()),
            "{} does not foot",
            s.key()
        );
    }
    assert!(!after.diagnostics.iter().any(|d| d.code == "total-mismatch"));
}
