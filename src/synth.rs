//! A deterministic generator of synthetic news corpora with planted links, for
//! benchmarks and accuracy checks at any scale.
//!
//! Articles are written in Arabic and English from general news vocabulary: many
//! stories, outlets and speakers. Every statement expresses one *proposition*
//! with a *stance*; statements of the same proposition by different speakers are
//! the planted links (same stance: corroborates; opposite stance or another value
//! of the same measure: contradicts). Each story happens in a made-up district
//! of a real city, so that it has words of its own, and its tellings fall
//! within one news cycle ([`SynthConfig::story_window`]). A third of the stories
//! come with a distractor told right after them: the same district and words
//! about another object, the same event in another year, or the same number for
//! another measure; distractors must stay unlinked from their story
//! ([`Statement::distractor_of`]). Pairs told in different languages are marked
//! ([`Planted::cross_language`]) and scored apart ([`SynthCorpus::score`]).
//!
//! ```
//! use claimgraph::synth::{generate, SynthConfig};
//! let corpus = generate(&SynthConfig { claims: 200, ..SynthConfig::default() });
//! assert!(corpus.statements.len() >= 200);
//! assert!(!corpus.planted.is_empty());
//! // Deterministic: the same seed writes the same corpus.
//! let again = generate(&SynthConfig { claims: 200, ..SynthConfig::default() });
//! assert_eq!(corpus.articles[0].text(), again.articles[0].text());
//! ```

use crate::article::Article;
use crate::lang::Lang;
use crate::link::Relation;
use crate::span::Span;

/// Options of [`generate`].
#[derive(Clone, Debug)]
pub struct SynthConfig {
    /// The seed; the same seed writes the same corpus. Default: `7`.
    pub seed: u64,
    /// About how many statements to write (the corpus has at least this many). Default: `10_000`.
    pub claims: usize,
    /// Share of articles written in Arabic, in `[0, 1]`. Default: `0.6`.
    pub arabic_share: f64,
    /// Statements per article. Default: `8`.
    pub statements_per_article: usize,
    /// The news cycle, in statements: the tellings of one story (and its
    /// distractors) fall within about this many consecutive statements, as
    /// coverage of a story clusters in time. Default: `4096`.
    pub story_window: usize,
}

impl Default for SynthConfig {
    fn default() -> SynthConfig {
        SynthConfig {
            seed: 7,
            claims: 10_000,
            arabic_share: 0.6,
            statements_per_article: 8,
            story_window: 4096,
        }
    }
}

/// A generated corpus and its answer key.
#[derive(Clone, Debug)]
pub struct SynthCorpus {
    /// The articles, ids `synth-000000`, `synth-000001`, ...
    pub articles: Vec<Article>,
    /// Every statement written, in article and text order.
    pub statements: Vec<Statement>,
    /// The links a perfect linker finds: pairs of statement indices.
    pub planted: Vec<Planted>,
}

/// One statement of a generated article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Index of the article in [`SynthCorpus::articles`].
    pub article: usize,
    /// The content's byte span in the article text (what a claim's span should cover).
    pub span: Span,
    /// The proposition the statement expresses.
    pub proposition: u32,
    /// The stance taken on it: statements of one proposition with the same stance corroborate.
    pub stance: u8,
    /// The speaker (an index into the generator's speakers; `u32::MAX` for the outlet's narration).
    pub speaker: u32,
    /// For a distractor, the proposition it imitates: same district and words
    /// or numbers, another subject, measure or year. Never linked to it.
    pub distractor_of: Option<u32>,
}

/// A planted link between two statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Planted {
    /// The first statement (index into [`SynthCorpus::statements`]).
    pub a: usize,
    /// The second statement.
    pub b: usize,
    /// The relation a perfect linker reports.
    pub relation: Relation,
    /// Whether the two statements are in different languages. Such a pair
    /// shares no words, only numbers and lexicon concepts, and is scored apart.
    pub cross_language: bool,
}

impl SynthCorpus {
    /// Total bytes of article text.
    pub fn bytes(&self) -> usize {
        self.articles.iter().map(|a| a.text().len()).sum()
    }

    /// The statement whose content span overlaps `span` in article `article`, if any.
    ///
    /// ```
    /// use claimgraph::synth::{generate, SynthConfig};
    /// let corpus = generate(&SynthConfig { claims: 50, ..SynthConfig::default() });
    /// let first = &corpus.statements[0];
    /// assert_eq!(corpus.statement_at(first.article, first.span), Some(0));
    /// ```
    pub fn statement_at(&self, article: usize, span: Span) -> Option<usize> {
        let start = self.statements.partition_point(|s| s.article < article);
        self.statements[start..]
            .iter()
            .take_while(|s| s.article == article)
            .position(|s| s.span.overlaps(span))
            .map(|i| start + i)
    }
}

/// How the links of a graph built from a [`SynthCorpus`] match its answer key;
/// see [`SynthCorpus::score`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PlantedScore {
    /// Planted pairs in the answer key within one language.
    pub planted: usize,
    /// Of those, the pairs found as a link with the planted relation.
    pub found: usize,
    /// Planted pairs across languages (Arabic and English tellings of one
    /// proposition), which share only numbers and lexicon concepts.
    pub planted_cross: usize,
    /// Of those, the pairs found as a link with the planted relation.
    pub found_cross: usize,
    /// Links that match a planted pair with the planted relation.
    pub true_positives: usize,
    /// Links the key says are wrong: between statements of different
    /// propositions (the distractors), with the wrong relation, or touching a
    /// claim that covers no statement.
    pub false_positives: usize,
    /// Links the key is silent on: between two tellings of one proposition by
    /// one speaker in different articles (a source repeating itself), or
    /// between two claims that both stand for one statement (extraction found
    /// a claim nested in another), which the key neither plants nor forbids.
    pub unkeyed: usize,
}

impl PlantedScore {
    /// `true_positives / (true_positives + false_positives)`; 1 when no link is judged.
    pub fn precision(&self) -> f64 {
        let judged = self.true_positives + self.false_positives;
        if judged == 0 {
            1.0
        } else {
            self.true_positives as f64 / judged as f64
        }
    }

    /// Planted pairs found over planted pairs, within and across languages;
    /// 1 when nothing is planted.
    pub fn recall(&self) -> f64 {
        let planted = self.planted + self.planted_cross;
        if planted == 0 {
            1.0
        } else {
            (self.found + self.found_cross) as f64 / planted as f64
        }
    }

    /// `found / planted`, within one language; 1 when nothing is planted.
    pub fn within_recall(&self) -> f64 {
        if self.planted == 0 {
            1.0
        } else {
            self.found as f64 / self.planted as f64
        }
    }

    /// `found_cross / planted_cross`, across languages; 1 when nothing is planted.
    pub fn cross_recall(&self) -> f64 {
        if self.planted_cross == 0 {
            1.0
        } else {
            self.found_cross as f64 / self.planted_cross as f64
        }
    }
}

impl SynthCorpus {
    /// Scores the links of a graph built from this corpus's articles against
    /// the answer key.
    ///
    /// A claim stands for the statement whose content span overlaps its span
    /// in the same article ([`SynthCorpus::statement_at`]). A link between
    /// claims standing for statements `i` and `j` is a true positive when
    /// `(i, j)` is planted with the link's relation, unkeyed when `i` and `j`
    /// tell one proposition by one speaker or are one statement (the key
    /// leaves those out), and a
    /// false positive otherwise: another relation than planted, statements of
    /// different propositions, or a claim that stands for no statement. A
    /// planted pair is found when some link is a true positive for it. Recall
    /// is counted apart for pairs within one language and across languages.
    ///
    /// ```
    /// use claimgraph::synth::{generate, SynthConfig};
    /// use claimgraph::{ClaimGraph, Config};
    /// let corpus = generate(&SynthConfig { claims: 300, ..SynthConfig::default() });
    /// let graph = ClaimGraph::build(&corpus.articles, &Config::default());
    /// let score = corpus.score(&graph);
    /// assert_eq!(score.planted + score.planted_cross, corpus.planted.len());
    /// assert!(score.recall() > 0.5);
    /// assert!((0.0..=1.0).contains(&score.precision()));
    /// ```
    pub fn score(&self, graph: &crate::ClaimGraph) -> PlantedScore {
        let by_id: rustc_hash::FxHashMap<&str, usize> = self
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id(), i))
            .collect();
        let statement: Vec<Option<usize>> = graph
            .claims()
            .iter()
            .map(|c| {
                let article = *by_id.get(c.article.as_ref())?;
                self.statement_at(article, c.span)
            })
            .collect();
        let key: rustc_hash::FxHashMap<(usize, usize), Relation> = self
            .planted
            .iter()
            .map(|p| ((p.a.min(p.b), p.a.max(p.b)), p.relation))
            .collect();
        let mut found: rustc_hash::FxHashSet<(usize, usize)> = rustc_hash::FxHashSet::default();
        let cross = self.planted.iter().filter(|p| p.cross_language).count();
        let mut score = PlantedScore {
            planted: self.planted.len() - cross,
            planted_cross: cross,
            ..PlantedScore::default()
        };
        for link in graph.links() {
            let (Some(i), Some(j)) = (statement[link.a.0], statement[link.b.0]) else {
                score.false_positives += 1;
                continue;
            };
            let pair = (i.min(j), i.max(j));
            let (si, sj) = (&self.statements[i], &self.statements[j]);
            match key.get(&pair) {
                Some(&relation) if relation == link.relation => {
                    score.true_positives += 1;
                    found.insert(pair);
                }
                None if i == j || (si.proposition == sj.proposition && si.speaker == sj.speaker) => {
                    score.unkeyed += 1;
                }
                _ => score.false_positives += 1,
            }
        }
        let lang = |i: usize| self.articles[self.statements[i].article].lang();
        score.found_cross = found.iter().filter(|&&(i, j)| lang(i) != lang(j)).count();
        score.found = found.len() - score.found_cross;
        score
    }
}

/// A small, fast, seedable generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// Words in both languages, aligned by index.
struct Vocab {
    /// Actions as (Arabic masdar, English past participle).
    actions: &'static [(&'static str, &'static str)],
    /// Objects acted on as (Arabic, English).
    objects: &'static [(&'static str, &'static str)],
    /// Places as (Arabic, English).
    places: &'static [(&'static str, &'static str)],
    /// Bodies that measure or act as (Arabic, English).
    bodies: &'static [(&'static str, &'static str)],
    /// Counted things as (Arabic, English).
    units: &'static [(&'static str, &'static str)],
    /// Speakers' roles as (Arabic, English).
    roles: &'static [(&'static str, &'static str)],
    /// Outlets.
    outlets: &'static [&'static str],
}

const VOCAB: Vocab = Vocab {
    actions: &[
        ("إغلاق", "closed"),
        ("افتتاح", "opened"),
        ("توسيع", "expanded"),
        ("خصخصة", "privatized"),
        ("تعليق العمل في", "suspended"),
        ("إعادة تأهيل", "rebuilt"),
        ("بيع", "sold"),
        ("تفتيش", "inspected"),
        ("إخلاء", "evacuated"),
        ("تطوير", "upgraded"),
        ("هدم", "demolished"),
        ("تأميم", "nationalized"),
    ],
    objects: &[
        ("المعبر الحدودي", "border crossing"),
        ("المصفاة", "refinery"),
        ("الميناء التجاري", "commercial port"),
        ("المطار الدولي", "international airport"),
        ("مصنع الإسمنت", "cement plant"),
        ("السد", "dam"),
        ("محطة الكهرباء", "power station"),
        ("المستشفى العام", "general hospital"),
        ("الجامعة الحكومية", "state university"),
        ("سوق الجملة", "wholesale market"),
        ("خط السكك الحديدية", "railway line"),
        ("الجسر المعلق", "suspension bridge"),
        ("محطة تحلية المياه", "desalination plant"),
        ("حقل الغاز", "gas field"),
        ("مخازن الحبوب", "grain silos"),
        ("الملعب الأولمبي", "olympic stadium"),
        ("المنطقة الحرة", "free zone"),
        ("مصنع الأسمدة", "fertilizer plant"),
        ("القاعدة الجوية", "air base"),
        ("مكتب الجوازات", "passport office"),
    ],
    places: &[
        ("البصرة", "Basra"),
        ("الموصل", "Mosul"),
        ("أربيل", "Erbil"),
        ("كركوك", "Kirkuk"),
        ("النجف", "Najaf"),
        ("كربلاء", "Karbala"),
        ("الرمادي", "Ramadi"),
        ("الفلوجة", "Fallujah"),
        ("تكريت", "Tikrit"),
        ("السليمانية", "Sulaymaniyah"),
        ("عمان", "Amman"),
        ("إربد", "Irbid"),
        ("العقبة", "Aqaba"),
        ("حلب", "Aleppo"),
        ("حمص", "Homs"),
        ("اللاذقية", "Latakia"),
        ("طرابلس", "Tripoli"),
        ("بنغازي", "Benghazi"),
        ("مصراتة", "Misrata"),
        ("الإسكندرية", "Alexandria"),
        ("أسوان", "Aswan"),
        ("الأقصر", "Luxor"),
        ("صفاقس", "Sfax"),
        ("سوسة", "Sousse"),
        ("وهران", "Oran"),
        ("قسنطينة", "Constantine"),
        ("فاس", "Fez"),
        ("مراكش", "Marrakesh"),
        ("طنجة", "Tangier"),
        ("عدن", "Aden"),
        ("الحديدة", "Hodeidah"),
        ("صلالة", "Salalah"),
        ("الدمام", "Dammam"),
        ("جدة", "Jeddah"),
        ("الخبر", "Khobar"),
        ("الشارقة", "Sharjah"),
        ("العين", "Al Ain"),
        ("الزرقاء", "Zarqa"),
        ("صيدا", "Sidon"),
        ("صور", "Tyre"),
    ],
    bodies: &[
        ("وزارة الصحة", "the health ministry"),
        ("وزارة النقل", "the transport ministry"),
        ("وزارة الزراعة", "the agriculture ministry"),
        ("وزارة الصناعة", "the industry ministry"),
        ("هيئة الموانئ", "the ports authority"),
        ("مديرية الدفاع المدني", "the civil defense directorate"),
        ("البلدية", "the municipality"),
        ("شركة النفط الوطنية", "the national oil company"),
        ("هيئة الإحصاء", "the statistics office"),
        ("وزارة التربية", "the education ministry"),
    ],
    units: &[
        ("عامل", "workers"),
        ("طن", "tonnes"),
        ("شاحنة", "trucks"),
        ("مريض", "patients"),
        ("طالب", "students"),
        ("منزل", "houses"),
        ("سائح", "tourists"),
        ("برميل", "barrels"),
        ("رحلة", "flights"),
        ("موظف", "employees"),
    ],
    roles: &[
        ("المتحدث باسم", "a spokesman for"),
        ("مدير", "the director of"),
        ("مسؤول في", "an official at"),
        ("نائب رئيس", "the deputy head of"),
        ("مستشار", "an adviser to"),
    ],
    outlets: &[
        "Al-Nahar Daily",
        "Gulf Wire",
        "Levant Today",
        "Maghreb Post",
        "Tigris News",
        "Nile Herald",
    ],
};

/// Syllables of district names as (Arabic, English), aligned by index. Each
/// starts with a consonant of its own: place names differ in their consonants,
/// not only in their vowels, so two names rarely share a consonant skeleton
/// (which is how a name is matched across scripts).
const SYLLABLES: [(&str, &str); 13] = [
    ("با", "ba"),
    ("تي", "ti"),
    ("را", "ra"),
    ("نو", "no"),
    ("سا", "sa"),
    ("مي", "mi"),
    ("كو", "ko"),
    ("لا", "la"),
    ("دو", "du"),
    ("فا", "fa"),
    ("زي", "zi"),
    ("غا", "gha"),
    ("ها", "ha"),
];

/// How many syllables a district name has.
const NAME_SYLLABLES: u32 = 6;

/// How many district names there are: six syllables each, about 4.8 million,
/// so that a million claims do not share names by chance more than news does.
const DISTRICTS: usize = SYLLABLES.len().pow(NAME_SYLLABLES);

/// The name of district `index` in a language: a made-up place name that
/// gives each story words of its own, as real stories have.
fn district(index: usize, lang: Lang) -> String {
    let mut name = String::new();
    let mut i = index % DISTRICTS;
    for _ in 0..NAME_SYLLABLES {
        let (ar, en) = SYLLABLES[i % SYLLABLES.len()];
        name.push_str(if lang == Lang::Ar { ar } else { en });
        i /= SYLLABLES.len();
    }
    if lang == Lang::En { capitalize(&name) } else { name }
}

/// What a proposition is about.
#[derive(Clone, Copy)]
enum Proposition {
    /// An action on an object in a district of a place by a body in a year;
    /// stance 0 affirms, 1 denies.
    Event {
        action: usize,
        object: usize,
        place: usize,
        district: usize,
        body: usize,
        year: usize,
        frame: u8,
    },
    /// A count of a unit by a body in a district of a place in a month; the
    /// stance picks one of two values.
    Measure {
        unit: usize,
        place: usize,
        district: usize,
        body: usize,
        month: usize,
        values: [u32; 2],
        frame: u8,
    },
}

const FIRST_YEAR: usize = 2025;
const YEARS: usize = 6;
const MEASURE_YEARS: usize = 8;
const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Splits `index` into mixed-radix digits, after scrambling it within `space` so
/// that neighbouring propositions differ in every part.
fn digits<const N: usize>(index: u64, radices: [usize; N]) -> [usize; N] {
    let space: u64 = radices.iter().map(|&r| r as u64).product();
    let mut i = (index.wrapping_mul(1_000_003) % space) as usize;
    let mut out = [0; N];
    for (slot, radix) in out.iter_mut().zip(radices) {
        *slot = i % radix;
        i /= radix;
    }
    out
}

fn proposition(index: u64, rng: &mut Rng) -> Proposition {
    let v = &VOCAB;
    let district = rng.below(DISTRICTS);
    let frame = rng.below(2) as u8;
    if index % 8 == 7 {
        let [unit, place, body, month] = digits(
            index / 8,
            [v.units.len(), v.places.len(), v.bodies.len(), 12 * MEASURE_YEARS],
        );
        let base = 100 + (rng.below(400) as u32) * 10;
        let other = base + 50 + (rng.below(20) as u32) * 10 * (1 + base / 1000);
        Proposition::Measure {
            unit,
            place,
            district,
            body,
            month,
            values: [base, other],
            frame,
        }
    } else {
        let [action, object, place, body, year] = digits(
            index - index / 8,
            [
                v.actions.len(),
                v.objects.len(),
                v.places.len(),
                v.bodies.len(),
                YEARS,
            ],
        );
        Proposition::Event {
            action,
            object,
            place,
            district,
            body,
            year,
            frame,
        }
    }
}

/// A distractor of `p`: the same words about another subject (another object
/// of the same action, place and year), the same number for another measure
/// (another unit, by another body), or the same event in another year (which
/// a denial does not contradict).
fn distractor(p: Proposition, rng: &mut Rng) -> Proposition {
    let v = &VOCAB;
    let other = |n: usize, x: usize, rng: &mut Rng| (x + 1 + rng.below(n - 1)) % n;
    match p {
        Proposition::Event {
            action,
            object,
            place,
            district,
            body,
            year,
            frame,
        } => {
            let (object, year) = if rng.chance(0.5) {
                (other(v.objects.len(), object, rng), year)
            } else {
                (object, other(YEARS, year, rng))
            };
            Proposition::Event {
                action,
                object,
                place,
                district,
                body,
                year,
                frame,
            }
        }
        Proposition::Measure {
            unit,
            place,
            district,
            body,
            month,
            values,
            frame,
        } => Proposition::Measure {
            unit: other(v.units.len(), unit, rng),
            place,
            district,
            body: other(v.bodies.len(), body, rng),
            month,
            values,
            frame,
        },
    }
}

/// The content of a statement, in the article's language.
fn content(p: Proposition, stance: u8, lang: Lang) -> String {
    let v = &VOCAB;
    let ar = lang == Lang::Ar;
    // A vocabulary entry in the statement's language.
    let word = |pair: (&'static str, &'static str)| if ar { pair.0 } else { pair.1 };
    match p {
        Proposition::Event {
            action,
            object,
            place,
            district: d,
            body,
            year,
            frame,
        } => {
            let (action, object, place, body) = (
                word(v.actions[action]),
                word(v.objects[object]),
                word(v.places[place]),
                word(v.bodies[body]),
            );
            let (district, year) = (district(d, lang), FIRST_YEAR + year);
            match (ar, frame) {
                (true, _) => {
                    let verb = match (frame, stance) {
                        (0, 0) => "ستباشر",
                        (0, _) => "لن تباشر",
                        (_, 0) => "تعتزم",
                        _ => "لا تعتزم",
                    };
                    format!("{body} {verb} {action} {object} في حي {district} في {place} خلال عام {year}")
                }
                (false, 0) => {
                    let will = if stance == 0 { "will be" } else { "will not be" };
                    format!(
                        "the {object} in the {district} district of {place} {will} {action} by {body} in {year}"
                    )
                }
                (false, _) => {
                    let plans = if stance == 0 {
                        "plans to have"
                    } else {
                        "does not plan to have"
                    };
                    format!(
                        "{body} {plans} the {object} in the {district} district of {place} {action} in {year}"
                    )
                }
            }
        }
        Proposition::Measure {
            unit,
            place,
            district: d,
            body,
            month,
            values,
            frame,
        } => {
            let (unit, place, body) = (word(v.units[unit]), word(v.places[place]), word(v.bodies[body]));
            let district = district(d, lang);
            let year = FIRST_YEAR - MEASURE_YEARS + month / 12;
            let value = values[stance as usize];
            if ar {
                let verb = if frame == 0 { "سجلت" } else { "أحصت" };
                let month = MONTHS_AR[month % 12];
                format!("{body} {verb} {value} {unit} في حي {district} في {place} خلال شهر {month} {year}")
            } else {
                let verb = if frame == 0 { "registered" } else { "counted" };
                let (value, month) = (thousands(value), MONTHS_EN[month % 12]);
                format!(
                    "{body} {verb} {value} {unit} in the {district} district of {place} in {month} {year}"
                )
            }
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

fn thousands(n: u32) -> String {
    if n >= 1000 {
        format!("{},{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

/// A speaker's words and the cue that introduces them, in both languages.
fn speaker_words(speaker: u32, lang: Lang) -> String {
    let v = &VOCAB;
    let role = speaker as usize % v.roles.len();
    let body = (speaker as usize / v.roles.len()) % v.bodies.len();
    let place = (speaker as usize / (v.roles.len() * v.bodies.len())) % v.places.len();
    match lang {
        Lang::Ar => format!(
            "{} {} في {}",
            v.roles[role].0, v.bodies[body].0, v.places[place].0
        ),
        Lang::En => format!(
            "{} {} in {}",
            capitalize(v.roles[role].1),
            v.bodies[body].1,
            v.places[place].1
        ),
    }
}

/// Writes a corpus.
pub fn generate(config: &SynthConfig) -> SynthCorpus {
    let mut rng = Rng(config.seed);
    let per_article = config.statements_per_article.max(1);
    let n_articles = config.claims.div_ceil(per_article).max(1);
    let n_speakers = (VOCAB.roles.len() * VOCAB.bodies.len() * VOCAB.places.len()) as u32;

    // Each story is told 1 to 3 times (once: nothing to link) by different
    // speakers; a third of the stories come with a distractor told once or
    // twice right after them.
    let slots = n_articles * per_article;
    let mut told: Vec<(u32, u8, u32)> = Vec::with_capacity(slots + 8); // (proposition, stance, speaker)
    let mut props: Vec<Proposition> = Vec::new();
    let mut imitates: Vec<Option<u32>> = Vec::new();
    let mut tell = |p: Proposition,
                    of: Option<u32>,
                    times: usize,
                    first_stance: u8,
                    told: &mut Vec<(u32, u8, u32)>,
                    rng: &mut Rng| {
        let id = props.len() as u32;
        props.push(p);
        imitates.push(of);
        let first = rng.below(n_speakers as usize) as u32;
        for k in 0..times {
            let stance = if k == 0 {
                first_stance
            } else {
                u8::from(rng.chance(0.5))
            };
            told.push((id, stance, (first + k as u32 * 7919) % n_speakers));
        }
        id
    };
    let mut story = 0u64;
    while told.len() < slots {
        let p = proposition(story, &mut rng);
        story += 1;
        let times = 1 + rng.below(3);
        let id = tell(p, None, times, 0, &mut told, &mut rng);
        if rng.chance(1.0 / 3.0) {
            let d = distractor(p, &mut rng);
            let times = 1 + rng.below(2);
            let stance = u8::from(rng.chance(0.5));
            tell(d, Some(id), times, stance, &mut told, &mut rng);
        }
    }
    told.truncate(slots);
    // Scatter the tellings within each news cycle, so that one story lands in
    // different articles near each other.
    for window in told.chunks_mut(config.story_window.max(2)) {
        for i in (1..window.len()).rev() {
            let j = rng.below(i + 1);
            window.swap(i, j);
        }
    }

    let mut articles = Vec::with_capacity(n_articles);
    let mut statements = Vec::with_capacity(slots);
    for (a, chunk) in told.chunks(per_article).enumerate() {
        let lang = if rng.chance(config.arabic_share) {
            Lang::Ar
        } else {
            Lang::En
        };
        let mut text = String::new();
        for &(prop, stance, speaker) in chunk {
            let body = content(props[prop as usize], stance, lang);
            let narrator = rng.chance(0.15);
            let start;
            match (lang, narrator) {
                (_, true) => {
                    start = text.len();
                    text.push_str(&capitalize(&body));
                    text.push_str(". ");
                }
                (Lang::Ar, false) => {
                    text.push_str("وقال ");
                    text.push_str(&speaker_words(speaker, lang));
                    text.push_str(" إن ");
                    start = text.len();
                    text.push_str(&body);
                    text.push_str(". ");
                }
                (Lang::En, false) => {
                    text.push_str(&speaker_words(speaker, lang));
                    text.push_str(" said that ");
                    start = text.len();
                    text.push_str(&body);
                    text.push_str(". ");
                }
            }
            let end = start
                + if narrator {
                    capitalize(&body).len()
                } else {
                    body.len()
                };
            statements.push(Statement {
                article: a,
                span: Span::new(start, end),
                proposition: prop,
                stance,
                speaker: if narrator { u32::MAX - a as u32 } else { speaker },
                distractor_of: imitates[prop as usize],
            });
        }
        text.push('\n');
        let outlet = VOCAB.outlets[a % VOCAB.outlets.len()];
        articles.push(
            Article::new(format!("synth-{a:06}"), text)
                .with_lang(lang)
                .with_outlet(outlet),
        );
    }

    // The answer key: every pair of tellings of one proposition by different speakers.
    let mut by_prop: Vec<Vec<usize>> = vec![Vec::new(); props.len()];
    for (i, s) in statements.iter().enumerate() {
        by_prop[s.proposition as usize].push(i);
    }
    let mut planted = Vec::new();
    for group in &by_prop {
        for (x, &i) in group.iter().enumerate() {
            for &j in &group[x + 1..] {
                let (si, sj) = (&statements[i], &statements[j]);
                if si.speaker == sj.speaker {
                    continue;
                }
                let relation = if si.stance == sj.stance {
                    Relation::Corroborates
                } else {
                    Relation::Contradicts
                };
                let cross_language = articles[si.article].lang() != articles[sj.article].lang();
                planted.push(Planted {
                    a: i,
                    b: j,
                    relation,
                    cross_language,
                });
            }
        }
    }
    SynthCorpus {
        articles,
        statements,
        planted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_span_their_content() {
        let corpus = generate(&SynthConfig {
            claims: 500,
            ..SynthConfig::default()
        });
        for s in &corpus.statements {
            let text = corpus.articles[s.article].text();
            let content = s.span.slice(text);
            assert!(!content.is_empty());
            assert!(!content.ends_with('.'));
        }
        assert!(corpus.statements.len() >= 500);
    }

    #[test]
    fn both_languages_and_both_relations_are_planted() {
        let corpus = generate(&SynthConfig {
            claims: 2_000,
            ..SynthConfig::default()
        });
        assert!(corpus.articles.iter().any(|a| a.lang() == Lang::Ar));
        assert!(corpus.articles.iter().any(|a| a.lang() == Lang::En));
        assert!(corpus.planted.iter().any(|p| p.relation == Relation::Contradicts));
        assert!(
            corpus
                .planted
                .iter()
                .any(|p| p.relation == Relation::Corroborates)
        );
    }

    #[test]
    fn different_seeds_write_different_corpora() {
        let a = generate(&SynthConfig {
            claims: 100,
            seed: 1,
            ..SynthConfig::default()
        });
        let b = generate(&SynthConfig {
            claims: 100,
            seed: 2,
            ..SynthConfig::default()
        });
        assert_ne!(a.articles[0].text(), b.articles[0].text());
    }
}
