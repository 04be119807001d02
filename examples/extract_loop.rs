//! Extracts the benchmark corpus of one language in a loop, for profiling
//! (`perf record --call-graph dwarf`) and for throughput by CPU time, which a
//! shared machine disturbs less than wall time.
//!
//! ```sh
//! cargo run --release --example extract_loop -- ar 8
//! cargo run --release --example extract_loop -- en 8 fold
//! ```
//!
//! Arguments: the language (`ar` or `en`), the seconds to run (default 5), and
//! what to run: `pipeline` (default, [`claimgraph::extract`]) or `fold` (one
//! plain pass of [`claimgraph::fold`] over the same text). The corpus is the
//! one of `benches/extract.rs` (`benches/common/corpus.rs`, shared): synthetic (seed 11, 4,000 statements) plus, for
//! Arabic, the seed articles when a `shared/seeds` folder is found beside the
//! checkout or one level up (or named by `CLAIMGRAPH_SEEDS`).

// Measured with mimalloc as the global allocator, as a program running the
// library at scale would; `--features system-allocator` measures with the
// system's (BENCHMARKS.md gives both).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use claimgraph::{Config, Lang, extract, fold};

#[path = "../benches/common/corpus.rs"]
mod common;

/// CPU seconds this thread has run, where Linux tells (`/proc/thread-self/schedstat`).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match args.first().map(String::as_str) {
        None | Some("ar") => Lang::Ar,
        Some("en") => Lang::En,
        Some(other) => {
            eprintln!("unknown language {other:?}: use ar or en");
            std::process::exit(2);
        }
    };
    let seconds: f64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5.0);
    let plain = match args.get(2).map(String::as_str) {
        None | Some("pipeline") => false,
        Some("fold") => true,
        Some(other) => {
            eprintln!("unknown mode {other:?}: use pipeline or fold");
            std::process::exit(2);
        }
    };
    let articles = common::corpus(lang);
    let bytes: usize = articles.iter().map(|a| a.text().len()).sum();
    let config = Config::default();
    let cpu_start = cpu_seconds();
    let start = Instant::now();
    let (mut rounds, mut produced) = (0usize, 0usize);
    while start.elapsed().as_secs_f64() < seconds {
        for a in &articles {
            produced += if plain {
                fold(a.text(), lang).len()
            } else {
                extract(a, &config).claims.len()
            };
        }
        rounds += 1;
    }
    let wall = start.elapsed().as_secs_f64();
    let mib = (bytes * rounds) as f64 / (1024.0 * 1024.0);
    let cpu = cpu_start
        .zip(cpu_seconds())
        .map_or("unknown".to_string(), |(a, b)| {
            format!("{:.2} MiB/s", mib / (b - a))
        });
    println!(
        "{} {}: {} articles, {bytes} bytes, {rounds} rounds ({produced} {}): wall {:.2} MiB/s, cpu {cpu}",
        lang.code(),
        if plain { "fold" } else { "pipeline" },
        articles.len(),
        if plain { "folded bytes" } else { "claims" },
        mib / wall,
    );
}
