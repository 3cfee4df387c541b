//! `Article`: one parsed record, borrowing from the input.

use std::borrow::Cow;

use time::OffsetDateTime;

use crate::error::ParseError;
use crate::model::Span;

/// One `key: value` line between the timestamp and `Original Article Text`
/// (e.g. `Source: https://...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta<'a> {
    /// The key as written (`Source`).
    pub key: Cow<'a, str>,
    /// The value after `": "` as written.
    pub value: Cow<'a, str>,
}

/// One record of the scrape format.
///
/// Borrows from the input it was parsed from; [`Article::into_owned`] detaches it.
/// Offsets and spans are byte offsets into that input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article<'a> {
    /// 1-based index of the record in its corpus.
    pub(crate) record: usize,
    /// 1-based line of the `Article Details` marker.
    pub(crate) line: usize,
    /// The whole record in the input.
    pub(crate) span: Span,
    /// The timestamp text as written (`2025-12-15 11:11:13.308`), for rendering.
    pub(crate) timestamp: Cow<'a, str>,
    /// The timestamp, UTC.
    pub(crate) scraped_at: OffsetDateTime,
    /// Metadata lines, in order.
    pub(crate) meta: Vec<Meta<'a>>,
    /// Whether the `Click to Toggle View` line was present.
    pub(crate) toggle: bool,
    /// The article text, lines joined by their original line breaks.
    pub(crate) body: Cow<'a, str>,
    /// Where the body starts in the input.
    pub(crate) body_start: usize,
    /// Summary lines, without their line breaks; `None` when the section is absent.
    pub(crate) summary: Option<Vec<(Cow<'a, str>, usize)>>,
}

impl<'a> Article<'a> {
    /// 1-based index of the record in its corpus.
    #[must_use]
    pub fn record(&self) -> usize {
        self.record
    }

    /// 1-based line of the record's `Article Details` marker.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// The whole record's byte range in the input.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// When the page was scraped, UTC.
    #[must_use]
    pub fn scraped_at(&self) -> OffsetDateTime {
        self.scraped_at
    }

    /// Metadata lines between the timestamp and the article text, in order.
    #[must_use]
    pub fn meta(&self) -> &[Meta<'a>] {
        &self.meta
    }

    /// The original article's URL, from a `Source:` metadata line.
    #[must_use]
    pub fn source(&self) -> Option<&str> {
        self.meta
            .iter()
            .find(|m| m.key.eq_ignore_ascii_case("source"))
            .map(|m| m.value.trim())
    }

    /// The headline: the body's first sentence, without its period (DESIGN.md section 1).
    ///
    /// Derived from the body, so never missing: a body with no sentence end gives its first
    /// line. Periods of abbreviations (`U.S.`, `Dr.`, `J. Smith`), decimals (`2.5`) and the
    /// scraper's `?.` join are handled; see the crate's tests for the cases.
    ///
    /// # Examples
    ///
    /// ```
    /// let a = threatbrief::Article::parse(threatbrief::SAMPLE).unwrap();
    /// assert_eq!(a.title(), "French Interior Ministry confirms cyberattack on email servers");
    /// ```
    #[must_use]
    pub fn title(&self) -> &str {
        super::title::headline(&self.body)
    }

    /// The title's byte range in the input.
    #[must_use]
    pub fn title_span(&self) -> Span {
        Span::new(self.body_start, self.body_start + self.title().len())
    }

    /// Whether the record has the `Click to Toggle View` line.
    #[must_use]
    pub fn has_toggle(&self) -> bool {
        self.toggle
    }

    /// Whether the record has a `Daily Brief Summary` section (possibly empty).
    #[must_use]
    pub fn has_summary(&self) -> bool {
        self.summary.is_some()
    }

    /// The timestamp as written (`2025-12-15 11:11:13.308`).
    #[must_use]
    pub fn timestamp_text(&self) -> &str {
        &self.timestamp
    }

    /// Parses exactly one record (blank lines and a byte-order mark around it are allowed).
    ///
    /// # Errors
    ///
    /// The record's first error, or [`ErrorKind::TrailingInput`](crate::ErrorKind::TrailingInput)
    /// when more text follows the record.
    ///
    /// # Examples
    ///
    /// ```
    /// let a = threatbrief::Article::parse(threatbrief::SAMPLE)?;
    /// assert_eq!(a.scraped_at().to_string(), "2025-12-15 11:11:13.308 +00:00:00");
    /// assert_eq!(a.to_string(), threatbrief::SAMPLE);
    /// # Ok::<(), threatbrief::ParseError>(())
    /// ```
    pub fn parse(input: &'a str) -> Result<Article<'a>, ParseError> {
        super::articles::parse_one(input)
    }

    /// The article text: headline, `". "`, then the text; several lines are kept with their
    /// line breaks.
    #[must_use]
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The body's byte range in the input.
    #[must_use]
    pub fn body_span(&self) -> Span {
        Span::new(self.body_start, self.body_start + self.body.len())
    }

    /// The summary lines (empty when the record has no summary section).
    pub fn summary(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.summary
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|(line, _)| line.as_ref())
    }

    /// The summary lines with their byte ranges in the input.
    pub fn summary_spans(&self) -> impl ExactSizeIterator<Item = (&str, Span)> + '_ {
        self.summary
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|(line, start)| (line.as_ref(), Span::new(*start, start + line.len())))
    }

    /// Detach from the input.
    #[must_use]
    pub fn into_owned(self) -> Article<'static> {
        fn own(c: Cow<'_, str>) -> Cow<'static, str> {
            Cow::Owned(c.into_owned())
        }
        Article {
            record: self.record,
            line: self.line,
            span: self.span,
            timestamp: own(self.timestamp),
            scraped_at: self.scraped_at,
            meta: self
                .meta
                .into_iter()
                .map(|m| Meta {
                    key: own(m.key),
                    value: own(m.value),
                })
                .collect(),
            toggle: self.toggle,
            body: own(self.body),
            body_start: self.body_start,
            summary: self
                .summary
                .map(|lines| lines.into_iter().map(|(l, s)| (own(l), s)).collect()),
        }
    }
}

impl std::str::FromStr for Article<'static> {
    type Err = ParseError;

    /// Parses exactly one record into an owned `Article`, as [`Article::parse`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Article::parse(s).map(Article::into_owned)
    }
}
