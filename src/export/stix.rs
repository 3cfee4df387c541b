//! STIX 2.1: the whole graph as one bundle.
//!
//! | graph | STIX |
//! |---|---|
//! | article | `report` (name = headline, description = the brief's summary then how attribution stands, published = scrape time, source URL as external reference) |
//! | actor | `intrusion-set` (aliases, ATT&CK external reference, description), `originates-from` its `location` |
//! | organisation | `identity` (`identity_class` organization, `sectors`, description), `located-at` its `location` |
//! | sector | `identity` (`identity_class` class, named by its industry-sector-ov value) |
//! | country | `location` (`name`, `country`) |
//! | incident | `incident` named as an analyst would ("Unattributed breach against French Interior Ministry, 2025-12-11 to 2025-12-12"; a cited one "Earlier APT28 campaign: ..."), `targets` its victims' `identity`, its sectors' `identity` and its countries' `location` |
//! | attribution that counts (confirmed, suspected, claimed, on an incident that is itself attributed) | `attributed-to` the `intrusion-set`, confidence from the status; `targets` from the `intrusion-set` to what the incident targets |
//! | speculated or denied link, or any link of an unattributed incident | `related-to` the `intrusion-set`, its description saying which |
//! | context-of | `related-to` from the cited incident to the reported one |
//! | technique | `attack-pattern` (name, `mitre-attack` external reference with the ATT&CK URL, tactics as `mitre-attack` kill-chain phases) |
//! | software | `malware` (`is_family`) or `tool` (name, aliases, `mitre-attack` external reference when ATT&CK lists it) |
//! | uses (incident to technique or software) | `uses` from the incident, the spans as evidence; and `uses` from each `intrusion-set` behind the incident (an attribution that counts, as for `attributed-to`), confidence the firmest such attribution's |
//! | indicator | `indicator` (name = value, a STIX 2.1 pattern (see `export/pattern.rs`), `valid_from` = first scrape time), in the reports of the articles that give it |
//! | each incident's attribution | a `note` (abstract, content, the evidence spans) referring to the incident, the actors and relationships it speaks of; its article's report contains it |
//!
//! # What a report refers to
//! A report's `object_refs` hold the incident its article reports and what hangs on it (its
//! victims, places, techniques and software with their `uses`), and the actors behind that
//! incident with their own `uses`. An actor the article names only for earlier activity, or
//! that denies it, or that is one speculation among several, is left out, and so is a cited
//! earlier incident: MISP's converter (misp-stix) turns a report into one event, drops
//! incidents, and turns every referenced intrusion-set into the event's galaxy, which would
//! make such an actor look like the event's attribution. They stay in the bundle, reached by
//! `related-to` and by the notes, and the report's description says how attribution stands.
//!
//! # Top-level incident extension
//! OpenCTI reads `first_seen`, `last_seen` and `incident_type` (its `incident_type_ov`:
//! ransomware, phishing, data-leak, information-system-disruption, reputation-damage,
//! cybercrime, compromise) at the top level of an incident. They are declared by a second
//! `extension-definition` (`toplevel-property-extension`).
//!
//! Ids are `type--UUIDv5(namespace, canonical key)`, so the same thing gets the same id in
//! every export and exports of shards merge cleanly. Timestamps come from scrape times, never
//! the clock: two exports of the same graph are byte-identical.
//!
//! # Evidence extension
//! Evidence travels in a property extension declared by an `extension-definition` in the
//! bundle, on incidents and relationships:
//!
//! ```json
//! "extensions": {
//!   "extension-definition--…": {
//!     "extension_type": "property-extension",
//!     "evidence": [{"start": 1940, "end": 2290}],
//!     "attribution_status": "confirmed",
//!     "attributed_by": ["ANSSI", "France"]
//!   }
//! }
//! ```
//!
//! `evidence` lists byte spans `[start, end)` into the input the object's report (article)
//! was parsed from. Incidents also carry `attribution_status`, `hypotheses`,
//! `incident_types`, `context` and, when known, `first_seen`/`last_seen` days.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::io;

use serde::Serialize;
use serde_json::{Map, Value, json};
use time::{OffsetDateTime, UtcOffset};
use uuid::{Uuid, uuid};

use std::fmt::Write as _;

use super::describe::{
    actor_phrase, actors_of, and_list, attribution_note, country_name, evidence_line,
    incident_description, incident_name, opencti_incident_type, role_phrase,
};
use crate::graph::{
    ActorId, ActorKey, ArticleId, AttributedTo, IncidentId, KnowledgeGraph, OrgId, SoftwareId,
    TechniqueId,
};
use crate::model::{Country, Role, Sector, SoftwareKind, Span};

/// Namespace of threatbrief's UUIDv5 STIX ids.
pub(crate) const NAMESPACE: Uuid = uuid!("9f3c7b81-1095-4e8c-a1da-a72b17ae1c6a");

/// When the evidence extension (version 1.0.0) and the threatbrief identity were defined: a
/// constant, so they keep one id and one timestamp in every bundle.
const DEFINED: &str = "2026-01-01T00:00:00.000Z";

/// Where the evidence extension's schema is documented.
const SCHEMA: &str =
    "https://docs.rs/threatbrief/latest/threatbrief/export/stix/index.html#evidence-extension";

/// Where the top-level incident extension's schema is documented.
const TOPLEVEL_SCHEMA: &str = "https://docs.rs/threatbrief/latest/threatbrief/export/stix/index.html#top-level-incident-extension";

/// The whole graph as one STIX 2.1 bundle, pretty-printed JSON.
///
/// # Examples
/// ```
/// use threatbrief::export::to_stix;
/// use threatbrief::graph::KnowledgeGraph;
///
/// let bundle = to_stix(&KnowledgeGraph::new());
/// assert!(bundle.contains(r#""type": "bundle""#));
/// assert_eq!(bundle, to_stix(&KnowledgeGraph::new()));
/// ```
#[must_use]
pub fn to_stix(graph: &KnowledgeGraph) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and every value serialises.
    write_stix(graph, &mut out).expect("writing a STIX bundle to memory");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Writes the whole graph as one STIX 2.1 bundle (pretty-printed JSON) to `out`.
///
/// # Errors
/// Any error `out` returns.
pub fn write_stix(graph: &KnowledgeGraph, out: impl io::Write) -> io::Result<()> {
    let canonical: Cow<'_, KnowledgeGraph> = if graph.canonical {
        Cow::Borrowed(graph)
    } else {
        Cow::Owned(graph.clone().into_canonical())
    };
    let bundle = Bundle::build(&canonical);
    serde_json::to_writer_pretty(out, &bundle).map_err(io::Error::from)
}

/// A STIX object's common properties, then its own (sorted by name).
#[derive(Serialize)]
struct Object {
    #[serde(rename = "type")]
    kind: &'static str,
    spec_version: &'static str,
    id: String,
    created: String,
    modified: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    created_by_ref: Option<String>,
    #[serde(flatten)]
    properties: Map<String, Value>,
}

#[derive(Serialize)]
struct Bundle {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    objects: Vec<Object>,
}

fn stix_id(kind: &str, key: &str) -> String {
    let uuid = Uuid::new_v5(&NAMESPACE, format!("{kind}|{key}").as_bytes());
    format!("{kind}--{uuid}")
}

/// `2025-12-15T11:11:13.308Z`: millisecond precision, UTC. Built from the components so it
/// cannot fail.
fn timestamp(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

fn spans(spans: &[Span]) -> Value {
    spans
        .iter()
        .map(|s| json!({"start": s.start, "end": s.end}))
        .collect()
}

/// Earliest and latest scrape time of the articles behind something.
#[derive(Clone, Copy)]
struct Seen(OffsetDateTime, OffsetDateTime);

impl Seen {
    fn at(t: OffsetDateTime) -> Self {
        Seen(t, t)
    }
    fn add(seen: &mut Option<Seen>, t: OffsetDateTime) {
        *seen = Some(match *seen {
            None => Seen::at(t),
            Some(Seen(a, b)) => Seen(a.min(t), b.max(t)),
        });
    }
    fn join(seen: &mut Option<Seen>, other: Option<Seen>) {
        if let Some(Seen(a, b)) = other {
            Seen::add(seen, a);
            Seen::add(seen, b);
        }
    }
}

struct Builder<'g> {
    graph: &'g KnowledgeGraph,
    author: String,
    /// The evidence property extension's definition.
    extension: String,
    /// The top-level property extension's definition (incident fields OpenCTI reads).
    toplevel: String,
    objects: Vec<Object>,
    /// Ids each article's report refers to.
    refs: BTreeMap<ArticleId, BTreeSet<String>>,
    /// (article, actor) where the actor is behind the incident the article reports.
    behind: BTreeSet<(ArticleId, ActorId)>,
    /// Ids an incident's attribution note refers to besides the incident.
    noted: BTreeMap<IncidentId, Vec<String>>,
    /// Each article's attribution notes, for its report's description.
    briefs: BTreeMap<ArticleId, Vec<String>>,
}

impl Builder<'_> {
    fn object(
        &mut self,
        kind: &'static str,
        id: String,
        seen: Seen,
        properties: Map<String, Value>,
    ) {
        self.objects.push(Object {
            kind,
            spec_version: "2.1",
            id,
            created: timestamp(seen.0),
            modified: timestamp(seen.1),
            created_by_ref: Some(self.author.clone()),
            properties,
        });
    }

    fn extension(&self, properties: Map<String, Value>) -> Value {
        let mut ext = Map::new();
        ext.insert("extension_type".into(), "property-extension".into());
        ext.extend(properties);
        json!({ self.extension.clone(): ext })
    }

    /// A relationship of `kind` (attributed-to or related-to) from the incident `source` to an
    /// actor, with the edge's confidence, description and evidence; its id and the actor's.
    fn actor_link(
        &mut self,
        source: &str,
        kind: &str,
        actor: ActorId,
        edge: &AttributedTo,
        seen: Seen,
    ) -> (String, String) {
        let target = self.actor_id(actor);
        let (rel, mut p) = relationship(source, kind, &target);
        p.insert("confidence".into(), edge.status.confidence().into());
        p.insert(
            "description".into(),
            capitalised(&actor_phrase(self.graph, actor, edge)).into(),
        );
        p.insert("extensions".into(), self.edge_extension(edge));
        self.object("relationship", rel.clone(), seen, p);
        (rel, target)
    }

    /// The evidence extension of an attributed-to or related-to edge.
    fn edge_extension(&self, edge: &AttributedTo) -> Value {
        let mut ext = Map::new();
        ext.insert("attribution_status".into(), edge.status.as_str().into());
        if !edge.by.is_empty() {
            ext.insert("attributed_by".into(), json!(edge.by));
        }
        if !edge.evidence.is_empty() {
            ext.insert("evidence".into(), spans(&edge.evidence));
        }
        self.extension(ext)
    }

    fn report_id(&self, id: ArticleId) -> String {
        let article = self.graph.article(id);
        stix_id(
            "report",
            &format!("{}|{}", timestamp(article.scraped_at), article.title),
        )
    }

    /// The actor a STIX id names, if it names one.
    fn actor_by_stix(&self, id: &str) -> Option<ActorId> {
        if !id.starts_with("intrusion-set--") {
            return None;
        }
        self.graph
            .actors()
            .map(|(a, _)| a)
            .find(|&a| self.actor_id(a) == id)
    }

    fn refer(&mut self, article: ArticleId, ids: impl IntoIterator<Item = String>) {
        self.refs.entry(article).or_default().extend(ids);
    }

    fn incident_id(&self, id: IncidentId) -> String {
        let node = self.graph.incident(id);
        let article = self.graph.article(node.article);
        stix_id(
            "incident",
            &format!(
                "{}|{}|{}",
                timestamp(article.scraped_at),
                article.title,
                node.index
            ),
        )
    }

    fn actor_id(&self, id: ActorId) -> String {
        let key = match self.graph.actor_key(id) {
            ActorKey::Attack(id) => format!("attack|{id}"),
            ActorKey::Name(name) => format!("name|{name}"),
        };
        stix_id("intrusion-set", &key)
    }

    fn technique_id(&self, id: TechniqueId) -> String {
        stix_id(
            "attack-pattern",
            &format!("attack|{}", self.graph.technique(id).id),
        )
    }

    /// The STIX type (`malware` or `tool`) and id of a piece of software.
    fn software_id(&self, id: SoftwareId) -> (&'static str, String) {
        let node = self.graph.software(id);
        let kind = match node.kind {
            SoftwareKind::Malware => "malware",
            _ => "tool",
        };
        let key = match &node.attack_id {
            Some(id) => format!("attack|{id}"),
            None => format!("name|{}", crate::graph::normalise_name(&node.name)),
        };
        (kind, stix_id(kind, &key))
    }

    fn org_id(&self, id: OrgId) -> String {
        stix_id("identity", self.graph.org_key(id))
    }

    fn incident_seen(&self, id: IncidentId) -> Seen {
        Seen::at(
            self.graph
                .article(self.graph.incident(id).article)
                .scraped_at,
        )
    }
}

/// A sector's `identity` (`identity_class` class).
fn sector_id(sector: Sector) -> String {
    stix_id("identity", &format!("sector|{}", sector.as_str()))
}

fn location_id(country: Country) -> String {
    stix_id("location", country.code())
}

fn relationship_id(kind: &str, source: &str, target: &str) -> String {
    stix_id("relationship", &format!("{kind}|{source}|{target}"))
}

/// A relationship's id and its properties.
fn relationship(source: &str, kind: &str, target: &str) -> (String, Map<String, Value>) {
    let mut p = Map::new();
    p.insert("relationship_type".into(), kind.into());
    p.insert("source_ref".into(), source.into());
    p.insert("target_ref".into(), target.into());
    (relationship_id(kind, source, target), p)
}

impl Bundle {
    fn build(graph: &KnowledgeGraph) -> Bundle {
        let author = stix_id("identity", "threatbrief");
        let extension = stix_id("extension-definition", "threatbrief-evidence|1.0.0");
        let toplevel = stix_id("extension-definition", "threatbrief-incident|1.0.0");
        let mut b = Builder {
            graph,
            author: author.clone(),
            extension: extension.clone(),
            toplevel: toplevel.clone(),
            objects: Vec::new(),
            refs: BTreeMap::new(),
            behind: BTreeSet::new(),
            noted: BTreeMap::new(),
            briefs: BTreeMap::new(),
        };
        b.objects.push(Object {
            kind: "identity",
            spec_version: "2.1",
            id: author.clone(),
            created: DEFINED.into(),
            modified: DEFINED.into(),
            created_by_ref: None,
            properties: json_map(json!({
                "name": "threatbrief",
                "identity_class": "system",
                "description": "Extracts incidents, attribution and threat actors from security news briefs.",
            })),
        });
        b.objects.push(Object {
            kind: "extension-definition",
            spec_version: "2.1",
            id: extension,
            created: DEFINED.into(),
            modified: DEFINED.into(),
            created_by_ref: Some(author.clone()),
            properties: json_map(json!({
                "name": "threatbrief evidence",
                "description": "Byte spans of the text that supports an object, in the input its report was parsed from, with the attribution status as the text states it.",
                "schema": SCHEMA,
                "version": "1.0.0",
                "extension_types": ["property-extension"],
            })),
        });
        b.objects.push(Object {
            kind: "extension-definition",
            spec_version: "2.1",
            id: toplevel,
            created: DEFINED.into(),
            modified: DEFINED.into(),
            created_by_ref: Some(author),
            properties: json_map(json!({
                "name": "threatbrief incident",
                "description": "An incident's first_seen and last_seen (the first and last day the text gives) and incident_type (OpenCTI's incident-type vocabulary), at the top level where OpenCTI reads them.",
                "schema": TOPLEVEL_SCHEMA,
                "version": "1.0.0",
                "extension_types": ["toplevel-property-extension"],
                "extension_properties": ["first_seen", "incident_type", "last_seen"],
            })),
        });

        // When each actor, organisation, sector and country was seen.
        let mut actor_seen: Vec<Option<Seen>> = vec![None; graph.actors().len()];
        for (actor, article, _) in graph.mentions() {
            Seen::add(
                &mut actor_seen[actor.index()],
                graph.article(article).scraped_at,
            );
        }
        for (incident, actor, _) in graph.attributions() {
            Seen::join(
                &mut actor_seen[actor.index()],
                Some(b.incident_seen(incident)),
            );
        }
        let mut org_seen: Vec<Option<Seen>> = vec![None; graph.orgs().len()];
        for (incident, org, _) in graph.targets() {
            Seen::join(&mut org_seen[org.index()], Some(b.incident_seen(incident)));
        }
        let mut country_seen: BTreeMap<Country, Option<Seen>> = BTreeMap::new();
        let mut sector_seen: BTreeMap<Sector, Option<Seen>> = BTreeMap::new();
        for (incident, _) in graph.incidents() {
            let seen = Some(b.incident_seen(incident));
            for country in graph.countries_of(incident) {
                Seen::join(country_seen.entry(country).or_default(), seen);
            }
            for sector in graph.sectors_of(incident) {
                Seen::join(sector_seen.entry(sector).or_default(), seen);
            }
        }
        for (org, country) in graph.org_countries() {
            Seen::join(
                country_seen.entry(country).or_default(),
                org_seen[org.index()],
            );
        }
        for (id, actor) in graph.actors() {
            if let Some(country) = actor.country {
                Seen::join(
                    country_seen.entry(country).or_default(),
                    actor_seen[id.index()],
                );
            }
        }
        let fallback = graph
            .articles()
            .map(|(_, a)| a.scraped_at)
            .min()
            .unwrap_or(OffsetDateTime::UNIX_EPOCH);
        let seen_or = |s: Option<Seen>| s.unwrap_or(Seen::at(fallback));

        for (id, actor) in graph.actors() {
            let mut p = Map::new();
            p.insert("name".into(), actor.name.clone().into());
            p.insert("description".into(), actor_description(actor).into());
            if !actor.aliases.is_empty() {
                p.insert("aliases".into(), json!(actor.aliases));
            }
            if let Some(attack) = &actor.attack_id {
                p.insert(
                    "external_references".into(),
                    json!([{
                        "source_name": "mitre-attack",
                        "external_id": attack,
                        "url": format!("https://attack.mitre.org/groups/{attack}/"),
                    }]),
                );
            }
            let stix = b.actor_id(id);
            let seen = seen_or(actor_seen[id.index()]);
            b.object("intrusion-set", stix.clone(), seen, p);
            if let Some(country) = actor.country {
                let location = location_id(country);
                let (rel, p) = relationship(&stix, "originates-from", &location);
                b.object("relationship", rel, seen, p);
            }
        }

        let mut org_sectors: BTreeMap<OrgId, Vec<&str>> = BTreeMap::new();
        for (org, sector) in graph.org_sectors() {
            org_sectors.entry(org).or_default().push(sector.as_str());
        }
        let mut org_countries: BTreeMap<OrgId, Vec<Country>> = BTreeMap::new();
        for (org, country) in graph.org_countries() {
            org_countries.entry(org).or_default().push(country);
        }
        for (id, org) in graph.orgs() {
            let mut p = Map::new();
            p.insert("name".into(), org.name.clone().into());
            p.insert("identity_class".into(), "organization".into());
            let mut description = "Organisation named as the victim of an incident".to_owned();
            if let Some(sectors) = org_sectors.get(&id) {
                p.insert("sectors".into(), json!(sectors));
                let _ = write!(description, "; sector {}", and_list(sectors));
            }
            if let Some(countries) = org_countries.get(&id) {
                let names: Vec<String> = countries.iter().map(|&c| country_name(c)).collect();
                let _ = write!(description, "; in {}", and_list(&names));
            }
            description.push('.');
            p.insert("description".into(), description.into());
            let stix = b.org_id(id);
            let seen = seen_or(org_seen[id.index()]);
            b.object("identity", stix.clone(), seen, p);
            for &country in org_countries.get(&id).into_iter().flatten() {
                let location = location_id(country);
                let (rel, p) = relationship(&stix, "located-at", &location);
                b.object("relationship", rel, seen, p);
            }
        }

        for (&sector, &seen) in &sector_seen {
            let mut p = Map::new();
            p.insert("name".into(), sector.as_str().into());
            p.insert("identity_class".into(), "class".into());
            p.insert("sectors".into(), json!([sector.as_str()]));
            p.insert(
                "description".into(),
                format!(
                    "The {} sector (STIX industry-sector-ov), as a target.",
                    sector.as_str()
                )
                .into(),
            );
            b.object("identity", sector_id(sector), seen_or(seen), p);
        }

        let mut countries: BTreeSet<Country> = graph.countries().collect();
        countries.extend(country_seen.keys().copied());
        for country in countries {
            let name = country_name(country);
            let mut p = Map::new();
            p.insert("name".into(), name.clone().into());
            p.insert("country".into(), country.code().into());
            p.insert(
                "description".into(),
                format!("{name} (ISO 3166-1 {}).", country.code()).into(),
            );
            let seen = seen_or(country_seen.get(&country).copied().flatten());
            b.object("location", location_id(country), seen, p);
        }

        Bundle::indicators(&mut b);
        Bundle::incidents(&mut b, &org_countries);
        Bundle::uses(&mut b);
        Bundle::resolved(&mut b);
        Bundle::notes(&mut b);
        Bundle::reports(&mut b, graph);

        let mut ids: Vec<&str> = b.objects.iter().map(|o| o.id.as_str()).collect();
        ids.sort_unstable();
        Bundle {
            kind: "bundle",
            id: stix_id("bundle", &ids.join("|")),
            objects: b.objects,
        }
    }

    /// An `indicator` per indicator node with a pattern, referred to by the reports of the
    /// articles that give it. Its kind travels in the extension as `indicator_type`, the wire
    /// name of the JSON contract (`ipv4`, `registry-key`, ...).
    fn indicators(b: &mut Builder<'_>) {
        let graph = b.graph;
        let mut seen: Vec<Option<Seen>> = vec![None; graph.indicators().len()];
        let mut articles: Vec<Vec<ArticleId>> = vec![Vec::new(); seen.len()];
        for (indicator, article, _) in graph.indicator_sightings() {
            Seen::add(
                &mut seen[indicator.index()],
                graph.article(article).scraped_at,
            );
            articles[indicator.index()].push(article);
        }
        for (id, node) in graph.indicators() {
            let (Some(pattern), Some(seen)) = (
                super::pattern::pattern(node.kind, &node.value),
                seen[id.index()],
            ) else {
                continue;
            };
            let stix = stix_id("indicator", &format!("{}|{}", node.kind, node.value));
            let mut p = Map::new();
            p.insert("name".into(), node.value.clone().into());
            p.insert("pattern".into(), pattern.into());
            p.insert("pattern_type".into(), "stix".into());
            p.insert("pattern_version".into(), "2.1".into());
            p.insert("valid_from".into(), timestamp(seen.0).into());
            let mut ext = Map::new();
            ext.insert("indicator_type".into(), node.kind.as_str().into());
            p.insert("extensions".into(), b.extension(ext));
            b.object("indicator", stix.clone(), seen, p);
            for &article in &articles[id.index()] {
                b.refer(article, [stix.clone()]);
            }
        }
    }

    fn incidents(b: &mut Builder<'_>, org_countries: &BTreeMap<OrgId, Vec<Country>>) {
        let graph = b.graph;
        // What each actor behind an incident targets: (seen, highest confidence).
        let mut actor_targets: BTreeMap<(ActorId, String), (Option<Seen>, u8)> = BTreeMap::new();

        for (id, node) in graph.incidents() {
            let stix = b.incident_id(id);
            let seen = b.incident_seen(id);
            let article = node.article;

            let mut p = Map::new();
            p.insert("name".into(), incident_name(graph, id).into());
            p.insert("description".into(), incident_description(graph, id).into());
            if let Some(kind) = opencti_incident_type(node.types.iter()) {
                p.insert("incident_type".into(), kind.into());
            }
            if let Some(when) = node.when {
                p.insert("first_seen".into(), day(when.from).into());
                p.insert("last_seen".into(), day(when.to).into());
            }
            let mut ext = Map::new();
            ext.insert("attribution_status".into(), node.status.as_str().into());
            ext.insert("context".into(), node.context.into());
            if !node.evidence.is_empty() {
                ext.insert("evidence".into(), spans(&node.evidence));
            }
            if !node.hypotheses.is_empty() {
                ext.insert(
                    "hypotheses".into(),
                    node.hypotheses.iter().map(|h| h.as_str()).collect(),
                );
            }
            if !node.types.is_empty() {
                ext.insert(
                    "incident_types".into(),
                    node.types.iter().map(|t| t.as_str()).collect(),
                );
            }
            if let Some(when) = node.when {
                ext.insert("first_seen".into(), when.from.to_string().into());
                ext.insert("last_seen".into(), when.to.to_string().into());
            }
            let mut extensions = b.extension(ext);
            if p.contains_key("incident_type") || p.contains_key("first_seen") {
                extensions[b.toplevel.as_str()] =
                    json!({"extension_type": "toplevel-property-extension"});
            }
            p.insert("extensions".into(), extensions);
            b.object("incident", stix.clone(), seen, p);
            // A cited incident and what hangs on it are left out of the report: a platform
            // that flattens a report into one event (MISP) would make them the event's own.
            // Its note refers to them instead.
            let mut noted = Vec::new();
            let mut refer = |b: &mut Builder<'_>, ids: Vec<String>| {
                if node.context {
                    noted.extend(ids);
                } else {
                    b.refer(article, ids);
                }
            };
            refer(b, vec![stix.clone()]);

            let victims: Vec<OrgId> = graph.victims_of(id).collect();
            for &org in &victims {
                let target = b.org_id(org);
                let (rel, mut p) = relationship(&stix, "targets", &target);
                if let Some(evidence) = graph
                    .target_evidence(id, org)
                    .filter(|e| !e.spans.is_empty())
                {
                    let mut ext = Map::new();
                    ext.insert("evidence".into(), spans(evidence.spans));
                    p.insert("extensions".into(), b.extension(ext));
                }
                b.object("relationship", rel.clone(), seen, p);
                let mut refs = vec![rel, target];
                for &country in org_countries.get(&org).into_iter().flatten() {
                    let location = location_id(country);
                    refs.push(relationship_id("located-at", &refs[1], &location));
                    refs.push(location);
                }
                refer(b, refs);
            }
            let mut places: Vec<String> = graph.sectors_of(id).into_iter().map(sector_id).collect();
            places.extend(graph.countries_of(id).into_iter().map(location_id));
            for target in &places {
                let (rel, p) = relationship(&stix, "targets", target);
                b.object("relationship", rel.clone(), seen, p);
                refer(b, vec![rel, target.clone()]);
            }

            let (behind, named) = actors_of(graph, id);
            for &(actor, edge) in &behind {
                let (rel, target) = b.actor_link(&stix, "attributed-to", actor, edge, seen);
                if node.context {
                    noted.extend([rel, target]);
                } else {
                    b.behind.insert((article, actor));
                    b.refer(article, [rel, target]);
                }
                let confidence = edge.status.confidence();
                for org in &victims {
                    let entry = actor_targets
                        .entry((actor, b.org_id(*org)))
                        .or_insert((None, 0));
                    Seen::join(&mut entry.0, Some(seen));
                    entry.1 = entry.1.max(confidence);
                }
                for place in &places {
                    let entry = actor_targets
                        .entry((actor, place.clone()))
                        .or_insert((None, 0));
                    Seen::join(&mut entry.0, Some(seen));
                    entry.1 = entry.1.max(confidence);
                }
            }
            for &(actor, edge) in &named {
                let (rel, target) = b.actor_link(&stix, "related-to", actor, edge, seen);
                noted.extend([rel, target]);
            }
            b.noted.entry(id).or_default().extend(noted);
        }

        for (context, main) in graph.context_of() {
            let (source, target) = (b.incident_id(context), b.incident_id(main));
            let (rel, mut p) = relationship(&source, "related-to", &target);
            p.insert(
                "description".into(),
                "Cited as earlier activity by the article that reports the target incident.".into(),
            );
            let seen = b.incident_seen(context);
            b.object("relationship", rel.clone(), seen, p);
            b.noted.entry(context).or_default().push(rel);
        }

        for ((actor, target), (seen, confidence)) in actor_targets {
            let source = b.actor_id(actor);
            let (rel, mut p) = relationship(&source, "targets", &target);
            p.insert("confidence".into(), confidence.into());
            let seen = seen.unwrap_or(Seen::at(OffsetDateTime::UNIX_EPOCH));
            b.object("relationship", rel, seen, p);
        }
    }

    /// An `attack-pattern` per technique and a `malware` or `tool` per piece of software, with
    /// their `mitre-attack` external references; `uses` from each incident to them, with the
    /// spans as evidence; and `uses` from each actor behind the incident (an attribution that
    /// counts, as for `attributed-to`) to them, with the firmest such attribution's confidence.
    /// The report of the incident's article refers to all of it.
    fn uses(b: &mut Builder<'_>) {
        let graph = b.graph;
        let mut technique_seen: Vec<Option<Seen>> = vec![None; graph.techniques().len()];
        for (incident, technique, _) in graph.technique_uses() {
            Seen::join(
                &mut technique_seen[technique.index()],
                Some(b.incident_seen(incident)),
            );
        }
        let mut software_seen: Vec<Option<Seen>> = vec![None; graph.software_nodes().len()];
        for (incident, software, _) in graph.software_uses() {
            Seen::join(
                &mut software_seen[software.index()],
                Some(b.incident_seen(incident)),
            );
        }
        let fallback = graph
            .articles()
            .map(|(_, a)| a.scraped_at)
            .min()
            .unwrap_or(OffsetDateTime::UNIX_EPOCH);

        for (id, technique) in graph.techniques() {
            let mut p = Map::new();
            p.insert("name".into(), technique.name.clone().into());
            let tactics: Vec<&str> = technique.tactics.iter().map(String::as_str).collect();
            let mut description = format!("MITRE ATT&CK technique {}", technique.id);
            if !tactics.is_empty() {
                let _ = write!(description, " (tactic {})", and_list(&tactics));
                p.insert(
                    "kill_chain_phases".into(),
                    tactics
                        .iter()
                        .map(|t| json!({"kill_chain_name": "mitre-attack", "phase_name": t}))
                        .collect(),
                );
            }
            description.push_str(", described in the text as what the attackers did.");
            p.insert("description".into(), description.into());
            p.insert(
                "external_references".into(),
                json!([{
                    "source_name": "mitre-attack",
                    "external_id": technique.id,
                    "url": format!(
                        "https://attack.mitre.org/techniques/{}/",
                        technique.id.replace('.', "/")
                    ),
                }]),
            );
            let seen = technique_seen[id.index()].unwrap_or(Seen::at(fallback));
            b.object("attack-pattern", b.technique_id(id), seen, p);
        }
        for (id, software) in graph.software_nodes() {
            let (kind, stix) = b.software_id(id);
            let mut p = Map::new();
            p.insert("name".into(), software.name.clone().into());
            if kind == "malware" {
                p.insert("is_family".into(), true.into());
            }
            if !software.aliases.is_empty() {
                p.insert("aliases".into(), json!(software.aliases));
            }
            let mut description = if kind == "malware" {
                "Malware the attackers used".to_owned()
            } else {
                "A tool the attackers used".to_owned()
            };
            if let Some(attack) = &software.attack_id {
                let _ = write!(description, "; MITRE ATT&CK {attack}");
                p.insert(
                    "external_references".into(),
                    json!([{
                        "source_name": "mitre-attack",
                        "external_id": attack,
                        "url": format!("https://attack.mitre.org/software/{attack}/"),
                    }]),
                );
            }
            description.push('.');
            p.insert("description".into(), description.into());
            let seen = software_seen[id.index()].unwrap_or(Seen::at(fallback));
            b.object(kind, stix, seen, p);
        }

        // (actor, target) -> (seen, highest confidence, firmest status).
        let mut inherited: BTreeMap<(ActorId, String), (Option<Seen>, u8)> = BTreeMap::new();
        let uses = graph
            .technique_uses()
            .map(|(i, t, spans)| (i, b.technique_id(t), spans))
            .chain(
                graph
                    .software_uses()
                    .map(|(i, w, spans)| (i, b.software_id(w).1, spans)),
            )
            .collect::<Vec<_>>();
        for (incident, target, spans) in uses {
            let source = b.incident_id(incident);
            let seen = b.incident_seen(incident);
            let (rel, mut p) = relationship(&source, "uses", &target);
            if !spans.is_empty() {
                let mut ext = Map::new();
                ext.insert("evidence".into(), super::stix::spans(spans));
                p.insert("extensions".into(), b.extension(ext));
            }
            b.object("relationship", rel.clone(), seen, p);
            let node = graph.incident(incident);
            let mut refs = vec![rel, target.clone()];
            let (behind, _) = actors_of(graph, incident);
            for (actor, edge) in behind {
                let entry = inherited
                    .entry((actor, target.clone()))
                    .or_insert((None, 0));
                Seen::join(&mut entry.0, Some(seen));
                entry.1 = entry.1.max(edge.status.confidence());
                if !node.context {
                    refs.push(relationship_id("uses", &b.actor_id(actor), &target));
                }
            }
            if node.context {
                b.noted.entry(incident).or_default().extend(refs);
            } else {
                b.refer(node.article, refs);
            }
        }
        for ((actor, target), (seen, confidence)) in inherited {
            let source = b.actor_id(actor);
            let (rel, mut p) = relationship(&source, "uses", &target);
            p.insert("confidence".into(), confidence.into());
            p.insert(
                "description".into(),
                format!(
                    "{} is seen using it through the incidents attributed to it.",
                    graph.actor(actor).name
                )
                .into(),
            );
            let seen = seen.unwrap_or(Seen::at(fallback));
            b.object("relationship", rel, seen, p);
        }
    }

    /// A note per incident on its attribution, referring to the incident and the actors and
    /// relationships the note speaks of, contained in its article's report. The reported incident's note also names the
    /// actors its article mentions that are not behind it: the report leaves those out (see
    /// the module docs), and the note is where the platforms find them.
    /// An incident per event that several articles tell ([`KnowledgeGraph::resolve`]),
    /// `related-to` from each article's own incident (which keeps that article's claims and its
    /// note), and referred to by every report that tells it.
    fn resolved(b: &mut Builder<'_>) {
        let graph = b.graph;
        let resolution = graph.resolve();
        for event in &resolution {
            if event.reports.len() < 2 {
                continue;
            }
            let stix = stix_id("incident", &format!("resolved|{}", event.key));
            let c = event.corroboration(graph);
            let (status, actors) = event.consolidated(graph);
            let mut description = format!(
                "One event told by {} articles from {} independent sources, first reported {}, \
                 last reported {}. Consolidated attribution: {status}",
                event.reports.len(),
                c.sources,
                c.first.date(),
                c.last.date()
            );
            if !actors.is_empty() {
                let names: Vec<&str> = actors
                    .iter()
                    .map(|&a| graph.actor(a).name.as_str())
                    .collect();
                write!(description, " ({})", names.join(", ")).unwrap();
            }
            description.push('.');
            if event.sources_disagree(graph) {
                description.push_str(" The sources disagree on who is behind it.");
            }
            let mut p = Map::new();
            p.insert(
                "name".into(),
                format!(
                    "{} (told by {} articles)",
                    incident_name(graph, event.reports[0]),
                    event.reports.len()
                )
                .into(),
            );
            p.insert("description".into(), description.into());
            b.object("incident", stix.clone(), Seen(c.first, c.last), p);
            for &report in &event.reports {
                let source = b.incident_id(report);
                let (rel, mut p) = relationship(&source, "related-to", &stix);
                p.insert(
                    "description".into(),
                    "The article's account of an event that several articles tell.".into(),
                );
                b.object("relationship", rel.clone(), b.incident_seen(report), p);
                let article = graph.incident(report).article;
                b.refer(article, [stix.clone(), rel]);
            }
        }
    }

    fn notes(b: &mut Builder<'_>) {
        let graph = b.graph;
        let mut reported: BTreeMap<ArticleId, IncidentId> = BTreeMap::new();
        for (id, node) in graph.incidents() {
            if !node.context {
                reported.entry(node.article).or_insert(id);
            }
        }
        let mut aside: BTreeMap<ArticleId, Vec<(ActorId, Role)>> = BTreeMap::new();
        for (actor, article, mentioned) in graph.mentions() {
            if !b.behind.contains(&(article, actor)) {
                aside
                    .entry(article)
                    .or_default()
                    .push((actor, mentioned.role));
            }
        }
        for (id, node) in graph.incidents() {
            let main = reported.get(&node.article).copied();
            let (r#abstract, mut content) = attribution_note(graph, id, main);
            // Not the report: misp-stix would hang the note on the event, and PyMISP cannot
            // load the event notes misp-stix writes (a doubled time zone); the report's
            // description carries the same words instead.
            let mut refs = vec![b.incident_id(id)];
            refs.extend(b.noted.remove(&id).unwrap_or_default());
            if main == Some(id) {
                let others = aside.remove(&node.article).unwrap_or_default();
                if !others.is_empty() {
                    let phrases: Vec<String> = others
                        .iter()
                        .map(|&(a, role)| {
                            format!("{} ({})", graph.actor(a).name, role_phrase(role))
                        })
                        .collect();
                    let _ = write!(
                        content,
                        "\n\nAlso named in the article, not as behind this incident: {}.",
                        and_list(&phrases)
                    );
                    for (actor, _) in others {
                        refs.push(b.actor_id(actor));
                    }
                }
            }
            // The actors' origins go with them, so no location is left for the platforms to
            // attach to every event.
            let mut origins = Vec::new();
            for r in &refs {
                if let Some(country) = b.actor_by_stix(r).and_then(|a| graph.actor(a).country) {
                    let location = location_id(country);
                    origins.push(relationship_id("originates-from", r, &location));
                    origins.push(location);
                }
            }
            refs.extend(origins);
            let refs: BTreeSet<String> = refs.into_iter().collect();
            b.briefs
                .entry(node.article)
                .or_default()
                .push(content.clone());
            if let Some(evidence) = evidence_line(graph, id) {
                let _ = write!(content, "\n\n{evidence}");
            }
            let mut p = Map::new();
            p.insert("abstract".into(), r#abstract.into());
            p.insert("content".into(), content.into());
            p.insert("authors".into(), json!(["threatbrief"]));
            p.insert("object_refs".into(), json!(refs));
            let stix = stix_id("note", &format!("attribution|{}", b.incident_id(id)));
            let seen = b.incident_seen(id);
            b.object("note", stix.clone(), seen, p);
            // The report contains its notes (OpenCTI lists them with it); misp-stix skips a
            // note a report contains rather than hanging it on the event.
            b.refer(node.article, [stix]);
        }
    }

    fn reports(b: &mut Builder<'_>, graph: &KnowledgeGraph) {
        for (actor, article, _) in graph.mentions() {
            if !b.behind.contains(&(article, actor)) {
                continue;
            }
            let id = b.actor_id(actor);
            let mut refs = vec![id.clone()];
            if let Some(country) = graph.actor(actor).country {
                let location = location_id(country);
                refs.push(relationship_id("originates-from", &id, &location));
                refs.push(location);
            }
            b.refer(article, refs);
        }
        for (id, article) in graph.articles() {
            let stix = b.report_id(id);
            let mut refs: Vec<String> =
                b.refs.remove(&id).unwrap_or_default().into_iter().collect();
            if refs.is_empty() {
                // object_refs may not be empty: an article with nothing extracted still names
                // who read it.
                refs.push(b.author.clone());
            }
            let mut p = Map::new();
            p.insert(
                "name".into(),
                if article.title.is_empty() {
                    "(untitled)".into()
                } else {
                    article.title.clone().into()
                },
            );
            // The brief's summary, then how attribution stands (the notes' words), so that a
            // platform that shows only the report still tells the truth.
            let mut description: Vec<String> = article
                .summary
                .iter()
                .filter(|s| !s.trim().is_empty())
                .cloned()
                .collect();
            description.extend(b.briefs.remove(&id).unwrap_or_default());
            if !description.is_empty() {
                p.insert("description".into(), description.join("\n\n").into());
            }
            p.insert("published".into(), timestamp(article.scraped_at).into());
            p.insert("report_types".into(), json!(["threat-report"]));
            p.insert("object_refs".into(), json!(refs));
            if let Some(url) = &article.source {
                // STIX wants a URL with its scheme; a scraped "www.example.com/x" is kept as
                // text rather than given a scheme it did not have.
                let reference = if url.contains("://") {
                    json!({"source_name": "article", "url": url})
                } else {
                    json!({"source_name": "article", "description": url})
                };
                p.insert("external_references".into(), json!([reference]));
            }
            b.object("report", stix, Seen::at(article.scraped_at), p);
        }
    }
}

/// "Threat actor (nation-state) from Russia; ATT&CK G0007."
fn actor_description(actor: &crate::graph::ActorNode) -> String {
    let kinds: Vec<&str> = actor.types.iter().map(|k| k.as_str()).collect();
    let mut s = "Threat actor".to_owned();
    if !kinds.is_empty() {
        let _ = write!(s, " ({})", kinds.join(", "));
    }
    if let Some(country) = actor.country {
        let _ = write!(s, " from {}", country_name(country));
    }
    if let Some(attack) = &actor.attack_id {
        let _ = write!(s, "; MITRE ATT&CK {attack}");
    }
    s.push('.');
    s
}

/// A day as a STIX timestamp (its first millisecond, UTC).
fn day(date: time::Date) -> String {
    timestamp(date.midnight().assume_utc())
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn json_map(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixture::{sample_article, sample_report};

    fn sample_graph() -> KnowledgeGraph {
        let mut graph = KnowledgeGraph::new();
        graph.ingest(
            &sample_article(Some("https://www.bleepingcomputer.com/news/security/french-interior-ministry-confirms-cyberattack-on-email-servers/")),
            &sample_report(),
        );
        graph
    }

    fn objects(bundle: &str) -> Vec<Value> {
        let bundle: Value = serde_json::from_str(bundle).unwrap();
        bundle["objects"].as_array().unwrap().clone()
    }

    fn find<'a>(objects: &'a [Value], kind: &str, pred: impl Fn(&Value) -> bool) -> Vec<&'a Value> {
        objects
            .iter()
            .filter(|o| o["type"] == kind && pred(o))
            .collect()
    }

    #[test]
    fn an_event_several_articles_tell_is_one_resolved_incident_in_every_report() {
        let mut graph = sample_graph();
        // The sample told again by another outlet the next day, and an unrelated story.
        let mut next_day = sample_article(Some("https://example.com/again"));
        next_day.scraped_at += time::Duration::days(1);
        graph.ingest(&next_day, &sample_report());
        let other = crate::graph::ArticleRef::new(
            time::macros::datetime!(2025-12-16 09:00 UTC),
            "Patch Tuesday fixes sixty flaws",
        );
        graph.ingest_ref(&other, &crate::Report::default());
        let objects = objects(&to_stix(&graph));
        let resolved = find(&objects, "incident", |o| {
            o["name"]
                .as_str()
                .unwrap()
                .ends_with("(told by 2 articles)")
        });
        let [resolved] = resolved[..] else {
            panic!("one resolved incident: {resolved:?}")
        };
        let id = resolved["id"].as_str().unwrap();
        let reports = find(&objects, "report", |_| true);
        assert_eq!(reports.len(), 3);
        let telling: Vec<_> = reports
            .iter()
            .filter(|r| r["object_refs"].as_array().unwrap().iter().any(|x| x == id))
            .collect();
        assert_eq!(telling.len(), 2);
        assert!(
            telling
                .iter()
                .all(|r| r["name"] != "Patch Tuesday fixes sixty flaws")
        );
        let related = find(&objects, "relationship", |o| o["target_ref"] == id);
        assert_eq!(related.len(), 2);
        assert!(
            resolved["description"]
                .as_str()
                .unwrap()
                .contains("2 independent sources")
        );
    }

    #[test]
    fn the_breach_is_not_attributed_to_apt28_but_the_earlier_campaign_is() {
        let objects = objects(&to_stix(&sample_graph()));
        let [apt28] = find(&objects, "intrusion-set", |_| true)[..] else {
            panic!("one intrusion-set")
        };
        assert_eq!(apt28["name"], "APT28");
        assert_eq!(apt28["external_references"][0]["external_id"], "G0007");
        let incidents = find(&objects, "incident", |_| true);
        assert_eq!(incidents.len(), 2);
        let extension = |o: &Value| {
            o["extensions"]
                .as_object()
                .unwrap()
                .values()
                .next()
                .unwrap()
                .clone()
        };
        let (main, context): (Vec<&Value>, Vec<&Value>) = incidents
            .iter()
            .partition(|i| extension(i)["context"] == false);
        let (main, context) = (main[0], context[0]);
        assert_eq!(extension(main)["attribution_status"], "unattributed");

        let attributed = find(&objects, "relationship", |r| {
            r["relationship_type"] == "attributed-to"
        });
        assert_eq!(attributed.len(), 1);
        assert_eq!(attributed[0]["source_ref"], context["id"]);
        assert_eq!(attributed[0]["target_ref"], apt28["id"]);
        assert_eq!(attributed[0]["confidence"], 85);
        assert!(
            find(&objects, "relationship", |r| r["source_ref"] == main["id"]
                && r["target_ref"] == apt28["id"])
            .is_empty()
        );

        let related = find(&objects, "relationship", |r| {
            r["relationship_type"] == "related-to"
        });
        assert_eq!(related[0]["source_ref"], context["id"]);
        assert_eq!(related[0]["target_ref"], main["id"]);
    }

    #[test]
    fn reports_name_the_article_and_refer_to_what_it_says() {
        let objects = objects(&to_stix(&sample_graph()));
        let [report] = find(&objects, "report", |_| true)[..] else {
            panic!("one report")
        };
        assert_eq!(
            report["name"],
            "French Interior Ministry confirms cyberattack on email servers"
        );
        assert_eq!(report["published"], "2025-12-15T11:11:13.308Z");
        assert_eq!(report["created"], "2025-12-15T11:11:13.308Z");
        assert!(
            report["external_references"][0]["url"]
                .as_str()
                .unwrap()
                .starts_with("https://www.bleepingcomputer.com/")
        );
        let ids: BTreeSet<&str> = objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
        let refs = report["object_refs"].as_array().unwrap();
        assert!(refs.len() > 5);
        for r in refs {
            assert!(ids.contains(r.as_str().unwrap()), "dangling {r}");
        }
        let fr = find(&objects, "location", |l| l["country"] == "FR");
        assert_eq!(fr.len(), 1);
        let ministry = find(&objects, "identity", |i| {
            i["name"] == "French Interior Ministry"
        });
        assert_eq!(ministry[0]["sectors"], json!(["government-national"]));
    }

    #[test]
    fn exports_are_byte_identical_and_have_no_empty_values() {
        let graph = sample_graph();
        let bundle = to_stix(&graph);
        assert_eq!(bundle, to_stix(&graph));
        assert_eq!(bundle, to_stix(&graph.clone().into_canonical()));
        fn check(v: &Value) {
            match v {
                Value::String(s) => assert!(!s.is_empty()),
                Value::Array(a) => {
                    assert!(!a.is_empty());
                    a.iter().for_each(check);
                }
                Value::Object(o) => {
                    assert!(!o.is_empty());
                    o.values().for_each(check);
                }
                _ => {}
            }
        }
        check(&serde_json::from_str(&bundle).unwrap());
        assert!(!bundle.contains("1970-01-01"));
    }

    #[test]
    fn ids_are_uuid_v5_of_the_canonical_key() {
        let id = stix_id("location", "FR");
        assert_eq!(id, stix_id("location", "FR"));
        let uuid = Uuid::parse_str(id.strip_prefix("location--").unwrap()).unwrap();
        assert_eq!(uuid.get_version_num(), 5);
        assert_eq!(
            timestamp(time::macros::datetime!(2025-12-15 11:11:13.308 UTC)),
            "2025-12-15T11:11:13.308Z"
        );
        assert_eq!(
            timestamp(time::macros::datetime!(2025-12-15 13:11:13 +2)),
            "2025-12-15T11:11:13.000Z"
        );
    }

    /// The sample plus the awkward cases: an article with nothing extracted, an actor unknown
    /// to ATT&CK with no alias, a denied attribution, a victim with no sector or country, an
    /// incident with no victim.
    fn awkward_graph() -> KnowledgeGraph {
        use crate::graph::ArticleRef;
        use crate::model::{Actor, AttributionStatus, Role, Victim};
        let mut graph = sample_graph();
        let at = time::macros::datetime!(2025-12-16 08:00 UTC);
        graph.ingest_ref(
            &ArticleRef::new(at, "Nothing to see"),
            &crate::model::Report::default(),
        );
        let mut report = sample_report();
        report.incidents.truncate(1);
        report.incidents[0].victims = vec![Victim {
            name: "Acme \"Widgets\" Ltd".into(),
            sectors: vec![],
            country: None,
            span: Span::new(1, 5),
        }];
        report.incidents[0].sectors.clear();
        report.incidents[0].countries.clear();
        report.incidents[0].attribution.status = AttributionStatus::Denied;
        report.incidents[0].attribution.actors = vec!["Some Crew".into()];
        report.incidents[0].attribution.evidence.clear();
        report.incidents[0].attribution.hypotheses.clear();
        report.incidents[0].types.clear();
        report.incidents[0].when = None;
        report.actors = vec![Actor {
            name: "Some Crew".into(),
            attack_id: None,
            aliases: vec![],
            types: vec![],
            country: None,
            role: Role::Denied,
            basis: None,
            mentions: vec![],
        }];
        report.incidents.push(crate::model::Incident {
            context: true,
            victims: vec![],
            ..report.incidents[0].clone()
        });
        graph.ingest_ref(&ArticleRef::new(at, "Crew denies it"), &report);
        graph
    }

    #[test]
    fn awkward_graphs_still_give_no_empty_value_and_no_dangling_ref() {
        let bundle = to_stix(&awkward_graph());
        let value: Value = serde_json::from_str(&bundle).unwrap();
        fn check(v: &Value, ids: &BTreeSet<String>) {
            match v {
                Value::String(s) => {
                    assert!(!s.is_empty());
                    if s.contains("--") && !s.contains(' ') {
                        assert!(ids.contains(s), "dangling {s}");
                    }
                }
                Value::Array(a) => {
                    assert!(!a.is_empty());
                    a.iter().for_each(|v| check(v, ids));
                }
                Value::Object(o) => {
                    assert!(!o.is_empty());
                    for (k, v) in o {
                        if !k.starts_with("extension-definition--") {
                            check(v, ids);
                        }
                    }
                }
                _ => {}
            }
        }
        let objects = value["objects"].as_array().unwrap();
        let ids: BTreeSet<String> = objects
            .iter()
            .map(|o| o["id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(ids.len(), objects.len(), "duplicate ids");
        for object in objects {
            check(object, &ids);
        }
        let denied = find(objects, "relationship", |r| r["confidence"] == 5);
        assert_eq!(denied.len(), 2);
        for r in denied {
            assert_eq!(r["relationship_type"], "related-to", "{r}");
            assert!(r["description"].as_str().unwrap().contains("denies"), "{r}");
        }
    }

    /// Writes the sample's bundle (and an awkward one, `-awkward` before the extension) to
    /// `$STIX_OUT` for the OASIS validator and `stix2`.
    #[test]
    #[ignore = "writes files for the external validator"]
    fn write_sample_bundle() {
        let path = std::env::var("STIX_OUT").unwrap_or_else(|_| "target/sample-bundle.json".into());
        std::fs::write(&path, to_stix(&sample_graph())).unwrap();
        let awkward = path.replace(".json", "-awkward.json");
        std::fs::write(awkward, to_stix(&awkward_graph())).unwrap();
    }
}
