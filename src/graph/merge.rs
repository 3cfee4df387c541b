//! Merge and canonical order: what makes graphs built apart combine into the same graph.
//!
//! Two rules make merging associative and commutative:
//! - node data combines with [`Absorb`], which is itself associative, commutative and
//!   idempotent (set unions, the firmest status, the smallest spelling, ...);
//! - after a merge every node kind is sorted by its canonical key and edges are sorted sets,
//!   so the ids of the result depend only on its content.

use std::hash::Hash;

use super::graph::NodeMap;
use indexmap::map::Entry;

use super::edges::Edges;
use super::graph::{
    ActorNode, ArticleNode, AttributedTo, IncidentNode, KnowledgeGraph, Mentioned, OrgNode,
    SoftwareNode, TechniqueNode,
};

use super::sets::{EnumSet, SortedSet};
use crate::model::{DateWindow, SoftwareKind};

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

/// Two nodes' names and aliases as one: the smallest name is the name, every other name an
/// alias, and the aliases never hold the name.
fn absorb_names(
    (name, aliases): (&mut String, &mut SortedSet<String>),
    (other_name, other_aliases): (String, SortedSet<String>),
) {
    let (kept, alias) = if other_name < *name {
        (other_name, std::mem::take(name))
    } else {
        (std::mem::take(name), other_name)
    };
    aliases.absorb(other_aliases);
    if alias != kept {
        aliases.insert(alias);
    }
    aliases.remove(&kept);
    *name = kept;
}

impl Absorb for ActorNode {
    fn absorb(&mut self, other: Self) {
        // Names of one actor that differ (gazetteer versions) all survive.
        absorb_names(
            (&mut self.name, &mut self.aliases),
            (other.name, other.aliases),
        );
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

impl Absorb for TechniqueNode {
    fn absorb(&mut self, other: Self) {
        if other.name < self.name {
            self.name = other.name;
        }
        self.tactics.absorb(other.tactics);
    }
}

impl Absorb for SoftwareNode {
    fn absorb(&mut self, other: Self) {
        // As for actors: every name survives.
        absorb_names(
            (&mut self.name, &mut self.aliases),
            (other.name, other.aliases),
        );
        self.attack_id.absorb(other.attack_id);
        // Malware wins: a tool named as malware anywhere is being used as such.
        if other.kind == SoftwareKind::Malware {
            self.kind = SoftwareKind::Malware;
        }
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

/// Maps every edge's key through `f` (a renumbering) and re-sorts.
pub(crate) fn renumber<K: Ord + Copy, V: Absorb + Clone>(
    edges: &mut Edges<K, V>,
    f: impl Fn(K) -> K,
) {
    let items = std::mem::take(edges)
        .into_sorted()
        .into_iter()
        .map(|(k, v)| (f(k), v))
        .collect();
    *edges = Edges::from_vec(items);
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
        if self.merge_stores(other) {
            self.canonical = false;
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
        self.canonicalize_stores();
        self.canonical = true;
    }

    /// This graph in canonical order: see [`canonicalize`](Self::canonicalize).
    #[must_use]
    pub fn into_canonical(mut self) -> Self {
        self.canonicalize();
        self
    }
}
