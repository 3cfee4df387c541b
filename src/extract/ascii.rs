//! Comparisons of byte strings that ignore ASCII case, in place: the cue lists are ASCII, and
//! a lower-case copy per comparison was the most frequent allocation of an extraction.

/// Whether `hay` starts with `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ignore_ascii_case(hay: &[u8], prefix: &[u8]) -> bool {
    hay.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

/// Whether `hay` holds `needle`, ignoring ASCII case. For short needles.
pub(crate) fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Whether `hay` ends with `suffix`, ignoring ASCII case.
pub(crate) fn ends_with_ignore_ascii_case(hay: &[u8], suffix: &[u8]) -> bool {
    hay.len() >= suffix.len() && hay[hay.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}
