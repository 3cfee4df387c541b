//! Properties of the grammar: no panic on any input, render then parse gives the same record,
//! every span falls on a character boundary, and records in = records parsed + errors.

mod common;
use common::Trickle;
use proptest::prelude::*;
use threatbrief::{Article, ArticleReader, Articles, ErrorKind};

/// Lines that exercise every rule: markers (also with trailing blanks and CR), timestamps
/// good and bad, meta lines, text with multi-byte characters, blank lines.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Article Details".to_owned()),
        Just("Article Details  ".to_owned()),
        Just("Scrape Timestamp (UTC): 2025-12-15 11:11:13.308".to_owned()),
        Just("Scrape Timestamp (UTC): 2025-02-30 11:11:13".to_owned()),
        Just("Scrape Timestamp (UTC): 2025-12-15 11:11".to_owned()),
        Just("Source: https://example.com/é".to_owned()),
        Just("Original Article Text".to_owned()),
        Just("Click to Toggle View".to_owned()),
        Just("Daily Brief Summary".to_owned()),
        Just(String::new()),
        Just("   ".to_owned()),
        "\\PC{0,30}",
        "[a-zé€😀 .:]{0,20}",
    ]
}

fn corpus() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((line(), any::<bool>()), 0..40),
        any::<bool>(),
    )
        .prop_map(|(lines, bom)| {
            let mut s = if bom {
                "\u{feff}".to_owned()
            } else {
                String::new()
            };
            for (l, crlf) in lines {
                s.push_str(&l);
                s.push_str(if crlf { "\r\n" } else { "\n" });
            }
            s
        })
}

/// `Article Details` lines, as the grammar counts them.
fn marker_lines(s: &str) -> usize {
    s.trim_start_matches('\u{feff}')
        .split('\n')
        .filter(|l| l.trim_end_matches([' ', '\t', '\r']) == "Article Details")
        .count()
}

fn text_line() -> impl Strategy<Value = String> {
    "[A-Za-z\u{e9}\u{2019}0-9][^\r\n\u{0}-\u{1f}\u{7f}]{0,40}[A-Za-z.?!\u{e9}]"
}

/// A canonical record: its text, and what it should parse to.
fn canonical() -> impl Strategy<Value = String> {
    (
        (1000..=9999i32, 1..=12u8, 1..=28u8, 0..24u8, 0..60u8, 0..60u8),
        prop::option::of("[0-9]{1,9}"),
        prop::collection::vec(("[A-Z][a-z]{0,6}( [A-Z][a-z]{1,5})?", "[!-~][ -~]{0,20}"), 0..3),
        any::<bool>(),
        prop::collection::vec(prop_oneof![4 => text_line(), 1 => Just(String::new())], 0..4),
        text_line(),
        prop::option::of(prop::collection::vec(text_line(), 0..4)),
    )
        .prop_map(|((y, mo, d, h, mi, s), frac, meta, toggle, more, first, summary)| {
            let mut out = format!(
                "Article Details\nScrape Timestamp (UTC): {y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}"
            );
            if let Some(f) = frac {
                out.push('.');
                out.push_str(&f);
            }
            out.push('\n');
            for (k, v) in meta {
                out.push_str(&format!("{k}: {v}\n"));
            }
            out.push_str("Original Article Text\n");
            if toggle {
                out.push_str("Click to Toggle View\n");
            }
            out.push_str(&first);
            let mut body_lines: Vec<String> = more;
            while body_lines.last().is_some_and(String::is_empty) {
                body_lines.pop();
            }
            for l in body_lines {
                out.push('\n');
                out.push_str(&l);
            }
            if let Some(lines) = summary {
                out.push_str("\nDaily Brief Summary");
                for l in lines {
                    out.push('\n');
                    out.push_str(&l);
                }
            }
            out
        })
        .prop_filter("no marker inside the text", |s| {
            s.lines().skip(1).all(|l| l != "Article Details" && l != "Daily Brief Summary")
                || s.lines().filter(|l| *l == "Daily Brief Summary").count() == 1
                    && s.lines().filter(|l| *l == "Article Details").count() == 1
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        for r in Articles::from_bytes(&bytes) {
            if let Err(e) = r {
                let _ = format!("{e} {e:#}");
                prop_assert!(e.span().end <= bytes.len());
            }
        }
        prop_assert!(ArticleReader::new(&bytes[..]).count() <= bytes.len() + 1);
    }

    #[test]
    fn records_in_equal_parsed_plus_errors(s in corpus()) {
        let results: Vec<_> = threatbrief::articles(&s).collect();
        let stray = results
            .iter()
            .filter(|r| matches!(r, Err(e) if matches!(e.kind(), ErrorKind::ExpectedMarker { expected: "Article Details", .. })))
            .count();
        prop_assert_eq!(results.len(), marker_lines(&s) + stray);
        for (i, r) in results.iter().enumerate() {
            let n = r.as_ref().map_or_else(threatbrief::ParseError::record, Article::record);
            prop_assert_eq!(n, i + 1);
        }
    }

    #[test]
    fn the_reader_sees_what_the_whole_input_gives(s in corpus(), chunk in 1..64usize) {
        let key = |r: Result<Article<'_>, threatbrief::ParseError>| match r {
            Ok(a) => Ok((a.record(), a.line(), a.span(), a.to_string())),
            Err(e) => Err((e.record(), e.line(), e.column(), e.span(), e.to_string())),
        };
        let whole: Vec<_> = Articles::from_bytes(s.as_bytes()).map(key).collect();
        let streamed: Vec<_> = ArticleReader::new(Trickle(s.as_bytes(), chunk)).map(key).collect();
        prop_assert_eq!(streamed, whole);
    }

    #[test]
    fn spans_fall_on_char_boundaries(s in corpus()) {
        let ok = |at: usize| s.is_char_boundary(at);
        for r in threatbrief::articles(&s) {
            match r {
                Ok(a) => {
                    prop_assert!(ok(a.span().start) && ok(a.span().end));
                    let b = a.body_span();
                    prop_assert_eq!(&s[b.start..b.end], a.body());
                    let t = a.title_span();
                    prop_assert!(ok(t.start) && ok(t.end));
                    for (line, sp) in a.summary_spans() {
                        prop_assert_eq!(&s[sp.start..sp.end], line);
                    }
                }
                Err(e) => {
                    prop_assert!(ok(e.span().start) && ok(e.span().end), "{:?}", e);
                    prop_assert!(e.column() >= 1);
                }
            }
        }
    }

    #[test]
    fn render_then_parse_gives_the_same_record(text in canonical()) {
        let a = Article::parse(&text).map_err(|e| TestCaseError::fail(format!("{e:#}\n{text}")))?;
        let rendered = a.to_string();
        prop_assert_eq!(&rendered, &text);
        let b = Article::parse(&rendered).unwrap();
        prop_assert_eq!(&a, &b);
        let owned: Article<'static> = rendered.parse().unwrap();
        prop_assert_eq!(owned, a.clone().into_owned());
        // The JSON form comes back to the same JSON.
        let json = serde_json::to_string(&a).unwrap();
        let back: Article<'static> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }
}
