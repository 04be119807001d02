//! The `claimgraph` command line.

use std::path::PathBuf;
use std::process::ExitCode;

mod judge;
mod train;

use clap::{Parser, Subcommand, ValueEnum};

use claimgraph::link::TrainOptions;
use claimgraph::{Article, ClaimGraph, Config, export};

/// Finds who said what in news articles and where their accounts collide.
#[derive(Parser)]
#[command(name = "claimgraph", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract and link the claims of the given articles and write the graph.
    Analyze {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// A TOML alias file adding actors and camps to the built-in table.
        #[arg(long)]
        aliases: Option<PathBuf>,
        /// Article files (UTF-8 text); each file's name without extension is its id.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Judge sentence pairs from a CSV file with a header `s1,s2[,...]`; writes CSV
    /// `relation,score` per row, in input order.
    Judge {
        /// The CSV file of pairs.
        #[arg(long)]
        pairs: PathBuf,
        /// Add the trained weights of `lexicons/judge_model.txt` (see
        /// `train-judge`) to the hand-weighted score.
        #[arg(long)]
        trained: bool,
    },
    /// Train the judge's learned weights on labelled sentence pairs and write
    /// the weight table (the format of `lexicons/judge_model.txt`).
    TrainJudge {
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
        /// Where to write the table.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// A readable report: disputes, then corroborations.
    Text,
    /// The `claimgraph/1` JSON document.
    Json,
    /// Graphviz DOT: red edges contradict, green ones corroborate.
    Dot,
    /// GraphML.
    Graphml,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze {
            format,
            aliases,
            files,
        } => analyze(format, aliases, &files),
        Command::Judge { pairs, trained } => judge::run(&pairs, trained),
        Command::TrainJudge {
            pairs,
            sick,
            balance,
            epochs,
            l2,
            hand_l2,
            min_count,
            prune,
            sparse_l2,
            no_diff,
            no_side,
            grams,
            no_bins,
            bin_pairs,
            word_unrelated,
            roots,
            reverse,
            rate,
            runs,
            average,
            out,
        } => train::run(&train::Args {
            pairs,
            sick,
            balance,
            out,
            options: TrainOptions {
                epochs,
                l2,
                hand_l2,
                min_count,
                prune,
                sparse_l2,
                diff: !no_diff,
                side: !no_side,
                grams,
                bins: !no_bins,
                crosses: bin_pairs,
                word_unrelated,
                roots,
                reverse,
                rate,
                runs,
                average,
            },
        }),
    }
}

fn analyze(format: Format, aliases: Option<PathBuf>, files: &[PathBuf]) -> ExitCode {
    let mut config = Config::default();
    if let Some(path) = aliases {
        match config.with_alias_file(&path) {
            Ok(c) => config = c,
            Err(e) => {
                eprintln!("claimgraph: {e}");
                return ExitCode::from(1);
            }
        }
    }
    let mut failed = false;
    let mut articles = Vec::new();
    for result in Article::read_many(files) {
        match result {
            Ok(a) => articles.push(a),
            Err(e) => {
                eprintln!("claimgraph: {e}");
                failed = true;
            }
        }
    }
    let graph = ClaimGraph::build(&articles, &config);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match format {
        Format::Text => export::text::write(&mut out, &graph),
        Format::Json => export::json::write(&mut out, &graph),
        Format::Dot => export::dot::write(&mut out, &graph),
        Format::Graphml => export::graphml::write(&mut out, &graph),
    };
    if let Err(e) = written {
        eprintln!("claimgraph: {e}");
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
