//! Per-rule fixtures: every rule has a failing input whose findings are exactly those of its
//! `.expected` file, and a passing input with no finding of the rule; every cause hint of
//! `total-mismatch` fires on its fixture and stays silent on its near miss.

mod common;

use common::{assert_matches_expected, check_file, fixture, found, read_expected};
use crossfoot::rules::RULES;

/// The fixtures of one rule whose names start with `prefix` and end in `.txt`, sorted.
fn inputs(dir: &std::path::Path, prefix: &str) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "txt")
                        && p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with(prefix))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn every_rule_has_failing_and_passing_fixtures() {
    for rule in RULES {
        let dir = fixture(&format!("rules/{}", rule.code));
        if matches!(rule.code, "unused-suppression" | "unreadable-file") {
            // Raised by the run (a baseline, an `[[ignore]]`, a file that cannot be read), not
            // by a document: tested through the CLI.
            continue;
        }
        assert!(
            dir.join("fail.txt").exists(),
            "{} has no failing fixture",
            rule.code
        );
        assert!(
            dir.join("pass.txt").exists(),
            "{} has no passing fixture",
            rule.code
        );
        // Every `fail*.txt` with its `.expected`, every `pass*.txt` without the rule.
        for fail in inputs(&dir, "fail") {
            let checked = check_file(&fail);
            let expected = read_expected(&fail.with_extension("expected"));
            assert!(
                expected.iter().all(|e| e.code == rule.code),
                "{}: {} may only list its own rule",
                rule.code,
                fail.display()
            );
            let mine: Vec<_> = found(&checked)
                .into_iter()
                .filter(|f| f.code == rule.code)
                .collect();
            assert_matches_expected(&fail.display().to_string(), &mine, &expected);
        }
        for pass in inputs(&dir, "pass") {
            let checked = check_file(&pass);
            let raised: Vec<_> = checked
                .diagnostics
                .iter()
                .filter(|d| d.code == rule.code)
                .collect();
            assert!(
                raised.is_empty(),
                "{} fires on {}: {raised:#?}",
                rule.code,
                pass.display()
            );
        }
    }
}

#[test]
fn malformed_total_fixes_write_the_documents_form() {
    let path = fixture("rules/malformed-total/fail-minority-with-for.txt");
    let text = std::fs::read_to_string(&path).expect("fixture");
    let source = crossfoot::Source::new(path.display().to_string(), text.clone());
    let settings = crossfoot::Settings::default();
    let fixed = crossfoot::fix::fix(&source, &settings, false);
    // "for" deleted where the document writes none, "s" added where it writes "requirements",
    // the stray "<" deleted; the missing "for" of Burundi is the document's form and stays.
    let want = text
        .replace("requIreMents fOr uganda", "requIreMents uganda")
        .replace("requIreMent burundI<", "requIreMents burundI");
    assert_eq!(fixed.text, want);
    let again = crossfoot::check(crossfoot::Source::new("fixed.txt", fixed.text), &settings);
    assert!(
        again
            .diagnostics
            .iter()
            .all(|d| d.code != "malformed-total"),
        "{:#?}",
        again.diagnostics
    );
    // Messages say the count.
    let checked = check_file(&path);
    let messages: Vec<&str> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == "malformed-total")
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "total statement for Uganda departs from the document's form: 3 of 4 total \
             statements have no \"for\" before the name; this one writes \"for\"",
            "total statement for Burundi departs from the document's form: 3 of 4 total \
             statements write \"requirements\"; this one has \"requirement\"; stray \"<\" in \
             the name",
        ]
    );
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
