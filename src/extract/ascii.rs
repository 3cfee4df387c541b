//! Comparisons of byte strings that ignore ASCII case, in place: the cue lists are ASCII, and
//! a lower-case copy per comparison was the most frequent allocation of an extraction.

/// Whether `hay` starts with `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ignore_ascii_case(hay: &[u8], prefix: &[u8]) -> bool {
    hay.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

/// Whether `hay` holds `needle`, ignoring ASCII case. For short needles.
pub(crate) fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let Some(last_start) = hay.len().checked_sub(needle.len()) else {
        return false;
    };
    // Asked of whole sentences too: the places that start as the needle does (in either case)
    // are found by a vectorised search, and only there is the rest compared, where comparing
    // a window at every byte cost several instructions a byte.
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        &hay[..=last_start],
    )
    .any(|at| hay[at + 1..at + needle.len()].eq_ignore_ascii_case(rest))
}

/// Where `needle` (not empty) starts in `hay`, overlapping occurrences included: at each of
/// its first byte, found by a vectorised search, where the rest is compared. For a needle
/// searched for once (a word in one article): building a `memmem` searcher for it cost more
/// than the search.
pub(crate) fn find_each<'h>(hay: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    let first = needle.first().copied();
    first
        .into_iter()
        .flat_map(move |first| memchr::memchr_iter(first, hay))
        .filter(move |&at| hay[at..].starts_with(needle))
}

/// Where `needle` starts in `hay`, the occurrences that do not overlap, leftmost first: what
/// `memchr::memmem::find_iter` reports (every offset for an empty needle), found as
/// [`find_each`] finds them. For a needle searched for once through an article: building a
/// `memmem` searcher for it cost more than the search.
pub(crate) fn find_apart<'h>(hay: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    let mut from = 0;
    std::iter::from_fn(move || {
        if from > hay.len() {
            return None;
        }
        let Some(&first) = needle.first() else {
            from += 1;
            return Some(from - 1);
        };
        let mut at = from;
        loop {
            at += memchr::memchr(first, &hay[at..])?;
            if hay[at..].starts_with(needle) {
                from = at + needle.len();
                return Some(at);
            }
            at += 1;
        }
    })
}

/// The pieces of `s` between single spaces (`str::split(' ')`, empty ones included), each with
/// the byte offset where it starts in `s`.
pub(crate) fn split_space_at(s: &str) -> impl Iterator<Item = (usize, &str)> {
    split_space(s).scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    })
}

/// `hay.find(needle)` for a needle of a few bytes in a window of a few dozen ([`find_each`]):
/// `str::find` sets up a two-way searcher at each call, which cost more than the search.
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    debug_assert!(!needle.is_empty());
    find_each(hay.as_bytes(), needle.as_bytes()).next()
}

/// `hay.rfind(needle)` likewise ([`find_str`]): the last of the needle's first byte, found by a
/// reverse vectorised search, where the rest is compared.
pub(crate) fn rfind_str(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    memchr::memrchr_iter(first, hay).find(|&at| hay[at..].starts_with(needle))
}

/// `s.rfind([a, b])` for two ASCII bytes, by a byte scan (a char-set search decodes every
/// character).
pub(crate) fn rfind_either(s: &str, a: u8, b: u8) -> Option<usize> {
    debug_assert!(a.is_ascii() && b.is_ascii());
    memchr::memrchr2(a, b, s.as_bytes())
}

/// `s.split(c).next().unwrap_or(s)` for an ASCII byte `c`: what comes before its first `c`,
/// else the whole of `s`. A vectorised byte search: `str::split` sets up a char searcher.
pub(crate) fn before_byte(s: &str, c: u8) -> &str {
    debug_assert!(c.is_ascii());
    memchr::memchr(c, s.as_bytes()).map_or(s, |at| &s[..at])
}

/// `s.split([a, b]).next().unwrap_or(s)` for ASCII bytes ([`before_byte`]).
pub(crate) fn before_either(s: &str, a: u8, b: u8) -> &str {
    debug_assert!(a.is_ascii() && b.is_ascii());
    memchr::memchr2(a, b, s.as_bytes()).map_or(s, |at| &s[..at])
}

/// `s.split([a, b, c]).next().unwrap_or(s)` for ASCII bytes ([`before_byte`]).
pub(crate) fn before_any(s: &str, a: u8, b: u8, c: u8) -> &str {
    debug_assert!(a.is_ascii() && b.is_ascii() && c.is_ascii());
    memchr::memchr3(a, b, c, s.as_bytes()).map_or(s, |at| &s[..at])
}

/// A one in every byte of a `u64` read as eight bytes of text: times a byte, that byte in
/// every lane. The searches below, and the capital and space scans of the victim finder,
/// compare eight bytes at once with these.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a `u64`.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;
/// The low seven bits of every byte of a `u64`.
const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// The offset of the first `c` in `bytes`, for a byte most often a few bytes in (the space
/// after a word): eight bytes are compared at once in a register, where a vectorised search
/// cost a few dozen instructions to set up and a byte loop several a byte.
pub(crate) fn find_byte_near(bytes: &[u8], c: u8) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ (ONES * u64::from(c));
        // The high bit of each byte of `x` that is zero: a borrow runs up only from a zero
        // byte, so the lowest bit set is the first zero byte's, whatever the bytes above it.
        let zero = x.wrapping_sub(ONES) & !x & HIGHS;
        if zero != 0 {
            return Some(at + (zero.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == c)
        .map(|p| at + p)
}

/// The offset of the last `c` in `bytes`, for a byte most often a few bytes from the end (the
/// space before a word), eight bytes at a time as [`find_byte_near`].
pub(crate) fn rfind_byte_near(bytes: &[u8], c: u8) -> Option<usize> {
    let mut chunks = bytes.rchunks_exact(8);
    let mut end = bytes.len();
    for chunk in &mut chunks {
        end -= 8;
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ (ONES * u64::from(c));
        // The high bit of exactly the bytes of `x` that are zero (no carry crosses a byte,
        // unlike the borrow `find_byte_near` allows below the first): the highest is the last.
        let zero = !(((x & LOWS) + LOWS) | x | LOWS);
        if zero != 0 {
            return Some(end + 7 - (zero.leading_zeros() / 8) as usize);
        }
    }
    chunks.remainder().iter().rposition(|&b| b == c)
}

/// `s.trim_matches(|c: char| !c.is_ascii() || !keep(c as u8))` for a `keep` that holds only
/// for ASCII bytes: read as bytes, without decoding characters (every byte of another
/// character is trimmed as the character would be, and the first and last kept are ASCII, so
/// the slice is on character boundaries).
pub(crate) fn trim_to_ascii(s: &str, keep: impl Fn(u8) -> bool) -> &str {
    let b = s.as_bytes();
    let Some(start) = b.iter().position(|&c| keep(c)) else {
        return "";
    };
    let end = b
        .iter()
        .rposition(|&c| keep(c))
        .map_or(start, |last| last + 1);
    &s[start..end]
}

/// `s.trim_start()`, the ASCII white space read as bytes: only where another character
/// follows it is the rest trimmed by characters (most windows of text open on a word, which
/// `str::trim_start` decoded to tell).
pub(crate) fn trim_start_space(s: &str) -> &str {
    let b = s.as_bytes();
    let at = b
        .iter()
        .position(|&c| !matches!(c, b' ' | b'\t'..=b'\r'))
        .unwrap_or(b.len());
    if b.get(at).is_some_and(|c| !c.is_ascii()) {
        s[at..].trim_start()
    } else {
        &s[at..]
    }
}

/// `s.trim_end()`, read from the end as [`trim_start_space`] reads from the start.
pub(crate) fn trim_end_space(s: &str) -> &str {
    let b = s.as_bytes();
    let end = b
        .iter()
        .rposition(|&c| !matches!(c, b' ' | b'\t'..=b'\r'))
        .map_or(0, |last| last + 1);
    if end > 0 && !b[end - 1].is_ascii() {
        s[..end].trim_end()
    } else {
        &s[..end]
    }
}

/// The text after a possessive that opens `s` ("'s " or "’s "): "Norway's foreign ministry"
/// read after "Norway", "X's attack" after "X".
pub(crate) fn after_possessive(s: &str) -> Option<&str> {
    s.strip_prefix("'s ")
        .or_else(|| s.strip_prefix("\u{2019}s "))
}

/// Whether `hay` holds `needle` ([`find_each`]).
pub(crate) fn holds(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || find_each(hay, needle).next().is_some()
}

/// Whether `hay` ends with `suffix`, ignoring ASCII case.
pub(crate) fn ends_with_ignore_ascii_case(hay: &[u8], suffix: &[u8]) -> bool {
    hay.len() >= suffix.len() && hay[hay.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// `s.split(' ')`: the pieces of `s` between spaces, from the first (and from the last, as a
/// double-ended iterator, as `str::split` is). Each space is found by a byte search eight
/// bytes at a time ([`find_byte_near`]): `str::split` sets up a char searcher, whose scan reads
/// a word at a time, and the words of sentences and of the text around names are split so
/// many times per article.
pub(crate) fn split_space(s: &str) -> SplitSpace<'_> {
    SplitSpace { rest: Some(s) }
}

/// The iterator of [`split_space`].
#[derive(Clone)]
pub(crate) struct SplitSpace<'s> {
    /// What is left to split; `None` once the last piece is returned.
    rest: Option<&'s str>,
}

impl<'s> Iterator for SplitSpace<'s> {
    type Item = &'s str;

    fn next(&mut self) -> Option<&'s str> {
        let s = self.rest?;
        // The next space ends a word: a few bytes on, where a vectorised search cost more to
        // set up than it saved.
        match find_byte_near(s.as_bytes(), b' ') {
            Some(space) => {
                self.rest = Some(&s[space + 1..]);
                Some(&s[..space])
            }
            None => {
                self.rest = None;
                Some(s)
            }
        }
    }
}

impl<'s> DoubleEndedIterator for SplitSpace<'s> {
    fn next_back(&mut self) -> Option<&'s str> {
        let s = self.rest?;
        match rsplit_once_space(s) {
            Some((rest, piece)) => {
                self.rest = Some(rest);
                Some(piece)
            }
            None => {
                self.rest = None;
                Some(s)
            }
        }
    }
}

/// `s.find([a, b])` for ASCII bytes, by a vectorised byte search (a char-set search decodes
/// every character; an ASCII byte is never part of another character).
pub(crate) fn find_either(s: &str, a: u8, b: u8) -> Option<usize> {
    debug_assert!(a.is_ascii() && b.is_ascii());
    memchr::memchr2(a, b, s.as_bytes())
}

/// `s.find([a, b, c])` for ASCII bytes ([`find_either`]).
pub(crate) fn find_any(s: &str, a: u8, b: u8, c: u8) -> Option<usize> {
    debug_assert!(a.is_ascii() && b.is_ascii() && c.is_ascii());
    memchr::memchr3(a, b, c, s.as_bytes())
}

/// `s.contains(c)` for an ASCII byte `c` ([`find_either`]).
pub(crate) fn has_byte(s: &str, c: u8) -> bool {
    debug_assert!(c.is_ascii());
    memchr::memchr(c, s.as_bytes()).is_some()
}

/// `s.rfind(c)` for an ASCII byte `c` ([`find_either`]).
pub(crate) fn rfind_byte(s: &str, c: u8) -> Option<usize> {
    debug_assert!(c.is_ascii());
    memchr::memrchr(c, s.as_bytes())
}

/// `s.split_once(c)` for an ASCII byte `c`, by a vectorised byte search ([`before_byte`]).
pub(crate) fn split_once_byte(s: &str, c: u8) -> Option<(&str, &str)> {
    debug_assert!(c.is_ascii());
    let at = memchr::memchr(c, s.as_bytes())?;
    Some((&s[..at], &s[at + 1..]))
}

/// `s.rsplit(' ')`: the pieces of `s` between spaces, from the last. Each space is found by a
/// byte scan: `str::rsplit` sets up a char searcher at each call, and the words before a
/// name are split so for every name of every sentence. It is [`split_space`] read from the
/// back.
pub(crate) fn rsplit_space(s: &str) -> std::iter::Rev<SplitSpace<'_>> {
    split_space(s).rev()
}

/// `s.rsplit(' ').next()`: what follows the last space of `s`, else the whole of it.
pub(crate) fn last_word(s: &str) -> &str {
    rsplit_space(s).next().unwrap_or(s)
}

/// `s.rsplit_once(' ')`, by a byte scan ([`rsplit_space`]).
pub(crate) fn rsplit_once_space(s: &str) -> Option<(&str, &str)> {
    // The last word is short: its space is near the end.
    let space = rfind_byte_near(s.as_bytes(), b' ')?;
    Some((&s[..space], &s[space + 1..]))
}

/// Calls `f` with every slice of `hay` (every start, every end from it), for tests that
/// compare a word-at-a-time scan with a byte loop on every alignment and length.
#[cfg(test)]
pub(crate) fn each_sub_slice(hay: &[u8], mut f: impl FnMut(&[u8])) {
    for from in 0..hay.len() {
        for to in from..=hay.len() {
            f(&hay[from..to]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_byte_found_as_by_a_byte_loop() {
        each_sub_slice(
            b"ab cdefgh ijklmnopq\xe9 r\x80\xff\x01s\x00\x01 ",
            |bytes| {
                for c in [b' ', b'r', b's', 0x80, 0xff, 0x01, 0x00, b'z'] {
                    let first = bytes.iter().position(|&b| b == c);
                    assert_eq!(find_byte_near(bytes, c), first, "{c} in {bytes:?}");
                    let last = bytes.iter().rposition(|&b| b == c);
                    assert_eq!(rfind_byte_near(bytes, c), last, "{c} in {bytes:?}");
                }
            },
        );
    }

    #[test]
    fn possessive_read_in_either_apostrophe() {
        assert_eq!(
            after_possessive("'s foreign ministry"),
            Some("foreign ministry")
        );
        assert_eq!(after_possessive("\u{2019}s attack"), Some("attack"));
        assert_eq!(after_possessive("s attack"), None);
        assert_eq!(after_possessive("'sattack"), None);
    }

    #[test]
    fn trimmed_to_ascii_as_by_chars() {
        for s in [
            "",
            "-",
            "\"Acme,\"",
            "(x)",
            "café",
            "«Élan»",
            "a-b.",
            "—",
            "’s",
            "x’",
            "--a--",
        ] {
            assert_eq!(
                trim_to_ascii(s, |b| b.is_ascii_alphanumeric()),
                s.trim_matches(|c: char| !c.is_ascii_alphanumeric()),
                "{s:?}"
            );
            assert_eq!(
                trim_to_ascii(s, |b| b.is_ascii_alphanumeric() || b == b'-'),
                s.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-'),
                "{s:?}"
            );
        }
    }

    #[test]
    fn space_trimmed_as_by_chars() {
        for s in [
            "",
            " ",
            " \t\n\x0b\x0c\r",
            "a",
            "  a b  ",
            "\u{a0} a",
            "a \u{a0}",
            " \u{2009}x\u{3000} ",
            "é ",
            " é",
            "\u{85}",
            "x\u{1c} ",
            "\u{1f}y",
        ] {
            assert_eq!(trim_start_space(s), s.trim_start(), "{s:?}");
            assert_eq!(trim_end_space(s), s.trim_end(), "{s:?}");
        }
    }

    #[test]
    fn occurrences_overlap_and_need_the_whole_needle() {
        let found: Vec<usize> = find_each(b"abababa ab", b"aba").collect();
        assert_eq!(found, [0, 2, 4]);
        assert_eq!(find_each(b"abc", b"").count(), 0);
        assert!(holds(b"abc", b""));
        assert!(holds(b"x caf\xc3\xa9", "café".as_bytes()));
        assert!(!holds(b"ab", b"abc"));
    }

    #[test]
    fn holds_ignoring_case_as_every_window_compared() {
        for (hay, needle) in [
            (&b"Hackers EXPLOITED a flaw"[..], &b"exploit"[..]),
            (b"an exploi", b"exploit"),
            (b"exploit", b"exploit"),
            (b"Xexploit", b"Exploit"),
            (b"", b"a"),
            (b"ab", b"abc"),
            (b"China-Linked", b"-linked"),
            (b"a -linke", b"-linked"),
            (b"caf\xc3\xa9 \xc3\x89", b"\xc3\xa9 \xc3"),
            (b"aaab", b"aab"),
        ] {
            let windows = hay
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle));
            assert_eq!(
                contains_ignore_ascii_case(hay, needle),
                windows,
                "{needle:?} in {hay:?}"
            );
        }
    }

    #[test]
    fn occurrences_apart_are_those_memmem_reports() {
        for (hay, needle) in [
            (&b"abababa ab"[..], &b"aba"[..]),
            (b"aaaa", b"aa"),
            (b"Acme and Acme", b"Acme"),
            (b"abc", b""),
            (b"", b""),
            (b"", b"a"),
            (b"ab", b"abc"),
        ] {
            let apart: Vec<usize> = find_apart(hay, needle).collect();
            let memmem: Vec<usize> = memchr::memmem::find_iter(hay, needle).collect();
            assert_eq!(apart, memmem, "{needle:?} in {hay:?}");
        }
    }

    #[test]
    fn splits_as_str_split() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            " a  b ",
            "café au lait",
            "In other news, x",
            "a b c d",
        ] {
            assert!(split_space(s).eq(s.split(' ')), "{s:?}");
            assert!(split_space(s).rev().eq(s.split(' ').rev()), "{s:?}");
            // Taken from both ends at once, as a caller may.
            let (mut mine, mut std) = (split_space(s), s.split(' '));
            for k in 0..6 {
                if k % 2 == 0 {
                    assert_eq!(mine.next(), std.next(), "{s:?}");
                } else {
                    assert_eq!(mine.next_back(), std.next_back(), "{s:?}");
                }
            }
            for c in [b',', b' ', b':'] {
                assert_eq!(split_once_byte(s, c), s.split_once(char::from(c)), "{s:?}");
                assert_eq!(has_byte(s, c), s.contains(char::from(c)), "{s:?}");
                assert_eq!(rfind_byte(s, c), s.rfind(char::from(c)), "{s:?}");
            }
            assert_eq!(find_either(s, b' ', b','), s.find([' ', ',']), "{s:?}");
            assert_eq!(
                find_any(s, b' ', b',', b'u'),
                s.find([' ', ',', 'u']),
                "{s:?}"
            );
        }
    }

    #[test]
    fn finds_as_str_find_and_rfind() {
        for hay in [
            "",
            "to",
            " to ",
            "went to the office to work",
            "a to b to c to",
            " of the Ministry of Defence of ",
            "café to café",
            "  to  to",
        ] {
            for needle in [" to ", " of ", "to", " ", "é t", "zz"] {
                assert_eq!(
                    find_str(hay, needle),
                    hay.find(needle),
                    "{hay:?} {needle:?}"
                );
                assert_eq!(
                    rfind_str(hay, needle),
                    hay.rfind(needle),
                    "{hay:?} {needle:?}"
                );
            }
            assert_eq!(
                rfind_either(hay, b',', b';'),
                hay.rfind([',', ';']),
                "{hay:?}"
            );
        }
        for hay in ["a, b; c", "a; b, c", "é,", ";é", "none", "", "a.b", "é. x"] {
            assert_eq!(
                rfind_either(hay, b',', b';'),
                hay.rfind([',', ';']),
                "{hay:?}"
            );
            assert_eq!(
                Some(before_byte(hay, b',')),
                hay.split(',').next(),
                "{hay:?}"
            );
            assert_eq!(
                Some(before_either(hay, b'.', b';')),
                hay.split(['.', ';']).next(),
                "{hay:?}"
            );
            assert_eq!(
                Some(before_any(hay, b'.', b';', b',')),
                hay.split(['.', ';', ',']).next(),
                "{hay:?}"
            );
        }
    }

    #[test]
    fn splits_at_spaces_as_str_rsplit() {
        for s in [
            "",
            " ",
            "  ",
            "word",
            "two words",
            " leading",
            "trailing ",
            "a  double",
            "the breach of Acme’s network",
            "é è ",
        ] {
            let ours: Vec<&str> = rsplit_space(s).collect();
            let std: Vec<&str> = s.rsplit(' ').collect();
            assert_eq!(ours, std, "{s:?}");
            assert_eq!(last_word(s), s.rsplit(' ').next().unwrap_or(s), "{s:?}");
            assert_eq!(rsplit_once_space(s), s.rsplit_once(' '), "{s:?}");
        }
    }
}
