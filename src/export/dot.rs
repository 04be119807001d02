//! The DOT export, for Graphviz: red edges contradict, green edges corroborate.
//!
//! Only claims with at least one link are drawn. Nodes are labelled
//! "speaker: short text" (Arabic is written as it stands; Graphviz renders
//! UTF-8), edges with their score and reason kinds.

use std::fmt::Write as _;

use crate::error::{Error, Result};
use crate::export::{shorten, speaker_name};
use crate::graph::ClaimGraph;
use crate::link::{ClaimId, Relation};

/// The most characters of a claim's text shown in its node label.
pub const LABEL_CHARS: usize = 60;

/// The DOT text of a graph.
///
/// ```
/// use claimgraph::{export, Article, ClaimGraph, Config};
/// let graph = ClaimGraph::build(&[
///     Article::new("a", "قالت بغداد إن المحادثات تتضمن انسحاب القوات."),
///     Article::new("b", "قال البنتاغون إن المحادثات لا تتضمن انسحاب القوات."),
/// ], &Config::default());
/// let dot = export::dot::to_string(&graph);
/// assert!(dot.starts_with("graph claimgraph {"));
/// assert!(dot.contains("c0 -- c1 [color=red"));
/// assert!(dot.contains("Iraqi government: "));
/// ```
pub fn to_string(graph: &ClaimGraph) -> String {
    let mut out = String::new();
    out.push_str("graph claimgraph {\n");
    out.push_str("  graph [charset=\"UTF-8\", overlap=false, splines=true];\n");
    out.push_str("  node [shape=box, style=\"rounded\", fontname=\"sans-serif\", fontsize=10];\n");
    out.push_str("  edge [fontname=\"sans-serif\", fontsize=9];\n");
    let mut linked = vec![false; graph.len()];
    for link in graph.links() {
        linked[link.a.0] = true;
        linked[link.b.0] = true;
    }
    for (i, claim) in graph.claims().iter().enumerate() {
        if !linked[i] {
            continue;
        }
        let id = ClaimId(i);
        let label = format!(
            "{}: {}",
            speaker_name(graph, id),
            shorten(&claim.text, LABEL_CHARS)
        );
        let tooltip = format!("{} [{}..{}]", claim.article, claim.span.start, claim.span.end);
        let _ = writeln!(
            out,
            "  {id} [label=\"{}\", tooltip=\"{}\"];",
            escape(&label),
            escape(&tooltip)
        );
    }
    for link in graph.links() {
        let color = match link.relation {
            Relation::Contradicts => "red",
            Relation::Corroborates => "darkgreen",
            Relation::Unrelated => "gray",
        };
        let kinds: Vec<&str> = link.reasons.iter().map(|r| r.kind.as_str()).collect();
        let label = format!("{:.2} {}", link.score, kinds.join(", "));
        let style = if link.independent { "solid" } else { "dashed" };
        let _ = writeln!(
            out,
            "  {} -- {} [color={color}, style={style}, label=\"{}\"];",
            link.a,
            link.b,
            escape(label.trim_end())
        );
    }
    out.push_str("}\n");
    out
}

/// Writes the DOT text of a graph to `out`.
pub fn write(out: &mut dyn std::io::Write, graph: &ClaimGraph) -> Result<()> {
    out.write_all(to_string(graph).as_bytes())
        .map_err(|e| Error::export(e.to_string()))
}

/// Escapes text for a double-quoted DOT string: backslashes and quotes are
/// escaped, line breaks become `\n`, other control characters are dropped.
///
/// ```
/// assert_eq!(claimgraph::export::dot::escape("say \"no\"\\"), "say \\\"no\\\"\\\\");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_handles_quotes_backslashes_and_controls() {
        assert_eq!(escape("a\"b"), "a\\\"b");
        assert_eq!(escape("a\\"), "a\\\\");
        assert_eq!(escape("a\nb\r\u{7}"), "a\\nb");
        assert_eq!(escape("«قال»"), "«قال»");
    }

    #[test]
    fn empty_graph_is_valid_dot() {
        let dot = to_string(&ClaimGraph::new());
        assert!(dot.starts_with("graph claimgraph {"));
        assert!(dot.ends_with("}\n"));
    }
}
