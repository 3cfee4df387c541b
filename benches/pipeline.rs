//! The whole pipeline, as an analyst runs it: parse (`threatbrief::articles`), extract
//! (`Extractor::extract`) and ingest into a `KnowledgeGraph`, in articles and bytes per second.

// criterion_group! and criterion_main! generate undocumented public items.
#![allow(missing_docs)]
//!
//! The input is 2 MiB of copies of tests/data/corpus.txt and sample.txt. Each copy gets its
//! own scrape times (the milliseconds are the copy's number), so its articles are new nodes
//! rather than re-ingests of the first copy's.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use threatbrief::extract::{Extractor, ParallelOptions};
use threatbrief::{KnowledgeGraph, SAMPLE};

const CORPUS: &str = include_str!("../tests/data/corpus.txt");
/// Input size to reach.
const SIZE: usize = 2 << 20;
const STAMP: &str = "Scrape Timestamp (UTC): ";

fn corpus() -> String {
    let one = format!("{}\n\n{}\n\n", CORPUS.trim_end(), SAMPLE.trim_end());
    let mut out = String::with_capacity(SIZE + one.len());
    let mut copy = 0;
    while out.len() < SIZE {
        for line in one.split_inclusive('\n') {
            let text = line.trim_end();
            if text.starts_with(STAMP) {
                // `... 19:06:54.161` becomes `... 19:06:54.<copy>`.
                out.push_str(&text[..text.len() - 3]);
                write!(out, "{:03}", copy % 1000).unwrap();
                out.push_str(&line[text.len()..]);
            } else {
                out.push_str(line);
            }
        }
        copy += 1;
    }
    out
}

fn pipeline(input: &str, extractor: &Extractor) -> KnowledgeGraph {
    let mut graph = KnowledgeGraph::new();
    for article in threatbrief::articles(input) {
        let article = article.expect("the corpus parses");
        graph.ingest(&article, &extractor.extract(&article));
    }
    graph
}

/// The streaming reader's owned records, extracted on `jobs` threads, ingested in order.
fn parallel_pipeline(input: &str, extractor: &Extractor, jobs: usize) -> KnowledgeGraph {
    let mut graph = KnowledgeGraph::new();
    let records = threatbrief::read_articles(input.as_bytes());
    for record in extractor.extract_all(records, ParallelOptions::default().jobs(jobs)) {
        let (article, report) = record.expect("the corpus parses");
        graph.ingest(&article, &report);
    }
    graph
}

fn benches(c: &mut Criterion) {
    let input = corpus();
    let extractor = Extractor::default();
    let articles = threatbrief::articles(&input).count() as u64;
    let graph = pipeline(&input, &extractor);
    assert_eq!(
        graph.articles().len() as u64,
        articles,
        "copies are distinct"
    );

    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Elements(articles));
    group.bench_function("parse, extract and ingest (articles)", |b| {
        b.iter_with_large_drop(|| pipeline(black_box(&input), &extractor));
    });
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_function("parse, extract and ingest (bytes)", |b| {
        b.iter_with_large_drop(|| pipeline(black_box(&input), &extractor));
    });
    for jobs in [1, 2] {
        let mut parallel = parallel_pipeline(&input, &extractor, jobs);
        parallel.canonicalize();
        let mut sequential = graph.clone();
        sequential.canonicalize();
        assert!(parallel == sequential, "{jobs} jobs build the same graph");
        group.bench_function(
            format!("read, extract on {jobs} jobs and ingest (bytes)"),
            |b| {
                b.iter_with_large_drop(|| parallel_pipeline(black_box(&input), &extractor, jobs));
            },
        );
    }
    group.finish();
}

criterion_group! {
    name = pipeline_bench;
    // Short runs: the bench machine is shared.
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(pipeline_bench);
