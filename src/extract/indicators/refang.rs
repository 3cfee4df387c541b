//! Refanging: one pass over the text that undoes every defang mark analysts write, before the
//! text is cut into tokens, with a map from the refanged text back to the original bytes.
//!
//! | written | read as | where |
//! |---|---|---|
//! | `[.]` `(.)` `{.}` `[dot]` `(DOT)` `[ . ]`, also spaced: `example [.] com` | `.` | between a letter or digit and a letter or digit |
//! | `111[.111.]111` (half brackets) | `.` | a `[` before or `]` after a dot, between digits or letters |
//! | `\.` | `.` | between letters or digits, in a token with no other backslash (not a path) |
//! | `-dot-` | `.` | between letters or digits |
//! | `[at]` `(AT)` `[@]` `{at}`, also spaced: `user [at] example.com` | `@` | between an address's characters |
//! | `[:]` | `:` | before `//` or a port's digits |
//! | `[://]` `[/]` `[-]` | `://` `/` `-` | inside a token |
//! | `hxxp` `hXXp` `Hxxp` `hXxps` `xxxx` `fxp`, `[http]` | `http` `https` `ftp` | a scheme word opening a token, before `://` |
//! | `http__host` `http//host` | `http://host` | a scheme word opening a token |
//!
//! Spaces inside brackets are allowed (`[ . ]`), and up to two spaces around a dot or at
//! mark are taken with it (`example [.] com`), so tokens come out whole. Marks are matched
//! without regard to ASCII case. Text with no mark (most news) is not copied.

use std::borrow::Cow;

use super::candidates::NextByte;

/// The refanged text and where each replacement came from.
#[derive(Debug)]
pub(super) struct Refanged<'t> {
    /// The text with every defang mark undone.
    pub(super) text: Cow<'t, str>,
    /// The replacements, in order, in both texts.
    edits: Vec<Edit>,
}

/// One replacement: `len` bytes at `at` in the refanged text stand for `orig_len` bytes at
/// `orig` in the original.
#[derive(Debug, Clone, Copy)]
struct Edit {
    at: usize,
    len: usize,
    orig: usize,
    orig_len: usize,
}

impl Refanged<'_> {
    /// Where refanged byte `pos` starts in the original (a replacement maps to its start).
    pub(super) fn start_in_original(&self, pos: usize) -> usize {
        let i = self.edits.partition_point(|e| e.at <= pos);
        match i.checked_sub(1).map(|i| self.edits[i]) {
            None => pos,
            Some(e) if pos < e.at + e.len => e.orig,
            Some(e) => e.orig + e.orig_len + (pos - e.at - e.len),
        }
    }

    /// Where refanged end offset `pos` ends in the original (a replacement maps to its end).
    pub(super) fn end_in_original(&self, pos: usize) -> usize {
        let i = self.edits.partition_point(|e| e.at < pos);
        match i.checked_sub(1).map(|i| self.edits[i]) {
            None => pos,
            Some(e) if pos <= e.at + e.len => e.orig + e.orig_len,
            Some(e) => e.orig + e.orig_len + (pos - e.at - e.len),
        }
    }

    /// Whether a defang mark was undone inside refanged bytes `start..end`.
    pub(super) fn defanged_within(&self, start: usize, end: usize) -> bool {
        let i = self.edits.partition_point(|e| e.at + e.len <= start);
        self.edits.get(i).is_some_and(|e| e.at < end)
    }
}

/// `text` with every defang mark undone (see the module docs), in one pass.
pub(super) fn refang(text: &str) -> Refanged<'_> {
    let bytes = text.as_bytes();
    let mut edits: Vec<(usize, usize, &'static str)> = Vec::new();
    // Three searches for the nine anchor bytes, each run ahead once (see `NextByte`).
    let mut brackets = NextByte::new(b"[({");
    let mut joins = NextByte::new(b"\\-_");
    let mut separators = NextByte::new(b":/]");
    let mut i = 0;
    loop {
        i = brackets
            .from(bytes, i)
            .min(joins.from(bytes, i))
            .min(separators.from(bytes, i));
        if i >= bytes.len() {
            break;
        }
        // Edits stay in order and never overlap: a mark may not reach back past the last one.
        let floor = edits.last().map_or(0, |&(_, end, _)| end);
        let before = edits.len();
        let next = mark_at(bytes, i, floor, &mut edits);
        i = if edits.len() > before { next } else { i + 1 };
    }
    if edits.is_empty() {
        return Refanged {
            text: Cow::Borrowed(text),
            edits: Vec::new(),
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut mapped = Vec::with_capacity(edits.len());
    let mut copied = 0;
    for (start, end, with) in edits {
        out.push_str(&text[copied..start]);
        mapped.push(Edit {
            at: out.len(),
            len: with.len(),
            orig: start,
            orig_len: end - start,
        });
        out.push_str(with);
        copied = end;
    }
    out.push_str(&text[copied..]);
    Refanged {
        text: Cow::Owned(out),
        edits: mapped,
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Bytes that may sit before an `@` in an address.
fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// Tries the marks that can start at anchor `i`; pushes their edits (start, end, replacement)
/// and returns where to go on. Pushes nothing when there is no mark.
fn mark_at(
    bytes: &[u8],
    i: usize,
    floor: usize,
    edits: &mut Vec<(usize, usize, &'static str)>,
) -> usize {
    let at = |k: usize| bytes.get(k).copied().unwrap_or(b' ');
    let prev = if i > floor { at(i - 1) } else { b' ' };
    match bytes[i] {
        b'[' | b'(' | b'{' => {
            if let Some(next) = bracket(bytes, i, floor, edits) {
                return next;
            }
            // A half bracket: `111[.111`.
            if bytes[i] == b'[' && at(i + 1) == b'.' && is_word(prev) && is_word(at(i + 2)) {
                edits.push((i, i + 1, ""));
                return i + 1;
            }
        }
        // The other half: `111.]111`.
        b']' if prev == b'.' && i >= 2 && is_word(at(i - 2)) && is_word(at(i + 1)) => {
            edits.push((i, i + 1, ""));
            return i + 1;
        }
        b'\\' if at(i + 1) == b'.' && is_word(prev) && is_word(at(i + 2)) => {
            // `C:\Users\.ssh` is a path: a token with another backslash is left alone.
            let token_start = bytes[floor..i]
                .iter()
                .rposition(u8::is_ascii_whitespace)
                .map_or(floor, |n| floor + n + 1);
            let mut k = token_start;
            let mut lone = true;
            while k < i {
                if bytes[k] == b'\\' && at(k + 1) != b'.' {
                    lone = false;
                    break;
                }
                k += 1;
            }
            if lone {
                edits.push((i, i + 2, "."));
                return i + 2;
            }
        }
        b'-' if is_word(prev)
            && bytes
                .get(i..i + 5)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"-dot-"))
            && is_word(at(i + 5)) =>
        {
            edits.push((i, i + 5, "."));
            return i + 5;
        }
        b':' if bytes.get(i + 1..i + 3) == Some(b"//") => {
            if let Some((start, Some(scheme))) = scheme_before(bytes, i, floor) {
                edits.push((start, i, scheme));
                return i + 3;
            }
        }
        // `http//host` and `http__host`.
        b'/' | b'_' if at(i + 1) == bytes[i] && is_word(at(i + 2)) => {
            if let Some((start, scheme)) = scheme_before(bytes, i, floor) {
                if let Some(scheme) = scheme {
                    edits.push((start, i, scheme));
                }
                edits.push((i, i + 2, "://"));
                return i + 2;
            }
        }
        _ => {}
    }
    i + 1
}

/// The scheme word that ends at `end` and opens a token: its start and, when it is written
/// defanged, the scheme it stands for (`None` for a scheme written plainly).
fn scheme_before(bytes: &[u8], end: usize, floor: usize) -> Option<(usize, Option<&'static str>)> {
    let start = bytes[floor..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(floor, |n| floor + n + 1);
    if start > floor && bytes[start - 1].is_ascii_alphanumeric() {
        return None;
    }
    let (canonical, defanged) = scheme(&bytes[start..end])?;
    Some((start, defanged.then_some(canonical)))
}

/// A scheme word, plain (`http`, `HTTPS`) or defanged (`hxxp`, `hXXps`, `xxxx`, `fxp`): the
/// scheme in lower case and whether it was defanged.
fn scheme(word: &[u8]) -> Option<(&'static str, bool)> {
    const PLAIN: &[&str] = &["http", "https", "ftp", "ftps", "sftp"];
    if let Some(plain) = PLAIN
        .iter()
        .find(|p| word.eq_ignore_ascii_case(p.as_bytes()))
    {
        return Some((plain, false));
    }
    if word.eq_ignore_ascii_case(b"fxp") {
        return Some(("ftp", true));
    }
    let (body, secure) = match word {
        [body @ .., s] if word.len() == 5 && s.eq_ignore_ascii_case(&b's') => (body, true),
        _ if word.len() == 4 => (word, false),
        _ => return None,
    };
    let b: [u8; 4] = std::array::from_fn(|k| body[k].to_ascii_lowercase());
    // h, then t or x twice with at least one x, then p; or four x.
    let http = b[0] == b'h'
        && matches!(b[1], b't' | b'x')
        && matches!(b[2], b't' | b'x')
        && (b[1] == b'x' || b[2] == b'x')
        && b[3] == b'p';
    (http || b == *b"xxxx").then_some((if secure { "https" } else { "http" }, true))
}

/// Whether a host name starts at `k`: a label, then a dot or a bracket (a defanged dot).
fn host_follows(bytes: &[u8], k: usize) -> bool {
    let label = bytes[k..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    let rest = &bytes[k + label..];
    label > 0
        && matches!(
            rest,
            [b'.' | b'[' | b'(' | b'{', ..] | [b' ', b'[' | b'(' | b'{', ..]
        )
}

/// What a bracketed mark stands for.
#[derive(Clone, Copy, PartialEq)]
enum Inner {
    Dot,
    At,
    Colon,
    Slashes,
    Slash,
    Dash,
    Scheme(&'static str),
}

/// A bracketed mark opening at `i` (`[.]`, `( dot )`, `[at]`, `[:]`, `[http]`...): pushes its
/// edit (with the spaces around it, for dots and at signs) and returns where to go on.
fn bracket(
    bytes: &[u8],
    i: usize,
    floor: usize,
    edits: &mut Vec<(usize, usize, &'static str)>,
) -> Option<usize> {
    let close = match bytes[i] {
        b'[' => b']',
        b'(' => b')',
        _ => b'}',
    };
    let at = |k: usize| bytes.get(k).copied().unwrap_or(b' ');
    let mut j = i + 1;
    while j < bytes.len() && bytes[j] == b' ' && j < i + 3 {
        j += 1;
    }
    let inner_start = j;
    while j < bytes.len() && j < inner_start + 6 && bytes[j] != close && bytes[j] != b' ' {
        j += 1;
    }
    let inner = &bytes[inner_start..j];
    while j < bytes.len() && bytes[j] == b' ' && j < inner_start + 9 {
        j += 1;
    }
    if at(j) != close || inner.is_empty() {
        return None;
    }
    let end = j + 1;
    let kind = match inner {
        b"." => Inner::Dot,
        b"@" => Inner::At,
        b":" => Inner::Colon,
        b"://" => Inner::Slashes,
        b"/" => Inner::Slash,
        b"-" => Inner::Dash,
        w if w.eq_ignore_ascii_case(b"dot") => Inner::Dot,
        w if w.eq_ignore_ascii_case(b"at") => Inner::At,
        w if close == b']' => Inner::Scheme(scheme(w)?.0),
        _ => return None,
    };
    let prev = if i > floor { at(i - 1) } else { b' ' };
    let next = at(end);
    match kind {
        Inner::Dot | Inner::At => {
            // Take up to two spaces on either side when a word goes on past them.
            let mut start = i;
            while start > floor && start + 2 > i && bytes[start - 1] == b' ' {
                start -= 1;
            }
            let mut stop = end;
            while stop < bytes.len() && bytes[stop] == b' ' && stop < end + 2 {
                stop += 1;
            }
            let ok = |b: u8| {
                if kind == Inner::Dot {
                    is_word(b)
                } else {
                    is_local(b)
                }
            };
            let before = if start > floor { at(start - 1) } else { b' ' };
            let (start, before) = if start < i && !ok(before) {
                (i, prev)
            } else {
                (start, before)
            };
            let (stop, after) = if stop > end && !is_word(at(stop)) {
                (end, next)
            } else {
                (stop, at(stop))
            };
            if !ok(before) || !is_word(after) {
                return None;
            }
            // `user [at] example.com`, not `meet (at) the bar`: spaces are taken around an at
            // mark only when a host name follows.
            if kind == Inner::At && (start < i || stop > end) && !host_follows(bytes, stop) {
                return None;
            }
            edits.push((start, stop, if kind == Inner::Dot { "." } else { "@" }));
            Some(stop)
        }
        Inner::Colon => {
            let slashes = bytes.get(end..end + 2) == Some(b"//");
            if slashes {
                if let Some((start, Some(scheme))) = scheme_before(bytes, i, floor) {
                    edits.push((start, i, scheme));
                }
            } else if !(is_word(prev) && next.is_ascii_digit()) {
                return None;
            }
            edits.push((i, end, ":"));
            Some(end)
        }
        Inner::Slashes => {
            let (start, scheme) = scheme_before(bytes, i, floor)?;
            if let Some(scheme) = scheme {
                edits.push((start, i, scheme));
            }
            edits.push((i, end, "://"));
            Some(end)
        }
        Inner::Slash | Inner::Dash => {
            if !(is_word(prev) || prev == b'.') || !is_word(next) {
                return None;
            }
            edits.push((i, end, if kind == Inner::Slash { "/" } else { "-" }));
            Some(end)
        }
        Inner::Scheme(scheme) => {
            // `[http]://` or `[hxxps][:]//`: the word opens a token and a separator follows.
            if i > floor && at(i - 1).is_ascii_alphanumeric() || !matches!(next, b':' | b'[') {
                return None;
            }
            edits.push((i, end, scheme));
            Some(end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refanged(text: &str) -> String {
        refang(text).text.into_owned()
    }

    #[test]
    fn marks_are_undone() {
        let cases = [
            ("evil[.]com", "evil.com"),
            ("evil(.)com evil{.}com", "evil.com evil.com"),
            (
                "evil[dot]com evil(DOT)com evil[ . ]com",
                "evil.com evil.com evil.com",
            ),
            ("evil [.] example [.] com now", "evil.example.com now"),
            ("user [at] example.com", "user@example.com"),
            (
                "user(AT)example.com user[@]example.com",
                "user@example.com user@example.com",
            ),
            ("111[.111.]111", "111.111.111"),
            ("evil\\.com", "evil.com"),
            ("evil-dot-com", "evil.com"),
            (
                "hXXp://a.b hXxps://a.b Hxxp://a.b xxxx://a.b",
                "http://a.b https://a.b http://a.b http://a.b",
            ),
            ("hxxps[:]//a.b", "https://a.b"),
            ("[http]://a.b [hxxps]://a.b", "http://a.b https://a.b"),
            ("http__a.b http//a.b", "http://a.b http://a.b"),
            ("a[/]b a[-]b 1.2.3.4[:]443", "a/b a-b 1.2.3.4:443"),
            ("fxp://a.b", "ftp://a.b"),
        ];
        for (text, want) in cases {
            assert_eq!(refanged(text), want, "{text}");
        }
    }

    #[test]
    fn prose_is_left_alone() {
        for text in [
            "the (at) sign, [.] alone, meet us [at] noon",
            "C:\\Users\\.ssh and the dot-com bubble",
            "meet at 10:30 // a comment",
            "see [1] and (a) and {x}",
            "snake_case and__this and/or",
        ] {
            assert!(matches!(refang(text).text, Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn spans_map_back_to_the_text_as_written() {
        let text = "C2 at evil [.] example[.]com and hxxps[:]//x[.]io/a now";
        let r = refang(text);
        let t = &r.text;
        let find = |s: &str| {
            let start = t.find(s).unwrap();
            let (a, b) = (
                r.start_in_original(start),
                r.end_in_original(start + s.len()),
            );
            &text[a..b]
        };
        assert_eq!(find("evil.example.com"), "evil [.] example[.]com");
        assert_eq!(find("https://x.io/a"), "hxxps[:]//x[.]io/a");
        assert_eq!(find("now"), "now");
        assert_eq!(find("C2"), "C2");
    }
}
