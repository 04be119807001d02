//! `claimgraph train-judge`: trains the judge's learned weights on labelled
//! sentence pairs and writes the weight table.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimgraph::Config;
use claimgraph::link::{BoostOptions, TrainOptions, TrainPair, TrainSet, train};
use claimgraph::pairs::{read_pairs, relation_of_label};

/// What to train on and how: the flags of `train-judge`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// A CSV file with a header `s1,s2,label` (any label column name);
    /// labels agree/disagree/other, entailment/contradiction/neutral,
    /// for/against or corroborates/contradicts/unrelated. Repeatable.
    #[arg(long)]
    pairs: Vec<PathBuf>,
    /// A SICK corpus file (tab-separated); its TRAIN rows are used. Repeatable.
    #[arg(long)]
    sick: Vec<PathBuf>,
    /// How far to even out the classes of each `--pairs` file: 0 weighs
    /// every pair alike, 1 gives every class the same weight.
    #[arg(long, default_value_t = 0.5)]
    balance: f32,
    /// Passes over the data.
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// The L2 penalty.
    #[arg(long, default_value_t = TrainOptions::default().l2)]
    l2: f32,
    /// The L2 penalty on the weights of the hand features; "inf" keeps
    /// the hand weights of judge.toml as they are.
    #[arg(long, default_value_t = TrainOptions::default().hand_l2)]
    hand_l2: f32,
    /// Sparse features seen in fewer pairs are left out.
    #[arg(long, default_value_t = TrainOptions::default().min_count)]
    min_count: usize,
    /// The L2 penalty on the sparse (word) weights.
    #[arg(long, default_value_t = TrainOptions::default().sparse_l2)]
    sparse_l2: f32,
    /// Learn no `diff` features (a word in one claim only), only `cross`
    /// features (a word of one claim against a word of the other).
    #[arg(long)]
    no_diff: bool,
    /// Learn no `drop` / `add` features (a word in the first or in the
    /// second claim only).
    #[arg(long)]
    no_side: bool,
    /// Also learn `gram` features (character trigrams of a word in one
    /// claim only).
    #[arg(long)]
    grams: bool,
    /// Learn no `bin` features (a weight per bin of each dense feature's
    /// value).
    #[arg(long)]
    no_bins: bool,
    /// Also learn `bin2` features (pairs of bins of the contrast and copy
    /// features).
    #[arg(long)]
    bin_pairs: bool,
    /// Word features learn a weight towards `unrelated` too (by default
    /// they only tell contradiction from corroboration).
    #[arg(long)]
    word_unrelated: bool,
    /// Also learn `rdiff` / `rcross` features: `diff` and `cross` over the
    /// words' consonant skeletons (an Arabic root's inflections together).
    #[arg(long)]
    roots: bool,
    /// Also train on each pair the other way round (s2 against s1), each
    /// way at half weight.
    #[arg(long)]
    reverse: bool,
    /// The first step size of gradient descent.
    #[arg(long, default_value_t = TrainOptions::default().rate)]
    rate: f32,
    /// Training runs with different shuffles, averaged.
    #[arg(long, default_value_t = TrainOptions::default().runs)]
    runs: usize,
    /// Average each run's weights over the passes of its last half.
    #[arg(long)]
    average: bool,
    /// Sparse weights smaller than this are pruned.
    #[arg(long, default_value_t = TrainOptions::default().prune)]
    prune: f32,
    /// Boosting rounds of the trees grown per language beside the linear
    /// weights (each round adds a tree per class); 0 grows none.
    #[arg(long, default_value_t = BoostOptions::default().rounds)]
    trees: usize,
    /// The most leaves of a tree.
    #[arg(long, default_value_t = BoostOptions::default().leaves)]
    leaves: usize,
    /// The step of boosting: each tree's leaf values are scaled by it.
    #[arg(long, default_value_t = BoostOptions::default().rate)]
    tree_rate: f32,
    /// The fewest training pairs in a leaf of a tree.
    #[arg(long, default_value_t = BoostOptions::default().min_leaf)]
    min_leaf: usize,
    /// The L2 penalty on the trees' leaf values.
    #[arg(long, default_value_t = BoostOptions::default().l2)]
    tree_l2: f32,
    /// The trees' share of the judge's probabilities (the rest is the
    /// linear weights').
    #[arg(long, default_value_t = BoostOptions::default().blend)]
    blend: f32,
    /// Where to write the table.
    #[arg(long)]
    out: PathBuf,
}

impl Args {
    /// The training options the flags ask for.
    fn options(&self) -> TrainOptions {
        TrainOptions {
            epochs: self.epochs,
            l2: self.l2,
            hand_l2: self.hand_l2,
            min_count: self.min_count,
            prune: self.prune,
            sparse_l2: self.sparse_l2,
            diff: !self.no_diff,
            side: !self.no_side,
            grams: self.grams,
            bins: !self.no_bins,
            crosses: self.bin_pairs,
            word_unrelated: self.word_unrelated,
            roots: self.roots,
            reverse: self.reverse,
            rate: self.rate,
            runs: self.runs,
            average: self.average,
            boost: BoostOptions {
                rounds: self.trees,
                leaves: self.leaves,
                rate: self.tree_rate,
                blend: self.blend,
                min_leaf: self.min_leaf,
                l2: self.tree_l2,
            },
        }
    }
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
    let model = train(&sets, &args.options(), &Config::default());
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
