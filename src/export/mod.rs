//! The ways out: STIX 2.1, MISP event and Graphviz DOT writers.
//!
//! STIX and DOT read a [`KnowledgeGraph`](crate::graph::KnowledgeGraph); MISP events are
//! one per article, from the article and its report. All are deterministic: the same content
//! always gives the same bytes, whatever order the graph was built in. Names, descriptions
//! and what counts as an attribution are shared (see the table in `describe`, quoted in
//! [`stix`]'s docs), so the platforms show the same truth.

mod describe;
pub mod dot;
pub mod jsonl;
pub mod misp;
mod pattern;
pub mod stix;

pub use dot::{to_dot, write_dot};
pub use jsonl::{Record, RecordBuf};
pub use misp::{to_misp, to_misp_ref};
pub use stix::{to_stix, write_stix};
