//! Resolution: the reported incidents of many articles that tell one event.
//!
//! Five outlets report one breach; a week later the FBI names the gang; the gang denies it.
//! Ingest keeps one incident per article. [`KnowledgeGraph::resolve`] groups the articles'
//! reported incidents (those with `context == false`) into [`ResolvedIncident`]s, each keeping
//! its reports, so every article's own claims stay visible under the event they tell.
//!
//! The rule is documented on [`Resolution`].

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use time::OffsetDateTime;
use uuid::Uuid;

use super::graph::KnowledgeGraph;
use super::ids::{ActorId, ArticleId, IncidentId};
use super::sets::{EnumSet, SortedSet};
use crate::model::{AttributionStatus, IncidentType, Report};
use crate::scrape::Article;

/// How far apart (in days of scrape time) two articles may be and still tell one event, unless
/// both headlines name the same victim (see [`FOLLOW_UP_DAYS`]).
pub const WINDOW_DAYS: i64 = 30;
/// How far apart two articles whose headlines name the same victim may be: a follow-up (the
/// ransom paid, the arrest, the indictment) comes months after the attack.
pub const FOLLOW_UP_DAYS: i64 = 400;
/// The least similarity (cosine, plus [`VICTIM_BONUS`]) for two reported incidents to be linked.
pub const PAIR_SCORE: f64 = 0.15;
/// The least similarity for a link between articles more than [`WINDOW_DAYS`] apart.
pub const FOLLOW_UP_SCORE: f64 = 0.3;
/// The least average link score across two groups for them to be joined.
pub const GROUP_SCORE: f64 = 0.035;
/// How much of its similarity a link loses across [`WINDOW_DAYS`]: news of one event comes in
/// a burst, so two articles scraped a day apart are likelier one story than two a month apart.
/// Scraped `d` days apart (at most [`WINDOW_DAYS`]), a similarity counts
/// `1 - BURST_DECAY * d / WINDOW_DAYS` of itself.
pub const BURST_DECAY: f64 = 0.55;
/// What a shared, normalised victim adds to the similarity.
pub const VICTIM_BONUS: f64 = 0.2;
/// How much a word of the lead weighs against a word of the headline or a victim's name.
pub const LEAD_WEIGHT: f64 = 0.35;
/// The most bytes of an article's text after the headline that the graph keeps (the lead).
pub const LEAD_BYTES: usize = 1000;
/// The corpus size below which document frequencies are read as if from this many incidents,
/// so that in a small graph every word is not rare.
const MIN_CORPUS: usize = 200;

/// Only words at least this rare (inverse document frequency) propose candidate pairs: the
/// posting lists of common words are what would make candidate generation quadratic.
const CANDIDATE_IDF: f64 = 2.0;

/// Namespace of resolved-incident keys (UUIDv5).
const NAMESPACE: Uuid = uuid::uuid!("5d0c2f56-7d0e-4b43-9a3c-2b6f1c7e9a41");

fn stopwords() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("data/resolve_stopwords.txt")
            .lines()
            .map(|line| line.split('#').next().unwrap_or(""))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

/// The incidents of a graph resolved into events.
///
/// # The rule
/// Each reported incident is a weighted set of words: the headline's words (its site suffix such
/// as `| Threatpost` and the words of the source's host name removed) and the words of its
/// victims' names weigh their inverse document frequency over the graph's reported incidents,
/// `ln((max(n, 200) + 1) / (df + 1))`; the other words of the article's lead (the first
/// [`LEAD_BYTES`] of text after the headline, kept by ingest) weigh [`LEAD_WEIGHT`] times that.
/// A rare name (WannaCry, Atlanta, IAAF) weighs much, a word every story uses nothing
/// (`data/resolve_stopwords.txt` lists the words that never count).
///
/// Two reported incidents are *linked* when their similarity is at least [`PAIR_SCORE`]: the
/// cosine of their word weights, plus [`VICTIM_BONUS`] when they share a victim after
/// normalisation ("the City of Atlanta" and "Atlanta city government" are both `atlanta`,
/// "Acme Inc." is `acme`, "Central Intelligence Agency (CIA)" is also `cia`; a name of stop
/// words only, such as "Department", is no victim) or an outbreak: a malware both name and at
/// least one headline names, by its name or an alias ("WannaCry", "WannaCrypt"), unless each
/// headline names a victim of its own (one malware's attacks on two named victims are two
/// incidents; a malware recalled in passing, "the largest since WannaCry", names no
/// outbreak). The sum is scaled down by up to [`BURST_DECAY`] as the articles' scrape days
/// grow apart (news of one event comes in a burst). Only articles scraped at most
/// [`WINDOW_DAYS`] apart are compared, or [`FOLLOW_UP_DAYS`] apart when both headlines name a
/// victim they share or the same malware (the follow-up: a ransom paid, an indictment, the
/// outbreak's bitcoin cashed out) and their similarity is at least [`FOLLOW_UP_SCORE`].
///
/// Links are taken strongest first; a link joins two groups when the average link score over
/// every pair across them (zero for pairs not linked) is at least [`GROUP_SCORE`], so one
/// loose link does not chain two stories, and never when the groups hold two incidents with
/// different named victims whose headlines each name a victim that the other's headline and
/// victims do not (two attacks, such as one actor's attacks on two companies, or two towns
/// hit by ransomware in one week; the extractor's victims are imperfect, so the headlines
/// decide, not the victim lists alone), and never when they hold two incidents of
/// incompatible kinds. Kinds fall in five families: encryption or destruction (ransomware,
/// wiper), denial of service, intrusion (breach, data theft, espionage, supply chain),
/// deception (phishing, fraud) and defacement; two incidents whose kinds are both known and
/// share no family are two events. The exploitation of a vulnerability is in no family: it
/// says how an attack got in, not what it did, so it neither joins a ransomware attack to a
/// data breach nor parts an outbreak report from one that names only the flaw it spread by.
///
/// The result depends on the graph's content only: incidents are ordered by their article's
/// (scrape time, title) and index, ties between links broken by that order, and a resolved
/// incident's [`key`](ResolvedIncident::key) is a UUIDv5 of its earliest report's identity.
/// Graphs built in any order, or merged in any order, resolve alike.
///
/// Cost: O(n log n + c) for n reported incidents and c candidate pairs (pairs sharing a
/// non-stop word with an inverse document frequency of at least 2 within the window, and
/// pairs sharing a headlined victim or malware within the follow-up window), plus the group checks,
/// which are quadratic in the size of the two groups being joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    incidents: Vec<ResolvedIncident>,
    of: HashMap<IncidentId, usize>,
}

/// One event, told by one or more articles.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResolvedIncident {
    /// Deterministic key: a UUIDv5 of the earliest report's article (scrape time, title) and
    /// index. The same content gives the same key, whatever order it was ingested in.
    pub key: Uuid,
    /// The reported incidents that tell it, in canonical order (by article scrape time, title,
    /// then index), so `reports[0]` is the earliest.
    pub reports: Vec<IncidentId>,
}

/// How many independent sources tell an event, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Corroboration {
    /// Distinct sources: the host names of the articles' `Source:` URLs (without `www.`);
    /// articles without a source count once per distinct title.
    pub sources: usize,
    /// The earliest scrape time among the reports.
    pub first: OffsetDateTime,
    /// The latest scrape time among the reports.
    pub last: OffsetDateTime,
}

/// One article's claim about who is behind an event.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Claim {
    /// When the article was scraped.
    pub at: OffsetDateTime,
    /// The article.
    pub article: ArticleId,
    /// The article's reported incident.
    pub incident: IncidentId,
    /// The status the article reports (for `actor`, or for the incident when `actor` is `None`).
    pub status: AttributionStatus,
    /// The actor the claim is about; `None` when the article names no actor.
    pub actor: Option<ActorId>,
    /// The attributing parties the article names.
    pub by: SortedSet<String>,
}

impl Resolution {
    /// The resolved incidents, ordered by their earliest report. O(1) per item.
    pub fn iter(&self) -> std::slice::Iter<'_, ResolvedIncident> {
        self.incidents.iter()
    }

    /// How many resolved incidents.
    #[must_use]
    pub fn len(&self) -> usize {
        self.incidents.len()
    }

    /// True when the graph had no reported incident.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.incidents.is_empty()
    }

    /// The resolved incident a reported incident belongs to; `None` for context incidents and
    /// ids not from the resolved graph. O(1).
    #[must_use]
    pub fn of(&self, incident: IncidentId) -> Option<&ResolvedIncident> {
        self.of.get(&incident).map(|&i| &self.incidents[i])
    }

    /// The resolved incidents whose sources disagree on who is behind them (see
    /// [`ResolvedIncident::sources_disagree`]). O(claims) per resolved incident.
    pub fn disagreeing<'a>(
        &'a self,
        graph: &'a KnowledgeGraph,
    ) -> impl Iterator<Item = &'a ResolvedIncident> + 'a {
        self.incidents
            .iter()
            .filter(move |r| r.sources_disagree(graph))
    }
}

impl<'a> IntoIterator for &'a Resolution {
    type Item = &'a ResolvedIncident;
    type IntoIter = std::slice::Iter<'a, ResolvedIncident>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl ResolvedIncident {
    /// Distinct sources, first and last reported. O(reports).
    ///
    /// # Panics
    /// When `graph` is not the graph that was resolved.
    #[must_use]
    pub fn corroboration(&self, graph: &KnowledgeGraph) -> Corroboration {
        let mut seen = HashSet::new();
        let mut first = None::<OffsetDateTime>;
        let mut last = None::<OffsetDateTime>;
        for &id in &self.reports {
            let article = graph.article(graph.incident(id).article);
            let source = article
                .source
                .as_deref()
                .and_then(host)
                .map_or_else(|| format!("title:{}", article.title), str::to_owned);
            seen.insert(source);
            first = Some(first.map_or(article.scraped_at, |f| f.min(article.scraped_at)));
            last = Some(last.map_or(article.scraped_at, |l| l.max(article.scraped_at)));
        }
        let epoch = OffsetDateTime::UNIX_EPOCH;
        Corroboration {
            sources: seen.len(),
            first: first.unwrap_or(epoch),
            last: last.unwrap_or(epoch),
        }
    }

    /// Every report's claims in time order (scrape time, then article, then actor): one claim
    /// per attributed-to edge of a report, and one without an actor for a report that names
    /// none. O(reports + attributed-to edges of the graph).
    ///
    /// # Panics
    /// When `graph` is not the graph that was resolved.
    #[must_use]
    pub fn history(&self, graph: &KnowledgeGraph) -> Vec<Claim> {
        let mine: HashSet<IncidentId> = self.reports.iter().copied().collect();
        let mut claims = Vec::new();
        let mut named = HashSet::new();
        for (incident, actor, edge) in graph.attributions() {
            if mine.contains(&incident) {
                named.insert(incident);
                let article = graph.incident(incident).article;
                claims.push(Claim {
                    at: graph.article(article).scraped_at,
                    article,
                    incident,
                    status: edge.status,
                    actor: Some(actor),
                    by: edge.by.clone(),
                });
            }
        }
        for &incident in &self.reports {
            if !named.contains(&incident) {
                let node = graph.incident(incident);
                claims.push(Claim {
                    at: graph.article(node.article).scraped_at,
                    article: node.article,
                    incident,
                    status: node.status,
                    actor: None,
                    by: SortedSet::new(),
                });
            }
        }
        claims.sort_by(|a, b| {
            let key = |c: &Claim| (c.at, &graph.article(c.article).title, c.incident);
            key(a).cmp(&key(b)).then_with(|| {
                a.actor
                    .map(|x| graph.actor_key(x))
                    .cmp(&b.actor.map(|x| graph.actor_key(x)))
            })
        });
        claims
    }

    /// The consolidated attribution: the firmest status any report gives, with the actors
    /// given that status (sorted by id).
    ///
    /// The rule: statuses are ordered as [`AttributionStatus`] orders them (confirmed,
    /// suspected, claimed, speculated, denied, unattributed), and the firmest wins. So an
    /// authority's, vendor's or victim's firm attribution stands over a bare claim, a later
    /// hedge does not erase an earlier confirmation, and a denial decides only when nobody
    /// attributes the incident; the denial stays in [`history`](Self::history) beside it.
    #[must_use]
    pub fn consolidated(&self, graph: &KnowledgeGraph) -> (AttributionStatus, Vec<ActorId>) {
        let history = self.history(graph);
        let status = history
            .iter()
            .map(|c| c.status)
            .min()
            .unwrap_or(AttributionStatus::Unattributed);
        let mut actors: Vec<ActorId> = history
            .iter()
            .filter(|c| c.status == status)
            .filter_map(|c| c.actor)
            .collect();
        actors.sort_unstable();
        actors.dedup();
        (status, actors)
    }

    /// True when the reports disagree on who is behind the event: two reports attribute it
    /// (confirmed, suspected or claimed) to actors they have none of in common (one naming an
    /// extra actor beside the other's is not a disagreement), or one report denies an actor
    /// that another attributes it to. O(claims + reports²).
    #[must_use]
    pub fn sources_disagree(&self, graph: &KnowledgeGraph) -> bool {
        let history = self.history(graph);
        let asserting = |c: &&Claim| c.status <= AttributionStatus::Claimed;
        let mut by_report: HashMap<IncidentId, Vec<ActorId>> = HashMap::new();
        for claim in history.iter().filter(asserting) {
            if let Some(actor) = claim.actor {
                by_report.entry(claim.incident).or_default().push(actor);
            }
        }
        let sets: Vec<Vec<ActorId>> = by_report
            .into_values()
            .map(|mut v| {
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect();
        let disjoint = |a: &[ActorId], b: &[ActorId]| !a.iter().any(|x| b.binary_search(x).is_ok());
        if sets
            .iter()
            .enumerate()
            .any(|(i, a)| sets[i + 1..].iter().any(|b| disjoint(a, b)))
        {
            return true;
        }
        let asserted: HashSet<ActorId> = sets.into_iter().flatten().collect();
        history
            .iter()
            .filter(|c| c.status == AttributionStatus::Denied)
            .any(|c| c.actor.is_some_and(|a| asserted.contains(&a)))
    }
}

/// The host of a URL, without `www.`: `https://www.bbc.com/news` gives `bbc.com`.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// The headline without its site suffix: `X | Threatpost`, `X - BBC News`, `X « CBS`.
fn headline(title: &str) -> &str {
    let mut title = title;
    for sep in [" | ", " \u{2013} ", " \u{ab} ", " \u{2014} "] {
        if let Some((head, _)) = title.split_once(sep) {
            title = head;
        }
    }
    if let Some((head, tail)) = title.rsplit_once(" - ")
        && tail.split_whitespace().count() <= 4
    {
        return head;
    }
    title
}

/// Lower-case words of `text` (runs of letters and digits), for comparison.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// A victim's organisation key, reduced further: "city of atlanta", "atlanta city government"
/// and "atlanta" agree; so do "licking county", "county of licking" and "licking county
/// government", and "acme inc", "acme corp" and "acme group inc". A town's units are the town,
/// as a parent and its named unit are one victim: "cloverdale school board", "cloverdale
/// school district" and "cloverdale police department" are all `cloverdale`. Prefixes and suffixes
/// are stripped until none is left, but never down to nothing.
fn victim_key(org_key: &str) -> String {
    const PREFIXES: [&str; 4] = ["city of ", "county of ", "town of ", "state of "];
    const SUFFIXES: [&str; 18] = [
        " government",
        " city council",
        " council",
        " board",
        " district",
        " school",
        " department",
        " police",
        " city",
        " county",
        " inc",
        " ltd",
        " llc",
        " plc",
        " corp",
        " corporation",
        " co",
        " group",
    ];
    let mut key = org_key;
    loop {
        let before = key.len();
        for prefix in PREFIXES {
            if let Some(rest) = key.strip_prefix(prefix)
                && !rest.is_empty()
            {
                key = rest;
            }
        }
        for suffix in SUFFIXES {
            if let Some(head) = key.strip_suffix(suffix)
                && !head.is_empty()
            {
                key = head;
            }
        }
        if key.len() == before {
            return key.to_owned();
        }
    }
}

/// Words an acronym may leave out: the Department of Revenue is the DOR or the DR.
const ACRONYM_SKIPS: [&str; 4] = ["of", "and", "for", "the"];

/// Every key a victim is known by: its [`victim_key`], and its acronym. An article naming the
/// CIA and one naming the Central Intelligence Agency tell of one victim: a name followed by
/// the acronym it spells ("central intelligence agency cia", as "Central Intelligence Agency
/// (CIA)" normalises) gives the name and the acronym; a name of three words or more gives
/// itself and its initials (`national health service` and `nhs`; the initials of two words
/// are too often someone else's). A name made only of stop words ("Department", "the
/// Hospital") names no one in particular and gives no key.
fn victim_keys(org_key: &str) -> Vec<String> {
    let key = victim_key(org_key);
    let stop = stopwords();
    let generic = |words: &[&str]| words.iter().all(|w| w.len() < 2 || stop.contains(w));
    let words: Vec<&str> = key.split(' ').collect();
    if generic(&words) {
        return Vec::new();
    }
    let initials = |words: &[&str], skip: bool| -> String {
        words
            .iter()
            .filter(|w| !(skip && ACRONYM_SKIPS.contains(w)))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    if let Some((&last, name)) = words.split_last()
        && last.len() >= 2
        && last.chars().all(char::is_alphabetic)
    {
        for start in 0..name.len().saturating_sub(1) {
            let spelled = &name[start..];
            if initials(spelled, false) == last || initials(spelled, true) == last {
                // "Police Department (PD)" is as generic spelled out as it is in full.
                if generic(name) {
                    return Vec::new();
                }
                return vec![name.join(" "), last.to_owned()];
            }
        }
    }
    let acronym = initials(&words, true);
    if acronym.chars().count() >= 3 && acronym.chars().all(char::is_alphabetic) {
        return vec![key, acronym];
    }
    vec![key]
}

/// What resolution compares of one reported incident.
struct Told {
    id: IncidentId,
    day: i64,
    /// Distinctive words of the headline and the victims' names, sorted and unique.
    terms: Vec<String>,
    /// Every distinctive word, of `terms` and of the lead, sorted and unique.
    words: Vec<String>,
    /// Normalised victims, sorted and unique.
    victims: Vec<String>,
    /// Words of its victims' names that its headline uses, sorted and unique.
    headlined: Vec<String>,
    /// The malware it names, in lower case, sorted and unique.
    malware: Vec<String>,
    /// Those of `malware` its headline names: an outbreak's name, not one recalled in passing.
    headline_malware: Vec<String>,
    /// The families of its kinds (see [`families`]).
    families: u8,
}

/// The families of incident kinds, one bit each: 1 encryption or destruction, 2 denial of
/// service, 4 intrusion, 8 deception, 16 defacement; 0 for the exploitation of a
/// vulnerability, which is how, not what.
fn families(types: EnumSet<IncidentType>) -> u8 {
    types
        .iter()
        .map(|t| match t {
            IncidentType::Ransomware | IncidentType::Wiper => 1,
            IncidentType::Ddos => 2,
            IncidentType::Phishing | IncidentType::Fraud => 8,
            IncidentType::Defacement => 16,
            IncidentType::Breach
            | IncidentType::DataTheft
            | IncidentType::Espionage
            | IncidentType::SupplyChain => 4,
            // How, not what: a flaw is exploited to encrypt, to steal or to deface.
            IncidentType::VulnerabilityExploitation => 0,
            // A kind added later belongs to no family until it is placed in one.
            #[allow(unreachable_patterns)]
            _ => 0,
        })
        .fold(0, |all, family| all | family)
}

impl Told {
    /// A word's weight before normalisation: its rarity, less for a word of the lead only.
    fn weight(&self, word: &str, idf: f64) -> f64 {
        if self
            .terms
            .binary_search_by(|t| t.as_str().cmp(word))
            .is_ok()
        {
            idf
        } else {
            idf * LEAD_WEIGHT
        }
    }
}

impl KnowledgeGraph {
    /// Groups the reported incidents of every article into events, by the rule documented on
    /// [`Resolution`].
    ///
    /// Cost: see the module's rule; for the 950-article CASIE corpus, a few milliseconds.
    #[must_use]
    pub fn resolve(&self) -> Resolution {
        let told = self.told();
        let n = told.len();
        let mut df: HashMap<&str, usize> = HashMap::new();
        for t in &told {
            for word in &t.words {
                *df.entry(word.as_str()).or_default() += 1;
            }
        }
        #[allow(clippy::cast_precision_loss)] // corpus sizes are far below 2^52
        let corpus = n.max(MIN_CORPUS) as f64 + 1.0;
        #[allow(clippy::cast_precision_loss)]
        let idf = |word: &str| (corpus / (df[word] as f64 + 1.0)).ln();
        let norms: Vec<f64> = told
            .iter()
            .map(|t| {
                t.words
                    .iter()
                    .map(|w| t.weight(w, idf(w)).powi(2))
                    .sum::<f64>()
                    .sqrt()
            })
            .collect();

        // Candidates: pairs that share a rare word within the window, or a headlined victim
        // or malware within the follow-up window. `told` is in time order, so each posting list is too.
        let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_victim: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_malware: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, t) in told.iter().enumerate() {
            for word in &t.words {
                postings.entry(word.as_str()).or_default().push(i);
            }
            for victim in &t.victims {
                by_victim.entry(victim.as_str()).or_default().push(i);
            }
            for malware in &t.headline_malware {
                by_malware.entry(malware.as_str()).or_default().push(i);
            }
        }
        let mut candidates = HashSet::new();
        for (word, list) in &postings {
            if idf(word) < CANDIDATE_IDF {
                continue;
            }
            for (k, &x) in list.iter().enumerate() {
                for &y in &list[k + 1..] {
                    if told[y].day - told[x].day > WINDOW_DAYS {
                        break;
                    }
                    candidates.insert((x, y));
                }
            }
        }
        for list in by_victim.values() {
            for (k, &x) in list.iter().enumerate() {
                for &y in &list[k + 1..] {
                    if told[y].day - told[x].day > FOLLOW_UP_DAYS {
                        break;
                    }
                    if shared(&told[x].headlined, &told[y].headlined)
                        .next()
                        .is_some()
                    {
                        candidates.insert((x, y));
                    }
                }
            }
        }
        for list in by_malware.values() {
            for (k, &x) in list.iter().enumerate() {
                for &y in &list[k + 1..] {
                    if told[y].day - told[x].day > FOLLOW_UP_DAYS {
                        break;
                    }
                    candidates.insert((x, y));
                }
            }
        }
        let mut links: Vec<(f64, usize, usize)> = candidates
            .into_iter()
            .filter_map(|(x, y)| {
                let (a, b) = (&told[x], &told[y]);
                let dot: f64 = shared(&a.words, &b.words)
                    .map(|w| {
                        let idf = idf(w);
                        a.weight(w, idf) * b.weight(w, idf)
                    })
                    .sum();
                let mut score = if norms[x] > 0.0 && norms[y] > 0.0 {
                    dot / (norms[x] * norms[y])
                } else {
                    0.0
                };
                // An outbreak; one malware's attacks on named victims are as many incidents.
                let outbreak = !(own_victim(a, b) && own_victim(b, a))
                    && shared(&a.malware, &b.malware).any(|m| {
                        a.headline_malware
                            .iter()
                            .chain(&b.headline_malware)
                            .any(|h| h == m)
                    });
                if outbreak || shared(&a.victims, &b.victims).next().is_some() {
                    score += VICTIM_BONUS;
                }
                let gap = b.day - a.day;
                if gap <= WINDOW_DAYS {
                    #[allow(clippy::cast_precision_loss)] // day counts are small
                    let decay = BURST_DECAY * gap as f64 / WINDOW_DAYS as f64;
                    score *= 1.0 - decay;
                }
                let least = if gap > WINDOW_DAYS {
                    FOLLOW_UP_SCORE
                } else {
                    PAIR_SCORE
                };
                (score >= least).then_some((score, x, y))
            })
            .collect();
        links.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
        let score: HashMap<(usize, usize), f64> =
            links.iter().map(|&(s, x, y)| ((x, y), s)).collect();

        // Groups: a union-find whose roots keep their members.
        let mut parent: Vec<usize> = (0..n).collect();
        let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
        fn root(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for &(_, x, y) in &links {
            let (rx, ry) = (root(&mut parent, x), root(&mut parent, y));
            if rx == ry {
                continue;
            }
            let (gx, gy) = (&members[rx], &members[ry]);
            let mut total = 0.0;
            let mut conflict = false;
            for &p in gx {
                for &q in gy {
                    let link = score.get(&(p.min(q), p.max(q))).copied();
                    total += link.unwrap_or(0.0);
                    conflict |= two_named_victims(&told[p], &told[q])
                        || told[p].families & told[q].families == 0
                            && told[p].families != 0
                            && told[q].families != 0;
                }
            }
            #[allow(clippy::cast_precision_loss)]
            let average = total / (gx.len() * gy.len()) as f64;
            if conflict || average < GROUP_SCORE {
                continue;
            }
            // The smaller position stays root, so a group's root is its earliest member.
            let (keep, gone) = (rx.min(ry), rx.max(ry));
            parent[gone] = keep;
            let moved = std::mem::take(&mut members[gone]);
            members[keep].extend(moved);
        }

        let mut incidents = Vec::new();
        let mut of = HashMap::with_capacity(n);
        for (i, group) in members.iter_mut().enumerate() {
            if group.is_empty() || root(&mut parent, i) != i {
                continue;
            }
            group.sort_unstable();
            let first = self.incident(told[group[0]].id);
            let article = self.article(first.article);
            let identity = format!(
                "{}|{}|{}",
                article.scraped_at.unix_timestamp_nanos(),
                article.title,
                first.index
            );
            let reports: Vec<IncidentId> = group.iter().map(|&m| told[m].id).collect();
            for &id in &reports {
                of.insert(id, incidents.len());
            }
            incidents.push(ResolvedIncident {
                key: Uuid::new_v5(&NAMESPACE, identity.as_bytes()),
                reports,
            });
        }
        Resolution { incidents, of }
    }

    /// The reported incidents in canonical order with what resolution compares.
    fn told(&self) -> Vec<Told> {
        let stop = stopwords();
        let mut victims: HashMap<IncidentId, Vec<String>> = HashMap::new();
        for (incident, org, _) in self.targets() {
            victims
                .entry(incident)
                .or_default()
                .extend(victim_keys(self.org_key(org)));
        }
        let mut told: Vec<Told> = self
            .incidents()
            .filter(|(_, node)| !node.context)
            .map(|(id, node)| {
                let article = self.article(node.article);
                let host_words: Vec<String> = article
                    .source
                    .as_deref()
                    .and_then(host)
                    .map_or_else(Vec::new, |h| words(h).collect());
                let distinctive = |w: &String| {
                    w.len() > 1
                        && !w.bytes().all(|b| b.is_ascii_digit())
                        && !stop.contains(w.as_str())
                        && !host_words.contains(w)
                };
                let mut victims = victims.remove(&id).unwrap_or_default();
                victims.sort_unstable();
                victims.dedup();
                // The malware an outbreak is named by ("WannaCry") is as distinctive as a
                // victim's name.
                let mut malware: Vec<String> = self
                    .software_of(id)
                    .map(|(s, _)| self.software(s))
                    .filter(|s| s.kind == crate::model::SoftwareKind::Malware)
                    .map(|s| s.name.to_lowercase())
                    .collect();
                malware.sort_unstable();
                malware.dedup();
                let mut terms: Vec<String> = words(headline(&article.title))
                    .chain(victims.iter().flat_map(|v| words(v)))
                    .chain(malware.iter().flat_map(|m| words(m)))
                    .filter(distinctive)
                    .collect();
                terms.sort_unstable();
                terms.dedup();
                let mut all: Vec<String> = words(article.lead.as_deref().unwrap_or(""))
                    .filter(distinctive)
                    .chain(terms.iter().cloned())
                    .collect();
                all.sort_unstable();
                all.dedup();
                let title_words: HashSet<String> = words(headline(&article.title)).collect();
                let mut headlined: Vec<String> = victims
                    .iter()
                    .flat_map(|v| words(v))
                    .filter(|w| title_words.contains(w) && terms.binary_search(w).is_ok())
                    .collect();
                headlined.sort_unstable();
                headlined.dedup();
                // Named by its name or by another it is known by ("WannaCrypt").
                let mut headline_malware: Vec<String> = self
                    .software_of(id)
                    .map(|(s, _)| self.software(s))
                    .filter(|s| s.kind == crate::model::SoftwareKind::Malware)
                    .filter(|s| {
                        std::iter::once(&s.name)
                            .chain(&s.aliases)
                            .any(|name| words(name).all(|w| title_words.contains(&w)))
                    })
                    .map(|s| s.name.to_lowercase())
                    .collect();
                headline_malware.sort_unstable();
                headline_malware.dedup();
                Told {
                    id,
                    day: article.scraped_at.unix_timestamp().div_euclid(86_400),
                    terms,
                    words: all,
                    victims,
                    headlined,
                    malware,
                    headline_malware,
                    families: families(node.types),
                }
            })
            .collect();
        told.sort_by(|a, b| {
            let key = |t: &Told| {
                let node = self.incident(t.id);
                let article = self.article(node.article);
                (article.scraped_at, &article.title, node.index)
            };
            key(a).cmp(&key(b))
        });
        told
    }
}

/// The items two sorted, unique lists share, in order.
fn shared<'a>(a: &'a [String], b: &'a [String]) -> impl Iterator<Item = &'a str> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(a[i - 1].as_str());
                }
            }
        }
        None
    })
}

/// Two attacks: both with named victims, none in common, and each headline names a victim of
/// its own that the other's headline and victims do not name. The extractor's victims are
/// imperfect, so the headlines decide, not the victim lists alone; the leads do not count, as
/// a lead often recalls an earlier attack on another victim ("weeks after Atlanta's").
fn two_named_victims(a: &Told, b: &Told) -> bool {
    !a.victims.is_empty()
        && !b.victims.is_empty()
        && shared(&a.victims, &b.victims).next().is_none()
        && own_victim(a, b)
        && own_victim(b, a)
}

/// `a`'s headline names a victim of its own: one that `b`'s headline and victims do not name.
fn own_victim(a: &Told, b: &Told) -> bool {
    !a.headlined.is_empty() && shared(&a.headlined, &b.terms).next().is_none()
}

/// The opening of an article's text after its headline, advertising left out, as ingest keeps
/// it for resolution (cut by [`cut`]).
pub(crate) fn lead<'a>(article: &'a Article<'_>, report: &Report) -> &'a str {
    let body = article.body();
    let start = article.title().len().min(body.len());
    let mut end = body.len();
    if let Some(promo) = report.promo {
        let at = promo.start.saturating_sub(article.body_span().start);
        if at >= start && body.is_char_boundary(at) {
            end = end.min(at);
        }
    }
    cut(body[start..end].trim_start_matches(|c: char| c == '.' || c.is_whitespace()))
}

/// `text` cut to at most [`LEAD_BYTES`], at the last whitespace before the limit so that no word
/// is cut in two.
pub(crate) fn cut(text: &str) -> &str {
    if text.len() <= LEAD_BYTES {
        return text;
    }
    let mut end = LEAD_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    head.rfind(char::is_whitespace)
        .map_or(head, |at| &head[..at])
}

#[cfg(test)]
mod tests {
    use time::Duration;
    use time::macros::datetime;

    use super::*;
    use crate::graph::ArticleRef;
    use crate::model::{Actor, Attribution, Incident, Report, Role, Span, Victim};

    /// One invented article: scraped `day` days after 1 March 2031, one reported incident.
    #[derive(Clone, Copy)]
    struct Story {
        day: i64,
        title: &'static str,
        source: Option<&'static str>,
        victims: &'static [&'static str],
        attribution: Option<(AttributionStatus, &'static str, &'static [&'static str])>,
        lead: &'static str,
        types: &'static [IncidentType],
        malware: &'static [&'static str],
    }

    const fn story(day: i64, title: &'static str, source: &'static str) -> Story {
        Story {
            day,
            title,
            source: Some(source),
            victims: &[],
            attribution: None,
            lead: "",
            types: &[],
            malware: &[],
        }
    }

    fn ingest(graph: &mut KnowledgeGraph, s: &Story) {
        let mut incident = Incident {
            types: s.types.to_vec(),
            victims: s
                .victims
                .iter()
                .map(|v| Victim::new(*v, Span::new(0, 1)))
                .collect(),
            ..Incident::default()
        };
        let mut report = Report::default();
        if let Some((status, actor, by)) = s.attribution {
            incident.attribution = Attribution::new(status, vec![actor.to_owned()]);
            incident.attribution.by = by.iter().map(|b| (*b).to_owned()).collect();
            report.actors = vec![Actor::new(actor, Role::Suspected)];
        }
        report.incidents = vec![incident];
        report.software = s
            .malware
            .iter()
            .map(|m| crate::model::Software::new(*m, crate::model::SoftwareKind::Malware))
            .collect();
        let at = datetime!(2031-03-01 08:00 UTC) + Duration::days(s.day);
        let mut article = ArticleRef::new(at, s.title);
        if let Some(url) = s.source {
            article = article.with_source(url);
        }
        if !s.lead.is_empty() {
            article = article.with_lead(s.lead);
        }
        graph.ingest_ref(&article, &report);
    }

    fn graph(stories: &[Story]) -> KnowledgeGraph {
        let mut graph = KnowledgeGraph::new();
        for s in stories {
            ingest(&mut graph, s);
        }
        graph
    }

    /// The resolved groups as sets of titles, sorted.
    fn groups(graph: &KnowledgeGraph) -> Vec<Vec<String>> {
        let mut groups: Vec<Vec<String>> = graph
            .resolve()
            .iter()
            .map(|r| {
                let mut titles: Vec<String> = r
                    .reports
                    .iter()
                    .map(|&id| graph.article(graph.incident(id).article).title.clone())
                    .collect();
                titles.sort();
                titles
            })
            .collect();
        groups.sort();
        groups
    }

    const TOWN: &[Story] = &[
        story(
            0,
            "Ransomware shuts down Quillfort County offices | Threatpost",
            "https://threatpost.com/a",
        ),
        story(
            1,
            "Quillfort County officials still recovering from ransomware - Daily Planet",
            "https://www.dailyplanet.example/b",
        ),
        story(
            3,
            "Ransom demand in Quillfort County attack was $30,000",
            "https://threatpost.com/c",
        ),
        story(
            2,
            "Patch Tuesday fixes 60 flaws in Windows",
            "https://example.org/d",
        ),
    ];

    #[test]
    fn one_event_told_by_three_articles_is_one_resolved_incident() {
        let g = graph(TOWN);
        let groups = groups(&g);
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert_eq!(groups.iter().map(Vec::len).max(), Some(3));
        let resolution = g.resolve();
        let big = resolution.iter().find(|r| r.reports.len() == 3).unwrap();
        let c = big.corroboration(&g);
        assert_eq!(
            c.sources, 2,
            "threatpost.com twice, dailyplanet.example once"
        );
        assert_eq!(c.first, datetime!(2031-03-01 08:00 UTC));
        assert_eq!(c.last, datetime!(2031-03-04 08:00 UTC));
        for &id in &big.reports {
            assert_eq!(resolution.of(id), Some(big));
        }
    }

    #[test]
    fn an_outbreak_is_one_event_by_the_malware_a_headline_names() {
        let mut a = story(
            0,
            "Nettlecrypt worm spreads from port computers across the globe overnight",
            "https://a.example/1",
        );
        a.malware = &["Nettlecrypt"];
        a.types = &[IncidentType::Ransomware];
        let mut b = story(
            1,
            "Experts analyse a second day of infections",
            "https://b.example/2",
        );
        b.malware = &["Nettlecrypt"];
        b.types = &[IncidentType::Ransomware];
        let mut c = story(
            1,
            "Retailer counts the cost of an outage",
            "https://c.example/3",
        );
        c.types = &[IncidentType::Ransomware];
        assert_eq!(groups(&graph(&[a, b, c])).len(), 2);
        // A victim its headline does not name does not make an outbreak report an attack.
        b.title =
            "Experts in three countries analyse a second day of infections at clinics and ports";
        b.victims = &["Ashgrove Clinic"];
        assert_eq!(groups(&graph(&[a, b])).len(), 1);
        // The same malware at two named victims: two incidents.
        let (mut d, mut e) = (a, b);
        d.title = "Nettlecrypt worm spreads to Quillfort";
        d.victims = &["Quillfort"];
        e.title = "Brambleton analyses a second day of infections";
        e.victims = &["Brambleton"];
        assert_eq!(groups(&graph(&[d, e])).len(), 2);
        // A malware both recall in passing names no outbreak.
        let mut f = story(
            0,
            "Hosting firm in Seoul pays a record ransom to restore its customers' sites",
            "https://a.example/1",
        );
        f.malware = &["Nettlecrypt"];
        f.lead = "The largest payment since the Nettlecrypt outbreak, the company said.";
        let mut g = story(
            1,
            "Linux servers at universities targeted by a fresh strain from a known crew",
            "https://b.example/2",
        );
        g.malware = &["Nettlecrypt"];
        g.lead = "Researchers compare it to Nettlecrypt, which spread last year.";
        assert_eq!(groups(&graph(&[f, g])).len(), 2);
    }

    #[test]
    fn an_outbreak_is_followed_up_months_later_when_both_headlines_name_it() {
        let mut a = story(
            0,
            "Nettlecrypt worm spreads from port computers across the globe overnight",
            "https://a.example/1",
        );
        a.malware = &["Nettlecrypt"];
        let mut cashed = story(
            80,
            "Nettlecrypt operators cash out their bitcoin",
            "https://b.example/2",
        );
        cashed.malware = &["Nettlecrypt"];
        assert_eq!(groups(&graph(&[a, cashed])).len(), 1);
        cashed.day = FOLLOW_UP_DAYS + 1;
        assert_eq!(groups(&graph(&[a, cashed])).len(), 2);
    }

    #[test]
    fn the_same_name_months_apart_is_another_event() {
        let mut stories: Vec<Story> = TOWN
            .iter()
            .take(2)
            .map(|s| story(s.day, s.title, "https://a.example/"))
            .collect();
        stories[1].day = 200;
        assert_eq!(groups(&graph(&stories)).len(), 2);
    }

    #[test]
    fn keys_do_not_depend_on_ingest_order() {
        let forward = graph(TOWN);
        let mut backward = KnowledgeGraph::new();
        for s in TOWN.iter().rev() {
            ingest(&mut backward, s);
        }
        let keys = |g: &KnowledgeGraph| {
            let mut k: Vec<(Uuid, usize)> = g
                .resolve()
                .iter()
                .map(|r| (r.key, r.reports.len()))
                .collect();
            k.sort();
            k
        };
        assert_eq!(keys(&forward), keys(&backward));
        assert_ne!(keys(&forward)[0].0, keys(&forward)[1].0);
    }

    #[test]
    fn the_city_of_x_and_x_city_government_are_one_victim() {
        let mut a = story(0, "Systems down after intrusion", "https://a.example/1");
        a.victims = &["the City of Brambleton"];
        let mut b = story(
            2,
            "Brambleton officials say recovery will take weeks",
            "https://b.example/2",
        );
        b.victims = &["Brambleton City Government"];
        // Another town's officials, the same day: each headline names its own town.
        let mut c = story(
            2,
            "Harbourview officials praise backups",
            "https://c.example/3",
        );
        c.victims = &["Harbourview"];
        for (name, key) in [
            ("city of brambleton", "brambleton"),
            ("brambleton city government", "brambleton"),
            ("brambleton city council", "brambleton"),
            ("quillfort county", "quillfort"),
            ("county of quillfort", "quillfort"),
            ("quillfort county government", "quillfort"),
            ("acme group inc", "acme"),
            ("acme corp", "acme"),
            ("quillfort school board", "quillfort"),
            ("quillfort school district", "quillfort"),
            ("quillfort police department", "quillfort"),
            ("quillfort police", "quillfort"),
            ("city", "city"),
        ] {
            assert_eq!(victim_key(name), key, "{name}");
        }
        let groups = groups(&graph(&[a, b, c]));
        assert_eq!(groups.len(), 2, "{groups:?}");
    }

    #[test]
    fn a_victim_is_also_known_by_its_acronym() {
        for (name, keys) in [
            (
                "northern harbour authority nha",
                &["northern harbour authority", "nha"][..],
            ),
            (
                "fenland department of revenue dor",
                &["fenland department of revenue", "dor"],
            ),
            (
                "fenland department of revenue",
                &["fenland department of revenue", "fdr"],
            ),
            ("northern harbour", &["northern harbour"]),
            ("acme group inc", &["acme"]),
            ("department", &[]),
            ("the hospital", &[]),
            ("police department pd", &[]),
        ] {
            assert_eq!(
                victim_keys(&crate::graph::ingest::normalise(name)),
                keys,
                "{name}"
            );
        }
        // Each headline names the victim in its own form: one event, not two named victims.
        let mut a = story(
            0,
            "Northern Harbour Authority locked out of berth systems",
            "https://a.example/1",
        );
        a.victims = &["Northern Harbour Authority"];
        let mut b = story(1, "NHA pays to end the lockout", "https://b.example/2");
        b.victims = &["NHA"];
        assert_eq!(groups(&graph(&[a, b])).len(), 1);
    }

    #[test]
    fn a_generic_victim_name_links_nothing() {
        // Two towns' police, each told with the extractor's bare "Department".
        let mut a = story(
            0,
            "Fernhollow evidence lost to a locked server",
            "https://a.example/1",
        );
        a.victims = &["Department"];
        a.lead = "Officers in Fernhollow said on Tuesday that years of case files were gone.";
        let mut b = story(
            1,
            "Camera recorders offline across Marlowe Bay",
            "https://b.example/2",
        );
        b.victims = &["Department"];
        b.lead = "The recorders in Marlowe Bay stopped on Tuesday, days before the parade.";
        assert_eq!(groups(&graph(&[a, b])).len(), 2);
    }

    #[test]
    fn two_named_victims_stay_two_events_with_or_without_one_actor() {
        let claim = Some((AttributionStatus::Confirmed, "Grey Heron", &[][..]));
        for attribution in [claim, None] {
            let mut a = story(
                0,
                "Grey Heron breaches Acmeco payroll",
                "https://a.example/1",
            );
            a.victims = &["Acmeco"];
            a.attribution = attribution;
            let mut b = story(
                1,
                "Grey Heron breaches Zenithware payroll",
                "https://b.example/2",
            );
            b.victims = &["Zenithware"];
            b.attribution = attribution;
            assert_eq!(groups(&graph(&[a, b])).len(), 2, "{attribution:?}");
        }
        // A lead that recalls the other town's attack does not make the two one event.
        let mut a = story(
            0,
            "Ransomware hits Quillfort dispatch system",
            "https://a.example/1",
        );
        a.victims = &["Quillfort"];
        a.lead = "The ransomware attack on the dispatch system comes a week after Brambleton.";
        let mut b = story(
            1,
            "Brambleton restores dispatch system after ransomware",
            "https://b.example/2",
        );
        b.victims = &["Brambleton"];
        b.lead = "Brambleton says its dispatch system is back after the ransomware attack.";
        assert_eq!(groups(&graph(&[a, b])).len(), 2);
        // A follow-up whose headline names both organisations is the same story.
        let mut a = story(
            0,
            "Grey Heron breaches Acmeco payroll",
            "https://a.example/1",
        );
        a.victims = &["Acmeco"];
        let mut b = story(
            1,
            "Grey Heron breach of Zenithware reached Acmeco payroll",
            "https://b.example/2",
        );
        b.victims = &["Zenithware"];
        b.lead = "Zenithware runs payroll for Acmeco and says the intrusion began there.";
        assert_eq!(groups(&graph(&[a, b])).len(), 1);
    }

    #[test]
    fn incompatible_kinds_are_two_events_and_one_family_is_one() {
        use IncidentType::{
            Breach, DataTheft, Phishing, Ransomware, VulnerabilityExploitation, Wiper,
        };
        let pair = |x: &'static [IncidentType], y: &'static [IncidentType]| {
            let mut a = story(0, "Frostmere Clinic hit by Kelpie", "https://a.example/1");
            a.types = x;
            let mut b = story(
                1,
                "Frostmere Clinic and the Kelpie attack",
                "https://b.example/2",
            );
            b.types = y;
            groups(&graph(&[a, b])).len()
        };
        assert_eq!(pair(&[Ransomware], &[Phishing]), 2);
        assert_eq!(pair(&[Ransomware], &[Wiper]), 1);
        assert_eq!(pair(&[Breach], &[DataTheft, Phishing]), 1);
        assert_eq!(pair(&[Breach], &[]), 1, "an unknown kind is compatible");
        // Exploiting a flaw is how: it neither bridges two kinds nor parts one.
        assert_eq!(pair(&[Ransomware, VulnerabilityExploitation], &[Breach]), 2);
        assert_eq!(pair(&[VulnerabilityExploitation], &[Ransomware]), 1);
    }

    #[test]
    fn a_weak_link_holds_within_days_and_fades_across_the_window() {
        let pair = |gap: i64| {
            let a = story(
                0,
                "Quillfort dispatch center offline overnight",
                "https://a.example/1",
            );
            let b = story(
                gap,
                "Quillfort officials praise backups restored quickly",
                "https://b.example/2",
            );
            groups(&graph(&[a, b])).len()
        };
        assert_eq!(pair(0), 1);
        assert_eq!(pair(20), 2);
    }

    #[test]
    fn the_lead_links_headlines_that_share_no_name() {
        let a = story(0, "Hospital systems down", "https://a.example/1");
        let b = story(1, "Surgeons use paper", "https://b.example/2");
        assert_eq!(groups(&graph(&[a, b])).len(), 2, "nothing in common");
        let mut a = story(0, "Hospital systems down", "https://a.example/1");
        a.lead = "Frostmere Clinic says Kelpie locked its systems.";
        let mut b = story(1, "Surgeons use paper", "https://b.example/2");
        b.lead = "Frostmere Clinic staff write by hand since Kelpie locked its systems.";
        assert_eq!(groups(&graph(&[a, b])).len(), 1);
    }

    #[test]
    fn a_follow_up_months_later_joins_when_both_headlines_name_the_victim() {
        let mut attack = story(
            0,
            "Ransomware shuts down Quillfort County offices",
            "https://a.example/1",
        );
        attack.victims = &["Quillfort County"];
        let mut indictment = story(
            240,
            "Two charged over Quillfort County ransomware",
            "https://b.example/2",
        );
        indictment.victims = &["Quillfort County government"];
        assert_eq!(groups(&graph(&[attack, indictment])).len(), 1);
        // Without the victim named in both headlines, eight months is too far apart.
        let mut attack = story(
            0,
            "Ransomware shuts down Quillfort County offices",
            "https://a.example/1",
        );
        attack.victims = &["Quillfort County"];
        let indictment = story(
            240,
            "Two charged over Quillfort County ransomware",
            "https://b.example/2",
        );
        assert_eq!(groups(&graph(&[attack, indictment])).len(), 2);
        // And more than FOLLOW_UP_DAYS apart is another event.
        let mut attack = story(
            0,
            "Ransomware shuts down Quillfort County offices",
            "https://a.example/1",
        );
        attack.victims = &["Quillfort County"];
        let mut again = story(
            FOLLOW_UP_DAYS + 1,
            "Quillfort County hit by ransomware again",
            "https://b.example/2",
        );
        again.victims = &["Quillfort County"];
        assert_eq!(groups(&graph(&[attack, again])).len(), 2);
    }

    #[test]
    fn a_town_and_its_units_are_one_victim_across_a_follow_up() {
        let mut attack = story(
            0,
            "Quillfort School District hit by ransomware",
            "https://a.example/1",
        );
        attack.victims = &["Quillfort School District"];
        let mut again = story(
            100,
            "Quillfort school board says ransomware struck a second time",
            "https://b.example/2",
        );
        again.victims = &["Quillfort School Board"];
        assert_eq!(groups(&graph(&[attack, again])).len(), 1);
    }

    #[test]
    fn the_lead_is_the_text_after_the_headline_cut_at_a_word() {
        let record = "Article Details\nScrape Timestamp (UTC): 2031-03-01 08:00:00\nOriginal Article Text\nClick to Toggle View\nQuillfort hit. The county said on Monday that its offices were closed.\n";
        let article = Article::parse(record).unwrap();
        assert_eq!(
            lead(&article, &Report::default()),
            "The county said on Monday that its offices were closed."
        );
        let long = "word ".repeat(LEAD_BYTES);
        let cut_text = cut(&long);
        assert!(cut_text.len() <= LEAD_BYTES && cut_text.ends_with("word"));
        let wide = "\u{e9}".repeat(LEAD_BYTES);
        assert!(cut(&wide).len() <= LEAD_BYTES);
    }

    #[test]
    fn history_is_in_time_order_and_a_firm_attribution_stands() {
        let mut claimed = story(
            0,
            "Blackreed claims Quillfort attack",
            "https://a.example/1",
        );
        claimed.attribution = Some((AttributionStatus::Claimed, "Blackreed", &[]));
        let mut confirmed = story(
            9,
            "FBI: Blackreed behind Quillfort attack",
            "https://b.example/2",
        );
        confirmed.attribution = Some((AttributionStatus::Confirmed, "Blackreed", &["FBI"]));
        let mut denied = story(
            10,
            "Blackreed denies Quillfort attack",
            "https://c.example/3",
        );
        denied.attribution = Some((AttributionStatus::Denied, "Blackreed", &[]));
        // Ingested out of time order on purpose.
        let g = graph(&[denied, claimed, confirmed]);
        let resolution = g.resolve();
        assert_eq!(resolution.len(), 1);
        let event = resolution.iter().next().unwrap();
        let history = event.history(&g);
        let statuses: Vec<_> = history.iter().map(|c| c.status).collect();
        assert_eq!(
            statuses,
            [
                AttributionStatus::Claimed,
                AttributionStatus::Confirmed,
                AttributionStatus::Denied
            ]
        );
        assert!(history[1].by.contains("FBI"));
        let (status, actors) = event.consolidated(&g);
        assert_eq!(status, AttributionStatus::Confirmed);
        assert_eq!(actors.len(), 1);
        assert_eq!(g.actor(actors[0]).name, "Blackreed");
        // The gang's denial of what the FBI confirmed is a disagreement.
        assert_eq!(resolution.disagreeing(&g).count(), 1);
    }

    #[test]
    fn sources_naming_different_actors_disagree_and_agreeing_ones_do_not() {
        let mut a = story(
            0,
            "Quillfort attack traced to Blackreed",
            "https://a.example/1",
        );
        a.attribution = Some((AttributionStatus::Suspected, "Blackreed", &[]));
        let mut b = story(
            1,
            "Quillfort attack traced to Blackreed",
            "https://b.example/2",
        );
        b.attribution = Some((AttributionStatus::Confirmed, "Blackreed", &["FBI"]));
        let g = graph(&[a, b]);
        assert_eq!(g.resolve().len(), 1);
        assert_eq!(g.resolve().disagreeing(&g).count(), 0);

        let mut a = story(
            0,
            "Quillfort attack traced to Blackreed",
            "https://a.example/1",
        );
        a.attribution = Some((AttributionStatus::Suspected, "Blackreed", &[]));
        let mut b = story(
            1,
            "Quillfort attack traced to Blackreed",
            "https://b.example/2",
        );
        b.attribution = Some((AttributionStatus::Suspected, "Ochre Wasp", &[]));
        let g = graph(&[a, b]);
        assert_eq!(g.resolve().len(), 1);
        assert_eq!(g.resolve().disagreeing(&g).count(), 1);

        // One report naming a second actor beside the other's is no disagreement.
        let mut a = story(
            0,
            "Quillfort attack traced to Blackreed",
            "https://a.example/1",
        );
        a.attribution = Some((AttributionStatus::Suspected, "Blackreed", &[]));
        let mut g = graph(&[a]);
        let incident = Incident {
            attribution: Attribution::new(
                AttributionStatus::Suspected,
                vec!["Blackreed".into(), "Ochre Wasp".into()],
            ),
            ..Incident::default()
        };
        let report = Report {
            incidents: vec![incident],
            ..Report::default()
        };
        let at = datetime!(2031-03-02 08:00 UTC);
        g.ingest_ref(
            &ArticleRef::new(at, "Quillfort attack traced to Blackreed")
                .with_source("https://b.example/"),
            &report,
        );
        assert_eq!(g.resolve().len(), 1);
        assert_eq!(g.attributions().count(), 3);
        assert_eq!(g.resolve().disagreeing(&g).count(), 0);
    }

    #[test]
    fn headlines_lose_their_site_and_urls_give_their_host() {
        assert_eq!(
            headline("A thing happened | Threatpost"),
            "A thing happened"
        );
        assert_eq!(headline("A thing happened - BBC News"), "A thing happened");
        assert_eq!(
            headline("A - B: five words are not a site name"),
            "A - B: five words are not a site name"
        );
        assert_eq!(host("https://www.bbc.com/news/x?y"), Some("bbc.com"));
        assert_eq!(host("http://user@example.org:8080/"), Some("example.org"));
        assert_eq!(host("https:///x"), None);
    }

    #[test]
    fn stopwords_parse_without_duplicates() {
        let text = include_str!("data/resolve_stopwords.txt");
        let words: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect();
        let unique: HashSet<&str> = words.iter().copied().collect();
        assert_eq!(words.len(), unique.len());
        assert!(words.iter().all(|w| {
            w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        }));
        assert!(stopwords().contains("ransomware") && !stopwords().contains("wannacry"));
    }
}
