//! Parse + check throughput: the reference edition, and its narrative repeated to 10 MB and
//! 100 MB (each copy renamed, so findings are exactly N times one copy's), with and without the
//! edition's appendix once at the end (see `support/corpus.rs`). Reports MB/s.
//!
//! The text is in memory before timing starts; one iteration builds the line index, parses and
//! runs every rule, as `crossfoot check` does for one file, on one thread.

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use corpus::Corpus;
use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};

const MB: usize = 1_000_000;

fn edition(c: &mut Criterion) {
    let text: Arc<str> = Arc::from(corpus::edition());
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::BytesDecimal(text.len() as u64));
    group.bench_function("edition-2008", |b| {
        b.iter(|| black_box(corpus::check(&text)));
    });
    group.finish();
}

fn scaled(c: &mut Criterion) {
    let edition = corpus::edition();
    let mut group = c.benchmark_group("check-scaled");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(10));
    for kind in [Corpus::Narrative, Corpus::WithAppendix] {
        for target in [10 * MB, 100 * MB] {
            let copies = corpus::copies_for(&edition, target);
            let text: Arc<str> = Arc::from(corpus::repeated(&edition, copies, kind));
            // The corpus must read as `copies` copies, or the figures measure something else.
            corpus::verify(&edition, &text, copies, kind);
            group.throughput(Throughput::BytesDecimal(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(kind.name(), format!("{}MB", target / MB)),
                &text,
                |b, text| b.iter(|| black_box(corpus::check(text))),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, edition, scaled);
criterion_main!(benches);
