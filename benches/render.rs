//! Rendering findings in the human format: 1,000 and 10,000 findings of one document. Time per
//! finding must stay flat as their number grows (no rescan of the source per label).

#[path = "support/corpus.rs"]
mod corpus;

use std::fmt::Write as _;
use std::hint::black_box;
use std::sync::Arc;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use crossfoot::Checked;
use crossfoot::output::human::{self, HumanOptions};

/// A document of `n` sections whose one project does not sum to the declared total: `n`
/// total-mismatch findings, each with a primary and a secondary label, spread over the text.
fn mismatches(n: usize) -> Checked {
    let mut text = String::with_capacity(n * 120);
    for i in 0..n {
        let tag = corpus::tag(i);
        let _ = write!(
            text,
            "Some prose about the programme in {tag}.\n\nSupport to returnees in {tag} – USD 1,000\n\nTotal funding requirements for {tag} – USD 2,000\n\n"
        );
    }
    let checked = corpus::check(&Arc::from(text));
    assert_eq!(checked.diagnostics.len(), n, "one finding per section");
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| d.code == "total-mismatch")
    );
    checked
}

fn render(c: &mut Criterion) {
    let opts = HumanOptions {
        color: false,
        width: 100,
    };
    let mut group = c.benchmark_group("render-human");
    group.sample_size(20);
    for n in [1_000, 10_000] {
        let checked = mismatches(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &checked, |b, checked| {
            b.iter(|| {
                let mut out = String::new();
                human::render(&mut out, &checked.source, &checked.diagnostics, opts);
                black_box(out)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
