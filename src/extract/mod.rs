//! Extraction: an article in, attributed claims out.
//!
//! The stages run in order over one [`Doc`]: clean → normalize (tokens) →
//! segment → attribute → interpret → resolve. Extraction never fails on text.

pub(crate) mod attribution;
mod dateline;
pub(crate) mod interpret;
mod propositions;

use jiff::civil::Date;

use crate::article::Article;
use crate::claim::{Claim, ClaimKind, Cue, Diagnostic, DiagnosticKind, Extraction, Speaker};
use crate::config::Config;
use crate::lang::Lang;
use crate::lexicon::LangLexicons;
use crate::span::Span;
use crate::text::clean::{self, Skipped};
use crate::text::normalize::{self, DocToken};
use crate::text::segment::{self, Sentence};
use attribution::Attribution;

/// An article as the stages see it: the text plus what earlier stages found.
pub(crate) struct Doc<'a> {
    /// The original text.
    pub(crate) text: &'a str,
    /// The article's language.
    pub(crate) lang: Lang,
    /// The publication date: the article's own, else one read from a dateline.
    pub(crate) published: Option<Date>,
    /// Page chrome, in text order.
    pub(crate) skipped: Vec<Skipped>,
    /// Sentences, in text order.
    pub(crate) sentences: Vec<Sentence>,
    /// Every token of the text, in text order.
    pub(crate) tokens: Vec<DocToken>,
    /// The interpretation stage's words of each sentence, split on first use.
    pub(crate) words: interpret::SentenceWords,
}

impl<'a> Doc<'a> {
    /// Runs the text stages over `text`.
    pub(crate) fn new(
        text: &'a str,
        lang: Lang,
        published: Option<Date>,
        lex: &LangLexicons,
        max_sentence_bytes: usize,
    ) -> Doc<'a> {
        let skipped = clean::clean(text, &lex.text);
        let sentences = limit_length(
            text,
            skip_datelines(
                segment::sentences(text, &skipped, &lex.text),
                &dateline::datelines(text, lang, &lex.interpret),
            ),
            max_sentence_bytes,
        );
        let tokens = normalize::doc_tokens(text, Span::new(0, text.len()), lang);
        let published = published.or_else(|| interpret::guess_published(text, &lex.interpret));
        let words = interpret::SentenceWords::new(sentences.iter().map(|s| s.span).collect());
        Doc {
            text,
            lang,
            published,
            skipped,
            sentences,
            tokens,
            words,
        }
    }

    /// The tokens that lie inside `span`.
    pub(crate) fn tokens_in(&self, span: Span) -> &[DocToken] {
        let start = self.tokens.partition_point(|t| t.span.start < span.start);
        let end = self.tokens.partition_point(|t| t.span.end <= span.end);
        &self.tokens[start..end.max(start)]
    }
}

/// Alias resolution with a memo for one article: speakers and the mentions
/// their fuller forms are sought in repeat within an article, and
/// [`AliasTable::resolve`](crate::AliasTable::resolve) depends on the words alone.
struct Resolver<'a> {
    config: &'a Config,
    lang: Lang,
    memo: std::cell::RefCell<rustc_hash::FxHashMap<&'a str, crate::resolve::Resolved>>,
}

impl<'a> Resolver<'a> {
    fn new(config: &'a Config, lang: Lang) -> Resolver<'a> {
        Resolver {
            config,
            lang,
            memo: std::cell::RefCell::default(),
        }
    }

    fn resolve(&self, words: &'a str) -> crate::resolve::Resolved {
        if let Some(found) = self.memo.borrow().get(words) {
            return found.clone();
        }
        let resolved = self.config.aliases.resolve(words, self.lang);
        self.memo.borrow_mut().insert(words, resolved.clone());
        resolved
    }
}

/// Extracts the attributed claims of one article.
///
/// Never fails on text: whatever the input, it returns the claims it could find
/// and diagnostics for what it skipped or could not resolve.
///
/// ```
/// use claimgraph::{extract, Article, ClaimKind, Config};
/// let article = Article::new("a1", "The Pentagon said the talks would not include a withdrawal.");
/// let extraction = extract(&article, &Config::default());
/// let claim = &extraction.claims[0];
/// assert_eq!(claim.kind, ClaimKind::Indirect);
/// assert_eq!(claim.speaker.as_ref().unwrap().text, "The Pentagon");
/// assert_eq!(&article.text()[claim.span.start..claim.span.end], claim.text);
/// ```
pub fn extract(article: &Article, config: &Config) -> Extraction {
    let lang = article.lang();
    let lex = config.lexicons.lang(lang);
    let doc = Doc::new(
        article.text(),
        lang,
        article.published(),
        lex,
        config.max_sentence_bytes,
    );
    let mut diagnostics: Vec<Diagnostic> = doc
        .skipped
        .iter()
        .map(|s| Diagnostic {
            span: Some(s.span),
            kind: DiagnosticKind::SkippedChrome,
            message: format!("skipped {}: {:?}", s.reason, s.span.slice(doc.text).trim()),
        })
        .collect();
    for sentence in doc.sentences.iter().filter(|s| s.cut) {
        diagnostics.push(Diagnostic {
            span: Some(sentence.span),
            kind: DiagnosticKind::Unusual,
            message: format!(
                "a sentence longer than {} bytes was cut at white space",
                config.max_sentence_bytes
            ),
        });
    }
    diagnostics.extend(
        doc.sentences
            .iter()
            .filter(|s| s.unclosed_quote)
            .map(|s| Diagnostic {
                span: Some(s.span),
                kind: DiagnosticKind::UnclosedQuote,
                message: "a quotation opens in this sentence and is not closed before the paragraph ends"
                    .to_string(),
            }),
    );
    let mut attributions = attribution::attribute(&doc, &lex.cues, &mut diagnostics);
    if config.narrator_claims {
        add_narrator_claims(&doc, &mut attributions, config.min_narrator_words);
    }
    // In text order, one attribution per content.
    let attributions = propositions::split(&doc, &lex.text, attributions);

    let id = article.shared_id();
    let resolver = Resolver::new(config, lang);
    let mut claims: Vec<Claim> = attributions
        .into_iter()
        .filter(|a| !a.content.is_empty())
        .enumerate()
        .map(|(ordinal, a)| build_claim(&doc, &id, ordinal, a, config, lex, &resolver))
        .collect();
    crate::resolve::carry_person_names(claims.iter_mut().filter_map(|c| c.speaker.as_mut()));
    for speaker in claims.iter_mut().filter_map(|c| c.speaker.as_mut()) {
        if speaker.camp.is_none() {
            let naming = speaker.antecedent.unwrap_or(speaker.span);
            if let Some(fuller) = fuller_mention(&doc, naming, &resolver) {
                speaker.canonical = fuller.canonical;
                speaker.camp = fuller.camp;
                speaker.person = fuller.person.or(speaker.person.take());
                speaker.title = fuller.title.or(speaker.title.take());
                speaker.affiliation = fuller.affiliation;
            }
        }
    }
    Extraction { claims, diagnostics }
}

/// Starts every sentence that opens with a dateline after the dateline's
/// dash, and drops the sentences that lie inside one ("WASHINGTON, Jan." cut
/// at the abbreviation's full stop): a dateline is neither a speaker nor
/// content.
fn skip_datelines(mut sentences: Vec<Sentence>, datelines: &[Span]) -> Vec<Sentence> {
    if datelines.is_empty() {
        return sentences;
    }
    sentences.retain_mut(|s| {
        let i = datelines.partition_point(|d| d.end <= s.span.start);
        let Some(d) = datelines.get(i).filter(|d| d.start <= s.span.start) else {
            return true;
        };
        if s.span.end <= d.end {
            return false;
        }
        s.span = Span::new(d.end, s.span.end);
        s.quotes.retain(|q| q.start >= d.end);
        true
    });
    sentences
}

/// Cuts sentences longer than `max` bytes at white space (or, failing that, at a
/// char boundary), so that no later stage works on an unbounded unit. Quotations
/// are kept with the piece they start in, clipped to it.
fn limit_length(text: &str, sentences: Vec<Sentence>, max: usize) -> Vec<Sentence> {
    let max = max.max(64);
    if sentences.iter().all(|s| s.span.len() <= max) {
        return sentences;
    }
    let mut out = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        if sentence.span.len() <= max {
            out.push(sentence);
            continue;
        }
        let mut start = sentence.span.start;
        while start < sentence.span.end {
            let mut end = (start + max).min(sentence.span.end);
            if end < sentence.span.end {
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                if let Some(space) = text[start..end].rfind(char::is_whitespace).filter(|&i| i > 0) {
                    end = start + space;
                }
            }
            let piece = Span::new(start, end).trim(text, &[]);
            if !piece.is_empty() {
                let quotes = sentence
                    .quotes
                    .iter()
                    .filter(|q| q.start >= piece.start && q.start < piece.end)
                    .map(|q| Span::new(q.start, q.end.min(piece.end)))
                    .collect();
                out.push(Sentence {
                    span: piece,
                    quotes,
                    unclosed_quote: sentence.unclosed_quote,
                    cut: true,
                });
            }
            start = end;
            while start < sentence.span.end && !text.is_char_boundary(start) {
                start += 1;
            }
        }
    }
    out
}

/// Adds a narrator claim for every sentence that no attribution touches.
fn add_narrator_claims(doc: &Doc<'_>, attributions: &mut Vec<Attribution>, min_words: usize) {
    let taken = covered(attributions);
    let mut narrated = Vec::new();
    for sentence in &doc.sentences {
        if overlaps_any(&taken, sentence.span) || doc.tokens_in(sentence.span).len() < min_words {
            continue;
        }
        narrated.push(Attribution {
            content: sentence.span,
            sentence: sentence.span,
            speaker: None,
            cue: None,
            kind: ClaimKind::Narrator,
        });
    }
    attributions.extend(narrated);
}

/// The bytes attributions occupy (contents and cues), as sorted, disjoint spans.
fn covered(attributions: &[Attribution]) -> Vec<Span> {
    let mut spans: Vec<Span> = attributions
        .iter()
        .flat_map(|a| std::iter::once(a.content).chain(a.cue.map(|(cue, _)| cue)))
        .filter(|s| !s.is_empty())
        .collect();
    spans.sort();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// Whether `span` overlaps any of the sorted, disjoint `spans`.
fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.end <= span.start);
    spans.get(i).is_some_and(|s| s.overlaps(span))
}

fn build_claim<'a>(
    doc: &Doc<'a>,
    article: &std::sync::Arc<str>,
    ordinal: usize,
    a: Attribution,
    config: &Config,
    lex: &LangLexicons,
    resolver: &Resolver<'a>,
) -> Claim {
    let tokens = doc.tokens_in(a.content);
    let cue = a.cue.map(|(span, class)| Cue {
        text: span.slice(doc.text).to_string(),
        span,
        class,
    });
    let speaker = a.speaker.map(|s| {
        let mut speaker = make_speaker(doc, s.span, s.antecedent, resolver);
        speaker.via = s.via.map(|v| Box::new(make_speaker(doc, v, None, resolver)));
        speaker
    });
    let meaning = interpret::interpret(doc, a.content, a.sentence, cue.as_ref(), &lex.interpret);
    Claim {
        article: article.clone(),
        ordinal,
        lang: doc.lang,
        span: a.content,
        text: a.content.slice(doc.text).to_string(),
        sentence: a.sentence,
        speaker,
        cue,
        kind: a.kind,
        polarity: meaning.polarity,
        negation: meaning.negation,
        modality: meaning.modality,
        quantities: meaning.quantities,
        time: meaning.time,
        topic_keys: interpret::topic::topic_keys(
            tokens,
            doc.lang,
            config.lexicons.concepts(),
            &lex.text,
            doc.text,
        ),
    }
}

fn make_speaker<'a>(doc: &Doc<'a>, span: Span, antecedent: Option<Span>, resolver: &Resolver<'a>) -> Speaker {
    let text = span.slice(doc.text);
    let naming = antecedent.unwrap_or(span).slice(doc.text);
    let resolved = resolver.resolve(naming);
    Speaker {
        text: text.to_string(),
        span,
        canonical: resolved.canonical,
        camp: resolved.camp,
        person: resolved.person,
        title: resolved.title,
        affiliation: resolved.affiliation,
        antecedent,
        via: None,
    }
}

/// How far back, in bytes, a shortened mention looks for its fuller form.
const FULLER_MENTION_WINDOW: usize = 20_000;

/// How many earlier occurrences, nearest first, a shortened mention tries.
const FULLER_MENTION_TRIES: usize = 8;

/// A speaker named in short ("مكتب رئيس الوزراء", "the prime minister's office")
/// after the article named it in full ("مكتب رئيس الوزراء العراقي", "the Iraqi
/// prime minister's office"): the resolution of the nearest earlier occurrence of
/// the same words widened by the word after them (Arabic: the nationality
/// adjective follows) or before them (English: it precedes), when that one
/// resolves to a camp.
fn fuller_mention<'a>(
    doc: &Doc<'a>,
    naming: Span,
    resolver: &Resolver<'a>,
) -> Option<crate::resolve::Resolved> {
    let words = naming.slice(doc.text).trim();
    // An English article before the words belongs to the phrase, not the name.
    let words = ["The ", "the "]
        .iter()
        .find_map(|a| words.strip_prefix(a))
        .unwrap_or(words);
    if words.is_empty() || naming.start == 0 {
        return None;
    }
    let mut from = naming.start.saturating_sub(FULLER_MENTION_WINDOW);
    while !doc.text.is_char_boundary(from) {
        from += 1;
    }
    let before = &doc.text[from..naming.start];
    let whole_words = before
        .rmatch_indices(words)
        .map(|(at, _)| from + at)
        .filter(|&start| {
            let end = start + words.len();
            let starts_word = doc.text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let ends_word = doc.text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            starts_word && ends_word
        });
    // The nearest few occurrences only, so that repetitive text costs a bounded
    // amount per speaker.
    for start in whole_words.take(FULLER_MENTION_TRIES) {
        let end = start + words.len();
        // The words after (Arabic puts the nationality there), then up to six
        // words before, within the clause (titles and nationality in English,
        // titles before a surname in both).
        let mut widened = Vec::new();
        if let Some(w) = doc.text[end..].split_whitespace().next() {
            let w_at = end + doc.text[end..].find(w).unwrap_or(0);
            let w_end = w_at + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            if w_end > end && !doc.text[end..w_at].contains(|c: char| ",،.;:\n".contains(c)) {
                widened.push(Span::new(start, w_end));
            }
        }
        let mut left = start;
        for _ in 0..6 {
            let head = doc.text[..left].trim_end();
            let gap = &doc.text[head.len()..left];
            if gap.contains('\n') || head.ends_with(|c: char| ",،.;:!?؟\"“”«»".contains(c)) || head.is_empty()
            {
                break;
            }
            let word_start = head
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            left = word_start;
            widened.push(Span::new(left, end));
        }
        for span in widened {
            let resolved = resolver.resolve(span.slice(doc.text));
            if resolved.camp.is_some() {
                return Some(resolved);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shortened_body_takes_the_camp_of_its_fuller_mention() {
        let config = Config::default();
        let ar = Article::new(
            "ar",
            "رحب مكتب رئيس الوزراء العراقي بالخطوة. وقال مكتب رئيس الوزراء في بيان إن المحادثات ستبدأ قريبا.",
        );
        let claims = extract(&ar, &config).claims;
        let claim = claims
            .iter()
            .find(|c| c.speaker.is_some())
            .expect("an attributed claim");
        assert_eq!(claim.camp(), Some("Iraqi government"), "{claim:?}");

        let en = Article::new(
            "en",
            "The Iraqi prime minister's office welcomed the step. The prime minister's office said the talks would start soon.",
        );
        let claims = extract(&en, &config).claims;
        let claim = claims
            .iter()
            .find(|c| c.speaker.is_some())
            .expect("an attributed claim");
        assert_eq!(claim.camp(), Some("Iraqi government"), "{claim:?}");

        let surname = Article::new(
            "surname",
            "استقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد. وقال السوداني إن المحادثات مثمرة.",
        );
        let claims = extract(&surname, &config).claims;
        let claim = claims
            .iter()
            .find(|c| c.speaker.is_some())
            .expect("an attributed claim");
        assert_eq!(claim.camp(), Some("Iraqi government"), "{claim:?}");

        let alone = Article::new(
            "alone",
            "The prime minister's office said the talks would start soon.",
        );
        let claims = extract(&alone, &config).claims;
        assert_eq!(claims[0].camp(), None);
    }

    #[test]
    fn widening_a_mention_steps_over_wide_white_space() {
        // No-break and ideographic spaces are more than one byte wide.
        let text = "Officials\u{a0}in\u{3000}the Iraqi prime minister's office met. The prime minister's office said the talks go on.";
        let claims = extract(&Article::new("nbsp", text), &Config::default()).claims;
        assert!(claims.iter().any(|c| c.camp() == Some("Iraqi government")));
    }

    #[test]
    fn long_sentences_are_cut_at_white_space() {
        let text = "كلمة word ".repeat(2_000);
        let lex = Config::default();
        let lex = lex.lexicons.lang(Lang::Ar);
        let doc = Doc::new(&text, Lang::Ar, None, lex, 100);
        assert!(doc.sentences.len() > 100);
        for s in &doc.sentences {
            assert!(s.span.len() <= 100, "{:?}", s.span);
            assert!(s.cut);
            let piece = s.span.slice(&text);
            assert!(
                piece.starts_with("كلمة") || piece.starts_with("word"),
                "{piece:?}"
            );
        }
        let covered: usize = doc
            .sentences
            .iter()
            .map(|s| s.span.slice(&text).split_whitespace().count())
            .sum();
        assert_eq!(covered, 4_000, "no word is lost or doubled");
    }

    #[test]
    fn a_cut_is_reported() {
        let config = Config {
            max_sentence_bytes: 200,
            ..Config::default()
        };
        let article = Article::new("long", "the talks went on ".repeat(100));
        let extraction = extract(&article, &config);
        assert!(
            extraction
                .diagnostics
                .iter()
                .any(|d| d.kind == DiagnosticKind::Unusual)
        );
        let short = Article::new("short", "The talks went on until late in the evening.");
        let extraction = extract(&short, &config);
        assert!(
            !extraction
                .diagnostics
                .iter()
                .any(|d| d.kind == DiagnosticKind::Unusual)
        );
    }
}
