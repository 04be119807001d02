//! English attribution.
//!
//! Works sentence by sentence over the tokens, with quotations paired over
//! each paragraph so that a quotation running over several sentences is one
//! content. For every reporting verb (from `lexicons/en/cues.toml`) and every
//! "according to", it decides where the speaker and the content stand:
//!
//! - front cue: "X said (that) C", "X told Reuters that C", "X said: “C”";
//! - closing cue: "C, X said.", "“C,” X said.", and split quotations
//!   "“A,” X said, “B.”", whose content runs from the first part to the last
//!   (one claim, one span, the cue and speaker inside it);
//! - inverted cue: "“C,” said X, who ...";
//! - participles and coordinated verbs: "X arrived, saying C" takes the
//!   sentence's subject;
//! - chains: "the Pentagon quoted Singh as saying C" (speaker Singh, via the
//!   Pentagon);
//! - "according to X, C" and "C, according to X".
//!
//! Reporting verbs inside a quotation are the quoted speaker's own words and
//! start no attribution of their own.
//!
//! Pronoun speakers ("he", "she", "they", "it", "we", "I") keep the pronoun as
//! their span and take as antecedent the last named speaker of compatible
//! gender and number.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use serde::Deserialize;

use super::{Attribution, SpeakerRef};
use crate::claim::{ClaimKind, CueClass, Diagnostic, DiagnosticKind};
use crate::extract::Doc;
use crate::span::Span;
use crate::text::normalize::DocToken;

/// Words after a naming verb that make it another verb ("called for",
/// "called on").
const NAMING_PARTICLES: &[&str] = &[
    "for", "on", "upon", "off", "out", "up", "back", "in", "to", "that",
];

/// English cue lexicon, as written in `lexicons/en/cues.toml`.
#[derive(Clone, Debug, Deserialize)]
struct RawCues {
    verbs: BTreeMap<CueClass, Vec<String>>,
    #[serde(default)]
    object: Vec<String>,
    #[serde(default)]
    weak: Vec<String>,
    #[serde(default)]
    nounlike: Vec<String>,
    #[serde(default)]
    before_to: Vec<String>,
    #[serde(default)]
    passive_to: Vec<String>,
    #[serde(default)]
    naming: Vec<String>,
    /// Lemmas that may stand before their speaker; absent, every cue may.
    #[serde(default)]
    inverted: Option<Vec<String>>,
    #[serde(default)]
    male: Vec<String>,
    #[serde(default)]
    female: Vec<String>,
    #[serde(default)]
    groups: Vec<String>,
}

/// English cue lexicon: every inflected form of every cue verb, with what it is.
#[derive(Clone, Debug, Deserialize)]
#[serde(from = "RawCues")]
pub(crate) struct EnglishCues {
    forms: FxHashMap<String, Form>,
    male: Vec<String>,
    female: Vec<String>,
    groups: Vec<String>,
}

/// One inflected form of a cue verb.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Form {
    lemma: String,
    class: CueClass,
    /// Which form it is.
    shape: Shape,
    /// The content follows an object ("told reporters that").
    object: bool,
    /// Counts only before "that", a colon or a quotation, or closing a sentence.
    weak: bool,
    /// The form is also a common noun ("plan", "calls").
    nounlike: bool,
    /// A weak form that also counts before "to" ("seemed to suggest").
    before_to: bool,
    /// Its passive before "to" attributes without a source ("is expected to").
    passive_to: bool,
    /// It names what its object is ("called the offer an insult"): the
    /// object and what it is called are the content.
    naming: bool,
    /// It may stand before its speaker ("..., said the minister").
    inverted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Base,
    Third,
    Past,
    Ing,
}

impl From<RawCues> for EnglishCues {
    fn from(raw: RawCues) -> EnglishCues {
        let mut forms = FxHashMap::default();
        for (class, entries) in &raw.verbs {
            for entry in entries {
                let words: Vec<String> = entry.split_whitespace().map(str::to_lowercase).collect();
                let Some(lemma) = words.first().cloned() else {
                    continue;
                };
                let shaped = if words.len() > 1 {
                    given_forms(&words)
                } else {
                    regular_forms(&lemma)
                };
                for (form, shape) in shaped {
                    forms.entry(form).or_insert_with(|| Form {
                        lemma: lemma.clone(),
                        class: *class,
                        shape,
                        object: raw.object.contains(&lemma),
                        weak: raw.weak.contains(&lemma),
                        nounlike: raw.nounlike.contains(&lemma),
                        before_to: raw.before_to.contains(&lemma),
                        passive_to: raw.passive_to.contains(&lemma),
                        naming: raw.naming.contains(&lemma),
                        inverted: raw.inverted.as_ref().is_none_or(|l| l.contains(&lemma)),
                    });
                }
            }
        }
        EnglishCues {
            forms,
            male: raw.male,
            female: raw.female,
            groups: raw.groups,
        }
    }
}

/// Forms given by hand: base, third person, past (and participle), -ing.
fn given_forms(words: &[String]) -> Vec<(String, Shape)> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let shape = match i {
            0 => Shape::Base,
            1 => Shape::Third,
            _ if w.ends_with("ing") => Shape::Ing,
            _ => Shape::Past,
        };
        out.push((w.clone(), shape));
    }
    out
}

/// The regular forms of a verb: "note" → notes, noted, noting.
fn regular_forms(lemma: &str) -> Vec<(String, Shape)> {
    let consonant_y = lemma.ends_with('y')
        && lemma
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'));
    let stem_y = &lemma[..lemma.len().saturating_sub(1)];
    let third = if consonant_y {
        format!("{stem_y}ies")
    } else if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|e| lemma.ends_with(e))
    {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    let past = if consonant_y {
        format!("{stem_y}ied")
    } else if lemma.ends_with('e') {
        format!("{lemma}d")
    } else {
        format!("{lemma}ed")
    };
    let ing = if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}ying")
    } else if let Some(stem) = lemma.strip_suffix('e')
        && !lemma.ends_with("ee")
    {
        format!("{stem}ing")
    } else {
        format!("{lemma}ing")
    };
    vec![
        (lemma.to_string(), Shape::Base),
        (third, Shape::Third),
        (past, Shape::Past),
        (ing, Shape::Ing),
    ]
}

/// Words that end a speaker's noun phrase when walking left from the cue.
const NP_STOP: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "while",
    "because",
    "if",
    "as",
    "although",
    "though",
    "since",
    "after",
    "before",
    "so",
    "but",
    "or",
    "than",
    "until",
    "unless",
    "whether",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "to",
    "in",
    "on",
    "into",
    "during",
    "with",
    "by",
    "about",
    "against",
    "over",
    "under",
    "from",
    "not",
    "also",
    "then",
    "said",
    "says",
    "say",
    "told",
    "there",
    "here",
    "what",
    "how",
    "why",
    "once",
    "even",
    "just",
    "only",
    "this",
    "these",
    "those",
    "it's",
    "yet",
    "nor",
    "however",
    "meanwhile",
    "instead",
    "still",
    "now",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tonight",
];

/// Words skipped between a subject and its verb ("has also said").
const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "previously",
    "repeatedly",
    "recently",
    "once",
    "often",
    "still",
    "then",
    "now",
    "already",
    "never",
    "not",
    "did",
    "does",
    "do",
    "will",
    "would",
    "could",
    "may",
    "might",
    "should",
    "can",
    "must",
    "just",
    "even",
    "again",
    "long",
    "first",
    "further",
    "only",
    "always",
    "since",
    "ever",
    "both",
    "all",
    "too",
    "reportedly",
    "apparently",
    "clearly",
    "be",
    "being",
    "is",
    "are",
    "was",
    "were",
    "been",
    "t",
    "didn",
    "doesn",
    "don",
    "won",
    "wouldn",
    "hasn",
    "haven",
    "hadn",
];

/// The most attributions taken from one sentence.
const MAX_PER_SENTENCE: usize = 16;

/// The most words from "who" to the end of a request for anonymity
/// ("who spoke on condition of anonymity").
const MAX_ANONYMITY_WORDS: usize = 7;

/// The most words a relative clause describing the source of "according
/// to" may hold before its closing comma.
const MAX_RELATIVE_WORDS: usize = 20;

/// Words that open a sentence with something other than its subject.
const OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "but",
    "and",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "instead",
    "hours",
    "days",
    "minutes",
    "weeks",
    "months",
    "years",
    "since",
    "during",
    "for",
    "with",
    "although",
    "though",
    "because",
    "still",
    "however",
    "meanwhile",
    "yet",
    "so",
    "then",
    "now",
    "asked",
    "despite",
    "like",
    "unlike",
    "by",
    "from",
    "to",
    "of",
    "over",
    "under",
    "among",
    "amid",
    "following",
    "according",
];

/// Days, which with [`PARTS_OF_TIME`] are the times that may stand between a
/// subject and its verb ("Trump on Tuesday said"); a day before a speaker is
/// no part of it ("on Thursday Belmora's economy minister said").
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
];

/// The times besides [`DAYS`] that may stand between a subject and its verb.
const PARTS_OF_TIME: &[&str] = &[
    "earlier",
    "last",
    "week",
    "night",
    "morning",
    "afternoon",
    "evening",
];

/// Whether a word is a time that may stand between a subject and its verb.
fn is_time(word: &str) -> bool {
    DAYS.contains(&word) || PARTS_OF_TIME.contains(&word)
}

/// Forms of "to be": a past participle after one is passive or adjectival.
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Prepositions that open an adverbial phrase after a cue ("said in a brief
/// response that").
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "for", "during", "after", "before", "with", "by", "from", "through", "via", "over",
    "under",
];

/// Auxiliaries that make a clause finite: after "that" and a noun ("that
/// hackers had broken"), one shows the noun to be the clause's subject.
const FINITE_AUX: &[&str] = &[
    "had", "has", "have", "would", "will", "could", "can", "should", "may", "might", "must", "did", "does",
    "do",
];

/// Words that open a clause's subject after "that" ("that the talks", "that
/// no one").
const SUBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "no", "all", "some",
    "none", "most", "many", "every", "each", "any", "there", "nobody", "nothing", "neither", "both",
];

/// Words before a cue form that make it a noun or adjective ("his plan").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "no",
    "every", "each", "such", "of", "for", "to", "in", "on", "with", "by", "at", "from", "without", "about",
];

/// Subject pronouns.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "who"];

/// Words that may stand between a cue and its closing full stop without
/// making a new clause ("..., she said in a statement on Tuesday.").
const TAIL: &[&str] = &[
    "in",
    "a",
    "an",
    "the",
    "statement",
    "interview",
    "on",
    "at",
    "last",
    "this",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "recently",
    "to",
    "reporters",
    "with",
    "during",
    "twitter",
    "facebook",
    "email",
    "press",
    "conference",
    "briefing",
    "speech",
    "rally",
    "of",
    "his",
    "her",
    "their",
    "its",
    "told",
    "after",
    "before",
    "then",
    "also",
    "again",
    "flatly",
    "previously",
    "once",
    "him",
    "them",
    "us",
    "me",
    "recent",
    "post",
    "news",
    "radio",
    "tv",
    "television",
    "appearance",
    "call",
    "phone",
    "calls",
    "op",
    "ed",
    "letter",
    "tweet",
    "tweets",
    "message",
    "remarks",
    "event",
    "hearing",
    "campaign",
    "stop",
    "debate",
    "wrote",
    "added",
    "noted",
    "continued",
    "from",
    "by",
    "findings",
    "report",
    "preliminary",
    "initial",
    "final",
    "written",
    "televised",
    "online",
    "video",
    "address",
    "response",
    "reply",
    "update",
    "notice",
    "filing",
    "testimony",
    "court",
    "documents",
    "latest",
    "joint",
    "brief",
    "short",
    "emailed",
    "posted",
];

/// A quotation: its marks included (`outer`) and excluded (`inner`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Quote {
    outer: Span,
    inner: Span,
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Pairs the quotation marks of each paragraph. Straight quotes alternate;
/// a quotation left open runs to the end of its paragraph (news style for a
/// quotation that goes on in the next paragraph).
fn find_quotes(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut para_start = 0;
    for line in text.split_inclusive('\n') {
        // The opening mark's offset and length.
        let mut open: Option<(usize, usize)> = None;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let at = para_start + i;
            // Straight quotes, and two apostrophes standing for one ('' ... '').
            let doubled = c == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'');
            if doubled {
                chars.next();
            }
            let straight = c == '"' || doubled;
            let len = if doubled { 2 } else { c.len_utf8() };
            if open.is_none() && (is_open_quote(c) || straight) {
                open = Some((at, len));
            } else if let Some((o, open_len)) = open
                && (is_close_quote(c) || straight)
            {
                out.push(Quote {
                    outer: Span::new(o, at + len),
                    inner: Span::new(o + open_len, at),
                });
                open = None;
            }
        }
        if let Some((o, open_len)) = open {
            let end = para_start + line.trim_end().len();
            let inner = Span::new(o + open_len, end);
            if !inner.is_empty() {
                out.push(Quote {
                    outer: Span::new(o, end),
                    inner,
                });
                diagnostics.push(Diagnostic {
                    span: Some(Span::new(o, end)),
                    kind: DiagnosticKind::UnclosedQuote,
                    message: "quotation left open at the end of its paragraph".to_string(),
                });
            }
        }
        para_start += line.len();
    }
    out
}

/// What one sentence's analysis needs at hand.
struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    lex: &'d EnglishCues,
    quotes: &'d [Quote],
}

/// A speaker found before antecedents are resolved.
struct Found {
    content: Span,
    speaker: Option<Span>,
    via: Option<Span>,
    cue: Span,
    class: CueClass,
    kind: ClaimKind,
}

/// Finds every English attribution in the document.
pub(super) fn attribute(
    doc: &Doc<'_>,
    lex: &EnglishCues,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Attribution> {
    let quotes = find_quotes(doc.text, diagnostics);
    let ctx = Ctx {
        doc,
        lex,
        quotes: &quotes,
    };
    let mut out = Vec::new();
    let mut named: Vec<Span> = Vec::new();
    for sentence in &doc.sentences {
        let tokens = doc.tokens_in(sentence.span);
        let found = ctx.sentence(sentence.span, tokens, diagnostics);
        for f in found {
            let speaker = f.speaker.map(|span| {
                let antecedent = if ctx.is_pronoun(span) {
                    ctx.antecedent(span, &named)
                } else {
                    named.push(span);
                    None
                };
                SpeakerRef {
                    span,
                    antecedent,
                    via: f.via,
                }
            });
            if let Some(via) = f.via {
                named.push(via);
            }
            let mut covered = sentence.span.cover(f.content);
            let first = doc.sentences.partition_point(|s| s.span.end <= f.content.start);
            for s in doc.sentences[first..]
                .iter()
                .take_while(|s| s.span.start < f.content.end)
            {
                covered = covered.cover(s.span);
            }
            out.push(Attribution {
                content: f.content,
                sentence: covered,
                speaker,
                cue: Some((f.cue, f.class)),
                kind: f.kind,
            });
        }
    }
    out
}

impl Ctx<'_, '_> {
    fn text(&self) -> &str {
        self.doc.text
    }

    /// The text between two byte offsets (empty when out of order).
    fn gap(&self, from: usize, to: usize) -> &str {
        self.text().get(from..to).unwrap_or("")
    }

    fn is_pronoun(&self, span: Span) -> bool {
        let s = span.slice(self.text()).to_lowercase();
        PRONOUNS.contains(&s.as_str()) && s != "who"
    }

    /// The last named speaker a pronoun can stand for.
    fn antecedent(&self, pronoun: Span, named: &[Span]) -> Option<Span> {
        let p = pronoun.slice(self.text()).to_lowercase();
        let words =
            |span: Span| -> Vec<String> { self.doc.tokens_in(span).iter().map(|t| t.norm.clone()).collect() };
        let is_group = |w: &[String]| w.iter().any(|x| self.lex.groups.contains(x));
        let gender = |w: &[String]| -> Option<bool> {
            if w.iter().any(|x| self.lex.female.contains(x)) {
                Some(false)
            } else if w.iter().any(|x| self.lex.male.contains(x)) {
                Some(true)
            } else {
                None
            }
        };
        named.iter().rev().take(8).copied().find(|&span| {
            let w = words(span);
            match p.as_str() {
                "he" => !is_group(&w) && gender(&w) != Some(false),
                "she" => !is_group(&w) && gender(&w) != Some(true),
                "it" | "they" | "we" => is_group(&w) || p != "it",
                _ => !is_group(&w),
            }
        })
    }

    /// The quotation whose closing mark ends right before `pos` (spaces and
    /// commas between allowed, but no paragraph break: a quotation ending a
    /// paragraph is no content of the next one's cue).
    fn quote_closing_before(&self, pos: usize) -> Option<Quote> {
        let before = self.gap(0, pos);
        let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        let end = trimmed.len();
        if before[end..].contains('\n')
            || !trimmed.ends_with(|c: char| is_close_quote(c) || c == '"' || c == '\'')
        {
            return None;
        }
        // Quotations are sorted and do not overlap: search by position.
        let idx = self.quotes.partition_point(|q| q.outer.end < end);
        self.quotes
            .get(idx)
            .copied()
            .filter(|q| q.outer.end == end && q.inner.end < end)
    }

    /// The quotation that opens at the first non-space character at or after `pos`.
    fn quote_opening_at(&self, pos: usize) -> Option<Quote> {
        let rest = self.gap(pos, self.text().len());
        let skip = rest.len() - rest.trim_start().len();
        let idx = self.quotes.partition_point(|q| q.outer.start < pos + skip);
        self.quotes
            .get(idx)
            .copied()
            .filter(|q| q.outer.start == pos + skip)
    }

    /// The quotation whose inside holds `pos`.
    fn quote_around(&self, pos: usize) -> Option<Quote> {
        let idx = self.quotes.partition_point(|q| q.inner.start <= pos);
        idx.checked_sub(1)
            .and_then(|i| self.quotes.get(i))
            .copied()
            .filter(|q| q.inner.start <= pos && pos < q.inner.end)
    }

    /// The quotation whose inside is exactly `span`.
    fn is_quote_inner(&self, span: Span) -> bool {
        let idx = self.quotes.partition_point(|q| q.inner.start < span.start);
        self.quotes.get(idx).is_some_and(|q| q.inner == span)
    }

    fn trim_content(&self, span: Span) -> Span {
        let t = span.trim(self.text(), &[',', ';', ':', '.', '—', '–', '-', '(', ')']);
        // Strip one pair of surrounding quotation marks or a dangling one.
        let s = t.slice(self.text());
        let mut start = t.start;
        let mut end = t.end;
        if let Some(c) = s.chars().next()
            && (is_open_quote(c) || c == '"')
            && !s[c.len_utf8()..].contains(|x: char| is_close_quote(x) || x == '"')
        {
            start += c.len_utf8();
        }
        let s2 = self.gap(start, end);
        if let Some(c) = s2.chars().next_back()
            && (is_close_quote(c) || c == '"')
            && !s2[..s2.len() - c.len_utf8()].contains(|x: char| is_open_quote(x) || x == '"')
        {
            end -= c.len_utf8();
        }
        Span::new(start, end).trim(self.text(), &[',', ';', ':', '.', '—', '–'])
    }

    fn sentence(&self, sent: Span, toks: &[DocToken], diagnostics: &mut Vec<Diagnostic>) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        if let Some(f) = self.headline(sent, toks) {
            out.push(f);
        }
        let mut i = 0;
        while i < toks.len() {
            // Real sentences hold a handful of attributions; a sentence with
            // more is not prose, and capping it keeps the work linear.
            if out.len() >= MAX_PER_SENTENCE {
                diagnostics.push(Diagnostic {
                    span: Some(sent),
                    kind: DiagnosticKind::Unusual,
                    message: format!(
                        "more than {MAX_PER_SENTENCE} reporting cues in one sentence; the rest skipped"
                    ),
                });
                break;
            }
            if toks[i].norm == "according" && toks.get(i + 1).is_some_and(|t| t.norm == "to") {
                if let Some(f) = self.according(sent, toks, i) {
                    out.push(f);
                } else {
                    diagnostics.push(Diagnostic {
                        span: Some(toks[i].span),
                        kind: DiagnosticKind::MissingSpeaker,
                        message: "\"according to\" without a source".to_string(),
                    });
                }
                i += 2;
                continue;
            }
            // A cue inside a quotation is the quoted speaker's own wording
            // ("“I think we can win,” she said"): not a new attribution.
            if let Some(form) = self.lex.forms.get(&toks[i].norm)
                && self.quote_around(toks[i].span.start).is_none()
                && let Some(f) = self.verb(sent, toks, i, form, &out)
            {
                out.push(f);
            }
            i += 1;
        }
        // "C1 told them that C2, the source added": a content found inside
        // another's content ends with it, before the outer cue's speaker.
        // "Army denies C1, says C2": one speaker's content ends before the
        // speaker's next cue after a comma (a participle, "..., adding",
        // stays inside).
        for k in 0..out.len() {
            let inner = out[k].content;
            let closing = out
                .iter()
                .filter(|g| {
                    g.content.start <= inner.start
                        && inner.start < g.content.end
                        && g.content.end <= g.cue.start
                        && g.cue.end <= inner.end
                })
                .map(|g| g.content.end);
            let continued = out
                .iter()
                .filter(|g| {
                    g.speaker.is_some()
                        && g.speaker == out[k].speaker
                        && inner.start < g.cue.start
                        && g.cue.start < inner.end
                        && g.cue.end <= g.content.start
                        && !g.cue.slice(self.text()).ends_with("ing")
                        && self.gap(inner.start, g.cue.start).trim_end().ends_with(',')
                })
                .map(|g| g.cue.start);
            let end = closing.chain(continued).min();
            if let Some(end) = end {
                out[k].content = self.trim_content(Span::new(inner.start, end));
            }
        }
        out
    }

    /// Whether the text between token `a` and token `a + 1` holds punctuation
    /// other than what may stand inside a name ("U.S.", "O'Neil", "Jean-Marc").
    fn hard_break(&self, toks: &[DocToken], a: usize) -> bool {
        let Some(next) = toks.get(a + 1) else { return true };
        let g = self.gap(toks[a].span.end, next.span.start);
        g.chars()
            .any(|c| !(c.is_whitespace() || matches!(c, '.' | '\'' | '’' | '-' | '&')))
            || g.contains(". ") && !self.is_abbrev(&toks[a])
    }

    /// Like [`Ctx::hard_break`], but a parenthesis may stand inside a name
    /// ("Sen. Bernie Sanders (I-Vt.)").
    fn np_break(&self, toks: &[DocToken], a: usize) -> bool {
        let Some(next) = toks.get(a + 1) else { return true };
        let g = self.gap(toks[a].span.end, next.span.start);
        g.chars()
            .any(|c| !(c.is_whitespace() || matches!(c, '.' | '\'' | '’' | '-' | '&' | '(' | ')' | '%')))
            || g.contains(". ") && !self.is_abbrev(&toks[a]) && !g.contains(')')
    }

    fn is_abbrev(&self, t: &DocToken) -> bool {
        matches!(
            t.norm.as_str(),
            "mr" | "mrs" | "ms" | "dr" | "sen" | "rep" | "gov" | "gen" | "st" | "jr" | "u" | "s" | "d" | "r"
        ) || t.span.len() == 1
    }

    /// Whether the token is a cue verb that cannot also be a noun.
    fn is_verb(&self, t: &DocToken) -> bool {
        self.lex
            .forms
            .get(&t.norm)
            .is_some_and(|f| !(f.nounlike && matches!(f.shape, Shape::Base | Shape::Third)))
            && !self.capitalized(t)
    }

    fn capitalized(&self, t: &DocToken) -> bool {
        t.span
            .slice(self.text())
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// Whether a sentence is written in title case ("Obama Says Museum Will
    /// Tell of Suffering"), as headlines often are: nearly all of its words
    /// of four letters or more are capitalised.
    fn title_case(&self, toks: &[DocToken]) -> bool {
        let words = || {
            toks.iter().filter(|t| {
                let s = t.span.slice(self.text());
                s.len() >= 4 && s.chars().next().is_some_and(char::is_alphabetic)
            })
        };
        let n = words().count();
        n >= 3 && 5 * words().filter(|t| self.capitalized(t)).count() >= 4 * n
    }

    /// The subject noun phrase ending at token `j`: returns its first token.
    fn np_left(&self, toks: &[DocToken], j: usize) -> Option<usize> {
        // A parenthesis closing right before the cue ("Sanders (I-Vt.) said")
        // belongs to the name before it.
        let after = toks.get(j + 1).map_or(toks[j].span.end, |t| t.span.start);
        if self.gap(toks[j].span.end, after).contains(')') {
            let open = (j.saturating_sub(6)..=j)
                .rev()
                .find(|&m| m > 0 && self.gap(toks[m - 1].span.end, toks[m].span.start).contains('('))?;
            return self.np_left_at(toks, open - 1);
        }
        self.np_left_at(toks, j)
    }

    /// [`Ctx::np_left`] without the parenthesis step.
    fn np_left_at(&self, toks: &[DocToken], j: usize) -> Option<usize> {
        let mut k = j;
        let first = &toks[j];
        if NP_STOP.contains(&first.norm.as_str()) && !PRONOUNS.contains(&first.norm.as_str()) {
            return None;
        }
        if DETERMINERS.contains(&first.norm.as_str()) || self.is_verb(first) {
            return None;
        }
        if PRONOUNS.contains(&first.norm.as_str()) {
            return Some(j);
        }
        while k > 0 && j - k < 11 {
            if self.np_break(toks, k - 1) {
                break;
            }
            let prev = &toks[k - 1];
            let w = prev.norm.as_str();
            if w == "and" {
                let left_cap = k >= 2 && self.capitalized(&toks[k - 2]) && !self.hard_break(toks, k - 2);
                if !(left_cap && self.capitalized(&toks[k])) {
                    break;
                }
            } else if w == "in" && self.locative_inside(toks, k) {
                // "a spokesman for the municipality in Fallujah", "a resident
                // in Gaza": a place inside the speaker's noun phrase.
            } else if NP_STOP.contains(&w) || PRONOUNS.contains(&w) || self.is_verb(prev) {
                break;
            }
            k -= 1;
        }
        // ("on Thursday Belmora's economy minister said": the day is when.)
        while k < j
            && (matches!(toks[k].norm.as_str(), "of" | "for" | "at" | "and" | "s" | "in")
                || DAYS.contains(&toks[k].norm.as_str()))
        {
            k += 1;
        }
        Some(k)
    }

    /// Whether "in" at token `k - 1`, walking left through a speaker's noun
    /// phrase, joins a place to a noun before it: a capitalised word (after
    /// an optional "the") follows it, and a noun that is neither a stop word
    /// nor a verb precedes it in the same clause.
    fn locative_inside(&self, toks: &[DocToken], k: usize) -> bool {
        let place = if toks[k].norm == "the" { k + 1 } else { k };
        let capital = toks.get(place).is_some_and(|t| self.capitalized(t));
        let noun_before = k >= 2 && !self.np_break(toks, k - 2) && {
            let t = &toks[k - 2];
            let w = t.norm.as_str();
            !NP_STOP.contains(&w)
                && !PRONOUNS.contains(&w)
                && !DETERMINERS.contains(&w)
                && !self.is_verb(t)
                && !is_time(w)
                && !w.chars().all(|c| c.is_ascii_digit())
        };
        capital && noun_before
    }

    /// The noun phrase starting at token `i` (after an inverted cue or
    /// "according to"): returns its last token.
    fn np_right(&self, toks: &[DocToken], i: usize) -> Option<usize> {
        let first = toks.get(i)?;
        let stop = |w: &str| {
            matches!(
                w,
                "who"
                    | "which"
                    | "that"
                    | "in"
                    | "on"
                    | "during"
                    | "when"
                    | "after"
                    | "before"
                    | "while"
                    | "adding"
                    | "noting"
                    | "because"
                    | "and"
                    | "but"
                    | "to"
                    | "as"
                    | "told"
                    | "last"
                    | "this"
            ) || BE.contains(&w)
                || AUX.contains(&w)
                    && !matches!(w, "also" | "then" | "now" | "long" | "first" | "all" | "both")
        };
        if stop(&first.norm) {
            return None;
        }
        let mut k = i;
        while k + 1 < toks.len() && k - i < 12 {
            if self.hard_break(toks, k) {
                break;
            }
            let w = toks[k + 1].norm.as_str();
            if stop(w) || self.is_verb(&toks[k + 1]) {
                break;
            }
            k += 1;
        }
        Some(k)
    }

    fn span_of(toks: &[DocToken], a: usize, b: usize) -> Span {
        Span::new(toks[a].span.start, toks[b].span.end)
    }

    /// A reporting verb at token `i`.
    fn verb(&self, sent: Span, toks: &[DocToken], i: usize, form: &Form, earlier: &[Found]) -> Option<Found> {
        let cue = toks[i].span;
        // A capital inside a sentence is a name ("the United States"),
        // unless the sentence is a headline in title case. There a past form
        // is an adjective ("Voters Worried About Health"), and a capital
        // tells a name only before a verb's third person ("Christie Calls",
        // not "Clinton Plan").
        let capital = i > 0 && self.capitalized(&toks[i]);
        let titled = capital && self.title_case(toks);
        if titled && form.shape == Shape::Past {
            return None;
        }
        if capital
            && !titled
            && self
                .quote_around(cue.start)
                .is_none_or(|q| q.inner.start != cue.start)
        {
            return None;
        }
        // "who asked not to be named", "spoke on condition of anonymity":
        // a request for anonymity describes the speaker and reports nothing.
        if self.anonymity_after(toks, i + 1).is_some() {
            return None;
        }
        // "a strike called by dockworkers", "deaths reported by hospitals": a
        // past participle with its agent modifies a noun; it reports nothing.
        if form.shape == Shape::Past && toks.get(i + 1).is_some_and(|t| t.norm == "by") {
            return None;
        }
        // Skip auxiliaries, adverbs and times leftwards ("has also said", "on Tuesday said"),
        // and a request for anonymity on the subject ("an engineer who asked
        // not to be named said").
        let mut j = (i.saturating_sub(MAX_ANONYMITY_WORDS)..i)
            .rev()
            .find(|&w| {
                // (Set off by commas, the clause is an apposition of its own.)
                toks[w].norm == "who"
                    && w > 0
                    && (w - 1..i).all(|k| !self.np_break(toks, k))
                    && self.anonymity_after(toks, w + 2) == Some(i)
            })
            .unwrap_or(i);
        let mut passive = false;
        while j > 0 && !self.np_break(toks, j - 1) {
            let w = toks[j - 1].norm.as_str();
            let w = if w.ends_with("n't") { "not" } else { w };
            if matches!(w, "not" | "never") {
                // A negated cue ("did not say", "does not plan to") reports
                // nothing: what follows is neither said nor intended. The
                // sentence stays whole for an outer attribution or narration.
                return None;
            }
            let time = is_time(w) || w == "on" && j < i && is_time(&toks[j].norm);
            if time || AUX.contains(&w) || w.ends_with("ly") && w.len() > 4 && !self.capitalized(&toks[j - 1])
            {
                if BE.contains(&w) && j == i && form.shape == Shape::Past {
                    passive = true;
                }
                j -= 1;
            } else {
                break;
            }
        }
        if passive {
            // "The vote is expected to be close": no named source; the content
            // is the clause around the cue.
            if form.passive_to && toks.get(i + 1).is_some_and(|t| t.norm == "to") && i + 2 < toks.len() {
                let lowest = i.saturating_sub(40);
                let start = (lowest..i)
                    .rev()
                    .find(|&m| m == lowest || self.hard_break(toks, m - 1))
                    .unwrap_or(lowest);
                let content = self.trim_content(Span::new(toks[start].span.start, sent.end));
                let cue = Span::new(toks[i - 1].span.start, cue.end);
                return Some(self.found(content, None, None, cue, form, false));
            }
            return None;
        }
        let prev = (j > 0).then(|| &toks[j - 1]);
        let broken_before = j == 0 || self.np_break(toks, j - 1);
        if let Some(p) = prev
            && !broken_before
        {
            let w = p.norm.as_str();
            // "his plan", "Clinton's plan", "to support".
            if DETERMINERS.contains(&w) {
                return None;
            }
            let apostrophe = self.gap(p.span.end, toks[j].span.start).starts_with(['\'', '’']);
            if apostrophe
                || w.ends_with("'s")
                    && !matches!(
                        w,
                        "he's" | "she's" | "it's" | "who's" | "that's" | "there's" | "what's"
                    )
            {
                return None;
            }
        }
        let mut subject = None;
        if let Some(p) = prev
            && !broken_before
            && !matches!(p.norm.as_str(), "and" | "or" | "but" | "nor")
            && let Some(k) = self.np_left(toks, j - 1)
        {
            let head = p;
            let gated = form.nounlike && matches!(form.shape, Shape::Base | Shape::Third);
            let plural = head.norm.len() > 3 && head.norm.ends_with('s') && !head.norm.ends_with("ss");
            let complement = toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "to" | "that"));
            let ok = !gated
                || PRONOUNS.contains(&head.norm.as_str())
                || self.capitalized(head) && (!titled || form.shape == Shape::Third)
                || plural
                || complement && k + 1 < j;
            let ing_after_noun =
                form.shape == Shape::Ing && !PRONOUNS.contains(&head.norm.as_str()) && j == i;
            if head.norm == "who" {
                // "Trump, who said ...", "voters who said ...": the relative
                // pronoun with the noun phrase it hangs on.
                let kk = if j >= 2 {
                    self.np_left(toks, j - 2).unwrap_or(j - 1)
                } else {
                    j - 1
                };
                subject = Some((kk, j - 1));
            } else if ok && !ing_after_noun {
                subject = Some((k, j - 1));
            } else if !ok {
                return None;
            }
        }
        if let Some((k, e)) = subject {
            let speaker = Self::span_of(toks, k, e);
            let left_edge = if k == 0 { sent.start } else { toks[k - 1].span.end };
            let left_gap = self.gap(left_edge, toks[k].span.start);
            let before_content = k > 0 || self.quote_closing_before(toks[k].span.start).is_some();
            let left_punct =
                left_gap.contains([',', '—', '–']) || self.quote_closing_before(toks[k].span.start).is_some();
            let quote_before = self.quote_closing_before(toks[k].span.start).is_some();
            let tail = self.tail_after(sent, toks, i, quote_before);
            let quote_after = tail.is_some_and(|t| {
                let next = toks.get(t + 1).map_or(sent.end, |n| n.span.start);
                self.gap(toks[t].span.end, next)
                    .contains(|c: char| is_open_quote(c) || c == '"')
            });
            // "“C,” the senator and candidate said in a statement.": a
            // quotation, a longer name, and nothing after the cue.
            if let Some(tail_end) = self.tail_after(sent, toks, i, true)
                && tail_end + 1 >= toks.len()
                && let Some(m) = self.quote_before_np(sent, toks, k)
            {
                let speaker = Self::span_of(toks, m, e);
                let content = self.content_before(sent, toks[m].span.start, toks, tail_end, false)?;
                return Some(self.found(content.0, Some(speaker), None, cue, form, content.1));
            }
            if left_punct
                && before_content
                && (quote_before || !quote_after)
                && let Some(tail_end) = tail
            {
                let content = self.content_before(sent, toks[k].span.start, toks, tail_end, false)?;
                return Some(self.found(content.0, Some(speaker), None, cue, form, content.1));
            }
            if form.lemma == "quote"
                && let Some(f) = self.chain(sent, toks, i, speaker, form)
            {
                return Some(f);
            }
            let (content, direct) = self.content_after(sent, toks, i, form)?;
            return Some(self.found(content, Some(speaker), None, cue, form, direct));
        }
        // No subject to the left.
        let gap_before = if i == 0 {
            self.gap(sent.start, cue.start)
        } else {
            self.gap(toks[i - 1].span.end, cue.start)
        };
        let after_break =
            i > 0 && (gap_before.contains([',', '—']) || self.quote_closing_before(cue.start).is_some());
        // "An official, who asked not to be named, said the river rose", "An
        // official of the agency, which oversaw the swap, said ...": a subject
        // with a relative clause set off by commas, not "C, said X".
        let relative_subject = || {
            self.apposed_subject(sent, toks, i).is_some()
                && (0..i)
                    .find(|&k| self.hard_break(toks, k))
                    .is_some_and(|k| matches!(toks[k + 1].norm.as_str(), "who" | "which"))
        };
        // "Army denies shelling the town, says rebels lie": after the first
        // comma inside the content of an earlier cue of the sentence, a cue
        // followed by no name, determiner or personal pronoun (which open
        // the speaker of "C, said Azad Hussein", "C, said a hydrologist")
        // continues that speaker's predicate.
        let no_speaker_after = || {
            toks.get(i + 1).is_some_and(|t| {
                !self.capitalized(t)
                    && !DETERMINERS.contains(&t.norm.as_str())
                    && !matches!(t.norm.as_str(), "he" | "she" | "they")
            })
        };
        if after_break
            && j == i
            && form.shape != Shape::Ing
            && no_speaker_after()
            && self.quote_closing_before(cue.start).is_none()
            && let Some(speaker) = earlier
                .iter()
                .rev()
                .find(|f| {
                    f.cue.end <= cue.start
                        && f.content.start < cue.start
                        && cue.start < f.content.end
                        && self.gap(f.content.start, cue.start).matches(',').count() == 1
                })
                .and_then(|f| f.speaker)
        {
            let (content, direct) = self.content_after(sent, toks, i, form)?;
            return Some(self.found(content, Some(speaker), None, cue, form, direct));
        }
        if after_break && j == i && !relative_subject() {
            // Inverted: "“C,” said X." or participle: ", saying C".
            if form.shape != Shape::Ing
                && form.inverted
                && let Some(e) = self.np_right(toks, i + 1)
            {
                let first = &toks[i + 1];
                // A pronoun stands alone ("said he"); other noun phrases may
                // open with a title or quantifier ("said pollster Frank Luntz",
                // "said several observers").
                let e = if PRONOUNS.contains(&first.norm.as_str()) {
                    i + 1
                } else {
                    e
                };
                let tail = self.tail_after(sent, toks, e, self.quote_closing_before(cue.start).is_some());
                let pronoun_ok = matches!(first.norm.as_str(), "he" | "she" | "they");
                let np_ok = !PRONOUNS.contains(&first.norm.as_str()) && !BE.contains(&first.norm.as_str());
                if (pronoun_ok || np_ok)
                    && let Some(tail_end) = tail
                {
                    let speaker = Self::span_of(toks, i + 1, e);
                    let (content, direct) =
                        self.content_before(sent, toks[i].span.start, toks, tail_end, true)?;
                    return Some(self.found(content, Some(speaker), None, cue, form, direct));
                }
            }
        }
        // "Marley Anderson, 21, a student, said C": the subject with its apposition.
        if after_break
            && j == i
            && form.shape != Shape::Ing
            && self.quote_closing_before(cue.start).is_none()
            && let Some(speaker) = self.apposed_subject(sent, toks, i)
        {
            // "“C,” Michael Ahrens, a spokesman, said in a statement."
            if self.quote_closing_before(speaker.start).is_some()
                && let Some(tail_end) = self.tail_after(sent, toks, i, true)
            {
                let (content, direct) = self.content_before(sent, speaker.start, toks, tail_end, false)?;
                return Some(self.found(content, Some(speaker), None, cue, form, direct));
            }
            let (content, direct) = self.content_after(sent, toks, i, form)?;
            return Some(self.found(content, Some(speaker), None, cue, form, direct));
        }
        let coordinated = form.shape != Shape::Base
            && (after_break && form.shape == Shape::Ing
                || prev.is_some_and(|p| {
                    matches!(
                        p.norm.as_str(),
                        "and" | "but" | "before" | "after" | "while" | "when" | "by"
                    )
                }));
        if coordinated {
            let speaker = earlier
                .iter()
                .rev()
                .find(|f| f.cue.end <= cue.start && f.speaker.is_some())
                .and_then(|f| f.speaker)
                .or_else(|| self.leading_np(sent, toks, i))?;
            let (content, direct) = self.content_after(sent, toks, i, form)?;
            return Some(self.found(content, Some(speaker), None, cue, form, direct));
        }
        None
    }

    /// The subject of a cue at token `i` that follows a comma, when the clause
    /// opens with a name and its apposition ("Chris Cox, who runs the group,").
    fn apposed_subject(&self, sent: Span, toks: &[DocToken], i: usize) -> Option<Span> {
        let mut start = 0;
        for k in (i.saturating_sub(31)..i).rev() {
            if self.quote_closing_before(toks[k].span.start).is_some()
                || self
                    .quote_opening_at(if k == 0 { sent.start } else { toks[k - 1].span.end })
                    .is_some_and(|q| q.outer.end <= toks[k].span.start + 3)
            {
                start = k;
                break;
            }
        }
        if i - start > 30 || i == start {
            return None;
        }
        let first = &toks[start];
        if !(self.capitalized(first) || first.norm.chars().next().is_some_and(|c| c.is_ascii_digit())) {
            return None;
        }
        if matches!(
            first.norm.as_str(),
            "in" | "on"
                | "at"
                | "but"
                | "and"
                | "after"
                | "before"
                | "when"
                | "while"
                | "if"
                | "asked"
                | "as"
                | "since"
                | "during"
                | "for"
                | "with"
                | "although"
                | "though"
                | "because"
                | "still"
                | "however"
                | "meanwhile"
                | "yet"
                | "so"
                | "then"
                | "now"
                | "last"
                | "earlier"
                | "later"
                | "this"
                | "that"
                | "it"
                | "there"
        ) || is_time(&first.norm)
        {
            return None;
        }
        // The first comma must come right after a name-like run (no verb before it).
        let first_break = (start..i).find(|&k| self.hard_break(toks, k))?;
        if (start..=first_break).any(|k| {
            self.lex.forms.contains_key(&toks[k].norm) && !self.capitalized(&toks[k])
                || BE.contains(&toks[k].norm.as_str())
        }) {
            return None;
        }
        let span = Span::new(first.span.start, toks[i - 1].span.end);
        Some(span)
    }

    /// When a quotation closes shortly before the subject starting at token
    /// `k`, with only a name between, the first token after the quotation.
    fn quote_before_np(&self, sent: Span, toks: &[DocToken], k: usize) -> Option<usize> {
        let q = self
            .quotes
            .get(
                self.quotes
                    .partition_point(|q| q.outer.end <= toks[k].span.start)
                    .checked_sub(1)?,
            )
            .filter(|q| q.outer.start >= sent.start)?;
        let m = toks.partition_point(|t| t.span.start < q.outer.end);
        if m > k
            || k - m > 12
            || !self
                .gap(q.outer.end, toks[m].span.start)
                .chars()
                .all(|c| c.is_whitespace() || c == ',')
        {
            return None;
        }
        let verbish = (m..k).any(|x| self.is_verb(&toks[x]) || BE.contains(&toks[x].norm.as_str()));
        (!verbish).then_some(m)
    }

    /// The sentence's opening noun phrase ("The campaign", "Hillary Clinton"),
    /// for a participle whose subject is the main clause's.
    fn leading_np(&self, _sent: Span, toks: &[DocToken], limit: usize) -> Option<Span> {
        let mut start = 0;
        // Skip an opening participle, adverbial or dateline ("Speaking to
        // reporters, ...", "WASHINGTON —", "Instead, ...").
        let first = toks.first()?;
        let surface = first.span.slice(self.text());
        let shouting = surface.len() > 2 && surface.chars().all(|c| !c.is_lowercase());
        if shouting
            || first.norm.ends_with("ing")
            || first.norm.ends_with("ed")
            || first.norm.ends_with("ly")
            || OPENERS.contains(&first.norm.as_str())
            || is_time(&first.norm)
        {
            start = (0..limit.min(12)).find(|&k| self.hard_break(toks, k))? + 1;
        }
        let mut k = start;
        if toks
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an"))
        {
            k += 1;
        }
        let mut end = None;
        while k < limit && k < start + 8 {
            let t = &toks[k];
            let after_det = k == start + 1 && toks[start].norm == "the";
            if !(self.capitalized(t) || after_det || end.is_some() && t.norm == "of") {
                break;
            }
            end = Some(k);
            if self.np_break(toks, k) {
                break;
            }
            k += 1;
        }
        let end = end?;
        if OPENERS.contains(&toks[start].norm.as_str()) {
            return None;
        }
        Some(Self::span_of(toks, start, end))
    }

    /// When nothing but adverbials ("in a statement on Tuesday") follow the cue
    /// up to the end of the sentence or a comma, the index of the last of them.
    /// With `liberal`, any words count up to the next break (after a closing
    /// quotation: "“C,” Trump said of the plan.").
    fn tail_after(&self, sent: Span, toks: &[DocToken], i: usize, liberal: bool) -> Option<usize> {
        let mut k = i;
        // "..., said an engineer who spoke on condition of anonymity": a
        // relative clause on the speaker runs on to the end of the tail.
        let mut relative = false;
        loop {
            if self.hard_break(toks, k) {
                let next_start = toks.get(k + 1).map_or(sent.end, |t| t.span.start);
                let g = self.gap(toks[k].span.end, next_start);
                if g.contains([':']) || g.contains(|c: char| is_open_quote(c)) && !g.contains(',') {
                    return None;
                }
                return Some(k);
            }
            let next = toks.get(k + 1)?;
            relative |= k == i && next.norm == "who";
            let adverb = next.norm.ends_with("ly") && next.norm.len() > 4;
            if !(liberal
                || relative
                || TAIL.contains(&next.norm.as_str())
                || self.capitalized(next)
                || adverb)
                || next.norm == "that" && !relative
            {
                return None;
            }
            if k - i > if liberal || relative { 16 } else { 10 } {
                return None;
            }
            k += 1;
        }
    }

    /// Content standing before a closing cue whose speaker starts at `pos`:
    /// the quotation closed right before, or the sentence up to there. A
    /// second quotation opening after the cue's tail (token `tail`) extends it.
    /// `inverted`: the cue stands before its speaker ("..., said X").
    fn content_before(
        &self,
        sent: Span,
        pos: usize,
        toks: &[DocToken],
        tail: usize,
        inverted: bool,
    ) -> Option<(Span, bool)> {
        let after = toks.get(tail).map_or(sent.end, |t| t.span.end);
        // "“A,” said X, the district head, “B.”": the quotation that opens
        // after a comma, with at most a short apposition between.
        let second = self
            .quotes
            .get(self.quotes.partition_point(|q| q.outer.start < after))
            .copied()
            .filter(|q| q.outer.start < sent.end)
            .filter(|q| {
                let between = self.gap(after, q.outer.start);
                between.trim_start().starts_with(',')
                    && between.trim_end().ends_with(',')
                    && !between.contains(['.', ';', ':'])
                    && self.doc.tokens_in(Span::new(after, q.outer.start)).len() <= 8
            });
        if let Some(q) = self.quote_closing_before(pos) {
            let mut end = second.map_or(q.inner.end, |s| s.inner.end);
            let rest = self.gap(after, sent.end);
            if second.is_none() && !rest.contains(|c: char| is_open_quote(c) || is_close_quote(c) || c == '"')
            {
                end = self.following_quotes(sent.end, end);
            }
            let span = self.trim_content(Span::new(q.inner.start, end));
            return (!span.is_empty()).then_some((span, true));
        }
        let mut start = sent.start;
        if let Some(q) = self.quote_around(pos.saturating_sub(1)) {
            start = start.max(q.inner.start);
        }
        let mut end = pos;
        if let Some(s) = second {
            end = s.inner.end;
        } else if self.gap(after, sent.end).trim_start().starts_with(',') {
            // "The plan, she said, is dead": the content goes on after the cue,
            // but not into a clause of the speaker's own (", adding that ...",
            // ", rejecting ...") nor, after an inverted cue, into the
            // speaker's apposition ("..., said Rowan Pike, a spokesman" or
            // "..., said Rowan Pike, emergency manager for the agency").
            let rest = self.trim_content(Span::new(after, sent.end));
            let goes_on = !inverted
                && self.doc.tokens_in(rest).first().is_some_and(|t| {
                    !t.norm.ends_with("ing") && !matches!(t.norm.as_str(), "a" | "an" | "who" | "which")
                });
            if rest.len() > 8 && goes_on {
                end = rest.end;
            }
        }
        let span = self.trim_content(Span::new(start, end));
        (span.len() > 2).then_some((span, false))
    }

    /// The end of the quotations that follow `pos` in the same paragraph with
    /// nothing but spaces between them ("“A,” she said. “B.” “C.”"), or `end`.
    fn following_quotes(&self, pos: usize, mut end: usize) -> usize {
        let mut at = pos;
        for _ in 0..20 {
            let Some(q) = self.quote_opening_at(at) else { break };
            if self.gap(at, q.outer.start).contains('\n') || q.outer.end <= at {
                break;
            }
            end = q.inner.end;
            at = q.outer.end;
        }
        end
    }

    /// Content after a front cue at token `i`.
    fn content_after(&self, sent: Span, toks: &[DocToken], i: usize, form: &Form) -> Option<(Span, bool)> {
        let cue_end = toks[i].span.end;
        // A quotation or colon straight after the cue (", “...”", ": “...”").
        let near = self.gap(cue_end, toks.get(i + 1).map_or(sent.end, |t| t.span.start));
        if near.contains(|c: char| is_open_quote(c) || c == '"' || c == ':' || c == '\'')
            && let Some(q) = self.quote_opening_at(
                cue_end
                    + near
                        .find(|c: char| is_open_quote(c) || c == '"' || c == '\'')
                        .unwrap_or(near.len()),
            )
        {
            return Some((self.trim_content(q.inner), true));
        }
        // Look ahead for "that", a colon or a quotation behind adverbials and objects.
        let mut start_tok = i + 1;
        let mut found_that = false;
        let limit = (i + 14).min(toks.len());
        let mut k = i + 1;
        // A prepositional phrase right after the cue ("said in a brief
        // response that", "acknowledged for the first time that") may hold
        // any words up to "that".
        let phrase = toks
            .get(i + 1)
            .is_some_and(|t| PREPOSITIONS.contains(&t.norm.as_str()));
        // Whether a word of the phrase stands that no other rule lets stand
        // before "that": "that" must then open a clause.
        let mut stretched = false;
        while k < limit {
            let t = &toks[k];
            // Whether a determiner or preposition stands right before this word.
            let after_determiner = DETERMINERS.contains(&toks[k - 1].norm.as_str());
            // Past the phrase, "that" must open a clause: a subject follows
            // it ("that the suspension ...", "that it was", "that hackers
            // had"), not a verb ("a report that was published", "loopholes
            // that benefit"), and no preposition stands before it ("in that
            // spot").
            let clause = || {
                let next = |n: usize| toks.get(k + n).map(|t| t.norm.as_str());
                let subject = next(1).is_some_and(|w| {
                    // ("she’s", "they'll": a pronoun with its verb.)
                    let bare = w.split(['\'', '’']).next().unwrap_or(w);
                    SUBJECT_OPENERS.contains(&w)
                        || PRONOUNS.contains(&bare)
                        || toks[k + 1].norm.starts_with(|c: char| c.is_ascii_digit())
                        || self.capitalized(&toks[k + 1])
                });
                let verb_next = next(2).is_some_and(|w| BE.contains(&w) || FINITE_AUX.contains(&w));
                !after_determiner
                    && !self.hard_break(toks, k)
                    && (subject || verb_next && !BE.contains(&next(1).unwrap_or("")))
            };
            // ("at that location": after a preposition, "that" is a determiner.)
            let determiner = k > i + 1 && PREPOSITIONS.contains(&toks[k - 1].norm.as_str());
            if t.norm == "that" && !determiner && (!stretched || clause()) {
                start_tok = k + 1;
                found_that = true;
                break;
            }
            // (In the phrase, a cue's form after a determiner is a noun: "in an
            // email to the Ledger".)
            let noun = phrase && after_determiner;
            if self.lex.forms.contains_key(&t.norm) && !noun || BE.contains(&t.norm.as_str()) {
                break;
            }
            // Only adverbials and, after "told", an object may stand before "that".
            let adverbial = TAIL.contains(&t.norm.as_str())
                || self.capitalized(t)
                || t.norm.ends_with("ly")
                || t.norm.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    t.norm.as_str(),
                    "him"
                        | "her"
                        | "them"
                        | "us"
                        | "me"
                        | "you"
                        | "people"
                        | "voters"
                        | "supporters"
                        | "crowd"
                        | "audience"
                        | "lawmakers"
                        | "journalists"
                        | "cnn"
                        | "fox"
                )
                || form.object && k < i + 7;
            stretched |= !adverbial && phrase;
            // ("found in Chelsea and that location is ...": a conjunction ends
            // the phrase.)
            let conjunction = matches!(t.norm.as_str(), "and" | "but" | "or");
            if !(adverbial || phrase) || conjunction {
                break;
            }
            // (A comma ends the phrase: "called for tax fairness, the closure of loopholes that".)
            if phrase
                && !adverbial
                && self
                    .gap(t.span.end, toks.get(k + 1).map_or(sent.end, |n| n.span.start))
                    .contains(',')
            {
                break;
            }
            let g = self.gap(t.span.end, toks.get(k + 1).map_or(sent.end, |n| n.span.start));
            if g.contains([':', ',']) && g.contains(|c: char| is_open_quote(c) || c == '"' || c == '\'')
                || g.contains(':')
            {
                let at = t.span.end
                    + g.find(|c: char| is_open_quote(c) || c == '"' || c == '\'')
                        .unwrap_or(g.len());
                if let Some(q) = self.quote_opening_at(at) {
                    return Some((self.trim_content(q.inner), true));
                }
                if g.contains(':') {
                    start_tok = k + 1;
                    found_that = true;
                    break;
                }
            }
            if g.contains(['.', ';', '(']) {
                break;
            }
            k += 1;
        }
        if !found_that {
            if form.weak && !(form.before_to && toks.get(i + 1).is_some_and(|t| t.norm == "to")) {
                return None;
            }
            // "called the offer an insult": the object and its name (not
            // "called for talks", "called on Congress to act").
            let naming = form.naming
                && toks
                    .get(i + 1)
                    .is_some_and(|t| !NAMING_PARTICLES.contains(&t.norm.as_str()));
            if form.object && !naming {
                // "urged Congress to act": from "to"; "told him the plan": after the object.
                let mut m = i + 1;
                while m < limit && m < i + 6 {
                    if toks[m].norm == "to" || toks[m].norm == "of" || toks[m].norm == "for" {
                        start_tok = m;
                        break;
                    }
                    if self.hard_break(toks, m) {
                        break;
                    }
                    m += 1;
                }
            }
            // "said on Tuesday the talks had failed": a time right after the
            // cue is when it was said.
            if start_tok == i + 1 {
                let run = (i + 1..toks.len().min(i + 5))
                    .take_while(|&m| {
                        let w = toks[m].norm.as_str();
                        (m == i + 1 && w == "on" || is_time(w))
                            && !(m > i + 1 && self.hard_break(toks, m - 1))
                    })
                    .last();
                if let Some(m) = run.filter(|&m| {
                    !matches!(toks[m].norm.as_str(), "on" | "last" | "earlier")
                        && m + 1 < toks.len()
                        && !self.hard_break(toks, m)
                }) {
                    start_tok = m + 1;
                }
            }
            // "said in a statement, C" / "said Tuesday, C".
            if start_tok == i + 1 {
                let mut m = i + 1;
                while m < toks.len() && m < i + 8 && TAIL.contains(&toks[m].norm.as_str())
                    || m < toks.len() && m > i + 1 && m < i + 8 && self.capitalized(&toks[m])
                {
                    if self.hard_break(toks, m)
                        && self
                            .gap(
                                toks[m].span.end,
                                toks.get(m + 1).map_or(sent.end, |t| t.span.start),
                            )
                            .contains(',')
                    {
                        start_tok = m + 1;
                        break;
                    }
                    m += 1;
                }
            }
        }
        // A cue that ends its clause ("as Belmora had promised, and on
        // Thursday ...") has no content after it: a coordinated clause after
        // its comma is the next statement.
        if start_tok == i + 1
            && !found_that
            && self
                .gap(cue_end, toks.get(i + 1).map_or(sent.end, |t| t.span.start))
                .contains(',')
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "and" | "but" | "or" | "while" | "whereas"))
        {
            return None;
        }
        let start = toks.get(start_tok)?.span.start;
        let mut end = sent.end;
        // Stop before a following ", adding ..." or ", according to".
        for m in start_tok + 1..toks.len().min(start_tok + 400) {
            let g = self.gap(toks[m - 1].span.end, toks[m].span.start);
            if g.contains(',')
                && (self
                    .lex
                    .forms
                    .get(&toks[m].norm)
                    .is_some_and(|f| f.shape == Shape::Ing)
                    || toks[m].norm == "according"
                    || toks[m].norm == "and"
                        && toks
                            .get(m + 1)
                            .is_some_and(|n| self.lex.forms.contains_key(&n.norm)))
            {
                end = toks[m - 1].span.end;
                break;
            }
            // "denied any wrongdoing and pointed out that ...": a second verb
            // of the same subject ends the content.
            if matches!(toks[m].norm.as_str(), "and" | "but")
                && toks.get(m + 1).is_some_and(|n| {
                    self.lex.forms.get(&n.norm).is_some_and(|f| f.shape != Shape::Ing) && !self.capitalized(n)
                })
            {
                end = toks[m - 1].span.end;
                break;
            }
        }
        // A cue inside a quotation reports only up to its end.
        if let Some(q) = self.quote_around(toks[i].span.start) {
            end = end.min(q.inner.end);
        }
        // A quotation opened inside the content runs to its end.
        if let Some(q) = self
            .quotes
            .partition_point(|q| q.outer.start < end)
            .checked_sub(1)
            .and_then(|x| self.quotes.get(x))
            .filter(|q| q.outer.start >= start && q.outer.end > end)
        {
            end = q.inner.end;
        }
        let span = self.trim_content(Span::new(start, end));
        let direct = self.is_quote_inner(span);
        (span.len() > 1).then_some((span, direct))
    }

    /// "X quoted Y as saying C": speaker Y, via X.
    fn chain(&self, sent: Span, toks: &[DocToken], i: usize, via: Span, form: &Form) -> Option<Found> {
        let e = self.np_right(toks, i + 1)?;
        let as_ = toks.get(e + 1)?;
        let verb = toks.get(e + 2)?;
        if as_.norm != "as" || !self.lex.forms.contains_key(&verb.norm) {
            return None;
        }
        let speaker = Self::span_of(toks, i + 1, e);
        let vform = &self.lex.forms[&verb.norm];
        let (content, direct) = self.content_after(sent, toks, e + 2, vform)?;
        Some(self.found(content, Some(speaker), Some(via), toks[i].span, form, direct))
    }

    /// A line opening with a short name and a colon: "Graham: Trump Is Hurting
    /// the Party". The colon is the cue.
    fn headline(&self, sent: Span, toks: &[DocToken]) -> Option<Found> {
        let line_start = self.gap(0, sent.start).trim_end_matches([' ', '\t']);
        if !(line_start.is_empty() || line_start.ends_with('\n')) {
            return None;
        }
        let k = (0..toks.len().min(4)).find(|&k| self.hard_break(toks, k))?;
        let next = toks.get(k + 1)?.span.start;
        let g = self.gap(toks[k].span.end, next);
        if !g.trim_start().starts_with(':') || toks.len() < k + 4 {
            return None;
        }
        if !toks[..=k]
            .iter()
            .all(|t| self.capitalized(t) || matches!(t.norm.as_str(), "of" | "the"))
        {
            return None;
        }
        let colon = toks[k].span.end + g.find(':')?;
        let content = match self.quote_opening_at(colon + 1) {
            Some(q) => q.inner,
            None => self.trim_content(Span::new(colon + 1, sent.end)),
        };
        let form = Form {
            lemma: ":".to_string(),
            class: CueClass::Assert,
            shape: Shape::Base,
            object: false,
            weak: false,
            nounlike: false,
            before_to: false,
            passive_to: false,
            naming: false,
            inverted: false,
        };
        let direct = self.is_quote_inner(content);
        Some(self.found(
            content,
            Some(Self::span_of(toks, 0, k)),
            None,
            Span::new(colon, colon + 1),
            &form,
            direct,
        ))
    }

    /// Where a request for anonymity starting at token `k` ends (exclusive):
    /// "not to be named", "to remain anonymous", "on condition of anonymity",
    /// "anonymity".
    fn anonymity_after(&self, toks: &[DocToken], k: usize) -> Option<usize> {
        let word = |n: usize| toks.get(k + n).map(|t| t.norm.as_str());
        let named = |w: Option<&str>| matches!(w, Some("named" | "identified" | "quoted" | "disclosed"));
        match (word(0), word(1), word(2)) {
            (Some("not"), Some("to"), Some("be")) if named(word(3)) => Some(k + 4),
            (Some("to"), Some("be"), _) if named(word(2)) => Some(k + 3),
            (Some("to"), Some("remain"), Some("anonymous" | "unnamed")) => Some(k + 3),
            (Some("anonymity"), _, _) => Some(k + 1),
            (Some("for"), Some("anonymity"), _) => Some(k + 2),
            (Some("on"), Some("condition"), Some("of")) if matches!(word(3), Some("anonymity")) => {
                Some(k + 4)
            }
            _ => None,
        }
    }

    /// "according to X, C" and "C, according to X".
    fn according(&self, sent: Span, toks: &[DocToken], i: usize) -> Option<Found> {
        let cue = Span::new(toks[i].span.start, toks[i + 1].span.end);
        let e = self.np_right(toks, i + 2)?;
        let speaker = Self::span_of(toks, i + 2, e);
        // "According to an official, who asked not to be named, the plant
        // ...": a relative clause set off by commas describes the source; what
        // it says starts after the clause's closing comma.
        let relative = toks
            .get(e + 1)
            .filter(|t| {
                matches!(t.norm.as_str(), "who" | "which")
                    && self.gap(toks[e].span.end, t.span.start).contains(',')
            })
            .and_then(|_| {
                (e + 2..toks.len().min(e + 2 + MAX_RELATIVE_WORDS))
                    .find(|&k| self.gap(toks[k - 1].span.end, toks[k].span.start).contains(','))
            });
        let e = relative.map_or(e, |k| k - 1);
        let before = self.trim_content(Span::new(
            self.quote_around(cue.start)
                .map_or(sent.start, |q| q.inner.start.max(sent.start)),
            cue.start,
        ));
        let after = self.trim_content(Span::new(toks[e].span.end, sent.end));
        let content = match (before.len() > 2, after.len() > 2) {
            (true, true) if self.gap(toks[e].span.end, sent.end).trim_start().starts_with(',') => {
                before.cover(after)
            }
            (true, _) => before,
            (false, true) => after,
            (false, false) => return None,
        };
        let form = Form {
            lemma: "according to".to_string(),
            class: CueClass::Assert,
            shape: Shape::Base,
            object: false,
            weak: false,
            nounlike: false,
            before_to: false,
            passive_to: false,
            naming: false,
            inverted: false,
        };
        let mut f = self.found(content, Some(speaker), None, cue, &form, false);
        f.kind = ClaimKind::AccordingTo;
        Some(f)
    }

    fn found(
        &self,
        content: Span,
        speaker: Option<Span>,
        via: Option<Span>,
        cue: Span,
        form: &Form,
        direct: bool,
    ) -> Found {
        Found {
            content,
            speaker,
            via,
            cue,
            class: form.class,
            kind: if direct {
                ClaimKind::Direct
            } else {
                ClaimKind::Indirect
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::lexicon::Lexicons;
    use proptest::prelude::*;

    #[derive(Debug)]
    struct Found {
        content: String,
        speaker: Option<String>,
        antecedent: Option<String>,
        via: Option<String>,
        cue: Option<(String, CueClass)>,
        kind: ClaimKind,
    }

    fn run(text: &str) -> Vec<Found> {
        let lexicons = Lexicons::builtin();
        let lex = lexicons.lang(Lang::En);
        let doc = Doc::new(
            text,
            Lang::En,
            None,
            lex,
            crate::Config::default().max_sentence_bytes,
        );
        let super::super::CueLexicon::En(cues) = &lex.cues else {
            panic!("English cues expected");
        };
        let mut diagnostics = Vec::new();
        attribute(&doc, cues, &mut diagnostics)
            .into_iter()
            .map(|a| Found {
                content: a.content.slice(text).to_string(),
                speaker: a.speaker.as_ref().map(|s| s.span.slice(text).to_string()),
                antecedent: a
                    .speaker
                    .as_ref()
                    .and_then(|s| s.antecedent)
                    .map(|s| s.slice(text).to_string()),
                via: a
                    .speaker
                    .as_ref()
                    .and_then(|s| s.via)
                    .map(|s| s.slice(text).to_string()),
                cue: a.cue.map(|(s, c)| (s.slice(text).to_string(), c)),
                kind: a.kind,
            })
            .collect()
    }

    fn only(text: &str) -> Found {
        let mut found = run(text);
        assert_eq!(found.len(), 1, "one attribution expected in {text:?}");
        found.remove(0)
    }

    #[test]
    fn regular_forms_follow_spelling_rules() {
        let forms = |w: &str| regular_forms(w).into_iter().map(|(f, _)| f).collect::<Vec<_>>();
        assert_eq!(forms("note"), ["note", "notes", "noted", "noting"]);
        assert_eq!(forms("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(forms("stress"), ["stress", "stresses", "stressed", "stressing"]);
        assert_eq!(forms("say"), ["say", "says", "sayed", "saying"]);
    }

    #[test]
    fn lexicon_knows_inflections_and_classes() {
        let lexicons = Lexicons::builtin();
        let super::super::CueLexicon::En(cues) = &lexicons.lang(Lang::En).cues else {
            panic!("English cues expected");
        };
        assert_eq!(cues.forms["said"].lemma, "say");
        assert_eq!(cues.forms["told"].lemma, "tell");
        assert_eq!(cues.forms["denied"].class, CueClass::Deny);
        assert_eq!(cues.forms["condemned"].class, CueClass::Condemn);
        assert_eq!(cues.forms["forecast"].class, CueClass::Expect);
        assert_eq!(cues.forms["unveiled"].class, CueClass::Announce);
        assert_eq!(cues.forms["quoted"].class, CueClass::Quote);
        assert!(cues.forms["plans"].nounlike);
    }

    #[test]
    fn quotes_pair_per_paragraph_and_open_ones_run_to_its_end() {
        let text = "He said “yes” and \"no\".\n“Still open here\nNext line.";
        let mut diagnostics = Vec::new();
        let quotes = find_quotes(text, &mut diagnostics);
        let inner: Vec<&str> = quotes.iter().map(|q| q.inner.slice(text)).collect();
        assert_eq!(inner, ["yes", "no", "Still open here"]);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].kind, DiagnosticKind::UnclosedQuote);
    }

    #[test]
    fn front_cue_with_that() {
        let f = only("The council said that the budget was balanced.");
        assert_eq!(f.content, "the budget was balanced");
        assert_eq!(f.speaker.as_deref(), Some("The council"));
        assert_eq!(f.cue, Some(("said".to_string(), CueClass::Assert)));
        assert_eq!(f.kind, ClaimKind::Indirect);
    }

    #[test]
    fn closing_and_inverted_cues() {
        let f = only("Prices will rise next year, the utility said on Monday.");
        assert_eq!(f.content, "Prices will rise next year");
        assert_eq!(f.speaker.as_deref(), Some("the utility"));
        let f = only("“The port is open,” said Jane Roe, who runs it.");
        assert_eq!(f.content, "The port is open");
        assert_eq!(f.speaker.as_deref(), Some("Jane Roe"));
        assert_eq!(f.kind, ClaimKind::Direct);
    }

    #[test]
    fn content_goes_on_after_an_interrupting_cue_but_not_into_the_speakers_own_words() {
        let f = only("The plan, she said, is dead in the water.");
        assert_eq!(f.content, "The plan, she said, is dead in the water");
        let found = run(
            "Styrene has reached the creek, state officials said on Monday, rejecting the railroad's account.",
        );
        assert_eq!(found[0].content, "Styrene has reached the creek");
        assert_eq!(found[0].speaker.as_deref(), Some("state officials"));
        let f =
            only("Three tank cars were breached, said Rowan Pike, emergency manager for the state agency.");
        assert_eq!(f.content, "Three tank cars were breached");
        assert_eq!(f.speaker.as_deref(), Some("Rowan Pike"));
    }

    #[test]
    fn only_verbs_of_saying_stand_before_their_speaker() {
        // "showed" after a comma is the sentence's verb, not "..., said X":
        // what follows it is no speaker.
        let found = run(
            "Readings at the station, where the river enters Iraq, showed the Tigris flowing at 220 cubic metres per second.",
        );
        assert!(
            found
                .iter()
                .all(|f| f.speaker.as_deref().is_some_and(|s| s.starts_with("Readings"))),
            "{found:?}"
        );
        let f = only("The border is closed, wrote the governor.");
        assert_eq!(f.content, "The border is closed");
        assert_eq!(f.speaker.as_deref(), Some("the governor"));
    }

    #[test]
    fn titles_stay_in_the_speaker() {
        let f = only("Pentagon deputy press secretary Sabrina Singh said the meetings would go on.");
        assert_eq!(
            f.speaker.as_deref(),
            Some("Pentagon deputy press secretary Sabrina Singh")
        );
        assert_eq!(f.content, "the meetings would go on");
    }

    #[test]
    fn told_skips_its_object() {
        let f = only("The minister told Reuters in an interview that talks had stalled.");
        assert_eq!(f.content, "talks had stalled");
        assert_eq!(f.speaker.as_deref(), Some("The minister"));
    }

    #[test]
    fn a_naming_verb_keeps_its_object_and_what_it_is_called() {
        let f = only("The union called the offer an insult to miners.");
        assert_eq!(f.content, "the offer an insult to miners");
        assert_eq!(f.speaker.as_deref(), Some("The union"));
        let got = run("The minister said turnout was high, calling the vote a model of democracy.");
        assert_eq!(
            got.last().map(|f| f.content.as_str()),
            Some("the vote a model of democracy"),
            "{got:?}"
        );
        // "Called on" and "called for" still take their content after the object.
        let f = only("The union called on the company to resume talks.");
        assert_eq!(f.content, "to resume talks");
    }

    #[test]
    fn according_to_on_either_side() {
        let f = only("According to the police, three people were hurt.");
        assert_eq!(f.content, "three people were hurt");
        assert_eq!(f.speaker.as_deref(), Some("the police"));
        assert_eq!(f.kind, ClaimKind::AccordingTo);
        let f = only("Three people were hurt, according to the police.");
        assert_eq!(f.content, "Three people were hurt");
    }

    #[test]
    fn content_starts_after_a_phrase_or_a_time_that_follows_the_cue() {
        let f = only("Calder Ridge said in a brief response that it was cooperating fully.");
        assert_eq!(f.content, "it was cooperating fully");
        let f = only("The chief inspector said in an email to the Ledger that the suspension would remain.");
        assert_eq!(f.content, "the suspension would remain");
        let f =
            only("The authority acknowledged on Wednesday for the first time that hackers had broken in.");
        assert_eq!(f.content, "hackers had broken in");
        let f = only("The minister said on Tuesday the talks had failed.");
        assert_eq!(f.content, "the talks had failed");
        // A time word that is part of the content stays.
        let f = only("The minister said last week's vote was fair.");
        assert_eq!(f.content, "last week's vote was fair");
        // "that" not opening a clause: a relative, a determiner, past a conjunction.
        let f = only(
            "Obama has long called for tax fairness, the closure of loopholes that benefit only the wealthy.",
        );
        assert_eq!(
            f.content,
            "for tax fairness, the closure of loopholes that benefit only the wealthy"
        );
        let got = run("Police said a device was found in Chelsea and that location is being searched.");
        assert!(
            got.iter().all(|f| f.content != "location is being searched"),
            "{got:?}"
        );
    }

    #[test]
    fn a_participle_with_its_agent_is_no_cue() {
        let text = "The agency said the port operated normally despite a strike called by dockworkers, and that only 35 percent joined it.";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].speaker.as_deref(), Some("The agency"));
        let got = run("Deaths reported by district hospitals were left out.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_request_for_anonymity_describes_the_speaker() {
        let f = only(
            "According to a ministry official, who asked not to be named, the plant has been shut for a week.",
        );
        assert_eq!(f.speaker.as_deref(), Some("a ministry official"));
        assert_eq!(f.content, "the plant has been shut for a week");
        let f = only(
            "An engineer at the plant, who asked not to be named because he was not authorised to speak, said the plant had stopped.",
        );
        assert_eq!(f.content, "the plant had stopped");
        let f =
            only("The plant has stopped completely, said an engineer who spoke on condition of anonymity.");
        assert_eq!(f.content, "The plant has stopped completely");
        let f = only("The plant has stopped, an engineer who asked to remain anonymous said.");
        assert_eq!(f.content, "The plant has stopped");
        // Set off by commas, the request is an apposition of the subject.
        let f = only(
            "An official of the irrigation department, who asked not to be named, said the river rose on Saturday.",
        );
        assert_eq!(
            f.speaker.as_deref(),
            Some("An official of the irrigation department, who asked not to be named")
        );
        assert_eq!(f.content, "the river rose on Saturday");
        // So is any relative clause on the subject.
        let f = only(
            "An official of the Red Crescent, which oversaw the swap, said the government freed 268 men.",
        );
        assert_eq!(
            f.speaker.as_deref(),
            Some("An official of the Red Crescent, which oversaw the swap")
        );
        assert_eq!(f.content, "the government freed 268 men");
    }

    #[test]
    fn a_cue_reads_its_own_paragraph_and_its_tail_to_the_sentence_end() {
        // A quotation ending the paragraph before is no content of a cue.
        let found =
            run("Holt told reporters: “We have the data.”\n\nHolt said five boats surrounded the tanker.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].content, "five boats surrounded the tanker");
        // A time and the report it was said in close the sentence.
        let f = only(
            "The train was travelling at 47 mph, the board said on Wednesday in its preliminary findings.",
        );
        assert_eq!(f.content, "The train was travelling at 47 mph");
        // A content inside another's ends before the outer closing cue.
        let found = run("Clinton had told police that she did not want the escort, the source added.");
        assert_eq!(found.len(), 2, "{found:?}");
        let told = found.iter().find(|f| f.speaker.as_deref() == Some("Clinton"));
        assert_eq!(
            told.map(|f| f.content.as_str()),
            Some("she did not want the escort"),
            "{found:?}"
        );
        // "Army denies C1, says C2": two cues of one speaker, each with its
        // own content.
        let found = run("Army denies shelling the town, says rebels fabricate ceasefire breaches");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].content, "shelling the town");
        assert_eq!(found[1].speaker.as_deref(), Some("Army"));
        assert_eq!(found[1].content, "rebels fabricate ceasefire breaches");
        // A name after the second cue is its speaker.
        let found = run(
            "Gauges showed the river flowing at 220 cubic metres a second, said Azad Hussein, a hydrologist.",
        );
        let hussein = found
            .iter()
            .find(|f| f.speaker.as_deref() == Some("Azad Hussein"))
            .unwrap_or_else(|| panic!("{found:?}"));
        assert!(hussein.content.starts_with("Gauges showed"), "{found:?}");
    }

    #[test]
    fn a_headline_in_title_case_has_capitalised_cues() {
        let f = only("Former White House Doctor Says Clinton Hid Past Health Problems From Public");
        assert_eq!(f.speaker.as_deref(), Some("Former White House Doctor"));
        assert_eq!(f.content, "Clinton Hid Past Health Problems From Public");
        let f = only("Black Lawmakers Rip Donald Trump As A Disgusting Fraud");
        assert_eq!(f.speaker.as_deref(), Some("Black Lawmakers"));
        // A past form there is an adjective, and a noun's form is a noun.
        assert!(run("Democrat Voters Worried About Hillary Clinton's Health Issues").is_empty());
        assert!(run("Clinton Plan for Taxes Is Expansive but Complex").is_empty());
        // In a sentence, a capitalised cue is a name.
        assert!(run("The bakery Mother Says Yes opened near the station on Monday.").is_empty());
    }

    #[test]
    fn a_cue_ending_its_clause_leaves_the_next_clause_to_the_next_cue() {
        let found = run(
            "The crossing did not reopen on Wednesday as Belmora had promised, and on Thursday Belmora's economy minister said it would stay closed.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Belmora's economy minister"));
        assert_eq!(found[0].content, "it would stay closed");
    }

    #[test]
    fn split_quotation_runs_from_first_part_to_last() {
        let f = only("“We will rebuild,” the mayor said, “and faster than before.”");
        assert_eq!(
            f.content,
            "We will rebuild,” the mayor said, “and faster than before"
        );
        assert_eq!(f.speaker.as_deref(), Some("the mayor"));
    }

    #[test]
    fn pronoun_takes_the_last_compatible_speaker() {
        let found = run(
            "Mrs. Ann Lee said the vote was fair. The ministry said it was not. She added that she would appeal.",
        );
        let last = found.last().expect("attributions");
        assert_eq!(last.speaker.as_deref(), Some("She"));
        assert_eq!(last.antecedent.as_deref(), Some("Mrs. Ann Lee"));
    }

    #[test]
    fn chain_names_the_reporter_as_via() {
        let f = only("The agency quoted a senior official as saying the border would stay closed.");
        assert_eq!(f.speaker.as_deref(), Some("a senior official"));
        assert_eq!(f.via.as_deref(), Some("The agency"));
        assert_eq!(f.content, "the border would stay closed");
        assert_eq!(f.cue.map(|c| c.1), Some(CueClass::Quote));
    }

    #[test]
    fn nouns_and_names_are_not_cues() {
        assert!(
            run("His plan was rejected by the United States.")
                .iter()
                .all(|f| f.cue.as_ref().is_none_or(|c| c.0 != "plan" && c.0 != "States"))
        );
        assert!(run("The tax plans are complicated.").is_empty());
    }

    #[test]
    fn first_person_inside_a_quotation_is_not_a_new_speaker() {
        let found = run("“I think we can win,” the coach said.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].speaker.as_deref(), Some("the coach"));
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn never_panics_and_spans_stay_on_boundaries(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("said"), Just("says"), Just("told"), Just("according"), Just("to"), Just("“"),
                    Just("”"), Just("\""), Just(","), Just("."), Just(":"), Just("he"), Just("The"),
                    Just("minister"), Just("quoted"), Just("as"), Just("saying"), Just("that"), Just("é"),
                    Just("("), Just(")"), Just("\n"), Just("who"), Just("is"), Just("expected"), Just("Ü"),
                ],
                0..40,
            )
        ) {
            let text = words.join(" ");
            let lexicons = Lexicons::builtin();
            let lex = lexicons.lang(Lang::En);
            let doc = Doc::new(&text, Lang::En, None, lex, crate::Config::default().max_sentence_bytes);
            let super::super::CueLexicon::En(cues) = &lex.cues else { panic!("English cues expected") };
            let mut diagnostics = Vec::new();
            for a in attribute(&doc, cues, &mut diagnostics) {
                let mut spans = vec![a.content, a.sentence];
                if let Some(s) = &a.speaker {
                    spans.push(s.span);
                    spans.extend(s.antecedent);
                    spans.extend(s.via);
                }
                spans.extend(a.cue.map(|c| c.0));
                for s in spans {
                    prop_assert!(s.end <= text.len());
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                }
            }
        }
    }
}
