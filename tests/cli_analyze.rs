//! `claimgraph analyze`: formats, exit statuses, and bad files among good ones.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimgraph"))
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimgraph-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn good_pair(dir: &Path) -> (PathBuf, PathBuf) {
    (
        write(
            dir,
            "iraq.txt",
            "قالت بغداد إن المحادثات تتضمن انسحاب القوات الأجنبية من البلاد.".as_bytes(),
        ),
        write(
            dir,
            "pentagon.txt",
            "قال البنتاغون إن المحادثات لا تتضمن انسحاب القوات الأجنبية من البلاد.".as_bytes(),
        ),
    )
}

fn run(cmd: &mut Command) -> (Output, String, String) {
    let output = cmd.output().expect("the binary runs");
    let stdout = String::from_utf8(output.stdout.clone()).expect("UTF-8 output");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output, stdout, stderr)
}

#[test]
fn json_has_the_schema_fields() {
    let dir = scratch("json");
    let (a, b) = good_pair(&dir);
    let (output, stdout, stderr) = run(bin().args(["analyze", "--format", "json"]).arg(&a).arg(&b));
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(json["schema"], "claimgraph/1");
    let articles = json["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    for field in ["id", "path", "lang", "published"] {
        assert!(articles[0].get(field).is_some(), "article field {field}");
    }
    assert_eq!(articles[0]["id"], "iraq");
    let claims = json["claims"].as_array().unwrap();
    assert!(claims.len() >= 2);
    for (i, claim) in claims.iter().enumerate() {
        assert_eq!(claim["id"], format!("c{i}"));
        for field in [
            "article",
            "span",
            "text",
            "speaker",
            "cue",
            "kind",
            "polarity",
            "modality",
            "quantities",
            "time",
        ] {
            assert!(claim.get(field).is_some(), "claim field {field}");
        }
        assert_eq!(claim["span"].as_array().unwrap().len(), 2);
    }
    let speaker = &claims[0]["speaker"];
    for field in ["text", "span", "canonical", "camp"] {
        assert!(speaker.get(field).is_some(), "speaker field {field}");
    }
    let links = json["links"].as_array().unwrap();
    assert!(!links.is_empty(), "{stdout}");
    for field in ["a", "b", "relation", "score", "reasons"] {
        assert!(links[0].get(field).is_some(), "link field {field}");
    }
    assert_eq!(links[0]["relation"], "contradicts");
    assert!(links[0]["reasons"][0].get("kind").is_some());
    assert!(links[0]["reasons"][0].get("detail").is_some());
    assert!(json["disputes"].is_array() && json["clusters"].is_array() && json["agreement"].is_array());
}

#[test]
fn a_bad_file_is_named_and_the_good_ones_are_still_written() {
    let dir = scratch("bad");
    let (a, b) = good_pair(&dir);
    let bad = write(&dir, "broken.txt", b"ok \xff\xfe not utf-8");
    let missing = dir.join("missing.txt");
    let (output, stdout, stderr) = run(bin()
        .args(["analyze", "--format", "json"])
        .arg(&a)
        .arg(&bad)
        .arg(&missing)
        .arg(&b));
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("broken.txt"), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert_eq!(stderr.lines().count(), 2, "one line per bad file: {stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("the good files are written");
    let ids: Vec<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["iraq", "pentagon"]);
    assert!(!json["links"].as_array().unwrap().is_empty());
}

#[test]
fn every_format_writes_and_text_groups_disputes() {
    let dir = scratch("formats");
    let (a, b) = good_pair(&dir);
    let (output, text, _) = run(bin().arg("analyze").arg(&a).arg(&b));
    assert_eq!(output.status.code(), Some(0));
    assert!(text.contains("Disputes (1)"), "{text}");
    assert!(text.contains("Iraqi government  vs  US government"), "{text}");
    let (output, dot, _) = run(bin().args(["analyze", "--format", "dot"]).arg(&a).arg(&b));
    assert_eq!(output.status.code(), Some(0));
    assert!(
        dot.starts_with("graph claimgraph {") && dot.contains("color=red"),
        "{dot}"
    );
    let (output, xml, _) = run(bin().args(["analyze", "--format", "graphml"]).arg(&a).arg(&b));
    assert_eq!(output.status.code(), Some(0));
    assert!(
        xml.starts_with("<?xml") && xml.contains("<edge id=\"e0\""),
        "{xml}"
    );
}

#[test]
fn bad_usage_exits_2_and_bad_aliases_exit_1() {
    let dir = scratch("usage");
    let (a, _) = good_pair(&dir);
    let (output, _, _) = run(bin().args(["analyze", "--format", "svg"]).arg(&a));
    assert_eq!(output.status.code(), Some(2));
    let (output, _, _) = run(bin().arg("analyze"));
    assert_eq!(output.status.code(), Some(2), "no files is bad usage");
    let (output, _, _) = run(&mut bin());
    assert_eq!(output.status.code(), Some(2));
    let aliases = write(&dir, "aliases.toml", b"[[actor]\n");
    let (output, _, stderr) = run(bin().args(["analyze", "--aliases"]).arg(&aliases).arg(&a));
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("aliases.toml"), "{stderr}");
}

#[test]
fn the_same_input_gives_the_same_output() {
    let dir = scratch("same");
    let (a, b) = good_pair(&dir);
    let (_, first, _) = run(bin().args(["analyze", "--format", "json"]).arg(&a).arg(&b));
    let (_, second, _) = run(bin().args(["analyze", "--format", "json"]).arg(&a).arg(&b));
    assert_eq!(first, second);
}
