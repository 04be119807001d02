//! Incremental linking: adding articles one by one never removes a link and
//! ends with the same links, in the same order, as one full build; the order
//! does not depend on threads or batching.

use claimgraph::link::Link;
use claimgraph::synth::{SynthConfig, generate};
use claimgraph::{Article, ClaimGraph, Config, extract};

fn articles() -> Vec<Article> {
    let mut articles = generate(&SynthConfig {
        claims: 400,
        ..SynthConfig::default()
    })
    .articles;
    articles.push(Article::new(
        "extra-1",
        "The ministry said the talks include a withdrawal of troops. The army said the talks do not include a withdrawal of troops.",
    ));
    articles.push(Article::new(
        "extra-2",
        "قالت الحكومة إن المحادثات تتضمن انسحاب القوات. وقال الجيش إن المحادثات لا تتضمن انسحاب القوات.",
    ));
    articles
}

fn key(link: &Link) -> (usize, usize, &'static str, u32, Vec<String>) {
    (
        link.a.0,
        link.b.0,
        link.relation.as_str(),
        link.score.to_bits(),
        link.reasons
            .iter()
            .map(|r| format!("{}: {}", r.kind.as_str(), r.detail))
            .collect(),
    )
}

fn keys(graph: &ClaimGraph) -> Vec<(usize, usize, &'static str, u32, Vec<String>)> {
    graph.links().iter().map(key).collect()
}

#[test]
fn adding_articles_one_by_one_equals_the_full_build() {
    let config = Config::default();
    let articles = articles();
    let full = ClaimGraph::build(&articles, &config);
    assert!(
        full.links().len() >= 10,
        "the corpus should link: {} links",
        full.links().len()
    );

    let mut graph = ClaimGraph::new();
    let mut before = Vec::new();
    for article in &articles {
        let added = graph.add_article(article, &config);
        let now = keys(&graph);
        assert_eq!(
            &now[..before.len()],
            &before[..],
            "adding {} changed an existing link",
            article.id()
        );
        assert_eq!(added.links, before.len()..now.len());
        assert!(
            graph.links()[added.links.clone()]
                .iter()
                .all(|l| added.claims.contains(&l.b.0))
        );
        before = now;
    }
    assert_eq!(keys(&graph), keys(&full));
    assert_eq!(graph.disputes(), full.disputes());
    assert_eq!(graph.clusters(), full.clusters());
    assert_eq!(graph.agreement(), full.agreement());
}

#[test]
fn pre_extracted_claims_in_any_batches_link_the_same() {
    let config = Config::default();
    let articles = articles();
    let full = ClaimGraph::build(&articles, &config);
    let claims: Vec<_> = articles.iter().flat_map(|a| extract(a, &config).claims).collect();
    let (head, tail) = claims.split_at(claims.len() / 3);
    let mut graph = ClaimGraph::new();
    graph.add_claims(head.to_vec(), &config);
    graph.add_claims(tail.to_vec(), &config);
    assert_eq!(keys(&graph), keys(&full));
}

#[test]
fn the_order_of_links_does_not_depend_on_threads() {
    let articles = articles();
    let mut one = Config::default();
    one.link.threads = 1;
    let mut three = Config::default();
    three.link.threads = 3;
    let a = ClaimGraph::build(&articles, &one);
    let b = ClaimGraph::build(&articles, &three);
    let c = ClaimGraph::build(&articles, &Config::default());
    assert_eq!(keys(&a), keys(&b));
    assert_eq!(keys(&a), keys(&c));
    let json_a = claimgraph::export::json::to_value(&a).unwrap();
    let json_b = claimgraph::export::json::to_value(&b).unwrap();
    assert_eq!(json_a, json_b);
}

#[test]
fn links_are_ordered_by_later_claim_then_earlier() {
    let graph = ClaimGraph::build(&articles(), &Config::default());
    let pairs: Vec<(usize, usize)> = graph.links().iter().map(|l| (l.b.0, l.a.0)).collect();
    assert!(pairs.windows(2).all(|w| w[0] < w[1]), "links out of order");
    assert!(graph.links().iter().all(|l| l.a < l.b));
}

#[test]
fn the_candidate_cap_bounds_what_is_judged() {
    let articles = articles();
    let mut none = Config::default();
    none.link.max_candidates = 0;
    assert!(ClaimGraph::build(&articles, &none).links().is_empty());
    let mut one = Config::default();
    one.link.max_candidates = 1;
    let graph = ClaimGraph::build(&articles, &one);
    for claim in 0..graph.len() {
        let later = graph.links().iter().filter(|l| l.b.0 == claim).count();
        assert!(
            later <= 1,
            "claim {claim} linked to {later} earlier claims with one candidate"
        );
    }
}
