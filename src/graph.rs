//! [`ClaimGraph`]: claims as nodes, contradictions and corroborations as edges.
//!
//! This is the only module that names petgraph types.
//!
//! Linking goes through the [blocking index](crate::link::index) and the
//! pairwise [judge](crate::link::judge()): every new claim is judged against
//! its candidates among the claims already in the graph (and the new claims
//! before it), in parallel, and the judgements are merged in claim order.
//! Adding articles one at a time therefore gives the same links, in the same
//! order, as building the graph from all of them at once.
//!
//! Rules that belong to the graph, not the judge:
//!
//! - A claim that repeats an earlier claim of the same source in the same article
//!   is one claim with it: it is recorded as a repeat
//!   ([`ClaimGraph::repeat_of`]), never linked, and never counted as corroboration.
//! - Claims of one source in one article never contradict: the judge's
//!   verdict on such a pair (with its `same-source` reason) makes no link.
//!   Across articles, one named speaker contradicting itself is a `reversal`.
//! - Agreement counts *independent* sources: claims of one source (one actor, or
//!   one outlet's narration) corroborating each other do not add up. In one
//!   article, the narrator and each quoted speaker are different sources.

use std::collections::VecDeque;
use std::ops::Range;
use std::sync::Arc;

use petgraph::Undirected;
use petgraph::graph::{Graph, NodeIndex};
use petgraph::unionfind::UnionFind;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::article::Article;
use crate::claim::Claim;
use crate::config::Config;
use crate::extract::extract;
use crate::link::index::BlockingIndex;
use crate::link::{ClaimFeatures, ClaimId, Judgement, Link, ReasonKind, Relation};
use crate::text::normalize::fold;

/// A graph of attributed claims and the links between them.
///
/// ```
/// use claimgraph::{Article, ClaimGraph, Config};
/// let config = Config::default();
/// let articles = [
///     Article::new("a", "The ministry said the talks include a withdrawal of troops."),
///     Article::new("b", "The army said the talks do not include a withdrawal of troops."),
/// ];
/// let graph = ClaimGraph::build(&articles, &config);
/// assert_eq!(graph.contradictions().count(), 1);
/// let link = graph.contradictions().next().unwrap();
/// assert_eq!(graph.claim(link.a).article.as_ref(), "a");
/// ```
#[derive(Clone, Debug, Default)]
pub struct ClaimGraph {
    /// Node `i` is claim `i` (nodes are never removed); an edge's weight is
    /// the link's position in `links`.
    graph: Graph<(), u32, Undirected>,
    claims: Vec<Claim>,
    /// Each claim's source, as a position in `source_list`.
    sources: Vec<u32>,
    /// The distinct sources, in order of first use.
    source_list: Vec<Source>,
    repeat_of: Vec<Option<ClaimId>>,
    /// The judge's features of the most recent claims.
    features: FeatureCache,
    links: Vec<Link>,
    articles: Vec<Article>,
    article_index: FxHashMap<String, usize>,
    /// Each distinct source's position in `source_list`. An unresolved
    /// speaker source keeps the words of its first mention as its name.
    source_ids: FxHashMap<Source, u32>,
    index: BlockingIndex,
    /// Each article's claims, in id order, for look-ups within one article.
    claims_of_article: FxHashMap<Arc<str>, Vec<usize>>,
    /// Full names (two words or more) of person sources by their last word:
    /// the first such source, and whether every later one was the same.
    full_names: FxHashMap<String, (Source, bool)>,
    /// Candidate pairs handed to the judge so far.
    candidate_pairs: u64,
}

/// How many claims [`ClaimGraph`] judges in one parallel round: only one
/// round's judgements are held at once.
const LINK_ROUND: usize = 1 << 16;

/// Fewer new claims than this are linked on the calling thread: handing a
/// few claims (one article's) to the thread pool costs more than it saves,
/// and a pool thread that a busy machine is slow to wake delays the whole
/// addition.
const SERIAL_BELOW: usize = 64;

/// How many of the most recent claims keep the judge's features cached.
///
/// Candidates are mostly recent claims (a story is retold within days, and an
/// over-common key reaches only its most recent holders); the features of an
/// older candidate are computed again when it is judged, which gives the same
/// features. A graph of a million claims therefore holds the features of this
/// many, not of a million.
const FEATURE_WINDOW: usize = 1 << 15;

/// The judge's features of the claims `first..first + features.len()`: the
/// most recent claims linked.
#[derive(Clone, Debug)]
struct FeatureCache {
    /// The id of the first claim cached.
    first: usize,
    features: VecDeque<ClaimFeatures>,
    /// How many claims to keep cached after linking ([`FEATURE_WINDOW`]).
    window: usize,
    /// How many claims to judge in one round ([`LINK_ROUND`]).
    round: usize,
}

impl Default for FeatureCache {
    fn default() -> FeatureCache {
        FeatureCache {
            first: 0,
            features: VecDeque::new(),
            window: FEATURE_WINDOW,
            round: LINK_ROUND,
        }
    }
}

impl FeatureCache {
    /// The features of claim `id`, when cached.
    fn get(&self, id: usize) -> Option<&ClaimFeatures> {
        self.features.get(id.checked_sub(self.first)?)
    }

    /// Forgets the features of the claims before `id`.
    fn forget_before(&mut self, id: usize) {
        while self.first < id && self.features.pop_front().is_some() {
            self.first += 1;
        }
    }

    /// Makes the next features pushed those of claim `id`: the cache then
    /// holds the claims just before it, if any.
    fn start_at(&mut self, id: usize) {
        if self.first + self.features.len() != id {
            self.features.clear();
            self.first = id;
        }
    }
}

/// Who a claim comes from, for counting independent sources.
///
/// Two claims have the same source when they resolve to the same canonical
/// actor, name the same person, use the same (folded) unresolved speaker words,
/// or are both narration of the same outlet (of the same article, when the
/// outlet is unknown).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// A resolved canonical actor ("US Department of Defense").
    Actor(String),
    /// A named person the alias table does not know.
    Person(String),
    /// Unresolved speaker words, folded; with the article when the words only
    /// make sense there (a pronoun whose antecedent is not known).
    Speaker {
        /// The folded speaker words: what makes two sources the same.
        words: String,
        /// The words as the article writes them, for display; ignored when
        /// sources are compared.
        shown: Shown,
        /// The article, for speaker words that are local to it.
        article: Option<String>,
    },
    /// An outlet's own narration: the outlet's name, or the article id when the
    /// outlet is unknown.
    Outlet(String),
}

impl Source {
    /// The source of a claim. `article` is the claim's article when known: it
    /// gives the outlet of narration and the words of a pronoun's antecedent.
    ///
    /// ```
    /// use claimgraph::{extract, graph::Source, Article, Config};
    /// let article = Article::new("a1", "The Pentagon said the talks go on.");
    /// let claims = extract(&article, &Config::default()).claims;
    /// let source = Source::of(&claims[0], Some(&article));
    /// assert_eq!(source, Source::Actor("US Department of Defense".into()));
    /// assert_eq!(source.label(), "US Department of Defense");
    /// ```
    pub fn of(claim: &Claim, article: Option<&Article>) -> Source {
        let Some(speaker) = &claim.speaker else {
            let outlet = article
                .and_then(Article::outlet)
                .map_or_else(|| claim.article.to_string(), str::to_string);
            return Source::Outlet(outlet);
        };
        if let Some(canonical) = &speaker.canonical {
            return Source::Actor(canonical.clone());
        }
        if let Some(person) = &speaker.person {
            return Source::Person(person.clone());
        }
        // A carried speaker or a pronoun stands for its antecedent: take the
        // antecedent's words from the article when the article is at hand.
        let antecedent = speaker
            .antecedent
            .zip(article)
            .and_then(|(span, a)| a.text().get(span.start..span.end))
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let local = speaker.antecedent.is_some() && antecedent.is_none();
        let words = antecedent.unwrap_or_else(|| speaker.text.trim());
        Source::Speaker {
            words: fold(words, claim.lang),
            shown: Shown(words.to_string()),
            article: local.then(|| claim.article.to_string()),
        }
    }

    /// A readable name: the actor, the person, the speaker words (with the
    /// article where local), or the outlet followed by "(narrator)".
    pub fn label(&self) -> String {
        match self {
            Source::Actor(name) | Source::Person(name) => name.clone(),
            Source::Speaker {
                shown, article: None, ..
            } => shown.0.clone(),
            Source::Speaker {
                shown,
                article: Some(article),
                ..
            } => format!("{} ({article})", shown.0),
            Source::Outlet(outlet) => format!("{outlet} (narrator)"),
        }
    }
}

/// Speaker words as the article writes them. Every two `Shown` compare equal,
/// so that sources differ only by what identifies them.
#[derive(Clone, Debug, Default)]
pub struct Shown(pub String);

impl PartialEq for Shown {
    fn eq(&self, _: &Shown) -> bool {
        true
    }
}

impl Eq for Shown {}

impl PartialOrd for Shown {
    fn partial_cmp(&self, other: &Shown) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Shown {
    fn cmp(&self, _: &Shown) -> std::cmp::Ordering {
        std::cmp::Ordering::Equal
    }
}

impl std::hash::Hash for Shown {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

/// What one call of [`ClaimGraph::add_article`] or [`ClaimGraph::add_claims`] added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    /// The ids of the new claims: `ClaimId(claims.start)` up to `ClaimId(claims.end)`.
    pub claims: Range<usize>,
    /// The positions of the new links in [`ClaimGraph::links`].
    pub links: Range<usize>,
    /// How many of the new claims were repeats of earlier claims.
    pub repeats: usize,
}

/// Claims linked by corroborations: a connected component over corroborates edges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    /// The claims, in id order (repeats are not listed; they belong to the
    /// cluster of the claim they repeat).
    pub claims: Vec<ClaimId>,
    /// The distinct sources of the claims, sorted.
    pub sources: Vec<Source>,
}

impl Cluster {
    /// How many independent sources (distinct actors or outlets) back the cluster.
    pub fn independent_sources(&self) -> usize {
        self.sources.len()
    }
}

/// Contradictions between two corroboration clusters, listed once.
#[derive(Clone, Debug, PartialEq)]
pub struct Dispute {
    /// One side: the claims of the first cluster, in id order.
    pub a: Vec<ClaimId>,
    /// The other side: the claims of the second cluster, in id order.
    pub b: Vec<ClaimId>,
    /// Every contradiction between the two sides, as positions in
    /// [`ClaimGraph::links`], in order.
    pub links: Vec<usize>,
    /// The strongest of them (highest score; the first on ties).
    pub strongest: usize,
}

/// How two sources relate across the graph: a row of [`ClaimGraph::agreement`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agreement {
    /// The first source's label (the smaller of the two).
    pub a: String,
    /// The second source's label.
    pub b: String,
    /// Corroborations between claims of the two.
    pub corroborations: usize,
    /// Contradictions between claims of the two.
    pub contradictions: usize,
}

impl ClaimGraph {
    /// An empty graph.
    pub fn new() -> ClaimGraph {
        ClaimGraph::default()
    }

    /// Extracts the claims of every article and links them.
    ///
    /// The same as adding the articles one by one with [`ClaimGraph::add_article`].
    pub fn build(articles: &[Article], config: &Config) -> ClaimGraph {
        let extracted: Vec<Vec<Claim>> = articles.par_iter().map(|a| extract(a, config).claims).collect();
        ClaimGraph::build_extracted(articles, extracted, config)
    }

    /// Links claims already extracted from `articles` (`claims[i]` are the
    /// claims of `articles[i]`): [`ClaimGraph::build`] without the extraction,
    /// for callers that extract elsewhere or time the two stages apart.
    ///
    /// ```
    /// use claimgraph::{extract, Article, ClaimGraph, Config};
    /// let config = Config::default();
    /// let articles = [
    ///     Article::new("a", "The ministry said the talks include a withdrawal of troops."),
    ///     Article::new("b", "The army said the talks do not include a withdrawal of troops."),
    /// ];
    /// let claims = articles.iter().map(|a| extract(a, &config).claims).collect();
    /// let graph = ClaimGraph::build_extracted(&articles, claims, &config);
    /// assert_eq!(graph.links(), ClaimGraph::build(&articles, &config).links());
    /// ```
    pub fn build_extracted(articles: &[Article], claims: Vec<Vec<Claim>>, config: &Config) -> ClaimGraph {
        ClaimGraph::from_extracted(articles.to_vec(), claims, config)
    }

    /// [`ClaimGraph::build_extracted`] taking the articles rather than
    /// copying them: for a caller that has no further use for its own copy
    /// of a large corpus.
    ///
    /// ```
    /// use claimgraph::{extract, Article, ClaimGraph, Config};
    /// let config = Config::default();
    /// let articles = vec![
    ///     Article::new("a", "The ministry said the talks include a withdrawal of troops."),
    ///     Article::new("b", "The army said the talks do not include a withdrawal of troops."),
    /// ];
    /// let claims: Vec<_> = articles.iter().map(|a| extract(a, &config).claims).collect();
    /// let copied = ClaimGraph::build_extracted(&articles, claims.clone(), &config);
    /// let graph = ClaimGraph::from_extracted(articles, claims, &config);
    /// assert_eq!(graph.links(), copied.links());
    /// assert_eq!(graph.articles()[1].id(), "b");
    /// ```
    pub fn from_extracted(articles: Vec<Article>, claims: Vec<Vec<Claim>>, config: &Config) -> ClaimGraph {
        let mut graph = ClaimGraph::new();
        // Room for every claim at once, so that no per-claim array doubles
        // (and copies) while a large graph is built.
        let n: usize = claims.iter().map(Vec::len).sum();
        graph.reserve(n, articles.len());
        graph.add_extracted(articles, claims, config);
        // And a sixteenth more for articles added later.
        graph.reserve(n / 16 + 64, graph.articles.len() / 16 + 8);
        graph
    }

    /// Adds articles whose claims were extracted elsewhere (`claims[i]` are
    /// the claims of `articles[i]`) and links them: the same as adding the
    /// articles one by one with [`ClaimGraph::add_article`], without the
    /// extraction. A large corpus can so be extracted and linked a part at a
    /// time, holding only one part's extraction at once.
    ///
    /// ```
    /// use claimgraph::{extract, Article, ClaimGraph, Config};
    /// let config = Config::default();
    /// let articles = vec![
    ///     Article::new("a", "The ministry said the talks include a withdrawal of troops."),
    ///     Article::new("b", "The army said the talks do not include a withdrawal of troops."),
    /// ];
    /// let whole = ClaimGraph::build(&articles, &config);
    /// let mut graph = ClaimGraph::new();
    /// graph.reserve(2, 2);
    /// for article in articles {
    ///     let claims = vec![extract(&article, &config).claims];
    ///     graph.add_extracted(vec![article], claims, &config);
    /// }
    /// assert_eq!(graph.links(), whole.links());
    /// ```
    pub fn add_extracted(
        &mut self,
        articles: Vec<Article>,
        claims: Vec<Vec<Claim>>,
        config: &Config,
    ) -> Added {
        let first = self.claims.len();
        let n_links = self.links.len();
        for (article, claims) in articles.into_iter().zip(claims) {
            let known = self.push_article(article);
            self.push_claims(claims, Some(known));
        }
        let repeats = self.link_from(first, config);
        Added {
            claims: first..self.claims.len(),
            links: n_links..self.links.len(),
            repeats,
        }
    }

    /// Makes room for `claims` more claims from `articles` more articles (and
    /// for links and blocking keys in proportion to those already held), so
    /// that adding them grows none of the graph's arrays and maps: no copy
    /// or rehash of a large one in the middle of an addition.
    ///
    /// ```
    /// let mut graph = claimgraph::ClaimGraph::new();
    /// graph.reserve(1_000, 100);
    /// assert!(graph.is_empty());
    /// ```
    pub fn reserve(&mut self, claims: usize, articles: usize) {
        self.claims.reserve_exact(claims);
        self.sources.reserve_exact(claims);
        self.repeat_of.reserve_exact(claims);
        self.graph.reserve_nodes(claims);
        self.index.reserve(claims);
        let links = (self.links.len() * claims).div_ceil(self.claims.len().max(1));
        self.links.reserve(links);
        self.graph.reserve_edges(links);
        let sources = (self.source_list.len() * claims).div_ceil(self.claims.len().max(1));
        self.source_list.reserve(sources);
        self.source_ids.reserve(sources);
        let names = (self.full_names.len() * claims).div_ceil(self.claims.len().max(1));
        self.full_names.reserve(names);
        self.articles.reserve_exact(articles);
        self.article_index.reserve(articles);
        self.claims_of_article.reserve(articles);
    }

    /// Extracts the claims of one more article and links them to the claims
    /// already in the graph (and to each other) without a rebuild. Existing
    /// links are never removed or changed.
    ///
    /// ```
    /// use claimgraph::{Article, ClaimGraph, Config};
    /// let config = Config::default();
    /// let mut graph = ClaimGraph::new();
    /// graph.add_article(&Article::new("a", "The ministry said the talks include a withdrawal."), &config);
    /// let added = graph.add_article(&Article::new("b", "The army said the talks do not include a withdrawal."), &config);
    /// assert_eq!(added.links.len(), 1);
    /// assert_eq!(graph.links()[added.links.start].relation, claimgraph::link::Relation::Contradicts);
    /// ```
    pub fn add_article(&mut self, article: &Article, config: &Config) -> Added {
        let claims = extract(article, config).claims;
        self.add_extracted(vec![article.clone()], vec![claims], config)
    }

    /// Adds claims extracted elsewhere and links them like [`ClaimGraph::add_article`].
    /// Claims of an article already added take its outlet for narration.
    pub fn add_claims(&mut self, claims: Vec<Claim>, config: &Config) -> Added {
        let first = self.claims.len();
        let n_links = self.links.len();
        self.push_claims(claims, None);
        let repeats = self.link_from(first, config);
        Added {
            claims: first..self.claims.len(),
            links: n_links..self.links.len(),
            repeats,
        }
    }

    /// Records an article; returns its position in [`ClaimGraph::articles`].
    fn push_article(&mut self, article: Article) -> usize {
        let position = self.articles.len();
        self.article_index.insert(article.id().to_string(), position);
        self.articles.push(article);
        position
    }

    /// Adds claims as nodes and to the index, without linking them.
    fn push_claims(&mut self, claims: Vec<Claim>, article: Option<usize>) {
        // Full names given anywhere in the batch (an article names its people
        // in full in the body even when the headline uses a surname).
        let batch: Vec<Source> = claims
            .iter()
            .filter(|c| c.speaker.as_ref().is_some_and(|s| s.person.is_some()))
            .map(|c| Source::of(c, None))
            .collect();
        for claim in claims {
            let known = article
                .or_else(|| self.article_index.get(claim.article.as_ref()).copied())
                .map(|i| &self.articles[i]);
            let mut source = Source::of(&claim, known);
            if let Some(earlier) = self
                .definite_antecedent(&claim)
                .or_else(|| self.surname_of(&claim, &source, &batch))
            {
                source = earlier;
            }
            // One source keeps one name: the words of its first mention.
            let source = self.intern(source);
            let id = ClaimId(self.claims.len());
            let mut claim = shrunk(claim);
            self.index.insert_sharing(&mut claim);
            self.graph.add_node(());
            if claim.speaker.as_ref().is_some_and(|s| s.person.is_some()) {
                self.note_full_name(source);
            }
            self.claims_of_article
                .entry(claim.article.clone())
                .or_default()
                .push(id.0);
            self.sources.push(source);
            self.repeat_of.push(None);
            self.claims.push(claim);
        }
    }

    /// The position of `source` in the list of distinct sources, added when new.
    fn intern(&mut self, source: Source) -> u32 {
        if let Some(&id) = self.source_ids.get(&source) {
            return id;
        }
        let id = u32::try_from(self.source_list.len()).expect("fewer than 2^32 sources");
        self.source_list.push(source.clone());
        self.source_ids.insert(source, id);
        id
    }

    /// Records the source (by position) of a claim with a named person as
    /// speaker among the full names by last word.
    fn note_full_name(&mut self, id: u32) {
        let source = &self.source_list[id as usize];
        let Some(last) = full_name_last_word(source) else {
            return;
        };
        match self.full_names.get_mut(last) {
            Some((first, same)) => *same &= first == source,
            None => {
                self.full_names.insert(last.to_string(), (source.clone(), true));
            }
        }
    }

    /// The source of an earlier speaker of the same article that a bare
    /// definite speaker ("the spokesman", "المتحدث", "المكتب") takes up: the
    /// most recent longer mention with the same head word ("the Pentagon
    /// spokesman", "المتحدث باسم الحكومة", "مكتب رئيس الوزراء"), or the
    /// speaker of a sentence that names the head word ("the statement" after
    /// "the office said in a statement"). Only for a speaker that nothing
    /// else resolved.
    fn definite_antecedent(&self, claim: &Claim) -> Option<Source> {
        let speaker = claim.speaker.as_ref()?;
        if speaker.canonical.is_some() || speaker.person.is_some() || speaker.antecedent.is_some() {
            return None;
        }
        let folded = fold(speaker.text.trim(), claim.lang);
        let mut words = folded.split_whitespace();
        let (first, second) = (words.next()?, words.next());
        let head = match (first.to_lowercase().as_str(), second) {
            ("the", Some(word)) if words.next().is_none() => word.to_lowercase(),
            (_, None) => first
                .strip_prefix("ال")
                .filter(|w| w.chars().count() > 1)?
                .to_string(),
            _ => return None,
        };
        let text = self
            .article_index
            .get(claim.article.as_ref())
            .map(|&i| self.articles[i].text());
        let words = |s: &str, lang| -> Vec<String> {
            fold(s.trim(), lang)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.strip_prefix("ال").unwrap_or(w).to_lowercase())
                .collect()
        };
        let same_article = self.claims_of_article.get(&claim.article)?;
        same_article
            .iter()
            .rev()
            .map(|&i| (&self.claims[i], &self.source_list[self.sources[i] as usize]))
            .filter(|(c, _)| c.sentence != claim.sentence)
            .find_map(|(c, source)| {
                let other = words(&c.speaker.as_ref()?.text, c.lang);
                let named = other.len() > 1 && other.contains(&head);
                let in_sentence = matches!(source, Source::Actor(_))
                    && text
                        .and_then(|t| t.get(c.sentence.start..c.sentence.end))
                        .is_some_and(|s| words(s, c.lang).contains(&head));
                (named || in_sentence).then(|| source.clone())
            })
    }

    /// The full name of a person named by surname only ("الكاظمي", "Austin"):
    /// the one person source (by name, or by the actor a known person
    /// resolves to), earlier or in the same `batch`, whose name has
    /// more words and ends with it. `None` when none, or more than one, ends so.
    fn surname_of(&self, claim: &Claim, source: &Source, batch: &[Source]) -> Option<Source> {
        claim.speaker.as_ref()?.person.as_ref()?;
        let (Source::Person(name) | Source::Actor(name)) = source else {
            return None;
        };
        let surname = name.trim();
        if surname.split_whitespace().count() != 1 {
            return None;
        }
        let earlier = self.full_names.get(surname);
        if earlier.is_some_and(|(_, same)| !same) {
            return None;
        }
        let mut full = earlier
            .map(|(s, _)| s)
            .into_iter()
            .chain(batch.iter().filter(|s| full_name_last_word(s) == Some(surname)));
        let first = full.next()?;
        full.all(|s| s == first).then(|| first.clone())
    }

    /// Judges every claim from `first` on against its candidates, in parallel,
    /// then merges the judgements in claim order. Returns how many repeats it found.
    ///
    /// Claims are judged in rounds of [`FeatureCache::round`] claims, so that
    /// only one round's judgements are held at once; the features of the
    /// most recent claims stay cached for the next round and the next call.
    fn link_from(&mut self, first: usize, config: &Config) -> usize {
        let parallel = self.claims.len() - first >= SERIAL_BELOW;
        let run = |graph: &mut ClaimGraph| {
            let mut repeats = 0;
            let mut start = first;
            while start < graph.claims.len() {
                let end = graph.claims.len().min(start + graph.features.round);
                repeats += graph.link_round(start..end, parallel, config);
                start = end;
            }
            let n = graph.claims.len();
            graph
                .features
                .forget_before(n.saturating_sub(graph.features.window));
            repeats
        };
        match config.link.threads {
            0 => run(self),
            _ if !parallel => run(self),
            n => match rayon::ThreadPoolBuilder::new().num_threads(n).build() {
                Ok(pool) => pool.install(|| run(self)),
                Err(_) => run(self),
            },
        }
    }

    /// Judges the claims of `round` (every earlier claim linked already)
    /// against their candidates, in parallel when `parallel`, and merges the
    /// judgements in claim order. Returns how many repeats it found.
    fn link_round(&mut self, round: Range<usize>, parallel: bool, config: &Config) -> usize {
        self.features
            .forget_before(round.start.saturating_sub(self.features.window));
        self.features.start_at(round.start);
        let (fresh, candidates): (Vec<ClaimFeatures>, Vec<Vec<ClaimId>>) =
            map_range(round.clone(), parallel, |i| {
                (
                    crate::link::features(&self.claims[i], config),
                    self.index.candidates(ClaimId(i), &config.link),
                )
            })
            .into_iter()
            .unzip();
        self.features.features.extend(fresh);
        // The candidates older than the cache (and not repeats, which are not
        // judged) get their features computed again, once in the round: the
        // same features as when they were linked.
        let cached = self.features.first;
        let mut older: Vec<usize> = candidates
            .iter()
            .flatten()
            .map(|c| c.0)
            .filter(|&c| c < cached && self.repeat_of[c].is_none())
            .collect();
        older.sort_unstable();
        older.dedup();
        let older_features: Vec<ClaimFeatures> = map_range(0..older.len(), parallel, |k| {
            crate::link::features(&self.claims[older[k]], config)
        });
        let features_of = |c: usize| {
            self.features
                .get(c)
                .or_else(|| older.binary_search(&c).ok().map(|k| &older_features[k]))
                .expect("every claim judged has its features")
        };
        let judged: Vec<(u32, Vec<(usize, Judgement)>)> = map_range(round.clone(), parallel, |i| {
            let candidates = &candidates[i - round.start];
            let mine = features_of(i);
            let judged = candidates
                .iter()
                .filter(|c| c.0 >= round.start || self.repeat_of[c.0].is_none())
                .filter_map(|c| {
                    let judgement = judge_pair(features_of(c.0), mine, config);
                    let keep = (is_repeat(&judgement) || judgement.relation != Relation::Unrelated)
                        && judgement.score >= config.link.min_score;
                    keep.then_some((c.0, judgement))
                })
                .collect();
            (candidates.len() as u32, judged)
        });
        let mut repeats = 0;
        for (i, (n_candidates, judgements)) in round.zip(judged) {
            self.candidate_pairs += u64::from(n_candidates);
            let judgements: Vec<(usize, Judgement)> = judgements
                .into_iter()
                .filter(|(c, _)| self.repeat_of[*c].is_none())
                .collect();
            // (A later statement that gives figures the first did not is
            // no repeat of it: "محكومين بالإعدام بينهم", then "بينهم اثنين
            // من المحكومين بالإعدام".)
            let original = judgements.iter().find(|(c, j)| {
                (is_repeat(j)
                    || (j.relation == Relation::Corroborates
                        && self.claims[*c].article == self.claims[i].article
                        && self.sources[*c] == self.sources[i]))
                    && !adds_figures(&self.claims[*c], &self.claims[i])
            });
            if let Some((c, _)) = original {
                self.repeat_of[i] = Some(ClaimId(*c));
                repeats += 1;
                continue;
            }
            for (c, judgement) in judgements {
                // One source at odds with itself in one report is most often
                // a misreading (another party's account quoted in its words,
                // a part against the whole, an update beside the first
                // figure), not a dispute.
                let one_report =
                    self.claims[c].article == self.claims[i].article && self.sources[c] == self.sources[i];
                // (A repeat kept for its figures links to nothing it repeats.)
                if judgement.relation == Relation::Unrelated
                    || one_report && judgement.relation == Relation::Contradicts
                {
                    continue;
                }
                let link = Link {
                    a: ClaimId(c),
                    b: ClaimId(i),
                    relation: judgement.relation,
                    score: judgement.score,
                    reasons: shrunk_reasons(judgement.reasons),
                    independent: self.sources[c] != self.sources[i],
                };
                let position = u32::try_from(self.links.len()).expect("fewer than 2^32 links");
                self.graph
                    .add_edge(NodeIndex::new(c), NodeIndex::new(i), position);
                self.links.push(link);
            }
        }
        repeats
    }

    /// How many candidate pairs the blocking index has handed to the judge
    /// over the life of the graph: the work linking did.
    pub fn candidate_pairs(&self) -> u64 {
        self.candidate_pairs
    }

    /// The claims, in id order.
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// The claim with id `id`.
    ///
    /// # Panics
    ///
    /// Panics when the graph has no claim with that id.
    pub fn claim(&self, id: ClaimId) -> &Claim {
        &self.claims[id.0]
    }

    /// The number of claims.
    pub fn len(&self) -> usize {
        self.claims.len()
    }

    /// Whether the graph has no claims.
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }

    /// Every link, in the order found: by the later claim, then the earlier.
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    /// The articles added, in order.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// The source of a claim.
    ///
    /// # Panics
    ///
    /// Panics when the graph has no claim with that id.
    pub fn source(&self, id: ClaimId) -> &Source {
        &self.source_list[self.sources[id.0] as usize]
    }

    /// The earlier claim this one repeats (same article, same source, same
    /// proposition), if it is a repeat. Repeats carry no links.
    ///
    /// # Panics
    ///
    /// Panics when the graph has no claim with that id.
    pub fn repeat_of(&self, id: ClaimId) -> Option<ClaimId> {
        self.repeat_of[id.0]
    }

    /// The contradictions, in link order.
    pub fn contradictions(&self) -> impl Iterator<Item = &Link> {
        self.links.iter().filter(|l| l.relation == Relation::Contradicts)
    }

    /// The corroborations, in link order.
    pub fn corroborations(&self) -> impl Iterator<Item = &Link> {
        self.links.iter().filter(|l| l.relation == Relation::Corroborates)
    }

    /// The links of one claim, in link order.
    pub fn links_of(&self, id: ClaimId) -> Vec<&Link> {
        if id.0 >= self.graph.node_count() {
            return Vec::new();
        }
        let node = NodeIndex::new(id.0);
        let mut positions: Vec<usize> = self.graph.edges(node).map(|e| *e.weight() as usize).collect();
        positions.sort_unstable();
        positions.dedup();
        positions.into_iter().map(|p| &self.links[p]).collect()
    }

    /// The links of every claim whose speaker resolves to the canonical actor
    /// `actor`, in link order.
    ///
    /// ```
    /// use claimgraph::{Article, ClaimGraph, Config};
    /// let graph = ClaimGraph::build(&[
    ///     Article::new("a", "Baghdad said the talks include a withdrawal of troops."),
    ///     Article::new("b", "The Pentagon said the talks do not include a withdrawal of troops."),
    /// ], &Config::default());
    /// assert_eq!(graph.links_of_actor("US Department of Defense").len(), 1);
    /// assert_eq!(graph.links_between_camps("US government", "Iraqi government").len(), 1);
    /// ```
    pub fn links_of_actor(&self, actor: &str) -> Vec<&Link> {
        self.links_where(|c| c.actor() == Some(actor))
    }

    /// The links of every claim whose speaker belongs to `camp`, in link order.
    pub fn links_of_camp(&self, camp: &str) -> Vec<&Link> {
        self.links_where(|c| c.camp() == Some(camp))
    }

    /// The links with one claim in camp `a` and the other in camp `b`, in link order.
    pub fn links_between_camps(&self, a: &str, b: &str) -> Vec<&Link> {
        self.links
            .iter()
            .filter(|l| {
                let (x, y) = (self.claims[l.a.0].camp(), self.claims[l.b.0].camp());
                (x == Some(a) && y == Some(b)) || (x == Some(b) && y == Some(a))
            })
            .collect()
    }

    fn links_where(&self, wanted: impl Fn(&Claim) -> bool) -> Vec<&Link> {
        self.links
            .iter()
            .filter(|l| wanted(&self.claims[l.a.0]) || wanted(&self.claims[l.b.0]))
            .collect()
    }

    /// The claims whose speaker resolves to the canonical actor `actor`.
    pub fn claims_of_actor(&self, actor: &str) -> Vec<ClaimId> {
        (0..self.claims.len())
            .filter(|&i| self.claims[i].actor() == Some(actor))
            .map(ClaimId)
            .collect()
    }

    /// For every claim, the smallest claim id of its corroboration component
    /// (repeats take their original's).
    fn components(&self) -> Vec<usize> {
        let mut sets = UnionFind::<usize>::new(self.claims.len());
        for link in self.corroborations() {
            sets.union(link.a.0, link.b.0);
        }
        for (i, original) in self.repeat_of.iter().enumerate() {
            if let Some(o) = original {
                sets.union(i, o.0);
            }
        }
        let mut smallest: FxHashMap<usize, usize> = FxHashMap::default();
        let roots: Vec<usize> = (0..self.claims.len()).map(|i| sets.find(i)).collect();
        for (i, &root) in roots.iter().enumerate() {
            smallest.entry(root).or_insert(i);
        }
        roots.into_iter().map(|r| smallest[&r]).collect()
    }

    /// The members of each component that are not repeats, keyed by component.
    fn members(&self, components: &[usize]) -> FxHashMap<usize, Vec<ClaimId>> {
        let mut members: FxHashMap<usize, Vec<ClaimId>> = FxHashMap::default();
        for (i, &comp) in components.iter().enumerate() {
            if self.repeat_of[i].is_none() {
                members.entry(comp).or_default().push(ClaimId(i));
            }
        }
        members
    }

    /// The corroboration clusters of two or more claims (repeats not counted),
    /// ordered by their first claim.
    ///
    /// ```
    /// use claimgraph::{Article, ClaimGraph, Config};
    /// let graph = ClaimGraph::build(&[
    ///     Article::new("a", "Baghdad said the talks include a withdrawal of troops."),
    ///     Article::new("b", "The Pentagon said the talks include a withdrawal of troops."),
    /// ], &Config::default());
    /// let clusters = graph.clusters();
    /// assert_eq!(clusters.len(), 1);
    /// assert_eq!(clusters[0].independent_sources(), 2);
    /// ```
    pub fn clusters(&self) -> Vec<Cluster> {
        let components = self.components();
        let members = self.members(&components);
        let mut firsts: Vec<usize> = members
            .iter()
            .filter(|(_, m)| m.len() >= 2)
            .map(|(&c, _)| c)
            .collect();
        firsts.sort_unstable();
        firsts
            .into_iter()
            .map(|c| self.cluster(members[&c].clone()))
            .collect()
    }

    fn cluster(&self, claims: Vec<ClaimId>) -> Cluster {
        let mut sources: Vec<Source> = claims.iter().map(|c| self.source(*c).clone()).collect();
        sources.sort();
        sources.dedup();
        Cluster { claims, sources }
    }

    /// The disputes: contradictions grouped by the pair of corroboration
    /// clusters they join, each pair listed once with its strongest link.
    /// Ordered by the strongest link's score (highest first), then link order.
    ///
    /// ```
    /// use claimgraph::{Article, ClaimGraph, Config};
    /// let graph = ClaimGraph::build(&[
    ///     Article::new("a", "Baghdad said the talks include a withdrawal of troops."),
    ///     Article::new("b", "Iraqi officials said the talks include a withdrawal of troops."),
    ///     Article::new("c", "The Pentagon said the talks do not include a withdrawal of troops."),
    /// ], &Config::default());
    /// let disputes = graph.disputes();
    /// assert_eq!(disputes.len(), 1);
    /// assert_eq!(disputes[0].links.len(), 2);
    /// assert_eq!(disputes[0].a.len() + disputes[0].b.len(), 3);
    /// ```
    pub fn disputes(&self) -> Vec<Dispute> {
        let components = self.components();
        let members = self.members(&components);
        let mut order: Vec<DisputeKey> = Vec::new();
        let mut grouped: FxHashMap<DisputeKey, Vec<usize>> = FxHashMap::default();
        for (position, link) in self.links.iter().enumerate() {
            if link.relation != Relation::Contradicts {
                continue;
            }
            let (x, y) = (components[link.a.0], components[link.b.0]);
            let key = if x == y {
                DisputeKey::Within(link.a.0, link.b.0)
            } else {
                DisputeKey::Between(x.min(y), x.max(y))
            };
            grouped
                .entry(key)
                .or_insert_with(|| {
                    order.push(key);
                    Vec::new()
                })
                .push(position);
        }
        let mut disputes: Vec<Dispute> = order
            .into_iter()
            .map(|key| {
                let links = grouped.remove(&key).unwrap_or_default();
                let strongest = links.iter().copied().fold(links[0], |best, p| {
                    if self.links[p].score > self.links[best].score {
                        p
                    } else {
                        best
                    }
                });
                let (a, b) = match key {
                    // A contradiction inside one cluster is a dispute between its two claims.
                    DisputeKey::Within(a, b) => (vec![ClaimId(a)], vec![ClaimId(b)]),
                    DisputeKey::Between(x, y) => (members[&x].clone(), members[&y].clone()),
                };
                Dispute {
                    a,
                    b,
                    links,
                    strongest,
                }
            })
            .collect();
        disputes.sort_by(|x, y| {
            let (sx, sy) = (self.links[x.strongest].score, self.links[y.strongest].score);
            sy.total_cmp(&sx).then(x.strongest.cmp(&y.strongest))
        });
        disputes
    }

    /// The per-source agreement table: for each pair of distinct sources whose
    /// claims are linked, how many corroborations and contradictions join them.
    /// Sources are labelled as in [`Source::label`]: the canonical actor where
    /// the speaker is resolved. Rows are sorted by the pair of labels.
    ///
    /// ```
    /// use claimgraph::{Article, ClaimGraph, Config};
    /// let graph = ClaimGraph::build(&[
    ///     Article::new("a", "Baghdad said the talks include a withdrawal of troops."),
    ///     Article::new("b", "The Pentagon said the talks do not include a withdrawal of troops."),
    /// ], &Config::default());
    /// let table = graph.agreement();
    /// assert_eq!(table.len(), 1);
    /// assert_eq!((table[0].a.as_str(), table[0].b.as_str()), ("Iraqi government", "US Department of Defense"));
    /// assert_eq!((table[0].corroborations, table[0].contradictions), (0, 1));
    /// ```
    pub fn agreement(&self) -> Vec<Agreement> {
        let mut rows: FxHashMap<(String, String), (usize, usize)> = FxHashMap::default();
        for link in self.links.iter().filter(|l| l.independent) {
            let (x, y) = (self.source(link.a).label(), self.source(link.b).label());
            if x == y {
                continue;
            }
            let key = if x < y { (x, y) } else { (y, x) };
            let row = rows.entry(key).or_default();
            match link.relation {
                Relation::Corroborates => row.0 += 1,
                Relation::Contradicts => row.1 += 1,
                Relation::Unrelated => {}
            }
        }
        let mut table: Vec<Agreement> = rows
            .into_iter()
            .map(|((a, b), (corroborations, contradictions))| Agreement {
                a,
                b,
                corroborations,
                contradictions,
            })
            .collect();
        table.sort_by(|x, y| (&x.a, &x.b).cmp(&(&y.a, &y.b)));
        table
    }

    /// The distinct camps of some claims, sorted; claims without a camp are left out.
    pub fn camps_of(&self, claims: &[ClaimId]) -> Vec<&str> {
        let mut camps: Vec<&str> = claims.iter().filter_map(|c| self.claims[c.0].camp()).collect();
        camps.sort_unstable();
        camps.dedup();
        camps
    }

    /// The distinct source labels of some claims, sorted.
    pub fn sources_of(&self, claims: &[ClaimId]) -> Vec<String> {
        let set: FxHashSet<String> = claims.iter().map(|c| self.source(*c).label()).collect();
        let mut labels: Vec<String> = set.into_iter().collect();
        labels.sort_unstable();
        labels
    }
}

/// What groups contradictions into one dispute.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum DisputeKey {
    /// Between two clusters, by their first claims.
    Between(usize, usize),
    /// Between two claims of one cluster.
    Within(usize, usize),
}

/// A claim with the spare capacity of its strings and lists given back:
/// extraction builds them by growing, and the graph holds every claim for its
/// life.
fn shrunk(mut claim: Claim) -> Claim {
    fn shrink(s: &mut String) {
        s.shrink_to_fit();
    }
    fn shrink_speaker(s: &mut crate::claim::Speaker) {
        shrink(&mut s.text);
        for field in [
            &mut s.canonical,
            &mut s.camp,
            &mut s.person,
            &mut s.title,
            &mut s.affiliation,
        ] {
            field.as_mut().map(shrink);
        }
        if let Some(via) = &mut s.via {
            shrink_speaker(via);
        }
    }
    shrink(&mut claim.text);
    claim.topic_keys.shrink_to_fit();
    claim.quantities.shrink_to_fit();
    for q in &mut claim.quantities {
        for field in [&mut q.unit, &mut q.place, &mut q.qualifier] {
            field.as_mut().map(shrink);
        }
    }
    if let Some(s) = &mut claim.speaker {
        shrink_speaker(s);
    }
    if let Some(c) = &mut claim.cue {
        shrink(&mut c.text);
    }
    if let Some(n) = &mut claim.negation {
        shrink(&mut n.text);
        n.predicate.as_mut().map(shrink);
    }
    claim
}

/// A link's reasons without spare capacity, as they are kept for the
/// graph's life.
fn shrunk_reasons(mut reasons: Vec<crate::link::Reason>) -> Vec<crate::link::Reason> {
    reasons.shrink_to_fit();
    for r in &mut reasons {
        r.detail.shrink_to_fit();
    }
    reasons
}

/// `f` of every number of `range`, in order: in parallel (on the current
/// rayon pool) when `parallel`, else on the calling thread.
fn map_range<R: Send>(range: Range<usize>, parallel: bool, f: impl Fn(usize) -> R + Sync + Send) -> Vec<R> {
    if parallel {
        range.into_par_iter().map(f).collect()
    } else {
        range.map(f).collect()
    }
}

/// Whether the judge found `b` to repeat `a`: one source saying the same
/// thing twice in one article (`unrelated` with a `same-source` reason).
/// Whether `later` gives a figure `first` does not.
fn adds_figures(first: &Claim, later: &Claim) -> bool {
    later
        .quantities
        .iter()
        .any(|q| !first.quantities.iter().any(|p| p.value == q.value))
}

fn is_repeat(j: &Judgement) -> bool {
    j.relation == Relation::Unrelated && j.reasons.iter().any(|r| r.kind == ReasonKind::SameSource)
}

/// The last word of a person or actor source's name of two words or more.
fn full_name_last_word(source: &Source) -> Option<&str> {
    let (Source::Person(name) | Source::Actor(name)) = source else {
        return None;
    };
    let mut words = name.split_whitespace();
    let first = words.next();
    let last = words.last();
    first.and(last)
}

/// The one place linking asks the judge about a pair (`a` the earlier claim),
/// from the features computed once per claim.
fn judge_pair(a: &ClaimFeatures, b: &ClaimFeatures, config: &Config) -> Judgement {
    crate::link::judge_features(a, b, config)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::claim::{ClaimKind, Modality, Polarity, Speaker};
    use crate::lang::Lang;
    use crate::span::Span;

    /// A claim built by hand: `keys` are its topic keys; `speaker` its
    /// canonical actor (`None` for narration); `camp` the actor's camp.
    /// Each claim built by hand stands at its own place in its article.
    fn claim(article: &str, speaker: Option<(&str, &str)>, keys: &str, polarity: Polarity) -> Claim {
        thread_local!(static NEXT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) });
        let start = NEXT.with(|n| {
            let start = n.get();
            n.set(start + keys.len() + 1);
            start
        });
        let span = Span::new(start, start + keys.len());
        Claim {
            article: Arc::from(article),
            ordinal: 0,
            lang: Lang::En,
            span,
            text: keys.to_string(),
            sentence: span,
            speaker: speaker.map(|(actor, camp)| {
                let mut s = Speaker::new(actor, Span::new(0, 1));
                s.canonical = Some(actor.to_string());
                s.camp = Some(camp.to_string());
                s
            }),
            cue: None,
            kind: if speaker.is_some() {
                ClaimKind::Indirect
            } else {
                ClaimKind::Narrator
            },
            polarity,
            negation: None,
            modality: Modality::Asserted,
            quantities: Vec::new(),
            time: None,
            topic_keys: keys.split_whitespace().map(Arc::from).collect(),
        }
    }

    const YES: Polarity = Polarity::Affirmed;
    const NO: Polarity = Polarity::Negated;
    const IRAQ: Option<(&str, &str)> = Some(("Iraqi government", "Iraqi government"));
    const DOD: Option<(&str, &str)> = Some(("US Department of Defense", "US government"));
    const STATE: Option<(&str, &str)> = Some(("US State Department", "US government"));

    const AGREED: &str = "there is an agreed timeline to end the coalition mission in Iraq";
    const DENIED: &str = "there is no agreed timeline to end the coalition mission in Iraq";

    fn sample() -> Vec<Claim> {
        vec![
            claim("a1", IRAQ, AGREED, YES),
            claim("a1", IRAQ, AGREED, YES),
            claim("a2", DOD, DENIED, NO),
            claim("a3", STATE, DENIED, NO),
            claim("a3", None, DENIED, NO),
            claim(
                "a4",
                DOD,
                "the air strikes on the militia were necessary and proportionate",
                YES,
            ),
            claim("a5", DOD, DENIED, NO),
        ]
    }

    fn pairs(graph: &ClaimGraph) -> Vec<(usize, usize, Relation)> {
        graph.links().iter().map(|l| (l.a.0, l.b.0, l.relation)).collect()
    }

    #[test]
    fn claims_of_a_graph_share_their_topic_keys() {
        let config = Config::default();
        let articles = [
            Article::new(
                "a",
                "The ministry said the harbour in Basra will close next week.",
            ),
            Article::new("b", "The army said the harbour in Basra will close next week."),
        ];
        let graph = ClaimGraph::build(&articles, &config);
        // A stem key, written by each extraction, is one string in the graph.
        let key = |c: &Claim| c.topic_keys.iter().find(|k| k.starts_with("harbo")).cloned();
        let (x, y) = (key(&graph.claims()[0]), key(graph.claims().last().unwrap()));
        let (Some(x), Some(y)) = (x, y) else {
            panic!("no stem key of harbour: {:?}", graph.claims());
        };
        assert!(Arc::ptr_eq(&x, &y));
    }

    #[test]
    fn repeats_in_one_article_by_one_source_are_one_claim() {
        let mut graph = ClaimGraph::new();
        let added = graph.add_claims(sample(), &Config::default());
        assert_eq!(added.repeats, 1);
        assert_eq!(graph.repeat_of(ClaimId(1)), Some(ClaimId(0)));
        assert!(graph.links_of(ClaimId(1)).is_empty());
        assert!(graph.links().iter().all(|l| l.a.0 != 1 && l.b.0 != 1));
        // The narrator and the quoted speaker of one article are different sources.
        assert_eq!(graph.repeat_of(ClaimId(4)), None);
        assert!(pairs(&graph).contains(&(3, 4, Relation::Corroborates)));
    }

    #[test]
    fn a_later_statement_with_a_figure_is_no_repeat() {
        // The ministry first says convicts escaped, then how many: the count
        // is its own claim, and it conflicts with the MP's. Figures in words
        // are no swapped things either.
        let articles = [
            Article::new(
                "ministry",
                "The interior ministry said on Saturday that convicts sentenced to death were among the \
                 inmates who escaped from the central prison. The interior ministry said two convicts \
                 sentenced to death were among the inmates who escaped from the central prison.",
            ),
            Article::new(
                "mp",
                "The MP said six convicts sentenced to death were among the inmates who escaped from the \
                 central prison.",
            ),
        ];
        let graph = ClaimGraph::build(&articles, &Config::default());
        let text = |id: ClaimId| graph.claim(id).text.as_str();
        assert!(
            graph
                .contradictions()
                .any(|l| text(l.a).starts_with("two convicts") && text(l.b).starts_with("six convicts")),
            "{:?}",
            graph.links()
        );
        // The first statement and its count are one source saying one thing:
        // no link between them.
        assert!(
            graph
                .links()
                .iter()
                .all(|l| graph.claim(l.a).article != graph.claim(l.b).article)
        );
    }

    #[test]
    fn one_source_at_odds_with_itself_in_one_article_makes_no_link() {
        let config = Config::default();
        // The Pentagon's two claims of one article conflict; the same claims
        // in two articles are a reversal.
        let mut graph = ClaimGraph::new();
        graph.add_claims(
            vec![claim("a1", DOD, AGREED, YES), claim("a1", DOD, DENIED, NO)],
            &config,
        );
        assert!(graph.links().is_empty(), "{:?}", graph.links());
        let verdict = crate::link::judge(&graph.claims()[0], &graph.claims()[1], &config);
        assert_eq!(verdict.relation, Relation::Contradicts, "{verdict:?}");
        assert!(verdict.reasons.iter().any(|r| r.kind == ReasonKind::SameSource));
        let mut graph = ClaimGraph::new();
        graph.add_claims(
            vec![claim("a1", DOD, AGREED, YES), claim("a2", DOD, DENIED, NO)],
            &config,
        );
        assert_eq!(pairs(&graph), vec![(0, 1, Relation::Contradicts)]);
    }

    #[test]
    fn clusters_count_independent_sources() {
        let mut graph = ClaimGraph::new();
        graph.add_claims(sample(), &Config::default());
        let clusters = graph.clusters();
        assert_eq!(clusters.len(), 1, "{clusters:?}");
        let c = &clusters[0];
        assert_eq!(c.claims, vec![ClaimId(2), ClaimId(3), ClaimId(4), ClaimId(6)]);
        // Two claims of the Pentagon count once.
        assert_eq!(c.independent_sources(), 3);
        let same = graph.links().iter().find(|l| (l.a.0, l.b.0) == (2, 6)).unwrap();
        assert!(!same.independent);
    }

    #[test]
    fn disputes_are_listed_once_with_the_strongest_link() {
        let mut graph = ClaimGraph::new();
        graph.add_claims(sample(), &Config::default());
        let disputes = graph.disputes();
        assert_eq!(disputes.len(), 1, "{disputes:?}");
        let d = &disputes[0];
        assert_eq!(d.a, vec![ClaimId(0)]);
        assert_eq!(d.b, vec![ClaimId(2), ClaimId(3), ClaimId(4), ClaimId(6)]);
        assert_eq!(d.links.len(), 4);
        assert!(d.links.contains(&d.strongest));
        assert_eq!(graph.camps_of(&d.b), vec!["US government"]);
    }

    #[test]
    fn queries_by_claim_actor_and_camp() {
        let mut graph = ClaimGraph::new();
        graph.add_claims(sample(), &Config::default());
        assert_eq!(graph.contradictions().count(), 4);
        assert_eq!(graph.links_of(ClaimId(0)).len(), 4);
        assert_eq!(graph.links_of(ClaimId(5)).len(), 0);
        assert_eq!(graph.links_of(ClaimId(99)).len(), 0);
        let dod = graph.links_of_actor("US Department of Defense");
        assert!(
            dod.iter()
                .all(|l| graph.claim(l.a).actor() == Some("US Department of Defense")
                    || graph.claim(l.b).actor() == Some("US Department of Defense"))
        );
        assert_eq!(dod.len(), 7);
        assert_eq!(
            graph
                .links_between_camps("Iraqi government", "US government")
                .len(),
            3
        );
        assert_eq!(graph.links_of_camp("Iraqi government").len(), 4);
        assert_eq!(
            graph.claims_of_actor("US Department of Defense"),
            vec![ClaimId(2), ClaimId(5), ClaimId(6)]
        );
    }

    #[test]
    fn agreement_table_counts_pairs_of_sources() {
        let mut graph = ClaimGraph::new();
        graph.add_claims(sample(), &Config::default());
        let table = graph.agreement();
        let row = |a: &str, b: &str| table.iter().find(|r| r.a == a && r.b == b).cloned();
        let iraq_dod = row("Iraqi government", "US Department of Defense").unwrap();
        assert_eq!((iraq_dod.corroborations, iraq_dod.contradictions), (0, 2));
        let dod_state = row("US Department of Defense", "US State Department").unwrap();
        assert_eq!((dod_state.corroborations, dod_state.contradictions), (2, 0));
        assert!(table.iter().all(|r| r.a < r.b));
    }

    #[test]
    fn adding_one_by_one_equals_a_full_build_and_never_removes_links() {
        let claims = sample();
        let mut full = ClaimGraph::new();
        full.add_claims(claims.clone(), &Config::default());
        let mut step = ClaimGraph::new();
        let mut before: Vec<(usize, usize, Relation)> = Vec::new();
        for c in claims {
            step.add_claims(vec![c], &Config::default());
            let now = pairs(&step);
            assert_eq!(&now[..before.len()], &before[..], "a link changed or vanished");
            before = now;
        }
        assert_eq!(pairs(&full), pairs(&step));
        assert_eq!(full.disputes(), step.disputes());
    }

    #[test]
    fn min_score_and_threads_options_apply() {
        let mut config = Config::default();
        config.link.threads = 2;
        let mut graph = ClaimGraph::new();
        graph.add_claims(sample(), &config);
        assert_eq!(graph.links().len(), 10);
        config.link.min_score = 1.1;
        let mut none = ClaimGraph::new();
        none.add_claims(sample(), &config);
        assert!(none.links().is_empty());
    }

    #[test]
    fn cached_features_judge_like_the_judge() {
        let claims = sample();
        let config = Config::default();
        let mut graph = ClaimGraph::new();
        graph.add_claims(claims[..3].to_vec(), &config);
        graph.add_claims(claims[3..].to_vec(), &config);
        for link in graph.links() {
            let j = crate::link::judge(&claims[link.a.0], &claims[link.b.0], &config);
            assert_eq!(
                (j.relation, j.score, &j.reasons),
                (link.relation, link.score, &link.reasons)
            );
        }
        // Every pair the graph left unlinked is one the judge calls unrelated
        // (or a repeat, or a link to a repeat).
        for b in 0..claims.len() {
            for a in 0..b {
                let linked = graph.links().iter().any(|l| (l.a.0, l.b.0) == (a, b));
                let repeat = graph.repeat_of(ClaimId(a)).is_some() || graph.repeat_of(ClaimId(b)).is_some();
                if !linked && !repeat {
                    let j = crate::link::judge(&claims[a], &claims[b], &config);
                    assert_eq!(j.relation, Relation::Unrelated, "{a} {b}");
                }
            }
        }
        assert_eq!(graph.features.features.len(), claims.len());
    }

    #[test]
    fn small_rounds_and_feature_windows_link_the_same() {
        let claims = sample();
        let config = Config::default();
        let mut full = ClaimGraph::new();
        full.add_claims(claims.clone(), &config);
        // Rounds of two claims and features cached for one: most candidates
        // are older than the cache and have their features computed again.
        let mut small = ClaimGraph::new();
        small.features.window = 1;
        small.features.round = 2;
        small.add_claims(claims[..4].to_vec(), &config);
        assert_eq!(small.features.features.len(), 1);
        assert_eq!(small.features.first, 3);
        small.add_claims(claims[4..].to_vec(), &config);
        assert_eq!(pairs(&small), pairs(&full));
        assert_eq!(small.links(), full.links());
        assert_eq!(small.disputes(), full.disputes());
        assert_eq!(small.candidate_pairs(), full.candidate_pairs());
        assert_eq!(small.features.features.len(), 1);
        // The graph holds the claims as given (without spare capacity).
        assert_eq!(small.claims(), &claims[..]);
    }

    #[test]
    fn reserved_room_takes_additions_without_growing() {
        let claims = sample();
        let config = Config::default();
        let mut graph = ClaimGraph::new();
        graph.add_claims(claims[..3].to_vec(), &config);
        graph.reserve(claims.len(), 4);
        let capacities = |g: &ClaimGraph| {
            (
                g.claims.capacity(),
                g.sources.capacity(),
                g.repeat_of.capacity(),
                g.source_list.capacity(),
                g.articles.capacity(),
            )
        };
        let before = capacities(&graph);
        graph.add_claims(claims[3..].to_vec(), &config);
        assert_eq!(capacities(&graph), before);
        assert_eq!(graph.len(), claims.len());
    }

    #[test]
    fn sources_are_stored_once_each() {
        let mut graph = ClaimGraph::new();
        graph.add_claims(sample(), &Config::default());
        // a1 (twice), a2, a3, a5, a4 speak for three actors; a3's narration
        // is one outlet.
        assert_eq!(graph.source_list.len(), 4);
        assert_eq!(graph.source(ClaimId(2)), graph.source(ClaimId(6)));
        assert_eq!(graph.source(ClaimId(4)), &Source::Outlet("a3".into()));
    }

    #[test]
    fn carried_speakers_are_named_by_their_antecedent_as_written() {
        let article = Article::new(
            "a8",
            "قال مسؤول في الوزارة إن الاجتماع تأجل إلى الأسبوع المقبل. وأضاف أن الموعد الجديد لم يحدد بعد.",
        );
        let graph = ClaimGraph::build(std::slice::from_ref(&article), &Config::default());
        assert_eq!(graph.len(), 2);
        assert!(
            graph
                .claim(ClaimId(1))
                .speaker
                .as_ref()
                .unwrap()
                .antecedent
                .is_some()
        );
        // The same source, named as the article writes it (not folded).
        assert_eq!(graph.source(ClaimId(0)), graph.source(ClaimId(1)));
        assert_eq!(graph.source(ClaimId(1)).label(), "مسؤول");
        // Without the article, the speaker's own words stand, local to the article.
        let alone = Source::of(graph.claim(ClaimId(1)), None);
        assert_eq!(alone.label(), "مسؤول (a8)");
    }

    #[test]
    fn bare_definite_speakers_take_up_an_earlier_mention() {
        let article = Article::new(
            "a7",
            "قال المتحدث باسم الحكومة العراقية إن الضربات عدوان على السيادة. وأضاف المتحدث أن الرد سيكون دبلوماسيا.",
        );
        let graph = ClaimGraph::build(std::slice::from_ref(&article), &Config::default());
        assert_eq!(graph.len(), 2);
        assert_eq!(graph.source(ClaimId(1)), graph.source(ClaimId(0)));
        assert_eq!(graph.source(ClaimId(1)).label(), "Iraqi government");
        let article = Article::new(
            "a6",
            "The Pentagon said in a statement that the strikes hit three sites. The statement said no troops were hurt.",
        );
        let graph = ClaimGraph::build(std::slice::from_ref(&article), &Config::default());
        assert_eq!(graph.len(), 2);
        assert_eq!(graph.source(ClaimId(1)).label(), "US Department of Defense");
    }

    #[test]
    fn a_surname_alone_is_the_earlier_full_name() {
        let named = |article: &str, name: &str| {
            let mut c = claim(article, None, "the talks will resume next week", YES);
            let mut speaker = Speaker::new(name, Span::new(0, 1));
            speaker.person = Some(name.to_string());
            c.speaker = Some(speaker);
            c
        };
        let mut graph = ClaimGraph::new();
        graph.add_claims(
            vec![
                named("b1", "Lloyd Austin"),
                named("b2", "Austin"),
                named("b2", "Smith"),
                named("b3", "John Smith"),
                named("b3", "Mary Smith"),
                named("b4", "Smith"),
            ],
            &Config::default(),
        );
        assert_eq!(graph.source(ClaimId(1)).label(), "Lloyd Austin");
        // No full name in its batch or before it; later, two: both stay as written.
        assert_eq!(graph.source(ClaimId(2)).label(), "Smith");
        assert_eq!(graph.source(ClaimId(5)).label(), "Smith");
        // A full name later in the same batch counts.
        let mut graph = ClaimGraph::new();
        graph.add_claims(
            vec![named("c1", "Austin"), named("c1", "Lloyd Austin")],
            &Config::default(),
        );
        assert_eq!(graph.source(ClaimId(0)).label(), "Lloyd Austin");
    }

    #[test]
    fn narration_sources_are_outlets() {
        let article = Article::new("a9", "The bridge reopened after repairs lasting three months.")
            .with_outlet("Daily");
        let graph = ClaimGraph::build(std::slice::from_ref(&article), &Config::default());
        assert_eq!(graph.source(ClaimId(0)), &Source::Outlet("Daily".into()));
        assert_eq!(graph.source(ClaimId(0)).label(), "Daily (narrator)");
        let bare = claim("zz", None, "x", YES);
        assert_eq!(Source::of(&bare, None), Source::Outlet("zz".into()));
    }
}
