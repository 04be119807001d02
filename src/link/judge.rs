//! The pairwise judge: do two claims contradict, corroborate, or neither?
//!
//! The judge compares two [`ClaimFeatures`] (computed once per claim). It
//! builds a small feature vector for the pair — how much of each claim the
//! other covers (stems and concepts), whether one negates what the other
//! asserts, antonyms, opposite evaluative framings, numbers for one measure,
//! modality — and scores `contradicts` and `corroborates` linearly with the
//! weights of `lexicons/judge.toml` (`unrelated` scores 0). Two rules then
//! apply that a linear score cannot express:
//!
//! - claims about different periods (years, or months of one year) are not
//!   contradictions: such a verdict becomes `unrelated` with a `temporal`
//!   reason beside the evidence;
//! - two claims of one speaker in one article (or two narrator claims of one
//!   article) are one source saying a thing twice: an agreement between them
//!   is `unrelated` with a `same-source` reason, never a corroboration, and a
//!   contradiction between them carries `same-source` too. A contradiction of
//!   one named speaker across articles or times carries `reversal`.

use std::borrow::Cow;

use crate::Article;
#[cfg(test)]
use crate::Span;
use crate::claim::{Bound, Claim, ClaimKind, Modality, PeriodUnit, Polarity, Quantity};
use crate::config::Config;
use crate::extract::extract;
use crate::link::concepts::{ContrastKind, PlaceLevel, WordList};
use crate::link::features::{self, ClaimFeatures, NamedPlace, Source, term_bits, unprefixed};
use crate::link::model;
use crate::link::{Reason, ReasonKind, Relation};

/// The judge's verdict on a pair of claims.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    /// How the claims relate.
    pub relation: Relation,
    /// Confidence in `[0, 1]`.
    pub score: f32,
    /// The typed evidence behind the verdict.
    pub reasons: Vec<Reason>,
}

/// The names of the pair features, in the order of the judge's feature
/// vector; `lexicons/judge.toml` weighs them by these names.
///
/// - `bias`: always 1.
/// - `overlap`: the mean share of each claim's content terms that the other
///   covers, by stem or concept (aligned antonyms and framings count as covered).
/// - `cover_min`: the smaller of the two shares.
/// - `shared_concept`: 1 when both name a lexicon concept.
/// - `negation`: exactly one claim is negated (and no contrast).
/// - `antonym`: the claims hold opposite poles of an antonym pair.
/// - `framing`: they frame an act in opposite evaluative terms.
/// - `double_negation`: a contrast and a negation cancel out.
///
/// These four weigh 0.5 + overlap when the claims share a term besides the
/// conflicting words, and 0 otherwise.
/// - `numeric_conflict`: 1 when they give incompatible values for one measure.
/// - `numeric_agree`: 1 when they give compatible values for one measure.
/// - `modality`: 1 when their modalities differ.
/// - `hedged`: 1 when either is only possible or expected.
/// - `novel_both`: 1 × overlap when each claim has content the other lacks (a likely
///   substitution: another actor, place or object in the same frame).
/// - `novelty`: 1 − `cover_min`.
pub const FEATURE_NAMES: [&str; N_FEATURES] = [
    "bias",
    "overlap",
    "cover_min",
    "shared_concept",
    "negation",
    "antonym",
    "framing",
    "double_negation",
    "numeric_conflict",
    "numeric_agree",
    "modality",
    "hedged",
    "novel_both",
    "novelty",
];

/// The length of the judge's feature vector.
pub(crate) const N_FEATURES: usize = 14;

const F_BIAS: usize = 0;
const F_OVERLAP: usize = 1;
const F_COVER_MIN: usize = 2;
const F_SHARED_CONCEPT: usize = 3;
const F_NEGATION: usize = 4;
const F_ANTONYM: usize = 5;
const F_FRAMING: usize = 6;
const F_DOUBLE_NEGATION: usize = 7;
const F_NUMERIC_CONFLICT: usize = 8;
const F_NUMERIC_AGREE: usize = 9;
const F_MODALITY: usize = 10;
const F_HEDGED: usize = 11;
const F_NOVEL_BOTH: usize = 12;
const F_NOVELTY: usize = 13;

/// Judges two claims.
///
/// This computes both claims' [`ClaimFeatures`] and calls [`judge_features`];
/// a caller judging many pairs should compute the features once per claim.
///
/// ```
/// use claimgraph::{extract, link::judge, link::Relation, Article, Config};
/// let config = Config::default();
/// let a = extract(&Article::new("a", "Officials said the talks include a withdrawal of troops."), &config).claims;
/// let b = extract(&Article::new("b", "The ministry said the talks do not include a withdrawal of troops."), &config).claims;
/// assert_eq!(judge(&a[0], &b[0], &config).relation, Relation::Contradicts);
/// ```
pub fn judge(a: &Claim, b: &Claim, config: &Config) -> Judgement {
    judge_features(
        &features::features(a, config),
        &features::features(b, config),
        config,
    )
}

/// Judges two bare sentences (or headlines).
///
/// Each is extracted as an article of its own; the judge compares the longest
/// claim found in each, so that in "X says Y" the stance is about Y. A text
/// with no claim at all is compared as a whole.
///
/// ```
/// use claimgraph::{link::judge_sentences, link::Relation, Config};
/// let config = Config::default();
/// let j = judge_sentences("ارتفاع أسعار النفط في الأسواق العالمية", "انخفاض أسعار النفط في الأسواق العالمية", &config);
/// assert_eq!(j.relation, Relation::Contradicts);
/// ```
pub fn judge_sentences(a: &str, b: &str, config: &Config) -> Judgement {
    let fa = sentence_features_id(a, "s1", config);
    let fb = sentence_features_id(b, "s2", config);
    judge_features(&fa, &fb, config)
}

/// Judges the stance of one text towards another that it is known to be about
/// (a headline towards the claim it reports, an answer towards a question):
/// `Contradicts` or `Corroborates`, never `Unrelated`.
///
/// A contradiction found by [`judge_sentences`] stands. Otherwise the second
/// text contradicts the first when exactly one of them refutes ("hoax",
/// "denied", "نفى"); a corroboration found by the judge then stands; and of
/// two texts the judge finds unrelated, the second contradicts the first when
/// exactly one is negated and corroborates it otherwise. The reasons say which.
///
/// ```
/// use claimgraph::{link::judge_stance, link::Relation, Config};
/// let config = Config::default();
/// let claim = "A shark was photographed swimming on a flooded highway";
/// let j = judge_stance(claim, "Viral photo of a shark on a flooded highway is a hoax", &config);
/// assert_eq!(j.relation, Relation::Contradicts);
/// let j = judge_stance(claim, "Shark spotted on a flooded highway after the storm", &config);
/// assert_eq!(j.relation, Relation::Corroborates);
/// ```
pub fn judge_stance(a: &str, b: &str, config: &Config) -> Judgement {
    let fa = sentence_features_id(a, "s1", config);
    let fb = sentence_features_id(b, "s2", config);
    let j = judge_features(&fa, &fb, config);
    if j.relation == Relation::Contradicts {
        return j;
    }
    if fa.refute != fb.refute {
        let r = if fa.refute { &fa } else { &fb };
        return Judgement {
            relation: Relation::Contradicts,
            score: 0.5 + j.score.min(1.0) / 4.0,
            reasons: vec![Reason {
                kind: ReasonKind::Negation,
                detail: format!("refutation word in one text only: {}", refute_words(r, config)),
            }],
        };
    }
    if j.relation == Relation::Corroborates {
        return j;
    }
    if effective_polarity(&fa, None) != effective_polarity(&fb, None) {
        let neg = if effective_polarity(&fa, None) == Polarity::Negated {
            &fa
        } else {
            &fb
        };
        return Judgement {
            relation: Relation::Contradicts,
            score: 0.5 + j.score.min(1.0) / 4.0,
            reasons: vec![Reason {
                kind: ReasonKind::Negation,
                detail: match &neg.negation {
                    Some(n) => format!("{n} in one text only"),
                    None => "one text only is negated".into(),
                },
            }],
        };
    }
    Judgement {
        relation: Relation::Corroborates,
        score: 0.5,
        reasons: vec![Reason {
            kind: ReasonKind::SameProposition,
            detail: "about the same claim, and nothing refutes or negates it".into(),
        }],
    }
}

/// The features of a bare sentence as [`judge_sentences`] computes them, for
/// a caller that judges one sentence against many.
///
/// ```
/// use claimgraph::{link, Config};
/// let mut config = Config::default();
/// config.link.trained_judge = true;
/// let a = link::sentence_features("A man is playing a guitar", &config);
/// let b = link::sentence_features("A man is not playing a guitar", &config);
/// assert_eq!(link::judge_features(&a, &b, &config).relation, link::Relation::Contradicts);
/// assert_eq!(
///     link::judge_features(&a, &b, &config),
///     link::judge_sentences("A man is playing a guitar", "A man is not playing a guitar", &config)
/// );
/// ```
pub fn sentence_features(text: &str, config: &Config) -> ClaimFeatures {
    // Each sentence stands as an article of its own: two sentences are never
    // one source's repeat or one statement read twice.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    sentence_features_id(text, &format!("s{n}"), config)
}

/// The features of a bare sentence: of its longest claim, or of the whole
/// text when no claim covers at least [`MIN_CLAIM_SHARE`] of it.
pub(crate) fn sentence_features_id(text: &str, id: &str, config: &Config) -> ClaimFeatures {
    let mut short = config.clone();
    short.min_narrator_words = 1;
    let claims = extract(&Article::new(id, text), &short).claims;
    let main = claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Narrator || claims.len() == 1)
        .max_by_key(|c| (c.text.len(), std::cmp::Reverse(c.ordinal)))
        .or_else(|| claims.first())
        .filter(|c| c.text.trim().len() as f32 >= MIN_CLAIM_SHARE * text.trim().len() as f32);
    let mut f = match main {
        Some(claim) => features::sentence_claim_features(claim, text, config),
        None => whole_text_features(text, config),
    };
    f.sentence = true;
    f
}

/// The least share of a sentence's bytes its main claim must cover to stand
/// for it; below this the extraction has likely cut the sentence wrongly.
const MIN_CLAIM_SHARE: f32 = 0.4;

/// Features of a whole text taken as one narrator claim, with polarity from
/// the link lexicons' negators (an odd count negates).
fn whole_text_features(text: &str, config: &Config) -> ClaimFeatures {
    let lang = crate::Lang::detect(text);
    let lexicon = config.lexicons.concepts();
    let tokens = crate::text::normalize::tokenize(text, crate::Span::new(0, text.len()), lang);
    let negators: Vec<&crate::Token> = tokens
        .iter()
        .filter(|t| lexicon.in_list(WordList::Negator, &t.norm))
        .collect();
    let (polarity, negator, negation) = match negators.first() {
        Some(t) if negators.len() % 2 == 1 => (
            Polarity::Negated,
            Some(t.span),
            Some(format!("{:?}", t.span.slice(text))),
        ),
        _ => (Polarity::Affirmed, None, None),
    };
    features::build(
        &Source {
            text,
            lang,
            polarity,
            negator,
            negation,
            predicate: None,
            modality: Modality::Asserted,
            quantities: &[],
            quantity_base: None,
            year: None,
            month: None,
            counted: None,
            day: None,
            time_at: None,
            source: None,
            named_source: false,
            article: None,
            span: None,
            content: None,
            roots: true,
            demanded: false,
        },
        config,
    )
}

/// What the pair comparison found, before it is weighed.
struct Comparison {
    x: [f32; N_FEATURES],
    /// Terms of each claim covered by the other, as bit sets.
    matched: [u64; 2],
    /// The contrast groups (and kinds) in conflict.
    contrast: Option<(u32, ContrastKind)>,
    /// The terms of each claim that hold the contrast, as bit sets.
    contrast_masks: [u64; 2],
    /// The quantities (index in a, index in b) behind the numeric feature.
    numeric: Option<(usize, usize, bool)>,
    polarity_differs: bool,
    /// Whether each claim's negation stands aside from what they share ([`side_negation`]).
    aside: [bool; 2],
    temporal: bool,
    /// A count's earlier figure against its newer one (index in a, index in
    /// b), when no other numbers agree or conflict: "37 cases" against "the
    /// toll rose to 96 cases". It sets the claims in different periods.
    update: Option<(usize, usize)>,
    /// The better share of either claim's substantive terms the other covers.
    substantive_cover: f32,
    /// Whether one claim's negation scopes terms the two share, in its main
    /// clause: whatever else they share, they do not agree.
    denied_shared: bool,
}

/// Judges two claims from their precomputed features.
///
/// Allocates only for the reasons of a verdict that has any.
///
/// ```
/// use claimgraph::{extract, link, Article, Config};
/// let config = Config::default();
/// let a = extract(&Article::new("a", "The minister said oil prices rose sharply on Monday."), &config).claims;
/// let b = extract(&Article::new("b", "Traders said oil prices fell sharply on Monday."), &config).claims;
/// let (fa, fb) = (link::features(&a[0], &config), link::features(&b[0], &config));
/// let j = link::judge_features(&fa, &fb, &config);
/// assert_eq!(j.relation, link::Relation::Contradicts);
/// assert!(j.reasons.iter().any(|r| r.kind == link::ReasonKind::Antonym));
/// ```
pub fn judge_features(a: &ClaimFeatures, b: &ClaimFeatures, config: &Config) -> Judgement {
    let unrelated = Judgement {
        relation: Relation::Unrelated,
        score: 1.0,
        reasons: Vec::new(),
    };
    // Two claims over overlapping text of one article are one statement read
    // twice, never two accounts.
    let overlapping = matches!((a.span, b.span), (Some(x), Some(y)) if x.overlaps(y));
    if overlapping && a.article.is_some() && a.article == b.article {
        return unrelated;
    }
    let Some(pf) = pair_features(a, b, config) else {
        return unrelated;
    };
    let cmp = &pf.cmp;
    let model = config.lexicons.judge_model();
    // Bare sentence pairs are judged with the trained weights when the
    // configuration asks for them. Claims of articles are judged by the typed
    // hand score alone: the training pairs (headline against paraphrase or
    // contradiction, caption against caption) are nearly all related and
    // mostly contradictions, priors that do not hold for the candidate pairs
    // of a story, where the trained weights link paraphrases as
    // contradictions.
    let trained = config.link.trained_judge && a.sentence && b.sentence;
    let (learned, trees) = if trained {
        model.scores(a, &pf.dense, cmp.matched, b)
    } else {
        ([0.0; 3], None)
    };
    let s: [f32; 3] = std::array::from_fn(|k| pf.hand[k] + learned[k]);
    // The boosted trees, where the table has them, share the verdict: the
    // mean of their probabilities and the linear model's, by their blend.
    let linear = model::softmax(s);
    let p = match trees {
        Some((share, q)) => crate::link::boost::mix(share, linear, q),
        None => linear,
    };
    let k = model::argmax(p);
    let mut relation = model::CLASSES[k];
    let mut score = p[k];
    if relation == Relation::Unrelated && !cmp.temporal {
        return Judgement { score, ..unrelated };
    }
    // Claims of articles alike but for one swapped thing, one of them telling
    // of a separate incident, counting different things, or naming different
    // places of one kind and none in common ("in the Karrada district" against
    // "in the Mansour district") tell of different events. Bare sentences are
    // judged as about one event.
    if !a.sentence && !b.sentence {
        // A claim that tells of a separate incident ("in a separate incident,
        // two people were hurt") neither confirms nor denies the story's.
        let separate = (a.separate != b.separate).then(|| {
            (
                ReasonKind::Substitution,
                "one tells of a separate incident: not one event".to_string(),
            )
        });
        let apart = separate
            .or_else(|| {
                // So does a claim set in a place beside the story's ("In
                // neighbouring Gabon, turnout was ...").
                (a.elsewhere != b.elsewhere).then(|| {
                    (
                        ReasonKind::Place,
                        "one tells of a place beside the story's: not one event".to_string(),
                    )
                })
            })
            .or_else(|| {
                // The words of the units of one measure ("دقيقة", "ساعة"), or
                // of two times of day ("السادسة من صباح", "ظهر"), name one
                // thing.
                let units = cmp
                    .numeric
                    .map_or([0, 0], |(i, j, _)| [measure_bits(a, i), measure_bits(b, j)]);
                let matched = [cmp.matched[0] | units[0], cmp.matched[1] | units[1]];
                let (x, y) = substitution(a, b, matched)?;
                Some((
                    ReasonKind::Substitution,
                    format!("alike but about different things ({x:?} vs {y:?})"),
                ))
            })
            .or_else(|| {
                let (x, y) = different_counts(a, b).filter(|_| cmp.numeric.is_none())?;
                Some((
                    ReasonKind::Numeric,
                    format!("numbers of different things ({x:?} vs {y:?}): not one measure"),
                ))
            })
            .or_else(|| {
                let (x, y) = far_apart(a, b).filter(|_| cmp.numeric.is_none())?;
                Some((
                    ReasonKind::Numeric,
                    format!("figures too far apart for one measure ({x} vs {y}): counts of two things"),
                ))
            })
            .or_else(|| {
                let (x, y) = different_things(a, b).filter(|_| cmp.numeric.is_none())?;
                Some((
                    ReasonKind::Substitution,
                    format!("about different things ({x:?} vs {y:?})"),
                ))
            })
            .or_else(|| {
                let (x, y) = different_places(a, b)?;
                Some((
                    ReasonKind::Place,
                    format!("different places ({x:?} vs {y:?}): not one event"),
                ))
            });
        if let Some((kind, detail)) = apart {
            return Judgement {
                relation: Relation::Unrelated,
                score: 1.0 - score,
                reasons: vec![Reason { kind, detail }],
            };
        }
    }

    // A claim that evaluates a thing ("قرار رفع السعر بأنه جائر") confirms
    // only what it says of it: sharing nothing but the thing described
    // ("رفع السعر"), it neither corroborates a claim that the thing
    // happened nor one of another evaluation.
    let evaluated =
        |f: &ClaimFeatures, matched: u64| f.described_mask == 0 || matched & !f.described_mask != 0;
    if relation == Relation::Corroborates && !(evaluated(a, cmp.matched[0]) && evaluated(b, cmp.matched[1])) {
        return unrelated;
    }

    let same_source =
        a.source.is_some() && a.source == b.source && a.article.is_some() && a.article == b.article;
    let mut reasons = Vec::new();
    if relation != Relation::Unrelated {
        reasons.push(Reason {
            kind: ReasonKind::SameProposition,
            detail: shared_detail(a, b, cmp),
        });
        if a.refute != b.refute && relation == Relation::Contradicts {
            let r = if a.refute { a } else { b };
            reasons.push(Reason {
                kind: ReasonKind::Negation,
                detail: format!("refutation word in one claim only: {}", refute_words(r, config)),
            });
        }
        let runner_up = (0..3).filter(|&o| o != k).max_by(|&x, &y| p[x].total_cmp(&p[y]));
        if let Some(other) = runner_up.filter(|_| config.link.trained_judge && a.sentence && b.sentence) {
            if let Some(reason) = learned_reason(a, b, cmp.matched, k, other, config) {
                reasons.push(reason);
            }
        }
        let alone = model::argmax(linear);
        if trees.is_some() && alone != k {
            let read = model.tree_features(a, b, &pf.dense, cmp.matched, k);
            reasons.push(Reason {
                kind: ReasonKind::LearnedFeatures,
                detail: format!(
                    "the trained trees turn the verdict to {} ({:.2}; the weights alone: {} {:.2}), reading {}",
                    relation.as_str(),
                    p[k],
                    model::CLASSES[alone].as_str(),
                    linear[alone],
                    read.join(", ")
                ),
            });
        }
    }
    if relation == Relation::Contradicts {
        evidence(a, b, cmp, &mut reasons);
        if cmp.temporal {
            reasons.push(Reason {
                kind: ReasonKind::Temporal,
                detail: format!("{}: not a contradiction", periods(a, b, cmp)),
            });
            relation = Relation::Unrelated;
            score = p[0] + p[2];
        } else if same_source {
            reasons.push(Reason {
                kind: ReasonKind::SameSource,
                detail: "one speaker in one article says both".into(),
            });
        } else if a.named_source && a.source == b.source && !a.source.as_deref().is_some_and(str::is_empty) {
            reasons.push(Reason {
                kind: ReasonKind::Reversal,
                detail: format!(
                    "{} said both (in {})",
                    a.source.as_deref().unwrap_or_default(),
                    if a.article != b.article {
                        "different articles"
                    } else {
                        "one article"
                    }
                ),
            });
        }
    } else if relation == Relation::Corroborates && cmp.denied_shared && !trained {
        // One denies some of what they share: no agreement.
        return Judgement { score, ..unrelated };
    } else if relation == Relation::Corroborates
        && !trained
        && (a.terms.len().min(b.terms.len()) < MIN_CORROBORATING_TERMS
            || specific_terms(a).min(specific_terms(b)) < MIN_CORROBORATING_SPECIFIC)
    {
        // A fragment without a predicate ("the US strikes") names a topic;
        // it states nothing another claim could confirm.
        return Judgement { score, ..unrelated };
    } else if relation == Relation::Corroborates
        && !trained
        && cmp.substantive_cover < MIN_CORROBORATING_COVER
        && !matches!(cmp.numeric, Some((_, _, true)))
    {
        // Claims that share a frame ("the ministry plans to ... in 2027")
        // but little of what they are about (another object, another place)
        // do not confirm each other; agreeing numbers of one measure do.
        // (With trained weights, sentence pairs are the model's to decide.)
        return Judgement { score, ..unrelated };
    } else if let Some((x, y)) = other_days(a, b).filter(|_| relation == Relation::Corroborates && !trained) {
        // Two contents set on different days of the week ("arrived on
        // Saturday", "will arrive on Tuesday") tell of two events.
        reasons.clear();
        reasons.push(Reason {
            kind: ReasonKind::Temporal,
            detail: format!("different days ({x} vs {y}): not a corroboration"),
        });
        relation = Relation::Unrelated;
    } else if relation == Relation::Corroborates
        && !trained
        && (a.year.is_some() && b.year.is_some() || cmp.update.is_some())
        && cmp.temporal
    {
        // Two claims dated to different periods, or giving a count before
        // and after it rose, do not confirm each other.
        reasons.clear();
        reasons.push(Reason {
            kind: ReasonKind::Temporal,
            detail: format!("{}: not a corroboration", periods(a, b, cmp)),
        });
        relation = Relation::Unrelated;
    } else if relation == Relation::Corroborates {
        if let Some((i, j, true)) = cmp.numeric {
            reasons.push(numeric_reason(&a.quantities[i], &b.quantities[j], true));
        }
        if a.modality != b.modality {
            reasons.push(modality_reason(a, b));
        }
        if same_source {
            reasons.push(Reason {
                kind: ReasonKind::SameSource,
                detail: "one speaker in one article says it twice: a repeat, not a second source".into(),
            });
            relation = Relation::Unrelated;
        }
    } else if cmp.temporal {
        reasons.push(Reason {
            kind: ReasonKind::Temporal,
            detail: periods(a, b, cmp),
        });
    }
    Judgement {
        relation,
        score,
        reasons,
    }
}

/// The days of the week two contents are set on, named, when they differ.
fn other_days(a: &ClaimFeatures, b: &ClaimFeatures) -> Option<(&'static str, &'static str)> {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let name = |d: i8| DAYS.get(usize::try_from(d - 1).ok()?).copied();
    match (a.day, b.day) {
        (Some(x), Some(y)) if x != y => Some((name(x)?, name(y)?)),
        _ => None,
    }
}

/// A pair's features: the comparison, the hand scores of the three classes
/// (contradicts, corroborates, unrelated) and the dense vector the trained
/// model weighs. `None` when the claims share nothing: they are unrelated.
pub(crate) struct PairFeatures {
    cmp: Comparison,
    pub(crate) hand: [f32; 3],
    pub(crate) dense: [f32; model::N_DENSE],
    pub(crate) matched: [u64; 2],
}

pub(crate) fn pair_features(a: &ClaimFeatures, b: &ClaimFeatures, config: &Config) -> Option<PairFeatures> {
    if a.terms.is_empty() || b.terms.is_empty() {
        return None;
    }
    let cmp = compare(a, b);
    if cmp.x[F_OVERLAP] == 0.0 {
        return None;
    }
    let lexicon = config.lexicons.concepts();
    let [w_contra, w_corr] = lexicon.weight_vectors();
    let dot = |w: &[f32; N_FEATURES]| w.iter().zip(cmp.x.iter()).map(|(w, x)| w * x).sum::<f32>();
    let mut dense = [0f32; model::N_DENSE];
    dense[..N_FEATURES].copy_from_slice(&cmp.x);
    dense[N_FEATURES..].copy_from_slice(&model::extra(a, b, cmp.matched, cmp.polarity_differs));
    // Refutation words weigh in sentence pairs (a claim against a headline);
    // claims of articles keep the typed evidence of judge.toml alone.
    let extra = if a.sentence && b.sentence {
        config.lexicons.judge_model().hand_extra(&dense)
    } else {
        [0.0; 3]
    };
    let hand = [dot(w_contra) + extra[0], dot(w_corr) + extra[1], extra[2]];
    Some(PairFeatures {
        matched: cmp.matched,
        cmp,
        hand,
        dense,
    })
}

/// The refutation words of a claim, quoted.
fn refute_words(f: &ClaimFeatures, config: &Config) -> String {
    let model = config.lexicons.judge_model();
    let words: Vec<String> = (0..f.terms.len())
        .filter(|&i| model.is_refute(f.term_keys(i)[0]))
        .map(|i| format!("{:?}", &*f.terms[i].text))
        .collect();
    if words.is_empty() {
        "a refuting negator".into()
    } else {
        words.join(", ")
    }
}

/// The reason naming the learned feature that most drove the verdict.
fn learned_reason(
    a: &ClaimFeatures,
    b: &ClaimFeatures,
    matched: [u64; 2],
    chosen: usize,
    other: usize,
    config: &Config,
) -> Option<Reason> {
    let (which, push) = config
        .lexicons
        .judge_model()
        .strongest(a, b, matched, chosen, other)?;
    if push < LEARNED_REASON_MIN {
        return None;
    }
    let toward = model::CLASSES[chosen].as_str();
    Some(match which {
        model::Sparse::Cross(i, j) => Reason {
            kind: ReasonKind::LearnedContrast,
            detail: format!(
                "{:?} vs {:?} (trained weight {push:.2} towards {toward})",
                &*a.terms[i].text, &*b.terms[j].text
            ),
        },
        model::Sparse::Diff(side, i) => {
            let f = if side == 0 { a } else { b };
            Reason {
                kind: ReasonKind::LearnedWord,
                detail: format!(
                    "{:?} in one claim only (trained weight {push:.2} towards {toward})",
                    &*f.terms[i].text
                ),
            }
        }
    })
}

/// The least push of a learned feature that a reason reports.
const LEARNED_REASON_MIN: f32 = 0.2;

/// The fewest substantive terms two claims must share for a negation,
/// antonym or framing between them to count.
const MIN_SHARED: u32 = 2;

/// Computes the pair's feature vector; allocation-free.
fn compare(a: &ClaimFeatures, b: &ClaimFeatures) -> Comparison {
    let mut x = [0f32; N_FEATURES];
    x[F_BIAS] = 1.0;
    let mut matched = [covered(a, b), covered(b, a)];

    // Contrasts: a group whose poles the two claims hold oppositely.
    let mut contrast = None;
    let mut contrast_masks = [0u64; 2];
    for pa in &a.poles {
        let a_both = a.poles.iter().any(|p| p.group == pa.group && p.pole != pa.pole);
        if a_both {
            continue;
        }
        let b_opp = b.poles.iter().find(|p| p.group == pa.group && p.pole != pa.pole);
        let b_same = b.poles.iter().any(|p| p.group == pa.group && p.pole == pa.pole);
        if let (Some(pb), false) = (b_opp, b_same) {
            let kind = a.lexicon().group(pa.group).kind;
            if contrast.is_none() || kind == ContrastKind::Antonym {
                contrast = Some((pa.group, kind));
            }
            contrast_masks[0] |= pa.term_mask;
            contrast_masks[1] |= pb.term_mask;
        }
    }
    // A word negated by its prefix in one claim and held bare by the other
    // ("an unprotected strike" against "a protected strike") is an antonym
    // of its own.
    if contrast.is_none() {
        if let Some(masks) = prefix_antonym(a, b) {
            contrast = Some((PREFIX_GROUP, ContrastKind::Antonym));
            contrast_masks = masks;
        }
    }
    // An antonym or a framing must bear on what the claims share. An
    // antonym's two words must bear on one thing: a term next to the word in
    // one claim matches a term next to the word in the other ("stopped the
    // attacks" against "started a dialogue" do not). Framings of one act need
    // only share a term near them, generic ones included ("the strikes"). A
    // contrast that bears on nothing shared is no contrast: a negation between
    // the claims is judged as a negation ("no party lodged a complaint, and
    // staff would remain on duty" against "the party lodged complaints and
    // would ask for the results to be cancelled").
    if let Some((group, kind)) = contrast {
        if !contrast_bears(a, b, contrast_masks, (group, kind)) {
            contrast = None;
            contrast_masks = [0; 2];
        }
    }
    let before = matched;
    matched[0] |= contrast_masks[0];
    matched[1] |= contrast_masks[1];
    let share = |m: u64, n: usize| (m.count_ones() as f32 / n.min(64) as f32).min(1.0);
    let (ca, cb) = (share(matched[0], a.terms.len()), share(matched[1], b.terms.len()));
    // The share of each claim's substantive (not generic) terms the other
    // covers, the better of the two.
    let substantive_share = |m: u64, f: &ClaimFeatures| {
        let all = term_bits(f.terms.len()) & !f.generic_mask;
        if all == 0 {
            0.0
        } else {
            (m & all).count_ones() as f32 / all.count_ones() as f32
        }
    };
    let substantive_cover = substantive_share(matched[0], a).max(substantive_share(matched[1], b));
    let overlap = (ca + cb) / 2.0;
    x[F_OVERLAP] = overlap;
    x[F_COVER_MIN] = ca.min(cb);
    x[F_SHARED_CONCEPT] = f32::from(a.concepts.iter().any(|c| b.concepts.binary_search(c).is_ok()));

    x[F_NOVEL_BOTH] = f32::from(ca < 1.0 && cb < 1.0) * overlap;
    x[F_NOVELTY] = 1.0 - ca.min(cb);

    // A negation in a part of one claim that the other does not speak of
    // ("the camps received rations, and no family will be left without
    // shelter") leaves what they share affirmed. Claims of articles only: a
    // claim's span may hold more than its statement; a bare sentence given as
    // one half of a pair is all of it.
    let articles = !a.sentence && !b.sentence;
    let aside = [
        articles && side_negation(a, before[0]),
        articles && side_negation(b, before[1]),
    ];
    let polarity_of = |f: &ClaimFeatures, i: usize| {
        let p = effective_polarity(f, contrast);
        if aside[i] { p.flip() } else { p }
    };
    let polarity_differs = polarity_of(a, 0) != polarity_of(b, 1);
    // Conflict evidence counts only when the claims share something besides
    // the conflicting words themselves; it then weighs 0.5 + overlap.
    // They must share a proposition, not only a place or an actor: two
    // terms besides the conflicting words and generic ones ("Iraq",
    // "forces", "attack") on one side at least.
    let substantive =
        |i: usize, f: &ClaimFeatures| (before[i] & !contrast_masks[i] & !f.generic_mask).count_ones();
    // A short claim whose every substantive term (besides the conflicting
    // words) the other covers shares its whole proposition, however few.
    let rest = |i: usize, f: &ClaimFeatures| term_bits(f.terms.len()) & !contrast_masks[i] & !f.generic_mask;
    let whole = |i: usize, f: &ClaimFeatures| {
        let all = rest(i, f);
        all != 0 && before[i] & all == all
    };
    // An antonym said of a short subject ("الوضع الوبائي تحت السيطرة"
    // against "الوضع خارج السيطرة") needs share only that subject's head:
    // the claim's first substantive term, before the antonym.
    let short = |i: usize, f: &ClaimFeatures| {
        let all = rest(i, f);
        let head = all & all.wrapping_neg();
        all.count_ones() <= 2
            && before[i] & head != 0
            && head < contrast_masks[i] & contrast_masks[i].wrapping_neg()
    };
    let short_subject = matches!(contrast, Some((_, ContrastKind::Antonym))) && (short(0, a) || short(1, b));
    let shared_other =
        substantive(0, a).max(substantive(1, b)) >= MIN_SHARED || whole(0, a) || whole(1, b) || short_subject;
    let any_other = (before[0] & !contrast_masks[0]) != 0 || (before[1] & !contrast_masks[1]) != 0;
    let mut strength = if shared_other { 0.5 + overlap } else { 0.0 };
    let mut denied_shared = false;
    // A negation must scope what the other claim says: the negated
    // predicate, when known, must be among the shared terms.
    if contrast.is_none() && polarity_differs {
        // One negating word in all: the extraction's negator, or one negating
        // verb (also one that is a contrast pole: "نفى", "denied").
        let negating_words = |f: &ClaimFeatures| f.flips as usize + f.pole_flips.len();
        let negated = [a, b].iter().enumerate().position(|(i, f)| {
            !aside[i]
                && effective_polarity(f, None) == Polarity::Negated
                && ((negating_words(f) == 0 && f.polarity == Polarity::Negated)
                    || (negating_words(f) == 1 && f.polarity == Polarity::Affirmed))
        });
        if let Some(i) = negated {
            let f = [a, b][i];
            if let Some(t) = f.negated_term.filter(|&t| t < 64) {
                // The other claim must assert what the negation's scope
                // holds: one of its substantive terms, two when the scope
                // holds more than three (a concept phrase counts once),
                // covered by terms the other claim does not merely demand.
                let other = [b, a][i];
                let end = f
                    .clause_end
                    .map_or(f.terms.len(), |e| (e as usize).max(t as usize + 1));
                let scope = window(1 << t, 0, SCOPE) & !f.generic_mask & term_bits(f.terms.len().min(end));
                // A negation of existence ("there is no tunnel") denies the
                // thing it names: a claim that speaks of that thing ("fled
                // through a tunnel they dug") contradicts it on that word
                // alone.
                // It denies nothing else: "there was no collision with any
                // vessel" does not deny what a claim says of the vessel.
                // What the other claim only demands, or says is absent ("the
                // generators run without interruption" against "no
                // interruption happened"), it does not assert.
                let asserted = !other.wanted_mask & !other.absent_mask;
                let exists = f
                    .existential
                    .is_some_and(|x| shared_units(f, 1 << x, other, asserted) > 0);
                if exists && !shared_other {
                    strength = 0.5 + overlap;
                }
                if f.existential.is_some() && !exists {
                    strength = 0.0;
                }
                let need = if scope.count_ones() > 3 && !exists { 2 } else { 1 };
                // And more than half of what the claims share must lie in the
                // negator's clause, counted from a few terms before the
                // predicate (its subject: "the talks do not include"): a
                // negation in a side clause ("..., while no results were
                // announced") does not deny the rest of the sentence.
                let substantive = !f.generic_mask & term_bits(f.terms.len());
                let from = f.clause_term.unwrap_or(0).min(t);
                let clause = window(1 << t, SUBJECT.min(t - from), SCOPE) & substantive;
                let in_scope = shared_units(f, scope, other, asserted);
                let in_clause = shared_units(f, clause, other, asserted);
                let all = shared_units(f, substantive, other, asserted);
                // A denial ("denied that the crossing had been reopened to
                // lorries") scopes a whole clause: the other claim must
                // cover a good part of it ("lorries are stuck at the border"
                // does not), counted in the other claim's words (one word,
                // "الحدود", covering "المعبر" and "الحدودي" is one).
                let clause_scope =
                    !term_bits(t as usize) & !f.generic_mask & term_bits(f.terms.len().min(end));
                let thin = negating_words(f) == 1
                    && 5 * covering_terms(f, clause_scope, other) < 2 * clause_scope.count_ones();
                // What is negated must be what the other claim says: of the
                // negated predicate and the next two specific terms of its
                // clause (its argument: "did not impose any penalties",
                // "not plan to have the railway line"), the other claim
                // must hold the predicate or the first, and the first or
                // the second. Denying one thing does not deny another said
                // in the same frame or about the same people.
                let denied = f.denied_term.map_or(t, |d| d.max(t)) as usize;
                let run = scope & !term_bits(denied) & !f.wanted_mask;
                let nth = |k: usize| {
                    let mut m = run;
                    for _ in 0..k {
                        m &= m.wrapping_sub(1);
                    }
                    (m != 0).then(|| shared_units(f, m & m.wrapping_neg(), other, asserted) > 0)
                };
                let (c0, c1, c2) = (nth(0), nth(1), nth(2));
                let held = |x: Option<bool>, y: Option<bool>| x.unwrap_or(true) || y.unwrap_or(true);
                // The other claim says the denied thing is absent too: they
                // agree on it.
                let first = run & run.wrapping_neg();
                let also_absent = c0 == Some(false) && shared_units(f, first, other, other.absent_mask) > 0;
                // (The thing a negation of existence denies, held by the
                // other claim, is all the other claim need hold: "no convict
                // of serious crimes among them" against "two convicts on
                // death row among them".)
                let stray = c0.is_some() && !(held(c0, c1) && held(c1, c2)) && !(exists && c0 == Some(true))
                    // Claims in two languages share only concepts, which
                    // say less than shared words: the other claim must hold
                    // the negated predicate itself ("لم تغلق" against
                    // "closed", not only "the crossing").
                    // (A claim of what is planned or expected holds its
                    // verb of intent in its modality: "plans to have the
                    // airport closed" against "لا تعتزم إغلاق المطار".)
                    || f.lang != other.lang && c0 == Some(false) && other.modality == Modality::Asserted
                    // "Sarvania did not close its crossing" denies nothing of
                    // "Belmora closed the crossing": another actor did it.
                    || another_actor(f, t, other)
                    || also_absent
                    // A denial narrowed to a group ("no death among the
                    // children") denies nothing of a claim silent on it.
                    || f.restricted.is_some_and(|r| before[i] & (1 << r) == 0)
                    // "No new cases" denies nothing of a count that does not
                    // say its cases are new.
                    || f.novel.is_some_and(|n| before[i] & (1 << n) == 0)
                    // "Not confined to the renal unit" denies only a claim
                    // that confines: "all nine cases were in the renal
                    // unit", not "the renal unit admits patients".
                    || f.negates_limit && !other.limits
                    // "No worker was missing" denies nothing of a claim that
                    // says no one was: the other claim must hold the
                    // predicate or the term after it in its clause ("no water
                    // has entered the river", "water reached the river").
                    || f.denied_predicate.is_some_and(|p| {
                        let clause = term_bits(f.terms.len().min(end));
                        before[i] & clause & (0b11 << p) == 0
                    });
                denied_shared = in_scope > 0 && 2 * in_clause > all;
                // A negation inside what the speaker only demands ("calls
                // for the results to be annulled") asserts nothing.
                let wanted = f.wanted_mask & (1 << t) != 0;
                if in_scope < need || 2 * in_clause <= all || thin || stray || wanted {
                    strength = 0.0;
                }
                // What a speaker left unsaid ("said nothing about seepage"),
                // or an attitude or state of knowledge negated ("does not
                // fear a recount", "it is not known whether"), neither
                // denies nor confirms what the other claim says.
                if f.noncommittal {
                    strength = 0.0;
                    denied_shared = true;
                }
            }
        }
    }
    // A contrast kept above bears on what the claims share.
    let mut local_ok = true;
    // Two narrations (the outlets' own words, mostly background) conflict
    // only on numbers or when they are mostly one statement.
    let narration = |f: &ClaimFeatures| f.source.as_deref() == Some("");
    if narration(a) && narration(b) && ca.min(cb) < NARRATION_COVER {
        strength = 0.0;
        local_ok = false;
    }
    match (contrast, polarity_differs) {
        (None, true) => x[F_NEGATION] = strength,
        (Some((_, ContrastKind::Antonym)), false) => x[F_ANTONYM] = strength,
        // Two framings of one act need share only the act ("the strikes").
        (Some((_, ContrastKind::Framing)), false) => {
            x[F_FRAMING] = if any_other && local_ok { 0.5 + overlap } else { 0.0 };
        }
        (Some(_), true) => x[F_DOUBLE_NEGATION] = strength,
        (None, false) => {}
    }

    let (numeric, update) = numeric(a, b, overlap, ca >= 1.0 || cb >= 1.0);
    let update = update.filter(|_| numeric.is_none());
    match numeric {
        Some((_, _, true)) => x[F_NUMERIC_AGREE] = 1.0,
        Some((_, _, false)) => x[F_NUMERIC_CONFLICT] = 1.0,
        None => {}
    }
    x[F_MODALITY] = f32::from(a.modality != b.modality);
    let hedge = |m: Modality| matches!(m, Modality::Possible | Modality::Expected);
    x[F_HEDGED] = f32::from(hedge(a.modality) || hedge(b.modality));

    Comparison {
        x,
        matched,
        contrast,
        contrast_masks,
        numeric,
        polarity_differs,
        aside,
        temporal: update.is_some() || different_periods(a, b),
        update,
        substantive_cover,
        denied_shared,
    }
}

/// Whether the other claim says another actor than the one a claim's
/// negation names did what it denies: a name beside the other claim's word
/// for the negated predicate (term `t`), and none of them the negation's
/// actor.
fn another_actor(f: &ClaimFeatures, t: u32, other: &ClaimFeatures) -> bool {
    if f.negation_actor.is_empty() {
        return false;
    }
    let predicate = f.term_keys(t as usize);
    let mut another = false;
    for &(k, actor) in &other.agents {
        if other
            .term_keys(k as usize)
            .iter()
            .any(|key| predicate.contains(key))
        {
            if f.negation_actor.contains(&actor) {
                return false;
            }
            another = true;
        }
    }
    another
}

/// The contrast group of a word and its prefix-negated form, which no group
/// of the lexicons is.
const PREFIX_GROUP: u32 = u32::MAX;

/// The terms (as bit sets over `a`'s and `b`'s terms) of a word negated by
/// its prefix in one claim ("unprotected") and the same word bare in the
/// other ("protected"), when one claim has such a word and the other does
/// not negate it too.
fn prefix_antonym(a: &ClaimFeatures, b: &ClaimFeatures) -> Option<[u64; 2]> {
    let bare = |f: &ClaimFeatures, key: u64| -> u64 {
        (0..f.terms.len().min(64))
            .filter(|&j| f.term_keys(j).first() == Some(&key))
            .fold(0, |m, j| m | 1 << j)
    };
    // A word `x` negates by its prefix that `y` holds bare and does not
    // negate: (its term in `x`, the bare word's terms in `y`).
    let one_way = |x: &ClaimFeatures, y: &ClaimFeatures| {
        x.prefix_negated.iter().find_map(|&(t, key)| {
            let m = bare(y, key);
            let negated = y.prefix_negated.iter().any(|&(_, k)| k == key);
            (m != 0 && !negated).then_some((1u64 << t, m))
        })
    };
    one_way(a, b)
        .map(|(t, m)| [t, m])
        .or_else(|| one_way(b, a).map(|(t, m)| [m, t]))
}

/// How many terms on either side of a negated predicate or a contrast word
/// count as its scope.
const SCOPE: u32 = 6;

/// The terms (a bit set over term indices below 64) from `before` terms ahead
/// of the first set bit of `mask` to `after` terms past its last.
fn window(mask: u64, before: u32, after: u32) -> u64 {
    if mask == 0 {
        return 0;
    }
    let lo = mask.trailing_zeros().saturating_sub(before);
    let hi = (63 - mask.leading_zeros()).saturating_add(after).min(63);
    let upto = if hi == 63 {
        u64::MAX
    } else {
        (1u64 << (hi + 1)) - 1
    };
    upto & !((1u64 << lo) - 1)
}

/// The share of each other's terms two narrations must cover for a
/// negation, antonym or framing between them to count.
const NARRATION_COVER: f32 = 0.3;

/// The least share of one claim's substantive terms the other must cover for
/// a corroboration (unless numbers of one measure agree).
const MIN_CORROBORATING_COVER: f32 = 0.5;

/// The fewest content terms each claim needs for a corroboration.
const MIN_CORROBORATING_TERMS: usize = 3;

/// The fewest specific (not generic) terms a claim needs to confirm another:
/// "the US forces' reduction" names one thing and states nothing.
const MIN_CORROBORATING_SPECIFIC: u32 = 2;

/// How many of a claim's terms are specific (not generic).
fn specific_terms(f: &ClaimFeatures) -> u32 {
    (term_bits(f.terms.len()) & !f.generic_mask).count_ones()
}

/// How many terms before a negated predicate count as its subject.
const SUBJECT: u32 = 3;

/// How many terms on either side of an antonym's word count as its arguments.
const ARGUMENT: u32 = 3;

/// How many distinct keys the terms of `a` in `a_mask` share with the terms of
/// `b` in `b_mask`: a term shared by stem counts once, terms shared through
/// one concept (the words of one phrase) count once together.
fn shared_units(a: &ClaimFeatures, a_mask: u64, b: &ClaimFeatures, b_mask: u64) -> u32 {
    let mut seen = [0u64; 8];
    let mut n = 0u32;
    for i in 0..a.terms.len().min(64) {
        if a_mask & (1 << i) == 0 {
            continue;
        }
        let hit = a.term_keys(i).iter().copied().find(|k| {
            (0..b.terms.len().min(64)).any(|j| b_mask & (1 << j) != 0 && b.term_keys(j).contains(k))
        });
        if let Some(k) = hit {
            if !seen[..(n as usize).min(8)].contains(&k) {
                if (n as usize) < seen.len() {
                    seen[n as usize] = k;
                }
                n += 1;
            }
        }
    }
    n
}

/// Whether the contrast words of two claims (`masks`) bear on one thing: each
/// is asserted (not only wanted: "demands an end to") and a term near one
/// matches a term near the other, within [`ARGUMENT`] terms for an antonym
/// (generic terms left out) and [`SCOPE`] for a framing.
fn contrast_bears(
    a: &ClaimFeatures,
    b: &ClaimFeatures,
    masks: [u64; 2],
    (group, kind): (u32, ContrastKind),
) -> bool {
    let antonym = kind == ContrastKind::Antonym;
    let reach = if antonym { ARGUMENT } else { SCOPE };
    let near = |i: usize, f: &ClaimFeatures| {
        let generic = if antonym { f.generic_mask } else { 0 };
        window(masks[i], reach, reach) & !masks[i] & !generic & !f.wanted_mask
    };
    let asserted = |i: usize, f: &ClaimFeatures| masks[i] & !f.wanted_mask != 0;
    if !(asserted(0, a) && asserted(1, b) && shared_units(a, near(0, a), b, near(1, b)) > 0) {
        return false;
    }
    // A claim that also says the other's word of something else ("raises the
    // price of petrol and keeps diesel unchanged" against "the price of
    // petrol rose"): the contrast bears only when what the other's word is
    // said of stands nearer this claim's word than its echo of the other's.
    // (A word and its negating prefix belong to no group of the lexicons.)
    if !antonym || group == PREFIX_GROUP {
        return true;
    }
    let terms_of = |f: &ClaimFeatures, m: u64| (0..f.terms.len().min(64)).filter(move |&t| m & (1 << t) != 0);
    let about_echo = |f: &ClaimFeatures, i: usize, g: &ClaimFeatures, j: usize| {
        let rest = !masks[i] & term_bits(f.terms.len());
        // This claim's words of another contrast group whose pole the
        // other's word holds too ("raised" for "rose": rise-fall).
        let echoes: Vec<usize> = f
            .poles
            .iter()
            .filter(|p| {
                p.group != group
                    && g.poles
                        .iter()
                        .any(|q| q.group == p.group && q.pole == p.pole && q.term_mask & masks[j] != 0)
            })
            .flat_map(|p| terms_of(f, p.term_mask & rest))
            // (An echo beside the word is part of its own phrase: "أشادت
            // المعارضة", the opposition praised.)
            .filter(|&u| terms_of(f, masks[i]).all(|w| w.abs_diff(u) > ARGUMENT as usize))
            .collect();
        if echoes.is_empty() {
            return false;
        }
        let distance = |u: usize, to: &mut dyn Iterator<Item = usize>| to.map(|p| p.abs_diff(u)).min();
        // Where this claim holds each of those terms: the same word where it
        // has it ("petrol", not "diesel" of one concept), else a word of one
        // concept (across languages).
        let mut held = terms_of(g, near(j, g) & !g.generic_mask)
            .flat_map(|t| {
                let keys = g.term_keys(t);
                let candidates = terms_of(f, rest & !f.generic_mask);
                let same: Vec<usize> = candidates
                    .clone()
                    .filter(|&u| f.term_keys(u).first() == keys.first())
                    .collect();
                if same.is_empty() {
                    candidates
                        .filter(|&u| f.term_keys(u).iter().any(|k| keys.contains(k)))
                        .collect()
                } else {
                    same
                }
            })
            .peekable();
        held.peek().is_some()
            && held.all(|u| {
                let to_echo = distance(u, &mut echoes.iter().copied());
                let to_word = distance(u, &mut terms_of(f, masks[i]));
                matches!((to_echo, to_word), (Some(e), Some(w)) if e < w)
            })
    };
    !(about_echo(a, 0, b, 1) || about_echo(b, 1, a, 0))
}

/// How many terms of `b` cover one of the terms of `a` in `a_mask` (by stem or
/// concept).
fn covering_terms(a: &ClaimFeatures, a_mask: u64, b: &ClaimFeatures) -> u32 {
    (0..b.terms.len().min(64))
        .filter(|&j| {
            let keys = b.term_keys(j);
            (0..a.terms.len().min(64))
                .any(|i| a_mask & (1 << i) != 0 && a.term_keys(i).iter().any(|k| keys.contains(k)))
        })
        .count() as u32
}

/// A claim's polarity with its negating verbs applied: each flips it, except
/// one that is a pole of the contrast in conflict (it counts as the antonym).
fn effective_polarity(f: &ClaimFeatures, contrast: Option<(u32, ContrastKind)>) -> Polarity {
    let pole_flips = f
        .pole_flips
        .iter()
        .filter(|&&g| contrast.is_none_or(|(c, _)| c != g))
        .count();
    if (f.flips as usize + pole_flips) % 2 == 1 {
        f.polarity.flip()
    } else {
        f.polarity
    }
}

/// Whether a claim's only negation stands aside from what the other claim
/// shares with it: the claim is negated by the extraction's negator alone,
/// none of the substantive terms of the negation's scope (the negated
/// predicate and the terms after it in its clause) is among `shared` (the
/// claim's terms the other covers), and at least [`MIN_SHARED`] substantive terms are shared outside
/// it ("every camp received rations, and no family will be left without
/// shelter" against "the camps have not received rations").
fn side_negation(f: &ClaimFeatures, shared: u64) -> bool {
    // One negator, or one negating verb ("would ask for the results to be
    // cancelled").
    // (A negating verb that is a pole, "نفت", counts as one too: "two
    // patients died, while the hospital denied this account".)
    let one = match (f.polarity, f.flips, f.pole_flips.len()) {
        (Polarity::Negated, 0, 0) | (Polarity::Affirmed, 1, 0) => true,
        (Polarity::Affirmed, 0, 1) => f.clause_term.is_some_and(|c| c > 0),
        _ => false,
    };
    if !one {
        return false;
    }
    let Some(t) = f.negated_term.filter(|&t| t < 64) else {
        return false;
    };
    let end = f
        .clause_end
        .map_or(f.terms.len(), |e| (e as usize).max(t as usize + 1));
    let scope = window(1 << t, 0, SCOPE) & term_bits(f.terms.len().min(end));
    let substantive = !f.generic_mask & term_bits(f.terms.len());
    scope & shared & substantive == 0 && (shared & substantive & !scope).count_ones() >= MIN_SHARED
}

/// The terms of `a` (as a bit set) that `b` covers by stem or concept.
fn covered(a: &ClaimFeatures, b: &ClaimFeatures) -> u64 {
    let mut mask = 0u64;
    for i in 0..a.terms.len().min(64) {
        if a.term_keys(i).iter().any(|&k| b.has_key(k)) {
            mask |= 1 << i;
        }
    }
    mask
}

/// Whether the claims are about different periods: different years, or
/// different months of one year.
///
/// A claim dated to a year (and month) against an undated one counts as
/// different periods too: the dated one is most often background ("the bank
/// had raised rates in March 2024"), the undated one the news of the day.
fn different_periods(a: &ClaimFeatures, b: &ClaimFeatures) -> bool {
    // A state that began at one claim's time and runs on ("closed since
    // 2022") is of the other's time too, when that is not earlier.
    let runs_into = |x: &ClaimFeatures, y: &ClaimFeatures| {
        x.since
            && match (x.year, y.year) {
                (Some(start), year) => year.is_none_or(|year| year >= start),
                (None, year) => x.counted.is_some() && year.is_none(),
            }
    };
    if runs_into(a, b) || runs_into(b, a) {
        return false;
    }
    // "Last year" against "next year" or an undated claim, with no date to
    // tell the years.
    if a.year.is_none() && b.year.is_none() {
        match (a.counted, b.counted) {
            (Some(x), Some(y)) => return x != y,
            (Some(_), None) | (None, Some(_)) => return !(a.sentence && b.sentence),
            (None, None) => {}
        }
    }
    match (a.year, b.year) {
        (Some(ya), Some(yb)) if ya != yb => true,
        (Some(_), Some(_)) => matches!((a.month, b.month), (Some(ma), Some(mb)) if ma != mb),
        // A year named by one claim of an article only sets it apart; two
        // bare sentences given as one pair are about one event.
        (Some(_), None) | (None, Some(_)) => !(a.sentence && b.sentence),
        (None, None) => false,
    }
}

/// Why two claims are of different periods: a count before and after it
/// rose, or their dates.
fn periods(a: &ClaimFeatures, b: &ClaimFeatures, cmp: &Comparison) -> String {
    match cmp.update {
        Some((i, j)) => {
            let (qa, qb) = (&a.quantities[i], &b.quantities[j]);
            let (earlier, newer) = if qa.value < qb.value { (qa, qb) } else { (qb, qa) };
            format!(
                "an earlier figure of a count that rose since ({} vs risen to {})",
                describe(earlier),
                describe(newer)
            )
        }
        None => format!("different periods ({} vs {})", period(a), period(b)),
    }
}

fn period(f: &ClaimFeatures) -> String {
    match (f.year, f.month, f.counted) {
        (Some(y), Some(m), _) => format!("{y:04}-{m:02}"),
        (Some(y), None, _) => format!("{y:04}"),
        (None, _, Some((unit, step))) => {
            let unit = match unit {
                PeriodUnit::Week => "week",
                PeriodUnit::Month => "month",
                PeriodUnit::Year => "year",
            };
            // (The shifts the time lexicon knows: past, current, next.)
            match step {
                ..0 => format!("last {unit}"),
                0 => format!("this {unit}"),
                _ => format!("next {unit}"),
            }
        }
        _ => "unknown".into(),
    }
}

/// Whether two quantities measure the same thing: same kind (percent or not),
/// the same unit, no two different places, qualifiers or periods of a rate
/// ("6,500 containers a day" against "a week"). Unless the claims overlap
/// almost wholly, one must hold nothing the other lacks: "900 troops
/// in Syria" and "2500 troops in Iraq" each name a place the other does not,
/// "the coalition has 3000 troops" and "the US has 2500 troops" each an owner.
/// With neither unit known, the claims must also mostly overlap. Long claims
/// pass instead when the words around the two numbers agree (`local`: the
/// substantive terms the two contexts share): "floods have killed 41 people in
/// Sindh" and "63 people had been killed in floods in the province" count one
/// thing, "41 people were injured in Karachi" another.
fn same_measure(qa: &Quantity, qb: &Quantity, overlap: f32, one_covered: bool, local: u32) -> bool {
    // A time of day is when something happened: one word of the event
    // around both ("closed", "اعترض" against "boarded") makes it one time.
    if qa.is_time_of_day() || qb.is_time_of_day() {
        return qa.is_time_of_day() && qb.is_time_of_day() && (one_covered || overlap >= 0.8 || local >= 1);
    }
    let differ = |x: &Option<String>, y: &Option<String>| matches!((x, y), (Some(x), Some(y)) if x != y);
    if qa.percent != qb.percent
        || differ(&qa.place, &qb.place)
        || differ(&qa.qualifier, &qb.qualifier)
        || differ(&qa.per, &qb.per)
    {
        return false;
    }
    match (&qa.unit, &qb.unit) {
        (Some(ua), Some(ub)) => ua == ub && (one_covered || overlap >= 0.8 || local >= LOCAL_MEASURE),
        (None, None) => (overlap >= 0.6 && one_covered) || local >= LOCAL_MEASURE,
        _ => local > LOCAL_MEASURE,
    }
}

/// How many substantive terms the contexts of two numbers of one unit must
/// share for them to count one thing (one more when a unit is unknown: the
/// counted noun is then among the shared terms).
const LOCAL_MEASURE: u32 = 2;

/// Whether two claims each name one rate of the lexicons (`rates`: turnout,
/// inflation, ...), the same, and one percentage: their percentages are then
/// two values of that rate.
fn one_rate(a: &ClaimFeatures, b: &ClaimFeatures) -> bool {
    let lex = a.lexicon();
    let rate = |f: &ClaimFeatures| {
        let mut rates = f.concepts.iter().copied().filter(|&c| lex.is_rate(c));
        let percents = f.quantities.iter().filter(|q| q.percent).count();
        match (rates.next(), rates.next(), percents) {
            (Some(r), None, 1) => Some(r),
            _ => None,
        }
    };
    matches!((rate(a), rate(b)), (Some(x), Some(y)) if x == y)
}

/// Whether two values of one measure can both hold, hedges and bounds allowed.
fn compatible(qa: &Quantity, qb: &Quantity) -> bool {
    if qa.is_time_of_day() && qb.is_time_of_day() {
        return same_time_of_day(qa, qb);
    }
    let slack = |q: &Quantity| if q.approx { HEDGED_SLACK } else { EXACT_SLACK };
    let tol = slack(qa).max(slack(qb));
    let (x, y) = (qa.value, qb.value);
    let near = |x: f64, y: f64| (x - y).abs() <= tol * x.abs().max(y.abs());
    match (qa.bound, qb.bound) {
        // Two plain figures agree when equal, or when the rounder one is the
        // other rounded ("3,800" for 3,860): they differ by less than its
        // last written digit; "3,810" and "3,860" are two counts.
        (Bound::Exact, Bound::Exact) if !qa.approx && !qb.approx => {
            let step = granularity(x).max(granularity(y));
            (x - y).abs() < step * 0.999 && near(x, y)
        }
        (Bound::Exact, Bound::Exact) => near(x, y),
        // A bound is a hedge of its own: the slack past it is the figure's
        // against it ("no more than 385,000" against "410,000" conflict,
        // against "about 400,000" they may agree).
        (Bound::AtLeast, Bound::Exact) => y >= x * (1.0 - slack(qb)),
        (Bound::Exact, Bound::AtLeast) => x >= y * (1.0 - slack(qa)),
        (Bound::AtMost, Bound::Exact) => y <= x * (1.0 + slack(qb)),
        (Bound::Exact, Bound::AtMost) => x <= y * (1.0 + slack(qa)),
        (Bound::AtLeast, Bound::AtMost) => x <= y * (1.0 + EXACT_SLACK),
        (Bound::AtMost, Bound::AtLeast) => y <= x * (1.0 + EXACT_SLACK),
        _ => true,
    }
}

/// How far apart, as a share of the larger, two figures of one measure may be
/// and agree: hedged ("about 2,500") and plain.
const HEDGED_SLACK: f64 = 0.1;
const EXACT_SLACK: f64 = 0.02;

/// The ids of two concrete things (concepts the lexicons list as `things`:
/// facilities, installations, goods) when each claim names one the other does
/// not ("the hospital" against "the school", "المستشفى" against "the
/// airport"): a thing named by its fullest term ("power station") that the
/// other claim does not even mention ("the station" mentions the power
/// station's "station"; "the ports authority" mentions no port). This needs
/// no word order, so it holds across languages. The judge leaves it aside
/// when the claims' numbers measure one thing (the flow "at the gauging
/// station" against the flow "from the dam").
fn different_things(a: &ClaimFeatures, b: &ClaimFeatures) -> Option<(String, String)> {
    let lex = a.lexicon();
    let only = |f: &ClaimFeatures, g: &ClaimFeatures| {
        f.things
            .iter()
            .copied()
            .find(|&c| g.thing_mentions.binary_search(&c).is_err())
    };
    let (x, y) = (only(a, b)?, only(b, a)?);
    Some((lex.concept_id(x).to_string(), lex.concept_id(y).to_string()))
}

/// The names of two places of one kind that two claims name, when they name
/// places of that kind and none in common (by term key or, across scripts, by
/// consonant skeleton).
fn different_places(a: &ClaimFeatures, b: &ClaimFeatures) -> Option<(String, String)> {
    // Cities and regions of the gazetteer (countries are as often actors
    // as places: "Jordan says" against "Syria says").
    if let Some((x, y)) = a.other_places(b, &[PlaceLevel::City, PlaceLevel::Region]) {
        let name = |p: u32| a.lexicon().place_id(p).to_string();
        return Some((name(x), name(y)));
    }
    for level in 0..3 {
        let (pa, pb) = (&a.places, &b.places);
        let (Some(x), Some(y)) = (
            pa.iter().find(|p| p.level == level),
            pb.iter().find(|p| p.level == level),
        ) else {
            continue;
        };
        // A name the other claim holds anywhere ("Mosul" beside "the city
        // of Mosul"), or one spelled in the other script, is in common.
        let named = |f: &ClaimFeatures, p: &NamedPlace, g: &ClaimFeatures| {
            g.has_key(f.term_keys(p.term as usize)[0])
                || g.places
                    .iter()
                    .any(|q| p.skeleton != 0 && p.skeleton == q.skeleton)
        };
        let same = pa.iter().filter(|p| p.level == level).any(|p| named(a, p, b))
            || pb.iter().filter(|q| q.level == level).any(|q| named(b, q, a));
        if !same {
            return Some((
                a.terms[x.term as usize].text.to_string(),
                b.terms[y.term as usize].text.to_string(),
            ));
        }
    }
    None
}

/// Two claims alike but for one thing put in another's place: each holds one
/// run of specific terms the other lacks (at most [`SUBSTITUTE`] terms), and
/// the terms right before and right after the two runs are one term in both
/// ("will close the hospital in Karrada" against "will not close the school
/// in Karrada"). They speak of different things. Words that carry the claims'
/// modality are no substitution: a swap between claims of different modality
/// ("starts" against "intends") is left alone, and so is a swap across
/// languages unless both runs name a concept of the lexicons. Returns the two
/// runs' first words.
fn substitution(a: &ClaimFeatures, b: &ClaimFeatures, matched: [u64; 2]) -> Option<(String, String)> {
    if a.modality != b.modality {
        return None;
    }
    let gap = |f: &ClaimFeatures, m: u64| -> Option<(usize, usize)> {
        let n = f.terms.len().min(64);
        let open = term_bits(n) & !m & !f.generic_mask;
        if open == 0 {
            return None;
        }
        let lo = open.trailing_zeros() as usize;
        let hi = 63 - open.leading_zeros() as usize;
        let run = term_bits(hi + 1) & !term_bits(lo);
        (run & m == 0 && hi - lo < SUBSTITUTE).then_some((lo, hi))
    };
    let (ga, gb) = (gap(a, matched[0])?, gap(b, matched[1])?);
    // A run holding a negated predicate is the claims' predicate told two
    // ways ("do not include" against "advanced talks on"), not a swapped
    // argument: the negation rules judge it.
    let predicate = |f: &ClaimFeatures, (lo, hi): (usize, usize)| {
        f.negated_term.is_some_and(|t| (lo..=hi).contains(&(t as usize)))
    };
    if predicate(a, ga) || predicate(b, gb) {
        return None;
    }
    // Two figures in words ("two" against "six") are two values of one
    // measure, not two things: the numbers judge them.
    let figures = |f: &ClaimFeatures, (lo, hi): (usize, usize)| {
        let run = term_bits(hi + 1) & !term_bits(lo);
        run & !f.figure_terms == 0
    };
    if figures(a, ga) && figures(b, gb) {
        return None;
    }
    // Across languages a word the other claim lacks is most often a word the
    // lexicons do not translate ("transport" against "النقل"): a swap counts
    // only between runs that each name a concept.
    let understood = |f: &ClaimFeatures, (lo, hi): (usize, usize)| {
        (lo..=hi).any(|i| {
            let keys = f.term_keys(i);
            f.concepts
                .iter()
                .any(|&c| keys.contains(&f.lexicon().concept_key(c)))
        })
    };
    if a.lang != b.lang && !(understood(a, ga) && understood(b, gb)) {
        return None;
    }
    let one = |x: Option<usize>, y: Option<usize>| match (x, y) {
        (Some(i), Some(j)) => a.term_keys(i).iter().any(|k| b.term_keys(j).contains(k)),
        _ => false,
    };
    // The anchors are the nearest specific terms: generic ones ("حي",
    // "العام") are skipped.
    let specific = |f: &ClaimFeatures, i: usize| f.generic_mask & (1 << i) == 0;
    let next = |f: &ClaimFeatures, hi: usize| (hi + 1..f.terms.len().min(64)).find(|&i| specific(f, i));
    let prev = |f: &ClaimFeatures, lo: usize| (0..lo).rev().find(|&i| specific(f, i));
    let before = one(prev(a, ga.0), prev(b, gb.0));
    let after = one(next(a, ga.1), next(b, gb.1));
    let edges = (prev(a, ga.0).is_none() && prev(b, gb.0).is_none()) || before;
    (edges && after || before && next(a, ga.1).is_none() && next(b, gb.1).is_none())
        .then(|| (a.terms[ga.0].text.to_string(), b.terms[gb.0].text.to_string()))
}

/// The most terms a substituted run may hold.
const SUBSTITUTE: usize = 3;

/// The counted nouns of two claims whose every pair of numbers counts
/// different things ("1,450 workers" against "1,450 tourists"), when both
/// hold numbers of things and each names what they count. A length of time
/// ("since two weeks") or a time of day counts no thing.
fn different_counts(a: &ClaimFeatures, b: &ClaimFeatures) -> Option<(String, String)> {
    let (x, y) = (things(a).next()?, things(b).next()?);
    let all = things(a).all(|i| things(b).all(|j| counts_differ(a, i, b, j)));
    let noun = |f: &ClaimFeatures, k: usize| {
        let t = *f.quantity_counted.get(k)?;
        f.terms.get(t as usize).map(|t| t.text.to_string())
    };
    if all {
        Some((noun(a, x)?, noun(b, y)?))
    } else {
        None
    }
}

/// The indices of a claim's quantities that count things: not lengths of time
/// nor times of day.
fn things(f: &ClaimFeatures) -> impl Iterator<Item = usize> + '_ {
    let lex = f.lexicon();
    (0..f.quantities.len()).filter(move |&k| {
        let q = &f.quantities[k];
        !q.is_time_of_day() && !q.unit.as_deref().is_some_and(|u| lex.is_span_unit(u))
    })
}

/// Whether two numbers each count a noun (the word after them) that the other
/// claim does not hold: "350 flights" and "150 tourists" count two things. Two
/// different nouns that both claims hold are two counts as well: "180
/// observers deployed in the centres" and "observers barred from 9 centres",
/// unless their figures agree.
fn counts_differ(a: &ClaimFeatures, i: usize, b: &ClaimFeatures, j: usize) -> bool {
    // One known unit says what both count, in any wording or language
    // ("500 متر مكعب", "500 cubic metres").
    fn unit(f: &ClaimFeatures, k: usize) -> Option<&str> {
        f.quantities.get(k)?.unit.as_deref()
    }
    if unit(a, i).is_some() && unit(a, i) == unit(b, j) {
        return false;
    }
    let counted = |f: &ClaimFeatures, k: usize| f.quantity_counted.get(k).copied().filter(|&t| t != u8::MAX);
    let (Some(x), Some(y)) = (counted(a, i), counted(b, j)) else {
        return false;
    };
    let held =
        |f: &ClaimFeatures, t: u8, g: &ClaimFeatures| f.term_keys(t as usize).iter().any(|&k| g.has_key(k));
    let (hx, hy) = (held(a, x, b), held(b, y, a));
    // The word itself (its stem, the first key), not a concept of it: "14
    // bodies" and "killed 14 workers" count the same dead.
    let word = |f: &ClaimFeatures, t: u8| f.term_keys(t as usize).first().copied();
    let literally = |f: &ClaimFeatures, t: u8, g: &ClaimFeatures| word(f, t).is_some_and(|k| g.has_key(k));
    let both_literal = literally(a, x, b) && literally(b, y, a);
    // (Two equal figures are taken to count one thing: "three cases among the
    // injured are critical" and "three of the injured are in critical
    // condition".)
    !hx && !hy || both_literal && word(a, x) != word(b, y) && !compatible(&a.quantities[i], &b.quantities[j])
}

/// Whether two times of day can be one time: within [`CLOCK_SLACK`] minutes
/// of each other around the clock ("11:55 p.m." and "00:05"), twice that when
/// either is hedged ("about 2 a.m."), or on the side a bound allows ("before
/// midnight" and "11 p.m.").
fn same_time_of_day(qa: &Quantity, qb: &Quantity) -> bool {
    const DAY: f64 = 1440.0;
    let slack = if qa.approx || qb.approx {
        2.0 * CLOCK_SLACK
    } else {
        CLOCK_SLACK
    };
    // How far b is after a, between half a day before and half a day after.
    let mut d = (qb.value - qa.value).rem_euclid(DAY);
    if d > DAY / 2.0 {
        d -= DAY;
    }
    match (qa.bound, qb.bound) {
        (Bound::Exact, Bound::Exact) => d.abs() <= slack,
        (Bound::AtLeast, Bound::Exact) | (Bound::Exact, Bound::AtMost) | (Bound::AtLeast, Bound::AtMost) => {
            d >= -slack
        }
        (Bound::AtMost, Bound::Exact) | (Bound::Exact, Bound::AtLeast) | (Bound::AtMost, Bound::AtLeast) => {
            d <= slack
        }
        _ => true,
    }
}

/// How many minutes two plain times of day may differ and be one time.
const CLOCK_SLACK: f64 = 30.0;

/// Whether two compatible figures agree only because one is a bound far from
/// the other: more than twice apart.
fn loose(qa: &Quantity, qb: &Quantity) -> bool {
    let bound = qa.bound != Bound::Exact || qb.bound != Bound::Exact;
    let (lo, hi) = (
        qa.value.abs().min(qb.value.abs()),
        qa.value.abs().max(qb.value.abs()),
    );
    bound && hi > 2.0 * lo
}

/// Whether a quantity is a small whole count (under ten, not a percentage).
fn small(q: &Quantity) -> bool {
    !q.percent && q.value.fract() == 0.0 && q.value.abs() < 10.0
}

/// The place value of a figure's last significant digit: 100 for 2500, 1 for
/// 14, 0.1 for 13.9 (at most three decimals, at least 1e-3).
fn granularity(v: f64) -> f64 {
    let v = v.abs();
    if v.fract() != 0.0 {
        let mut step = 0.1;
        while step > 1e-3 && ((v / step).round() * step - v).abs() > step * 1e-6 {
            step /= 10.0;
        }
        return step;
    }
    let mut step = 1.0;
    while v >= step * 10.0 && (v / (step * 10.0)).fract() == 0.0 {
        step *= 10.0;
    }
    step
}

/// The term quantity `k` of a claim counts (its unit's word), as a bit set.
fn counted_bit(f: &ClaimFeatures, k: usize) -> u64 {
    match f.quantity_counted.get(k) {
        Some(&t) if t < 64 => 1 << t,
        _ => 0,
    }
}

/// The terms that name what quantity `k` of a claim measures: its unit's word,
/// or the words of a time of day ("السادسة من صباح").
fn measure_bits(f: &ClaimFeatures, k: usize) -> u64 {
    counted_bit(f, k) | f.quantity_when.get(k).copied().unwrap_or(0)
}

/// Two quantities (index in a, index in b) of one measure, and whether their
/// figures agree.
type NumericPair = (usize, usize, bool);

/// The first pair of quantities measuring one thing: (index in a, index in b,
/// compatible). A compatible pair wins over a conflicting one. Beside it, the
/// first pair of a count's newer figure and a smaller one of it ("rose to 96",
/// "37"), which neither agree nor conflict.
fn numeric(
    a: &ClaimFeatures,
    b: &ClaimFeatures,
    overlap: f32,
    one_covered: bool,
) -> (Option<NumericPair>, Option<(usize, usize)>) {
    // Numbers given for different countries ("turnout in Gabon was 58
    // percent", "turnout in Cameroon was about 41 percent"; "900 troops in
    // Syria", "2,500 troops in Iraq") measure two things.
    if a.other_places(b, &[PlaceLevel::Country]).is_some() {
        return (None, None);
    }
    let mut conflict = None;
    let mut update = None;
    let mut small_agree = false;
    let one_rate = one_rate(a, b);
    let days_apart = other_days(a, b).is_some();
    let lex = a.lexicon();
    // Whether quantity `k` is in a bit set of quantities.
    let set = |mask: u64, k: usize| k < 64 && mask & (1 << k) != 0;
    for (i, qa) in a.quantities.iter().enumerate() {
        for (j, qb) in b.quantities.iter().enumerate() {
            // Two units of one dimension ("15 minutes", "an hour") are
            // compared in its base unit.
            let scaled = match (&qa.unit, &qb.unit) {
                (Some(x), Some(y)) => lex.common_scale(x, y),
                _ => None,
            };
            let (qa, qb) = match scaled {
                Some((base, sa, sb)) => {
                    let rescale = |q: &Quantity, size: f64| Quantity {
                        value: q.value * size,
                        unit: Some(base.to_string()),
                        ..q.clone()
                    };
                    (Cow::Owned(rescale(qa, sa)), Cow::Owned(rescale(qb, sb)))
                }
                None => (Cow::Borrowed(qa), Cow::Borrowed(qb)),
            };
            let (qa, qb) = (qa.as_ref(), qb.as_ref());
            let context = |f: &ClaimFeatures, k: usize| {
                f.quantity_context.get(k).copied().unwrap_or(0) & !f.generic_mask
            };
            let (ctx_a, ctx_b) = (context(a, i), context(b, j));
            let mut local = shared_units(a, ctx_a, b, ctx_b);
            // One unit in both: whether it counts discrete things.
            let one_unit = match (&qa.unit, &qb.unit) {
                (Some(x), Some(y)) if x == y => Some(lex.is_counted_unit(x)),
                _ => None,
            };
            // One unit of measure named in both, in words that do not match
            // ("دقيقة", "دقائق"), is one shared word all the same; so are two
            // units of one dimension ("12 minutes", "about an hour").
            let unspelt = one_unit == Some(false)
                && counted_bit(a, i) != 0
                && counted_bit(b, j) != 0
                && shared_units(a, counted_bit(a, i), b, counted_bit(b, j)) == 0;
            if unspelt {
                local += 1;
            }
            // Two counts of one toll ("توفي منها شخصان", "توفي ستة مرضى"):
            // one shared word, most often the fate's, ties them.
            let one_toll = one_unit.is_some()
                && qa.per.is_none()
                && qb.per.is_none()
                && qa.unit.as_deref().is_some_and(|u| lex.is_toll_unit(u));
            if one_toll && local >= 1 {
                local = local.max(LOCAL_MEASURE);
            }
            // The contexts must also mostly agree: "food prices rose 6%" and
            // "bread prices rose 25%" share two words but count two things.
            // Two counts of one unit of discrete things ("9 people killed",
            // "12 dead") need not: the rest of a context is most often how
            // and when ("at 6:40 on Friday"), not another thing counted.
            let union = (ctx_a.count_ones() + ctx_b.count_ones()).saturating_sub(local);
            let counted_unit = one_unit == Some(true);
            // Things counted per period and things counted at a time are two
            // measures: "900 trucks a day" cross, "400 trucks" wait; so are
            // supplies used per period and supplies at a time ("5,000 litres a
            // day" are used, "40,000 litres" arrived). (A sum of money may be
            // a wage given with its period or without it.)
            let per_apart = counted_unit || qa.unit.as_deref().is_some_and(|u| lex.is_supply_unit(u));
            if per_apart && qa.per.is_some() != qb.per.is_some() {
                continue;
            }
            let counted_unit = counted_unit && qa.per.is_none();
            if 5 * local < union && !counted_unit {
                local = local.min(1);
            }
            // A part of a whole ("the hospital alone received 20", "two
            // children among the dead") is not the whole another claim
            // counts.
            if set(a.quantity_part, i) != set(b.quantity_part, j) {
                continue;
            }
            // What a place holds or can hold ("the prison holds 1,150
            // inmates") is no count of what happened ("17 inmates fled").
            if set(a.quantity_stock, i) != set(b.quantity_stock, j) {
                continue;
            }
            // Nor is what a place holds what it was built to hold ("holds
            // 2,300 inmates", "designed for 700").
            if set(a.quantity_capacity, i) != set(b.quantity_capacity, j) {
                continue;
            }
            // Nor does a number of a place beside the story's ("18 people
            // died in neighbouring Balochistan") count the story's.
            if set(a.quantity_elsewhere, i) != set(b.quantity_elsewhere, j) {
                continue;
            }
            if one_rate && qa.percent && qb.percent {
                local = local.max(LOCAL_MEASURE);
            }
            // Amounts of events each content sets on its own day of the week
            // ("a shipment of 40,000 litres arrived on Saturday evening",
            // "50,000 litres will arrive on Tuesday") are two events. (A toll
            // runs on from day to day: its figures of two days are one count;
            // and an hour of one event may fall either side of midnight.)
            let toll = qa.unit.as_deref().is_some_and(|u| lex.is_toll_unit(u))
                || qb.unit.as_deref().is_some_and(|u| lex.is_toll_unit(u));
            let hour = qa.is_time_of_day() || qb.is_time_of_day();
            if days_apart && !toll && !hour {
                continue;
            }

            // Two different percentages of one rate ("turnout reached 41
            // percent of ...", "to become 38 percent instead of ...") count
            // no noun: the words after them are no counted things. Two equal
            // ones still need them to agree: equal rates of different things
            // ("core inflation reached 16.8 percent in April", "urban
            // inflation 16.8 percent in May") agree by chance.
            let rate = one_rate && qa.percent && qb.percent && !compatible(qa, qb);
            if !same_measure(qa, qb, overlap, one_covered, local)
                || scaled.is_none() && !rate && counts_differ(a, i, b, j)
            {
                continue;
            }
            if compatible(qa, qb) {
                // Two events at one hour are not one event ("51 degrees at
                // noon", "1,900 megawatts at noon"): an hour agreeing
                // confirms nothing, and it leaves the other numbers to judge.
                if qa.is_time_of_day() {
                    continue;
                }
                // Two small counts agreeing ("two patients", "nine cases")
                // happens by chance: it neither confirms the other claim nor
                // lets another pair of its numbers conflict.
                if small(qa) && small(qb) {
                    small_agree = true;
                    continue;
                }
                // A bound far from the other figure ("dozens of families"
                // against "about 2,000 families") is consistent with it but
                // confirms nothing.
                if loose(qa, qb) {
                    continue;
                }
                return (Some((i, j, true)), None);
            }
            // Two accounts of one count or amount rarely differ more than
            // [`MAX_RATIO`]-fold: figures that far apart ("17 inmates fled",
            // "about 48,000 inmates in the country's prisons") count two
            // things, a part and a whole most often.
            if too_far_apart(qa, qb) {
                continue;
            }
            // A count's newer figure ("the toll rose to 96") and a smaller
            // one of it ("37 cases") are two moments of the count. (A price
            // or a flow that rose to a figure goes up and down: it may have
            // stood above another figure before.) A target ("agreed to raise
            // releases to 500") and a smaller figure now are too, whatever
            // they measure.
            let tally = qa.unit.as_deref().is_none_or(|u| lex.is_counted_unit(u));
            let newer = |f: &ClaimFeatures, k: usize| {
                set(f.quantity_raised, k) && (tally || set(f.quantity_target, k))
            };
            let earlier = match (newer(a, i), newer(b, j)) {
                (true, false) => qb.value < qa.value && !set(b.quantity_raised, j),
                (false, true) => qa.value < qb.value && !set(a.quantity_raised, i),
                _ => false,
            };
            if earlier {
                update.get_or_insert((i, j));
                continue;
            }
            conflict.get_or_insert((i, j, false));
        }
    }
    (if small_agree { None } else { conflict }, update)
}

/// How many times one figure of a measure may exceed another for the two to
/// be conflicting accounts of it rather than counts of two things.
const MAX_RATIO: f64 = 20.0;

/// Whether two figures (not percentages or times of day) are more than
/// [`MAX_RATIO`] times apart.
fn too_far_apart(qa: &Quantity, qb: &Quantity) -> bool {
    let (lo, hi) = (qa.value.min(qb.value), qa.value.max(qb.value));
    !qa.percent && !qb.percent && !qa.is_time_of_day() && lo > 0.0 && hi > MAX_RATIO * lo
}

/// Whether the claims give figures of one unit only more than [`MAX_RATIO`]
/// times apart ("17 inmates fled", "the prisons hold about 48,000 inmates"):
/// the two figures, described.
fn far_apart(a: &ClaimFeatures, b: &ClaimFeatures) -> Option<(String, String)> {
    let mut apart = None;
    for qa in &a.quantities {
        for qb in &b.quantities {
            if qa.unit.is_none() || qa.unit != qb.unit || qa.percent || qb.percent || qa.is_time_of_day() {
                continue;
            }
            if too_far_apart(qa, qb) {
                apart.get_or_insert_with(|| (describe(qa), describe(qb)));
            } else {
                return None;
            }
        }
    }
    apart
}

fn shared_detail(a: &ClaimFeatures, b: &ClaimFeatures, cmp: &Comparison) -> String {
    let mut parts: Vec<String> = Vec::new();
    for &c in &a.concepts {
        if b.concepts.binary_search(&c).is_ok() {
            parts.push(format!("concept {}", a.lexicon().concept_id(c)));
        }
    }
    for (i, t) in a.terms.iter().enumerate().take(64) {
        if cmp.matched[0] & (1 << i) != 0 && b.has_key(a.term_keys(i)[0]) {
            parts.push(format!("{:?}", &*t.text));
        }
    }
    parts.truncate(8);
    if parts.is_empty() {
        "aligned by contrast words only".into()
    } else {
        format!("shared: {}", parts.join(", "))
    }
}

/// The reasons that make a contradiction.
fn evidence(a: &ClaimFeatures, b: &ClaimFeatures, cmp: &Comparison, reasons: &mut Vec<Reason>) {
    if cmp.polarity_differs {
        let negated = |f: &ClaimFeatures, i: usize| {
            !cmp.aside[i] && effective_polarity(f, cmp.contrast) == Polarity::Negated
        };
        let (neg, n) = if negated(a, 0) { (a, 0) } else { (b, 1) };
        // A negation of existence names the thing it denies when the other
        // claim speaks of it.
        let denied = neg
            .existential
            .filter(|&x| cmp.matched[n] & (1 << x) != 0)
            .and_then(|x| neg.terms.get(x as usize))
            .map(|t| format!(", denying that {:?} exists or happened", &*t.text))
            .unwrap_or_default();
        reasons.push(Reason {
            kind: ReasonKind::Negation,
            detail: match &neg.negation {
                Some(n) => format!("{n} in one claim only{denied}"),
                None => "one claim is negated, the other asserted".into(),
            },
        });
    }
    if let Some((PREFIX_GROUP, _)) = cmp.contrast {
        // The word as written, with a prefix written apart ("non binding")
        // put back.
        let word = |f: &ClaimFeatures, m: u64| {
            let t = m.trailing_zeros() as usize;
            let text = f.terms.get(t).map_or("", |t| &*t.text);
            let negated = f.prefix_negated.iter().any(|&(n, _)| n as usize == t);
            if negated && unprefixed(&text.to_lowercase()).is_none() {
                format!("non-{text}")
            } else {
                text.to_string()
            }
        };
        reasons.push(Reason {
            kind: ReasonKind::Antonym,
            detail: format!(
                "{:?} vs {:?} (a word and its negating prefix)",
                word(a, cmp.contrast_masks[0]),
                word(b, cmp.contrast_masks[1])
            ),
        });
    } else if let Some((group, kind)) = cmp.contrast {
        let pa = a.poles.iter().find(|p| p.group == group);
        let pb = b.poles.iter().find(|p| p.group == group);
        if let (Some(pa), Some(pb)) = (pa, pb) {
            let id = &a.lexicon().group(group).id;
            let (reason_kind, detail) = match kind {
                ContrastKind::Antonym => (
                    ReasonKind::Antonym,
                    format!("{:?} vs {:?} ({id})", &*pa.text, &*pb.text),
                ),
                ContrastKind::Framing => {
                    let sign = |p: u8| if p == 0 { "negative" } else { "positive" };
                    (
                        ReasonKind::Framing,
                        format!(
                            "{:?} ({}) vs {:?} ({}) ({id})",
                            &*pa.text,
                            sign(pa.pole),
                            &*pb.text,
                            sign(pb.pole)
                        ),
                    )
                }
            };
            reasons.push(Reason {
                kind: reason_kind,
                detail,
            });
        }
    }
    if let Some((i, j, agree)) = cmp.numeric {
        if !agree {
            reasons.push(numeric_reason(&a.quantities[i], &b.quantities[j], false));
        }
    }
    if a.modality != b.modality {
        reasons.push(modality_reason(a, b));
    }
}

fn describe(q: &Quantity) -> String {
    // A time of day is after or before another, a figure more or less.
    let (above, below) = if q.is_time_of_day() {
        ("after ", "before ")
    } else {
        ("more than ", "less than ")
    };
    let hedge = match (q.bound, q.approx) {
        (Bound::AtLeast, _) => above,
        (Bound::AtMost, _) => below,
        (Bound::Exact, true) => "about ",
        (Bound::Exact, false) => "",
    };
    if q.is_time_of_day() {
        let minutes = q.value as u32;
        return format!("{hedge}{:02}:{:02}", minutes / 60, minutes % 60);
    }
    let unit = q.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
    let pct = if q.percent { "%" } else { "" };
    format!("{hedge}{}{pct}{unit}", q.value)
}

fn numeric_reason(qa: &Quantity, qb: &Quantity, agree: bool) -> Reason {
    let mut why = Vec::new();
    match (&qa.unit, &qb.unit) {
        (Some(u), Some(v)) if u != v => why.push(format!("{u} and {v} measure one span or size")),
        _ if qa.is_time_of_day() => why.push("times of day".to_string()),
        (Some(u), _) => why.push(format!("same unit {u}")),
        (None, _) => why.push("same context, no unit".to_string()),
    }
    if let Some(q) = qa.qualifier.as_ref().or(qb.qualifier.as_ref()) {
        why.push(format!("qualifier {q}"));
    }
    if let Some(p) = qa.place.as_ref().or(qb.place.as_ref()) {
        why.push(format!("place {p}"));
    }
    Reason {
        kind: ReasonKind::Numeric,
        detail: format!(
            "{} vs {} ({}; {})",
            describe(qa),
            describe(qb),
            if agree { "compatible" } else { "incompatible" },
            why.join(", ")
        ),
    }
}

fn modality_reason(a: &ClaimFeatures, b: &ClaimFeatures) -> Reason {
    Reason {
        kind: ReasonKind::Modality,
        detail: format!("{} vs {}", a.modality.as_str(), b.modality.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(a: &str, b: &str) -> Judgement {
        judge_sentences(a, b, &Config::default())
    }

    /// Claim `n` of a one-article text.
    fn nth_claim(id: &str, text: &str, n: usize) -> Claim {
        extract(&Article::new(id, text), &Config::default())
            .claims
            .remove(n)
    }

    /// The judgement of the first claims of two one-sentence articles.
    fn judged_claims(a: &str, b: &str) -> Judgement {
        judge(&nth_claim("a", a, 0), &nth_claim("b", b, 0), &Config::default())
    }

    fn kinds(j: &Judgement) -> Vec<ReasonKind> {
        j.reasons.iter().map(|r| r.kind).collect()
    }

    /// Judges each pair of one-claim articles and asserts the relation and,
    /// when given, a reason of that kind.
    fn expect_claims(pairs: &[(&str, &str)], relation: Relation, reason: Option<ReasonKind>) {
        for &(a, b) in pairs {
            let v = judged_claims(a, b);
            assert_eq!(v.relation, relation, "{a} / {b}: {v:?}");
            if let Some(kind) = reason {
                assert!(kinds(&v).contains(&kind), "{a} / {b}: {v:?}");
            }
        }
    }

    /// Judges each pair of one-claim articles and asserts a contradiction
    /// with a reason of `kind` whose detail holds the pair's third string.
    fn expect_contradiction_saying(pairs: &[(&str, &str, &str)], kind: ReasonKind) {
        for &(a, b, said) in pairs {
            let v = judged_claims(a, b);
            assert_eq!(v.relation, Relation::Contradicts, "{a} / {b}: {v:?}");
            assert!(
                v.reasons
                    .iter()
                    .any(|r| r.kind == kind && r.detail.contains(said)),
                "{a} / {b}: {v:?}"
            );
        }
    }

    /// Judges each pair of one-claim articles and asserts they do not
    /// contradict.
    fn expect_no_contradiction(pairs: &[(&str, &str)]) {
        for &(a, b) in pairs {
            let v = judged_claims(a, b);
            assert_ne!(v.relation, Relation::Contradicts, "{a} / {b}: {v:?}");
        }
    }

    #[test]
    fn a_bare_sentence_is_judged_over_its_speaker_and_cue_too() {
        let config = Config::default();
        let f = sentence_features(
            "الأردن: نقابة المعلمين تؤكد أن الإضراب سيستمر حتى نهاية الأسبوع",
            &config,
        );
        let term = |w: &str| f.terms.iter().position(|t| &*t.text == w);
        // The claim's content starts after the cue; the union before it is
        // still what the sentence is about, and weighs like a generic word.
        let union = term("نقابة").expect("the words before the cue are terms");
        assert_ne!(f.generic_mask & (1 << union), 0);
        let strike = term("الإضراب").expect("the content's words are terms");
        assert_eq!(f.generic_mask & (1 << strike), 0);
        // A denial cue that is a negating word still negates.
        let v = judge_sentences(
            "الوزارة نفت إغلاق المعبر الحدودي",
            "إغلاق المعبر الحدودي اليوم",
            &config,
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
    }

    #[test]
    fn negation_contradicts_in_both_languages() {
        let v = j(
            "The talks include a withdrawal of US troops.",
            "The talks do not include a withdrawal of US troops.",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Negation));
        let v = j(
            "المحادثات تشمل انسحاب القوات الأمريكية",
            "المحادثات لا تشمل انسحاب القوات الأمريكية",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Negation));
    }

    #[test]
    fn concept_equivalence_links_wordings() {
        let v = j(
            "The talks do not include a US withdrawal from Iraq.",
            "A timeline for ending the coalition's military mission in Iraq will be drafted in the talks.",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        let same = v
            .reasons
            .iter()
            .find(|r| r.kind == ReasonKind::SameProposition)
            .unwrap();
        assert!(same.detail.contains("withdrawal"), "{same:?}");
    }

    #[test]
    fn antonyms_contradict_in_both_languages() {
        let v = j("Oil prices rose on Monday.", "Oil prices fell on Monday.");
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Antonym));
        let v = j("ارتفاع أسعار الذهب اليوم", "انخفاض أسعار الذهب اليوم");
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        let r = v.reasons.iter().find(|r| r.kind == ReasonKind::Antonym).unwrap();
        assert!(
            r.detail.contains("ارتفاع") && r.detail.contains("انخفاض"),
            "{r:?}"
        );
    }

    #[test]
    fn levels_ordinals_losses_and_willingness_are_no_poles() {
        // A level is no change ("raise the releases" and "the flows remain
        // low" both hold), an ordinal no rank, a sum lost no fall.
        for (a, b) in [
            (
                "Ankara agreed to raise water releases on the Tigris.",
                "Water releases on the Tigris remain low.",
            ),
            (
                "The first buses reached the checkpoint of the crossing at noon.",
                "The last bus reached the checkpoint of the crossing at night.",
            ),
            (
                "الحد الأدنى لأجور عمال الشركة سيرتفع إلى 6000 جنيه.",
                "سجلت الشركة خسائر في أجور عمال المصانع.",
            ),
        ] {
            let v = j(a, b);
            assert!(!kinds(&v).contains(&ReasonKind::Antonym), "{a} / {b}: {v:?}");
        }
        // Open to talks is willing, not open.
        let v = j(
            "The ministry said the border crossing stays shut.",
            "The ministry said it remained open to talks on the border crossing.",
        );
        assert!(!kinds(&v).contains(&ReasonKind::Antonym), "{v:?}");
        let v = j("Oil prices rose on Monday.", "Oil prices lost ground on Monday.");
        assert!(kinds(&v).contains(&ReasonKind::Antonym), "{v:?}");
    }

    #[test]
    fn framing_contradicts() {
        let v = j(
            "The ministry called the strikes on the border an unjustified aggression.",
            "The army called the strikes on the border necessary and proportionate.",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Framing), "{v:?}");
        let v = j(
            "الضربات على الحدود عدوان غير مبرر",
            "الضربات على الحدود دفاع عن النفس",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Framing), "{v:?}");
    }

    #[test]
    fn paraphrase_corroborates() {
        let v = j(
            "The government announced new talks with the rebels.",
            "New talks with the rebels were announced by the government.",
        );
        assert_eq!(v.relation, Relation::Corroborates, "{v:?}");
        let v = j("إجلاء آلاف المدنيين من المدينة", "آلاف المدنيين يخرجون من المدينة");
        assert_eq!(v.relation, Relation::Corroborates, "{v:?}");
    }

    #[test]
    fn unrelated_topics() {
        let v = j(
            "The central bank raised interest rates.",
            "The football team won the cup final.",
        );
        assert_eq!(v.relation, Relation::Unrelated, "{v:?}");
    }

    #[test]
    fn temporal_scope_blocks_contradiction() {
        let v = j(
            "In 2021 the army did not withdraw from the city.",
            "In 2024 the army withdrew from the city.",
        );
        assert_ne!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Temporal), "{v:?}");
    }

    #[test]
    fn two_nouns_both_claims_hold_are_two_counts_unless_the_figures_agree() {
        let v = judged_claims(
            "قالت المنسقة إن نحو 180 مراقباً من الشبكة انتشروا في مراكز الاقتراع",
            "قالت المنسقة إن مراقبي الشبكة منعوا من دخول تسعة مراكز",
        );
        assert_ne!(v.relation, Relation::Contradicts, "{v:?}");
        let v = judged_claims(
            "قالت الوزارة إن ثلاث حالات بين المصابين ما تزال حرجة وتخضع للعلاج في العناية المركزة",
            "قال المستشفى إن ثلاثة من المصابين يرقدون في العناية المركزة وحالتهم خطرة",
        );
        assert_eq!(v.relation, Relation::Corroborates, "{v:?}");
    }

    #[test]
    fn what_a_speaker_left_unsaid_is_no_denial() {
        expect_claims(
            &[
                (
                    "The company statement said nothing about seepage from the dam into the river.",
                    "Residents said seepage from the dam had turned the river orange.",
                ),
                (
                    "The company statement did not mention the seepage from the dam into the river.",
                    "Residents said seepage from the dam had turned the river orange.",
                ),
                (
                    "قال البيان إن الوزارة لم تتطرق إلى تسرب المياه من السد إلى النهر.",
                    "قال السكان إن تسرب المياه من السد لوث النهر.",
                ),
            ],
            Relation::Unrelated,
            None,
        );
        // A plain denial of the same thing still contradicts.
        let v = judged_claims(
            "The company said no water from the dam had reached the river.",
            "Residents said water from the dam had reached the river.",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
    }

    #[test]
    fn a_state_since_a_year_runs_into_undated_and_later_claims() {
        expect_claims(
            &[
                (
                    "The ministry said the old bridge has been closed to lorries since 2022.",
                    "The mayor said the old bridge is open to lorries.",
                ),
                (
                    "قالت الوزارة إن الجسر القديم مغلق أمام الشاحنات منذ عام 2022.",
                    "قال المحافظ إن الجسر القديم مفتوح أمام الشاحنات.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Antonym),
        );
        // A year alone still sets a claim apart, and so does "since" a year
        // after the other claim's.
        expect_claims(
            &[
                (
                    "The ministry said the old bridge was closed to lorries in 2022.",
                    "The mayor said the old bridge is open to lorries.",
                ),
                (
                    "The ministry said the old bridge has been closed to lorries since 2022.",
                    "The mayor said the old bridge was open to lorries in 2019.",
                ),
            ],
            Relation::Unrelated,
            Some(ReasonKind::Temporal),
        );
    }

    #[test]
    fn a_negated_attitude_or_state_of_knowledge_is_no_denial() {
        expect_claims(
            &[
                (
                    "The mayor said his list does not fear a recount of the ballots in the eastern district.",
                    "The election committee said a recount of the ballots in the eastern district will be held on Thursday.",
                ),
                (
                    "قال المحافظ إن قائمته لا تخشى إعادة فرز الأصوات في الحي الشرقي.",
                    "قالت اللجنة إن إعادة فرز الأصوات في الحي الشرقي ستجري يوم الخميس.",
                ),
                (
                    "قال المدير إنه لم يُعرف بعد إن كانت حالات الإسهال في البلدة مرتبطة بتلوث المياه.",
                    "قال الأطباء إن حالات الإسهال في البلدة مرتبطة بتلوث المياه.",
                ),
            ],
            Relation::Unrelated,
            None,
        );
        // Needing a recount is no attitude: saying there is no need denies it.
        let v = judged_claims(
            "قال رئيس اللجنة إنه لا حاجة إلى إعادة فرز الأصوات في الحي الشرقي.",
            "قالت اللجنة إن إعادة فرز الأصوات في الحي الشرقي ستجري يوم الخميس.",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
    }

    #[test]
    fn a_word_and_its_negating_prefix_are_antonyms() {
        expect_contradiction_saying(
            &[
                (
                    "The ministry said the official casualty figures were accurate.",
                    "The opposition said the official casualty figures were inaccurate.",
                    "\"accurate\" vs \"inaccurate\"",
                ),
                (
                    "The council said the agreement was binding on both sides.",
                    "The rebels said the agreement was non-binding on both sides.",
                    "\"binding\" vs \"non-binding\"",
                ),
            ],
            ReasonKind::Antonym,
        );
        // Both negated, or a word that only looks negated, is no contrast.
        let v = judged_claims(
            "The ministry said the official casualty figures were inaccurate.",
            "The opposition said the official casualty figures were inaccurate.",
        );
        assert_eq!(v.relation, Relation::Corroborates, "{v:?}");
        let v = judged_claims(
            "The mayor said immigrants had been housed in the old school.",
            "The charity said migrants had been housed in the old school.",
        );
        assert!(!kinds(&v).contains(&ReasonKind::Antonym), "{v:?}");
        assert_eq!(features::unprefixed("install"), None);
        assert_eq!(features::unprefixed("illegal"), Some("legal"));
    }

    #[test]
    fn what_a_number_counts_ends_with_its_clause() {
        // The word after "29 percent," is no counted noun: the two turnouts
        // are one measure in both languages.
        expect_claims(
            &[
                (
                    "قالت اللجنة إن نسبة المشاركة بلغت 41 في المئة من أصل نحو 142 ألف ناخب مسجل.",
                    "وقالت الشبكة إن نسبة المشاركة الفعلية لم تتجاوز 29 في المئة، مشككة في الرقم الذي أعلنته اللجنة.",
                ),
                (
                    "The commission said turnout reached 41 percent of some 142,000 registered voters.",
                    "The observers said actual turnout did not exceed 29 percent, doubting the figure the commission announced.",
                ),
                // Two percentages of one rate count no noun, whatever words
                // follow them in their clauses.
                (
                    "قالت اللجنة إن نسبة المشاركة بلغت 41 في المئة من أصل نحو 142 ألف ناخب مسجل.",
                    "قالت اللجنة إنها أعادت احتساب نسبة المشاركة لتصبح 38 في المئة بدلا من الرقم المعلن سابقا.",
                ),
                (
                    "The commission said turnout reached 41 percent of some 142,000 registered voters.",
                    "The commission said it recalculated turnout to 38 percent instead of the figure announced earlier.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
    }

    #[test]
    fn the_words_of_a_number_stop_at_the_next_number() {
        // The cost's words after the time it takes are no words of the time:
        // the two times are one measure in both languages.
        expect_claims(
            &[
                (
                    "قال الوزير إن الشركة ستعيد بناء الجناح المتضرر خلال أربعة أشهر بكلفة إجمالية تقدر بتسعة ملايين دولار تدفعها الحكومة المركزية.",
                    "قال المهندس إن ترميم الجناح سيستغرق أربعة عشر شهرا.",
                ),
                (
                    "The minister said the firm will rebuild the damaged wing within four months at nine million dollars of public money paid by the central government.",
                    "The engineer said rebuilding the wing will take fourteen months.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
    }

    #[test]
    fn a_length_of_time_counts_no_thing() {
        // "For two weeks" is how long no shipment came, not a count of
        // something other than the tankers.
        expect_claims(
            &[
                (
                    "قال المسؤول إنه لم تصل أي شحنة وقود إلى محطات الكهرباء منذ أسبوعين.",
                    "قال المتحدث إن ثلاث ناقلات وقود أفرغت شحنتها في محطات الكهرباء يوم الأحد.",
                ),
                (
                    "The official said no fuel shipment has reached the power stations for two weeks.",
                    "The spokesman said three tankers unloaded their fuel shipment at the power stations on Sunday.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn two_units_of_time_name_one_span() {
        // Minutes and an hour measure one span, as one unit in two spellings
        // does: the unit is one shared word of the two contexts.
        expect_claims(
            &[
                (
                    "قال الدفاع المدني إن سيارات الإطفاء وصلت خلال 12 دقيقة من تلقي البلاغ.",
                    "قال شهود إن سيارات الإطفاء لم تصل إلا بعد نحو ساعة من اندلاع النيران في المستودع القديم.",
                ),
                (
                    "The civil defence said fire engines arrived within 12 minutes of the call.",
                    "Witnesses said fire engines only came about an hour after flames broke out in the old depot.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
    }

    #[test]
    fn numbers_of_a_neighbouring_place_count_another_place() {
        expect_claims(
            &[
                (
                    "قالت اللجنة إنه في بلدة البيدر المجاورة، التي اقترع ناخبوها في اليوم نفسه، بلغت نسبة المشاركة 52 في المئة.",
                    "قالت الشبكة إن نسبة المشاركة الفعلية لم تتجاوز 29 في المئة.",
                ),
                (
                    "The agency said that in the neighbouring town of Baidar, which voted on the same day, turnout reached 52 percent.",
                    "The observers said actual turnout did not exceed 29 percent.",
                ),
            ],
            Relation::Unrelated,
            None,
        );
        // A claim whose opening clause is set there is all of that place.
        expect_claims(
            &[(
                "قالت الصحيفة إنه في المغرب المجاور، ارتفع سعر البنزين بنسبة 7 في المئة.",
                "قالت الوزارة إن سعر البنزين ارتفع بنسبة 4 في المئة.",
            )],
            Relation::Unrelated,
            Some(ReasonKind::Place),
        );
        // A number before the neighbouring place's clause is the story's.
        expect_claims(
            &[(
                "The agency said about 12,000 houses had been damaged in Sindh, while 18 people had died in neighbouring Balochistan.",
                "The provincial government said more than 30,000 houses had been damaged in Sindh.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
    }

    #[test]
    fn a_measure_ends_with_its_clause_and_one_unit_is_one_word() {
        // What follows the comma ("and it happened while switching
        // generators") is not what ten minutes measure; "دقيقة" and "دقائق"
        // name one unit.
        expect_claims(
            &[
                (
                    "قال النقيب إن انقطاع الكهرباء في المستشفى استمر نحو 40 دقيقة كاملة.",
                    "وقال نائب المدير إن الانقطاع لم يتجاوز عشر دقائق، وحدث أثناء التحويل من مولد إلى آخر في ساعة متأخرة من الليل.",
                ),
                (
                    "The union said the power cut at the hospital lasted about 40 minutes.",
                    "The deputy director said the cut lasted under ten minutes, and it happened while technicians moved the wards from one generator to another late at night.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
    }

    #[test]
    fn spans_in_units_next_in_size_are_one_measure() {
        // "Within 12 minutes" against "about an hour": minutes and hours
        // measure one span, a span named without a number included.
        expect_contradiction_saying(
            &[
                (
                    "قال الدفاع المدني إن سيارات الإطفاء وصلت إلى موقع الحريق خلال 12 دقيقة من تلقي البلاغ.",
                    "وقال شهود إن سيارات الإطفاء وصلت إلى موقع الحريق بعد أكثر من ساعة من تلقي البلاغ.",
                    "minutes and hours measure one span",
                ),
                (
                    "The fire service said the first engines reached the burning factory within 10 minutes of the call.",
                    "Relatives said the first engines took more than an hour to reach the burning factory after the call.",
                    "measure one span",
                ),
            ],
            ReasonKind::Numeric,
        );
        // Speeds in miles and in kilometres an hour are one measure.
        expect_contradiction_saying(
            &[(
                "Investigators said the freight train was travelling at 47 mph when it left the track.",
                "The operator said the freight train was travelling at 38 mph when it left the track.",
                "47 mph vs 38 mph",
            )],
            ReasonKind::Numeric,
        );
        expect_claims(
            &[(
                "Investigators said the freight train was travelling at 47 mph when it left the track.",
                "The operator said the freight train was travelling at 76 kph when it left the track.",
            )],
            Relation::Corroborates,
            Some(ReasonKind::Numeric),
        );
        // Units further apart most often measure two things.
        expect_no_contradiction(&[(
            "The council said the chlorine pump at the main station had been broken for three weeks.",
            "The utility said the pipe at the main station was repaired within 48 hours.",
        )]);
    }

    #[test]
    fn a_count_takes_the_fate_its_clause_names_before_it() {
        // A bare figure ("the death toll ... rose to 19") counts the fate
        // its clause names however far before it; workers are people whose
        // fate is said with them.
        expect_contradiction_saying(
            &[
                (
                    "Officials said 25 people were killed in the flooding in the valley.",
                    "The death toll from the flooding in the valley rose to 19, officials said.",
                    "25 deaths vs 19 deaths",
                ),
                (
                    "A fire at the plastics plant killed 14 workers and injured 22, police said.",
                    "The union said at least 23 workers died in the fire at the plastics plant.",
                    "14 deaths vs more than 23 deaths",
                ),
                (
                    "قالت الشرطة إن 25 شخصا قتلوا في الفيضانات في الوادي",
                    "قال مسؤولون إن حصيلة القتلى في فيضانات الوادي ارتفعت إلى 19",
                    "25 deaths vs 19 deaths",
                ),
                // Bodies are the dead, counted by another word.
                (
                    "وقال أحد الشهود إنه رأى ما لا يقل عن عشر جثث تنقل إلى سيارات الإسعاف",
                    "وقالت وزارة الصحة إن حريق المستودع أسفر عن سبع وفيات",
                    "more than 10 deaths vs 7 deaths",
                ),
            ],
            ReasonKind::Numeric,
        );
    }

    #[test]
    fn how_full_reservoirs_are_is_one_rate() {
        expect_contradiction_saying(
            &[(
                "وقال النائب إن السدود التركية ممتلئة بنسبة تقارب 80 في المئة.",
                "The ministry said reservoirs in the upper basin stood at about 40 percent of capacity after a second dry winter, limiting how much water could be sent downstream.",
                "80% vs about 40%",
            )],
            ReasonKind::Numeric,
        );
        // Another country's reservoirs are another rate.
        let a = "وقال النائب إن السدود التركية ممتلئة بنسبة تقارب 80 في المئة.";
        let b = "وقال النائب إن الخزين في السدود العراقية لا يتجاوز 30 في المئة من طاقتها الاستيعابية.";
        let v = judge(&nth_claim("a", a, 0), &nth_claim("a", b, 0), &Config::default());
        assert_ne!(v.relation, Relation::Contradicts, "{v:?}");
    }

    #[test]
    fn amounts_of_contents_set_on_two_days_are_two_events() {
        // Deliveries on two days neither conflict nor agree.
        expect_claims(
            &[
                (
                    "وقال المتحدث إن شحنة من 40 ألف لتر من الديزل وصلت إلى المستشفى مساء السبت.",
                    "وقال المحافظ إن صهريجين يحملان 50 ألف لتر من الديزل سيصلان إلى المستشفى مساء الثلاثاء.",
                ),
                (
                    "The ministry said 120 trucks crossed the border on Sunday with food aid.",
                    "Officials said 40 trucks crossed the border on Monday with food aid.",
                ),
            ],
            Relation::Unrelated,
            None,
        );
        expect_claims(
            &[(
                "The ministry said a shipment of 40,000 litres of diesel reached the hospital on Saturday.",
                "Officials said 40,000 litres of diesel reached the hospital on Tuesday.",
            )],
            Relation::Unrelated,
            Some(ReasonKind::Temporal),
        );
        // On one day they conflict; so do a toll's figures of two days, two
        // hours of one night either side of midnight, and a content that
        // names both days ("on Monday, not on Saturday").
        expect_contradiction_saying(
            &[
                (
                    "The ministry said 120 trucks crossed the border on Sunday with food aid.",
                    "Officials said 40 trucks crossed the border on Sunday with food aid.",
                    "120 trucks vs 40 trucks",
                ),
                (
                    "Doctors said nine patients died of cholera in the town by Thursday.",
                    "The ministry said four patients died of cholera in the town by Saturday.",
                    "9 deaths vs 4 deaths",
                ),
                (
                    "The ministry said a shipment of 15,000 litres of fuel reached the hospital on Monday, not on Saturday.",
                    "The spokesman said a shipment of 40,000 litres of fuel reached the hospital on Saturday.",
                    "15000 litres vs 40000 litres",
                ),
            ],
            ReasonKind::Numeric,
        );
    }

    #[test]
    fn a_count_that_rose_is_no_conflict_with_its_earlier_figure() {
        // "The toll rose to 96" was lower before: 37 is an earlier figure of
        // it. A higher one still conflicts.
        let config = Config::default();
        for (earlier, newer) in [
            (
                "وزارة الصحة: 37 إصابة بالكوليرا في البلدة",
                "الصحة ترفع حصيلة الكوليرا في البلدة إلى 96 إصابة",
            ),
            (
                "The mayor said 12 people were killed in the valley when the river burst its banks.",
                "The death toll from the floods in the valley has risen to 19, the mayor said.",
            ),
        ] {
            let j = judge_sentences(earlier, newer, &config);
            assert_eq!(j.relation, Relation::Unrelated, "{j:?}");
            assert!(
                j.reasons
                    .iter()
                    .any(|r| r.kind == ReasonKind::Temporal && r.detail.contains("rose since")),
                "{j:?}"
            );
        }
        let j = judge_sentences(
            "وزارة الصحة: 140 إصابة بالكوليرا في البلدة",
            "الصحة ترفع حصيلة الكوليرا في البلدة إلى 96 إصابة",
            &config,
        );
        assert_eq!(j.relation, Relation::Contradicts, "{j:?}");
    }

    #[test]
    fn a_plain_figure_past_a_bound_conflicts_with_it() {
        // The slack past a bound is the plain figure's own: none to speak
        // of for "410,000", a tenth for "about 400,000".
        expect_contradiction_saying(
            &[
                (
                    "قال النائب إن عدد الطلبة الذين أدوا الامتحانات الوزارية هذا العام لم يتجاوز 385 ألف طالب.",
                    "وقالت الوزارة إن 410 آلاف طالب أدوا الامتحانات الوزارية هذا العام.",
                    "less than 385000 students vs 410000 students",
                ),
                (
                    "The union said no more than 1,850 workers joined the strike at the plant on Monday.",
                    "The company said 1,950 workers joined the strike at the plant on Monday.",
                    "incompatible",
                ),
            ],
            ReasonKind::Numeric,
        );
        expect_no_contradiction(&[(
            "The union said no more than 1,850 workers joined the strike at the plant on Monday.",
            "The company said about 1,950 workers joined the strike at the plant on Monday.",
        )]);
        // Doctors and bodies are counted too.
        expect_contradiction_saying(
            &[
                (
                    "قالت الوزارة إنها أرسلت إلى البلدة فريقا من 15 طبيبا لدعم الكادر الطبي في المستشفى.",
                    "قال مدير المستشفى إن الوزارة لم ترسل حتى الآن سوى أربعة أطباء لدعم الكادر الطبي.",
                    "15 doctors vs 4 doctors",
                ),
                (
                    "The Red Crescent said its teams recovered 31 bodies from the sea after the boat sank.",
                    "The coast guard said its teams recovered 22 bodies from the sea after the boat sank.",
                    "31 deaths vs 22 deaths",
                ),
            ],
            ReasonKind::Numeric,
        );
    }

    #[test]
    fn times_of_day_of_one_event_conflict_around_the_clock() {
        expect_contradiction_saying(
            &[
                (
                    "قالت وزارة الداخلية إن السلطات أغلقت المعبر الحدودي في السادسة من صباح السبت.",
                    "وقال مدير الجمارك إن إغلاق المعبر الحدودي بدأ ظهر السبت.",
                    "06:00 vs about 12:00",
                ),
                (
                    "The navy said its patrol boat intercepted the tanker at 03:40 on Tuesday.",
                    "The owner said the tanker was intercepted at about 11:15 p.m. on Monday.",
                    "03:40 vs about 23:15 (incompatible; times of day)",
                ),
                (
                    "Residents said the escape from the central prison began before midnight on Wednesday.",
                    "The ministry said the escape from the central prison began at about 2 a.m. on Thursday.",
                    "before 00:00 vs about 02:00",
                ),
            ],
            ReasonKind::Numeric,
        );
        // Times that can be one time: across midnight, or on the side a
        // bound allows.
        expect_claims(
            &[
                (
                    "The ministry said the fire at the textile warehouse in the port district began at 11:55 p.m.",
                    "Witnesses said the fire at the textile warehouse in the port district began at 00:05.",
                ),
                (
                    "The ministry said the fire at the textile warehouse in the port district began shortly before midnight.",
                    "Witnesses said the fire at the textile warehouse in the port district began at 11:40 p.m.",
                ),
            ],
            Relation::Corroborates,
            None,
        );
        // One hour of two events confirms nothing.
        let v = judged_claims(
            "The ministry said the temperature in Basra reached 51 degrees at noon on Monday.",
            "An official said power demand in the province reached 1,900 megawatts at noon on Monday.",
        );
        assert_eq!(v.relation, Relation::Unrelated, "{v:?}");
    }

    #[test]
    fn a_negation_does_not_deny_its_adjunct_of_time() {
        // "Since the fire" says when the men went unheard from: the fire
        // itself is not denied.
        expect_no_contradiction(&[
            (
                "Relatives said the men had not been heard from since the fire at the plastics factory.",
                "Police said the fire at the plastics factory killed 14 workers.",
            ),
            (
                "وقال ذوو العمال إنهم لم يسمعوا عنهم شيئا منذ حريق مصنع البلاستيك.",
                "وقالت الشرطة إن حريق مصنع البلاستيك أودى بحياة 14 عاملا.",
            ),
        ]);
        // What comes before the adjunct is still denied.
        expect_claims(
            &[
                (
                    "وقال النقيب إنه لم تصل أي شحنة وقود إلى محطات البصرة منذ أسبوعين.",
                    "وقالت الوزارة إن شحنة وقود وصلت إلى محطات البصرة يوم الأحد.",
                ),
                (
                    "The union said no fuel shipment had reached the Basra power stations since early June.",
                    "The ministry said a fuel shipment reached the Basra power stations on Sunday.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn the_fate_just_before_a_count_is_its_fate() {
        // One clause says two fates: each count takes the fate said right
        // before it ("killing three people and injuring 12 others").
        expect_contradiction_saying(
            &[
                (
                    "قالت الوزارة إن انهيار الجسر أسفر عن مقتل ثلاثة أشخاص وإصابة اثني عشر آخرين.",
                    "وقال الدفاع المدني إن حصيلة انهيار الجسر بلغت سبعة قتلى.",
                    "3 deaths vs 7 deaths",
                ),
                (
                    "The ministry said the collapse of the bridge killed three people and injured 12 others.",
                    "Civil defence said the collapse of the bridge injured 19 people.",
                    "12 wounded vs 19 wounded",
                ),
            ],
            ReasonKind::Numeric,
        );
    }

    #[test]
    fn two_counts_of_the_dead_said_with_their_fate_are_one_toll() {
        // One shared word, the fate's, ties two death tolls; "of them" after
        // the fate tells whose deaths, not a part of the toll.
        expect_contradiction_saying(
            &[
                (
                    "أعلنت الوزارة تسجيل 40 إصابة بالحمى في القرية، توفي منها شخصان.",
                    "قال الطبيب المناوب إنه توفي خمسة مرضى حتى مساء أمس.",
                    "2 deaths vs 5 deaths",
                ),
                (
                    "Officials said two people have died in the outbreak so far.",
                    "A nurse said five patients have died since Sunday.",
                    "2 deaths vs 5 deaths",
                ),
            ],
            ReasonKind::Numeric,
        );
        // A count the fate of another count follows is not of that fate:
        // "nine patients were infected and two of them have died".
        let f = sentence_features(
            "Officials said nine patients were infected and two of them have died.",
            &Config::default(),
        );
        let nine = f
            .quantities
            .iter()
            .find(|q| q.value == 9.0)
            .map(|q| q.unit.as_deref());
        assert_eq!(nine, Some(Some("people")));
    }

    #[test]
    fn a_denial_verb_passes_through_a_word_of_existence() {
        // "نفى وجود أي عطل": what is denied is the fault, not the existence.
        let denial = nth_claim(
            "a",
            "قال مدير الهيئة سامر الخطيب إن التحقيق مستمر. ونفى وجود أي عطل في منظومة الإشارات على الخط.",
            1,
        );
        assert_eq!(denial.text, "وجود أي عطل في منظومة الإشارات على الخط");
        let other = nth_claim("b", "قال العمال إن منظومة الإشارات على الخط معطلة منذ أشهر.", 0);
        let v = judge(&denial, &other, &Config::default());
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Negation), "{v:?}");
    }

    #[test]
    fn what_a_denied_thing_could_do_is_said_of_the_result() {
        // "من شأنها" (that could) says nothing; a result is one in any number.
        expect_claims(
            &[(
                "قالت اللجنة إنها لم ترصد أي مخالفة من شأنها التأثير في النتائج.",
                "قال المراقبون إنهم وثقوا 47 مخالفة بعضها قد يغير النتيجة.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn a_figure_rejected_after_a_negator_is_no_figure_of_the_claim() {
        // "41, not 17" gives 41: it conflicts with 17 and does not confirm it.
        expect_contradiction_saying(
            &[(
                "قالت الوزارة إن 17 سجينا فروا من السجن المركزي.",
                "قالت النائبة إن عدد الفارين من السجن المركزي بلغ 41 سجينا، وليس 17 كما أعلنت الوزارة.",
                "17 prisoners vs 41 prisoners",
            )],
            ReasonKind::Numeric,
        );
    }

    #[test]
    fn a_denial_reported_in_a_side_clause_leaves_the_claim_affirmed() {
        // "Two patients died, while the hospital denied this account" asserts
        // the deaths.
        let a = nth_claim(
            "a",
            "قالت النقابة إن مريضين توفيا بعد انقطاع الكهرباء في المستشفى، في حين نفت الإدارة هذه الرواية.",
            0,
        );
        let b = nth_claim(
            "b",
            "قال المدير سامي الخطيب إن المستشفى يعمل. ونفى وجود أي حالة وفاة مرتبطة بانقطاع الكهرباء.",
            1,
        );
        let v = judge(&a, &b, &Config::default());
        assert_eq!(v.relation, Relation::Contradicts, "{a:?} / {b:?}: {v:?}");
    }

    #[test]
    fn a_passive_negating_verb_negates_its_subject() {
        // "The alarm was ignored before the derailment" denies nothing of the
        // derailment.
        expect_no_contradiction(&[(
            "The crew said a bearing alarm was ignored before the Hadley Mills derailment.",
            "The railroad said the train derailed at Hadley Mills on Saturday night.",
        )]);
        // "Is far from" is no passive.
        expect_claims(
            &[(
                "The department said the outbreak at the hospital is contained.",
                "Nurses said the outbreak at the hospital is far from contained.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn a_denial_verb_scopes_its_whole_clause() {
        // Sharing the network's name is not sharing what the denial denies.
        expect_no_contradiction(&[
            (
                "نفى مدير مؤسسة المياه أن تكون شبكة المياه العامة في بلدة عين الصفا مصدرا لتفشي الكوليرا.",
                "قالت وزارة الصحة إن مياه الشبكة العامة آمنة للشرب.",
            ),
            (
                "The utility's director denied that the public water network in the town of Ain al-Safa was the source of the cholera outbreak.",
                "The ministry said water from the public network was safe to drink.",
            ),
        ]);
        // A claim that says most of the denied clause contradicts it.
        expect_claims(
            &[(
                "نفى مدير مؤسسة المياه أن تكون شبكة المياه العامة في بلدة عين الصفا مصدرا لتفشي الكوليرا.",
                "قال أطباء إن شبكة المياه العامة في عين الصفا هي مصدر تفشي الكوليرا.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn figures_far_apart_count_two_things() {
        for (a, b) in [
            (
                "قالت الوزارة إن 17 سجينا فروا من سجن الصخرة المركزي.",
                "قالت الوزارة إن إجمالي عدد السجناء في سجون البلاد ومنها سجن الصخرة المركزي يبلغ نحو 48 ألف سجين.",
            ),
            (
                "The ministry said 17 prisoners escaped from the central prison.",
                "The ministry said about 48,000 prisoners escaped custody from the central prison and the country's other prisons over the decade.",
            ),
        ] {
            let v = judged_claims(a, b);
            assert_eq!(v.relation, Relation::Unrelated, "{a} / {b}: {v:?}");
            assert!(
                v.reasons
                    .iter()
                    .any(|r| r.kind == ReasonKind::Numeric && r.detail.contains("too far apart")),
                "{a} / {b}: {v:?}"
            );
        }
        // Figures a few times apart are conflicting accounts of one count.
        expect_claims(
            &[(
                "قالت الوزارة إن 17 سجينا فروا من سجن الصخرة المركزي.",
                "قالت النائبة إن 41 سجينا فروا من سجن الصخرة المركزي.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
    }

    #[test]
    fn supplies_used_per_period_and_supplies_at_a_time_are_two_measures() {
        expect_no_contradiction(&[
            (
                "قال المتحدث إن شحنة من 40 ألف لتر من الديزل وصلت إلى المستشفى.",
                "قال البيان إن استهلاك المستشفى من الديزل لا يتجاوز 5 آلاف لتر يومياً.",
            ),
            (
                "The spokesman said a shipment of 40,000 litres of diesel reached the hospital.",
                "The statement said the hospital uses no more than 5,000 litres of diesel a day.",
            ),
        ]);
        // Two amounts a day of one supply conflict.
        expect_claims(
            &[(
                "قال المدير إن المستشفى يحتاج يومياً إلى نحو 9 آلاف لتر من الديزل.",
                "قال البيان إن استهلاك المستشفى من الديزل لا يتجاوز 5 آلاف لتر يومياً.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
    }

    #[test]
    fn a_denial_narrowed_to_a_group_denies_nothing_of_a_claim_silent_on_it() {
        expect_no_contradiction(&[
            (
                "قال وكيل الوزارة إنه لم تسجل أي وفاة بين الأطفال في البلدة.",
                "قال الأطباء إن ستة مرضى توفوا في البلدة منذ السبت.",
            ),
            (
                "The deputy minister said no death had been recorded among the children of the town.",
                "Doctors said six patients had died in the town since Saturday.",
            ),
        ]);
        // A claim that speaks of the group, in other words, contradicts it.
        expect_claims(
            &[
                (
                    "قال وكيل الوزارة إنه لم تسجل أي وفاة بين الأطفال في البلدة.",
                    "قالت المتحدثة إن بين المتوفين في البلدة طفلة في الرابعة.",
                ),
                (
                    "The deputy minister said no death had been recorded among the children of the town.",
                    "The spokeswoman said a four-year-old child was among the dead in the town.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn no_noun_and_a_linking_word_deny_what_follows_of_the_noun() {
        // "No worker was missing" says nothing against a claim that no one
        // was; the denied predicate, or the term after it, must be shared.
        expect_no_contradiction(&[
            (
                "The police said no worker at the plant was missing after the fire.",
                "The owner said the family of each worker killed at the plant would be paid.",
            ),
            (
                "The police said no worker at the plant was missing after the fire.",
                "Officials said every worker at the plant had been accounted for.",
            ),
        ]);
        expect_claims(
            &[(
                "The company said no water from the dam has entered the Lenner River.",
                "The regulator said polluted water had reached the Lenner River by Monday evening.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn a_denial_of_anything_new_denies_no_count() {
        // "No new cases since Friday" denies new cases, not the count so far.
        expect_no_contradiction(&[
            (
                "The hospital spokesman said there had been no new cases of the disease at the hospital since Friday.",
                "The nurses' union said 17 cases of the disease had been confirmed at the hospital.",
            ),
            (
                "وقال المتحدث إنه لم تسجل أي إصابة جديدة بالمرض في المستشفى منذ الجمعة.",
                "وقالت النقابة إن 17 إصابة بالمرض تأكدت في المستشفى.",
            ),
        ]);
        expect_claims(
            &[(
                "The hospital spokesman said there had been no new cases of the disease at the hospital since Friday.",
                "The nurses' union said new cases of the disease were arriving at the hospital every day.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn a_negation_across_languages_needs_its_predicate_shared() {
        // Across languages only concepts match: the government and the
        // hospitals are not what "did not close" denies.
        expect_no_contradiction(&[
            (
                "قالت الوزارة إن الحكومة لم تغلق أي مستشفى في المدينة.",
                "The ministry said the government inspected every hospital in the city.",
            ),
            (
                "قالت الوزارة إن الحكومة لم تفرج عن أي سجين من سجونها.",
                "The rebels said the government moved 40 prisoners to other prisons.",
            ),
        ]);
        // The predicate shared, in the present ("تفرج") as in the past.
        expect_claims(
            &[
                (
                    "قالت الوزارة إن الحكومة لم تغلق أي مستشفى في المدينة.",
                    "The union said the government closed two hospitals in the city.",
                ),
                (
                    "قالت الوزارة إن الحكومة لم تفرج عن أي سجين من سجونها.",
                    "The rebels said the government released 40 prisoners from its prisons.",
                ),
                (
                    "قال المتحدث إن وزارة الصحة لا تعتزم إغلاق المطار الدولي في كركوك خلال عام 2028.",
                    "The health ministry plans to have the international airport in Kirkuk closed in 2028.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn a_denial_by_one_actor_says_nothing_of_another_actors_act() {
        expect_no_contradiction(&[
            (
                "قال المتحدث إن سارفانيا لم تغلق معبر الغدير الحدودي.",
                "وقالت الوزارة إن بيلمورا أغلقت معبر الغدير الحدودي صباح السبت.",
            ),
            (
                "قال المتحدث إن سارفانيا لم تغلق معبر الغدير الحدودي.",
                "وقالت الوزارة إن السلطات البيلمورية أغلقت معبر الغدير الحدودي صباح السبت.",
            ),
            (
                "قال المتحدث إن سارفانيا لم تغلق معبر الغدير الحدودي.",
                "وقالت الوزارة إنه أغلقت السلطات البيلمورية معبر الغدير الحدودي صباح السبت.",
            ),
            (
                "The minister said Sarvania did not close the Ghadir border crossing.",
                "The agency said Belmora closed the Ghadir border crossing on Saturday.",
            ),
            // A claim that opens on a pronoun tells of its speaker.
            (
                "Sarvania said its side of the Ghadir border crossing had never closed.",
                "The agency said Belmora closed the Ghadir border crossing on Saturday.",
            ),
        ]);
        // The same actor, or none named, and the denial stands.
        expect_claims(
            &[
                (
                    "The minister said Sarvania did not close the Ghadir border crossing.",
                    "The agency said Sarvania closed the Ghadir border crossing on Saturday.",
                ),
                (
                    "قال المتحدث إن سارفانيا لم تغلق معبر الغدير الحدودي.",
                    "وقالت الوزارة إن معبر الغدير الحدودي أغلق صباح السبت.",
                ),
                (
                    "قال المتحدث إن سارفانيا لم تغلق معبر الغدير الحدودي.",
                    "وقالت الوزارة إن السلطات أغلقت معبر الغدير الحدودي صباح السبت.",
                ),
                (
                    "Sarvania said its side of the Ghadir border crossing had never closed.",
                    "The agency said Sarvania closed the Ghadir border crossing on Saturday.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
    }

    #[test]
    fn an_antonym_bears_on_what_its_word_is_said_of() {
        // "Raises petrol and keeps diesel unchanged": the unchanged price is
        // diesel's, and a claim that petrol rose says what the first half
        // says.
        expect_no_contradiction(&[
            (
                "قالت الوزارة إن الحكومة ترفع سعر البنزين وتبقي سعر المازوت دون تغيير.",
                "قال الاتحاد إن سعر البنزين ارتفع بنسبة 7 في المئة دفعة واحدة.",
            ),
            (
                "The ministry said the government raised the price of petrol and kept the price of diesel unchanged.",
                "The union said the price of petrol rose by 7 percent at once.",
            ),
        ]);
        expect_claims(
            &[
                (
                    "قالت الوزارة إن الحكومة ترفع سعر البنزين وتبقي سعر المازوت دون تغيير.",
                    "قال الاتحاد إن سعر المازوت ارتفع بدوره بنحو 60 مليما للتر.",
                ),
                (
                    "The ministry said the government raised the price of petrol and kept the price of diesel unchanged.",
                    "The union said the price of diesel rose too, by about 60 millimes a litre.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Antonym),
        );
    }

    #[test]
    fn an_antonym_of_a_short_subject_needs_only_its_head() {
        expect_claims(
            &[
                (
                    "قال المحافظ إن الوضع في المخيم تحت السيطرة.",
                    "قال الأهالي إن الوضع خارج السيطرة، ومن ينكر ذلك لم يزر المدينة.",
                ),
                (
                    "The operator said that pumping at the station was continuing as normal.",
                    "Engineers said pumping had been at a standstill for three days.",
                ),
                // "The situation" and "what is happening" are one subject.
                (
                    "قال المتحدث باسم الوزارة إن الوضع تحت السيطرة تماما.",
                    "قالت رئيسة النقابة إن ما يجري في المستشفى خرج عن السيطرة منذ أيام.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Antonym),
        );
        // The shared word must head the short claim, not follow the antonym.
        expect_no_contradiction(&[(
            "The union said pay at the smelter had risen by 6 percent this year.",
            "A shopkeeper said her sales had fallen by about 40 percent this week.",
        )]);
    }

    #[test]
    fn a_negation_of_existence_denies_the_thing_it_names() {
        // "There is no tunnel" denies every account of the tunnel, however
        // little else the two claims share.
        expect_contradiction_saying(
            &[
                (
                    "وقال النائب إنه لا يوجد أي نفق، وإن القصة غطاء لإخفاء الحقيقة.",
                    "وقالت الوزارة إن 17 نزيلا فروا عبر نفق حفروه من إحدى الزنازين.",
                    "\"نفق\" exists",
                ),
                (
                    "The lawmaker said there was no tunnel at all.",
                    "The ministry said 17 inmates escaped through a tunnel dug from a cell.",
                    "\"tunnel\" exists",
                ),
                (
                    "The owner said there was no collision with any vessel.",
                    "The navy said the tanker rammed a fishing boat before dawn.",
                    "\"collision\" exists",
                ),
                // What was not recorded or established is denied the same way.
                (
                    "وقالت اللجنة إنه لم يثبت حتى الآن حدوث أي حشو للصناديق.",
                    "وقال المراقبون إنهم رصدوا حشو صناديق في ستة مراكز اقتراع.",
                    "\"حشو\" exists",
                ),
                // The thing is all the other claim need hold, whatever is
                // said of it: two convicts on death row are convicts.
                (
                    "وقال المتحدث عن الفارين إنه لا يوجد بينهم أي محكوم في قضايا خطيرة.",
                    "وقال مصدر أمني إن بينهم اثنين من المحكومين بالإعدام.",
                    "\"محكوم\" exists",
                ),
                (
                    "The ministry said there was no outage at all on Sunday night.",
                    "The deputy director conceded a brief outage of under ten minutes.",
                    "\"outage\" exists",
                ),
            ],
            ReasonKind::Negation,
        );
        // Two denials of one thing agree; a claim that says nothing of the
        // thing is not denied, whatever else it shares ("vessel", "ship").
        expect_no_contradiction(&[
            (
                "The owner said there was no collision with any vessel, of any size, at any point on this voyage, and the ship tracking data shows it.",
                "The navy said the ship was boarded quietly and the vessel was escorted to port.",
            ),
            (
                "The lawmaker said there was no tunnel at all.",
                "The director said no tunnel had been dug.",
            ),
            (
                "The lawmaker said there was no tunnel at all.",
                "The ministry said 17 inmates escaped through the main gate.",
            ),
            // A claim that says the thing is absent agrees.
            (
                "وقال المدير إنه لم يحدث أي انقطاع للكهرباء في المستشفى ليلة الأحد.",
                "وقالت الوزارة إن المولدات في المستشفى تعمل الآن بلا انقطاع.",
            ),
            (
                "The ministry said there had been no outage at the hospital that night.",
                "The director said the hospital's generators ran without outage all night.",
            ),
        ]);
    }

    #[test]
    fn a_fate_said_at_the_end_of_a_long_clause_makes_a_toll() {
        // Two patients who died are no count of the unit's patients, however
        // many words stand between the number and "died".
        expect_no_contradiction(&[
            (
                "وقالت النقابة إن مريضين في قسم العناية المركزة بمستشفى تل الورد العام في شمال المحافظة فارقا الحياة ليل الأحد.",
                "وقال المدير إن قسم العناية المركزة في مستشفى تل الورد العام يضم حالياً 23 مريضاً.",
            ),
            (
                "The union said two patients in the intensive care unit of the Tel al-Ward general hospital in the north of the province died on Sunday night.",
                "The director said the intensive care unit of the Tel al-Ward general hospital currently holds 23 patients.",
            ),
        ]);
    }

    #[test]
    fn what_a_place_holds_is_no_count_of_what_happened() {
        // "Holds 1,150 inmates" is a stock; "41 inmates fled" a count of an
        // event: two measures, though both count inmates of one prison.
        expect_no_contradiction(&[(
            "وقالت الوزارة إن سجن الصخرة المركزي يضم، بحسب سجلاتها، 1150 نزيلا.",
            "وقالت النائبة إن 41 نزيلا فروا من سجن الصخرة المركزي.",
        )]);
        // What it holds is not what it was built to hold: an overcrowded
        // prison, not two accounts. Two capacities still conflict.
        expect_no_contradiction(&[
            (
                "وقال المرصد إن سجن الصخرة المركزي يضم نحو 2300 نزيل.",
                "وقال التقرير إن مباني سجن الصخرة المركزي صممت لاستيعاب 700 نزيل فقط.",
            ),
            (
                "The observatory said the central prison holds about 2,300 inmates.",
                "The report said the central prison was designed for 700 inmates.",
            ),
        ]);
        expect_claims(
            &[(
                "وقال التقرير إن مباني سجن الصخرة المركزي صممت لاستيعاب 700 نزيل فقط.",
                "وقالت الوزارة إن سجن الصخرة المركزي صمم لاستيعاب 1200 نزيل.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
        // Inmates, prisoners and detainees are one unit in both languages.
        expect_claims(
            &[
                (
                    "وقالت الوزارة إن 17 نزيلا فروا من سجن الصخرة المركزي.",
                    "وقالت النائبة إن 41 سجينا فروا من سجن الصخرة المركزي.",
                ),
                (
                    "وقالت الوزارة إن الحكومة أفرجت يوم الثلاثاء عن 320 محتجزا من عناصر الحركة.",
                    "A movement official said the government released only 210 detainees at the crossing.",
                ),
                (
                    "وقالت البحرية إن الناقلة كانت على بعد 10 أميال بحرية من الساحل لحظة اعتراضها.",
                    "Analysts said the tanker was 19 nautical miles off the coast when it was intercepted.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
    }

    #[test]
    fn a_particle_of_a_phrasal_verb_is_no_pole() {
        // "Thrown up" and "slowed it down" are no rise and fall: the denial
        // of containment stands.
        expect_claims(
            &[(
                "The spokeswoman said the spill was contained by earthen berms thrown up by crews.",
                "The inspector said the berms slowed it down, but this spill was not contained.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Negation),
        );
        // A price that went up against one that went down still is.
        expect_claims(
            &[(
                "Traders said oil prices went up on Monday.",
                "Analysts said oil prices went down on Monday.",
            )],
            Relation::Contradicts,
            Some(ReasonKind::Antonym),
        );
    }

    #[test]
    fn counts_of_one_unit_of_things_are_one_measure_unless_a_part_or_a_flow() {
        // Two tolls of one crash, each told among other details.
        let v = judged_claims(
            "قالت هيئة الطرق إن اصطدام الحافلة بشاحنة نقل قرب مفترق الوادي عند الساعة السابعة من مساء الأحد أسفر عن مقتل 8 أشخاص.",
            "قال مدير المستشفى إن حادث الحافلة قرب المفترق مساء الأحد أودى بحياة 13 شخصا.",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Numeric), "{v:?}");
        // One hospital's count alone is a part of the injured; things
        // counted a day are not things counted at one time.
        expect_no_contradiction(&[
            (
                "قال مدير الصحة إن مستشفى المدينة استقبل وحده 20 مصابا من ضحايا الحادث.",
                "قالت الهيئة إن عدد المصابين في الحادث بلغ 47 شخصا.",
            ),
            (
                "The health director said the city hospital alone admitted 20 of the injured from the crash.",
                "The authority said 47 people were injured in the crash.",
            ),
            (
                "قال المسؤول إن المعبر يستقبل في الأيام العادية نحو 900 شاحنة يوميا محملة بالبضائع.",
                "قال السائقون إن 400 شاحنة محملة بالبضائع تنتظر عند المعبر منذ يومين.",
            ),
            (
                "On a normal day about 900 trucks a day pass through the crossing near the town, the official said.",
                "The drivers said 400 trucks were waiting at the crossing near the town.",
            ),
        ]);
    }

    #[test]
    fn control_safety_order_and_service_have_opposite_poles() {
        expect_claims(
            &[
                (
                    "قال الدفاع المدني إن الحريق في المستودع بات تحت السيطرة.",
                    "قال شهود إن الحريق في المستودع خرج عن السيطرة.",
                ),
                (
                    "The fire service said the warehouse fire was under control.",
                    "Residents said the warehouse fire was out of control.",
                ),
                (
                    "قال مدير المؤسسة إن مياه الشبكة آمنة للشرب.",
                    "قال الأطباء إن مياه الشبكة ملوثة.",
                ),
                (
                    "The director said the network water was clean.",
                    "Doctors said the network water was contaminated.",
                ),
                (
                    "قالت الوزارة إن عملية التبادل عند المعبر جرت بسلاسة.",
                    "قال شهود إن عملية التبادل عند المعبر شهدت فوضى.",
                ),
                (
                    "The ministry said the prisoner exchange at the crossing went smoothly.",
                    "Witnesses said the prisoner exchange at the crossing was chaos.",
                ),
                (
                    "قال المدير إن مضخات محطة الضخ تعمل بكامل طاقتها.",
                    "قال العمال إن مضخات محطة الضخ خارج الخدمة.",
                ),
                (
                    "The director said the pumps at the pumping station were fully operational.",
                    "Workers said the pumps at the pumping station were out of service.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Antonym),
        );
    }

    #[test]
    fn a_part_of_a_toll_or_another_incident_is_no_value_of_the_toll() {
        // Two parts of one whole ("بين الفارين ستة", "بين الفارين اثنين")
        // are two values of one part; "بين" before a number opens a range,
        // no part.
        expect_claims(
            &[
                (
                    "وقالت النائبة إن بين الفارين من السجن ستة محكومين بالإعدام.",
                    "وأقرت الوزارة بأن بين الفارين من السجن اثنين فقط من المحكومين بالإعدام.",
                ),
                (
                    "وقالت الوزارة إن الكهرباء وصلت إلى أحياء المدينة 16 ساعة يوميا الأسبوع الماضي رغم موجة الحر.",
                    "وقال السكان إن الكهرباء وصلت إلى أحياء المدينة بين خمس وست ساعات يوميا الأسبوع الماضي.",
                ),
            ],
            Relation::Contradicts,
            Some(ReasonKind::Numeric),
        );
        // "Three of the injured" is a part of the injured, not their number;
        // so are two "among the dead".
        expect_no_contradiction(&[
            (
                "وقال المحافظ إن بين القتلى شخصين من سكان القرية التي وقع فيها حادث القطار.",
                "وقالت الهيئة إن حادث القطار أسفر عن مقتل 12 شخصا.",
            ),
            (
                "قالت الصحيفة إن ثلاثة من المصابين في حريق المستودع يرقدون في العناية المركزة.",
                "قالت الوزارة إن حريق المستودع أسفر عن إصابة 23 شخصا.",
            ),
            (
                "The paper said three of the injured in the warehouse fire were in intensive care.",
                "The ministry said 23 people were injured in the warehouse fire.",
            ),
        ]);
        // A separate incident is another event: neither a conflicting count
        // nor a confirming one.
        expect_claims(
            &[
                (
                    "وفي سياق منفصل، أصيب شخصان بحروق في حريق محدود اندلع في سوق المدينة صباح الثلاثاء.",
                    "قالت وزارة الصحة إن حريق المدينة أسفر عن إصابة 23 شخصا بحروق.",
                ),
                (
                    "In a separate incident, two people suffered burns in a small fire at the city market, civil defence said.",
                    "The health ministry said 23 people suffered burns in the city fire.",
                ),
            ],
            Relation::Unrelated,
            Some(ReasonKind::Substitution),
        );
    }

    #[test]
    fn a_past_period_without_a_date_sets_a_claim_apart() {
        let past = "The company said it produced about 90,000 tonnes of copper last year.";
        let v = j(
            past,
            "The company said it produced about 70,000 tonnes of copper last month.",
        );
        assert_ne!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Temporal), "{v:?}");
        // Claims of articles: "last year" against an undated account, not
        // against one of the same period.
        let v = judged_claims(
            past,
            "The union said the mine produced about 70,000 tonnes of copper.",
        );
        assert_ne!(v.relation, Relation::Contradicts, "{v:?}");
        let v = judged_claims(
            past,
            "The union said the mine produced about 70,000 tonnes of copper last year.",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
    }

    #[test]
    fn reversal_of_one_speaker_across_articles() {
        let config = Config::default();
        let a = extract(
            &Article::new("a1", "The Pentagon said the troops will withdraw from the base."),
            &config,
        )
        .claims;
        let b = extract(
            &Article::new(
                "a2",
                "The Pentagon said the troops will not withdraw from the base.",
            ),
            &config,
        )
        .claims;
        let v = judge(&a[0], &b[0], &config);
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::Reversal), "{v:?}");
        let a = extract(
            &Article::new("a1", "قال البنتاغون إن القوات ستنسحب من القاعدة."),
            &config,
        )
        .claims;
        let b = extract(
            &Article::new("a2", "قال البنتاغون إن القوات لن تنسحب من القاعدة."),
            &config,
        )
        .claims;
        let v = judge(&a[0], &b[0], &config);
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
    }

    #[test]
    fn repeats_in_one_article_are_not_corroboration() {
        let config = Config::default();
        let text = "The Pentagon said the troops will withdraw from the base. \
                    Later the Pentagon said the troops will withdraw from the base.";
        let claims = extract(&Article::new("one", text), &config).claims;
        assert!(claims.len() >= 2, "{claims:?}");
        let v = judge(&claims[0], &claims[1], &config);
        assert_eq!(v.relation, Relation::Unrelated, "{v:?}");
        assert!(kinds(&v).contains(&ReasonKind::SameSource), "{v:?}");
        // The same two claims from two articles corroborate.
        let other = extract(
            &Article::new("two", "The Pentagon said the troops will withdraw from the base."),
            &config,
        )
        .claims;
        let v = judge(&claims[0], &other[0], &config);
        assert_eq!(v.relation, Relation::Corroborates, "{v:?}");
    }

    #[test]
    fn modality_is_a_reason() {
        let v = j(
            "The army will withdraw from the city next week.",
            "The army withdrew from the city.",
        );
        assert_ne!(v.relation, Relation::Contradicts, "{v:?}");
        if v.relation == Relation::Corroborates {
            assert!(kinds(&v).contains(&ReasonKind::Modality), "{v:?}");
        }
        let v = j(
            "The army will withdraw from the city.",
            "The army will not withdraw from the city.",
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
    }

    #[test]
    fn precomputed_features_give_the_same_verdict() {
        let config = Config::default();
        let a = extract(
            &Article::new("a", "Officials said oil exports rose in March."),
            &config,
        )
        .claims;
        let b = extract(
            &Article::new("b", "Analysts said oil exports fell in March."),
            &config,
        )
        .claims;
        let (fa, fb) = (
            features::features(&a[0], &config),
            features::features(&b[0], &config),
        );
        assert_eq!(judge_features(&fa, &fb, &config), judge(&a[0], &b[0], &config));
    }

    #[test]
    fn quantity_compatibility() {
        let q = |value: f64, approx: bool, bound: Bound| Quantity {
            value,
            approx,
            bound,
            percent: false,
            unit: Some("troops".into()),
            place: None,
            qualifier: None,
            per: None,
            span: Span::new(0, 1),
        };
        assert!(compatible(
            &q(2500.0, true, Bound::Exact),
            &q(2500.0, false, Bound::Exact)
        ));
        assert!(compatible(
            &q(3800.0, false, Bound::Exact),
            &q(3860.0, false, Bound::Exact)
        ));
        assert!(!compatible(
            &q(3810.0, false, Bound::Exact),
            &q(3860.0, false, Bound::Exact)
        ));
        assert!(!compatible(
            &q(13.9, false, Bound::Exact),
            &q(13.8, false, Bound::Exact)
        ));
        assert!(compatible(
            &q(14.0, false, Bound::Exact),
            &q(13.9, false, Bound::Exact)
        ));
        assert_eq!(granularity(2500.0), 100.0);
        assert_eq!(granularity(0.0), 1.0);
        assert!((granularity(13.25) - 0.01).abs() < 1e-9);
        assert!(compatible(
            &q(60.0, true, Bound::AtLeast),
            &q(60.0, false, Bound::Exact)
        ));
        assert!(!compatible(
            &q(2500.0, false, Bound::Exact),
            &q(900.0, false, Bound::Exact)
        ));
        assert!(!compatible(
            &q(200.0, false, Bound::AtLeast),
            &q(150.0, true, Bound::Exact)
        ));
        assert!(compatible(
            &q(165.0, false, Bound::AtLeast),
            &q(150.0, true, Bound::Exact)
        ));
        let mut syria = q(900.0, false, Bound::Exact);
        syria.place = Some("syria".into());
        let mut iraq = q(2500.0, false, Bound::Exact);
        iraq.place = Some("iraq".into());
        assert!(!same_measure(&syria, &iraq, 1.0, true, 5));
        let mut us = q(2500.0, false, Bound::Exact);
        us.qualifier = Some("us".into());
        let mut coalition = q(3000.0, false, Bound::Exact);
        coalition.qualifier = Some("coalition".into());
        assert!(!same_measure(&us, &coalition, 1.0, true, 5));
        assert!(same_measure(&us, &q(3000.0, false, Bound::Exact), 0.0, true, 0));
        assert!(!same_measure(&us, &q(3000.0, false, Bound::Exact), 0.6, false, 1));
        // Long claims: the words around the numbers decide.
        assert!(same_measure(&us, &q(3000.0, false, Bound::Exact), 0.2, false, 2));
        let mut bare = q(40.0, false, Bound::Exact);
        bare.unit = None;
        let mut other = q(12.0, false, Bound::Exact);
        other.unit = None;
        assert!(same_measure(&bare, &other, 1.0, true, 0));
        assert!(!same_measure(&bare, &other, 0.7, false, 1));
        assert!(same_measure(&bare, &other, 0.2, false, 2));
        // One unit known, the other not: the contexts must agree more.
        assert!(!same_measure(&us, &bare, 0.2, false, 2));
        assert!(same_measure(&us, &bare, 0.2, false, 3));
    }

    #[test]
    fn trained_weights_judge_sentence_pairs_and_say_why() {
        let hand = Config::default();
        let mut trained = Config::default();
        trained.link.trained_judge = true;
        // Another instrument in the same scene: the hand weights see a
        // near-paraphrase, the trained ones a different event.
        let (a, b) = (
            "A man is playing a guitar on the stage",
            "A man is playing a flute on the stage",
        );
        assert_eq!(judge_sentences(a, b, &hand).relation, Relation::Corroborates);
        let v = judge_sentences(a, b, &trained);
        assert_eq!(v.relation, Relation::Unrelated, "{v:?}");
        let v = judge_sentences(
            "A boy is jumping into the pool",
            "Nobody is jumping into the pool",
            &trained,
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        let v = judge_sentences(
            "افتتاح معرض الكتاب في العاصمة",
            "إغلاق معرض الكتاب في العاصمة",
            &trained,
        );
        assert_eq!(v.relation, Relation::Contradicts, "{v:?}");
        assert!(
            v.reasons.iter().any(|r| matches!(
                r.kind,
                ReasonKind::LearnedContrast | ReasonKind::LearnedWord | ReasonKind::Antonym
            )),
            "{v:?}"
        );
        // Claims of articles keep the hand weights.
        let x = extract(
            &Article::new("x", "Officials said oil exports rose in March."),
            &trained,
        )
        .claims;
        let y = extract(
            &Article::new("y", "Analysts said oil exports fell in March."),
            &trained,
        )
        .claims;
        assert_eq!(judge(&x[0], &y[0], &trained), judge(&x[0], &y[0], &hand));
    }

    #[test]
    fn feature_names_match_weights() {
        assert_eq!(FEATURE_NAMES.len(), N_FEATURES);
        let config = Config::default();
        let [c, r] = config.lexicons.concepts().weight_vectors();
        assert!(c[F_NEGATION] > 0.0 && r[F_NEGATION] < 0.0);
        assert!(r[F_OVERLAP] > 0.0);
    }

    /// The features of the longest claim of a one-sentence article.
    fn claim_features(text: &str) -> ClaimFeatures {
        let config = Config::default();
        let claims = extract(&Article::new("f", text), &config).claims;
        let claim = claims.iter().max_by_key(|c| c.text.len()).expect("a claim");
        features::features(claim, &config)
    }

    #[test]
    fn rates_per_different_periods_are_different_measures() {
        let day = claim_features(
            "The agency said the port handles about 6500 containers a day at the new terminal.",
        );
        let week = claim_features(
            "The agency said the port handles about 6500 containers a week at the new terminal.",
        );
        let also_day =
            claim_features("The union said the port handles 6500 containers every day at the new terminal.");
        assert_eq!(numeric(&day, &week, 1.0, true).0, None);
        assert_eq!(numeric(&day, &also_day, 1.0, true).0, Some((0, 0, true)));
    }

    #[test]
    fn a_number_with_a_unit_counts_the_unit_not_the_next_word() {
        let staff = claim_features(
            "The education ministry registered 4,050 employees in the Tikor district of Irbid in July 2021.",
        );
        let barrels = claim_features(
            "The health ministry registered 3,320 barrels in the Tikor district of Irbid in July 2021.",
        );
        assert_eq!(barrels.quantities[0].unit.as_deref(), Some("barrels"));
        assert_eq!(numeric(&staff, &barrels, 1.0, true).0, None);
    }

    #[test]
    fn an_upper_bound_on_a_number_is_no_negation() {
        for text in [
            "The commission said turnout did not exceed 35 percent.",
            "قالت اللجنة إن نسبة المشاركة لم تتجاوز 35 بالمئة",
        ] {
            let f = claim_features(text);
            assert_eq!(
                effective_polarity(&f, None),
                Polarity::Affirmed,
                "{text}: {:?}",
                f.negation
            );
        }
        // The same verb negated without a number is a negation.
        let f = claim_features("The commission said turnout did not reach the expected level.");
        assert_eq!(
            effective_polarity(&f, None),
            Polarity::Negated,
            "{:?}",
            f.negation
        );
    }

    #[test]
    fn a_comparative_before_a_number_is_no_pole() {
        let comparative = |f: &ClaimFeatures| {
            f.poles
                .iter()
                .any(|p| matches!(&*p.text, "more" | "fewer" | "أكثر" | "أقل"))
        };
        for text in [
            "The ministry said more than 300 families received aid.",
            "The health office said fewer than 35 patients were admitted.",
            "قالت الوزارة إن أكثر من 300 عائلة تلقت مساعدات",
        ] {
            let f = claim_features(text);
            assert!(!comparative(&f), "{text}: {:?}", f.poles);
        }
        // Without a number after it, the comparative is a pole.
        let f = claim_features("The ministry said more families received aid this year.");
        assert!(comparative(&f), "{:?}", f.poles);
    }

    #[test]
    fn name_skeletons_of_folded_arabic_names_match_latin_spellings() {
        use crate::link::features::name_skeleton;
        use crate::text::normalize::fold;
        for (ar, en) in [
            ("الكرادة", "karrada"),
            ("البصرة", "basrah"),
            ("البصرة", "basra"),
            ("رفح", "rafah"),
        ] {
            let folded = fold(ar, crate::Lang::Ar);
            assert_eq!(name_skeleton(&folded), name_skeleton(en), "{folded} {en}");
        }
        assert_ne!(name_skeleton("karrada"), name_skeleton("karbala"));
    }
}
