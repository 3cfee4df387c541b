//! One pass over a text for every name the gazetteer knows.

use std::sync::OnceLock;

use aho_corasick::MatchKind;
use aho_corasick::nfa::contiguous::NFA;

use super::actors::ActorRef;
use super::hash::Map;
use super::places::{AuthorityKind, Case, CountryForm};
use crate::model::{Country, Sector};
use crate::words::{self, FirstWords, SharedFirstWords};

/// A name found by [`Gazetteer::scan`](super::Gazetteer::scan): where, and what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'g> {
    /// First byte of the name in the text.
    pub start: usize,
    /// One past its last byte; `&text[start..end]` is the name as written.
    pub end: usize,
    /// What it names.
    pub kind: HitKind<'g>,
}

/// What a [`Hit`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum HitKind<'g> {
    /// A threat actor; several candidates when the name is ambiguous (canonical owner first).
    Actor {
        /// Every actor carrying the name.
        candidates: &'g [ActorRef],
        /// The name is an ordinary word or product name ("Play", "Medusa"): count it as the
        /// actor only with a context cue ("ransomware", "gang", "group").
        needs_cue: bool,
    },
    /// A sector keyword.
    Sector(Sector),
    /// A country, and how the text names it.
    Country {
        /// The country.
        country: Country,
        /// Name, demonym, capital, ...
        form: CountryForm,
    },
    /// A region ("Europe", "Middle East"): its canonical name.
    Region(&'g str),
    /// A product: its canonical name ("Microsoft Exchange").
    Software(&'g str),
    /// A party that attributes attacks.
    Authority {
        /// Its canonical name ("FBI").
        name: &'g str,
        /// Agency or vendor.
        kind: AuthorityKind,
        /// Its country (agencies only).
        country: Option<Country>,
    },
}

/// What a pattern names, as indexes into the gazetteer's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Actor { set: u32, needs_cue: bool },
    Authority(u32),
    Software(u32),
    Country(Country, CountryForm),
    Region(u32),
    Sector(Sector),
}

/// A reading of a pattern: its spelling (kept for exact-case checks only), case rule and target.
type Reading = (Option<Box<str>>, Case, Target);

/// One pattern of the automaton: every reading of that text, in priority order (actors,
/// authorities, software, countries, regions, sectors). Nearly every pattern has one reading,
/// so the first is kept inline: a `Vec` for each was thousands of allocations per build.
#[derive(Debug)]
struct Readings {
    first: Reading,
    more: Vec<Reading>,
}

impl Readings {
    fn iter(&self) -> impl Iterator<Item = &Reading> {
        std::iter::once(&self.first).chain(&self.more)
    }
}

/// Collects patterns; texts equal but for ASCII case become one pattern with several readings.
#[derive(Default)]
pub(crate) struct ScannerBuilder {
    index: Map<Box<[u8]>, usize>,
    readings: Vec<Readings>,
    /// The folded text being added, kept to allocate a key only for a new pattern.
    folded: Vec<u8>,
}

impl ScannerBuilder {
    pub(crate) fn add(&mut self, text: &str, case: Case, target: Target) {
        if text.is_empty() {
            return;
        }
        words::fold_into(text, &mut self.folded);
        // Only an exact-case check needs the spelling; the others read the text matched.
        let spelling = (case == Case::Exact).then(|| Box::<str>::from(text));
        match self.index.get(self.folded.as_slice()) {
            Some(&i) => {
                let readings = &mut self.readings[i];
                if !readings
                    .iter()
                    .any(|(t, c, r)| *t == spelling && *c == case && *r == target)
                {
                    readings.more.push((spelling, case, target));
                }
            }
            None => {
                self.index
                    .insert(self.folded.as_slice().into(), self.readings.len());
                self.readings.push(Readings {
                    first: (spelling, case, target),
                    more: Vec::new(),
                });
            }
        }
    }

    /// Room for about `n` more patterns.
    pub(crate) fn reserve(&mut self, n: usize) {
        self.index.reserve(n);
        self.readings.reserve(n);
    }

    pub(crate) fn build(self) -> Scanner {
        let mut patterns: Vec<Box<[u8]>> = vec![Box::default(); self.readings.len()];
        for (pattern, i) in self.index {
            patterns[i] = pattern;
        }
        let mut first_words = FirstWords::with_capacity(patterns.len());
        for p in &patterns {
            first_words.add(p);
        }
        Scanner {
            first_words,
            patterns,
            ac: OnceLock::new(),
            shared_first_words: OnceLock::new(),
            readings: self.readings,
        }
    }
}

/// The automaton over every pattern, built on first use, and what each pattern names.
///
/// The automaton is most of a gazetteer's build time, and lookups by name never need it.
#[derive(Debug)]
pub(crate) struct Scanner {
    patterns: Vec<Box<[u8]>>,
    /// What the patterns start with, to skip words no name starts with.
    first_words: FirstWords,
    /// `None` inside only if the automaton could not be built (no limit we come near).
    ac: OnceLock<Option<NFA>>,
    /// What the patterns and those of other scanners start with, in one table (see
    /// [`Self::shared_first_words`]).
    shared_first_words: OnceLock<SharedFirstWords>,
    readings: Vec<Readings>,
}

impl Scanner {
    /// Matches that start a word, end one, and pass their case check: leftmost-longest and
    /// non-overlapping, in text order. `words` are the words of `text` ([`words::list`]), or
    /// of a longer text that `text` starts, and `keys` theirs ([`words::keys`]); `folded` is
    /// `text` folded ([`words::fold`]). The first-word filter can be turned off (tests
    /// compare the two).
    #[cfg(test)]
    pub(crate) fn scan_words(
        &self,
        text: &str,
        folded: &[u8],
        words: &[(usize, usize)],
        keys: &[u64],
        filter: bool,
    ) -> Vec<(usize, usize, Target)> {
        let keys = &keys[..words.partition_point(|w| w.1 <= text.len())];
        let mut out = Vec::new();
        let found = |start, end, target| out.push((start, end, target));
        if filter {
            self.scan_at(
                text,
                folded,
                words,
                |k| self.first_words.next_start(keys, k),
                found,
            );
        } else {
            self.scan_at(text, folded, words, |k| k, found);
        }
        out
    }

    /// What the patterns start with ([`Self::scan_at`] searches only where they may start).
    pub(crate) fn first_words(&self) -> &FirstWords {
        &self.first_words
    }

    /// What the patterns start with together with those of other scanners that read the
    /// same texts, in one table that `build` makes from the patterns on first use: one
    /// lookup per word serves them all.
    pub(crate) fn shared_first_words(
        &self,
        build: impl FnOnce(&[Box<[u8]>]) -> SharedFirstWords,
    ) -> &SharedFirstWords {
        self.shared_first_words
            .get_or_init(|| build(&self.patterns))
    }

    /// [`Self::scan_words`], searching at the word `next(k)` gives, the first at `k` or after
    /// where a name may start (or a number past the words), and calling `found` with each
    /// match (its start, end and target) in order.
    pub(crate) fn scan_at(
        &self,
        text: &str,
        folded: &[u8],
        words: &[(usize, usize)],
        next: impl Fn(usize) -> usize,
        mut found: impl FnMut(usize, usize, Target),
    ) {
        let Some(ac) = self.automaton() else {
            return;
        };
        // Folding keeps every byte offset and word, so matches in `folded` are spans of
        // `text`, and the words of `text` are the folded text's.
        let words = &words[..words.partition_point(|w| w.1 <= text.len())];
        // A name can start at a word only if its first words are this one and the next (a
        // name ends on a word boundary, or its next byte is not alphanumeric, as is the
        // text's, and between its words are the text's bytes): a lookup or two rule out most
        // words without a search. Keys are lossy, which costs a search, never a name.
        let mut k = next(0);
        while k < words.len() {
            let start = words[k].0;
            if let Some((end, target)) = self.longest_at(ac, text, folded, start) {
                found(start, end, target);
                // After a name ending in a letter or digit comes a separator; after one
                // ending in a stop ("U.S.A" after "U.S."), a word may start at once.
                k = words::resume(words, k, end);
            } else {
                k += 1;
            }
            k = next(k);
        }
    }

    /// The longest pattern starting at `start` (a word start) that ends a word and passes its
    /// case check.
    fn longest_at(
        &self,
        ac: &NFA,
        text: &str,
        folded: &[u8],
        start: usize,
    ) -> Option<(usize, Target)> {
        words::longest_accepted(ac, folded, start, |m| {
            let end = m.end();
            if !on_word_boundaries(text, start, end) {
                return None;
            }
            let seen = text.get(start..end)?;
            self.readings[m.pattern().as_usize()]
                .iter()
                .find(|(spelling, case, _)| case.accepts(spelling.as_deref().unwrap_or(""), seen))
                .map(|&(_, _, target)| (end, target))
        })
    }

    /// The automaton, built now if this is its first use.
    pub(crate) fn automaton(&self) -> Option<&NFA> {
        self.ac
            .get_or_init(|| {
                // Names are only looked for where a word starts, so the automaton needs anchored
                // searches only: no failure transitions to follow while scanning. Leftmost-longest
                // gives the longest name starting at a word; when it fails the boundary or case
                // check, the search is repeated on a shorter haystack for the next-longest
                // ("Sandworm Teams" still yields "Sandworm"). Patterns and text are folded alike
                // (see `fold`): the same matches as `ascii_case_insensitive`, with half the
                // transitions to build and follow. Anchored searches never use a prefilter, so none
                // is built. The contiguous NFA was measured against the DFA (CPU time, 1 MB of
                // news): the same scan speed, since most searches die within a few bytes of a word
                // start, and a quicker build. One unanchored search over the whole text (NFA or
                // DFA) was measured too: fewer instructions, but more CPU time than this word loop
                // with its first-word filter, as each byte's transition waits on the last.
                NFA::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .prefilter(false)
                    .build(&self.patterns)
                    .ok()
            })
            .as_ref()
    }

    pub(crate) fn pattern_count(&self) -> usize {
        self.readings.len()
    }
}

/// True when the match starts and ends on character boundaries and is not part of a longer
/// word: the characters just outside it are not alphanumeric (or the match's own edge is not
/// alphanumeric, as in "U.S." or "Lapsus$").
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) || start >= end {
        return false;
    }
    let inner = &text[start..end];
    let first_alnum = inner.chars().next().is_some_and(char::is_alphanumeric);
    let last_alnum = inner.chars().next_back().is_some_and(char::is_alphanumeric);
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let clear_before = !first_alnum || !before.is_some_and(char::is_alphanumeric);
    let clear_after = !last_alnum || !after.is_some_and(char::is_alphanumeric);
    clear_before && clear_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries_are_checked_on_characters() {
        assert!(on_word_boundaries("APT28's", 0, 5));
        assert!(!on_word_boundaries("XAPT28", 1, 6));
        assert!(!on_word_boundaries("APT28é", 0, 5));
        assert!(on_word_boundaries("«APT28»", 2, 7));
        assert!(on_word_boundaries("the U.S.A", 4, 8));
    }
}
