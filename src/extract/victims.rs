//! The reported incident: its victims (organisations named as attacked), their sectors and
//! countries, its types and its dates.
//!
//! A victim is a capitalised name that the text puts on the receiving end of an attack: after
//! "attack on", "breach at", "targeting"; before "was hacked", "confirmed a breach", "said it
//! detected"; or as the owner of what was hit ("X's systems"). The headline counts most.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::OnceLock;

use foldhash::fast::FixedState;

use crate::gazetteer::{AuthorityKind, CountryForm, Hit, HitKind};
use crate::model::{Country, Incident, IncidentType, Sector, Span, Victim};

use super::Doc;
use super::attribution::{Analysis, push};
use super::cues::Cue;

/// Text before a name that puts it on the receiving end.
const BEFORE: &[&str] = &[
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
    "victim",
    "disrupted",
    "knocked",
    "struck",
    "accessing",
    "ransomware attack on",
    "affected",
];

/// Text after a name that puts it on the receiving end.
const AFTER: &[&str] = &[
    "was hacked",
    "was breached",
    "was attacked",
    "was hit",
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

/// What a victim says or suffers, after a kind of organisation ("the software maker said it
/// detected").
const VICTIM_SPEECH: &[&str] = &[
    "said it detected",
    "says it detected",
    "said it was hit",
    "said it was hacked",
    "said it was breached",
    "said it had been",
    "says it was",
    "was hacked",
    "was breached",
    "was attacked",
    "was hit",
    "suffered",
    "confirmed a",
    "disclosed a",
    "detected",
];

/// Words that name an organisation ("Ministry", "University", "Airlines").
const ORG_HEADS: &[&str] = &[
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

/// Words that make a capitalised name a person or a role, not an organisation.
const PERSON_WORDS: &[&str] = &[
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
const COMMON: &[&str] = &[
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
struct Words {
    list: &'static [&'static str],
    table: OnceLock<Table>,
}

struct Table {
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
fn sketch(len: usize, first: u8, last: u8) -> usize {
    (len.wrapping_mul(37) ^ usize::from(first).wrapping_mul(7) ^ usize::from(last)) & 1023
}

impl Table {
    fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let k = sketch(len, first, last);
        self.sketches[k / 64] & (1 << (k % 64)) != 0
    }
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Self {
        Words {
            list,
            table: OnceLock::new(),
        }
    }

    fn table(&self) -> &Table {
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

    fn contains(&self, word: impl AsRef<[u8]>) -> bool {
        self.find(word).is_some()
    }

    /// The listed word equal to `word`.
    fn find(&self, word: impl AsRef<[u8]>) -> Option<&'static [u8]> {
        let word = word.as_ref();
        let table = self.table();
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) if !table.may_hold(word.len(), first, last) => None,
            _ => table.set.get(word).copied(),
        }
    }

    /// Whether `word.to_ascii_lowercase()` is in the list, without allocating it.
    fn contains_ascii_lowercase(&self, word: impl AsRef<[u8]>) -> bool {
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

static COMMON_WORDS: Words = Words::new(COMMON);
static ORG_HEAD_WORDS: Words = Words::new(ORG_HEADS);
static PERSON: Words = Words::new(PERSON_WORDS);

fn is_common(word: &str) -> bool {
    COMMON_WORDS.contains_ascii_lowercase(word)
}

/// `str::to_lowercase` of the short windows of text read around names, into a buffer that is
/// reused instead of a new `String` each time.
struct Lowered {
    buf: String,
}

impl Lowered {
    fn new() -> Self {
        Lowered { buf: String::new() }
    }

    /// `s.to_lowercase()`, valid until the next call.
    fn of(&mut self, s: &str) -> &str {
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
struct Affixes {
    list: &'static [&'static str],
    /// Whether the entries are matched at the end of the text rather than at its start.
    suffixes: bool,
    by_byte: OnceLock<Vec<Vec<&'static str>>>,
}

impl Affixes {
    const fn new(list: &'static [&'static str], suffixes: bool) -> Self {
        Affixes {
            list,
            suffixes,
            by_byte: OnceLock::new(),
        }
    }

    fn outer(&self, s: &str) -> Option<u8> {
        if self.suffixes {
            s.as_bytes().last().copied()
        } else {
            s.as_bytes().first().copied()
        }
    }

    /// Whether `s` starts (or, for suffixes, ends) with one of the entries.
    fn matched_by(&self, s: &str) -> bool {
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

static BEFORE_NAME: Affixes = Affixes::new(BEFORE, true);
static AFTER_NAME: Affixes = Affixes::new(AFTER, false);
static VICTIM_SPEECH_AFTER: Affixes = Affixes::new(VICTIM_SPEECH, false);

/// Whether `hay` starts with `prefix`, ignoring ASCII case.
fn starts_with_ignore_ascii_case(hay: &[u8], prefix: &[u8]) -> bool {
    hay.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

/// Whether `hay` holds `needle`, ignoring ASCII case. For short needles.
fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Whether `hay` ends with `suffix`, ignoring ASCII case.
fn ends_with_ignore_ascii_case(hay: &[u8], suffix: &[u8]) -> bool {
    hay.len() >= suffix.len() && hay[hay.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// A name, at `span` of the text.
#[derive(Debug, Clone)]
struct Candidate {
    span: Span,
    score: u32,
    mentions: u32,
    in_title: bool,
    /// The name in lower case, in `main_incident`'s buffer of keys.
    key: Range<usize>,
    /// The candidate found before this one whose key has the same hash.
    same_hash: Option<usize>,
}

/// Builds the reported incident from the non-past sentences of `doc`.
pub(crate) fn main_incident(
    doc: &Doc<'_, '_>,
    analysis: &Analysis,
    actor_countries: &[Country],
) -> Incident {
    let past = &analysis.past;
    let text = doc.text;
    let mut candidates: Vec<Candidate> = Vec::new();
    // Candidates are keyed by the name in lower case. The keys are stored one after another in
    // one buffer, not as a `String` each, and the map holds the last candidate with each hash
    // of a key (seeded, so crafted names cannot make the chains long).
    let mut keys = String::new();
    let hasher = foldhash::fast::RandomState::default();
    let mut exact: HashMap<u64, usize, foldhash::fast::RandomState> = HashMap::default();
    let mut lowered = Lowered::new();
    let mut spans = Vec::new();
    for (i, _) in past.iter().enumerate().filter(|(_, was)| !**was) {
        let in_title = i == 0;
        let title_case = in_title && is_title_case(doc.sentence_text(0));
        if title_case {
            // Every word of a Title Case headline is capitalised: names can't be told apart.
            continue;
        }
        let attack_sentence = doc
            .cues_in(i)
            .iter()
            .any(|c| c.cue == Cue::Attack || matches!(c.cue, Cue::Type(_)));
        names(doc, i, &mut spans, &mut lowered);
        let s = doc.sentences[i];
        for &span in &spans {
            let name = &text[span.start..span.end];
            let pattern = {
                let before = text_before(text, s.start, span.start, &mut lowered);
                BEFORE_NAME.matched_by(before)
            } || {
                let after = text_after(text, span.end, s.end, &mut lowered);
                AFTER_NAME.matched_by(after) || relative_clause_of_attack(after)
            } || attack_sentence && described_by_kind(doc, i, span);
            let head = any_word(name, |w| ORG_HEAD_WORDS.contains_ascii_lowercase(w));
            let mut score = 0;
            if pattern {
                score += if in_title { 4 } else { 2 };
            }
            if head {
                score += 1;
            }
            if in_title {
                score += 1;
            }
            // The lead introduces the victim.
            if pattern && (1..=2).contains(&i) {
                score += 1;
            }
            let key = lowered.of(name);
            let hash = hasher.hash_one(key);
            let mut found = exact.get(&hash).copied();
            while let Some(k) = found
                && keys[candidates[k].key.clone()] != *key
            {
                found = candidates[k].same_hash;
            }
            match found {
                Some(k) => {
                    let c: &mut Candidate = &mut candidates[k];
                    c.score += score;
                    c.mentions += 1;
                    c.in_title |= in_title;
                }
                None => {
                    let from = keys.len();
                    keys.push_str(key);
                    let same_hash = exact.insert(hash, candidates.len());
                    candidates.push(Candidate {
                        span,
                        score,
                        mentions: 1,
                        in_title,
                        key: from..keys.len(),
                        same_hash,
                    });
                }
            }
        }
    }
    // Merge the variants of one name ("Ministry of the Interior", "Interior Ministry") among
    // the strongest candidates only, so the cost stays bounded.
    candidates.sort_by(|a, b| b.score.cmp(&a.score).then(a.span.start.cmp(&b.span.start)));
    candidates.truncate(32);
    // Each name's words, found once rather than for each of the pairs compared.
    let mut words = Vec::new();
    let strong: Vec<(Candidate, Range<usize>)> = candidates
        .into_iter()
        .map(|c| {
            let from = words.len();
            org_words(&text[c.span.start..c.span.end], &mut words);
            (c, from..words.len())
        })
        .collect();
    let mut merged: Vec<(Candidate, Range<usize>)> = Vec::with_capacity(strong.len());
    for (c, c_words) in strong {
        let found = merged
            .iter_mut()
            .find(|(_, m_words)| same_org(&words[m_words.clone()], &words[c_words.clone()]));
        match found {
            Some((m, m_words)) => {
                m.score += c.score;
                m.mentions += c.mentions;
                // The fullest form names it best ("Northwind Health Services Inc" over
                // "Health Services"); the headline's form breaks ties.
                if c.span.len() > m.span.len()
                    || c.span.len() == m.span.len() && c.in_title && !m.in_title
                {
                    m.span = c.span;
                    m.in_title = c.in_title;
                    *m_words = c_words;
                }
            }
            None => merged.push((c, c_words)),
        }
    }
    let mut candidates: Vec<Candidate> = merged.into_iter().map(|(c, _)| c).collect();
    let title = doc
        .sentences
        .first()
        .map_or("", |s| &text[s.start..s.end])
        .to_lowercase();
    // Whether the headline holds each organisation head word asked about so far, so a long
    // name of repeated heads does not search a long headline for each.
    let mut in_title: Vec<(&[u8], bool)> = Vec::new();
    let mut title_holds = |head: &'static [u8]| match in_title.iter().find(|(h, _)| *h == head) {
        Some(&(_, holds)) => holds,
        None => {
            let holds = memchr::memmem::find(title.as_bytes(), head).is_some();
            in_title.push((head, holds));
            holds
        }
    };
    for c in &mut candidates {
        let lower = lowered.of(&text[c.span.start..c.span.end]);
        // The headline often names the victim by its kind ("school district", "hospital").
        if any_word(lower, |w| {
            ORG_HEAD_WORDS.find(w).is_some_and(&mut title_holds)
        }) {
            c.score += 2;
        }
        c.score += c.mentions.saturating_sub(1).min(2);
    }
    candidates.retain(|c| c.score >= 3);
    candidates.sort_by(|a, b| b.score.cmp(&a.score).then(a.span.start.cmp(&b.span.start)));
    candidates.truncate(5);

    let mut incident = Incident {
        context: false,
        types: types(doc, past),
        victims: Vec::new(),
        sectors: Vec::new(),
        countries: Vec::new(),
        when: when(doc, past),
        attribution: analysis.main.clone(),
    };
    for c in &candidates {
        let v = victim(doc, c, actor_countries);
        for s in &v.sectors {
            push(&mut incident.sectors, *s);
        }
        if let Some(country) = v.country {
            push(&mut incident.countries, country);
        }
        incident.victims.push(v);
    }
    targets(doc, past, actor_countries, &mut incident);
    if incident.countries.is_empty() {
        // A national agency investigating, or told of, the attack places its victim: "the
        // hack was reported to the FBI" is an American story.
        let agency = (0..doc.sentences.len())
            .filter(|&i| !past[i] && doc.has_cue(i, Cue::Investigate))
            .flat_map(|i| doc.hits_in(i))
            .find_map(|h| match h.kind {
                HitKind::Authority {
                    kind: AuthorityKind::Agency,
                    country: Some(c),
                    ..
                } => Some(c),
                _ => None,
            });
        if let Some(c) = agency.filter(|c| !actor_countries.contains(c)) {
            push(&mut incident.countries, c);
        }
    }
    // "Critical infrastructure" is a description, not a sector, when the text is more precise.
    if incident.sectors.len() > 1 {
        incident.sectors.retain(|s| *s != Sector::Infrastructure);
    }
    incident
}

fn is_title_case(title: &str) -> bool {
    let (mut words, mut caps) = (0, 0);
    for w in title.split_whitespace().filter(|w| w.len() > 3) {
        words += 1;
        if w.starts_with(char::is_uppercase) {
            caps += 1;
        }
    }
    words >= 3 && caps * 4 >= words * 3
}

fn text_before<'b>(text: &str, floor: usize, at: usize, lowered: &'b mut Lowered) -> &'b str {
    let from = floor.max(at.saturating_sub(32));
    let from = (from..=at)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(at);
    let mut s = lowered.of(text[from..at].trim_end());
    for article in [" the", " a", " an", " its"] {
        if let Some(stripped) = s.strip_suffix(article) {
            s = stripped;
        }
    }
    s
}

fn text_after<'b>(text: &str, at: usize, ceil: usize, lowered: &'b mut Lowered) -> &'b str {
    let at = (at..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let to = ceil.min(at + 32).max(at);
    let to = (at..=to)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(at);
    let s = lowered.of(&text[at..to]);
    if s.starts_with(['\'', '’']) {
        s
    } else {
        s.trim_start()
    }
}

/// A name right after the kind of organisation it is, in apposition: "energy utility
/// Wislenergia", "ports operator Harbourline Terminals".
fn described_by_kind(doc: &Doc<'_, '_>, i: usize, span: Span) -> bool {
    let s = doc.sentences[i];
    let gap_start = s.start + doc.text[s.start..span.start].trim_end().len();
    // Hits do not overlap, so their ends are in order too: the ones ending in the white space
    // before the name are found by a search, not by reading every hit of the sentence for
    // every name in it (quadratic in a long sentence).
    let hits = doc.hits_in(i);
    let from = hits.partition_point(|h| h.end < gap_start);
    hits[from..]
        .iter()
        .take_while(|h| h.end <= span.start)
        .any(|h| matches!(h.kind, HitKind::Sector(_)))
}

/// ", which the hackers attacked", ", whose network was breached".
fn relative_clause_of_attack(after: &str) -> bool {
    (after.starts_with(", which") || after.starts_with(", whose"))
        && [
            "attacked",
            "hacked",
            "breached",
            "targeted",
            "compromised",
            "hit",
        ]
        .iter()
        .any(|w| after.contains(w))
}

/// Whether `f` holds for a word of `name`, split at every character that is not alphanumeric.
/// An ASCII name is split as bytes, without decoding characters.
fn any_word(name: &str, mut f: impl FnMut(&[u8]) -> bool) -> bool {
    if name.is_ascii() {
        name.as_bytes().split(|b| !b.is_ascii_alphanumeric()).any(f)
    } else {
        name.split(|c: char| !c.is_alphanumeric())
            .any(|w| f(w.as_bytes()))
    }
}

/// Pushes the words of `name` that tell organisations apart onto `out`, sorted ignoring ASCII
/// case for `same_org`.
fn org_words<'t>(name: &'t str, out: &mut Vec<&'t str>) {
    let from = out.len();
    out.extend(name.split(|c: char| !c.is_alphanumeric()).filter(|w| {
        !w.is_empty()
            && !["the", "of", "and"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
    }));
    out[from..].sort_unstable_by(|a, b| cmp_ignore_ascii_case(a, b));
}

fn cmp_ignore_ascii_case(a: &str, b: &str) -> std::cmp::Ordering {
    let a = a.bytes().map(|b| b.to_ascii_lowercase());
    a.cmp(b.bytes().map(|b| b.to_ascii_lowercase()))
}

/// Two names of one organisation, given their `org_words`: most words of the shorter in the
/// longer. Linear in the words, as both are sorted.
fn same_org(a: &[&str], b: &[&str]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    let mut j = 0;
    let mut shared = 0;
    for w in short {
        while long
            .get(j)
            .is_some_and(|l| cmp_ignore_ascii_case(l, w).is_lt())
        {
            j += 1;
        }
        if long.get(j).is_some_and(|l| l.eq_ignore_ascii_case(w)) {
            shared += 1;
        }
    }
    shared * 10 >= short.len() * 6
}

/// Capitalised names in sentence `i` that could be organisations, into `out`.
fn names(doc: &Doc<'_, '_>, i: usize, out: &mut Vec<Span>, lowered: &mut Lowered) {
    let s = doc.sentences[i];
    let text = doc.text;
    let token_after = |(_, end): (usize, usize)| token_from(text, end + 1, s.end);
    let word = |(start, end): (usize, usize)| clean(&text[start..end]);
    let ends = |(start, end): (usize, usize)| ends_phrase(&text[start..end]);
    out.clear();
    let bytes = text.as_bytes();
    let mut cursor = s.start;
    while cursor < s.end {
        // A name starts at a capital (or a non-ASCII letter): the words before the next one
        // are skipped without being split. `cursor` is at the start of a token.
        let Some(at) = find_capital(&bytes[cursor..s.end]) else {
            break;
        };
        let from =
            memchr::memrchr(b' ', &bytes[cursor..cursor + at]).map_or(cursor, |sp| cursor + sp + 1);
        // The token holds the capital, which a wire-service prefix does not: it is not empty.
        let Some(first) = token_from(text, from, s.end) else {
            break;
        };
        cursor = first.1 + 1;
        if lowercase_start(&text[first.0..first.1]) {
            continue;
        }
        let w = word(first);
        if !is_name_word(w) || is_common(w) {
            continue;
        }
        // `clean` returns a sub-slice, so its offset is exact (and on a char boundary).
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        let mut last = first;
        while !ends(last) {
            let Some(t1) = token_after(last) else { break };
            let w1 = word(t1);
            if is_name_word(w1) && !is_common(w1)
                || w1.bytes().all(|b| b.is_ascii_digit()) && !w1.is_empty()
            {
                last = t1;
                continue;
            }
            if !matches!(w1, "of" | "for" | "and" | "&" | "de") || ends(t1) {
                break;
            }
            let Some(t2) = token_after(t1) else { break };
            let w2 = word(t2);
            let w2 = w2.strip_prefix("the ").unwrap_or(w2);
            if is_name_word(w2) && w1 != "and" {
                last = t2;
            } else if w1 == "of"
                && w2 == "the"
                && let Some(t3) = token_after(t2)
                && is_name_word(word(t3))
            {
                last = t3;
            } else {
                break;
            }
        }
        if let Some(t) = token_after(last) {
            let head = word(t);
            if !ends(last) && ORG_HEAD_WORDS.contains(head) && head.len() > 3 {
                last = t;
            }
        }
        let name = clean(&text[start..last.1]);
        let name_start = name.as_ptr() as usize - text.as_ptr() as usize;
        let span = Span::new(name_start, name_start + name.len());
        if keep(doc, span, name, lowered) {
            out.push(span);
        }
        cursor = last.1 + 1;
    }
}

/// The offset of the first ASCII capital or non-ASCII byte in `bytes`.
fn find_capital(bytes: &[u8]) -> Option<usize> {
    let capital = |b: u8| b.is_ascii_uppercase() || !b.is_ascii();
    // Most of a sentence is lower case. Whole chunks are tested without an early exit, which
    // the compiler turns into a few vector instructions, and only the chunk that holds a
    // capital is searched byte by byte.
    const CHUNK: usize = 16;
    let mut at = 0;
    for chunk in bytes.chunks_exact(CHUNK) {
        if chunk.iter().fold(false, |any, &b| any | capital(b)) {
            break;
        }
        at += CHUNK;
    }
    bytes[at..].iter().position(|&b| capital(b)).map(|p| at + p)
}

/// The first token of `text[from..end]` as (start, end): the text up to the next space, less a
/// wire-service prefix glued to a name ("1-Universal"), skipping those left empty. Tokens
/// are read where needed rather than collected, as most are lower-case words that are only
/// looked at once.
fn token_from(text: &str, mut from: usize, end: usize) -> Option<(usize, usize)> {
    while from <= end {
        // Tokens are short: a plain loop is quicker than setting up a vectorised search.
        let stop = text.as_bytes()[from..end]
            .iter()
            .position(|&b| b == b' ')
            .map_or(end, |at| from + at);
        let token = &text[from..stop];
        let glued = token
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
            .then(|| token.find('-'))
            .flatten()
            .filter(|&h| h > 0 && token[..h].bytes().all(|b| b.is_ascii_digit()));
        let start = glued.map_or(from, |h| from + h + 1);
        if stop > start {
            return Some((start, stop));
        }
        from = stop + 1;
    }
    None
}

/// Whether a token cannot be a name word whatever `clean` strips from it: the first byte
/// after its opening quotes and brackets is ASCII but not a capital. Most tokens are
/// lower-case words.
fn lowercase_start(token: &str) -> bool {
    token
        .bytes()
        .find(|b| !matches!(b, b'"' | b'\'' | b'(' | b'['))
        .is_none_or(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// A token without surrounding punctuation and possessive.
fn clean(token: &str) -> &str {
    // Most tokens are plain words, with nothing to strip.
    let b = token.as_bytes();
    if let ([first, ..], [.., before, last]) = (b, b)
        && first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && (*last != b's' || before.is_ascii_alphanumeric())
    {
        return token;
    }
    let t = token.trim_start_matches(['"', '\'', '(', '[', '\u{201c}', '\u{2018}']);
    let t = t.trim_end_matches([',', '.', ';', ':', '"', ')', ']', '?', '!', '\u{201d}']);
    let t = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .unwrap_or(t);
    t.trim_end_matches(['\'', '’'])
}

fn ends_phrase(token: &str) -> bool {
    token.ends_with([',', '.', ';', ':', ')', '"', '\u{201d}', '?', '!'])
        || token.ends_with("'s")
        || token.ends_with("’s")
        || token.ends_with('’')
}

fn is_name_word(word: &str) -> bool {
    let b = word.as_bytes();
    if b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'&' | b'.' | b'\''))
    {
        // ASCII, so no character needs decoding.
        return true;
    }
    if word.is_ascii() {
        return false;
    }
    let mut chars = word.chars();
    matches!(chars.next(), Some(c) if c.is_uppercase())
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "-&.'’".contains(c))
}

/// A run of capitalised words with a verb in it is a headline or a sub-heading.
const HEADLINE_VERBS: &[&str] = &[
    "says",
    "denies",
    "claims",
    "confirms",
    "reveals",
    "hits",
    "targets",
    "exposes",
    "launches",
    "warns",
    "attacks",
    "breaches",
    "blames",
    "admits",
    "discloses",
    "reports",
    "suffers",
    "hacks",
    "investigate",
    "investigates",
    "steals",
    "leaks",
];

static HEADLINE_VERB_WORDS: Words = Words::new(HEADLINE_VERBS);

/// Whether `name` reads as a headline, an actor's description ("China-linked") or a person or
/// role rather than an organisation.
fn headline_or_person(name: &str, lowered: &mut Lowered) -> bool {
    if name.is_ascii() {
        // The lower case of ASCII is ASCII lower case: the words are looked up where they
        // are, in one pass, instead of in a lowered copy split twice.
        let b = name.as_bytes();
        let (mut piece, mut word) = (0, 0);
        let (mut hyphen, mut alphanumeric) = (false, false);
        // The end of the name closes its last piece and word, as a space would.
        for (at, c) in b.iter().copied().chain([b' ']).enumerate() {
            if c.is_ascii_alphanumeric() {
                alphanumeric = true;
                continue;
            }
            hyphen |= c == b'-';
            if PERSON.contains_ascii_lowercase(&b[word..at]) {
                return true;
            }
            word = at + 1;
            if c == b' ' {
                if HEADLINE_VERB_WORDS.contains_ascii_lowercase(&b[piece..at]) {
                    return true;
                }
                piece = at + 1;
            }
        }
        return !alphanumeric
            || hyphen
                && (contains_ignore_ascii_case(b, b"-linked")
                    || contains_ignore_ascii_case(b, b"-backed")
                    || starts_with_ignore_ascii_case(b, b"pro-"));
    }
    let lower = lowered.of(name);
    if lower.split(' ').any(|w| HEADLINE_VERB_WORDS.contains(w)) {
        return true;
    }
    if lower.contains('-')
        && (lower.contains("-linked") || lower.contains("-backed") || lower.starts_with("pro-"))
    {
        return true;
    }
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_none() || words.any(|w| PERSON.contains(w))
}

/// Drops names that are places, actors, authorities, people or roles.
fn keep(doc: &Doc<'_, '_>, span: Span, name: &str, lowered: &mut Lowered) -> bool {
    if headline_or_person(name, lowered) {
        return false;
    }
    // A product or vendor name is a victim only where the headline has its maker speak
    // ("AcmeSoft says", "Microsoft confirms").
    let in_title = doc.sentences.first().is_some_and(|t| t.contains(span));
    let speaks = in_title && {
        let after = text_after(doc.text, span.end, doc.sentences[0].end, lowered);
        ["says", "said", "confirm", "admits", "discloses", "reveals"]
            .iter()
            .any(|w| after.starts_with(w))
    };
    // Covered entirely by one gazetteer name of another kind.
    let covered = |h: &Hit<'_>| {
        h.start <= span.start
            && span.end <= h.end
            && match h.kind {
                HitKind::Country { .. } | HitKind::Region(_) | HitKind::Actor { .. } => true,
                HitKind::Software(_) | HitKind::Authority { .. } => !speaks,
                _ => false,
            }
    };
    // A country, demonym or state followed only by common words ("Iranian government",
    // "Texas school") is a description, not a name.
    let described = |h: &Hit<'_>| {
        h.start == span.start
            && matches!(
                h.kind,
                HitKind::Country {
                    form: CountryForm::Name
                        | CountryForm::Demonym
                        | CountryForm::Abbreviation
                        | CountryForm::State,
                    ..
                }
            )
            // A country hit that also ends past the name covers it.
            && doc
                .text
                .get(h.end..span.end)
                .is_some_and(|rest| !rest.contains(char::is_uppercase))
    };
    // Names that are a demonym or a country followed by one generic word ("Russian Spying").
    let actor = |h: &Hit<'_>| matches!(h.kind, HitKind::Actor { .. });
    let drop = doc
        .hits_overlapping(span)
        .any(|h| covered(h) || described(h) || actor(h));
    !drop && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

fn victim(doc: &Doc<'_, '_>, c: &Candidate, actor_countries: &[Country]) -> Victim {
    let name = &doc.text[c.span.start..c.span.end];
    let i = doc.sentence_at(c.span.start);
    let s = doc.sentences[i];
    // A kind of organisation right before a name describes it ("ports operator Harbourline",
    // "the payroll service Paysure"); a place just around it locates it ("Acme Bank UK", "a
    // hospital operator in the United States").
    let before = clause_before(
        doc.text,
        c.span.start.saturating_sub(48).max(s.start),
        c.span.start,
    );
    let after = clause_after(doc.text, c.span.end, (c.span.end + 40).min(s.end));
    let around = Span::new(
        c.span.start.saturating_sub(48).max(s.start),
        (c.span.end + 96).min(s.end),
    );
    let mut sectors = Vec::new();
    let mut country = None;
    // The name's own head word names its sector: the last keyword, or for "A of B" the last
    // one starting in A ("Hill County School District" is a school district, "Ministry of
    // Defence" a ministry).
    let head_end = name.find(" of ").map_or(c.span.end, |at| c.span.start + at);
    let head = doc
        .hits_in(i)
        .iter()
        .rev()
        .filter(|h| c.span.contains(Span::new(h.start, h.end)) && h.start < head_end)
        .find_map(|h| match h.kind {
            HitKind::Sector(sector) => Some(sector),
            _ => None,
        });
    if let Some(sector) = head {
        push(&mut sectors, sector);
    }
    for h in doc.hits_in(i) {
        let span = Span::new(h.start, h.end);
        let inside = c.span.contains(span);
        match h.kind {
            HitKind::Sector(sector)
                if head.is_none()
                    && (before.contains(span) || after.contains(span))
                    && sector != Sector::EmergencyServices =>
            {
                push(&mut sectors, sector);
            }
            HitKind::Country { country: k, .. } if inside && country.is_none() => country = Some(k),
            HitKind::Country { country: k, form }
                if around.contains(span)
                    && country.is_none()
                    && !actor_countries.contains(&k)
                    && !attacker_side(doc, span)
                    && (!matches!(form, CountryForm::Abbreviation) || inside) =>
            {
                country = Some(k);
            }
            _ => {}
        }
    }
    // Another mention may say where it is ("The University of Eastbridge in Scotland").
    if country.is_none() {
        for at in memchr::memmem::find_iter(doc.text.as_bytes(), name.as_bytes()).take(8) {
            let j = doc.sentence_at(at);
            let s = doc.sentences[j];
            let end = at + name.len();
            let window = Span::new(at, (end + 48).min(s.end).max(end));
            country = doc.hits_in(j).iter().find_map(|h| match h.kind {
                HitKind::Country { country: k, form }
                    if window.contains(Span::new(h.start, h.end))
                        && !matches!(form, CountryForm::Abbreviation)
                        && !actor_countries.contains(&k)
                        && !analysis_past(doc, j) =>
                {
                    Some(k)
                }
                _ => None,
            });
            if country.is_some() {
                break;
            }
        }
    }
    // A security or software vendor speaking as the victim is a technology company.
    let vendor = doc.hits_in(i).iter().any(|h| {
        c.span.contains(Span::new(h.start, h.end))
            && matches!(
                h.kind,
                HitKind::Authority {
                    kind: AuthorityKind::Vendor,
                    ..
                } | HitKind::Software(_)
            )
    });
    if vendor {
        push(&mut sectors, Sector::Technology);
    }
    // A ministry or a parliament is national government whatever its portfolio.
    let mut lowered = Lowered::new();
    let lower = lowered.of(name);
    if ["ministry", "ministries", "parliament", "department of"]
        .iter()
        .any(|w| lower.contains(w))
    {
        push(&mut sectors, Sector::GovernmentNational);
    }
    Victim {
        name: name.to_owned(),
        sectors,
        country,
        span: doc.abs(c.span),
    }
}

/// The part of `text[from..to]` after its last clause break (a comma, semicolon, bracket or
/// "and"), so a description of a neighbouring name is not taken for this one's.
fn clause_before(text: &str, from: usize, to: usize) -> Span {
    let window = text.get(from..to).unwrap_or("").as_bytes();
    let cut = (0..window.len())
        .filter_map(|at| clause_break(&window[at..]).map(|len| at + len))
        .max()
        .unwrap_or(0);
    Span::new(from + cut, to)
}

/// The part of `text[from..to]` before its first clause break.
fn clause_after(text: &str, from: usize, to: usize) -> Span {
    let window = text.get(from..to).unwrap_or("").as_bytes();
    let cut = (0..window.len())
        .find(|&at| clause_break(&window[at..]).is_some())
        .unwrap_or(window.len());
    Span::new(from, from + cut)
}

/// The length of the clause break `rest` starts with, if any.
fn clause_break(rest: &[u8]) -> Option<usize> {
    match rest.first()? {
        b',' | b';' | b'(' | b')' => Some(1),
        b' ' if rest.starts_with(b" and ") => Some(5),
        b' ' if rest.starts_with(b" to ") => Some(4),
        _ => None,
    }
}

fn analysis_past(doc: &Doc<'_, '_>, i: usize) -> bool {
    doc.past.get(i).copied().unwrap_or(false)
}

/// A place name that describes the attacker ("Russian hackers", "China-linked", "pro-Russian").
fn attacker_side(doc: &Doc<'_, '_>, span: Span) -> bool {
    let text = doc.text;
    let from = (span.start.saturating_sub(4)..=span.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(span.start);
    let before = &text.as_bytes()[from..span.start];
    if ends_with_ignore_ascii_case(before, b"pro-") || ends_with_ignore_ascii_case(before, b"pro ")
    {
        return true;
    }
    let end = (span.end + 40).min(text.len());
    let end = (span.end..=end)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(span.end);
    let after = &text.as_bytes()[span.end..end];
    const ATTACKER: &[&str] = &[
        "-linked",
        "-nexus",
        "-aligned",
        "-backed",
        "-based",
        "-sponsored",
        "-affiliated",
        " state-",
        " government-backed",
        " government-sponsored",
        " hack",
        " cyber-spies",
        " cyberspies",
        " spies",
        " spy",
        " intelligence",
        " military intelligence",
        " apt",
        " threat",
        " actor",
        " group",
        " gang",
        " crew",
        " attackers",
        " nation-state",
        " state ",
        "'s military",
        "’s military",
        "'s federal security",
        "’s federal security",
        " government hackers",
        " armed forces",
        " forces",
        " troops",
        " invasion",
        "'s invasion",
        "’s invasion",
    ];
    // Every entry is lower case, longer than two bytes, and starts with a byte that is not a
    // letter: its first two bytes turn most entries away before a full comparison.
    let &[first, second, ..] = after else {
        return false;
    };
    let second = second.to_ascii_lowercase();
    ATTACKER
        .iter()
        .chain(&[" broke into", " is behind", " was behind"])
        .any(|p| {
            let p = p.as_bytes();
            p[0] == first && p[1] == second && starts_with_ignore_ascii_case(after, p)
        })
}

/// Sectors and countries the reported attack targets, beyond the named victims: the headline
/// and the present sentences that speak of attacks.
fn targets(doc: &Doc<'_, '_>, past: &[bool], actor_countries: &[Country], incident: &mut Incident) {
    let mut lowered = Lowered::new();
    for (i, _) in past.iter().enumerate().filter(|(_, was)| !**was) {
        let s = doc.sentences[i];
        let (cues, hits) = (doc.cues_in(i), doc.hits_in(i));
        // Where the sentence starts talking about targets: the whole headline, else the
        // first targeting word.
        let from = if i == 0 {
            Some(s.start)
        } else {
            cues.iter()
                .find(|c| targeting(doc, c))
                .map(|c| c.span.start)
        };
        // A kind of organisation that speaks as the victim ("the software maker said it
        // detected") names the victim's sector even before any targeting word.
        for h in hits {
            if let HitKind::Sector(sector) = h.kind {
                let after = text_after(doc.text, h.end, s.end, &mut lowered);
                if VICTIM_SPEECH_AFTER.matched_by(after) {
                    push(&mut incident.sectors, sector);
                }
            }
        }
        let Some(from) = from else { continue };
        let first_confirm = cues
            .iter()
            .find(|c| c.cue == Cue::Confirm)
            .map(|c| c.span.start);
        for h in hits {
            let span = Span::new(h.start, h.end);
            if h.start < from {
                continue;
            }
            match h.kind {
                // Police and emergency services in a story are nearly always responders.
                HitKind::Sector(Sector::EmergencyServices) => {}
                HitKind::Sector(_) | HitKind::Country { .. } if attacker_side(doc, span) => {}
                HitKind::Sector(sector) => push(&mut incident.sectors, sector),
                HitKind::Country { country, .. } => {
                    let by = first_confirm.is_some_and(|at| h.end <= at);
                    if !by && !actor_countries.contains(&country) {
                        push(&mut incident.countries, country);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Whether a cue is a word after which a sentence names what was attacked: "targeting",
/// "against", "victims", "attacks on", "breached".
fn targeting(doc: &Doc<'_, '_>, c: &super::cues::CueHit) -> bool {
    let word = &doc.text[c.span.start..c.span.end];
    let is = |list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    match c.cue {
        Cue::Target => true,
        Cue::Attack => {
            is(&[
                "target",
                "targets",
                "targeted",
                "targeting",
                "victim",
                "victims",
                "hit",
            ]) || is(&["attack", "attacks", "cyberattack", "cyberattacks"])
                && doc.text[c.span.end..].starts_with(" on ")
        }
        Cue::Type(IncidentType::Breach) => {
            is(&["breached", "compromised", "hacked", "infiltrated"])
        }
        _ => false,
    }
}

/// Incident types from the headline and present sentences.
fn types(doc: &Doc<'_, '_>, past: &[bool]) -> Vec<IncidentType> {
    let mut counts: Vec<(IncidentType, u32)> = Vec::new();
    for (i, _) in past.iter().enumerate().filter(|(_, was)| !**was) {
        let weight = if i == 0 { 2 } else { 1 };
        for c in doc.cues_in(i) {
            if let Cue::Type(t) = c.cue {
                match counts.iter_mut().find(|(x, _)| *x == t) {
                    Some((_, n)) => *n += weight,
                    None => counts.push((t, weight)),
                }
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(t, _)| t)
        .collect()
}

/// When: the first dated present sentence about the attack.
fn when(doc: &Doc<'_, '_>, past: &[bool]) -> Option<crate::model::DateWindow> {
    doc.dates
        .iter()
        .filter(|d| !d.since)
        .find(|d| {
            let i = doc.sentence_at(d.span.start);
            !past[i]
                && (doc.has_cue(i, Cue::Attack)
                    || doc.cues_in(i).iter().any(|c| matches!(c.cue, Cue::Type(_)))
                    || doc.sentence_text(i).contains("detected"))
        })
        .map(|d| d.window)
}

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
        for words in [&COMMON_WORDS, &ORG_HEAD_WORDS, &PERSON] {
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
    fn same_org_counts_the_shorter_names_words() {
        let same = |a: &str, b: &str| {
            let (mut wa, mut wb) = (Vec::new(), Vec::new());
            org_words(a, &mut wa);
            org_words(b, &mut wb);
            same_org(&wa, &wb)
        };
        assert!(same("Ministry of the Interior", "Interior Ministry"));
        assert!(same("Northwind Health Services Inc", "health services"));
        assert!(!same("Acme Bank", "Zenith Bank Group"));
        // Each word of the shorter counts, repeated or not.
        assert!(same("Acme Acme", "Acme Zenith"));
        assert!(!same("Acme Zenith", "Acme Acme"));
        assert!(!same("The Of", "Acme"));
    }

    #[test]
    fn plain_tokens_need_no_cleaning() {
        for (token, word) in [
            ("Acme", "Acme"),
            ("Acme's", "Acme"),
            ("Acme’s", "Acme"),
            ("Acmes", "Acmes"),
            ("\"Acme,\"", "Acme"),
            ("s", "s"),
            ("'s", "s"),
        ] {
            assert_eq!(clean(token), word, "{token:?}");
        }
        assert!(lowercase_start("(acme"));
        assert!(lowercase_start("\"'"));
        assert!(!lowercase_start("(\"Acme"));
        assert!(!lowercase_start("“acme"));
    }

    #[test]
    fn clause_breaks_as_searched_one_by_one() {
        const BREAKS: [&str; 6] = [",", ";", "(", ")", " and ", " to "];
        let texts = [
            "",
            "the payroll service",
            "a firm, and the bank to",
            "Acme (UK) and and Zenith; to",
            "energy utility and  to ",
            "é, ü and 🦀 to x",
        ];
        for text in texts {
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let window = &text[from..];
                let before = BREAKS
                    .iter()
                    .filter_map(|b| window.rfind(b).map(|at| at + b.len()))
                    .max()
                    .unwrap_or(0);
                let after = BREAKS
                    .iter()
                    .filter_map(|b| window.find(b))
                    .min()
                    .unwrap_or(window.len());
                let end = text.len();
                assert_eq!(
                    clause_before(text, from, end),
                    Span::new(from + before, end)
                );
                assert_eq!(clause_after(text, from, end), Span::new(from, from + after));
            }
        }
    }

    #[test]
    fn tokens_skip_empty_ones_and_wire_prefixes() {
        let text = "a  1-Universal 12- b ";
        let mut tokens = Vec::new();
        let mut next = token_from(text, 0, text.len());
        while let Some((start, end)) = next {
            tokens.push(&text[start..end]);
            next = token_from(text, end + 1, text.len());
        }
        assert_eq!(tokens, ["a", "Universal", "b"]);
    }

    #[test]
    fn ascii_names_read_in_place_as_lowered() {
        // The lowered path, which every name took before.
        let lowered_path = |name: &str| {
            let mut lowered = Lowered::new();
            // A non-ASCII suffix that is neither a word character nor a listed word.
            headline_or_person(&format!("{name} \u{2014}"), &mut lowered)
        };
        for name in [
            "Acme Bank",
            "Acme Hits",
            "Acme HITS Zenith",
            "Mr Acme",
            "Acme-Mr",
            "Acme-Linked Group",
            "China-backed",
            "Pro-Acme",
            "PRO-",
            "Acme.Says",
            "Says.Acme",
            "-- ..",
            "",
            " ",
            "Vice  President",
            "Acme Inc.",
        ] {
            let mut lowered = Lowered::new();
            assert_eq!(
                headline_or_person(name, &mut lowered),
                lowered_path(name),
                "{name:?}"
            );
        }
    }

    #[test]
    fn capitals_found_as_byte_by_byte() {
        let long = format!("{}Acme", "a".repeat(40));
        for text in [
            "",
            "acme",
            "acme Zenith",
            "é",
            &long,
            "0123456789abcdef0123456789abcdeX",
        ] {
            let want = text
                .bytes()
                .position(|b| b.is_ascii_uppercase() || !b.is_ascii());
            assert_eq!(find_capital(text.as_bytes()), want, "{text:?}");
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
