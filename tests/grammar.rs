//! The scrape format over the fixture files in `tests/data/`.

mod common;
use common::Trickle;
use std::error::Error as _;
use std::fs;
use std::path::{Path, PathBuf};

use threatbrief::{Article, ArticleReader, Articles, ErrorKind, ParseError, ParseOptions};

fn read(name: &str) -> String {
    fs::read_to_string(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn read_bytes(name: &str) -> Vec<u8> {
    fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The development corpus and its labels, which are real journalists' text and so stay outside
/// the crate: `../shared/corpus/` next to the crate, or the directory named by
/// `THREATBRIEF_DEV_CORPUS`. `None` (with a note on standard error) when they are not there.
fn dev_corpus(test: &str) -> Option<(String, serde_json::Value)> {
    let dir = std::env::var_os("THREATBRIEF_DEV_CORPUS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    );
    let (text, labels) = (dir.join("dev.txt"), dir.join("dev_labels.json"));
    if !(text.is_file() && labels.is_file()) {
        eprintln!(
            "{test}: skipped, no development corpus at {}",
            dir.display()
        );
        return None;
    }
    let labels = serde_json::from_str(&fs::read_to_string(labels).unwrap()).unwrap();
    Some((fs::read_to_string(text).unwrap(), labels))
}

fn parse_all(input: &str) -> Vec<Article<'_>> {
    threatbrief::articles(input)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{e:#}"))
}

#[test]
fn the_sample_round_trips_byte_for_byte() {
    let sample = read("sample.txt");
    let a = Article::parse(&sample).unwrap();
    assert_eq!(a.to_string(), sample);
    assert_eq!(a.record(), 1);
    assert_eq!(a.line(), 1);
    assert_eq!(a.span().end, sample.len());
    assert_eq!(
        a.scraped_at().to_string(),
        "2025-12-15 11:11:13.308 +00:00:00"
    );
    assert_eq!(
        a.title(),
        "French Interior Ministry confirms cyberattack on email servers"
    );
    assert!(a.has_toggle());
    assert_eq!(a.source(), None);
    assert_eq!(a.summary().len(), 7);
    assert!(a.body().ends_with("a scalable strategy."));
    assert_eq!(threatbrief::SAMPLE, sample);
}

#[test]
fn valid_fixtures_parse_with_their_records() {
    let cases: &[(&str, usize, &[usize])] = &[
        ("sample.txt", 1, &[1]),
        ("corpus.txt", 8, &[1, 13, 26, 37, 49, 60, 72, 83]),
        ("valid/crlf.txt", 8, &[1, 13, 26, 37, 49, 60, 72, 83]),
        ("valid/bom.txt", 1, &[1]),
        ("valid/multiline_body.txt", 1, &[1]),
        ("valid/no_summary.txt", 2, &[3, 10]),
        ("valid/no_toggle.txt", 1, &[1]),
        ("valid/messy.txt", 1, &[1]),
    ];
    for &(name, count, lines) in cases {
        let text = read(name);
        let records = parse_all(&text);
        assert_eq!(records.len(), count, "{name}");
        for (a, &line) in records.iter().zip(lines) {
            assert_eq!(a.line(), line, "{name} record {}", a.record());
        }
        for (i, a) in records.iter().enumerate() {
            assert_eq!(a.record(), i + 1);
            let span = &text[a.span().start..a.span().end];
            assert!(span.starts_with("Article Details"), "{name}");
            assert_eq!(&text[a.body_span().start..a.body_span().end], a.body());
        }
    }
}

/// The headlines of the corpus, among them abbreviations (`U.S.`, `N.K.`), a decimal (`$2.5`)
/// and a question joined to the text by the scraper's `?.`.
#[test]
fn corpus_titles_match_the_expected_headlines() {
    let corpus = read("corpus.txt");
    let titles = read("corpus_titles.txt");
    let records = parse_all(&corpus);
    assert_eq!(records.len(), titles.lines().count());
    for (a, want) in records.iter().zip(titles.lines()) {
        assert_eq!(a.title(), want, "record {}", a.record());
        let t = a.title_span();
        assert_eq!(&corpus[t.start..t.end], want);
    }
}

/// The title rule against the hand-made labels of the real development corpus, when it is
/// present (it is not shipped).
#[test]
fn dev_titles_match_the_labels() {
    let Some((dev, labels)) = dev_corpus("dev_titles_match_the_labels") else {
        return;
    };
    let labels = labels.as_array().expect("an array of labels");
    let records = parse_all(&dev);
    assert_eq!(records.len(), labels.len());
    for (a, label) in records.iter().zip(labels) {
        let want = label["title"].as_str().expect("a title");
        let want = want.strip_suffix('.').unwrap_or(want);
        let got = a.title().strip_suffix('.').unwrap_or(a.title());
        assert_eq!(got, want, "record {}", a.record());
        let t = a.title_span();
        assert_eq!(&dev[t.start..t.end], a.title());
    }
}

#[test]
fn half_of_the_corpus_has_a_source_line() {
    let corpus = read("corpus.txt");
    let records = parse_all(&corpus);
    let with_source = records.iter().filter(|a| a.source().is_some()).count();
    assert_eq!(with_source, 4);
    let first = &records[0];
    assert_eq!(
        first.source(),
        Some("https://example.org/news/2026/03/lockbit-millbrook-city-council")
    );
    assert_eq!(first.meta().len(), 1);
    assert_eq!(first.meta()[0].key, "Source");
    assert_eq!(records[2].source(), None);
    assert!(records[2].meta().is_empty());
}

fn assert_renders_back(name: &str, text: &str) {
    let rendered: Vec<String> = parse_all(text).iter().map(ToString::to_string).collect();
    assert_eq!(rendered.join("\n\n") + "\n", text, "{name}");
}

#[test]
fn canonical_corpora_render_back_unchanged() {
    assert_renders_back("corpus.txt", &read("corpus.txt"));
}

/// The real development corpus is canonical too, when it is present.
#[test]
fn dev_corpus_renders_back_unchanged() {
    if let Some((dev, _)) = dev_corpus("dev_corpus_renders_back_unchanged") {
        assert_renders_back("dev.txt", &dev);
    }
}

#[test]
fn crlf_gives_the_same_records_as_lf() {
    let lf = read("corpus.txt");
    let crlf = read("valid/crlf.txt");
    let (a, b) = (parse_all(&lf), parse_all(&crlf));
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.scraped_at(), y.scraped_at());
        assert_eq!(x.body(), y.body());
        assert_eq!(x.title(), y.title());
        assert_eq!(x.source(), y.source());
        assert_eq!(
            x.summary().collect::<Vec<_>>(),
            y.summary().collect::<Vec<_>>()
        );
        assert_eq!(x.to_string(), y.to_string());
    }
}

#[test]
fn bom_is_skipped_and_spans_count_it() {
    let text = read("valid/bom.txt");
    let a = Article::parse(&text).unwrap();
    assert_eq!(a.span().start, 3);
    assert_eq!(a.to_string(), read("sample.txt"));
}

#[test]
fn multi_line_body_keeps_its_breaks_and_marker_words() {
    let text = read("valid/multiline_body.txt");
    let a = Article::parse(&text).unwrap();
    assert_eq!(a.title(), "Hackers hit Acme Inc. on Monday");
    assert_eq!(a.body().lines().count(), 4);
    assert!(
        a.body()
            .contains("the Daily Brief Summary of the day.\n\nThe second")
    );
    assert_eq!(a.summary().collect::<Vec<_>>(), ["Acme was hit."]);
    assert_eq!(a.scraped_at().millisecond(), 600);
}

#[test]
fn missing_summary_and_toggle_are_tolerated() {
    let text = read("valid/no_summary.txt");
    let records = parse_all(&text);
    assert!(
        records
            .iter()
            .all(|a| !a.has_summary() && a.summary().len() == 0)
    );
    assert_eq!(
        records[0].body(),
        "Outage at Example Corp. Nothing more is known."
    );
    assert_eq!(records[1].scraped_at().nanosecond(), 123_456_789);
    assert!(!records[1].has_toggle());
    let text = read("valid/no_toggle.txt");
    let a = Article::parse(&text).unwrap();
    assert!(!a.has_toggle());
    assert_eq!(a.to_string() + "\n", text);
}

#[test]
fn messy_markers_and_meta_are_tolerated() {
    let text = read("valid/messy.txt");
    let a = Article::parse(&text).unwrap();
    assert_eq!(a.meta().len(), 2);
    assert_eq!(a.meta()[1].key, "Via Feed");
    assert_eq!(a.meta()[1].value, "weekly digest");
    assert_eq!(a.scraped_at().millisecond(), 900);
    assert_eq!(
        a.summary().collect::<Vec<_>>(),
        ["A summary line.", "Another one."]
    );
}

/// Each invalid fixture: its first error's position and message.
#[test]
fn invalid_fixtures_report_expected_and_found() {
    let cases = [
        (
            "bad_marker.txt",
            r#"line 2, column 1: expected "Scrape Timestamp (UTC):", found "Scrape Time: 2025-12-15 11:11:13...""#,
        ),
        (
            "bad_month.txt",
            r#"line 2, column 25: impossible timestamp "2025-13-45 11:11:13.308": month was not in range"#,
        ),
        (
            "bad_time.txt",
            r#"line 2, column 25: impossible timestamp "2025-12-15 25:61:13.308": hour was not in range"#,
        ),
        (
            "bad_timestamp.txt",
            r#"line 2, column 25: expected a timestamp "YYYY-MM-DD hh:mm:ss[.fff]", found "2025-12-15 11:11""#,
        ),
        (
            "long_fraction.txt",
            r#"line 2, column 25: expected a timestamp "YYYY-MM-DD hh:mm:ss[.fff]", found "2025-12-15 11:11:13.3081234567""#,
        ),
        (
            "bad_meta.txt",
            r#"line 3, column 1: expected "Original Article Text" or a "Key: value" line, found "Source https://example.com""#,
        ),
        (
            "empty_body.txt",
            "line 5, column 1: expected the article text, found an empty line",
        ),
        (
            "stray_text.txt",
            r#"line 1, column 1: expected "Article Details", found "Some notes before the corpus""#,
        ),
    ];
    for (name, message) in cases {
        let text = read(&format!("invalid/{name}"));
        let results: Vec<_> = threatbrief::articles(&text).collect();
        let err = results
            .iter()
            .find_map(|r| r.as_ref().err())
            .unwrap_or_else(|| panic!("{name}: no error"));
        assert_eq!(err.to_string(), message, "{name}");
        assert_eq!(err.record(), 1, "{name}");
        let strict: Vec<_> =
            Articles::with_options(&text, ParseOptions::default().strict(true)).collect();
        assert_eq!(strict.len(), 1, "{name}: strict stops at the first error");
    }
}

#[test]
fn stray_text_is_one_record_in_error() {
    let text = read("invalid/stray_text.txt");
    let results: Vec<_> = threatbrief::articles(&text).collect();
    assert_eq!(results.len(), 2);
    let a = results[1].as_ref().unwrap();
    assert_eq!((a.record(), a.line()), (2, 4));
}

#[test]
fn impossible_timestamp_keeps_the_time_error_as_source() {
    let text = read("invalid/bad_month.txt");
    let err = Article::parse(&text).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::ImpossibleTimestamp { .. }));
    let source = err.source().expect("a source");
    assert!(source.is::<time::error::ComponentRange>());
    assert_eq!(err.span().len(), "2025-13-45 11:11:13.308".len());
}

#[test]
fn alternate_display_draws_a_caret() {
    let text = read("invalid/bad_time.txt");
    let err = Article::parse(&text).unwrap_err();
    let alt = format!("{err:#}");
    let lines: Vec<_> = alt.lines().collect();
    assert_eq!(
        lines[2],
        "2 | Scrape Timestamp (UTC): 2025-12-15 25:61:13.308"
    );
    assert_eq!(lines[3], format!("  | {}^", " ".repeat(24)));
}

#[test]
fn invalid_utf8_costs_only_its_record() {
    let bytes = read_bytes("invalid/invalid_utf8.txt");
    let results: Vec<_> = Articles::from_bytes(&bytes).collect();
    assert_eq!(results.len(), 8);
    let err = results[1].as_ref().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InvalidUtf8));
    assert_eq!((err.record(), err.line(), err.column()), (2, 18, 20));
    assert_eq!(bytes[err.span().start], 0xFF);
    assert_eq!(err.span().len(), 1);
    assert!(
        results
            .iter()
            .enumerate()
            .all(|(i, r)| r.is_ok() == (i != 1))
    );
}

#[test]
fn lenient_mode_counts_every_record() {
    let good = read("sample.txt");
    let bad = read("invalid/bad_marker.txt");
    let corpus = [
        &*good,
        "stray\n",
        &*bad,
        &*good,
        &*read("invalid/empty_body.txt"),
        &*good,
    ]
    .join("\n\n");
    let results: Vec<_> = threatbrief::articles(&corpus).collect();
    let oks = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!((results.len(), oks), (6, 3));
    let numbers: Vec<usize> = results
        .iter()
        .map(|r| r.as_ref().map_or_else(ParseError::record, Article::record))
        .collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
}

#[test]
fn parse_wants_exactly_one_record() {
    let two = read("corpus.txt");
    let err = Article::parse(&two).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::TrailingInput { .. }));
    assert_eq!(err.line(), 13);
    let err = Article::parse("\n\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"line 3, column 1: expected "Article Details", found end of input"#
    );
    let owned: Article<'static> = read("sample.txt").parse().unwrap();
    assert_eq!(owned.to_string(), read("sample.txt"));
}

#[test]
fn reader_equals_articles_over_the_whole_input() {
    for name in [
        "corpus.txt",
        "valid/crlf.txt",
        "valid/bom.txt",
        "valid/no_summary.txt",
        "invalid/invalid_utf8.txt",
        "invalid/stray_text.txt",
        "invalid/empty_body.txt",
        "regressions/stream-boundary-empty-body.txt",
    ] {
        let bytes = read_bytes(name);
        let key = |r: Result<Article<'_>, ParseError>| match r {
            Ok(a) => Ok((a.record(), a.line(), a.span(), a.to_string())),
            Err(e) => Err((e.record(), e.line(), e.column(), e.span(), e.to_string())),
        };
        let whole: Vec<_> = Articles::from_bytes(&bytes).map(key).collect();
        // A reader that hands out 7 bytes at a time, to cross every boundary.
        let trickle = Trickle(&bytes, 7);
        let streamed: Vec<_> = ArticleReader::new(trickle).map(key).collect();
        assert_eq!(streamed, whole, "{name}");
    }
}

/// Inputs the fuzzer found: no panic, renderings parse back, the reader agrees.
#[test]
fn fuzz_regressions() {
    let dir = format!("{}/tests/data/regressions", env!("CARGO_MANIFEST_DIR"));
    for entry in fs::read_dir(dir).unwrap() {
        let bytes = fs::read(entry.unwrap().path()).unwrap();
        let whole: Vec<_> = Articles::from_bytes(&bytes).collect();
        for a in whole.iter().flatten() {
            let rendered = a.to_string();
            let again = Article::parse(&rendered).unwrap();
            assert_eq!(again.body(), a.body());
            assert_eq!(
                again.summary().collect::<Vec<_>>(),
                a.summary().collect::<Vec<_>>()
            );
            assert_eq!(again.meta(), a.meta());
        }
        assert_eq!(ArticleReader::new(&bytes[..]).count(), whole.len());
    }
}

#[test]
fn reader_surfaces_io_errors() {
    struct Failing(usize);
    impl std::io::Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let sample = threatbrief::SAMPLE.as_bytes();
            if self.0 < sample.len() {
                let n = buf.len().min(sample.len() - self.0).min(1000);
                buf[..n].copy_from_slice(&sample[self.0..self.0 + n]);
                self.0 += n;
                Ok(n)
            } else {
                Err(std::io::Error::other("disk on fire"))
            }
        }
    }
    let results: Vec<_> = ArticleReader::new(Failing(0)).collect();
    assert_eq!(results.len(), 1);
    let err = results[0].as_ref().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io(_)));
    assert!(err.to_string().contains("disk on fire"));
}

#[test]
fn chunk_options_offset_positions() {
    let sample = read("sample.txt");
    let opts = ParseOptions::default()
        .first_record(7)
        .first_line(100)
        .offset(5000);
    let a = Articles::with_options(&sample, opts)
        .next()
        .unwrap()
        .unwrap();
    assert_eq!((a.record(), a.line(), a.span().start), (7, 100, 5000));
    assert_eq!(
        a.body_span().start,
        5000 + sample.find("French Interior Ministry").unwrap()
    );
    let bad = read("invalid/bad_marker.txt");
    let e = Articles::with_options(&bad, opts)
        .next()
        .unwrap()
        .unwrap_err();
    assert_eq!((e.record(), e.line(), e.span().start), (7, 101, 5016));
}

#[test]
fn serde_json_shape_and_owned_round_trip() {
    let corpus = read("corpus.txt");
    let a = parse_all(&corpus).remove(0);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["record"], 1);
    assert_eq!(json["line"], 1);
    assert_eq!(json["scraped_at"], "2026-03-10T14:22:07.415Z");
    assert_eq!(
        json["source"],
        "https://example.org/news/2026/03/lockbit-millbrook-city-council"
    );
    assert_eq!(
        json["title"],
        "LockBit ransomware gang claims attack on Millbrook City Council in Ohio"
    );
    assert_eq!(json["summary"].as_array().unwrap().len(), 4);
    let text = serde_json::to_string(&a).unwrap();
    let back: Article<'static> = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), text);
    assert_eq!(back.to_string(), a.to_string());
    let sample = Article::parse(threatbrief::SAMPLE).unwrap();
    assert_eq!(
        serde_json::to_value(&sample).unwrap()["source"],
        serde_json::Value::Null
    );
}

#[test]
fn into_owned_outlives_the_input() {
    let owned: Vec<Article<'static>> = {
        let text = read("corpus.txt");
        threatbrief::articles(&text)
            .map(|r| r.unwrap().into_owned())
            .collect()
    };
    assert_eq!(owned.len(), 8);
    assert_eq!(owned[7].line(), 83);
}

#[test]
fn hostile_inputs_finish_quickly() {
    // One 4 MB line, a marker followed by binary junk, and many empty records.
    let long = "x".repeat(4 << 20);
    let results: Vec<_> = threatbrief::articles(&long).collect();
    assert_eq!(results.len(), 1);
    assert!(results[0].as_ref().unwrap_err().to_string().len() < 200);
    let mut junk = b"Article Details\n".to_vec();
    junk.extend((0..=255u8).cycle().take(1 << 20));
    assert!(Articles::from_bytes(&junk).count() >= 1);
    let markers = "Article Details\n".repeat(100_000);
    assert_eq!(threatbrief::articles(&markers).count(), 100_000);
}
