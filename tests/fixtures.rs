//! Data-driven extraction tests.
//!
//! Every `tests/fixtures/{ar,en}/NAME.txt` is an article written for the crate;
//! `NAME.toml` beside it lists what extraction must find in it (and what it must
//! not). Run with `CLAIMGRAPH_DUMP=1` to print every claim extracted from each
//! fixture, which is the quickest way to write a new expectation file.
//!
//! Expectation format:
//!
//! ```toml
//! published = "2024-01-25"      # optional article date
//! skipped = ["[ad_1]"]          # text that must lie inside skipped chrome
//!
//! [[claim]]                     # a claim that must be found
//! text = "exact content text"   # or: contains = "part of the content"
//! speaker = "speaker words"     # speaker.text; narrator = true for none
//! canonical = "..."             # and any of: camp, person, affiliation,
//! cue = "said"                  # class, kind, polarity, modality, time,
//! antecedent = "earlier words"  # via (the chain's reporter text),
//! quantities = [{ value = 2500.0, approx = true, unit = "troops" }]
//!
//! [[absent]]                    # no claim's content may contain this
//! contains = "..."
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use claimgraph::{Article, Claim, Config, DiagnosticKind, Extraction, extract};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expectations {
    published: Option<String>,
    #[serde(default)]
    skipped: Vec<String>,
    #[serde(default)]
    claim: Vec<Expected>,
    #[serde(default)]
    absent: Vec<Absent>,
}

#[derive(Deserialize, Default, Debug)]
#[serde(deny_unknown_fields)]
struct Expected {
    text: Option<String>,
    contains: Option<String>,
    speaker: Option<String>,
    narrator: Option<bool>,
    canonical: Option<String>,
    camp: Option<String>,
    person: Option<String>,
    title: Option<String>,
    affiliation: Option<String>,
    antecedent: Option<String>,
    via: Option<String>,
    cue: Option<String>,
    class: Option<String>,
    kind: Option<String>,
    polarity: Option<String>,
    modality: Option<String>,
    time: Option<String>,
    quantities: Option<Vec<ExpectedQuantity>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ExpectedQuantity {
    value: f64,
    approx: Option<bool>,
    unit: Option<String>,
    percent: Option<bool>,
    place: Option<String>,
    qualifier: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Absent {
    contains: String,
}

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for lang in ["ar", "en"] {
        let Ok(dir) = std::fs::read_dir(root.join(lang)) else {
            continue;
        };
        for entry in dir.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// One line per claim, for failure messages and `CLAIMGRAPH_DUMP`.
fn dump(text: &str, extraction: &Extraction) -> String {
    let mut out = String::new();
    for c in &extraction.claims {
        let speaker = c.speaker.as_ref().map_or("-".to_string(), |s| {
            let mut d = format!("{:?}", s.text);
            if let Some(a) = s.antecedent {
                let _ = write!(d, " (antecedent {:?})", a.slice(text));
            }
            if let Some(v) = &s.via {
                let _ = write!(d, " (via {:?})", v.text);
            }
            let _ = write!(
                d,
                " canonical={:?} camp={:?} person={:?} affiliation={:?}",
                s.canonical, s.camp, s.person, s.affiliation
            );
            d
        });
        let _ = writeln!(
            out,
            "  - {} | speaker {} | cue {:?} | {} {} {} | time {:?} | q {:?}\n    text {:?}",
            c.kind.as_str(),
            speaker,
            c.cue.as_ref().map(|c| (&c.text, c.class.as_str())),
            c.polarity.as_str(),
            c.modality.as_str(),
            c.lang.code(),
            c.time.as_ref().and_then(|t| t.iso()),
            c.quantities
                .iter()
                .map(|q| (
                    q.value,
                    q.approx,
                    q.unit.clone(),
                    q.place.clone(),
                    q.qualifier.clone()
                ))
                .collect::<Vec<_>>(),
            c.text
        );
    }
    out
}

fn mismatches(claim: &Claim, text: &str, e: &Expected) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |field: &str, want: &Option<String>, got: Option<&str>| {
        if let Some(want) = want {
            if got != Some(want.as_str()) {
                out.push(format!("{field}: want {want:?}, got {got:?}"));
            }
        }
    };
    let speaker = claim.speaker.as_ref();
    check("speaker", &e.speaker, speaker.map(|s| s.text.as_str()));
    check(
        "canonical",
        &e.canonical,
        speaker.and_then(|s| s.canonical.as_deref()),
    );
    check("camp", &e.camp, speaker.and_then(|s| s.camp.as_deref()));
    check("person", &e.person, speaker.and_then(|s| s.person.as_deref()));
    check("title", &e.title, speaker.and_then(|s| s.title.as_deref()));
    check(
        "affiliation",
        &e.affiliation,
        speaker.and_then(|s| s.affiliation.as_deref()),
    );
    check(
        "antecedent",
        &e.antecedent,
        speaker.and_then(|s| s.antecedent).map(|a| a.slice(text)),
    );
    check(
        "via",
        &e.via,
        speaker.and_then(|s| s.via.as_ref()).map(|v| v.text.as_str()),
    );
    check("cue", &e.cue, claim.cue.as_ref().map(|c| c.text.as_str()));
    check("class", &e.class, claim.cue.as_ref().map(|c| c.class.as_str()));
    check("kind", &e.kind, Some(claim.kind.as_str()));
    check("polarity", &e.polarity, Some(claim.polarity.as_str()));
    check("modality", &e.modality, Some(claim.modality.as_str()));
    let time = claim.time.as_ref().and_then(|t| t.iso());
    check("time", &e.time, time.as_deref());
    if e.narrator == Some(true) && (claim.speaker.is_some() || claim.kind.as_str() != "narrator") {
        out.push("want a narrator claim".to_string());
    }
    if let Some(quantities) = &e.quantities {
        for q in quantities {
            let found = claim.quantities.iter().any(|g| {
                (g.value - q.value).abs() < 1e-9
                    && q.approx.is_none_or(|a| a == g.approx)
                    && q.percent.is_none_or(|p| p == g.percent)
                    && (q.unit.is_none() || q.unit == g.unit)
                    && (q.place.is_none() || q.place == g.place)
                    && (q.qualifier.is_none() || q.qualifier == g.qualifier)
            });
            if !found {
                out.push(format!("quantity {q:?} not found"));
            }
        }
    }
    out
}

fn check_fixture(path: &Path, config: &Config) -> Vec<String> {
    let name = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string();
    let mut failures = Vec::new();
    let mut article = match Article::from_path(path) {
        Ok(a) => a,
        Err(e) => return vec![format!("{name}: {e}")],
    };
    let expect_path = path.with_extension("toml");
    let expectations: Expectations = match std::fs::read_to_string(&expect_path) {
        Ok(s) => match toml::from_str(&s) {
            Ok(e) => e,
            Err(e) => return vec![format!("{}: {e}", expect_path.display())],
        },
        Err(_) => return vec![format!("{name}: no expectation file {}", expect_path.display())],
    };
    if let Some(date) = &expectations.published {
        article = article.with_published(date.parse().expect("published is YYYY-MM-DD"));
    }
    let text = article.text();
    let extraction = extract(&article, config);
    if std::env::var_os("CLAIMGRAPH_DUMP").is_some() {
        println!("{name}\n{}", dump(text, &extraction));
    }
    for c in &extraction.claims {
        if text.get(c.span.start..c.span.end) != Some(c.text.as_str()) {
            failures.push(format!("{name}: claim text is not its span: {:?}", c.text));
        }
    }
    for want in &expectations.skipped {
        let inside = text.match_indices(want.as_str()).all(|(at, _)| {
            extraction.diagnostics.iter().any(|d| {
                d.kind == DiagnosticKind::SkippedChrome
                    && d.span.is_some_and(|s| s.start <= at && at + want.len() <= s.end)
            })
        });
        if !inside || !text.contains(want.as_str()) {
            failures.push(format!("{name}: {want:?} is not skipped"));
        }
    }
    for e in &expectations.claim {
        let candidates: Vec<&Claim> = extraction
            .claims
            .iter()
            .filter(|c| match (&e.text, &e.contains) {
                (Some(t), _) => &c.text == t,
                (None, Some(part)) => c.text.contains(part.as_str()),
                (None, None) => false,
            })
            .collect();
        if candidates.is_empty() {
            failures.push(format!(
                "{name}: no claim with text {:?}",
                e.text.as_ref().or(e.contains.as_ref())
            ));
            continue;
        }
        let problems: Vec<Vec<String>> = candidates.iter().map(|c| mismatches(c, text, e)).collect();
        if problems.iter().all(|p| !p.is_empty()) {
            failures.push(format!(
                "{name}: claim {:?}: {}",
                e.text.as_ref().or(e.contains.as_ref()),
                problems[0].join("; ")
            ));
        }
    }
    for a in &expectations.absent {
        if let Some(c) = extraction
            .claims
            .iter()
            .find(|c| c.text.contains(a.contains.as_str()))
        {
            failures.push(format!(
                "{name}: unexpected claim containing {:?}: {:?}",
                a.contains, c.text
            ));
        }
    }
    if !failures.is_empty() {
        failures.push(format!("{name}: claims found:\n{}", dump(text, &extraction)));
    }
    failures
}

#[test]
fn fixtures_match_their_expectations() {
    let config = Config::default();
    let paths = fixtures();
    assert!(!paths.is_empty(), "no fixtures found under tests/fixtures");
    let failures: Vec<String> = paths.iter().flat_map(|p| check_fixture(p, &config)).collect();
    assert!(
        failures.is_empty(),
        "{} fixture failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
