//! Linking: which claims contradict or corroborate which, and why.

mod concepts;
mod features;
mod judge;

pub(crate) use concepts::ConceptLexicon;
pub use features::{ClaimFeatures, features};
pub use judge::{FEATURE_NAMES, Judgement, judge, judge_features, judge_sentences};

/// How two claims relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The claims cannot both hold.
    Contradicts,
    /// The claims say the same thing.
    Corroborates,
    /// Neither.
    Unrelated,
}

impl Relation {
    /// `contradicts`, `corroborates` or `unrelated`.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Contradicts => "contradicts",
            Relation::Corroborates => "corroborates",
            Relation::Unrelated => "unrelated",
        }
    }
}

/// One typed reason behind a judgement, pointing at the evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// What kind of evidence.
    pub kind: ReasonKind,
    /// A readable account of the evidence: which words, which numbers.
    pub detail: String,
}

/// The kinds of [`Reason`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ReasonKind {
    /// One claim negates what the other asserts.
    Negation,
    /// The claims use words of opposite meaning.
    Antonym,
    /// The claims give different (or matching) values for one measure.
    Numeric,
    /// The claims frame one event in opposite evaluative terms.
    Framing,
    /// The claims differ in modality.
    Modality,
    /// The claims are about different times.
    Temporal,
    /// The same speaker said one thing and later its opposite.
    Reversal,
    /// The claims share a proposition, in the same or equivalent words.
    SameProposition,
    /// Both claims come from one speaker in one article: a repeat, not a
    /// second source.
    SameSource,
}

impl ReasonKind {
    /// The kebab-case name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ReasonKind::Negation => "negation",
            ReasonKind::Antonym => "antonym",
            ReasonKind::Numeric => "numeric",
            ReasonKind::Framing => "framing",
            ReasonKind::Modality => "modality",
            ReasonKind::Temporal => "temporal",
            ReasonKind::Reversal => "reversal",
            ReasonKind::SameProposition => "same-proposition",
            ReasonKind::SameSource => "same-source",
        }
    }
}

/// A link between two claims, by their index in the claim list.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Index of the first claim.
    pub a: usize,
    /// Index of the second claim.
    pub b: usize,
    /// How they relate.
    pub relation: Relation,
    /// Confidence in `[0, 1]`.
    pub score: f32,
    /// Why.
    pub reasons: Vec<Reason>,
}
