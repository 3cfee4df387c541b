//! Word lists of the victim finder and the fast ways it reads them: by a sketch of a word's
//! length and outer letters, by a phrase's outer byte, and through a reused lower-case buffer.

use super::*;

/// Text before a name that puts it on the receiving end.
pub(super) const BEFORE: &[&str] = &[
    "attack on",
    "attacks on",
    "attack against",
    "attacks against",
    "cyberattack on",
    "cyberattacks on",
    "cyber attack on",
    "cyber-attack on",
    "cyber attacks on",
    "breach of",
    "breach at",
    "breach on",
    "hack of",
    "hack at",
    "hack on",
    "incident at",
    "incident on",
    "intrusion at",
    "intrusion into",
    "targeting",
    "targeted",
    "hacked",
    "breached",
    "hit",
    "compromised",
    "infiltrated",
    "broke into",
    "victims include",
    "victims included",
    "victims including",
    "victims such as",
    "victims was",
    "victims were",
    "victims are",
    "victim",
    "disrupted",
    "knocked",
    "struck",
    "accessing",
    "ransomware attack on",
    "affected",
];

/// The passive of an attack, after a name or a kind of organisation ("was hacked", "have
/// been the target").
pub(super) const PASSIVE: &[&str] = &[
    "was hacked",
    "was breached",
    "was the target",
    "were the target",
    "has been the target",
    "have been the target",
    "have been targeted",
    "has been targeted",
    "were targeted",
    "were breached",
    "were attacked",
    "were compromised",
    "have been hit",
    "have been hacked",
    "have been breached",
    "was attacked",
    "was hit",
];

/// Text after a name that puts it on the receiving end (besides [`PASSIVE`]).
pub(super) const AFTER: &[&str] = &[
    "was targeted",
    "was compromised",
    "has been hacked",
    "has been breached",
    "had been hacked",
    "were hit",
    "were hacked",
    "suffered",
    "says it",
    "said it",
    "says russia",
    "confirmed",
    "confirms",
    "disclosed",
    "detected",
    "experienced",
    "is investigating",
    "has issued a breach",
    "offline",
    "is the victim",
    "data breach",
    "cyberattack",
    "cyber attack",
    "hack",
    "ransomware attack",
    "breach",
    "outage",
    "outages",
    "customers",
    "users",
    "said its",
    "says its",
    "'s systems",
    "'s network",
    "'s servers",
    "'s website",
    "'s it",
    "’s systems",
    "’s network",
    "’s servers",
    "’s website",
    "’s it",
    "’ systems",
    "' systems",
    "’s online",
    "'s online",
    "’s computer",
    "'s computer",
    "'s email",
    "’s email",
];

/// What a party that watches or helps says after its name ("said it was monitoring the
/// situation"): it was not attacked. Not "said it was aware of" or "working with", which victims
/// say as often.
pub(super) const BYSTANDER: &[&str] = &[
    "said it was monitoring",
    "said it is monitoring",
    "says it is monitoring",
    "said it was assisting",
    "said it is assisting",
    "says it is assisting",
    "said it was helping",
    "said it is helping",
    "says it is helping",
    "said it was in contact",
    "said it is in contact",
    "says it is in contact",
    "said it was liaising",
    "said it is liaising",
    "says it is liaising",
];

/// What a victim says or suffers, after a kind of organisation ("the software maker said it
/// detected"), besides [`PASSIVE`].
pub(super) const VICTIM_SPEECH: &[&str] = &[
    "said it detected",
    "says it detected",
    "said it was hit",
    "said it was hacked",
    "said it was breached",
    "said it had been",
    "says it was",
    "suffered",
    "confirmed a",
    "disclosed a",
    "detected",
];

/// Words that name an organisation ("Ministry", "University", "Airlines").
pub(super) const ORG_HEADS: &[&str] = &[
    "ministry",
    "ministries",
    "department",
    "university",
    "hospital",
    "school",
    "district",
    "council",
    "institute",
    "agency",
    "bank",
    "airlines",
    "airways",
    "services",
    "health",
    "healthcare",
    "inc",
    "corp",
    "corporation",
    "company",
    "post",
    "parliament",
    "city",
    "county",
    "police",
    "port",
    "ports",
    "authority",
    "commission",
    "committee",
    "foundation",
    "party",
    "alliance",
    "resorts",
    "entertainment",
    "telecom",
    "networks",
    "systems",
    "technologies",
    "group",
    "college",
    "office",
    "administration",
    "centre",
    "center",
    "clinic",
    "organisation",
    "organization",
    "association",
    "government",
    "municipality",
    "world",
    "airport",
    "railway",
    "bureau",
    "service",
    "league",
    "union",
];

/// Words that end an organisation's name but are none alone ("Group" after "Sandworm
/// Hacking" was split off an actor's name).
const GENERIC: &[&str] = &[
    "group",
    "inc",
    "corp",
    "corporation",
    "company",
    "holdings",
    "ltd",
    "llc",
    "plc",
    "services",
    "systems",
    "networks",
    "technologies",
];

/// Organisation head words that, in lower case after a name, are its computers rather than
/// part of its name ("University systems", "Acme networks").
pub(super) const IT_NOUNS: &[&str] = &["systems", "networks", "services", "service"];

/// Words that make a capitalised name a person or a role, not an organisation.
pub(super) const PERSON_WORDS: &[&str] = &[
    "minister",
    "secretary",
    "president",
    "director",
    "chief",
    "executive",
    "officer",
    "mayor",
    "superintendent",
    "registrar",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ceo",
    "analyst",
    "researcher",
    "head",
    "commissioner",
    "governor",
    "senator",
    "mr",
    "ms",
    "mrs",
    "dr",
    "vice",
    "advisor",
    "adviser",
    "coordinator",
    "manager",
    "founder",
];

/// Capitalised words that start sentences or headlines without naming anything.
pub(super) const COMMON: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "while",
    "according",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "our",
    "since",
    "after",
    "before",
    "as",
    "for",
    "but",
    "however",
    "now",
    "yesterday",
    "last",
    "such",
    "among",
    "several",
    "many",
    "some",
    "other",
    "both",
    "despite",
    "although",
    "when",
    "if",
    "there",
    "here",
    "what",
    "who",
    "hackers",
    "attackers",
    "officials",
    "police",
    "researchers",
    "earlier",
    "later",
    "also",
    "meanwhile",
    "so",
    "all",
    "no",
    "not",
    "one",
    "two",
    "update",
    "new",
    "major",
    "cyber",
    "data",
    "customer",
    "suspected",
    "mass",
    "global",
    "ransomware",
    "hacking",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "his",
    "her",
    "their",
    "your",
    "my",
    "you",
    "i",
    "us",
    "with",
    "from",
    "by",
    "to",
    "of",
    "and",
    "or",
    "said",
    "says",
    "regrettably",
    "reports",
    "remote",
    "weak",
    "measures",
    "staff",
    "students",
    "text",
    "do",
    "sources",
    "well",
    "upon",
    "unlike",
    "describing",
    "with",
];

/// A word list as a set: the lists are consulted for most words of the text, and a linear
/// `contains` over tens of strings was a visible share of extraction.
pub(super) struct Words {
    pub(super) list: &'static [&'static str],
    table: OnceLock<Table>,
}

pub(super) struct Table {
    /// Bytes rather than `str`, so a word lowered into a buffer is looked up without being
    /// validated as UTF-8 again.
    set: HashSet<&'static [u8], FixedState>,
    longest: usize,
    /// The `sketch` of every word, as bits: most words looked up are in no list, and most of
    /// those are turned away here without hashing.
    sketches: [u64; 16],
}

/// Ten bits from the length and the outer letters of a word: with a hundred words in a list,
/// about one bit in ten is set.
pub(super) fn sketch(len: usize, first: u8, last: u8) -> usize {
    (len.wrapping_mul(37) ^ usize::from(first).wrapping_mul(7) ^ usize::from(last)) & 1023
}

impl Table {
    pub(super) fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let k = sketch(len, first, last);
        self.sketches[k / 64] & (1 << (k % 64)) != 0
    }
}

impl Words {
    pub(super) const fn new(list: &'static [&'static str]) -> Self {
        Words {
            list,
            table: OnceLock::new(),
        }
    }

    pub(super) fn table(&self) -> &Table {
        self.table.get_or_init(|| {
            let mut sketches = [0u64; 16];
            for w in self.list {
                if let (Some(&first), Some(&last)) = (w.as_bytes().first(), w.as_bytes().last()) {
                    let k = sketch(w.len(), first, last);
                    sketches[k / 64] |= 1 << (k % 64);
                }
            }
            Table {
                set: self.list.iter().map(|w| w.as_bytes()).collect(),
                longest: self.list.iter().map(|w| w.len()).max().unwrap_or(0),
                sketches,
            }
        })
    }

    pub(super) fn contains(&self, word: impl AsRef<[u8]>) -> bool {
        self.find(word).is_some()
    }

    /// The listed word equal to `word`.
    pub(super) fn find(&self, word: impl AsRef<[u8]>) -> Option<&'static [u8]> {
        let word = word.as_ref();
        let table = self.table();
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) if !table.may_hold(word.len(), first, last) => None,
            _ => table.set.get(word).copied(),
        }
    }

    /// Whether `word.to_ascii_lowercase()` is in the list, without allocating it.
    pub(super) fn contains_ascii_lowercase(&self, word: impl AsRef<[u8]>) -> bool {
        let word = word.as_ref();
        let table = self.table();
        if word.len() > table.longest {
            return false;
        }
        if let (Some(first), Some(last)) = (word.first(), word.last())
            && !table.may_hold(
                word.len(),
                first.to_ascii_lowercase(),
                last.to_ascii_lowercase(),
            )
        {
            return false;
        }
        let mut buf = [0u8; 24];
        match buf.get_mut(..word.len()) {
            Some(lower) => {
                lower.copy_from_slice(word);
                lower.make_ascii_lowercase();
                table.set.contains(&*lower)
            }
            None => table.set.contains(&*word.to_ascii_lowercase()),
        }
    }
}

pub(super) static COMMON_WORDS: Words = Words::new(COMMON);
pub(super) static ORG_HEAD_WORDS: Words = Words::new(ORG_HEADS);
pub(super) static PERSON: Words = Words::new(PERSON_WORDS);
pub(super) static GENERIC_NAMES: Words = Words::new(GENERIC);

pub(super) fn is_common(word: &str) -> bool {
    COMMON_WORDS.contains_ascii_lowercase(word)
}

/// `str::to_lowercase` of the short windows of text read around names, into a buffer that is
/// reused instead of a new `String` each time.
pub(super) struct Lowered {
    buf: String,
}

impl Lowered {
    pub(super) fn new() -> Self {
        Lowered { buf: String::new() }
    }

    /// `s.to_lowercase()`, valid until the next call.
    pub(super) fn of(&mut self, s: &str) -> &str {
        self.buf.clear();
        if s.is_ascii() {
            // In place, so the bytes need no UTF-8 validation afterwards.
            self.buf.push_str(s);
            self.buf.make_ascii_lowercase();
        } else if s.contains('Σ') {
            // A capital sigma's lower case depends on the letters around it.
            self.buf = s.to_lowercase();
        } else {
            self.buf.extend(s.chars().flat_map(char::to_lowercase));
        }
        &self.buf
    }
}

/// A list of affixes by the byte at their outer end: most windows of text read around names
/// match none, and reading the whole list for each was a visible cost.
pub(super) struct Affixes {
    list: &'static [&'static str],
    /// Whether the entries are matched at the end of the text rather than at its start.
    suffixes: bool,
    by_byte: OnceLock<Vec<Vec<&'static str>>>,
}

impl Affixes {
    pub(super) const fn new(list: &'static [&'static str], suffixes: bool) -> Self {
        Affixes {
            list,
            suffixes,
            by_byte: OnceLock::new(),
        }
    }

    pub(super) fn outer(&self, s: &str) -> Option<u8> {
        if self.suffixes {
            s.as_bytes().last().copied()
        } else {
            s.as_bytes().first().copied()
        }
    }

    /// Whether `s` starts (or, for suffixes, ends) with one of the entries.
    pub(super) fn matched_by(&self, s: &str) -> bool {
        let Some(b) = self.outer(s) else {
            return false;
        };
        let by_byte = self.by_byte.get_or_init(|| {
            let mut by_byte = vec![Vec::new(); 256];
            for p in self.list {
                // No entry is empty.
                if let Some(b) = self.outer(p) {
                    by_byte[usize::from(b)].push(*p);
                }
            }
            by_byte
        });
        by_byte[usize::from(b)].iter().any(|p| {
            if self.suffixes {
                s.ends_with(p)
            } else {
                s.starts_with(p)
            }
        })
    }
}

pub(super) static BEFORE_NAME: Affixes = Affixes::new(BEFORE, true);
pub(super) static AFTER_NAME: Affixes = Affixes::new(AFTER, false);
pub(super) static PASSIVE_AFTER: Affixes = Affixes::new(PASSIVE, false);
pub(super) static BYSTANDER_AFTER: Affixes = Affixes::new(BYSTANDER, false);
pub(super) static VICTIM_SPEECH_AFTER: Affixes = Affixes::new(VICTIM_SPEECH, false);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowered_is_to_lowercase() {
        let long = "Acme ".repeat(40);
        let cases = [
            "",
            "Attack On The",
            "NUL\0 Byte",
            "Acme’s Systems",
            "\u{130}STANBUL",
            "\u{212a}PMG",
            "\u{23a}\u{23a}\u{23a}\u{23a}\u{23a}\u{23a}\u{23a}\u{23a}\u{23a}\u{23a}\u{23a}\u{23a}",
            "ΟΔΟΣ ΣΑ",
            "Σ",
            "🦀 Crab Bank",
            "\u{202e}RTL Mark",
            &long,
        ];
        let mut lowered = Lowered::new();
        for s in cases {
            assert_eq!(lowered.of(s), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn word_sets_ignore_ascii_case_only() {
        assert!(ORG_HEAD_WORDS.contains_ascii_lowercase("Ministry"));
        assert!(ORG_HEAD_WORDS.contains_ascii_lowercase("BANK"));
        assert!(!ORG_HEAD_WORDS.contains_ascii_lowercase("BAN\u{212a}"));
        assert!(!ORG_HEAD_WORDS.contains_ascii_lowercase("administrations"));
        assert!(!ORG_HEAD_WORDS.contains("Bank"));
        assert!(is_common("The"));
        assert!(!is_common("Thee"));
        // The sketches turn no listed word away.
        for words in [&COMMON_WORDS, &ORG_HEAD_WORDS, &PERSON, &GENERIC_NAMES] {
            for w in words.list {
                assert!(words.contains(w), "{w}");
                assert!(
                    words.contains_ascii_lowercase(w.to_ascii_uppercase()),
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn ignore_ascii_case_affixes() {
        assert!(starts_with_ignore_ascii_case(b"-Linked group", b"-linked"));
        assert!(!starts_with_ignore_ascii_case(b"-Link", b"-linked"));
        assert!(ends_with_ignore_ascii_case(b"a Pro-", b"pro-"));
        assert!(!ends_with_ignore_ascii_case(b"ro-", b"pro-"));
    }
}
