//! ATT&CK techniques in invented stories (`tests/data/techniques.txt`): advice and a flaw that
//! was only disclosed give none; a story of an attack gives what the attackers did, each as
//! specific as its words, and tactic names ("moved laterally", "command and control server")
//! give none. By default each is reported as the most specific technique its words name (a
//! sub-technique where they say enough); with sub-techniques off, as its ATT&CK technique.

use threatbrief::{Extractor, articles};

const STORIES: &str = include_str!("data/techniques.txt");

fn ids_per_story(extractor: &Extractor) -> Vec<Vec<String>> {
    articles(STORIES)
        .map(|a| {
            let article = a.expect("fixture parses");
            let mut ids: Vec<String> = extractor
                .extract(&article)
                .techniques
                .into_iter()
                .map(|t| t.id)
                .collect();
            ids.sort();
            ids
        })
        .collect()
}

#[test]
fn advice_a_disclosed_flaw_and_an_attack() {
    let got = ids_per_story(&Extractor::default());
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], Vec::<String>::new(), "phishing advice only");
    assert_eq!(got[1], Vec::<String>::new(), "a patched flaw, no attack");
    assert_eq!(
        got[2],
        [
            "T1053.005", // a scheduled task
            "T1059.001", // PowerShell scripts
            "T1190",     // exploited a command injection flaw
            "T1204.002", // a weaponized Word document the victim opened
            "T1486",     // encrypted files on the servers
            "T1490",     // deleted the shadow copies
            "T1566",     // spear-phishing emails
        ]
    );
}

#[test]
fn at_the_technique_level_the_attack_is_told_in_techniques() {
    let got = ids_per_story(&Extractor::default().sub_techniques(false));
    assert_eq!(got[0], Vec::<String>::new(), "phishing advice only");
    assert_eq!(got[1], Vec::<String>::new(), "a patched flaw, no attack");
    assert_eq!(
        got[2],
        [
            "T1053", // a scheduled task
            "T1059", // PowerShell scripts
            "T1190", // exploited a command injection flaw
            "T1204", // a weaponized Word document the victim opened
            "T1486", // encrypted files on the servers
            "T1490", // deleted the shadow copies
            "T1566", // spear-phishing emails
        ]
    );
}
