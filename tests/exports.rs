//! The exports tell the truth as platforms read them: on the crate's own fixtures, the STIX
//! bundle's attribution rules, what reports refer to, names, descriptions, sector identities and
//! targets, and the MISP events' galaxies and tags.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use threatbrief::export::{to_misp, to_stix};
use threatbrief::extract::Extractor;
use threatbrief::{KnowledgeGraph, Report, Role, articles};

const CORPUS: &str = include_str!("data/corpus.txt");
const SAMPLE: &str = include_str!("data/sample.txt");
const BEHIND: [&str; 3] = ["confirmed", "suspected", "claimed"];

/// Every article of the fixtures with its report, and the graph of them all.
fn fixtures() -> (Vec<(String, Value, Report)>, KnowledgeGraph) {
    let extractor = Extractor::default();
    let mut graph = KnowledgeGraph::new();
    let mut out = Vec::new();
    for input in [CORPUS, SAMPLE] {
        for article in articles(input) {
            let article = article.unwrap();
            let report = extractor.extract(&article);
            graph.ingest(&article, &report);
            out.push((
                article.title().to_owned(),
                to_misp(&article, &report),
                report,
            ));
        }
    }
    (out, graph)
}

fn bundle(graph: &KnowledgeGraph) -> BTreeMap<String, Value> {
    let bundle: Value = serde_json::from_str(&to_stix(graph)).unwrap();
    bundle["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["id"].as_str().unwrap().to_owned(), o.clone()))
        .collect()
}

/// The evidence extension of an object (the property extension, not the top-level one).
fn evidence(o: &Value) -> &Value {
    o["extensions"]
        .as_object()
        .unwrap()
        .values()
        .find(|e| e["extension_type"] == "property-extension")
        .unwrap()
}

fn of_type<'a>(
    objects: &'a BTreeMap<String, Value>,
    kind: &'a str,
) -> impl Iterator<Item = &'a Value> {
    objects.values().filter(move |o| o["type"] == kind)
}

#[test]
fn attributed_to_only_for_links_that_count() {
    let (_, graph) = fixtures();
    let objects = bundle(&graph);
    let mut attributed = 0;
    let mut related = 0;
    for r in of_type(&objects, "relationship") {
        let target = &objects[r["target_ref"].as_str().unwrap()];
        let source = &objects[r["source_ref"].as_str().unwrap()];
        if target["type"] != "intrusion-set" || source["type"] != "incident" {
            continue;
        }
        let incident_status = evidence(source)["attribution_status"].as_str().unwrap();
        let edge_status = evidence(r)["attribution_status"].as_str().unwrap();
        match r["relationship_type"].as_str().unwrap() {
            "attributed-to" => {
                attributed += 1;
                assert!(BEHIND.contains(&incident_status), "{r}");
                assert!(BEHIND.contains(&edge_status), "{r}");
            }
            "related-to" => {
                related += 1;
                let description = r["description"].as_str().unwrap();
                assert!(
                    description.contains("denies")
                        || description.contains("possibility")
                        || description.contains("not attributed"),
                    "{description}"
                );
            }
            other => panic!("{other}: {r}"),
        }
    }
    assert!(attributed >= 6, "{attributed}");
    // Akira denies the port outage.
    assert!(related >= 1, "{related}");
    let akira = of_type(&objects, "intrusion-set")
        .find(|o| o["name"] == "Akira")
        .expect("Akira");
    assert!(
        !of_type(&objects, "relationship")
            .any(|r| r["relationship_type"] == "attributed-to" && r["target_ref"] == akira["id"])
    );
}

#[test]
fn reports_refer_only_to_the_actors_behind_their_incident() {
    let (_, graph) = fixtures();
    let objects = bundle(&graph);
    let behind: BTreeSet<(&str, &str)> = of_type(&objects, "relationship")
        .filter(|r| r["relationship_type"] == "attributed-to")
        .map(|r| {
            (
                r["source_ref"].as_str().unwrap(),
                r["target_ref"].as_str().unwrap(),
            )
        })
        .collect();
    let mut left_out = 0;
    for report in of_type(&objects, "report") {
        let refs: Vec<&str> = report["object_refs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        for actor in refs.iter().filter(|r| r.starts_with("intrusion-set--")) {
            assert!(
                refs.iter().any(|i| behind.contains(&(*i, *actor))),
                "{} refers to {} which is behind none of its incidents",
                report["name"],
                objects[*actor]["name"]
            );
        }
        for r in &refs {
            assert!(objects.contains_key(*r), "dangling {r}");
            if r.starts_with("incident--") {
                assert_eq!(evidence(&objects[*r])["context"], false, "{r}");
            }
        }
        let description = report["description"].as_str().unwrap();
        if report["name"] == "French Interior Ministry confirms cyberattack on email servers" {
            let names: Vec<&Value> = refs.iter().map(|r| &objects[*r]["name"]).collect();
            assert!(!names.iter().any(|n| *n == "APT28"), "{names:?}");
            assert!(
                description.contains("Attributed to APT28 by"),
                "{description}"
            );
            left_out += 1;
        }
        if report["name"].as_str().unwrap().contains("Corvina Pay") {
            assert!(!description.is_empty());
            assert!(
                description.contains("Lazarus Group (for earlier activity)"),
                "{description}"
            );
            left_out += 1;
        }
    }
    assert_eq!(left_out, 2);
    // The actors left out are still in the bundle, reached by a note.
    let noted: BTreeSet<&str> = of_type(&objects, "note")
        .flat_map(|n| n["object_refs"].as_array().unwrap())
        .map(|r| r.as_str().unwrap())
        .collect();
    for name in ["APT28", "Lazarus Group", "Akira"] {
        let actor = of_type(&objects, "intrusion-set")
            .find(|o| o["name"] == name)
            .unwrap();
        assert!(noted.contains(actor["id"].as_str().unwrap()), "{name}");
    }
}

#[test]
fn everything_a_platform_lists_has_a_name_and_a_description() {
    let (_, graph) = fixtures();
    let objects = bundle(&graph);
    for o in objects.values() {
        let kind = o["type"].as_str().unwrap();
        if [
            "incident",
            "identity",
            "location",
            "report",
            "intrusion-set",
        ]
        .contains(&kind)
        {
            let name = o["name"].as_str().unwrap_or_else(|| panic!("no name: {o}"));
            assert!(!name.is_empty() && name.len() < 150, "{name}");
            assert!(!name.contains("reported in"), "{name}");
            assert!(
                o["description"].as_str().is_some_and(|d| !d.is_empty()),
                "{o}"
            );
        }
    }
    let incidents: Vec<&str> = of_type(&objects, "incident")
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    let notes = of_type(&objects, "note").count();
    assert_eq!(notes, incidents.len());
    assert!(
        incidents
            .iter()
            .any(|n| n.starts_with("Unattributed breach against French Interior Ministry"))
    );
    assert!(
        incidents
            .iter()
            .any(|n| n.starts_with("Earlier APT28 campaign"))
    );
    assert!(
        incidents
            .iter()
            .any(|n| n.starts_with("LockBit ") && n.ends_with("(claimed)")),
        "{incidents:?}"
    );
    assert!(
        !incidents.iter().any(|n| n.starts_with("Akira")),
        "{incidents:?}"
    );
    let france = of_type(&objects, "location")
        .find(|l| l["country"] == "FR")
        .unwrap();
    assert_eq!(france["name"], "France");
}

#[test]
fn sectors_are_identities_that_incidents_and_attributed_actors_target() {
    let (_, graph) = fixtures();
    let objects = bundle(&graph);
    let sectors: BTreeMap<&str, &str> = of_type(&objects, "identity")
        .filter(|i| i["identity_class"] == "class")
        .map(|i| (i["id"].as_str().unwrap(), i["name"].as_str().unwrap()))
        .collect();
    assert!(sectors.values().any(|s| *s == "government-national"));
    let mut by_incident = BTreeSet::new();
    let mut by_actor = BTreeSet::new();
    let mut countries = 0;
    for r in of_type(&objects, "relationship").filter(|r| r["relationship_type"] == "targets") {
        let target = r["target_ref"].as_str().unwrap();
        let source = &objects[r["source_ref"].as_str().unwrap()];
        if let Some(sector) = sectors.get(target) {
            match source["type"].as_str().unwrap() {
                "incident" => by_incident.insert(*sector),
                "intrusion-set" => by_actor.insert((source["name"].as_str().unwrap(), *sector)),
                other => panic!("{other}"),
            };
        }
        if target.starts_with("location--") && source["type"] == "incident" {
            countries += 1;
        }
    }
    // Every sector identity is some incident's target.
    assert_eq!(by_incident.len(), sectors.len());
    assert!(countries >= 5, "{countries}");
    assert!(
        by_actor.iter().any(|(a, _)| *a == "Sandworm Team"),
        "{by_actor:?}"
    );
    // An actor that denies or is named for context targets nothing through that article;
    // APT28 targets what the earlier campaign France attributed to it targeted, not the
    // ministry whose breach is unattributed.
    assert!(
        !by_actor
            .iter()
            .any(|(a, _)| ["Akira", "Lazarus Group"].contains(a)),
        "{by_actor:?}"
    );
    assert!(by_actor.contains(&("APT28", "aerospace")), "{by_actor:?}");
    let ministry = of_type(&objects, "identity")
        .find(|i| i["name"] == "French Interior Ministry")
        .unwrap();
    assert!(!of_type(&objects, "relationship").any(|r| {
        r["target_ref"] == ministry["id"]
            && objects[r["source_ref"].as_str().unwrap()]["type"] == "intrusion-set"
    }));
}

#[test]
fn misp_events_carry_galaxies_only_for_actors_behind_the_incident() {
    let (records, _) = fixtures();
    assert!(records.len() >= 9);
    for (title, event, report) in &records {
        let e = &event["Event"];
        assert_eq!(e["info"], title.as_str());
        let shown = serde_json::to_string(&[&e["Galaxy"], &e["Attribute"], &e["Tag"]]).unwrap();
        let behind: Vec<&str> = report
            .actors
            .iter()
            .filter(|a| matches!(a.role, Role::Confirmed | Role::Suspected | Role::Claimed))
            .map(|a| a.name.as_str())
            .collect();
        let actor_clusters: usize = e["Galaxy"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|g| {
                ["threat-actor", "ransomware", "microsoft-activity-group"]
                    .contains(&g["type"].as_str().unwrap())
            })
            .map(|g| g["GalaxyCluster"].as_array().unwrap().len())
            .sum();
        let actor_attributes = e["Attribute"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["type"] == "threat-actor")
            .count();
        assert_eq!(
            actor_clusters + actor_attributes,
            behind.len(),
            "{title}: {shown}"
        );
        let likelihood = shown.contains("estimative-language:likelihood-probability");
        assert_eq!(likelihood, !behind.is_empty(), "{title}");
        let report_text = e["EventReport"][0]["content"].as_str().unwrap_or("");
        for aside in report
            .actors
            .iter()
            .filter(|a| matches!(a.role, Role::Context | Role::Denied | Role::Speculated))
        {
            assert!(
                !shown.contains(&aside.name),
                "{title}: {} in {shown}",
                aside.name
            );
            assert!(report_text.contains(&aside.name), "{title}: {report_text}");
        }
        for galaxy in e["Galaxy"].as_array().into_iter().flatten() {
            for cluster in galaxy["GalaxyCluster"].as_array().unwrap() {
                let uuid = cluster["uuid"].as_str().unwrap();
                assert_eq!(uuid::Uuid::parse_str(uuid).unwrap().to_string(), uuid);
            }
        }
    }
    let lockbit = records
        .iter()
        .find(|(t, _, _)| t.starts_with("LockBit"))
        .unwrap();
    assert!(
        lockbit
            .1
            .to_string()
            .contains("misp-galaxy:ransomware=\\\"LockBit\\\"")
    );
}

#[test]
fn a_source_without_a_scheme_is_a_reference_description_not_a_url() {
    let input = "Article Details\nScrape Timestamp (UTC): 2025-06-20 08:00:00.000\n\
                 Source: www.example.org/news/42\nOriginal Article Text\nClick to Toggle View\n\
                 Acme Port hit by ransomware\nRansomware hit Acme Port on Monday.\n";
    let extractor = Extractor::default();
    let mut graph = KnowledgeGraph::new();
    for article in articles(input) {
        let article = article.unwrap();
        graph.ingest(&article, &extractor.extract(&article));
    }
    let objects = bundle(&graph);
    let report = of_type(&objects, "report").next().expect("one report");
    let reference = &report["external_references"][0];
    assert!(reference.get("url").is_none(), "{reference}");
    assert_eq!(reference["description"], "www.example.org/news/42");
}
