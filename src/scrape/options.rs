//! `ParseOptions`: how a corpus is read.

/// How [`Articles`](crate::Articles) reads a corpus. Build it from `default()` with the builder
/// methods; new options may be added.
///
/// # Examples
///
/// ```
/// use threatbrief::{Articles, ParseOptions};
///
/// // A chunk of a larger file that starts with its 11th record, on line 201, at byte 40960.
/// let opts = ParseOptions::default().strict(true).first_record(11).first_line(201).offset(40960);
/// let article = Articles::with_options(threatbrief::SAMPLE, opts).next().unwrap().unwrap();
/// assert_eq!((article.record(), article.line(), article.span().start), (11, 201, 40960));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    pub(crate) strict: bool,
    pub(crate) first_record: usize,
    pub(crate) first_line: usize,
    pub(crate) offset: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            strict: false,
            first_record: 1,
            first_line: 1,
            offset: 0,
        }
    }
}

impl ParseOptions {
    /// Strict: stop after the first error. Lenient (the default): report the error and go on
    /// at the next `Article Details` line, so one broken record costs one record.
    #[must_use]
    pub fn strict(mut self, yes: bool) -> Self {
        self.strict = yes;
        self
    }

    /// Number of the input's first record (default 1), for a chunk of a larger corpus.
    #[must_use]
    pub fn first_record(mut self, n: usize) -> Self {
        self.first_record = n;
        self
    }

    /// Line number of the input's first line (default 1), for a chunk of a larger corpus.
    #[must_use]
    pub fn first_line(mut self, n: usize) -> Self {
        self.first_line = n;
        self
    }

    /// Byte offset of the input in a larger corpus (default 0), added to every span. A
    /// byte-order mark is only skipped at offset 0.
    #[must_use]
    pub fn offset(mut self, bytes: usize) -> Self {
        self.offset = bytes;
        self
    }
}
