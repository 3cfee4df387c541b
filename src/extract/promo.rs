//! Sponsored blocks appended to a body: page debris, kept in the record, never mined.
//!
//! A promotional block is a run of sentences at the end of the body that speak to the reader
//! ("your business"), give orders ("Break down ...", "Download ..."), or sell ("practical
//! guide", "webinar"), with at least one selling cue among them.

use crate::model::Span;

use super::cues::{Cue, CueHit};

/// The start of the promotional block at the end of `text`, if any: `sentences` are the
/// sentence spans of `text`, `cues` its cue hits (both in order).
pub(crate) fn detect(text: &str, sentences: &[Span], cues: &[CueHit]) -> Option<usize> {
    let mut start = None;
    let mut sold = false;
    for s in sentences.iter().rev() {
        let sentence = &text[s.start..s.end];
        let first = cues.partition_point(|c| c.span.start < s.start);
        let selling = cues[first..]
            .iter()
            .take_while(|c| c.span.start < s.end)
            .any(|c| c.cue == Cue::Promo);
        if !(selling || addresses_reader(sentence) || is_imperative(sentence)) {
            break;
        }
        sold |= selling;
        start = Some(s.start);
    }
    start.filter(|_| sold)
}

fn addresses_reader(sentence: &str) -> bool {
    // "you" and "your" spell "you": a sentence without it (most) is passed without reading
    // its words, found from its y's.
    let bytes = sentence.as_bytes();
    let spells_you = memchr::memchr2_iter(b'y', b'Y', bytes).any(|i| {
        bytes
            .get(i + 1..i + 3)
            .is_some_and(|ou| ou.eq_ignore_ascii_case(b"ou"))
    });
    spells_you
        && sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("your") || w.eq_ignore_ascii_case("you"))
        && !sentence.contains('"')
        && !sentence.contains('\u{201c}')
}

fn is_imperative(sentence: &str) -> bool {
    let first = sentence
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    super::vocabulary::holds("imperatives", first)
}

#[cfg(test)]
mod tests {
    use super::super::{cues, sentences};
    use super::*;

    fn promo(text: &str) -> Option<&str> {
        let s = sentences::split(text);
        detect(text, &s, &cues::find(text)).map(|i| &text[i..])
    }

    #[test]
    fn finds_a_trailing_advert() {
        let text = "Hackers hit the ministry. Officials said so. Break down silos like Acme \
                    and Initech. This practical guide covers what good looks like.";
        assert_eq!(
            promo(text),
            Some(
                "Break down silos like Acme and Initech. This practical guide covers what good looks like."
            )
        );
    }

    #[test]
    fn news_is_not_an_advert() {
        assert_eq!(promo("Hackers hit the ministry. Officials said so."), None);
        // Speaking to the reader without selling is not enough.
        assert_eq!(
            promo("Hackers hit the ministry. Check your accounts."),
            None
        );
    }

    #[test]
    fn quoted_speech_to_the_reader_is_news() {
        assert_eq!(
            promo("Hackers hit it. \"Protect your data,\" the minister said."),
            None
        );
    }
}
