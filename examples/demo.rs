//! The demo: builds the claim graph of the crate's own sample corpus
//! (`examples/corpus/`, short articles in Arabic and English about the January
//! 2024 talks on the US-led coalition in Iraq) and prints its disputes, then
//! its corroborations.
//!
//! Run with `cargo run --example demo`.

use std::path::Path;
use std::process::ExitCode;

use claimgraph::{Article, ClaimGraph, Config, export};

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus");
    let config = match Config::default().with_alias_file(dir.join("aliases.toml")) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("demo: {e}");
            return ExitCode::FAILURE;
        }
    };
    let articles: Result<Vec<Article>, _> = Article::read_dir(&dir).and_then(|all| all.into_iter().collect());
    let articles = match articles {
        Ok(articles) => articles,
        Err(e) => {
            eprintln!("demo: {e}");
            return ExitCode::FAILURE;
        }
    };
    let graph = ClaimGraph::build(&articles, &config);
    print!("{}", export::text::to_string(&graph));
    ExitCode::SUCCESS
}
