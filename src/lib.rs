//! threatbrief: parse scraped security-news briefs, extract the intelligence in them with
//! evidence, and link it into a knowledge graph that exports STIX 2.1.
//!
//! The data flows one way: bytes -> records ([`scrape`]) -> knowledge ([`extract`], using the
//! [`gazetteer`]) -> graph ([`graph`]) -> the outside world ([`export`]). The [`model`] types are
//! plain data shared by all.
//!
//! ```
//! use threatbrief::extract::Extractor;
//! use threatbrief::{Filter, KnowledgeGraph};
//!
//! let extractor = Extractor::default();
//! let mut graph = KnowledgeGraph::new();
//! for article in threatbrief::articles(threatbrief::SAMPLE) {
//!     let article = article?;
//!     graph.ingest(&article, &extractor.extract(&article));
//! }
//! graph.canonicalize();
//! // The sample's breach is unattributed; the earlier campaign it cites was APT28's.
//! assert!(graph.incidents_attributed_to("Fancy Bear", Filter::default()).is_empty());
//! let with_context = Filter::default().include_context(true);
//! assert_eq!(graph.incidents_attributed_to("Fancy Bear", with_context).len(), 1);
//! # Ok::<(), threatbrief::ParseError>(())
//! ```

pub mod error;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod graph;
pub mod model;
pub mod scrape;

pub use error::{ErrorKind, ParseError};
pub use graph::{Filter, KnowledgeGraph};
pub use model::{
    Actor, ActorKind, Attribution, AttributionStatus, Country, DateWindow, Incident, IncidentType,
    Indicator, IndicatorKind, Mention, Report, Role, Sector, Span, Victim,
};
pub use scrape::{
    Article, ArticleReader, Articles, Meta, ParseOptions, SAMPLE, articles, read_articles,
};
