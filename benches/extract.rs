//! Extraction throughput, Arabic and English apart, against one plain pass that
//! reads and normalizes the same text (the floor any extractor pays).
//!
//! `cargo bench --bench extract`
//!
//! The corpus is synthetic (`claimgraph::synth`, seed 11, 4,000 statements per
//! language) plus, for Arabic, the seed articles when a `shared/seeds` folder
//! is found beside the checkout or one level up (or named by the environment
//! variable `CLAIMGRAPH_SEEDS`). The corpus used is printed before the run.

use std::hint::black_box;
use std::path::PathBuf;

use claimgraph::synth::{SynthConfig, generate};
use claimgraph::{Article, Config, Lang, extract, fold};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The seed folder, if there is one.
fn seeds() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CLAIMGRAPH_SEEDS") {
        return Some(PathBuf::from(dir));
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    ["../shared/seeds", "../../shared/seeds"]
        .into_iter()
        .map(|rel| root.join(rel))
        .find(|dir| dir.is_dir())
}

fn corpus(lang: Lang) -> Vec<Article> {
    let share = if lang == Lang::Ar { 1.0 } else { 0.0 };
    let synth = generate(&SynthConfig {
        claims: 4_000,
        arabic_share: share,
        seed: 11,
        ..SynthConfig::default()
    });
    let mut articles = synth.articles;
    if lang == Lang::Ar {
        if let Some(dir) = seeds() {
            let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .collect();
            paths.sort();
            for path in paths {
                if let Ok(article) = Article::from_path(&path) {
                    articles.push(article);
                }
            }
        }
    }
    articles
}

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
