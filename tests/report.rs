//! The reconciliation report on the reference edition: one row per declared total with the
//! verified figures; table and Markdown snapshots; a self-contained HTML page.

mod common;

use std::str::FromStr;

use common::{check_file, fixture};
use crossfoot::report::{self, Status};
use rust_decimal::Decimal;

fn rows() -> Vec<report::Row> {
    let checked = check_file(&fixture("editions/migration-initiatives-2008.txt"));
    report::rows(&checked, Decimal::ZERO)
}

#[test]
fn csv_has_one_row_per_declared_total_with_the_verified_figures() {
    let csv = report::csv(&rows()).expect("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
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
        .filter(|r| r.status != Status::Foots)
        .map(|r| r.section)
        .collect();
    assert_eq!(bad.len(), 2, "{bad:?}");
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
    assert_eq!(doc.select(&rows_sel).count(), 113 + 1);
    let bad = scraper::Selector::parse("tr.bad").expect("selector");
    assert_eq!(doc.select(&bad).count(), 2);
    let svg = scraper::Selector::parse("svg").expect("selector");
    assert!(doc.select(&svg).count() >= 1);
    // Every row links to its line.
    let links = scraper::Selector::parse("table a[href]").expect("selector");
    assert_eq!(doc.select(&links).count(), 113);
}
