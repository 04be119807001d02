//! Property: adding an article to a graph never removes or changes a link that
//! was there, whatever the articles and their order.

use claimgraph::synth::{SynthConfig, generate};
use claimgraph::{ClaimGraph, Config};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn adding_an_article_never_removes_a_link(seed in 0u64..10_000, order in prop::collection::vec(0usize..1000, 12)) {
        let corpus = generate(&SynthConfig { seed, claims: 96, statements_per_article: 8, ..SynthConfig::default() });
        let config = Config::default();
        let mut graph = ClaimGraph::new();
        let mut remaining = corpus.articles.clone();
        let mut before: Vec<(usize, usize, &'static str)> = Vec::new();
        for pick in order {
            if remaining.is_empty() {
                break;
            }
            let article = remaining.remove(pick % remaining.len());
            graph.add_article(&article, &config);
            let now: Vec<(usize, usize, &'static str)> = graph
                .links()
                .iter()
                .map(|l| (l.a.0, l.b.0, l.relation.as_str()))
                .collect();
            prop_assert!(now.len() >= before.len());
            prop_assert_eq!(&now[..before.len()], &before[..], "adding {} changed a link", article.id());
            before = now;
        }
    }
}
