//! Generates the embedded gazetteer tables from the reference data.
//!
//! ```text
//! cargo run --example gen_gazetteer -- ../shared/data src/gazetteer/data
//! cargo run --example gen_gazetteer -- ../shared/data src/gazetteer/data --check
//! cargo run --example gen_gazetteer -- ../shared/data src/gazetteer/data \
//!     --psl public_suffix_list.dat --psl-origin "the PyPI package publicsuffixlist 1.1.2.20261023"
//! ```
//!
//! Inputs: `SOURCE/attack-groups.json` (MITRE ATT&CK groups), `SOURCE/misp-galaxy/*.json` (MISP
//! galaxy clusters) and the hand-curated files in `OUT/curated/`. Outputs, in `OUT/`:
//! `actors.tsv`, `countries.tsv`, `regions.tsv`, `sectors.tsv`, `techniques.tsv` (ATT&CK
//! techniques with their tactics and MISP UUIDs), `attack-software.tsv` (ATT&CK malware and
//! tools with their aliases), `misp.tsv` (the MISP galaxy clusters of actors, sectors and
//! countries, for the MISP export), `tlds.tsv`. `--check` writes nothing and exits with status
//! 1 when a committed table differs from what the sources give.
//!
//! The top-level domains come from a pinned copy of the Public Suffix List's TLDs,
//! `OUT/curated/public-suffix-tlds.txt`, so the check needs no network. `--psl FILE` re-cuts
//! that copy from a `public_suffix_list.dat` (the list's own file, as the PyPI package
//! `publicsuffixlist` or the npm package `psl` ship it), recording its version, commit and
//! SHA-256 and the `--psl-origin` text in the header; then the tables are made as usual.
//!
//! Only facts are copied (names, aliases, ids, countries); no description text is embedded.
//! Descriptions are read only to classify the kind of an actor the metadata leaves open.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;
use threatbrief::gazetteer::normalize;
use threatbrief::{ActorKind, Country, Sector};

/// The generated tables: file name -> contents.
pub type Tables = BTreeMap<&'static str, String>;

/// Counts reported after a run, for the README and the changelog.
#[derive(Debug, Default)]
pub struct Stats {
    /// ATT&CK groups kept as canonical actors.
    pub attack_groups: usize,
    /// MISP threat-actor / activity-group entries merged into an ATT&CK group.
    pub misp_merged: usize,
    /// MISP entries merged into another non-ATT&CK actor.
    pub misp_merged_apart: usize,
    /// MISP entries that became actors of their own.
    pub misp_kept_apart: usize,
    /// Ransomware operations read, and how many became actors of their own.
    pub ransomware_read: usize,
    /// Ransomware operations that became actors of their own.
    pub ransomware_actors: usize,
    /// Actors in the table.
    pub actors: usize,
    /// Aliases in the table (canonical names excluded).
    pub aliases: usize,
    /// Names (canonical or alias) flagged as needing a context cue.
    pub needs_cue: usize,
    /// Normalised names that point at more than one actor.
    pub ambiguous: usize,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
    };
    let (psl, psl_origin) = (value_of("--psl"), value_of("--psl-origin"));
    let paths: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|&(i, a)| {
            let value = i > 0 && matches!(args[i - 1].as_str(), "--psl" | "--psl-origin");
            !(a.starts_with("--") || value)
        })
        .map(|(_, a)| a)
        .collect();
    let (source, out) = match paths.as_slice() {
        [s, o] => (PathBuf::from(s), PathBuf::from(o)),
        _ => {
            eprintln!(
                "usage: gen_gazetteer SOURCE_DATA_DIR OUT_DIR [--check] [--psl FILE --psl-origin TEXT]"
            );
            return ExitCode::from(2);
        }
    };
    if let Some(psl) = psl {
        let Some(origin) = psl_origin else {
            eprintln!("error: --psl needs --psl-origin (where the file came from)");
            return ExitCode::from(2);
        };
        let pinned = out.join("curated").join(PINNED_TLDS);
        match pin_public_suffix_tlds(Path::new(psl), origin) {
            Ok(text) if !check => {
                if let Err(e) = std::fs::write(&pinned, text) {
                    eprintln!("error: writing {}: {e}", pinned.display());
                    return ExitCode::from(2);
                }
            }
            Ok(text) => {
                if std::fs::read_to_string(&pinned).ok().as_deref() != Some(text.as_str()) {
                    eprintln!("stale: {}", pinned.display());
                    return ExitCode::from(1);
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let (tables, stats) = match generate(&source, &out) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    eprintln!("{stats:#?}");
    if check {
        let stale = stale_tables(&tables, &out);
        for name in &stale {
            eprintln!("stale: {}", out.join(name).display());
        }
        return if stale.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    for (name, text) in &tables {
        if let Err(e) = std::fs::write(out.join(name), text) {
            eprintln!("error: writing {name}: {e}");
            return ExitCode::from(2);
        }
    }
    for (name, text) in &tables {
        eprintln!("{name}: {} bytes", text.len());
    }
    ExitCode::SUCCESS
}

/// Names of the tables in `out` whose committed text differs from `tables`.
pub fn stale_tables(tables: &Tables, out: &Path) -> Vec<&'static str> {
    tables
        .iter()
        .filter(|(name, text)| std::fs::read_to_string(out.join(name)).ok().as_ref() != Some(text))
        .map(|(name, _)| *name)
        .collect()
}

/// Reads the sources and the curated inputs and returns the generated tables.
///
/// # Errors
/// A message naming the file that is missing or malformed.
pub fn generate(source: &Path, out: &Path) -> Result<(Tables, Stats), String> {
    let curated = out.join("curated");
    let mut tables = Tables::new();
    let places = places(source, &curated)?;
    let sectors = sectors(&curated)?;
    let vocabulary = Vocabulary::read(out, &curated, &places, &sectors)?;
    let (actors, clusters, stats) = actors(source, &curated, &vocabulary)?;
    tables.insert("actors.tsv", actors);
    tables.insert("misp.tsv", misp_clusters(source, &curated, &clusters)?);
    tables.insert("countries.tsv", places.countries);
    tables.insert("regions.tsv", places.regions);
    tables.insert("sectors.tsv", sectors);
    tables.insert("tlds.tsv", tlds(&curated)?);
    tables.insert("techniques.tsv", techniques(source)?);
    tables.insert("attack-software.tsv", attack_software(source, &vocabulary)?);
    Ok((tables, stats))
}

/// The MISP galaxy clusters the MISP export tags events with: each actor's (kept while the
/// actors were merged), each STIX sector's (through curated/misp-sectors.tsv) and each
/// country's (by its ISO code in country.json).
fn misp_clusters(
    source: &Path,
    curated: &Path,
    actors: &[(String, Cluster)],
) -> Result<String, String> {
    let mut out = String::from(
        "# Generated by examples/gen_gazetteer.rs from the MISP galaxy clusters (see LICENSE-MISP.md),\n\
         # the actors' merge and curated/misp-sectors.tsv; do not edit. What the MISP export tags with.\n\
         # kind (galaxy, actor, sector, country)\tkey (galaxy type, canonical name, industry-sector-ov value, ISO code)\tgalaxy\tcluster value (a galaxy's name)\tuuid\n",
    );
    for galaxy in [
        "threat-actor",
        "ransomware",
        "microsoft-activity-group",
        "sector",
        "country",
    ] {
        let file = format!("misp-galaxy/{galaxy}.json");
        let g = read_json(&source.join(&file))?;
        let (Some(name), Some(uuid)) = (g["name"].as_str(), g["uuid"].as_str()) else {
            return Err(format!("{file}: no name or uuid"));
        };
        let _ = writeln!(out, "galaxy\t{galaxy}\t{galaxy}\t{name}\t{uuid}");
    }
    for (name, c) in actors {
        let _ = writeln!(out, "actor\t{name}\t{}\t{}\t{}", c.galaxy, c.value, c.uuid);
    }
    let sectors = read_json(&source.join("misp-galaxy/sector.json"))?;
    let by_value: HashMap<&str, &str> = sectors["values"]
        .as_array()
        .ok_or("sector.json: no values")?
        .iter()
        .filter_map(|v| Some((v["value"].as_str()?, v["uuid"].as_str()?)))
        .collect();
    let mapping = read_text(&curated.join("misp-sectors.tsv"))?;
    let mut seen = HashSet::new();
    for row in rows(&mapping) {
        let [sector, value] = row[..] else {
            return Err(format!("curated/misp-sectors.tsv: bad row {row:?}"));
        };
        let sector: Sector = sector
            .parse()
            .map_err(|e| format!("curated/misp-sectors.tsv: {e}"))?;
        let uuid = by_value
            .get(value)
            .ok_or_else(|| format!("curated/misp-sectors.tsv: no MISP sector {value:?}"))?;
        seen.insert(sector);
        let _ = writeln!(out, "sector\t{sector}\tsector\t{value}\t{uuid}");
    }
    if let Some(missing) = Sector::ALL.iter().find(|s| !seen.contains(s)) {
        return Err(format!("curated/misp-sectors.tsv: no row for {missing}"));
    }
    let countries = read_json(&source.join("misp-galaxy/country.json"))?;
    let mut rows_out: Vec<(String, String, String)> = Vec::new();
    for v in countries["values"]
        .as_array()
        .ok_or("country.json: no values")?
    {
        let (Some(code), Some(value), Some(uuid)) = (
            v["meta"]["ISO"].as_str().and_then(Country::new),
            v["value"].as_str(),
            v["uuid"].as_str(),
        ) else {
            continue;
        };
        rows_out.push((code.code().to_owned(), value.to_owned(), uuid.to_owned()));
    }
    rows_out.sort();
    rows_out.dedup_by(|a, b| a.0 == b.0);
    for (code, value, uuid) in rows_out {
        let _ = writeln!(out, "country\t{code}\tcountry\t{value}\t{uuid}");
    }
    Ok(out)
}

/// The ATT&CK Enterprise techniques, one a line in id order: the names and tactics the
/// output gives, the MISP cluster UUID, and for a revoked id the id that replaced it (so text
/// that leads to an old id yields the current one).
fn techniques(source: &Path) -> Result<String, String> {
    let path = source.join("attack-techniques.json");
    let data = read_json(&path)?;
    let list = data["techniques"]
        .as_array()
        .ok_or_else(|| format!("{}: no techniques", path.display()))?;
    let mut rows_out = Vec::with_capacity(list.len());
    for t in list {
        let field = |k: &str| t[k].as_str().unwrap_or("");
        let (id, name, uuid) = (field("id"), field("name"), field("uuid"));
        if !id.starts_with('T') || name.is_empty() || name.contains('\t') {
            return Err(format!("{}: bad technique {t}", path.display()));
        }
        let tactics = str_list(&t["tactics"]).join(",");
        let revoked_by = t["revoked_by"].as_str().unwrap_or("-");
        rows_out.push(format!(
            "{id}\t{name}\t{}\t{}\t{revoked_by}",
            if tactics.is_empty() { "-" } else { &tactics },
            if uuid.is_empty() { "-" } else { uuid },
        ));
    }
    rows_out.sort();
    rows_out.dedup();
    let mut out = String::from(
        "# Generated by examples/gen_gazetteer.rs from MITRE ATT&CK Enterprise techniques (see\n\
         # LICENSE-ATTACK.md), as the MISP galaxy mitre-attack-pattern lists them; do not edit.\n\
         # id\tname\ttactics (',' between)\tMISP cluster UUID\trevoked by ('-' when current)\n",
    );
    for row in rows_out {
        out.push_str(&row);
        out.push('\n');
    }
    Ok(out)
}

/// The ATT&CK software (malware and tools), one a line in id order, with its names: the name
/// first, then the aliases, `!` before one that is a common English word or shorter than four
/// characters ("Net", "at", "Ping"), which the extractor reads only next to a word saying it is
/// software.
fn attack_software(source: &Path, vocabulary: &Vocabulary) -> Result<String, String> {
    let path = source.join("attack-software.json");
    let data = read_json(&path)?;
    let list = data["software"]
        .as_array()
        .ok_or_else(|| format!("{}: no software", path.display()))?;
    let mut rows_out = Vec::with_capacity(list.len());
    for sw in list {
        let field = |k: &str| sw[k].as_str().unwrap_or("");
        let (id, name, kind, uuid) = (field("id"), field("name"), field("type"), field("uuid"));
        if !id.starts_with('S') || name.is_empty() || !matches!(kind, "malware" | "tool") {
            return Err(format!("{}: bad software {sw}", path.display()));
        }
        let mut names = vec![name.to_owned()];
        for a in str_list(&sw["aliases"]) {
            if !names.contains(&a) {
                names.push(a);
            }
        }
        let marked: Vec<String> = names
            .iter()
            .filter(|n| !n.contains(['\t', '|']))
            .map(|n| {
                let word = n.to_lowercase();
                let ordinary = vocabulary.common.contains(&word) || n.chars().count() < 4;
                if ordinary { format!("!{n}") } else { n.clone() }
            })
            .collect();
        rows_out.push(format!(
            "{id}\t{kind}\t{}\t{}",
            if uuid.is_empty() { "-" } else { uuid },
            marked.join("|")
        ));
    }
    rows_out.sort();
    let mut out = String::from(
        "# Generated by examples/gen_gazetteer.rs from MITRE ATT&CK software (see LICENSE-ATTACK.md),\n\
         # as the MISP galaxies mitre-malware and mitre-tool list it; do not edit.\n\
         # id\ttype\tMISP cluster UUID\tname then aliases ('|' between; '!' before a name that is an\n\
         # ordinary word or very short, read only next to a word saying it is software)\n",
    );
    for row in rows_out {
        out.push_str(&row);
        out.push('\n');
    }
    Ok(out)
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Lines of a curated table without comments and blank lines, split at tabs.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// A pattern without its case markers (`=` exact, `^` capital first, `!` needs a cue).
fn bare(pattern: &str) -> &str {
    pattern.trim_start_matches(['=', '^', '!'])
}

fn str_list(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Places

struct Places {
    countries: String,
    regions: String,
    /// Every place name, normalised (for the dangerous-alias test).
    keys: HashSet<String>,
}

/// Country names and capitals from MISP `country.json`, then the curated extras (demonyms, short
/// forms, cities, US states). Curated rows come first so they win over MISP for the same text; a
/// curated row with code `-` drops a MISP name (capitals that are ordinary words, like Male).
fn places(source: &Path, curated: &Path) -> Result<Places, String> {
    let extra = read_text(&curated.join("countries.tsv"))?;
    let mut seen = HashSet::new();
    let mut keys = HashSet::new();
    let mut countries = String::from(
        "# Generated by examples/gen_gazetteer.rs from MISP galaxy country.json and curated/countries.tsv; do not edit.\n\
         # pattern ('=' exact case, '^' capital first letter)\tISO 3166-1 alpha-2\tform\n",
    );
    let mut push = |pattern: &str, code: &str, form: &str, out: &mut String| {
        // Exact-case patterns differ by case ("the States", "The States"); others do not.
        let key = if pattern.starts_with('=') {
            pattern.to_owned()
        } else {
            bare(pattern).to_lowercase()
        };
        if key.is_empty() || !seen.insert(key) {
            return;
        }
        if code != "-" {
            keys.insert(normalize(bare(pattern)));
            let _ = writeln!(out, "{pattern}\t{code}\t{form}");
        }
    };
    for row in rows(&extra) {
        let [pattern, code, form] = row[..] else {
            return Err(format!("curated/countries.tsv: bad row {row:?}"));
        };
        if code != "-" && Country::new(code).is_none() {
            return Err(format!("curated/countries.tsv: bad code {code}"));
        }
        push(pattern, code, form, &mut countries);
    }
    let misp = read_json(&source.join("misp-galaxy/country.json"))?;
    let mut misp_rows: Vec<(String, String, &str)> = Vec::new();
    for v in misp["values"].as_array().ok_or("country.json: no values")? {
        let meta = &v["meta"];
        let Some(code) = meta["ISO"].as_str().filter(|c| Country::new(c).is_some()) else {
            continue;
        };
        if let Some(name) = v["description"].as_str() {
            misp_rows.push((format!("^{}", name.trim()), code.to_owned(), "name"));
        }
        if let Some(capital) = meta["Capital"].as_str().filter(|c| !c.trim().is_empty()) {
            misp_rows.push((format!("^{}", capital.trim()), code.to_owned(), "capital"));
        }
    }
    for (pattern, code, form) in &misp_rows {
        push(pattern, code, form, &mut countries);
    }

    let mut regions = String::from(
        "# Generated by examples/gen_gazetteer.rs from MISP galaxy region.json and curated/regions.tsv; do not edit.\n\
         # pattern ('^' capital first letter)\tcanonical region name\n",
    );
    let mut seen = HashSet::new();
    let region_extra = read_text(&curated.join("regions.tsv"))?;
    let mut region_rows: Vec<(String, String)> = rows(&region_extra)
        .map(|r| (r[0].to_owned(), r.get(1).unwrap_or(&bare(r[0])).to_string()))
        .collect();
    let misp = read_json(&source.join("misp-galaxy/region.json"))?;
    for v in misp["values"].as_array().ok_or("region.json: no values")? {
        let Some(value) = v["value"].as_str() else {
            continue;
        };
        // "150 - Europe": the UN M49 code is not a name.
        let name = value.split_once(" - ").map_or(value, |(_, n)| n).trim();
        if name != "World" {
            region_rows.push((format!("^{name}"), name.to_owned()));
        }
    }
    for (pattern, name) in region_rows {
        let key = bare(&pattern).to_lowercase();
        if seen.insert(key) {
            keys.insert(normalize(bare(&pattern)));
            let _ = writeln!(regions, "{pattern}\t{name}");
        }
    }
    Ok(Places {
        countries,
        regions,
        keys,
    })
}

// ---------------------------------------------------------------------------------------------
// Sectors

/// The curated keyword table with plurals added: a keyword's plural is made by the usual English
/// rules unless the row gives it (third column; `-` for none).
fn sectors(curated: &Path) -> Result<String, String> {
    let text = read_text(&curated.join("sectors.tsv"))?;
    let mut out = String::from(
        "# Generated by examples/gen_gazetteer.rs from curated/sectors.tsv (plurals added); do not edit.\n\
         # keyword\tSTIX industry-sector-ov\n",
    );
    let mut seen = HashSet::new();
    let mut covered = HashSet::new();
    for row in rows(&text) {
        let (keyword, sector) = match row[..] {
            [k, s] | [k, s, _] => (k, s),
            _ => return Err(format!("curated/sectors.tsv: bad row {row:?}")),
        };
        let parsed: Sector = sector
            .parse()
            .map_err(|e| format!("curated/sectors.tsv: {e}"))?;
        covered.insert(parsed);
        let plural = match row.get(2) {
            Some(&"-") => None,
            Some(p) => Some((*p).to_owned()),
            None => Some(plural(keyword)),
        };
        for word in std::iter::once(keyword.to_owned()).chain(plural) {
            if seen.insert(bare(&word).to_lowercase()) {
                let _ = writeln!(out, "{word}\t{sector}");
            }
        }
    }
    if let Some(missing) = Sector::ALL.iter().find(|s| !covered.contains(s)) {
        return Err(format!("curated/sectors.tsv: no keyword for {missing}"));
    }
    Ok(out)
}

fn plural(phrase: &str) -> String {
    let (head, last) = phrase
        .rsplit_once(' ')
        .map_or(("", phrase), |(h, l)| (h, l));
    let sep = if head.is_empty() { "" } else { " " };
    let consonant_y = last.len() > 1
        && last.ends_with('y')
        && !matches!(last.as_bytes()[last.len() - 2], b'a' | b'e' | b'o' | b'u');
    let word = if consonant_y {
        format!("{}ies", &last[..last.len() - 1])
    } else if ["s", "x", "ch", "sh", "z"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{head}{sep}{word}")
}

// ---------------------------------------------------------------------------------------------
// Dangerous aliases

/// What an alias must not look like to match without a context cue.
struct Vocabulary {
    common: HashSet<String>,
    /// Hand list: `+Word` always needs a cue, `-Word` never does.
    forced: HashMap<String, bool>,
    /// Names of places, sectors, software and attributing parties, normalised.
    other: HashSet<String>,
}

impl Vocabulary {
    fn read(out: &Path, curated: &Path, places: &Places, sectors: &str) -> Result<Self, String> {
        let common = read_text(&curated.join("common-words.txt"))?
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(str::to_owned)
            .collect();
        let mut forced = HashMap::new();
        for line in read_text(&curated.join("cue-words.txt"))?.lines() {
            let line = line.trim();
            if let Some(w) = line.strip_prefix('+') {
                forced.insert(normalize(w), true);
            } else if let Some(w) = line.strip_prefix('-') {
                forced.insert(normalize(w), false);
            }
        }
        let mut other = places.keys.clone();
        for row in rows(sectors) {
            other.insert(normalize(bare(row[0])));
        }
        for file in ["software.tsv", "authorities.tsv"] {
            for row in rows(&read_text(&out.join(file))?) {
                other.insert(normalize(bare(row[0])));
                if let Some(aliases) = row.last().filter(|_| row.len() > 1) {
                    for a in aliases.split('|') {
                        other.insert(normalize(bare(a)));
                    }
                }
            }
        }
        Ok(Vocabulary {
            common,
            forced,
            other,
        })
    }

    /// An alias needs a cue when it is an ordinary word (one of the common English words), very
    /// short, the name of a place, sector, product or authority, or on the hand list.
    fn needs_cue(&self, alias: &str) -> bool {
        let key = normalize(alias);
        if let Some(&forced) = self.forced.get(&key) {
            return forced;
        }
        let single_word = alias.chars().all(char::is_alphabetic);
        key.chars().count() <= 3
            || (single_word && self.common.contains(&alias.to_lowercase()))
            || self.other.contains(&key)
    }
}

// ---------------------------------------------------------------------------------------------
// Actors

#[derive(Debug)]
struct Actor {
    name: String,
    attack_id: Option<String>,
    kinds: Vec<ActorKind>,
    country: Option<Country>,
    aliases: Vec<String>,
    /// ATT&CK group (merge target for MISP entries) or not.
    attack: bool,
    /// The MISP cluster a MISP user filters on for this actor (see [`Cluster::rank`]).
    cluster: Option<Cluster>,
}

/// Each actor's canonical name and its MISP cluster, for actors that have one.
type ActorClusters = Vec<(String, Cluster)>;

/// A cluster of a MISP galaxy.
#[derive(Debug, Clone)]
struct Cluster {
    galaxy: &'static str,
    value: String,
    uuid: String,
}

impl Cluster {
    /// MISP's threat-actor galaxy first, then ransomware, then Microsoft's activity groups;
    /// within a galaxy the first entry merged wins.
    fn rank(&self) -> u8 {
        match self.galaxy {
            "threat-actor" => 0,
            "ransomware" => 1,
            _ => 2,
        }
    }

    fn offer(slot: &mut Option<Cluster>, new: Option<&Cluster>) {
        if let Some(new) = new
            && slot.as_ref().is_none_or(|c| new.rank() < c.rank())
        {
            *slot = Some(new.clone());
        }
    }
}

impl Actor {
    fn new(name: &str, attack_id: Option<&str>) -> Self {
        Actor {
            name: name.trim().to_owned(),
            attack_id: attack_id.map(str::to_owned),
            kinds: Vec::new(),
            country: None,
            aliases: Vec::new(),
            attack: attack_id.is_some(),
            cluster: None,
        }
    }

    fn add_alias(&mut self, alias: &str) {
        let alias = alias.trim();
        let lower = alias.to_lowercase();
        let clean = !alias.is_empty()
            && !is_attack_id(alias)
            && !alias.contains(['\t', '|', '\n'])
            && !alias.starts_with(['=', '^', '!'])
            && !normalize(alias).is_empty()
            && lower != self.name.to_lowercase()
            && !self.aliases.iter().any(|a| a.to_lowercase() == lower);
        if clean {
            self.aliases.push(alias.to_owned());
        }
    }

    fn add_kinds(&mut self, kinds: &[ActorKind]) {
        for k in kinds {
            if !self.kinds.contains(k) {
                self.kinds.push(*k);
            }
        }
    }

    /// Takes a MISP entry's names and kinds, and its country where this actor has none.
    fn absorb(&mut self, e: &Entry) {
        Cluster::offer(&mut self.cluster, e.cluster.as_ref());
        self.add_alias(&e.name);
        for s in &e.synonyms {
            self.add_alias(s);
        }
        self.add_kinds(&e.kinds);
        if self.country.is_none() {
            self.country = e.country;
        }
    }

    fn keys(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .map(|n| normalize(n))
    }
}

fn is_attack_id(s: &str) -> bool {
    s.len() == 5 && s.starts_with('G') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// One MISP threat-actor or activity-group entry, reduced to the facts the merge reads.
struct Entry {
    /// The MISP cluster this entry is: (galaxy, value, uuid); `None` for ATT&CK's deprecated
    /// groups read as entries.
    cluster: Option<Cluster>,
    name: String,
    synonyms: Vec<String>,
    gids: Vec<String>,
    related: Vec<String>,
    kinds: Vec<ActorKind>,
    country: Option<Country>,
}

fn entry(v: &Value, galaxy: &'static str) -> Option<Entry> {
    let name = v["value"].as_str()?.trim().to_owned();
    let cluster = v["uuid"].as_str().map(|uuid| Cluster {
        galaxy,
        value: v["value"].as_str().unwrap_or("").to_owned(),
        uuid: uuid.to_owned(),
    });
    let meta = &v["meta"];
    let all = str_list(&meta["synonyms"]);
    let gids = all.iter().filter(|s| is_attack_id(s)).cloned().collect();
    let related = v["related"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| {
            matches!(
                r["type"].as_str(),
                Some("similar" | "same-as" | "overlaps" | "linked-to")
            )
        })
        .filter_map(|r| r["dest-uuid"].as_str().map(str::to_owned))
        .collect();
    Some(Entry {
        cluster,
        kinds: kinds_of(v),
        country: country_of(meta),
        name,
        synonyms: all,
        gids,
        related,
    })
}

/// Sponsor or origin country: MISP `country` (alpha-2), else `cfr-suspected-state-sponsor`
/// (a country name in UN style).
fn country_of(meta: &Value) -> Option<Country> {
    if let Some(c) = meta["country"].as_str().and_then(Country::new) {
        return Some(c);
    }
    let sponsor = meta["cfr-suspected-state-sponsor"].as_str()?;
    let code = match sponsor {
        "Russian Federation" => "RU",
        "China" | "People's Republic of China" => "CN",
        "Iran (Islamic Republic of)" => "IR",
        "Korea (Democratic People's Republic of)" => "KP",
        "Korea (Republic of)" => "KR",
        "United States" | "US" => "US",
        "Belarus" => "BY",
        "France" => "FR",
        "India" => "IN",
        "Israel" => "IL",
        "Lebanon" => "LB",
        "Pakistan" => "PK",
        "Palestine" => "PS",
        "Spain" => "ES",
        "United Arab Emirates" => "AE",
        "Vietnam" => "VN",
        _ => return None,
    };
    Country::new(code)
}

/// The kind of actor a MISP entry describes: its metadata first (motive, CFR incident type,
/// state sponsor); only when these say nothing, words of its description.
fn kinds_of(v: &Value) -> Vec<ActorKind> {
    fn add(kinds: &mut Vec<ActorKind>, k: ActorKind) {
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    let meta = &v["meta"];
    let mut kinds = Vec::new();
    let sponsor = meta["cfr-suspected-state-sponsor"]
        .as_str()
        .is_some_and(|s| s != "Unknown");
    let mut facts: Vec<String> = str_list(&meta["motive"]);
    facts.extend(str_list(&meta["cfr-type-of-incident"]));
    for fact in &facts {
        let f = fact.to_lowercase();
        if f.contains("hacktivis") || ((f == "denial of service" || f == "defacement") && !sponsor)
        {
            add(&mut kinds, ActorKind::Activist);
        }
        if f.contains("cybercrime")
            || f.contains("financ")
            || f == "extortion"
            || f == "business email compromise"
        {
            add(&mut kinds, ActorKind::Criminal);
        }
        if f.contains("espionage") || f == "sabotage" || f == "information operations" {
            add(&mut kinds, ActorKind::NationState);
        }
    }
    if sponsor {
        add(&mut kinds, ActorKind::NationState);
    }
    if kinds.is_empty() {
        let d = v["description"].as_str().unwrap_or("").to_lowercase();
        if d.contains("hacktivis") {
            add(&mut kinds, ActorKind::Activist);
        }
        if d.contains("state-sponsored")
            || d.contains("nation-state")
            || d.contains("state sponsored")
            || d.contains("espionage")
        {
            add(&mut kinds, ActorKind::NationState);
        }
        if d.contains("financially motivated")
            || d.contains("cybercrim")
            || d.contains("criminal")
            || d.contains("ransomware")
        {
            add(&mut kinds, ActorKind::Criminal);
        }
    }
    kinds
}

/// Index of normalised names -> actors that carry them.
#[derive(Default)]
struct NameIndex(HashMap<String, Vec<usize>>);

impl NameIndex {
    fn add(&mut self, key: String, actor: usize) {
        let list = self.0.entry(key).or_default();
        if !list.contains(&actor) {
            list.push(actor);
        }
    }
    fn get(&self, key: &str) -> &[usize] {
        self.0.get(key).map_or(&[], Vec::as_slice)
    }
}

#[allow(clippy::too_many_lines)] // one pass over the sources, in the order the merge needs
fn actors(
    source: &Path,
    curated: &Path,
    vocab: &Vocabulary,
) -> Result<(String, ActorClusters, Stats), String> {
    let mut stats = Stats::default();
    let attack = read_json(&source.join("attack-groups.json"))?;
    let mut groups: Vec<&Value> = attack["groups"]
        .as_array()
        .ok_or("attack-groups.json: no groups")?
        .iter()
        .collect();
    groups.sort_by_key(|g| g["attack_id"].as_str().unwrap_or("").to_owned());

    let mut actors: Vec<Actor> = Vec::new();
    let mut by_uuid: HashMap<String, usize> = HashMap::new();
    let mut by_gid: HashMap<String, usize> = HashMap::new();
    let mut revoked: Vec<&Value> = Vec::new();
    let mut deprecated: Vec<&Value> = Vec::new();
    for g in groups {
        if g["revoked"].as_bool() == Some(true) {
            revoked.push(g);
            continue;
        }
        if g["deprecated"].as_bool() == Some(true) {
            deprecated.push(g);
            continue;
        }
        let (Some(id), Some(name)) = (g["attack_id"].as_str(), g["name"].as_str()) else {
            return Err(format!("attack-groups.json: group without id or name: {g}"));
        };
        let mut actor = Actor::new(name, Some(id));
        for a in str_list(&g["aliases"]) {
            actor.add_alias(&a);
        }
        let uuid = g["stix_id"].as_str().unwrap_or("");
        by_uuid.insert(
            uuid.trim_start_matches("intrusion-set--").to_owned(),
            actors.len(),
        );
        by_gid.insert(id.to_owned(), actors.len());
        actors.push(actor);
    }
    stats.attack_groups = actors.len();

    // Revoked groups are folded into the group that revoked them. attack-groups.json does not
    // say which one that is; MISP's mirror of ATT&CK (mitre-intrusion-set.json) does, with a
    // `revoked-by` relation to the successor's STIX uuid (UNC2452 -> APT29, Charming Kitten ->
    // Magic Hound, APT34 -> OilRig, ...).
    let mitre = read_json(&source.join("misp-galaxy/mitre-intrusion-set.json"))?;
    let mut revoked_by: HashMap<String, usize> = HashMap::new();
    for v in mitre["values"].as_array().into_iter().flatten() {
        let gid = v["meta"]["external_id"].as_str().unwrap_or("");
        for r in v["related"].as_array().into_iter().flatten() {
            if r["type"] == "revoked-by"
                && let Some(&target) = r["dest-uuid"].as_str().and_then(|u| by_uuid.get(u))
            {
                revoked_by.insert(gid.to_owned(), target);
            }
        }
    }
    for g in &revoked {
        let gid = g["attack_id"].as_str().unwrap_or("");
        let Some(&target) = revoked_by.get(gid) else {
            return Err(format!("revoked group {gid} has no revoked-by in MISP"));
        };
        by_gid.insert(gid.to_owned(), target);
        if let Some(u) = g["stix_id"].as_str() {
            by_uuid.insert(u.trim_start_matches("intrusion-set--").to_owned(), target);
        }
        actors[target].add_alias(g["name"].as_str().unwrap_or(""));
        for a in str_list(&g["aliases"]) {
            actors[target].add_alias(&a);
        }
    }
    let mut attack_names = NameIndex::default();
    for (i, a) in actors.iter().enumerate() {
        for k in a.keys() {
            attack_names.add(k, i);
        }
    }

    // Deprecated groups are no longer maintained by ATT&CK, so they carry no G-id here; their
    // names are still used in the news, so they stay as actors that MISP entries can join.
    let mut entries: Vec<Entry> = deprecated
        .iter()
        .map(|g| Entry {
            cluster: None,
            name: g["name"].as_str().unwrap_or("").to_owned(),
            synonyms: str_list(&g["aliases"]),
            gids: Vec::new(),
            related: Vec::new(),
            kinds: Vec::new(),
            country: None,
        })
        .collect();
    for kind in ["threat-actor", "microsoft-activity-group"] {
        let file = format!("{kind}.json");
        let galaxy = read_json(&source.join("misp-galaxy").join(&file))?;
        entries.extend(
            galaxy["values"]
                .as_array()
                .ok_or_else(|| format!("{file}: no values"))?
                .iter()
                .filter_map(|v| entry(v, kind)),
        );
    }

    // Which ATT&CK group a MISP entry belongs to. MISP files the same actor under other names
    // (Midnight Blizzard under UNC2452, Salt Typhoon under GhostEmperor) and splits some
    // (Charming Kitten and APT35), so the evidence is weighed in this order:
    //  1. the entry's own name is a name of ATT&CK groups (UNC2452 is an APT29 alias, APT35 a
    //     Magic Hound alias); when several groups carry it, the one with most evidence below;
    //  2. a G-id among its synonyms, after following revocations (Charming Kitten lists G0058,
    //     revoked by G0059 Magic Hound); several G-ids (MISP's Lazarus entry lists G0032 and
    //     G0082): the one whose group shares most synonyms;
    //  3. a `similar`/`same-as` relation to an ATT&CK group's STIX uuid, when it names one group;
    //  4. synonyms shared with exactly one group's names (GhostEmperor lists Salt Typhoon); a
    //     synonym that itself names several groups (Grizzly Steppe) is no evidence.
    // An entry that meets none stays an actor of its own. Its synonyms that name other groups
    // stay on the entry it was merged into, so the alias becomes ambiguous rather than moved.
    let shared = |e: &Entry, group: usize, names: &NameIndex| {
        e.synonyms
            .iter()
            .filter(|s| names.get(&normalize(s)) == [group])
            .count()
    };
    let mut apart: Vec<Entry> = Vec::new();
    for e in entries {
        let best_of = |candidates: &[usize]| {
            candidates
                .iter()
                .copied()
                .max_by_key(|&g| (shared(&e, g, &attack_names), std::cmp::Reverse(g)))
        };
        let by_name = attack_names.get(&normalize(&e.name)).to_vec();
        let mut gids: Vec<usize> = e
            .gids
            .iter()
            .filter_map(|g| by_gid.get(g))
            .copied()
            .collect();
        gids.dedup();
        let mut related: Vec<usize> = e
            .related
            .iter()
            .filter_map(|u| by_uuid.get(u))
            .copied()
            .collect();
        related.sort_unstable();
        related.dedup();
        let mut sharing: Vec<usize> = (0..stats.attack_groups)
            .filter(|&g| shared(&e, g, &attack_names) > 0)
            .collect();
        sharing.sort_by_key(|&g| std::cmp::Reverse(shared(&e, g, &attack_names)));
        let target = if !by_name.is_empty() {
            best_of(&by_name)
        } else if !gids.is_empty() {
            best_of(&gids)
        } else if related.len() == 1 {
            Some(related[0])
        } else if let [first, rest @ ..] = sharing.as_slice() {
            let top = shared(&e, *first, &attack_names);
            rest.iter()
                .all(|&g| shared(&e, g, &attack_names) < top)
                .then_some(*first)
        } else {
            None
        };
        match target {
            Some(t) => {
                actors[t].absorb(&e);
                stats.misp_merged += 1;
            }
            None => apart.push(e),
        }
    }

    // MISP entries outside ATT&CK: one actor per name; a later entry whose name is a name of an
    // earlier one joins it (threat-actor and Microsoft's activity groups list some twice).
    let mut misp_names = NameIndex::default();
    for e in apart {
        let key = normalize(&e.name);
        let target = misp_names.get(&key).first().copied();
        let t = target.unwrap_or_else(|| {
            actors.push(Actor::new(&e.name, None));
            actors.len() - 1
        });
        if target.is_some() {
            stats.misp_merged_apart += 1;
        } else {
            stats.misp_kept_apart += 1;
        }
        let actor = &mut actors[t];
        actor.absorb(&e);
        for k in actor.keys().collect::<Vec<_>>() {
            misp_names.add(k, t);
        }
    }

    // Ransomware operations: the entries with leak sites (`links`) are gangs, not just malware
    // families. The same name is both, so the gang is a criminal actor. An operation joins an
    // actor of the same canonical name only when that actor is criminal already or an ATT&CK
    // group named after the operation (ATT&CK's Play, Akira): DragonForce the Malaysian
    // hacktivists and DragonForce the ransomware gang stay two candidates.
    // Versions are one operation: LockBit, Lockbit3, lockbit4 and LockBit 5.0 join.
    let galaxy = read_json(&source.join("misp-galaxy/ransomware.json"))?;
    let mut ransom_names: HashMap<String, usize> = HashMap::new();
    for v in galaxy["values"]
        .as_array()
        .ok_or("ransomware.json: no values")?
    {
        let meta = &v["meta"];
        let Some(raw) = v["value"].as_str() else {
            continue;
        };
        if meta.get("links").is_none() || raw.to_lowercase().contains("fake") {
            continue;
        }
        stats.ransomware_read += 1;
        let name = ransom_name(raw);
        if normalize(&name).chars().count() < 2 {
            continue;
        }
        let key = version_stripped(&normalize(&name));
        // An ATT&CK group named "<operation> Group" is the operation's too (ATT&CK's Medusa
        // Group is the Medusa gang).
        let existing = ransom_names.get(&key).copied().or_else(|| {
            (0..actors.len()).find(|&i| {
                let own = version_stripped(&normalize(&actors[i].name));
                (actors[i].attack || actors[i].kinds.contains(&ActorKind::Criminal))
                    && (own == key
                        || actors[i].attack && own.strip_suffix("group") == Some(key.as_str()))
            })
        });
        let t = existing.unwrap_or_else(|| {
            stats.ransomware_actors += 1;
            // Canonical names are unique: an operation named like an actor of another kind is
            // "<that name> Ransomware", and the bare name becomes an alias both carry.
            let clash = actors
                .iter()
                .find(|a| normalize(&a.name) == normalize(&name));
            let canonical =
                clash.map_or_else(|| name.clone(), |a| format!("{} Ransomware", a.name));
            actors.push(Actor::new(&canonical, None));
            actors.len() - 1
        });
        ransom_names.insert(key, t);
        let actor = &mut actors[t];
        let cluster = v["uuid"].as_str().map(|uuid| Cluster {
            galaxy: "ransomware",
            value: raw.to_owned(),
            uuid: uuid.to_owned(),
        });
        Cluster::offer(&mut actor.cluster, cluster.as_ref());
        actor.add_alias(&name);
        if raw.trim() != name {
            actor.add_alias(raw);
        }
        for s in str_list(&meta["synonyms"]) {
            actor.add_alias(&s);
        }
        actor.add_kinds(&[ActorKind::Criminal]);
        if actor.country.is_none() {
            actor.country = meta["country"].as_str().and_then(Country::new);
        }
    }

    // Hand-curated corrections and additions, applied last: an existing canonical name is
    // extended (aliases added, kinds and country replaced when given), a new one is added.
    let extra = read_text(&curated.join("actors.tsv"))?;
    for row in rows(&extra) {
        let [name, id, kinds, country, aliases] = row[..] else {
            return Err(format!("curated/actors.tsv: bad row {row:?}"));
        };
        let t = actors
            .iter()
            .position(|a| normalize(&a.name) == normalize(name))
            .unwrap_or_else(|| {
                actors.push(Actor::new(name, (id != "-").then_some(id)));
                actors.len() - 1
            });
        let actor = &mut actors[t];
        if kinds != "-" {
            actor.kinds = kinds
                .split(',')
                .map(str::parse)
                .collect::<Result<_, _>>()
                .map_err(|e| format!("curated/actors.tsv: {e}"))?;
        }
        if country != "-" {
            actor.country =
                Some(Country::new(country).ok_or(format!("curated/actors.tsv: {country}"))?);
        }
        // The row's own spelling, where it differs from the name it joined by normalised key
        // ("CyberAv3ngers" joins "Cyber Av3ngers"), is matched in text too.
        actor.add_alias(name);
        for a in aliases.split('|').filter(|a| !a.is_empty() && *a != "-") {
            actor.add_alias(a);
        }
    }

    let mut names = HashSet::new();
    if let Some(a) = actors.iter().find(|a| !names.insert(a.name.to_lowercase())) {
        return Err(format!("two actors are named {}", a.name));
    }
    for a in &mut actors {
        if a.kinds.is_empty() || a.country.is_none() {
            let (kind, country) = naming_evidence(a);
            if a.kinds.is_empty() {
                a.kinds.extend(kind);
            }
            if a.country.is_none() {
                a.country = country;
            }
        }
        if a.kinds.is_empty() {
            // An ATT&CK group with a sponsor country and no other word on it is a state actor
            // in ATT&CK's sense; anything else is left unknown rather than guessed.
            a.kinds.push(if a.attack && a.country.is_some() {
                ActorKind::NationState
            } else {
                ActorKind::Unknown
            });
        }
    }

    // ATT&CK groups first in G-id order, then the others by name: an actor's index is its line.
    let attack_count = stats.attack_groups;
    actors[attack_count..].sort_by_cached_key(|a| (a.name.to_lowercase(), a.name.clone()));

    let mut out = String::from(
        "# Generated by examples/gen_gazetteer.rs from MITRE ATT&CK groups (see LICENSE-ATTACK.md) and the\n\
         # MISP galaxy clusters threat-actor, microsoft-activity-group and ransomware (see LICENSE-MISP.md)\n\
         # plus curated/actors.tsv; do not edit. One actor a line; its index is its line among data lines.\n\
         # name\tATT&CK id\tkinds\tcountry\taliases ('|' between; '!' before a name that needs a context cue)\n",
    );
    let mut index = NameIndex::default();
    for (i, a) in actors.iter().enumerate() {
        let flag = |n: &str| if vocab.needs_cue(n) { "!" } else { "" };
        stats.needs_cue += usize::from(vocab.needs_cue(&a.name));
        let aliases: Vec<String> = a
            .aliases
            .iter()
            .map(|n| format!("{}{n}", flag(n)))
            .collect();
        stats.needs_cue += aliases.iter().filter(|n| n.starts_with('!')).count();
        stats.aliases += aliases.len();
        let kinds: Vec<&str> = a.kinds.iter().map(|k| k.as_str()).collect();
        let _ = writeln!(
            out,
            "{}{}\t{}\t{}\t{}\t{}",
            flag(&a.name),
            a.name,
            a.attack_id.as_deref().unwrap_or("-"),
            kinds.join(","),
            a.country
                .map_or_else(|| "-".to_owned(), |c| c.code().to_owned()),
            if aliases.is_empty() {
                "-".to_owned()
            } else {
                aliases.join("|")
            },
        );
        for k in a.keys() {
            index.add(k, i);
        }
    }
    stats.actors = actors.len();
    stats.ambiguous = index.0.values().filter(|v| v.len() > 1).count();
    let clusters = actors
        .into_iter()
        .filter_map(|a| Some((a.name, a.cluster?)))
        .collect();
    Ok((out, clusters, stats))
}

/// What vendors' naming conventions say of an actor the sources leave open: the last word of
/// a name encodes kind and country in the schemes of Microsoft (Blizzard = Russia, Typhoon =
/// China, Sandstorm = Iran, Sleet = North Korea, Tempest = financially motivated), CrowdStrike
/// (BEAR, PANDA, KITTEN, CHOLLIMA; SPIDER = eCrime, JACKAL = hacktivist), Palo Alto Networks
/// (Ursa, Taurus, Serpens, Pisces; Libra and Scorpius = criminal) and Secureworks (first word:
/// IRON, BRONZE, COBALT, NICKEL; GOLD = criminal); FIN and APT numbers say criminal and state.
/// Each name votes; a kind or country wins only when no other one gets a vote.
fn naming_evidence(actor: &Actor) -> (Option<ActorKind>, Option<Country>) {
    use ActorKind::{Activist, Criminal, NationState};
    let mut kinds: Vec<ActorKind> = Vec::new();
    let mut countries: Vec<&str> = Vec::new();
    for name in std::iter::once(&actor.name).chain(&actor.aliases) {
        let words: Vec<String> = name.split([' ', '-']).map(str::to_lowercase).collect();
        let (first, last) = (words[0].as_str(), words[words.len() - 1].as_str());
        let by_last = match last {
            "blizzard" | "bear" | "ursa" => Some((NationState, Some("RU"))),
            "typhoon" | "panda" | "taurus" => Some((NationState, Some("CN"))),
            "sandstorm" | "kitten" | "serpens" => Some((NationState, Some("IR"))),
            "sleet" | "chollima" | "pisces" => Some((NationState, Some("KP"))),
            "hail" | "crane" => Some((NationState, Some("KR"))),
            "dust" => Some((NationState, Some("TR"))),
            "cyclone" | "buffalo" => Some((NationState, Some("VN"))),
            "rain" => Some((NationState, Some("LB"))),
            "tiger" => Some((NationState, Some("IN"))),
            "leopard" => Some((NationState, Some("PK"))),
            "tempest" | "spider" | "libra" | "scorpius" => Some((Criminal, None)),
            "jackal" => Some((Activist, None)),
            _ => None,
        };
        // Secureworks writes its names in capitals; "Cobalt Group" is not COBALT anything.
        let capitals = name
            .split(' ')
            .next()
            .is_some_and(|w| w.chars().all(|c| !c.is_lowercase()));
        let by_first = match first {
            "iron" if capitals && words.len() == 2 => Some((NationState, Some("RU"))),
            "bronze" if capitals && words.len() == 2 => Some((NationState, Some("CN"))),
            "cobalt" if capitals && words.len() == 2 => Some((NationState, Some("IR"))),
            "nickel" if capitals && words.len() == 2 => Some((NationState, Some("KP"))),
            "gold" if capitals && words.len() == 2 => Some((Criminal, None)),
            _ => None,
        };
        let numbered = |prefix: &str| {
            words.len() <= 2
                && words
                    .concat()
                    .strip_prefix(prefix)
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        let by_number = if numbered("fin") {
            Some((Criminal, None))
        } else if numbered("apt") {
            Some((NationState, None))
        } else {
            None
        };
        for (kind, country) in [by_last, by_first, by_number].into_iter().flatten() {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
            if let Some(c) = country
                && !countries.contains(&c)
            {
                countries.push(c);
            }
        }
    }
    let kind = (kinds.len() == 1).then(|| kinds[0]);
    let country = match countries[..] {
        [c] => Country::new(c),
        _ => None,
    };
    (kind, country)
}

/// A ransomware entry's name without the word "ransomware" (`PLAY Ransomware` -> `PLAY`), and
/// with a capital when MISP gives it all in lower case (`rhysida` -> `Rhysida`).
fn ransom_name(raw: &str) -> String {
    let mut name = raw.trim();
    for suffix in [" ransomware", " Ransomware", " RANSOMWARE"] {
        name = name.strip_suffix(suffix).unwrap_or(name).trim();
    }
    if name.chars().any(char::is_uppercase) {
        name.to_owned()
    } else {
        let mut c = name.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }
}

/// A normalised name without a trailing version number (`lockbit3` -> `lockbit`), when enough
/// of a name is left to stay distinctive.
fn version_stripped(key: &str) -> String {
    let stem = key.trim_end_matches(|c: char| c.is_ascii_digit());
    if stem.chars().count() >= 4 && stem.chars().any(char::is_alphabetic) {
        stem.to_owned()
    } else {
        key.to_owned()
    }
}

// ---------------------------------------------------------------------------------------------
// Top-level domains

/// The pinned copy of the Public Suffix List's top-level domains, in `OUT/curated/`.
const PINNED_TLDS: &str = "public-suffix-tlds.txt";

/// The pinned TLD list cut from a `public_suffix_list.dat`: the last label of every rule in its
/// ICANN section (wildcards and exceptions included), once each, sorted, as the list writes
/// them (internationalised ones in Unicode), under a header saying where they came from.
fn pin_public_suffix_tlds(dat: &Path, origin: &str) -> Result<String, String> {
    use sha2::{Digest, Sha256};

    let bytes = std::fs::read(dat).map_err(|e| format!("{}: {e}", dat.display()))?;
    let text = String::from_utf8(bytes.clone()).map_err(|e| format!("{}: {e}", dat.display()))?;
    let digest: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let header_value = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix("// ")?.strip_prefix(key))
            .map_or("unknown", str::trim)
    };
    let (version, commit) = (header_value("VERSION:"), header_value("COMMIT:"));
    let section = text
        .split_once("// ===BEGIN ICANN DOMAINS===")
        .and_then(|(_, rest)| rest.split_once("// ===END ICANN DOMAINS==="))
        .map(|(icann, _)| icann)
        .ok_or_else(|| format!("{}: no ICANN section", dat.display()))?;
    let tlds: std::collections::BTreeSet<String> = section
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .filter_map(|rule| rule.rsplit('.').next())
        .map(|label| label.trim_start_matches(['!', '*']).to_lowercase())
        .filter(|label| !label.is_empty())
        .collect();
    let mut out = format!(
        "# Top-level domains: the last label of every rule in the ICANN section of the Public Suffix\n\
         # List (https://publicsuffix.org/list/; Mozilla Public License 2.0, see NOTICE), once each,\n\
         # sorted, internationalised ones in Unicode as the list writes them. {} TLDs.\n\
         # Pinned copy, cut from {origin} (public_suffix_list.dat,\n\
         # VERSION {version}, COMMIT {commit},\n\
         # SHA-256 {digest}) by:\n\
         #   cargo run --example gen_gazetteer -- ../shared/data src/gazetteer/data --psl FILE --psl-origin TEXT\n\
         # Do not edit: re-cut it from a newer list. examples/gen_gazetteer.rs makes tlds.tsv from it.\n",
        tlds.len()
    );
    for tld in &tlds {
        out.push_str(tld);
        out.push('\n');
    }
    Ok(out)
}

/// `tlds.tsv`: every TLD of the pinned list in ASCII (internationalised ones as their
/// `xn--` form), each with its guard from `curated/tld-guarded.txt` (`file-extension` or
/// `code-word`: a bare name needs more evidence), `-` for the others.
fn tlds(curated: &Path) -> Result<String, String> {
    let pinned = read_text(&curated.join(PINNED_TLDS))?;
    let guarded_text = read_text(&curated.join("tld-guarded.txt"))?;
    let mut all = std::collections::BTreeMap::new();
    for tld in pinned
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let ascii = if tld.is_ascii() {
            tld.to_owned()
        } else {
            format!("xn--{}", punycode(tld))
        };
        if all.insert(ascii, "-").is_some() {
            return Err(format!("curated/{PINNED_TLDS}: {tld} twice"));
        }
    }
    for row in rows(&guarded_text) {
        let [tld, why, _] = row[..] else {
            return Err(format!("curated/tld-guarded.txt: bad row {row:?}"));
        };
        let why = match why {
            "file-extension" => "file-extension",
            "code-word" => "code-word",
            other => {
                return Err(format!(
                    "curated/tld-guarded.txt: {tld}: unknown guard {other}"
                ));
            }
        };
        match all.get_mut(tld) {
            Some(guard) if *guard == "-" => *guard = why,
            Some(_) => return Err(format!("curated/tld-guarded.txt: {tld} twice")),
            None => {
                return Err(format!(
                    "curated/tld-guarded.txt: {tld} is not a top-level domain"
                ));
            }
        }
    }
    let mut out = format!(
        "# Generated by examples/gen_gazetteer.rs from curated/{PINNED_TLDS} (the Public Suffix\n\
         # List's TLDs, pinned; MPL-2.0, see NOTICE) and curated/tld-guarded.txt; do not edit.\n\
         # {} TLDs, internationalised ones in their xn-- form.\n\
         # tld\tguard ('file-extension' or 'code-word': a bare name needs more evidence; '-' none)\n",
        all.len()
    );
    for (tld, guard) in all {
        let _ = writeln!(out, "{tld}\t{guard}");
    }
    Ok(out)
}

/// The Punycode encoding (RFC 3492) of a label, without the `xn--` prefix.
fn punycode(label: &str) -> String {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    const SKEW: u32 = 38;
    const DAMP: u32 = 700;
    fn adapt(mut delta: u32, points: u32, first: bool) -> u32 {
        delta /= if first { DAMP } else { 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - TMIN) * TMAX) / 2 {
            delta /= BASE - TMIN;
            k += BASE;
        }
        k + (BASE - TMIN + 1) * delta / (delta + SKEW)
    }
    fn digit(d: u32) -> char {
        char::from(if d < 26 {
            b'a' + d as u8
        } else {
            b'0' + (d - 26) as u8
        })
    }
    let input: Vec<u32> = label.chars().map(u32::from).collect();
    let mut out: String = label.chars().filter(char::is_ascii).collect();
    let basic = u32::try_from(out.len()).expect("short label");
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (128u32, 0u32, 72u32, basic);
    let total = u32::try_from(input.len()).expect("short label");
    while handled < total {
        let m = input
            .iter()
            .copied()
            .filter(|&c| c >= n)
            .min()
            .expect("a code point left");
        delta += (m - n) * (handled + 1);
        n = m;
        for &c in &input {
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        TMIN
                    } else if k >= bias + TMAX {
                        TMAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    out
}

#[cfg(test)]
mod tld_tests {
    use super::punycode;

    #[test]
    fn punycode_matches_the_rfc_and_the_registry() {
        assert_eq!(punycode("рф"), "p1ai");
        assert_eq!(punycode("中国"), "fiqs8s");
        assert_eq!(punycode("ελ"), "qxam");
        assert_eq!(punycode("bücher"), "bcher-kva");
    }
}
