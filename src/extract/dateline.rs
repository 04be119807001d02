//! Datelines: the place, date and outlet that open a wire report's paragraph
//! ("BAGHDAD, May 14 (Reuters) - ", "BASRA (AP) — ", "صفاقس، 4 مارس - ",
//! "القاهرة - "). A dateline names neither a speaker nor anything claimed, so
//! the sentence that starts with one is read from after its dash.
//!
//! A dateline is, at the start of a line: one to three place segments
//! separated by commas (capitalised words in English, at most four words
//! each; Arabic words without digits), then optionally a date segment (a month
//! name with a day or year), then optionally an outlet in parentheses, then a
//! dash followed by the paragraph's text. An English place alone must be
//! written in capitals ("BAGHDAD -") unless a date or outlet follows it; an
//! Arabic place alone must be one or two words.

use crate::extract::interpret::{InterpretLexicon, words};
use crate::lang::Lang;
use crate::span::Span;

/// How far into a line, in bytes, a dateline's dash may stand.
const MAX_HEAD: usize = 120;

/// The longest outlet in parentheses, in bytes ("(Reuters)", "(أ ف ب)").
const MAX_OUTLET: usize = 40;

/// The datelines of `text`, each from the start of its line's text to the
/// first byte of what follows the dash; sorted.
pub(crate) fn datelines(text: &str, lang: Lang, lex: &InterpretLexicon) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let at = line_start;
        line_start += line.len();
        let lead = line.len() - line.trim_start().len();
        if lead == line.len() {
            continue;
        }
        if let Some(span) = dateline_at(text, at + lead, lang, lex) {
            out.push(span);
        }
    }
    out
}

/// The dateline that starts at byte `start` (the first non-space byte of a line).
fn dateline_at(text: &str, start: usize, lang: Lang, lex: &InterpretLexicon) -> Option<Span> {
    let line = &text[start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let (dash, dash_len) = find_dash(line)?;
    let after = &line[dash + dash_len..];
    let content = dash + dash_len + (after.len() - after.trim_start().len());
    // Some words must follow on the same line.
    if line[content..].split_whitespace().take(2).count() < 2 {
        return None;
    }
    let mut head = line[..dash].trim_end();
    let mut outlet = false;
    if head.ends_with(')') {
        let open = head.rfind('(')?;
        let inner = &head[open + 1..head.len() - 1];
        if inner.len() > MAX_OUTLET
            || inner.trim().is_empty()
            || inner.trim().chars().next().is_some_and(char::is_lowercase)
            || !inner
                .chars()
                .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '.' | '/' | '-' | '&' | '\''))
        {
            return None;
        }
        outlet = true;
        head = head[..open].trim_end();
    }
    let mut places: Vec<&str> = Vec::new();
    let mut dated = false;
    for segment in head.split([',', '،']).map(str::trim) {
        if segment.is_empty() {
            if head.is_empty() {
                break;
            }
            return None;
        }
        let seg_start = start + (segment.as_ptr() as usize - line.as_ptr() as usize);
        if is_date(text, Span::new(seg_start, seg_start + segment.len()), lex) {
            dated = true;
        } else if dated || !is_place(segment, lang) {
            return None;
        } else {
            places.push(segment);
        }
    }
    if places.len() > 3 || places.is_empty() && !outlet {
        return None;
    }
    let first_words = places.first().map_or(0, |p| p.split_whitespace().count());
    let ok = dated
        || outlet
        || match lang {
            Lang::En => places
                .first()
                .and_then(|p| p.split_whitespace().next())
                .is_some_and(shouting),
            Lang::Ar => places.len() == 1 && first_words <= 2,
        };
    ok.then(|| Span::new(start, start + content))
}

/// The first dash of `line` that may end a dateline, with its length: an em or
/// en dash, or a hyphen with white space after it and white space or a closing
/// parenthesis before it (not the hyphen of "KwaZulu-Natal").
fn find_dash(line: &str) -> Option<(usize, usize)> {
    let mut prev = None;
    for (i, c) in line.char_indices() {
        if i > MAX_HEAD {
            return None;
        }
        let next = line[i + c.len_utf8()..].chars().next();
        match c {
            '—' | '–' | '―' => return Some((i, c.len_utf8())),
            '-' if next.is_some_and(char::is_whitespace)
                && prev.is_some_and(|p: char| p.is_whitespace() || p == ')') =>
            {
                return Some((i, 1));
            }
            '-' if next == Some('-') && prev.is_some_and(char::is_whitespace) => return Some((i, 2)),
            // An abbreviation's full stop ("Jan. 5", "D.C.") may stand in a
            // dateline; other sentence punctuation may not.
            '!' | '?' | '؟' | ':' | ';' | '"' | '“' | '”' | '«' | '»' => return None,
            _ => {}
        }
        prev = Some(c);
    }
    None
}

/// Whether `text[span]` is a date: month names and numbers only, with at
/// least one month name and one number ("May 14", "14 مارس", "Jan. 5"), a
/// year alone, or a weekday alone ("Tuesday", الأحد).
fn is_date(text: &str, span: Span, lex: &InterpretLexicon) -> bool {
    let ws = words(text, span);
    if ws.is_empty() || ws.len() > 4 {
        return false;
    }
    let mut months = 0;
    let mut weekdays = 0;
    let mut numbers = 0;
    let mut i = 0;
    while i < ws.len() {
        if ws[i].has_digit() {
            if !ws[i].span.slice(text).chars().all(|c| c.is_numeric()) {
                return false;
            }
            numbers += 1;
            i += 1;
        } else if let Some((n, _)) = lex.time.months.at_conj(text, &ws, i) {
            months += 1;
            i += n;
        } else if let Some((n, _)) = lex.time.weekdays.at(text, &ws, i) {
            weekdays += 1;
            i += n;
        } else {
            return false;
        }
    }
    weekdays == 1 && ws.len() == 1 || numbers > 0 && (months > 0 || ws.len() == 1 && ws[0].span.len() == 4)
}

/// Whether `segment` may be a place name in a dateline.
fn is_place(segment: &str, lang: Lang) -> bool {
    let ws: Vec<&str> = segment.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 4 {
        return false;
    }
    let letters = |w: &str| {
        w.chars().all(|c| {
            c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.' | '\u{064B}'..='\u{065F}' | '\u{0640}')
        }) && w.chars().any(char::is_alphabetic)
    };
    ws.iter().enumerate().all(|(k, w)| {
        letters(w)
            && match lang {
                // "Cape Town", "KwaZulu-Natal", "DEIR al-ZOR": capitalised
                // words, with short particles after the first.
                Lang::En => {
                    w.chars().next().is_some_and(char::is_uppercase)
                        || k > 0 && w.chars().filter(|c| c.is_alphabetic()).count() <= 3
                }
                Lang::Ar => !w.chars().any(|c| c.is_ascii_alphabetic()),
            }
    })
}

/// Whether a word is written in capitals ("BAGHDAD", "KWAZULU-NATAL").
fn shouting(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;

    fn content_start(lang: Lang, text: &str) -> Option<&str> {
        let lexicons = Lexicons::builtin();
        let found = datelines(text, lang, &lexicons.lang(lang).interpret);
        assert!(found.len() <= 1, "{found:?}");
        found.first().map(|s| &text[s.end..])
    }

    #[test]
    fn english_datelines_end_at_their_dash() {
        let cases = [
            (
                "PIETERMARITZBURG, May 14 (Reuters) - Nine men were hurt.",
                "Nine men were hurt.",
            ),
            ("BASRA (AP) — The port will close.", "The port will close."),
            (
                "DURBAN, South Africa, Jan. 5 (Reuters) - Officials said so.",
                "Officials said so.",
            ),
            ("LONDON - Prices rose again.", "Prices rose again."),
            ("(CNN) — Prices rose again.", "Prices rose again."),
            ("Cape Town, March 3 - Prices rose again.", "Prices rose again."),
            ("Cape Town, Tuesday - Prices rose again.", "Prices rose again."),
            ("  NEW YORK, 2024 -- Prices rose again.", "Prices rose again."),
        ];
        for (text, rest) in cases {
            assert_eq!(content_start(Lang::En, text), Some(rest), "{text}");
        }
    }

    #[test]
    fn english_sentences_with_dashes_are_not_datelines() {
        for text in [
            "Mr Smith - a former envoy - said the talks failed.",
            "Baghdad - the capital - was quiet.",
            "The minister said: BAGHDAD - no.",
            "KwaZulu-Natal officials said nine men were hurt.",
            "Prices rose - and fell again.",
            "Officials said prices rose. LONDON - Prices rose again.",
            "(the rest) - of it",
        ] {
            assert_eq!(content_start(Lang::En, text), None, "{text}");
        }
    }

    #[test]
    fn arabic_datelines_end_at_their_dash() {
        let cases = [
            (
                "صفاقس، 4 مارس - أفاد سائقون بأن الطريق مغلق.",
                "أفاد سائقون بأن الطريق مغلق.",
            ),
            ("القاهرة - تضاربت الأنباء حول الاتفاق.", "تضاربت الأنباء حول الاتفاق."),
            (
                "بغداد (رويترز) - قال مسؤولون إن الطريق مغلق.",
                "قال مسؤولون إن الطريق مغلق.",
            ),
            (
                "\nالدار البيضاء — قال مسؤولون إن الطريق مغلق.",
                "قال مسؤولون إن الطريق مغلق.",
            ),
            (
                "بيروت، الأحد - قال مسؤولون إن الطريق مغلق.",
                "قال مسؤولون إن الطريق مغلق.",
            ),
        ];
        for (text, rest) in cases {
            assert_eq!(content_start(Lang::Ar, text), Some(rest), "{text}");
        }
        for text in [
            "قال المتحدث باسم وزارة الصحة - وهو طبيب - إن الطريق مغلق.",
            "وقال: القاهرة - لا جديد.",
            "ارتفعت الأسعار 5 - 7 في المئة.",
        ] {
            assert_eq!(content_start(Lang::Ar, text), None, "{text}");
        }
    }
}
