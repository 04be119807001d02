//! Gradient-boosted decision trees over the judge's dense features: the part
//! of the learned judge that weighs features together rather than one by one
//! ("one word replaced" means one thing when the claims are of one length and
//! another when one is twice the other).
//!
//! A [`Forest`] holds, per class, a sequence of small regression trees whose
//! leaf values add up to the class's score (multinomial log-loss, second-order
//! steps, trees grown best leaf first). The judge averages the forest's
//! probabilities with those of the linear model ([`blend`](Forest::blend)), so
//! the typed evidence and the word weights still speak in every verdict.
//!
//! Forests are trained by [`fit`] within `claimgraph train-judge` and written
//! into the weight table as `boost` and `tree` lines (see [`Forest::write`]).

use crate::link::judge::FEATURE_NAMES;
use crate::link::model::{EXTRA_NAMES, N_DENSE, dense_index, softmax};

/// One node of a tree, in a flat list; node 0 is the root.
#[derive(Clone, Debug, PartialEq)]
enum Node {
    /// Feature `feature` at most `threshold`: go to `left`, else `right`.
    Split {
        feature: u16,
        threshold: f32,
        left: u32,
        right: u32,
    },
    /// The value added to the class's score.
    Leaf(f32),
}

/// One regression tree.
#[derive(Clone, Debug, PartialEq)]
struct Tree {
    nodes: Vec<Node>,
}

impl Tree {
    fn eval(&self, x: &[f32]) -> f32 {
        self.walk(x, |_| {})
    }

    /// The leaf value `x` reaches, calling `visit` with the feature of each
    /// split on the way.
    fn walk(&self, x: &[f32], mut visit: impl FnMut(usize)) -> f32 {
        let mut at = 0usize;
        loop {
            match self.nodes[at] {
                Node::Leaf(v) => return v,
                Node::Split {
                    feature,
                    threshold,
                    left,
                    right,
                } => {
                    visit(feature as usize);
                    at = if x[feature as usize] <= threshold {
                        left as usize
                    } else {
                        right as usize
                    };
                }
            }
        }
    }
}

/// Boosted trees for one language.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Forest {
    /// The share of the forest's probabilities in the judge's (the rest is
    /// the linear model's).
    pub(crate) blend: f32,
    /// The starting scores of the three classes (log priors).
    base: [f32; 3],
    /// Trees with the class whose score each adds to.
    trees: Vec<(u8, Tree)>,
}

impl Forest {
    /// The class probabilities for a dense feature vector.
    pub(crate) fn probabilities(&self, x: &[f32; N_DENSE]) -> [f32; 3] {
        let mut s = self.base;
        for (class, tree) in &self.trees {
            s[*class as usize] += tree.eval(x);
        }
        softmax(s)
    }

    /// The features the trees of `class` test on the way to `x`'s leaves,
    /// most weighty first (each tested feature is credited with the size of
    /// the leaf value reached), at most `n` of them: what the trees read in
    /// the pair.
    pub(crate) fn path_features(&self, x: &[f32; N_DENSE], class: usize, n: usize) -> Vec<&'static str> {
        let mut credit = [0f32; N_DENSE];
        for (c, tree) in &self.trees {
            if *c as usize != class {
                continue;
            }
            let mut path = Vec::new();
            let value = tree.walk(x, |f| path.push(f));
            for f in path {
                credit[f] += value.abs();
            }
        }
        let mut ranked: Vec<usize> = (0..N_DENSE).filter(|&f| credit[f] > 0.0).collect();
        ranked.sort_by(|&a, &b| credit[b].total_cmp(&credit[a]).then(a.cmp(&b)));
        ranked.into_iter().take(n).map(dense_name).collect()
    }

    /// Writes the forest as lines of the weight table: one `boost` line (the
    /// language, the blend, the three starting scores), then one `tree` line
    /// per tree (the language, the class, its nodes). A node is
    /// `feature<=threshold:left:right` or `=value`, nodes separated by spaces.
    pub(crate) fn write(&self, lang: &str, out: &mut String) {
        out.push_str(&format!(
            "boost\t{lang}\t{}\t{}\t{}\t{}\n",
            self.blend, self.base[0], self.base[1], self.base[2]
        ));
        for (class, tree) in &self.trees {
            let nodes: Vec<String> = tree
                .nodes
                .iter()
                .map(|n| match n {
                    Node::Split {
                        feature,
                        threshold,
                        left,
                        right,
                    } => format!("{}<={threshold}:{left}:{right}", dense_name(*feature as usize)),
                    Node::Leaf(v) => format!("={v:.5}"),
                })
                .collect();
            out.push_str(&format!("tree\t{lang}\t{class}\t{}\n", nodes.join(" ")));
        }
    }

    /// A forest from its `boost` line's fields after the language: blend and
    /// starting scores.
    pub(crate) fn parse_head(fields: &[&str]) -> Result<Forest, String> {
        if fields.len() != 4 {
            return Err(format!(
                "a boost line holds a language, a blend and three scores; found {} fields after the kind",
                fields.len() + 1
            ));
        }
        let num = |s: &str| s.parse::<f32>().map_err(|_| format!("{s:?} is not a number"));
        let blend = num(fields[0])?;
        if !(0.0..=1.0).contains(&blend) {
            return Err(format!("the blend {blend} is not between 0 and 1"));
        }
        Ok(Forest {
            blend,
            base: [num(fields[1])?, num(fields[2])?, num(fields[3])?],
            trees: Vec::new(),
        })
    }

    /// Adds a tree from its `tree` line's fields after the language: class
    /// and nodes.
    pub(crate) fn parse_tree(&mut self, fields: &[&str]) -> Result<(), String> {
        let [class, nodes] = fields else {
            return Err("a tree line holds a language, a class and its nodes".into());
        };
        let class: u8 = class
            .parse()
            .ok()
            .filter(|&c| c < 3)
            .ok_or_else(|| format!("{class:?} is not a class (0, 1 or 2)"))?;
        let tokens: Vec<&str> = nodes.split(' ').filter(|t| !t.is_empty()).collect();
        let n = tokens.len() as u32;
        let mut tree = Tree { nodes: Vec::new() };
        for (i, token) in tokens.iter().enumerate() {
            let bad =
                || format!("node {i} {token:?} is neither `=value` nor `feature<=threshold:left:right`");
            if let Some(v) = token.strip_prefix('=') {
                tree.nodes.push(Node::Leaf(v.parse().map_err(|_| bad())?));
                continue;
            }
            let (name, rest) = token.split_once("<=").ok_or_else(bad)?;
            let feature = dense_index(name).ok_or_else(|| format!("unknown dense feature {name:?}"))?;
            let mut parts = rest.split(':');
            let mut next = || parts.next().ok_or_else(bad);
            let threshold: f32 = next()?.parse().map_err(|_| bad())?;
            let left: u32 = next()?.parse().map_err(|_| bad())?;
            let right: u32 = next()?.parse().map_err(|_| bad())?;
            // Children come after their parent, so every walk ends.
            if left <= i as u32 || right <= i as u32 || left >= n || right >= n {
                return Err(format!("node {i} points outside the tree or backwards"));
            }
            tree.nodes.push(Node::Split {
                feature: feature as u16,
                threshold,
                left,
                right,
            });
        }
        if tree.nodes.is_empty() {
            return Err("a tree without nodes".into());
        }
        self.trees.push((class, tree));
        Ok(())
    }
}

/// The judge's probabilities: the linear model's `p` and the trees' `q`,
/// the trees weighing `share`.
pub(crate) fn mix(share: f32, p: [f32; 3], q: [f32; 3]) -> [f32; 3] {
    std::array::from_fn(|k| (1.0 - share) * p[k] + share * q[k])
}

fn dense_name(f: usize) -> &'static str {
    FEATURE_NAMES
        .iter()
        .chain(EXTRA_NAMES.iter())
        .nth(f)
        .copied()
        .unwrap_or("?")
}

/// Options of [`fit`].
#[derive(Clone, Debug)]
pub struct BoostOptions {
    /// Boosting rounds (each adds one tree per class); 0 trains no forest.
    pub rounds: usize,
    /// The most leaves of a tree.
    pub leaves: usize,
    /// The step: each tree's leaf values are scaled by it.
    pub rate: f32,
    /// The L2 penalty on leaf values.
    pub l2: f32,
    /// The fewest training pairs in a leaf.
    pub min_leaf: usize,
    /// The share of the forest in the judge's probabilities.
    pub blend: f32,
}

impl Default for BoostOptions {
    fn default() -> BoostOptions {
        BoostOptions {
            rounds: 100,
            leaves: 7,
            rate: 0.1,
            l2: 1.0,
            min_leaf: 20,
            blend: 0.5,
        }
    }
}

/// The most bins of a feature's values.
const MAX_BINS: usize = 64;

/// A feature's split points: a value goes to the bin of the first point not
/// below it.
fn thresholds(values: &mut Vec<f32>) -> Vec<f32> {
    values.sort_by(f32::total_cmp);
    values.dedup();
    if values.len() <= 1 {
        return Vec::new();
    }
    let mids: Vec<f32> = values.windows(2).map(|w| (w[0] + w[1]) / 2.0).collect();
    if mids.len() < MAX_BINS {
        return mids;
    }
    // Many distinct values: evenly spaced among them.
    let step = mids.len() as f32 / MAX_BINS as f32;
    let mut t: Vec<f32> = (0..MAX_BINS).map(|i| mids[(i as f32 * step) as usize]).collect();
    t.dedup();
    t
}

/// A leaf being grown: its pairs and the best split found for it.
struct Grow {
    node: usize,
    rows: Vec<u32>,
    g: f64,
    h: f64,
    best: Option<(f64, usize, usize)>,
}

/// Trains a forest on dense feature vectors with gold classes and weights.
/// Deterministic: no sampling.
pub(crate) fn fit(xs: &[[f32; N_DENSE]], gold: &[usize], weight: &[f32], options: &BoostOptions) -> Forest {
    let n = xs.len();
    // Bin every feature once.
    let cuts: Vec<Vec<f32>> = (0..N_DENSE)
        .map(|f| thresholds(&mut xs.iter().map(|x| x[f]).collect()))
        .collect();
    let bins: Vec<Vec<u8>> = (0..N_DENSE)
        .map(|f| {
            xs.iter()
                .map(|x| cuts[f].partition_point(|&t| t < x[f]) as u8)
                .collect()
        })
        .collect();
    // Starting scores: the weighted log priors.
    let mut prior = [1e-3f64; 3];
    for (&c, &w) in gold.iter().zip(weight) {
        prior[c] += f64::from(w);
    }
    let total: f64 = prior.iter().sum();
    let logs = prior.map(|p| (p / total).ln());
    let mean = logs.iter().sum::<f64>() / 3.0;
    let base = logs.map(|l| (l - mean) as f32);
    let mut forest = Forest {
        blend: options.blend,
        base,
        trees: Vec::new(),
    };
    let mut scores: Vec<[f32; 3]> = vec![base; n];
    let lambda = f64::from(options.l2);
    let mut g = vec![0f64; n];
    let mut h = vec![0f64; n];
    for _ in 0..options.rounds {
        let probs: Vec<[f32; 3]> = scores.iter().map(|&s| softmax(s)).collect();
        for class in 0..3 {
            for i in 0..n {
                let p = f64::from(probs[i][class]);
                let w = f64::from(weight[i]);
                g[i] = w * (p - f64::from(u8::from(gold[i] == class)));
                h[i] = (w * p * (1.0 - p)).max(1e-9);
            }
            let round = Round {
                bins: &bins,
                cuts: &cuts,
                g: &g,
                h: &h,
                lambda,
                options,
            };
            let tree = round.grow();
            for (i, s) in scores.iter_mut().enumerate() {
                s[class] += tree.eval(&xs[i]);
            }
            forest.trees.push((class as u8, tree));
        }
    }
    forest
}

/// What one tree is grown from: the binned features, the gradients and
/// hessians of one class's scores, and the options.
struct Round<'a> {
    bins: &'a [Vec<u8>],
    cuts: &'a [Vec<f32>],
    g: &'a [f64],
    h: &'a [f64],
    lambda: f64,
    options: &'a BoostOptions,
}

impl Round<'_> {
    /// Grows one tree best leaf first.
    fn grow(&self) -> Tree {
        let leaf_value = |gs: f64, hs: f64| (-gs / (hs + self.lambda) * f64::from(self.options.rate)) as f32;
        let rows: Vec<u32> = (0..self.g.len() as u32).collect();
        let mut tree = Tree {
            nodes: vec![Node::Leaf(0.0)],
        };
        let mut open = vec![self.leaf(0, rows)];
        let mut leaves = 1;
        while leaves < self.options.leaves.max(1) {
            // The open leaf whose best split gains most.
            let Some(at) = (0..open.len())
                .filter(|&i| open[i].best.is_some())
                .max_by(|&x, &y| {
                    let gx = open[x].best.map_or(0.0, |b| b.0);
                    let gy = open[y].best.map_or(0.0, |b| b.0);
                    gx.total_cmp(&gy).then(y.cmp(&x))
                })
            else {
                break;
            };
            let leaf = open.swap_remove(at);
            let (_, feature, bin) = leaf.best.expect("filtered on a best split");
            let (left_rows, right_rows): (Vec<u32>, Vec<u32>) = leaf
                .rows
                .iter()
                .partition(|&&r| (self.bins[feature][r as usize] as usize) <= bin);
            let (left, right) = (tree.nodes.len(), tree.nodes.len() + 1);
            tree.nodes[leaf.node] = Node::Split {
                feature: feature as u16,
                threshold: self.cuts[feature][bin],
                left: left as u32,
                right: right as u32,
            };
            tree.nodes.push(Node::Leaf(0.0));
            tree.nodes.push(Node::Leaf(0.0));
            open.push(self.leaf(left, left_rows));
            open.push(self.leaf(right, right_rows));
            leaves += 1;
        }
        for leaf in &open {
            tree.nodes[leaf.node] = Node::Leaf(leaf_value(leaf.g, leaf.h));
        }
        tree
    }

    /// A leaf of `rows` with its sums and best split.
    fn leaf(&self, node: usize, rows: Vec<u32>) -> Grow {
        let (g, h, lambda, options) = (self.g, self.h, self.lambda, self.options);
        let (bins, cuts) = (self.bins, self.cuts);
        let gs: f64 = rows.iter().map(|&r| g[r as usize]).sum();
        let hs: f64 = rows.iter().map(|&r| h[r as usize]).sum();
        let parent = gs * gs / (hs + lambda);
        let mut best: Option<(f64, usize, usize)> = None;
        if rows.len() >= 2 * options.min_leaf {
            let mut hist = vec![(0f64, 0f64, 0usize); MAX_BINS + 1];
            for (f, cut) in cuts.iter().enumerate() {
                if cut.is_empty() {
                    continue;
                }
                hist[..=cut.len()].fill((0.0, 0.0, 0));
                for &r in &rows {
                    let b = &mut hist[bins[f][r as usize] as usize];
                    b.0 += g[r as usize];
                    b.1 += h[r as usize];
                    b.2 += 1;
                }
                let (mut gl, mut hl, mut nl) = (0f64, 0f64, 0usize);
                for (bin, &(gb, hb, nb)) in hist[..cut.len()].iter().enumerate() {
                    gl += gb;
                    hl += hb;
                    nl += nb;
                    let nr = rows.len() - nl;
                    if nl < options.min_leaf || nr < options.min_leaf {
                        continue;
                    }
                    let (gr, hr) = (gs - gl, hs - hl);
                    let gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                    if gain > 1e-9 && best.is_none_or(|b| gain > b.0) {
                        best = Some((gain, f, bin));
                    }
                }
            }
        }
        Grow {
            node,
            rows,
            g: gs,
            h: hs,
            best,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pairs whose class depends on two features together: class 0 when
    /// both are high, class 1 when exactly one is, class 2 otherwise.
    fn xor_data() -> (Vec<[f32; N_DENSE]>, Vec<usize>) {
        let mut xs = Vec::new();
        let mut gold = Vec::new();
        for i in 0..400 {
            let mut x = [0f32; N_DENSE];
            x[3] = (i % 20) as f32 / 20.0;
            x[7] = ((i / 20) % 20) as f32 / 20.0;
            let (a, b) = (x[3] > 0.5, x[7] > 0.5);
            gold.push(match (a, b) {
                (true, true) => 0,
                (true, false) | (false, true) => 1,
                _ => 2,
            });
            xs.push(x);
        }
        (xs, gold)
    }

    #[test]
    fn a_forest_learns_an_interaction_of_two_features() {
        let (xs, gold) = xor_data();
        let forest = fit(&xs, &gold, &vec![1.0; xs.len()], &BoostOptions::default());
        let right = xs
            .iter()
            .zip(&gold)
            .filter(|(x, g)| crate::link::model::argmax(forest.probabilities(x)) == **g)
            .count();
        assert!(right as f32 / xs.len() as f32 > 0.95, "{right} of {}", xs.len());
    }

    #[test]
    fn the_paths_name_the_features_the_trees_read() {
        let (xs, gold) = xor_data();
        let forest = fit(&xs, &gold, &vec![1.0; xs.len()], &BoostOptions::default());
        let read = forest.path_features(&xs[0], 0, 2);
        let mut names = read.clone();
        names.sort_unstable();
        let mut want = [dense_name(3), dense_name(7)];
        want.sort_unstable();
        assert_eq!(names, want, "{read:?}");
    }

    #[test]
    fn a_written_forest_reads_back_the_same() {
        let (xs, gold) = xor_data();
        let options = BoostOptions {
            rounds: 5,
            ..BoostOptions::default()
        };
        let forest = fit(&xs, &gold, &vec![1.0; xs.len()], &options);
        let mut text = String::new();
        forest.write("ar", &mut text);
        let mut lines = text.lines().map(|l| l.split('\t').collect::<Vec<_>>());
        let head = lines.next().unwrap();
        assert_eq!(head[..2], ["boost", "ar"]);
        let mut back = Forest::parse_head(&head[2..]).unwrap();
        for line in lines {
            assert_eq!(line[..2], ["tree", "ar"]);
            back.parse_tree(&line[2..]).unwrap();
        }
        assert_eq!(back.trees.len(), 15);
        for x in &xs {
            let (p, q) = (forest.probabilities(x), back.probabilities(x));
            assert!((0..3).all(|k| (p[k] - q[k]).abs() < 1e-3), "{p:?} vs {q:?}");
        }
    }

    #[test]
    fn bad_tree_lines_are_refused_with_the_reason() {
        let mut f = Forest::parse_head(&["0.5", "0", "0", "0"]).unwrap();
        let err = f.parse_tree(&["1", "overlap<=0.5:0:2 =1 =2"]).unwrap_err();
        assert!(err.contains("backwards"), "{err}");
        let err = f.parse_tree(&["1", "nonsense<=0.5:1:2 =1 =2"]).unwrap_err();
        assert!(err.contains("unknown dense feature"), "{err}");
        let err = f.parse_tree(&["4", "=1"]).unwrap_err();
        assert!(err.contains("not a class"), "{err}");
        assert!(Forest::parse_head(&["1.5", "0", "0", "0"]).is_err());
        assert!(f.parse_tree(&["1", "overlap<=0.5:1:2 =1 =2"]).is_ok());
    }
}
