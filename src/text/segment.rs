//! Splits text into sentences and finds quotations.

use crate::span::Span;
use crate::text::TextLexicon;
use crate::text::clean::Skipped;

/// A sentence: its span, and the quotations inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence, trimmed of surrounding white space.
    pub span: Span,
    /// Quotations in the sentence, each including its quotation marks.
    pub quotes: Vec<Span>,
}

/// Splits `text` into sentences, leaving out skipped regions.
pub(crate) fn sentences(text: &str, skipped: &[Skipped], _lex: &TextLexicon) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let push = |s: usize, e: usize, out: &mut Vec<Sentence>| {
        let span = Span::new(s, e).trim(text, &[]);
        if !span.is_empty() && !skipped.iter().any(|k| k.span.contains(span)) {
            out.push(Sentence {
                span,
                quotes: Vec::new(),
            });
        }
    };
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?' | '؟' | '\n') {
            let end = i + c.len_utf8();
            push(start, end, &mut out);
            start = end;
        }
    }
    push(start, text.len(), &mut out);
    out
}
