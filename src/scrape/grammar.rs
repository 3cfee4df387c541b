//! The grammar of one record (DESIGN.md section 1), in nom over bytes.
//!
//! Everything here is private to the crate: the parsers return byte offsets into the buffer
//! they were given ([`Raw`]), and a [`Failure`] that the iterator turns into a `ParseError`.
//! Lines are split only at ASCII line feeds with `take_until` (memchr inside), which keeps the
//! grammar near the speed of a plain line count; every separator is ASCII, so every offset
//! falls on a character boundary of UTF-8 input.

use nom::character::complete::space1;
use nom::combinator::opt;
use nom::{IResult, Offset, Parser};
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};

pub(crate) const ARTICLE_DETAILS: &str = "Article Details";
pub(crate) const TIMESTAMP: &str = "Scrape Timestamp (UTC):";
pub(crate) const ORIGINAL: &str = "Original Article Text";
pub(crate) const TOGGLE: &str = "Click to Toggle View";
pub(crate) const SUMMARY: &str = "Daily Brief Summary";

/// Why a record failed, and where: `at` is the rest of the input from the offending byte.
#[derive(Debug)]
pub(crate) struct Failure<'a> {
    pub(crate) at: &'a [u8],
    /// Bytes of the offending text, for the error's span.
    pub(crate) len: usize,
    pub(crate) what: What,
}

#[derive(Debug)]
pub(crate) enum What {
    Marker(&'static str),
    MetaOrText,
    Timestamp,
    Impossible(time::error::ComponentRange),
    EmptyBody,
    /// A nom combinator failed where no better message applies (not expected in practice:
    /// each parser below maps its failures to one of the above).
    Nom,
}

impl<'a> nom::error::ParseError<&'a [u8]> for Failure<'a> {
    fn from_error_kind(input: &'a [u8], _: nom::error::ErrorKind) -> Self {
        Failure {
            at: input,
            len: 0,
            what: What::Nom,
        }
    }

    fn append(_: &'a [u8], _: nom::error::ErrorKind, other: Self) -> Self {
        other
    }
}

type Res<'a, T> = IResult<&'a [u8], T, Failure<'a>>;

/// A parsed record as byte ranges of the buffer it was parsed from.
#[derive(Debug)]
pub(crate) struct Raw {
    /// The whole record, from its `Article Details` line to the end of its last line (no EOL).
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Where parsing goes on: after the last line's EOL.
    pub(crate) next: usize,
    /// Lines consumed, so the caller keeps its line count without scanning again.
    pub(crate) lines: usize,
    pub(crate) timestamp: (usize, usize),
    pub(crate) scraped_at: OffsetDateTime,
    /// Key and value ranges.
    pub(crate) meta: Vec<((usize, usize), (usize, usize))>,
    pub(crate) toggle: bool,
    pub(crate) body: (usize, usize),
    /// Whether the summary section is there; its lines are in the caller's buffer.
    pub(crate) has_summary: bool,
}

fn fail<T>(at: &[u8], len: usize, what: What) -> Res<'_, T> {
    Err(nom::Err::Error(Failure { at, len, what }))
}

/// One line without its EOL (`\n` or `\r\n`) and without trailing CRs; at the end of input,
/// the rest. Never fails on non-empty input.
#[inline]
pub(crate) fn line(i: &[u8]) -> Res<'_, &[u8]> {
    if i.is_empty() {
        return fail(i, 0, What::Nom);
    }
    // What `take_until(b"\n")` does (memchr), without its generic layers, which cost as much
    // as the search itself on the short lines of a record.
    let (rest, content) = match memchr::memchr(b'\n', i) {
        Some(n) => (&i[n + 1..], &i[..n]),
        None => (&i[i.len()..], i),
    };
    // Every trailing CR goes, not only the one of a CRLF: a line ending in CRs would otherwise
    // lose one each time it is rendered and parsed again.
    match content.last() {
        Some(b'\r') => {
            let end = content
                .iter()
                .rposition(|&b| b != b'\r')
                .map_or(0, |p| p + 1);
            Ok((rest, &content[..end]))
        }
        _ => Ok((rest, content)),
    }
}

/// Trailing spaces, tabs and carriage returns are tolerated after a marker.
pub(crate) fn trim_end(line: &[u8]) -> &[u8] {
    let n = line
        .iter()
        .rposition(|&b| !matches!(b, b' ' | b'\t' | b'\r'))
        .map_or(0, |p| p + 1);
    &line[..n]
}

pub(crate) fn is_marker(line: &[u8], marker: &str) -> bool {
    line.len() >= marker.len() && trim_end(line) == marker.as_bytes()
}

pub(crate) fn is_blank(line: &[u8]) -> bool {
    trim_end(line).is_empty()
}

/// Whether `i` starts with a blank line; decided from the first byte on most lines, without
/// searching for the line's end.
pub(crate) fn starts_blank(i: &[u8]) -> bool {
    match i.first() {
        None => false,
        Some(b' ' | b'\t' | b'\r' | b'\n') => line(i).is_ok_and(|(_, l)| is_blank(l)),
        Some(_) => false,
    }
}

/// A whole line that is `m`.
fn marker(m: &'static str) -> impl Fn(&[u8]) -> Res<'_, ()> {
    move |i| match line(i) {
        Ok((rest, l)) if is_marker(l, m) => Ok((rest, ())),
        Ok((_, l)) => fail(i, l.len(), What::Marker(m)),
        Err(_) => fail(i, 0, What::Marker(m)),
    }
}

/// `YYYY-MM-DD hh:mm:ss[.f]` with 1 to 9 fraction digits, as numbers (unchecked ranges).
/// A fixed-width lexeme: read by position rather than by a chain of combinators, which cost
/// more than the rest of the record.
fn date_time(i: &[u8]) -> Res<'_, [u32; 7]> {
    const SHAPE: &[u8; 19] = b"0000-00-00 00:00:00";
    let fixed = i.get(..SHAPE.len()).filter(|head| {
        head.iter().zip(SHAPE).all(|(&b, &s)| {
            if s == b'0' {
                b.is_ascii_digit()
            } else {
                b == s
            }
        })
    });
    let Some(head) = fixed else {
        return fail(i, 0, What::Timestamp);
    };
    let num = |r: std::ops::Range<usize>| {
        head[r]
            .iter()
            .fold(0, |acc, &b| acc * 10 + u32::from(b - b'0'))
    };
    let mut rest = &i[SHAPE.len()..];
    let mut nanos = 0;
    if let [b'.', tail @ ..] = rest {
        let n = tail
            .iter()
            .take(10)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if n == 0 || n > 9 {
            return fail(i, 0, What::Timestamp);
        }
        let v = tail[..n]
            .iter()
            .fold(0, |acc, &b| acc * 10 + u32::from(b - b'0'));
        nanos = v * 10u32.pow(9 - u32::try_from(n).unwrap_or(9));
        rest = &tail[n..];
    }
    Ok((
        rest,
        [
            num(0..4),
            num(5..7),
            num(8..10),
            num(11..13),
            num(14..16),
            num(17..19),
            nanos,
        ],
    ))
}

fn to_datetime(
    [y, mo, d, h, mi, s, nanos]: [u32; 7],
) -> Result<OffsetDateTime, time::error::ComponentRange> {
    // Every value has at most 4 (or 9, for nanos) digits: the narrowing casts cannot wrap.
    #[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)]
    let date = Date::from_calendar_date(y as i32, Month::try_from(mo as u8)?, d as u8)?;
    #[allow(clippy::cast_possible_truncation)]
    let time = Time::from_hms_nano(h as u8, mi as u8, s as u8, nanos)?;
    Ok(PrimitiveDateTime::new(date, time).assume_utc())
}

/// `Scrape Timestamp (UTC):` WS date time, trailing blanks allowed; returns the timestamp's
/// text and value.
fn timestamp_line(i: &[u8]) -> Res<'_, (&[u8], OffsetDateTime)> {
    let Ok((rest, l)) = line(i) else {
        return fail(i, 0, What::Marker(TIMESTAMP));
    };
    let Some(after) = l.strip_prefix(TIMESTAMP.as_bytes()) else {
        return fail(i, l.len(), What::Marker(TIMESTAMP));
    };
    let text_at = space1::<_, Failure<'_>>(after).map_or(after, |(t, _)| t);
    let Ok((tail, parts)) = date_time(text_at) else {
        return fail(text_at, trim_end(text_at).len(), What::Timestamp);
    };
    let text = &text_at[..text_at.len() - tail.len()];
    if text_at.len() == after.len() || !is_blank(tail) {
        return fail(text_at, trim_end(text_at).len(), What::Timestamp);
    }
    match to_datetime(parts) {
        Ok(at) => Ok((rest, (text, at))),
        Err(e) => fail(text_at, text.len(), What::Impossible(e)),
    }
}

/// `key ":" WS value`, key = letters and spaces (starting with a letter).
fn meta_line(l: &[u8]) -> Option<(&[u8], &[u8])> {
    let colon = memchr::memchr(b':', l)?;
    let (key, after) = (&l[..colon], &l[colon + 1..]);
    let key_ok = std::str::from_utf8(key).is_ok_and(|k| {
        k.chars().next().is_some_and(char::is_alphabetic)
            && k.chars().all(|c| c.is_alphabetic() || c == ' ')
    });
    match after.first() {
        Some(b' ' | b'\t') if key_ok => Some((key, &after[1..])),
        _ => None,
    }
}

/// Body lines until a `Daily Brief Summary` or `Article Details` line or the end, trailing
/// blank lines left out. Returns the body and how many lines it has.
fn body(i: &[u8]) -> Res<'_, (&[u8], usize)> {
    let (mut rest, mut lines) = (i, 0);
    let (mut end, mut kept_rest, mut kept_lines) = (0, i, 0);
    while let Ok((next, l)) = line(rest) {
        let t = trim_end(l);
        if t == SUMMARY.as_bytes()
            || t == ARTICLE_DETAILS.as_bytes()
            || (t.is_empty() && lines == 0)
        {
            break;
        }
        lines += 1;
        if !t.is_empty() {
            end = i.offset(l) + l.len();
            (kept_rest, kept_lines) = (next, lines);
        }
        rest = next;
    }
    if kept_lines == 0 {
        let len = line(i).map_or(0, |(_, l)| l.len());
        return fail(i, len, What::EmptyBody);
    }
    Ok((kept_rest, (&i[..end], kept_lines)))
}

/// Summary lines: until a blank line, an `Article Details` line or the end. Their ranges go
/// to `out`, a buffer the caller reuses, so a record costs no allocation here.
fn summary<'a>(buf: &[u8], i: &'a [u8], out: &mut Vec<(usize, usize)>) -> &'a [u8] {
    let mut rest = i;
    while let Ok((next, l)) = line(rest) {
        let t = trim_end(l);
        if t.is_empty() || t == ARTICLE_DETAILS.as_bytes() {
            break;
        }
        let start = buf.offset(l);
        out.push((start, start + l.len()));
        rest = next;
    }
    rest
}

/// One record starting at `buf[pos..]`, which begins with its `Article Details` line.
///
/// # Errors
/// The first place where the input leaves the grammar.
/// Summary line ranges are appended to `summary` (cleared first).
pub(crate) fn record<'a>(
    buf: &'a [u8],
    pos: usize,
    summary: &mut Vec<(usize, usize)>,
) -> Result<Raw, Failure<'a>> {
    summary.clear();
    record_nom(buf, pos, summary).map_err(|e| match e {
        nom::Err::Error(f) | nom::Err::Failure(f) => f,
        nom::Err::Incomplete(_) => Failure {
            at: &buf[buf.len()..],
            len: 0,
            what: What::Nom,
        },
    })
}

fn record_nom<'a>(
    buf: &'a [u8],
    pos: usize,
    out: &mut Vec<(usize, usize)>,
) -> Result<Raw, nom::Err<Failure<'a>>> {
    let off = |s: &[u8]| buf.offset(s);
    let range = |s: &[u8]| (off(s), off(s) + s.len());
    let i = &buf[pos..];
    let (i, ()) = marker(ARTICLE_DETAILS)(i)?;
    let (mut i, (ts, scraped_at)) = timestamp_line(i)?;
    let mut meta = Vec::new();
    loop {
        let Ok((rest, l)) = line(i) else {
            return Err(nom::Err::Error(Failure {
                at: i,
                len: 0,
                what: What::MetaOrText,
            }));
        };
        if is_marker(l, ORIGINAL) {
            i = rest;
            break;
        }
        let Some((key, value)) = meta_line(l) else {
            return Err(nom::Err::Error(Failure {
                at: i,
                len: l.len(),
                what: What::MetaOrText,
            }));
        };
        meta.push((range(key), range(value)));
        i = rest;
    }
    let (i, toggle) = opt(marker(TOGGLE)).parse(i)?;
    let (i, (body_text, body_lines)) = body(i)?;
    let (i, has_summary) = match marker(SUMMARY)(i) {
        Ok((i, ())) => (summary(buf, i, out), true),
        Err(_) => (i, false),
    };
    let last_end = match out.last() {
        Some(&(_, end)) => end,
        None if has_summary => off(i) - eol_before(buf, off(i)),
        None => off(body_text) + body_text.len(),
    };
    let lines = 3
        + meta.len()
        + usize::from(toggle.is_some())
        + body_lines
        + if has_summary { out.len() + 1 } else { 0 };
    Ok(Raw {
        start: pos,
        end: last_end,
        next: off(i),
        lines,
        timestamp: range(ts),
        scraped_at,
        meta,
        toggle: toggle.is_some(),
        body: range(body_text),
        has_summary,
    })
}

/// Length of the line ending just before `at` (1 or 2 bytes, 0 at the end of input).
fn eol_before(buf: &[u8], at: usize) -> usize {
    if at == 0 || buf[at - 1] != b'\n' {
        0
    } else if at >= 2 && buf[at - 2] == b'\r' {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Bytes = &'static [u8];

    #[test]
    fn lines_split_at_line_feeds_only() {
        let cases: &[(&[u8], &[u8], &[u8])] = &[
            (b"abc\ndef", b"abc", b"def"),
            (b"abc\r\ndef", b"abc", b"def"),
            (b"abc", b"abc", b""),
            (b"abc\r", b"abc", b""),
            (b"\n", b"", b""),
            (b"a\rb\n", b"a\rb", b""),
            (b"a\r\r\r\nb", b"a", b"b"),
            (b"\r\r", b"", b""),
        ];
        for &(input, content, rest) in cases {
            assert_eq!(line(input).unwrap(), (rest, content), "{input:?}");
        }
        assert!(line(b"").is_err());
    }

    #[test]
    fn markers_are_whole_lines() {
        let cases: &[(&[u8], bool)] = &[
            (b"Article Details", true),
            (b"Article Details  \t\r", true),
            (b" Article Details", false),
            (b"Article Details x", false),
            (b"Article Detail", false),
            (b"article details", false),
        ];
        for &(l, want) in cases {
            assert_eq!(is_marker(l, ARTICLE_DETAILS), want, "{l:?}");
        }
    }

    #[test]
    fn timestamps() {
        let ok: &[(&str, u32)] = &[
            ("2025-12-15 11:11:13", 0),
            ("2025-12-15 11:11:13.3", 300_000_000),
            ("2025-12-15 11:11:13.308", 308_000_000),
            ("2025-12-15 11:11:13.123456789", 123_456_789),
            ("2024-02-29 23:59:59.9  ", 900_000_000),
        ];
        for &(ts, nanos) in ok {
            let input = format!("{TIMESTAMP} {ts}\nrest");
            let (rest, (text, at)) = timestamp_line(input.as_bytes()).unwrap();
            assert_eq!(rest, b"rest");
            assert_eq!(text, ts.trim_end().as_bytes());
            assert_eq!(at.nanosecond(), nanos, "{ts}");
        }
        let bad: &[&str] = &[
            "2025-12-15",
            "2025-12-15 11:11",
            "2025-12-15T11:11:13",
            "2025-12-15 11:11:13.",
            "2025-12-15 11:11:13.1234567890",
            "25-12-15 11:11:13",
            "2025-12-15 11:11:13 UTC",
            "",
        ];
        for ts in bad {
            let input = format!("{TIMESTAMP} {ts}");
            let err = timestamp_line(input.as_bytes()).unwrap_err();
            let nom::Err::Error(f) = err else { panic!() };
            assert!(matches!(f.what, What::Timestamp), "{ts}: {:?}", f.what);
        }
        let impossible = [
            "2025-13-45 11:11:13",
            "2025-02-30 00:00:00",
            "2025-12-15 25:61:00",
        ];
        for ts in impossible {
            let input = format!("{TIMESTAMP} {ts}");
            let Err(nom::Err::Error(f)) = timestamp_line(input.as_bytes()) else {
                panic!()
            };
            assert!(matches!(f.what, What::Impossible(_)), "{ts}");
        }
    }

    #[test]
    fn meta_lines() {
        let cases: &[(Bytes, Option<(Bytes, Bytes)>)] = &[
            (
                b"Source: https://x.example/a",
                Some((b"Source", b"https://x.example/a")),
            ),
            (b"Via Feed:\tdigest", Some((b"Via Feed", b"digest"))),
            (b"Source:  two spaces", Some((b"Source", b" two spaces"))),
            (b"Source:https://x", None),
            (b"Source https://x", None),
            (b"So-urce: x", None),
            (b": x", None),
            (b" Source: x", None),
            (b"Original Article Text", None),
        ];
        for &(l, want) in cases {
            assert_eq!(meta_line(l), want, "{l:?}");
        }
    }

    #[test]
    fn bodies_end_at_markers_and_drop_trailing_blank_lines() {
        let cases: &[(Bytes, Bytes, usize, Bytes)] = &[
            (
                b"One. Two.\nDaily Brief Summary\nx",
                b"One. Two.",
                1,
                b"Daily Brief Summary\nx",
            ),
            (
                b"One.\n\nTwo.\n\n\nArticle Details\n",
                b"One.\n\nTwo.",
                3,
                b"\n\nArticle Details\n",
            ),
            (b"One.\r\nTwo.\r\n", b"One.\r\nTwo.", 2, b""),
            (
                b"Has Daily Brief Summary inside.",
                b"Has Daily Brief Summary inside.",
                1,
                b"",
            ),
        ];
        for &(input, body_text, lines, rest) in cases {
            let (r, (b, n)) = body(input).unwrap();
            assert_eq!((b, n, r), (body_text, lines, rest), "{input:?}");
        }
        for empty in [
            &b""[..],
            b"\nText",
            b"Daily Brief Summary\n",
            b"Article Details",
        ] {
            let Err(nom::Err::Error(f)) = body(empty) else {
                panic!()
            };
            assert!(matches!(f.what, What::EmptyBody));
        }
    }

    #[test]
    fn records_report_their_ranges() {
        let input = b"Article Details\nScrape Timestamp (UTC): 2025-12-15 11:11:13.308\nSource: u\nOriginal Article Text\nBody. Text.\nDaily Brief Summary\nOne.\nTwo.\n\nArticle Details\n";
        let mut summary = Vec::new();
        let raw = record(input, 0, &mut summary).unwrap();
        let s = |(a, b): (usize, usize)| &input[a..b];
        assert_eq!(s(raw.timestamp), b"2025-12-15 11:11:13.308");
        assert_eq!(raw.meta.len(), 1);
        assert_eq!(s(raw.meta[0].1), b"u");
        assert!(!raw.toggle);
        assert_eq!(s(raw.body), b"Body. Text.");
        assert_eq!(
            summary.iter().map(|&r| s(r)).collect::<Vec<_>>(),
            [b"One.", b"Two."]
        );
        assert_eq!(&input[raw.start..raw.end], &input[..input.len() - 18]);
        assert_eq!(&input[raw.next..], b"\nArticle Details\n");
        assert_eq!(raw.lines, 8);
    }

    #[test]
    fn record_failures_name_what_was_expected() {
        let cases: &[(&[u8], &str, usize)] = &[
            (b"Article Detail\n", "Marker(\"Article Details\")", 0),
            (b"Article Details\nScrape Time: x\n", "Marker(\"Scrape Timestamp (UTC):\")", 16),
            (b"Article Details\n", "Marker(\"Scrape Timestamp (UTC):\")", 16),
            (b"Article Details\nScrape Timestamp (UTC): 2025-12-15 11:11:13\n", "MetaOrText", 60),
            (
                b"Article Details\nScrape Timestamp (UTC): 2025-12-15 11:11:13\nOriginal Article Text\n",
                "EmptyBody",
                82,
            ),
        ];
        for &(input, what, at) in cases {
            let f = record(input, 0, &mut Vec::new()).unwrap_err();
            assert_eq!(format!("{:?}", f.what), what, "{input:?}");
            assert_eq!(input.len() - f.at.len(), at, "{input:?}");
        }
    }
}
