//! Software named in the text: ATT&CK malware and tools (with their S-ids), and the products the
//! gazetteer lists as targeted or exploited.
//!
//! ATT&CK names are proper nouns: matched ignoring ASCII case on word boundaries, except the
//! names the generator marks as ordinary words or very short ("Net", "Ping", "Page", "at"),
//! and those of `[ordinary names]` in `data/software.txt`, which count only as written and right
//! before a word of `[software nouns]` ("the Ping tool", "Royal ransomware"); `[never]` names are
//! not read at all. A name the gazetteer reads as a threat actor there is
//! the actor's (the actor rule decides what a ransomware name is), not software.

use std::sync::OnceLock;

use aho_corasick::MatchKind;
use aho_corasick::nfa::contiguous::NFA;

use super::Doc;
use super::starts::{Scanner, Starts};
use super::techniques::at_words;
use super::wordlists::WordFile;
use crate::gazetteer::HitKind;
use crate::gazetteer::attack::{self, AttackSoftware};
use crate::model::{Mention, Software, SoftwareKind, Span};

const DATA: &str = include_str!("data/software.txt");
const NOUNS: &str = "software nouns";
const ORDINARY: &str = "ordinary names";
const NEVER: &str = "never";

struct Finder {
    ac: NFA,
    /// Per pattern: the software, the name as ATT&CK writes it, and whether it is guarded.
    targets: Vec<(&'static AttackSoftware, &'static str, bool)>,
    nouns: Vec<&'static str>,
}

fn words() -> &'static WordFile {
    static FILE: OnceLock<WordFile> = OnceLock::new();
    FILE.get_or_init(|| WordFile::parse(DATA).unwrap_or_else(|e| panic!("data/software.txt: {e}")))
}

fn finder() -> &'static Finder {
    static FINDER: OnceLock<Finder> = OnceLock::new();
    FINDER.get_or_init(|| {
        let mut targets = Vec::new();
        for sw in attack::software() {
            for &(name, marked) in &sw.names {
                if words().list(NEVER).contains(&name) {
                    continue;
                }
                let guarded = marked || words().list(ORDINARY).contains(&name);
                targets.push((sw, name, guarded));
            }
        }
        // A contiguous NFA, not a DFA: 0.2 MB against 3.8 MB, which missed the second-level
        // cache (see the technique phrases).
        let ac = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(targets.iter().map(|t| t.1))
            .expect("the ATT&CK software names build an automaton");
        Finder {
            ac,
            targets,
            nouns: words().list(NOUNS).to_vec(),
        }
    })
}

/// The names, for the table of first words ([`Starts`]).
pub(super) fn names() -> impl Iterator<Item = &'static [u8]> {
    finder().targets.iter().map(|t| t.1.as_bytes())
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Whether a word of `nouns` follows `end` in `text` ("Royal ransomware", "the Ping utility").
fn before_noun(text: &str, end: usize, nouns: &[&str]) -> bool {
    let after = text[end..].trim_start_matches([' ', '-']);
    let next = &after[..after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len())];
    nouns.iter().any(|n| n.eq_ignore_ascii_case(next))
}

/// The software of `doc`, in order of first mention: the gazetteer's products and ATT&CK's
/// malware and tools. `words` are the words of `doc.text` (they may run on past it), `starts`
/// where names may start among them.
pub(crate) fn find(doc: &Doc<'_, '_>, words: &[(usize, usize)], starts: &Starts) -> Vec<Software> {
    let f = finder();
    let text = doc.text;
    let bytes = text.as_bytes();
    let mut found: Vec<(usize, Software)> = Vec::new();
    let mut add = |at: usize, name: &str, kind, attack_id: Option<&str>, span: Span| {
        let mention = Mention::new(&text[span.start..span.end], doc.abs(span));
        let same = |s: &Software| match (attack_id, s.attack_id.as_deref()) {
            (Some(a), Some(b)) => a == b,
            _ => s.name.eq_ignore_ascii_case(name),
        };
        if let Some((_, s)) = found.iter_mut().find(|(_, s)| same(s)) {
            s.mentions.push(mention);
            return;
        }
        let mut s = Software::new(name, kind);
        s.attack_id = attack_id.map(str::to_owned);
        s.mentions.push(mention);
        found.push((at, s));
    };
    for hit in &doc.hits {
        if let HitKind::Software(name) = hit.kind {
            add(
                hit.start,
                name,
                SoftwareKind::Tool,
                None,
                Span::new(hit.start, hit.end),
            );
        }
    }
    let words = &words[..words.partition_point(|w| w.1 <= bytes.len())];
    let next_start = |k| starts.next(Scanner::Software, k);
    let matches = at_words(&f.ac, bytes, words, next_start, |m| {
        let ends_word = bytes.get(m.end()).is_none_or(|&b| !is_word_byte(b));
        ends_word.then_some(m.end())
    });
    for (m, end) in matches {
        let start = m.start();
        let (sw, name, guarded) = f.targets[m.pattern().as_usize()];
        if guarded && (&text[start..end] != name || !before_noun(text, end, &f.nouns)) {
            continue;
        }
        let span = Span::new(start, end);
        // A longer name wins: "Cobalt Strike" is software though "Cobalt" names a group.
        if doc.hits_overlapping(span).any(|h| {
            matches!(h.kind, HitKind::Actor { .. } | HitKind::Software(_))
                && h.end - h.start >= end - start
        }) {
            continue;
        }
        add(start, sw.name, sw.kind, Some(sw.id), span);
    }
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::scrape::Article;

    /// Name, ATT&CK id and kind.
    type Found = (String, Option<String>, SoftwareKind);

    fn software(body: &str) -> Vec<Found> {
        let text = format!(
            "Article Details\nScrape Timestamp (UTC): 2025-12-15 11:11:13.308\n\
             Original Article Text\nClick to Toggle View\n{body}\n"
        );
        let article = Article::parse(&text).unwrap();
        Extractor::default()
            .extract(&article)
            .software
            .into_iter()
            .map(|s| (s.name, s.attack_id, s.kind))
            .collect()
    }

    #[test]
    fn the_data_file_has_its_list() {
        for list in [NOUNS, ORDINARY, NEVER] {
            assert!(!words().list(list).is_empty(), "[{list}]");
        }
        assert_eq!(words().lists().count(), 3);
        // Every listed name is an ATT&CK name, so a typo cannot silently guard nothing.
        for name in words().list(ORDINARY).iter().chain(words().list(NEVER)) {
            assert!(
                attack::software()
                    .iter()
                    .any(|s| s.names.iter().any(|(n, _)| n == name)),
                "{name:?} is no ATT&CK software name"
            );
        }
    }

    #[test]
    fn attack_software_with_ids_and_guards_for_ordinary_words() {
        let tool = |n: &str, id: &str| (n.to_owned(), Some(id.to_owned()), SoftwareKind::Tool);
        let cases: &[(&str, Vec<Found>)] = &[
            (
                "The intruders ran mimikatz and Cobalt Strike on the server.",
                vec![
                    tool("Mimikatz", "S0002"),
                    // ATT&CK classes Cobalt Strike as malware.
                    (
                        "Cobalt Strike".to_owned(),
                        Some("S0154".to_owned()),
                        SoftwareKind::Malware,
                    ),
                ],
            ),
            // Ordinary words are no software unless a software noun follows them.
            (
                "They could net a profit; ping me at noon. The page was down.",
                vec![],
            ),
            (
                "Attackers aimed at malware analysts; the wiper tool ran.",
                vec![],
            ),
            (
                "The attackers used the Ping utility.",
                vec![tool("Ping", "S0097")],
            ),
            // Words around a guarded name may be any characters.
            ("“Ping” said ‘Net’ «Reg»", vec![]),
            // Case matters for guarded names.
            ("The attackers used the ping utility.", vec![]),
            // Inside a longer word, no match.
            ("Mimikatzish tools.", vec![]),
        ];
        for (body, want) in cases {
            assert_eq!(software(body), *want, "{body}");
        }
    }

    #[test]
    fn products_keep_their_names_without_an_attack_id() {
        let got = software("Hackers exploited a flaw in Roundcube Webmail.");
        assert_eq!(got, [("Roundcube".to_owned(), None, SoftwareKind::Tool)]);
    }
}
