//! Linking: which claims contradict or corroborate which, and why.

mod boost;
mod concepts;
mod features;
pub mod index;
mod judge;
mod model;
mod word;

pub use boost::BoostOptions;
pub use concepts::PlaceLevel;
pub(crate) use concepts::{ConceptLexicon, Sense};
pub(crate) use features::skeleton;
pub use features::{ClaimFeatures, features};
pub use judge::{
    FEATURE_NAMES, Judgement, judge, judge_features, judge_sentences, judge_stance, sentence_features,
};
pub(crate) use model::JudgeModel;
pub use model::{EXTRA_NAMES, TrainOptions, TrainPair, TrainSet, TrainedModel, train};

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
    /// The claims name different places of one kind: not one event.
    Place,
    /// The claims are alike but for one thing put in another's place ("the
    /// hospital" against "the school"): they speak of different things.
    Substitution,
    /// The same speaker said one thing and later its opposite.
    Reversal,
    /// The claims share a proposition, in the same or equivalent words.
    SameProposition,
    /// Both claims come from one speaker in one article: a repeat, not a
    /// second source.
    SameSource,
    /// The trained model weighs a pair of words, one in each claim only
    /// ("sitting" vs "standing"), towards the verdict.
    LearnedContrast,
    /// The trained model weighs a word found in one claim only towards the
    /// verdict.
    LearnedWord,
    /// The trained trees, which weigh the typed features together, turned
    /// the verdict; the detail names the features they read.
    LearnedFeatures,
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
            ReasonKind::Place => "place",
            ReasonKind::Substitution => "substitution",
            ReasonKind::Reversal => "reversal",
            ReasonKind::SameProposition => "same-proposition",
            ReasonKind::SameSource => "same-source",
            ReasonKind::LearnedContrast => "learned-contrast",
            ReasonKind::LearnedWord => "learned-word",
            ReasonKind::LearnedFeatures => "learned-features",
        }
    }
}

/// The id of a claim in a [`ClaimGraph`](crate::ClaimGraph): its position in
/// insertion order, starting at 0. Ids never change once given; the JSON export
/// writes them as `c{n}`.
///
/// ```
/// use claimgraph::ClaimId;
/// assert_eq!(ClaimId(17).to_string(), "c17");
/// assert_eq!(ClaimId(17).index(), 17);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClaimId(pub usize);

impl ClaimId {
    /// The position of the claim in insertion order.
    pub fn index(self) -> usize {
        self.0
    }
}

impl std::fmt::Display for ClaimId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "c{}", self.0)
    }
}

/// A link between two claims of a graph: a contradiction or a corroboration.
///
/// `a` is always the earlier claim (`a < b`).
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// The earlier claim.
    pub a: ClaimId,
    /// The later claim.
    pub b: ClaimId,
    /// How they relate: [`Relation::Contradicts`] or [`Relation::Corroborates`].
    pub relation: Relation,
    /// Confidence in `[0, 1]`.
    pub score: f32,
    /// Why.
    pub reasons: Vec<Reason>,
    /// Whether the two claims come from different sources (actors, or outlets
    /// for narration). A corroboration between claims of one source is not
    /// independent and does not count as agreement.
    pub independent: bool,
}
