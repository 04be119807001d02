//! The pairwise judge: do two claims contradict, corroborate, or neither?

use crate::claim::Claim;
use crate::config::Config;
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

/// Judges two claims.
///
/// ```
/// use claimgraph::{extract, link::judge, link::Relation, Article, Config};
/// let config = Config::default();
/// let a = extract(&Article::new("a", "Officials said the talks include a withdrawal of troops."), &config).claims;
/// let b = extract(&Article::new("b", "The ministry said the talks do not include a withdrawal of troops."), &config).claims;
/// assert_eq!(judge(&a[0], &b[0], &config).relation, Relation::Contradicts);
/// ```
pub fn judge(a: &Claim, b: &Claim, _config: &Config) -> Judgement {
    let shared = a.topic_keys.iter().filter(|k| b.topic_keys.contains(k)).count();
    let union = a.topic_keys.len() + b.topic_keys.len() - shared;
    let overlap = if union == 0 {
        0.0
    } else {
        shared as f32 / union as f32
    };
    if overlap < 0.3 {
        return Judgement {
            relation: Relation::Unrelated,
            score: 1.0 - overlap,
            reasons: Vec::new(),
        };
    }
    let same = Reason {
        kind: ReasonKind::SameProposition,
        detail: format!("{shared} shared content terms"),
    };
    if a.polarity != b.polarity {
        let negated = if a.polarity == crate::claim::Polarity::Negated {
            a
        } else {
            b
        };
        let word = negated.negation.as_ref().map_or("a negator", |n| n.text.as_str());
        Judgement {
            relation: Relation::Contradicts,
            score: overlap,
            reasons: vec![
                same,
                Reason {
                    kind: ReasonKind::Negation,
                    detail: format!("{word:?} negates one claim only"),
                },
            ],
        }
    } else {
        Judgement {
            relation: Relation::Corroborates,
            score: overlap,
            reasons: vec![same],
        }
    }
}
