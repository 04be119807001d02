//! Polarity: negators scoped to the content, and denial cues.

use super::InterpretLexicon;
use crate::claim::{Cue, CueClass, Negation, Polarity};
use crate::extract::Doc;
use crate::text::normalize::Token;

pub(super) fn polarity(
    doc: &Doc<'_>,
    tokens: &[Token],
    cue: Option<&Cue>,
    lex: &InterpretLexicon,
) -> (Polarity, Option<Negation>) {
    let negator = tokens.iter().find(|t| lex.negators.contains(&t.norm));
    let mut polarity = if negator.is_some() {
        Polarity::Negated
    } else {
        Polarity::Affirmed
    };
    let mut negation = negator.map(|t| Negation {
        text: t.span.slice(doc.text).to_string(),
        span: t.span,
        predicate: None,
    });
    if let Some(cue) = cue.filter(|c| c.class == CueClass::Deny) {
        polarity = polarity.flip();
        negation = Some(Negation {
            text: cue.text.clone(),
            span: cue.span,
            predicate: None,
        });
    }
    (polarity, negation)
}
