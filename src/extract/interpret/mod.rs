//! Interpretation: polarity, modality, quantities, time and topic keys of a
//! claim's content.

mod modality;
mod polarity;
mod quantity;
mod time;
pub(crate) mod topic;

use serde::Deserialize;

use crate::claim::{Cue, Modality, Negation, Polarity, Quantity, TimeRef};
use crate::error::Result;
use crate::extract::Doc;
use crate::span::Span;
use crate::text::TextLexicon;
use crate::text::normalize::Token;

/// The interpretation lexicon of one language (`lexicons/{ar,en}/interpret.toml`).
#[derive(Clone, Debug, Deserialize)]
pub(crate) struct InterpretLexicon {
    /// Negators (folded).
    #[serde(default)]
    pub(crate) negators: Vec<String>,
    /// Future markers (folded).
    #[serde(default)]
    pub(crate) future: Vec<String>,
}

impl InterpretLexicon {
    pub(crate) fn parse(origin: &str, text: &str) -> Result<InterpretLexicon> {
        crate::lexicon::parse_toml(origin, text)
    }
}

/// What interpretation found in one claim's content.
#[derive(Clone, Debug, Default)]
pub(crate) struct Meaning {
    pub(crate) polarity: Polarity,
    pub(crate) negation: Option<Negation>,
    pub(crate) modality: Modality,
    pub(crate) quantities: Vec<Quantity>,
    pub(crate) time: Option<TimeRef>,
    pub(crate) topic_keys: Vec<String>,
}

/// Interprets the content `content` (inside `sentence`) whose tokens are `tokens`.
pub(crate) fn interpret(
    doc: &Doc<'_>,
    content: Span,
    sentence: Span,
    tokens: &[Token],
    cue: Option<&Cue>,
    lex: &InterpretLexicon,
    text_lex: &TextLexicon,
) -> Meaning {
    let (polarity, negation) = polarity::polarity(doc, tokens, cue, lex);
    Meaning {
        polarity,
        negation,
        modality: modality::modality(tokens, lex),
        quantities: quantity::quantities(doc, content, lex),
        time: time::time(doc, content, sentence, lex),
        topic_keys: topic::topic_keys(tokens, text_lex),
    }
}
