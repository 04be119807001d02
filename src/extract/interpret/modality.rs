//! Modality: future, possible, necessary, expected.

use super::InterpretLexicon;
use crate::claim::Modality;
use crate::text::normalize::Token;

pub(super) fn modality(tokens: &[Token], lex: &InterpretLexicon) -> Modality {
    if tokens.iter().any(|t| lex.future.contains(&t.norm)) {
        Modality::Future
    } else {
        Modality::Asserted
    }
}
