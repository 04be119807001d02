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
    let articles: Vec<Article> = match Article::read_dir(&dir) {
        Ok(all) => all.into_iter().filter_map(Result::ok).collect(),
        Err(e) => {
            eprintln!("export_picture: {e}");
            return ExitCode::FAILURE;
        }
    };
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
