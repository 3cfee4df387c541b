//! Dates in news text: "December 11", "Thursday, Dec. 11", "3 February 2025", "in April",
//! "since 2021", "between ... and ...", with the year inferred from the scrape time.

use time::{Date, Month};

use crate::model::{DateWindow, Span};
use crate::words::Classes;

/// How precise a date mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Precision {
    Day,
    Month,
    Year,
}

/// A date or window found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMention {
    pub(crate) span: Span,
    pub(crate) window: DateWindow,
    pub(crate) precision: Precision,
    /// "since 2021": the window runs from then to the scrape date.
    pub(crate) since: bool,
}

#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

/// ASCII words: every date form is ASCII, and a byte loop is several times faster than
/// decoding characters. Other bytes separate words (never splitting a character: a word is
/// a run of ASCII bytes). Read on demand, so a text is never split into a list of words.
#[derive(Clone)]
struct Words<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Words<'t> {
    fn at(text: &'t str, pos: usize) -> Self {
        Words { text, pos }
    }

    fn word(&self, start: usize) -> Word<'t> {
        let end = word_end(self.text.as_bytes(), start);
        Word {
            text: &self.text[start..end],
            start,
            end,
        }
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = Word<'t>;

    fn next(&mut self) -> Option<Word<'t>> {
        let bytes = self.text.as_bytes();
        let Some(found) = bytes[self.pos..].iter().position(u8::is_ascii_alphanumeric) else {
            self.pos = bytes.len();
            return None;
        };
        let word = self.word(self.pos + found);
        self.pos = word.end;
        Some(word)
    }
}

/// The runs of ASCII letters and digits that start with a capital or a digit, as every date
/// form does, in order: where each starts and ends. `classes` are those of each 64 bytes of
/// `bytes` ([`crate::words::list_into`]), or of a longer text that `bytes` starts.
///
/// The starts and ends are read from the masks of letters and digits and of capitals and
/// digits: a loop stepping over each word of prose mispredicts its exit on nearly every word.
fn opening_words<'b>(
    bytes: &'b [u8],
    classes: &'b [Classes],
) -> impl Iterator<Item = (usize, usize)> + 'b {
    // Whether the byte before the chunk is a letter or digit.
    let mut carry = 0u64;
    let len = bytes.len();
    classes[..len.div_ceil(64)]
        .iter()
        .enumerate()
        .flat_map(move |(c, classes)| {
            let base = c * 64;
            // Bytes past the text (a promo block cut off it) are none of its own.
            let within = if len - base >= 64 {
                !0
            } else {
                (1u64 << (len - base)) - 1
            };
            let alphanumeric = classes.alphanumeric() & within;
            let opening = classes.opening & within;
            let starts = opening & !(alphanumeric << 1 | carry);
            carry = alphanumeric >> 63;
            std::iter::successors((starts != 0).then_some(starts), |&rest| {
                let rest = rest & (rest - 1);
                (rest != 0).then_some(rest)
            })
            .map(move |rest| {
                let i = rest.trailing_zeros();
                let len = (!(alphanumeric >> i)).trailing_zeros();
                // A run to the chunk's last bit may go on into the next chunk.
                let end = if i + len < 64 {
                    base + (i + len) as usize
                } else {
                    word_end(bytes, base + i as usize)
                };
                (base + i as usize, end)
            })
        })
}

fn word_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .map_or(bytes.len(), |n| start + n)
}

/// The word before byte `at`. Only dates next to "in" or "since" ask, so going back is
/// cheaper than remembering every word.
fn word_before(text: &str, at: usize) -> Option<Word<'_>> {
    let bytes = &text.as_bytes()[..at];
    let end = bytes.iter().rposition(u8::is_ascii_alphanumeric)? + 1;
    let start = bytes[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |n| n + 1);
    Some(Word {
        text: &text[start..end],
        start,
        end,
    })
}

fn month(word: &str) -> Option<Month> {
    // Month names are three to nine letters long ("may", "september"), and start with one of
    // eight letters: most capitalised words are turned away by their first.
    if !(3..=9).contains(&word.len())
        || !matches!(
            word.as_bytes()[0] | 0x20,
            b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's'
        )
    {
        return None;
    }
    let mut buf = [0u8; 9];
    for (low, b) in buf.iter_mut().zip(word.bytes()) {
        *low = b.to_ascii_lowercase();
    }
    Some(match &buf[..word.len()] {
        b"january" | b"jan" => Month::January,
        b"february" | b"feb" => Month::February,
        b"march" | b"mar" => Month::March,
        b"april" | b"apr" => Month::April,
        b"may" => Month::May,
        b"june" | b"jun" => Month::June,
        b"july" | b"jul" => Month::July,
        b"august" | b"aug" => Month::August,
        b"september" | b"sep" | b"sept" => Month::September,
        b"october" | b"oct" => Month::October,
        b"november" | b"nov" => Month::November,
        b"december" | b"dec" => Month::December,
        _ => return None,
    })
}

fn day(word: &str) -> Option<u8> {
    let word = word.as_bytes();
    let digits = word
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |n| n + 1);
    let suffix = &word[digits..];
    if !(suffix.is_empty()
        || [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(suffix)))
    {
        return None;
    }
    // `str::parse` without its generic checks: a word holds only ASCII letters and digits.
    word[..digits]
        .iter()
        .try_fold(0u8, |n, &b| {
            if b.is_ascii_digit() {
                n.checked_mul(10)?.checked_add(b - b'0')
            } else {
                None
            }
        })
        .filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4)
        .then(|| word.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1990..=2100).contains(y))
}

/// The prepositions of time before "the" and a decade.
const DECADE_PREPOSITIONS: [&str; 8] = [
    "in",
    "since",
    "during",
    "through",
    "throughout",
    "until",
    "from",
    "by",
];

/// The first year of a decade written as one ("2010s", "1990s").
fn decade(word: &str) -> Option<i32> {
    word.strip_suffix('s')
        .filter(|y| y.len() == 4 && y.ends_with('0'))
        .and_then(|y| y.parse::<i32>().ok())
        .filter(|y| (1900..=2090).contains(y))
}

/// Where `before` (the word before a year or a decade) is "early", "mid" or "late", the word
/// before it and the part of the period it names (0, 1 or 2: its first, middle or last
/// third); else `before` itself and no part.
fn part_of_period<'t>(text: &'t str, before: Word<'t>) -> Option<(Word<'t>, Option<u8>)> {
    match ["early", "mid", "late"]
        .iter()
        .position(|p| before.text.eq_ignore_ascii_case(p))
    {
        Some(k) => Some((word_before(text, before.start)?, u8::try_from(k).ok())),
        None => Some((before, None)),
    }
}

/// A decade after a preposition of time and "the" (and "early", "mid" or "late", which narrow
/// it to its first, middle or last years): "in the 2010s", "during the late 1990s", "since
/// the mid-2010s" (a window that runs to `today`). Not one that has not begun.
fn decade_mention(text: &str, word: Word<'_>, first: i32, today: Date) -> Option<DateMention> {
    let (before, part) = part_of_period(text, word_before(text, word.start)?)?;
    let (from, to) = match part {
        Some(k) => {
            let k = i32::from(k);
            (first + 3 * k, first + 3 * k + 3)
        }
        None => (first, first + 9),
    };
    // A preposition of time before "the": "the 1950s roof" describes a thing.
    let preposition = word_before(text, before.start)?;
    if !before.text.eq_ignore_ascii_case("the")
        || !DECADE_PREPOSITIONS
            .iter()
            .any(|p| preposition.text.eq_ignore_ascii_case(p))
    {
        return None;
    }
    let from = Date::from_calendar_date(from, Month::January, 1).ok()?;
    if from > today {
        return None;
    }
    let since = preposition.text.eq_ignore_ascii_case("since");
    let to = if since {
        today
    } else {
        Date::from_calendar_date(to, Month::December, 31)
            .ok()?
            .min(today)
    };
    Some(DateMention {
        span: Span::new(before.start, word.end),
        window: DateWindow { from, to },
        precision: Precision::Year,
        since,
    })
}

/// The year a month and day without a year fall in: the latest one not after `today`.
fn infer(month: Month, day: u8, today: Date) -> Option<Date> {
    let this = Date::from_calendar_date(today.year(), month, day).ok()?;
    if this > today {
        Date::from_calendar_date(today.year() - 1, month, day).ok()
    } else {
        Some(this)
    }
}

fn month_window(year: i32, month: Month) -> Option<DateWindow> {
    let from = Date::from_calendar_date(year, month, 1).ok()?;
    let to = Date::from_calendar_date(year, month, time::util::days_in_month(month, year)).ok()?;
    Some(DateWindow { from, to })
}

/// Every date in `text`, in order; `today` is the scrape date. `classes` are those of each 64
/// bytes of `text` ([`crate::words::list_into`]), or of a longer text that `text` starts.
/// Linear in the text.
pub(crate) fn find(text: &str, classes: &[Classes], today: Date) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    // Where reading goes on after the last date found.
    let mut resume = 0;
    for (start, end) in opening_words(text.as_bytes(), classes) {
        if start < resume {
            continue;
        }
        let word = Word {
            text: &text[start..end],
            start,
            end,
        };
        if let Some(m) = mention_at(text, word, Words::at(text, word.end), today) {
            resume = m.span.end;
            out.push(m);
        }
    }
    join_between(text, out)
}

/// The date that `word` (a capitalised word or a number) starts, if any; `after` reads the
/// words that follow it.
fn mention_at(
    text: &str,
    word: Word<'_>,
    mut after: Words<'_>,
    today: Date,
) -> Option<DateMention> {
    // A word of letters can open a date only as a month's name, a number only as a day or a
    // year.
    let number = word.text.starts_with(|c: char| c.is_ascii_digit());
    if !number && let Some(m) = month(word.text) {
        let next = after.next();
        // "May" and "March" are words too: a month needs a day, a year, or "in" before it
        // (and a capital, which the caller checked: a month name starts with a letter).
        if let Some(n) = next
            && let Some(d) = day(n.text)
        {
            let (date, end) = match after.next().and_then(|y| Some((year(y.text)?, y.end))) {
                Some((y, end)) => (Date::from_calendar_date(y, m, d).ok()?, end),
                None => (infer(m, d, today)?, n.end),
            };
            return Some(day_mention(Span::new(word.start, end), date));
        }
        if let Some(n) = next
            && let Some(y) = year(n.text)
        {
            return Some(DateMention {
                span: Span::new(word.start, n.end),
                window: month_window(y, m)?,
                precision: Precision::Month,
                since: false,
            });
        }
        if word_before(text, word.start).is_some_and(|w| w.text.eq_ignore_ascii_case("in")) {
            let y = if m > today.month() {
                today.year() - 1
            } else {
                today.year()
            };
            return Some(DateMention {
                span: Span::new(word.start, word.end),
                window: month_window(y, m)?,
                precision: Precision::Month,
                since: false,
            });
        }
        return None;
    }
    if !number {
        return None;
    }
    if let Some(d) = day(word.text)
        && let Some(n) = after.next()
        && let Some(m) = month(n.text)
    {
        // "3 February 2025", "7 May".
        if !n.text.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let (date, end) = match after.next().and_then(|y| Some((year(y.text)?, y.end))) {
            Some((y, end)) => (Date::from_calendar_date(y, m, d).ok()?, end),
            None => (infer(m, d, today)?, n.end),
        };
        return Some(day_mention(Span::new(word.start, end), date));
    }
    if let Some(decade) = decade(word.text) {
        return decade_mention(text, word, decade, today);
    }
    if let Some(y) = year(word.text) {
        // "in late 2023", "since early 2021", "in mid-2024": a part of the year between the
        // preposition and it narrows it to its first, middle or last four months.
        let (before, part) = part_of_period(text, word_before(text, word.start)?)?;
        let (first, last) = match part {
            Some(k) => (
                Month::try_from(1 + 4 * k).ok()?,
                Month::try_from(4 + 4 * k).ok()?,
            ),
            None => (Month::January, Month::December),
        };
        let from = Date::from_calendar_date(y, first, 1).ok()?;
        if from > today {
            return None;
        }
        let end_of_year = month_window(y, last)?.to;
        let since = before.text.eq_ignore_ascii_case("since");
        // "in 2024", "since 2021": the preposition and the year.
        let (span, to) = if since || before.text.eq_ignore_ascii_case("in") {
            (
                Span::new(before.start, word.end),
                if since { today } else { end_of_year },
            )
        } else if part.is_none() && names_a_deed(text, before, word, after) {
            // "the 2024 theft", "its 2021 ransomware attack": the year dates the deed.
            (Span::new(word.start, word.end), end_of_year)
        } else {
            return None;
        };
        return Some(DateMention {
            span,
            window: DateWindow { from, to },
            precision: Precision::Year,
            since,
        });
    }
    None
}

/// Whether the year `year` stands inside a noun phrase that names a deed or a document about
/// one: a word of `[deed-determiners]` right before it, a word of `[deed-kinds]` or
/// `[document-nouns]` a few words after it within the phrase (no punctuation but a hyphen
/// between): "the 2024 theft", "a 2019 supply-chain campaign", "a 2025 joint advisory" (what
/// it says was known by then).
fn names_a_deed(text: &str, before: Word<'_>, year: Word<'_>, after: Words<'_>) -> bool {
    // A Title Case headline capitalises both ("Over 2025 Breach").
    let holds = |list: &'static str, word: &str| {
        super::vocabulary::holds(list, word)
            || word.starts_with(|c: char| c.is_ascii_uppercase())
                && super::vocabulary::holds(list, &word.to_ascii_lowercase())
    };
    // A headline drops the article after a verb too ("Belgium attributes 2025 breach to X").
    let verb = before.text.bytes().all(|b| b.is_ascii_lowercase());
    (holds("deed-determiners", before.text) || verb)
        && text[before.end..year.start].bytes().all(|b| b == b' ')
        && after
            .take(4)
            .take_while(|w| {
                text[year.end..w.start]
                    .bytes()
                    .all(|b| b == b' ' || b == b'-' || b.is_ascii_alphanumeric())
            })
            .any(|w| holds("deed-kinds", w.text) || holds("document-nouns", w.text))
}

fn day_mention(span: Span, date: Date) -> DateMention {
    DateMention {
        span,
        window: DateWindow {
            from: date,
            to: date,
        },
        precision: Precision::Day,
        since: false,
    }
}

/// Joins "between A and B" (and "from A to B") into one window.
fn join_between(text: &str, found: Vec<DateMention>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::with_capacity(found.len());
    for m in found {
        if let Some(prev) = out.last_mut() {
            let gap = text.get(prev.span.end..m.span.start).unwrap_or("");
            let lead_start = prev.span.start.saturating_sub(40);
            let lead = text
                .get(lead_start..prev.span.start)
                .unwrap_or("")
                .to_ascii_lowercase();
            let gap_l = gap.to_ascii_lowercase();
            let joined = gap.len() < 24
                && ((lead.contains("between") && gap_l.contains("and"))
                    || (lead.contains("from")
                        && (gap_l.contains(" to ") || gap_l.contains("until"))));
            if joined && m.window.to >= prev.window.from {
                prev.span.end = m.span.end;
                prev.window.to = m.window.to;
                continue;
            }
        }
        out.push(m);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn classes(bytes: &[u8]) -> Vec<Classes> {
        let (mut words, mut classes) = (Vec::new(), Vec::new());
        crate::words::list_into(bytes, &mut words, &mut classes);
        classes
    }

    fn find(text: &str, today: Date) -> Vec<DateMention> {
        super::find(text, &classes(text.as_bytes()), today)
    }

    #[test]
    fn opening_words_are_those_a_byte_loop_finds() {
        let text = format!(
            "{}March 2025 x86 iPhone 12th Über2021 und 7 May. {}Decembers",
            "a, ".repeat(20),
            "b ".repeat(30)
        );
        let bytes = text.as_bytes();
        let naive: Vec<(usize, usize)> = (0..bytes.len())
            .filter(|&i| {
                (bytes[i].is_ascii_uppercase() || bytes[i].is_ascii_digit())
                    && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            })
            .map(|i| (i, word_end(bytes, i)))
            .collect();
        assert_eq!(
            opening_words(bytes, &classes(bytes)).collect::<Vec<_>>(),
            naive
        );
        // "March 2025" crosses the first 64 bytes, "Decembers" ends the text.
        assert!(naive.iter().any(|&(s, e)| s < 64 && e > 64));
        assert_eq!(naive.last().map(|&(_, e)| e), Some(text.len()));
    }

    fn windows(text: &str, today: Date) -> Vec<(String, String)> {
        find(text, today)
            .into_iter()
            .map(|m| (m.window.from.to_string(), m.window.to.to_string()))
            .collect()
    }

    #[test]
    fn table_of_forms() {
        let today = date!(2025 - 12 - 15);
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "detected overnight between Thursday, December 11, and Friday, December 12",
                &[("2025-12-11", "2025-12-12")],
            ),
            ("on Dec. 31 the district", &[("2024-12-31", "2024-12-31")]),
            (
                "confirmed on 3 February 2025",
                &[("2025-02-03", "2025-02-03")],
            ),
            (
                "In April, France attributed",
                &[("2025-04-01", "2025-04-30")],
            ),
            (
                "Since 2021, APT28 targeted",
                &[("2021-01-01", "2025-12-15")],
            ),
            (
                "In July 2025, Sygnia disclosed",
                &[("2025-07-01", "2025-07-31")],
            ),
            // A year inside a noun phrase naming a deed dates it; one naming anything else
            // (a report, a guide) does not.
            (
                "since the 2024 theft of cryptocurrency",
                &[("2024-01-01", "2024-12-31")],
            ),
            (
                "its 2021 ransomware attack on",
                &[("2021-01-01", "2021-12-31")],
            ),
            (
                "a 2019 supply-chain campaign",
                &[("2019-01-01", "2019-12-31")],
            ),
            (
                "the 2024 annual report said",
                &[("2024-01-01", "2024-12-31")],
            ),
            // A decade after a preposition of time, whole or in part; not one that
            // describes a thing, nor one to come.
            (
                "hit restaurant chains in the late 2010s",
                &[("2016-01-01", "2019-12-31")],
            ),
            ("during the 1990s", &[("1990-01-01", "1999-12-31")]),
            (
                "have run skimmers since the mid-2010s",
                &[("2013-01-01", "2025-12-15")],
            ),
            ("in the early 2020s", &[("2020-01-01", "2023-12-31")]),
            // A part of a year after a preposition of time narrows it.
            (
                "defaced controllers in late 2023",
                &[("2023-09-01", "2023-12-31")],
            ),
            ("in mid-2024 the gang", &[("2024-05-01", "2024-08-31")]),
            ("active since early 2021", &[("2021-01-01", "2025-12-15")]),
            ("a late 2023 report", &[]),
            ("to replace the 1950s roof", &[]),
            ("in the 2030s", &[]),
            // A Title Case headline drops the article and capitalises the deed.
            (
                "Chief Resigns Over 2024 Intrusion",
                &[("2024-01-01", "2024-12-31")],
            ),
            ("the 2024 annual meeting", &[]),
            ("the 2024, attack", &[]),
            ("the 2030 attack", &[]),
            ("you may go", &[]),
            ("the March of time", &[]),
        ];
        for (text, want) in cases {
            let got = windows(text, today);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn impossible_dates_are_skipped() {
        assert!(find("on February 30 2024", date!(2025 - 01 - 01)).is_empty());
    }
}
