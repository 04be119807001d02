//! Per-language folding for matching, and tokens that keep their original spans.
//!
//! Folded text is for matching only and is never shown; every token keeps the
//! byte span of its surface form in the original text.
//!
//! Folding is by script, so an Arabic article that quotes "NATO" folds it as an
//! English one would: NFKC first, then lowercase, the Arabic letter variants of
//! `arabic`, the apostrophe, quotation-mark and dash families of `english`,
//! and white space runs collapsed to one space. The language decides stemming
//! and clitic stripping.
//!
//! Tokens are words (letters and combining marks, with inner apostrophes and
//! joiners) and numbers. A number keeps its grouping and decimal separators
//! (`2,500`, `12.5`, `١٢٫٥`, `٢٬٥٠٠` are one token each, normalized to `2500`
//! and `12.5`); `/` and `-` are not part of numbers, so `2021/06/05` is three
//! tokens and `7-8` two. A letter next to a digit ends the token (`60كلم` is
//! `60` + `كلم`, `و2500` is `و` + `2500`).

mod arabic;
mod arabic_root;
mod english;

pub(crate) use arabic_root::root as arabic_root;

use std::cell::RefCell;
use std::rc::Rc;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use crate::lang::Lang;
use crate::span::Span;
use crate::text::SpellingMemo;

/// A word or number of the original text, with its forms for matching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The surface form's bytes in the original text.
    pub span: Span,
    /// The folded form (case, letter variants, diacritics and digits folded);
    /// for a number, its ASCII digits with grouping removed and `.` as the
    /// decimal separator.
    pub norm: String,
    /// The stem of the folded form, clitics stripped, for topic matching. A
    /// number's stem is its norm.
    pub stem: String,
}

impl Token {
    /// Whether the token is a number.
    ///
    /// ```
    /// use claimgraph::{Lang, Span};
    /// use claimgraph::text::normalize::tokenize;
    /// let text = "نحو ٢٬٥٠٠ جندي";
    /// let tokens = tokenize(text, Span::new(0, text.len()), Lang::Ar);
    /// assert!(tokens[1].is_number());
    /// assert_eq!(tokens[1].norm, "2500");
    /// assert!(!tokens[2].is_number());
    /// ```
    pub fn is_number(&self) -> bool {
        self.norm.as_bytes().first().is_some_and(u8::is_ascii_digit)
    }
}

/// Splits `text[span]` into tokens (words and numbers), each with its span in
/// `text`. A span out of range or off char boundaries gives no tokens.
///
/// ```
/// use claimgraph::{Lang, Span};
/// use claimgraph::text::normalize::tokenize;
/// let text = "والمحادثات حول 2,500 جندي";
/// let tokens = tokenize(text, Span::new(0, text.len()), Lang::Ar);
/// let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
/// assert_eq!(norms, ["والمحادثات", "حول", "2500", "جندي"]);
/// assert_eq!(tokens[2].span.slice(text), "2,500");
/// ```
pub fn tokenize(text: &str, span: Span, lang: Lang) -> Vec<Token> {
    let mut out = Vec::new();
    scan_tokens(text, span, lang, |span, found| {
        let (norm, stem) = match found {
            Scanned::Number(norm) => (norm.clone(), norm),
            Scanned::Word(forms) => (forms.norm.clone(), forms.stem.clone()),
        };
        out.push(Token { span, norm, stem });
    });
    out
}

/// A token as extraction keeps it: its span, and the forms of its spelling,
/// shared by every token of the same spelling (see [`Forms`]). The fields of
/// [`Forms`] read as the token's own (`token.norm`, `token.stem`).
#[derive(Clone, Debug)]
pub(crate) struct DocToken {
    /// The surface form's bytes in the original text.
    pub(crate) span: Span,
    forms: Rc<Forms>,
}

impl std::ops::Deref for DocToken {
    type Target = Forms;

    #[inline]
    fn deref(&self) -> &Forms {
        &self.forms
    }
}

/// The forms of one spelling of a token, as in [`Token`].
#[derive(Debug)]
pub(crate) struct Forms {
    /// The folded form (see [`Token::norm`]).
    pub(crate) norm: String,
    /// The stem (see [`Token::stem`]).
    pub(crate) stem: String,
    /// The language the forms were made for.
    pub(crate) lang: Lang,
    /// Whether the token can make a topic key: its stem has more than one
    /// character and it is not made of ASCII digits alone.
    pub(crate) topical: bool,
    /// The stem of an Arabic word with a proclitic set aside
    /// ([`proclitic_free_stem`](crate::link::ConceptLexicon::proclitic_free_stem)),
    /// computed on first use.
    pub(crate) proclitic_free_stem: std::cell::OnceCell<Option<String>>,
    /// The stem keys of the concept lexicon in [`Forms::lang`]
    /// ([`token_keys`](crate::link::concepts::token_keys)), computed on first use.
    pub(crate) concept_keys: std::cell::OnceCell<[u64; 2]>,
}

impl Forms {
    fn new(norm: String, stem: String, lang: Lang) -> Forms {
        Forms {
            topical: stem.chars().nth(1).is_some() && !norm.chars().all(|c| c.is_ascii_digit()),
            norm,
            stem,
            lang,
            concept_keys: std::cell::OnceCell::new(),
            proclitic_free_stem: std::cell::OnceCell::new(),
        }
    }
}

/// [`tokenize`] for extraction: the same tokens, each sharing the forms of its
/// spelling with the others of the same spelling.
pub(crate) fn doc_tokens(text: &str, span: Span, lang: Lang) -> Vec<DocToken> {
    let mut out = Vec::with_capacity(span.len() / 7 + 1);
    scan_tokens(text, span, lang, |span, found| {
        let forms = match found {
            Scanned::Number(norm) => Rc::new(Forms::new(norm.clone(), norm, lang)),
            Scanned::Word(forms) => forms,
        };
        out.push(DocToken { span, forms });
    });
    out
}

/// A token found by [`scan_tokens`].
enum Scanned {
    /// A number, with its normalized digits.
    Number(String),
    /// A word, with the forms of its spelling.
    Word(Rc<Forms>),
}

/// Splits `text[span]` into tokens, calling `emit` with each token's span in
/// `text`. A span out of range or off char boundaries gives no tokens.
fn scan_tokens(text: &str, span: Span, lang: Lang, mut emit: impl FnMut(Span, Scanned)) {
    let Some(slice) = text.get(span.start..span.end) else {
        return;
    };
    let mut scan = Scanner { s: slice, i: 0 };
    while let Some(c) = scan.peek() {
        let start = scan.i;
        if digit_value(c).is_some() {
            let norm = scan.number(lang);
            emit(
                Span::new(span.start + start, span.start + scan.i),
                Scanned::Number(norm),
            );
        } else if is_word_char(c) {
            scan.word();
            let forms = word_forms(&slice[start..scan.i], lang);
            emit(
                Span::new(span.start + start, span.start + scan.i),
                Scanned::Word(forms),
            );
        } else {
            scan.i += c.len_utf8();
        }
    }
}

/// Folds text for matching: works on single words and on whole phrases.
///
/// NFKC, lowercase, Arabic letter variants (alef forms to `ا`, `ى` to `ي`, `ة` to
/// `ه`, `ؤ`/`ئ` to `ء`), diacritics and tatweel removed, Arabic-Indic and
/// Persian digits to ASCII, `٫` to `.`, `٬` removed between digits, curly
/// apostrophes to `'`, dashes to `-`, invisible format characters removed, and
/// white space runs collapsed to a single space with none at either end.
///
/// ```
/// use claimgraph::{fold, Lang};
/// assert_eq!(fold("Pentagon", Lang::En), "pentagon");
/// assert_eq!(fold("وزارةُ الدفاعِ  الأمريكيّة", Lang::Ar), "وزاره الدفاع الامريكيه");
/// assert_eq!(fold("١٢٫٥", Lang::Ar), "12.5");
/// assert_eq!(fold("Pentagon’s — view", Lang::En), "pentagon's - view");
/// ```
pub fn fold(text: &str, _lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        fold_ascii(text, &mut out);
        return out;
    }
    if is_nfkc(text) {
        fold_chars(text.chars(), &mut out);
    } else {
        fold_chars(text.nfkc(), &mut out);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    // Dropping a mark or a format character can leave a pair that composes.
    if !is_nfkc(&out) {
        out = out.nfkc().collect();
    }
    out
}

/// Whether `text` is in NFKC: at once when every character is one that no
/// neighbour changes, else by the quick check.
fn is_nfkc(text: &str) -> bool {
    text.chars().all(crate::text::is_nfkc_inert) || is_nfkc_quick(text.chars()) == IsNormalized::Yes
}

/// [`fold_chars`] for ASCII text: white space runs collapsed, the backtick to
/// an apostrophe, letters lowercased; no trailing space.
fn fold_ascii(text: &str, out: &mut String) {
    for b in text.bytes() {
        if b.is_ascii_whitespace() || b == 0x0B {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if b == b'`' {
            out.push('\'');
        } else {
            out.push(char::from(b.to_ascii_lowercase()));
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
}

/// The stem of an already folded word: for Arabic the light prefix and suffix
/// pass followed by Snowball Arabic, for English Snowball English.
///
/// ```
/// use claimgraph::{fold, Lang};
/// use claimgraph::text::normalize::stem;
/// let s = |w: &str| stem(&fold(w, Lang::Ar), Lang::Ar);
/// assert_eq!(s("والمحادثات"), s("محادثات"));
/// assert_eq!(stem("talks", Lang::En), stem("talk", Lang::En));
/// ```
pub fn stem(folded: &str, lang: Lang) -> String {
    if folded.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return folded.to_string();
    }
    thread_local! {
        static CACHE: RefCell<[SpellingMemo<String>; 2]> =
            RefCell::new([SpellingMemo::new(1 << 16), SpellingMemo::new(1 << 16)]);
    }
    let slot = match lang {
        Lang::Ar => 0,
        Lang::En => 1,
    };
    CACHE.with(|cache| {
        cache.borrow_mut()[slot].get_or_insert_with(folded, |folded| match lang {
            Lang::Ar => arabic::stem(folded),
            Lang::En => english::stem(folded),
        })
    })
}

/// An Arabic folded word without its conjunction, preposition and article
/// prefixes (`و`, `ف`, `ال`, `وال`, `بال`, `لل`, `ولل`, ...), suffixes kept: the
/// bare word for cue and name matching. At least two letters remain after an
/// article and three after a bare `و`; words that begin with a radical `و`
/// (`وزير`, `واشنطن`, listed in `lexicons/ar/text.toml`) keep it. A bare `ف`
/// is kept too (`فرنسا`, `فصائل`), as are bare `ب`, `ل` and `ك` without an article
/// (`بغداد`, `لبنان`). Text that is not Arabic is returned unchanged.
///
/// ```
/// use claimgraph::text::normalize::strip_clitics;
/// assert_eq!(strip_clitics("وقالت"), "قالت");
/// assert_eq!(strip_clitics("والبنتاغون"), "بنتاغون");
/// assert_eq!(strip_clitics("وزير"), "وزير");
/// assert_eq!(strip_clitics("talks"), "talks");
/// ```
pub fn strip_clitics(folded: &str) -> &str {
    arabic::strip_clitics(folded)
}

/// Folds `chars` into `out`, collapsing white space; `out` never starts with a
/// space and ends with at most one.
fn fold_chars(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut chars = chars
        .filter(|&c| !is_invisible(c) && !arabic::is_dropped(c))
        .peekable();
    let mut prev_digit = false;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            prev_digit = false;
            continue;
        }
        if c == '٬' && prev_digit && chars.peek().is_some_and(|&n| digit_value(n).is_some()) {
            continue;
        }
        match arabic::fold_char(c) {
            arabic::Folded::Drop => continue,
            arabic::Folded::To(f) => {
                out.push(f);
                prev_digit = f.is_ascii_digit();
                continue;
            }
            arabic::Folded::Other => {}
        }
        prev_digit = c.is_ascii_digit();
        if let Some(f) = english::fold_char(c) {
            out.push(f);
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if crate::text::is_own_lowercase(c) {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The forms of one word of the text. News repeats its words, so the forms
/// are memoized per thread by surface spelling.
fn word_forms(surface: &str, lang: Lang) -> Rc<Forms> {
    thread_local! {
        /// Forms by surface spelling, per language.
        static CACHE: RefCell<[SpellingMemo<Rc<Forms>>; 2]> =
            RefCell::new([SpellingMemo::new(1 << 16), SpellingMemo::new(1 << 16)]);
    }
    let slot = match lang {
        Lang::Ar => 0,
        Lang::En => 1,
    };
    CACHE.with(|cache| {
        cache.borrow_mut()[slot].get_or_insert_with(surface, |surface| {
            let norm = fold_word(surface);
            let stem = stem(&norm, lang);
            Rc::new(Forms::new(norm, stem, lang))
        })
    })
}

/// Folds one word of the text; words are short and most need no NFKC pass.
fn fold_word(surface: &str) -> String {
    if surface.is_ascii() {
        return surface.to_ascii_lowercase();
    }
    if surface.chars().all(|c| matches!(c, '\u{0621}'..='\u{064A}')) {
        let mut out = String::with_capacity(surface.len());
        for c in surface.chars() {
            match arabic::fold_char(c) {
                arabic::Folded::To(f) => out.push(f),
                arabic::Folded::Drop => {}
                arabic::Folded::Other => out.push(c),
            }
        }
        return out;
    }
    fold(surface, Lang::Ar)
}

/// Zero-width and bidirectional format characters, removed by folding.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The value of a decimal digit of the scripts the crate reads: ASCII,
/// Arabic-Indic, Extended Arabic-Indic (Persian) and fullwidth.
pub(crate) fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '٠'..='٩' => Some((c as u32 - 0x0660) as u8),
        '۰'..='۹' => Some((c as u32 - 0x06F0) as u8),
        '０'..='９' => Some((c as u32 - 0xFF10) as u8),
        _ => None,
    }
}

/// Whether `c` continues or starts a word: a letter, a combining mark, tatweel,
/// or a number sign other than a decimal digit (`½`, `²`).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Arabic letters and marks first: the general lookup is slow.
    if matches!(c, '\u{0621}'..='\u{065F}' | '\u{0670}'..='\u{06D3}') {
        return true;
    }
    digit_value(c).is_none() && (c.is_alphanumeric() || c == '\u{0640}' || is_combining_mark(c))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// A cursor over a slice for the tokenizer.
struct Scanner<'s> {
    s: &'s str,
    i: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }

    fn peek_at(&self, at: usize) -> Option<char> {
        self.s.get(at..).and_then(|s| s.chars().next())
    }

    /// Consumes a word: word characters, with apostrophes and joiners that
    /// stand between two word characters.
    fn word(&mut self) {
        while let Some(c) = self.peek() {
            let inner = (is_apostrophe(c) || is_joiner(c))
                && self.peek_at(self.i + c.len_utf8()).is_some_and(is_word_char);
            if !(is_word_char(c) || inner) {
                break;
            }
            self.i += c.len_utf8();
        }
    }

    /// Consumes a run of digits (and combining marks on them), appending their
    /// ASCII forms to `norm`; returns how many digits there were.
    fn digits(&mut self, norm: &mut String) -> usize {
        let mut n = 0;
        while let Some(c) = self.peek() {
            if let Some(d) = digit_value(c) {
                norm.push(char::from(b'0' + d));
                n += 1;
            } else if !is_combining_mark(c) {
                break;
            }
            self.i += c.len_utf8();
        }
        n
    }

    /// How many digits follow position `at`.
    fn digits_at(&self, at: usize) -> usize {
        self.s
            .get(at..)
            .map_or(0, |s| s.chars().take_while(|&c| digit_value(c).is_some()).count())
    }

    /// Consumes a number: digits with grouping separators (`,` `٬` before a
    /// group of exactly three digits, when the leading group has at most three)
    /// and one decimal separator (`.` `٫`, and in Arabic `,` before a group that
    /// is not three digits long).
    fn number(&mut self, lang: Lang) -> String {
        let mut norm = String::with_capacity(8);
        let lead = self.digits(&mut norm);
        let mut grouped = false;
        while let Some(sep) = self.peek() {
            let after = self.i + sep.len_utf8();
            let group = self.digits_at(after);
            if group == 0 {
                break;
            }
            let grouping = matches!(sep, ',' | '٬') && group == 3 && (lead <= 3);
            if grouping {
                grouped = true;
                self.i = after;
                self.digits(&mut norm);
                continue;
            }
            let decimal = matches!(sep, '.' | '٫') || (sep == ',' && lang == Lang::Ar && !grouped);
            if decimal {
                norm.push('.');
                self.i = after;
                self.digits(&mut norm);
            }
            break;
        }
        norm
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str, lang: Lang) -> Vec<(&str, String)> {
        tokenize(text, Span::new(0, text.len()), lang)
            .into_iter()
            .map(|t| (t.span.slice(text), t.norm))
            .collect()
    }

    fn norms(text: &str, lang: Lang) -> Vec<String> {
        toks(text, lang).into_iter().map(|(_, n)| n).collect()
    }

    fn ar_stem(word: &str) -> String {
        stem(&fold(word, Lang::Ar), Lang::Ar)
    }

    fn en_stem(word: &str) -> String {
        stem(&fold(word, Lang::En), Lang::En)
    }

    #[test]
    fn arabic_fold_letters() {
        assert_eq!(fold("أإآٱ", Lang::Ar), "اااا");
        assert_eq!(fold("على مستشفى", Lang::Ar), "علي مستشفي");
        assert_eq!(fold("الحكومة", Lang::Ar), "الحكومه");
        assert_eq!(fold("مسؤول", Lang::Ar), fold("مسئول", Lang::Ar));
        assert_eq!(fold("شؤون", Lang::Ar), fold("شئون", Lang::Ar));
        assert_eq!(fold("یک کتاب", Lang::Ar), "يك كتاب");
    }

    #[test]
    fn arabic_fold_marks_and_tatweel() {
        assert_eq!(fold("مُحَمَّدٌ", Lang::Ar), "محمد");
        assert_eq!(fold("الرحمٰن", Lang::Ar), "الرحمن");
        assert_eq!(fold("جـــديد", Lang::Ar), "جديد");
        assert_eq!(fold("قِيلَۖ", Lang::Ar), "قيل");
        assert_eq!(fold("\u{200F}قال\u{202B}", Lang::Ar), "قال");
    }

    #[test]
    fn arabic_fold_presentation_forms_through_nfkc() {
        // Lam-alef ligature and isolated presentation forms.
        assert_eq!(fold("\u{FEFB}", Lang::Ar), "لا");
        assert_eq!(fold("\u{FE8D}\u{FEDF}", Lang::Ar), "ال");
    }

    #[test]
    fn arabic_fold_digits_and_separators() {
        assert_eq!(fold("٠١٢٣٤٥٦٧٨٩", Lang::Ar), "0123456789");
        assert_eq!(fold("۱۲۳", Lang::Ar), "123");
        assert_eq!(fold("١٢٫٥", Lang::Ar), "12.5");
        assert_eq!(fold("٢٬٥٠٠ جندي", Lang::Ar), "2500 جندي");
    }

    #[test]
    fn fold_phrases_collapses_space() {
        assert_eq!(fold("  وزير\u{00A0} الدفاع\n", Lang::Ar), "وزير الدفاع");
        assert_eq!(
            fold("Deputy  Press\tSecretary ", Lang::En),
            "deputy press secretary"
        );
    }

    #[test]
    fn english_fold() {
        assert_eq!(fold("The PENTAGON", Lang::En), "the pentagon");
        assert_eq!(fold("don’t", Lang::En), "don't");
        assert_eq!(fold("long–term — 7‒8", Lang::En), "long-term - 7-8");
        assert_eq!(fold("“talks”", Lang::En), "\"talks\"");
        assert_eq!(fold("ﬁnal", Lang::En), "final");
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(norms("2,500 troops", Lang::En), ["2500", "troops"]);
        assert_eq!(norms("12.5 km", Lang::En), ["12.5", "km"]);
        assert_eq!(norms("١٢٫٥", Lang::Ar), ["12.5"]);
        assert_eq!(norms("٢٬٥٠٠", Lang::Ar), ["2500"]);
        assert_eq!(norms("1,234,567.25", Lang::En), ["1234567.25"]);
        assert_eq!(toks("نحو 2,500 جندي", Lang::Ar)[1].0, "2,500");
    }

    #[test]
    fn comma_without_three_digits_is_decimal_only_in_arabic() {
        assert_eq!(norms("2,5 مليار", Lang::Ar), ["2.5", "مليار"]);
        assert_eq!(norms("2,5", Lang::En), ["2", "5"]);
        assert_eq!(
            norms("in 2020, 500 died", Lang::En),
            ["in", "2020", "500", "died"]
        );
    }

    #[test]
    fn dates_and_ranges_split() {
        assert_eq!(norms("2021/06/05", Lang::Ar), ["2021", "06", "05"]);
        assert_eq!(norms("7-8 أغسطس", Lang::Ar), ["7", "8", "اغسطس"]);
        assert_eq!(norms("2021.06.05", Lang::En), ["2021.06", "05"]);
    }

    #[test]
    fn letter_digit_boundary_splits() {
        assert_eq!(
            toks("60كلم", Lang::Ar),
            [("60", "60".into()), ("كلم", "كلم".into())]
        );
        assert_eq!(
            toks("و2500", Lang::Ar),
            [("و", "و".into()), ("2500", "2500".into())]
        );
        assert_eq!(norms("F16s", Lang::En), ["f", "16", "s"]);
    }

    #[test]
    fn words_keep_original_spans() {
        let text = "قالَ «البنتاغونُ» إنّ";
        for t in tokenize(text, Span::new(0, text.len()), Lang::Ar) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
        let got = toks(text, Lang::Ar);
        assert_eq!(got[1], ("البنتاغونُ", "البنتاغون".into()));
        let sub = Span::new(text.find('«').unwrap(), text.len());
        let t = tokenize(text, sub, Lang::Ar);
        assert_eq!(t[0].span.slice(text), "البنتاغونُ");
    }

    #[test]
    fn apostrophes_and_joiners_inside_words() {
        assert_eq!(
            norms("Pentagon’s don't 'quoted'", Lang::En),
            ["pentagon's", "don't", "quoted"]
        );
        assert_eq!(norms("می\u{200C}خواهم", Lang::Ar), ["ميخواهم"]);
    }

    #[test]
    fn bad_span_gives_nothing() {
        let text = "قال";
        assert!(tokenize(text, Span::new(1, 3), Lang::Ar).is_empty());
        assert!(tokenize(text, Span::new(0, 99), Lang::Ar).is_empty());
    }

    #[test]
    fn arabic_stems_unify_clitic_variants() {
        let a = ar_stem("محادثات");
        assert_eq!(ar_stem("والمحادثات"), a);
        assert_eq!(ar_stem("المحادثات"), a);
        let b = ar_stem("مفاوضات");
        assert_eq!(ar_stem("والمفاوضات"), b);
        assert_eq!(ar_stem("المفاوضات"), b);
        let c = ar_stem("انسحاب");
        assert_eq!(ar_stem("وانسحاب"), c);
        assert_eq!(ar_stem("الانسحاب"), c);
        assert_eq!(ar_stem("للانسحاب"), c);
        assert_eq!(ar_stem("بالانسحاب"), c);
        assert_eq!(ar_stem("انسحابا"), c);
        assert_ne!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn arabic_stems_unify_suffix_variants() {
        assert_eq!(ar_stem("العراقية"), ar_stem("العراقي"));
        assert_eq!(ar_stem("العراقيين"), ar_stem("عراقي"));
        assert_eq!(ar_stem("مسؤولين"), ar_stem("مسئولون"));
        assert_eq!(ar_stem("قواتها"), ar_stem("القوات"));
        assert_eq!(ar_stem("الأمريكية"), ar_stem("أمريكي"));
    }

    #[test]
    fn arabic_light_stem_keeps_three_letters() {
        assert_eq!(arabic::light_stem("بيان"), "بيان");
        assert_eq!(arabic::light_stem("قوات"), "قوات");
        assert_eq!(arabic::light_stem("والمحادثات"), "محادث");
    }

    #[test]
    fn strip_clitics_prefixes_only() {
        assert_eq!(strip_clitics("وقالت"), "قالت");
        assert_eq!(strip_clitics("والبنتاغون"), "بنتاغون");
        assert_eq!(strip_clitics("للانسحاب"), "انسحاب");
        assert_eq!(strip_clitics("وبالمحادثات"), "محادثات");
        assert_eq!(strip_clitics("فالحكومه"), "حكومه");
        assert_eq!(strip_clitics("واشنطن"), "واشنطن");
        assert_eq!(strip_clitics("الوزير"), "وزير");
        assert_eq!(strip_clitics("ووزراء"), "وزراء");
        assert_eq!(strip_clitics("وقد"), "وقد");
        assert_eq!(strip_clitics("اكد"), "اكد");
    }

    #[test]
    fn english_stems() {
        assert_eq!(en_stem("talks"), en_stem("talk"));
        assert_eq!(en_stem("Withdrawal"), "withdraw");
        assert_eq!(en_stem("negotiations"), en_stem("negotiating"));
        assert_eq!(en_stem("Pentagon’s"), "pentagon");
    }

    #[test]
    fn shared_tokens_are_the_tokens() {
        let text = "قالَ «البنتاغونُ» إنّ ٢٬٥٠٠ جندي والمحادثات; Pentagon’s 12.5 talks talks 60كلم";
        for lang in Lang::ALL {
            for span in [
                Span::new(0, text.len()),
                Span::new(text.find('«').unwrap(), text.len()),
            ] {
                let plain = tokenize(text, span, lang);
                let shared = doc_tokens(text, span, lang);
                assert_eq!(plain.len(), shared.len());
                for (p, s) in plain.iter().zip(&shared) {
                    assert_eq!(
                        (p.span, p.norm.as_str(), p.stem.as_str()),
                        (s.span, s.norm.as_str(), s.stem.as_str())
                    );
                    assert_eq!(s.lang, lang);
                }
            }
            assert!(doc_tokens(text, Span::new(1, 3), lang).is_empty());
        }
        // Words of the same spelling share their forms.
        let shared = doc_tokens(text, Span::new(0, text.len()), Lang::En);
        let talks: Vec<&DocToken> = shared.iter().filter(|t| t.norm == "talks").collect();
        assert!(talks.len() == 2 && Rc::ptr_eq(&talks[0].forms, &talks[1].forms));
    }

    #[test]
    fn number_stem_is_norm() {
        let text = "12.5";
        let t = &tokenize(text, Span::new(0, 4), Lang::En)[0];
        assert_eq!(t.stem, "12.5");
        assert!(t.is_number());
    }
}
