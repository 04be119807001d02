//! English folding and stemming.

pub(super) fn fold(text: &str) -> String {
    text.to_lowercase()
}

pub(super) fn stem(folded: &str) -> String {
    let stemmer = frostem::Stemmer::new(frostem::Algorithm::English);
    stemmer.stem(folded).to_string()
}
