//! The ways out: STIX 2.1 and Graphviz DOT writers.
