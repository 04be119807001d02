//! Incremental updates: articles arrive one at a time; each is linked to the
//! graph so far without a rebuild, and the new links are shown.
//!
//! Run with `cargo run --example incremental`.

use std::path::Path;

use claimgraph::{Article, ClaimGraph, Config};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus");
    let config = Config::default()
        .with_alias_file(dir.join("aliases.toml"))
        .unwrap_or_else(|e| {
            eprintln!("incremental: {e}; going on without the demo gazetteer");
            Config::default()
        });
    let articles = Article::read_dir(&dir).unwrap_or_else(|e| {
        eprintln!("incremental: {e}");
        Vec::new()
    });

    let mut graph = ClaimGraph::new();
    for result in articles {
        let article = match result {
            Ok(article) => article,
            Err(e) => {
                eprintln!("incremental: {e}");
                continue;
            }
        };
        let added = graph.add_article(&article, &config);
        println!(
            "+ {}: {} claims ({} repeats), {} new links; graph now {} claims, {} links",
            article.id(),
            added.claims.len(),
            added.repeats,
            added.links.len(),
            graph.len(),
            graph.links().len()
        );
        for link in &graph.links()[added.links] {
            println!(
                "    {} {} {} ({:.2}): {} / {}",
                link.a,
                link.relation.as_str(),
                link.b,
                link.score,
                graph.source(link.a),
                graph.source(link.b)
            );
        }
    }
    println!(
        "\n{} disputes, {} corroboration clusters",
        graph.disputes().len(),
        graph.clusters().len()
    );
}
