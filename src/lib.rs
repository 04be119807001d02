//! claimgraph finds who said what in news articles, Arabic and English, and
//! where their accounts contradict or corroborate each other.
//!
//! Articles go in; [`extract`] turns each into attributed [`Claim`]s (speaker,
//! reporting cue, content, polarity, modality, quantities, time, byte spans into
//! the original text).
//!
//! ```
//! use claimgraph::{extract, Article, Config, Polarity};
//!
//! let article = Article::new(
//!     "pentagon-briefing",
//!     "The Pentagon said the meetings would not include a US withdrawal from Iraq.",
//! );
//! let claims = extract(&article, &Config::default()).claims;
//! let claim = &claims[0];
//! assert_eq!(claim.actor(), Some("US Department of Defense"));
//! assert_eq!(claim.polarity, Polarity::Negated);
//! assert_eq!(&article.text()[claim.span.start..claim.span.end], claim.text);
//! ```
#![deny(missing_docs)]

mod article;
mod claim;
mod config;
mod error;
pub mod export;
mod extract;
pub mod graph;
mod lang;
mod lexicon;
pub mod link;
pub mod pairs;
mod resolve;
mod span;
pub mod synth;
pub mod text;

pub use article::Article;
pub use claim::{
    Bound, Claim, ClaimKind, Cue, CueClass, Diagnostic, DiagnosticKind, Extraction, Modality, Negation,
    PeriodUnit, Polarity, Quantity, Speaker, TimeRef,
};
pub use config::{Config, LinkConfig};
pub use error::{Error, Result};
pub use extract::extract;
pub use graph::ClaimGraph;
pub use lang::Lang;
pub use lexicon::Lexicons;
pub use link::ClaimId;
pub use resolve::{ActorKind, AliasTable, Mention, Resolved};
pub use span::Span;
pub use text::normalize::{Token, fold};
