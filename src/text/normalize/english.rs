//! English folding and stemming.

use once_cell::sync::Lazy;

/// Folds one Latin-script or punctuation character for English matching:
/// curly and modifier apostrophes to `'`, curly and angle quotation marks to
/// `"`, the dash family (hyphen, non-breaking hyphen, figure, en and em dashes,
/// horizontal bar, minus sign) to `-`. Lowercasing is done by the caller.
pub(super) fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '`' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '«' | '»' | '\u{2033}' => Some('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Some('-'),
        _ => None,
    }
}

/// The Snowball English stem of a folded word.
pub(super) fn stem(folded: &str) -> String {
    static SNOWBALL: Lazy<frostem::Stemmer> =
        Lazy::new(|| frostem::Stemmer::new(frostem::Algorithm::English));
    SNOWBALL.stem(folded).into_owned()
}
