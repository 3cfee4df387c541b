//! Graph benches (placeholder until written).
fn main() {}
