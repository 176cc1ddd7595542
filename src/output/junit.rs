//! The junit format: `JUnit` XML with one test suite per file and one test case per section
//! checked, failed where the section has findings. Findings outside any section (a document
//! without totals, bullets after the last total, a baseline entry) form one more test case.

use std::fmt::Write as _;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::FileReport;
use crate::diagnostic::Diagnostic;
use crate::source::Source;

/// The name of the test case that holds findings outside any section.
pub const OUTSIDE_SECTIONS: &str = "(outside any section)";

/// Replaces the characters XML 1.0 cannot carry (control characters other than tab and line
/// breaks, lone surrogates cannot occur in `str`, U+FFFE/U+FFFF) with U+FFFD.
fn xml_safe(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

struct Case<'a> {
    name: String,
    line: Option<usize>,
    findings: Vec<&'a Diagnostic>,
}

/// The test cases of one file: its sections in order, then findings outside them.
fn cases(f: &FileReport) -> Vec<Case<'_>> {
    let mut cases: Vec<Case<'_>> = f
        .sections
        .iter()
        .map(|s| Case {
            name: s.key.clone(),
            line: Some(f.source.line(s.span.start)),
            findings: Vec::new(),
        })
        .collect();
    let index: std::collections::HashMap<&str, usize> = f
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| (s.key.as_str(), i))
        .collect();
    let mut outside = Vec::new();
    for d in &f.diagnostics {
        match d.section.as_deref().and_then(|k| index.get(k)) {
            Some(&i) => cases[i].findings.push(d),
            None => outside.push(d),
        }
    }
    if !outside.is_empty() {
        cases.push(Case {
            name: OUTSIDE_SECTIONS.to_string(),
            line: None,
            findings: outside,
        });
    }
    cases
}

fn failure_text(source: &Source, findings: &[&Diagnostic]) -> String {
    let mut text = String::new();
    for d in findings {
        let at = source.line_col(d.span.start);
        let _ = writeln!(
            text,
            "{}:{}:{}: {}[{}] {}",
            source.name, at.line, at.column, d.severity, d.code, d.message
        );
        if let Some(help) = &d.help {
            let _ = writeln!(text, "  help: {help}");
        }
    }
    text
}

fn failure_message(findings: &[&Diagnostic]) -> String {
    match findings {
        [one] => format!("{}: {}", one.code, one.message),
        many => {
            let mut codes: Vec<&str> = many.iter().map(|d| d.code).collect();
            codes.dedup();
            format!("{} findings: {}", many.len(), codes.join(", "))
        }
    }
}

fn write(files: &[FileReport]) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let all: Vec<(&FileReport, Vec<Case<'_>>)> = files.iter().map(|f| (f, cases(f))).collect();
    let tests: usize = all.iter().map(|(_, c)| c.len()).sum();
    let failures: usize = all
        .iter()
        .map(|(_, c)| c.iter().filter(|c| !c.findings.is_empty()).count())
        .sum();
    w.create_element("testsuites")
        .with_attribute(("name", "crossfoot"))
        .with_attribute(("tests", tests.to_string().as_str()))
        .with_attribute(("failures", failures.to_string().as_str()))
        .with_attribute(("errors", "0"))
        .write_inner_content(|w| {
            for (f, cases) in &all {
                let name = xml_safe(&f.source.name);
                let failed = cases.iter().filter(|c| !c.findings.is_empty()).count();
                w.create_element("testsuite")
                    .with_attribute(("name", name.as_str()))
                    .with_attribute(("tests", cases.len().to_string().as_str()))
                    .with_attribute(("failures", failed.to_string().as_str()))
                    .with_attribute(("errors", "0"))
                    .with_attribute(("skipped", "0"))
                    .write_inner_content(|w| {
                        for case in cases {
                            let case_name = xml_safe(&case.name);
                            let mut el = w
                                .create_element("testcase")
                                .with_attribute(("name", case_name.as_str()))
                                .with_attribute(("classname", name.as_str()))
                                .with_attribute(("file", name.as_str()));
                            let line = case.line.map(|l| l.to_string());
                            if let Some(l) = &line {
                                el = el.with_attribute(("line", l.as_str()));
                            }
                            if case.findings.is_empty() {
                                el.write_empty()?;
                                continue;
                            }
                            let message = xml_safe(&failure_message(&case.findings));
                            let kind = case.findings[0].code;
                            let text = xml_safe(&failure_text(&f.source, &case.findings));
                            el.write_inner_content(|w| {
                                w.create_element("failure")
                                    .with_attribute(("message", message.as_str()))
                                    .with_attribute(("type", kind))
                                    .write_text_content(BytesText::new(&text))?;
                                Ok(())
                            })?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

/// # Panics
/// Never: the XML is written into memory, from UTF-8 text.
#[must_use]
pub fn render(files: &[FileReport]) -> String {
    let bytes = write(files).expect("writing XML into memory cannot fail");
    String::from_utf8(bytes).expect("the XML writer writes the UTF-8 it is given")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(xml_safe("a\u{c}b\tc"), "a\u{fffd}b\tc");
    }
}
