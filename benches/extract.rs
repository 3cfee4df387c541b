//! Parse + extract throughput in bytes per second on three inputs, each against two yardsticks
//! measured in the same run over the same bytes: a memchr line count (the floor of reading the
//! bytes at all) and the naive name scan a user would write instead of this crate, one ASCII
//! case-insensitive aho-corasick pass counting every threat-actor name and alias.
//!
//! - `extract`: news, the record fixtures of `tests/data/` repeated to about 8 MB (indicators
//!   are rare);
//! - `extract_indicator_dense`: about 8 MB of generated reports (invented IOC lists in every
//!   defang style, as threat reports write them). Indicator extraction runs on every article,
//!   so the dense input should cost at most about twice the news;
//! - `extract_casie`: long real articles, `../shared/corpus/casie/casie.txt` (2.5 MB) when it is
//!   present beside the repository, the news fixtures otherwise.
//!
//! The name scan's names are those of `../shared/data` (ATT&CK groups and the MISP
//! threat-actor, ransomware and microsoft-activity-group galaxies: every name and synonym of
//! three bytes or more, 4,635 of them) when present, the embedded gazetteer's actor names and
//! aliases otherwise. Its automaton is built before measuring.
//!
//! - `extract_scaling`: one article of 64 KB and one of 512 KB for each kind of text that
//!   could make the work per article grow faster than its length (sentences that each open on
//!   a new capitalised word, a list of hundreds of names in one sentence, many places before a
//!   passive, Title Case lines, one word without spaces, quoted names, actor names with
//!   attribution cues, one endless sentence of actor names or of group nouns, dates).
//!   Extraction is linear when the two sizes of each kind run at about the same bytes per
//!   second.
//!
//! Run short:
//! `cargo bench --bench extract -- --warm-up-time 1 --measurement-time 5`.

// criterion_group! and criterion_main! generate undocumented public functions.
#![allow(missing_docs)]

use std::fmt::Write as _;
use std::hint::black_box;

use aho_corasick::AhoCorasick;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use threatbrief::extract::Extractor;

const TARGET: usize = 8 << 20;

/// The shared data and corpora, beside the repository.
const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

/// Real articles when the shared corpus is there, the news fixtures otherwise.
fn casie() -> String {
    std::fs::read_to_string(format!("{SHARED}/corpus/casie/casie.txt")).unwrap_or_else(|_| news())
}

/// Every threat-actor name and alias of three bytes or more (shorter ones match everywhere),
/// each once: from the shared ATT&CK and MISP files when all are readable, else from the
/// embedded gazetteer.
fn actor_names() -> Vec<String> {
    let from_shared = || -> Option<Vec<String>> {
        let read = |path: &str| -> Option<serde_json::Value> {
            let text = std::fs::read_to_string(format!("{SHARED}/data/{path}")).ok()?;
            serde_json::from_str(&text).ok()
        };
        let strings = |v: Option<&serde_json::Value>| -> Vec<String> {
            v.and_then(serde_json::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        };
        let mut names = Vec::new();
        for group in read("attack-groups.json")?.get("groups")?.as_array()? {
            names.extend(
                group
                    .get("name")
                    .and_then(|n| n.as_str())
                    .map(str::to_owned),
            );
            names.extend(strings(group.get("aliases")));
        }
        for galaxy in ["threat-actor", "ransomware", "microsoft-activity-group"] {
            for cluster in read(&format!("misp-galaxy/{galaxy}.json"))?
                .get("values")?
                .as_array()?
            {
                names.extend(
                    cluster
                        .get("value")
                        .and_then(|n| n.as_str())
                        .map(str::to_owned),
                );
                names.extend(strings(cluster.get("meta").and_then(|m| m.get("synonyms"))));
            }
        }
        Some(names)
    };
    let mut names = from_shared().unwrap_or_else(|| {
        threatbrief::Gazetteer::embedded()
            .actors()
            .flat_map(|(_, a)| {
                std::iter::once(a.name().to_owned()).chain(a.aliases().iter().cloned())
            })
            .collect()
    });
    names.retain(|n| n.len() >= 3);
    names.sort_unstable();
    names.dedup();
    names
}

fn news() -> String {
    let fixtures = [
        include_str!("../tests/data/corpus.txt"),
        include_str!("../tests/data/sample.txt"),
    ];
    let mut out = String::with_capacity(TARGET + (1 << 20));
    while out.len() < TARGET {
        for f in fixtures {
            out.push_str(f.trim_end());
            out.push_str("\n\n");
        }
    }
    out
}

/// Records of about 2 KB whose bodies are mostly indicators: defanged URLs, domains, IPs with
/// ports and ranges, hashes, e-mail addresses, registry keys, paths, ASNs, in lists and prose.
/// Deterministic: a linear congruential generator picks the names and numbers.
fn indicator_dense() -> String {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        seed >> 33
    };
    let words = [
        "update", "cdn", "secure", "login", "portal", "sync", "cloud", "mail", "files", "api",
    ];
    let tlds = [
        "com", "net", "org", "top", "xyz", "ru", "info", "io", "co.uk", "online",
    ];
    let mut out = String::with_capacity(TARGET + (1 << 20));
    let mut record = 0;
    while out.len() < TARGET {
        record += 1;
        let _ = write!(
            out,
            "Article Details\nScrape Timestamp (UTC): 2025-06-{:02} 08:00:00.000\n\
             Original Article Text\nClick to Toggle View\n\
             Indicators of compromise for campaign {record}. The operators used the following infrastructure.",
            record % 28 + 1
        );
        for _ in 0..6 {
            let (w1, w2, tld) = (
                words[next() as usize % 10],
                words[next() as usize % 10],
                tlds[next() as usize % 10],
            );
            let ip = [
                next() % 223 + 1,
                next() % 256,
                next() % 256,
                next() % 254 + 1,
            ];
            let hash: String = (0..4)
                .map(|_| format!("{:016x}", next() * next()))
                .collect();
            let _ = write!(
                out,
                " C2: hxxps://{w1}-{w2}{n}[.]{tld}/gate.php?id={n} and {w2}{n}(.){w1}[.]{tld} resolved to \
                 {a}.{b}.{c}[.]{d}:{port} in {a}.{b}.0.0/16 (AS{asn}). Dropper SHA256: {hash}, MD5 {md5}. \
                 It wrote HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\{w1}{n} and \
                 C:\\Users\\Public\\{w2}{n}.exe; phishing from {w1}{n}[at]{w2}-mail[.]{tld}.",
                n = next() % 1000,
                a = ip[0],
                b = ip[1],
                c = ip[2],
                d = ip[3],
                port = next() % 60000 + 1024,
                asn = next() % 400_000 + 1000,
                md5 = &hash[..32],
            );
        }
        out.push_str("\nDaily Brief Summary\nIndicators were published.\n\n");
    }
    out
}

/// One record whose body is `unit(n)` for n = 0, 1, ... until the body holds `size` bytes.
/// Each unit gets its own number, so no name repeats (a repeated name would be found once).
fn one_article(size: usize, unit: impl Fn(usize) -> String) -> String {
    let mut body = String::with_capacity(size + 256);
    let mut n = 0;
    while body.len() < size {
        body.push_str(&unit(n));
        n += 1;
    }
    format!(
        "Article Details\nScrape Timestamp (UTC): 2025-06-01 08:00:00.000\n\
         Original Article Text\nClick to Toggle View\n{body}\n\
         Daily Brief Summary\nA generated article.\n\n"
    )
}

/// A word of capital and lower-case letters that no list holds, different for each `n`.
fn coined(n: usize) -> String {
    let letters = b"bcdfghjklmnpqrstvwxz";
    let mut word = String::from("K");
    let mut rest = n;
    loop {
        word.push(char::from(letters[rest % letters.len()]));
        word.push('a');
        rest /= letters.len();
        if rest == 0 {
            return word;
        }
    }
}

/// A unit of generated text, from its number.
type Unit = fn(usize) -> String;

/// The kinds of text of `extract_scaling`, each with its unit.
fn scaling_inputs() -> Vec<(&'static str, Unit)> {
    vec![
        ("capitalised_openers", |n| {
            format!(
                "{} systems were hit by a cyberattack last week. ",
                coined(n)
            )
        }),
        ("one_sentence_list", |n| {
            format!("{} Bank, {} Health and ", coined(2 * n), coined(2 * n + 1))
        }),
        ("places_before_passive", |n| {
            let places = ["France", "Spain", "Japan", "Canada", "Brazil"];
            format!("firms in {} and {} ", places[n % 5], coined(n))
        }),
        ("title_case_lines", |n| {
            format!(
                "{} Hackers Breach {} Systems In Attack. ",
                coined(2 * n),
                coined(2 * n + 1)
            )
        }),
        ("no_spaces", |n| coined(n).to_lowercase()),
        ("quoted_names", |n| {
            format!("\u{201c}{}\u{201d} said '{}' ", coined(n), coined(n + 1))
        }),
        ("actors_and_cues", |n| {
            let actors = ["APT28", "Fancy Bear", "Lazarus Group", "Sandworm", "FIN7"];
            format!(
                "{} was behind the attack on {}, researchers believe. ",
                actors[n % 5],
                coined(n)
            )
        }),
        // One endless sentence naming actors, and one of group nouns with verbs: each name
        // or noun is read for a statement, which must not read the whole sentence again.
        ("one_sentence_actors", |n| {
            let actors = ["APT28", "Fancy Bear", "Lazarus Group", "Sandworm", "FIN7"];
            format!("{} and ", actors[n % 5])
        }),
        ("one_sentence_group_nouns", |n| {
            format!("hackers used {} and ", coined(n))
        }),
        // One endless sentence of relative clauses about earlier deeds: each is read once for
        // its marks of the past, not the whole sentence for each.
        ("one_sentence_relative_clauses", |n| {
            format!(
                "{} Corp, which hit {} Bank in 2019, said hackers attacked it and ",
                coined(n),
                coined(n + 1)
            )
        }),
        // One endless sentence of denials in a group's own voice: each is read within reach
        // of its name, not back to the sentence's start (once quadratic: 80 s for 1.6 MB).
        ("one_sentence_denials", |n| {
            format!(
                "{}'s channel told {} that the group did not attack the port and ",
                ["APT28", "Sandworm", "FIN7"][n % 3],
                coined(n)
            )
        }),
        // One endless sentence of gang names that are also words: what the text says of each
        // name is asked once per name, not once per mention (once quadratic: 147 s for
        // 2.4 MB).
        ("one_sentence_ordinary_names", |n| {
            format!(
                "{}, {} or {} could be behind the attack and ",
                ["Akira", "Play", "Medusa"][n % 3],
                ["Qilin", "Play", "Akira"][n % 3],
                coined(n)
            )
        }),
        // One endless sentence of names each followed by denials: whether an outside party
        // describes the name is read within reach before it, not back to the sentence's start
        // (once quadratic: 21 s for 2.1 MB).
        ("one_sentence_names_and_denials", |n| {
            format!(
                "{} denied, rejected that, dismissed claims, ",
                ["Killnet", "Sandworm", "FIN7"][n % 3]
            )
        }),
        // Sentences naming a group, each with a platform that is also a strain's name and
        // its denial: each denying mention is looked up among the names kept, not compared
        // with all of them (once quadratic: 2.3 s for 6 MB).
        ("group_and_platform_denials", |n| {
            format!(
                "{}'s Telegram channel said the group has nothing to do with {}. ",
                ["Killnet", "Sandworm", "FIN7"][n % 3],
                coined(n)
            )
        }),
        // Runs of capitalised words before an acronym that speaks: each speaker tries a few
        // nearby words for its spelled-out name (once 17 times slower than the rest).
        ("capitalised_runs_before_acronyms", |n| {
            format!(
                "{} Echo Echo Echo Echo Echo Echo Echo Echo Echo Echo the EPA said it would \
                 inspect. ",
                coined(n)
            )
        }),
        // Crews' sites in one sentence with no punctuation: what each site did next is read
        // within 40 bytes (once read to the text's end for each: 11.6 s for 3.4 MB).
        ("crew_sites_in_one_sentence", |n| {
            format!(
                "{} listed {} on the {} leak site ",
                ["Akira", "Qilin", "LockBit"][n % 3],
                coined(n),
                ["Akira", "Qilin", "LockBit"][n % 3]
            )
        }),
        ("dates", |n| {
            format!(
                "On {} {}, 2024 the {} network went down. ",
                ["March", "April", "May"][n % 3],
                n % 28 + 1,
                coined(n)
            )
        }),
    ]
}

fn extract(c: &mut Criterion) {
    let extractor = Extractor::default();
    // Build the gazetteer's automaton before measuring.
    threatbrief::Gazetteer::embedded().prepare_scan();
    // The naive alternative, as a user would write it: default builder, ASCII case folding.
    let names = actor_names();
    eprintln!("yardstick_name_scan: {} names", names.len());
    let names = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(names)
        .expect("actor names build an automaton");

    for (name, text) in [
        ("extract", news()),
        ("extract_indicator_dense", indicator_dense()),
        ("extract_casie", casie()),
    ] {
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(10);
        g.bench_function("yardstick_memchr_count", |b| {
            b.iter(|| memchr::memchr_iter(b'\n', black_box(text.as_bytes())).count());
        });
        g.bench_function("yardstick_name_scan", |b| {
            b.iter(|| names.find_iter(black_box(text.as_bytes())).count());
        });
        g.bench_function("parse_and_extract", |b| {
            b.iter(|| {
                threatbrief::articles(black_box(&text))
                    .filter_map(Result::ok)
                    .map(|a| extractor.extract(&a).indicators.len())
                    .sum::<usize>()
            });
        });
        // The indicator pass alone, article by article as extraction runs it.
        let articles: Vec<_> = threatbrief::articles(&text)
            .filter_map(Result::ok)
            .collect();
        let bodies: Vec<&str> = articles.iter().map(|a| a.body()).collect();
        g.bench_function("indicators_only", |b| {
            b.iter(|| {
                bodies
                    .iter()
                    .map(|body| threatbrief::extract::indicators(black_box(body)).len())
                    .sum::<usize>()
            });
        });
        g.finish();
    }
}

/// Whether the work per article grows with its length alone: each kind of text at two sizes.
fn scaling(c: &mut Criterion) {
    let extractor = Extractor::default();
    threatbrief::Gazetteer::embedded().prepare_scan();
    let mut g = c.benchmark_group("extract_scaling");
    g.sample_size(10);
    for (kind, unit) in scaling_inputs() {
        for size in [64 << 10, 512 << 10] {
            let text = one_article(size, unit);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(format!("{kind}/{}KB", size >> 10), |b| {
                b.iter(|| {
                    threatbrief::articles(black_box(&text))
                        .filter_map(Result::ok)
                        .map(|a| extractor.extract(&a).actors.len())
                        .sum::<usize>()
                });
            });
        }
    }
    g.finish();
}

criterion_group!(benches, extract, scaling);
criterion_main!(benches);
