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
    /// Words that carry no topic, folded, sorted.
    pub(crate) stopwords: Vec<String>,
    /// The same words, for look-up by hash (see [`TextLexicon::is_stopword`]).
    stopword_set: rustc_hash::FxHashSet<String>,
    /// Words beginning with a radical و that is not the conjunction, folded.
    pub(crate) waw_words: Vec<String>,
    /// What opens a further statement under one cue (", and that", "، وأن"),
    /// compiled: a comma (optional for entries written without one), the
    /// words, the white space after them.
    pub(crate) further: Option<Regex>,
    /// Phrases that begin like a further statement and are none ("وإن كان":
    /// "even if").
    pub(crate) not_further: Vec<String>,
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
    #[serde(default)]
    further: Vec<String>,
    #[serde(default)]
    not_further: Vec<String>,
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
    /// Whether the folded word `w` is one of [`TextLexicon::stopwords`].
    pub(crate) fn is_stopword(&self, w: &str) -> bool {
        self.stopword_set.contains(w)
    }

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
            stopword_set: fold_all(&file.stopwords).into_iter().collect(),
            waw_words: fold_all(&file.waw_words),
            further: if file.further.is_empty() {
                None
            } else {
                // An entry written after a comma needs one; the others may
                // also follow plain white space.
                let words: Vec<String> = file
                    .further
                    .iter()
                    .map(|w| {
                        let bare = w.trim_start_matches([',', '،']).trim_start();
                        let words: Vec<String> = bare.split_whitespace().map(regex::escape).collect();
                        let before = if bare.len() < w.len() {
                            r"[,;،؛]\s*"
                        } else {
                            r"(?:[,;،؛]\s*|\s+)"
                        };
                        format!("{before}{}", words.join(r"\s+"))
                    })
                    .collect();
                let pattern = format!(r"(?:{})\s+", words.join("|"));
                Some(Regex::new(&pattern).map_err(|e| Error::parse(origin, None, e.to_string()))?)
            },
            not_further: file.not_further,
        })
    }
}

/// Character classes of the first 2,048 code points (Latin, Greek, Cyrillic,
/// Hebrew, Arabic), read from the standard library and the normalization
/// tables once: see the `CLASS_` bits.
static CLASSES: std::sync::LazyLock<[u8; 0x800]> = std::sync::LazyLock::new(|| {
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{IsNormalized, is_nfkc_quick};
    let mut table = [0u8; 0x800];
    for (code, entry) in table.iter_mut().enumerate() {
        let Some(c) = char::from_u32(code as u32) else {
            continue;
        };
        let mut lower = c.to_lowercase();
        let inert =
            is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes && canonical_combining_class(c) == 0;
        let bit = |on: bool, class: u8| if on { class } else { 0 };
        *entry = bit(c.is_alphabetic(), CLASS_ALPHABETIC)
            | bit(c.is_alphanumeric(), CLASS_ALPHANUMERIC)
            | bit(inert, CLASS_NFKC_INERT)
            | bit(
                lower.next() == Some(c) && lower.next().is_none(),
                CLASS_OWN_LOWERCASE,
            );
    }
    table
});

/// [`char::is_alphabetic`].
const CLASS_ALPHABETIC: u8 = 1;
/// [`char::is_alphanumeric`].
const CLASS_ALPHANUMERIC: u8 = 2;
/// NFKC quick check "yes" and combining class 0: a text made only of such
/// characters is in NFKC.
const CLASS_NFKC_INERT: u8 = 4;
/// The character is its own lower case.
const CLASS_OWN_LOWERCASE: u8 = 8;

/// The `CLASS_` bits of `c`, when it is in the table.
#[inline]
fn classes(c: char) -> Option<u8> {
    CLASSES.get(c as usize).copied()
}

/// Whether `c` is in NFKC whatever stands around it (see [`CLASS_NFKC_INERT`]);
/// `false` when unsure.
#[inline]
pub(crate) fn is_nfkc_inert(c: char) -> bool {
    c.is_ascii() || classes(c).is_some_and(|k| k & CLASS_NFKC_INERT != 0)
}

/// Whether `c` is its own lower case; `false` when unsure.
#[inline]
pub(crate) fn is_own_lowercase(c: char) -> bool {
    classes(c).is_some_and(|k| k & CLASS_OWN_LOWERCASE != 0)
}

/// [`char::is_alphabetic`], by table for the scripts news is written in.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if let Some(k) = classes(c) {
        k & CLASS_ALPHABETIC != 0
    } else {
        c.is_alphabetic()
    }
}

/// [`char::is_alphanumeric`], by table for the scripts news is written in.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if let Some(k) = classes(c) {
        k & CLASS_ALPHANUMERIC != 0
    } else {
        c.is_alphanumeric()
    }
}

/// The 1-based line where `needle` first appears in `text`, if it does.
fn line_of(text: &str, needle: &str) -> Option<usize> {
    let at = text.find(needle)?;
    Some(text[..at].matches('\n').count() + 1)
}

/// The longest spelling a [`SpellingMemo`] keeps: a longer one is computed
/// each time (words are short; a long run is rare and would crowd the memo).
const MAX_MEMO_KEY: usize = 64;

/// A memo of values by spelling, for the per-thread caches of the text stages
/// (news repeats its words, and folding or stemming a word costs far more
/// than a look-up). It is bounded: when it holds `limit` spellings it is
/// emptied and fills again.
pub(crate) struct SpellingMemo<V> {
    map: rustc_hash::FxHashMap<Box<str>, V>,
    limit: usize,
}

impl<V: Clone> SpellingMemo<V> {
    /// An empty memo of at most `limit` spellings.
    pub(crate) fn new(limit: usize) -> SpellingMemo<V> {
        SpellingMemo {
            map: rustc_hash::FxHashMap::default(),
            limit,
        }
    }

    /// The value of `key`, computed by `compute` the first time.
    pub(crate) fn get_or_insert_with(&mut self, key: &str, compute: impl FnOnce(&str) -> V) -> V {
        if key.len() > MAX_MEMO_KEY {
            return compute(key);
        }
        if let Some(found) = self.map.get(key) {
            return found.clone();
        }
        let found = compute(key);
        if self.map.len() >= self.limit {
            self.map.clear();
        }
        self.map.insert(key.into(), found.clone());
        found
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use proptest::prelude::*;

    use super::{MAX_MEMO_KEY, SpellingMemo};

    #[test]
    fn spelling_memo_computes_once_and_stays_bounded() {
        let mut memo = SpellingMemo::new(2);
        let mut calls = 0;
        let mut get = |memo: &mut SpellingMemo<usize>, key: &str| {
            memo.get_or_insert_with(key, |k| {
                calls += 1;
                k.len()
            })
        };
        assert_eq!(get(&mut memo, "ab"), 2);
        assert_eq!(get(&mut memo, "ab"), 2);
        assert_eq!(get(&mut memo, "abc"), 3);
        // Full at two spellings: the third empties it first.
        assert_eq!(get(&mut memo, "abcd"), 4);
        assert_eq!(memo.map.len(), 1);
        // A spelling longer than the limit is computed each time, never kept.
        let long = "x".repeat(MAX_MEMO_KEY + 1);
        assert_eq!(get(&mut memo, &long), MAX_MEMO_KEY + 1);
        assert_eq!(get(&mut memo, &long), MAX_MEMO_KEY + 1);
        assert_eq!(memo.map.len(), 1);
        assert_eq!(calls, 5);
    }

    #[test]
    fn character_classes_agree_with_the_standard_library() {
        for c in (0..0x3000)
            .filter_map(char::from_u32)
            .chain(['\u{FEFF}', '\u{1F600}'])
        {
            assert_eq!(super::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            if super::is_own_lowercase(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), c.to_string(), "{c:?}");
            }
        }
        // Inert characters stay in NFKC next to each other and to marks after them.
        use unicode_normalization::UnicodeNormalization;
        let inert: String = (0..0x800)
            .filter_map(char::from_u32)
            .filter(|&c| super::is_nfkc_inert(c))
            .collect();
        assert!(inert.contains('ب') && inert.contains('a') && !inert.contains('\u{0653}'));
        assert_eq!(inert.nfkc().collect::<String>(), inert);
        let mut reversed: String = inert.chars().rev().collect();
        reversed.push('\u{064E}');
        assert_eq!(reversed.nfkc().collect::<String>(), reversed);
    }

    use super::clean::{Skipped, clean};
    use super::normalize::tokenize;
    use super::segment::{Sentence, sentences};
    use crate::lang::Lang;
    use crate::lexicon::Lexicons;
    use crate::span::Span;

    fn run(text: &str, lang: Lang) -> (Vec<Skipped>, Vec<Sentence>) {
        let lex = Lexicons::builtin();
        let lex = &lex.lang(lang).text;
        let skipped = clean(text, lex);
        let sentences = sentences(text, &skipped, lex);
        (skipped, sentences)
    }

    fn valid(text: &str, span: Span) -> bool {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    }

    /// Checks every invariant of the text stages on `text`.
    fn check_invariants(text: &str, lang: Lang) {
        let (skipped, sents) = run(text, lang);
        for s in &skipped {
            assert!(valid(text, s.span) && !s.span.is_empty(), "skipped {s:?}");
        }
        assert!(
            skipped.windows(2).all(|w| w[0].span.end <= w[1].span.start),
            "skipped overlap"
        );
        for s in &sents {
            assert!(valid(text, s.span) && !s.span.is_empty(), "sentence {s:?}");
            assert!(
                !skipped.iter().any(|k| k.span.overlaps(s.span)),
                "sentence in chrome {s:?}"
            );
            for q in &s.quotes {
                assert!(valid(text, *q) && s.span.contains(*q), "quote {q:?} of {s:?}");
            }
        }
        assert!(
            sents.windows(2).all(|w| w[0].span.end <= w[1].span.start),
            "sentences overlap"
        );
        let tokens = tokenize(text, Span::new(0, text.len()), lang);
        for t in &tokens {
            assert!(valid(text, t.span) && !t.span.is_empty(), "token {t:?}");
        }
        assert!(
            tokens.windows(2).all(|w| w[0].span.end <= w[1].span.start),
            "tokens overlap"
        );
        assert_eq!(run(text, lang), (skipped, sents), "not deterministic");
        assert_eq!(
            tokenize(text, Span::new(0, text.len()), lang),
            tokens,
            "not deterministic"
        );
    }

    /// Characters that stress the stages: Arabic letters, digits and marks,
    /// quotation marks, stops, bidi controls, joiners, line breaks.
    fn tricky_char() -> impl Strategy<Value = char> {
        prop_oneof![
            4 => prop::sample::select(vec![
                'ق', 'ا', 'ل', 'و', 'ة', 'ى', 'أ', 'إ', 'ؤ', 'ئ', 'ـ', '\u{064E}', '\u{0651}', '\u{0670}',
                '٠', '٣', '٫', '٬', '۵', '؟', '،', '.', '!', '?', '…', ',', '/', '-', ' ', ' ', '\n', '\n',
                '\r', '\u{2029}', '"', '“', '”', '«', '»', '„', '‘', '’', '\'', '(', ')', '[', ']',
                '\u{200F}', '\u{202B}', '\u{202C}', '\u{200D}', '\u{200C}', '\u{FEFF}', '\u{0301}',
                'a', 'D', 'r', 'U', 'S', 'x', '1', '2', '5', '•', '*', '@', '—', '\u{A0}',
            ]),
            1 => any::<char>(),
        ]
    }

    fn tricky_text() -> impl Strategy<Value = String> {
        prop::collection::vec(tricky_char(), 0..200).prop_map(|cs| cs.into_iter().collect())
    }

    /// Pieces of real-looking chrome and prose, shuffled together.
    fn chrome_text() -> impl Strategy<Value = String> {
        let pieces = vec![
            "[ad_1]",
            "المصدر",
            "اقرأ المزيد",
            "(غيتي)",
            "(AFP)",
            " قال الوزير إن \"المحادثات مستمرة.",
            "• اداري",
            "متصل Someone",
            "pic.twitter.com/x1",
            "— A B (@ab) May 1, 2024",
            "Read more",
            "د. أحمد",
            "U.S. troops",
            "12.5",
            "٢٬٥٠٠",
            "«لا»",
            "“A. B.” C.",
            "\n",
            "\n\n",
            " ",
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..40).prop_map(|ps| ps.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn invariants_hold_on_arbitrary_text(text in tricky_text()) {
            check_invariants(&text, Lang::Ar);
            check_invariants(&text, Lang::En);
        }

        #[test]
        fn invariants_hold_on_chrome_mixes(text in chrome_text()) {
            check_invariants(&text, Lang::Ar);
            check_invariants(&text, Lang::En);
        }

        #[test]
        fn fold_is_idempotent(text in tricky_text()) {
            for lang in Lang::ALL {
                let once = super::normalize::fold(&text, lang);
                prop_assert_eq!(super::normalize::fold(&once, lang), once.clone());
            }
        }
    }

    #[test]
    fn extraction_reports_unclosed_quotes() {
        let text = "قال الوزير إن \"القوات ستبقى. حتى نهاية العام.\n\nوانتهى الاجتماع.";
        let article = crate::Article::new("t", text);
        let extraction = crate::extract(&article, &crate::Config::default());
        let unclosed: Vec<_> = extraction
            .diagnostics
            .iter()
            .filter(|d| d.kind == crate::DiagnosticKind::UnclosedQuote)
            .collect();
        assert_eq!(unclosed.len(), 1);
        assert!(unclosed[0].span.unwrap().slice(text).starts_with("قال الوزير"));
    }

    /// The seed articles: `CLAIMGRAPH_SEEDS`, else `../shared/seeds` or
    /// `../../shared/seeds` beside the crate. A set variable must point at a
    /// folder; without it, no folder found means the seed check is not run.
    fn seeds_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("CLAIMGRAPH_SEEDS") {
            let dir = PathBuf::from(dir);
            assert!(dir.is_dir(), "CLAIMGRAPH_SEEDS={} is not a folder", dir.display());
            return Some(dir);
        }
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        [root.join("../shared/seeds"), root.join("../../shared/seeds")]
            .into_iter()
            .find(|d| d.is_dir())
    }

    /// Every occurrence of chrome in the seeds is skipped and in no sentence.
    #[test]
    fn seed_chrome_is_skipped() {
        let Some(dir) = seeds_dir() else {
            println!("note: no seed folder found (set CLAIMGRAPH_SEEDS); seed chrome check not run");
            return;
        };
        let markers = [
            "[ad_",
            "enable JavaScript",
            "يشاهدون هذا الموضوع",
            "(زيارة",
            "مشاهدة الملف الشخصي",
            "مشاركة:",
            "(غيتي)",
            "(أ ف ب)",
            "(رويترز)",
            "(Getty",
            "(AFP)",
            "(Reuters)",
            "pic.twitter.com",
            "(@",
        ];
        let mut files = 0;
        let mut found = 0;
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("seed folder readable")
            .map(|e| e.expect("seed entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("seed is UTF-8");
            let lang = Lang::detect(&text);
            let (skipped, sents) = run(&text, lang);
            files += 1;
            assert!(!sents.is_empty(), "{}: no sentences", path.display());
            for marker in markers {
                for (at, _) in text.match_indices(marker) {
                    found += 1;
                    let span = Span::new(at, at + marker.len());
                    assert!(
                        skipped.iter().any(|k| k.span.contains(span)),
                        "{}: {marker:?} at {at} is not skipped",
                        path.display()
                    );
                    assert!(
                        !sents.iter().any(|s| s.span.overlaps(span)),
                        "{}: {marker:?} at {at} is inside a sentence",
                        path.display()
                    );
                }
            }
            check_invariants(&text, lang);
        }
        assert!(files > 0, "no seed articles in {}", dir.display());
        assert!(found > 0, "no chrome found in the seeds at all");
    }
}
