//! Threat-actor entries of the gazetteer.

use std::borrow::Cow;

use crate::model::{ActorKind, Country};

/// The index of an actor entry in a [`Gazetteer`](super::Gazetteer).
///
/// Ids are positions in the actor table: ATT&CK groups first in G-id order, then the other
/// actors by name, then actors added through a [`GazetteerBuilder`](super::GazetteerBuilder).
/// They are stable for one gazetteer, not across gazetteer versions; store names, not ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorRef(pub(crate) u32);

impl ActorRef {
    /// The position of the entry in [`Gazetteer::actors`](super::Gazetteer::actors).
    #[must_use]
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// The candidate list of each normalised actor name, in one buffer: one `Box` per name was
/// thousands of allocations per build, for lists of one actor nearly always.
#[derive(Debug)]
pub(crate) struct ActorSets {
    refs: Vec<ActorRef>,
    /// Where each list ends in `refs`; it starts where the one before ends.
    ends: Vec<u32>,
}

impl ActorSets {
    /// The lists `0..count` of `(list, rank, actor)` memberships: each list in rank order,
    /// then id order, an actor once with its lowest rank.
    pub(crate) fn new(mut members: Vec<(u32, u8, ActorRef)>, count: usize) -> Self {
        members.sort_unstable_by_key(|&(set, rank, id)| (set, id, rank));
        members.dedup_by_key(|&mut (set, _, id)| (set, id));
        members.sort_unstable();
        let mut refs = Vec::with_capacity(members.len());
        let mut ends = Vec::with_capacity(count);
        let end = |refs: &Vec<ActorRef>| u32::try_from(refs.len()).unwrap_or(u32::MAX);
        for (set, _, id) in members {
            while ends.len() < set as usize {
                ends.push(end(&refs));
            }
            refs.push(id);
        }
        ends.resize(count, end(&refs));
        ActorSets { refs, ends }
    }

    /// The list of a name.
    pub(crate) fn get(&self, set: usize) -> &[ActorRef] {
        let start = set.checked_sub(1).map_or(0, |s| self.ends[s] as usize);
        &self.refs[start..self.ends[set] as usize]
    }
}

/// One threat actor: its canonical name, ATT&CK id, aliases, kinds and country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// Borrowed from the embedded tables, owned when added at run time.
    pub(crate) name: Cow<'static, str>,
    pub(crate) name_needs_cue: bool,
    pub(crate) attack_id: Option<Cow<'static, str>>,
    pub(crate) aliases: Vec<String>,
    pub(crate) alias_needs_cue: Vec<bool>,
    pub(crate) kinds: Vec<ActorKind>,
    pub(crate) country: Option<Country>,
}

impl ActorEntry {
    pub(crate) fn new(
        name: Cow<'static, str>,
        attack_id: Option<Cow<'static, str>>,
        kinds: &[ActorKind],
        country: Option<Country>,
    ) -> Self {
        ActorEntry {
            name,
            name_needs_cue: false,
            attack_id,
            aliases: Vec::new(),
            alias_needs_cue: Vec::new(),
            kinds: kinds.to_vec(),
            country,
        }
    }

    /// The canonical name: the ATT&CK name where ATT&CK lists the group (`APT28`).
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The ATT&CK group id (`G0007`), `None` for actors ATT&CK does not list.
    #[must_use]
    pub fn attack_id(&self) -> Option<&str> {
        self.attack_id.as_deref()
    }

    /// Every known alias, excluding the canonical name, ATT&CK's first.
    #[must_use]
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// What kind of actor (nation-state, criminal, activist, ...); never empty.
    #[must_use]
    pub fn kinds(&self) -> &[ActorKind] {
        &self.kinds
    }

    /// Sponsor or origin country.
    #[must_use]
    pub fn country(&self) -> Option<Country> {
        self.country
    }

    /// True when `name` (the canonical name or an alias, compared exactly) is an ordinary word
    /// or product name that should count as this actor only with a context cue ("Play
    /// ransomware", "the Medusa gang"). False for a name the entry does not carry.
    #[must_use]
    pub fn needs_cue(&self, name: &str) -> bool {
        if name == self.name {
            return self.name_needs_cue;
        }
        self.aliases
            .iter()
            .position(|a| a == name)
            .is_some_and(|i| self.alias_needs_cue[i])
    }

    /// The canonical name and every alias, each with its needs-cue flag.
    pub(crate) fn names(&self) -> impl Iterator<Item = (&str, bool)> {
        std::iter::once((self.name.as_ref(), self.name_needs_cue)).chain(
            self.aliases
                .iter()
                .map(String::as_str)
                .zip(self.alias_needs_cue.iter().copied()),
        )
    }

    /// Adds an alias, or updates its flag when the entry already carries it (compared without
    /// case); the canonical name is never repeated as an alias.
    pub(crate) fn add_alias(&mut self, alias: &str, needs_cue: bool) {
        let alias = alias.trim();
        if alias.is_empty() {
            return;
        }
        if alias.eq_ignore_ascii_case(&self.name) {
            self.name_needs_cue = needs_cue;
            return;
        }
        match self
            .aliases
            .iter()
            .position(|a| a.eq_ignore_ascii_case(alias))
        {
            Some(i) => self.alias_needs_cue[i] = needs_cue,
            None => {
                self.aliases.push(alias.to_owned());
                self.alias_needs_cue.push(needs_cue);
            }
        }
    }
}
