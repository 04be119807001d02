//! Interpretation: polarity, modality, quantities, time and topic keys of a
//! claim's content.
//!
//! The rules read the ORIGINAL text of the content through their own light
//! word scanner ([`words`]), so they do not depend on how the shared tokenizer
//! splits numbers or punctuation. Each sentence is split once and its words
//! are shared by every stage and every claim read from it ([`SentenceWords`]). Every word list lives in
//! `lexicons/{ar,en}/interpret.toml`; entries are folded when the lexicon is
//! loaded (Arabic letter variants and diacritics, case), so the files can be
//! written in ordinary spelling.

mod clock;
mod modality;
mod polarity;
mod quantity;
mod time;
pub(crate) mod topic;

use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::text::SpellingMemo;

use serde::Deserialize;

use crate::claim::{Bound, Cue, CueClass, Modality, Negation, Polarity, Quantity, TimeRef};
use crate::error::Result;
use crate::extract::Doc;
use crate::lang::Lang;
use crate::span::Span;
use crate::text::normalize::fold;
use crate::text::{is_alphabetic, is_alphanumeric};

pub(crate) use time::guess_published;

/// The interpretation lexicon of one language (`lexicons/{ar,en}/interpret.toml`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct InterpretLexicon {
    /// Negation and clause structure.
    #[serde(default)]
    pub(crate) negation: NegationLexicon,
    /// Modal markers.
    #[serde(default)]
    pub(crate) modality: ModalityLexicon,
    /// Numbers, hedges, units, qualifiers and places.
    #[serde(default)]
    pub(crate) quantity: QuantityLexicon,
    /// Months, weekdays and relative time words.
    #[serde(default)]
    pub(crate) time: TimeLexicon,
    /// Times of day.
    #[serde(default)]
    pub(crate) clock: ClockLexicon,
}

/// Negators and the clause words that scope them.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct NegationLexicon {
    /// Words that negate the predicate they stand before (لا، لم، not, never).
    pub(crate) negators: Phrases,
    /// Negators recognised by their unfolded spelling, where folding would
    /// merge them with another word (ألا "that ... not" against إلا "except").
    pub(crate) surface_negators: Vec<String>,
    /// Particles that negate only before a past verb and are otherwise
    /// pronouns (ما).
    pub(crate) past_negators: Phrases,
    /// Words that negate an adjective or noun (غير): they negate the claim only
    /// in predicative position, see `polarity.rs`.
    pub(crate) lexical_negators: Phrases,
    /// "Without" words: they negate the claim only at its start.
    pub(crate) weak_negators: Phrases,
    /// Phrases that begin with a negator but do not negate (غير أن "however",
    /// لا سيما "especially", لا بد "must", not only).
    pub(crate) not_negation: Phrases,
    /// Words opening a relative clause (التي، which).
    pub(crate) relativizers: Phrases,
    /// Words that open a relative clause only after a noun ("that"); after
    /// one of `complement_heads` they open a complement instead.
    pub(crate) weak_relativizers: Phrases,
    /// Words after which a weak relativizer is a complementizer (said that).
    pub(crate) complement_heads: Phrases,
    /// Words opening a subordinate clause (because, if, لأن، إذا).
    pub(crate) subordinators: Phrases,
    /// Words joining two clauses (and, but, و، لكن).
    pub(crate) coordinators: Phrases,
    /// Words that make the noun before a lexical negator definite enough for
    /// the negator to be predicative (هذا، هو).
    pub(crate) subject_words: Phrases,
    /// Words skipped when looking for the negated predicate (be, يتم).
    pub(crate) predicate_skip: Phrases,
    /// Words after a past negator that show it is a pronoun (هو، إلا).
    pub(crate) past_negator_blockers: Phrases,
    /// Words that look definite after a verb without being its subject: a
    /// preposition ("ما أدى إلى", which led to) shows ما is a pronoun.
    pub(crate) non_subjects: Phrases,
    /// Exceptive words: a negator followed closely by one restricts rather
    /// than negates ("لم تعبر سوى 40 شاحنة", only 40 lorries crossed).
    pub(crate) exceptives: Phrases,
    /// Cue words of class `deny` that may oppose rather than deny (rejected,
    /// رفض): "the union rejected the price rise" does not say that the rise
    /// did not happen. They deny only what `denied_after` opens.
    pub(crate) opposing_cues: Phrases,
    /// Words after which an opposing cue denies: a clause ("rejected claims
    /// that ...", "رفض أن ...") or a claim or request ("rejected the
    /// accusations", "رفضت اللجنة طلب إعادة الفرز").
    pub(crate) denied_after: Phrases,
}

/// Modal markers; see `modality.rs` for the precedence between them.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct ModalityLexicon {
    /// Future markers (سوف، لن، will, going to).
    pub(crate) future: Phrases,
    /// Words that start like a future-prefixed verb but are not verbs (سيطرة).
    pub(crate) future_prefix_exceptions: Phrases,
    /// Possibility markers (ربما، may, might).
    pub(crate) possible: Phrases,
    /// Particles that mark possibility before an imperfect verb only (قد).
    pub(crate) possible_before_imperfect: Phrases,
    /// Necessity markers (يجب، must).
    pub(crate) necessary: Phrases,
    /// Expectation markers (من المتوقع، expected).
    pub(crate) expected: Phrases,
}

/// Number words, hedges and the tables that name what a number counts.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct QuantityLexicon {
    /// Cardinal number words (ثلاثة، three).
    pub(crate) number_words: Valued,
    /// Vague plural counts (عشرات، hundreds): at least the value, hedged.
    pub(crate) vague_counts: Valued,
    /// Number words that count only before a counted noun of `units`: alone
    /// they are pronouns ("one of them", واحد منهم) or too vague (several).
    pub(crate) need_unit: Phrases,
    /// Scale words multiplying the number before them (آلاف، million).
    pub(crate) scales: Valued,
    /// Hedges before a number meaning "about".
    pub(crate) approx: Phrases,
    /// Hedges before a number meaning "more than, at least".
    pub(crate) at_least: Phrases,
    /// Hedges before a number meaning "less than, at most".
    pub(crate) at_most: Phrases,
    /// Verbs whose particle reads like a one-word hedge: "handed over 268
    /// detainees" hands over 268, not more than 268.
    pub(crate) particle_verbs: Phrases,
    /// Hedges after a number meaning "about" (تقريبا، or so).
    pub(crate) approx_after: Phrases,
    /// Hedges after a number meaning "at least" (على الأقل، or more).
    pub(crate) at_least_after: Phrases,
    /// Hedges after a number meaning "at most" (على الأكثر، at most).
    pub(crate) at_most_after: Phrases,
    /// Percent words (في المئة، percent).
    pub(crate) percent: Phrases,
    /// Words between a number and its counted noun (of, من).
    pub(crate) unit_links: Phrases,
    /// Words between a counted noun and its qualifier or place (تابع، in).
    pub(crate) tail_links: Phrases,
    /// Counted nouns: canonical unit key to surface forms.
    pub(crate) units: Keyed,
    /// Counted nouns in the dual, each a count of two: canonical unit key to
    /// surface forms (قتيلان، غارتين); no spans of time.
    pub(crate) duals: Keyed,
    /// Spans of time in the dual, each two of its unit, written bare
    /// (يومين، ساعتين): "خلال الأسبوعين الماضيين" tells when, not how much.
    pub(crate) span_duals: Keyed,
    /// Spans of time named without a number, each one of its unit: canonical
    /// unit key to surface forms ("an hour", ساعة); counted only after a word
    /// of `single_leads` or before one of `single_fulls`.
    pub(crate) singles: Keyed,
    /// Words after which a span of time of `singles` is a length of time
    /// (within, after, about, than, خلال، بعد، نحو، من).
    pub(crate) single_leads: Phrases,
    /// Words after a span of time of `singles` that make it a whole length
    /// of time (أسبوعاً كاملاً، لأسبوع كامل).
    pub(crate) single_fulls: Phrases,
    /// Nationalities and groups: canonical key to surface forms.
    pub(crate) qualifiers: Keyed,
    /// Countries and major cities: canonical key to surface forms.
    pub(crate) places: Keyed,
    /// Words before a four-digit number that make it a year (عام، in).
    pub(crate) year_markers: Phrases,
    /// Words before a number that make it a name or code, not an amount
    /// (رقم، number, flight): "train number 914".
    pub(crate) identifiers: Phrases,
    /// Periods a rate is given per: canonical key ("day") to the phrases that
    /// follow a number or its counted noun (a day, per day, يوميا، في اليوم).
    pub(crate) per: Keyed,
    /// Words that name, before a number, what it counts ("the number of
    /// workers ... at 200", "عدد المحتجزين ... 210 أشخاص"): the counted noun
    /// after one stands for a missing or `generic_units` unit of the number.
    pub(crate) count_heads: Phrases,
    /// Units that say only that people are counted (people, أشخاص).
    pub(crate) generic_units: Vec<String>,
    /// Units of time whose span can set the window a statement speaks of
    /// rather than measure something (hours, days).
    pub(crate) window_units: Vec<String>,
    /// Words right before such a span that make it a window ("the past 24
    /// hours", "the next three days").
    pub(crate) windows_before: Phrases,
    /// Words right after it that do ("الساعات الـ24 الماضية", "الأيام الثلاثة
    /// المقبلة").
    pub(crate) windows_after: Phrases,
}

/// Words of the clock: hours, minutes and parts of the day (see `clock.rs`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct ClockLexicon {
    /// Words right before an hour that make it a time of day (الساعة).
    pub(crate) markers: Phrases,
    /// Hours written in words (السادسة، الحادية عشرة) to 1-12.
    pub(crate) hours: Valued,
    /// Minutes said after an hour in words (والنصف 30, إلا ربعا -15).
    pub(crate) minutes: Valued,
    /// Parts of the day after an hour, which place it in the day: `am`,
    /// `pm`, `night` (1-5 early, 6-11 late) and `midday` (11 and 12 as they
    /// are, 1-5 after noon), each to its surface forms ("a m", صباحا).
    pub(crate) parts: Keyed,
    /// Times of day named by words (noon, midnight, منتصف الليل), in minutes
    /// after midnight.
    pub(crate) named: Valued,
    /// Named times that are times of day only before the name of a day
    /// (ظهر السبت، منتصف ليل الأربعاء): elsewhere the word means another thing.
    pub(crate) named_before_day: Valued,
    /// Words before a time of day meaning no later than it (before, قبل).
    pub(crate) before: Phrases,
    /// Words before a time of day meaning no earlier than it (after, بعد).
    pub(crate) after: Phrases,
}

/// Calendar words.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct TimeLexicon {
    /// Month names (both Arabic series, English names and abbreviations) to 1-12.
    pub(crate) months: Valued,
    /// Weekday names to 1 (Monday) - 7 (Sunday).
    pub(crate) weekdays: Valued,
    /// Words that may stand before a weekday (يوم، on).
    pub(crate) day_words: Phrases,
    /// Words for a part of a month that keep month precision (منتصف، mid).
    pub(crate) month_parts: Phrases,
    /// Prepositions that let a bare month name stand as a time (في، in).
    pub(crate) month_preps: Phrases,
    /// Relative day words: word to offset in days from the article's date.
    pub(crate) relative_days: Valued,
    /// Period words for a month (الشهر، month).
    pub(crate) month_words: Phrases,
    /// Period words for a year (العام، year).
    pub(crate) year_words: Phrases,
    /// Period words for a week (الأسبوع، week).
    pub(crate) week_words: Phrases,
    /// Modifiers meaning "previous" (الماضي، last).
    pub(crate) past: Phrases,
    /// Modifiers meaning "current" (الحالي، this).
    pub(crate) current: Phrases,
    /// Modifiers meaning "next" (المقبل، next).
    pub(crate) next: Phrases,
    /// Words before a year number that make it a year (عام، in).
    pub(crate) year_markers: Phrases,
    /// Words that introduce a publication date in a dateline (Published:).
    pub(crate) published_markers: Phrases,
}

impl InterpretLexicon {
    pub(crate) fn parse(origin: &str, text: &str) -> Result<InterpretLexicon> {
        crate::lexicon::parse_toml(origin, text)
    }
}

/// Whether a cue of class `deny` denies its content: any denial does, an
/// opposing cue ("rejected", "رفض") only when one of `denied_after` stands
/// between it and the content or among the content's first words.
fn denies_content(doc: &Doc<'_>, cue: &Cue, content: Span, words: &[Word], lex: &InterpretLexicon) -> bool {
    let neg = &lex.negation;
    let cue_words = doc.words.words(doc.text, cue.span);
    if cue_words.is_empty() || neg.opposing_cues.at_conj(doc.text, &cue_words, 0).is_none() {
        return true;
    }
    let mut opening: Vec<Word> = if cue.span.end <= content.start {
        doc.words
            .words(doc.text, Span::new(cue.span.end, content.start))
            .into_owned()
    } else {
        Vec::new()
    };
    opening.extend(words.iter().take(4).cloned());
    (0..opening.len()).any(|i| neg.denied_after.at_conj(doc.text, &opening, i).is_some())
}

/// What interpretation found in one claim's content.
#[derive(Clone, Debug, Default)]
pub(crate) struct Meaning {
    pub(crate) polarity: Polarity,
    pub(crate) negation: Option<Negation>,
    pub(crate) modality: Modality,
    pub(crate) quantities: Vec<Quantity>,
    pub(crate) time: Option<TimeRef>,
}

/// Interprets the content `content` (inside `sentence`).
pub(crate) fn interpret(
    doc: &Doc<'_>,
    content: Span,
    sentence: Span,
    cue: Option<&Cue>,
    lex: &InterpretLexicon,
) -> Meaning {
    let content_words = doc.words.words(doc.text, content);
    let embedded = embedded(doc.text, &content_words, &lex.negation);
    let denies =
        cue.filter(|c| c.class != CueClass::Deny || denies_content(doc, c, content, &content_words, lex));
    let (polarity, negation) = polarity::polarity(doc.text, &content_words, &embedded, denies, lex);
    let mut quantities = quantity::quantities(doc.text, content, &content_words, lex);
    bound_from_above(doc.text, &content_words, &embedded, &mut quantities, lex);
    Meaning {
        polarity,
        negation,
        modality: modality::modality(doc.text, &content_words, &embedded, cue, lex),
        quantities,
        time: time::claim_time(doc.text, content, sentence, doc.published, &doc.words, lex),
    }
}

/// Makes each negated lower bound of `quantities` ("لا يكفي ... أكثر من 48
/// ساعة") the upper bound it is.
fn bound_from_above(
    text: &str,
    words: &[Word],
    embedded: &[bool],
    quantities: &mut [Quantity],
    lex: &InterpretLexicon,
) {
    for q in quantities.iter_mut().filter(|q| q.bound == Bound::AtLeast) {
        let hedge = words.partition_point(|w| w.span.start < q.span.start);
        if polarity::negated_bound(text, words, embedded, hedge, lex) {
            q.bound = Bound::AtMost;
        }
    }
}

/// A word of the original text: a run of letters, digits and Arabic marks
/// (with inner apostrophes, so "didn't" is one word).
#[derive(Clone, Debug)]
pub(super) struct Word {
    /// Where the word stands in the original text.
    pub(super) span: Span,
    /// What the word's surface gives for matching, shared by every occurrence
    /// of the same surface.
    info: Rc<WordInfo>,
    /// Bit `k` clear: the word's form `k` starts no phrase of any lexicon
    /// loaded (see [`FirstWords`]), so look-ups under it can be skipped.
    starts: u32,
}

impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        self.span == other.span && self.norm() == other.norm()
    }
}

impl Eq for Word {}

/// The matching forms of one surface spelling.
#[derive(Debug)]
struct WordInfo {
    /// The folded form (see [`fold_key`]).
    norm: Box<str>,
    /// The byte ranges in `norm` of the forms the word is looked up under
    /// (see [`variants`]), most literal first; computed once per spelling.
    forms: Box<[(u32, u32)]>,
    /// The [`key_hash`] of each of `forms`.
    hashes: Box<[u64]>,
    /// How many of `forms` strip at most a leading conjunction (see [`conj_variants`]).
    conj_forms: u8,
    /// Whether the surface holds a digit (see [`quantity::digit`]).
    has_digit: bool,
    /// [`Word::starts`] and the [`FirstWords`] generation it was computed at.
    starts: Cell<(u64, u32)>,
}

impl WordInfo {
    /// Which forms start a phrase of some lexicon (see [`Word::starts`]).
    fn starts(&self) -> u32 {
        let generation = FirstWords::generation();
        let (seen, starts) = self.starts.get();
        if seen == generation {
            return starts;
        }
        let starts = FirstWords::starts(&self.hashes);
        self.starts.set((generation, starts));
        starts
    }
}

/// The hashes of the first words of every phrase set built so far, in any
/// lexicon: words none of whose forms is among them skip every phrase look-up.
/// The set only grows; its generation counts the additions, so that a word's
/// memoized answer is refreshed after a new lexicon is loaded.
struct FirstWords;

static FIRST_WORDS: std::sync::RwLock<Option<rustc_hash::FxHashSet<u64>>> = std::sync::RwLock::new(None);
static FIRST_WORDS_GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl FirstWords {
    fn generation() -> u64 {
        FIRST_WORDS_GENERATION.load(std::sync::atomic::Ordering::Acquire)
    }

    fn add(hashes: impl Iterator<Item = u64>) {
        let mut set = FIRST_WORDS
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        set.get_or_insert_with(Default::default).extend(hashes);
        FIRST_WORDS_GENERATION.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    /// Bit `k` set when `hashes[k]` is a first word (always for `k` ≥ 32).
    fn starts(hashes: &[u64]) -> u32 {
        let set = FIRST_WORDS
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut starts = 0u32;
        for (k, hash) in hashes.iter().enumerate() {
            if k >= 32 || set.as_ref().is_some_and(|s| s.contains(hash)) {
                starts |= 1 << k.min(31);
            }
        }
        starts
    }
}

/// Which of a word's forms a look-up tries.
#[derive(Clone, Copy)]
enum Forms {
    /// The word as it stands.
    Exact,
    /// The word, and the word without a leading conjunction.
    Conj,
    /// Every form: conjunction, preposition, article and accusative alif stripped.
    All,
}

impl Word {
    /// The folded form (see [`fold_key`]).
    pub(super) fn norm(&self) -> &str {
        &self.info.norm
    }

    /// Whether the word holds a digit (see [`quantity::digit`]).
    pub(super) fn has_digit(&self) -> bool {
        self.info.has_digit
    }

    /// How many of the word's forms a look-up tries.
    #[inline]
    fn form_count(&self, which: Forms) -> usize {
        let info = &*self.info;
        let n = match which {
            Forms::Exact => 1,
            Forms::Conj => info.conj_forms as usize,
            Forms::All => info.forms.len(),
        };
        n.min(info.forms.len())
    }

    /// Form `k` and its [`key_hash`], when it starts a phrase of some lexicon.
    #[inline]
    fn form(&self, k: usize) -> Option<(&str, u64)> {
        if self.starts & (1 << k.min(31)) == 0 {
            return None;
        }
        let info = &*self.info;
        let (a, b) = info.forms[k];
        Some((&info.norm[a as usize..b as usize], info.hashes[k]))
    }

    /// The forms a look-up tries that start a phrase of some lexicon, each
    /// with its [`key_hash`].
    fn forms(&self, which: Forms) -> impl Iterator<Item = (&str, u64)> {
        let n = if self.starts == 0 {
            0
        } else {
            self.form_count(which)
        };
        (0..n).filter_map(|k| self.form(k))
    }
}

/// Splits `text[span]` into words. The span is clamped to char boundaries.
pub(super) fn words(text: &str, span: Span) -> Vec<Word> {
    let span = clamp(text, span);
    let slice = span.slice(text);
    let mut out = Vec::with_capacity(slice.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_apostrophe = matches!(c, '\'' | '’')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| is_alphabetic(n));
        if is_alphanumeric(c) || is_mark(c) || inner_apostrophe {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(word(text, span.start + s, span.start + i));
        }
    }
    if let Some(s) = start {
        out.push(word(text, span.start + s, span.end));
    }
    out
}

/// The words of every sentence of a document, each sentence split once, on
/// first use, and shared by all the claims read from it.
pub(crate) struct SentenceWords {
    /// Sentence spans, in text order.
    spans: Vec<Span>,
    /// The words of each sentence, once split.
    words: Vec<OnceCell<Vec<Word>>>,
}

impl SentenceWords {
    /// A cache for the sentences `spans` (sorted, disjoint).
    pub(crate) fn new(spans: Vec<Span>) -> SentenceWords {
        let words = spans.iter().map(|_| OnceCell::new()).collect();
        SentenceWords { spans, words }
    }

    /// The words of `text[span]`, exactly as [`words`] splits them.
    ///
    /// When `span` lies inside one sentence and no word of that sentence
    /// straddles either end of `span`, splitting `span` alone gives the words
    /// of the sentence that lie inside it: the scanner starts and ends outside
    /// a word in both cases, and reads the same characters in between. Other
    /// spans are split afresh.
    pub(super) fn words<'s>(&'s self, text: &str, span: Span) -> Cow<'s, [Word]> {
        let span = clamp(text, span);
        let k = self.spans.partition_point(|s| s.end < span.end);
        let Some(sentence) = self
            .spans
            .get(k)
            .filter(|s| s.start <= span.start && span.end <= s.end)
        else {
            return Cow::Owned(words(text, span));
        };
        let all = self.words[k].get_or_init(|| words(text, *sentence));
        let a = all.partition_point(|w| w.span.end <= span.start);
        let b = all.partition_point(|w| w.span.start < span.end);
        let straddles_start = all.get(a).is_some_and(|w| w.span.start < span.start);
        let straddles_end = b > 0 && all[b - 1].span.end > span.end;
        if straddles_start || straddles_end {
            return Cow::Owned(words(text, span));
        }
        Cow::Borrowed(&all[a..b.max(a)])
    }
}

fn word(text: &str, start: usize, end: usize) -> Word {
    thread_local! {
        /// Word forms of the spellings seen lately on this thread.
        static CACHE: RefCell<SpellingMemo<Rc<WordInfo>>> = RefCell::new(SpellingMemo::new(1 << 16));
    }
    let span = Span::new(start, end);
    let info = CACHE.with(|cache| {
        cache
            .borrow_mut()
            .get_or_insert_with(&text[start..end], |surface| Rc::new(word_info(surface)))
    });
    Word {
        span,
        starts: info.starts(),
        info,
    }
}

fn word_info(surface: &str) -> WordInfo {
    let norm = fold_uncached(surface);
    let base = norm.as_ptr() as usize;
    let range = |v: &str| {
        let at = v.as_ptr() as usize - base;
        (at as u32, (at + v.len()) as u32)
    };
    let forms = variants(&norm);
    let hashes = forms.iter().map(|f| key_hash(f)).collect();
    let forms = forms.into_iter().map(range).collect();
    let conj_forms = conj_variants(&norm).len() as u8;
    WordInfo {
        norm: norm.into_boxed_str(),
        forms,
        hashes,
        conj_forms,
        has_digit: surface.chars().any(|c| quantity::digit(c).is_some()),
        starts: Cell::new((0, 0)),
    }
}

/// The bit of a phrase set's filter that `hash` sets: its top ten bits.
fn filter_bit(hash: u64) -> usize {
    (hash >> 54) as usize
}

/// The hash a phrase set indexes a first word by; words hash their forms once,
/// so that probing many sets costs no rehashing.
fn key_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Clamps `span` to the text and to char boundaries.
pub(super) fn clamp(text: &str, span: Span) -> Span {
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// Folds a word or lexicon entry for matching in either language: Arabic
/// letter variants and marks, lower case, one apostrophe.
pub(super) fn fold_key(s: &str) -> String {
    thread_local! {
        /// Folded words seen lately on this thread.
        static CACHE: RefCell<SpellingMemo<String>> = RefCell::new(SpellingMemo::new(1 << 16));
    }
    CACHE.with(|cache| cache.borrow_mut().get_or_insert_with(s, fold_uncached))
}

/// [`fold_key`] without the memo.
fn fold_uncached(s: &str) -> String {
    fold(s, Lang::Ar).to_lowercase().replace('’', "'")
}

/// The forms a folded word may be looked up under: itself, without a leading
/// conjunction (و، ف), without a leading preposition (ب، ل، ك, and لل for
/// ل + ال), without the article (ال), and without an accusative alif
/// (قتيلا → قتيل). Forms are ordered from the most to the least literal.
pub(super) fn variants(w: &str) -> Vec<&str> {
    let long = |s: &str, n: usize| s.chars().count() > n;
    let mut out = vec![w];
    let mut bases = vec![w];
    let mut rest = w;
    if let Some(r) = rest.strip_prefix('و').or_else(|| rest.strip_prefix('ف')) {
        if long(r, 1) {
            rest = r;
            out.push(rest);
            bases.push(rest);
        }
    }
    if let Some(r) = rest.strip_prefix("لل") {
        if long(r, 1) {
            out.push(r);
            bases.push(r);
        }
    }
    for p in ['ب', 'ل', 'ك'] {
        if let Some(r) = rest.strip_prefix(p) {
            if long(r, 2) {
                out.push(r);
                bases.push(r);
            }
        }
    }
    for b in bases.clone() {
        if let Some(r) = b.strip_prefix("ال") {
            if long(r, 1) {
                out.push(r);
                bases.push(r);
            }
        }
    }
    for b in bases {
        if let Some(r) = b.strip_suffix('ا') {
            if long(r, 2) {
                out.push(r);
            }
        }
    }
    out.dedup();
    out
}

/// The forms of a word without a leading conjunction only (for particles, where
/// stripping a preposition would turn كلا "both" into لا "no").
pub(super) fn conj_variants(w: &str) -> Vec<&str> {
    let mut out = vec![w];
    if let Some(r) = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
        if r.chars().count() > 1 {
            out.push(r);
        }
    }
    out
}

/// Whether the text between two spans is only white space (and tatweel).
pub(super) fn tight(text: &str, a: Span, b: Span) -> bool {
    gap(text, a, b)
        .chars()
        .all(|c| c.is_whitespace() || c == '\u{0640}')
}

/// The text between the end of `a` and the start of `b` (empty if they touch
/// or are out of order).
pub(super) fn gap(text: &str, a: Span, b: Span) -> &str {
    text.get(a.end..b.start.max(a.end)).unwrap_or("")
}

/// Whether a gap between words holds clause punctuation.
pub(super) fn breaks_clause(gap: &str) -> bool {
    gap.chars().any(|c| {
        matches!(
            c,
            ',' | ';'
                | ':'
                | '.'
                | '!'
                | '?'
                | '('
                | ')'
                | '['
                | ']'
                | '"'
                | '«'
                | '»'
                | '“'
                | '”'
                | '،'
                | '؛'
                | '؟'
                | '—'
                | '–'
                | '\n'
        )
    })
}

/// Folded phrases of one or more words, each with a value, indexed by their
/// first word so that matching at a word costs one look-up per form of it.
#[derive(Clone, Debug)]
pub(crate) struct PhraseSet<T> {
    entries: Vec<(Vec<String>, T)>,
    /// Entry indices by the [`key_hash`] of their first word.
    by_first: rustc_hash::FxHashMap<u64, Vec<u32>>,
    /// One bit per first word's hash (see [`PhraseSet::may_start`]): most words
    /// start no phrase, and this turns them away without a table look-up.
    filter: [u64; 16],
    lengths: Vec<usize>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> PhraseSet<T> {
        PhraseSet {
            entries: Vec::new(),
            by_first: rustc_hash::FxHashMap::default(),
            filter: [0; 16],
            lengths: Vec::new(),
        }
    }
}

impl<T> PhraseSet<T> {
    /// Whether the set holds no phrase.
    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn new(entries: Vec<(Vec<String>, T)>) -> PhraseSet<T> {
        let mut by_first: rustc_hash::FxHashMap<u64, Vec<u32>> = rustc_hash::FxHashMap::default();
        let mut lengths: Vec<usize> = Vec::new();
        for (i, (phrase, _)) in entries.iter().enumerate() {
            by_first.entry(key_hash(&phrase[0])).or_default().push(i as u32);
            lengths.push(phrase.len());
        }
        lengths.sort_unstable();
        lengths.dedup();
        FirstWords::add(by_first.keys().copied());
        let mut filter = [0u64; 16];
        for &hash in by_first.keys() {
            let bit = filter_bit(hash);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        PhraseSet {
            entries,
            by_first,
            filter,
            lengths,
        }
    }

    /// Whether some entry may start with a word of hash `hash`; `false` means
    /// none does.
    #[inline]
    fn may_start(&self, hash: u64) -> bool {
        let bit = filter_bit(hash);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The first (in lexicon order) of the longest entries matching at word `i`:
    /// its length in words and its value.
    #[inline]
    fn best_at(&self, text: &str, words: &[Word], i: usize, forms: Forms) -> Option<(usize, &T)> {
        // Most words start no phrase at all: answered without a call.
        if words.get(i)?.starts == 0 {
            return None;
        }
        self.best_at_slow(text, words, i, forms)
    }

    /// [`PhraseSet::best_at`] for a word that may start a phrase.
    #[inline(never)]
    fn best_at_slow(&self, text: &str, words: &[Word], i: usize, forms: Forms) -> Option<(usize, &T)> {
        let first = &words[i];
        let mut best: Option<(usize, u32)> = None;
        for k in 0..first.form_count(forms) {
            let Some((form, hash)) = first.form(k) else {
                continue;
            };
            if !self.may_start(hash) {
                continue;
            }
            let Some(candidates) = self.by_first.get(&hash) else {
                continue;
            };
            for &idx in candidates {
                let phrase = &self.entries[idx as usize].0;
                if phrase[0] != form || !rest_matches(text, words, i, phrase) {
                    continue;
                }
                let better =
                    best.is_none_or(|(len, at)| phrase.len() > len || phrase.len() == len && idx < at);
                if better {
                    best = Some((phrase.len(), idx));
                }
            }
        }
        best.map(|(len, idx)| (len, &self.entries[idx as usize].1))
    }
}

/// Whether the words after the first of `phrase` follow word `i` exactly, with
/// only white space between them.
fn rest_matches(text: &str, words: &[Word], i: usize, phrase: &[String]) -> bool {
    phrase[1..].iter().enumerate().all(|(k, p)| {
        let j = i + 1 + k;
        words.get(j).is_some_and(|w| {
            let prev = &words[j - 1];
            let joined = tight(text, prev.span, w.span)
                || gap(text, prev.span, w.span) == "." && prev.norm().chars().count() == 1;
            same_word(w.norm(), p) && joined
        })
    })
}

/// Folded phrases of one or more words, matched word by word.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(from = "Vec<String>")]
pub(crate) struct Phrases(PhraseSet<()>);

impl From<Vec<String>> for Phrases {
    fn from(list: Vec<String>) -> Phrases {
        Phrases(PhraseSet::new(
            list.iter()
                .map(|p| (split_phrase(p), ()))
                .filter(|(p, _)| !p.is_empty())
                .collect(),
        ))
    }
}

fn split_phrase(p: &str) -> Vec<String> {
    p.split_whitespace().map(fold_key).collect()
}

/// Whether the word `w` (folded) is `entry`.
fn same_word(w: &str, entry: &str) -> bool {
    w == entry
}

impl Phrases {
    /// Every phrase, in lexicon order.
    pub(super) fn phrases(&self) -> impl Iterator<Item = &Vec<String>> {
        self.0.entries.iter().map(|(p, _)| p)
    }

    /// The length in words of the longest phrase matching at word `i`, the
    /// first word looked up with clitics stripped.
    pub(super) fn at(&self, text: &str, words: &[Word], i: usize) -> Option<usize> {
        self.0.best_at(text, words, i, Forms::All).map(|(n, _)| n)
    }

    /// Like [`Phrases::at`], stripping only a leading conjunction.
    pub(super) fn at_conj(&self, text: &str, words: &[Word], i: usize) -> Option<usize> {
        self.0.best_at(text, words, i, Forms::Conj).map(|(n, _)| n)
    }

    /// Like [`Phrases::at`], the first word matched exactly.
    pub(super) fn at_exact(&self, text: &str, words: &[Word], i: usize) -> Option<usize> {
        self.0.best_at(text, words, i, Forms::Exact).map(|(n, _)| n)
    }

    /// The length of the longest phrase that ends right before word `end`
    /// (exclusive), with `between` accepted as the gap to that word.
    pub(super) fn ending_before(
        &self,
        text: &str,
        words: &[Word],
        end: usize,
        at: usize,
        between: fn(&str) -> bool,
    ) -> Option<usize> {
        if end == 0 || !between(text.get(words[end - 1].span.end..at).unwrap_or("x")) {
            return None;
        }
        self.0
            .lengths
            .iter()
            .rev()
            .copied()
            .filter(|&len| len <= end)
            .find(|&len| {
                let start = end - len;
                let first = &words[start];
                first.forms(Forms::All).any(|(form, hash)| {
                    self.0.may_start(hash)
                        && self.0.by_first.get(&hash).is_some_and(|candidates| {
                            candidates.iter().any(|&idx| {
                                let phrase = &self.0.entries[idx as usize].0;
                                phrase.len() == len
                                    && phrase[0] == form
                                    && rest_matches(text, words, start, phrase)
                            })
                        })
                })
            })
    }
}

/// Folded phrases with a number each (month names, number words, scales).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(from = "BTreeMap<String, f64>")]
pub(crate) struct Valued(PhraseSet<f64>);

impl From<BTreeMap<String, f64>> for Valued {
    fn from(map: BTreeMap<String, f64>) -> Valued {
        Valued(PhraseSet::new(
            map.iter()
                .map(|(k, v)| (split_phrase(k), *v))
                .filter(|(k, _)| !k.is_empty())
                .collect(),
        ))
    }
}

impl Valued {
    /// The longest phrase matching at word `i` (clitics stripped from the first
    /// word): its length in words and its value.
    pub(super) fn at(&self, text: &str, words: &[Word], i: usize) -> Option<(usize, f64)> {
        self.0.best_at(text, words, i, Forms::All).map(|(n, v)| (n, *v))
    }

    /// Like [`Valued::at`], stripping only a leading conjunction.
    pub(super) fn at_conj(&self, text: &str, words: &[Word], i: usize) -> Option<(usize, f64)> {
        self.0.best_at(text, words, i, Forms::Conj).map(|(n, v)| (n, *v))
    }

    /// Like [`Valued::at`], the first word matched exactly.
    pub(super) fn at_exact(&self, text: &str, words: &[Word], i: usize) -> Option<(usize, f64)> {
        self.0.best_at(text, words, i, Forms::Exact).map(|(n, v)| (n, *v))
    }

    /// The value of a single folded word, matched exactly.
    #[cfg(test)]
    pub(super) fn word(&self, w: &str) -> Option<f64> {
        self.0
            .entries
            .iter()
            .find(|(p, _)| p.len() == 1 && p[0] == w)
            .map(|(_, v)| *v)
    }
}

/// Folded surface forms, each with the canonical key it stands for.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(from = "BTreeMap<String, Vec<String>>")]
pub(crate) struct Keyed(PhraseSet<String>);

impl From<BTreeMap<String, Vec<String>>> for Keyed {
    fn from(map: BTreeMap<String, Vec<String>>) -> Keyed {
        // A form with the article also stands without it, for words where a
        // preposition has swallowed the article's alif (للعراق → عراق).
        let mut out = Vec::new();
        for (key, forms) in &map {
            for form in forms {
                let phrase = split_phrase(form);
                let Some(first) = phrase.first() else { continue };
                if let Some(bare) = first.strip_prefix("ال").filter(|b| b.chars().count() > 2) {
                    let mut short = phrase.clone();
                    short[0] = bare.to_string();
                    out.push((short, key.clone()));
                }
                out.push((phrase, key.clone()));
            }
        }
        Keyed(PhraseSet::new(out))
    }
}

impl Keyed {
    /// The longest surface form matching at word `i`: its length in words and
    /// its canonical key. A literal match of the first word beats one found
    /// only after stripping clitics.
    pub(super) fn at(&self, text: &str, words: &[Word], i: usize) -> Option<(usize, &str)> {
        self.0
            .best_at(text, words, i, Forms::Exact)
            .or_else(|| self.0.best_at(text, words, i, Forms::All))
            .map(|(n, k)| (n, k.as_str()))
    }

    /// Like [`Keyed::at`], the first word matched exactly.
    pub(super) fn at_exact(&self, text: &str, words: &[Word], i: usize) -> Option<(usize, &str)> {
        self.0
            .best_at(text, words, i, Forms::Exact)
            .map(|(n, k)| (n, k.as_str()))
    }
}

/// Marks the content words that lie in an embedded clause: a relative clause
/// (its first three words after the relativizer, before any punctuation) or a
/// subordinate clause (from the subordinator to the next clause punctuation).
/// Negators and modal words found there do not speak for the claim: in "the
/// attacks that did not stop have ended", "not" negates "stop", not "ended".
pub(super) fn embedded(text: &str, words: &[Word], lex: &NegationLexicon) -> Vec<bool> {
    let mut out = vec![false; words.len()];
    let mut i = 0;
    while i < words.len() {
        let weak_relative = i > 0
            && lex.weak_relativizers.at_exact(text, words, i).is_some()
            && lex.complement_heads.at(text, words, i - 1).is_none()
            && !breaks_clause(gap(text, words[i - 1].span, words[i].span));
        let (len, reach) = if let Some(n) = lex.relativizers.at_conj(text, words, i) {
            (n, Some(3))
        } else if weak_relative {
            (1, Some(3))
        } else if let Some(n) = lex.subordinators.at_conj(text, words, i) {
            (n, None)
        } else {
            i += 1;
            continue;
        };
        let mut j = i + len;
        let mut taken = 0;
        while j < words.len() && reach.is_none_or(|r| taken < r) {
            if breaks_clause(gap(text, words[j - 1].span, words[j].span)) {
                break;
            }
            out[j] = true;
            taken += 1;
            j += 1;
        }
        for flag in &mut out[i..i + len] {
            *flag = true;
        }
        i += len.max(1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;

    fn ar() -> InterpretLexicon {
        Lexicons::builtin().lang(Lang::Ar).interpret.clone()
    }

    fn en() -> InterpretLexicon {
        Lexicons::builtin().lang(Lang::En).interpret.clone()
    }

    #[test]
    fn a_negated_lower_bound_bounds_from_above() {
        let bounds = |text: &str, lex: &InterpretLexicon| {
            let content = Span::new(0, text.len());
            let w = words(text, content);
            let e = embedded(text, &w, &lex.negation);
            let (polarity, _) = polarity::polarity(text, &w, &e, None, lex);
            let mut quantities = quantity::quantities(text, content, &w, lex);
            bound_from_above(text, &w, &e, &mut quantities, lex);
            (
                polarity,
                quantities.iter().map(|q| (q.value, q.bound)).collect::<Vec<_>>(),
            )
        };
        for (text, lex) in [
            ("الوقود المتبقي لا يكفي لتشغيل المولدات أكثر من 48 ساعة", ar()),
            (
                "The remaining fuel will not run the generators for more than 48 hours",
                en(),
            ),
        ] {
            assert_eq!(
                bounds(text, &lex),
                (Polarity::Affirmed, vec![(48.0, Bound::AtMost)]),
                "{text}"
            );
        }
        // A lower bound after a pronoun ما, or in another clause, stays one.
        for (text, lex) in [
            ("أغلقت السلطات المعبر، ما أدى إلى احتجاز أكثر من 1200 شاحنة", ar()),
            (
                "The crossing did not open, and more than 1200 lorries waited",
                en(),
            ),
        ] {
            let (_, q) = bounds(text, &lex);
            assert_eq!(q, vec![(1200.0, Bound::AtLeast)], "{text}");
        }
    }

    #[test]
    fn words_keep_spans_and_fold() {
        let text = "قالت «الإدارة» didn't, 2,500";
        let w = words(text, Span::new(0, text.len()));
        let norms: Vec<&str> = w.iter().map(|w| w.norm()).collect();
        assert_eq!(norms, ["قالت", "الاداره", "didn't", "2", "500"]);
        for w in &w {
            assert!(text.is_char_boundary(w.span.start) && text.is_char_boundary(w.span.end));
        }
    }

    #[test]
    fn variants_strip_clitics() {
        assert!(variants("بالعراق").contains(&"العراق"));
        assert!(variants("والجنود").contains(&"جنود"));
        assert!(variants("قتيلا").contains(&"قتيل"));
        assert!(variants("للقوات").contains(&"قوات"));
        assert_eq!(conj_variants("كلا"), ["كلا"]);
    }

    #[test]
    fn phrases_match_across_spaces_only() {
        let lex = ar();
        let text = "ما يقرب من 300";
        let w = words(text, Span::new(0, text.len()));
        assert_eq!(lex.quantity.approx.at(text, &w, 0), Some(3));
        let text = "ما، يقرب من 300";
        let w = words(text, Span::new(0, text.len()));
        assert_eq!(lex.quantity.approx.at(text, &w, 0), None);
    }

    #[test]
    fn relative_and_subordinate_clauses_are_embedded() {
        let lex = en();
        let text = "the attacks that did not stop have ended";
        let w = words(text, Span::new(0, text.len()));
        let e = embedded(text, &w, &lex.negation);
        assert!(e[3] && e[4] && !e[6]);
        let text = "they said that troops will not leave";
        let w = words(text, Span::new(0, text.len()));
        assert!(embedded(text, &w, &lex.negation).iter().all(|e| !e));
        let lex = ar();
        let text = "الهجمات التي لم تتوقف انتهت";
        let w = words(text, Span::new(0, text.len()));
        let e = embedded(text, &w, &lex.negation);
        assert!(e[1] && e[2] && e[3]);
        let text = "ستنسحب القوات إذا لم تتوقف الهجمات، وستبقى";
        let w = words(text, Span::new(0, text.len()));
        let e = embedded(text, &w, &lex.negation);
        assert!(e[2] && e[3] && e[5] && !e[6]);
    }

    #[test]
    fn rejecting_a_measure_opposes_it_rejecting_a_claim_denies_it() {
        let config = crate::Config::default();
        let polarity = |text: &str, content: &str| {
            let claims = crate::extract(&crate::Article::new("a", text), &config).claims;
            let claim = claims.iter().find(|c| c.text == content);
            claim
                .map(|c| c.polarity)
                .unwrap_or_else(|| panic!("no claim {content:?} in {claims:?}"))
        };
        // The union opposes the rise; it does not say prices stayed put.
        assert_eq!(
            polarity(
                "اتحاد الشغل يرفض الترفيع في أسعار المحروقات",
                "الترفيع في أسعار المحروقات"
            ),
            Polarity::Affirmed
        );
        assert_eq!(
            polarity("The union rejected the fuel price rise.", "the fuel price rise"),
            Polarity::Affirmed
        );
        // A claim or a request rejected is denied; so is anything denied.
        assert_eq!(
            polarity(
                "The company rejected claims that the dam leaked.",
                "claims that the dam leaked"
            ),
            Polarity::Negated
        );
        assert_eq!(
            polarity("رفضت اللجنة طلب إعادة الفرز", "إعادة الفرز"),
            Polarity::Negated
        );
        assert_eq!(
            polarity(
                "نفى الاتحاد الترفيع في أسعار المحروقات",
                "الترفيع في أسعار المحروقات"
            ),
            Polarity::Negated
        );
    }

    #[test]
    fn builtin_lexicons_fold_entries() {
        let lex = ar();
        assert!(lex.time.months.word("ابريل").is_some());
        assert!(!lex.quantity.units.0.is_empty());
        assert!(!en().time.weekdays.0.is_empty());
    }

    fn pieces() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("نحو".to_string()),
            Just("أكثر من".to_string()),
            Just("2,500".to_string()),
            Just("٢٬٥٠٠".to_string()),
            Just("٢٫٥".to_string()),
            Just("۱۲۳".to_string()),
            Just("آلاف".to_string()),
            Just("عسكري أميركي في العراق".to_string()),
            Just("في المئة".to_string()),
            Just("%".to_string()),
            Just("$".to_string()),
            Just("2.5bn".to_string()),
            Just("7-8".to_string()),
            Just("2021/06/05".to_string()),
            Just("يناير/ كانون الثاني".to_string()),
            Just("الخميس".to_string()),
            Just("الشهر الماضي".to_string()),
            Just("last".to_string()),
            Just("January 24,".to_string()),
            Just("عام 2014".to_string()),
            Just("لم".to_string()),
            Just("ما".to_string()),
            Just("غير".to_string()),
            Just("التي".to_string()),
            Just("that".to_string()),
            Just("didn't".to_string()),
            Just("سيتم".to_string()),
            Just("قد".to_string()),
            Just("\u{064E}".to_string()),
            Just("\u{200F}".to_string()),
            Just("،".to_string()),
            Just("\n".to_string()),
            any::<String>(),
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|p| p.join(" "))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        #[test]
        fn never_panics_and_spans_are_valid(text in pieces(), cut in 0usize..400, lang_ar in proptest::bool::ANY) {
            let lex = if lang_ar { ar() } else { en() };
            let ok = |s: Span| s.start <= s.end && s.end <= text.len()
                && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
            // A content span cut at any byte, on a boundary or not.
            let content = Span::new(cut.min(text.len()), text.len());
            let published = "2024-01-27".parse().ok();
            let w = words(&text, content);
            let e = embedded(&text, &w, &lex.negation);
            let (_, negation) = polarity::polarity(&text, &w, &e, None, &lex);
            if let Some(n) = negation {
                proptest::prop_assert!(ok(n.span));
            }
            let _ = modality::modality(&text, &w, &e, None, &lex);
            // Words shared from a sentence cache are the words split afresh.
            let whole = Span::new(0, text.len());
            let cache = SentenceWords::new(vec![whole]);
            proptest::prop_assert_eq!(&*cache.words(&text, content), &w[..]);
            for q in quantity::quantities(&text, content, &w, &lex) {
                proptest::prop_assert!(ok(q.span), "{:?}", q);
            }
            for p in [published, None] {
                if let Some(t) = time::claim_time(&text, content, whole, p, &cache, &lex) {
                    proptest::prop_assert!(ok(t.span), "{:?}", t);
                }
            }
            let _ = guess_published(&text, &lex);
        }
    }
}
