//! The judge's learned part: a multinomial logistic regression trained on
//! labelled sentence pairs, added to the hand-weighted score.
//!
//! The model sees three kinds of features of a pair:
//!
//! - dense typed features, per language: the hand features of
//!   [`FEATURE_NAMES`](crate::link::FEATURE_NAMES) and [`EXTRA_NAMES`]
//!   (polarity, numbers on one side, length ratio, refutation words ...);
//! - `diff` features: a word (stem) present in one claim only;
//! - `cross` features: a word only in one claim paired with a word only in the
//!   other, order-free. These learn contrast pairs such as "sitting" /
//!   "standing" or "ارتفاع" / "انخفاض" from the training data;
//! - `drop` / `add` features: a word only in the first / only in the second
//!   claim (the second is read as a rewriting of the first);
//! - `bin` features: a weight for each bin of each dense feature's value, so
//!   that a feature need not weigh in proportion to its value;
//! - optional (see [`TrainOptions`]): `gram` (character trigrams of a word in
//!   one claim only), `rdiff` / `rcross` (`diff` and `cross` over consonant
//!   skeletons) and `bin2` (pairs of bins). A table holds what it was trained
//!   with, and only what it holds weighs.
//!
//! Word features only tell contradiction from corroboration by default: with
//! a few dozen unrelated training pairs, a word's pull towards `unrelated` is
//! mostly noise, and relatedness is left to the dense features.
//!
//! The weights live in `lexicons/judge_model.txt`, a plain text table written by
//! [`train`] (`claimgraph train-judge`); `lexicons/judge_cues.toml` holds the
//! hand lexicon of refutation words. Both are compiled in and can be overridden
//! with [`Config::with_lexicon_dir`](crate::Config::with_lexicon_dir).

use std::sync::Arc;

use once_cell::sync::OnceCell;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::link::Relation;
use crate::link::boost::{self, BoostOptions, Forest};
use crate::link::concepts::key_hash;
use crate::link::features::ClaimFeatures;
use crate::link::judge::{self, FEATURE_NAMES, N_FEATURES};
use crate::span::Span;
use crate::text::normalize::tokenize;

/// The relations in the order of the model's weight columns.
pub(crate) const CLASSES: [Relation; 3] =
    [Relation::Contradicts, Relation::Corroborates, Relation::Unrelated];

/// The names of the dense features the model adds to the hand features.
///
/// - `polarity_raw`: the claims' polarities differ (before any sharing test).
/// - `both_negated`: both claims are negated.
/// - `number_one_side`: only one claim gives a quantity.
/// - `length_ratio`: the shorter claim's term count over the longer's.
/// - `question`: either claim is a question.
/// - `refute`: one claim only holds a refutation word ("hoax", "نفى").
/// - `uncovered_min`, `uncovered_max`: how many terms of each claim the other
///   lacks (the fewer, the more), over 4, at most 2.
/// - `shared`: how many terms the claims share, over 4, at most 2.
/// - `swap`: each claim has one or two terms the other lacks, no more: one
///   word put in the place of another, as a corrupted headline does.
/// - `contained`: every term of one claim is in the other.
/// - `spelling`: the best character-trigram Jaccard between a term of one
///   claim only and a term of the other only (spelling variants score high).
/// - `soft_uncovered`: the terms of one claim only that no term of the other
///   only resembles (trigram Jaccard under 0.4), over 4, at most 2, fewest side.
/// - `order`: the share of consecutive shared terms that keep their order in
///   the other claim (paraphrases reorder, corruptions keep the order).
/// - `surface`: character-trigram Jaccard of the two claims' terms as a whole.
/// - `seq_swap1`: aligned in order by stem (longest common subsequence), each
///   claim keeps exactly one term out of the alignment: one word replaced.
/// - `seq_swap2`: each keeps one or two out, not one each.
/// - `seq_kept`: the aligned terms over the longer claim's term count.
/// - `seq_block`: each claim's terms out of the alignment stand together in
///   one run (a substitution rather than a rewording).
/// - `seq_number`: each claim gives a number the other does not (a quantity
///   of another value, or a term with a digit out of the alignment): one
///   number put in the place of another.
/// - `seq_edit`: `seq_kept` when each claim keeps one to three terms out of
///   the alignment, else 0 (a close copy with a word changed).
/// - `seq_tail`: the alignment keeps the first and the last term of both
///   claims (the frame of the sentence is copied).
/// - `shared_one`: the claims share exactly one stem (a name in common, as
///   unrelated headlines about one country do).
/// - `cover_max`: the larger share of either claim's terms found by stem in
///   the other.
/// - `source_differs`: both claims name who says them, and not the same.
/// - `source_one_side`: only one claim names who says it.
/// - `pole_opposite`: some contrast group of `antonyms.toml` or
///   `framing.toml` has a pole in one claim and its other pole in the other,
///   whatever else either holds (looser than the hand feature `antonym`).
/// - `pole_same`: some contrast group has the same pole in both claims.
/// - `pole_one_side`: some contrast group has a pole in one claim only.
/// - `seq_synonym`: a term of each claim out of the sequence alignment share
///   a concept of `concepts.toml` (one word put for its synonym).
/// - `seq_pure_swap`: `seq_swap1` where the two words share no concept (one
///   word put for another of other meaning).
/// - `place_other`: the claims name different places of one level of the
///   gazetteer and none in common (Egypt against Sudan).
/// - `place_swap`: each claim names a place of the gazetteer the other does
///   not (whatever else they share).
pub const EXTRA_NAMES: [&str; N_EXTRA] = [
    "polarity_raw",
    "both_negated",
    "number_one_side",
    "length_ratio",
    "question",
    "refute",
    "uncovered_min",
    "uncovered_max",
    "shared",
    "swap",
    "contained",
    "spelling",
    "soft_uncovered",
    "order",
    "surface",
    "seq_swap1",
    "seq_swap2",
    "seq_kept",
    "seq_block",
    "seq_number",
    "seq_edit",
    "seq_tail",
    "shared_one",
    "cover_max",
    "source_differs",
    "source_one_side",
    "pole_opposite",
    "pole_same",
    "pole_one_side",
    "seq_synonym",
    "seq_pure_swap",
    "place_other",
    "place_swap",
];

pub(crate) const N_EXTRA: usize = 33;
pub(crate) const N_DENSE: usize = N_FEATURES + N_EXTRA;
const X_REFUTE: usize = 5;

/// Words of one claim only that take part in cross features, per claim.
const MAX_CROSS: usize = 10;

/// The weights of the learned part, and the refutation lexicon.
#[derive(Clone, Debug)]
pub(crate) struct JudgeModel {
    /// Dense weights per language (Arabic, English), per feature, per class.
    dense: [[[f32; 3]; N_DENSE]; 2],
    /// Sparse weights by feature key.
    sparse: FxHashMap<u64, [f32; 3]>,
    /// Refutation words, as listed.
    refute_words: Arc<Vec<String>>,
    /// Their stem keys, computed on first use: stemming may need the built-in
    /// lexicons, which are still being loaded when the model is parsed.
    refute: Arc<OnceCell<FxHashSet<u64>>>,
    /// The hand weight of `refute` towards `contradicts`.
    refute_weight: f32,
    /// Whether the table holds skeleton features (`rdiff`, `rcross`), which
    /// are computed only then.
    roots: bool,
    /// Whether the table holds `bin` features, and `bin2` features.
    bins: bool,
    bin_pairs: bool,
    /// Boosted trees per language (Arabic, English), when the table holds them.
    forests: [Option<Forest>; 2],
}

impl Default for JudgeModel {
    fn default() -> JudgeModel {
        JudgeModel {
            dense: [[[0.0; 3]; N_DENSE]; 2],
            sparse: FxHashMap::default(),
            refute_words: Arc::default(),
            refute: Arc::default(),
            refute_weight: 0.0,
            roots: false,
            bins: false,
            bin_pairs: false,
            forests: [None, None],
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCues {
    refute_weight: f32,
    refute: Vec<String>,
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Ar => 0,
        Lang::En => 1,
    }
}

/// The key of a `diff` feature, from the word's stem key.
pub(crate) fn diff_key(stem: u64) -> u64 {
    (stem ^ 0x5bd1_e995_1234_5678).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The key of a `cross` feature, from the two words' stem keys, order-free.
pub(crate) fn cross_key(a: u64, b: u64) -> u64 {
    let (x, y) = if a <= b { (a, b) } else { (b, a) };
    x.wrapping_mul(0xff51_afd7_ed55_8ccd) ^ y.rotate_left(29).wrapping_mul(0xc4ce_b9fe_1a85_ec53)
}

/// The dense feature index of a name, hand features first.
pub(crate) fn dense_index(name: &str) -> Option<usize> {
    FEATURE_NAMES
        .iter()
        .chain(EXTRA_NAMES.iter())
        .position(|&n| n == name)
}

impl JudgeModel {
    /// Parses the weight table and the cue lexicon; errors name the origin
    /// and the line.
    pub(crate) fn parse(model: (&str, &str), cues: (&str, &str)) -> Result<JudgeModel> {
        let raw: RawCues = crate::lexicon::parse_toml(cues.0, cues.1)?;
        let mut m = JudgeModel {
            refute_weight: raw.refute_weight,
            refute_words: Arc::new(raw.refute),
            ..JudgeModel::default()
        };
        let (origin, text) = model;
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |msg: String| Error::parse(origin, Some(i + 1), msg);
            let fields: Vec<&str> = line.split('\t').collect();
            if matches!(fields[0], "boost" | "tree") {
                let lang = match fields.get(1) {
                    Some(&"ar") => 0,
                    Some(&"en") => 1,
                    other => return Err(err(format!("unknown language {:?}", other.unwrap_or(&"")))),
                };
                if fields[0] == "boost" {
                    m.forests[lang] = Some(Forest::parse_head(&fields[2..]).map_err(err)?);
                } else {
                    let forest = m.forests[lang]
                        .as_mut()
                        .ok_or_else(|| err("a tree line before its language's boost line".into()))?;
                    forest.parse_tree(&fields[2..]).map_err(err)?;
                }
                continue;
            }
            let n = fields.len();
            if n < 5 {
                return Err(err(format!(
                    "expected a kind, its names and three weights; found {n} fields"
                )));
            }
            let mut w = [0f32; 3];
            for (k, f) in fields[n - 3..].iter().enumerate() {
                w[k] = f.parse().map_err(|_| err(format!("{f:?} is not a number")))?;
            }
            match (fields[0], n) {
                ("dense", 6) => {
                    let lang = match fields[1] {
                        "ar" => 0,
                        "en" => 1,
                        other => return Err(err(format!("unknown language {other:?}"))),
                    };
                    let f = dense_index(fields[2])
                        .ok_or_else(|| err(format!("unknown dense feature {:?}", fields[2])))?;
                    m.dense[lang][f] = w;
                }
                ("diff", 5) => {
                    m.sparse.insert(diff_key(key_hash(fields[1])), w);
                }
                ("drop", 5) => {
                    m.sparse.insert(side_key(key_hash(fields[1]), 0), w);
                }
                ("add", 5) => {
                    m.sparse.insert(side_key(key_hash(fields[1]), 1), w);
                }
                ("gram", 5) => {
                    m.sparse.insert(gram_key(key_hash(fields[1])), w);
                }
                ("rdiff", 5) => {
                    m.roots = true;
                    m.sparse.insert(diff_key(root_key(fields[1])), w);
                }
                ("rcross", 6) => {
                    m.roots = true;
                    m.sparse
                        .insert(cross_key(root_key(fields[1]), root_key(fields[2])), w);
                }
                ("bin", 5) => {
                    m.bins = true;
                    m.sparse.insert(bin_key(fields[1]), w);
                }
                ("bin2", 6) => {
                    m.bins = true;
                    m.bin_pairs = true;
                    m.sparse
                        .insert(bin_pair_key(bin_key(fields[1]), bin_key(fields[2])), w);
                }
                ("cross", 6) => {
                    m.sparse
                        .insert(cross_key(key_hash(fields[1]), key_hash(fields[2])), w);
                }
                (kind, _) => return Err(err(format!("bad {kind:?} line with {n} fields"))),
            }
        }
        Ok(m)
    }

    /// Whether a stem key is a refutation word.
    pub(crate) fn is_refute(&self, stem: u64) -> bool {
        let keys = self.refute.get_or_init(|| {
            let mut keys = FxHashSet::default();
            for word in self.refute_words.iter() {
                let lang = if word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
                    Lang::Ar
                } else {
                    Lang::En
                };
                for t in tokenize(word, Span::new(0, word.len()), lang) {
                    keys.insert(key_hash(&t.stem));
                }
            }
            keys
        });
        keys.contains(&stem)
    }

    /// The learned scores of the three classes for a pair, and the
    /// probabilities of the pair's language's boosted trees with their share
    /// of the verdict, when the table holds trees for it.
    pub(crate) fn scores(
        &self,
        a: &ClaimFeatures,
        x: &[f32; N_DENSE],
        matched: [u64; 2],
        b: &ClaimFeatures,
    ) -> ([f32; 3], Option<(f32, [f32; 3])>) {
        let dense = &self.dense[lang_index(a.lang)];
        let mut x = *x;
        alignment(a, b, matched, &mut x);
        let mut s = [0f32; 3];
        for (f, &v) in x.iter().enumerate() {
            if v != 0.0 {
                for k in 0..3 {
                    s[k] += dense[f][k] * v;
                }
            }
        }
        if !self.sparse.is_empty() {
            let mut add = |key: u64| {
                if let Some(w) = self.sparse.get(&key) {
                    for k in 0..3 {
                        s[k] += w[k];
                    }
                }
            };
            sparse_features(a, b, matched, self.roots, |key, _, _| add(key));
            if self.bins {
                bin_features(lang_index(a.lang), &x, self.bin_pairs, |key, _| add(key));
            }
        }
        let trees = self.forests[lang_index(a.lang)]
            .as_ref()
            .map(|f| (f.blend, f.probabilities(&x)));
        (s, trees)
    }

    /// The features the trees of the pair's language read towards `class`,
    /// most weighty first, at most three (empty without trees).
    pub(crate) fn tree_features(
        &self,
        a: &ClaimFeatures,
        b: &ClaimFeatures,
        x: &[f32; N_DENSE],
        matched: [u64; 2],
        class: usize,
    ) -> Vec<&'static str> {
        let Some(forest) = &self.forests[lang_index(a.lang)] else {
            return Vec::new();
        };
        let mut x = *x;
        alignment(a, b, matched, &mut x);
        forest.path_features(&x, class, 3)
    }

    /// The hand part of the score that the model does not learn: refutation.
    pub(crate) fn hand_extra(&self, x: &[f32; N_DENSE]) -> [f32; 3] {
        [self.refute_weight * x[N_FEATURES + X_REFUTE], 0.0, 0.0]
    }

    /// The sparse feature that pushes hardest from `other` towards `chosen`,
    /// with its push, when any pushes at all.
    pub(crate) fn strongest(
        &self,
        a: &ClaimFeatures,
        b: &ClaimFeatures,
        matched: [u64; 2],
        chosen: usize,
        other: usize,
    ) -> Option<(Sparse, f32)> {
        let mut best: Option<(Sparse, f32)> = None;
        sparse_features(a, b, matched, self.roots, |key, which, _| {
            if let Some(w) = self.sparse.get(&key) {
                let push = w[chosen] - w[other];
                // A contrast pair is better evidence than a lone word.
                let rank = if matches!(which, Sparse::Cross(..)) {
                    push * 1.5
                } else {
                    push
                };
                if push > 0.0 && best.is_none_or(|(_, r)| rank > r) {
                    best = Some((which, rank));
                }
            }
        });
        best
    }
}

/// Which sparse feature: a word of one claim (side, term index) or a pair of
/// words (term index in a, term index in b).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Sparse {
    Diff(usize, usize),
    Cross(usize, usize),
}

/// The terms of a claim the other lacks, as term indices (at most 64).
fn uncovered(f: &ClaimFeatures, matched: u64) -> impl Iterator<Item = usize> + '_ {
    (0..f.terms.len().min(64)).filter(move |&i| matched & (1 << i) == 0)
}

/// The family of a sparse feature, as the weight table names it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    /// A word in one claim only, either claim (`diff`).
    Diff,
    /// A word in the first claim only (`drop`): the second left it out.
    Drop,
    /// A word in the second claim only (`add`): the second brought it in.
    Add,
    /// A character trigram of a word in one claim only (`gram`), which
    /// carries what was learned of a word to its other inflections.
    Gram,
    /// A word of one claim only against a word of the other only (`cross`).
    Cross,
    /// The consonant skeleton of a word in one claim only (`rdiff`), which
    /// joins the inflections of an Arabic root (يختفي, اختفاء).
    RootDiff,
    /// The skeletons of a word of one claim only and of a word of the other
    /// only (`rcross`).
    RootCross,
}

/// Whether a character is left out of a word's consonant skeleton: Arabic
/// long vowels, hamza carriers and the feminine ending.
fn weak_letter(c: char) -> bool {
    matches!(c, 'ا' | 'و' | 'ي' | 'ى' | 'ة' | 'ء' | 'أ' | 'إ' | 'آ' | 'ؤ' | 'ئ')
}

/// The consonant skeleton of a stem: its letters less [`weak_letter`]s.
fn skeleton(stem: &str) -> impl Iterator<Item = char> + '_ {
    stem.chars().filter(|&c| !weak_letter(c))
}

/// The key of a stem's skeleton (FNV-1a over its characters).
fn root_key(stem: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for c in skeleton(stem) {
        h ^= c as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^ 0x51_7cc1_b727_220a
}

/// The key of a side-bound `diff` feature: `drop` (side 0) or `add` (side 1).
pub(crate) fn side_key(stem: u64, side: usize) -> u64 {
    diff_key(stem ^ (0x3c6e_f372_fe94_f82b_u64.wrapping_mul(side as u64 + 1)))
}

/// The key of a `gram` feature, from the trigram's own key.
pub(crate) fn gram_key(gram: u64) -> u64 {
    (gram ^ 0xa54f_f53a_5f1d_36f1).wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// The character trigrams of a stem, as slices, at most [`MAX_GRAMS`];
/// stems of under three characters have none.
fn stem_grams(stem: &str) -> impl Iterator<Item = &str> + '_ {
    let bounds: Vec<usize> = stem
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(stem.len()))
        .collect();
    let n = bounds.len().saturating_sub(3);
    (0..n.min(MAX_GRAMS)).map(move |k| &stem[bounds[k]..bounds[k + 3]])
}

/// The most trigrams of one word that become `gram` features.
const MAX_GRAMS: usize = 8;

/// Calls `visit` with the key of every sparse feature of a pair, what it
/// stands on, and its family.
fn sparse_features(
    a: &ClaimFeatures,
    b: &ClaimFeatures,
    matched: [u64; 2],
    roots: bool,
    mut visit: impl FnMut(u64, Sparse, Kind),
) {
    for (side, f) in [a, b].into_iter().enumerate() {
        for i in uncovered(f, matched[side]) {
            let stem = f.term_keys(i)[0];
            visit(diff_key(stem), Sparse::Diff(side, i), Kind::Diff);
            let kind = if side == 0 { Kind::Drop } else { Kind::Add };
            visit(side_key(stem, side), Sparse::Diff(side, i), kind);
            for g in stem_grams(&f.terms[i].stem) {
                visit(gram_key(key_hash(g)), Sparse::Diff(side, i), Kind::Gram);
            }
        }
    }
    for i in uncovered(a, matched[0]).take(MAX_CROSS) {
        let ka = a.term_keys(i)[0];
        for j in uncovered(b, matched[1]).take(MAX_CROSS) {
            visit(cross_key(ka, b.term_keys(j)[0]), Sparse::Cross(i, j), Kind::Cross);
        }
    }
    if !roots {
        return;
    }
    for (side, f) in [a, b].into_iter().enumerate() {
        for i in uncovered(f, matched[side]) {
            visit(
                diff_key(root_key(&f.terms[i].stem)),
                Sparse::Diff(side, i),
                Kind::RootDiff,
            );
        }
    }
    for i in uncovered(a, matched[0]).take(MAX_CROSS) {
        let ra = root_key(&a.terms[i].stem);
        for j in uncovered(b, matched[1]).take(MAX_CROSS) {
            let rb = root_key(&b.terms[j].stem);
            visit(cross_key(ra, rb), Sparse::Cross(i, j), Kind::RootCross);
        }
    }
}

/// How many bins a dense feature's value falls into (see [`bin_of`]).
const BINS: usize = 7;

/// The bin of a dense feature's value: 0 for zero, 1 to 4 for quarters of
/// (0, 1], 5 above 1, 6 below 0.
fn bin_of(v: f32) -> usize {
    if v == 0.0 {
        0
    } else if v < 0.0 {
        6
    } else if v > 1.0 {
        5
    } else {
        ((v * 4.0).ceil() as usize).clamp(1, 4)
    }
}

/// The dense features whose bins are also crossed pairwise (`bin2`): the
/// signs of a contradiction and of a close copy, whose weight depends on
/// each other.
const CROSSED: [&str; 16] = [
    "negation",
    "antonym",
    "numeric_conflict",
    "polarity_raw",
    "number_one_side",
    "length_ratio",
    "shared",
    "spelling",
    "soft_uncovered",
    "order",
    "seq_swap1",
    "seq_kept",
    "seq_block",
    "cover_max",
    "pole_opposite",
    "source_differs",
];

/// The name of a dense feature's bin in the weight table: `ar:order=3`.
fn bin_name(lang: usize, f: usize, bin: usize) -> String {
    let name = FEATURE_NAMES
        .iter()
        .chain(EXTRA_NAMES.iter())
        .nth(f)
        .unwrap_or(&"");
    format!("{}:{name}={bin}", ["ar", "en"][lang])
}

/// The key of a `bin` feature, from its name.
fn bin_key(name: &str) -> u64 {
    (key_hash(name) ^ 0x7f4a_7c15_9e37_79b9).wrapping_mul(0xbf58_476d_1ce4_e5b9)
}

/// The key of a `bin2` feature, from its two bins' keys, order-free.
fn bin_pair_key(x: u64, y: u64) -> u64 {
    cross_key(x, y) ^ 0x94d0_49bb_1331_11eb
}

/// Bin keys by (language, feature, bin), and the dense indices of
/// [`CROSSED`], computed once.
struct BinTable {
    keys: Vec<u64>,
    crossed: Vec<usize>,
}

fn bin_table() -> &'static BinTable {
    static TABLE: OnceCell<BinTable> = OnceCell::new();
    TABLE.get_or_init(|| BinTable {
        keys: (0..2 * N_DENSE * BINS)
            .map(|k| bin_key(&bin_name(k / (N_DENSE * BINS), k / BINS % N_DENSE, k % BINS)))
            .collect(),
        crossed: CROSSED.iter().filter_map(|n| dense_index(n)).collect(),
    })
}

/// A binned feature: one dense feature's bin, or the bins of two of
/// [`CROSSED`], as (feature, bin) pairs.
#[derive(Clone, Copy, Debug)]
enum Bin {
    One(usize, usize),
    Two((usize, usize), (usize, usize)),
}

/// Calls `visit` with the key of every binned feature of a pair's dense
/// vector (the bias left out): every feature's bin, then, when `pairs`, the
/// pairs of bins of the crossed features.
fn bin_features(lang: usize, x: &[f32; N_DENSE], pairs: bool, mut visit: impl FnMut(u64, Bin)) {
    let table = bin_table();
    let key = |f: usize| table.keys[(lang * N_DENSE + f) * BINS + bin_of(x[f])];
    for (f, &v) in x.iter().enumerate().skip(1) {
        visit(key(f), Bin::One(f, bin_of(v)));
    }
    if !pairs {
        return;
    }
    for (n, &f) in table.crossed.iter().enumerate() {
        for &g in &table.crossed[n + 1..] {
            visit(
                bin_pair_key(key(f), key(g)),
                Bin::Two((f, bin_of(x[f])), (g, bin_of(x[g]))),
            );
        }
    }
}

/// The extra dense features of a pair that the hand score needs, cheap to
/// compute; the alignment features (from `swap` on) are left at zero and
/// filled by [`alignment`] when the trained weights are used.
pub(crate) fn extra(
    a: &ClaimFeatures,
    b: &ClaimFeatures,
    matched: [u64; 2],
    polarity_differs: bool,
) -> [f32; N_EXTRA] {
    use crate::claim::Polarity;
    let (na, nb) = (a.terms.len().min(64), b.terms.len().min(64));
    let unc_a = na - matched[0].count_ones() as usize;
    let unc_b = nb - matched[1].count_ones() as usize;
    let scaled = |n: usize| (n as f32 / 4.0).min(2.0);
    let mut x = [0.0; N_EXTRA];
    x[..X_ALIGN].copy_from_slice(&[
        f32::from(polarity_differs),
        f32::from(a.polarity == Polarity::Negated && b.polarity == Polarity::Negated),
        f32::from(a.quantities.is_empty() != b.quantities.is_empty()),
        na.min(nb) as f32 / na.max(nb).max(1) as f32,
        f32::from(a.question || b.question),
        f32::from(a.refute != b.refute),
        scaled(unc_a.min(unc_b)),
        scaled(unc_a.max(unc_b)),
        scaled(matched[0].count_ones().min(matched[1].count_ones()) as usize),
    ]);
    x
}

/// The first alignment feature's index among the extra features.
const X_ALIGN: usize = 9;

/// Fills the alignment features of a pair (`swap` to `surface`) into its
/// dense vector.
pub(crate) fn alignment(a: &ClaimFeatures, b: &ClaimFeatures, matched: [u64; 2], x: &mut [f32; N_DENSE]) {
    let (na, nb) = (a.terms.len().min(64), b.terms.len().min(64));
    let unc_a = na - matched[0].count_ones() as usize;
    let unc_b = nb - matched[1].count_ones() as usize;
    let scaled = |n: usize| (n as f32 / 4.0).min(2.0);
    let only_a: Vec<usize> = uncovered(a, matched[0]).collect();
    let only_b: Vec<usize> = uncovered(b, matched[1]).collect();
    let grams_a: Vec<Vec<u32>> = only_a.iter().map(|&i| trigrams(&a.terms[i].text)).collect();
    let grams_b: Vec<Vec<u32>> = only_b.iter().map(|&j| trigrams(&b.terms[j].text)).collect();
    let mut best = 0f32;
    let mut like_a = vec![false; only_a.len()];
    let mut like_b = vec![false; only_b.len()];
    for (x, ga) in grams_a.iter().enumerate() {
        for (y, gb) in grams_b.iter().enumerate() {
            let j = jaccard(ga, gb);
            best = best.max(j);
            if j >= SIMILAR {
                like_a[x] = true;
                like_b[y] = true;
            }
        }
    }
    let soft_a = like_a.iter().filter(|&&l| !l).count();
    let soft_b = like_b.iter().filter(|&&l| !l).count();
    let whole = |f: &ClaimFeatures| {
        let mut g: Vec<u32> = f.terms.iter().flat_map(|t| trigrams(&t.text)).collect();
        g.sort_unstable();
        g.dedup();
        g
    };
    let values = [
        f32::from((1..=2).contains(&unc_a) && (1..=2).contains(&unc_b)),
        f32::from(unc_a.min(unc_b) == 0),
        best,
        scaled(soft_a.min(soft_b)),
        order(a, b, matched[0]),
        jaccard(&whole(a), &whole(b)),
    ];
    x[N_FEATURES + X_ALIGN..N_FEATURES + X_SEQ].copy_from_slice(&values);
    x[N_FEATURES + X_SEQ..].copy_from_slice(&sequence(a, b));
}

/// The first sequence-alignment feature's index among the extra features.
const X_SEQ: usize = 15;

/// The sequence features of a pair (`seq_swap1` to `seq_tail`): the two
/// claims' terms aligned in order by stem, as a corrupted headline copies its
/// original but for a word or two.
fn sequence(a: &ClaimFeatures, b: &ClaimFeatures) -> [f32; N_EXTRA - X_SEQ] {
    let (na, nb) = (a.terms.len().min(MAX_SEQ), b.terms.len().min(MAX_SEQ));
    if na == 0 || nb == 0 {
        return [0.0; N_EXTRA - X_SEQ];
    }
    let ka: Vec<u64> = (0..na).map(|i| a.term_keys(i)[0]).collect();
    let kb: Vec<u64> = (0..nb).map(|j| b.term_keys(j)[0]).collect();
    // Longest common subsequence table, then one alignment read back from it.
    let w = nb + 1;
    let mut t = vec![0u8; (na + 1) * w];
    for i in 0..na {
        for j in 0..nb {
            t[(i + 1) * w + j + 1] = if ka[i] == kb[j] {
                t[i * w + j] + 1
            } else {
                t[i * w + j + 1].max(t[(i + 1) * w + j])
            };
        }
    }
    let (mut in_a, mut in_b) = (0u64, 0u64);
    let (mut i, mut j) = (na, nb);
    while i > 0 && j > 0 {
        if ka[i - 1] == kb[j - 1] {
            in_a |= 1 << (i - 1);
            in_b |= 1 << (j - 1);
            i -= 1;
            j -= 1;
        } else if t[(i - 1) * w + j] >= t[i * w + j - 1] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    let kept = in_a.count_ones() as usize;
    let (out_a, out_b) = (na - kept, nb - kept);
    let runs = |mask: u64, n: usize| {
        (0..n)
            .filter(|&k| mask & (1 << k) == 0 && (k == 0 || mask & (1 << (k - 1)) != 0))
            .count()
    };
    let digit = |f: &ClaimFeatures, mask: u64, n: usize| {
        (0..n).any(|k| mask & (1 << k) == 0 && f.terms[k].text.chars().any(|c| c.is_numeric()))
    };
    let one_two = |n: usize| (1..=2).contains(&n);
    let kept_share = kept as f32 / na.max(nb) as f32;
    let stems_b: FxHashSet<u64> = kb.iter().copied().collect();
    let shared = ka.iter().filter(|k| stems_b.contains(k)).count();
    let cover_max = (shared as f32 / na as f32)
        .max(shared as f32 / nb as f32)
        .min(1.0);
    // A term of each claim out of the alignment that share a concept key.
    let synonym = (0..na).filter(|&i| in_a & (1 << i) == 0).any(|i| {
        let keys = &a.term_keys(i)[1..];
        (0..nb)
            .filter(|&j| in_b & (1 << j) == 0)
            .any(|j| b.term_keys(j)[1..].iter().any(|k| keys.contains(k)))
    });
    fn named(f: &ClaimFeatures) -> Option<&str> {
        f.source.as_deref().filter(|s| !s.is_empty())
    }
    [
        f32::from(out_a == 1 && out_b == 1),
        f32::from(one_two(out_a) && one_two(out_b) && !(out_a == 1 && out_b == 1)),
        kept_share,
        f32::from(out_a > 0 && out_b > 0 && runs(in_a, na) == 1 && runs(in_b, nb) == 1),
        f32::from((digit(a, in_a, na) && digit(b, in_b, nb)) || (own_value(a, b) && own_value(b, a))),
        if (1..=3).contains(&out_a) && (1..=3).contains(&out_b) {
            kept_share
        } else {
            0.0
        },
        f32::from(
            in_a & 1 != 0 && in_b & 1 != 0 && in_a & (1 << (na - 1)) != 0 && in_b & (1 << (nb - 1)) != 0,
        ),
        f32::from(shared == 1),
        cover_max,
        f32::from(matches!((named(a), named(b)), (Some(x), Some(y)) if x != y)),
        f32::from(named(a).is_some() != named(b).is_some()),
        f32::from(poles(a, b, |x, y| x != y) || poles(b, a, |x, y| x != y)),
        f32::from(poles(a, b, |x, y| x == y)),
        f32::from(
            a.poles
                .iter()
                .any(|p| !b.poles.iter().any(|q| q.group == p.group))
                || b.poles
                    .iter()
                    .any(|p| !a.poles.iter().any(|q| q.group == p.group)),
        ),
        f32::from(synonym),
        f32::from(out_a == 1 && out_b == 1 && !synonym),
        f32::from(a.names_other_place(b)),
        f32::from(own_place(a, b) && own_place(b, a)),
    ]
}

/// Whether `a` names a place of the gazetteer that `b` does not.
fn own_place(a: &ClaimFeatures, b: &ClaimFeatures) -> bool {
    a.places().any(|(p, _)| !b.places().any(|(q, _)| q == p))
}

/// Whether `a` gives a quantity whose value `b` does not give.
fn own_value(a: &ClaimFeatures, b: &ClaimFeatures) -> bool {
    a.quantities
        .iter()
        .any(|q| !b.quantities.iter().any(|r| r.value == q.value))
}

/// Whether a contrast group's pole in `a` and one of the same group in `b`
/// stand as `test` asks (same or opposite poles).
fn poles(a: &ClaimFeatures, b: &ClaimFeatures, test: impl Fn(u8, u8) -> bool) -> bool {
    a.poles
        .iter()
        .any(|p| b.poles.iter().any(|q| q.group == p.group && test(p.pole, q.pole)))
}

/// The most terms of a claim the sequence alignment reads.
const MAX_SEQ: usize = 48;

/// The trigram Jaccard from which two words count as alike.
const SIMILAR: f32 = 0.4;

/// The hashed character trigrams of a word (padded with a space each side),
/// sorted and deduplicated.
fn trigrams(word: &str) -> Vec<u32> {
    let chars: Vec<char> = std::iter::once(' ')
        .chain(word.chars())
        .chain(std::iter::once(' '))
        .collect();
    let mut g: Vec<u32> = chars
        .windows(3)
        .map(|w| {
            (w[0] as u32).wrapping_mul(0x9e37_79b1).rotate_left(7)
                ^ (w[1] as u32).wrapping_mul(0x85eb_ca6b).rotate_left(13)
                ^ (w[2] as u32).wrapping_mul(0xc2b2_ae35)
        })
        .collect();
    g.sort_unstable();
    g.dedup();
    g
}

/// The Jaccard index of two sorted, deduplicated sets.
fn jaccard(x: &[u32], y: &[u32]) -> f32 {
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let all = x.len() + y.len() - both;
    if all == 0 { 0.0 } else { both as f32 / all as f32 }
}

/// The share of consecutive terms of `a` found in `b` whose first matching
/// terms in `b` come in the same order; 1 when fewer than two are found.
fn order(a: &ClaimFeatures, b: &ClaimFeatures, matched_a: u64) -> f32 {
    let positions: Vec<usize> = (0..a.terms.len().min(64))
        .filter(|&i| matched_a & (1 << i) != 0)
        .filter_map(|i| {
            let key = a.term_keys(i)[0];
            (0..b.terms.len()).find(|&j| b.term_keys(j).contains(&key))
        })
        .collect();
    if positions.len() < 2 {
        return 1.0;
    }
    let kept = positions.windows(2).filter(|w| w[0] < w[1]).count();
    kept as f32 / (positions.len() - 1) as f32
}

/// A labelled sentence pair for [`train`].
#[derive(Clone, Debug)]
pub struct TrainPair {
    /// The first sentence.
    pub s1: String,
    /// The second sentence.
    pub s2: String,
    /// The gold relation.
    pub gold: Relation,
}

/// One set of training pairs and how to weigh its classes.
#[derive(Clone, Debug)]
pub struct TrainSet {
    /// A name for messages ("ans", a file name).
    pub name: String,
    /// The pairs.
    pub pairs: Vec<TrainPair>,
    /// How far to even out the classes: each pair weighs
    /// `(n / (classes × n_class))^balance`; 0 weighs every pair alike, 1 gives
    /// every class the same total weight.
    pub balance: f32,
}

/// Options of [`train`].
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// The L2 penalty on every weight.
    pub l2: f32,
    /// The L2 penalty on the weights of the hand features
    /// ([`FEATURE_NAMES`](crate::link::FEATURE_NAMES)), which already carry the
    /// hand weights of `judge.toml`; infinite leaves them as they are.
    pub hand_l2: f32,

    /// The first step size (it decays as `rate / (1 + epoch / 4)`).
    pub rate: f32,
    /// Sparse features seen in fewer pairs are left out.
    pub min_count: usize,
    /// Sparse weights whose largest magnitude, after centring, is smaller are
    /// pruned from the written table.
    pub prune: f32,
    /// The L2 penalty on the sparse (word) weights.
    pub sparse_l2: f32,
    /// Training runs, each with its own shuffling seed; the table is their mean.
    pub runs: usize,
    /// Whether each run's weights are the mean of those after each pass of
    /// its last half, rather than those after the last pass.
    pub average: bool,
    /// Whether to learn `diff` features (a word in one claim only); `cross`
    /// features are learned either way.
    pub diff: bool,
    /// Whether to learn `drop` and `add` features: a word in the first
    /// claim only, or in the second only (the second claim is read as a
    /// rewriting of the first).
    pub side: bool,
    /// Whether to learn `gram` features: the character trigrams of a word in
    /// one claim only.
    pub grams: bool,
    /// Whether to learn `bin` features: a weight for each bin of each dense
    /// feature's value (zero, quarters of one, above one, below zero), which
    /// lets a feature weigh otherwise than in proportion to its value.
    pub bins: bool,
    /// Whether to learn `bin2` features too: pairs of bins of the contrast
    /// and copy features, whose weight depends on each other.
    pub crosses: bool,
    /// Whether word features (`diff`, `cross` ...) learn a weight towards
    /// `unrelated` too; without, they only tell contradiction from
    /// corroboration, and relatedness is left to the dense features.
    pub word_unrelated: bool,
    /// Whether to learn `rdiff` and `rcross` features: `diff` and `cross`
    /// over the words' consonant skeletons, which join an Arabic root's
    /// inflections.
    pub roots: bool,
    /// Whether to train on each pair both ways round too (s2 against s1),
    /// each way at half weight: contradiction and paraphrase are symmetric.
    pub reverse: bool,
    /// The boosted trees trained per language beside the linear weights
    /// (`rounds` 0: none).
    pub boost: BoostOptions,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 20,
            l2: 1e-5,
            hand_l2: 0.01,
            rate: 0.2,
            min_count: 2,
            prune: 0.05,
            sparse_l2: 1e-5,
            runs: 5,
            average: false,
            diff: true,
            side: true,
            grams: false,
            bins: true,
            crosses: false,
            word_unrelated: false,
            roots: false,
            reverse: false,
            boost: BoostOptions::default(),
        }
    }
}

/// What [`train`] produced: the weight table as text, and figures about it.
#[derive(Clone, Debug)]
pub struct TrainedModel {
    /// The table, in the format of `lexicons/judge_model.txt`.
    pub text: String,
    /// Pairs trained on.
    pub pairs: usize,
    /// Sparse weights written.
    pub sparse: usize,
    /// Accuracy on the training pairs at the end.
    pub train_accuracy: f32,
}

/// The fewest training pairs of a language for which trees are grown.
const MIN_BOOST_PAIRS: usize = 200;

/// One training example: the hand score, the dense features, the sparse keys.
struct Example {
    lang: usize,
    hand: [f32; 3],
    dense: [f32; N_DENSE],
    sparse: Vec<u32>,
    gold: usize,
    weight: f32,
}

/// Trains the learned part of the judge on labelled pairs, with the hand
/// weights of `config` as a fixed offset, and returns the weight table.
///
/// Training is deterministic: the same pairs and options give the same table.
///
/// ```
/// use claimgraph::link::{train, Relation, TrainOptions, TrainPair, TrainSet};
/// let pair = |s1: &str, s2: &str, gold| TrainPair { s1: s1.into(), s2: s2.into(), gold };
/// let set = TrainSet {
///     name: "tiny".into(),
///     balance: 0.0,
///     pairs: vec![
///         pair("A man is sitting on a bench", "A man is standing on a bench", Relation::Contradicts),
///         pair("A woman is sitting on a chair", "A woman is standing on a chair", Relation::Contradicts),
///         pair("A man is sitting on a bench", "A man is sitting on a bench in a park", Relation::Corroborates),
///     ],
/// };
/// let model = train(&[set], &TrainOptions::default(), &claimgraph::Config::default());
/// assert!(model.text.contains("cross\t"));
/// ```
pub fn train(sets: &[TrainSet], options: &TrainOptions, config: &Config) -> TrainedModel {
    // Features of every pair; sparse features by first-seen index.
    let mut index: FxHashMap<u64, u32> = FxHashMap::default();
    let mut names: Vec<String> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    let mut examples = Vec::new();
    for set in sets {
        let mut per_class = [0usize; 3];
        for p in &set.pairs {
            per_class[class_of(p.gold)] += 1;
        }
        let present = per_class.iter().filter(|&&n| n > 0).count().max(1);
        for p in &set.pairs {
            let f1 = judge::sentence_features_id(&p.s1, "s1", config);
            let f2 = judge::sentence_features_id(&p.s2, "s2", config);
            let orders: &[bool] = if options.reverse { &[false, true] } else { &[false] };
            for &reversed in orders {
                let (fa, fb) = if reversed { (&f2, &f1) } else { (&f1, &f2) };
                let Some(pf) = judge::pair_features(fa, fb, config) else {
                    continue;
                };
                let mut dense = pf.dense;
                alignment(fa, fb, pf.matched, &mut dense);
                let mut sparse = Vec::new();
                sparse_features(fa, fb, pf.matched, options.roots, |key, which, kind| {
                    let wanted = match kind {
                        Kind::Diff => options.diff,
                        Kind::Drop | Kind::Add => options.side,
                        Kind::Gram => options.grams,
                        Kind::Cross => true,
                        Kind::RootDiff | Kind::RootCross => options.roots,
                    };
                    if !wanted {
                        return;
                    }
                    let next = index.len() as u32;
                    let id = *index.entry(key).or_insert_with(|| {
                        names.push(sparse_name(fa, fb, which, kind, key));
                        counts.push(0);
                        next
                    });
                    if !sparse.contains(&id) {
                        sparse.push(id);
                        counts[id as usize] += 1;
                    }
                });
                if options.bins {
                    let lang = lang_index(fa.lang);
                    bin_features(lang, &dense, options.crosses, |key, bin| {
                        let next = index.len() as u32;
                        let id = *index.entry(key).or_insert_with(|| {
                            names.push(match bin {
                                Bin::One(f, b) => format!("bin\t{}", bin_name(lang, f, b)),
                                Bin::Two((f, b), (g, c)) => {
                                    let (x, y) = (bin_name(lang, f, b), bin_name(lang, g, c));
                                    if x <= y {
                                        format!("bin2\t{x}\t{y}")
                                    } else {
                                        format!("bin2\t{y}\t{x}")
                                    }
                                }
                            });
                            counts.push(0);
                            next
                        });
                        if !sparse.contains(&id) {
                            sparse.push(id);
                            counts[id as usize] += 1;
                        }
                    });
                }
                let gold = class_of(p.gold);
                let n = set.pairs.len() as f32;
                examples.push(Example {
                    lang: lang_index(fa.lang),
                    hand: pf.hand,
                    dense,
                    sparse,
                    gold,
                    weight: (n / (present as f32 * per_class[gold] as f32)).powf(set.balance)
                        / orders.len() as f32,
                });
            }
        }
    }
    for e in &mut examples {
        e.sparse.retain(|&id| counts[id as usize] >= options.min_count);
    }
    // Word features, as opposed to the bins of dense features.
    let words: Vec<bool> = names.iter().map(|n| !n.starts_with("bin")).collect();

    // Each run shuffles with its own seed; the table is the mean over runs of
    // the weights after each pass of the last half, which steadies the
    // weights of rare words.
    let mut dense = [[[0f32; 3]; N_DENSE]; 2];
    let mut sparse = vec![[0f32; 3]; names.len()];
    let mut snapshots = 0usize;
    for run in 0..options.runs.max(1) {
        let mut d_run = [[[0f32; 3]; N_DENSE]; 2];
        let mut s_run = vec![[0f32; 3]; names.len()];
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = 0x2545_f491_4f6c_dd1du64 ^ (run as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        for epoch in 0..options.epochs {
            // A fixed-seed shuffle keeps training deterministic.
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            let rate = options.rate / (1.0 + epoch as f32 / 4.0);
            for &i in &order {
                sgd_step(&examples[i], &mut d_run, &mut s_run, &words, rate, options);
            }
            if !options.average || epoch + 1 == options.epochs || epoch >= options.epochs / 2 {
                if !options.average && epoch + 1 < options.epochs {
                    continue;
                }
                snapshots += 1;
                for (acc, w) in dense.iter_mut().flatten().zip(d_run.iter().flatten()) {
                    for k in 0..3 {
                        acc[k] += w[k];
                    }
                }
                for (acc, w) in sparse.iter_mut().zip(s_run.iter()) {
                    for k in 0..3 {
                        acc[k] += w[k];
                    }
                }
            }
        }
    }
    let n = snapshots.max(1) as f32;
    for w in dense.iter_mut().flatten().chain(sparse.iter_mut()) {
        for v in w.iter_mut() {
            *v /= n;
        }
    }
    // Boosted trees per language, on the dense features of that language's
    // pairs with the same weights.
    let mut forests: [Option<Forest>; 2] = [None, None];
    for (lang, forest) in forests.iter_mut().enumerate() {
        let mine: Vec<&Example> = examples.iter().filter(|e| e.lang == lang).collect();
        if options.boost.rounds == 0 || mine.len() < MIN_BOOST_PAIRS {
            continue;
        }
        let xs: Vec<[f32; N_DENSE]> = mine.iter().map(|e| e.dense).collect();
        let gold: Vec<usize> = mine.iter().map(|e| e.gold).collect();
        let weight: Vec<f32> = mine.iter().map(|e| e.weight).collect();
        *forest = Some(boost::fit(&xs, &gold, &weight, &options.boost));
    }
    let correct = examples
        .iter()
        .filter(|e| {
            let p = softmax(example_scores(e, &dense, &sparse));
            let p = match &forests[e.lang] {
                Some(f) => boost::mix(f.blend, p, f.probabilities(&e.dense)),
                None => p,
            };
            argmax(p) == e.gold
        })
        .count();

    let mut text = String::from(
        "# The judge's learned weights, written by `claimgraph train-judge`.\n\
         # kind, names, then the weights of contradicts, corroborates, unrelated.\n",
    );
    for (l, lang) in ["ar", "en"].iter().enumerate() {
        for (f, name) in FEATURE_NAMES.iter().chain(EXTRA_NAMES.iter()).enumerate() {
            let w = dense[l][f];
            text.push_str(&format!("dense\t{lang}\t{name}\t{}\n", weights(w)));
        }
    }
    for (forest, lang) in forests.iter().zip(["ar", "en"]) {
        if let Some(f) = forest {
            f.write(lang, &mut text);
        }
    }
    let mut rows: Vec<(String, [f32; 3])> = Vec::new();
    for (id, w) in sparse.iter().enumerate() {
        // Centre the three weights: only their differences matter.
        let mean = (w[0] + w[1] + w[2]) / 3.0;
        let c = [w[0] - mean, w[1] - mean, w[2] - mean];
        if c.iter().all(|v| v.abs() < options.prune) {
            continue;
        }
        rows.push((names[id].clone(), c));
    }
    rows.sort_by(|x, y| x.0.cmp(&y.0));
    for (name, w) in &rows {
        text.push_str(&format!("{name}\t{}\n", weights(*w)));
    }
    TrainedModel {
        text,
        pairs: examples.len(),
        sparse: rows.len(),
        train_accuracy: correct as f32 / examples.len().max(1) as f32,
    }
}

/// One step of stochastic gradient descent on one example.
fn sgd_step(
    e: &Example,
    dense: &mut [[[f32; 3]; N_DENSE]; 2],
    sparse: &mut [[f32; 3]],
    words: &[bool],
    rate: f32,
    options: &TrainOptions,
) {
    let p = softmax(example_scores(e, dense, sparse));
    let d = &mut dense[e.lang];
    for k in 0..3 {
        let g = (p[k] - f32::from(k == e.gold)) * e.weight;
        for (f, (w, &x)) in d.iter_mut().zip(e.dense.iter()).enumerate() {
            if f < N_FEATURES {
                if options.hand_l2.is_finite() {
                    w[k] -= rate * (g * x + options.hand_l2 * w[k]);
                }
            } else {
                w[k] -= rate * (g * x + options.l2 * w[k]);
            }
        }
        for &id in &e.sparse {
            if k == 2 && !options.word_unrelated && words[id as usize] {
                continue;
            }
            let w = &mut sparse[id as usize][k];
            *w -= rate * (g + options.sparse_l2 * *w);
        }
    }
}

fn weights(w: [f32; 3]) -> String {
    let f = |v: f32| {
        let s = format!("{v:.3}");
        if s == "-0.000" { "0.000".to_string() } else { s }
    };
    format!("{}\t{}\t{}", f(w[0]), f(w[1]), f(w[2]))
}

fn sparse_name(a: &ClaimFeatures, b: &ClaimFeatures, which: Sparse, kind: Kind, key: u64) -> String {
    let word = |side: usize, i: usize| {
        if side == 0 {
            &a.terms[i].stem
        } else {
            &b.terms[i].stem
        }
    };
    match (which, kind) {
        (Sparse::Diff(side, i), Kind::Gram) => {
            let gram = stem_grams(word(side, i))
                .find(|g| gram_key(key_hash(g)) == key)
                .unwrap_or_default();
            format!("gram\t{gram}")
        }
        (Sparse::Diff(side, i), Kind::Drop | Kind::Add) => {
            format!("{}\t{}", if side == 0 { "drop" } else { "add" }, word(side, i))
        }
        (Sparse::Diff(side, i), Kind::RootDiff) => {
            format!("rdiff\t{}", skeleton(word(side, i)).collect::<String>())
        }
        (Sparse::Cross(i, j), Kind::RootCross) => {
            let x: String = skeleton(&a.terms[i].stem).collect();
            let y: String = skeleton(&b.terms[j].stem).collect();
            if x <= y {
                format!("rcross\t{x}\t{y}")
            } else {
                format!("rcross\t{y}\t{x}")
            }
        }
        (Sparse::Diff(side, i), _) => format!("diff\t{}", word(side, i)),
        (Sparse::Cross(i, j), _) => {
            let (x, y) = (&a.terms[i].stem, &b.terms[j].stem);
            if x <= y {
                format!("cross\t{x}\t{y}")
            } else {
                format!("cross\t{y}\t{x}")
            }
        }
    }
}

fn class_of(r: Relation) -> usize {
    CLASSES.iter().position(|&c| c == r).unwrap_or(2)
}

fn example_scores(e: &Example, dense: &[[[f32; 3]; N_DENSE]; 2], sparse: &[[f32; 3]]) -> [f32; 3] {
    let mut s = e.hand;
    for (f, &v) in e.dense.iter().enumerate() {
        for k in 0..3 {
            s[k] += dense[e.lang][f][k] * v;
        }
    }
    for &id in &e.sparse {
        for k in 0..3 {
            s[k] += sparse[id as usize][k];
        }
    }
    s
}

pub(crate) fn softmax(s: [f32; 3]) -> [f32; 3] {
    let top = s[0].max(s[1]).max(s[2]);
    let e = s.map(|v| (v - top).exp());
    let total: f32 = e.iter().sum();
    e.map(|v| v / total)
}

pub(crate) fn argmax(s: [f32; 3]) -> usize {
    let mut best = 0;
    for k in 1..3 {
        if s[k] > s[best] {
            best = k;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_keys_are_order_free_and_differ_from_diff_keys() {
        let (a, b) = (key_hash("sit"), key_hash("stand"));
        assert_eq!(cross_key(a, b), cross_key(b, a));
        assert_ne!(cross_key(a, b), diff_key(a));
        assert_ne!(diff_key(a), diff_key(b));
    }

    #[test]
    fn parse_reads_every_kind_and_rejects_bad_lines() {
        let cues = ("cues.toml", "refute_weight = 1.0\nrefute = [\"hoax\", \"نفى\"]\n");
        let m = JudgeModel::parse(
            (
                "m.txt",
                "# comment\ndense\ten\tnegation\t1\t-1\t0\ndiff\tman\t0.5\t0\t-0.5\ncross\tsit\tstand\t2\t-1\t-1\n",
            ),
            cues,
        )
        .unwrap();
        assert_eq!(m.sparse.len(), 2);
        assert_eq!(m.dense[1][dense_index("negation").unwrap()], [1.0, -1.0, 0.0]);
        assert_eq!(
            m.sparse.get(&cross_key(key_hash("stand"), key_hash("sit"))),
            Some(&[2.0, -1.0, -1.0])
        );
        assert!(m.is_refute(key_hash("hoax")));
        let m = JudgeModel::parse(
            (
                "m.txt",
                "drop\tman\t1\t0\t-1\nadd\tman\t-1\t0\t1\ngram\tabc\t0.5\t-0.5\t0\n",
            ),
            cues,
        )
        .unwrap();
        assert_eq!(
            m.sparse.get(&side_key(key_hash("man"), 0)),
            Some(&[1.0, 0.0, -1.0])
        );
        assert_eq!(
            m.sparse.get(&side_key(key_hash("man"), 1)),
            Some(&[-1.0, 0.0, 1.0])
        );
        assert_eq!(m.sparse.get(&gram_key(key_hash("abc"))), Some(&[0.5, -0.5, 0.0]));
        let err = JudgeModel::parse(("m.txt", "dense\ten\tnope\t1\t1\t1\n"), cues).unwrap_err();
        assert!(err.to_string().contains("m.txt:1"), "{err}");
        let err = JudgeModel::parse(("m.txt", "\ndiff\tman\tx\t0\t0\n"), cues).unwrap_err();
        assert!(err.to_string().contains("m.txt:2"), "{err}");
        // Trees: a boost line, then its language's trees.
        let m = JudgeModel::parse(
            (
                "m.txt",
                "boost\tar\t0.5\t0\t0\t0\ntree\tar\t0\toverlap<=0.5:1:2 =-1 =1\n",
            ),
            cues,
        )
        .unwrap();
        let forest = m.forests[0].as_ref().unwrap();
        let mut x = [0f32; N_DENSE];
        x[dense_index("overlap").unwrap()] = 0.9;
        let p = forest.probabilities(&x);
        assert!(p[0] > p[1] && (p[1] - p[2]).abs() < 1e-6, "{p:?}");
        assert!(m.forests[1].is_none());
        let err = JudgeModel::parse(("m.txt", "tree\tar\t0\t=1\n"), cues).unwrap_err();
        assert!(
            err.to_string().contains("before its language's boost line"),
            "{err}"
        );
        let err = JudgeModel::parse(("m.txt", "boost\tfr\t0.5\t0\t0\t0\n"), cues).unwrap_err();
        assert!(
            err.to_string().contains("m.txt:1") && err.to_string().contains("fr"),
            "{err}"
        );
    }

    #[test]
    fn alignment_sees_a_swapped_word_a_spelling_variant_and_reordering() {
        let config = Config::default();
        let features = |s1: &str, s2: &str| {
            let a = judge::sentence_features_id(s1, "a", &config);
            let b = judge::sentence_features_id(s2, "b", &config);
            let pf = judge::pair_features(&a, &b, &config).unwrap();
            let mut x = pf.dense;
            alignment(&a, &b, pf.matched, &mut x);
            let get = |name: &str| x[dense_index(name).unwrap()];
            (get("swap"), get("spelling"), get("order"), get("contained"))
        };
        // One country put in the place of another, the order kept.
        let (swap, spelling, order, contained) = features(
            "فتح النقاش بشأن السينما التركية بعد وفاة النجمة",
            "فتح النقاش بشأن السينما اللبنانية بعد وفاة النجمة",
        );
        assert_eq!((swap, order, contained), (1.0, 1.0, 0.0));
        assert!(spelling > 0.0 && spelling < 0.5, "{spelling}");
        // The same words, reordered, one spelt differently.
        let (_, spelling, order, _) = features(
            "تحقيق تركي في اختفاء الصحفي خاشقجي في إسطنبول",
            "في إسطنبول اختفاء الصحفي جاشقجي وتحقيق تركي",
        );
        assert!(spelling >= SIMILAR, "{spelling}");
        assert!(order < 1.0, "{order}");
        // One claim inside the other.
        let (_, _, _, contained) = features(
            "A man is playing a guitar",
            "A man is playing a guitar on the stage",
        );
        assert_eq!(contained, 1.0);
    }

    #[test]
    fn sequence_features_tell_a_replaced_word_from_a_rewording() {
        let config = Config::default();
        let seq = |s1: &str, s2: &str| {
            let a = judge::sentence_features_id(s1, "a", &config);
            let b = judge::sentence_features_id(s2, "b", &config);
            let pf = judge::pair_features(&a, &b, &config).unwrap();
            let mut x = pf.dense;
            alignment(&a, &b, pf.matched, &mut x);
            move |name: &str| x[dense_index(name).unwrap()]
        };
        // One word replaced, the rest copied in order.
        let f = seq(
            "توتال تسعى لتوسيع التنقيب قرب قبرص رغم تهديدات تركيا",
            "توتال تسعى لتوسيع التنقيب قرب قبرص رغم تهديدات مصر",
        );
        assert_eq!((f("seq_swap1"), f("seq_block"), f("seq_tail")), (1.0, 1.0, 0.0));
        assert!(f("seq_kept") > 0.8 && f("seq_edit") > 0.8, "{}", f("seq_kept"));
        assert_eq!(f("shared_one"), 0.0);
        // A number replaced (numbers are quantities, not terms).
        let f = seq(
            "The company hired 300 workers in the new factory",
            "The company hired 500 workers in the new factory",
        );
        assert_eq!((f("seq_number"), f("seq_tail")), (1.0, 1.0));
        // Reworded: most words differ, so no close copy.
        let f = seq(
            "A man is playing a guitar on the stage",
            "On the stage a guitarist performs for the crowd",
        );
        assert_eq!(f("seq_swap1"), 0.0);
        assert!(f("seq_kept") < 0.5 && f("seq_edit") < 0.5, "{}", f("seq_edit"));
        // Opposite poles of a contrast group, and a shared pole.
        let f = seq(
            "The minister accepted the union's proposal on Monday",
            "The minister rejected the union's proposal on Monday",
        );
        assert_eq!((f("pole_opposite"), f("pole_same")), (1.0, 0.0));
        let f = seq(
            "The minister accepted the union's proposal on Monday",
            "The minister accepted the proposal on Monday",
        );
        assert_eq!((f("pole_opposite"), f("pole_same")), (0.0, 1.0));
    }

    #[test]
    fn stem_grams_are_char_trigrams_of_the_stem() {
        assert_eq!(
            stem_grams("انخفاض").collect::<Vec<_>>(),
            ["انخ", "نخف", "خفا", "فاض"]
        );
        assert_eq!(stem_grams("ab").count(), 0);
        assert_eq!(stem_grams("abcdefghijklmnop").count(), MAX_GRAMS);
    }

    /// For each of `who`, "A {who} is sitting on the grass" against
    /// `contradiction(who)` (contradicts) and against the same on the green
    /// grass (corroborates).
    fn grass_set(who: &[&str], contradiction: fn(&str) -> String) -> TrainSet {
        let pairs = who
            .iter()
            .flat_map(|w| {
                let s1 = format!("A {w} is sitting on the grass");
                [
                    TrainPair {
                        s1: s1.clone(),
                        s2: contradiction(w),
                        gold: Relation::Contradicts,
                    },
                    TrainPair {
                        s1,
                        s2: format!("A {w} is sitting on the green grass"),
                        gold: Relation::Corroborates,
                    },
                ]
            })
            .collect();
        TrainSet {
            name: "t".into(),
            pairs,
            balance: 0.0,
        }
    }

    #[test]
    fn training_writes_side_gram_and_bin_features_as_asked() {
        let config = Config::default();
        let set = grass_set(&["man", "woman", "boy", "girl"], |w| {
            format!("A {w} is not sitting on the grass")
        });
        let plain_options = TrainOptions {
            side: false,
            prune: 0.0,
            ..TrainOptions::default()
        };
        let plain = train(std::slice::from_ref(&set), &plain_options, &config);
        assert!(!plain.text.contains("\nadd\t") && !plain.text.contains("\ngram\t"));
        assert!(plain.text.contains("\nbin\t"), "{}", plain.text);
        let options = TrainOptions {
            grams: true,
            prune: 0.0,
            ..TrainOptions::default()
        };
        let rich = train(&[set], &options, &config);
        assert!(rich.text.contains("\nadd\tgreen\t"), "{}", rich.text);
        assert!(rich.text.contains("\ngram\tgre\t"), "{}", rich.text);
        // What was written reads back.
        let cues = ("cues.toml", "refute_weight = 1.0\nrefute = []\n");
        let m = JudgeModel::parse(("m.txt", &rich.text), cues).unwrap();
        assert!(m.sparse.contains_key(&side_key(key_hash("green"), 1)));
    }

    #[test]
    fn training_is_deterministic_and_learns_a_contrast_pair() {
        let config = Config::default();
        let set = grass_set(&["man", "woman", "boy", "girl", "child"], |w| {
            format!("A {w} is standing on the grass")
        });
        let options = TrainOptions::default();
        let one = train(std::slice::from_ref(&set), &options, &config);
        let two = train(&[set], &options, &config);
        assert_eq!(one.text, two.text);
        assert!(one.train_accuracy >= 0.9, "{}", one.train_accuracy);
        let line = one
            .text
            .lines()
            .find(|l| l.starts_with("cross\t") && l.contains("sit") && l.contains("stand"))
            .unwrap_or_else(|| panic!("no sit/stand pair in\n{}", one.text));
        let w: Vec<f32> = line.split('\t').skip(3).map(|v| v.parse().unwrap()).collect();
        assert!(w[0] > w[1] && w[0] > w[2], "{line}");
    }
}
