//! The corpus of the extraction benchmark, shared by `benches/extract.rs` and
//! `examples/extract_loop.rs` so that both measure the same text: a synthetic
//! corpus of 4,000 statements in one language (`claimgraph::synth`, seed 11),
//! plus, for Arabic, the seed articles when their folder is found beside the
//! checkout or one level up (or named by `CLAIMGRAPH_SEEDS`).

use std::path::PathBuf;

use claimgraph::synth::{SynthConfig, generate};
use claimgraph::{Article, Lang};

/// The seed folder, if there is one.
pub fn seeds() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CLAIMGRAPH_SEEDS") {
        return Some(PathBuf::from(dir));
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    ["../shared/seeds", "../../shared/seeds"]
        .into_iter()
        .map(|rel| root.join(rel))
        .find(|dir| dir.is_dir())
}

/// The benchmark corpus of one language, the seeds read in name order.
pub fn corpus(lang: Lang) -> Vec<Article> {
    let mut articles = generate(&SynthConfig {
        claims: 4_000,
        arabic_share: if lang == Lang::Ar { 1.0 } else { 0.0 },
        seed: 11,
        ..SynthConfig::default()
    })
    .articles;
    if lang == Lang::Ar {
        if let Some(dir) = seeds() {
            let read = Article::read_dir(&dir).unwrap_or_default();
            articles.extend(read.into_iter().flatten());
        }
    }
    articles
}
