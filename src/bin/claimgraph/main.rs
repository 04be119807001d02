//! The `claimgraph` command line.

use std::path::PathBuf;
use std::process::ExitCode;

mod judge;
mod train;

use clap::{Parser, Subcommand, ValueEnum};

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
    TrainJudge(train::Args),
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
        Command::TrainJudge(args) => train::run(&args),
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
