//! User alias files end to end: read through `Config`, used by `extract`.

use claimgraph::{Article, Config, extract};

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("claimgraph-resolve-aliases-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_user_alias_file_names_people_and_wins_over_built_in_entries() {
    let path = temp_file(
        "people.toml",
        r#"
[[actor]]
canonical = "Karen Lee"
camp = "US government"
kind = "person"
aliases = ["كارين لي", "لي"]

[[actor]]
canonical = "Pentagon Tours Ltd."
camp = "tourism"
aliases = ["البنتاغون"]
"#,
    );
    let config = Config::default().with_alias_file(&path).unwrap();
    let article = Article::new(
        "user-aliases",
        "قالت المتحدثة باسم الوزارة كارين لي إن الزيارة ستتم الأسبوع المقبل.\nوقال البنتاغون إن الجولات مستمرة كالمعتاد.",
    );
    let claims = extract(&article, &config).claims;
    let speakers: Vec<_> = claims.iter().filter_map(|c| c.speaker.as_ref()).collect();
    assert_eq!(speakers.len(), 2, "{claims:#?}");
    assert_eq!(speakers[0].canonical.as_deref(), Some("Karen Lee"));
    assert_eq!(speakers[0].person.as_deref(), Some("كارين لي"));
    assert_eq!(speakers[0].title.as_deref(), Some("المتحدثة باسم"));
    assert_eq!(speakers[0].camp.as_deref(), Some("US government"));
    assert_eq!(speakers[1].canonical.as_deref(), Some("Pentagon Tours Ltd."));
    assert_eq!(speakers[1].camp.as_deref(), Some("tourism"));

    // Without the file, the built-in table answers.
    let claims = extract(&article, &Config::default()).claims;
    let pentagon = claims.iter().find(|c| c.text.contains("الجولات")).unwrap();
    assert_eq!(pentagon.actor(), Some("US Department of Defense"));
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_malformed_alias_file_is_an_error_naming_file_and_line() {
    let path = temp_file(
        "bad.toml",
        "[[actor]]\ncanonical = \"A\"\naliases = [\"B\"]\n\n[[actor]]\ncanonical = \"C\"\ncolour = \"red\"\n",
    );
    let err = Config::default().with_alias_file(&path).unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("{}:7:", path.display())),
        "{message}"
    );
    assert!(message.contains("colour"), "{message}");
    assert_eq!(err.line(), Some(7));
    std::fs::remove_file(&path).unwrap();
}
