//! One pass over a text for every name the gazetteer knows.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::actors::ActorRef;
use super::places::{AuthorityKind, Case, CountryForm};
use crate::model::{Country, Sector};

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

/// One pattern of the automaton: every reading of that text, in priority order (actors,
/// authorities, software, countries, regions, sectors), each with its spelling and case rule.
#[derive(Debug)]
struct Readings(Vec<(Box<str>, Case, Target)>);

/// Collects patterns; texts equal but for ASCII case become one pattern with several readings.
#[derive(Default)]
pub(crate) struct ScannerBuilder {
    index: HashMap<String, usize>,
    patterns: Vec<String>,
    readings: Vec<Readings>,
}

impl ScannerBuilder {
    pub(crate) fn add(&mut self, text: &str, case: Case, target: Target) {
        if text.is_empty() {
            return;
        }
        let key = text.to_ascii_lowercase();
        let i = *self.index.entry(key).or_insert_with(|| {
            self.patterns.push(text.to_owned());
            self.readings.push(Readings(Vec::new()));
            self.patterns.len() - 1
        });
        let readings = &mut self.readings[i].0;
        if !readings
            .iter()
            .any(|(t, c, r)| **t == *text && *c == case && *r == target)
        {
            readings.push((text.into(), case, target));
        }
    }

    pub(crate) fn build(self) -> Scanner {
        // Overlapping search needs the standard match semantics; the leftmost-longest choice
        // is made afterwards among the matches that pass the boundary and case checks, so a
        // longer name that fails them ("Sandworm Teams") does not hide a shorter one.
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&self.patterns);
        Scanner {
            ac: ac.ok(),
            readings: self.readings,
        }
    }
}

/// The automaton over every pattern, and what each pattern names.
#[derive(Debug)]
pub(crate) struct Scanner {
    /// `None` only if the automaton could not be built (it has no pattern limit we reach).
    ac: Option<AhoCorasick>,
    readings: Vec<Readings>,
}

impl Scanner {
    /// Matches on word boundaries that pass their case check, leftmost-longest and
    /// non-overlapping, in text order.
    pub(crate) fn scan(&self, text: &str) -> Vec<(usize, usize, Target)> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut found: Vec<(usize, usize, Target)> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (start, end) = (m.start(), m.end());
            if !on_word_boundaries(text, start, end) {
                continue;
            }
            let Some(seen) = text.get(start..end) else {
                continue;
            };
            let readings = &self.readings[m.pattern().as_usize()].0;
            if let Some((_, _, target)) = readings
                .iter()
                .find(|(pattern, case, _)| case.accepts(pattern, seen))
            {
                found.push((start, end, *target));
            }
        }
        found.sort_unstable_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut out = Vec::with_capacity(found.len());
        let mut last_end = 0;
        for hit in found {
            if hit.0 >= last_end {
                last_end = hit.1;
                out.push(hit);
            }
        }
        out
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
