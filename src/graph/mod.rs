//! The knowledge graph: typed nodes and edges, ingest, merge, queries.
