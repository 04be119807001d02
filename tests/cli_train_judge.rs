//! `claimgraph train-judge`, run as a user runs it: it writes a weight table
//! that the library loads in place of the built-in one, the same table for the
//! same data, and names a bad file on failure.

use std::path::PathBuf;
use std::process::{Command, Output};

use claimgraph::Config;
use claimgraph::link::{Relation, judge_sentences};

fn dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimgraph-cli-train-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(args)
        .output()
        .unwrap()
}

/// Scene pairs: another animal in the same scene is a different event.
fn training_csv() -> String {
    let mut text = String::from("s1,s2,label\n");
    let places = ["park", "garden", "street", "field", "beach", "yard"];
    for place in places {
        text.push_str(&format!(
            "A dog is running in the {place},A cat is running in the {place},neutral\n\
             A dog is running in the {place},A dog is running fast in the {place},entailment\n\
             A dog is running in the {place},No dog is running in the {place},contradiction\n"
        ));
    }
    text
}

#[test]
fn trains_a_table_the_library_loads() {
    let dir = dir();
    let data = dir.join("pairs.csv");
    std::fs::write(&data, training_csv()).unwrap();
    let lexicons = dir.join("lexicons");
    std::fs::create_dir_all(&lexicons).unwrap();
    let out_path = lexicons.join("judge_model.txt");
    let args = [
        "train-judge",
        "--pairs",
        data.to_str().unwrap(),
        "--out",
        out_path.to_str().unwrap(),
    ];
    let out = run(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = std::fs::read_to_string(&out_path).unwrap();
    assert!(table.lines().any(|l| l.starts_with("cross\t")), "{table}");
    // The same data gives the same table.
    assert!(run(&args).status.success());
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), table);

    let mut config = Config::default().with_lexicon_dir(&lexicons).unwrap();
    config.link.trained_judge = true;
    let v = judge_sentences(
        "A dog is running in the meadow",
        "A cat is running in the meadow",
        &config,
    );
    assert_eq!(v.relation, Relation::Unrelated, "{v:?}");
}

#[test]
fn a_bad_label_names_file_and_line() {
    let dir = dir();
    let data = dir.join("bad.csv");
    std::fs::write(&data, "s1,s2,label\na,b,agree\nc,d,maybe\n").unwrap();
    let out = run(&[
        "train-judge",
        "--pairs",
        data.to_str().unwrap(),
        "--out",
        dir.join("never.txt").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.csv:3") && err.contains("maybe"), "{err}");
    assert!(!dir.join("never.txt").exists());
}

#[test]
fn feature_families_follow_the_options() {
    let dir = dir();
    let data = dir.join("side.csv");
    std::fs::write(&data, training_csv()).unwrap();
    let train = |name: &str, extra: &[&str]| {
        let path = dir.join(name);
        let mut args = vec![
            "train-judge",
            "--pairs",
            data.to_str().unwrap(),
            "--out",
            path.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let out = run(&args);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        std::fs::read_to_string(&path).unwrap()
    };
    let has = |table: &str, kind: &str| table.lines().any(|l| l.starts_with(kind));
    let default = train("default.txt", &[]);
    assert!(has(&default, "add\t") && has(&default, "bin\t"), "{default}");
    assert!(!has(&default, "gram\t") && !has(&default, "bin2\t"), "{default}");
    let plain = train("plain.txt", &["--no-side", "--no-bins"]);
    assert!(
        !has(&plain, "add\t") && !has(&plain, "drop\t") && !has(&plain, "bin\t"),
        "{plain}"
    );
    let rich = train("rich.txt", &["--grams", "--bin-pairs", "--roots"]);
    assert!(
        has(&rich, "gram\t") && has(&rich, "bin2\t") && has(&rich, "rcross\t"),
        "{rich}"
    );
}
