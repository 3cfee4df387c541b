//! Who is said to be behind the reported incident, how firmly, by whom; and each actor's role.
//!
//! The rules read the sentence that links an actor and an event:
//! - its cue words give the status (attributed to -> confirmed, believed -> suspected,
//!   claimed -> claimed, could be -> speculated, denied -> denied); a hedge before the actor
//!   weakens a firm verb ("attributes with moderate confidence to X");
//! - a sentence about earlier or other activity ("previously", "that attack", a date months
//!   before the incident) makes the actor's role `context`, and so does every following
//!   sentence about the same actor until the text returns to the present;
//! - an actor the text names without any cue takes the article's own stance (the headline's
//!   hedge, or a statement of fact) when it is the article's main actor, `context` otherwise.

use crate::gazetteer::HitKind;
use crate::model::{
    Actor, ActorKind, Attribution, AttributionStatus, Country, Incident, Mention, Role,
};

use super::Doc;
use super::actors::FoundActor;
use super::cues::Cue;

/// Per found actor: its role and the sentences that support it.
#[derive(Debug, Clone)]
pub(crate) struct ActorRole {
    pub(crate) role: Role,
    /// Sentences (indices) that support the role.
    pub(crate) evidence: Vec<usize>,
    /// Sentences about the actor's earlier activity.
    pub(crate) past: Vec<usize>,
}

/// The attribution analysis of one text.
#[derive(Debug, Clone)]
pub(crate) struct Analysis {
    pub(crate) roles: Vec<ActorRole>,
    pub(crate) main: Attribution,
    /// Sentences about other, earlier activity (after following the actors' threads).
    pub(crate) past: Vec<bool>,
}

/// The status a sentence gives an actor named at `at`.
fn status_of(doc: &Doc<'_, '_>, sentence: usize, at: usize) -> Option<AttributionStatus> {
    let cues = doc.cues_in(sentence);
    let has = |want: Cue| cues.iter().any(|c| c.cue == want);
    let hedge_before = cues
        .iter()
        .any(|c| c.cue == Cue::Suspect && c.span.start < at);
    if has(Cue::Deny) {
        Some(AttributionStatus::Denied)
    } else if has(Cue::Confirm) && hedge_before {
        Some(AttributionStatus::Suspected)
    } else if has(Cue::Confirm) {
        Some(AttributionStatus::Confirmed)
    } else if has(Cue::Claim) {
        Some(AttributionStatus::Claimed)
    } else if has(Cue::Suspect) {
        Some(AttributionStatus::Suspected)
    } else if has(Cue::Speculate) {
        Some(AttributionStatus::Speculated)
    } else {
        None
    }
}

fn role_of(status: AttributionStatus) -> Role {
    match status {
        AttributionStatus::Confirmed => Role::Confirmed,
        AttributionStatus::Suspected => Role::Suspected,
        AttributionStatus::Claimed => Role::Claimed,
        AttributionStatus::Speculated => Role::Speculated,
        AttributionStatus::Denied => Role::Denied,
        AttributionStatus::Unattributed => Role::Context,
    }
}

/// Sentence indices naming each actor, with the first mention's offset in each.
fn sentences_of(doc: &Doc<'_, '_>, actor: &FoundActor) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for m in &actor.mentions {
        let i = doc.sentence_at(m.start);
        if out.last().is_none_or(|&(j, _)| j != i) {
            out.push((i, m.start));
        }
    }
    out
}

/// Attributes the reported incident and gives every actor its role.
pub(crate) fn analyse<'g, 't>(
    doc: &Doc<'_, '_>,
    found: &[FoundActor],
    summary: impl FnOnce() -> Vec<Doc<'g, 't>>,
) -> Analysis {
    let mut summary = Some(summary);
    let mut summary_docs: Option<Vec<Doc<'g, 't>>> = None;
    let per_actor: Vec<Vec<(usize, usize)>> = found.iter().map(|a| sentences_of(doc, a)).collect();
    let past = follow_threads(doc, &per_actor);
    let article_status = article_stance(doc, &per_actor);

    let present_counts: Vec<usize> = per_actor
        .iter()
        .map(|v| v.iter().filter(|&&(i, _)| !past[i]).count())
        .collect();
    let main_actors = main_actors(&per_actor, &past, &present_counts);
    let mut roles = Vec::with_capacity(found.len());
    for (k, sentences) in per_actor.iter().enumerate() {
        let mut statuses: Vec<(AttributionStatus, usize)> = Vec::new();
        let mut past_sentences = Vec::new();
        for &(i, at) in sentences {
            if past[i] {
                past_sentences.push(i);
            } else if let Some(s) = status_of(doc, i, at) {
                statuses.push((s, i));
            }
        }
        let present = sentences.iter().any(|&(i, _)| !past[i]);
        let role = if statuses
            .iter()
            .any(|(s, _)| *s == AttributionStatus::Denied)
        {
            Role::Denied
        } else if let Some(&(s, _)) = statuses.iter().min_by_key(|(s, _)| *s) {
            role_of(s)
        } else if present && main_actors[k] {
            role_of(article_status)
        } else if present {
            let lines =
                summary_docs.get_or_insert_with(|| summary.take().map(|f| f()).unwrap_or_default());
            corroborated(lines, &found[k].name).unwrap_or(Role::Context)
        } else {
            Role::Context
        };
        let evidence = match role {
            Role::Context => past_sentences.clone(),
            _ if statuses.is_empty() => sentences
                .iter()
                .map(|&(i, _)| i)
                .filter(|&i| !past[i])
                .take(1)
                .collect(),
            _ => statuses.iter().map(|&(_, i)| i).collect(),
        };
        roles.push(ActorRole {
            role,
            evidence,
            past: past_sentences,
        });
    }
    let main = main_attribution(doc, found, &roles, &past);
    Analysis { roles, main, past }
}

/// Sentences about earlier activity, extended along each actor's thread: a sentence naming
/// an actor right after a past sentence about the same actor continues that story.
fn follow_threads(doc: &Doc<'_, '_>, per_actor: &[Vec<(usize, usize)>]) -> Vec<bool> {
    let mut past = doc.past.clone();
    for sentences in per_actor {
        for pair in sentences.windows(2) {
            let (a, b) = (pair[0].0, pair[1].0);
            if past[a] && b == a + 1 && !present_marker(doc.sentence_text(b)) {
                past[b] = true;
            }
        }
    }
    past
}

fn present_marker(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    [
        "this week",
        "today",
        "now ",
        "latest",
        "recent",
        "this month",
        "on monday",
        "on tuesday",
        "on wednesday",
        "on thursday",
        "on friday",
    ]
    .iter()
    .any(|m| lower.contains(m))
}

/// The article's own stance when it names its main actor without a cue: the headline's cue,
/// else a cue in a sentence about "the group" without a name, else a statement of fact.
fn article_stance(doc: &Doc<'_, '_>, per_actor: &[Vec<(usize, usize)>]) -> AttributionStatus {
    if !doc.sentences.is_empty()
        && let Some(s) = status_of(doc, 0, doc.sentences[0].end)
    {
        return s;
    }
    let mut named = vec![false; doc.sentences.len()];
    for &(i, _) in per_actor.iter().flatten() {
        named[i] = true;
    }
    (0..doc.sentences.len())
        .filter(|&i| !doc.past[i] && !named[i] && doc.has_cue(i, Cue::GroupNoun))
        .filter_map(|i| status_of(doc, i, doc.sentences[i].end))
        .filter(|s| {
            matches!(
                s,
                AttributionStatus::Confirmed | AttributionStatus::Suspected
            )
        })
        .min()
        .unwrap_or(AttributionStatus::Confirmed)
}

/// The article's main actors: named in the headline or the lead, or named most often.
fn main_actors(per_actor: &[Vec<(usize, usize)>], past: &[bool], present: &[usize]) -> Vec<bool> {
    let top = present.iter().copied().max().unwrap_or(0);
    let alone_at_top = present.iter().filter(|&&n| n == top).count() == 1;
    per_actor
        .iter()
        .zip(present)
        .map(|(sentences, &n)| {
            sentences.iter().any(|&(i, _)| i <= 2 && !past[i])
                || (n >= 2 && n == top && alone_at_top)
        })
        .collect()
}

/// The summary's word on an actor the body names without a cue.
fn corroborated(summary: &[Doc<'_, '_>], name: &str) -> Option<Role> {
    for line in summary {
        for (i, s) in line.sentences.iter().enumerate() {
            let text = &line.text[s.start..s.end];
            if let Some(at) = text.find(name) {
                if line.past[i] {
                    return Some(Role::Context);
                }
                if let Some(status) = status_of(line, i, s.start + at) {
                    return Some(role_of(status));
                }
            }
        }
    }
    None
}

fn main_attribution(
    doc: &Doc<'_, '_>,
    found: &[FoundActor],
    roles: &[ActorRole],
    past: &[bool],
) -> Attribution {
    let mut attribution = Attribution::unattributed();
    let named: Vec<usize> = (0..found.len())
        .filter(|&k| roles[k].role != Role::Context)
        .collect();
    if named.is_empty() {
        attribution.hypotheses = hypotheses(doc, past);
        attribution.evidence = (0..doc.sentences.len())
            .filter(|&i| {
                !past[i]
                    && (doc.has_cue(i, Cue::Speculate) || doc.has_cue(i, Cue::Negation))
                    && doc
                        .cues_in(i)
                        .iter()
                        .any(|c| matches!(c.cue, Cue::Hypothesis(_)))
            })
            .map(|i| doc.abs(doc.sentences[i]))
            .collect();
        return attribution;
    }
    let status = if named.iter().all(|&k| roles[k].role == Role::Denied) {
        AttributionStatus::Denied
    } else {
        named
            .iter()
            .filter_map(|&k| roles[k].role.status())
            .filter(|s| *s != AttributionStatus::Denied)
            .min()
            .unwrap_or(AttributionStatus::Denied)
    };
    attribution.status = status;
    attribution.confidence = status.confidence();
    attribution.actors = named.iter().map(|&k| found[k].name.clone()).collect();
    let mut evidence: Vec<usize> = named
        .iter()
        .flat_map(|&k| roles[k].evidence.iter().copied())
        .collect();
    evidence.sort_unstable();
    evidence.dedup();
    attribution.by = attributing_parties(doc, &evidence);
    attribution.evidence = evidence
        .iter()
        .map(|&i| doc.abs(doc.sentences[i]))
        .collect();
    attribution
}

/// Kinds of actor the text considers when it names none.
fn hypotheses(doc: &Doc<'_, '_>, past: &[bool]) -> Vec<ActorKind> {
    let mut out = Vec::new();
    for (i, &was) in past.iter().enumerate() {
        let open = doc.has_cue(i, Cue::Speculate)
            || doc.has_cue(i, Cue::Suspect)
            || doc.has_cue(i, Cue::Negation);
        if was || !open {
            continue;
        }
        for c in doc.cues_in(i) {
            if let Cue::Hypothesis(kind) = c.cue
                && !out.contains(&kind)
            {
                out.push(kind);
            }
        }
    }
    out
}

/// Who attributes: authorities and vendors named in the evidence, and countries named as the
/// subject of an attribution ("France attributed ...").
fn attributing_parties(doc: &Doc<'_, '_>, sentences: &[usize]) -> Vec<String> {
    let mut by: Vec<String> = Vec::new();
    for &i in sentences {
        let first_confirm = doc
            .cues_in(i)
            .iter()
            .find(|c| c.cue == Cue::Confirm)
            .map(|c| c.span.start);
        let first_cue = doc
            .cues_in(i)
            .iter()
            .find(|c| matches!(c.cue, Cue::Confirm | Cue::Suspect | Cue::Claim))
            .map_or(usize::MAX, |c| c.span.start);
        for h in doc.hits_in(i) {
            let name = match h.kind {
                // The party speaks before its verdict; an agency named after it is the
                // actor's affiliation ("linked to ... the GRU").
                HitKind::Authority { name, .. } if h.end <= first_cue || says_after(doc, h.end) => {
                    name.to_owned()
                }
                HitKind::Country {
                    form: crate::gazetteer::CountryForm::Name,
                    ..
                } if first_confirm.is_some_and(|at| h.end <= at && at - h.end < 12) => {
                    doc.text[h.start..h.end].to_owned()
                }
                _ => continue,
            };
            if !by.contains(&name) {
                by.push(name);
            }
        }
    }
    by
}

/// "X said", "X says", "according to X" around an authority named at `end`.
fn says_after(doc: &Doc<'_, '_>, end: usize) -> bool {
    let after = doc.text[end..]
        .trim_start_matches([' ', ',', ')'])
        .to_ascii_lowercase();
    ["said", "says", "stated", "reported", "wrote"]
        .iter()
        .any(|w| after.starts_with(w))
}

impl Analysis {
    /// Earlier events the text cites: one per actor named for other activity with a cue
    /// (e.g. "In April, France attributed a campaign to APT28").
    pub(crate) fn context_incidents(
        &self,
        doc: &Doc<'_, '_>,
        found: &[FoundActor],
    ) -> Vec<Incident> {
        let mut out: Vec<Incident> = Vec::new();
        for (k, r) in self.roles.iter().enumerate() {
            if r.role != Role::Context {
                continue;
            }
            let cued: Vec<(usize, AttributionStatus)> = sentences_of(doc, &found[k])
                .into_iter()
                .filter(|&(i, _)| self.past[i])
                .filter_map(|(i, at)| status_of(doc, i, at).map(|s| (i, s)))
                .collect();
            let Some(status) = cued.iter().map(|(_, s)| *s).min() else {
                continue;
            };
            let mut sentences = r.past.clone();
            // The sentence after an attribution often lists what was hit ("According to the
            // report, the targets include ...").
            sentences.sort_unstable();
            sentences.dedup();
            let mut incident = Incident {
                context: true,
                types: Vec::new(),
                victims: Vec::new(),
                sectors: Vec::new(),
                countries: Vec::new(),
                when: None,
                attribution: Attribution {
                    status,
                    actors: vec![found[k].name.clone()],
                    by: attributing_parties(doc, &sentences),
                    hypotheses: Vec::new(),
                    confidence: status.confidence(),
                    evidence: cued
                        .iter()
                        .map(|&(i, _)| doc.abs(doc.sentences[i]))
                        .collect(),
                },
            };
            let own_country = found[k].entry.and_then(|e| doc.g.entry(e).country());
            let by_countries: Vec<&str> =
                incident.attribution.by.iter().map(String::as_str).collect();
            for &i in &sentences {
                for c in doc.cues_in(i) {
                    if let Cue::Type(t) = c.cue {
                        push(&mut incident.types, t);
                    }
                }
                for h in doc.hits_in(i) {
                    match h.kind {
                        HitKind::Sector(s) => push(&mut incident.sectors, s),
                        HitKind::Country { country, .. }
                            if !by_countries.contains(&&doc.text[h.start..h.end])
                                && own_country != Some(country) =>
                        {
                            push(&mut incident.countries, country);
                        }
                        _ => {}
                    }
                }
                if incident.when.is_none() {
                    incident.when = doc
                        .dates
                        .iter()
                        .find(|d| doc.sentences[i].contains(d.span))
                        .map(|d| d.window);
                }
            }
            // Several actors attributed in one sentence share one incident.
            if let Some(same) = out
                .iter_mut()
                .find(|o| o.attribution.evidence == incident.attribution.evidence)
            {
                same.attribution.actors.extend(incident.attribution.actors);
                continue;
            }
            out.push(incident);
        }
        out
    }

    /// The model's actors: one per canonical actor, with role and mentions.
    pub(crate) fn actors(&self, doc: &Doc<'_, '_>, found: &[FoundActor]) -> Vec<Actor> {
        found
            .iter()
            .zip(&self.roles)
            .map(|(a, r)| {
                let mentions = a
                    .mentions
                    .iter()
                    .map(|m| Mention {
                        text: doc.text[m.start..m.end].to_owned(),
                        span: doc.abs(*m),
                    })
                    .collect();
                match a.entry {
                    Some(id) => {
                        let e = doc.g.entry(id);
                        Actor {
                            name: e.name().to_owned(),
                            attack_id: e.attack_id().map(str::to_owned),
                            aliases: e.aliases().to_vec(),
                            types: e.kinds().to_vec(),
                            country: e.country(),
                            role: r.role,
                            mentions,
                        }
                    }
                    None => Actor {
                        name: a.name.clone(),
                        attack_id: None,
                        aliases: Vec::new(),
                        types: Vec::new(),
                        country: None,
                        role: r.role,
                        mentions,
                    },
                }
            })
            .collect()
    }

    /// Countries the named, non-context actors come from (never a victim's country).
    pub(crate) fn actor_countries(&self, doc: &Doc<'_, '_>, found: &[FoundActor]) -> Vec<Country> {
        found
            .iter()
            .zip(&self.roles)
            .filter(|(_, r)| r.role != Role::Context)
            .filter_map(|(a, _)| a.entry.and_then(|id| doc.g.entry(id).country()))
            .collect()
    }
}

pub(crate) fn push<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}
