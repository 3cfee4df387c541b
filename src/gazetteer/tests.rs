//! Tests of the embedded gazetteer: the tables as shipped, the lookups and the scanner.

use super::*;
use crate::model::ActorKind;

fn g() -> &'static Gazetteer {
    Gazetteer::embedded()
}

fn code(c: &str) -> Country {
    Country::new(c).unwrap()
}

/// Every alias of every ATT&CK group resolves to that group, or, where the alias is explicitly
/// ambiguous, the group is among the candidates.
#[test]
fn every_attack_alias_resolves_to_its_group() {
    let mut groups = 0;
    for (id, entry) in g().actors().filter(|(_, e)| e.attack_id().is_some()) {
        groups += 1;
        for name in std::iter::once(entry.name()).chain(entry.aliases().iter().map(String::as_str))
        {
            let candidates = g().candidates(name);
            assert!(
                candidates.contains(&id),
                "{name:?} does not resolve to {} ({:?})",
                entry.name(),
                g().actors_named(name)
                    .iter()
                    .map(|e| e.name())
                    .collect::<Vec<_>>()
            );
        }
        assert_eq!(
            g().actor(entry.name()).map(ActorEntry::name),
            Some(entry.name())
        );
        let gid = entry.attack_id().unwrap();
        assert_eq!(
            g().actor(gid).map(ActorEntry::name),
            Some(entry.name()),
            "{gid}"
        );
    }
    assert!(groups > 150, "only {groups} ATT&CK groups");
}

macro_rules! resolves {
    ($($name:literal => $canonical:literal $(, $gid:literal)?;)+) => {
        #[test]
        fn spot_checks_resolve_to_the_canonical_actor() {
            $(
                let entry = g().actor($name).unwrap_or_else(|| panic!("{} not found", $name));
                assert_eq!(entry.name(), $canonical, "{}", $name);
                $( assert_eq!(entry.attack_id(), Some($gid), "{}", $name); )?
            )+
        }
    };
}

resolves! {
    "Forest Blizzard" => "APT28", "G0007";
    "Fancy Bear" => "APT28", "G0007";
    "Sofacy" => "APT28", "G0007";
    "STRONTIUM" => "APT28", "G0007";
    "BlueDelta" => "APT28", "G0007";
    "TA422" => "APT28", "G0007";
    "Fighting Ursa" => "APT28", "G0007";
    "APT 28" => "APT28", "G0007";
    "apt-28" => "APT28", "G0007";
    "apt28" => "APT28", "G0007";
    "Midnight Blizzard" => "APT29", "G0016";
    "Cozy Bear" => "APT29", "G0016";
    "NOBELIUM" => "APT29", "G0016";
    "UNC2452" => "APT29", "G0016";
    "Seashell Blizzard" => "Sandworm Team", "G0034";
    "Voodoo Bear" => "Sandworm Team", "G0034";
    "Diamond Sleet" => "Lazarus Group", "G0032";
    "Mint Sandstorm" => "Magic Hound", "G0059";
    "Charming Kitten" => "Magic Hound", "G0059";
    "Phosphorus" => "Magic Hound", "G0059";
    "APT35" => "Magic Hound", "G0059";
    "Salt Typhoon" => "Salt Typhoon";
    "GhostEmperor" => "Salt Typhoon";
    "Volt Typhoon" => "Volt Typhoon";
    "Andariel" => "Andariel";
    "Turla" => "Turla";
    "Cl0p" => "Clop";
    "ALPHV" => "BlackCat";
    "Black Basta" => "BlackBasta";
}

#[test]
fn actors_carry_kind_and_country() {
    let apt28 = g().actor("APT28").unwrap();
    assert_eq!(apt28.country(), Some(code("RU")));
    assert!(apt28.kinds().contains(&ActorKind::NationState));
    assert!(apt28.aliases().iter().any(|a| a == "Fancy Bear"));
    assert!(!apt28.aliases().iter().any(|a| a == "APT28"));
    assert_eq!(
        g().actor("Lazarus Group").unwrap().country(),
        Some(code("KP"))
    );
    for gang in [
        "LockBit", "Qilin", "Clop", "Akira", "Rhysida", "Play", "Medusa", "BlackCat",
    ] {
        let e = g().actor(gang).unwrap_or_else(|| panic!("{gang} missing"));
        assert!(
            e.kinds().contains(&ActorKind::Criminal),
            "{gang}: {:?}",
            e.kinds()
        );
    }
    for crew in ["NoName057(16)", "Killnet"] {
        let e = g().actor(crew).unwrap();
        assert!(e.kinds().contains(&ActorKind::Activist), "{crew}");
    }
    for name in ["ShinyHunters", "DragonForce"] {
        assert!(
            g().actor(name).is_some_and(|e| e.attack_id().is_none()),
            "{name}"
        );
    }
    // Filled from vendors' naming conventions where the sources say nothing.
    let sleet = g().actor("Moonstone Sleet").unwrap();
    assert_eq!(sleet.country(), Some(code("KP")));
    assert!(
        g().actor("FIN6")
            .unwrap()
            .kinds()
            .contains(&ActorKind::Criminal)
    );
    for (_, e) in g().actors() {
        assert!(!e.kinds().is_empty(), "{} has no kind", e.name());
    }
}

#[test]
fn ambiguous_aliases_return_every_candidate() {
    let steppe: Vec<&str> = g()
        .actors_named("Grizzly Steppe")
        .iter()
        .map(|e| e.name())
        .collect();
    assert!(
        steppe.contains(&"APT28") && steppe.contains(&"APT29"),
        "{steppe:?}"
    );
    let andariel: Vec<&str> = g()
        .actors_named("Andariel")
        .iter()
        .map(|e| e.name())
        .collect();
    assert_eq!(andariel[0], "Andariel");
    assert!(andariel.contains(&"Lazarus Group"), "{andariel:?}");
    let dragon: Vec<&str> = g()
        .actors_named("DragonForce")
        .iter()
        .map(|e| e.name())
        .collect();
    assert!(dragon.len() >= 2, "{dragon:?}");
    assert!(g().actors_named("no such actor at all").is_empty());
    assert!(g().actor("").is_none());
}

#[test]
fn dangerous_aliases_are_flagged_and_turla_is_not() {
    for (actor, name) in [("Play", "Play"), ("Medusa", "Medusa"), ("Turla", "Snake")] {
        assert!(g().actor(actor).unwrap().needs_cue(name), "{name}");
    }
    for name in ["Royal", "Cactus", "Hive"] {
        assert!(
            g().actors_named(name).iter().any(|e| e.needs_cue(e.name())
                || e.aliases().iter().any(|a| a == name && e.needs_cue(a))),
            "{name}"
        );
    }
    assert!(!g().actor("Turla").unwrap().needs_cue("Turla"));
    assert!(!g().actor("APT28").unwrap().needs_cue("Fancy Bear"));
}

#[test]
fn every_sector_has_a_keyword() {
    let text = include_str!("data/sectors.tsv");
    for sector in Sector::ALL {
        assert!(
            text.lines().any(|l| l.ends_with(&format!("\t{sector}"))),
            "no keyword for {sector}"
        );
    }
    assert_eq!(g().sector("ministry"), Some(Sector::GovernmentNational));
    assert_eq!(g().sector("Ministries"), Some(Sector::GovernmentNational));
    assert_eq!(g().sector("city council"), Some(Sector::GovernmentLocal));
    assert_eq!(g().sector("hospitals"), Some(Sector::Healthcare));
    assert_eq!(g().sector("school district"), Some(Sector::Education));
    assert_eq!(g().sector("think tanks"), Some(Sector::NonProfit));
    assert_eq!(
        g().sector("crypto exchange"),
        Some(Sector::FinancialServices)
    );
    assert_eq!(
        g().sector("mobile operators"),
        Some(Sector::Telecommunications)
    );
    assert_eq!(g().sector("airline"), Some(Sector::Transportation));
    assert_eq!(g().sector("defense contractor"), Some(Sector::Defense));
    assert_eq!(g().sector("broadcaster"), Some(Sector::Communications));
    assert_eq!(g().sector("zebra"), None);
}

#[test]
fn countries_from_names_demonyms_short_forms_cities_and_states() {
    for (name, c) in [
        ("France", "FR"),
        ("French", "FR"),
        ("Paris", "FR"),
        ("U.S.", "US"),
        ("US", "US"),
        ("UK", "GB"),
        ("the States", "US"),
        ("Texas", "US"),
        ("North Korean", "KP"),
        ("N.K.", "KP"),
        ("Kyiv", "UA"),
        ("FR", "FR"),
    ] {
        assert_eq!(g().country(name), Some(code(c)), "{name}");
    }
    let text = "hackers in the States and in Texas, not Paris Hilton's friends in paris";
    let places: Vec<&str> = g()
        .scan(text)
        .iter()
        .filter(|h| matches!(h.kind, HitKind::Country { .. }))
        .map(|h| &text[h.start..h.end])
        .collect();
    assert_eq!(places, ["the States", "Texas", "Paris"]);
    assert_eq!(g().country("Europe"), None);
    assert_eq!(g().country("Atlantis"), None);
}

#[test]
fn software_and_authorities() {
    assert_eq!(g().software("moveit"), Some("MOVEit Transfer"));
    assert_eq!(g().software("FortiGate"), Some("Fortinet FortiGate"));
    assert_eq!(g().software("Exchange Server"), Some("Microsoft Exchange"));
    assert_eq!(g().software("PAN-OS"), Some("Palo Alto PAN-OS"));
    assert_eq!(
        g().authority("Justice Department"),
        Some(("DOJ", AuthorityKind::Agency, Some(code("US"))))
    );
    assert_eq!(g().authority("ANSSI").map(|a| a.2), Some(Some(code("FR"))));
    assert_eq!(
        g().authority("Mandiant").map(|a| a.1),
        Some(AuthorityKind::Vendor)
    );
    // National agencies under the names the press writes for them.
    for (name, country) in [
        ("UAE Cyber Security Council", "AE"),
        ("Norwegian Police Security Service", "NO"),
        ("Säkerhetspolisen", "SE"),
    ] {
        assert_eq!(
            g().authority(name).map(|a| a.2),
            Some(Some(code(country))),
            "{name}"
        );
    }
    assert!(
        include_str!("data/software.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .count()
            >= 100
    );
}

fn kinds<'g>(text: &str, hits: &[Hit<'g>]) -> Vec<(String, HitKind<'g>)> {
    hits.iter()
        .map(|h| (text[h.start..h.end].to_owned(), h.kind))
        .collect()
}

#[test]
fn scan_finds_actor_city_sector_and_country() {
    let text = "Fancy Bear's hackers hit a Paris hospital and the U.S. Treasury";
    let hits = g().scan(text);
    let found = kinds(text, &hits);
    let apt28 = g().actor_ref("APT28").unwrap();
    assert!(
        matches!(
            found[0],
            (ref s, HitKind::Actor { candidates, needs_cue: false }) if s == "Fancy Bear" && candidates.contains(&apt28)
        ),
        "{found:?}"
    );
    assert!(found.iter().any(|(s, k)| s == "Paris"
        && *k
            == HitKind::Country {
                country: code("FR"),
                form: CountryForm::Capital
            }));
    assert!(
        found
            .iter()
            .any(|(s, k)| s == "hospital" && *k == HitKind::Sector(Sector::Healthcare))
    );
    assert!(found.iter().any(|(s, k)| s == "U.S."
        && matches!(k, HitKind::Country { country, .. } if *country == code("US"))));
}

#[test]
fn scan_keeps_ordinary_words_ordinary() {
    assert_eq!(g().scan("let us play"), vec![]);
    let text = "Play hit the city";
    let found = kinds(text, &g().scan(text));
    assert!(
        matches!(found[0], (ref s, HitKind::Actor { needs_cue: true, .. }) if s == "Play"),
        "{found:?}"
    );
    assert!(found.iter().any(|(s, _)| s == "city"));
    // The alias with its cue built in ("PLAY Ransomware") needs no other.
    let text = "the Play ransomware gang";
    let found = kinds(text, &g().scan(text));
    assert!(
        matches!(found[0], (ref s, HitKind::Actor { needs_cue: false, .. }) if s == "Play ransomware"),
        "{found:?}"
    );
}

#[test]
fn scan_normalises_spacing_and_matches_possessives() {
    for text in ["APT 28 struck", "apt-28 struck", "APT28's tools", "(APT28)"] {
        let hits = g().scan(text);
        let apt28 = g().actor_ref("APT28").unwrap();
        assert!(
            hits.iter().any(|h| matches!(h.kind, HitKind::Actor { candidates, .. } if candidates.contains(&apt28))),
            "{text}: {hits:?}"
        );
    }
    assert!(g().scan("APT280 and XAPT28").is_empty());
}

#[test]
fn scan_finds_a_name_right_after_a_match_inside_a_word() {
    // "xapt28" holds a match that is no name; the search must resume at the next word, not
    // after that match.
    for text in ["XAPT28 APT28", "XAPT28APT28 APT28", "Frances, France"] {
        let hits = g().scan(text);
        let last = hits.last().map(|h| &text[h.start..h.end]);
        assert_eq!(hits.len(), 1, "{text}: {hits:?}");
        assert!(text.ends_with(last.unwrap()), "{text}: {hits:?}");
    }
}

#[test]
fn scan_hits_are_ordered_and_disjoint() {
    let text = "Microsoft said Midnight Blizzard and Salt Typhoon targeted telecom carriers in \
                Europe, Texas and Kyiv via Ivanti Connect Secure; CISA and the FBI agreed.";
    let hits = g().scan(text);
    for w in hits.windows(2) {
        assert!(w[0].end <= w[1].start, "{hits:?}");
    }
    let found = kinds(text, &hits);
    let has = |s: &str| found.iter().any(|(t, _)| t == s);
    for s in [
        "Microsoft",
        "Midnight Blizzard",
        "Salt Typhoon",
        "Europe",
        "Texas",
        "Kyiv",
        "CISA",
        "FBI",
    ] {
        assert!(has(s), "{s} missing from {found:?}");
    }
    assert!(
        found
            .iter()
            .any(|(_, k)| *k == HitKind::Software("Ivanti Connect Secure"))
    );
    assert!(found.iter().any(|(_, k)| *k == HitKind::Region("Europe")));
}

#[test]
fn scan_never_panics_on_odd_text() {
    let odd = [
        "",
        "\0",
        "🙂APT28🙂",
        "\u{200f}APT28\u{200e}",
        "é",
        "Ü.S.",
        "APT28\u{301}",
        "Fancy Bear\u{0}",
    ];
    for text in odd {
        for h in g().scan(text) {
            assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
        }
    }
    let long = "Fancy Bear ".repeat(200_000);
    assert_eq!(g().scan(&long).len(), 200_000);
    let glued = "APT28".repeat(400_000);
    assert!(g().scan(&glued).is_empty());
}

#[test]
fn builder_adds_to_the_embedded_data() {
    let mut b = Gazetteer::builder();
    b.actor(
        "Quiet Heron",
        None,
        &[ActorKind::Criminal],
        Some(code("BR")),
    )
    .alias("Quiet Heron", "QH-7", false)
    .alias("APT28", "Strontium Test Alias", false)
    .country_name("Gotham", code("US"), CountryForm::City)
    .region("Ruritania")
    .software("Frobnicator")
    .authority("Ministry of Magic", AuthorityKind::Agency, Some(code("GB")));
    let g = b.build();
    assert_eq!(g.actor("qh 7").unwrap().name(), "Quiet Heron");
    assert_eq!(g.actor("Strontium Test Alias").unwrap().name(), "APT28");
    let text = "QH-7 hit Gotham's Frobnicator in Ruritania, the Ministry of Magic said";
    let found = kinds(text, &g.scan(text));
    assert_eq!(found.len(), 5, "{found:?}");
    assert_eq!(
        g.actors().count(),
        Gazetteer::embedded().actors().count() + 1
    );
}

#[test]
fn gazetteer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Gazetteer>();
}

/// The scanner tries a word start only when some name begins with that word; that filter must
/// never lose a name.
mod first_word_filter {
    use super::*;
    use crate::words;
    use proptest::prelude::*;

    fn same(text: &str) {
        let s = &g().scanner;
        let list = words::list(text.as_bytes());
        let keys = words::keys(text.as_bytes(), &list);
        let folded = words::fold(text);
        assert_eq!(
            s.scan_words(text, &folded, &list, &keys, true),
            s.scan_words(text, &folded, &list, &keys, false),
            "{text:?}"
        );
    }

    #[test]
    fn loses_no_name_in_news() {
        for text in [
            include_str!("../../tests/data/corpus.txt"),
            include_str!("../../tests/data/sample.txt"),
            "XAPT28APT28 APT28, the U.S.A and U.S. Sandworm Teams; apt-28 (Fancy Bear's) é-Ü",
            "New York, new-york; South  Korea's Saudi Arabia. the Lazarus Group",
        ] {
            same(text);
        }
    }

    proptest! {
        #[test]
        fn loses_no_name(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("APT28".to_owned()), Just("apt".to_owned()), Just("28".to_owned()),
                    Just("Fancy".to_owned()), Just("Bear".to_owned()), Just("U.S.".to_owned()),
                    Just("Paris".to_owned()), Just("hospital".to_owned()), Just("-".to_owned()),
                    Just("é".to_owned()), Just("Lazarus".to_owned()), Just("Group".to_owned()),
                    Just("the".to_owned()), Just("'s".to_owned()), Just("$".to_owned()),
                    Just("Côte d'Ivoire".to_owned()), Just("New".to_owned()),
                    Just("York".to_owned()), Just("South".to_owned()), Just("Korea".to_owned()),
                    Just("Saudi".to_owned()), Just("Arabia".to_owned()),
                    "[a-zA-Z]{1,9}", "\\PC{1,3}",
                ],
                0..40,
            ),
            seps in proptest::collection::vec(
                prop_oneof![Just(""), Just(" "), Just(", "), Just("."), Just("-")],
                40,
            ),
        ) {
            let text: String = words.iter().zip(&seps).map(|(w, s)| format!("{w}{s}")).collect();
            same(&text);
        }
    }
}
