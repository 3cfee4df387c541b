//! Capitalised names in a sentence that could be organisations, and whether two name one.

use super::*;

use crate::extract::ascii::{
    HIGHS, ONES, after_possessive, find_apart, find_byte_near, find_each, rfind_byte_near,
};

/// Whether `f` holds for a word of `name`, split at every character that is not alphanumeric.
/// An ASCII name is split as bytes, without decoding characters.
pub(super) fn any_word(name: &str, mut f: impl FnMut(&[u8]) -> bool) -> bool {
    if name.is_ascii() {
        name.as_bytes().split(|b| !b.is_ascii_alphanumeric()).any(f)
    } else {
        name.split(|c: char| !c.is_alphanumeric())
            .any(|w| f(w.as_bytes()))
    }
}

/// Pushes the words of `name` that tell organisations apart onto `out`, sorted ignoring ASCII
/// case for `same_org`.
pub(super) fn org_words<'t>(name: &'t str, out: &mut Vec<&'t str>) {
    let from = out.len();
    any_word(name, |w| {
        if !w.is_empty()
            && !["the", "of", "and"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
        {
            // A word of `name` (split at a character boundary), as a slice of it.
            let at = w.as_ptr() as usize - name.as_ptr() as usize;
            out.push(&name[at..at + w.len()]);
        }
        false
    });
    out[from..].sort_unstable_by(|a, b| cmp_ignore_ascii_case(a, b));
}

pub(super) fn cmp_ignore_ascii_case(a: &str, b: &str) -> std::cmp::Ordering {
    let a = a.bytes().map(|b| b.to_ascii_lowercase());
    a.cmp(b.bytes().map(|b| b.to_ascii_lowercase()))
}

/// A bit of 64 that every word equal to `word` ignoring ASCII case has too (from its `sketch`):
/// two names whose words' bits are disjoint share no word, and are not [`same_org`].
pub(super) fn word_bit(word: &str) -> u64 {
    let b = word.as_bytes();
    let lower = |b: Option<&u8>| b.map_or(0, u8::to_ascii_lowercase);
    1 << (sketch(b.len(), lower(b.first()), lower(b.last())) % 64)
}

/// Two names of one organisation, given their `org_words`: most words of the shorter in the
/// longer. Linear in the words, as both are sorted.
pub(super) fn same_org(a: &[&str], b: &[&str]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    let mut j = 0;
    let mut shared = 0;
    for w in short {
        while long
            .get(j)
            .is_some_and(|l| cmp_ignore_ascii_case(l, w).is_lt())
        {
            j += 1;
        }
        if long.get(j).is_some_and(|l| l.eq_ignore_ascii_case(w)) {
            shared += 1;
        }
    }
    shared * 10 >= short.len() * 6
}

/// Whether `short` is an acronym of `long` or of a run of its words ("MOD" of "UK Ministry of
/// Defence", "NHS" of "the National Health Service"): three to six capitals that are the
/// initials of consecutive words, counting "of", "the", "and" and "for" or not.
pub(super) fn acronym_of(short: &str, long: &str) -> bool {
    may_be_acronym(short) && initials_of(short.as_bytes(), long)
}

/// Whether `name` is three to six capitals, as an acronym ([`acronym_of`]) is: known once per
/// name, as the candidates are compared pairwise and few are acronyms.
pub(super) fn may_be_acronym(name: &str) -> bool {
    let caps = name.as_bytes();
    (3..=6).contains(&caps.len()) && caps.iter().all(u8::is_ascii_uppercase)
}

/// Whether `caps` are the initials of a run of words of `long` (see [`acronym_of`]).
fn initials_of(caps: &[u8], long: &str) -> bool {
    // Each capital is a word's first byte in `long`, upper-cased: a name that lacks one of
    // them in either case is no expansion, known without splitting it into words (most
    // pairs of names compared are of that kind).
    let bytes = long.as_bytes();
    if !caps
        .iter()
        .all(|&c| memchr::memchr2(c, c.to_ascii_lowercase(), bytes).is_some())
    {
        return false;
    }
    let small = |w: &[u8]| {
        ["of", "the", "and", "for"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
    };
    // The initials of the first 32 words, on the stack (names are short), with the small
    // words and without them, read in one pass over the words.
    let mut with = ([0u8; 32], 0);
    let mut without = ([0u8; 32], 0);
    any_word(long, |w| {
        let Some(&b) = w.first() else { return false };
        let push = |(initials, n): &mut ([u8; 32], usize)| {
            if *n < initials.len() {
                initials[*n] = b.to_ascii_uppercase();
                *n += 1;
            }
        };
        push(&mut with);
        if !small(w) {
            push(&mut without);
        }
        // Once both hold 32 words, the rest is not read.
        with.1 == with.0.len() && without.1 == without.0.len()
    });
    [with, without]
        .iter()
        .any(|(initials, n)| initials[..*n].windows(caps.len()).any(|run| run == caps))
}

/// Capitalised names in sentence `i` that could be organisations, into `out`.
pub(super) fn names(doc: &Doc<'_, '_>, i: usize, out: &mut Vec<Span>, lowered: &mut Lowered) {
    let s = doc.sentences[i];
    let text = doc.text;
    let token_after = |(_, end): (usize, usize)| token_from(text, end + 1, s.end);
    let word = |(start, end): (usize, usize)| clean(&text[start..end]);
    let ends = |(start, end): (usize, usize)| ends_phrase(&text[start..end]);
    // The legal form after a token that ends on a comma ("Tokai Precision Co., Ltd.", "Acme,
    // Inc."): it is still the name's.
    let form_after_comma = |t: (usize, usize)| {
        token_after(t).filter(|&t1| {
            text[t.0..t.1].ends_with(',')
                && text[t1.0..].starts_with(|c: char| c.is_uppercase())
                && legal_form(word(t1))
        })
    };
    out.clear();
    let bytes = text.as_bytes();
    let mut cursor = s.start;
    while cursor < s.end {
        // A name starts at a capital (or a non-ASCII letter): the words before the next one
        // are skipped without being split, or read (the capital is found in the classes of
        // the text's bytes, known since its words were listed). `cursor` is at the start of a
        // token.
        let Some(at) = doc.first_capital(cursor, s.end) else {
            break;
        };
        // The space before the capital's token is a few bytes back.
        let from = rfind_byte_near(&bytes[cursor..at], b' ').map_or(cursor, |sp| cursor + sp + 1);
        // The token holds the capital, which a wire-service prefix does not: it is not empty.
        let Some(first) = token_from(text, from, s.end) else {
            break;
        };
        cursor = first.1 + 1;
        if lowercase_start(&text[first.0..first.1]) {
            continue;
        }
        let w = word(first);
        // A common word opens a name only inside a sentence, where its capital is the name's,
        // and before capitalised words ending on a head ("Spain's Data Protection Agency",
        // "the National Cyber Security Agency"): at a sentence's start it is the sentence's.
        // A counterfeit's word opens no name ("Fake Income Tax Department notices deliver
        // ..."): the name after it is the impersonated one, read with the word before it.
        if !is_name_word(w)
            || compound_modifier(w)
            || COUNTERFEIT_WORDS.contains_ascii_lowercase(w)
            || is_common(w)
                && (first.0 == s.start
                    || ["the", "a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a))
                    || HEADING_FUNCTION_WORDS.contains_ascii_lowercase(w)
                    || !heads_a_name(text, first, s.end))
        {
            continue;
        }
        // `clean` returns a sub-slice, so its offset is exact (and on a char boundary).
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        let mut last = first;
        let mut modified = None;
        loop {
            if ends(last) {
                let (from, to) = last;
                // The Polish legal form "Sp. z o.o." holds full stops and spaces.
                if &text[from..to] == "Sp." && text[to..].starts_with(" z o.o.") {
                    last = (from, to + " z o.o.".len());
                    break;
                }
                // The Mexican "S.A. de C.V." (and "S.A.B. de C.V."), read whole.
                if matches!(&text[from..to], "S.A." | "S.A.B.")
                    && text[to..].starts_with(" de C.V.")
                {
                    last = (from, to + " de C.V.".len());
                    break;
                }
                if let Some(t1) = form_after_comma(last) {
                    last = t1;
                    continue;
                }
                // A possessive inside a name, before its head word (`[possessive-heads]`):
                // "Carden County Sheriff's Office", "Orrin Children's Hospital"; a saint's
                // ("St. Brendan's Regional Health Centre").
                if let Some(t1) = token_after(last)
                    && possessive(&text[from..to])
                    && (POSSESSIVE_HEADS.contains_ascii_lowercase(word(t1))
                        || text[..from].ends_with("St. "))
                    && is_name_word(word(t1))
                {
                    last = t1;
                    continue;
                }
                // A kind of people's possessive, before any name word: "Tibetan Women's
                // Advocacy Forum", "Independent Journalists' Union" (`[people-possessives]`).
                if let Some(t1) = token_after(last)
                    && people_possessive(&text[from..to])
                    && is_name_word(word(t1))
                {
                    last = t1;
                    continue;
                }
                break;
            }
            let Some(t1) = token_after(last) else { break };
            let w1 = word(t1);
            // Asked by three of the tests below: read once.
            let name_word = is_name_word(w1);
            if name_word && compound_modifier(w1) {
                modified = Some(t1);
                break;
            }
            // A person's title after an organisation's head word ends the organisation's name:
            // "Millbrook Water Authority Chairman Tom Smith" (the title and the person after
            // it are read next, and are no organisation).
            if PERSON.contains_ascii_lowercase(w1)
                && ORG_HEAD_WORDS.contains_ascii_lowercase(word(last))
            {
                break;
            }
            // A company's legal form ends its name ("Fjordnett AS", "Vestkyst Vind A/S",
            // "Acme plc"), though some are common words in other case; so does a head word a
            // language writes in lower case ("Eidsvik kommune").
            if COMPANY_FORMS.contains_ascii_lowercase(w1)
                && (w1.starts_with(|c: char| c.is_ascii_uppercase()) || w1 == "plc")
                || LOWER_HEADS.contains(w1)
            {
                // Two forms, a comma between: "Co., Ltd.".
                last = form_after_comma(t1).unwrap_or(t1);
                break;
            }
            // A word that opens sentences without naming anything ("Police said ...") is
            // still part of a name that it heads ("Cockrell Hill Police Department").
            // A common word in capitals is an acronym there ("Southbank Managed IT Pty Ltd").
            if name_word
                && (!is_common(w1)
                    || ORG_HEAD_WORDS.contains_ascii_lowercase(w1)
                    || w1.len() > 1 && w1.bytes().all(|b| b.is_ascii_uppercase()))
                || w1.bytes().all(|b| b.is_ascii_digit()) && !w1.is_empty()
            {
                last = t1;
                continue;
            }
            // So is a common word that qualifies the name's head word after it: "Orion Data
            // Services", "Acme Customer Service", "National Cyber Security Agency".
            if name_word
                && w1.len() > 3
                && text.as_bytes()[t1.0].is_ascii_uppercase()
                && !HEADING_FUNCTION_WORDS.contains_ascii_lowercase(w1)
                && let Some(t2) = token_after(t1)
                && is_name_word(word(t2))
                && heads_a_name(text, t1, s.end)
            {
                last = t2;
                continue;
            }
            // An elided article or preposition before a capitalised word is the name's, as
            // "de" is: "Assurances Lagunaires d'Abidjan SA", "Musée d'Orsay".
            if ["d'", "d’", "l'", "l’"]
                .iter()
                .find_map(|p| w1.strip_prefix(p))
                .is_some_and(is_name_word)
            {
                last = t1;
                continue;
            }
            if !(w1 == "and" || NAME_CONNECTIVES.contains(w1)) || ends(t1) {
                break;
            }
            let Some(t2) = token_after(t1) else { break };
            let w2 = word(t2);
            let w2 = w2.strip_prefix("the ").unwrap_or(w2);
            // "and" joins two names ("Acme and Zenith", "Royal Bank of Scotland and
            // NatWest"), but inside one it joins two fields (`[portfolio-words]`): after "of"
            // ("Ministry of Science and Technology"), or where the words after it run on to a
            // head word that the words before it lack ("National Cyber and Crypto Agency";
            // not "Acme Bank and Zenith Insurance").
            let inner_and = || {
                PORTFOLIO_WORDS.contains_ascii_lowercase(w2)
                    && text.as_bytes()[t2.0].is_ascii_uppercase()
                    && (text[start..last.1].contains(" of ")
                        || !ORG_HEAD_WORDS.contains_ascii_lowercase(head_singular(word(last)))
                            && heads_a_name(text, t2, s.end))
            };
            if is_name_word(w2) && (w1 != "and" || inner_and()) {
                last = t2;
            } else if w1 == "of"
                && w2 == "the"
                && let Some(t3) = token_after(t2)
                && is_name_word(word(t3))
            {
                last = t3;
            } else {
                break;
            }
        }
        // "San Francisco-based DocuSign", "Facebook-owned WhatsApp": the words before the
        // modifier describe the name that follows it.
        if let Some(modifier) = modified {
            cursor = modifier.1 + 1;
            continue;
        }
        if let Some(t) = token_after(last) {
            let head = word(t);
            // "Acme hospital" names the hospital; "Acme systems", in lower case, are its
            // computers.
            if !ends(last)
                && ORG_HEAD_WORDS.contains(head)
                && head.len() > 3
                && !IT_NOUNS.list().contains(&head)
            {
                last = t;
            }
        }
        let name = clean(&text[start..last.1]);
        let name_start = name.as_ptr() as usize - text.as_ptr() as usize;
        let mut name_end = name_start + name.len();
        // A name ending in its acronym, "Service Organisation (DSS)", keeps the bracket that
        // `clean` took off.
        // Few names hold a bracket: a byte test spares most of them the searches.
        if name.bytes().any(|b| b == b'(') && !name.bytes().any(|b| b == b')') {
            if text[name_end..].starts_with(')') {
                name_end += 1;
            } else if let Some(open) = find_str(name, " (") {
                // A bracket the name does not close ("Acme Cellular Corporation (U.S.
                // Cellular)" stops at "U.S."): the name is what comes before it.
                name_end = name_start + open;
            }
        }
        let name_end =
            possessed_body_end(doc, Span::new(name_start, name_end), s.end).unwrap_or(name_end);
        let name = &text[name_start..name_end];
        let span = Span::new(name_start, name_end);
        if keep(doc, i, span, name, lowered) {
            out.push(span);
        }
        cursor = last.1 + 1;
    }
}

/// Where a state's body named by its kind after the country's possessive ends ("Norway's
/// foreign ministry", "South Korea's ministry of unification"; `[possessed-bodies]`), if the
/// name at `span` is a country's and one follows it, in lower case, before `end`.
fn possessed_body_end(doc: &Doc<'_, '_>, span: Span, end: usize) -> Option<usize> {
    let text = doc.text;
    let after = text.get(span.end..end)?;
    let rest = after_possessive(after)?;
    if !rest.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let country = doc.hits_overlapping(span).any(|h| {
        h.start == span.start && h.end == span.end && matches!(h.kind, HitKind::Country { .. })
    });
    if !country {
        return None;
    }
    let body_start = end - rest.len();
    // The longest entry the words start with, as whole words; "ministry of" takes the word
    // after it too.
    let mut words = rest.split(' ');
    let (w1, w2, w3) = (words.next()?, words.next(), words.next());
    let bare = |w: &str| w.trim_end_matches(|c: char| !c.is_ascii_alphabetic()).len();
    // Two words are the text's own bytes: the phrase is a slice, not a copy.
    if let Some(len) = w2.map(|w2| w1.len() + 1 + bare(w2))
        && POSSESSED_BODIES.contains_ascii_lowercase(&rest.as_bytes()[..len])
    {
        if rest[..len].eq_ignore_ascii_case("ministry of") {
            let w3 = w3.filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))?;
            return Some(body_start + len + 1 + bare(w3));
        }
        return Some(body_start + len);
    }
    (POSSESSED_BODIES.contains_ascii_lowercase(&w1.as_bytes()[..bare(w1)]))
        .then(|| body_start + bare(w1))
}

/// Whether a word is a company's legal form or a word that ends a name without being one
/// (`[company-forms]`, `[generic-names]`): "Ltd", "Inc", "S.A".
pub(super) fn legal_form(word: &str) -> bool {
    COMPANY_FORMS.contains_ascii_lowercase(word) || GENERIC_NAMES.contains_ascii_lowercase(word)
}

/// Whether a word is a compound modifier, its last part in lower case: "Texas-based",
/// "Facebook-owned", "BEC-related", "Internet-facing", "third-party". It describes a name, or
/// a thing, and is none itself.
pub(super) fn compound_modifier(word: &str) -> bool {
    // Read for every capitalised word: a byte scan of the short word, not a char search.
    let word = word.as_bytes();
    word.iter()
        .rposition(|&b| b == b'-')
        .is_some_and(|dash| dash > 0 && word.get(dash + 1).is_some_and(u8::is_ascii_lowercase))
}

/// The offset of the first ASCII capital or non-ASCII byte in `bytes` (in a text whose
/// classes are not at hand; see [`crate::words::first_capital`]).
pub(super) fn find_capital(bytes: &[u8]) -> Option<usize> {
    let capital = |b: u8| b.is_ascii_uppercase() || !b.is_ascii();
    // Most of a sentence is lower case. Whole chunks are tested without an early exit, which
    // the compiler turns into a few vector instructions, and only the chunk that holds a
    // capital is searched byte by byte.
    const CHUNK: usize = 16;
    let mut at = 0;
    for chunk in bytes.chunks_exact(CHUNK) {
        if chunk.iter().fold(false, |any, &b| any | capital(b)) {
            // Found in the chunk eight bytes at a time ([`capitals_of`]) rather than byte by
            // byte.
            return chunk.chunks_exact(8).enumerate().find_map(|(k, eight)| {
                let capitals = capitals_of(u64::from_le_bytes(eight.try_into().ok()?));
                (capitals != 0).then(|| at + 8 * k + (capitals.trailing_zeros() / 8) as usize)
            });
        }
        at += CHUNK;
    }
    // Eight of the fewer than sixteen bytes left, if there are, as in a chunk.
    if let Some(eight) = bytes[at..].first_chunk() {
        let capitals = capitals_of(u64::from_le_bytes(*eight));
        if capitals != 0 {
            return Some(at + (capitals.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    bytes[at..].iter().position(|&b| capital(b)).map(|p| at + p)
}

/// The high bit of each byte of `eight` (eight bytes of text, the first lowest) that is an
/// ASCII capital or not ASCII. Each byte is compared on its own: its low seven bits plus a
/// constant below 0x80 cannot carry into the next.
fn capitals_of(eight: u64) -> u64 {
    let low = eight & !HIGHS;
    let from_a = (low + ONES * u64::from(0x80 - b'A')) & HIGHS;
    let past_z = (low + ONES * u64::from(0x80 - b'Z' - 1)) & HIGHS;
    eight & HIGHS | from_a & !past_z
}

/// The first token of `text[from..end]` as (start, end): the text up to the next space, less a
/// wire-service prefix glued to a name ("1-Universal"), skipping those left empty. Tokens
/// are read where needed rather than collected, as most are lower-case words that are only
/// looked at once.
pub(super) fn token_from(text: &str, mut from: usize, end: usize) -> Option<(usize, usize)> {
    while from <= end {
        // Tokens are short: eight bytes at a time in a register are quicker than setting up a
        // vectorised search, or a byte loop.
        let stop = find_byte_near(&text.as_bytes()[from..end], b' ').map_or(end, |at| from + at);
        // Read as bytes: the prefix is ASCII, and no byte of another character is a hyphen.
        let token = &text.as_bytes()[from..stop];
        let glued = token
            .first()
            .is_some_and(u8::is_ascii_digit)
            .then(|| token.iter().position(|&b| b == b'-'))
            .flatten()
            .filter(|&h| h > 0 && token[..h].iter().all(u8::is_ascii_digit));
        let start = glued.map_or(from, |h| from + h + 1);
        if stop > start {
            return Some((start, stop));
        }
        from = stop + 1;
    }
    None
}

/// Whether a token cannot be a name word whatever `clean` strips from it: the first byte
/// after its opening quotes and brackets is ASCII but not a capital. Most tokens are
/// lower-case words.
pub(super) fn lowercase_start(token: &str) -> bool {
    token
        .bytes()
        .find(|b| !matches!(b, b'"' | b'\'' | b'(' | b'['))
        .is_none_or(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// A token without surrounding punctuation and possessive.
pub(super) fn clean(token: &str) -> &str {
    // Most tokens are plain words, with nothing to strip.
    let b = token.as_bytes();
    if let ([first, ..], [.., before, last]) = (b, b)
        && first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && (*last != b's' || before.is_ascii_alphanumeric())
    {
        return token;
    }
    // Many others are a word and one mark after it ("Acme,", "hackers."): the mark is all
    // there is to strip (no possessive ends the word).
    if let ([first, ..], [.., before_s, before, last]) = (b, b)
        && first.is_ascii_alphanumeric()
        && matches!(
            last,
            b',' | b'.' | b';' | b':' | b'"' | b')' | b']' | b'?' | b'!'
        )
        && before.is_ascii_alphanumeric()
        && (*before != b's' || before_s.is_ascii_alphanumeric())
    {
        return &token[..token.len() - 1];
    }
    let t = token.trim_start_matches(['"', '\'', '(', '[', '\u{201c}', '\u{2018}']);
    let t = t.trim_end_matches([',', '.', ';', ':', '"', ')', ']', '?', '!', '\u{201d}']);
    let t = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .unwrap_or(t);
    t.trim_end_matches(['\'', '’'])
}

/// Whether a token ends a phrase: a mark (`,.;:)"?!`, a closing quote) or a possessive ends it.
pub(super) fn ends_phrase(token: &str) -> bool {
    // Asked of nearly every token of a name: the last bytes are compared, without decoding
    // the last character (an ASCII byte is a character; the quotes are three bytes each).
    let b = token.as_bytes();
    // "St. Brendan's Hospital", "Mt. Sinai": an abbreviation that opens a name ends nothing.
    if matches!(b, b"St." | b"Mt." | b"Ft.") {
        return false;
    }
    matches!(
        b.last(),
        Some(b',' | b'.' | b';' | b':' | b')' | b'"' | b'?' | b'!' | b'\'')
    ) || b.ends_with("\u{201d}".as_bytes())
        || b.ends_with("’".as_bytes())
        || possessive(token)
}

/// Whether a token is a kind of people's possessive (`[people-possessives]`: "Women's",
/// "Journalists'", "Nurses’"), a typographic apostrophe read as a plain one.
fn people_possessive(token: &str) -> bool {
    // Most tokens that end a phrase end on a comma or a full stop: not looked up.
    if !(token.ends_with('\'') || token.ends_with('\u{2019}') || possessive(token)) {
        return false;
    }
    if token.contains('\u{2019}') {
        PEOPLE_POSSESSIVES.contains_ascii_lowercase(token.replace('\u{2019}', "'"))
    } else {
        PEOPLE_POSSESSIVES.contains_ascii_lowercase(token)
    }
}

/// Whether a token ends in a possessive ("Sheriff's", "Children’s").
fn possessive(token: &str) -> bool {
    token.ends_with("'s") || token.ends_with("’s")
}

/// The ASCII bytes a name word may hold: letters, digits and `-&.'`, looked up by byte (asked
/// of every byte of nearly every capitalised word, where five comparisons each cost more).
const NAME_BYTES: [bool; 256] = {
    let mut bytes = [false; 256];
    let mut b = 0u8;
    while b < 128 {
        bytes[b as usize] = b.is_ascii_alphanumeric() || matches!(b, b'-' | b'&' | b'.' | b'\'');
        b += 1;
    }
    bytes
};

pub(super) fn is_name_word(word: &str) -> bool {
    // A brand may end on a plus ("Disney+", "Canal+").
    let word = word.strip_suffix('+').unwrap_or(word);
    let b = word.as_bytes();
    if b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().all(|&b| NAME_BYTES[usize::from(b)])
    {
        // ASCII, so no character needs decoding.
        return true;
    }
    if word.is_ascii() {
        return false;
    }
    let mut chars = word.chars();
    matches!(chars.next(), Some(c) if c.is_uppercase())
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "-&.'’".contains(c))
}

pub(super) static HEADLINE_VERB_WORDS: Words = Words::new("headline-verbs");

/// Whether `name` reads as a headline, an actor's description ("China-linked") or a person or
/// role rather than an organisation.
pub(super) fn headline_or_person(name: &str, lowered: &mut Lowered) -> bool {
    if name.is_ascii() {
        // The lower case of ASCII is ASCII lower case: the words are looked up where they
        // are, in one pass, instead of in a lowered copy split twice.
        let b = name.as_bytes();
        let (mut piece, mut word) = (0, 0);
        let (mut hyphen, mut alphanumeric) = (false, false);
        let mut at = 0;
        loop {
            // The letters and digits of a word are passed over in a tight loop.
            let run = b[at..]
                .iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(b.len() - at);
            alphanumeric |= run > 0;
            at += run;
            // The end of the name closes its last piece and word, as a space would.
            let c = b.get(at).copied().unwrap_or(b' ');
            hyphen |= c == b'-';
            if PERSON.contains_ascii_lowercase(&b[word..at]) {
                return true;
            }
            word = at + 1;
            if c == b' ' {
                if HEADLINE_VERB_WORDS.contains_ascii_lowercase(&b[piece..at]) {
                    return true;
                }
                piece = at + 1;
            }
            if at == b.len() {
                break;
            }
            at += 1;
        }
        return !alphanumeric
            || hyphen
                && (contains_ignore_ascii_case(b, b"-linked")
                    || contains_ignore_ascii_case(b, b"-backed")
                    || starts_with_ignore_ascii_case(b, b"pro-"));
    }
    let lower = lowered.of(name);
    if split_space(lower).any(|w| HEADLINE_VERB_WORDS.contains(w)) {
        return true;
    }
    if lower.contains('-')
        && (lower.contains("-linked") || lower.contains("-backed") || lower.starts_with("pro-"))
    {
        return true;
    }
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_none() || words.any(|w| PERSON.contains(w))
}

/// Whether a name is that of a party analysing the attack: introduced as a security or
/// research firm ("research firm F-Secure"), followed by its researchers or report ("Acme
/// Labs researchers"), or named as a research outfit ("Kromtech Security Research Center").
pub(super) fn analyst(doc: &Doc<'_, '_>, span: Span, name: &str, lowered: &mut Lowered) -> bool {
    let last = name
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if ANALYST_HEADS.contains_ascii_lowercase(last) {
        return true;
    }
    let sentence = doc.sentences[doc.sentence_at(span.start)];
    let before = super::text_before(doc.text, sentence.start, span.start, lowered);
    if ANALYST_BEFORE.matched_by(before) {
        return true;
    }
    let after = text_after(doc.text, span.end, sentence.end, lowered);
    ANALYST_AFTER.matched_by(after)
}

/// Whether the text introduces the name at `span` as a person's by a noun of what people do
/// (`[person-nouns]`): right before it ("security researcher Jane Roe", "the former worker,
/// Jane Roe"), heading the appositive after it ("Jane Roe, a malware expert at Acme"), or
/// before the given name of which it is the surname ("County Manager Dale Pruitt ...
/// Pruitt said").
fn introduced_as_person(doc: &Doc<'_, '_>, span: Span) -> bool {
    let sentence = doc.sentences[doc.sentence_at(span.start)];
    let text = doc.text;
    if surname_of_a_person(text, span) {
        return true;
    }
    let before = text[sentence.start..span.start].trim_end_matches([' ', ',']);
    let word_before = before
        .rsplit(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .next()
        .unwrap_or("");
    if PERSON_NOUNS.contains_ascii_lowercase(word_before) {
        return true;
    }
    // A title shortened with a full stop ("Superintendent Dr. Jane Roe", "Sen. John Doe"),
    // before a name with no head word of an organisation ("Dr. Reddy's Laboratories" is one).
    if let Some(title) = before.strip_suffix('.')
        && PERSON.contains_ascii_lowercase(
            title
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or(""),
        )
        && !split_space(&text[span.start..span.end])
            .any(|w| ORG_HEAD_WORDS.contains_ascii_lowercase(w))
    {
        return true;
    }
    // A title that "general" follows ("its director general, Jane Roe", "the attorney
    // general Jane Roe"); not "in general".
    if word_before.eq_ignore_ascii_case("general")
        && before[..before.len() - word_before.len()]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| PERSON_NOUNS.contains_ascii_lowercase(w))
    {
        return true;
    }
    let Some(appositive) = super::appositive(&text[span.end..sentence.end]) else {
        return false;
    };
    // The appositive's head: its last word before a preposition, a relative word or a
    // punctuation mark ("a cryptography and security researcher at ...").
    let mut head = "";
    for word in split_space(appositive).take(8) {
        let bare = word.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        if [
            "at", "of", "for", "with", "on", "in", "from", "who", "whose", "which", "that",
        ]
        .contains(&bare)
        {
            break;
        }
        head = bare;
        if bare.len() != word.len() {
            break;
        }
    }
    PERSON_NOUNS.contains_ascii_lowercase(head)
}

/// Whether a one-word name is the surname of a person the text introduced before it by a
/// noun of what people do and a given name ("County Manager Dale Pruitt ... Pruitt said").
/// Only the first few mentions in the few thousand bytes before it are read.
fn surname_of_a_person(text: &str, span: Span) -> bool {
    const MENTIONS: usize = 8;
    const REACH: usize = 4096;
    let name = &text[span.start..span.end];
    if name.contains(' ') || name.len() < 2 || !name.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let from = span.start.saturating_sub(REACH);
    find_apart(&text.as_bytes()[from..span.start], name.as_bytes())
        .map(|at| from + at)
        .take(MENTIONS)
        .any(|at| {
            let mut words = rsplit_space(&text[..at]);
            let (Some(""), Some(given), Some(noun)) = (words.next(), words.next(), words.next())
            else {
                return false;
            };
            given.len() > 1
                && given.starts_with(|c: char| c.is_uppercase())
                && given.chars().all(char::is_alphabetic)
                && PERSON_NOUNS.contains_ascii_lowercase(noun)
        })
}

/// Whether a name is one acronym of two capitals or more with a plural "s": "PLCs", "ISPs".
fn plural_acronym(name: &str) -> bool {
    name.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether a name that the text puts near an attack is no organisation at all: a protocol, a
/// currency or a format ("File Transfer Protocol (FTP)", "Bitcoin"); a place's people or
/// origin ("Advanced Chinese", "North American-based"); a brand the attackers impersonated
/// ("emails purporting to come from X"); or the outlet someone spoke to ("told X").
pub(super) fn not_an_organisation(
    doc: &Doc<'_, '_>,
    span: Span,
    name: &str,
    lowered: &mut Lowered,
) -> bool {
    if name
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| TECHNOLOGY.contains_ascii_lowercase(w))
    {
        return true;
    }
    // An acronym in the plural is a kind of thing, not one organisation ("PLCs", "HMIs",
    // "MSPs").
    if plural_acronym(name) {
        return true;
    }
    // A name holding a word of attack names the attack, its kind or its lure ("Satan RaaS",
    // "Cisco DoS", "W-2 Phishing", "Hack of Acme", "Lottery Fraud Scammers").
    let i = doc.sentence_at(span.start);
    if doc.cues_in(i).iter().any(|c| {
        matches!(c.cue, Cue::Type(_) | Cue::Attack)
            && span.start <= c.span.start
            && c.span.end <= span.end
    }) {
        return true;
    }
    if introduced_as_person(doc, span) {
        return true;
    }
    // "the Californian port", "a European ministry", "the Indian bank": an adjective of
    // origin before common nouns describes an organisation the text names elsewhere, if at
    // all. So does a place or its adjective before an acronym of a kind ("a Dutch IT
    // provider", "a Brisbane MSP", `[kind-acronyms]`).
    if let Some((first, rest)) = name.split_once(' ') {
        let acronyms = split_space(rest).all(|w| KIND_ACRONYMS.contains_ascii_lowercase(w));
        let common = split_space(rest).all(|w| w.bytes().all(|b| b.is_ascii_lowercase()));
        if (acronyms || common)
            && (ORIGIN_ADJECTIVES.contains_ascii_lowercase(first)
                || doc.hits_overlapping(span).any(|h| {
                    h.start == span.start
                        && h.end == span.start + first.len()
                        && matches!(h.kind, HitKind::Country { form, .. }
                            if acronyms || form == CountryForm::Demonym)
                }))
        {
            return true;
        }
    }
    // A name ending in a number is a version or a year: a product or an event ("Internet
    // Explorer 9", "Windows Server 2019", "Samba 4", "Mobile World Congress 2017"), unless
    // the number follows an organisation's head word ("School District 56", "Unit 8200").
    let mut last_words = rsplit_space(name);
    if let (Some(number), Some(before)) = (last_words.next(), last_words.next())
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !ORG_HEAD_WORDS.contains_ascii_lowercase(before)
    {
        return true;
    }
    // "MongoDB databases", "Netgear routers": the product's copies were hit, not its maker.
    let next = doc.text[span.end..].strip_prefix(' ').unwrap_or("");
    let next = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if PRODUCT_NOUNS.contains_ascii_lowercase(next) {
        return true;
    }
    if ends_with_ignore_ascii_case(name.as_bytes(), b"-based")
        || doc.hits_overlapping(span).any(|h| {
            h.end == span.end
                && h.start > span.start
                && matches!(
                    h.kind,
                    HitKind::Country {
                        form: CountryForm::Demonym,
                        ..
                    }
                )
        })
    {
        return true;
    }
    let sentence = doc.sentences[doc.sentence_at(span.start)];
    let before = super::text_before(doc.text, sentence.start, span.start, lowered);
    // "a research associate at X", "a professor at X": X is where a commentator works.
    let employer = before
        .strip_suffix(" at")
        .is_some_and(|role| OUTSIDE_ROLES.contains(last_word(role)));
    // The impersonation is read anywhere in the few words before ("purporting to come from X"),
    // unless a verb of attack comes between it and the name ("scammers posing as a supplier
    // tricked X").
    employer
        || IMPERSONATED.any_within(before) && !super::attacked_before(before)
        || AUDIENCE_BEFORE.matched_by(before)
        || SELLERS_BEFORE.matched_by(before)
}

/// Whether only the first word of a name is capitalised ("Top university", "Huge").
fn one_capitalised_word(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or("");
    first
        .chars()
        .skip(1)
        .all(|c| !c.is_uppercase() && !c.is_ascii_digit())
        && words.all(|w| !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// Whether the first word of a name that opens a sentence is written with its capital
/// elsewhere, not at the start of a sentence.
fn capitalised_elsewhere(doc: &Doc<'_, '_>, name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or(name);
    let word = first
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or(first);
    !word.is_empty() && doc.capitalised.contains(doc, word)
}

/// Where a text writes a word with its capital, not at a sentence's start: asked for the
/// first word of names that open sentences. A few are searched for through the text; past
/// that, the text is read once for all of them, so the time stays linear in the text's length
/// (a search of the whole text for each sentence's name was quadratic).
#[derive(Default)]
pub(crate) struct CapitalisedWords<'t> {
    searches: Cell<usize>,
    /// The words that open a sentence and are written capitalised elsewhere too.
    index: OnceCell<HashSet<&'t str, FixedState>>,
}

impl<'t> CapitalisedWords<'t> {
    /// The searches through the text after which it is read once for all.
    const SEARCHES: usize = 16;

    /// Whether `word` (a word that opens a sentence of `doc`) is written elsewhere at a word's
    /// start, as a whole word, not at a sentence's start.
    fn contains(&self, doc: &Doc<'_, 't>, word: &str) -> bool {
        if self.index.get().is_none() && self.searches.get() < Self::SEARCHES {
            self.searches.set(self.searches.get() + 1);
            // The occurrences a `memmem` search would pass over overlap one found before, so
            // none starts a word: the same answer, without building a searcher for one word.
            return find_each(doc.text.as_bytes(), word.as_bytes())
                .any(|at| is_word_at(doc, at, at + word.len()) && !opens_sentence(doc, at));
        }
        self.index.get_or_init(|| Self::read(doc)).contains(word)
    }

    /// The words that open sentences of `doc` and are written capitalised elsewhere too.
    fn read(doc: &Doc<'_, 't>) -> HashSet<&'t str, FixedState> {
        use crate::words::word_end;
        let text = doc.text;
        let bytes = text.as_bytes();
        let asked: HashSet<&str, FixedState> = doc
            .sentences
            .iter()
            .map(|s| &text[s.start..word_end(bytes, s.start)])
            .filter(|w| w.starts_with(char::is_uppercase))
            .collect();
        let mut found = HashSet::default();
        let mut at = 0;
        while let Some(offset) = find_capital(&bytes[at..]) {
            let start = at + offset;
            let end = word_end(bytes, start);
            // Past the word, or past a character that is no letter.
            at = end.max(start + text[start..].chars().next().map_or(1, char::len_utf8));
            let word = &text[start..end];
            if !word.is_empty()
                && asked.contains(word)
                && is_word_at(doc, start, end)
                && !opens_sentence(doc, start)
            {
                found.insert(word);
            }
        }
        found
    }
}

/// Whether `start..end` of the text is a whole word: no alphanumeric character touches it.
fn is_word_at(doc: &Doc<'_, '_>, start: usize, end: usize) -> bool {
    let text = doc.text;
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
        && text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

fn opens_sentence(doc: &Doc<'_, '_>, at: usize) -> bool {
    doc.sentences[doc.sentence_at(at)].start == at
}

/// Drops names that are places, actors, authorities, people or roles. `span` lies in
/// sentence `i`, which the caller knows (it is not searched for again for each name).
pub(super) fn keep(
    doc: &Doc<'_, '_>,
    i: usize,
    span: Span,
    name: &str,
    lowered: &mut Lowered,
) -> bool {
    let not_a_name = |lowered: &mut Lowered| {
        headline_or_person(name, lowered) || GENERIC_NAMES.contains_ascii_lowercase(name.as_bytes())
    };
    let sentence = doc.sentences[i];
    let opens_sentence = sentence.start == span.start;
    // Every test below only reads, but for the search of a sentence's first word elsewhere,
    // whose cache counts the searches: for a name that opens a sentence the tests keep their
    // order, so it is searched for as often as ever. Any other name is read by the cheaper
    // tests first (most are dropped as gazetteer names), and `not_a_name` last.
    if opens_sentence {
        if not_a_name(lowered) {
            return false;
        }
        // One capitalised word opening a sentence ("Huge hacking operation", "Top university
        // under attack") owes its capital to its place, unless the text writes it capitalised
        // elsewhere too. A head word its language writes in lower case makes it a name
        // ("Eidsvik kommune").
        if one_capitalised_word(name)
            && !LOWER_HEADS.contains(last_word(name))
            && !capitalised_elsewhere(doc, name)
        {
            return false;
        }
        // A lone kind of organisation that opens a sentence ("Port operator hit", "Hospital
        // says") has its capital from its place, not from a name; the one institution of its
        // kind in a country ("Parliament") is named by it.
        if super::lone_kind(name) {
            return false;
        }
    }
    // A name in quotes is coined: a malware family, a campaign, an operation ("‘Prestige’
    // ransomware"), not an organisation.
    let quoted = doc.text[..span.start]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '"' | '\'' | '‘' | '“'))
        && doc.text[span.end..]
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '"' | '\'' | '’' | '”'));
    if quoted {
        return false;
    }
    // A product or vendor name is a victim only where the headline has its maker speak
    // ("AcmeSoft says", "Microsoft confirms").
    let in_title = doc.sentences.first().is_some_and(|t| t.contains(span));
    if qualifies_the_attackers(doc.text, span) || in_title && told(doc.text, span) {
        return false;
    }
    let speaks = in_title && {
        let after = text_after(doc.text, span.end, doc.sentences[0].end, lowered);
        ["says", "said", "confirm", "admits", "discloses", "reveals"]
            .iter()
            .any(|w| after.starts_with(w))
    };
    // An agency is a victim where the text says it was attacked ("the Foreign Office was
    // hit", "an attack on the Health Service Executive"), not where it investigates.
    // Read only for names an agency or a city covers.
    let mut attacked = || {
        let after = text_after(doc.text, span.end, sentence.end, lowered);
        PASSIVE_AFTER.matched_by(after) || CITY_SYSTEMS_AFTER.matched_by(after) || {
            let before = super::text_before(doc.text, sentence.start, span.start, lowered);
            super::attacked_before(before)
        }
    };
    // Covered entirely by one gazetteer name of another kind, a company suffix aside
    // ("FireEye Inc" is FireEye).
    // Found only for a hit that starts with the name: most names have none.
    let name = &doc.text[span.start..span.end];
    // Each suffix is a space and one word: the name's last word is compared with them, where
    // comparing the name's end with each suffix in turn cost seven calls of `memcmp`.
    let core_end = || {
        let bytes = name.as_bytes();
        bytes
            .iter()
            .rposition(|&b| b == b' ')
            .filter(|&space| {
                matches!(
                    &bytes[space + 1..],
                    b"Inc." | b"Inc" | b"Corp." | b"Corp" | b"Ltd" | b"LLC" | b"Corporation"
                )
            })
            .map_or(span.end, |space| span.start + space)
    };
    let mut covered = |h: &Hit<'_>| {
        h.start <= span.start
            && core_end() <= h.end
            && match h.kind {
                // A city whose systems were attacked is its government ("Atlanta's network"),
                // but not one that places the kind of body after it ("servers at Kharkiv
                // internet provider", "a Düsseldorf law firm"): the description names the
                // victim, not the city.
                HitKind::Country {
                    form: CountryForm::City | CountryForm::Capital,
                    ..
                } if h.start == span.start && h.end == span.end => {
                    places_a_kind(&doc.text[span.end..]) || !attacked()
                }
                HitKind::Country { .. } | HitKind::Region(_) | HitKind::Actor { .. } => true,
                HitKind::Authority {
                    kind: AuthorityKind::Agency,
                    ..
                } => !speaks && !attacked(),
                HitKind::Software(_) | HitKind::Authority { .. } => !speaks,
                _ => false,
            }
    };
    // A country, demonym or state followed only by common words ("Iranian government",
    // "Texas school") is a description, not a name.
    let described = |h: &Hit<'_>| {
        h.start == span.start
            && matches!(
                h.kind,
                HitKind::Country {
                    form: CountryForm::Name
                        | CountryForm::Demonym
                        | CountryForm::Abbreviation
                        | CountryForm::State,
                    ..
                }
            )
            // A country hit that also ends past the name covers it.
            && doc
                .text
                .get(h.end..span.end)
                .is_some_and(|rest| {
                    // "Norway's foreign ministry" is a body of the state, named.
                    after_possessive(rest).is_none() && !rest.contains(char::is_uppercase)
                })
    };
    // An actor's name inside a longer one is a word of that name ("Royal Bank of Scotland",
    // "Taichung Cardinal Hospital"): whether the text names the actor there is for the actor
    // finder, whose mentions the victim finder sets aside. But as the name's last word, its
    // head, after others, it makes the name a thing of the actor's kind ("Google Play").
    let actor_head = |h: &Hit<'_>| {
        matches!(h.kind, HitKind::Actor { .. }) && h.start > span.start && h.end >= core_end()
    };
    let drop = doc
        .hits_overlapping(span)
        .any(|h| covered(h) || described(h) || actor_head(h));
    !drop && two_letters(name) && (opens_sentence || !not_a_name(lowered))
}

/// Whether the name at `span` qualifies the attackers ("State hackers suspected in ...",
/// "Kremlin hackers"): the noun right after it is one of `[attacker-nouns]`.
fn qualifies_the_attackers(text: &str, span: Span) -> bool {
    let after = text[span.end..].strip_prefix(' ').unwrap_or("");
    // Asked after every name: the word's ASCII bytes are read as bytes, and only a word that
    // runs into another character is split by characters.
    let ascii = after
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'\''))
        .unwrap_or(after.len());
    let next = if after.as_bytes().get(ascii).is_some_and(|b| !b.is_ascii()) {
        after
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .next()
            .unwrap_or("")
    } else {
        &after[..ascii]
    };
    ATTACKER_NOUNS.contains(next)
}

/// Whether the name at `span` is whom a speaker tells ("ASD tells Senate committee"): the
/// hearer, right after a verb of telling (`[telling-verbs]`), perhaps then "the".
fn told(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    TELLING_VERBS.contains(last_word(before))
}

/// Whether the words after a place name are a kind of body in lower case ("internet
/// provider", "law firm", "hospital"): up to three words, none capitalised, the last of
/// `[kind-heads]` or `[kind-nouns]`.
fn places_a_kind(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    rest.split_whitespace()
        .take(3)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        .any(|w| KIND_HEADS.contains(w) || KIND_NOUNS.contains(w) || ORG_HEAD_WORDS.contains(w))
}

/// Whether `name` holds two letters or more. Asked of every name: an ASCII name (most are) is
/// read as bytes, without decoding its characters.
fn two_letters(name: &str) -> bool {
    if name.is_ascii() {
        name.bytes()
            .filter(u8::is_ascii_alphabetic)
            .nth(1)
            .is_some()
    } else {
        name.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
    }
}

/// Whether the capitalised words after the token `t` run on to an organisation's head word
/// (`[org-heads]`, singular or plural) or a company's legal form (`[company-forms]`,
/// `[generic-names]`) within four words, none of them ending a phrase before it: "Data
/// [Protection Agency]", "Cyber [Security Agency]", "Pentrix Data [LLC]".
fn heads_a_name(text: &str, t: (usize, usize), end: usize) -> bool {
    let mut at = t;
    for _ in 0..4 {
        if ends_phrase(&text[at.0..at.1]) {
            return false;
        }
        let Some(next) = token_from(text, at.1 + 1, end) else {
            return false;
        };
        let w = clean(&text[next.0..next.1]);
        if !is_name_word(w) {
            return false;
        }
        if ORG_HEAD_WORDS.contains_ascii_lowercase(head_singular(w)) || legal_form(w) {
            return true;
        }
        at = next;
    }
    false
}

/// A head word without its plural "s" ("Centres" -> "Centre"), as the head list holds most.
fn head_singular(word: &str) -> &str {
    if ORG_HEAD_WORDS.contains_ascii_lowercase(word) {
        word
    } else {
        word.strip_suffix('s').unwrap_or(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capital_found_as_by_a_byte_loop() {
        let text = "the quick brown fox jumps over the lazy dog and then Acme, the @[`{ firm, said Zürich é Q";
        crate::extract::ascii::each_sub_slice(text.as_bytes(), |b| {
            let want = b
                .iter()
                .position(|&c| c.is_ascii_uppercase() || !c.is_ascii());
            assert_eq!(find_capital(b), want, "{:?}", String::from_utf8_lossy(b));
        });
        for b in 0..=255u8 {
            let eight = u64::from_le_bytes([b; 8]);
            let want = b.is_ascii_uppercase() || !b.is_ascii();
            assert_eq!(capitals_of(eight) != 0, want, "{b}");
        }
    }

    #[test]
    fn an_adjective_of_origin_before_common_nouns_is_no_organisation() {
        let text = "The Californian port and the Indian bank were hit, as were the Durban \
                    hospital and Acme Port.";
        let today = time::macros::date!(2025 - 06 - 01);
        let doc = Doc::new(crate::Gazetteer::embedded(), text, 0, today);
        let mut lowered = Lowered::within(text, doc.lowered());
        for (name, organisation) in [
            ("Californian port", false),
            ("Indian bank", false),
            ("Durban hospital", true),
            ("Acme Port", true),
        ] {
            let start = text.find(name).expect("in the text");
            let span = Span::new(start, start + name.len());
            assert_eq!(
                !not_an_organisation(&doc, span, name, &mut lowered),
                organisation,
                "{name}"
            );
        }
    }

    #[test]
    fn words_capitalised_outside_sentence_starts_searched_or_read() {
        let text = "Huge losses hit Acme. The firm said Acme's parts, from \
                    Örebro, were safe. McAfee and (Globex) agreed with Huge Corp. Hugely so.";
        let today = time::macros::date!(2025 - 06 - 01);
        let doc = Doc::new(crate::Gazetteer::embedded(), text, 0, today);
        // Searched for, then read once for all: the two agree.
        let read = CapitalisedWords::read(&doc);
        for _ in 0..2 {
            // "Huge" is written inside the last sentence; "The" and "McAfee" only open
            // sentences; a name is looked up by its first word ("Huge Corp" by "Huge").
            for (word, capitalised) in [("Huge", true), ("The", false), ("McAfee", false)] {
                assert_eq!(capitalised_elsewhere(&doc, word), capitalised, "{word}");
                assert_eq!(read.contains(word), capitalised, "{word}");
            }
            assert!(capitalised_elsewhere(&doc, "Huge Corp"));
            for _ in 0..CapitalisedWords::SEARCHES {
                capitalised_elsewhere(&doc, "The");
            }
        }
        assert!(doc.capitalised.index.get().is_some());
    }

    #[test]
    fn a_name_ends_at_a_closing_quote_straight_or_curly() {
        // "'Turkish Crime Family' Demands ...": the quoted name ends at its quote.
        assert!(ends_phrase("Family'"));
        assert!(ends_phrase("Family’"));
        assert!(ends_phrase("Family\u{201d}"));
        assert!(!ends_phrase("Family"));
        assert!(!ends_phrase("O'Brien"));
        // As read by characters before it compared bytes.
        let by_chars = |t: &str| {
            t.ends_with([',', '.', ';', ':', ')', '"', '\u{201d}', '?', '!'])
                || t.ends_with("'s")
                || t.ends_with("’s")
                || t.ends_with(['’', '\''])
        };
        for t in [
            "",
            "s",
            "'s",
            "’s",
            "Acme's",
            "Acme’s",
            "Acme,",
            "Acme.",
            "Acme;",
            "Acme:",
            "(Acme)",
            "\"Acme\"",
            "“Acme”",
            "Acme?",
            "Acme!",
            "Acmes",
            "Acme\u{2018}",
            "Acme\u{201c}",
            "é",
            "Acme’x",
            "Acme\u{2019}\u{2019}",
            "Acme—",
            "\u{201d}s",
        ] {
            assert_eq!(ends_phrase(t), by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn same_org_counts_the_shorter_names_words() {
        let same = |a: &str, b: &str| {
            let (mut wa, mut wb) = (Vec::new(), Vec::new());
            org_words(a, &mut wa);
            org_words(b, &mut wb);
            same_org(&wa, &wb)
        };
        assert!(same("Ministry of the Interior", "Interior Ministry"));
        assert!(same("Northwind Health Services Inc", "health services"));
        assert!(!same("Acme Bank", "Zenith Bank Group"));
        // Each word of the shorter counts, repeated or not.
        assert!(same("Acme Acme", "Acme Zenith"));
        assert!(!same("Acme Zenith", "Acme Acme"));
        assert!(!same("The Of", "Acme"));
    }

    #[test]
    fn names_that_share_a_word_share_its_bit() {
        let bits = |name: &str| {
            let mut words = Vec::new();
            org_words(name, &mut words);
            words.iter().fold(0, |bits, w| bits | word_bit(w))
        };
        for (a, b) in [
            ("Ministry of the Interior", "INTERIOR ministry"),
            ("Northwind Health Services Inc", "health services"),
            ("Ökobank Ärzte", "ärzte"),
            ("\u{212a}elvin Group", "GROUP"),
        ] {
            assert_ne!(bits(a) & bits(b), 0, "{a:?} {b:?}");
        }
        assert_eq!(word_bit("").count_ones(), 1);
    }

    #[test]
    fn acronyms_are_initials_of_consecutive_words() {
        assert!(acronym_of("MOD", "UK Ministry of Defence"));
        assert!(acronym_of("NHS", "the National Health Service"));
        assert!(acronym_of("DSS", "the Department of Social Security"));
        assert!(acronym_of("UMD", "UK Ministry of Defence"));
        assert!(!acronym_of("MD", "Ministry of Defence"));
        assert!(!acronym_of("Mod", "Ministry of Defence"));
        assert!(!acronym_of("MOJ", "UK Ministry of Defence"));
        assert!(!acronym_of("ACME", "Acme"));
    }

    #[test]
    fn plain_tokens_need_no_cleaning() {
        for (token, word) in [
            ("Acme", "Acme"),
            ("Acme's", "Acme"),
            ("Acme’s", "Acme"),
            ("Acmes", "Acmes"),
            ("\"Acme,\"", "Acme"),
            ("s", "s"),
            ("'s", "s"),
            ("Acme,", "Acme"),
            ("hackers.", "hackers"),
            ("Acme's,", "Acme"),
            ("Acme’s.", "Acme"),
            ("Acme.,", "Acme"),
            ("A,", "A"),
            ("(Acme)", "Acme"),
            ("“Acme”", "Acme"),
            ("Acme'.", "Acme"),
            ("é,", "é"),
        ] {
            assert_eq!(clean(token), word, "{token:?}");
        }
        assert!(lowercase_start("(acme"));
        assert!(lowercase_start("\"'"));
        assert!(!lowercase_start("(\"Acme"));
        assert!(!lowercase_start("“acme"));
    }

    #[test]
    fn tokens_skip_empty_ones_and_wire_prefixes() {
        let text = "a  1-Universal 12- b ";
        let mut tokens = Vec::new();
        let mut next = token_from(text, 0, text.len());
        while let Some((start, end)) = next {
            tokens.push(&text[start..end]);
            next = token_from(text, end + 1, text.len());
        }
        assert_eq!(tokens, ["a", "Universal", "b"]);
    }

    #[test]
    fn ascii_names_read_in_place_as_lowered() {
        // The lowered path, which every name took before.
        let lowered_path = |name: &str| {
            let mut lowered = Lowered::new();
            // A non-ASCII suffix that is neither a word character nor a listed word.
            headline_or_person(&format!("{name} \u{2014}"), &mut lowered)
        };
        for name in [
            "Acme Bank",
            "Acme Hits",
            "Acme HITS Zenith",
            "Mr Acme",
            "Acme-Mr",
            "Acme-Linked Group",
            "China-backed",
            "Pro-Acme",
            "PRO-",
            "Acme.Says",
            "Says.Acme",
            "-- ..",
            "",
            " ",
            "Vice  President",
            "Acme Inc.",
        ] {
            let mut lowered = Lowered::new();
            assert_eq!(
                headline_or_person(name, &mut lowered),
                lowered_path(name),
                "{name:?}"
            );
        }
    }

    #[test]
    fn capitals_found_as_byte_by_byte() {
        let long = format!("{}Acme", "a".repeat(40));
        for text in [
            "",
            "acme",
            "acme Zenith",
            "é",
            &long,
            "0123456789abcdef0123456789abcdeX",
        ] {
            let want = text
                .bytes()
                .position(|b| b.is_ascii_uppercase() || !b.is_ascii());
            assert_eq!(find_capital(text.as_bytes()), want, "{text:?}");
        }
    }
}
