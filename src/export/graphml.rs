//! The GraphML export, written by hand: every claim a node, every link an edge.
//!
//! Keys are declared once each, with ids unique across nodes and edges; all
//! text is escaped for XML and characters XML 1.0 forbids are replaced with
//! U+FFFD.

use std::fmt::Write as _;

use crate::error::{Error, Result};
use crate::export::speaker_name;
use crate::graph::ClaimGraph;
use crate::link::ClaimId;

/// The node keys: id, attribute name, type.
const NODE_KEYS: [(&str, &str, &str); 11] = [
    ("n_article", "article", "string"),
    ("n_start", "start", "int"),
    ("n_end", "end", "int"),
    ("n_text", "text", "string"),
    ("n_speaker", "speaker", "string"),
    ("n_camp", "camp", "string"),
    ("n_source", "source", "string"),
    ("n_kind", "kind", "string"),
    ("n_polarity", "polarity", "string"),
    ("n_modality", "modality", "string"),
    ("n_time", "time", "string"),
];

/// The edge keys: id, attribute name, type.
const EDGE_KEYS: [(&str, &str, &str); 4] = [
    ("e_relation", "relation", "string"),
    ("e_score", "score", "double"),
    ("e_independent", "independent", "boolean"),
    ("e_reasons", "reasons", "string"),
];

/// The GraphML document of a graph.
///
/// ```
/// use claimgraph::{export, Article, ClaimGraph, Config};
/// let graph = ClaimGraph::build(&[
///     Article::new("a", "The ministry said the talks include a withdrawal & more."),
///     Article::new("b", "The army said the talks do not include a withdrawal & more."),
/// ], &Config::default());
/// let xml = export::graphml::to_string(&graph);
/// assert!(xml.contains(r#"<edge id="e0" source="c0" target="c1">"#));
/// assert!(xml.contains("withdrawal &amp; more"));
/// ```
pub fn to_string(graph: &ClaimGraph) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, name, ty) in NODE_KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"node\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    for (id, name, ty) in EDGE_KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"edge\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"claimgraph\" edgedefault=\"undirected\">\n");
    for (i, claim) in graph.claims().iter().enumerate() {
        let id = ClaimId(i);
        let _ = writeln!(out, "    <node id=\"{id}\">");
        data(&mut out, "n_article", &claim.article);
        data(&mut out, "n_start", &claim.span.start.to_string());
        data(&mut out, "n_end", &claim.span.end.to_string());
        data(&mut out, "n_text", &claim.text);
        data(&mut out, "n_speaker", &speaker_name(graph, id));
        if let Some(camp) = claim.camp() {
            data(&mut out, "n_camp", camp);
        }
        data(&mut out, "n_source", &graph.source(id).label());
        data(&mut out, "n_kind", claim.kind.as_str());
        data(&mut out, "n_polarity", claim.polarity.as_str());
        data(&mut out, "n_modality", claim.modality.as_str());
        if let Some(time) = claim.time.as_ref().and_then(|t| t.iso()) {
            data(&mut out, "n_time", &time);
        }
        out.push_str("    </node>\n");
    }
    for (i, link) in graph.links().iter().enumerate() {
        let _ = writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            link.a, link.b
        );
        data(&mut out, "e_relation", link.relation.as_str());
        data(&mut out, "e_score", &format!("{}", link.score));
        data(
            &mut out,
            "e_independent",
            if link.independent { "true" } else { "false" },
        );
        let reasons: Vec<String> = link
            .reasons
            .iter()
            .map(|r| format!("{}: {}", r.kind.as_str(), r.detail))
            .collect();
        data(&mut out, "e_reasons", &reasons.join("; "));
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// Writes the GraphML document of a graph to `out`.
pub fn write(out: &mut dyn std::io::Write, graph: &ClaimGraph) -> Result<()> {
    out.write_all(to_string(graph).as_bytes())
        .map_err(|e| Error::export(e.to_string()))
}

fn data(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value));
}

/// Escapes text for XML content and attribute values; characters XML 1.0
/// does not allow become U+FFFD.
///
/// ```
/// assert_eq!(claimgraph::export::graphml::escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;\u{FFFD}");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_ids_are_unique() {
        let mut ids: Vec<&str> = NODE_KEYS.iter().chain(EDGE_KEYS.iter()).map(|k| k.0).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn escape_keeps_arabic_and_replaces_forbidden_characters() {
        assert_eq!(escape("«قال» <x>"), "«قال» &lt;x&gt;");
        assert_eq!(escape("a\u{0}b\u{FFFF}"), "a\u{FFFD}b\u{FFFD}");
        assert_eq!(escape("it's"), "it&apos;s");
    }
}
