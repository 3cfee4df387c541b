//! The vocabulary of the actor finder, the attribution reader and the promo detector
//! (`data/attribution.txt`), parsed once.

use std::collections::HashSet;
use std::sync::OnceLock;

use foldhash::fast::FixedState;

use super::wordlists::WordFile;

/// The lists the code reads, each checked to exist by a test.
const LISTS: &[&str] = &[
    "introducers",
    "not-names",
    "present-markers",
    "speech-verbs",
    "outside-speakers",
    "imperatives",
    "group-kinds",
    "deed-kinds",
    "deed-determiners",
    "activity-nouns",
    "stance-nouns",
    "provenance",
    "likening-words",
    "likeness-qualifiers",
    "apart-words",
    "company-kinds",
    "tool-nouns",
    "code-nouns",
    "prepositions",
    "crew-nouns",
    "naming-nouns",
    "group-qualifiers",
    "auxiliaries",
    "people-verbs",
    "perpetrator-nouns",
    "attacker-subjects",
    "member-nouns",
    "crew-holdings",
    "seizure-words",
    "site-down-words",
    "hedge-adjectives",
    "topic-words",
    "document-nouns",
    "voice-nouns",
    "comparison-heads",
    "comparison-verbs",
    "attack-verbs",
    "indefinite-voices",
    "same-subject-words",
    "relation-words",
    "sighting-participles",
    "lifecycle-participles",
    "record-quantifiers",
    "count-words",
    "membership",
    "venue-nouns",
    "venue-openers",
    "described-crews",
    "aside-participles",
    "group-continuations",
    "story-breaks",
    "round-up-words",
    "venue-prepositions",
    "tying-verbs",
    "modal-adverbs",
    "persona-nouns",
    "persona-introducers",
    "habit-adverbs",
    "message-nouns",
];

const DATA: &str = include_str!("data/attribution.txt");

/// One list of `data/attribution.txt`.
pub(crate) fn list(name: &'static str) -> &'static [&'static str] {
    static FILE: OnceLock<WordFile> = OnceLock::new();
    debug_assert!(LISTS.contains(&name), "{name} is not in LISTS");
    FILE.get_or_init(|| WordFile::parse(DATA).expect("data/attribution.txt is checked by a test"))
        .list(name)
}

/// Every entry of every list, with its list's name.
type Entries = HashSet<(&'static str, &'static [u8]), FixedState>;

/// Whether list `name` of `data/attribution.txt` holds `word`, ASCII case ignored.
pub(crate) fn holds(name: &'static str, word: &str) -> bool {
    // Asked for most names and group nouns an article holds: every entry of every list is in
    // one set with its list's name (the entries are lower case, which a test checks), so a
    // question costs one hash of the two and one probe, where finding the list among the
    // others by name and searching it sorted cost several hundred instructions.
    static ENTRIES: OnceLock<(Entries, Sketch)> = OnceLock::new();
    let (entries, sketch) = ENTRIES.get_or_init(|| {
        let entries: HashSet<_, _> = LISTS
            .iter()
            .flat_map(|&name| list(name).iter().map(move |w| (name, w.as_bytes())))
            .collect();
        let mut sketch = Sketch([0; 64]);
        for (name, w) in &entries {
            sketch.add(name, w);
        }
        (entries, sketch)
    });
    // Lowered on the stack: the entries are single words or short phrases.
    let mut buf = [0u8; 32];
    let word = word.as_bytes();
    if !sketch.may_hold(name, word) {
        return false;
    }
    let Some(lower) = buf.get_mut(..word.len()) else {
        return entries.contains(&(name, &*word.to_ascii_lowercase()));
    };
    for (l, b) in lower.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    entries.contains(&(name, &*lower))
}

/// A bit of 4,096 for each entry, from its list's name and the length and outer letters of
/// the entry in lower case: most words asked about are in no list, and most of those are
/// turned away by one bit, without lowering and hashing them. (The lists hold about four
/// hundred entries: about one bit in ten is set.)
struct Sketch([u64; 64]);

impl Sketch {
    fn bit(name: &str, len: usize, first: u8, last: u8) -> usize {
        let middle = name.as_bytes().get(name.len() / 2).copied().unwrap_or(0);
        let n = name.len().wrapping_mul(131) ^ usize::from(middle) << 3;
        (n ^ len.wrapping_mul(37) ^ usize::from(first).wrapping_mul(7) ^ usize::from(last) << 5)
            & 4095
    }

    /// Adds an entry (in lower case, as the lists are) of list `name`.
    fn add(&mut self, name: &str, entry: &[u8]) {
        if let (Some(&first), Some(&last)) = (entry.first(), entry.last()) {
            let k = Self::bit(name, entry.len(), first, last);
            self.0[k / 64] |= 1 << (k % 64);
        }
    }

    /// Whether list `name` may hold `word` ignoring ASCII case (an empty word is not turned
    /// away).
    fn may_hold(&self, name: &str, word: &[u8]) -> bool {
        let (Some(first), Some(last)) = (word.first(), word.last()) else {
            return true;
        };
        let k = Self::bit(
            name,
            word.len(),
            first.to_ascii_lowercase(),
            last.to_ascii_lowercase(),
        );
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_has_every_list_in_lower_case() {
        let file = WordFile::parse(DATA).unwrap();
        assert_eq!(file.check_read_lower_case(LISTS), Ok(()));
    }

    #[test]
    fn every_entry_is_found_in_any_case() {
        for &name in LISTS {
            for entry in list(name) {
                assert!(holds(name, entry), "{name}: {entry}");
                assert!(holds(name, &entry.to_ascii_uppercase()), "{name}: {entry}");
            }
        }
        assert!(!holds("auxiliaries", "ransomware"));
        assert!(!holds("auxiliaries", ""));
    }
}
