//! Edge stores: vectors that ingest appends to, sorted by key when read.
//!
//! A `BTreeMap` per edge kind cost ingest a tree search and often an allocation per edge.
//! Here ingest pushes onto a vector; equal keys combine with [`Absorb`] when the vector is
//! sorted and coalesced, which happens on the first read after an out-of-order push (into a
//! cache, since reads take `&self`), on [`KnowledgeGraph::canonicalize`] and `merge`, and
//! when unsorted pushes have made the store several times larger than at its last compaction
//! (so memory stays proportional to the distinct edges, at an amortised O(log n) per push). Readers always see the sorted, coalesced state.
//!
//! [`KnowledgeGraph::canonicalize`]: super::KnowledgeGraph::canonicalize

use std::sync::OnceLock;

use super::merge::Absorb;

/// Unsorted pushes allowed before a compaction, beyond four times the last compacted
/// length: compactions then cost a third of the pushes' final sort, and none happen in
/// batches smaller than this.
const SLACK: usize = 1 << 16;

/// An edge set (`V = ()`) or map, keyed by node ids.
#[derive(Debug, Clone)]
pub(crate) struct Edges<K, V> {
    items: Vec<(K, V)>,
    /// Whether `items` is sorted by key with no key twice.
    sorted: bool,
    /// `items` sorted and coalesced, for readers of an unsorted store.
    cache: OnceLock<Vec<(K, V)>>,
    /// Length after the last compaction.
    compacted: usize,
}

impl<K, V> Default for Edges<K, V> {
    fn default() -> Self {
        Edges {
            items: Vec::new(),
            sorted: true,
            cache: OnceLock::new(),
            compacted: 0,
        }
    }
}

impl<K: Ord + Copy, V: Absorb + Clone> Edges<K, V> {
    /// A store of `items` in any order, with keys possibly repeated.
    pub(crate) fn from_vec(items: Vec<(K, V)>) -> Self {
        let mut edges = Edges {
            items,
            sorted: false,
            ..Edges::default()
        };
        edges.normalise();
        edges
    }

    /// Adds an edge, absorbing into an equal one. O(1) amortised.
    pub(crate) fn push(&mut self, key: K, value: V) {
        self.adopt_cache();
        match self.items.last_mut() {
            Some((last, data)) if *last == key => {
                data.absorb(value);
                return;
            }
            Some((last, _)) if *last > key => self.sorted = false,
            _ => {}
        }
        self.items.push((key, value));
        if !self.sorted && self.items.len() > 4 * self.compacted + SLACK {
            self.normalise();
        }
    }

    /// Sorts and coalesces in place. O(n log n), O(1) when already sorted.
    pub(crate) fn normalise(&mut self) {
        self.adopt_cache();
        if !self.sorted {
            sort_and_coalesce(&mut self.items);
            self.sorted = true;
        }
        self.compacted = self.items.len();
    }

    /// The edges sorted by key, each key once. O(n log n) on the first read after an
    /// out-of-order push, O(1) after.
    pub(crate) fn view(&self) -> &[(K, V)] {
        if self.sorted {
            &self.items
        } else {
            self.cache.get_or_init(|| {
                let mut items = self.items.clone();
                sort_and_coalesce(&mut items);
                items
            })
        }
    }

    /// The edges whose key maps to `group` under `part` (a prefix of the key). O(log n).
    pub(crate) fn group<P: Ord>(&self, group: &P, part: impl Fn(&K) -> P) -> &[(K, V)] {
        let all = self.view();
        let start = all.partition_point(|(k, _)| part(k) < *group);
        let len = all[start..].partition_point(|(k, _)| part(k) == *group);
        &all[start..start + len]
    }

    /// The data of edge `key`. O(log n).
    pub(crate) fn get(&self, key: &K) -> Option<&V> {
        let all = self.view();
        all.binary_search_by(|(k, _)| k.cmp(key))
            .ok()
            .map(|i| &all[i].1)
    }

    /// The edges sorted by key, each key once.
    pub(crate) fn into_sorted(mut self) -> Vec<(K, V)> {
        self.normalise();
        self.items
    }

    /// Replaces `items` with the cache when a reader built one, so it is not built twice.
    fn adopt_cache(&mut self) {
        if self.cache.get_mut().is_some()
            && let Some(sorted) = self.cache.take()
        {
            self.items = sorted;
            self.sorted = true;
        }
    }
}

impl<K: Ord + Copy, V: Absorb + Clone + PartialEq> PartialEq for Edges<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.view() == other.view()
    }
}

/// Stable sort by key, then equal keys absorbed into the first.
fn sort_and_coalesce<K: Ord, V: Absorb>(items: &mut Vec<(K, V)>) {
    items.sort_by(|a, b| a.0.cmp(&b.0));
    if items.windows(2).all(|w| w[0].0 != w[1].0) {
        return;
    }
    let mut out: Vec<(K, V)> = Vec::with_capacity(items.len());
    for (key, value) in items.drain(..) {
        match out.last_mut() {
            Some((last, data)) if *last == key => data.absorb(value),
            _ => out.push((key, value)),
        }
    }
    *items = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::SortedSet;

    #[test]
    fn reads_see_sorted_coalesced_edges_whatever_the_push_order() {
        let mut edges: Edges<(u32, u32), SortedSet<u32>> = Edges::default();
        for (k, v) in [
            ((2, 1), 5),
            ((1, 9), 1),
            ((2, 1), 3),
            ((1, 2), 0),
            ((1, 9), 1),
        ] {
            edges.push(k, SortedSet::from([v]));
        }
        let want: Vec<((u32, u32), SortedSet<u32>)> = vec![
            ((1, 2), SortedSet::from([0])),
            ((1, 9), SortedSet::from([1])),
            ((2, 1), SortedSet::from([3, 5])),
        ];
        assert_eq!(edges.view(), want);
        assert_eq!(edges.group(&1, |k| k.0).len(), 2);
        assert!(edges.group(&3, |k| k.0).is_empty());
        assert_eq!(edges.get(&(2, 1)), Some(&SortedSet::from([3, 5])));
        assert_eq!(edges.get(&(2, 2)), None);
        // A push after a read starts from the cache.
        edges.push((0, 0), SortedSet::new());
        assert_eq!(edges.view().len(), 4);
        assert_eq!(edges.clone().into_sorted()[1..], want[..]);
        assert_eq!(Edges::from_vec(want.clone()).view(), want);
    }

    #[test]
    fn graphs_stay_shareable_across_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<crate::graph::KnowledgeGraph>();
    }

    #[test]
    fn unsorted_pushes_are_compacted_as_they_grow() {
        let mut edges: Edges<(u32, u32), ()> = Edges::default();
        for n in 0..1_000_000u32 {
            edges.push((n % 7, 0), ());
        }
        assert!(edges.items.len() <= SLACK + 7);
        assert_eq!(edges.view().len(), 7);
    }
}
