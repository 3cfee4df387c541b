//! Where indicators can be, found without reading every byte: most news articles have none, and
//! the search must cost them little.
//!
//! Every indicator holds one of a few marks, or is a long run of letters and digits:
//!
//! | what | found by |
//! |---|---|
//! | `.` `:` `@` (hosts, addresses, URLs, MACs, e-mail) | `memchr3` |
//! | `/` `\` (paths, registry keys, CIDR) | `memchr2` |
//! | `-` between hex pairs (`00-1a-2b-...` MACs) | `memchr`, then four bytes tested |
//! | `AS` before a digit or `N` (ASNs) | `memmem` |
//! | 25 letters or digits in a row (hashes, bitcoin addresses) | bit masks of 64 bytes at a time ([`LongRun`]) |
//!
//! Each search runs ahead once and is asked again only when the scan passes its last find, so
//! each reads a byte at most once (the masks reread at most the 88 bytes after a find).

use memchr::memmem;

use crate::words::Classes;

/// The next occurrence of one of up to three bytes, searched again only once `pos` passes it.
pub(super) struct NextByte {
    needles: [u8; 3],
    count: u8,
    at: Option<usize>,
}

impl NextByte {
    pub(super) fn new(needles: &[u8]) -> Self {
        let mut n = [0u8; 3];
        n[..needles.len()].copy_from_slice(needles);
        NextByte {
            needles: n,
            count: u8::try_from(needles.len()).expect("at most three needles"),
            at: None,
        }
    }

    /// The first occurrence at or after `pos`, or the length of `bytes`.
    pub(super) fn from(&mut self, bytes: &[u8], pos: usize) -> usize {
        match self.at {
            Some(at) if at >= pos => at,
            _ => {
                let [a, b, c] = self.needles;
                let hay = bytes.get(pos..).unwrap_or_default();
                let found = match self.count {
                    1 => memchr::memchr(a, hay),
                    2 => memchr::memchr2(a, b, hay),
                    _ => memchr::memchr3(a, b, c, hay),
                };
                let at = found.map_or(bytes.len(), |n| pos + n);
                self.at = Some(at);
                at
            }
        }
    }
}

/// The length of a run that may be a hash or a bitcoin address.
pub(super) const LONG_RUN: usize = 25;

/// The next run of [`LONG_RUN`] ASCII letters or digits, searched again only once `pos`
/// passes it.
///
/// Prose is nearly all letters, so testing bytes one by one (or probing every 25th and reading
/// the word it lands in) pays a branch per word. Instead each 64 bytes become a bit mask of
/// their letters and digits, and a few shifts of two masks together find where 25 set bits in
/// a row start.
///
/// Where the word pass has classified the text's bytes already ([`Classes`]), the masks are
/// read from its classes rather than made again.
struct LongRun<'c> {
    at: Option<usize>,
    classes: Option<&'c [Classes]>,
}

impl LongRun<'_> {
    /// Where the first run of [`LONG_RUN`] letters or digits within `bytes[pos..]` starts, or
    /// the length of `bytes`.
    fn from(&mut self, bytes: &[u8], pos: usize) -> usize {
        match self.at {
            Some(at) if at >= pos => at,
            _ => {
                let at = first_long_run(bytes, pos, self.classes);
                self.at = Some(at);
                at
            }
        }
    }
}

fn first_long_run(bytes: &[u8], pos: usize, classes: Option<&[Classes]>) -> usize {
    let chunk = |from: usize| match classes {
        Some(classes) => alphanumeric_at(classes, bytes.len(), from),
        None => alphanumeric_mask(bytes.get(from..).unwrap_or_default()),
    };
    let mut base = pos;
    let mut low = chunk(base);
    while base < bytes.len() {
        let high = chunk(base + 64);
        // Bit i: bytes `base + i ..` hold 1, 2, 4, 8, 16, then 25 letters or digits in a row.
        // The 64 starts of `low` are known: a run starting there ends within `high`.
        let mut run = u128::from(high) << 64 | u128::from(low);
        run &= run >> 1;
        run &= run >> 2;
        run &= run >> 4;
        run &= run >> 8;
        run &= run >> (LONG_RUN - 16);
        let starts = run as u64;
        if starts != 0 {
            return base + starts.trailing_zeros() as usize;
        }
        base += 64;
        low = high;
    }
    bytes.len()
}

/// Bit i set when byte i of `bytes` (of its first 64) is an ASCII letter or digit.
#[inline(always)]
fn alphanumeric_mask(bytes: &[u8]) -> u64 {
    // A byte per byte, in a loop the compiler runs on vectors, then eight at a time gathered
    // into bits by a multiplication.
    let mut flags = [0u8; 64];
    for (f, b) in flags.iter_mut().zip(bytes) {
        *f = u8::from(b.is_ascii_alphanumeric());
    }
    let mut mask = 0;
    for (j, eight) in flags.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        mask |= (x.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * j);
    }
    mask
}

/// [`alphanumeric_mask`] of the bytes from `from` of a text of `len` bytes, read from the
/// [`Classes`] of each 64 bytes of the text (or of a longer text it starts).
fn alphanumeric_at(classes: &[Classes], len: usize, from: usize) -> u64 {
    let chunk = |c: usize| {
        let base = c * 64;
        // Bytes past the text are none of its own.
        let within = match len.saturating_sub(base) {
            0 => 0,
            n if n >= 64 => !0,
            n => (1u64 << n) - 1,
        };
        classes.get(c).map_or(0, |k| k.alphanumeric()) & within
    };
    let (c, shift) = (from / 64, from % 64);
    if shift == 0 {
        chunk(c)
    } else {
        chunk(c) >> shift | chunk(c + 1) << (64 - shift)
    }
}

/// The positions worth a look, in order (see the module docs).
pub(super) struct Candidates<'b> {
    bytes: &'b [u8],
    marks: NextByte,
    slashes: NextByte,
    dashes: NextByte,
    long_run: LongRun<'b>,
    asn: memmem::FindIter<'b, 'static>,
    /// The next "AS" not yet passed, or the length of the text.
    next_asn: usize,
}

impl<'b> Candidates<'b> {
    /// The candidates of `bytes`, whose [`Classes`] may be known (they may run on past it).
    pub(super) fn new(bytes: &'b [u8], classes: Option<&'b [Classes]>) -> Self {
        // Built once: a searcher built per article cost more than most articles' search.
        static AS: std::sync::OnceLock<memmem::Finder<'static>> = std::sync::OnceLock::new();
        let mut asn = AS
            .get_or_init(|| memmem::Finder::new("AS"))
            .find_iter(bytes);
        let next_asn = asn.next().unwrap_or(bytes.len());
        Candidates {
            bytes,
            marks: NextByte::new(b".:@"),
            slashes: NextByte::new(b"/\\"),
            dashes: NextByte::new(b"-"),
            long_run: LongRun { at: None, classes },
            asn,
            next_asn,
        }
    }

    /// The first position at or after `pos` where an indicator may be, or `None`.
    pub(super) fn next(&mut self, pos: usize) -> Option<usize> {
        let b = self.bytes;
        let n = b.len();
        let mut best = self.marks.from(b, pos).min(self.slashes.from(b, pos));
        // A dash between hex pairs: "00-1a-2b".
        let mut dash = pos;
        loop {
            dash = self.dashes.from(b, dash);
            if dash >= best {
                break;
            }
            let hex = |k: usize| b.get(k).is_some_and(u8::is_ascii_hexdigit);
            if b.get(dash + 3) == Some(&b'-')
                && hex(dash + 1)
                && hex(dash + 2)
                && dash > 0
                && hex(dash - 1)
            {
                best = dash;
                break;
            }
            dash += 1;
        }
        // "AS13335", "ASN4134", "ASN 4134".
        if self.next_asn < pos {
            self.next_asn = self.asn.find(|&k| k >= pos).unwrap_or(n);
        }
        while self.next_asn < best {
            let at = self.next_asn;
            let after = b.get(at + 2).copied().unwrap_or(b' ');
            let open = at == 0 || !b[at - 1].is_ascii_alphanumeric();
            if open && (after.is_ascii_digit() || after == b'N') {
                best = at;
                break;
            }
            self.next_asn = self.asn.next().unwrap_or(n);
        }
        // A long run of letters and digits: from any byte of it the reader takes the same
        // token, so its start stands for it.
        best = best.min(self.long_run.from(b, pos));
        (best < n).then_some(best)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_runs_are_found_where_they_start() {
        let run = "a1".repeat(13);
        for lead in [0, 1, 39, 63, 64, 100] {
            let text = format!("{} {run} x", &"ab cd ".repeat(20)[..lead]);
            let start = lead + 1;
            let bytes = text.as_bytes();
            for classes in [None, Some(&classes(bytes)[..])] {
                assert_eq!(first_long_run(bytes, 0, classes), start, "{lead}");
                // From inside the run, what is left of it still counts when 25 long.
                assert_eq!(first_long_run(bytes, start + 1, classes), start + 1);
                assert_eq!(first_long_run(bytes, start + 2, classes), text.len());
            }
        }
        let short = format!("{} {}", "b".repeat(24), "c".repeat(24));
        assert_eq!(first_long_run(short.as_bytes(), 0, None), short.len());
        assert_eq!(first_long_run(b"", 0, None), 0);
    }

    fn classes(bytes: &[u8]) -> Vec<Classes> {
        let (mut words, mut classes) = (Vec::new(), Vec::new());
        crate::words::list_into(bytes, &mut words, &mut classes);
        classes
    }

    #[test]
    fn masks_from_classes_are_the_masks_of_the_bytes() {
        let text = format!("{}é{}", "ab1 C-d".repeat(30), "x9Y".repeat(40));
        let bytes = text.as_bytes();
        let classes = classes(bytes);
        for len in [0, 1, 63, 64, 65, 200, bytes.len()] {
            for from in (0..=len).step_by(7).chain([len]) {
                assert_eq!(
                    alphanumeric_at(&classes, len, from),
                    alphanumeric_mask(&bytes[from..len]),
                    "{len} {from}"
                );
            }
        }
    }
}
