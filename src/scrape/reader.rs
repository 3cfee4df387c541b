//! `ArticleReader`: records from any `std::io::Read`, holding one record at a time.

use std::collections::VecDeque;
use std::io::{ErrorKind as IoKind, Read};

use super::article::Article;
use super::articles::Articles;
use super::grammar::{self, ARTICLE_DETAILS};
use super::options::ParseOptions;
use crate::error::ParseError;

/// First read size; reads grow with the buffer so a huge record takes few reads.
const CHUNK: usize = 64 * 1024;
/// A record's first line, found with memmem rather than line by line.
const MARKER_AFTER_LF: &[u8] = b"\nArticle Details";

/// Reads records from `reader`, leniently; see [`ArticleReader`].
///
/// # Examples
///
/// ```
/// let file = std::io::Cursor::new(threatbrief::SAMPLE);
/// let titles: Vec<String> = threatbrief::read_articles(file)
///     .map(|a| a.map(|a| a.title().to_owned()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(titles.len(), 1);
/// # Ok::<(), threatbrief::ParseError>(())
/// ```
pub fn read_articles<R: Read>(reader: R) -> ArticleReader<R> {
    ArticleReader::new(reader)
}

/// An iterator over the records of a stream, yielding owned [`Article`]s or errors.
///
/// It reads until it has one whole record (up to the next `Article Details` line or the end),
/// parses it as [`Articles::from_bytes`] would, and forgets it: memory is bounded by the
/// largest record, not the stream. Record numbers, lines and spans are those of the whole
/// stream, so the results equal those of [`Articles::from_bytes`] over all of it. A failed
/// read is an [`ErrorKind::Io`](crate::ErrorKind::Io) error and ends the iteration. Wrap
/// unbuffered readers in nothing: reads are already large.
pub struct ArticleReader<R> {
    reader: R,
    /// Buffered input is `buf[start..end]`; the rest is room to read into, kept zeroed once
    /// rather than per read.
    buf: Vec<u8>,
    start: usize,
    end: usize,
    opts: ParseOptions,
    /// Stream offset, line and record number of `buf[start]`.
    offset: usize,
    line: usize,
    record: usize,
    /// Next line start in `buf` to examine, and how far we know there is no line feed (so a
    /// long line is searched once, not once per read).
    scan: usize,
    no_newline_until: usize,
    /// Where the search for the next `"\nArticle Details"` goes on.
    search_from: usize,
    finder: memchr::memmem::Finder<'static>,
    /// Whether the segment's first non-blank line has been passed.
    seen_first: bool,
    eof: bool,
    done: bool,
    pending: VecDeque<Result<Article<'static>, ParseError>>,
}

impl<R: Read> ArticleReader<R> {
    /// Reads `reader` with the default (lenient) options.
    pub fn new(reader: R) -> Self {
        Self::with_options(reader, ParseOptions::default())
    }

    /// Reads `reader` with `options` ([`ParseOptions::strict`] stops at the first error; the
    /// first record, line and offset number the stream's start).
    pub fn with_options(reader: R, options: ParseOptions) -> Self {
        ArticleReader {
            reader,
            buf: Vec::new(),
            start: 0,
            end: 0,
            opts: options,
            offset: options.offset,
            line: options.first_line,
            record: options.first_record,
            scan: 0,
            no_newline_until: 0,
            search_from: 0,
            finder: memchr::memmem::Finder::new(MARKER_AFTER_LF),
            seen_first: false,
            eof: false,
            done: false,
            pending: VecDeque::new(),
        }
    }

    /// The end of the buffered segment: the start of an `Article Details` line after the
    /// segment's first non-blank line, if one is buffered whole, and the end of that line.
    fn boundary(&mut self) -> Option<(usize, usize)> {
        // Line by line up to the segment's first non-blank line (blank lines are few) ...
        while !self.seen_first {
            let from = self.no_newline_until.max(self.scan);
            let Some(nl) = memchr::memchr(b'\n', &self.buf[from..self.end]) else {
                self.no_newline_until = self.end;
                return None;
            };
            self.seen_first = !grammar::is_blank(&self.buf[self.scan..from + nl]);
            self.scan = from + nl + 1;
            self.search_from = self.scan - 1;
        }
        // ... then from one "\nArticle Details" to the next, skipping the lines between.
        loop {
            let base = self.search_from.max(self.scan - 1);
            let Some(p) = self.finder.find(&self.buf[base..self.end]) else {
                let overlap = MARKER_AFTER_LF.len() - 1;
                self.search_from = self.end.saturating_sub(overlap).max(base);
                return None;
            };
            let line_start = base + p + 1;
            let from = self.no_newline_until.max(line_start);
            let Some(nl) = memchr::memchr(b'\n', &self.buf[from..self.end]) else {
                self.search_from = base + p;
                self.no_newline_until = self.end;
                return None;
            };
            if grammar::is_marker(&self.buf[line_start..from + nl], ARTICLE_DETAILS) {
                return Some((line_start, from + nl + 1));
            }
            self.search_from = line_start;
        }
    }

    /// Parses `buf[start..end]` into `pending` and drops it from the buffer. `buf[end..see]`,
    /// the next record's first line, is shown to the parser so that errors read as over the
    /// whole stream.
    fn parse_segment(&mut self, end: usize, see: usize) {
        let lines = memchr::memchr_iter(b'\n', &self.buf[self.start..end]).count();
        let opts = self
            .opts
            .first_record(self.record)
            .first_line(self.line)
            .offset(self.offset);
        let segment = &self.buf[self.start..see];
        let mut it = Articles::from_bytes_with_options(segment, opts).stop_at(end - self.start);
        self.pending
            .extend(it.by_ref().map(|r| r.map(Article::into_owned)));
        self.record = it.next_record();
        self.line += lines;
        self.offset += end - self.start;
        self.start = end;
        self.scan = end;
        self.search_from = end;
        self.no_newline_until = end;
        self.seen_first = false;
    }

    /// Reads more; false at the end of input. A failed read is queued as an error.
    fn fill(&mut self) -> bool {
        if self.start > 0 {
            // Records before `start` are handed out: move the partial one to the front, once
            // per read, so the copy is bounded by what one read brought in.
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.scan -= self.start;
            self.no_newline_until -= self.start;
            self.search_from = self.search_from.saturating_sub(self.start);
            self.start = 0;
        }
        if self.buf.len() - self.end < CHUNK / 2 {
            let grown = (self.buf.len() * 2).max(self.end + CHUNK);
            self.buf.resize(grown, 0);
        }
        loop {
            match self.reader.read(&mut self.buf[self.end..]) {
                Ok(n) => {
                    self.end += n;
                    return n > 0;
                }
                Err(e) if e.kind() == IoKind::Interrupted => {}
                Err(e) => {
                    let lines = memchr::memchr_iter(b'\n', &self.buf[self.start..self.end]).count();
                    let (record, line) = (self.record, self.line + lines);
                    let at = self.offset + self.end - self.start;
                    self.pending
                        .push_back(Err(ParseError::io(e, record, line, at)));
                    self.done = true;
                    return false;
                }
            }
        }
    }
}

impl<R: Read> Iterator for ArticleReader<R> {
    type Item = Result<Article<'static>, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                if item.is_err() && self.opts.strict {
                    self.pending.clear();
                    self.done = true;
                    self.eof = true;
                }
                return Some(item);
            }
            if self.eof || self.done {
                return None;
            }
            if let Some((end, see)) = self.boundary() {
                self.parse_segment(end, see);
            } else if !self.fill() && !self.done {
                self.eof = true;
                let end = self.end;
                self.parse_segment(end, end);
            }
        }
    }
}

impl<R> std::fmt::Debug for ArticleReader<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArticleReader")
            .field("offset", &self.offset)
            .field("line", &self.line)
            .field("record", &self.record)
            .field("buffered", &(self.end - self.start))
            .finish_non_exhaustive()
    }
}
