//! Embedded reference data (threat actors, sectors, countries, software, attributing parties)
//! and its lookups.
//!
//! The tables live in `src/gazetteer/data/` as plain-text TSV, embedded in the library: threat
//! actors merged from MITRE ATT&CK groups and the MISP galaxy clusters by
//! `examples/gen_gazetteer.rs`, and hand-curated keyword tables. [`Gazetteer::embedded`] builds
//! them once, lazily; [`Gazetteer::builder`] adds entries of your own.
//!
//! ```
//! use threatbrief::gazetteer::{Gazetteer, HitKind};
//!
//! let g = Gazetteer::embedded();
//! let apt28 = g.actor("Fancy Bear").unwrap();
//! assert_eq!((apt28.name(), apt28.attack_id()), ("APT28", Some("G0007")));
//!
//! let text = "Fancy Bear's hackers hit a Paris hospital";
//! let hits = g.scan(text);
//! assert!(matches!(hits[0].kind, HitKind::Actor { .. }));
//! assert_eq!(&text[hits[0].start..hits[0].end], "Fancy Bear");
//! ```

mod actors;
pub mod attack;
mod builder;
mod hash;
pub(crate) mod misp;
mod places;
mod scan;
pub(crate) mod tlds;

use std::borrow::Cow;
use std::sync::OnceLock;

use actors::ActorSets;
pub use actors::{ActorEntry, ActorRef};
pub use builder::GazetteerBuilder;
pub use places::{AuthorityKind, CountryForm};
pub use scan::{Hit, HitKind};

use crate::model::{Country, Sector};
use hash::Map;
use scan::{Scanner, Target};

/// The reference data and its lookups. Built once; cheap to share (`Send + Sync`).
#[derive(Debug)]
pub struct Gazetteer {
    actors: Vec<ActorEntry>,
    /// Candidate lists, one per normalised actor name.
    actor_sets: ActorSets,
    actor_keys: Map<String, usize>,
    attack_ids: Map<String, ActorRef>,
    sectors: Map<String, Sector>,
    countries: Map<String, Country>,
    /// Each country's common name ("France"), for display.
    country_names: std::collections::BTreeMap<Country, String>,
    regions: Vec<Cow<'static, str>>,
    software: Vec<Cow<'static, str>>,
    software_keys: Map<String, usize>,
    authorities: Vec<Authority>,
    authority_keys: Map<String, usize>,
    scanner: Scanner,
}

/// A party that attributes attacks.
#[derive(Debug, Clone)]
struct Authority {
    name: Cow<'static, str>,
    kind: AuthorityKind,
    country: Option<Country>,
}

/// The key names are compared by: lower case, letters and digits only. "APT 28", "apt-28" and
/// "APT28" are all `apt28`; "NoName057(16)" is `noname05716`.
#[must_use]
pub fn normalize(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    normalize_into(name, &mut key);
    key
}

/// [`normalize`] into a buffer, to spare an allocation where the key is only looked up.
pub(crate) fn normalize_into(name: &str, key: &mut String) {
    key.clear();
    if name.is_ascii() {
        let ascii = name.bytes().filter(u8::is_ascii_alphanumeric);
        key.extend(ascii.map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        let chars = name.chars().filter(|c| c.is_alphanumeric());
        key.extend(chars.flat_map(char::to_lowercase));
    }
}

impl Gazetteer {
    /// The gazetteer of the embedded tables, built on first use and shared afterwards.
    pub fn embedded() -> &'static Gazetteer {
        static EMBEDDED: OnceLock<Gazetteer> = OnceLock::new();
        EMBEDDED.get_or_init(|| GazetteerBuilder::embedded().into_gazetteer())
    }

    /// A builder holding the embedded tables, to add entries of your own.
    #[must_use]
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::embedded()
    }

    /// The actor a name denotes, compared without case, spaces, hyphens or punctuation; an
    /// ATT&CK id (`G0007`) works too. For an ambiguous name, the first candidate: the actor
    /// whose canonical name it is, else the first in table order (see [`Self::actors_named`]).
    #[must_use]
    pub fn actor(&self, name: &str) -> Option<&ActorEntry> {
        self.actor_ref(name).map(|r| self.entry(r))
    }

    /// Every actor a name may denote, the first as in [`Self::actor`]; empty when none.
    #[must_use]
    pub fn actors_named(&self, name: &str) -> Vec<&ActorEntry> {
        self.candidates(name)
            .iter()
            .map(|r| self.entry(*r))
            .collect()
    }

    /// The id of the actor [`Self::actor`] returns.
    #[must_use]
    pub fn actor_ref(&self, name: &str) -> Option<ActorRef> {
        self.candidates(name).first().copied()
    }

    /// Every actor a name may denote, as ids.
    #[must_use]
    pub fn candidates(&self, name: &str) -> &[ActorRef] {
        if let Some(set) = self.actor_keys.get(&normalize(name)) {
            return self.actor_sets.get(*set);
        }
        match self.attack_ids.get(&name.trim().to_ascii_uppercase()) {
            Some(r) => std::slice::from_ref(r),
            None => &[],
        }
    }

    /// The entry of an id.
    ///
    /// # Panics
    /// When the id comes from another gazetteer with more actors.
    #[must_use]
    pub fn entry(&self, id: ActorRef) -> &ActorEntry {
        &self.actors[id.index()]
    }

    /// Every actor with its id, in id order.
    pub fn actors(&self) -> impl Iterator<Item = (ActorRef, &ActorEntry)> {
        self.actors
            .iter()
            .enumerate()
            .map(|(i, e)| (ActorRef(u32::try_from(i).unwrap_or(u32::MAX)), e))
    }

    /// The sector a keyword ("hospital", "City Councils") stands for.
    #[must_use]
    pub fn sector(&self, keyword: &str) -> Option<Sector> {
        self.sectors.get(&normalize(keyword)).copied()
    }

    /// The country a name, demonym, short form, capital, city or US state stands for
    /// ("French", "Paris", "U.S.", "Texas"); a two-letter ISO code in capitals ("FR") too.
    #[must_use]
    pub fn country(&self, name: &str) -> Option<Country> {
        if let Some(c) = self.countries.get(&normalize(name)) {
            return Some(*c);
        }
        let code = name.trim();
        let capitals = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
        if capitals { Country::new(code) } else { None }
    }

    /// The country's common name ("France" for `FR`, "Russia" for `RU`): the last name the
    /// tables list for it (curated names follow MISP's UN-style ones).
    ///
    /// ```
    /// use threatbrief::gazetteer::Gazetteer;
    /// use threatbrief::model::Country;
    ///
    /// let fr = Country::new("FR").unwrap();
    /// assert_eq!(Gazetteer::embedded().country_name(fr), Some("France"));
    /// ```
    #[must_use]
    pub fn country_name(&self, country: Country) -> Option<&str> {
        self.country_names.get(&country).map(String::as_str)
    }

    /// The canonical name of a product ("exchange server" -> "Microsoft Exchange").
    #[must_use]
    pub fn software(&self, name: &str) -> Option<&str> {
        self.software_keys
            .get(&normalize(name))
            .map(|&i| self.software[i].as_ref())
    }

    /// The canonical name, kind and country of an attributing party ("Justice Department" ->
    /// "DOJ", agency, US).
    #[must_use]
    pub fn authority(&self, name: &str) -> Option<(&str, AuthorityKind, Option<Country>)> {
        self.authority_keys.get(&normalize(name)).map(|&i| {
            let a = &self.authorities[i];
            (a.name.as_ref(), a.kind, a.country)
        })
    }

    /// Every actor alias, sector keyword, country, region, product and authority named in
    /// `text`, in one pass: whole words only (the characters around a name are not letters or
    /// digits, so "APT28's" matches and "APT280" does not), any letter case except where the
    /// tables ask for more (short capitals such as "US" exactly; names needing a cue and
    /// place names with a capital first letter). Overlaps resolve to the leftmost, then the
    /// longest name. Hits are in text order and do not overlap.
    ///
    /// Linear in the length of the text; never panics. The first scan of a gazetteer builds its
    /// automaton (most of the build time; lookups by name never need it): call
    /// [`Self::prepare_scan`] to pay that up front.
    #[must_use]
    pub fn scan<'g>(&'g self, text: &str) -> Vec<Hit<'g>> {
        let words = crate::words::list(text.as_bytes());
        let keys = crate::words::keys(text.as_bytes(), &words);
        let next = |k| self.scanner.first_words().next_start(&keys, k);
        // News names about one thing in a hundred bytes: room for most articles at once, up
        // to 24 hits (960 bytes). A larger block takes glibc's slow path.
        let mut hits = Vec::with_capacity((text.len() / 64).min(24));
        self.scan_words(text, &crate::words::fold(text), &words, next, &mut hits);
        hits
    }

    /// What the names (folded) start with together with those of the extractor's own
    /// scanners, in one table that `build` makes from the names on first use.
    pub(crate) fn shared_first_words(
        &self,
        build: impl FnOnce(&[Box<[u8]>]) -> crate::words::SharedFirstWords,
    ) -> &crate::words::SharedFirstWords {
        self.scanner.shared_first_words(build)
    }

    /// [`Self::scan`] over `text` folded (`words::fold`) and its words (`words::list`) already
    /// known, or those of a longer text that `text` starts, searching at the word `next(k)`
    /// gives, the first at `k` or after where a name may start: into `hits`, cleared first.
    pub(crate) fn scan_words<'g>(
        &'g self,
        text: &str,
        folded: &[u8],
        words: &[(usize, usize)],
        next: impl Fn(usize) -> usize,
        hits: &mut Vec<Hit<'g>>,
    ) {
        hits.clear();
        self.scanner
            .scan_at(text, folded, words, next, |start, end, target| {
                // A country's code joined to a dollar sign is a currency ("US$5,000", "HK$"),
                // not a place.
                if !(matches!(target, Target::Country(..))
                    && text.as_bytes().get(end) == Some(&b'$'))
                {
                    hits.push(Hit {
                        start,
                        end,
                        kind: self.hit_kind(target),
                    });
                }
            });
    }

    /// Builds the scanning automaton now rather than on the first [`Self::scan`].
    pub fn prepare_scan(&self) {
        let _ = self.scanner.automaton();
    }

    /// The number of patterns the scanner holds (names with their spelling variants).
    #[must_use]
    pub fn pattern_count(&self) -> usize {
        self.scanner.pattern_count()
    }

    fn hit_kind(&self, target: Target) -> HitKind<'_> {
        match target {
            Target::Actor { set, needs_cue } => HitKind::Actor {
                candidates: self.actor_sets.get(set as usize),
                needs_cue,
            },
            Target::Authority(i) => {
                let a = &self.authorities[i as usize];
                HitKind::Authority {
                    name: &a.name,
                    kind: a.kind,
                    country: a.country,
                }
            }
            Target::Software(i) => HitKind::Software(&self.software[i as usize]),
            Target::Country(country, form) => HitKind::Country { country, form },
            Target::Region(i) => HitKind::Region(&self.regions[i as usize]),
            Target::Sector(s) => HitKind::Sector(s),
        }
    }
}

#[cfg(test)]
mod tests;
