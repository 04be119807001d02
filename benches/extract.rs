//! Extraction throughput, Arabic and English apart, against one plain pass that
//! reads and normalizes the same text (the floor any extractor pays).
//!
//! `cargo bench --bench extract`

use std::hint::black_box;

use claimgraph::synth::{SynthConfig, generate};
use claimgraph::{Article, Config, Lang, extract, fold};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn corpus(lang: Lang) -> Vec<Article> {
    let share = if lang == Lang::Ar { 1.0 } else { 0.0 };
    let synth = generate(&SynthConfig {
        claims: 4_000,
        arabic_share: share,
        seed: 11,
        ..SynthConfig::default()
    });
    let mut articles = synth.articles;
    // The real seed articles, when the shared folder is beside the checkout.
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if lang == Lang::Ar {
        if let Ok(dir) = std::fs::read_dir(seeds) {
            for entry in dir.flatten() {
                if let Ok(article) = Article::from_path(entry.path()) {
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
