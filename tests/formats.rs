//! Every output format on the reference edition, parsed back into typed structures: required
//! fields are checked, and each format reports the same findings as `json`.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde::Deserialize;

const EDITION: &str = "fixtures/editions/migration-initiatives-2008.txt";

fn crossfoot() -> Command {
    let mut cmd = Command::cargo_bin("crossfoot").expect("the binary is built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY");
    cmd
}

/// Runs `check EDITION --format FORMAT ARGS...` and returns (stdout, exit code).
fn run(format: &str, args: &[&str]) -> (String, i32) {
    let out = crossfoot()
        .args(["check", EDITION, "--format", format])
        .args(args)
        .output()
        .expect("crossfoot runs");
    (
        String::from_utf8(out.stdout).expect("output is UTF-8"),
        out.status.code().expect("an exit code"),
    )
}

// ---- json: the reference the other formats are compared with ----------------------------------

#[derive(Debug, Clone, Deserialize, PartialEq)]
struct JsonReport {
    version: u32,
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
struct JsonDiagnostic {
    code: String,
    severity: String,
    message: String,
    path: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    offset: usize,
    length: usize,
    help: Option<String>,
    section: Option<String>,
}

/// What every format must agree on: code, severity, message and place.
type Finding = (String, String, String, String, usize, usize, usize, usize);

fn findings_of(json: &JsonReport) -> Vec<Finding> {
    json.diagnostics
        .iter()
        .map(|d| {
            (
                d.code.clone(),
                d.severity.clone(),
                d.message.clone(),
                d.path.clone(),
                d.line,
                d.column,
                d.end_line,
                d.end_column,
            )
        })
        .collect()
}

fn json_report() -> JsonReport {
    let (out, code) = run("json", &[]);
    assert_eq!(code, 1, "the reference edition has error-level findings");
    serde_json::from_str(&out).expect("json parses into the typed report")
}

#[test]
fn json_has_required_fields() {
    let r = json_report();
    assert_eq!(r.version, 1);
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.code == "total-mismatch" && d.severity == "error")
    );
    for d in &r.diagnostics {
        assert_eq!(d.path, EDITION);
        assert!(
            d.line >= 1 && d.column >= 1 && (d.end_line, d.end_column) >= (d.line, d.column),
            "{d:?}"
        );
        assert!(d.offset + d.length <= 618_327);
    }
    // The order is deterministic: by offset within the file.
    let offsets: Vec<usize> = r.diagnostics.iter().map(|d| d.offset).collect();
    assert!(
        offsets.windows(2).all(|w| w[0] <= w[1]),
        "findings out of order"
    );
}

#[test]
fn json_lines_is_the_json_diagnostics_one_per_line() {
    let (out, code) = run("json-lines", &[]);
    assert_eq!(code, 1);
    let lines: Vec<JsonDiagnostic> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one diagnostic"))
        .collect();
    assert_eq!(lines, json_report().diagnostics);
}

#[test]
fn concise_is_one_line_per_finding() {
    let (out, _) = run("concise", &[]);
    let parsed: Vec<Finding> = out
        .lines()
        .map(|l| {
            // path:line:col: severity[code] message
            let (place, rest) = l.split_once(": ").expect("place, then finding");
            let mut p = place.rsplitn(3, ':');
            let column: usize = p.next().and_then(|c| c.parse().ok()).expect("column");
            let line: usize = p.next().and_then(|c| c.parse().ok()).expect("line");
            let path = p.next().expect("path").to_string();
            let (sev, rest) = rest.split_once('[').expect("severity[");
            let (code, message) = rest.split_once("] ").expect("code]");
            (
                code.to_string(),
                sev.to_string(),
                message.to_string(),
                path,
                line,
                column,
                0,
                0,
            )
        })
        .collect();
    let want: Vec<Finding> = findings_of(&json_report())
        .into_iter()
        .map(|(c, s, m, p, l, col, _, _)| (c, s, m, p, l, col, 0, 0))
        .collect();
    assert_eq!(parsed, want);
}

// ---- SARIF -------------------------------------------------------------------------------------

fn sarif_text() -> String {
    let (out, code) = run("sarif", &[]);
    assert_eq!(code, 1);
    out
}

fn sarif_level(severity: &str) -> &'static str {
    match severity {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    }
}

#[test]
fn sarif_parses_into_serde_sarif_with_required_fields() {
    use serde_sarif::sarif::{ResultLevel, Sarif};
    let log: Sarif =
        serde_json::from_str(&sarif_text()).expect("SARIF parses into serde-sarif types");
    assert_eq!(log.version, serde_json::json!("2.1.0"));
    assert_eq!(log.runs.len(), 1);
    let run = &log.runs[0];
    let driver = &run.tool.driver;
    assert_eq!(driver.name, "crossfoot");
    assert_eq!(driver.version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
    assert_eq!(
        run.column_kind,
        Some(serde_json::json!("unicodeCodePoints"))
    );
    let base = run
        .original_uri_base_ids
        .as_ref()
        .and_then(|b| b.get("%SRCROOT%"))
        .and_then(|a| a.uri.clone())
        .expect("originalUriBaseIds has %SRCROOT%");
    assert!(
        base.starts_with("file:///") && base.ends_with('/'),
        "{base}"
    );

    let rules = driver.rules.as_ref().expect("the rules used are described");
    let results = run.results.as_ref().expect("results");
    let used: BTreeSet<&str> = results
        .iter()
        .filter_map(|r| r.rule_id.as_deref())
        .collect();
    let described: BTreeSet<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(used, described, "one rules entry per rule used");
    for r in rules {
        let registry = crossfoot::rules::find(&r.id).expect("a registered rule");
        assert_eq!(
            r.short_description.as_ref().map(|m| m.text.as_str()),
            Some(registry.summary)
        );
        assert_eq!(
            r.full_description.as_ref().map(|m| m.text.clone()),
            Some(registry.explanation())
        );
        assert!(
            r.help
                .as_ref()
                .is_some_and(|h| h.text.contains("## What it does"))
        );
    }

    let mut fingerprints = HashSet::new();
    for r in results {
        let id = r.rule_id.as_deref().expect("ruleId");
        let index = usize::try_from(r.rule_index.expect("ruleIndex")).expect("non-negative");
        assert_eq!(rules[index].id, id, "ruleIndex points at the rule");
        assert!(matches!(
            r.level,
            Some(ResultLevel::Error | ResultLevel::Warning | ResultLevel::Note)
        ));
        assert!(r.message.text.as_ref().is_some_and(|t| !t.is_empty()));
        let loc = r
            .locations
            .as_ref()
            .and_then(|l| l.first())
            .expect("a location");
        let phys = loc.physical_location.as_ref().expect("physicalLocation");
        let art = phys.artifact_location.as_ref().expect("artifactLocation");
        assert_eq!(art.uri.as_deref(), Some(EDITION), "a relative uri");
        assert_eq!(art.uri_base_id.as_deref(), Some("%SRCROOT%"));
        let region = phys.region.as_ref().expect("region");
        for v in [
            region.start_line,
            region.start_column,
            region.end_line,
            region.end_column,
        ] {
            assert!(v.is_some_and(|v| v >= 1), "{region:?}");
        }
        let fp = r
            .partial_fingerprints
            .as_ref()
            .expect("partialFingerprints");
        assert!(!fp.is_empty());
        assert!(
            fingerprints.insert(format!("{fp:?}")),
            "fingerprints are unique per result"
        );
    }
}

#[test]
fn sarif_validates_against_the_published_schema() {
    // The OASIS schema (as shipped by serde-sarif 0.8.0) has one broken regex, in the pattern of
    // `language`; it is repaired here so that the schema itself compiles.
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/sarif-schema-2.1.0.json");
    let raw = std::fs::read_to_string(schema_path)
        .expect("schema")
        .replace(
            "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
            "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
        );
    let schema: serde_json::Value = serde_json::from_str(&raw).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let log: serde_json::Value = serde_json::from_str(&sarif_text()).expect("SARIF is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "schema violations:\n{}",
        errors.join("\n")
    );
    // The validator does catch a broken log.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));
}

#[test]
fn sarif_result_set_equals_json() {
    use serde_sarif::sarif::Sarif;
    let log: Sarif = serde_json::from_str(&sarif_text()).expect("SARIF parses");
    let from_sarif: BTreeSet<Finding> = log.runs[0]
        .results
        .as_ref()
        .expect("results")
        .iter()
        .map(|r| {
            let phys = r.locations.as_ref().expect("locations")[0]
                .physical_location
                .as_ref()
                .expect("physical");
            let region = phys.region.as_ref().expect("region");
            let n = |v: Option<i64>| usize::try_from(v.expect("set")).expect("positive");
            (
                r.rule_id.clone().expect("ruleId"),
                serde_json::to_value(r.level.as_ref().expect("level"))
                    .expect("level serializes")
                    .as_str()
                    .expect("a string")
                    .to_string(),
                r.message.text.clone().expect("text"),
                phys.artifact_location
                    .as_ref()
                    .and_then(|a| a.uri.clone())
                    .expect("uri"),
                n(region.start_line),
                n(region.start_column),
                n(region.end_line),
                n(region.end_column),
            )
        })
        .collect();
    let from_json: BTreeSet<Finding> = findings_of(&json_report())
        .into_iter()
        .map(|(c, s, m, p, l, col, el, ec)| (c, sarif_level(&s).to_string(), m, p, l, col, el, ec))
        .collect();
    assert_eq!(
        from_sarif.len(),
        json_report().diagnostics.len(),
        "no result lost or merged"
    );
    assert_eq!(from_sarif, from_json);
}

// ---- GitHub ------------------------------------------------------------------------------------

/// One workflow command, as the runner reads it.
#[derive(Debug, PartialEq)]
struct Annotation {
    command: String,
    file: String,
    line: usize,
    col: usize,
    end_line: usize,
    end_column: usize,
    title: String,
    message: String,
}

fn unescape(s: &str) -> String {
    s.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

fn parse_annotation(line: &str) -> Annotation {
    let rest = line.strip_prefix("::").expect("a workflow command");
    let (head, message) = rest.split_once("::").expect("properties::message");
    let (command, props) = head.split_once(' ').expect("command and properties");
    let prop = |k: &str| {
        props
            .split(',')
            .find_map(|p| p.strip_prefix(&format!("{k}=")))
            .map_or_else(|| panic!("property {k} in {line}"), unescape)
    };
    let num = |k: &str| prop(k).parse::<usize>().expect("a number");
    Annotation {
        command: command.to_string(),
        file: prop("file"),
        line: num("line"),
        col: num("col"),
        end_line: num("endLine"),
        end_column: num("endColumn"),
        title: prop("title"),
        message: unescape(message),
    }
}

#[test]
fn github_annotations_match_json_and_the_summary_is_appended() {
    let dir = tempfile::tempdir().expect("tempdir");
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").expect("write");
    let out = crossfoot()
        .args(["check", EDITION, "--format", "github"])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let annotations: Vec<Annotation> = text.lines().map(parse_annotation).collect();
    let json = json_report();
    assert_eq!(annotations.len(), json.diagnostics.len());
    for (a, d) in annotations.iter().zip(&json.diagnostics) {
        let command = match d.severity.as_str() {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        assert_eq!(a.command, command);
        assert_eq!(
            (a.file.as_str(), a.line, a.col, a.end_line, a.end_column),
            (EDITION, d.line, d.column, d.end_line, d.end_column)
        );
        assert_eq!(a.title, d.code);
        assert_eq!(a.message.lines().next(), Some(d.message.as_str()));
    }
    let md = std::fs::read_to_string(&summary).expect("summary written");
    assert!(
        md.starts_with("earlier step\n"),
        "appended, not overwritten"
    );
    assert!(md.contains("| File | Line | Severity | Rule | Message |"));
    let rows = md
        .lines()
        .filter(|l| l.starts_with(&format!("| {EDITION} |")))
        .count();
    assert_eq!(rows, json.diagnostics.len());
}

// ---- GitLab ------------------------------------------------------------------------------------

/// The GitLab Code Quality issue, as GitLab documents it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeQualityIssue {
    description: String,
    check_name: String,
    fingerprint: String,
    severity: CodeQualitySeverity,
    location: CodeQualityLocation,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
enum CodeQualitySeverity {
    Info,
    Minor,
    Major,
    Critical,
    Blocker,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeQualityLocation {
    path: String,
    lines: CodeQualityLines,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeQualityLines {
    begin: usize,
    end: Option<usize>,
}

#[test]
fn gitlab_code_quality_has_unique_fingerprints() {
    let (out, code) = run("gitlab", &[]);
    assert_eq!(code, 1);
    let issues: Vec<CodeQualityIssue> =
        serde_json::from_str(&out).expect("Code Quality JSON parses");
    let json = json_report();
    assert_eq!(issues.len(), json.diagnostics.len());
    let unique: HashSet<&str> = issues.iter().map(|i| i.fingerprint.as_str()).collect();
    assert_eq!(
        unique.len(),
        issues.len(),
        "a unique fingerprint per finding"
    );
    for (i, d) in issues.iter().zip(&json.diagnostics) {
        assert_eq!(i.check_name, d.code);
        assert!(i.description.contains(&d.message));
        assert_eq!(i.location.path, EDITION);
        assert_eq!(i.location.lines.begin, d.line);
        assert_eq!(i.location.lines.end, Some(d.end_line));
        let want = match d.severity.as_str() {
            "error" => CodeQualitySeverity::Major,
            "warning" => CodeQualitySeverity::Minor,
            _ => CodeQualitySeverity::Info,
        };
        assert_eq!(i.severity, want);
        assert!(i.fingerprint.len() >= 32);
    }
}

// ---- JUnit -------------------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
struct TestSuites {
    #[serde(rename = "@name")]
    name: String,
    #[serde(rename = "@tests")]
    tests: usize,
    #[serde(rename = "@failures")]
    failures: usize,
    #[serde(rename = "testsuite", default)]
    suites: Vec<TestSuite>,
}

#[derive(Debug, Deserialize)]
struct TestSuite {
    #[serde(rename = "@name")]
    name: String,
    #[serde(rename = "@tests")]
    tests: usize,
    #[serde(rename = "@failures")]
    failures: usize,
    #[serde(rename = "testcase", default)]
    cases: Vec<TestCase>,
}

#[derive(Debug, Deserialize)]
struct TestCase {
    #[serde(rename = "@name")]
    name: String,
    #[serde(rename = "@classname")]
    classname: String,
    failure: Option<Failure>,
}

#[derive(Debug, Deserialize)]
struct Failure {
    #[serde(rename = "@message")]
    message: String,
    #[serde(rename = "@type")]
    kind: String,
    #[serde(rename = "$text", default)]
    text: String,
}

fn edition_sections() -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(EDITION);
    let text = std::fs::read_to_string(&path).expect("edition");
    let checked = crossfoot::check(
        crossfoot::Source::new(EDITION, text),
        &crossfoot::Settings::default(),
    );
    checked
        .document
        .sections
        .iter()
        .map(crossfoot::model::Section::key)
        .collect()
}

#[test]
fn junit_has_a_test_case_per_section_failed_where_it_has_findings() {
    let (out, code) = run("junit", &[]);
    assert_eq!(code, 1);
    let suites: TestSuites =
        quick_xml::de::from_str(&out).expect("JUnit XML parses into typed structures");
    assert_eq!(suites.name, "crossfoot");
    assert_eq!(suites.suites.len(), 1);
    let suite = &suites.suites[0];
    assert_eq!(suite.name, EDITION);

    let json = json_report();
    let sections = edition_sections();
    let outside = json
        .diagnostics
        .iter()
        .any(|d| d.section.as_ref().is_none_or(|s| !sections.contains(s)));
    let names: Vec<&str> = suite.cases.iter().map(|c| c.name.as_str()).collect();
    let mut want: Vec<&str> = sections.iter().map(String::as_str).collect();
    if outside {
        want.push("(outside any section)");
    }
    assert_eq!(names, want, "one test case per section checked, in order");
    assert_eq!((suite.tests, suites.tests), (names.len(), names.len()));

    let failing: BTreeSet<&str> = json
        .diagnostics
        .iter()
        .map(|d| match &d.section {
            Some(s) if sections.contains(s) => s.as_str(),
            _ => "(outside any section)",
        })
        .collect();
    let failed: BTreeSet<&str> = suite
        .cases
        .iter()
        .filter(|c| c.failure.is_some())
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(failed, failing, "failed exactly where there are findings");
    assert_eq!(
        (suite.failures, suites.failures),
        (failed.len(), failed.len())
    );
    for c in &suite.cases {
        assert_eq!(c.classname, EDITION);
        if let Some(f) = &c.failure {
            let mine: Vec<&JsonDiagnostic> = json
                .diagnostics
                .iter()
                .filter(|d| d.section.as_deref() == Some(c.name.as_str()))
                .collect();
            for d in &mine {
                assert!(
                    f.text.contains(&d.message),
                    "{} lacks {}",
                    c.name,
                    d.message
                );
            }
            if let [one] = mine.as_slice() {
                assert_eq!(f.kind, one.code);
                assert!(f.message.contains(&one.message));
            }
        }
    }
}

// ---- rules, statistics, output, quiet, color, exit codes ---------------------------------------

#[derive(Debug, Deserialize)]
struct RulesListing {
    version: u32,
    rules: Vec<RuleEntry>,
}

#[derive(Debug, Deserialize)]
struct RuleEntry {
    code: String,
    severity: String,
    summary: String,
    explanation: String,
}

#[test]
fn rules_lists_the_registry_as_json() {
    let out = crossfoot()
        .args(["rules", "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let listing: RulesListing = serde_json::from_slice(&out.stdout).expect("rules JSON parses");
    assert_eq!(listing.version, 1);
    assert_eq!(listing.rules.len(), crossfoot::rules::RULES.len());
    for (entry, rule) in listing.rules.iter().zip(crossfoot::rules::RULES) {
        assert_eq!(entry.code, rule.code);
        assert_eq!(entry.severity, rule.severity.as_str());
        assert_eq!(entry.summary, rule.summary);
        assert_eq!(entry.explanation, rule.explanation());
    }
    assert!(listing.rules.iter().any(|r| r.code == "unused-suppression"));
    let explain = crossfoot()
        .args(["explain", "unused-suppression"])
        .output()
        .expect("runs");
    assert!(explain.status.success());
}

#[derive(Debug, Deserialize)]
struct Statistics {
    version: u32,
    statistics: Vec<StatisticsRow>,
}

#[derive(Debug, Deserialize)]
struct StatisticsRow {
    code: String,
    severity: String,
    count: usize,
}

#[test]
fn statistics_count_findings_per_rule() {
    let json = json_report();
    let (text, code) = run("human", &["--statistics"]);
    assert_eq!(code, 1, "statistics keep the exit status");
    let total: usize = text
        .lines()
        .map(|l| {
            l.split_whitespace()
                .next()
                .and_then(|n| n.parse::<usize>().ok())
                .expect("a count first")
        })
        .sum();
    assert_eq!(total, json.diagnostics.len());

    let (out, _) = run("json", &["--statistics"]);
    let stats: Statistics = serde_json::from_str(&out).expect("statistics JSON parses");
    assert_eq!(stats.version, 1);
    for row in &stats.statistics {
        let n = json
            .diagnostics
            .iter()
            .filter(|d| d.code == row.code && d.severity == row.severity)
            .count();
        assert_eq!(row.count, n, "{}", row.code);
    }
    assert_eq!(
        stats.statistics.iter().map(|r| r.count).sum::<usize>(),
        json.diagnostics.len()
    );
}

#[test]
fn output_file_holds_what_stdout_would() {
    let dir = tempfile::tempdir().expect("tempdir");
    for format in ["human", "concise", "json", "sarif", "gitlab", "junit"] {
        let file = dir.path().join(format!("report.{format}"));
        let out = crossfoot()
            .args(["check", EDITION, "--format", format, "--output"])
            .arg(&file)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        assert!(
            out.stdout.is_empty(),
            "{format}: nothing on stdout with --output"
        );
        let (stdout, _) = run(format, &[]);
        assert_eq!(
            std::fs::read_to_string(&file).expect("report written"),
            stdout,
            "{format}"
        );
    }
}

#[test]
fn quiet_prints_only_the_findings() {
    let (loud, _) = run("human", &["--color", "never"]);
    let (quiet, _) = run("human", &["--quiet", "--color", "never"]);
    // The counts, then what `fix` can fix.
    let last: Vec<&str> = loud.lines().rev().take(2).collect();
    assert!(last[1].contains(" in 1 file:"), "{last:?}");
    assert!(last[0].starts_with("[*] "), "{last:?}");
    assert!(!quiet.contains(last[0]) && !quiet.contains(last[1]));
    assert!(loud.starts_with(&quiet));
}

#[test]
fn color_follows_the_flag() {
    let (always, _) = run("human", &["--color", "always"]);
    let (never, _) = run("human", &["--color", "never"]);
    assert!(always.contains('\u{1b}'));
    assert!(!never.contains('\u{1b}'));
}

#[test]
fn exit_codes_follow_threshold_and_selection() {
    // Errors present: 1; --exit-zero: 0.
    assert_eq!(run("concise", &[]).1, 1);
    assert_eq!(run("concise", &["--exit-zero"]).1, 0);
    // Only warnings selected: 0 by default, 1 with --fail-on warning.
    let (out, code) = run(
        "concise",
        &["--select", "malformed-amount,missing-currency"],
    );
    assert_eq!(code, 0);
    assert!(
        out.lines()
            .all(|l| l.contains("[malformed-amount]") || l.contains("[missing-currency]"))
    );
    assert!(!out.is_empty());
    assert_eq!(
        run(
            "concise",
            &["--select", "malformed-amount", "--fail-on", "warning"]
        )
        .1,
        1
    );
    // --ignore wins over --select.
    let (out, code) = run(
        "concise",
        &[
            "--select",
            "total-mismatch,malformed-amount",
            "--ignore",
            "total-mismatch",
        ],
    );
    assert_eq!(code, 0);
    assert!(!out.contains("[total-mismatch]"));
    // An unknown code cannot run.
    let out = crossfoot()
        .args(["check", EDITION, "--select", "no-such-rule"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-rule"));
}

#[test]
fn stdin_filename_names_standard_input() {
    let text = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(EDITION)).expect("edition");
    let out = crossfoot()
        .args([
            "check",
            "--format",
            "concise",
            "--stdin-filename",
            "editions/2008.txt",
        ])
        .write_stdin(text)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let (file, _) = run("concise", &[]);
    assert_eq!(stdout, file.replace(EDITION, "editions/2008.txt"));
}
