//! The headline: the body's first sentence.
//!
//! The scraper joins headline and text with `". "`, so the headline ends at the first `". "`
//! (or `"."` at the end of the line) that ends a sentence. A period after an abbreviation
//! does not: dotted ones (`U.S.`, `N.K.`, `e.g.`), initials (`J. Smith`), titles (`Dr.`,
//! `Gen.`), company suffixes followed by a lower-case word (`Acme Inc. said`) and abbreviated
//! months before a number (`Nov. 23`). Decimals (`2.5`) have no space after the period. A
//! headline ending in `?` or `!` keeps that mark and loses the period the scraper added
//! (`situation?.`).

/// Always abbreviations: a period after them never ends a sentence.
const TITLES: &[&str] = &[
    "Capt", "Col", "Dr", "Ft", "Gen", "Gov", "Jr", "Lt", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No",
    "Prof", "Rep", "Rev", "Sen", "Sgt", "Sr", "St", "approx", "vs",
];
/// Abbreviations that can also end a sentence: they do unless a lower-case word follows.
const SUFFIXES: &[&str] = &["Co", "Corp", "Inc", "Ltd", "Bros", "etc", "al"];
/// Abbreviated months: not a sentence end before a number.
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// The first sentence of `body`'s first line, without its period.
pub(crate) fn headline(body: &str) -> &str {
    // A vectorised byte search: `str::split` reads the whole body (often one long line) a
    // word at a time.
    let first = &body[..memchr::memchr(b'\n', body.as_bytes()).unwrap_or(body.len())];
    let first = first.strip_suffix('\r').unwrap_or(first);
    let bytes = first.as_bytes();
    for p in memchr::memchr_iter(b'.', bytes) {
        let next = &first[p + 1..];
        if !(next.is_empty() || next.starts_with(' ')) || p == 0 {
            continue;
        }
        let before = &first[..p];
        let word = before
            .rsplit([' ', '(', '"', '\u{2018}', '\u{201c}'])
            .next()
            .unwrap_or("");
        if is_abbreviation(word, next.trim_start()) {
            continue;
        }
        return match bytes[p - 1] {
            b'?' | b'!' => before,
            b'.' => &first[..=p],
            _ => before,
        };
    }
    first.trim_end()
}

fn is_abbreviation(word: &str, next: &str) -> bool {
    let next_char = next.chars().next();
    let lower_next = next_char.is_some_and(char::is_lowercase);
    let digit_next = next_char.is_some_and(|c| c.is_ascii_digit());
    let dotted = word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        });
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    dotted
        || initial
        || TITLES.contains(&word)
        || (SUFFIXES.contains(&word) && lower_next)
        || (MONTHS.contains(&word) && digit_next)
}

#[cfg(test)]
mod tests {
    use super::headline;

    #[test]
    fn first_sentence() {
        let cases = [
            ("Plain headline. The text.", "Plain headline"),
            ("Only a headline", "Only a headline"),
            ("Only a headline.", "Only a headline"),
            (
                "Data From U.S. and Allies. \u{2018}OPERATION",
                "Data From U.S. and Allies",
            ),
            (
                "Hackers target U.S. Election Systems. More",
                "Hackers target U.S. Election Systems",
            ),
            ("N.K. hackers strike. Then", "N.K. hackers strike"),
            (
                "N.Korean hackers target X: Microsoft. San Francisco",
                "N.Korean hackers target X: Microsoft",
            ),
            (
                "Dr. Smith warns of flaw. He said",
                "Dr. Smith warns of flaw",
            ),
            ("J. R. Smith leaks data. Police", "J. R. Smith leaks data"),
            (
                "Acme Inc. hit by ransomware. The",
                "Acme Inc. hit by ransomware",
            ),
            ("Breach at Acme Inc. The company", "Breach at Acme Inc"),
            ("Version 2.5 patched. Users", "Version 2.5 patched"),
            (
                "Attack on Nov. 23 confirmed. Officials",
                "Attack on Nov. 23 confirmed",
            ),
            ("How close was it?. The answer", "How close was it?"),
            ("Stop now!. Said", "Stop now!"),
            ("issue. (Reuters) - Universal", "issue"),
            ("Wait... More text. Yes", "Wait..."),
            ("First line. x\nSecond line. y", "First line"),
            ("No period here\r\nnext", "No period here"),
            ("", ""),
            (". leading", ". leading"),
        ];
        for (body, want) in cases {
            assert_eq!(headline(body), want, "{body:?}");
        }
    }
}
