//! Merging graphs built on separate shards gives the same graph in any order, and the same as
//! one graph that ingested everything.

use proptest::prelude::*;
use threatbrief::graph::{ArticleRef, Filter, KnowledgeGraph};
use threatbrief::{
    Actor, ActorKind, Attribution, AttributionStatus, Country, DateWindow, Incident, IncidentType,
    Indicator, IndicatorKind, Mention, Report, Role, Sector, Software, SoftwareKind, Span,
    Technique, Victim,
};
use time::macros::datetime;
use time::{Date, Duration, OffsetDateTime};

const ACTORS: &[(&str, Option<&str>, &[&str])] = &[
    ("APT28", Some("G0007"), &["Fancy Bear", "Sofacy"]),
    ("APT29", Some("G0016"), &["Cozy Bear", "Midnight Blizzard"]),
    ("Lazarus Group", Some("G0032"), &["Hidden Cobra"]),
    ("ShinyHunters", None, &[]),
    ("shinyhunters", None, &["Shiny Hunters"]),
    ("Qilin", None, &["Agenda"]),
];
const ORGS: &[&str] = &[
    "French Interior Ministry",
    "the French interior ministry",
    "Acme Corp.",
    "ACME corp",
    "St. Mary's Hospital",
];
const TITLES: &[&str] = &[
    "Breach at a ministry",
    "Ransomware hits hospital",
    "Same time",
];
const TECHNIQUES: &[(&str, &str, &[&str])] = &[
    ("T1110.003", "Password Spraying", &["credential-access"]),
    ("T1110.003", "Password Spraying", &[]),
    ("T1566.001", "Spearphishing Attachment", &["initial-access"]),
    ("T1486", "Data Encrypted for Impact", &["impact"]),
];
const SOFTWARE: &[(&str, Option<&str>, SoftwareKind)] = &[
    ("Cobalt Strike", Some("S0154"), SoftwareKind::Malware),
    ("CobaltStrike", Some("S0154"), SoftwareKind::Tool),
    ("Mimikatz", Some("S0002"), SoftwareKind::Tool),
    ("SmokeLoader", None, SoftwareKind::Malware),
    ("smokeloader", None, SoftwareKind::Malware),
    // A product the text names: no node.
    ("Roundcube", None, SoftwareKind::Tool),
];
const STATUSES: &[AttributionStatus] = &[
    AttributionStatus::Confirmed,
    AttributionStatus::Suspected,
    AttributionStatus::Claimed,
    AttributionStatus::Speculated,
    AttributionStatus::Denied,
];

fn actor(i: usize, role: Role, at: usize) -> Actor {
    let (name, attack_id, aliases) = ACTORS[i];
    let mut actor = Actor::new(name, role);
    actor.attack_id = attack_id.map(Into::into);
    actor.aliases = aliases.iter().map(|a| (*a).into()).collect();
    actor.types = vec![if i < 3 {
        ActorKind::NationState
    } else {
        ActorKind::Criminal
    }];
    actor.country = (i < 3).then(|| Country::new(["RU", "RU", "KP"][i]).unwrap());
    actor.mentions = vec![Mention::new(name, Span::new(at, at + name.len()))];
    actor
}

prop_compose! {
    fn incident(context: bool)(
        org in proptest::option::of(0..ORGS.len()),
        sector in 0..Sector::ALL.len(),
        country in proptest::option::of(prop_oneof![Just("FR"), Just("US"), Just("DE")]),
        status in proptest::option::of(0..STATUSES.len()),
        actor in 0..ACTORS.len(),
        by in proptest::option::of(prop_oneof![Just("FBI"), Just("ANSSI")]),
        day in proptest::option::of(0i64..30),
        at in 0usize..500,
    ) -> (Incident, Option<usize>) {
        let country = country.map(|c| Country::new(c).unwrap());
        let sector = Sector::ALL[sector];
        let victims = org
            .map(|o| {
                let mut victim = Victim::new(ORGS[o], Span::new(at, at + 10));
                victim.sectors = vec![sector];
                victim.country = country;
                victim
            })
            .into_iter()
            .collect();
        let attribution = match status {
            Some(s) => {
                let mut a = Attribution::new(STATUSES[s], vec![ACTORS[actor].0.into()]);
                a.by = by.map(Into::into).into_iter().collect();
                a.evidence = vec![Span::new(at, at + 40)];
                a
            }
            None => {
                let mut a = Attribution::unattributed();
                a.hypotheses = vec![ActorKind::Criminal];
                a.evidence = vec![Span::new(at, at + 20)];
                a
            }
        };
        let when = day.map(|d| {
            let from = Date::from_calendar_date(2025, time::Month::November, 1).unwrap()
                + Duration::days(d);
            DateWindow::new(from, from + Duration::days(1))
        });
        let mut incident = Incident::default();
        incident.context = context;
        incident.types = vec![IncidentType::ALL[at % IncidentType::ALL.len()]];
        incident.victims = victims;
        incident.sectors = vec![sector];
        incident.countries = country.into_iter().collect();
        incident.when = when;
        incident.attribution = attribution;
        (incident, status.map(|_| actor))
    }
}

prop_compose! {
    fn pair()(
        article in 0..6usize,
        main in incident(false),
        context in proptest::collection::vec(incident(true), 0..3),
        source in proptest::bool::ANY,
        iocs in proptest::collection::vec((0..4usize, 0..200usize), 0..3),
        techniques in proptest::collection::vec((0..TECHNIQUES.len(), 0..200usize), 0..3),
        software in proptest::collection::vec((0..SOFTWARE.len(), 0..200usize), 0..3),
    ) -> (usize, bool, Report) {
        let mut actors: Vec<Actor> = Vec::new();
        let mut incidents = Vec::new();
        for (n, (incident, who)) in std::iter::once(main).chain(context).enumerate() {
            if let Some(i) = who.filter(|&i| !actors.iter().any(|a| a.name == ACTORS[i].0)) {
                let role = if n == 0 { Role::Suspected } else { Role::Context };
                actors.push(actor(i, role, 100 + n));
            }
            incidents.push(incident);
        }
        // A few indicators shared between articles, so that merges meet the same ones.
        const IOCS: &[(IndicatorKind, &str)] = &[
            (IndicatorKind::Domain, "evil.example.com"),
            (IndicatorKind::Ipv4, "185.220.101.5"),
            (IndicatorKind::Asn, "AS13335"),
            (IndicatorKind::RegistryKey, "HKLM\\Software\\Run"),
        ];
        let mut indicators: Vec<Indicator> = Vec::new();
        for (i, at) in iocs {
            let (kind, value) = IOCS[i];
            if !indicators.iter().any(|x| x.value == value) {
                let span = Span::new(at, at + value.len());
                indicators.push(Indicator::new(kind, value, span));
            }
        }
        let mut report = Report::default();
        report.incidents = incidents;
        report.actors = actors;
        report.indicators = indicators;
        // Techniques and software shared between articles, some under other names or
        // tactics, so that merges absorb them.
        for (i, at) in techniques {
            let (id, name, tactics) = TECHNIQUES[i];
            if !report.techniques.iter().any(|t| t.id == id) {
                let tactics = tactics.iter().map(|t| (*t).to_owned()).collect();
                let mut technique = Technique::new(id, name, tactics);
                technique.mentions = vec![Mention::new(name, Span::new(at, at + name.len()))];
                report.techniques.push(technique);
            }
        }
        for (i, at) in software {
            let (name, attack_id, kind) = SOFTWARE[i];
            if !report.software.iter().any(|s| s.name == name) {
                let mut piece = Software::new(name, kind);
                piece.attack_id = attack_id.map(Into::into);
                piece.mentions = vec![Mention::new(name, Span::new(at, at + name.len()))];
                report.software.push(piece);
            }
        }
        (article, source, report)
    }
}

fn article(n: usize, source: bool) -> ArticleRef<'static> {
    const SOURCES: &[&str] = &["https://example.com/a", "https://example.com/b"];
    // Two articles share a scrape time, to order them by title.
    let at: OffsetDateTime =
        datetime!(2025-12-15 11:11:13.308 UTC) + Duration::hours((n / 2) as i64);
    let article = ArticleRef::new(at, TITLES[n % TITLES.len()]);
    if source {
        article.with_source(SOURCES[n % 2])
    } else {
        article
    }
}

fn build<'a>(pairs: impl IntoIterator<Item = &'a (usize, bool, Report)>) -> KnowledgeGraph {
    let mut graph = KnowledgeGraph::new();
    for (n, source, report) in pairs {
        graph.ingest_ref(&article(*n, *source), report);
    }
    graph
}

proptest! {
    #[test]
    fn merge_is_associative_commutative_and_matches_one_graph(
        pairs in proptest::collection::vec(pair(), 0..10),
        shard_of in proptest::collection::vec(0..3usize, 10),
    ) {
        let shard = |k: usize| build(pairs.iter().enumerate().filter(|(i, _)| shard_of[*i] == k).map(|(_, p)| p));
        let (a, b, c) = (shard(0), shard(1), shard(2));

        let left = KnowledgeGraph::merged(a.clone(), KnowledgeGraph::merged(b.clone(), c.clone()));
        let right = KnowledgeGraph::merged(KnowledgeGraph::merged(a.clone(), b.clone()), c.clone());
        let swapped = KnowledgeGraph::merged(c.clone(), KnowledgeGraph::merged(b.clone(), a.clone()));
        let one = build(&pairs);
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(&left, &swapped);
        prop_assert_eq!(&left, &one);

        // Equal content, equal ids: the serialised forms are byte-identical.
        let json = serde_json::to_string(&left).unwrap();
        prop_assert_eq!(&json, &serde_json::to_string(&swapped).unwrap());
        prop_assert_eq!(&json, &serde_json::to_string(&one.clone().into_canonical()).unwrap());

        // Merging a graph with itself or the empty graph changes nothing.
        prop_assert_eq!(&KnowledgeGraph::merged(left.clone(), left.clone()), &left);
        prop_assert_eq!(&KnowledgeGraph::merged(KnowledgeGraph::new(), one.clone()), &left);

        // Resolution reads content only: the same events under the same keys, whatever the
        // ingest or merge order.
        let events = resolved(&left);
        prop_assert_eq!(&events, &resolved(&swapped));
        prop_assert_eq!(&events, &resolved(&one));
        prop_assert_eq!(&events, &resolved(&build(pairs.iter().rev())));
        let reports: usize = events.iter().map(|(_, r)| r.len()).sum();
        prop_assert_eq!(reports, left.incidents().filter(|(_, i)| !i.context).count());

        // What actors are seen using reads content only, and follows the attributions.
        prop_assert_eq!(uses(&left), uses(&one));
        prop_assert!(left.software_nodes().all(|(_, s)| s.name != "Roundcube"));
        for (actor, _) in left.actors() {
            let firm = Filter::default().min_status(AttributionStatus::Confirmed);
            let used = left.techniques_used_by(actor, Filter::any());
            prop_assert!(used.iter().all(|u| u.incidents > 0));
            prop_assert!(left.techniques_used_by(actor, firm).len() <= used.len());
        }
    }
}

/// Each actor's name with the techniques and software it is seen using (any status).
fn uses(graph: &KnowledgeGraph) -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut out: Vec<_> = graph
        .actors()
        .map(|(id, actor)| {
            let techniques = graph
                .techniques_used_by(id, Filter::any())
                .iter()
                .map(|u| {
                    format!(
                        "{} {} {}",
                        graph.technique(u.what).id,
                        u.status,
                        u.incidents
                    )
                })
                .collect();
            let software = graph
                .software_used_by(id, Filter::any())
                .iter()
                .map(|u| {
                    format!(
                        "{} {} {}",
                        graph.software(u.what).name,
                        u.status,
                        u.incidents
                    )
                })
                .collect();
            // Ties are ranked by id, which follows ingest order until canonical.
            let (mut techniques, mut software): (Vec<String>, Vec<String>) = (techniques, software);
            techniques.sort();
            software.sort();
            (actor.name.clone(), techniques, software)
        })
        .collect();
    out.sort();
    out
}

/// A report named by its article's identity (scrape time, title) and its index.
type Told = (OffsetDateTime, String, u32);

/// Each resolved incident's key with its reports.
fn resolved(graph: &KnowledgeGraph) -> Vec<(String, Vec<Told>)> {
    let mut events: Vec<_> = graph
        .resolve()
        .iter()
        .map(|r| {
            let reports = r
                .reports
                .iter()
                .map(|&id| {
                    let incident = graph.incident(id);
                    let article = graph.article(incident.article);
                    (article.scraped_at, article.title.clone(), incident.index)
                })
                .collect();
            (r.key.to_string(), reports)
        })
        .collect();
    events.sort();
    events
}

#[test]
fn actors_merge_by_attack_id_whatever_they_were_called() {
    let mut report = Report::default();
    report.actors = vec![actor(0, Role::Confirmed, 0)];
    let mut a = KnowledgeGraph::new();
    a.ingest_ref(&article(0, false), &report);
    report.actors[0].name = "Fancy Bear".into();
    report.actors[0].aliases = vec!["APT28".into(), "Pawn Storm".into()];
    let mut b = KnowledgeGraph::new();
    b.ingest_ref(&article(1, false), &report);
    let merged = KnowledgeGraph::merged(a, b);
    assert_eq!(merged.actors().len(), 1);
    let (_, apt28) = merged.actors().next().unwrap();
    assert_eq!(apt28.name, "APT28");
    let aliases: Vec<&str> = apt28.aliases.iter().map(String::as_str).collect();
    assert_eq!(aliases, ["Fancy Bear", "Pawn Storm", "Sofacy"]);
}
