//! Queries: what an analyst asks of the graph. Each documents its cost, with A actors, I
//! incidents, E attributed-to edges and k the size of the answer. The first read after an
//! ingest also sorts the edges ingest appended, once (see [`KnowledgeGraph`]); call
//! [`KnowledgeGraph::canonicalize`] after a batch of ingests to do it up front.

use std::collections::{BTreeMap, BTreeSet};

use time::{Date, OffsetDateTime};

use super::graph::{AttributedTo, KnowledgeGraph};
use super::ids::{ActorId, ArticleId, IncidentId, OrgId};
use super::ingest::normalise;
use super::sets::SortedSet;
use crate::model::{AttributionStatus, Country, Sector, Span};

/// Which attributions a query counts.
///
/// The default counts attributions that are [`Claimed`](AttributionStatus::Claimed) or
/// firmer (confirmed, suspected, claimed: not speculated or denied), on incidents the articles
/// report (not earlier incidents they cite as context).
///
/// # Examples
/// ```
/// use threatbrief::graph::Filter;
/// use threatbrief::AttributionStatus;
///
/// let strict = Filter::default().min_status(AttributionStatus::Confirmed);
/// let everything = Filter::any();
/// assert!(strict.admits(AttributionStatus::Confirmed, false));
/// assert!(!strict.admits(AttributionStatus::Suspected, false));
/// assert!(everything.admits(AttributionStatus::Denied, true));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Filter {
    /// The weakest status counted (statuses are ordered firmest first).
    pub min_status: AttributionStatus,
    /// Whether incidents cited as context count.
    pub include_context: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            min_status: AttributionStatus::Claimed,
            include_context: false,
        }
    }
}

impl Filter {
    /// Every attribution, denied ones and context incidents included.
    #[must_use]
    pub fn any() -> Self {
        Filter {
            min_status: AttributionStatus::Unattributed,
            include_context: true,
        }
    }

    /// Counts statuses from the firmest down to `status`.
    #[must_use]
    pub fn min_status(mut self, status: AttributionStatus) -> Self {
        self.min_status = status;
        self
    }

    /// Whether incidents cited as context count.
    #[must_use]
    pub fn include_context(mut self, yes: bool) -> Self {
        self.include_context = yes;
        self
    }

    /// True when an attribution with `status` on an incident with `context` counts.
    #[must_use]
    pub fn admits(self, status: AttributionStatus, context: bool) -> bool {
        status <= self.min_status && (self.include_context || !context)
    }
}

/// The evidence behind an edge or an incident's attribution status: byte spans into the
/// input `article` was parsed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence<'g> {
    /// The article the spans point into.
    pub article: ArticleId,
    /// The supporting text, sorted.
    pub spans: &'g SortedSet<Span>,
}

/// One incident on an actor's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TimelineEntry {
    /// The incident.
    pub incident: IncidentId,
    /// The first day of the incident's window, when the article gives one.
    pub date: Option<Date>,
    /// When the reporting article was scraped.
    pub scraped_at: OffsetDateTime,
    /// How firmly the incident is attributed to the actor.
    pub status: AttributionStatus,
}

/// An actor's attributed incidents that pass a [`Filter`], in incident id order:
/// [`KnowledgeGraph::attributions_of`].
#[derive(Debug, Clone)]
pub struct Attributions<'g> {
    graph: &'g KnowledgeGraph,
    inner: std::slice::Iter<'g, ((ActorId, IncidentId), AttributedTo)>,
    filter: Filter,
}

impl<'g> Iterator for Attributions<'g> {
    type Item = (IncidentId, &'g AttributedTo);

    fn next(&mut self) -> Option<Self::Item> {
        let graph = self.graph;
        let filter = self.filter;
        self.inner
            .by_ref()
            .map(|((_, incident), edge)| (*incident, edge))
            .find(|&(incident, edge)| filter.admits(edge.status, graph.incident(incident).context))
    }
}

/// The actors an incident is attributed to: [`KnowledgeGraph::attributed_actors`].
#[derive(Debug, Clone)]
pub struct AttributedActors<'g> {
    inner: std::slice::Iter<'g, ((ActorId, IncidentId), AttributedTo)>,
    incident: IncidentId,
}

impl<'g> Iterator for AttributedActors<'g> {
    type Item = (ActorId, &'g AttributedTo);

    fn next(&mut self) -> Option<Self::Item> {
        let incident = self.incident;
        self.inner
            .by_ref()
            .find(|((_, i), _)| *i == incident)
            .map(|((a, _), e)| (*a, e))
    }
}

/// The organisations an incident targets, by id: [`KnowledgeGraph::victims_of`].
#[derive(Debug, Clone)]
pub struct Victims<'g> {
    inner: std::slice::Iter<'g, ((IncidentId, OrgId), SortedSet<Span>)>,
}

impl Iterator for Victims<'_> {
    type Item = OrgId;

    fn next(&mut self) -> Option<OrgId> {
        self.inner.next().map(|((_, org), _)| *org)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl DoubleEndedIterator for Victims<'_> {
    fn next_back(&mut self) -> Option<OrgId> {
        self.inner.next_back().map(|((_, org), _)| *org)
    }
}

impl KnowledgeGraph {
    /// Actors one of whose names is `name`: canonical name, any alias or ATT&CK id, compared
    /// ignoring case, punctuation and a leading "the". Several when an alias is shared.
    ///
    /// Cost: O(A × aliases per actor).
    #[must_use]
    pub fn actors_named(&self, name: &str) -> Vec<ActorId> {
        let wanted = normalise(name);
        self.actors()
            .filter(|(_, actor)| {
                normalise(&actor.name) == wanted
                    || actor
                        .attack_id
                        .as_deref()
                        .is_some_and(|id| id.eq_ignore_ascii_case(name.trim()))
                    || actor.aliases.iter().any(|alias| normalise(alias) == wanted)
            })
            .map(|(id, _)| id)
            .collect()
    }

    /// The incidents attributed to `actor` that pass `filter`, with the attributed-to edges.
    ///
    /// Cost: O(log E) to start, then O(1) per edge of the actor.
    #[must_use]
    pub fn attributions_of(&self, actor: ActorId, filter: Filter) -> Attributions<'_> {
        Attributions {
            graph: self,
            inner: self.attributed_to.group(&actor, |&(a, _)| a).iter(),
            filter,
        }
    }

    /// The incidents attributed to the actor(s) called `name` (any alias, see
    /// [`actors_named`](Self::actors_named)) that pass `filter`, sorted by id.
    ///
    /// Cost: O(A × aliases + k log k).
    ///
    /// # Examples
    /// ```
    /// use threatbrief::graph::{Filter, KnowledgeGraph};
    ///
    /// let graph = KnowledgeGraph::new();
    /// assert!(graph.incidents_attributed_to("Fancy Bear", Filter::default()).is_empty());
    /// ```
    #[must_use]
    pub fn incidents_attributed_to(&self, name: &str, filter: Filter) -> Vec<IncidentId> {
        let mut found: Vec<IncidentId> = self
            .actors_named(name)
            .into_iter()
            .flat_map(|actor| self.attributions_of(actor, filter).map(|(i, _)| i))
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The actors an incident is attributed to (any status), with the edges, by actor id.
    ///
    /// Cost: O(E) for the whole iteration: attributed-to edges are indexed by actor. To walk
    /// every incident's actors, group [`attributions`](Self::attributions) once instead.
    #[must_use]
    pub fn attributed_actors(&self, incident: IncidentId) -> AttributedActors<'_> {
        AttributedActors {
            inner: self.attributed_to.view().iter(),
            incident,
        }
    }

    /// The organisations an incident targets, by id.
    ///
    /// Cost: O(log T) to start, then O(1) per victim, over T targets edges.
    #[must_use]
    pub fn victims_of(&self, incident: IncidentId) -> Victims<'_> {
        Victims {
            inner: self.targets.group(&incident, |&(i, _)| i).iter(),
        }
    }

    /// The sectors of an incident: its own and its victims'. Sorted, without duplicates.
    ///
    /// Cost: O(log n + k).
    #[must_use]
    pub fn sectors_of(&self, incident: IncidentId) -> BTreeSet<Sector> {
        let mut out: BTreeSet<Sector> = self
            .incident_sectors
            .group(&incident, |&(i, _)| i)
            .iter()
            .map(|&((_, s), ())| s)
            .collect();
        for org in self.victims_of(incident) {
            out.extend(
                self.org_sectors
                    .group(&org, |&(o, _)| o)
                    .iter()
                    .map(|&((_, s), ())| s),
            );
        }
        out
    }

    /// The countries of an incident: its own and its victims'. Sorted, without duplicates.
    ///
    /// Cost: O(log n + k).
    #[must_use]
    pub fn countries_of(&self, incident: IncidentId) -> BTreeSet<Country> {
        let mut out: BTreeSet<Country> = self
            .incident_countries
            .group(&incident, |&(i, _)| i)
            .iter()
            .map(|&((_, c), ())| c)
            .collect();
        for org in self.victims_of(incident) {
            out.extend(
                self.org_countries
                    .group(&org, |&(o, _)| o)
                    .iter()
                    .map(|&((_, c), ())| c),
            );
        }
        out
    }

    /// The sectors `actor` targets through its attributed incidents that pass `filter`, with
    /// the number of such incidents; most targeted first, then by sector.
    ///
    /// Cost: O(k log n) over the actor's k attributed incidents.
    #[must_use]
    pub fn sectors_targeted_by(&self, actor: ActorId, filter: Filter) -> Vec<(Sector, usize)> {
        let mut counts = BTreeMap::new();
        for (incident, _) in self.attributions_of(actor, filter) {
            for sector in self.sectors_of(incident) {
                *counts.entry(sector).or_insert(0) += 1;
            }
        }
        by_count(counts)
    }

    /// The countries `actor` targets through its attributed incidents that pass `filter`, with
    /// the number of such incidents; most targeted first, then by code.
    ///
    /// Cost: O(k log n) over the actor's k attributed incidents.
    #[must_use]
    pub fn countries_targeted_by(&self, actor: ActorId, filter: Filter) -> Vec<(Country, usize)> {
        let mut counts = BTreeMap::new();
        for (incident, _) in self.attributions_of(actor, filter) {
            for country in self.countries_of(incident) {
                *counts.entry(country).or_insert(0) += 1;
            }
        }
        by_count(counts)
    }

    /// The actors seen against `sector`: attributed (passing `filter`) incidents in that
    /// sector, counted per actor; most incidents first, then by actor id.
    ///
    /// Cost: O(E log n): every attributed-to edge is looked at.
    #[must_use]
    pub fn actors_against_sector(&self, sector: Sector, filter: Filter) -> Vec<(ActorId, usize)> {
        self.actors_against(filter, |incident| {
            self.sectors_of(incident).contains(&sector)
        })
    }

    /// The actors seen against `country`: attributed (passing `filter`) incidents whose
    /// victims are in that country, counted per actor; most incidents first, then by actor id.
    ///
    /// Cost: O(E log n): every attributed-to edge is looked at.
    #[must_use]
    pub fn actors_against_country(
        &self,
        country: Country,
        filter: Filter,
    ) -> Vec<(ActorId, usize)> {
        self.actors_against(filter, |incident| {
            self.countries_of(incident).contains(&country)
        })
    }

    fn actors_against(
        &self,
        filter: Filter,
        hit: impl Fn(IncidentId) -> bool,
    ) -> Vec<(ActorId, usize)> {
        let mut counts = BTreeMap::new();
        for &((actor, incident), ref edge) in self.attributed_to.view() {
            if filter.admits(edge.status, self.incident(incident).context) && hit(incident) {
                *counts.entry(actor).or_insert(0) += 1;
            }
        }
        by_count(counts)
    }

    /// `actor`'s incidents that pass `filter`, oldest first: by the first day of the
    /// incident's window (the scrape day when the article gives none), then scrape time, then id.
    ///
    /// Cost: O(k log k) over the actor's k attributed incidents.
    #[must_use]
    pub fn timeline(&self, actor: ActorId, filter: Filter) -> Vec<TimelineEntry> {
        let mut entries: Vec<TimelineEntry> = self
            .attributions_of(actor, filter)
            .map(|(incident, edge)| {
                let node = self.incident(incident);
                TimelineEntry {
                    incident,
                    date: node.when.map(|w| w.from),
                    scraped_at: self.article(node.article).scraped_at,
                    status: edge.status,
                }
            })
            .collect();
        entries.sort_by_key(|e| {
            (
                e.date.unwrap_or(e.scraped_at.date()),
                e.scraped_at,
                e.incident,
            )
        });
        entries
    }

    /// The evidence for attributing `incident` to `actor`, `None` without such an edge.
    ///
    /// Cost: O(log E).
    #[must_use]
    pub fn attribution_evidence(
        &self,
        incident: IncidentId,
        actor: ActorId,
    ) -> Option<Evidence<'_>> {
        let edge = self.attributed_to.get(&(actor, incident))?;
        Some(Evidence {
            article: self.incident(incident).article,
            spans: &edge.evidence,
        })
    }

    /// Where the article names `org` as a victim of `incident`, `None` without such an edge.
    ///
    /// Cost: O(log T).
    #[must_use]
    pub fn target_evidence(&self, incident: IncidentId, org: OrgId) -> Option<Evidence<'_>> {
        let spans = self.targets.get(&(incident, org))?;
        Some(Evidence {
            article: self.incident(incident).article,
            spans,
        })
    }

    /// The evidence for an incident's attribution status (for an unattributed incident: the
    /// sentences that say so or list the hypotheses).
    ///
    /// Cost: O(1).
    #[must_use]
    pub fn status_evidence(&self, incident: IncidentId) -> Evidence<'_> {
        let node = self.incident(incident);
        Evidence {
            article: node.article,
            spans: &node.evidence,
        }
    }
}

/// Counts sorted by count, largest first, ties by key.
fn by_count<K: Ord + Copy>(counts: BTreeMap<K, usize>) -> Vec<(K, usize)> {
    let mut out: Vec<(K, usize)> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixture::{sample_article, sample_report};

    fn sample_graph() -> KnowledgeGraph {
        let mut graph = KnowledgeGraph::new();
        graph.ingest(&sample_article(None), &sample_report());
        graph
    }

    #[test]
    fn the_breach_is_not_attributed_to_apt28_but_the_earlier_campaign_is() {
        let graph = sample_graph();
        let [apt28] = graph.actors_named("Fancy Bear")[..] else {
            panic!("one actor for Fancy Bear")
        };
        let (main, context) = (IncidentId::new(0), IncidentId::new(1));
        assert!(!graph.incident(main).context);
        assert!(graph.attribution_evidence(main, apt28).is_none());
        assert_eq!(graph.attributed_actors(main).count(), 0);
        let actors: Vec<ActorId> = graph.attributed_actors(context).map(|(a, _)| a).collect();
        assert_eq!(actors, [apt28]);
        let edge = graph
            .attribution_evidence(context, apt28)
            .expect("context edge");
        assert_eq!(edge.article, ArticleId::new(0));
        assert_eq!(edge.spans.len(), 1);

        assert!(
            graph
                .incidents_attributed_to("fancy bear", Filter::default())
                .is_empty()
        );
        let with_context = Filter::default().include_context(true);
        assert_eq!(
            graph.incidents_attributed_to("FANCY-BEAR", with_context),
            [context]
        );
        assert_eq!(
            graph.incidents_attributed_to("g0007", with_context),
            [context]
        );
        assert_eq!(
            graph.incidents_attributed_to("Sofacy", Filter::any()),
            [context]
        );
        assert!(
            graph
                .incidents_attributed_to("Lazarus", Filter::any())
                .is_empty()
        );
        let confirmed = with_context.min_status(AttributionStatus::Confirmed);
        assert_eq!(graph.incidents_attributed_to("APT28", confirmed), [context]);
    }

    #[test]
    fn targets_follow_attributed_incidents_and_context_only_when_asked() {
        let graph = sample_graph();
        let apt28 = graph.actors_named("APT28")[0];
        assert!(
            graph
                .sectors_targeted_by(apt28, Filter::default())
                .is_empty()
        );
        let with_context = Filter::default().include_context(true);
        let sectors = graph.sectors_targeted_by(apt28, with_context);
        assert_eq!(sectors.len(), 6);
        assert!(sectors.contains(&(Sector::Defense, 1)));
        let fr = Country::new("FR").unwrap();
        assert_eq!(graph.countries_targeted_by(apt28, with_context), [(fr, 1)]);
        assert_eq!(graph.actors_against_country(fr, with_context), [(apt28, 1)]);
        assert!(
            graph
                .actors_against_country(fr, Filter::default())
                .is_empty()
        );
        assert_eq!(
            graph.actors_against_sector(Sector::Aerospace, with_context),
            [(apt28, 1)]
        );
        assert!(
            graph
                .actors_against_sector(Sector::Healthcare, Filter::any())
                .is_empty()
        );
    }

    #[test]
    fn timeline_orders_by_incident_date_then_scrape_time() {
        let graph = sample_graph();
        let apt28 = graph.actors_named("APT28")[0];
        let timeline = graph.timeline(apt28, Filter::any());
        assert_eq!(timeline.len(), 1);
        assert_eq!(timeline[0].incident, IncidentId::new(1));
        assert_eq!(timeline[0].date, None);
        assert_eq!(timeline[0].status, AttributionStatus::Confirmed);
    }

    #[test]
    fn evidence_points_into_the_input() {
        let graph = sample_graph();
        let main = IncidentId::new(0);
        let victim = graph.victims_of(main).next().expect("a victim");
        let evidence = graph.target_evidence(main, victim).unwrap();
        let span = evidence.spans.first().unwrap();
        assert_eq!(
            &crate::SAMPLE[span.start..span.end],
            "French Interior Ministry"
        );
        let status = graph.status_evidence(main);
        let span = status.spans.first().unwrap();
        assert!(crate::SAMPLE[span.start..span.end].contains("multiple possibilities"));
        assert_eq!(graph.incident(main).hypotheses.len(), 3);
    }
}
