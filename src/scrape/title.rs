//! The headline: the body's first sentence.
//!
//! The scraper joins headline and text with `". "`, so the headline ends at the first `". "`
//! (or `"."` at the end of the line) that ends a sentence. A period after an abbreviation
//! does not: dotted ones (`U.S.`, `N.K.`, `e.g.`), initials (`J. Smith`), titles (`Dr.`,
//! `Gen.`), company suffixes followed by a lower-case word (`Acme Inc. said`) and abbreviated
//! months and numbering words before a number (`Nov. 23`, `Ep. 212`). Decimals (`2.5`) have
//! no space after the period. A headline ending in `?` or `!` keeps that mark and loses the
//! period the scraper added (`situation?.`).
//!
//! A headline in Title Case may run to a second sentence, short and in Title Case too ("The
//! Gang Says It Didn't Hack Us. Someone Did"): article text is written in sentence case, so
//! a short sentence whose every long word is capitalised, after a headline so written, is
//! still the headline's.

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
/// Numbering words: not a sentence end before a number (`Ep. 212`, `Vol. 3`, `Art. 5`).
const NUMBERING: &[&str] = &["Art", "Ch", "Ep", "Fig", "Pt", "Sec", "Vol"];
/// The most words a headline's second sentence has.
const SECOND_SENTENCE_WORDS: usize = 10;

/// The first sentence of `body`'s first line, without its period; a Title Case headline's
/// short Title Case second sentence with it.
pub(crate) fn headline(body: &str) -> &str {
    // A vectorised byte search: `str::split` reads the whole body (often one long line) a
    // word at a time.
    let first = &body[..memchr::memchr(b'\n', body.as_bytes()).unwrap_or(body.len())];
    let first = first.strip_suffix('\r').unwrap_or(first);
    let Some(end) = sentence_end(first, 0) else {
        return first.trim_end();
    };
    let title = &first[..end];
    // The second sentence must end where more text follows: a line of two sentences alone
    // is a headline and a one-sentence body.
    if let Some(next) = first[end..].strip_prefix(". ").map(|_| end + 2)
        && title_case(title, 3)
        && let Some(second) = sentence_end(first, next)
        && !first[second..].trim_start_matches(['.', ' ']).is_empty()
        && second_sentence(&first[next..second])
    {
        return &first[..second];
    }
    title
}

/// The end of the sentence of `line` that starts at `from` (the index of its full stop, or
/// past a `?` or `!` before one; a full stop after another stays), if one ends before the
/// line does.
fn sentence_end(line: &str, from: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    for p in memchr::memchr_iter(b'.', &bytes[from..]).map(|p| p + from) {
        let next = &line[p + 1..];
        if !(next.is_empty() || next.starts_with(' ')) || p == from {
            continue;
        }
        let before = &line[from..p];
        let word = before
            .rsplit([' ', '(', '"', '\u{2018}', '\u{201c}'])
            .next()
            .unwrap_or("");
        if is_abbreviation(word, next.trim_start()) {
            continue;
        }
        return Some(if bytes[p - 1] == b'.' { p + 1 } else { p });
    }
    None
}

/// Whether `text`, after a Title Case headline, is its second sentence: short, in Title Case,
/// and neither a dateline ("MARLOW, Kan.": a word in capitals first) nor a date ("May 26,
/// 2021 ...": a number) opening the text.
fn second_sentence(text: &str) -> bool {
    let opening = text.split([' ', ',']).next().unwrap_or("");
    let in_capitals = opening.len() >= 2 && opening.bytes().all(|b| b.is_ascii_uppercase());
    !in_capitals
        && !text
            .split([' ', ','])
            .any(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        && text.split(' ').count() <= SECOND_SENTENCE_WORDS
        && title_case(text, 1)
}

/// Whether every word of `text` of four letters or more starts with a capital, and at least
/// `least` words are such words.
fn title_case(text: &str, least: usize) -> bool {
    let mut long = 0;
    for word in text.split(' ') {
        // Letters counted as bytes, up to four: a byte of a non-ASCII character counts as
        // one (a word of fewer than four letters may so be read as long: "Élan").
        let letters = word
            .bytes()
            .filter(|b| b.is_ascii_alphabetic() || !b.is_ascii())
            .take(4)
            .count();
        if letters >= 4 {
            if !word
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            {
                return false;
            }
            long += 1;
        }
    }
    long >= least
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
        || ((MONTHS.contains(&word) || NUMBERING.contains(&word)) && digit_next)
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
            (
                "Ep. 212: The help desk. Our guest",
                "Ep. 212: The help desk",
            ),
            ("Vol. 3 of the Leaks. More", "Vol. 3 of the Leaks"),
        ];
        for (body, want) in cases {
            assert_eq!(headline(body), want, "{body:?}");
        }
    }

    #[test]
    fn title_case_headline_of_two_sentences() {
        let cases = [
            // A short Title Case sentence after a Title Case headline is the headline's.
            (
                "The Gang Says It Didn't Hack Acme. Someone Did. The company said on Monday",
                "The Gang Says It Didn't Hack Acme. Someone Did",
            ),
            (
                "Your Smart Fridge Has Been Hijacked. To Continue, Please Pay. Owners of",
                "Your Smart Fridge Has Been Hijacked. To Continue, Please Pay",
            ),
            // A headline in sentence case has one sentence, whatever follows it.
            (
                "Acme patches its mail server. Update Now. The vendor said",
                "Acme patches its mail server",
            ),
            // Prose after a Title Case headline is the article.
            (
                "Hackers Breach Acme Water Works. The utility said on Monday that",
                "Hackers Breach Acme Water Works",
            ),
            // A dateline (a word in capitals) and a date (a number) open the article.
            (
                "County Offices Run on Paper After Ransomware Attack. MARLOW, Kan. Staff at",
                "County Offices Run on Paper After Ransomware Attack",
            ),
            (
                "Loader Fakes Movie Streaming Service. May 26, 2021 Key Findings. The",
                "Loader Fakes Movie Streaming Service",
            ),
            // A long Title Case sentence is more likely prose of names than a headline's.
            (
                "Hackers Hit Acme. Acme Holdings Chief Executive Officer Jane Smith Told Reporters That Staff Were Safe. More",
                "Hackers Hit Acme",
            ),
            // Two sentences alone on the line: the second is the body.
            (
                "Hackers Hit Acme Water Works. Someone Did.",
                "Hackers Hit Acme Water Works",
            ),
        ];
        for (body, want) in cases {
            assert_eq!(headline(body), want, "{body:?}");
        }
    }
}
