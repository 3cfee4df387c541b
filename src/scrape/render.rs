//! Rendering: an `Article` back in the scrape format.

use std::fmt;

use super::article::Article;
use super::grammar::{ARTICLE_DETAILS, ORIGINAL, SUMMARY, TIMESTAMP, TOGGLE};

/// The canonical scrape format, without a trailing newline: canonical input (LF line ends, one
/// space after each colon, no trailing blanks) renders back byte for byte. Separate records
/// with a blank line (`"\n\n"`) to write a corpus.
impl fmt::Display for Article<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{ARTICLE_DETAILS}")?;
        writeln!(f, "{TIMESTAMP} {}", self.timestamp)?;
        for m in &self.meta {
            writeln!(f, "{}: {}", m.key, m.value)?;
        }
        writeln!(f, "{ORIGINAL}")?;
        if self.toggle {
            writeln!(f, "{TOGGLE}")?;
        }
        f.write_str(&self.body)?;
        if self.has_summary() {
            write!(f, "\n{SUMMARY}")?;
            for line in self.summary() {
                write!(f, "\n{line}")?;
            }
        }
        Ok(())
    }
}
