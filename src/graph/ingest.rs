//! Ingest: one article's report into the graph, merging equal things on the way.

use indexmap::map::{Entry, MutableKeys};
use time::OffsetDateTime;

use super::graph::{
    ActorKey, ActorKeyRef, ActorNode, ArticleKey, ArticleNode, AttributedTo, IncidentNode,
    IndicatorNode, KnowledgeGraph, Mentioned, OrgNode, SoftwareNode, TechniqueNode,
};
use super::ids::{ActorId, ArticleId, IncidentId, IndicatorId, OrgId, SoftwareId, TechniqueId};
use super::merge::{Absorb, upsert};
use super::sets::{EnumSet, SortedSet};
use crate::model::{Actor, Report, Software, SoftwareKind, Technique};
use crate::scrape::Article;

/// What the graph needs of an article: its identity (scrape time and title) and its source.
///
/// [`KnowledgeGraph::ingest`] builds one from an [`Article`]; build one by hand to ingest
/// reports whose articles are stored elsewhere (a database, a previous run).
///
/// # Examples
/// ```
/// use threatbrief::graph::ArticleRef;
/// use time::macros::datetime;
///
/// let article = ArticleRef::new(datetime!(2025-12-15 11:11:13.308 UTC), "Headline")
///     .with_source("https://example.com/news/1");
/// assert_eq!(article.title, "Headline");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ArticleRef<'a> {
    /// When the page was scraped, UTC.
    pub scraped_at: OffsetDateTime,
    /// The headline.
    pub title: &'a str,
    /// The original article's URL.
    pub source: Option<&'a str>,
    /// The summary lines, joined by newlines.
    pub summary: Option<&'a str>,
}

impl<'a> ArticleRef<'a> {
    /// An article scraped at `scraped_at` with headline `title` and no source URL.
    #[must_use]
    pub fn new(scraped_at: OffsetDateTime, title: &'a str) -> Self {
        ArticleRef {
            scraped_at,
            title,
            source: None,
            summary: None,
        }
    }

    /// The same article with its original URL.
    #[must_use]
    pub fn with_source(mut self, url: &'a str) -> Self {
        self.source = Some(url);
        self
    }

    /// The same article with its summary (lines joined by newlines).
    #[must_use]
    pub fn with_summary(mut self, summary: &'a str) -> Self {
        self.summary = Some(summary);
        self
    }
}

impl<'a> From<&'a Article<'_>> for ArticleRef<'a> {
    fn from(article: &'a Article<'_>) -> Self {
        ArticleRef {
            scraped_at: article.scraped_at(),
            title: article.title(),
            source: article.source(),
            summary: None,
        }
    }
}

/// A name reduced to what identifies it: lower case, punctuation as spaces, single spaces, no
/// leading "the". "The U.S. Department of Energy" and "U.S. department of energy" agree.
pub(crate) fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    normalise_into(name, &mut out);
    out
}

/// [`normalise`] into a reused buffer (cleared first).
pub(crate) fn normalise_into(name: &str, out: &mut String) {
    out.clear();
    if name.is_ascii() {
        normalise_ascii(name, out);
    } else {
        normalise_chars(name, out);
    }
    if out.starts_with("the ") {
        out.drain(..4);
    }
}

/// Dots and apostrophes join ("U.S.", "Macy's"); everything else that is not a letter or a
/// digit separates.
fn joins(c: char) -> bool {
    c == '.' || c == '\'' || c == '\u{2019}'
}

fn normalise_chars(name: &str, out: &mut String) {
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else if !joins(c) {
            gap = true;
        }
    }
}

/// [`normalise_chars`] for ASCII, a run of letters and digits at a time: names are mostly
/// ASCII and this is on ingest's hot path.
fn normalise_ascii(name: &str, out: &mut String) {
    let bytes = name.as_bytes();
    let mut gap = false;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push_str(&name[start..i]);
        } else {
            gap |= !joins(char::from(bytes[i]));
            i += 1;
        }
    }
    out.make_ascii_lowercase();
}

impl KnowledgeGraph {
    /// Adds one article and what was extracted from it.
    ///
    /// Equal things merge: the article by (scrape time, title), actors by ATT&CK id or
    /// canonical name, organisations by normalised name, sectors and countries by code.
    /// Incidents are keyed by (article, index in `report.incidents`), so ingesting the same
    /// article twice changes nothing. New nodes are appended (see [`KnowledgeGraph`] on order).
    ///
    /// Cost: O(size of `report`) amortised: a hash look-up per node, an append per edge (edges
    /// are sorted when next read, see [`KnowledgeGraph`]).
    pub fn ingest(&mut self, article: &Article<'_>, report: &Report) {
        let summary = article.summary().collect::<Vec<_>>().join("\n");
        let mut article = ArticleRef::from(article);
        if !summary.is_empty() {
            article = article.with_summary(&summary);
        }
        self.ingest_ref(&article, report);
    }

    /// [`ingest`](Self::ingest) for an article known only by its [`ArticleRef`].
    pub fn ingest_ref(&mut self, article: &ArticleRef<'_>, report: &Report) {
        let article_id = self.add_article(article);

        // Actors the report resolved, by every spelling the attribution might use.
        // Buffers kept from the last ingest, so this one allocates only for what it keeps.
        let mut scratch = std::mem::take(&mut self.scratch.name);
        let mut actor_ids = std::mem::take(&mut self.scratch.actors);
        let mut incident_ids = std::mem::take(&mut self.scratch.incidents);
        actor_ids.clear();
        incident_ids.clear();
        for actor in &report.actors {
            let id = self.add_actor(actor, &mut scratch);
            actor_ids.push(id);
        }
        for (actor, &id) in report.actors.iter().zip(&actor_ids) {
            let edge = Mentioned {
                role: actor.role,
                spans: actor.mentions.iter().map(|m| m.span).collect(),
            };
            self.mentions.push((id, article_id), edge);
        }

        // The reported incident is [0]; be robust to a report that lists context first.
        let main_index = report.incidents.iter().position(|i| !i.context);
        for (index, incident) in report.incidents.iter().enumerate() {
            let index = u32::try_from(index).expect("fewer than 2^32 incidents in a report");
            let attribution = &incident.attribution;
            let node = IncidentNode {
                article: article_id,
                index,
                context: incident.context,
                types: incident.types.iter().collect(),
                when: incident.when,
                status: attribution.status,
                confidence: attribution.confidence,
                hypotheses: attribution.hypotheses.iter().collect(),
                evidence: attribution.evidence.iter().copied().collect(),
            };
            let (index, new) = upsert(&mut self.incidents, (article_id, index), node);
            self.canonical &= !new;
            let id = IncidentId::new(index);
            incident_ids.push(id);

            for victim in &incident.victims {
                let org = self.add_org(&victim.name, &mut scratch);
                self.targets.push((id, org), SortedSet::one(victim.span));
                for &sector in &victim.sectors {
                    self.add_sector(sector);
                    self.org_sectors.push((org, sector), ());
                }
                if let Some(country) = victim.country {
                    self.add_country(country);
                    self.org_countries.push((org, country), ());
                }
            }
            for &sector in &incident.sectors {
                self.add_sector(sector);
                self.incident_sectors.push((id, sector), ());
            }
            for &country in &incident.countries {
                self.add_country(country);
                self.incident_countries.push((id, country), ());
            }

            for name in &attribution.actors {
                let actor = match resolve(&report.actors, name) {
                    Some(i) => actor_ids[i],
                    None => self.add_actor_named(name),
                };
                let edge = AttributedTo {
                    status: attribution.status,
                    confidence: attribution.confidence,
                    by: attribution.by.iter().cloned().collect(),
                    evidence: attribution.evidence.iter().copied().collect(),
                };
                self.attributed_to.push((actor, id), edge);
            }
        }
        if let Some(main) = main_index.map(|i| incident_ids[i]) {
            for (incident, &id) in report.incidents.iter().zip(&incident_ids) {
                if incident.context {
                    self.context_of.push((id, main), ());
                }
            }
        }
        // Techniques and attacker software are what the reported incident's attackers did and
        // ran: the extractor reads them only where the text says the attackers did it.
        let main = main_index.map(|i| incident_ids[i]);
        for technique in &report.techniques {
            let id = self.add_technique(technique);
            if let Some(main) = main {
                let spans = technique.mentions.iter().map(|m| m.span).collect();
                self.uses_technique.push((main, id), spans);
            }
        }
        for software in report.software.iter().filter(|s| is_attacker_software(s)) {
            let id = self.add_software(software, &mut scratch);
            if let Some(main) = main {
                let spans = software.mentions.iter().map(|m| m.span).collect();
                self.uses_software.push((main, id), spans);
            }
        }
        for indicator in &report.indicators {
            let id = self.add_indicator(indicator.kind, &indicator.value);
            self.seen_in
                .push((id, article_id), SortedSet::one(indicator.span));
        }
        // Sectors and countries the report lists outside its incidents are still nodes.
        for &sector in &report.sectors {
            self.add_sector(sector);
        }
        for &country in &report.countries {
            self.add_country(country);
        }
        self.scratch.name = scratch;
        self.scratch.actors = actor_ids;
        self.scratch.incidents = incident_ids;
    }

    fn add_article(&mut self, article: &ArticleRef<'_>) -> ArticleId {
        let key = ArticleKey(ArticleNode {
            scraped_at: article.scraped_at,
            title: article.title.to_owned(),
            source: article.source.map(str::to_owned),
            summary: article.summary.map(str::to_owned),
        });
        match self.articles.entry(key) {
            Entry::Occupied(e) => {
                let index = e.index();
                if let Some(source) = article.source {
                    // The source is not part of the key: changing it keeps the map valid.
                    let (stored, ()) = self.articles.get_index_mut2(index).expect("found");
                    stored.0.source.absorb(Some(source.to_owned()));
                }
                if let Some(summary) = article.summary {
                    let (stored, ()) = self.articles.get_index_mut2(index).expect("found");
                    stored.0.summary.absorb(Some(summary.to_owned()));
                }
                ArticleId::new(index)
            }
            Entry::Vacant(e) => {
                self.canonical = false;
                let id = ArticleId::new(e.index());
                e.insert(());
                id
            }
        }
    }

    fn add_actor(&mut self, actor: &Actor, scratch: &mut String) -> ActorId {
        let key = match &actor.attack_id {
            Some(id) => ActorKeyRef::Attack(id),
            None => {
                normalise_into(&actor.name, scratch);
                ActorKeyRef::Name(scratch)
            }
        };
        if let Some(country) = actor.country {
            self.add_country(country);
        }
        if let Some((index, _, node)) = self.actors.get_full_mut(&key) {
            // Seen before: absorb in place, cloning only what is new.
            node.absorb_actor(actor);
            return ActorId::new(index);
        }
        let mut aliases: SortedSet<String> = actor.aliases.iter().cloned().collect();
        aliases.remove(&actor.name);
        let node = ActorNode {
            name: actor.name.clone(),
            attack_id: actor.attack_id.clone(),
            aliases,
            types: actor.types.iter().collect(),
            country: actor.country,
        };
        self.upsert_actor(key.to_owned_key(), node)
    }

    /// An actor named by an attribution but absent from the report's actor list.
    fn add_actor_named(&mut self, name: &str) -> ActorId {
        let node = ActorNode {
            name: name.to_owned(),
            attack_id: None,
            aliases: SortedSet::new(),
            types: EnumSet::new(),
            country: None,
        };
        self.upsert_actor(ActorKey::Name(normalise(name)), node)
    }

    fn upsert_actor(&mut self, key: ActorKey, node: ActorNode) -> ActorId {
        let (index, new) = upsert(&mut self.actors, key, node);
        self.canonical &= !new;
        ActorId::new(index)
    }

    fn add_org(&mut self, name: &str, scratch: &mut String) -> OrgId {
        normalise_into(name, scratch);
        if let Some((index, _, node)) = self.orgs.get_full_mut(scratch.as_str()) {
            // Same rule as `Absorb for OrgNode`, without building a node.
            if name < node.name.as_str() {
                name.clone_into(&mut node.name);
            }
            return OrgId::new(index);
        }
        self.canonical = false;
        let (index, _) = self.orgs.insert_full(
            scratch.clone(),
            OrgNode {
                name: name.to_owned(),
            },
        );
        OrgId::new(index)
    }

    fn add_indicator(&mut self, kind: crate::model::IndicatorKind, value: &str) -> IndicatorId {
        let node = IndicatorNode {
            kind,
            value: value.to_owned(),
        };
        let (index, old) = self.indicators.insert_full(node, ());
        self.canonical &= old.is_some();
        IndicatorId::new(index)
    }

    fn add_technique(&mut self, technique: &Technique) -> TechniqueId {
        if let Some(index) = self.techniques.get_index_of(technique.id.as_str()) {
            let node = &mut self.techniques[index];
            for tactic in &technique.tactics {
                if !node.tactics.contains(tactic) {
                    node.tactics.insert(tactic.clone());
                }
            }
            if technique.name < node.name {
                node.name.clone_from(&technique.name);
            }
            return TechniqueId::new(index);
        }
        let node = TechniqueNode {
            id: technique.id.clone(),
            name: technique.name.clone(),
            tactics: technique.tactics.iter().cloned().collect(),
        };
        let (index, new) = upsert(&mut self.techniques, technique.id.clone(), node);
        self.canonical &= !new;
        TechniqueId::new(index)
    }

    fn add_software(&mut self, software: &Software, scratch: &mut String) -> SoftwareId {
        let key = match &software.attack_id {
            Some(id) => ActorKeyRef::Attack(id),
            None => {
                normalise_into(&software.name, scratch);
                ActorKeyRef::Name(scratch)
            }
        };
        let node = |software: &Software| SoftwareNode {
            name: software.name.clone(),
            attack_id: software.attack_id.clone(),
            kind: software.kind,
            aliases: SortedSet::new(),
        };
        if let Some((index, _, stored)) = self.software.get_full_mut(&key) {
            // Seen before, mostly under the same name and kind: then nothing changes.
            let new_name = stored.name != software.name && !stored.aliases.contains(&software.name);
            if new_name || (software.kind == SoftwareKind::Malware && stored.kind != software.kind)
            {
                stored.absorb(node(software));
            }
            return SoftwareId::new(index);
        }
        self.canonical = false;
        let (index, _) = self
            .software
            .insert_full(key.to_owned_key(), node(software));
        SoftwareId::new(index)
    }

    fn add_sector(&mut self, sector: crate::model::Sector) {
        // There are few sectors: a scan beats hashing.
        if !self.sectors.iter().any(|&s| s == sector) {
            self.sectors.insert(sector);
            self.canonical = false;
        }
    }

    fn add_country(&mut self, country: crate::model::Country) {
        // Most articles name countries the graph has: a bit test spares hashing them.
        let bit = country_bit(country);
        if self.scratch.countries[bit / 64] & (1 << (bit % 64)) != 0 {
            return;
        }
        if self.countries.insert(country) {
            self.canonical = false;
        }
        self.scratch.countries[bit / 64] |= 1 << (bit % 64);
    }
}

/// The country's place among the 26 x 26 two-letter codes.
fn country_bit(country: crate::model::Country) -> usize {
    let code = country.bytes();
    let letter = |i: usize| usize::from(code[i].saturating_sub(b'A')).min(25);
    letter(0) * 26 + letter(1)
}

/// Software the graph keeps: what ATT&CK lists (malware and the tools adversaries use) and
/// other malware. A tool ATT&CK does not list is a product the text names (the webmail that
/// was breached, the VPN that was exploited), not something the attackers used.
fn is_attacker_software(software: &Software) -> bool {
    software.attack_id.is_some() || software.kind == SoftwareKind::Malware
}

/// The report actor an attribution's name refers to: by canonical name, then by any alias,
/// ignoring case and punctuation.
fn resolve(actors: &[Actor], name: &str) -> Option<usize> {
    if let Some(i) = actors.iter().position(|a| a.name == name) {
        return Some(i);
    }
    let wanted = normalise(name);
    actors.iter().position(|a| {
        normalise(&a.name) == wanted || a.aliases.iter().any(|alias| normalise(alias) == wanted)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_case_punctuation_and_leading_the() {
        let cases = [
            ("The French Interior Ministry", "french interior ministry"),
            ("french  interior-ministry", "french interior ministry"),
            ("U.S. Department of Energy", "us department of energy"),
            ("Macy's", "macys"),
            ("Theatre Royal", "theatre royal"),
            ("  ", ""),
            ("a - .b", "a b"),
            ("a ... b", "a b"),
            ("...", ""),
            ("R.E.D. team", "red team"),
            (
                "\u{c4}rzte-Kammer Z\u{fc}rich",
                "\u{e4}rzte kammer z\u{fc}rich",
            ),
            (
                "The Minist\u{e8}re de l\u{2019}Int\u{e9}rieur",
                "minist\u{e8}re de lint\u{e9}rieur",
            ),
        ];
        for (name, want) in cases {
            assert_eq!(normalise(name), want, "{name:?}");
        }
    }
}

#[cfg(test)]
mod sample_tests {
    use super::*;
    use crate::graph::fixture::{sample_article, sample_report};
    use crate::model::{AttributionStatus, Country, Role, Sector};

    #[test]
    fn the_sample_becomes_linked_nodes() {
        let mut graph = KnowledgeGraph::new();
        graph.ingest(
            &sample_article(Some("https://example.com/a")),
            &sample_report(),
        );
        let (_, article) = graph.articles().next().unwrap();
        assert_eq!(
            article.title,
            "French Interior Ministry confirms cyberattack on email servers"
        );
        assert_eq!(article.source.as_deref(), Some("https://example.com/a"));
        assert_eq!(graph.incidents().len(), 2);
        assert_eq!(graph.actors().len(), 1);
        let (apt28, actor) = graph.actors().next().unwrap();
        assert_eq!(actor.name, "APT28");
        assert!(actor.aliases.contains("Fancy Bear"));
        assert_eq!(graph.orgs().len(), 2);
        assert_eq!(graph.sectors().len(), 6);
        let countries: Vec<_> = graph.countries().map(|c| c.to_string()).collect();
        assert_eq!(countries, ["RU", "FR"]);
        assert_eq!(
            graph.context_of().collect::<Vec<_>>(),
            [(IncidentId::new(1), IncidentId::new(0))]
        );
        let edges: Vec<_> = graph.attributions().collect();
        assert_eq!(edges.len(), 1);
        assert_eq!(edges[0].0, IncidentId::new(1));
        assert_eq!(edges[0].2.status, AttributionStatus::Confirmed);
        assert!(edges[0].2.by.contains("ANSSI"));
        let (_, _, mention) = graph.mentions().next().unwrap();
        assert_eq!(mention.role, Role::Context);
        assert_eq!(
            graph.incident(IncidentId::new(0)).status,
            AttributionStatus::Unattributed
        );
        assert!(graph.org_sectors().any(|(_, s)| s == Sector::NonProfit));
        assert!(
            graph
                .org_countries()
                .all(|(_, c)| c == Country::new("FR").unwrap())
        );
        let _ = apt28;
    }

    #[test]
    fn ingesting_the_same_article_twice_changes_nothing() {
        let (article, report) = (sample_article(None), sample_report());
        let mut once = KnowledgeGraph::new();
        once.ingest(&article, &report);
        let mut twice = once.clone();
        twice.ingest(&article, &report);
        assert_eq!(once, twice);
    }

    #[test]
    fn a_source_seen_later_joins_the_article() {
        let report = sample_report();
        let mut graph = KnowledgeGraph::new();
        graph.ingest(&sample_article(None), &report);
        graph.ingest(&sample_article(Some("https://example.com/b")), &report);
        graph.ingest(&sample_article(Some("https://example.com/c")), &report);
        assert_eq!(graph.articles().len(), 1);
        let (_, article) = graph.articles().next().unwrap();
        assert_eq!(article.source.as_deref(), Some("https://example.com/b"));

        let mut other = KnowledgeGraph::new();
        other.ingest(&sample_article(Some("https://example.com/a")), &report);
        graph.merge(other);
        assert_eq!(graph.articles().len(), 1);
        let (_, article) = graph.articles().next().unwrap();
        assert_eq!(article.source.as_deref(), Some("https://example.com/a"));
    }

    #[test]
    fn victims_merge_by_normalised_name() {
        let mut report = sample_report();
        report.incidents[1].victims[0].name = "the French Interior-Ministry".into();
        let mut graph = KnowledgeGraph::new();
        graph.ingest(&sample_article(None), &report);
        assert_eq!(graph.orgs().len(), 1);
        assert_eq!(
            graph.orgs().next().unwrap().1.name,
            "French Interior Ministry"
        );
    }
}
