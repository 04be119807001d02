//! Per-language folding for matching, and tokens that keep their original spans.
//!
//! Folded text is for matching only and is never shown; every token keeps the
//! byte span of its surface form in the original text.

mod arabic;
mod english;

use crate::lang::Lang;
use crate::span::Span;

/// A word or number of the original text, with its forms for matching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The surface form's bytes in the original text.
    pub span: Span,
    /// The folded form (case, letter variants, diacritics and digits folded).
    pub norm: String,
    /// The stem of the folded form, clitics stripped, for topic matching.
    pub stem: String,
}

/// Splits `text[span]` into tokens (letters-and-marks runs and numbers).
pub fn tokenize(text: &str, span: Span, lang: Lang) -> Vec<Token> {
    let slice = span.slice(text);
    let mut out = Vec::new();
    let mut word_start: Option<usize> = None;
    let flush = |s: usize, e: usize, out: &mut Vec<Token>| {
        let surface = &slice[s..e];
        let norm = fold(surface, lang);
        let stem = stem(&norm, lang);
        out.push(Token {
            span: Span::new(span.start + s, span.start + e),
            norm,
            stem,
        });
    };
    for (i, c) in slice.char_indices() {
        if c.is_alphanumeric() || is_mark(c) {
            word_start.get_or_insert(i);
        } else if let Some(s) = word_start.take() {
            flush(s, i, &mut out);
        }
    }
    if let Some(s) = word_start {
        flush(s, slice.len(), &mut out);
    }
    out
}

/// Folds text for matching in the given language.
///
/// ```
/// use claimgraph::{fold, Lang};
/// assert_eq!(fold("Pentagon", Lang::En), "pentagon");
/// ```
pub fn fold(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Ar => arabic::fold(text),
        Lang::En => english::fold(text),
    }
}

/// The stem of an already folded word.
pub fn stem(folded: &str, lang: Lang) -> String {
    match lang {
        Lang::Ar => arabic::stem(folded),
        Lang::En => english::stem(folded),
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}
