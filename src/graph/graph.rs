//! `KnowledgeGraph`: the node and edge stores, node types, and node access.

use indexmap::{IndexMap, IndexSet};

/// Node storage: insertion-ordered, so ids are insertion indices whatever the hasher. The
/// hasher is foldhash, seeded per map: fast on short keys, and the keys come from scraped
/// text, so a fixed-seed hash would let crafted input collide.
pub(crate) type NodeMap<K, V> = IndexMap<K, V, foldhash::fast::RandomState>;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::edges::Edges;
use super::ids::{ActorId, ArticleId, IncidentId, IndicatorId, OrgId, SoftwareId, TechniqueId};
use super::ingest::normalise;
use super::kinds::{EdgeData, Endpoint as _, NodeKind, graph_kinds};
use super::merge::Absorb as _;
use super::sets::{EnumSet, SortedSet};
use crate::model::{
    ActorKind, AttributionStatus, Country, DateWindow, IncidentType, IndicatorKind, Role, Sector,
    SoftwareKind, Span,
};

/// An article (one scraped record), keyed by scrape time and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArticleNode {
    /// When the page was scraped, UTC.
    #[serde(with = "time::serde::rfc3339")]
    pub scraped_at: OffsetDateTime,
    /// The headline.
    pub title: String,
    /// The original article's URL, from the record's `Source:` line.
    pub source: Option<String>,
    /// The record's summary lines, joined by newlines (the brief's own summary).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// An incident, keyed by its article and its index in that article's report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IncidentNode {
    /// The article that reports it (the reported-by edge).
    pub article: ArticleId,
    /// Its index in the article's report: 0 is the reported incident.
    pub index: u32,
    /// True for an earlier event the article cites as context.
    pub context: bool,
    /// What kind of event.
    pub types: EnumSet<IncidentType>,
    /// When it happened or was detected.
    pub when: Option<DateWindow>,
    /// How firmly it is attributed (to any actor, or [`AttributionStatus::Unattributed`]).
    pub status: AttributionStatus,
    /// The extractor's STIX confidence (0-100) in that status.
    pub confidence: u8,
    /// Kinds of actor considered when none is named.
    pub hypotheses: EnumSet<ActorKind>,
    /// Sentences that support the status (byte spans into the article's input).
    pub evidence: SortedSet<Span>,
}

/// A threat actor, keyed by ATT&CK id when it has one, else by its normalised canonical name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ActorNode {
    /// Canonical name.
    pub name: String,
    /// ATT&CK group id (`G0007`).
    pub attack_id: Option<String>,
    /// Every other known name (never contains `name`).
    pub aliases: SortedSet<String>,
    /// What kind of actor.
    pub types: EnumSet<ActorKind>,
    /// Sponsor or origin country.
    pub country: Option<Country>,
}

/// A victim organisation, keyed by its normalised name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OrgNode {
    /// The name as written (the smallest spelling seen, so merges agree).
    pub name: String,
}

/// A technical indicator, keyed by its kind and refanged value (both are its identity, so the
/// node is its own key).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IndicatorNode {
    /// What kind.
    #[serde(rename = "type")]
    pub kind: IndicatorKind,
    /// The refanged value, as in the report.
    pub value: String,
}

/// An ATT&CK technique, keyed by its current id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TechniqueNode {
    /// The current ATT&CK id (`T1110.003`).
    pub id: String,
    /// The ATT&CK name ("Password Spraying").
    pub name: String,
    /// Its ATT&CK tactics ("credential-access").
    pub tactics: SortedSet<String>,
}

/// Attacker software (malware, or a tool ATT&CK lists as used by adversaries), keyed like an
/// actor: by ATT&CK id when it has one, else by its normalised name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SoftwareNode {
    /// Canonical name.
    pub name: String,
    /// ATT&CK software id (`S0154`).
    pub attack_id: Option<String>,
    /// Malware or tool.
    #[serde(rename = "type")]
    pub kind: SoftwareKind,
    /// Other names it was seen under (never contains `name`).
    #[serde(default)]
    pub aliases: SortedSet<String>,
}

/// The attributed-to edge from an incident to an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttributedTo {
    /// How firmly.
    pub status: AttributionStatus,
    /// The extractor's STIX confidence (0-100).
    pub confidence: u8,
    /// The attributing parties (France, ANSSI, FBI, Microsoft).
    pub by: SortedSet<String>,
    /// Sentences that support it (byte spans into the incident's article's input).
    pub evidence: SortedSet<Span>,
}

/// The mentioned-in edge from an actor to an article: how and where the article names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mentioned {
    /// The actor's role relative to the article's reported incident.
    pub role: Role,
    /// Where the text names it.
    pub spans: SortedSet<Span>,
}

// How each node kind is written, keyed and merged (see `kinds`).

impl EdgeData for AttributedTo {}
impl EdgeData for Mentioned {}

impl NodeKind for (ArticleKey, ()) {
    type Key = ArticleKey;
    type Value = ();
    type Id = ArticleId;
    type Wire = ArticleNode;

    fn wire<'a>(key: &'a ArticleKey, (): &'a ()) -> &'a ArticleNode {
        &key.0
    }

    fn from_wire(node: ArticleNode) -> (ArticleKey, ()) {
        (ArticleKey(node), ())
    }

    fn absorb_key(stored: &mut ArticleKey, other: ArticleKey) {
        // The source and summary are not part of the key: changing them keeps the map valid.
        stored.0.absorb(other.0);
    }
}

impl NodeKind for ((ArticleId, u32), IncidentNode) {
    type Key = (ArticleId, u32);
    type Value = IncidentNode;
    type Id = IncidentId;
    type Wire = IncidentNode;

    fn wire<'a>(_: &'a (ArticleId, u32), node: &'a IncidentNode) -> &'a IncidentNode {
        node
    }

    fn from_wire(node: IncidentNode) -> ((ArticleId, u32), IncidentNode) {
        ((node.article, node.index), node)
    }

    fn renumber(key: &mut (ArticleId, u32), node: &mut IncidentNode, remap: &Remap) {
        node.article = node.article.remap(remap);
        key.0 = node.article;
    }

    fn check(node: &IncidentNode, graph: &KnowledgeGraph) -> Result<(), String> {
        node.article.check(graph)
    }
}

impl NodeKind for (ActorKey, ActorNode) {
    type Key = ActorKey;
    type Value = ActorNode;
    type Id = ActorId;
    type Wire = ActorNode;

    fn wire<'a>(_: &'a ActorKey, node: &'a ActorNode) -> &'a ActorNode {
        node
    }

    fn from_wire(node: ActorNode) -> (ActorKey, ActorNode) {
        (ActorKey::of(node.attack_id.as_deref(), &node.name), node)
    }
}

impl NodeKind for (String, OrgNode) {
    type Key = String;
    type Value = OrgNode;
    type Id = OrgId;
    type Wire = OrgNode;

    fn wire<'a>(_: &'a String, node: &'a OrgNode) -> &'a OrgNode {
        node
    }

    fn from_wire(node: OrgNode) -> (String, OrgNode) {
        (normalise(&node.name), node)
    }
}

impl NodeKind for (IndicatorNode, ()) {
    type Key = IndicatorNode;
    type Value = ();
    type Id = IndicatorId;
    type Wire = IndicatorNode;

    fn wire<'a>(key: &'a IndicatorNode, (): &'a ()) -> &'a IndicatorNode {
        key
    }

    fn from_wire(node: IndicatorNode) -> (IndicatorNode, ()) {
        (node, ())
    }
}

impl NodeKind for (String, TechniqueNode) {
    type Key = String;
    type Value = TechniqueNode;
    type Id = TechniqueId;
    type Wire = TechniqueNode;

    fn wire<'a>(_: &'a String, node: &'a TechniqueNode) -> &'a TechniqueNode {
        node
    }

    fn from_wire(node: TechniqueNode) -> (String, TechniqueNode) {
        (node.id.clone(), node)
    }
}

impl NodeKind for (ActorKey, SoftwareNode) {
    type Key = ActorKey;
    type Value = SoftwareNode;
    type Id = SoftwareId;
    type Wire = SoftwareNode;

    fn wire<'a>(_: &'a ActorKey, node: &'a SoftwareNode) -> &'a SoftwareNode {
        node
    }

    fn from_wire(node: SoftwareNode) -> (ActorKey, SoftwareNode) {
        (ActorKey::of(node.attack_id.as_deref(), &node.name), node)
    }
}

/// An article node as the key of its own store, identified by scrape time, then title; the
/// source is data, not identity (`Eq`, `Ord` and `Hash` ignore it). Keying by the node rather
/// than by a copy of its identity stores each title once.
#[derive(Debug, Clone)]
pub(crate) struct ArticleKey(pub(crate) ArticleNode);

impl ArticleKey {
    fn identity(&self) -> (OffsetDateTime, &str) {
        (self.0.scraped_at, &self.0.title)
    }
}

impl PartialEq for ArticleKey {
    fn eq(&self, other: &Self) -> bool {
        self.identity() == other.identity()
    }
}

impl Eq for ArticleKey {}

impl PartialOrd for ArticleKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ArticleKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.identity().cmp(&other.identity())
    }
}

// `OffsetDateTime` hashes its UTC date and time field by field; equal instants have equal
// Unix nanoseconds, which are one write, and ingest hashes every article's key.
impl std::hash::Hash for ArticleKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_i128(self.0.scraped_at.unix_timestamp_nanos());
        self.0.title.hash(state);
    }
}

/// Identity of an actor or software node. ATT&CK ids sort before bare names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum ActorKey {
    Attack(String),
    Name(String),
}

/// A borrowed [`ActorKey`], to look actors up without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ActorKeyRef<'a> {
    Attack(&'a str),
    Name(&'a str),
}

impl ActorKey {
    /// The key of a node with this ATT&CK id and name.
    pub(crate) fn of(attack_id: Option<&str>, name: &str) -> Self {
        match attack_id {
            Some(id) => ActorKey::Attack(id.to_owned()),
            None => ActorKey::Name(normalise(name)),
        }
    }

    pub(crate) fn as_ref(&self) -> ActorKeyRef<'_> {
        match self {
            ActorKey::Attack(s) => ActorKeyRef::Attack(s),
            ActorKey::Name(s) => ActorKeyRef::Name(s),
        }
    }
}

impl ActorKeyRef<'_> {
    pub(crate) fn to_owned_key(self) -> ActorKey {
        match self {
            ActorKeyRef::Attack(s) => ActorKey::Attack(s.to_owned()),
            ActorKeyRef::Name(s) => ActorKey::Name(s.to_owned()),
        }
    }
}

// Hashes through the borrowed form so that the two agree, as `Equivalent` requires.
impl std::hash::Hash for ActorKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_ref().hash(state);
    }
}

impl indexmap::Equivalent<ActorKey> for ActorKeyRef<'_> {
    fn equivalent(&self, key: &ActorKey) -> bool {
        *self == key.as_ref()
    }
}

graph_kinds! {
    /// A knowledge graph of incidents, threat actors, victim organisations, sectors, countries and
    /// the articles that report them.
    ///
    /// # Nodes and ids
    /// The stores below are the graph's one list of node and edge kinds (see `kinds.rs`):
    /// merge, canonical order, equality and serde derive from it.
    ///
    /// Each node kind lives in an [`IndexMap`] keyed by the node's canonical key; a node's id
    /// ([`ArticleId`], [`IncidentId`], [`ActorId`], [`OrgId`], [`IndicatorId`]) is its insertion
    /// index, so iteration follows ids. Sectors and countries are their own ids ([`Sector`], [`Country`]).
    ///
    /// - [`ingest`](Self::ingest) appends nodes it has not seen, in the order it meets them.
    /// - [`merge`](Self::merge) and [`canonicalize`](Self::canonicalize) leave every node kind sorted
    ///   by canonical key: articles by (scrape time, title); incidents by (article, index in the
    ///   report); actors by ATT&CK id, then actors without one by normalised name; organisations
    ///   by normalised name; indicators by (kind, value); sectors and countries by their `Ord`. That is what makes ids
    ///   deterministic: equal content gives equal ids, whatever order it was built in.
    ///
    /// # Edges
    /// Edges are sets (maps when they carry data) keyed by node ids, read in key order:
    /// attributed-to (incident to actor, with status, confidence, attributing parties and
    /// evidence), targets (incident to organisation, with the victim's spans), in-sector
    /// (incident or organisation to sector), located-in (incident or organisation to country),
    /// reported-by (incident to article, [`IncidentNode::article`]), context-of (cited incident to
    /// the reported incident of the same article), mentioned-in (actor to article, with its role
    /// and spans) and seen-in (indicator to article, with the spans where the text gives it).
    ///
    /// Ingest appends edges without searching for them; they are sorted and equal edges combined
    /// on the first read after an ingest (O(E log E) once, into a cache, as reads take `&self`),
    /// or by [`canonicalize`](Self::canonicalize) and [`merge`](Self::merge) in place. Call
    /// `canonicalize` after a batch of ingests to pay that cost once and without the cache.
    ///
    /// # Equality
    /// `==` compares content: two graphs are equal when they hold the same nodes with the same
    /// data and the same edges, whatever order they were built in (graphs not in canonical order
    /// are canonicalised copies for the comparison).
    ///
    /// # Examples
    /// ```
    /// use threatbrief::graph::{ArticleRef, KnowledgeGraph};
    /// use threatbrief::Report;
    /// use time::macros::datetime;
    ///
    /// let mut graph = KnowledgeGraph::new();
    /// let article = ArticleRef::new(datetime!(2025-12-15 11:11:13.308 UTC), "A headline");
    /// graph.ingest_ref(&article, &Report::default());
    /// assert_eq!(graph.articles().count(), 1);
    /// ```
    pub struct KnowledgeGraph {
        nodes {
            /// The nodes are the keys: see [`ArticleKey`].
            articles: NodeMap<ArticleKey, ()> => ArticleId as "article",
            incidents: NodeMap<(ArticleId, u32), IncidentNode> => IncidentId as "incident",
            actors: NodeMap<ActorKey, ActorNode> => ActorId as "actor",
            orgs: NodeMap<String, OrgNode> => OrgId as "organisation",
            sectors: IndexSet<Sector> => Sector as "sector",
            countries: IndexSet<Country> => Country as "country",
            /// Indicators: the node is its own key.
            indicators: NodeMap<IndicatorNode, ()> => IndicatorId as "indicator",
            /// ATT&CK techniques, by current id.
            techniques: NodeMap<String, TechniqueNode> => TechniqueId as "technique",
            /// Attacker software, by ATT&CK id or normalised name.
            software: NodeMap<ActorKey, SoftwareNode> => SoftwareId as "software",
        }
        edges {
            /// attributed-to, keyed actor first so an actor's incidents are one range
            /// (written incident first).
            attributed_to: (ActorId, IncidentId) => AttributedTo [reversed],
            targets: (IncidentId, OrgId) => SortedSet<Span>,
            incident_sectors: (IncidentId, Sector) => (),
            incident_countries: (IncidentId, Country) => (),
            org_sectors: (OrgId, Sector) => (),
            org_countries: (OrgId, Country) => (),
            /// (context incident, reported incident).
            context_of: (IncidentId, IncidentId) => (),
            mentions: (ActorId, ArticleId) => Mentioned,
            /// seen-in: where each article's text gives an indicator.
            seen_in: (IndicatorId, ArticleId) => SortedSet<Span>,
            /// uses: a reported incident's techniques, with the spans that describe them.
            uses_technique: (IncidentId, TechniqueId) => SortedSet<Span>,
            /// uses: a reported incident's attacker software, with the spans that name it.
            uses_software: (IncidentId, SoftwareId) => SortedSet<Span>,
        }
    }
}

/// What ingest keeps between calls: buffers for a normalised name and a report's actor and
/// incident ids, and the countries known to be nodes (a bit per two-letter code; a set bit
/// means the country is a node, a clear one means look it up: countries are never removed).
#[derive(Debug, Clone, Default)]
pub(crate) struct Scratch {
    pub(crate) name: String,
    pub(crate) actors: Vec<ActorId>,
    pub(crate) incidents: Vec<IncidentId>,
    pub(crate) countries: [u64; 11],
}

impl KnowledgeGraph {
    /// An empty graph.
    #[must_use]
    pub fn new() -> Self {
        KnowledgeGraph {
            canonical: true,
            ..KnowledgeGraph::default()
        }
    }

    /// True when the graph holds no node.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.stores_empty()
    }

    /// The article `id`. O(1).
    ///
    /// # Panics
    /// When `id` was not issued by this graph (or was issued before a renumbering merge).
    #[must_use]
    pub fn article(&self, id: ArticleId) -> &ArticleNode {
        &self
            .articles
            .get_index(id.index())
            .expect("article id from this graph")
            .0
            .0
    }

    /// The incident `id`. O(1).
    ///
    /// # Panics
    /// When `id` was not issued by this graph.
    #[must_use]
    pub fn incident(&self, id: IncidentId) -> &IncidentNode {
        &self.incidents[id.index()]
    }

    /// The actor `id`. O(1).
    ///
    /// # Panics
    /// When `id` was not issued by this graph.
    #[must_use]
    pub fn actor(&self, id: ActorId) -> &ActorNode {
        &self.actors[id.index()]
    }

    /// The organisation `id`. O(1).
    ///
    /// # Panics
    /// When `id` was not issued by this graph.
    #[must_use]
    pub fn org(&self, id: OrgId) -> &OrgNode {
        &self.orgs[id.index()]
    }

    /// The indicator `id`. O(1).
    ///
    /// # Panics
    /// When `id` was not issued by this graph.
    #[must_use]
    pub fn indicator(&self, id: IndicatorId) -> &IndicatorNode {
        self.indicators
            .get_index(id.index())
            .expect("indicator id from this graph")
            .0
    }

    /// Every indicator, in id order (canonical order: by kind, then value). O(1) per item.
    #[must_use]
    pub fn indicators(&self) -> IndicatorNodes<'_> {
        IndicatorNodes::new(&self.indicators)
    }

    /// Every seen-in edge as (indicator, article, the spans where the article's text gives
    /// it), sorted. O(1) per item.
    pub fn indicator_sightings(
        &self,
    ) -> impl Iterator<Item = (IndicatorId, ArticleId, &SortedSet<Span>)> {
        self.seen_in.view().iter().map(|((i, a), s)| (*i, *a, s))
    }

    /// The technique `id`. O(1).
    ///
    /// # Panics
    /// When `id` was not issued by this graph.
    #[must_use]
    pub fn technique(&self, id: TechniqueId) -> &TechniqueNode {
        &self.techniques[id.index()]
    }

    /// Every technique, in id order (canonical order: by ATT&CK id). O(1) per item.
    #[must_use]
    pub fn techniques(&self) -> TechniqueNodes<'_> {
        TechniqueNodes::new(&self.techniques)
    }

    /// The software `id`. O(1).
    ///
    /// # Panics
    /// When `id` was not issued by this graph.
    #[must_use]
    pub fn software(&self, id: SoftwareId) -> &SoftwareNode {
        &self.software[id.index()]
    }

    /// Every piece of attacker software, in id order (canonical order: ATT&CK ids, then
    /// normalised names). O(1) per item.
    #[must_use]
    pub fn software_nodes(&self) -> SoftwareNodes<'_> {
        SoftwareNodes::new(&self.software)
    }

    /// Every uses edge from an incident to a technique, with the spans that describe it,
    /// sorted by incident then technique. O(1) per item.
    pub fn technique_uses(
        &self,
    ) -> impl Iterator<Item = (IncidentId, TechniqueId, &SortedSet<Span>)> {
        self.uses_technique
            .view()
            .iter()
            .map(|((i, t), s)| (*i, *t, s))
    }

    /// Every uses edge from an incident to software, with the spans that name it, sorted by
    /// incident then software. O(1) per item.
    pub fn software_uses(
        &self,
    ) -> impl Iterator<Item = (IncidentId, SoftwareId, &SortedSet<Span>)> {
        self.uses_software
            .view()
            .iter()
            .map(|((i, w), s)| (*i, *w, s))
    }

    /// Every article, in id order. O(1) per item.
    #[must_use]
    pub fn articles(&self) -> ArticleNodes<'_> {
        ArticleNodes::new(&self.articles)
    }

    /// Every incident, in id order (canonical order: by article, then index). O(1) per item.
    #[must_use]
    pub fn incidents(&self) -> IncidentNodes<'_> {
        IncidentNodes::new(&self.incidents)
    }

    /// Every actor, in id order. O(1) per item.
    #[must_use]
    pub fn actors(&self) -> ActorNodes<'_> {
        ActorNodes::new(&self.actors)
    }

    /// Every victim organisation, in id order. O(1) per item.
    #[must_use]
    pub fn orgs(&self) -> OrgNodes<'_> {
        OrgNodes::new(&self.orgs)
    }

    /// Every sector node, in insertion order (sorted once canonical).
    pub fn sectors(&self) -> impl ExactSizeIterator<Item = Sector> + '_ {
        self.sectors.iter().copied()
    }

    /// Every country node, in insertion order (sorted once canonical).
    pub fn countries(&self) -> impl ExactSizeIterator<Item = Country> + '_ {
        self.countries.iter().copied()
    }

    /// Every attributed-to edge as (incident, actor, edge), sorted by actor then incident.
    /// O(1) per item.
    pub fn attributions(&self) -> impl Iterator<Item = (IncidentId, ActorId, &AttributedTo)> {
        self.attributed_to
            .view()
            .iter()
            .map(|((a, i), e)| (*i, *a, e))
    }

    /// Every targets edge as (incident, organisation, the victim's spans), sorted.
    pub fn targets(&self) -> impl Iterator<Item = (IncidentId, OrgId, &SortedSet<Span>)> {
        self.targets.view().iter().map(|((i, o), s)| (*i, *o, s))
    }

    /// Every in-sector edge from an incident, sorted.
    pub fn incident_sectors(&self) -> impl Iterator<Item = (IncidentId, Sector)> + '_ {
        self.incident_sectors.view().iter().map(|&(k, ())| k)
    }

    /// Every located-in edge from an incident (its victims' countries), sorted.
    pub fn incident_countries(&self) -> impl Iterator<Item = (IncidentId, Country)> + '_ {
        self.incident_countries.view().iter().map(|&(k, ())| k)
    }

    /// Every in-sector edge from an organisation, sorted.
    pub fn org_sectors(&self) -> impl Iterator<Item = (OrgId, Sector)> + '_ {
        self.org_sectors.view().iter().map(|&(k, ())| k)
    }

    /// Every located-in edge from an organisation, sorted.
    pub fn org_countries(&self) -> impl Iterator<Item = (OrgId, Country)> + '_ {
        self.org_countries.view().iter().map(|&(k, ())| k)
    }

    /// Every context-of edge as (cited incident, reported incident of the same article), sorted.
    pub fn context_of(&self) -> impl Iterator<Item = (IncidentId, IncidentId)> + '_ {
        self.context_of.view().iter().map(|&(k, ())| k)
    }

    /// Every mentioned-in edge as (actor, article, role and spans), sorted.
    pub fn mentions(&self) -> impl Iterator<Item = (ActorId, ArticleId, &Mentioned)> {
        self.mentions.view().iter().map(|((a, r), m)| (*a, *r, m))
    }

    /// The normalised key of an organisation, as used to merge victims.
    pub(crate) fn org_key(&self, id: OrgId) -> &str {
        self.orgs.get_index(id.index()).map_or("", |(k, _)| k)
    }

    /// The canonical key of an actor, as used to merge actors.
    pub(crate) fn actor_key(&self, id: ActorId) -> &ActorKey {
        self.actors
            .get_index(id.index())
            .map(|(k, _)| k)
            .expect("actor id from this graph")
    }
}

impl PartialEq for KnowledgeGraph {
    fn eq(&self, other: &Self) -> bool {
        match (self.canonical, other.canonical) {
            (true, true) => self.same_layout(other),
            (true, false) => self.same_layout(&other.clone().into_canonical()),
            (false, true) => self.clone().into_canonical().same_layout(other),
            (false, false) => self
                .clone()
                .into_canonical()
                .same_layout(&other.clone().into_canonical()),
        }
    }
}

impl Eq for KnowledgeGraph {}

macro_rules! node_iter {
    // `|key, value| node`: where the store keeps the node.
    ($(#[$meta:meta])* $name:ident, $key:ty, $value:ty, $node:ty, $id:ident,
     |$k:pat_param, $v:pat_param| $get:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        pub struct $name<'g> {
            inner: std::iter::Enumerate<indexmap::map::Iter<'g, $key, $value>>,
        }

        impl<'g> $name<'g> {
            pub(crate) fn new(map: &'g NodeMap<$key, $value>) -> Self {
                $name { inner: map.iter().enumerate() }
            }

            fn item((i, ($k, $v)): (usize, (&'g $key, &'g $value))) -> ($id, &'g $node) {
                ($id::new(i), $get)
            }
        }

        impl<'g> Iterator for $name<'g> {
            type Item = ($id, &'g $node);

            fn next(&mut self) -> Option<Self::Item> {
                self.inner.next().map(Self::item)
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                self.inner.size_hint()
            }
        }

        impl ExactSizeIterator for $name<'_> {}

        impl DoubleEndedIterator for $name<'_> {
            fn next_back(&mut self) -> Option<Self::Item> {
                self.inner.next_back().map(Self::item)
            }
        }
    };
}

node_iter! {
    /// Every article with its id, in id order: [`KnowledgeGraph::articles`].
    ArticleNodes, ArticleKey, (), ArticleNode, ArticleId, |key, ()| &key.0
}
node_iter! {
    /// Every incident with its id, in id order: [`KnowledgeGraph::incidents`].
    IncidentNodes, (ArticleId, u32), IncidentNode, IncidentNode, IncidentId, |_, node| node
}
node_iter! {
    /// Every actor with its id, in id order: [`KnowledgeGraph::actors`].
    ActorNodes, ActorKey, ActorNode, ActorNode, ActorId, |_, node| node
}
node_iter! {
    /// Every victim organisation with its id, in id order: [`KnowledgeGraph::orgs`].
    OrgNodes, String, OrgNode, OrgNode, OrgId, |_, node| node
}
node_iter! {
    /// Every indicator with its id, in id order: [`KnowledgeGraph::indicators`].
    IndicatorNodes, IndicatorNode, (), IndicatorNode, IndicatorId, |key, ()| key
}
node_iter! {
    /// Every technique with its id, in id order: [`KnowledgeGraph::techniques`].
    TechniqueNodes, String, TechniqueNode, TechniqueNode, TechniqueId, |_, node| node
}
node_iter! {
    /// Every piece of software with its id, in id order: [`KnowledgeGraph::software_nodes`].
    SoftwareNodes, ActorKey, SoftwareNode, SoftwareNode, SoftwareId, |_, node| node
}
