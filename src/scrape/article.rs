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
    pub(crate) meta: MetaLines<'a>,
    /// Whether the `Click to Toggle View` line was present.
    pub(crate) toggle: bool,
    /// The article text, lines joined by their original line breaks.
    pub(crate) body: Cow<'a, str>,
    /// Where the body starts in the input.
    pub(crate) body_start: usize,
    /// Summary lines, without their line breaks; `None` when the section is absent.
    pub(crate) summary: Option<Summary<'a>>,
}

/// The metadata lines of a record: none or one (`Source:`) nearly always, so one is held
/// inline and a record costs no allocation for it.
#[derive(Debug, Clone, Default)]
pub(crate) enum MetaLines<'a> {
    #[default]
    None,
    One(Meta<'a>),
    /// Two or more.
    Many(Vec<Meta<'a>>),
}

impl<'a> std::ops::Deref for MetaLines<'a> {
    type Target = [Meta<'a>];

    fn deref(&self) -> &[Meta<'a>] {
        match self {
            MetaLines::None => &[],
            MetaLines::One(m) => std::slice::from_ref(m),
            MetaLines::Many(v) => v,
        }
    }
}

impl PartialEq for MetaLines<'_> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for MetaLines<'_> {}

impl<'a> FromIterator<Meta<'a>> for MetaLines<'a> {
    fn from_iter<I: IntoIterator<Item = Meta<'a>>>(iter: I) -> Self {
        let mut iter = iter.into_iter();
        let Some(first) = iter.next() else {
            return MetaLines::None;
        };
        let Some(second) = iter.next() else {
            return MetaLines::One(first);
        };
        let mut all = vec![first, second];
        all.extend(iter);
        MetaLines::Many(all)
    }
}

impl<'s, 'a> IntoIterator for &'s MetaLines<'a> {
    type Item = &'s Meta<'a>;
    type IntoIter = std::slice::Iter<'s, Meta<'a>>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The summary section's lines.
#[derive(Debug, Clone)]
pub(crate) enum Summary<'a> {
    /// As parsed: the text from the first line's start to the last line's end, `lines` lines
    /// split again at line feeds (trailing CRs dropped) when read, so a record costs no
    /// allocation for them. `start` is the text's offset in the input.
    Block {
        text: Cow<'a, str>,
        start: usize,
        lines: usize,
    },
    /// Lines with their offsets, for records built from elsewhere (JSON).
    Lines(Vec<(Cow<'a, str>, usize)>),
}

impl<'a> Summary<'a> {
    fn iter(&self) -> SummaryLines<'_> {
        match self {
            Summary::Block { text, start, lines } => SummaryLines::Block {
                text,
                at: 0,
                start: *start,
                left: *lines,
            },
            Summary::Lines(v) => SummaryLines::Lines(v.iter()),
        }
    }

    fn into_owned(self) -> Summary<'static> {
        match self {
            Summary::Block { text, start, lines } => Summary::Block {
                text: Cow::Owned(text.into_owned()),
                start,
                lines,
            },
            Summary::Lines(v) => Summary::Lines(
                v.into_iter()
                    .map(|(l, s)| (Cow::Owned(l.into_owned()), s))
                    .collect(),
            ),
        }
    }
}

/// Equal when the lines and their offsets are, however they are held.
impl PartialEq for Summary<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Summary<'_> {}

/// The lines of a [`Summary`] with their offsets in the input.
pub(crate) enum SummaryLines<'s> {
    Block {
        text: &'s str,
        /// Where the next line starts in `text`.
        at: usize,
        start: usize,
        left: usize,
    },
    Lines(std::slice::Iter<'s, (Cow<'s, str>, usize)>),
}

impl<'s> Iterator for SummaryLines<'s> {
    type Item = (&'s str, usize);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            SummaryLines::Block {
                text,
                at,
                start,
                left,
            } => {
                if *left == 0 {
                    return None;
                }
                *left -= 1;
                let rest = &text[*at..];
                let (line, next) = match memchr::memchr(b'\n', rest.as_bytes()) {
                    Some(n) => (&rest[..n], *at + n + 1),
                    None => (rest, text.len()),
                };
                let line = line.trim_end_matches('\r');
                let item = (line, *start + *at);
                *at = next;
                Some(item)
            }
            SummaryLines::Lines(it) => it.next().map(|(l, s)| (l.as_ref(), *s)),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = match self {
            SummaryLines::Block { left, .. } => *left,
            SummaryLines::Lines(it) => it.len(),
        };
        (n, Some(n))
    }
}

impl ExactSizeIterator for SummaryLines<'_> {}

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
        self.summary_lines().map(|(line, _)| line)
    }

    fn summary_lines(&self) -> SummaryLines<'_> {
        match &self.summary {
            Some(s) => s.iter(),
            None => SummaryLines::Lines([].iter()),
        }
    }

    /// The summary lines with their byte ranges in the input.
    pub fn summary_spans(&self) -> impl ExactSizeIterator<Item = (&str, Span)> + '_ {
        self.summary_lines()
            .map(|(line, start)| (line, Span::new(start, start + line.len())))
    }

    /// Detach from the input.
    #[must_use]
    pub fn into_owned(self) -> Article<'static> {
        fn own(c: Cow<'_, str>) -> Cow<'static, str> {
            Cow::Owned(c.into_owned())
        }
        fn own_meta(m: Meta<'_>) -> Meta<'static> {
            Meta {
                key: own(m.key),
                value: own(m.value),
            }
        }
        Article {
            record: self.record,
            line: self.line,
            span: self.span,
            timestamp: own(self.timestamp),
            scraped_at: self.scraped_at,
            meta: match self.meta {
                MetaLines::None => MetaLines::None,
                MetaLines::One(m) => MetaLines::One(own_meta(m)),
                MetaLines::Many(v) => MetaLines::Many(v.into_iter().map(own_meta).collect()),
            },
            toggle: self.toggle,
            body: own(self.body),
            body_start: self.body_start,
            summary: self.summary.map(Summary::into_owned),
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
