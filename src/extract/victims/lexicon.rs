//! Word lists of the victim finder and the fast ways it reads them: by a sketch of a word's
//! length and outer letters, by a phrase's outer byte, and through a reused lower-case buffer.

use super::*;

use crate::extract::wordlists::WordFile;

/// The victim finder's vocabulary (`data/victims.txt`), parsed once.
pub(super) fn vocabulary() -> &'static WordFile {
    static FILE: OnceLock<WordFile> = OnceLock::new();
    FILE.get_or_init(|| {
        WordFile::parse(include_str!("../data/victims.txt"))
            .expect("data/victims.txt is checked by a test")
    })
}

/// The names of the lists the code reads, each checked to exist by a test.
const LISTS: &[&str] = &[
    "before-name",
    "place-modifiers",
    "located-participles",
    "payment-verbs",
    "fraud-recipients",
    "organisation-sets",
    "deed-plurals",
    "helping-words",
    "affected-people",
    "theft-nouns",
    "passive",
    "asset-passive",
    "after-name",
    "after-name-speech",
    "oversight-heads",
    "oversight-names",
    "service-heads",
    "responder-words",
    "speech-adjuncts",
    "incident-subjects",
    "company-forms",
    "bystander",
    "unverified",
    "victim-speech",
    "org-heads",
    "generic-names",
    "it-nouns",
    "assets",
    "members",
    "perfect-verbs",
    "kind-nouns",
    "place-governments",
    "kind-heads",
    "maker-nouns",
    "manufacturer-nouns",
    "making-verbs",
    "software-nouns",
    "asset-deeds",
    "business-nouns",
    "name-connectives",
    "portfolio-words",
    "listing-verbs",
    "leak-sites",
    "modals",
    "advice-words",
    "possessed-bodies",
    "habit-words",
    "work-nouns",
    "code-nouns",
    "person-words",
    "common",
    "headline-verbs",
    "threatened",
    "heading-function-words",
    "have-passive",
    "shutdown-verbs",
    "disruption-verbs",
    "operated-by",
    "detection-verbs",
    "lower-heads",
    "served-before",
    "outage-words",
    "staging-nouns",
    "staging-leads",
    "telling-verbs",
    "tampered-words",
    "carrier-nouns",
    "third-party-nouns",
    "third-party-leads",
    "copying-verbs",
    "common-kinds",
    "encryption-words",
    "encrypted-things",
    "cipher-objects",
    "counterfeit-words",
    "data-nouns",
    "support-words",
    "negators",
    "speech-verbs",
    "intruder-words",
    "analyst-kinds",
    "outside-roles",
    "analyst-after",
    "advisory-after",
    "analyst-heads",
    "city-systems",
    "attacker-after",
    "technology",
    "kind-acronyms",
    "product-nouns",
    "origin-adjectives",
    "impersonated",
    "audience",
    "sellers",
    "headline-attack",
    "headline-speech",
    "sector technology",
    "sector communications",
    "sector telecommunications",
    "sector entertainment",
    "sector retail",
    "sector financial-services",
    "sector government-national",
    "sector healthcare",
    "sector hospitality-leisure",
    "sector transportation",
    "name-word water",
    "name-word utilities",
    "name-word energy",
    "name-word healthcare",
    "name-word government-national",
    "name-word telecommunications",
    "name-word financial-services",
    "name-word manufacturing",
    "name-word pharmaceuticals",
    "name-word construction",
    "name-word technology",
    "name-word automotive",
    "name-word aerospace",
    "name-word commercial",
    "home US",
    "home GB",
    "subject-breaks",
    "attacker-nouns",
    "origin-words",
    "headline-transitive",
    "record-links",
    "auxiliaries",
    "interrogatives",
    "person-nouns",
    "inner-adverbs",
    "leading-adverbs",
    "heading-lower",
    "possessive-heads",
    "people-possessives",
    "theft-verbs",
    "defence-nouns",
    "message-nouns",
    "inclusion-verbs",
    "affected-words",
    "taken-participles",
    "identified-participles",
    "means-prepositions",
    "government-bodies",
    "public-bodies",
    "level-words",
    "bare-heads",
];

/// One list of `data/victims.txt`.
pub(super) fn list(name: &'static str) -> &'static [&'static str] {
    debug_assert!(LISTS.contains(&name), "{name} is not in LISTS");
    vocabulary().list(name)
}

/// A word list as a set: the lists are consulted for most words of the text, and a linear
/// `contains` over tens of strings was a visible share of extraction.
pub(super) struct Words {
    name: &'static str,
    table: OnceLock<Table>,
    /// Per byte, the entries that start with it, a bit each (entry `k` at bit `k % 64`):
    /// built for [`Words::any_within`] only.
    by_first: OnceLock<Vec<u64>>,
}

pub(super) struct Table {
    /// The entries as the data file lists them, found by name once rather than at each use.
    entries: &'static [&'static str],
    /// Bytes rather than `str`, so a word lowered into a buffer is looked up without being
    /// validated as UTF-8 again.
    set: HashSet<&'static [u8], FixedState>,
    /// The entries of up to [`SHORT`] bytes as numbers ([`short_key`]): most words looked up
    /// are short, and a number is hashed and compared in a few instructions, where a slice
    /// cost a call to hash it and one to compare it.
    short: HashSet<u64, FixedState>,
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
    /// The set of `entries` (not empty).
    pub(super) fn of(entries: &'static [&'static str]) -> Table {
        let mut sketches = [0u64; 16];
        for w in entries {
            if let (Some(&first), Some(&last)) = (w.as_bytes().first(), w.as_bytes().last()) {
                let k = sketch(w.len(), first | 0x20, last | 0x20);
                sketches[k / 64] |= 1 << (k % 64);
            }
        }
        Table {
            entries,
            set: entries.iter().map(|w| w.as_bytes()).collect(),
            // An entry with a capital is never a word lowered: it is left out.
            short: entries
                .iter()
                .filter(|w| !w.bytes().any(|b| b.is_ascii_uppercase()))
                .filter_map(|w| short_key(w.as_bytes()))
                .collect(),
            longest: entries.iter().map(|w| w.len()).max().unwrap_or(0),
            sketches,
        }
    }

    /// Whether `word.to_ascii_lowercase()` is in the set, without allocating it.
    // Inlined: asked of most words of a name or a window of text, most of which the length or
    // the sketch turns away, then without a call.
    #[inline]
    pub(super) fn contains_ascii_lowercase(&self, word: impl AsRef<[u8]>) -> bool {
        let word = word.as_ref();
        if word.len() > self.longest {
            return false;
        }
        if let (Some(&first), Some(&last)) = (word.first(), word.last())
            && !self.may_hold(word.len(), first, last)
        {
            return false;
        }
        self.holds_ascii_lowercase(word)
    }

    /// Whether a word of `len` bytes from `first` to `last` may be in the set, in any ASCII
    /// case: the outer bytes are sketched with bit 5 set, which makes an ASCII capital its
    /// small letter and leaves a small letter (and most else) as it is, in two instructions
    /// where lowering costs five (the sketch may only tell apart fewer words).
    pub(super) fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let k = sketch(len, first | 0x20, last | 0x20);
        self.sketches[k / 64] & (1 << (k % 64)) != 0
    }
}

impl Words {
    pub(super) const fn new(name: &'static str) -> Self {
        Words {
            name,
            table: OnceLock::new(),
            by_first: OnceLock::new(),
        }
    }

    /// The words, as the data file lists them.
    pub(super) fn list(&self) -> &'static [&'static str] {
        self.table().entries
    }

    pub(super) fn table(&self) -> &Table {
        self.table.get_or_init(|| Table::of(list(self.name)))
    }

    pub(super) fn contains(&self, word: impl AsRef<[u8]>) -> bool {
        self.find(word).is_some()
    }

    /// Whether `hay` holds one of the listed words anywhere, inside a word or not. For a few
    /// words of text, where `str::contains` built a searcher for each entry of each window.
    // Asked of the few dozen bytes before a name: one pass over them, comparing only the
    // entries that start with each byte, costs less than a vectorised search per entry (each
    // set up for a text shorter than its vectors).
    pub(super) fn any_within(&self, hay: &str) -> bool {
        let entries = self.list();
        // No entry is empty (a data file's blank lines are skipped): each has a first byte.
        let by_first = self.by_first.get_or_init(|| {
            let mut by_first = vec![0u64; 256];
            for (k, w) in entries.iter().enumerate() {
                if let Some(&first) = w.as_bytes().first() {
                    by_first[usize::from(first)] |= 1 << (k % 64);
                }
            }
            by_first
        });
        let hay = hay.as_bytes();
        (0..hay.len()).any(|at| {
            let mut may_start = by_first[usize::from(hay[at])];
            while may_start != 0 {
                let k = may_start.trailing_zeros() as usize;
                may_start &= may_start - 1;
                // Entry `k`, and those sharing its bit in a list of over 64.
                if (k..entries.len())
                    .step_by(64)
                    .any(|k| hay[at..].starts_with(entries[k].as_bytes()))
                {
                    return true;
                }
            }
            false
        })
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
    #[inline]
    pub(super) fn contains_ascii_lowercase(&self, word: impl AsRef<[u8]>) -> bool {
        self.table().contains_ascii_lowercase(word)
    }
}

impl Table {
    /// Whether `word.to_ascii_lowercase()` is in the set, lowered on the stack unless it is
    /// long.
    fn holds_ascii_lowercase(&self, word: &[u8]) -> bool {
        if let Some(key) = short_key(word) {
            return self.short.contains(&key);
        }
        let mut buf = [0u8; 24];
        match buf.get_mut(..word.len()) {
            Some(lower) => {
                for (l, b) in lower.iter_mut().zip(word) {
                    *l = b.to_ascii_lowercase();
                }
                self.set.contains(&*lower)
            }
            None => self.set.contains(&*word.to_ascii_lowercase()),
        }
    }
}

/// How long a word [`short_key`] makes a number of.
const SHORT: usize = 7;

/// `word.to_ascii_lowercase()` as a number, if it has [`SHORT`] bytes or fewer: its bytes
/// from the lowest, and its length in the highest byte, so that no two words share one.
fn short_key(word: &[u8]) -> Option<u64> {
    if word.len() > SHORT {
        return None;
    }
    let bytes = word
        .iter()
        .rev()
        .fold(0u64, |key, &b| key << 8 | u64::from(b.to_ascii_lowercase()));
    Some(bytes | (word.len() as u64) << 56)
}

pub(super) static COMMON_WORDS: Words = Words::new("common");
pub(super) static OVERSIGHT_HEADS: Words = Words::new("oversight-heads");
pub(super) static OVERSIGHT_NAMES: Words = Words::new("oversight-names");
pub(super) static SERVICE_HEADS: Words = Words::new("service-heads");
pub(super) static RESPONDER_WORDS: Words = Words::new("responder-words");
pub(super) static SPEECH_ADJUNCTS: Words = Words::new("speech-adjuncts");
pub(super) static INCIDENT_SUBJECTS: Words = Words::new("incident-subjects");
pub(super) static COMPANY_FORMS: Words = Words::new("company-forms");
pub(super) static PLACE_MODIFIERS: Words = Words::new("place-modifiers");
pub(super) static LOCATED_PARTICIPLES: Words = Words::new("located-participles");
pub(super) static PAYMENT_VERBS: Words = Words::new("payment-verbs");
pub(super) static FRAUD_RECIPIENTS: Words = Words::new("fraud-recipients");
pub(super) static ORGANISATION_SETS: Words = Words::new("organisation-sets");
pub(super) static DEED_PLURALS: Words = Words::new("deed-plurals");
pub(super) static HELPING_WORDS: Words = Words::new("helping-words");
pub(super) static AFFECTED_PEOPLE: Words = Words::new("affected-people");
pub(super) static ORG_HEAD_WORDS: Words = Words::new("org-heads");
pub(super) static ASSETS: Words = Words::new("assets");
pub(super) static ASSET_DEEDS: Words = Words::new("asset-deeds");
pub(super) static MEMBERS: Words = Words::new("members");
pub(super) static PERFECT_VERBS: Words = Words::new("perfect-verbs");
pub(super) static KIND_NOUNS: Words = Words::new("kind-nouns");
pub(super) static KIND_HEADS: Words = Words::new("kind-heads");
pub(super) static COMMON_KINDS: Words = Words::new("common-kinds");
pub(super) static BUSINESS_NOUNS: Words = Words::new("business-nouns");
pub(super) static MAKER_NOUNS: Words = Words::new("maker-nouns");
pub(super) static MANUFACTURER_NOUNS: Words = Words::new("manufacturer-nouns");
pub(super) static MAKING_VERBS: Words = Words::new("making-verbs");
pub(super) static SOFTWARE_NOUNS: Words = Words::new("software-nouns");
pub(super) static NAME_CONNECTIVES: Words = Words::new("name-connectives");
pub(super) static LISTING_VERBS: Words = Words::new("listing-verbs");
pub(super) static LEAK_SITES: Words = Words::new("leak-sites");
pub(super) static MODALS: Words = Words::new("modals");
pub(super) static ADVICE_WORDS: Words = Words::new("advice-words");
pub(super) static HABIT_WORDS: Words = Words::new("habit-words");
pub(super) static INTERROGATIVES: Words = Words::new("interrogatives");
pub(super) static ATTACKER_NOUNS: Words = Words::new("attacker-nouns");
pub(super) static INTRUDER_WORDS: Words = Words::new("intruder-words");
pub(super) static AUXILIARIES: Words = Words::new("auxiliaries");
pub(super) static INNER_ADVERBS: Words = Words::new("inner-adverbs");
pub(super) static LEADING_ADVERBS: Words = Words::new("leading-adverbs");
pub(super) static HEADING_LOWER: Words = Words::new("heading-lower");
pub(super) static POSSESSIVE_HEADS: Words = Words::new("possessive-heads");
pub(super) static PEOPLE_POSSESSIVES: Words = Words::new("people-possessives");
pub(super) static THEFT_VERBS: Words = Words::new("theft-verbs");
pub(super) static INCLUSION_VERBS: Words = Words::new("inclusion-verbs");
pub(super) static AFFECTED_WORDS: Words = Words::new("affected-words");
pub(super) static TAKEN_PARTICIPLES: Words = Words::new("taken-participles");
pub(super) static IDENTIFIED_PARTICIPLES: Words = Words::new("identified-participles");
pub(super) static THEFT_NOUNS: Words = Words::new("theft-nouns");
pub(super) static DEFENCE_NOUNS: Words = Words::new("defence-nouns");
pub(super) static MESSAGE_NOUNS: Words = Words::new("message-nouns");
pub(super) static MEANS_PREPOSITIONS: Words = Words::new("means-prepositions");
pub(super) static SUBJECT_BREAKS: Words = Words::new("subject-breaks");
pub(super) static WORK_NOUNS: Words = Words::new("work-nouns");
pub(super) static CODE_NOUNS: Words = Words::new("code-nouns");
pub(super) static PERSON: Words = Words::new("person-words");
pub(super) static PERSON_NOUNS: Words = Words::new("person-nouns");
pub(super) static GOVERNMENT_BODIES: Words = Words::new("government-bodies");
pub(super) static PUBLIC_BODIES: Words = Words::new("public-bodies");
pub(super) static POSSESSED_BODIES: Words = Words::new("possessed-bodies");
pub(super) static BARE_HEADS: Words = Words::new("bare-heads");
pub(super) static LEVEL_WORDS: Words = Words::new("level-words");
pub(super) static GENERIC_NAMES: Words = Words::new("generic-names");
pub(super) static PORTFOLIO_WORDS: Words = Words::new("portfolio-words");
pub(super) static ANALYST_HEADS: Words = Words::new("analyst-heads");
pub(super) static TECHNOLOGY: Words = Words::new("technology");
pub(super) static KIND_ACRONYMS: Words = Words::new("kind-acronyms");
pub(super) static PRODUCT_NOUNS: Words = Words::new("product-nouns");
pub(super) static ORIGIN_ADJECTIVES: Words = Words::new("origin-adjectives");
pub(super) static HEADLINE_TRANSITIVE: Words = Words::new("headline-transitive");
pub(super) static HEADLINE_ATTACK: Words = Words::new("headline-attack");
pub(super) static HEADLINE_SPEECH: Words = Words::new("headline-speech");
pub(super) static IT_NOUNS: Words = Words::new("it-nouns");
pub(super) static IMPERSONATED: Words = Words::new("impersonated");
pub(super) static SPEECH_VERBS: Words = Words::new("speech-verbs");
pub(super) static ATTACKER_AFTER: Words = Words::new("attacker-after");
pub(super) static ORIGIN_WORDS: Words = Words::new("origin-words");
pub(super) static RECORD_LINKS: Words = Words::new("record-links");
pub(super) static ANALYST_KINDS: Words = Words::new("analyst-kinds");
pub(super) static OUTSIDE_ROLES: Words = Words::new("outside-roles");
pub(super) static THREATENED: Words = Words::new("threatened");
pub(super) static HEADING_FUNCTION_WORDS: Words = Words::new("heading-function-words");
pub(super) static HAVE_PASSIVE: Words = Words::new("have-passive");
pub(super) static SERVED_BEFORE: Affixes = Affixes::new("served-before", true);
pub(super) const OUTAGE_WORDS: &str = "outage-words";
pub(super) static LOWER_HEADS: Words = Words::new("lower-heads");
pub(super) static SHUTDOWN_VERBS: Affixes = Affixes::new("shutdown-verbs", false);
pub(super) static DISRUPTION_VERBS: Words = Words::new("disruption-verbs");
pub(super) static PLACE_GOVERNMENTS: Words = Words::new("place-governments");
pub(super) static OPERATED_BY: Affixes = Affixes::new("operated-by", true);
pub(super) static DETECTION_VERBS: Words = Words::new("detection-verbs");
pub(super) static STAGING_NOUNS: Words = Words::new("staging-nouns");
pub(super) static STAGING_LEADS: Words = Words::new("staging-leads");
pub(super) static TELLING_VERBS: Words = Words::new("telling-verbs");
pub(super) static TAMPERED_WORDS: Words = Words::new("tampered-words");
pub(super) static CARRIER_NOUNS: Words = Words::new("carrier-nouns");
pub(super) static THIRD_PARTY_NOUNS: Words = Words::new("third-party-nouns");
pub(super) static THIRD_PARTY_LEADS: Words = Words::new("third-party-leads");
pub(super) static COPYING_VERBS: Words = Words::new("copying-verbs");
pub(super) static ENCRYPTION_WORDS: Words = Words::new("encryption-words");
pub(super) static ENCRYPTED_THINGS: Words = Words::new("encrypted-things");
pub(super) static CIPHER_OBJECTS: Words = Words::new("cipher-objects");
pub(super) static COUNTERFEIT_WORDS: Words = Words::new("counterfeit-words");
pub(super) static DATA_NOUNS: Words = Words::new("data-nouns");
pub(super) static SUPPORT_WORDS: Words = Words::new("support-words");
pub(super) static NEGATORS: Words = Words::new("negators");

pub(super) fn is_common(word: &str) -> bool {
    COMMON_WORDS.contains_ascii_lowercase(word)
}

/// `str::to_lowercase` of the short windows of text read around names, into a buffer that is
/// reused instead of a new `String` each time.
pub(super) struct Lowered<'t> {
    buf: String,
    /// The text the windows are read from, and its lower case when lowering keeps every
    /// character's bytes where they were ([`crate::words::lower_into`]; always so in ASCII
    /// text, most news): a window's lower case is then the same bytes of that copy, lowered
    /// once per text with the doc, where each of its few dozen windows (two to four per name)
    /// was copied and lowered apart, the non-ASCII ones a character at a time.
    text: Option<(&'t str, &'t str)>,
}

impl Lowered<'static> {
    pub(super) fn new() -> Self {
        Lowered {
            buf: String::new(),
            text: None,
        }
    }
}

impl<'t> Lowered<'t> {
    /// For windows of `text`, whose lower case is `lower` if it keeps every byte in place.
    pub(super) fn within(text: &'t str, lower: Option<&'t str>) -> Self {
        Lowered {
            // Room for the longest window read (120 bytes before a passive) at once: grown
            // window by window, the buffer was reallocated about twice per article.
            buf: String::with_capacity(128),
            text: lower.map(|lower| (text, lower)),
        }
    }

    /// Where `s` starts in the text lowered whole, if it lies in it.
    fn in_text(&self, s: &str) -> Option<usize> {
        let (text, _) = self.text.as_ref()?;
        let at = s.as_ptr().addr().wrapping_sub(text.as_ptr().addr());
        (at <= text.len() && s.len() <= text.len() - at).then_some(at)
    }

    /// `s.to_lowercase()` as a slice of the text lowered whole, if `s` lies in the text and
    /// the text has that copy: borrowed from the text rather than from this buffer, so it can
    /// be kept past the next call.
    pub(super) fn of_in_text(&self, s: &str) -> Option<&'t str> {
        let at = self.in_text(s)?;
        let (_, lower) = self.text?;
        Some(&lower[at..at + s.len()])
    }

    /// `s.to_lowercase()`, valid until the next call.
    pub(super) fn of(&mut self, s: &str) -> &str {
        if let Some(at) = self.in_text(s)
            && let Some((_, lower)) = self.text
        {
            return &lower[at..at + s.len()];
        }
        self.buf.clear();
        if s.is_ascii() {
            // In place, so the bytes need no UTF-8 validation afterwards.
            self.buf.push_str(s);
            self.buf.make_ascii_lowercase();
        } else if s.contains('Σ') {
            // A capital sigma's lower case depends on the letters around it.
            self.buf = s.to_lowercase();
        } else {
            // Below U+00C0 only ASCII capitals have a lower case, and General Punctuation
            // (U+2000-U+206F: the quotes and dashes that make news text non-ASCII) has none:
            // those characters skip the case tables. The runs of ASCII between them are
            // copied whole, and their capitals lowered at the end (no character's lower case
            // holds an ASCII capital).
            let mut rest = s;
            loop {
                let ascii = rest
                    .bytes()
                    .position(|b| !b.is_ascii())
                    .unwrap_or(rest.len());
                self.buf.push_str(&rest[..ascii]);
                rest = &rest[ascii..];
                let Some(c) = rest.chars().next() else { break };
                if c < '\u{c0}' || ('\u{2000}'..='\u{206f}').contains(&c) {
                    self.buf.push(c);
                } else {
                    self.buf.extend(c.to_lowercase());
                }
                rest = &rest[c.len_utf8()..];
            }
            self.buf.make_ascii_lowercase();
        }
        &self.buf
    }
}

/// A list of affixes by the byte at their outer end: most windows of text read around names
/// match none, and reading the whole list for each was a visible cost.
pub(super) struct Affixes {
    name: &'static str,
    /// Whether the entries are matched at the end of the text rather than at its start.
    suffixes: bool,
    by_byte: OnceLock<ByByte>,
}

/// The entries of an [`Affixes`] in order of their outer byte, in one block, and where those
/// of each byte start: a bucket is a run of the block, where a vector per byte put each
/// bucket in a block of its own, whose first read (a window in several) missed the cache.
struct ByByte {
    entries: Vec<Affix>,
    /// Per outer byte, the start of its run of `entries`; the last is the end of the block.
    starts: [u16; 257],
}

/// An entry with its outer eight bytes (or fewer) read as a number: an entry shares its outer
/// byte with many others ("was hacked", "was breached", "were hit"), and comparing the outer
/// words turns most of them away without a call to compare the strings.
struct Affix {
    outer: u64,
    mask: u64,
    text: &'static str,
}

impl Affixes {
    pub(super) const fn new(name: &'static str, suffixes: bool) -> Self {
        Affixes {
            name,
            suffixes,
            by_byte: OnceLock::new(),
        }
    }

    /// Up to eight bytes of `s` from its outer end inward, the outer byte lowest, and the mask
    /// of the bytes read. The bytes of an affix of `s` are the same bytes of `s`.
    fn outer_word(&self, s: &str) -> (u64, u64) {
        let b = s.as_bytes();
        // Most windows hold eight bytes: loaded as one number, where a copy of up to eight
        // bytes called `memcpy` and reversing them took a loop.
        let eight = if self.suffixes {
            b.last_chunk().map(|last| u64::from_be_bytes(*last))
        } else {
            b.first_chunk().map(|first| u64::from_le_bytes(*first))
        };
        if let Some(word) = eight {
            return (word, !0);
        }
        let n = b.len().min(8);
        let mut word = [0u8; 8];
        if self.suffixes {
            for (w, &c) in word.iter_mut().zip(b[b.len() - n..].iter().rev()) {
                *w = c;
            }
        } else {
            word[..n].copy_from_slice(&b[..n]);
        }
        let mask = if n == 8 { !0 } else { (1u64 << (8 * n)) - 1 };
        (u64::from_le_bytes(word), mask)
    }

    /// Whether `s` starts (or, for suffixes, ends) with one of the entries.
    pub(super) fn matched_by(&self, s: &str) -> bool {
        let Some(&b) = (if self.suffixes {
            s.as_bytes().last()
        } else {
            s.as_bytes().first()
        }) else {
            return false;
        };
        let by_byte = self.by_byte.get_or_init(|| {
            let mut entries: Vec<Affix> = list(self.name)
                .iter()
                .map(|&p| {
                    let (outer, mask) = self.outer_word(p);
                    Affix {
                        outer,
                        mask,
                        text: p,
                    }
                })
                .collect();
            // No entry is empty: its outer byte is the lowest of `outer`. A stable sort keeps
            // each byte's entries in the list's order.
            entries.sort_by_key(|a| a.outer & 0xff);
            let mut starts = [0u16; 257];
            for (b, start) in starts.iter_mut().enumerate() {
                let before = entries.partition_point(|a| (a.outer & 0xff) < b as u64);
                *start = u16::try_from(before).expect("a list holds fewer than 65,536 affixes");
            }
            ByByte { entries, starts }
        });
        let b = usize::from(b);
        let bucket =
            &by_byte.entries[usize::from(by_byte.starts[b])..usize::from(by_byte.starts[b + 1])];
        if bucket.is_empty() {
            return false;
        }
        let (outer, _) = self.outer_word(s);
        bucket.iter().any(|p| {
            outer & p.mask == p.outer
                && if self.suffixes {
                    s.ends_with(p.text)
                } else {
                    s.starts_with(p.text)
                }
        })
    }
}

pub(super) static BEFORE_NAME: Affixes = Affixes::new("before-name", true);
pub(super) static AFTER_NAME: Affixes = Affixes::new("after-name", false);
pub(super) static AFTER_NAME_SPEECH: Affixes = Affixes::new("after-name-speech", false);
pub(super) static PASSIVE_AFTER: Affixes = Affixes::new("passive", false);
pub(super) static ASSET_PASSIVE_AFTER: Affixes = Affixes::new("asset-passive", false);
pub(super) static BYSTANDER: Affixes = Affixes::new("bystander", false);
pub(super) static UNVERIFIED: Affixes = Affixes::new("unverified", false);
pub(super) static VICTIM_SPEECH_AFTER: Affixes = Affixes::new("victim-speech", false);
pub(super) static CITY_SYSTEMS_AFTER: Affixes = Affixes::new("city-systems", false);
pub(super) static ANALYST_BEFORE: Affixes = Affixes::new("analyst-kinds", true);
pub(super) static ANALYST_AFTER: Affixes = Affixes::new("analyst-after", false);
pub(super) static ADVISORY_AFTER: Affixes = Affixes::new("advisory-after", false);
pub(super) static AUDIENCE_BEFORE: Affixes = Affixes::new("audience", true);
pub(super) static SELLERS_BEFORE: Affixes = Affixes::new("sellers", true);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_has_every_list_in_lower_case() {
        let file = WordFile::parse(include_str!("../data/victims.txt")).unwrap();
        assert_eq!(file.check_read_lower_case(LISTS), Ok(()));
    }

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
            "ÄRZTE’S Bank “HACKED” \u{212a}ELVIN",
            "\u{202e}RTL Mark",
            &long,
        ];
        let mut lowered = Lowered::new();
        for s in cases {
            assert_eq!(lowered.of(s), s.to_lowercase(), "{s:?}");
        }
        // Every character the non-ASCII path copies without the case tables, beside a
        // character that needs them.
        let skipped = ('\0'..'\u{c0}').chain('\u{2000}'..='\u{206f}');
        for c in skipped {
            let s = format!("\u{130}{c}A");
            assert_eq!(lowered.of(&s), s.to_lowercase(), "{s:?}");
        }
    }

    /// The lower case of `text` as a doc keeps it, if it keeps every byte in place.
    fn lowered_whole(text: &str) -> Option<String> {
        let (mut words, mut classes, mut lower) = (Vec::new(), Vec::new(), String::new());
        crate::words::list_into(text.as_bytes(), &mut words, &mut classes);
        crate::words::lower_into(text, &classes, &mut lower).then_some(lower)
    }

    #[test]
    fn windows_of_an_ascii_text_are_lowered_from_its_copy() {
        let text = "Acme Corp SAID; the HACK of ACME";
        let lower = lowered_whole(text);
        let mut lowered = Lowered::within(text, lower.as_deref());
        for (a, b) in [
            (0, 4),
            (5, 14),
            (0, text.len()),
            (20, 20),
            (text.len(), text.len()),
        ] {
            assert_eq!(lowered.of(&text[a..b]), text[a..b].to_lowercase());
        }
        assert_eq!(lowered.of("Elsewhere ÄRZTE"), "elsewhere ärzte");
        let lower = lowered_whole("Café AND Bank");
        let mut lowered = Lowered::within("Café AND Bank", lower.as_deref());
        assert_eq!(lowered.of("Café AND Bank"), "café and bank");
    }

    #[test]
    fn windows_of_any_text_are_its_slices_lowered() {
        let texts = [
            "Acme Corp SAID; the HACK of ACME",
            "ÄRZTE’S Bank “HACKED” at Café",
            "\u{212a}ELVIN and İstanbul",
            "ΟΔΟΣ ΣΑ Bank",
            "🦀 Crab Bank µ",
        ];
        for text in texts {
            let lower = lowered_whole(text);
            let mut lowered = Lowered::within(text, lower.as_deref());
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &a in &bounds {
                for &b in bounds.iter().filter(|&&b| b >= a) {
                    let window = &text[a..b];
                    assert_eq!(lowered.of(window), window.to_lowercase(), "{window:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn windows_lowered_within_a_text_are_to_lowercase(
            text in "([A-Za-z ]{0,6}|[ÄäİΣσ\u{212a}’“—é]|\\PC){0,20}",
            a in 0usize..64,
            b in 0usize..64,
        ) {
            let (a, b) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
            if text.is_char_boundary(a) && text.is_char_boundary(b) {
                let lower = lowered_whole(&text);
                let mut lowered = Lowered::within(&text, lower.as_deref());
                proptest::prop_assert_eq!(lowered.of(&text[a..b]), text[a..b].to_lowercase());
            }
        }

        #[test]
        fn lowered_is_to_lowercase_anywhere(s in "([A-Za-z ]{0,6}|[ÄäİΣσ\u{212a}’“—]|\\PC){0,20}") {
            let mut lowered = Lowered::new();
            proptest::prop_assert_eq!(lowered.of(&s), s.to_lowercase());
        }
    }

    #[test]
    fn short_keys_tell_every_short_word_apart() {
        assert_eq!(short_key(b"Bank"), short_key(b"bank"));
        assert_ne!(short_key(b"ab"), short_key(b"ab\0"));
        assert_ne!(short_key(b""), short_key(b"\0"));
        assert_ne!(short_key(b"bank"), short_key(b"banks"));
        assert_eq!(short_key(b"abcdefg").map(|k| k >> 56), Some(7));
        assert_eq!(short_key(b"abcdefgh"), None);
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
            for w in words.list() {
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

    #[test]
    fn any_within_finds_an_entry_anywhere_as_contains_does() {
        let hays = [
            "",
            "emails purporting to come from",
            "a fake",
            "fak",
            "scammers posing as",
            "spoofe",
            "é disguised as ü",
            "the pretend",
            "bogusbogus",
        ];
        for hay in hays {
            let want = IMPERSONATED.list().iter().any(|w| hay.contains(w));
            assert_eq!(IMPERSONATED.any_within(hay), want, "{hay:?}");
        }
    }
}
