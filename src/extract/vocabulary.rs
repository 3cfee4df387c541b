//! The vocabulary of the actor finder, the attribution reader and the promo detector
//! (`data/attribution.txt`), parsed once.

use std::sync::OnceLock;

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
    // Asked for most names and group nouns an article holds: each list is searched sorted
    // (its entries are lower case, which a test checks) rather than read through.
    static SORTED: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    let lists = SORTED.get_or_init(|| {
        LISTS
            .iter()
            .map(|&name| {
                let mut words = list(name).to_vec();
                words.sort_unstable();
                (name, words)
            })
            .collect()
    });
    let Some((_, words)) = lists.iter().find(|(n, _)| *n == name) else {
        return false;
    };
    words
        .binary_search_by(|w| w.bytes().cmp(word.bytes().map(|b| b.to_ascii_lowercase())))
        .is_ok()
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
