//! Words of a text, for the scanners that look for names and cue phrases only where a word
//! starts.
//!
//! A word is a maximal run of alphanumeric characters (Unicode's): a hyphen, an apostrophe or
//! a stop ends one. Upper or lower case and hyphens folded to spaces keep every word where it
//! was, so the same walk reads a text and its folded copy alike.

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, Match};

/// Text as the scanners read it: ASCII letters in lower case and hyphens as spaces, so
/// "APT-28" and "apt 28" read alike. Every byte maps to one byte, so offsets and words are
/// kept: the gazetteer's patterns and the technique phrases are folded so, and each article's
/// text once, for both.
pub(crate) fn fold_into(text: &str, out: &mut Vec<u8>) {
    out.clear();
    out.extend(text.bytes().map(|b| match b {
        b'-' => b' ',
        b => b.to_ascii_lowercase(),
    }));
}

/// `text.to_lowercase()` into `out` (cleared first: a buffer reused from text to text), if
/// lowering keeps every character's bytes where they were: each character's lower case is one
/// character as long, and no capital sigma (whose lower case depends on the letters around
/// it) is there. The lower case of a slice of `text` is then the same slice of `out`. False
/// (and `out` holds no lower case) otherwise.
///
/// `classes` are those of `text`'s bytes ([`list_into`]; they may run on past it): only the
/// non-ASCII bytes they mark are read.
pub(crate) fn lower_into(text: &str, classes: &[Classes], out: &mut String) -> bool {
    out.clear();
    out.push_str(text);
    out.make_ascii_lowercase();
    // Only the characters from U+00C0 on are read (those below have no lower case but
    // ASCII's), at their first byte: the rest was lowered above as bytes.
    let bytes = text.as_bytes();
    for (c, chunk) in classes.iter().enumerate() {
        let mut high = chunk.high;
        while high != 0 {
            let at = c * 64 + high.trailing_zeros() as usize;
            high &= high - 1;
            // A byte from 0xC3 on starts a character.
            if bytes.get(at).is_none_or(|&b| b < 0xc3) {
                continue;
            }
            let Some(c) = text[at..].chars().next() else {
                break;
            };
            // General Punctuation (the quotes and dashes of edited news) has no lower case.
            if ('\u{2000}'..='\u{206f}').contains(&c) {
                continue;
            }
            let width = c.len_utf8();
            let mut lowered = c.to_lowercase();
            match (lowered.next(), lowered.next()) {
                (Some(l), None) if l == c => {}
                (Some(l), None) if l.len_utf8() == width && c != 'Σ' => {
                    out.replace_range(at..at + width, l.encode_utf8(&mut [0; 4]));
                }
                _ => return false,
            }
        }
    }
    true
}

/// [`fold_into`] a new buffer.
pub(crate) fn fold(text: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len());
    fold_into(text, &mut bytes);
    bytes
}

/// The words of a text as byte ranges, in order.
pub(crate) struct Words<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Words<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Words { bytes, pos: 0 }
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

/// The words of `bytes` as byte ranges, in order: read once and shared by the scanners.
///
/// Equal to what [`Words`] reads, found faster. Each 64 bytes are classified at once into bit
/// masks, taking every non-ASCII byte for a letter; where runs of letters start and end is
/// read from the masks, without a branch per byte (a loop stepping to the end of each word
/// mispredicted its exit on nearly every word). Only runs that hold a non-ASCII byte are read
/// again, a character at a time.
pub(crate) fn list(bytes: &[u8]) -> Vec<(usize, usize)> {
    let (mut out, mut classes) = (Vec::new(), Vec::new());
    list_into(bytes, &mut out, &mut classes);
    out
}

/// [`list`] into `out`, and the [`Classes`] of each 64 bytes into `classes` (both cleared
/// first: buffers reused from text to text, see `extract::scratch`).
pub(crate) fn list_into(bytes: &[u8], out: &mut Vec<(usize, usize)>, classes: &mut Vec<Classes>) {
    out.clear();
    classes.clear();
    // News runs about six or seven bytes a word.
    out.reserve(bytes.len() / 6);
    classes.reserve(bytes.len().div_ceil(64));
    // Whether the byte before the chunk may be part of a word.
    let mut carry = 0u64;
    // The run being read: where it starts, and whether a non-ASCII byte was seen in it.
    let mut open: Option<(usize, bool)> = None;
    for (c, chunk) in bytes.chunks(64).enumerate() {
        let base = c * 64;
        let chunk_classes = classify(chunk);
        classes.push(chunk_classes);
        let Classes {
            word: run, high, ..
        } = chunk_classes;
        let before = run << 1 | carry;
        carry = run >> 63;
        let mut starts = run & !before;
        // An end is the first byte after a run: past the last byte of a short final chunk too.
        // Starts and ends alternate, an end first when a run is open: each start's end is the
        // lowest end left, and an end with none left runs on into the next chunk.
        let mut ends = !run & before;
        if let Some((start, mixed)) = open {
            if ends == 0 {
                open = Some((start, mixed || high != 0));
                continue;
            }
            let end = ends.trailing_zeros();
            ends &= ends - 1;
            let mixed = mixed || high & ((1u64 << end) - 1) != 0;
            push_run(bytes, start, base + end as usize, mixed, out);
            open = None;
        }
        while starts != 0 {
            let from = starts.trailing_zeros();
            starts &= starts - 1;
            let start = base + from as usize;
            if ends == 0 {
                open = Some((start, high >> from != 0));
                break;
            }
            let end = ends.trailing_zeros();
            ends &= ends - 1;
            // Most chunks are ASCII: their runs are known whole without a mask.
            let mixed = high != 0 && high & ((1u64 << end) - 1) & (!0u64 << from) != 0;
            push_run(bytes, start, base + end as usize, mixed, out);
        }
    }
    if let Some((start, mixed)) = open {
        push_run(bytes, start, bytes.len(), mixed, out);
    }
}

/// Classes of the bytes of 64 bytes of a text (of its last, fewer), a bit each (byte `i`'s at
/// bit `i`): read once by [`list_into`] for the words and kept for the other readers of the
/// text that ask which bytes are letters.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Classes {
    /// The bytes that may be part of a word: ASCII letters and digits, and non-ASCII bytes.
    pub(crate) word: u64,
    /// The non-ASCII bytes.
    pub(crate) high: u64,
    /// The ASCII capitals and digits, with which every date opens.
    pub(crate) opening: u64,
}

impl Classes {
    /// The ASCII letters and digits.
    pub(crate) fn alphanumeric(self) -> u64 {
        self.word & !self.high
    }
}

/// The offset of the first ASCII capital or non-ASCII byte of `bytes[from..to]` in `bytes`,
/// whose [`Classes`] are `classes` (they may run on past it): the bytes that open a date or are
/// not ASCII are known from the classes a word at a time, and only those are read, to pass
/// over the digits among them. A sentence's bytes need not be read again.
pub(crate) fn first_capital(
    classes: &[Classes],
    bytes: &[u8],
    from: usize,
    to: usize,
) -> Option<usize> {
    let mut c = from / 64;
    let mut low = !0u64 << (from % 64);
    while c * 64 < to {
        let Classes { opening, high, .. } = classes[c];
        let high_end = to - c * 64;
        let within = if high_end < 64 {
            low & ((1u64 << high_end) - 1)
        } else {
            low
        };
        let mut bits = (opening | high) & within;
        while bits != 0 {
            let at = c * 64 + bits.trailing_zeros() as usize;
            if !bytes[at].is_ascii_digit() {
                return Some(at);
            }
            bits &= bits - 1;
        }
        c += 1;
        low = !0;
    }
    None
}

/// The [`Classes`] of `chunk` (64 bytes or fewer).
#[inline(always)]
fn classify(chunk: &[u8]) -> Classes {
    // A byte of flags per byte, in a loop the compiler runs on vectors, then eight at a time
    // gathered into bits by a multiplication.
    let mut flags = [0u8; 64];
    for (f, &b) in flags.iter_mut().zip(chunk) {
        let opening = b.is_ascii_uppercase() | b.is_ascii_digit();
        let word = opening | b.is_ascii_lowercase() | (b >= 0x80);
        *f = u8::from(word) | (b >> 7) << 1 | u8::from(opening) << 2;
    }
    Classes {
        word: bit_of_each(&flags, 0),
        high: bit_of_each(&flags, 1),
        opening: bit_of_each(&flags, 2),
    }
}

/// Bit `bit` of each of 64 bytes, as a mask (byte `i`'s at bit `i`): eight bytes at a time
/// gathered into bits by a multiplication, without a branch or a shift per byte.
#[inline(always)]
pub(crate) fn bit_of_each(flags: &[u8; 64], bit: u32) -> u64 {
    let gather = |x: u64| (x & 0x0101_0101_0101_0101).wrapping_mul(0x0102_0408_1020_4080) >> 56;
    let mut mask = 0u64;
    for (j, eight) in flags.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        mask |= gather(x >> bit) << (8 * j);
    }
    mask
}

/// Pushes the words of the run `bytes[start..end]` of ASCII letters, digits and non-ASCII
/// bytes: the run itself when it is ASCII, else the words [`Words`] reads in it (a non-ASCII
/// character that is no letter splits it). Outside the run are ASCII bytes that end words, so
/// its words are those of the whole text.
fn push_run(bytes: &[u8], start: usize, end: usize, mixed: bool, out: &mut Vec<(usize, usize)>) {
    if mixed {
        out.extend(Words::new(&bytes[start..end]).map(|(a, b)| (start + a, start + b)));
    } else {
        out.push((start, end));
    }
}

/// The first word of `words` (a [`list`] in text order) that starts at `pos` or later: where
/// a scan goes on after a match ending at `pos` (a word the match ends inside is passed over).
pub(crate) fn resume(words: &[(usize, usize)], from: usize, pos: usize) -> usize {
    from + words[from..].iter().take_while(|w| w.0 < pos).count()
}

/// The longest match of `aut` (built for anchored searches) that starts at `start` in
/// `haystack` and that `accept` takes, with what `accept` made of it. When the longest is
/// refused (it ends inside a word, or fails a case check), the search is repeated on a shorter
/// haystack for the next-longest ("Sandworm Teams" still yields "Sandworm").
///
/// Generic over the automaton, so that each scanner's walk is compiled for its kind (a
/// DFA's step is one load) rather than called through `AhoCorasick`, whose set-up and dynamic
/// calls cost more than the few bytes most searches read before the automaton dies.
/// Inlined into each scanner's word loop: called at most word starts, and once left out of
/// a loop (by inlining heuristics that shift with any change to the crate), the calls cost
/// the cue scan a fifth more instructions.
#[inline(always)]
pub(crate) fn longest_accepted<A: Automaton, T>(
    aut: &A,
    haystack: &[u8],
    start: usize,
    accept: impl FnMut(Match) -> Option<T>,
) -> Option<T> {
    longest_accepted_as(aut, haystack, start, |h, at| (h[at], 1), accept)
}

/// [`longest_accepted`] over the symbols that `read` makes of `haystack`: at a byte offset, a
/// symbol and the bytes it stands for (one or a few). An automaton over a small alphabet of
/// its own (the cue scanner's: letters in either case as one, a typographic apostrophe as the
/// ASCII one) has a smaller table than one built over the text's bytes. Match ends are byte
/// offsets in `haystack`.
#[inline(always)]
pub(crate) fn longest_accepted_as<A: Automaton, T>(
    aut: &A,
    haystack: &[u8],
    start: usize,
    read: impl Fn(&[u8], usize) -> (u8, usize) + Copy,
    mut accept: impl FnMut(Match) -> Option<T>,
) -> Option<T> {
    let mut limit = haystack.len();
    while limit > start {
        let m = longest_at(aut, &haystack[..limit], start, read)?;
        if let Some(accepted) = accept(m) {
            return Some(accepted);
        }
        limit = m.end() - 1;
    }
    None
}

/// The longest match of `aut` (leftmost-longest, built for anchored searches) that starts at
/// `start` in `haystack`, read as `read` makes its symbols: what `AhoCorasick::try_find`
/// returns for an anchored search there.
#[inline(always)]
fn longest_at<A: Automaton>(
    aut: &A,
    haystack: &[u8],
    start: usize,
    read: impl Fn(&[u8], usize) -> (u8, usize),
) -> Option<Match> {
    let mut sid = aut.start_state(Anchored::Yes).ok()?;
    let mut longest = None;
    if aut.is_match(sid) {
        longest = Some(Match::new(aut.match_pattern(sid, 0), start..start));
    }
    let (mut at, mut symbols) = (start, 0);
    while at < haystack.len() {
        let (symbol, width) = read(haystack, at);
        at += width;
        symbols += 1;
        sid = aut.next_state(Anchored::Yes, sid, symbol);
        if !aut.is_special(sid) {
            continue;
        }
        if aut.is_dead(sid) {
            break;
        }
        if aut.is_match(sid) {
            // A match state also holds the patterns that end there but start later (for
            // unanchored searches, which reach it by a failure transition): only one of
            // all the symbols read since `start` counts, as in `try_find`.
            let pattern = aut.match_pattern(sid, 0);
            if aut.pattern_len(pattern) == symbols {
                longest = Some(Match::new(pattern, start..at));
            }
        }
    }
    longest
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
    // U+2000-U+203F (bytes E2 80 xx) are General Punctuation, no letter or digit: the quotes,
    // dashes and spaces that most non-ASCII characters of news are, known without decoding.
    if bytes[i] == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
        return false;
    }
    bytes
        .get(i..(i + char_width(bytes, i)).min(bytes.len()))
        .and_then(|c| std::str::from_utf8(c).ok())
        .and_then(|c| c.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// The width of the UTF-8 character starting at byte `i` (1 for a byte that starts none).
fn char_width(bytes: &[u8], i: usize) -> usize {
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

/// The words the patterns of a scanner start with, to search only at words that may start
/// one: a search costs several times a lookup here.
///
/// A pattern may start at a word of a text only if the word is the pattern's whole first word,
/// and, for a pattern of several words, the text's next word is the pattern's second: the
/// pattern ends on a word boundary (or its next byte is not alphanumeric, as is the text's),
/// and between its words are the text's bytes. Words are kept as [`word_key`]s in bit sets
/// with one hash: the lookup is a load, and a key that collides costs a search, never a match.
#[derive(Debug)]
pub(crate) struct FirstWords {
    /// Two bits per slot: some first word hashed here is a whole pattern (bit 0), or starts a
    /// longer one (bit 1).
    firsts: Vec<u64>,
    /// One bit per slot: some pattern's first two words hashed here ([`pair_key`]).
    pairs: Vec<u64>,
    /// Bits of the hash: slots are `1 << bits`.
    bits: u32,
}

impl FirstWords {
    /// Room for about `patterns` patterns, with few collisions.
    pub(crate) fn with_capacity(patterns: usize) -> Self {
        let bits = (patterns.max(16) * 16).next_power_of_two().trailing_zeros();
        let words = (1usize << bits) / 64;
        FirstWords {
            firsts: vec![0; words * 2],
            pairs: vec![0; words],
            bits,
        }
    }

    fn slot(&self, key: u64) -> usize {
        slot(key, self.bits)
    }

    /// Adds a pattern, written as the texts it is matched in are (folded alike).
    pub(crate) fn add(&mut self, pattern: &[u8]) {
        match first_keys(pattern) {
            Some((first, Some(second))) => {
                let slot = self.slot(first);
                self.firsts[slot / 32] |= 2 << (slot % 32 * 2);
                let pair = self.slot(pair_key(first, second));
                self.pairs[pair / 64] |= 1 << (pair % 64);
            }
            Some((first, None)) => {
                let slot = self.slot(first);
                self.firsts[slot / 32] |= 1 << (slot % 32 * 2);
            }
            None => {}
        }
    }

    /// The first word at `from` or after where a pattern may start ([`Self::may_start`]), or
    /// the number of words: a scan skips the others in this one tight loop over the keys.
    #[inline(always)]
    pub(crate) fn next_start(&self, keys: &[u64], from: usize) -> usize {
        (from..keys.len())
            .find(|&k| self.may_start(keys, k))
            .unwrap_or(keys.len())
    }

    /// Whether a pattern may start at word `k`, given the [`keys`] of the words of a text.
    #[inline(always)]
    pub(crate) fn may_start(&self, keys: &[u64], k: usize) -> bool {
        let first = keys[k];
        let slot = self.slot(first);
        let flags = self.firsts[slot / 32] >> (slot % 32 * 2) & 3;
        flags & 1 != 0
            || flags != 0
                && keys.get(k + 1).is_some_and(|&second| {
                    let pair = self.slot(pair_key(first, second));
                    self.pairs[pair / 64] & 1 << (pair % 64) != 0
                })
    }
}

/// The [`FirstWords`] of several scanners (four at most) that read the same texts, in one
/// table: one lookup per word tells which of them may start a pattern there, where a table
/// each costs a walk over the words and a hash of each word each.
#[derive(Debug)]
pub(crate) struct SharedFirstWords {
    /// Per slot, for scanner `s`: bit `s` if some first word of its hashed here is a whole
    /// pattern, bit `4 + s` if it starts a longer one.
    firsts: Vec<u8>,
    /// Per slot, bit `s`: some first two words of a pattern of scanner `s` hashed here.
    pairs: Vec<u8>,
    /// Bits of the hash: slots are `1 << bits`.
    bits: u32,
    /// The multiplier of the hash ([`slot_by`]).
    mul: u64,
    /// How many of the [`COMMONEST`] words it lets through where no pattern starts with them.
    through: usize,
}

/// The bit of `scanner` in a slot of [`SharedFirstWords`]'s first words, for a first word that
/// is a `whole` pattern or starts a longer one.
fn first_bit(scanner: u8, whole: bool) -> u8 {
    if whole { 1 << scanner } else { 0x10 << scanner }
}

/// The commonest words of English news, each in nearly every sentence. A table whose hash
/// sends one of them to a slot that a pattern's first word filled lets it through wherever
/// it stands, a search for nothing each time: "of" was so, 8,192 of the 11,480 fruitless
/// searches for names in CASIE.
const COMMONEST: &str = "\
    the of and to a in is that for it on was with as by at be this are from or an has have \
    not but its which their said were they been had will also can after would who than \
    into should could more other all up says one new about when what out no if we he over \
    some there told according may two";

impl SharedFirstWords {
    /// The table of `patterns` (each of a scanner below 4, written as the texts it is matched
    /// in are, folded alike), with room for them and few collisions.
    ///
    /// Its hash is the first of a few that lets none of the [`COMMONEST`] words through
    /// where no pattern starts with it, or of those tried the one that lets fewest through.
    /// A try costs a pass over the patterns' keys, read once for all tries.
    pub(crate) fn of(patterns: &[(u8, &[u8])]) -> Self {
        let keys: Vec<(u8, (u64, Option<u64>))> = patterns
            .iter()
            .filter_map(|&(scanner, p)| Some((scanner, first_keys(p)?)))
            .collect();
        let commonest: Vec<u64> = COMMONEST
            .split_whitespace()
            .map(|w| word_key(w.as_bytes(), 0, w.len()))
            .collect();
        // What a lookup of each common word must return whatever the hash: the bits of the
        // patterns that start with it.
        let owed: Vec<u8> = commonest
            .iter()
            .map(|&common| {
                keys.iter()
                    .filter(|(_, (first, _))| *first == common)
                    .fold(0, |owed, &(scanner, (_, second))| {
                        owed | first_bit(scanner, second.is_none())
                    })
            })
            .collect();
        let bits = (patterns.len().max(16) * 16)
            .next_power_of_two()
            .trailing_zeros();
        let mut best: Option<Self> = None;
        // Odd multipliers, from the golden ratio's on (SplitMix64's increment and mix).
        let mut mul = 0x9E37_79B9_7F4A_7C15_u64;
        // With a few percent of the slots filled, one hash in ten or so spares them all.
        for _ in 0..64 {
            let mut table = SharedFirstWords {
                firsts: vec![0; 1 << bits],
                pairs: vec![0; 1 << bits],
                bits,
                mul,
                through: 0,
            };
            for &(scanner, (first, second)) in &keys {
                table.add_keys(scanner, first, second);
            }
            table.through = commonest
                .iter()
                .zip(&owed)
                .filter(|&(&common, &owed)| table.firsts[table.slot(common)] & !owed != 0)
                .count();
            let fewer = best
                .as_ref()
                .is_none_or(|best| table.through < best.through);
            if fewer {
                best = Some(table);
            }
            if best.as_ref().is_some_and(|best| best.through == 0) {
                break;
            }
            mul = mix(mul.wrapping_add(0x9E37_79B9_7F4A_7C15)) | 1;
        }
        best.expect("one hash at least is tried")
    }

    /// How many of the commonest words of English news this table lets through where no
    /// pattern starts with them ([`Self::of`]).
    #[cfg(test)]
    pub(crate) fn commonest_through(&self) -> usize {
        self.through
    }

    fn slot(&self, key: u64) -> usize {
        slot_by(key, self.bits, self.mul)
    }

    fn add_keys(&mut self, scanner: u8, first: u64, second: Option<u64>) {
        let at = self.slot(first);
        self.firsts[at] |= first_bit(scanner, second.is_none());
        if let Some(second) = second {
            let pair = self.slot(pair_key(first, second));
            self.pairs[pair] |= 1 << scanner;
        }
    }

    /// The scanners that may start a pattern at word `k` ([`FirstWords::may_start`]), a bit
    /// each, given the [`keys`] of the words of a text.
    #[cfg(test)]
    pub(crate) fn may_start(&self, keys: &[u64], k: usize) -> u8 {
        let hash = (self.bits, self.mul);
        may_start_pair(
            &self.firsts,
            &self.pairs,
            hash,
            keys[k],
            keys.get(k + 1).copied(),
        )
    }

    /// [`Self::may_start`] at each word from `from` on, one in each byte of `out`. In a loop
    /// of their own, with the tables' addresses taken out of `self` first, the lookups keep
    /// them in registers: asked word by word among other work, they were loaded again for
    /// each word. Each word's key is read with the next one's, as a pair, so that only the
    /// text's last word (which has no next) is asked apart and the loop checks no index.
    #[inline(always)]
    pub(crate) fn may_start_at_each(&self, keys: &[u64], from: usize, out: &mut [u8]) {
        let (firsts, pairs, hash) = (&self.firsts[..], &self.pairs[..], (self.bits, self.mul));
        let keys = &keys[from..];
        // The words of `out` that have a next word, and the text's last word if `out` ends
        // with it.
        let (followed, last) = match out.split_last_mut() {
            Some((last, followed)) if keys.len() == followed.len() + 1 => (followed, Some(last)),
            _ => (out, None),
        };
        for (scanners, pair) in followed.iter_mut().zip(keys.windows(2)) {
            *scanners = may_start_pair(firsts, pairs, hash, pair[0], Some(pair[1]));
        }
        if let (Some(scanners), Some(&key)) = (last, keys.last()) {
            *scanners = may_start_pair(firsts, pairs, hash, key, None);
        }
    }
}

/// The scanners that may start a pattern at a word whose key is `first`, followed by a word
/// whose key is `second` (none after a text's last word), a bit each, in the tables `firsts`
/// and `pairs` of `1 << bits` slots hashed by `mul` ([`slot_by`]).
///
/// Both slots are read whatever the first holds, and combined without a branch: the tables
/// are past the first-level cache, and a branch on what the first load returns (mispredicted
/// for one word in several) kept the loads of the next words from overlapping with it.
#[inline(always)]
fn may_start_pair(
    firsts: &[u8],
    pairs: &[u8],
    (bits, mul): (u32, u64),
    first: u64,
    second: Option<u64>,
) -> u8 {
    let flags = firsts[slot_by(first, bits, mul)];
    let (whole, longer) = (flags & 0xF, flags >> 4);
    let pairs = second.map_or(0, |second| {
        pairs[slot_by(pair_key(first, second), bits, mul)]
    });
    whole | longer & pairs
}

/// The slot of `key` in a table of `1 << bits` slots.
#[inline(always)]
fn slot(key: u64, bits: u32) -> usize {
    slot_by(key, bits, 0x9E37_79B9_7F4A_7C15)
}

/// The slot of `key` in a table of `1 << bits` slots, hashed by the odd multiplier `mul`.
#[inline(always)]
fn slot_by(key: u64, bits: u32, mul: u64) -> usize {
    let h = key.wrapping_mul(mul) >> (64 - bits);
    usize::try_from(h).unwrap_or(0)
}

/// SplitMix64's finaliser: a well-mixed number from `x`.
fn mix(x: u64) -> u64 {
    let x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The [`word_key`]s of the first word of `pattern` and of its second if it has more than
/// one, or `None` if it has no word.
fn first_keys(pattern: &[u8]) -> Option<(u64, Option<u64>)> {
    let mut words = Words::new(pattern);
    let (start, end) = words.next()?;
    let second = words
        .next()
        .map(|(start, end)| word_key(pattern, start, end));
    Some((word_key(pattern, start, end), second))
}

/// The [`word_key`] of each word of `words` (a [`list`] of `bytes`), in order: computed once
/// per text for the filters of every scanner ([`FirstWords::may_start`]). A key is the same in
/// a copy of the text folded to lower case with hyphens as spaces: a word holds neither
/// hyphens nor, once keyed, capitals.
pub(crate) fn keys(bytes: &[u8], words: &[(usize, usize)]) -> Vec<u64> {
    let mut out = Vec::new();
    keys_into(bytes, words, &mut out);
    out
}

/// [`keys`] into `out`, cleared first: a buffer reused from text to text.
pub(crate) fn keys_into(bytes: &[u8], words: &[(usize, usize)], out: &mut Vec<u64>) {
    out.clear();
    out.extend(
        words
            .iter()
            .map(|&(start, end)| word_key(bytes, start, end)),
    );
}

/// A word (`bytes[start..end]`) as a key for the sets of words that start names or cues: its
/// length and first seven bytes, with ASCII letters in lower case (hashing slices cost more
/// than the searches such a set saves). Words that differ only past their seventh byte share
/// a key.
#[inline(always)]
fn word_key(bytes: &[u8], start: usize, end: usize) -> u64 {
    // The bytes of the word's first `n` (up to seven), as a little-endian number, by index.
    const FIRST: [u64; 8] = {
        let mut masks = [0u64; 8];
        let mut n = 1;
        while n < 8 {
            masks[n] = (1 << (8 * n)) - 1;
            n += 1;
        }
        masks
    };
    let len = end - start;
    // Eight bytes loaded at once where the text has them: those past the word are masked off.
    let eight = match bytes.get(start..start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => head::<7>(bytes, start, end),
    };
    // Setting bit 5 lowers ASCII letters and keeps digits; a word holds nothing else but the
    // bytes of non-ASCII characters, which it changes alike in every key.
    let lower = (eight | 0x2020_2020_2020_2020) & FIRST[len.min(7)];
    lower | (u64::try_from(len.min(255)).unwrap_or(255) << 56)
}

/// The keys of two words in a row as one.
fn pair_key(first: u64, second: u64) -> u64 {
    first.rotate_left(29) ^ second
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
    fn first_capital_found_as_by_a_byte_loop() {
        // Longer than two chunks of 64, with capitals, digits and other characters on both
        // sides of the chunks' edges.
        let text = "the 2024 quick brown fox jumps over the lazy dog and then Acme, 1 the @[`{ \
            firm 99 said Zürich é Q; 0123456789 ÉTAT x Y z 42 the end of it all Z";
        let bytes = text.as_bytes();
        let (mut words, mut classes) = (Vec::new(), Vec::new());
        list_into(bytes, &mut words, &mut classes);
        for from in 0..=bytes.len() {
            for to in from..=bytes.len() {
                let want = bytes[from..to]
                    .iter()
                    .position(|&b| b.is_ascii_uppercase() || !b.is_ascii())
                    .map(|at| from + at);
                assert_eq!(
                    first_capital(&classes, bytes, from, to),
                    want,
                    "{from}..{to}"
                );
            }
        }
    }

    #[test]
    fn list_reads_what_words_reads() {
        for text in [
            "",
            "a",
            " APT-28's «café» x ",
            "a\u{200F}b—c\u{a0}d’s é",
            "ééé",
            "x — y",
            &"word ".repeat(200),
            &"é-a".repeat(300),
            &"a".repeat(64),
            &"a".repeat(130),
            &format!("{} {}", "b".repeat(63), "c".repeat(65)),
        ] {
            let words: Vec<_> = Words::new(text.as_bytes()).collect();
            assert_eq!(list(text.as_bytes()), words, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn list_reads_what_words_reads_anywhere(text in "(\\PC|[ a-z.'-]|[a-z]{60,70}){0,300}") {
            let words: Vec<_> = Words::new(text.as_bytes()).collect();
            proptest::prop_assert_eq!(list(text.as_bytes()), words);
        }
    }

    #[test]
    fn resuming_inside_a_word_skips_its_rest() {
        let words = list(b"exfiltrated data");
        assert_eq!(words[resume(&words, 0, 9)], (12, 16));
        let words = list(b"U.S.A");
        assert_eq!(words[resume(&words, 0, 4)], (4, 5));
        let words = list("éé b".as_bytes());
        assert_eq!(words[resume(&words, 0, 2)], (5, 6));
        assert_eq!(resume(&words, 1, 6), 2);
    }

    #[test]
    fn word_keys_ignore_case_and_bytes_past_the_seventh() {
        let key = |w: &str| word_key(w.as_bytes(), 0, w.len());
        assert_eq!(key("Attributed"), key("attribuTED"));
        assert_eq!(key("APT28"), key("apt28"));
        assert_ne!(key("the"), key("then"));
        assert_ne!(key("a1"), key("b1"));
        assert_eq!(key("ransomwareX"), key("ransomwYYYY"));
        assert_ne!(key("ransomware"), key("ransomwares"));
    }

    #[test]
    fn general_punctuation_is_no_letter_or_digit() {
        for c in '\u{2000}'..='\u{203f}' {
            let s = c.to_string();
            assert_eq!(s.as_bytes()[..2], [0xE2, 0x80], "{c:?}");
            assert!(!c.is_alphanumeric(), "{c:?}");
            assert!(!alnum_at(s.as_bytes(), 0), "{c:?}");
        }
        assert_eq!(words("a’b“c”d—e"), ["a", "b", "c", "d", "e"]);
        assert!(alnum_at("\u{2071}".as_bytes(), 0));
    }

    #[test]
    fn keys_are_those_of_the_folded_text() {
        // The scanners search a copy folded to lower case with hyphens as spaces, with the
        // keys of the text as written.
        let text = "APT-28 and Sandworm-Team hit KYIVSTAR’s café; e-mail x";
        let folded: Vec<u8> = text
            .bytes()
            .map(|b| {
                if b == b'-' {
                    b' '
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect();
        let words = list(text.as_bytes());
        assert_eq!(list(&folded), words);
        assert_eq!(fold(text), folded);
        let keys = keys(text.as_bytes(), &words);
        assert_eq!(keys, super::keys(&folded, &words));
        assert_eq!(keys.len(), words.len());
        assert_ne!(keys[0], keys[1]);
    }

    #[test]
    fn shared_first_words_let_each_scanner_through_where_its_patterns_start() {
        let patterns = [
            (0, "attack on"),
            (1, "spearphishing"),
            (2, "cobalt strike"),
            (1, "attack"),
            (3, "remote access trojan"),
        ];
        let shared = SharedFirstWords::of(&patterns.map(|(s, p)| (s, p.as_bytes())));
        for (s, p) in patterns {
            let text = format!("and {} then", p.to_uppercase());
            let words = list(text.as_bytes());
            let keys = keys(text.as_bytes(), &words);
            assert_ne!(shared.may_start(&keys, 1) & 1 << s, 0, "{p}");
        }
        // "attack" alone is a pattern of scanner 1 only; "cobalt" starts one of scanner 2 only
        // before "strike".
        let text = "attack cobalt blue";
        let words = list(text.as_bytes());
        let keys = keys(text.as_bytes(), &words);
        assert_eq!(shared.may_start(&keys, 0) & 0b11, 0b10);
        assert_eq!(shared.may_start(&keys, 1) & 0b100, 0);
    }

    #[test]
    fn shared_first_words_read_in_runs_as_word_by_word() {
        let patterns = [
            (0, "attack on"),
            (1, "attack"),
            (2, "cobalt strike"),
            (3, "on"),
        ];
        let shared = SharedFirstWords::of(&patterns.map(|(s, p)| (s, p.as_bytes())));
        let text = "attack on cobalt strike attack cobalt strike on attack on attack cobalt";
        let words = list(text.as_bytes());
        let keys = keys(text.as_bytes(), &words);
        let one_by_one: Vec<u8> = (0..keys.len())
            .map(|k| shared.may_start(&keys, k))
            .collect();
        // Runs that end before the last word and with it, and runs of one word.
        for run in 1..=keys.len() {
            for from in 0..=keys.len() - run {
                let mut out = vec![0xFF; run];
                shared.may_start_at_each(&keys, from, &mut out);
                assert_eq!(out, one_by_one[from..from + run], "{from}+{run}");
            }
        }
    }

    #[test]
    fn texts_are_lowered_in_place_unless_a_character_would_move() {
        let lower = |text: &str| {
            let (mut words, mut classes, mut out) = (Vec::new(), Vec::new(), String::new());
            list_into(text.as_bytes(), &mut words, &mut classes);
            lower_into(text, &classes, &mut out).then_some(out)
        };
        let long = format!("{}ÄRZTE “Bank” Café", "Acme ".repeat(30));
        for text in ["", "Acme SAID", "ÄRZTE’S Bank “HACKED”", "µ Élan", &long] {
            assert_eq!(lower(text), Some(text.to_lowercase()), "{text:?}");
        }
        // İ lowers to two characters, the Kelvin sign to one byte, and a capital sigma by its
        // neighbours.
        for text in ["İstanbul", "\u{212a}elvin", "ΟΔΟΣ"] {
            assert_eq!(lower(text), None, "{text:?}");
        }
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
