//! Sentence boundaries in news text, robust to abbreviations ("U.S.", "Dr.", "Aug. 12").

use crate::model::Span;

/// [`split_into`] a new vector.
#[cfg(test)]
pub(crate) fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    split_into(text, &mut out);
    out
}

/// Splits `text` into sentences, into `out` (cleared first: a buffer reused from text to
/// text); each span is relative to `text` and trimmed of surrounding whitespace. Linear in the
/// length of `text`.
pub(crate) fn split_into(text: &str, out: &mut Vec<Span>) {
    out.clear();
    let bytes = text.as_bytes();
    // News sentences run to about 120 bytes: room for most articles at once.
    out.reserve((text.len() / 96).min(1024));
    let mut start = skip_space(bytes, 0);
    let mut i = start;
    // Only line feeds and terminators can end a sentence: the loop jumps between them. The
    // next line feed is remembered while ahead, so text without one is searched once.
    let mut line_feed: Option<usize> = None;
    loop {
        let feed = match line_feed {
            Some(at) if at >= i => at,
            _ => memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n),
        };
        line_feed = Some(feed);
        i = memchr::memchr3(b'.', b'!', b'?', &bytes[i..feed]).map_or(feed, |n| i + n);
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        if b == b'\n' {
            // Paragraph breaks always end a sentence.
            push(out, bytes, start, i);
            start = skip_space(bytes, i + 1);
            i = start;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // A run of terminators ("?.", "...") and closing quotes or brackets stays with
            // the sentence it ends.
            while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?') {
                end += 1;
            }
            end = skip_closers(text, end);
            if end < bytes.len()
                && bytes[end].is_ascii_whitespace()
                && opens_sentence(text, skip_space(bytes, end))
                && !(b == b'.' && is_abbreviation(text, i))
            {
                push(out, bytes, start, end);
                start = skip_space(bytes, end);
                i = start;
                continue;
            }
            i = end;
            continue;
        }
    }
    push(out, bytes, start, bytes.len());
}

fn push(out: &mut Vec<Span>, bytes: &[u8], start: usize, end: usize) {
    let mut end = end;
    while end > start && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end > start {
        out.push(Span::new(start, end));
    }
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Skips closing quotes and brackets (ASCII and typographic) after a terminator.
fn skip_closers(text: &str, mut i: usize) -> usize {
    while let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
        if matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}') {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// Whether a sentence can start at `i`: an upper-case letter, a digit, or an opening quote.
fn opens_sentence(text: &str, i: usize) -> bool {
    match text.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '\'' | '(' | '[' | '\u{201c}' | '\u{2018}')
        }
        None => false,
    }
}

/// Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let bytes = text.as_bytes();
    // Abbreviations are short: look back a few bytes only, so a run of "a.a.a." stays linear.
    let floor = dot.saturating_sub(12);
    let mut start = dot;
    while start > floor
        && (bytes[start - 1].is_ascii_alphabetic()
            || bytes[start - 1] == b'.'
            || bytes[start - 1] == b'\'')
    {
        start -= 1;
    }
    let word = &text[start..dot];
    if word.is_empty() {
        return false;
    }
    // A single capital is an initial ("J. Smith"), and dotted capitals an acronym
    // ("U.S", "N.K").
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return true;
    }
    if word.contains('.') && word.split('.').all(|part| part.len() == 1) {
        return true;
    }
    // The word is at most twelve bytes (see `floor`).
    let mut buf = [0u8; 12];
    let lower = &mut buf[..word.len()];
    for (low, b) in lower.iter_mut().zip(word.bytes()) {
        *low = b.to_ascii_lowercase();
    }
    abbreviation(lower)
}

/// Words that end with a full stop without ending a sentence, in lower case. A `match` on
/// the word compiles to a few comparisons of its length and bytes.
fn abbreviation(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"a.m"
            | b"approx"
            | b"apr"
            | b"aug"
            | b"capt"
            | b"co"
            | b"col"
            | b"corp"
            | b"dec"
            | b"dept"
            | b"dr"
            | b"e.g"
            | b"est"
            | b"etc"
            | b"feb"
            | b"fig"
            | b"ft"
            | b"gen"
            | b"gov"
            | b"gov't"
            | b"i.e"
            | b"inc"
            | b"jan"
            | b"jr"
            | b"jul"
            | b"jun"
            | b"lt"
            | b"ltd"
            | b"mar"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"mt"
            | b"n.k"
            | b"no"
            | b"nos"
            | b"nov"
            | b"oct"
            | b"p.m"
            | b"prof"
            | b"rep"
            | b"sen"
            | b"sep"
            | b"sept"
            | b"sgt"
            | b"sr"
            | b"st"
            | b"u.k"
            | b"u.s"
            | b"vs"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_at_full_stops_before_capitals() {
        assert_eq!(
            sentences("One here. Two there! Three?"),
            ["One here.", "Two there!", "Three?"]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        let cases = [
            ("Data from the U.S. and allies. Next.", 2),
            ("Hit on Aug. 12 by hackers. Next.", 2),
            ("Minister J. Smith said so. Next.", 2),
            ("Dr. Smith spoke. Next.", 2),
            ("Version 2.5 was hit. Next.", 2),
            ("N.Korean hackers target users. Next.", 2),
        ];
        for (text, n) in cases {
            assert_eq!(split(text).len(), n, "{text}");
        }
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("He said \"it was bad.\" Then left."),
            ["He said \"it was bad.\"", "Then left."]
        );
    }

    #[test]
    fn question_then_stop_is_one_terminator() {
        assert_eq!(
            sentences("A situation?. Next one."),
            ["A situation?.", "Next one."]
        );
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in ["", ".", " . . ", "é. É. ü", "\u{202e}. \u{0301}A.", "\0.\0"] {
            for s in split(text) {
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
}
