//! Words for the exports: what an analyst reads in a platform's list and detail views.
//!
//! STIX and MISP show the same things under the same names, so both take their names,
//! descriptions and attribution summaries from here.
//!
//! # What counts as an attribution
//! | incident status | actor's edge status | exported as |
//! |---|---|---|
//! | confirmed, suspected, claimed | confirmed, suspected, claimed | the actor is behind the incident (`attributed-to`, a MISP galaxy) |
//! | any | speculated, denied | named, not behind it (`related-to`, a note) |
//! | speculated, denied, unattributed | any | named, not behind it |
//!
//! An actor an article names only for earlier activity is behind the cited incident (when
//! that one is attributed), never behind the incident the article reports.

use std::fmt::Write as _;

use crate::gazetteer::Gazetteer;
use crate::graph::{ActorId, AttributedTo, IncidentId, KnowledgeGraph};
use crate::model::{AttributionStatus, Country, IncidentType, Role};

/// True when an actor linked to an incident at `edge` is behind an incident whose own status
/// is `incident` (the table in the module docs).
pub(crate) fn counts(incident: AttributionStatus, edge: AttributionStatus) -> bool {
    incident <= AttributionStatus::Claimed && edge <= AttributionStatus::Claimed
}

/// Actors linked to an incident, with their edges.
pub(crate) type Linked<'g> = Vec<(ActorId, &'g AttributedTo)>;

/// The actors an incident's attribution names, each with its edge, firmest first, then by
/// name: `(behind, named only)`.
pub(crate) fn actors_of(graph: &KnowledgeGraph, incident: IncidentId) -> (Linked<'_>, Linked<'_>) {
    let status = graph.incident(incident).status;
    let mut all: Vec<(ActorId, &AttributedTo)> = graph.attributed_actors(incident).collect();
    all.sort_by(|a, b| {
        a.1.status
            .cmp(&b.1.status)
            .then_with(|| graph.actor(a.0).name.cmp(&graph.actor(b.0).name))
    });
    all.into_iter().partition(|(_, e)| counts(status, e.status))
}

/// How the exports say a kind of incident: the phrase in a name ("data theft"), and OpenCTI's
/// `incident_type_ov` value with its rank (the most telling kind of an incident gives its
/// type, lowest rank first). One table, so a new kind is added once.
pub(crate) fn kind_words(kind: IncidentType) -> (&'static str, u8, &'static str) {
    match kind {
        IncidentType::Ransomware => ("ransomware attack", 0, "ransomware"),
        IncidentType::Phishing => ("phishing", 1, "phishing"),
        IncidentType::DataTheft => ("data theft", 2, "data-leak"),
        IncidentType::Ddos => ("DDoS attack", 3, "information-system-disruption"),
        IncidentType::Wiper => ("wiper attack", 3, "information-system-disruption"),
        IncidentType::Defacement => ("defacement", 4, "reputation-damage"),
        IncidentType::Fraud => ("fraud", 5, "cybercrime"),
        IncidentType::Breach => ("breach", 6, "compromise"),
        IncidentType::Espionage => ("espionage", 6, "compromise"),
        IncidentType::SupplyChain => ("supply-chain compromise", 6, "compromise"),
        IncidentType::VulnerabilityExploitation => ("vulnerability exploitation", 6, "compromise"),
    }
}

/// A kind of incident as a phrase ("data theft", "DDoS attack").
pub(crate) fn kind_phrase(kind: IncidentType) -> &'static str {
    kind_words(kind).0
}

/// OpenCTI's `incident_type` for an incident of these kinds: the most telling one.
pub(crate) fn opencti_incident_type(
    kinds: impl Iterator<Item = IncidentType>,
) -> Option<&'static str> {
    kinds
        .map(kind_words)
        .min_by_key(|&(_, rank, _)| rank)
        .map(|(_, _, name)| name)
}

/// "a", "a and b", "a, b and c".
pub(crate) fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// A country's common name, its code when the gazetteer has none.
pub(crate) fn country_name(country: Country) -> String {
    Gazetteer::embedded()
        .country_name(country)
        .map_or_else(|| country.code().to_owned(), str::to_owned)
}

/// An incident's name as an analyst would write it: who, what, against whom, when.
///
/// "Unattributed breach and data theft against French Interior Ministry, 2025-12-11 to
/// 2025-12-12"; a cited incident is named as the earlier campaign it is: "Earlier APT28
/// campaign: espionage against France".
pub(crate) fn incident_name(graph: &KnowledgeGraph, id: IncidentId) -> String {
    let node = graph.incident(id);
    let (behind, _) = actors_of(graph, id);
    let names: Vec<&str> = behind
        .iter()
        .map(|(a, _)| graph.actor(*a).name.as_str())
        .collect();
    let kinds: Vec<&str> = node.types.iter().map(kind_phrase).collect();
    let mut name = if node.context {
        let who = if names.is_empty() {
            "unattributed".to_owned()
        } else {
            and_list(&names)
        };
        if kinds.is_empty() {
            format!("Earlier {who} campaign")
        } else {
            format!("Earlier {who} campaign: {}", and_list(&kinds))
        }
    } else {
        let who = if names.is_empty() {
            "Unattributed".to_owned()
        } else {
            and_list(&names)
        };
        if kinds.is_empty() {
            format!("{who} incident")
        } else {
            format!("{who} {}", and_list(&kinds))
        }
    };
    let victims: Vec<&str> = graph
        .victims_of(id)
        .map(|o| graph.org(o).name.as_str())
        .collect();
    let against: Vec<String> = if victims.is_empty() {
        graph
            .countries_of(id)
            .into_iter()
            .map(country_name)
            .collect()
    } else {
        // At most three names, and fewer when they are long: a name is read in a list view.
        let mut keep = victims.len().min(3);
        while keep > 1 && victims[..keep].iter().map(|v| v.len() + 2).sum::<usize>() > 70 {
            keep -= 1;
        }
        let mut first: Vec<String> = victims[..keep].iter().map(|&v| v.to_owned()).collect();
        match victims.len() - keep {
            0 => {}
            1 => first.push("1 other".to_owned()),
            n => first.push(format!("{n} others")),
        }
        first
    };
    if !against.is_empty() {
        let _ = write!(name, " against {}", and_list(&against));
    }
    match node.when {
        Some(when) if when.from == when.to => {
            let _ = write!(name, ", {}", when.from);
        }
        Some(when) => {
            let _ = write!(name, ", {} to {}", when.from, when.to);
        }
        None if !node.context => {
            let scraped = graph.article(node.article).scraped_at.date();
            let _ = write!(name, ", reported {scraped}");
        }
        None => {}
    }
    match node.status {
        AttributionStatus::Suspected | AttributionStatus::Claimed if !names.is_empty() => {
            let _ = write!(name, " ({})", node.status);
        }
        _ => {}
    }
    name
}

/// How one actor is linked to an incident: "attributed to APT28 by France and ANSSI
/// (confirmed, confidence 85)", "Qilin denies involvement".
pub(crate) fn actor_phrase(graph: &KnowledgeGraph, actor: ActorId, edge: &AttributedTo) -> String {
    let name = &graph.actor(actor).name;
    let by: Vec<&str> = edge.by.iter().map(String::as_str).collect();
    let by = if by.is_empty() {
        String::new()
    } else {
        format!(" by {}", and_list(&by))
    };
    let confidence = edge.status.confidence();
    match edge.status {
        AttributionStatus::Confirmed => {
            format!("attributed to {name}{by} (confirmed, confidence {confidence})")
        }
        AttributionStatus::Suspected => {
            format!("suspected{by} to be the work of {name} (confidence {confidence})")
        }
        AttributionStatus::Claimed => {
            format!("claimed by {name}, unconfirmed (confidence {confidence})")
        }
        AttributionStatus::Speculated => {
            format!("{name} named{by} as one possibility among several, not an attribution")
        }
        AttributionStatus::Denied => format!("{name} denies involvement, not an attribution"),
        _ => format!("{name} named, not attributed"),
    }
}

/// The attribution of an incident in one or two sentences, with the hypotheses when no actor
/// is behind it.
pub(crate) fn attribution_summary(graph: &KnowledgeGraph, id: IncidentId) -> String {
    let node = graph.incident(id);
    let (behind, named) = actors_of(graph, id);
    let mut out = if behind.is_empty() {
        let mut s = "Unattributed: no actor is named as behind it".to_owned();
        if !node.hypotheses.is_empty() {
            let h: Vec<&str> = node.hypotheses.iter().map(|h| h.as_str()).collect();
            let _ = write!(s, "; hypotheses considered: {}", and_list(&h));
        }
        s.push('.');
        s
    } else {
        let phrases: Vec<String> = behind
            .iter()
            .map(|(a, e)| actor_phrase(graph, *a, e))
            .collect();
        let mut s = and_list(&phrases);
        capitalise(&mut s);
        s.push('.');
        s
    };
    if !named.is_empty() {
        let phrases: Vec<String> = named
            .iter()
            .map(|(a, e)| actor_phrase(graph, *a, e))
            .collect();
        let _ = write!(out, " Also named: {}.", and_list(&phrases));
    }
    out
}

/// Where an incident comes from: "Reported in \"headline\" (2025-12-15)", or for a cited one
/// "Cited as earlier activity by \"headline\" (2025-12-15); not the incident that article
/// reports".
pub(crate) fn provenance(graph: &KnowledgeGraph, id: IncidentId) -> String {
    let node = graph.incident(id);
    let article = graph.article(node.article);
    let date = article.scraped_at.date();
    let url = article
        .source
        .as_deref()
        .map(|u| format!(", {u}"))
        .unwrap_or_default();
    if node.context {
        format!(
            "Cited as earlier activity by \"{}\" ({date}{url}); not the incident that article reports.",
            article.title
        )
    } else {
        format!("Reported in \"{}\" ({date}{url}).", article.title)
    }
}

/// An incident's description: its attribution, then where it comes from.
pub(crate) fn incident_description(graph: &KnowledgeGraph, id: IncidentId) -> String {
    format!(
        "{} {}",
        attribution_summary(graph, id),
        provenance(graph, id)
    )
}

/// The note on an incident's attribution: `(abstract, content)`. For a cited incident the
/// content also says how the article's reported incident stands, so a reader of the note
/// alone does not take the earlier attribution for the reported incident's.
pub(crate) fn attribution_note(
    graph: &KnowledgeGraph,
    id: IncidentId,
    reported: Option<IncidentId>,
) -> (String, String) {
    let node = graph.incident(id);
    let (behind, _) = actors_of(graph, id);
    let r#abstract = if node.context {
        match behind.as_slice() {
            [] => "Earlier activity cited as context, unattributed".to_owned(),
            _ => {
                let names: Vec<&str> = behind
                    .iter()
                    .map(|(a, _)| graph.actor(*a).name.as_str())
                    .collect();
                format!(
                    "Earlier activity attributed to {}, cited as context only",
                    and_list(&names)
                )
            }
        }
    } else {
        format!("Attribution: {}", node.status)
    };
    let mut content = format!(
        "{}\n\n{}",
        incident_name(graph, id),
        incident_description(graph, id)
    );
    if let Some(main) = reported.filter(|_| node.context) {
        let (main_behind, _) = actors_of(graph, main);
        let earlier: Vec<&str> = behind
            .iter()
            .map(|(a, _)| graph.actor(*a).name.as_str())
            .filter(|n| !main_behind.iter().any(|(m, _)| graph.actor(*m).name == **n))
            .collect();
        if !earlier.is_empty() {
            let _ = write!(
                content,
                "\n\n{} is not named as behind the incident the article reports ({}).",
                and_list(&earlier),
                graph.incident(main).status
            );
        }
    }
    (r#abstract, content)
}

/// "Evidence: bytes 802..1020 of the input the article was read from.", `None` without
/// evidence.
pub(crate) fn evidence_line(graph: &KnowledgeGraph, id: IncidentId) -> Option<String> {
    let spans: std::collections::BTreeSet<crate::model::Span> = graph
        .incident(id)
        .evidence
        .iter()
        .chain(
            graph
                .attributed_actors(id)
                .flat_map(|(_, e)| e.evidence.iter()),
        )
        .copied()
        .collect();
    if spans.is_empty() {
        return None;
    }
    let spans: Vec<String> = spans
        .iter()
        .map(|s| format!("{}..{}", s.start, s.end))
        .collect();
    Some(format!(
        "Evidence: bytes {} of the input the article was read from.",
        spans.join(", ")
    ))
}

/// Why an actor not behind an incident is named: "for earlier activity".
pub(crate) fn role_phrase(role: Role) -> &'static str {
    match role {
        Role::Context => "for earlier activity",
        Role::Denied => "denies involvement",
        Role::Speculated => "one possibility among several",
        Role::Claimed => "claims it, unconfirmed",
        Role::Suspected => "suspected",
        Role::Confirmed => "confirmed",
    }
}

fn capitalise(s: &mut String) {
    if let Some(first) = s.chars().next() {
        let upper: String = first.to_uppercase().collect();
        s.replace_range(..first.len_utf8(), &upper);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixture::{sample_article, sample_report};

    fn sample() -> KnowledgeGraph {
        let mut graph = KnowledgeGraph::new();
        graph.ingest(&sample_article(None), &sample_report());
        graph
    }

    #[test]
    fn the_counting_table() {
        use AttributionStatus::*;
        for incident in AttributionStatus::ALL {
            for edge in AttributionStatus::ALL {
                let expected = matches!(incident, Confirmed | Suspected | Claimed)
                    && matches!(edge, Confirmed | Suspected | Claimed);
                assert_eq!(counts(*incident, *edge), expected, "{incident} {edge}");
            }
        }
    }

    #[test]
    fn the_sample_is_named_as_an_analyst_would() {
        let graph = sample();
        let names: Vec<(bool, String)> = graph
            .incidents()
            .map(|(id, node)| (node.context, incident_name(&graph, id)))
            .collect();
        let main = &names.iter().find(|(c, _)| !c).unwrap().1;
        assert!(main.starts_with("Unattributed "), "{main}");
        assert!(main.contains("French Interior Ministry"), "{main}");
        assert!(!main.contains("APT28"), "{main}");
        let context = &names.iter().find(|(c, _)| *c).unwrap().1;
        assert!(context.starts_with("Earlier APT28 campaign"), "{context}");
        assert!(context.contains("against French entities"), "{context}");
        for (_, name) in &names {
            assert!(name.len() < 150, "{name}");
        }
    }

    #[test]
    fn long_victim_lists_are_cut() {
        let mut report = sample_report();
        report.incidents.truncate(1);
        let victim = report.incidents[0].victims[0].clone();
        report.incidents[0].victims = (0..5)
            .map(|i| crate::model::Victim {
                name: format!("A Rather Long Organisation Name Number {i}"),
                ..victim.clone()
            })
            .collect();
        let mut graph = KnowledgeGraph::new();
        graph.ingest(&sample_article(None), &report);
        let (id, _) = graph.incidents().next().unwrap();
        let name = incident_name(&graph, id);
        assert!(name.contains("Number 0 and 4 others"), "{name}");
        assert!(name.len() < 120, "{name}");
    }

    #[test]
    fn the_context_note_says_who_attributed_what_and_what_it_is_not() {
        let graph = sample();
        let (main, _) = graph.incidents().find(|(_, n)| !n.context).unwrap();
        let (context, _) = graph.incidents().find(|(_, n)| n.context).unwrap();
        let (abs, content) = attribution_note(&graph, context, Some(main));
        assert!(abs.contains("APT28") && abs.contains("context"), "{abs}");
        assert!(content.contains("Attributed to APT28 by"), "{content}");
        assert!(content.contains("France (confirmed"), "{content}");
        assert!(
            content.contains(
                "APT28 is not named as behind the incident the article reports (unattributed)"
            ),
            "{content}"
        );
        let (abs, content) = attribution_note(&graph, main, None);
        assert_eq!(abs, "Attribution: unattributed");
        assert!(content.contains("hypotheses considered"), "{content}");
        assert!(
            evidence_line(&graph, main)
                .unwrap()
                .starts_with("Evidence: bytes 802..1020")
        );
    }

    #[test]
    fn the_most_telling_kind_gives_the_opencti_type() {
        use IncidentType::*;
        assert_eq!(
            opencti_incident_type([Breach, Ransomware].into_iter()),
            Some("ransomware")
        );
        assert_eq!(
            opencti_incident_type([Breach, DataTheft].into_iter()),
            Some("data-leak")
        );
        assert_eq!(
            opencti_incident_type([Espionage].into_iter()),
            Some("compromise")
        );
        assert_eq!(opencti_incident_type([].into_iter()), None);
        for kind in IncidentType::ALL {
            assert!(!kind_phrase(*kind).is_empty());
        }
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(country_name(Country::new("FR").unwrap()), "France");
    }
}
