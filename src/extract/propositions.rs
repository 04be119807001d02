//! One claim per proposition: a content that holds several statements under
//! one cue ("the outbreak is contained. There have been no new cases", "no
//! party lodged a complaint, and that staff would remain on duty", "سعر
//! المازوت لم يتغير، وأن التعديل يقتصر على البنزين") is cut into one
//! attribution per statement, each with the speaker, cue and kind of the
//! whole. Each statement then has a polarity, modality and numbers of its own.

use crate::extract::Doc;
use crate::extract::attribution::Attribution;
use crate::span::Span;
use crate::text::TextLexicon;
use crate::text::segment;

/// Statements shorter than this many tokens stay with their neighbour.
const MIN_TOKENS: usize = 3;

/// Cuts each attribution's content at sentence ends and at repeated
/// complementizers; an attribution with one statement is kept as it is. The
/// result is in text order, one attribution per content: a statement cut
/// from two nested contents ("the minister said the spokesman said X, and
/// that Y") keeps the innermost attribution, whose speaker said it.
pub(crate) fn split(doc: &Doc<'_>, lex: &TextLexicon, attributions: Vec<Attribution>) -> Vec<Attribution> {
    // Each piece with the length of the content it was cut from.
    let mut out: Vec<(Attribution, usize)> = Vec::with_capacity(attributions.len());
    for a in attributions {
        let whole = a.content.len();
        let pieces = pieces(doc, lex, a.content);
        if pieces.len() < 2 {
            out.push((a, whole));
            continue;
        }
        out.extend(
            pieces
                .into_iter()
                .map(|content| (Attribution { content, ..a.clone() }, whole)),
        );
    }
    out.sort_by_key(|(a, whole)| (a.content.start, a.content.end, *whole));
    out.dedup_by_key(|(a, _)| a.content);
    out.into_iter().map(|(a, _)| a).collect()
}

/// The statements of one content, in text order.
fn pieces(doc: &Doc<'_>, lex: &TextLexicon, content: Span) -> Vec<Span> {
    // Cuts: (end of the statement before, start of the next).
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let text = content.slice(doc.text);
    // Sentences of the content itself: a quotation is one sentence of the
    // article, however many it holds.
    if text.contains(['.', '!', '?', '؟', '\n']) {
        for s in segment::sentences(text, &[], lex).iter().skip(1) {
            cuts.push((content.start + s.span.start, content.start + s.span.start));
        }
    }
    // A repeated complementizer (the text lexicon's `further`: ", and that",
    // "، وأن") opens a further statement.
    for m in lex.further.iter().flat_map(|re| re.find_iter(text)) {
        let words = m.as_str().trim_start_matches([',', ';', '،', '؛']).trim_start();
        let rest = &text[m.start() + (m.as_str().len() - words.len())..];
        if lex.not_further.iter().any(|p| rest.starts_with(p.as_str())) {
            continue;
        }
        cuts.push((content.start + m.start(), content.start + m.end()));
    }
    if cuts.is_empty() {
        return Vec::new();
    }
    cuts.sort_unstable();
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut start = content.start;
    for (end, next) in cuts {
        if end < start {
            continue;
        }
        let piece = Span::new(start, end).trim(doc.text, &[',', ';', '،', '؛', '.']);
        if doc.tokens_in(piece).len() >= MIN_TOKENS
            && doc.tokens_in(Span::new(next, content.end)).len() >= MIN_TOKENS
        {
            pieces.push(piece);
            start = next;
        }
    }
    let last = Span::new(start, content.end).trim(doc.text, &[',', ';', '،', '؛']);
    pieces.push(last);
    pieces
}

#[cfg(test)]
mod tests {
    use crate::{Article, Config, extract};

    fn texts(text: &str) -> Vec<String> {
        extract(&Article::new("a", text), &Config::default())
            .claims
            .into_iter()
            .map(|c| c.text)
            .collect()
    }

    #[test]
    fn a_repeated_complementizer_opens_a_claim_of_its_own() {
        let claims = texts(
            "The minister said no party had lodged a formal complaint, and that staff would remain on duty until the count ends.",
        );
        assert_eq!(
            claims,
            [
                "no party had lodged a formal complaint",
                "staff would remain on duty until the count ends"
            ]
        );
        let claims =
            texts("وقالت الوزارة إن سعر المازوت لم يشهد أي تغيير، وأن التعديل يقتصر على البنزين وحده.");
        assert_eq!(
            claims,
            ["سعر المازوت لم يشهد أي تغيير", "التعديل يقتصر على البنزين وحده"]
        );
    }

    #[test]
    fn each_sentence_of_a_quotation_is_a_claim() {
        let claims = texts(
            "\"The outbreak is contained. There have been no new cases since Friday,\" the director said.",
        );
        assert_eq!(claims.len(), 2, "{claims:?}");
        assert!(claims[0].starts_with("The outbreak is contained"), "{claims:?}");
        assert!(
            claims[1].starts_with("There have been no new cases"),
            "{claims:?}"
        );
    }

    #[test]
    fn a_statement_cut_from_two_nested_contents_is_one_claim() {
        let article = Article::new(
            "a",
            "قال الوزير إن المتحدث باسم الهيئة قال إن المعبر مغلق منذ الصباح، وأن الشاحنات عالقة على الحدود.",
        );
        let claims = extract(&article, &Config::default()).claims;
        let mut spans: Vec<_> = claims.iter().map(|c| c.span).collect();
        let n = spans.len();
        spans.sort();
        spans.dedup();
        assert_eq!(
            spans.len(),
            n,
            "{:?}",
            claims.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
        let lorries = claims
            .iter()
            .find(|c| c.text == "الشاحنات عالقة على الحدود")
            .expect("the second statement");
        let speaker = lorries.speaker.as_ref().map(|s| s.text.as_str());
        assert_eq!(
            speaker,
            Some("المتحدث باسم الهيئة"),
            "the innermost speaker said it"
        );
    }

    #[test]
    fn a_concession_and_a_short_tail_stay_with_their_statement() {
        let claims = texts("وقال المسؤول إن المعبر سيفتح غدا وإن كان الطقس سيئا.");
        assert_eq!(claims.len(), 1, "{claims:?}");
        let claims = texts("The spokesman said the talks will resume next week, and that soon.");
        assert_eq!(claims.len(), 1, "{claims:?}");
    }
}
