//! Exports of a [`ClaimGraph`]: JSON (the `claimgraph/1` contract), DOT
//! (Graphviz), GraphML and a readable text report.
//!
//! Each format has a `write(out, graph)` function; the textual ones also have
//! `to_string(graph)`.
//!
//! ```
//! use claimgraph::{export, Article, ClaimGraph, Config};
//! let graph = ClaimGraph::build(&[
//!     Article::new("a", "The ministry said the talks include a withdrawal of troops."),
//!     Article::new("b", "The army said the talks do not include a withdrawal of troops."),
//! ], &Config::default());
//! let dot = export::dot::to_string(&graph);
//! assert!(dot.contains("color=red"));
//! let report = export::text::to_string(&graph);
//! assert!(report.contains("Disputes (1)"));
//! ```

pub mod dot;
pub mod graphml;
pub mod json;
pub mod text;

use crate::claim::Claim;
use crate::graph::ClaimGraph;
use crate::link::ClaimId;

/// Who says a claim, for display: the canonical actor, else the person, else
/// the speaker's words as written, else "narrator" of the outlet or article.
pub(crate) fn speaker_name(graph: &ClaimGraph, id: ClaimId) -> String {
    let claim: &Claim = graph.claim(id);
    match &claim.speaker {
        Some(s) => s
            .canonical
            .clone()
            .or_else(|| s.person.clone())
            .unwrap_or_else(|| collapse(&s.text)),
        None => graph.source(id).label(),
    }
}

/// `text` with runs of white space made one space and cut to at most
/// `max_chars` characters (an ellipsis marks the cut).
pub(crate) fn shorten(text: &str, max_chars: usize) -> String {
    let collapsed = collapse(text);
    if collapsed.chars().count() <= max_chars {
        return collapsed;
    }
    let mut out: String = collapsed.chars().take(max_chars.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// `text` with runs of white space (and control characters) made one space.
fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_on_chars_and_collapses_space() {
        assert_eq!(shorten("a  b\n\tc", 10), "a b c");
        assert_eq!(shorten("قالت الحكومة العراقية", 6), "قالت…");
        assert_eq!(shorten("abcdef", 3), "ab…");
        assert_eq!(shorten("x\u{0}y", 5), "x y");
    }
}
