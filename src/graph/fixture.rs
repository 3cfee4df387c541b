//! Test fixtures: the sample record with the report the extractor should make of it.

use std::borrow::Cow;

use time::macros::datetime;

use crate::model::{Report, Span};
use crate::scrape::{Article, Meta, SAMPLE};

/// What extraction should give for the sample (tests/data/sample-report.json).
pub(crate) const SAMPLE_REPORT: &str = include_str!("../../tests/data/sample-report.json");

/// The sample record, built by hand until the grammar is merged.
pub(crate) fn sample_article(source: Option<&'static str>) -> Article<'static> {
    let body_start = SAMPLE
        .find("French Interior Ministry confirms")
        .expect("body");
    let body_end = SAMPLE
        .find("\nDaily Brief Summary")
        .expect("summary marker");
    Article {
        record: 1,
        line: 1,
        span: Span::new(0, SAMPLE.len()),
        timestamp: Cow::Borrowed("2025-12-15 11:11:13.308"),
        scraped_at: datetime!(2025-12-15 11:11:13.308 UTC),
        meta: source
            .map(|url| Meta {
                key: Cow::Borrowed("Source"),
                value: Cow::Borrowed(url),
            })
            .into_iter()
            .collect(),
        toggle: true,
        body: Cow::Borrowed(&SAMPLE[body_start..body_end]),
        body_start,
        summary: None,
    }
}

pub(crate) fn sample_report() -> Report {
    serde_json::from_str(SAMPLE_REPORT).expect("sample report parses")
}
