//! English attribution.

use serde::Deserialize;

use super::{Attribution, SpeakerRef};
use crate::claim::{ClaimKind, CueClass, Diagnostic};
use crate::extract::Doc;
use crate::span::Span;

/// English cue lexicon.
#[derive(Clone, Debug, Deserialize)]
pub(crate) struct EnglishCues {
    /// Cue verbs (lowercase), with their class.
    verbs: Vec<(String, CueClass)>,
}

pub(super) fn attribute(
    doc: &Doc<'_>,
    lex: &EnglishCues,
    _diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Attribution> {
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let tokens = doc.tokens_in(sentence.span);
        for (i, token) in tokens.iter().enumerate() {
            let Some((_, class)) = lex.verbs.iter().find(|(v, _)| *v == token.norm) else {
                continue;
            };
            if i == 0 || i + 1 >= tokens.len() {
                continue;
            }
            let speaker = Span::new(sentence.span.start, tokens[i - 1].span.end);
            let first = if tokens[i + 1].norm == "that" {
                i + 2
            } else {
                i + 1
            };
            let Some(first) = tokens.get(first) else { continue };
            let content = Span::new(first.span.start, sentence.span.end).trim(doc.text, &['.']);
            out.push(Attribution {
                content,
                sentence: sentence.span,
                speaker: Some(SpeakerRef {
                    span: speaker,
                    antecedent: None,
                    via: None,
                }),
                cue: Some((token.span, *class)),
                kind: ClaimKind::Indirect,
            });
            break;
        }
    }
    out
}
