//! The blocking index: which earlier claims are worth judging against a claim.
//!
//! Judging every pair of claims costs quadratic time. The index is an inverted
//! index from *blocking keys* (a claim's topic keys and the measures of its
//! quantities) to the claims holding them, in insertion order. A claim's
//! candidates are the earlier claims that share a key with it, ranked by how
//! many keys they share and how rare those keys are.
//!
//! Two caps keep the candidates of one claim bounded whatever the corpus size.
//! A key held by more than [`LinkConfig::max_key_df`] earlier claims is
//! over-common: it does not reach candidates by itself, it only adds weight to
//! the candidates that the claim's rarer keys reach (a claim whose keys are
//! all over-common reaches the `max_key_df` most recent holders of each
//! instead).
//! And at most [`LinkConfig::max_candidates`] candidates are returned.
//!
//! Candidates of claim `i` depend only on claims `0..i`, so linking a corpus in
//! one batch or article by article gives the same candidates.
//!
//! Keys are stored as 64-bit hashes of their text and claims' keys as numbers
//! in one flat array, so that the index of a million claims stays small.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHasher};

use crate::claim::Claim;
use crate::config::LinkConfig;
use crate::link::ClaimId;

/// An inverted index from blocking keys to the claims holding them.
///
/// ```
/// use claimgraph::link::index::BlockingIndex;
/// use claimgraph::{extract, Article, Config, LinkConfig};
/// let config = Config::default();
/// let claims = extract(&Article::new("a", "The ministry said the talks will start on Sunday. \
///     The army said the border stays closed."), &config).claims;
/// let later = extract(&Article::new("b", "Officials said the talks will start on Sunday."), &config).claims;
/// let mut index = BlockingIndex::new();
/// for claim in claims.iter().chain(&later) {
///     index.insert(claim);
/// }
/// let last = claimgraph::ClaimId(index.len() - 1);
/// let candidates = index.candidates(last, &LinkConfig::default());
/// assert_eq!(candidates.first(), Some(&claimgraph::ClaimId(0)));
/// ```
#[derive(Clone, Debug, Default)]
pub struct BlockingIndex {
    /// Key hash to key number.
    key_ids: FxHashMap<u64, u32>,
    /// Key number to the claims holding it, in increasing id order.
    postings: Vec<Vec<u32>>,
    /// Every claim's key numbers, sorted and without duplicates, one after
    /// the other; claim `i` holds `key_pool[key_start[i]..key_start[i + 1]]`.
    key_pool: Vec<u32>,
    /// Where each claim's keys start in `key_pool`, and one past the last.
    key_start: Vec<u32>,
    /// Key number to the text of the topic key it stands for, one copy
    /// shared by the claims [`BlockingIndex::insert_sharing`] adds.
    topic_text: Vec<Option<Arc<str>>>,
}

impl BlockingIndex {
    /// An empty index.
    pub fn new() -> BlockingIndex {
        BlockingIndex::default()
    }

    /// How many claims the index holds.
    pub fn len(&self) -> usize {
        self.key_start.len().saturating_sub(1)
    }

    /// Whether the index holds no claim.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many distinct keys the index holds.
    pub fn n_keys(&self) -> usize {
        self.postings.len()
    }

    /// Makes room for `claims` more claims (and keys in proportion), so that
    /// adding them does not grow (and copy, or rehash) the index's arrays.
    ///
    /// ```
    /// let mut index = claimgraph::link::index::BlockingIndex::new();
    /// index.reserve(1_000);
    /// assert!(index.is_empty());
    /// ```
    pub fn reserve(&mut self, claims: usize) {
        let per_claim = if self.is_empty() {
            16
        } else {
            self.key_pool.len() / self.len() + 1
        };
        let new_keys = if self.is_empty() {
            claims
        } else {
            (self.n_keys() * claims).div_ceil(self.len())
        };
        self.key_start.reserve(claims + 1);
        self.key_pool.reserve(claims * per_claim);
        self.key_ids.reserve(new_keys);
        self.postings.reserve(new_keys);
        self.topic_text.reserve(new_keys);
    }

    /// The key numbers of claim `id`, sorted.
    fn keys_of(&self, id: usize) -> &[u32] {
        &self.key_pool[self.key_start[id] as usize..self.key_start[id + 1] as usize]
    }

    /// Adds a claim; its id is the number of claims added before it.
    ///
    /// # Panics
    ///
    /// Panics when the index already holds `u32::MAX` claims or keys.
    pub fn insert(&mut self, claim: &Claim) -> ClaimId {
        let start = self.begin();
        for_each_key(claim, |hash| {
            let key = self.key_number(hash);
            self.key_pool.push(key);
        });
        self.finish(start)
    }

    /// Adds a claim as [`BlockingIndex::insert`] does, and gives it the
    /// index's copy of each of its topic keys: claims added this way share
    /// one string per distinct key, which keeps a large graph small.
    ///
    /// ```
    /// use claimgraph::link::index::BlockingIndex;
    /// use claimgraph::{extract, Article, Config};
    /// let config = Config::default();
    /// let mut a = extract(&Article::new("a", "The army said 300 soldiers left."), &config).claims.remove(0);
    /// let mut b = extract(&Article::new("b", "The army said 300 soldiers left."), &config).claims.remove(0);
    /// let mut index = BlockingIndex::new();
    /// index.insert_sharing(&mut a);
    /// index.insert_sharing(&mut b);
    /// assert_eq!(a.topic_keys, b.topic_keys);
    /// assert!(std::sync::Arc::ptr_eq(&a.topic_keys[0], &b.topic_keys[0]));
    /// ```
    ///
    /// # Panics
    ///
    /// Panics when the index already holds `u32::MAX` claims or keys.
    pub fn insert_sharing(&mut self, claim: &mut Claim) -> ClaimId {
        let start = self.begin();
        for text in &mut claim.topic_keys {
            let key = self.key_number(topic_hash(text));
            match &self.topic_text[key as usize] {
                // One hash for two texts: each keeps its own.
                Some(shared) if **shared != **text => {}
                Some(shared) => *text = shared.clone(),
                None => self.topic_text[key as usize] = Some(text.clone()),
            }
            self.key_pool.push(key);
        }
        for_each_quantity_key(claim, |hash| {
            let key = self.key_number(hash);
            self.key_pool.push(key);
        });
        self.finish(start)
    }

    /// Starts a claim's keys: where they begin in `key_pool`.
    fn begin(&mut self) -> usize {
        if self.key_start.is_empty() {
            self.key_start.push(0);
        }
        self.key_pool.len()
    }

    /// The number of the key with hash `hash`, numbered now when new.
    fn key_number(&mut self, hash: u64) -> u32 {
        let next = u32::try_from(self.postings.len()).expect("fewer than 2^32 keys in one index");
        let key_id = *self.key_ids.entry(hash).or_insert(next);
        if key_id == next {
            self.postings.push(Vec::new());
            self.topic_text.push(None);
        }
        key_id
    }

    /// Ends the claim whose keys begin at `start` in `key_pool`: sorts and
    /// deduplicates them and adds the claim to their postings.
    fn finish(&mut self, start: usize) -> ClaimId {
        let id = self.len();
        let id32 = u32::try_from(id).expect("fewer than 2^32 claims in one index");
        self.key_pool[start..].sort_unstable();
        let mut end = start;
        for i in start..self.key_pool.len() {
            if end == start || self.key_pool[i] != self.key_pool[end - 1] {
                self.key_pool[end] = self.key_pool[i];
                end += 1;
            }
        }
        self.key_pool.truncate(end);
        for &key in &self.key_pool[start..] {
            self.postings[key as usize].push(id32);
        }
        self.key_start
            .push(u32::try_from(self.key_pool.len()).expect("fewer than 2^32 keys in one index"));
        ClaimId(id)
    }

    /// The earlier claims worth judging against claim `id`, in increasing id order.
    ///
    /// Every candidate shares at least one blocking key with the claim. A key
    /// held by at most `config.max_key_df` earlier claims reaches all of them;
    /// a more common key only adds weight to candidates reached otherwise
    /// (when every key of the claim is over-common, each reaches its
    /// `max_key_df` most recent holders instead). Candidates are ranked by the summed
    /// rarity of all the keys they share (rarer keys weigh more; ties go to the
    /// more recent claim) and the best `config.max_candidates` are kept. An id
    /// the index does not hold has no candidates.
    pub fn candidates(&self, id: ClaimId, config: &LinkConfig) -> Vec<ClaimId> {
        if id.0 >= self.len() {
            return Vec::new();
        }
        let id32 = id.0 as u32;
        let keys = self.keys_of(id.0);
        // Each key's earlier holders.
        let earlier: Vec<&[u32]> = keys
            .iter()
            .map(|&k| {
                let holders = &self.postings[k as usize];
                &holders[..holders.partition_point(|&c| c < id32)]
            })
            .collect();
        let cap = common_df(id.0, config);
        // A key no earlier claim holds makes the claim distinctive too: only a
        // claim whose keys are all over-common falls back to recent holders.
        let any_rare = earlier.iter().any(|e| e.len() <= cap);
        let mut reached: Vec<u32> = Vec::new();
        for e in &earlier {
            if e.len() <= cap || !any_rare {
                reached.extend_from_slice(&e[e.len().saturating_sub(config.max_key_df)..]);
            }
        }
        reached.sort_unstable();
        reached.dedup();
        if reached.len() <= config.max_candidates {
            // Nothing to rank: every candidate reached is kept.
            return reached.into_iter().map(|c| ClaimId(c as usize)).collect();
        }
        let weights: Vec<f32> = earlier
            .iter()
            .map(|e| 1.0 / (1.0 + (e.len().max(1) as f32).ln()))
            .collect();
        let mut ranked: Vec<(u32, f32)> = reached
            .into_iter()
            .map(|c| {
                let theirs = self.keys_of(c as usize);
                let (mut x, mut y, mut score) = (0, 0, 0.0f32);
                while x < keys.len() && y < theirs.len() {
                    match keys[x].cmp(&theirs[y]) {
                        std::cmp::Ordering::Less => x += 1,
                        std::cmp::Ordering::Greater => y += 1,
                        std::cmp::Ordering::Equal => {
                            score += weights[x];
                            x += 1;
                            y += 1;
                        }
                    }
                }
                (c, score)
            })
            .collect();
        ranked.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(y.0.cmp(&x.0)));
        ranked.truncate(config.max_candidates);
        let mut out: Vec<ClaimId> = ranked.into_iter().map(|(c, _)| ClaimId(c as usize)).collect();
        out.sort_unstable();
        out
    }
}

/// How many earlier holders make a key over-common: more than `max_key_df`.
/// (A small corpus about one story holds its central keys in most claims;
/// they must still reach each other, so no share of the corpus counts.)
fn common_df(_n: usize, config: &LinkConfig) -> usize {
    config.max_key_df
}

/// The hash of the blocking key of topic key `key`.
fn topic_hash(key: &str) -> u64 {
    let mut h = FxHasher::default();
    "t:".hash(&mut h);
    key.hash(&mut h);
    h.finish()
}

/// Calls `f` with the hash of each blocking key of a claim (the keys of
/// [`blocking_keys`], without building their text).
fn for_each_key(claim: &Claim, mut f: impl FnMut(u64)) {
    for k in &claim.topic_keys {
        f(topic_hash(k));
    }
    for_each_quantity_key(claim, f);
}

/// Calls `f` with the hash of each blocking key of a claim's quantities.
fn for_each_quantity_key(claim: &Claim, mut f: impl FnMut(u64)) {
    let hash = |tag: &str, a: &str, b: Option<&str>| {
        let mut h = FxHasher::default();
        tag.hash(&mut h);
        a.hash(&mut h);
        if let Some(b) = b {
            b.hash(&mut h);
        }
        h.finish()
    };
    for q in &claim.quantities {
        if let Some(unit) = &q.unit {
            f(hash("u:", unit, None));
            if let Some(place) = &q.place {
                f(hash("u@", unit, Some(place)));
            }
        }
        if q.value.is_finite() {
            let mut h = FxHasher::default();
            "n:".hash(&mut h);
            // One hash for one number, whatever its sign of zero.
            (q.value + 0.0).to_bits().hash(&mut h);
            f(h.finish());
        }
    }
}

/// The blocking keys of a claim: `t:` + each topic key, `u:` + each quantity's
/// unit (and `u:` + unit + `@` + place when a place is known), `n:` + each
/// quantity's value.
///
/// ```
/// use claimgraph::link::index::blocking_keys;
/// use claimgraph::{extract, Article, Config};
/// let claims = extract(&Article::new("a", "The army said 300 soldiers left."), &Config::default()).claims;
/// let keys = blocking_keys(&claims[0]);
/// assert!(keys.iter().any(|k| k == "n:300"));
/// assert!(keys.iter().any(|k| k.starts_with("t:")));
/// ```
pub fn blocking_keys(claim: &Claim) -> Vec<String> {
    let mut keys: Vec<String> = claim.topic_keys.iter().map(|k| format!("t:{k}")).collect();
    for q in &claim.quantities {
        if let Some(unit) = &q.unit {
            keys.push(format!("u:{unit}"));
            if let Some(place) = &q.place {
                keys.push(format!("u:{unit}@{place}"));
            }
        }
        if q.value.is_finite() {
            keys.push(format!("n:{}", q.value));
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::claim::{ClaimKind, Modality, Polarity};
    use crate::lang::Lang;
    use crate::span::Span;

    fn claim(keys: &[&str]) -> Claim {
        Claim {
            article: Arc::from("a"),
            ordinal: 0,
            lang: Lang::En,
            span: Span::new(0, 1),
            text: "x".into(),
            sentence: Span::new(0, 1),
            speaker: None,
            cue: None,
            kind: ClaimKind::Narrator,
            polarity: Polarity::Affirmed,
            negation: None,
            modality: Modality::Asserted,
            quantities: Vec::new(),
            time: None,
            topic_keys: keys.iter().map(|&k| Arc::from(k)).collect(),
        }
    }

    fn index(claims: &[Claim]) -> BlockingIndex {
        let mut index = BlockingIndex::new();
        for c in claims {
            index.insert(c);
        }
        index
    }

    #[test]
    fn candidates_share_a_key_and_come_earlier() {
        let idx = index(&[
            claim(&["talk", "start"]),
            claim(&["border", "close"]),
            claim(&["talk", "end"]),
            claim(&["talk"]),
        ]);
        let config = LinkConfig::default();
        assert_eq!(idx.candidates(ClaimId(2), &config), vec![ClaimId(0)]);
        assert_eq!(idx.candidates(ClaimId(3), &config), vec![ClaimId(0), ClaimId(2)]);
        assert!(idx.candidates(ClaimId(0), &config).is_empty());
        assert!(idx.candidates(ClaimId(99), &config).is_empty());
        assert_eq!(idx.len(), 4);
        assert_eq!(idx.n_keys(), 5);
    }

    #[test]
    fn over_common_keys_reach_only_recent_holders() {
        let mut claims: Vec<Claim> = (0..100).map(|_| claim(&["said"])).collect();
        claims.push(claim(&["said"]));
        let idx = index(&claims);
        let config = LinkConfig {
            max_key_df: 10,
            ..LinkConfig::default()
        };
        let got = idx.candidates(ClaimId(100), &config);
        assert_eq!(got, (90..100).map(ClaimId).collect::<Vec<_>>());
    }

    #[test]
    fn rare_shared_keys_rank_first_under_the_candidate_cap() {
        let mut claims: Vec<Claim> = vec![claim(&["common", "rare"])];
        claims.extend((0..10).map(|_| claim(&["common"])));
        claims.push(claim(&["common", "rare"]));
        let idx = index(&claims);
        let config = LinkConfig {
            max_candidates: 3,
            ..LinkConfig::default()
        };
        let got = idx.candidates(ClaimId(11), &config);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], ClaimId(0), "the claim sharing the rare key is kept");
        assert_eq!(&got[1..], &[ClaimId(9), ClaimId(10)], "then the most recent");
    }

    #[test]
    fn over_common_keys_only_weigh_what_rarer_keys_reach() {
        // "said" is held by every earlier claim: it reaches nothing by itself
        // once the claim has a rarer key, here one shared with claim 5 only.
        let mut claims: Vec<Claim> = (0..100).map(|_| claim(&["said"])).collect();
        claims[5] = claim(&["said", "dam"]);
        claims.push(claim(&["said", "dam"]));
        let idx = index(&claims);
        let config = LinkConfig::default();
        assert_eq!(idx.candidates(ClaimId(100), &config), vec![ClaimId(5)]);
        // A key no earlier claim holds makes a claim distinctive: it does not
        // fall back to the recent holders of "said".
        claims.push(claim(&["said", "bridge"]));
        let idx = index(&claims);
        assert!(idx.candidates(ClaimId(101), &config).is_empty());
    }

    #[test]
    fn candidates_per_claim_stay_bounded_as_the_corpus_grows() {
        let vocab = [
            "iraq", "troops", "talks", "said", "forces", "attack", "base", "mission",
        ];
        let claims: Vec<Claim> = (0..5000)
            .map(|i| claim(&[vocab[i % 8], vocab[(i / 8) % 8], vocab[(i / 64) % 8]]))
            .collect();
        let idx = index(&claims);
        let config = LinkConfig::default();
        let most = (0..5000)
            .map(|i| idx.candidates(ClaimId(i), &config).len())
            .max()
            .unwrap();
        assert!(most <= config.max_candidates, "{most}");
    }

    #[test]
    fn quantity_measures_are_keys() {
        let mut c = claim(&[]);
        c.quantities.push(crate::claim::Quantity {
            value: 2500.0,
            approx: true,
            bound: crate::claim::Bound::Exact,
            percent: false,
            unit: Some("troops".into()),
            place: Some("iraq".into()),
            qualifier: None,
            per: None,
            span: Span::new(0, 1),
        });
        assert_eq!(blocking_keys(&c), vec!["u:troops", "u:troops@iraq", "n:2500"]);
        let idx = index(&[c.clone(), claim(&["x"]), c]);
        assert_eq!(
            idx.candidates(ClaimId(2), &LinkConfig::default()),
            vec![ClaimId(0)]
        );
    }
}
