//! Splits text into sentences and finds quotations.
//!
//! One pass over the text, in the spirit of UAX #29 sentence boundaries but with
//! the merges news text needs built in (UAX #29 alone splits after `Dr.` and
//! `د.`, inside quotations, and cannot use letter case in Arabic):
//!
//! - `.` `!` `?` `؟` `…` `۔` end a sentence, and so does every line break;
//! - no split inside numbers and dates (`12.5`, `2021/06/05`, `7-8`), before a
//!   Latin letter or digit that follows the stop without a space (`pic.twitter.com`,
//!   `U.S`), before a lower-case Latin word or a comma, after an abbreviation of
//!   the lexicon (`U.S.`, `Dr.`, `د.`), or after a single capital initial (`L.`);
//!   an abbreviation right after a number (`2003 م.`, `10 a.m.`) may end one;
//! - a stop without a following space still splits before an Arabic letter
//!   (`مسؤول".وأضاف`);
//! - no split inside an open quotation (“ ” « » „ " and ‘ ’ used as quotes): a
//!   closing mark does not end the sentence either, so `“A. B.” C.` is one;
//! - a quotation may run across a line break when the line does not end in a stop,
//!   the paragraph goes on, and a closing mark follows in the same paragraph;
//!   otherwise an open quotation is closed at the line break, and the sentence
//!   says so with [`Sentence::unclosed_quote`]; across a line, a straight mark
//!   `"` closes only when it follows text (one after a space opens a new quote);
//! - a sentence longer than 16 KiB is cut at the next white space;
//! - skipped regions (page chrome) end a sentence and are never part of one;
//!   a piece of text with no letter or digit is not a sentence.

use crate::span::Span;
use crate::text::TextLexicon;
use crate::text::clean::Skipped;
use crate::text::normalize::fold;

/// A sentence: its span, and the quotations inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence, trimmed of surrounding white space.
    pub span: Span,
    /// Quotations in the sentence, each including its quotation marks, in text
    /// order (a nested quotation follows the one around it).
    pub quotes: Vec<Span>,
    /// Whether a quotation opened in the sentence and never closed before the
    /// paragraph ended; its span in `quotes` runs to the end of the line.
    pub unclosed_quote: bool,
    /// Whether the sentence is a piece of a longer one, cut because it passed
    /// [`Config::max_sentence_bytes`](crate::Config::max_sentence_bytes).
    pub cut: bool,
}

/// Splits `text` into sentences, leaving out skipped regions. `skipped` must be
/// sorted, as [`clean`](crate::text::clean) returns it.
pub(crate) fn sentences(text: &str, skipped: &[Skipped], lex: &TextLexicon) -> Vec<Sentence> {
    let mut seg = Segmenter {
        text,
        lex,
        out: Vec::new(),
        start: None,
        stack: Vec::new(),
        quotes: Vec::new(),
        unclosed: false,
        closers: [Closer::Unknown; KINDS],
        para_end: 0,
    };
    seg.run(skipped);
    seg.out
}

/// The longest a sentence may grow before it is cut at the next white space:
/// text with no stop for this long is not prose, and later stages should not
/// have to read it as one sentence.
const MAX_SENTENCE_BYTES: usize = 16 * 1024;

/// Kinds of quotation, by opening mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// “ … ”
    Curly = 0,
    /// « … »
    Guillemet = 1,
    /// " … "
    Straight = 2,
    /// ‘ … ’
    Single = 3,
    /// „ … “ or ”, and ” … ” (a closing mark used to open).
    Low = 4,
}

const KINDS: usize = 5;

impl Kind {
    /// Whether `c`, at `at` in `text`, can close a quotation of this kind.
    fn closes(self, c: char, text: &str, at: usize) -> bool {
        match self {
            Kind::Curly => c == '”',
            Kind::Guillemet => c == '»',
            Kind::Straight => c == '"',
            Kind::Single => c == '’' && !between_letters(text, at, c),
            Kind::Low => c == '“' || c == '”',
        }
    }
}

/// What is known about the next closing mark of one kind.
#[derive(Clone, Copy, Debug)]
enum Closer {
    Unknown,
    /// The next closing mark at or after the scan start is at this byte.
    At(usize),
    /// There is none before this byte (a paragraph end).
    NoneBefore(usize),
}

struct Segmenter<'t, 'l> {
    text: &'t str,
    lex: &'l TextLexicon,
    out: Vec<Sentence>,
    /// Where the current sentence starts, once it has a non-space character.
    start: Option<usize>,
    /// Open quotations: kind and byte of the opening mark.
    stack: Vec<(Kind, usize)>,
    /// Quotations of the current sentence.
    quotes: Vec<Span>,
    unclosed: bool,
    closers: [Closer; KINDS],
    /// The end of the paragraph last measured; valid for positions before it.
    para_end: usize,
}

impl Segmenter<'_, '_> {
    fn run(&mut self, skipped: &[Skipped]) {
        let text = self.text;
        let mut next_skip = 0;
        let mut i = 0;
        while i < text.len() {
            while next_skip < skipped.len() && skipped[next_skip].span.end <= i {
                next_skip += 1;
            }
            if let Some(skip) = skipped.get(next_skip) {
                if skip.span.start <= i {
                    let cut = skip.span.start.max(self.start.unwrap_or(0));
                    self.close_open_quotes(cut);
                    self.finish(cut);
                    i = skip.span.end.max(i + 1);
                    while !text.is_char_boundary(i) {
                        i += 1;
                    }
                    continue;
                }
            }
            let Some(c) = text[i..].chars().next() else { break };
            let len = c.len_utf8();
            if is_line_break(c) {
                if !self.stack.is_empty() && self.quote_goes_on(i) {
                    i += len;
                    continue;
                }
                self.close_open_quotes(i);
                self.finish(i);
                i += len;
                continue;
            }
            if c.is_whitespace() {
                if self.start.is_some_and(|s| i - s > MAX_SENTENCE_BYTES) {
                    self.close_open_quotes(i);
                    self.finish(i);
                }
                i += len;
                continue;
            }
            if self.start.is_none() {
                self.start = Some(i);
            }
            if is_quote_mark(c) {
                self.quote_mark(c, i);
                i += len;
                continue;
            }
            if is_stop(c) && self.stack.is_empty() {
                let end = self.stop_run_end(i);
                if self.is_boundary(i, end) {
                    self.finish(end);
                }
                i = end;
                continue;
            }
            i += len;
        }
        self.close_open_quotes(text.len());
        self.finish(text.len());
    }

    /// Handles a quotation mark at `at`.
    fn quote_mark(&mut self, c: char, at: usize) {
        let text = self.text;
        let prev = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        // An opening mark written where a closing one belongs (`“نعم“`, common
        // with right-to-left keyboards) closes the quotation it matches.
        let reversed_close = c == '“'
            && prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| {
                n.is_whitespace() || is_stop(n) || matches!(n, ',' | '،' | ';' | '؛' | ':' | ')')
            });
        let closes = |k: &Kind| k.closes(c, text, at) || (reversed_close && *k == Kind::Curly);
        if let Some(pos) = self.stack.iter().rposition(|(k, _)| closes(k)) {
            let opened = self.stack[pos].1;
            // Quotations opened inside this one and still open end with it.
            for (_, inner) in self.stack.drain(pos + 1..).rev() {
                self.quotes.push(Span::new(inner, at));
            }
            self.stack.pop();
            self.quotes.push(Span::new(opened, at + c.len_utf8()));
            return;
        }
        let opens = match c {
            '“' | '«' | '„' | '"' => true,
            '‘' => !prev.is_some_and(|p| p.is_ascii_alphanumeric()),
            // A closing mark with nothing open opens a quotation when it stands
            // before a word (`”قال” ` styles).
            '”' => prev.is_none_or(char::is_whitespace) && next.is_some_and(|n| !n.is_whitespace()),
            _ => false,
        };
        if opens {
            let kind = match c {
                '“' => Kind::Curly,
                '«' => Kind::Guillemet,
                '"' => Kind::Straight,
                '‘' => Kind::Single,
                _ => Kind::Low,
            };
            self.stack.push((kind, at));
        }
    }

    /// Whether the open quotation goes on past the line break at `at`.
    fn quote_goes_on(&mut self, at: usize) -> bool {
        let text = self.text;
        let line_end = text[..at].trim_end();
        if line_end.ends_with(is_stop) || line_end.is_empty() {
            return false;
        }
        if at >= self.para_end {
            self.para_end = paragraph_end(text, at);
        }
        let para_end = self.para_end;
        if para_end <= at + 1 {
            return false;
        }
        let (kind, _) = *self.stack.last().expect("stack is not empty");
        let slot = kind as usize;
        let found = match self.closers[slot] {
            Closer::At(c) if c >= at => Some(c),
            Closer::NoneBefore(end) if at < end => None,
            _ => {
                let found = text[at..para_end]
                    .char_indices()
                    .find(|&(j, c)| {
                        kind.closes(c, text, at + j)
                            && (kind != Kind::Straight || looks_closing(text, at + j))
                    })
                    .map(|(j, _)| at + j);
                self.closers[slot] = match found {
                    Some(c) => Closer::At(c),
                    None => Closer::NoneBefore(para_end),
                };
                found
            }
        };
        found.is_some_and(|c| c < para_end)
    }

    /// Closes every open quotation at `at` (the end of its line) as unclosed.
    fn close_open_quotes(&mut self, at: usize) {
        if self.stack.is_empty() {
            return;
        }
        let end = self.text[..at].trim_end().len();
        for (_, opened) in self.stack.drain(..).rev() {
            self.quotes.push(Span::new(opened, end.max(opened)));
        }
        self.unclosed = true;
    }

    /// The end of the run of stops (and closing brackets) that starts at `at`.
    fn stop_run_end(&self, at: usize) -> usize {
        let rest = &self.text[at..];
        let run = rest.len() - rest.trim_start_matches(is_stop).len();
        let after = &rest[run..];
        let brackets = after.len() - after.trim_start_matches([')', ']']).len();
        at + run + brackets
    }

    /// Whether the stops from `at` to `end` end a sentence.
    fn is_boundary(&self, at: usize, end: usize) -> bool {
        let text = self.text;
        let stops = &text[at..end];
        let next = text[end..].chars().next();
        let prev = text[..at].chars().next_back();
        if stops == "." {
            // Inside a number, or a URL or abbreviation written without spaces.
            if next.is_some_and(|n| n.is_ascii_alphanumeric()) {
                return false;
            }
            if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_numeric()) {
                return false;
            }
            if self.after_abbreviation(at) || after_initial(text, at) {
                return false;
            }
        }
        let after = text[end..].trim_start_matches(|c: char| c.is_whitespace() && !is_line_break(c));
        match after.chars().next() {
            None => true,
            Some(n) if is_line_break(n) => true,
            Some(n) => !(n.is_ascii_lowercase() || matches!(n, ',' | ';' | ':' | '،' | '؛')),
        }
    }

    /// Whether the full stop at `at` ends an abbreviation of the lexicon that
    /// does not follow a number.
    fn after_abbreviation(&self, at: usize) -> bool {
        let text = self.text;
        let before = &text[..at];
        // Abbreviations are short: looking further back would only cost time.
        const LONGEST: usize = 12;
        let mut back = before.char_indices().rev().take(LONGEST + 1);
        let mut word_start = at;
        let mut bounded = false;
        for (j, c) in back.by_ref() {
            if !(c.is_alphabetic() || c == '.') {
                bounded = true;
                break;
            }
            word_start = j;
        }
        if word_start == at || !(bounded || word_start == 0) {
            return false;
        }
        let candidate = fold(&text[word_start..at + 1], crate::lang::Lang::En);
        if self.lex.abbreviations.binary_search(&candidate).is_err() {
            return false;
        }
        let preceding = text[..word_start].trim_end_matches(|c: char| c.is_whitespace() && !is_line_break(c));
        !preceding.ends_with(|c: char| crate::text::normalize::digit_value(c).is_some())
    }

    /// Ends the current sentence at `end`, if one was started.
    fn finish(&mut self, end: usize) {
        let Some(start) = self.start.take() else {
            self.quotes.clear();
            self.unclosed = false;
            return;
        };
        let span = trim(self.text, Span::new(start, end));
        let mut quotes = std::mem::take(&mut self.quotes);
        let unclosed = std::mem::replace(&mut self.unclosed, false);
        if span.slice(self.text).chars().any(super::is_alphanumeric) {
            quotes.retain(|q| span.contains(*q) && !q.is_empty());
            quotes.sort_by_key(|q| (q.start, std::cmp::Reverse(q.end)));
            self.out.push(Sentence {
                span,
                quotes,
                unclosed_quote: unclosed,
                cut: false,
            });
        }
    }
}

/// The span without surrounding white space and invisible format characters.
fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let strip = |c: char| c.is_whitespace() || is_format(c);
    let left = s.len() - s.trim_start_matches(strip).len();
    let right = s.trim_end_matches(strip).len();
    Span::new(span.start + left, span.start + right.max(left))
}

fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '«' | '»' | '„' | '"' | '‘' | '’')
}

/// Whether the mark `c` at `at` stands between two letters (an apostrophe).
fn between_letters(text: &str, at: usize, c: char) -> bool {
    let prev = text[..at].chars().next_back();
    let next = text[at + c.len_utf8()..].chars().next();
    prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic)
}

/// Whether the mark at `at` follows a character that is not white space: a
/// straight quotation mark that closes rather than opens.
fn looks_closing(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_some_and(|p| !p.is_whitespace())
}

/// Whether the full stop at `at` ends a middle initial: a single capital Latin
/// letter after a capitalized word and before another (`Alina L. Romanowski`).
fn after_initial(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let mut back = before.chars().rev();
    let Some(letter) = back.next() else { return false };
    if !letter.is_ascii_uppercase() || back.next() != Some(' ') {
        return false;
    }
    let name: String = back.take_while(|c| c.is_alphabetic()).collect();
    let mut name = name.chars().rev();
    let capitalized = name.next().is_some_and(char::is_uppercase) && name.next().is_some();
    let next_word = text[at + 1..].strip_prefix(' ').and_then(|s| s.chars().next());
    capitalized && next_word.is_some_and(char::is_uppercase)
}

/// The end of the paragraph after the line break at `at`: the start of the
/// first following line that holds only white space, or the end of the text.
fn paragraph_end(text: &str, at: usize) -> usize {
    let mut pos = at;
    let mut rest = text[at..].chars();
    if let Some(c) = rest.next() {
        pos += c.len_utf8();
        if c == '\r' && text[pos..].starts_with('\n') {
            pos += 1;
        }
    }
    for line in text[pos..].split_inclusive('\n') {
        if line.trim().is_empty() {
            return pos;
        }
        pos += line.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::lexicon::Lexicons;
    use crate::text::clean::clean;

    fn split(text: &str, lang: Lang) -> Vec<Sentence> {
        let lex = Lexicons::builtin();
        let lex = &lex.lang(lang).text;
        sentences(text, &clean(text, lex), lex)
    }

    fn texts(text: &str, lang: Lang) -> Vec<&str> {
        split(text, lang).iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn latin_and_arabic_stops() {
        assert_eq!(
            texts("Talks began. Were they useful? Yes!", Lang::En),
            ["Talks began.", "Were they useful?", "Yes!"]
        );
        assert_eq!(
            texts("بدأت المحادثات. هل كانت مفيدة؟ نعم! وانتهت…", Lang::Ar),
            ["بدأت المحادثات.", "هل كانت مفيدة؟", "نعم!", "وانتهت…"]
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_headlines_count() {
        let text = "انسحاب القوات الأجنبية\n\nقال الوزير إن المحادثات مستمرة\nوأضاف أن الجدول جاهز.";
        assert_eq!(
            texts(text, Lang::Ar),
            [
                "انسحاب القوات الأجنبية",
                "قال الوزير إن المحادثات مستمرة",
                "وأضاف أن الجدول جاهز."
            ]
        );
        assert_eq!(
            texts("One\r\nTwo\u{2029}Three", Lang::En),
            ["One", "Two", "Three"]
        );
    }

    #[test]
    fn no_split_inside_numbers_and_dates() {
        let text = "The rate rose to 12.5 percent on 2021/06/05 and again on 7-8 August. Then it fell.";
        assert_eq!(texts(text, Lang::En).len(), 2);
        let text = "ارتفع المعدل إلى ١٢٫٥ بالمئة و12.5 أيضا في 2021/06/05. ثم انخفض.";
        assert_eq!(
            texts(text, Lang::Ar),
            [
                "ارتفع المعدل إلى ١٢٫٥ بالمئة و12.5 أيضا في 2021/06/05.",
                "ثم انخفض."
            ]
        );
    }

    #[test]
    fn no_split_after_abbreviations_and_initials() {
        let text = "Dr. Smith met Gen. Jones and Sen. Lee in the U.S. Capitol at 10 a.m. local time. Ambassador Alina L. Romanowski spoke.";
        assert_eq!(
            texts(text, Lang::En),
            [
                "Dr. Smith met Gen. Jones and Sen. Lee in the U.S. Capitol at 10 a.m. local time.",
                "Ambassador Alina L. Romanowski spoke."
            ]
        );
        let text = "قال د. أحمد إن م. خالد سيحضر. وانتهى اللقاء.";
        assert_eq!(
            texts(text, Lang::Ar),
            ["قال د. أحمد إن م. خالد سيحضر.", "وانتهى اللقاء."]
        );
    }

    #[test]
    fn a_lone_capital_is_not_always_an_initial() {
        assert_eq!(texts("They chose plan B. Then they left.", Lang::En).len(), 2);
        assert_eq!(texts("President George W. Bush spoke.", Lang::En).len(), 1);
    }

    #[test]
    fn abbreviation_after_a_number_may_end_a_sentence() {
        let text = "The troops arrived at 10 a.m. The base was quiet.";
        assert_eq!(
            texts(text, Lang::En),
            ["The troops arrived at 10 a.m.", "The base was quiet."]
        );
        let text = "دخلت القوات العراق عام 2003 م. وقال المسؤول إنها باقية.";
        assert_eq!(texts(text, Lang::Ar).len(), 2);
    }

    #[test]
    fn lower_case_or_comma_after_a_stop_does_not_split() {
        assert_eq!(
            texts("He left... and came back. Done.", Lang::En),
            ["He left... and came back.", "Done."]
        );
        assert_eq!(texts("“Why?”, she asked.", Lang::En).len(), 1);
    }

    #[test]
    fn urls_do_not_split() {
        let text = "See example.com/news and v1.2 for details. Next.";
        assert_eq!(texts(text, Lang::En).len(), 2);
    }

    #[test]
    fn missing_space_after_stop_splits_before_arabic() {
        let text = "وصف الهجوم بأنه \"تصعيد غير مسؤول\".وأضاف أن الرد قادم.";
        assert_eq!(
            texts(text, Lang::Ar),
            ["وصف الهجوم بأنه \"تصعيد غير مسؤول\".", "وأضاف أن الرد قادم."]
        );
    }

    #[test]
    fn quotation_spanning_stops_is_one_sentence() {
        let text = "“We came. We saw.” He left. Done.";
        let got = split(text, Lang::En);
        assert_eq!(
            got.iter().map(|s| s.span.slice(text)).collect::<Vec<_>>(),
            ["“We came. We saw.” He left.", "Done."]
        );
        assert_eq!(got[0].quotes.len(), 1);
        assert_eq!(got[0].quotes[0].slice(text), "“We came. We saw.”");
        assert!(!got[0].unclosed_quote);
        let text = "وقال الوزير «نحن هنا. وسنبقى.» ثم غادر. وانتهى.";
        let got = split(text, Lang::Ar);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].quotes[0].slice(text), "«نحن هنا. وسنبقى.»");
    }

    #[test]
    fn quotes_of_every_kind_are_found() {
        let text = "قال \"نعم\" و«لا» و“ربما” و‘قد’ اليوم.";
        let got = split(text, Lang::Ar);
        let quotes: Vec<&str> = got[0].quotes.iter().map(|q| q.slice(text)).collect();
        assert_eq!(quotes, ["\"نعم\"", "«لا»", "“ربما”", "‘قد’"]);
        let text = "He said ‘it’s over’ and left.";
        let got = split(text, Lang::En);
        assert_eq!(got[0].quotes[0].slice(text), "‘it’s over’");
    }

    #[test]
    fn reversed_quotation_marks_pair_up() {
        let text = "وقال ”لن ننسحب“ ثم غادر. وقال آخر “نعم“، وانتهى.";
        let got = split(text, Lang::Ar);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].quotes[0].slice(text), "”لن ننسحب“");
        assert_eq!(got[1].quotes[0].slice(text), "“نعم“");
        assert!(!got[1].unclosed_quote);
    }

    #[test]
    fn english_unclosed_quote_stops_at_the_line() {
        let text = "He said \"we will stay. No doubt.\nThe talks ended. Done.";
        let got = split(text, Lang::En);
        assert_eq!(got.len(), 3);
        assert!(got[0].unclosed_quote);
        assert_eq!(got[0].span.slice(text), "He said \"we will stay. No doubt.");
        assert_eq!(got[1].span.slice(text), "The talks ended.");
    }

    #[test]
    fn nested_quotation_is_listed_after_its_outer_one() {
        let text = "He said: “They called it ‘a plan’ today.” Done.";
        let got = split(text, Lang::En);
        let quotes: Vec<&str> = got[0].quotes.iter().map(|q| q.slice(text)).collect();
        assert_eq!(quotes, ["“They called it ‘a plan’ today.”", "‘a plan’"]);
    }

    #[test]
    fn unclosed_quote_closes_at_the_paragraph_end() {
        let text = "وأضافت الوزارة أن \"الجانبين اتفقا. على إطار عمل.\n\nوفي وقت سابق، عقدت اللجنة اجتماعها. وانتهى.";
        let got = split(text, Lang::Ar);
        assert_eq!(got.len(), 3);
        assert!(got[0].unclosed_quote);
        assert_eq!(
            got[0].span.slice(text),
            "وأضافت الوزارة أن \"الجانبين اتفقا. على إطار عمل."
        );
        assert_eq!(got[0].quotes[0].slice(text), "\"الجانبين اتفقا. على إطار عمل.");
        assert!(!got[1].unclosed_quote);
        // Lines of one paragraph, each ending in a stop: the quote ends with its line.
        let text = "قال \"أولا. ثانيا.\nوقال \"ثالثا\".";
        let got = split(text, Lang::Ar);
        assert_eq!(got.len(), 2);
        assert!(got[0].unclosed_quote);
        assert_eq!(got[1].quotes[0].slice(text), "\"ثالثا\"");
    }

    #[test]
    fn quote_runs_over_a_wrapped_line_in_one_paragraph() {
        let text = "The minister said “we will not leave\nuntil the job is done.” Then he left.\nNext.";
        let got = split(text, Lang::En);
        assert_eq!(got.len(), 2);
        assert!(got[0].span.slice(text).ends_with("done.” Then he left."));
        assert!(!got[0].unclosed_quote);
    }

    #[test]
    fn skipped_chrome_is_never_in_a_sentence() {
        let text = "[ad_1]\nقالت الحكومة إن الضربات غير مبررة. (غيتي)\nوأكد المتحدث ذلك.\n[ad_2]\nالمصدر\n";
        let got = texts(text, Lang::Ar);
        assert_eq!(got, ["قالت الحكومة إن الضربات غير مبررة.", "وأكد المتحدث ذلك."]);
        let text = "Soldiers patrol a street in Baghdad (Reuters)\nThe talks began. (AFP)\nAdvertisement\n";
        assert_eq!(texts(text, Lang::En), ["The talks began."]);
    }

    #[test]
    fn long_runs_stay_linear() {
        // Dots between letters and open quotations on many lines of one paragraph.
        let dots = "ا.".repeat(50_000);
        assert!(!texts(&dots, Lang::Ar).is_empty());
        let lines = "قال \"نعم\n".repeat(20_000);
        let got = split(&lines, Lang::Ar);
        assert_eq!(got.len(), 20_000);
        assert!(got.iter().all(|s| s.unclosed_quote));
    }

    #[test]
    fn over_long_sentences_are_cut_at_white_space() {
        let text = "كلمة word ".repeat(10_000);
        let got = split(&text, Lang::Ar);
        assert!(got.len() > 1);
        assert!(got.iter().all(|s| s.span.len() <= MAX_SENTENCE_BYTES + 16));
        assert_eq!(got.first().unwrap().span.start, 0);
    }

    #[test]
    fn text_without_letters_is_not_a_sentence() {
        assert!(texts("... !!! ***\n---", Lang::En).is_empty());
        assert_eq!(texts(&"A. ".repeat(1000), Lang::En).len(), 1000);
        assert!(texts("", Lang::Ar).is_empty());
    }
}
