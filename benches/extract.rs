//! Parse + extract throughput in bytes per second, against the memchr line count of the same
//! bytes measured in the same run, on two inputs: news (the record fixtures of `tests/data/`,
//! where indicators are rare) and indicator-dense reports (generated below: invented IOC lists
//! in every defang style, as threat reports write them). Indicator extraction runs on every
//! article, so the dense input should cost at most about twice the news.
//!
//! Each input is about 8 MB. Run short:
//! `cargo bench --bench extract -- --warm-up-time 1 --measurement-time 5`.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use threatbrief::extract::Extractor;

const TARGET: usize = 8 << 20;

fn news() -> String {
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

/// Records of about 2 KB whose bodies are mostly indicators: defanged URLs, domains, IPs with
/// ports and ranges, hashes, e-mail addresses, registry keys, paths, ASNs, in lists and prose.
/// Deterministic: a linear congruential generator picks the names and numbers.
fn indicator_dense() -> String {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        seed >> 33
    };
    let words = [
        "update", "cdn", "secure", "login", "portal", "sync", "cloud", "mail", "files", "api",
    ];
    let tlds = [
        "com", "net", "org", "top", "xyz", "ru", "info", "io", "co.uk", "online",
    ];
    let mut out = String::with_capacity(TARGET + (1 << 20));
    let mut record = 0;
    while out.len() < TARGET {
        record += 1;
        let _ = write!(
            out,
            "Article Details\nScrape Timestamp (UTC): 2025-06-{:02} 08:00:00.000\n\
             Original Article Text\nClick to Toggle View\n\
             Indicators of compromise for campaign {record}. The operators used the following infrastructure.",
            record % 28 + 1
        );
        for _ in 0..6 {
            let (w1, w2, tld) = (
                words[next() as usize % 10],
                words[next() as usize % 10],
                tlds[next() as usize % 10],
            );
            let ip = [
                next() % 223 + 1,
                next() % 256,
                next() % 256,
                next() % 254 + 1,
            ];
            let hash: String = (0..4)
                .map(|_| format!("{:016x}", next() * next()))
                .collect();
            let _ = write!(
                out,
                " C2: hxxps://{w1}-{w2}{n}[.]{tld}/gate.php?id={n} and {w2}{n}(.){w1}[.]{tld} resolved to \
                 {a}.{b}.{c}[.]{d}:{port} in {a}.{b}.0.0/16 (AS{asn}). Dropper SHA256: {hash}, MD5 {md5}. \
                 It wrote HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\{w1}{n} and \
                 C:\\Users\\Public\\{w2}{n}.exe; phishing from {w1}{n}[at]{w2}-mail[.]{tld}.",
                n = next() % 1000,
                a = ip[0],
                b = ip[1],
                c = ip[2],
                d = ip[3],
                port = next() % 60000 + 1024,
                asn = next() % 400_000 + 1000,
                md5 = &hash[..32],
            );
        }
        out.push_str("\nDaily Brief Summary\nIndicators were published.\n\n");
    }
    out
}

fn extract(c: &mut Criterion) {
    let extractor = Extractor::default();
    // Build the gazetteer's automaton before measuring.
    threatbrief::Gazetteer::embedded().prepare_scan();

    for (name, text) in [
        ("extract", news()),
        ("extract_indicator_dense", indicator_dense()),
    ] {
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(10);
        g.bench_function("yardstick_memchr_count", |b| {
            b.iter(|| memchr::memchr_iter(b'\n', black_box(text.as_bytes())).count());
        });
        g.bench_function("parse_and_extract", |b| {
            b.iter(|| {
                threatbrief::articles(black_box(&text))
                    .filter_map(Result::ok)
                    .map(|a| extractor.extract(&a).indicators.len())
                    .sum::<usize>()
            });
        });
        // The indicator pass alone, article by article as extraction runs it.
        let articles: Vec<_> = threatbrief::articles(&text)
            .filter_map(Result::ok)
            .collect();
        let bodies: Vec<&str> = articles.iter().map(|a| a.body()).collect();
        g.bench_function("indicators_only", |b| {
            b.iter(|| {
                bodies
                    .iter()
                    .map(|body| threatbrief::extract::indicators(black_box(body)).len())
                    .sum::<usize>()
            });
        });
        g.finish();
    }
}

criterion_group!(benches, extract);
criterion_main!(benches);
