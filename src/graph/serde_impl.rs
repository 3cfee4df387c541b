//! Serde for the whole graph: nodes as lists in id order (their keys are derived from them,
//! never trusted from the input), edges as `[from, to, data]` lists (`[from, to]` for edges
//! without data). Deserialising checks every id, so a graph read back can be queried without
//! panics. The impls are generated from the graph's one list of kinds (see `kinds`); a kind
//! absent from the input reads as empty.

#[cfg(test)]
mod tests {
    use crate::graph::KnowledgeGraph;
    use crate::graph::fixture::{sample_article, sample_report};

    #[test]
    fn the_graph_round_trips_through_json() {
        let mut graph = KnowledgeGraph::new();
        graph.ingest(
            &sample_article(Some("https://example.com/a")),
            &sample_report(),
        );
        let json = serde_json::to_string(&graph).unwrap();
        let back: KnowledgeGraph = serde_json::from_str(&json).unwrap();
        assert_eq!(back, graph);
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }

    #[test]
    fn dangling_ids_are_refused() {
        let mut graph = KnowledgeGraph::new();
        graph.ingest(&sample_article(None), &sample_report());
        let json = serde_json::to_string(&graph).unwrap();
        let broken = json.replace("\"context_of\":[[1,0]]", "\"context_of\":[[7,0]]");
        assert_ne!(broken, json);
        let err = serde_json::from_str::<KnowledgeGraph>(&broken).unwrap_err();
        assert!(
            err.to_string().contains("incident id 7 out of range"),
            "{err}"
        );
    }
}
