//! Typed node ids: one newtype per node kind, so an actor id can never index the incidents.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! node_id {
    ($(#[$meta:meta])* $name:ident, $prefix:literal) => {
        $(#[$meta])*
        ///
        /// The id is the node's insertion index in its graph: ids are dense, start at 0 and
        /// follow the graph's iteration order. They are only meaningful for the graph that
        /// issued them; [`KnowledgeGraph::merge`](crate::graph::KnowledgeGraph::merge) and
        /// [`KnowledgeGraph::canonicalize`](crate::graph::KnowledgeGraph::canonicalize)
        /// renumber them.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(u32);

        impl $name {
            /// The id of the node at `index` in iteration order.
            ///
            /// # Panics
            /// When `index` does not fit in a `u32` (a graph holds at most 2³² nodes of a kind).
            #[must_use]
            pub fn new(index: usize) -> Self {
                $name(u32::try_from(index).expect("more than 2^32 graph nodes of one kind"))
            }

            /// The node's position in iteration order.
            #[must_use]
            pub const fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl super::kinds::NodeIndex for $name {
            fn from_index(index: usize) -> Self {
                $name::new(index)
            }

            fn to_index(self) -> usize {
                self.index()
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

node_id! {
    /// An article (one scraped record) in a [`KnowledgeGraph`](crate::graph::KnowledgeGraph).
    ArticleId, "article#"
}
node_id! {
    /// An incident in a [`KnowledgeGraph`](crate::graph::KnowledgeGraph).
    IncidentId, "incident#"
}
node_id! {
    /// A threat actor in a [`KnowledgeGraph`](crate::graph::KnowledgeGraph).
    ActorId, "actor#"
}
node_id! {
    /// A victim organisation in a [`KnowledgeGraph`](crate::graph::KnowledgeGraph).
    OrgId, "org#"
}
node_id! {
    /// A technical indicator in a [`KnowledgeGraph`](crate::graph::KnowledgeGraph).
    IndicatorId, "indicator#"
}

node_id! {
    /// An ATT&CK technique in a [`KnowledgeGraph`](crate::graph::KnowledgeGraph).
    TechniqueId, "technique#"
}
node_id! {
    /// A piece of attacker software in a [`KnowledgeGraph`](crate::graph::KnowledgeGraph).
    SoftwareId, "software#"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_their_index_and_print_their_kind() {
        let id = ActorId::new(7);
        assert_eq!(id.index(), 7);
        assert_eq!(id.to_string(), "actor#7");
        assert_eq!(format!("{:?}", IncidentId::new(0)), "incident#0");
        assert!(OrgId::new(1) < OrgId::new(2));
    }
}
