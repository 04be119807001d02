//! The sample corpus of the demo (`examples/corpus/`) must show its central
//! dispute: the Iraqi government's timeline for ending the coalition's mission
//! against the US Department of Defense's "these are not negotiations about a
//! withdrawal".

use std::path::{Path, PathBuf};

use claimgraph::{Article, ClaimGraph, Config, Polarity, export};

fn corpus() -> (Vec<Article>, Config) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus");
    let config = Config::default()
        .with_alias_file(dir.join("aliases.toml"))
        .expect("the demo gazetteer parses");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/corpus exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!((6..=8).contains(&files.len()), "{} sample articles", files.len());
    let articles = files
        .iter()
        .map(|p| Article::from_path(p).expect("sample article reads"))
        .collect();
    (articles, config)
}

fn mentions(text: &str, words: &[&str]) -> bool {
    let lower = text.to_lowercase();
    words.iter().any(|w| lower.contains(w))
}

#[test]
fn the_central_dispute_is_found_between_the_two_camps() {
    let (articles, config) = corpus();
    let graph = ClaimGraph::build(&articles, &config);
    let disputes = graph.disputes();
    let central = disputes.iter().find_map(|d| {
        d.links.iter().copied().find(|&p| {
            let link = &graph.links()[p];
            let (x, y) = (graph.claim(link.a), graph.claim(link.b));
            let is_timeline = |c: &claimgraph::Claim| {
                c.camp() == Some("Iraqi government")
                    && mentions(&c.text, &["جدول زمني", "جدولا زمنيا", "timeline"])
            };
            let is_no_withdrawal = |c: &claimgraph::Claim| {
                c.camp() == Some("US government")
                    && c.polarity == Polarity::Negated
                    && mentions(&c.text, &["انسحاب", "withdrawal"])
            };
            (is_timeline(x) && is_no_withdrawal(y)) || (is_timeline(y) && is_no_withdrawal(x))
        })
    });
    let report = export::text::to_string(&graph);
    let Some(position) = central else {
        panic!(
            "no contradiction between the timeline claim and the no-withdrawal claim; the report:\n{report}"
        );
    };
    let link = &graph.links()[position];
    assert!(
        !link.reasons.is_empty(),
        "the central contradiction gives its reasons"
    );
    let dispute = disputes.iter().find(|d| d.links.contains(&position)).unwrap();
    let camps: Vec<Vec<&str>> = vec![graph.camps_of(&dispute.a), graph.camps_of(&dispute.b)];
    assert!(camps.iter().any(|c| c.contains(&"Iraqi government")), "{camps:?}");
    assert!(camps.iter().any(|c| c.contains(&"US government")), "{camps:?}");
    assert!(report.contains("Disputes ("), "{report}");
}

#[test]
fn the_sample_corpus_builds_the_same_graph_every_time() {
    let (articles, config) = corpus();
    let first = export::json::to_value(&ClaimGraph::build(&articles, &config)).unwrap();
    let second = export::json::to_value(&ClaimGraph::build(&articles, &config)).unwrap();
    assert_eq!(first, second);
    assert_eq!(first["articles"].as_array().unwrap().len(), articles.len());
}

#[test]
fn every_no_withdrawal_claim_meets_the_end_of_the_mission() {
    // The Pentagon's denial stands in a headline and in the body of two
    // briefings: each telling of it contradicts some claim about ending the
    // coalition's mission in its own language, whether they share a word or
    // only the concept.
    let (articles, config) = corpus();
    let graph = ClaimGraph::build(&articles, &config);
    let denials: Vec<usize> = (0..graph.claims().len())
        .filter(|&i| {
            let c = &graph.claims()[i];
            c.article.contains("pentagon")
                && c.polarity == Polarity::Negated
                && mentions(&c.text, &["انسحاب", "withdrawal"])
        })
        .collect();
    assert!(denials.len() >= 2, "{denials:?}");
    for i in denials {
        // A repeat carries the links of the claim it repeats.
        let i = graph.repeat_of(claimgraph::ClaimId(i)).map_or(i, |o| o.0);
        let contradicted = graph.links_of(claimgraph::ClaimId(i)).iter().any(|l| {
            l.relation == claimgraph::link::Relation::Contradicts && {
                let other = graph.claim(if l.a.0 == i { l.b } else { l.a });
                other.lang == graph.claims()[i].lang
                    && mentions(&other.text, &["إنهاء", "ending", "end of", "جدول زمني"])
            }
        });
        assert!(
            contradicted,
            "{:?} contradicts no claim about ending the mission",
            graph.claims()[i].text
        );
    }
}
