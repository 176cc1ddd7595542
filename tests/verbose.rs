//! `check --verbose` lists on stderr, after the membership of sections, what was read as each
//! declared figure's parts: every item of a section with its amount, and every table total with
//! its number of rows, their sum and the stated figure. Checked on a small appeal whose figures
//! were added by hand from its text.

use std::path::Path;

use assert_cmd::Command;

#[test]
fn verbose_lists_what_each_declared_figure_was_read_to_sum() {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/rules/table-total-mismatch/fail.txt");
    let out = Command::cargo_bin("crossfoot")
        .expect("the binary is built")
        .env("NO_COLOR", "1")
        .args(["check", "--verbose", "--isolated"])
        .arg(&fixture)
        .output()
        .expect("crossfoot runs");
    // The fixture has table findings: exit 1, the listing on stderr whatever the findings.
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    // The membership listing comes first, then what was read.
    let membership = lines
        .iter()
        .position(|l| l.contains("membership of 5 sections"))
        .expect("the membership listing");
    let read = lines
        .iter()
        .position(|l| {
            l.ends_with("15 declared figures read, 5 section totals and 10 of the appendix")
        })
        .expect("the listing of what was read");
    assert!(membership < read, "{stderr}");
    for want in [
        // Lines 34-42: three items over several lines, "– USD 500,000", "– USD 180,000",
        // "– USD 220,000", and "tOtal fundIng requIreMents fOr bOlIvIa – usd 900,000".
        "Bolivia (line 34): 3 items [Return of stranded migrants to La Paz – 500,000; \
         Reintegration grants for returnees in the departments of… – 180,000; Labour migration \
         information centres in La Paz, Cochabamba… – 220,000] declared USD 900,000 (line 42), \
         listed USD 900,000",
        // Lines 7-11: one item, and a statement over two lines.
        "Regional Programmes (line 7): 1 item [Regional coordination for Pacific island \
         governments – 200,000] declared USD 200,000 (line 11), listed USD 200,000",
        // "Total Bolivia 700,000" (94) after its rows 500,000 and 180,000.
        "subtotal \"Total Bolivia\" (table at line 73): 2 rows, listed USD 680,000, declared \
         USD 700,000 (line 94)",
        // " Oceania Total 700,000" (99) before its row "Pacific Islands 770,000" (101).
        "region \"Oceania Total\" (table at line 97): 1 sub-region row, listed USD 770,000, \
         declared USD 700,000 (line 99)",
        // "Pacific Islands 770,000" against Regional Programmes, Fiji and Samoa (200,000 +
        // 450,000 + 120,000).
        "sub-region \"Pacific Islands\" (table at line 97): 3 sections, listed USD 770,000, \
         declared USD 770,000 (line 101)",
        // "Grand Total 1,840,000" (109) against the stated 700,000 + 980,000 + 90,000.
        "grand-total \"Grand Total\" (table at line 97): 3 group totals, listed USD 1,770,000, \
         declared USD 1,840,000 (line 109)",
    ] {
        assert!(
            lines[read..].contains(&want),
            "missing {want:?} in:\n{stderr}"
        );
    }
    // One line per declared figure after the heading line.
    let figures = lines[read + 1..]
        .iter()
        .filter(|l| l.contains(" declared USD "))
        .count();
    assert_eq!(figures, 15, "{stderr}");
    // Without --verbose, nothing on stderr but the findings' summary.
    let quiet = Command::cargo_bin("crossfoot")
        .expect("the binary is built")
        .env("NO_COLOR", "1")
        .args(["check", "--isolated", "--quiet"])
        .arg(&fixture)
        .output()
        .expect("crossfoot runs");
    assert!(
        !String::from_utf8_lossy(&quiet.stderr).contains("declared figures read"),
        "{}",
        String::from_utf8_lossy(&quiet.stderr)
    );
}
