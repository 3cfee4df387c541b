//! Techniques and software: what incidents use, and what actors inherit through attribution.
//!
//! A reported incident `uses` the ATT&CK techniques and the attacker software its article
//! describes (stored edges, with the spans). An actor uses them through the incidents
//! attributed to it: each attribution lends the incident's uses to the actor with the
//! attribution's status, and a [`Filter`] chooses the weakest status counted. Those are derived
//! when asked, never stored, so merging graphs cannot make them disagree with the attributions.
//! An actor named only for earlier activity (role `context`) is attributed at most a cited
//! incident, which uses nothing: it inherits nothing.
//!
//! Costs: with U uses edges of a kind, E attributed-to edges and k the size of the answer.

use std::collections::BTreeMap;

use super::edges::Edges;
use super::graph::KnowledgeGraph;
use super::ids::{ActorId, IncidentId, SoftwareId, TechniqueId};
use super::ingest::normalise;
use super::query::Filter;
use super::sets::SortedSet;
use crate::model::{AttributionStatus, Sector, Span};

/// Something an actor is seen using (a technique or software), how firmly, and how often.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Usage<T> {
    /// The technique or software.
    pub what: T,
    /// The firmest status among the attributions that lend it to the actor.
    pub status: AttributionStatus,
    /// How many of the actor's incidents (passing the filter) use it.
    pub incidents: usize,
}

impl KnowledgeGraph {
    /// Techniques whose ATT&CK id (current, or revoked and replaced by it) or name is `query`,
    /// ignoring case, punctuation and spacing ("T1110.003", "t1110.003", "password spraying").
    ///
    /// Cost: O(T) over the graph's techniques.
    #[must_use]
    pub fn techniques_named(&self, query: &str) -> Vec<TechniqueId> {
        let query = query.trim();
        let current = crate::gazetteer::attack::technique(&query.to_ascii_uppercase());
        let wanted = normalise(query);
        self.techniques()
            .filter(|(_, t)| {
                t.id.eq_ignore_ascii_case(query)
                    || current.is_some_and(|c| c.id == t.id)
                    || normalise(&t.name) == wanted
            })
            .map(|(id, _)| id)
            .collect()
    }

    /// Software one of whose names (canonical, alias or ATT&CK id) is `name`, compared as
    /// [`actors_named`](Self::actors_named) does.
    ///
    /// Cost: O(S × aliases) over the graph's software.
    #[must_use]
    pub fn software_named(&self, name: &str) -> Vec<SoftwareId> {
        let wanted = normalise(name);
        self.software_nodes()
            .filter(|(_, s)| {
                normalise(&s.name) == wanted
                    || s.attack_id
                        .as_deref()
                        .is_some_and(|id| id.eq_ignore_ascii_case(name.trim()))
                    || s.aliases.iter().any(|alias| normalise(alias) == wanted)
            })
            .map(|(id, _)| id)
            .collect()
    }

    /// The techniques `incident` uses, with the spans that describe each, by technique id.
    ///
    /// Cost: O(log U + k).
    pub fn techniques_of(
        &self,
        incident: IncidentId,
    ) -> impl Iterator<Item = (TechniqueId, &SortedSet<Span>)> {
        of(&self.uses_technique, incident)
    }

    /// The attacker software `incident` uses, with the spans that name each, by software id.
    ///
    /// Cost: O(log U + k).
    pub fn software_of(
        &self,
        incident: IncidentId,
    ) -> impl Iterator<Item = (SoftwareId, &SortedSet<Span>)> {
        of(&self.uses_software, incident)
    }

    /// The techniques `actor` is seen using: those of its attributed incidents that pass
    /// `filter` (so `filter`'s status is the weakest attribution counted), each with the
    /// firmest status lending it and the number of such incidents; firmest first, then most
    /// incidents, then by technique id.
    ///
    /// Cost: O(k log U) over the actor's k attributed incidents.
    ///
    /// # Examples
    /// ```
    /// use threatbrief::graph::{ArticleRef, Filter, KnowledgeGraph};
    /// use threatbrief::{Actor, Attribution, AttributionStatus, Incident, Report, Role, Technique};
    /// use time::macros::datetime;
    ///
    /// let mut report = Report::default();
    /// let mut incident = Incident::default();
    /// incident.attribution = Attribution::new(AttributionStatus::Suspected, vec!["APT28".into()]);
    /// report.incidents = vec![incident];
    /// report.actors = vec![Actor::new("APT28", Role::Suspected)];
    /// report.techniques = vec![Technique::new("T1110.003", "Password Spraying", vec![])];
    /// let mut graph = KnowledgeGraph::new();
    /// graph.ingest_ref(&ArticleRef::new(datetime!(2025-12-15 0:00 UTC), "Spraying"), &report);
    ///
    /// let apt28 = graph.actors_named("APT28")[0];
    /// let used = graph.techniques_used_by(apt28, Filter::default());
    /// assert_eq!(graph.technique(used[0].what).id, "T1110.003");
    /// assert_eq!(used[0].status, AttributionStatus::Suspected);
    /// // Counting confirmed attributions only, the actor is seen using nothing.
    /// let confirmed = Filter::default().min_status(AttributionStatus::Confirmed);
    /// assert!(graph.techniques_used_by(apt28, confirmed).is_empty());
    /// ```
    #[must_use]
    pub fn techniques_used_by(&self, actor: ActorId, filter: Filter) -> Vec<Usage<TechniqueId>> {
        self.used_by(&self.uses_technique, actor, filter)
    }

    /// The attacker software `actor` is seen using, as
    /// [`techniques_used_by`](Self::techniques_used_by) gives techniques.
    ///
    /// Cost: O(k log U) over the actor's k attributed incidents.
    #[must_use]
    pub fn software_used_by(&self, actor: ActorId, filter: Filter) -> Vec<Usage<SoftwareId>> {
        self.used_by(&self.uses_software, actor, filter)
    }

    /// The incidents that use `technique`, only those in `sector` (their own or their
    /// victims') when given; by incident id.
    ///
    /// Cost: O(U), plus O(log n) per incident when a sector is given.
    #[must_use]
    pub fn incidents_using_technique(
        &self,
        technique: TechniqueId,
        sector: Option<Sector>,
    ) -> Vec<IncidentId> {
        self.using(&self.uses_technique, technique, sector)
    }

    /// The incidents that use `software`, only those in `sector` when given; by incident id.
    ///
    /// Cost: O(U), plus O(log n) per incident when a sector is given.
    #[must_use]
    pub fn incidents_using_software(
        &self,
        software: SoftwareId,
        sector: Option<Sector>,
    ) -> Vec<IncidentId> {
        self.using(&self.uses_software, software, sector)
    }

    /// The actors seen using `technique`: attributed (passing `filter`) to an incident that
    /// uses it, in `sector` when given; each with the firmest status and the number of such
    /// incidents, firmest first, then most incidents, then by actor id.
    ///
    /// Cost: O(U + E).
    ///
    /// # Examples
    /// ```
    /// use threatbrief::graph::{ArticleRef, Filter, KnowledgeGraph};
    /// use threatbrief::{
    ///     Actor, Attribution, AttributionStatus, Incident, Report, Role, Sector, Technique, Victim,
    ///     Span,
    /// };
    /// use time::macros::datetime;
    ///
    /// // A hospital breached by password spraying, attributed to APT28; APT29 is named only for
    /// // an earlier campaign, cited as context.
    /// let mut victim = Victim::new("Lakeside Hospital", Span::new(0, 17));
    /// victim.sectors = vec![Sector::Healthcare];
    /// let mut main = Incident::default();
    /// main.victims = vec![victim];
    /// main.attribution = Attribution::new(AttributionStatus::Confirmed, vec!["APT28".into()]);
    /// let mut earlier = Incident::default();
    /// earlier.context = true;
    /// earlier.attribution = Attribution::new(AttributionStatus::Confirmed, vec!["APT29".into()]);
    /// let mut report = Report::default();
    /// report.incidents = vec![main, earlier];
    /// report.actors = vec![Actor::new("APT28", Role::Confirmed), Actor::new("APT29", Role::Context)];
    /// report.techniques = vec![Technique::new("T1110.003", "Password Spraying", vec![])];
    /// let mut graph = KnowledgeGraph::new();
    /// graph.ingest_ref(&ArticleRef::new(datetime!(2026-04-05 0:00 UTC), "Hospital"), &report);
    ///
    /// let spraying = graph.techniques_named("password spraying")[0];
    /// let users = graph.actors_using_technique(spraying, Some(Sector::Healthcare), Filter::any());
    /// let names: Vec<&str> = users.iter().map(|u| graph.actor(u.what).name.as_str()).collect();
    /// assert_eq!(names, ["APT28"]);
    /// assert!(graph.incidents_using_technique(spraying, Some(Sector::Energy)).is_empty());
    /// ```
    #[must_use]
    pub fn actors_using_technique(
        &self,
        technique: TechniqueId,
        sector: Option<Sector>,
        filter: Filter,
    ) -> Vec<Usage<ActorId>> {
        self.actors_using(&self.incidents_using_technique(technique, sector), filter)
    }

    /// The actors seen using `software`, as
    /// [`actors_using_technique`](Self::actors_using_technique).
    ///
    /// Cost: O(U + E).
    #[must_use]
    pub fn actors_using_software(
        &self,
        software: SoftwareId,
        sector: Option<Sector>,
        filter: Filter,
    ) -> Vec<Usage<ActorId>> {
        self.actors_using(&self.incidents_using_software(software, sector), filter)
    }

    fn used_by<T: Ord + Copy>(
        &self,
        uses: &Edges<(IncidentId, T), SortedSet<Span>>,
        actor: ActorId,
        filter: Filter,
    ) -> Vec<Usage<T>> {
        let mut found: BTreeMap<T, (AttributionStatus, usize)> = BTreeMap::new();
        for (incident, edge) in self.attributions_of(actor, filter) {
            for (what, _) in of(uses, incident) {
                let entry = found.entry(what).or_insert((edge.status, 0));
                entry.0 = entry.0.min(edge.status);
                entry.1 += 1;
            }
        }
        ranked(found)
    }

    fn using<T: Ord + Copy>(
        &self,
        uses: &Edges<(IncidentId, T), SortedSet<Span>>,
        what: T,
        sector: Option<Sector>,
    ) -> Vec<IncidentId> {
        uses.view()
            .iter()
            .filter(|((_, t), _)| *t == what)
            .map(|((incident, _), _)| *incident)
            .filter(|&incident| sector.is_none_or(|s| self.sectors_of(incident).contains(&s)))
            .collect()
    }

    fn actors_using(&self, incidents: &[IncidentId], filter: Filter) -> Vec<Usage<ActorId>> {
        let mut found: BTreeMap<ActorId, (AttributionStatus, usize)> = BTreeMap::new();
        for (incident, actor, edge) in self.attributions() {
            if incidents.binary_search(&incident).is_ok()
                && filter.admits(edge.status, self.incident(incident).context)
            {
                let entry = found.entry(actor).or_insert((edge.status, 0));
                entry.0 = entry.0.min(edge.status);
                entry.1 += 1;
            }
        }
        ranked(found)
    }
}

/// The uses edges of `incident`.
fn of<T: Ord + Copy>(
    uses: &Edges<(IncidentId, T), SortedSet<Span>>,
    incident: IncidentId,
) -> impl Iterator<Item = (T, &SortedSet<Span>)> {
    uses.group(&incident, |&(i, _)| i)
        .iter()
        .map(|((_, what), spans)| (*what, spans))
}

/// Firmest status first, then most incidents, then by key.
fn ranked<T: Ord + Copy>(found: BTreeMap<T, (AttributionStatus, usize)>) -> Vec<Usage<T>> {
    let mut out: Vec<Usage<T>> = found
        .into_iter()
        .map(|(what, (status, incidents))| Usage {
            what,
            status,
            incidents,
        })
        .collect();
    out.sort_by(|a, b| {
        a.status
            .cmp(&b.status)
            .then(b.incidents.cmp(&a.incidents))
            .then(a.what.cmp(&b.what))
    });
    out
}
