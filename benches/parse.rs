//! Grammar throughput against its yardstick, a memchr line count over the same bytes.
//!
//! The corpus (at least 50 MB) repeats the canonical fixtures of `tests/data/`. Run short:
//! `cargo bench --bench parse -- --warm-up-time 1 --measurement-time 3`.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use threatbrief::Articles;

const TARGET: usize = 50 << 20;

fn corpus() -> String {
    let fixtures = [
        include_str!("../tests/data/corpus.txt"),
        include_str!("../tests/data/sample.txt"),
        include_str!("../tests/data/valid/no_toggle.txt"),
        include_str!("../tests/data/valid/multiline_body.txt"),
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

fn parse(c: &mut Criterion) {
    let text = corpus();
    let bytes = text.as_bytes();
    let records = threatbrief::articles(&text).filter(Result::is_ok).count();
    assert_eq!(
        records,
        threatbrief::articles(&text).count(),
        "the corpus is valid"
    );

    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.sample_size(10);
    // Two yardsticks: memchr's own count (one vectorised pass that never stops at a line),
    // and the loop any line splitter runs, one search per line.
    g.bench_function("yardstick_memchr_count", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(bytes)).count());
    });
    g.bench_function("yardstick_memchr_lines", |b| {
        b.iter(|| {
            let (mut n, mut at) = (0, 0);
            while let Some(i) = memchr::memchr(b'\n', &black_box(bytes)[at..]) {
                n += 1;
                at += i + 1;
            }
            n
        });
    });
    g.bench_function("grammar_only", |b| {
        b.iter(|| threatbrief::scrape::__grammar_only(black_box(&text)));
    });
    g.bench_function("articles", |b| {
        b.iter(|| {
            threatbrief::articles(black_box(&text))
                .filter(Result::is_ok)
                .count()
        });
    });
    g.bench_function("articles_into_owned", |b| {
        b.iter(|| {
            threatbrief::articles(black_box(&text))
                .map(|r| r.map(threatbrief::Article::into_owned))
                .filter(Result::is_ok)
                .count()
        });
    });
    g.bench_function("from_bytes", |b| {
        b.iter(|| {
            Articles::from_bytes(black_box(bytes))
                .filter(Result::is_ok)
                .count()
        });
    });
    g.bench_function("reader", |b| {
        b.iter(|| {
            threatbrief::read_articles(black_box(bytes))
                .filter(Result::is_ok)
                .count()
        });
    });
    g.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
