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
//! | 25 letters or digits in a row (hashes, bitcoin addresses) | a probe every 25 bytes: such a run covers one |
//!
//! Each search runs ahead once and is asked again only when the scan passes its last find, so
//! each reads a byte at most once; the probes read the words they land in.

use memchr::memmem;

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

/// The length of a run that may be a hash or a bitcoin address, and the probe's stride.
pub(super) const LONG_RUN: usize = 25;

/// The positions worth a look, in order (see the module docs).
pub(super) struct Candidates<'b> {
    bytes: &'b [u8],
    marks: NextByte,
    slashes: NextByte,
    dashes: NextByte,
    asn: memmem::FindIter<'b, 'static>,
    /// The next "AS" not yet passed, or the length of the text.
    next_asn: usize,
}

impl<'b> Candidates<'b> {
    pub(super) fn new(bytes: &'b [u8]) -> Self {
        let mut asn = memmem::find_iter(bytes, b"AS");
        let next_asn = asn.next().unwrap_or(bytes.len());
        Candidates {
            bytes,
            marks: NextByte::new(b".:@"),
            slashes: NextByte::new(b"/\\"),
            dashes: NextByte::new(b"-"),
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
        // A long run of letters and digits covers a multiple of the stride.
        let mut probe = pos.next_multiple_of(LONG_RUN);
        while probe < best {
            if b[probe].is_ascii_alphanumeric() {
                let run_start = b[pos..probe]
                    .iter()
                    .rposition(|c| !c.is_ascii_alphanumeric())
                    .map_or(pos, |k| pos + k + 1);
                let run_end = b[probe..]
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .map_or(n, |k| probe + k);
                if run_end - run_start >= LONG_RUN {
                    best = best.min(probe);
                    break;
                }
                probe = run_end.next_multiple_of(LONG_RUN);
            } else {
                probe += LONG_RUN;
            }
        }
        (best < n).then_some(best)
    }
}
