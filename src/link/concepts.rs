//! The link lexicons, compiled for matching: concept groups, contrast pairs
//! (antonyms and evaluative framings), words that carry no topic, and the
//! judge's weight table.
//!
//! The lexicon files are `lexicons/concepts.toml`, `lexicons/places.toml`,
//! `lexicons/antonyms.toml`, `lexicons/framing.toml` and `lexicons/judge.toml`.
//! Every file may hold any of these sections; they are merged in that order:
//!
//! ```toml
//! [[concept]]                # words and phrases, any language, naming one thing
//! id = "withdrawal"
//! terms = ["withdrawal", "pull out", "انسحاب"]
//!
//! [[place]]                  # a country, region or city, by its names in any language
//! id = "basra"
//! level = "city"             # "country", "region" or "city"
//! names = ["Basra", "Basrah", "البصرة"]
//!
//! [[antonym]]                # two poles that cannot both hold of one thing
//! id = "rise-fall"
//! a = ["rise", "increase", "ارتفاع"]
//! b = ["fall", "decrease", "انخفاض"]
//!
//! [[framing]]                # negative and positive evaluations of one kind of act
//! id = "use-of-force"
//! negative = ["unjustified aggression", "عدوان غير مبرر"]
//! positive = ["self-defense", "دفاع عن النفس"]
//!
//! nontopic = ["also", "أيضا"]   # words that never make a topic key
//! negating = ["denied", "نفى"]   # verbs that negate what follows them
//! negators = ["not", "لن"]       # negators, for texts judged without extraction
//! demanding = ["demanded", "طالب"] # words whose object is wanted, not asserted
//! correctives = ["rather", "بل"] # "not X but rather Y": Y holds
//! instead = ["instead of", "بدلا من"] # "rose instead of falling": falling does not hold
//! background = ["after", "بعد"] # "reopened after a closure": the closure is over
//! transparent = ["notified", "توجد"] # a negation passes through them
//! localities = ["district", "حي"] # kinds of place whose name stands beside them,
//! cities = ["city", "مدينة"]      # by level: a claim about the Karrada district
//! provinces = ["province"]         # and one about the Mansour district differ
//! things = ["hospital", "school"]  # concepts of concrete things: a claim about the
//!                                  # hospital and one about the school differ
//! rates = ["turnout", "inflation"] # rates given in percent: one rate and one
//!                                  # percentage in each of two claims is one measure
//! people_unit = "people"           # a count of people ("41 people") whose words
//! fates = { deaths = "killed" }    # say one fate (the one just before it, else the
//!                                  # only one in its clause) counts that fate's unit
//! counted_units = ["deaths"]       # units counting things of an event: one unit and
//!                                  # two shared words around the numbers tie them
//! supply_units = ["litres"]       # units of supplies used up: an amount a day and an
//!                                  # amount at a time are two measures
//! toll_units = ["deaths"]          # a fate's units whose counts said with it are one toll
//! part_words = ["alone", "وحده"]   # a count near them is a part of a whole
//! partitives = ["of", "من"]        # "three of the injured": a part of a fate's count
//! unsaid = ["about", "mention"]    # negated, they tell what was left unsaid
//! undecided = ["fear", "known"]    # negated, they leave what follows undecided
//! separate_incident = ["separately", "منفصل"] # a claim saying them tells of another incident
//! elsewhere = ["neighbouring", "المجاورة"] # a claim saying them counts another place
//! existence = ["exist", "يوجد"]    # negated, they deny that the thing after them exists
//! holdings = ["holds", "يضم"]     # a number after them is what a place holds, not an event's count
//! capacity = ["designed", "لاستيعاب"] # a number after them is what a place was built to hold
//! scope_ends = ["since", "منذ"]    # after a negated predicate, they end what it denies
//! restrictors = ["among", "بين"]  # after a denied thing, they narrow the denial to a group
//! subject_links = ["was", "were"] # after "no" and a noun, they make the rest what is denied of it
//! passive_auxiliaries = ["was"]    # before a negating verb, they make it a passive of its subject
//! rises = ["rose", "ارتفع"]        # before "to" and a number, they make it a count's newer figure
//! rise_to = ["to", "إلى"]          # the "to" of a count that rose
//! rise_plans = ["raise", "رفع"]    # like rises, for a figure that is a target
//! novelty = ["new", "جديدة"]        # after a negator, they narrow the denial to what is new
//! absence = ["without", "بلا"]     # the word after them names a thing said to be absent
//! adverbs = ["إطلاقا"]             # adverbs whose stem is a noun's: never a term or a lexicon word
//! describing = ["بأنه"]            # after what a verb of describing names: its words hold no pole
//!
//! [unit_scales.time]         # units of one dimension and their sizes: figures in
//! minutes = 1                # units next in size ("15 minutes", "an hour") are
//! hours = 60                 # compared in the first unit; the units of `time`
//!                            # are lengths of time, which count no thing
//!
//! [weights]                  # the judge's linear scores (see judge.rs)
//! contradicts = { bias = -2.0, negation = 8.0 }
//! corroborates = { bias = -3.0, overlap = 6.0 }
//! ```
//!
//! Terms are matched on the stems of their folded words, token by token, so
//! "withdrawals", "the withdrawal" and "الانسحاب" all match their entries.
//! The words of a concept phrase may stand a few words apart; the words of a
//! place name must stand together ("New York", "الدار البيضاء"). A name listed
//! under several places ("تونس": Tunisia and Tunis) is ambiguous: it matches
//! all of them, but names none of them for [`PlaceLevel`] comparisons.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::link::judge::{FEATURE_NAMES, N_FEATURES};
use crate::span::Span;
use crate::text::normalize::{DocToken, Token, fold, stem, strip_clitics, tokenize};

/// What one file of the link lexicons may hold.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    concept: Vec<RawConcept>,
    #[serde(default)]
    place: Vec<RawPlace>,
    #[serde(default)]
    antonym: Vec<RawAntonym>,
    #[serde(default)]
    framing: Vec<RawFraming>,
    #[serde(default)]
    nontopic: Vec<String>,
    #[serde(default)]
    negating: Vec<String>,
    #[serde(default)]
    negators: Vec<String>,
    #[serde(default)]
    idioms: Vec<String>,
    #[serde(default)]
    demanding: Vec<String>,
    #[serde(default)]
    correctives: Vec<String>,
    #[serde(default)]
    instead: Vec<String>,
    #[serde(default)]
    background: Vec<String>,
    #[serde(default)]
    transparent: Vec<String>,
    #[serde(default)]
    localities: Vec<String>,
    #[serde(default)]
    cities: Vec<String>,
    #[serde(default)]
    provinces: Vec<String>,
    #[serde(default)]
    generic: Vec<String>,
    #[serde(default)]
    generic_concepts: Vec<String>,
    #[serde(default)]
    things: Vec<String>,
    #[serde(default)]
    rates: Vec<String>,
    #[serde(default)]
    people_unit: Option<String>,
    #[serde(default)]
    fates: BTreeMap<String, String>,
    #[serde(default)]
    counted_units: Vec<String>,
    #[serde(default)]
    supply_units: Vec<String>,
    #[serde(default)]
    toll_units: Vec<String>,
    #[serde(default)]
    unit_scales: BTreeMap<String, BTreeMap<String, f64>>,
    #[serde(default)]
    part_words: Vec<String>,
    #[serde(default)]
    partitives: Vec<String>,
    #[serde(default)]
    unsaid: Vec<String>,
    #[serde(default)]
    undecided: Vec<String>,
    #[serde(default)]
    separate_incident: Vec<String>,
    #[serde(default)]
    elsewhere: Vec<String>,
    #[serde(default)]
    existence: Vec<String>,
    #[serde(default)]
    holdings: Vec<String>,
    #[serde(default)]
    capacity: Vec<String>,
    #[serde(default)]
    scope_ends: Vec<String>,
    #[serde(default)]
    restrictors: Vec<String>,
    #[serde(default)]
    subject_links: Vec<String>,
    #[serde(default)]
    passive_auxiliaries: Vec<String>,
    #[serde(default)]
    rises: Vec<String>,
    #[serde(default)]
    rise_to: Vec<String>,
    #[serde(default)]
    rise_plans: Vec<String>,
    #[serde(default)]
    novelty: Vec<String>,
    #[serde(default)]
    absence: Vec<String>,
    #[serde(default)]
    adverbs: Vec<String>,
    #[serde(default)]
    describing: Vec<String>,
    #[serde(default)]
    limits: Vec<String>,
    #[serde(default)]
    weights: BTreeMap<String, BTreeMap<String, f32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConcept {
    id: String,
    terms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: String,
    level: PlaceLevel,
    names: Vec<String>,
}

/// How large a place is: a country, a region (province, governorate,
/// territory) or a city (town, capital).
///
/// ```
/// use claimgraph::link::PlaceLevel;
/// assert_eq!(PlaceLevel::City.as_str(), "city");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceLevel {
    /// A sovereign country or territory named as one ("Iraq", "العراق").
    Country,
    /// A province, governorate, region or territory within or across
    /// countries ("Anbar", "Darfur", "قطاع غزة").
    Region,
    /// A city or town ("Basra", "الموصل").
    City,
}

impl PlaceLevel {
    /// `country`, `region` or `city`, as in `lexicons/places.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceLevel::Country => "country",
            PlaceLevel::Region => "region",
            PlaceLevel::City => "city",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAntonym {
    id: String,
    a: Vec<String>,
    b: Vec<String>,
    /// The poles are stances a speaker takes (praise, criticize): a cue
    /// word of one is part of what its claim says.
    #[serde(default)]
    stance: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFraming {
    id: String,
    negative: Vec<String>,
    positive: Vec<String>,
}

/// Whether a contrast group holds antonyms or evaluative framings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ContrastKind {
    /// Words of opposite meaning (rise / fall).
    Antonym,
    /// Negative against positive evaluations of an act.
    Framing,
}

/// A pair of poles that cannot both hold of one thing.
#[derive(Clone, Debug)]
pub(crate) struct ContrastGroup {
    /// The group's name in the lexicon.
    pub(crate) id: Box<str>,
    /// Antonym or framing.
    pub(crate) kind: ContrastKind,
    /// Its poles are stances a speaker takes ("praised" against "criticized").
    pub(crate) stance: bool,
}

/// What a lexicon term stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sense {
    /// A concept, by index.
    Concept(u32),
    /// A place of the gazetteer, by index.
    Place(u32),
    /// One pole (0 or 1) of a contrast group, by index.
    Pole(u32, u8),
    /// A verb that negates what follows it ("denied", "failed to").
    Negating,
    /// A fixed phrase holding a negator that does not negate ("لا رجعة فيه",
    /// "not only", "no doubt").
    Idiom,
    /// A word too common in the news to make a shared proposition on its own
    /// (a country, "forces", "attack").
    Generic,
    /// A word whose object is wanted, not asserted ("demanded", "called
    /// for", "طالب", "الضغط على").
    Demand,
    /// A word that corrects a negated predicate with the one that holds:
    /// "not X but rather Y", "لم X بل Y".
    Corrective,
    /// A word after which stands what did not happen: "rose instead of
    /// falling", "ارتفعت بدلا من أن تنخفض".
    Instead,
    /// A word after which stands what came before the news: "reopened
    /// after a two-week closure", "فتح بعد إغلاق استمر أسبوعين".
    Background,
    /// A noun naming a kind of place, whose name stands beside it ("حي
    /// الكرادة", "the Karrada district", "city of Mosul"), by level: 0 a
    /// locality (district, village, camp), 1 a city, 2 a province.
    PlaceKind(u8),
    /// A predicate a negation passes through to its complement ("not
    /// notified of any plan to withdraw", "لا توجد خطط").
    Transparent,
}

/// A lexicon term found in a text: which tokens, and what it stands for.
/// The judge.toml word lists a token's folded form is looked up in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordList {
    /// `negators`: negators, for texts judged without extraction ("not",
    /// "لن").
    Negator,
    /// `part_words`: a count near them is a part of a whole ("alone",
    /// "among", "منهم").
    Part,
    /// `partitives`: between a count and a fate, they make the count a part
    /// of that fate's count ("three of the injured", "ثلاثة من المصابين").
    Partitive,
    /// `unsaid`: negated, they tell what a speaker left unsaid ("said
    /// nothing about", "did not mention").
    Unsaid,
    /// `undecided`: negated, they leave what follows them undecided: an
    /// attitude, a state of knowledge or a possibility ("does not fear a
    /// recount", "it is not known whether", "did not rule out").
    Undecided,
    /// `separate_incident`: a claim saying them tells of another incident
    /// than the story's ("separately", "منفصل").
    Separate,
    /// `elsewhere`: a claim saying them tells of a place beside the story's
    /// ("in neighbouring Balochistan", "المجاورة"); its numbers count there.
    Elsewhere,
    /// `existence`: negated, they deny that the thing named after them exists
    /// or happened ("there is no tunnel", "لا يوجد أي نفق").
    Existence,
    /// `holdings`: before a number, they make it what a place holds
    /// ("holds 1,150 inmates", "يضم 1150 نزيلا"), not a count of what
    /// happened.
    Holding,
    /// `capacity`: before a number, they make it what a place was built to
    /// hold ("designed for 700", "لاستيعاب 700 نزيل").
    Capacity,
    /// `scope_ends`: after the negated predicate, they start an adjunct of
    /// time that the negation does not deny ("had not been heard from since
    /// the fire" denies nothing of the fire).
    ScopeEnd,
    /// `restrictors`: after the thing a negation denies, they narrow the
    /// denial to the group named next ("no death among the children").
    Restrictor,
    /// `subject_links`: after a negator and the noun it determines, they make
    /// what follows the thing denied of that noun ("no worker was missing"
    /// denies that a worker was missing, not that there are workers).
    SubjectLink,
    /// `passive_auxiliaries`: right before a negating verb, they make it a
    /// passive that negates its subject ("the alarm was ignored"), not what
    /// follows it.
    Passive,
    /// `rises`: words that tell a count rose ("rose", "ارتفع", "ترفع
    /// الحصيلة"); with a word of `rise_to` right before a number after them
    /// ("rose to 96"), the number is the count's newer figure.
    Rise,
    /// `rise_to`: the "to" of a count that rose ("to", "إلى").
    RiseTo,
    /// `rise_plans`: words that tell an amount is to be raised ("agreed to
    /// raise ... to 500", "رفع ... إلى"): the figure is a target.
    RisePlan,
    /// `novelty`: within four words after a negator, they narrow the denial
    /// to what is new ("no new cases").
    Novelty,
    /// `absence`: the word after them names a thing said to be absent
    /// ("running without interruption", "تعمل بلا انقطاع").
    Absence,
    /// `adverbs`: adverbs whose stem is also a noun's ("إطلاقاً", at all,
    /// stems like "إطلاق", a launch): matched on the word as written, they
    /// are never a claim's term nor a word of a lexicon phrase.
    Adverb,
    /// `describing`: the word after what a verb of describing names ("وصف
    /// إغلاق المعبر بأنه حصار", described the closure as a siege): the
    /// words before it are the thing described, which the claim does not
    /// assert, so they hold no antonym's pole.
    Describing,
    /// `limits`: words that confine a thing to what follows them ("confined
    /// to", "يقتصر على", "only"). Negated ("not confined to the renal unit"),
    /// such a word extends the thing beyond what follows: the claim denies
    /// only a claim that confines it.
    Limit,
}

impl WordList {
    const COUNT: usize = WordList::Limit as usize + 1;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First token (index into the token slice).
    pub(crate) first: u32,
    /// One past the last token.
    pub(crate) end: u32,
    /// How many words the term has: fewer than `end - first` when words of
    /// other terms stand between them.
    pub(crate) words: u32,
    /// What the term stands for.
    pub(crate) sense: Sense,
}

/// A term of more than one word: the stems after the first, and its sense.
#[derive(Clone, Debug)]
struct Phrase {
    rest: Box<[u64]>,
    sense: Sense,
}

/// The link lexicons, parsed and checked. The stem index is built on first
/// use: stemming may itself read the built-in lexicons, which are still being
/// built while this is parsed.
#[derive(Debug, Default)]
struct Compiled {
    concepts: Vec<Box<str>>,
    concept_keys: Vec<u64>,
    /// Each concept's topic key (`#id`), shared by every claim naming it.
    concept_topic_keys: Vec<Arc<str>>,
    /// Each place's topic key (`@id`), shared by every claim naming it.
    place_topic_keys: Vec<Arc<str>>,
    /// Places of the gazetteer: id and level, by index.
    places: Vec<(Box<str>, PlaceLevel)>,
    groups: Vec<ContrastGroup>,
    /// Every term with its sense, in file order.
    terms: Vec<(String, Sense)>,
    nontopic_words: Vec<String>,
    /// Ids of concepts too common to make a shared proposition alone.
    generic_concepts: Vec<String>,
    /// Ids of concepts naming concrete things (facilities, goods).
    things: Vec<String>,
    /// Whether each concept, by index, names a concrete thing.
    is_thing: Vec<bool>,
    /// Ids of concepts naming a rate given in percent (turnout, inflation).
    rates: Vec<String>,
    /// Whether each concept, by index, names a rate.
    is_rate: Vec<bool>,
    /// The unit of a count of people, which a fate said around it changes.
    people_unit: Option<String>,
    /// Fates of counted people: the unit they then count, and the key of the
    /// concept that says it ("deaths", "killed").
    fates: Vec<(String, u64)>,
    /// Units that count discrete things of an event (the dead, ships).
    counted_units: Vec<String>,
    /// Units of supplies used up (judge.toml `supply_units`: litres, tonnes).
    supply_units: Vec<String>,
    /// Units of a fate whose counts in a story are one toll (judge.toml
    /// `toll_units`: deaths).
    toll_units: Vec<String>,
    /// Units of one dimension: each unit's dimension and its size in the
    /// dimension's base unit ("hours": "time", 60).
    unit_scales: BTreeMap<String, (String, f64)>,
    /// The word lists a token's folded form is looked up in, by
    /// [`WordList`].
    word_lists: [Vec<String>; WordList::COUNT],
    index: std::sync::OnceLock<Index>,
    weights: BTreeMap<String, BTreeMap<String, f32>>,
    /// The weights as vectors over the judge's features: contradicts, corroborates.
    vectors: [[f32; N_FEATURES]; 2],
}

/// The terms indexed by the stems of their words.
#[derive(Debug, Default)]
struct Index {
    /// Senses of one-word terms, by stem hash.
    single: FxHashMap<u64, Vec<Sense>>,
    /// Longer terms, by the stem hash of their first word, longest first.
    phrases: FxHashMap<u64, Vec<Phrase>>,
    nontopic: FxHashSet<u64>,
    /// The folded words of each [`WordList`], hashed.
    word_lists: [FxHashSet<u64>; WordList::COUNT],
}

/// Concept equivalences, antonyms, evaluative framings, non-topic words and
/// judge weights, compiled for matching on stems. Cheap to clone.
#[derive(Clone, Debug, Default)]
pub(crate) struct ConceptLexicon {
    inner: Arc<Compiled>,
}

/// A stable 64-bit hash of a stem (or any key text).
pub(crate) fn key_hash(text: &str) -> u64 {
    let mut h = FxHasher::default();
    text.hash(&mut h);
    h.finish()
}

/// The key of a concept id: hashed apart from any stem.
fn concept_key(id: &str) -> u64 {
    let mut h = FxHasher::default();
    '#'.hash(&mut h);
    id.hash(&mut h);
    h.finish()
}

/// The language a lexicon term is written in, by its script.
fn term_lang(term: &str) -> Lang {
    if term.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        Lang::Ar
    } else {
        Lang::En
    }
}

/// The stem hashes of a lexicon term's words.
fn term_stems(term: &str) -> Vec<u64> {
    let lang = term_lang(term);
    tokenize(term, Span::new(0, term.len()), lang)
        .iter()
        .map(|t| token_keys(t, lang)[0])
        .collect()
}

impl ConceptLexicon {
    /// Parses and merges the link lexicon files, given as `(origin, text)`.
    ///
    /// Fails naming the file and line when one does not parse, and naming the
    /// file when an id repeats or a term has no words.
    pub(crate) fn parse_files(files: &[(String, String)]) -> Result<ConceptLexicon> {
        let mut c = Compiled::default();
        // Fates by concept id, checked once every file has named its concepts.
        let mut fates: Vec<(String, String)> = Vec::new();
        let mut seen_concepts: FxHashMap<String, u32> = FxHashMap::default();
        let mut seen_groups: FxHashSet<String> = FxHashSet::default();
        let mut seen_places: FxHashMap<String, u32> = FxHashMap::default();
        for (origin, text) in files {
            let raw: RawFile = crate::lexicon::parse_toml(origin, text)?;
            for concept in raw.concept {
                // A repeated id adds terms to the concept it names.
                let idx = match seen_concepts.get(&concept.id) {
                    Some(&i) => i,
                    None => {
                        let i = c.concepts.len() as u32;
                        seen_concepts.insert(concept.id.clone(), i);
                        c.concept_keys.push(concept_key(&concept.id));
                        c.concept_topic_keys.push(Arc::from(format!("#{}", concept.id)));
                        c.concepts.push(concept.id.clone().into());
                        i
                    }
                };
                for term in &concept.terms {
                    c.add(origin, term, Sense::Concept(idx))?;
                }
            }
            for place in raw.place {
                // A repeated id adds names to the place it names; its level
                // must not change.
                let idx = match seen_places.get(&place.id) {
                    Some(&i) => {
                        if c.places[i as usize].1 != place.level {
                            return Err(Error::parse(
                                origin,
                                None,
                                format!("place {:?} repeats with another level", place.id),
                            ));
                        }
                        i
                    }
                    None => {
                        let i = c.places.len() as u32;
                        seen_places.insert(place.id.clone(), i);
                        c.places.push((place.id.clone().into(), place.level));
                        c.place_topic_keys.push(Arc::from(format!("@{}", place.id)));
                        i
                    }
                };
                for name in &place.names {
                    c.add(origin, name, Sense::Place(idx))?;
                    // A country's Arabic adjective in the masculine singular
                    // ("تركي") names it in its feminine and sound plural forms
                    // too ("التركية", "المصريون"): a short stem matches only
                    // its exact form. (A broken plural, "الأتراك", is not derived.)
                    if place.level == PlaceLevel::Country && is_arabic_adjective(name) {
                        for suffix in ["ة", "ون", "ين"] {
                            c.add(origin, &format!("{name}{suffix}"), Sense::Place(idx))?;
                        }
                    }
                }
            }
            let contrasts = raw
                .antonym
                .into_iter()
                .map(|a| (a.id, ContrastKind::Antonym, a.a, a.b, a.stance))
                .chain(
                    raw.framing
                        .into_iter()
                        .map(|f| (f.id, ContrastKind::Framing, f.negative, f.positive, false)),
                );
            for (id, kind, a, b, stance) in contrasts {
                if !seen_groups.insert(id.clone()) {
                    return Err(Error::parse(origin, None, format!("contrast id {id:?} repeats")));
                }
                let g = c.groups.len() as u32;
                c.groups.push(ContrastGroup {
                    id: id.into(),
                    kind,
                    stance,
                });
                for term in &a {
                    c.add(origin, term, Sense::Pole(g, 0))?;
                }
                for term in &b {
                    c.add(origin, term, Sense::Pole(g, 1))?;
                }
            }
            for term in &raw.negating {
                c.add(origin, term, Sense::Negating)?;
            }
            for term in &raw.idioms {
                c.add(origin, term, Sense::Idiom)?;
            }
            for term in &raw.generic {
                c.add(origin, term, Sense::Generic)?;
            }
            for term in &raw.demanding {
                c.add(origin, term, Sense::Demand)?;
            }
            for term in &raw.correctives {
                c.add(origin, term, Sense::Corrective)?;
            }
            for term in &raw.instead {
                c.add(origin, term, Sense::Instead)?;
            }
            for term in &raw.background {
                c.add(origin, term, Sense::Background)?;
            }
            for term in &raw.transparent {
                c.add(origin, term, Sense::Transparent)?;
            }
            for (level, list) in [&raw.localities, &raw.cities, &raw.provinces]
                .into_iter()
                .enumerate()
            {
                for term in list {
                    c.add(origin, term, Sense::PlaceKind(level as u8))?;
                }
            }
            c.generic_concepts.extend(raw.generic_concepts);
            c.things.extend(raw.things);
            c.rates.extend(raw.rates);
            if raw.people_unit.is_some() {
                c.people_unit = raw.people_unit;
            }
            fates.extend(raw.fates);
            c.counted_units.extend(raw.counted_units);
            c.supply_units.extend(raw.supply_units);
            c.toll_units.extend(raw.toll_units);
            for (dimension, units) in raw.unit_scales {
                for (unit, size) in units {
                    if !(size.is_finite() && size > 0.0) {
                        return Err(Error::parse(
                            origin,
                            None,
                            format!(
                                "unit_scales.{dimension}: the size of {unit:?} must be a positive number, not {size}"
                            ),
                        ));
                    }
                    c.unit_scales.insert(unit, (dimension.clone(), size));
                }
            }
            for (list, words) in [
                (WordList::Negator, raw.negators),
                (WordList::Part, raw.part_words),
                (WordList::Partitive, raw.partitives),
                (WordList::Unsaid, raw.unsaid),
                (WordList::Undecided, raw.undecided),
                (WordList::Separate, raw.separate_incident),
                (WordList::Elsewhere, raw.elsewhere),
                (WordList::Existence, raw.existence),
                (WordList::Holding, raw.holdings),
                (WordList::Capacity, raw.capacity),
                (WordList::ScopeEnd, raw.scope_ends),
                (WordList::Restrictor, raw.restrictors),
                (WordList::SubjectLink, raw.subject_links),
                (WordList::Passive, raw.passive_auxiliaries),
                (WordList::Rise, raw.rises),
                (WordList::RiseTo, raw.rise_to),
                (WordList::RisePlan, raw.rise_plans),
                (WordList::Novelty, raw.novelty),
                (WordList::Absence, raw.absence),
                (WordList::Adverb, raw.adverbs),
                (WordList::Describing, raw.describing),
                (WordList::Limit, raw.limits),
            ] {
                c.word_lists[list as usize].extend(words);
            }
            c.nontopic_words.extend(raw.nontopic);
            for (class, table) in raw.weights {
                c.weights.entry(class).or_default().extend(table);
            }
        }
        for (class, table) in &c.weights {
            let row = match class.as_str() {
                "contradicts" => 0,
                "corroborates" => 1,
                _ => {
                    return Err(Error::parse(
                        "link lexicons",
                        None,
                        format!("weights for unknown class {class:?} (contradicts or corroborates)"),
                    ));
                }
            };
            for (name, &w) in table {
                let Some(f) = FEATURE_NAMES.iter().position(|n| n == name) else {
                    return Err(Error::parse(
                        "link lexicons",
                        None,
                        format!("weight for unknown feature {name:?}"),
                    ));
                };
                c.vectors[row][f] = w;
            }
        }
        for (list, name) in [(&c.things, "things"), (&c.rates, "rates")] {
            if let Some(unknown) = list.iter().find(|t| !seen_concepts.contains_key(*t)) {
                return Err(Error::parse(
                    "link lexicons",
                    None,
                    format!("{name} names {unknown:?}, which is no concept"),
                ));
            }
        }
        if let Some((_, unknown)) = fates.iter().find(|(_, id)| !seen_concepts.contains_key(id)) {
            return Err(Error::parse(
                "link lexicons",
                None,
                format!("fates name {unknown:?}, which is no concept"),
            ));
        }
        c.fates = fates
            .into_iter()
            .map(|(unit, id)| (unit, concept_key(&id)))
            .collect();
        let listed = |list: &[String]| -> Vec<bool> {
            c.concepts
                .iter()
                .map(|id| list.iter().any(|t| **t == **id))
                .collect()
        };
        c.is_thing = listed(&c.things);
        c.is_rate = listed(&c.rates);
        Ok(ConceptLexicon { inner: Arc::new(c) })
    }

    /// The id of concept `idx`.
    pub(crate) fn concept_id(&self, idx: u32) -> &str {
        &self.inner.concepts[idx as usize]
    }

    /// The matching key of concept `idx` (distinct from every stem's key).
    pub(crate) fn concept_key(&self, idx: u32) -> u64 {
        self.inner.concept_keys[idx as usize]
    }

    /// The topic key of concept `idx` (`#` and its id).
    pub(crate) fn concept_topic_key(&self, idx: u32) -> &Arc<str> {
        &self.inner.concept_topic_keys[idx as usize]
    }

    /// The topic key of place `idx` (`@` and its id).
    pub(crate) fn place_topic_key(&self, idx: u32) -> &Arc<str> {
        &self.inner.place_topic_keys[idx as usize]
    }

    /// The id of place `idx` in the gazetteer.
    pub(crate) fn place_id(&self, idx: u32) -> &str {
        &self.inner.places[idx as usize].0
    }

    /// The level of place `idx`.
    pub(crate) fn place_level(&self, idx: u32) -> PlaceLevel {
        self.inner.places[idx as usize].1
    }

    /// The matching key of place `idx`: shared by its names in every
    /// language, distinct from every stem's and concept's key.
    pub(crate) fn place_key(&self, idx: u32) -> u64 {
        let mut h = FxHasher::default();
        '@'.hash(&mut h);
        self.inner.places[idx as usize].0.hash(&mut h);
        h.finish()
    }

    /// The places that `hits` name, by index, in text order, distinct: a
    /// name inside a longer name gives way to it ("غزة" in "قطاع غزة"), and an
    /// ambiguous name (one that names several places) names none.
    pub(crate) fn places_named(&self, hits: &[Hit]) -> Vec<u32> {
        let places: Vec<(&Hit, u32)> = hits
            .iter()
            .filter_map(|h| match h.sense {
                Sense::Place(p) => Some((h, p)),
                _ => None,
            })
            .collect();
        let mut out = Vec::new();
        for &(h, p) in &places {
            let inside = places
                .iter()
                .any(|(o, _)| o.first <= h.first && h.end <= o.end && o.end - o.first > h.end - h.first);
            let ambiguous = places
                .iter()
                .any(|&(o, q)| q != p && o.first == h.first && o.end == h.end);
            if !inside && !ambiguous && !out.contains(&p) {
                out.push(p);
            }
        }
        out
    }

    /// The tokens that name a place beside a word for its kind, with the
    /// kind's level: in Arabic the word after it ("حي الكرادة", "مدينة
    /// الموصل"); in English a capitalized word before it ("the Karrada
    /// district") or after "of" ("the city of Mosul"). A word for a kind of
    /// place is never itself the name. `norm` gives a token's folded form and
    /// `span` its bytes in `text`.
    pub(crate) fn names_beside_kinds<'t>(
        hits: &[Hit],
        n_tokens: usize,
        lang: Lang,
        text: &str,
        norm: impl Fn(usize) -> &'t str,
        span: impl Fn(usize) -> Span,
    ) -> Vec<(usize, u8)> {
        let capitalized = |i: usize| {
            lang == Lang::En
                && text
                    .get(span(i).start..span(i).end)
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase)
        };
        let mut out: Vec<(usize, u8)> = Vec::new();
        for h in hits {
            let Sense::PlaceKind(level) = h.sense else {
                continue;
            };
            let (first, end) = (h.first as usize, h.end as usize);
            // An Arabic kind word names the place after it in the construct
            // state, without the article ("مدينة الموصل" names Mosul), or
            // with the article when a word with the article describes it
            // ("الحي الشرقي", the eastern district). "المدينة" followed by
            // a word without it is "the city" and whatever the sentence says
            // next ("حريق المدينة أسفر عن ...").
            let definite = |i: usize| {
                let w = norm(i);
                ["ال", "بال", "وال", "فال", "كال", "لل", "ولل", "فلل"]
                    .iter()
                    .any(|p| w.strip_prefix(p).is_some_and(|rest| rest.chars().count() >= 2))
            };
            let name = match lang {
                Lang::Ar => Some(end).filter(|&i| i < n_tokens && (!definite(end - 1) || definite(i))),
                _ if first > 0 && capitalized(first - 1) => Some(first - 1),
                _ if end + 1 < n_tokens && norm(end) == "of" && capitalized(end + 1) => Some(end + 1),
                _ => None,
            };
            let Some(i) = name else { continue };
            let kind_word = hits.iter().any(|o| {
                matches!(o.sense, Sense::PlaceKind(_)) && (o.first as usize..o.end as usize).contains(&i)
            });
            if !kind_word && !out.contains(&(i, level)) {
                out.push((i, level));
            }
        }
        out
    }

    /// The key shared by the words of one pole of contrast group `group`.
    pub(crate) fn pole_key(&self, group: u32, pole: u8) -> u64 {
        let mut h = FxHasher::default();
        '~'.hash(&mut h);
        self.inner.groups[group as usize].id.hash(&mut h);
        pole.hash(&mut h);
        h.finish()
    }

    /// The contrast group `idx`.
    pub(crate) fn group(&self, idx: u32) -> &ContrastGroup {
        &self.inner.groups[idx as usize]
    }

    /// Whether concept `idx` names a concrete thing (a facility, an
    /// installation, goods): two claims each naming one the other lacks
    /// speak of different things.
    pub(crate) fn is_thing(&self, idx: u32) -> bool {
        self.inner.is_thing.get(idx as usize).copied().unwrap_or(false)
    }

    /// Whether concept `idx` names a rate given in percent (turnout,
    /// inflation): a claim naming one rate and one percentage gives its value.
    pub(crate) fn is_rate(&self, idx: u32) -> bool {
        self.inner.is_rate.get(idx as usize).copied().unwrap_or(false)
    }

    /// The unit of a count of people, and the fates that change it: the unit
    /// a count of people then counts, with the key of the concept that says
    /// it (judge.toml `people_unit`, `fates`).
    pub(crate) fn fates(&self) -> (Option<&str>, &[(String, u64)]) {
        (self.inner.people_unit.as_deref(), &self.inner.fates)
    }

    /// Whether concept `idx` is too common to make a shared proposition alone.
    pub(crate) fn is_generic_concept(&self, idx: u32) -> bool {
        let id = self.concept_id(idx);
        self.inner.generic_concepts.iter().any(|g| g == id)
    }

    /// Whether a unit counts discrete things of an event (judge.toml
    /// `counted_units`: the dead, ships, trucks), not a magnitude (a length,
    /// a sum of money, a duration).
    pub(crate) fn is_counted_unit(&self, unit: &str) -> bool {
        self.inner.counted_units.iter().any(|u| u == unit)
    }

    /// Whether a unit measures supplies that are used up (judge.toml
    /// `supply_units`: litres, tonnes): an amount per period of them and an
    /// amount at a time are two measures.
    pub(crate) fn is_supply_unit(&self, unit: &str) -> bool {
        self.inner.supply_units.iter().any(|u| u == unit)
    }

    /// Whether a unit measures a length of time (a unit of judge.toml
    /// `[unit_scales.time]`: hours, weeks): a span is how long, not a thing
    /// counted.
    pub(crate) fn is_span_unit(&self, unit: &str) -> bool {
        self.inner
            .unit_scales
            .get(unit)
            .is_some_and(|(d, _)| d == TIME_DIMENSION)
    }

    /// Whether a unit counts a fate whose counts in one story are one toll
    /// (judge.toml `toll_units`: deaths): two of them said with one word of
    /// that fate ("توفي منها شخصان", "توفي ستة مرضى") are one measure.
    pub(crate) fn is_toll_unit(&self, unit: &str) -> bool {
        self.inner.toll_units.iter().any(|u| u == unit)
    }

    /// For two different units of one dimension next in size (judge.toml
    /// `unit_scales`: "minutes" and "hours", not "hours" and "weeks"), the
    /// dimension and the size of each in its base unit: "within 15 minutes"
    /// and "more than an hour" measure one span. Units further apart most
    /// often measure different things ("broken for three weeks", "repaired
    /// within 48 hours").
    pub(crate) fn common_scale(&self, a: &str, b: &str) -> Option<(&str, f64, f64)> {
        let scales = &self.inner.unit_scales;
        let (da, sa) = scales.get(a)?;
        let (db, sb) = scales.get(b)?;
        let (lo, hi) = (sa.min(*sb), sa.max(*sb));
        let between = scales.values().any(|(d, s)| d == da && lo < *s && *s < hi);
        (a != b && da == db && !between).then_some((da.as_str(), *sa, *sb))
    }

    /// Whether a folded word is one of a judge.toml word list's.
    pub(crate) fn in_list(&self, list: WordList, norm: &str) -> bool {
        self.in_list_key(list, key_hash(norm))
    }

    /// [`Self::in_list`] for a word already hashed with `key_hash`.
    pub(crate) fn in_list_key(&self, list: WordList, key: u64) -> bool {
        self.inner.index().word_lists[list as usize].contains(&key)
    }

    /// Whether a stem (as text) never makes a topic key.
    pub(crate) fn is_nontopic_stem(&self, stem: &str) -> bool {
        self.inner.index().nontopic.contains(&key_hash(stem))
    }

    /// For an Arabic token with a joined conjunction, preposition or article,
    /// the stem of the word without it (when it differs from the token's stem).
    pub(crate) fn proclitic_free_stem<'t>(&self, token: &'t DocToken, lang: Lang) -> Option<Cow<'t, str>> {
        if lang != Lang::Ar {
            return None;
        }
        let compute = || {
            let rest = PROCLITICS
                .iter()
                .find_map(|p| token.norm.strip_prefix(p).filter(|r| r.chars().count() >= 3))?;
            let base = stem(rest, Lang::Ar);
            (base != token.stem).then_some(base)
        };
        if token.lang == lang {
            token
                .proclitic_free_stem
                .get_or_init(compute)
                .as_deref()
                .map(Cow::Borrowed)
        } else {
            compute().map(Cow::Owned)
        }
    }

    /// Every lexicon term found in the tokens of an extracted claim.
    pub(crate) fn doc_hits(&self, tokens: &[DocToken], lang: Lang) -> Vec<Hit> {
        let keys: Vec<[u64; 2]> = tokens
            .iter()
            .map(|t| {
                if t.lang == lang {
                    *t.concept_keys.get_or_init(|| keys_of(&t.norm, &t.stem, lang))
                } else {
                    keys_of(&t.norm, &t.stem, lang)
                }
            })
            .collect();
        self.hits(&keys)
    }

    /// The concepts `hits` name, by index, in lexicon order, distinct.
    pub(crate) fn concepts_in(&self, hits: &[Hit]) -> Vec<u32> {
        let mut ids: Vec<u32> = hits
            .iter()
            .filter_map(|h| match h.sense {
                Sense::Concept(c) => Some(c),
                _ => None,
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Whether a stem (by hash) never makes a topic key.
    pub(crate) fn is_nontopic(&self, stem: u64) -> bool {
        self.inner.index().nontopic.contains(&stem)
    }

    /// The weight table: class name → feature name → weight.
    #[cfg(test)]
    pub(crate) fn weights(&self) -> &BTreeMap<String, BTreeMap<String, f32>> {
        &self.inner.weights
    }

    /// The weights as vectors over [`FEATURE_NAMES`]: contradicts, corroborates.
    pub(crate) fn weight_vectors(&self) -> &[[f32; N_FEATURES]; 2] {
        &self.inner.vectors
    }

    /// Every lexicon term found in a text whose tokens have the given stem
    /// keys (each token's stem, and the stem with an Arabic proclitic set
    /// aside, equal to the first when there is none), in token order. Longer
    /// terms come first at each token; a token may carry several senses (a word
    /// can name a concept and be one pole of an antonym pair).
    pub(crate) fn hits(&self, stems: &[[u64; 2]]) -> Vec<Hit> {
        let mut out = Vec::new();
        for (i, token) in stems.iter().enumerate() {
            let firsts: &[u64] = if token[0] == token[1] {
                &token[..1]
            } else {
                &token[..]
            };
            for &first in firsts {
                if let Some(phrases) = self.inner.index().phrases.get(&first) {
                    for p in phrases {
                        let gap = if matches!(p.sense, Sense::Place(_)) {
                            0
                        } else {
                            PHRASE_GAP
                        };
                        if let Some(end) = match_rest(&stems[i + 1..], &p.rest, gap) {
                            push_hit(
                                &mut out,
                                Hit {
                                    first: i as u32,
                                    end: (i + 1 + end) as u32,
                                    words: p.rest.len() as u32 + 1,
                                    sense: p.sense,
                                },
                            );
                        }
                    }
                }
                if let Some(senses) = self.inner.index().single.get(&first) {
                    for &sense in senses {
                        push_hit(
                            &mut out,
                            Hit {
                                first: i as u32,
                                end: i as u32 + 1,
                                words: 1,
                                sense,
                            },
                        );
                    }
                }
            }
        }
        out
    }
}

impl crate::link::ClaimFeatures {
    /// The places of the gazetteer (`lexicons/places.toml`) the claim names,
    /// by id, with their level, in text order. Names in either language give
    /// the same id; an ambiguous name ("تونس": Tunisia or Tunis) gives none.
    ///
    /// ```
    /// use claimgraph::link::{PlaceLevel, sentence_features};
    /// let config = claimgraph::Config::default();
    /// let ar = sentence_features("أغلقت السلطات الميناء في البصرة", &config);
    /// let en = sentence_features("The authorities closed the port in Basra", &config);
    /// assert_eq!(ar.places().collect::<Vec<_>>(), [("basra", PlaceLevel::City)]);
    /// assert_eq!(en.places().collect::<Vec<_>>(), [("basra", PlaceLevel::City)]);
    /// ```
    pub fn places(&self) -> impl Iterator<Item = (&str, PlaceLevel)> + '_ {
        self.gazetteer_places
            .iter()
            .map(|&(p, level)| (self.lexicon().place_id(p), level))
    }

    /// Whether this claim and `other` name different places of one level
    /// (two cities, two countries, two regions) and no place in common: "the
    /// port of Basra" against "the port of Mosul", not against "the port of
    /// Iraq's south" nor against a claim naming Basra too.
    ///
    /// ```
    /// use claimgraph::link::sentence_features;
    /// let config = claimgraph::Config::default();
    /// let basra = sentence_features("The port in Basra was closed on Monday", &config);
    /// let mosul = sentence_features("أغلق الميناء في الموصل يوم الاثنين", &config);
    /// let iraq = sentence_features("The port in Iraq was closed on Monday", &config);
    /// assert!(basra.names_other_place(&mosul));
    /// assert!(!basra.names_other_place(&iraq));
    /// assert!(!basra.names_other_place(&basra));
    /// ```
    pub fn names_other_place(&self, other: &crate::link::ClaimFeatures) -> bool {
        self.other_places(
            other,
            &[PlaceLevel::Country, PlaceLevel::Region, PlaceLevel::City],
        )
        .is_some()
    }

    /// The first places (by index) of the first of `levels` that this claim
    /// and `other` both name places of, when they name no place in common.
    pub(crate) fn other_places(
        &self,
        other: &crate::link::ClaimFeatures,
        levels: &[PlaceLevel],
    ) -> Option<(u32, u32)> {
        let shared = self
            .gazetteer_places
            .iter()
            .any(|(p, _)| other.gazetteer_places.iter().any(|(q, _)| p == q));
        if shared {
            return None;
        }
        levels.iter().find_map(|&level| {
            let first = |f: &crate::link::ClaimFeatures| {
                f.gazetteer_places
                    .iter()
                    .find(|(_, l)| *l == level)
                    .map(|&(p, _)| p)
            };
            Some((first(self)?, first(other)?))
        })
    }
}

/// Whether a name is one Arabic word in the form of a masculine adjective: it
/// ends in "ي" and has no article.
fn is_arabic_adjective(name: &str) -> bool {
    !name.contains(' ')
        && name.ends_with('ي')
        && !name.starts_with("ال")
        && name.chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// How many words may stand between the words of a phrase, in all: "ending
/// the coalition's military mission" matches "ending the mission".
const PHRASE_GAP: usize = 3;

/// The dimension of judge.toml `[unit_scales]` whose units are lengths of time.
const TIME_DIMENSION: &str = "time";

/// Matches the words after a phrase's first against the tokens that follow it,
/// in order, with at most `max_gap` other tokens between them in all.
/// Returns how many tokens the match spans.
fn match_rest(tokens: &[[u64; 2]], rest: &[u64], max_gap: usize) -> Option<usize> {
    let mut pos = 0;
    let mut gaps = 0;
    for &k in rest {
        loop {
            let t = tokens.get(pos)?;
            pos += 1;
            if t[0] == k || t[1] == k {
                break;
            }
            gaps += 1;
            if gaps > max_gap {
                return None;
            }
        }
    }
    Some(pos)
}

fn push_hit(out: &mut Vec<Hit>, hit: Hit) {
    if !out.contains(&hit) {
        out.push(hit);
    }
}

/// Arabic proclitics (folded), longest first: conjunctions, prepositions and
/// the article joined to a word.
const PROCLITICS: [&str; 11] = ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

/// The stem keys of a token: its stem, and for Arabic the stem of the folded
/// word with one proclitic set aside (when at least three letters remain).
///
/// An Arabic stem of three letters or fewer is ambiguous ("امر" is the stem
/// of both "الأمريكية" and "امرأة", "اعل" of "الإعلان" and "أعلى"): such a
/// word is keyed by its folded form with clitics stripped instead, so it
/// matches only the same word.
pub(crate) fn token_keys(token: &Token, lang: Lang) -> [u64; 2] {
    keys_of(&token.norm, &token.stem, lang)
}

/// [`token_keys`] of a token's folded form and stem.
fn keys_of(norm: &str, stem_: &str, lang: Lang) -> [u64; 2] {
    if lang != Lang::Ar {
        let primary = key_hash(stem_);
        return [primary, primary];
    }
    let primary = arabic_key(stem_, norm);
    for p in PROCLITICS {
        if let Some(rest) = norm.strip_prefix(p) {
            if rest.chars().count() >= 3 {
                let alt = arabic_key(&stem(rest, Lang::Ar), rest);
                return [primary, alt];
            }
        }
    }
    [primary, primary]
}

/// The key of an Arabic word's root, when the root found has three letters.
pub(crate) fn root_key(token: &Token) -> Option<u64> {
    let root = crate::text::normalize::arabic_root(strip_clitics(&token.norm));
    (root.chars().count() == 3).then(|| {
        let mut h = FxHasher::default();
        '√'.hash(&mut h);
        root.hash(&mut h);
        h.finish()
    })
}

/// The plain stem keys of a token, as [`token_keys`] but with every stem
/// used as it is: for matching the words of two claims with each other.
pub(crate) fn stem_keys(token: &Token, lang: Lang) -> [u64; 2] {
    let primary = key_hash(&token.stem);
    if lang != Lang::Ar {
        return [primary, primary];
    }
    for p in PROCLITICS {
        if let Some(rest) = token.norm.strip_prefix(p) {
            if rest.chars().count() >= 3 {
                return [primary, key_hash(&stem(rest, Lang::Ar))];
            }
        }
    }
    match imperfect_base(&token.norm) {
        Some(base) => [primary, key_hash(&stem(&base, Lang::Ar))],
        None => [primary, primary],
    }
}

/// The form of an Arabic imperfect verb that its past and verbal noun share:
/// "يحدث" → "حدث", "تتسرب"/"يتسرب" → "تسرب", "يستقبل" → "استقبل",
/// "تقتصر"/"يقتصر" → "اقتصر", "تنسحب" → "انسحب". Only the prefixes that
/// seldom open a noun: a lone "ي" before three letters, "ت"/"ي"/"ن" before
/// the "ت" of the derived forms, and "ت"/"ي" before the infix "ت" or the
/// prefix "ن" of forms VIII and VII.
fn imperfect_base(norm: &str) -> Option<String> {
    let n = norm.chars().count();
    let mut chars = norm.chars();
    let first = chars.next()?;
    let second = chars.next()?;
    let third = chars.next();
    let rest: String = norm.chars().skip(1).collect();
    let consonant = |c: char| !matches!(c, 'ا' | 'و' | 'ي');
    match (first, second) {
        ('ي' | 'ت' | 'ن', 'س') if n >= 6 && rest.starts_with("ست") => Some(format!("ا{rest}")),
        ('ي' | 'ت' | 'ن', 'ت') if n >= 5 => Some(rest),
        ('ي' | 'ت', 'ن') if n == 5 && third.is_some_and(consonant) => Some(format!("ا{rest}")),
        ('ي' | 'ت', _) if n == 5 && consonant(second) && third == Some('ت') => Some(format!("ا{rest}")),
        ('ي', _) if n == 4 => Some(rest),
        _ => None,
    }
}

/// The present and future forms of an Arabic verb given in its past, folded:
/// "افرج" → "يفرج", "تفرج", "سيفرج", "ستفرج"; "انسحب" → "ينسحب", ...;
/// "هاجم" → "يهاجم", "تهاجم", ...; "قتل" → "يقتل", "سيقتل". A word that
/// cannot be a past verb (ending in "ة", "ى", "ي", "ا" or "ء", or an
/// article) gives none, and a three-letter past gives no "ت" forms: "ت"
/// before three letters most often opens a noun ("توقع", "تجار").
fn present_forms(past: &str) -> Vec<String> {
    let n = past.chars().count();
    let last = past.chars().last();
    if n < 3 || past.starts_with("ال") || matches!(last, Some('ة' | 'ى' | 'ي' | 'ا' | 'ء' | 'ه')) {
        return Vec::new();
    }
    // Forms IV, VII, VIII and X drop their opening alif: "أفرج" → "يفرج".
    let (stem, prefixes): (&str, &[&str]) = match past.strip_prefix('ا') {
        Some(rest) if n >= 4 => (rest, &["ي", "ت", "سي", "ست"]),
        Some(_) => return Vec::new(),
        None if n == 3 => (past, &["ي", "سي"]),
        None => (past, &["ي", "ت", "سي", "ست"]),
    };
    prefixes.iter().map(|p| format!("{p}{stem}")).collect()
}

/// The key of an Arabic word: its stem when that is long enough to be
/// unambiguous, else its folded form with clitics stripped.
fn arabic_key(stem: &str, folded: &str) -> u64 {
    if stem.chars().count() >= MIN_AR_STEM {
        key_hash(stem)
    } else {
        let mut h = FxHasher::default();
        '='.hash(&mut h);
        strip_clitics(folded).hash(&mut h);
        h.finish()
    }
}

/// The fewest letters of an Arabic stem that is matched as a stem.
const MIN_AR_STEM: usize = 4;

impl Compiled {
    /// Checks a term and keeps it for the index.
    fn add(&mut self, origin: &str, term: &str, sense: Sense) -> Result<()> {
        if !term.chars().any(char::is_alphanumeric) {
            return Err(Error::parse(origin, None, format!("term {term:?} has no words")));
        }
        self.terms.push((term.to_string(), sense));
        Ok(())
    }

    /// The stem index, built on first use.
    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut index = Index::default();
            for (term, sense) in &self.terms {
                let stems = term_stems(term);
                match stems.split_first() {
                    None => {}
                    Some((&first, [])) => {
                        let senses = index.single.entry(first).or_default();
                        if !senses.contains(sense) {
                            senses.push(*sense);
                        }
                    }
                    Some((&first, rest)) => index.phrases.entry(first).or_default().push(Phrase {
                        rest: rest.into(),
                        sense: *sense,
                    }),
                }
            }
            // An Arabic verb of the lexicons is written in its past ("أفرج",
            // "أغلق", "انسحب", "هاجم"); its present and future ("تفرج",
            // "يغلق", "سينسحب") mean it too, unless the lexicons give that
            // word a sense of its own.
            let mut present = Vec::new();
            for (term, sense) in &self.terms {
                if !matches!(sense, Sense::Concept(_)) || term_lang(term) != Lang::Ar || term.contains(' ') {
                    continue;
                }
                for form in present_forms(&fold(term, Lang::Ar)) {
                    if let [key] = term_stems(&form)[..] {
                        if !index.single.contains_key(&key) && !index.phrases.contains_key(&key) {
                            present.push((key, *sense));
                        }
                    }
                }
            }
            for (key, sense) in present {
                let senses = index.single.entry(key).or_default();
                if !senses.contains(&sense) {
                    senses.push(sense);
                }
            }
            for list in index.phrases.values_mut() {
                list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
            }
            for word in &self.nontopic_words {
                index.nontopic.extend(term_stems(word));
            }
            // Word lists matched on a token's folded form.
            let folded = |words: &[String]| -> FxHashSet<u64> {
                words
                    .iter()
                    .map(|word| key_hash(&fold(word, term_lang(word))))
                    .collect()
            };
            index.word_lists = std::array::from_fn(|k| folded(&self.word_lists[k]));
            index
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_imperfect_verb_meets_its_past_and_verbal_noun() {
        let keys = |w: &str| {
            let tokens = tokenize(w, Span::new(0, w.len()), Lang::Ar);
            stem_keys(&tokens[0], Lang::Ar)
        };
        let meet = |a: &str, b: &str| keys(a).iter().any(|k| keys(b).contains(k));
        assert!(meet("يحدث", "وحدث"));
        assert!(meet("تتسرب", "تسرب"));
        assert!(meet("يتسرب", "التسرب"));
        assert!(meet("يستقبل", "استقبل"));
        assert!(meet("تقتصر", "يقتصر"));
        assert!(meet("تقتصر", "اقتصرت"));
        assert!(meet("تنسحب", "انسحبت"));
        // A noun opening with "ت" keeps its letters; so do longer words in "ي".
        assert_eq!(imperfect_base("تلوث"), None);
        assert_eq!(imperfect_base("يناير"), None);
    }

    fn lexicon(text: &str) -> ConceptLexicon {
        ConceptLexicon::parse_files(&[("t.toml".to_string(), text.to_string())]).unwrap()
    }

    fn senses(lex: &ConceptLexicon, text: &str, lang: Lang) -> Vec<Sense> {
        let tokens = tokenize(text, Span::new(0, text.len()), lang);
        let stems: Vec<[u64; 2]> = tokens.iter().map(|t| token_keys(t, lang)).collect();
        lex.hits(&stems).into_iter().map(|h| h.sense).collect()
    }

    #[test]
    fn concepts_match_across_languages_and_inflections() {
        let lex = lexicon(
            "[[concept]]\nid = \"withdrawal\"\nterms = [\"withdrawal\", \"pull out\", \"انسحاب\", \"إنهاء المهمة\"]\n",
        );
        assert_eq!(
            senses(&lex, "the withdrawals began", Lang::En),
            [Sense::Concept(0)]
        );
        assert_eq!(
            senses(&lex, "they will pull out soon", Lang::En),
            [Sense::Concept(0)]
        );
        assert_eq!(senses(&lex, "بدأ الانسحاب", Lang::Ar), [Sense::Concept(0)]);
        assert_eq!(senses(&lex, "جدول لإنهاء المهمة", Lang::Ar), [Sense::Concept(0)]);
        assert!(senses(&lex, "they will pull the rope", Lang::En).is_empty());
        assert_eq!(lex.concept_id(0), "withdrawal");
    }

    #[test]
    fn an_arabic_verb_of_the_lexicons_is_met_in_its_present_and_future() {
        let lex = lexicon(
            "[[concept]]\nid = \"release\"\nterms = [\"أفرج\", \"انسحب\", \"هاجم\", \"قتل\", \"وقع\"]\n\
             [[concept]]\nid = \"expectation\"\nterms = [\"يهاجم\"]\n",
        );
        for text in [
            "الحكومة لم تفرج عن أحد",
            "ستفرج الحكومة عن السجناء",
            "القوات تنسحب",
            "سيقتل",
            "ويقتل",
        ] {
            assert_eq!(senses(&lex, text, Lang::Ar), [Sense::Concept(0)], "{text}");
        }
        // A word the lexicons give a sense of its own keeps it.
        assert_eq!(senses(&lex, "يهاجم", Lang::Ar), [Sense::Concept(1)]);
        assert_eq!(senses(&lex, "تهاجم", Lang::Ar), [Sense::Concept(0)]);
        // "ت" before three letters opens a noun as often as a verb.
        assert!(senses(&lex, "توقع", Lang::Ar).is_empty());
        assert!(present_forms("الحدود").is_empty());
        assert!(present_forms("ازمة").is_empty());
    }

    #[test]
    fn contrast_poles_are_numbered() {
        let lex = lexicon(
            "[[antonym]]\nid = \"rise-fall\"\na = [\"rise\"]\nb = [\"fall\", \"انخفاض\"]\n\
             [[framing]]\nid = \"force\"\nnegative = [\"aggression\"]\npositive = [\"self-defense\"]\n",
        );
        assert_eq!(senses(&lex, "prices rise", Lang::En), [Sense::Pole(0, 0)]);
        assert_eq!(senses(&lex, "انخفاض الأسعار", Lang::Ar), [Sense::Pole(0, 1)]);
        assert_eq!(
            senses(&lex, "an act of self-defense", Lang::En),
            [Sense::Pole(1, 1)]
        );
        assert_eq!(lex.group(1).kind, ContrastKind::Framing);
    }

    #[test]
    fn bad_files_are_named() {
        let err =
            ConceptLexicon::parse_files(&[("x.toml".into(), "[[concept]]\nid = 3\n".into())]).unwrap_err();
        assert!(err.to_string().contains("x.toml"), "{err}");
        let err = ConceptLexicon::parse_files(&[(
            "y.toml".into(),
            "[[antonym]]\nid = \"a\"\na = [\"x\"]\nb = [\"y\"]\n[[antonym]]\nid = \"a\"\na = [\"p\"]\nb = [\"q\"]\n"
                .into(),
        )])
        .unwrap_err();
        assert!(err.to_string().contains("repeats"), "{err}");
        let err = ConceptLexicon::parse_files(&[(
            "z.toml".into(),
            "fates = { deaths = \"nope\" }\n[[concept]]\nid = \"killed\"\nterms = [\"killed\"]\n".into(),
        )])
        .unwrap_err();
        assert!(err.to_string().contains("\"nope\", which is no concept"), "{err}");
    }

    #[test]
    fn fates_name_their_unit_and_concept_key() {
        let lex = ConceptLexicon::parse_files(&[(
            "f.toml".into(),
            "people_unit = \"people\"\nfates = { deaths = \"killed\" }\n[[concept]]\nid = \"killed\"\nterms = [\"killed\"]\n"
                .into(),
        )])
        .unwrap();
        let (unit, fates) = lex.fates();
        assert_eq!(unit, Some("people"));
        assert_eq!(fates, &[("deaths".to_string(), lex.concept_key(0))]);
    }

    fn places<'a>(lex: &'a ConceptLexicon, text: &str, lang: Lang) -> Vec<&'a str> {
        let tokens = tokenize(text, Span::new(0, text.len()), lang);
        let stems: Vec<[u64; 2]> = tokens.iter().map(|t| token_keys(t, lang)).collect();
        lex.places_named(&lex.hits(&stems))
            .into_iter()
            .map(|p| lex.place_id(p))
            .collect()
    }

    const GAZETTEER: &str = "[[place]]\nid = \"basra\"\nlevel = \"city\"\nnames = [\"Basra\", \"البصرة\"]\n\
        [[place]]\nid = \"gaza-strip\"\nlevel = \"region\"\nnames = [\"Gaza Strip\", \"قطاع غزة\", \"Gaza\", \"غزة\"]\n\
        [[place]]\nid = \"gaza-city\"\nlevel = \"city\"\nnames = [\"Gaza City\", \"مدينة غزة\", \"Gaza\", \"غزة\"]\n\
        [[place]]\nid = \"new-york\"\nlevel = \"city\"\nnames = [\"New York\"]\n";

    #[test]
    fn place_names_match_across_languages_and_clitics() {
        let lex = lexicon(GAZETTEER);
        assert_eq!(places(&lex, "the port of Basra", Lang::En), ["basra"]);
        assert_eq!(places(&lex, "أغلق الميناء بالبصرة", Lang::Ar), ["basra"]);
        assert_eq!(places(&lex, "وفي البصرة قالوا", Lang::Ar), ["basra"]);
        assert_eq!(lex.place_level(0), PlaceLevel::City);
        assert!(places(&lex, "the port of Mosul", Lang::En).is_empty());
    }

    #[test]
    fn place_names_of_several_words_stand_together() {
        let lex = lexicon(GAZETTEER);
        assert_eq!(
            places(&lex, "flights to New York resumed", Lang::En),
            ["new-york"]
        );
        assert!(places(&lex, "new flights to York resumed", Lang::En).is_empty());
    }

    #[test]
    fn a_longer_name_wins_and_an_ambiguous_one_names_nothing() {
        let lex = lexicon(GAZETTEER);
        assert_eq!(
            places(&lex, "aid reached the Gaza Strip", Lang::En),
            ["gaza-strip"]
        );
        assert_eq!(
            places(&lex, "وصلت المساعدات إلى قطاع غزة", Lang::Ar),
            ["gaza-strip"]
        );
        assert_eq!(
            places(&lex, "وصلت المساعدات إلى مدينة غزة", Lang::Ar),
            ["gaza-city"]
        );
        // "Gaza" alone is the strip or the city: it names neither.
        assert!(places(&lex, "aid reached Gaza", Lang::En).is_empty());
        // It still matches both, for the keys two claims share.
        let tokens = tokenize("Gaza", Span::new(0, 4), Lang::En);
        let stems: Vec<[u64; 2]> = tokens.iter().map(|t| token_keys(t, Lang::En)).collect();
        assert_eq!(lex.hits(&stems).len(), 2);
    }

    #[test]
    fn units_next_in_size_share_a_scale_and_bad_sizes_are_errors() {
        let lex = ConceptLexicon::parse_files(&[(
            "u.toml".into(),
            "[unit_scales.time]\nminutes = 1\nhours = 60\ndays = 1440\n\n[unit_scales.length]\nmetres = 1\n"
                .into(),
        )])
        .unwrap();
        assert_eq!(lex.common_scale("minutes", "hours"), Some(("time", 1.0, 60.0)));
        assert_eq!(lex.common_scale("days", "hours"), Some(("time", 1440.0, 60.0)));
        // Hours lie between minutes and days; metres are another dimension.
        assert_eq!(lex.common_scale("minutes", "days"), None);
        assert_eq!(lex.common_scale("minutes", "metres"), None);
        assert_eq!(lex.common_scale("hours", "hours"), None);
        let err = ConceptLexicon::parse_files(&[("v.toml".into(), "[unit_scales.time]\nhours = 0\n".into())])
            .unwrap_err();
        assert!(
            err.to_string().contains("v.toml") && err.to_string().contains("hours"),
            "{err}"
        );
    }

    #[test]
    fn a_place_repeated_with_another_level_is_an_error() {
        let err = ConceptLexicon::parse_files(&[(
            "p.toml".into(),
            "[[place]]\nid = \"x\"\nlevel = \"city\"\nnames = [\"Xa\"]\n\
             [[place]]\nid = \"x\"\nlevel = \"country\"\nnames = [\"Xb\"]\n"
                .into(),
        )])
        .unwrap_err();
        assert!(
            err.to_string().contains("p.toml") && err.to_string().contains("level"),
            "{err}"
        );
        let err = ConceptLexicon::parse_files(&[(
            "q.toml".into(),
            "[[place]]\nid = \"x\"\nlevel = \"town\"\nnames = [\"Xa\"]\n".into(),
        )])
        .unwrap_err();
        assert!(err.to_string().contains("q.toml"), "{err}");
    }

    #[test]
    fn builtin_gazetteer_names_places_in_both_languages() {
        let lex = crate::lexicon::Lexicons::builtin();
        let lex = lex.concepts();
        let level = |text: &str, lang: Lang| -> Vec<(String, PlaceLevel)> {
            let tokens = tokenize(text, Span::new(0, text.len()), lang);
            let stems: Vec<[u64; 2]> = tokens.iter().map(|t| token_keys(t, lang)).collect();
            lex.places_named(&lex.hits(&stems))
                .into_iter()
                .map(|p| (lex.place_id(p).to_string(), lex.place_level(p)))
                .collect()
        };
        for (ar, en, id, lvl) in [
            ("في الموصل", "in Mosul", "mosul", PlaceLevel::City),
            (
                "في محافظة الأنبار",
                "in Anbar province",
                "anbar",
                PlaceLevel::Region,
            ),
            (
                "في الدار البيضاء",
                "in Casablanca",
                "casablanca",
                PlaceLevel::City,
            ),
            (
                "قالت السعودية",
                "Saudi Arabia said",
                "saudi-arabia",
                PlaceLevel::Country,
            ),
            ("في سلطنة عمان", "in Oman", "oman", PlaceLevel::Country),
            ("في تونس العاصمة", "in Tunis", "tunis", PlaceLevel::City),
            // A country's adjective of a short stem, in its feminine and
            // plural forms.
            ("السدود التركية", "Turkish dams", "turkey", PlaceLevel::Country),
            (
                "قال المسؤولون المصريون",
                "Egyptian officials said",
                "egypt",
                PlaceLevel::Country,
            ),
        ] {
            let want = vec![(id.to_string(), lvl)];
            assert_eq!(level(ar, Lang::Ar), want, "{ar}");
            assert_eq!(level(en, Lang::En), want, "{en}");
        }
        // Words that only look like a place name name none.
        for (text, lang) in [
            ("خط السكك الحديدية", Lang::Ar),
            ("وقع على الورقة", Lang::Ar),
            ("قال الأمير", Lang::Ar),
            ("جولة جديدة من المحادثات", Lang::Ar),
            ("الدعم المالي", Lang::Ar),
            ("Hamas said", Lang::En),
            ("new talks in York", Lang::En),
        ] {
            assert!(level(text, lang).is_empty(), "{text}: {:?}", level(text, lang));
        }
        // "عمان" is Amman or Oman, "تونس" Tunisia or Tunis: no place named.
        assert!(level("في عمان", Lang::Ar).is_empty());
        assert!(level("في تونس", Lang::Ar).is_empty());
    }

    #[test]
    fn claims_share_a_place_key_across_languages_and_compare_by_place() {
        let config = crate::Config::default();
        let f = |text: &str| crate::link::sentence_features(text, &config);
        let en = f("The ministry said the port in Basra will close next week");
        let ar = f("قالت الوزارة إن الميناء في البصرة سيغلق الأسبوع المقبل");
        let mosul = f("قالت الوزارة إن الميناء في الموصل سيغلق الأسبوع المقبل");
        let lex = en.lexicon();
        let basra = (0..lex.inner.places.len() as u32)
            .find(|&p| lex.place_id(p) == "basra")
            .unwrap();
        assert!(en.has_key(lex.place_key(basra)) && ar.has_key(lex.place_key(basra)));
        assert!(!mosul.has_key(lex.place_key(basra)));
        assert_eq!(&*en.gazetteer_places, &[(basra, PlaceLevel::City)]);
        assert!(!en.names_other_place(&ar) && !ar.names_other_place(&en));
        assert!(en.names_other_place(&mosul) && mosul.names_other_place(&en));
        // Another level, or a place in common, is no difference.
        let iraq = f("The ministry said the port in Iraq will close next week");
        assert!(!en.names_other_place(&iraq));
        let both = f("The ministry said the ports in Basra and Mosul will close next week");
        assert!(!both.names_other_place(&mosul) && !both.names_other_place(&en));
        // A claim that names no place, or only an ambiguous name, differs from none.
        let none = f("The ministry said the port will close next week");
        let tunis = f("قالت الوزارة إن الميناء في تونس سيغلق الأسبوع المقبل");
        assert!(tunis.gazetteer_places.is_empty());
        assert!(!none.names_other_place(&en) && !tunis.names_other_place(&en));
    }

    /// The concept ids the built-in lexicons find in a text.
    fn builtin_concepts(text: &str, lang: Lang) -> Vec<String> {
        let lex = crate::lexicon::Lexicons::builtin();
        let tokens = crate::text::normalize::doc_tokens(text, Span::new(0, text.len()), lang);
        let c = lex.concepts();
        c.concepts_in(&c.doc_hits(&tokens, lang))
            .into_iter()
            .map(|i| c.concept_id(i).to_string())
            .collect()
    }

    #[test]
    fn builtin_concepts_join_a_report_and_its_translation() {
        for (ar, en, ids) in [
            (
                "أغلقت السلطات المصفاة",
                "the authorities closed the refinery",
                &["refinery"][..],
            ),
            (
                "قررت الحكومة خصخصة الميناء التجاري",
                "the government decided to privatize the commercial port",
                &["privatization", "port", "commercial"],
            ),
            (
                "وزارة الصحة سجلت 300 مريض",
                "the health ministry registered 300 patients",
                &["health", "patients"],
            ),
            (
                "صدرت الشركة 40 ألف طن من القمح",
                "the company exported 40,000 tonnes of wheat",
                &["tonnes", "food"],
            ),
            (
                "ستباشر البلدية هدم الجسر",
                "the municipality will demolish the bridge",
                &["municipality", "demolition", "bridge"],
            ),
            (
                "فتشت الشرطة مخازن الحبوب",
                "police inspected the grain silos",
                &["police", "inspection", "grain"],
            ),
            (
                "وصل 500 سائح إلى المطار الدولي",
                "500 tourists reached the international airport",
                &["tourism", "airport", "international"],
            ),
            (
                "تعتزم هيئة الموانئ توسيع محطة الحاويات",
                "the ports authority plans to expand the container terminal",
                &["port", "authority", "plan", "expansion", "container"],
            ),
        ] {
            let (a, e) = (builtin_concepts(ar, Lang::Ar), builtin_concepts(en, Lang::En));
            for id in ids {
                assert!(a.iter().any(|c| c == id), "{id} not in {ar}: {a:?}");
                assert!(e.iter().any(|c| c == id), "{id} not in {en}: {e:?}");
            }
        }
    }

    #[test]
    fn builtin_concepts_leave_look_alike_words_alone() {
        for (text, lang, id) in [
            ("a good result for the party", Lang::En, "cargo"),
            ("the report was aired on Monday", Lang::En, "air"),
            ("they will do it as well", Lang::En, "oil-field"),
            ("he was literally right", Lang::En, "volume"),
            ("a transition of power", Lang::En, "transport"),
            ("صوت الكنيست على القانون", Lang::Ar, "church"),
            ("تسريع المعاملات الحكومية", Lang::Ar, "factory"),
            ("داخل المدينة", Lang::Ar, "interior"),
            ("تشيد الوزارة بالخطوة", Lang::Ar, "construction"),
        ] {
            let found = builtin_concepts(text, lang);
            assert!(!found.iter().any(|c| c == id), "{id} in {text}: {found:?}");
        }
    }

    #[test]
    fn builtin_lexicons_compile() {
        let lex = crate::lexicon::Lexicons::builtin();
        assert!(lex.concepts().inner.concepts.len() > 50);
        assert!(lex.concepts().inner.groups.len() > 30);
        assert!(lex.concepts().weights().contains_key("contradicts"));
    }

    #[test]
    fn short_arabic_stems_match_only_the_same_word() {
        let lex = crate::lexicon::Lexicons::builtin();
        let concepts = |text: &str| {
            let tokens = crate::text::normalize::doc_tokens(text, Span::new(0, text.len()), Lang::Ar);
            let c = lex.concepts();
            c.concepts_in(&c.doc_hits(&tokens, Lang::Ar))
                .into_iter()
                .map(|i| c.concept_id(i).to_string())
                .collect::<Vec<_>>()
        };
        assert!(concepts("حقوق المرأة").contains(&"women".to_string()));
        assert!(!concepts("القوات الأمريكية").contains(&"women".to_string()));
    }

    #[test]
    fn cached_keys_of_shared_tokens_are_the_keys_of_plain_tokens() {
        let text = "والمحادثات حول انسحاب القوات، والمحادثات 2,500 talks withdrawal";
        let span = Span::new(0, text.len());
        for lang in Lang::ALL {
            let lex = crate::lexicon::Lexicons::builtin();
            let shared = crate::text::normalize::doc_tokens(text, span, lang);
            // Twice: once computing the keys, once reading them back.
            for _ in 0..2 {
                let _ = lex.concepts().doc_hits(&shared, lang);
                for (s, t) in shared.iter().zip(tokenize(text, span, lang)) {
                    assert_eq!(s.concept_keys.get().copied(), Some(token_keys(&t, lang)), "{t:?}");
                }
            }
        }
    }
}
