//! Arabic attribution.

use serde::Deserialize;

use super::{Attribution, SpeakerRef};
use crate::claim::{ClaimKind, CueClass, Diagnostic};
use crate::extract::Doc;
use crate::span::Span;

/// Arabic cue lexicon.
#[derive(Clone, Debug, Deserialize)]
pub(crate) struct ArabicCues {
    /// Cue verbs (folded), with their class.
    verbs: Vec<(String, CueClass)>,
    /// Complementizers (folded) that open indirect content.
    complementizers: Vec<String>,
}

pub(super) fn attribute(
    doc: &Doc<'_>,
    lex: &ArabicCues,
    _diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Attribution> {
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let tokens = doc.tokens_in(sentence.span);
        for (i, token) in tokens.iter().enumerate() {
            let bare = token.norm.trim_start_matches('و');
            let Some((_, class)) = lex.verbs.iter().find(|(v, _)| v == bare) else {
                continue;
            };
            let Some(comp) = tokens[i + 1..]
                .iter()
                .position(|t| lex.complementizers.contains(&t.norm))
            else {
                continue;
            };
            let comp = i + 1 + comp;
            if comp == i + 1 || comp + 1 >= tokens.len() {
                continue;
            }
            let speaker = Span::new(tokens[i + 1].span.start, tokens[comp - 1].span.end);
            let content = Span::new(tokens[comp + 1].span.start, sentence.span.end)
                .trim(doc.text, &['.', '“', '”', '"']);
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
