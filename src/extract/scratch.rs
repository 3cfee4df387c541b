//! The buffers an extraction reads an article into, kept from one article to the next on the
//! same thread.
//!
//! Each article's words, their keys, where each scanner may start among them, its sentences,
//! cue words and folded copy fill vectors as long as the article. Allocated afresh for every
//! article, the larger ones cost glibc's slow path (over a thousand instructions each, and a
//! copy when a guess of the size falls short); kept, they cost a clear.
//!
//! They are kept in a thread-local slot rather than in the [`super::Extractor`]: the extractor
//! stays `Send + Sync`, cheap to clone and free of locks, and threads extracting in parallel
//! each reuse their own. An extraction takes the buffers out of the slot and puts them back
//! when done, so that one started inside another (none is today) finds the slot empty and
//! allocates rather than sharing.

use std::cell::Cell;
use std::ops::Range;

use super::cues::{self, CueHit};
use super::sentences;
use super::starts::Starts;
use crate::gazetteer::{Gazetteer, Hit};
use crate::model::Span;
use crate::words::Classes;

/// An article of more bytes than this (a book pasted into a corpus) leaves buffers too large
/// to keep for the news that follows: they are freed.
const KEEP_UP_TO: usize = 1 << 20;

thread_local! {
    static SLOT: Cell<Scratch> = Cell::default();
}

/// Buffers for one article: those that [`super::Doc`] keeps ([`DocParts`]) and those that
/// only the extraction reads.
#[derive(Default)]
pub(super) struct Scratch {
    /// The words of the text ([`crate::words::list`]).
    pub(super) words: Vec<(usize, usize)>,
    /// The classes of the text's bytes ([`crate::words::list_into`]).
    pub(super) classes: Vec<Classes>,
    /// The words' keys ([`crate::words::keys`]).
    pub(super) keys: Vec<u64>,
    pub(super) starts: Starts,
    pub(super) doc: DocParts,
}

impl Scratch {
    /// The buffers this thread kept (empty on its first article).
    pub(super) fn take() -> Scratch {
        SLOT.take()
    }

    /// Reads `text` into these buffers (what was in them is dropped): its words, their byte
    /// classes and keys, where each scanner may start, its sentences and cue words. Read once,
    /// for the cue words and the gazetteer alike.
    pub(super) fn read(&mut self, text: &str, g: &Gazetteer) {
        let bytes = text.as_bytes();
        crate::words::list_into(bytes, &mut self.words, &mut self.classes);
        crate::words::keys_into(bytes, &self.words, &mut self.keys);
        self.starts.read(bytes, &self.words, &self.keys, g);
        sentences::split_into(text, &mut self.doc.sentences);
        cues::find_in(text, &self.words, &self.starts, &mut self.doc.cues);
    }

    /// Keeps the buffers for this thread's next article, unless a long text grew them.
    pub(super) fn keep(self) {
        if self.doc.folded.capacity() <= KEEP_UP_TO {
            SLOT.set(self);
        }
    }
}

/// The vectors a [`super::Doc`] is made of: each either already holds what is known of the
/// text (sentences, cues) or is a buffer the doc fills.
#[derive(Default)]
pub(super) struct DocParts {
    pub(super) sentences: Vec<Span>,
    pub(super) cues: Vec<CueHit>,
    pub(super) folded: Vec<u8>,
    pub(super) lowered: String,
    pub(super) within: Vec<(Range<usize>, Range<usize>)>,
    pub(super) past: Vec<bool>,
    /// The gazetteer's hits, kept empty between texts: a hit borrows from its gazetteer,
    /// which the slot outlives ([`recycle`]).
    pub(super) hits: Vec<Hit<'static>>,
}

/// `hits` emptied, as a vector of hits of any gazetteer, in the same block: an empty vector
/// holds no borrow, and collecting a vector's own iterator into one of a type of the same
/// size reuses its block.
pub(super) fn recycle<'b>(mut hits: Vec<Hit<'_>>) -> Vec<Hit<'b>> {
    hits.clear();
    hits.into_iter().map_while(|_| None).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::HitKind;

    #[test]
    fn recycled_hits_keep_their_block() {
        let mut hits = Vec::with_capacity(100);
        hits.push(Hit {
            start: 0,
            end: 1,
            kind: HitKind::Region("x"),
        });
        let block = hits.as_ptr().addr();
        let kept: Vec<Hit<'static>> = recycle(hits);
        assert!(kept.is_empty());
        assert_eq!(kept.capacity(), 100);
        assert_eq!(kept.as_ptr().addr(), block);
    }
}
