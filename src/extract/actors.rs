//! Threat actors named in a text: gazetteer names (ambiguity settled by the rest of the text,
//! ordinary-word aliases only next to a group noun) and unknown actors found from how the text
//! introduces them ("a group calling itself X", "the X ransomware gang", "X claimed
//! responsibility", designations such as `Storm-1234` or `UNC1234`).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::gazetteer::{ActorRef, HitKind};
use crate::model::Span;

use super::Doc;
use super::ascii::{has_byte, split_space};
use super::cues::{Cue, starts_word};

/// One actor found in a text, with every place it is named.
#[derive(Debug, Clone)]
pub(crate) struct FoundActor {
    /// The gazetteer entry; `None` for an actor the gazetteer does not know.
    pub(crate) entry: Option<ActorRef>,
    /// The canonical name, or the name as written for unknown actors.
    pub(crate) name: String,
    /// Where the text names it (relative to the text), in order.
    pub(crate) mentions: Vec<Span>,
}

/// Letter-and-digit shapes that vendors give to clusters they track.
const DESIGNATIONS: &[(&str, bool)] = &[
    ("Storm-", true),
    ("DEV-", true),
    ("UNC", false),
    ("TA", false),
    ("FIN", false),
    ("APT", false),
    ("UAC-", true),
    ("UAT-", true),
    ("TAG-", true),
    // Palo Alto Networks Unit 42: clusters (CL) and temporary groups (TGR) by motive: state,
    // criminal, unknown.
    ("CL-STA-", true),
    ("CL-CRI-", true),
    ("CL-UNK-", true),
    ("TGR-STA-", true),
    ("TGR-CRI-", true),
    ("TGR-UNK-", true),
];

/// Every actor in `doc`, in order of first mention.
pub(crate) fn find(doc: &Doc<'_, '_>) -> Vec<FoundActor> {
    let mut raw: Vec<(Span, Vec<ActorRef>)> = Vec::new();
    // Ordinary-word names written without a cue before words of denial, for a second look
    // below.
    let mut denying: Vec<(Span, &[ActorRef])> = Vec::new();
    // What the whole text says of a written name (whether it also writes it in lower case,
    // or as a venue), asked once per name: asked per mention, each search of the text made
    // an endless list of the same names quadratic.
    let mut in_lower_case: HashMap<&str, bool> = HashMap::new();
    let mut as_venue: HashMap<&str, bool> = HashMap::new();
    for hit in &doc.hits {
        if let HitKind::Actor {
            candidates,
            needs_cue,
        } = hit.kind
        {
            let span = Span::new(hit.start, hit.end);
            if candidates.is_empty() || preceded_by_word(doc.text, span.start, "operation") {
                continue;
            }
            // A name the sources write in capitals ("CHROMIUM", "ELECTRUM": Microsoft's old
            // element names) written otherwise is the word ("Chromium" the browser,
            // "Electrum" the wallet): it needs a cue.
            let needs_cue = needs_cue || shouted_elsewhere(doc, candidates, span);
            if needs_cue
                && capitalised(doc.text, span)
                && !opens_longer_name(doc, span)
                && !after_capitalised_word(doc, span)
                && !before_capitalised_name(doc, span)
                && denial_follows(doc, span)
            {
                denying.push((span, candidates));
            }
            if needs_cue
                && !(capitalised(doc.text, span)
                    && (near_group_noun(doc, span)
                        || described_as_group(
                            doc,
                            doc.sentences[doc.sentence_at(span.start)],
                            span,
                        )
                        || listed_before_group_noun(
                            doc,
                            doc.sentences[doc.sentence_at(span.start)],
                            span,
                        )))
            {
                continue;
            }
            // An ordinary-word alias that is a word no name starts with ("Unknown crew
            // claims ...": a ransomware family of the MISP galaxy is called "Unknown").
            if needs_cue && super::vocabulary::holds("not-names", &doc.text[span.start..span.end]) {
                continue;
            }
            // A proper name is written capitalised: "wildcard", "watchdog" in lower case are
            // words, whatever alias they spell.
            if lower_case_word(&doc.text[span.start..span.end]) {
                continue;
            }
            // A word capitalised only because it opens a sentence or the headline ("Wildcard
            // certificates ...", "Patchwork defences ...") is the word where the text also
            // writes it in lower case. Only a word written as words are, capitalised on its
            // first letter alone ("AtomSilo" is a name wherever a URL writes it in lower case).
            let word = &doc.text[span.start..span.end];
            if word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && opens_sentence(doc.text, span)
                && *in_lower_case
                    .entry(word)
                    .or_insert_with(|| written_in_lower_case(doc.text, word))
            {
                continue;
            }
            // An ordinary-word alias the text writes before a noun of where things are
            // posted ("a Telegram channel", "its X account") names that platform wherever
            // the article writes it ("probes Telegram claim"): the MISP galaxy has a
            // ransomware called "Telegram".
            if needs_cue
                && *as_venue
                    .entry(word)
                    .or_insert_with(|| written_as_venue(doc.text, word))
            {
                continue;
            }
            // An ordinary-word alias right after a capitalised word is part of a longer name
            // ("Google Play", "Royal Bank").
            if needs_cue
                && (after_capitalised_word(doc, span) || before_capitalised_name(doc, span))
            {
                continue;
            }
            // Any one-word alias that opens a name of three capitalised words or more
            // ("Buckeye Schools Risk Pool", "Trident Quality Services LLC") is that name's.
            if opens_longer_name(doc, span) {
                continue;
            }
            raw.push((span, candidates.to_vec()));
        }
    }
    // "The port said Akira was behind it. Akira denied any involvement": a name the text has
    // shown to be an actor's is that actor's in its own denial, cue or none.
    // Looked up in sets: a scan of the names kept for each denying mention was quadratic in
    // an endless run of sentences that name a group and deny for it.
    let kept: HashSet<Span> = raw.iter().map(|(s, _)| *s).collect();
    let cued: HashSet<Vec<ActorRef>> = raw.iter().map(|(_, c)| c.clone()).collect();
    for (span, candidates) in denying {
        if !kept.contains(&span) && cued.contains(candidates) {
            raw.push((span, candidates.to_vec()));
        }
    }
    // How often each actor is named unambiguously: the evidence that settles ambiguous names.
    let mut support: HashMap<ActorRef, usize> = HashMap::new();
    for (_, cs) in &raw {
        if let [only] = cs.as_slice() {
            *support.entry(*only).or_default() += 1;
        }
    }
    let mut found = Found::default();
    for (span, candidates) in &raw {
        let chosen = settle(doc, &support, candidates, &doc.text[span.start..span.end]);
        found.add(
            Some(chosen),
            || doc.g.entry(chosen).name().to_owned(),
            *span,
        );
    }
    for (span, name) in unknown(doc) {
        // A name the gazetteer matched stays that actor's; one it matched only in part
        // ("Copper" of "Copper Magpies", turned away above) is a name of its own.
        let part_turned_away =
            |h: Span| span.contains(h) && h.len() < span.len() && !raw.iter().any(|(s, _)| *s == h);
        if doc.hits_overlapping(span).any(|h| {
            matches!(h.kind, HitKind::Actor { .. }) && !part_turned_away(Span::new(h.start, h.end))
        }) {
            continue;
        }
        // A name the gazetteer knows after all (a variant spelling, or its plural: "Fancy
        // Bears") joins that actor.
        let known = doc.g.actor_ref(&name).or_else(|| {
            name.strip_suffix('s')
                .filter(|n| n.len() > 3)
                .and_then(|n| doc.g.actor_ref(n))
        });
        match known {
            Some(r) => found.add(Some(r), || doc.g.entry(r).name().to_owned(), span),
            None => found.add(None, || name.clone(), span),
        }
    }
    let mut found = found.actors;
    for a in &mut found {
        a.mentions.sort_unstable();
        a.mentions.dedup();
    }
    merge_bracketed_aliases(doc.text, &mut found);
    merge_named_aliases(doc, &mut found);
    found.retain(|a| !a.entry.is_some_and(|e| names_code(doc, e)) || people_behind(doc, a));
    // A company named as one ("Italian software company Hacking Team", "Hacking Team, an
    // Italian spyware maker") is a vendor, not a threat actor, unless the text also presents
    // it as attackers.
    found.retain(|a| {
        !a.mentions.iter().any(|&m| described_as_company(doc, m)) || people_behind(doc, a)
    });
    // A headline can't show where a new name ends ("Group Calling Itself Grey Heron Claims
    // Breach"): a name found only there that holds a name found elsewhere is that name.
    let names: Vec<String> = found.iter().map(|a| a.name.clone()).collect();
    found.retain(|a| {
        a.entry.is_some()
            || !a.mentions.iter().all(|m| doc.sentence_at(m.start) == 0)
            || !names
                .iter()
                .any(|other| other.len() < a.name.len() && a.name.contains(other.as_str()))
    });
    found.sort_by_key(|a| a.mentions[0].start);
    found
}

/// Whether words of denial (`[deny]`, `[ruled-out before]` in `data/cues.txt`) follow the
/// name at `span` in its clause: "Akira denied", "Akira said it had no involvement".
fn denial_follows(doc: &Doc<'_, '_>, span: Span) -> bool {
    let s = doc.sentences[doc.sentence_at(span.start)];
    // Read within reach only: asked of every mention, a search to the sentence's end was
    // quadratic in an endless sentence of names.
    let reach = super::last_boundary(doc.text, span.end, (span.end + DENIAL_REACH).min(s.end));
    let end = doc.text[span.end..reach]
        .find([';', ':'])
        .map_or(reach, |k| span.end + k);
    doc.cues_within(Span::new(span.end, end))
        .iter()
        .any(|c| matches!(c.cue, Cue::Deny | Cue::RuledOut))
}

/// How far (in bytes) after a name its denial may stand: "X said in a statement posted on its
/// leak site on Monday that it had no involvement".
const DENIAL_REACH: usize = 120;

/// Actors found so far, indexed by gazetteer entry or by normalised name.
#[derive(Default)]
struct Found {
    actors: Vec<FoundActor>,
    by_entry: HashMap<ActorRef, usize>,
    by_name: HashMap<String, usize>,
}

impl Found {
    fn add(&mut self, entry: Option<ActorRef>, name: impl FnOnce() -> String, span: Span) {
        let slot = match entry {
            Some(e) => self.by_entry.get(&e).copied(),
            None => None,
        };
        let (slot, name) = match (slot, entry) {
            (Some(k), _) => (Some(k), None),
            (None, Some(_)) => (None, Some(name())),
            (None, None) => {
                let name = name();
                (self.by_name.get(&normalise(&name)).copied(), Some(name))
            }
        };
        match slot {
            Some(k) => self.actors[k].mentions.push(span),
            None => {
                let name = name.unwrap_or_default();
                let k = self.actors.len();
                match entry {
                    Some(e) => self.by_entry.insert(e, k),
                    None => self.by_name.insert(normalise(&name), k),
                };
                self.actors.push(FoundActor {
                    entry,
                    name,
                    mentions: vec![span],
                });
            }
        }
    }
}

fn normalise(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Picks one actor for an ambiguous name (`written`, as the text writes it): where every
/// candidate is an ATT&CK group, the one whose own name it is; else the candidate the rest of
/// the text names under another alias, else one ATT&CK knows, else the first.
fn settle(
    doc: &Doc<'_, '_>,
    support: &HashMap<ActorRef, usize>,
    candidates: &[ActorRef],
    written: &str,
) -> ActorRef {
    if candidates.len() == 1 {
        return candidates[0];
    }
    let support = |c: ActorRef| support.get(&c).copied().unwrap_or(0);
    // "Andariel" is ATT&CK's name of one group and an alias another lists ("Andariel, a
    // Lazarus subgroup"): where every candidate is an ATT&CK group, the one the name is the
    // name of, whatever else the text names. (A name of the MISP galaxies alone is not
    // preferred so: "DragonForce" the hacktivists' name is an alias of the ransomware crew,
    // which the text's other mentions settle.)
    let all_attack = candidates
        .iter()
        .all(|&c| doc.g.entry(c).attack_id().is_some());
    let written = all_attack.then(|| crate::gazetteer::normalize(written));
    let own = |c: ActorRef| {
        written
            .as_ref()
            .is_some_and(|w| crate::gazetteer::normalize(doc.g.entry(c).name()) == *w)
    };
    let mut best = candidates[0];
    let mut best_key = (false, 0, false);
    for &c in candidates {
        let key = (own(c), support(c), doc.g.entry(c).attack_id().is_some());
        if key > best_key {
            best = c;
            best_key = key;
        }
    }
    best
}

/// "The Dark Overlord (TDO)": a short form the text gives in brackets right after an actor's
/// name is that actor's alias wherever the text writes it, whatever else the text or the
/// gazetteer makes of it alone.
fn merge_bracketed_aliases(text: &str, found: &mut Vec<FoundActor>) {
    let bracketed = |m: &Span| -> Option<Span> {
        let rest = text.get(m.end..)?.strip_prefix(" (")?;
        let len = rest.find(')')?;
        let alias = &rest[..len];
        (!alias.is_empty()
            && len <= 24
            && !alias.contains(' ')
            // A short form ("TDO", "UNC1151"), not a word such as a country ("Russia").
            && alias.chars().filter(char::is_ascii_uppercase).count() >= 2)
            .then(|| Span::new(m.end + 2, m.end + 2 + len))
    };
    // Every place the text writes an alias it defined is a mention of its actor.
    for a in found.iter_mut() {
        let aliases: Vec<Span> = a.mentions.iter().filter_map(bracketed).collect();
        for alias in aliases {
            let written = &text[alias.start..alias.end];
            a.mentions.extend(
                memchr::memmem::find_iter(text.as_bytes(), written.as_bytes())
                    .take(64)
                    .filter(|&at| {
                        starts_word(text, at) && super::cues::ends_word(text, at + written.len())
                    })
                    .map(|at| Span::new(at, at + written.len())),
            );
        }
        a.mentions.sort_unstable();
        a.mentions.dedup();
    }
    // An actor found apart under such an alias is the same actor.
    let mut k = 0;
    while k < found.len() {
        let alias_of = found.iter().enumerate().position(|(i, a)| {
            i != k
                && a.mentions.iter().filter_map(bracketed).any(|alias| {
                    found[k]
                        .mentions
                        .iter()
                        .any(|b| text[b.start..b.end] == text[alias.start..alias.end])
                })
        });
        match alias_of {
            Some(a) => {
                let alias = found.remove(k);
                let a = if a > k { a - 1 } else { a };
                // "UAC-0001 (APT28)": a designation the gazetteer does not know, defined as a
                // name it does, is that known actor.
                if found[a].entry.is_none() && alias.entry.is_some() {
                    found[a].entry = alias.entry;
                    found[a].name = alias.name;
                }
                found[a].mentions.extend(alias.mentions);
                found[a].mentions.sort_unstable();
                found[a].mentions.dedup();
            }
            None => k += 1,
        }
    }
}

/// How far before a cue of naming the actor it gives another name of is looked for (bytes), as
/// [`super::attribution::names_an_alias`] reads it.
const NAMED_ALIAS_REACH: usize = 40;

/// Whether the words from an actor's name (ending at `name_end`) to a cue of naming set off
/// a description of the actor that ends on whoever names it: "Salt Typhoon, which the security
/// company Trend Micro tracks as X", "Sandworm, tracked as X", "Salt Typhoon, the group Trend
/// Micro calls X". Not where the description relates the actor to another cluster
/// (`[relation-words]`: "X, a group linked to the cluster Microsoft tracks as Y").
pub(super) fn declares_alias(text: &str, name_end: usize, cue: Span) -> bool {
    let between = &text[name_end..cue.start];
    super::attribution::naming(text, cue)
        && between.starts_with(", ")
        && between.len() <= 2 * NAMED_ALIAS_REACH
        && !between.contains(['.', ';', '('])
        && !super::vocabulary::list("relation-words")
            .iter()
            .any(|w| super::ascii::contains_ignore_ascii_case(between.as_bytes(), w.as_bytes()))
}

/// How many names listed after a cue of naming are read as aliases ("tracked as GhostEmperor,
/// FamousSparrow and Earth Estries").
const NAMED_ALIASES: usize = 8;

/// "Salt Typhoon, which Trend Micro tracks as Earth Estries": the names a cue of naming gives
/// right after an actor's name (one, or a list) are that actor's, wherever the text writes
/// them, whatever the gazetteer makes of them alone. The first-named actor stays (with the
/// other's gazetteer entry where it has none). Each cue is read once, its neighbours found by
/// binary search: linear in the text, however many names it holds.
fn merge_named_aliases(doc: &Doc<'_, '_>, found: &mut Vec<FoundActor>) {
    let text = doc.text;
    let mut all: Vec<(Span, usize)> = found
        .iter()
        .enumerate()
        .flat_map(|(k, a)| a.mentions.iter().map(move |m| (*m, k)))
        .collect();
    all.sort_unstable_by_key(|(m, _)| m.start);
    let mut parent: Vec<usize> = (0..found.len()).collect();
    fn root(parent: &mut [usize], mut k: usize) -> usize {
        while parent[k] != k {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        k
    }
    let mut merged = false;
    for cue in doc.cues.iter().filter(|c| matches!(c.cue, Cue::Confirm(_))) {
        let cue = cue.span;
        // The actor named last before the cue, within reach (mentions never overlap).
        let before = all.partition_point(|(m, _)| m.start < cue.start);
        let Some(&(Span { end: first_end, .. }, first)) = all[..before]
            .last()
            .filter(|(m, _)| m.end <= cue.start && cue.start - m.end <= 2 * NAMED_ALIAS_REACH)
        else {
            continue;
        };
        if !declares_alias(text, first_end, cue) && !super::attribution::names_an_alias(doc, cue) {
            continue;
        }
        // The names right after the cue, and those listed after them.
        let mut at = cue.end;
        for &(m, alias) in all[all.partition_point(|(m, _)| m.start < cue.end)..]
            .iter()
            .take(NAMED_ALIASES)
        {
            if m.start < at
                || !matches!(
                    text[at..m.start].trim(),
                    "" | "," | "and" | "or" | ", and" | ", or"
                )
            {
                break;
            }
            let (keep, taken) = (root(&mut parent, first), root(&mut parent, alias));
            if keep != taken {
                parent[taken] = keep;
                merged = true;
            }
            at = m.end;
        }
    }
    if !merged {
        return;
    }
    // The actors merged into another hand it their mentions (and their entry where it has
    // none); the rest keep their order.
    let roots: Vec<usize> = (0..found.len()).map(|k| root(&mut parent, k)).collect();
    let mut taken: Vec<(usize, FoundActor)> = Vec::new();
    let mut kept: Vec<(usize, FoundActor)> = Vec::new();
    for (k, a) in std::mem::take(found).into_iter().enumerate() {
        if roots[k] == k {
            kept.push((k, a));
        } else {
            taken.push((roots[k], a));
        }
    }
    for (r, a) in taken {
        // `kept` is in the order of its indices.
        if let Ok(i) = kept.binary_search_by_key(&r, |(k, _)| *k) {
            let keep = &mut kept[i].1;
            if keep.entry.is_none() && a.entry.is_some() {
                keep.entry = a.entry;
                keep.name = a.name;
            }
            keep.mentions.extend(a.mentions);
            keep.mentions.sort_unstable();
            keep.mentions.dedup();
        }
    }
    *found = kept.into_iter().map(|(_, a)| a).collect();
}

/// Whether the text describes the name at `m` as a company: a kind of company right before it
/// ("software company X", "the company X") or an apposition after it ("X, an Italian spyware
/// maker", "X, a company that ...").
fn described_as_company(doc: &Doc<'_, '_>, m: Span) -> bool {
    let kinds = super::vocabulary::list("company-kinds");
    let s = doc.sentences[doc.sentence_at(m.start)];
    let from = super::first_boundary(doc.text, m.start.saturating_sub(40).max(s.start), m.start);
    let mut before = doc.text[from..m.start].trim_end();
    while let Some(rest) = before.strip_suffix(" the") {
        before = rest;
    }
    let last_word = super::ascii::last_word(before);
    if kinds.iter().any(|k| last_word.eq_ignore_ascii_case(k)) {
        return true;
    }
    let end = super::last_boundary(doc.text, m.end, (m.end + 48).min(s.end).max(m.end));
    let Some(after) = doc.text.get(m.end..end) else {
        return false;
    };
    let Some(apposition) = after.strip_prefix(", ") else {
        return false;
    };
    let apposition = super::ascii::before_either(apposition, b',', b';');
    let mut words = apposition.split_whitespace();
    matches!(words.next(), Some("a" | "an" | "the"))
        && words
            .take(4)
            .any(|w| kinds.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// Whether an entry's name is as often a strain of malware as the crew behind it: a criminal
/// operation ATT&CK does not list as a group (the ransomware families of the MISP galaxy:
/// SamSam, GandCrab, Locky). Such a name is an actor only where the text presents people.
/// Not a name the MISP galaxy of threat actors holds (ShinyHunters, a crew that sells what it
/// steals): that galaxy names people, not strains.
fn names_code(doc: &Doc<'_, '_>, entry: ActorRef) -> bool {
    let e = doc.g.entry(entry);
    e.attack_id().is_none()
        && e.kinds() == [crate::model::ActorKind::Criminal]
        && crate::gazetteer::misp::actor(e.name()).is_none_or(|c| c.galaxy != "threat-actor")
}

/// Whether the text presents the people behind a name: a group noun beside one of its mentions
/// ("the SamSam crew", "operators of GandCrab", "the Locky gang"), or an attribution, claim or
/// denial phrase within reach of one ("LockBit claimed", "attributed to Conti").
fn people_behind(doc: &Doc<'_, '_>, actor: &FoundActor) -> bool {
    actor.mentions.iter().any(|&m| {
        let s = doc.sentences[doc.sentence_at(m.start)];
        let near = |reach: usize| {
            Span::new(
                m.start.saturating_sub(reach).max(s.start),
                (m.end + reach).min(s.end),
            )
        };
        let of_code = followed_by_code_noun(&doc.text[m.end..s.end]);
        doc.cues_within(near(40)).iter().any(|c| match c.cue {
            // Not the name's own words ("Hacking Team").
            _ if m.contains(c.span) => false,
            Cue::GroupNoun => near(32).contains(c.span),
            Cue::Claim(_) | Cue::Deny => true,
            // "suspected LockBit", "a presumed Rhysida attack": suspicion is of people.
            Cue::Hedge => super::attribution::attributive(doc.text, c.span, m),
            // "LockBit is the likely culprit", "possible culprits include LockBit": only
            // people are; "BlackCat could be behind the ... attack": the possibility is of a
            // party behind it.
            // "Or it could be Qilin": what a copula of possibility offers as the culprit is
            // a party, not code.
            Cue::Tie | Cue::Speculate => {
                super::attribution::names_a_perpetrator(&doc.text[c.span.start..c.span.end])
                    || c.cue == Cue::Speculate
                        && ([" behind", " responsible"]
                            .iter()
                            .any(|w| doc.text[c.span.end..].starts_with(w))
                            || doc.text[c.span.start..c.span.end].ends_with(" be")
                                && m.start == c.span.end + 1)
            }
            // "the crew behind the Maze ransomware" names people whatever the mention is;
            // "the Locky variant is behind the attack" does not.
            Cue::Confirm(_) => {
                !of_code || people_behind_phrase(&doc.text[c.span.start..c.span.end])
            }
            // "data stolen by Cl0p": code encrypts, people steal.
            Cue::Type(crate::model::IncidentType::DataTheft) => {
                c.span.end <= m.start && &doc.text[c.span.end..m.start] == " by "
            }
            _ => false,
        }) || listed_after_group_noun(doc, s, m)
            || listed_before_group_noun(doc, s, m)
            || described_as_group(doc, s, m)
            || held_by_crew(doc, s, m)
            || followed_by_people_verb(&doc.text[m.start..m.end], &doc.text[m.end..s.end])
            || sender_of_a_message(&doc.text[s.start..m.start])
            || followed_by_operation(&doc.text[m.end..s.end])
            || appositive_operation(&doc.text[m.end..s.end])
            // "Cl0p's mass exploitation": code does not own what people do.
            || super::attribution::owned_deed(&doc.text[..s.end], m.end).is_some()
    })
}

/// Whether the mention names an operation, the people who run it ("the ALPHV operation", "the
/// Black Basta ransomware operation").
fn followed_by_operation(after: &str) -> bool {
    let mut words = after
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    match words.next() {
        Some(w) if super::vocabulary::holds("code-nouns", w) => words.next() == Some("operation"),
        Some(w) => w == "operation",
        None => false,
    }
}

/// Whether the words before a name make it a message's sender: "signed" or "signed by" right
/// before it ("the extortion email was signed X"), or "from" after a noun of `[message-nouns]`
/// within a few words ("the email said it was from X", "a message from X"). Code sends no
/// email: people do.
pub(super) fn sender_of_a_message(before: &str) -> bool {
    let before = before.trim_end();
    if before.ends_with(" signed") || before.ends_with(" signed by") {
        return true;
    }
    let Some(rest) = before.strip_suffix(" from") else {
        return false;
    };
    rest.rsplit(' ')
        .take(5)
        .any(|w| super::vocabulary::holds("message-nouns", w))
}

/// Whether the word right after a mention is a verb only people do ("LockBit demanded",
/// "Cl0p posted"): `data/attribution.txt` `[people-verbs]`. So is the verb of a relative
/// clause right after it ("Qilin, which has been actively recruiting partners") or the main
/// verb past such a clause or an appositive ("ALPHV, also known as BlackCat, vanished in
/// 2024", "LockBit, which was damaged by a police operation, has relaunched"), read past
/// auxiliaries and adverbs; not where the mention names the code ("the SamSam ransomware,
/// which has mostly targeted businesses": a strain is said to target too).
fn followed_by_people_verb(mention: &str, after: &str) -> bool {
    if word_after_in(after, "people-verbs") {
        return true;
    }
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let code = mention
        .rsplit(' ')
        .next()
        .is_some_and(|w| super::vocabulary::holds("code-nouns", &w.to_ascii_lowercase()));
    if code {
        return false;
    }
    // The verb of a few words, past auxiliaries and adverbs.
    let verb_of = |words: &str| {
        words
            .split(' ')
            .take(4)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| {
                !w.is_empty()
                    && !super::vocabulary::holds("auxiliaries", w)
                    && !w.ends_with("ly")
                    && !matches!(*w, "also" | "since" | "then" | "now")
            })
            .is_some_and(|w| super::vocabulary::holds("people-verbs", w))
    };
    let relative = ["which ", "who "].iter().find_map(|p| rest.strip_prefix(p));
    relative.is_some_and(verb_of)
        || memchr::memchr2(b',', b';', &rest.as_bytes()[..rest.len().min(160)])
            .and_then(|k| rest[k..].strip_prefix(", "))
            .is_some_and(verb_of)
}

/// Whether the word right after a mention (one space after it) is in the vocabulary list
/// `list`.
fn word_after_in(after: &str, list: &'static str) -> bool {
    after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
        .is_some_and(|word| super::vocabulary::holds(list, word))
}

/// Whether a firm link names people: "the crew behind", "those behind"; not a form of "be"
/// before "behind", whose subject may be code.
fn people_behind_phrase(cue: &str) -> bool {
    cue.strip_suffix(" behind").is_some_and(|who| {
        !["be", "been", "is", "are", "was", "were"]
            .iter()
            .any(|be| who.eq_ignore_ascii_case(be))
    })
}

/// Whether the words after a mention make it one of code ("Locky ransomware", "the Dharma
/// variant"): `data/attribution.txt` `[code-nouns]`.
fn followed_by_code_noun(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    super::vocabulary::holds("code-nouns", word)
}

/// Whether the word right after a mention is a noun of the people who run an operation
/// ("Akira gang", "Qilin affiliates"): `data/attribution.txt` `[crew-nouns]`.
fn followed_by_crew_noun(after: &str) -> bool {
    word_after_in(after, "crew-nouns")
}

/// Whether the one or two words after a mention are what only a crew has
/// (`[crew-holdings]`: "Lynx leak site", "Akira infrastructure").
fn followed_by_crew_holding(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let mut words = rest.split(|c: char| !(c.is_alphanumeric() || c == '-'));
    let one = words.next().unwrap_or("");
    crew_holding(None, one) || words.next().is_some_and(|two| crew_holding(Some(one), two))
}

/// Whether a preposition (`data/attribution.txt` `[prepositions]`) stands between two spans.
fn preposition_between(text: &str, a: Span, b: Span) -> bool {
    let gap = super::attribution::between(a, b);
    text[gap.start..gap.end]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| super::vocabulary::holds("prepositions", w))
}

/// Whether a name is a member of a list that a group noun introduces ("ransomware operations
/// such as RansomHub, ALPHV/BlackCat, and Qilin"; "gangs including Conti").
fn listed_after_group_noun(doc: &Doc<'_, '_>, sentence: Span, name: Span) -> bool {
    let from = name.start.saturating_sub(120).max(sentence.start);
    let Some(before) = doc.text.get(from..name.start) else {
        return false;
    };
    // Only ASCII words are looked for: the doc's lower case (where it has one) finds them at
    // the same offsets as an ASCII lowering would, without a copy.
    let lower = doc.lowered().map_or_else(
        || Cow::Owned(before.to_ascii_lowercase()),
        |lower| Cow::Borrowed(&lower[from..name.start]),
    );
    let Some(at) = ["such as ", "including "]
        .iter()
        .filter_map(|w| lower.rfind(w).map(|i| (i, i + w.len())))
        .max()
    else {
        return false;
    };
    // Only names, commas, slashes and conjunctions between the introducer and this name.
    let list = &before[at.1..];
    let only_names = list.split([',', '/', ' ']).all(|w| {
        w.is_empty() || w == "and" || w == "or" || w.starts_with(|c: char| c.is_uppercase())
    });
    let head = from + at.0;
    only_names
        && doc
            .cues_within(Span::new(head.saturating_sub(16).max(sentence.start), head))
            .iter()
            .any(|c| c.cue == Cue::GroupNoun && c.span.end + 2 >= head)
}

/// Whether a name is a member of a list that ends on a group noun ("whether LockBit, Akira or
/// another gang", "Play, Royal and other ransomware crews"): the last member's kind is the
/// others'.
fn listed_before_group_noun(doc: &Doc<'_, '_>, sentence: Span, name: Span) -> bool {
    let to = (name.end + 120).min(sentence.end);
    let Some(gap_end) = doc
        .cues_within(Span::new(name.end, to))
        .iter()
        .find(|c| c.cue == Cue::GroupNoun)
        .filter(|c| {
            // A noun of people, not "hacking" ("Signal and Telegram by hacking ...").
            let noun = doc.text[c.span.start..c.span.end].to_ascii_lowercase();
            super::vocabulary::holds("naming-nouns", noun.strip_suffix('s').unwrap_or(&noun))
        })
        .map(|c| c.span.start)
    else {
        return false;
    };
    // Names, commas, slashes, then a conjunction and at most three words of the last member
    // ("or a newer gang", "and other ransomware crews", "and Royal ransomware crews").
    let gap = &doc.text[name.end..gap_end];
    let Some((list, last)) = [" or ", " and "]
        .iter()
        .filter_map(|c| gap.rfind(c).map(|i| (&gap[..i], &gap[i + c.len()..])))
        .max_by_key(|(list, _)| list.len())
    else {
        return false;
    };
    list.split([',', '/', ' '])
        .all(|w| w.is_empty() || w.starts_with(|c: char| c.is_uppercase()))
        && last.split_whitespace().count() <= 3
        && !last
            .split_whitespace()
            .any(|w| super::vocabulary::holds("prepositions", w))
}

/// Whether a name, or the list of names it is in, follows "of" after a noun of what only a
/// crew has or undergoes (`[crew-holdings]`: "the leak sites of LockBit, ALPHV and 8Base",
/// "the 2024 disruption of LockBit", "the administrator of Qilin"): code has no leak site and
/// is not taken down.
fn held_by_crew(doc: &Doc<'_, '_>, sentence: Span, name: Span) -> bool {
    let from = super::first_boundary(
        doc.text,
        name.start.saturating_sub(120).max(sentence.start),
        name.start,
    );
    let before = &doc.text[from..name.start];
    let Some(of) = before.rfind(" of ") else {
        return false;
    };
    // Only names, commas, slashes and conjunctions between "of" and this name.
    let list = &before[of + 4..];
    let list = list.strip_prefix("the ").unwrap_or(list);
    if !list.split([',', '/', ' ']).all(|w| {
        w.is_empty() || w == "and" || w == "or" || w.starts_with(|c: char| c.is_uppercase())
    }) {
        return false;
    }
    let head = &before[..of];
    let last = super::ascii::last_word(head);
    let before_last = head
        .len()
        .checked_sub(last.len() + 1)
        .map(|at| super::ascii::last_word(&head[..at]));
    crew_holding(None, last) || before_last.is_some_and(|w| crew_holding(Some(w), last))
}

/// Whether a word, or two words read in order, are what only a crew has or undergoes
/// (`[crew-holdings]`, in any case: "leak site", "takedown").
fn crew_holding(first: Option<&str>, word: &str) -> bool {
    let phrase = match first {
        Some(first) => format!("{first} {word}"),
        None => word.to_owned(),
    };
    super::vocabulary::holds("crew-holdings", &phrase.to_ascii_lowercase())
}

/// Whether a copula after a name, or after the list it opens, describes it by a group noun
/// ("Akira has been among the most active ransomware groups", "Qilin, Akira and Medusa were
/// the three most active groups"): what the name is said to be is a group of people.
fn described_as_group(doc: &Doc<'_, '_>, sentence: Span, name: Span) -> bool {
    let end = super::last_boundary(doc.text, name.end, (name.end + 120).min(sentence.end));
    let mut words = split_space(&doc.text[name.end..end]).filter(|w| !w.is_empty());
    // The rest of a list the name opens: names, commas and one conjunction.
    let mut word = words.next();
    while let Some(w) = word {
        let bare = w.trim_end_matches(',');
        if bare.is_empty() || bare == "and" || bare == "or" || bare.starts_with(char::is_uppercase)
        {
            word = words.next();
        } else {
            break;
        }
    }
    let copula = match word {
        Some("is" | "was" | "are" | "were" | "remains" | "remain") => true,
        Some("has" | "have") => words.next() == Some("been"),
        _ => false,
    };
    if !copula {
        return false;
    }
    // Then at most eight words, none closing a phrase before the noun.
    for w in words.take(8) {
        let bare = w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        if super::vocabulary::holds("naming-nouns", bare.strip_suffix('s').unwrap_or(bare)) {
            return true;
        }
        if bare.len() != w.len() {
            return false;
        }
    }
    false
}

/// Whether a mention is written all in lower case.
fn lower_case_word(written: &str) -> bool {
    written.chars().any(char::is_alphabetic) && !written.chars().any(char::is_uppercase)
}

/// Whether the word right before `span` (one space apart) is capitalised and does not open
/// its sentence.
fn after_capitalised_word(doc: &Doc<'_, '_>, span: Span) -> bool {
    let sentence = doc.sentences[doc.sentence_at(span.start)];
    let Some(before) = doc.text[sentence.start..span.start].strip_suffix(' ') else {
        return false;
    };
    let word_start = memchr::memrchr(b' ', before.as_bytes()).map_or(0, |i| i + 1);
    // "Play, Royal": a comma ends the name before. "Update: The Akira gang": an article
    // after a heading's colon is capitalised as at a sentence's start.
    word_start > 0
        && before[word_start..].starts_with(char::is_uppercase)
        && before.ends_with(|c: char| c.is_alphanumeric())
        && !(before[..word_start].trim_end().ends_with(':')
            && matches!(&before[word_start..], "The" | "A" | "An"))
}

/// Whether an alias is followed by a capitalised word that is no word of a group or of its
/// deeds, so that both are one longer name ("Copper Magpies", "Royal Mail"; not "Royal
/// Ransomware"). Not read in the headline, whose words are all capitalised.
fn before_capitalised_name(doc: &Doc<'_, '_>, span: Span) -> bool {
    let i = doc.sentence_at(span.start);
    let sentence = doc.sentences[i];
    let Some(after) = doc.text[span.end..sentence.end].strip_prefix(' ') else {
        return false;
    };
    let next = span.end + 1;
    i > 0
        && after.starts_with(char::is_uppercase)
        && !doc
            .cues_in(i)
            .iter()
            .any(|c| c.span.start == next && matches!(c.cue, Cue::GroupNoun | Cue::Type(_)))
}

/// Whether the one word at `span`, written capitalised on its first letter alone, opens a
/// name of three capitalised words or more after the headline, no group noun or kind of
/// attack after it ("Trident Quality Services LLC"; not "Medusa Ransomware Group").
fn opens_longer_name(doc: &Doc<'_, '_>, span: Span) -> bool {
    let word = &doc.text[span.start..span.end];
    let title_case = word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    if !title_case || !before_capitalised_name(doc, span) {
        return false;
    }
    let sentence = doc.sentences[doc.sentence_at(span.start)];
    let mut words = split_space(&doc.text[span.end..sentence.end]).skip(1);
    let capital = |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    let (second, third) = (words.next(), words.next());
    // Not past a comma or a full stop: "Trident, Acme".
    capital(second) && capital(third) && !second.is_some_and(|w| w.ends_with([',', '.', ';', ':']))
}

fn capitalised(text: &str, span: Span) -> bool {
    text[span.start..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// A group noun ("gang", "hackers", "ransomware"...) within a few words of `span`, in the
/// same sentence.
fn near_group_noun(doc: &Doc<'_, '_>, span: Span) -> bool {
    let s = doc.sentences[doc.sentence_at(span.start)];
    let window = Span::new(
        span.start.saturating_sub(24).max(s.start),
        (span.end + 24).min(s.end),
    );
    doc.cues_within(window).iter().any(|c| match c.cue {
        // Not the name's own words ("Hacking Team" is no group noun of itself), nor one a
        // preposition puts in another role: the group's channel, tool or place ("a group
        // active on Telegram", "hackers using Signal").
        Cue::GroupNoun | Cue::Type(crate::model::IncidentType::Ransomware) => {
            window.contains(c.span)
                && !span.contains(c.span)
                && !preposition_between(doc.text, span, c.span)
        }
        // "Akira may be behind the attack", "attributed to Royal", "Snake is the likely
        // culprit": a link names the party behind an incident.
        // The link and the name at most a word apart: not "Telegram channel that it was
        // behind".
        Cue::Confirm(side) => {
            side.fits(span, c.span)
                && word_apart(doc.text, span, c.span)
                // Not "confirmed that Play Store ...": a link ending in a preposition takes
                // the party it names ("attributed to", "carried out by", "the work of").
                && (c.span.end > span.start
                    || matches!(
                        super::ascii::last_word(&doc.text[c.span.start..c.span.end]),
                        "to" | "by" | "of" | "as" | "on" | "at"
                    ))
        }
        Cue::Tie | Cue::Speculate => {
            c.span.start >= span.end
                && word_apart(doc.text, span, c.span)
                && (super::attribution::names_a_perpetrator(&doc.text[c.span.start..c.span.end])
                    || [" behind", " responsible"]
                        .iter()
                        .any(|w| doc.text[c.span.end..].starts_with(w)))
        }
        // "Play claimed the attack", not "claimed responsibility on Telegram" nor "a post on
        // Telegram claimed".
        Cue::Claim(_) => {
            c.span.start >= span.end
                && (c.span.start - span.end <= 2 || {
                    // "Akira has claimed the attack": an auxiliary between.
                    let gap = doc.text[span.end..c.span.start].trim();
                    !gap.contains(' ') && super::vocabulary::holds("auxiliaries", gap)
                })
                && !doc.text[s.start..span.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| super::vocabulary::holds("prepositions", w))
        }
        _ => false,
    })
}

/// Whether at most one word stands between two spans.
fn word_apart(text: &str, a: Span, b: Span) -> bool {
    let gap = super::attribution::between(a, b);
    text[gap.start..gap.end].split_whitespace().count() <= 1
}

/// Whether every candidate knows the name at `span` only in capitals ("CHROMIUM") while the
/// text writes it otherwise ("Chromium").
fn shouted_elsewhere(doc: &Doc<'_, '_>, candidates: &[ActorRef], span: Span) -> bool {
    let written = &doc.text[span.start..span.end];
    let shouted = |name: &str| name.len() >= 5 && name.bytes().all(|b| b.is_ascii_uppercase());
    !shouted(written)
        && written.bytes().all(|b| b.is_ascii_alphabetic())
        && candidates.iter().all(|&c| {
            doc.g
                .entry(c)
                .names()
                .filter(|(name, _)| name.eq_ignore_ascii_case(written))
                .all(|(name, _)| shouted(name))
        })
}

fn preceded_by_word(text: &str, pos: usize, word: &str) -> bool {
    let before = text[..pos].trim_end();
    before.len() >= word.len()
        && before
            .get(before.len() - word.len()..)
            .is_some_and(|t| t.eq_ignore_ascii_case(word))
        && starts_word(before, before.len() - word.len())
}

/// The `[introducers]` by their first byte (they are in lower case and none is empty), each
/// byte's in the list's order: a group noun's lead is compared only with those that open with
/// its first letter, where a loop over them all tested each one's.
fn introducers_by_first() -> &'static [Vec<&'static str>] {
    static BY_FIRST: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    BY_FIRST.get_or_init(|| {
        let mut by_first = vec![Vec::new(); 256];
        for &intro in super::vocabulary::list("introducers") {
            if let Some(&first) = intro.as_bytes().first() {
                by_first[usize::from(first.to_ascii_lowercase())].push(intro);
            }
        }
        by_first
    })
}

/// Actors the gazetteer does not know, from how the text introduces them.
fn unknown(doc: &Doc<'_, '_>) -> Vec<(Span, String)> {
    let text = doc.text;
    let mut out = Vec::new();
    // Looked up once, not at each group noun.
    let introducers = introducers_by_first();
    let crew_nouns = super::vocabulary::list("crew-nouns");
    let continuations = super::vocabulary::list("group-continuations");
    for (i, c) in doc.cues.iter().enumerate() {
        match c.cue {
            Cue::GroupNoun => {
                // "a group calling itself X", "the gang known as X", "hackers – who are
                // calling themselves the “X”"
                let rest = &text[c.span.end..];
                let mut lead = rest.trim_start_matches([',', ' ', '–', '—', '-']);
                // "a hacker organization called X", "a hacking outfit known as X": the noun
                // after the group noun is the group's.
                if let Some(r) = continuations
                    .iter()
                    .find_map(|n| lead.strip_prefix(n)?.strip_prefix(' '))
                {
                    lead = r;
                }
                for relative in ["who are ", "who is ", "who ", "which is ", "which "] {
                    if let Some(r) = lead.strip_prefix(relative) {
                        lead = r;
                        break;
                    }
                }
                // "groups such as DC Leaks, Fancy Bears and Guccifer 2.0"
                for intro in [" such as ", ", such as ", " including ", ", including "] {
                    if let Some(list) = rest.strip_prefix(intro) {
                        let mut members = Vec::new();
                        list_members(text, c.span.end + intro.len(), list, &mut members);
                        // A list that names a sector or a place is of what the group
                        // targets ("targeted by the threat actor, including Energy,
                        // Educational and Telecommunication"), not of groups.
                        if !members
                            .iter()
                            .any(|(span, _)| covered_by_place_or_authority(doc, *span))
                        {
                            out.extend(members);
                        }
                    }
                }
                // "a group it has named X", "a crew researchers call X": who names it, and its
                // auxiliary, stand before the verb of naming.
                for namer in ["it ", "we ", "they ", "researchers "] {
                    if let Some(r) = lead.strip_prefix(namer) {
                        lead = ["has ", "have "]
                            .iter()
                            .find_map(|aux| r.strip_prefix(aux))
                            .unwrap_or(r);
                        break;
                    }
                }
                // Only the introducers that open with the lead's first letter are compared.
                let lead_first = lead.as_bytes().first().map(u8::to_ascii_lowercase);
                let introducers = lead_first.map_or(&[][..], |f| &introducers[usize::from(f)]);
                for intro in introducers {
                    if lead
                        .get(..intro.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(intro))
                    {
                        let at = c.span.end + (rest.len() - lead.len()) + intro.len();
                        if let Some(name) = name_at(text, at) {
                            out.push(name);
                        }
                    }
                }
                // "the hacking group Zorvex", "the ransomware gang Akira": a name right after
                // a noun of `[naming-nouns]` that a word of `[group-qualifiers]` qualifies is
                // the group's. The noun is written in lower case: in a Title Case heading
                // every word is capitalised ("Hacker Group Denies Acme's Claims").
                let noun = &text[c.span.start..c.span.end];
                let naming = noun.bytes().all(|b| !b.is_ascii_uppercase())
                    && super::vocabulary::holds("naming-nouns", noun);
                // A noun of two words carries its own qualifier ("hacktivist group",
                // "threat actor"): its last word is the noun the qualifier is read before.
                let head = c.span.start + noun.rfind(' ').map_or(0, |k| k + 1);
                if naming
                    && rest.starts_with(' ')
                    && rest[1..].starts_with(|c: char| c.is_uppercase())
                    && qualified(text, head)
                    && let Some(name) = name_at(text, c.span.end + 1)
                {
                    out.push(name);
                }
                // "Zorvex, a hacking group tied to Iran": the name the appositive describes.
                if naming
                    && !rest.starts_with(" of ")
                    && let Some(name) = described_by_appositive(text, head)
                {
                    out.push(name);
                }
                // "the Ryuk crew", "the Maze operators": the people behind a named operation.
                // Not "hackers" or "group", before which a name is as often the victim's or a
                // company's ("the Sony hackers", "the Volkswagen group").
                if crew_nouns.contains(&noun) {
                    out.extend(name_after_the(text, c.span.start));
                }
                // "the NullCrane hacking group": a qualified group noun makes the name before
                // the qualifier the group's (a bare "the Volkswagen group" does not). A
                // capitalised word before the qualifier is read first: most group nouns have
                // none there.
                if naming {
                    let q = qualifier_start(text, head);
                    if text[..q]
                        .trim_end()
                        .rsplit([' ', '\n'])
                        .next()
                        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
                        && qualified(text, head)
                    {
                        out.extend(name_after_the(text, q));
                    }
                }
                // "the X ransomware gang": the name directly before "ransomware".
                if let Some(prev) = i.checked_sub(1).map(|p| doc.cues[p]) {
                    let between = &text[prev.span.end..c.span.start];
                    if prev.cue == Cue::Type(crate::model::IncidentType::Ransomware)
                        && between.trim().is_empty()
                        && let Some(name) = name_before(text, prev.span.start)
                    {
                        out.push(name);
                    }
                }
            }
            // "The attack was carried out by X, a group affiliated with ...": a firm link
            // gives the name, and the appositive says it is a group (no qualifier needed:
            // the link already makes it the attacker).
            Cue::Confirm(crate::extract::cues::Side::After) => {
                if let Some((span, name)) = name_at(text, c.span.end)
                    && appositive_group(doc, span.end)
                {
                    out.push((span, name));
                }
            }
            // "the leak site of X", "X's leak site": a crew's own site names it.
            Cue::Claim(crate::extract::cues::Side::Either) => {
                out.extend(site_owner(text, c.span));
            }
            // "X listed the company on its leak site": the crew that publishes on its own
            // site.
            Cue::Publish(crate::extract::cues::Side::Before)
                if doc.cues[i + 1..]
                    .iter()
                    .take_while(|h| h.span.start < c.span.end + 80)
                    .any(|h| {
                        h.cue == Cue::Claim(crate::extract::cues::Side::Either)
                            && ["its ", "their "]
                                .iter()
                                .any(|p| text[..h.span.start].ends_with(p))
                            && !has_byte(&text[c.span.end..h.span.start], b'.')
                    }) =>
            {
                let before = text[..c.span.start].trim_end();
                let end = ["has", "have", "had"]
                    .iter()
                    .find_map(|aux| before.strip_suffix(aux))
                    .map_or(c.span.start, str::len);
                out.extend(name_before(text, end));
            }
            // "a user called Ro0tMarlin", "under the alias 'brokerdust'".
            Cue::Persona => out.extend(persona_at(text, c.span.end)),
            // "The attack was claimed by X".
            Cue::Claim(crate::extract::cues::Side::After) => {
                if let Some(name) = name_at(text, c.span.end) {
                    out.push(name);
                }
            }
            Cue::Claim(crate::extract::cues::Side::Before)
                if !text[c.span.end..].trim_start().starts_with("by ")
                    && super::cues::claims_an_incident(
                        text,
                        doc.cues_within(doc.sentences[doc.sentence_at(c.span.start)]),
                        c,
                        true,
                    ) =>
            {
                // "X claimed responsibility", "X has claimed ..."; not "claimed by".
                let mut end = c.span.start;
                let before = text[..end].trim_end();
                for aux in ["has", "have", "had", "also", "later"] {
                    if before.len() > aux.len()
                        && before
                            .get(before.len() - aux.len()..)
                            .is_some_and(|t| t.eq_ignore_ascii_case(aux))
                    {
                        end = before.len() - aux.len();
                    }
                }
                // "candidate Macron claims massive hack": a person speaks, not a crew; "a
                // channel on Telegram claimed": the name is where the claim was made.
                if let Some(name) = name_before(text, end).filter(|(span, _)| {
                    let role = text[..span.start].trim_end();
                    let role = super::ascii::last_word(role);
                    !super::victims::person_word(role)
                        && !super::vocabulary::holds("prepositions", role)
                }) {
                    out.push(name);
                }
            }
            _ => {}
        }
    }
    out.extend(designations(text));
    // "DDoS claim, ransomware theory or a bad update": a word that names a kind of attack
    // names no one.
    out.retain(|(span, name)| {
        !covered_by_place_or_authority(doc, *span)
            && !described_by_origin(doc, *span)
            && is_plausible(name)
            && !doc
                .cues_within(*span)
                .iter()
                .any(|c| matches!(c.cue, Cue::Type(_)) && c.span == *span)
    });
    // A proper name is never written in lower case; a capitalised common word at the start
    // of a sentence ("Cyberattacks claimed ...") is. Each distinct one-word name costs one
    // pass over the text, so only the first few are checked and the rest are dropped.
    let mut verdicts: Vec<(String, bool)> = Vec::new();
    out.retain(|(_, name)| {
        if name.contains(' ') {
            return true;
        }
        if let Some((_, ok)) = verdicts.iter().find(|(n, _)| n == name) {
            return *ok;
        }
        if verdicts.len() == MAX_CHECKED_NAMES {
            return false;
        }
        let ok = !written_in_lower_case(text, name);
        verdicts.push((name.clone(), ok));
        ok
    });
    out
}

/// How many distinct one-word names a text may introduce before the rest are ignored.
const MAX_CHECKED_NAMES: usize = 16;

/// Whether `span` opens a sentence or a line: only white space, opening quotes or brackets
/// stand between it and the end of the last sentence or line. Read on the bytes before it,
/// for every capitalised actor name.
fn opens_sentence(text: &str, span: Span) -> bool {
    let before = text[..span.start]
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'\u{201c}\u{2018}(".contains(c));
    before.is_empty()
        || before.ends_with(['.', '!', '?', ':'])
        || text[before.len()..span.start].contains('\n')
}

/// Whether `name` stands somewhere in `text` right before a noun of `[venue-nouns]` ("Telegram
/// channel"), or after a word of `[venue-prepositions]` ("posted on Telegram").
fn written_as_venue(text: &str, name: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes())
        .any(|i| starts_word(text, i) && venue_at(text, Span::new(i, i + name.len())))
}

/// Whether the name at `span` is written as a platform: right before a noun of
/// `[venue-nouns]` or after a word of `[venue-prepositions]` ([`written_as_venue`]).
pub(super) fn venue_at(text: &str, span: Span) -> bool {
    let after = &text[span.end..];
    let word_before = text[..span.start]
        .strip_suffix(' ')
        .map_or("", super::ascii::last_word);
    // Not "on Akira's leak site": the platform is the group's; nor "information on Akira
    // ransomware leaders", "on the Akira gang": a noun of code or of a crew after the name
    // makes it one; nor "named on Lynx leak site": what only a crew has is the crew's.
    super::vocabulary::holds("venue-prepositions", word_before)
        && !after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '\'' | '’'))
        && !followed_by_code_noun(after)
        && !followed_by_crew_noun(after)
        && !followed_by_crew_holding(after)
        || before_venue_noun(text, span)
}

/// Whether the name at `span` stands right before a noun of `[venue-nouns]` ("a Telegram
/// channel", "X's Telegram account"): the platform's name there.
pub(super) fn before_venue_noun(text: &str, span: Span) -> bool {
    text[span.end..].strip_prefix(' ').is_some_and(|rest| {
        let noun = rest
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        // "Medusa posts demand ...": a noun that is also a verb names a venue only after a
        // word that opens the phrase ("a Telegram post", "in Telegram posts":
        // `[venue-openers]`), not where the name is the subject opening its sentence or a
        // clause ("the archives Everest posts", "town hit, Medusa posts countdown").
        let word_before = text[..span.start]
            .strip_suffix(' ')
            .map_or("", super::ascii::last_word);
        super::vocabulary::holds("venue-nouns", noun)
            && (!matches!(
                noun,
                "post" | "posts" | "message" | "messages" | "handle" | "feed" | "chat"
            ) || super::vocabulary::holds("venue-openers", word_before)
                // A possessive opens it as "its" does ("X's Telegram message").
                || ["'s ", "\u{2019}s "]
                    .iter()
                    .any(|p| text[..span.start].ends_with(p)))
    })
}

fn written_in_lower_case(text: &str, name: &str) -> bool {
    let lower = name.to_lowercase();
    lower != name && super::cues::word_occurrences(text, &lower).next().is_some()
}

fn is_plausible(name: &str) -> bool {
    // A footnote's or a list's number before a sentence is no part of a name ("1 While ...").
    let mut words = name
        .split_whitespace()
        .skip_while(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()));
    let first = words.next().unwrap_or("");
    // "the US$1.5 billion theft", "£40m": a sum of money, not a name ("Lapsus$" is one).
    let money = name.contains('€')
        || name
            .chars()
            .zip(name.chars().skip(1))
            .any(|(sign, digit)| matches!(sign, '$' | '£') && digit.is_ascii_digit());
    !money && !super::vocabulary::holds("not-names", first) && name.len() >= 3 && name.len() <= 40
}

fn covered_by_place_or_authority(doc: &Doc<'_, '_>, span: Span) -> bool {
    doc.hits_overlapping(span).any(|h| match h.kind {
        // A place may open a longer name ("Turkish Crime Family"), not be all of it.
        HitKind::Country { .. } | HitKind::Region(_) => {
            h.start <= span.start && span.end <= h.end
                || !doc.text[span.start..span.end].contains(' ')
        }
        // A sector's one word may end or stand inside a longer name ("Horn Cyber Army",
        // "Syrian Electronic Army", "Z-Army Cyber Battalion"), not open or be all of it; a
        // name that ends in a kind of body of several words is that body's ("County School
        // District").
        HitKind::Sector(_) => {
            let one_word_inside_a_longer_name = h.end <= span.end
                && h.start > span.start
                && !doc.text[h.start..h.end].contains(' ');
            !one_word_inside_a_longer_name
        }
        HitKind::Authority { .. } => true,
        _ => false,
    })
}

/// Whether a name is only an adjective of origin or allegiance and words for a crew
/// (`[described-crews]`): "Russian Group", "Pro-Iranian Hacktivists", "Anti-Israel Hackers"
/// describe, in a Title Case headline, whom the body leaves unnamed.
fn described_by_origin(doc: &Doc<'_, '_>, span: Span) -> bool {
    let name = &doc.text[span.start..span.end];
    let Some((first, rest)) = name.split_once(' ') else {
        return false;
    };
    // "Pro-Russian", "Anti-Israel": the place after the prefix.
    let skip = ["pro-", "anti-"]
        .iter()
        .find(|p| {
            first
                .get(..p.len())
                .is_some_and(|f| f.eq_ignore_ascii_case(p))
        })
        .map_or(0, |p| p.len());
    let origin = Span::new(span.start + skip, span.start + first.len());
    doc.hits_overlapping(origin).any(|h| {
        matches!(h.kind, HitKind::Country { .. }) && h.start == origin.start && h.end == origin.end
    }) && rest
        .split(' ')
        .all(|w| super::vocabulary::holds("described-crews", &w.to_ascii_lowercase()))
}

/// The names of a list that starts at `pos` ("DC Leaks, Fancy Bears and Guccifer 2.0"), up to
/// six, until a member is not a name.
fn list_members(text: &str, pos: usize, list: &str, out: &mut Vec<(Span, String)>) {
    let mut at = pos;
    for _ in 0..6 {
        let Some((span, name)) = name_at(text, at) else {
            return;
        };
        out.push((span, name));
        let rest = &text[span.end..];
        let Some(sep) = [", and ", ", or ", ", ", " and ", " or "]
            .iter()
            .find(|sep| rest.starts_with(*sep))
        else {
            return;
        };
        at = span.end + sep.len();
        if at >= pos + list.len() {
            return;
        }
    }
}

/// The crew whose site a `[claim either]` cue at `site` names: after "of" ("the leak site of
/// X") or before a possessive ("X's leak site", "X's dark web leak site", up to two words in
/// lower case between).
fn site_owner(text: &str, site: Span) -> Option<(Span, String)> {
    if text[site.end..].starts_with(" of ") {
        return name_at(text, site.end + 4);
    }
    let mut before = text[..site.start].trim_end();
    for _ in 0..2 {
        match before.rsplit_once(' ') {
            Some((rest, w)) if w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => {
                before = rest;
            }
            _ => break,
        }
    }
    let owner = ["'s", "\u{2019}s"]
        .iter()
        .find_map(|p| before.strip_suffix(p))?;
    name_before(text, owner.len())
}

/// The persona a `[persona]` cue ending at `pos` gives: the token after it, in quotes in any
/// case ("under the alias 'brokerdust'"), or bare with a capital or a digit ("a user called
/// Ro0tMarlin", "the handle x0r"); letters, digits, '_', '-' and '.', at least three, one a
/// letter.
fn persona_at(text: &str, pos: usize) -> Option<(Span, String)> {
    let rest = text[pos..].strip_prefix(' ')?;
    let unquoted = rest.trim_start_matches(['"', '\'', '\u{201c}', '\u{2018}']);
    let quoted = unquoted.len() < rest.len();
    let len = unquoted
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.')))
        .unwrap_or(unquoted.len());
    let token = unquoted[..len].trim_end_matches(['.', '-']);
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    let marked = quoted
        || token.starts_with(|c: char| c.is_uppercase())
        || token.contains(|c: char| c.is_ascii_digit());
    if token.chars().count() < 3 || letters == 0 || !marked {
        return None;
    }
    let start = text.len() - unquoted.len();
    Some((Span::new(start, start + token.len()), token.to_owned()))
}

/// A name of one to four capitalised tokens starting at or after `pos` (skipping spaces, an
/// article before a quote, and opening quotes).
fn name_at(text: &str, pos: usize) -> Option<(Span, String)> {
    let rest = &text[pos..];
    let rest_after_article = rest
        .trim_start()
        .strip_prefix("the ")
        .filter(|r| {
            r.starts_with(['"', '\'', '\u{201c}', '\u{2018}'])
                || r.starts_with(|c: char| c.is_uppercase())
        })
        .unwrap_or(rest);
    let rest = rest_after_article;
    let pos = text.len() - rest.len();
    let trimmed = rest.trim_start_matches([' ', '"', '\'', '\u{201c}', '\u{2018}']);
    let start = pos + rest.len() - trimmed.len();
    let mut end = start;
    for (count, token) in split_space(trimmed).enumerate() {
        let clean =
            token.trim_end_matches([',', '.', ';', ':', '"', '\'', '\u{201d}', '\u{2019}', ')']);
        let clean = if clean.matches('(').count() > clean.matches(')').count() {
            token.trim_end_matches([',', '.', ';', ':'])
        } else {
            clean
        };
        if clean.is_empty()
            || !clean.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || count == 4
        {
            break;
        }
        end = start + (token.as_ptr() as usize - trimmed.as_ptr() as usize) + clean.len();
        if clean.len() != token.len() {
            break;
        }
    }
    (end > start).then(|| (Span::new(start, end), text[start..end].to_owned()))
}

/// Whether the word before `noun` is a word of `[group-qualifiers]` ("hacking group").
fn qualified(text: &str, noun: usize) -> bool {
    let word = text[qualifier_start(text, noun)..noun].trim_end();
    super::vocabulary::holds("group-qualifiers", word)
}

/// Where the qualifier before the group noun at `noun` starts ("hacking" of "hacking group").
fn qualifier_start(text: &str, noun: usize) -> usize {
    let before = text[..noun].trim_end();
    memchr::memrchr(b' ', before.as_bytes()).map_or(0, |space| space + 1)
}

/// The name before an appositive ", a ..." or ", an ..." whose head, at `noun`, is a group
/// noun right after a qualifier, at most two words of [`modifier_word`] after the article
/// ("Zorvex, a hacking group", "Zorvex, an extortion gang", "Zorvex, a pro-Russian hacktivist
/// group").
fn described_by_appositive(text: &str, noun: usize) -> Option<(Span, String)> {
    let before = &text[super::first_boundary(text, noun.saturating_sub(40), noun)..noun];
    let comma = super::ascii::rfind_str(before, ", a")?;
    let words = before[comma + 2..].split_whitespace().collect::<Vec<_>>();
    let (article, between) = words.split_first()?;
    if !matches!(*article, "a" | "an")
        || between.len() > 2
        || !between.iter().all(|w| modifier_word(w))
        || !(!between.is_empty() && qualified(text, noun)
            || between.is_empty() && tells_of_attacks(&text[noun..]))
    {
        return None;
    }
    let at = noun - before.len() + comma;
    // "In the case of the QNB, a hacker group claimed ...": a name in an opening phrase is
    // not the one the clause after the comma describes.
    name_before(text, at).filter(|(span, _)| {
        let word = text[..span.start].trim_end();
        let word = super::ascii::last_word(word);
        !["of", "the", "in"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
    })
}

/// Whether a bare group noun at the start of `rest` is followed by a relative clause of its
/// attacks: "group that has claimed DDoS attacks on ...", "group which hacked ...". Then the
/// noun needs no qualifier for the name it describes to be a group's ("Zorvex, a group that
/// has claimed attacks on government sites").
fn tells_of_attacks(rest: &str) -> bool {
    let Some(after) = rest
        .split_once(' ')
        .map(|(_, after)| after)
        .and_then(|after| {
            after
                .strip_prefix("that ")
                .or_else(|| after.strip_prefix("which "))
        })
    else {
        return false;
    };
    let words: Vec<&str> = after
        .split(' ')
        .take(8)
        .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_alphabetic()))
        .collect();
    words.iter().take(3).enumerate().any(|(k, w)| {
        super::vocabulary::holds("attack-verbs", w)
            // "claimed DDoS attacks", "targeted government sites with attacks": a verb that
            // also speaks of markets and growth, with a deed in its object.
            || matches!(*w, "claimed" | "targeted" | "launched")
                && words[k + 1..]
                    .iter()
                    .take(4)
                    .any(|o| super::vocabulary::holds("deed-kinds", o) || *o == "DDoS")
    })
}

/// Whether `word` may stand between an appositive's article and its group noun: a word in
/// lower case ("hacking"), or a compound of which a part is ("pro-Russian", "Iran-linked").
fn modifier_word(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        || word.contains('-')
            && word
                .split('-')
                .any(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Whether an appositive ", a group ...", ", an extortion gang ..." follows byte `end`: its
/// article, at most one lower-case word, then a group noun (`data/cues.txt` `[group-noun]`).
fn appositive_group(doc: &Doc<'_, '_>, end: usize) -> bool {
    let Some(after) = indefinite_appositive(&doc.text[end..]) else {
        return false;
    };
    let from = doc.text.len() - after.len();
    doc.cues_within(Span::new(from, (from + 24).min(doc.text.len())))
        .iter()
        .any(|c| {
            let mut between = doc.text[from..c.span.start].split_whitespace();
            c.cue == Cue::GroupNoun
                && between
                    .next()
                    .is_none_or(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
                && between.next().is_none()
        })
}

/// Whether an appositive after the mention calls it an operation of code, the people who run
/// it ("Interlock, a ransomware operation that ...", "Hunters International, an extortion
/// operation"): ", a" or ", an", then at most two words, one of them a word of `[code-nouns]` or
/// `[group-qualifiers]`, then "operation". "Operation" alone after the article is as often a
/// police action.
fn appositive_operation(after: &str) -> bool {
    let Some(rest) = indefinite_appositive(after) else {
        return false;
    };
    let mut qualified = false;
    for w in rest.split(' ').take(3) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare == "operation" {
            return qualified;
        }
        if bare.len() != w.len() {
            return false;
        }
        qualified |= super::vocabulary::holds("code-nouns", bare)
            || super::vocabulary::holds("group-qualifiers", bare);
    }
    false
}

/// What follows ", a " or ", an " opening `rest`: an appositive that describes the name before
/// it ([`appositive_group`], [`appositive_operation`]).
fn indefinite_appositive(rest: &str) -> Option<&str> {
    rest.strip_prefix(", a ")
        .or_else(|| rest.strip_prefix(", an "))
}

/// The name ending right before `end` that "the" introduces ("the Ryuk crew", "The NullCrane
/// hacking group"): the article opens the name where it opens the sentence too.
fn name_after_the(text: &str, end: usize) -> Option<(Span, String)> {
    let (span, name) = name_before(text, end)?;
    let start = span.start + if name.starts_with("The ") { 4 } else { 0 };
    (start < span.end && (start > span.start || text[..span.start].ends_with("the ")))
        .then(|| (Span::new(start, span.end), text[start..span.end].to_owned()))
}

/// A name of one to three capitalised tokens ending right before `end`.
fn name_before(text: &str, end: usize) -> Option<(Span, String)> {
    let before = text[..end].trim_end();
    let stop = before.len();
    let mut start = stop;
    // Any white space: the headline's line break stands before the body's first name.
    for (count, token) in before.rsplit([' ', '\n']).enumerate() {
        let ok = !token.is_empty()
            && token.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !token.ends_with('.')
            && token
                .chars()
                .all(|c| c.is_alphanumeric() || "-()_.".contains(c));
        // "the English-speaking collective", "the Iran-linked LockBit affiliate": a word
        // ending on a hyphen and a word in lower case is a modifier, not a name's.
        let modifier = token.rsplit_once('-').is_some_and(|(head, tail)| {
            !head.is_empty() && !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_lowercase())
        });
        if !ok || modifier || count == 3 {
            break;
        }
        start = token.as_ptr() as usize - text.as_ptr() as usize;
    }
    (start < stop && starts_word(text, start))
        .then(|| (Span::new(start, stop), text[start..stop].to_owned()))
}

/// Vendor designations by their shape: `Storm-0558`, `UNC3886`, `TA453`, `DEV-0537`,
/// `CL-STA-0419`.
fn designations(text: &str) -> Vec<(Span, String)> {
    // One pass finds every prefix (a search per prefix read the text nine times). A match
    // that starts inside another starts after a letter, so it would not start a word: the
    // leftmost-longest matches (which use the fast prefilter) are all that can count. Where
    // "TA" and "TAG-" both match, only "TAG-" can be followed by digits.
    static PREFIXES: OnceLock<AhoCorasick> = OnceLock::new();
    let prefixes = PREFIXES.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(DESIGNATIONS.iter().map(|(prefix, _)| prefix))
            .expect("the designation prefixes are a valid pattern set")
    });
    let mut found: Vec<(usize, usize)> = prefixes
        .find_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    // In the order of the list, then of the text, as names are checked in order.
    found.sort_unstable();
    let mut out = Vec::new();
    for (pattern, at) in found {
        let (prefix, dash) = DESIGNATIONS[pattern];
        if !starts_word(text, at) {
            continue;
        }
        let digits = text[at + prefix.len()..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let end = at + prefix.len() + digits;
        // A number of a dashed designation is written with its zeros ("Storm-0042"); one of
        // the others never starts with one: "TA0001" is an ATT&CK tactic, not an actor.
        let wanted = if dash {
            digits == 4
        } else {
            (2..=4).contains(&digits) && text.as_bytes()[at + prefix.len()] != b'0'
        };
        // "TA18-201A" numbers an advisory, "APT-2024-11" a report: a dash and a digit run on.
        let runs_on = text.as_bytes().get(end) == Some(&b'-')
            && text.as_bytes().get(end + 1).is_some_and(u8::is_ascii_digit);
        if wanted && !runs_on && super::cues::ends_word(text, end) {
            out.push((Span::new(at, end), text[at..end].to_owned()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_around_introducers() {
        let text = "a group calling itself Cyber Army of Russia hit it";
        let at = text.find("itself").unwrap() + "itself".len();
        assert_eq!(name_at(text, at).unwrap().1, "Cyber Army");
        let text = "NoName057(16) claimed responsibility";
        assert_eq!(
            name_before(text, text.find(" claimed").unwrap()).unwrap().1,
            "NoName057(16)"
        );
    }

    #[test]
    fn designations_by_shape() {
        let names: Vec<String> =
            designations("Storm-0042 and UNC4242, not UNC12345, XStorm-1234 or TA0043")
                .into_iter()
                .map(|(_, n)| n)
                .collect();
        assert_eq!(names, ["Storm-0042", "UNC4242"]);
        let names: Vec<String> = designations("CL-STA-0419, TGR-CRI-0045 but not CL-STA-41")
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["CL-STA-0419", "TGR-CRI-0045"]);
    }
}
