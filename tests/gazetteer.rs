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

#[test]
fn a_crew_s_name_with_its_country_is_the_crew() {
    // The Malaysian hacktivists call themselves "DragonForce Malaysia"; the ransomware gang
    // is another entry.
    let g = threatbrief::gazetteer::Gazetteer::embedded();
    let crew = g.actor("Dragon Force Malaysia").expect("an alias");
    assert_eq!(crew.name(), "DragonForce");
    assert_ne!(
        g.actor("DragonForce Ransomware").map(|e| e.name()),
        Some("DragonForce")
    );
}

#[test]
fn hacktivist_crews_the_sources_lack_are_curated() {
    // Neither ATT&CK nor the MISP galaxies hold these; curated/actors.tsv adds them with their
    // country.
    let g = threatbrief::gazetteer::Gazetteer::embedded();
    for (alias, name, country) in [
        ("IT Army", "IT Army of Ukraine", "UA"),
        ("Team Insane PK", "Team Insane PK", "PK"),
    ] {
        let e = g.actor(alias).unwrap_or_else(|| panic!("{alias}"));
        assert_eq!(e.name(), name);
        assert_eq!(
            e.country().map(|c| c.code().to_owned()).as_deref(),
            Some(country),
            "{name}"
        );
    }
}

mod never_panics {
    use proptest::prelude::*;
    use threatbrief::gazetteer::Gazetteer;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any text scans without panicking; hits fall on character boundaries, in text order,
        /// without overlap.
        #[test]
        fn scan_spans_are_ordered_disjoint_char_boundaries(
            text in "(\\PC|APT ?28|Fancy[- ]Bear|U\\.S\\.|us|Play|[\\u{0}-\\u{7f}]){0,64}"
        ) {
            let g = Gazetteer::embedded();
            let hits = g.scan(&text);
            let mut last = 0;
            for h in &hits {
                prop_assert!(h.start < h.end && h.start >= last);
                prop_assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
                last = h.end;
            }
        }

        /// Lookups never panic and agree with their normalised form.
        #[test]
        fn lookups_accept_any_name(name in "\\PC{0,24}") {
            let g = Gazetteer::embedded();
            let first = g.actor(&name).map(|e| e.name().to_owned());
            prop_assert_eq!(first, g.actors_named(&name).first().map(|e| e.name().to_owned()));
            let _ = (g.sector(&name), g.country(&name), g.software(&name));
        }
    }
}
