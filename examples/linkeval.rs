//! Scores the linker on the hand-annotated stories of `tests/stories`.
//!
//! ```text
//! cargo run --release --example linkeval -- [--errors] [DIR...]
//! ```
//!
//! A second, held-out set of stories lives in `tests/heldout`, in the same
//! layout. It is kept out of tuning, so its figures show how the linker does on
//! stories it was not adjusted to; score it with
//!
//! ```text
//! cargo run --release --example linkeval -- tests/heldout/*
//! ```
//!
//! A third set, `tests/fresh`, is kept out of all tuning too; score it with `tests/fresh/*`. A
//! fourth, `tests/unseen`, was written last, by hand like the others, and only its totals are
//! read: score it with `tests/unseen/*`.
//!
//! Each DIR is a story folder: articles (`*.txt`) and a `links.toml` listing the
//! contradictions and corroborations a careful reader marks (format at the top of
//! `tests/linkeval/mod.rs`). Without DIR, every story under `tests/stories` is
//! scored. For each story the program builds a `ClaimGraph` with the default
//! configuration and prints contradiction and corroboration precision, recall of
//! the annotated pairs found directly, and recall of those reached directly or
//! through corroboration clusters; then the total over all stories.
//! `--errors` also lists every false link (with both claims and the link's
//! reasons), every annotated pair not found directly, and every annotated
//! statement that no claim covers (an extraction miss, not a linking error).

use std::path::PathBuf;
use std::process::ExitCode;

// The shared scoring module also serves the test, which uses items this
// program does not.
#[allow(dead_code)]
#[path = "../tests/linkeval/mod.rs"]
mod linkeval;

fn main() -> ExitCode {
    let mut errors = false;
    let mut dirs = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--errors" => errors = true,
            "-h" | "--help" => {
                println!("usage: linkeval [--errors] [DIR...]");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => {
                eprintln!("linkeval: unknown option {flag}\nusage: linkeval [--errors] [DIR...]");
                return ExitCode::from(2);
            }
            dir => dirs.push(PathBuf::from(dir)),
        }
    }
    if dirs.is_empty() {
        match linkeval::story_dirs(&linkeval::default_root()) {
            Ok(found) => dirs = found,
            Err(e) => {
                eprintln!("linkeval: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if dirs.is_empty() {
        eprintln!("linkeval: no story folders (with a links.toml) to score");
        return ExitCode::FAILURE;
    }
    let mut total = linkeval::Score {
        name: "total".to_string(),
        ..linkeval::Score::default()
    };
    for dir in &dirs {
        let story = match linkeval::load_story(dir) {
            Ok(story) => story,
            Err(e) => {
                eprintln!("linkeval: {e}");
                return ExitCode::FAILURE;
            }
        };
        let counts = linkeval::pair_counts(&story);
        let graph = story.graph();
        let score = linkeval::score(&story, &graph);
        print!("{}", score.summary());
        println!(
            "  annotated: {} contradictions, {} corroborations, {} restatements, {} distractor pairs",
            counts["contradicts"], counts["corroborates"], counts["restates"], counts["unrelated"]
        );
        if errors && !score.errors.is_empty() {
            print!("{}", score.errors);
        }
        total.add(&score);
    }
    if dirs.len() > 1 {
        print!("{}", total.summary());
    }
    ExitCode::SUCCESS
}
