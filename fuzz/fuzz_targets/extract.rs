//! Fuzz the extractor: any body text (wrapped in a valid record) extracts without a panic, and
//! every span in the report lies inside the input, on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use threatbrief::extract::Extractor;
use threatbrief::{Article, Span};

fn check(input: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= input.len());
    assert!(input.is_char_boundary(span.start) && input.is_char_boundary(span.end));
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // One body line: markers and line breaks inside the text would end the body early.
    let body: String = text.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
    if body.trim().is_empty() {
        return;
    }
    let input = format!(
        "Article Details\nScrape Timestamp (UTC): 2025-06-20 08:00:00.000\nOriginal Article Text\n\
         Click to Toggle View\n{body}\nDaily Brief Summary\n{body}\n"
    );
    let Ok(article) = Article::parse(&input) else { return };
    let report = Extractor::default().extract(&article);
    if let Some(p) = report.promo {
        check(&input, p);
    }
    for incident in &report.incidents {
        for v in &incident.victims {
            check(&input, v.span);
        }
        for e in &incident.attribution.evidence {
            check(&input, *e);
        }
    }
    for a in &report.actors {
        for m in &a.mentions {
            check(&input, m.span);
            assert_eq!(&input[m.span.start..m.span.end], m.text);
        }
    }
    for i in &report.indicators {
        check(&input, i.span);
    }
});
