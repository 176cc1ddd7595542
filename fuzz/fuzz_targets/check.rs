//! Fuzz target: arbitrary bytes through `decode`, and any text (as decoded, or the bytes
//! lossily decoded where they are not text) through `check` and both renderers. Never a panic; every span a
//! finding carries lies inside the text on character boundaries; no line of the human output
//! is longer than a window; and CR line ends give the findings of LF. Inputs of any length:
//! run it with `-max_len=1048576` (see the README) so that long lines are tried.

#![no_main]

use crossfoot::output::{human, json};
use crossfoot::{Diagnostic, Error, Settings, Source, Span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = match crossfoot::decode("fuzz", data.to_vec()) {
        Ok(decoded) => {
            assert!(
                decoded.encoding.is_some_and(|e| e.starts_with("UTF-16")) || !data.contains(&0),
                "decode let a NUL byte through"
            );
            if decoded.encoding.is_none() {
                assert_eq!(decoded.text.as_bytes(), data, "UTF-8 text changed by decoding");
            }
            decoded.text
        }
        Err(Error::Binary { offset, .. }) => {
            assert_eq!(
                data[offset], 0,
                "binary offset does not point at a NUL byte"
            );
            String::from_utf8_lossy(data).into_owned()
        }
        Err(Error::WideText { .. }) => {
            assert!(
                [&[0xFF, 0xFE][..], &[0xFE, 0xFF], &[0, 0, 0xFE, 0xFF]]
                    .iter()
                    .any(|bom| data.starts_with(bom)),
                "UTF-16 or UTF-32 reported without a byte-order mark"
            );
            String::from_utf8_lossy(data).into_owned()
        }
        Err(e) => panic!("decode failed with an unexpected error: {e}"),
    };
    check(text);
});

fn assert_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} outside the text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} splits a character"
    );
}

fn check(text: String) {
    let checked = crossfoot::check(Source::new("fuzz", text), &Settings::default());
    let text = &*checked.source.text;
    for d in &checked.diagnostics {
        assert_span(text, d.span, d.code);
        for l in &d.labels {
            assert_span(text, l.span, "label");
        }
        if let Some(fix) = &d.fix {
            for e in &fix.edits {
                assert_span(text, e.span, "edit");
            }
        }
    }
    for s in &checked.document.sections {
        assert_span(text, s.span, "section");
        for b in &s.bullets {
            assert_span(text, b.span, "bullet");
            assert_span(text, b.title_span, "title");
        }
    }
    let report = json::report([(&checked.source, checked.diagnostics.as_slice())]);
    serde_json::to_string(&report).expect("the report serializes");
    let mut out = String::new();
    let opts = human::HumanOptions {
        color: false,
        width: 80,
    };
    human::render(&mut out, &checked.source, &checked.diagnostics, opts);
    // Excerpts are windows of long lines, never whole lines (a tab may widen to 4 columns).
    assert!(
        out.lines().all(|l| l.chars().count() <= 4_000),
        "a line of the human output is longer than any window"
    );
    // A lone CR ends a line as LF does: with each LF written as CR (byte for byte), the
    // findings are the same, spans and labels included.
    if !text.contains('\r') {
        let cr = crossfoot::check(
            Source::new("fuzz", text.replace('\n', "\r")),
            &Settings::default(),
        );
        assert_eq!(
            findings(&cr.diagnostics),
            findings(&checked.diagnostics),
            "CR line ends give other findings than LF"
        );
    }
}

/// What must not depend on the kind of line end: code, spans, message (a CR quoted from the
/// text read as the LF it stands for) and labels.
fn findings(diags: &[Diagnostic]) -> Vec<(&'static str, Span, String, Vec<(Span, String)>)> {
    diags
        .iter()
        .map(|d| {
            let labels = d
                .labels
                .iter()
                .map(|l| (l.span, l.message.replace('\r', "\n")))
                .collect();
            (d.code, d.span, d.message.replace('\r', "\n"), labels)
        })
        .collect()
}
