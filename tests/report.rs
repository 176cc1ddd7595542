//! The reconciliation report on the reference edition: one row per declared figure (the
//! sections' totals and the appendix's) with the verified figures; table and Markdown
//! snapshots; a self-contained HTML page.

mod common;

use std::str::FromStr;

use common::{check_file, fixture};
use crossfoot::report::{self, Kind, Status};
use rust_decimal::Decimal;

fn rows() -> Vec<report::Row> {
    let checked = check_file(&fixture("editions/migration-initiatives-2008.txt"));
    report::rows(&checked, Decimal::ZERO)
}

#[test]
fn csv_has_one_row_per_declared_total_with_the_verified_figures() {
    let csv = report::csv(&rows()).expect("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    // The sections' rows: `kind` is the last column, so the others keep their positions.
    assert_eq!(reader.headers().expect("headers").get(9), Some("kind"));
    let records: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.expect("record"))
        .filter(|r| &r[9] == "section")
        .collect();
    let tsv = std::fs::read_to_string(fixture("editions/migration-initiatives-2008.sections.tsv"))
        .expect("tsv");
    let verified: Vec<Vec<&str>> = tsv
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(records.len(), verified.len());
    for (rec, v) in records.iter().zip(&verified) {
        let listed = Decimal::from_str(&rec[4]).expect("listed");
        let declared = Decimal::from_str(&rec[5]).expect("declared");
        assert_eq!(
            listed,
            Decimal::from_str(v[5]).expect("tsv listed"),
            "{rec:?}"
        );
        assert_eq!(
            declared,
            Decimal::from_str(v[6]).expect("tsv declared"),
            "{rec:?}"
        );
        assert_eq!(&rec[3], v[3], "projects of {rec:?}");
        assert_eq!(&rec[8], v[1], "line of {rec:?}");
        let foots = listed == declared;
        assert_eq!(&rec[7] == "foots", foots, "{rec:?}");
    }
    let bad: Vec<_> = rows()
        .into_iter()
        .filter(|r| r.kind == Kind::Section && r.status != Status::Foots)
        .map(|r| r.section)
        .collect();
    assert_eq!(
        bad,
        ["The Province of Kosovo (Republic of Serbia)", "Azerbaijan"]
    );
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).expect("decimal")
}

/// The appendix's declared figures, each checked by reading the edition around its line: the
/// CAP table (13024-13275), the EU co-funding table (12397-12549), the summary (13276-13324).
/// Parts were added by hand: the Somalia rows 565,108 + 94,160 + 117,700 + 200,090 (13047-13053);
/// the 27 Sudan and 15 Zimbabwe reference lines; the four Africa sub-rows 141,086,670 +
/// 20,140,403 + 84,744,146 + 52,711,143 (13280-13286); the six Middle East sections 1,376,000 +
/// 87,478,000 + 1,259,189 + 6,000,000 + 3,207,867 + 10,810,709 (3606-4158); the seven CAP
/// subtotals and the seven stated region totals of the summary.
#[test]
fn appendix_rows_carry_the_figures_read_by_hand() {
    let rows = rows();
    // (kind, name, parts, listed, declared, line)
    let want: [(Kind, &str, usize, &str, &str, usize); 12] = [
        (
            Kind::Total,
            "Total co-funding requirements",
            24,
            "4712215",
            "4712215",
            12549,
        ),
        (
            Kind::Subtotal,
            "Total Somalia",
            4,
            "977058",
            "4700138",
            13055,
        ),
        (
            Kind::Subtotal,
            "Total Sudan",
            27,
            "94905227",
            "100394459",
            13171,
        ),
        (
            Kind::Subtotal,
            "Total West Africa",
            4,
            "9240608",
            "9240608",
            13207,
        ),
        (
            Kind::Subtotal,
            "Total Zimbabwe",
            15,
            "42083750",
            "42745250",
            13273,
        ),
        (
            Kind::GrandTotal,
            "Grand Total",
            7,
            "164335526",
            "164335526",
            13275,
        ),
        (
            Kind::Region,
            "Africa Total",
            4,
            "298682362",
            "298062362",
            13278,
        ),
        (
            Kind::SubRegion,
            "Southern Africa",
            8,
            "84744146",
            "84744146",
            13284,
        ),
        (
            Kind::Region,
            "The Middle East Total",
            6,
            "110131765",
            "110131765",
            13288,
        ),
        (
            Kind::SubRegion,
            "South Eastern Europe",
            8,
            "34052382",
            "34052382.09",
            13314,
        ),
        (
            Kind::Programme,
            "Migration Policy and Research Programme Total",
            15,
            "4359000",
            "4255500",
            13322,
        ),
        (
            Kind::GrandTotal,
            "Grand Total",
            7,
            "761420826",
            "762040826",
            13324,
        ),
    ];
    for (kind, name, parts, listed, declared, line) in want {
        let row = rows
            .iter()
            .find(|r| r.line == line && r.kind == kind)
            .unwrap_or_else(|| panic!("no {kind:?} row at line {line}"));
        assert_eq!(row.section, name, "{row:?}");
        assert_eq!(row.projects, parts, "{row:?}");
        assert_eq!(row.listed, d(listed), "{row:?}");
        assert_eq!(row.declared, Some(d(declared)), "{row:?}");
        assert_eq!(row.difference, Some(d(declared) - d(listed)), "{row:?}");
        let foots = listed == declared;
        assert_eq!(row.status == Status::Foots, foots, "{row:?}");
    }
    // The Africa total is 620,000 short of its sub-rows, and the summary's grand total counts
    // those 620,000 over its stated region totals.
    let africa = rows.iter().find(|r| r.section == "Africa Total");
    assert_eq!(africa.and_then(|r| r.difference), Some(d("-620000")));
    // One row per declared figure: 113 sections; the EU table's total; seven CAP subtotals;
    // two grand totals; five summary regions, 16 sub-region rows and two programme totals.
    let count = |k: Kind| rows.iter().filter(|r| r.kind == k).count();
    assert_eq!(
        [
            Kind::Section,
            Kind::Total,
            Kind::Subtotal,
            Kind::GrandTotal,
            Kind::Region,
            Kind::SubRegion,
            Kind::Programme,
        ]
        .map(count),
        [113, 1, 7, 2, 5, 16, 2]
    );
    // In text order.
    assert!(rows.windows(2).all(|w| w[0].line <= w[1].line));
}

#[test]
fn table_and_markdown_snapshots() {
    let rows = rows();
    insta::assert_snapshot!("report_table", report::table(&rows));
    insta::assert_snapshot!("report_markdown", report::markdown(&rows));
}

#[test]
fn html_is_self_contained() {
    let html = report::html("fixtures/editions/migration-initiatives-2008.txt", &rows());
    let doc = scraper::Html::parse_document(&html);
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    for (selector, attr) in [
        ("script", "src"),
        ("link", "href"),
        ("img", "src"),
        ("iframe", "src"),
        ("object", "data"),
    ] {
        let sel = scraper::Selector::parse(selector).expect("selector");
        assert!(
            doc.select(&sel).next().is_none(),
            "the page has a <{selector} {attr}>"
        );
    }
    assert!(
        !html.contains("@import") && !html.contains("url("),
        "the style loads something"
    );
    let rows_sel = scraper::Selector::parse("table tr").expect("selector");
    assert_eq!(doc.select(&rows_sel).count(), 146 + 1);
    // Kosovo and Azerbaijan; the Somalia, Sudan and Zimbabwe subtotals; Africa and Europe
    // (0.09) totals; South Eastern Europe (0.09); the programme total of the MPRP; the summary's
    // grand total.
    let bad = scraper::Selector::parse("tr.bad").expect("selector");
    assert_eq!(doc.select(&bad).count(), 10);
    let svg = scraper::Selector::parse("svg").expect("selector");
    assert!(doc.select(&svg).count() >= 1);
    // Every row links to its line.
    let links = scraper::Selector::parse("table a[href]").expect("selector");
    assert_eq!(doc.select(&links).count(), 146);
}
