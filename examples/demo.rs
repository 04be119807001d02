//! The demo: builds the claim graph of the crate's own sample corpus
//! (`examples/corpus/`, short articles in Arabic and English about the January
//! 2024 talks on the US-led coalition in Iraq) and prints its disputes, then
//! its corroborations.
//!
//! Run with `cargo run --example demo`.

use std::path::{Path, PathBuf};
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
    let mut articles = Vec::new();
    for path in corpus_files(&dir) {
        match Article::from_path(&path) {
            Ok(article) => articles.push(article),
            Err(e) => {
                eprintln!("demo: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let graph = ClaimGraph::build(&articles, &config);
    print!("{}", export::text::to_string(&graph));
    ExitCode::SUCCESS
}

/// The `.txt` files of the corpus, sorted by name so the output is the same on every run.
fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
