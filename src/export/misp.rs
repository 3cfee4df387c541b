//! MISP events: one event per article, in the JSON MISP imports (`{"Event": {...}}`).
//!
//! | article and report | MISP |
//! |---|---|
//! | headline, scrape date | `info`, `date` |
//! | `Source:` URL | a `link` attribute |
//! | the brief's summary, then how attribution stands | an event report |
//! | IPs, domains, URLs, hashes | `ip-dst`, `domain`, `url`, `md5`/`sha1`/`sha256` attributes (`to_ids`) |
//! | e-mail addresses, CVEs, victims | `email`, `vulnerability`, `target-org` attributes (not `to_ids`) |
//! | actors behind the reported incident | clusters of MISP's threat-actor, ransomware or Microsoft activity-group galaxy, by the cluster UUID MISP gives them; a `threat-actor` attribute for an actor MISP does not list |
//! | sectors, countries of the reported incident | clusters of MISP's sector and country galaxies |
//! | techniques and ATT&CK software of the reported incident | clusters of MISP's `mitre-attack-pattern`, `mitre-malware` and `mitre-tool` galaxies, by the cluster UUIDs of the embedded ATT&CK tables |
//! | the reported incident's attribution, when an actor is behind it | `estimative-language:likelihood-probability` tag from its confidence (ICD 203 bands) |
//! | where it comes from | `tlp:clear`, `type:OSINT`, `osint:source-type="news-report"` tags |
//!
//! An actor the article names for earlier activity, that denies the attack or that is one
//! speculation among several gets no galaxy and no attribute: in MISP a galaxy on an event
//! reads as the event's attribution. The event report names it and says why it is there.
//!
//! UUIDs are v5 of canonical keys (the same namespace as the STIX ids), so exporting the same
//! article twice gives the same event.

use serde_json::{Value, json};
use uuid::Uuid;

use super::describe::{actors_of, and_list, attribution_note, evidence_line, role_phrase};
use super::stix::NAMESPACE;
use crate::gazetteer::attack;
use crate::gazetteer::misp::{self, Cluster};
use crate::graph::{ArticleRef, IncidentId, KnowledgeGraph};
use crate::model::{IndicatorKind, Report, SoftwareKind};
use crate::scrape::Article;

/// The MISP event for one article and what was extracted from it: `{"Event": {...}}`.
///
/// # Examples
/// ```
/// use threatbrief::export::to_misp;
/// use threatbrief::extract::Extractor;
/// use threatbrief::{Article, SAMPLE};
///
/// let article = Article::parse(SAMPLE).unwrap();
/// let report = Extractor::default().extract(&article);
/// let event = to_misp(&article, &report);
/// assert_eq!(event["Event"]["info"], article.title());
/// assert_eq!(event["Event"]["date"], "2025-12-15");
/// // APT28 is named only for an earlier campaign: no galaxy on this event.
/// assert!(!event.to_string().contains("misp-galaxy:threat-actor"));
/// ```
#[must_use]
pub fn to_misp(article: &Article<'_>, report: &Report) -> Value {
    let summary: Vec<&str> = article.summary().collect();
    let summary = summary.join("\n");
    let mut r = ArticleRef::from(article);
    if !summary.is_empty() {
        r = r.with_summary(&summary);
    }
    event(&r, report)
}

/// [`to_misp`] for an article known only by its [`ArticleRef`].
#[must_use]
pub fn to_misp_ref(article: &ArticleRef<'_>, report: &Report) -> Value {
    event(article, report)
}

fn uuid(key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, key.as_bytes()).to_string()
}

fn event(article: &ArticleRef<'_>, report: &Report) -> Value {
    let mut graph = KnowledgeGraph::new();
    graph.ingest_ref(article, report);
    let graph = graph.into_canonical();

    let date = article.scraped_at.date();
    let event_uuid = uuid(&format!(
        "misp-event|{}|{}",
        article.scraped_at.unix_timestamp_nanos(),
        article.title
    ));
    let timestamp = article.scraped_at.unix_timestamp().to_string();
    let mut attributes: Vec<Value> = Vec::new();
    let mut attribute = |kind: &str, category: &str, value: &str, to_ids: bool, comment: String| {
        let mut a = json!({
            "uuid": uuid(&format!("misp-attribute|{event_uuid}|{kind}|{value}")),
            "type": kind,
            "category": category,
            "value": value,
            "to_ids": to_ids,
            "distribution": "5",
            "timestamp": timestamp,
        });
        if !comment.is_empty() {
            a["comment"] = comment.into();
        }
        if !attributes.iter().any(|b| b["uuid"] == a["uuid"]) {
            attributes.push(a);
        }
    };

    if let Some(url) = article.source {
        attribute(
            "link",
            "External analysis",
            url,
            false,
            "The original article".into(),
        );
    }
    for i in &report.indicators {
        let (kind, category, to_ids) = match i.kind {
            IndicatorKind::Ipv4 | IndicatorKind::Ipv6 => ("ip-dst", "Network activity", true),
            IndicatorKind::Domain => ("domain", "Network activity", true),
            IndicatorKind::Url => ("url", "Network activity", true),
            IndicatorKind::Email => ("email", "Payload delivery", false),
            IndicatorKind::Md5 => ("md5", "Payload delivery", true),
            IndicatorKind::Sha1 => ("sha1", "Payload delivery", true),
            IndicatorKind::Sha256 => ("sha256", "Payload delivery", true),
            IndicatorKind::Sha512 => ("sha512", "Payload delivery", true),
            // MISP's ip-dst takes a CIDR range as well as an address.
            IndicatorKind::Cidr => ("ip-dst", "Network activity", true),
            IndicatorKind::Asn => ("AS", "Network activity", false),
            IndicatorKind::Mac => ("mac-address", "Network activity", false),
            IndicatorKind::RegistryKey => ("regkey", "Persistence mechanism", true),
            IndicatorKind::FilePath => ("filename", "Artifacts dropped", false),
            IndicatorKind::BitcoinAddress => ("btc", "Financial fraud", false),
        };
        let comment = format!("bytes {}..{} of the input", i.span.start, i.span.end);
        attribute(kind, category, &i.value, to_ids, comment);
    }
    for cve in &report.cves {
        attribute(
            "vulnerability",
            "External analysis",
            cve,
            false,
            String::new(),
        );
    }

    let reported = graph
        .incidents()
        .find(|(_, n)| !n.context)
        .map(|(id, _)| id);
    let mut clusters: Vec<Tagged> = Vec::new();
    let mut tags = vec![
        "tlp:clear".to_owned(),
        "type:OSINT".to_owned(),
        "osint:source-type=\"news-report\"".to_owned(),
    ];
    if let Some(main) = reported {
        for org in graph.victims_of(main) {
            attribute(
                "target-org",
                "Targeting data",
                &graph.org(org).name,
                false,
                "Victim of the reported incident".into(),
            );
        }
        let (behind, _) = actors_of(&graph, main);
        // The likelihood rates the event's attribution: none when no actor is behind it (a
        // denial or a speculation is not an attribution to rate).
        let node = graph.incident(main);
        if let Some(likelihood) =
            likelihood(node.status.confidence()).filter(|_| !behind.is_empty())
        {
            tags.push(format!(
                "estimative-language:likelihood-probability=\"{likelihood}\""
            ));
        }
        for (actor, edge) in behind {
            let name = &graph.actor(actor).name;
            match misp::actor(name) {
                Some(c) => clusters.push(c.into()),
                None => attribute(
                    "threat-actor",
                    "Attribution",
                    name,
                    false,
                    format!("{} (confidence {})", edge.status, edge.status.confidence()),
                ),
            }
        }
        clusters.extend(
            graph
                .sectors_of(main)
                .into_iter()
                .filter_map(misp::sector)
                .map(Tagged::from),
        );
        clusters.extend(
            graph
                .countries_of(main)
                .into_iter()
                .filter_map(misp::country)
                .map(Tagged::from),
        );
        clusters.extend(attack_clusters(&graph, main));
    }
    clusters.dedup();

    let mut galaxies: Vec<Value> = Vec::new();
    for c in &clusters {
        let cluster = json!({
            "uuid": c.uuid,
            "type": c.galaxy,
            "value": c.value,
            "tag_name": c.tag,
        });
        match galaxies.iter_mut().find(|g| g["type"] == c.galaxy) {
            Some(g) => {
                if let Some(list) = g["GalaxyCluster"].as_array_mut()
                    && !list.iter().any(|x| x["uuid"] == c.uuid)
                {
                    list.push(cluster);
                }
            }
            None => {
                let (name, uuid, namespace) = match ATTACK_GALAXIES
                    .iter()
                    .find(|(kind, _, _)| *kind == c.galaxy)
                {
                    Some(&(_, name, uuid)) => (name, uuid, "mitre-attack"),
                    None => {
                        let galaxy = misp::galaxy(c.galaxy);
                        (
                            galaxy.map_or(c.galaxy, |g| g.name),
                            galaxy.map_or("", |g| g.uuid),
                            "misp",
                        )
                    }
                };
                galaxies.push(json!({
                    "uuid": uuid,
                    "name": name,
                    "type": c.galaxy,
                    "namespace": namespace,
                    "GalaxyCluster": [cluster],
                }));
            }
        }
    }

    let mut content = vec![article.summary.unwrap_or_default().to_owned()];
    for (id, _) in graph.incidents() {
        let (heading, note) = attribution_note(&graph, id, reported);
        let mut section = format!("## {heading}\n\n{note}");
        if let Some(evidence) = evidence_line(&graph, id) {
            section.push_str("\n\n");
            section.push_str(&evidence);
        }
        if Some(id) == reported {
            let aside: Vec<String> = graph
                .mentions()
                .filter(|(a, _, _)| !actors_of(&graph, id).0.iter().any(|(b, _)| b == a))
                .map(|(a, _, m)| format!("{} ({})", graph.actor(a).name, role_phrase(m.role)))
                .collect();
            if !aside.is_empty() {
                section.push_str(&format!(
                    "\n\nAlso named in the article, not as behind this incident (no galaxy on this event): {}.",
                    and_list(&aside)
                ));
            }
        }
        content.push(section);
    }
    let content: Vec<String> = content.into_iter().filter(|c| !c.is_empty()).collect();

    let mut event = json!({
        "uuid": event_uuid,
        "info": if article.title.is_empty() { "(untitled)" } else { article.title },
        "date": date.to_string(),
        "timestamp": timestamp,
        "published": false,
        "analysis": "2",
        "threat_level_id": "4",
        "distribution": "0",
        "Attribute": attributes,
        "Tag": tags.iter().map(|t| json!({"name": t})).collect::<Vec<_>>(),
    });
    if !galaxies.is_empty() {
        event["Galaxy"] = galaxies.into();
    }
    if !content.is_empty() {
        event["EventReport"] = json!([{
            "uuid": uuid(&format!("misp-event-report|{event_uuid}")),
            "name": "Summary and attribution",
            "content": content.join("\n\n"),
            "distribution": "5",
            "timestamp": timestamp,
        }]);
    }
    json!({ "Event": event })
}

/// A galaxy cluster to tag the event with.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tagged {
    galaxy: &'static str,
    value: String,
    uuid: &'static str,
    /// `misp-galaxy:GALAXY="VALUE"`.
    tag: String,
}

impl Tagged {
    fn new(galaxy: &'static str, value: String, uuid: &'static str) -> Self {
        let tag = format!("misp-galaxy:{galaxy}=\"{value}\"");
        Tagged {
            galaxy,
            value,
            uuid,
            tag,
        }
    }
}

impl From<Cluster> for Tagged {
    fn from(c: Cluster) -> Self {
        Tagged {
            galaxy: c.galaxy,
            value: c.value.to_owned(),
            uuid: c.uuid,
            tag: c.tag(),
        }
    }
}

/// MISP's ATT&CK galaxies (type, name, UUID), as misp-galaxy's `galaxies/mitre-*.json` define
/// them: the clusters' UUIDs are in the embedded ATT&CK tables, the three galaxies' own are
/// constants of MISP.
const ATTACK_GALAXIES: [(&str, &str, &str); 3] = [
    (
        "mitre-attack-pattern",
        "Attack Pattern",
        "c4e851fa-775f-11e7-8163-b774922098cd",
    ),
    (
        "mitre-malware",
        "Malware",
        "d752161c-78f6-11e7-a0ea-bfa79b407ce4",
    ),
    ("mitre-tool", "Tool", "d5cbd1a2-78f6-11e7-a833-7b9bccca9649"),
];

/// The reported incident's techniques and ATT&CK software as clusters of MISP's
/// `mitre-attack-pattern`, `mitre-malware` and `mitre-tool` galaxies, by the cluster UUIDs of
/// the embedded ATT&CK tables; the cluster value is MISP's ("Password Spraying - T1110.003").
fn attack_clusters(graph: &KnowledgeGraph, incident: IncidentId) -> Vec<Tagged> {
    let mut out = Vec::new();
    for (id, _) in graph.techniques_of(incident) {
        let technique = graph.technique(id);
        if let Some(t) = attack::technique(&technique.id)
            && let Some(uuid) = t.misp_uuid
        {
            out.push(Tagged::new(
                "mitre-attack-pattern",
                format!("{} - {}", t.name, t.id),
                uuid,
            ));
        }
    }
    for (id, _) in graph.software_of(incident) {
        let Some(attack_id) = graph.software(id).attack_id.as_deref() else {
            continue;
        };
        if let Some(s) = attack::software().iter().find(|s| s.id == attack_id)
            && let Some(uuid) = s.misp_uuid
        {
            let galaxy = match s.kind {
                SoftwareKind::Malware => "mitre-malware",
                _ => "mitre-tool",
            };
            out.push(Tagged::new(galaxy, format!("{} - {}", s.name, s.id), uuid));
        }
    }
    out
}

/// The estimative-language likelihood band (ICD 203) a confidence falls in; `None` for 0
/// (no attribution).
fn likelihood(confidence: u8) -> Option<&'static str> {
    Some(match confidence {
        0 => return None,
        1..=5 => "almost-no-chance",
        6..=20 => "very-unlikely",
        21..=44 => "unlikely",
        45..=55 => "roughly-even-chance",
        56..=79 => "likely",
        80..=94 => "very-likely",
        _ => "almost-certain",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixture::{sample_article, sample_report};
    use crate::model::{Actor, AttributionStatus, Indicator, Role, Span};

    #[test]
    fn the_sample_event_carries_no_apt28_and_says_why() {
        let article = sample_article(Some("https://example.com/news"));
        let event = to_misp(&article, &sample_report());
        let e = &event["Event"];
        let text = event.to_string();
        assert!(!text.contains("threat-actor=\\\"APT28"), "{text}");
        assert!(
            e["Attribute"]
                .as_array()
                .unwrap()
                .iter()
                .all(|a| a["value"] != "APT28")
        );
        let report = e["EventReport"][0]["content"].as_str().unwrap();
        assert!(
            report.contains("Attributed to APT28 by ANSSI and France"),
            "{report}"
        );
        assert!(report.contains("APT28 is not named as behind"), "{report}");
        assert_eq!(e["Attribute"][0]["type"], "link");
        let galaxies: Vec<&str> = e["Galaxy"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["type"].as_str().unwrap())
            .collect();
        assert_eq!(galaxies, ["sector", "country"]);
        let tags: Vec<&str> = e["Tag"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap())
            .collect();
        assert!(
            !tags.iter().any(|t| t.starts_with("estimative-language")),
            "{tags:?}"
        );
        assert_eq!(event, to_misp(&article, &sample_report()));
    }

    #[test]
    fn a_confirmed_actor_is_a_galaxy_by_its_misp_uuid_and_indicators_are_attributes() {
        let article = sample_article(None);
        let mut report = sample_report();
        report.incidents.truncate(1);
        let main = &mut report.incidents[0];
        main.attribution.status = AttributionStatus::Confirmed;
        main.attribution.actors = vec!["APT28".into(), "Nobody Known".into()];
        main.attribution.confidence = 85;
        for a in &mut report.actors {
            a.role = Role::Confirmed;
        }
        report
            .actors
            .push(Actor::new("Nobody Known", Role::Confirmed));
        report.indicators = vec![Indicator {
            kind: IndicatorKind::Domain,
            value: "evil.example.com".into(),
            span: Span::new(1, 2),
        }];
        report.cves = vec!["CVE-2024-3400".into()];
        let event = to_misp(&article, &report);
        let e = &event["Event"];
        let actor = e["Galaxy"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["type"] == "threat-actor")
            .expect("threat-actor galaxy");
        assert_eq!(
            actor["GalaxyCluster"][0]["uuid"],
            misp::actor("APT28").unwrap().uuid
        );
        let attrs = e["Attribute"].as_array().unwrap();
        let find = |t: &str| attrs.iter().find(|a| a["type"] == t).unwrap();
        assert_eq!(find("domain")["to_ids"], true);
        assert_eq!(find("vulnerability")["value"], "CVE-2024-3400");
        assert_eq!(find("threat-actor")["value"], "Nobody Known");
        assert!(
            e["Tag"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["name"] == "estimative-language:likelihood-probability=\"very-likely\"")
        );
    }

    #[test]
    fn likelihood_bands() {
        assert_eq!(likelihood(0), None);
        assert_eq!(likelihood(5), Some("almost-no-chance"));
        assert_eq!(likelihood(50), Some("roughly-even-chance"));
        assert_eq!(likelihood(85), Some("very-likely"));
        assert_eq!(likelihood(100), Some("almost-certain"));
    }
}
