//! Arabic attribution: reporting cues, their speakers and their contents.
//!
//! The article is read unit by unit (a sentence, or several when a quotation
//! runs across sentence ends). In each unit the reporting cues are found in
//! text order: cue verbs in every agreement form and with attached
//! conjunctions ("وقالت"), participles after a main clause ("قائلا إن"),
//! according-to markers ("وفق"، "بحسب") and quoting chains ("نقل X عن Y
//! قوله"). For each cue the speaker is looked for after the verb (VSO), before
//! it (SVO), or carried from the nearest earlier speaker whose grammatical
//! gender agrees with the verb (elided subject). The content starts after a
//! complementizer, a colon, a quotation or a preposition the verb takes, and
//! ends at the end of the unit or before a trailing clause that belongs to
//! another cue. Statements ("البيان") stand for the last issuer the article
//! named ("في بيان"، "بيان لوزارة ..."), and a quotation that follows a direct
//! quotation without a cue of its own continues it.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use super::{Attribution, SpeakerRef};
use crate::claim::{ClaimKind, CueClass, Diagnostic, DiagnosticKind};
use crate::extract::Doc;
use crate::lang::Lang;
use crate::span::Span;
use crate::text::SpellingMemo;
use crate::text::normalize::{DocToken, fold};

/// The most words a speaker's noun phrase may have.
const MAX_SPEAKER_WORDS: usize = 12;
/// The most words between a speaker and the complementizer that opens the content.
const MAX_GAP_WORDS: usize = 25;
/// The gap allowed to cue words that are often something else.
const MAX_STRICT_GAP_WORDS: usize = 8;
/// The most words a content may have; longer runs are cut there.
const MAX_CONTENT_WORDS: usize = 150;
/// How many earlier speakers an elided subject may be carried from.
const MAX_CARRY_BACK: usize = 32;
/// The fewest words a quotation needs to be taken as content on its own.
const MIN_QUOTE_WORDS: usize = 2;
/// The most words of a quotation that may be a name inside a speaker's
/// description.
const MAX_NAME_QUOTE_WORDS: usize = 4;

/// Arabic cue lexicon (`lexicons/ar/cues.toml`), folded and indexed for lookup.
#[derive(Clone, Debug, Deserialize)]
#[serde(from = "RawCues")]
pub(crate) struct ArabicCues(Box<CueTables>);

impl std::ops::Deref for ArabicCues {
    type Target = CueTables;

    fn deref(&self) -> &CueTables {
        &self.0
    }
}

/// The lookup tables behind [`ArabicCues`].
#[derive(Clone, Debug)]
pub(crate) struct CueTables {
    prefixes: Vec<String>,
    object_suffixes: Vec<String>,
    complementizers: FxHashSet<String>,
    verbs: Vec<Verb>,
    /// Cue forms by their first word.
    forms: FxHashMap<String, Vec<Form>>,
    quoting: FxHashMap<String, Gender>,
    according_to: FxHashSet<String>,
    according_to_links: FxHashSet<String>,
    statement_nouns: FxHashSet<String>,
    issuer_links: FxHashSet<String>,
    speaker_stops: FxHashSet<String>,
    time_words: FxHashSet<String>,
    adverbs: FxHashSet<String>,
    clause_openers: FxHashSet<String>,
    auxiliaries: FxHashSet<String>,
    negators: FxHashSet<String>,
    impersonal: FxHashSet<String>,
    construct_heads: FxHashSet<String>,
    person_titles: FxHashSet<String>,
    non_speakers: FxHashSet<String>,
    object_heads: FxHashSet<String>,
    noun_makers: FxHashSet<String>,
    amount_hedges: FxHashSet<String>,
    pronoun_subjects: FxHashSet<String>,
    narrator_tails: Vec<Vec<String>>,
    /// Which tables these are, for the per-thread memo of [`CueTables::candidates`];
    /// a clone keeps the number, as it holds the same tables.
    id: u64,
}

/// One cue verb: what it does and how its content may be introduced.
#[derive(Clone, Debug)]
struct Verb {
    class: CueClass,
    preps: Vec<String>,
    object: bool,
    strict: bool,
    ambiguous: bool,
    object_before_prep: bool,
}

/// One surface form of a cue verb.
#[derive(Clone, Debug)]
struct Form {
    /// The words after the first, for multi-word forms.
    rest: Vec<String>,
    verb: usize,
    gender: Gender,
    participle: bool,
    /// A cue only without an object pronoun (see `RawVerb::bare`).
    bare: bool,
}

/// Grammatical gender and number of a speaker or of the verb that introduces one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Masc,
    Fem,
    Plural,
    Unknown,
}

impl Gender {
    /// Whether a verb of this form can have a subject of gender `other`.
    fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCues {
    prefixes: Vec<String>,
    object_suffixes: Vec<String>,
    complementizers: Vec<String>,
    verb: Vec<RawVerb>,
    quoting_masc: Vec<String>,
    quoting_fem: Vec<String>,
    quoting_plural: Vec<String>,
    according_to: Vec<String>,
    according_to_links: Vec<String>,
    statement_nouns: Vec<String>,
    issuer_links: Vec<String>,
    speaker_stops: Vec<String>,
    time_words: Vec<String>,
    adverbs: Vec<String>,
    clause_openers: Vec<String>,
    auxiliaries: Vec<String>,
    negators: Vec<String>,
    impersonal: Vec<String>,
    construct_heads: Vec<String>,
    person_titles: Vec<String>,
    non_speakers: Vec<String>,
    #[serde(default)]
    object_heads: Vec<String>,
    #[serde(default)]
    noun_makers: Vec<String>,
    #[serde(default)]
    amount_hedges: Vec<String>,
    #[serde(default)]
    pronoun_subjects: Vec<String>,
    narrator_tails: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVerb {
    class: CueClass,
    #[serde(default)]
    masc: Vec<String>,
    #[serde(default)]
    fem: Vec<String>,
    #[serde(default)]
    plural: Vec<String>,
    #[serde(default)]
    participle: Vec<String>,
    #[serde(default)]
    preps: Vec<String>,
    #[serde(default)]
    object: bool,
    #[serde(default)]
    strict: bool,
    #[serde(default)]
    ambiguous: bool,
    #[serde(default)]
    object_before_prep: bool,
    /// The verb is a cue only without an object pronoun: "اتهمتها" is
    /// mostly a relative clause ("قيادات اتهمتها بالمسؤولية").
    #[serde(default)]
    bare: bool,
}

fn ar(word: &str) -> String {
    fold(word.trim(), Lang::Ar)
}

fn folded_set(words: &[String]) -> FxHashSet<String> {
    words.iter().map(|w| ar(w)).filter(|w| !w.is_empty()).collect()
}

impl From<RawCues> for ArabicCues {
    fn from(raw: RawCues) -> ArabicCues {
        let mut forms: FxHashMap<String, Vec<Form>> = FxHashMap::default();
        let mut verbs = Vec::new();
        for (verb, entry) in raw.verb.iter().enumerate() {
            verbs.push(Verb {
                class: entry.class,
                preps: entry.preps.iter().map(|p| ar(p)).collect(),
                object: entry.object,
                strict: entry.strict,
                ambiguous: entry.ambiguous,
                object_before_prep: entry.object_before_prep,
            });
            let groups = [
                (&entry.masc, Some(Gender::Masc)),
                (&entry.fem, Some(Gender::Fem)),
                (&entry.plural, Some(Gender::Plural)),
                (&entry.participle, None),
            ];
            for (words, gender) in groups {
                for word in words {
                    let mut parts = word.split_whitespace().map(ar);
                    let Some(first) = parts.next() else { continue };
                    let participle = gender.is_none();
                    let gender = gender.unwrap_or(if first.ends_with('ه') {
                        Gender::Fem
                    } else {
                        Gender::Masc
                    });
                    forms.entry(first).or_default().push(Form {
                        rest: parts.collect(),
                        verb,
                        gender,
                        participle,
                        bare: entry.bare,
                    });
                }
            }
        }
        // Longer forms first, so "جدد تأكيد" wins over a bare "جدد".
        for list in forms.values_mut() {
            list.sort_by_key(|f| std::cmp::Reverse(f.rest.len()));
        }
        let mut quoting = FxHashMap::default();
        for (words, gender) in [
            (&raw.quoting_masc, Gender::Masc),
            (&raw.quoting_fem, Gender::Fem),
            (&raw.quoting_plural, Gender::Plural),
        ] {
            for w in words {
                quoting.insert(ar(w), gender);
            }
        }
        let mut prefixes: Vec<String> = raw.prefixes.iter().map(|p| ar(p)).collect();
        prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let mut object_suffixes: Vec<String> = raw.object_suffixes.iter().map(|p| ar(p)).collect();
        object_suffixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
        ArabicCues(Box::new(CueTables {
            prefixes,
            object_suffixes,
            complementizers: folded_set(&raw.complementizers),
            verbs,
            forms,
            quoting,
            according_to: folded_set(&raw.according_to),
            according_to_links: folded_set(&raw.according_to_links),
            statement_nouns: folded_set(&raw.statement_nouns),
            issuer_links: folded_set(&raw.issuer_links),
            speaker_stops: folded_set(&raw.speaker_stops),
            time_words: folded_set(&raw.time_words),
            adverbs: folded_set(&raw.adverbs),
            clause_openers: folded_set(&raw.clause_openers),
            auxiliaries: folded_set(&raw.auxiliaries),
            negators: folded_set(&raw.negators),
            impersonal: folded_set(&raw.impersonal),
            construct_heads: folded_set(&raw.construct_heads),
            person_titles: folded_set(&raw.person_titles),
            non_speakers: folded_set(&raw.non_speakers),
            object_heads: folded_set(&raw.object_heads),
            noun_makers: folded_set(&raw.noun_makers),
            amount_hedges: folded_set(&raw.amount_hedges),
            pronoun_subjects: folded_set(&raw.pronoun_subjects),
            narrator_tails: raw
                .narrator_tails
                .iter()
                .map(|t| t.split_whitespace().map(ar).collect())
                .collect(),
            id: {
                static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
                NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        }))
    }
}

/// What the cue tables hold for one folded token: the cue candidates (see
/// [`CueTables::candidates`]) and the attached-prefix letters of an
/// "according to" marker.
struct TokenCues {
    candidates: Vec<Candidate>,
    marker: Option<usize>,
}

/// A form of a token that is a key of [`CueTables::forms`].
struct Candidate {
    /// The key.
    word: Box<str>,
    /// Letters of the stripped prefix.
    prefix_chars: usize,
    /// Whether an object suffix was stripped too.
    suffixed: bool,
}

/// A cue form found at a token.
#[derive(Clone, Copy, Debug)]
struct CueMatch {
    verb: usize,
    gender: Gender,
    participle: bool,
    /// How many tokens the form covers.
    n_tokens: usize,
    /// Bytes of an attached conjunction at the start of the first token.
    prefix_bytes: usize,
    /// Whether an object pronoun is attached to the verb ("أعلنته").
    suffixed: bool,
}

impl CueTables {
    /// The words a folded token may stand for once an attached conjunction is
    /// stripped: the token itself, then each prefix-less form, with the byte
    /// length of the stripped prefix in the surface form.
    fn bare_forms<'w>(&'w self, norm: &'w str) -> impl Iterator<Item = (&'w str, usize)> + 'w {
        std::iter::once((norm, 0)).chain(self.prefixes.iter().filter_map(move |p| {
            norm.strip_prefix(p.as_str())
                .filter(|rest| rest.chars().nth(1).is_some())
                .map(|rest| (rest, p.chars().count()))
        }))
    }

    /// The forms of a folded token, in the order [`CueTables::cue_at`] tries
    /// them, that are keys of `forms`: each prefix-less form (see
    /// [`CueTables::bare_forms`]), then that form without each object suffix
    /// (a final "ه" kept when it is a folded taa marbuta, `taa`). None for an
    /// impersonal token.
    fn candidates(&self, norm: &str, taa: bool) -> Vec<Candidate> {
        let mut out = Vec::new();
        if self.impersonal.contains(norm) {
            return out;
        }
        for (word, prefix_chars) in self.bare_forms(norm) {
            let stems = self.object_suffixes.iter().filter_map(|suffix| {
                if taa && suffix == "ه" {
                    return None;
                }
                word.strip_suffix(suffix.as_str())
                    .filter(|stem| stem.chars().nth(1).is_some())
            });
            for (ci, candidate) in std::iter::once(word).chain(stems).enumerate() {
                if self.forms.contains_key(candidate) {
                    out.push(Candidate {
                        word: candidate.into(),
                        prefix_chars,
                        suffixed: ci > 0,
                    });
                }
            }
        }
        out
    }

    /// What the tables hold for a folded token, memoized per thread: news
    /// repeats its words, and each look-up tries every prefix and suffix.
    fn token_cues<R>(&self, norm: &str, taa: bool, read: impl FnOnce(&TokenCues) -> R) -> R {
        const CACHE_LIMIT: usize = 1 << 16;
        type Memo = FxHashMap<(u64, bool), SpellingMemo<std::rc::Rc<TokenCues>>>;
        thread_local! {
            static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::default());
        }
        let found = MEMO.with(|memo| {
            memo.borrow_mut()
                .entry((self.id, taa))
                .or_insert_with(|| SpellingMemo::new(CACHE_LIMIT))
                .get_or_insert_with(norm, |norm| {
                    std::rc::Rc::new(TokenCues {
                        candidates: self.candidates(norm, taa),
                        marker: self
                            .bare_forms(norm)
                            .find(|(w, _)| self.according_to.contains(*w))
                            .map(|(_, chars)| chars),
                    })
                })
        });
        read(&found)
    }

    /// The cue form that starts at `toks[k]`, if any.
    fn cue_at(&self, text: &str, toks: &[DocToken], k: usize) -> Option<CueMatch> {
        let token = toks.get(k)?;
        // After a word that makes it a verbal noun ("طلب عدم ذكر اسمه"), a
        // cue's spelling is no verb.
        if k > 0 && self.noun_makers.contains(&toks[k - 1].norm) {
            return None;
        }
        // A folded final "ه" may be a taa marbuta ("إشارة"), not a pronoun.
        let taa = token
            .span
            .slice(text)
            .chars()
            .rev()
            .find(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
            == Some('ة');
        self.token_cues(&token.norm, taa, |cues| {
            self.cue_in(text, toks, k, &cues.candidates)
        })
    }

    /// The first form of `candidates` that matches at `toks[k]`.
    fn cue_in(&self, text: &str, toks: &[DocToken], k: usize, candidates: &[Candidate]) -> Option<CueMatch> {
        let token = &toks[k];
        for candidate in candidates {
            let Some(forms) = self.forms.get(&*candidate.word) else {
                continue;
            };
            for form in forms {
                if candidate.suffixed && (form.participle || form.bare || !form.rest.is_empty()) {
                    continue;
                }
                let rest_ok = form
                    .rest
                    .iter()
                    .enumerate()
                    .all(|(i, w)| toks.get(k + 1 + i).is_some_and(|t| &t.norm == w));
                if !rest_ok {
                    continue;
                }
                return Some(CueMatch {
                    verb: form.verb,
                    gender: form.gender,
                    participle: form.participle,
                    n_tokens: 1 + form.rest.len(),
                    prefix_bytes: surface_prefix_bytes(token.span.slice(text), candidate.prefix_chars),
                    suffixed: candidate.suffixed,
                });
            }
        }
        None
    }

    /// Whether `norm` is an according-to marker (conjunction allowed), with the
    /// byte length of an attached conjunction.
    fn marker(&self, text: &str, token: &DocToken) -> Option<usize> {
        self.token_cues(&token.norm, false, |cues| cues.marker)
            .map(|chars| surface_prefix_bytes(token.span.slice(text), chars))
    }

    fn is_complementizer(&self, norm: &str) -> bool {
        self.complementizers.contains(norm)
    }

    /// Whether a word is "ب" attached to an amount: a hedge of
    /// `amount_hedges` or a figure ("قدّرت الخسائر بنحو أربعة ملايين").
    fn amount_after_b(&self, norm: &str) -> bool {
        norm.strip_prefix('ب').is_some_and(|rest| {
            self.amount_hedges.contains(rest) || rest.starts_with(|c: char| c.is_numeric())
        })
    }
}

/// Bytes taken by the first `chars` letters of `surface` and the marks after them.
fn surface_prefix_bytes(surface: &str, chars: usize) -> usize {
    if chars == 0 {
        return 0;
    }
    let mut seen = 0;
    for (i, c) in surface.char_indices() {
        let mark = matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}');
        if !mark {
            if seen == chars {
                return i;
            }
            seen += 1;
        }
    }
    0
}

/// An earlier mention of a speaker, kept to carry elided subjects.
#[derive(Clone, Copy, Debug)]
struct Mention {
    /// Where the article named the speaker.
    resolved: Span,
    gender: Gender,
    via: Option<Span>,
}

/// What is carried from one unit to the next.
#[derive(Default)]
struct State {
    mentions: Vec<Mention>,
    /// The last statement issuer named ("وقال المكتب في بيان").
    issuer: Option<Span>,
    /// The speaker of the previous unit's last attribution, when it was direct.
    last_direct: Option<SpeakerRef>,
    /// Contents already taken; cues inside them are nested.
    taken: Vec<Span>,
}

impl State {
    /// The nearest earlier mention whose gender agrees with `gender`.
    fn carried(&self, gender: Gender) -> Option<Mention> {
        self.mentions
            .iter()
            .rev()
            .take(MAX_CARRY_BACK)
            .find(|m| gender.agrees(m.gender))
            .copied()
    }
}

/// Finds every attribution in an Arabic document.
pub(super) fn attribute(
    doc: &Doc<'_>,
    lex: &ArabicCues,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Attribution> {
    let quotes = find_quotes(doc.text);
    let mut state = State::default();
    let mut out = Vec::new();
    for unit in units(doc, &quotes) {
        let toks = doc.tokens_in(unit);
        if toks.is_empty() {
            continue;
        }
        let mut reader = UnitReader {
            text: doc.text,
            span: unit,
            toks,
            quotes: quotes_in(&quotes, unit),
            lex,
            cues: (0..toks.len())
                .filter_map(|k| lex.cue_at(doc.text, toks, k).map(|m| (k, m)))
                .collect(),
            markers: toks
                .iter()
                .enumerate()
                .filter_map(|(k, t)| lex.marker(doc.text, t).map(|m| (k, m)))
                .collect(),
            local: Vec::new(),
            main: None,
        };
        // Contents never run past their unit, so nesting is looked up per unit.
        state.taken.clear();
        reader.run(&mut state, diagnostics);
        let last_direct = reader
            .local
            .last()
            .filter(|a| a.kind == ClaimKind::Direct)
            .and_then(|a| a.speaker.clone());
        state.last_direct = last_direct;
        if toks.len() > 2 * MAX_CONTENT_WORDS {
            // A run-on "sentence" (lost stops): each claim keeps only its clause.
            for a in &mut reader.local {
                let mut clause = a.content;
                if let Some((cue, _)) = a.cue {
                    clause = clause.cover(cue);
                }
                if let Some(s) = a.speaker.as_ref().filter(|s| unit.contains(s.span)) {
                    clause = clause.cover(s.span);
                }
                a.sentence = clause;
            }
        }
        out.extend(reader.local);
    }
    out
}

/// Quotations (marks included), paired within each line.
fn find_quotes(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut base = 0;
    for line in text.split_inclusive('\n') {
        let mut open: Option<(usize, char)> = None;
        for (i, c) in line.char_indices() {
            match open {
                None if is_quote_mark(c) => open = Some((i, c)),
                Some((start, o)) if closes(o, c) => {
                    out.push(Span::new(base + start, base + i + c.len_utf8()));
                    open = None;
                }
                _ => {}
            }
        }
        base += line.len();
    }
    out
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '«' | '»' | '"')
}

fn closes(open: char, c: char) -> bool {
    match open {
        '“' | '”' => matches!(c, '”' | '“'),
        '«' => c == '»',
        '»' => c == '«',
        '"' => c == '"',
        _ => false,
    }
}

/// Sentences, merged where a quotation runs past a sentence end.
fn units(doc: &Doc<'_>, quotes: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for sentence in &doc.sentences {
        if let Some(last) = out.last_mut() {
            let end = quotes_end(quotes, *last);
            if end > last.end && sentence.span.start < end {
                *last = last.cover(sentence.span);
                continue;
            }
        }
        out.push(sentence.span);
    }
    out
}

/// The furthest end of the quotations that start inside `span`.
fn quotes_end(quotes: &[Span], span: Span) -> usize {
    quotes_in(quotes, span)
        .iter()
        .map(|q| q.end)
        .max()
        .unwrap_or(span.end)
}

/// The quotations (sorted by start) that start inside `span`.
fn quotes_in(quotes: &[Span], span: Span) -> &[Span] {
    let a = quotes.partition_point(|q| q.start < span.start);
    let b = quotes.partition_point(|q| q.start < span.end);
    &quotes[a..b.max(a)]
}

/// Where a content is opened.
#[derive(Clone, Copy, Debug)]
enum Opener {
    /// A complementizer at this token: content starts after it.
    Complementizer(usize),
    /// A colon at this byte.
    Colon(usize),
    /// A quotation that is the content.
    Quote(Span),
    /// A preposition the verb takes, standing alone at this token.
    Prep(usize),
    /// A preposition attached to this token ("بوقف"): content starts after its first letter.
    AttachedPrep(usize),
}

impl Opener {
    fn explicit(self) -> bool {
        matches!(
            self,
            Opener::Complementizer(_) | Opener::Colon(_) | Opener::Quote(_)
        )
    }
}

/// What the gap between a speaker and the content holds.
#[derive(Default)]
struct Gap {
    opener: Option<Opener>,
    /// A statement noun stood in the gap ("في بيان").
    statement: bool,
    /// "وفق ما نقلته X": the outlet that carried the words.
    via: Option<Span>,
    /// Token where scanning stopped without an opener.
    end: usize,
}

/// Reads one unit.
struct UnitReader<'a> {
    text: &'a str,
    span: Span,
    toks: &'a [DocToken],
    quotes: &'a [Span],
    lex: &'a ArabicCues,
    /// The cue forms of the unit by token index, in order.
    cues: Vec<(usize, CueMatch)>,
    /// The according-to markers by token index, with their conjunction's length.
    markers: Vec<(usize, usize)>,
    local: Vec<Attribution>,
    /// The speaker of the unit's last attribution that is not nested in another.
    main: Option<SpeakerRef>,
}

/// A speaker found for a cue, with what to remember of it.
#[derive(Clone, Debug)]
struct Found {
    speaker: SpeakerRef,
    gender: Gender,
    /// Whether the sentence names the speaker (not carried).
    named: bool,
}

impl Found {
    /// The speaker carried from an earlier mention.
    fn carried(mention: Mention) -> Found {
        Found {
            speaker: SpeakerRef {
                span: mention.resolved,
                antecedent: Some(mention.resolved),
                via: mention.via,
            },
            gender: mention.gender,
            named: false,
        }
    }
}

impl<'a> UnitReader<'a> {
    fn run(&mut self, state: &mut State, diagnostics: &mut Vec<Diagnostic>) {
        self.continuation(state);
        let n = self.toks.len();
        let mut k = 0;
        while k < n {
            let nested = self.nested_in(state, self.toks[k].span.start);
            if let Some(next) = self.try_marker(k, nested, state) {
                k = next.max(k + 1);
                continue;
            }
            if let Some(m) = self.cue(k) {
                if !self.negated(k) {
                    let next = self.handle_cue(k, m, nested, state, diagnostics);
                    k = next.max(k + m.n_tokens);
                    continue;
                }
            }
            k += 1;
        }
    }

    /// The content a byte lies in, when it lies inside one already taken.
    fn nested_in(&self, state: &State, at: usize) -> Option<Span> {
        state
            .taken
            .iter()
            .rev()
            .find(|c| c.start <= at && at < c.end)
            .copied()
    }

    /// A quotation that opens the unit continues the previous direct quotation.
    fn continuation(&mut self, state: &mut State) {
        let Some(prev) = state.last_direct.clone() else {
            return;
        };
        let Some(q) = self
            .quotes
            .first()
            .copied()
            .filter(|q| q.start == self.span.start)
        else {
            return;
        };
        let interior = quote_interior(self.text, q);
        if interior.is_empty() {
            return;
        }
        let resolved = prev.antecedent.unwrap_or(prev.span);
        let speaker = SpeakerRef {
            span: resolved,
            antecedent: Some(resolved),
            via: prev.via,
        };
        state.taken.push(interior);
        self.local.push(Attribution {
            content: interior,
            sentence: self.span,
            speaker: Some(speaker),
            cue: None,
            kind: ClaimKind::Direct,
        });
    }

    // ----- small helpers over the unit's tokens -----

    /// The text between token `k - 1` (or the unit start) and token `k`.
    fn sep(&self, k: usize) -> &'a str {
        let start = if k == 0 {
            self.span.start
        } else {
            self.toks[k - 1].span.end
        };
        let end = self.toks.get(k).map_or(self.span.end, |t| t.span.start);
        self.text.get(start..end.max(start)).unwrap_or("")
    }

    fn sep_start(&self, k: usize) -> usize {
        if k == 0 {
            self.span.start
        } else {
            self.toks[k - 1].span.end
        }
    }

    /// Whether token `k` carries the article "ال" (read on the surface, where
    /// "ال" is not confused with a folded "أل" or "إل").
    fn definite(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            let bare: String = t
                .span
                .slice(self.text)
                .chars()
                .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
                .take(2)
                .collect();
            bare == "ال"
        })
    }

    fn norm(&self, k: usize) -> &'a str {
        self.toks.get(k).map_or("", |t| t.norm.as_str())
    }

    fn tokens_span(&self, a: usize, b: usize) -> Span {
        if a >= b || b > self.toks.len() {
            return Span::new(0, 0);
        }
        balance_quotes(
            self.text,
            Span::new(self.toks[a].span.start, self.toks[b - 1].span.end),
        )
    }

    /// Whether `negated` particles stand right before the cue ("لم يعلن").
    fn negated(&self, k: usize) -> bool {
        k > 0
            && !has_break(self.sep(k))
            && self
                .lex
                .bare_forms(self.norm(k - 1))
                .any(|(w, _)| self.lex.negators.contains(w))
    }

    /// A quotation starting inside `sep(k)` that can be a content on its own:
    /// long enough, not an addressee ("لـ“...”"), and not running straight into
    /// more words.
    fn quote_in_sep(&self, k: usize) -> Option<Span> {
        let start = self.sep_start(k);
        let end = self.toks.get(k).map_or(self.span.end, |t| t.span.start);
        let q = *quotes_in(self.quotes, Span::new(start, end)).first()?;
        // After a preposition or the head of a name ("قائمة "صوت الرميلة""),
        // a quotation is a name, not a content.
        if k > 0
            && (matches!(
                self.norm(k - 1),
                "ل" | "ب" | "الي" | "من" | "علي" | "عن" | "في" | "مع"
            ) || self.lex.construct_heads.contains(self.norm(k - 1)))
        {
            return None;
        }
        let words = self.toks.iter().filter(|t| q.contains(t.span)).count();
        if words < MIN_QUOTE_WORDS {
            return None;
        }
        let after = self.text.get(q.end..self.span.end.max(q.end)).unwrap_or("");
        let after = after.trim_start();
        let ends = after.is_empty()
            || after.starts_with(|c: char| {
                matches!(
                    c,
                    '.' | '،' | ',' | ':' | '؛' | ';' | '!' | '؟' | '?' | '(' | '-' | '–' | '—'
                )
            })
            || after.starts_with(is_quote_mark);
        // A short quotation closing a description, with the complementizer
        // after its comma ("روى الصياد، أحد أفراد طاقم القارب "نجمة البحر"، أن
        // ..."), is a name in it: the content opens at the complementizer.
        let next = self.token_at(q.end);
        let named = words <= MAX_NAME_QUOTE_WORDS
            && next < self.toks.len()
            && is_comma_only(self.sep(next))
            && self.lex.is_complementizer(self.norm(next));
        (ends && !named).then_some(q)
    }

    /// The last quotation that starts before byte `at` (quotations of a line
    /// never overlap, so it is the only one that can hold `at`).
    fn quote_before(&self, at: usize) -> Option<Span> {
        let i = self.quotes.partition_point(|q| q.start < at);
        i.checked_sub(1).map(|i| self.quotes[i])
    }

    fn cue(&self, k: usize) -> Option<CueMatch> {
        let i = self.cues.binary_search_by_key(&k, |(t, _)| *t).ok()?;
        Some(self.cues[i].1)
    }

    fn marker_at(&self, k: usize) -> Option<usize> {
        let i = self.markers.binary_search_by_key(&k, |(t, _)| *t).ok()?;
        Some(self.markers[i].1)
    }

    /// Whether a pronoun on a conjunction stands right before the verb at `k`
    /// as its subject ("لكنه شدد", `pronoun_subjects`).
    fn pronoun_before(&self, k: usize) -> bool {
        k > 0 && self.lex.pronoun_subjects.contains(self.norm(k - 1))
    }

    fn is_participle(&self, k: usize) -> bool {
        self.cue(k).is_some_and(|m| m.participle)
    }

    fn is_prefixed_cue(&self, k: usize) -> bool {
        self.cue(k).is_some_and(|m| !m.participle && m.prefix_bytes > 0)
    }

    fn is_marker(&self, k: usize) -> bool {
        self.marker_at(k).is_some()
    }

    // ----- speakers -----

    /// The end of a noun phrase naming a speaker that starts at `j`.
    fn scan_np(&self, j: usize, verb: Option<&Verb>) -> usize {
        let n = self.toks.len();
        let takes_b = verb.is_some_and(|v| v.preps.iter().any(|p| p == "ب"));
        let mut t = j;
        while t < n && t - j < MAX_SPEAKER_WORDS {
            let sep = self.sep(t);
            if t > j && has_break(sep) {
                break;
            }
            if sep.contains(':') || self.quote_in_sep(t).is_some() {
                break;
            }
            let norm = self.norm(t);
            // "قال للصحيفة": the one spoken to, not the speaker.
            let addressee = t == j && norm.starts_with("لل") && norm.chars().count() > 4;
            if self.lex.speaker_stops.contains(norm)
                || self.lex.is_complementizer(norm)
                || addressee
                || matches!(norm, "ب" | "ل")
                || self.lex.quoting.contains_key(norm)
                || (takes_b && t > j && (norm.starts_with("بال") || self.lex.amount_after_b(norm)))
                || (self.cue(t).is_some() && !self.negated(t))
                || self.is_marker(t)
            {
                break;
            }
            t += 1;
        }
        t
    }

    /// "السفيرة في العراق، ألينا رومانوسكي، ...": a name in apposition after a
    /// title (and an optional "في X") stays with the speaker.
    fn apposition(&self, np_end: usize) -> usize {
        let n = self.toks.len();
        let mut p = np_end;
        if p < n && self.norm(p) == "في" && !has_break(self.sep(p)) {
            let mut q = p + 1;
            while q < n && q - p <= 2 && !has_break(self.sep(q)) {
                q += 1;
            }
            p = q;
        }
        if p >= n || p == 0 || !is_comma_only(self.sep(p)) || self.definite(p) {
            return np_end;
        }
        let mut q = p;
        while q < n && q - p < 5 {
            if q > p && has_break(self.sep(q)) {
                break;
            }
            let w = self.norm(q);
            if self.lex.speaker_stops.contains(w)
                || self.lex.is_complementizer(w)
                || self.lex.time_words.contains(w)
                || w.chars().any(|c| c.is_ascii_digit())
                || self.cue(q).is_some()
                || self.is_marker(q)
            {
                return np_end;
            }
            q += 1;
        }
        if q > p && q < n && is_comma_only(self.sep(q)) {
            q
        } else {
            np_end
        }
    }

    /// Where the first noun phrase of `[a, b)` ends, for "V SUBJECT OBJECT":
    /// construct chains, nisba adjectives and names after a title stay in.
    fn split_np(&self, a: usize, b: usize) -> usize {
        if a >= b {
            return a;
        }
        let title = |w: &str| {
            self.lex.person_titles.contains(w)
                || w.strip_prefix("ال")
                    .is_some_and(|r| self.lex.person_titles.contains(r))
        };
        let mut titled = title(self.norm(a));
        let mut s = a + 1;
        while s < b {
            let prev = self.norm(s - 1);
            let cur = self.norm(s);
            let joins = self.lex.construct_heads.contains(prev)
                || is_nisba(cur)
                || cur.starts_with("لل")
                || cur
                    .strip_prefix('ل')
                    .is_some_and(|r| self.lex.construct_heads.contains(r))
                || (titled && !self.definite(s));
            if !joins {
                break;
            }
            titled |= title(cur);
            s += 1;
        }
        s
    }

    /// The token of "بأنه" (or "بأن", "بأنها", ...) that opens the content of
    /// a verb of describing with no object pronoun ("وصف X بأنه"): what
    /// stands before it after the verb is what the verb describes.
    fn described_before(&self, verb: &Verb, m: &CueMatch, opener: Opener) -> Option<usize> {
        match opener {
            Opener::Complementizer(t) if verb.object && !m.suffixed && self.norm(t).starts_with('ب') => {
                Some(t)
            }
            _ => None,
        }
    }

    /// Where the subject of a verb of describing ends in tokens `a..b`, which
    /// hold the subject and then what it describes ("النائب خالد منصور قرار
    /// رفع السعر", "المتحدث السياسة المائية"): the end of the noun phrase
    /// at `a`, read by its grammar. A definite noun takes no noun after it
    /// but an adjective ("المتحدث السياسة" are two phrases); a person's name
    /// is one or two bare words ending with a surname ("علياء المهدي", or
    /// any definite word with a bare word after it) or, after a title,
    /// the first two of two or more bare words; the word
    /// right after a name starts what is described.
    /// `a` when the phrase takes in every word: then it is what is described,
    /// and the speaker is carried ("ووصف عملية الإنقاذ بأنها").
    fn describer_end(&self, a: usize, b: usize) -> usize {
        let lex = self.lex;
        let title = |k: usize| {
            let w = self.norm(k);
            let bare = w.strip_prefix("ال").unwrap_or(w);
            lex.person_titles.contains(bare)
                || lex.construct_heads.contains(bare)
                || lex.construct_heads.contains(w)
        };
        let prep = |k: usize| PREPOSITIONS.contains(&self.norm(k));
        let attached = |k: usize| {
            let w = self.norm(k);
            (w.starts_with('ب') || w.starts_with('ل')) && w.chars().count() > 3 && !self.definite(k)
        };
        // (A surname is a masculine nisba: "المهدي", not "البلدية".)
        let surname =
            |k: usize| k < b && self.definite(k) && is_nisba(self.norm(k)) && self.norm(k).ends_with('ي');
        let whole_pronoun = |k: usize| COMPLETE_PRONOUN_NOUNS.contains(&self.norm(k));
        if whole_pronoun(a) {
            return a + 1;
        }
        let titled = title(a);
        let mut named = surname(a) && !titled;
        // The last place the phrase may have ended: a bare word after a
        // preposition's noun ("بدمشق الإغلاق") may be a proper noun.
        let mut optional = None;
        let mut i = a + 1;
        while i < b && !named {
            let prev = i - 1;
            if prep(prev) || prep(i) || attached(i) {
                i += 1;
                continue;
            }
            if self.definite(i) && is_nisba(self.norm(i)) {
                i += 1;
                continue;
            }
            if !self.definite(prev) && !whole_pronoun(prev) {
                // A bare noun takes the next word as its complement; a bare
                // noun after a preposition may be a name instead.
                if attached(prev) || (prev > a && prep(prev - 1)) {
                    optional = Some(i);
                }
                i += 1;
                continue;
            }
            // After a definite word, bare words are a name: after a title,
            // the first two of two or more; else when a surname ends them.
            if !self.definite(i) {
                let run = (i..b)
                    .take_while(|&k| !self.definite(k) && !prep(k) && !attached(k))
                    .count();
                // (A definite word ending bare words is a surname when a
                // bare word follows it, which no adjective of it could be:
                // "منى العطار خفض الدعم".)
                let next = i + run + 1;
                let phrase_after = next < b && !(self.definite(next) || prep(next) || attached(next));
                let ends_name = surname(i + run) || (i + run < b && self.definite(i + run) && phrase_after);
                if titled && run >= 2 {
                    i += 2;
                    named = true;
                    continue;
                }
                if run <= 2 && ends_name {
                    i += run + 1;
                    named = true;
                    continue;
                }
            }
            return i;
        }
        if i >= b {
            return optional.unwrap_or(a);
        }
        i
    }

    /// A subject standing before the verb at `k`, not before token `lo`.
    /// "الطبيب رامي الزعبي، أخصائي العناية، قال": a description set off by
    /// commas before the verb stays with the name before it.
    fn svo(&self, k: usize, lo: usize, comma_skip: bool) -> Option<(usize, usize)> {
        let appositive = comma_skip && is_comma_only(self.sep(k));
        appositive
            .then(|| self.svo_walk(k, lo, comma_skip, true))
            .flatten()
            .or_else(|| self.svo_walk(k, lo, comma_skip, false))
    }

    /// The walk back of [`svo`](Self::svo); `through` crosses one comma before
    /// a description and finds the subject only if it does.
    fn svo_walk(&self, k: usize, lo: usize, comma_skip: bool, through: bool) -> Option<(usize, usize)> {
        if k <= lo {
            return None;
        }
        let prev = self.norm(k - 1);
        if ["الذي", "التي", "الذين"].contains(&prev) {
            // "الرقم الذي أعلنته الهيئة": with an object pronoun on the verb,
            // the phrase before the relative is what was said, not who said it.
            if self.cue(k).is_some_and(|m| m.suffixed) {
                return None;
            }
            // "الحكومة التي اعتبرت ...": the definite phrase before the pronoun.
            let mut a = k - 1;
            while a > lo && k - 1 - a < 4 && self.definite(a - 1) && !has_break(self.sep(a)) {
                a -= 1;
            }
            return (a < k - 1).then_some((a, k - 1));
        }
        let mut t = k;
        let mut skipped_comma = false;
        let mut has_prep = false;
        let mut opened = false;
        let mut crossed = false;
        while t > lo {
            let sep = self.sep(t);
            if has_break(sep) || sep.contains(':') {
                if t == k && comma_skip && !skipped_comma && is_comma_only(sep) {
                    skipped_comma = true;
                } else if through && skipped_comma && !crossed && t < k && is_comma_only(sep) {
                    // The words after this comma describe the subject: a
                    // preposition among them ("في المستشفى") is no obstacle.
                    crossed = true;
                    has_prep = false;
                    if t == lo || self.lex.clause_openers.contains(self.norm(t - 1)) {
                        return None;
                    }
                } else {
                    break;
                }
            }
            let p = self.norm(t - 1);
            if self.lex.clause_openers.contains(p) || self.lex.is_complementizer(p) || self.is_marker(t - 1) {
                opened = true;
                break;
            }
            if self.cue(t - 1).is_some() && !self.negated(t - 1) || p.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            has_prep |= self.lex.speaker_stops.contains(p);
            if k - (t - 1) > MAX_SPEAKER_WORDS {
                return None;
            }
            t -= 1;
        }
        if through && !crossed {
            return None;
        }
        let mut a = t;
        while a < k && self.lex.auxiliaries.contains(self.norm(a)) {
            a += 1;
        }
        // "لكنه شدد": a pronoun on a conjunction is the subject; the speaker
        // is the one it stands for.
        if a + 1 == k && self.pronoun_before(k) {
            return None;
        }
        if a >= k
            || self.lex.non_speakers.contains(self.norm(a))
            || (has_prep && !opened)
            || self
                .lex
                .bare_forms(self.norm(a))
                .any(|(w, _)| self.lex.speaker_stops.contains(w))
        {
            return None;
        }
        Some((a, k))
    }

    /// A speaker reference for the words `[a, b)`, resolving statements
    /// ("البيان" → its issuer; "بيان لوزارة X" → X, remembered as issuer).
    fn named(&self, a: usize, b: usize, state: &mut State) -> SpeakerRef {
        let mut span = self.tokens_span(a, b);
        if self.norm(a).starts_with("وال") {
            // "والوزير يقول": the conjunction is not part of the subject.
            let skip = surface_prefix_bytes(self.toks[a].span.slice(self.text), 1);
            span = Span::new(span.start + skip, span.end);
        }
        if !self.lex.statement_nouns.contains(self.norm(a)) {
            return SpeakerRef {
                span,
                antecedent: None,
                via: None,
            };
        }
        let mut i = a + 1;
        while i < b && self.lex.issuer_links.contains(self.norm(i)) {
            i += 1;
        }
        // Adjectives of the statement itself are not its issuer.
        while i < b && is_nisba(self.norm(i)) && i == a + 1 {
            i += 1;
        }
        if i < b {
            let tok = &self.toks[i];
            let surface = tok.span.slice(self.text);
            let mut start = tok.span.start;
            if tok.norm.starts_with('ل') && !tok.norm.starts_with("لل") && tok.norm.chars().count() > 2 {
                start += surface_prefix_bytes(surface, 1);
            }
            let issuer = balance_quotes(self.text, Span::new(start, self.toks[b - 1].span.end));
            // "بيان المكتب الإعلامي" after "المكتب الإعلامي لرئيس الوزراء": a
            // shortened repeat of the last issuer stands for it.
            let earlier = state.issuer.filter(|e| {
                let short = fold(issuer.slice(self.text), Lang::Ar);
                let long = fold(e.slice(self.text), Lang::Ar);
                long.len() > short.len() && long.starts_with(&short)
            });
            if earlier.is_none() {
                state.issuer = Some(issuer);
            }
            return SpeakerRef {
                span: issuer,
                antecedent: earlier,
                via: None,
            };
        }
        SpeakerRef {
            span,
            antecedent: state.issuer,
            via: None,
        }
    }

    /// The gender a noun phrase shows on its own (a feminine head noun).
    fn np_gender(&self, a: usize) -> Gender {
        let head = self.norm(a);
        if head.ends_with('ه') && !head.ends_with("له") {
            Gender::Fem
        } else {
            Gender::Unknown
        }
    }

    // ----- openers and contents -----

    /// Looks for what opens the content after the speaker, from token `from`.
    fn gap(&self, from: usize, verb: Option<&Verb>, limit: usize) -> Gap {
        let n = self.toks.len();
        let mut gap = Gap {
            end: from,
            ..Gap::default()
        };
        let mut prep: Option<Opener> = None;
        let mut t = from;
        // Time words right after the speaker do not stand between it and a preposition.
        let mut head = from;
        while t <= n && t < from + limit {
            let sep = self.sep(t);
            if t > from && has_sentence_end(sep) {
                break;
            }
            if let Some(colon) = sep.find(':') {
                gap.opener = Some(Opener::Colon(self.sep_start(t) + colon));
                return gap;
            }
            if let Some(q) = self.quote_in_sep(t) {
                gap.opener = Some(Opener::Quote(q));
                return gap;
            }
            if t == n {
                break;
            }
            let norm = self.norm(t);
            if self.lex.is_complementizer(norm) {
                gap.opener = Some(Opener::Complementizer(t));
                return gap;
            }
            if self.lex.statement_nouns.contains(norm) {
                gap.statement = true;
            }
            if self.is_marker(t) && self.norm(t + 1) == "ما" {
                if let Some(m) = self.cue(t + 2) {
                    let a = t + 2 + m.n_tokens;
                    let b = self.scan_np(a, None);
                    if b > a {
                        gap.via = Some(self.tokens_span(a, b));
                    }
                    t = b.max(t + 1);
                    continue;
                }
            }
            // A participle ends the gap only after a comma ("، مؤكدا أن"):
            // inside a noun phrase its form is a noun ("في مدينة الموصل").
            if self.cue(t).is_some_and(|m| !m.participle || has_comma(sep)) {
                break;
            }
            // A negator in the gap of a strict verb has begun its content:
            // "رأى ما لا يقل عن عشر جثث" holds no preposition of "رأى".
            if verb.is_some_and(|v| v.strict)
                && prep.is_none()
                && t > from
                && self.lex.negators.contains(norm)
            {
                break;
            }
            if let Some(v) = verb {
                if prep.is_none() && (t == head || has_comma(sep) || v.strict) {
                    if v.preps.iter().any(|p| p == norm) {
                        prep = Some(Opener::Prep(t));
                        if t == head {
                            break;
                        }
                    } else if v.preps.iter().any(|p| p == "ب")
                        && norm.starts_with('ب')
                        && (norm == "ب"
                            || norm.starts_with("بال")
                            || t == head
                            || self.lex.amount_after_b(norm))
                    {
                        prep = Some(if norm == "ب" {
                            Opener::Prep(t)
                        } else {
                            Opener::AttachedPrep(t)
                        });
                    }
                }
            }
            if t == head && self.lex.time_words.contains(norm) {
                head += 1;
            }
            t += 1;
        }
        gap.end = t.min(n);
        gap.opener = prep;
        gap
    }

    /// The byte where the content opened by `opener` starts.
    fn content_start(&self, opener: Opener) -> usize {
        match opener {
            Opener::Complementizer(t) => self.toks[t].span.end,
            Opener::Colon(at) => at + 1,
            Opener::Quote(q) => q.start,
            Opener::Prep(t) => {
                if self.lex.is_complementizer(self.norm(t + 1)) {
                    self.toks[t + 1].span.end
                } else {
                    self.toks[t].span.end
                }
            }
            Opener::AttachedPrep(t) => {
                let tok = &self.toks[t];
                tok.span.start + surface_prefix_bytes(tok.span.slice(self.text), 1)
            }
        }
    }

    /// The first token at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < at)
    }

    /// Where a content starting at byte `start` ends: the unit end, a sentence
    /// end, or a trailing clause that belongs to another cue.
    fn content_end(&self, start: usize, limit: usize, object: bool) -> usize {
        let first = self.token_at(start);
        for t in first + 1..self.toks.len() {
            let at = self.toks[t].span.start;
            if at >= limit {
                return limit;
            }
            if t - first >= MAX_CONTENT_WORDS {
                // No reported clause runs this long: the text has lost its stops.
                return self.sep_start(t);
            }
            let quoted = self
                .quote_before(at)
                .is_some_and(|q| q.start >= start && q.end > at);
            if quoted {
                continue;
            }
            let sep = self.sep(t);
            let closing: usize = sep
                .chars()
                .take_while(|c| c.is_whitespace() || is_quote_mark(*c))
                .map(char::len_utf8)
                .sum();
            let end = self.sep_start(t) + closing;
            if has_sentence_end(sep) {
                return end;
            }
            if has_comma(sep) && (self.is_participle(t) || self.cue(t).is_some() || self.is_marker(t)) {
                return end;
            }
            if object && self.is_prefixed_cue(t) {
                return end;
            }
            // "...، في إشارة إلى ..." / "..." دون تفاصيل": the narrator's own words.
            if (has_comma(sep) || sep.contains(is_quote_mark)) && self.tail_at(t) {
                return end;
            }
        }
        limit.min(self.span.end)
    }

    /// Whether a narrator's tail ("في إشارة إلى", "دون تفاصيل") starts at token `t`.
    fn tail_at(&self, t: usize) -> bool {
        self.lex.narrator_tails.iter().any(|tail| {
            !tail.is_empty()
                && tail
                    .iter()
                    .enumerate()
                    .all(|(i, w)| self.toks.get(t + i).is_some_and(|tok| &tok.norm == w))
        })
    }

    /// The content between two bytes, trimmed; direct when it is one quotation.
    fn content(&self, start: usize, end: usize) -> Option<(Span, ClaimKind)> {
        let span = trim_content(self.text, Span::new(start, end));
        if span.is_empty() {
            return None;
        }
        if let Some(q) = self
            .quote_before(span.start + 1)
            .filter(|q| q.start == span.start)
        {
            let after = self
                .text
                .get(q.end..span.end.max(q.end))
                .unwrap_or("")
                .trim_start();
            let alone = after.is_empty() || after.starts_with(['.', '،', ',', ':', '؛', ';', '!', '؟', '?']);
            if alone && q.end <= end {
                let interior = quote_interior(self.text, q);
                return (!interior.is_empty()).then_some((interior, ClaimKind::Direct));
            }
        }
        let span = balance_quotes_in(self.text, span);
        (!span.is_empty()).then_some((span, ClaimKind::Indirect))
    }

    // ----- cues -----

    /// Handles a cue verb or participle at `k`; returns the token to go on from.
    fn handle_cue(
        &mut self,
        k: usize,
        m: CueMatch,
        nested: Option<Span>,
        state: &mut State,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> usize {
        let lex = self.lex;
        let verb = &lex.verbs[m.verb];
        let after = k + m.n_tokens;
        let cue_span = Span::new(
            self.toks[k].span.start + m.prefix_bytes,
            self.toks[after - 1].span.end,
        );
        if m.participle {
            return self.participle(k, m, cue_span, verb, nested, state);
        }
        let clause_initial = m.prefix_bytes > 0
            || k == 0
            || has_break(self.sep(k))
            || lex.clause_openers.contains(self.norm(k - 1))
            || lex.is_complementizer(self.norm(k - 1));
        if verb.ambiguous && !clause_initial && !lex.is_complementizer(self.norm(after)) {
            return after;
        }
        if verb.class == CueClass::Quote {
            return self.chain(k, m, cue_span, verb, nested, state, diagnostics);
        }
        let limit = self.nested_limit(nested, cue_span);
        let lo = nested.map_or(0, |c| self.token_at(c.start));
        let gap_limit = if verb.strict {
            MAX_STRICT_GAP_WORDS
        } else {
            MAX_GAP_WORDS
        };

        // Adverbs such as "أيضا" may stand between the verb and what follows.
        let mut j = after;
        while j < self.toks.len() && lex.adverbs.contains(self.norm(j)) && !has_break(self.sep(j)) {
            j += 1;
        }
        let named = |found: SpeakerRef| Found {
            speaker: found,
            gender: m.gender,
            named: true,
        };
        // "وإنه أبلغ المؤسسة", "لكنه نفى": a pronoun before the verb is its
        // subject; what follows is no speaker, and the one the pronoun stands
        // for speaks, inside another's content too.
        let pronoun_subject = self.pronoun_before(k);
        let mut found: Option<Found> = None;
        let mut object_start = None;
        let mut np_end = j;
        let mut gap = None;
        // A verb in mid-clause has its subject before it (SVO).
        if !clause_initial {
            match self.svo(k, lo, m.prefix_bytes == 0) {
                Some((a, b)) => {
                    let speaker = self.named(a, b, state);
                    found = Some(named(speaker));
                    gap = Some(self.gap(j, Some(verb), gap_limit));
                }
                None if verb.ambiguous || lex.non_speakers.contains(self.norm(k - 1)) => return after,
                None => {}
            }
        }
        let mut gap = match gap {
            Some(gap) => gap,
            None => {
                // The speaker after the verb (VSO).
                let takes_b = verb.preps.iter().any(|p| p == "ب");
                let attached_first = takes_b
                    && self.norm(j).starts_with('ب')
                    && (self.norm(j) == "ب" || self.norm(j).starts_with("بال"))
                    && !lex.is_complementizer(self.norm(j));
                // "نفى وجود أي عطل": a verbal noun right after the verb opens
                // its object; the subject is before the verb or carried.
                // So does any word before "أي" ("ونفى إطلاق أي أعيرة").
                let object_first = verb.object
                    && (lex.object_heads.contains(self.norm(j)) || matches!(self.norm(j + 1), "اي" | "ايه"));
                np_end = if attached_first || object_first || pronoun_subject {
                    j
                } else {
                    self.scan_np(j, Some(verb))
                };
                if np_end > j {
                    np_end = self.apposition(np_end);
                }
                let mut gap = self.gap(np_end, Some(verb), gap_limit);
                if attached_first && gap.opener.is_none() {
                    gap.opener = Some(Opener::AttachedPrep(j));
                }
                if np_end > j {
                    let explicit = gap.opener.is_some_and(Opener::explicit);
                    let prep_next = !verb.object_before_prep
                        && matches!(gap.opener, Some(Opener::Prep(t)) if t == np_end);
                    let cue_next = self.cue(np_end).is_some();
                    let whole = explicit || prep_next || (is_comma_only(self.sep(np_end)) && !cue_next);
                    // (A verb with an object before its preposition splits
                    // them by their grammar: "اتهم عضو اللجنة حسين العبادي
                    // وزارة التربية بالتستر".)
                    let by_grammar = (!whole && verb.object && verb.object_before_prep)
                        .then(|| self.describer_end(j, np_end))
                        .filter(|&d| j < d && d < np_end);
                    let s = match by_grammar {
                        Some(d) => d,
                        None if whole => np_end,
                        None => self.split_np(j, np_end),
                    };
                    if s < np_end {
                        object_start = Some(s);
                    }
                    let speaker = self.named(j, s, state);
                    found = Some(named(speaker));
                } else if let Some((a, b)) = self.svo(k, lo, m.prefix_bytes == 0) {
                    let speaker = self.named(a, b, state);
                    found = Some(named(speaker));
                } else if nested.is_none() || pronoun_subject {
                    if let Some(carried) = state.carried(m.gender) {
                        found = Some(Found::carried(carried));
                    }
                }
                gap
            }
        };
        let np_end = np_end.max(j);
        // "ووصف النائب القرار بأنه جائر": a verb of describing names what it
        // describes before "بأنه"; that belongs to the content, not to the
        // speaker, and with no subject after the verb the speaker is carried
        // ("ووصف عملية الإنقاذ بأنها نموذجية").
        let mut described = None;
        if let Some(t) = gap.opener.and_then(|o| self.described_before(verb, &m, o)) {
            let mut s = np_end;
            while s < t && lex.time_words.contains(self.norm(s)) {
                s += 1;
            }
            // (A preposition after the subject continues it: "نائب عن
            // المحافظة أداء الجهات".)
            let continued = s < t && PREPOSITIONS.contains(&self.norm(s));
            // (A description of the speaker set off by commas comes before
            // what is described: "النائب خالد منصور، عضو الهيئة، قرار رفع".)
            if let Some(k) = (s + 1..t).rev().find(|&k| has_comma(self.sep(k))) {
                s = k;
            }
            if s < t && !continued {
                described = Some(s);
            } else if np_end > j && found.as_ref().is_some_and(|f| f.named) {
                let s = self.describer_end(j, t);
                if s > j {
                    found = Some(named(self.named(j, s, state)));
                    described = Some(s);
                } else if let Some(carried) = state.carried(m.gender) {
                    found = Some(Found::carried(carried));
                    described = Some(j);
                }
            }
        }
        if gap.opener.is_none() && found.is_some() && object_start.is_none() && np_end == j {
            // "وتعهدت بالرد": a preposition attached to the word after the verb.
            if verb.preps.iter().any(|p| p == "ب")
                && self.norm(j).starts_with('ب')
                && !lex.is_complementizer(self.norm(j))
            {
                gap.opener = Some(Opener::AttachedPrep(j));
            }
        }
        if verb.strict && gap.opener.is_none() {
            return np_end;
        }
        let start = match (gap.opener, object_start, described) {
            (_, _, Some(d)) => self.toks[d].span.start,
            (Some(Opener::Prep(_) | Opener::AttachedPrep(_)), Some(s), _) => self.toks[s].span.start,
            (Some(opener), _, _) => self.content_start(opener),
            (None, _, _) if verb.object => {
                let mut s =
                    object_start.unwrap_or(if found.as_ref().is_some_and(|f| f.named) && np_end == j {
                        j
                    } else {
                        np_end
                    });
                while s < self.toks.len() && lex.time_words.contains(self.norm(s)) {
                    s += 1;
                }
                let relative = ["الذي", "التي", "الذين"].contains(&self.norm(s));
                if s >= self.toks.len()
                    || (lex.speaker_stops.contains(self.norm(s)) && !relative)
                    || lex.is_complementizer(self.norm(s))
                    || has_sentence_end(self.sep(s))
                {
                    return np_end;
                }
                self.toks[s].span.start
            }
            (None, _, _) => return np_end,
        };
        if start >= limit {
            return np_end;
        }
        let object = gap.opener.is_none();
        let end = self.content_end(start, limit, object);
        let Some((content, kind)) = self.content(start, end) else {
            return np_end;
        };
        if nested.is_some() && !pronoun_subject && found.as_ref().is_none_or(|f| !f.named) {
            return self.token_at(content.start);
        }
        let mut speaker = found.as_ref().map(|f| f.speaker.clone());
        if let (Some(s), Some(via)) = (speaker.as_mut(), gap.via) {
            s.via = Some(via);
        }
        if speaker.is_none() {
            diagnostics.push(Diagnostic {
                span: Some(cue_span),
                kind: DiagnosticKind::MissingSpeaker,
                message: format!("no speaker found for cue {:?}", cue_span.slice(self.text)),
            });
            if !gap.opener.is_some_and(Opener::explicit) {
                return self.token_at(content.start);
            }
        }
        if let (Some(f), None) = (&found, nested) {
            let resolved = f.speaker.antecedent.unwrap_or(f.speaker.span);
            if gap.statement {
                state.issuer = Some(resolved);
            }
            let gender = if f.gender == Gender::Unknown && f.named {
                self.np_gender(self.token_at(f.speaker.span.start))
            } else {
                f.gender
            };
            state.mentions.push(Mention {
                resolved,
                gender,
                via: f.speaker.via,
            });
        }
        if nested.is_none() {
            state.taken.push(content);
            self.main = speaker.clone();
        }
        self.local.push(Attribution {
            content,
            sentence: self.span,
            speaker,
            cue: Some((cue_span, verb.class)),
            kind,
        });
        self.token_at(content.start)
    }

    /// "..., قائلا إن ...": a claim by the subject of the main clause.
    fn participle(
        &mut self,
        k: usize,
        m: CueMatch,
        cue_span: Span,
        verb: &Verb,
        nested: Option<Span>,
        state: &mut State,
    ) -> usize {
        let after = k + m.n_tokens;
        if nested.is_some() || k == 0 || !has_comma(self.sep(k)) {
            return after;
        }
        let speaker = match self.main.clone() {
            Some(s) => s,
            None => match self.main_subject(k, state) {
                Some(s) => s,
                None => match state.carried(m.gender) {
                    Some(c) => SpeakerRef {
                        span: c.resolved,
                        antecedent: Some(c.resolved),
                        via: c.via,
                    },
                    None => return after,
                },
            },
        };
        let gap = self.gap(after, Some(verb), 4);
        let start = match gap.opener {
            // "واصفا ما جرى بأنه فضيحة": what is described is said of too.
            Some(opener) if self.described_before(verb, &m, opener).is_some_and(|t| after < t) => {
                self.toks[after].span.start
            }
            Some(opener) => self.content_start(opener),
            None => match self.toks.get(after) {
                Some(t) if !has_sentence_end(self.sep(after)) => t.span.start,
                _ => return after,
            },
        };
        let end = self.content_end(start, self.span.end, gap.opener.is_none());
        let Some((content, kind)) = self.content(start, end) else {
            return after;
        };
        state.taken.push(content);
        self.local.push(Attribution {
            content,
            sentence: self.span,
            speaker: Some(speaker),
            cue: Some((cue_span, verb.class)),
            kind,
        });
        self.token_at(content.start)
    }

    /// The subject of a unit that opens with a conjoined verb ("وانتقد النائب
    /// الخطة، قائلا ..."), for a participle at `k` with no speaker before it.
    fn main_subject(&self, k: usize, state: &mut State) -> Option<SpeakerRef> {
        let first = self.norm(0);
        let conjoined = self
            .lex
            .prefixes
            .iter()
            .any(|p| first.starts_with(p.as_str()) && first.chars().count() > 3);
        let particle = self
            .lex
            .bare_forms(first)
            .any(|(w, _)| self.lex.speaker_stops.contains(w) || self.lex.clause_openers.contains(w));
        if !conjoined || particle || k < 3 || self.is_marker(0) {
            return None;
        }
        let end = self.scan_np(1, None).min(k);
        if end <= 1 || has_break(self.sep(1)) {
            return None;
        }
        let s = self.split_np(1, end);
        Some(self.named(1, s, state))
    }

    /// The end of the quotation around a nested cue, marks left out.
    fn nested_limit(&self, nested: Option<Span>, cue: Span) -> usize {
        let Some(outer) = nested else {
            return self.span.end;
        };
        let quote_end = self
            .quote_before(cue.start)
            .filter(|q| cue.end < q.end)
            .map(|q| q.end - q.slice(self.text).chars().last().map_or(0, char::len_utf8));
        quote_end.map_or(outer.end, |e| e.min(outer.end))
    }

    /// "نقل X عن Y قوله ...": Y speaks, X reports.
    #[allow(clippy::too_many_arguments)]
    fn chain(
        &mut self,
        k: usize,
        m: CueMatch,
        cue_span: Span,
        verb: &Verb,
        nested: Option<Span>,
        state: &mut State,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> usize {
        let _ = diagnostics;
        let after = k + m.n_tokens;
        let reporter_end = self.scan_np(after, None);
        if self.norm(reporter_end) != "عن" || has_break(self.sep(reporter_end)) && reporter_end > after {
            return after;
        }
        let lo = nested.map_or(0, |c| self.token_at(c.start));
        let reporter: Option<(Span, Gender)> = if reporter_end > after {
            let r = self.named(after, reporter_end, state);
            Some((r.antecedent.unwrap_or(r.span), m.gender))
        } else if let Some((a, b)) = self.svo(k, lo, m.prefix_bytes == 0) {
            let r = self.named(a, b, state);
            Some((r.antecedent.unwrap_or(r.span), m.gender))
        } else if nested.is_none() {
            state.carried(m.gender).map(|c| (c.resolved, c.gender))
        } else {
            None
        };
        let src = reporter_end + 1;
        let src_end = self.scan_np(src, None);
        if src_end == src {
            return src;
        }
        let quoting = self.lex.quoting.get(self.norm(src_end)).copied();
        let from = if quoting.is_some() { src_end + 1 } else { src_end };
        let gap = self.gap(from, None, MAX_STRICT_GAP_WORDS);
        let start = match gap.opener {
            Some(opener) => self.content_start(opener),
            None if quoting.is_some() => match self.toks.get(from) {
                Some(t) => t.span.start,
                None => return from,
            },
            None => return from,
        };
        let limit = self.nested_limit(nested, cue_span);
        let end = self.content_end(start, limit, false);
        let Some((content, kind)) = self.content(start, end) else {
            return from;
        };
        let source = self.named(src, src_end, state);
        let speaker = SpeakerRef {
            span: source.span,
            antecedent: source.antecedent,
            via: reporter.map(|r| r.0),
        };
        if nested.is_none() {
            if let Some((span, gender)) = reporter {
                state.mentions.push(Mention {
                    resolved: span,
                    gender,
                    via: None,
                });
            }
            state.mentions.push(Mention {
                resolved: source.antecedent.unwrap_or(source.span),
                gender: quoting.unwrap_or(Gender::Unknown),
                via: speaker.via,
            });
            state.taken.push(content);
            self.main = Some(speaker.clone());
        }
        self.local.push(Attribution {
            content,
            sentence: self.span,
            speaker: Some(speaker),
            cue: Some((cue_span, verb.class)),
            kind,
        });
        self.token_at(content.start)
    }

    /// "وفق X، ..." / "...، بحسب X" / "...، بحسب ما أفاد X": according-to.
    /// Returns the token to go on from when `k` is a marker.
    fn try_marker(&mut self, k: usize, nested: Option<Span>, state: &mut State) -> Option<usize> {
        let prefix = self.marker_at(k)?;
        if nested.is_some() {
            return Some(k + 1);
        }
        let cue_start = self.toks[k].span.start + prefix;
        let trailing = k > 0 && has_comma(self.sep(k));
        let leading = k == 0 || (k == 1 && self.lex.prefixes.iter().any(|p| p == self.norm(0)));
        // "بحسب ما أفاد X": the verb names the source.
        if self.norm(k + 1) == "ما" {
            let m = self.cue(k + 2)?;
            let a = k + 2 + m.n_tokens;
            let b = self.scan_np(a, None);
            if b == a || !trailing {
                return Some(b.max(k + 1));
            }
            let cue = Span::new(cue_start, self.toks[a - 1].span.end);
            let class = self.lex.verbs[m.verb].class;
            let speaker = self.named(a, b, state);
            self.according(self.span.start, self.sep_start(k), speaker, cue, class, a, state);
            return Some(b);
        }
        let mut j = k + 1;
        while j < self.toks.len() && self.lex.according_to_links.contains(self.norm(j)) {
            j += 1;
        }
        // The source runs to the next comma (leading) or the end (trailing).
        let mut b = j;
        while b < self.toks.len() && b - j < MAX_SPEAKER_WORDS {
            if b > j && (has_break(self.sep(b)) || has_sentence_end(self.sep(b))) {
                break;
            }
            if self.lex.is_complementizer(self.norm(b)) {
                break;
            }
            b += 1;
        }
        if b == j {
            return Some(j);
        }
        let cue = Span::new(cue_start, self.toks[k].span.end);
        let mut speaker = self.named(j, b, state);
        // "وفقا لوزارة الدفاع": the source starts after the attached "ل".
        if speaker.antecedent.is_none() && speaker.span.start == self.toks[j].span.start {
            let tok = &self.toks[j];
            if tok.norm.starts_with('ل') && !tok.norm.starts_with("لل") && tok.norm.chars().count() > 3 {
                let skip = surface_prefix_bytes(tok.span.slice(self.text), 1);
                speaker.span = Span::new(tok.span.start + skip, speaker.span.end);
            }
        }
        if trailing && (b >= self.toks.len() || has_sentence_end(self.sep(b))) {
            let start = self.span.start;
            let end = self.sep_start(k);
            if self
                .local
                .iter()
                .any(|a| a.content.overlaps(Span::new(start, end)))
            {
                return Some(b);
            }
            self.according(start, end, speaker, cue, CueClass::Assert, j, state);
            return Some(b);
        }
        // "وبحسب رويترز فإن ...": a complementizer instead of the comma.
        let opens =
            b < self.toks.len() && (has_comma(self.sep(b)) || self.lex.is_complementizer(self.norm(b)));
        if leading && opens {
            // "وبحسب مسؤول، طلب عدم الكشف عن اسمه، فإن ...": a description
            // of the source set off by commas comes before the "فإن" that
            // opens what it says.
            let described = (b + 1..self.toks.len().min(b + MAX_SPEAKER_WORDS))
                .take_while(|&i| !has_sentence_end(self.sep(i)))
                .find(|&i| {
                    has_comma(self.sep(i))
                        && self.norm(i).starts_with("فان")
                        && self.lex.is_complementizer(self.norm(i))
                });
            let start = if self.lex.is_complementizer(self.norm(b)) {
                self.toks[b].span.end
            } else if let Some(i) = described {
                self.toks[i].span.end
            } else {
                self.sep_start(b)
            };
            let end = self.content_end(start, self.span.end, false);
            self.according(start, end, speaker, cue, CueClass::Assert, j, state);
            return Some(self.token_at(start));
        }
        Some(j)
    }

    #[allow(clippy::too_many_arguments)]
    fn according(
        &mut self,
        start: usize,
        end: usize,
        speaker: SpeakerRef,
        cue: Span,
        class: CueClass,
        speaker_tok: usize,
        state: &mut State,
    ) {
        let Some((content, _)) = self.content(start, end) else {
            return;
        };
        let content = if content.end <= end { content } else { return };
        state.mentions.push(Mention {
            resolved: speaker.antecedent.unwrap_or(speaker.span),
            gender: self.np_gender(speaker_tok),
            via: None,
        });
        state.taken.push(content);
        self.main = Some(speaker.clone());
        self.local.push(Attribution {
            content,
            sentence: self.span,
            speaker: Some(speaker),
            cue: Some((cue, class)),
            kind: ClaimKind::AccordingTo,
        });
    }
}

/// Whether a separator ends a noun phrase (comma, colon, dash, bracket, line).
fn has_break(sep: &str) -> bool {
    sep.contains(|c: char| {
        matches!(
            c,
            '،' | ',' | ':' | '؛' | ';' | '(' | ')' | '\n' | '–' | '—' | '[' | ']'
        )
    }) || sep.contains(" - ")
        || has_sentence_end(sep)
}

fn has_comma(sep: &str) -> bool {
    sep.contains(['،', ','])
}

fn is_comma_only(sep: &str) -> bool {
    has_comma(sep) && !sep.contains([':', '؛', ';', '\n', '.'])
}

/// Whether a separator ends a sentence: a stop followed by space, a quote or nothing.
fn has_sentence_end(sep: &str) -> bool {
    let mut chars = sep.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?' | '؟')
            && chars
                .peek()
                .is_none_or(|&n| n.is_whitespace() || is_quote_mark(n))
        {
            return true;
        }
    }
    sep.contains('\n')
}

/// A definite relational adjective ("العراقية", "الأميركي", "العراقيون").
/// Prepositions standing alone, whose noun continues a noun phrase.
const PREPOSITIONS: &[&str] = &["في", "من", "عن", "على", "الى", "لدى", "مع"];

/// Nouns with a pronoun that make a whole noun phrase ("أحدهم").
const COMPLETE_PRONOUN_NOUNS: &[&str] = &["احدهم", "احداهم", "احدهما", "احداهن", "بعضهم", "احدها", "احده"];

fn is_nisba(norm: &str) -> bool {
    norm.starts_with("ال")
        && norm.chars().count() > 4
        && ["ي", "يه", "يون", "يين", "يان", "يتان", "يتين"]
            .iter()
            .any(|e| norm.ends_with(e))
}

/// The inside of a quotation, without its marks, spaces and final stop.
fn quote_interior(text: &str, q: Span) -> Span {
    let s = q.slice(text);
    let open = s.chars().next().map_or(0, char::len_utf8);
    let close = if s.chars().count() > 1 {
        s.chars().last().map_or(0, char::len_utf8)
    } else {
        0
    };
    Span::new(q.start + open, q.end.saturating_sub(close).max(q.start + open)).trim(text, &['.', '،', ','])
}

/// Trims spaces, stops and unpaired quotation marks from both ends.
fn trim_content(text: &str, span: Span) -> Span {
    let mut span = span.trim(text, &['.', '،', ',', ':', '؛', ';', '-', '–', '—']);
    loop {
        let next = balance_quotes_in(text, span).trim(text, &['.', '،', ',', ':', '؛', ';']);
        if next == span {
            return span;
        }
        span = next;
    }
}

/// Strips a quotation mark at either end when it has no partner inside the span.
fn balance_quotes_in(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let mut span = span;
    let count = |c: char| s.chars().filter(|x| *x == c).count();
    if let Some(first) = s.chars().next() {
        let unpaired = match first {
            '"' => count('"') % 2 == 1,
            '“' => count('“') > count('”'),
            '”' => count('”') > count('“'),
            '«' => count('«') > count('»'),
            _ => false,
        };
        if unpaired {
            span = Span::new(span.start + first.len_utf8(), span.end);
        }
    }
    let s2 = span.slice(text);
    let count2 = |c: char| s2.chars().filter(|x| *x == c).count();
    if let Some(last) = s2.chars().last() {
        let unpaired = match last {
            '"' => count2('"') % 2 == 1,
            '”' => count2('”') > count2('“'),
            '“' => count2('“') > count2('”'),
            '»' => count2('»') > count2('«'),
            _ => false,
        };
        if unpaired {
            span = Span::new(span.start, span.end - last.len_utf8());
        }
    }
    span
}

/// Extends a speaker span over a quotation mark it leaves unpaired
/// (`جماعة "كتائب حزب الله"` keeps its closing mark).
fn balance_quotes(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let odd = s.chars().filter(|c| *c == '"').count() % 2 == 1;
    let open = s.chars().filter(|c| matches!(c, '“' | '«')).count();
    let close = s.chars().filter(|c| matches!(c, '”' | '»')).count();
    let rest = text.get(span.end..).unwrap_or("");
    if let Some(next) = rest.chars().next() {
        if (odd && next == '"') || (open > close && matches!(next, '”' | '»' | '“')) {
            return Span::new(span.start, span.end + next.len_utf8());
        }
    }
    span
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Doc;
    use crate::lexicon::Lexicons;

    fn run(text: &str) -> (Vec<Attribution>, Vec<Diagnostic>) {
        let lexicons = Lexicons::builtin();
        let lex = lexicons.lang(Lang::Ar);
        let doc = Doc::new(
            text,
            Lang::Ar,
            None,
            lex,
            crate::Config::default().max_sentence_bytes,
        );
        let super::super::CueLexicon::Ar(cues) = &lex.cues else {
            panic!("Arabic cues expected");
        };
        let mut diagnostics = Vec::new();
        let out = attribute(&doc, cues, &mut diagnostics);
        (out, diagnostics)
    }

    /// (speaker text, content text, kind) of each attribution.
    fn show(text: &str) -> Vec<(String, String, ClaimKind)> {
        run(text)
            .0
            .iter()
            .map(|a| {
                (
                    a.speaker
                        .as_ref()
                        .map_or(String::new(), |s| s.span.slice(text).to_string()),
                    a.content.slice(text).to_string(),
                    a.kind,
                )
            })
            .collect()
    }

    #[test]
    fn vso_with_time_adverbial_and_complementizer() {
        let text = "قالت الوزارة الليبية، يوم الاثنين، إن المعبر سيفتح غدا.";
        let got = show(text);
        assert_eq!(
            got,
            vec![(
                "الوزارة الليبية".to_string(),
                "المعبر سيفتح غدا".to_string(),
                ClaimKind::Indirect
            )]
        );
    }

    #[test]
    fn cue_span_leaves_out_the_conjunction() {
        let text = "وقال المتحدث إن الاجتماع انتهى.";
        let (out, _) = run(text);
        let (cue, class) = out[0].cue.unwrap();
        assert_eq!(cue.slice(text), "قال");
        assert_eq!(class, CueClass::Assert);
    }

    #[test]
    fn svo_subject_before_the_verb() {
        let text = "لكن مسؤولين فرنسيين أكدوا أن الزيارة لن تتأجل.";
        let got = show(text);
        assert_eq!(got[0].0, "مسؤولين فرنسيين");
        assert_eq!(got[0].1, "الزيارة لن تتأجل");
    }

    #[test]
    fn svo_subject_keeps_its_description_between_commas() {
        let text = "لكن الطبيب سامر الحلبي، رئيس قسم الطوارئ في المستشفى، قال لـ«الشروق» إن المخزون لن يكفي.";
        let got = show(text);
        assert_eq!(got[0].0, "الطبيب سامر الحلبي، رئيس قسم الطوارئ في المستشفى");
        assert_eq!(got[0].1, "المخزون لن يكفي");
        let got = show("أعلن الوزير سامي فهد أن المستشفى مغلق. وقال للصحيفة إن الوضع خطير.");
        assert_eq!(got[1].0, "الوزير سامي فهد");
        // With no name before the comma, the description alone is the subject.
        let got = show("وفي بيان مقتضب، المتحدث العسكري قال إن القوات انسحبت.");
        assert_eq!(got[0].0, "المتحدث العسكري");
    }

    #[test]
    fn a_verbal_noun_after_the_verb_opens_its_object() {
        let got = show("قال مدير الهيئة سامر الخطيب إن الخط سيفتح غدا. ونفى وجود أي عطل في الإشارات.");
        assert_eq!(got[1].0, "مدير الهيئة سامر الخطيب");
        assert_eq!(got[1].1, "وجود أي عطل في الإشارات");
        // Any word before "أي" opens the object too.
        let got = show("قال مدير الهيئة سامر الخطيب إن الخط سيفتح غدا. ونفى إطلاق أي نار.");
        assert_eq!(
            got[1],
            (
                "مدير الهيئة سامر الخطيب".into(),
                "إطلاق أي نار".into(),
                ClaimKind::Indirect
            )
        );
        // With an object pronoun on a verb after a relative, the phrase before
        // it is what was said: "الرقم" is no speaker.
        let got = show("وأكد المحافظ أن الرقم الذي أعلنته الهيئة لم يشمل الجرحى.");
        assert!(got.iter().all(|(speaker, _, _)| speaker != "الرقم"), "{got:?}");
    }

    #[test]
    fn a_pronoun_subject_stands_for_the_last_speaker() {
        let got = show("وقال المتحدث سامي فهد إن الخط سيفتح. لكنه شدد على أن أي مريض لم ينقل.");
        assert_eq!(got[1].0, "المتحدث سامي فهد");
        // Inside another's content too.
        let got = show("أقر الوزير سامي فهد بأن الصيانة أرجئت، لكنه نفى أن يكون الانهيار ناجما عن تقصير.");
        assert_eq!(
            got.last().map(|g| (g.0.as_str(), g.1.as_str())),
            Some(("الوزير سامي فهد", "يكون الانهيار ناجما عن تقصير"))
        );
        // "طلب عدم ذكر اسمه": a cue's spelling after عدم is a verbal noun.
        let got = show("وأكد عامل في المحطة، طلب عدم ذكر اسمه، أن الإشارات كانت مطفأة.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "الإشارات كانت مطفأة");
    }

    #[test]
    fn a_negator_begins_the_content_of_a_strict_verb() {
        // "عن" of "لا يقل عن" is no preposition of "رأى": the only claim is
        // the one "قال" opens, its bound whole.
        let got = show("وقال أحد الشهود إنه رأى ما لا يقل عن عشر جثث تنقل إلى سيارات الإسعاف.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "رأى ما لا يقل عن عشر جثث تنقل إلى سيارات الإسعاف");
        // A preposition before any negator still opens the content.
        let got = show("ولفت الوزير إلى أن الخط لا يعمل.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "الخط لا يعمل");
    }

    #[test]
    fn colon_and_quotation_make_a_direct_claim() {
        let text = "وقال الرئيس: «لن نتراجع عن قرارنا».";
        let got = show(text);
        assert_eq!(
            got[0],
            ("الرئيس".into(), "لن نتراجع عن قرارنا".into(), ClaimKind::Direct)
        );
    }

    #[test]
    fn elided_subject_agrees_in_gender() {
        let text = "قالت السفيرة إن الحوار بدأ. وقال الوزير إن الوفد وصل. وأوضحت أيضا أن الجولة تستمر يومين.";
        let (out, _) = run(text);
        let last = out.last().unwrap();
        assert_eq!(last.content.slice(text), "الجولة تستمر يومين");
        let speaker = last.speaker.as_ref().unwrap();
        assert_eq!(speaker.span.slice(text), "السفيرة");
        assert_eq!(speaker.antecedent.map(|a| a.slice(text)), Some("السفيرة"));
    }

    #[test]
    fn according_to_leading_and_trailing() {
        let text = "وبحسب الشرطة، اعتقل ثلاثة أشخاص. وارتفع عدد الجرحى إلى عشرة، وفق وزارة الصحة.";
        let got = show(text);
        assert!(got.contains(&("الشرطة".into(), "اعتقل ثلاثة أشخاص".into(), ClaimKind::AccordingTo)));
        assert!(got.contains(&(
            "وزارة الصحة".into(),
            "وارتفع عدد الجرحى إلى عشرة".into(),
            ClaimKind::AccordingTo
        )));
        // A description of the source between commas is not what it says.
        let got = show("وبحسب مسؤول في مديرية المياه، طلب عدم الكشف عن اسمه، فإن المحطة متوقفة منذ أسبوع.");
        assert_eq!(
            got,
            vec![(
                "مسؤول في مديرية المياه".into(),
                "المحطة متوقفة منذ أسبوع".into(),
                ClaimKind::AccordingTo
            )]
        );
    }

    #[test]
    fn statement_stands_for_its_issuer() {
        let text = "وقالت وزارة الزراعة في بيان إن المحصول تضاعف. وأضاف البيان أن الأسعار ستنخفض.";
        let (out, _) = run(text);
        let second = &out[1];
        let speaker = second.speaker.as_ref().unwrap();
        assert_eq!(speaker.span.slice(text), "البيان");
        assert_eq!(speaker.antecedent.map(|a| a.slice(text)), Some("وزارة الزراعة"));
    }

    #[test]
    fn quoting_chain_has_a_via() {
        let text = "ونقلت الوكالة عن الناطق قوله «الهدنة صامدة حتى الآن».";
        let (out, _) = run(text);
        let a = &out[0];
        let speaker = a.speaker.as_ref().unwrap();
        assert_eq!(speaker.span.slice(text), "الناطق");
        assert_eq!(speaker.via.map(|v| v.slice(text)), Some("الوكالة"));
        assert_eq!(a.kind, ClaimKind::Direct);
        assert_eq!(a.content.slice(text), "الهدنة صامدة حتى الآن");
    }

    #[test]
    fn admissions_accusations_and_speakers_placed_in_a_city() {
        // "مدينة" (city) is also the participle of أدان: inside the speaker's
        // noun phrase it is a city.
        let got = show("قال مدير المستشفى في مدينة الموصل إن المخزون يكفي لعشرة أيام.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "المخزون يكفي لعشرة أيام");
        let got = show("أقرت وزارة الصحة بأن الشبكة تلوثت.");
        assert_eq!(
            got,
            vec![("وزارة الصحة".into(), "الشبكة تلوثت".into(), ClaimKind::Indirect)]
        );
        // The speaker's apposition holds a quoted name, no content.
        let text = "اتهم خالد النعيمي، رئيس قائمة \"صوت الرميلة\"، اللجنة بالتستر على التزوير، مؤكدا أن قائمته فازت.";
        let got = show(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "خالد النعيمي، رئيس قائمة \"صوت الرميلة\"");
        assert_eq!(got[0].1, "اللجنة بالتستر على التزوير");
        assert_eq!(got[1].1, "قائمته فازت");
        // With an object pronoun, an accusation verb opens a relative clause.
        let got = show("وشن الطيران غارات استهدفت قيادات اتهمتها بالمسؤولية عن الهجمات.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn insisting_and_putting_down_to_are_cues() {
        let got = show("في المقابل، تتمسك الشركة المالكة للسفينة بأن الاحتجاز جرى في المياه الدولية.");
        assert_eq!(
            got,
            vec![(
                "الشركة المالكة للسفينة".into(),
                "الاحتجاز جرى في المياه الدولية".into(),
                ClaimKind::Indirect
            )]
        );
        let got = show("وأرجع الناطق غرق القارب إلى سوء الأحوال الجوية.");
        assert_eq!(
            got,
            vec![(
                "الناطق".into(),
                "غرق القارب إلى سوء الأحوال الجوية".into(),
                ClaimKind::Indirect
            )]
        );
        // With a pronoun, "تمسكها" is a noun (its holding to): what was
        // announced, no cue of its own.
        let got = show("وقال الوزير إن الحكومة أعلنت تمسكها بالاتفاق.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1, "تمسكها بالاتفاق");
    }

    #[test]
    fn an_estimate_at_the_head_of_a_clause_is_a_cue() {
        let got =
            show("وقدّرت النقيبة أن إعادة بناء الجسر ستستغرق عاما، وأن كلفتها لن تقل عن تسعة ملايين دينار.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "النقيبة");
        assert_eq!(
            got[0].1,
            "إعادة بناء الجسر ستستغرق عاما، وأن كلفتها لن تقل عن تسعة ملايين دينار"
        );
        let got = show("من جهتها، قدّرت غرفة التجارة خسائر المصدرين بنحو أربعة ملايين دولار يوميا.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "غرفة التجارة");
        assert!(got[0].1.contains("أربعة ملايين دولار"), "{got:?}");
        // After a noun it is the passive "estimated at"; with a pronoun it is
        // a noun ("قدرتها", its ability).
        let got = show("وقال الوزير إن الجسر سيبنى بكلفة تقدّر بأربعة ملايين دينار.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "الجسر سيبنى بكلفة تقدّر بأربعة ملايين دينار");
        let got = show("وقال الناطق إن الفصائل أعلنت، عقب اجتماع، قدرتها على الرد.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "الفصائل أعلنت، عقب اجتماع، قدرتها على الرد");
    }

    #[test]
    fn a_short_quotation_closing_a_description_is_a_name_in_it() {
        let got = show(
            "وروى الصياد سعيد، أحد أفراد طاقم القارب \"نجمة البحر\"، أن الناقلة صدمت قاربهم قبيل الفجر.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "الصياد سعيد");
        assert_eq!(got[0].1, "الناقلة صدمت قاربهم قبيل الفجر");
        // A quotation that is the content stays the content.
        let got = show("وقال الصياد سعيد \"رأينا الناقلة تقترب منا\"، ثم غادر.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "رأينا الناقلة تقترب منا");
    }

    #[test]
    fn saying_again_with_the_speaker_before_what_is_said_again() {
        let got = show("وجدّد الحمداني القول إن شحنة الوقود وصلت مساء السبت.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "الحمداني");
        assert_eq!(got[0].1, "شحنة الوقود وصلت مساء السبت");
        let got = show("وجددت شركة الرافد لتوزيع المحروقات تأكيدها أن توقف الإمدادات سببه الديون.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "شركة الرافد لتوزيع المحروقات");
        assert_eq!(got[0].1, "توقف الإمدادات سببه الديون");
        // Renewing a thing is no statement.
        let got = show("وجدد الرئيس ثقته بالحكومة خلال الاجتماع.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn following_an_operation_closely_reports_nothing() {
        let got = show("وقالت الوزارة إن الفرقاطة كانت في المنطقة \"وتابعت عملية الاحتجاز عن قرب\".");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "الوزارة");
        let got = show("وتابع الوزير عن قرب سير الانتخابات في المحافظات.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_verb_of_describing_keeps_what_it_describes_in_the_content() {
        for (text, speaker, content) in [
            // Title and name, then what is described.
            (
                "ووصف وزير النقل سامر الحلبي قرار الإضراب بأنه غير قانوني.",
                "وزير النقل سامر الحلبي",
                "قرار الإضراب بأنه غير قانوني",
            ),
            // A definite title takes no noun after it.
            (
                "ووصف المتحدث الخطة الحكومية بأنها فاشلة.",
                "المتحدث",
                "الخطة الحكومية بأنها فاشلة",
            ),
            // A surname ends the name.
            (
                "ووصفت الباحثة في الاقتصاد منى العطار خفض الدعم بأنه متسرع.",
                "الباحثة في الاقتصاد منى العطار",
                "خفض الدعم بأنه متسرع",
            ),
            // A preposition continues the subject; a bare word after its
            // noun starts what is described.
            (
                "ووصف نائب عن المحافظة أداء البلدية بأنه ضعيف.",
                "نائب عن المحافظة",
                "أداء البلدية بأنه ضعيف",
            ),
            (
                "ووصف أحدهم الإجراءات بأنها مهينة.",
                "أحدهم",
                "الإجراءات بأنها مهينة",
            ),
            // A description set off by commas belongs to the speaker.
            (
                "وصف النائب سعيد كامل، عضو لجنة الطاقة، رفع أسعار الوقود بأنه قرار ظالم.",
                "النائب سعيد كامل، عضو لجنة الطاقة",
                "رفع أسعار الوقود بأنه قرار ظالم",
            ),
            // A subject before the verb.
            (
                "المعارضة وصفت الانتخابات بأنها مزورة.",
                "المعارضة",
                "الانتخابات بأنها مزورة",
            ),
        ] {
            let got = show(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1.as_str()),
                (speaker, content),
                "{text}"
            );
        }
        // So does a verb of accusing with its object before its preposition.
        let got = show("اتهم عضو لجنة النقل النيابية حسين الجبوري وزارة المالية بالتقصير.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("عضو لجنة النقل النيابية حسين الجبوري", "وزارة المالية بالتقصير")
        );
        // With no subject after the verb, the speaker is carried.
        let got = show("قال المحافظ إن الفرق وصلت بسرعة. ووصف عملية الإنقاذ بأنها ناجحة.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            (got[1].0.as_str(), got[1].1.as_str()),
            ("المحافظ", "عملية الإنقاذ بأنها ناجحة")
        );
        // So does a participle.
        let got = show("انتقد النائب الوزارة، واصفا ما جرى بأنه فضيحة.");
        assert_eq!(
            got.last().map(|g| g.1.as_str()),
            Some("ما جرى بأنه فضيحة"),
            "{got:?}"
        );
    }

    #[test]
    fn participle_after_main_clause() {
        let text = "وانتقد النائب الخطة، قائلا إن كلفتها مرتفعة.";
        let (out, _) = run(text);
        assert!(
            out.is_empty()
                || out
                    .iter()
                    .all(|a| a.content.slice(text) != "الخطة، قائلا إن كلفتها مرتفعة")
        );
        let text = "وقال النائب إن الخطة مكلفة، مشددا على ضرورة مراجعتها.";
        let got = show(text);
        assert_eq!(got[0].1, "الخطة مكلفة");
        assert_eq!(
            got[1],
            ("النائب".into(), "ضرورة مراجعتها".into(), ClaimKind::Indirect)
        );
    }

    #[test]
    fn name_in_apposition_stays_with_the_title() {
        let text = "أعلنت السفيرة البريطانية في الأردن، جين مارتن، اليوم الأحد، عن افتتاح مكتب جديد.";
        let got = show(text);
        assert_eq!(got[0].0, "السفيرة البريطانية في الأردن، جين مارتن");
        assert_eq!(got[0].1, "افتتاح مكتب جديد");
    }

    #[test]
    fn narrator_tail_is_left_out_and_taa_marbuta_is_no_pronoun() {
        let text = "وقال الوزير إن \"الحل قريب\"، في إشارة إلى المفاوضات.";
        let got = show(text);
        assert_eq!(
            got,
            vec![("الوزير".into(), "الحل قريب".into(), ClaimKind::Direct)]
        );
    }

    #[test]
    fn missing_speaker_is_diagnosed() {
        let text = "وقال إن الطريق مغلق.";
        let (out, diagnostics) = run(text);
        assert!(
            diagnostics
                .iter()
                .any(|d| d.kind == DiagnosticKind::MissingSpeaker)
        );
        assert_eq!(out.len(), 1);
        assert!(out[0].speaker.is_none());
    }

    #[test]
    fn negated_cue_reports_nothing() {
        let text = "ولم تعلن الحكومة أي نتائج حتى الآن.";
        assert!(show(text).is_empty());
    }

    #[test]
    fn quotes_pair_within_lines() {
        let text = "قال \"أ ب\" و«ج د».\n\"هـ";
        let quotes = find_quotes(text);
        assert_eq!(quotes.len(), 2);
        assert_eq!(quotes[0].slice(text), "\"أ ب\"");
        assert_eq!(quotes[1].slice(text), "«ج د»");
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_are_valid(text in "[قالتإنأوفقحسببيانعن«»“”\":،. \nسينغ]{0,120}") {
            let (out, diagnostics) = run(&text);
            for a in &out {
                for span in [Some(a.content), Some(a.sentence), a.speaker.as_ref().map(|s| s.span),
                             a.speaker.as_ref().and_then(|s| s.antecedent), a.speaker.as_ref().and_then(|s| s.via),
                             a.cue.map(|c| c.0)].into_iter().flatten() {
                    proptest::prop_assert!(span.end <= text.len());
                    proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                }
            }
            for d in diagnostics {
                if let Some(span) = d.span {
                    proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                }
            }
        }
    }
}
