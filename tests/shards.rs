//! Graph shards built apart, saved, loaded and merged in any order give the graph, STIX and DOT
//! of one run over everything: in the library and through `actor_graph --save/--merge`.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use threatbrief::export::{to_stix, write_dot};
use threatbrief::extract::Extractor;
use threatbrief::{KnowledgeGraph, articles};

const CORPUS: &str = include_str!("data/corpus.txt");

fn dot(graph: &KnowledgeGraph) -> String {
    let mut out = Vec::new();
    write_dot(graph, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Every permutation of `0..n`.
fn orders(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![vec![]];
    }
    let mut all = Vec::new();
    for rest in orders(n - 1) {
        for at in 0..=rest.len() {
            let mut order = rest.clone();
            order.insert(at, n - 1);
            all.push(order);
        }
    }
    all
}

#[test]
fn saved_shards_merge_into_the_whole_in_any_order() {
    let extractor = Extractor::default();
    let records: Vec<_> = articles(CORPUS)
        .map(|a| {
            let a = a.unwrap();
            let report = extractor.extract(&a);
            (a, report)
        })
        .collect();
    assert_eq!(records.len(), 8);
    let mut whole = KnowledgeGraph::new();
    for (a, r) in &records {
        whole.ingest(a, r);
    }
    whole.canonicalize();
    let (stix, graph_dot) = (to_stix(&whole), dot(&whole));
    assert!(stix.contains("\"type\": \"intrusion-set\""));

    // Shards by ranges of records and by records dealt round-robin.
    let splits: [&dyn Fn(usize) -> usize; 3] = [
        &|i| usize::from(i >= 3) + usize::from(i >= 5),
        &|i| i % 3,
        &|i| usize::from(i == 7) * 2,
    ];
    for shard_of in splits {
        let mut shards: [KnowledgeGraph; 3] = Default::default();
        for (i, (a, r)) in records.iter().enumerate() {
            shards[shard_of(i)].ingest(a, r);
        }
        let files: Vec<Vec<u8>> = shards
            .iter()
            .map(|g| {
                let mut bytes = Vec::new();
                g.save(&mut bytes).unwrap();
                bytes
            })
            .collect();
        for order in orders(files.len()) {
            let mut merged = KnowledgeGraph::new();
            for &i in &order {
                merged.merge(KnowledgeGraph::load(files[i].as_slice()).unwrap());
            }
            assert!(merged == whole, "order {order:?}");
            assert!(to_stix(&merged) == stix, "STIX, order {order:?}");
            assert!(dot(&merged) == graph_dot, "DOT, order {order:?}");
        }
    }
}

fn actor_graph(dir: &Path, args: &[&str]) -> Output {
    Command::new(common::example("actor_graph"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

#[test]
fn actor_graph_save_then_merge_is_one_run() {
    let dir = std::env::temp_dir().join(format!("threatbrief-shards-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Three input files, cut at record boundaries.
    let starts: Vec<usize> = CORPUS
        .match_indices("Article Details\n")
        .map(|(i, _)| i)
        .collect();
    let cuts = [0, starts[3], starts[5], CORPUS.len()];
    let parts = ["a.txt", "b.txt", "c.txt"];
    for (i, part) in parts.iter().enumerate() {
        std::fs::write(dir.join(part), &CORPUS[cuts[i]..cuts[i + 1]]).unwrap();
    }

    let one = actor_graph(
        &dir,
        &[
            "--stix", "one.json", "--dot", "one.dot", "a.txt", "b.txt", "c.txt",
        ],
    );
    assert_eq!(
        one.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    for (part, shard) in parts.iter().zip(["a.shard", "b.shard", "c.shard"]) {
        let out = actor_graph(&dir, &["--save", shard, part]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for (n, merge) in [
        &[
            "--merge", "c.shard", "--merge", "a.shard", "--merge", "b.shard",
        ][..],
        &[
            "--merge", "b.shard", "--merge", "c.shard", "--merge", "a.shard",
        ][..],
        // A shard beside briefs read in the same run.
        &["--merge", "b.shard", "c.txt", "a.txt"][..],
    ]
    .iter()
    .enumerate()
    {
        let (stix, dot) = (format!("merged{n}.json"), format!("merged{n}.dot"));
        let mut args = vec!["--stix", &stix, "--dot", &dot];
        args.extend_from_slice(merge);
        let out = actor_graph(&dir, &args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            read(&dir, &stix) == read(&dir, "one.json"),
            "STIX of {merge:?}"
        );
        assert!(
            read(&dir, &dot) == read(&dir, "one.dot"),
            "DOT of {merge:?}"
        );
    }
    // Same summary, too.
    let summary = |args: &[&str]| String::from_utf8(actor_graph(&dir, args).stdout).unwrap();
    assert_eq!(
        summary(&[
            "--merge", "a.shard", "--merge", "b.shard", "--merge", "c.shard"
        ]),
        summary(&["a.txt", "b.txt", "c.txt"])
    );

    // A shard of another format version, or no shard at all: a message, status 2, no panic.
    let shard = read(&dir, "a.shard");
    std::fs::write(
        dir.join("v9.shard"),
        shard.replacen("shard 2\n", "shard 9\n", 1),
    )
    .unwrap();
    let out = actor_graph(&dir, &["--merge", "v9.shard"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("v9.shard: error: graph shard format version 9"),
        "{stderr}"
    );
    let out = actor_graph(&dir, &["--merge", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("not a threatbrief graph shard")
    );

    // --save never overwrites an input, shards included.
    let out = actor_graph(&dir, &["--merge", "a.shard", "--save", "a.shard"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("refusing to overwrite")
    );
    assert_eq!(read(&dir, "a.shard"), shard);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `at_scale` on a few reports: both phases run, and the objects it counts are the bundle's.
#[test]
fn at_scale_counts_what_it_writes() {
    let dir = std::env::temp_dir().join(format!("threatbrief-at-scale-{}", std::process::id()));
    let shards = dir.join("shards");
    let shards = shards.to_str().unwrap();
    let stix = dir.join("bundle.json");
    let build = run_example(
        "at_scale",
        &[
            "build",
            "--reports",
            "2000",
            "--shards",
            "3",
            "--dir",
            shards,
        ],
    );
    assert!(
        build.contains("ingest: 2000 reports into 3 shards"),
        "{build}"
    );
    let merge = run_example(
        "at_scale",
        &["merge", "--dir", shards, "--stix", stix.to_str().unwrap()],
    );
    assert!(merge.contains("merged graph: 2000 articles"), "{merge}");
    let bundle: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&stix).unwrap()).unwrap();
    let objects = bundle["objects"].as_array().unwrap().len();
    assert!(
        merge.contains(&format!("stix: {objects} objects")),
        "{objects}: {merge}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Runs an example to success and returns its standard output.
fn run_example(name: &str, args: &[&str]) -> String {
    let out = Command::new(common::example(name))
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
