//! Judging throughput: pairs of precomputed features per second on one core,
//! with the hand weights alone and with the trained weights added.
//!
//! The sentences are the claims of a synthetic corpus (both languages); each
//! claim is judged against its next eight, so most pairs share a topic.
//!
//! `cargo bench --bench judge`

// Measured with mimalloc as the global allocator, as a program running the
// library at scale would; `--features system-allocator` measures with the
// system's (BENCHMARKS.md gives both).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;

use claimgraph::link::{ClaimFeatures, judge_features, sentence_features};
use claimgraph::synth::{SynthConfig, generate};
use claimgraph::{Config, extract};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn sentences() -> Vec<String> {
    let synth = generate(&SynthConfig {
        claims: 600,
        arabic_share: 0.5,
        seed: 7,
        ..SynthConfig::default()
    });
    let config = Config::default();
    let mut out = Vec::new();
    for article in &synth.articles {
        for claim in extract(article, &config).claims {
            out.push(claim.text);
        }
    }
    out
}

fn bench_judge(c: &mut Criterion) {
    let texts = sentences();
    for trained in [false, true] {
        let mut config = Config::default();
        config.link.trained_judge = trained;
        let features: Vec<ClaimFeatures> = texts.iter().map(|t| sentence_features(t, &config)).collect();
        let pairs: Vec<(usize, usize)> = (0..features.len())
            .flat_map(|i| (i + 1..(i + 9).min(features.len())).map(move |j| (i, j)))
            .collect();
        let mut group = c.benchmark_group("judge_features");
        group.throughput(Throughput::Elements(pairs.len() as u64));
        group.sample_size(20);
        let name = if trained { "trained" } else { "hand" };
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut related = 0usize;
                for &(i, j) in &pairs {
                    let v = judge_features(&features[i], &features[j], &config);
                    related += usize::from(v.relation != claimgraph::link::Relation::Unrelated);
                }
                black_box(related)
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench_judge);
criterion_main!(benches);
