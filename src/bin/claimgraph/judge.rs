//! `claimgraph judge --pairs FILE`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use claimgraph::{Article, Config};

/// Reads the pairs, judges each, writes `relation,score` rows.
pub(crate) fn run(path: &Path) -> ExitCode {
    let config = Config::default();
    let mut reader = match csv::Reader::from_path(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("claimgraph: {}: {e}", path.display());
            return ExitCode::from(1);
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let _ = writeln!(out, "relation,score");
    for (i, record) in reader.records().enumerate() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                eprintln!("claimgraph: {}: row {}: {e}", path.display(), i + 2);
                return ExitCode::from(1);
            }
        };
        let (Some(s1), Some(s2)) = (record.get(0), record.get(1)) else {
            eprintln!(
                "claimgraph: {}: row {}: fewer than two columns",
                path.display(),
                i + 2
            );
            return ExitCode::from(1);
        };
        let a = claimgraph::extract(&Article::new("s1", s1), &config).claims;
        let b = claimgraph::extract(&Article::new("s2", s2), &config).claims;
        let (relation, score) = match (a.first(), b.first()) {
            (Some(a), Some(b)) => {
                let j = claimgraph::link::judge(a, b, &config);
                (j.relation.as_str(), j.score)
            }
            _ => ("unrelated", 0.0),
        };
        let _ = writeln!(out, "{relation},{score:.3}");
    }
    ExitCode::SUCCESS
}
