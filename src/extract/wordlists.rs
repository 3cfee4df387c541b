//! The extractor's vocabulary files (`src/extract/data/*.txt`): plain text a reviewer reads
//! without reading Rust, embedded with `include_str!` and parsed once.
//!
//! Format: `#` starts a comment line; `[name]` starts a list (the comment under it says what
//! the class of words means and how it is used); every other non-blank line is one entry,
//! trimmed. An entry appears once per list.

use std::collections::HashMap;

use foldhash::fast::FixedState;

/// The lists of one vocabulary file, in file order.
#[derive(Debug)]
pub(crate) struct WordFile {
    lists: Vec<(&'static str, Vec<&'static str>)>,
    /// The lists' names, with their index in `lists`: the rules look lists up by name on hot
    /// paths, where a linear search through fifty names, then a binary search comparing
    /// strings, were visible costs.
    by_name: HashMap<&'static str, usize, FixedState>,
}

impl WordFile {
    /// Parses a vocabulary file.
    ///
    /// # Errors
    /// An entry before any `[name]`, an empty name, a list named twice, or an entry listed
    /// twice in one list, with its line number.
    pub(crate) fn parse(data: &'static str) -> Result<WordFile, String> {
        let mut lists: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        for (n, line) in data.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let at = |what: String| format!("line {}: {what}", n + 1);
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                if name.trim().is_empty() {
                    return Err(at("a list with no name".to_owned()));
                }
                if lists.iter().any(|(known, _)| *known == name) {
                    return Err(at(format!("list [{name}] named twice")));
                }
                lists.push((name, Vec::new()));
                continue;
            }
            let Some((name, entries)) = lists.last_mut() else {
                return Err(at(format!("entry {line:?} before any [list]")));
            };
            if entries.contains(&line) {
                return Err(at(format!("{line:?} twice in [{name}]")));
            }
            entries.push(line);
        }
        let by_name = lists
            .iter()
            .enumerate()
            .map(|(i, (n, _))| (*n, i))
            .collect();
        Ok(WordFile { lists, by_name })
    }

    /// The lists, in file order.
    pub(crate) fn lists(&self) -> impl Iterator<Item = (&'static str, &[&'static str])> {
        self.lists.iter().map(|(n, e)| (*n, e.as_slice()))
    }

    /// Checks a file against the lists its code reads: each is there and not empty, every
    /// list is read, and every entry is in lower case (the code compares lowered text).
    ///
    /// # Errors
    /// The first list or entry that fails, named.
    #[cfg(test)]
    pub(crate) fn check_read_lower_case(&self, read: &[&str]) -> Result<(), String> {
        if let Some(name) = read.iter().find(|name| self.list(name).is_empty()) {
            return Err(format!("no list [{name}]"));
        }
        for (name, entries) in self.lists() {
            if !read.contains(&name) {
                return Err(format!("[{name}] is read by no code"));
            }
            if let Some(e) = entries.iter().find(|e| **e != e.to_lowercase()) {
                return Err(format!("[{name}] {e:?} is not lower case"));
            }
        }
        Ok(())
    }

    /// The entries of list `name`; empty when the file has no such list (a test checks that
    /// every list the code reads exists).
    pub(crate) fn list(&self, name: &str) -> &[&'static str] {
        self.by_name
            .get(name)
            .map_or(&[], |&k| self.lists[k].1.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lists_and_rejects_malformed_files() {
        let f = WordFile::parse("# head\n[a]\n# what a means\nx y\n z \n\n[b]\nx y\n").unwrap();
        assert_eq!(f.list("a"), ["x y", "z"]);
        assert_eq!(f.list("b"), ["x y"]);
        assert!(f.list("c").is_empty());
        assert!(WordFile::parse("x\n[a]").is_err());
        assert!(WordFile::parse("[a]\nx\nx").is_err());
        assert!(WordFile::parse("[a]\n[a]").is_err());
        assert!(WordFile::parse("[ ]\nx").is_err());
        assert!(f.check_read_lower_case(&["a", "b"]).is_ok());
        assert!(
            f.check_read_lower_case(&["a"]).is_err(),
            "[b] is read by no code"
        );
        assert!(f.check_read_lower_case(&["a", "b", "c"]).is_err(), "no [c]");
        let upper = WordFile::parse("[a]\nX").unwrap();
        assert!(upper.check_read_lower_case(&["a"]).is_err());
    }
}
