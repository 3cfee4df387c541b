//! The top-level domains: every TLD of the Public Suffix List (a pinned copy, generated into
//! `data/tlds.tsv`), with the ones that are also file extensions or method names in code
//! marked (`curated/tld-guarded.txt`).

use std::collections::HashMap;
use std::sync::OnceLock;

const TLDS: &str = include_str!("data/tlds.tsv");

/// What a top-level domain asks of a bare name that ends in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tld {
    /// An ordinary TLD.
    Plain,
    /// Also a file extension (`zip`, `py`, `sh`) or a method name in code (`read`, `post`):
    /// a bare name needs more evidence.
    Guarded,
}

/// The table, by name (the generator writes the file sorted, without duplicates: tested).
fn table() -> &'static HashMap<&'static [u8], Tld, foldhash::fast::FixedState> {
    static TABLE: OnceLock<HashMap<&'static [u8], Tld, foldhash::fast::FixedState>> =
        OnceLock::new();
    TABLE.get_or_init(|| {
        TLDS.lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| {
                let (name, guard) = l.split_once('\t')?;
                let tld = if guard == "-" {
                    Tld::Plain
                } else {
                    Tld::Guarded
                };
                Some((name.as_bytes(), tld))
            })
            .collect()
    })
}

/// The top-level domain `label` names, in any ASCII case; `None` when it is none.
pub(crate) fn tld(label: &[u8]) -> Option<Tld> {
    // The longest TLD has 24 bytes (an xn-- form); look up a lower-case copy on the stack.
    let mut buf = [0u8; 32];
    let lower = buf.get_mut(..label.len())?;
    for (low, b) in lower.iter_mut().zip(label) {
        *low = b.to_ascii_lowercase();
    }
    table().get(&*lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_unique_ascii_and_complete() {
        let names: Vec<&str> = TLDS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t').map(|(n, _)| n))
            .collect();
        assert!(names.len() > 1400, "{}", names.len());
        assert!(names.windows(2).all(|w| w[0] < w[1]));
        assert!(
            names
                .iter()
                .all(|n| n.is_ascii() && n.len() <= 32 && !n.is_empty())
        );
        assert_eq!(table().len(), names.len());
        for name in [
            "com", "asia", "arpa", "ec", "hr", "wtf", "zone", "is", "xn--p1ai", "onion",
        ] {
            assert_eq!(tld(name.as_bytes()), Some(Tld::Plain), "{name}");
        }
        for name in ["zip", "py", "sh", "mov", "ZIP", "read", "post", "open"] {
            assert_eq!(tld(name.as_bytes()), Some(Tld::Guarded), "{name}");
        }
        for name in [
            "pdf",
            "exe",
            "txt",
            "js",
            "php",
            "local",
            "",
            "a-very-long-label-that-is-no-tld-at-all",
        ] {
            assert_eq!(tld(name.as_bytes()), None, "{name}");
        }
    }
}
