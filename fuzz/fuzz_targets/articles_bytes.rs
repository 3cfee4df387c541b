//! Fuzz `Articles::from_bytes`: no panic, and every `Article Details` line yields exactly one
//! record or error (stray text yields one error of its own).
#![no_main]

use libfuzzer_sys::fuzz_target;
use threatbrief::{ArticleReader, Articles, ErrorKind};

/// Whole-line `Article Details` markers, as the grammar sees them.
fn marker_lines(data: &[u8]) -> usize {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    data.split(|&b| b == b'\n')
        .filter(|l| {
            let end = l
                .iter()
                .rposition(|&b| !matches!(b, b' ' | b'\t' | b'\r'))
                .map_or(0, |p| p + 1);
            &l[..end] == b"Article Details"
        })
        .count()
}

fuzz_target!(|data: &[u8]| {
    let (mut parsed, mut errors, mut stray) = (0, 0, 0);
    let mut expected_record = 1;
    for result in Articles::from_bytes(data) {
        match result {
            Ok(a) => {
                assert_eq!(a.record(), expected_record);
                let span = a.span();
                assert!(span.start <= span.end && span.end <= data.len());
                let text = std::str::from_utf8(&data[span.start..span.end]).unwrap();
                assert!(text.starts_with("Article Details"));
                let b = a.body_span();
                assert_eq!(&data[b.start..b.end], a.body().as_bytes());
                for (line, s) in a.summary_spans() {
                    assert_eq!(&data[s.start..s.end], line.as_bytes());
                }
                // The rendering parses back to the same record.
                let rendered = a.to_string();
                let again = threatbrief::Article::parse(&rendered).unwrap();
                assert_eq!(again.body(), a.body());
                assert_eq!(again.scraped_at(), a.scraped_at());
                assert_eq!(again.meta(), a.meta());
                assert_eq!(again.has_toggle(), a.has_toggle());
                assert_eq!(
                    again.summary().collect::<Vec<_>>(),
                    a.summary().collect::<Vec<_>>()
                );
                let _ = a.title();
                parsed += 1;
            }
            Err(e) => {
                assert_eq!(e.record(), expected_record);
                assert!(e.line() >= 1 && e.column() >= 1);
                assert!(e.span().end <= data.len());
                let _ = format!("{e} {e:#}");
                if matches!(
                    e.kind(),
                    ErrorKind::ExpectedMarker {
                        expected: "Article Details",
                        ..
                    }
                ) {
                    stray += 1;
                }
                errors += 1;
            }
        }
        expected_record += 1;
    }
    assert_eq!(parsed + errors, marker_lines(data) + stray);
    // The stream reader sees the same records and errors.
    let streamed: Vec<_> = ArticleReader::new(data)
        .map(|r| {
            r.map(|a| (a.record(), a.line(), a.span()))
                .map_err(|e| (e.record(), e.line(), e.column(), e.span()))
        })
        .collect();
    let whole: Vec<_> = Articles::from_bytes(data)
        .map(|r| {
            r.map(|a| (a.record(), a.line(), a.span()))
                .map_err(|e| (e.record(), e.line(), e.column(), e.span()))
        })
        .collect();
    assert_eq!(streamed, whole);
});
