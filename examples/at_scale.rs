//! Memory and time at scale: a million synthetic reports ingested into graph shards, the
//! shards saved, loaded and merged, the merged graph exported to STIX.
//!
//! ```text
//! cargo run --release --example at_scale -- build [--reports N] [--shards K] [--dir DIR]
//! cargo run --release --example at_scale -- merge [--dir DIR] [--stix FILE | --no-stix]
//! ```
//!
//! `build` makes N reports (default 1,000,000; invented, deterministic: victims, sectors,
//! countries, attributions to a pool of 3,000 actors, context incidents), ingests report i
//! into shard i mod K (default 4), and saves the shards to DIR (default: a folder under the
//! temporary directory) as `shard-NNN.graph`. `merge` loads every shard of DIR, merges them and
//! writes the STIX bundle (to FILE, or counted and thrown away; `--no-stix`: not at all: the
//! export holds the whole bundle in memory, several KB per object). Each phase prints its time,
//! its rate and the process's peak resident memory (`VmHWM` in `/proc/self/status`, Linux):
//! run as two processes, the numbers are those of a worker and of the merger.
//! No extraction here: `brief --jobs N` measures that.

use std::fs;
use std::io::{self, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use threatbrief::export::write_stix;
use threatbrief::graph::{ArticleRef, Merger};
use threatbrief::{
    Actor, ActorKind, Attribution, AttributionStatus, Country, DateWindow, Incident, IncidentType,
    KnowledgeGraph, Mention, Report, Role, Sector, Span, Victim,
};
use time::{Duration, OffsetDateTime};

const ACTORS: u64 = 3_000;
const COUNTRIES: &[&str] = &[
    "US", "GB", "FR", "DE", "IT", "ES", "NL", "PL", "UA", "JP", "KR", "AU", "CA", "BR", "IN", "IL",
    "SG", "SE", "CH", "MX",
];
const STATUSES: &[(AttributionStatus, Role)] = &[
    (AttributionStatus::Confirmed, Role::Confirmed),
    (AttributionStatus::Suspected, Role::Suspected),
    (AttributionStatus::Claimed, Role::Claimed),
    (AttributionStatus::Speculated, Role::Speculated),
];

/// A small deterministic generator (SplitMix64): the same reports on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> usize {
        usize::try_from(self.next() % n).unwrap_or(0)
    }
}

fn actor(k: usize, role: Role, at: usize) -> Actor {
    let name = format!("Synthetic Group {k}");
    let mut actor = Actor::new(name.clone(), role);
    actor.attack_id = (k < 1_000).then(|| format!("G9{k:03}"));
    actor.aliases = vec![format!("SG-{k}"), format!("Storm-{}", 9000 + k)];
    actor.types = vec![if k.is_multiple_of(3) {
        ActorKind::NationState
    } else {
        ActorKind::Criminal
    }];
    actor.mentions = vec![Mention::new(name.clone(), Span::new(at, at + name.len()))];
    actor
}

fn incident(
    rng: &mut Rng,
    orgs: u64,
    context: bool,
    actor: Option<(&Actor, AttributionStatus)>,
) -> Incident {
    let sector = Sector::ALL[rng.below(Sector::ALL.len() as u64)];
    let country = Country::new(COUNTRIES[rng.below(COUNTRIES.len() as u64)]);
    let at = rng.below(4_000);
    let mut victim = Victim::new(
        format!("Synthetic Org {}", rng.below(orgs)),
        Span::new(at, at + 20),
    );
    victim.sectors = vec![sector];
    victim.country = country;
    let attribution = match actor {
        Some((actor, status)) => {
            let mut a = Attribution::new(status, vec![actor.name.clone()]);
            if rng.below(2) == 0 {
                a.by = vec!["FBI".into()];
            }
            a.confidence = status.confidence();
            a.evidence = vec![Span::new(at, at + 60)];
            a
        }
        None => {
            let mut a = Attribution::unattributed();
            a.hypotheses = vec![ActorKind::Criminal];
            a.evidence = vec![Span::new(at, at + 30)];
            a
        }
    };
    let from = time::macros::date!(2024 - 01 - 01) + Duration::days(rng.below(700) as i64);
    let mut incident = Incident::default();
    incident.context = context;
    incident.types = vec![IncidentType::ALL[rng.below(IncidentType::ALL.len() as u64)]];
    incident.victims = vec![victim];
    incident.sectors = vec![sector];
    incident.countries = country.into_iter().collect();
    incident.when = (rng.below(2) == 0).then_some(DateWindow::new(from, from + Duration::days(2)));
    incident.attribution = attribution;
    incident
}

/// Report `i` of `n`: one reported incident, attributed to an actor 6 times in 10; a cited
/// earlier incident of another actor 2 times in 10. Victims come from a pool of n / 2 names.
fn report(i: u64, n: u64) -> Report {
    let mut rng = Rng(i);
    let orgs = (n / 2).max(1);
    let mut report = Report::default();
    if rng.below(10) < 6 {
        let (status, role) = STATUSES[rng.below(STATUSES.len() as u64)];
        let a = actor(rng.below(ACTORS), role, rng.below(4_000));
        report
            .incidents
            .push(incident(&mut rng, orgs, false, Some((&a, status))));
        report.actors.push(a);
    } else {
        report.incidents.push(incident(&mut rng, orgs, false, None));
    }
    if rng.below(10) < 2 {
        let a = actor(rng.below(ACTORS), Role::Context, rng.below(4_000));
        let earlier = incident(
            &mut rng,
            orgs,
            true,
            Some((&a, AttributionStatus::Confirmed)),
        );
        report.incidents.push(earlier);
        if !report.actors.iter().any(|b| b.name == a.name) {
            report.actors.push(a);
        }
    }
    report.sectors.clone_from(&report.incidents[0].sectors);
    report.countries.clone_from(&report.incidents[0].countries);
    report
}

/// The process's peak and current resident memory in bytes (Linux; 0 elsewhere).
fn memory() -> (u64, u64) {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb * 1024)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

struct Options {
    reports: u64,
    shards: usize,
    dir: PathBuf,
    stix: Option<PathBuf>,
    no_stix: bool,
}

fn build(o: &Options) -> io::Result<()> {
    fs::create_dir_all(&o.dir)?;
    let (_, base) = memory();
    let mut shards: Vec<KnowledgeGraph> = (0..o.shards).map(|_| KnowledgeGraph::new()).collect();
    let start = OffsetDateTime::UNIX_EPOCH + Duration::days(19_000);
    let (mut ingesting, mut batch) = (std::time::Duration::ZERO, Vec::with_capacity(10_000));
    let mut i = 0;
    while i < o.reports {
        // Reports are made in batches, outside the clock.
        batch.clear();
        let end = (i + 10_000).min(o.reports);
        batch.extend((i..end).map(|j| {
            let title = format!("Synthetic brief {j}: an incident at an organisation");
            let url = format!("https://news.example/{j}");
            (title, (j % 2 == 0).then_some(url), report(j, o.reports))
        }));
        let clock = Instant::now();
        for (j, (title, url, report)) in (i..end).zip(&batch) {
            let mut article = ArticleRef::new(start + Duration::seconds(j as i64 * 7), title);
            if let Some(url) = url {
                article = article.with_source(url);
            }
            shards[usize::try_from(j).unwrap_or(0) % o.shards].ingest_ref(&article, report);
        }
        ingesting += clock.elapsed();
        i = end;
    }
    drop(batch);
    let (peak, rss) = memory();
    let n = o.reports as f64;
    println!(
        "ingest: {} reports into {} shards in {:.2} s: {:.0} reports/s",
        o.reports,
        o.shards,
        ingesting.as_secs_f64(),
        n / ingesting.as_secs_f64()
    );
    println!(
        "memory after ingest: {:.0} MiB resident ({:.0} bytes per report over the {:.1} MiB at start), peak {:.0} MiB",
        mib(rss),
        (rss - base) as f64 / n,
        mib(base),
        mib(peak)
    );
    let clock = Instant::now();
    let mut bytes = 0;
    // A worker puts its shard in canonical order in place: saving it then copies nothing.
    for (k, shard) in shards.iter_mut().enumerate() {
        shard.canonicalize();
        let path = shard_path(&o.dir, k);
        let mut file = BufWriter::new(fs::File::create(&path)?);
        shard.save(&mut file).map_err(io::Error::other)?;
        file.flush()?;
        bytes += fs::metadata(&path)?.len();
    }
    let took = clock.elapsed().as_secs_f64();
    let (peak, _) = memory();
    println!(
        "canonicalize and save: {} shards, {:.0} MiB ({:.0} bytes per report) in {took:.2} s: {:.0} reports/s; peak {:.0} MiB",
        o.shards,
        mib(bytes),
        bytes as f64 / n,
        n / took,
        mib(peak)
    );
    println!("shards in {}", o.dir.display());
    Ok(())
}

/// Counts the bytes and the bundle's objects (each opens a line `    {` in the pretty JSON)
/// of what is written through it.
struct Count<W> {
    out: W,
    bytes: u64,
    objects: u64,
    tail: Vec<u8>,
}

impl<W: Write> Write for Count<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.out.write(buf)?;
        const OPEN: &[u8] = b"\n    {\n";
        // Keep the last few bytes so that a pattern cut between two writes is still seen.
        let keep = self.tail.len();
        self.tail.extend_from_slice(&buf[..n]);
        let found = memchr::memmem::find_iter(&self.tail, OPEN).count();
        let already = memchr::memmem::find_iter(&self.tail[..keep], OPEN).count();
        self.objects += (found - already) as u64;
        let cut = self.tail.len().saturating_sub(OPEN.len() - 1);
        self.tail.drain(..cut);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

fn merge(o: &Options) -> io::Result<()> {
    let mut paths: Vec<PathBuf> = fs::read_dir(&o.dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "graph"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(io::Error::other(format!(
            "no shard-*.graph in {}",
            o.dir.display()
        )));
    }
    let (mut loading, mut merging) = (0.0, 0.0);
    let mut merger = Merger::new();
    for path in &paths {
        let clock = Instant::now();
        let shard = KnowledgeGraph::load(BufReader::new(fs::File::open(path)?))
            .map_err(|e| io::Error::other(format!("{}: {e}", path.display())))?;
        loading += clock.elapsed().as_secs_f64();
        let clock = Instant::now();
        merger.push(shard);
        merging += clock.elapsed().as_secs_f64();
    }
    let clock = Instant::now();
    let graph = merger.finish();
    merging += clock.elapsed().as_secs_f64();
    let n = graph.articles().len() as f64;
    let (peak, rss) = memory();
    println!(
        "load: {} shards in {loading:.2} s, merge in {merging:.2} s: {:.0} articles/s over both",
        paths.len(),
        n / (loading + merging)
    );
    println!(
        "merged graph: {} articles, {} incidents, {} actors, {} organisations; {:.0} MiB resident ({:.0} bytes per article), peak {:.0} MiB",
        graph.articles().len(),
        graph.incidents().len(),
        graph.actors().len(),
        graph.orgs().len(),
        mib(rss),
        rss as f64 / n,
        mib(peak)
    );
    if o.no_stix {
        return Ok(());
    }
    let out: Box<dyn Write> = match &o.stix {
        Some(path) => Box::new(BufWriter::new(fs::File::create(path)?)),
        None => Box::new(io::sink()),
    };
    let mut count = Count {
        out,
        bytes: 0,
        objects: 0,
        tail: Vec::new(),
    };
    let clock = Instant::now();
    // serde_json writes in small pieces: count them in large ones.
    let mut buffered = BufWriter::with_capacity(1 << 16, &mut count);
    write_stix(&graph, &mut buffered)?;
    buffered.flush()?;
    drop(buffered);
    let took = clock.elapsed().as_secs_f64();
    let (peak, _) = memory();
    println!(
        "stix: {} objects, {:.0} MiB in {took:.2} s: {:.0} objects/s; peak {:.0} MiB",
        count.objects,
        mib(count.bytes),
        count.objects as f64 / took,
        mib(peak)
    );
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let phase = args.next().unwrap_or_default();
    let mut o = Options {
        reports: 1_000_000,
        shards: 4,
        dir: std::env::temp_dir().join("threatbrief-at-scale"),
        stix: None,
        no_stix: false,
    };
    let parsed = (|| -> Result<(), String> {
        while let Some(arg) = args.next() {
            if arg == "--no-stix" {
                o.no_stix = true;
                continue;
            }
            let value = args.next().ok_or_else(|| format!("{arg} needs a value"))?;
            let number = || {
                value
                    .parse::<u64>()
                    .map_err(|_| format!("{arg}: not a number: {value}"))
            };
            match arg.as_str() {
                "--reports" => o.reports = number()?.max(1),
                "--shards" => {
                    o.shards = usize::try_from(number()?.max(1)).map_err(|e| e.to_string())?
                }
                "--dir" => o.dir = PathBuf::from(&value),
                "--stix" => o.stix = Some(PathBuf::from(&value)),
                _ => return Err(format!("unknown option {arg}")),
            }
        }
        Ok(())
    })();
    let result = match (phase.as_str(), parsed) {
        (_, Err(e)) => Err(e),
        ("build", Ok(())) => build(&o).map_err(|e| e.to_string()),
        ("merge", Ok(())) => merge(&o).map_err(|e| e.to_string()),
        _ => Err("usage: at_scale build [--reports N] [--shards K] [--dir DIR] | merge [--dir DIR] [--stix FILE | --no-stix]".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("at_scale: {e}");
            ExitCode::from(2)
        }
    }
}

/// Shard `k` of a folder.
fn shard_path(dir: &Path, k: usize) -> PathBuf {
    dir.join(format!("shard-{k:03}.graph"))
}
