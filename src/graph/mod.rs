//! The knowledge graph: typed nodes and edges, ingest, merge, queries.
//!
//! A [`KnowledgeGraph`] links what was extracted from many articles: incidents, the threat
//! actors they are attributed to (and how firmly), victim organisations, their sectors and
//! countries, the ATT&CK techniques and attacker software the incidents use, and the articles
//! that report them. Ingesting merges equal things; merging graphs
//! built apart is associative and commutative, with deterministic ids.
//!
//! ```
//! use threatbrief::graph::{ArticleRef, KnowledgeGraph, Filter};
//! use threatbrief::{Actor, Attribution, AttributionStatus, Incident, Report, Role};
//! use time::macros::datetime;
//!
//! let mut apt28 = Actor::new("APT28", Role::Confirmed);
//! apt28.attack_id = Some("G0007".into());
//! apt28.aliases = vec!["Fancy Bear".into(), "Sofacy".into()];
//! let mut incident = Incident::default();
//! incident.attribution = Attribution::new(AttributionStatus::Confirmed, vec!["APT28".into()]);
//! let mut report = Report::default();
//! report.incidents = vec![incident];
//! report.actors = vec![apt28];
//!
//! let mut graph = KnowledgeGraph::new();
//! graph.ingest_ref(&ArticleRef::new(datetime!(2025-12-15 11:11 UTC), "A headline"), &report);
//! let found = graph.incidents_attributed_to("fancy bear", Filter::default());
//! assert_eq!(found.len(), 1);
//! ```

mod edges;
#[cfg(test)]
pub(crate) mod fixture;
#[allow(clippy::module_inception)] // the file is named for the type it defines
mod graph;
mod ids;
mod ingest;
mod kinds;
mod merge;
mod query;
mod resolve;
mod serde_impl;
mod sets;
mod shard;
mod uses;

pub(crate) use graph::ActorKey;
pub use graph::{
    ActorNode, ActorNodes, ArticleNode, ArticleNodes, AttributedTo, IncidentNode, IncidentNodes,
    IndicatorNode, IndicatorNodes, KnowledgeGraph, Mentioned, OrgNode, OrgNodes, SoftwareNode,
    SoftwareNodes, TechniqueNode, TechniqueNodes,
};
pub use ids::{ActorId, ArticleId, IncidentId, IndicatorId, OrgId, SoftwareId, TechniqueId};
pub use ingest::ArticleRef;
pub(crate) use ingest::normalise as normalise_name;
pub use query::{AttributedActors, Attributions, Evidence, Filter, TimelineEntry, Victims};
pub use resolve::{
    Claim, Corroboration, GROUP_SCORE, NEAR_DAYS, NEAR_SCORE, PAIR_SCORE, Resolution,
    ResolvedIncident, VICTIM_BONUS, WINDOW_DAYS,
};
pub use sets::{EnumSet, EnumSetIter, Member, SortedSet};
pub use shard::{Merger, SHARD_READS, SHARD_VERSION, ShardError};
pub use uses::Usage;
