//! `claimgraph judge --pairs FILE`, run as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn write(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimgraph-cli-judge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn judge(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn judges_rows_in_input_order() {
    let path = write(
        "pairs.csv",
        "s1,s2,label\n\
         \"Oil prices rose on Monday, traders said.\",\"Oil prices fell on Monday.\",x\n\
         \"The central bank raised interest rates.\",\"The football club signed a new striker.\",y\n\
         \"المحادثات تشمل انسحاب القوات\",\"المحادثات لا تشمل انسحاب القوات\",z\n\
         \"The government announced new talks with the rebels.\",\"The government announced a new round of talks with the rebels.\",w\n",
    );
    let out = judge(&["judge", "--pairs", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "relation,score");
    let relations: Vec<&str> = lines[1..].iter().map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(
        relations,
        ["contradicts", "unrelated", "contradicts", "corroborates"]
    );
    for line in &lines[1..] {
        let score: f32 = line.split(',').nth(1).unwrap().parse().unwrap();
        assert!((0.0..=1.0).contains(&score), "{line}");
    }
}

#[test]
fn quoted_commas_and_newlines_stay_in_their_field() {
    let path = write(
        "quoted.csv",
        "s1,s2\n\"Prices rose, \"\"sharply\"\",\nin Asia.\",\"Prices fell in Asia.\"\n",
    );
    let out = judge(&["judge", "--pairs", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 2);
}

#[test]
fn bad_input_names_the_file_and_line() {
    let cases = [
        ("short.csv", "s1,s2\n\"one\",\"two\"\nonly one field\n", ":3:"),
        ("header.csv", "first,second\na,b\n", ":1:"),
        (
            "quote.csv",
            "s1,s2\n\"a\",\"b\"\n\"bad \"quote\" here\",x\n",
            ":3:",
        ),
        ("stray.csv", "s1,s2\na \"quoted\" word,b\n", ":2:"),
        ("open.csv", "s1,s2\n\"a\",b\n\"never closed,b\n", ":3:"),
    ];
    for (name, text, line) in cases {
        let path = write(name, text);
        let out = judge(&["judge", "--pairs", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(err.contains(name) && err.contains(line), "{name}: {err}");
    }
    let out = judge(&["judge", "--pairs", "/nonexistent/pairs.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/nonexistent/pairs.csv"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(judge(&["judge"]).status.code(), Some(2));
    assert_eq!(judge(&["judge", "--pairs"]).status.code(), Some(2));
    assert_eq!(judge(&["judge", "--bogus", "x"]).status.code(), Some(2));
}
