//! Dates in news text: "December 11", "Thursday, Dec. 11", "3 February 2025", "in April",
//! "since 2021", "between ... and ...", with the year inferred from the scrape time.

use time::{Date, Month};

use crate::model::{DateWindow, Span};

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

const MONTHS: &[(&str, Month)] = &[
    ("january", Month::January),
    ("february", Month::February),
    ("march", Month::March),
    ("april", Month::April),
    ("may", Month::May),
    ("june", Month::June),
    ("july", Month::July),
    ("august", Month::August),
    ("september", Month::September),
    ("october", Month::October),
    ("november", Month::November),
    ("december", Month::December),
    ("jan", Month::January),
    ("feb", Month::February),
    ("mar", Month::March),
    ("apr", Month::April),
    ("jun", Month::June),
    ("jul", Month::July),
    ("aug", Month::August),
    ("sep", Month::September),
    ("sept", Month::September),
    ("oct", Month::October),
    ("nov", Month::November),
    ("dec", Month::December),
];

#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

/// ASCII words: every date form is ASCII, and a byte loop is several times faster than
/// decoding characters. Other bytes separate words (never splitting a character: a word is
/// a run of ASCII bytes).
fn words(text: &str) -> Vec<Word<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 6);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            out.push(Word {
                text: &text[start..i],
                start,
                end: i,
            });
        } else {
            i += 1;
        }
    }
    out
}

fn month(word: &str) -> Option<Month> {
    MONTHS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, m)| m)
}

fn day(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !(suffix.is_empty()
        || ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(suffix)))
    {
        return None;
    }
    digits.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4)
        .then(|| word.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1990..=2100).contains(y))
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

/// Every date in `text`, in order; `today` is the scrape date. Linear in the text.
pub(crate) fn find(text: &str, today: Date) -> Vec<DateMention> {
    let w = words(text);
    let mut out: Vec<DateMention> = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let found = mention_at(&w, i, today);
        match found {
            Some((m, next)) => {
                out.push(m);
                i = next;
            }
            None => i += 1,
        }
    }
    join_between(text, out)
}

fn mention_at(w: &[Word<'_>], i: usize, today: Date) -> Option<(DateMention, usize)> {
    let word = w[i];
    // Every form starts with a capitalised month or a number.
    if !word
        .text
        .starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return None;
    }
    if let Some(m) = month(word.text) {
        // "May" and "March" are words too: a month needs a day, a year, or "in" before it.
        let capital = word.text.starts_with(char::is_uppercase);
        if let Some(d) = w.get(i + 1).and_then(|n| day(n.text)).filter(|_| capital) {
            let (y, end, next) = match w.get(i + 2).and_then(|n| year(n.text)) {
                Some(y) => (Some(y), w[i + 2].end, i + 3),
                None => (None, w[i + 1].end, i + 2),
            };
            let date = match y {
                Some(y) => Date::from_calendar_date(y, m, d).ok()?,
                None => infer(m, d, today)?,
            };
            let span = Span::new(word.start, end);
            return Some((day_mention(span, date), next));
        }
        if let Some(y) = w.get(i + 1).and_then(|n| year(n.text)).filter(|_| capital) {
            let span = Span::new(word.start, w[i + 1].end);
            let window = month_window(y, m)?;
            return Some((
                DateMention {
                    span,
                    window,
                    precision: Precision::Month,
                    since: false,
                },
                i + 2,
            ));
        }
        let after_in = i > 0 && w[i - 1].text.eq_ignore_ascii_case("in") && capital;
        if after_in {
            let y = if m > today.month() {
                today.year() - 1
            } else {
                today.year()
            };
            let window = month_window(y, m)?;
            return Some((
                DateMention {
                    span: Span::new(word.start, word.end),
                    window,
                    precision: Precision::Month,
                    since: false,
                },
                i + 1,
            ));
        }
        return None;
    }
    if let (Some(d), Some(m)) = (day(word.text), w.get(i + 1).and_then(|n| month(n.text))) {
        // "3 February 2025", "7 May".
        if !w[i + 1].text.starts_with(char::is_uppercase) {
            return None;
        }
        let (date, end, next) = match w.get(i + 2).and_then(|n| year(n.text)) {
            Some(y) => (Date::from_calendar_date(y, m, d).ok()?, w[i + 2].end, i + 3),
            None => (infer(m, d, today)?, w[i + 1].end, i + 2),
        };
        return Some((day_mention(Span::new(word.start, end), date), next));
    }
    if let Some(y) = year(word.text) {
        let before = if i > 0 { w[i - 1].text } else { "" };
        let since = before.eq_ignore_ascii_case("since");
        if since || before.eq_ignore_ascii_case("in") {
            let from = Date::from_calendar_date(y, Month::January, 1).ok()?;
            let to = if since {
                today
            } else {
                Date::from_calendar_date(y, Month::December, 31).ok()?
            };
            if from > today {
                return None;
            }
            let span = Span::new(w[i - 1].start, word.end);
            return Some((
                DateMention {
                    span,
                    window: DateWindow { from, to },
                    precision: Precision::Year,
                    since,
                },
                i + 1,
            ));
        }
    }
    None
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
