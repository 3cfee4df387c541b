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
//! use threatbrief::{AttributionStatus, Role, Sector};
//!
//! // Parse: records borrow from the input; a bad record is an error, the others go on.
//! let extractor = Extractor::default();
//! let mut graph = KnowledgeGraph::new();
//! for article in threatbrief::articles(threatbrief::SAMPLE) {
//!     let article = article?;
//!     assert_eq!(article.title(), "French Interior Ministry confirms cyberattack on email servers");
//!
//!     // Extract: the reported breach is not attributed; APT28 is named only for an
//!     // earlier campaign, and every fact points back at its words.
//!     let report = extractor.extract(&article);
//!     let breach = &report.incidents[0];
//!     assert_eq!(breach.attribution.status, AttributionStatus::Unattributed);
//!     assert_eq!(breach.victims[0].name, "French Interior Ministry");
//!     let apt28 = &report.actors[0];
//!     assert_eq!((apt28.name.as_str(), apt28.role), ("APT28", Role::Context));
//!     let span = apt28.mentions[0].span;
//!     assert_eq!(&threatbrief::SAMPLE[span.start..span.end], "APT28");
//!
//!     graph.ingest(&article, &report);
//! }
//!
//! // Query: by any alias. The breach is not APT28's; France's earlier campaign attribution is.
//! assert!(graph.incidents_attributed_to("Fancy Bear", Filter::default()).is_empty());
//! let with_context = Filter::default().include_context(true);
//! assert_eq!(graph.incidents_attributed_to("Fancy Bear", with_context).len(), 1);
//! let apt28 = graph.actors_named("Sofacy")[0];
//! let sectors = graph.sectors_targeted_by(apt28, with_context);
//! assert!(sectors.iter().any(|(s, _)| *s == Sector::Aerospace));
//!
//! // Export: one STIX 2.1 bundle, byte-identical on every run.
//! let bundle = threatbrief::export::to_stix(&graph);
//! assert!(bundle.contains("\"type\": \"intrusion-set\""));
//! # Ok::<(), threatbrief::ParseError>(())
//! ```

pub mod error;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod graph;
pub mod model;
pub mod scrape;
mod words;

pub use error::{ErrorKind, ParseError};
pub use extract::Extractor;
pub use gazetteer::{Gazetteer, GazetteerBuilder};
pub use graph::{Filter, KnowledgeGraph};
pub use model::{
    Actor, ActorKind, Attribution, AttributionStatus, Basis, BasisRule, Country, DateWindow,
    Incident, IncidentType, Indicator, IndicatorKind, Mention, Report, Role, Sector, Software,
    SoftwareKind, Span, Technique, Victim,
};
pub use scrape::{
    Article, ArticleReader, Articles, Meta, ParseOptions, SAMPLE, articles, read_articles,
};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
