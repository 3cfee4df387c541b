//! The ways out: STIX 2.1 and Graphviz DOT writers.
//!
//! Both read a [`KnowledgeGraph`](crate::graph::KnowledgeGraph) and are deterministic: the
//! same graph content always gives the same bytes, whatever order the graph was built in.

pub mod dot;
mod pattern;
pub mod stix;

pub use dot::{to_dot, write_dot};
pub use stix::{to_stix, write_stix};
