//! Topic keys: normalized content terms for matching.

use crate::text::TextLexicon;
use crate::text::normalize::Token;

pub(super) fn topic_keys(tokens: &[Token], lex: &TextLexicon) -> Vec<String> {
    let mut keys: Vec<String> = tokens
        .iter()
        .filter(|t| t.stem.chars().count() > 1 && !lex.stopwords.contains(&t.norm))
        .map(|t| t.stem.clone())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}
