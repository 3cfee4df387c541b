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
    "hedge-adjectives",
    "topic-words",
    "document-nouns",
    "venue-nouns",
    "group-continuations",
    "story-breaks",
    "round-up-words",
    "venue-prepositions",
];

const DATA: &str = include_str!("data/attribution.txt");

/// One list of `data/attribution.txt`.
pub(crate) fn list(name: &'static str) -> &'static [&'static str] {
    static FILE: OnceLock<WordFile> = OnceLock::new();
    debug_assert!(LISTS.contains(&name), "{name} is not in LISTS");
    FILE.get_or_init(|| WordFile::parse(DATA).expect("data/attribution.txt is checked by a test"))
        .list(name)
}

/// Whether list `name` of `data/attribution.txt` holds `word`, ASCII case ignored.
pub(crate) fn holds(name: &'static str, word: &str) -> bool {
    // Asked for most names and group nouns an article holds: every entry of every list is in
    // one set with its list's name (the entries are lower case, which a test checks), so a
    // question costs one hash of the two and one probe, where finding the list among the
    // others by name and searching it sorted cost several hundred instructions.
    static ENTRIES: OnceLock<HashSet<(&'static str, &'static [u8]), FixedState>> = OnceLock::new();
    let entries = ENTRIES.get_or_init(|| {
        LISTS
            .iter()
            .flat_map(|&name| list(name).iter().map(move |w| (name, w.as_bytes())))
            .collect()
    });
    // Lowered on the stack: the entries are single words or short phrases.
    let mut buf = [0u8; 32];
    let word = word.as_bytes();
    let Some(lower) = buf.get_mut(..word.len()) else {
        return entries.contains(&(name, &*word.to_ascii_lowercase()));
    };
    for (l, b) in lower.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    entries.contains(&(name, &*lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_has_every_list_in_lower_case() {
        let file = WordFile::parse(DATA).unwrap();
        assert_eq!(file.check_read_lower_case(LISTS), Ok(()));
    }
}
