//! Languages the pipeline knows, and detecting them.

use serde::{Deserialize, Serialize};

/// A language with its own lexicons and normalizer.
///
/// ```
/// use claimgraph::Lang;
/// assert_eq!(Lang::detect("قالت واشنطن إن المحادثات مستمرة"), Lang::Ar);
/// assert_eq!(Lang::detect("Washington said the talks go on"), Lang::En);
/// assert_eq!(Lang::Ar.code(), "ar");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Arabic.
    Ar,
    /// English.
    En,
}

impl Lang {
    /// Every language, in registry order.
    pub const ALL: [Lang; 2] = [Lang::Ar, Lang::En];

    /// Tells Arabic from English by counting letters: Arabic when Arabic-script
    /// letters are at least a third of all letters. Text with no letters is English.
    pub fn detect(text: &str) -> Lang {
        let (mut arabic, mut letters) = (0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            if is_arabic_letter(c) {
                arabic += 1;
            }
        }
        if letters > 0 && arabic * 3 >= letters {
            Lang::Ar
        } else {
            Lang::En
        }
    }

    /// The ISO 639-1 code: `"ar"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code, case-insensitively.
    ///
    /// ```
    /// assert_eq!(claimgraph::Lang::from_code("AR"), Some(claimgraph::Lang::Ar));
    /// assert_eq!(claimgraph::Lang::from_code("fr"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "ar" | "ara" | "arabic" => Some(Lang::Ar),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Whether `c` is a letter of the Arabic script (Arabic, Supplement, Extended-A and
/// presentation forms).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}')
}
