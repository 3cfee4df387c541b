//! threatbrief: parse scraped security-news briefs, extract the intelligence in them with
//! evidence, and link it into a knowledge graph that exports STIX 2.1.
//!
//! The data flows one way: bytes -> records ([`scrape`]) -> knowledge ([`extract`], using the
//! [`gazetteer`]) -> graph ([`graph`]) -> the outside world ([`export`]). The [`model`] types are
//! plain data shared by all.

pub mod error;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod graph;
pub mod model;
pub mod scrape;

pub use error::{ErrorKind, ParseError};
pub use gazetteer::{Gazetteer, GazetteerBuilder};
pub use model::{
    Actor, ActorKind, Attribution, AttributionStatus, Country, DateWindow, Incident, IncidentType,
    Indicator, IndicatorKind, Mention, Report, Role, Sector, Span, Victim,
};
pub use scrape::{
    Article, ArticleReader, Articles, Meta, ParseOptions, SAMPLE, articles, read_articles,
};
