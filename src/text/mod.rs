//! Text stages: cleaning, normalization for matching, and segmentation.
//!
//! None of them changes the text: they mark regions, fold copies for matching,
//! and report spans into the original.

pub mod clean;
pub mod normalize;
pub mod segment;

use serde::Deserialize;

use crate::error::Result;

/// The text lexicon of one language: page-chrome patterns, abbreviations and
/// stop words (`lexicons/{ar,en}/text.toml`).
#[derive(Clone, Debug, Deserialize)]
pub(crate) struct TextLexicon {
    /// Regular expressions; a line matching one wholly is page chrome.
    #[serde(default)]
    pub(crate) chrome: Vec<String>,
    /// Abbreviations ending in a full stop, after which no sentence ends.
    #[serde(default)]
    pub(crate) abbreviations: Vec<String>,
    /// Words that carry no topic.
    #[serde(default)]
    pub(crate) stopwords: Vec<String>,
}

impl TextLexicon {
    pub(crate) fn parse(origin: &str, text: &str) -> Result<TextLexicon> {
        crate::lexicon::parse_toml(origin, text)
    }
}
