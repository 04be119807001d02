//! Topic keys: the normalized content terms of a claim, for matching and for
//! the blocking index that decides which claims are judged against which.
//!
//! A claim's keys are the stems of its content words (stop words, the link
//! lexicons' non-topic words, numbers and one-letter stems left out; for an
//! Arabic word with a joined conjunction or preposition, the stem without it as
//! well), plus `#id` for every concept of `lexicons/concepts.toml` the claim
//! names, so that "انسحاب" and "withdrawal" share the key `#withdrawal` across
//! languages. Names are keyed by what they name: `@id` for a place of the
//! gazetteer, `~` and the consonant skeleton for a name beside a word for a
//! kind of place ("حي الكرادة", "the Karrada district": `~krd`), so that one
//! place spelled in two scripts shares its key. Two claims that could
//! contradict share at least a concept key, a name or a stem; function words,
//! which every claim shares, make no key. Keys are sorted and distinct.

use std::borrow::Cow;
use std::sync::Arc;

use crate::lang::Lang;
use crate::link::ConceptLexicon;
use crate::link::Sense;
use crate::link::skeleton;
use crate::text::TextLexicon;
use crate::text::normalize::DocToken;

/// The topic keys of a claim whose tokens are `tokens`: the stems of its
/// content words, its concepts (`#id`), the stems of Arabic words with their
/// proclitic set aside, and its names, without the link lexicons' non-topic
/// words; sorted and distinct.
///
/// A name is keyed by what it names in every language: a place of the
/// gazetteer by `@` and its id ("Basra", "البصرة": `@basra`), a name beside a
/// word for a kind of place by `~` and its consonant skeleton ("the Karrada
/// district", "حي الكرادة": `~krd`); the stems of its words make no key.
/// `text` is the article text the tokens' spans point into. Each key is
/// written once, as the shared string the claim holds.
pub(crate) fn topic_keys(
    tokens: &[DocToken],
    lang: Lang,
    concepts: &ConceptLexicon,
    text_lex: &TextLexicon,
    text: &str,
) -> Vec<Arc<str>> {
    let hits = concepts.doc_hits(tokens, lang);
    // Keys of concepts and gazetteer places are the lexicon's own shared
    // strings; the others are written once here.
    let mut shared: Vec<Arc<str>> = Vec::new();
    let mut written: Vec<Cow<'_, str>> = Vec::new();
    // Tokens of names, keyed by what they name rather than by their stems.
    let mut named: Vec<usize> = Vec::new();
    for p in concepts.places_named(&hits) {
        shared.push(concepts.place_topic_key(p).clone());
        for h in hits.iter().filter(|h| h.sense == Sense::Place(p)) {
            named.extend(h.first as usize..h.end as usize);
        }
    }
    let beside = ConceptLexicon::names_beside_kinds(
        &hits,
        tokens.len(),
        lang,
        text,
        |i| &tokens[i].norm,
        |i| tokens[i].span,
    );
    for (i, _) in beside {
        let skeleton = skeleton(&tokens[i].norm);
        if !skeleton.is_empty() {
            written.push(Cow::Owned(format!("~{skeleton}")));
            named.push(i);
        }
    }
    // A stem or proclitic-free stem of a name's word makes no key, wherever
    // it stands.
    let dropped: Vec<Cow<'_, str>> = named
        .iter()
        .flat_map(|&i| {
            std::iter::once(Cow::Borrowed(tokens[i].stem.as_str()))
                .chain(concepts.proclitic_free_stem(&tokens[i], lang))
        })
        .collect();
    for t in tokens
        .iter()
        .filter(|t| t.topical && !text_lex.is_stopword(&t.norm))
    {
        written.push(Cow::Borrowed(t.stem.as_str()));
    }
    for t in tokens {
        if let Some(base) = concepts.proclitic_free_stem(t, lang) {
            if base.chars().count() > 1 {
                written.push(base);
            }
        }
    }
    written.sort_unstable();
    written.dedup();
    written.retain(|k| k.starts_with('~') || !(concepts.is_nontopic_stem(k) || dropped.contains(k)));
    shared.extend(
        concepts
            .concepts_in(&hits)
            .into_iter()
            .map(|c| concepts.concept_topic_key(c).clone()),
    );
    let mut keys: Vec<Arc<str>> = written.into_iter().map(|k| Arc::from(&*k)).collect();
    keys.append(&mut shared);
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use crate::{Article, Config, extract};

    fn keys(text: &str) -> Vec<String> {
        let claims = extract(&Article::new("t", text), &Config::default()).claims;
        claims[0].topic_keys.iter().map(|k| k.to_string()).collect()
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
    fn names_are_keyed_by_what_they_name_in_both_scripts() {
        let en = keys("The governor said the Karrada district will get a new water network in Basra.");
        let ar = keys("قال المحافظ إن حي الكرادة سيحصل على شبكة مياه جديدة في البصرة");
        // A name beside a word for a kind of place: its consonant skeleton.
        assert!(en.contains(&"~krd".to_string()), "{en:?}");
        assert!(ar.contains(&"~krd".to_string()), "{ar:?}");
        // A place of the gazetteer: its id.
        assert!(en.contains(&"@basra".to_string()) && ar.contains(&"@basra".to_string()));
        // The names' own stems make no key.
        assert!(
            !en.iter()
                .any(|k| k.starts_with("karrad") || k.starts_with("basr")),
            "{en:?}"
        );
        assert!(
            !ar.iter().any(|k| k.contains("كراد") || k.contains("بصر")),
            "{ar:?}"
        );
        // Other words keep their stems, and keys stay sorted and distinct.
        assert!(en.iter().any(|k| k.starts_with("network")), "{en:?}");
        let mut sorted = en.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, en);
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
