//! Who is said to be behind the reported incident, how firmly, by whom; and each actor's role.
//!
//! Attribution is read as claims. For each sentence naming an actor, the extractor looks for the
//! *statement* that links the actor to an incident and reads its parts:
//! - the **link**: the nearest attribution phrase whose actor stands on its side of the words
//!   and within reach of the name (`data/cues.txt` gives each phrase its side): a firm link
//!   ("attributed to X", "X was behind", "carried out by X"), an act (the actor the subject of
//!   a verb of attack: "X executed the attack"), a tie ("linked to X"), a claim
//!   ("X claimed responsibility", or a firm link the actor says of itself: "X said it was
//!   behind the outage"), a denial ("X denied"), a firm link said not to hold ("X was not
//!   involved": negated; a denial where the actor says it of itself; a denial another party
//!   says before the name, "officials dismissed claims that X was behind it": negated,
//!   while the state the actor is said to serve, denying as it does every accusation,
//!   makes no statement about the actor at all), or, with none of these,
//!   a bare possibility ("could be X"), or a hedge written as the name's adjective
//!   ("suspected Sandworm hackers": a firm link, hedged). A phrase on the wrong side
//!   describes the actor instead of linking it ("X, a group linked to Russia"), and links
//!   nothing; so does a verb of
//!   publishing whose object is tools ("X released a set of exploits", "the exploits leaked
//!   by X"): X is where the weapons came from (`data/attribution.txt` `[tool-nouns]`); and
//!   an actor given as an example of a kind ("groups such as X and Y who were behind ...")
//!   is spoken of as the kind, and makes no statement. A verb after the name reaches it
//!   across an appositive ("X, a group run by a military unit, carried out the attack");
//! - the **modality** in the statement's clause (from a little before the first of the name
//!   and the link to the last of them, and a short tail right after: "with medium
//!   confidence"): a hedge ("believed", "likely", "moderate confidence")
//!   (unnamed sources count as one: "sources said") or a possibility ("could be", "may have
//!   been", "split on whether"; a sentence opened by "Whether" is a question, and one opened
//!   by "If" a condition, whatever it goes on to say; a possibility that opens the sentence,
//!   "one hypothesis is that X ...", scopes over it up to a contrast or a semicolon; a name
//!   offered as one of alternatives is a possibility, with or without a link: a question, "Was
//!   it X or a gang?", a choice, "whether X or an insider" (where "not determined whether" is
//!   no negation), a split, "some suggest X, while others ..."); a hedge
//!   elsewhere in the sentence speaks of
//!   something else ("X, which is believed to be based in China");
//! - the **polarity**: a negation in the clause ("no evidence that X was behind"), or a
//!   negated verb that opens a "that" clause, over all of it ("has not confirmed that the
//!   incident was ransomware, that data was taken or that X was involved", "declined to
//!   confirm that X was behind it");
//! - the **frame**: a sentence about other or earlier activity (tense, "previously", a date
//!   before the incident, and the sentences that continue that story) makes no statement about
//!   the reported incident;
//! - a **legal** sentence (charged, indicted): "alleged" there is the law's word, not a doubt;
//! - the **party** that says it (an authority, a state, a vendor named before the link, or
//!   one that "said" it) is reported in `by`.
//!
//! One statement gives a role by this table (the first row that matches wins):
//!
//! | link | negated | modality | legal | role | rule |
//! |---|---|---|---|---|---|
//! | denial | any | any | any | denied | `denial` |
//! | any other | yes | any | any | none | `ruled-out` |
//! | claim | no | any | any | claimed | `claim` |
//! | any other | no | possibility | any | speculated | `possibility` |
//! | tie | no | plain or hedge | any | suspected | `tie` |
//! | firm or act | no | hedge | yes | confirmed | `legal-act` |
//! | firm or act | no | hedge | no | suspected | `hedged-link` |
//! | firm | no | plain | any | confirmed | `firm-link` |
//! | act | no | plain | any | confirmed | `stated-act` |
//! | possibility alone | no | any | any | speculated | `possibility` |
//!
//! A headline that doubts its own story ("Experts doubt ...", "... may never have happened")
//! caps every confirmed role at suspected (rule `doubted`); a body that says the attack is not
//! attributed ("it had not attributed the attack to any group") caps the article's own
//! stance at suspected (rule `article-stance`).
//!
//! A denial counts in the group's own voice too: what speaks for it (its channel, leak site
//! or account: "X's Telegram channel posted a message saying the group 'has nothing to do with'
//! the port", "a channel used by X posted: 'We did not touch this one'"), and "the group"
//! denying in the sentence right after one that names X last and no other actor after it.
//!
//! Several statements about one actor combine by precedence: a denial stands; otherwise the
//! firmest statement wins (confirmed over suspected over claimed over speculated), so a later
//! hedge does not erase a confirmation. The headline's statements count only where the body
//! makes none: a headline compresses what its body hedges ("X behind attack" over "officials
//! believe X was behind it"). But a headline that quotes a party naming the actor ("Acme
//! says X affiliate behind ransomware attack") stands over a body whose statements are only
//! the group's own claims (rule `article-stance`): the party's word is not compressed by the
//! claim. An actor with only ruled-out statements is `context`.
//! An actor with no statement at all is decided by where it is named:
//!
//! | named | role | rule |
//! |---|---|---|
//! | only in sentences about other activity (the lead's last sentence too, where it names an actor in a year that ended over a year before the scrape), or in clauses of its own dated so ("Sandworm hit it in 2016", "In 2016, Sandworm ..."), headline and lead included; or in a round-up's later items ("In other news, ...", "Elsewhere, ...": those sentences and every one after them are about other activity), and else only in its headline | context | `earlier-activity` |
//! | in the present, the article's subject (in the headline, in the lead and again, or most named), not named only as a victim ("files stolen from X") | the article's stance: the headline's statement, else the firmest that "the hackers" or "the group" are said to have done or claimed, else fact | `article-stance` |
//! | in the present, named once in the lead (not as an example of a kind, nor as what a warning or a study is about), and the article has a stance | that stance (never "else fact": a passing mention is not a statement) | `article-stance` |
//! | in the present, not the main actor, and the summary links it | the summary's role | `summary` |
//! | in the present, not the main actor | context | `no-link` |
//!
//! Every actor carries its [`crate::Basis`]: the rule, the parties and the
//! deciding sentence.

use std::sync::OnceLock;

use crate::gazetteer::HitKind;
use crate::model::{
    Actor, ActorKind, Attribution, AttributionStatus, Basis, BasisRule, Country, Incident, Mention,
    Role, Span,
};

use super::Doc;
use super::actors::FoundActor;
use super::ascii::{
    find_any, find_each, find_either, has_byte, last_word, rfind_byte, rfind_either, rfind_str,
    rsplit_space, split_space, starts_with_ignore_ascii_case,
};
use super::cues::{Cue, CueHit, Side};

/// Per found actor: its role and the sentences that support it.
#[derive(Debug, Clone)]
pub(crate) struct ActorRole {
    pub(crate) role: Role,
    /// Sentences (indices) that support the role.
    pub(crate) evidence: Vec<usize>,
    /// Sentences about the actor's earlier activity.
    pub(crate) past: Vec<usize>,
    /// The rule that decided and the deciding sentence, if one did.
    pub(crate) rule: BasisRule,
    pub(crate) decided_by: Option<usize>,
}

/// The attribution analysis of one text.
#[derive(Debug, Clone)]
pub(crate) struct Analysis {
    pub(crate) roles: Vec<ActorRole>,
    pub(crate) main: Attribution,
    /// Sentences about other, earlier activity (after following the actors' threads).
    pub(crate) past: Vec<bool>,
}

/// How far (in bytes) a link phrase may stand from the name it links.
const REACH: usize = 80;
/// How far before the first of name and link its clause's modality is read.
const LEAD: usize = 40;
/// How far before a name the "such as" of a list of examples is looked for.
const EXAMPLES_REACH: usize = 160;
/// How far before the link a negation of the actor's own words stands ("it had not attacked").
const NEGATION_REACH: usize = 12;
/// How far a verb of attack may follow the name of its subject.
const ACT_REACH: usize = 40;
/// How far before a name a possibility that opens its sentence still scopes over it.
const FRAME_REACH: usize = 160;

/// How far on either side of a name its statement's cues are looked for (bytes): past every
/// reach above, and the whole of any ordinary sentence.
const STATEMENT_WINDOW: usize = 320;

/// Whether words of attack follow a tie ("linked to the attacks"), so that the actor named
/// before it is tied to an incident rather than described. A firm link phrase there begins
/// with such words ("attacks by").
fn attack_follows(cues: &[super::CueHit], tie: Span) -> bool {
    cues.iter().any(|c| {
        matches!(
            c.cue,
            Cue::Attack | Cue::Type(_) | Cue::Confirm(Side::After)
        ) && c.span.start >= tie.end
            && c.span.start - tie.end <= ACT_REACH
    })
}

/// A past-tense verb of attack among the type and attack cues ("hacked", "stole", "hit").
fn past_tense_verb(word: &str) -> bool {
    // A phrase opened by the verb ("encrypted servers") reads as the verb.
    let first = super::ascii::before_byte(word, b' ');
    let w = first.as_bytes();
    (w.len() > 4 && w[w.len() - 2..].eq_ignore_ascii_case(b"ed"))
        || ["stole", "hit", "struck", "broke into", "broken into"]
            .iter()
            .any(|v| word.eq_ignore_ascii_case(v))
}

/// The kind of link a statement makes between an actor and an incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    Firm,
    /// The actor is the subject of a verb of attack: the text states what it did.
    Act,
    Tie,
    Claim,
    Deny,
    /// No link phrase, but a possibility within reach of the name ("could be X").
    Possible,
}

/// The modality over a statement's clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modality {
    Plain,
    Hedge,
    Possibility,
}

/// The parts of one statement about an actor, as the decision table reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Statement {
    link: Link,
    negated: bool,
    modality: Modality,
    legal: bool,
}

/// The attribution decision table (the module's rustdoc): the status one statement gives
/// (`None`: the link is ruled out) and the rule that gave it.
fn decide(s: Statement) -> (Option<AttributionStatus>, BasisRule) {
    use AttributionStatus as S;
    match s {
        Statement {
            link: Link::Deny, ..
        } => (Some(S::Denied), BasisRule::Denial),
        Statement { negated: true, .. } => (None, BasisRule::RuledOut),
        Statement {
            link: Link::Claim, ..
        } => (Some(S::Claimed), BasisRule::Claim),
        Statement {
            modality: Modality::Possibility,
            ..
        }
        | Statement {
            link: Link::Possible,
            ..
        } => (Some(S::Speculated), BasisRule::Possibility),
        Statement {
            link: Link::Tie, ..
        } => (Some(S::Suspected), BasisRule::Tie),
        Statement {
            modality: Modality::Hedge,
            legal: true,
            ..
        } => (Some(S::Confirmed), BasisRule::LegalAct),
        Statement {
            modality: Modality::Hedge,
            ..
        } => (Some(S::Suspected), BasisRule::HedgedLink),
        Statement {
            link: Link::Act, ..
        } => (Some(S::Confirmed), BasisRule::StatedAct),
        Statement { .. } => (Some(S::Confirmed), BasisRule::FirmLink),
    }
}

/// Whether the text after the name of who published data (`rest`) says where the data came
/// from (`[provenance]`), after at most three words of the name's kind ("the X extortion
/// group came from ...") and within its clause.
fn owned_up(rest: &str) -> bool {
    const REACH: usize = 64;
    let end = super::last_boundary(rest, 0, rest.len().min(REACH));
    let rest = &rest[..end];
    let clause = &rest[..find_any(rest, b',', b';', b'.').unwrap_or(rest.len())];
    super::vocabulary::list("provenance").iter().any(|phrase| {
        find_each(clause.as_bytes(), phrase.as_bytes()).any(|at| {
            let before = &clause[..at];
            before.ends_with(' ')
                && clause[at + phrase.len()..].starts_with(' ')
                && split_space(before).filter(|w| !w.is_empty()).count() <= 3
                && split_space(before).all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        })
    })
}

/// The text between two spans (empty when they touch or overlap).
pub(super) fn between(a: Span, b: Span) -> Span {
    if a.end <= b.start {
        Span::new(a.end, b.start)
    } else if b.end <= a.start {
        Span::new(b.end, a.start)
    } else {
        Span::new(a.start, a.start)
    }
}

/// Whether the name at `name` is one of the examples of a kind ("groups such as X, Y and Z",
/// "attackers including X"): what the sentence says of them it says of the kind, not of the
/// reported incident.
fn exemplar(text: &str, sentence_start: usize, name: Span) -> bool {
    // A list of examples is read a few names back, not over a whole (maybe huge) sentence.
    let from = super::first_boundary(
        text,
        name.start
            .saturating_sub(EXAMPLES_REACH)
            .max(sentence_start),
        name.start,
    );
    let before = &text[from..name.start];
    // ", including" needs no search of its own: it ends where the " including" in it does.
    // Both phrases end in a space: the last to end is found at the spaces, read backwards,
    // in one vectorised pass (a reverse searcher per phrase read the stretch twice, byte by
    // byte).
    const INTROS: [&[u8]; 2] = [b" such as ", b" including "];
    let bytes = before.as_bytes();
    // Most stretches hold neither phrase, which a search for each tells at a fraction of the
    // walk over every space: the walk finds one only where it is. Asked for every statement
    // read: the searchers are built once (`str::contains` built a two-way searcher at each
    // call, which cost more than the search of a few dozen bytes).
    static FINDERS: OnceLock<[memchr::memmem::Finder<'static>; 2]> = OnceLock::new();
    let [such_as, including] =
        FINDERS.get_or_init(|| [" such as ", " including "].map(memchr::memmem::Finder::new));
    if such_as.find(bytes).is_none() && including.find(bytes).is_none() {
        return false;
    }
    let Some(at) = memchr::memrchr_iter(b' ', bytes)
        .map(|space| space + 1)
        .find(|&end| INTROS.iter().any(|intro| bytes[..end].ends_with(intro)))
    else {
        return false;
    };
    // Only names and the commas and conjunctions of a list stand between.
    before[at..].split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| c == ',' || c == '"' || c == '“' || c == '”');
        w.is_empty()
            || matches!(w, "and" | "or" | "the" | "aka")
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// Whether "from" (and perhaps "the") stands right before the name, with a word of
/// `[apart-words]` at most four words before it ("a distinct cluster from X", "separate from
/// the X group", "distinguished the operation from X's").
fn set_apart(text: &str, sentence_start: usize, name: Span) -> bool {
    // Asked of every statement: the bytes right before the name are read first, and few
    // end in "from".
    let before = &text[sentence_start..name.start];
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let before = before.strip_suffix(" the").unwrap_or(before);
    let Some(before) = before.strip_suffix(" from") else {
        return false;
    };
    let from = super::first_boundary(
        text,
        (sentence_start + before.len())
            .saturating_sub(48)
            .max(sentence_start),
        sentence_start + before.len(),
    );
    text[from..sentence_start + before.len()]
        .split(' ')
        .rev()
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| {
            super::vocabulary::holds(
                "apart-words",
                w.trim_matches(|c: char| !c.is_alphanumeric()),
            )
        })
}

/// Whether the kind an example at `name` is given of ([`exemplar`]) is offered as a
/// possibility: a possibility opens its clause before the name ("could have been carried out
/// by groups such as X", "possible culprits include groups such as X"), or closes it within
/// reach after ("groups such as X were among the possible culprits").
fn possible_kind(doc: &Doc<'_, '_>, sentence: usize, name: Span) -> bool {
    let text = doc.text;
    // Only the cues within reach of the name (a cue's words run to a few dozen bytes): asked
    // of every example, a read of the whole sentence's cues was quadratic in an endless list
    // of them.
    let s = doc.sentences[sentence];
    let window = Span::new(
        name.start.saturating_sub(FRAME_REACH + 128).max(s.start),
        (name.end + REACH + 1).min(s.end).max(name.end),
    );
    doc.cues_within(window).iter().any(|c| {
        c.cue == Cue::Speculate
            && if c.span.end <= name.start {
                name.start - c.span.end <= FRAME_REACH
                    && !clause_turns(&text[c.span.end..name.start])
            } else {
                c.span.start >= name.end
                    && c.span.start - name.end <= REACH
                    && !clause_turns(&text[name.end..c.span.start])
            }
    })
}

/// Whether the word right before a link sets what it links against the reported deed
/// ("quieter than the work of X", "unlike those behind X").
fn contrasted(text: &str, link: Span) -> bool {
    let word = last_word(text[..link.start].trim_end());
    word.eq_ignore_ascii_case("than") || word.eq_ignore_ascii_case("unlike")
}

/// Whether a verb of publishing at `verb` has tools for its object ("released a set of
/// exploits"): its subject supplied the weapons and did not carry out the attack.
fn tools_object(text: &str, verb: Span) -> bool {
    let end = (verb.end + 32).min(text.len());
    let Some(after) = text.get(verb.end..end) else {
        return false;
    };
    after
        .split(|c: char| !c.is_alphanumeric())
        .take(5)
        .any(is_tool_noun)
}

/// Whether a verb of attack stands in a relative clause set off after the name and tells the
/// actor's habit, not this incident: "Handala, which has attacked organisations close to
/// Israel, could not be ruled out", "Salt Typhoon, the Chinese espionage group that has
/// targeted telecom operators around the world" (the perfect or present, and a plural object
/// with no article, "which hit the port on Monday" and "who carried out the attack" still
/// link), or one that counts many (`[record-quantifiers]`: "which has attacked many sites").
fn habit_of_the_name(text: &str, name: Span, verb: Span) -> bool {
    let Some(between) = text.get(name.end..verb.start) else {
        return false;
    };
    let Some(clause) = relative_clause(between) else {
        return false;
    };
    if find_any(clause, b',', b'.', b';').is_some() {
        return false;
    }
    let phrase = &text[verb.start..verb.end];
    let after = text[verb.end..].trim_start();
    let habitual = split_space(clause)
        .chain(split_space(phrase))
        .any(|w| matches!(w, "has" | "have") || super::vocabulary::holds("habit-adverbs", w))
        || phrase.ends_with('s');
    // "appears to have hit over 740 servers" tells this campaign, hedged.
    habitual
        && !clause.contains(" to ")
        && !phrase.contains(" to ")
        && (counts_many(after) || kind_of_target(after))
}

/// The words of a relative clause that `between` (the text from a name to a verb after it)
/// opens with, before the verb: ", which ...", ", who ...", or an appositive's ", the Chinese
/// espionage group that ..." (an article, then no comma before the pronoun).
fn relative_clause(between: &str) -> Option<&str> {
    const APPOSITIVE: usize = 80;
    if let Some(clause) = [", which ", ", who "]
        .iter()
        .find_map(|w| between.strip_prefix(w))
    {
        return Some(clause);
    }
    let set_off = between.strip_prefix(", ")?;
    let appositive = ["the ", "a ", "an "]
        .iter()
        .find_map(|a| set_off.strip_prefix(a))?;
    let head = &appositive[..super::last_boundary(appositive, 0, APPOSITIVE.min(appositive.len()))];
    let at = [" that ", " which ", " who "]
        .iter()
        .filter_map(|p| super::ascii::find_str(head, p).map(|k| k + p.len()))
        .min()?;
    (!has_byte(&appositive[..at], b',')).then(|| &appositive[at..])
}

/// Whether the words after a verb open on a plural noun with no article, a kind of target a
/// record has ("organisations", "hospitals"), past up to three modifiers in lower case that
/// are no count (`[count-words]`) nor determiner ("telecom operators", "government and
/// corporate websites"; not "two hospitals", "the port's systems").
fn kind_of_target(after: &str) -> bool {
    const MODIFIERS: usize = 3;
    for w in split_space(after).take(MODIFIERS + 1) {
        let w = w.trim_end_matches([',', ';', '.']);
        if w.is_empty()
            || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || super::vocabulary::holds("count-words", w)
            || super::vocabulary::holds("deed-determiners", w)
        {
            return false;
        }
        if w.len() > 3 && w.ends_with('s') {
            return true;
        }
    }
    false
}

/// Whether a verb of attack after the name tells the actor's record of kinds of target,
/// not this incident ([`record_of_kinds`], [`habit_of_the_name`]): what it reached are no
/// targets of the reported incident either.
pub(super) fn tells_a_record(text: &str, name: Span, verb: Span) -> bool {
    record_of_kinds(text, name, verb)
        || habit_of_the_name(text, name, verb)
        || claimed_record_before(text, name, verb)
}

/// Whether the word right before a verb of attack after the name is a claim of a record
/// ([`claims_a_record`]): "X has continued to operate, claiming attacks on hospitals and local
/// governments", "X has claimed attacks on schools".
fn claimed_record_before(text: &str, name: Span, verb: Span) -> bool {
    let Some(between) = text.get(name.end..verb.start) else {
        return false;
    };
    let before = between.trim_end();
    if before.len() > 200 || find_either(before, b'.', b';').is_some() {
        return false;
    }
    let claim = last_word(before);
    matches!(claim, "claimed" | "claiming" | "claims")
        && claims_a_record(
            text,
            Span::new(
                name.end + before.len() - claim.len(),
                name.end + before.len(),
            ),
        )
}

/// Whether a word of `[habit-adverbs]` stands right before a verb of attack after the name,
/// in its clause ("X has repeatedly attacked the railway's systems", "X routinely hits"):
/// the deed recurs, which tells the actor's record, not this incident.
fn repeated_act(text: &str, name: Span, verb: Span) -> bool {
    let Some(between) = text.get(name.end..verb.start) else {
        return false;
    };
    between.len() <= 48
        && find_any(between, b',', b'.', b';').is_none()
        && rsplit_space(between.trim_end())
            .next()
            .is_some_and(|w| super::vocabulary::holds("habit-adverbs", w))
}

/// Whether a verb of attack in the perfect, after the name in its sentence (past what
/// describes it or says more of it), lists kinds of targets with no article: "Interlock,
/// which surfaced in 2024, has targeted hospitals, universities and local governments", "X, a
/// loosely organised group, ... has targeted casinos, retailers and airlines" tell the
/// actor's record, not this incident ("X has hit the port" and "X has hit two hospitals"
/// still link).
pub(super) fn record_of_kinds(text: &str, name: Span, verb: Span) -> bool {
    let Some(between) = text.get(name.end..verb.start) else {
        return false;
    };
    let before_verb = between.trim_end();
    let Some(head) = ["has", "have", "has long", "have long", "has repeatedly"]
        .iter()
        .find_map(|aux| before_verb.strip_suffix(aux))
    else {
        return false;
    };
    // Between the name and the auxiliary: nothing, or what describes the actor or says more
    // of it in the same sentence ("X, which surfaced in 2024, has", "X, a loosely organised
    // group, has built a reputation for ... and has").
    let head = head.trim_end();
    if head.len() > 200 || find_either(head, b'.', b';').is_some() {
        return false;
    }
    let rest = text[verb.end..].trim_start();
    let first = super::ascii::before_byte(rest, b' ');
    let word = first.trim_end_matches(',');
    word.len() > 3
        && word.ends_with('s')
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && (first.ends_with(',') || rest[first.len()..].starts_with(" and "))
}

/// Whether the clause after a verb of publishing names tools, however far in it ("published
/// on Friday a set of confidential hacking tools").
fn tools_in_clause(text: &str, verb: Span) -> bool {
    const CLAUSE: usize = 80;
    let end = super::last_boundary(text, verb.end, (verb.end + CLAUSE).min(text.len()));
    let after = &text[verb.end..end];
    let clause = &after[..find_any(after, b',', b'.', b';').unwrap_or(after.len())];
    // A capitalised word after a capitalised one is part of a name ("listed Hollins Tool &
    // Die on its leak site").
    let mut previous_capitalised = false;
    clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            let capitalised = w.starts_with(|c: char| c.is_uppercase());
            let in_name = capitalised && previous_capitalised;
            previous_capitalised = capitalised;
            !in_name && is_tool_noun(w)
        })
}

/// Whether a crew's site (a claim cue of `[claim either]`: "leak site") is what the law
/// seized or took down, a word of `[seizure-words]` before it in its sentence ("took down 47
/// servers, including the back end of Qilin's leak site"): the site is the crew's
/// infrastructure there, not where it claims a victim.
fn site_seized(text: &str, sentence_start: usize, cue: Span) -> bool {
    if starts_with_ignore_ascii_case(&text.as_bytes()[cue.start..cue.end], b"claim") {
        return false;
    }
    let from = super::first_boundary(
        text,
        cue.start.saturating_sub(160).max(sentence_start),
        cue.start,
    );
    let before = text[from..cue.start].to_ascii_lowercase();
    // "X's leak site went offline": what the site did right after it, within its clause.
    // At most 40 bytes are read: a text of sites with no punctuation is not read to its end
    // for each.
    let rest = &text[cue.end..];
    let rest = &rest[..super::last_boundary(rest, 0, rest.len().min(40))];
    let clause = rest[..find_any(rest, b',', b';', b'.').unwrap_or(rest.len())].trim_start();
    super::vocabulary::list("seizure-words").iter().any(|w| {
        super::ascii::find_str(&before, w).is_some_and(|at| super::cues::starts_word(&before, at))
    }) || super::vocabulary::list("site-down-words")
        .iter()
        .any(|w| starts_with_ignore_ascii_case(clause.as_bytes(), w.as_bytes()))
}

/// Whether the words just before a firm link name tools ("the exploits leaked by X").
fn tools_subject(text: &str, link: Span) -> bool {
    let before = text[..link.start].trim_end();
    before
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(is_tool_noun)
}

/// Whether a firm link follows a bare noun of activity or code (`[activity-nouns]`, an adverb
/// allowed between) that a word of likening governs (`[likening-words]`): "shares
/// characteristics with activity publicly attributed to X", "similar to malware previously
/// attributed to X". What it attributes is the actor's other activity, to which the reported
/// one is only likened: a tie. "Samples attributed to X contained ..." states it.
fn others_activity(text: &str, link: Span) -> bool {
    let mut words = rsplit_space(text[..link.start].trim_end()).filter(|w| !w.is_empty());
    let mut noun = words.next().unwrap_or("");
    if noun.len() > 2 && noun.ends_with("ly") {
        noun = words.next().unwrap_or("");
    }
    super::vocabulary::holds("activity-nouns", noun)
        && words
            .next()
            .is_some_and(|w| super::vocabulary::holds("likening-words", w))
}

/// Whether another actor than the one at `name` is named between it and a cue after it (not
/// a platform named as a venue, "X's Telegram channel said"): the nearer name is the cue's
/// subject ("files listed by X as Y denies a role").
fn another_actor_between(doc: &Doc<'_, '_>, name: Span, cue: Span) -> bool {
    if cue.start < name.end {
        return false;
    }
    let owner = |h: &crate::gazetteer::Hit<'_>| match h.kind {
        HitKind::Actor { candidates, .. } => candidates.first().copied(),
        _ => None,
    };
    let own = doc.hits_overlapping(name).find_map(owner);
    doc.hits_overlapping(Span::new(name.end, cue.start))
        .any(|h| {
            h.start >= name.end
                && h.end <= cue.start
                && owner(h).is_some_and(|o| Some(o) != own)
                && !super::actors::venue_at(doc.text, Span::new(h.start, h.end))
        })
}

/// The bytes of hedges (`[hedge]`: "moderate confidence") between a cue and a name after it.
fn hedges_between(cues: &[super::CueHit], cue: Span, name: Span) -> usize {
    cues.iter()
        .filter(|h| h.cue == Cue::Hedge && h.span.start >= cue.end && h.span.end <= name.start)
        .map(|h| h.span.end - h.span.start)
        .sum()
}

/// Whether words open on an indefinite few as their speakers (`[indefinite-voices]`: "Some",
/// "Some researchers", "One", "Others"), not one of a known few ("One of the people").
fn indefinite_voice(before: &str) -> bool {
    let mut words = split_space(before).filter(|w| !w.is_empty());
    // Not one of a known few ("One of the people said investigators believe ...").
    words
        .next()
        .is_some_and(|w| super::vocabulary::holds("indefinite-voices", &w.to_ascii_lowercase()))
        && words.next() != Some("of")
}

/// The words of the clause that ends at `at`: from the last comma or semicolon before it in
/// its sentence (from `floor`), or from the sentence's start.
fn clause_of(text: &str, floor: usize, at: usize) -> &str {
    let before = &text[floor..at];
    let from = rfind_byte(before, b',')
        .max(rfind_byte(before, b';'))
        .map_or(0, |k| k + 1);
    &before[from..]
}

/// How many words before a firm link [`likened_before`] reads for the comparison.
const LIKENED_WORDS: usize = 16;

/// Whether a firm link stands in the thing a comparison sets the reported activity beside: a
/// verb of comparison (`[comparison-verbs]`), or a `[comparison-heads]` word then "with", "to"
/// or "like", then a noun of activity or deed (`[activity-nouns]`, `[deed-kinds]`) before the
/// link, all in one clause of at most `LIKENED_WORDS` words ("the lures matched a campaign
/// that Microsoft has attributed to X", "resembled a long-running campaign targeting hotel
/// staff that Microsoft tracks as X", "overlaps with the activity Microsoft tracks as X").
/// What the link attributes is that other activity: the reported one is tied to X, as
/// [`others_activity`] reads it of a bare noun.
fn likened_before(text: &str, floor: usize, link: Span) -> bool {
    let from = super::first_boundary(
        text,
        floor.max(link.start.saturating_sub(LIKENED_WORDS * 12)),
        link.start,
    );
    let words: Vec<&str> = rsplit_space(&text[from..link.start])
        .filter(|w| !w.is_empty())
        .take(LIKENED_WORDS)
        .collect();
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_ascii_alphabetic() && c != '-')
    }
    let mut noun = false;
    for (k, w) in words.iter().enumerate() {
        // A clause ends before it: the comparison must be in the link's own.
        if k > 0 && w.ends_with([',', ';', ':', '.']) {
            return false;
        }
        let word = bare(w);
        let head = || {
            matches!(word, "with" | "to" | "like")
                && words
                    .get(k + 1)
                    .is_some_and(|h| super::vocabulary::holds("comparison-heads", bare(h)))
        };
        if super::vocabulary::holds("comparison-verbs", word) || head() {
            return noun;
        }
        noun |= super::vocabulary::holds("activity-nouns", word)
            || super::vocabulary::holds("deed-kinds", word);
    }
    false
}

/// Whether a state is named right after a tie ("ties to Russia", "linked to Iran's
/// government"): the tie describes whom it is tied to.
fn tied_to_a_state(doc: &Doc<'_, '_>, tie: Span) -> bool {
    let from = tie.end;
    let to = (tie.end + 6).min(doc.text.len());
    doc.hits_overlapping(Span::new(from, to))
        .any(|h| h.start >= from && matches!(h.kind, HitKind::Country { .. }))
}

/// Whether the actor at `name`, after a verb of tying alone (`[tying-verbs]`: "links",
/// "tied"), is the verb's object, not what the object is tied to: no "to" or "with" stands
/// between them ("link X with the state"; not "links the campaign to X").
fn tied_as_object(text: &str, tie: Span, name: Span) -> bool {
    let verb = &text[tie.start..tie.end];
    let between = text[tie.end..name.start].trim_end();
    super::vocabulary::holds("tying-verbs", verb)
        && !(between.ends_with(" to") || between.ends_with(" with"))
}

/// Whether a tie's phrase ends on a noun for whoever did the deed ("prime suspect",
/// "culprit"): `data/attribution.txt` `[perpetrator-nouns]`.
pub(super) fn names_a_perpetrator(phrase: &str) -> bool {
    let last = last_word(phrase);
    super::vocabulary::holds("perpetrator-nouns", last)
}

fn is_tool_noun(word: &str) -> bool {
    super::vocabulary::holds("tool-nouns", word)
}

/// Whether a semicolon stands between two spans: a byte search, as a `char` pattern's
/// search cost more than these few dozen bytes.
fn semicolon_between(text: &str, a: Span, b: Span) -> bool {
    let gap = between(a, b);
    memchr::memchr(b';', &text.as_bytes()[gap.start..gap.end]).is_some()
}

/// The bytes between two spans.
fn gap(a: Span, b: Span) -> usize {
    between(a, b).len()
}

/// The bytes from the name at `name` to the cue at `cue`, less a description set off by commas
/// that stands between them ("X added Acme Ltd, a Norwegian maker of
/// fire-control electronics, to its leak site"): the victim's description puts the crew's
/// site no further from the crew. One description at most, of at most `2 * REACH` bytes;
/// past the cue's own reach plus that, the full gap.
fn gap_past_description(text: &str, name: Span, cue: Span) -> usize {
    let full = gap(name, cue);
    if full <= REACH || full > 3 * REACH {
        return full;
    }
    let between = &text[name.end..cue.start];
    let mut at = 0;
    while let Some(k) = between[at..].find(", ") {
        let open = at + k;
        if let Some(close) = super::victims::appositive(&between[open..])
            .and_then(|phrase| super::victims::appositive_close(phrase, 2 * REACH))
            .filter(|&close| between[open + 2 + close..].starts_with(", "))
        {
            return full - (close + 4);
        }
        at = open + 2;
    }
    full
}

/// The name with the appositive that may follow it, closing within `reach` bytes ("Kimsuky,
/// a North Korean group, is believed to have carried out the attack"): the verb after the
/// appositive is the name's, as near as if it followed the name.
fn with_appositive_within(text: &str, name: Span, sentence_end: usize, reach: usize) -> Span {
    super::victims::appositive(&text[name.end..sentence_end])
        .and_then(|phrase| {
            let close = super::victims::appositive_close(phrase, reach)?;
            Some(Span::new(
                name.start,
                sentence_end - phrase.len() + close + 1,
            ))
        })
        .unwrap_or(name)
}

/// Whether the words from the name at `name` to the link at `link` have the actor say it of
/// itself: a verb of saying, then "it", "they" or "we" right before the link ("X said on
/// Telegram that it was behind", "X says they carried out").
fn speaks_of_itself(text: &str, name: Span, link: Span) -> bool {
    if link.start < name.end {
        return false;
    }
    // The pronoun may stand before an auxiliary of the link ("X said it had stolen ...");
    // its own people are itself ("X announced that its members had taken down ...").
    // "X said it had not attacked the bank": a negation too, which makes it a denial.
    // Quotation marks around the words it is quoted in ("wrote that it had 'nothing to do
    // with' the attack") are not words.
    let mut words = text[name.end..link.start]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '\'' | '"' | '‘' | '’' | '“' | '”')))
        .filter(|w| !w.is_empty())
        .rev()
        .skip_while(|w| super::vocabulary::holds("auxiliaries", w) || matches!(*w, "not" | "never"))
        .peekable();
    // "X said the group had nothing to do with it": the kind of group, with "the", is the
    // speaker itself, as its own people are.
    let noun = words.next_if(|w| {
        super::vocabulary::holds("group-kinds", w) || super::vocabulary::holds("crew-nouns", w)
    });
    let subject = words.next();
    let pronoun = match noun {
        Some(noun) => {
            (subject == Some("the") && super::vocabulary::holds("group-kinds", noun))
                || (subject.is_some_and(|w| ["its", "their", "our"].contains(&w))
                    && super::vocabulary::holds("crew-nouns", noun))
        }
        None => subject.is_some_and(|w| ["it", "they", "we"].contains(&w)),
    };
    // The verb of saying must be the actor's, not another party's in a clause of its own
    // ("X has long been feared, and officials said it was behind the outage").
    let mut said = words.skip_while(|w| !super::vocabulary::holds("speech-verbs", w));
    pronoun
        && said.next().is_some()
        && said
            .next()
            .is_none_or(|speaker| !super::vocabulary::holds("outside-speakers", speaker))
}

/// The word for a kind of deed right before "by" and the name ("an operation by X", "a
/// campaign by X"; `data/attribution.txt` `[deed-kinds]`): the deed is said to be the name's,
/// as "an attack by X" is.
fn deed_by(text: &str, name: Span, floor: usize) -> Option<Span> {
    let before = text.get(floor..name.start)?.strip_suffix(" by ")?;
    let start = memchr::memrchr(b' ', before.as_bytes()).map_or(0, |i| i + 1);
    super::vocabulary::holds("deed-kinds", &before[start..])
        .then(|| Span::new(floor + start, floor + before.len()))
}

/// The text up to `reach` bytes before the name at `name`, not before `floor` (its sentence's
/// start), from a character boundary.
fn text_before_name(text: &str, floor: usize, name: Span, reach: usize) -> &str {
    let from = super::first_boundary(
        text,
        name.start.saturating_sub(reach).max(floor),
        name.start,
    );
    &text[from..name.start]
}

/// The words that say who the attackers are, right before the name ("The attackers were X",
/// "the hackers are probably X"; `[attacker-subjects]`, then a form of "be" and at most two
/// adverbs): a firm link, which an adverb among them may hedge. Only as its clause's subject:
/// not after a preposition ("domains used by the hackers were once linked to X").
fn attackers_named(text: &str, floor: usize, name: Span) -> Option<Span> {
    let before = text_before_name(text, floor, name, 48);
    // The form of "be" within the last three words, the noun before it, "the" before that.
    // Most names have none of it: the words are read from the name back, without a list.
    let mut words = before.split_whitespace().rev();
    let be = words
        .by_ref()
        .take(3)
        .position(|w| matches!(w, "are" | "were" | "is" | "was"));
    be?;
    attackers_subject(text, words, name)
}

/// "the" and a word of `[attacker-subjects]` as a clause's subject, read backwards (`words`
/// yields the noun, then "the", then the word before them): the span from "the" to the name
/// at `name`. Not after a preposition ("domains used by the hackers were once linked to X").
fn attackers_subject<'t>(
    text: &str,
    mut words: impl Iterator<Item = &'t str>,
    name: Span,
) -> Option<Span> {
    let noun = words.next()?;
    let the = words.next()?;
    if !the.eq_ignore_ascii_case("the") || !super::vocabulary::holds("attacker-subjects", noun) {
        return None;
    }
    if words
        .next()
        .is_some_and(|prior| prior == "by" || super::vocabulary::holds("prepositions", prior))
    {
        return None;
    }
    let start = the.as_ptr() as usize - text.as_ptr() as usize;
    Some(Span::new(start, name.start))
}

/// The attackers described as a group the name is given to, in an appositive right before the
/// name ("The attackers, a ransomware group called X, ...", "the hackers, a crew known as
/// X"): the text says who they are, as "the attackers were X" does. `[attacker-subjects]`
/// after "the", then ", a" or ", an", at most three words, and a verb of naming. Not after a
/// preposition ("files taken by the hackers, a group called X").
fn attackers_described(text: &str, floor: usize, name: Span) -> Option<Span> {
    let before = text_before_name(text, floor, name, 72);
    let described = [" called ", " named ", " known as ", " calling itself "]
        .iter()
        .find_map(|v| before.strip_suffix(v))?;
    let comma = super::ascii::rfind_str(described, ", a")?;
    let mut appositive = described[comma + 2..].split(' ');
    if !matches!(appositive.next(), Some("a" | "an")) || appositive.count() > 3 {
        return None;
    }
    attackers_subject(text, rsplit_space(&described[..comma]), name)
}

/// Whether a vendor names the reported deed's actor by tracking the deed under the name: "it
/// tracks the activity as X", "Mandiant is tracking the extortion campaign separately as X".
/// A form of "track", then words of the clause that hold a kind of deed (`[deed-kinds]`, or
/// "activity" or "cluster"), then "as" right before the name. Returns the link and the span
/// from the verb: firm, or a tie where a word of likeness qualifies what is tracked ("tracks an
/// overlapping cluster as X", "a related cluster": `[likeness-qualifiers]`), which names
/// activity like the reported one, not the reported one. None where it tracks "the same"
/// cluster: another name for one already named.
fn tracked_deed(text: &str, floor: usize, name: Span) -> Option<(Link, Span)> {
    let before = text_before_name(text, floor, name, 64).strip_suffix(" as ")?;
    let (mut deed, mut like) = (false, false);
    for w in rsplit_space(before).take(6) {
        if find_any(w, b',', b';', b'.').is_some() {
            return None;
        }
        if ["track", "Track"].iter().any(|t| w.starts_with(t)) {
            let start = w.as_ptr() as usize - text.as_ptr() as usize;
            let link = if like { Link::Tie } else { Link::Firm };
            return deed.then_some((link, Span::new(start, name.start)));
        }
        // "tracks the same cluster as X": another name for what the text has named, which
        // links nothing of its own.
        if w.eq_ignore_ascii_case("same") {
            return None;
        }
        deed |= matches!(w, "activity" | "activities" | "cluster")
            || super::vocabulary::holds("deed-kinds", w);
        like |= likened(w);
    }
    None
}

/// Whether a word of `words` qualifies what a vendor tracks as like the reported activity
/// rather than the reported one (`[likeness-qualifiers]`: "an overlapping cluster").
fn likened(words: &str) -> bool {
    split_space(words).any(|w| super::vocabulary::holds("likeness-qualifiers", w))
}

/// A sentence that puts the name in focus as the one who did it: "It was X that cut power
/// ...", "It was X who ...", "Behind the intrusion at Acme was X". Returns the span of the
/// focusing words.
fn cleft(text: &str, sentence: Span, name: Span) -> Option<Span> {
    let before = &text[sentence.start..name.start];
    if before == "It was " {
        let after = &text[name.end..sentence.end];
        return [" that ", " who "]
            .iter()
            .any(|w| after.starts_with(w))
            .then(|| Span::new(sentence.start, name.start));
    }
    // "Behind ... was X": the deed before, the name as the inverted subject, within reach.
    (before.starts_with("Behind ")
        && before.len() <= REACH
        && (before.ends_with(" was ") || before.ends_with(" is ")))
    .then(|| Span::new(sentence.start, sentence.start + "Behind".len()))
}

/// The deed the name owns ("X's attack on the port", "X's mass exploitation of the flaw";
/// one of `[deed-kinds]`, singular, within two words of the possessive): the text states it
/// is X's, unless a year before the scrape dates it ("X's 2016 operation").
fn possessed_deed(doc: &Doc<'_, '_>, name: Span) -> Option<Span> {
    let deed = owned_deed(doc.text, name.end)?;
    // One deed: "X's campaigns against airlines" tell of its ways, not of this incident.
    (!doc.text[deed.start..deed.end].ends_with('s') && !dated_earlier(doc, deed)).then_some(deed)
}

/// The word for a kind of deed (`[deed-kinds]`) within two words after a possessive that
/// ends a name at `name_end` ("X's attack", "X's mass exploitation").
pub(super) fn owned_deed(text: &str, name_end: usize) -> Option<Span> {
    let rest = super::ascii::after_possessive(&text[name_end..])?;
    let mut at = text.len() - rest.len();
    for word in split_space(rest).take(2) {
        let start = at;
        at += word.len() + 1;
        let bare = word.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        if super::vocabulary::holds("deed-kinds", bare) {
            return Some(Span::new(start, start + bare.len()));
        }
    }
    None
}

/// Whether the clause naming an actor dates what it tells over a year before the scrape:
/// a date in the name's own clause ("Unlike Sandworm's attacks on Ukrainian utilities in
/// 2015, ...", "the office was targeted by Gamaredon in 2022"), or a date that opens the
/// sentence ("In 2016, X ..."). The lead reports its incident whenever it happened, so a
/// sentence is not made past by a date; a clause is, where it is the name's and the year is
/// over.
fn dated_mention(doc: &Doc<'_, '_>, name: Span) -> bool {
    // A clause is read at most CLAUSE bytes either side of the name, and an opener at most
    // OPENER bytes: an endless sentence of names is not read whole for each.
    const CLAUSE: usize = 160;
    const OPENER: usize = 32;
    let sentence = doc.sentences[doc.sentence_at(name.start)];
    // Most sentences give no date: nothing to read.
    if doc.dates_within(sentence).is_empty() {
        return false;
    }
    let text = doc.text.as_bytes();
    let bound = |b: u8| matches!(b, b',' | b';' | b':' | b'(' | b')');
    let floor = name.start.saturating_sub(CLAUSE).max(sentence.start);
    let ceiling = (name.end + CLAUSE).min(sentence.end);
    let start = (floor..name.start)
        .rev()
        .find(|&j| bound(text[j]))
        .map_or(floor, |j| j + 1);
    let end = (name.end..ceiling)
        .find(|&j| bound(text[j]))
        .unwrap_or(ceiling);
    let opener_end = (sentence.start..name.start.min(sentence.start + OPENER + 1))
        .find(|&j| bound(text[j]))
        .unwrap_or(sentence.start);
    dated_long_ago(doc, Span::new(start, end))
        || dated_long_ago(doc, Span::new(sentence.start, opener_end))
}

/// Whether the year right before a deed's word dates it before the year of the scrape ("a
/// 2023 campaign by X"): another deed than the reported one.
fn dated_earlier(doc: &Doc<'_, '_>, deed: Span) -> bool {
    let before = doc.text[..deed.start].trim_end_matches(' ');
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    earlier_year(doc, word)
}

/// Whether `word` is a year before the scrape's ("2023" in 2025), or before the year of the
/// lead's date where the lead reports a deed over a year old ([`long_ago`]); never in a legal
/// story.
fn earlier_year(doc: &Doc<'_, '_>, word: &str) -> bool {
    let Some(long_ago) = long_ago(doc) else {
        return false;
    };
    // The year of the lead's own date (the cutoff is a week before it) where the lead is
    // older than a year, else the scrape's.
    let year = if doc.cutoff == Some(long_ago) {
        (long_ago + time::Duration::days(7)).year()
    } else {
        doc.today.year()
    };
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && word.parse::<i32>().is_ok_and(|y| y < year)
}

/// The day before which a date is of another, earlier deed than the reported one: a year
/// before the scrape, or the cutoff of a lead that dates its own deed earlier still (a story
/// told long after: "When Black Basta hit the dairy in August 2024, ...", a fine or a lawsuit
/// over a breach of years ago). None in a legal story, which reports a deed of the past
/// ([`Doc::legal_story`]).
fn long_ago(doc: &Doc<'_, '_>) -> Option<time::Date> {
    if doc.legal_story {
        return None;
    }
    let year_ago = doc.today.checked_sub(time::Duration::days(365))?;
    Some(doc.cutoff.map_or(year_ago, |cutoff| cutoff.min(year_ago)))
}

/// Whether a date within `span` (not a "since") ended [`long_ago`]: over a year before the
/// scrape, and before the lead's own date where that is older.
fn dated_long_ago(doc: &Doc<'_, '_>, span: Span) -> bool {
    let Some(long_ago) = long_ago(doc) else {
        return false;
    };
    doc.dates_within(span)
        .iter()
        .any(|d| !d.since && d.window.to < long_ago)
}

/// Whether the deed a firm link speaks of is dated in an earlier year than the scrape's: "a"
/// or "the" and a year right after the link ("was behind a 2021 attack"), or in the few
/// words before it, in its clause ("a 2024 campaign that it attributed to").
fn links_a_dated_deed(doc: &Doc<'_, '_>, link: Span) -> bool {
    const REACH: usize = 48;
    let text = doc.text;
    let earlier = |words: &str| {
        let mut previous = "";
        words
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| {
                let dated = matches!(previous, "a" | "the" | "A" | "The") && earlier_year(doc, w);
                previous = w;
                dated
            })
    };
    let after_end = super::last_boundary(text, link.end, (link.end + 12).min(text.len()));
    let before_start = super::first_boundary(text, link.start.saturating_sub(REACH), link.start);
    let before = &text[before_start..link.start];
    // Only the clause the link ends: not a date a comma or a semicolon sets apart.
    // A byte scan: a search for a set of chars decodes each.
    let before =
        &before[memchr::memrchr3(b',', b';', b'.', before.as_bytes()).map_or(0, |i| i + 1)..];
    earlier(&text[link.end..after_end]) || earlier(before)
}

/// Whether a word of time right before the link at `link`, in its clause, qualifies what the
/// evidence is compared with ([`super::compared_with_linked`]).
fn linked_through_a_comparison(doc: &Doc<'_, '_>, sentence: usize, link: Span) -> bool {
    let s = doc.sentences[sentence];
    doc.cues_within(Span::new(
        link.start.saturating_sub(32).max(s.start),
        link.start,
    ))
    .iter()
    .any(|p| p.cue == Cue::Past && super::compared_with_linked(doc, sentence, p.span.start))
}

/// Whether a present sentence of the body says the attack is not attributed: "not", "never",
/// "yet" or "declined to" among the three words before a word of attributing ("it had not
/// attributed the attack to any group", "has yet to attribute the intrusion", "declined to
/// attribute it").
fn said_unattributed(doc: &Doc<'_, '_>, past: &[bool]) -> bool {
    let text = doc.text;
    memchr::memmem::find_iter(text.as_bytes(), b"attribut").any(|at| {
        let i = doc.sentence_at(at);
        if i == 0 || past.get(i).copied().unwrap_or(true) {
            return false;
        }
        let s = doc.sentences[i];
        let from = super::first_boundary(text, at.saturating_sub(40).max(s.start), at);
        // The three words before, read backwards ("to" comes before "declined").
        let mut next = "";
        split_space(&text[from..at])
            .rev()
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| {
                let declined = w == "declined" && next == "to";
                next = w;
                declined || matches!(w, "not" | "never" | "yet")
            })
    })
}

/// Whether a firm link set off after the name, in an appositive or a relative clause, links
/// it to many deeds (`[record-quantifiers]`: "X, the crew blamed for a wave of thefts from
/// cloud databases", "X, which the FBI has blamed for a series of heists"): it tells who the
/// actor is by its record, not who did the reported deed.
fn describes_a_record(text: &str, name: Span, link: Span) -> bool {
    let Some(between) = text.get(name.end..link.start) else {
        return false;
    };
    if !between.starts_with(", ") || find_either(between, b'.', b';').is_some() {
        return false;
    }
    // "blamed for", "responsible for": the preposition the link takes.
    let after = text[link.end..].trim_start();
    let after = after.strip_prefix("for ").unwrap_or(after);
    // A bare plural of a kind of deed counts them as well ("X, the group blamed for breaches
    // of US carriers"): no article sets one deed apart.
    counts_many(after)
        || plural_deed(
            after
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or(""),
        )
}

/// Whether `words` open on a word of `[record-quantifiers]` ("a series of", "dozens of"),
/// which counts many deeds.
fn counts_many(words: &str) -> bool {
    super::vocabulary::list("record-quantifiers")
        .iter()
        .any(|q| super::ascii::starts_with_ignore_ascii_case(words.as_bytes(), q.as_bytes()))
}

/// Whether `words` end on a whole word of `[record-quantifiers]` ("... in a series of",
/// "dozens of"): [`counts_many`] read from the end.
fn ends_counting_many(words: &str) -> bool {
    super::vocabulary::list("record-quantifiers")
        .iter()
        .any(|q| {
            words.len() >= q.len()
                && words.is_char_boundary(words.len() - q.len())
                && words[words.len() - q.len()..].eq_ignore_ascii_case(q)
                && (words.len() == q.len()
                    || !words.as_bytes()[words.len() - q.len() - 1].is_ascii_alphanumeric())
        })
}

/// Whether `word` is the plural of a kind of deed (`[deed-kinds]` holds it and its singular:
/// "attacks", "breaches").
fn plural_deed(word: &str) -> bool {
    let singular = |suffix: &str| {
        word.strip_suffix(suffix)
            .is_some_and(|stem| super::vocabulary::holds("deed-kinds", stem))
    };
    super::vocabulary::holds("deed-kinds", word) && (singular("s") || singular("es"))
}

/// Whether a claim counts many deeds rather than one (`[record-quantifiers]`: "claimed dozens
/// of attacks"), or claims a plural of a kind of deed on kinds of target, with no article
/// ("claimed attacks on hospitals, schools and councils", "has claimed intrusions against
/// Israeli companies"): it tells the crew's record, not the reported incident ("claimed the
/// attack on the port", "claimed attacks on a brewer" still claim).
fn claims_a_record(text: &str, claim: Span) -> bool {
    let after = text[claim.end..].trim_start();
    let after = ["responsibility for ", "credit for "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or(after);
    if counts_many(after) {
        return true;
    }
    let mut words = after.split(' ');
    if !plural_deed(words.next().unwrap_or("")) || !matches!(words.next(), Some("on" | "against")) {
        return false;
    }
    let lower = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let kinds = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        lower(w) && w.len() > 3 && w.ends_with('s')
    };
    match (words.next(), words.next()) {
        // "hospitals", "healthcare organisations", "water utilities"
        (Some(first), second) if lower(first) => {
            !super::vocabulary::holds("deed-determiners", first)
                && (kinds(first) || second.is_some_and(kinds))
        }
        // "Israeli companies": a demonym before a plural kind.
        (Some(_), Some(second)) => kinds(second),
        _ => false,
    }
}

/// Whether a firm link follows a plural of a kind of deed that a word of
/// `[record-quantifiers]` counts, one adjective between at most ("a series of intrusions
/// carried out by X", "dozens of coordinated attacks attributed to X"): it links the actor
/// to its record, not to the reported incident.
fn counted_deeds_before(text: &str, link: Span) -> bool {
    let before = text[..link.start].trim_end();
    let Some((rest, deed)) = before.rsplit_once(' ') else {
        return false;
    };
    if !plural_deed(deed) {
        return false;
    }
    ends_counting_many(rest)
        || rest.rsplit_once(' ').is_some_and(|(r, adjective)| {
            adjective
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-')
                && ends_counting_many(r)
        })
}

/// The charge, indictment, sanction or arrest of a group's people, or the law's word on whose
/// people they are, in the sentence of its name ("charged three members of X with ...",
/// "sanctioned an affiliate of X", "prosecutors said the men were members of X", "the men
/// worked as X affiliates, the indictment says"; `[member-nouns]` before "of" and the name or
/// right after it): the law's act links the group.
fn legal_members(
    text: &str,
    cues: &[super::CueHit],
    name: Span,
    sentence: Span,
    legal_story: bool,
) -> Option<Span> {
    let legal = cues
        .iter()
        .find(|c| {
            c.cue == Cue::Legal && c.span.start >= sentence.start && c.span.end <= sentence.end
        })
        .map(|c| c.span);
    let before = &text[..name.start];
    let before = before.strip_suffix("the ").unwrap_or(before);
    let before = before.strip_suffix(" of ").map(last_word);
    let after = || {
        let rest = text[name.end..].strip_prefix(' ')?;
        Some(
            &rest[..rest
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len())],
        )
    };
    if before
        .or_else(after)
        .is_some_and(|people| super::vocabulary::holds("member-nouns", people))
    {
        return legal;
    }
    // "the contractor's hackers operated as part of the group that researchers track as X",
    // "the officers belong to a unit known as X": a phrase of membership (`[membership]`)
    // before a cue of naming that gives the name, in a legal sentence or story.
    let from = super::first_boundary(
        text,
        sentence
            .start
            .max(name.start.saturating_sub(STATEMENT_WINDOW)),
        name.start,
    );
    let clause = &text[from..name.start];
    let clause = &clause[rfind_either(clause, b';', b'.').map_or(0, |k| k + 1)..];
    // Asked of every name no link reaches: the cue of naming is read before anything is
    // lowered.
    let naming = clause.as_bytes();
    let naming = if super::ascii::ends_with_ignore_ascii_case(naming, b"the ") {
        &naming[..naming.len() - 4]
    } else {
        naming
    };
    let named = [
        "track as ",
        "tracks as ",
        "tracked as ",
        "known as ",
        "dubbed ",
        "called ",
    ]
    .iter()
    .find(|w| super::ascii::ends_with_ignore_ascii_case(naming, w.as_bytes()));
    // "the group, which is also tracked as X": another name of a group already named, not
    // the name of the people's.
    if named.is_none_or(|w| naming[..naming.len() - w.len()].ends_with(b"also ")) {
        return None;
    }
    let lower = clause.to_ascii_lowercase();
    let at = super::vocabulary::list("membership")
        .iter()
        .filter_map(|m| {
            // A whole phrase: a space before it and after it.
            super::ascii::find_each(lower.as_bytes(), m.as_bytes())
                .find(|&k| {
                    k > 0
                        && lower.as_bytes()[k - 1] == b' '
                        && lower.as_bytes().get(k + m.len()) == Some(&b' ')
                })
                .map(|k| (k, m.len()))
        })
        .min_by_key(|&(k, _)| k)?;
    let start = name.start - clause.len() + at.0;
    legal.or_else(|| legal_story.then_some(Span::new(start, start + at.1)))
}

/// How a sentence offers a name as one of alternatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Alternative {
    /// A question: "Was it X or a gang?".
    Question,
    /// A choice: "whether X or an insider", "either X or Y" (not "not ... either X or Y").
    Choice,
    /// A split of opinion, or another candidate weighed: "some analysts suggest X, while
    /// others ...", "X ..., though investigators also considered an insider".
    Split,
}

/// Whether, and how, the sentence offers the name as one of alternatives.
fn alternatives(text: &str, sentence: Span, name: Span) -> Option<Alternative> {
    if text[sentence.start..sentence.end].trim_end().ends_with('?') {
        return Some(Alternative::Question);
    }
    // The words around the name, as far as a statement is read: an endless sentence is not
    // read again for each of its names.
    let from = super::first_boundary(
        text,
        name.start
            .saturating_sub(STATEMENT_WINDOW)
            .max(sentence.start),
        name.start,
    );
    let to = super::last_boundary(
        text,
        name.end,
        (name.end + STATEMENT_WINDOW).min(sentence.end),
    );
    let whole = &text[from..to];
    let before = &text[from..name.start];
    let reach = super::last_boundary(text, name.end, (name.end + 48).min(sentence.end));
    let after = super::ascii::before_byte(&text[name.end..reach], b';');
    // The name is one of the choices itself: "X or", "X, Y or", "or X".
    // A few dozen bytes: read through, without building a searcher.
    let or_within = |reach: usize| {
        after.as_bytes()[..after.len().min(reach + 4)]
            .windows(4)
            .any(|w| w == b" or ")
    };
    let offered = after.starts_with(" or ")
        || after.starts_with(", ") && or_within(32)
        || before.ends_with(" or ");
    // Read only where the name is offered as a choice, which few are.
    let opener = || {
        ["whether ", "either ", "Whether ", "Either "]
            .iter()
            .filter_map(|w| {
                memchr::memmem::rfind(before.as_bytes(), w.as_bytes())
                    .filter(|&at| at == 0 || before.as_bytes()[at - 1] == b' ')
            })
            .max()
    };
    // A negation before "whether" is of knowing which ("not determined whether"); before
    // "either", of each ("not associated with either X or Y").
    let choice = offered
        && opener().is_some_and(|at| {
            before.len() - at <= FRAME_REACH
                && !clause_turns(&before[at..])
                && !(before[at..].starts_with(['e', 'E']) && negated_before(&before[..at]))
        });
    if choice {
        return Some(Alternative::Choice);
    }
    // Asked of every statement: the searchers are built once. "Others" is the rarer word: it
    // is looked for first. "Also considered" and "also considering" are one search, for what
    // they share, and a look at what follows it.
    static FINDERS: OnceLock<[memchr::memmem::Finder<'static>; 3]> = OnceLock::new();
    let [others, some, consider] = FINDERS
        .get_or_init(|| [" others ", " some ", " also consider"].map(memchr::memmem::Finder::new));
    let has =
        |finder: &memchr::memmem::Finder<'_>, hay: &str| finder.find(hay.as_bytes()).is_some();
    let considered = || {
        let whole = whole.as_bytes();
        consider.find_iter(whole).any(|at| {
            let rest = &whole[at + consider.needle().len()..];
            rest.starts_with(b"ed ") || rest.starts_with(b"ing ")
        })
    };
    let split = has(others, whole) && (has(some, before) || before.starts_with("Some "))
        // "..., though investigators have also considered a rogue vendor": another candidate.
        || considered();
    split.then_some(Alternative::Split)
}

/// Whether the words right before a choice negate it ("not associated with either X or Y" is
/// neither).
fn negated_before(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| matches!(w, "not" | "no" | "never") || w.ends_with("n't"))
}

/// Whether the words between a possibility and a name turn to another clause: a contrast, a
/// semicolon or a new clause joined by ", and".
/// Whether the cue at `cue` stands before byte `target` in the same clause of the sentence
/// that starts at `sentence_start`, within [`FRAME_REACH`]: what it says (a possibility, a
/// hedge, a link) scopes over what `target` starts.
fn frames(text: &str, sentence_start: usize, cue: Span, target: usize) -> bool {
    cue.start >= sentence_start
        && cue.end <= target
        && target - cue.end <= FRAME_REACH
        && !clause_turns(&text[cue.end..target])
}

fn clause_turns(between: &str) -> bool {
    has_byte(between, b';')
        || [
            " but ",
            " while ",
            " although ",
            " though ",
            " whereas ",
            ", and ",
        ]
        .iter()
        .any(|w| between.contains(w))
}

/// Whether the word at `word` follows an article ("a compromised server", "the hacked
/// accounts"): a participle there describes a noun and states no deed.
fn after_an_article(text: &str, word: Span) -> bool {
    let before = text[..word.start].trim_end_matches(' ').as_bytes();
    before.len() < word.start
        && [&b"a"[..], b"an", b"the"].iter().any(|a| {
            before.len() >= a.len()
                && before[before.len() - a.len()..].eq_ignore_ascii_case(a)
                && !before[..before.len() - a.len()]
                    .last()
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
        })
}

/// An attributing verb whose object runs long before the "to" of its actor ("attributes with
/// a high level of certainty the compromise of the State Roads Information Centre to the
/// group X"): the verb ("attribut...") before the name in its sentence, past the reach of an
/// ordinary link, and "to" within a few words before the name, with no clause turning between.
fn attributed_far(text: &str, cues: &[super::CueHit], name: Span) -> Option<Span> {
    let from = super::last_boundary(text, 0, name.start.saturating_sub(ACT_REACH));
    let to = from + rfind_str(&text[from..name.start], " to ")?;
    cues.iter()
        .filter(|c| matches!(c.cue, Cue::Confirm(Side::After)) && c.span.end <= to)
        .filter(|c| {
            text.as_bytes()[c.span.start..c.span.end]
                .get(..7)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"attribu"))
        })
        .find(|c| {
            !clause_turns(&text[c.span.end..name.start]) && !has_byte(&text[c.span.end..to], b'.')
        })
        .map(|c| c.span)
}

/// Whether the hedge at `hedge` is the verb "suspect" with the name at `name` its object:
/// only "the" between ("police suspect the Akira group", "investigators suspected the X
/// crew"); not the adjective ("suspected X hackers", "the suspected X operators").
fn suspects(text: &str, hedge: Span, name: Span) -> bool {
    let word = &text[hedge.start..hedge.end];
    right_before(text, hedge, name)
        && (word.eq_ignore_ascii_case("suspect") || word.eq_ignore_ascii_case("suspects") || {
            word.eq_ignore_ascii_case("suspected") && !attributive(text, hedge, name)
        })
        && !after_an_article(text, hedge)
}

/// Whether the hedge at `hedge` stands between a copula and the name at `name` ("it was
/// probably X", "this is likely the X group"): only "the" between the hedge and the name, and
/// a form of "be" right before the hedge.
fn hedged_complement(text: &str, hedge: Span, name: Span) -> bool {
    right_before(text, hedge, name)
        && matches!(
            super::ascii::last_word(text[..hedge.start].trim_end()),
            "is" | "was" | "be" | "were" | "are"
        )
}

/// Whether the words at `words` come right before the name at `name`: nothing but "the"
/// between.
fn right_before(text: &str, words: Span, name: Span) -> bool {
    words.end <= name.start && matches!(text[words.end..name.start].trim(), "" | "the")
}

/// Whether the word after `at` (a negation's end) is a verb that opens a "that" clause ("not
/// confirmed that", "declined to confirm that").
fn verb_opens_that_clause(text: &str, at: usize) -> bool {
    let Some(rest) = text[at..].strip_prefix(' ') else {
        // "declined to confirm that": the cue ends on its verb.
        return opens_that_clause(text, at);
    };
    let word = rest.split(' ').next().unwrap_or("");
    word.bytes().all(|b| b.is_ascii_alphabetic()) && opens_that_clause(text, at + 1 + word.len())
}

/// Whether the hedge at `hedge` is a source nobody names ("people familiar with", "sources")
/// who speaks within a few words after it ("people with knowledge of the investigation said
/// ..."): what they say is hedged however far the link stands from them.
fn unnamed_source_speaks(text: &str, hedge: Span) -> bool {
    let phrase = &text[hedge.start..hedge.end];
    let first = super::ascii::before_byte(phrase, b' ');
    if !["people", "person", "sources", "anonymous", "unnamed"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let end = super::last_boundary(text, hedge.end, (hedge.end + 48).min(text.len()));
    split_space(&text[hedge.end..end])
        .take(6)
        .take_while(|w| find_any(w, b',', b';', b'.').is_none())
        .any(|w| super::vocabulary::holds("speech-verbs", w))
}

/// Whether a "that" opens a clause right after `at` ("assessed that", "with moderate
/// confidence that").
fn opens_that_clause(text: &str, at: usize) -> bool {
    // A hedge quoted from the source ("assessed 'with moderate confidence' that ...") opens it
    // after its closing quote.
    let rest = &text[at..];
    let rest = rest.trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}']);
    rest.starts_with(" that ")
}

/// Whether a state or its capital is named in the sentence before `at` ("Russia denied",
/// "the Kremlin rejected reports", "Chinese officials dismissed claims").
fn state_speaks(doc: &Doc<'_, '_>, sentence: usize, at: usize) -> bool {
    // As far back as a statement is read.
    let from = at
        .saturating_sub(STATEMENT_WINDOW)
        .max(doc.sentences[sentence].start);
    doc.hits_overlapping(Span::new(from, at))
        .any(|h| h.start >= from && h.end <= at && matches!(h.kind, HitKind::Country { .. }))
}

/// Whether the hedge at `hedge` modifies the name right after it as an adjective ("suspected
/// Sandworm hackers", "the alleged APT28 operation"; `[hedge-adjectives]`): only a space
/// between.
pub(super) fn attributive(text: &str, hedge: Span, name: Span) -> bool {
    hedge.end + 1 == name.start
        && text.as_bytes()[hedge.end] == b' '
        && super::vocabulary::holds("hedge-adjectives", &text[hedge.start..hedge.end])
}

/// Where the words that may still qualify a clause ending at `end` stop: a short
/// prepositional tail ("with medium confidence"), up to the next comma, semicolon or the
/// sentence's end, and at most a few words.
fn trailing_end(text: &str, end: usize, sentence_end: usize) -> usize {
    const TAIL: usize = 32;
    let stop = (end + TAIL).min(sentence_end);
    let Some(tail) = text.get(end..stop) else {
        return end;
    };
    // The confidence may be quoted or set in brackets ("to X \"with medium confidence\"",
    // "to X (with a moderate confidence level)").
    if ![" with ", " \"with ", " \u{201c}with ", " (with "]
        .iter()
        .any(|p| tail.starts_with(p))
    {
        return end;
    }
    end + find_any(tail, b',', b';', b'.').unwrap_or(tail.len())
}

/// Whether the denial at `deny` is said by the actor named before it: no other party (a
/// capitalised word), no contrast ("but", "while") and no semicolon stand between.
fn denial_by(text: &str, name: Span, deny: Span) -> bool {
    deny.start >= name.end
        && super::ascii::split_space_at(&text[name.end..deny.start]).all(|(at, w)| {
            // A capitalised word between is another party's name, but for a day or a month
            // ("X's channel posted on Monday that it had nothing to do with ..."), or the
            // platform it speaks on ("X posted on its Telegram channel that ...").
            let word = w.trim_end_matches([',', '.']);
            let start = name.end + at;
            (!w.starts_with(|c: char| c.is_uppercase())
                || super::vocabulary::holds("not-names", word)
                || super::actors::venue_at(text, Span::new(start, start + word.len())))
                && !matches!(w, "but" | "while" | "whereas")
        })
        && !has_byte(&text[name.end..deny.start], b';')
        && !new_subject_after_and(&text[name.end..deny.start])
}

/// Whether the words before a denial give it a subject of its own after their last "and":
/// "X claims responsibility and a pro-Russian rival denies role" (not "X claimed it and later
/// denied it", "X said it and that it had nothing to do with ...", "X removed the entry and
/// posted a message saying it had nothing to do with ...", whose "and" joins a second
/// predicate of the same subject). Past adverbs, pronouns, auxiliaries and "that", the first
/// word that is none of them decides: a verb in the past or of saying goes on with the
/// subject, as "the group" or "the gang" does (the actor itself); any other word opens a
/// subject of its own.
fn new_subject_after_and(between: &str) -> bool {
    let Some(k) = between.rfind(" and ") else {
        return false;
    };
    let mut words = split_space(&between[k + " and ".len()..])
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .skip_while(|w| {
            w.is_empty()
                || super::vocabulary::holds("auxiliaries", w)
                || super::vocabulary::holds("same-subject-words", w)
                || w.ends_with("ly")
        });
    match words.next() {
        // "... and that the group had 'never touched' the bank": the group itself.
        Some("the") => !words.next().is_some_and(|noun| {
            super::vocabulary::holds("group-kinds", noun)
                || super::vocabulary::holds("crew-nouns", noun)
        }),
        Some(w) => !(w.ends_with("ed") || super::vocabulary::holds("speech-verbs", w)),
        None => false,
    }
}

/// Whether the name stands in a relative clause about an outside party, the subject of what
/// follows ("a researcher who tracks X's channel told ...", "analysts that follow X said
/// ..."): the party speaks, not the actor.
/// Read within `STATEMENT_WINDOW` bytes before the name: asked of every name, a scan back to
/// the sentence's start was quadratic in an endless sentence of names.
fn described_by_outsider(text: &str, from: usize, name: Span) -> bool {
    let from = super::first_boundary(
        text,
        from.max(name.start.saturating_sub(STATEMENT_WINDOW)),
        name.start,
    );
    let mut previous = "";
    split_space(&text[from..name.start]).any(|w| {
        let relative = matches!(w, "who" | "that") && {
            let p = previous.trim_matches(|c: char| !c.is_alphanumeric());
            super::vocabulary::holds("outside-speakers", p)
        };
        previous = w;
        relative
    })
}

/// How far after a name a denial in the group's own voice is read ([`voice_denial`]).
const VOICE_REACH: usize = 240;

/// A denial in the group's own voice, further from its name than its own words reach (at most
/// `VOICE_REACH` bytes): something that speaks for it (`[voice-nouns]`: its channel, its leak
/// site, an account) says that "the group", "it", "they" or "we" had no part ("a Telegram
/// channel used by people associated with X wrote that the group had 'never touched' the
/// bank", "X's leak site published a statement saying the group 'did not attack' the
/// university", "X was named; on its leak site, the group stated that it had 'never touched'
/// the utility"). No outside party (`[outside-speakers]`) speaks, and no other actor is named
/// between the name and the denial. The words that describe the voice may tell of the past
/// ("an account that has previously spoken for X"): only those after its verb of saying
/// date the denial.
fn voice_denial(doc: &Doc<'_, '_>, i: usize, name: Span) -> Option<Span> {
    // Only the cues and names within reach after the name are read: asked of every mention,
    // a scan of the whole sentence was quadratic in an endless sentence of names.
    let s = doc.sentences[i];
    let cues = doc.cues_within(Span::new(name.end, (name.end + VOICE_REACH + 1).min(s.end)));
    // Each denial within reach, in order: "rejected that suggestion, writing that the group
    // 'has nothing to do with' the port" gives its subject only at the second.
    cues.iter()
        .filter(|c| matches!(c.cue, Cue::RuledOut | Cue::Deny))
        .find_map(|deny| voiced(doc, s, name, cues, deny))
}

/// [`voice_denial`] at one denial `deny` after the name, among the sentence's `cues` within
/// reach.
fn voiced(
    doc: &Doc<'_, '_>,
    s: Span,
    name: Span,
    cues: &[super::CueHit],
    deny: &super::CueHit,
) -> Option<Span> {
    let text = doc.text;
    // A platform whose name is also a group's ("Telegram" is a ransomware strain's) is the
    // voice's venue before a noun of `[venue-nouns]` ("X's Telegram channel posted") or after
    // a word of `[venue-prepositions]` ("told a reporter on Telegram that it had nothing to do
    // with"), as the actor finder reads it.
    if doc
        .hits_overlapping(Span::new(name.end, deny.span.start))
        .any(|h| {
            matches!(h.kind, HitKind::Actor { .. })
                && h.start >= name.end
                && h.end <= deny.span.start
                && !super::actors::venue_at(text, Span::new(h.start, h.end))
        })
    {
        return None;
    }
    let between = &text[name.end..deny.span.start];
    // "X claimed it on its leak site and a rival gang said it had nothing to do with it".
    if new_subject_after_and(between) {
        return None;
    }
    let words: Vec<(usize, &str)> = super::ascii::split_space_at(between)
        .map(|(at, w)| {
            (
                at,
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''),
            )
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    // The denial's subject: "the group", or a pronoun, after auxiliaries and "not".
    let mut k = words.len();
    while k > 0
        && (super::vocabulary::holds("auxiliaries", words[k - 1].1)
            || matches!(words[k - 1].1, "not" | "never"))
    {
        k -= 1;
    }
    // "saying that it 'does not do defacements' and had 'nothing to do' with the attack": a
    // second predicate joined by "and" shares the first one's subject, a few words back.
    if k >= 2 && words[k - 1].1 == "and" {
        k = (k.saturating_sub(10)..k - 1)
            .rev()
            .find(|&j| matches!(words[j].1, "it" | "they" | "we"))
            .map_or(k, |j| j + 1);
    }
    // A quotation opens on a capital ("posted: 'We did not touch this one'").
    let pronoun = |w: &str| {
        let w = w.trim_start_matches(['\'', '\u{2018}']);
        ["it", "they", "we"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    };
    let subject = match k.checked_sub(1).map(|j| words[j].1) {
        Some(w) if pronoun(w) => k - 1,
        Some(noun)
            if super::vocabulary::holds("group-kinds", noun)
                && k >= 2
                && words[k - 2].1.eq_ignore_ascii_case("the") =>
        {
            k - 2
        }
        _ => return None,
    };
    let after_that = if subject > 0 && words[subject - 1].1 == "that" {
        subject - 1
    } else {
        subject
    };
    // The verb of saying nearest before the subject, at most sixteen words before it (its
    // hearer and the means, "told the outlet Il Notiziario, in messages on a chat app,", or an
    // earlier thing said: "writing that 'Y is not one of us' and that the group ...").
    let verb = (after_that.saturating_sub(16)..after_that)
        .rev()
        .find(|&j| super::vocabulary::holds("speech-verbs", words[j].1))?;
    // Only the denial's own clause dates it.
    let said_at = name.end + words[verb].0;
    if cues
        .iter()
        .any(|c| c.cue == Cue::Past && c.span.start > said_at && c.span.start < deny.span.start)
    {
        return None;
    }
    // The speaker: from the clause that holds the name (or, after a semicolon, the one that
    // follows it) to the verb, read at most `VOICE_REACH` bytes back from the name.
    let floor = super::first_boundary(
        text,
        name.start.saturating_sub(VOICE_REACH).max(s.start),
        name.start,
    );
    let opening = rfind_byte(&text[floor..name.start], b';').map_or(floor, |k| floor + k + 1);
    let speaker_words =
        split_space(&text[opening..name.start]).chain(words[..verb].iter().map(|&(_, w)| w));
    let mut voiced = false;
    for w in speaker_words {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if super::vocabulary::holds("outside-speakers", w) {
            return None;
        }
        voiced |= super::vocabulary::holds("voice-nouns", w);
    }
    voiced.then_some(deny.span)
}

/// How far before a cue of naming [`names_an_alias`] looks for the group its name is another
/// of (bytes): a sentence's description of the group.
const ALIAS_REACH: usize = 160;

/// Whether a cue of naming ("tracks as", "it calls") gives another name of an actor just
/// named: "Scattered Spider, which Microsoft tracks as Octo Tempest" names an alias; it links
/// the actor to nothing ("the intruders, whom Mandiant tracks as UNC3944" still does).
pub(super) fn names_an_alias(doc: &Doc<'_, '_>, cue: Span) -> bool {
    if !naming(doc.text, cue) {
        return false;
    }
    // "the group, which is also tracked as X": "also" gives another name, whatever names
    // the group before it.
    if doc.text[..cue.start].ends_with(" also ") {
        return true;
    }
    let i = doc.sentence_at(cue.start);
    let s = doc.sentences[i];
    // Hits never overlap, so their ends are in order: the ones ending before the cue are found
    // by binary search, and only those within reach of it are read back (an endless sentence
    // of namings once read every later hit for each).
    let hits = doc.hits_in(i);
    let before = hits.partition_point(|h| h.end <= cue.start);
    // "APT15, a group that researchers associate with Chinese intelligence and which
    // Microsoft tracks as Nylon Typhoon": the name after the naming is another of a group
    // the sentence named shortly before it, in what it sets off after that name, however
    // long. (Not a naming coordinated with one before it, "the team that researchers call
    // Sandworm and that Microsoft tracks as Seashell Blizzard", which names as the first
    // does.)
    let owner = |h: &crate::gazetteer::Hit<'_>| match h.kind {
        HitKind::Actor { candidates, .. } => candidates.first().copied(),
        _ => None,
    };
    if let Some(named) = hits
        .get(before..)
        .and_then(|after| after.iter().find(|h| h.start >= cue.end))
        .filter(|h| h.start - cue.end <= 2)
        .and_then(owner)
        && hits[..before]
            .iter()
            .rev()
            .take_while(|h| cue.start - h.end <= ALIAS_REACH)
            .any(|h| {
                owner(h) == Some(named)
                    && doc.text[h.end..cue.start].starts_with(", ")
                    && find_either(&doc.text[h.end..cue.start], b'.', b';').is_none()
            })
    {
        return true;
    }
    // "Salt Typhoon, which the security company Trend Micro tracks as X", "Sandworm, tracked
    // as X": a description of the actor that ends on whoever names it.
    if hits[..before]
        .iter()
        .rev()
        .take_while(|h| cue.start - h.end <= 80)
        .find(|h| matches!(h.kind, HitKind::Actor { .. }))
        .is_some_and(|h| super::actors::declares_alias(doc.text, h.end, cue))
    {
        return true;
    }
    hits[..before]
        .iter()
        .rev()
        .take_while(|h| cue.start - h.end <= 40)
        .find(|h| matches!(h.kind, HitKind::Actor { .. }))
        .is_some_and(|h| {
            let between = &doc.text[h.end.max(s.start)..cue.start];
            between.len() <= 40
                && ([
                    ", which ",
                    ", whom ",
                    " (which ",
                    ", a group ",
                    ", the group ",
                ]
                .iter()
                .any(|w| between.starts_with(w))
                // "Turla, another FSB-linked group also tracked as Snake".
                || between.ends_with(" also "))
                && find_either(between, b'.', b';').is_none()
        })
}

/// Whether a cue of naming ([`naming`]) has a group noun and whoever names it before it: "the
/// group Microsoft tracks as X", "a cluster that Mandiant tracks as X" (`[group-kinds]` or
/// "cluster", then "that" or "which" or none, then a capitalised namer).
fn names_the_group_before(text: &str, cue: Span) -> bool {
    if !naming(text, cue) {
        return false;
    }
    let mut words = rsplit_space(text[..cue.start].trim_end()).take(3);
    let namer = words.next().unwrap_or("");
    if !namer.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let noun = match words.next() {
        Some("that" | "which") => words.next(),
        other => other,
    };
    noun.is_some_and(|n| n == "cluster" || super::vocabulary::holds("group-kinds", n))
}

/// Whether the cue at `cue` is one of naming ("tracks as", "it calls", "dubbed"): it gives a
/// name, which another link or an earlier name ties to the deed.
pub(super) fn naming(text: &str, cue: Span) -> bool {
    let phrase = &text.as_bytes()[cue.start..cue.end];
    ["tracks", "tracked", "calls", "dubbed"]
        .iter()
        .any(|w| super::ascii::contains_ignore_ascii_case(phrase, w.as_bytes()))
}

/// Reads the statement a sentence makes about the actor named at `name`, if any.
fn read_statement(doc: &Doc<'_, '_>, sentence: usize, name: Span) -> Option<Statement> {
    if exemplar(doc.text, doc.sentences[sentence].start, name) {
        // "The attackers could have been state hackers such as X, or criminals": the kind
        // is one of the possibilities, and so is its example.
        return possible_kind(doc, sentence, name).then_some(Statement {
            link: Link::Possible,
            negated: false,
            modality: Modality::Possibility,
            legal: false,
        });
    }
    // "A distinct cluster from Volt Typhoon": the name is set apart from what happened.
    if set_apart(doc.text, doc.sentences[sentence].start, name) {
        return Some(Statement {
            link: Link::Firm,
            negated: true,
            modality: Modality::Plain,
            legal: false,
        });
    }
    // The cues near the name: every rule below looks at most REACH + ACT_REACH bytes from it,
    // and a legal frame is read in the same stretch. Ordinary sentences fall inside it
    // whole; an endless one is not read again for each of its names.
    let s = doc.sentences[sentence];
    let cues = doc.cues_within(Span::new(
        name.start.saturating_sub(STATEMENT_WINDOW).max(s.start),
        (name.end + STATEMENT_WINDOW).min(s.end),
    ));
    // A long appositive ("X, a pro-Russian group that has targeted government websites
    // across Europe, claimed ...") stands between the name and its verb: the reach is
    // measured from its close.
    let appositive = with_appositive_within(doc.text, name, s.end, 2 * REACH);
    // So does a relative clause of the actor's earlier deeds ("X, which has previously
    // exploited flaws in file-transfer software on a mass scale, added the firm to its leak
    // site"), whose own cues are its past.
    let described = match doc.past_aside_after(name.end) {
        Some(aside) if appositive == name && aside.end < s.end => {
            Span::new(name.start, aside.end + 1)
        }
        _ => appositive,
    };
    let text_of_doc = doc.text;
    let within = |c: &&super::CueHit| {
        (gap(name, c.span) <= REACH
            || described.end > name.end
                && c.span.start >= described.end
                && gap(described, c.span) <= REACH
            || c.cue == Cue::Claim(Side::Either)
                && c.span.start > name.end
                && gap_past_description(text_of_doc, name, c.span) <= REACH)
            && !c.span.contains(name)
            && !semicolon_between(doc.text, name, c.span)
            && !doc.aside_is_past(c.span.start)
    };
    let text = doc.text;
    // The subject of a verb after the name: the name and its appositive.
    let subject = appositive;
    let link_of = |c: &super::CueHit| -> Option<Link> {
        let hyphenated = text[..c.span.start].ends_with('-');
        match c.cue {
            Cue::Tie if hyphenated => None,
            Cue::Act if tools_object(text, c.span) => None,
            Cue::Act | Cue::Type(_) | Cue::Attack
                if habit_of_the_name(text, name, c.span)
                    || record_of_kinds(text, name, c.span)
                    || repeated_act(text, name, c.span) =>
            {
                None
            }
            Cue::Type(_) | Cue::Attack if after_an_article(text, c.span) => None,
            // "Police suspect the Akira group": the actor is what the hedge's verb suspects.
            Cue::Hedge if suspects(text, c.span, name) => Some(Link::Tie),
            // "Our working assumption is an Akira affiliate": the hypothesis a copula names.
            Cue::Hedge
                if text[c.span.start..c.span.end].ends_with(" is")
                    && c.span.end <= name.start
                    && matches!(text[c.span.end..name.start].trim(), "" | "a" | "an" | "the") =>
            {
                Some(Link::Tie)
            }
            Cue::Confirm(Side::After) if tools_subject(text, c.span) => None,
            // "quieter than the work of X", "unlike the group behind X": set against the
            // reported deed, not linked to it.
            Cue::Confirm(_) if contrasted(text, c.span) => None,
            Cue::Confirm(Side::After)
                if others_activity(text, c.span) || likened_before(text, s.start, c.span) =>
            {
                Some(Link::Tie)
            }
            Cue::Confirm(Side::After) if names_an_alias(doc, c.span) => None,
            // "tools associated with the group Microsoft tracks as X": the naming tells which
            // group the words before it speak of; what they say of it is the link.
            Cue::Confirm(Side::After) if names_the_group_before(text, c.span) => None,
            // "a report on a 2024 campaign that it attributed to X", "X was behind a 2021
            // attack on ...": the link is to a deed the year dates before the scrape's.
            Cue::Confirm(side) if side.fits(name, c.span) && links_a_dated_deed(doc, c.span) => {
                None
            }
            Cue::Confirm(_) if describes_a_record(text, name, c.span) => None,
            // "a series of intrusions carried out by X": the link counts many deeds.
            Cue::Confirm(Side::After) if counted_deeds_before(text, c.span) => None,
            // "overlap with infrastructure previously attributed to X": a link through the
            // earlier activity the evidence is compared with ties, hedged.
            Cue::Confirm(_) if linked_through_a_comparison(doc, sentence, c.span) => {
                Some(Link::Tie)
            }
            // "a group it tracks as X was probably behind the intrusion": the naming gives the
            // subject of a statement that follows, which is the link.
            Cue::Confirm(Side::After)
                if Side::After.fits(name, c.span)
                    && naming(text, c.span)
                    && cues.iter().any(|later| {
                        later.span.start >= name.end
                            && later.span.start - name.end <= ACT_REACH
                            && matches!(
                                later.cue,
                                Cue::Confirm(Side::Before) | Cue::Tie | Cue::Hedge
                            )
                    }) =>
            {
                None
            }
            // "Microsoft has linked the campaign against Acme, a shipowner, to a group it tracks
            // as X": the naming in the tie's own voice (not "the group tracked as X", which
            // names it in others') gives the tie's object, and the link is the tie's.
            Cue::Confirm(Side::After)
                if Side::After.fits(name, c.span)
                    && naming(text, c.span)
                    && !text[c.span.start..c.span.end].contains("tracked")
                    && cues.iter().any(|tie| {
                        tie.cue == Cue::Tie
                            && tie.span.end <= c.span.start
                            && text[tie.span.end..c.span.start].contains(" to ")
                            && !semicolon_between(text, tie.span, c.span)
                    }) =>
            {
                Some(Link::Tie)
            }
            // "it tracks an overlapping cluster as X": the naming gives activity like the
            // reported one.
            Cue::Confirm(Side::After)
                if Side::After.fits(name, c.span)
                    && naming(text, c.span)
                    && likened(&text[c.span.end..name.start]) =>
            {
                Some(Link::Tie)
            }
            Cue::Confirm(side) if side.fits(name, c.span) => Some(Link::Firm),
            Cue::Tie if Side::After.fits(name, c.span) && tied_as_object(text, c.span, name) => {
                None
            }
            // "linked the activity with moderate confidence to X": the confidence set inside
            // the tie puts the name no further from it.
            Cue::Tie
                if Side::After.fits(name, c.span)
                    && gap(name, c.span).saturating_sub(hedges_between(cues, c.span, name))
                        <= ACT_REACH =>
            {
                Some(Link::Tie)
            }
            // "X, which researchers say has ties to Russia, has claimed attacks": a tie to
            // a state describes the group, whatever deeds follow.
            Cue::Tie if Side::Before.fits(name, c.span) && tied_to_a_state(doc, c.span) => None,
            Cue::Tie
                if Side::Before.fits(name, c.span)
                    && (attack_follows(cues, c.span)
                        || names_a_perpetrator(&text[c.span.start..c.span.end])) =>
            {
                Some(Link::Tie)
            }
            Cue::Act if Side::Before.fits(subject, c.span) && gap(subject, c.span) <= ACT_REACH => {
                Some(Link::Act)
            }
            Cue::Type(_) | Cue::Attack
                if Side::After.fits(name, c.span)
                    && gap(name, c.span) <= ACT_REACH
                    && text[c.span.end..].starts_with(" by ") =>
            {
                Some(Link::Firm)
            }
            // Past tense states a deed; any tense the actor says of itself claims one ("X
            // said it had stolen the records", "X says it is holding the data").
            Cue::Type(_) | Cue::Attack
                if Side::Before.fits(subject, c.span)
                    && gap(subject, c.span) <= ACT_REACH
                    && (past_tense_verb(&text[c.span.start..c.span.end])
                        || speaks_of_itself(text, name, c.span)) =>
            {
                Some(Link::Act)
            }
            // What the actor says it did reaches further than a deed stated of it: the
            // speech stands between ("X announced on Telegram that its members had taken down
            // the sites").
            Cue::Act | Cue::Type(_) | Cue::Attack
                if Side::Before.fits(subject, c.span)
                    && gap(subject, c.span) <= REACH
                    && speaks_of_itself(text, name, c.span) =>
            {
                Some(Link::Claim)
            }
            // "X leaked a set of exploits", "the exploits leaked by X": tools published
            // are where another's weapons came from, not a claim.
            Cue::Publish(Side::Before) if tools_object(text, c.span) => None,
            // "the LockBit builder leaked years ago": the tool leaked, not the crew.
            Cue::Publish(Side::Before) if tools_subject(text, c.span) => None,
            Cue::Publish(Side::After) if tools_subject(text, c.span) => None,
            // Publishing weapons is the deed itself, stated ("X published a set of hacking
            // tools used by the NSA"); publishing a victim's data or name is the crew's claim
            // to have taken it.
            Cue::Publish(Side::Before)
                if Side::Before.fits(subject, c.span) && gap(subject, c.span) <= ACT_REACH =>
            {
                Some(if tools_in_clause(text, c.span) {
                    Link::Act
                } else {
                    Link::Claim
                })
            }
            // "files published by X came from its systems": the data's owner owns up to it,
            // and the publisher's claim is a theft stated.
            Cue::Publish(Side::After)
                if Side::After.fits(name, c.span) && owned_up(&text[name.end..s.end]) =>
            {
                Some(Link::Firm)
            }
            Cue::Publish(side) if side != Side::Before && side.fits(name, c.span) => {
                Some(Link::Claim)
            }
            // "X has claimed dozens of attacks on Israeli firms": the crew's record.
            Cue::Claim(Side::Before) if claims_a_record(text, c.span) => None,
            // "X's claim could not be verified": the claim the name owns is its own.
            Cue::Claim(Side::Before)
                if text
                    .get(name.end..c.span.start)
                    .is_some_and(|between| ["'s ", "\u{2019}s "].contains(&between))
                    && text[c.span.start..c.span.end].starts_with("claim") =>
            {
                Some(Link::Claim)
            }
            Cue::Claim(side)
                if side.fits(name, c.span)
                    && super::cues::claims_an_incident(text, cues, c, false)
                    && !site_seized(text, s.start, c.span) =>
            {
                Some(Link::Claim)
            }
            // "files listed by X as Y denies a role": the denial is the other actor's, named
            // between as its subject.
            // "X claimed it and a rival gang said it had nothing to do with it": after "and",
            // the denial has a subject of its own.
            Cue::Deny
                if !(another_actor_between(doc, name, c.span)
                    || c.span.start >= name.end
                        && new_subject_after_and(&text[name.end..c.span.start])) =>
            {
                Some(Link::Deny)
            }
            Cue::RuledOut if Side::Before.fits(subject, c.span) => Some(Link::Firm),
            _ => None,
        }
    };
    // "X, which was initially blamed, denied any role", "X, which officials blamed, said it
    // had nothing to do with the attack": the actor's own denial stands over a link nearer
    // the name, which a clause set off between them tells of others.
    let own_denial = cues
        .iter()
        .filter(|c| matches!(c.cue, Cue::Deny | Cue::RuledOut))
        .filter(within)
        .find(|c| {
            denial_by(text, name, c.span)
                && (c.cue == Cue::Deny || speaks_of_itself(text, name, c.span))
                && !described_by_outsider(text, s.start, name)
        })
        .map(|c| (Link::Deny, c.span));
    // Asked of the name's sentence at most once, and only where a link or none is found.
    let alternatives_once = std::cell::OnceCell::new();
    let alternative = || *alternatives_once.get_or_init(|| alternatives(text, s, name));
    let (link, at) = own_denial
        .or_else(|| attackers_described(text, s.start, name).map(|span| (Link::Firm, span)))
        .or_else(|| {
            cues.iter()
                .filter(within)
                .filter_map(|c| link_of(c).map(|l| (l, c.span)))
                .min_by_key(|&(_, span)| gap(name, span))
        })
        .or_else(|| {
            legal_members(text, cues, name, s, doc.legal_story).map(|span| (Link::Firm, span))
        })
        .or_else(|| attributed_far(text, cues, name).map(|span| (Link::Firm, span)))
        .or_else(|| alternative().is_some().then_some((Link::Possible, name)))
        .or_else(|| possessed_deed(doc, name).map(|span| (Link::Act, span)))
        .or_else(|| attackers_named(text, s.start, name).map(|span| (Link::Firm, span)))
        // "The extortion email was signed X": the crew signs its own demand, a claim.
        .or_else(|| {
            super::actors::sender_of_a_message(&text[s.start..name.start])
                .then_some((Link::Claim, Span::new(s.start, name.start)))
        })
        .or_else(|| tracked_deed(text, s.start, name))
        .or_else(|| cleft(text, s, name).map(|span| (Link::Firm, span)))
        .or_else(|| {
            deed_by(text, name, s.start)
                .filter(|&deed| !dated_earlier(doc, deed))
                .map(|span| (Link::Firm, span))
        })
        .or_else(|| {
            cues.iter()
                .filter(within)
                .find(|c| c.cue == Cue::Speculate)
                .map(|c| (Link::Possible, c.span))
        })
        .or_else(|| {
            // "This could be an initial-access broker with many buyers, or an affiliate
            // working for X": a possibility that opens the clause reaches its later
            // alternatives, as far as a hedge framing a clause does.
            cues.iter()
                .rfind(|c| {
                    c.cue == Cue::Speculate
                        && frames(text, s.start, c.span, name.start)
                        // Inside the alternative: not a name right after ", or", which gives
                        // an alias ("APT-C-36, or Blind Eagle").
                        && text[c.span.end..name.start]
                            .rfind(", or ")
                            .is_some_and(|k| c.span.end + k + ", or ".len() < name.start)
                })
                .map(|c| (Link::Possible, c.span))
        })
        .or_else(|| {
            // "Suspected Sandworm hackers wiped ...", "a suspected Lazarus hack": a hedge
            // written as the name's modifier attributes the deed, hedged. So does one between
            // a copula and the name ("it was probably X").
            cues.iter()
                .find(|c| {
                    c.cue == Cue::Hedge
                        && (attributive(text, c.span, name)
                            || hedged_complement(text, c.span, name))
                })
                .map(|c| (Link::Firm, c.span))
        })
        .or_else(|| {
            // "Investigators ruled out X as the culprit": the link, said not to hold.
            cues.iter()
                .find(|c| {
                    c.cue == Cue::Negation
                        && c.span.end + 1 == name.start
                        && text[c.span.start..c.span.end]
                            .get(..4)
                            .is_some_and(|w| w.eq_ignore_ascii_case("rule"))
                })
                .map(|c| (Link::Firm, c.span))
        })?;
    // "X was not involved": a firm link said not to hold, which the actor saying it of itself
    // makes a denial ("X said it was not involved").
    let ruled_out = cues.iter().any(|c| c.span == at && c.cue == Cue::RuledOut);
    // "X said on Telegram that it was behind the outage": the actor speaks of itself, which
    // is a claim, however firm its words.
    // "X said it had not attacked the bank": a negation of its own deed is its denial.
    let own_negation = || {
        cues.iter().any(|c| {
            negates(text, c)
                && c.span.start >= name.end
                && c.span.end <= at.start
                && at.start - c.span.end <= NEGATION_REACH
        })
    };
    let link = if matches!(link, Link::Firm | Link::Act | Link::Claim)
        && speaks_of_itself(text, name, at)
        && !described_by_outsider(text, s.start, name)
    {
        if ruled_out || own_negation() {
            Link::Deny
        } else {
            Link::Claim
        }
    } else {
        link
    };
    let sentence_start = doc.sentences[sentence].start;
    // "Some researchers noted that the lure resembled X", "One believes the infrastructure
    // points to X": a tie voiced by an indefinite few, named by no one, is one view among
    // others.
    // So is a blame they voice, in the clause of the link ("As news spread, some accounts on
    // social media blamed X").
    let link = if link == Link::Tie && indefinite_voice(&text[sentence_start..name.start])
        || link == Link::Firm
            && at.start > sentence_start
            && at.end <= name.start
            && indefinite_voice(clause_of(text, sentence_start, at.start))
    {
        Link::Possible
    } else {
        link
    };
    // "attributed the operation with moderate confidence to the China-nexus adversary it
    // tracks as X": a cue of naming continues the link before it in its clause, whose
    // modality it takes.
    let continued = if link == Link::Firm && naming(text, at) {
        cues.iter()
            .filter(|c| {
                matches!(c.cue, Cue::Confirm(_) | Cue::Tie)
                    && frames(text, sentence_start, c.span, at.start)
            })
            .map(|c| c.span.start)
            .next_back()
    } else {
        None
    };
    let region = Span::new(
        name.start
            .min(at.start)
            .min(continued.unwrap_or(usize::MAX))
            .saturating_sub(LEAD)
            .max(sentence_start),
        name.end.max(at.end),
    );
    // A confidence said right after the clause scopes over it too ("attributed the breach to
    // X with low confidence").
    let region = Span::new(
        region.start,
        region.end.max(trailing_end(text, region.end, s.end)),
    );
    let inside = |c: &&super::CueHit| region.contains(c.span) && !name.contains(c.span);
    // "Whether X was behind it remains unknown": a clause opened by "whether" is a question,
    // whatever its predicate says of it.
    // "If X was behind it, ...": so is a condition.
    let question =
        text[sentence_start..].starts_with("Whether ") || text[sentence_start..].starts_with("If ");
    // "One hypothesis put forward by officials is that X ...", "several theories, including
    // espionage by X": a possibility that opens the sentence scopes over what follows it,
    // up to a contrast or another clause ("but", "while", ";"), and within a sentence's
    // ordinary length.
    let alternative = alternative();
    // "Investigators have not determined whether X or an insider ...": what is not known is
    // which, not whether.
    let choice_unknown = matches!(
        alternative,
        Some(Alternative::Choice | Alternative::Question)
    );
    let framed = cues
        .iter()
        .any(|c| c.cue == Cue::Speculate && frames(text, sentence_start, c.span, name.start));
    // "Mandiant assessed with moderate confidence that the intrusion was carried out by X": a
    // hedge that opens a "that" clause scopes over the whole clause, however long its subject.
    let hedge_framed = cues.iter().any(|c| {
        c.cue == Cue::Hedge
            && c.span.end <= at.start
            && frames(text, sentence_start, c.span, name.start)
            && (opens_that_clause(text, c.span.end) || unnamed_source_speaks(text, c.span))
    });
    // "Investigators have not determined whether X was behind it", "the report does not
    // settle whether the intruders are connected to X": what is negated is the knowing, and
    // the question it governs is open.
    // Most statements hold no "whether": it is looked for once before any negation is read.
    let open_question = region.start < name.start
        && super::ascii::find_str(
            &text[super::first_boundary(text, region.start, name.start)..name.start],
            "whether ",
        )
        .is_some()
        && cues.iter().filter(inside).any(|c| {
            c.span.end <= name.start
                && negates(text, c)
                && super::ascii::find_str(&text[c.span.end..name.start], "whether ").is_some()
        });
    let modality = if question
        || open_question
        || framed
        || alternative.is_some()
        || cues.iter().filter(inside).any(|c| c.cue == Cue::Speculate)
    {
        Modality::Possibility
    } else if hedge_framed || cues.iter().filter(inside).any(|c| c.cue == Cue::Hedge) {
        Modality::Hedge
    } else {
        Modality::Plain
    };
    // "Officials dismissed claims that X was behind it": a denial in the clause before the
    // name is another party's, which rules the actor out; only the actor denies. The state
    // it is said to serve ("Russia denied that X was behind it", "China's foreign ministry
    // dismissed accusations about X") answers every accusation so: its denial is neither the
    // actor's nor a finding, and says nothing of the actor's part.
    let denial_before = cues
        .iter()
        .filter(inside)
        .find(|c| c.cue == Cue::Deny && c.span.end <= name.start);
    let link = match denial_before {
        Some(d) if state_speaks(doc, sentence, d.span.start) => return None,
        Some(_) if link == Link::Deny => Link::Firm,
        _ => link,
    };
    // "It has not confirmed that the incident was ransomware, that data was taken or that X
    // was involved": a negated verb that opens a "that" clause scopes over the whole clause,
    // as a hedge does.
    let negation_framed = || {
        cues.iter().any(|c| {
            negates(text, c)
                && c.span.end <= name.start
                && frames(text, sentence_start, c.span, name.start)
                && verb_opens_that_clause(text, c.span.end)
        })
    };
    let negated = link != Link::Deny
        && !choice_unknown
        && !open_question
        && (ruled_out
            || denial_before.is_some()
            || negation_framed()
            || cues.iter().filter(inside).any(|c| {
                negates(text, c)
                    && !(c.span.end <= name.start
                        && coordinated_verb(&text[c.span.end..name.start]))
            })
            || link == Link::Tie && tie_undone_after(text, cues, name, s.end));
    Some(Statement {
        link,
        negated,
        modality,
        legal: cues.iter().any(|c| c.cue == Cue::Legal),
    })
}

/// Whether the headline, before byte `at` and in its clause, quotes a party: a word of
/// `[speech-verbs]` ("Acme says X behind attack"; not "Acme says systems restored; X
/// demands ransom").
fn headline_quotes(doc: &Doc<'_, '_>, at: usize) -> bool {
    // A headline's words before its actor, at most: an endless first sentence is not read
    // back to its start for each actor it names.
    let start = super::first_boundary(
        doc.text,
        doc.sentences[0].start.max(at.saturating_sub(160)),
        at,
    );
    doc.text.get(start..at).is_some_and(|before| {
        let clause = before.rsplit([';', ':']).next().unwrap_or(before);
        split_space(clause).any(|w| super::vocabulary::holds("speech-verbs", w))
    })
}

/// Whether the words between a negation and a name hold a second verb joined by "and" ("the
/// evidence does not allow a final attribution and weighed X as a possibility"): the negation
/// ends with its own verb phrase, and the verb after "and" speaks of the name unnegated. The
/// verb is a lower-case word in "-ed" right after "and" ("and blamed", "and named"). An
/// adjective in "-ed" there ("no link between the attack and related incidents and X") reads
/// as a verb too: a known limit.
fn coordinated_verb(between: &str) -> bool {
    let mut rest = between;
    while let Some(at) = super::ascii::find_str(rest, " and ") {
        rest = &rest[at + " and ".len()..];
        let word = rest.split(' ').next().unwrap_or("");
        if word.len() > 3 && word.ends_with("ed") && word.bytes().all(|b| b.is_ascii_lowercase()) {
            return true;
        }
    }
    false
}

/// Whether a contrast after the actor at `name` takes back a tie to it, before `end` (its
/// sentence's): "the style resembled that of X, but they had no technical evidence connecting
/// the two". The negation is one of evidence or of a link ("no evidence", "no sign", "no
/// link"), after "but", "though" or "although": a plain "not" there ("but officials did not
/// comment") leaves the tie as it was.
fn tie_undone_after(text: &str, cues: &[CueHit], name: Span, end: usize) -> bool {
    cues.iter().any(|c| {
        c.span.start >= name.end
            && c.span.end <= end
            && negates(text, c)
            && text[c.span.start..c.span.end]
                .get(..3)
                .is_some_and(|w| w.eq_ignore_ascii_case("no "))
            && [" but ", ", though ", " although "]
                .iter()
                .any(|w| super::ascii::find_str(&text[name.end..c.span.start], w).is_some())
    })
}

/// Whether a cue negates what its sentence says: a word of `[negation]`, but for "unknown"
/// written before a noun, which describes ("a previously unknown group", "an unknown actor")
/// and negates nothing.
fn negates(text: &str, c: &CueHit) -> bool {
    c.cue == Cue::Negation
        && !(text[c.span.start..c.span.end].eq_ignore_ascii_case("unknown")
            && text[c.span.end..]
                .strip_prefix(' ')
                .is_some_and(|next| next.starts_with(|ch: char| ch.is_ascii_lowercase()))
            && !text[c.span.end..].starts_with(" whether"))
}

/// The status and rule the statement about the actor named at `name` gives, if it makes one.
fn status_of(
    doc: &Doc<'_, '_>,
    sentence: usize,
    name: Span,
) -> Option<(Option<AttributionStatus>, BasisRule)> {
    read_statement(doc, sentence, name).map(decide)
}

/// The tone of a whole sentence, for the headline's stance on its story: its firmest cue,
/// weakened by any hedge before it.
fn tone_of(doc: &Doc<'_, '_>, sentence: usize) -> Option<AttributionStatus> {
    let cues = doc.cues_in(sentence);
    // "NSA-linked tools" describes; it hedges nothing.
    let describes =
        |c: &super::CueHit| c.cue == Cue::Tie && doc.text[..c.span.start].ends_with('-');
    let has = |want: fn(Cue) -> bool| cues.iter().any(|c| !describes(c) && want(c.cue));
    // "X resurfaces with claim of 58 million records; operator denies leak": a denial in a
    // clause after a claim answers it, and is the victim's, not the claimant's.
    let answered = |d: &super::CueHit| {
        cues.iter().any(|c| {
            matches!(c.cue, Cue::Claim(_) | Cue::Publish(_))
                && c.span.end <= d.span.start
                && find_either(&doc.text[c.span.end..d.span.start], b';', b',').is_some()
        })
    };
    if cues.iter().any(|c| c.cue == Cue::Deny && !answered(c)) {
        Some(AttributionStatus::Denied)
    } else if has(|c| matches!(c, Cue::Confirm(_))) && has(|c| c == Cue::Hedge) {
        Some(AttributionStatus::Suspected)
    } else if has(|c| matches!(c, Cue::Confirm(_))) {
        Some(AttributionStatus::Confirmed)
    } else if has(|c| matches!(c, Cue::Claim(_) | Cue::Publish(_))) {
        Some(AttributionStatus::Claimed)
    } else if has(|c| c == Cue::Hedge || c == Cue::Tie) {
        Some(AttributionStatus::Suspected)
    } else if has(|c| c == Cue::Speculate) {
        Some(AttributionStatus::Speculated)
    } else {
        None
    }
}

fn role_of(status: AttributionStatus) -> Role {
    match status {
        AttributionStatus::Confirmed => Role::Confirmed,
        AttributionStatus::Suspected => Role::Suspected,
        AttributionStatus::Claimed => Role::Claimed,
        AttributionStatus::Speculated => Role::Speculated,
        AttributionStatus::Denied => Role::Denied,
        AttributionStatus::Unattributed => Role::Context,
    }
}

/// The sentence after the one naming an actor at `name`, where that sentence names no actor
/// and "the group" (or another group noun) denies in it ("Officials noted similarities to X.
/// But in a Telegram post, the group denied involvement."): the group is the last actor the
/// sentence before named, which `name` must be.
/// `names` are where every actor's mentions start, in order (looked up by binary search:
/// an endless sentence of names asks for each of them).
fn denied_by_the_group_next(
    doc: &Doc<'_, '_>,
    names: &[usize],
    i: usize,
    name: Span,
) -> Option<usize> {
    let j = i + 1;
    let next = *doc.sentences.get(j)?;
    let sentence = doc.sentences[i];
    let names_in = |from: usize, to: usize| {
        let k = names.partition_point(|&at| at < from);
        names.get(k).is_some_and(|&at| at < to)
    };
    if doc.past[j] || names_in(name.end, sentence.end) || names_in(next.start, next.end) {
        return None;
    }
    doc.cues_in(j)
        .iter()
        .filter(|c| c.cue == Cue::GroupNoun)
        .any(|c| {
            super::ascii::ends_with_ignore_ascii_case(&doc.text.as_bytes()[..c.span.start], b"the ")
                && matches!(
                    status_of(doc, j, c.span),
                    Some((Some(AttributionStatus::Denied), _))
                )
        })
        .then_some(j)
}

/// Sentence indices naming each actor, with the first mention in each.
fn sentences_of(doc: &Doc<'_, '_>, actor: &FoundActor) -> Vec<(usize, Span)> {
    let mut out: Vec<(usize, Span)> = Vec::new();
    for m in &actor.mentions {
        let i = doc.sentence_at(m.start);
        if out.last().is_none_or(|&(j, _)| j != i) {
            out.push((i, *m));
        }
    }
    out
}

/// Attributes the reported incident and gives every actor its role.
pub(crate) fn analyse<'g, 't>(
    doc: &Doc<'_, '_>,
    found: &[FoundActor],
    summary: impl FnOnce() -> Vec<Doc<'g, 't>>,
) -> Analysis {
    let mut summary = Some(summary);
    let mut summary_docs: Option<Vec<Doc<'g, 't>>> = None;
    // A name its own clause dates long ago speaks of the actor's earlier deeds, whatever
    // its sentence reports.
    let dated: Vec<Vec<bool>> = found
        .iter()
        .map(|a| a.mentions.iter().map(|&m| dated_mention(doc, m)).collect())
        .collect();
    // Where every mention starts, in order.
    let mut all_names: Vec<usize> = found
        .iter()
        .flat_map(|a| a.mentions.iter().map(|m| m.start))
        .collect();
    all_names.sort_unstable();
    // Each sentence naming the actor once at least in a clause not so dated, with its first
    // such mention: one pass over the mentions, which are in order.
    let per_actor: Vec<Vec<(usize, Span)>> = found
        .iter()
        .zip(&dated)
        .map(|(a, dated)| {
            let mut out: Vec<(usize, Span)> = Vec::new();
            for (&m, _) in a.mentions.iter().zip(dated).filter(|&(_, &d)| !d) {
                let i = doc.sentence_at(m.start);
                if out.last().is_none_or(|&(j, _)| j != i) {
                    out.push((i, m));
                }
            }
            out
        })
        .collect();
    let past = follow_threads(doc, &per_actor);
    let article_status = article_stance(doc, &per_actor);

    let present_counts: Vec<usize> = per_actor
        .iter()
        .map(|v| v.iter().filter(|&&(i, _)| !past[i]).count())
        .collect();
    let main_actors = main_actors(doc, &per_actor, &past, &present_counts);
    let headline_doubts = !doc.sentences.is_empty() && doc.has_cue(0, Cue::Doubt);
    // Whether the body says the attack is not attributed, asked once and only for an actor
    // the article's stance would confirm.
    let unattributed = std::cell::LazyCell::new(|| said_unattributed(doc, &past));
    let mut roles = Vec::with_capacity(found.len());
    for (k, sentences) in per_actor.iter().enumerate() {
        // A round-up's headline names every item: an actor the body names only in a later
        // item ([`Doc::story_break`]) belongs to that item, its headline mention too; so
        // does one named only in the headline of a round-up, which speaks for several
        // stories at once.
        let in_later_item = doc.story_break.is_some_and(|b| {
            let mut at = found[k].mentions.iter().map(|m| doc.sentence_at(m.start));
            (doc.round_up || at.clone().any(|i| i >= b)) && at.all(|i| i == 0 || i >= b)
        });
        let past = |i: usize| past[i] || in_later_item && i == 0;
        // Statements about the reported incident, by precedence: a denial stands, else the
        // firmest status; ruled-out links count only when nothing else is said.
        let mut statuses: Vec<(AttributionStatus, BasisRule, usize)> = Vec::new();
        let mut ruled_out: Option<usize> = None;
        let mut past_sentences: Vec<usize> = sentences
            .iter()
            .map(|&(i, _)| i)
            .filter(|&i| past(i))
            .chain(
                found[k]
                    .mentions
                    .iter()
                    .zip(&dated[k])
                    .filter(|&(_, &d)| d)
                    .map(|(m, _)| doc.sentence_at(m.start)),
            )
            .collect();
        past_sentences.sort_unstable();
        past_sentences.dedup();
        for (&name, &dated) in found[k].mentions.iter().zip(&dated[k]) {
            let i = doc.sentence_at(name.start);
            if voice_denial(doc, i, name).is_some() {
                statuses.push((AttributionStatus::Denied, BasisRule::Denial, i));
                continue;
            }
            if let Some(j) = denied_by_the_group_next(doc, &all_names, i, name) {
                statuses.push((AttributionStatus::Denied, BasisRule::Denial, j));
            }
            if past(i) || dated {
                continue;
            }
            match status_of(doc, i, name) {
                Some((Some(s), rule)) => statuses.push((s, rule, i)),
                Some((None, _)) => {
                    ruled_out.get_or_insert(i);
                }
                None => {}
            }
        }
        // A headline compresses what the body tells: where the body makes statements of its
        // own, they decide ("Lazarus behind exchange heist" over "analysts believe Lazarus
        // may be behind the theft"). A denial stands wherever it is.
        if statuses.iter().any(|&(.., i)| i > 0) {
            statuses.retain(|&(s, _, i)| i > 0 || s == AttributionStatus::Denied);
        }
        let present = sentences.iter().any(|&(i, _)| !past(i));
        let first_present = sentences.iter().map(|&(i, _)| i).find(|&i| !past(i));
        // A headline that quotes a party's firm word ("Acme says X affiliate behind ransomware
        // attack") is not compressed by a body that adds only the group's own claim: the
        // party's word stands over the claim.
        let quoted_over_claims = !statuses.is_empty()
            && statuses
                .iter()
                .all(|&(s, ..)| s == AttributionStatus::Claimed)
            && matches!(tone_of(doc, 0), None | Some(AttributionStatus::Confirmed))
            && found[k]
                .mentions
                .first()
                .is_some_and(|m| doc.sentence_at(m.start) == 0 && headline_quotes(doc, m.start));
        let decided = if quoted_over_claims {
            Some((AttributionStatus::Confirmed, BasisRule::ArticleStance, 0))
        } else {
            statuses
                .iter()
                .find(|(s, ..)| *s == AttributionStatus::Denied)
                .or_else(|| statuses.iter().min_by_key(|(s, ..)| *s))
                .copied()
        };
        let (role, rule, decided_by) = if let Some((s, rule, i)) = decided {
            (role_of(s), rule, Some(i))
        } else if let Some(i) = ruled_out {
            (Role::Context, BasisRule::RuledOut, Some(i))
        } else if present
            && match main_actors[k] {
                Prominence::Subject => true,
                Prominence::Passing => article_status.is_some(),
                Prominence::Minor => false,
            }
            // An actor the text names only as a victim ("tools stolen from the Equation
            // Group") is not what the article says did the attack.
            && !found[k]
                .mentions
                .iter()
                .zip(&dated[k])
                .filter(|&(m, &dated)| !past(doc.sentence_at(m.start)) && !dated)
                .map(|(m, _)| m)
                .all(|&m| super::victims::on_the_receiving_end(doc, m))
        {
            (
                role_of(article_status.unwrap_or(AttributionStatus::Confirmed)),
                BasisRule::ArticleStance,
                first_present,
            )
        } else if present {
            let lines =
                summary_docs.get_or_insert_with(|| summary.take().map(|f| f()).unwrap_or_default());
            match corroborated(lines, &found[k].name) {
                Some(role) => (role, BasisRule::Summary, None),
                None => (Role::Context, BasisRule::NoLink, first_present),
            }
        } else {
            (
                Role::Context,
                BasisRule::EarlierActivity,
                past_sentences.first().copied(),
            )
        };
        // A headline that doubts its story caps what the article affirms.
        let (role, rule) = if role == Role::Confirmed && headline_doubts {
            (Role::Suspected, BasisRule::Doubted)
        } else {
            (role, rule)
        };
        // "Scattered Spider breaches X" over a body in which X "had not attributed the attack
        // to any group": the article's own stance is no firmer than the body's word.
        let role = if role == Role::Confirmed && rule == BasisRule::ArticleStance && *unattributed {
            Role::Suspected
        } else {
            role
        };
        let evidence = match role {
            Role::Context => past_sentences.clone(),
            _ if statuses.is_empty() => first_present.into_iter().collect(),
            _ => statuses.iter().map(|&(.., i)| i).collect(),
        };
        roles.push(ActorRole {
            role,
            evidence,
            past: past_sentences,
            rule,
            decided_by,
        });
    }
    let main = main_attribution(doc, found, &roles, &past);
    Analysis { roles, main, past }
}

/// Sentences about earlier activity, extended along each actor's thread: a sentence naming
/// an actor right after a past sentence about the same actor continues that story.
fn follow_threads(doc: &Doc<'_, '_>, per_actor: &[Vec<(usize, Span)>]) -> Vec<bool> {
    let mut past = doc.past.clone();
    // The lead dates the incident, whatever year it gives; but its last sentence, naming an
    // actor in a year that ended over a year before the scrape ("In 2021 the hospital was hit
    // by the Conti gang"), is the background the lead closes on.
    const LEAD_END: usize = 2;
    if past.len() > LEAD_END
        && !past[LEAD_END]
        && per_actor
            .iter()
            .any(|sentences| sentences.iter().any(|&(i, _)| i == LEAD_END))
    {
        past[LEAD_END] = dated_long_ago(doc, doc.sentences[LEAD_END]);
    }
    for sentences in per_actor {
        for pair in sentences.windows(2) {
            let (a, b) = (pair[0].0, pair[1].0);
            if past[a]
                && b == a + 1
                && !present_marker(doc.sentence_text(b))
                && !present_link(doc, b)
            {
                past[b] = true;
            }
        }
    }
    past
}

/// Whether sentence `i` links an actor to a deed in the present tense: a link right after
/// "is" or "are", or after the hedge that follows them ("the group is likely responsible",
/// "they are behind it"), which ends the story of earlier activity it follows. ("X is
/// assessed to be active since 2022", a hedge alone, goes on telling it.)
fn present_link(doc: &Doc<'_, '_>, i: usize) -> bool {
    let start = doc.sentences[i].start;
    let cues = doc.cues_in(i);
    cues.iter().enumerate().any(|(k, c)| {
        // The word before the link, or before the hedge the link opens on.
        let opening = match k.checked_sub(1).map(|j| &cues[j]) {
            Some(h) if h.cue == Cue::Hedge && h.span.start == c.span.start => h.span.start,
            _ => c.span.start,
        };
        let copula = last_word(doc.text[start..opening].trim_end());
        matches!(c.cue, Cue::Confirm(_) | Cue::Tie)
            && (copula.eq_ignore_ascii_case("is") || copula.eq_ignore_ascii_case("are"))
    })
}

/// Whether a sentence says it is about the present ("this week", "on Monday"), which ends
/// the story of earlier activity it follows.
fn present_marker(sentence: &str) -> bool {
    let markers = super::vocabulary::list("present-markers");
    // Where a marker may start as a whole word, the markers that open with its first letter
    // are tried: one pass over the sentence, where a search per marker read it once for each.
    // Per first byte, those markers are a bit each (bit `k` stands for markers `k`, `k + 64`,
    // ...), built once: a word no marker opens (most) is passed over by one load, and one
    // opening with "t" (the commonest first letter of the words and of the markers) is
    // compared only with the markers that do. The markers are in lower case.
    static BY_FIRST: OnceLock<[u64; 256]> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut by_first = [0u64; 256];
        for (k, m) in markers.iter().enumerate() {
            if let Some(&first) = m.as_bytes().first() {
                by_first[usize::from(first)] |= 1 << (k % 64);
            }
        }
        by_first
    });
    let h = sentence.as_bytes();
    (0..h.len())
        .filter(|&i| i == 0 || !h[i - 1].is_ascii_alphanumeric())
        .any(|i| {
            let mut may_start = by_first[usize::from(h[i].to_ascii_lowercase())];
            while may_start != 0 {
                let k = may_start.trailing_zeros() as usize;
                may_start &= may_start - 1;
                let found = (k..markers.len()).step_by(64).any(|k| {
                    let m = markers[k].as_bytes();
                    h.get(i..i + m.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(m))
                        && h.get(i + m.len())
                            .is_none_or(|b| !b.is_ascii_alphanumeric())
                });
                if found {
                    return true;
                }
            }
            false
        })
}

/// The article's own stance when it names its main actor without a cue: the headline's cue,
/// else a cue in a sentence about "the group" without a name (`None`: neither, which the
/// caller reads as a statement of fact where the actor is the story's subject).
fn article_stance(
    doc: &Doc<'_, '_>,
    per_actor: &[Vec<(usize, Span)>],
) -> Option<AttributionStatus> {
    // A headline's denial is its denier's ("X lists firm as Y denies role"), no stance the
    // article takes on another actor.
    if !doc.sentences.is_empty()
        && let Some(s) = tone_of(doc, 0)
        && s != AttributionStatus::Denied
    {
        return Some(s);
    }
    let mut named = vec![false; doc.sentences.len()];
    for &(i, _) in per_actor.iter().flatten() {
        named[i] = true;
    }
    (0..doc.sentences.len())
        .filter(|&i| !doc.past[i] && !named[i])
        .flat_map(|i| {
            doc.cues_in(i)
                .iter()
                .filter(|c| c.cue == Cue::GroupNoun)
                .filter_map(move |c| status_of(doc, i, c.span))
        })
        .filter_map(|(s, _)| s)
        .filter(|s| {
            matches!(
                s,
                AttributionStatus::Confirmed
                    | AttributionStatus::Suspected
                    | AttributionStatus::Claimed
            )
        })
        // The firmest: once a statement confirms, none firmer is left to find, and the rest
        // (each read whole) are not read.
        .try_fold(None, |firmest: Option<AttributionStatus>, s| {
            let firmest = Some(firmest.map_or(s, |f| f.min(s)));
            if s == AttributionStatus::Confirmed {
                Err(firmest)
            } else {
                Ok(firmest)
            }
        })
        .unwrap_or_else(|firmest| firmest)
}

/// How much an actor is the article's subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prominence {
    /// Named in the headline, or in the lead and again, or most often of all: the story is
    /// about it, and a statement of fact where nothing hedges.
    Subject,
    /// Named once in the lead and nowhere else: a passing mention, which takes the article's
    /// stance only where a cue gives one.
    Passing,
    Minor,
}

/// Whether the name at `name` is what a warning or a study is about: "about", "against", "on"
/// or "of" right before it, and a word of `[topic-words]` among the few words before that
/// ("the FBI warned hospitals about Rhysida", "a report on Scattered Spider's campaigns").
fn topic(text: &str, sentence_start: usize, name: Span) -> bool {
    // "Volt Typhoon advisory cited as utility reports intrusion": the name qualifies a
    // document about it.
    let noun_after = text[name.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
        .is_some_and(|w| super::vocabulary::holds("document-nouns", w));
    if noun_after {
        return true;
    }
    let mut before = text[sentence_start..name.start]
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    before
        .next()
        .is_some_and(|w| matches!(w, "about" | "against" | "on" | "of"))
        && before
            .take(4)
            .any(|w| super::vocabulary::holds("topic-words", w))
}

/// How much each actor is the article's subject (see [`Prominence`]). An actor given in the
/// lead only as an example of a kind ("groups such as X have targeted universities") is the
/// kind's, not the story's; one named as what a warning or a study is about is their topic.
fn main_actors(
    doc: &Doc<'_, '_>,
    per_actor: &[Vec<(usize, Span)>],
    past: &[bool],
    present: &[usize],
) -> Vec<Prominence> {
    let top = present.iter().copied().max().unwrap_or(0);
    let alone_at_top = present.iter().filter(|&&n| n == top).count() == 1;
    per_actor
        .iter()
        .zip(present)
        .map(|(sentences, &n)| {
            let headline = sentences.iter().any(|&(i, name)| {
                i == 0 && !past[0] && !topic(doc.text, doc.sentences[0].start, name)
            });
            if headline || (n >= 2 && n == top && alone_at_top) {
                return Prominence::Subject;
            }
            let lead = sentences.iter().any(|&(i, name)| {
                i <= 2
                    && !past[i]
                    && !exemplar(doc.text, doc.sentences[i].start, name)
                    && !topic(doc.text, doc.sentences[i].start, name)
            });
            match (lead, n >= 2) {
                (true, true) => Prominence::Subject,
                (true, false) => Prominence::Passing,
                (false, _) => Prominence::Minor,
            }
        })
        .collect()
}

/// The summary's word on an actor the body names without a cue.
fn corroborated(summary: &[Doc<'_, '_>], name: &str) -> Option<Role> {
    for line in summary {
        for (i, s) in line.sentences.iter().enumerate() {
            let text = &line.text[s.start..s.end];
            if let Some(at) = text.find(name) {
                if line.past[i] {
                    return Some(Role::Context);
                }
                let name = Span::new(s.start + at, s.start + at + name.len());
                match status_of(line, i, name) {
                    Some((Some(status), _)) => return Some(role_of(status)),
                    Some((None, _)) => return Some(Role::Context),
                    None => {}
                }
            }
        }
    }
    None
}

fn main_attribution(
    doc: &Doc<'_, '_>,
    found: &[FoundActor],
    roles: &[ActorRole],
    past: &[bool],
) -> Attribution {
    let mut attribution = Attribution::unattributed();
    let named: Vec<usize> = (0..found.len())
        .filter(|&k| roles[k].role != Role::Context)
        .collect();
    if named.is_empty() {
        attribution.hypotheses = hypotheses(doc, past);
        attribution.evidence = (0..doc.sentences.len())
            .filter(|&i| {
                !past[i]
                    && (doc.has_cue(i, Cue::Speculate) || doc.has_cue(i, Cue::Negation))
                    && doc
                        .cues_in(i)
                        .iter()
                        .any(|c| matches!(c.cue, Cue::Hypothesis(_)))
            })
            .map(|i| doc.abs(doc.sentences[i]))
            .collect();
        return attribution;
    }
    let status = if named.iter().all(|&k| roles[k].role == Role::Denied) {
        AttributionStatus::Denied
    } else {
        named
            .iter()
            .filter_map(|&k| roles[k].role.status())
            .filter(|s| *s != AttributionStatus::Denied)
            .min()
            .unwrap_or(AttributionStatus::Denied)
    };
    attribution.status = status;
    attribution.confidence = status.confidence();
    attribution.actors = named.iter().map(|&k| found[k].name.clone()).collect();
    let mut evidence: Vec<usize> = named
        .iter()
        .flat_map(|&k| roles[k].evidence.iter().copied())
        .collect();
    evidence.sort_unstable();
    evidence.dedup();
    attribution.by = attributing_parties(doc, &evidence);
    attribution.evidence = evidence
        .iter()
        .map(|&i| doc.abs(doc.sentences[i]))
        .collect();
    attribution
}

/// Kinds of actor the text considers when it names none.
fn hypotheses(doc: &Doc<'_, '_>, past: &[bool]) -> Vec<ActorKind> {
    let mut out = Vec::new();
    for (i, &was) in past.iter().enumerate() {
        let open = doc.has_cue(i, Cue::Speculate)
            || doc.has_cue(i, Cue::Hedge)
            || doc.has_cue(i, Cue::Negation);
        if was || !open {
            continue;
        }
        for c in doc.cues_in(i) {
            if let Cue::Hypothesis(kind) = c.cue
                && !out.contains(&kind)
            {
                out.push(kind);
            }
        }
    }
    out
}

/// Who attributes: authorities and vendors named in the evidence, and countries named as the
/// subject of an attribution ("France attributed ...").
fn attributing_parties(doc: &Doc<'_, '_>, sentences: &[usize]) -> Vec<String> {
    let mut by: Vec<String> = Vec::new();
    for &i in sentences {
        let first_confirm = doc
            .cues_in(i)
            .iter()
            .find(|c| matches!(c.cue, Cue::Confirm(_)))
            .map(|c| c.span.start);
        let first_cue = doc
            .cues_in(i)
            .iter()
            .find(|c| {
                matches!(
                    c.cue,
                    Cue::Confirm(_) | Cue::Hedge | Cue::Tie | Cue::Claim(_)
                )
            })
            .map_or(usize::MAX, |c| c.span.start);
        for h in doc.hits_in(i) {
            let name = match h.kind {
                // The party speaks before its verdict; an agency named after it is the
                // actor's affiliation ("linked to ... the GRU").
                HitKind::Authority { name, .. } if h.end <= first_cue || says_after(doc, h.end) => {
                    name.to_owned()
                }
                HitKind::Country {
                    form: crate::gazetteer::CountryForm::Name,
                    ..
                } if first_confirm.is_some_and(|at| h.end <= at && at - h.end < 12) => {
                    doc.text[h.start..h.end].to_owned()
                }
                _ => continue,
            };
            if !by.contains(&name) {
                by.push(name);
            }
        }
    }
    by
}

/// "X said", "X says", "according to X" around an authority named at `end`.
fn says_after(doc: &Doc<'_, '_>, end: usize) -> bool {
    let after = doc.text[end..]
        .trim_start_matches([' ', ',', ')'])
        .as_bytes();
    super::vocabulary::list("speech-verbs")
        .iter()
        .any(|w| super::ascii::starts_with_ignore_ascii_case(after, w.as_bytes()))
}

impl Analysis {
    /// Earlier events the text cites: one per actor named for other activity with a cue
    /// (e.g. "In April, France attributed a campaign to APT28").
    pub(crate) fn context_incidents(
        &self,
        doc: &Doc<'_, '_>,
        found: &[FoundActor],
    ) -> Vec<Incident> {
        let mut out: Vec<Incident> = Vec::new();
        for (k, r) in self.roles.iter().enumerate() {
            if r.role != Role::Context {
                continue;
            }
            let cued: Vec<(usize, AttributionStatus)> = sentences_of(doc, &found[k])
                .into_iter()
                .filter(|&(i, _)| self.past[i])
                .filter_map(|(i, name)| match status_of(doc, i, name) {
                    Some((Some(s), _)) => Some((i, s)),
                    _ => None,
                })
                .collect();
            let Some(status) = cued.iter().map(|(_, s)| *s).min() else {
                continue;
            };
            let mut sentences = r.past.clone();
            // The sentence after an attribution often lists what was hit ("According to the
            // report, the targets include ...").
            sentences.sort_unstable();
            sentences.dedup();
            let mut incident = Incident {
                context: true,
                types: Vec::new(),
                victims: Vec::new(),
                sectors: Vec::new(),
                countries: Vec::new(),
                when: None,
                attribution: Attribution {
                    status,
                    actors: vec![found[k].name.clone()],
                    by: attributing_parties(doc, &sentences),
                    hypotheses: Vec::new(),
                    confidence: status.confidence(),
                    evidence: cued
                        .iter()
                        .map(|&(i, _)| doc.abs(doc.sentences[i]))
                        .collect(),
                },
            };
            let own_country = found[k].entry.and_then(|e| doc.g.entry(e).country());
            let by_countries: Vec<&str> =
                incident.attribution.by.iter().map(String::as_str).collect();
            for &i in &sentences {
                for c in doc.cues_in(i) {
                    if let Cue::Type(t) = c.cue {
                        push(&mut incident.types, t);
                    }
                }
                for h in doc.hits_in(i) {
                    match h.kind {
                        HitKind::Sector(s) => push(&mut incident.sectors, s),
                        HitKind::Country { country, .. }
                            if !by_countries.contains(&&doc.text[h.start..h.end])
                                && own_country != Some(country) =>
                        {
                            push(&mut incident.countries, country);
                        }
                        _ => {}
                    }
                }
                if incident.when.is_none() {
                    incident.when = doc
                        .dates
                        .iter()
                        .find(|d| doc.sentences[i].contains(d.span))
                        .map(|d| d.window);
                }
            }
            // Several actors attributed in one sentence share one incident.
            if let Some(same) = out
                .iter_mut()
                .find(|o| o.attribution.evidence == incident.attribution.evidence)
            {
                same.attribution.actors.extend(incident.attribution.actors);
                continue;
            }
            out.push(incident);
        }
        out
    }

    /// The model's actors: one per canonical actor, with role and mentions.
    pub(crate) fn actors(&self, doc: &Doc<'_, '_>, found: &[FoundActor]) -> Vec<Actor> {
        found
            .iter()
            .zip(&self.roles)
            .map(|(a, r)| {
                let basis = Some(Basis {
                    rule: r.rule,
                    by: r
                        .decided_by
                        .map(|i| attributing_parties(doc, &[i]))
                        .unwrap_or_default(),
                    span: r.decided_by.map(|i| doc.abs(doc.sentences[i])),
                });
                let mentions = a
                    .mentions
                    .iter()
                    .map(|m| Mention {
                        text: doc.text[m.start..m.end].to_owned(),
                        span: doc.abs(*m),
                    })
                    .collect();
                match a.entry {
                    Some(id) => {
                        let e = doc.g.entry(id);
                        Actor {
                            name: e.name().to_owned(),
                            attack_id: e.attack_id().map(str::to_owned),
                            aliases: e.aliases().to_vec(),
                            types: e.kinds().to_vec(),
                            country: e.country(),
                            role: r.role,
                            basis,
                            mentions,
                        }
                    }
                    None => Actor {
                        name: a.name.clone(),
                        attack_id: None,
                        aliases: Vec::new(),
                        types: Vec::new(),
                        country: None,
                        role: r.role,
                        basis,
                        mentions,
                    },
                }
            })
            .collect()
    }

    /// Whether a group of a state's services, and of no criminal trade, is confirmed or
    /// suspected behind the reported incident: its intrusions are spying, so a story that
    /// tells of spying once (not in its lead) tells what this incident was.
    pub(crate) fn state_deed(&self, doc: &Doc<'_, '_>, found: &[FoundActor]) -> bool {
        found.iter().zip(&self.roles).any(|(a, r)| {
            matches!(r.role, Role::Confirmed | Role::Suspected)
                && a.entry.is_some_and(|id| {
                    let kinds = doc.g.entry(id).kinds();
                    kinds.contains(&ActorKind::NationState) && !kinds.contains(&ActorKind::Criminal)
                })
        })
    }

    /// Countries the named, non-context actors come from (never a victim's country).
    pub(crate) fn actor_countries(&self, doc: &Doc<'_, '_>, found: &[FoundActor]) -> Vec<Country> {
        found
            .iter()
            .zip(&self.roles)
            .filter(|(_, r)| r.role != Role::Context)
            .filter_map(|(a, _)| a.entry.and_then(|id| doc.g.entry(id).country()))
            .collect()
    }
}

pub(crate) fn push<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}
