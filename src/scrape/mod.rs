//! The scrape format: the grammar, `Article`, the `Articles` iterator, rendering.

mod article;

pub use article::{Article, Meta};

/// The real sample record the format was taken from (no trailing newline).
pub const SAMPLE: &str = include_str!("../../tests/data/sample.txt");
