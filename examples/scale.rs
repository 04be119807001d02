//! Scale: generate a synthetic corpus of N claims in memory, extract, link, and
//! print one JSON line of figures.
//!
//! ```sh
//! cargo run --release --example scale -- --claims N [--threads T] [--seed S] [--json]
//! ```
//!
//! The line holds `claims` (claims extracted), `articles`, `bytes` (article
//! text), `extract_secs`, `link_secs`, `extract_mb_per_s` (10^6 bytes per
//! second of wall time over all threads), `candidate_pairs` (pairs the blocking
//! index handed to the judge), `links`, `planted_recall`, `planted_precision`
//! and `peak_rss_mb`, plus `threads`, `planted`, `planted_cross_language`,
//! `within_language_recall`, `cross_language_recall`, `false_positives` and
//! `unkeyed` links,
//! `link_cpu_secs` (CPU time of all threads while linking, from
//! `/proc/self/stat`: steadier than wall time on a shared machine; `null`
//! off Linux), and
//! `add_article_ms_median` / `add_article_ms_max`: the time of
//! [`ClaimGraph::add_article`] (extraction and linking of one article of
//! about 8 claims) on the graph just built, over 25 articles added one by one.
//! On a shared machine the worst of those wall times is mostly time the
//! thread spent waiting for a core, so the line also holds
//! `add_article_wait_ms_max` (the longest wait of one addition on the run
//! queue, from `run_delay` of `/proc/thread-self/schedstat`) and
//! `add_article_busy_ms_median` / `add_article_busy_ms_max` (each addition's
//! wall time less its wait: the time it had a core); the three are `null`
//! where that file is missing.
//!
//! The corpus is extracted and linked 4,096 articles at a time
//! ([`ClaimGraph::add_extracted`], which gives the same graph as linking
//! everything at once): `extract_secs` is the sum of the extraction parts,
//! `link_secs` of the linking parts (sources, blocking index, features,
//! judging and edge insertion).
//!
//! Planted precision and recall compare the graph's links with the
//! generator's answer key ([`SynthCorpus::score`]). A claim stands for the
//! generated statement whose content span it overlaps in the same article. A
//! link is a true positive when its two statements are a planted pair (two
//! tellings of one proposition by different speakers) and the link has the
//! planted relation (same stance: corroborates; other stance or other value:
//! contradicts). It is a false positive when the relation is wrong, when the
//! statements tell different propositions (the distractors: same words or
//! numbers about another subject, measure, place or date), or when a claim
//! stands for no statement. A link between two tellings of one proposition by
//! one speaker, or between two claims standing for one statement (a claim
//! extraction nested in another), is left out of both counts (`unkeyed`).
//! Recall is planted pairs
//! found with the right relation over planted pairs, all of them: pairs
//! within one language and pairs across Arabic and English (which share no
//! words, only numbers, the concepts and places of the link lexicons and the
//! consonant skeletons of names). The two parts are also given apart
//! (`within_language_recall`, `cross_language_recall`).
//!
//! `peak_rss_mb` is the process's peak resident set (`VmHWM` of
//! `/proc/self/status`, in MiB); it is Linux only and `null` where that file
//! is missing. It covers the whole run: corpus, claims and graph.
//!
//! A progress bar is drawn on standard error when it is a terminal and
//! `--json` is not given.
//!
//! The example runs with mimalloc as its global allocator (the library leaves
//! the allocator to the program); `--features system-allocator` builds it with
//! the system's.

// Measured with mimalloc as the global allocator, as a program running the
// library at scale would; `--features system-allocator` measures with the
// system's (BENCHMARKS.md gives both).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use claimgraph::synth::{SynthConfig, SynthCorpus, generate};
use claimgraph::{Article, Claim, ClaimGraph, Config, extract};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

/// How many articles are extracted and linked at a time: the graph is built
/// a part at a time, so that only one part's extracted claims are held
/// outside it at once.
const PART: usize = 4096;

/// How many articles are added one at a time after the build, for
/// `add_article_ms_median` and `add_article_ms_max`.
const ADDED: usize = 25;

struct Args {
    claims: usize,
    threads: usize,
    seed: u64,
    json: bool,
}

fn usage(message: &str) -> ! {
    eprintln!("scale: {message}");
    eprintln!("usage: scale --claims N [--threads T] [--seed S] [--json]");
    std::process::exit(2);
}

fn parse_args() -> Args {
    let mut args = Args {
        claims: 10_000,
        threads: 0,
        seed: SynthConfig::default().seed,
        json: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| -> u64 {
            let v = it
                .next()
                .unwrap_or_else(|| usage(&format!("{name} needs a value")));
            v.replace('_', "")
                .parse()
                .unwrap_or_else(|_| usage(&format!("{name}: not a number: {v}")))
        };
        match arg.as_str() {
            "--claims" => args.claims = value("--claims") as usize,
            "--threads" => args.threads = value("--threads") as usize,
            "--seed" => args.seed = value("--seed"),
            "--json" => args.json = true,
            "-h" | "--help" => usage("generate, extract and link a synthetic corpus"),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    if args.claims == 0 {
        usage("--claims must be at least 1");
    }
    args
}

/// CPU seconds (user and system, all threads) the process has used so far,
/// from `/proc/self/stat` (Linux, 100 ticks a second), if readable.
fn cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the line.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// How long the calling thread has waited on the run queue, in milliseconds
/// (`run_delay` of `/proc/thread-self/schedstat`, Linux), if readable.
fn run_queue_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().nth(1)?.parse().ok()?;
    Some(ns / 1e6)
}

/// Peak resident set in MiB from `/proc/self/status` (Linux), if readable.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn bar(show: bool, len: u64, what: &str) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    let style = ProgressStyle::with_template("{msg:>10} [{bar:40}] {pos}/{len} ({elapsed})")
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(what.to_string());
    bar
}

fn run(args: &Args, show: bool) -> serde_json::Value {
    let config = Config::default();
    let spinner = bar(show, 1, "generate");
    let mut corpus: SynthCorpus = generate(&SynthConfig {
        claims: args.claims,
        seed: args.seed,
        ..SynthConfig::default()
    });
    spinner.finish_and_clear();
    let bytes = corpus.bytes();

    // The articles move into the graph; the corpus keeps what scoring reads
    // of them (ids and languages), not a second copy of their text.
    let articles = std::mem::take(&mut corpus.articles);
    corpus.articles = articles
        .iter()
        .map(|a| Article::new(a.id(), "").with_lang(a.lang()))
        .collect();
    let n_articles = articles.len();

    let progress = bar(show, n_articles as u64, "extract");
    let done = AtomicU64::new(0);
    let (mut extract_secs, mut link_secs, mut link_cpu_secs) = (0.0, 0.0, Some(0.0));
    let mut n_claims = 0;
    let mut graph = ClaimGraph::new();
    // Room for the claims to come (the generator's statements and a quarter
    // more, for claims nested in others), so that no array of the graph
    // doubles while it is built.
    graph.reserve(corpus.statements.len() * 5 / 4 + 64, n_articles);
    let mut rest = articles.into_iter();
    loop {
        let part: Vec<Article> = rest.by_ref().take(PART).collect();
        if part.is_empty() {
            break;
        }
        let start = Instant::now();
        let extracted: Vec<Vec<Claim>> = part
            .par_iter()
            .map(|a| {
                let claims = extract(a, &config).claims;
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if n % 64 == 0 {
                    progress.set_position(n);
                }
                claims
            })
            .collect();
        extract_secs += start.elapsed().as_secs_f64();
        n_claims += extracted.iter().map(Vec::len).sum::<usize>();

        let start = Instant::now();
        let cpu_before = cpu_secs();
        graph.add_extracted(part, extracted, &config);
        link_secs += start.elapsed().as_secs_f64();
        link_cpu_secs = link_cpu_secs
            .zip(cpu_secs().zip(cpu_before))
            .map(|(sum, (after, before))| sum + after - before);
    }
    // Room for articles added later, as `ClaimGraph::from_extracted` leaves.
    let start = Instant::now();
    graph.reserve(graph.len() / 16 + 64, n_articles / 16 + 8);
    link_secs += start.elapsed().as_secs_f64();
    progress.finish_and_clear();
    let score = corpus.score(&graph);

    // Adding one article at a time to the graph just built: fresh articles
    // of another seed, renamed so that their ids are new.
    let fresh: Vec<Article> = generate(&SynthConfig {
        claims: 8 * ADDED,
        seed: args.seed.wrapping_add(1),
        ..SynthConfig::default()
    })
    .articles
    .into_iter()
    .take(ADDED)
    .map(|a| {
        let lang = a.lang();
        Article::new(format!("added-{}", a.id()), a.text()).with_lang(lang)
    })
    .collect();
    let mut graph = graph;
    // Each addition's wall time, and its wait on the run queue when known.
    let timed: Vec<(f64, Option<f64>)> = fresh
        .iter()
        .map(|a| {
            let waited = run_queue_ms();
            let start = Instant::now();
            graph.add_article(a, &config);
            let ms = start.elapsed().as_secs_f64() * 1e3;
            let wait = run_queue_ms()
                .zip(waited)
                .map(|(after, before)| (after - before).clamp(0.0, ms));
            (ms, wait)
        })
        .collect();
    let median_max = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let median = v.get(v.len() / 2).copied().unwrap_or(0.0);
        (median, v.last().copied().unwrap_or(0.0))
    };
    let (add_median, add_max) = median_max(timed.iter().map(|t| t.0).collect());
    let waits: Option<Vec<f64>> = timed.iter().map(|t| t.1).collect();
    let wait_max = waits.as_ref().map(|w| w.iter().copied().fold(0.0, f64::max));
    let busy = waits.map(|w| median_max(timed.iter().zip(w).map(|(t, w)| t.0 - w).collect()));

    serde_json::json!({
        "claims": n_claims,
        "articles": corpus.articles.len(),
        "bytes": bytes,
        "extract_secs": round(extract_secs, 3),
        "link_secs": round(link_secs, 3),
        "link_cpu_secs": link_cpu_secs.map(|s| round(s, 2)),
        "extract_mb_per_s": round(bytes as f64 / 1e6 / extract_secs.max(1e-9), 2),
        "candidate_pairs": graph.candidate_pairs(),
        "links": graph.links().len(),
        "planted_recall": round(score.recall(), 4),
        "planted_precision": round(score.precision(), 4),
        "peak_rss_mb": peak_rss_mb().map(|m| round(m, 1)),
        "threads": rayon::current_num_threads(),
        "planted": score.planted,
        "planted_cross_language": score.planted_cross,
        "cross_language_recall": round(score.cross_recall(), 4),
        "within_language_recall": round(score.within_recall(), 4),
        "false_positives": score.false_positives,
        "unkeyed": score.unkeyed,
        "add_article_ms_median": round(add_median, 3),
        "add_article_ms_max": round(add_max, 3),
        "add_article_wait_ms_max": wait_max.map(|m| round(m, 3)),
        "add_article_busy_ms_median": busy.map(|(m, _)| round(m, 3)),
        "add_article_busy_ms_max": busy.map(|(_, m)| round(m, 3)),
    })
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

fn main() {
    let args = parse_args();
    let show = !args.json && std::io::stderr().is_terminal();
    if args.threads > 0 {
        if let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(args.threads)
            .build_global()
        {
            usage(&format!("--threads: {e}"));
        }
    }
    let line = run(&args, show);
    println!("{line}");
}
