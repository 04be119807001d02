//! Linking as a library: extract claims yourself, add them to a graph, and ask
//! the graph about contradictions, speakers and camps.
//!
//! Run with `cargo run --example link_library`.

use claimgraph::{Article, ClaimGraph, Config, extract};

fn main() {
    let config = Config::default();
    let articles = [
        Article::new(
            "wire-1",
            "قالت الحكومة العراقية إن المحادثات تتضمن انسحاب القوات الأجنبية من البلاد.",
        ),
        Article::new(
            "wire-2",
            "قال البنتاغون إن المحادثات لا تتضمن انسحاب القوات الأجنبية من البلاد.",
        ),
        Article::new(
            "wire-3",
            "Baghdad said the talks include a withdrawal of foreign troops from the country.",
        ),
        Article::new(
            "wire-4",
            "Washington said the talks do not include a withdrawal of foreign troops from the country.",
        ),
    ];

    // Claims can come from anywhere: here they are extracted first, then added.
    let mut graph = ClaimGraph::new();
    for article in &articles {
        let claims = extract(article, &config).claims;
        graph.add_claims(claims, &config);
    }

    println!("{} claims, {} links", graph.len(), graph.links().len());
    for link in graph.contradictions() {
        let (a, b) = (graph.claim(link.a), graph.claim(link.b));
        println!(
            "{} ({}) contradicts {} ({}), score {:.2}",
            link.a,
            graph.source(link.a),
            link.b,
            graph.source(link.b),
            link.score
        );
        println!("    «{}»\n    «{}»", a.text, b.text);
        for reason in &link.reasons {
            println!("    {}: {}", reason.kind.as_str(), reason.detail);
        }
    }

    let between = graph.links_between_camps("Iraqi government", "US government");
    println!("\nlinks between the Iraqi and US governments: {}", between.len());
    for row in graph.agreement() {
        println!(
            "{} / {}: {} corroborations, {} contradictions",
            row.a, row.b, row.corroborations, row.contradictions
        );
    }
}
