//! The `claimgraph` command line.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

mod judge;

use clap::{Parser, Subcommand, ValueEnum};

use claimgraph::{Article, Claim, Config, extract};

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
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze {
            format,
            aliases,
            files,
        } => analyze(format, aliases, &files),
        Command::Judge { pairs } => judge::run(&pairs),
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
    for path in files {
        match Article::from_path(path) {
            Ok(a) => articles.push(a),
            Err(e) => {
                eprintln!("claimgraph: {e}");
                failed = true;
            }
        }
    }
    let claims: Vec<Claim> = articles.iter().flat_map(|a| extract(a, &config).claims).collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match format {
        Format::Json => {
            let refs: Vec<&Article> = articles.iter().collect();
            claimgraph::export::json::write(&mut out, &refs, &claims, &[])
        }
        Format::Text => {
            for c in &claims {
                let speaker = c.speaker.as_ref().map_or("(narrator)", |s| s.text.as_str());
                let _ = writeln!(out, "[{}] {}: {}", c.article, speaker, c.text);
            }
            Ok(())
        }
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
