//! CVE ids, wherever the text names them.

use std::collections::HashSet;

use crate::model::Span;

/// Every CVE id in `text`, upper case, in order of first mention, each once. The separators
/// may be dashes, underscores, or a space after `CVE` (`CVE 2021-44228`).
pub(crate) fn cves(text: &str) -> Vec<(String, Span)> {
    let bytes = text.as_bytes();
    let mut out: Vec<(String, Span)> = Vec::new();
    let mut seen = HashSet::new();
    // Every id has a dash or underscore after its year, rare in prose: looking back from
    // each finds the ids without folding a copy of the text.
    for dash in memchr::memchr2_iter(b'-', b'_', bytes) {
        let Some(year) = dash.checked_sub(4) else {
            continue;
        };
        if !bytes[year..dash].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let sep_len = if year >= 2 && bytes[year - 2..year] == [0xc2, 0xa0] {
            2
        } else {
            1
        };
        let Some(start) = year.checked_sub(3 + sep_len) else {
            continue;
        };
        let sep = &bytes[year - sep_len..year];
        if !matches!(sep, b"-" | b"_" | b" " | [0xc2, 0xa0])
            || !bytes[start..start + 3].eq_ignore_ascii_case(b"CVE")
            || (start > 0 && bytes[start - 1].is_ascii_alphanumeric())
        {
            continue;
        }
        let digits = bytes[dash + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if !(4..=7).contains(&digits) {
            continue;
        }
        let end = dash + 1 + digits;
        let id = format!("CVE-{}-{}", &text[year..dash], &text[dash + 1..end]);
        if seen.insert(id.clone()) {
            out.push((id, Span::new(start, end)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cve_ids_are_normalised_and_deduplicated() {
        let text = "cve-2023-4966 and CVE-2023-4966, CVE-2022-47986; XCVE-2020-1234 no, \
                    CVE 2021-44228 and CVE_2019_0708";
        let ids: Vec<String> = cves(text).into_iter().map(|(id, _)| id).collect();
        assert_eq!(
            ids,
            [
                "CVE-2023-4966",
                "CVE-2022-47986",
                "CVE-2021-44228",
                "CVE-2019-0708"
            ]
        );
    }
}
