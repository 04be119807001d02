//! Marks page chrome (ads, navigation, forum headers, credits, embeds) as
//! skipped. Nothing is removed, so offsets stay valid.
//!
//! The patterns are data (`[[chrome]]` tables in `lexicons/{ar,en}/text.toml`);
//! each table names a reason and gives regular expressions of four kinds:
//!
//! - `lines`: a whole line (trimmed) that matches is chrome;
//! - `contains`: a line up to `max_chars` characters that contains a match is chrome;
//! - `line_ends`: a match at the end of a line (a photo credit such as `(أ ف ب)`)
//!   is chrome, and only the match, unless the text before it does not end a
//!   sentence: then the line is a photo caption and all of it is chrome;
//! - `bylines`: a line that matches is an embed's byline (`— Name (@handle) July
//!   22, 2024`); it and the line before it (the embed's body) are chrome.
//!
//! Skipped spans exclude the surrounding white space of a line, and come sorted
//! and non-overlapping.

use regex::{Regex, RegexSet};

use crate::span::Span;
use crate::text::TextLexicon;

/// A region of the text that extraction skips, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The skipped bytes.
    pub span: Span,
    /// Why they were skipped: one of [`REASONS`].
    pub reason: &'static str,
}

/// The reasons a `[[chrome]]` table may give.
pub const REASONS: [&str; 12] = [
    "advertisement",
    "script notice",
    "cookie notice",
    "navigation",
    "related links",
    "forum header",
    "source line",
    "photo credit",
    "photo caption",
    "social embed",
    "copyright",
    "page chrome",
];

/// The compiled chrome rules of one language.
#[derive(Clone, Debug)]
pub(crate) struct Chrome {
    /// Every `lines` pattern, anchored at both ends.
    pub(crate) lines: RegexSet,
    /// The reason of each pattern in `lines`.
    pub(crate) line_reasons: Vec<&'static str>,
    /// The other kinds of pattern, per table.
    pub(crate) rules: Vec<ChromeRule>,
}

/// One `[[chrome]]` table's `contains`, `line_ends` and `bylines` patterns.
#[derive(Clone, Debug)]
pub(crate) struct ChromeRule {
    pub(crate) reason: &'static str,
    pub(crate) contains: Vec<Regex>,
    /// Anchored at the line end (trailing white space allowed).
    pub(crate) line_ends: Vec<Regex>,
    /// Anchored at both ends.
    pub(crate) bylines: Vec<Regex>,
    pub(crate) max_chars: usize,
}

/// Characters that end a sentence before a photo credit; a line whose text
/// before the credit ends otherwise is a caption.
const SENTENCE_END: [char; 11] = ['.', '!', '?', '؟', '…', '۔', '"', '”', '»', '\'', '’'];

/// Finds the page chrome in `text`, sorted and non-overlapping.
pub(crate) fn clean(text: &str, lex: &TextLexicon) -> Vec<Skipped> {
    let chrome = &lex.chrome;
    let mut out: Vec<Skipped> = Vec::new();
    // The previous non-blank line, and whether `out` ends with a part of it.
    let mut prev: Option<(Span, bool)> = None;
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = start;
        start += raw.len();
        let content = trim_span(text, Span::new(line_start, line_start + raw.len()));
        if content.is_empty() {
            continue;
        }
        let line = content.slice(text);
        let before = out.len();
        if let Some(reason) = line_reason(chrome, line) {
            out.push(Skipped {
                span: content,
                reason,
            });
        } else if let Some(reason) = contains_reason(chrome, line) {
            out.push(Skipped {
                span: content,
                reason,
            });
        } else if let Some(reason) = byline_reason(chrome, line) {
            if let Some((body, touched)) = prev {
                if short_enough(body.slice(text), 2 * max_byline_chars(chrome)) {
                    if touched {
                        out.pop();
                    }
                    out.push(Skipped { span: body, reason });
                }
            }
            out.push(Skipped {
                span: content,
                reason,
            });
        } else if let Some((credit, reason)) = line_end(chrome, line) {
            let rest = line[..credit.start].trim_end();
            if rest.is_empty() {
                out.push(Skipped {
                    span: content,
                    reason,
                });
            } else if rest.ends_with(SENTENCE_END) {
                let span = Span::new(content.start + credit.start, content.end);
                out.push(Skipped { span, reason });
            } else {
                out.push(Skipped {
                    span: content,
                    reason: "photo caption",
                });
            }
        }
        prev = Some((content, out.len() > before));
    }
    out
}

/// The span without surrounding white space and invisible format characters.
fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let strip = |c: char| {
        c.is_whitespace()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
    };
    let left = s.len() - s.trim_start_matches(strip).len();
    let right = s.trim_end_matches(strip).len();
    Span::new(span.start + left, span.start + right.max(left))
}

fn short_enough(line: &str, max_chars: usize) -> bool {
    line.len() <= max_chars || line.chars().count() <= max_chars
}

fn line_reason(chrome: &Chrome, line: &str) -> Option<&'static str> {
    let matched = chrome.lines.matches(line);
    matched.iter().next().map(|i| chrome.line_reasons[i])
}

fn contains_reason(chrome: &Chrome, line: &str) -> Option<&'static str> {
    chrome
        .rules
        .iter()
        .find(|r| {
            !r.contains.is_empty()
                && short_enough(line, r.max_chars)
                && r.contains.iter().any(|re| re.is_match(line))
        })
        .map(|r| r.reason)
}

fn byline_reason(chrome: &Chrome, line: &str) -> Option<&'static str> {
    chrome
        .rules
        .iter()
        .find(|r| {
            !r.bylines.is_empty()
                && short_enough(line, r.max_chars)
                && r.bylines.iter().any(|re| re.is_match(line))
        })
        .map(|r| r.reason)
}

fn max_byline_chars(chrome: &Chrome) -> usize {
    chrome
        .rules
        .iter()
        .filter(|r| !r.bylines.is_empty())
        .map(|r| r.max_chars)
        .max()
        .unwrap_or(0)
}

/// The earliest line-end match of any rule, as a range of `line`, trailing
/// white space excluded.
fn line_end(chrome: &Chrome, line: &str) -> Option<(std::ops::Range<usize>, &'static str)> {
    chrome
        .rules
        .iter()
        .flat_map(|r| r.line_ends.iter().map(move |re| (re, r.reason)))
        .filter_map(|(re, reason)| re.find(line).map(|m| (m.start()..line.len(), reason)))
        .min_by_key(|(range, _)| range.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::lexicon::Lexicons;

    fn skipped(text: &str, lang: Lang) -> Vec<(String, &'static str)> {
        let lex = Lexicons::builtin();
        clean(text, &lex.lang(lang).text)
            .into_iter()
            .map(|s| (s.span.slice(text).to_string(), s.reason))
            .collect()
    }

    fn skipped_text(text: &str, lang: Lang) -> Vec<String> {
        skipped(text, lang).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn ad_markers_and_script_notices() {
        let text = "[ad_1]\nقال المتحدث إن الاجتماع انتهى.\n[ad_12]\nPlease enable JavaScript in your browser to continue.\n";
        let got = skipped(text, Lang::Ar);
        assert_eq!(got[0], ("[ad_1]".into(), "advertisement"));
        assert_eq!(got[1], ("[ad_12]".into(), "advertisement"));
        assert_eq!(got[2].1, "script notice");
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn english_chrome_lines() {
        let text = "ADVERTISEMENT\nThe minister said talks would resume.\nRead more\nShare this article\n\
                    Sign up for our daily briefing\nRelated: Troops leave the base\n\
                    We use cookies to improve your experience. By continuing you accept our cookie policy.\n\
                    Sorry, you need to enable JavaScript to visit this website.\n";
        let got = skipped_text(text, Lang::En);
        assert_eq!(got.len(), 7, "{got:?}");
        assert!(!got.iter().any(|s| s.contains("minister")));
    }

    #[test]
    fn arabic_navigation_and_related_box() {
        let text = "قال الوزير إن المحادثات مستمرة.\n\nاقرأ المزيد\n\nيحتوي هذا القسم على المقالات ذات صلة، الموضوعة في الحقل\n\nاقرأ أيضاً: انسحاب القوات\nالمزيد من الأخبار\n";
        let got = skipped(text, Lang::Ar);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[1].1, "related links");
    }

    #[test]
    fn forum_headers() {
        let text = "الكاتب موضوع: خطة جديدة لسحب القوات  (زيارة 12 مرات)\n\n3 الأعضاء و 2 ضيوف يشاهدون هذا الموضوع.\n\n\
                    غير متصل Some Member\n\n  • مشرف\n  • عضو جديد\n  • ****\n  • مشاركات: 77\n    • مشاهدة الملف الشخصي\n\
                    بدأت المحادثات في بغداد اليوم.\n";
        let got = skipped(text, Lang::Ar);
        assert_eq!(got.len(), 8, "{got:?}");
        assert!(got.iter().all(|(_, r)| *r == "forum header"));
        assert!(!got.iter().any(|(s, _)| s.contains("بدأت")));
    }

    #[test]
    fn source_lines_and_tags() {
        let text = "انتهى الاجتماع دون اتفاق.\nAFP\n\nالمصدر\n";
        let got = skipped(text, Lang::Ar);
        assert_eq!(
            got,
            [("AFP".into(), "source line"), ("المصدر".into(), "source line")]
        );
        let text = "The talks ended.\nSource: Reuters\n";
        assert_eq!(skipped_text(text, Lang::En), ["Source: Reuters"]);
    }

    #[test]
    fn photo_credit_is_only_the_credit() {
        let text = "قالت الحكومة إن الضربات غير مبررة. (رويترز)\nوأكد المسؤول الخبر. (أ.ف.ب)  \n";
        let got = skipped(text, Lang::Ar);
        assert_eq!(
            got,
            [
                ("(رويترز)".into(), "photo credit"),
                ("(أ.ف.ب)".into(), "photo credit")
            ]
        );
        let text = "وقال إن الضربات انتهت. (غيتي إيميجز)\n";
        assert_eq!(skipped_text(text, Lang::Ar), ["(غيتي إيميجز)"]);
        let text = "The base was hit overnight. (Getty Images)\n";
        assert_eq!(skipped_text(text, Lang::En), ["(Getty Images)"]);
    }

    #[test]
    fn photo_caption_line_is_skipped_whole() {
        let text = "جنود يقفون قرب آلية عسكرية في الأنبار (غيتي)\nقال الجيش إن الوضع هادئ.\n";
        let got = skipped(text, Lang::Ar);
        assert_eq!(
            got,
            [(
                "جنود يقفون قرب آلية عسكرية في الأنبار (غيتي)".into(),
                "photo caption"
            )]
        );
        let text = "Soldiers stand guard in Baghdad, Jan. 5 (AFP)\n";
        assert_eq!(skipped(text, Lang::En)[0].1, "photo caption");
    }

    #[test]
    fn credit_words_inside_a_sentence_are_not_chrome() {
        let text = "ونقلت وكالة (رويترز) عن مصدر أن المحادثات بدأت.\n";
        assert!(skipped(text, Lang::Ar).is_empty());
    }

    #[test]
    fn tweet_embed_and_byline() {
        let text = "قالت السفيرة في تغريدة إن الحوار بدأ.\nبدأ الحوار اليوم في واشنطن. pic.twitter.com/AbC123\n\
                    — Some Envoy (@envoy_x) March 3, 2024\nوبدأت المحادثات بعد انقطاع.\n";
        let got = skipped(text, Lang::Ar);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(_, r)| *r == "social embed"));
        let text = "The talks began.\nWe are proud to start this dialogue today.\n— A Diplomat (@diplomat) July 1, 2024\n";
        let got = skipped_text(text, Lang::En);
        assert_eq!(
            got,
            [
                "We are proud to start this dialogue today.",
                "— A Diplomat (@diplomat) July 1, 2024"
            ]
        );
    }

    #[test]
    fn copyright_lines() {
        let text = "© 2024 Some News Agency. All rights reserved.\nجميع الحقوق محفوظة لموقع الأخبار 2024\n";
        assert_eq!(skipped(text, Lang::En)[0].1, "copyright");
        assert_eq!(skipped(text, Lang::Ar).len(), 2);
    }

    #[test]
    fn unknown_reason_or_bad_pattern_is_a_parse_error() {
        let bad = "[[chrome]]\nreason = \"weather\"\nlines = ['x']\n";
        let err = TextLexicon::parse("my/text.toml", bad).unwrap_err().to_string();
        assert!(err.contains("my/text.toml") && err.contains("weather"), "{err}");
        let bad = "[[chrome]]\nreason = \"navigation\"\nlines = ['(unclosed']\n";
        let err = TextLexicon::parse("my/text.toml", bad).unwrap_err().to_string();
        assert!(err.contains("line 3") || err.contains(":3"), "{err}");
    }

    #[test]
    fn content_mentioning_chrome_words_is_kept() {
        let text = "Officials said they would read more reports before deciding whether to advertise the plan.\n\
                    وقال المصدر إن المزيد من القوات سيصل.\n";
        assert!(skipped(text, Lang::En).is_empty());
        assert!(skipped(text, Lang::Ar).is_empty());
    }

    #[test]
    fn spans_are_sorted_trimmed_and_disjoint() {
        let text = "  [ad_1]  \r\nنص الخبر.\n\u{200F}المصدر\u{200F}\n";
        let lex = Lexicons::builtin();
        let got = clean(text, &lex.ar.text);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].span.slice(text), "[ad_1]");
        assert_eq!(got[1].span.slice(text), "المصدر");
        assert!(got.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }
}
