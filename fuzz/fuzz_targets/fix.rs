//! Fuzz target for `crossfoot fix`: on any text, fixing never panics, the fixed text checks
//! again, a second fix changes nothing (the fixes converge), and safe fixes never change a
//! figure or a name: every section keeps its name, listed sum and declared total, and
//! everything crossfoot reads (sections, declared figures, item titles and amounts, table
//! figures) reads the same. `fix` enforces the second itself by withholding a fix; this target
//! checks that the enforcement holds, and the first through an independent reading.
//!
//! Run with inputs of any length: `cargo +nightly fuzz run fix -- -max_len=1048576`.

#![no_main]

use crossfoot::fix::{Figures, fix};
use crossfoot::{Settings, Source};
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

fn sums(text: &str) -> Vec<(String, Decimal, Option<Decimal>)> {
    let checked = crossfoot::check(Source::new("fuzz", text), &Settings::default());
    checked
        .document
        .sections
        .iter()
        .map(|s| (s.name.clone(), s.listed_sum(), s.declared()))
        .collect()
}

fn figures(text: &str) -> Figures {
    Figures::of(&crossfoot::check(
        Source::new("fuzz", text),
        &Settings::default(),
    ))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let source = Source::new("fuzz", text.as_str());
    let settings = Settings::default();
    for unsafe_fixes in [false, true] {
        let once = fix(&source, &settings, unsafe_fixes);
        let twice = fix(
            &Source::new("fuzz", once.text.as_str()),
            &settings,
            unsafe_fixes,
        );
        assert!(
            !twice.changed() && twice.text == once.text,
            "a second fix (unsafe: {unsafe_fixes}) changed the text again: {:?}",
            twice.applied
        );
        if !unsafe_fixes && once.changed() {
            assert_eq!(
                sums(&once.text),
                sums(&text),
                "safe fixes changed a name or a figure: {:?}",
                once.applied
            );
            assert_eq!(
                figures(&once.text),
                figures(&text),
                "safe fixes changed what is read: {:?}",
                once.applied
            );
        }
    }
});
