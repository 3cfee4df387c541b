//! Technical indicators (IP addresses, domains, URLs, e-mail addresses, hashes) and CVE ids,
//! refanged and guarded against the false positives news text is full of.

use std::collections::HashSet;
use std::net::{Ipv4Addr, Ipv6Addr};

use crate::model::{Indicator, IndicatorKind, Span};

/// Top-level domains accepted for bare domains. File extensions ("pdf", "exe") are not here.
const TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "io", "co", "ru", "cn", "su", "ir", "kp", "ua", "uk", "de",
    "fr", "nl", "it", "es", "pl", "br", "in", "jp", "kr", "tw", "hk", "sg", "au", "ca", "us", "eu",
    "xyz", "top", "online", "site", "club", "live", "app", "dev", "cloud", "tk", "ml", "ga", "cf",
    "gq", "pw", "cc", "ws", "me", "tv", "onion", "gov", "edu", "mil", "int", "ch", "se", "no",
    "fi", "dk", "be", "at", "cz", "ro", "bg", "gr", "tr", "il", "ae", "sa", "vn", "th", "my", "id",
    "ph", "mx", "ar", "cl", "za", "ng", "ke", "nz", "ie", "pt", "hu", "sk", "lt", "lv", "ee", "by",
    "kz", "shop", "store", "icu", "link", "click", "work", "buzz", "host", "space", "website",
    "tech",
];

/// Every CVE id in `text`, upper case, in order of first mention, each once.
pub(crate) fn cves(text: &str) -> Vec<(String, Span)> {
    let bytes = text.as_bytes();
    let mut out: Vec<(String, Span)> = Vec::new();
    let mut seen = HashSet::new();
    for start in memchr::memmem::find_iter(&bytes.to_ascii_uppercase(), b"CVE-") {
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
    for (start, token) in tokens(text) {
        // Ordinary words have no dot, colon or at sign inside, and are not long hex runs.
        let inner = token.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        let hex_length = matches!(inner.len(), 32 | 40 | 64);
        if !hex_length && !inner.contains(['.', ':', '@', '[', '(', '{']) {
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

/// Whitespace-separated tokens with their offsets.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_ascii_whitespace()
        .map(move |t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
}

/// Undoes the usual defanging: `hxxp`, `[.]`, `(.)`, `{.}`, `(dot)`, `[dot]`, `[at]`, `[:]`.
fn refang(token: &str) -> String {
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
    let mut s = token.to_owned();
    if s.contains(['[', '(', '{']) {
        for (from, to) in SWAPS {
            if s.contains(from) {
                s = s.replace(from, to);
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
            s = format!("{to}{rest}");
            break;
        }
    }
    s
}

fn classify(v: &str) -> Option<IndicatorKind> {
    if v.len() < 4 {
        return None;
    }
    let lower = v.to_ascii_lowercase();
    if ["http://", "https://", "ftp://"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        let host = lower
            .split("://")
            .nth(1)?
            .split(['/', ':', '?', '#'])
            .next()?;
        return (is_domain(host) || host.parse::<Ipv4Addr>().is_ok()).then_some(IndicatorKind::Url);
    }
    if let Some((local, domain)) = v.split_once('@') {
        let local_ok = !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
        return (local_ok && is_domain(&domain.to_ascii_lowercase()))
            .then_some(IndicatorKind::Email);
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
    is_domain(&lower).then_some(IndicatorKind::Domain)
}

/// A host name with at least two labels and a known top-level domain.
fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 || host.len() > 253 {
        return false;
    }
    let tld = labels[labels.len() - 1];
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    // "U.S", "e.g" and single letters are abbreviations, not hosts.
    labels.iter().all(label_ok) && labels[labels.len() - 2].len() >= 2 && TLDS.contains(&tld)
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
