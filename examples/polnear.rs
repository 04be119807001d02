//! Scores English attribution against the PolNeAR corpus (BRAT standoff).
//!
//! ```text
//! cargo run --release --example polnear -- --split dev [--dir PATH] [--limit N] [--verbose]
//! ```
//!
//! Reads `<dir>/<split>/text/*.txt` and, for each, the first (in sorted order)
//! `<dir>/<split>/attributions/<stem>_*.ann`. Runs extraction (English, no
//! narrator claims) and matches the predicted claims to the gold attribution
//! relations:
//!
//! - A gold relation's content is the span covering all its Content pieces
//!   (PolNeAR contents may be discontinuous, around the cue and source). Its
//!   source is likewise the span covering its Source pieces, when it has one.
//! - The claims cut from one attribution (one statement each, sharing its cue
//!   and speaker) are scored as that attribution: their contents joined.
//! - A predicted claim "finds" a gold relation when their contents share at least
//!   0.3 of their union (in bytes). Matching is greedy and one-to-one, best
//!   overlap first.
//! - Among the matched pairs whose gold relation names a source, the speaker is
//!   right when the claim's speaker span overlaps the gold source. Gold
//!   relations without a source are left out of that ratio.
//!
//! Prints one JSON line with the totals; `--verbose` also prints every miss
//! and every false positive (and every hit). The data directory defaults to the environment
//! variable `CLAIMGRAPH_EVAL`, then `../shared/eval/polnear` and
//! `/work/shared/eval/polnear`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimgraph::{Article, ClaimKind, Config, Lang, Span, extract};

/// One gold attribution relation, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Gold {
    content: Span,
    source: Option<Span>,
    cue: Option<Span>,
}

/// One predicted attribution, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Predicted {
    content: Span,
    speaker: Option<Span>,
    cue: Option<Span>,
}

/// Converts character offsets into byte offsets of `text`.
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut map: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    map.push(text.len());
    map
}

/// Parses a BRAT span list "12 20;25 30" into the covering byte span.
fn parse_offsets(field: &str, map: &[usize]) -> Option<Span> {
    let mut cover: Option<Span> = None;
    for piece in field.split(';') {
        let mut it = piece.split_whitespace();
        let start: usize = it.next()?.parse().ok()?;
        let end: usize = it.next()?.parse().ok()?;
        let span = Span::new(*map.get(start)?, *map.get(end)?);
        cover = Some(cover.map_or(span, |c| c.cover(span)));
    }
    cover
}

/// Reads the attribution relations of one BRAT file against its text.
fn parse_ann(ann: &str, text: &str) -> Vec<Gold> {
    let map = char_to_byte(text);
    let mut spans: BTreeMap<&str, Span> = BTreeMap::new();
    let mut relations = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_kind, offsets)) = body.split_once(' ') else {
                continue;
            };
            if let Some(span) = parse_offsets(offsets, &map) {
                spans.insert(id, span);
            }
        } else if id.starts_with('E') {
            relations.push(body);
        }
    }
    let mut out = Vec::new();
    for body in relations {
        let mut content = None;
        let mut source = None;
        let mut cue = None;
        for arg in body.split_whitespace() {
            let Some((role, target)) = arg.split_once(':') else {
                continue;
            };
            let span = spans.get(target).copied();
            match role {
                "Content" => content = span,
                "Source" => source = span,
                "Cue" => cue = span,
                _ => {}
            }
        }
        if let Some(content) = content {
            out.push(Gold { content, source, cue });
        }
    }
    out
}

/// The share of the union of `a` and `b` that they have in common.
fn overlap(a: Span, b: Span) -> f64 {
    let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let union = a.end.max(b.end) - a.start.min(b.start);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Greedy one-to-one matching, best overlap first: pairs of (gold, predicted).
fn match_claims(gold: &[Gold], pred: &[Predicted]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (g, gold) in gold.iter().enumerate() {
        for (p, pred) in pred.iter().enumerate() {
            let score = overlap(gold.content, pred.content);
            if score >= 0.3 {
                pairs.push((score, g, p));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    let mut out = Vec::new();
    for (_, g, p) in pairs {
        if !gold_used[g] && !pred_used[p] {
            gold_used[g] = true;
            pred_used[p] = true;
            out.push((g, p));
        }
    }
    out.sort_unstable();
    out
}

/// Counts for one or many articles.
#[derive(Default, Debug, PartialEq, Eq)]
struct Score {
    gold: usize,
    predicted: usize,
    matched: usize,
    speaker_checked: usize,
    speaker_right: usize,
}

impl Score {
    fn add(&mut self, gold: &[Gold], pred: &[Predicted], pairs: &[(usize, usize)]) {
        self.gold += gold.len();
        self.predicted += pred.len();
        self.matched += pairs.len();
        for &(g, p) in pairs {
            if let Some(source) = gold[g].source {
                self.speaker_checked += 1;
                if pred[p].speaker.is_some_and(|s| s.overlaps(source)) {
                    self.speaker_right += 1;
                }
            }
        }
    }

    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 { 0.0 } else { a as f64 / b as f64 }
    }

    fn json(&self, split: &str, articles: usize) -> String {
        let p = Score::ratio(self.matched, self.predicted);
        let r = Score::ratio(self.matched, self.gold);
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        let s = Score::ratio(self.speaker_right, self.speaker_checked);
        format!(
            "{{\"split\":{split:?},\"articles\":{articles},\"gold\":{},\"predicted\":{},\"matched\":{},\"precision\":{p:.4},\"recall\":{r:.4},\"f1\":{f:.4},\"speaker_accuracy\":{s:.4}}}",
            self.gold, self.predicted, self.matched
        )
    }
}

struct Options {
    split: String,
    dir: Option<PathBuf>,
    limit: Option<usize>,
    verbose: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        split: "dev".to_string(),
        dir: None,
        limit: None,
        verbose: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--split" => options.split = args.next().ok_or("--split needs a value")?,
            "--dir" => options.dir = Some(PathBuf::from(args.next().ok_or("--dir needs a value")?)),
            "--limit" => {
                let n = args.next().ok_or("--limit needs a value")?;
                options.limit = Some(n.parse().map_err(|_| format!("bad --limit {n:?}"))?);
            }
            "--verbose" => options.verbose = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(options)
}

fn default_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("CLAIMGRAPH_EVAL") {
        return Some(PathBuf::from(dir));
    }
    let crate_root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        crate_root.join("../shared/eval/polnear"),
        PathBuf::from("/work/shared/eval/polnear"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}

fn snippet(text: &str, span: Span) -> String {
    let s = span.slice(text).replace('\n', " ");
    if s.chars().count() > 140 {
        let head: String = s.chars().take(140).collect();
        format!("{head}…")
    } else {
        s
    }
}

fn run(options: &Options) -> Result<(), String> {
    let dir = options
        .dir
        .clone()
        .or_else(default_dir)
        .ok_or("no PolNeAR directory: pass --dir or set CLAIMGRAPH_EVAL")?;
    let split = dir.join(&options.split);
    let mut texts: Vec<PathBuf> = std::fs::read_dir(split.join("text"))
        .map_err(|e| format!("{}: {e}", split.join("text").display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    let mut anns: Vec<PathBuf> = std::fs::read_dir(split.join("attributions"))
        .map_err(|e| format!("{}: {e}", split.join("attributions").display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    if let Some(limit) = options.limit {
        texts.truncate(limit);
    }
    let mut config = Config::default();
    config.narrator_claims = false;
    let mut score = Score::default();
    let mut articles = 0;
    for path in &texts {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let prefix = format!("{stem}_");
        let Some(ann_path) = anns.iter().find(|a| {
            a.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix) && !n[prefix.len()..].contains('_'))
        }) else {
            eprintln!("no annotation for {}", path.display());
            continue;
        };
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let ann = std::fs::read_to_string(ann_path).map_err(|e| format!("{}: {e}", ann_path.display()))?;
        let gold = parse_ann(&ann, &text);
        let article = Article::new(stem, text.as_str()).with_lang(Lang::En);
        let extraction = extract(&article, &config);
        let mut pred: Vec<Predicted> = Vec::new();
        for c in extraction.claims.iter().filter(|c| c.kind != ClaimKind::Narrator) {
            let p = Predicted {
                content: c.span,
                speaker: c.speaker.as_ref().map(|s| s.span),
                cue: c.cue.as_ref().map(|q| q.span),
            };
            // The statements cut from one attribution share its cue: they are
            // scored as that attribution, their contents joined.
            match pred
                .iter_mut()
                .find(|q| p.cue.is_some() && q.cue == p.cue && q.speaker == p.speaker)
            {
                Some(q) => q.content = q.content.cover(p.content),
                None => pred.push(p),
            }
        }
        let pairs = match_claims(&gold, &pred);
        score.add(&gold, &pred, &pairs);
        articles += 1;
        if options.verbose {
            let show = |s: Option<Span>| s.map(|s| snippet(&text, s)).unwrap_or_else(|| "-".into());
            for (g, gold) in gold.iter().enumerate() {
                if let Some(&(_, p)) = pairs.iter().find(|(gg, _)| *gg == g) {
                    let right = gold
                        .source
                        .is_none_or(|s| pred[p].speaker.is_some_and(|x| x.overlaps(s)));
                    println!(
                        "HIT\t{stem}\tcue={:?}\tspeaker={:?}\tcontent={:?}",
                        show(pred[p].cue),
                        show(pred[p].speaker),
                        snippet(&text, pred[p].content)
                    );
                    if !right {
                        println!(
                            "SPEAKER\t{stem}\tgold={:?}\tpred={:?}\tcue={:?}",
                            show(gold.source),
                            show(pred[p].speaker),
                            show(pred[p].cue)
                        );
                    }
                    continue;
                }
                let same_cue = gold
                    .cue
                    .and_then(|g| pred.iter().find(|p| p.cue.is_some_and(|c| c.overlaps(g))));
                println!(
                    "MISS\t{stem}\tcue={:?}\tsource={:?}\tcontent={:?}\tcue_found={}\tpredicted={:?}",
                    show(gold.cue),
                    show(gold.source),
                    snippet(&text, gold.content),
                    same_cue.is_some(),
                    same_cue.map(|p| snippet(&text, p.content)).unwrap_or_default()
                );
            }
            for (p, pred) in pred.iter().enumerate() {
                if pairs.iter().any(|(_, pp)| *pp == p) {
                    continue;
                }
                println!(
                    "FALSE\t{stem}\tcue={:?}\tspeaker={:?}\tcontent={:?}",
                    show(pred.cue),
                    show(pred.speaker),
                    snippet(&text, pred.content)
                );
            }
        }
    }
    println!("{}", score.json(&options.split, articles));
    Ok(())
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("polnear: {e}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("polnear: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brat_offsets_are_characters_and_pieces_are_covered() {
        let text = "Né said “yes” and then “no”.";
        let ann = "T1\tSource 0 2\tNé\nT2\tCue 3 7\tsaid\nT3\tContent 8 13;23 27\t“yes” “no”\n\
                   T4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n\
                   T5\tContent 0 4\tNé s\nT6\tCue 5 6\ta\nE2\tAttribution-no-source:T6 Content:T5 Cue:T6\n";
        let gold = parse_ann(ann, text);
        assert_eq!(gold.len(), 2);
        assert_eq!(gold[0].source.unwrap().slice(text), "Né");
        assert_eq!(gold[0].cue.unwrap().slice(text), "said");
        assert_eq!(gold[0].content.slice(text), "“yes” and then “no”");
        assert_eq!(gold[1].source, None);
        assert_eq!(gold[1].content.slice(text), "Né s");
    }

    #[test]
    fn matching_is_one_to_one_and_needs_enough_overlap() {
        let gold = vec![
            Gold {
                content: Span::new(0, 10),
                source: Some(Span::new(20, 25)),
                cue: None,
            },
            Gold {
                content: Span::new(30, 40),
                source: None,
                cue: None,
            },
        ];
        let pred = vec![
            Predicted {
                content: Span::new(0, 9),
                speaker: Some(Span::new(22, 24)),
                cue: None,
            },
            Predicted {
                content: Span::new(1, 10),
                speaker: None,
                cue: None,
            },
            Predicted {
                content: Span::new(38, 60),
                speaker: None,
                cue: None,
            },
        ];
        let pairs = match_claims(&gold, &pred);
        assert_eq!(pairs, vec![(0, 0)]);
        let mut score = Score::default();
        score.add(&gold, &pred, &pairs);
        assert_eq!(
            score,
            Score {
                gold: 2,
                predicted: 3,
                matched: 1,
                speaker_checked: 1,
                speaker_right: 1
            }
        );
        assert!(score.json("dev", 1).contains("\"recall\":0.5000"));
    }
}
