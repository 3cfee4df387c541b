//! The sets that node and edge data hold: [`EnumSet`] for vocabulary values, [`SortedSet`] for
//! spans and names.
//!
//! Ingest builds several sets per incident, and a `BTreeSet` allocates a node for its first
//! item: that was most of ingest's allocations. A vocabulary set is a bit mask, and the other
//! sets hold one or two items, for which a sorted vector is the cheapest set. Both serialise
//! as the sorted array a `BTreeSet` gives, so the JSON and STIX output did not change.

use std::borrow::Borrow;
use std::fmt;
use std::iter::FusedIterator;
use std::marker::PhantomData;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::{ActorKind, AttributionStatus, IncidentType, IndicatorKind, Role, Sector};

mod sealed {
    pub trait Sealed {}
}

/// A vocabulary enum an [`EnumSet`] can hold: [`IncidentType`], [`ActorKind`], [`Sector`],
/// [`IndicatorKind`], [`AttributionStatus`] or [`Role`].
///
/// Sealed: the set relies on the type having at most 64 values, numbered in their `Ord` order.
pub trait Member: Copy + Ord + sealed::Sealed {
    /// The value's position in `ALL` (its declaration order, which is also its `Ord`).
    #[doc(hidden)]
    fn bit(self) -> u32;
    /// The value at position `bit`, which came from [`Member::bit`].
    #[doc(hidden)]
    fn from_bit(bit: u32) -> Self;
}

macro_rules! members {
    ($($t:ident),+) => {$(
        impl sealed::Sealed for $t {}

        // The vocabulary macro gives the variants implicit discriminants in declaration
        // order and lists `ALL` in that order: `self as u32` is the index into `ALL`.
        impl Member for $t {
            fn bit(self) -> u32 {
                self as u32
            }

            fn from_bit(bit: u32) -> Self {
                $t::ALL[bit as usize]
            }
        }

        const _: () = assert!($t::ALL.len() <= 64, "an EnumSet holds at most 64 values");
    )+};
}

members!(
    IncidentType,
    ActorKind,
    Sector,
    IndicatorKind,
    AttributionStatus,
    Role
);

/// A set of vocabulary values ([`IncidentType`], [`ActorKind`], ...): one bit per value, so it
/// is `Copy` and never allocates.
///
/// Iterates in the type's order and serialises as a sorted array, like a `BTreeSet` of the
/// same values. Every operation is O(1) but iteration, O(1) per item.
///
/// # Examples
/// ```
/// use threatbrief::graph::EnumSet;
/// use threatbrief::IncidentType;
///
/// let types: EnumSet<IncidentType> = [IncidentType::Ransomware, IncidentType::Breach].into();
/// assert!(types.contains(IncidentType::Breach));
/// let names: Vec<&str> = types.iter().map(IncidentType::as_str).collect();
/// assert_eq!(names, ["breach", "ransomware"]);
/// ```
pub struct EnumSet<T> {
    bits: u64,
    // `fn() -> T`: the set holds no `T`, so it is `Send`, `Sync` and `Copy` whatever `T` is.
    member: PhantomData<fn() -> T>,
}

impl<T> EnumSet<T> {
    /// The empty set.
    #[must_use]
    pub const fn new() -> Self {
        EnumSet {
            bits: 0,
            member: PhantomData,
        }
    }

    const fn from_bits(bits: u64) -> Self {
        EnumSet {
            bits,
            member: PhantomData,
        }
    }

    /// The number of values in the set.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// True when the set holds no value.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The values in either set.
    #[must_use]
    pub const fn union(self, other: Self) -> Self {
        EnumSet::from_bits(self.bits | other.bits)
    }

    /// Adds every value of `other`.
    pub fn insert_all(&mut self, other: Self) {
        self.bits |= other.bits;
    }
}

impl<T: Member> EnumSet<T> {
    /// True when `value` is in the set.
    #[must_use]
    pub fn contains(&self, value: T) -> bool {
        self.bits & (1 << value.bit()) != 0
    }

    /// Adds `value`; true when it was not there.
    pub fn insert(&mut self, value: T) -> bool {
        let new = !self.contains(value);
        self.bits |= 1 << value.bit();
        new
    }

    /// Removes `value`; true when it was there.
    pub fn remove(&mut self, value: T) -> bool {
        let had = self.contains(value);
        self.bits &= !(1 << value.bit());
        had
    }

    /// The values in the type's order.
    #[must_use]
    pub fn iter(&self) -> EnumSetIter<T> {
        EnumSetIter {
            bits: self.bits,
            member: PhantomData,
        }
    }

    /// The smallest value, if any.
    #[must_use]
    pub fn first(&self) -> Option<T> {
        self.iter().next()
    }

    /// The largest value, if any.
    #[must_use]
    pub fn last(&self) -> Option<T> {
        self.iter().next_back()
    }
}

// Derives would require `T: Clone` (and so on) although the set holds no `T`.
impl<T> Clone for EnumSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for EnumSet<T> {}

impl<T> Default for EnumSet<T> {
    fn default() -> Self {
        EnumSet::new()
    }
}

impl<T> PartialEq for EnumSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for EnumSet<T> {}

impl<T> std::hash::Hash for EnumSet<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}

impl<T: Member + fmt::Debug> fmt::Debug for EnumSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Member> FromIterator<T> for EnumSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = EnumSet::new();
        set.extend(iter);
        set
    }
}

impl<'a, T: Member> FromIterator<&'a T> for EnumSet<T> {
    fn from_iter<I: IntoIterator<Item = &'a T>>(iter: I) -> Self {
        iter.into_iter().copied().collect()
    }
}

impl<T: Member> Extend<T> for EnumSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for value in iter {
            self.insert(value);
        }
    }
}

impl<'a, T: Member> Extend<&'a T> for EnumSet<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied());
    }
}

impl<T: Member, const N: usize> From<[T; N]> for EnumSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<T: Member> IntoIterator for EnumSet<T> {
    type Item = T;
    type IntoIter = EnumSetIter<T>;

    fn into_iter(self) -> EnumSetIter<T> {
        self.iter()
    }
}

impl<T: Member> IntoIterator for &EnumSet<T> {
    type Item = T;
    type IntoIter = EnumSetIter<T>;

    fn into_iter(self) -> EnumSetIter<T> {
        self.iter()
    }
}

impl<T: Member + Serialize> Serialize for EnumSet<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

// Any order and repeats are accepted, as for a `BTreeSet`.
impl<'de, T: Member + Deserialize<'de>> Deserialize<'de> for EnumSet<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(d)?.into_iter().collect())
    }
}

/// The values of an [`EnumSet`], in the type's order: [`EnumSet::iter`].
pub struct EnumSetIter<T> {
    bits: u64,
    member: PhantomData<fn() -> T>,
}

impl<T> Clone for EnumSetIter<T> {
    fn clone(&self) -> Self {
        EnumSetIter {
            bits: self.bits,
            member: PhantomData,
        }
    }
}

impl<T: Member + fmt::Debug> fmt::Debug for EnumSetIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("EnumSetIter")
            .field(&EnumSet::<T>::from_bits(self.bits))
            .finish()
    }
}

impl<T: Member> Iterator for EnumSetIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.bits == 0 {
            return None;
        }
        let bit = self.bits.trailing_zeros();
        self.bits &= self.bits - 1;
        Some(T::from_bit(bit))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

impl<T: Member> DoubleEndedIterator for EnumSetIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.bits == 0 {
            return None;
        }
        let bit = 63 - self.bits.leading_zeros();
        self.bits &= !(1 << bit);
        Some(T::from_bit(bit))
    }
}

impl<T: Member> ExactSizeIterator for EnumSetIter<T> {}

impl<T: Member> FusedIterator for EnumSetIter<T> {}

/// A set kept as a sorted vector without repeats: the attributing parties and aliases
/// ([`String`]s) and evidence ([`Span`](crate::Span)s) of nodes and edges.
///
/// These sets hold a few items, where a vector beats a tree on every count, and most hold one,
/// which is kept inline: no allocation for zero or one item, one for more. Look-ups are binary
/// searches; insertion is O(n), so the type is not meant for large sets. Iterates in order and
/// serialises as a sorted array, like a `BTreeSet`; it also derefs to a sorted slice.
///
/// # Examples
/// ```
/// use threatbrief::graph::SortedSet;
///
/// let mut by: SortedSet<String> = ["FBI".to_owned(), "ANSSI".to_owned()].into();
/// assert!(!by.insert("FBI".to_owned()));
/// assert!(by.contains("ANSSI"));
/// assert_eq!(by.as_slice(), ["ANSSI", "FBI"]);
/// ```
#[derive(Clone)]
pub struct SortedSet<T>(Repr<T>);

/// One item inline, or a sorted vector (of any length; equality compares slices, so the two
/// forms of a one-item set are equal). An enum with an inline `Span` is no larger than a `Vec`.
#[derive(Clone)]
enum Repr<T> {
    One(T),
    Many(Vec<T>),
}

impl<T> SortedSet<T> {
    /// The empty set. Does not allocate.
    #[must_use]
    pub const fn new() -> Self {
        SortedSet(Repr::Many(Vec::new()))
    }

    /// The set of one item. Does not allocate.
    #[must_use]
    pub const fn one(item: T) -> Self {
        SortedSet(Repr::One(item))
    }

    /// The items, sorted, each once.
    #[must_use]
    pub fn as_slice(&self) -> &[T] {
        match &self.0 {
            Repr::One(item) => std::slice::from_ref(item),
            Repr::Many(items) => items,
        }
    }

    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    /// The items, sorted, each once.
    #[must_use]
    pub fn into_vec(self) -> Vec<T> {
        match self.0 {
            Repr::One(item) => vec![item],
            Repr::Many(items) => items,
        }
    }

    /// The items as a vector, to change them.
    fn vec_mut(&mut self) -> &mut Vec<T> {
        if let Repr::One(_) = self.0 {
            self.0 = Repr::Many(std::mem::take(self).into_vec());
        }
        match &mut self.0 {
            Repr::Many(items) => items,
            Repr::One(_) => unreachable!("the inline item was just moved into a vector"),
        }
    }
}

impl<T: Ord> SortedSet<T> {
    /// The set of `items`, in any order and possibly repeated. O(n log n), O(n) when sorted.
    #[must_use]
    pub fn from_vec(mut items: Vec<T>) -> Self {
        if !items.is_sorted_by(|a, b| a < b) {
            items.sort();
            items.dedup();
        }
        if items.len() == 1 {
            return items.pop().map_or_else(SortedSet::new, SortedSet::one);
        }
        SortedSet(Repr::Many(items))
    }

    /// True when an item equal to `value` is in the set. O(log n).
    #[must_use]
    pub fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(value).is_ok()
    }

    /// Adds `value`; true when it was not there. O(n).
    pub fn insert(&mut self, value: T) -> bool {
        match self.find(value.borrow()) {
            Ok(_) => false,
            Err(at) => {
                if self.is_empty() {
                    *self = SortedSet::one(value);
                } else {
                    self.vec_mut().insert(at, value);
                }
                true
            }
        }
    }

    /// Removes the item equal to `value`; true when it was there. O(n).
    pub fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        match self.find(value) {
            Ok(at) => {
                self.vec_mut().remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Adds every item of `other`. O(n + m): the two sorted runs are merged.
    pub fn insert_all(&mut self, other: Self) {
        if other.is_empty() {
            return;
        }
        if self.is_empty() {
            *self = other;
            return;
        }
        // The common case when ingest meets a fact again: nothing new.
        if other.len() <= self.len() && other.iter().all(|v| self.contains(v)) {
            return;
        }
        let items = self.vec_mut();
        match other.0 {
            Repr::One(item) => items.push(item),
            Repr::Many(mut more) => items.append(&mut more),
        }
        // The stable sort finds the two runs and merges them.
        items.sort();
        items.dedup();
    }

    fn find<Q>(&self, value: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.as_slice()
            .binary_search_by(|item| item.borrow().cmp(value))
    }
}

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet::new()
    }
}

impl<T> std::ops::Deref for SortedSet<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

// By content: a one-item set is equal to itself whether inline or in a vector.
impl<T: PartialEq> PartialEq for SortedSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Eq> Eq for SortedSet<T> {}

impl<T: PartialOrd> PartialOrd for SortedSet<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.as_slice().partial_cmp(other.as_slice())
    }
}

impl<T: Ord> Ord for SortedSet<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

impl<T: std::hash::Hash> std::hash::Hash for SortedSet<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl<T: fmt::Debug> fmt::Debug for SortedSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

// Without the vector `collect` would build first: ingest's sets mostly hold one item.
impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut iter = iter.into_iter();
        let Some(first) = iter.next() else {
            return SortedSet::new();
        };
        let Some(second) = iter.next() else {
            return SortedSet::one(first);
        };
        let mut items = Vec::with_capacity(2 + iter.size_hint().0);
        items.push(first);
        items.push(second);
        items.extend(iter);
        SortedSet::from_vec(items)
    }
}

impl<T: Ord> From<Vec<T>> for SortedSet<T> {
    fn from(items: Vec<T>) -> Self {
        SortedSet::from_vec(items)
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<T> IntoIterator for SortedSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Serialize> Serialize for SortedSet<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

// Any order and repeats are accepted, as for a `BTreeSet`.
impl<'de, T: Ord + Deserialize<'de>> Deserialize<'de> for SortedSet<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(SortedSet::from_vec(Vec::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::Span;

    #[test]
    fn members_are_numbered_in_their_order() {
        fn check<T: Member + fmt::Debug>(all: &[T]) {
            for (i, &value) in all.iter().enumerate() {
                assert_eq!(value.bit() as usize, i, "{value:?}");
                assert_eq!(T::from_bit(value.bit()), value);
            }
            assert!(all.is_sorted_by(|a, b| a < b));
        }
        check(IncidentType::ALL);
        check(ActorKind::ALL);
        check(Sector::ALL);
        check(IndicatorKind::ALL);
        check(AttributionStatus::ALL);
        check(Role::ALL);
    }

    #[test]
    fn enum_sets_behave_and_serialise_as_btree_sets() {
        let values = [Sector::Water, Sector::Agriculture, Sector::Utilities];
        let set: EnumSet<Sector> = values.into();
        let tree: BTreeSet<Sector> = values.into();
        assert!(set.iter().eq(tree.iter().copied()));
        assert!(set.iter().rev().eq(tree.iter().rev().copied()));
        assert_eq!(set.len(), 3);
        assert_eq!(set.first(), Some(Sector::Agriculture));
        assert_eq!(set.last(), Some(Sector::Utilities));
        assert_eq!(format!("{set:?}"), format!("{tree:?}"));
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(json, serde_json::to_string(&tree).unwrap());
        let back: EnumSet<Sector> =
            serde_json::from_str(r#"["water","agriculture","water","utilities"]"#).unwrap();
        assert_eq!(back, set);

        let mut more = EnumSet::from([Sector::Water]);
        assert!(!more.insert(Sector::Water));
        assert!(more.insert(Sector::Dams));
        assert_eq!(more.union(set).len(), 4);
        more.insert_all(set);
        assert_eq!(more.len(), 4);
        assert!(more.remove(Sector::Dams));
        assert_eq!(more, set);
        assert!(EnumSet::<Sector>::new().is_empty());
    }

    #[test]
    fn sorted_sets_behave_and_serialise_as_btree_sets() {
        let spans = [Span::new(5, 9), Span::new(1, 2), Span::new(5, 9)];
        let set = SortedSet::from(spans);
        let tree = BTreeSet::from(spans);
        assert!(set.iter().eq(tree.iter()));
        assert_eq!(format!("{set:?}"), format!("{tree:?}"));
        assert_eq!(
            serde_json::to_string(&set).unwrap(),
            serde_json::to_string(&tree).unwrap()
        );
        let back: SortedSet<Span> = serde_json::from_str("[[5,9],[1,2],[1,2]]").unwrap();
        assert_eq!(back, set);

        let mut names: SortedSet<String> = SortedSet::new();
        assert!(names.insert("b".into()));
        assert!(names.insert("a".into()));
        assert!(!names.insert("b".into()));
        assert!(names.contains("a"));
        assert!(names.remove("a"));
        assert!(!names.remove("a"));
        assert_eq!(names.as_slice(), ["b"]);
        assert!(names.insert("c".into()));
        assert!(names.remove("c"));
        // One item in a vector equals one item inline.
        assert_eq!(names, SortedSet::one("b".to_owned()));
        assert_eq!(names.clone().into_vec(), ["b"]);
        assert!(names.remove("b"));
        assert!(names.is_empty());
    }

    #[test]
    fn a_set_of_spans_is_no_larger_than_a_vector() {
        assert_eq!(size_of::<SortedSet<Span>>(), size_of::<Vec<Span>>());
    }

    #[test]
    fn sorted_set_unions_are_set_unions() {
        let cases: [(&[u32], &[u32]); 6] = [
            (&[], &[]),
            (&[1], &[]),
            (&[], &[2]),
            (&[1, 3], &[3]),
            (&[3], &[1, 3, 5]),
            (&[1, 4, 9], &[0, 4, 10]),
        ];
        for (a, b) in cases {
            let mut set = SortedSet::from_vec(a.to_vec());
            set.insert_all(SortedSet::from_vec(b.to_vec()));
            let want: BTreeSet<u32> = a.iter().chain(b).copied().collect();
            assert!(set.iter().eq(want.iter()), "{a:?} | {b:?}");
        }
    }
}
