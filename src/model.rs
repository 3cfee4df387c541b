//! The knowledge model: plain data shared by extraction, the graph and the exporters.
//!
//! Every type here is owned (no borrow of the input), serialisable with serde, and carries
//! [`Span`]s that point back into the input the facts were read from.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::Date;

/// A byte range `[start, end)` into the input a fact was read from.
///
/// `&input[span.start..span.end]` is the evidence. Serialised as a two-element array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// This span moved `by` bytes to the right.
    #[must_use]
    pub const fn shift(self, by: usize) -> Self {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }

    /// True when `other` lies inside this span.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Ok(Span { start, end })
    }
}

/// Declares a `#[non_exhaustive]` enum of string-valued vocabulary with serde, `Display`,
/// `FromStr` and an `ALL` table, so the wire names live in one place.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The wire name, as in STIX and the JSON Lines contract.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownValue { what: $what, value: s.to_owned() }),
                }
            }
        }
    };
}

/// A string that is not a value of the vocabulary it was parsed as.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what}: {value:?}")]
pub struct UnknownValue {
    what: &'static str,
    value: String,
}

vocabulary! {
    /// What kind of event an incident is.
    IncidentType, "incident type" {
        /// Unauthorised access to systems.
        Breach = "breach",
        /// Data taken out of the victim's hands.
        DataTheft = "data-theft",
        /// Files encrypted or extortion by a ransomware operation.
        Ransomware = "ransomware",
        /// Denial of service.
        Ddos = "ddos",
        /// Phishing, spear-phishing, credential lures.
        Phishing = "phishing",
        /// Intelligence collection.
        Espionage = "espionage",
        /// Compromise through a supplier, vendor or software update.
        SupplyChain = "supply-chain",
        /// Destructive malware.
        Wiper = "wiper",
        /// Defaced web pages.
        Defacement = "defacement",
        /// Financial fraud, theft of funds, scams.
        Fraud = "fraud",
        /// Exploitation of a software vulnerability.
        VulnerabilityExploitation = "vulnerability-exploitation",
    }
}

vocabulary! {
    /// An industry sector: the 34 values of STIX 2.1 `industry-sector-ov`.
    Sector, "sector" {
        /// agriculture
        Agriculture = "agriculture",
        /// aerospace
        Aerospace = "aerospace",
        /// automotive
        Automotive = "automotive",
        /// chemical
        Chemical = "chemical",
        /// commercial
        Commercial = "commercial",
        /// communications (media, press, broadcasting)
        Communications = "communications",
        /// construction
        Construction = "construction",
        /// defense
        Defense = "defense",
        /// education
        Education = "education",
        /// energy
        Energy = "energy",
        /// entertainment
        Entertainment = "entertainment",
        /// financial-services
        FinancialServices = "financial-services",
        /// government
        Government = "government",
        /// emergency-services
        EmergencyServices = "emergency-services",
        /// government-local
        GovernmentLocal = "government-local",
        /// government-national
        GovernmentNational = "government-national",
        /// government-public-services
        GovernmentPublicServices = "government-public-services",
        /// government-regional
        GovernmentRegional = "government-regional",
        /// healthcare
        Healthcare = "healthcare",
        /// hospitality-leisure
        HospitalityLeisure = "hospitality-leisure",
        /// infrastructure
        Infrastructure = "infrastructure",
        /// dams
        Dams = "dams",
        /// nuclear
        Nuclear = "nuclear",
        /// water
        Water = "water",
        /// insurance
        Insurance = "insurance",
        /// manufacturing
        Manufacturing = "manufacturing",
        /// mining
        Mining = "mining",
        /// non-profit
        NonProfit = "non-profit",
        /// pharmaceuticals
        Pharmaceuticals = "pharmaceuticals",
        /// retail
        Retail = "retail",
        /// technology
        Technology = "technology",
        /// telecommunications
        Telecommunications = "telecommunications",
        /// transportation
        Transportation = "transportation",
        /// utilities
        Utilities = "utilities",
    }
}

impl Sector {
    /// Whether the sector is government, at any level or none.
    ///
    /// ```
    /// use threatbrief::model::Sector;
    /// assert!(Sector::GovernmentLocal.is_government());
    /// assert!(!Sector::Healthcare.is_government());
    /// ```
    #[must_use]
    pub const fn is_government(self) -> bool {
        matches!(
            self,
            Sector::Government
                | Sector::GovernmentLocal
                | Sector::GovernmentNational
                | Sector::GovernmentRegional
                | Sector::GovernmentPublicServices
        )
    }
}

vocabulary! {
    /// What kind of threat actor: STIX 2.1 `threat-actor-type-ov`.
    ActorKind, "actor kind" {
        /// activist, hacktivist
        Activist = "activist",
        /// competitor
        Competitor = "competitor",
        /// crime-syndicate
        CrimeSyndicate = "crime-syndicate",
        /// criminal, including ransomware operations
        Criminal = "criminal",
        /// hacker
        Hacker = "hacker",
        /// insider-accidental
        InsiderAccidental = "insider-accidental",
        /// insider-disgruntled
        InsiderDisgruntled = "insider-disgruntled",
        /// nation-state
        NationState = "nation-state",
        /// sensationalist
        Sensationalist = "sensationalist",
        /// spy
        Spy = "spy",
        /// terrorist
        Terrorist = "terrorist",
        /// unknown
        Unknown = "unknown",
    }
}

vocabulary! {
    /// How firmly an incident is attributed.
    ///
    /// Ordered from the firmest to the weakest, so `status <= AttributionStatus::Suspected`
    /// means "suspected or firmer".
    AttributionStatus, "attribution status" {
        /// An authority, the victim or a vendor attributes it.
        Confirmed = "confirmed",
        /// Hedged: believed, likely, linked to, suspected.
        Suspected = "suspected",
        /// The actor claims it and nobody has confirmed.
        Claimed = "claimed",
        /// One of several open possibilities.
        Speculated = "speculated",
        /// The actor denies it.
        Denied = "denied",
        /// No actor named.
        Unattributed = "unattributed",
    }
}

impl AttributionStatus {
    /// The STIX confidence (0-100) that this status stands for.
    #[must_use]
    pub const fn confidence(self) -> u8 {
        match self {
            AttributionStatus::Confirmed => 85,
            AttributionStatus::Suspected => 50,
            AttributionStatus::Claimed => 40,
            AttributionStatus::Speculated => 15,
            AttributionStatus::Denied => 5,
            AttributionStatus::Unattributed => 0,
        }
    }
}

vocabulary! {
    /// An actor's role relative to the incident an article reports.
    Role, "role" {
        /// Attributed by an authority, the victim or a vendor.
        Confirmed = "confirmed",
        /// Attributed with a hedge.
        Suspected = "suspected",
        /// Claims responsibility, unconfirmed.
        Claimed = "claimed",
        /// One of several possibilities.
        Speculated = "speculated",
        /// Denies involvement.
        Denied = "denied",
        /// Named only for other, earlier activity.
        Context = "context",
    }
}

impl Role {
    /// The attribution status this role stands for, `None` for [`Role::Context`].
    #[must_use]
    pub const fn status(self) -> Option<AttributionStatus> {
        match self {
            Role::Confirmed => Some(AttributionStatus::Confirmed),
            Role::Suspected => Some(AttributionStatus::Suspected),
            Role::Claimed => Some(AttributionStatus::Claimed),
            Role::Speculated => Some(AttributionStatus::Speculated),
            Role::Denied => Some(AttributionStatus::Denied),
            Role::Context => None,
        }
    }
}

vocabulary! {
    /// What kind of technical indicator.
    IndicatorKind, "indicator kind" {
        /// IPv4 address
        Ipv4 = "ipv4",
        /// IPv6 address
        Ipv6 = "ipv6",
        /// Domain name
        Domain = "domain",
        /// URL
        Url = "url",
        /// E-mail address
        Email = "email",
        /// MD5 hash
        Md5 = "md5",
        /// SHA-1 hash
        Sha1 = "sha1",
        /// SHA-256 hash
        Sha256 = "sha256",
        /// SHA-512 hash
        Sha512 = "sha512",
        /// An IPv4 or IPv6 network in CIDR notation (`10.0.0.0/8`, `2001:db8::/32`)
        Cidr = "cidr",
        /// An autonomous system number, written `AS13335`
        Asn = "asn",
        /// A MAC address, lower case and colon-separated (`00:1a:2b:3c:4d:5e`)
        Mac = "mac",
        /// A Windows registry key, as written (`HKLM\Software\Microsoft\Windows\CurrentVersion\Run`)
        RegistryKey = "registry-key",
        /// A Windows or Unix file path, as written (`C:\Users\Public\evil.exe`, `/tmp/.x/miner`)
        FilePath = "file-path",
        /// A bitcoin address whose checksum holds (base58check or bech32/bech32m)
        BitcoinAddress = "bitcoin-address",
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case (`FR`, `US`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Country([u8; 2]);

impl Country {
    /// The code from two ASCII letters, upper-cased; `None` for anything else.
    #[must_use]
    pub fn new(code: &str) -> Option<Self> {
        match code.as_bytes() {
            &[a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Some(Country([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => None,
        }
    }

    /// The code's two letters, for lookups that index by them.
    #[must_use]
    pub(crate) fn bytes(self) -> [u8; 2] {
        self.0
    }

    /// The two-letter code.
    #[must_use]
    pub fn code(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.code())
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Country {
    type Err = UnknownValue;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Country::new(s).ok_or_else(|| UnknownValue {
            what: "country code",
            value: s.to_owned(),
        })
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An organisation attacked in an incident.
///
/// `#[non_exhaustive]`: build one with [`Victim::new`] and set the other fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Victim {
    /// The name as the text gives it, lightly normalised.
    pub name: String,
    /// Its sectors.
    pub sectors: Vec<Sector>,
    /// Its country, when the text states or clearly implies it.
    pub country: Option<Country>,
    /// Where the text names it.
    pub span: Span,
}

/// When an incident happened or was detected: an inclusive window of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateWindow {
    /// First day.
    #[serde(with = "iso_date")]
    pub from: Date,
    /// Last day.
    #[serde(with = "iso_date")]
    pub to: Date,
}

/// Who is said to be behind an incident, how firmly, and by whom.
///
/// `#[non_exhaustive]`: build one with [`Attribution::new`] or
/// [`Attribution::unattributed`] and set the other fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Attribution {
    /// How firmly.
    pub status: AttributionStatus,
    /// Canonical names of the actors it is attributed to.
    pub actors: Vec<String>,
    /// Who attributes it (a government, an agency, a vendor, the victim).
    pub by: Vec<String>,
    /// Kinds of actor considered when none is named.
    pub hypotheses: Vec<ActorKind>,
    /// STIX confidence, 0-100.
    pub confidence: u8,
    /// The sentences that support the status.
    pub evidence: Vec<Span>,
}

impl Attribution {
    /// No actor named, no hypothesis.
    #[must_use]
    pub fn unattributed() -> Self {
        Attribution::new(AttributionStatus::Unattributed, Vec::new())
    }

    /// An attribution of this status to these actors (canonical names), with the status's
    /// confidence, no attributing party, hypothesis or evidence yet.
    ///
    /// ```
    /// use threatbrief::{Attribution, AttributionStatus};
    ///
    /// let a = Attribution::new(AttributionStatus::Confirmed, vec!["APT28".into()]);
    /// assert_eq!(a.confidence, 85);
    /// ```
    #[must_use]
    pub fn new(status: AttributionStatus, actors: Vec<String>) -> Self {
        Attribution {
            status,
            actors,
            by: Vec::new(),
            hypotheses: Vec::new(),
            confidence: status.confidence(),
            evidence: Vec::new(),
        }
    }
}

impl Default for Attribution {
    fn default() -> Self {
        Attribution::unattributed()
    }
}

impl Victim {
    /// A victim named `name` where `span` says so, with no sector or country yet.
    #[must_use]
    pub fn new(name: impl Into<String>, span: Span) -> Self {
        Victim {
            name: name.into(),
            sectors: Vec::new(),
            country: None,
            span,
        }
    }
}

impl DateWindow {
    /// The days from `from` to `to`, both included.
    #[must_use]
    pub const fn new(from: Date, to: Date) -> Self {
        DateWindow { from, to }
    }
}

impl Technique {
    /// The technique `id`, its `name` and `tactics`, with no mention yet.
    #[must_use]
    pub fn new(id: impl Into<String>, name: impl Into<String>, tactics: Vec<String>) -> Self {
        Technique {
            id: id.into(),
            name: name.into(),
            tactics,
            mentions: Vec::new(),
        }
    }
}

impl Mention {
    /// The words `text` at `span`.
    #[must_use]
    pub fn new(text: impl Into<String>, span: Span) -> Self {
        Mention {
            text: text.into(),
            span,
        }
    }
}

impl Actor {
    /// An actor with this canonical name and role, nothing else known yet.
    ///
    /// ```
    /// use threatbrief::{Actor, Role};
    ///
    /// let mut actor = Actor::new("APT28", Role::Context);
    /// actor.attack_id = Some("G0007".into());
    /// assert!(actor.aliases.is_empty());
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>, role: Role) -> Self {
        Actor {
            name: name.into(),
            attack_id: None,
            aliases: Vec::new(),
            types: Vec::new(),
            country: None,
            role,
            basis: None,
            mentions: Vec::new(),
        }
    }
}

impl Indicator {
    /// An indicator of this kind and refanged value, given at `span`.
    #[must_use]
    pub fn new(kind: IndicatorKind, value: impl Into<String>, span: Span) -> Self {
        Indicator {
            kind,
            value: value.into(),
            span,
        }
    }
}

/// An event: what happened, to whom, when, and who is said to be behind it.
///
/// `#[non_exhaustive]`: start from [`Incident::default`] (a reported, unattributed incident
/// with nothing known) and set the fields.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Incident {
    /// False for the incident the article reports, true for earlier events cited as context.
    pub context: bool,
    /// What kind of event.
    pub types: Vec<IncidentType>,
    /// Who was attacked.
    pub victims: Vec<Victim>,
    /// The victims' sectors.
    pub sectors: Vec<Sector>,
    /// The victims' countries.
    pub countries: Vec<Country>,
    /// When it happened or was detected.
    pub when: Option<DateWindow>,
    /// Who is said to be behind it.
    pub attribution: Attribution,
}

vocabulary! {
    /// The rule of the attribution decision table that gave an actor its role (see
    /// `threatbrief::extract`'s attribution rules).
    BasisRule, "basis rule" {
        /// A firm link names the actor: "attributed to X", "X was behind", "carried out by X".
        FirmLink = "firm-link",
        /// The actor is the subject of a verb of attack, stated as fact: "X hacked Y".
        StatedAct = "stated-act",
        /// A firm link under a hedge in its clause: "believed to be behind", "likely X".
        HedgedLink = "hedged-link",
        /// A firm link in a charge or indictment, whose "alleged" is the law's language.
        LegalAct = "legal-act",
        /// A link hedged by its nature: "linked to X", "tied to X".
        Tie = "tie",
        /// The actor claims the incident: "X claimed responsibility".
        Claim = "claim",
        /// One open possibility: "could be X".
        Possibility = "possibility",
        /// A denial: "X denied involvement".
        Denial = "denial",
        /// A link the text negates: "no evidence that X was behind".
        RuledOut = "ruled-out",
        /// A firm link in an article whose headline doubts its own story ("Experts doubt
        /// ..."): suspected at most.
        Doubted = "doubted",
        /// Named only in sentences about other or earlier activity.
        EarlierActivity = "earlier-activity",
        /// The article's main actor, named without a link: the article's own stance.
        ArticleStance = "article-stance",
        /// Named without a link in the body; the summary line gives the role.
        Summary = "summary",
        /// Named in the present without any link, and not the article's main actor.
        NoLink = "no-link",
    }
}

/// Why an actor has its role: the rule that decided, who said it, and the deciding statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Basis {
    /// The row of the decision table that applied.
    pub rule: BasisRule,
    /// The attributing parties named in the deciding statement (authorities, vendors, states).
    #[serde(default)]
    pub by: Vec<String>,
    /// The deciding statement (a sentence), `None` when no sentence decided (no link at all).
    pub span: Option<Span>,
}

/// One place where the text names something.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// The words as written.
    pub text: String,
    /// Where.
    pub span: Span,
}

/// A threat actor named in an article, resolved to its canonical name.
///
/// `#[non_exhaustive]`: build one with [`Actor::new`] and set the other fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Actor {
    /// Canonical name (the ATT&CK name where one exists).
    pub name: String,
    /// ATT&CK group id (`G0007`), `None` for actors ATT&CK does not list.
    pub attack_id: Option<String>,
    /// Every known alias.
    pub aliases: Vec<String>,
    /// What kind of actor.
    pub types: Vec<ActorKind>,
    /// Sponsor or origin country.
    pub country: Option<Country>,
    /// Role relative to the reported incident.
    pub role: Role,
    /// Why it has that role; `None` for actors not made by the extractor.
    #[serde(default)]
    pub basis: Option<Basis>,
    /// Where the text names it.
    pub mentions: Vec<Mention>,
}

/// A technical indicator found in the text, refanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Indicator {
    /// What kind.
    #[serde(rename = "type")]
    pub kind: IndicatorKind,
    /// The refanged value.
    pub value: String,
    /// Where the text gives it (possibly defanged).
    pub span: Span,
}

/// What a piece of software is to the attackers, as STIX and ATT&CK class it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SoftwareKind {
    /// Malicious software.
    Malware,
    /// A legitimate tool, or a product (the targeted products are tools here).
    Tool,
}

/// A piece of software named in the text: ATT&CK malware or a tool, or a product named as
/// targeted or exploited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Software {
    /// Its canonical name.
    pub name: String,
    /// Its ATT&CK software id (`S0002`), `null` for software ATT&CK does not list.
    pub attack_id: Option<String>,
    /// Malware or tool.
    #[serde(rename = "type")]
    pub kind: SoftwareKind,
    /// Where the text names it.
    pub mentions: Vec<Mention>,
}

impl Software {
    /// Software `name` of `kind`, with no ATT&CK id and no mention yet.
    #[must_use]
    pub fn new(name: impl Into<String>, kind: SoftwareKind) -> Self {
        Software {
            name: name.into(),
            attack_id: None,
            kind,
            mentions: Vec::new(),
        }
    }
}

/// An ATT&CK technique the text says the attackers used, named or described.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Technique {
    /// The current ATT&CK id of the most specific technique the words support: a
    /// sub-technique (`T1566.001`) where they say enough, else the technique (`T1566`); with
    /// [`Extractor::sub_techniques`](crate::Extractor::sub_techniques)`(false)` always the
    /// technique.
    pub id: String,
    /// The ATT&CK name ("Spearphishing Attachment").
    pub name: String,
    /// Its ATT&CK tactics ("initial-access").
    pub tactics: Vec<String>,
    /// Where the text names or describes it.
    pub mentions: Vec<Mention>,
}

/// Everything extracted from one article: the output of `Extractor::extract`.
///
/// `#[non_exhaustive]`: start from [`Report::default`] and set the fields.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// The promotional block appended to the body, if any; nothing is extracted from it.
    pub promo: Option<Span>,
    /// `[0]` is the incident the article reports; later ones are earlier events cited as context.
    pub incidents: Vec<Incident>,
    /// Threat actors named, each once, with its role.
    pub actors: Vec<Actor>,
    /// Sectors of the reported incident's victims (incidents with `context == false`).
    pub sectors: Vec<Sector>,
    /// Countries of the reported incident's victims.
    pub countries: Vec<Country>,
    /// Software named: ATT&CK malware and tools, and products named as targeted or exploited.
    pub software: Vec<Software>,
    /// CVE ids, upper case, in order of first mention.
    pub cves: Vec<String>,
    /// Technical indicators, refanged.
    pub indicators: Vec<Indicator>,
    /// ATT&CK techniques the text says the attackers used, in order of first mention.
    #[serde(default)]
    pub techniques: Vec<Technique>,
}

/// Serde for `time::Date` as `YYYY-MM-DD`.
pub(crate) mod iso_date {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;
    use time::macros::format_description;

    const FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
        format_description!("[year]-[month]-[day]");

    pub(crate) fn serialize<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
        let text = date.format(FORMAT).map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s, FORMAT).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sectors_are_the_34_stix_values() {
        assert_eq!(Sector::ALL.len(), 34);
        for s in Sector::ALL {
            assert_eq!(s.as_str().parse::<Sector>().unwrap(), *s);
        }
    }

    #[test]
    fn country_codes_are_normalised() {
        assert_eq!(Country::new("fr").unwrap().code(), "FR");
        assert!(Country::new("FRA").is_none());
        assert!(Country::new("F1").is_none());
    }

    #[test]
    fn attribution_status_orders_firmest_first() {
        assert!(AttributionStatus::Confirmed < AttributionStatus::Suspected);
        assert!(AttributionStatus::Suspected < AttributionStatus::Claimed);
        assert!(
            AttributionStatus::Confirmed.confidence() > AttributionStatus::Speculated.confidence()
        );
    }
}
