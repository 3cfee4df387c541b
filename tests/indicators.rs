//! Indicators the way threat reports and analysts write them: every case of
//! `tests/data/indicators.txt` (defang styles, punctuation and boundaries, each indicator type,
//! and text that must give nothing), read through the whole pipeline (a record is parsed and
//! extracted), with each span checked against the text as written.

use threatbrief::extract::Extractor;
use threatbrief::{Article, Report};

const CASES: &str = include_str!("data/indicators.txt");

/// One case: the text and what must come out of it, `(type, value, evidence as written)`.
struct Case {
    line: usize,
    text: String,
    want: Vec<(String, String, Option<String>)>,
}

/// `\u{XXXX}` escapes, for characters a reader could not see in the fixture.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let close = rest[at..].find('}').expect("closed escape") + at;
        let code = u32::from_str_radix(&rest[at + 3..close], 16).expect("hex escape");
        out.push(char::from_u32(code).expect("a character"));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for (n, line) in CASES.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(expected) = line.strip_prefix("  ") {
            let case = cases.last_mut().expect("an expectation follows a case");
            if expected == "-" {
                continue;
            }
            let (kind, rest) = expected.split_once(' ').expect("KIND VALUE");
            let (value, evidence) = match rest.split_once(" @ ") {
                Some((v, e)) => (v, Some(unescape(e))),
                None => (rest, None),
            };
            case.want.push((kind.to_owned(), unescape(value), evidence));
        } else {
            cases.push(Case {
                line: n + 1,
                text: unescape(line),
                want: Vec::new(),
            });
        }
    }
    cases
}

/// A record whose body is a headline and `text`.
fn record(text: &str) -> String {
    format!(
        "Article Details\nScrape Timestamp (UTC): 2025-06-20 08:00:00.000\nOriginal Article Text\n\
         Click to Toggle View\nIndicators seen this week. {text}\nDaily Brief Summary\nA summary line.\n"
    )
}

fn extract(input: &str) -> Report {
    Extractor::default().extract(&Article::parse(input).expect("the record parses"))
}

#[test]
fn every_case_of_the_table() {
    let cases = cases();
    assert!(cases.len() >= 300, "{} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let input = record(&case.text);
        let report = extract(&input);
        let mut got: Vec<(String, String, Option<String>)> = report
            .cves
            .iter()
            .map(|id| ("cve".to_owned(), id.clone(), None))
            .collect();
        got.extend(report.indicators.iter().map(|i| {
            let evidence = input[i.span.start..i.span.end].to_owned();
            (i.kind.to_string(), i.value.clone(), Some(evidence))
        }));
        // CVE ids have no span in the report; an expectation without evidence checks none.
        let matches = got.len() == case.want.len()
            && got
                .iter()
                .zip(&case.want)
                .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && (w.2.is_none() || g.2 == w.2));
        if !matches {
            failures.push(format!(
                "line {}: {:?}\n    want {:?}\n    got  {:?}",
                case.line, case.text, case.want, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_table_is_well_formed() {
    let known = [
        "cve",
        "ipv4",
        "ipv6",
        "domain",
        "url",
        "email",
        "md5",
        "sha1",
        "sha256",
        "sha512",
        "cidr",
        "asn",
        "mac",
        "registry-key",
        "file-path",
        "bitcoin-address",
    ];
    let mut texts = std::collections::HashSet::new();
    for case in cases() {
        assert!(
            texts.insert(case.text.clone()),
            "line {}: case twice",
            case.line
        );
        for (kind, _, _) in &case.want {
            assert!(known.contains(&kind.as_str()), "line {}: {kind}", case.line);
        }
    }
}

mod properties {
    use super::{extract, record};
    use proptest::prelude::*;

    /// Text made of the pieces indicators and defang marks are made of, so that the refang
    /// pass and the token readers meet their edge cases (marks at the end of the text, spaces
    /// inside brackets, half brackets, multi-byte characters next to marks).
    fn indicator_text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                "[a-z0-9]{1,6}",
                Just(".".to_owned()),
                Just("[.]".to_owned()),
                Just("[ . ".to_owned()),
                Just("( dot )".to_owned()),
                Just("[at]".to_owned()),
                Just(" (AT) ".to_owned()),
                Just("[:]//".to_owned()),
                Just("hXXps://".to_owned()),
                Just("http__".to_owned()),
                Just("[http]".to_owned()),
                Just("\\.".to_owned()),
                Just("-dot-".to_owned()),
                Just("[".to_owned()),
                Just("]".to_owned()),
                Just("(".to_owned()),
                Just(")".to_owned()),
                Just("C:\\".to_owned()),
                Just("HKLM\\".to_owned()),
                Just("/etc/".to_owned()),
                Just("AS".to_owned()),
                Just("ASN ".to_owned()),
                Just("@".to_owned()),
                Just(":".to_owned()),
                Just("/".to_owned()),
                Just(" ".to_owned()),
                Just("\u{a0}".to_owned()),
                Just("\u{2026}".to_owned()),
                Just("é".to_owned()),
                Just("\"".to_owned()),
                Just("'".to_owned()),
                Just(".com".to_owned()),
                Just("185.220.101.5".to_owned()),
            ],
            0..40,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn indicator_spans_are_char_boundaries_inside_the_input(text in indicator_text()) {
            let input = record(&text);
            let report = extract(&input);
            for i in &report.indicators {
                prop_assert!(i.span.start < i.span.end && i.span.end <= input.len(), "{i:?}");
                prop_assert!(input.is_char_boundary(i.span.start) && input.is_char_boundary(i.span.end));
                prop_assert!(!i.value.is_empty());
            }
        }
    }
}
