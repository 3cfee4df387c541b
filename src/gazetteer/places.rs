//! The vocabularies besides actors: how a country is named, who attributes attacks, and how a
//! pattern's letter case is checked.

/// How the text names a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum CountryForm {
    /// Its name ("France", "North Korea").
    Name,
    /// A demonym or adjective ("French", "North Korean", "Russia-linked").
    Demonym,
    /// A short form or other name ("U.S.", "UK", "DPRK", "Britain").
    Abbreviation,
    /// Its capital ("Paris").
    Capital,
    /// Another city ("Marseille", "New York").
    City,
    /// A state, province or other first-level subdivision ("Texas", "Bavaria", "Kerala"), or
    /// its adjective ("Bavarian").
    State,
}

impl CountryForm {
    pub(crate) fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "name" => CountryForm::Name,
            "demonym" => CountryForm::Demonym,
            "abbreviation" => CountryForm::Abbreviation,
            "capital" => CountryForm::Capital,
            "city" => CountryForm::City,
            "state" => CountryForm::State,
            _ => return None,
        })
    }
}

/// What kind of party attributes an attack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum AuthorityKind {
    /// A government agency or an international body (FBI, ANSSI, Europol).
    Agency,
    /// A security vendor or research team (Microsoft, Mandiant, ESET).
    Vendor,
}

/// How a pattern's letter case is checked after the case-insensitive automaton matched it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// Any case ("apt28", "Fancy bear").
    Any,
    /// The first character must not be lower case ("Play", "PLAY", not "play").
    Capital,
    /// Exactly as written ("US", not "us" or "Us").
    Exact,
}

impl Case {
    /// The case rule a pattern of the tables asks for with its marker (`=` exact, `^` or `!`
    /// capital first), and the pattern without the marker. Short all-capital words ("US",
    /// "FBI", "GREF") are exact whatever their marker: in lower case they are other words.
    pub(crate) fn split(pattern: &str, default: Case) -> (Case, &str) {
        let (case, text) = if let Some(t) = pattern.strip_prefix('=') {
            (Case::Exact, t)
        } else if let Some(t) = pattern.strip_prefix(['^', '!']) {
            (Case::Capital, t)
        } else {
            (default, pattern)
        };
        (case.at_least(Case::for_text(text)), text)
    }

    /// The rule a bare name asks for by itself.
    pub(crate) fn for_text(text: &str) -> Case {
        let letters = text.len() <= 4 && text.bytes().all(|b| b.is_ascii_uppercase());
        if letters { Case::Exact } else { Case::Any }
    }

    /// The stricter of two rules.
    pub(crate) fn at_least(self, other: Case) -> Case {
        match (self, other) {
            (Case::Exact, _) | (_, Case::Exact) => Case::Exact,
            (Case::Capital, _) | (_, Case::Capital) => Case::Capital,
            _ => Case::Any,
        }
    }

    /// Whether `found` (the matched text) satisfies the rule for `pattern`.
    pub(crate) fn accepts(self, pattern: &str, found: &str) -> bool {
        match self {
            Case::Any => true,
            Case::Capital => found.chars().next().is_some_and(|c| !c.is_lowercase()),
            Case::Exact => pattern == found,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_short_capitals_set_the_case() {
        assert_eq!(Case::split("=U.S.", Case::Any), (Case::Exact, "U.S."));
        assert_eq!(Case::split("^Paris", Case::Any), (Case::Capital, "Paris"));
        assert_eq!(Case::split("!Play", Case::Any), (Case::Capital, "Play"));
        assert_eq!(Case::split("US", Case::Any), (Case::Exact, "US"));
        assert_eq!(Case::split("^EU", Case::Any), (Case::Exact, "EU"));
        assert_eq!(Case::split("hospital", Case::Any), (Case::Any, "hospital"));
    }

    #[test]
    fn case_rules_accept_what_they_say() {
        assert!(Case::Capital.accepts("Play", "PLAY"));
        assert!(!Case::Capital.accepts("Play", "play"));
        assert!(Case::Exact.accepts("US", "US"));
        assert!(!Case::Exact.accepts("US", "us"));
        assert!(Case::Any.accepts("APT28", "apt28"));
    }
}
