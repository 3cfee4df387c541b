//! serde: the JSON Lines record of DESIGN.md section 4 (the article's part of it).
//!
//! `{"record", "line", "scraped_at": "2025-12-15T11:11:13.308Z", "source": "..." | null,
//! "title", "body", "summary": [...]}`. The owned form deserializes from the same object.

use std::borrow::Cow;

use serde::de::Error as _;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

use super::article::{Article, Meta, MetaLines, Summary};
use crate::model::Span;

/// RFC 3339 in UTC with milliseconds, as every timestamp of the JSON and STIX outputs.
const RFC3339_MILLIS: &[BorrowedFormatItem<'_>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
/// The scrape format's own timestamp, for records that come from JSON.
const SCRAPE: &[BorrowedFormatItem<'_>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]:[second].[subsecond digits:3]");

/// `2025-12-15T11:11:13.308Z`.
pub(crate) fn rfc3339_millis(at: OffsetDateTime) -> String {
    at.to_offset(UtcOffset::UTC)
        .format(RFC3339_MILLIS)
        .unwrap_or_default()
}

struct Lines<'s, 'a>(&'s Article<'a>);

impl Serialize for Lines<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.summary())
    }
}

impl Serialize for Article<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Article", 7)?;
        st.serialize_field("record", &self.record())?;
        st.serialize_field("line", &self.line())?;
        st.serialize_field("scraped_at", &rfc3339_millis(self.scraped_at()))?;
        st.serialize_field("source", &self.source())?;
        st.serialize_field("title", self.title())?;
        st.serialize_field("body", self.body())?;
        st.serialize_field("summary", &Lines(self))?;
        st.end()
    }
}

#[derive(Deserialize)]
struct Wire {
    record: usize,
    line: usize,
    #[serde(with = "time::serde::rfc3339")]
    scraped_at: OffsetDateTime,
    #[serde(default)]
    source: Option<String>,
    body: String,
    #[serde(default)]
    summary: Vec<String>,
}

/// The owned form from its JSON object. `title` is derived from the body and ignored; the
/// record gets a `Source:` line when `source` is set, the toggle line, and a summary section
/// when `summary` is not empty. Spans are those of its rendering.
impl<'de> Deserialize<'de> for Article<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let w = Wire::deserialize(d)?;
        if w.body.trim().is_empty() {
            return Err(D::Error::custom("empty body"));
        }
        let scraped_at = w.scraped_at.to_offset(UtcOffset::UTC);
        let timestamp = scraped_at.format(SCRAPE).map_err(D::Error::custom)?;
        let meta: MetaLines<'static> = w
            .source
            .into_iter()
            .map(|url| Meta {
                key: Cow::Borrowed("Source"),
                value: Cow::Owned(url),
            })
            .collect();
        let mut at = "Article Details\nScrape Timestamp (UTC): \n".len() + timestamp.len();
        at += meta
            .iter()
            .map(|m| m.key.len() + m.value.len() + 3)
            .sum::<usize>();
        at += "Original Article Text\nClick to Toggle View\n".len();
        let body_start = at;
        at += w.body.len() + "\nDaily Brief Summary\n".len();
        let summary = (!w.summary.is_empty())
            .then(|| {
                w.summary
                    .into_iter()
                    .map(|line| {
                        let start = at;
                        at += line.len() + 1;
                        (Cow::Owned(line), start)
                    })
                    .collect::<Vec<_>>()
            })
            .map(Summary::Lines);
        let mut article = Article {
            record: w.record,
            line: w.line,
            span: Span::default(),
            timestamp: Cow::Owned(timestamp),
            scraped_at,
            meta,
            toggle: true,
            body: Cow::Owned(w.body),
            body_start,
            summary,
        };
        article.span = Span::new(0, article.to_string().len());
        Ok(article)
    }
}
