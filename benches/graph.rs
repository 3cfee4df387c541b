//! Graph building: ingest throughput from pre-extracted reports (articles per second), merge
//! of shards, and the STIX export.

// criterion_group! and criterion_main! generate undocumented public items.
#![allow(missing_docs)]
//!
//! The reports are synthesised (varied actors, aliases, victims, sectors, countries,
//! attribution statuses, techniques and software) so the bench measures the graph alone, not extraction.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use threatbrief::graph::{ArticleRef, KnowledgeGraph};
use threatbrief::{
    Actor, ActorKind, Attribution, AttributionStatus, Country, Incident, IncidentType, Mention,
    Report, Role, Sector, Software, SoftwareKind, Span, Technique, Victim,
};
use time::OffsetDateTime;
use time::macros::datetime;

const ARTICLES: usize = 10_000;
const COUNTRIES: &[&str] = &["FR", "US", "DE", "GB", "UA", "JP", "KR", "IL", "IN", "BR"];
const STATUSES: &[AttributionStatus] = &[
    AttributionStatus::Confirmed,
    AttributionStatus::Suspected,
    AttributionStatus::Claimed,
    AttributionStatus::Speculated,
    AttributionStatus::Denied,
];

/// A small deterministic generator, so every run benches the same data.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

fn actor(rng: &mut Rng, role: Role) -> Actor {
    let n = rng.below(200);
    let mut actor = Actor::new(format!("Group {n}"), role);
    actor.attack_id = (n < 150).then(|| format!("G{n:04}"));
    actor.aliases = (0..n % 4).map(|k| format!("Alias {n}-{k}")).collect();
    actor.types = vec![if n.is_multiple_of(3) {
        ActorKind::Criminal
    } else {
        ActorKind::NationState
    }];
    actor.country = Country::new(COUNTRIES[n % COUNTRIES.len()]);
    actor.mentions = vec![Mention::new(format!("Group {n}"), Span::new(100, 108))];
    actor
}

fn incident(rng: &mut Rng, context: bool, actor: Option<&Actor>) -> Incident {
    let sector = Sector::ALL[rng.below(Sector::ALL.len())];
    let country = Country::new(COUNTRIES[rng.below(COUNTRIES.len())]);
    let victims = (0..1 + rng.below(2))
        .map(|_| {
            let mut victim = Victim::new(
                format!("Organisation {}", rng.below(2_000)),
                Span::new(10, 30),
            );
            victim.sectors = vec![sector];
            victim.country = country;
            victim
        })
        .collect();
    let attribution = match actor {
        Some(actor) => {
            let status = STATUSES[rng.below(STATUSES.len())];
            let mut a = Attribution::new(status, vec![actor.name.clone()]);
            a.by = vec!["FBI".into()];
            a.evidence = vec![Span::new(200, 300)];
            a
        }
        None => Attribution::unattributed(),
    };
    let mut incident = Incident::default();
    incident.context = context;
    incident.types = vec![IncidentType::ALL[rng.below(IncidentType::ALL.len())]];
    incident.victims = victims;
    incident.sectors = vec![sector];
    incident.countries = country.into_iter().collect();
    incident.attribution = attribution;
    incident
}

fn corpus() -> Vec<(OffsetDateTime, String, Report)> {
    let mut rng = Rng(7);
    let start = datetime!(2025-01-01 0:00 UTC);
    (0..ARTICLES)
        .map(|i| {
            let main_actor = (rng.below(3) > 0).then(|| actor(&mut rng, Role::Suspected));
            let context_actor = (rng.below(3) == 0).then(|| actor(&mut rng, Role::Context));
            let mut incidents = vec![incident(&mut rng, false, main_actor.as_ref())];
            if let Some(a) = &context_actor {
                incidents.push(incident(&mut rng, true, Some(a)));
            }
            let mut report = Report::default();
            report.incidents = incidents;
            report.actors = main_actor.into_iter().chain(context_actor).collect();
            // Up to three techniques of 60 and one piece of software of 50 (10 not in ATT&CK).
            for _ in 0..rng.below(4) {
                let n = rng.below(60);
                let mut t = Technique::new(
                    format!("T{}", 1000 + n),
                    format!("Technique {n}"),
                    vec!["initial-access".into()],
                );
                t.mentions = vec![Mention::new("used a technique", Span::new(400, 416))];
                if !report.techniques.iter().any(|x| x.id == t.id) {
                    report.techniques.push(t);
                }
            }
            if rng.below(2) == 0 {
                let n = rng.below(50);
                let mut s = Software::new(format!("Tool {n}"), SoftwareKind::Malware);
                s.attack_id = (n < 40).then(|| format!("S{n:04}"));
                s.mentions = vec![Mention::new(format!("Tool {n}"), Span::new(500, 507))];
                report.software.push(s);
            }
            let at = start + Duration::from_secs(i as u64 * 613);
            (at, format!("Headline number {i} about a breach"), report)
        })
        .collect()
}

fn build(pairs: &[(OffsetDateTime, String, Report)]) -> KnowledgeGraph {
    let mut graph = KnowledgeGraph::new();
    for (at, title, report) in pairs {
        graph.ingest_ref(&ArticleRef::new(*at, title), report);
    }
    graph
}

fn benches(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("graph");
    group.throughput(Throughput::Elements(ARTICLES as u64));
    group.bench_function("ingest 10k articles", |b| {
        b.iter_with_large_drop(|| build(black_box(&corpus)));
    });

    // Ingest defers sorting edges to the first read: this counts that work too.
    group.bench_function("ingest 10k articles and canonicalize", |b| {
        b.iter_with_large_drop(|| build(black_box(&corpus)).into_canonical());
    });

    let whole = build(&corpus).into_canonical();
    group.bench_function("resolve incidents of 10k articles", |b| {
        b.iter(|| black_box(&whole).resolve());
    });

    group.bench_function("merge 4 shards of 2.5k articles", |b| {
        let shards: Vec<KnowledgeGraph> = corpus.chunks(ARTICLES / 4).map(build).collect();
        b.iter_batched(
            || shards.clone(),
            |shards| {
                shards
                    .into_iter()
                    .fold(KnowledgeGraph::new(), KnowledgeGraph::merged)
            },
            BatchSize::LargeInput,
        );
    });

    group.bench_function("STIX export of 10k articles", |b| {
        let graph = build(&corpus).into_canonical();
        b.iter(|| threatbrief::export::to_stix(black_box(&graph)));
    });
    group.finish();
}

criterion_group! {
    name = graph;

    // Short runs: the bench machine is shared.
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(graph);
