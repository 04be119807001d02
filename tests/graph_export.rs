//! DOT and GraphML exports are well-formed, escape what they must, and render.

use std::collections::HashSet;
use std::io::Write;
use std::process::{Command, Stdio};

use claimgraph::{Article, ClaimGraph, Config, export};

/// A graph whose claims hold every character the formats must escape.
fn awkward_graph() -> ClaimGraph {
    let articles = [
        Article::new(
            "a&<1>",
            "The ministry said the \"talks\" on <troops> & 'bases' \\ include a withdrawal of troops.\n\
             The ministry said the bases close in June after a long and careful review.",
        ),
        Article::new(
            "b\"2",
            "The army said the \"talks\" on <troops> & 'bases' \\ do not include a withdrawal of troops.\u{1}",
        ),
        Article::new("c3", "قالت بغداد إن المحادثات تتضمن انسحاب القوات."),
        Article::new("d4", "قال البنتاغون إن المحادثات لا تتضمن انسحاب القوات."),
    ];
    let graph = ClaimGraph::build(&articles, &Config::default());
    assert!(graph.contradictions().count() >= 2, "{:?}", graph.links());
    graph
}

/// A small XML checker: tags nest, attributes are quoted and unique,
/// entities are the predefined ones (or character references), no raw `<`
/// or `&` in text. Returns the elements as (name, attributes) in order.
fn parse_xml(xml: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut elements = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .expect("XML declaration");
    loop {
        let Some(open) = rest.find('<') else {
            check_text(rest);
            break;
        };
        check_text(&rest[..open]);
        let close = rest[open..].find('>').expect("unclosed tag") + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "mismatched </{name}>");
            continue;
        }
        let empty = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let (name, mut attrs_text) = tag.split_once(' ').unwrap_or((tag, ""));
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == ':' || c == '_'),
            "{name:?}"
        );
        let mut attrs = Vec::new();
        loop {
            attrs_text = attrs_text.trim_start();
            if attrs_text.is_empty() {
                break;
            }
            let (key, after) = attrs_text
                .split_once("=\"")
                .expect("attribute without a quoted value");
            let end = after.find('"').expect("unterminated attribute");
            let value = &after[..end];
            assert!(!value.contains('<'), "raw < in attribute");
            check_text(value);
            assert!(
                attrs.iter().all(|(k, _): &(String, String)| k != key),
                "duplicate attribute {key}"
            );
            attrs.push((key.to_string(), value.to_string()));
            attrs_text = &after[end + 1..];
        }
        elements.push((name.to_string(), attrs));
        if !empty {
            stack.push(name.to_string());
        }
    }
    assert!(stack.is_empty(), "unclosed elements {stack:?}");
    elements
}

fn check_text(text: &str) {
    assert!(!text.contains('>') || text.trim().is_empty() || !text.contains('<'));
    for c in text.chars() {
        let ok = matches!(c, '\t' | '\n' | '\r') || (c as u32 >= 0x20 && c != '\u{FFFE}' && c != '\u{FFFF}');
        assert!(ok, "character {c:?} is not allowed in XML");
    }
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        let semi = rest[amp..].find(';').expect("& without ;") + amp;
        let entity = &rest[amp + 1..semi];
        assert!(
            matches!(entity, "amp" | "lt" | "gt" | "quot" | "apos") || entity.starts_with('#'),
            "unknown entity &{entity};"
        );
        rest = &rest[semi + 1..];
    }
}

#[test]
fn graphml_is_well_formed_with_keys_declared_once() {
    let graph = awkward_graph();
    let xml = export::graphml::to_string(&graph);
    let elements = parse_xml(&xml);
    let attr =
        |attrs: &[(String, String)], k: &str| attrs.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());

    let mut keys = HashSet::new();
    let mut key_for = std::collections::HashMap::new();
    for (name, attrs) in elements.iter().filter(|(n, _)| n == "key") {
        let id = attr(attrs, "id").expect("key id");
        assert!(keys.insert(id.clone()), "key id {id} declared twice ({name})");
        key_for.insert(id, attr(attrs, "for").expect("key for"));
    }
    let nodes: HashSet<String> = elements
        .iter()
        .filter(|(n, _)| n == "node")
        .map(|(_, a)| attr(a, "id").unwrap())
        .collect();
    assert_eq!(nodes.len(), graph.len());
    let edges: Vec<&(String, Vec<(String, String)>)> = elements.iter().filter(|(n, _)| n == "edge").collect();
    assert_eq!(edges.len(), graph.links().len());
    for (_, attrs) in &edges {
        assert!(nodes.contains(&attr(attrs, "source").unwrap()));
        assert!(nodes.contains(&attr(attrs, "target").unwrap()));
    }
    let mut owner = "";
    for (name, attrs) in &elements {
        match name.as_str() {
            "node" | "edge" => owner = if name == "node" { "node" } else { "edge" },
            "data" => {
                let key = attr(attrs, "key").unwrap();
                assert_eq!(
                    key_for.get(&key).map(String::as_str),
                    Some(owner),
                    "data key {key}"
                );
            }
            _ => {}
        }
    }
    assert!(
        xml.contains("&lt;troops&gt; &amp; &apos;bases&apos; \\"),
        "escaped text"
    );
    assert!(xml.contains("a&amp;&lt;1&gt;"), "escaped article id");
    assert!(xml.contains("انسحاب القوات"), "Arabic as it stands");
}

#[test]
fn dot_escapes_labels_and_colours_edges() {
    let graph = awkward_graph();
    let dot = export::dot::to_string(&graph);
    assert!(dot.contains("color=red"));
    assert!(dot.contains("\\\"talks\\\""), "quotes escaped");
    assert!(dot.contains("<troops> & 'bases' \\\\"), "backslash escaped");
    assert!(!dot.contains('\u{1}'));
    assert!(dot.contains("Iraqi government: المحادثات"), "{dot}");
    // Every line is a statement: balanced quotes on each.
    for line in dot.lines() {
        let unescaped = line.replace("\\\\", "").replace("\\\"", "");
        assert_eq!(unescaped.matches('"').count() % 2, 0, "{line}");
    }
}

/// Renders with Graphviz. CI installs it (`.ci/run`); set
/// `CLAIMGRAPH_NO_GRAPHVIZ=1` to run without it, which this test then reports.
#[test]
fn dot_renders_with_graphviz() {
    let graph = awkward_graph();
    let dot = export::dot::to_string(&graph);
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) if std::env::var_os("CLAIMGRAPH_NO_GRAPHVIZ").is_some() => {
            println!("Graphviz not run ({e}); CLAIMGRAPH_NO_GRAPHVIZ is set");
            return;
        }
        Err(e) => panic!("cannot run Graphviz `dot` ({e}); install graphviz or set CLAIMGRAPH_NO_GRAPHVIZ=1"),
    };
    child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "dot failed: {stderr}\n{dot}");
    assert!(
        !stderr.contains("Warning") && !stderr.contains("Error"),
        "{stderr}"
    );
    let svg = String::from_utf8(output.stdout).unwrap();
    assert!(svg.contains("<svg"));
    assert!(svg.contains("stroke=\"red\""));
    assert!(svg.contains("المحادثات"), "Arabic reaches the picture");
}
