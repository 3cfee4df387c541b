//! The committed gazetteer tables are what the generator makes of the sources.
//!
//! The sources live outside the crate (`../shared/data`); where they are absent (a clone of just
//! the crate) the check says so and passes.

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/gen_gazetteer.rs"]
mod gen_gazetteer;

use std::path::Path;

#[test]
fn committed_tables_match_the_generator() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = root.join("../shared/data");
    if !source.join("attack-groups.json").exists() {
        eprintln!("skipped: {} is absent", source.display());
        return;
    }
    let out = root.join("src/gazetteer/data");
    let (tables, _) = gen_gazetteer::generate(&source, &out).expect("generator runs");
    let stale = gen_gazetteer::stale_tables(&tables, &out);
    assert!(
        stale.is_empty(),
        "stale tables {stale:?}: run `cargo run --example gen_gazetteer -- ../shared/data src/gazetteer/data`"
    );
}

#[test]
fn sample_record_scans_without_surprises() {
    use threatbrief::gazetteer::{Gazetteer, HitKind};
    let text = include_str!("data/sample.txt");
    let g = Gazetteer::embedded();
    let hits = g.scan(text);
    let names: Vec<&str> = hits
        .iter()
        .filter(|h| matches!(h.kind, HitKind::Actor { .. }))
        .map(|h| &text[h.start..h.end])
        .collect();
    assert!(names.contains(&"APT28"), "{names:?}");
    assert!(
        hits.iter()
            .any(|h| matches!(h.kind, HitKind::Country { country, .. } if country.code() == "FR"))
    );
}
