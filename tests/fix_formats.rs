//! Every fixable finding says so in the machine formats: JSON's `fix` and SARIF's `fixes` carry
//! the same edits.

use assert_cmd::Command;
use serde_sarif::sarif::Sarif;

/// A fix's title and its edits as (offset, length, replacement).
type Fixes = Vec<(String, Vec<(i64, i64, String)>)>;

fn run(format: &str) -> Vec<u8> {
    let edition = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/editions/migration-initiatives-2008.txt"
    );
    Command::cargo_bin("crossfoot")
        .expect("binary")
        .args(["check", "--format", format, edition])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone()
}

#[test]
fn sarif_fixes_match_json_fixes() {
    let json: serde_json::Value = serde_json::from_slice(&run("json")).expect("json");
    let sarif: Sarif = serde_json::from_slice(&run("sarif")).expect("sarif");
    let from_json: Fixes = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| !d["fix"].is_null())
        .map(|d| {
            let edits = d["fix"]["edits"]
                .as_array()
                .expect("edits")
                .iter()
                .map(|e| {
                    (
                        e["offset"].as_i64().expect("offset"),
                        e["length"].as_i64().expect("length"),
                        e["replacement"].as_str().expect("replacement").to_string(),
                    )
                })
                .collect();
            (
                d["fix"]["title"].as_str().expect("title").to_string(),
                edits,
            )
        })
        .collect();
    let from_sarif: Fixes = sarif.runs[0]
        .results
        .as_ref()
        .expect("results")
        .iter()
        .filter_map(|r| r.fixes.as_ref())
        .map(|fixes| {
            let f = &fixes[0];
            let edits = f.artifact_changes[0]
                .replacements
                .iter()
                .map(|r| {
                    (
                        r.deleted_region.byte_offset.expect("byte offset"),
                        r.deleted_region.byte_length.expect("byte length"),
                        r.inserted_content
                            .as_ref()
                            .and_then(|c| c.text.clone())
                            .unwrap_or_default(),
                    )
                })
                .collect();
            let title = f
                .description
                .as_ref()
                .and_then(|m| m.text.clone())
                .unwrap_or_default();
            (title, edits)
        })
        .collect();
    assert!(!from_json.is_empty());
    assert_eq!(from_json, from_sarif);
}
