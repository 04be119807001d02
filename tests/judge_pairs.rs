//! Sentence pairs with the relation the judge must find.
//!
//! `tests/judge_pairs.csv` has the columns `s1,s2,expected,reason`: `expected`
//! is `contradicts`, `corroborates` or `unrelated`, or `!contradicts` for "any
//! relation but contradicts"; `reason`, when given, is a reason kind the verdict
//! must carry (`negation`, `antonym`, `framing`, `numeric`, `temporal`,
//! `reversal`, `same-proposition`, ...). Every row is checked and every failure
//! reported.

use claimgraph::Config;
use claimgraph::link::{Relation, judge_sentences};

#[test]
fn every_pair_is_judged_as_expected() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/judge_pairs.csv");
    let mut reader = csv::Reader::from_path(path).expect("tests/judge_pairs.csv is readable");
    let config = Config::default();
    let mut failures = Vec::new();
    let mut n = 0;
    for record in reader.records() {
        let record = record.expect("well-formed CSV");
        n += 1;
        let (s1, s2, expected) = (&record[0], &record[1], &record[2]);
        let reason = record.get(3).unwrap_or("").trim();
        let j = judge_sentences(s1, s2, &config);
        let ok_relation = match expected.strip_prefix('!') {
            Some(not) => j.relation.as_str() != not,
            None => j.relation.as_str() == expected,
        };
        let ok_reason = reason.is_empty() || j.reasons.iter().any(|r| r.kind.as_str() == reason);
        if !ok_relation || !ok_reason {
            failures.push(format!(
                "line {}: expected {expected} [{reason}], got {} {:?}\n  s1: {s1}\n  s2: {s2}",
                n + 1,
                j.relation.as_str(),
                j.reasons
                    .iter()
                    .map(|r| format!("{}: {}", r.kind.as_str(), r.detail))
                    .collect::<Vec<_>>()
            ));
        }
        // The judge is symmetric in its relation.
        let back = judge_sentences(s2, s1, &config);
        if back.relation != j.relation
            && j.relation != Relation::Unrelated
            && back.relation != Relation::Unrelated
        {
            failures.push(format!(
                "line {}: not symmetric: {:?} vs {:?}",
                n + 1,
                j.relation,
                back.relation
            ));
        }
    }
    assert!(n >= 25, "only {n} pairs");
    assert!(
        failures.is_empty(),
        "{} of {n} pairs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
