//! Extraction throughput, Arabic and English apart, against one plain pass that
//! reads and normalizes the same text (the floor any extractor pays).
//!
//! `cargo bench --bench extract`
//!
//! The corpus is synthetic (`claimgraph::synth`, seed 11, 4,000 statements per
//! language) plus, for Arabic, the seed articles when a `shared/seeds` folder
//! is found beside the checkout or one level up (or named by the environment
//! variable `CLAIMGRAPH_SEEDS`). The corpus used is printed before the run.

// Measured with mimalloc as the global allocator, as a program running the
// library at scale would; `--features system-allocator` measures with the
// system's (BENCHMARKS.md gives both).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;

use claimgraph::{Config, Lang, extract, fold};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "common/corpus.rs"]
mod common;
use common::corpus;

fn bench_extract(c: &mut Criterion) {
    let config = Config::default();
    for lang in Lang::ALL {
        let articles = corpus(lang);
        let bytes: usize = articles.iter().map(|a| a.text().len()).sum();
        eprintln!(
            "extract/{}: {} articles, {} bytes",
            lang.code(),
            articles.len(),
            bytes
        );
        let mut group = c.benchmark_group(format!("extract/{}", lang.code()));
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_function("pipeline", |b| {
            b.iter(|| {
                let mut n = 0;
                for a in &articles {
                    n += extract(black_box(a), &config).claims.len();
                }
                n
            })
        });
        group.bench_function("plain_fold", |b| {
            b.iter(|| {
                let mut n = 0;
                for a in &articles {
                    n += fold(black_box(a.text()), lang).len();
                }
                n
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
