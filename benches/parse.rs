//! Grammar throughput against its yardstick, a memchr line count over the same bytes.
//!
//! The corpus (at least 50 MB) repeats the canonical fixtures of `tests/data/`. Run short:
//! `cargo bench --bench parse -- --warm-up-time 1 --measurement-time 3`.
//!
//! On a shared machine medians wander with the load; `PARSE_RATIOS=30 cargo bench --bench
//! parse` first runs the yardsticks and the parsers in turn, 30 rounds, and prints each one's
//! best time and its ratio to both yardsticks (the best of many interleaved rounds is what the
//! code can do, whatever else runs).

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

fn count_lines(bytes: &[u8]) -> usize {
    let (mut n, mut at) = (0, 0);
    while let Some(i) = memchr::memchr(b'\n', &bytes[at..]) {
        n += 1;
        at += i + 1;
    }
    n
}

/// Interleaved rounds, best time of each, ratios to both yardsticks (see the module docs).
fn ratios(text: &str, rounds: usize) {
    let bytes = text.as_bytes();
    let runs: [(&str, &dyn Fn() -> usize); 4] = [
        ("yardstick_memchr_count", &|| {
            memchr::memchr_iter(b'\n', black_box(bytes)).count()
        }),
        ("yardstick_memchr_lines", &|| count_lines(black_box(bytes))),
        ("grammar_only", &|| {
            threatbrief::scrape::__grammar_only(black_box(text))
        }),
        ("articles", &|| {
            threatbrief::articles(black_box(text))
                .filter(Result::is_ok)
                .count()
        }),
    ];
    let mut best = [f64::MAX; 4];
    for _ in 0..rounds {
        for (k, (_, run)) in runs.iter().enumerate() {
            let t = std::time::Instant::now();
            black_box(run());
            best[k] = best[k].min(t.elapsed().as_secs_f64());
        }
    }
    let gib = |t: f64| bytes.len() as f64 / t / f64::from(1u32 << 30);
    for (k, (name, _)) in runs.iter().enumerate() {
        println!(
            "{name:24} {:7.3} ms {:6.2} GiB/s  {:.2}x count  {:.2}x lines",
            best[k] * 1e3,
            gib(best[k]),
            best[0] / best[k],
            best[1] / best[k],
        );
    }
}

fn parse(c: &mut Criterion) {
    let text = corpus();
    let bytes = text.as_bytes();
    if let Some(rounds) = std::env::var("PARSE_RATIOS")
        .ok()
        .and_then(|r| r.parse().ok())
    {
        ratios(&text, rounds);
    }
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
        b.iter(|| count_lines(black_box(bytes)));
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
