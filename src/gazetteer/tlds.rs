//! The top-level domains: every TLD of the Public Suffix List (a pinned copy, generated into
//! `data/tlds.tsv`), with the ones that are also file extensions or method names in code
//! marked (`curated/tld-guarded.txt`).

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

/// The table, sorted by name (the generator writes it sorted; checked by a test).
fn table() -> &'static [(&'static str, Tld)] {
    static TABLE: OnceLock<Vec<(&'static str, Tld)>> = OnceLock::new();
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
                Some((name, tld))
            })
            .collect()
    })
}

/// The top-level domain `label` names, in any ASCII case; `None` when it is none.
pub(crate) fn tld(label: &[u8]) -> Option<Tld> {
    // The longest TLD has 24 bytes (an xn-- form); compare a lower-case copy on the stack.
    let mut buf = [0u8; 32];
    let lower = buf.get_mut(..label.len())?;
    for (low, b) in lower.iter_mut().zip(label) {
        *low = b.to_ascii_lowercase();
    }
    let table = table();
    table
        .binary_search_by(|(name, _)| name.as_bytes().cmp(lower))
        .ok()
        .map(|i| table[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_unique_ascii_and_complete() {
        let t = table();
        assert!(t.len() > 1400, "{}", t.len());
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(
            t.iter()
                .all(|(n, _)| n.is_ascii() && n.len() <= 32 && !n.is_empty())
        );
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
