//! `claimgraph train-judge`: trains the judge's learned weights on labelled
//! sentence pairs and writes the weight table.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimgraph::Config;
use claimgraph::link::{Relation, TrainOptions, TrainPair, TrainSet, train};
use claimgraph::pairs::read_pairs;

/// What to train on and how.
pub(crate) struct Args {
    /// CSV files with a header `s1,s2,label` (the third column holds the label).
    pub(crate) pairs: Vec<PathBuf>,
    /// SICK files (tab-separated); their TRAIN rows are used.
    pub(crate) sick: Vec<PathBuf>,
    /// How far to even out the classes of each CSV file (0 to 1).
    pub(crate) balance: f32,
    /// Where to write the table.
    pub(crate) out: PathBuf,
    pub(crate) options: TrainOptions,
}

pub(crate) fn run(args: &Args) -> ExitCode {
    match train_files(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("claimgraph: {message}");
            ExitCode::from(1)
        }
    }
}

/// Maps a dataset label to a relation; `None` for a label left out
/// (Emergent's `observing`).
fn relation_of(label: &str) -> Result<Option<Relation>, String> {
    Ok(Some(match label.trim().to_ascii_lowercase().as_str() {
        "agree" | "entailment" | "for" | "corroborates" => Relation::Corroborates,
        "disagree" | "contradiction" | "against" | "contradicts" => Relation::Contradicts,
        "other" | "neutral" | "unrelated" => Relation::Unrelated,
        "observing" => return Ok(None),
        other => return Err(format!("unknown label {other:?}")),
    }))
}

fn read_csv(path: &Path) -> Result<Vec<TrainPair>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let rows = read_pairs(&path.display().to_string(), &bytes).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for row in rows {
        let label = row
            .rest
            .first()
            .ok_or_else(|| format!("{}:{}: no label column", path.display(), row.line))?;
        let gold = relation_of(label).map_err(|e| format!("{}:{}: {e}", path.display(), row.line))?;
        if let Some(gold) = gold {
            out.push(TrainPair {
                s1: row.s1,
                s2: row.s2,
                gold,
            });
        }
    }
    Ok(out)
}

/// The TRAIN rows of a SICK file (columns `sentence_A`, `sentence_B`,
/// `entailment_label`, `SemEval_set`).
fn read_sick(path: &Path) -> Result<Vec<TrainPair>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| format!("{}: no column {name:?}", path.display()))
    };
    let (ca, cb, cl, cs) = (
        col("sentence_A")?,
        col("sentence_B")?,
        col("entailment_label")?,
        col("SemEval_set")?,
    );
    let mut out = Vec::new();
    for (i, line) in lines.enumerate() {
        let f: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        if f.len() <= cs.max(cl).max(ca).max(cb) {
            return Err(format!("{}:{}: short row", path.display(), i + 2));
        }
        if f[cs].trim() != "TRAIN" {
            continue;
        }
        let gold = relation_of(f[cl]).map_err(|e| format!("{}:{}: {e}", path.display(), i + 2))?;
        if let Some(gold) = gold {
            out.push(TrainPair {
                s1: f[ca].to_string(),
                s2: f[cb].to_string(),
                gold,
            });
        }
    }
    Ok(out)
}

fn train_files(args: &Args) -> Result<(), String> {
    if args.pairs.is_empty() && args.sick.is_empty() {
        return Err("train-judge needs at least one --pairs or --sick file".into());
    }
    let mut sets = Vec::new();
    for path in &args.pairs {
        sets.push(TrainSet {
            name: path.display().to_string(),
            pairs: read_csv(path)?,
            balance: args.balance,
        });
    }
    for path in &args.sick {
        sets.push(TrainSet {
            name: path.display().to_string(),
            pairs: read_sick(path)?,
            balance: 0.0,
        });
    }
    for set in &sets {
        if set.pairs.is_empty() {
            return Err(format!("{}: no labelled pairs", set.name));
        }
        eprintln!("{}: {} pairs", set.name, set.pairs.len());
    }
    let model = train(&sets, &args.options, &Config::default());
    std::fs::write(&args.out, &model.text).map_err(|e| format!("{}: {e}", args.out.display()))?;
    eprintln!(
        "trained on {} pairs: {} sparse weights, training accuracy {:.3}; wrote {}",
        model.pairs,
        model.sparse,
        model.train_accuracy,
        args.out.display()
    );
    Ok(())
}
