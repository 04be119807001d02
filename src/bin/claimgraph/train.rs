//! `claimgraph train-judge`: trains the judge's learned weights on labelled
//! sentence pairs and writes the weight table.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimgraph::Config;
use claimgraph::link::{TrainOptions, TrainPair, TrainSet, train};
use claimgraph::pairs::{read_pairs, relation_of_label};

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

fn read_csv(path: &Path) -> Result<Vec<TrainPair>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let rows = read_pairs(&path.display().to_string(), &bytes).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for row in rows {
        let label = row
            .rest
            .first()
            .ok_or_else(|| format!("{}:{}: no label column", path.display(), row.line))?;
        let gold = relation_of_label(label).map_err(|e| format!("{}:{}: {e}", path.display(), row.line))?;
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

/// The TRAIN rows of a SICK file.
fn read_sick(path: &Path) -> Result<Vec<TrainPair>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let rows = claimgraph::pairs::read_sick(&path.display().to_string(), &text, "TRAIN")
        .map_err(|e| e.to_string())?;
    Ok(rows
        .into_iter()
        .map(|r| TrainPair {
            s1: r.s1,
            s2: r.s2,
            gold: r.gold,
        })
        .collect())
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
