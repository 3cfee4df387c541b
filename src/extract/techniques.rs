//! ATT&CK techniques the text says the attackers used, named or described in everyday words.
//!
//! The phrases are data (`data/techniques.txt`: one list per technique id, plus the official
//! ATT&CK names of [`attack`]); one automaton finds them all in a copy of the text folded to
//! lower case with hyphens read as spaces (same length, so offsets carry over). A match counts
//! on word boundaries, with an optional plural ending, and only in a sentence that no
//! `[not done]` word marks as advice or prevention ("phishing awareness training").

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Match, MatchKind, StartKind};

use super::Doc;
use super::wordlists::WordFile;
use crate::gazetteer::attack::{self, AttackTechnique};
use crate::model::{Mention, Span, Technique};
use crate::words::{FirstWords, fold};

const DATA: &str = include_str!("data/techniques.txt");
const LEFT_OUT: &str = "official names left out";
const NOT_DONE: &str = "not done";

/// The phrase automaton and, per pattern, the technique it names.
struct Finder {
    ac: AhoCorasick,
    first: FirstWords,
    targets: Vec<&'static AttackTechnique>,
    /// The `[not done]` words, folded.
    not_done: AhoCorasick,
    not_done_first: FirstWords,
}

/// The first words of `patterns` (folded), with the plural endings a match may add when
/// `plurals`.
pub(super) fn first_words<'p>(
    patterns: impl ExactSizeIterator<Item = &'p [u8]>,
    plurals: bool,
) -> FirstWords {
    let mut first = FirstWords::with_capacity(patterns.len() * if plurals { 3 } else { 1 });
    for p in patterns {
        first.add(p);
        if plurals {
            for ending in [&b"s"[..], b"es"] {
                first.add(&[p, ending].concat());
            }
        }
    }
    first
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
        let ac = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(phrases.iter().map(|(p, _)| p))
            .expect("the technique phrases build an automaton");
        let not_done = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(words().list(NOT_DONE).iter().map(|w| fold(w)))
            .expect("the [not done] words build an automaton");
        let not_done_words: Vec<Vec<u8>> = words().list(NOT_DONE).iter().map(|w| fold(w)).collect();
        Finder {
            ac,
            first: first_words(phrases.iter().map(|(p, _)| p.as_slice()), true),
            targets: phrases.into_iter().map(|(_, t)| t).collect(),
            not_done,
            not_done_first: first_words(not_done_words.iter().map(Vec::as_slice), false),
        }
    })
}

/// The matches of `ac` (built for anchored searches) that start where a word of `words` starts
/// in `hay`, in order and not overlapping: at each word the longest match that `accept` takes
/// (it returns the end to keep). Searching only at the word starts `first` lets through (by
/// the words' `keys`, [`crate::words::keys`]) is several times faster than an unanchored scan.
pub(super) fn at_words(
    ac: &AhoCorasick,
    first: &FirstWords,
    hay: &[u8],
    words: &[(usize, usize)],
    keys: &[u64],
    mut accept: impl FnMut(Match) -> Option<usize>,
) -> Vec<(Match, usize)> {
    let mut out = Vec::new();
    let mut k = first.next_start(keys, 0);
    while k < words.len() {
        let start = words[k].0;
        match crate::words::longest_accepted(ac, hay, start, |m| accept(m).map(|e| (m, e))) {
            Some((m, end)) => {
                out.push((m, end));
                k = crate::words::resume(words, k, end);
            }
            None => k += 1,
        }
        k = first.next_start(keys, k);
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

/// The techniques of `doc`, in order of first mention, each with its mentions. `words` are the
/// words of `doc.text` ([`crate::words::list`]; they may run on past it), `keys` theirs.
pub(crate) fn find(doc: &Doc<'_, '_>, words: &[(usize, usize)], keys: &[u64]) -> Vec<Technique> {
    let f = finder();
    // Folding keeps every word where it was, so the text's words are the folded text's.
    let folded: &[u8] = &doc.folded;
    let words = &words[..words.partition_point(|w| w.1 <= folded.len())];
    let keys = &keys[..words.len()];
    let mut out: Vec<Technique> = Vec::new();
    let found = at_words(&f.ac, &f.first, folded, words, keys, |m| {
        word_end(folded, m.end())
    });
    // Whether the last sentence read for advice or prevention speaks of it: only sentences
    // with a match are read.
    let mut judged: Option<(Span, bool)> = None;
    for (m, end) in found {
        let start = m.start();
        let s = doc.sentences[doc.sentence_at(start)];
        let advice = match judged {
            Some((j, advice)) if j == s => advice,
            _ => {
                let a = words.partition_point(|w| w.0 < s.start);
                let b = a + words[a..].partition_point(|w| w.0 < s.end);
                let marks = at_words(
                    &f.not_done,
                    &f.not_done_first,
                    folded,
                    &words[a..b],
                    &keys[a..b],
                    |m| on_word_boundaries(folded, m.start(), m.end()).then_some(m.end()),
                );
                judged = Some((s, !marks.is_empty()));
                !marks.is_empty()
            }
        };
        if advice {
            continue;
        }
        let t = f.targets[m.pattern().as_usize()];
        let mention = Mention::new(&doc.text[start..end], doc.abs(Span::new(start, end)));
        match out.iter_mut().find(|x| x.id == t.id) {
            Some(x) => x.mentions.push(mention),
            None => {
                let tactics = t.tactics.iter().map(|s| (*s).to_owned()).collect();
                let mut new = Technique::new(t.id, t.name, tactics);
                new.mentions.push(mention);
                out.push(new);
            }
        }
    }
    out
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

    fn report(body: &str) -> Report {
        let text = input(body);
        let article = Article::parse(&text).unwrap();
        Extractor::default().extract(&article)
    }

    fn ids(body: &str) -> Vec<String> {
        report(body).techniques.into_iter().map(|t| t.id).collect()
    }

    #[test]
    fn the_data_file_names_current_techniques_and_holds_no_phrase_twice() {
        let file = words();
        assert!(!file.list(LEFT_OUT).is_empty() && !file.list(NOT_DONE).is_empty());
        let mut seen: Vec<(Vec<u8>, &str)> = Vec::new();
        for (name, entries) in file.lists() {
            if name == LEFT_OUT || name == NOT_DONE {
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
                seen.push((key, name));
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
    fn the_sample_names_no_technique() {
        let article = Article::parse(SAMPLE).unwrap();
        assert!(Extractor::default().extract(&article).techniques.is_empty());
    }
}
