//! Cue words: the general vocabulary of attribution, incident types, hypotheses and page
//! debris, found in one pass with a multi-pattern automaton.
//!
//! These are data, not rules about particular articles: each entry is a phrase a journalist
//! uses to say how firmly something is attributed, what happened, or that a block is an advert.

use std::sync::OnceLock;

use aho_corasick::{MatchKind, StartKind, dfa::DFA};

use super::ascii::starts_with_ignore_ascii_case;
use super::starts::{Scanner, Starts};
use crate::model::{ActorKind, IncidentType, Span};
use crate::words;

use super::wordlists::WordFile;

/// Where an actor's name stands relative to the words of an attribution link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// "attributed to APT28"
    After,
    /// "APT28 was behind"
    Before,
    /// "blamed APT28", "APT28 was blamed"
    Either,
}

impl Side {
    /// Whether a name at `name` fits this side of a cue at `cue`.
    pub(crate) fn fits(self, name: Span, cue: Span) -> bool {
        match self {
            Side::After => name.start >= cue.end,
            Side::Before => name.end <= cue.start,
            Side::Either => name.start >= cue.end || name.end <= cue.start,
        }
    }
}

/// What a cue phrase signals. The classes are documented in `data/cues.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Firm attribution ("attributed to", "was behind").
    Confirm(Side),
    /// A link hedged by its nature ("linked to").
    Tie,
    /// A verb of attack whose subject is the actor before it ("X executed").
    Act,
    /// Modality that weakens a link ("believed", "likely").
    Hedge,
    /// A claim of responsibility.
    Claim(Side),
    /// A crew making its deed public (leaking, posting, listing its victim): its claim, said
    /// of a name already known as an actor; unlike a claim of responsibility it makes no
    /// unknown name an actor ("Cisco published an advisory").
    Publish(Side),
    /// One of several possibilities.
    Speculate,
    /// A denial.
    Deny,
    /// The actor named before the words had no part in the incident ("X was not involved").
    RuledOut,
    /// A charge, indictment or sanction.
    Legal,
    /// The sentence is about earlier or other activity.
    Past,
    /// A time that dates earlier activity after the lead ("last summer"); in the headline and
    /// lead it may be the reported incident's own.
    PastAfterLead,
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
    /// A flaw in software, exploited or not ("vulnerability", "zero-day").
    Flaw,
    /// A fix or a disclosure of a flaw ("patched", "security update").
    Patch,
    /// "The same", which with a kind of group after it points at earlier activity.
    Same,
    /// "Similar", which with a kind of deed after it points at other incidents.
    Similar,
    /// Doubt about the story's own claims ("experts doubt", "unconfirmed").
    Doubt,
    /// A message dressed up as someone else's ("impersonating", "purporting to come from"):
    /// phishing where a noun of message is near.
    Deception,
    /// A word that a rule of incident types reads the words around (`data/victims.txt`
    /// `[tampered-words]`, `[third-party-nouns]`, `[counterfeit-words]`, `[copying-verbs]`;
    /// the bit of its list): found with the cues, in the same pass, so that only the
    /// sentences holding one are read word by word ([`anchor_bits`]).
    Anchor(u8),
    /// A word that gives a persona's name right after it ("a user called X", "under the
    /// alias 'x'", "the handle X"): a name the text introduces as one person's or crew's
    /// online identity.
    Persona,
}

use Cue::{
    Act, Attack, Claim, Confirm, Deception, Deny, Doubt, Flaw, GroupNoun, Hedge, Hypothesis,
    Investigate, Legal, Negation, Past, PastAfterLead, Patch, Persona, Promo, Publish, RuledOut,
    Same, Similar, Speculate, Target, Tie, Type,
};

/// The cue table, one class per `[section]` (see the file's header).
const CUE_DATA: &str = include_str!("data/cues.txt");

/// The class a `[section]` header of `data/cues.txt` names.
fn class(name: &str) -> Option<Cue> {
    let side = |s: &str| match s {
        "after" => Some(Side::After),
        "before" => Some(Side::Before),
        "either" => Some(Side::Either),
        _ => None,
    };
    let (head, arg) = name.split_once(' ').unwrap_or((name, ""));
    Some(match (head, arg) {
        ("confirm", s) => Confirm(side(s)?),
        ("claim", s) => Claim(side(s)?),
        ("publish", s) => Publish(side(s)?),
        ("tie", "") => Tie,
        ("act", "before") => Act,
        ("hedge", "") => Hedge,
        ("speculate", "") => Speculate,
        ("deny", "") => Deny,
        ("ruled-out", "before") => RuledOut,
        ("legal", "") => Legal,
        ("past", "") => Past,
        ("past-after-lead", "") => PastAfterLead,
        ("type", t) => Type(t.parse().ok()?),
        ("hypothesis", k) => Hypothesis(k.parse().ok()?),
        ("group-noun", "") => GroupNoun,
        ("attack", "") => Attack,
        ("promo", "") => Promo,
        ("target", "") => Target,
        ("investigate", "") => Investigate,
        ("negation", "") => Negation,
        ("flaw", "") => Flaw,
        ("patch", "") => Patch,
        ("same", "") => Same,
        ("similar", "") => Similar,
        ("doubt", "") => Doubt,
        ("deception", "") => Deception,
        ("persona", "") => Persona,
        _ => return None,
    })
}

/// Parses the cue table: every entry with its class, in file order.
///
/// # Errors
/// A malformed file ([`WordFile::parse`]), a list that names no class, or an entry that is not
/// words of letters, hyphens and apostrophes, the bytes the automaton reads ([`SYMBOLS`]; a
/// trailing `*` allowed).
fn parse(data: &'static str) -> Result<Vec<(&'static str, Cue)>, String> {
    let file = WordFile::parse(data)?;
    let mut out = Vec::new();
    for (name, entries) in file.lists() {
        let cue = class(name).ok_or_else(|| format!("unknown class [{name}]"))?;
        for &entry in entries {
            let word = entry.strip_suffix('*').unwrap_or(entry);
            let well_formed = !word.is_empty()
                && word.bytes().all(|b| SYMBOLS[usize::from(b)] != 0)
                && word.starts_with(|c: char| c.is_ascii_alphanumeric())
                && word.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '\'')
                && !word.contains("  ")
                && !(entry.ends_with('*') && word.contains(' '));
            if !well_formed {
                return Err(format!("[{name}]: malformed entry {entry:?}"));
            }
            out.push((entry, cue));
        }
    }
    Ok(out)
}

/// The cue table, parsed once.
fn table() -> &'static [(&'static str, Cue)] {
    static TABLE: OnceLock<Vec<(&'static str, Cue)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = parse(CUE_DATA).expect("data/cues.txt is checked by a test");
        // "could also be", "may well have been": a possibility with an adverb after its modal
        // (data/attribution.txt `[modal-adverbs]`). The spellings are made once and live as
        // long as the table, which is static: leaking them is how they become `'static`.
        let adverbs = super::vocabulary::list("modal-adverbs");
        let mut spelled: Vec<(&'static str, Cue)> = Vec::new();
        for &(entry, cue) in table.iter().filter(|(_, cue)| *cue == Cue::Speculate) {
            let Some((modal, rest)) = entry.split_once(' ') else {
                continue;
            };
            // Not the bare "could have": with an adverb it opens any deed ("could even have
            // given the show publicity"), where "could also have been" is spelled from
            // "could have been".
            if matches!(modal, "could" | "may" | "might" | "would") && rest != "have" {
                for adverb in adverbs {
                    let with_adverb = format!("{modal} {adverb} {rest}");
                    if !table.iter().any(|(p, _)| *p == with_adverb) {
                        spelled.push((Box::leak(with_adverb.into_boxed_str()), cue));
                    }
                }
            }
        }
        // "a user calling themselves X": a noun of who posts before a verb of naming
        // (data/attribution.txt `[persona-nouns]`, `[persona-introducers]`) opens a persona's
        // name.
        for noun in super::vocabulary::list("persona-nouns") {
            for intro in super::vocabulary::list("persona-introducers") {
                let phrase = format!("{noun} {intro}");
                if !table.iter().any(|(p, _)| *p == phrase) {
                    spelled.push((Box::leak(phrase.into_boxed_str()), Cue::Persona));
                }
            }
        }
        table.extend(spelled);
        // The anchors of the word rules, where no cue is spelled the same (those that are,
        // "hijacked", are found as that cue: `anchor_bits`).
        for (word, bit) in super::victims::word_rule_anchors() {
            if !table.iter().any(|(p, _)| p.eq_ignore_ascii_case(word)) {
                table.push((word, Cue::Anchor(bit)));
            }
        }
        table
    })
}

/// The anchor words spelled as a cue of another class, with their lists' bits: read from the
/// table, where they stand under that class. With them, a bit for each of their lengths (the
/// last bit for all of 63 bytes or more): asked of every cue of a sentence, most of which
/// are of another length, which turns them away without a loop.
fn anchors_spelled_as_cues() -> &'static (Vec<(&'static str, u8)>, u64) {
    static SHARED: OnceLock<(Vec<(&'static str, u8)>, u64)> = OnceLock::new();
    SHARED.get_or_init(|| {
        let shared: Vec<(&str, u8)> = super::victims::word_rule_anchors()
            .filter(|(word, _)| {
                table()
                    .iter()
                    .any(|(p, cue)| !matches!(cue, Cue::Anchor(_)) && p.eq_ignore_ascii_case(word))
            })
            .collect();
        let lengths = shared
            .iter()
            .fold(0u64, |lengths, (w, _)| lengths | 1 << w.len().min(63));
        (shared, lengths)
    })
}

/// The bits of the word rules' lists ([`Cue::Anchor`]) the cue `c` of `text` holds a word of:
/// its own, or those of an anchor word spelled as a cue of another class ("hijacked").
pub(crate) fn anchor_bits(text: &str, c: &CueHit) -> u8 {
    if let Cue::Anchor(bits) = c.cue {
        return bits;
    }
    let len = c.span.len();
    let (shared, lengths) = anchors_spelled_as_cues();
    if lengths >> len.min(63) & 1 == 0 {
        return 0;
    }
    shared
        .iter()
        .filter(|(w, _)| w.len() == len && text[c.span.start..c.span.end].eq_ignore_ascii_case(w))
        .fold(0, |bits, (_, b)| bits | b)
}

/// One cue found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueHit {
    pub(crate) span: Span,
    pub(crate) cue: Cue,
}

struct Matcher {
    automaton: DFA,
    /// Per pattern of the automaton, its class and whether it ends in `*`.
    patterns: Vec<(Cue, bool)>,
    prefixes: Prefixes,
}

/// The symbol the cue automaton reads for each byte of the text, from 1 on for the bytes cues
/// are written with (a letter in either case, a space, a hyphen, an apostrophe) and 0 for any
/// other. Thirty-one classes of bytes (the 29 symbols, 0, and the bytes above the last
/// symbol, which no text byte reads as) fit a row of 32 transitions: a row for each of the
/// 256 bytes' values, or for a class per case of each letter, is several times larger, and
/// the table misses the cache the more.
const SYMBOLS: [u8; 256] = {
    let mut symbols = [0; 256];
    let mut b = 0;
    while b < 26 {
        symbols[(b'a' + b) as usize] = 1 + b;
        symbols[(b'A' + b) as usize] = 1 + b;
        b += 1;
    }
    symbols[b' ' as usize] = 27;
    symbols[b'\'' as usize] = 28;
    symbols[b'-' as usize] = 29;
    symbols
};

/// The typographic apostrophe that most edited news sets ("didn’t", "can’t rule out"), read
/// as the ASCII one the table writes.
const CURLY_APOSTROPHE: &[u8] = "\u{2019}".as_bytes();

/// The cue automaton's symbol at byte `at` of `text` ([`SYMBOLS`]), and how many bytes it
/// stands for.
#[inline(always)]
fn symbol_at(text: &[u8], at: usize) -> (u8, usize) {
    match SYMBOLS[usize::from(text[at])] {
        0 if text[at..].starts_with(CURLY_APOSTROPHE) => {
            (SYMBOLS[usize::from(b'\'')], CURLY_APOSTROPHE.len())
        }
        symbol => (symbol, 1),
    }
}

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let (patterns, classes): (Vec<Vec<u8>>, Vec<(Cue, bool)>) = table()
            .iter()
            .map(|&(p, cue)| {
                let word = p.trim_end_matches('*').bytes();
                let symbols = word.map(|b| SYMBOLS[usize::from(b)]).collect();
                (symbols, (cue, p.ends_with('*')))
            })
            .unzip();
        // A few hundred patterns: a DFA is small enough and the fastest to run. It reads the
        // text as symbols ([`SYMBOLS`]): built over the text's bytes to ignore ASCII case
        // itself, with a spelling for each apostrophe, its table was four times larger (3 MB
        // for 0.75 MB) and its walks missed the cache the more.
        // Searches start only where a word does, so it needs no unanchored start. Unlike the
        // technique phrases and software names, a contiguous NFA (0.1 MB; 0.3 MB with dense
        // states six bytes deep) was measured slower on news, by 3 to 4%: cue walks are the
        // most numerous (14,000 per MiB of news, 80 to 90% of them finding a cue), and the
        // DFA's one load per byte beats the NFA's search of a sparse state.
        let automaton = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .expect("the cue table is a valid pattern set");
        let prefixes = Prefixes::of(table().iter().map(|(p, _)| *p));
        Matcher {
            automaton,
            patterns: classes,
            prefixes,
        }
    })
}

/// The cues ending in `*`, which the table of first words ([`Starts`]) cannot hold: a cue may
/// start where one of them starts a word.
pub(super) struct Prefixes {
    /// The cues ending in `*` (single words, checked by a test), as a prefix of a word.
    prefixes: Vec<&'static [u8]>,
    /// Per prefix, its first four bytes as the key of a word holds them ([`words::keys`]),
    /// and the mask of those bytes in a key: a word whose key differs there does not start
    /// with the prefix, which rules out nearly every word without reading the text.
    heads: Vec<(u64, u64)>,
    /// The first bytes of the heads, a bit each: a word starting with none of them (most
    /// words) is ruled out by one load, without a loop over the heads.
    first_bytes: [u64; 4],
}

impl Prefixes {
    fn of(cues: impl Iterator<Item = &'static str>) -> Self {
        let prefixes: Vec<&[u8]> = cues
            .filter_map(|cue| cue.strip_suffix('*'))
            .map(str::as_bytes)
            .collect();
        let heads = prefixes
            .iter()
            .map(|p| {
                let key = words::keys(p, &[(0, p.len())])[0];
                let mask = (1u64 << (8 * p.len().min(4))) - 1;
                (key & mask, mask)
            })
            .collect::<Vec<_>>();
        let mut first_bytes = [0u64; 4];
        for &(head, _) in &heads {
            let b = head.to_le_bytes()[0];
            first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        Prefixes {
            prefixes,
            heads,
            first_bytes,
        }
    }

    /// Whether a cue ending in `*` starts the text at `start`, where a word whose
    /// [`words::keys`] is `key` starts.
    #[inline(always)]
    pub(super) fn start(&self, text: &[u8], start: usize, key: u64) -> bool {
        let b = key.to_le_bytes()[0];
        self.first_bytes[usize::from(b >> 6)] >> (b & 63) & 1 != 0
            && self.heads.iter().any(|&(head, mask)| key & mask == head)
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
    let mut read = super::scratch::Scratch::default();
    read.read(text, crate::gazetteer::Gazetteer::embedded());
    read.doc.cues
}

/// The cues matched as whole words (not ending in `*`), for the table of first words
/// ([`Starts`]).
pub(super) fn whole_word_cues() -> impl Iterator<Item = &'static [u8]> {
    table()
        .iter()
        .filter(|(p, _)| !p.ends_with('*'))
        .map(|(p, _)| p.as_bytes())
}

/// The cues ending in `*`: [`Starts`] asks whether one starts where no other cue may.
pub(super) fn prefixes() -> &'static Prefixes {
    &matcher().prefixes
}

/// [`find`] over the words of `text` ([`words::list`]) and where cues may start among them
/// already known, into `out` (cleared first: a buffer reused from text to text).
pub(crate) fn find_in(
    text: &str,
    words: &[(usize, usize)],
    starts: &Starts,
    out: &mut Vec<CueHit>,
) {
    let m = matcher();
    let bytes = text.as_bytes();
    out.clear();
    let mut k = starts.next(Scanner::Cue, 0);
    while k < words.len() {
        let start = words[k].0;
        let accept = |hit: aho_corasick::Match| {
            let (cue, prefix) = m.patterns[hit.pattern().as_usize()];
            (prefix || ends_word(text, hit.end())).then_some(CueHit {
                span: Span::new(start, hit.end()),
                cue,
            })
        };
        match words::longest_accepted_as(&m.automaton, bytes, start, symbol_at, accept) {
            Some(hit) => {
                k = words::resume(words, k, hit.span.end);
                push_hit(text, hit, out);
            }
            None => k += 1,
        }
        k = starts.next(Scanner::Cue, k);
    }
}

/// Pushes `hit` onto `out`, after the hedge it opens on if it is a link ("is likely
/// responsible": a link that opens on a word of modality carries the modality too, which the
/// longer phrase took).
///
/// A denial that is negated ("did not deny", "has never denied", "would neither confirm nor
/// deny") denies nothing: it is not pushed.
fn push_hit(text: &str, hit: CueHit, out: &mut Vec<CueHit>) {
    if hit.cue == Cue::Deny && negated_verb(&text[..hit.span.start]) {
        return;
    }
    if let Cue::Confirm(_) = hit.cue
        && let Some(hedge) = opening_hedge(text, hit.span)
    {
        out.push(CueHit {
            span: hedge,
            cue: Cue::Hedge,
        });
    }
    out.push(hit);
}

/// Whether one of the three words that end `before` negates the verb after them: "not",
/// "never", "nor" or a word ending in "n't" ("did not deny", "hasn't publicly denied").
fn negated_verb(before: &str) -> bool {
    before
        .trim_end()
        .rsplit(' ')
        .take(3)
        .take_while(|w| !w.ends_with([',', ';', ':', '.']))
        .any(|w| matches!(w, "not" | "never" | "nor") || w.ends_with("n't") || w.ends_with("n’t"))
}

/// The first word of the cue at `span` where it is a cue of modality itself ("likely" of
/// "likely responsible"), and more words follow it.
fn opening_hedge(text: &str, span: Span) -> Option<Span> {
    static HEDGES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let hedges = HEDGES.get_or_init(|| {
        table()
            .iter()
            .filter(|(p, c)| *c == Cue::Hedge && !p.contains(' '))
            .map(|(p, _)| *p)
            .collect()
    });
    let phrase = &text[span.start..span.end];
    let first = phrase
        .split(' ')
        .next()
        .filter(|w| w.len() < phrase.len())?;
    hedges
        .iter()
        .any(|h| h.eq_ignore_ascii_case(first))
        .then(|| Span::new(span.start, span.start + first.len()))
}

/// Whether a claim cue claims an incident: a phrase of responsibility does; the bare verb
/// ("claims", "claimed") only with an attack or a deed as its object ("claimed the attack",
/// "claims to have breached"), not as a verb of saying ("Intel claims the flaw is minor").
///
/// Said by a known actor, a claim to have done or to hold anything is its claim ("the gang
/// claims to have the files"). Said by a name not yet known as an actor (`unknown_speaker`),
/// the lead-ins "to have", "that it", "it" are verbs of saying too ("Acme claims it fixed
/// the flaw", "he claimed to have been a fan"): the deed must follow them.
pub(crate) fn claims_an_incident(
    text: &str,
    cues: &[CueHit],
    c: &CueHit,
    unknown_speaker: bool,
) -> bool {
    let phrase = &text[c.span.start..c.span.end];
    if phrase.contains(' ') || !phrase.to_ascii_lowercase().starts_with("claim") {
        return true;
    }
    let rest = text[c.span.end..].trim_start();
    // "claimed on Telegram that it had ...", "claimed in a post to have ...": the channel
    // stands between the verb and what is claimed, which the first lead-in after it opens.
    let rest = ["on ", "in ", "via ", "through "]
        .iter()
        .any(|p| {
            rest.get(..p.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(p))
        })
        .then(|| {
            let window = &rest[..super::last_boundary(rest, 0, rest.len().min(48))];
            [" that ", " to have "]
                .iter()
                .filter_map(|lead| super::ascii::find_str(window, lead))
                .min()
                .map(|at| &rest[at + 1..])
        })
        .flatten()
        .unwrap_or(rest);
    let starts = |p: &str| {
        rest.get(..p.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(p))
    };
    if ["responsibility", "credit"].iter().any(|p| starts(p)) {
        return true;
    }
    // A crew speaks of itself as "it", "they" or "we" ("claimed that they were responsible").
    let lead_ins = [
        "to have ",
        "that it ",
        "that they ",
        "that we ",
        "it ",
        "they ",
        "we ",
    ];
    if !unknown_speaker && lead_ins.iter().any(|p| starts(p)) {
        return true;
    }
    // "claimed to have breached", "claims it stole": the deed follows the lead-in, which
    // alone is a verb of saying too ("Acme claims it fixed the flaw", "claimed to have been
    // a fan").
    let lead_in = lead_ins.iter().find(|p| starts(p)).map_or(0, |p| p.len());
    let from = c.span.end + (text.len() - c.span.end - rest.len()) + lead_in;
    // The cues are in order of their start: those within reach are found by binary search,
    // not by reading every cue of a (maybe endless) sentence for each claim.
    let first = cues.partition_point(|h| h.span.start < from);
    cues[first..]
        .iter()
        .take_while(|h| h.span.start - from <= 24)
        .any(|h| matches!(h.cue, Cue::Attack | Cue::Type(_)))
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

/// Where `word` stands in `text` as a whole word (no letter or digit on either side), in
/// order.
pub(crate) fn word_occurrences<'a>(
    text: &'a str,
    word: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes())
        .filter(move |&at| starts_word(text, at) && ends_word(text, at + word.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IncidentType as T;
    use crate::words::word_end;

    fn cues(text: &str) -> Vec<Cue> {
        find(text).into_iter().map(|h| h.cue).collect()
    }

    #[test]
    fn finds_whole_words_only() {
        assert_eq!(cues("attributed to APT28"), [Confirm(Side::After)]);
        assert!(cues("the contribute step").is_empty());
        assert_eq!(cues("data was exfiltrated"), [Type(T::DataTheft)]);
    }

    #[test]
    fn reads_the_typographic_apostrophe_as_the_ascii_one() {
        assert_eq!(cues("they didn\u{2019}t"), cues("they didn't"));
        assert_eq!(cues("they didn\u{2019}t"), [Negation]);
        assert_eq!(cues("We can\u{2019}t rule out"), [Speculate]);
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(
            cues("LockBit claimed responsibility"),
            [Claim(Side::Before)]
        );
        assert_eq!(cues("a spear-phishing email"), [Type(T::Phishing)]);
    }

    #[test]
    fn the_data_file_parses() {
        assert!(parse(CUE_DATA).is_ok(), "{:?}", parse(CUE_DATA).err());
        assert!(parse("[nonsense]\nword").is_err());
        assert!(parse("word before a class").is_err());
        assert!(parse("[hedge]\n two  spaces").is_err());
        assert!(parse("[hedge]\nrun on*").is_err());
        assert!(parse("[hedge]\nnot ascii é").is_err());
        assert_eq!(
            parse("[tie]\n# a comment\nlinked to").unwrap(),
            [("linked to", Tie)]
        );
        assert!(
            parse("[act after]\nexecuted").is_err(),
            "an act's actor is its subject"
        );
    }

    #[test]
    fn table_has_no_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for (p, _) in table() {
            assert!(seen.insert(p.to_ascii_lowercase()), "duplicate cue {p}");
        }
    }

    #[test]
    fn every_cue_starts_with_a_word_the_filter_can_key() {
        for (p, _) in table() {
            let p = p.trim_end_matches('*').as_bytes();
            let first = word_end(p, 0);
            assert!(first > 0, "cue {p:?} starts with no letter or digit");
            assert!(p.is_ascii(), "cue {p:?} is not ASCII");
        }
        // A cue ending in `*` is one word: the filter reads it as a prefix of the text's word.
        for (p, _) in table().iter().filter(|(p, _)| p.ends_with('*')) {
            let p = p.trim_end_matches('*');
            assert_eq!(
                word_end(p.as_bytes(), 0),
                p.len(),
                "cue {p}* is more than a word"
            );
        }
    }

    /// The spellings of a cue the text may use: as the table writes it and, where it holds an
    /// apostrophe, with the typographic one.
    fn spellings(cue: &str) -> impl Iterator<Item = String> + '_ {
        let word = cue.trim_end_matches('*');
        let curly = word.contains('\'').then(|| word.replace('\'', "\u{2019}"));
        std::iter::once(word.to_owned()).chain(curly)
    }

    /// The cues at each word start by trying every pattern there: what `find` must equal.
    fn find_slowly(text: &str) -> Vec<CueHit> {
        let mut out = Vec::new();
        let mut from = 0;
        for (i, _) in text.char_indices() {
            if i < from || !starts_word(text, i) {
                continue;
            }
            let longest = table()
                .iter()
                .flat_map(|&(p, cue)| spellings(p).map(move |s| (p, s, cue)))
                .filter_map(|(p, word, cue)| {
                    let end = i + word.len();
                    let seen = text.get(i..end)?;
                    (seen.eq_ignore_ascii_case(&word) && (p.ends_with('*') || ends_word(text, end)))
                        .then_some((end, cue))
                })
                .max_by_key(|(end, _)| *end);
            if let Some((end, cue)) = longest {
                push_hit(
                    text,
                    CueHit {
                        span: Span::new(i, end),
                        cue,
                    },
                    &mut out,
                );
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
            "they didn\u{2019}t say; it wasn't; CAN\u{2019}T RULE OUT",
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
                    proptest::sample::select(table().iter().map(|(p, _)| p.trim_end_matches('*')).collect::<Vec<_>>())
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
