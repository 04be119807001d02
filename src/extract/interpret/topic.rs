//! Topic keys: the normalized content terms of a claim, for matching and for
//! the blocking index that decides which claims are judged against which.
//!
//! A claim's keys are the stems of its content words (stop words, the link
//! lexicons' non-topic words, numbers and one-letter stems left out; for an
//! Arabic word with a joined conjunction or preposition, the stem without it as
//! well), plus `#id` for every concept of `lexicons/concepts.toml` the claim
//! names, so that "انسحاب" and "withdrawal" share the key `#withdrawal` across
//! languages. Two claims that could contradict share at least a concept key or
//! a stem; function words, which every claim shares, make no key. Keys are
//! sorted and distinct.

use crate::lang::Lang;
use crate::link::ConceptLexicon;
use crate::text::TextLexicon;
use crate::text::normalize::DocToken;

/// The stem-based keys of a claim's tokens (concept keys are added by
/// [`add_concepts`]).
pub(super) fn topic_keys(tokens: &[DocToken], lex: &TextLexicon) -> Vec<String> {
    let mut keys: Vec<&str> = tokens
        .iter()
        .filter(|t| t.topical && !lex.is_stopword(&t.norm))
        .map(|t| t.stem.as_str())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter().map(str::to_string).collect()
}

/// Completes the keys of a claim with its concepts (`#id`), the stems of
/// Arabic words with their proclitic set aside, and drops the link lexicons'
/// non-topic words.
pub(crate) fn add_concepts(
    mut keys: Vec<String>,
    tokens: &[DocToken],
    lang: Lang,
    concepts: &ConceptLexicon,
) -> Vec<String> {
    keys.retain(|k| !concepts.is_nontopic_stem(k));
    for t in tokens {
        if let Some(base) = concepts.proclitic_free_stem(t, lang) {
            if base.chars().count() > 1 && !concepts.is_nontopic_stem(&base) {
                keys.push(base);
            }
        }
    }
    for id in concepts.concepts_in(tokens, lang) {
        keys.push(format!("#{id}"));
    }
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use crate::{Article, Config, extract};

    fn keys(text: &str) -> Vec<String> {
        let claims = extract(&Article::new("t", text), &Config::default()).claims;
        claims[0].topic_keys.clone()
    }

    #[test]
    fn concept_keys_cross_languages() {
        let en = keys("The minister said the troops would withdraw from the northern base.");
        let ar = keys("قال الوزير إن القوات ستنسحب من القاعدة الشمالية قريبا");
        assert!(en.contains(&"#withdrawal".to_string()), "{en:?}");
        assert!(ar.contains(&"#withdrawal".to_string()), "{ar:?}");
        assert!(en.contains(&"#troops".to_string()) && ar.contains(&"#troops".to_string()));
    }

    #[test]
    fn function_words_make_no_key() {
        let en = keys("The minister said that the talks with the rebels will also resume.");
        for w in ["the", "that", "will", "also", "with"] {
            assert!(!en.contains(&w.to_string()), "{w} in {en:?}");
        }
        let ar = keys("قال الوزير إن المحادثات مع المتمردين قد تستأنف أيضا في الأسبوع المقبل");
        for w in ["مع", "قد", "ايضا", "في"] {
            assert!(!ar.iter().any(|k| k == w), "{w} in {ar:?}");
        }
    }

    #[test]
    fn proclitic_free_stems_are_keys() {
        let a = keys("جدول زمني لانسحاب القوات من البلاد سيوضع");
        let b = keys("بدأ انسحاب القوات من البلاد في الصباح الباكر");
        let shared: Vec<&String> = a
            .iter()
            .filter(|k| b.contains(k) && !k.starts_with('#'))
            .collect();
        assert!(shared.iter().any(|k| k.contains("انسحاب")), "{a:?} / {b:?}");
    }
}
