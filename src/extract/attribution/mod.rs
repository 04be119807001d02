//! Attribution: who says what. Finds speakers, reporting cues and contents.
//!
//! One implementation per language, chosen by the article's language; both
//! produce the same [`Attribution`] records.

mod arabic;
mod english;

use crate::claim::{ClaimKind, CueClass, Diagnostic};
use crate::error::Result;
use crate::extract::Doc;
use crate::lang::Lang;
use crate::span::Span;

/// One attribution found in the text: content, speaker and cue spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// What is claimed.
    pub(crate) content: Span,
    /// The sentence(s) the attribution was found in.
    pub(crate) sentence: Span,
    /// Who claims it, when anybody is named or carried.
    pub(crate) speaker: Option<SpeakerRef>,
    /// The reporting words and their class.
    pub(crate) cue: Option<(Span, CueClass)>,
    /// How the content is reported.
    pub(crate) kind: ClaimKind,
}

/// Where the speaker of an attribution is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SpeakerRef {
    /// Where the sentence names the speaker (a name, title or pronoun); for an
    /// elided subject, the earlier mention it was carried from.
    pub(crate) span: Span,
    /// The earlier mention a pronoun, elided subject or "the statement" stands for.
    pub(crate) antecedent: Option<Span>,
    /// The intermediate reporter of a chain ("the Pentagon quoted Singh").
    pub(crate) via: Option<Span>,
}

/// The cue lexicon of one language (`lexicons/{ar,en}/cues.toml`).
#[derive(Clone, Debug)]
pub(crate) enum CueLexicon {
    Ar(arabic::ArabicCues),
    En(english::EnglishCues),
}

impl CueLexicon {
    pub(crate) fn parse(lang: Lang, origin: &str, text: &str) -> Result<CueLexicon> {
        Ok(match lang {
            Lang::Ar => CueLexicon::Ar(crate::lexicon::parse_toml(origin, text)?),
            Lang::En => CueLexicon::En(crate::lexicon::parse_toml(origin, text)?),
        })
    }
}

/// Finds every attribution in the document.
pub(crate) fn attribute(
    doc: &Doc<'_>,
    lex: &CueLexicon,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Attribution> {
    match lex {
        CueLexicon::Ar(cues) => arabic::attribute(doc, cues, diagnostics),
        CueLexicon::En(cues) => english::attribute(doc, cues, diagnostics),
    }
}
