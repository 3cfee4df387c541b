//! The reported incident: its victims (organisations named as attacked), their sectors and
//! countries, its types and its dates.
//!
//! A victim is a capitalised name that the text puts on the receiving end of an attack: after
//! "attack on", "breach at", "targeting"; before "was hacked", "confirmed a breach", "said it
//! detected"; or as the owner of what was hit ("X's systems"). The headline counts most.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use foldhash::fast::FixedState;

use crate::gazetteer::{AuthorityKind, CountryForm, Hit, HitKind};
use crate::model::{Country, Incident, IncidentType, Sector, Software, SoftwareKind, Span, Victim};

use super::ascii::{
    before_any, before_byte, before_either, contains_ignore_ascii_case,
    ends_with_ignore_ascii_case, find_apart, find_either, find_str, has_byte, holds, last_word,
    rfind_byte, rfind_either, rsplit_once_space, rsplit_space, split_space, split_space_at,
    starts_with_ignore_ascii_case, trim_end_space, trim_start_space, trim_to_ascii,
};
use super::attribution::{Analysis, push};
use super::cues::Cue;
use super::{Doc, first_boundary, last_boundary};

mod lexicon;
mod names;

use lexicon::*;
pub(crate) use names::CapitalisedWords;
use names::*;

/// A name, at `span` of the text.
#[derive(Debug, Clone)]
struct Candidate {
    span: Span,
    /// Where its first mention starts (its variants' earliest once merged).
    first: usize,
    score: u32,
    mentions: u32,
    in_title: bool,
    /// Whether a mention is put on the receiving end of an attack (its pattern matched).
    attacked: bool,
}

/// A candidate among the strongest, as the variants of one name are merged.
struct Variant<'t> {
    c: Candidate,
    name: &'t str,
    /// Where its `org_words` are in the buffer that holds every candidate's.
    words: Range<usize>,
    /// The `word_bit` of each of those words: names whose bits are disjoint share no word.
    bits: u64,
    /// Whether its name may be an acronym of another ([`may_be_acronym`]).
    acronym: bool,
}

/// `after` (lowered text after a name) without an adverb before its verb
/// (`[leading-adverbs]`: "also appears to be" reads "appears to be") or between its auxiliary
/// and the verb (`[inner-adverbs]`: "were both hit" reads "were hit"); `None` when it has none.
fn without_inner_adverb(after: &str) -> Option<String> {
    // Asked after every name: the words are cut at a space byte (a `str` split runs a char
    // searcher).
    let (first, rest) = split_at_space(after)?;
    if LEADING_ADVERBS.contains(first) {
        return Some(rest.to_owned());
    }
    if !AUXILIARIES.contains(first) {
        return None;
    }
    let (adverb, verb) = split_at_space(rest)?;
    INNER_ADVERBS
        .contains(adverb)
        .then(|| format!("{first} {verb}"))
}

/// `s.split_once(' ')`, by a byte scan.
/// Whether `site` is `name` written as a web address: `name` and a domain suffix of letters
/// (".com", ".co.uk"), compared ignoring ASCII case.
fn site_of(site: &str, name: &str) -> bool {
    site.len() > name.len()
        && site.is_char_boundary(name.len())
        && site[..name.len()].eq_ignore_ascii_case(name)
        && site[name.len()..].strip_prefix('.').is_some_and(|tld| {
            tld.split('.').all(|label| {
                (2..=6).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_lowercase())
            })
        })
}

/// Whether the word before `span` is written with a capital after a space, so that `span`
/// ends a longer name.
fn ends_a_name(text: &str, span: Span) -> bool {
    text[..span.start].strip_suffix(' ').is_some_and(|before| {
        let w = last_word(before);
        w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with('.')
    })
}

fn split_at_space(s: &str) -> Option<(&str, &str)> {
    let space = s.bytes().position(|b| b == b' ')?;
    Some((&s[..space], &s[space + 1..]))
}

/// Whether a sector's words, ending a capitalised phrase, name a field of work or a thing
/// ("SaaS Defense", "Related Infrastructure", "Landing Pages Nuclear", "XMRig Miner", "Chaos
/// Communication Congress") as often as they end an organisation's name; the words of other
/// sectors end names of firms ("Vantor Freight Logistics", "Ortega Family Pharmacy").
fn ends_as_a_field(sector: Sector) -> bool {
    matches!(
        sector,
        Sector::Defense
            | Sector::Infrastructure
            | Sector::Nuclear
            | Sector::Technology
            | Sector::GovernmentNational
            | Sector::Mining
    )
}

/// Whether one of two names is a place and the other a longer name that opens with it
/// ("Atlanta" and "Atlanta Information Management", "Texas" and "Texas Children's Hospital"):
/// an organisation named after a place is not the place's government.
fn named_after_place(doc: &Doc<'_, '_>, a: &Candidate, b: &Candidate) -> bool {
    let (place, long) = if a.span.len() < b.span.len() {
        (a, b)
    } else {
        (b, a)
    };
    let text = doc.text;
    let name = &text[place.span.start..place.span.end];
    text[long.span.start..long.span.end]
        .strip_prefix(name)
        .is_some_and(|rest| rest.starts_with(' '))
        && doc.hits_overlapping(place.span).any(|h| {
            matches!(h.kind, HitKind::Country { .. })
                && h.start == place.span.start
                && h.end == place.span.end
        })
}

/// Builds the reported incident from the non-past sentences of `doc`.
pub(crate) fn main_incident(
    doc: &Doc<'_, '_>,
    analysis: &Analysis,
    state_deed: bool,
    actor_countries: &[Country],
    software: &[Software],
    actor_names: &[Span],
) -> Incident {
    let past = &analysis.past;
    let text = doc.text;
    let Kinds {
        firm: mut types,
        mut once,
    } = types(doc, past);
    // A state's group behind an intrusion: spying told once is what it did, beside the kinds
    // the lead says.
    if state_deed
        && !types.is_empty()
        && let Some(k) = once.iter().position(|t| *t == IncidentType::Espionage)
        && spying_told(doc, past, actor_names)
    {
        types.push(once.remove(k));
    }
    let mut incident = Incident {
        context: false,
        types,
        victims: Vec::new(),
        sectors: Vec::new(),
        countries: Vec::new(),
        when: when(doc, past),
        attribution: analysis.main.clone(),
    };
    if disclosure(doc, past, &incident.types) {
        // A flaw disclosed or patched: no one was attacked, whoever the text names. Every
        // candidate would be dropped and the incident returned with its kinds and date
        // alone: the names are not read (nothing read below is kept in the doc for anyone
        // else).
        return incident;
    }
    // An article names some organisations: room for sixteen is made at once rather than by
    // growing (and copying, and rehashing) step by step. Not more: a block of over 1 KiB
    // (the map for 32 names is 1.6 KiB) takes glibc's slow path, which cost more per article
    // than the growth it spared.
    let mut candidates: Vec<Candidate> = Vec::with_capacity(16);
    // Candidates by their name in lower case: a key is allocated per distinct name only, and
    // only where the text has no lower-case copy to borrow it from (most text has one).
    let mut exact: HashMap<Cow<'_, str>, usize, foldhash::fast::RandomState> =
        HashMap::with_capacity_and_hasher(16, Default::default());
    let mut lowered = Lowered::within(text, doc.lowered());
    let mut spans = Vec::new();
    let mut patterns = Vec::new();
    for (i, _) in past.iter().enumerate().filter(|(_, was)| !**was) {
        let in_title = i == 0;
        let s = doc.sentences[i];
        // The site's name after the headline ("... - CyberScoop") is the publisher.
        let end = if in_title {
            s.start + site_suffix(doc.sentence_text(0)).unwrap_or(s.len())
        } else {
            s.end
        };
        // A heading is short; a long sentence is prose, whatever its capitals.
        let title_case = s.len() <= HEADING_MAX
            && is_title_case(&text[s.start..end])
            && (in_title || !opens_as_prose(&text[s.start..end]));
        spans.clear();
        patterns.clear();
        if title_case {
            // Every word of a Title Case headline (or of a sub-heading in the body) is
            // capitalised: names can't be told apart, but for the words before a verb or
            // noun of attack ("Acme Hacked by ...", "Acme Says Hackers Stole ...").
            if in_title {
                spans.extend(
                    title_case_victim(doc, end, &mut lowered)
                        .or_else(|| title_case_object(doc, end, &mut lowered)),
                );
                patterns.extend(spans.iter().map(|_| true));
            }
        } else {
            names(doc, i, &mut spans, &mut lowered);
            // "Rhysida, which hit the airport in 2024, ...": a name in a relative clause about
            // earlier activity is no victim of the reported incident.
            spans.retain(|span| span.start < end && !doc.aside_is_past(span.start));
            let attack_sentence = doc
                .cues_in(i)
                .iter()
                .any(|c| c.cue == Cue::Attack || matches!(c.cue, Cue::Type(_)));
            patterns.extend(spans.iter().map(|&span| {
                // "breached Seoul unification think tank", "the attack on Odesa grain
                // terminal": a place before a kind in lower case describes what was attacked.
                if place_as_modifier(doc, span) {
                    return false;
                }
                let before = text_before(text, s.start, span.start, &mut lowered);
                // "Phishing emails were sent to staff at X": its people stand for it.
                let members = attack_sentence && of_its_members(before);
                let locative = before.ends_with(" in");
                let owner = owns_asset(before);
                // "access to a water station operated by X", "the farm, operated by X": in a
                // sentence of attack, what X runs was reached.
                let operator = attack_sentence && OPERATED_BY.matched_by(before);
                // "sites it said it had targeted, among them those of X, Y and Z": a list set
                // off right after the deed names what it reached.
                let listed_after_deed = |before: &str| {
                    [
                        ", among them those of",
                        ", among them",
                        ", including those of",
                    ]
                    .iter()
                    .find_map(|w| before.strip_suffix(w))
                    .is_some_and(|deed| {
                        attacked_before(deed) || reported_pluperfect(deed, &text[s.start..s.end])
                    })
                };
                if attacked_before(before)
                    || reported_pluperfect(before, &text[s.start..s.end])
                    || listed_after_deed(before)
                    || listed_as_victim(before, &text[span.end..s.end])
                    || named_among_victims(before, text, s.start, span.start)
                    || SERVED_BEFORE.matched_by(before) && tells_of_outage(text, s, span)
                    || span.start - s.start > SHORT_BEFORE
                        && (before.ends_with(" from")
                            || before.ends_with(" of")
                            || before.ends_with(" at")
                            || KIND_NOUNS.contains(last_word(before)))
                        && attacked_far_before(text, s.start, span.start)
                {
                    return true;
                }
                // An appositive stands between a name and its verb: "Acme Health, a network
                // that runs two hospitals, said it was hit".
                // So does its place: "Acme Hospital in Salem, Oregon, was hit".
                // A name that ends on an abbreviation ("Naniwa Seiki Co.", "Acme S.A.") keeps
                // its full stop, which ended no sentence.
                let name_end = if text[span.end..s.end].starts_with('.') {
                    span.end + 1
                } else {
                    span.end
                };
                // So does the kind it names: "the Rivierenland water board said it was hit".
                let verb_at = appositive_end(text, name_end, s.end)
                    .or_else(|| locative_end(text, name_end, s.end))
                    .or_else(|| set_off_end(text, span, s))
                    .or_else(|| kind_end(text, name_end, s.end))
                    .unwrap_or(name_end);
                // A list set off by dashes ends before its verb: "– M1, Singtel and StarHub –
                // have been the target".
                let after = text_after(text, verb_at, s.end, &mut lowered);
                let after = after
                    .strip_prefix(['–', '—'])
                    .map_or(after, str::trim_start);
                // "X and Y were both hit", "X was reportedly hacked": the verb read without
                // the adverb inside it.
                let plain = without_inner_adverb(after);
                let after = plain.as_deref().unwrap_or(after);
                // "X has confirmed a data breach": a victim's verb read past its auxiliary.
                // Only verbs the victim says or undergoes: "X has hacked Y" is the attacker's
                // perfect, and "X has detected" a vendor's as often.
                let verb = ["has ", "have "]
                    .iter()
                    .find_map(|aux| after.strip_prefix(aux))
                    .filter(|v| {
                        PERFECT_VERBS.contains(
                            v.split(|c: char| !c.is_ascii_alphabetic())
                                .next()
                                .unwrap_or(""),
                        )
                    })
                    .unwrap_or(after);
                // "X said it was monitoring the situation" is a bystander speaking; "the
                // Charity Commission said it had been notified", "the National Cybersecurity
                // Agency said it was supporting the hospital" one that oversees or helps
                // others, which is the victim only where it says it was attacked itself.
                // An acronym is read by the name it stands for ("the Data Protection
                // Commission (DPC)" ... "the DPC said").
                // A name the gazetteer knows as an agency ("Security Service of Ukraine") is
                // one too, whatever its words.
                let overseer = || {
                    oversees_or_serves(&text[span.start..span.end])
                        || expansion(text, span).is_some_and(oversees_or_serves)
                        || spelled_out(text, span).is_some_and(oversees_or_serves)
                        || known_agency(doc, span)
                        || introduced_as_overseer(text, s.start, span)
                        || described_as_overseer(text, span, s)
                        || first_mention(doc, span).is_some_and(|(floor, first)| {
                            introduced_as_overseer(text, floor, first)
                                || described_as_overseer(
                                    text,
                                    first,
                                    doc.sentences[doc.sentence_at(first.start)],
                                )
                        })
                };
                let says_of_itself = || {
                    (AFTER_NAME_SPEECH.matched_by(after)
                        || AFTER_NAME_SPEECH.matched_by(verb)
                        || said_on_a_day_of_itself(after))
                        && (!overseer() || says_it_was_attacked(after))
                };
                let shutdown = attack_sentence && shuts_down(after);
                let disrupted = attack_sentence && disrupted_by_attack(doc, i, verb_at, after);
                let had_the = had_the_rest(after).is_some();
                let pays = PAYMENT_VERBS.contains(before_byte(past_auxiliary(after), b' '));
                (AFTER_NAME.matched_by(after) || AFTER_NAME.matched_by(verb) || says_of_itself())
                    && !bystander_speech(after)
                    // "Two websites of the summit in Ankara were defaced": the place of a
                    // locative is not the passive's subject.
                    || PASSIVE_AFTER.matched_by(after) && !locative
                    || owner && ASSET_PASSIVE_AFTER.matched_by(after)
                    || had_its_attacked(after)
                    || relative_clause_of_attack(after)
                    // The longer window after a name is lowered only where a verb of saying
                    // opens the short one.
                    // So does a relative clause of saying after it (", which said ..."),
                    // after the name's appositive or where the name is an organisation's by
                    // its head word, not a place the clause may follow ("offices in Perth and
                    // Joondalup, which said").
                    || speech_verb_after(relative_speech(after)).is_some()
                        && (speech_verb_after(after).is_some()
                            || verb_at > name_end
                            || organisation_head(&text[span.start..span.end]))
                        && {
                        let spoken = relative_speech(text_after_within(
                            text,
                            verb_at,
                            s.end,
                            SPOKEN_REACH,
                            &mut lowered,
                        ));
                        // "X says intruders downloaded files": whoever it says the intruders
                        // are tells of an incident, in whatever words; "its" and "our" only
                        // in a sentence of attack. A body that oversees or serves others
                        // tells of their incidents ("the Security Service said the attack
                        // was carried out by ...") unless it says it was attacked.
                        let own = !overseer() || says_it_was_attacked(spoken);
                        let told = tells_of_intruders(spoken)
                            || attack_sentence && speaks_of_its_own(spoken);
                        // "X said files containing names, account numbers and loan
                        // documents for 18,000 members had been downloaded": a long list
                        // of what was taken puts its passive past the window, and is read
                        // further (where the sentence goes on past the window).
                        own && (told || s.end - verb_at > SPOKEN_REACH && {
                            let far = text_after_within(
                                text,
                                verb_at,
                                s.end,
                                TAKEN_REACH,
                                &mut lowered,
                            );
                            speech_verb_after(relative_speech(far)).is_some_and(|said| {
                                let clause = before_either(
                                    said.strip_prefix("that ").unwrap_or(said),
                                    b'.',
                                    b';',
                                );
                                passive_taking(clause) || people_affected(clause)
                            })
                        })
                    }
                    // "X had the servers of its grain units encrypted": what is its is
                    // named further on.
                    || had_the && {
                        let wider = text_after_within(text, verb_at, s.end, 96, &mut lowered);
                        had_the_its_attacked(wider)
                    }
                    // "X has shut down most of its IT systems": read further than the
                    // short window where the verb opens it.
                    || shutdown && {
                        let wider = text_after_within(text, verb_at, s.end, 64, &mut lowered);
                        shut_its_own(wider)
                    }
                    || disrupted
                    // "X wired $3.2 million to criminals": the payer of a fraud was its
                    // victim. The amount makes the window a long one, read where a verb of
                    // paying opens it.
                    || pays && {
                        let wider = text_after_within(text, verb_at, s.end, 64, &mut lowered);
                        paid_to_fraud(wider)
                    }
                    || attack_sentence && described_by_kind(doc, i, span)
                    || members
                    || operator
                    || fronted_clause_of_attack(text, s.start, span, &mut lowered)
            }));
            // A list shares a member's pattern with the others: with none matched, or all,
            // sharing changes nothing (most sentences put no name on the receiving end).
            if patterns.contains(&true) && patterns.contains(&false) {
                share_along_lists(text, &spans, &mut patterns);
            }
        }
        for (&span, &pattern) in spans.iter().zip(&patterns) {
            let name = &text[span.start..span.end];
            // A body that oversees or responds to others' incidents is named often in their
            // stories: its head word counts for it only where a pattern does.
            // A legal form ends only a company's name ("Kestrel Fracht GmbH", "Harrowgate
            // Capital LLC"): it is as good a head as "Bank" or "Council".
            // Not a form alone, nor forms only ("SA", "Holdings, LLC").
            let form = || {
                let name = name.trim_end_matches('.');
                let (rest, last) = rsplit_once_space(name).unwrap_or(("", name));
                legal_form(last.trim_start_matches(','))
                    && !rest.is_empty()
                    && !legal_form(before_byte(rest, b' ').trim_end_matches(','))
            };
            // So does a word of a sector that ends the name ("Vantor Freight Logistics",
            // "Helmsworth Reinsurance"): the name says what kind of organisation it is. Not
            // the sectors whose words name a field as often as a firm (`ends_as_a_field`).
            let sector_last = || {
                doc.hits_overlapping(span).any(|h| {
                    h.end == span.end
                        && h.start > span.start
                        && matches!(h.kind, HitKind::Sector(s) if !ends_as_a_field(s))
                })
            };
            let head = (any_word(name, |w| ORG_HEAD_WORDS.contains_ascii_lowercase(w))
                || form()
                || sector_last())
                && (pattern || !oversees(name));
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
            let kept = lowered.of_in_text(name);
            let key = match kept {
                Some(key) => key,
                None => lowered.of(name),
            };
            match exact.get(key).copied() {
                Some(k) => {
                    let c: &mut Candidate = &mut candidates[k];
                    c.score += score;
                    c.mentions += 1;
                    c.in_title |= in_title;
                    c.attacked |= pattern;
                }
                None => {
                    let key = kept.map_or_else(|| Cow::Owned(key.to_owned()), Cow::Borrowed);
                    exact.insert(key, candidates.len());
                    candidates.push(Candidate {
                        span,
                        first: span.start,
                        score,
                        mentions: 1,
                        in_title,
                        attacked: pattern,
                    });
                }
            }
        }
    }
    // Merge the variants of one name ("Ministry of the Interior", "Interior Ministry") among
    // the strongest candidates only, so the cost stays bounded.
    candidates.sort_by(|a, b| b.score.cmp(&a.score).then(a.span.start.cmp(&b.span.start)));
    candidates.truncate(32);
    // Each name's words are found once rather than for each of the pairs compared.
    let mut words = Vec::with_capacity(4 * candidates.len());
    let mut merged: Vec<Variant<'_>> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let name = &text[c.span.start..c.span.end];
        let from = words.len();
        org_words(name, &mut words);
        let c = Variant {
            name,
            words: from..words.len(),
            bits: words[from..].iter().fold(0, |bits, w| bits | word_bit(w)),
            acronym: may_be_acronym(name),
            c,
        };
        let found = merged.iter_mut().find(|m| {
            // Most pairs share no word, which their bits tell without comparing words.
            m.bits & c.bits != 0
                && same_org(&words[m.words.clone()], &words[c.words.clone()])
                && !named_after_place(doc, &m.c, &c.c)
                || c.acronym && acronym_of(c.name, m.name)
                || m.acronym && acronym_of(m.name, c.name)
        });
        match found {
            Some(m) => {
                m.c.score += c.c.score;
                m.c.mentions += c.c.mentions;
                m.c.attacked |= c.c.attacked;
                m.c.first = m.c.first.min(c.c.first);
                // The fullest form names it best ("Northwind Health Services Inc" over
                // "Health Services"); the headline's form breaks ties. A web address of the
                // name ("GameStop.com" beside "GameStop") names the organisation's site: the
                // name itself is kept.
                let fuller = c.c.span.len() > m.c.span.len() && !site_of(c.name, m.name)
                    || site_of(m.name, c.name);
                if fuller || c.c.span.len() == m.c.span.len() && c.c.in_title && !m.c.in_title {
                    m.c.span = c.c.span;
                    m.c.in_title = c.c.in_title;
                    m.name = c.name;
                    m.words = c.words;
                    m.bits = c.bits;
                    m.acronym = c.acronym;
                }
            }
            None => merged.push(c),
        }
    }
    let mut candidates: Vec<Candidate> = merged.into_iter().map(|m| m.c).collect();
    // From the doc's lower case where it has one, without a copy.
    let title = doc.sentences.first().map_or(Cow::Borrowed(""), |s| {
        doc.lowered().map_or_else(
            || Cow::Owned(text[s.start..s.end].to_lowercase()),
            |lower| Cow::Borrowed(&lower[s.start..s.end]),
        )
    });
    // Whether the headline holds each organisation head word asked about so far, so a long
    // name of repeated heads does not search a long headline for each.
    let mut in_title: Vec<(&[u8], bool)> = Vec::new();
    let mut title_holds = |head: &'static [u8]| match in_title.iter().find(|(h, _)| *h == head) {
        Some(&(_, holds)) => holds,
        None => {
            let found = holds(title.as_bytes(), head);
            in_title.push((head, found));
            found
        }
    };
    // The headline often names the victim by its kind ("school district", "hospital"): by
    // the name's own head, the last kind in it before any "of", not a kind it is named after
    // ("Credit union hit" is not the "National Credit Union Administration"). "Group", "Inc"
    // and their like are no kind ("Acme Hospital Group" is a hospital's), nor the heads of
    // `[bare-heads]` ("Acme County Government", "Acme Police Department"). The kind is the
    // first named in the body (and those named in the same sentence, or put on the receiving
    // end of an attack): another of that kind named later comments on it ("the Central Bank
    // of Bahrain said"). A kind the headline names bare ("Durban hospital") is not the first.
    let heads: Vec<Option<(&'static [u8], usize)>> = candidates
        .iter()
        .map(|c| {
            own_head(lowered.of(&text[c.span.start..c.span.end]))
                .filter(|&h| title_holds(h))
                .map(|h| (h, doc.sentence_at(c.first)))
        })
        .collect();
    // Nor is a body that responds to others' incidents ("Indonesia's cyber agency says ...")
    // that kind, unless put on the receiving end: one known as an agency, or one of
    // `[responder-words]` ("the National Cybersecurity Agency"). (Not the police, whose own
    // systems are attacked in the news as often as they arrest.)
    let responder = |c: &Candidate| {
        any_word(&text[c.span.start..c.span.end], |w| responder_word(w))
            || known_agency(doc, c.span)
    };
    for (c, head) in candidates.iter_mut().zip(&heads) {
        if let Some((h, at)) = *head
            && (c.attacked
                || !responder(c)
                    && !heads
                        .iter()
                        .flatten()
                        .any(|&(k, j)| k == h && 0 < j && j < at))
        {
            c.score += 2;
        }
        c.score += c.mentions.saturating_sub(1).min(2);
    }
    // A name that the text never puts on the receiving end but that issues an alert, a
    // patch or a report is a source, however often it is named ("the Revenue Agency issued
    // a warning").
    candidates.retain(|c| {
        c.score >= 3
            && !lone_kind(&text[c.span.start..c.span.end])
            && (c.attacked || !advises(doc, c.span, &mut lowered))
    });
    // A title of a work (in a short quotation, or before "film", "series") and the name of
    // malicious code (before "malware", "botnet") are no organisations; a name the text gives
    // a crew of attackers ("the NullCrane hacking group stole ...") is the attacker's, unless
    // the text also puts it on the receiving end ("tools stolen from the Equation Group").
    candidates.retain(|c| {
        !quoted(doc, c.span)
            && !work_title(doc.text, c.span)
            && !malware_name(doc.text, c.span)
            && (!overlaps_any(actor_names, c.span) || on_the_receiving_end(doc, c.span))
    });
    // The analysts of the attack are named like its victims; only the few candidates left are
    // read for it.
    // Not one that tells of intruders in its own systems ("Security company Acme said
    // attackers accessed its ticketing system"): an analyst may be the victim.
    candidates.retain(|c| {
        !(names::analyst(doc, c.span, &text[c.span.start..c.span.end], &mut lowered)
            || c.mentions > 1 && analyst_elsewhere(doc, c.span, &mut lowered))
            || {
                let s = doc.sentences[doc.sentence_at(c.span.start)];
                // Past its description ("Acme Labs, the company that operates the bridge,
                // said attackers ...").
                let from = appositive(&text[c.span.end..s.end])
                    .and_then(|phrase| {
                        let close = appositive_close(phrase, 2 * SPOKEN_REACH)?;
                        Some(s.end - phrase.len() + close + 1)
                    })
                    .unwrap_or(c.span.end);
                let spoken = text_after_within(text, from, s.end, SPOKEN_REACH, &mut lowered);
                tells_of_intruders(spoken) && speaks_of_its_own(spoken)
            }
    });
    // The malware the text names attacked; it was not attacked ("WannaCry"). A product is
    // named after its maker, who may be the victim ("TeamViewer says ...").
    candidates.retain(|c| {
        let at = doc.abs(c.span);
        !software
            .iter()
            .filter(|s| s.kind == SoftwareKind::Malware)
            .flat_map(|s| &s.mentions)
            .any(|m| m.span.start < at.end && at.start < m.span.end)
    });
    candidates.retain(|c| {
        !names::not_an_organisation(doc, c.span, &text[c.span.start..c.span.end], &mut lowered)
    });
    // "Acme said its own systems were not affected": a party that says it was not reached is
    // no victim, however its name or its data figure in the story.
    candidates.retain(|c| !disclaims(text, &text[c.span.start..c.span.end]));
    // A body that regulates, polices or responds to others' incidents ("CNIL fines Orbitel",
    // "reported to the Data Protection Commission", "Sao Paulo police arrest ...") is named
    // as often as the victim, in the headline too; it is a victim only where a mention is put
    // on the receiving end.
    candidates.retain(|c| c.attacked || !oversees(&text[c.span.start..c.span.end]));
    // "Hackers exploit Veridian Gateway flaw", "a vulnerability in the MailNest webmail
    // platform": what holds the flaw is a product, its maker no victim for it, unless the
    // text puts it on the receiving end.
    // Only a text that names a flaw is read for it.
    if doc.cues.iter().any(|c| c.cue == Cue::Flaw) {
        candidates.retain(|c| c.attacked || !holds_a_flaw(doc, c.span));
    }
    candidates.sort_by(|a, b| b.score.cmp(&a.score).then(a.span.start.cmp(&b.span.start)));
    candidates.truncate(5);
    // The outlet that reports a claim names itself saying it could not verify it.
    candidates.retain(|c| c.attacked || !publisher(text, &text[c.span.start..c.span.end]));
    // "Durban hospital", "Zurich company": a place or a word before a kind in lower case
    // describes a victim; where the text names one, the description is that victim's.
    if candidates
        .iter()
        .any(|c| !description(&text[c.span.start..c.span.end]))
    {
        candidates.retain(|c| !description(&text[c.span.start..c.span.end]));
    }

    for c in &candidates {
        let v = victim(doc, c, actor_countries, actor_names);
        for s in &v.sectors {
            push(&mut incident.sectors, *s);
        }
        if let Some(country) = v.country {
            push(&mut incident.countries, country);
        }
        incident.victims.push(v);
    }
    // A named victim of an attack the lead gives no kind to: the kinds said once later on,
    // else a break-in ("Acme hit by cyberattack", "the hack of Acme").
    if incident.types.is_empty() && !incident.victims.is_empty() {
        if !once.is_empty() {
            incident.types = once;
        } else if (0..doc.sentences.len().min(3)).any(|i| !past[i] && doc.has_cue(i, Cue::Attack)) {
            incident.types.push(IncidentType::Breach);
        }
    }
    // Data taken from a named victim was taken from inside it.
    if incident.types == [IncidentType::DataTheft] && !incident.victims.is_empty() {
        incident.types.insert(0, IncidentType::Breach);
    }
    if incident.victims.is_empty() && disclosure(doc, past, &incident.types) {
        return incident;
    }
    targets(
        doc,
        past,
        actor_countries,
        actor_names,
        &mut incident,
        &mut lowered,
    );
    described_places(
        doc,
        past,
        actor_countries,
        actor_names,
        &mut incident,
        &mut lowered,
    );
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
    // A named victim in a story that names places of one country only, not the attackers',
    // and some by a state or a city: a local story places itself once ("the Ohio Attorney
    // General's office", "Victoria Police"). A country's name alone is as often the
    // attackers' origin or an aside.
    if incident.countries.is_empty() && !incident.victims.is_empty() {
        let mut only = None;
        let mut one = true;
        let mut local = false;
        for i in (0..doc.sentences.len()).filter(|&i| !past[i]) {
            for h in doc.hits_in(i) {
                if let HitKind::Country { country, form } = h.kind
                    && !actor_countries.contains(&country)
                    && !attacker_side(doc, Span::new(h.start, h.end))
                {
                    // A city's name at the end of a longer name is that name's ("Hurricane
                    // Florence").
                    if form == CountryForm::City && ends_a_name(doc.text, Span::new(h.start, h.end))
                    {
                        continue;
                    }
                    one &= only.is_none_or(|c| c == country);
                    only = Some(country);
                    local |= matches!(form, CountryForm::State | CountryForm::City);
                }
            }
        }
        if let Some(c) = only.filter(|_| one && local) {
            push(&mut incident.countries, c);
        }
    }
    // A dateline ("WELLINGTON — The attackers ...") places the story, and a named victim of
    // it, where it is told from, unless that is the attackers' country.
    if !incident.victims.is_empty()
        && let Some(c) = dateline_country(doc)
        && !actor_countries.contains(&c)
    {
        push(&mut incident.countries, c);
    }
    // "Critical infrastructure" is a description, not a sector, when the text is more precise;
    // so is "government" beside a level of government.
    if incident.sectors.len() > 1 {
        incident.sectors.retain(|s| *s != Sector::Infrastructure);
    }
    if incident
        .sectors
        .iter()
        .any(|&s| s.is_government() && s != Sector::Government)
    {
        incident.sectors.retain(|s| *s != Sector::Government);
    }
    incident
}

/// The country of the place a dateline names: capitals opening the body, then a dash ("TOKYO
/// —", "SOUTH BEND, Ind. –", "LONDON (Reuters) -"), the place before any comma looked up
/// whole in the gazetteer.
fn dateline_country(doc: &Doc<'_, '_>) -> Option<Country> {
    let s = doc.sentences.get(1)?;
    // Most bodies open on a word in lower case after its capital: nothing more is read.
    let mut first = doc.text[s.start..s.end].chars();
    if !(first.next()?.is_uppercase() && first.next()?.is_uppercase()) {
        return None;
    }
    let end = super::last_boundary(doc.text, s.start, (s.start + 64).min(s.end));
    let opening = &doc.text[s.start..end];
    let dash = [" \u{2014} ", " \u{2013} ", " -- ", " - "]
        .iter()
        .filter_map(|d| super::ascii::find_str(opening, d))
        .min()?;
    let place = opening[..dash].split(" (").next()?;
    let place = place.split(',').next()?.trim();
    let capitals = place.chars().any(char::is_alphabetic)
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\''));
    if !capitals || place.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    doc.g.country(place)
}

/// Whether the name at `span` is followed (past an appositive or its place) by a verb of
/// advising or reporting (`[advisory-after]`: "the IRS warned", "Acme released a patch").
fn advises(doc: &Doc<'_, '_>, span: Span, lowered: &mut Lowered) -> bool {
    let text = doc.text;
    let s = doc.sentences[doc.sentence_at(span.start)];
    let verb_at = appositive_end(text, span.end, s.end)
        .or_else(|| locative_end(text, span.end, s.end))
        .unwrap_or(span.end);
    let after = text_after(text, verb_at, s.end, lowered);
    // A name set off after its kind ("the vendor, ShareWell GmbH, published a patch"): the
    // verb follows the comma that closes it.
    let after = match after.strip_prefix(", ") {
        Some(rest) if text[..span.start].ends_with(", ") => rest,
        _ => after,
    };
    ADVISORY_AFTER.matched_by(after)
}

/// What stands for all of an organisation's own systems or what it sells after "its" in a
/// disclaimer ("its systems", "its network", "its platform", "its own ..."): a part named
/// with a qualifier ("its food safety systems") is not all of them.
const WHOLE_ASSETS: &[&str] = &[
    "own",
    "systems",
    "system",
    "network",
    "networks",
    "servers",
    "infrastructure",
    "environment",
    "environments",
    "platform",
    "platforms",
    "service",
    "services",
    "products",
    "software",
];

/// Whether the text has the organisation named `name` (or by its first word, "Acme" for "Acme
/// Biotech") say that its own systems were not reached: a verb of saying, then "its", a word
/// of [`WHOLE_ASSETS`] and a negated verb of attack ("Acme said its own systems were not
/// affected", "Acme says its network was not breached"), or "it" and a word of not being
/// affected or of no disruption ("Acme tells us it is not affected", "it had seen no
/// disruption").
fn disclaims(text: &str, name: &str) -> bool {
    const REACH: usize = 72;
    let first = before_byte(name, b' ');
    if first.len() < 3 {
        return false;
    }
    find_apart(text.as_bytes(), first.as_bytes())
        .take(8)
        .any(|at| {
            let rest = &text[at + first.len()..];
            let rest = rest.strip_prefix(&name[first.len()..]).unwrap_or(rest);
            let end = super::last_boundary(rest, 0, rest.len().min(REACH));
            let Some(said) = speech_verb_after(rest[..end].trim_start_matches([',', ' '])) else {
                return false;
            };
            // "X tells us it is not affected": the pronoun spoken to is no part of what is said.
            let said = ["us ", "me "]
                .iter()
                .find_map(|p| said.strip_prefix(p))
                .unwrap_or(said);
            let said = said.strip_prefix("that ").unwrap_or(said);
            // Not "its operations were not affected", which a victim says of what it kept
            // running: only its own systems, set apart from another's, or systems not broken
            // into.
            let own = said.starts_with("its own ");
            let clause = before_any(said, b'.', b';', b',');
            // "X said it was not affected": the organisation itself, whole, was not.
            // So does "X said it had seen no disruption", "it had not noticed any disruption":
            // the disruption denied.
            let itself = said.starts_with("it ")
                && ([
                    " not affected",
                    " not been affected",
                    " unaffected",
                    " not impacted",
                ]
                .iter()
                .any(|v| clause.contains(v))
                    || (clause.contains(" no ") || clause.contains(" not "))
                        && clause.contains(" disruption"));
            // "its systems were not compromised" disclaims; "its food safety systems were not
            // compromised" sets a part apart from what was hit, as a victim does.
            let whole = said
                .strip_prefix("its ")
                .is_some_and(|rest| WHOLE_ASSETS.contains(&before_byte(rest, b' ')));
            itself
                || whole
                    && ((clause.contains(" not ") || clause.contains("n't "))
                        && [" breached", " compromised", " accessed"]
                            .iter()
                            .chain(if own {
                                &[" affected", " impacted"][..]
                            } else {
                                &[]
                            })
                            .any(|v| clause.contains(v))
                        || own && clause.contains(" unaffected"))
        })
}

/// Whether the lowered words after a name (its verb at `verb_at` in sentence `i`) open with
/// a verb of `[disruption-verbs]`, and "after", "following", "due to" or "because of" comes
/// later in the clause with an attack word right after it ("postponed planned operations
/// after a cyberattack encrypted ...").
fn disrupted_by_attack(doc: &Doc<'_, '_>, i: usize, verb_at: usize, after: &str) -> bool {
    let Some((verb, _)) = split_at_space(past_auxiliary(after)) else {
        return false;
    };
    if !DISRUPTION_VERBS.contains(verb) {
        return false;
    }
    let s = doc.sentences[i];
    let end = last_boundary(doc.text, verb_at, (verb_at + 128).min(s.end));
    let window = &doc.text[verb_at..end];
    let clause = before_either(window, b';', b'.');
    let Some(at) = [" after ", " following ", " due to ", " because of "]
        .iter()
        .filter_map(|w| find_str(clause, w).map(|k| k + w.len()))
        .min()
    else {
        return false;
    };
    let from = verb_at + at;
    // The attack word in the phrase right after, no comma between ("after a cyberattack",
    // "following a ransomware attack"; not "after a strike, while a cyberattack ...").
    doc.cues_in(i).iter().any(|c| {
        (c.cue == Cue::Attack || matches!(c.cue, Cue::Type(_)))
            && c.span.start >= from
            && c.span.start - from <= 24
            && !has_byte(&doc.text[from..c.span.start], b',')
    })
}

/// Whether the lowered words after a name open with a verb of `[shutdown-verbs]`, after an
/// auxiliary or none.
fn shuts_down(after: &str) -> bool {
    SHUTDOWN_VERBS.matched_by(past_auxiliary(after))
}

/// Whether the lowered words after a name say it shut down or took offline its own computers
/// ("has shut down most of its it systems", "took its servers offline"; `[shutdown-verbs]`,
/// then "its" or "their" and a word of `[assets]` within a few words).
fn shut_its_own(after: &str) -> bool {
    if !shuts_down(after) {
        return false;
    }
    let mut words = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(8)
        .skip_while(|w| !matches!(*w, "its" | "their"));
    words.next().is_some() && words.take(3).any(|w| ASSETS.contains(w))
}

/// Whether the lowered words after a name say it "had the" something "of its" attacked
/// ("had the servers of its grain receiving units encrypted"): the participle of
/// `[have-passive]` within a dozen words, after "of its" or "of their".
fn had_the_its_attacked(after: &str) -> bool {
    let Some(rest) = had_the_rest(after) else {
        return false;
    };
    let mut words = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(12)
        .peekable();
    let mut owned = false;
    while let Some(w) = words.next() {
        if w == "of" && words.peek().is_some_and(|n| matches!(*n, "its" | "their")) {
            owned = true;
        } else if owned && HAVE_PASSIVE.contains(w) {
            return true;
        }
    }
    false
}

/// The lowered words after "had the" (or "has had the") that open the words after a name.
fn had_the_rest(after: &str) -> Option<&str> {
    after
        .strip_prefix("has ")
        .unwrap_or(after)
        .strip_prefix("had the ")
}

/// Whether the lowered words after a name say it "had its" something attacked ("had its web
/// pages defaced", "has had their accounts hijacked"; `[have-passive]`).
fn had_its_attacked(after: &str) -> bool {
    let after = after.strip_prefix("has ").unwrap_or(after);
    let Some(rest) = ["had its ", "had their "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
    else {
        return false;
    };
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| HAVE_PASSIVE.contains(w))
}

/// Whether the name at `span` is the subject that a clause before it, set off by a comma,
/// says was attacked through a pronoun: "Nearly a week after it became the target of a
/// ransomware attack, the City of Atlanta ...", "After they were hit, Acme and Globex ...".
fn fronted_clause_of_attack(text: &str, floor: usize, span: Span, lowered: &mut Lowered) -> bool {
    let before = text[floor..span.start].trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
        .map_or(before, str::trim_end);
    let Some(clause) = before.strip_suffix(',') else {
        return false;
    };
    // The pronoun is the clause's subject: its first "it" or "they", within a few words; what
    // follows it is read as what follows a name. Most clauses before a name are list members'
    // commas, with no pronoun: only the words after one are lowered.
    // Split at space bytes: `str::split` set up a char searcher for every name after a comma.
    let mut at = 0;
    for word in clause.as_bytes().split(|&b| b == b' ').take(8) {
        if word.eq_ignore_ascii_case(b"it") || word.eq_ignore_ascii_case(b"they") {
            let rest = &clause[(at + word.len() + 1).min(clause.len())..];
            let rest = lowered.of(&rest[..last_boundary(rest, 0, rest.len().min(48))]);
            return PASSIVE_AFTER.matched_by(rest)
                || AFTER_NAME.matched_by(rest)
                || AFTER_NAME_SPEECH.matched_by(rest);
        }
        at += word.len() + 1;
    }
    false
}

/// Whether `span` shares a byte with one of `spans` (sorted, disjoint), in O(log n): of
/// those starting before `span` ends, the last reaches furthest.
fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let before_end = spans.partition_point(|s| s.start < span.end);
    before_end > 0 && spans[before_end - 1].end > span.start
}

/// Whether `span` lies inside one of `spans` (sorted, disjoint), in O(log n).
fn within_any(spans: &[Span], span: Span) -> bool {
    let after = spans.partition_point(|s| s.start <= span.start);
    after > 0 && spans[after - 1].contains(span)
}

/// Whether the name at `span` is followed by a noun that makes it the title of a work ("the
/// new Pirates of the Caribbean movie", `victims.txt [work-nouns]`).
fn work_title(text: &str, span: Span) -> bool {
    let after = text[span.end..].trim_start_matches(['’', '\'', '"', '”', ' ']);
    let word = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    !word.is_empty() && WORK_NOUNS.contains_ascii_lowercase(word)
}

/// Whether the name at `span` is followed by a noun of malicious code that makes it the code's
/// name or its platform ("Stealthy Mac malware", "the Grimlock botnet"), not an organisation
/// attacked; "the Acme ransomware attack" still names Acme (`victims.txt [code-nouns]`).
fn malware_name(text: &str, span: Span) -> bool {
    let mut words = text[span.end..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    CODE_NOUNS.contains_ascii_lowercase(first)
        && text[span.end..].starts_with(' ')
        && !words.next().is_some_and(|w| {
            ["attack", "attacks", "infection", "incident", "outbreak"]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
        })
}

/// Whether `span` stands inside a short quotation, such as a title in quotation marks
/// ("“Orange Is the New Black”"), or holds an opening quotation mark itself. A long quotation
/// is speech, which names victims as prose does.
fn quoted(doc: &Doc<'_, '_>, span: Span) -> bool {
    const SHORT: usize = 60;
    let text = doc.text;
    let name = &text[span.start..span.end];
    // One search per mark: a search for either decodes every character, one for a single
    // mark is a byte search.
    if name.contains('“') || name.contains('"') {
        return true;
    }
    let s = doc.sentences[doc.sentence_at(span.start)];
    let from = first_boundary(
        text,
        s.start.max(span.start.saturating_sub(SHORT)),
        span.start,
    );
    let before = &text[from..span.start];
    let Some(open) = before.rfind('“').max(before.rfind('"')) else {
        return false;
    };
    let open = from + open;
    let to = last_boundary(text, span.end, (open + SHORT).min(s.end).max(span.end));
    // The mark before is an opening one, and a closing one follows soon after the name.
    let opening = text[open..].starts_with('“')
        || text[..open].ends_with(|c: char| c.is_whitespace() || c == '(');
    let after = &text[span.end..to];
    opening && (after.contains('”') || after.contains('"'))
}

/// The longest sentence (in bytes) read as a possible Title Case heading.
const HEADING_MAX: usize = 240;

/// In a Title Case headline (up to `end`, where the site's name starts), the name just before
/// its verb or noun of attack ("Acme Forums
/// Hacked by ...", "Acme Attack Impacts ...", "Acme Says Hackers Stole ..."), when the text
/// below writes that name too. Common words between the name and the verb ("Acme Data
/// Breach") are passed over.
fn title_case_victim(doc: &Doc<'_, '_>, end: usize, lowered: &mut Lowered) -> Option<Span> {
    let s = doc.sentences[0];
    let headline = &doc.text[s.start..end];
    let words: Vec<(usize, &str)> = super::ascii::split_space_at(headline)
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let trigger = words.iter().enumerate().skip(1).find_map(|(k, &(at, w))| {
        let w = lowered.of(clean(w));
        let speech = HEADLINE_SPEECH.contains(w)
            && doc.cues_in(0).iter().any(|c| {
                (c.cue == Cue::Attack || matches!(c.cue, Cue::Type(_)))
                    && c.span.start > s.start + at
            });
        (HEADLINE_ATTACK.contains(w) || speech).then_some(k)
    })?;
    let mut end = trigger;
    while end > 0 && is_common(clean(words[end - 1].1)) {
        end -= 1;
    }
    // "Acme Ransomware Attack" names the malware, not its victim.
    if words[end..trigger].iter().any(|(_, w)| {
        let w = lowered.of(clean(w));
        w == "ransomware" || w == "malware"
    }) {
        return None;
    }
    let mut start = end;
    while start > 0 {
        let raw = words[start - 1].1;
        let w = clean(raw);
        let inner_digit = start < end && w.starts_with(|c: char| c.is_ascii_digit());
        let quoted = raw.contains(['"', '“', '”', '‘', '’']) && !raw.contains("’s");
        if !(is_name_word(w) || inner_digit) || is_common(w) || w.ends_with(':') || quoted {
            break;
        }
        start -= 1;
    }
    if start == end {
        return None;
    }
    let (from, first) = words[start];
    let (last_at, last) = words[end - 1];
    let first = clean(first);
    let from = from + (first.as_ptr() as usize - words[start].1.as_ptr() as usize);
    let last = clean(last);
    let to = last_at + (last.as_ptr() as usize - words[end - 1].1.as_ptr() as usize) + last.len();
    headline_name(doc, Span::new(s.start + from, s.start + to), lowered)
}

/// `span`, a name read in a Title Case headline, where the body names it too (its last word:
/// a name, not a headline's word) and [`keep`] keeps it.
///
/// A headline capitalises the description it puts before a name ("Market Research Firm
/// Acme", "Video Service Giant Acme"): the name starts after the noun of its kind
/// ([`after_kind_noun`]).
fn headline_name(doc: &Doc<'_, '_>, span: Span, lowered: &mut Lowered) -> Option<Span> {
    let span = after_kind_noun(&doc.text[span.start..span.end], lowered)
        .map_or(span, |from| Span::new(span.start + from, span.end));
    if demonym_and_kind(doc, span) {
        return None;
    }
    let name = &doc.text[span.start..span.end];
    let last = last_word(name);
    let body = &doc.text.as_bytes()[doc.sentences[0].end..];
    let named_below = holds(body, last.as_bytes());
    (named_below && keep(doc, 0, span, name, lowered)).then_some(span)
}

/// Whether a name read in a Title Case headline is a demonym or a country's name and kinds a
/// country has many of (`[common-kinds]`): "Japanese University", "Polish Banks" describe
/// the victim, which the body names.
fn demonym_and_kind(doc: &Doc<'_, '_>, span: Span) -> bool {
    let Some(place) = doc.hits_overlapping(span).find(|h| {
        h.start == span.start
            && matches!(
                h.kind,
                HitKind::Country {
                    form: CountryForm::Demonym | CountryForm::Name,
                    ..
                }
            )
    }) else {
        return false;
    };
    let rest = doc.text[place.end.min(span.end)..span.end].trim_start();
    !rest.is_empty() && split_space(rest).all(|w| COMMON_KINDS.contains_ascii_lowercase(w))
}

/// Where a Title Case `name` holds a description ending on a noun of its kind (`[kind-nouns]`)
/// before the name proper, the offset of the name: "Lab-Testing Firm Acme" gives Acme's. The
/// description has a word before its noun ("Giant Eagle", "Carrier Global" are names), and a
/// name follows that is more than a legal form ("Power Distribution Company Limited" is one
/// name). A description of an analyst ("Research Firm Acme Says Hackers ...") is left on the
/// name: the headline may have the analyst report its own breach, which a name that keeps its
/// description stays free to be.
fn after_kind_noun(name: &str, lowered: &mut Lowered) -> Option<usize> {
    let words: Vec<(usize, &str)> = super::ascii::split_space_at(name)
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let kind = (1..words.len().saturating_sub(1))
        .rev()
        .find(|&k| KIND_NOUNS.contains(lowered.of(words[k].1)))?;
    let rest = &words[kind + 1..];
    let from = rest[0].0;
    let analyst = ANALYST_BEFORE.matched_by(lowered.of(name[..from].trim_end()));
    (!analyst
        && !rest
            .iter()
            .all(|(_, w)| legal_form(w.trim_end_matches(['.', ',']))))
    .then_some(from)
}

/// The victim of a Title Case headline whose attackers act on it: the name right after a
/// verb of attack whose subject names attackers ("Nation-State Hackers Targeted UK Foreign
/// Office", "Ransomware Strikes Lab-Testing Firm Acme"; `[headline-transitive]`).
fn title_case_object(doc: &Doc<'_, '_>, end: usize, lowered: &mut Lowered) -> Option<Span> {
    let s = doc.sentences[0];
    let headline = &doc.text[s.start..end];
    let mut words = super::ascii::split_space_at(headline).map(|(at, w)| (s.start + at, w));
    // The subject, up to the verb: it must name attackers.
    let mut attackers = false;
    for (_, raw) in words.by_ref() {
        let w = lowered.of(clean(raw));
        if HEADLINE_TRANSITIVE.contains(w) {
            // A verb runs on to its object; "In Ransomware Attack, Where ..." is a noun.
            if !raw.ends_with(|c: char| c.is_alphanumeric()) {
                return None;
            }
            break;
        }
        attackers |= ATTACKER_NOUNS.contains(w) || CODE_NOUNS.contains(w);
    }
    if !attackers {
        return None;
    }
    // The object: the name words that follow, to the first common word or punctuation.
    let mut span: Option<Span> = None;
    for (at, raw) in words {
        let w = clean(raw);
        if !is_name_word(w) || is_common(w) {
            break;
        }
        let from = at + (w.as_ptr() as usize - raw.as_ptr() as usize);
        let here = Span::new(from, from + w.len());
        span = Some(span.map_or(here, |sp| Span::new(sp.start, here.end)));
        if !raw.ends_with(w) {
            break;
        }
    }
    headline_name(doc, span?, lowered)
}

/// The sector of a widely known organisation named as the victim ("Yahoo", "FedEx Corp"),
/// from the `sector ...` lists of `data/victims.txt`: the longest entry that the name equals
/// or begins with, as whole words.
fn known_organisation_sector(name: &str) -> Option<Sector> {
    static TABLE: OnceLock<Household<Sector>> = OnceLock::new();
    household(name, TABLE.get_or_init(|| household_table("sector ")))
}

/// The sector a word of a victim's name says it has ("Waiharo Water", "Kestrel Health"),
/// from the `name-word ...` lists of `data/victims.txt`, as [`known_organisation_sector`].
fn name_word_sector(name: &str) -> Option<Sector> {
    static TABLE: OnceLock<Household<Sector>> = OnceLock::new();
    household(name, TABLE.get_or_init(|| household_table("name-word ")))
}

/// The country of a widely known organisation named as the victim ("the CIA", "Netflix"),
/// from the `home ...` lists of `data/victims.txt`, as [`known_organisation_sector`].
fn known_organisation_country(name: &str) -> Option<Country> {
    static TABLE: OnceLock<Household<Country>> = OnceLock::new();
    household(name, TABLE.get_or_init(|| household_table("home ")))
}

/// A table of household names with their values, longest first, in one bucket per first
/// byte: a name is compared only with the entries that start as it does, where a scan of the
/// whole table, at each of its words, compared the first byte of thousands.
type Household<T> = Vec<Vec<(&'static str, T)>>;

/// The entries of every list of `data/victims.txt` whose class is `prefix` and a value ("sector
/// retail", "home US"), with that value, longest first.
fn household_table<T: std::str::FromStr + Copy>(prefix: &str) -> Household<T> {
    let mut t: Vec<(&'static str, T)> = lexicon::vocabulary()
        .lists()
        .filter_map(|(class, words)| {
            let value: T = class.strip_prefix(prefix)?.parse().ok()?;
            Some(words.iter().map(move |w| (*w, value)))
        })
        .flatten()
        .collect();
    t.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    // Each bucket keeps the order of the whole (a stable split), so the first entry a name
    // matches in it is the one the whole table would give. No entry is empty (a data file's
    // blank lines are skipped).
    let mut by_first: Household<T> = vec![Vec::new(); 256];
    for (w, value) in t {
        if let Some(&first) = w.as_bytes().first() {
            by_first[usize::from(first)].push((w, value));
        }
    }
    by_first
}

/// The value of the longest household name of `table` that `name` equals or begins with, as
/// whole words, or that starts at a later word of it ("Walt Disney").
fn household<T: Copy>(name: &str, table: &Household<T>) -> Option<T> {
    let lower = name.to_lowercase();
    let word_starts = std::iter::once(0).chain(lower.match_indices(' ').map(|(at, _)| at + 1));
    let found = |from: usize| {
        let tail = &lower[from..];
        let &first = tail.as_bytes().first()?;
        table[usize::from(first)].iter().find_map(|&(w, value)| {
            let rest = tail.strip_prefix(w)?;
            (rest.is_empty() || rest.starts_with([' ', ',', '\'', '’', '('])).then_some(value)
        })
    };
    // The longest entry at the first word that starts one.
    word_starts.map(found).find(Option::is_some).flatten()
}

/// Whether a text that [`is_title_case`] reads as prose: its first lower-case word that a
/// heading would not leave so (`[heading-lower]`) is among its first three words or is an
/// auxiliary ("Hackers hit ...", "Acme Fine Foods was hacked ..."). A heading glued to the
/// sentence after it goes on in capitals ("Acme Hit By Hackers The firm said ...").
fn opens_as_prose(text: &str) -> bool {
    text.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .enumerate()
        .find(|(_, w)| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && !HEADING_LOWER.contains(w)
        })
        .is_some_and(|(i, w)| i < 3 || AUXILIARIES.contains(w))
}

/// Whether three quarters of the words (split at white space) longer than three bytes, and at
/// least three, start with a capital.
fn is_title_case(title: &str) -> bool {
    let (mut words, mut caps) = (0, 0);
    // Asked of every short sentence: bytes are read as bytes, and only a non-ASCII character
    // is decoded, to know whether it is white space (`split_whitespace` decoded every one).
    let bytes = title.as_bytes();
    // A word starts with a capital only at an ASCII capital or a non-ASCII byte. Prose has
    // few: counted first (a loop the compiler runs on vectors), less those of the words
    // read so far they bound the capitalised words still to come, which ends the reading of
    // most prose after a few words. Each chunk of 255 bytes is counted in a byte, which
    // cannot overflow and vectorises sixteen bytes at a time (a wider count, four).
    let capitals: usize = bytes
        .chunks(255)
        .map(|chunk| {
            let count = chunk.iter().fold(0u8, |n, &b| {
                n.wrapping_add(u8::from(b.is_ascii_uppercase() || !b.is_ascii()))
            });
            usize::from(count)
        })
        .sum();
    if capitals < 3 {
        return false;
    }
    let mut word = 0;
    let mut at = 0;
    while at <= bytes.len() {
        // The bytes of a word up to the next that may end it (white space is at or below the
        // space, or not ASCII) are passed over in a tighter loop: they would change nothing.
        at += to_space_or_other(&bytes[at..]);
        let (space, width) = match bytes.get(at) {
            None => (true, 1),
            // `char::is_whitespace` of ASCII: the space, and tab to carriage return (with
            // the vertical tab, which `u8::is_ascii_whitespace` leaves out).
            Some(&b) if b.is_ascii() => (b == b' ' || (b'\t'..=b'\r').contains(&b), 1),
            Some(_) => title[at..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        };
        if space {
            if at - word > 3 {
                words += 1;
                if title[word..at].starts_with(char::is_uppercase) {
                    caps += 1;
                }
                // Prose is told early: each word still to come takes four bytes and a
                // space, and with `r` more, all capitalised, the test needs
                // 4 * caps + r >= 3 * words.
                let most = (bytes.len().saturating_sub(at + width) + 1) / 5;
                if 4 * caps + most.min(capitals - caps) < 3 * words {
                    return false;
                }
            }
            word = at + width;
        }
        at += width;
    }
    words >= 3 && caps * 4 >= words * 3
}

/// The length of the run of ASCII bytes above the space that opens `bytes`: eight bytes at a
/// time in a register (each compared on its own: seven bits plus a constant below 0x80
/// cannot carry into the next), the last few one by one.
fn to_space_or_other(bytes: &[u8]) -> usize {
    use crate::extract::ascii::{HIGHS, ONES};
    let mut n = 0;
    while let Some(eight) = bytes[n..].first_chunk() {
        let x = u64::from_le_bytes(*eight);
        // The high bit of each byte that is not ASCII, or whose seven bits are at or below
        // the space's.
        let stops = (x | !((x & !HIGHS) + ONES * u64::from(0x80 - b' ' - 1))) & HIGHS;
        if stops != 0 {
            return n + (stops.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .position(|&b| b <= b' ' || !b.is_ascii())
        .unwrap_or(bytes.len() - n)
}

/// How far before a name its words are read by most rules.
const SHORT_BEFORE: usize = 32;

fn text_before<'b>(text: &str, floor: usize, at: usize, lowered: &'b mut Lowered) -> &'b str {
    let from = floor.max(at.saturating_sub(SHORT_BEFORE));
    let from = first_boundary(text, from, at);
    let mut s = lowered.of(trim_end_space(&text[from..at]));
    // A compound modifier describes the name ("hit Texas-based Acme", "breached the
    // state-owned Acme"): what comes before it is before the name.
    // A byte scan of a few dozen bytes: cheaper than a char search, read before every name.
    if let Some(space) = s.as_bytes().iter().rposition(|&b| b == b' ')
        && compound_modifier(&s[space + 1..])
    {
        s = &s[..space];
    }
    for article in [" the", " a", " an", " its"] {
        if let Some(stripped) = s.strip_suffix(article) {
            s = stripped;
        }
    }
    s
}

/// Whether a word makes the capitalised name after it a person's ("candidate Macron", "CEO
/// Smith"): `data/victims.txt` `[person-words]`.
pub(crate) fn person_word(word: &str) -> bool {
    PERSON.contains_ascii_lowercase(word)
}

/// Whether the words before a name at `span` put it on the receiving end of an attack ("tools
/// stolen from X", "the hack of X"): asked of actors, which a text names as victims too.
pub(crate) fn on_the_receiving_end(doc: &Doc<'_, '_>, span: Span) -> bool {
    let sentence = doc.sentences[doc.sentence_at(span.start)];
    let mut lowered = Lowered::new();
    attacked_before(text_before(
        doc.text,
        sentence.start,
        span.start,
        &mut lowered,
    ))
}

/// Whether the lowered text before a name puts it on the receiving end of an attack, directly
/// ("hacked") or through what it owns ("breached the network of", "encrypted the servers of").
fn attacked_before(before: &str) -> bool {
    if attacked_before_name(before) {
        return true;
    }
    // "hit the city of Brandt": the place's government, named by its kind.
    if let Some(rest) = without_place_government(before)
        && attacked_before_name(rest)
    {
        return true;
    }
    // A description of the organisation's kind may stand between ("an attack on grain
    // exporter X", "ticketing at Baltic ferry operator X", "from the payment processor X"): up
    // to four words ending on a noun of `[kind-nouns]`, with an article.
    let Some((mut rest, noun)) = rsplit_once_space(before) else {
        return false;
    };
    if !KIND_NOUNS.contains(noun) {
        return false;
    }
    for _ in 0..4 {
        // The description ends on an article or a preposition: "breach detection firm" is
        // no breach.
        let bare = ["the", "a", "an"]
            .iter()
            .find_map(|a| rest.strip_suffix(a)?.strip_suffix(' '));
        let ends_on_preposition = || {
            matches!(
                last_word(rest),
                "on" | "at" | "of" | "from" | "against" | "into"
            )
        };
        if bare.is_some_and(attacked_before_name)
            || ends_on_preposition() && attacked_before_name(rest)
        {
            return true;
        }
        match rsplit_once_space(rest) {
            Some((r, word)) if word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') => {
                rest = r;
            }
            _ => return false,
        }
    }
    false
}

/// `before` without the kind of a place's government that ends it ("... the city of",
/// `[place-governments]`), with its article.
fn without_place_government(before: &str) -> Option<&str> {
    let (rest, noun) = rsplit_once_space(before.strip_suffix(" of")?)?;
    PLACE_GOVERNMENTS
        .contains(noun)
        .then(|| rest.strip_suffix(" the").unwrap_or(rest))
}

/// Whether the lowered text before a name ends on an asset it owns (`[assets]`): "the website
/// of", "servers at", "the portal of the municipality of" (past the kind of a place's
/// government, `[place-governments]`), "the email system of the": what is done to the asset,
/// said after the name, is done to it.
fn owns_asset(before: &str) -> bool {
    let before = before.strip_suffix(" the").unwrap_or(before);
    let before = without_place_government(before).unwrap_or(before);
    before
        .strip_suffix(" of")
        .or_else(|| before.strip_suffix(" at"))
        .is_some_and(|owned| ASSETS.contains(last_word(owned)))
}

fn attacked_before_name(before: &str) -> bool {
    // The pluperfect tells of earlier activity ("they had attacked X before").
    let attack = |s: &str| BEFORE_NAME.matched_by(s) && next_to_last_word(s) != Some("had");
    if attack(before) || among_the_affected(before) {
        return true;
    }
    // "stole passenger data from X": a verb of taking a few words before "from".
    if let Some(taken) = before.strip_suffix(" from")
        && taken_before(taken, 4)
    {
        return true;
    }
    // "stole data from the ticketing platform of X" as "the servers of X"; "encrypted the
    // servers of X", "stole the data of X": a deed that reaches only what is owned.
    // Only with a determiner: "a locked room at X" is no deed.
    asset_of(before, |s, determined| {
        attack(s)
            || s.strip_suffix(" from").is_some_and(|t| taken_before(t, 4))
            || determined && {
                let verb = last_word(s);
                ASSET_DEEDS.contains(verb) || THEFT_VERBS.contains(verb)
            }
    })
}

/// Whether the lowered text before a name ends on a verb of membership (`[inclusion-verbs]`)
/// with a word of being attacked (`[affected-words]`) a few words before it in its clause:
/// "clients confirmed to be affected include X", "the affected websites belonged to X",
/// "among the affected customers is X"; or on such a set fronted with "among" ("Among the
/// victims, X").
fn among_the_affected(before: &str) -> bool {
    const WORDS: usize = 5;
    // Asked before every name: the last word decides first, and most are no verb of it.
    let split = |s| rsplit_once_space(s).unwrap_or(("", s));
    let (rest, last) = split(trim_end_space(before));
    if let Some(last) = last.strip_suffix(',') {
        let mut set = rsplit_space(rest)
            .take(WORDS)
            .take_while(|w| !w.ends_with([',', ';', '.', ':']));
        return (AFFECTED_WORDS.contains(last) || set.clone().any(|w| AFFECTED_WORDS.contains(w)))
            && set.any(|w| w == "among");
    }
    // "belonged to", "belong to": the verb before its preposition.
    let (rest, verb) = if last == "to" {
        split(rest)
    } else {
        (rest, last)
    };
    if !INCLUSION_VERBS.contains(verb) {
        return false;
    }
    rsplit_space(rest)
        .take(WORDS)
        .take_while(|w| !w.ends_with([',', ';', '.', ':']))
        .any(|w| AFFECTED_WORDS.contains(w))
}

/// Whether the lowered text before a name ends on an asset of it that `attack` reads as
/// attacked: "the email servers of X", "servers at X", "breached the main customer database
/// of X", "took down the website and customer portal of X", "gained access to email accounts
/// and a document-sharing server at X" (up to six words in lower case between the attack and
/// the asset). What an attack reaches at a place needs no noun of `[assets]`: "disrupted
/// billing and customer service at X". `attack` is told whether a determiner ("the", "its",
/// "their") stood before the asset.
fn asset_of(before: &str, attack: impl Fn(&str, bool) -> bool) -> bool {
    let (owned, at) = match before.strip_suffix(" of") {
        Some(owned) => (owned, false),
        None => match before.strip_suffix(" at") {
            Some(owned) => (owned, true),
            None => return false,
        },
    };
    let (mut rest, noun) = rsplit_once_space(owned).unwrap_or(("", owned));
    if !(ASSETS.contains(noun) || at && noun.bytes().all(|b| b.is_ascii_lowercase())) {
        return false;
    }
    for _ in 0..7 {
        if let Some(r) = [" the", " its", " their"]
            .iter()
            .find_map(|a| rest.strip_suffix(a))
        {
            return attack(r, true);
        }
        if attack(rest, false) {
            return true;
        }
        match rsplit_once_space(rest) {
            Some((r, word)) if word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => {
                rest = r;
            }
            _ => break,
        }
    }
    false
}

/// Whether the words before a name at `at` that end on "from", "of" or "at" put it on the receiving
/// end when read past the short window the other rules read: a long object of theft ("stole
/// the personal details of 80,000 patients from X") or a qualified asset ("hijacked the social
/// media accounts of X"), within its clause.
fn attacked_far_before(text: &str, floor: usize, at: usize) -> bool {
    const REACH: usize = 96;
    let from = first_boundary(text, floor.max(at.saturating_sub(REACH)), at);
    let window = text[from..at].trim_end();
    // Only the clause the name ends (a comma in "80,000" ends none): what follows the last
    // ", ", then the last "; ". Found by a byte scan of the window, where `rsplit` built a
    // searcher for each of the two separators at every call; by a reverse search for the
    // first byte, where comparing each pair of bytes as a slice cost more.
    fn after_last<'s>(s: &'s str, separator: &[u8; 2]) -> &'s str {
        let bytes = s.as_bytes();
        let mut end = bytes.len();
        while let Some(at) = memchr::memrchr(separator[0], &bytes[..end]) {
            if bytes.get(at + 1) == Some(&separator[1]) {
                return &s[at + 2..];
            }
            end = at;
        }
        s
    }
    let clause = after_last(after_last(window, b", "), b"; ");
    // Lowered in a buffer on the stack: the clause is at most REACH bytes.
    let clause = clause.trim_start();
    let mut buffer = [0u8; REACH];
    let bytes = &mut buffer[..clause.len()];
    bytes.copy_from_slice(clause.as_bytes());
    bytes.make_ascii_lowercase();
    let Ok(lower) = std::str::from_utf8(bytes) else {
        return false;
    };
    let long_theft = lower
        .strip_suffix(" from")
        .is_some_and(|taken| taken_before(taken, 10));
    // An article that opens the name's phrase is no part of what comes before it ("the
    // servers of the Social Liberal Party"), as [`text_before`] has it.
    long_theft || attacked_before(lower.strip_suffix(" the").unwrap_or(lower))
}

/// Whether a verb of taking (`[theft-verbs]`) is among the last `words` words before "from",
/// or a noun of it (`[theft-nouns]`) right before "from" or before "of" ("the theft of card
/// numbers from").
fn taken_before(taken: &str, words: usize) -> bool {
    let mut next = None;
    for (k, w) in rsplit_space(taken).take(words).enumerate() {
        if THEFT_VERBS.contains(w) || THEFT_NOUNS.contains(w) && (k == 0 || next == Some("of")) {
            return true;
        }
        next = Some(w);
    }
    false
}

/// `text.rsplit(' ').nth(1)`: the word before the last. Asked before every name, where the
/// two reverse searches of `rsplit` cost more than the byte scans of a few words.
fn next_to_last_word(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let last = bytes.iter().rposition(|&b| b == b' ')?;
    let start = bytes[..last]
        .iter()
        .rposition(|&b| b == b' ')
        .map_or(0, |at| at + 1);
    Some(&text[start..last])
}

/// Whether the lowered text before a name ends on its people and "at" or "of" ("staff at",
/// "employees of"; `[members]`).
fn of_its_members(before: &str) -> bool {
    before
        .strip_suffix(" at")
        .or_else(|| before.strip_suffix(" of"))
        .is_some_and(|rest| MEMBERS.contains(last_word(rest)))
}

/// Whether the lowered text before a name attacks it in the pluperfect of reported speech
/// ("the airline said hackers had breached X", "Hackers had breached X, the airline said"):
/// the news telling its own incident, where "they had attacked X" alone tells an earlier one.
fn reported_pluperfect(before: &str, sentence: &str) -> bool {
    // Both readings ask for "had" as the word before the verb, in `before` or in the words
    // before an asset (a start of it): a window without the bytes has neither, and most
    // have none.
    if !holds(before.as_bytes(), b"had") {
        return false;
    }
    let pluperfect = |b: &str| next_to_last_word(b) == Some("had") && BEFORE_NAME.matched_by(b);
    // "The group claimed that it had compromised controllers at X": its asset too.
    (pluperfect(before) || asset_of(before, |s, _| pluperfect(s)))
        && sentence
            .split(|c: char| !c.is_ascii_alphabetic())
            // A crew's claim reports its deed as a speaker's words do.
            .any(|w| SPEECH_VERBS.contains(w) || matches!(w, "claimed" | "claims" | "claiming"))
}

/// "X says Russia broke into its network": in a sentence of attack, a party that speaks of
/// what happened to its own systems ("its", "our") is the victim; one that speaks of what
/// intruders did is read by [`tells_of_intruders`], in any sentence.
/// `after` is the lowered text after its name, up to [`SPOKEN_REACH`] bytes.
fn speaks_of_its_own(after: &str) -> bool {
    let Some(said) = speech_verb_after(after) else {
        return false;
    };
    said.contains(" its ") || said.ends_with(" its") || said.contains(" our ")
}

/// Whether the lowered words after a name say "said it" or "says its" with the day it was said
/// between ("said on Friday it would not pay", "says on Monday its systems were"): what
/// [`AFTER_NAME_SPEECH`] reads without the day.
fn said_on_a_day_of_itself(after: &str) -> bool {
    let Some(rest) = ["said on ", "says on "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
    else {
        return false;
    };
    let Some((day, rest)) = split_at_space(rest) else {
        return false;
    };
    DAYS[..7].contains(&day.trim_end_matches(','))
        && (rest.starts_with("it ") || rest.starts_with("its "))
}

/// Days and months, as the words after "on" that date an attack rather than name its target.
const DAYS: [&str; 20] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "weekend",
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
];

/// Whether a gang's listing names its victim: a verb of listing right before the name and
/// a leak site later in its sentence ("has added X, a town council, to its leak site",
/// "listed X on its dark web site"; `[listing-verbs]`, `[leak-sites]`).
fn listed_as_victim(before: &str, rest: &str) -> bool {
    // `before` comes from `text_before`, which has taken off an article before the name.
    let verb = last_word(before);
    LISTING_VERBS.contains(verb) && {
        // Within a window, so an endless sentence of listed names is read in linear time.
        let rest = &rest.as_bytes()[..rest.len().min(LISTING_REACH)];
        LEAK_SITES
            .list()
            .iter()
            .any(|site| contains_ignore_ascii_case(rest, site.as_bytes()))
    }
}

/// Whether the name that `rest` opens is followed by a verb of speech ("Sophos says", "DN
/// reported"): its capitalised words, then a word of `[speech-verbs]` or "reported".
fn speaks_next(rest: &str) -> bool {
    let mut words = rest.split(' ').take(8);
    words
        .find(|w| !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
            SPEECH_VERBS.contains(w) || w == "reported" || w == "reports"
        })
}

/// Whether the words before a name put it among the victims, with words between the noun
/// and its verb: "Among the victims Microsoft named with their permission were X",
/// "European victims cited by investigators included X" (the words right before, "victims
/// were", are in `[before-name]`); or a colon after the noun ("the court documents name
/// three of its victims: X; Y; and Z"). A set of organisations the clause names as attacked
/// stands for "victims" before either ([`attacked_set`]: "named two affected organizations:
/// X and Y", "the three institutions that confirmed incidents are X, Y and Z").
fn named_among_victims(before: &str, text: &str, floor: usize, at: usize) -> bool {
    // "confirmed infections at two named organisations, the X and the Y": an appositive after
    // the set's noun names its members, as a colon does, where the set's clause names it as
    // attacked.
    // The clause is read from the text, up to 96 bytes back: `before` is too short for it.
    // Not a name that speaks after the comma ("attacks on two hospitals, Sophos says"; "...
    // on political institutions, DN reported"): the source of the sentence.
    if let Some(head) = before.strip_suffix(',')
        && ORGANISATION_SETS.contains(last_word(head))
        && !speaks_next(&text[at..])
    {
        let from = first_boundary(text, floor.max(at.saturating_sub(96)), at);
        let window = text.as_bytes()[from..at].trim_ascii_end();
        let window = if ends_with_ignore_ascii_case(window, b" the") {
            &window[..window.len() - 4]
        } else {
            window
        };
        if let Some(head) = window.strip_suffix(b",") {
            let clause = head
                .iter()
                .rposition(|&b| b == b',' || b == b';')
                .map_or(head, |k| &head[k + 1..]);
            if attacked_set(clause) {
                return true;
            }
        }
    }
    // "named one of the victims: the German optics maker X": the victim's kind, after an
    // article and in at most four words, may stand between the colon and the name.
    if !before.ends_with(':')
        && let Some(k) = memchr::memrchr(b':', before.as_bytes())
        && before.len() - k <= 48
    {
        let kind = before[k + 1..].trim();
        let mut words = split_space(kind).filter(|w| !w.is_empty());
        if words
            .next()
            .is_some_and(|a| matches!(a, "the" | "a" | "an"))
            && words.clone().count() <= 4
            && words.all(|w| w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))
        {
            return named_among_victims(&before[..=k], text, floor, at - (before.len() - k - 1));
        }
    }
    let colon = before.ends_with(':');
    if !colon
        && ![" were", " are", " included", " include", " includes"]
            .iter()
            .any(|v| before.ends_with(v))
    {
        return false;
    }
    // The verb's clause, up to 96 bytes back, from its last comma or semicolon.
    let from = first_boundary(text, floor.max(at.saturating_sub(96)), at);
    let clause = &text.as_bytes()[from..at];
    let clause = clause
        .iter()
        .rposition(|&b| b == b',' || b == b';')
        .map_or(clause, |k| &clause[k + 1..]);
    if colon {
        // The noun before the colon, or a clause of it ("names two victims that agreed to be
        // identified: X ...").
        return clause.trim_ascii_end().strip_suffix(b":").is_some_and(|c| {
            ends_with_ignore_ascii_case(c.trim_ascii_end(), b" victims")
                || contains_ignore_ascii_case(c, b" victims that ")
                || contains_ignore_ascii_case(c, b" victims who ")
                || attacked_set(c)
        });
    }
    ["among those", " victims "]
        .iter()
        .any(|p| contains_ignore_ascii_case(clause, p.as_bytes()))
        || starts_with_ignore_ascii_case(clause.trim_ascii_start(), b"victims ")
        || attacked_set(clause)
}

/// Whether a clause names a set of organisations (`[organisation-sets]`) as attacked: a word of
/// `[affected-words]` or `[deed-plurals]` in it, and no negator ("named two affected
/// organizations", "confirmed compromises at two organizations", "the three institutions
/// that confirmed incidents"; not "two other clients that were not affected", nor the firms
/// "investigating the breaches": `[helping-words]`).
fn attacked_set(clause: &[u8]) -> bool {
    let (mut set, mut deed) = (false, false);
    for w in clause.split(|b| !b.is_ascii_alphabetic()) {
        if w.is_empty() {
            continue;
        }
        if NEGATORS.contains_ascii_lowercase(w) || HELPING_WORDS.contains_ascii_lowercase(w) {
            return false;
        }
        set |= ORGANISATION_SETS.contains_ascii_lowercase(w);
        deed |=
            AFFECTED_WORDS.contains_ascii_lowercase(w) || DEED_PLURALS.contains_ascii_lowercase(w);
    }
    set && deed
}

/// How far after a listed name its leak site may be named.
const LISTING_REACH: usize = 160;

/// Whether the text writes `name` right before words of `[unverified]` ("The Lima Post was
/// unable to verify the claim"): the outlet reporting the story, which no victim speaks of
/// itself so. Asked of the few candidates kept: each searches the text for the name.
fn publisher(text: &str, name: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).any(|at| {
        let rest = &text[at + name.len()..];
        let window = &rest[..super::last_boundary(rest, 0, rest.len().min(64))];
        UNVERIFIED.matched_by(&window.trim_start().to_ascii_lowercase())
    })
}

/// Whether `after` (lowered, after a name) is a bystander speaking of what it does for
/// others: "said it was monitoring", "says it is helping", "said it had shared" (`[bystander]`),
/// quoted or not.
fn bystander_speech(after: &str) -> bool {
    ["said it ", "says it ", "said that it "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .is_some_and(|r| {
            let r = ["was ", "is ", "had ", "has ", "would be ", "will be "]
                .iter()
                .find_map(|aux| r.strip_prefix(aux))
                .unwrap_or(r);
            // Its words may be quoted: "said it was \"monitoring the situation\"".
            BYSTANDER.matched_by(r.trim_start_matches(['"', '“']))
        })
}

/// Whether `after` (lowered, after a name) says that the name was attacked in its own words:
/// "said it was hit", "says it had been breached", "said that it suffered", or what befell
/// its computers (`[it-nouns]`, `[assets]`): "said its systems were encrypted"; or an attack
/// with no other target: "confirmed a ransomware attack on Monday".
fn says_it_was_attacked(after: &str) -> bool {
    let Some(said) = ["said ", "says ", "confirmed "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
    else {
        return false;
    };
    let said = said.strip_prefix("that ").unwrap_or(said);
    // "confirmed a ransomware attack on Monday": an attack it names no other target of.
    if let Some(attack) = ["a ", "an "].iter().find_map(|a| said.strip_prefix(a))
        && AFTER_NAME.matched_by(attack)
    {
        // Its target follows the attack's noun; its day does not ("on Monday").
        let mut words = split_space(attack)
            .skip_while(|w| !matches!(*w, "on" | "against" | "at" | "of" | "targeting"));
        let object = match (words.next(), words.next()) {
            (Some("on" | "at"), Some(when)) => !DAYS.iter().any(|d| when.starts_with(d)),
            (Some(_), _) => true,
            (None, _) => false,
        };
        return !object;
    }
    if let Some(r) = said.strip_prefix("it ") {
        return PASSIVE_AFTER.matched_by(r) || AFTER_NAME.matched_by(r);
    }
    said.strip_prefix("its ").is_some_and(|r| {
        let noun = r
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        IT_NOUNS.contains(noun) || ASSETS.contains(noun)
    })
}

/// Whether the words after "it" in what a party says of itself tell that it found an attack
/// on itself: a verb of `[detection-verbs]`, after an auxiliary or none, then within a few
/// words a noun of `[incident-subjects]` ("had detected a network security incident", "has
/// identified unauthorised access ... incident").
fn detected_its_incident(r: &str) -> bool {
    let Some((verb, rest)) = split_at_space(past_auxiliary(r)) else {
        return false;
    };
    DETECTION_VERBS.contains(verb)
        && split_space(before_either(rest, b'.', b';'))
            .take(6)
            .any(|w| {
                INCIDENT_SUBJECTS.contains(w.trim_end_matches(|c: char| !c.is_ascii_alphabetic()))
            })
}

/// Whether the words after a verb of saying open on the intruders ("said hackers ...", "says
/// an unauthorized party ...", "said that the attackers ..."): `[attacker-nouns]` or
/// `[intruder-words]`, past an article and an adjective; or on an attack that the words
/// name no target of ("said a cyberattack had disrupted billing"): `[incident-subjects]`
/// followed by a verb in the past; or on itself attacked ("said on Tuesday that it was hit").
fn tells_of_intruders(after: &str) -> bool {
    let Some(said) = speech_verb_after(after) else {
        return false;
    };
    // "X told parents in a letter that ...": whom a verb of telling (`[telling-verbs]`) tells,
    // and how, stand before what; "X said on Monday that ...", "said in a statement that":
    // when, or where, too (`[speech-adjuncts]` opens it).
    let telling = TELLING_VERBS.contains(before_byte(speech_auxiliary(after), b' '));
    let adjunct = || SPEECH_ADJUNCTS.contains(before_byte(said, b' '));
    let window = &said[..super::last_boundary(said, 0, said.len().min(TOLD_REACH))];
    let said = said
        .strip_prefix("that ")
        .or_else(|| {
            find_str(window, " that ")
                .filter(|_| telling || adjunct())
                .map(|at| &said[at + " that ".len()..])
        })
        .or_else(|| {
            // "X said on Monday it was hit": the "that" left out after when it was said.
            find_str(window, " it ")
                .filter(|&at| adjunct() && !has_byte(&window[..at], b','))
                .map(|at| &said[at + 1..])
        })
        .unwrap_or(said);
    if reports_an_attack(said) {
        return true;
    }
    // "X said on Tuesday that it was hit by ransomware": what it says of itself, read as "X
    // was hit" is; "... that it was the Polish company described in the report": it
    // identifies itself as the victim the report left unnamed.
    if said.strip_prefix("it ").is_some_and(|r| {
        PASSIVE_AFTER.matched_by(r)
            || AFTER_NAME.matched_by(r)
            || identifies_itself(r)
            || detected_its_incident(r)
    }) {
        return true;
    }
    // "told donors that their names were copied by hackers": the intruders as the agent of a
    // passive whose subject is the speaker's, or its people's ("its", "our", "their").
    let clause = before_either(said, b'.', b';');
    if ["its ", "our ", "their "]
        .iter()
        .any(|p| clause.starts_with(p))
        && let Some(at) = find_str(clause, " by ")
    {
        let mut agent = split_space(&clause[at + 4..]);
        let first = agent.next().unwrap_or("");
        let first = if matches!(first, "a" | "an" | "the" | "unknown") {
            agent.next().unwrap_or("")
        } else {
            first
        };
        let second = agent.next().unwrap_or("");
        if [first, second]
            .iter()
            .any(|w| ATTACKER_NOUNS.contains(w) || INTRUDER_WORDS.contains(w))
        {
            return true;
        }
    }
    // "X said files containing residents' names had been copied", "said contact details were
    // exported": what it held, taken, in a passive of its clause (`[taken-participles]`).
    if passive_taking(clause) || people_affected(clause) {
        return true;
    }
    let mut words = split_space(said);
    let subject = words.next().unwrap_or("");
    let (subject, then) = if matches!(subject, "a" | "an" | "the" | "unknown") {
        (words.next().unwrap_or(""), words.next().unwrap_or(""))
    } else {
        (subject, words.next().unwrap_or(""))
    };
    // "said the intruders could be connected to a state group": who they may be is an
    // attribution, which an analyst speaks as often as the victim (`[modals]`).
    let (intruders, verb) = if ATTACKER_NOUNS.contains(subject) || INTRUDER_WORDS.contains(subject)
    {
        (true, then)
    } else {
        (
            ATTACKER_NOUNS.contains(then) || INTRUDER_WORDS.contains(then),
            words.next().unwrap_or(""),
        )
    };
    intruders && !MODALS.contains(verb)
}

/// Whether the words after "it" in what a party says make it a victim a report described
/// without naming it: "was the Polish company described in the report", "is one of the three
/// firms named", "was among the organisations affected": a form of "be", "the", "one of the"
/// or "among the", then an `[identified-participles]` word within the next six words.
fn identifies_itself(r: &str) -> bool {
    let Some(r) = r.strip_prefix("was ").or_else(|| r.strip_prefix("is ")) else {
        return false;
    };
    let Some(rest) = ["the ", "one of the ", "among the "]
        .iter()
        .find_map(|p| r.strip_prefix(p))
    else {
        return false;
    };
    split_space(before_either(rest, b',', b'.'))
        .take(6)
        .any(|w| IDENTIFIED_PARTICIPLES.contains(w))
}

/// Whether a reported clause (lower case) says in a passive that something was taken, within
/// its first words: "files containing names had been copied", "support-ticket data was
/// accessed", "design data may have been exported".
fn passive_taking(clause: &str) -> bool {
    const REACH: usize = 160;
    let clause = &clause[..super::last_boundary(clause, 0, clause.len().min(REACH))];
    // One pass over the words, each read with the one before it.
    let mut words = split_space(clause);
    let mut before = words.next().unwrap_or("");
    words.any(|word| {
        let passive = matches!(before, "been" | "was" | "were")
            && TAKEN_PARTICIPLES
                .contains(word.trim_end_matches(|c: char| !c.is_ascii_alphabetic()));
        before = word;
        passive
    })
}

/// Whether `after` (lower case, after a name) pays to fraudsters: a verb of paying
/// (`[payment-verbs]`), then within its next eight words "to", perhaps an article, and a word of
/// `[fraud-recipients]` ("wired $3.2 million to criminals", "paid $87,400 to a scammer",
/// "transferred £48,000 to a fraudulent account"), the clause's comma not crossed (the
/// amount's own commas are inside its word).
fn paid_to_fraud(after: &str) -> bool {
    let mut to = false;
    for w in split_space(past_auxiliary(after)).skip(1).take(8) {
        if to && !matches!(w, "a" | "an" | "the") {
            return FRAUD_RECIPIENTS.contains(w.trim_end_matches([',', '.', ';']));
        }
        if w.ends_with([',', '.', ';']) {
            return false;
        }
        to = w == "to";
    }
    false
}

/// Whether a reported clause (lower case) says that the party's people were affected: "were
/// affected" or "were impacted" with a word of `[affected-people]` among the three words before
/// it, and no negator in the clause ("about 1,100 staff members were affected"; not "no
/// customers were affected").
fn people_affected(clause: &str) -> bool {
    // Most clauses say neither word: they are not split. Searched without the space before
    // them, which every word of the clause would match first.
    static FINDERS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| ["affected", "impacted"].map(memchr::memmem::Finder::new));
    if finders.iter().all(|f| f.find(clause.as_bytes()).is_none()) {
        return false;
    }
    // The four words before each, kept as the words go by.
    let mut last = [""; 4];
    let mut found = false;
    for w in split_space(clause).take(24) {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        if NEGATORS.contains(w) || w == "none" {
            return false;
        }
        found |= matches!(w, "affected" | "impacted")
            && matches!(last[3], "were" | "was" | "been")
            && last[..3].iter().any(|p| AFFECTED_PEOPLE.contains(p));
        last.rotate_left(1);
        last[3] = w;
    }
    found
}

/// Whether reported words open on an attack with a verb in the past after it and no name
/// before that verb: "a cyberattack had disrupted billing", "a ransomware attack encrypted
/// servers" (`[incident-subjects]`, up to two words after an article).
fn reports_an_attack(said: &str) -> bool {
    let mut words = split_space(said);
    if !matches!(words.next(), Some("a" | "an")) {
        return false;
    }
    let (Some(a), Some(b), Some(c)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let past = |w: &str| matches!(w, "had" | "has" | "was") || w.ends_with("ed");
    INCIDENT_SUBJECTS.contains(a) && past(b)
        || INCIDENT_SUBJECTS.contains(b) && past(c) && !INCIDENT_SUBJECTS.contains(a)
}

/// `after` past an auxiliary that opens it ("has told donors" -> "told donors").
fn past_auxiliary(after: &str) -> &str {
    ["has ", "have ", "had "]
        .iter()
        .find_map(|aux| after.strip_prefix(aux))
        .unwrap_or(after)
}

/// `after` past the auxiliaries of a verb of saying, the perfect's and the progressive's
/// before a word in "-ing" ("has begun notifying patients" -> "notifying patients", "is
/// informing customers").
fn speech_auxiliary(after: &str) -> &str {
    let after = past_auxiliary(after);
    // Asked of the words after every name: most open on no auxiliary's first letter.
    if !matches!(after.as_bytes().first(), Some(b'i' | b'a' | b'b' | b's')) {
        return after;
    }
    ["is ", "are ", "begun ", "began ", "started "]
        .iter()
        .find_map(|aux| after.strip_prefix(aux))
        .filter(|r| before_byte(r, b' ').ends_with("ing"))
        .unwrap_or(after)
}

/// The words after a verb of saying (`[speech-verbs]`) that `after` opens with, read past its
/// auxiliary ("X has told donors that ...").
fn speech_verb_after(after: &str) -> Option<&str> {
    // A verb of the list is one word: `after` opens with it and a space exactly where its
    // first word is the verb, looked up in the set rather than compared with each entry.
    let (verb, said) = split_at_space(speech_auxiliary(after))?;
    SPEECH_VERBS.contains(verb).then_some(said)
}

/// Whether a word of a name is an organisation's head word or a company's legal form
/// ("Hargreave & Moss Lawyers", "Fjordnett AS").
fn organisation_head(name: &str) -> bool {
    any_word(name, |w| {
        ORG_HEAD_WORDS.contains_ascii_lowercase(w) || COMPANY_FORMS.contains_ascii_lowercase(w)
    })
}

/// Whether the words around a name at `name` in sentence `s` tell of an outage
/// (`[outage-words]`): from [`OUTAGE_BEFORE`] bytes before it to [`OUTAGE_AFTER`] after, not
/// the whole sentence, which an endless one would make quadratic over its names.
fn tells_of_outage(text: &str, s: Span, name: Span) -> bool {
    let from = super::first_boundary(
        text,
        name.start.saturating_sub(OUTAGE_BEFORE).max(s.start),
        name.start,
    );
    let to = last_boundary(text, name.end, (name.end + OUTAGE_AFTER).min(s.end));
    let around = &text.as_bytes()[from..to];
    lexicon::list(OUTAGE_WORDS)
        .iter()
        .any(|w| contains_ignore_ascii_case(around, w.as_bytes()))
}

/// How far before and after a served name [`tells_of_outage`] reads.
const OUTAGE_BEFORE: usize = 160;
const OUTAGE_AFTER: usize = 240;

/// Whether the words in lower case right before a name (three at most, in its clause) make it
/// a body that oversees or responds to others' incidents, as its own words would ([`oversees`]):
/// "the national cybersecurity directorate DNSC said ...".
fn introduced_as_overseer(text: &str, floor: usize, name: Span) -> bool {
    let from = super::first_boundary(text, name.start.saturating_sub(48).max(floor), name.start);
    rsplit_space(text[from..name.start].trim_end())
        .take(3)
        .take_while(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .any(oversight_word)
}

/// Whether the description of a name ([`described_kind`]) makes it a body that oversees or
/// responds to others' incidents, as its own words would ([`oversees`]): "Ofqual, the exams
/// regulator for England, said it had been informed". Only the noun phrase's head is read, its
/// last word ("the regulator of ...", "a watchdog in ..."; not "a business intelligence
/// software maker").
fn described_as_overseer(text: &str, name: Span, s: Span) -> bool {
    described_kind(text, name, s).is_some_and(|head| {
        let head = text[head.start..head.end].trim_end();
        oversight_word(trim_to_ascii(last_word(head), |b| {
            b.is_ascii_alphanumeric()
        }))
    })
}

/// The first mention of the name at `span` in the [`INTRODUCED_WITHIN`] bytes before it, where
/// a name is introduced: its sentence's start and its span. Bounded, so that an endless text
/// of names each said once is not searched back to its start for each.
fn first_mention(doc: &Doc<'_, '_>, span: Span) -> Option<(usize, Span)> {
    let name = &doc.text.as_bytes()[span.start..span.end];
    let from = span.start.saturating_sub(INTRODUCED_WITHIN);
    let at = from + memchr::memmem::find(&doc.text.as_bytes()[from..span.start], name)?;
    let first = Span::new(at, at + name.len());
    Some((doc.sentences[doc.sentence_at(at)].start, first))
}

/// How far back [`first_mention`] looks: an article's length.
const INTRODUCED_WITHIN: usize = 8192;

/// Whether the name at `span` is a place's (the gazetteer's, whole) written before a noun
/// phrase in lower case that names a kind of organisation or of target: a sector's word, or a
/// word of `[kind-nouns]` or `[org-heads]`, within a few words ("Seoul unification think
/// tank", "Manila outsourcer", "its Takaoka plant"). The place describes that; it is not the
/// victim. Not a place's own government ("Brandt city council", `[place-governments]`).
fn place_as_modifier(doc: &Doc<'_, '_>, span: Span) -> bool {
    const WORDS: usize = 4;
    let text = doc.text;
    let Some(next) = text[span.end..].strip_prefix(' ') else {
        return false;
    };
    if !next.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    // Few names are places: the hit, looked up by binary search, is asked for before the
    // words after the name are looked up in five lists each.
    let place = doc.hits_overlapping(span).any(|h| {
        matches!(h.kind, HitKind::Country { .. }) && h.start == span.start && h.end == span.end
    });
    if !place {
        return false;
    }
    let mut run_end = span.end + 1;
    let mut kind = false;
    for w in split_space(next).take(WORDS) {
        let word = w.trim_end_matches([',', '.', ';', ':']);
        if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            break;
        }
        // Most names are followed by their verb ("X said", "X was hit"): nothing more is read.
        if run_end == span.end + 1
            && (PLACE_GOVERNMENTS.contains(word)
                || AUXILIARIES.contains(word)
                || SPEECH_VERBS.contains(word))
        {
            return false;
        }
        kind |= KIND_NOUNS.contains(word) || ORG_HEAD_WORDS.contains(word);
        run_end += w.len() + 1;
        if word.len() != w.len() {
            break;
        }
    }
    let sector = || {
        doc.hits_overlapping(Span::new(span.end + 1, run_end))
            .any(|h| matches!(h.kind, HitKind::Sector(_)) && h.start > span.end)
    };
    run_end > span.end + 1 && (kind || sector())
}

/// Whether a name's words make it a body that oversees, polices or responds to others'
/// incidents (`[oversight-heads]`, `[responder-words]`, `[oversight-names]`).
fn oversees(name: &str) -> bool {
    // Asked of every name more than once: the phrases of `[oversight-names]` are searched for
    // only in a name holding one of their last words ("Bank", "Authority"), which the pass
    // over its words finds.
    let ends = OVERSIGHT_NAME_ENDS.get_or_init(|| {
        OVERSIGHT_NAMES
            .list()
            .iter()
            .map(|n| last_word(n).as_bytes())
            .collect()
    });
    let mut phrase_end = false;
    any_word(name, |w| {
        phrase_end |= ends.iter().any(|e| e.eq_ignore_ascii_case(w));
        oversight_word(w)
    }) || phrase_end
        && OVERSIGHT_NAMES
            .list()
            .iter()
            .any(|n| contains_ignore_ascii_case(name.as_bytes(), n.as_bytes()))
}

/// Whether a word is the head of a body that oversees others or one that responds to their
/// incidents (`[oversight-heads]`, `[responder-words]`), in any case.
fn oversight_word(w: impl AsRef<[u8]>) -> bool {
    let w = w.as_ref();
    OVERSIGHT_HEADS.contains_ascii_lowercase(w) || responder_word(w)
}

/// Whether a word names a body that responds to others' incidents: one of `[responder-words]`,
/// or a team's name ending on an upper-case "CERT" or "CSIRT" ("ColCERT", "NCERT", "JPCERT").
fn responder_word(w: impl AsRef<[u8]>) -> bool {
    let w = w.as_ref();
    RESPONDER_WORDS.contains_ascii_lowercase(w)
        || [&b"CERT"[..], b"CSIRT"]
            .iter()
            .any(|end| w.len() > end.len() && w.ends_with(end))
}

/// The last words of the phrases of `[oversight-names]` ([`oversees`]).
static OVERSIGHT_NAME_ENDS: OnceLock<Vec<&'static [u8]>> = OnceLock::new();

/// Whether a name's words make it a body that oversees others or runs a public service
/// (`[oversight-heads]`, `[service-heads]`, `[responder-words]`): what it says after its name
/// makes it the victim only where it says it was attacked.
fn oversees_or_serves(name: &str) -> bool {
    oversees(name) || any_word(name, |w| SERVICE_HEADS.contains_ascii_lowercase(w))
}

/// The words a text writes right before an acronym in parentheses ("Data Protection
/// Commission" for "DPC" in "the Data Protection Commission (DPC)"), where the name at `name`
/// is one word of capitals defined so within a few thousand bytes before it (a bounded
/// search: asked for every such name that speaks).
fn expansion(text: &str, name: Span) -> Option<&str> {
    const REACH: usize = 4096;
    let acronym = &text[name.start..name.end];
    if acronym.len() < 2 || acronym.len() > 8 || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let floor = super::last_boundary(text, 0, name.start.saturating_sub(REACH));
    let window = &text[floor..name.start];
    // "(DPC)", or the last of a parenthesis that gives the name in its own language first:
    // "the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP)".
    let at = window.match_indices(acronym).find_map(|(k, _)| {
        if !window[k + acronym.len()..].starts_with(')') {
            return None;
        }
        if window[..k].ends_with('(') {
            return Some(k - 1);
        }
        let lo = super::first_boundary(window, k.saturating_sub(64), k);
        let inner = &window[lo..k];
        let open = rfind_byte(inner, b'(')?;
        (window[..k].ends_with(", ") && !has_byte(&inner[open..], b')')).then_some(lo + open)
    })?;
    let from = super::last_boundary(window, 0, at.saturating_sub(64));
    Some(&window[from..at])
}

/// The run of capitalised words before an acronym at `name` whose initials spell it, where
/// the text spells it out earlier without defining it ("the Environmental Protection Agency"
/// ... "the EPA said"): the nearest such run within a few thousand bytes before it. At most
/// `POSITIONS` words that start with its first capital are tried, and a run is read for at
/// most `RUN_WORDS` words (six initials and the small words between them): asked of every
/// mention that speaks, a longer search made a text of capitalised words slow.
fn spelled_out(text: &str, name: Span) -> Option<&str> {
    const REACH: usize = 4096;
    const POSITIONS: usize = 32;
    const RUN_WORDS: usize = 14;
    let acronym = &text[name.start..name.end];
    if !names::may_be_acronym(acronym) {
        return None;
    }
    let floor = super::last_boundary(text, 0, name.start.saturating_sub(REACH));
    let window = &text[floor..name.start];
    let first = acronym.as_bytes()[0];
    memchr::memrchr_iter(first, window.as_bytes())
        .filter(|&k| k == 0 || window.as_bytes()[k - 1] == b' ')
        .take(POSITIONS)
        .find_map(|k| {
            // The capitalised words from there, small words of a name between them.
            let rest = &window[k..];
            let mut end = 0;
            for w in rest.split(' ').take(RUN_WORDS) {
                let small = ["of", "the", "and", "for"].contains(&w);
                if !(small || w.starts_with(|c: char| c.is_ascii_uppercase())) {
                    break;
                }
                end += w.len() + 1;
                if w.ends_with([',', '.', ';', ')']) {
                    break;
                }
            }
            let run = rest[..end.min(rest.len())].trim_end_matches([' ', ',', '.', ';', ')']);
            names::acronym_of(acronym, run).then_some(run)
        })
}

/// The lowered words after a name past the pronoun of a relative clause of saying (", which
/// said an unknown party had gained access to its systems": the name speaks, as in "X
/// said"); the words themselves where they open none.
fn relative_speech(after: &str) -> &str {
    let clause = after.trim_start_matches([',', ' ']);
    ["which ", "who "]
        .iter()
        .find_map(|w| clause.strip_prefix(w))
        .filter(|said| speech_verb_after(said).is_some())
        .unwrap_or(after)
}

/// How far after a verb of saying its "that" may stand ("told parents in a letter that",
/// "told the Taiwan Stock Exchange on Monday that").
const TOLD_REACH: usize = 64;

/// How far after a name its words of speech are read for what they report.
const SPOKEN_REACH: usize = 96;

/// How far after a name's verb of saying a passive of taking is read ([`passive_taking`]).
const TAKEN_REACH: usize = 192;

fn text_after<'b>(text: &str, at: usize, ceil: usize, lowered: &'b mut Lowered) -> &'b str {
    text_after_within(text, at, ceil, 32, lowered)
}

/// The lowered text after `at`, up to `reach` bytes and not past `ceil`.
fn text_after_within<'b>(
    text: &str,
    at: usize,
    ceil: usize,
    reach: usize,
    lowered: &'b mut Lowered,
) -> &'b str {
    let at = first_boundary(text, at, text.len());
    let to = ceil.min(at + reach).max(at);
    let to = last_boundary(text, at, to);
    let s = lowered.of(&text[at..to]);
    if s.starts_with(['\'', '’']) {
        s
    } else {
        trim_start_space(s)
    }
}

/// Whether another mention of the name at `span` introduces it as the party analysing the
/// attack: the fuller name it opens ("Sandgrouse" of "Sandgrouse Labs"), a kind of analyst
/// before it ("threat-intelligence firm Obsidian Harbor") or an appositive of one after it
/// ("Sandgrouse Labs, a Dubai-based security company, said"). A short name is written
/// without its description after the first mention; asked only of a name mentioned more
/// than once. At most sixteen mentions are read.
fn analyst_elsewhere(doc: &Doc<'_, '_>, span: Span, lowered: &mut Lowered) -> bool {
    let text = doc.text;
    let name = &text[span.start..span.end];
    super::cues::word_occurrences(text, name)
        .filter(|&at| at != span.start)
        .take(16)
        .any(|at| {
            let s = doc.sentences[doc.sentence_at(at)];
            // The capitalised words that go on the name ("Sandgrouse Labs"); a mention a
            // sentence's end cuts ("Acme Inc. Labs") is not read.
            let mut end = at + name.len();
            if end > s.end {
                return false;
            }
            while let Some(rest) = text[end..s.end].strip_prefix(' ')
                && rest.starts_with(|c: char| c.is_uppercase())
            {
                end += 1 + rest
                    .find([' ', ',', '.', ';', ':', '\''])
                    .unwrap_or(rest.len());
            }
            let mention = Span::new(at, end);
            names::analyst(doc, mention, &text[at..end], lowered)
                || appositive(&text[end..s.end]).is_some_and(|phrase| {
                    let close = appositive_close(phrase, 80)
                        .unwrap_or_else(|| last_boundary(phrase, 0, phrase.len().min(80)));
                    let phrase = lowered.of(&phrase[..close]);
                    ANALYST_KINDS.list().iter().any(|k| phrase.contains(k))
                })
        })
}

/// The appositive that `rest`, the text after a name, opens with: a comma, then an article
/// ("Acme Health, a network that runs two hospitals, said ..."). The phrase from its article
/// to the end of `rest`; it closes at its next comma ([`appositive_close`]).
pub(crate) fn appositive(rest: &str) -> Option<&str> {
    // After an abbreviation's full stop too ("Acme Inc., a maker of ...").
    let phrase = rest
        .strip_prefix(", ")
        .or_else(|| rest.strip_prefix("., "))?;
    // Or a place's possessive: "Telnord NV, Belgium's third-largest mobile operator, said".
    let possessive = || {
        let first = super::ascii::before_byte(phrase, b' ');
        first.starts_with(|c: char| c.is_ascii_uppercase())
            && (first.ends_with("'s") || first.ends_with("\u{2019}s"))
    };
    (["a ", "an ", "the ", "one of "]
        .iter()
        .any(|article| phrase.starts_with(article))
        || possessive())
    .then_some(phrase)
}

/// The description of the name at `name` set off by commas in sentence `s`: an appositive
/// after it (", a Singapore-based cryptocurrency exchange"), up to its closing comma or the
/// sentence's end, or a noun phrase that opens the sentence and the name follows ("A French
/// shipping company, Armateur Lune, ...").
fn described_kind(text: &str, name: Span, s: Span) -> Option<Span> {
    const REACH: usize = 80;
    if let Some(phrase) = appositive(&text[name.end..s.end]) {
        let start = s.end - phrase.len();
        let end = appositive_close(phrase, REACH).map_or_else(
            || last_boundary(text, start, (start + REACH).min(s.end)),
            |close| start + close,
        );
        // The noun phrase's head comes before what locates or qualifies it ("a regional
        // hospital in the city of Greenfield").
        let phrase = &text[start..end];
        let head_end = first_word_of(
            phrase,
            &[
                " in ", " of ", " that ", " which ", " with ", " for ", " at ",
            ],
        )
        .unwrap_or(phrase.len());
        return Some(Span::new(start, start + head_end));
    }
    let opening = text[s.start..name.start].strip_suffix(", ")?;
    let article = ["A ", "An ", "The "].iter().any(|a| opening.starts_with(a));
    (article && opening.len() <= REACH && !has_byte(opening, b','))
        .then(|| Span::new(s.start, s.start + opening.len()))
}

/// How far past a description's head (`head`, before `rest`) the product it makes reaches,
/// when the head says the organisation makes or supplies something: "a maker of planning
/// software", "a company that supplies case-management software to councils" (the product
/// up to where it is located, addressed or qualified); 0 otherwise.
fn made_by_head(head: &str, rest: &str) -> usize {
    let noun = last_word(head);
    let object = if let Some(object) = rest.strip_prefix(" of ") {
        if !MAKER_NOUNS.contains(noun) {
            return 0;
        }
        object
    } else if let Some(clause) = rest
        .strip_prefix(" that ")
        .or_else(|| rest.strip_prefix(" which "))
    {
        let verb = before_byte(clause, b' ');
        let object = clause[verb.len()..].trim_start_matches(' ');
        if !(KIND_HEADS.contains(noun) || KIND_NOUNS.contains(noun)) || !MAKING_VERBS.contains(verb)
        {
            return 0;
        }
        object
    } else {
        return 0;
    };
    let end = first_word_of(
        object,
        &[
            " to ", " for ", " in ", " that ", " which ", " with ", " at ", " used ",
        ],
    )
    .unwrap_or(object.len());
    // Not the full stop of a sentence it ends.
    let product = object[..end].trim_end_matches(|c: char| !c.is_alphanumeric());
    rest.len() - object.len() + product.len()
}

/// The sector of a description of a victim (its head, `kind`, in sentence `i`): what it says
/// the organisation makes or supplies, where it says so ([`made_by_head`]): software is a
/// technology company's, a product with a sector of its own ("a maker of surveillance
/// drones") names that; a product named by none is read by the head ("a maker of irrigation
/// pumps" is a manufacturer, not a farm: [`kind_sector`]).
fn description_sector(doc: &Doc<'_, '_>, i: usize, kind: Span) -> Option<Sector> {
    let s = doc.sentences[i];
    let reach = (kind.start + 120).min(s.end).max(kind.end);
    let rest = &doc.text[kind.end..reach];
    let rest = &rest[..memchr::memchr2(b',', b';', rest.as_bytes()).unwrap_or(rest.len())];
    let made = made_by_head(&doc.text[kind.start..kind.end], rest);
    if made > 0 {
        let product = &rest[..made];
        if SOFTWARE_NOUNS.contains(last_word(product)) {
            return Some(Sector::Technology);
        }
        let end = kind.end + made;
        let sector = doc.hits_in(i).iter().find_map(|h| match h.kind {
            HitKind::Sector(sector) if h.end == end && h.start > kind.end => Some(sector),
            _ => None,
        });
        if sector.is_some() {
            return sector;
        }
    }
    // "the German maker of transmission housings", "a gearbox manufacturer": a maker whose
    // description names no other sector is a manufacturer.
    kind_sector(doc, i, kind).or_else(|| {
        MANUFACTURER_NOUNS
            .contains(last_word(&doc.text[kind.start..kind.end]))
            .then_some(Sector::Manufacturing)
    })
}

/// Where the first of `words` (each a word with its spaces, " of ") starts in `phrase`. Each
/// word opens on a space: the phrase's spaces are visited once, in order, for all of them (a
/// `str` search apiece set up a searcher per word for every name).
fn first_word_of(phrase: &str, words: &[&str]) -> Option<usize> {
    let bytes = phrase.as_bytes();
    memchr::memchr_iter(b' ', bytes)
        .find(|&at| words.iter().any(|w| bytes[at..].starts_with(w.as_bytes())))
}

/// Whether a name's description holds `span` and is one ("X, a U.S. utility"), not a
/// speaker set off after the name ("X, a US official said").
fn describes(text: &str, description: Option<Span>, span: Span) -> bool {
    description.is_some_and(|d| {
        d.contains(span)
            && !text[d.start..d.end]
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| SPEECH_VERBS.contains(w))
    })
}

/// Where in an [`appositive`] its closing comma is, within `reach` bytes.
pub(crate) fn appositive_close(phrase: &str, reach: usize) -> Option<usize> {
    // A comma between digits groups a number's thousands ("a municipality of 31,000"); one
    // inside a list goes on with it ("routes between Jutland, Norway and Sweden").
    let all = phrase.as_bytes();
    let bytes = &all[..phrase.len().min(reach)];
    // "a Raleigh, North Carolina, maker of ...": a place written as city and state opens the
    // description; the comma after the state goes on with it.
    let capitalised = |words: &[u8]| {
        let mut n = 0;
        words
            .split(|&b| b == b' ')
            .filter(|w| !w.is_empty())
            .all(|w| {
                n += 1;
                w[0].is_ascii_uppercase()
            })
            && (1..=3).contains(&n)
    };
    // Where the place after the article starts, when one does.
    let place = phrase.split_once(' ').and_then(|(article, rest)| {
        (matches!(article, "a" | "an" | "the") && rest.starts_with(|c: char| c.is_uppercase()))
            .then_some(article.len() + 1)
    });
    let mut first: Option<usize> = None;
    memchr::memchr_iter(b',', bytes).find(|&k| {
        let thousands = k > 0
            && bytes[k - 1].is_ascii_digit()
            && bytes.get(k + 1).is_some_and(u8::is_ascii_digit);
        let after_city_and_state = place.is_some_and(|p| {
            first.is_some_and(|f| p < f && capitalised(&all[p..f]) && capitalised(&all[f + 1..k]))
        }) && bytes.get(k + 2).is_some_and(u8::is_ascii_lowercase);
        let closes =
            !thousands && !after_city_and_state && !super::comma_goes_on(&all[..k], &all[k + 1..]);
        first.get_or_insert(k);
        closes
    })
}

/// Where the verb of a name followed by an appositive starts: after ", a network that runs
/// two hospitals," in "Acme Health, a network that runs two hospitals, said it was hit". An
/// appositive opens with an article and closes with the next comma, within a short reach.
fn appositive_end(text: &str, name_end: usize, sentence_end: usize) -> Option<usize> {
    const REACH: usize = 160;
    let rest = &text[name_end..sentence_end];
    // A relative clause set off the same way: "Halvard Energy, which runs power plants
    // across Finland, disclosed a breach".
    // One that tells of the attack is read where it stands ("X, which the hackers attacked,
    // has not commented": `relative_clause_of_attack`).
    let phrase = appositive(rest).or_else(|| {
        let clause = rest.strip_prefix(", ")?;
        (["which ", "who "].iter().any(|r| clause.starts_with(r))
            && !relative_clause_of_attack(rest))
        .then_some(clause)
    })?;
    let close = appositive_close(phrase, REACH)?;
    // "Jane Roe, a programmer at Acme, confirmed ...": the name is a person's, who speaks.
    let appositive = &phrase[..close];
    if appositive.contains(" at ")
        || split_space(appositive).any(|w| PERSON.contains_ascii_lowercase(w))
    {
        return None;
    }
    verb_start(phrase[close + 1..].trim_start(), sentence_end, &["also "])
}

/// Where the verb in `verb` (the end of a sentence that ends at `sentence_end`) starts, after
/// one of `adverbs`; none where "and" or "or" continues a list instead of the name's clause.
fn verb_start(verb: &str, sentence_end: usize, adverbs: &[&str]) -> Option<usize> {
    if verb.starts_with("and ") || verb.starts_with("or ") {
        return None;
    }
    let verb = adverbs
        .iter()
        .find_map(|w| verb.strip_prefix(w))
        .unwrap_or(verb);
    Some(sentence_end - verb.len())
}

/// Where the verb starts after a name that modifies a noun of its kind: "the Rivierenland
/// water board said", "the Lakeside school district was hit" (the noun of `[kind-heads]`, after
/// at most one word in lower case that is not a function word).
fn kind_end(text: &str, name_end: usize, sentence_end: usize) -> Option<usize> {
    let mut rest = text[name_end..sentence_end].strip_prefix(' ')?;
    for _ in 0..2 {
        let (word, after) = split_at_space(rest)?;
        if word.is_empty()
            || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || COMMON_WORDS.contains(word)
        {
            return None;
        }
        if KIND_HEADS.contains(word) {
            return after
                .starts_with(|c: char| c.is_ascii_lowercase())
                .then(|| verb_start(after, sentence_end, &["also "]))
                .flatten();
        }
        rest = after;
    }
    None
}

/// Where the verb starts after a name that is itself set off by commas, naming what the words
/// before it describe: "one of the largest drug makers, Kelvane, reported being infected".
fn set_off_end(text: &str, name: Span, sentence: Span) -> Option<usize> {
    if !text[sentence.start..name.start].ends_with(", ") {
        return None;
    }
    let verb = text[name.end..sentence.end].strip_prefix(", ")?;
    // A list goes on after the comma ("X, Y and Z were hit"), or a clause of its own starts.
    if verb.starts_with(|c: char| !c.is_ascii_lowercase())
        || ["which ", "who ", "where "]
            .iter()
            .any(|w| verb.starts_with(w))
    {
        return None;
    }
    verb_start(verb, sentence.end, &[])
}

/// The place after a name (" in Salem, Oregon," of "Acme Hospital in Salem, Oregon, was hit"):
/// capitalised words after " in " (at least one, perhaps after a word of `[place-modifiers]`:
/// "in central France") and what follows them, with whether a comma closed them.
fn place_words(rest: &str) -> Option<(&str, bool)> {
    let mut words = rest.strip_prefix(" in ")?;
    if let Some((first, after)) = words.split_once(' ')
        && PLACE_MODIFIERS.contains(first)
        && after.starts_with(char::is_uppercase)
    {
        words = after;
    }
    let mut closed = false;
    let mut placed = false;
    while let Some(word) = split_space(words)
        .next()
        .filter(|w| w.starts_with(char::is_uppercase))
    {
        if !word
            .trim_end_matches(',')
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'\'')
        {
            return None;
        }
        words = words[word.len()..].trim_start();
        placed = true;
        // A comma ends the place unless capitalised words go on with it ("Salem, Oregon,",
        // "Wheeling, West Virginia,").
        closed = word.ends_with(',');
        if closed && !words.starts_with(char::is_uppercase) {
            break;
        }
    }
    placed.then_some((words, closed))
}

/// Where the verb of a name followed by its place starts: see [`place_words`]; a place with no
/// comma to close it ("Acme Hospital in Ohio was hit") where a word in lower case follows it,
/// which [`verb_start`] reads as the name's verb or not. "both" and "also" after it are the
/// verb's.
/// A place set off by commas is read so too ("Oakridge Credit Union, in Tennessee, said",
/// "Acme, based in Hartford, Connecticut, said": `[located-participles]`), where a comma
/// closes it.
fn locative_end(text: &str, name_end: usize, sentence_end: usize) -> Option<usize> {
    let rest = &text[name_end..sentence_end];
    // After the comma, " in Ohio, ..." or "based in Leeds, ...": the participle is passed
    // over to the " in " that `place_words` reads.
    let set_off = rest.strip_prefix(',').map(|r| {
        let words = r.trim_start();
        match split_at_space(words) {
            Some((first, _)) if LOCATED_PARTICIPLES.contains(first) => &words[first.len()..],
            _ => r,
        }
    });
    let (words, closed) = place_words(set_off.unwrap_or(rest))?;
    if !closed && (set_off.is_some() || !words.starts_with(|c: char| c.is_ascii_lowercase())) {
        return None;
    }
    verb_start(words, sentence_end, &["both ", "also "])
}

/// Names in one list ("M1, SIMBA Telecom, Singtel and StarHub were hit", "attacks on the
/// Conservatives, the Moderates and the Social Democrats") share what the text says of the
/// list: the words before its first name or after its last mark every name in it.
fn share_along_lists(text: &str, spans: &[Span], patterns: &mut [bool]) {
    // Between two names of a list: a comma or a conjunction, then perhaps "the" and one
    // word in lower case ("and the ruling Social Democrats").
    let joined = |a: Span, b: Span| {
        // A member's place is no break in the list: "X in Salem, Oregon, and Y", "X in
        // Colombia, Y in Peru and Z". The comma that closes the place is the list's too.
        let between = &text[a.end..b.start];
        let mut between = match place_words(between) {
            Some((words, true)) if words.trim().is_empty() => ",",
            Some((words, _)) => words.trim(),
            None => between.trim(),
        };
        if let Some((rest, last)) = between.rsplit_once(' ')
            && last.bytes().all(|c| c.is_ascii_lowercase())
            && rest.ends_with(" the")
        {
            between = rest;
        }
        // "..., and the municipality of X": the place's government is the member.
        let between = without_place_government(between).unwrap_or(between);
        let between = between.strip_suffix(" the").unwrap_or(between);
        let between = between.strip_suffix("the").unwrap_or(between).trim_end();
        // The full stop of a name's abbreviated legal form ("S.r.l.") is no break.
        let between = between.strip_prefix('.').map_or(between, str::trim_start);
        match between {
            "," => Some(false),
            ", and" | "and" | ", or" | "or" | "&" | ";" => Some(true),
            // Members set apart by semicolons, each with its description ("X, a Norwegian
            // shipping company; Y in the north of England; and Z"): a short description that
            // opens on an article or a place, then the semicolon.
            _ => {
                // A member described by an appositive before the last ("X, a private
                // hospital, and Y"): a short one, opening on an article.
                if let Some(described) = between.strip_suffix(", and")
                    && described.len() <= 64
                    && [", a ", ", an "].iter().any(|w| described.starts_with(w))
                    && !described[1..].contains([',', ';', '.'])
                {
                    return Some(true);
                }
                let described = between
                    .strip_suffix("; and")
                    .or_else(|| between.strip_suffix(';'))?;
                (described.len() <= 96
                    && [", a ", ", an ", ", the ", "in ", "of ", ", based in "]
                        .iter()
                        .any(|w| described.starts_with(w))
                    && find_either(described, b';', b'.').is_none())
                .then_some(true)
            }
        }
    };
    // A member's place may be named as a name of its own ("X in Venlo and Y in Liège"): it
    // belongs to the member before it, and shares nothing. The chain from `from` is walked
    // by `chain`, which tells each span whether it is a member, and returns where it ends.
    // Two names with only a comma between, and no conjunction after them, are no list: the
    // second describes the first, or the first ends a phrase set before the sentence ("In the
    // wake of Hurricane Florence, the Dunmore utility was hit").
    let chain = |from: usize, visit: &mut dyn FnMut(usize, bool)| -> usize {
        visit(from, false);
        let mut end = spans[from];
        let mut in_place = false;
        let mut to = from + 1;
        while to < spans.len() {
            let between = &text[end.end..spans[to].start];
            // A place's region set off by commas is the place's too ("in Eugene, West Fork,
            // both ..."); a name with a place of its own is the next member ("in Venlo, Y in
            // Liège").
            let region =
                in_place && between == ", " && text[spans[to].end..].starts_with([',', '.']);
            if between == " in " || region {
                end = spans[to];
                in_place = true;
            } else if let Some(conjoined) = joined(end, spans[to]) {
                in_place = false;
                end = spans[to];
                visit(to, conjoined);
            } else {
                break;
            }
            to += 1;
        }
        to
    };
    let mut from = 0;
    while from < spans.len() {
        let (mut members, mut attacked, mut conjoined) = (0, false, false);
        let to = chain(from, &mut |k, and| {
            members += 1;
            attacked |= patterns[k];
            conjoined |= and;
        });
        // The list may go on past its last name ("the X, the Y and the German government").
        let goes_on = || {
            let rest = &text[spans[to - 1].end..];
            [" and ", ", and ", " or ", ", or "]
                .iter()
                .any(|w| rest.starts_with(w))
        };
        if (members >= 3 || members == 2 && (conjoined || goes_on())) && attacked {
            chain(from, &mut |k, _| patterns[k] = true);
        }
        from = to;
    }
}

/// A name right after the kind of organisation it is, in apposition ("energy utility
/// Wislenergia", "ports operator Harbourline Terminals"), or given as an example of it
/// ("think tanks such as the Sejong Institute").
fn described_by_kind(doc: &Doc<'_, '_>, i: usize, span: Span) -> bool {
    let s = doc.sentences[i];
    let gap_start = s.start + doc.text[s.start..span.start].trim_end().len();
    // Hits do not overlap, so their ends are in order too: the ones ending in the white space
    // before the name are found by a search, not by reading every hit of the sentence for
    // every name in it (quadratic in a long sentence).
    let hits = doc.hits_in(i);
    let from = hits.partition_point(|h| h.end < gap_start);
    if hits[from..]
        .iter()
        .take_while(|h| h.end <= span.start)
        .any(|h| matches!(h.kind, HitKind::Sector(_)))
    {
        return true;
    }
    // Or named as examples of that kind: "think tanks such as the Sejong Institute".
    let gap = doc.text[s.start..span.start].trim_end();
    let gap = gap.strip_suffix(" the").unwrap_or(gap);
    let Some(kind_end) = [" such as", " including", " like"]
        .iter()
        .find_map(|w| gap.strip_suffix(w))
        .map(|kind| s.start + kind.len())
    else {
        return false;
    };
    let from = hits.partition_point(|h| h.end < kind_end);
    hits.get(from)
        .is_some_and(|h| h.end == kind_end && matches!(h.kind, HitKind::Sector(_)))
}

/// ", which the hackers attacked", ", whose network was breached": the clause up to its
/// closing comma, not what the sentence goes on to say (", which runs two hospitals, said it
/// was hit").
fn relative_clause_of_attack(after: &str) -> bool {
    let Some(clause) = after
        .strip_prefix(", which")
        .or_else(|| after.strip_prefix(", whose"))
    else {
        return false;
    };
    let clause = before_byte(clause, b',');
    [
        "attacked",
        "hacked",
        "breached",
        "targeted",
        "compromised",
        "hit",
    ]
    .iter()
    .any(|w| clause.contains(w))
}

fn victim(
    doc: &Doc<'_, '_>,
    c: &Candidate,
    actor_countries: &[Country],
    actor_names: &[Span],
) -> Victim {
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
    // The name's own head word names its sector: the last keyword, or for "A of B" the last
    // one starting in A ("Hill County School District" is a school district, "Ministry of
    // Defence" a ministry).
    let head_end = find_str(name, " of ").map_or(c.span.end, |at| c.span.start + at);
    let sector_within = |to: usize| {
        doc.hits_in(i)
            .iter()
            .rev()
            .filter(|h| c.span.contains(Span::new(h.start, h.end)) && h.start < to)
            .find_map(|h| match h.kind {
                HitKind::Sector(sector) => Some(sector),
                _ => None,
            })
    };
    // Where A has no keyword, B's names the kind ("Association of Athletics Federations").
    // "Quarry Exchange, a U.S. cryptocurrency exchange": what the text says the victim is.
    let description = described_kind(doc.text, c.span, s);
    let head = sector_within(head_end).or_else(|| {
        sector_within(c.span.end).filter(|&sector| sector != Sector::EmergencyServices)
    });
    if let Some(sector) = head {
        push(&mut sectors, sector);
    } else if let Some(sector) = known_organisation_sector(name) {
        push(&mut sectors, sector);
    } else if let Some(sector) = description.and_then(|kind| description_sector(doc, i, kind)) {
        push(&mut sectors, sector);
    }
    if sectors.is_empty() && head.is_none() {
        // A headline names the victim bare, the body says what it is ("Hackers hit Acme
        // Fashion. ... Acme Fashion, a French clothing retailer, said ...").
        if let Some(sector) = described_elsewhere(doc, c.span, name) {
            push(&mut sectors, sector);
        }
    }
    let mut country = based_in(doc, i, c.span.start).or_else(|| located_in(doc, i, c.span.end));
    for h in doc.hits_in(i) {
        let span = Span::new(h.start, h.end);
        let inside = c.span.contains(span);
        match h.kind {
            // Not the attackers' own kind ("military hackers knocked X offline").
            HitKind::Sector(sector)
                if head.is_none()
                    && (before.contains(span) || after.contains(span))
                    && sector != Sector::EmergencyServices
                    && !attacker_side(doc, span) =>
            {
                push(&mut sectors, sector);
            }
            // A city named as the victim is its government.
            HitKind::Country {
                country: k,
                form: CountryForm::City | CountryForm::Capital,
            } if span == c.span => {
                push(&mut sectors, Sector::GovernmentLocal);
                country = country.or(Some(k));
            }
            HitKind::Country { country: k, .. } if inside && country.is_none() => country = Some(k),
            // A national agency is national government, in its country.
            HitKind::Authority {
                kind: AuthorityKind::Agency,
                country: k,
                ..
            } if h.start <= c.span.start && c.span.end <= h.end => {
                push(&mut sectors, Sector::GovernmentNational);
                country = country.or(k);
            }
            HitKind::Country { country: k, form }
                if around.contains(span)
                    && country.is_none()
                    && !actor_countries.contains(&k)
                    && !attacker_side(doc, span)
                    && !within_any(actor_names, span)
                    // "US" near a name may be anyone's ("a US official said"); in the
                    // name or its description it is the victim's ("a U.S. utility").
                    && (!matches!(form, CountryForm::Abbreviation)
                        || inside
                        || describes(doc.text, description, span))
                    // A city's name at the end of a longer name is that name's
                    // ("Hurricane Florence", "Father Lyon").
                    && !(form == CountryForm::City && ends_a_name(doc.text, span)) =>
            {
                country = Some(k);
            }
            _ => {}
        }
    }
    // Where nothing around it says what it is, a word of its name may ("Waiharo Water",
    // "Stadtwerke Lindau").
    if sectors.is_empty()
        && head.is_none()
        && let Some(sector) = name_word_sector(name)
    {
        push(&mut sectors, sector);
    }
    // Another mention may say where it is ("The University of Eastbridge in Scotland").
    if country.is_none() {
        for m in mentions(doc, name, None) {
            let (at, end) = (m.start, m.end);
            let j = doc.sentence_at(at);
            let s = doc.sentences[j];
            let window = Span::new(at, (end + 48).min(s.end).max(end));
            country = based_in(doc, j, at).or_else(|| {
                doc.hits_in(j).iter().find_map(|h| match h.kind {
                    HitKind::Country { country: k, form }
                        if window.contains(Span::new(h.start, h.end))
                            && (!matches!(form, CountryForm::Abbreviation)
                                || describes(
                                    doc.text,
                                    described_kind(doc.text, Span::new(at, end), s),
                                    Span::new(h.start, h.end),
                                ))
                            && !actor_countries.contains(&k)
                            && !attacker_side(doc, Span::new(h.start, h.end))
                            && !analysis_past(doc, j) =>
                    {
                        Some(k)
                    }
                    _ => None,
                })
            });
            if country.is_some() {
                break;
            }
        }
    }
    // A household name has a home ("the CIA", "Netflix"), where the text gives none.
    if country.is_none() {
        country = known_organisation_country(name);
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
    // A ministry, department or parliament is government, at the level of the place in its
    // name ("Colorado Department of Transportation" is a state's), and its portfolio is a
    // sector too ("Department of Transportation", "Ministry of Health"). So is an agency, an
    // office or a commission that a level or a place is written into ("National Maritime
    // Office", "Romanian Agency for Strategic Stockpiles"): without one it may be a firm's
    // ("Acme Travel Agency").
    let place = doc.hits_in(i).iter().find_map(|h| match h.kind {
        HitKind::Country { form, .. } if c.span.contains(Span::new(h.start, h.end)) => Some(form),
        _ => None,
    });
    // Kinds of organisation written into the name with the head ("British News Agency", "Acme
    // Water Authority"): the kind is the sector, not a public body ("Federal Agency" is one).
    let kinds: Vec<(usize, usize)> = doc
        .hits_in(i)
        .iter()
        .filter(|h| {
            matches!(h.kind, HitKind::Sector(sector) if !sector.is_government())
                && c.span.contains(Span::new(h.start, h.end))
        })
        .map(|h| (h.start - c.span.start, h.end - c.span.start))
        .collect();
    if public_body(name, place.is_some(), &kinds) {
        push(
            &mut sectors,
            match place {
                Some(CountryForm::State) => Sector::GovernmentRegional,
                Some(CountryForm::City) => Sector::GovernmentLocal,
                _ => Sector::GovernmentNational,
            },
        );
        if let Some(of) = find_str(name, " of ") {
            let portfolio = Span::new(c.span.start + of, c.span.end);
            for h in doc.hits_in(i) {
                if let HitKind::Sector(sector) = h.kind
                    && portfolio.contains(Span::new(h.start, h.end))
                    && !matches!(sector, Sector::Government | Sector::GovernmentNational)
                {
                    push(&mut sectors, sector);
                }
            }
        }
    }
    Victim {
        name: name.to_owned(),
        sectors,
        country,
        span: doc.abs(c.span),
    }
}

/// Whether a name is a public body's: a word of `[government-bodies]` in it ("Ministry of
/// Health", "Directorate of Fisheries"), or a capitalised word of `[public-bodies]` with a
/// level of `[level-words]` or a place (`placed`) in a name that is no company's ("National
/// Maritime Office", "Kenya Rural Roads Authority"; not "Acme Travel Agency", "Acme Bureau
/// Ltd" nor a firm's "Hong Kong office"). A head that ends a kind of organisation (`kinds`,
/// spans in the name: "News Agency", "Water Authority") is that kind's.
fn public_body(name: &str, placed: bool, kinds: &[(usize, usize)]) -> bool {
    // A word, or the pair it ends ("department of", "public service"), lowered.
    let listed = |list: &Words, previous: &str, w: &str| {
        let pair = previous.len() + 1 + w.len();
        list.contains_ascii_lowercase(w)
            || !previous.is_empty() && pair <= 32 && {
                let mut buf = [0u8; 32];
                buf[..previous.len()].copy_from_slice(previous.as_bytes());
                buf[previous.len()] = b' ';
                buf[previous.len() + 1..pair].copy_from_slice(w.as_bytes());
                list.contains_ascii_lowercase(&buf[..pair])
            }
    };
    let mut previous = "";
    let (mut public, mut level, mut company) = (false, placed, false);
    for (at, raw) in split_space_at(name) {
        let outer = |c: char| !c.is_alphanumeric();
        let rest = raw.trim_start_matches(outer);
        let start = at + raw.len() - rest.len();
        let w = rest.trim_end_matches(outer);
        if listed(&GOVERNMENT_BODIES, previous, w) {
            return true;
        }
        public |= w.starts_with(|c: char| c.is_uppercase())
            && listed(&PUBLIC_BODIES, previous, w)
            && !kinds
                .iter()
                .any(|&(s, e)| e == start + w.len() && s < start);
        level |= LEVEL_WORDS.contains_ascii_lowercase(w);
        company |= names::legal_form(w);
        previous = w;
    }
    public && level && !company
}

/// A lowered name's own kind of organisation (`[org-heads]`): its last head word before any
/// "of", past "Group", "Inc" and their like and the heads of `[bare-heads]` ("hospital" of
/// "acme hospital group", "school" of "acme local school district", "district" of "acme
/// district").
fn own_head(lower: &str) -> Option<&'static [u8]> {
    let mut head = None;
    any_word(
        find_str(lower, " of ").map_or(lower, |at| &lower[..at]),
        |w| {
            if let Some(h) = ORG_HEAD_WORDS.find(w)
                && (head.is_none() || !GENERIC_NAMES.contains(w) && !BARE_HEADS.contains(w))
            {
                head = Some(h);
            }
            false
        },
    );
    head
}

/// Whether the gazetteer knows a name overlapping `span` as a government agency ("Security
/// Service of Ukraine", "BSSN").
fn known_agency(doc: &Doc<'_, '_>, span: Span) -> bool {
    doc.hits_overlapping(span).any(|h| {
        matches!(
            h.kind,
            HitKind::Authority {
                kind: AuthorityKind::Agency,
                ..
            }
        )
    })
}

/// Whether a name is a lone kind of organisation, left so after its variants were merged:
/// inside a sentence it stood for a name given before ("the Foundation said"), and added its
/// weight to that name's if the text gave one; alone it names none, or no organisation at all
/// ("POST requests", "Apple's Foundation framework"). The one institution of its kind in a
/// country ("Parliament") is named by it.
pub(super) fn lone_kind(name: &str) -> bool {
    ORG_HEAD_WORDS.contains_ascii_lowercase(name)
        && !["parliament", "government"]
            .iter()
            .any(|w| name.eq_ignore_ascii_case(w))
}

/// The mentions of a victim's name but the one at `except`, in the text's order, at most
/// sixteen: the whole name, or its leading words where the name has more ("Acme Home" and
/// "Acme" of "Acme Home Furnishings": "Acme, a U.S. furniture retailer"). Every form opens on
/// the name's first word: one search for it finds them all.
fn mentions<'a>(
    doc: &'a Doc<'_, '_>,
    name: &'a str,
    except: Option<usize>,
) -> impl Iterator<Item = Span> + 'a {
    let text = doc.text;
    let bytes = text.as_bytes();
    let starts_word = move |at: usize| at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
    let ends_word = move |at: usize| bytes.get(at).is_none_or(|b| !b.is_ascii_alphanumeric());
    let first = before_byte(name, b' ');
    // A lone word must name nothing else: not a common or head word ("The", "City"), and
    // not written in lower case anywhere ("Media" of "Media Prima" is also "media").
    // Asked once, where a lone word is first met.
    let lone = OnceCell::new();
    let names_only_this = move || {
        *lone.get_or_init(|| {
            first.len() >= 4
                && first.bytes().all(|b| b.is_ascii_alphabetic())
                && !COMMON_WORDS.contains(first)
                && !ORG_HEAD_WORDS.contains(first)
                && {
                    let lower = first.to_ascii_lowercase();
                    !find_apart(bytes, lower.as_bytes())
                        .any(|at| starts_word(at) && ends_word(at + lower.len()))
                }
        })
    };
    find_apart(bytes, first.as_bytes())
        .filter(move |&at| starts_word(at) && Some(at) != except)
        .take(16)
        .filter_map(move |at| {
            // The longest form written there: the whole name, else its leading words.
            let forms = std::iter::once(name.len()).chain(name.rmatch_indices(' ').map(|(k, _)| k));
            forms
                .filter(|&len| text[at..].starts_with(&name[..len]) && ends_word(at + len))
                .find(|&len| len == name.len() || len > first.len() || names_only_this())
                .map(|len| Span::new(at, at + len))
        })
}

/// The sector another mention of a victim's name ([`mentions`]) describes it by, in an
/// appositive or an opening description ([`described_kind`]): what it is, in any sentence
/// ("Acme, a furniture retailer, disclosed the breach last year").
fn described_elsewhere(doc: &Doc<'_, '_>, chosen: Span, name: &str) -> Option<Sector> {
    mentions(doc, name, Some(chosen.start)).find_map(|m| {
        let j = doc.sentence_at(m.start);
        described_kind(doc.text, m, doc.sentences[j])
            .and_then(|kind| description_sector(doc, j, kind))
            .or_else(|| titled_kind(doc, j, m))
    })
}

/// The sector of a kind written right before a mention at `m` of sentence `i`, as a title
/// ("payments app Brightwell Pay", "lending protocol Halyard Finance"); not the attackers'
/// kind.
fn titled_kind(doc: &Doc<'_, '_>, i: usize, m: Span) -> Option<Sector> {
    doc.hits_in(i).iter().find_map(|h| match h.kind {
        HitKind::Sector(sector)
            if h.end + 1 == m.start
                && doc.text.as_bytes()[h.end] == b' '
                && sector != Sector::EmergencyServices
                && !attacker_side(doc, Span::new(h.start, h.end)) =>
        {
            Some(sector)
        }
        _ => None,
    })
}

/// The sector of the kind a description of a name in sentence `i` ends on ("Quarry Exchange,
/// a Singapore-based cryptocurrency exchange", "A French shipping company, Armateur Lune,
/// said ..."): its last keyword, emergency services aside.
fn kind_sector(doc: &Doc<'_, '_>, i: usize, kind: Span) -> Option<Sector> {
    doc.hits_in(i)
        .iter()
        .rev()
        .filter(|h| kind.contains(Span::new(h.start, h.end)))
        .find_map(|h| match h.kind {
            HitKind::Sector(sector) if sector != Sector::EmergencyServices => Some(sector),
            _ => None,
        })
}

/// The place in a modifier right before a name at `at` of sentence `i`: "San Francisco-based
/// DocuSign", "a Texas-based hospital" say where the name is.
fn based_in(doc: &Doc<'_, '_>, i: usize, at: usize) -> Option<Country> {
    let place_end = doc.text[..at]
        .strip_suffix(' ')
        .and_then(|t| t.strip_suffix("-based"))?
        .len();
    doc.hits_in(i).iter().find_map(|h| match h.kind {
        HitKind::Country { country, form }
            if h.end == place_end && !matches!(form, CountryForm::Abbreviation) =>
        {
            Some(country)
        }
        _ => None,
    })
}

/// The country of a place named right after a name at `end` of sentence `i`, after "in":
/// "X in Colombia, Y in Peru and Z in Chile" places each member in its own.
fn located_in(doc: &Doc<'_, '_>, i: usize, end: usize) -> Option<Country> {
    let place = end + " in ".len();
    if !doc.text[end..].starts_with(" in ") {
        return None;
    }
    doc.hits_in(i).iter().find_map(|h| match h.kind {
        HitKind::Country { country, form }
            if h.start == place && !matches!(form, CountryForm::Abbreviation) =>
        {
            Some(country)
        }
        _ => None,
    })
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
    let from = first_boundary(text, span.start.saturating_sub(4), span.start);
    let before = &text.as_bytes()[from..span.start];
    if ends_with_ignore_ascii_case(before, b"pro-") || ends_with_ignore_ascii_case(before, b"pro ")
    {
        return true;
    }
    // "a crew from Chile", "hackers operating out of Ukraine".
    let before = &text.as_bytes()[span.start.saturating_sub(40)..span.start];
    if from_the_attackers(before) || staged_from(before) {
        return true;
    }
    let end = (span.end + 40).min(text.len());
    let end = last_boundary(text, span.end, end);
    let after = &text.as_bytes()[span.end..end];
    let after = std::str::from_utf8(after).unwrap_or("");
    // "-based" says where anyone is: "China-based hackers" are the attackers' side by the word
    // after it, "a Texas-based company" is not, and "an Israel-based security firm" is the
    // analyst's side (the first word of an analyst kind follows).
    let after = match after.get(..6) {
        Some(m) if m.eq_ignore_ascii_case("-based") => {
            let rest = &after[6..];
            let next = before_byte(rest.trim_start(), b' ');
            if ANALYST_KINDS
                .list()
                .iter()
                .any(|kind| split_space(kind).next() == Some(next))
            {
                return true;
            }
            rest
        }
        _ => after,
    };
    let bytes = after.as_bytes();
    // The entries by their first byte (a letter's after the space before it): most places
    // are followed by none of them, and only those that could follow are read.
    static BY_FIRST_BYTE: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let by_first_byte = BY_FIRST_BYTE.get_or_init(|| {
        let mut by = vec![Vec::new(); 256];
        for entry in ATTACKER_AFTER.list() {
            by[usize::from(entry.as_bytes()[0])].push(*entry);
        }
        by
    });
    let first = match bytes {
        [b' ', b, ..] if b.is_ascii_alphabetic() => b.to_ascii_lowercase(),
        [b, ..] if !b.is_ascii_alphabetic() => *b,
        _ => return false,
    };
    by_first_byte[usize::from(first)].iter().any(|entry| {
        if entry.as_bytes()[0].is_ascii_alphabetic() != (bytes[0] == b' ') {
            return false;
        }
        let (word, runs_on) = match entry.strip_suffix('*') {
            Some(w) => (w, true),
            None => (*entry, entry.ends_with('-')),
        };
        let rest = if word.starts_with(|c: char| c.is_ascii_alphabetic()) {
            after.strip_prefix(' ')
        } else {
            Some(after)
        };
        rest.and_then(|r| {
            r.get(..word.len())
                .filter(|h| h.eq_ignore_ascii_case(word))
                .map(|_| &r[word.len()..])
        })
        .is_some_and(|tail| runs_on || !tail.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Whether a mention of the name at `span` holds a flaw: a word of `[flaw]` right after it,
/// past at most two words in lower case ("FerroTransfer file-sharing flaw", "Orvane
/// SecureAccess zero-days"), or before it with "in" ("a vulnerability in the Veridian Gateway
/// remote-access product"). At most sixteen mentions are read.
fn holds_a_flaw(doc: &Doc<'_, '_>, span: Span) -> bool {
    let text = doc.text;
    let name = &text[span.start..span.end];
    super::cues::word_occurrences(text, name)
        .take(16)
        .any(|at| {
            let end = at + name.len();
            let i = doc.sentence_at(at);
            let s = doc.sentences[i];
            doc.cues_in(i)
                .iter()
                .filter(|c| c.cue == Cue::Flaw)
                .any(|c| {
                    if c.span.start >= end {
                        let between = &text[end..c.span.start];
                        between.starts_with(' ')
                            && split_space(between.trim())
                                .filter(|w| !w.is_empty())
                                .count()
                                <= 2
                            && split_space(between.trim()).all(|w| {
                                w.is_empty() || w.starts_with(|ch: char| ch.is_lowercase())
                            })
                    } else {
                        c.span.end <= at && {
                            let between = text[c.span.end.max(s.start)..at].trim_end();
                            between == " in" || between == " in the"
                        }
                    }
                })
        })
}

/// Whether a name is a description: a capitalised word, then only words in lower case
/// ("Durban hospital", "Catholic hospital", "Helsinki studio"). A proper name capitalises
/// its words.
fn description(name: &str) -> bool {
    let mut words = split_space(name).filter(|w| !w.is_empty());
    words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.clone().next().is_some()
        && words.all(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// Whether the kind of organisation `h` in sentence `s` follows "the" and at most two
/// describing words as the subject of a verb: opening the sentence, any verb ("The
/// steelmaker said ...", "The ASX-listed miner asked for a trading halt"); inside it, a verb
/// of saying ("shares fell after the Mumbai-based steelmaker said ..."), where "the energy
/// sector" or "the construction of" would otherwise pass. A story names its organisation
/// once and then by its kind; the kind is the named victim's.
fn refers_back(text: &str, s: Span, h: &Hit<'_>) -> bool {
    // Two describing words fit in a few dozen bytes: a longer stretch is not read (a hit deep
    // in an endless sentence would read it all).
    let from = first_boundary(text, h.start.saturating_sub(48).max(s.start), h.start);
    let Some(window) = text.get(from..h.start) else {
        return false;
    };
    let (before, opening) = match window.rfind(" the ") {
        Some(k) => (&window[k + " the ".len()..], false),
        None => match window.strip_prefix("The ") {
            Some(before) if from == s.start => (before, true),
            _ => return false,
        },
    };
    let describing = split_space(before).filter(|w| !w.is_empty()).count() <= 2
        && split_space(before)
            .all(|w| w.is_empty() || w.contains('-') || w.bytes().all(|b| b.is_ascii_lowercase()));
    let next = text
        .get(h.end..s.end)
        .and_then(|after| after.strip_prefix(' '))
        .unwrap_or("");
    describing
        && if opening {
            next.starts_with(|c: char| c.is_ascii_lowercase())
        } else {
            SPEECH_VERBS.contains(before_byte(next, b' '))
        }
}

/// The longest first sentence read as a headline, in bytes: headlines run to about a dozen
/// words; a first sentence longer than this is a lead (CASIE's articles have no headline).
const HEADLINE_LENGTH: usize = 120;

/// Sectors and countries the reported attack targets, beyond the named victims: the headline
/// and the present sentences that speak of attacks.
fn targets(
    doc: &Doc<'_, '_>,
    past: &[bool],
    actor_countries: &[Country],
    actor_names: &[Span],
    incident: &mut Incident,
    lowered: &mut Lowered,
) {
    for (i, _) in past.iter().enumerate().filter(|(_, was)| !**was) {
        let s = doc.sentences[i];
        let (cues, hits) = (doc.cues_in(i), doc.hits_in(i));
        // Where the sentence starts talking about targets: the whole headline, else the
        // first targeting word.
        let from = if i == 0 {
            Some(s.start)
        } else {
            // "told not to target Russia": a denied target is none.
            cues.iter()
                .enumerate()
                .find(|&(k, c)| targeting(doc, c) && !negated(doc.text, &cues[..k], c.span.start))
                // "Interlock, which surfaced in 2024, has targeted hospitals, universities
                // and local governments", "X, a group that has targeted government and
                // corporate websites": the kinds an actor's record lists are not this
                // incident's targets.
                .filter(|&(_, c)| {
                    let named = actor_names.partition_point(|n| n.end <= s.start);
                    !actor_names[named..]
                        .iter()
                        .take_while(|n| n.end <= c.span.start)
                        .any(|&n| super::attribution::tells_a_record(doc.text, n, c.span))
                })
                .map(|(_, c)| c.span.start)
        };
        // A kind of organisation that speaks as the victim ("the software maker said it
        // detected") names the victim's sector even before any targeting word.
        for h in hits {
            // A sector already pushed is not read again: the push would change nothing.
            if let HitKind::Sector(sector) = h.kind
                && !incident.sectors.contains(&sector)
            {
                let after = text_after(doc.text, h.end, s.end, lowered);
                if VICTIM_SPEECH_AFTER.matched_by(after)
                    || PASSIVE_AFTER.matched_by(after)
                    || !incident.victims.is_empty()
                        && incident.victims.iter().all(|v| v.sectors.is_empty())
                        && !sector.is_government()
                        && sector != Sector::EmergencyServices
                        && refers_back(doc.text, s, h)
                {
                    push(&mut incident.sectors, sector);
                }
            }
        }
        // "Firms in the UK and Japan were targeted": places before a passive of attack, in
        // its clause, are what was attacked, wherever the targeting words stand.
        for h in hits.iter().filter(|h| from.is_none_or(|at| h.start < at)) {
            // A city's name is often a person's or a storm's ("Hurricane Florence").
            // The passive is read first: most places are followed by none, and it is the
            // cheaper test.
            // A country already pushed is not read again: the push would change nothing.
            if let HitKind::Country { country, form } = h.kind
                && form != CountryForm::City
                && !actor_countries.contains(&country)
                && !incident.countries.contains(&country)
                && passive_subject(doc.text, h.end, s.end, lowered)
                && !within_any(actor_names, Span::new(h.start, h.end))
                && !attacker_side(doc, Span::new(h.start, h.end))
            {
                push(&mut incident.countries, country);
            }
        }
        let Some(from) = from else { continue };
        // "a group blamed for targeting US voters": what follows describes the group's record.
        let places_after = hits.iter().any(|h| {
            h.start >= from && matches!(h.kind, HitKind::Country { .. } | HitKind::Sector(_))
        });
        // Not in a headline, which tells this story ("Gang blamed for shutdown at iron ore
        // miner"); a first sentence longer than a headline is a lead, which may tell the
        // group's record ("Fancy Bear, linked to a spy agency blamed for ...").
        let record = if places_after && !(i == 0 && s.len() <= HEADLINE_LENGTH) {
            record_clause(doc.text, s, lowered).unwrap_or(s.end)
        } else {
            s.end
        };
        // "..., according to an advisory from CISA and Australian authorities": the source of
        // what the sentence says, to the end of its clause, names no target.
        let source = if places_after {
            static ACCORDING: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
                std::sync::OnceLock::new();
            ACCORDING
                .get_or_init(|| memchr::memmem::Finder::new("according to "))
                .find(&doc.text.as_bytes()[from..s.end])
                .filter(|&at| at > 0 && doc.text.as_bytes()[from + at - 1] == b' ')
                .map(|at| {
                    let at = from + at - 1;
                    let end = doc.text[at..s.end]
                        .find([',', ';', ':'])
                        .map_or(s.end, |k| at + k);
                    // And the source's description after it ("according to Acme Research,
                    // a Singapore-based firm").
                    let end = appositive(&doc.text[end..s.end]).map_or(end, |phrase| {
                        let start = s.end - phrase.len();
                        appositive_close(phrase, 80).map_or(s.end, |close| start + close)
                    });
                    Span::new(at, end)
                })
        } else {
            None
        };
        let first_confirm = cues
            .iter()
            .find(|c| matches!(c.cue, Cue::Confirm(_)))
            .map(|c| c.span.start);
        for (k, h) in hits.iter().enumerate() {
            let span = Span::new(h.start, h.end);
            if h.start < from {
                continue;
            }
            // Every arm below either pushes one sector or country or does nothing, and its
            // guards only read: a hit whose push would change nothing (pushed before, the
            // attackers' country, placed before a confirmation) is not read at all. Most
            // places and kinds of a story are named more than once.
            let adds = match h.kind {
                HitKind::Sector(Sector::EmergencyServices) => false,
                HitKind::Sector(Sector::Government) => !incident
                    .sectors
                    .contains(&government_level(doc.text, &hits[..k], h.start)),
                HitKind::Sector(sector) => !incident.sectors.contains(&sector),
                HitKind::Country { country, .. } => {
                    first_confirm.is_none_or(|at| h.end > at)
                        && !actor_countries.contains(&country)
                        && !incident.countries.contains(&country)
                }
                _ => false,
            };
            if !adds {
                continue;
            }
            // The words before a kind of organisation or a place, read only for the rules
            // below that ask, after the cheaper ones.
            let before = |lowered: &mut Lowered, read: fn(&str) -> bool| {
                read(text_before(doc.text, s.start, h.start, lowered))
            };
            match h.kind {
                HitKind::Sector(_) | HitKind::Country { .. } if h.start >= record => {}
                HitKind::Sector(_) | HitKind::Country { .. }
                    if source.is_some_and(|c| c.contains(span)) => {}
                HitKind::Sector(_) | HitKind::Country { .. } if doc.aside_is_past(h.start) => {}
                // Police and emergency services in a story are nearly always responders.
                HitKind::Sector(Sector::EmergencyServices) => {}
                HitKind::Sector(_) | HitKind::Country { .. } if attacker_side(doc, span) => {}
                // The agent of a passive is the one acting: "linked by western governments",
                // "recommended by banks", "developed by the Italian firm".
                HitKind::Sector(_) | HitKind::Country { .. } if before(lowered, agent) => {}
                // "retaliation for Denmark's military aid to Ukraine", "countries that support
                // Ukraine": the country aided is the occasion, not what was attacked.
                HitKind::Country { .. } if before(lowered, supported) => {}
                // "said in a notice to the Oslo Stock Exchange": the body a statement is made
                // to is not what was attacked.
                HitKind::Sector(_) if before(lowered, addressed) => {}
                // A place of government after "in" locates ("a hospital in the city of
                // Greenfield"); it is not what was attacked.
                HitKind::Sector(
                    Sector::GovernmentLocal | Sector::GovernmentRegional | Sector::Government,
                ) if before(lowered, locative) => {}
                // A place in an actor's name ("Turkish Crime Family", "Anonymous India") is
                // the attacker's side.
                HitKind::Country { .. } if within_any(actor_names, span) => {}
                // "the German government" is a national one, "the Ohio government" a state's.
                HitKind::Sector(Sector::Government) => {
                    push(
                        &mut incident.sectors,
                        government_level(doc.text, &hits[..k], h.start),
                    );
                }
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

/// Whether `before` (the bytes before a place) ends with a word for the attackers and a word
/// of origin, perhaps with "the" (`[attacker-nouns]`, `[origin-words]`). Read on bytes, as
/// it is asked of every place.
fn from_the_attackers(before: &[u8]) -> bool {
    let trimmed = before.trim_ascii_end();
    let before = if ends_with_ignore_ascii_case(trimmed, b" the") {
        &trimmed[..trimmed.len() - 4]
    } else {
        trimmed
    };
    ORIGIN_WORDS.list().iter().any(|w| {
        let w = w.as_bytes();
        if !ends_with_ignore_ascii_case(before, w) {
            return false;
        }
        let Some(rest) = before[..before.len() - w.len()].strip_suffix(b" ") else {
            return false;
        };
        // Split at any white space: the headline's line break stands before the body's first
        // word.
        rest.rsplit(u8::is_ascii_whitespace)
            .take(2)
            .any(|noun| ATTACKER_NOUNS.contains_ascii_lowercase(noun))
    })
}

/// Whether `before` (the bytes before a place) ends on the machines an attack was run from:
/// "launched from servers in", "used servers in", "controlled from infrastructure in"
/// (`[staging-nouns]` after a word of use or origin, `[staging-leads]`, then "in" and perhaps
/// "the"). Servers
/// in a place with no such word may be the victim's ("servers in Germany were encrypted").
fn staged_from(before: &[u8]) -> bool {
    let Ok(before) = std::str::from_utf8(before) else {
        return false;
    };
    let before = before.trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    let Some(rest) = before.strip_suffix(" in") else {
        return false;
    };
    let mut words = rsplit_space(rest);
    let noun = words.next().unwrap_or("");
    let lead = words.next().unwrap_or("");
    STAGING_NOUNS.contains_ascii_lowercase(noun) && STAGING_LEADS.contains_ascii_lowercase(lead)
}

/// Where a reduced relative clause about a party's record starts in sentence `s` ("a group
/// blamed for ...", "an agency linked to other incidents"; `[record-links]`): the link right
/// after a noun, with no auxiliary ("the group was blamed for the attack" states the incident).
fn record_clause(text: &str, s: Span, lowered: &mut Lowered) -> Option<usize> {
    static FIRST_WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    static OPENING: OnceLock<Table> = OnceLock::new();
    // A set, as the word lists are: most words of the sentence are turned away by their
    // length or outer letters, where each was compared with every first word.
    let first_words = OPENING.get_or_init(|| {
        Table::of(FIRST_WORDS.get_or_init(|| {
            let mut w: Vec<&str> = RECORD_LINKS
                .list()
                .iter()
                .filter_map(|l| split_space(l).next())
                .collect();
            w.sort_unstable();
            w.dedup();
            w
        }))
    });
    let sentence = text.get(s.start..s.end)?;
    // Most sentences hold none of the links' first words: look for those before lowering.
    let mut previous = "";
    let mut at = 0;
    // Split on the bytes: a str split runs a char searcher per word.
    for word in sentence.as_bytes().split(|&b| b == b' ') {
        let here = at;
        at += word.len() + 1;
        let word = &sentence[here..here + word.len()];
        // The word is read first: few words open a link, and the one before is then looked
        // up for those only.
        let opens = first_words.contains_ascii_lowercase(word)
            && previous.len() > 2
            && previous.bytes().all(|b| b.is_ascii_lowercase())
            && !AUXILIARIES.contains(previous);
        previous = word;
        if !opens {
            continue;
        }
        let end = last_boundary(sentence, here, (here + 40).min(sentence.len()));
        let rest = lowered.of(&sentence[here..end]);
        if RECORD_LINKS.list().iter().any(|link| {
            rest.strip_prefix(link)
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        }) {
            return Some(s.start + here);
        }
    }
    None
}

/// Whether a passive of attack ("were hit", "being targeted"; `[passive]`) follows `at` in its
/// clause, before `end`: nothing between them that starts another clause or names an agent
/// (`[subject-breaks]`: "by", "said", "that" ...).
fn passive_subject(text: &str, at: usize, end: usize, lowered: &mut Lowered) -> bool {
    // A clause's subject is short: read at most 120 bytes, cut on a character boundary.
    let end = last_boundary(text, at, end.min(at + 120));
    let Some(window) = text.get(at..end) else {
        return false;
    };
    let window = lowered.of(window);
    let mut rest = window.trim_start();
    // Words are found by a byte scan: a char search per word of a short window costs more.
    while let Some(space) = rest.bytes().position(|b| b == b' ') {
        let (word, after) = (&rest[..space], &rest[space + 1..]);
        if PASSIVE_AFTER.matched_by(rest) {
            return true;
        }
        if word.bytes().any(|b| b == b';' || b == b':') {
            return false;
        }
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if SUBJECT_BREAKS.contains(bare) {
            return false;
        }
        rest = after.trim_start();
    }
    PASSIVE_AFTER.matched_by(rest)
}

/// The lead often opens by describing the victim by its place and kind: "An Indiana hospital
/// paid", "Israeli forensics firm Acme said", "A California loan company left". A place that
/// starts the headline or one of the two sentences after it, in a noun phrase ending in a kind
/// of organisation, is the victim's country.
fn described_places(
    doc: &Doc<'_, '_>,
    past: &[bool],
    actor_countries: &[Country],
    actor_names: &[Span],
    incident: &mut Incident,
    lowered: &mut Lowered,
) {
    for i in (0..doc.sentences.len().min(3)).filter(|&i| !past[i]) {
        let s = doc.sentences[i];
        for h in doc.hits_in(i) {
            let HitKind::Country { country, form } = h.kind else {
                continue;
            };
            let span = Span::new(h.start, h.end);
            // A country already pushed is not read again: the push would change nothing.
            if matches!(form, CountryForm::Abbreviation)
                || actor_countries.contains(&country)
                || incident.countries.contains(&country)
            {
                continue;
            }
            // The noun phrase opens the sentence, after at most an article (`text_before`
            // strips an article that follows other words, so only these are left).
            let before = text_before(doc.text, s.start, h.start, lowered);
            if !["", "a", "an", "the"].contains(&before) {
                continue;
            }
            // Up to three lower-case words, the last a kind of organisation.
            let after = &doc.text[h.end..s.end];
            let kind = split_space(after)
                .skip(1)
                .take(3)
                .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                .any(|w| {
                    let w = w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
                    ORG_HEAD_WORDS.contains(w) || KIND_NOUNS.contains(w)
                });
            // "A Danish security firm reported ..." describes the analyst, not the victim.
            let analyst = kind && {
                let after = text_after(doc.text, h.end, s.end, lowered);
                ANALYST_KINDS.list().iter().any(|k| after.starts_with(k))
            };
            if kind && !analyst && !attacker_side(doc, span) && !within_any(actor_names, span) {
                push(&mut incident.countries, country);
            }
        }
    }
}

/// The level of government a plain "government" at `at` names, by the place written right
/// before it (`earlier` are the hits before it): a country's is national, a US state's regional,
/// a city's local; with no place, plain government.
fn government_level(text: &str, earlier: &[Hit<'_>], at: usize) -> Sector {
    let Some(place) = earlier.last() else {
        return Sector::Government;
    };
    let gap = text.get(place.end..at).unwrap_or("x");
    let adjacent = gap == " " || gap == "'s " || gap == "’s ";
    match place.kind {
        HitKind::Country { form, .. } if adjacent => match form {
            CountryForm::State => Sector::GovernmentRegional,
            CountryForm::City | CountryForm::Capital => Sector::GovernmentLocal,
            _ => Sector::GovernmentNational,
        },
        _ => Sector::Government,
    }
}

/// Whether the lowered text before a word ends in "in" (an article already stripped): the
/// word places something rather than naming a target.
fn locative(before: &str) -> bool {
    before == "in" || before.ends_with(" in")
}

/// Whether the lowered text before a kind of organisation makes it the party a statement is
/// made to: a word of `[audience]` right before it ("told regulators"), or before "the" and at
/// most two words of its name ("in a notice to the Oslo Stock Exchange").
fn addressed(before: &str) -> bool {
    if AUDIENCE_BEFORE.matched_by(before) {
        return true;
    }
    let mut rest = before;
    for _ in 0..3 {
        if let Some(head) = rest.strip_suffix(" the") {
            return AUDIENCE_BEFORE.matched_by(head);
        }
        match rsplit_once_space(rest) {
            Some((head, _)) => rest = head,
            None => return false,
        }
    }
    false
}

/// Whether the lowered text before a kind of organisation makes it the agent of a passive:
/// "by", or "by" and one word that is not a verb ("by western", not "by targeting").
fn agent(before: &str) -> bool {
    let mut words = rsplit_space(before);
    match words.next() {
        Some("by") => true,
        Some(w) => !w.ends_with("ing") && words.next() == Some("by"),
        None => false,
    }
}

/// Whether one of the three words before a place is one of support (`[support-words]`: "aid
/// to", "military aid package for", "support", "supporting"): the place is the one aided.
fn supported(before: &str) -> bool {
    rsplit_space(before.trim_end())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| {
            SUPPORT_WORDS.contains_ascii_lowercase(trim_to_ascii(w, |b| b.is_ascii_alphanumeric()))
        })
}

/// Whether a cue is a word after which a sentence names what was attacked: "targeting",
/// "against", "victims", "attacks on", "breached".
fn targeting(doc: &Doc<'_, '_>, c: &super::cues::CueHit) -> bool {
    let word = &doc.text[c.span.start..c.span.end];
    let is = |list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    let targets = match c.cue {
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
                "hits",
                "hitting",
            ]) || is(&["attack", "attacks", "cyberattack", "cyberattacks"])
                && doc.text[c.span.end..].starts_with(" on ")
        }
        Cue::Type(IncidentType::Breach) => {
            is(&["breached", "compromised", "hacked", "infiltrated"])
        }
        _ => false,
    };
    targets && !threatened(doc.text, c.span.start)
}

/// Whether the word at `at` is only threatened, planned or supposed ("threatened to target",
/// "plans to attack", "could hit"): what it names was not attacked.
fn threatened(text: &str, at: usize) -> bool {
    // Each entry is a whole word or phrase, one space before the threatened word.
    let Some(before) = text.as_bytes()[..at].strip_suffix(b" ") else {
        return false;
    };
    THREATENED.list().iter().any(|w| {
        ends_with_ignore_ascii_case(before, w.as_bytes()) && {
            let start = before.len() - w.len();
            start == 0 || !before[start - 1].is_ascii_alphanumeric()
        }
    })
}

/// Where the site's name appended to a headline starts ("Acme hacked - CyberScoop",
/// "Acme hacked | News | The Times"): after the first separator that only a few short parts
/// follow.
fn site_suffix(headline: &str) -> Option<usize> {
    let headline = headline.trim_end_matches(['.', ' ']);
    let seps = [" | ", " - ", " – ", " — ", " « "];
    // Every separator starts with a space: the spaces, in order, are where to try them, and
    // the first that passes is the earliest. `next` keeps each separator's matches apart as
    // a search for it alone would find them (" - - " holds one " - ", not two).
    let mut next = [0; 5];
    for at in memchr::memchr_iter(b' ', headline.as_bytes()) {
        // Most spaces open a word: no separator goes on with a letter or a digit.
        if headline
            .as_bytes()
            .get(at + 1)
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        for (sep, next) in seps.iter().zip(&mut next) {
            if at < *next || !headline[at..].starts_with(sep) {
                continue;
            }
            *next = at + sep.len();
            let rest = &headline[at + sep.len()..];
            let mut parts = rest.split(['|', '-', '–', '—', '«']);
            // Prose has no pipes: after " | " the site's name may be followed by its tagline
            // ("| Threatpost | The first stop for security news").
            let parts_short = if *sep == " | " {
                parts
                    .next()
                    .is_some_and(|p| p.split_whitespace().count() <= 4)
            } else {
                parts.all(|p| p.split_whitespace().count() <= 4)
            };
            if at > 0 && parts_short {
                return Some(at);
            }
        }
    }
    None
}

/// Whether the story discloses or patches a flaw and reports no attack: its lead (headline
/// and two sentences) speaks of flaws or fixes and of no attack, and no incident type but
/// the exploitation of a flaw is found.
fn disclosure(doc: &Doc<'_, '_>, past: &[bool], types: &[IncidentType]) -> bool {
    let mut lead = (0..doc.sentences.len().min(3)).filter(|&i| !past[i]);
    types
        .iter()
        .all(|t| *t == IncidentType::VulnerabilityExploitation)
        && lead
            .clone()
            .any(|i| doc.has_cue(i, Cue::Flaw) || doc.has_cue(i, Cue::Patch))
        && !lead.any(|i| doc.has_cue(i, Cue::Attack))
}

/// Whether the word at `at` is a possibility ("could be exploited", "can exploit"), not a
/// deed.
fn potential(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    // Split as bytes: the ASCII letters of a word are the same bytes, and no byte of a
    // non-ASCII character is one.
    let word = before
        .as_bytes()
        .rsplit(|b| !b.is_ascii_alphabetic())
        .next()
        .unwrap_or(b"");
    ["be", "could", "can", "may", "might", "would", "to"]
        .iter()
        .any(|m| word.eq_ignore_ascii_case(m.as_bytes()))
}

/// Whether a modal verb (`victims.txt [modals]`), a word of advice (`[advice-words]`, "be
/// alert") or of habit (`[habit-words]`) comes shortly before `at` in its sentence (from
/// `start`): "staff should learn to spot phishing", "the data could be used in scams",
/// "customers were urged to watch for phishing", "the gang often gains access through
/// phishing" tell of what may happen or usually does, not of what did.
fn modal_before(text: &str, start: usize, at: usize) -> bool {
    // A few words back, not the whole of a sentence that may be a megabyte long. Asked for
    // every kind of attack named: the words of ASCII letters are split as bytes, without
    // decoding characters (no byte of a non-ASCII character is a letter, so a window that
    // starts inside one starts with a break between words).
    let from = start.max(at.saturating_sub(100));
    let mut previous: &[u8] = b"";
    text.as_bytes()[from..at]
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| {
            // Advice to the reader ("told to watch for phishing", `[advice-words]`) tells of a
            // risk as a modal does; "alert" only as "be alert", not "an alert about". A habit
            // ("often gain access through phishing", `[habit-words]`) tells of no deed.
            let advice = ADVICE_WORDS.contains_ascii_lowercase(w)
                || HABIT_WORDS.contains_ascii_lowercase(w)
                || w.eq_ignore_ascii_case(b"alert")
                    && [&b"be"[..], b"remain", b"stay"]
                        .iter()
                        .any(|v| previous.eq_ignore_ascii_case(v));
            previous = w;
            advice || MODALS.contains_ascii_lowercase(w)
        })
}

/// Whether a noun of defence or of business follows the kind of attack ending at `at`:
/// "phishing awareness training", "DDoS protection" (`[defence-nouns]`) name a defence,
/// "supply-chain planning software", "supply chain disruptions" (`[business-nouns]`) a field
/// of business; neither is a deed.
fn defence_after(text: &str, at: usize) -> bool {
    let next = text[at..].strip_prefix([' ', '-']).unwrap_or("");
    let word = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    DEFENCE_NOUNS.contains_ascii_lowercase(word) || BUSINESS_NOUNS.contains_ascii_lowercase(word)
}

/// Whether a noun of message (`[message-nouns]`) stands within a few words of a word of
/// deception at `word`, in its clause: "emails impersonating the ministry", "calls to the help
/// desk impersonating an employee".
fn message_near(text: &str, word: Span) -> bool {
    const REACH: usize = 60;
    const WORDS: usize = 6;
    let from = first_boundary(text, word.start.saturating_sub(REACH), word.start);
    let before = &text[from..word.start];
    // The clause: a line break ends one too (a headline has no full stop).
    let breaks = |b: u8| matches!(b, b',' | b';' | b'.' | b'\n');
    let before = &before[before.bytes().rposition(breaks).map_or(0, |i| i + 1)..];
    let to = last_boundary(text, word.end, (word.end + REACH).min(text.len()));
    let after = &text[word.end..to];
    let after = &after[..after.bytes().position(breaks).unwrap_or(after.len())];
    fn words(s: &str) -> Vec<&str> {
        s.split(|c: char| !c.is_ascii_alphabetic() && c != '-')
            .filter(|w| !w.is_empty())
            .collect()
    }
    let message = |w: &&str| MESSAGE_NOUNS.contains_ascii_lowercase(w);
    // After the deceit a message is its means ("posing as the CEO through email", "in calls
    // to the help desk"), not what it was aimed at ("posing as hacktivists, defaced the
    // website").
    let after = words(after);
    words(before).iter().rev().take(WORDS).any(message)
        || after.iter().take(WORDS).enumerate().any(|(k, w)| {
            message(w)
                && after[..k]
                    .iter()
                    .any(|p| MEANS_PREPOSITIONS.contains_ascii_lowercase(p))
        })
}

/// Whether a present sentence tells of spying in words that do not describe a group named
/// just before them ("Cozy Bear cyber-spies", "Gamaredon is an espionage machine") or in an
/// appositive after its name ("Pawn Storm, an ongoing espionage campaign", "APT41, a group
/// that mixes espionage with crime"): those describe the group, not what it did here.
fn spying_told(doc: &Doc<'_, '_>, past: &[bool], actor_names: &[Span]) -> bool {
    const DESCRIPTION_REACH: usize = 24;
    const APPOSITIVE_REACH: usize = 120;
    // What stands between a name and the cue describes the group: a few words in its clause,
    // or an appositive opened by an article.
    let describes = |between: &str| {
        let near = between.len() <= DESCRIPTION_REACH && !between.contains([',', '.', ';']);
        let appositive = [", a ", ", an ", ", the "]
            .iter()
            .any(|p| starts_with_ignore_ascii_case(between.as_bytes(), p.as_bytes()))
            && !between[2..].contains([',', '.', ';']);
        near || appositive
    };
    doc.cues.iter().any(|c| {
        if c.cue != Cue::Type(IncidentType::Espionage) || past[doc.sentence_at(c.span.start)] {
            return false;
        }
        // The names ending before the cue, nearest first, within reach (`actor_names` are
        // sorted and disjoint).
        let before = &actor_names[..actor_names.partition_point(|n| n.end <= c.span.start)];
        !before
            .iter()
            .rev()
            .take_while(|n| c.span.start - n.end <= APPOSITIVE_REACH)
            .any(|n| describes(&doc.text[n.end..c.span.start]))
    })
}

/// Whether kind `t` is counted twice (firm) in `counts`.
fn firm(counts: &[(IncidentType, u32)], t: IncidentType) -> bool {
    counts.iter().any(|&(x, n)| x == t && n >= 2)
}

/// Counts kind `t` said in sentence `i`: the headline and the lead's two sentences say what
/// happened (twice the weight); later sentences add detail, and count only when they repeat
/// it.
fn count(counts: &mut Vec<(IncidentType, u32)>, t: IncidentType, i: usize) {
    let weight = if i <= 2 { 2 } else { 1 };
    match counts.iter_mut().find(|(x, _)| *x == t) {
        Some((_, n)) => *n += weight,
        None => counts.push((t, weight)),
    }
}

/// Incident types said in the lead (headline and two sentences), or twice in present
/// sentences; phishing once, beside a kind so said. Not a kind named after a modal, advice
/// or an adverb of habit in its sentence (`[modals]`, `[advice-words]`, `[habit-words]`).
fn types(doc: &Doc<'_, '_>, past: &[bool]) -> Kinds {
    let mut counts: Vec<(IncidentType, u32)> = Vec::new();
    // Whether a word of ransomware names it or its encryption: a ransom demanded for stolen
    // data, where no word says ransomware, is extortion, not ransomware.
    let mut encryption = false;
    let mut stolen = false;
    // The sentences holding words the word rules below start from, with their lists' bits.
    let mut anchored: Vec<(usize, u8)> = Vec::new();
    for (i, _) in past.iter().enumerate().filter(|(_, was)| !**was) {
        let cues = doc.cues_in(i);
        let bits = cues
            .iter()
            .fold(0, |bits, c| bits | super::cues::anchor_bits(doc.text, c));
        if bits != 0 {
            anchored.push((i, bits));
        }
        // A flaw named in a sentence of attack was exploited in it; a flaw alone (disclosed,
        // patched) is no incident.
        // "In the wild" says a flaw was exploited only where the sentence speaks of one (or of
        // an exploit): "the malware was in the wild" says only that it was about.
        let of_a_flaw = || {
            cues.iter().any(|c| c.cue == Cue::Flaw)
                || contains_ignore_ascii_case(doc.sentence_text(i).as_bytes(), b"exploit")
        };
        let deed = |c: &super::cues::CueHit| match c.cue {
            Cue::Type(IncidentType::VulnerabilityExploitation) => {
                let phrase = &doc.text.as_bytes()[c.span.start..c.span.end];
                !potential(doc.text, c.span.start)
                    && (starts_with_ignore_ascii_case(phrase, b"exploit")
                        // "abused a flaw": the phrase names its flaw.
                        || contains_ignore_ascii_case(phrase, b" flaw")
                        || contains_ignore_ascii_case(phrase, b" vulnerab")
                        || of_a_flaw())
            }
            Cue::Type(_) | Cue::Attack => true,
            _ => false,
        };
        // A flaw "that allows an attacker to compromise" a system was not exploited.
        // Read only where the sentence names a flaw.
        // Nor one "not exploited": a negated deed is none.
        let attack = cues.iter().any(|c| c.cue == Cue::Flaw)
            && cues.iter().enumerate().any(|(k, c)| {
                deed(c)
                    && !potential(doc.text, c.span.start)
                    && !negated(doc.text, &cues[..k], c.span.start)
            });
        for (k, c) in cues.iter().enumerate() {
            if c.cue == Cue::Type(IncidentType::Ransomware) {
                let word = &doc.text[c.span.start..c.span.end];
                encryption |= !word.eq_ignore_ascii_case("ransom");
            }
            stolen |= c.cue == Cue::Type(IncidentType::DataTheft);
            // A kind counted twice is firm, and only whether it reached two is read: another
            // cue of it changes nothing, and the tests below only read the text, so they are
            // not asked (most stories repeat their kind of attack).
            let firm = |t: IncidentType| firm(&counts, t);
            let kind = match c.cue {
                Cue::Type(t) if !firm(t) && deed(c) => Some(t),
                Cue::Flaw if attack && !firm(IncidentType::VulnerabilityExploitation) => {
                    Some(IncidentType::VulnerabilityExploitation)
                }
                Cue::Deception
                    if !firm(IncidentType::Phishing) && message_near(doc.text, c.span) =>
                {
                    Some(IncidentType::Phishing)
                }
                _ => None,
            };
            if let Some(t) = kind
                && !negated(doc.text, &cues[..k], c.span.start)
                && !none_of(doc.text, doc.sentences[i].start, c.span.start)
                && !modal_before(doc.text, doc.sentences[i].start, c.span.start)
                && !defence_after(doc.text, c.span.end)
                && !(t == IncidentType::Breach && run_from(doc.text, c.span))
            {
                count(&mut counts, t, i);
            }
        }
    }
    // Kinds told without their words, by classes of words near each other: a vendor's
    // software made to carry the attack, or an attack through a firm serving the victims
    // (supply chain); a counterfeit page or offer set before the targets (phishing); data
    // copied, exported or downloaded (data theft). Read only in the sentences that hold a word
    // one of them starts from, which the cue scanner found ([`Cue::Anchor`]).
    for (i, bits) in anchored {
        let sentence = doc.sentence_text(i);
        // A sentence that says a kind in words has counted it already: one sentence, one
        // mention.
        let worded = |t| doc.has_cue(i, Cue::Type(t));
        let attack = || {
            doc.cues_in(i)
                .iter()
                .any(|c| c.cue == Cue::Attack || matches!(c.cue, Cue::Type(_)))
        };
        if !firm(&counts, IncidentType::SupplyChain)
            && !worded(IncidentType::SupplyChain)
            && (bits & TAMPERED != 0 && carrier_tampered(sentence)
                || bits & THIRD_PARTY != 0 && attack() && through_a_third_party(sentence))
        {
            count(&mut counts, IncidentType::SupplyChain, i);
        }
        // One rule per kind, read where its list's word stands: a counterfeit message
        // (phishing), data copied (data theft), machines encrypted (ransomware).
        let rules: [(IncidentType, u8, WordRule); 3] = [
            (IncidentType::Phishing, COUNTERFEIT, counterfeit_message),
            (IncidentType::DataTheft, COPYING, data_copied),
            (IncidentType::Ransomware, ENCRYPTING, machines_encrypted),
        ];
        for (t, bit, rule) in rules {
            if !firm(&counts, t) && !worded(t) && bits & bit != 0 && rule(sentence) {
                stolen |= t == IncidentType::DataTheft;
                encryption |= t == IncidentType::Ransomware;
                count(&mut counts, t, i);
            }
        }
    }
    counts.retain(|&(t, _)| t != IncidentType::Ransomware || encryption || !stolen);
    // Phishing is how the intruders got in: a story tells its way in once, where it repeats
    // what the intruders did inside. Beside a kind said firmly, one mention of it is firm
    // (alone, it is one of the kinds said once, which stand in only for a named victim).
    let any_firm = counts.iter().any(|&(_, n)| n >= 2);
    let firm_at = |t: IncidentType| {
        if t == IncidentType::Phishing && any_firm {
            1
        } else {
            2
        }
    };
    let said = |twice: bool| {
        counts
            .iter()
            .filter(|&&(t, n)| (n >= firm_at(t)) == twice)
            .map(|&(t, _)| t)
            .collect()
    };
    Kinds {
        firm: said(true),
        once: said(false),
    }
}

/// The words the word rules of [`types`] start from (`[tampered-words]`,
/// `[third-party-nouns]`, `[counterfeit-words]`, `[copying-verbs]`, `[encryption-words]`):
/// the cue scanner finds them ([`Cue::Anchor`]), so that only the sentences holding one are
/// read word by word.
pub(crate) fn word_rule_anchors() -> impl Iterator<Item = (&'static str, u8)> {
    [
        (&TAMPERED_WORDS, TAMPERED),
        (&THIRD_PARTY_NOUNS, THIRD_PARTY),
        (&COUNTERFEIT_WORDS, COUNTERFEIT),
        (&COPYING_VERBS, COPYING),
        (&ENCRYPTION_WORDS, ENCRYPTING),
    ]
    .into_iter()
    .flat_map(|(list, bit)| list.list().iter().map(move |&w| (w, bit)))
}

/// A word rule of [`types`]: whether a sentence tells of its kind.
type WordRule = fn(&str) -> bool;

/// The bits of the word rules' lists in [`super::cues::Cue::Anchor`].
const TAMPERED: u8 = 1;
const THIRD_PARTY: u8 = 2;
const COUNTERFEIT: u8 = 4;
const COPYING: u8 = 8;
const ENCRYPTING: u8 = 16;

/// Whether the sentence has a victim's machines or files encrypted, in one clause: a word of
/// `[encryption-words]` at most five words before an `[encrypted-things]` word ("encrypted
/// parts of its IT systems", "encryption of a number of servers"), or such a word then, at
/// most five words on, "encrypted" after "were", "was" or "been" ("some files had been
/// encrypted"). Not after a word of `[negators]` in the clause ("records that were not
/// encrypted"), nor past a word of `[cipher-objects]` ("the encrypted network comprising
/// Tor servers").
fn machines_encrypted(sentence: &str) -> bool {
    let (mut since_word, mut last_thing, mut denied) = (None, None, false);
    let mut previous = "";
    for (k, w) in split_space(sentence).enumerate() {
        let bare = trim_to_ascii(w, |b| b.is_ascii_alphanumeric());
        denied |= NEGATORS.contains_ascii_lowercase(bare);
        if !denied {
            if ENCRYPTED_THINGS.contains_ascii_lowercase(bare)
                && since_word.is_some_and(|v: usize| k - v <= 5)
            {
                return true;
            }
            let passive = matches!(previous, "were" | "was" | "been");
            if bare.eq_ignore_ascii_case("encrypted")
                && passive
                && last_thing.is_some_and(|n: usize| k - n <= 5)
            {
                return true;
            }
            if ENCRYPTION_WORDS.contains_ascii_lowercase(bare) {
                since_word = Some(k);
            } else if CIPHER_OBJECTS.contains_ascii_lowercase(bare) {
                since_word = None;
            }
            if ENCRYPTED_THINGS.contains_ascii_lowercase(bare) {
                last_thing = Some(k);
            }
        }
        previous = bare;
        if w.ends_with([',', ';', ':', '.']) {
            (since_word, last_thing, denied) = (None, None, false);
        }
    }
    false
}

/// Whether a `[tampered-words]` word stands at most three words before a `[carrier-nouns]`
/// one, within a clause ("a poisoned software update", "tampered with its terminal update").
fn carrier_tampered(sentence: &str) -> bool {
    word_then_word(sentence, &TAMPERED_WORDS, &CARRIER_NOUNS, 3)
}

/// Whether a word of `first` stands at most `reach` words before a word of `then`, within a
/// clause (a comma, semicolon, colon or full stop ends one): ASCII case ignored, the words'
/// edges stripped of punctuation but for hyphens.
fn word_then_word(sentence: &str, first: &Words, then: &Words, reach: usize) -> bool {
    let mut since_first = None;
    for w in split_space(sentence) {
        let bare = trim_to_ascii(w, |b| b.is_ascii_alphanumeric() || b == b'-');
        if since_first.is_some_and(|n| n <= reach) && then.contains_ascii_lowercase(bare) {
            return true;
        }
        since_first = if first.contains_ascii_lowercase(bare) {
            Some(0)
        } else {
            since_first.map(|n| n + 1)
        };
        if w.ends_with([',', ';', ':', '.']) {
            since_first = None;
        }
    }
    false
}

/// Whether a firm serving the victims stands on the path of the attack: a
/// `[third-party-leads]` word at most four words before a `[third-party-nouns]` one, within a
/// clause ("through a shared IT services provider", "via its contractor"). After "at", the
/// firm must be one of the victim's own, not the victim named by its kind: a determiner or a
/// possessive follows "at" ("a breach at one of our suppliers", "at a production vendor"; not
/// "intrusions at telecommunications providers", "at payments provider Acme").
fn through_a_third_party(sentence: &str) -> bool {
    let mut since_lead = None;
    for w in split_space(sentence) {
        let bare = trim_to_ascii(w, |b| b.is_ascii_alphanumeric());
        if since_lead.is_some_and(|(n, _)| n <= 4)
            && THIRD_PARTY_NOUNS.contains_ascii_lowercase(bare)
        {
            return true;
        }
        since_lead = if THIRD_PARTY_LEADS.contains_ascii_lowercase(bare) {
            Some((0, bare.eq_ignore_ascii_case("at")))
        } else {
            match since_lead {
                // "at" then a determiner or a possessive: the firm is the victim's.
                Some((0, true)) => ["a", "an", "one", "our", "its", "their"]
                    .iter()
                    .any(|d| bare.eq_ignore_ascii_case(d))
                    .then_some((1, false)),
                Some((n, at)) => Some((n + 1, at)),
                None => None,
            }
        };
        if w.ends_with([',', ';', ':', '.']) {
            since_lead = None;
        }
    }
    false
}

/// Whether a `[copying-verbs]` word stands at most six words after a `[data-nouns]` one or
/// four before it, in one clause with no `[negators]` word before the verb ("attackers had
/// copied files from a server", "design documents were copied"; not "no files were
/// copied"). What a crew says it copied ("announced that it copied 14 TB of data") is its
/// claim, not a theft known.
fn data_copied(sentence: &str) -> bool {
    let mut last_noun = None;
    let mut denied = false;
    let mut since_verb = None;
    // The last three words, to read who says the copying ("said that it had copied").
    let mut before: [&str; 3] = [""; 3];
    for (k, w) in split_space(sentence).enumerate() {
        let bare = trim_to_ascii(w, |b| b.is_ascii_alphanumeric());
        let earlier = before;
        before = [before[1], before[2], bare];
        if COPYING_VERBS.contains_ascii_lowercase(bare) && claimed_copy(earlier) {
            denied = true;
        }
        if NEGATORS.contains_ascii_lowercase(bare) {
            denied = true;
        }
        if DATA_NOUNS.contains_ascii_lowercase(bare) {
            if since_verb.is_some_and(|v: usize| k - v <= 4) {
                return true;
            }
            last_noun = Some(k);
        }
        if COPYING_VERBS.contains_ascii_lowercase(bare) && !denied {
            // A passive's subject may run on ("documents for some parts were copied").
            if last_noun.is_some_and(|n| k - n <= 6) {
                return true;
            }
            since_verb = Some(k);
        }
        if w.ends_with([',', ';', ':', '.']) {
            last_noun = None;
            since_verb = None;
            denied = false;
        }
    }
    false
}

/// Whether a `[counterfeit-words]` word stands at most four words before a `[message-nouns]`
/// one, in one clause ("a fake Microsoft 365 login page", "fake job offers").
fn counterfeit_message(sentence: &str) -> bool {
    word_then_word(sentence, &COUNTERFEIT_WORDS, &MESSAGE_NOUNS, 4)
}

/// Whether the three words before a verb are a crew speaking of itself: "it", "they" or "we"
/// (perhaps then "had" or "has"), after "that" or a `[speech-verbs]` word.
fn claimed_copy(before: [&str; 3]) -> bool {
    let [a, b, c] = before;
    let (speech, pronoun) = if matches!(c, "had" | "has" | "have") {
        (a, b)
    } else {
        (b, c)
    };
    matches!(pronoun, "it" | "they" | "we")
        && (speech == "that" || SPEECH_VERBS.contains_ascii_lowercase(speech))
}

/// The kinds of attack a text tells: those it says in its lead or repeats, and those it says
/// only once, later.
struct Kinds {
    firm: Vec<IncidentType>,
    once: Vec<IncidentType>,
}

/// Whether a cue starting at `at` is denied by one of the `earlier` cues of its sentence: a
/// negation a few words before it in the same clause ("no evidence that data was stolen",
/// "yet to confirm whether data was stolen"), unless a question word between them makes the
/// unknown the extent, not the deed ("we don't know what was stolen": `[interrogatives]`).
fn negated(text: &str, earlier: &[super::cues::CueHit], at: usize) -> bool {
    earlier
        .iter()
        .rev()
        .take_while(|c| at - c.span.end < 64)
        .any(|c| {
            c.cue == Cue::Negation && {
                let between = &text[c.span.end..at];
                find_either(between, b',', b';').is_none()
                    && !between.contains(" but ")
                    && !between
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .any(|w| INTERROGATIVES.contains_ascii_lowercase(w))
            }
        })
}

/// Whether a word of breach between a word of use or origin (`[staging-leads]`) and the
/// machines (`[staging-nouns]`) tells what an attack was run from ("traffic came from
/// compromised servers abroad", "routed through compromised routers"), not a breach of the
/// victim; "aside from breaches" is none of it.
fn run_from(text: &str, word: Span) -> bool {
    STAGING_LEADS.contains_ascii_lowercase(last_word(text[..word.start].trim_end()))
        && text[word.end..].split_whitespace().next().is_some_and(|w| {
            STAGING_NOUNS
                .contains_ascii_lowercase(w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        })
}

/// Whether "no" quantifies the deed's phrase, a few words before it in its clause ("left no
/// ransom note", "no systems were breached"); not "no longer", "no fewer than", "no doubt".
fn none_of(text: &str, floor: usize, at: usize) -> bool {
    // A few words: the bytes just before the deed, not its whole sentence.
    const REACH: usize = 48;
    let before = &text[first_boundary(text, floor.max(at.saturating_sub(REACH)), at)..at];
    let clause = &before[rfind_either(before, b',', b';').map_or(0, |i| i + 1)..];
    let mut next = None;
    for w in clause.split_whitespace().rev().take(4) {
        if w.eq_ignore_ascii_case("no") {
            return !next.is_some_and(|n: &str| {
                ["longer", "fewer", "more", "less", "doubt", "matter"]
                    .iter()
                    .any(|x| n.eq_ignore_ascii_case(x))
            });
        }
        next = Some(w);
    }
    false
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
    fn an_appositive_s_head_makes_an_overseer() {
        let read = |sentence: &str, name: &str| {
            let at = sentence.find(name).unwrap();
            described_as_overseer(
                sentence,
                Span::new(at, at + name.len()),
                Span::new(0, sentence.len()),
            )
        };
        assert!(read(
            "Qualreg, the exams regulator for England, said it had been informed.",
            "Qualreg"
        ));
        assert!(read(
            "Kestrel, a national watchdog in Ruritania, said it was looking into it.",
            "Kestrel"
        ));
        // The head is the phrase's last word before what qualifies it.
        assert!(!read(
            "Quillon Analytics, a business intelligence software maker, said it was hit.",
            "Quillon Analytics"
        ));
        assert!(!read(
            "Orvell, a hospital in Leeds, said it was hit.",
            "Orvell"
        ));
    }

    #[test]
    fn run_to_space_as_by_a_byte_loop() {
        let text = "Acme Hit\tBy\u{a0}Hackers, Zürich firm\x0bsays!~\x7f\x1f \u{2009}x";
        crate::extract::ascii::each_sub_slice(text.as_bytes(), |b| {
            let want = b
                .iter()
                .position(|&c| c <= b' ' || !c.is_ascii())
                .unwrap_or(b.len());
            assert_eq!(to_space_or_other(b), want, "{b:?}");
        });
        for c in 0..=255u8 {
            let stop = c <= b' ' || !c.is_ascii();
            assert_eq!(to_space_or_other(&[c; 9]), if stop { 0 } else { 9 }, "{c}");
        }
    }

    #[test]
    fn site_suffixes_of_headlines() {
        fn at(h: &str) -> Option<&str> {
            site_suffix(h).map(|i| &h[i..])
        }
        assert_eq!(at("Acme hacked - CyberScoop"), Some(" - CyberScoop"));
        assert_eq!(
            at("Acme hit | News | The Times."),
            Some(" | News | The Times.")
        );
        assert_eq!(
            at("Acme hit | Threatpost | The first stop for security news."),
            Some(" | Threatpost | The first stop for security news.")
        );
        assert_eq!(at("Acme hit by ransomware"), None);

        assert_eq!(
            at("Acme - the region's largest port operator - was hit by a long ransomware attack"),
            None
        );
    }

    #[test]
    fn site_suffixes_as_searched_separator_by_separator() {
        // The search the scan of spaces replaced: each separator's matches in turn.
        fn by_separator(headline: &str) -> Option<usize> {
            let headline = headline.trim_end_matches(['.', ' ']);
            let mut best = None;
            for sep in [" | ", " - ", " – ", " — ", " « "] {
                for (at, _) in headline.match_indices(sep) {
                    let rest = &headline[at + sep.len()..];
                    let mut parts = rest.split(['|', '-', '–', '—', '«']);
                    let parts_short = if sep == " | " {
                        parts
                            .next()
                            .is_some_and(|p| p.split_whitespace().count() <= 4)
                    } else {
                        parts.all(|p| p.split_whitespace().count() <= 4)
                    };
                    if at > 0 && parts_short && best.is_none_or(|b| at < b) {
                        best = Some(at);
                    }
                }
            }
            best
        }
        let pieces = [
            "Acme",
            " - ",
            " | ",
            " – ",
            " — ",
            " « ",
            "hit by a long ransomware attack",
            "Wire",
            "-",
            " ",
            "The Times",
            ".",
            "é",
        ];
        // Every headline of up to four pieces.
        let mut headlines = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = headlines
                .iter()
                .flat_map(|h| pieces.iter().map(move |p| format!("{h}{p}")))
                .collect();
            headlines.extend(longer);
        }
        for h in &headlines {
            assert_eq!(site_suffix(h), by_separator(h), "{h:?}");
        }
    }

    /// `is_title_case` as it was written before it read bytes.
    fn title_case_by_split(title: &str) -> bool {
        let (mut words, mut caps) = (0, 0);
        for w in title.split_whitespace().filter(|w| w.len() > 3) {
            words += 1;
            if w.starts_with(char::is_uppercase) {
                caps += 1;
            }
        }
        words >= 3 && caps * 4 >= words * 3
    }

    #[test]
    fn title_case_as_split_at_white_space() {
        let titles = [
            "",
            "Acme Hacked By Zenith Group",
            "Acme hacked by the Zenith group",
            "Acme\tHacked\x0bBy\x0cZenith\rGroup",
            "Acme\u{a0}Hacked\u{2009}Zenith\u{3000}Group Ltd",
            "Acme\u{1c}Hacked Zenith Group",
            "Ökobank Über Ämter Ärzte",
            "ökobank über ämter ärzte",
            "“Acme” Hacked — Zenith’s Group",
            "Éé Ééé Éééé Ééééé",
            "Σσσσ Δδδδ Λλλλ ωωωω",
        ];
        for t in titles {
            assert_eq!(is_title_case(t), title_case_by_split(t), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn title_case_as_split_at_white_space_anywhere(
            t in "([A-Za-zÉéΣσ]{1,6}|[ \t\x0b\x0c\r\n\u{1c}\u{85}\u{a0}\u{2009}\u{3000}]|\\PC){0,40}"
        ) {
            proptest::prop_assert_eq!(is_title_case(&t), title_case_by_split(&t));
        }
    }

    #[test]
    fn modals_and_possibilities_as_split_at_characters() {
        // The reading the byte splits replaced: characters, from a character boundary.
        fn modal_by_chars(text: &str, at: usize) -> bool {
            let from = first_boundary(text, at.saturating_sub(100), at);
            text[from..at]
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| MODALS.contains_ascii_lowercase(w))
        }
        fn potential_by_chars(text: &str, at: usize) -> bool {
            let word = text[..at]
                .trim_end()
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            ["be", "could", "can", "may", "might", "would", "to"]
                .iter()
                .any(|m| word.eq_ignore_ascii_case(m))
        }
        let texts = [
            String::new(),
            "the data COULD be used".to_owned(),
            "staff should\u{a0}learn to spot it".to_owned(),
            "éwillé can’t \u{212a}an mayé Could".to_owned(),
            format!("{}could{}be", "é".repeat(60), " ü".repeat(40)),
            format!("{}must be", "🦀".repeat(30)),
        ];
        for text in &texts {
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    modal_before(text, 0, at),
                    modal_by_chars(text, at),
                    "{text:?} {at}"
                );
                assert_eq!(
                    potential(text, at),
                    potential_by_chars(text, at),
                    "{text:?} {at}"
                );
            }
        }
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
    fn the_word_before_the_last_is_that_of_rsplit() {
        for text in [
            "",
            "had",
            "had x",
            "x had y",
            " had x",
            "a  b",
            "hackers had breached",
            "é had ü",
        ] {
            assert_eq!(next_to_last_word(text), text.rsplit(' ').nth(1), "{text:?}");
        }
    }
}
