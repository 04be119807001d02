//! Lexicon overrides: a directory laid out like `lexicons/` replaces built-in
//! files; a malformed one is an error naming the file, the line and the fault.

use claimgraph::{Article, Config, extract};

fn dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("claimgraph-lexicons-{name}-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("en")).unwrap();
    dir
}

#[test]
fn a_malformed_override_names_the_file_and_the_line() {
    let dir = dir("bad");
    let file = dir.join("en/interpret.toml");
    std::fs::write(
        &file,
        "# a comment\n[negation]\nnegators = [\"not\", \n  42 = ]\n",
    )
    .unwrap();
    let err = Config::default().with_lexicon_dir(&dir).unwrap_err();
    let message = err.to_string();
    assert!(message.contains(&file.display().to_string()), "{message}");
    assert_eq!(err.line(), Some(4), "{message}");
}

#[test]
fn a_wrong_type_in_an_override_is_named_too() {
    let dir = dir("type");
    let file = dir.join("en/text.toml");
    std::fs::write(&file, "abbreviations = 'Dr.'\n").unwrap();
    let err = Config::default().with_lexicon_dir(&dir).unwrap_err();
    assert!(err.to_string().contains("text.toml"), "{err}");
    assert_eq!(err.line(), Some(1), "{err}");
}

#[test]
fn a_good_override_replaces_the_built_in_file() {
    let dir = dir("good");
    // The built-in English text lexicon plus one more chrome line.
    let builtin = include_str!("../lexicons/en/text.toml");
    let extra = "\n[[chrome]]\nreason = \"advertisement\"\nlines = ['Brought to you by the Acme Bakery']\n";
    std::fs::write(dir.join("en/text.toml"), format!("{builtin}{extra}")).unwrap();
    let text = "The ministry said the talks went on.\nBrought to you by the Acme Bakery\n";
    let article = Article::new("a", text);

    let plain = extract(&article, &Config::default());
    let skipped = |e: &claimgraph::Extraction| {
        e.diagnostics
            .iter()
            .any(|d| d.kind == claimgraph::DiagnosticKind::SkippedChrome && d.message.contains("Acme"))
    };
    assert!(!skipped(&plain), "the built-in lexicon has no such rule");

    let config = Config::default().with_lexicon_dir(&dir).unwrap();
    let overridden = extract(&article, &config);
    assert!(skipped(&overridden), "{:?}", overridden.diagnostics);
    assert_eq!(
        overridden.claims[0].speaker.as_ref().map(|s| s.text.as_str()),
        Some("The ministry")
    );
}

#[test]
fn a_places_override_replaces_the_built_in_gazetteer() {
    let dir = dir("places");
    let file = dir.join("places.toml");
    std::fs::write(
        &file,
        "[[place]]\nid = \"qaryat-an-nakhl\"\nlevel = \"city\"\nnames = [\"Nakhlville\", \"نخلفيل\"]\n",
    )
    .unwrap();
    let config = Config::default().with_lexicon_dir(&dir).unwrap();
    let places = |text: &str, config: &Config| -> Vec<String> {
        claimgraph::link::sentence_features(text, config)
            .places()
            .map(|(id, _)| id.to_string())
            .collect()
    };
    let text = "The council said the market in Nakhlville and the port in Basra will reopen";
    assert_eq!(places(text, &Config::default()), ["basra"]);
    assert_eq!(places(text, &config), ["qaryat-an-nakhl"]);
    assert_eq!(
        places("قال المجلس إن السوق في نخلفيل سيفتح أبوابه", &config),
        ["qaryat-an-nakhl"]
    );

    std::fs::write(
        &file,
        "[[place]]\nid = \"x\"\nlevel = \"village\"\nnames = [\"X\"]\n",
    )
    .unwrap();
    let err = Config::default().with_lexicon_dir(&dir).unwrap_err();
    assert!(err.to_string().contains("places.toml"), "{err}");
    assert_eq!(err.line(), Some(3), "{err}");
}
