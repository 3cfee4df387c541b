//! STIX 2.1 patterns for indicators: each kind of indicator as the observation that matches it.
//!
//! | indicator | pattern |
//! |---|---|
//! | `ipv4`, `cidr` (v4) | `[ipv4-addr:value = '10.0.0.0/8']` |
//! | `ipv6`, `cidr` (v6) | `[ipv6-addr:value = '2001:db8::/32']` |
//! | `domain` | `[domain-name:value = 'evil.example.com']` |
//! | `url` | `[url:value = 'https://evil.example.com/x']` |
//! | `email` | `[email-addr:value = 'ops@evil.example']` |
//! | `md5`, `sha1`, `sha256`, `sha512` | `[file:hashes.MD5 = '...']`, `'SHA-1'`, `'SHA-256'`, `'SHA-512'` |
//! | `asn` | `[autonomous-system:number = 13335]` |
//! | `mac` | `[mac-addr:value = '00:1a:2b:3c:4d:5e']` |
//! | `registry-key` | `[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\...']` (the hive written out, as STIX requires) |
//! | `file-path` | `[file:name = 'x.exe' AND file:parent_directory_ref.path = 'C:\\Users\\Public']`; a path ending in a separator: `[directory:path = ...]` |
//! | `bitcoin-address` | `[cryptocurrency-wallet:value = '1...']` (STIX has no wallet object; this is the one OpenCTI defines) |
//!
//! String literals escape `\` and `'` with a backslash, as STIX patterning requires.

use crate::extract::indicators::paths::hive;
use crate::model::IndicatorKind;

/// `s` as a STIX pattern string literal, quotes included.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if matches!(c, '\\' | '\'') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// The STIX 2.1 pattern that matches an indicator, or `None` when its value cannot be one
/// (a value that no extraction gives, such as an ASN that is not a number).
pub(crate) fn pattern(kind: IndicatorKind, value: &str) -> Option<String> {
    use IndicatorKind as K;
    let equals = |path: &str, v: &str| format!("[{path} = {}]", quoted(v));
    Some(match kind {
        K::Ipv4 => equals("ipv4-addr:value", value),
        K::Ipv6 => equals("ipv6-addr:value", value),
        K::Cidr if value.contains(':') => equals("ipv6-addr:value", value),
        K::Cidr => equals("ipv4-addr:value", value),
        K::Domain => equals("domain-name:value", value),
        K::Url => equals("url:value", value),
        K::Email => equals("email-addr:value", value),
        K::Md5 => equals("file:hashes.MD5", value),
        K::Sha1 => equals("file:hashes.'SHA-1'", value),
        K::Sha256 => equals("file:hashes.'SHA-256'", value),
        K::Sha512 => equals("file:hashes.'SHA-512'", value),
        K::Asn => format!(
            "[autonomous-system:number = {}]",
            value.strip_prefix("AS")?.parse::<u32>().ok()?
        ),
        K::Mac => equals("mac-addr:value", value),
        K::RegistryKey => {
            let (len, full) = hive(value.as_bytes())?;
            let rest = value[len..]
                .trim_start_matches(':')
                .trim_start_matches('\\');
            // Keys copied from JSON or C double their backslashes; the key has single ones.
            let rest = rest.replace("\\\\", "\\");
            equals("windows-registry-key:key", &format!("{full}\\{rest}"))
        }
        K::FilePath => {
            let cut = value.rfind(['\\', '/'])?;
            let (dir, name) = (&value[..cut], &value[cut + 1..]);
            // The root keeps its separator: "C:\", "/".
            let dir = if dir.is_empty() || dir.ends_with(':') {
                &value[..=cut]
            } else {
                dir
            };
            if name.is_empty() {
                equals("directory:path", dir)
            } else {
                format!(
                    "[file:name = {} AND file:parent_directory_ref.path = {}]",
                    quoted(name),
                    quoted(dir)
                )
            }
        }
        K::BitcoinAddress => equals("cryptocurrency-wallet:value", value),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use IndicatorKind as K;

    #[test]
    fn every_kind_has_a_pattern() {
        let cases = [
            (K::Ipv4, "10.0.0.1", "[ipv4-addr:value = '10.0.0.1']"),
            (K::Cidr, "10.0.0.0/8", "[ipv4-addr:value = '10.0.0.0/8']"),
            (
                K::Cidr,
                "2001:db8::/32",
                "[ipv6-addr:value = '2001:db8::/32']",
            ),
            (K::Ipv6, "2001:db8::1", "[ipv6-addr:value = '2001:db8::1']"),
            (
                K::Domain,
                "evil.example.com",
                "[domain-name:value = 'evil.example.com']",
            ),
            (
                K::Url,
                "https://e.com/a'b",
                "[url:value = 'https://e.com/a\\'b']",
            ),
            (K::Email, "a@e.com", "[email-addr:value = 'a@e.com']"),
            (
                K::Md5,
                "d41d8cd98f00b204e9800998ecf8427e",
                "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']",
            ),
            (K::Sha1, "da39", "[file:hashes.'SHA-1' = 'da39']"),
            (K::Sha256, "e3b0", "[file:hashes.'SHA-256' = 'e3b0']"),
            (K::Sha512, "cf83", "[file:hashes.'SHA-512' = 'cf83']"),
            (K::Asn, "AS13335", "[autonomous-system:number = 13335]"),
            (
                K::Mac,
                "00:1a:2b:3c:4d:5e",
                "[mac-addr:value = '00:1a:2b:3c:4d:5e']",
            ),
            (
                K::RegistryKey,
                "HKLM\\Software\\Run",
                "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\Software\\\\Run']",
            ),
            (
                K::RegistryKey,
                "HKCU:\\\\Software\\\\Evil",
                "[windows-registry-key:key = 'HKEY_CURRENT_USER\\\\Software\\\\Evil']",
            ),
            (
                K::FilePath,
                "C:\\Users\\Public\\evil.exe",
                "[file:name = 'evil.exe' AND file:parent_directory_ref.path = 'C:\\\\Users\\\\Public']",
            ),
            (
                K::FilePath,
                "C:\\evil.exe",
                "[file:name = 'evil.exe' AND file:parent_directory_ref.path = 'C:\\\\']",
            ),
            (K::FilePath, "/tmp/.x/", "[directory:path = '/tmp/.x']"),
            (
                K::FilePath,
                "/etc/passwd",
                "[file:name = 'passwd' AND file:parent_directory_ref.path = '/etc']",
            ),
            (
                K::BitcoinAddress,
                "1E2CsjDdDYaZH6aE2piym6qJJsE9ELkbm5",
                "[cryptocurrency-wallet:value = '1E2CsjDdDYaZH6aE2piym6qJJsE9ELkbm5']",
            ),
        ];
        for (kind, value, want) in cases {
            assert_eq!(
                pattern(kind, value).as_deref(),
                Some(want),
                "{kind} {value}"
            );
        }
        assert_eq!(pattern(K::Asn, "ASx"), None);
    }
}
