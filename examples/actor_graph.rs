//! Build a knowledge graph over briefs and ask it questions.
//!
//! ```text
//! cargo run --release --example actor_graph -- [OPTIONS] [FILE]...
//!
//!   --actor NAME        incidents attributed to NAME (any alias, or an ATT&CK id), then the
//!                       techniques and software it is seen using through them
//!   --technique ID|NAME incidents using an ATT&CK technique (T1110, or its name), and the
//!                       actors they are attributed to; with --sector, only that sector's
//!   --software NAME     the same for a piece of attacker software (name, alias or S-id)
//!   --sector SECTOR     actors seen against SECTOR (industry-sector-ov, e.g. healthcare)
//!   --country CC        actors seen against country CC (ISO 3166-1 alpha-2, e.g. FR)
//!   --timeline NAME     NAME's incidents, oldest first, with the sectors and countries it targets
//!   --min-status S      weakest attribution counted: confirmed, suspected, claimed (default),
//!                       speculated, denied
//!   --with-context      count incidents the articles cite as context, too
//!   --parent-techniques extract every sub-technique as its technique (T1110 for password
//!                       spraying, not T1110.003)
//!   --incidents         the incidents resolved across articles that more than one article
//!                       tells: reports, corroboration, attribution history and its consolidation
//!   --disagreeing       only the resolved incidents whose sources disagree on who is behind them
//!   --stix FILE|-       write the graph as a STIX 2.1 bundle
//!   --dot FILE|-        write the graph as a Graphviz digraph
//!   --json FILE|-       write the graph itself as JSON
//!   --save SHARD        write the graph as a shard, to merge elsewhere with --merge
//!   --merge SHARD       merge a shard saved by --save into the graph (repeat for several)
//! ```
//!
//! FILE: scrape-format briefs, read as bytes through the streaming reader (`-` for standard
//! input), or (`.jsonl`) the JSON Lines of `brief --format json`. Without FILE or SHARD, the
//! embedded sample. Each article is extracted and ingested; a bad record is reported on standard error
//! as `FILE:LINE:COLUMN: error: MESSAGE` and the others are still read. Without a query, a
//! summary of the graph.
//!
//! Shards: `actor_graph --save a.shard a.txt` on one worker, `--save b.shard b.txt` on another,
//! then `actor_graph --merge a.shard --merge b.shard --stix all.json` gives the graph, STIX and
//! DOT of `actor_graph a.txt b.txt --stix all.json`, in any order of the shards.
//! Exit status: 0 all good, 1 some record bad, 2 usage or I/O error.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read, Write as _};
use std::process::ExitCode;

use serde::Deserialize;
use threatbrief::export::{write_dot, write_stix};
use threatbrief::extract::Extractor;
use threatbrief::graph::{ActorId, ArticleRef, IncidentId, Merger, ShardError, SoftwareId, Usage};
use threatbrief::{
    ArticleReader, AttributionStatus, Country, ErrorKind, Filter, KnowledgeGraph, Report, SAMPLE,
    Sector,
};
use time::OffsetDateTime;

#[derive(Default)]
struct Args {
    actor: Option<String>,
    technique: Option<String>,
    software: Option<String>,
    sector: Option<Sector>,
    country: Option<Country>,
    timeline: Option<String>,
    incidents: bool,
    disagreeing: bool,
    parent_techniques: bool,
    filter: Filter,
    stix: Option<String>,
    dot: Option<String>,
    json: Option<String>,
    save: Option<String>,
    merge: Vec<String>,
    files: Vec<String>,
}

fn usage(message: &str) -> ExitCode {
    eprintln!("actor_graph: {message}");
    eprintln!(
        "usage: actor_graph [--actor NAME] [--technique ID|NAME] [--software NAME] [--sector SECTOR] [--country CC] [--timeline NAME] \
         [--min-status STATUS] [--with-context] [--parent-techniques] [--incidents] [--disagreeing] [--stix FILE|-] [--dot FILE|-] [--json FILE|-] [--save SHARD] [--merge SHARD]... [FILE|-]..."
    );
    ExitCode::from(2)
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--actor" => args.actor = Some(value("--actor")?),
            "--timeline" => args.timeline = Some(value("--timeline")?),
            "--technique" => args.technique = Some(value("--technique")?),
            "--software" => args.software = Some(value("--software")?),
            "--sector" => {
                let v = value("--sector")?;
                args.sector = Some(v.parse().map_err(|e| format!("{e}"))?);
            }
            "--country" => {
                let v = value("--country")?;
                args.country = Some(v.parse().map_err(|e| format!("{e}"))?);
            }
            "--min-status" => {
                let v = value("--min-status")?;
                let status: AttributionStatus = v.parse().map_err(|e| format!("{e}"))?;
                args.filter = args.filter.min_status(status);
            }
            "--with-context" => args.filter = args.filter.include_context(true),
            "--incidents" => args.incidents = true,
            "--disagreeing" => args.disagreeing = true,
            "--parent-techniques" => args.parent_techniques = true,
            "--stix" => args.stix = Some(value("--stix")?),
            "--dot" => args.dot = Some(value("--dot")?),
            "--json" => args.json = Some(value("--json")?),
            "--save" => args.save = Some(value("--save")?),
            "--merge" => args.merge.push(value("--merge")?),
            "-h" | "--help" => return Err("help".into()),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => args.files.push(arg),
        }
    }
    let inputs: Vec<String> = args.files.iter().chain(&args.merge).cloned().collect();
    for (flag, out) in [
        ("--stix", &args.stix),
        ("--dot", &args.dot),
        ("--json", &args.json),
        ("--save", &args.save),
    ] {
        if let Some(path) = out {
            guard_output(flag, path, &inputs)?;
        }
    }
    Ok(args)
}

/// Refuses an output path that would destroy input: one of the input files or shards, or an
/// existing file of briefs (`--json briefs.txt more.txt` takes `briefs.txt` as the output).
fn guard_output(flag: &str, path: &str, inputs: &[String]) -> Result<(), String> {
    if path == "-" {
        return Ok(());
    }
    let same = |a: &str, b: &str| match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    if inputs.iter().any(|input| same(input, path)) {
        return Err(format!(
            "{flag} {path}: refusing to overwrite an input file"
        ));
    }
    let mut head = [0u8; 64];
    let read = fs::File::open(path).and_then(|mut f| io::Read::read(&mut f, &mut head));
    if let Ok(n) = read {
        let text = String::from_utf8_lossy(&head[..n]);
        let text = text.trim_start_matches('\u{feff}').trim_start();
        if text.starts_with("Article Details") || text.starts_with("Scrape Timestamp") {
            return Err(format!(
                "{flag} {path}: refusing to overwrite a file of briefs (the option takes an output file)"
            ));
        }
    }
    Ok(())
}

/// One line of `brief --format json`: the article's identity beside its report.
#[derive(Deserialize)]
struct JsonLine {
    #[serde(with = "time::serde::rfc3339")]
    scraped_at: OffsetDateTime,
    title: String,
    source: Option<String>,
    #[serde(flatten)]
    report: Report,
}

/// How an input went: worst wins.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    Ok,
    BadRecord,
    Trouble,
}

fn ingest_jsonl(graph: &mut KnowledgeGraph, name: &str, text: &str) -> Status {
    let mut status = Status::Ok;
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str::<JsonLine>(line) {
            Ok(record) => {
                let mut article = ArticleRef::new(record.scraped_at, &record.title);
                if let Some(url) = &record.source {
                    article = article.with_source(url);
                }
                graph.ingest_ref(&article, &record.report);
            }
            Err(e) => {
                eprintln!("{name}:{}:{}: error: {e}", n + 1, e.column());
                status = Status::BadRecord;
            }
        }
    }
    status
}

/// Reads scrape-format briefs from `input` as bytes, extracts each article and ingests it.
fn ingest_briefs(
    graph: &mut KnowledgeGraph,
    extractor: &Extractor,
    name: &str,
    input: impl Read,
) -> Status {
    let mut status = Status::Ok;
    for article in ArticleReader::new(input) {
        match article {
            Ok(article) => graph.ingest(&article, &extractor.extract(&article)),
            Err(e) if matches!(e.kind(), ErrorKind::Io(_)) => {
                eprintln!("{name}: error: {}", e.kind());
                return Status::Trouble;
            }
            Err(e) => {
                eprintln!("{name}:{}:{}: error: {}", e.line(), e.column(), e.kind());
                status = Status::BadRecord;
            }
        }
    }
    status
}

/// Reads one input (`-` is standard input) into the graph.
fn ingest_file(graph: &mut KnowledgeGraph, extractor: &Extractor, name: &str) -> Status {
    let opened: io::Result<Box<dyn Read>> = if name == "-" {
        Ok(Box::new(io::stdin().lock()))
    } else {
        fs::File::open(name).map(|f| Box::new(f) as Box<dyn Read>)
    };
    let mut input = match opened {
        Ok(input) => input,
        Err(e) => {
            eprintln!("{name}: error: {e}");
            return Status::Trouble;
        }
    };
    if name.ends_with(".jsonl") {
        let mut text = String::new();
        if let Err(e) = input.read_to_string(&mut text) {
            eprintln!("{name}: error: {e}");
            return Status::Trouble;
        }
        ingest_jsonl(graph, name, &text)
    } else {
        ingest_briefs(graph, extractor, name, input)
    }
}

fn actor_label(graph: &KnowledgeGraph, id: ActorId) -> String {
    let actor = graph.actor(id);
    match &actor.attack_id {
        Some(attack) => format!("{} ({attack})", actor.name),
        None => actor.name.clone(),
    }
}

fn incident_line(graph: &KnowledgeGraph, id: IncidentId) -> String {
    let incident = graph.incident(id);
    let article = graph.article(incident.article);
    let types: Vec<&str> = incident.types.iter().map(|t| t.as_str()).collect();
    let victims: Vec<&str> = graph
        .victims_of(id)
        .map(|o| graph.org(o).name.as_str())
        .collect();
    let mut line = format!(
        "{} {}",
        article.scraped_at.date(),
        if types.is_empty() {
            "incident".into()
        } else {
            types.join(", ")
        }
    );
    if !victims.is_empty() {
        write!(line, " against {}", victims.join(", ")).unwrap();
    }
    if incident.context {
        line.push_str(" [cited as context]");
    }
    write!(line, " -- \"{}\"", article.title).unwrap();
    line
}

/// Incidents attributed to `name`, with status and who says so.
fn answer_actor(graph: &KnowledgeGraph, name: &str, filter: Filter) -> String {
    let mut out = String::new();
    let actors = graph.actors_named(name);
    if actors.is_empty() {
        writeln!(out, "no actor called {name:?}").unwrap();
        return out;
    }
    for actor in actors {
        writeln!(out, "{}:", actor_label(graph, actor)).unwrap();
        let mut any = false;
        for (incident, edge) in graph.attributions_of(actor, filter) {
            any = true;
            let by: Vec<&str> = edge.by.iter().map(String::as_str).collect();
            write!(out, "  {} {}", edge.status, incident_line(graph, incident)).unwrap();
            if !by.is_empty() {
                write!(out, " (by {})", by.join(", ")).unwrap();
            }
            out.push('\n');
        }
        if !any {
            out.push_str("  no incident at this status");
        }
        let techniques: Vec<String> = graph
            .techniques_used_by(actor, filter)
            .into_iter()
            .map(|u| {
                let t = graph.technique(u.what);
                format!(
                    "{} {} ({})",
                    t.id,
                    t.name,
                    usage_note(u.status, u.incidents)
                )
            })
            .collect();
        let software: Vec<String> = graph
            .software_used_by(actor, filter)
            .into_iter()
            .map(|u| {
                format!(
                    "{} ({})",
                    software_label(graph, u.what),
                    usage_note(u.status, u.incidents)
                )
            })
            .collect();
        writeln!(out, "  techniques: {}", none_if_empty(&techniques)).unwrap();
        writeln!(out, "  software: {}", none_if_empty(&software)).unwrap();
        let hidden = graph.attributions_of(actor, Filter::any()).count()
            - graph.attributions_of(actor, filter).count();
        if hidden > 0 {
            write!(
                out,
                "{}  ({hidden} more with --with-context or a weaker --min-status)",
                if any { "" } else { "\n" }
            )
            .unwrap();
            out.push('\n');
        } else if !any {
            out.push('\n');
        }
    }
    out
}

/// "confirmed, 2 incidents".
fn usage_note(status: AttributionStatus, incidents: usize) -> String {
    format!(
        "{status}, {incidents} incident{}",
        if incidents == 1 { "" } else { "s" }
    )
}

fn software_label(graph: &KnowledgeGraph, id: SoftwareId) -> String {
    let software = graph.software(id);
    match &software.attack_id {
        Some(attack) => format!("{} ({attack})", software.name),
        None => software.name.clone(),
    }
}

/// What uses a technique or software: its incidents (in `sector` when given), then the actors
/// they are attributed to.
fn answer_used(
    graph: &KnowledgeGraph,
    label: String,
    incidents: Vec<IncidentId>,
    actors: Vec<Usage<ActorId>>,
    sector: Option<Sector>,
) -> String {
    let mut out = label;
    if let Some(sector) = sector {
        write!(out, " in sector {sector}").unwrap();
    }
    out.push_str(":\n");
    if incidents.is_empty() {
        out.push_str("  no incident\n");
    }
    for incident in incidents {
        writeln!(out, "  {}", incident_line(graph, incident)).unwrap();
    }
    let actors: Vec<String> = actors
        .into_iter()
        .map(|u| {
            format!(
                "{} ({})",
                actor_label(graph, u.what),
                usage_note(u.status, u.incidents)
            )
        })
        .collect();
    writeln!(out, "  actors: {}", none_if_empty(&actors)).unwrap();
    out
}

fn answer_technique(graph: &KnowledgeGraph, query: &str, args: &Args) -> String {
    let found = graph.techniques_named(query);
    if found.is_empty() {
        return format!("no technique {query:?} in the graph\n");
    }
    let mut out = String::new();
    for id in found {
        let t = graph.technique(id);
        let tactics: Vec<&str> = t.tactics.iter().map(String::as_str).collect();
        let label = format!("{} {} ({})", t.id, t.name, tactics.join(", "));
        let incidents = graph.incidents_using_technique(id, args.sector);
        let actors = graph.actors_using_technique(id, args.sector, args.filter);
        out.push_str(&answer_used(graph, label, incidents, actors, args.sector));
    }
    out
}

fn answer_software(graph: &KnowledgeGraph, query: &str, args: &Args) -> String {
    let found = graph.software_named(query);
    if found.is_empty() {
        return format!("no software {query:?} in the graph\n");
    }
    let mut out = String::new();
    for id in found {
        let incidents = graph.incidents_using_software(id, args.sector);
        let actors = graph.actors_using_software(id, args.sector, args.filter);
        let label = software_label(graph, id);
        out.push_str(&answer_used(graph, label, incidents, actors, args.sector));
    }
    out
}

/// An actor's timeline, then the sectors and countries it targets.
fn answer_timeline(graph: &KnowledgeGraph, name: &str, filter: Filter) -> String {
    let mut out = String::new();
    for actor in graph.actors_named(name) {
        writeln!(out, "{} timeline:", actor_label(graph, actor)).unwrap();
        for entry in graph.timeline(actor, filter) {
            let when = entry
                .date
                .map_or_else(|| "undated   ".to_owned(), |d| d.to_string());
            writeln!(
                out,
                "  {when} {} {}",
                entry.status,
                incident_line(graph, entry.incident)
            )
            .unwrap();
        }
        let sectors: Vec<String> = graph
            .sectors_targeted_by(actor, filter)
            .into_iter()
            .map(|(s, n)| format!("{s} ({n})"))
            .collect();
        let countries: Vec<String> = graph
            .countries_targeted_by(actor, filter)
            .into_iter()
            .map(|(c, n)| format!("{c} ({n})"))
            .collect();
        writeln!(out, "  sectors: {}", none_if_empty(&sectors)).unwrap();
        writeln!(out, "  countries: {}", none_if_empty(&countries)).unwrap();
    }
    if out.is_empty() {
        writeln!(out, "no actor called {name:?}").unwrap();
    }
    out
}

fn none_if_empty(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

fn answer_against(graph: &KnowledgeGraph, what: &str, actors: Vec<(ActorId, usize)>) -> String {
    let mut out = format!("actors seen against {what}:\n");
    if actors.is_empty() {
        out.push_str("  none\n");
    }
    for (actor, n) in actors {
        writeln!(
            out,
            "  {} ({n} incident{})",
            actor_label(graph, actor),
            if n == 1 { "" } else { "s" }
        )
        .unwrap();
    }
    out
}

fn summary(graph: &KnowledgeGraph) -> String {
    let mut out = format!(
        "{} articles, {} incidents, {} actors, {} victims, {} sectors, {} countries, {} techniques, {} software\n",
        graph.articles().len(),
        graph.incidents().len(),
        graph.actors().len(),
        graph.orgs().len(),
        graph.sectors().len(),
        graph.countries().len(),
        graph.techniques().len(),
        graph.software_nodes().len()
    );
    // One pass over the attributions: `attributed_actors` per incident would be O(I × E).
    let mut by_incident: BTreeMap<IncidentId, Vec<String>> = BTreeMap::new();
    for (incident, actor, edge) in graph.attributions() {
        by_incident.entry(incident).or_default().push(format!(
            "{} ({})",
            graph.actor(actor).name,
            edge.status
        ));
    }
    for (id, incident) in graph.incidents() {
        let attribution = match by_incident.get(&id) {
            Some(actors) => actors.join(", "),
            None => incident.status.to_string(),
        };
        writeln!(out, "  {} -> {attribution}", incident_line(graph, id)).unwrap();
    }
    out
}

fn write_to(
    path: &str,
    write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>,
) -> io::Result<()> {
    if path == "-" {
        let mut stdout = io::stdout().lock();
        write(&mut stdout)?;
        stdout.flush()
    } else {
        let mut file = io::BufWriter::new(fs::File::create(path)?);
        write(&mut file)?;
        file.flush()
    }
}

/// The resolved incidents told by more than one article (all of them with `disagreeing`, when
/// their sources disagree): each report, the corroboration, the claims in time order and the
/// consolidated attribution.
fn answer_incidents(graph: &KnowledgeGraph, disagreeing: bool) -> String {
    let resolution = graph.resolve();
    let mut out = String::new();
    let mut shown = 0;
    for event in &resolution {
        if disagreeing {
            if !event.sources_disagree(graph) {
                continue;
            }
        } else if event.reports.len() < 2 {
            continue;
        }
        shown += 1;
        let c = event.corroboration(graph);
        writeln!(
            out,
            "incident {}: {} reports, {} sources, first {}, last {}",
            event.key,
            event.reports.len(),
            c.sources,
            c.first.date(),
            c.last.date()
        )
        .unwrap();
        for &id in &event.reports {
            let source = graph.article(graph.incident(id).article).source.as_deref();
            writeln!(
                out,
                "  {} <{}>",
                incident_line(graph, id),
                source.unwrap_or("-")
            )
            .unwrap();
        }
        for claim in event.history(graph) {
            let who = claim
                .actor
                .map_or_else(|| "no actor".to_owned(), |a| actor_label(graph, a));
            let mut line = format!("    {} {}: {who}", claim.at.date(), claim.status);
            if !claim.by.is_empty() {
                let by: Vec<&str> = claim.by.iter().map(String::as_str).collect();
                write!(line, " (by {})", by.join(", ")).unwrap();
            }
            writeln!(out, "{line}").unwrap();
        }
        let (status, actors) = event.consolidated(graph);
        let actors: Vec<String> = actors.iter().map(|&a| actor_label(graph, a)).collect();
        writeln!(
            out,
            "  consolidated: {status}{}{}",
            if actors.is_empty() { "" } else { " " },
            actors.join(", ")
        )
        .unwrap();
        if event.sources_disagree(graph) {
            out.push_str("  sources disagree\n");
        }
    }
    writeln!(
        out,
        "{shown} of {} resolved incidents shown ({} reported incidents)",
        resolution.len(),
        resolution.iter().map(|e| e.reports.len()).sum::<usize>()
    )
    .unwrap();
    out
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => return usage(&message),
    };
    let mut graph = KnowledgeGraph::new();
    let extractor = Extractor::default().sub_techniques(!args.parent_techniques);
    let mut status = Status::Ok;
    if args.files.is_empty() && args.merge.is_empty() {
        status = ingest_briefs(&mut graph, &extractor, "<sample>", SAMPLE.as_bytes());
    }
    for name in &args.files {
        status = status.max(ingest_file(&mut graph, &extractor, name));
    }
    // Shards merge as a balanced tree: many shards cost log k sorts each, not k.
    let mut merger = Merger::new();
    merger.push(graph);
    for name in &args.merge {
        let shard = fs::File::open(name)
            .map_err(ShardError::from)
            .and_then(KnowledgeGraph::load);
        match shard {
            Ok(shard) => merger.push(shard),
            Err(e) => {
                eprintln!("{name}: error: {e}");
                status = Status::Trouble;
            }
        }
    }
    let graph = merger.finish();

    let mut answered = false;
    let mut out = String::new();
    if let Some(name) = &args.actor {
        out.push_str(&answer_actor(&graph, name, args.filter));
        answered = true;
    }
    if let Some(query) = &args.technique {
        out.push_str(&answer_technique(&graph, query, &args));
        answered = true;
    }
    if let Some(query) = &args.software {
        out.push_str(&answer_software(&graph, query, &args));
        answered = true;
    }
    // With --technique or --software, a sector narrows that answer instead.
    if let Some(sector) = args
        .sector
        .filter(|_| args.technique.is_none() && args.software.is_none())
    {
        let actors = graph.actors_against_sector(sector, args.filter);
        out.push_str(&answer_against(&graph, sector.as_str(), actors));
        answered = true;
    }
    if let Some(country) = args.country {
        let actors = graph.actors_against_country(country, args.filter);
        out.push_str(&answer_against(&graph, country.code(), actors));
        answered = true;
    }
    if let Some(name) = &args.timeline {
        out.push_str(&answer_timeline(&graph, name, args.filter));
        answered = true;
    }
    if args.incidents || args.disagreeing {
        out.push_str(&answer_incidents(&graph, args.disagreeing));
        answered = true;
    }
    let exports = [&args.stix, &args.dot, &args.json, &args.save];
    if !answered && exports.iter().all(|e| e.is_none()) {
        out.push_str(&summary(&graph));
    }
    print!("{out}");

    let written = (|| -> io::Result<()> {
        if let Some(path) = &args.stix {
            write_to(path, |w| write_stix(&graph, w))?;
        }
        if let Some(path) = &args.dot {
            write_to(path, |w| write_dot(&graph, w))?;
        }
        if let Some(path) = &args.save {
            write_to(path, |w| graph.save(w).map_err(io::Error::other))?;
        }
        if let Some(path) = &args.json {
            write_to(path, |w| {
                serde_json::to_writer_pretty(w, &graph).map_err(io::Error::from)
            })?;
        }
        Ok(())
    })();
    if let Err(e) = written {
        eprintln!("actor_graph: {e}");
        return ExitCode::from(2);
    }
    match status {
        Status::Ok => ExitCode::SUCCESS,
        Status::BadRecord => ExitCode::from(1),
        Status::Trouble => ExitCode::from(2),
    }
}
