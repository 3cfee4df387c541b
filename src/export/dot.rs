//! Graphviz DOT.
/// x
#[must_use]
pub fn to_dot(_g: &crate::graph::KnowledgeGraph) -> String {
    String::new()
}
/// x
/// # Errors
/// x
pub fn write_dot(
    _g: &crate::graph::KnowledgeGraph,
    _o: impl std::io::Write,
) -> std::io::Result<()> {
    Ok(())
}
