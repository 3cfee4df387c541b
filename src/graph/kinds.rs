//! The graph's node and edge kinds, listed once.
//!
//! The list is the definition of [`KnowledgeGraph`] (in `graph.rs`), written through the
//! [`graph_kinds!`] macro below. Everything that does the same thing to every kind derives from
//! it: the struct's stores, emptiness, equality, merge, canonical order (sorting and
//! renumbering), edge normalisation, the serde form and the checks a deserialised graph must
//! pass. What differs between kinds is a trait impl beside the kind's type:
//! - [`NodeKind`] for a node store `NodeMap<K, V>`: how a node is written, how its key is
//!   derived back, whether its key or data refer to an earlier kind (an incident names its
//!   article), and what merging two keys keeps;
//! - [`Store`] for the two store shapes (`NodeMap` of keyed nodes, `IndexSet` of values that are
//!   their own ids, sectors and countries);
//! - [`Endpoint`], generated for each node kind's id: how an edge end is renumbered and checked;
//! - [`EdgeData`] for the data an edge carries: whether it is written at all.
//!
//! Adding a kind is one line in the list plus the trait impls of its new types; what a kind
//! *means* (ingest, queries, exports) is still written where it is used.
//!
//! A node kind's keys may refer only to kinds listed before it: merge and canonicalisation
//! renumber the kinds in list order.

use std::hash::Hash;

use indexmap::IndexSet;
use indexmap::map::MutableKeys;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::graph::{KnowledgeGraph, NodeMap, Remap};
use super::merge::Absorb;

/// A node id: an index into its kind's store.
pub(crate) trait NodeIndex: Copy {
    fn from_index(index: usize) -> Self;
    fn to_index(self) -> usize;
}

/// One kind of keyed node, stored as `NodeMap<Key, Value>`; implemented on the pair
/// `(Key, Value)`.
pub(crate) trait NodeKind {
    type Key: Hash + Eq + Ord;
    type Value: Absorb + PartialEq;
    type Id: NodeIndex;
    /// The node as the serde form writes it.
    type Wire: Serialize + DeserializeOwned + PartialEq;

    fn wire<'a>(key: &'a Self::Key, value: &'a Self::Value) -> &'a Self::Wire;

    /// The key and data of a node read back (the key is derived, never trusted).
    fn from_wire(node: Self::Wire) -> (Self::Key, Self::Value);

    /// Merges what a key carries beyond its identity (an article's source).
    fn absorb_key(_stored: &mut Self::Key, _other: Self::Key) {}

    /// Renumbers the ids of earlier kinds that the key and data hold.
    fn renumber(_key: &mut Self::Key, _value: &mut Self::Value, _remap: &Remap) {}

    /// Checks the ids of other kinds that the node holds.
    ///
    /// # Errors
    /// A message naming the dangling id.
    fn check(_node: &Self::Wire, _graph: &KnowledgeGraph) -> Result<(), String> {
        Ok(())
    }
}

/// A node store: what merge, canonical order, equality and serde do to it.
pub(crate) trait Store: Default {
    type Id: Copy;
    type Wire: Serialize + DeserializeOwned;

    fn count(&self) -> usize;
    fn has(&self, id: Self::Id) -> bool;
    /// Why `id` is not in the store, for a deserialisation error.
    fn missing(&self, what: &str, id: Self::Id) -> String;
    /// `id` under a renumbering made by [`canonical_order`](Store::canonical_order) or [`absorb`](Store::absorb).
    fn renumbered(map: &[usize], id: Self::Id) -> Self::Id;
    /// Sorts by key (renumbering refs to earlier kinds first); for each old index, the new one.
    fn canonical_order(&mut self, remap: &Remap) -> Vec<usize>;
    /// Adds `other`'s nodes; for each of its indices, the one here, and whether any is new.
    fn absorb(&mut self, other: Self, remap: &Remap) -> (Vec<usize>, bool);
    /// Same nodes, same data, same order.
    fn same(&self, other: &Self) -> bool;
    fn keys_sorted(&self) -> bool;
    fn write<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error>;
    /// The store of nodes read back in id order.
    ///
    /// # Errors
    /// Two nodes with the same key.
    fn read(nodes: Vec<Self::Wire>, what: &str) -> Result<Self, String>;
    /// Checks the ids of other kinds that the nodes hold.
    ///
    /// # Errors
    /// A message naming the dangling id.
    fn check(&self, graph: &KnowledgeGraph) -> Result<(), String>;
}

impl<K, V, N> Store for NodeMap<K, V>
where
    (K, V): NodeKind<Key = K, Value = V, Id = N>,
    K: Hash + Eq + Ord,
    V: Absorb + PartialEq,
    N: NodeIndex,
{
    type Id = N;
    type Wire = <(K, V) as NodeKind>::Wire;

    fn count(&self) -> usize {
        NodeMap::len(self)
    }

    fn has(&self, id: N) -> bool {
        id.to_index() < NodeMap::len(self)
    }

    fn missing(&self, what: &str, id: N) -> String {
        format!(
            "{what} id {} out of range (graph has {})",
            id.to_index(),
            NodeMap::len(self)
        )
    }

    fn renumbered(map: &[usize], id: N) -> N {
        N::from_index(map[id.to_index()])
    }

    fn canonical_order(&mut self, remap: &Remap) -> Vec<usize> {
        let mut entries: Vec<(usize, K, V)> = std::mem::take(self)
            .into_iter()
            .enumerate()
            .map(|(i, (mut k, mut v))| {
                <(K, V)>::renumber(&mut k, &mut v, remap);
                (i, k, v)
            })
            .collect();
        entries.sort_unstable_by(|a, b| a.1.cmp(&b.1));
        let mut new_index = vec![0; entries.len()];
        self.reserve(entries.len());
        for (new, (old, k, v)) in entries.into_iter().enumerate() {
            new_index[old] = new;
            self.insert(k, v);
        }
        new_index
    }

    fn absorb(&mut self, other: Self, remap: &Remap) -> (Vec<usize>, bool) {
        let mut grew = false;
        let map = other
            .into_iter()
            .map(|(mut k, mut v)| {
                <(K, V)>::renumber(&mut k, &mut v, remap);
                match self.get_full_mut2(&k) {
                    Some((index, stored_key, stored)) => {
                        <(K, V)>::absorb_key(stored_key, k);
                        stored.absorb(v);
                        index
                    }
                    None => {
                        grew = true;
                        self.insert_full(k, v).0
                    }
                }
            })
            .collect();
        (map, grew)
    }

    fn same(&self, other: &Self) -> bool {
        NodeMap::len(self) == NodeMap::len(other)
            && self.iter().zip(other).all(|((k, v), (ok, ov))| {
                k == ok && v == ov && <(K, V)>::wire(k, v) == <(K, V)>::wire(ok, ov)
            })
    }

    fn keys_sorted(&self) -> bool {
        self.keys().is_sorted()
    }

    fn write<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter().map(|(k, v)| <(K, V)>::wire(k, v)))
    }

    fn read(nodes: Vec<Self::Wire>, what: &str) -> Result<Self, String> {
        let mut map = NodeMap::with_capacity_and_hasher(nodes.len(), Default::default());
        for node in nodes {
            let (key, value) = <(K, V)>::from_wire(node);
            if map.insert(key, value).is_some() {
                return Err(format!("two {what} nodes with the same key"));
            }
        }
        Ok(map)
    }

    fn check(&self, graph: &KnowledgeGraph) -> Result<(), String> {
        self.iter()
            .try_for_each(|(k, v)| <(K, V)>::check(<(K, V)>::wire(k, v), graph))
    }
}

/// Values that are their own ids (sectors, countries).
impl<T> Store for IndexSet<T>
where
    T: Copy + Hash + Ord + std::fmt::Display + Serialize + DeserializeOwned,
{
    type Id = T;
    type Wire = T;

    fn count(&self) -> usize {
        IndexSet::len(self)
    }

    fn has(&self, id: T) -> bool {
        self.contains(&id)
    }

    fn missing(&self, what: &str, id: T) -> String {
        format!("{what} {id} is not a node")
    }

    fn renumbered(_: &[usize], id: T) -> T {
        id
    }

    fn canonical_order(&mut self, _: &Remap) -> Vec<usize> {
        self.sort_unstable();
        Vec::new()
    }

    fn absorb(&mut self, other: Self, _: &Remap) -> (Vec<usize>, bool) {
        let mut grew = false;
        for value in other {
            grew |= self.insert(value);
        }
        (Vec::new(), grew)
    }

    fn same(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }

    fn keys_sorted(&self) -> bool {
        self.iter().is_sorted()
    }

    fn write<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self)
    }

    fn read(nodes: Vec<T>, _: &str) -> Result<Self, String> {
        Ok(nodes.into_iter().collect())
    }

    fn check(&self, _: &KnowledgeGraph) -> Result<(), String> {
        Ok(())
    }
}

/// One end of an edge: a node id of some kind (generated for each kind by [`graph_kinds!`]).
pub(crate) trait Endpoint: Copy + Ord + Serialize + DeserializeOwned {
    fn remap(self, remap: &Remap) -> Self;
    /// # Errors
    /// A message naming the id when the graph has no such node.
    fn check(self, graph: &KnowledgeGraph) -> Result<(), String>;
}

/// The data an edge carries. A set edge (`()`) is written as `[from, to]`, others as
/// `[from, to, data]`.
pub(crate) trait EdgeData:
    Absorb + Clone + PartialEq + Serialize + DeserializeOwned
{
    /// The value of a data-less edge, `None` for edges that carry data.
    fn unit() -> Option<Self> {
        None
    }
}

impl EdgeData for () {
    fn unit() -> Option<Self> {
        Some(())
    }
}

impl<T: Ord + Clone + Serialize + DeserializeOwned> EdgeData for super::sets::SortedSet<T> {}

/// An edge store's items as the serde form writes them; `REV` writes the key's ends the other
/// way round (the attributed-to store is keyed actor first, written incident first).
pub(crate) struct EdgesOut<'a, A, B, V, const REV: bool>(pub(crate) &'a [((A, B), V)]);

impl<A: Serialize, B: Serialize, V: EdgeData, const REV: bool> Serialize
    for EdgesOut<'_, A, B, V, REV>
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|(k, v)| EdgeOut::<_, _, _, REV>(k, v)))
    }
}

struct EdgeOut<'a, A, B, V, const REV: bool>(&'a (A, B), &'a V);

impl<A: Serialize, B: Serialize, V: EdgeData, const REV: bool> Serialize
    for EdgeOut<'_, A, B, V, REV>
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let ((a, b), v) = (self.0, self.1);
        match (REV, V::unit().is_some()) {
            (false, true) => (a, b).serialize(s),
            (false, false) => (a, b, v).serialize(s),
            (true, true) => (b, a).serialize(s),
            (true, false) => (b, a, v).serialize(s),
        }
    }
}

/// One edge read back (see [`EdgesOut`]).
pub(crate) struct EdgeIn<A, B, V, const REV: bool>(pub(crate) (A, B), pub(crate) V);

impl<'de, A, B, V, const REV: bool> Deserialize<'de> for EdgeIn<A, B, V, REV>
where
    A: DeserializeOwned,
    B: DeserializeOwned,
    V: EdgeData,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match (REV, V::unit()) {
            (false, Some(unit)) => {
                let (a, b) = <(A, B)>::deserialize(d)?;
                EdgeIn((a, b), unit)
            }
            (false, None) => {
                let (a, b, v) = <(A, B, V)>::deserialize(d)?;
                EdgeIn((a, b), v)
            }
            (true, Some(unit)) => {
                let (b, a) = <(B, A)>::deserialize(d)?;
                EdgeIn((a, b), unit)
            }
            (true, None) => {
                let (b, a, v) = <(B, A, V)>::deserialize(d)?;
                EdgeIn((a, b), v)
            }
        })
    }
}

/// The node and edge kinds of [`KnowledgeGraph`], once: see the module docs. Generates the
/// struct, [`Remap`], each node id's [`Endpoint`] impl, and the graph's kind-generic methods
/// (`stores_empty`, `same_layout`, `merge_stores`, `canonicalize_stores`, `normalise_edges`,
/// serde).
macro_rules! graph_kinds {
    (
        $(#[$meta:meta])*
        pub struct KnowledgeGraph {
            nodes {
                $( $(#[$nmeta:meta])* $node:ident: $nstore:ty => $nid:ident as $what:literal, )*
            }
            edges {
                $( $(#[$emeta:meta])* $edge:ident: ($from:ty, $to:ty) => $data:ty
                   $([$rev:ident])?, )*
            }
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default)]
        pub struct KnowledgeGraph {
            $( $(#[$nmeta])* pub(crate) $node: $nstore, )*
            $( $(#[$emeta])* pub(crate) $edge: Edges<($from, $to), $data>, )*
            /// True when every node kind is sorted by key (set by `canonicalize`, cleared by growth).
            pub(crate) canonical: bool,
            /// Ingest's buffers, kept between calls; not part of the graph's content.
            pub(crate) scratch: Scratch,
        }

        /// How the ids of each node kind map from one numbering to another (merge,
        /// canonicalize): for each old index, the new one. Empty for kinds that are their own
        /// ids.
        #[derive(Debug, Default)]
        pub(crate) struct Remap {
            $( pub(crate) $node: Vec<usize>, )*
        }

        $(
            impl $crate::graph::kinds::Endpoint for $nid {
                fn remap(self, remap: &Remap) -> Self {
                    <$nstore as $crate::graph::kinds::Store>::renumbered(&remap.$node, self)
                }

                fn check(self, graph: &KnowledgeGraph) -> Result<(), String> {
                    use $crate::graph::kinds::Store as _;
                    if graph.$node.has(self) {
                        Ok(())
                    } else {
                        Err(graph.$node.missing($what, self))
                    }
                }
            }
        )*

        impl KnowledgeGraph {
            /// True when no store holds a node.
            pub(crate) fn stores_empty(&self) -> bool {
                use $crate::graph::kinds::Store as _;
                true $( && self.$node.count() == 0 )*
            }

            /// Structural equality: same nodes in the same order, same edges.
            pub(crate) fn same_layout(&self, other: &Self) -> bool {
                use $crate::graph::kinds::Store as _;
                true $( && self.$node.same(&other.$node) )* $( && self.$edge == other.$edge )*
            }

            /// Adds `other`'s nodes and edges (renumbered), without reordering; whether a node
            /// was new.
            pub(crate) fn merge_stores(&mut self, other: KnowledgeGraph) -> bool {
                use $crate::graph::kinds::{Endpoint as _, Store as _};
                let mut grew = false;
                let mut remap = Remap::default();
                $(
                    let (map, new) = self.$node.absorb(other.$node, &remap);
                    remap.$node = map;
                    grew |= new;
                )*
                $(
                    for ((a, b), data) in other.$edge.into_sorted() {
                        self.$edge.push((a.remap(&remap), b.remap(&remap)), data);
                    }
                )*
                grew
            }

            /// Sorts every node kind by key and renumbers the edges to match.
            pub(crate) fn canonicalize_stores(&mut self) {
                use $crate::graph::kinds::{Endpoint as _, Store as _};
                let mut remap = Remap::default();
                $( remap.$node = self.$node.canonical_order(&remap); )*
                $(
                    $crate::graph::merge::renumber(&mut self.$edge, |(a, b)| {
                        (a.remap(&remap), b.remap(&remap))
                    });
                )*
            }

            /// Sorts and coalesces every edge store in place.
            pub(crate) fn normalise_edges(&mut self) {
                $( self.$edge.normalise(); )*
            }
        }

        impl serde::Serialize for KnowledgeGraph {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct as _;
                use $crate::graph::kinds::Store;

                struct Nodes<'a, T>(&'a T);
                impl<T: Store> serde::Serialize for Nodes<'_, T> {
                    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                        self.0.write(s)
                    }
                }

                let graph = self;
                let fields = [$( stringify!($node), )* $( stringify!($edge), )*].len();
                let mut st = s.serialize_struct("KnowledgeGraph", fields)?;
                $( st.serialize_field(stringify!($node), &Nodes(&graph.$node))?; )*
                $(
                    st.serialize_field(
                        stringify!($edge),
                        &$crate::graph::kinds::EdgesOut::<_, _, _, { $crate::graph::kinds::graph_kinds!(@rev $($rev)?) }>(
                            graph.$edge.view(),
                        ),
                    )?;
                )*
                st.end()
            }
        }

        impl<'de> serde::Deserialize<'de> for KnowledgeGraph {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use serde::de::Error as _;
                use $crate::graph::kinds::{EdgeIn, Endpoint as _, Store};

                // A kind absent from the input is empty: a graph written before the kind
                // existed reads back.
                #[derive(serde::Deserialize)]
                struct Repr {
                    $( #[serde(default)] $node: Vec<<$nstore as Store>::Wire>, )*
                    $(
                        #[serde(default)]
                        $edge: Vec<EdgeIn<$from, $to, $data, { $crate::graph::kinds::graph_kinds!(@rev $($rev)?) }>>,
                    )*
                }

                let r = Repr::deserialize(d)?;
                let mut graph = KnowledgeGraph::default();
                $( graph.$node = <$nstore as Store>::read(r.$node, $what).map_err(D::Error::custom)?; )*
                $( graph.$node.check(&graph).map_err(D::Error::custom)?; )*
                $(
                    let mut items = Vec::with_capacity(r.$edge.len());
                    for EdgeIn((a, b), data) in r.$edge {
                        a.check(&graph).map_err(D::Error::custom)?;
                        b.check(&graph).map_err(D::Error::custom)?;
                        items.push(((a, b), data));
                    }
                    graph.$edge = Edges::from_vec(items);
                )*
                graph.canonical = true $( && graph.$node.keys_sorted() )*;
                Ok(graph)
            }
        }
    };
    (@rev) => { false };
    (@rev reversed) => { true };
}

pub(crate) use graph_kinds;
