//! Evaluates the pairwise judge on a labelled set of sentence pairs.
//!
//! ```text
//! cargo run --release --example evaluate -- --data ans|sick|emergent|csv --split train|dev|test \
//!     [--file F] [--dir D] [--errors N] [--lexicons L] [--trained] [--stance]
//! ```
//!
//! - `ans`: `{dir}/ans/stance/{split}.csv` (s1, s2, stance: agree / disagree / other).
//! - `sick`: `{dir}/sick/SICK.txt`, tab-separated, rows whose `SemEval_set` is TRAIN
//!   (train), TRIAL (dev) or TEST (test); `entailment_label` ENTAILMENT /
//!   CONTRADICTION / NEUTRAL.
//! - `emergent`: both `{dir}/emergent/*.csv` files, test split only; `y` for /
//!   against (pairs labelled observing are left out).
//! - `csv`: `--file F`, a CSV with header `s1,s2,label`, labels as above or
//!   contradicts / corroborates / unrelated.
//!
//! The data folder is `--dir`, else `$CLAIMGRAPH_EVAL`, else `../shared/eval` or
//! `/work/shared/eval`. Labels map to the judge's relations: agree, entailment,
//! for → corroborates; disagree, contradiction, against → contradicts; other,
//! neutral → unrelated. Every pair is judged with `judge_sentences`; the program
//! prints the confusion matrix, per-class precision, recall and F1, accuracy,
//! macro-F1 over the classes present in the gold labels, and pairs per second.
//! `--errors N` also prints up to N misjudged pairs with the judge's reasons;
//! `--lexicons L` uses the lexicon files found in folder L (e.g. another
//! `judge.toml` weight table, or a `judge_model.txt` written by
//! `claimgraph train-judge`) in place of the built-in ones; `--trained` adds the
//! trained weights of `judge_model.txt` to the hand-weighted score
//! (`LinkConfig::trained_judge`). `--stance` judges each pair with
//! `judge_stance`: the second text is taken to be about the first, and the
//! verdict is contradicts or corroborates (for Emergent's for / against pairs,
//! whose headlines all report the claim).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use claimgraph::Config;
use claimgraph::link::{Relation, judge_sentences, judge_stance};
use claimgraph::pairs::relation_of_label;

const RELATIONS: [Relation; 3] = [Relation::Contradicts, Relation::Corroborates, Relation::Unrelated];

struct Pair {
    s1: String,
    s2: String,
    gold: Relation,
}

struct Args {
    data: String,
    split: String,
    file: Option<PathBuf>,
    dir: Option<PathBuf>,
    errors: usize,
    lexicons: Option<PathBuf>,
    trained: bool,
    stance: bool,
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("evaluate: {msg}");
    eprintln!(
        "usage: evaluate --data ans|sick|emergent|csv --split train|dev|test [--file F] [--dir D] [--errors N] [--lexicons L] [--trained] [--stance]"
    );
    ExitCode::from(2)
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        data: String::new(),
        split: String::new(),
        file: None,
        dir: None,
        errors: 0,
        lexicons: None,
        trained: false,
        stance: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => args.data = value()?,
            "--split" => args.split = value()?,
            "--file" => args.file = Some(PathBuf::from(value()?)),
            "--dir" => args.dir = Some(PathBuf::from(value()?)),
            "--lexicons" => args.lexicons = Some(PathBuf::from(value()?)),
            "--trained" => args.trained = true,
            "--stance" => args.stance = true,
            "--errors" => {
                args.errors = value()?
                    .parse()
                    .map_err(|_| "--errors needs a number".to_string())?
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if !["ans", "sick", "emergent", "csv"].contains(&args.data.as_str()) {
        return Err("--data must be ans, sick, emergent or csv".into());
    }
    if !["train", "dev", "test"].contains(&args.split.as_str()) {
        return Err("--split must be train, dev or test".into());
    }
    if args.data == "csv" && args.file.is_none() {
        return Err("--data csv needs --file".into());
    }
    if args.data == "emergent" && args.split != "test" {
        return Err("emergent has a test split only".into());
    }
    Ok(args)
}

fn eval_dir(given: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(d) = given {
        return Ok(d.to_path_buf());
    }
    if let Ok(d) = std::env::var("CLAIMGRAPH_EVAL") {
        return Ok(PathBuf::from(d));
    }
    for d in ["../shared/eval", "/work/shared/eval"] {
        if Path::new(d).is_dir() {
            return Ok(PathBuf::from(d));
        }
    }
    Err("no evaluation data folder: give --dir or set CLAIMGRAPH_EVAL".into())
}

fn read_csv(path: &Path, s1: &str, s2: &str, label: &str, delimiter: u8) -> Result<Vec<Pair>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .quoting(delimiter == b',')
        .flexible(true)
        .from_path(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let headers = reader
        .headers()
        .map_err(|e| format!("{}: {e}", path.display()))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| format!("{}: no column {name:?}", path.display()))
    };
    let (c1, c2, cl) = (col(s1)?, col(s2)?, col(label)?);
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("{}: {e}", path.display()))?;
        let get = |c: usize| {
            record
                .get(c)
                .map(str::to_string)
                .ok_or_else(|| format!("{}: line {}: short row", path.display(), i + 2))
        };
        if let Some(gold) =
            relation_of_label(&get(cl)?).map_err(|e| format!("{}: line {}: {e}", path.display(), i + 2))?
        {
            out.push(Pair {
                s1: get(c1)?,
                s2: get(c2)?,
                gold,
            });
        }
    }
    Ok(out)
}

fn load(args: &Args) -> Result<Vec<Pair>, String> {
    if args.data == "csv" {
        let file = args.file.as_deref().expect("checked");
        return read_csv(file, "s1", "s2", "label", b',');
    }
    let dir = eval_dir(args.dir.as_deref())?;
    match args.data.as_str() {
        "ans" => read_csv(
            &dir.join("ans/stance").join(format!("{}.csv", args.split)),
            "s1",
            "s2",
            "stance",
            b',',
        ),
        "sick" => {
            let path = dir.join("sick/SICK.txt");
            let set = match args.split.as_str() {
                "train" => "TRAIN",
                "dev" => "TRIAL",
                _ => "TEST",
            };
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let rows = claimgraph::pairs::read_sick(&path.display().to_string(), &text, set)
                .map_err(|e| e.to_string())?;
            Ok(rows
                .into_iter()
                .map(|r| Pair {
                    s1: r.s1,
                    s2: r.s2,
                    gold: r.gold,
                })
                .collect())
        }
        "emergent" => {
            let mut out = Vec::new();
            for name in [
                "url-versions-2015-06-14-clean-test-correct.csv",
                "url-versions-2015-06-14-clean-test-errors.csv",
            ] {
                out.extend(read_csv(
                    &dir.join("emergent").join(name),
                    "claimHeadline",
                    "articleHeadline",
                    "y",
                    b',',
                )?);
            }
            Ok(out)
        }
        _ => unreachable!("checked in parse_args"),
    }
}

fn idx(r: Relation) -> usize {
    RELATIONS
        .iter()
        .position(|&x| x == r)
        .expect("every relation is listed")
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => return usage(&e),
    };
    let pairs = match load(&args) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("evaluate: {e}");
            return ExitCode::from(1);
        }
    };
    if pairs.is_empty() {
        eprintln!("evaluate: no labelled pairs found");
        return ExitCode::from(1);
    }
    let mut config = match &args.lexicons {
        None => Config::default(),
        Some(dir) => match Config::default().with_lexicon_dir(dir) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("evaluate: {e}");
                return ExitCode::from(1);
            }
        },
    };
    config.link.trained_judge = args.trained;
    let mut confusion = [[0usize; 3]; 3];
    let mut shown = 0;
    let start = Instant::now();
    for pair in &pairs {
        let j = if args.stance {
            judge_stance(&pair.s1, &pair.s2, &config)
        } else {
            judge_sentences(&pair.s1, &pair.s2, &config)
        };
        confusion[idx(pair.gold)][idx(j.relation)] += 1;
        if j.relation != pair.gold && shown < args.errors {
            shown += 1;
            println!(
                "gold {} got {} ({:.2})\n  s1: {}\n  s2: {}",
                pair.gold.as_str(),
                j.relation.as_str(),
                j.score,
                pair.s1,
                pair.s2
            );
            for r in &j.reasons {
                println!("  - {}: {}", r.kind.as_str(), r.detail);
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    report(&args, &confusion, pairs.len(), secs);
    ExitCode::SUCCESS
}

fn report(args: &Args, confusion: &[[usize; 3]; 3], n: usize, secs: f64) {
    println!(
        "data {} split {}: {n} pairs ({} weights)",
        args.data,
        args.split,
        if args.trained { "trained" } else { "hand" }
    );
    println!(
        "{:>14} | {:>12} {:>12} {:>12}",
        "gold \\ judged", "contradicts", "corroborates", "unrelated"
    );
    for (g, row) in confusion.iter().enumerate() {
        println!(
            "{:>14} | {:>12} {:>12} {:>12}",
            RELATIONS[g].as_str(),
            row[0],
            row[1],
            row[2]
        );
    }
    let mut f1s = Vec::new();
    let mut correct = 0;
    for c in 0..3 {
        correct += confusion[c][c];
        let tp = confusion[c][c] as f64;
        let predicted: usize = (0..3).map(|g| confusion[g][c]).sum();
        let gold: usize = confusion[c].iter().sum();
        let p = if predicted == 0 {
            0.0
        } else {
            tp / predicted as f64
        };
        let r = if gold == 0 { 0.0 } else { tp / gold as f64 };
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        println!(
            "{:>12}: precision {p:.3} recall {r:.3} f1 {f1:.3} (gold {gold}, judged {predicted})",
            RELATIONS[c].as_str()
        );
        if gold > 0 {
            f1s.push(f1);
        }
    }
    let macro_f1 = f1s.iter().sum::<f64>() / f1s.len() as f64;
    println!(
        "accuracy {:.3}  macro-F1 {macro_f1:.3} (over {} gold classes)  {:.0} pairs/s",
        correct as f64 / n as f64,
        f1s.len(),
        n as f64 / secs
    );
}
