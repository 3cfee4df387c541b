//! The JSON Lines contract: one object per record, the article's fields then its report's.
//!
//! ```text
//! {"record": 1, "line": 1, "scraped_at": "2025-12-15T11:11:13.308Z", "source": "https://..." | null,
//!  "title": "...", "body": "...", "summary": ["...", "..."],      // the Article
//!  "promo": [start, end] | null, "incidents": [...], "actors": [...], "sectors": [...],
//!  "countries": [...], "software": [{"name", "attack_id", "type", "mentions"}], "cves": [...],
//!  "indicators": [...], "techniques": [{"id", "name", "tactics", "mentions"}]}  // the Report
//! ```
//!
//! The keys come in that order, each once: [`Article`]'s serde form (see
//! `scrape::wire`), then [`Report`]'s fields as the [`model`](crate::model) declares them.
//! A [`Record`] borrows both to write a line; a [`RecordBuf`] owns them, read back from a line
//! (the article is rebuilt from its fields, so its spans are those of its rendering, while
//! the report's spans still point into the original input). The README states the contract
//! in force; a new key is added at the end of its half, never renamed or removed.

use std::io;

use serde::{Deserialize, Serialize};

use crate::model::Report;
use crate::scrape::Article;

/// One line of the JSON Lines output: an article and what was extracted from it.
///
/// # Examples
/// ```
/// use threatbrief::export::jsonl::{Record, RecordBuf};
/// use threatbrief::extract::Extractor;
/// use threatbrief::{Article, SAMPLE};
///
/// let article = Article::parse(SAMPLE)?;
/// let report = Extractor::default().extract(&article);
/// let line = Record::new(&article, &report).to_line();
/// assert!(line.starts_with(r#"{"record":1,"line":1,"scraped_at":"2025-12-15T11:11:13.308Z""#));
/// assert!(line.ends_with('\n'));
///
/// let back: RecordBuf = serde_json::from_str(&line).unwrap();
/// assert_eq!(back.report, report);
/// assert_eq!(back.article.title(), article.title());
/// # Ok::<(), threatbrief::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, Serialize)]
#[non_exhaustive]
pub struct Record<'r, 'a> {
    /// The record.
    #[serde(flatten)]
    pub article: &'r Article<'a>,
    /// What was extracted from it.
    #[serde(flatten)]
    pub report: &'r Report,
}

impl<'r, 'a> Record<'r, 'a> {
    /// The line for `article` and its `report`.
    #[must_use]
    pub fn new(article: &'r Article<'a>, report: &'r Report) -> Self {
        Record { article, report }
    }

    /// Writes the record as one line of JSON, newline included.
    ///
    /// # Errors
    /// Any error `out` returns.
    pub fn write_line(&self, mut out: impl io::Write) -> io::Result<()> {
        serde_json::to_writer(&mut out, self)?;
        out.write_all(b"\n")
    }

    /// The record as one line of JSON, newline included.
    #[must_use]
    pub fn to_line(&self) -> String {
        let mut out = Vec::new();
        // Writing to a Vec cannot fail, and every value serialises.
        self.write_line(&mut out)
            .expect("writing a record to memory");
        String::from_utf8(out).expect("serde_json writes UTF-8")
    }
}

/// A line of the JSON Lines output read back: the owned article and its report.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct RecordBuf {
    /// The record, rebuilt from its fields.
    #[serde(flatten)]
    pub article: Article<'static>,
    /// What was extracted from it.
    #[serde(flatten)]
    pub report: Report,
}

impl RecordBuf {
    /// The borrowed form, to write it again.
    #[must_use]
    pub fn as_record(&self) -> Record<'_, 'static> {
        Record::new(&self.article, &self.report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::scrape::SAMPLE;
    use serde_json::Value;

    fn sample_line() -> (Article<'static>, Report, String) {
        let article = Article::parse(SAMPLE).unwrap().into_owned();
        let report = Extractor::default().extract(&article);
        let line = Record::new(&article, &report).to_line();
        (article, report, line)
    }

    /// The top-level keys of a JSON object, in the order the text gives them.
    struct Keys(Vec<String>);

    impl<'de> Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visit;
            impl<'de> serde::de::Visitor<'de> for Visit {
                type Value = Keys;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some(k) = map.next_key::<String>()? {
                        map.next_value::<serde::de::IgnoredAny>()?;
                        keys.push(k);
                    }
                    Ok(Keys(keys))
                }
            }
            d.deserialize_map(Visit)
        }
    }

    #[test]
    fn keys_come_in_the_documented_order_each_once() {
        let (_, _, line) = sample_line();
        assert_eq!(line.matches('\n').count(), 1);
        assert!(line.ends_with("}\n"));
        let Keys(keys) = serde_json::from_str(&line).unwrap();
        assert_eq!(
            keys,
            [
                "record",
                "line",
                "scraped_at",
                "source",
                "title",
                "body",
                "summary",
                "promo",
                "incidents",
                "actors",
                "sectors",
                "countries",
                "software",
                "cves",
                "indicators",
                "techniques",
            ]
        );
    }

    #[test]
    fn the_sample_line_has_the_contracted_shape() {
        let (_, report, line) = sample_line();
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["record"], 1);
        assert_eq!(v["scraped_at"], "2025-12-15T11:11:13.308Z");
        assert_eq!(v["source"], Value::Null);
        assert!(v["summary"].as_array().unwrap().len() > 1);
        let breach = &v["incidents"][0];
        assert_eq!(breach["context"], false);
        assert_eq!(breach["attribution"]["status"], "unattributed");
        let span = &breach["victims"][0]["span"];
        let (s, e) = (
            usize::try_from(span[0].as_u64().unwrap()).unwrap(),
            usize::try_from(span[1].as_u64().unwrap()).unwrap(),
        );
        assert_eq!(&SAMPLE[s..e], "French Interior Ministry");
        assert_eq!(v["actors"][0]["role"], "context");
        assert_eq!(v["promo"].as_array().map(Vec::len), report.promo.map(|_| 2));
    }

    #[test]
    fn a_line_read_back_writes_the_same_line() {
        let (article, report, line) = sample_line();
        let back: RecordBuf = serde_json::from_str(&line).unwrap();
        assert_eq!(back.report, report);
        assert_eq!(back.article.title(), article.title());
        assert_eq!(back.as_record().to_line(), line);
    }
}
