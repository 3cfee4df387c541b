//! `brief`: the command-line front end.
//!
//! ```text
//! cargo run --release --example brief -- [--format text|json|stix|dot|brief|misp|incidents] [--jobs N] [--strict] [--parent-techniques] [FILE|-]...
//! ```
//!
//! Reads each FILE (none: the embedded sample; `-`: standard input) as bytes through the
//! streaming reader and writes every record in the chosen format. A bad record is reported on
//! standard error as `FILE:LINE:COLUMN: error: MESSAGE` and the others are still written.
//! `--jobs N` extracts on N threads (default: one per core); the output is the same for every N.
//! `--parent-techniques` reports every ATT&CK sub-technique as its technique (T1110 for
//! password spraying rather than T1110.003).
//! Exit status: 0 all good, 1 some record bad, 2 usage or I/O error.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use threatbrief::export::{Record, to_misp, write_dot, write_stix};
use threatbrief::extract::{Extractor, ParallelOptions};
use threatbrief::graph::{ArticleId, IncidentId, KnowledgeGraph, Resolution, ResolvedIncident};
use threatbrief::{Article, ArticleReader, ErrorKind, ParseOptions, Report, SAMPLE};

const USAGE: &str = "\
usage: brief [--format text|json|stix|dot|brief|misp|incidents] [--jobs N] [--strict]
             [--parent-techniques] [FILE|-]...

Parse scraped security-news briefs and print each record.

  --format FORMAT  text (default): a readable report
                   json: JSON Lines, one object per record
                   stix: one STIX 2.1 bundle for all inputs
                   dot: one Graphviz digraph of the knowledge graph of all inputs
                   brief: the records re-rendered in the scrape format
                   misp: a JSON array of MISP events, one per record
                   incidents: JSON Lines, one per record: its reported incident as
                     resolved across all inputs (record, incident_key, reports)
  --jobs N         extract on N threads (default: one per core); same output for every N
  --strict         stop at the first bad record
  --parent-techniques
                   report every ATT&CK sub-technique as its technique (T1110 for
                   password spraying, not T1110.003)
  -h, --help       this help
  FILE             a file of records; - for standard input; none for the embedded sample

A bad record is reported as FILE:LINE:COLUMN: error: MESSAGE on standard error.
Exit status: 0 all good, 1 some record bad, 2 usage or I/O error.";

/// Output formats. A new format is a variant, a name in `Format::parse`, and an arm in
/// `write_record` (and in `finish`, for formats that write once at the end, such as a bundle
/// or a graph of all records).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Stix,
    Dot,
    Brief,
    Misp,
    Incidents,
}

impl Format {
    fn parse(name: &str) -> Option<Format> {
        match name {
            "text" => Some(Format::Text),
            "json" => Some(Format::Json),
            "stix" => Some(Format::Stix),
            "dot" => Some(Format::Dot),
            "brief" => Some(Format::Brief),
            "misp" => Some(Format::Misp),
            "incidents" => Some(Format::Incidents),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Input {
    Sample,
    Stdin,
    Path(String),
}

impl Input {
    /// The name used in error messages.
    fn name(&self) -> &str {
        match self {
            Input::Sample => "<sample>",
            Input::Stdin => "-",
            Input::Path(p) => p,
        }
    }

    fn open(&self) -> io::Result<Box<dyn Read>> {
        Ok(match self {
            Input::Sample => Box::new(SAMPLE.as_bytes()),
            Input::Stdin => Box::new(io::stdin().lock()),
            Input::Path(p) => Box::new(File::open(p)?),
        })
    }
}

#[derive(Debug)]
struct Args {
    format: Format,
    strict: bool,
    parent_techniques: bool,
    /// 0: one per core.
    jobs: usize,
    inputs: Vec<Input>,
}

/// `Ok(None)` asks for the help text.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Args>, String> {
    let mut parsed = Args {
        format: Format::Text,
        strict: false,
        parent_techniques: false,
        jobs: 0,
        inputs: Vec::new(),
    };
    let mut args = args.into_iter();
    let mut options_done = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            _ if options_done => parsed.inputs.push(Input::Path(arg)),
            "-h" | "--help" => return Ok(None),
            "--strict" => parsed.strict = true,
            "--parent-techniques" => parsed.parent_techniques = true,
            "--jobs" => {
                let n = args.next().ok_or("--jobs needs a value")?;
                parsed.jobs = parse_jobs(&n)?;
            }
            _ if arg.starts_with("--jobs=") => parsed.jobs = parse_jobs(&arg["--jobs=".len()..])?,
            "--format" => {
                let name = args.next().ok_or("--format needs a value")?;
                parsed.format =
                    Format::parse(&name).ok_or_else(|| format!("unknown format {name:?}"))?;
            }
            "--" => options_done = true,
            "-" => parsed.inputs.push(Input::Stdin),
            _ if arg.starts_with("--format=") => {
                let name = &arg["--format=".len()..];
                parsed.format =
                    Format::parse(name).ok_or_else(|| format!("unknown format {name:?}"))?;
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg:?}")),
            _ => parsed.inputs.push(Input::Path(arg)),
        }
    }
    if parsed.inputs.is_empty() {
        parsed.inputs.push(Input::Sample);
    }
    Ok(Some(parsed))
}

/// A positive thread count.
fn parse_jobs(n: &str) -> Result<usize, String> {
    match n.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("--jobs needs a positive number, not {n:?}")),
    }
}

/// Exit statuses, worst wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    Ok = 0,
    BadRecord = 1,
    Trouble = 2,
}

/// State across records and inputs.
struct Run<W: Write> {
    format: Format,
    out: W,
    records: usize,
    extractor: Extractor,
    /// The graph of every record, for the formats written once at the end.
    graph: KnowledgeGraph,
    /// Each record's article identity (scrape time, title), for `--format incidents` and `misp`.
    seen: Vec<(time::OffsetDateTime, String)>,
    /// Each record's MISP event, written at the end once the incidents are resolved.
    events: Vec<serde_json::Value>,
}

impl<W: Write> Run<W> {
    /// `ahead`: the article's report, when the record loop extracted it (on worker threads).
    fn write_record(&mut self, article: &Article<'_>, ahead: Option<Report>) -> io::Result<()> {
        let extractor = &self.extractor;
        let report = || ahead.unwrap_or_else(|| extractor.extract(article));
        match self.format {
            Format::Text => {
                let report = report();
                write_text(&mut self.out, article, &report, self.records)?;
            }
            Format::Json => {
                let report = report();
                write_json(&mut self.out, article, &report)?;
            }
            Format::Stix | Format::Dot => {
                let report = report();
                self.graph.ingest(article, &report);
            }
            Format::Incidents => {
                let report = report();
                self.graph.ingest(article, &report);
                self.seen
                    .push((article.scraped_at(), article.title().to_owned()));
            }
            Format::Brief => write_brief(&mut self.out, article, self.records)?,
            Format::Misp => {
                let report = report();
                self.events.push(to_misp(article, &report));
                self.graph.ingest(article, &report);
                self.seen
                    .push((article.scraped_at(), article.title().to_owned()));
            }
        }
        self.records += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        match self.format {
            Format::Text | Format::Json => {}
            Format::Stix => write_stix(&self.graph, &mut self.out)?,
            Format::Dot => write_dot(&self.graph, &mut self.out)?,
            Format::Brief if self.records > 0 => writeln!(self.out)?,
            Format::Brief => {}
            Format::Misp => {
                let events = std::mem::take(&mut self.events);
                write_misp(&mut self.out, &self.graph, &self.seen, events)?;
            }
            Format::Incidents => write_incidents(&mut self.out, &self.graph, &self.seen)?,
        }
        self.out.flush()
    }
}

/// A readable report: the record, the incident it reports and its attribution, the actors
/// named and their roles, and what else was found.
fn write_text(out: &mut impl Write, a: &Article<'_>, r: &Report, index: usize) -> io::Result<()> {
    fn join<T: std::fmt::Display>(items: &[T]) -> String {
        if items.is_empty() {
            return "-".to_owned();
        }
        items
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
    if index > 0 {
        writeln!(out)?;
    }
    writeln!(out, "record {} (line {})", a.record(), a.line())?;
    writeln!(out, "  scraped    {}", rfc3339_millis(a))?;
    writeln!(out, "  source     {}", a.source().unwrap_or("-"))?;
    writeln!(out, "  title      {}", a.title())?;
    for (i, incident) in r.incidents.iter().enumerate() {
        let label = if incident.context {
            "context incident"
        } else {
            "reported incident"
        };
        writeln!(out, "  {label} {}", i + 1)?;
        writeln!(out, "    types        {}", join(&incident.types))?;
        let victims: Vec<String> = incident
            .victims
            .iter()
            .map(|v| match v.country {
                Some(c) => format!("{} ({c})", v.name),
                None => v.name.clone(),
            })
            .collect();
        writeln!(out, "    victims      {}", join(&victims))?;
        writeln!(out, "    sectors      {}", join(&incident.sectors))?;
        writeln!(out, "    countries    {}", join(&incident.countries))?;
        if let Some(when) = incident.when {
            writeln!(out, "    when         {} .. {}", when.from, when.to)?;
        }
        let at = &incident.attribution;
        writeln!(
            out,
            "    attribution  {} (confidence {})",
            at.status, at.confidence
        )?;
        if !at.actors.is_empty() {
            writeln!(out, "      actors     {}", join(&at.actors))?;
        }
        if !at.by.is_empty() {
            writeln!(out, "      by         {}", join(&at.by))?;
        }
        if !at.hypotheses.is_empty() {
            writeln!(out, "      hypotheses {}", join(&at.hypotheses))?;
        }
    }
    for actor in &r.actors {
        let id = actor.attack_id.as_deref().unwrap_or("no ATT&CK id");
        writeln!(out, "  actor      {} ({id}): {}", actor.name, actor.role)?;
        if let Some(basis) = &actor.basis {
            // Why: the rule of the attribution table, who said it, and the deciding sentence.
            let by = if basis.by.is_empty() {
                String::new()
            } else {
                format!(" by {}", join(&basis.by))
            };
            let body = a.body_span();
            let said = basis
                .span
                .filter(|s| body.start <= s.start && s.end <= body.end)
                .map(|s| &a.body()[s.start - body.start..s.end - body.start])
                .map(|t| match t.char_indices().nth(120) {
                    Some((cut, _)) => format!(": \"{}...\"", &t[..cut]),
                    None => format!(": \"{t}\""),
                })
                .unwrap_or_default();
            writeln!(out, "    because  {}{by}{said}", basis.rule)?;
        }
    }
    let software: Vec<String> = r
        .software
        .iter()
        .map(|s| match &s.attack_id {
            Some(id) => format!("{} ({id})", s.name),
            None => s.name.clone(),
        })
        .collect();
    writeln!(out, "  software   {}", join(&software))?;
    let techniques: Vec<String> = r
        .techniques
        .iter()
        .map(|t| format!("{} {}", t.id, t.name))
        .collect();
    writeln!(out, "  techniques {}", join(&techniques))?;
    writeln!(out, "  cves       {}", join(&r.cves))?;
    if !r.indicators.is_empty() {
        let iocs: Vec<String> = r
            .indicators
            .iter()
            .map(|i| format!("{} {}", i.kind, i.value))
            .collect();
        writeln!(out, "  indicators {}", join(&iocs))?;
    }
    if let Some(promo) = r.promo {
        writeln!(
            out,
            "  promo      bytes {}..{} (sponsored block, not mined)",
            promo.start, promo.end
        )?;
    }
    Ok(())
}

/// One JSON object per line: the JSON Lines contract (`threatbrief::export::jsonl`).
fn write_json(out: &mut impl Write, a: &Article<'_>, r: &Report) -> io::Result<()> {
    Record::new(a, r).write_line(out)
}

/// Each record's resolved incident (`None` for a record without a reported incident), in
/// record order.
fn resolved_per_record<'r>(
    graph: &KnowledgeGraph,
    resolution: &'r Resolution,
    seen: &[(time::OffsetDateTime, String)],
) -> Vec<Option<&'r ResolvedIncident>> {
    let articles: HashMap<(time::OffsetDateTime, &str), ArticleId> = graph
        .articles()
        .map(|(id, a)| ((a.scraped_at, a.title.as_str()), id))
        .collect();
    let reported: HashMap<ArticleId, IncidentId> = graph
        .incidents()
        .filter(|(_, node)| !node.context)
        .map(|(id, node)| (node.article, id))
        .collect();
    seen.iter()
        .map(|(at, title)| {
            articles
                .get(&(*at, title.as_str()))
                .and_then(|article| reported.get(article))
                .and_then(|&incident| resolution.of(incident))
        })
        .collect()
}

/// The MISP events, one per record. The events of one resolved incident that several articles
/// tell are related: each carries the tag `threatbrief:incident="<key>"`, and each but the
/// earliest report's extends that one (`extends_uuid`, MISP's extended events), so MISP shows
/// the story as one event with every article's contribution.
fn write_misp(
    out: &mut impl Write,
    graph: &KnowledgeGraph,
    seen: &[(time::OffsetDateTime, String)],
    mut events: Vec<serde_json::Value>,
) -> io::Result<()> {
    let resolution = graph.resolve();
    let resolved = resolved_per_record(graph, &resolution, seen);
    // The event of each resolved incident's earliest report, found by its article's identity.
    let event_of: HashMap<(time::OffsetDateTime, &str), &serde_json::Value> = seen
        .iter()
        .zip(&events)
        .map(|((at, title), event)| ((*at, title.as_str()), &event["Event"]["uuid"]))
        .collect();
    let mut relations = Vec::with_capacity(events.len());
    for incident in &resolved {
        relations.push(incident.filter(|r| r.reports.len() > 1).map(|r| {
            let first = graph.article(graph.incident(r.reports[0]).article);
            let first = event_of
                .get(&(first.scraped_at, first.title.as_str()))
                .map(|uuid| (*uuid).clone());
            (r.key, first)
        }));
    }
    for (event, relation) in events.iter_mut().zip(relations) {
        let Some((key, first)) = relation else {
            continue;
        };
        let event = &mut event["Event"];
        if let Some(first) = first.filter(|f| *f != event["uuid"]) {
            event["extends_uuid"] = first;
        }
        let tag = serde_json::json!({ "name": format!("threatbrief:incident=\"{key}\"") });
        match event["Tag"].as_array_mut() {
            Some(tags) => tags.push(tag),
            None => event["Tag"] = serde_json::Value::Array(vec![tag]),
        }
    }
    if events.is_empty() {
        return writeln!(out, "[]");
    }
    for (i, event) in events.iter().enumerate() {
        out.write_all(if i == 0 { b"[\n" } else { b",\n" })?;
        serde_json::to_writer_pretty(&mut *out, event)?;
    }
    writeln!(out, "\n]")
}

/// One line per record: its reported incident as resolved across every input.
fn write_incidents(
    out: &mut impl Write,
    graph: &KnowledgeGraph,
    seen: &[(time::OffsetDateTime, String)],
) -> io::Result<()> {
    let resolution = graph.resolve();
    for (record, resolved) in resolved_per_record(graph, &resolution, seen)
        .into_iter()
        .enumerate()
    {
        // Written by hand to keep the documented key order.
        let key = resolved.map_or_else(|| "null".to_owned(), |r| format!("\"{}\"", r.key));
        let reports = resolved.map_or(0, |r| r.reports.len());
        writeln!(
            out,
            "{{\"record\": {}, \"incident_key\": {key}, \"reports\": {reports}}}",
            record + 1
        )?;
    }
    Ok(())
}

/// The scrape format; records separated by one blank line.
fn write_brief(out: &mut impl Write, a: &Article<'_>, index: usize) -> io::Result<()> {
    if index > 0 {
        write!(out, "\n\n")?;
    }
    write!(out, "{a}")
}

/// `2025-12-15T11:11:13.308Z`, as in the JSON form.
fn rfc3339_millis(a: &Article<'_>) -> String {
    let format = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    a.scraped_at().format(format).unwrap_or_default()
}

fn run(args: &Args, out: impl Write) -> Status {
    let mut run = Run {
        format: args.format,
        out,
        records: 0,
        extractor: Extractor::default().sub_techniques(!args.parent_techniques),
        graph: KnowledgeGraph::new(),
        seen: Vec::new(),
        events: Vec::new(),
    };
    let mut status = Status::Ok;
    let options = ParseOptions::default().strict(args.strict);
    let parallel = ParallelOptions::default().jobs(args.jobs);
    'inputs: for input in &args.inputs {
        let name = input.name();
        let reader = match input.open() {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{name}: error: {e}");
                status = status.max(Status::Trouble);
                continue;
            }
        };
        let records = ArticleReader::with_options(reader, options);
        // Formats that extract get their reports from worker threads, in record order.
        let records: Box<dyn Iterator<Item = Result<_, _>>> = if run.format == Format::Brief {
            Box::new(records.map(|r| r.map(|article| (article, None))))
        } else {
            let reports = run.extractor.extract_all(records, parallel);
            Box::new(reports.map(|r| r.map(|(article, report)| (article, Some(report)))))
        };
        for result in records {
            match result {
                Ok((article, report)) => {
                    if let Err(e) = run.write_record(&article, report) {
                        return write_failed(&e);
                    }
                }
                Err(e) if matches!(e.kind(), ErrorKind::Io(_)) => {
                    eprintln!("{name}: error: {}", e.kind());
                    status = status.max(Status::Trouble);
                }
                Err(e) => {
                    eprintln!("{name}:{}:{}: error: {}", e.line(), e.column(), e.kind());
                    status = status.max(Status::BadRecord);
                    if args.strict {
                        break 'inputs;
                    }
                }
            }
        }
    }
    if let Err(e) = run.finish() {
        return write_failed(&e);
    }
    status
}

fn write_failed(e: &io::Error) -> Status {
    if e.kind() == io::ErrorKind::BrokenPipe {
        // The reader went away (`brief | head`): not worth a message.
        return Status::Ok;
    }
    eprintln!("brief: error writing output: {e}");
    Status::Trouble
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("brief: {msg}\n\n{USAGE}");
            return ExitCode::from(Status::Trouble as u8);
        }
    };
    let status = run(&args, BufWriter::new(io::stdout().lock()));
    ExitCode::from(status as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Option<Args>, String> {
        parse_args(list.iter().map(|s| (*s).to_owned()))
    }

    #[test]
    fn arguments() {
        let a = args(&[]).unwrap().unwrap();
        assert_eq!(
            (a.format, a.strict, a.inputs),
            (Format::Text, false, vec![Input::Sample])
        );
        let a = args(&["--format", "json", "--strict", "a.txt", "-"])
            .unwrap()
            .unwrap();
        assert_eq!(a.format, Format::Json);
        assert!(a.strict);
        assert_eq!(a.inputs, vec![Input::Path("a.txt".into()), Input::Stdin]);
        assert_eq!(
            args(&["--format=brief"]).unwrap().unwrap().format,
            Format::Brief
        );
        assert!(args(&["--help"]).unwrap().is_none());
        assert!(args(&["--format", "xml"]).is_err());
        assert!(args(&["--format"]).is_err());
        assert!(args(&["--bogus"]).is_err());
        assert_eq!(args(&[]).unwrap().unwrap().jobs, 0);
        assert_eq!(args(&["--jobs", "3"]).unwrap().unwrap().jobs, 3);
        assert_eq!(args(&["--jobs=2"]).unwrap().unwrap().jobs, 2);
        assert!(args(&["--jobs", "0"]).is_err());
        assert!(args(&["--jobs", "many"]).is_err());
        assert!(args(&["--jobs"]).is_err());
        assert!(!args(&[]).unwrap().unwrap().parent_techniques);
        assert!(
            args(&["--parent-techniques"])
                .unwrap()
                .unwrap()
                .parent_techniques
        );
        let a = args(&["--", "--strict"]).unwrap().unwrap();
        assert_eq!(a.inputs, vec![Input::Path("--strict".into())]);
    }

    #[test]
    fn incidents_format_keys_each_record() {
        let a = Args {
            format: Format::Incidents,
            strict: false,
            parent_techniques: false,
            jobs: 2,
            inputs: vec![Input::Sample, Input::Sample],
        };
        let mut out = Vec::new();
        assert_eq!(run(&a, &mut out), Status::Ok);
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["record"], 2);
        // The same record twice is one article: one report, one key.
        assert_eq!(lines[0]["reports"], 1);
        assert!(lines[0]["incident_key"].is_string());
        assert_eq!(lines[0]["incident_key"], lines[1]["incident_key"]);
    }

    #[test]
    fn misp_events_of_one_incident_are_related() {
        let a = Args {
            format: Format::Misp,
            strict: false,
            parent_techniques: false,
            jobs: 1,
            inputs: vec![Input::Path("tests/data/same-incident.txt".into())],
        };
        let mut out = Vec::new();
        assert_eq!(run(&a, &mut out), Status::Ok);
        let events: Vec<serde_json::Value> = serde_json::from_slice(&out).unwrap();
        let events: Vec<&serde_json::Value> = events.iter().map(|e| &e["Event"]).collect();
        assert_eq!(events.len(), 3);
        let tag = |e: &serde_json::Value| {
            e["Tag"].as_array().and_then(|tags| {
                tags.iter()
                    .filter_map(|t| t["name"].as_str())
                    .find(|n| n.starts_with("threatbrief:incident="))
                    .map(str::to_owned)
            })
        };
        // Records 1 and 2 tell the county's ransomware attack; record 3 is another story.
        assert!(tag(events[0]).is_some());
        assert_eq!(tag(events[0]), tag(events[1]));
        assert_eq!(tag(events[2]), None);
        assert_eq!(events[1]["extends_uuid"], events[0]["uuid"]);
        assert!(events[0].get("extends_uuid").is_none());
        assert!(events[2].get("extends_uuid").is_none());
    }

    #[test]
    fn brief_format_round_trips_the_sample() {
        let a = Args {
            format: Format::Brief,
            strict: false,
            parent_techniques: false,
            jobs: 1,
            inputs: vec![Input::Sample],
        };
        let mut out = Vec::new();
        assert_eq!(run(&a, &mut out), Status::Ok);
        assert_eq!(String::from_utf8(out).unwrap(), format!("{SAMPLE}\n"));
    }
}
