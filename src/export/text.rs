//! A readable text report: disputes first (each with its two sides, their
//! speakers and camps, the claims, and the reasons of the strongest
//! contradiction), then corroboration clusters, then the agreement table.

use std::fmt::Write as _;

use crate::error::{Error, Result};
use crate::export::{shorten, speaker_name};
use crate::graph::ClaimGraph;
use crate::link::ClaimId;

/// The most characters of a claim's text shown in the report.
pub const CLAIM_CHARS: usize = 200;

/// The report of a graph.
///
/// ```
/// use claimgraph::{export, Article, ClaimGraph, Config};
/// let graph = ClaimGraph::build(&[
///     Article::new("a", "Baghdad said the talks include a withdrawal of troops."),
///     Article::new("b", "The Pentagon said the talks do not include a withdrawal of troops."),
/// ], &Config::default());
/// let report = export::text::to_string(&graph);
/// assert!(report.contains("Iraqi government  vs  US government"));
/// assert!(report.contains("negation: "));
/// ```
pub fn to_string(graph: &ClaimGraph) -> String {
    let mut out = String::new();
    let n_contradictions = graph.contradictions().count();
    let _ = writeln!(
        out,
        "{} articles, {} claims, {} links ({} contradictions, {} corroborations)",
        graph.articles().len(),
        graph.len(),
        graph.links().len(),
        n_contradictions,
        graph.links().len() - n_contradictions
    );

    let disputes = graph.disputes();
    let _ = writeln!(out, "\nDisputes ({})", disputes.len());
    for (n, dispute) in disputes.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}. {}  vs  {}",
            n + 1,
            side_name(graph, &dispute.a),
            side_name(graph, &dispute.b)
        );
        side(&mut out, graph, "A", &dispute.a);
        side(&mut out, graph, "B", &dispute.b);
        let link = &graph.links()[dispute.strongest];
        let _ = writeln!(
            out,
            "   Strongest: {} contradicts {} (score {:.2}), because:",
            link.a, link.b, link.score
        );
        for reason in &link.reasons {
            let _ = writeln!(out, "     - {}: {}", reason.kind.as_str(), reason.detail);
        }
        if dispute.links.len() > 1 {
            let _ = writeln!(
                out,
                "   ({} contradictions between these sides in all)",
                dispute.links.len()
            );
        }
    }

    let clusters = graph.clusters();
    let _ = writeln!(out, "\nCorroborations ({} clusters)", clusters.len());
    for (n, cluster) in clusters.iter().enumerate() {
        let labels: Vec<String> = cluster.sources.iter().map(|s| s.label()).collect();
        let _ = writeln!(
            out,
            "\n{}. {} claims, {} independent sources: {}",
            n + 1,
            cluster.claims.len(),
            cluster.independent_sources(),
            labels.join(", ")
        );
        for &id in &cluster.claims {
            claim_line(&mut out, graph, id);
        }
    }

    let table = graph.agreement();
    if !table.is_empty() {
        let _ = writeln!(out, "\nAgreement between sources");
        for row in &table {
            let _ = writeln!(
                out,
                "   {} / {}: {} corroborations, {} contradictions",
                row.a, row.b, row.corroborations, row.contradictions
            );
        }
    }
    out
}

/// Writes the report of a graph to `out`.
pub fn write(out: &mut dyn std::io::Write, graph: &ClaimGraph) -> Result<()> {
    out.write_all(to_string(graph).as_bytes())
        .map_err(|e| Error::export(e.to_string()))
}

/// The camps of a side, or its speakers when none has a camp.
fn side_name(graph: &ClaimGraph, claims: &[ClaimId]) -> String {
    let camps = graph.camps_of(claims);
    if camps.is_empty() {
        graph.sources_of(claims).join(", ")
    } else {
        camps.join(", ")
    }
}

fn side(out: &mut String, graph: &ClaimGraph, name: &str, claims: &[ClaimId]) {
    let sources = graph.sources_of(claims);
    let _ = writeln!(
        out,
        "   Side {name}: {} claim{}, {} source{}",
        claims.len(),
        if claims.len() == 1 { "" } else { "s" },
        sources.len(),
        if sources.len() == 1 { "" } else { "s" }
    );
    for &id in claims {
        claim_line(out, graph, id);
    }
}

fn claim_line(out: &mut String, graph: &ClaimGraph, id: ClaimId) {
    let claim = graph.claim(id);
    let camp = claim.camp().map(|c| format!(" ({c})")).unwrap_or_default();
    let _ = writeln!(
        out,
        "     {id} [{}] {}{camp}: «{}»",
        claim.article,
        speaker_name(graph, id),
        shorten(&claim.text, CLAIM_CHARS)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_graph_reports_nothing_found() {
        let report = to_string(&ClaimGraph::new());
        assert!(report.starts_with("0 articles, 0 claims, 0 links"));
        assert!(report.contains("Disputes (0)"));
        assert!(report.contains("Corroborations (0 clusters)"));
    }
}
