//! Recognisers of one indicator each, on a token already refanged, trimmed and split: each
//! says whether the whole token is one, with the guards against what news text is full of.

use std::net::{Ipv4Addr, Ipv6Addr};

use crate::gazetteer::tlds::{Tld, tld};
use crate::model::IndicatorKind;

/// A routable-looking IPv4 address: not `0.x.x.x`, not the broadcast address. Leading zeros
/// (`01.02.03.04`, a date or a version) are refused by the parser.
pub(super) fn ipv4(s: &str) -> bool {
    s.parse::<Ipv4Addr>()
        .is_ok_and(|ip| ip.octets()[0] != 0 && !ip.is_broadcast())
}

/// An IPv6 address with at least one decimal digit (`dead::beef` and `Foo::Bar` are code), not
/// the unspecified address `::`.
pub(super) fn ipv6(s: &str) -> bool {
    memchr::memchr_iter(b':', s.as_bytes()).nth(1).is_some()
        && s.bytes().any(|b| b.is_ascii_digit())
        && s.parse::<Ipv6Addr>().is_ok_and(|ip| !ip.is_unspecified())
}

/// `10.0.0.0/8`, `2001:db8::/32`: an address and a prefix length from 1 to 32 (or 128).
pub(super) fn cidr(s: &str) -> bool {
    let Some((ip, prefix)) = s.split_once('/') else {
        return false;
    };
    let digits =
        !prefix.is_empty() && prefix.len() <= 3 && prefix.bytes().all(|b| b.is_ascii_digit());
    let Ok(len) = prefix.parse::<u8>() else {
        return false;
    };
    digits
        && len > 0
        && if ip.contains(':') {
            len <= 128 && ip.parse::<Ipv6Addr>().is_ok()
        } else {
            len <= 32 && ip.parse::<Ipv4Addr>().is_ok()
        }
}

/// A hash by its length in hex digits, with at least one digit and one letter (a run of one
/// repeated letter or digit is filler, not a hash).
pub(super) fn hash(s: &str) -> Option<IndicatorKind> {
    let kind = match s.len() {
        32 => IndicatorKind::Md5,
        40 => IndicatorKind::Sha1,
        64 => IndicatorKind::Sha256,
        128 => IndicatorKind::Sha512,
        _ => return None,
    };
    let b = s.as_bytes();
    (b.iter().all(u8::is_ascii_hexdigit)
        && b.iter().any(u8::is_ascii_digit)
        && b.iter().any(u8::is_ascii_alphabetic))
    .then_some(kind)
}

/// A MAC address in lower case with colons, from `00:1A:2B:3C:4D:5E`, `00-1a-2b-3c-4d-5e` or
/// `001a.2b3c.4d5e`. Refused: all zeros, broadcast, and dashed or dotted forms with no hex
/// letter (serial and phone numbers, dates and versions look like those).
pub(super) fn mac(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut hex = Vec::with_capacity(12);
    let separator = match b.len() {
        17 => {
            let sep = b[2];
            if !matches!(sep, b':' | b'-') {
                return None;
            }
            for (i, &c) in b.iter().enumerate() {
                if i % 3 == 2 {
                    if c != sep {
                        return None;
                    }
                } else {
                    hex.push(c);
                }
            }
            sep
        }
        14 => {
            for (i, &c) in b.iter().enumerate() {
                if i % 5 == 4 {
                    if c != b'.' {
                        return None;
                    }
                } else {
                    hex.push(c);
                }
            }
            b'.'
        }
        _ => return None,
    };
    if !hex.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    let letters = hex.iter().any(u8::is_ascii_alphabetic);
    if separator != b':' && !letters {
        return None;
    }
    let lower: Vec<u8> = hex.iter().map(u8::to_ascii_lowercase).collect();
    if lower.iter().all(|&c| c == b'0') || lower.iter().all(|&c| c == b'f') {
        return None;
    }
    let mut out = String::with_capacity(17);
    for (i, pair) in lower.chunks(2).enumerate() {
        if i > 0 {
            out.push(':');
        }
        out.push(char::from(pair[0]));
        out.push(char::from(pair[1]));
    }
    Some(out)
}

/// `AS13335` or `ASN13335` (upper case, at least two digits) as `AS13335`. Refused: the
/// reserved numbers (0, 23456, 65535, 4294967295) and `AS400`, IBM's machine.
pub(super) fn asn(s: &str) -> Option<String> {
    let digits = s.strip_prefix("ASN").or_else(|| s.strip_prefix("AS"))?;
    asn_number(digits)
}

/// The number of an ASN written apart (`ASN 13335`), as `AS13335`.
pub(super) fn asn_number(digits: &str) -> Option<String> {
    if !(2..=10).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if digits.starts_with('0') {
        return None;
    }
    let n: u64 = digits.parse().ok()?;
    (n <= u64::from(u32::MAX) && !matches!(n, 0 | 400 | 23456 | 65535 | 4_294_967_295))
        .then(|| format!("AS{n}"))
}

/// A host name (any ASCII case) of at least two labels ending in a known top-level domain:
/// what its TLD asks of it, or `None`.
pub(super) fn host_name(host: &str) -> Option<Tld> {
    if host.len() > 253 || host.len() < 4 {
        return None;
    }
    let label_ok = |l: &[u8]| {
        !l.is_empty()
            && l.len() <= 63
            && l[0] != b'-'
            && l[l.len() - 1] != b'-'
            && l.iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    let mut labels = host.as_bytes().rsplit(|&b| b == b'.');
    let last = labels.next()?;
    let second = labels.next()?;
    if !label_ok(second) || !labels.all(label_ok) {
        return None;
    }
    // A TLD is letters (or an xn-- form); "U.S" and "e.g" are abbreviations.
    if last.contains(&b'_') || (second.len() == 1 && second[0].is_ascii_uppercase()) {
        return None;
    }
    tld(last)
}

/// An e-mail address's local part: letters, digits and `._%+-`, not opening or closing with a
/// dot.
pub(super) fn local_part(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('.')
        && !s.ends_with('.')
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macs_come_out_in_one_form() {
        let want = Some("00:1a:2b:3c:4d:5e".to_owned());
        assert_eq!(mac("00:1A:2B:3C:4D:5E"), want);
        assert_eq!(mac("00-1a-2b-3c-4d-5e"), want);
        assert_eq!(mac("001a.2b3c.4d5e"), want);
        assert_eq!(mac("12-34-56-78-90-12"), None);
        assert_eq!(mac("00:00:00:00:00:00"), None);
        assert_eq!(mac("00:1A-2B:3C:4D:5E"), None);
    }

    #[test]
    fn asns_are_guarded() {
        assert_eq!(asn("AS13335").as_deref(), Some("AS13335"));
        assert_eq!(asn("ASN4134").as_deref(), Some("AS4134"));
        for no in [
            "AS400",
            "AS2",
            "AS0",
            "AS23456",
            "as13335",
            "AS13335x",
            "AS99999999999",
        ] {
            assert_eq!(asn(no), None, "{no}");
        }
    }

    #[test]
    fn cidrs_need_a_prefix_in_range() {
        assert!(cidr("10.0.0.0/8"));
        assert!(cidr("2001:db8::/32"));
        for no in [
            "10.0.0.0/33",
            "10.0.0.0/0",
            "10.0.0/8",
            "1.2.3.4/x",
            "2001:db8::/129",
        ] {
            assert!(!cidr(no), "{no}");
        }
    }
}
