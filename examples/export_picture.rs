//! Draws the sample corpus: writes `claimgraph.dot` (and `claimgraph.svg` when
//! Graphviz's `dot` is installed) into the directory given as the only
//! argument, or the system's temporary directory.
//!
//! Run with `cargo run --example export_picture -- OUT_DIR`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use claimgraph::{Article, ClaimGraph, Config, export};

fn main() -> ExitCode {
    let out_dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus");
    let config = match Config::default().with_alias_file(dir.join("aliases.toml")) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("export_picture: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let articles: Vec<Article> = files.iter().filter_map(|p| Article::from_path(p).ok()).collect();
    let graph = ClaimGraph::build(&articles, &config);

    let dot_path = out_dir.join("claimgraph.dot");
    if let Err(e) = std::fs::write(&dot_path, export::dot::to_string(&graph)) {
        eprintln!("export_picture: {}: {e}", dot_path.display());
        return ExitCode::FAILURE;
    }
    println!("wrote {}", dot_path.display());

    let svg_path = out_dir.join("claimgraph.svg");
    match Command::new("dot")
        .arg("-Tsvg")
        .arg(&dot_path)
        .arg("-o")
        .arg(&svg_path)
        .status()
    {
        Ok(status) if status.success() => println!("wrote {}", svg_path.display()),
        Ok(status) => {
            eprintln!("export_picture: dot failed ({status})");
            return ExitCode::FAILURE;
        }
        Err(_) => println!("Graphviz `dot` is not installed; no SVG written"),
    }
    ExitCode::SUCCESS
}
