//! Replays the fuzz corpora and every saved fuzz crash (`fuzz/corpus/TARGET/`,
//! `fuzz/regressions/TARGET/`) on the stable toolchain, with the same checks as
//! the fuzz targets, so a crash once found stays fixed.

use std::path::{Path, PathBuf};

use claimgraph::pairs::read_pairs;
use claimgraph::{AliasTable, Article, Config, Lang, extract};

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_file() {
                let bytes = std::fs::read(&path).expect("readable fuzz input");
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn extract_corpus_replays_cleanly() {
    let config = Config::default();
    let inputs = inputs("extract");
    assert!(!inputs.is_empty(), "the extract fuzz corpus is missing");
    for (path, bytes) in inputs {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        for lang in Lang::ALL {
            let article = Article::new("fuzz", text).with_lang(lang);
            for claim in extract(&article, &config).claims {
                assert_eq!(
                    text.get(claim.span.start..claim.span.end),
                    Some(claim.text.as_str()),
                    "{}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn alias_corpus_replays_cleanly() {
    let inputs = inputs("aliases");
    assert!(!inputs.is_empty(), "the aliases fuzz corpus is missing");
    for (path, bytes) in inputs {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        match AliasTable::parse("fuzz.toml", text) {
            Ok(table) => {
                let _ = table.resolve(text, Lang::detect(text));
            }
            Err(e) => assert!(e.to_string().starts_with("fuzz.toml"), "{}: {e}", path.display()),
        }
    }
}

#[test]
fn pairs_corpus_replays_cleanly() {
    let inputs = inputs("pairs");
    assert!(!inputs.is_empty(), "the pairs fuzz corpus is missing");
    for (path, bytes) in inputs {
        match read_pairs("fuzz.csv", &bytes) {
            Ok(pairs) => assert!(pairs.iter().all(|p| p.line >= 2), "{}", path.display()),
            Err(e) => assert!(e.to_string().starts_with("fuzz.csv"), "{}: {e}", path.display()),
        }
    }
}
