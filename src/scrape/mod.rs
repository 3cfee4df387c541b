//! The scrape format: the grammar, `Article`, the `Articles` iterator, rendering.
//!
//! The grammar (DESIGN.md section 1) is private; the public surface is [`articles`],
//! [`Articles`], [`Article::parse`], [`ArticleReader`] for streams, and [`ParseOptions`].

mod article;
mod articles;
mod grammar;
mod options;
mod reader;
mod render;
mod title;
mod wire;

pub use article::{Article, Meta};
pub use articles::{Articles, articles};
pub use options::ParseOptions;
pub use reader::{ArticleReader, read_articles};

/// The real sample record the format was taken from (no trailing newline).
pub const SAMPLE: &str = include_str!("../../tests/data/sample.txt");
