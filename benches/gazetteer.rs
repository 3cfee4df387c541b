//! Gazetteer benches: building the embedded gazetteer (tables and scanner) and scanning news
//! text with it.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use threatbrief::gazetteer::{Gazetteer, GazetteerBuilder};

/// English news text with the density of names of a real brief: the sample record repeated,
/// interleaved with plain prose, about 1 MB.
fn news_text() -> String {
    let sample = include_str!("../tests/data/sample.txt");
    let prose = "The company said it was still investigating the incident and had notified the \
                 relevant authorities. Customers were advised to reset their passwords and to \
                 watch for suspicious e-mails. Officials declined to say how many people were \
                 affected or whether any ransom had been demanded. ";
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(sample);
        text.push('\n');
        for _ in 0..8 {
            text.push_str(prose);
        }
    }
    text
}

fn build(c: &mut Criterion) {
    // The embedded gazetteer is built once and never dropped: time the build, not the drop.
    c.bench_function("gazetteer/build_embedded", |b| {
        b.iter_with_large_drop(|| {
            let g = Gazetteer::builder().build();
            g.prepare_scan();
            black_box(g)
        });
    });
    c.bench_function("gazetteer/build_embedded_tables_only", |b| {
        b.iter_with_large_drop(|| black_box(Gazetteer::builder().build()));
    });
    c.bench_function("gazetteer/build_empty", |b| {
        b.iter_with_large_drop(|| black_box(GazetteerBuilder::empty().build()));
    });
}

fn scan(c: &mut Criterion) {
    let g = Gazetteer::embedded();
    let text = news_text();
    let mut group = c.benchmark_group("gazetteer");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("scan_news", |b| {
        b.iter(|| black_box(g.scan(black_box(&text))))
    });
    group.finish();
}

criterion_group!(benches, build, scan);
criterion_main!(benches);
