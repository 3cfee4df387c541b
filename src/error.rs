//! Parse errors and their positions.
//!
//! The grammar tracks byte offsets only; the line and column of an error are computed when the
//! error is built, by counting line feeds in the input up to it (as serde_json does).

use std::fmt;

use crate::model::Span;

/// How many characters of the found text a message shows before cutting it with `...`.
const FOUND_MAX: usize = 32;
/// How many characters either side of the error the `{:#}` form shows of its line.
const WINDOW: usize = 60;

/// What went wrong. Each message says what was expected and what was found.
///
/// `found` fields hold the text as shown in the message: quoted and cut after a few characters
/// (`"Scrape Time: 2025..."`), or `end of input`, or `an empty line`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A marker line (`Article Details`, `Scrape Timestamp (UTC):`, `Original Article Text`)
    /// was expected.
    #[error("expected \"{expected}\", found {found}")]
    ExpectedMarker {
        /// The marker, as it should be written.
        expected: &'static str,
        /// What was there instead.
        found: String,
    },
    /// Between the timestamp and `Original Article Text`, a line that is neither.
    #[error("expected \"Original Article Text\" or a \"Key: value\" line, found {found}")]
    ExpectedMetaOrText {
        /// What was there instead.
        found: String,
    },
    /// The timestamp is not `YYYY-MM-DD hh:mm:ss` with an optional fraction of 1 to 9 digits.
    #[error("expected a timestamp \"YYYY-MM-DD hh:mm:ss[.fff]\", found {found}")]
    BadTimestamp {
        /// What was there instead.
        found: String,
    },
    /// The timestamp is well formed but names no real date or time (`2025-13-45`, `25:61:00`).
    #[error("impossible timestamp {found}: {source}")]
    ImpossibleTimestamp {
        /// The timestamp as written.
        found: String,
        /// Which component is out of range.
        source: time::error::ComponentRange,
    },
    /// `Original Article Text` is not followed by a line of article text.
    #[error("expected the article text, found {found}")]
    EmptyBody {
        /// What was there instead.
        found: String,
    },
    /// Bytes that are not UTF-8 inside a record ([`Articles::from_bytes`](crate::Articles::from_bytes)
    /// and the streaming reader only).
    #[error("invalid UTF-8")]
    InvalidUtf8,
    /// Text after the one record that [`Article::parse`](crate::Article::parse) expects.
    #[error("expected end of input after the record, found {found}")]
    TrailingInput {
        /// What was there instead.
        found: String,
    },
    /// Reading the input failed (streaming reader only).
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
}

/// An error in one record of the scrape format, with its position.
///
/// Small to return (one pointer), `Send + Sync + 'static`.
///
/// `Display` reads like a compiler: `line 3, column 1: expected "Scrape Timestamp (UTC):",
/// found "Scrape Time: 2025..."`. The alternate form (`{:#}`) adds the line and a caret under
/// the column.
///
/// # Examples
///
/// ```
/// let input = "Article Details\nScrape Time: 2025-12-15 11:11:13.308\n";
/// let err = threatbrief::Article::parse(input).unwrap_err();
/// assert_eq!((err.record(), err.line(), err.column()), (1, 2, 1));
/// assert_eq!(
///     err.to_string(),
///     r##"line 2, column 1: expected "Scrape Timestamp (UTC):", found "Scrape Time: 2025-12-15 11:11:13...""##
/// );
/// ```
pub struct ParseError(Box<Inner>);

struct Inner {
    kind: ErrorKind,
    record: usize,
    line: usize,
    column: usize,
    span: Span,
    /// The error's line, cut to a window around the column, and the caret's offset in it
    /// (in characters), for the alternate display.
    excerpt: String,
    caret: usize,
}

impl ParseError {
    /// Builds an error at byte `at` of `input`, where `input[..]` starts at line `first_line`
    /// and byte `base` of the whole input. Counts lines and characters: call it off the hot path.
    pub(crate) fn at(
        kind: ErrorKind,
        record: usize,
        input: &[u8],
        at: usize,
        len: usize,
        first_line: usize,
        base: usize,
    ) -> ParseError {
        let at = at.min(input.len());
        let line_start = memchr::memrchr(b'\n', &input[..at]).map_or(0, |p| p + 1);
        let line = first_line + memchr::memchr_iter(b'\n', &input[..at]).count();
        let column = 1 + char_count(&input[line_start..at]);
        let line_end = memchr::memchr(b'\n', &input[at..]).map_or(input.len(), |p| at + p);
        let (excerpt, caret) = excerpt(&input[line_start..line_end], at - line_start);
        let len = len.min(input.len() - at);
        ParseError(Box::new(Inner {
            kind,
            record,
            line,
            column,
            span: Span::new(base + at, base + at + len),
            excerpt,
            caret,
        }))
    }

    /// An error with no place in the input (a failed read).
    pub(crate) fn io(err: std::io::Error, record: usize, line: usize, offset: usize) -> ParseError {
        ParseError(Box::new(Inner {
            kind: ErrorKind::Io(err),
            record,
            line,
            column: 1,
            span: Span::new(offset, offset),
            excerpt: String::new(),
            caret: 0,
        }))
    }

    /// What went wrong.
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// 1-based index of the record the error belongs to (records and errors are numbered
    /// together, in input order).
    #[must_use]
    pub fn record(&self) -> usize {
        self.0.record
    }

    /// 1-based line of the error.
    #[must_use]
    pub fn line(&self) -> usize {
        self.0.line
    }

    /// 1-based column of the error, in characters.
    #[must_use]
    pub fn column(&self) -> usize {
        self.0.column
    }

    /// Byte range of the offending text in the input (empty at the end of input).
    #[must_use]
    pub fn span(&self) -> Span {
        self.0.span
    }
}

/// Characters in `bytes`, counting each byte that does not continue a UTF-8 sequence, so that
/// invalid input still gets a column.
fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// The line around byte `at`, at most `WINDOW` characters either side, and the caret's column
/// in it.
fn excerpt(line: &[u8], at: usize) -> (String, usize) {
    let text = String::from_utf8_lossy(line);
    let text = text.trim_end_matches('\r');
    let col = char_count(&line[..at.min(line.len())]);
    let skip = col.saturating_sub(WINDOW);
    let mut out = String::new();
    if skip > 0 {
        out.push_str("...");
    }
    out.extend(text.chars().skip(skip).take(2 * WINDOW));
    if text.chars().count() > skip + 2 * WINDOW {
        out.push_str("...");
    }
    let caret = col - skip + if skip > 0 { 3 } else { 0 };
    (out, caret)
}

/// The found text of a message: the line from the error on, quoted and cut, or
/// `end of input` / `an empty line`.
pub(crate) fn found(rest: &[u8]) -> String {
    if rest.is_empty() {
        return "end of input".to_owned();
    }
    let line = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
    let head = &line[..line.len().min(FOUND_MAX * 4)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_end_matches(['\r', ' ', '\t']);
    if text.is_empty() {
        return "an empty line".to_owned();
    }
    let mut chars = text.chars();
    let shown: String = chars.by_ref().take(FOUND_MAX).collect();
    let cut = chars.next().is_some() || head.len() < line.len();
    format!("{:?}", if cut { shown + "..." } else { shown })
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = &self.0;
        write!(f, "line {}, column {}: {}", e.line, e.column, e.kind)?;
        if f.alternate() && !e.excerpt.is_empty() {
            let gutter = e.line.to_string().len();
            write!(
                f,
                "\n{:gutter$} |\n{} | {}\n{:gutter$} | {:caret$}^",
                "",
                e.line,
                e.excerpt,
                "",
                "",
                caret = e.caret
            )?;
        }
        Ok(())
    }
}

impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseError")
            .field("kind", &self.0.kind)
            .field("record", &self.0.record)
            .field("line", &self.0.line)
            .field("column", &self.0.column)
            .field("span", &self.0.span)
            .finish()
    }
}

impl std::error::Error for ParseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.0.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + 'static>() {}

    #[test]
    fn small_and_thread_safe() {
        assert_send_sync::<ParseError>();
        assert_eq!(size_of::<ParseError>(), size_of::<usize>());
    }

    #[test]
    fn found_text() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "end of input"),
            (b"\nArticle Details", "an empty line"),
            (b"  \r\n", "an empty line"),
            (b"Scrape Time: 2025\r\n", "\"Scrape Time: 2025\""),
            (
                b"Scrape Time: 2025-12-15 11:11:13.308",
                "\"Scrape Time: 2025-12-15 11:11:13...\"",
            ),
            (b"caf\xc3\xa9 \xff", "\"caf\u{e9} \u{fffd}\""),
        ];
        for (input, want) in cases {
            assert_eq!(found(input), *want, "{input:?}");
        }
    }

    #[test]
    fn position_counts_characters() {
        let input = "ab\nçà x\n".as_bytes();
        let at = input.iter().position(|&b| b == b'x').unwrap();
        let e = ParseError::at(ErrorKind::InvalidUtf8, 1, input, at, 1, 1, 10);
        assert_eq!((e.line(), e.column()), (2, 4));
        assert_eq!(e.span(), Span::new(10 + at, 11 + at));
        assert_eq!(
            format!("{e:#}"),
            "line 2, column 4: invalid UTF-8\n  |\n2 | çà x\n  |    ^"
        );
    }

    #[test]
    fn caret_window_on_a_long_line() {
        let line = "x".repeat(1000);
        let e = ParseError::at(ErrorKind::InvalidUtf8, 1, line.as_bytes(), 500, 1, 7, 0);
        assert_eq!(e.column(), 501);
        let alt = format!("{e:#}");
        let last = alt.lines().last().unwrap();
        let shown = alt.lines().nth(2).unwrap();
        assert!(shown.len() < 200, "{shown}");
        assert_eq!(last.find('^'), Some(4 + 3 + WINDOW));
    }
}
