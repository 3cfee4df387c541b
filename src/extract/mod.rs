//! Text to knowledge: incidents, attribution, actors, victims, dates, indicators.
//!
//! [`Extractor::extract`] reads one [`Article`] and returns a [`Report`]: the incident the
//! article reports (and earlier ones it cites as context), who is said to be behind each and
//! how firmly, the threat actors named with their role, victims with sectors and countries,
//! software, ATT&CK techniques, CVEs and indicators. Every fact carries the byte spans of its evidence in the
//! input the article was parsed from.
//!
//! ```
//! use threatbrief::{Article, AttributionStatus, Role, SAMPLE};
//! use threatbrief::extract::Extractor;
//!
//! let article = Article::parse(SAMPLE)?;
//! let report = Extractor::default().extract(&article);
//! // The breach is not attributed; APT28 is named only for an earlier campaign.
//! assert_eq!(report.incidents[0].attribution.status, AttributionStatus::Unattributed);
//! let apt28 = report.actors.iter().find(|a| a.name == "APT28").unwrap();
//! assert_eq!(apt28.role, Role::Context);
//! # Ok::<(), threatbrief::ParseError>(())
//! ```

mod actors;
mod ascii;
pub mod attribution;
mod cues;
mod dates;
pub(crate) mod indicators;
mod parallel;
mod promo;
mod scratch;
mod sentences;
mod software;
mod starts;
mod techniques;
mod victims;
mod wordlists;

mod vocabulary;

pub use parallel::{ExtractAll, ParallelOptions};

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::Arc;

use time::Date;

use crate::gazetteer::{Gazetteer, Hit, HitKind};
use crate::model::{Report, Span};
use crate::scrape::Article;
use crate::words::Classes;

use ascii::{rsplit_space, split_space, starts_with_ignore_ascii_case};
use cues::{Cue, CueHit, Side};
use dates::DateMention;
use scratch::{DocParts, Scratch};
use starts::{Scanner, Starts};

/// Every technical indicator in `text`, refanged, each value once, in order of first mention,
/// with spans into `text` as written (see the README's Indicators section for what is read and
/// the guards). [`Extractor::extract`] calls this on each article's text; call it directly on
/// any other text, such as an IOC list.
///
/// ```
/// use threatbrief::IndicatorKind;
///
/// let text = "C2 at hXXps://update[.]evil-example[.]com/gate.php (185.220.101[.]5:443)";
/// let found = threatbrief::extract::indicators(text);
/// assert_eq!(found[0].kind, IndicatorKind::Url);
/// assert_eq!(found[0].value, "https://update.evil-example.com/gate.php");
/// assert_eq!(&text[found[1].span.start..found[1].span.end], "185.220.101[.]5");
/// ```
#[must_use]
pub fn indicators(text: &str) -> Vec<crate::model::Indicator> {
    indicators::find(text)
}

/// Turns articles into [`Report`]s. Cheap to clone; share one across threads.
#[derive(Clone)]
pub struct Extractor {
    gazetteer: GazetteerRef,
    /// Whether techniques are reported as the sub-technique the words name.
    sub_techniques: bool,
}

#[derive(Clone)]
enum GazetteerRef {
    Embedded(&'static Gazetteer),
    Owned(Arc<Gazetteer>),
}

impl Default for Extractor {
    /// An extractor over the embedded gazetteer (built on first use, then shared).
    fn default() -> Self {
        Extractor {
            gazetteer: GazetteerRef::Embedded(Gazetteer::embedded()),
            sub_techniques: true,
        }
    }
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor").finish_non_exhaustive()
    }
}

impl Extractor {
    /// An extractor over your own gazetteer (e.g. the embedded one plus your entries, from
    /// [`Gazetteer::builder`]).
    #[must_use]
    pub fn with_gazetteer(gazetteer: Gazetteer) -> Self {
        Extractor {
            gazetteer: GazetteerRef::Owned(Arc::new(gazetteer)),
            sub_techniques: true,
        }
    }

    /// Whether `techniques` name the most specific ATT&CK technique the words support: the
    /// sub-technique where the text says enough ("PowerShell" as T1059.001, "password
    /// spraying" as T1110.003), else its technique. On by default. Off, every sub-technique
    /// is reported as its technique (T1059, T1110), the level many analysts and labelled
    /// corpora (AnnoCTR among them) record.
    #[must_use]
    pub fn sub_techniques(mut self, yes: bool) -> Self {
        self.sub_techniques = yes;
        self
    }

    /// The gazetteer in use.
    #[must_use]
    pub fn gazetteer(&self) -> &Gazetteer {
        match &self.gazetteer {
            GazetteerRef::Embedded(g) => g,
            GazetteerRef::Owned(g) => g,
        }
    }

    /// Extracts everything from one article. Spans are byte offsets into the input the
    /// article was parsed from. Linear in the length of the article.
    #[must_use]
    pub fn extract(&self, article: &Article<'_>) -> Report {
        let today = article.scraped_at().date();
        // The summary's lines are found only if they are read (see `extract_text`).
        self.extract_text(article.body(), article.body_span().start, today, || {
            article.summary_spans().collect()
        })
    }

    /// Extracts from a body text that starts at byte `base` of its input, scraped on `today`;
    /// `summary` gives the lines of its summary, asked for only where an actor needs them.
    pub(crate) fn extract_text<'s>(
        &self,
        body: &str,
        base: usize,
        today: Date,
        summary: impl FnOnce() -> Vec<(&'s str, Span)>,
    ) -> Report {
        let g = self.gazetteer();
        let mut scratch = Scratch::take();
        scratch.read(body, g);
        let Scratch {
            words,
            classes,
            keys,
            starts,
            doc: parts,
        } = &mut scratch;
        let promo_start = promo::detect(body, &parts.sentences, &parts.cues);
        let text = &body[..promo_start.unwrap_or(body.len())];
        // The promo block starts a sentence, after white space: what precedes it splits and
        // scans the same alone, so the body's sentences and cues are kept, not found again.
        parts.sentences.retain(|s| s.end <= text.len());
        parts.cues.retain(|c| c.span.end <= text.len());
        let doc = Doc::with_parts(
            g,
            text,
            base,
            today,
            std::mem::take(parts),
            Cow::Borrowed(classes),
            (words, starts),
        );

        let mut report = Report {
            promo: promo_start.map(|s| Span::new(s, body.len()).shift(base)),
            ..Report::default()
        };
        let found = actors::find(&doc);
        // The summary is read only to corroborate an actor the body leaves without a cue.
        let summary_docs = || -> Vec<Doc<'_, '_>> {
            summary()
                .into_iter()
                .map(|(line, span)| Doc::new(g, line, span.start, today))
                .collect()
        };
        let analysis = attribution::analyse(&doc, &found, summary_docs);
        let actor_countries = analysis.actor_countries(&doc, &found);
        report.software = software::find(&doc, words, starts);
        // Where actors are named, as sorted disjoint spans, looked up by binary search for
        // each place the text names (a text can name thousands of both).
        let mut actor_names: Vec<Span> = found
            .iter()
            .flat_map(|a| a.mentions.iter().copied())
            .collect();
        actor_names.sort_unstable_by_key(|s| (s.start, s.end));
        actor_names.dedup_by(|next, kept| {
            let overlaps = next.start <= kept.end;
            if overlaps {
                kept.end = kept.end.max(next.end);
            }
            overlaps
        });
        let state_deed = analysis.state_deed(&doc, &found);
        let main = victims::main_incident(
            &doc,
            &analysis,
            state_deed,
            &actor_countries,
            &report.software,
            &actor_names,
        );
        report.sectors = main.sectors.clone();
        report.countries = main.countries.clone();
        report.incidents.push(main);
        report
            .incidents
            .extend(analysis.context_incidents(&doc, &found));
        report.actors = analysis.actors(&doc, &found);

        report.techniques = techniques::find(&doc, (words, keys, starts), self.sub_techniques);
        report.cves = indicators::cves(text)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        report.indicators = indicators::find_with(text, classes)
            .into_iter()
            .map(|mut i| {
                i.span = i.span.shift(base);
                i
            })
            .collect();
        *parts = doc.into_parts();
        scratch.keep();
        report
    }
}

/// The first character boundary of `text` in `from..=to`, else `to`: where a window of text
/// that should start at `from` can start.
pub(crate) fn first_boundary(text: &str, from: usize, to: usize) -> usize {
    (from..=to)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(to)
}

/// The last character boundary of `text` in `from..=to`, else `from`: where a window of text
/// that should end at `to` can end.
pub(crate) fn last_boundary(text: &str, from: usize, to: usize) -> usize {
    (from..=to)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(from)
}

/// Reads "Georgia" as the US state where the text places it among the states: in a list
/// beside a US state or city ("in Georgia and Alabama", "Florida, Georgia"), or after a town
/// that a preposition introduces ("based in Columbus, Georgia", "of Savannah, Georgia"; not
/// "Tbilisi, Georgia" nor "Armenia, Georgia", places of their own). The gazetteer gives the
/// name to the country, the ambiguity it accepts where the text says nothing more.
fn us_georgia(text: &str, hits: &mut [Hit<'_>]) {
    use crate::gazetteer::CountryForm;
    let (Some(ge), Some(us)) = (
        crate::model::Country::new("GE"),
        crate::model::Country::new("US"),
    ) else {
        return;
    };
    let american = |h: &Hit<'_>| {
        matches!(h.kind, HitKind::Country { country, form }
            if country == us
                && matches!(form, CountryForm::State | CountryForm::City | CountryForm::Capital))
    };
    let joined = |gap: &str| matches!(gap, ", " | " and " | " or " | ", and " | ", or ");
    for k in 0..hits.len() {
        let h = hits[k];
        if !matches!(h.kind, HitKind::Country { country, form: CountryForm::Name } if country == ge)
            || &text[h.start..h.end] != "Georgia"
        {
            continue;
        }
        let previous = k.checked_sub(1).map(|j| hits[j]);
        let in_a_list = previous.is_some_and(|p| american(&p) && joined(&text[p.end..h.start]))
            || hits
                .get(k + 1)
                .is_some_and(|n| american(n) && joined(&text[h.end..n.start]));
        // The few words before it, within 64 bytes: not read back through a long run of text
        // for each mention.
        let from = first_boundary(text, h.start.saturating_sub(64), h.start);
        let after_a_town = text[from..h.start]
            .strip_suffix(", ")
            .is_some_and(|before| {
                // One or two capitalised words, a preposition before them, and no place of
                // another country among them.
                let words: Vec<&str> = before.rsplit(' ').take(3).collect();
                let town = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
                let place_of_its_own =
                    previous.is_some_and(|p| p.end == from + before.len() && !american(&p));
                !place_of_its_own
                    && words.first().is_some_and(|w| town(w))
                    && (words
                        .get(1)
                        .is_some_and(|w| matches!(*w, "in" | "of" | "from" | "near"))
                        || words.get(1).is_some_and(|w| town(w))
                            && words
                                .get(2)
                                .is_some_and(|w| matches!(*w, "in" | "of" | "from" | "near")))
            });
        if in_a_list || after_a_town {
            hits[k].kind = HitKind::Country {
                country: us,
                form: CountryForm::State,
            };
        }
    }
}

/// The index of the first of `items` at `from` or after for which `reached` holds (`items`
/// are in the order that makes it hold from some index on), found by stepping.
fn walk<T>(items: &[T], from: usize, reached: impl Fn(&T) -> bool) -> usize {
    from + items[from..].iter().take_while(|x| !reached(x)).count()
}

/// One analysed text: its sentences, cue words, gazetteer hits and dates, with lookups by
/// sentence. Offsets are relative to `text`; `base` maps them into the input.
pub(crate) struct Doc<'g, 't> {
    pub(crate) g: &'g Gazetteer,
    pub(crate) text: &'t str,
    /// `text` as the scanners read it ([`crate::words::fold`]), folded once for all.
    pub(crate) folded: Vec<u8>,
    /// `text` in lower case, when that keeps every byte where it was
    /// ([`crate::words::lower_into`]): see [`Doc::lowered`].
    lowered: String,
    lowered_in_place: bool,
    /// The classes of `text`'s bytes ([`crate::words::list_into`]; they may run on past it),
    /// read once with its words and kept for the rules that look for letters or capitals.
    classes: Cow<'t, [Classes]>,
    pub(crate) base: usize,
    pub(crate) today: Date,
    pub(crate) sentences: Vec<Span>,
    pub(crate) cues: Vec<CueHit>,
    pub(crate) hits: Vec<Hit<'g>>,
    pub(crate) dates: Vec<DateMention>,
    /// Per sentence: whether it is about earlier or other activity.
    pub(crate) past: Vec<bool>,
    /// The sentence that opens a round-up's second item, if any ("In other news, ..."): it
    /// and every sentence after it are about other activity.
    pub(crate) story_break: Option<usize>,
    /// Whether the headline is a round-up's, listing several stories ([`Doc::is_round_up`]).
    pub(crate) round_up: bool,
    /// The day before which a date marks other, earlier activity ([`Doc::past_cutoff`]).
    cutoff: Option<Date>,
    /// Whether the headline tells of the law's act (a charge, an indictment, a sentence):
    /// the story reports a deed of the past, and its dates mark no other activity.
    pub(crate) legal_story: bool,
    /// The relative clauses set off by a comma ([`asides`]), in order, and whether each is
    /// about other, earlier activity.
    asides: Vec<Span>,
    appositive: Vec<bool>,
    aside_past: Vec<bool>,
    /// Per sentence: its cues and its hits, as ranges of `cues` and `hits`, looked up at
    /// every question asked of a sentence.
    within: Vec<(Range<usize>, Range<usize>)>,
    /// Where the text writes words with a capital, not at a sentence's start (asked by the
    /// victim finder).
    pub(crate) capitalised: victims::CapitalisedWords<'t>,
}

impl<'g, 't> Doc<'g, 't> {
    fn new(g: &'g Gazetteer, text: &'t str, base: usize, today: Date) -> Self {
        let mut read = Scratch::default();
        read.read(text, g);
        let parts = std::mem::take(&mut read.doc);
        let classes = Cow::Owned(std::mem::take(&mut read.classes));
        Doc::with_parts(
            g,
            text,
            base,
            today,
            parts,
            classes,
            (&read.words, &read.starts),
        )
    }

    /// A doc over `text` whose sentences, cue words, words, the classes of its bytes and where
    /// each scanner may start among the words are already known (`words` and `classes` may run
    /// on past `text`, into a promo block cut off it). The other vectors of `parts` are
    /// buffers to fill.
    fn with_parts(
        g: &'g Gazetteer,
        text: &'t str,
        base: usize,
        today: Date,
        parts: DocParts,
        classes: Cow<'t, [Classes]>,
        (words, starts): (&[(usize, usize)], &Starts),
    ) -> Self {
        let DocParts {
            sentences,
            cues,
            mut folded,
            mut lowered,
            mut within,
            mut past,
            hits,
        } = parts;
        crate::words::fold_into(text, &mut folded);
        let lowered_in_place = crate::words::lower_into(text, &classes, &mut lowered);
        // Hits are kept from text to text: a vector allocated for each grew past glibc's fast
        // path in most articles.
        let mut hits = scratch::recycle(hits);
        g.scan_words(
            text,
            &folded,
            words,
            |k| starts.next(Scanner::Name, k),
            &mut hits,
        );
        // "German-speaking Switzerland", "Russian-speaking hackers": a language, not a place.
        hits.retain(|h| {
            !(matches!(
                h.kind,
                crate::gazetteer::HitKind::Country {
                    form: crate::gazetteer::CountryForm::Demonym,
                    ..
                }
            ) && text[h.end..].starts_with("-speaking"))
                // "a city-based payment aggregator", "a county-wide outage": where or how far,
                // not a kind of organisation.
                && !(matches!(h.kind, crate::gazetteer::HitKind::Sector(_))
                    && (text[h.end..].starts_with("-based") || text[h.end..].starts_with("-wide")))
        });
        us_georgia(text, &mut hits);
        let dates = dates::find(text, &classes, today);
        within.clear();
        // Sentences, cues and hits are each in order of their start: the ranges are found by
        // one walk over the cues and one over the hits (four binary searches per sentence
        // cost more).
        let (mut c, mut h) = (0, 0);
        within.extend(sentences.iter().map(|s| {
            let cues_from = walk(&cues, c, |c| c.span.start >= s.start);
            c = walk(&cues, cues_from, |c| c.span.start >= s.end);
            let hits_from = walk(&hits, h, |h| h.start >= s.start);
            h = walk(&hits, hits_from, |h| h.start >= s.end);
            (cues_from..c, hits_from..h)
        }));
        let mut doc = Doc {
            g,
            text,
            folded,
            lowered,
            lowered_in_place,
            classes,
            base,
            today,
            sentences,
            cues,
            hits,
            dates,
            past: Vec::new(),
            cutoff: None,
            legal_story: false,
            asides: Vec::new(),
            appositive: Vec::new(),
            aside_past: Vec::new(),
            story_break: None,
            round_up: false,
            within,
            capitalised: victims::CapitalisedWords::default(),
        };
        doc.legal_story =
            !doc.sentences.is_empty() && doc.cues_in(0).iter().any(|c| c.cue == cues::Cue::Legal);
        doc.cutoff = if doc.legal_story {
            None
        } else {
            doc.past_cutoff()
        };
        // A sentence is read whole first; only one that is about earlier activity so read may
        // owe it to a relative clause, which is then looked for and the sentence read again.
        // So may a sentence of the lead with a date, which dates a clause but not the lead.
        past.clear();
        past.extend((0..doc.sentences.len()).map(|i| doc.past_marked(i, None, |_| true)));
        (doc.asides, doc.appositive) = asides(
            text,
            doc.sentences
                .iter()
                .zip(&past)
                .enumerate()
                .filter_map(|(i, (&s, &was))| {
                    (was || i <= 2 && !doc.dates_within(s).is_empty()).then_some(s)
                }),
        );
        if !doc.asides.is_empty() {
            doc.aside_past = doc
                .asides
                .iter()
                .map(|a| doc.past_marked(doc.sentence_at(a.start), Some(*a), |_| true))
                .collect();
        }
        // A sentence marked by other deeds it names for comparison, or by a clause of its
        // own, is read again without them.
        for (i, was) in past.iter_mut().enumerate() {
            if *was {
                *was = doc.is_past(i);
            }
        }
        // A round-up's later items ("In other news, ...", "Elsewhere, ...", or the second
        // item's heading under a round-up's headline) are other stories: the reported
        // incident is the one before them. A heading in the first two sentences of the body
        // is the lead item's ("Here are this week's stories. Hospital on leak site: ...").
        doc.round_up = doc.is_round_up();
        let mut headings = (1..doc.sentences.len()).filter(|&i| doc.opens_an_item(i));
        let second_item = if doc.round_up {
            match headings.next() {
                Some(i) if i <= 2 => headings.next(),
                first => first,
            }
        } else {
            None
        };
        // Items may open on a heading written as a sentence of its own ("Critical VPN
        // patch."), known by the later item of the headline it names.
        let echoed_item = if doc.round_up {
            doc.heading_of_a_later_item()
        } else {
            None
        };
        let breaks = vocabulary::list("story-breaks");
        doc.story_break = (1..doc.sentences.len())
            .find(|&i| doc.opens_another_story(i, breaks))
            .into_iter()
            .chain(second_item)
            .chain(echoed_item)
            .min();
        if let Some(k) = doc.story_break {
            past[k..].fill(true);
        }
        doc.past = past;
        doc
    }

    /// Whether the headline is a round-up's: a word of `[round-up-words]` before its first
    /// colon ("Week in review: ...", "Friday round-up: ..."), or three items or more after
    /// it, each naming something ("The Dispatch: Acme University breach, CISA's Volt Typhoon
    /// update, and Salt Typhoon's telecom fallout").
    fn is_round_up(&self) -> bool {
        let Some(&headline) = self.sentences.first() else {
            return false;
        };
        let Some((head, items)) = self.text[headline.start..headline.end].split_once(':') else {
            return false;
        };
        split_space(head).any(|w| vocabulary::holds("round-up-words", w))
            || lists_named_items(items)
    }

    /// The first sentence of the body, from its third on (the lead item's opening is the
    /// first two), that is the heading of an item the headline lists after its first, written
    /// as a sentence of its own: a short one ([`ITEM_HEADING_WORDS`] words at most) that
    /// names a word in capitals of a later item and none of the first ("Week in security:
    /// Acme ransomware, VPN patch, Volt Typhoon warning" ... "Critical VPN patch."; "Allied
    /// warning on Volt Typhoon.").
    fn heading_of_a_later_item(&self) -> Option<usize> {
        let headline = self.sentences.first()?;
        let (_, listed) = self.text[headline.start..headline.end].split_once(':')?;
        let mut items = headline_items(listed);
        let first = items.next()?;
        // A headline's few names; an endless one is read no further, so that each short
        // sentence is compared with a bounded list.
        let later: Vec<&str> = items
            .flat_map(capitalised_words)
            .take(HEADLINE_NAMES)
            .collect();
        if later.is_empty() {
            return None;
        }
        let lead: Vec<&str> = capitalised_words(first).take(HEADLINE_NAMES).collect();
        (3..self.sentences.len()).find(|&i| {
            let sentence = self.sentence_text(i);
            split_space(sentence).count() <= ITEM_HEADING_WORDS && {
                let mut words = headline_words(sentence).filter(|w| !w.is_empty());
                words.clone().any(|w| later.contains(&w)) && !words.any(|w| lead.contains(&w))
            }
        })
    }

    /// Whether sentence `i` opens on an item's heading: a few words and a colon ("LockBit
    /// recruiting: The operation ...", "In brief: ..."), not on who said what ("The club
    /// said: ...").
    fn opens_an_item(&self, i: usize) -> bool {
        let s = self.sentences[i];
        let Some((heading, _)) = self.text[s.start..s.end].split_once(": ") else {
            return false;
        };
        let words = heading.split_whitespace();
        heading.trim_start().starts_with(char::is_uppercase)
            && words.clone().count() <= 5
            && !heading.contains([',', '"', '\u{201c}'])
            && !words
                .into_iter()
                .any(|w| vocabulary::holds("speech-verbs", w))
    }

    /// Whether sentence `i` opens on a phrase of `[story-breaks]` (`breaks`) and a comma, or
    /// on "In other <word> news".
    fn opens_another_story(&self, i: usize, breaks: &[&str]) -> bool {
        let s = self.sentences[i];
        let sentence = &self.text[s.start..s.end];
        // Asked of every sentence, and nearly every one opens on neither: the phrase it must
        // open on is compared before its comma is searched for.
        let head = sentence.trim_start().as_bytes();
        let Some(first) = head.first().map(u8::to_ascii_lowercase) else {
            return false;
        };
        if !(head.starts_with(b"In other ")
            || breaks.iter().any(|b| {
                b.as_bytes().first().is_none_or(|&f| f == first)
                    && starts_with_ignore_ascii_case(head, b.as_bytes())
            }))
        {
            return false;
        }
        let Some((opener, _)) = ascii::split_once_byte(sentence, b',') else {
            return false;
        };
        if vocabulary::holds("story-breaks", opener.trim_start()) {
            return true;
        }
        let mut words = split_space(opener.trim_start());
        words.next() == Some("In")
            && words.next() == Some("other")
            && words.next_back() == Some("news")
            && words.count() <= 2
    }

    /// The text in lower case, if lowering keeps every byte where it was (as in all ASCII
    /// text): the lower case of a slice of the text is then the same slice of it.
    pub(crate) fn lowered(&self) -> Option<&str> {
        self.lowered_in_place.then_some(self.lowered.as_str())
    }

    /// The first ASCII capital or non-ASCII byte of the text in `from..to`, found in the
    /// classes of its bytes ([`crate::words::first_capital`]).
    pub(crate) fn first_capital(&self, from: usize, to: usize) -> Option<usize> {
        crate::words::first_capital(&self.classes, self.text.as_bytes(), from, to)
    }

    /// The vectors of this doc, to be filled again for another text.
    fn into_parts(self) -> DocParts {
        DocParts {
            sentences: self.sentences,
            cues: self.cues,
            folded: self.folded,
            lowered: self.lowered,
            within: self.within,
            past: self.past,
            hits: scratch::recycle(self.hits),
        }
    }

    /// The index of the sentence holding byte `pos`.
    pub(crate) fn sentence_at(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= pos)
            .min(self.sentences.len().saturating_sub(1))
    }

    pub(crate) fn sentence_text(&self, i: usize) -> &'t str {
        let s = self.sentences[i];
        &self.text[s.start..s.end]
    }

    /// Cue hits inside sentence `i`.
    pub(crate) fn cues_in(&self, i: usize) -> &[CueHit] {
        &self.cues[self.within[i].0.clone()]
    }

    /// Cue hits starting inside `span`. Logarithmic.
    pub(crate) fn cues_within(&self, span: Span) -> &[CueHit] {
        let a = self.cues.partition_point(|c| c.span.start < span.start);
        let b = self.cues.partition_point(|c| c.span.start < span.end);
        &self.cues[a..b.max(a)]
    }

    /// Gazetteer hits inside sentence `i`.
    pub(crate) fn hits_in(&self, i: usize) -> &[Hit<'g>] {
        &self.hits[self.within[i].1.clone()]
    }

    /// Gazetteer hits overlapping `span` (hits never overlap each other). Logarithmic.
    pub(crate) fn hits_overlapping(&self, span: Span) -> impl Iterator<Item = &Hit<'g>> {
        let a = self
            .hits
            .partition_point(|h| h.start < span.start)
            .saturating_sub(1);
        // The hits from the first are read while they start before the span ends: a second
        // binary search for the last cost more than the few a name overlaps.
        self.hits[a..]
            .iter()
            .take_while(move |h| h.start < span.end)
            .filter(move |h| span.start < h.end)
    }

    /// Dates starting inside `span`. Logarithmic.
    pub(crate) fn dates_within(&self, span: Span) -> &[DateMention] {
        let a = self.dates.partition_point(|d| d.span.start < span.start);
        let b = self.dates.partition_point(|d| d.span.start < span.end);
        &self.dates[a..b.max(a)]
    }

    pub(crate) fn has_cue(&self, i: usize, want: Cue) -> bool {
        self.cues_in(i).iter().any(|c| c.cue == want)
    }

    /// A sentence is about other, earlier activity when it says so ("previously", "that
    /// attack") or dates itself well before the reported incident: before the first date the
    /// lead gives, or, when the lead gives none, months before the scrape. A relative clause
    /// set off by a comma ("X, which has targeted ministries before, ...") tells of the name
    /// before it: what it dates is not the sentence's own story (see [`Doc::aside_is_past`]).
    /// An appositive dates only itself where the rest of the sentence makes a statement about
    /// the name ("a potential candidate is X, a group of hackers who leaked ... in 2017");
    /// else its date is the sentence's ("X, the gang that hit Y last year, has also targeted
    /// dental chains" tells its record).
    fn is_past(&self, i: usize) -> bool {
        // A cue of a statement about an actor, outside any relative clause.
        let stating = |c: &CueHit| {
            matches!(
                c.cue,
                Cue::Confirm(_)
                    | Cue::Tie
                    | Cue::Hedge
                    | Cue::Claim(_)
                    | Cue::Publish(Side::Before)
                    | Cue::Speculate
                    | Cue::Deny
                    | Cue::RuledOut
            ) && self.aside_at(c.span.start).is_none()
        };
        let statement = OnceCell::new();
        let states = || *statement.get_or_init(|| self.cues_in(i).iter().any(stating));
        // "Sandworm could be behind it, pointing to earlier attacks on energy firms": other
        // deeds named for comparison ("earlier attacks", "previous campaigns") date only
        // themselves where the sentence states something of an actor in another clause (a
        // comma between); "X was behind earlier attacks" states them.
        let stated_apart = |at: usize| {
            self.cues_in(i).iter().any(|c| {
                stating(c)
                    && ascii::has_byte(&self.text[c.span.end.min(at)..c.span.start.max(at)], b',')
            })
        };
        let compared = |at: usize| {
            let rest = &self.text[at..];
            ["earlier ", "previous ", "prior "]
                .iter()
                .find_map(|w| {
                    rest.get(..w.len())
                        .filter(|head| head.eq_ignore_ascii_case(w))
                        .map(|_| &rest[w.len()..])
                })
                .is_some_and(|noun| {
                    let noun = noun
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .next()
                        .unwrap_or("");
                    vocabulary::holds("deed-kinds", noun)
                })
        };
        self.past_marked(i, None, |at| {
            (match self.aside_at(at) {
                None => true,
                Some(k) => self.appositive[k] && !states(),
            }) && !(compared(at) && stated_apart(at))
        })
    }

    /// Whether a country or a region is named at `at`, not as the owner of what follows
    /// ("Israel struck", not "Russia's Sandworm").
    fn names_a_state(&self, at: usize) -> bool {
        self.hits_overlapping(Span::new(at, at + 1)).any(|h| {
            h.start == at
                && matches!(h.kind, HitKind::Country { .. } | HitKind::Region(_))
                && !self.text[h.end..].starts_with(['\'', '\u{2019}'])
        })
    }

    /// The relative clause ([`asides`]) that holds `at`, if one does, by its index.
    fn aside_at(&self, at: usize) -> Option<usize> {
        let k = self.asides.partition_point(|a| a.end <= at);
        self.asides.get(k).filter(|a| a.start <= at).map(|_| k)
    }

    /// The relative clause right after a name ending at `name_end` (", which has previously
    /// exploited ...,"), where it is about other, earlier activity: what the name does after
    /// it is as near as if it followed the name.
    pub(crate) fn past_aside_after(&self, name_end: usize) -> Option<Span> {
        // Past the lower-case words of its kind ("the X extortion group, which ...").
        let after = self.text.get(name_end..)?;
        let comma = memchr::memmem::find(&after.as_bytes()[..after.len().min(40)], b", ")?;
        if !after[..comma]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
        {
            return None;
        }
        let rest = &after[comma + 2..];
        let pronoun = ["which ", "who ", "whose "]
            .iter()
            .find(|p| rest.starts_with(**p))?;
        let k = self.aside_at(name_end + comma + 2 + pronoun.len())?;
        self.aside_past[k].then(|| self.asides[k])
    }

    /// Whether the relative clause that holds `at`, if one does, is about other, earlier
    /// activity ("X, which was previously blamed for attacks on hospitals, ..."): a link or
    /// a name inside it is the actor's past, not the reported incident.
    pub(crate) fn aside_is_past(&self, at: usize) -> bool {
        self.aside_at(at).is_some_and(|k| self.aside_past[k])
    }

    /// Whether the cues and dates of sentence `i` that start where `counts` holds mark
    /// earlier activity: those of the whole sentence, or of the relative clause `aside` (found
    /// by binary search, as an endless sentence may hold thousands).
    fn past_marked(&self, i: usize, aside: Option<Span>, counts: impl Fn(usize) -> bool) -> bool {
        let cutoff = self.cutoff;
        let s = self.sentences[i];
        // Up to `n` bytes after a cue, within its sentence (compared ignoring ASCII case).
        let after = |c: &CueHit, n: usize| {
            let end = s.end.min(c.span.end + n).max(c.span.end);
            self.text.as_bytes().get(c.span.end..end).unwrap_or(&[])
        };
        // "earlier this month", "earlier today", "earlier in the week" are the present story.
        let recent = |c: &CueHit| {
            let after = after(c, 12);
            [
                " this week",
                " this month",
                " today",
                " this morning",
                " in the week",
                " in the day",
            ]
            .iter()
            .any(|p| starts_with_ignore_ascii_case(after, p.as_bytes()))
        };
        // "previously known as", "formerly tracked as", "previously been called" introduce
        // aliases, not old deeds: the verb of naming right after the cue, or after "been",
        // "also" or "little" (not "attributed that operation to a group it called X", where
        // the naming is the sentence's own).
        let names_alias = |c: &CueHit| {
            let after = after(c, 24);
            let mut words = after
                .split(|b| !b.is_ascii_alphabetic())
                .filter(|w| !w.is_empty());
            let mut word = words.next();
            while word.is_some_and(|w| {
                // "a previously little-known group": what was little known is new.
                [&b"been"[..], b"also", b"be", b"little"]
                    .iter()
                    .any(|f| w.eq_ignore_ascii_case(f))
            }) {
                word = words.next();
            }
            word.is_some_and(|w| {
                [
                    &b"known"[..],
                    b"called",
                    b"named",
                    b"identified",
                    b"tracked",
                    b"gone",
                    b"went",
                    b"dubbed",
                    b"referred",
                ]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v))
            })
        };
        // Whether the word right before a cue is one of `words` (ASCII case ignored).
        let word_before_is = |c: &CueHit, words: &[&str]| {
            let before = self.text[s.start..c.span.start].trim_end();
            let word = ascii::last_word(before);
            // A quotation may open on the word ("“were once linked").
            let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
            words.iter().any(|w| word.eq_ignore_ascii_case(w))
        };
        // "the same Kremlin unit", "that same crew": the group's earlier activity; "a similar
        // email attack method", "thefts such as the $1.5 billion Bybit hack": other
        // incidents. A few words on, within the noun phrase (not "such as X, which claimed
        // attacks").
        // The kinds are single words: each word of the window is looked up, where searching
        // the window for each kind cost a scan per kind.
        let followed_by = |c: &CueHit, kinds: &'static str, reach: usize| {
            let after = after(c, reach);
            // A comma ends the phrase where a name or a relative clause follows it ("such as X,
            // which ..."), not between its adjectives ("a separate, continuing campaign").
            let end = memchr::memchr2(b';', b'(', after).unwrap_or(after.len());
            let end = memchr::memchr_iter(b',', &after[..end])
                .find(|&k| {
                    after[k + 1..]
                        .iter()
                        .find(|b| !b.is_ascii_whitespace())
                        .is_none_or(|b| !b.is_ascii_lowercase())
                        || [&b" which"[..], b" who", b" that"]
                            .iter()
                            .any(|w| after[k + 1..].starts_with(w))
                })
                .unwrap_or(end);
            let after = &after[..end];
            after
                .split(|b| !b.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .any(|w| std::str::from_utf8(w).is_ok_and(|w| vocabulary::holds(kinds, w)))
        };
        let part = aside.unwrap_or(s);
        let cues = self.cues_in(i);
        let cues = &cues[cues.partition_point(|c| c.span.start < part.start)
            ..cues.partition_point(|c| c.span.start < part.end)];
        // Only the kinds of cue the arms below read can mark the sentence: whether a cue
        // counts, which may read its clause, is asked of those only.
        if cues
            .iter()
            .filter(|c| {
                matches!(
                    c.cue,
                    Cue::Past | Cue::PastAfterLead | Cue::Same | Cue::Similar
                ) && counts(c.span.start)
            })
            .any(|c| match c.cue {
                // "a flaw disclosed last summer": the time of a thing's life, not of a deed.
                Cue::Past | Cue::PastAfterLead
                    if dates_a_life(&self.text[s.start..c.span.start]) =>
                {
                    false
                }
                // "before" with no object ends its clause ("X has targeted universities
                // before.", "we have reported before how X ..."); with one ("hours before the
                // attack") it dates nothing.
                // "a newer group we haven't seen before": what was never seen is new.
                // "Three years before that, the FBI had blamed X": months or years before the
                // told deed date another.
                Cue::Past if self.text[c.span.start..c.span.end].eq_ignore_ascii_case("before") => {
                    (matches!(after(c, 1).first(), None | Some(b'.' | b',' | b';' | b'!'))
                        || [" that", " then"].iter().any(|w| {
                            starts_with_ignore_ascii_case(after(c, 6), w.as_bytes())
                                && !after(c, 6)
                                    .get(w.len())
                                    .is_some_and(u8::is_ascii_alphanumeric)
                        }) && word_before_is(
                            c,
                            &["year", "years", "month", "months", "decade", "decades"],
                        )
                        || [" how ", " what ", " why ", " whether "]
                            .iter()
                            .any(|w| starts_with_ignore_ascii_case(after(c, 9), w.as_bytes())))
                        && !never_before(&self.text[s.start..c.span.start])
                }
                // "A year after X hit a rival" dates X's deed; "months after the breach" counts
                // from the reported one.
                // "A day after Helsinki announced aid", "weeks after Israel struck Iran": a
                // state's act is the occasion, not a deed of the past the sentence tells.
                Cue::Past if self.text[c.span.start..c.span.end].ends_with(" after") => {
                    (after(c, 2).get(1).is_some_and(u8::is_ascii_uppercase)
                        && !self.names_a_state(c.span.end + 1))
                        || word_before_is(c, &["comes", "came"])
                }
                // "overlap with tooling it has previously associated with X": the earlier
                // activity is what the evidence is compared with, and the link through it
                // ties the reported deed.
                Cue::Past if compared_with_linked(self, i, c.span.start) => false,
                // "citing code overlaps with earlier wipers", "similarities to prior
                // campaigns": the earlier thing is what the evidence compares the reported one
                // to, not what the sentence tells. Unless a link follows in its clause, which
                // is of that earlier thing ("a pattern seen in earlier thefts attributed to X";
                // not "similarities with earlier tooling, we attribute this to X"); a link
                // after a comparison ties the reported deed through it (the arm above).
                Cue::Past
                    if compared_with(&self.text[s.start..c.span.start])
                        && !cues.iter().any(|l| {
                            l.span.start > c.span.start
                                && matches!(l.cue, Cue::Confirm(_) | Cue::Claim(_) | Cue::Act)
                                && ascii::find_either(
                                    &self.text[c.span.end..l.span.start],
                                    b',',
                                    b';',
                                )
                                .is_none()
                        }) =>
                {
                    false
                }
                // "Was once", "had once": what was; "once again" repeats in the present, "once
                // inside" tells the next step.
                Cue::Past if self.text[c.span.start..c.span.end].eq_ignore_ascii_case("once") => {
                    word_before_is(c, &["was", "were", "had", "has", "have"])
                        && !starts_with_ignore_ascii_case(after(c, 6), b" again")
                }
                // "X has long targeted ministries" is a habit; "ransomware has long been a
                // threat" a state, which dates no deed; "a long campaign" nothing.
                Cue::Past if self.text[c.span.start..c.span.end].eq_ignore_ascii_case("long") => {
                    word_before_is(c, &["has", "have", "had"])
                        && !starts_with_ignore_ascii_case(after(c, 5), b" been")
                }
                // "For decades", "two decades", not "decades-old flaws".
                Cue::Past
                    if self.text[c.span.start..c.span.end].eq_ignore_ascii_case("decades") =>
                {
                    word_before_is(c, &["for", "two", "three", "several"])
                }
                // "a previously unknown group", "previously undocumented malware": what was not
                // known before is new, not earlier activity.
                Cue::Past
                    if self.text[c.span.start..c.span.end].eq_ignore_ascii_case("previously")
                        && starts_with_ignore_ascii_case(after(c, 3), b" un") =>
                {
                    false
                }
                // "X has confirmed that Cl0p was responsible, reversing its earlier
                // position": an earlier word on the same incident, set against the link the
                // sentence made before it. One that opens the sentence ("An earlier version of
                // this article reported that ...") is what was withdrawn: earlier still.
                Cue::Past
                    if earlier_word(after(c, 32))
                        && cues.iter().any(|l| {
                            l.span.end <= c.span.start
                                && matches!(l.cue, Cue::Confirm(_) | Cue::Act | Cue::Claim(_))
                        }) =>
                {
                    false
                }
                // "breaking into the ministry's email last year" where the headline or lead
                // dates the reported deed to last year or before ("2025 foreign affairs
                // breach"): last year is that deed's time, not an earlier one.
                Cue::Past
                    if self.text[c.span.start..c.span.end].eq_ignore_ascii_case("last year")
                        && cutoff.is_some_and(|cut| {
                            cut.year() < self.today.year()
                                && self
                                    .today
                                    .checked_sub(time::Duration::days(90))
                                    .is_some_and(|default| cut < default)
                        }) =>
                {
                    false
                }
                // "Two days earlier, a user calling themselves X had posted the data": hours,
                // days or weeks back is the reported incident's own timeline, not other
                // activity (months and years are).
                Cue::Past
                    if self.text[c.span.start..c.span.end].eq_ignore_ascii_case("earlier")
                        && word_before_is(
                            c,
                            &["minutes", "hour", "hours", "day", "days", "week", "weeks"],
                        ) =>
                {
                    false
                }
                Cue::Past => !names_alias(c) && !recent(c),
                Cue::PastAfterLead => i > 2,
                Cue::Same => followed_by(c, "group-kinds", 24),
                // "separate from the 2014 breach" sets the reported incident apart; it is not
                // another one.
                Cue::Similar => {
                    followed_by(c, "deed-kinds", 40)
                        && !starts_with_ignore_ascii_case(after(c, 5), b" from")
                }
                _ => false,
            })
        {
            return true;
        }
        // The headline and lead report the incident, whenever they say it happened ("over
        // several months in 2016"): a date alone makes only later sentences past, and a
        // relative clause about another deed anywhere ("X, which hit Y in 2019, ...").
        (i > 2 || aside.is_some())
            && cutoff.is_some_and(|cutoff| {
                self.dates_within(part).iter().any(|d| {
                    (d.since || d.window.to < cutoff)
                        && counts(d.span.start)
                        && !dates_a_comparison(self.text, s.start, d.span.start)
                        && !dates_a_life(&self.text[s.start..d.span.start])
                })
            })
    }

    /// The day before which a date marks other, earlier activity.
    fn past_cutoff(&self) -> Option<Date> {
        let lead_end = self.sentences.get(3).map_or(usize::MAX, |s| s.start);
        let anchor = self
            .dates
            .iter()
            .filter(|d| {
                d.span.start < lead_end
                    && !d.since
                    && (d.precision != dates::Precision::Year || self.headline_deed_year(d))
            })
            // A week's slack before a day or a month; a year is the whole year.
            .filter_map(|d| match d.precision {
                dates::Precision::Year => Some(d.window.from),
                _ => d.window.from.checked_sub(time::Duration::days(7)),
            })
            .min();
        anchor.or_else(|| self.today.checked_sub(time::Duration::days(90)))
    }

    /// Whether `d` is a year that dates a deed in the headline ("Chief Resigns Over 2025
    /// Intrusion", "Fined Over 2023 Breach"): the story is told after the deed it reports.
    fn headline_deed_year(&self, d: &dates::DateMention) -> bool {
        d.precision == dates::Precision::Year
            && d.span.len() == 4
            && self.sentences.first().is_some_and(|h| h.contains(d.span))
    }

    /// Absolute span of a relative one.
    pub(crate) fn abs(&self, span: Span) -> Span {
        span.shift(self.base)
    }
}

/// Whether the bytes after a word of time ("earlier", "prior") make it a party's earlier word:
/// a `[stance-nouns]` noun next, or after one adjective ("its earlier position", "an earlier
/// public statement").
fn earlier_word(after: &[u8]) -> bool {
    after
        .split(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .take(2)
        .map(|w| {
            let end = w
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(w.len());
            &w[..end]
        })
        .any(|w| std::str::from_utf8(w).is_ok_and(|w| vocabulary::holds("stance-nouns", w)))
}

/// Whether the words before a word of time end on a comparison ("overlaps with", "similarities
/// to the", "consistent with its"; `[comparison-heads]` then "with", "to" or "like", and
/// perhaps a determiner), or on where the evidence was seen ("malware seen in";
/// `[sighting-participles]` then "in"): the time qualifies what the evidence is compared to.
fn compared_with(before: &str) -> bool {
    let mut words = rsplit_space(before).filter(|w| !w.is_empty());
    let mut word = words.next();
    if word.is_some_and(|w| matches!(w, "the" | "its" | "their" | "his" | "her")) {
        word = words.next();
    }
    match (word, words.next()) {
        (Some("with" | "to" | "like"), Some(head)) => vocabulary::holds("comparison-heads", head),
        // "citing malware seen in earlier APT41 operations": the evidence as it was sighted.
        (Some("in"), Some(seen)) => vocabulary::holds("sighting-participles", seen),
        _ => false,
    }
}

/// Whether the words before a date make it the date of a thing's life ("a flaw disclosed last
/// summer", "a company founded in 2009"): a `[lifecycle-participles]` word right before it or
/// before its preposition.
fn dates_a_life(before: &str) -> bool {
    let mut words = rsplit_space(before).filter(|w| !w.is_empty());
    let mut word = words.next();
    if word.is_some_and(|w| matches!(w, "in" | "on" | "during" | "since" | "at")) {
        word = words.next();
    }
    word.is_some_and(|w| vocabulary::holds("lifecycle-participles", w))
}

/// Whether a word of time at `at` qualifies what the evidence is compared with, and a link
/// to an actor follows it in its clause: "overlap with tooling it has previously associated
/// with X", "presents significant overlaps with infrastructure previously associated with X".
/// The comparison ties the reported deed to X through the earlier activity: the sentence is
/// not about that activity, and its link is a tie, hedged ([`attribution`]).
pub(crate) fn compared_with_linked(doc: &Doc<'_, '_>, i: usize, at: usize) -> bool {
    let s = doc.sentences[i];
    let text = doc.text;
    // The link after it is looked for first: most words of time are followed by none, and
    // the words before them are then not read.
    let linked = doc
        .cues_within(Span::new(at, (at + 64).min(s.end)))
        .iter()
        .any(|l| {
            matches!(l.cue, Cue::Confirm(_) | Cue::Tie)
                && ascii::find_either(&text[at..l.span.start.max(at)], b',', b';').is_none()
        });
    linked && dates_a_comparison(text, s.start, at)
}

/// Whether a date (or a word of time) at `at` dates what the evidence is compared with: a
/// `[comparison-heads]` word, then "with", "to" or "like", before it in its clause ("citing
/// overlaps in tooling with wipers used against grain companies in 2025", "presents
/// 'significant overlaps' with infrastructure previously ..."), within a few dozen words.
fn dates_a_comparison(text: &str, floor: usize, at: usize) -> bool {
    const REACH: usize = 160;
    let from = first_boundary(text, floor.max(at.saturating_sub(REACH)), at);
    let before = &text[from..at];
    let clause = &before[ascii::rfind_either(before, b',', b';').map_or(0, |k| k + 1)..];
    let mut head = false;
    split_space(clause).any(|w| {
        // A quoted word is read without its quotes.
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        if head && matches!(w, "with" | "to" | "like") {
            return true;
        }
        head |= vocabulary::holds("comparison-heads", w);
        false
    })
}

/// Whether the words before a closing "before" negate it ("we haven't seen before", "never
/// observed before", "had not been used before"): the thing is new, not earlier activity.
fn never_before(before: &str) -> bool {
    rsplit_space(before)
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| {
            let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic() && c != '\'' && c != '’');
            w.eq_ignore_ascii_case("never")
                || w.eq_ignore_ascii_case("not")
                || w.ends_with("n't")
                || w.ends_with("n’t")
        })
}

/// Whether a comma after `before` (a phrase from its start) goes on with the phrase rather
/// than closing it: inside a list ([`in_a_list`]) or between two adjectives
/// ([`between_adjectives`]).
pub(crate) fn comma_goes_on(before: &[u8], after: &[u8]) -> bool {
    in_a_list(after) || between_adjectives(before, after)
}

/// Whether a comma in an appositive parts two adjectives of its noun ("the loosely organised,
/// English-speaking crew", "a small, family-run firm"): the phrase before it is an article
/// and at most three words ending on an adjective, and an adjective follows it.
fn between_adjectives(before: &[u8], after: &[u8]) -> bool {
    const SMALL: [&str; 8] = [
        "small", "large", "big", "new", "old", "young", "little", "tiny",
    ];
    let adjective = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        w.contains('-')
            || SMALL.contains(&w)
            || [
                "ed", "ing", "al", "ive", "ous", "ful", "less", "ic", "est", "ish",
            ]
            .iter()
            .any(|end| w.len() > end.len() + 2 && w.ends_with(end))
    };
    // An article and three words: a few dozen bytes at most, however long the clause.
    if before.len() > 64 {
        return false;
    }
    let before = String::from_utf8_lossy(before);
    let mut words = split_space(&before).filter(|w| !w.is_empty());
    if !words
        .next()
        .is_some_and(|a| matches!(a, "a" | "an" | "the"))
    {
        return false;
    }
    let (count, last) = words.take(4).fold((0, ""), |(n, _), w| (n + 1, w));
    // Only the first word after the comma is read: a few dozen bytes.
    let after = &after[..after.len().min(40)];
    let next = String::from_utf8_lossy(after);
    let next = split_space(&next).find(|w| !w.is_empty()).unwrap_or("");
    // After the comma, not a participle ("a regional hospital, confirmed"; "said"): a
    // compound, a small word of size or age, or an adjective's ending other than a verb's.
    let next_adjective =
        adjective(next) && !next.ends_with("ed") && !next.ends_with("ing") || next.contains('-');
    (1..=3).contains(&count) && adjective(last) && next_adjective
}

/// Whether the words after a comma go on with a list: one or two words, then a comma or
/// "and"/"or" and another ("insurers and airlines", "insurers, airlines", "Norway and
/// Sweden"). Not a verb of saying, which ends the clause before it and opens what is said
/// ("Researchers, who studied two hotels, said the lures, the servers and ...").
fn in_a_list(rest: &[u8]) -> bool {
    // A few words: the bytes just after the comma, however long the text.
    let rest = &rest[..rest.len().min(64)];
    let mut words = rest.split(|&b| b == b' ').filter(|w| !w.is_empty()).take(4);
    for n in 0..3 {
        let Some(w) = words.next() else {
            return false;
        };
        if n == 0 && std::str::from_utf8(w).is_ok_and(|w| vocabulary::holds("speech-verbs", w)) {
            return false;
        }
        if matches!(w, b"and" | b"or") {
            return true;
        }
        if !w.first().is_some_and(u8::is_ascii_alphabetic) {
            return false;
        }
        if w.ends_with(b",") {
            return true;
        }
    }
    false
}

/// The relative clauses set off by a comma (", which ...", ", who ...", ", whose ..."), and
/// the appositives after a name that hold one (", a group of hackers who ...,"), each from
/// after its opening to the next comma or semicolon in its sentence, with whether it is an
/// appositive, in the order of the `sentences` searched.
fn asides(text: &str, sentences: impl Iterator<Item = Span>) -> (Vec<Span>, Vec<bool>) {
    let (mut out, mut appositive) = (Vec::new(), Vec::new());
    for s in sentences {
        let bytes = &text.as_bytes()[s.start..s.end];
        // A clause ends at a comma or a semicolon, but for a comma inside a list ("attacks on
        // retailers, insurers and airlines over the past three years"): a few such commas
        // are passed, not an endless list's (each clause would read the rest of it).
        let clause_end = |open: usize| {
            let mut from = open;
            for _ in 0..8 {
                let Some(k) = memchr::memchr2(b',', b';', &bytes[from..]).map(|k| from + k) else {
                    return bytes.len();
                };
                if bytes[k] == b',' && comma_goes_on(&bytes[open..k], &bytes[k + 1..]) {
                    from = k + 1;
                } else {
                    return k;
                }
            }
            memchr::memchr2(b',', b';', &bytes[from..]).map_or(bytes.len(), |k| from + k)
        };
        // Each comma followed by a space: a byte search for the comma, where a `memmem`
        // searcher built for each sentence cost more than the search (", " cannot overlap
        // itself, so these are the occurrences `memmem` reports).
        // A comma inside a closing quote opens one too ("the work of Mustang Panda," a
        // China-based group that ...).
        let opening = |k: usize| {
            let after = &bytes[k + 1..];
            [&b" "[..], b"\" ", "\u{201d} ".as_bytes()]
                .iter()
                .find(|w| after.starts_with(w))
                .map(|w| k + 1 + w.len())
        };
        for (at, open) in memchr::memchr_iter(b',', bytes).filter_map(|k| Some((k, opening(k)?))) {
            let rest = &bytes[open..];
            // "..., for which Solntsepek has previously served as a persona": a preposition
            // may lead the pronoun.
            if let Some(pronoun) = [
                "which ",
                "who ",
                "whose ",
                "for which ",
                "for whom ",
                "of which ",
                "with which ",
                "to which ",
            ]
            .iter()
            .find(|w| rest.starts_with(w.as_bytes()))
            {
                let open = open + pronoun.len();
                out.push(Span::new(s.start + open, s.start + clause_end(open)));
                appositive.push(false);
                continue;
            }
            // "..., citing a loader previously seen in its campaigns": a clause of grounds on
            // a participle (`[aside-participles]`), to the sentence's end or its next clause.
            let word = &rest[..rest.iter().position(|&b| b == b' ').unwrap_or(rest.len())];
            if std::str::from_utf8(word).is_ok_and(|w| vocabulary::holds("aside-participles", w)) {
                out.push(Span::new(s.start + open, s.start + clause_end(open)));
                appositive.push(false);
                continue;
            }
            // An appositive after a name: an article, and a relative clause inside, with its
            // pronoun or without ("the group U.S. agencies said in 2024 had ...", "the group
            // behind the 2015 blackouts").
            let name_word = bytes[..at]
                .iter()
                .rposition(|&b| b == b' ')
                .map_or(0, |k| k + 1);
            // Not the next item of a list of names ("operators in Thailand, the Philippines
            // and Indonesia were breached by a group that ...").
            let next_in_a_list = || {
                rest.starts_with(b"the ")
                    && rest.get(4).is_some_and(u8::is_ascii_uppercase)
                    && in_a_list(rest)
            };
            let described = ["the ", "a ", "an "]
                .iter()
                .any(|w| rest.starts_with(w.as_bytes()))
                && bytes.get(name_word).is_some_and(u8::is_ascii_uppercase)
                && !next_in_a_list();
            if described {
                // "a group that has targeted Tibetans before, including through a festival
                // website in 2024": what "including" adds is the appositive's too.
                let mut end = clause_end(open);
                if bytes[end..].starts_with(b", including ") {
                    end = clause_end(end + 2);
                }
                let clause = &bytes[open..end];
                if [
                    &b" that "[..],
                    b" which ",
                    b" who ",
                    b" whose ",
                    // A relative clause without its pronoun, on a participle ("the network
                    // of young hackers blamed for a wave of attacks").
                    b" blamed ",
                    b" accused ",
                    b" credited ",
                    b" responsible ",
                    b" said ",
                    b" says ",
                    b" behind ",
                    // Or its time: "a group it has previously tied to the Chinese state", "a
                    // China-nexus actor previously observed exploiting the same product".
                    b" previously ",
                    b" historically ",
                    // Or the span of its life: "a pro-Russian group active since 2022", "a
                    // gang first seen in 2023".
                    b" since ",
                    b" first ",
                ]
                .iter()
                .any(|w| ascii::holds(clause, w))
                {
                    out.push(Span::new(s.start + open, s.start + end));
                    appositive.push(true);
                }
            }
        }
    }
    (out, appositive)
}

/// How many words a round-up's heading written as a sentence has at most
/// ([`Doc::heading_of_a_later_item`]).
const ITEM_HEADING_WORDS: usize = 10;

/// How many names of its items a round-up's headline is read for.
const HEADLINE_NAMES: usize = 32;

/// The items a round-up's headline lists after its colon: split at semicolons where there are
/// two or more, else at commas, and the last at " and "; "plus" opening an item is dropped.
fn headline_items(listed: &str) -> impl Iterator<Item = &str> {
    let by_semicolon = listed.split(';').count() >= 3;
    listed
        .split(if by_semicolon { ';' } else { ',' })
        .flat_map(|item| item.split(" and "))
        .map(|item| {
            let item = item.trim();
            item.strip_prefix("plus ").unwrap_or(item)
        })
        .filter(|item| !item.is_empty())
}

/// The words of a headline's item that open on a capital (names: "Volt", "Typhoon", "VPN",
/// "Chrome" in "Chrome zero-day").
fn capitalised_words(item: &str) -> impl Iterator<Item = &str> {
    headline_words(item).filter(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// `s` split into words as a headline's names are written: letters and digits, with the
/// hyphens and dollar signs inside them ("zero-day", "Lapsus$"); empty between separators.
fn headline_words(s: &str) -> impl Iterator<Item = &str> + Clone {
    s.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '$')
}

/// Whether a headline's words after its colon list three items or more, each naming
/// something by a capitalised word (after its first, in the first item, which the colon
/// capitalises): "A; B; C", or "A, B, and C" / "A, B, C and D". A list of common nouns
/// ("students, staff and alumni") names no stories.
fn lists_named_items(items: &str) -> bool {
    let named = |(n, item): (usize, &str)| {
        let item = item.trim();
        let item = item.strip_prefix("and ").unwrap_or(item);
        split_space(item)
            .skip(usize::from(n == 0))
            .any(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    let by_semicolon = items.split(';');
    if by_semicolon.clone().count() >= 3 {
        return by_semicolon.enumerate().all(named);
    }
    // "A, B, and C", or "A, B, C and D" without the comma before its last.
    let by_comma: Vec<&str> = items.split(',').collect();
    by_comma.len() >= 3
        && by_comma.last().is_some_and(|last| {
            let last = last.trim_start();
            last.starts_with("and ") || last.contains(" and ")
        })
        && by_comma.iter().copied().enumerate().all(named)
}
