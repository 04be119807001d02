//! Linking throughput on synthetic corpora (`claimgraph::synth`): the indexed
//! linker at 10k / 100k / 1M claims, adding one article to a 1M-claim graph,
//! and a naive all-pairs linker beside the indexed one at small sizes.
//!
//! ```sh
//! cargo bench --bench link                      # everything (the 1M cases take several minutes)
//! cargo bench --bench link -- 'link/naive'      # only the all-pairs comparison
//! CLAIMGRAPH_BENCH_MAX=100000 cargo bench --bench link   # skip sizes above 100k
//! ```
//!
//! Claims are extracted once per size, on first use and outside the timed
//! loops (a filter that skips a benchmark skips its input); a timed linking
//! run is `ClaimGraph::build_extracted` on a fresh copy of them (the copy is
//! made outside the timing).

// Measured with mimalloc as the global allocator, as a program running the
// library at scale would; `--features system-allocator` measures with the
// system's (BENCHMARKS.md gives both).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::cell::{OnceCell, RefCell};
use std::hint::black_box;
use std::time::{Duration, Instant};

use claimgraph::link::{Relation, features, judge_features};
use claimgraph::synth::{SynthConfig, generate};
use claimgraph::{Article, Claim, ClaimGraph, Config, extract};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use rayon::prelude::*;

/// Articles and their extracted claims for about `n` claims.
fn input(n: usize, seed: u64, config: &Config) -> (Vec<Article>, Vec<Vec<Claim>>) {
    let corpus = generate(&SynthConfig {
        claims: n,
        seed,
        ..SynthConfig::default()
    });
    let claims = corpus
        .articles
        .par_iter()
        .map(|a| extract(a, config).claims)
        .collect();
    (corpus.articles, claims)
}

/// The largest size to run, from `CLAIMGRAPH_BENCH_MAX` (default: 1M).
fn max_size() -> usize {
    std::env::var("CLAIMGRAPH_BENCH_MAX")
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(1_000_000)
}

/// Judges every pair of claims (no blocking index), in parallel over the later
/// claim; returns the links found.
fn naive_links(claims: &[Claim], config: &Config) -> usize {
    let feats: Vec<_> = claims.par_iter().map(|c| features(c, config)).collect();
    (0..feats.len())
        .into_par_iter()
        .map(|i| {
            (0..i)
                .filter(|&j| judge_features(&feats[j], &feats[i], config).relation != Relation::Unrelated)
                .count()
        })
        .sum()
}

fn bench_scale(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("link/indexed");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(1));
    group.measurement_time(Duration::from_secs(5));
    for n in [10_000, 100_000, 1_000_000] {
        if n > max_size() {
            continue;
        }
        // Built on first use, so that a filter that skips this size skips its input too.
        let data = OnceCell::new();
        group.bench_function(format!("{n}"), |b| {
            let (articles, claims) = data.get_or_init(|| input(n, 7, &config));
            b.iter_batched(
                || claims.clone(),
                |claims| ClaimGraph::build_extracted(black_box(articles), claims, &config),
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

fn bench_add_one(c: &mut Criterion) {
    let config = Config::default();
    let n = 1_000_000.min(max_size());
    // The graph and the new articles are made on first use, so that a filter
    // that skips this benchmark skips building a million-claim graph too.
    let made: RefCell<Option<(ClaimGraph, Vec<Article>)>> = RefCell::new(None);
    let make = || {
        let (articles, claims) = input(n, 7, &config);
        let graph = ClaimGraph::build_extracted(&articles, claims, &config);
        // New articles from another seed, renamed so that their ids are new.
        let fresh: Vec<Article> = generate(&SynthConfig {
            claims: 4_000,
            seed: 8,
            ..SynthConfig::default()
        })
        .articles
        .into_iter()
        .map(|a| {
            let lang = a.lang();
            Article::new(format!("new-{}", a.id()), a.text()).with_lang(lang)
        })
        .collect();
        (graph, fresh)
    };
    let mut next = 0;
    let mut group = c.benchmark_group("link/add_one_article");
    group.sample_size(20);
    group.bench_function(format!("{n}"), |b| {
        let mut made = made.borrow_mut();
        let (graph, fresh) = made.get_or_insert_with(make);
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let article = &fresh[next % fresh.len()];
                next += 1;
                let start = Instant::now();
                black_box(graph.add_article(article, &config));
                total += start.elapsed();
            }
            total
        })
    });
    group.finish();
}

fn bench_naive(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("link/naive");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(1));
    for n in [1_000, 2_000, 4_000] {
        let data = OnceCell::new();
        let data = || data.get_or_init(|| input(n, 7, &config));
        group.bench_function(format!("all_pairs/{n}"), |b| {
            let flat: Vec<Claim> = data().1.iter().flatten().cloned().collect();
            b.iter(|| naive_links(black_box(&flat), &config))
        });
        group.bench_function(format!("indexed/{n}"), |b| {
            let (articles, claims) = data();
            b.iter_batched(
                || claims.clone(),
                |claims| ClaimGraph::build_extracted(black_box(articles), claims, &config),
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench_naive, bench_scale, bench_add_one);
criterion_main!(benches);
