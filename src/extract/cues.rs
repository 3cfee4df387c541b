//! Cue words: the general vocabulary of attribution, incident types, hypotheses and page
//! debris, found in one pass with a multi-pattern automaton.
//!
//! These are data, not rules about particular articles: each entry is a phrase a journalist
//! uses to say how firmly something is attributed, what happened, or that a block is an advert.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind, StartKind};

use super::ascii::starts_with_ignore_ascii_case;
use crate::model::{ActorKind, IncidentType, Span};
use crate::words;

/// What a cue phrase signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Firm attribution ("attributed to", "was behind").
    Confirm,
    /// Hedged attribution ("believed", "linked to").
    Suspect,
    /// A claim of responsibility.
    Claim,
    /// One of several possibilities.
    Speculate,
    /// A denial.
    Deny,
    /// The sentence is about earlier or other activity.
    Past,
    /// Evidence of an incident type.
    Type(IncidentType),
    /// A kind of actor considered as a hypothesis.
    Hypothesis(ActorKind),
    /// A word that makes a capitalised name a group ("gang", "hackers", "APT").
    GroupNoun,
    /// A word of attack or victimhood ("attack on", "was hit").
    Attack,
    /// Marketing language of a sponsored block.
    Promo,
    /// A word after which a sentence names what was attacked ("against", "affected").
    Target,
    /// An authority investigating or being told of the incident.
    Investigate,
    /// A negation that voids a nearby cue ("not", "no evidence").
    Negation,
}

use Cue::{
    Attack, Claim, Confirm, Deny, GroupNoun, Hypothesis, Investigate, Negation, Past, Promo,
    Speculate, Suspect, Target, Type,
};
use IncidentType as T;

/// Cue phrases. A trailing `*` lets the phrase match a longer word ("exfiltrat*").
const CUES: &[(&str, Cue)] = &[
    // Firm attribution.
    ("attributed to", Confirm),
    ("attributed", Confirm),
    ("attributed the", Confirm),
    ("attributed it", Confirm),
    ("attributed this", Confirm),
    ("attribute", Confirm),
    ("attributes", Confirm),
    ("attributing", Confirm),
    ("firmly attribute", Confirm),
    ("blamed", Confirm),
    ("blames", Confirm),
    ("blame", Confirm),
    ("was behind", Confirm),
    ("were behind", Confirm),
    ("is behind", Confirm),
    ("are behind", Confirm),
    ("was responsible", Confirm),
    ("were responsible", Confirm),
    ("is responsible", Confirm),
    ("are responsible", Confirm),
    ("carried out by", Confirm),
    ("conducted by", Confirm),
    ("perpetrated by", Confirm),
    ("orchestrated by", Confirm),
    ("operated by", Confirm),
    ("attacked by", Confirm),
    ("hacked by", Confirm),
    ("breached by", Confirm),
    ("targeted by", Confirm),
    ("compromised by", Confirm),
    ("identified as", Confirm),
    ("tracked as", Confirm),
    ("tracks as", Confirm),
    ("it tracks", Confirm),
    ("tracked under", Confirm),
    ("designated", Confirm),
    ("accused", Confirm),
    ("accuses", Confirm),
    ("traced to", Confirm),
    ("traced back to", Confirm),
    ("pinned on", Confirm),
    ("confirmed that", Confirm),
    ("determined that", Confirm),
    ("revealed that", Confirm),
    // Hedged attribution.
    ("believed", Suspect),
    ("believe", Suspect),
    ("believes", Suspect),
    ("likely", Suspect),
    ("linked to", Suspect),
    ("linked with", Suspect),
    ("suspected", Suspect),
    ("suspect", Suspect),
    ("suspects", Suspect),
    ("hallmarks", Suspect),
    ("telltale signs", Suspect),
    ("moderate confidence", Suspect),
    ("probably", Suspect),
    ("allegedly", Suspect),
    ("alleged", Suspect),
    ("reportedly", Suspect),
    ("appears to", Suspect),
    ("appear to", Suspect),
    ("thought to", Suspect),
    ("said to be", Suspect),
    ("is said to", Suspect),
    ("assessed", Suspect),
    ("assesses", Suspect),
    ("connected to", Suspect),
    ("points to", Suspect),
    ("point to", Suspect),
    // Claims.
    ("claimed responsibility", Claim),
    ("claims responsibility", Claim),
    ("claiming responsibility", Claim),
    ("claimed", Claim),
    ("claims", Claim),
    ("claiming", Claim),
    ("took credit", Claim),
    ("takes credit", Claim),
    ("taken credit", Claim),
    ("leak site", Claim),
    ("data leak site", Claim),
    ("says it hacked", Claim),
    ("said it hacked", Claim),
    ("says it breached", Claim),
    ("said it breached", Claim),
    // Possibilities.
    ("could be", Speculate),
    ("may be", Speculate),
    ("might be", Speculate),
    ("could have been", Speculate),
    ("may have been", Speculate),
    ("possibilities", Speculate),
    ("possibility", Speculate),
    ("one of several", Speculate),
    ("cannot rule out", Speculate),
    ("can't rule out", Speculate),
    ("not rule out", Speculate),
    ("speculat*", Speculate),
    ("theories", Speculate),
    ("have also been mentioned", Speculate),
    // Denials.
    ("denied", Deny),
    ("denies", Deny),
    ("deny", Deny),
    ("denying", Deny),
    // Earlier or other activity.
    ("previously", Past),
    ("earlier", Past),
    ("in the past", Past),
    ("during the past", Past),
    ("over the past", Past),
    ("on the heels of", Past),
    ("hot on the heels of", Past),
    ("last year", Past),
    ("prior", Past),
    ("formerly", Past),
    ("historically", Past),
    ("historical", Past),
    ("the same group", Past),
    ("the same crew", Past),
    ("same kremlin unit", Past),
    ("the same unit", Past),
    ("that attack", Past),
    ("that campaign", Past),
    ("has since been", Past),
    ("a series of", Past),
    ("unlike", Past),
    ("similar attacks", Past),
    ("similar waves", Past),
    ("similar campaigns", Past),
    ("similar incidents", Past),
    ("sanctions", Past),
    // Incident types.
    ("breach", Type(T::Breach)),
    ("breached", Type(T::Breach)),
    ("breaches", Type(T::Breach)),
    ("breaching", Type(T::Breach)),
    ("hacked", Type(T::Breach)),
    ("broke into", Type(T::Breach)),
    ("broken into", Type(T::Breach)),
    ("gained access", Type(T::Breach)),
    ("gain access", Type(T::Breach)),
    ("unauthorized access", Type(T::Breach)),
    ("unauthorised access", Type(T::Breach)),
    ("unauthorized party", Type(T::Breach)),
    ("unauthorised party", Type(T::Breach)),
    ("intrusion", Type(T::Breach)),
    ("intrusions", Type(T::Breach)),
    ("infiltrated", Type(T::Breach)),
    ("compromised", Type(T::Breach)),
    ("sneaked into", Type(T::Breach)),
    ("stole", Type(T::DataTheft)),
    ("stolen", Type(T::DataTheft)),
    ("steal", Type(T::DataTheft)),
    ("stealing", Type(T::DataTheft)),
    ("data theft", Type(T::DataTheft)),
    ("exfiltrat*", Type(T::DataTheft)),
    ("siphon*", Type(T::DataTheft)),
    ("pilfered", Type(T::DataTheft)),
    ("copied data", Type(T::DataTheft)),
    ("ransomware", Type(T::Ransomware)),
    ("ransom", Type(T::Ransomware)),
    ("encrypted servers", Type(T::Ransomware)),
    ("servers were encrypted", Type(T::Ransomware)),
    ("ddos", Type(T::Ddos)),
    ("denial-of-service", Type(T::Ddos)),
    ("denial of service", Type(T::Ddos)),
    ("phishing", Type(T::Phishing)),
    ("spear-phishing", Type(T::Phishing)),
    ("spearphishing", Type(T::Phishing)),
    ("smishing", Type(T::Phishing)),
    ("vishing", Type(T::Phishing)),
    ("credential harvesting", Type(T::Phishing)),
    ("malicious emails", Type(T::Phishing)),
    ("espionage", Type(T::Espionage)),
    ("cyberespionage", Type(T::Espionage)),
    ("cyber-espionage", Type(T::Espionage)),
    ("spying", Type(T::Espionage)),
    ("cyber-spies", Type(T::Espionage)),
    ("cyberspies", Type(T::Espionage)),
    ("spy", Type(T::Espionage)),
    ("spies", Type(T::Espionage)),
    ("supply chain", Type(T::SupplyChain)),
    ("supply-chain", Type(T::SupplyChain)),
    ("wiper", Type(T::Wiper)),
    ("wipers", Type(T::Wiper)),
    ("defaced", Type(T::Defacement)),
    ("defacement", Type(T::Defacement)),
    ("fraud", Type(T::Fraud)),
    ("scam", Type(T::Fraud)),
    ("scams", Type(T::Fraud)),
    ("exploit", Type(T::VulnerabilityExploitation)),
    ("exploits", Type(T::VulnerabilityExploitation)),
    ("exploited", Type(T::VulnerabilityExploitation)),
    ("exploiting", Type(T::VulnerabilityExploitation)),
    ("exploitation", Type(T::VulnerabilityExploitation)),
    ("zero-day", Type(T::VulnerabilityExploitation)),
    ("vulnerability", Type(T::VulnerabilityExploitation)),
    ("vulnerabilities", Type(T::VulnerabilityExploitation)),
    ("unpatched", Type(T::VulnerabilityExploitation)),
    // Kinds of actor considered.
    ("foreign interference", Hypothesis(ActorKind::NationState)),
    ("state-sponsored", Hypothesis(ActorKind::NationState)),
    ("state sponsored", Hypothesis(ActorKind::NationState)),
    ("nation-state", Hypothesis(ActorKind::NationState)),
    ("nation state", Hypothesis(ActorKind::NationState)),
    ("state involvement", Hypothesis(ActorKind::NationState)),
    ("state-backed", Hypothesis(ActorKind::NationState)),
    ("state actor", Hypothesis(ActorKind::NationState)),
    ("state actors", Hypothesis(ActorKind::NationState)),
    ("foreign government", Hypothesis(ActorKind::NationState)),
    ("activists", Hypothesis(ActorKind::Activist)),
    ("activist", Hypothesis(ActorKind::Activist)),
    ("hacktivists", Hypothesis(ActorKind::Activist)),
    ("hacktivist", Hypothesis(ActorKind::Activist)),
    ("cybercrime", Hypothesis(ActorKind::Criminal)),
    ("cybercriminals", Hypothesis(ActorKind::Criminal)),
    ("cyber criminals", Hypothesis(ActorKind::Criminal)),
    ("cybercriminal", Hypothesis(ActorKind::Criminal)),
    ("criminals", Hypothesis(ActorKind::Criminal)),
    ("financially motivated", Hypothesis(ActorKind::Criminal)),
    ("insider", Hypothesis(ActorKind::InsiderDisgruntled)),
    // Nouns that make a name a group.
    ("group", GroupNoun),
    ("groups", GroupNoun),
    ("gang", GroupNoun),
    ("gangs", GroupNoun),
    ("hackers", GroupNoun),
    ("hacker", GroupNoun),
    ("hacking", GroupNoun),
    ("apt", GroupNoun),
    ("actor", GroupNoun),
    ("actors", GroupNoun),
    ("threat actor", GroupNoun),
    ("crew", GroupNoun),
    ("operators", GroupNoun),
    ("collective", GroupNoun),
    ("cartel", GroupNoun),
    ("affiliate", GroupNoun),
    ("affiliates", GroupNoun),
    ("syndicate", GroupNoun),
    ("cluster", GroupNoun),
    ("hacktivist group", GroupNoun),
    // Attack and victimhood.
    ("attack", Attack),
    ("attacks", Attack),
    ("attacked", Attack),
    ("cyberattack", Attack),
    ("cyberattacks", Attack),
    ("cyber attack", Attack),
    ("cyber-attack", Attack),
    ("cyber-attacks", Attack),
    ("cyber attacks", Attack),
    ("hack", Attack),
    ("targeted", Attack),
    ("targeting", Attack),
    ("targets", Attack),
    ("target", Attack),
    ("hit", Attack),
    ("struck", Attack),
    ("incident", Attack),
    ("cyber incident", Attack),
    ("security incident", Attack),
    ("disrupted", Attack),
    ("knocked offline", Attack),
    ("offline", Attack),
    ("outage", Attack),
    ("outages", Attack),
    ("victim", Attack),
    ("victims", Attack),
    // Sponsored blocks.
    ("webinar", Promo),
    ("whitepaper", Promo),
    ("white paper", Promo),
    ("e-book", Promo),
    ("ebook", Promo),
    ("free trial", Promo),
    ("sponsored", Promo),
    ("download the", Promo),
    ("register now", Promo),
    ("sign up", Promo),
    ("practical guide", Promo),
    ("this guide", Promo),
    ("the guide", Promo),
    ("checklist", Promo),
    ("cheat sheet", Promo),
    ("learn how", Promo),
    ("learn more", Promo),
    ("discover how", Promo),
    ("request a demo", Promo),
    ("book a demo", Promo),
    ("get the report", Promo),
    ("your business", Promo),
    ("your organization", Promo),
    ("your organisation", Promo),
    ("your team", Promo),
    // Targets follow.
    ("against", Target),
    ("affected", Target),
    ("focused on", Target),
    ("focusing on", Target),
    // Authorities at work on the incident.
    ("investigating", Investigate),
    ("investigate", Investigate),
    ("investigation", Investigate),
    ("reported to", Investigate),
    ("working with", Investigate),
    ("notified", Investigate),
    // Negations.
    ("not", Negation),
    ("no evidence", Negation),
    ("don't know", Negation),
    ("do not know", Negation),
    ("doesn't name", Negation),
    ("does not name", Negation),
    ("not named", Negation),
    ("yet to", Negation),
    ("unknown", Negation),
];

/// One cue found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueHit {
    pub(crate) span: Span,
    pub(crate) cue: Cue,
}

struct Matcher {
    automaton: AhoCorasick,
    prefix: Vec<bool>,
    first_words: FirstWords,
}

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let patterns: Vec<&str> = CUES.iter().map(|(p, _)| p.trim_end_matches('*')).collect();
        // A few hundred patterns: a DFA is small and the fastest to run. Searches start only
        // where a word does, so it needs no unanchored start.
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .expect("the cue table is a valid pattern set");
        let first_words = FirstWords::of(CUES.iter().map(|(p, _)| *p));
        Matcher {
            automaton,
            prefix: CUES.iter().map(|(p, _)| p.ends_with('*')).collect(),
            first_words,
        }
    })
}

/// What the cues start with, to search only at words that may start one.
struct FirstWords {
    /// The cues not ending in `*`.
    words: words::FirstWords,
    /// The cues ending in `*` (single words, checked by a test), as a prefix of a word.
    prefixes: Vec<&'static [u8]>,
    /// Whether a cue ending in `*` starts with this byte (in lower case).
    prefix_start: [bool; 256],
}

impl FirstWords {
    fn of(cues: impl ExactSizeIterator<Item = &'static str>) -> Self {
        let mut first = FirstWords {
            words: words::FirstWords::with_capacity(cues.len()),
            prefixes: Vec::new(),
            prefix_start: [false; 256],
        };
        for cue in cues {
            match cue.strip_suffix('*') {
                Some(prefix) => {
                    let prefix = prefix.as_bytes();
                    first.prefixes.push(prefix);
                    first.prefix_start[usize::from(prefix[0].to_ascii_lowercase())] = true;
                }
                None => first.words.add(cue.as_bytes()),
            }
        }
        first
    }

    /// Whether a cue may start at word `k` of `words` (the words of `text`).
    #[inline(always)]
    fn may_start(&self, text: &[u8], words: &[(usize, usize)], k: usize) -> bool {
        let start = words[k].0;
        self.words.may_start(text, words, k)
            || self.prefix_start[usize::from(text[start].to_ascii_lowercase())]
                && self
                    .prefixes
                    .iter()
                    .any(|p| starts_with_ignore_ascii_case(&text[start..], p))
    }
}

/// Every cue in `text`, in order, on word boundaries: at each word start, the longest cue that
/// ends a word there (or ends inside one, for a cue ending in `*`). Linear in the length of
/// `text`.
#[cfg(test)]
pub(crate) fn find(text: &str) -> Vec<CueHit> {
    find_in(text, &words::list(text.as_bytes()))
}

/// [`find`] over the words of `text` already known ([`words::list`]).
pub(crate) fn find_in(text: &str, words: &[(usize, usize)]) -> Vec<CueHit> {
    let m = matcher();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let start = words[k].0;
        let accept = |hit: aho_corasick::Match| {
            let id = hit.pattern().as_usize();
            (m.prefix[id] || ends_word(text, hit.end())).then_some(CueHit {
                span: Span::new(start, hit.end()),
                cue: CUES[id].1,
            })
        };
        match m
            .first_words
            .may_start(bytes, words, k)
            .then(|| words::longest_accepted(&m.automaton, bytes, start, accept))
            .flatten()
        {
            Some(hit) => {
                k = words::resume(words, k, hit.span.end);
                out.push(hit);
            }
            None => k += 1,
        }
    }
    out
}

/// True when no letter or digit precedes byte `i` of `text`.
pub(crate) fn starts_word(text: &str, i: usize) -> bool {
    text.get(..i)
        .and_then(|t| t.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// True when no letter or digit follows byte `i` of `text`.
pub(crate) fn ends_word(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|t| t.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::word_end;

    fn cues(text: &str) -> Vec<Cue> {
        find(text).into_iter().map(|h| h.cue).collect()
    }

    #[test]
    fn finds_whole_words_only() {
        assert_eq!(cues("attributed to APT28"), [Confirm]);
        assert!(cues("the contribute step").is_empty());
        assert_eq!(cues("data was exfiltrated"), [Type(T::DataTheft)]);
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(cues("LockBit claimed responsibility"), [Claim]);
        assert_eq!(cues("a spear-phishing email"), [Type(T::Phishing)]);
    }

    #[test]
    fn table_has_no_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for (p, _) in CUES {
            assert!(seen.insert(p.to_ascii_lowercase()), "duplicate cue {p}");
        }
    }

    #[test]
    fn every_cue_starts_with_a_word_the_filter_can_key() {
        for (p, _) in CUES {
            let p = p.trim_end_matches('*').as_bytes();
            let first = word_end(p, 0);
            assert!(first > 0, "cue {p:?} starts with no letter or digit");
            assert!(p.is_ascii(), "cue {p:?} is not ASCII");
        }
        // A cue ending in `*` is one word: the filter reads it as a prefix of the text's word.
        for (p, _) in CUES.iter().filter(|(p, _)| p.ends_with('*')) {
            let p = p.trim_end_matches('*');
            assert_eq!(
                word_end(p.as_bytes(), 0),
                p.len(),
                "cue {p}* is more than a word"
            );
        }
    }

    /// The cues at each word start by trying every pattern there: what `find` must equal.
    fn find_slowly(text: &str) -> Vec<CueHit> {
        let mut out = Vec::new();
        let mut from = 0;
        for (i, _) in text.char_indices() {
            if i < from || !starts_word(text, i) {
                continue;
            }
            let longest = CUES
                .iter()
                .filter_map(|(p, cue)| {
                    let word = p.trim_end_matches('*');
                    let end = i + word.len();
                    let seen = text.get(i..end)?;
                    (seen.eq_ignore_ascii_case(word) && (p.ends_with('*') || ends_word(text, end)))
                        .then_some((end, *cue))
                })
                .max_by_key(|(end, _)| *end);
            if let Some((end, cue)) = longest {
                out.push(CueHit {
                    span: Span::new(i, end),
                    cue,
                });
                from = end;
            }
        }
        out
    }

    #[test]
    fn finds_what_trying_every_cue_finds_in_news() {
        for text in [
            include_str!("../../tests/data/corpus.txt"),
            include_str!("../../tests/data/sample.txt"),
            "exfiltrated data; EXFILTRATION. not-named attributed theory, é-attributed to",
        ] {
            assert_eq!(find(text), find_slowly(text));
        }
    }

    use proptest::prelude::*;

    proptest::proptest! {
        #[test]
        fn finds_what_trying_every_cue_finds(
            words in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(CUES.iter().map(|(p, _)| p.trim_end_matches('*')).collect::<Vec<_>>())
                        .prop_map(str::to_owned),
                    proptest::strategy::Just("ATTRIBUTED".to_owned()),
                    "[a-zA-Z]{1,9}",
                    "\\PC{1,3}",
                ],
                0..30,
            ),
            seps in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just(""),
                    proptest::strategy::Just(" "),
                    proptest::strategy::Just(", "),
                    proptest::strategy::Just("-"),
                    proptest::strategy::Just("é"),
                ],
                30,
            ),
        ) {
            let text: String = words.iter().zip(&seps).map(|(w, s)| format!("{w}{s}")).collect();
            proptest::prop_assert_eq!(find(&text), find_slowly(&text), "{:?}", text);
        }
    }
}
