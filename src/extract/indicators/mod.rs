//! Technical indicators and CVE ids, refanged and guarded against the false positives news
//! text is full of.
//!
//! # How text is read
//! 1. **Refang** ([`refang`]): one pass undoes every defang mark (`hXXp`, `[.]`, `(dot)`,
//!    `[at]`, `[:]//`, `http__`, `\.`, `-dot-`, half brackets...), keeping a map back to the
//!    original bytes, so spans are evidence of the text as written.
//! 2. **Tokens**: the refanged text is cut at white space (no-break and other Unicode spaces
//!    included), at `"`, `<`, `>`, `` ` ``, `|`, and at any character that is neither ASCII
//!    nor a letter or digit (curly quotes, dashes, ellipses). Only the tokens around the
//!    [`candidates`] are cut out: those with `.`, `:`, `@`, `/` or `\` inside (not just at
//!    their end), a run of 25 letters or digits, `AS` before a number, or dashed hex pairs.
//! 3. **Trim, split, retry**: a token is trimmed of the punctuation around it (a closing
//!    bracket only when it opens none inside); a markdown link `[a](b)` is split in two; a URL
//!    is read from its scheme on; a port (`:443`) is set aside; a token no reader takes is
//!    split after a label (`ip:`, `sha256=`), at the punctuation inside it (`,;()[]{}'!*=`),
//!    or after letters glued before an address, and the parts are read again.
//! 4. **Readers**, in this order, on the whole of a part:
//!
//! | form | kind | guard |
//! |---|---|---|
//! | `scheme://host...` | `url` | the host is a name with a known TLD or an IP; else the host alone is read |
//! | `C:\...` `%VAR%\...` `\\host\...`; `HKLM\...` | `file-path`; `registry-key` | text after the opening (see [`paths`]) |
//! | `local@host` | `email` | a valid local part and host; `user:pass@host:port` gives the host |
//! | `/etc/...` `~/...` | `file-path` | a root every system has, two parts |
//! | `ip/len` | `cidr` | a prefix of 1-32 (1-128) |
//! | `host/path` | `url` | as written, without inventing a scheme |
//! | `host:port` | the host's | 1-5 digits |
//! | dotted quad | `ipv4` | not `0.x`, not broadcast, no leading zero, not after "version", "v", "build"... |
//! | colons | `ipv6` | two colons or more, a decimal digit, not `::` |
//! | 6 hex pairs | `mac` | see [`kinds::mac`] |
//! | 32/40/64/128 hex | `md5`/`sha1`/`sha256`/`sha512` | digits and letters both |
//! | base58 or `bc1` | `bitcoin-address` | the checksum holds |
//! | `AS13335` | `asn` | upper case, two digits or more, not reserved, not `AS400` |
//! | `name.tld` | `domain` | a TLD of the public-suffix list; a TLD that is also a file extension (`.zip`, `.py`) or a method name in code (`.read`, `.post`) needs a defang mark or "domain"/"hosted" just before; a capitalised TLD (`attacks.Security`, two sentences glued) needs a defang mark; not a reversed package name (`com.example.app`) nor `ASP.NET` |
//!
//! Values: domains, e-mail addresses and hashes in lower case; MAC addresses lower case with
//! colons; ASNs as `AS` and the number; bech32 addresses lower case; the rest as written,
//! refanged. Each value is reported once, at its first mention. A domain inside a URL or an
//! e-mail address is not reported apart.

mod bitcoin;
mod candidates;
mod cve;
mod kinds;
pub(crate) mod paths;
mod reader;
mod refang;

pub(crate) use cve::cves;

use std::borrow::Cow;

use crate::model::Indicator;
use crate::words::Classes;

/// Every indicator in `text`, refanged, in order; spans are relative to `text`.
pub(crate) fn find(text: &str) -> Vec<Indicator> {
    reader::read(&refang::refang(text), None)
}

/// [`find`] with the classes of each 64 bytes of `text` already known
/// ([`crate::words::list_into`]; they may run on past it).
pub(crate) fn find_with(text: &str, classes: &[Classes]) -> Vec<Indicator> {
    let refanged = refang::refang(text);
    // A text with no defang mark is read as it is, its bytes' classes with it.
    let classes = matches!(refanged.text, Cow::Borrowed(_)).then_some(classes);
    reader::read(&refanged, classes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IndicatorKind;

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
}
