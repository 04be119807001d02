//! Arabic folding, clitic stripping and light stemming.
//!
//! Folding is per character (see [`fold_char`]). Stemming is a light pass
//! (conjunction, preposition and article prefixes; plural, dual, relative and
//! pronoun suffixes) followed by the Snowball Arabic stemmer: Snowball alone
//! leaves bare `-ات` plurals and `و` + `ال` prefixes in place, so the light pass
//! brings such variants (`محادثات`, `والمحادثات`, `المحادثات`) to one form first.

use once_cell::sync::Lazy;

/// What one character folds to.
pub(super) enum Folded {
    /// Dropped (diacritic, tatweel, invisible format character).
    Drop,
    /// Replaced by this character.
    To(char),
    /// Not an Arabic-script character this module folds.
    Other,
}

/// Folds one Arabic-script character: alef forms to bare alef, alef maqsura and
/// Persian yeh to yeh, teh marbuta to heh, hamza on a seat (`ؤ`, `ئ`) to bare
/// hamza `ء` (so `مسؤول` and `مسئول` match), Persian kaf to kaf, Arabic-Indic and
/// Persian digits to ASCII, the Arabic decimal separator to `.`; diacritics,
/// Quranic marks, tatweel and the Arabic letter mark are dropped.
pub(super) fn fold_char(c: char) -> Folded {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => Folded::To('ا'),
        'ى' | 'ی' | 'ي' => Folded::To('ي'),
        'ة' | 'ۀ' | 'ە' => Folded::To('ه'),
        'ؤ' | 'ئ' => Folded::To('ء'),
        'ک' => Folded::To('ك'),
        '٠'..='٩' => Folded::To(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '۰'..='۹' => Folded::To(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '٫' => Folded::To('.'),
        '،' => Folded::To(','),
        '؛' => Folded::To(';'),
        '؟' => Folded::To('?'),
        _ if is_dropped(c) => Folded::Drop,
        _ => Folded::Other,
    }
}

/// Diacritics (tashkeel), Quranic annotation marks, tatweel and the Arabic
/// letter mark: dropped by folding.
pub(crate) fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{061C}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' | '\u{08D3}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}')
}

/// Prefix chains, longest first: conjunction, then preposition plus article, or
/// article alone. `لل` is `ل` + `ال` with the alef dropped.
const ARTICLE_PREFIXES: [&str; 13] = [
    "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "",
];

/// Suffixes removed by the light pass, in the order tried; each is removed at
/// most once, and only while at least three letters remain.
const SUFFIXES: [&str; 16] = [
    "هما", "كما", "ها", "هم", "هن", "كم", "نا", "ات", "ون", "ين", "ان", "يه", "ا", "ه", "ي", "",
];

/// Words that begin with the letter و as part of the word, not as the
/// conjunction (`وزير`, `واشنطن`), from `lexicons/ar/text.toml`.
static WAW_WORDS: Lazy<Vec<String>> = Lazy::new(|| {
    let lex = crate::Lexicons::builtin();
    lex.ar.text.waw_words.clone()
});

fn letters(s: &str) -> usize {
    s.chars().count()
}

/// Whether `word` is one of the و-initial words, possibly with a suffix.
fn is_waw_word(word: &str, waw_words: &[String]) -> bool {
    waw_words.iter().any(|w| {
        word.strip_prefix(w.as_str())
            .is_some_and(|rest| rest.is_empty() || SUFFIXES.contains(&rest) || rest == "اء")
    })
}

/// Removes conjunction, preposition and article prefixes from a folded word,
/// keeping at least two letters after an article and three after a bare
/// conjunction.
pub(super) fn strip_clitics(folded: &str) -> &str {
    strip_clitics_with(folded, &WAW_WORDS)
}

pub(super) fn strip_clitics_with<'w>(folded: &'w str, waw_words: &[String]) -> &'w str {
    for prefix in ARTICLE_PREFIXES {
        if prefix.is_empty() {
            break;
        }
        if let Some(rest) = folded.strip_prefix(prefix) {
            if letters(rest) >= 2 {
                return rest;
            }
        }
    }
    if let Some(rest) = folded.strip_prefix('و') {
        if letters(rest) >= 3 && !is_waw_word(folded, waw_words) {
            return rest;
        }
    }
    folded
}

/// The light pass: clitic prefixes, then suffixes, each while three letters remain.
pub(super) fn light_stem(folded: &str) -> &str {
    let mut word = strip_clitics(folded);
    let mut n = letters(word);
    for suffix in SUFFIXES {
        if suffix.is_empty() {
            break;
        }
        if let Some(rest) = word.strip_suffix(suffix) {
            let k = n - letters(suffix);
            if k >= 3 {
                word = rest;
                n = k;
            }
        }
    }
    word
}

/// The stem of a folded Arabic word: the light pass, then Snowball Arabic.
pub(super) fn stem(folded: &str) -> String {
    static SNOWBALL: Lazy<frostem::Stemmer> = Lazy::new(|| frostem::Stemmer::new(frostem::Algorithm::Arabic));
    SNOWBALL.stem(light_stem(folded)).into_owned()
}
