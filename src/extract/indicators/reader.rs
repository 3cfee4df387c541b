//! The token reader: cuts the refanged text into tokens around the candidates, trims, splits
//! and retries them, and hands whole parts to the recognisers of `kinds`, `paths` and
//! `bitcoin` (the module docs of `indicators` have the table).

use std::collections::HashSet;
use std::hash::BuildHasher;

use super::candidates::{Candidates, LONG_RUN};
use super::refang::Refanged;
use super::{bitcoin, kinds, paths};
use crate::extract::ascii::contains_ignore_ascii_case;
use crate::gazetteer::tlds::Tld;
use crate::model::{Indicator, IndicatorKind, Span};
use crate::words::Classes;

/// Byte classes of the token scan.
const SEP: u8 = 1;
const MARK: u8 = 2;
const NON_ASCII: u8 = 4;

const fn classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            NON_ASCII
        } else if b.is_ascii_whitespace()
            || b.is_ascii_control()
            || matches!(b, b'"' | b'<' | b'>' | b'`' | b'|')
        {
            SEP
        } else if matches!(b, b'.' | b':' | b'@' | b'/' | b'\\') {
            MARK
        } else {
            0
        };
        i += 1;
    }
    t
}
static CLASS: [u8; 256] = classes();

/// How deep a token is split and read again.
const MAX_DEPTH: u8 = 4;

/// Every indicator in the refanged text, in order, with spans into the original. `classes`
/// are those of each 64 bytes of the refanged text, when known ([`crate::words::list_into`];
/// they may run on past it).
pub(super) fn read(refanged: &Refanged<'_>, classes: Option<&[Classes]>) -> Vec<Indicator> {
    let mut finder = Finder {
        r: refanged,
        b: refanged.text.as_bytes(),
        t: &refanged.text,
        found: Vec::new(),
        seen: HashSet::default(),
        hasher: foldhash::fast::RandomState::default(),
    };
    finder.scan(classes);
    finder.found
}

struct Finder<'r, 't> {
    r: &'r Refanged<'t>,
    /// The refanged text.
    t: &'r str,
    b: &'r [u8],
    found: Vec<Indicator>,
    /// Hashes of the values found, to report each once (a hit is confirmed against `found`).
    seen: HashSet<u64, foldhash::fast::RandomState>,
    hasher: foldhash::fast::RandomState,
}

impl Finder<'_, '_> {
    /// The length of the separator at `i` (a Unicode space or punctuation), or 0.
    fn separator_len(&self, i: usize) -> usize {
        let class = CLASS[usize::from(self.b[i])];
        if class & SEP != 0 {
            return 1;
        }
        if class & NON_ASCII == 0 {
            return 0;
        }
        match self.t[i..].chars().next() {
            Some(c) if !c.is_alphanumeric() => c.len_utf8(),
            Some(_) => 0,
            // Not a char boundary: inside a character the scan already took.
            None => 0,
        }
    }

    fn scan(&mut self, classes: Option<&[Classes]>) {
        let mut candidates = Candidates::new(self.b, classes);
        let mut pos = 0;
        while let Some(at) = candidates.next(pos) {
            if self.ends_a_sentence(at, pos) {
                pos = at + 1;
                continue;
            }
            let (start, end) = self.token_around(at, pos);
            pos = self.read(start, end).max(at + 1);
        }
    }

    /// Whether the candidate at `at` is the full stop after a short word that ends a sentence
    /// ("attack. "), the commonest candidate of news, passed without cutting out its token: no
    /// reader takes it. The scan found no candidate since `floor`, so the word holds no mark,
    /// and an ASN in it would have been one; a space at most 16 bytes back makes it too short
    /// for a hash or a dashed MAC, and starts it after `floor`.
    fn ends_a_sentence(&self, at: usize, floor: usize) -> bool {
        self.b[at] == b'.'
            && self
                .b
                .get(at + 1)
                .is_none_or(|&b| CLASS[usize::from(b)] & SEP != 0)
            && memchr::memrchr(b' ', &self.b[floor.max(at.saturating_sub(16))..at]).is_some()
    }

    /// The token around byte `at` (an ASCII byte), reaching back no further than `floor`.
    fn token_around(&self, at: usize, floor: usize) -> (usize, usize) {
        let mut start = at;
        while start > floor {
            let b = self.b[start - 1];
            if b < 0x80 {
                if CLASS[usize::from(b)] & SEP != 0 {
                    break;
                }
                start -= 1;
            } else {
                let mut k = start - 1;
                while k > floor && self.b[k] & 0xc0 == 0x80 {
                    k -= 1;
                }
                if self.separator_len(k) > 0 {
                    break;
                }
                start = k;
            }
        }
        let mut end = at;
        while let Some(&b) = self.b.get(end) {
            if b < 0x80 {
                if CLASS[usize::from(b)] & SEP != 0 {
                    break;
                }
                end += 1;
            } else if self.separator_len(end) > 0 {
                break;
            } else {
                end += self.t[end..].chars().next().map_or(1, char::len_utf8);
            }
        }
        (start, end)
    }

    /// Reads the token `start..end`; returns where the scan goes on (past a path that ran
    /// over spaces).
    fn read(&mut self, start: usize, end: usize) -> usize {
        let lead = start
            + self.b[start..end]
                .iter()
                .take_while(|b| matches!(b, b'(' | b'[' | b'{' | b'\'' | b'*'))
                .count();
        let word = &self.b[lead..end];
        if word == b"ASN" || word == b"ASN:" {
            self.asn_apart(end);
            return end;
        }
        // Most candidates are words closing a sentence ("attack."): no mark inside.
        let (s, e) = self.trim(start, end);
        let marked = self.b[s..e].iter().any(|&b| CLASS[usize::from(b)] == MARK);
        if marked {
            // Every Windows path and registry key holds a backslash.
            let backslash = memchr::memchr(b'\\', &self.b[start..end]).is_some();
            if let Some((kind, stop)) = backslash
                .then(|| paths::windows(self.b, start, end))
                .flatten()
                .or_else(|| {
                    backslash
                        .then(|| self.windows_after_opener(start, end))
                        .flatten()
                })
            {
                let from = self.trim_start(start, stop);
                self.push(kind, self.t[from..stop].to_owned(), from, stop);
                return stop.max(end);
            }
            self.token(start, end, 0);
        } else if e - s >= LONG_RUN
            || (word.starts_with(b"AS")
                && word
                    .iter()
                    .skip(2)
                    .find(|&&b| b != b'N')
                    .is_some_and(u8::is_ascii_digit))
            || (e - s >= 17 && word.contains(&b'-'))
        {
            self.token(start, end, 0);
        }
        end
    }

    /// A Windows path behind an opening bracket or quote inside its token (`('C:\x')`).
    fn windows_after_opener(&self, start: usize, end: usize) -> Option<(IndicatorKind, usize)> {
        let from = self.trim_start(start, end);
        (from > start)
            .then(|| paths::windows(self.b, from, end))
            .flatten()
    }

    /// `ASN 13335`: the number is the next word.
    fn asn_apart(&mut self, after: usize) {
        let from = after + self.b[after..].iter().take_while(|&&b| b == b' ').count();
        let to = from
            + self.b[from..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        if from > after
            && from - after <= 2
            && let Some(value) = kinds::asn_number(&self.t[from..to])
        {
            let start = after
                - self.b[..after]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphabetic() || **b == b':')
                    .count();
            self.push(IndicatorKind::Asn, value, start, to);
        }
    }

    fn trim_start(&self, mut s: usize, e: usize) -> usize {
        while s < e
            && matches!(
                self.b[s],
                b'(' | b'[' | b'{' | b'\'' | b'*' | b',' | b';' | b'!' | b'?' | b'=' | b'.'
            )
        {
            s += 1;
        }
        s
    }

    /// The token without the punctuation around it.
    fn trim(&self, s: usize, mut e: usize) -> (usize, usize) {
        let s = self.trim_start(s, e);
        while e > s {
            let last = self.b[e - 1];
            let drop = match last {
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' | b'=' => true,
                // A closing bracket stays when it closes one inside (`wiki/Foo_(bar)`).
                b')' => !self.b[s..e].contains(&b'('),
                b']' => !self.b[s..e].contains(&b'['),
                b'}' => !self.b[s..e].contains(&b'{'),
                b's' if e - s > 2 && self.b[e - 2] == b'\'' => {
                    e -= 1;
                    true
                }
                _ => false,
            };
            if !drop {
                break;
            }
            e -= 1;
        }
        (s, e)
    }

    /// Reads the token at `s..e` (see the module docs), splitting and retrying.
    fn token(&mut self, s: usize, e: usize, depth: u8) {
        let (s, e) = self.trim(s, e);
        if e < s + 3 {
            return;
        }
        let tok = &self.t[s..e];
        if depth < MAX_DEPTH
            && let Some(k) = find_pair(tok.as_bytes(), b']', b'(')
        {
            self.token(s, s + k + 1, depth + 1);
            self.token(s + k + 1, e, depth + 1);
            return;
        }
        if let Some(k) = find_pair(tok.as_bytes(), b':', b'/')
            .filter(|&k| tok.as_bytes().get(k + 2) == Some(&b'/'))
        {
            let scheme_len = tok[..k]
                .bytes()
                .rev()
                .take_while(u8::is_ascii_alphabetic)
                .count();
            let scheme_start = s + k - scheme_len;
            if scheme_len >= 2 {
                if scheme_start > s && depth < MAX_DEPTH {
                    self.token(s, scheme_start, depth + 1);
                }
                let (from, to) = self.trim(scheme_start, e);
                self.url(from, s + k + 3, to, depth);
                return;
            }
        }
        if self.whole(s, e) || depth >= MAX_DEPTH {
            return;
        }
        self.retry(s, e, depth);
    }

    /// A URL from `s` to `e` whose host starts at `host`; when the host is no name or address
    /// of ours, the host alone is read.
    fn url(&mut self, s: usize, host: usize, e: usize, depth: u8) {
        // A closing bracket that opens nowhere in the URL ends it: "[see](https://a/b)Next".
        let mut depth_open = 0usize;
        for (k, &b) in self.b[s..e].iter().enumerate() {
            match b {
                b'(' => depth_open += 1,
                b')' if depth_open == 0 => return self.url(s, host, s + k, depth),
                b')' => depth_open -= 1,
                _ => {}
            }
        }
        // A list glued by commas or semicolons: "https://a/x,https://b/y".
        if let Some(k) = memchr::memchr2(b',', b';', &self.b[host..e])
            && self.t[host + k + 1..e].contains("://")
            && depth < MAX_DEPTH
        {
            self.url(s, host, host + k, depth);
            self.token(host + k + 1, e, depth + 1);
            return;
        }
        let rest = &self.t[host..e];
        let authority_len =
            memchr::memchr3(b'/', b'?', b'#', rest.as_bytes()).unwrap_or(rest.len());
        let authority = &rest[..authority_len];
        let host_part =
            memchr::memrchr(b'@', authority.as_bytes()).map_or(authority, |k| &authority[k + 1..]);
        let host_start = host + (authority.len() - host_part.len());
        let host_name = if let Some(v6) = host_part.strip_prefix('[') {
            v6.split_once(']').map(|(ip, _)| ip)
        } else {
            Some(host_part.rsplit_once(':').map_or(host_part, |(h, port)| {
                if port.bytes().all(|b| b.is_ascii_digit()) {
                    h
                } else {
                    host_part
                }
            }))
        };
        let Some(host_name) = host_name else { return };
        let ok = kinds::host_name(host_name).is_some()
            || kinds::ipv4(host_name)
            || kinds::ipv6(host_name);
        if ok {
            let value = self.t[s..e].to_owned();
            self.push(IndicatorKind::Url, value, s, e);
        } else if depth < MAX_DEPTH && !host_name.is_empty() {
            let from = host_start + usize::from(host_part.starts_with('['));
            self.token(from, from + host_name.len(), depth + 1);
        }
    }

    /// Reads the token `s..e` as one indicator, with a port or prefix set apart; true when
    /// one was found.
    fn whole(&mut self, s: usize, e: usize) -> bool {
        let tok = &self.t[s..e];
        if let Some(v6) = memchr::memchr(b']', tok.as_bytes()).map(|k| &tok[..k])
            && kinds::ipv6(v6)
        {
            // [2001:db8::1]:443, the bracket already trimmed.
            return self.bare(s, s + v6.len());
        }
        if let Some(at) = memchr::memrchr(b'@', tok.as_bytes()) {
            let mailto = if tok.len() > 7 && tok.as_bytes()[..7].eq_ignore_ascii_case(b"mailto:") {
                7
            } else {
                0
            };
            let (local, host) = (&tok[mailto..at], &tok[at + 1..]);
            let s = s + mailto;
            if local.contains(':') {
                // user:pass@host:port
                return self.host_port(s + at + 1, e);
            }
            // "p…f@gmail.com" is an address with its middle left out, not "f@gmail.com".
            let elided = self.t[..s]
                .chars()
                .next_back()
                .is_some_and(|c| !c.is_ascii() && !c.is_whitespace())
                && self.t[..s]
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(char::is_alphanumeric);
            if !elided && kinds::local_part(local) && kinds::host_name(host).is_some() {
                let value = self.t[s..e].to_ascii_lowercase();
                self.push(IndicatorKind::Email, value, s, e);
                return true;
            }
            return false;
        }
        if tok.starts_with('/') || tok.starts_with("~/") {
            if paths::unix(tok) {
                self.push(IndicatorKind::FilePath, tok.to_owned(), s, e);
                return true;
            }
            return false;
        }
        if let Some(slash) = memchr::memchr(b'/', tok.as_bytes()) {
            if kinds::cidr(tok) {
                self.push(IndicatorKind::Cidr, tok.to_ascii_lowercase(), s, e);
                return true;
            }
            let (host, path) = tok.split_at(slash);
            let host = host.rsplit_once(':').map_or(host, |(h, port)| {
                if port.bytes().all(|b| b.is_ascii_digit()) && !h.contains(':') {
                    h
                } else {
                    host
                }
            });
            // A comma is a list, read apart. A path is evidence enough for a TLD that is
            // also a file extension.
            if path.contains(',') {
                return false;
            }
            let url = path.len() > 1;
            let named =
                kinds::host_name(host).is_some_and(|_| self.bare_host_ok(s, s + host.len(), url));
            // "1.1.1.1/2.2.2.2" is two addresses, not a path.
            let first = path[1..].split('/').next().unwrap_or_default();
            if kinds::ipv4(host) && kinds::ipv4(first) {
                return false;
            }
            let ip_path = kinds::ipv4(host) && !path[1..].bytes().all(|b| b.is_ascii_digit());
            if named || ip_path {
                if url {
                    self.push(IndicatorKind::Url, tok.to_owned(), s, e);
                } else {
                    return self.host_port(s, s + slash);
                }
                return true;
            }
            return false;
        }
        self.host_port(s, e)
    }

    /// `host:port` or a bare host or value.
    fn host_port(&mut self, s: usize, e: usize) -> bool {
        let tok = &self.t[s..e];
        if let Some(v6) = tok.strip_prefix('[') {
            // [2001:db8::1]:443
            if let Some(ip) = memchr::memchr(b']', v6.as_bytes()).map(|k| &v6[..k]) {
                return self.bare(s + 1, s + 1 + ip.len());
            }
        }
        if let Some((host, port)) =
            memchr::memrchr(b':', tok.as_bytes()).map(|k| (&tok[..k], &tok[k + 1..]))
            && !host.contains(':')
            && (1..=5).contains(&port.len())
            && port.bytes().all(|b| b.is_ascii_digit())
        {
            return self.bare(s, s + host.len());
        }
        self.bare(s, e)
    }

    /// The token as an address, MAC, hash, bitcoin address, ASN or domain.
    fn bare(&mut self, s: usize, e: usize) -> bool {
        let tok = &self.t[s..e];
        let found = if kinds::ipv4(tok) {
            (!self.after_version_word(s)).then(|| (IndicatorKind::Ipv4, tok.to_owned()))
        } else if kinds::ipv6(tok) {
            Some((IndicatorKind::Ipv6, tok.to_owned()))
        } else if let Some(mac) = kinds::mac(tok) {
            Some((IndicatorKind::Mac, mac))
        } else if let Some(kind) = kinds::hash(tok) {
            Some((kind, tok.to_ascii_lowercase()))
        } else if bitcoin::is_address(tok) {
            let value = if tok.starts_with(['b', 'B']) {
                tok.to_ascii_lowercase()
            } else {
                tok.to_owned()
            };
            Some((IndicatorKind::BitcoinAddress, value))
        } else if let Some(asn) = kinds::asn(tok) {
            Some((IndicatorKind::Asn, asn))
        } else if kinds::host_name(tok).is_some() && self.bare_host_ok(s, e, false) {
            Some((IndicatorKind::Domain, tok.to_ascii_lowercase()))
        } else {
            None
        };
        match found {
            Some((kind, value)) => {
                self.push(kind, value, s, e);
                true
            }
            None => false,
        }
    }

    /// The guards of a name written without a scheme (see the module docs' table); `path`
    /// when a path follows it.
    fn bare_host_ok(&self, s: usize, e: usize, path: bool) -> bool {
        /// Dotted names of technologies, not hosts, as they are written in news.
        const NOT_HOSTS: &[&[u8]] = &[b"ASP.NET", b"ADO.NET", b"VB.NET"];
        let host = &self.b[s..e];
        if self.r.defanged_within(s, e) {
            return true;
        }
        if NOT_HOSTS.contains(&host) {
            return false;
        }
        let tld_start = host.iter().rposition(|&b| b == b'.').map_or(0, |k| k + 1);
        let last = &host[tld_start..];
        // "attacks.Security": two sentences glued; "Co.LTD": a company's suffix. A host is
        // written in one case, or with capitals before a lower-case TLD ("SecurityWeek.com").
        let title_case = last.len() > 1
            && last[0].is_ascii_uppercase()
            && last[1..].iter().any(u8::is_ascii_lowercase);
        let upper_tld_after_lower = last.iter().any(u8::is_ascii_uppercase)
            && host[..tld_start].iter().any(u8::is_ascii_lowercase);
        // "com.example.app": a Java or Android package, written the other way round;
        // "self.services": an attribute in quoted code.
        let first = host.split(|&b| b == b'.').next().unwrap_or_default();
        let reversed = [&b"com"[..], b"org", b"net"].contains(&first)
            && host.iter().filter(|&&b| b == b'.').count() >= 2;
        let receiver = [&b"self"[..], b"this", b"window", b"document"].contains(&first);
        if title_case || upper_tld_after_lower || reversed || receiver {
            return false;
        }
        if !path && crate::gazetteer::tlds::tld(last) == Some(Tld::Guarded) {
            let before = &self.b[s.saturating_sub(48)..s];
            return contains_ignore_ascii_case(before, b"domain")
                || contains_ignore_ascii_case(before, b"hosted");
        }
        true
    }

    /// Whether the word before `s` says a dotted quad is a version number.
    fn after_version_word(&self, s: usize) -> bool {
        const WORDS: &[&[u8]] = &[
            b"version",
            b"versions",
            b"ver",
            b"v",
            b"build",
            b"builds",
            b"release",
            b"firmware",
            b"update",
            b"patch",
            b"rev",
            b"revision",
            b"section",
            b"chapter",
            b"step",
            b"table",
            b"figure",
            b"fig",
            b"clause",
            b"kernel",
        ];
        // Back over the list the number may be in ("versions 1.7.0.6-11, 1.7.0.0-1.7.0.7"),
        // then over "and" or "or", to the word that names it; within 80 bytes.
        let floor = s.saturating_sub(80);
        let mut end = s;
        let mut joined = false;
        loop {
            // A full stop before a space ends a sentence: the list does not go on past it.
            while end > floor
                && matches!(
                    self.b[end - 1],
                    b' ' | b':' | b'#' | b',' | b'-' | b'.' | b'0'..=b'9'
                )
                && !(self.b[end - 1] == b'.' && self.b.get(end) == Some(&b' '))
            {
                end -= 1;
            }
            let word_start = end
                - self.b[floor..end]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
            let word = &self.b[word_start..end];
            if !joined && (word.eq_ignore_ascii_case(b"and") || word.eq_ignore_ascii_case(b"or")) {
                joined = true;
                end = word_start;
                continue;
            }
            return !word.is_empty() && WORDS.iter().any(|w| word.eq_ignore_ascii_case(w));
        }
    }

    /// Splits a token no reader took and reads the parts.
    fn retry(&mut self, s: usize, e: usize, depth: u8) {
        let tok = &self.b[s..e];
        // A label: "ip:1.2.3.4", "sha256=...", "mailto:x@y.z".
        let label = tok
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_' || **b == b'-')
            .count();
        if (1..=16).contains(&label)
            && label + 1 < tok.len()
            && matches!(tok[label], b':' | b'=')
            && tok[label + 1] != b'/'
        {
            self.token(s + label + 1, e, depth + 1);
            return;
        }
        // Two addresses joined: "1.1.1.1/2.2.2.2", "8.8.8.8-8.8.4.4".
        if let Some(k) = tok.iter().position(|&b| b == b'/' || b == b'-')
            && kinds::ipv4(&self.t[s..s + k])
            && kinds::ipv4(&self.t[s + k + 1..e])
        {
            self.token(s, s + k, depth + 1);
            self.token(s + k + 1, e, depth + 1);
            return;
        }
        // Punctuation inside: "a.com,b.net", "('x.y')", "{1.2.3.4}".
        let split = |b: &u8| {
            matches!(
                b,
                b',' | b';' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'\'' | b'!' | b'*' | b'='
            )
        };
        if tok.iter().any(split) {
            let mut from = s;
            for (k, b) in tok.iter().enumerate() {
                if split(b) {
                    if s + k > from {
                        self.token(from, s + k, depth + 1);
                    }
                    from = s + k + 1;
                }
            }
            if e > from {
                self.token(from, e, depth + 1);
            }
            return;
        }
        // Letters glued before an address: "IP185.220.101.5" (but "v1.2.3.4" is a version).
        let letters = tok.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if letters > 1 && letters < tok.len() && tok[letters].is_ascii_digit() {
            let prefix = &tok[..letters];
            if !(prefix.eq_ignore_ascii_case(b"ver")
                || prefix.eq_ignore_ascii_case(b"version")
                || prefix.eq_ignore_ascii_case(b"build"))
            {
                let from = s + letters;
                if kinds::ipv4(&self.t[from..e]) || kinds::cidr(&self.t[from..e]) {
                    self.token(from, e, depth + 1);
                }
            }
        }
    }

    /// Records an indicator at refanged `s..e`, once per value.
    fn push(&mut self, kind: IndicatorKind, value: String, s: usize, e: usize) {
        let hash = self.hasher.hash_one(value.as_str());
        if !self.seen.insert(hash) && self.found.iter().any(|i| i.value == value) {
            return;
        }
        let span = Span::new(self.r.start_in_original(s), self.r.end_in_original(e));
        self.found.push(Indicator { kind, value, span });
    }
}

/// The first `a` followed by `b` in `bytes`.
fn find_pair(bytes: &[u8], a: u8, b: u8) -> Option<usize> {
    memchr::memchr_iter(a, bytes).find(|&k| bytes.get(k + 1) == Some(&b))
}
