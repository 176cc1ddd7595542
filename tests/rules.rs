//! Per-rule fixtures: every rule has a failing input whose findings are exactly those of its
//! `.expected` file, and a passing input with no finding of the rule; every cause hint of
//! `total-mismatch` fires on its fixture and stays silent on its near miss.

mod common;

use common::{assert_matches_expected, check_file, fixture, found, read_expected};
use crossfoot::rules::RULES;

#[test]
fn every_rule_has_failing_and_passing_fixtures() {
    for rule in RULES {
        let dir = fixture(&format!("rules/{}", rule.code));
        if rule.code == "unused-suppression" {
            // Raised by `check --baseline`, not by a document: tested with the baseline.
            continue;
        }
        let fail = dir.join("fail.txt");
        assert!(fail.exists(), "{} has no failing fixture", rule.code);
        let checked = check_file(&fail);
        let expected = read_expected(&dir.join("fail.expected"));
        assert!(
            expected.iter().all(|e| e.code == rule.code),
            "{}: fail.expected may only list its own rule",
            rule.code
        );
        let mine: Vec<_> = found(&checked)
            .into_iter()
            .filter(|f| f.code == rule.code)
            .collect();
        assert_matches_expected(rule.code, &mine, &expected);

        let pass = check_file(&dir.join("pass.txt"));
        let raised: Vec<_> = pass
            .diagnostics
            .iter()
            .filter(|d| d.code == rule.code)
            .collect();
        assert!(
            raised.is_empty(),
            "{} fires on its passing fixture: {raised:#?}",
            rule.code
        );
    }
}

#[test]
fn passing_fixtures_are_clean() {
    // The passing fixtures are in house form throughout: no rule fires on them.
    for rule in RULES {
        let pass = fixture(&format!("rules/{}/pass.txt", rule.code));
        if !pass.exists() {
            continue;
        }
        let checked = check_file(&pass);
        assert!(
            checked.diagnostics.is_empty(),
            "{}: {:#?}",
            rule.code,
            checked.diagnostics
        );
    }
}

const HINTS: &[&str] = &[
    "equals-part",
    "swapped-digits",
    "wrong-digit",
    "power-of-ten",
    "split-run",
];

#[test]
fn each_cause_hint_fires_on_its_fixture() {
    for kind in HINTS {
        let checked = check_file(&fixture(&format!("rules/total-mismatch/hint-{kind}.txt")));
        let want =
            std::fs::read_to_string(fixture(&format!("rules/total-mismatch/hint-{kind}.help")))
                .expect("help fragment");
        let d = checked
            .diagnostics
            .iter()
            .find(|d| d.code == "total-mismatch")
            .unwrap_or_else(|| panic!("{kind}: no total-mismatch"));
        let help = d.help.as_deref().unwrap_or_default();
        assert!(help.contains(want.trim()), "{kind}: help is {help:?}");
    }
}

#[test]
fn no_cause_hint_on_near_misses() {
    for kind in HINTS {
        let checked = check_file(&fixture(&format!(
            "rules/total-mismatch/near-miss-{kind}.txt"
        )));
        let d = checked
            .diagnostics
            .iter()
            .find(|d| d.code == "total-mismatch")
            .unwrap_or_else(|| panic!("{kind}: near miss must still mismatch"));
        let help = d.help.as_deref().unwrap_or_default();
        for other in HINTS {
            let frag = std::fs::read_to_string(fixture(&format!(
                "rules/total-mismatch/hint-{other}.help"
            )))
            .expect("help fragment");
            assert!(
                !help.contains(frag.trim()),
                "{kind} near miss gives the {other} hint: {help:?}"
            );
        }
        assert!(
            help.contains("may be missing from the list") || help.contains("may leave out"),
            "{kind}: expected the plain help, got {help:?}"
        );
    }
}

#[test]
fn layout_variants_give_the_same_findings() {
    let dir = fixture("variants");
    let mut seen = 0;
    let mut shapes = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("variants") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let checked = check_file(&path);
        let expected = read_expected(&path.with_extension("expected"));
        assert_matches_expected(&path.display().to_string(), &found(&checked), &expected);
        let mut shape: Vec<_> = found(&checked)
            .into_iter()
            .map(|f| (f.code, f.keys))
            .collect();
        shape.sort();
        shapes.push(shape);
        seen += 1;
    }
    assert!(seen >= 7, "only {seen} variants");
    assert!(
        shapes.windows(2).all(|w| w[0] == w[1]),
        "variants differ: {shapes:#?}"
    );
}
