//! The words of a text where each scanner (cue words, technique phrases, ATT&CK software, the
//! gazetteer's names) may find a pattern, read for all four in one pass over the words' keys.
//!
//! Each scanner could filter words by its own [`crate::words::FirstWords`]; run apart, the
//! filters each walked every word of every article, hashing its key again (the largest cost
//! of the scanners). Together they share the walk, the load of each key and its hash, and one
//! table (kept by the gazetteer, whose names are known at run time only): a load per word that
//! misses the first-level cache, where a table each cost a miss each. Each scanner then steps
//! from one word it may start at to the next by a bit search.

use std::sync::OnceLock;

use super::{cues, software, techniques};
use crate::gazetteer::Gazetteer;
use crate::words::{SharedFirstWords, bit_of_each};

/// One of the scanners that [`Starts`] reads for.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Scanner {
    Cue,
    Technique,
    Software,
    /// The gazetteer's names.
    Name,
}

/// The patterns of the built-in [`Scanner`]s, collected on first use.
fn builtin() -> &'static [(Scanner, Vec<u8>)] {
    static PATTERNS: OnceLock<Vec<(Scanner, Vec<u8>)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let mut patterns: Vec<(Scanner, Vec<u8>)> = Vec::new();
        patterns.extend(cues::whole_word_cues().map(|p| (Scanner::Cue, p.to_vec())));
        techniques::each_phrase(|p| patterns.push((Scanner::Technique, p.to_vec())));
        patterns.extend(software::names().map(|p| (Scanner::Software, p.to_vec())));
        patterns
    })
}

/// The first words of the patterns of every [`Scanner`] reading with the gazetteer `g`, built
/// on first use and kept by `g`.
pub(crate) fn table(g: &Gazetteer) -> &SharedFirstWords {
    g.shared_first_words(|names| {
        let patterns: Vec<(u8, &[u8])> = builtin()
            .iter()
            .map(|(scanner, p)| (*scanner as u8, p.as_slice()))
            .chain(names.iter().map(|p| (Scanner::Name as u8, &p[..])))
            .collect();
        SharedFirstWords::of(&patterns)
    })
}

/// Per [`Scanner`], a bit per word of a text: set where a pattern of the scanner may start.
#[derive(Debug, Default)]
pub(crate) struct Starts {
    sets: [Vec<u64>; 4],
}

impl Starts {
    /// Where each scanner may start in `text`, whose words are `words` ([`crate::words::list`])
    /// and the words' keys `keys` ([`crate::words::keys`]), one each, with the gazetteer `g`:
    /// read into these sets, cleared first (sets reused from text to text).
    pub(crate) fn read(
        &mut self,
        text: &[u8],
        words: &[(usize, usize)],
        keys: &[u64],
        g: &Gazetteer,
    ) {
        let (table, prefixes) = (table(g), cues::prefixes());
        let cue = 1 << Scanner::Cue as u8;
        let sets = &mut self.sets;
        for set in sets.iter_mut() {
            set.clear();
            set.reserve(keys.len().div_ceil(64));
        }
        for (c, chunk) in words.chunks(64).enumerate() {
            // The scanners of each word, a byte each, turned into a bit set per scanner at
            // once: spreading each word's four bits as it is read cost a fifth of the pass.
            let mut scanners = [0u8; 64];
            let here = &mut scanners[..chunk.len()];
            table.may_start_at_each(keys, c * 64, here);
            // Asked whatever the table says: the check reads the key, and rarely the text.
            for ((scanners, &(start, _)), &key) in here.iter_mut().zip(chunk).zip(&keys[c * 64..]) {
                if prefixes.start(text, start, key) {
                    *scanners |= cue;
                }
            }
            for (s, set) in (0..).zip(sets.iter_mut()) {
                set.push(bit_of_each(&scanners, s));
            }
        }
    }

    /// The first word at `from` or after where `scanner` may start, or a number at least that
    /// of the words when there is none.
    pub(crate) fn next(&self, scanner: Scanner, from: usize) -> usize {
        let set = &self.sets[scanner as usize];
        let mut i = from / 64;
        let Some(&first) = set.get(i) else {
            return from;
        };
        let mut bits = first & (!0u64 << (from % 64));
        while bits == 0 {
            i += 1;
            match set.get(i) {
                Some(&next) => bits = next,
                None => return i * 64,
            }
        }
        i * 64 + bits.trailing_zeros() as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commonest_words_start_no_search_where_no_pattern_starts_with_them() {
        assert_eq!(table(Gazetteer::embedded()).commonest_through(), 0);
    }
}
