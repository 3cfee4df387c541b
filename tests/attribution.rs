//! The attribution decision table (the rustdoc of `threatbrief::extract`'s attribution module),
//! one invented sentence per row: the role an actor gets, and the rule the `basis` names.

use threatbrief::{Article, BasisRule, Extractor, Report, Role};

/// A record around `body`, scraped on 2025-06-20, with no summary.
fn extract(body: &str) -> Report {
    let input = format!(
        "Article Details\nScrape Timestamp (UTC): 2025-06-20 08:00:00.000\nOriginal Article Text\n\
         Click to Toggle View\n{body}\n"
    );
    let article = Article::parse(&input).expect("fixture parses");
    Extractor::default().extract(&article)
}

/// The role and rule of the actor named `name` in `body`.
fn decision(body: &str, name: &str) -> (Role, BasisRule) {
    let r = extract(body);
    let actor = r
        .actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("{name} not found in {body:?}: {:?}", r.actors));
    let basis = actor
        .basis
        .as_ref()
        .expect("extracted actors carry a basis");
    (actor.role, basis.rule)
}

/// The names of the actors found in `sentence` after the [`LEAD`].
fn actors_after_lead(sentence: &str) -> Vec<String> {
    extract(&format!("{LEAD} {sentence}"))
        .actors
        .into_iter()
        .map(|a| a.name)
        .collect()
}

/// Headline and lead: the actor of each row is named after them, once, so it is not the
/// article's main actor unless a statement makes it one.
const LEAD: &str = "Harbour authority hit by cyberattack. The Millbrook Harbour Authority said on Monday \
                    that its booking systems were disrupted by a cyberattack. Ferries kept to their \
                    timetable.";

/// A headline that quotes a party naming the actor stands over a body that adds only the
/// group's own claim; one that does not quote anyone is compressed by it.
#[test]
fn a_quoted_headline_stands_over_a_claim() {
    let body = |headline: &str| {
        format!(
            "{headline}. Millbrook Stores said on Monday that a ransomware attack stopped its \
             online orders. DragonForce posted Millbrook on its leak site on Saturday."
        )
    };
    assert_eq!(
        decision(
            &body("Millbrook Stores says DragonForce affiliate behind ransomware attack"),
            "DragonForce"
        ),
        (Role::Confirmed, BasisRule::ArticleStance)
    );
    assert_eq!(
        decision(
            &body("Millbrook Stores says orders resume; DragonForce lists retailer"),
            "DragonForce"
        ),
        (Role::Claimed, BasisRule::Claim)
    );
}

/// A denial belongs to its subject: "X ... as Y denies role" is Y's denial, not X's, whether
/// or not the body makes a statement of its own about X.
#[test]
fn a_denial_is_its_subjects_not_the_actor_named_before() {
    let lead =
        "Millbrook Stores said on Monday that a ransomware attack stopped its online orders.";
    assert_eq!(
        decision(
            &format!(
                "Retailer files listed by Akira gang as LockBit denies role. {lead} The Akira \
                 gang added Millbrook to its leak site on Saturday."
            ),
            "Akira"
        ),
        (Role::Claimed, BasisRule::Claim)
    );
    let (role, _) = decision(
        &format!(
            "Akira leaks retailer files as LockBit denies role. {lead} Akira is a ransomware \
             gang that emerged in 2023."
        ),
        "Akira",
    );
    assert_ne!(role, Role::Denied);
    assert_eq!(
        decision(
            &format!(
                "Akira leaks retailer files as LockBit denies role. {lead} Akira is a ransomware \
                 gang that emerged in 2023."
            ),
            "LockBit"
        ),
        (Role::Denied, BasisRule::Denial)
    );
}

/// A name a cue of naming gives right after an actor's description is that actor's, not a
/// second actor; a cluster the description relates the actor to is another.
#[test]
fn a_name_given_after_an_actors_description_is_its_alias() {
    assert_eq!(
        actors_after_lead(
            "Officials blamed Salt Typhoon, which the security company Trend Micro tracks as \
             Earth Estries."
        ),
        ["Salt Typhoon"]
    );
    assert_eq!(
        actors_after_lead("Officials blamed Sandworm, tracked as UAC-0002."),
        ["Sandworm Team"]
    );
    assert_eq!(
        actors_after_lead(
            "Officials blamed Sandworm, a group linked to the cluster Microsoft tracks as \
             Storm-0558."
        )
        .len(),
        2
    );
}

/// A name that a bare "a group" describes is a group's where the appositive tells of its
/// attacks; not where it tells of markets.
#[test]
fn a_group_that_claimed_attacks_is_an_actor_without_a_qualifier() {
    assert_eq!(
        actors_after_lead(
            "Officials examined posts in a Telegram channel used by Dark Kettle Team, a group \
             that has claimed DDoS attacks on government sites."
        ),
        ["Dark Kettle Team"]
    );
    assert!(
        actors_after_lead(
            "The port works with Volkswagen, a group that has targeted growth in Asia."
        )
        .is_empty()
    );
}

macro_rules! rows {
    ($($test:ident: $sentence:expr, $name:expr => $role:expr, $rule:expr;)+) => {
        $(
            #[test]
            fn $test() {
                let body = format!("{LEAD} {}", $sentence);
                assert_eq!(decision(&body, $name), ($role, $rule), "{}", $sentence);
            }
        )+
    };
}

rows! {
    denial: "APT28 denied any involvement in the attack.", "APT28"
        => Role::Denied, BasisRule::Denial;
    a_group_named_by_whoever_tracks_it_takes_the_link_before_it:
        "The report said the backdoor was consistent with tools associated with the group \
         Microsoft tracks as Diamond Sleet.",
        "Lazarus Group" => Role::Suspected, BasisRule::Tie;
    a_campaign_the_evidence_matched_is_tied:
        "Researchers said the phishing lures matched a campaign that Microsoft has attributed to Storm-1865.",
        "Storm-1865" => Role::Suspected, BasisRule::Tie;
    a_campaign_the_evidence_resembled_is_tied_however_described:
        "Researchers said the lure resembled a long-running campaign against port staff that Microsoft has tracked as Storm-1865.",
        "Storm-1865" => Role::Suspected, BasisRule::Tie;
    a_link_after_the_comparisons_clause_stays_firm:
        "Researchers said the lures matched, and Microsoft attributed the campaign to Storm-1865.",
        "Storm-1865" => Role::Confirmed, BasisRule::FirmLink;
    a_confidence_inside_a_tie_keeps_the_name_near: "Researchers linked the intrusion with moderate confidence to Sandworm.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_description_of_the_groups_past_leaves_the_tie: "Researchers said the intrusion bore the hallmarks of Sandworm, a group they have previously tied to the Russian state.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_participle_of_the_groups_past_leaves_the_tie: "Responders assess with moderate confidence that the activity is associated with Sandworm, a Russian actor previously observed exploiting the same product.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_tie_some_voice_is_a_possibility: "Some researchers noted that the phishing lure resembled Sandworm.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_tie_one_voices_is_a_possibility: "One believes the servers point to Sandworm.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_blame_some_voice_in_its_clause_is_a_possibility: "As news of the outage spread, some accounts on social media quickly blamed Sandworm.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    one_of_a_known_few_is_no_indefinite_voice: "One of the officials said investigators blamed Sandworm.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    a_tie_several_voice_stays_a_tie: "Several researchers said the techniques bore the hallmarks of Sandworm.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_resemblance_ties:
        "The firm concluded that the intrusion bore strong resemblances to activity by \
         SilverTerrier.",
        "SilverTerrier" => Role::Suspected, BasisRule::Tie;
    working_on_an_assumption_hedges:
        "Investigators were working on the assumption that an Akira affiliate was responsible.",
        "Akira" => Role::Suspected, BasisRule::HedgedLink;
    unnamed_sources_hedge_what_they_say_however_far_the_link:
        "Two people with knowledge of the investigation told reporters that Akira was behind \
         the attack.",
        "Akira" => Role::Suspected, BasisRule::HedgedLink;
    attackers_described_as_the_named_group_are_it:
        "The attackers, a ransomware group called Interlock, later published 250 gigabytes of \
         the authority's files.",
        "Interlock" => Role::Confirmed, BasisRule::FirmLink;
    a_claim_the_crew_owns_is_its_claim:
        "RansomHub's claim could not be verified.",
        "RansomHub" => Role::Claimed, BasisRule::Claim;
    rejecting_the_suggestion_denies:
        "A newspaper named NoName057(16). NoName057(16) rejected the suggestion on its \
         Telegram channel.",
        "NoName057(16)" => Role::Denied, BasisRule::Denial;
    a_link_to_a_counted_series_of_deeds_is_the_actors_record:
        "A man was jailed for his part in a series of intrusions carried out by the Scattered \
         Spider hacking collective.",
        "Scattered Spider" => Role::Context, BasisRule::NoLink;
    a_question_the_negation_governs_is_open:
        "Investigators have not determined whether FIN7 was behind the attack.",
        "FIN7" => Role::Speculated, BasisRule::Possibility;
    a_question_an_aside_negates_is_open:
        "The report explores, but does not settle, whether the intruders are connected to FIN7.",
        "FIN7" => Role::Speculated, BasisRule::Possibility;
    a_crew_that_signs_the_extortion_email_claims_it:
        "The extortion email was signed ShinyHunters.",
        "ShinyHunters" => Role::Claimed, BasisRule::Claim;
    a_message_said_to_be_from_a_crew_is_its_claim:
        "'The email said it was from ShinyHunters. I cannot verify that,' she said.",
        "ShinyHunters" => Role::Claimed, BasisRule::Claim;
    a_deed_said_to_recur_is_the_actors_record:
        "Officials point to Ukraine, where the military hacking group Sandworm has repeatedly \
         attacked the national railway's systems.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    an_earlier_word_set_against_the_link_is_an_update:
        "The authority has confirmed that APT28 was behind the attack, reversing its earlier \
         position.", "APT28" => Role::Confirmed, BasisRule::FirmLink;
    data_a_crew_published_owned_up_to_by_its_owner_is_a_stated_theft:
        "The authority said files published by the LockBit gang came from its own servers.",
        "LockBit" => Role::Confirmed, BasisRule::FirmLink;
    data_a_crew_published_is_its_claim:
        "Files published by the LockBit gang appeared on a forum on Monday.", "LockBit"
        => Role::Claimed, BasisRule::Claim;
    earlier_in_the_week_is_the_present_story:
        "Earlier in the week, users on a forum suggested that LockBit was responsible. The \
         LockBit operator denied any involvement.", "LockBit"
        => Role::Denied, BasisRule::Denial;
    an_appositive_with_coordinate_adjectives_dates_only_itself:
        "Investigators believe the intrusion was carried out by members of Sandworm, the \
         loosely organised, Russian-speaking unit behind a wave of attacks on utilities in \
         2022.", "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_hypothesis_named_by_a_copula_is_a_suspicion:
        "The responders said their working assumption is an Akira affiliate.", "Akira"
        => Role::Suspected, BasisRule::Tie;
    an_earlier_word_that_carries_the_link_was_withdrawn:
        "An earlier statement by the authority said APT28 was behind the attack.", "APT28"
        => Role::Context, BasisRule::EarlierActivity;
    ruled_out: "Investigators found no evidence that the attack was carried out by APT28.", "APT28"
        => Role::Context, BasisRule::RuledOut;
    claim: "The LockBit gang claimed responsibility for the attack on its leak site.", "LockBit"
        => Role::Claimed, BasisRule::Claim;
    possibility: "Officials said the attack could have been the work of APT28.", "APT28"
        => Role::Speculated, BasisRule::Possibility;
    tie: "Researchers linked the intrusion to APT28.", "APT28"
        => Role::Suspected, BasisRule::Tie;
    legal_act: "Prosecutors charged two men, alleged to be members of APT28, who were behind the attack.", "APT28"
        => Role::Confirmed, BasisRule::LegalAct;
    hedged_link: "The agency believes APT28 was behind the attack.", "APT28"
        => Role::Suspected, BasisRule::HedgedLink;
    firm_link: "The national cyber agency attributed the attack to APT28.", "APT28"
        => Role::Confirmed, BasisRule::FirmLink;
    stated_act: "APT28 launched the attack from rented servers.", "APT28"
        => Role::Confirmed, BasisRule::StatedAct;
    hedged_act: "APT28 probably launched the attack from rented servers.", "APT28"
        => Role::Suspected, BasisRule::HedgedLink;
    tools_leaked_by_an_actor_do_not_make_it_the_attacker:
        "The intruders broke in with exploits leaked by Sandworm.", "Sandworm Team"
        => Role::Context, BasisRule::NoLink;
    an_actor_that_released_tools_is_their_source:
        "The intruders broke in after Sandworm released a set of exploits.", "Sandworm Team"
        => Role::Context, BasisRule::NoLink;
    an_example_of_a_kind_makes_no_statement:
        "Groups such as Sandworm and Lazarus, who were behind attacks on banks, use this trick.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    an_example_of_a_possible_kind_is_a_possibility:
        "The attackers could have been state hackers such as Sandworm, or criminals.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_relative_clause_about_earlier_deeds_does_not_date_the_sentence:
        "Experts said the attack could be the work of Sandworm, which has targeted ports before, \
         or of criminals.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_name_given_in_a_hedged_link_takes_its_hedge:
        "The vendor attributed the outage with moderate confidence to the China-nexus \
         adversary it tracks as APT41.",
        "APT41" => Role::Suspected, BasisRule::HedgedLink;
    another_name_of_a_linked_actor_is_no_firm_link:
        "The agency said it likely associates the outage with Turla, another group also \
         tracked as Snake.",
        "Turla" => Role::Suspected, BasisRule::Tie;
    activity_attributed_to_an_actor_that_the_deed_is_likened_to_is_a_tie:
        "The agency said the tooling shares characteristics with activity publicly \
         attributed to APT41.",
        "APT41" => Role::Suspected, BasisRule::Tie;
    samples_attributed_to_an_actor_are_its_own:
        "Samples attributed to APT41 were found on the authority's servers, the vendor said.",
        "APT41" => Role::Confirmed, BasisRule::FirmLink;
    an_adverb_after_the_modal_keeps_the_possibility:
        "The attack could also be the work of FIN7, a consultant said.",
        "FIN7" => Role::Speculated, BasisRule::Possibility;
    a_possibility_with_well_after_its_modal:
        "It may well have been FIN7, the consultant added.",
        "FIN7" => Role::Speculated, BasisRule::Possibility;
    a_possibility_with_an_adverb_of_several_words_after_its_modal:
        "It could just as easily be FIN7 working on its own, the consultant added.",
        "FIN7" => Role::Speculated, BasisRule::Possibility;
    candidates_weighed_are_possibilities:
        "Investigators are weighing FIN7, an insider or a copycat crew.",
        "FIN7" => Role::Speculated, BasisRule::Possibility;
    a_negation_ends_before_a_verb_joined_by_and:
        "The agency said the evidence did not allow a final attribution and weighed FIN7 \
         as one possibility.",
        "FIN7" => Role::Speculated, BasisRule::Possibility;
    a_negation_scopes_over_its_own_verb:
        "The agency said the evidence did not point to FIN7.",
        "FIN7" => Role::Context, BasisRule::RuledOut;
    an_appositive_ransomware_operation_presents_the_people:
        "Two people briefed on the inquiry said the ransom notes pointed to Interlock, a \
         ransomware operation that has hit several councils.",
        "Interlock" => Role::Suspected, BasisRule::Tie;
    a_possibility_reaches_its_later_alternatives:
        "\"This could be an initial-access broker with many clients and buyers everywhere in \
         the world, or an affiliate working for Akira,\" a consultant said.",
        "Akira" => Role::Speculated, BasisRule::Possibility;
    a_sentence_about_that_earlier_incident_is_earlier_activity:
        "The attack comes a year after ransomware paralysed the Zenith ferry line. That \
         incident was attributed at the time to Sandworm.",
        "Sandworm Team" => Role::Context, BasisRule::EarlierActivity;
    a_habit_of_a_decade_is_earlier_activity:
        "Sandworm has targeted ports and ferry companies for more than a decade.",
        "Sandworm Team" => Role::Context, BasisRule::EarlierActivity;
    what_the_deed_is_set_apart_from_is_not_its_actor:
        "The vendor said the campaign was distinct from the work of Kimsuky.",
        "Kimsuky" => Role::Context, BasisRule::RuledOut;
    a_separate_deed_described_by_several_adjectives_is_another_incident:
        "The agency also noted a separate, continuing phishing campaign by Gamaredon \
         against ferry operators.",
        "Gamaredon Group" => Role::Context, BasisRule::EarlierActivity;
    a_quoted_hedge_opening_a_that_clause_scopes_over_it:
        "The vendor said it assessed \"with moderate confidence\" that the intrusion was \
         conducted by Stately Taurus, the name it uses for the group more widely known as \
         Mustang Panda.",
        "Mustang Panda" => Role::Suspected, BasisRule::HedgedLink;
    this_after_a_sentence_on_earlier_activity_is_the_reported_incident:
        "The funds moved in a pattern seen in earlier thefts attributed to Lazarus Group. \
         \"We believe this is likely Lazarus,\" an analyst said.",
        "Lazarus Group" => Role::Suspected, BasisRule::HedgedLink;
    a_group_never_seen_before_is_no_earlier_activity:
        "\"It could be a big crew like Akira, or a newer group we haven't seen before,\" a \
         consultant said.",
        "Akira" => Role::Speculated, BasisRule::Possibility;
    an_example_of_a_kind_of_deed_is_another_incident:
        "Analysts said it did not resemble large thefts such as the $1.5 billion Bybit hack \
         that the FBI attributed to Lazarus Group.",
        "Lazarus Group" => Role::Context, BasisRule::EarlierActivity;
    a_link_to_a_deed_a_year_dates_is_earlier_activity:
        "Police have named more groups since the 2024 theft from a crypto exchange, which they \
         attributed to Lazarus Group.",
        "Lazarus Group" => Role::Context, BasisRule::EarlierActivity;
    a_link_in_a_relative_clause_about_earlier_deeds_links_nothing:
        "Sandworm, which was previously blamed for attacks on several ports, has been quiet \
         since a police takedown.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    an_actor_saying_it_did_not_do_it_denies:
        "Conti said on Thursday that it had not attacked the authority.", "Conti"
        => Role::Denied, BasisRule::Denial;
    an_actors_spokesman_saying_it_did_not_do_it_denies:
        "A spokesman for the Conti ransomware group said on Thursday that it had not attacked \
         the authority.",
        "Conti" => Role::Denied, BasisRule::Denial;
    a_dated_appositive_does_not_date_a_statement:
        "A potential candidate is Sandworm, a group of hackers who hit ports in 2017.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_dated_appositive_dates_a_record:
        "Rhysida, the gang that hit a hospital in 2023, has also targeted dental chains.",
        "Rhysida" => Role::Context, BasisRule::EarlierActivity;
    an_example_of_a_kind_among_possible_culprits_is_a_possibility:
        "State groups such as Sandworm and criminal gangs were among the possible culprits.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    unnamed_sources_hedge_a_link: "Sources said the group behind the attack was APT28.", "APT28"
        => Role::Suspected, BasisRule::HedgedLink;
    a_hedge_about_something_else_does_not_weaken_a_link:
        "The attack was carried out by APT28, which is believed to be based in Moscow.", "APT28"
        => Role::Confirmed, BasisRule::FirmLink;
    a_tie_describing_the_actor_links_nothing:
        "Sandworm, a group linked to Russia, was also in the news this week.", "Sandworm Team"
        => Role::Context, BasisRule::NoLink;
    a_tie_before_words_of_attack_links_the_actor:
        "Sandworm has been linked to the attacks by two vendors.", "Sandworm Team"
        => Role::Suspected, BasisRule::Tie;
    a_verb_of_tying_ties_its_object_to_the_actor:
        "The report links the attack to Sandworm, a group that has hit utilities for a decade.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    an_ordinary_word_name_shown_to_be_an_actor_denies_in_its_own_name:
        "The port said Akira was behind the attack. Akira denied any involvement.", "Akira"
        => Role::Denied, BasisRule::Denial;
    a_deed_dated_in_a_past_decade_is_earlier_activity:
        "The report compares the intrusion with FIN7, which compromised restaurant chains in \
         the late 2010s.",
        "FIN7" => Role::Context, BasisRule::NoLink;
    a_negated_denial_denies_nothing:
        "The port said LockBit was behind the attack. LockBit has not publicly denied it.",
        "LockBit" => Role::Confirmed, BasisRule::FirmLink;
    pointing_to_an_actor_ties_it:
        "Within hours, several investigators pointed to Sandworm.", "Sandworm Team"
        => Role::Suspected, BasisRule::Tie;
    a_trace_to_the_actor_is_a_firm_link:
        "The agency said its investigators had traced the intrusion to Sandworm, a unit of \
         Russian military intelligence.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    an_actor_that_a_verb_of_tying_takes_as_object_is_not_tied:
        "Analysts continue to link Sandworm with Russian military intelligence.", "Sandworm Team"
        => Role::Context, BasisRule::NoLink;
    a_tie_taken_back_by_a_contrast_is_ruled_out:
        "Researchers said the style resembled that of Sandworm, but said they had no technical \
         evidence connecting the two.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    a_contrast_that_takes_no_evidence_back_leaves_the_tie:
        "The style resembled that of Sandworm, but officials did not comment.", "Sandworm Team"
        => Role::Suspected, BasisRule::Tie;
    a_negated_verb_opening_that_clauses_scopes_over_them_all:
        "The authority has not confirmed that the incident was ransomware, that data was taken \
         or that Sandworm was involved.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    a_link_declined_is_no_link:
        "The authority declined to confirm that Sandworm was behind the attack.", "Sandworm Team"
        => Role::Context, BasisRule::RuledOut;
    claims_as_a_verb_of_saying_is_no_claim:
        "Sandworm claims the harbour was never its target, a Telegram post said.", "Sandworm Team"
        => Role::Context, BasisRule::NoLink;
    earlier_activity: "Last year, Sandworm attacked the power grid in Ukraine.", "Sandworm Team"
        => Role::Context, BasisRule::EarlierActivity;
    a_previously_unknown_group_named_by_a_vendor_is_new_and_not_negated:
        "Mandiant said a previously unknown group it has named Glass Heron carried out the \
         attack.",
        "Glass Heron" => Role::Confirmed, BasisRule::StatedAct;
    a_name_an_analyst_gives_an_actor_is_no_link:
        "The intruders used a technique closely associated with Sandworm, which Microsoft \
         tracks as Seashell Blizzard.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_culprit_that_cannot_be_ruled_out_is_a_possibility:
        "A third analyst said Sandworm could not be ruled out.", "Sandworm Team"
        => Role::Speculated, BasisRule::Possibility;
    a_habit_in_a_relative_clause_links_nothing:
        "Sandworm, which has attacked ports across Europe, was also in the news this week.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    a_deed_in_a_relative_clause_still_links:
        "Sandworm, which hit the harbour on Monday, has a long record.",
        "Sandworm Team" => Role::Confirmed, BasisRule::StatedAct;
    before_opening_a_clause_dates_it:
        "We have reported before how Sandworm attacked power grids in Ukraine.", "Sandworm Team"
        => Role::Context, BasisRule::EarlierActivity;
    the_same_group_points_back: "Sandworm is the same military unit that hit the power grid in Ukraine.",
        "Sandworm Team" => Role::Context, BasisRule::EarlierActivity;
    matching_tactics_tie_the_attack: "The intrusion matched the tactics of Sandworm, researchers said.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    hallmarks_tie_the_attack: "The disruption bears the hallmarks of Sandworm, analysts said.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    involvement_ruled_out: "Investigators said there is no evidence that Sandworm was involved.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    pointing_the_finger_blames: "Officials pointed the finger at Sandworm.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    an_actor_saying_it_did_it_claims: "Sandworm said on Telegram that it was behind the outage.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    an_appositive_between_name_and_verb: "Sandworm, a group run by a military unit, is believed to have carried out the attack.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    taking_responsibility_claims: "Sandworm took responsibility for the outage on its Telegram channel.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    a_confidence_opening_a_clause_hedges_all_of_it:
        "Investigators assessed with moderate confidence that the intrusion at the depot was \
         carried out by Sandworm.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_confidence_after_the_clause_hedges_it:
        "Investigators attributed the intrusion at the depot to Sandworm with moderate confidence.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_participle_after_an_article_states_no_deed:
        "Sandworm, with access to a compromised relay server, was named in the report.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    an_actor_calling_itself_the_group_denies:
        "Someone answering for Sandworm wrote that the group had 'nothing to do with' the outage.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    an_actor_quoted_saying_it_denies:
        "Sandworm said on its channel that it had 'nothing to do with' the outage.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    an_actor_the_police_suspect_is_suspected:
        "Police suspect the Sandworm group, which has attacked ports over the past year.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    evidence_that_could_fit_an_example_is_a_possibility:
        "An analyst said the pattern could fit an attack by a group such as Sandworm.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    overlaps_that_may_point_to_an_actor_are_a_possibility:
        "The researcher said code overlaps may point to Sandworm.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    an_attribution_whose_object_runs_long_still_links:
        "The government attributes with a high level of certainty the compromise of the State \
         Roads Information Centre (VKIC) to the cyber espionage group Sandworm.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    earlier_deeds_named_for_comparison_in_another_clause_date_nothing:
        "A lawmaker said Sandworm could be behind it, pointing to earlier attacks on energy \
         suppliers.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    earlier_deeds_a_link_states_are_the_actors_past:
        "Sandworm was behind earlier attacks on energy suppliers.",
        "Sandworm Team" => Role::Context, BasisRule::EarlierActivity;
    a_hedged_copula_links_its_complement:
        "Analysts said it was probably Sandworm.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    an_involvement_not_ruled_out_is_a_possibility: "Officials have not ruled out the involvement of Sandworm.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    unclear_whether_is_a_possibility: "It is unclear whether Sandworm was involved.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_party_saying_the_actor_was_not_involved_rules_it_out: "The port said Sandworm was not involved.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    the_actor_saying_it_was_not_involved_denies: "Sandworm said on Telegram that it was not involved.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    suspected_of_carrying_out_hedges: "Sandworm is suspected of carrying out the attack.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    understood_to_be_behind_hedges: "Sandworm is understood to be behind the attack.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    nobody_linking_it_rules_it_out: "Sandworm has a history of attacking ports, but no one has linked it to this incident.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    no_evidence_of_a_role_rules_it_out: "There is no evidence that Sandworm had any role.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    rejecting_accusations_denies: "Sandworm rejected accusations that it was behind the attack.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    boasting_claims: "Sandworm boasted about the attack on Telegram.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    an_actor_saying_it_had_done_it_claims: "Sandworm said on Telegram that it had carried out the attack.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    an_actor_saying_it_has_stolen_claims: "Sandworm said it has stolen the port's booking data.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    operations_called_previous_are_other_activity: "The intrusion shares servers with previous operations attributed to Sandworm.",
        "Sandworm Team" => Role::Context, BasisRule::EarlierActivity;
    listing_the_victim_claims: "Sandworm listed the port as a victim on its Telegram channel.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    a_relative_clause_of_the_groups_past_keeps_its_claim_near: "The Akira extortion group, which has previously exploited flaws in file-transfer software on a mass scale, added the authority to its leak site on Friday.",
        "Akira" => Role::Claimed, BasisRule::Claim;
    a_victims_description_keeps_the_site_near: "The ransomware group Akira added the Millbrook Harbour Authority, a port operator that runs ferries between three islands, to its leak site on Friday.",
        "Akira" => Role::Claimed, BasisRule::Claim;
    a_leak_website_is_a_leak_site: "The Akira gang added the authority to its data leak website on Friday.",
        "Akira" => Role::Claimed, BasisRule::Claim;
    the_prime_suspect_alone_is_tied: "Officials said Sandworm is the prime suspect.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    the_likely_culprit_is_hedged: "Sandworm is the likely culprit, officials said.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    the_culprit_named_after_is_firm: "The culprit was Sandworm, the port said.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    possible_culprits_are_possibilities: "Possible culprits include Sandworm and a criminal gang.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_confidence_after_the_name_hedges: "Researchers attributed the outage to Sandworm with medium confidence.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_quoted_confidence_after_the_name_hedges: "Researchers attributed the outage to Sandworm \"with medium confidence,\" citing shared code.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_bracketed_confidence_after_the_name_hedges: "Researchers attributed the outage to Sandworm (with a moderate confidence level).",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_hedge_as_the_names_adjective_attributes_hedged: "Suspected Sandworm hackers have been in the port's network since May.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_groups_telegram_channel_denies_for_it: "Sandworm's Telegram channel posted a message saying the group \"has nothing to do with the port\".",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_voice_on_a_platform_denies_over_a_suggestion: "Forum users suggested the account was a front for Sandworm, but a person who said it ran that account told a reporter on Telegram that the group had \"nothing to do with\" the outage.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    who_speaks_for_the_group_denies_for_it: "Forum users suggested the seller was a front for Sandworm, but a person who said they spoke for that group said it had \"nothing to do with\" the outage.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_denial_posted_on_the_groups_channel_is_its_own: "Within hours, Sandworm posted on its own Telegram channel that it had \"nothing to do with\" the outage.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_denial_posted_on_a_platform_is_its_own: "Sandworm posted on Telegram that it had \"nothing to do with\" the outage.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_denial_with_its_own_subject_after_and_is_not_the_names: "Sandworm claimed responsibility for the outage and a pro-Russian rival denied any role.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    a_second_predicate_after_and_keeps_the_names_denial: "Sandworm claimed responsibility for the outage and later denied any role.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_message_rejecting_the_claims_denies: "Sandworm posted a message rejecting the claims.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_quoted_we_in_the_groups_channel_denies_for_it: "A Telegram channel used by Sandworm posted: \"We did not touch this one.\"",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_single_quoted_we_in_the_groups_channel_denies_for_it: "A Telegram channel associated with Sandworm posted a message: 'We had nothing to do with this,' it said.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    the_second_denial_of_a_voice_gives_its_subject: "A channel that has long posted on Sandworm's behalf rejected that suggestion, writing that the group \"has nothing to do with the port\".",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    not_having_touched_it_said_of_itself_denies: "Sandworm said it has not touched any port.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_denial_stands_over_blame_in_a_clause_between: "Sandworm, which was initially blamed, denied any role in the attack.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    having_nothing_to_do_with_it_said_of_itself_denies: "Sandworm, which some officials blamed, said it had nothing to do with the attack.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    another_party_saying_it_had_no_role_rules_it_out: "Officials said Sandworm had no role in the attack.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    a_clause_opened_by_whether_is_a_question: "Whether Sandworm was behind the attack is not yet known.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    analysts_split_on_whether_speculate: "Analysts are split on whether Sandworm or a criminal gang carried out the attack.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    one_theory_is_a_possibility: "One theory is that Sandworm carried out the attack.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    members_telling_they_were_not_behind_it_deny: "Members of Sandworm told a reporter they were not behind the attack.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    rejecting_reports_denies: "Sandworm rejected reports that it had attacked the port.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    ruling_out_the_name_rules_it_out: "Investigators ruled out Sandworm as the source of the outage.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    claiming_through_a_channel_claims: "Sandworm claimed on Telegram that it had taken down the port's website.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    claiming_through_a_channel_to_have_done_it_claims: "Sandworm claimed on Telegram to have knocked the port's website offline.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    a_probable_source_is_hedged: "Officials said Sandworm was the probable source of the attack.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_likeness_offered_for_a_finding_is_hedged: "The attack looks like the work of Sandworm, an analyst said.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    among_the_suspects_is_a_possibility: "Among the suspects in the outage is Sandworm, police said.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    disavowing_denies: "Sandworm disavowed the attack in a post on its channel.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    no_involvement_rules_out: "The port said Sandworm had no involvement in the outage.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    caused_by_is_a_firm_link: "The port said the outage was caused by Sandworm.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    planting_a_backdoor_is_an_act: "Sandworm planted a backdoor on the port's booking servers.",
        "Sandworm Team" => Role::Confirmed, BasisRule::StatedAct;
    having_broken_in_is_an_act: "Sandworm had broken into the port's booking servers, officials said.",
        "Sandworm Team" => Role::Confirmed, BasisRule::StatedAct;
    might_have_been_is_a_possibility: "The outage might have been carried out by Sandworm, one researcher suggested.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    the_prime_suspect_is_tied: "Officials said Sandworm is the prime suspect in the attack.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    the_main_suspect_named_after_is_tied: "The main suspect in the attack is Sandworm, officials said.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_state_it_has_long_been_in_dates_no_deed: "Officials said Sandworm, which has long been feared in the Baltic, was behind the outage.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    another_partys_dismissal_rules_out: "Officials dismissed claims that Sandworm was responsible for the outage.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    another_partys_denial_rules_out: "The port denied Sandworm had any role in the outage.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    a_list_after_a_verb_of_saying_is_not_the_relative_clauses:
        "Analysts at Kestrel Labs, who studied samples from two ferries, said the lures, the \
         loader and the servers were very likely linked to Sandworm, a group that has targeted \
         ports for several years.", "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_second_predicate_of_its_voice_shares_the_subject_that_denies:
        "Officials said the outage was the work of Conti. Conti rejected that in a post on its \
         channel on Thursday, saying that it \"does not attack ports\" and had \"nothing to \
         do\" with the outage.", "Conti" => Role::Denied, BasisRule::Denial;
    kinds_of_targets_after_the_perfect_are_a_record:
        "Sandworm, which is based in Moscow, has targeted ports, ferry operators and councils \
         in Europe.", "Sandworm Team" => Role::Context, BasisRule::NoLink;
    a_link_through_what_the_evidence_is_compared_with_ties:
        "Analysts said the loader and its servers overlap with tooling they have previously \
         associated with Sandworm.", "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_firm_link_through_what_the_evidence_is_compared_with_ties:
        "Analysts said the loader presents significant overlaps with infrastructure \
         previously attributed to Sandworm.", "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    the_state_it_serves_denies_nothing_for_it: "The agency said Sandworm was behind the outage. Russia denied that Sandworm was responsible for it.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    a_deed_phrase_opened_by_a_past_verb_is_an_act: "Sandworm encrypted servers at the port on Sunday, officials said.",
        "Sandworm Team" => Role::Confirmed, BasisRule::StatedAct;
    pinning_the_deed_on_the_actor_is_firm: "The port's investigators have pinned the outage on Sandworm.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    attributable_to_is_firm:
        "The agency said the activity is attributable to Sandworm.", "Sandworm Team"
        => Role::Confirmed, BasisRule::FirmLink;
    attributable_to_with_a_confidence_is_hedged:
        "The agency assesses with moderate confidence that the activity is attributable to \
         Sandworm.", "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    the_handiwork_of_is_firm: "The port said the outage was the handiwork of Sandworm.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    the_fingerprints_of_tie: "The outage bore the fingerprints of Sandworm, analysts said.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_kind_of_deed_by_the_actor_is_firm: "The outage was an operation by Sandworm, officials said.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    a_kind_of_deed_by_the_actor_hedged: "The outage appears to be an operation by Sandworm, officials said.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_deed_of_an_earlier_year_is_no_link: "The outage fits a pattern of attacks on harbours, including a 2019 campaign by Sandworm.",
        "Sandworm Team" => Role::Context, BasisRule::EarlierActivity;
    a_hypothesis_opening_the_sentence_scopes_over_it: "One hypothesis put forward by port officials is that Sandworm took down the booking website.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_condition_is_a_possibility: "If Sandworm was behind the outage, it would be the group's first attack on a port, researchers said.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_possibility_stops_at_a_contrast: "It is unclear whether data was taken, but the port said Sandworm was behind the outage.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    another_party_saying_it_of_the_actor_is_no_claim: "Sandworm has long been feared in the Baltic, and officials said it was behind the outage.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    months_after_the_reported_incident_is_the_present: "Months after the outage, the port said Sandworm was behind it.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    once_again_is_the_present: "Sandworm has once again attacked the port, officials said.",
        "Sandworm Team" => Role::Confirmed, BasisRule::StatedAct;
    a_question_offers_alternatives: "Was it Sandworm or a criminal gang? Investigators are not yet sure.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    not_knowing_which_is_a_possibility: "Investigators have not determined whether the outage was the work of Sandworm or an insider.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_choice_overrides_a_stated_act: "Analysts are divided over whether Sandworm or Turla carried out the attack.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_split_of_opinion_is_a_possibility: "Some analysts suggest Sandworm, while others point to a criminal gang.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    neither_is_ruled_out: "The outage is not associated with either Sandworm or Turla, the port said.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    charging_members_of_the_group_links_it: "Prosecutors unsealed an indictment charging three members of Sandworm with disrupting the port's booking systems.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    the_laws_word_on_whose_members_they_are_links_the_group: "Prosecutors said the two men charged over the outage were members of the Sandworm group.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    the_group_named_before_its_members_is_linked_too: "The indictment says the pair worked as Sandworm operators when the port's systems went down.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    members_without_the_law_link_nothing: "Researchers said the two men were members of the Sandworm group.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    a_channel_that_speaks_for_the_group_denies_for_it: "A Telegram channel used by people associated with Sandworm wrote on Friday that the group had \"never touched\" the port.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    the_voice_described_in_the_past_still_denies_now: "But an account that has previously spoken for Sandworm told a reporter on Sunday that the group did not attack the port.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    one_who_represents_the_group_denies_for_it_past_the_hearers_name: "But on Tuesday, a person who said they represented Sandworm told the newspaper Il Corriere Portuale, in messages sent through an encrypted chat application, that the group \"did not attack\" the port.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_reply_from_the_groups_portal_denies_for_it: "A reporter contacted Sandworm through the group's negotiation portal and received a reply stating that the group had \"nothing to do with\" the port.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    no_relation_is_a_denial: "On Monday, Sandworm's leak site published a short message saying the group had \"no relation\" to the port's outage.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    a_cluster_set_apart_from_the_group_rules_it_out: "The agency stressed that the intruders are a distinct cluster from Sandworm, which others have accused of attacks on ports.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    separate_from_the_group_rules_it_out: "Investigators said the activity was separate from the Sandworm group.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    a_denial_quoted_without_its_preposition: "In a message published on its channel on Monday, Sandworm said it had 'no involvement' in the attack on the port.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    an_outside_party_reading_the_channel_does_not_deny: "A researcher who tracks Sandworm's Telegram channel told a reporter on Sunday that the group did not attack the port.",
        "Sandworm Team" => Role::Context, BasisRule::RuledOut;
    what_an_old_advisory_said_is_earlier_activity: "The FBI warned in a 2023 joint advisory that Sandworm had hit ports across Europe.",
        "Sandworm Team" => Role::Context, BasisRule::EarlierActivity;
    what_a_recent_advisory_says_is_not_dated: "The FBI warned in a joint advisory on Tuesday that Sandworm had hit the harbour.",
        "Sandworm Team" => Role::Confirmed, BasisRule::StatedAct;
    tools_that_resemble_the_groups_are_a_tie: "Investigators found that the malware used closely resemble those of Sandworm.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    evidence_compared_with_earlier_tools_is_still_this_incident: "Investigators said with moderate confidence that the outage was the work of Sandworm, citing code overlaps with earlier wipers.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_record_in_an_appositive_links_nothing: "The seller used the name of Sandworm, the unit blamed for a wave of attacks on grids.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    tools_that_match_an_actors_are_a_tie: "Investigators said the tools and the ransom note match those used by Sandworm.",
        "Sandworm Team" => Role::Suspected, BasisRule::Tie;
    a_habit_in_a_relative_clause_closed_by_a_comma_is_no_deed: "Sandworm, which has repeatedly targeted ports, was one possibility among several.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    tracking_the_activity_under_a_name_links_it: "Mandiant said it was tracking the extortion activity separately as UNC6672.",
        "UNC6672" => Role::Confirmed, BasisRule::FirmLink;
    tracking_a_likened_cluster_under_a_name_ties_it: "Microsoft said it tracks an overlapping cluster as UNC6672.",
        "UNC6672" => Role::Suspected, BasisRule::Tie;
    tracking_a_related_cluster_under_a_name_ties_it: "Microsoft tracks a related cluster as UNC6672.",
        "UNC6672" => Role::Suspected, BasisRule::Tie;
    tracking_the_same_cluster_under_a_name_links_nothing: "The firm tracks the same cluster as UNC6672.",
        "UNC6672" => Role::Context, BasisRule::NoLink;
    tracking_the_victim_under_a_name_links_nothing: "Mandiant said it was tracking the harbour as UNC6672.",
        "UNC6672" => Role::Context, BasisRule::NoLink;
    the_date_of_a_flaws_disclosure_dates_no_deed: "Officials said the attack is believed to have been carried out by Sandworm, and that the attackers got in through a flaw disclosed last summer.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    a_bare_plural_of_deeds_in_an_appositive_is_a_record: "The seller used the name of Sandworm, the unit blamed for attacks on grids.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    the_deed_in_an_appositive_still_links: "The seller used the name of Sandworm, the unit blamed for the outage, officials said.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    what_a_group_did_the_previous_week_is_earlier_activity: "Sandworm had listed the harbour's website as a target on its channel the previous week.",
        "Sandworm Team" => Role::Context, BasisRule::EarlierActivity;
    the_victim_saying_the_group_accessed_its_network_is_firm: "The authority said in its notification letters that the Sandworm group had accessed its network over three days.",
        "Sandworm Team" => Role::Confirmed, BasisRule::StatedAct;
    not_excluding_a_group_is_a_possibility: "\"I would not exclude Sandworm yet,\" said one analyst.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    membership_of_a_group_named_by_naming_links_it_in_law: "According to the “indictment”, the contractor’s hackers operated as part of the group that researchers track as Sandworm.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    membership_without_the_law_links_nothing: "Researchers say the contractor’s hackers operated as part of the group that others track as Sandworm.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    rejecting_responsibility_denies: "The Sandworm operation rejected responsibility for the outage.",
        "Sandworm Team" => Role::Denied, BasisRule::Denial;
    the_actors_own_deed_is_stated: "Sandworm's attack on the port lasted two days, officials said.",
        "Sandworm Team" => Role::Confirmed, BasisRule::StatedAct;
    the_actors_ways_are_no_deed: "A report described Sandworm's campaigns against harbours in detail.",
        "Sandworm Team" => Role::Context, BasisRule::NoLink;
    who_the_attackers_are_is_firm: "The hackers were Sandworm, the port said.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    who_the_attackers_probably_are_is_hedged: "The attackers are probably Sandworm, two people familiar with the investigation said.",
        "Sandworm Team" => Role::Suspected, BasisRule::HedgedLink;
    another_candidate_weighed_makes_a_possibility: "Possibly Sandworm caused the outage, though investigators have also considered an insider.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    the_theory_that_is_a_possibility: "The theory that Sandworm caused the outage has not been confirmed.",
        "Sandworm Team" => Role::Speculated, BasisRule::Possibility;
    a_cleft_sentence_is_firm: "It was Sandworm that cut power to the port, the agency has concluded.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    an_inverted_behind_is_firm: "Behind the outage at the port was Sandworm, officials said.",
        "Sandworm Team" => Role::Confirmed, BasisRule::FirmLink;
    posting_the_victims_data_claims: "Sandworm posted the port's crew rosters on its channel on Tuesday.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    leaking_the_victims_files_claims: "Sandworm leaked what it described as booking records.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    publishing_tools_is_the_deed_stated: "Sandworm published on Sunday a cache of hacking tools taken from a contractor.",
        "Sandworm Team" => Role::Confirmed, BasisRule::StatedAct;
    a_claim_made_by_the_actor_is_its_claim: "The port is checking claims by Sandworm that it copied the booking database.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    named_as_a_victim_by_the_actor_claims: "The port has been named as a victim by Sandworm on a Telegram channel.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    an_extortion_site_entry_claims: "Sandworm added the port to its extortion site on Friday.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    what_its_members_say_they_did_claims: "Sandworm announced on its channel that its members had taken down the booking site.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    what_it_says_it_did_further_on_claims: "Sandworm published a long list of ports that it said it had hacked this year.",
        "Sandworm Team" => Role::Claimed, BasisRule::Claim;
    a_crew_listing_its_victim_claims_the_attack_however_long_the_victims_name:
        "The LockBit ransomware group listed Holm & Vester Tool Works, a Danish architecture \
         firm, on its leak site on Friday.",
        "LockBit" => Role::Claimed, BasisRule::Claim;
    a_habit_told_for_years_after_the_lead_is_other_activity:
        "Officials believe Turla was behind the intrusion. Turla has targeted European \
         ministries for years.",
        "Turla" => Role::Suspected, BasisRule::HedgedLink;
}

#[test]
fn precedence_a_firm_statement_stands_over_a_later_hedge() {
    let body = format!(
        "{LEAD} The national cyber agency attributed the attack to APT28. \
         Some researchers believe APT28 may have had help."
    );
    assert_eq!(
        decision(&body, "APT28"),
        (Role::Confirmed, BasisRule::FirmLink)
    );
}

#[test]
fn a_headline_that_dates_its_deed_years_back_keeps_its_attribution_current() {
    // Scraped in June 2025: the story is told long after the 2024 intrusion it reports, so a
    // finding of December 2024 is about that intrusion, not earlier activity.
    let body = "Water Utility Chief Resigns Over 2024 Intrusion. The managing director of \
                Brookvale Water resigned on Wednesday after a review criticised the company. \
                The review found that warnings had gone unheeded. The board accepted its \
                findings. In December, the national cyber centre concluded that the intrusion was \
                carried out by Sandworm.";
    assert_eq!(
        decision(body, "Sandworm Team"),
        (Role::Confirmed, BasisRule::FirmLink)
    );
    // Without the dated deed in the headline, December's finding is older than the story.
    let body = body.replace("Over 2024 Intrusion", "After Review");
    assert_eq!(decision(&body, "Sandworm Team").0, Role::Context);
}

#[test]
fn the_basis_points_at_the_deciding_sentence_and_names_the_party() {
    let sentence = "The FBI attributed the attack to APT28.";
    let body = format!("{LEAD} {sentence}");
    let r = extract(&body);
    let basis = r.actors[0].basis.as_ref().unwrap();
    let input = format!(
        "Article Details\nScrape Timestamp (UTC): 2025-06-20 08:00:00.000\nOriginal Article Text\n\
         Click to Toggle View\n{body}\n"
    );
    let span = basis.span.expect("a sentence decided");
    assert_eq!(&input[span.start..span.end], sentence);
    assert_eq!(basis.by, ["FBI"]);
}

#[test]
fn a_ransomware_family_is_an_actor_only_where_the_text_presents_people() {
    let code = extract(&format!(
        "{LEAD} Files on the servers were encrypted by a GandCrab ransomware variant."
    ));
    assert!(
        code.actors.iter().all(|a| a.name != "GandCrab"),
        "the strain is software here: {:?}",
        code.actors
    );
    let crew = extract(&format!(
        "{LEAD} The GandCrab gang claimed responsibility for the attack."
    ));
    assert!(crew.actors.iter().any(|a| a.name == "GandCrab"));
    let listed = extract(&format!(
        "{LEAD} Ransomware operations such as Qilin, GandCrab and RansomHub recruit affiliates."
    ));
    assert!(listed.actors.iter().any(|a| a.name == "GandCrab"));
    // Suspicion and possibility are of people.
    for sentence in [
        "A suspected GandCrab attack hit the port's ferries too.",
        "GandCrab could be behind the port's outage, officials said.",
    ] {
        let r = extract(&format!("{LEAD} {sentence}"));
        assert!(
            r.actors.iter().any(|a| a.name == "GandCrab"),
            "{sentence}: {:?}",
            r.actors
        );
    }
    // Only people are culprits.
    let culprit = extract(&format!(
        "{LEAD} GandCrab is the likely culprit, officials said."
    ));
    assert!(culprit.actors.iter().any(|a| a.name == "GandCrab"));
    // Code encrypts; only people demand a ransom, or steal.
    for sentence in [
        "GandCrab demanded $2 million from the port.",
        "GandCrab stole the port's booking data, officials said.",
        // An operation is its people; what it steals is stolen by people.
        "The port said the GandCrab ransomware operation was behind the outage.",
        "The GandCrab operation deployed ransomware across the port's servers.",
        "Officials said booking data was stolen by GandCrab.",
        // What it owns as a deed, only people do.
        "GandCrab's attack on the port lasted two days, officials said.",
    ] {
        let r = extract(&format!("{LEAD} {sentence}"));
        assert!(r.actors.iter().any(|a| a.name == "GandCrab"), "{sentence}");
    }
}

#[test]
fn a_bracketed_short_name_is_the_actors_alias() {
    let r = extract(&format!(
        "{LEAD} A hacker group known as The Dark Overlord (TDO) leaked the files. TDO claims \
         the harbour agreed to pay."
    ));
    let named: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(named, ["TheDarkOverlord"], "{:?}", r.actors);
    assert_eq!(r.actors[0].mentions.len(), 3, "{:?}", r.actors[0].mentions);
}

#[test]
fn a_similar_deed_is_another_incident() {
    let body = format!(
        "{LEAD} Last month, researchers said Sandworm was using a similar phishing method against \
         power companies."
    );
    assert_eq!(
        decision(&body, "Sandworm Team"),
        (Role::Context, BasisRule::EarlierActivity)
    );
}

#[test]
fn a_body_that_says_the_attack_is_not_attributed_caps_the_articles_stance() {
    let head = "Scattered Spider breaches UK investing app Quillan. Quillan said on Wednesday \
                that personal information of 310,000 customers had been taken after attackers \
                tricked staff at an outsourced support provider.";
    let body = format!(
        "{head} In its statement, Quillan said the methods were consistent with those employed \
         by groups such as Scattered Spider, but stressed that it had not attributed the attack \
         to any group."
    );
    assert_eq!(
        decision(&body, "Scattered Spider"),
        (Role::Suspected, BasisRule::ArticleStance)
    );
    // Without the body's word, the headline's stance stands.
    let body = format!(
        "{head} Quillan said the methods were consistent with those employed by groups such as \
         Scattered Spider."
    );
    assert_eq!(decision(&body, "Scattered Spider").0, Role::Confirmed);
}

#[test]
fn a_headline_that_doubts_its_story_caps_attribution_at_suspected() {
    let body = "Experts doubt Sandworm hacked the harbour authority. The Millbrook Harbour \
                Authority said on Monday that its systems were disrupted. The national cyber \
                agency attributed the attack to Sandworm.";
    assert_eq!(
        decision(body, "Sandworm Team"),
        (Role::Suspected, BasisRule::Doubted)
    );
}

#[test]
fn a_company_named_as_one_is_no_actor() {
    let r = extract(&format!(
        "{LEAD} The malware was first developed by the Italian software company Hacking Team."
    ));
    assert!(
        r.actors.iter().all(|a| a.name != "Hacking Team"),
        "{:?}",
        r.actors
    );
}

#[test]
fn crews_the_gazetteer_lacks_are_found_from_how_the_text_names_them() {
    let r = extract(&format!(
        "{LEAD} The hackers – who are calling themselves the “Harbour Crime Family” – demanded a \
         ransom. Hacking groups such as Tide Leaks and Guccifer 9.0 were also named."
    ));
    let named: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    for crew in ["Harbour Crime Family", "Tide Leaks", "Guccifer 9.0"] {
        assert!(named.contains(&crew), "{crew} not in {named:?}");
    }
}

#[test]
fn a_name_a_group_noun_gives_is_a_crew() {
    for sentence in [
        "The hacking group Zorvex Team carried out the attack, officials said.",
        "Zorvex Team, a hacking group tied to no state, carried out the attack, officials said.",
        "The port said the attack was carried out by Zorvex Team, a group affiliated with no state.",
        "The Zorvex Team hacking group carried out the attack, officials said.",
    ] {
        let named = actors_after_lead(sentence);
        assert_eq!(named, ["Zorvex Team"], "{sentence}");
    }
    // Not a heading's capitalised "Group", nor a name in the phrase before the appositive.
    for sentence in [
        "Hacker Group Denies Harbour Claims. The port said it was recovering.",
        "In the case of the Quarry Bank, a hacker group demanded a ransom.",
    ] {
        let named = actors_after_lead(sentence);
        assert!(named.is_empty(), "{sentence}: {named:?}");
    }
}

#[test]
fn a_group_noun_with_its_own_qualifier_gives_a_crew_and_its_claim() {
    // "hacktivist group" and "threat actor" carry their qualifier; an appositive's modifier
    // may be a compound ("pro-Ukrainian", "Iran-linked").
    for sentence in [
        "Zorvex Team, a hacktivist group, claimed responsibility for the attack.",
        "The pro-Ukrainian hacktivist group Zorvex Team said it was behind the attack.",
        "Zorvex Team, a pro-Ukrainian hacktivist group, said it was behind the attack.",
        "Zorvex Team, an Iran-linked hacking group, said it was behind the attack.",
        "The threat actor Zorvex Team said it was behind the attack.",
    ] {
        let body = format!("{LEAD} {sentence}");
        assert_eq!(
            decision(&body, "Zorvex Team"),
            (Role::Claimed, BasisRule::Claim),
            "{sentence}"
        );
    }
    // A capitalised word in the appositive is a name, not a modifier.
    assert!(
        actors_after_lead("Harbour Watch, a Harbour Authority group, met on Monday.").is_empty()
    );
    // A crew saying "they" were responsible claims it, as one saying "it" was does.
    let body = format!(
        "{LEAD} The hacking group Zorvex Team claimed that they were responsible for the attack."
    );
    assert_eq!(decision(&body, "Zorvex Team").0, Role::Claimed);
}

#[test]
fn a_claim_of_many_attacks_on_kinds_of_target_is_the_crews_record() {
    for sentence in [
        "Zorvex Team had claimed attacks on hospitals, manufacturers and logistics firms.",
        "The hacking group Zorvex Team has claimed dozens of attacks on Israeli companies.",
        "The hacking group Zorvex Team claimed intrusions against European utilities.",
    ] {
        let body = format!("{LEAD} {sentence}");
        assert_eq!(
            decision(&body, "Zorvex Team").0,
            Role::Context,
            "{sentence}"
        );
    }
    // One attack, or attacks on named or counted targets, are still claimed.
    for sentence in [
        "The hacking group Zorvex Team claimed the attack on the authority.",
        "The hacking group Zorvex Team claimed attacks on a ferry operator and the authority.",
    ] {
        let body = format!("{LEAD} {sentence}");
        assert_eq!(
            decision(&body, "Zorvex Team").0,
            Role::Claimed,
            "{sentence}"
        );
    }
}

#[test]
fn a_crew_the_gazetteer_lacks_is_found_by_its_own_leak_site() {
    for sentence in [
        "The authority appeared on Monday on the leak site of Zorvex Team.",
        "The authority appeared on Monday on Zorvex Team's leak site.",
        "The authority appeared on Monday on Zorvex Team\u{2019}s dark web leak site.",
        "Zorvex Team listed the authority on its leak site on Monday.",
    ] {
        let body = format!("{LEAD} {sentence}");
        assert_eq!(
            decision(&body, "Zorvex Team").0,
            Role::Claimed,
            "{sentence}"
        );
    }
    // The victim's own site, and a site of no one named, name no crew.
    for sentence in [
        "The authority said the leak site of the gang had posted its files.",
        "Harbour Watch reported that the files were on a leak site.",
    ] {
        let named = actors_after_lead(sentence);
        assert!(named.is_empty(), "{sentence}: {named:?}");
    }
}

#[test]
fn another_name_the_group_is_also_tracked_as_links_nothing() {
    // Not a vendor's attribution, nor, in a story the law opens, the name of the people's
    // group.
    for headline in [
        "Harbour authority hit by cyberattack",
        "Man sentenced to eight years for role in harbour attacks",
    ] {
        let body = format!(
            "{headline}. A man was sentenced on Friday. The agency said the case was part of a \
             wider international effort against the group, which is also tracked as Octo \
             Tempest."
        );
        let r = extract(&body);
        let actor = r.actors.iter().find(|a| a.name == "Scattered Spider");
        assert!(
            actor.is_some_and(|a| a.role == Role::Context),
            "{headline}: {:?}",
            r.actors
        );
    }
}

#[test]
fn a_persona_the_text_introduces_is_an_actor_in_any_case() {
    for (sentence, name) in [
        (
            "A seller using the handle Kuro_Ryu is offering the authority's data for $8,000.",
            "Kuro_Ryu",
        ),
        (
            "Police said the suspect operated under the alias 'brokerdust' and advertised access \
             to the authority's network.",
            "brokerdust",
        ),
        // A noun of who posts before any verb of naming: quoted in lower case, or bare with a
        // digit or a capital.
        (
            "A user calling themselves \"glasswing\" posted the authority's files on a forum.",
            "glasswing",
        ),
        (
            "A forum account called \"dunewalker\" posted an ad offering the authority's data.",
            "dunewalker",
        ),
        (
            "A Telegram user going by the name Kurogane posted screenshots of the authority's \
             systems.",
            "Kurogane",
        ),
    ] {
        let body = format!("{LEAD} {sentence}");
        assert_eq!(decision(&body, name).0, Role::Claimed, "{sentence}");
    }
    // A word in lower case, unquoted, is no handle; nor is a researcher's pseudonym.
    for sentence in [
        "He turned the handle of the door.",
        "A security researcher with the pseudonym SandboxEscaper found the flaw.",
    ] {
        let named = actors_after_lead(sentence);
        assert!(named.is_empty(), "{sentence}: {named:?}");
    }
}

#[test]
fn words_that_only_look_like_actors_are_not_actors() {
    let r = extract(&format!(
        "{LEAD} Zenith claims the flaw is minor. The wildcard domains were covered by the test. \
         The app was downloaded from Google Play and launched ransomware."
    ));
    assert!(r.actors.is_empty(), "{:?}", r.actors);
    // A word capitalised only as the headline's first is the word the body writes in lower
    // case; a name with capitals inside stays a name.
    let r = extract(
        "Wildcard certificates fool bank customers. Attackers used a wildcard certificate to \
         make a fake login page look genuine.",
    );
    assert!(r.actors.is_empty(), "{:?}", r.actors);
    // A time that opens a sentence is no name of the group the appositive describes.
    let r = extract(&format!(
        "{LEAD} By Friday, a ransomware group had added the authority to its leak site."
    ));
    assert!(r.actors.is_empty(), "{:?}", r.actors);
}

#[test]
fn the_main_actor_of_a_story_told_through_its_own_claims_is_claimed() {
    let body = "Kestrel Syndicate demands ransom from Millbrook Harbour Authority. The gang, which \
                calls itself Kestrel Syndicate, wants $50,000 by Friday. The hackers claim to have \
                stolen the records of two million customers.";
    assert_eq!(
        decision(body, "Kestrel Syndicate"),
        (Role::Claimed, BasisRule::ArticleStance)
    );
}

#[test]
fn a_headline_denial_answering_a_claim_is_the_victims() {
    // The operator denies; the crew claims.
    let body = "ShinyHunters resurfaces with claim of 58 million subscriber records; operator \
                denies leak. The records, offered by ShinyHunters on a forum on Sunday, include \
                names and phone numbers. The operator said the data was old. ShinyHunters, \
                active since 2020, asked for 10 bitcoin.";
    assert_eq!(
        decision(body, "ShinyHunters"),
        (Role::Claimed, BasisRule::ArticleStance)
    );
}

#[test]
fn a_season_past_dates_earlier_activity_after_the_lead_only() {
    // After the lead, "last summer's attacks" are another, earlier incident.
    let body = format!("{LEAD} Sandworm has been linked to last summer's attacks on power grids.");
    assert_eq!(
        decision(&body, "Sandworm Team"),
        (Role::Context, BasisRule::EarlierActivity)
    );
    // In the headline and lead it may date the reported incident itself.
    let r = extract(
        "Last spring, hackers breached the ministry. Last spring, intruders breached the \
         network of the Millbrook Ministry of Transport and stole its payroll files.",
    );
    assert!(!r.incidents[0].types.is_empty(), "{:?}", r.incidents[0]);
}

#[test]
fn a_name_that_claims_only_to_say_something_is_no_actor() {
    // "claims it", "claimed to have" are verbs of saying when no deed follows them: the
    // speaker is no claimant of the attack.
    for sentence in [
        "Quillon Systems claims it fixed the flaw within a day.",
        "Later, Dorrance claimed to have been a loyal customer all along.",
    ] {
        let found = actors_after_lead(sentence);
        assert!(found.is_empty(), "{sentence}: {found:?}");
    }
    // With the deed after the lead-in, the claim is one of the attack.
    let body = format!("{LEAD} Velvet Otters claimed to have breached the authority's network.");
    assert_eq!(
        decision(&body, "Velvet Otters"),
        (Role::Claimed, BasisRule::Claim)
    );
}

#[test]
fn a_group_introduced_with_an_article_keeps_its_name_and_claims() {
    // "a group calling itself the X": the article is not part of the name, and a known
    // actor's claim to hold what was taken is its claim.
    let body = format!(
        "{LEAD} A group calling itself the Velvet Cormorants claims to have copies of the \
         passenger lists."
    );
    assert_eq!(
        decision(&body, "Velvet Cormorants"),
        (Role::Claimed, BasisRule::Claim)
    );
}

#[test]
fn any_one_word_alias_opening_a_longer_name_is_that_names() {
    // "Buckeye" (APT3) and "Trident" (an alias in the MISP galaxy) open an insurer's and a
    // supplier's names here; "Medusa Ransomware Group" is still the gang.
    let r = extract(&format!(
        "{LEAD} The authority notified its insurer, the Buckeye Schools Risk Pool, and a \
         former supplier, Trident Quality Services LLC."
    ));
    assert!(r.actors.is_empty(), "{:?}", r.actors);
    let body = format!("{LEAD} The Medusa Ransomware Group said it was behind the attack.");
    assert!(
        extract(&body)
            .actors
            .iter()
            .any(|a| a.name.starts_with("Medusa")),
        "{body}"
    );
}

#[test]
fn an_ordinary_word_alias_before_another_capitalised_word_is_part_of_a_longer_name() {
    // "Cobalt Strike" is a tool, not the Cobalt Group; "Copper" (an alias of Tonto Team)
    // opens the name of a crew of its own.
    let r = extract(&format!(
        "{LEAD} The intruders dropped Cobalt Strike beacons on the booking servers."
    ));
    assert!(r.actors.is_empty(), "{:?}", r.actors);
    let body = format!(
        "{LEAD} A group calling itself Copper Magpies claimed responsibility for the attack."
    );
    assert_eq!(
        decision(&body, "Copper Magpies"),
        (Role::Claimed, BasisRule::Claim)
    );
}

#[test]
fn a_strain_of_malware_said_to_be_behind_an_attack_presents_no_crew() {
    // The mention is of the code ("Locky ransomware", "the Dharma variant"): a firm link to
    // it names no people.
    for sentence in [
        "Investigators said the latest Locky ransomware variant is behind the attack.",
        "The IT vendor identified the virus as Dharma ransomware.",
    ] {
        let found = actors_after_lead(sentence);
        assert!(found.is_empty(), "{sentence}: {found:?}");
    }
    // The people behind the code are a crew.
    let r = extract(&format!(
        "{LEAD} Investigators said the crew behind the Locky ransomware carried out the attack."
    ));
    assert!(r.actors.iter().any(|a| a.name == "Locky"), "{:?}", r.actors);
}

#[test]
fn tactic_ids_footnote_numbers_and_lists_of_sectors_name_no_actor() {
    for sentence in [
        // ATT&CK tactic ids look like designations ("TA505") but start with zeros.
        "The intruders moved from Initial Access (TA0001) to Exfiltration (TA0010) in a day.",
        // A Title Case headline's kind of attacker is no name.
        "Hacker Group Claims Responsibility for Outages.",
        // An advisory's number starts like a designation ("TA18-201A").
        "US-CERT described the loader in Alert TA18-201A last year.",
        // A footnote's number before a capitalised conjunction.
        "1 While ransomware actors use many ways in, phishing is the commonest.",
        // A list after a group noun that names sectors lists targets.
        "Several sectors were targeted by the threat actor, including Energy, Educational and \
         Telecommunication firms.",
    ] {
        let found = actors_after_lead(sentence);
        assert!(found.is_empty(), "{sentence}: {found:?}");
    }
}

#[test]
fn an_actor_named_only_as_a_victim_is_not_the_articles_stance() {
    // The lead names the group, as the one the files were stolen from: it did not do it.
    let r = extract(
        "Spy tools published online. Hackers published a trove of files stolen from the \
         Equation Group on Friday. The files include exploits for routers.",
    );
    let equation = r
        .actors
        .iter()
        .find(|a| a.name == "Equation")
        .expect("the group is named");
    assert_eq!(equation.role, Role::Context, "{:?}", equation.basis);
}

#[test]
fn a_person_who_claims_a_hack_is_no_crew() {
    // "candidate X claims massive hack": a person speaks of an attack on them.
    let r = extract(&format!(
        "{LEAD} Harbour board candidate Dorrance claims massive hack of his campaign emails."
    ));
    assert!(
        !r.actors.iter().any(|a| a.name.contains("Dorrance")),
        "{:?}",
        r.actors
    );
}

#[test]
fn crews_named_by_their_people_by_a_claim_or_by_an_introducer_are_actors() {
    // The people behind an operation the gazetteer knows only as malware, or not at all.
    assert_eq!(
        actors_after_lead("The Ryuk crew encrypted the servers."),
        ["Ryuk"]
    );
    assert_eq!(
        actors_after_lead("Officials said the Zorblat gang demanded a ransom."),
        ["Zorblat"]
    );
    // A passive claim, and a name with digits and brackets, kept whole; the channel the
    // group posts on is no group.
    assert_eq!(
        actors_after_lead("The attack was claimed by DarkWolves(24), a group active on Telegram."),
        ["DarkWolves(24)"]
    );
    // A crew's name may start with "Cyber".
    assert_eq!(
        actors_after_lead(
            "A group calling itself Cyber Ravens claimed responsibility for the attack."
        ),
        ["Cyber Ravens"]
    );
    // Capitalised kinds of code are no crew's name.
    assert!(actors_after_lead("The Botnet operators registered new domains.").is_empty());
}

#[test]
fn the_body_decides_over_the_headline_that_compresses_it() {
    let body = "Harbour attack carried out by Sandworm. The Millbrook Harbour Authority said its booking \
                systems were disrupted. Officials believe Sandworm was behind the attack.";
    assert_eq!(
        decision(body, "Sandworm Team"),
        (Role::Suspected, BasisRule::HedgedLink)
    );
    // A denial stands wherever it is said.
    let body = "Sandworm denies harbour attack. The Millbrook Harbour Authority said its booking \
                systems were disrupted. Officials said Sandworm was behind the attack.";
    assert_eq!(decision(body, "Sandworm Team").0, Role::Denied);
}

#[test]
fn an_actor_the_story_is_about_is_stated_as_fact() {
    // Named in the headline, or in the lead and again, with nothing hedging: the article's
    // statement of fact.
    for body in [
        "Sandworm hits harbour systems. The Millbrook Harbour Authority said its booking systems \
         were disrupted.",
        "Harbour systems hit. Sandworm disrupted the Millbrook Harbour Authority's booking \
         systems, which Sandworm has also probed before the attack.",
    ] {
        assert_eq!(decision(body, "Sandworm Team").0, Role::Confirmed, "{body}");
    }
}

#[test]
fn an_actor_named_early_only_as_background_is_not_the_stories() {
    // The lead's second sentence is close enough to make an actor the story's main one; these
    // speak of the actor's other deeds, or of it as an example of a kind.
    for (sentence, rule) in [
        (
            "Groups such as Sandworm have attacked ports, experts said.",
            BasisRule::NoLink,
        ),
        (
            "Sandworm has targeted ports before.",
            BasisRule::EarlierActivity,
        ),
        (
            "In a separate incident, Sandworm hit a ferry operator.",
            BasisRule::EarlierActivity,
        ),
        (
            "The FBI has warned ports about Sandworm.",
            BasisRule::NoLink,
        ),
        (
            "Sandworm remains the most feared crew in the region, analysts said.",
            BasisRule::NoLink,
        ),
        (
            "Sandworm was blamed for similar blackouts in Ukraine.",
            BasisRule::EarlierActivity,
        ),
        (
            "The FBI has issued alerts about Sandworm in recent years.",
            BasisRule::EarlierActivity,
        ),
        (
            "The outage comes a year after Sandworm hit a Danish port.",
            BasisRule::EarlierActivity,
        ),
        (
            "The malware was once tied to Sandworm, researchers said.",
            BasisRule::EarlierActivity,
        ),
        (
            "Sandworm has long targeted harbour operators in the Baltic.",
            BasisRule::EarlierActivity,
        ),
        (
            "Sandworm has attacked harbour operators for two decades.",
            BasisRule::EarlierActivity,
        ),
        (
            "The authority recalled that Sandworm had breached its network.",
            BasisRule::EarlierActivity,
        ),
        (
            "Officials compared the attack to the 2022 blackout, which was carried out by Sandworm.",
            BasisRule::EarlierActivity,
        ),
        (
            "The outage echoes the attack on a Danish port that Sandworm carried out.",
            BasisRule::EarlierActivity,
        ),
    ] {
        let body = format!(
            "Harbour systems hit. The Millbrook Harbour Authority said its booking systems were \
             disrupted. {sentence}"
        );
        assert_eq!(
            decision(&body, "Sandworm Team"),
            (Role::Context, rule),
            "{sentence}"
        );
    }
}

#[test]
fn a_victim_listed_by_a_crew_is_no_actor() {
    // The name before "to its list of victims" is the victim's.
    assert_eq!(
        actors_after_lead("Sandworm added Millbrook Ferries to its list of victims on Friday."),
        ["Sandworm Team"]
    );
}

#[test]
fn publishing_names_no_new_actor() {
    // A crew's publication is its claim only where the name is already known as an actor's:
    // vendors and newspapers publish too.
    for sentence in [
        "Quillon Systems published an advisory for the booking software on Tuesday.",
        "The Harbour Gazette posted the authority's statement online.",
        "The flaw was published by Quillon Systems in March.",
    ] {
        assert_eq!(
            actors_after_lead(sentence),
            Vec::<String>::new(),
            "{sentence}"
        );
    }
}

#[test]
fn the_leads_last_sentence_dated_years_back_is_background() {
    // The lead dates the incident, whatever it says; but a sentence closing it on a deed of a
    // year that ended over a year before the scrape (2025-06-20) is background.
    let body = "Harbour systems hit. The Millbrook Harbour Authority said its booking systems \
                were disrupted on Monday. In 2021 the port was hit by Sandworm, which wiped \
                its servers.";
    assert_eq!(
        decision(body, "Sandworm Team"),
        (Role::Context, BasisRule::EarlierActivity)
    );
    // Last year's deed may be the reported one, told late.
    let body = "Harbour systems hit. The Millbrook Harbour Authority said its booking systems \
                were disrupted. In 2025 the port was hit by Sandworm, which wiped its servers.";
    assert_eq!(decision(body, "Sandworm Team").0, Role::Confirmed);
}

#[test]
fn where_a_claim_was_made_is_no_claimant() {
    for sentence in [
        "A post on Telegram claimed the attack on the port.",
        "The port said a channel on Kestrelgram claimed the attack.",
    ] {
        assert_eq!(
            actors_after_lead(sentence),
            Vec::<String>::new(),
            "{sentence}"
        );
    }
}

#[test]
fn a_title_case_headline_does_not_stretch_a_new_name() {
    let r = extract(
        "Hacker Group Calling Itself Grey Heron Claims Breach at Port. A group calling itself \
         Grey Heron claimed the attack on the Millbrook Harbour Authority on Monday.",
    );
    let names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Grey Heron"]);
}

#[test]
fn an_ordinary_word_no_name_starts_with_is_no_known_actor() {
    let r = extract(
        "Unknown crew claims port hack. A group calling itself Grey Heron claimed the attack \
         on the Millbrook Harbour Authority on Monday.",
    );
    let names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Grey Heron"]);
}

#[test]
fn a_name_whose_own_clause_is_dated_long_ago_is_background() {
    // The headline and the lead, which otherwise report the incident whenever they date it.
    for body in [
        "Hackers breach Millbrook Grid; Sandworm hit it in 2016. Attackers breached the network \
         of Millbrook Grid on Tuesday, officials said.",
        "Millbrook Grid breached. Attackers breached the network of Millbrook Grid on Tuesday, a \
         utility Sandworm attacked in 2016, officials said.",
        "Millbrook Grid outage. In 2016, Sandworm cut power in Kyiv; on Tuesday an unknown \
         intruder cut power to 9,000 homes in Millbrook.",
    ] {
        assert_eq!(
            decision(body, "Sandworm Team"),
            (Role::Context, BasisRule::EarlierActivity),
            "{body}"
        );
    }
    // A date in another clause dates that clause: the name's own tells this incident.
    let body = "Millbrook Grid outage. Sandworm, which attacked Kyiv in 2016, attacked the \
                Millbrook grid on Tuesday, officials said.";
    assert_eq!(decision(body, "Sandworm Team").0, Role::Confirmed);
}

#[test]
fn an_ordinary_word_alias_linked_as_the_party_behind_is_an_actor() {
    // Aliases that are ordinary words need evidence that they are a group: a link naming the
    // party behind the incident is such evidence, as a list ending on a group noun is.
    for (sentence, want) in [
        (
            "The port said Akira may be behind the attack.",
            vec!["Akira"],
        ),
        (
            "The attack was attributed to Play by the FBI.",
            vec!["Play"],
        ),
        (
            "Royal was behind the breach, officials said.",
            vec!["Royal"],
        ),
        (
            "The port is trying to determine whether Akira, LockBit or another gang encrypted \
             its systems.",
            vec!["Akira", "LockBit"],
        ),
        (
            "Officials said Akira, Play and Royal crews were active.",
            vec!["Akira", "Play", "Royal"],
        ),
        // A comma ends the name before: "Play, Royal" is two.
        (
            "Gangs such as Play, Royal and other ransomware crews hit ports.",
            vec!["Play", "Royal"],
        ),
    ] {
        assert_eq!(actors_after_lead(sentence), want, "{sentence}");
    }
    // A link a clause away speaks of another subject; a word that is no group noun makes no
    // list a gang's.
    for sentence in [
        "The group said on its Telegram channel that it was behind the attack.",
        "The flaw lets spies read Signal, Telegram, Wiebo, Confide and Cloackman by hacking \
         the phones.",
        "The company confirmed that Play Store apps were affected.",
    ] {
        assert_eq!(
            actors_after_lead(sentence),
            Vec::<String>::new(),
            "{sentence}"
        );
    }
}

#[test]
fn names_offered_as_scenarios_or_candidates_are_possibilities() {
    for (sentence, name) in [
        (
            "Investigators were considering three scenarios: an operation by Sandworm, an \
             intrusion by a gang, or sabotage by an employee.",
            "Sandworm Team",
        ),
        (
            "Experts offered competing explanations: an operation by APT28, a hacktivist stunt, \
             or a leak by an employee.",
            "APT28",
        ),
        (
            "Among the candidates are APT33 and ransomware affiliates.",
            "APT33",
        ),
        (
            "The outage could have resulted from an intrusion by Turla or from an insider.",
            "Turla",
        ),
        (
            "Investigators are considering whether a gang or Russia's Turla was behind the \
             attack.",
            "Turla",
        ),
    ] {
        let body = format!("{LEAD} {sentence}");
        assert_eq!(
            decision(&body, name),
            (Role::Speculated, BasisRule::Possibility),
            "{sentence}"
        );
    }
}

#[test]
fn a_tie_to_a_state_describes_the_group() {
    // The claim decides; the relative clause's tie to a state links no incident.
    let body = format!(
        "{LEAD} Anonymous Sudan claimed responsibility for the attack on the harbour. \
         Anonymous Sudan, which researchers say has ties to Russia, has claimed attacks on \
         airports."
    );
    assert_eq!(
        decision(&body, "Anonymous Sudan"),
        (Role::Claimed, BasisRule::Claim)
    );
    // A tie to attacks still links them.
    let body = format!("{LEAD} Officials said APT28 is linked to the attacks.");
    assert_eq!(decision(&body, "APT28"), (Role::Suspected, BasisRule::Tie));
}

#[test]
fn a_story_that_comes_weeks_after_a_warning_and_a_headline_about_an_advisory_are_background() {
    let body = "Volt Typhoon advisory cited as Millbrook utility reports intrusion. Millbrook \
                Water said on Monday that it had detected unauthorised access to its billing \
                system. The utility said it had not identified the attacker. The disclosure \
                comes weeks after federal agencies warned that Volt Typhoon had pre-positioned \
                itself in water utilities.";
    assert_eq!(decision(body, "Volt Typhoon").0, Role::Context);
}

#[test]
fn a_firm_link_to_a_deed_dated_in_an_earlier_year_is_no_link_to_this_one() {
    // The claim decides: the firm link is to a 2024 attack, not to the reported one.
    let body = format!(
        "{LEAD} Qilin said on Wednesday that it was responsible for the attack on the harbour. \
         Qilin was behind a 2024 attack on a pathology provider."
    );
    assert_eq!(decision(&body, "Qilin"), (Role::Claimed, BasisRule::Claim));
    // A link to the reported deed, whatever year the scrape is in, stays firm.
    let body = format!("{LEAD} Officials said Qilin was behind the attack.");
    assert_eq!(decision(&body, "Qilin").0, Role::Confirmed);
}

#[test]
fn a_name_the_sources_write_in_capitals_written_as_a_word_needs_a_cue() {
    // "CHROMIUM" (Earth Lusca) and "ELECTRUM" (Sandworm) are the browser and the wallet here.
    assert_eq!(
        actors_after_lead(
            "The stealer takes passwords from Chromium browsers and keys from Electrum wallets."
        ),
        Vec::<String>::new()
    );
    // In capitals, or beside a noun of a group, they are the groups.
    assert_eq!(
        actors_after_lead("Microsoft said CHROMIUM was behind the attack."),
        ["Earth Lusca"]
    );
    assert_eq!(
        actors_after_lead("The group Electrum was behind the attack."),
        ["Sandworm Team"]
    );
}

#[test]
fn a_company_an_alias_shares_is_the_company() {
    assert_eq!(
        actors_after_lead("The malware was hosted on Alibaba cloud servers."),
        Vec::<String>::new()
    );
}

#[test]
fn a_states_act_after_which_a_deed_came_is_its_occasion_not_earlier_activity() {
    // "A day after Finland announced aid": the occasion of the claim, not a deed of the past.
    for (body, name) in [
        (
            "NoName057(16) claimed responsibility on Monday for the attack on the harbour, a \
             day after Finland announced a new aid package for Ukraine.",
            "NoName057(16)",
        ),
        (
            "Weeks after Israel struck targets in Iran, Handala said it had hacked the harbour.",
            "Handala",
        ),
    ] {
        let body = format!("{LEAD} {body}");
        assert_eq!(decision(&body, name).0, Role::Claimed, "{body}");
    }
    // A group's own deed after "after" still dates it.
    let body = format!("{LEAD} The outage comes a year after Sandworm hit a Danish port.");
    assert_eq!(decision(&body, "Sandworm Team").0, Role::Context);
}

#[test]
fn a_relative_clause_on_whose_history_inside_an_appositive_dates_only_itself() {
    // "FIN11, a group whose members have historically ...": the history is the group's; the
    // attribution is of the reported deed.
    let body = format!(
        "{LEAD} Mandiant attributes the intrusion, with moderate confidence, to FIN11, a \
         financially motivated group whose members have historically worked with other gangs."
    );
    assert_eq!(decision(&body, "TA505").0, Role::Suspected);
}

#[test]
fn a_crews_tool_that_leaked_is_no_claim_of_the_crew() {
    // "The LockBit builder leaked": the tool is what leaked; the crew published nothing.
    let body = format!(
        "{LEAD} \"This could be a LockBit affiliate, because the LockBit builder leaked years \
         ago,\" an analyst said."
    );
    assert_eq!(
        decision(&body, "LockBit"),
        (Role::Speculated, BasisRule::Possibility)
    );
    // The crew leaking the victim's files is its claim.
    let body = format!("{LEAD} LockBit leaked the authority's files on Friday.");
    assert_eq!(decision(&body, "LockBit").0, Role::Claimed);
}

#[test]
fn an_appositive_on_a_participle_dates_only_itself_across_a_list() {
    // "X, the network of young hackers blamed for attacks on retailers, insurers and airlines
    // over the past three years": the years date the network's record, set off after the name;
    // the hallmarks are of the reported attack. The list's commas do not end the appositive.
    let body = format!(
        "{LEAD} Researchers said the attack bore the hallmarks of Scattered Spider, the loose \
         network of young hackers blamed for a wave of attacks on retailers, insurers and \
         airlines over the past three years."
    );
    assert_eq!(
        decision(&body, "Scattered Spider"),
        (Role::Suspected, BasisRule::Tie)
    );
    // Without the appositive the dated deeds are the sentence's own.
    let body = format!(
        "{LEAD} Scattered Spider was blamed for a wave of attacks on retailers over the past \
         three years."
    );
    assert_eq!(decision(&body, "Scattered Spider").0, Role::Context);
}

#[test]
fn tooling_that_overlaps_with_a_group_ties_the_deed_to_it() {
    // "Overlap" with a hedge between it and the name: a tie, as "overlaps with" was.
    let body = format!(
        "{LEAD} The report says the intruders' tooling and infrastructure overlap \"with moderate \
         confidence\" with Salt Typhoon."
    );
    assert_eq!(
        decision(&body, "Salt Typhoon"),
        (Role::Suspected, BasisRule::Tie)
    );
    // Members who once overlapped with a crew tell of people, not of the deed.
    let body =
        format!("{LEAD} Some of the intruders have overlapped with the Lapsus$ crew in the past.");
    assert_ne!(decision(&body, "LAPSUS$").0, Role::Suspected);
}

#[test]
fn a_group_the_deed_is_contrasted_with_or_denied_overlap_with_is_not_linked() {
    // "Quieter than the work of X": set against the reported deed.
    let body =
        format!("{LEAD} The attack was quieter than the work of Handala, a hack-and-leak persona.");
    assert_ne!(decision(&body, "Handala").0, Role::Confirmed);
    // The work of X, stated, is a firm link.
    let body = format!("{LEAD} Officials said the attack was the work of Handala.");
    assert_eq!(decision(&body, "Handala").0, Role::Confirmed);
    // "No overlap with X" denies the tie.
    let body = format!("{LEAD} Researchers saw no overlap with Handala.");
    assert_eq!(decision(&body, "Handala").0, Role::Context);
}

#[test]
fn a_date_inside_what_the_evidence_is_compared_with_dates_only_that() {
    // "citing overlaps ... with wipers used ... in 2024": the year is the wipers', the
    // attribution is of the reported attack.
    let body = format!(
        "{LEAD} Staff were told. Trains ran. \"We attribute the attack to Sandworm with medium \
         confidence,\" a researcher wrote, citing overlaps in tooling with wipers used against \
         ports in 2024."
    );
    assert_eq!(
        decision(&body, "Sandworm Team"),
        (Role::Suspected, BasisRule::HedgedLink)
    );
    // A date of the sentence's own deed still dates it.
    let body =
        format!("{LEAD} Staff were told. Trains ran. Sandworm attacked ports in Denmark in 2024.");
    assert_eq!(decision(&body, "Sandworm Team").0, Role::Context);
}

#[test]
fn a_link_with_an_adverb_of_likelihood_inside_is_hedged_by_it() {
    // "is likely responsible": the link and its hedge in one phrase.
    for sentence in [
        "Analysts said the Lazarus Group is likely responsible.",
        "Analysts said the Lazarus Group was probably behind the attack.",
    ] {
        let body = format!("{LEAD} {sentence}");
        assert_eq!(
            decision(&body, "Lazarus Group"),
            (Role::Suspected, BasisRule::HedgedLink),
            "{sentence}"
        );
    }
    // An adverb of certainty is no hedge.
    let body = format!("{LEAD} Analysts said the Lazarus Group was almost certainly behind it.");
    assert_eq!(decision(&body, "Lazarus Group").0, Role::Confirmed);
}

#[test]
fn a_link_in_the_present_ends_the_story_of_earlier_activity_before_it() {
    // The sentence after one about the group's past continues that story, unless it links
    // the group to the deed in the present.
    let body = format!(
        "{LEAD} Analysts said the intrusion resembled previous thefts by the Lazarus Group. \
         \"We assess that the Lazarus Group is likely responsible,\" one firm wrote."
    );
    assert_eq!(
        decision(&body, "Lazarus Group"),
        (Role::Suspected, BasisRule::HedgedLink)
    );
    let body = format!(
        "{LEAD} In 2022 the port was robbed by the Lazarus Group. The Lazarus Group was also \
         behind a bridge theft that year."
    );
    assert_eq!(decision(&body, "Lazarus Group").0, Role::Context);
}

#[test]
fn evidence_seen_in_earlier_operations_dates_only_them() {
    // "seen in earlier APT41 operations": where the evidence was met before, not a past deed.
    let body = format!(
        "{LEAD} Officials said the intrusion bears the hallmarks of APT41, citing malware and \
         servers seen in earlier APT41 operations."
    );
    assert_eq!(decision(&body, "APT41"), (Role::Suspected, BasisRule::Tie));
    // A link inside that earlier activity is the earlier activity's.
    let body = format!(
        "{LEAD} Analysts said the funds moved in a pattern seen in earlier thefts attributed to \
         the Lazarus Group."
    );
    assert_ne!(decision(&body, "Lazarus Group").0, Role::Confirmed);
}

#[test]
fn a_lead_that_dates_its_deed_long_ago_is_still_the_reported_deed() {
    // Told long after (an interview, a fine, a lawsuit): the lead's own date is the story's,
    // so the deed it dates is the reported one, not earlier activity.
    let body = "Dairy's security chief on life after ransomware. When the Akira gang hit \
                Ostrander Foods Inc. in August 2023, the cheese maker lost its order system \
                for eleven days. The company did not pay.";
    assert_eq!(
        decision(body, "Akira"),
        (Role::Confirmed, BasisRule::StatedAct)
    );
    // A deed dated over a year before the lead's own date is still earlier activity.
    let body = "Dairy's security chief on life after ransomware. Ostrander Foods Inc. lost its \
                order system for eleven days in August 2023. The company did not pay. The Akira \
                gang hit another dairy in March 2021, police said.";
    assert_eq!(decision(body, "Akira").0, Role::Context);
}

#[test]
fn a_leak_site_the_law_took_down_is_no_claim() {
    // The site is the crew's infrastructure where the law seized it; the attacks are stated.
    let body = "Operation Kestrel: police in nine countries take down Qilin ransomware \
                infrastructure. The action, coordinated by Europol, took down 31 servers in \
                Germany and Romania, including the back end of Qilin's leak site and the portal \
                used to talk to victims. Police also froze $2 million in cryptocurrency.";
    assert_ne!(decision(body, "Qilin").0, Role::Claimed);
    // Where the crew lists a victim on it, the site is its claim.
    let body = "Food maker hit. Harwick Foods said its plants were down, and Qilin added the \
                company to its leak site on Friday.";
    assert_eq!(decision(body, "Qilin").0, Role::Claimed);
}

#[test]
fn a_crew_of_the_threat_actor_galaxy_is_named_without_a_group_noun() {
    // ShinyHunters is a threat actor of the MISP galaxy, not a ransomware strain: named bare
    // beside its deed it is an actor, as "LockBit" beside a claim is.
    let body = "Harbour authority confirms breach after ShinyHunters offers its records. The \
                Millbrook Harbour Authority said on Monday that customer records were taken, \
                days after a seller using the name ShinyHunters advertised them on a forum.";
    let r = extract(body);
    assert!(
        r.actors.iter().any(|a| a.name == "ShinyHunters"),
        "{:?}",
        r.actors
    );
}

#[test]
fn an_attack_group_s_own_name_is_that_group_beside_another_it_is_an_alias_of() {
    // "Andariel" is an ATT&CK group of its own and an alias the Lazarus Group's entry lists:
    // the text's other mention of Lazarus does not pull it there.
    let body = "Police say Andariel stole designs from defence supplier. South Korean police \
                said on Monday that Andariel stole artillery designs from Daesan Precision. \
                The Lazarus Group hit other suppliers in 2019.";
    let r = extract(body);
    let role = |name: &str| r.actors.iter().find(|a| a.name == name).map(|a| a.role);
    assert_eq!(role("Andariel"), Some(Role::Confirmed), "{:?}", r.actors);
    assert_eq!(role("Lazarus Group"), Some(Role::Context), "{:?}", r.actors);
}

#[test]
fn days_earlier_is_the_incident_s_own_timeline() {
    // Hours, days or weeks back tell the reported incident's course; months or years back,
    // other activity.
    let days = format!(
        "{LEAD} Two days earlier, a user calling themselves n0vaghost had posted the data and \
         wrote that they were responsible for the hit."
    );
    assert_ne!(decision(&days, "n0vaghost").0, Role::Context);
    let years = format!(
        "{LEAD} Two years earlier, a user calling themselves n0vaghost had posted other data \
         and wrote that they were responsible for that hit."
    );
    assert_eq!(decision(&years, "n0vaghost").0, Role::Context);
}

#[test]
fn years_before_that_dates_another_deed() {
    let body = |time: &str| {
        format!(
            "{LEAD} The FBI said TraderTraitor was responsible. {time}, the FBI had blamed the \
             Lazarus Group for a theft from another harbour."
        )
    };
    assert_eq!(
        decision(&body("Three years before that"), "Lazarus Group").0,
        Role::Context
    );
    // "Before that" with no span of time is the story's own sequence.
    assert_ne!(
        decision(&body("Shortly before that"), "Lazarus Group").0,
        Role::Context
    );
}

#[test]
fn a_group_s_history_in_its_appositive_leaves_the_link_to_the_reported_deed() {
    // The appositive opens after a comma inside a closing quote, and what "including" adds
    // is the appositive's too: neither dates the firm's link.
    for sentence in [
        "Tidewell Research said the loader was \"likely the work of Mustang Panda,\" a \
         China-based group that has targeted governments across Asia for more than a decade.",
        "Tidewell Research said the loader was consistent with Mustang Panda, a China-based \
         group that has targeted ports before, including through a festival website in 2019.",
    ] {
        let body = format!("{LEAD} {sentence}");
        assert_eq!(
            decision(&body, "Mustang Panda").0,
            Role::Suspected,
            "{sentence}"
        );
    }
}

#[test]
fn a_verb_of_naming_further_on_is_no_alias_of_the_past_cue() {
    // "That operation" dates the link; "a group it called X" later in the clause is the
    // sentence's own naming, not "previously called".
    let body = format!(
        "{LEAD} In 2017 attackers reached a safety system at another port. Mandiant attributed \
         that operation to a group it called TEMP.Veles."
    );
    assert_eq!(decision(&body, "TEMP.Veles").0, Role::Context);
    // "A previously little-known group" is new, not earlier activity.
    let body = format!(
        "{LEAD} A previously little-known group calling itself Baltic Wolf Pack claimed \
         responsibility on its Telegram channel."
    );
    assert_ne!(decision(&body, "Baltic Wolf Pack").0, Role::Context);
}

#[test]
fn the_group_denying_in_the_next_sentence_is_the_last_actor_named() {
    for denial in [
        "The group denied involvement.",
        "But in a Telegram post on Friday evening, the group denied any involvement.",
    ] {
        let body = format!("{LEAD} Officials noted similarities to operations by APT28. {denial}");
        assert_eq!(
            decision(&body, "APT28"),
            (Role::Denied, BasisRule::Denial),
            "{body}"
        );
    }
    // A sentence that names a group of its own speaks of that one.
    let body = format!(
        "{LEAD} Officials noted similarities to operations by APT28. The group, not Sandworm, \
         denied involvement."
    );
    assert_ne!(decision(&body, "APT28").0, Role::Denied, "{body}");
}

#[test]
fn a_group_s_span_of_life_or_a_long_record_before_its_claim_leaves_the_claim() {
    // The description dates only the group where the sentence goes on to its claim, a
    // publication of its own included, and a description longer than the usual reach still
    // leaves the verb after it the group's.
    for sentence in [
        "Killnet, a pro-Russian collective active since 2022, posted a list of the harbour's \
         websites on its Telegram channel.",
        "Killnet, a collective that has flooded the websites of ports and airports in \
         countries backing Ukraine since 2022, posted screenshots of the outage on its \
         Telegram channel.",
        "Killnet, a collective that has flooded the websites of ports and airports in \
         countries backing Ukraine, posted screenshots of the outage on its Telegram channel.",
    ] {
        let body = format!("{LEAD} {sentence}");
        assert_eq!(decision(&body, "Killnet").0, Role::Claimed, "{sentence}");
    }
    // Without a statement, the description's date is the sentence's: a record.
    let body = format!(
        "{LEAD} Killnet, the collective that hit a ferry operator last year, has also targeted \
         hospitals."
    );
    assert_eq!(decision(&body, "Killnet").0, Role::Context);
}

#[test]
fn a_ransomware_family_s_people_act_past_a_clause_after_its_name() {
    // The verb of a relative clause right after the name, or the main verb past one or an
    // appositive, is the people's: recruiting, relaunching, vanishing.
    for sentence in [
        "Several of its former partners now work with GandCrab, which has been actively \
         recruiting from collapsed programmes.",
        "GandCrab, also known as Gandcrab Ransomware, vanished in 2019.",
        "GandCrab, which was damaged by a police operation in 2024, has relaunched with new \
         servers.",
    ] {
        let r = extract(&format!("{LEAD} {sentence}"));
        assert!(
            r.actors.iter().any(|a| a.name == "GandCrab"),
            "{sentence}: {:?}",
            r.actors
        );
    }
    // A strain is said to target too: a mention naming the code stays code.
    let r = extract(&format!(
        "{LEAD} The GandCrab ransomware, which has mostly targeted businesses, has earned its \
         creators millions."
    ));
    assert!(
        r.actors.iter().all(|a| a.name != "GandCrab"),
        "{:?}",
        r.actors
    );
}

#[test]
fn a_second_verb_after_and_keeps_the_subject_of_the_denial() {
    // "removed the entry and posted a message saying it had nothing to do with": the verbs
    // after "and" are the group's own; a noun there opens a subject of its own.
    let lead = "Lakeshore Orthopaedic Partners confirmed a ransomware attack on November 4. \
                DragonForce added Lakeshore to its leak site on November 9. Four days later \
                the Everest group posted its own listing for Lakeshore.";
    let body = format!(
        "Two gangs claim Lakeshore. {lead} On Sunday, Everest removed the entry and posted a \
         message saying it had nothing to do with the attack."
    );
    assert_eq!(
        decision(&body, "Everest"),
        (Role::Denied, BasisRule::Denial)
    );
    let body = format!(
        "Two gangs claim Lakeshore. {lead} On Sunday, Everest claimed the attack on its leak \
         site and a rival gang said it had nothing to do with it."
    );
    assert_ne!(decision(&body, "Everest").0, Role::Denied);
}

#[test]
fn a_year_before_a_compromise_or_a_cyberattack_dates_the_link() {
    // "The 2020 compromise of ...", "a 2019 cyberattack on ...": the blame is for that deed.
    for deed in [
        "the 2020 compromise of SolarWinds software updates",
        "the 2019 cyberattack on a Dutch ferry operator",
    ] {
        let body = format!("{LEAD} APT29 was blamed by the US and UK governments for {deed}.");
        assert_eq!(decision(&body, "APT29").0, Role::Context, "{deed}");
    }
}

#[test]
fn a_name_given_by_a_naming_is_the_subject_of_the_statement_after_it() {
    // "a group it tracks as X was probably behind the intrusion": the hedge after the name
    // is the statement's; without one, the statement is firm.
    let body = format!(
        "{LEAD} Dragos said that a Chinese state-linked group it tracks as Voltzite was \
         probably behind the intrusion."
    );
    assert_eq!(decision(&body, "Volt Typhoon").0, Role::Suspected);
    let body =
        format!("{LEAD} Dragos said that a group it tracks as Voltzite was behind the intrusion.");
    assert_eq!(decision(&body, "Volt Typhoon").0, Role::Confirmed);
}

#[test]
fn a_crew_s_site_going_dark_is_no_claim() {
    let lead = "Harbour authority hit by cyberattack. The Millbrook Harbour Authority said on \
                Monday that it had been attacked with Akira ransomware in October and had paid \
                the threat actor.";
    let body = format!(
        "{lead} Days after the payment, the Akira gang's leak site went offline and its \
         negotiation portal stopped responding."
    );
    assert_ne!(decision(&body, "Akira").0, Role::Claimed);
    let body = format!(
        "{lead} Days after the payment, the Akira gang posted the authority on its leak site."
    );
    assert_eq!(decision(&body, "Akira").0, Role::Claimed);
}

#[test]
fn a_tie_to_a_group_named_in_the_tie_s_own_voice_is_a_tie() {
    // "linked ... to a group it tracks as X": the naming gives the tie's object.
    let body = format!(
        "{LEAD} Microsoft has linked a months-long espionage campaign against the authority, a \
         Baltic port operator with three terminals, to a Turkey-nexus hacking group it tracks as \
         Marbled Dust."
    );
    assert_eq!(decision(&body, "Sea Turtle").0, Role::Suspected);
    // An attribution so named stays firm.
    let body = format!(
        "{LEAD} Microsoft has attributed the campaign against the authority to a hacking group \
         it tracks as Marbled Dust."
    );
    assert_eq!(decision(&body, "Sea Turtle").0, Role::Confirmed);
}
