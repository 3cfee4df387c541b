//! Words of a text, for the scanners that look for names and cue phrases only where a word
//! starts.
//!
//! A word is a maximal run of alphanumeric characters (Unicode's): a hyphen, an apostrophe or
//! a stop ends one. Upper or lower case and hyphens folded to spaces keep every word where it
//! was, so the same walk reads a text and its folded copy alike.

/// The words of a text as byte ranges, in order.
#[derive(Clone)]
pub(crate) struct Words<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Words<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Words { bytes, pos: 0 }
    }

    /// Goes on from byte `pos` (a match's end): from there if no word runs across it, else
    /// from the end of the word it splits.
    pub(crate) fn resume_at(&mut self, pos: usize) {
        self.pos = if pos > 0 && pos < self.bytes.len() && alnum_before(self.bytes, pos) {
            word_end(self.bytes, pos)
        } else {
            pos
        };
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.bytes;
        let mut i = self.pos;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() && !b.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let end = word_end(bytes, i);
            if end == i {
                i += char_width(bytes, i);
                continue;
            }
            self.pos = end;
            return Some((i, end));
        }
        self.pos = bytes.len();
        None
    }
}

/// The end of the run of alphanumeric characters starting at byte `i` of `bytes` (`i` when
/// none starts there).
#[inline(always)]
pub(crate) fn word_end(bytes: &[u8], i: usize) -> usize {
    let mut j = i;
    loop {
        while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j >= bytes.len() || bytes[j].is_ascii() || !alnum_at(bytes, j) {
            return j;
        }
        j += char_width(bytes, j);
    }
}

/// Whether the character starting at byte `i` is alphanumeric.
fn alnum_at(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i..(i + char_width(bytes, i)).min(bytes.len()))
        .and_then(|c| std::str::from_utf8(c).ok())
        .and_then(|c| c.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// Whether the character ending just before byte `i` is alphanumeric.
fn alnum_before(bytes: &[u8], i: usize) -> bool {
    let b = bytes[i - 1];
    if b.is_ascii() {
        return b.is_ascii_alphanumeric();
    }
    // Back up over continuation bytes to the character's first byte (at most three).
    let start = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| bytes[k] & 0xC0 != 0x80)
        .unwrap_or(i - 1);
    alnum_at(bytes, start) && start + char_width(bytes, start) == i
}

/// The width of the UTF-8 character starting at byte `i` (1 for a byte that starts none).
pub(crate) fn char_width(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// The first `N` (at most 8) bytes of `bytes[start..end]`, zero past its end, as a
/// little-endian number: one unaligned load where the text allows (a byte-wise copy into a
/// buffer read back whole stalls the load).
#[inline(always)]
pub(crate) fn head<const N: usize>(bytes: &[u8], start: usize, end: usize) -> u64 {
    let n = (end - start).min(N);
    let eight = match bytes.get(start..start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => {
            let mut key = [0u8; 8];
            key[..n].copy_from_slice(&bytes[start..start + n]);
            u64::from_le_bytes(key)
        }
    };
    if n >= 8 {
        eight
    } else {
        eight & ((1u64 << (8 * n)) - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Words::new(text.as_bytes())
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        assert_eq!(words("APT-28's «café» x"), ["APT", "28", "s", "café", "x"]);
        assert_eq!(words("  "), Vec::<&str>::new());
        assert_eq!(words("a\u{200F}b—c"), ["a", "b", "c"]);
    }

    #[test]
    fn resuming_inside_a_word_skips_its_rest() {
        let text = "exfiltrated data";
        let mut w = Words::new(text.as_bytes());
        w.resume_at(9);
        assert_eq!(w.next(), Some((12, 16)));
        let mut w = Words::new("U.S.A".as_bytes());
        w.resume_at(4);
        assert_eq!(w.next(), Some((4, 5)));
        let mut w = Words::new("éé b".as_bytes());
        w.resume_at(2);
        assert_eq!(w.next(), Some((5, 6)));
    }

    #[test]
    fn heads_are_masked_to_the_word() {
        let text = b"ab cdefghijk";
        assert_eq!(
            head::<4>(text, 0, 2),
            u64::from_le_bytes(*b"ab\0\0\0\0\0\0")
        );
        assert_eq!(head::<4>(text, 3, 12), u64::from_le_bytes(*b"cdef\0\0\0\0"));
        assert_eq!(
            head::<7>(text, 9, 12),
            u64::from_le_bytes(*b"ijk\0\0\0\0\0")
        );
        assert_eq!(head::<8>(text, 3, 12), u64::from_le_bytes(*b"cdefghij"));
    }
}
