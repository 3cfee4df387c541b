//! Graph shards: a [`KnowledgeGraph`] saved to a file, to be loaded and merged elsewhere.
//!
//! A shard is a header line, `threatbrief graph shard 2`, then the graph in its serde form
//! (see the graph's `Serialize` impl) as compact JSON. The version number changes whenever
//! that form does. A reader reads its own version and the older versions whose form is a part
//! of its own ([`SHARD_READS`]: version 1, written before techniques and software were nodes, loads
//! with none), and refuses any other with a message saying which: a shard written by a newer
//! release is rebuilt, never misread. JSON keeps shards readable
//! by the tools of the batch or stream engine that builds them, with the dependency the crate
//! already has.

use std::io::{self, BufRead, BufReader, Read, Write};

use super::KnowledgeGraph;

/// The shard format this build writes and reads.
pub const SHARD_VERSION: u32 = 2;

/// The versions this build reads: its own, and 1 (the same form without the technique and
/// software kinds, which read as empty).
pub const SHARD_READS: &[u32] = &[1, 2];

/// The header line's text before the version number.
const MAGIC: &str = "threatbrief graph shard ";
/// A header longer than this is not one.
const HEADER_MAX: u64 = 64;

/// Why a shard could not be saved or loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ShardError {
    /// Reading or writing failed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The input does not start with the shard header.
    #[error("not a threatbrief graph shard (no \"threatbrief graph shard N\" header line)")]
    NotAShard,
    /// The shard was written in another version of the format.
    #[error(
        "graph shard format version {found}, but this build reads versions 1 to {SHARD_VERSION}: \
         rebuild the shard with this build"
    )]
    Version {
        /// The version in the shard's header, as written.
        found: String,
    },
    /// The header is right but the graph after it is not: cut short, edited or damaged.
    #[error("corrupt graph shard: {0}")]
    Corrupt(#[source] serde_json::Error),
}

impl KnowledgeGraph {
    /// Saves the graph as a shard (see [`load`](Self::load)). The graph is written in
    /// canonical order, so equal graphs give byte-identical shards.
    ///
    /// Cost: O(n) in the size of the graph, plus O(n log n) if it is not canonical (a
    /// canonical copy is written, the graph itself is left alone). Buffer `out` if it is a
    /// file.
    ///
    /// # Errors
    /// [`ShardError::Io`] when `out` fails.
    ///
    /// # Examples
    /// ```
    /// use threatbrief::extract::Extractor;
    /// use threatbrief::{Article, KnowledgeGraph, SAMPLE};
    ///
    /// let article = Article::parse(SAMPLE)?;
    /// let mut graph = KnowledgeGraph::new();
    /// graph.ingest(&article, &Extractor::default().extract(&article));
    ///
    /// let mut shard = Vec::new();
    /// graph.save(&mut shard)?;
    /// let mut merged = KnowledgeGraph::load(shard.as_slice())?;
    /// merged.merge(KnowledgeGraph::load(shard.as_slice())?);
    /// graph.canonicalize();
    /// assert_eq!(merged, graph);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn save(&self, mut out: impl Write) -> Result<(), ShardError> {
        writeln!(out, "{MAGIC}{SHARD_VERSION}")?;
        let canonical;
        let graph = if self.canonical {
            self
        } else {
            canonical = self.clone().into_canonical();
            &canonical
        };
        serde_json::to_writer(&mut out, graph).map_err(|e| match e.io_error_kind() {
            Some(_) => ShardError::Io(e.into()),
            None => ShardError::Corrupt(e),
        })?;
        writeln!(out)?;
        out.flush()?;
        Ok(())
    }

    /// Loads a graph saved by [`save`](Self::save). Every id in it is checked, so the graph
    /// can be queried and merged without panics whatever the file held.
    ///
    /// Cost: O(n) in the size of the shard. `input` is buffered here.
    ///
    /// # Errors
    /// [`ShardError::NotAShard`] without the header line, [`ShardError::Version`] for a shard
    /// of a format version this build does not read (see [`SHARD_READS`]), [`ShardError::Corrupt`] when the graph after the header is
    /// malformed, incomplete or inconsistent (an id out of range, two nodes with one key), and
    /// [`ShardError::Io`] when reading fails.
    pub fn load(input: impl Read) -> Result<KnowledgeGraph, ShardError> {
        let mut input = BufReader::new(input);
        let mut header = Vec::new();
        input
            .by_ref()
            .take(HEADER_MAX)
            .read_until(b'\n', &mut header)?;
        let Some(version) = header
            .strip_suffix(b"\n")
            .and_then(|h| h.strip_prefix(MAGIC.as_bytes()))
        else {
            return Err(ShardError::NotAShard);
        };
        if !SHARD_READS
            .iter()
            .any(|v| v.to_string().as_bytes() == version)
        {
            return Err(ShardError::Version {
                found: String::from_utf8_lossy(version).into_owned(),
            });
        }
        serde_json::from_reader(input).map_err(|e| match e.io_error_kind() {
            Some(_) => ShardError::Io(e.into()),
            None => ShardError::Corrupt(e),
        })
    }
}

/// Merges many graphs (shards loaded one after another) as a balanced tree, so that each node
/// is re-sorted O(log k) times for k shards, not k times as merging each into one growing graph.
///
/// Shards are pushed as they are loaded; at most log2(k) + 1 partial graphs are held at once.
/// The result is the graph [`KnowledgeGraph::merge`] gives in any order (canonical).
///
/// Cost: O(N log N log k) for k shards of N nodes and edges in all.
///
/// # Examples
/// ```
/// use threatbrief::graph::{ArticleRef, Merger};
/// use threatbrief::{KnowledgeGraph, Report};
/// use time::macros::datetime;
///
/// let mut merger = Merger::new();
/// for (day, title) in [(3, "C"), (1, "A"), (2, "B")] {
///     let mut shard = KnowledgeGraph::new();
///     let at = datetime!(2025-12-01 0:00 UTC) + time::Duration::days(day);
///     shard.ingest_ref(&ArticleRef::new(at, title), &Report::default());
///     merger.push(shard);
/// }
/// let graph = merger.finish();
/// let titles: Vec<_> = graph.articles().map(|(_, a)| a.title.as_str()).collect();
/// assert_eq!(titles, ["A", "B", "C"]);
/// ```
#[derive(Debug, Default)]
pub struct Merger {
    /// Partial graphs with the number of shards in each, the counts strictly decreasing.
    stack: Vec<(KnowledgeGraph, usize)>,
}

impl Merger {
    /// A merger with nothing in it.
    #[must_use]
    pub fn new() -> Self {
        Merger::default()
    }

    /// Adds one graph. Cost: amortised O(n log n log k) for a graph of n nodes and edges.
    pub fn push(&mut self, graph: KnowledgeGraph) {
        let mut item = (graph, 1);
        while let Some((_, shards)) = self.stack.last() {
            if *shards > item.1 {
                break;
            }
            if let Some((top, shards)) = self.stack.pop() {
                item = (merge_two(top, item.0), shards + item.1);
            }
        }
        self.stack.push(item);
    }

    /// The merged graph, in canonical order (empty when nothing was pushed).
    #[must_use]
    pub fn finish(mut self) -> KnowledgeGraph {
        let mut out = self
            .stack
            .pop()
            .map_or_else(KnowledgeGraph::new, |(g, _)| g);
        while let Some((graph, _)) = self.stack.pop() {
            out = merge_two(graph, out);
        }
        out.canonicalize();
        out
    }
}

/// The smaller graph is merged into the larger: merging costs upserts of the smaller one's nodes.
fn merge_two(a: KnowledgeGraph, b: KnowledgeGraph) -> KnowledgeGraph {
    if a.articles().len() >= b.articles().len() {
        KnowledgeGraph::merged(a, b)
    } else {
        KnowledgeGraph::merged(b, a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixture::{sample_article, sample_report};

    fn shard() -> (KnowledgeGraph, Vec<u8>) {
        let mut graph = KnowledgeGraph::new();
        graph.ingest(
            &sample_article(Some("https://example.com/a")),
            &sample_report(),
        );
        let mut bytes = Vec::new();
        graph.save(&mut bytes).unwrap();
        graph.canonicalize();
        (graph, bytes)
    }

    #[test]
    fn the_merger_gives_the_merge_of_all() {
        use crate::graph::ArticleRef;
        use time::macros::datetime;
        let report = sample_report();
        let graphs: Vec<KnowledgeGraph> = (0..9)
            .map(|n| {
                let mut g = KnowledgeGraph::new();
                let title = format!("Brief {}", n % 7);
                let at = datetime!(2025-12-01 0:00 UTC) + time::Duration::hours(n % 5);
                g.ingest_ref(&ArticleRef::new(at, &title), &report);
                g
            })
            .collect();
        for k in 0..=graphs.len() {
            let mut one = KnowledgeGraph::new();
            let mut merger = Merger::new();
            for g in graphs.iter().take(k).rev() {
                one.merge(g.clone());
                merger.push(g.clone());
            }
            assert!(merger.stack.len() <= 4);
            let merged = merger.finish();
            assert_eq!(merged, one, "{k} shards");
            // Every shard has an article of its own (title and time differ).
            assert_eq!(merged.articles().len(), k);
        }
    }

    /// Any one byte changed: an error, or a graph that queries, merges and exports (no panic).
    #[test]
    fn no_damage_panics() {
        let (graph, bytes) = shard();
        let header = b"threatbrief graph shard 2\n".len();
        let mut loaded_ok = 0;
        for at in header..bytes.len() {
            for byte in [b'9', b'"', b']'] {
                let mut case = bytes.clone();
                if case[at] == byte {
                    continue;
                }
                case[at] = byte;
                if let Ok(loaded) = KnowledgeGraph::load(case.as_slice()) {
                    loaded_ok += 1;
                    let _ = crate::export::to_stix(&loaded);
                    let _ = crate::export::to_dot(&loaded);
                    let merged = KnowledgeGraph::merged(loaded, graph.clone());
                    let _ = crate::export::to_stix(&merged);
                }
            }
        }
        // Digits in spans, times and names change the graph without breaking it.
        assert!(loaded_ok > 100, "{loaded_ok}");
    }

    #[test]
    fn a_shard_loads_back_equal() {
        let (graph, bytes) = shard();
        assert!(bytes.starts_with(b"threatbrief graph shard 2\n"));
        let back = KnowledgeGraph::load(bytes.as_slice()).unwrap();
        assert_eq!(back, graph);
        let mut again = Vec::new();
        back.save(&mut again).unwrap();
        assert_eq!(again, bytes);
    }

    #[test]
    fn not_a_shard() {
        for input in [
            &b""[..],
            b"threatbrief graph shard",
            b"{\"articles\":[]}",
            &[b'x'; 200],
        ] {
            let err = KnowledgeGraph::load(input).unwrap_err();
            assert!(matches!(err, ShardError::NotAShard), "{err}");
        }
    }

    #[test]
    fn another_version_is_named() {
        let (_, bytes) = shard();
        let newer = [b"threatbrief graph shard 3".as_slice(), &bytes[25..]].concat();
        let err = KnowledgeGraph::load(newer.as_slice()).unwrap_err();
        assert!(
            matches!(&err, ShardError::Version { found } if found == "3"),
            "{err}"
        );
        assert!(
            err.to_string()
                .contains("version 3, but this build reads versions 1 to 2"),
            "{err}"
        );
    }

    /// A version 1 shard (no technique or software kinds) still loads, with none.
    #[test]
    fn a_version_1_shard_loads_without_techniques() {
        let (graph, bytes) = shard();
        let text = String::from_utf8(bytes).unwrap();
        let mut value: serde_json::Value =
            serde_json::from_str(text.split_once('\n').unwrap().1).unwrap();
        let object = value.as_object_mut().unwrap();
        for kind in ["techniques", "software", "uses_technique", "uses_software"] {
            assert!(object.remove(kind).is_some(), "{kind}");
        }
        let old = format!("threatbrief graph shard 1\n{value}\n");
        let back = KnowledgeGraph::load(old.as_bytes()).unwrap();
        assert_eq!(back, graph);
    }

    #[test]
    fn damage_is_corruption_not_a_panic() {
        let (_, bytes) = shard();
        let header = b"threatbrief graph shard 2\n".len();
        let mut cases = vec![
            bytes[..bytes.len() / 2].to_vec(),
            bytes[..header].to_vec(),
            [&bytes[..], b"{}"].concat(),
        ];
        let text = String::from_utf8(bytes.clone()).unwrap();
        cases.push(
            text.replacen("\"context_of\":[[1,0]]", "\"context_of\":[[9,0]]", 1)
                .into_bytes(),
        );
        cases.push(
            text.replacen("\"articles\"", "\"artikles\"", 1)
                .into_bytes(),
        );
        for case in cases {
            assert_ne!(case, bytes);
            let err = KnowledgeGraph::load(case.as_slice()).unwrap_err();
            assert!(matches!(err, ShardError::Corrupt(_)), "{err}");
        }
    }
}
