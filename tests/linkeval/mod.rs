//! Scoring of the linker against hand-annotated stories, shared by
//! `examples/linkeval.rs` and `tests/stories_eval.rs`.
//!
//! A story is a folder of articles (`*.txt`) with a `links.toml` beside them
//! that lists what a careful reader links:
//!
//! ```toml
//! [[contradicts]]
//! a = { file = "a.txt", text = "a verbatim piece of the first statement" }
//! b = { file = "b.txt", text = "a verbatim piece of the second statement" }
//! why = "toll of 41 vs 63 for the same province, same day"
//!
//! [[corroborates]]   # same fields
//! [[restates]]       # one source saying one thing twice: a headline and the
//!                    # body sentence it sums up, or a repeat in one article
//! [[unrelated]]      # distractors: pairs that must not be linked as contradictions
//! ```
//!
//! Each `text` must occur exactly once in its file. An annotated statement is
//! *covered* by every claim whose content span overlaps that text (and by the
//! claim a covering repeat repeats, since repeats carry no links); a statement
//! no claim covers is an extraction miss, reported apart from linking errors.
//!
//! Scoring:
//!
//! - The annotated corroborations and restatements group statements into gold
//!   clusters (transitively); an annotated contradiction inside one gold
//!   cluster is an error in the annotations. A found contradiction is correct when its two claims cover
//!   statements of two gold clusters that an annotated contradiction joins; a
//!   found corroboration is correct when its claims cover two statements of one
//!   gold cluster. Every other found link is a false positive.
//! - An annotated pair is found *directly* when a link of its relation joins a
//!   claim covering one statement to a claim covering the other. A
//!   contradiction is *reached* when a contradiction joins the graph's
//!   corroboration clusters (`ClaimGraph::clusters`) of the two statements'
//!   claims; a corroboration is reached when claims of both statements share
//!   one cluster. Restatements are not recall targets: they only carry the
//!   links of what they restate, so that a link found on a headline is judged
//!   like one found on the sentence the headline sums up.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use claimgraph::link::{Link, Relation};
use claimgraph::{Article, ClaimGraph, ClaimId, Config};
use serde::Deserialize;

/// One end of an annotated pair, as written in `links.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementRef {
    pub file: String,
    pub text: String,
}

/// One annotated pair.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairRef {
    pub a: StatementRef,
    pub b: StatementRef,
    pub why: String,
}

/// The contents of a `links.toml`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotations {
    #[serde(default)]
    pub contradicts: Vec<PairRef>,
    #[serde(default)]
    pub corroborates: Vec<PairRef>,
    #[serde(default)]
    pub restates: Vec<PairRef>,
    #[serde(default)]
    pub unrelated: Vec<PairRef>,
}

/// An annotated statement located in its article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Position of the article in [`Story::articles`].
    pub article: usize,
    /// Byte range of the annotated text in the article.
    pub range: Range<usize>,
    /// The annotated text.
    pub text: String,
}

/// An annotated pair of statements (positions in [`Story::statements`]).
#[derive(Clone, Debug)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub why: String,
}

/// A story: its articles and its located annotations.
#[derive(Clone, Debug)]
pub struct Story {
    pub name: String,
    pub articles: Vec<Article>,
    pub statements: Vec<Statement>,
    pub contradicts: Vec<Pair>,
    pub corroborates: Vec<Pair>,
    pub restates: Vec<Pair>,
    pub unrelated: Vec<Pair>,
}

/// The story folders under `root` (every subfolder holding a `links.toml`), sorted.
pub fn story_dirs(root: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(root).map_err(|e| format!("{}: {e}", root.display()))?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("links.toml").is_file())
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// Reads a story folder: its articles and `links.toml`. Fails with the file
/// and the text when an annotation does not parse, names an unknown file, or
/// gives a text that does not occur exactly once in its file.
pub fn load_story(dir: &Path) -> Result<Story, String> {
    let name = dir
        .file_name()
        .map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into_owned());
    let mut articles = Vec::new();
    for article in Article::read_dir(dir).map_err(|e| e.to_string())? {
        articles.push(article.map_err(|e| e.to_string())?);
    }
    if articles.is_empty() {
        return Err(format!("{}: no .txt articles", dir.display()));
    }
    let links_path = dir.join("links.toml");
    let source =
        std::fs::read_to_string(&links_path).map_err(|e| format!("{}: {e}", links_path.display()))?;
    let annotations: Annotations =
        toml::from_str(&source).map_err(|e| format!("{}: {e}", links_path.display()))?;
    let mut story = Story {
        name,
        articles,
        statements: Vec::new(),
        contradicts: Vec::new(),
        corroborates: Vec::new(),
        restates: Vec::new(),
        unrelated: Vec::new(),
    };
    let mut lists = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    let groups = [
        &annotations.contradicts,
        &annotations.corroborates,
        &annotations.restates,
        &annotations.unrelated,
    ];
    for (list, pairs) in lists.iter_mut().zip(groups) {
        for pair in pairs {
            let a = story.locate(&pair.a, &links_path)?;
            let b = story.locate(&pair.b, &links_path)?;
            if a == b {
                return Err(format!(
                    "{}: a pair links the statement {:?} of {} to itself",
                    links_path.display(),
                    pair.a.text,
                    pair.a.file
                ));
            }
            list.push(Pair {
                a,
                b,
                why: pair.why.clone(),
            });
        }
    }
    let [contradicts, corroborates, restates, unrelated] = lists;
    story.contradicts = contradicts;
    story.corroborates = corroborates;
    story.restates = restates;
    story.unrelated = unrelated;
    let gold_of = story.gold_clusters();
    for pair in &story.contradicts {
        if gold_of[pair.a] == gold_of[pair.b] {
            return Err(format!(
                "{}: {:?} ({}) and {:?} ({}) are annotated as contradicting, but corroborations or restatements join them",
                links_path.display(),
                story.statements[pair.a].text,
                story.file_of(pair.a),
                story.statements[pair.b].text,
                story.file_of(pair.b)
            ));
        }
    }
    Ok(story)
}

impl Story {
    /// The position of a statement in `self.statements`, adding it when new.
    fn locate(&mut self, statement: &StatementRef, links_path: &Path) -> Result<usize, String> {
        let fail = |what: &str| {
            format!(
                "{}: {} {:?}: {what}",
                links_path.display(),
                statement.file,
                statement.text
            )
        };
        let article = self
            .articles
            .iter()
            .position(|a| {
                a.path()
                    .and_then(Path::file_name)
                    .is_some_and(|n| *n == *statement.file)
            })
            .ok_or_else(|| fail("no such article file in the story"))?;
        let text = self.articles[article].text();
        if statement.text.trim().is_empty() {
            return Err(fail("empty text"));
        }
        let mut found = text.match_indices(statement.text.as_str());
        let start = found
            .next()
            .ok_or_else(|| fail("text does not occur in the file"))?
            .0;
        if found.next().is_some() {
            return Err(fail("text occurs more than once in the file; quote more of it"));
        }
        let located = Statement {
            article,
            range: start..start + statement.text.len(),
            text: statement.text.clone(),
        };
        if let Some(i) = self.statements.iter().position(|s| *s == located) {
            return Ok(i);
        }
        self.statements.push(located);
        Ok(self.statements.len() - 1)
    }

    /// The file name of a statement's article.
    pub fn file_of(&self, statement: usize) -> String {
        let article = &self.articles[self.statements[statement].article];
        article
            .path()
            .and_then(Path::file_name)
            .map_or_else(|| article.id().to_string(), |n| n.to_string_lossy().into_owned())
    }

    /// For each statement, a representative of its gold cluster: statements
    /// joined by annotated corroborations and restatements share one.
    pub fn gold_clusters(&self) -> Vec<usize> {
        let mut gold = Sets::new(self.statements.len());
        for p in self.corroborates.iter().chain(&self.restates) {
            gold.union(p.a, p.b);
        }
        (0..self.statements.len()).map(|s| gold.find(s)).collect()
    }

    /// Builds the story's graph with the default configuration.
    pub fn graph(&self) -> ClaimGraph {
        ClaimGraph::build(&self.articles, &Config::default())
    }
}

/// Counts for one relation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Links of this relation the graph found.
    pub found: usize,
    /// Of those, the ones the annotations support.
    pub correct: usize,
    /// Annotated pairs.
    pub gold: usize,
    /// Annotated pairs whose two statements are both covered by claims.
    pub covered: usize,
    /// Annotated pairs found directly.
    pub direct: usize,
    /// Annotated pairs reached directly or through corroboration clusters.
    pub reached: usize,
}

impl Counts {
    /// `correct / found`, or `None` when nothing was found.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.correct, self.found)
    }

    /// `direct / gold`, or `None` when nothing is annotated.
    pub fn recall_direct(&self) -> Option<f64> {
        ratio(self.direct, self.gold)
    }

    /// `reached / gold`, or `None` when nothing is annotated.
    pub fn recall_reached(&self) -> Option<f64> {
        ratio(self.reached, self.gold)
    }

    fn add(&mut self, other: &Counts) {
        self.found += other.found;
        self.correct += other.correct;
        self.gold += other.gold;
        self.covered += other.covered;
        self.direct += other.direct;
        self.reached += other.reached;
    }
}

fn ratio(n: usize, d: usize) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

/// The score of one story (or the total over several).
#[derive(Clone, Debug, Default)]
pub struct Score {
    pub name: String,
    pub articles: usize,
    pub claims: usize,
    pub contradicts: Counts,
    pub corroborates: Counts,
    /// Found contradictions between the statements of an annotated distractor pair.
    pub contradictions_on_distractors: usize,
    /// Found contradictions between statements a reader marks as corroborating.
    pub contradictions_on_corroborations: usize,
    /// Annotated statements no claim covers.
    pub uncovered: usize,
    /// A readable account of every error (false positives, misses, uncovered statements).
    pub errors: String,
}

impl Score {
    /// Adds another story's counts into this total.
    pub fn add(&mut self, other: &Score) {
        self.articles += other.articles;
        self.claims += other.claims;
        self.contradicts.add(&other.contradicts);
        self.corroborates.add(&other.corroborates);
        self.contradictions_on_distractors += other.contradictions_on_distractors;
        self.contradictions_on_corroborations += other.contradictions_on_corroborations;
        self.uncovered += other.uncovered;
    }

    /// The figures as a few lines of text.
    pub fn summary(&self) -> String {
        let f = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{x:.2}"));
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}: {} articles, {} claims, {} annotated statements not covered by any claim",
            self.name, self.articles, self.claims, self.uncovered
        );
        for (label, c) in [
            ("contradicts", &self.contradicts),
            ("corroborates", &self.corroborates),
        ] {
            let _ = writeln!(
                out,
                "  {label:<12} P {} ({}/{})  R direct {} ({}/{})  R reached {} ({}/{})  [{} of {} pairs have both ends extracted]",
                f(c.precision()),
                c.correct,
                c.found,
                f(c.recall_direct()),
                c.direct,
                c.gold,
                f(c.recall_reached()),
                c.reached,
                c.gold,
                c.covered,
                c.gold
            );
        }
        let _ = writeln!(
            out,
            "  false contradictions on annotated distractors: {}, on corroborating statements: {}",
            self.contradictions_on_distractors, self.contradictions_on_corroborations
        );
        out
    }
}

/// A small union-find over `n` items.
struct Sets(Vec<usize>);

impl Sets {
    fn new(n: usize) -> Sets {
        Sets((0..n).collect())
    }

    fn find(&mut self, i: usize) -> usize {
        let mut root = i;
        while self.0[root] != root {
            root = self.0[root];
        }
        let mut i = i;
        while self.0[i] != root {
            let next = self.0[i];
            self.0[i] = root;
            i = next;
        }
        root
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Scores a graph built from `story.articles` against the story's annotations.
pub fn score(story: &Story, graph: &ClaimGraph) -> Score {
    let n_claims = graph.claims().len();
    // The claims covering each statement, with the originals of covering repeats.
    let covering: Vec<BTreeSet<usize>> = story
        .statements
        .iter()
        .map(|s| {
            let id = story.articles[s.article].id();
            let mut set = BTreeSet::new();
            for (i, claim) in graph.claims().iter().enumerate() {
                if claim.article.as_ref() == id
                    && claim.span.start < s.range.end
                    && s.range.start < claim.span.end
                {
                    set.insert(i);
                    if let Some(original) = graph.repeat_of(ClaimId(i)) {
                        set.insert(original.0);
                    }
                }
            }
            set
        })
        .collect();
    // The statements each claim covers.
    let mut covers: Vec<Vec<usize>> = vec![Vec::new(); n_claims];
    for (s, claims) in covering.iter().enumerate() {
        for &c in claims {
            covers[c].push(s);
        }
    }
    let gold_of = story.gold_clusters();
    let gold_contra: BTreeSet<(usize, usize)> = story
        .contradicts
        .iter()
        .map(|p| ordered(gold_of[p.a], gold_of[p.b]))
        .collect();
    let distractors: BTreeSet<(usize, usize)> = story.unrelated.iter().map(|p| ordered(p.a, p.b)).collect();
    // The graph's corroboration cluster of each claim (its own id when alone).
    let mut cluster_of: Vec<usize> = (0..n_claims).collect();
    for (k, cluster) in graph.clusters().iter().enumerate() {
        for id in &cluster.claims {
            cluster_of[id.0] = n_claims + k;
        }
    }
    for i in 0..n_claims {
        if let Some(original) = graph.repeat_of(ClaimId(i)) {
            cluster_of[i] = cluster_of[original.0];
        }
    }

    let statement_pairs = |link: &Link| -> Vec<(usize, usize)> {
        let mut pairs = Vec::new();
        for &s in &covers[link.a.0] {
            for &t in &covers[link.b.0] {
                if s != t {
                    pairs.push(ordered(s, t));
                }
            }
        }
        pairs
    };
    let mut result = Score {
        name: story.name.clone(),
        articles: story.articles.len(),
        claims: n_claims,
        ..Score::default()
    };
    let mut errors = String::new();

    // Precision.
    for link in graph.links() {
        let pairs = statement_pairs(link);
        match link.relation {
            Relation::Contradicts => {
                result.contradicts.found += 1;
                let correct = pairs
                    .iter()
                    .any(|&(s, t)| gold_contra.contains(&ordered(gold_of[s], gold_of[t])));
                if correct {
                    result.contradicts.correct += 1;
                    continue;
                }
                let what = if pairs.iter().any(|&(s, t)| gold_of[s] == gold_of[t]) {
                    result.contradictions_on_corroborations += 1;
                    "false contradiction (a reader marks these as corroborating)"
                } else if pairs.iter().any(|p| distractors.contains(p)) {
                    result.contradictions_on_distractors += 1;
                    "false contradiction on an annotated distractor"
                } else {
                    "false contradiction"
                };
                describe_link(&mut errors, what, graph, link);
            }
            Relation::Corroborates => {
                result.corroborates.found += 1;
                if pairs.iter().any(|&(s, t)| gold_of[s] == gold_of[t]) {
                    result.corroborates.correct += 1;
                } else {
                    describe_link(&mut errors, "false corroboration", graph, link);
                }
            }
            Relation::Unrelated => {}
        }
    }

    // Recall.
    let joins = |relation: Relation, a: &BTreeSet<usize>, b: &BTreeSet<usize>| {
        graph.links().iter().any(|l| {
            l.relation == relation
                && ((a.contains(&l.a.0) && b.contains(&l.b.0)) || (b.contains(&l.a.0) && a.contains(&l.b.0)))
        })
    };
    let clusters_of =
        |claims: &BTreeSet<usize>| -> BTreeSet<usize> { claims.iter().map(|&c| cluster_of[c]).collect() };
    for (relation, pairs, counts) in [
        (Relation::Contradicts, &story.contradicts, &mut result.contradicts),
        (
            Relation::Corroborates,
            &story.corroborates,
            &mut result.corroborates,
        ),
    ] {
        for pair in pairs {
            counts.gold += 1;
            let (a, b) = (&covering[pair.a], &covering[pair.b]);
            if a.is_empty() || b.is_empty() {
                describe_miss(
                    &mut errors,
                    relation,
                    "not extracted",
                    story,
                    pair,
                    graph,
                    &covering,
                );
                continue;
            }
            counts.covered += 1;
            let direct = joins(relation, a, b);
            let (ca, cb) = (clusters_of(a), clusters_of(b));
            let reached = direct
                || match relation {
                    Relation::Contradicts => graph.contradictions().any(|l| {
                        let (x, y) = (cluster_of[l.a.0], cluster_of[l.b.0]);
                        (ca.contains(&x) && cb.contains(&y)) || (cb.contains(&x) && ca.contains(&y))
                    }),
                    _ => !ca.is_disjoint(&cb),
                };
            counts.direct += usize::from(direct);
            counts.reached += usize::from(reached);
            if !direct {
                let what = if reached {
                    "reached through clusters only"
                } else {
                    "missed"
                };
                describe_miss(&mut errors, relation, what, story, pair, graph, &covering);
            }
        }
    }

    for (s, statement) in story.statements.iter().enumerate() {
        if covering[s].is_empty() {
            result.uncovered += 1;
            let _ = writeln!(
                errors,
                "  extraction miss: {}: {:?} lies in no claim's content",
                story.file_of(s),
                statement.text
            );
        }
    }
    result.errors = errors;
    result
}

fn ordered(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

fn claim_line(graph: &ClaimGraph, id: ClaimId) -> String {
    let claim = graph.claim(id);
    format!(
        "{id} [{}] {}: {:?}",
        claim.article,
        graph.source(id).label(),
        claim.text
    )
}

fn describe_link(out: &mut String, what: &str, graph: &ClaimGraph, link: &Link) {
    let reasons: Vec<String> = link
        .reasons
        .iter()
        .map(|r| format!("{}: {}", r.kind.as_str(), r.detail))
        .collect();
    let _ = writeln!(out, "  {what} (score {:.2}; {})", link.score, reasons.join("; "));
    let _ = writeln!(out, "      {}", claim_line(graph, link.a));
    let _ = writeln!(out, "      {}", claim_line(graph, link.b));
}

fn describe_miss(
    out: &mut String,
    relation: Relation,
    what: &str,
    story: &Story,
    pair: &Pair,
    graph: &ClaimGraph,
    covering: &[BTreeSet<usize>],
) {
    let _ = writeln!(out, "  {} {what}: {}", relation.as_str(), pair.why);
    for s in [pair.a, pair.b] {
        let claims: Vec<String> = covering[s]
            .iter()
            .map(|&c| claim_line(graph, ClaimId(c)))
            .collect();
        let shown = if claims.is_empty() {
            "no claim".to_string()
        } else {
            claims.join("\n        ")
        };
        let _ = writeln!(
            out,
            "      {}: {:?}\n        {}",
            story.file_of(s),
            story.statements[s].text,
            shown
        );
    }
}

/// Loads and scores every story folder; returns the per-story scores and the total.
pub fn score_dirs(dirs: &[PathBuf]) -> Result<(Vec<Score>, Score), String> {
    let mut scores = Vec::new();
    let mut total = Score {
        name: "total".to_string(),
        ..Score::default()
    };
    for dir in dirs {
        let story = load_story(dir)?;
        let graph = story.graph();
        let s = score(&story, &graph);
        total.add(&s);
        scores.push(s);
    }
    Ok((scores, total))
}

/// The stories shipped with the crate: `tests/stories/*`.
pub fn default_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("stories")
}

/// Annotated pairs per story, for a quick look at the set's size.
pub fn pair_counts(story: &Story) -> BTreeMap<&'static str, usize> {
    BTreeMap::from([
        ("contradicts", story.contradicts.len()),
        ("corroborates", story.corroborates.len()),
        ("restates", story.restates.len()),
        ("unrelated", story.unrelated.len()),
    ])
}
