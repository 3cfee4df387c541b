//! Serde for the whole graph: nodes as lists in id order (their keys are derived from them,
//! never trusted from the input), edges as `[from, to, data]` lists. Deserialising checks every
//! id, so a graph read back can be queried without panics.

use std::collections::BTreeSet;

use indexmap::IndexSet;

use super::graph::NodeMap;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::edges::Edges;
use super::graph::{
    ActorKey, ActorNode, ArticleKey, ArticleNode, AttributedTo, IncidentNode, IndicatorNode,
    KnowledgeGraph, Mentioned, OrgNode, Scratch,
};
use super::ids::{ActorId, ArticleId, IncidentId, IndicatorId, OrgId};
use super::ingest::normalise;
use super::sets::SortedSet;
use crate::model::{Country, Sector, Span};

#[derive(Serialize)]
struct ReprRef<'g> {
    articles: Vec<&'g ArticleNode>,
    incidents: Vec<&'g IncidentNode>,
    actors: Vec<&'g ActorNode>,
    orgs: Vec<&'g OrgNode>,
    sectors: Vec<Sector>,
    countries: Vec<Country>,
    attributed_to: Vec<(IncidentId, ActorId, &'g AttributedTo)>,
    targets: Vec<(IncidentId, OrgId, &'g SortedSet<Span>)>,
    incident_sectors: Vec<(IncidentId, Sector)>,
    incident_countries: Vec<(IncidentId, Country)>,
    org_sectors: Vec<(OrgId, Sector)>,
    org_countries: Vec<(OrgId, Country)>,
    context_of: Vec<(IncidentId, IncidentId)>,
    mentions: Vec<(ActorId, ArticleId, &'g Mentioned)>,
    indicators: Vec<&'g IndicatorNode>,
    seen_in: Vec<(IndicatorId, ArticleId, &'g SortedSet<Span>)>,
}

#[derive(Deserialize)]
struct Repr {
    articles: Vec<ArticleNode>,
    incidents: Vec<IncidentNode>,
    actors: Vec<ActorNode>,
    orgs: Vec<OrgNode>,
    sectors: Vec<Sector>,
    countries: Vec<Country>,
    attributed_to: Vec<(IncidentId, ActorId, AttributedTo)>,
    targets: Vec<(IncidentId, OrgId, SortedSet<Span>)>,
    incident_sectors: BTreeSet<(IncidentId, Sector)>,
    incident_countries: BTreeSet<(IncidentId, Country)>,
    org_sectors: BTreeSet<(OrgId, Sector)>,
    org_countries: BTreeSet<(OrgId, Country)>,
    context_of: BTreeSet<(IncidentId, IncidentId)>,
    mentions: Vec<(ActorId, ArticleId, Mentioned)>,
    // Absent from graphs serialised before indicators were nodes.
    #[serde(default)]
    indicators: Vec<IndicatorNode>,
    #[serde(default)]
    seen_in: Vec<(IndicatorId, ArticleId, SortedSet<Span>)>,
}

pub(crate) fn actor_key(node: &ActorNode) -> ActorKey {
    match &node.attack_id {
        Some(id) => ActorKey::Attack(id.clone()),
        None => ActorKey::Name(normalise(&node.name)),
    }
}

impl Serialize for KnowledgeGraph {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ReprRef {
            articles: self.articles().map(|(_, node)| node).collect(),
            incidents: self.incidents.values().collect(),
            actors: self.actors.values().collect(),
            orgs: self.orgs.values().collect(),
            sectors: self.sectors.iter().copied().collect(),
            countries: self.countries.iter().copied().collect(),
            attributed_to: self.attributions().collect(),
            targets: self.targets().collect(),
            incident_sectors: self.incident_sectors().collect(),
            incident_countries: self.incident_countries().collect(),
            org_sectors: self.org_sectors().collect(),
            org_countries: self.org_countries().collect(),
            context_of: self.context_of().collect(),
            mentions: self.mentions().collect(),
            indicators: self.indicators().map(|(_, node)| node).collect(),
            seen_in: self.indicator_sightings().collect(),
        }
        .serialize(s)
    }
}

/// Builds a node store from nodes in id order, refusing two nodes with one key.
fn index<N, K: std::hash::Hash + Eq, V, E: serde::de::Error>(
    what: &str,
    nodes: Vec<N>,
    entry: impl Fn(N) -> (K, V),
) -> Result<NodeMap<K, V>, E> {
    let mut map = NodeMap::with_capacity_and_hasher(nodes.len(), Default::default());
    for node in nodes {
        let (key, value) = entry(node);
        if map.insert(key, value).is_some() {
            return Err(E::custom(format_args!(
                "two {what} nodes with the same key"
            )));
        }
    }
    Ok(map)
}

fn set<K: Ord + Copy>(keys: BTreeSet<K>) -> Edges<K, ()> {
    Edges::from_vec(keys.into_iter().map(|k| (k, ())).collect())
}

fn check<E: serde::de::Error>(what: &str, index: usize, len: usize) -> Result<(), E> {
    if index < len {
        Ok(())
    } else {
        Err(E::custom(format_args!(
            "{what} id {index} out of range (graph has {len})"
        )))
    }
}

impl<'de> Deserialize<'de> for KnowledgeGraph {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = Repr::deserialize(d)?;
        let articles = index("article", r.articles, |a| (ArticleKey(a), ()))?;
        for node in &r.incidents {
            check("article", node.article.index(), articles.len())?;
        }
        let incidents = index("incident", r.incidents, |i| ((i.article, i.index), i))?;
        let actors = index("actor", r.actors, |a| (actor_key(&a), a))?;
        let orgs = index("organisation", r.orgs, |o| (normalise(&o.name), o))?;
        let (ni, na, no, nr) = (incidents.len(), actors.len(), orgs.len(), articles.len());
        let sectors: IndexSet<Sector> = r.sectors.into_iter().collect();
        let countries: IndexSet<Country> = r.countries.into_iter().collect();

        let mut attributed = Vec::with_capacity(r.attributed_to.len());
        for (i, a, e) in r.attributed_to {
            check("incident", i.index(), ni)?;
            check("actor", a.index(), na)?;
            attributed.push(((a, i), e));
        }
        let mut targets = Vec::with_capacity(r.targets.len());
        for (i, o, e) in r.targets {
            check("incident", i.index(), ni)?;
            check("organisation", o.index(), no)?;
            targets.push(((i, o), e));
        }
        for &(i, s) in &r.incident_sectors {
            check("incident", i.index(), ni)?;
            if !sectors.contains(&s) {
                return Err(D::Error::custom(format_args!("sector {s} is not a node")));
            }
        }
        for &(i, c) in &r.incident_countries {
            check("incident", i.index(), ni)?;
            if !countries.contains(&c) {
                return Err(D::Error::custom(format_args!("country {c} is not a node")));
            }
        }
        for &(o, s) in &r.org_sectors {
            check("organisation", o.index(), no)?;
            if !sectors.contains(&s) {
                return Err(D::Error::custom(format_args!("sector {s} is not a node")));
            }
        }
        for &(o, c) in &r.org_countries {
            check("organisation", o.index(), no)?;
            if !countries.contains(&c) {
                return Err(D::Error::custom(format_args!("country {c} is not a node")));
            }
        }
        for &(c, m) in &r.context_of {
            check("incident", c.index(), ni)?;
            check("incident", m.index(), ni)?;
        }
        let mut mentions = Vec::with_capacity(r.mentions.len());
        for (a, art, e) in r.mentions {
            check("actor", a.index(), na)?;
            check("article", art.index(), nr)?;
            mentions.push(((a, art), e));
        }
        let indicators = index("indicator", r.indicators, |i| (i, ()))?;
        let mut seen_in = Vec::with_capacity(r.seen_in.len());
        for (i, art, e) in r.seen_in {
            check("indicator", i.index(), indicators.len())?;
            check("article", art.index(), nr)?;
            seen_in.push(((i, art), e));
        }
        let canonical = articles.keys().is_sorted()
            && indicators.keys().is_sorted()
            && incidents.keys().is_sorted()
            && actors.keys().is_sorted()
            && orgs.keys().is_sorted()
            && sectors.iter().is_sorted()
            && countries.iter().is_sorted();
        Ok(KnowledgeGraph {
            articles,
            incidents,
            actors,
            orgs,
            sectors,
            countries,
            attributed: Edges::from_vec(attributed),
            targets: Edges::from_vec(targets),
            incident_sectors: set(r.incident_sectors),
            incident_countries: set(r.incident_countries),
            org_sectors: set(r.org_sectors),
            org_countries: set(r.org_countries),
            context_of: set(r.context_of),
            mentions: Edges::from_vec(mentions),
            indicators,
            seen_in: Edges::from_vec(seen_in),
            canonical,
            scratch: Scratch::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::graph::KnowledgeGraph;
    use crate::graph::fixture::{sample_article, sample_report};

    #[test]
    fn the_graph_round_trips_through_json() {
        let mut graph = KnowledgeGraph::new();
        graph.ingest(
            &sample_article(Some("https://example.com/a")),
            &sample_report(),
        );
        let json = serde_json::to_string(&graph).unwrap();
        let back: KnowledgeGraph = serde_json::from_str(&json).unwrap();
        assert_eq!(back, graph);
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }

    #[test]
    fn dangling_ids_are_refused() {
        let mut graph = KnowledgeGraph::new();
        graph.ingest(&sample_article(None), &sample_report());
        let json = serde_json::to_string(&graph).unwrap();
        let broken = json.replace("\"context_of\":[[1,0]]", "\"context_of\":[[7,0]]");
        assert_ne!(broken, json);
        let err = serde_json::from_str::<KnowledgeGraph>(&broken).unwrap_err();
        assert!(
            err.to_string().contains("incident id 7 out of range"),
            "{err}"
        );
    }
}
