//! `claimgraph judge --pairs FILE`: judges sentence pairs read from CSV.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use claimgraph::Config;
use claimgraph::link::judge_sentences;
use claimgraph::pairs::read_pairs;

/// Reads the pairs (see [`read_pairs`]), judges each with [`judge_sentences`]
/// (with the trained weights when `trained`), and writes `relation,score` rows in input order.
///
/// A file that cannot be read, a header that does not start with `s1,s2`, bad
/// quoting or a row with fewer than two fields stops the run before any row is
/// written, with a one-line message naming the file and the line, and exit
/// status 1.
pub(crate) fn run(path: &Path, trained: bool) -> ExitCode {
    match judge_file(path, trained) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("claimgraph: {message}");
            ExitCode::from(1)
        }
    }
}

fn judge_file(path: &Path, trained: bool) -> Result<(), String> {
    let mut config = Config::default();
    config.link.trained_judge = trained;
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let pairs = read_pairs(&path.display().to_string(), &bytes).map_err(|e| e.to_string())?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let write_error = |e: std::io::Error| format!("writing the results: {e}");
    writeln!(out, "relation,score").map_err(write_error)?;
    for pair in &pairs {
        let j = judge_sentences(&pair.s1, &pair.s2, &config);
        writeln!(out, "{},{:.3}", j.relation.as_str(), j.score).map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}
