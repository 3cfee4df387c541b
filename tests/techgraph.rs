//! Techniques and software through the whole pipeline: invented articles (tests/data/techgraph.txt)
//! parsed, extracted and ingested, then asked of the graph and read in the STIX, DOT and MISP
//! exports. One article's attackers used password spraying and Cobalt Strike and Microsoft
//! attributes it to APT28; one is the same methods, unattributed; one names APT29 only for an
//! earlier campaign (role `context`). The extractor reports sub-techniques (its default), so a
//! sub-technique (Password Spraying, T1110.003) is what travels through the graph and exports.

use serde_json::Value;
use threatbrief::export::{to_dot, to_misp, to_stix};
use threatbrief::extract::Extractor;
use threatbrief::gazetteer::attack;
use threatbrief::graph::{Filter, IncidentId, KnowledgeGraph};
use threatbrief::{Article, Articles, AttributionStatus, Sector};

const INPUT: &str = include_str!("data/techgraph.txt");

fn articles() -> Vec<Article<'static>> {
    Articles::new(INPUT).map(|a| a.unwrap()).collect()
}

fn graph() -> KnowledgeGraph {
    let extractor = Extractor::default();
    let mut graph = KnowledgeGraph::new();
    for article in articles() {
        graph.ingest(&article, &extractor.extract(&article));
    }
    graph.into_canonical()
}

/// The reported incident of the article whose title starts with `title`.
fn reported(graph: &KnowledgeGraph, title: &str) -> IncidentId {
    graph
        .incidents()
        .find(|(_, i)| !i.context && graph.article(i.article).title.starts_with(title))
        .map(|(id, _)| id)
        .unwrap_or_else(|| panic!("no reported incident in {title:?}"))
}

#[test]
fn an_attributed_actor_inherits_its_incidents_techniques_and_software() {
    let graph = graph();
    let apt28 = graph.actors_named("APT28")[0];
    let techniques = graph.techniques_used_by(apt28, Filter::default());
    let spraying = graph.techniques_named("T1110.003")[0];
    let found = techniques
        .iter()
        .find(|u| u.what == spraying)
        .expect("APT28 uses password spraying");
    assert_eq!(found.status, AttributionStatus::Confirmed);
    assert_eq!(found.incidents, 1);

    let cobalt = graph.software_named("Cobalt Strike")[0];
    assert_eq!(graph.software(cobalt).attack_id.as_deref(), Some("S0154"));
    let software = graph.software_used_by(apt28, Filter::default());
    assert!(software.iter().any(|u| u.what == cobalt), "{software:?}");
    // By name, case and spacing aside, and by its S-id.
    assert_eq!(graph.software_named("cobalt strike"), [cobalt]);
    assert_eq!(graph.software_named("s0154"), [cobalt]);
    assert_eq!(graph.techniques_named("password  spraying"), [spraying]);
}

#[test]
fn an_unattributed_incident_uses_them_and_lends_them_to_nobody() {
    let graph = graph();
    let hospital = reported(&graph, "Password spraying attack hits Lakeside");
    let spraying = graph.techniques_named("Password Spraying")[0];
    let cobalt = graph.software_named("Cobalt Strike")[0];
    assert!(graph.techniques_of(hospital).any(|(t, _)| t == spraying));
    assert!(graph.software_of(hospital).any(|(s, _)| s == cobalt));
    assert_eq!(graph.attributed_actors(hospital).count(), 0);

    // The spans point at the words that say it.
    let (_, spans) = graph
        .techniques_of(hospital)
        .find(|(t, _)| *t == spraying)
        .unwrap();
    let span = spans.first().unwrap();
    assert!(
        INPUT[span.start..span.end]
            .to_lowercase()
            .contains("password spraying")
    );

    // Three incidents use password spraying; only APT28 is seen using it.
    assert_eq!(graph.incidents_using_technique(spraying, None).len(), 3);
    let actors = graph.actors_using_technique(spraying, None, Filter::any());
    let names: Vec<&str> = actors
        .iter()
        .map(|u| graph.actor(u.what).name.as_str())
        .collect();
    assert_eq!(names, ["APT28"]);
}

#[test]
fn a_context_actor_inherits_nothing() {
    let graph = graph();
    let apt29 = graph.actors_named("APT29")[0];
    // Even counting every status and the incidents cited as context.
    assert!(graph.techniques_used_by(apt29, Filter::any()).is_empty());
    assert!(graph.software_used_by(apt29, Filter::any()).is_empty());
    // It is attributed the cited campaign, which uses nothing.
    assert!(graph.attributions_of(apt29, Filter::any()).next().is_some());
}

#[test]
fn technique_users_by_sector() {
    let graph = graph();
    let spraying = graph.techniques_named("T1110.003")[0];
    let hospital = reported(&graph, "Password spraying attack hits Lakeside");
    assert!(graph.sectors_of(hospital).contains(&Sector::Healthcare));
    let in_healthcare = graph.incidents_using_technique(spraying, Some(Sector::Healthcare));
    assert_eq!(in_healthcare, [hospital]);
    assert!(
        graph
            .actors_using_technique(spraying, Some(Sector::Healthcare), Filter::any())
            .is_empty()
    );
}

fn objects(bundle: &str) -> Vec<Value> {
    let bundle: Value = serde_json::from_str(bundle).unwrap();
    bundle["objects"].as_array().unwrap().clone()
}

#[test]
fn stix_has_attack_patterns_software_and_uses() {
    let graph = graph();
    let objects = objects(&to_stix(&graph));
    let by_type =
        |kind: &str| -> Vec<&Value> { objects.iter().filter(|o| o["type"] == kind).collect() };
    let pattern = by_type("attack-pattern")
        .into_iter()
        .find(|p| p["external_references"][0]["external_id"] == "T1110.003")
        .expect("an attack-pattern for T1110.003");
    assert_eq!(
        pattern["external_references"][0]["source_name"],
        "mitre-attack"
    );
    assert_eq!(
        pattern["kill_chain_phases"][0]["phase_name"],
        "credential-access"
    );
    let cobalt = objects
        .iter()
        .find(|o| o["name"] == "Cobalt Strike")
        .expect("Cobalt Strike");
    assert!(cobalt["type"] == "malware" || cobalt["type"] == "tool");
    assert_eq!(cobalt["external_references"][0]["external_id"], "S0154");

    let uses: Vec<&Value> = by_type("relationship")
        .into_iter()
        .filter(|r| r["relationship_type"] == "uses")
        .collect();
    let name_of = |id: &Value| -> String {
        let o = objects.iter().find(|o| &o["id"] == id).unwrap();
        format!(
            "{}:{}",
            o["type"].as_str().unwrap(),
            o["name"].as_str().unwrap()
        )
    };
    let pairs: Vec<(String, String)> = uses
        .iter()
        .map(|r| (name_of(&r["source_ref"]), name_of(&r["target_ref"])))
        .collect();
    assert!(
        pairs.contains(&(
            "intrusion-set:APT28".into(),
            "attack-pattern:Password Spraying".into()
        )),
        "{pairs:?}"
    );
    assert!(
        pairs
            .iter()
            .any(|(s, t)| s == "intrusion-set:APT28" && t.ends_with(":Cobalt Strike"))
    );
    // Only APT28 uses anything: not APT29, named for earlier activity.
    assert!(
        pairs
            .iter()
            .filter(|(s, _)| s.starts_with("intrusion-set:"))
            .all(|(s, _)| s == "intrusion-set:APT28")
    );
    // Each of the three incidents uses password spraying.
    let incidents = pairs
        .iter()
        .filter(|(s, t)| s.starts_with("incident:") && t == "attack-pattern:Password Spraying")
        .count();
    assert_eq!(incidents, 3);
    // Deterministic: the same bundle again.
    assert_eq!(to_stix(&graph), to_stix(&graph.clone()));
}

#[test]
fn dot_draws_technique_and_software_nodes() {
    let dot = to_dot(&graph());
    assert!(dot.contains("shape=hexagon"), "{dot}");
    assert!(dot.contains("Password Spraying\\nT1110.003"));
    assert!(dot.contains("Cobalt Strike\\nS0154"));
    assert!(dot.contains("-> technique0 [label=\"uses\""));
}

#[test]
fn misp_events_carry_attack_clusters_by_their_misp_uuids() {
    let extractor = Extractor::default();
    let uuid = attack::technique("T1110.003").unwrap().misp_uuid.unwrap();
    for article in articles() {
        let event = to_misp(&article, &extractor.extract(&article));
        let galaxies = event["Event"]["Galaxy"].as_array().expect("galaxies");
        let pattern = galaxies
            .iter()
            .find(|g| g["type"] == "mitre-attack-pattern")
            .expect("the attack-pattern galaxy");
        assert_eq!(pattern["uuid"], "c4e851fa-775f-11e7-8163-b774922098cd");
        let cluster = pattern["GalaxyCluster"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["uuid"] == uuid)
            .expect("password spraying by its MISP UUID");
        assert_eq!(
            cluster["tag_name"],
            "misp-galaxy:mitre-attack-pattern=\"Password Spraying - T1110.003\""
        );
        // APT29, named for earlier activity, is no galaxy of the Brightwater event.
        assert!(!event.to_string().contains("APT29\""));
    }
}

#[test]
fn techniques_survive_shards_and_merge_in_any_order() {
    let extractor = Extractor::default();
    let parts: Vec<KnowledgeGraph> = articles()
        .iter()
        .map(|article| {
            let mut g = KnowledgeGraph::new();
            g.ingest(article, &extractor.extract(article));
            let mut shard = Vec::new();
            g.save(&mut shard).unwrap();
            KnowledgeGraph::load(shard.as_slice()).unwrap()
        })
        .collect();
    let forward = parts
        .iter()
        .cloned()
        .fold(KnowledgeGraph::new(), KnowledgeGraph::merged);
    let backward = parts
        .iter()
        .rev()
        .cloned()
        .fold(KnowledgeGraph::new(), KnowledgeGraph::merged);
    assert_eq!(forward, backward);
    assert_eq!(forward, graph());
    assert!(forward.techniques().len() >= 1);
    assert_eq!(forward.software_nodes().len(), 1);
    assert_eq!(to_stix(&forward), to_stix(&graph()));
}
