//! Text stages: cleaning, normalization for matching, and segmentation.
//!
//! None of them changes the text: they mark regions, fold copies for matching,
//! and report spans into the original.

pub mod clean;
pub mod normalize;
pub mod segment;

use regex::{Regex, RegexSet};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::lang::Lang;

/// The text lexicon of one language: page-chrome patterns, abbreviations and
/// stop words (`lexicons/{ar,en}/text.toml`), with the patterns compiled.
#[derive(Clone, Debug)]
pub(crate) struct TextLexicon {
    /// Page-chrome rules, compiled.
    pub(crate) chrome: clean::Chrome,
    /// Abbreviations ending in a full stop, folded and lowercased, after which no
    /// sentence ends (`u.s.`, `dr.`, `د.`).
    pub(crate) abbreviations: Vec<String>,
    /// Words that carry no topic, folded.
    pub(crate) stopwords: Vec<String>,
    /// Words beginning with a radical و that is not the conjunction, folded.
    pub(crate) waw_words: Vec<String>,
}

/// `text.toml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextLexiconFile {
    #[serde(default)]
    chrome: Vec<ChromeRuleFile>,
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    stopwords: Vec<String>,
    #[serde(default)]
    waw_words: Vec<String>,
}

/// One `[[chrome]]` table: a reason and the patterns that show it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChromeRuleFile {
    /// One of [`clean::REASONS`].
    reason: String,
    /// Regular expressions a whole line (trimmed) must match.
    #[serde(default)]
    lines: Vec<String>,
    /// Regular expressions that make the whole line chrome wherever they match
    /// in it, for lines up to `max_chars` characters.
    #[serde(default)]
    contains: Vec<String>,
    /// Regular expressions matched at the end of a line; only the match is chrome.
    #[serde(default)]
    line_ends: Vec<String>,
    /// Regular expressions for an embed's byline line; the line before it is the
    /// embed's body and is chrome too.
    #[serde(default)]
    bylines: Vec<String>,
    /// The longest line, in characters, that `contains` and `bylines` apply to.
    #[serde(default = "default_max_chars")]
    max_chars: usize,
}

fn default_max_chars() -> usize {
    400
}

impl TextLexicon {
    pub(crate) fn parse(origin: &str, text: &str) -> Result<TextLexicon> {
        let file: TextLexiconFile = crate::lexicon::parse_toml(origin, text)?;
        let compile = |pattern: &str, wrap: &dyn Fn(&str) -> String| -> Result<Regex> {
            Regex::new(&wrap(pattern)).map_err(|e| {
                Error::parse(
                    origin,
                    line_of(text, pattern),
                    format!("bad pattern {pattern:?}: {e}"),
                )
            })
        };
        let mut rules = Vec::new();
        let mut line_patterns = Vec::new();
        let mut line_reasons = Vec::new();
        for rule in &file.chrome {
            let Some(reason) = clean::REASONS.iter().find(|r| **r == rule.reason) else {
                return Err(Error::parse(
                    origin,
                    line_of(text, &rule.reason),
                    format!(
                        "unknown chrome reason {:?}; known: {}",
                        rule.reason,
                        clean::REASONS.join(", ")
                    ),
                ));
            };
            for p in &rule.lines {
                compile(p, &|p| p.to_string())?;
                line_patterns.push(format!("^(?:{p})$"));
                line_reasons.push(*reason);
            }
            let mut compiled = clean::ChromeRule {
                reason,
                contains: Vec::new(),
                line_ends: Vec::new(),
                bylines: Vec::new(),
                max_chars: rule.max_chars,
            };
            for p in &rule.contains {
                compiled.contains.push(compile(p, &|p| p.to_string())?);
            }
            for p in &rule.line_ends {
                compiled
                    .line_ends
                    .push(compile(p, &|p| format!(r"(?:{p})[\s\p{{Cf}}]*$"))?);
            }
            for p in &rule.bylines {
                compiled.bylines.push(compile(p, &|p| format!("^(?:{p})$"))?);
            }
            rules.push(compiled);
        }
        let lines = RegexSet::new(&line_patterns).map_err(|e| Error::parse(origin, None, e.to_string()))?;
        let fold_all = |words: &[String]| -> Vec<String> {
            let mut out: Vec<String> = words
                .iter()
                .map(|w| normalize::fold(w, Lang::detect(w)))
                .filter(|w| !w.is_empty())
                .collect();
            out.sort();
            out.dedup();
            out
        };
        Ok(TextLexicon {
            chrome: clean::Chrome {
                lines,
                line_reasons,
                rules,
            },
            abbreviations: fold_all(&file.abbreviations),
            stopwords: fold_all(&file.stopwords),
            waw_words: fold_all(&file.waw_words),
        })
    }
}

/// The 1-based line where `needle` first appears in `text`, if it does.
fn line_of(text: &str, needle: &str) -> Option<usize> {
    let at = text.find(needle)?;
    Some(text[..at].matches('\n').count() + 1)
}
