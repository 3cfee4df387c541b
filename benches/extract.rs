//! Parse + extract throughput in bytes per second, against the memchr line count of the same
//! bytes measured in the same run.
//!
//! The corpus repeats the record fixtures of `tests/data/` to about 8 MB. Run short:
//! `cargo bench --bench extract -- --warm-up-time 1 --measurement-time 5`.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use threatbrief::extract::Extractor;

const TARGET: usize = 8 << 20;

fn corpus() -> String {
    let fixtures = [
        include_str!("../tests/data/corpus.txt"),
        include_str!("../tests/data/sample.txt"),
    ];
    let mut out = String::with_capacity(TARGET + (1 << 20));
    while out.len() < TARGET {
        for f in fixtures {
            out.push_str(f.trim_end());
            out.push_str("\n\n");
        }
    }
    out
}

fn extract(c: &mut Criterion) {
    let text = corpus();
    let extractor = Extractor::default();
    // Build the gazetteer's automaton before measuring.
    threatbrief::Gazetteer::embedded().prepare_scan();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("yardstick_memchr_count", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(text.as_bytes())).count());
    });
    g.bench_function("parse_and_extract", |b| {
        b.iter(|| {
            threatbrief::articles(black_box(&text))
                .filter_map(Result::ok)
                .map(|a| extractor.extract(&a).actors.len())
                .sum::<usize>()
        });
    });
    g.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
