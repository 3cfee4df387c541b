//! `Articles`: the iterator over a corpus, with lenient recovery.

use std::borrow::Cow;

use nom::Offset;

use super::article::{Article, Meta};
use super::grammar::{self, ARTICLE_DETAILS, Failure, Raw, What};
use super::options::ParseOptions;
use crate::error::{ErrorKind, ParseError, found};
use crate::model::Span;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses a corpus of records, leniently: see [`Articles`].
///
/// # Examples
///
/// ```
/// let article = threatbrief::articles(threatbrief::SAMPLE).next().unwrap().unwrap();
/// assert_eq!(article.title(), "French Interior Ministry confirms cyberattack on email servers");
/// ```
#[must_use]
pub fn articles(input: &str) -> Articles<'_> {
    Articles::new(input)
}

#[derive(Debug, Clone, Copy)]
enum Input<'a> {
    /// Already UTF-8: records are sliced without validation.
    Str(&'a str),
    /// Bytes: each record's range is validated once.
    Bytes(&'a [u8]),
}

impl<'a> Input<'a> {
    fn bytes(self) -> &'a [u8] {
        match self {
            Input::Str(s) => s.as_bytes(),
            Input::Bytes(b) => b,
        }
    }
}

/// An iterator over the records of a corpus, yielding each [`Article`] or the
/// [`ParseError`] that stopped it, in input order.
///
/// Lenient by default: after an error, parsing resumes at the next `Article Details` line, so
/// a broken record costs exactly that record, and the records in the input are always the
/// records parsed plus the errors reported (text before the first record, or between records,
/// counts as one record in error). With [`ParseOptions::strict`] it stops after the first
/// error. Records and errors are numbered together from 1.
///
/// The work is linear in the input: each line is found once with memchr, and only the lines
/// of an error are counted again to place it.
///
/// # Examples
///
/// ```
/// use threatbrief::{Articles, ErrorKind};
///
/// let corpus = format!("{0}\n\nArticle Details\nbroken\n\n{0}\n", threatbrief::SAMPLE);
/// let results: Vec<_> = Articles::new(&corpus).collect();
/// assert_eq!(results.len(), 3);
/// let err = results[1].as_ref().unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::ExpectedMarker { .. }));
/// assert_eq!((err.record(), err.line()), (2, 16));
/// assert_eq!(results[2].as_ref().unwrap().record(), 3);
/// ```
#[derive(Debug, Clone)]
pub struct Articles<'a> {
    input: Input<'a>,
    pos: usize,
    line: usize,
    record: usize,
    opts: ParseOptions,
    done: bool,
    /// Records start only before this byte (the stream reader parses a record with the next
    /// record's first line after it, so errors read exactly as over the whole input).
    stop: usize,
    /// Summary line ranges of the current record, reused across records.
    scratch: Vec<(usize, usize)>,
}

impl<'a> Articles<'a> {
    /// Parses `input` with the default (lenient) options.
    #[must_use]
    pub fn new(input: &'a str) -> Self {
        Self::with_options(input, ParseOptions::default())
    }

    /// Parses `input` with `options`.
    #[must_use]
    pub fn with_options(input: &'a str, options: ParseOptions) -> Self {
        Self::start(Input::Str(input), options)
    }

    /// Parses bytes that should be UTF-8. Invalid UTF-8 in a record makes that record an
    /// [`ErrorKind::InvalidUtf8`] error at the first bad byte; the others are unaffected.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut bytes = threatbrief::SAMPLE.as_bytes().to_vec();
    /// bytes[200] = 0xFF;
    /// let err = threatbrief::Articles::from_bytes(&bytes).next().unwrap().unwrap_err();
    /// assert_eq!(err.span().start, 200);
    /// ```
    #[must_use]
    pub fn from_bytes(input: &'a [u8]) -> Self {
        Self::from_bytes_with_options(input, ParseOptions::default())
    }

    /// Parses bytes with `options`; see [`Articles::from_bytes`].
    #[must_use]
    pub fn from_bytes_with_options(input: &'a [u8], options: ParseOptions) -> Self {
        Self::start(Input::Bytes(input), options)
    }

    fn start(input: Input<'a>, opts: ParseOptions) -> Self {
        let pos = if opts.offset == 0 && input.bytes().starts_with(BOM) {
            BOM.len()
        } else {
            0
        };
        Articles {
            input,
            pos,
            line: opts.first_line,
            record: opts.first_record,
            opts,
            done: false,
            stop: usize::MAX,
            scratch: Vec::new(),
        }
    }

    /// Starts no record at or after byte `stop`.
    pub(crate) fn stop_at(mut self, stop: usize) -> Self {
        self.stop = stop;
        self
    }

    /// The next record number to be handed out.
    pub(crate) fn next_record(&self) -> usize {
        self.record
    }

    /// Skips blank lines; false at the end of input.
    fn skip_blank(&mut self, buf: &[u8]) -> bool {
        while grammar::starts_blank(&buf[self.pos..]) {
            let Ok((rest, _)) = grammar::line(&buf[self.pos..]) else {
                break;
            };
            self.pos = buf.len() - rest.len();
            self.line += 1;
        }
        self.pos < buf.len()
    }

    fn error(&self, kind: ErrorKind, record: usize, at: usize, len: usize) -> ParseError {
        let buf = &self.input.bytes()[self.pos..];
        ParseError::at(
            kind,
            record,
            buf,
            at - self.pos,
            len,
            self.line,
            self.opts.offset + self.pos,
        )
    }

    /// After an error at byte `at`: go on at the next `Article Details` line, from the error's
    /// own line unless that is the record's first line.
    fn resume(&mut self, at: usize, err_line: usize) {
        let buf = self.input.bytes();
        let mut p = memchr::memrchr(b'\n', &buf[..at])
            .map_or(0, |n| n + 1)
            .max(self.pos);
        self.line = err_line;
        if p == self.pos {
            match grammar::line(&buf[p..]) {
                Ok((rest, _)) => {
                    p = buf.len() - rest.len();
                    self.line += 1;
                }
                Err(_) => p = buf.len(),
            }
        }
        while let Ok((rest, l)) = grammar::line(&buf[p..]) {
            if grammar::is_marker(l, ARTICLE_DETAILS) {
                break;
            }
            p = buf.len() - rest.len();
            self.line += 1;
        }
        self.pos = p;
    }

    fn article(&self, raw: &Raw, record: usize, line: usize) -> Result<Article<'a>, ParseError> {
        let text: &'a str = match self.input {
            Input::Str(s) => s,
            Input::Bytes(b) => match std::str::from_utf8(&b[raw.start..raw.end]) {
                // Validated once for the record: slicing below uses offsets from its start.
                Ok(s) => {
                    return Ok(build(
                        s,
                        raw.start,
                        raw,
                        &self.scratch,
                        record,
                        line,
                        self.opts.offset,
                    ));
                }
                Err(e) => {
                    let at = raw.start + e.valid_up_to();
                    let len = e.error_len().unwrap_or(raw.end - at);
                    return Err(self.error(ErrorKind::InvalidUtf8, record, at, len));
                }
            },
        };
        Ok(build(
            text,
            0,
            raw,
            &self.scratch,
            record,
            line,
            self.opts.offset,
        ))
    }
}

/// An `Article` from the ranges of `raw`, sliced out of `text`, which starts at byte `base`
/// of the buffer the ranges point into.
fn build<'a>(
    text: &'a str,
    base: usize,
    raw: &Raw,
    summary: &[(usize, usize)],
    record: usize,
    line: usize,
    offset: usize,
) -> Article<'a> {
    let s = |(a, b): (usize, usize)| Cow::Borrowed(&text[a - base..b - base]);
    Article {
        record,
        line,
        span: Span::new(offset + raw.start, offset + raw.end),
        timestamp: s(raw.timestamp),
        scraped_at: raw.scraped_at,
        meta: raw
            .meta
            .iter()
            .map(|&(k, v)| Meta {
                key: s(k),
                value: s(v),
            })
            .collect(),
        toggle: raw.toggle,
        body: s(raw.body),
        body_start: offset + raw.body.0,
        summary: raw
            .has_summary
            .then(|| summary.iter().map(|&r| (s(r), offset + r.0)).collect()),
    }
}

/// The error kind of a grammar failure.
fn kind(f: Failure<'_>) -> ErrorKind {
    let found = found(f.at);
    match f.what {
        What::Marker(expected) => ErrorKind::ExpectedMarker { expected, found },
        What::MetaOrText => ErrorKind::ExpectedMetaOrText { found },
        What::Timestamp => ErrorKind::BadTimestamp { found },
        What::Impossible(source) => ErrorKind::ImpossibleTimestamp { found, source },
        What::EmptyBody => ErrorKind::EmptyBody { found },
        // Every parser maps its failures to one of the above; a bare nom failure would be a
        // grammar bug, reported as a malformed record rather than a panic.
        What::Nom => ErrorKind::ExpectedMarker {
            expected: ARTICLE_DETAILS,
            found,
        },
    }
}

impl<'a> Iterator for Articles<'a> {
    type Item = Result<Article<'a>, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let buf = self.input.bytes();
        if !self.skip_blank(buf) || self.pos >= self.stop {
            self.done = true;
            return None;
        }
        let record = self.record;
        self.record += 1;
        let line = self.line;
        let mut scratch = std::mem::take(&mut self.scratch);
        let parsed = grammar::record(buf, self.pos, &mut scratch);
        self.scratch = scratch;
        let result = match parsed {
            Ok(raw) => {
                let result = self.article(&raw, record, line);
                self.pos = raw.next;
                self.line += raw.lines;
                result
            }
            Err(f) => {
                let at = buf.offset(f.at);
                let len = f.len;
                let err = self.error(kind(f), record, at, len);
                self.resume(at, err.line());
                Err(err)
            }
        };
        if result.is_err() && self.opts.strict {
            self.done = true;
        }
        Some(result)
    }
}

impl std::iter::FusedIterator for Articles<'_> {}

/// [`Article::parse`]: the first record, then nothing but blank lines.
pub(crate) fn parse_one(input: &str) -> Result<Article<'_>, ParseError> {
    let mut it = Articles::with_options(input, ParseOptions::default().strict(true));
    let first = match it.next() {
        Some(result) => result?,
        None => {
            let at = input.len();
            return Err(it.error(
                ErrorKind::ExpectedMarker {
                    expected: ARTICLE_DETAILS,
                    found: found(b""),
                },
                1,
                at,
                0,
            ));
        }
    };
    if it.skip_blank(input.as_bytes()) {
        let at = it.pos;
        let rest = &input.as_bytes()[at..];
        let len = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
        return Err(it.error(ErrorKind::TrailingInput { found: found(rest) }, 1, at, len));
    }
    Ok(first)
}
