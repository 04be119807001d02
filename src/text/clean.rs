//! Marks page chrome (ads, navigation, credits, embeds) as skipped. Nothing is
//! removed, so offsets stay valid.

use regex::Regex;

use crate::span::Span;
use crate::text::TextLexicon;

/// A region of the text that extraction skips, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The skipped bytes.
    pub span: Span,
    /// Why they were skipped.
    pub reason: &'static str,
}

/// Finds the page chrome in `text`: whole lines that match a chrome pattern.
pub(crate) fn clean(text: &str, lex: &TextLexicon) -> Vec<Skipped> {
    let patterns: Vec<Regex> = lex
        .chrome
        .iter()
        .filter_map(|p| Regex::new(&format!("^(?:{p})$")).ok())
        .collect();
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(start, start + line.len());
        start += line.len();
        let trimmed = line.trim();
        if !trimmed.is_empty() && patterns.iter().any(|re| re.is_match(trimmed)) {
            out.push(Skipped {
                span,
                reason: "page chrome",
            });
        }
    }
    out
}
