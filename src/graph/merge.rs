//! Merge and canonical order: what makes graphs built apart combine into the same graph.
//!
//! Two rules make merging associative and commutative:
//! - node data combines with [`Absorb`], which is itself associative, commutative and
//!   idempotent (set unions, the firmest status, the smallest spelling, ...);
//! - after a merge every node kind is sorted by its canonical key and edges are sorted sets,
//!   so the ids of the result depend only on its content.

use std::hash::Hash;

use super::graph::NodeMap;
use indexmap::map::{Entry, MutableKeys};

use super::edges::Edges;
use super::graph::{
    ActorNode, ArticleKey, ArticleNode, AttributedTo, IncidentNode, KnowledgeGraph, Mentioned,
    OrgNode,
};
use super::ids::{ActorId, ArticleId, IncidentId, IndicatorId, OrgId};
use super::sets::{EnumSet, SortedSet};
use crate::model::DateWindow;

/// Combining two descriptions of the same thing. Must be associative, commutative and
/// idempotent, so the result does not depend on the order things were seen in.
pub(crate) trait Absorb {
    fn absorb(&mut self, other: Self);
}

impl<T: Ord> Absorb for SortedSet<T> {
    fn absorb(&mut self, other: Self) {
        self.insert_all(other);
    }
}

impl<T> Absorb for EnumSet<T> {
    fn absorb(&mut self, other: Self) {
        self.insert_all(other);
    }
}

/// An edge without data.
impl Absorb for () {
    fn absorb(&mut self, (): Self) {}
}

/// Known beats unknown; between two known values the smallest wins.
impl<T: Ord> Absorb for Option<T> {
    fn absorb(&mut self, other: Self) {
        match (self.as_mut(), other) {
            (_, None) => {}
            (None, other) => *self = other,
            (Some(mine), Some(theirs)) => {
                if theirs < *mine {
                    *mine = theirs;
                }
            }
        }
    }
}

impl Absorb for Option<DateWindow> {
    fn absorb(&mut self, other: Self) {
        match (self.as_mut(), other) {
            (_, None) => {}
            (None, other) => *self = other,
            (Some(mine), Some(theirs)) => {
                mine.from = mine.from.min(theirs.from);
                mine.to = mine.to.max(theirs.to);
            }
        }
    }
}

impl Absorb for ArticleNode {
    fn absorb(&mut self, other: Self) {
        self.source.absorb(other.source);
        self.summary.absorb(other.summary);
        self.lead.absorb(other.lead);
    }
}

impl Absorb for IncidentNode {
    fn absorb(&mut self, other: Self) {
        // The reported incident wins over a citation of it.
        self.context &= other.context;
        self.types.absorb(other.types);
        self.when.absorb(other.when);
        self.status = self.status.min(other.status);
        self.confidence = self.confidence.max(other.confidence);
        self.hypotheses.absorb(other.hypotheses);
        self.evidence.absorb(other.evidence);
    }
}

impl Absorb for ActorNode {
    fn absorb(&mut self, other: Self) {
        // Names of one actor that differ (gazetteer versions) all survive: the smallest is the
        // name, the others become aliases.
        let (name, other_name) = if other.name < self.name {
            (other.name, std::mem::take(&mut self.name))
        } else {
            (std::mem::take(&mut self.name), other.name)
        };
        self.aliases.absorb(other.aliases);
        if other_name != name {
            self.aliases.insert(other_name);
        }
        self.aliases.remove(&name);
        self.name = name;
        self.attack_id.absorb(other.attack_id);
        self.types.absorb(other.types);
        self.country.absorb(other.country);
    }
}

impl ActorNode {
    /// `self.absorb(node made of actor)` without building that node: the ingest fast path.
    pub(crate) fn absorb_actor(&mut self, actor: &crate::model::Actor) {
        // Ingest meets most actors again under names the node has: then nothing is inserted,
        // and `aliases`, which never holds `name`, need not be searched for it again.
        let mut grew = false;
        if actor.name != self.name {
            grew = true;
            if actor.name < self.name {
                let old = std::mem::replace(&mut self.name, actor.name.clone());
                self.aliases.insert(old);
            } else if !self.aliases.contains(&actor.name) {
                self.aliases.insert(actor.name.clone());
            }
        }
        for alias in &actor.aliases {
            if !self.aliases.contains(alias) {
                self.aliases.insert(alias.clone());
                grew = true;
            }
        }
        if grew {
            self.aliases.remove(&self.name);
        }
        if let Some(id) = &actor.attack_id
            && self.attack_id.as_ref().is_none_or(|mine| id < mine)
        {
            self.attack_id = Some(id.clone());
        }
        self.types.extend(actor.types.iter().copied());
        self.country.absorb(actor.country);
    }
}

impl Absorb for OrgNode {
    fn absorb(&mut self, other: Self) {
        if other.name < self.name {
            self.name = other.name;
        }
    }
}

impl Absorb for AttributedTo {
    fn absorb(&mut self, other: Self) {
        self.status = self.status.min(other.status);
        self.confidence = self.confidence.max(other.confidence);
        self.by.absorb(other.by);
        self.evidence.absorb(other.evidence);
    }
}

impl Absorb for Mentioned {
    fn absorb(&mut self, other: Self) {
        self.role = self.role.min(other.role);
        self.spans.absorb(other.spans);
    }
}

/// Insert-or-absorb a node; returns its index and whether it is new.
pub(crate) fn upsert<K: Hash + Eq, V: Absorb>(
    map: &mut NodeMap<K, V>,
    key: K,
    value: V,
) -> (usize, bool) {
    match map.entry(key) {
        Entry::Occupied(mut e) => {
            e.get_mut().absorb(value);
            (e.index(), false)
        }
        Entry::Vacant(e) => {
            let index = e.index();
            e.insert(value);
            (index, true)
        }
    }
}

/// [`upsert`] for articles, whose store keeps the node as the key.
fn upsert_article(map: &mut NodeMap<ArticleKey, ()>, key: ArticleKey) -> (usize, bool) {
    match map.get_full_mut2(&key) {
        Some((index, stored, ())) => {
            // The source is not part of the key: changing it keeps the map valid.
            stored.0.absorb(key.0);
            (index, false)
        }
        None => (map.insert_full(key, ()).0, true),
    }
}

/// Sorts a node store by key; returns, for each old index, the new one.
fn sort_by_key<K: Ord + Hash + Eq, V>(map: &mut NodeMap<K, V>) -> Vec<usize> {
    let mut entries: Vec<(usize, K, V)> = std::mem::take(map)
        .into_iter()
        .enumerate()
        .map(|(i, (k, v))| (i, k, v))
        .collect();
    entries.sort_unstable_by(|a, b| a.1.cmp(&b.1));
    let mut new_index = vec![0; entries.len()];
    map.reserve(entries.len());
    for (new, (old, k, v)) in entries.into_iter().enumerate() {
        new_index[old] = new;
        map.insert(k, v);
    }
    new_index
}

/// Maps every edge's key through `f` (a renumbering) and re-sorts.
fn renumber<K: Ord + Copy, V: Absorb + Clone>(edges: &mut Edges<K, V>, f: impl Fn(K) -> K) {
    let items = std::mem::take(edges)
        .into_sorted()
        .into_iter()
        .map(|(k, v)| (f(k), v))
        .collect();
    *edges = Edges::from_vec(items);
}

/// How the ids of one graph map onto another's.
struct Remap {
    articles: Vec<usize>,
    incidents: Vec<usize>,
    actors: Vec<usize>,
    orgs: Vec<usize>,
    indicators: Vec<usize>,
}

impl Remap {
    fn article(&self, id: ArticleId) -> ArticleId {
        ArticleId::new(self.articles[id.index()])
    }
    fn incident(&self, id: IncidentId) -> IncidentId {
        IncidentId::new(self.incidents[id.index()])
    }
    fn actor(&self, id: ActorId) -> ActorId {
        ActorId::new(self.actors[id.index()])
    }
    fn org(&self, id: OrgId) -> OrgId {
        OrgId::new(self.orgs[id.index()])
    }
    fn indicator(&self, id: IndicatorId) -> IndicatorId {
        IndicatorId::new(self.indicators[id.index()])
    }
}

impl KnowledgeGraph {
    /// Adds everything in `other` to this graph, merging equal things as
    /// [`ingest`](Self::ingest) does, then puts the result in canonical order.
    ///
    /// Merging is associative and commutative, and the result is canonical: graphs built on
    /// separate shards of the same input merge into the same graph (same ids, equal with `==`)
    /// in any order, and equal to one graph that ingested everything (once canonicalised).
    ///
    /// Cost: O((n + m) log(n + m)) for graphs of n and m nodes and edges.
    ///
    /// # Examples
    /// ```
    /// use threatbrief::graph::{ArticleRef, KnowledgeGraph};
    /// use threatbrief::Report;
    /// use time::macros::datetime;
    ///
    /// let (mut a, mut b) = (KnowledgeGraph::new(), KnowledgeGraph::new());
    /// a.ingest_ref(&ArticleRef::new(datetime!(2025-12-15 0:00 UTC), "Later"), &Report::default());
    /// b.ingest_ref(&ArticleRef::new(datetime!(2025-12-14 0:00 UTC), "Earlier"), &Report::default());
    /// let ab = KnowledgeGraph::merged(a.clone(), b.clone());
    /// assert_eq!(ab, KnowledgeGraph::merged(b, a));
    /// let titles: Vec<_> = ab.articles().map(|(_, article)| article.title.as_str()).collect();
    /// assert_eq!(titles, ["Earlier", "Later"]);
    /// ```
    pub fn merge(&mut self, other: KnowledgeGraph) {
        let mut grew = false;
        let mut grow = |(index, new): (usize, bool)| {
            grew |= new;
            index
        };
        let articles: Vec<usize> = other
            .articles
            .into_keys()
            .map(|k| grow(upsert_article(&mut self.articles, k)))
            .collect();
        let mut remap = Remap {
            articles,
            incidents: Vec::new(),
            actors: Vec::new(),
            orgs: Vec::new(),
            indicators: Vec::new(),
        };
        remap.incidents = other
            .incidents
            .into_iter()
            .map(|((article, index), mut node)| {
                node.article = remap.article(article);
                grow(upsert(&mut self.incidents, (node.article, index), node))
            })
            .collect();
        remap.actors = other
            .actors
            .into_iter()
            .map(|(k, v)| grow(upsert(&mut self.actors, k, v)))
            .collect();
        remap.orgs = other
            .orgs
            .into_iter()
            .map(|(k, v)| grow(upsert(&mut self.orgs, k, v)))
            .collect();
        remap.indicators = other
            .indicators
            .into_keys()
            .map(|k| {
                let (index, old) = self.indicators.insert_full(k, ());
                grow((index, old.is_none()))
            })
            .collect();
        for sector in other.sectors {
            grew |= self.sectors.insert(sector);
        }
        for country in other.countries {
            grew |= self.countries.insert(country);
        }
        if grew {
            self.canonical = false;
        }

        for ((a, i), e) in other.attributed.into_sorted() {
            self.attributed.push((remap.actor(a), remap.incident(i)), e);
        }
        for ((i, o), e) in other.targets.into_sorted() {
            self.targets.push((remap.incident(i), remap.org(o)), e);
        }
        for ((i, s), ()) in other.incident_sectors.into_sorted() {
            self.incident_sectors.push((remap.incident(i), s), ());
        }
        for ((i, c), ()) in other.incident_countries.into_sorted() {
            self.incident_countries.push((remap.incident(i), c), ());
        }
        for ((o, s), ()) in other.org_sectors.into_sorted() {
            self.org_sectors.push((remap.org(o), s), ());
        }
        for ((o, c), ()) in other.org_countries.into_sorted() {
            self.org_countries.push((remap.org(o), c), ());
        }
        for ((c, m), ()) in other.context_of.into_sorted() {
            self.context_of
                .push((remap.incident(c), remap.incident(m)), ());
        }
        for ((a, r), e) in other.mentions.into_sorted() {
            self.mentions.push((remap.actor(a), remap.article(r)), e);
        }
        for ((i, r), e) in other.seen_in.into_sorted() {
            self.seen_in.push((remap.indicator(i), remap.article(r)), e);
        }
        self.canonicalize();
    }

    /// `a` merged with `b`: see [`merge`](Self::merge).
    #[must_use]
    pub fn merged(mut a: KnowledgeGraph, b: KnowledgeGraph) -> KnowledgeGraph {
        a.merge(b);
        a
    }

    /// Puts every node kind in canonical key order (see [`KnowledgeGraph`]) and renumbers
    /// ids and edges to match. Ids issued before are invalid afterwards (unless the graph was
    /// already canonical, when this does nothing).
    ///
    /// Also sorts the edges ingest appended, in place (see [`KnowledgeGraph`]), so queries
    /// after it build no cache.
    ///
    /// Cost: O(n log n) in the number of nodes and edges; O(1) when already canonical and
    /// nothing was ingested since.
    pub fn canonicalize(&mut self) {
        if self.canonical {
            self.normalise_edges();
            return;
        }
        let articles = sort_by_key(&mut self.articles);
        // Incident keys hold article ids: renumber them before sorting.
        let incidents = std::mem::take(&mut self.incidents);
        self.incidents = incidents
            .into_iter()
            .map(|((article, index), mut node)| {
                node.article = ArticleId::new(articles[article.index()]);
                ((node.article, index), node)
            })
            .collect();
        let remap = Remap {
            incidents: sort_by_key(&mut self.incidents),
            actors: sort_by_key(&mut self.actors),
            orgs: sort_by_key(&mut self.orgs),
            indicators: sort_by_key(&mut self.indicators),
            articles,
        };
        self.sectors.sort_unstable();
        self.countries.sort_unstable();

        renumber(&mut self.attributed, |(a, i)| {
            (remap.actor(a), remap.incident(i))
        });
        renumber(&mut self.targets, |(i, o)| {
            (remap.incident(i), remap.org(o))
        });
        renumber(&mut self.incident_sectors, |(i, s)| (remap.incident(i), s));
        renumber(&mut self.incident_countries, |(i, c)| {
            (remap.incident(i), c)
        });
        renumber(&mut self.org_sectors, |(o, s)| (remap.org(o), s));
        renumber(&mut self.org_countries, |(o, c)| (remap.org(o), c));
        renumber(&mut self.context_of, |(c, m)| {
            (remap.incident(c), remap.incident(m))
        });
        renumber(&mut self.mentions, |(a, r)| {
            (remap.actor(a), remap.article(r))
        });
        renumber(&mut self.seen_in, |(i, r)| {
            (remap.indicator(i), remap.article(r))
        });
        self.canonical = true;
    }

    /// Sorts and coalesces every edge store in place.
    fn normalise_edges(&mut self) {
        self.attributed.normalise();
        self.targets.normalise();
        self.incident_sectors.normalise();
        self.incident_countries.normalise();
        self.org_sectors.normalise();
        self.org_countries.normalise();
        self.context_of.normalise();
        self.mentions.normalise();
        self.seen_in.normalise();
    }

    /// This graph in canonical order: see [`canonicalize`](Self::canonicalize).
    #[must_use]
    pub fn into_canonical(mut self) -> Self {
        self.canonicalize();
        self
    }
}
