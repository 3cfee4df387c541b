//! The hasher of the gazetteer's maps.
//!
//! Their keys are short names, thousands of them hashed at every build, where SipHash was a
//! visible share of the build time. foldhash is several times faster on short keys and, seeded
//! per map, still keeps names added at run time from being chosen to collide.

use std::collections::HashMap;

/// A `HashMap` hashed with foldhash.
pub(crate) type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
