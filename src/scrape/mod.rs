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

/// Grammar only, for the benchmark: checks every record of `input` and counts the valid ones,
/// building no `Article`. Not part of the API.
#[doc(hidden)]
#[must_use]
pub fn __grammar_only(input: &str) -> usize {
    let buf = input.as_bytes();
    let (mut pos, mut n, mut scratch) = (0, 0, Vec::new());
    while pos < buf.len() {
        match grammar::record(buf, pos, &mut scratch) {
            Ok(raw) => {
                n += 1;
                pos = raw.next;
                while grammar::starts_blank(&buf[pos..]) {
                    let Ok((rest, _)) = grammar::line(&buf[pos..]) else {
                        break;
                    };
                    pos = buf.len() - rest.len();
                }
            }
            Err(_) => break,
        }
    }
    n
}
