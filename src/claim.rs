//! The attributed claim and its parts: what extraction produces.

use std::sync::Arc;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::span::Span;

/// One attributed claim: who said what, how, and about what.
///
/// Every span points into the original text of the article named by `article`.
/// `text` is always `span` sliced from that text.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Id of the article the claim comes from.
    pub article: Arc<str>,
    /// Position of the claim among its article's claims (0-based, in text order).
    pub ordinal: usize,
    /// The article's language.
    pub lang: Lang,
    /// What is claimed: the content's byte span.
    pub span: Span,
    /// The content as it stands in the article.
    pub text: String,
    /// The sentence (or sentences) the claim was found in.
    pub sentence: Span,
    /// Who makes the claim; `None` for the outlet's own narration.
    pub speaker: Option<Speaker>,
    /// The reporting words, when there are any.
    pub cue: Option<Cue>,
    /// How the claim is reported.
    pub kind: ClaimKind,
    /// Whether the content is asserted or negated (denial cues count).
    pub polarity: Polarity,
    /// The negator or denial cue behind a negated polarity.
    pub negation: Option<Negation>,
    /// How certain or when: plain assertion, future, possibility, necessity, expectation.
    pub modality: Modality,
    /// Numbers in the content, with what they count.
    pub quantities: Vec<Quantity>,
    /// When the claim is about (or, failing that, when it was made).
    pub time: Option<TimeRef>,
    /// Normalized content terms (stems, stop words removed) used for matching.
    /// The claims of a [`ClaimGraph`](crate::ClaimGraph) share one copy of
    /// each distinct key.
    pub topic_keys: Vec<Arc<str>>,
}

impl Claim {
    /// A stable id within an extraction: `"{article}#{ordinal}"`.
    ///
    /// ```
    /// use claimgraph::{extract, Article, Config};
    /// let article = Article::new("a1", "The ministry said the talks will start on Sunday.");
    /// let claims = extract(&article, &Config::default()).claims;
    /// assert_eq!(claims[0].key(), "a1#0");
    /// ```
    pub fn key(&self) -> String {
        format!("{}#{}", self.article, self.ordinal)
    }

    /// The canonical actor behind the claim: the resolved speaker, or `None` for
    /// narration and unresolved speakers.
    pub fn actor(&self) -> Option<&str> {
        self.speaker.as_ref().and_then(|s| s.canonical.as_deref())
    }

    /// The camp (government, movement, organisation) the speaker belongs to.
    pub fn camp(&self) -> Option<&str> {
        self.speaker.as_ref().and_then(|s| s.camp.as_deref())
    }
}

/// Who makes a claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The words naming the speaker, as they stand in the article.
    pub text: String,
    /// Where the claim's sentence names the speaker (a name, a title, or a
    /// pronoun such as "he"). For an elided subject, which has no words, this is
    /// the earlier mention it was carried from.
    pub span: Span,
    /// The canonical actor, when the alias table knows it (e.g. "US Department of Defense").
    pub canonical: Option<String>,
    /// The camp of the actor (e.g. "US government").
    pub camp: Option<String>,
    /// The person's name with titles and roles stripped, for named people.
    pub person: Option<String>,
    /// The title or role that came with the name ("deputy press secretary").
    pub title: Option<String>,
    /// The body the person speaks for, when the title names one.
    pub affiliation: Option<String>,
    /// The earlier mention the speaker was resolved to, when this one is a
    /// pronoun, an elided subject, or "the statement" standing for its issuer.
    /// `canonical` and `camp` come from it.
    pub antecedent: Option<Span>,
    /// The intermediate reporter in a chain: in "the Pentagon quoted Singh as
    /// saying", the speaker is Singh and `via` the Pentagon.
    pub via: Option<Box<Speaker>>,
}

impl Speaker {
    /// A speaker with only its surface text and span known.
    ///
    /// ```
    /// let speaker = claimgraph::Speaker::new("Pentagon", claimgraph::Span::new(4, 12));
    /// assert!(speaker.canonical.is_none());
    /// ```
    pub fn new(text: impl Into<String>, span: Span) -> Speaker {
        Speaker {
            text: text.into(),
            span,
            canonical: None,
            camp: None,
            person: None,
            title: None,
            affiliation: None,
            antecedent: None,
            via: None,
        }
    }
}

/// The reporting words of a claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The cue as it stands in the article ("قالت", "according to").
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// What the cue does.
    pub class: CueClass,
}

/// What a reporting cue does to its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CueClass {
    /// Plain saying: said, قال, according to.
    Assert,
    /// Denying the content: denied, نفى.
    Deny,
    /// Confirming: confirmed, أكد.
    Confirm,
    /// Condemning: condemned, استنكر, ندد.
    Condemn,
    /// Expecting or predicting: expects, توقع.
    Expect,
    /// Announcing: announced, أعلن.
    Announce,
    /// Quoting another source: quoted, نقل عن.
    Quote,
}

impl CueClass {
    /// The lowercase name used in exports and lexicon files.
    ///
    /// ```
    /// assert_eq!(claimgraph::CueClass::Deny.as_str(), "deny");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            CueClass::Assert => "assert",
            CueClass::Deny => "deny",
            CueClass::Confirm => "confirm",
            CueClass::Condemn => "condemn",
            CueClass::Expect => "expect",
            CueClass::Announce => "announce",
            CueClass::Quote => "quote",
        }
    }
}

/// How a claim is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    /// A direct quotation.
    Direct,
    /// Reported speech: "X said that ...".
    Indirect,
    /// "According to X, ...".
    AccordingTo,
    /// The outlet's own narration.
    Narrator,
}

impl ClaimKind {
    /// The name used in exports: `direct`, `indirect`, `according-to`, `narrator`.
    ///
    /// ```
    /// assert_eq!(claimgraph::ClaimKind::AccordingTo.as_str(), "according-to");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
            ClaimKind::AccordingTo => "according-to",
            ClaimKind::Narrator => "narrator",
        }
    }
}

/// Whether a claim's content is asserted or negated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// The content holds.
    #[default]
    Affirmed,
    /// The content is negated or denied.
    Negated,
}

impl Polarity {
    /// `"affirmed"` or `"negated"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Affirmed => "affirmed",
            Polarity::Negated => "negated",
        }
    }

    /// The other polarity.
    ///
    /// ```
    /// use claimgraph::Polarity;
    /// assert_eq!(Polarity::Affirmed.flip(), Polarity::Negated);
    /// ```
    pub fn flip(self) -> Polarity {
        match self {
            Polarity::Affirmed => Polarity::Negated,
            Polarity::Negated => Polarity::Affirmed,
        }
    }
}

/// The word that makes a claim negated, and where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Negation {
    /// The negator or denial cue as it stands ("لن", "not", "denied").
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// The predicate it negates, when one was found ("تتضمن", "include").
    pub predicate: Option<String>,
}

/// How sure, or when, a claim is put.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// A plain statement of fact.
    #[default]
    Asserted,
    /// Will happen: سـ، سوف، will.
    Future,
    /// May happen: قد، may, might, could.
    Possible,
    /// Must happen: يجب، must, should.
    Necessary,
    /// Is expected: يتوقع، expects.
    Expected,
}

impl Modality {
    /// The lowercase name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
            Modality::Possible => "possible",
            Modality::Necessary => "necessary",
            Modality::Expected => "expected",
        }
    }
}

/// A number in a claim, with what it counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The value, scale words applied ("3 آلاف" is 3000; "60 في المئة" is 60).
    pub value: f64,
    /// Whether the number is hedged (about, نحو, more than, أكثر من ...).
    pub approx: bool,
    /// A bound the hedge sets.
    pub bound: Bound,
    /// Whether the value is a percentage.
    pub percent: bool,
    /// What is counted or measured, normalized ("troops", "attacks", "km").
    /// [`Quantity::TIME_OF_DAY`] marks a time of day ("6 a.m.", "السادسة
    /// صباحاً"), its value in minutes after midnight (360).
    pub unit: Option<String>,
    /// A place the number is tied to ("iraq"), normalized, when one follows it.
    pub place: Option<String>,
    /// Whose the counted things are ("us", "coalition"), normalized, when a
    /// nationality or group qualifies them.
    pub qualifier: Option<String>,
    /// The period a rate is given per ("day" in "6,500 containers a day",
    /// "hour" in "60 كيلومترا في الساعة"), normalized, when one follows it.
    pub per: Option<String>,
    /// Where the number (with its hedge and unit) stands.
    pub span: Span,
}

impl Quantity {
    /// The unit of a time of day, whose value is minutes after midnight.
    pub const TIME_OF_DAY: &'static str = "clock";

    /// Whether the quantity is a time of day.
    pub fn is_time_of_day(&self) -> bool {
        self.unit.as_deref() == Some(Self::TIME_OF_DAY)
    }
}

/// The bound a hedge puts on a quantity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// Exactly the value (or about it, with `approx`).
    #[default]
    Exact,
    /// More than, at least.
    AtLeast,
    /// Less than, at most.
    AtMost,
}

/// A time a claim is about or was made at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeRef {
    /// Where the time expression stands.
    pub span: Span,
    /// The calendar date, when the expression names or resolves to a day.
    pub date: Option<Date>,
    /// The year, when known (also for month- or year-only expressions).
    pub year: Option<i16>,
    /// The month (1-12), when known.
    pub month: Option<i8>,
    /// Whether the expression was relative ("yesterday", "الشهر الماضي") and
    /// resolved against the article's date.
    pub relative: bool,
    /// A week, month or year counted from the article's date, as the words
    /// say it, known with or without the date: "last year" is
    /// `(PeriodUnit::Year, -1)`, "الشهر المقبل" `(PeriodUnit::Month, 1)`.
    pub counted: Option<(PeriodUnit, i8)>,
    /// The day of the week the expression names ("on Saturday", "مساء
    /// السبت"), 1 for Monday to 7 for Sunday, known with or without its date.
    /// A claim's time leaves it out when the content names two days ("arrived
    /// on Monday, not on Saturday").
    pub weekday: Option<i8>,
}

/// The unit of a period counted from an article's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeriodUnit {
    /// "last week", "الأسبوع المقبل".
    Week,
    /// "last month", "الشهر الماضي".
    Month,
    /// "last year", "العام المقبل".
    Year,
}

impl TimeRef {
    /// The time as ISO 8601 text at the precision known: `2024-01-25`, `2024-01`
    /// or `2024`; `None` when not even the year is known.
    ///
    /// ```
    /// use claimgraph::{Span, TimeRef};
    /// let t = TimeRef { span: Span::new(0, 4), date: None, year: Some(2021), month: Some(6), relative: false, counted: None, weekday: None };
    /// assert_eq!(t.iso().as_deref(), Some("2021-06"));
    /// ```
    pub fn iso(&self) -> Option<String> {
        if let Some(date) = self.date {
            return Some(date.to_string());
        }
        match (self.year, self.month) {
            (Some(y), Some(m)) => Some(format!("{y:04}-{m:02}")),
            (Some(y), None) => Some(format!("{y:04}")),
            _ => None,
        }
    }
}

/// What [`extract`](crate::extract()) found in one article.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// The claims, in text order.
    pub claims: Vec<Claim>,
    /// Things worth knowing that did not stop extraction: skipped page chrome,
    /// speakers that could not be found, and the like.
    pub diagnostics: Vec<Diagnostic>,
}

/// A note about the input that did not stop extraction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where in the text, when the note is about a place.
    pub span: Option<Span>,
    /// What kind of note it is.
    pub kind: DiagnosticKind,
    /// A readable sentence.
    pub message: String,
}

/// The kinds of [`Diagnostic`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A line of page chrome (ads, navigation, credits) was skipped.
    SkippedChrome,
    /// A reporting cue was found but its speaker could not be.
    MissingSpeaker,
    /// A quotation was opened and never closed.
    UnclosedQuote,
    /// Input was unusual in a way that limited extraction (e.g. an over-long sentence).
    Unusual,
}
