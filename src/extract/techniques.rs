//! ATT&CK techniques the text says the attackers used, named or described in everyday words.
//!
//! The phrases are data (`data/techniques.txt`: one list per technique id, plus the official
//! ATT&CK names of [`attack`]); one automaton finds them all in a copy of the text folded to
//! lower case with hyphens read as spaces (same length, so offsets carry over). A match counts
//! on word boundaries, with an optional plural ending, and only in a sentence that no
//! `[not done]` word marks as advice, prevention or a hypothetical ("phishing awareness
//! training", "the flaw could allow attackers to..."). A phrase of `[named flaws]` (a kind of
//! vulnerability, an exposed system) counts only in a sentence that also says something was
//! exploited (an `[exploited]` word): an advisory that names a flaw reports no attack. The name
//! of a tactic ("lateral movement", "persistence", "command and control server") says the goal,
//! not the technique: a test keeps the `[tactic words]` out of every phrase list.
//!
//! An ATT&CK id written in the text ("T1055", "T1547.001", as vendor reports cite them) is a
//! mention too. A Markdown table reads as one long sentence, so in a table only the cell that
//! holds the match is read for the words below (a "Mitigation" column does not make the
//! technique beside it advice). Phrases map to the most specific technique their words support,
//! and are reported so; an extractor with sub-techniques off reports a sub-technique as its
//! parent technique, the level many analysts and labelled corpora record.
//!
//! A long text (over [`LONG_TEXT`] bytes: a vendor report, not a news brief) mentions many
//! techniques in passing; there a technique counts only when it is mentioned twice or cited
//! by id.
//!
//! | sentence has a `[not done]` word | phrase is a `[named flaws]` entry | sentence has an `[exploited]` word | mention |
//! |---|---|---|---|
//! | yes | any | any | no |
//! | no | no | any | yes |
//! | no | yes | yes | yes |
//! | no | yes | no | no |

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Match, MatchKind, StartKind, dfa::DFA};

use super::Doc;
use super::starts::{Scanner, Starts};
use super::wordlists::WordFile;
use crate::gazetteer::attack::{self, AttackTechnique};
use crate::model::{Mention, Span, Technique};
use crate::words::{FirstWords, fold};

const DATA: &str = include_str!("data/techniques.txt");
const LEFT_OUT: &str = "official names left out";
/// A text longer than this (in bytes) is a report, not a news brief (news briefs run 1 to 6 KB):
/// there, a technique mentioned once and not cited by id is a passing remark (background,
/// another campaign, a product pitch, a list of what a tool can do) more often than what the
/// report's attackers did, and is not reported.
const LONG_TEXT: usize = 10_000;
/// How far back from a match [`in_url`] looks for the start of a URL.
const URL_REACH: usize = 512;
const NOT_DONE: &str = "not done";
const NAMED_FLAWS: &str = "named flaws";
const EXPLOITED: &str = "exploited";
const TACTIC_WORDS: &str = "tactic words";
/// The lists that are not named by a technique id.
const NOT_TECHNIQUES: [&str; 5] = [LEFT_OUT, NOT_DONE, NAMED_FLAWS, EXPLOITED, TACTIC_WORDS];

/// The phrase automaton and, per pattern, the technique it names.
struct Finder {
    ac: NFA,
    targets: Vec<&'static AttackTechnique>,
    /// Per pattern, whether it is one of the `[named flaws]`.
    flaw: Vec<bool>,
    /// The `[not done]` words, folded.
    not_done: Words,
    /// The `[exploited]` words, folded.
    exploited: Words,
}

/// A list of cue words, searched for in one sentence.
struct Words {
    ac: DFA,
    first: FirstWords,
}

impl Words {
    fn new(list: &str) -> Words {
        let folded: Vec<Vec<u8>> = words().list(list).iter().map(|w| fold(w)).collect();
        let ac = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&folded)
            .unwrap_or_else(|e| panic!("the [{list}] words build an automaton: {e}"));
        Words {
            ac,
            first: first_words(folded.iter().map(Vec::as_slice), false),
        }
    }

    /// Whether one of the words is in the sentence made of `words` of `folded`.
    fn in_sentence(&self, folded: &[u8], (words, keys): (&[(usize, usize)], &[u64])) -> bool {
        let next_start = |k| self.first.next_start(keys, k);
        !at_words(&self.ac, folded, words, next_start, |m| {
            on_word_boundaries(folded, m.start(), m.end()).then_some(m.end())
        })
        .is_empty()
    }
}

/// The first words of `patterns` (folded), with the plural endings a match may add when
/// `plurals`.
pub(super) fn first_words<'p>(
    patterns: impl ExactSizeIterator<Item = &'p [u8]>,
    plurals: bool,
) -> FirstWords {
    let mut first = FirstWords::with_capacity(patterns.len() * if plurals { 3 } else { 1 });
    with_plurals(patterns, plurals, |p| first.add(p));
    first
}

/// Calls `f` with each of `patterns` and, when `plurals`, each with the plural endings a
/// match may add.
pub(super) fn with_plurals<'p>(
    patterns: impl Iterator<Item = &'p [u8]>,
    plurals: bool,
    mut f: impl FnMut(&[u8]),
) {
    for p in patterns {
        f(p);
        if plurals {
            for ending in [&b"s"[..], b"es"] {
                f(&[p, ending].concat());
            }
        }
    }
}

/// Calls `f` with each phrase a match may be (with its plural endings), for the table of
/// first words ([`Starts`]).
pub(super) fn each_phrase(f: impl FnMut(&[u8])) {
    with_plurals(phrases().iter().map(|(p, _)| p.as_slice()), true, f);
}

fn words() -> &'static WordFile {
    static FILE: OnceLock<WordFile> = OnceLock::new();
    FILE.get_or_init(|| {
        WordFile::parse(DATA).unwrap_or_else(|e| panic!("data/techniques.txt: {e}"))
    })
}

/// The phrases and the techniques they name: the curated lists first, then the official names
/// (current and revoked, each leading to its current technique) that no list holds, that are
/// not left out, and that name one current technique only.
fn phrases() -> Vec<(Vec<u8>, &'static AttackTechnique)> {
    let file = words();
    let mut out: Vec<(Vec<u8>, &'static AttackTechnique)> = Vec::new();
    for (name, entries) in file.lists() {
        if NOT_TECHNIQUES.contains(&name) {
            continue;
        }
        let Some(t) = attack::technique(name) else {
            continue;
        };
        out.extend(entries.iter().map(|p| (fold(p), t)));
    }
    let left_out: Vec<Vec<u8>> = file.list(LEFT_OUT).iter().map(|n| fold(n)).collect();
    let mut official: Vec<(Vec<u8>, &'static AttackTechnique)> = Vec::new();
    for t in attack::techniques() {
        let key = fold(t.name);
        let Some(current) = attack::technique(t.id) else {
            continue;
        };
        if left_out.contains(&key) || out.iter().any(|(p, _)| *p == key) {
            continue;
        }
        official.push((key, current));
    }
    official.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.id.cmp(b.1.id)));
    official.dedup_by(|a, b| a.0 == b.0 && a.1.id == b.1.id);
    for (i, (key, t)) in official.iter().enumerate() {
        let shared = |j: usize| official.get(j).is_some_and(|(k, _)| k == key);
        if !shared(i + 1) && (i == 0 || !shared(i - 1)) {
            out.push((key.clone(), t));
        }
    }
    out
}

fn finder() -> &'static Finder {
    static FINDER: OnceLock<Finder> = OnceLock::new();
    FINDER.get_or_init(|| {
        let phrases = phrases();
        // A contiguous NFA, not a DFA: the DFA of these phrases takes 5.4 MB, past the
        // second-level cache, and its transition loads missed it; the NFA takes 0.3 MB. Its
        // steps cost a few more instructions, but searches start only at a word that may begin
        // a phrase (anchored: no failure transitions), and most die within a few bytes.
        let ac = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(phrases.iter().map(|(p, _)| p))
            .expect("the technique phrases build an automaton");
        let flaws: Vec<Vec<u8>> = words().list(NAMED_FLAWS).iter().map(|w| fold(w)).collect();
        Finder {
            ac,
            flaw: phrases.iter().map(|(p, _)| flaws.contains(p)).collect(),
            targets: phrases.into_iter().map(|(_, t)| t).collect(),
            not_done: Words::new(NOT_DONE),
            exploited: Words::new(EXPLOITED),
        }
    })
}

/// The matches of `ac` (built for anchored searches) that start where a word of `words` starts
/// in `hay`, in order and not overlapping: at each word the longest match that `accept` takes
/// (it returns the end to keep). Searching only at the words a first-word filter lets through
/// (`next_start` gives the first at or after a word, as [`FirstWords::next_start`]) is several
/// times faster than an unanchored scan.
pub(super) fn at_words(
    ac: &impl Automaton,
    hay: &[u8],
    words: &[(usize, usize)],
    next_start: impl Fn(usize) -> usize,
    mut accept: impl FnMut(Match) -> Option<usize>,
) -> Vec<(Match, usize)> {
    let mut out = Vec::new();
    let mut k = next_start(0);
    while k < words.len() {
        let start = words[k].0;
        match crate::words::longest_accepted(ac, hay, start, |m| accept(m).map(|e| (m, e))) {
            Some((m, end)) => {
                out.push((m, end));
                k = crate::words::resume(words, k, end);
            }
            None => k += 1,
        }
        k = next_start(k);
    }
    out
}

/// Whether `start` begins a word (or the match does not start with a letter) and `end` ends
/// one (or the match does not end with a letter); `end == start` checks the start only.
fn on_word_boundaries(text: &[u8], start: usize, end: usize) -> bool {
    let word = |i: usize| {
        text.get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
    };
    let starts = start == 0 || !word(start - 1) || !word(start);
    let ends = end == start || end == 0 || !word(end - 1) || !word(end);
    starts && ends
}

/// The end of a match at `end` with an optional plural ending, or `None` when the match ends
/// inside a word.
fn word_end(text: &[u8], end: usize) -> Option<usize> {
    let alnum = |i: usize| {
        text.get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
    };
    if end == 0 || !text[end - 1].is_ascii_alphanumeric() || !alnum(end) {
        return Some(end);
    }
    ["s", "es"].iter().find_map(|suffix| {
        let e = end + suffix.len();
        (text.get(end..e) == Some(suffix.as_bytes()) && !alnum(e)).then_some(e)
    })
}

/// The ATT&CK ids written in the text ("T1055", "T1055.012", as vendor reports cite them), as
/// (start, end, technique) in order: a word `t` and four digits, then optionally a dot and three
/// digits, that the table holds (a revoked id leads to its successor). `keys` are those of
/// `words` ([`crate::words::keys`]).
fn written_ids(
    text: &str,
    folded: &[u8],
    words: &[(usize, usize)],
    keys: &[u64],
) -> Vec<(usize, usize, &'static AttackTechnique)> {
    // The key of a word of five bytes opening with `t` or `T`: its length in the top byte, its
    // first byte lowered in the lowest. Every word of the text is asked: its key tells nearly
    // all apart without reading the word or the text, and whole chunks of keys are tested
    // without an early exit, which the compiler turns into a few vector instructions.
    const ID_KEY: u64 = 5 << 56 | b't' as u64;
    const ID_KEY_MASK: u64 = 0xFF << 56 | 0xFF;
    const CHUNK: usize = 8;
    let may_be_id = |key: u64| key & ID_KEY_MASK == ID_KEY;
    let digits = |(a, b): (usize, usize), n: usize| {
        b - a == n && folded[a..b].iter().all(u8::is_ascii_digit)
    };
    let candidates = keys
        .chunks(CHUNK)
        .enumerate()
        .filter(|(_, chunk)| chunk.iter().fold(false, |any, &key| any | may_be_id(key)))
        .flat_map(|(c, chunk)| {
            (c * CHUNK..)
                .zip(chunk)
                .filter_map(|(k, &key)| may_be_id(key).then_some(k))
        });
    let mut out = Vec::new();
    for k in candidates {
        let (a, b) = words[k];
        if !digits((a + 1, b), 4) {
            continue;
        }
        let end = match words.get(k + 1) {
            Some(&(c, d)) if c == b + 1 && folded[b] == b'.' && digits((c, d), 3) => d,
            _ => b,
        };
        if let Some(t) = attack::technique(&text[a..end].to_ascii_uppercase()) {
            out.push((a, end, t));
        }
    }
    out
}

/// Whether `start` is inside a URL or a path: the run of text up to it, from the last space or
/// opening bracket or quote, holds `://` or starts with `/` or `www.`. The look-back is bounded
/// (a URL's words lie within [`URL_REACH`] bytes of its start), so that many matches in one
/// endless run of text cost linear time.
fn in_url(folded: &[u8], start: usize) -> bool {
    let reach = start.saturating_sub(URL_REACH);
    let from = folded[reach..start]
        .iter()
        .rposition(|b| b.is_ascii_whitespace() || b"([<\"'".contains(b))
        .map_or(reach, |i| reach + i + 1);
    let token = &folded[from..start];
    token.starts_with(b"/") || token.starts_with(b"www.") || token.windows(3).any(|w| w == b"://")
}

/// The part of `sentence` that is read with a match at `start..end`: the sentence, or in a
/// table (a Markdown table reads as one long sentence) the cell between the `|` around the
/// match, so that a "Mitigation" or "Recommended action" column does not mark the technique
/// named in the cell beside it as advice.
fn cell(folded: &[u8], sentence: Span, start: usize, end: usize) -> Span {
    let start = start.clamp(sentence.start, sentence.end);
    let from = memchr::memrchr(b'|', &folded[sentence.start..start])
        .map_or(sentence.start, |i| sentence.start + i + 1);
    // A phrase may run past the end of the sentence ("...phishing. Emails").
    let end = end.clamp(start, sentence.end);
    let to = memchr::memchr(b'|', &folded[end..sentence.end]).map_or(sentence.end, |i| end + i);
    Span::new(from, to)
}

/// The techniques of `doc`, in order of first mention, each with its mentions. `words` are the
/// words of `doc.text` ([`crate::words::list`]; they may run on past it), `keys` theirs and
/// `starts` where phrases may start among them. A sub-technique is reported as its parent
/// technique when `sub_techniques` is false.
pub(crate) fn find(
    doc: &Doc<'_, '_>,
    (words, keys, starts): (&[(usize, usize)], &[u64], &Starts),
    sub_techniques: bool,
) -> Vec<Technique> {
    let f = finder();
    // Folding keeps every word where it was, so the text's words are the folded text's.
    let folded: &[u8] = &doc.folded;
    let words = &words[..words.partition_point(|w| w.1 <= folded.len())];
    let keys = &keys[..words.len()];
    let mut out: Vec<Technique> = Vec::new();
    // Per technique of `out`, whether the text cites it by id.
    let mut cited: Vec<bool> = Vec::new();
    // (start, end, technique, what matched), in order of start.
    let mut found: Vec<(usize, usize, &'static AttackTechnique, Matched)> = at_words(
        &f.ac,
        folded,
        words,
        |k| starts.next(Scanner::Technique, k),
        |m| word_end(folded, m.end()),
    )
    .into_iter()
    .map(|(m, end)| {
        let p = m.pattern().as_usize();
        let matched = if f.flaw[p] {
            Matched::Flaw
        } else {
            Matched::Phrase
        };
        (m.start(), end, f.targets[p], matched)
    })
    .collect();
    // A URL's words are a page's name, not the text's account ("/blog/business-email-compromise").
    found.retain(|&(start, ..)| !in_url(folded, start));
    let ids = written_ids(doc.text, folded, words, keys);
    if !ids.is_empty() {
        found.extend(ids.into_iter().map(|(a, b, t)| (a, b, t, Matched::Id)));
        found.sort_by_key(|x| x.0);
    }
    // What the last sentence read says (only sentences with a match are read): whether a
    // `[not done]` word marks it, and, once asked, whether an `[exploited]` word is in it.
    let mut judged: Option<(Span, bool, Option<bool>)> = None;
    for (start, end, t, matched) in found {
        // Matches come in order: one in the cell just read is in it, unread again (a sentence
        // of a thousand matches is searched for `|` once, not a thousand times).
        let s = match judged {
            Some((c, ..)) if c.start <= start && end <= c.end => c,
            _ => cell(folded, doc.sentences[doc.sentence_at(start)], start, end),
        };
        let a = words.partition_point(|w| w.0 < s.start);
        let b = a + words[a..].partition_point(|w| w.0 < s.end);
        let sentence = (&words[a..b], &keys[a..b]);
        let judgement = match &mut judged {
            Some((j, advice, exploited)) if *j == s => (advice, exploited),
            slot => {
                let advice = f.not_done.in_sentence(folded, sentence);
                let (_, advice, exploited) = slot.insert((s, advice, None));
                (advice, exploited)
            }
        };
        if *judgement.0 {
            continue;
        }
        if matched == Matched::Flaw
            && !*judgement
                .1
                .get_or_insert_with(|| f.exploited.in_sentence(folded, sentence))
        {
            continue;
        }
        let t = match t.parent() {
            Some(parent) if !sub_techniques => attack::technique(parent).unwrap_or(t),
            _ => t,
        };
        let mention = Mention::new(&doc.text[start..end], doc.abs(Span::new(start, end)));
        match out.iter().position(|x| x.id == t.id) {
            Some(i) => {
                out[i].mentions.push(mention);
                cited[i] |= matched == Matched::Id;
            }
            None => {
                let tactics = t.tactics.iter().map(|s| (*s).to_owned()).collect();
                let mut new = Technique::new(t.id, t.name, tactics);
                new.mentions.push(mention);
                out.push(new);
                cited.push(matched == Matched::Id);
            }
        }
    }
    if doc.text.len() > LONG_TEXT {
        let mut cited = cited.into_iter();
        out.retain(|t| cited.next().unwrap_or(false) || t.mentions.len() > 1);
    }
    out
}

/// What a match is: a phrase (or an official name), a `[named flaws]` phrase, or an ATT&CK id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Matched {
    Phrase,
    Flaw,
    Id,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::model::Report;
    use crate::scrape::{Article, SAMPLE};

    fn input(body: &str) -> String {
        format!(
            "Article Details\nScrape Timestamp (UTC): 2025-12-15 11:11:13.308\n\
             Original Article Text\nClick to Toggle View\n{body}\n"
        )
    }

    fn report_with(extractor: &Extractor, body: &str) -> Report {
        let text = input(body);
        let article = Article::parse(&text).unwrap();
        extractor.extract(&article)
    }

    fn report(body: &str) -> Report {
        report_with(&Extractor::default(), body)
    }

    /// The techniques of `body`, each as specific as the words say (the default).
    fn ids(body: &str) -> Vec<String> {
        report(body).techniques.into_iter().map(|t| t.id).collect()
    }

    /// The techniques of `body` at the technique level (sub-techniques off).
    fn technique_ids(body: &str) -> Vec<String> {
        report_with(&Extractor::default().sub_techniques(false), body)
            .techniques
            .into_iter()
            .map(|t| t.id)
            .collect()
    }

    #[test]
    fn the_data_file_names_current_techniques_and_holds_no_phrase_twice() {
        let file = words();
        for list in NOT_TECHNIQUES {
            assert!(!file.list(list).is_empty(), "no list [{list}]");
        }
        let tactic_words: Vec<Vec<u8>> = file.list(TACTIC_WORDS).iter().map(|w| fold(w)).collect();
        let mut seen: Vec<(Vec<u8>, &str)> = Vec::new();
        for (name, entries) in file.lists() {
            if NOT_TECHNIQUES.contains(&name) {
                continue;
            }
            let t = attack::technique(name).unwrap_or_else(|| panic!("[{name}]: no such id"));
            assert_eq!(t.id, name, "[{name}] is revoked: use {}", t.id);
            assert!(!entries.is_empty(), "[{name}] is empty");
            for p in entries {
                let key = fold(p);
                assert_eq!(
                    key,
                    p.as_bytes(),
                    "{p:?}: write phrases lower case, no hyphen"
                );
                if let Some((_, other)) = seen.iter().find(|(k, _)| *k == key) {
                    panic!("{p:?} in [{other}] and [{name}]");
                }
                assert!(
                    !tactic_words.contains(&key),
                    "{p:?} in [{name}] names a tactic, not a technique"
                );
                seen.push((key, name));
            }
        }
        for flaw in file.list(NAMED_FLAWS) {
            assert!(
                seen.iter().any(|(k, _)| *k == fold(flaw)),
                "[{NAMED_FLAWS}] {flaw:?} is no phrase of a technique"
            );
        }
        for list in [NOT_DONE, EXPLOITED, TACTIC_WORDS] {
            for w in file.list(list) {
                assert_eq!(
                    fold(w),
                    w.as_bytes(),
                    "[{list}] {w:?}: lower case, no hyphen"
                );
            }
        }
        for name in file.list(LEFT_OUT) {
            assert!(
                attack::techniques().any(|t| t.name.eq_ignore_ascii_case(name)),
                "{name:?} is no ATT&CK name"
            );
        }
    }

    #[test]
    fn phrases_map_to_the_most_specific_technique() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The hackers sent spear-phishing emails with malicious attachments to staff.",
                &["T1566", "T1566.001"],
            ),
            (
                "The gang used password spraying against the VPN.",
                &["T1110.003"],
            ),
            (
                "Attackers deleted shadow copies before encrypting files.",
                &["T1490", "T1486"],
            ),
            (
                "A DDoS attack knocked the site offline for hours.",
                &["T1498"],
            ),
            (
                "The intruders abused Scheduled Tasks and Run keys.",
                &["T1053.005", "T1547.001"],
            ),
            (
                "They ran PowerShell scripts over RDP.",
                &["T1059.001", "T1021.001"],
            ),
            (
                "The crew relied on MFA fatigue and SIM swapping.",
                &["T1621", "T1111"],
            ),
            ("They exploited a SQL injection flaw.", &["T1190"]),
            // An official name that ATT&CK revoked leads to the current technique.
            ("The loader relies on DLL Side-Loading.", &["T1574.001"]),
            // Inside a longer word, no match.
            ("The phishingkit vendor and the drdp project.", &[]),
        ];
        for (body, want) in cases {
            assert_eq!(ids(body), *want, "{body}");
        }
    }

    #[test]
    fn advice_and_prevention_are_no_technique() {
        for body in [
            "The company rolled out phishing awareness training for all staff.",
            "Experts recommend MFA to stop password spraying.",
            "Users should never open attachments from unknown senders, the agency said.",
        ] {
            assert_eq!(ids(body), Vec::<String>::new(), "{body}");
        }
    }

    #[test]
    fn mentions_carry_spans_into_the_input_and_names_and_tactics() {
        let body = "Hackers used spear-phishing links. Later, more spearphishing links followed.";
        let text = input(body);
        let article = Article::parse(&text).unwrap();
        let r = Extractor::default().extract(&article);
        assert_eq!(r.techniques.len(), 1);
        let t = &r.techniques[0];
        assert_eq!(
            (t.id.as_str(), t.name.as_str()),
            ("T1566.002", "Spearphishing Link")
        );
        assert_eq!(t.tactics, ["initial-access"]);
        let spans: Vec<&str> = t
            .mentions
            .iter()
            .map(|m| &text[m.span.start..m.span.end])
            .collect();
        assert_eq!(spans, ["spear-phishing links", "spearphishing links"]);
        assert_eq!(t.mentions[0].text, "spear-phishing links");
    }

    #[test]
    fn only_what_the_attackers_did_counts_not_advice_nor_hypotheticals() {
        // (sentence, techniques): advice, prevention and what a flaw could allow give none; the
        // same words as a report of the attack do.
        let cases: &[(&str, &[&str])] = &[
            (
                "Staff should report any phishing email to the security team.",
                &[],
            ),
            (
                "The campaign sent phishing emails to the finance team.",
                &["T1566"],
            ),
            (
                "Administrators are urged to disable RDP on exposed machines.",
                &[],
            ),
            (
                "The intruders logged in over RDP with a contractor's password.",
                &["T1021.001"],
            ),
            (
                "The command injection flaw could allow attackers to run code as root.",
                &[],
            ),
            (
                "A command injection flaw in the router firmware was fixed in version 2.1.",
                &[],
            ),
            (
                "The gang exploited a command injection flaw in the router firmware.",
                &["T1190"],
            ),
            (
                "Hackers used SQL injection to dump the customer table.",
                &["T1190"],
            ),
            (
                "The vendor patched a SQL injection bug in its billing portal.",
                &[],
            ),
            (
                "Researchers showed that process hollowing can be used by attackers to hide.",
                &[],
            ),
            (
                "The loader relied on process hollowing to hide.",
                &["T1055.012"],
            ),
            (
                "The update fixes a denial-of-service bug in the DNS server.",
                &[],
            ),
            (
                "A botnet hit the bank with a denial-of-service attack.",
                &["T1498"],
            ),
            (
                "The patch changes the Group Policy defaults on servers.",
                &[],
            ),
            // Defenders' work: what to watch, hunt or block.
            (
                "Defenders can hunt for new scheduled tasks on domain controllers.",
                &[],
            ),
            (
                "Security teams can monitor for PowerShell launched by Office programs.",
                &[],
            ),
            (
                "Signs of rundll32 spawned by the mail client deserve a closer look.",
                &[],
            ),
            (
                "Multi-factor authentication goes a long way in preventing password spraying.",
                &[],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(ids(body), *want, "{body}");
        }
    }

    #[test]
    fn a_story_that_only_advises_on_phishing_names_no_technique() {
        let body = "How to spot a phishing email this holiday season. Security experts \
                    recommend checking the sender's address before clicking. Users should \
                    never open attachments from unknown senders. Phishing awareness training \
                    helps staff avoid malicious links, the agency advised.";
        assert_eq!(ids(body), Vec::<String>::new());
    }

    #[test]
    fn tactic_names_are_no_technique() {
        for body in [
            "The attackers achieved persistence, moved laterally and escalated privileges.",
            "The malware contacts its command and control server every hour.",
            "After lateral movement the crew focused on privilege escalation.",
        ] {
            assert_eq!(ids(body), Vec::<String>::new(), "{body}");
        }
    }

    #[test]
    fn sub_technique_only_where_the_words_say_it() {
        let cases: &[(&str, &[&str])] = &[
            // The parent: the words do not say how the phishing came.
            ("The group relied on phishing.", &["T1566"]),
            // The sub-technique: they do.
            ("The group sent a spearphishing attachment.", &["T1566.001"]),
            // A malicious link says a lure, not the channel: Phishing, not Spearphishing Link.
            ("Victims received malicious links.", &["T1566"]),
            ("The attackers sent spear-phishing links.", &["T1566.002"]),
            // A macro: a script, in VBA or Excel 4.0, so the parent interpreter.
            ("The lure ran a malicious macro.", &["T1059"]),
            ("The lure ran a VBA macro.", &["T1059.005"]),
            // A weaponised document is a file the victim opens, not proof of an attachment.
            (
                "The victims opened a weaponized Word document.",
                &["T1204.002"],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(ids(body), *want, "{body}");
        }
    }

    #[test]
    fn a_revoked_name_or_id_leads_to_the_technique_that_replaced_it() {
        // Every phrase names a current technique, whatever id its list or name had.
        let f = finder();
        for t in &f.targets {
            assert!(t.revoked_by.is_none(), "{} is revoked", t.id);
            assert_eq!(attack::technique(t.id).map(|c| c.id), Some(t.id));
        }
        // An official name ATT&CK revoked: "Disabling Security Tools" (T1089) is now T1685.
        let revoked = attack::techniques()
            .find(|t| t.revoked_by.is_some() && t.name == "Disabling Security Tools")
            .expect("a revoked technique in the table");
        let current = attack::technique(revoked.id).unwrap().id;
        assert_ne!(current, revoked.id);
        assert_eq!(
            ids("The implant starts by Disabling Security Tools on the host."),
            [current]
        );
    }

    #[test]
    fn at_the_technique_level_a_sub_technique_is_reported_as_its_technique() {
        let cases: &[(&str, &[&str])] = &[
            // Two phrases of one technique make one entry.
            (
                "The hackers sent spear-phishing emails with malicious attachments to staff.",
                &["T1566"],
            ),
            (
                "The gang used password spraying against the VPN.",
                &["T1110"],
            ),
            ("They ran PowerShell scripts over RDP.", &["T1059", "T1021"]),
            // A technique without sub-techniques is itself.
            (
                "A DDoS attack knocked the site offline for hours.",
                &["T1498"],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(technique_ids(body), *want, "{body}");
        }
        // The mentions of both phrases are kept under the technique.
        let r = report_with(
            &Extractor::default().sub_techniques(false),
            "Staff got spear-phishing links, then phishing emails.",
        );
        assert_eq!(r.techniques.len(), 1);
        assert_eq!(
            (r.techniques[0].id.as_str(), r.techniques[0].name.as_str()),
            ("T1566", "Phishing")
        );
        let texts: Vec<&str> = r.techniques[0]
            .mentions
            .iter()
            .map(|m| m.text.as_str())
            .collect();
        assert_eq!(texts, ["spear-phishing links", "phishing emails"]);
    }

    #[test]
    fn an_attack_id_written_in_the_text_is_a_mention() {
        let cases: &[(&str, &[&str])] = &[
            ("The loader uses T1055 to hide in a browser.", &["T1055"]),
            // A sub-technique id, at the technique level by default.
            ("Persistence is through T1547.001 entries.", &["T1547"]),
            // A revoked id leads to its successor (T1086 is now T1059.001).
            ("The report maps the scripts to T1086.", &["T1059"]),
            // Not an id: inside a longer word, too few digits, or not in ATT&CK.
            ("Model XT1055 ships with T105 and T9999 parts.", &[]),
            // Advice is advice, whatever names the technique.
            ("Administrators should audit for T1053 on servers.", &[]),
        ];
        for (body, want) in cases {
            assert_eq!(technique_ids(body), *want, "{body}");
        }
        assert_eq!(
            ids("Persistence is through T1547.001 entries."),
            ["T1547.001"]
        );
    }

    #[test]
    fn in_a_table_the_cell_not_the_row_is_read_for_advice() {
        // A Markdown table reads as one sentence; a recommendation in the next column does
        // not make the technique beside it advice.
        let body = "The ATT&CK mapping follows. | Tactic | Technique | Recommended action | \
                    | Execution | T1059 Command and Scripting Interpreter | Restrict script \
                    hosts | | Persistence | T1053 Scheduled Task/Job | Audit new tasks |";
        assert_eq!(technique_ids(body), ["T1059", "T1053"]);
        // A cell that is advice itself still is.
        let body = "| Mitigation | We recommend blocking PowerShell for most users |";
        assert_eq!(technique_ids(body), Vec::<String>::new());
    }

    #[test]
    fn words_inside_a_url_or_path_are_no_mention() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Read our [guide](https://example.com/blog/password-spraying-explained) today.",
                &[],
            ),
            (
                "See ![shot](/images/phishing-email-lure.png) and www.example.com/ddos-report.",
                &[],
            ),
            // The link's own words are text.
            (
                "The crew relied on [password spraying](https://example.com/spraying).",
                &["T1110"],
            ),
            // An ATT&CK page cited by its URL names its technique.
            (
                "Mapped to https://attack.mitre.org/techniques/T1055/ in our notes.",
                &["T1055"],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(technique_ids(body), *want, "{body}");
        }
    }

    #[test]
    fn in_a_long_report_a_technique_named_once_in_passing_is_left_out() {
        let attack = "The operators sent phishing emails with a loader. The loader ran \
                      PowerShell at noon; later PowerShell opened a window. ";
        let filler = "The analysts compared the samples with earlier builds and found the \
                      same configuration format, the same string table and the same build \
                      paths. ";
        let aside = "Other crews have long relied on DLL side-loading as well. ";
        let cite = "Our mapping lists T1082 for the host survey. ";
        // A news-sized text: every mention counts.
        let short = format!("{attack}{aside}{cite}");
        assert!(short.len() < LONG_TEXT);
        assert_eq!(technique_ids(&short), ["T1566", "T1059", "T1574", "T1082"]);
        // A report: what is said twice or cited by id counts, a single aside does not.
        let long = format!(
            "{attack}{aside}{cite}{}",
            filler.repeat(LONG_TEXT / filler.len() + 1)
        );
        assert!(long.len() > LONG_TEXT);
        assert_eq!(technique_ids(&long), ["T1059", "T1082"]);
    }

    #[test]
    fn the_promo_block_is_never_read() {
        let body = "Intruders deleted the shadow copies at a hospital. \
                    Join our free webinar for your business: why ransomware crews love \
                    spear-phishing emails with malicious attachments.";
        let r = report(body);
        assert!(r.promo.is_some(), "the invented advert is a promo block");
        let ids: Vec<&str> = r.techniques.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["T1490"]);
    }

    #[test]
    fn the_sample_names_no_technique() {
        let article = Article::parse(SAMPLE).unwrap();
        assert!(Extractor::default().extract(&article).techniques.is_empty());
    }
}
