//! Technical indicators (IP addresses, domains, URLs, e-mail addresses, hashes) and CVE ids,
//! refanged and guarded against the false positives news text is full of.

use std::borrow::Cow;
use std::collections::HashSet;
use std::net::{Ipv4Addr, Ipv6Addr};

use super::ascii::starts_with_ignore_ascii_case;
use crate::model::{Indicator, IndicatorKind, Span};

/// Every CVE id in `text`, upper case, in order of first mention, each once.
pub(crate) fn cves(text: &str) -> Vec<(String, Span)> {
    let bytes = text.as_bytes();
    let mut out: Vec<(String, Span)> = Vec::new();
    let mut seen = HashSet::new();
    // Every id has a dash after "CVE", and dashes are rare in prose: looking from each dash
    // finds the ids without folding a copy of the text.
    for dash in memchr::memchr_iter(b'-', bytes) {
        let Some(start) = dash.checked_sub(3) else {
            continue;
        };
        if !bytes[start..dash].eq_ignore_ascii_case(b"CVE") {
            continue;
        }
        let year_end = start + 8;
        if year_end > bytes.len() || !bytes[start + 4..year_end].iter().all(u8::is_ascii_digit) {
            continue;
        }
        if bytes.get(year_end) != Some(&b'-') {
            continue;
        }
        let digits = bytes[year_end + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if !(4..=7).contains(&digits) || (start > 0 && bytes[start - 1].is_ascii_alphanumeric()) {
            continue;
        }
        let end = year_end + 1 + digits;
        let id = text[start..end].to_ascii_uppercase();
        if seen.insert(id.clone()) {
            out.push((id, Span::new(start, end)));
        }
    }
    out
}

/// Every indicator in `text`, refanged, in order; spans are relative to `text`.
pub(crate) fn find(text: &str) -> Vec<Indicator> {
    let mut out: Vec<Indicator> = Vec::new();
    let mut seen = HashSet::new();
    for (start, token) in candidates(text) {
        // Ordinary words have no dot, colon or at sign inside, and are not long hex runs.
        let inner = token.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        let hex_length = matches!(inner.len(), 32 | 40 | 64);
        if !hex_length && !inner.bytes().any(is_mark) {
            continue;
        }
        let refanged = refang(token);
        let value = refanged.trim_end_matches(['.', ',', ';', ':', ')', ']', '"', '\'', '!', '?']);
        let value = value.trim_start_matches(['(', '[', '"', '\'', '<']);
        if let Some(kind) = classify(value) {
            let value = match kind {
                IndicatorKind::Domain
                | IndicatorKind::Email
                | IndicatorKind::Md5
                | IndicatorKind::Sha1
                | IndicatorKind::Sha256 => value.to_ascii_lowercase(),
                _ => value.to_owned(),
            };
            if seen.insert(value.clone()) {
                out.push(Indicator {
                    kind,
                    value,
                    span: Span::new(start, start + token.len()),
                });
            }
        }
    }
    out
}

/// The bytes that every indicator but a bare hash holds, before or after refanging.
fn is_mark(b: u8) -> bool {
    matches!(b, b'.' | b':' | b'@' | b'[' | b'(' | b'{')
}

/// The whitespace-separated tokens that can hold an indicator, with their offsets: those with
/// a mark byte, or with a run of 32 hex digits (a hash). Jumping between those bytes leaves
/// the ordinary words of the text unread.
fn candidates(text: &str) -> Candidates<'_> {
    Candidates {
        text,
        pos: 0,
        punctuation: Next::new([b'.', b':', b'@']),
        bracket: Next::new([b'[', b'(', b'{']),
    }
}

struct Candidates<'t> {
    text: &'t str,
    /// Where the next token can start: at 0 or at white space.
    pos: usize,
    punctuation: Next,
    bracket: Next,
}

/// The next occurrence of one of three bytes, searched for again only once `pos` passes it,
/// so each search reads a byte once.
struct Next {
    needles: [u8; 3],
    at: Option<usize>,
}

impl Next {
    fn new(needles: [u8; 3]) -> Self {
        Next { needles, at: None }
    }

    /// The first occurrence at or after `pos`, or the length of `bytes`.
    fn from(&mut self, bytes: &[u8], pos: usize) -> usize {
        match self.at {
            Some(at) if at >= pos => at,
            _ => {
                let [a, b, c] = self.needles;
                let at = memchr::memchr3(a, b, c, &bytes[pos..]).map_or(bytes.len(), |n| pos + n);
                self.at = Some(at);
                at
            }
        }
    }
}

/// A hash is a run of at least 32 hex digits, and every such run covers a multiple of 32:
/// testing the bytes at those offsets finds every hash and reads few other bytes.
const HASH_STRIDE: usize = 32;

impl Candidates<'_> {
    /// The first byte at or after `pos` that marks a candidate token.
    fn next_mark(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let pos = self.pos;
        let mark = self
            .punctuation
            .from(bytes, pos)
            .min(self.bracket.from(bytes, pos));
        let mut probe = pos.next_multiple_of(HASH_STRIDE);
        while probe < mark {
            if bytes[probe].is_ascii_hexdigit() {
                let run_start = bytes[pos..probe]
                    .iter()
                    .rposition(|b| !b.is_ascii_hexdigit())
                    .map_or(pos, |n| pos + n + 1);
                let run_end = bytes[probe..]
                    .iter()
                    .position(|b| !b.is_ascii_hexdigit())
                    .map_or(bytes.len(), |n| probe + n);
                if run_end - run_start >= HASH_STRIDE {
                    return Some(probe);
                }
            }
            probe += HASH_STRIDE;
        }
        (mark < bytes.len()).then_some(mark)
    }
}

impl<'t> Iterator for Candidates<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        let bytes = self.text.as_bytes();
        let Some(mark) = self.next_mark() else {
            self.pos = bytes.len();
            return None;
        };
        let start = bytes[self.pos..mark]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(self.pos, |n| self.pos + n + 1);
        let end = bytes[mark..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |n| mark + n);
        self.pos = end;
        Some((start, &self.text[start..end]))
    }
}

/// Undoes the usual defanging: `hxxp`, `[.]`, `(.)`, `{.}`, `(dot)`, `[dot]`, `[at]`, `[:]`.
/// Most tokens are not defanged and come back borrowed.
fn refang(token: &str) -> Cow<'_, str> {
    const SWAPS: &[(&str, &str)] = &[
        ("[.]", "."),
        ("(.)", "."),
        ("{.}", "."),
        ("[dot]", "."),
        ("(dot)", "."),
        ("{dot}", "."),
        ("[at]", "@"),
        ("(at)", "@"),
        ("{at}", "@"),
        ("[@]", "@"),
        ("[:]", ":"),
        ("[://]", "://"),
    ];
    let mut s = Cow::Borrowed(token);
    // Every swap opens with a bracket and one of `.`, `d`, `a`, `@`, `:`; a token without such a
    // pair (most bracketed words) is spared the twelve searches.
    let defanged = token.as_bytes().windows(2).any(|pair| {
        matches!(pair[0], b'[' | b'(' | b'{') && matches!(pair[1], b'.' | b'd' | b'a' | b'@' | b':')
    });
    if defanged {
        for (from, to) in SWAPS {
            if s.contains(from) {
                s = Cow::Owned(s.replace(from, to));
            }
        }
    }
    for (from, to) in [
        ("hxxps", "https"),
        ("hxxp", "http"),
        ("HXXPS", "https"),
        ("HXXP", "http"),
        ("fxp", "ftp"),
    ] {
        if let Some(rest) = s.strip_prefix(from) {
            s = Cow::Owned(format!("{to}{rest}"));
            break;
        }
    }
    s
}

fn classify(v: &str) -> Option<IndicatorKind> {
    if v.len() < 4 {
        return None;
    }
    // Schemes, host names and top-level domains are compared without regard to ASCII case,
    // so no lower-case copy is made of a token that turns out to be no indicator.
    if ["http://", "https://", "ftp://"]
        .iter()
        .any(|p| starts_with_ignore_ascii_case(v.as_bytes(), p.as_bytes()))
    {
        let host = v.split("://").nth(1)?.split(['/', ':', '?', '#']).next()?;
        return (is_domain(host) || host.parse::<Ipv4Addr>().is_ok()).then_some(IndicatorKind::Url);
    }
    if let Some((local, domain)) = v.split_once('@') {
        let local_ok = !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
        return (local_ok && is_domain(domain)).then_some(IndicatorKind::Email);
    }
    if v.bytes().all(|b| b.is_ascii_hexdigit())
        && v.bytes().any(|b| b.is_ascii_digit())
        && v.bytes().any(|b| b.is_ascii_alphabetic())
    {
        return match v.len() {
            32 => Some(IndicatorKind::Md5),
            40 => Some(IndicatorKind::Sha1),
            64 => Some(IndicatorKind::Sha256),
            _ => None,
        };
    }
    if let Ok(ip) = v.parse::<Ipv4Addr>() {
        // Dotted numbers that are not routable addresses are usually versions.
        let o = ip.octets();
        return (!ip.is_unspecified() && o[0] != 0 && !ip.is_broadcast())
            .then_some(IndicatorKind::Ipv4);
    }
    if v.matches(':').count() >= 2
        && v.parse::<Ipv6Addr>().is_ok()
        && v.bytes()
            .any(|b| b.is_ascii_hexdigit() && !b.is_ascii_digit() || b.is_ascii_digit())
    {
        return Some(IndicatorKind::Ipv6);
    }
    is_domain(v).then_some(IndicatorKind::Domain)
}

/// A host name (in any case) with at least two labels and a known top-level domain.
fn is_domain(host: &str) -> bool {
    if host.len() > 253 {
        return false;
    }
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    let (mut count, mut second_last, mut last) = (0, "", "");
    for label in host.split('.') {
        if !label_ok(label) {
            return false;
        }
        count += 1;
        second_last = last;
        last = label;
    }
    // "U.S", "e.g" and single letters are abbreviations, not hosts.
    count >= 2 && second_last.len() >= 2 && is_tld(last)
}

/// Top-level domains accepted for bare domains. File extensions ("pdf", "exe") are not here.
fn is_tld(label: &str) -> bool {
    // No listed domain is longer than "website".
    let mut buf = [0u8; 7];
    let Some(lower) = buf.get_mut(..label.len()) else {
        return false;
    };
    for (low, b) in lower.iter_mut().zip(label.bytes()) {
        *low = b.to_ascii_lowercase();
    }
    // A `match` on the label compiles to a few comparisons of its length and bytes.
    matches!(
        &*lower,
        b"ae"
            | b"app"
            | b"ar"
            | b"at"
            | b"au"
            | b"be"
            | b"bg"
            | b"biz"
            | b"br"
            | b"buzz"
            | b"by"
            | b"ca"
            | b"cc"
            | b"cf"
            | b"ch"
            | b"cl"
            | b"click"
            | b"cloud"
            | b"club"
            | b"cn"
            | b"co"
            | b"com"
            | b"cz"
            | b"de"
            | b"dev"
            | b"dk"
            | b"edu"
            | b"ee"
            | b"es"
            | b"eu"
            | b"fi"
            | b"fr"
            | b"ga"
            | b"gov"
            | b"gq"
            | b"gr"
            | b"hk"
            | b"host"
            | b"hu"
            | b"icu"
            | b"id"
            | b"ie"
            | b"il"
            | b"in"
            | b"info"
            | b"int"
            | b"io"
            | b"ir"
            | b"it"
            | b"jp"
            | b"ke"
            | b"kp"
            | b"kr"
            | b"kz"
            | b"link"
            | b"live"
            | b"lt"
            | b"lv"
            | b"me"
            | b"mil"
            | b"ml"
            | b"mx"
            | b"my"
            | b"net"
            | b"ng"
            | b"nl"
            | b"no"
            | b"nz"
            | b"onion"
            | b"online"
            | b"org"
            | b"ph"
            | b"pl"
            | b"pt"
            | b"pw"
            | b"ro"
            | b"ru"
            | b"sa"
            | b"se"
            | b"sg"
            | b"shop"
            | b"site"
            | b"sk"
            | b"space"
            | b"store"
            | b"su"
            | b"tech"
            | b"th"
            | b"tk"
            | b"top"
            | b"tr"
            | b"tv"
            | b"tw"
            | b"ua"
            | b"uk"
            | b"us"
            | b"vn"
            | b"website"
            | b"work"
            | b"ws"
            | b"xyz"
            | b"za"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(IndicatorKind, String)> {
        find(text).into_iter().map(|i| (i.kind, i.value)).collect()
    }

    #[test]
    fn table_of_indicators() {
        use IndicatorKind::*;
        let cases: &[(&str, &[(IndicatorKind, &str)])] = &[
            (
                "C2 at evil[.]example[.]com today",
                &[(Domain, "evil.example.com")],
            ),
            (
                "see hxxps://bad(.)site[.]ru/x.php.",
                &[(Url, "https://bad.site.ru/x.php")],
            ),
            (
                "from 185.220.101[.]5 and 10.0.0.1",
                &[(Ipv4, "185.220.101.5"), (Ipv4, "10.0.0.1")],
            ),
            ("mail ops[at]evil{.}net", &[(Email, "ops@evil.net")]),
            (
                "hash d41d8cd98f00b204e9800998ecf8427e",
                &[(Md5, "d41d8cd98f00b204e9800998ecf8427e")],
            ),
            (
                "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
                &[(Sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709")],
            ),
            ("the report.pdf and setup.exe files", &[]),
            ("the U.S. and e.g. version 2.4.1", &[]),
            ("addr 2001:db8::1 seen", &[(Ipv6, "2001:db8::1")]),
        ];
        for (text, want) in cases {
            let want: Vec<(IndicatorKind, String)> =
                want.iter().map(|(k, v)| (*k, v.to_string())).collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn spans_point_at_the_defanged_text() {
        let text = "C2 at evil[.]example[.]com today";
        let i = &find(text)[0];
        assert_eq!(&text[i.span.start..i.span.end], "evil[.]example[.]com");
    }

    #[test]
    fn cve_ids_are_normalised_and_deduplicated() {
        let text = "cve-2023-4966 and CVE-2023-4966, CVE-2022-47986; XCVE-2020-1234 no";
        let ids: Vec<String> = cves(text).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["CVE-2023-4966", "CVE-2022-47986"]);
    }
}
