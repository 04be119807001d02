//! Resolution: the words naming a speaker to a person, a title, a canonical actor
//! and a camp.
//!
//! Three kinds of knowledge are combined, all of it data under `lexicons/`:
//!
//! - named actors (`aliases.toml`, plus the user's own): "Pentagon", "رويترز",
//!   "كتائب حزب الله", each with a canonical name, a camp and a kind;
//! - nations (`nations.toml`): country names, capitals used for their
//!   governments ("قالت واشنطن"), and nationality adjectives in every gender and
//!   number ("العراقية", "أميركيين", "Iraqi");
//! - generic bodies and titles (`bodies.toml`, `titles.toml`): "وزارة الدفاع",
//!   "the foreign ministry", "نائب السكرتير الصحفي", "spokesman", plus the words
//!   that are never part of a name and those that end a speaker phrase.
//!
//! A speaker phrase is cut into words, each folded with
//! [`fold`](crate::text::normalize::fold) by its own script; Arabic words also
//! match with their proclitics removed (و ف ب ك ل, and لل for ل + ال). At each
//! word the longest known phrase wins; the user's actors win ties. The phrase is
//! then read as a title run, a person's name, and the body or nation the speaker
//! belongs to: a body or a title meets a nation to make a canonical actor
//! ("وزارة الدفاع العراقية" → "Ministry of Defense of Iraq", camp "Iraqi
//! government").

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;
use serde::Deserialize;
use toml::Spanned;

use crate::claim::Speaker;
use crate::error::{Error, Result};
use crate::lang::{Lang, is_arabic_letter};
use crate::span::Span;
use crate::text::SpellingMemo;
use crate::text::normalize::fold;

/// Maps surface forms in any language to canonical actors and their camps.
///
/// [`AliasTable::builtin`] holds general knowledge: named bodies of government,
/// international organisations, news agencies and widely known armed groups.
/// Countries, capitals and generic bodies ("the Iraqi defense ministry",
/// "وزارة الخارجية الإسبانية") are composed from the built-in nation and body
/// tables and need no entry.
///
/// Users add their own actors from TOML. Each `[[actor]]` has:
///
/// | field | type | meaning |
/// |---|---|---|
/// | `canonical` | string, required | the actor's canonical name; it is also an alias |
/// | `camp` | string, optional | the camp the actor belongs to |
/// | `kind` | `"person"`, `"body"`, `"country"`, `"group"` or `"media"`, optional | what the actor is; a `person` is a speaker's name, the others are what a titled speaker belongs to |
/// | `aliases` | array of strings, optional | other names, any language |
///
/// Matching folds case, Arabic letter variants and diacritics, and takes Arabic
/// proclitics off ("والبنتاغون", "للبنتاغون"). An alias written in capitals of
/// two letters or more ("US", "AP") matches only in capitals. Where two entries
/// name the same words, the one added last wins, so the user's entries win over
/// the built-in ones. A malformed file is an error naming the file, the line and
/// what is wrong.
///
/// ```
/// use claimgraph::{AliasTable, Lang};
/// let table = AliasTable::parse("mine.toml", r#"
/// [[actor]]
/// canonical = "Acme Corporation"
/// camp = "Acme"
/// kind = "body"
/// aliases = ["Acme", "أكمي"]
///
/// [[actor]]
/// canonical = "Jane Roe"
/// camp = "Acme"
/// kind = "person"
/// aliases = ["Roe", "جين رو"]
/// "#).unwrap();
/// let resolved = table.resolve("Acme", Lang::En);
/// assert_eq!(resolved.canonical.as_deref(), Some("Acme Corporation"));
/// assert_eq!(resolved.camp.as_deref(), Some("Acme"));
///
/// let resolved = table.resolve("المتحدثة باسم أكمي جين رو", Lang::Ar);
/// assert_eq!(resolved.canonical.as_deref(), Some("Jane Roe"));
/// assert_eq!(resolved.title.as_deref(), Some("المتحدثة باسم"));
/// assert_eq!(resolved.affiliation.as_deref(), Some("Acme Corporation"));
///
/// let err = AliasTable::parse("mine.toml", "[[actor]]\ncanonical = \"X\"\naliases = [\"\"]\n").unwrap_err();
/// assert_eq!(err.to_string(), "mine.toml:3: actor \"X\" has an empty alias");
/// ```
#[derive(Clone, Debug, Default)]
pub struct AliasTable {
    actors: Vec<Actor>,
    index: OnceLock<Arc<PhraseIndex<usize>>>,
    /// Nations, bodies and titles read from a lexicon directory; `None` for the
    /// built-in ones.
    knowledge: Option<Arc<Knowledge>>,
}

/// What an actor is.
///
/// ```
/// use claimgraph::{ActorKind, AliasTable, Lang};
/// let mentions = AliasTable::builtin().find_mentions("Reuters reported", claimgraph::Span::new(0, 7), Lang::En);
/// assert_eq!(mentions[0].kind, ActorKind::Media);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A body of government, a ministry, an international organisation.
    Body,
    /// A country, standing for its government.
    Country,
    /// An armed group, party or movement.
    Group,
    /// A news agency, broadcaster or newspaper.
    Media,
}

/// A known actor named in a text, found by [`AliasTable::find_mentions`].
///
/// ```
/// use claimgraph::{ActorKind, AliasTable, Lang, Span};
/// let text = "وقالت الخارجية الأميركية";
/// let m = &AliasTable::builtin().find_mentions(text, Span::new(0, text.len()), Lang::Ar)[0];
/// assert_eq!(m.span.slice(text), "الخارجية الأميركية");
/// assert_eq!(m.canonical, "US Department of State");
/// assert_eq!(m.camp.as_deref(), Some("US government"));
/// assert_eq!(m.kind, ActorKind::Body);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The words naming the actor in the original text. Arabic proclitics are
    /// left out: in "والبنتاغون" the span starts at "البنتاغون"; in "للحكومة
    /// العراقية" (ل + الحكومة) it starts at the second ل, the article's.
    pub span: Span,
    /// The canonical actor ("US Department of Defense", "Iraqi government").
    pub canonical: String,
    /// The actor's camp, when known.
    pub camp: Option<String>,
    /// What the actor is.
    pub kind: ActorKind,
}

/// What the alias table says about a speaker's words.
///
/// `canonical` is the person's canonical name when the table knows the person,
/// the person's name as written when it does not, and otherwise the body or
/// government the words name. `affiliation` is what a named or titled speaker
/// belongs to; `camp` is the camp of the person or of the affiliation.
///
/// ```
/// use claimgraph::{AliasTable, Lang};
/// let r = AliasTable::builtin().resolve("مسؤولين أميركيين", Lang::Ar);
/// assert_eq!(r.canonical.as_deref(), Some("US government"));
/// assert_eq!(r.title.as_deref(), Some("مسؤولين"));
/// assert_eq!(r.person, None);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolved {
    /// The canonical actor.
    pub canonical: Option<String>,
    /// The actor's camp.
    pub camp: Option<String>,
    /// A person's name, titles stripped.
    pub person: Option<String>,
    /// The title or role that came with the name.
    pub title: Option<String>,
    /// The body the person speaks for.
    pub affiliation: Option<String>,
}

#[derive(Clone, Debug)]
struct Actor {
    canonical: String,
    camp: Option<String>,
    kind: Option<ActorKind>,
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasFile {
    #[serde(default)]
    actor: Vec<ActorRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorRecord {
    canonical: Spanned<String>,
    #[serde(default)]
    camp: Option<Spanned<String>>,
    #[serde(default)]
    kind: Option<ActorKind>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
}

const BUILTIN_ALIASES: &str = include_str!("../lexicons/aliases.toml");
const BUILTIN_NATIONS: &str = include_str!("../lexicons/nations.toml");
const BUILTIN_BODIES: &str = include_str!("../lexicons/bodies.toml");
const BUILTIN_TITLES: &str = include_str!("../lexicons/titles.toml");

impl AliasTable {
    /// An empty table: no named actors, but nations, bodies and titles are
    /// still known.
    ///
    /// ```
    /// let table = claimgraph::AliasTable::new();
    /// let resolved = table.resolve("the Iraqi government", claimgraph::Lang::En);
    /// assert_eq!(resolved.camp.as_deref(), Some("Iraqi government"));
    /// ```
    pub fn new() -> AliasTable {
        AliasTable::default()
    }

    /// The built-in table (`lexicons/aliases.toml`).
    ///
    /// ```
    /// let table = claimgraph::AliasTable::builtin();
    /// let resolved = table.resolve("البنتاغون", claimgraph::Lang::Ar);
    /// assert_eq!(resolved.canonical.as_deref(), Some("US Department of Defense"));
    /// ```
    pub fn builtin() -> AliasTable {
        static TABLE: once_cell::sync::Lazy<AliasTable> = once_cell::sync::Lazy::new(|| {
            let table =
                AliasTable::parse("lexicons/aliases.toml", BUILTIN_ALIASES).expect("built-in aliases parse");
            table.index();
            table
        });
        TABLE.clone()
    }

    /// Parses a TOML alias table (format in the type's documentation); `origin`
    /// names it in errors.
    ///
    /// ```
    /// let err = claimgraph::AliasTable::parse("a.toml", "[[actor]]\naliases = [\"X\"]\n").unwrap_err();
    /// assert!(err.to_string().contains("canonical"));
    /// ```
    pub fn parse(origin: &str, text: &str) -> Result<AliasTable> {
        let file: AliasFile = crate::lexicon::parse_toml(origin, text)?;
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let mut table = AliasTable::new();
        for record in file.actor {
            let canonical = record.canonical.get_ref().trim();
            if canonical.is_empty() {
                return Err(Error::parse(
                    origin,
                    Some(line_of(record.canonical.span().start)),
                    "an actor has an empty canonical name",
                ));
            }
            if let Some(camp) = &record.camp {
                if camp.get_ref().trim().is_empty() {
                    return Err(Error::parse(
                        origin,
                        Some(line_of(camp.span().start)),
                        format!("actor {canonical:?} has an empty camp"),
                    ));
                }
            }
            let mut aliases = vec![canonical.to_string()];
            for alias in &record.aliases {
                if alias.get_ref().trim().is_empty() || words(alias.get_ref()).is_empty() {
                    return Err(Error::parse(
                        origin,
                        Some(line_of(alias.span().start)),
                        format!("actor {canonical:?} has an empty alias"),
                    ));
                }
                aliases.push(alias.get_ref().trim().to_string());
            }
            table.actors.push(Actor {
                canonical: canonical.to_string(),
                camp: record.camp.map(|c| c.into_inner().trim().to_string()),
                kind: record.kind,
                aliases,
            });
        }
        Ok(table)
    }

    /// Reads a TOML alias table from a file.
    ///
    /// ```
    /// let err = claimgraph::AliasTable::from_path(std::path::Path::new("no/such.toml")).unwrap_err();
    /// assert!(err.to_string().starts_with("no/such.toml"));
    /// ```
    pub fn from_path(path: &Path) -> Result<AliasTable> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        AliasTable::parse(&path.display().to_string(), &text)
    }

    /// Adds one surface form of an actor; it wins over earlier entries for the
    /// same words.
    ///
    /// ```
    /// let mut table = claimgraph::AliasTable::builtin();
    /// table.add("Pentagon", "Pentagon Papers Inc.", None);
    /// let resolved = table.resolve("The Pentagon", claimgraph::Lang::En);
    /// assert_eq!(resolved.canonical.as_deref(), Some("Pentagon Papers Inc."));
    /// ```
    pub fn add(&mut self, surface: &str, canonical: &str, camp: Option<&str>) {
        self.actors.push(Actor {
            canonical: canonical.to_string(),
            camp: camp.map(str::to_string),
            kind: None,
            aliases: vec![surface.to_string()],
        });
        self.index = OnceLock::new();
    }

    /// Adds every entry of `other`; its entries win.
    ///
    /// ```
    /// use claimgraph::{AliasTable, Lang};
    /// let mut table = AliasTable::builtin();
    /// table.extend(AliasTable::parse("x.toml", "[[actor]]\ncanonical = \"Acme\"\n").unwrap());
    /// assert_eq!(table.resolve("Acme", Lang::En).canonical.as_deref(), Some("Acme"));
    /// ```
    pub fn extend(&mut self, other: AliasTable) {
        if self.knowledge.is_none() {
            self.knowledge = other.knowledge;
        }
        self.actors.extend(other.actors);
        self.index = OnceLock::new();
    }

    /// Resolves the words naming a speaker: separates the title and the
    /// person's name, and finds the body or nation the speaker belongs to.
    ///
    /// `lang` is the article's language; each word is folded by its own script,
    /// so an Arabic article may name "CENTCOM".
    ///
    /// ```
    /// use claimgraph::{AliasTable, Lang};
    /// let table = AliasTable::builtin();
    /// let r = table.resolve("Pentagon deputy press secretary Sabrina Singh", Lang::En);
    /// assert_eq!(r.person.as_deref(), Some("Sabrina Singh"));
    /// assert_eq!(r.title.as_deref(), Some("deputy press secretary"));
    /// assert_eq!(r.affiliation.as_deref(), Some("US Department of Defense"));
    /// assert_eq!(r.camp.as_deref(), Some("US government"));
    ///
    /// let r = table.resolve("وزير الخارجية الإسباني خوسيه مانويل ألباريس", Lang::Ar);
    /// assert_eq!(r.person.as_deref(), Some("خوسيه مانويل ألباريس"));
    /// assert_eq!(r.title.as_deref(), Some("وزير الخارجية"));
    /// assert_eq!(r.affiliation.as_deref(), Some("Ministry of Foreign Affairs of Spain"));
    /// assert_eq!(r.camp.as_deref(), Some("Spanish government"));
    /// ```
    pub fn resolve(&self, surface: &str, lang: Lang) -> Resolved {
        let _ = lang;
        let span = Span::new(0, surface.len());
        let parsed = self.parse_phrase(surface, span);
        parsed.resolved
    }

    /// Finds the known actors named in `text[span]`, in text order: named
    /// actors of the table, bodies and titles with a nationality ("وزارة الدفاع
    /// العراقية", "US officials"), and country names and capitals standing for
    /// their governments. A country or capital right after a locative ("في
    /// العراق", "in Baghdad") is a place, not an actor, and is left out, and so
    /// is a bare adjective ("القوات" is found with its adjective, "الأمريكية"
    /// alone is not).
    ///
    /// Spans are byte ranges of `text`, clitics excluded (see [`Mention::span`]).
    /// `span` is clamped to the text and to char boundaries. As in
    /// [`resolve`](AliasTable::resolve), each word is folded by its own script
    /// and `lang` is only the article's language. The tables are built once, on
    /// first use; the cost is then linear in the number of words.
    ///
    /// ```
    /// use claimgraph::{AliasTable, Lang, Span};
    /// let text = "وقال البنتاغون إن مسؤولين أميركيين التقوا لوزارة الدفاع العراقية في بغداد";
    /// let mentions = AliasTable::builtin().find_mentions(text, Span::new(0, text.len()), Lang::Ar);
    /// let found: Vec<(&str, &str)> = mentions.iter().map(|m| (m.span.slice(text), m.canonical.as_str())).collect();
    /// assert_eq!(found, [
    ///     ("البنتاغون", "US Department of Defense"),
    ///     ("مسؤولين أميركيين", "US government"),
    ///     ("وزارة الدفاع العراقية", "Ministry of Defense of Iraq"),
    /// ]);
    /// ```
    pub fn find_mentions(&self, text: &str, span: Span, lang: Lang) -> Vec<Mention> {
        let _ = lang;
        let span = clamp(text, span);
        let toks = tokenize(text, span);
        let mut segs = self.segments(&toks);
        mark_locations(&toks, &mut segs);
        let kn = self.kn();
        let mut out = Vec::new();
        let mut used = vec![false; segs.len()];
        // Bodies and titles first, so that the nation they take is not also
        // reported alone; then everything else.
        let order = (0..segs.len())
            .filter(|&k| matches!(segs[k].item, Item::Body(_) | Item::Title(_)))
            .chain((0..segs.len()).filter(|&k| !matches!(segs[k].item, Item::Body(_) | Item::Title(_))));
        for k in order.collect::<Vec<_>>() {
            if used[k] || segs[k].location {
                continue;
            }
            match segs[k].item {
                Item::Actor(a) => {
                    let actor = &self.actors[a];
                    out.push(Mention {
                        span: seg_span(&toks, &segs[k]),
                        canonical: actor.canonical.clone(),
                        camp: actor.camp.clone(),
                        kind: actor.kind.unwrap_or(ActorKind::Body),
                    });
                    used[k] = true;
                }
                Item::Body(_) | Item::Title(_) => {
                    let Some(n) = adjacent_nation(&toks, &segs, k) else {
                        continue;
                    };
                    let Item::Nation(nation, _) = segs[n].item else {
                        continue;
                    };
                    let org = match segs[k].item {
                        Item::Body(b) => kn.compose(b, Some(nation)),
                        Item::Title(body) => kn.compose(body.unwrap_or(kn.government_body), Some(nation)),
                        _ => continue,
                    };
                    let Some(canonical) = org.canonical else { continue };
                    let (a, b) = (k.min(n), k.max(n));
                    used[a..=b].iter_mut().for_each(|u| *u = true);
                    out.push(Mention {
                        span: seg_span(&toks, &segs[a]).cover(seg_span(&toks, &segs[b])),
                        canonical,
                        camp: org.camp,
                        kind: org.kind,
                    });
                }
                Item::Nation(nation, form) if form != NationForm::Adjective => {
                    let nation = &kn.nations[nation];
                    out.push(Mention {
                        span: seg_span(&toks, &segs[k]),
                        canonical: nation.government.clone(),
                        camp: Some(nation.camp.clone()),
                        kind: ActorKind::Country,
                    });
                    used[k] = true;
                }
                _ => {}
            }
        }
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }

    /// Where the first title or role phrase in `text[span]` starts and ends,
    /// consecutive titles taken together ("نائب السكرتير الصحفي", "deputy press
    /// secretary"), clitics excluded. Titles are read as
    /// [`resolve`](AliasTable::resolve) reads them: a phrase after a word that
    /// ends a speaker phrase ("خلال", "during") is not searched.
    ///
    /// ```
    /// use claimgraph::{AliasTable, Lang, Span};
    /// let text = "Pentagon deputy press secretary Sabrina Singh";
    /// let title = AliasTable::builtin().title_span(text, Span::new(0, text.len()), Lang::En).unwrap();
    /// assert_eq!(title.slice(text), "deputy press secretary");
    /// ```
    pub fn title_span(&self, text: &str, span: Span, lang: Lang) -> Option<Span> {
        let _ = lang;
        let span = clamp(text, span);
        self.parse_phrase(text, span).title
    }

    /// Whether `word` (one word, possibly with Arabic proclitics) can begin a
    /// title or role ("وزير", "والمتحدث", "spokesman", "deputy").
    ///
    /// ```
    /// use claimgraph::{AliasTable, Lang};
    /// let table = AliasTable::builtin();
    /// assert!(table.is_title_start("والمتحدث", Lang::Ar));
    /// assert!(table.is_title_start("Secretary", Lang::En));
    /// assert!(!table.is_title_start("Singh", Lang::En));
    /// ```
    pub fn is_title_start(&self, word: &str, lang: Lang) -> bool {
        let _ = lang;
        let toks = tokenize(word, Span::new(0, word.len()));
        let Some(tok) = toks.first() else { return false };
        let kn = self.kn();
        tok.variants.iter().any(|(v, _)| {
            kn.index
                .by_first
                .get(v.as_str())
                .is_some_and(|phrases| phrases.iter().any(|p| matches!(p.payload, KItem::Title(_))))
        })
    }

    /// Uses the nation, body and title tables that `dir` holds (`nations.toml`,
    /// `bodies.toml`, `titles.toml`, in the format of the built-in files under
    /// `lexicons/`) in place of the built-in ones; a file `dir` lacks stays
    /// built in. Fails naming the file, the line and what is wrong.
    /// [`Config::with_lexicon_dir`](crate::Config::with_lexicon_dir) calls it.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("claimgraph-doc-lexicons-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("nations.toml"), r#"
    /// [[nation]]
    /// name = "Atlantis"
    /// government = "Atlantean government"
    /// names = ["Atlantis"]
    /// adjectives = ["Atlantean"]
    /// "#).unwrap();
    /// let table = claimgraph::AliasTable::builtin().with_lexicon_dir(&dir).unwrap();
    /// let r = table.resolve("the Atlantean foreign ministry", claimgraph::Lang::En);
    /// assert_eq!(r.canonical.as_deref(), Some("Ministry of Foreign Affairs of Atlantis"));
    /// assert_eq!(r.camp.as_deref(), Some("Atlantean government"));
    /// std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn with_lexicon_dir(mut self, dir: &Path) -> Result<AliasTable> {
        let read = |name: &str, builtin: &str| -> Result<(String, String)> {
            let path = dir.join(name);
            if path.is_file() {
                let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
                Ok((path.display().to_string(), text))
            } else {
                Ok((format!("lexicons/{name}"), builtin.to_string()))
            }
        };
        let nations = read("nations.toml", BUILTIN_NATIONS)?;
        let bodies = read("bodies.toml", BUILTIN_BODIES)?;
        let titles = read("titles.toml", BUILTIN_TITLES)?;
        let knowledge = Knowledge::parse(
            (&nations.0, &nations.1),
            (&bodies.0, &bodies.1),
            (&titles.0, &titles.1),
        )?;
        self.knowledge = Some(Arc::new(knowledge));
        Ok(self)
    }

    /// The nation, body and title tables in use.
    fn kn(&self) -> &Knowledge {
        match &self.knowledge {
            Some(own) => own,
            None => knowledge(),
        }
    }

    fn index(&self) -> &PhraseIndex<usize> {
        self.index.get_or_init(|| {
            let mut index = PhraseIndex::default();
            for (i, actor) in self.actors.iter().enumerate() {
                for alias in &actor.aliases {
                    index.insert(alias, i, true);
                }
            }
            Arc::new(index)
        })
    }

    /// Cuts the tokens into the longest known phrases, left to right.
    fn segments(&self, toks: &[Tok]) -> Vec<Seg> {
        let kn = self.kn();
        let actors = self.index();
        let mut segs = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let a = actors.longest(toks, i);
            let k = kn.index.longest(toks, i);
            let mut seg = match (a, k) {
                (Some(a), Some(k)) if k.end > a.end => Some(k.map(KItem::item)),
                (Some(a), _) => Some(a.map(|&x| Item::Actor(x))),
                (None, Some(k)) => Some(k.map(KItem::item)),
                (None, None) => None,
            };
            // "عبد الملك", "أبو بكر": a name's head takes the next word with it,
            // unless a longer known phrase starts here ("أبو ظبي").
            let glued = kn.name_heads.contains(&toks[i].norm)
                && toks.get(i + 1).is_some_and(|t| t.gap == Gap::Space)
                && seg.as_ref().is_none_or(|s| s.end <= i + 1);
            if glued {
                seg = Some(Seg {
                    start: i,
                    end: i + 2,
                    offset: toks[i].span.start,
                    item: Item::Other,
                    location: false,
                });
            }
            let seg = seg.unwrap_or_else(|| {
                let item = if toks[i].norm.chars().all(|c| c.is_ascii_digit()) {
                    Item::Stop
                } else {
                    Item::Other
                };
                Seg {
                    start: i,
                    end: i + 1,
                    offset: toks[i].span.start,
                    item,
                    location: false,
                }
            });
            i = seg.end;
            segs.push(seg);
        }
        segs
    }

    /// Reads a speaker phrase into its parts.
    fn parse_phrase(&self, text: &str, span: Span) -> Parsed {
        let kn = self.kn();
        let toks = tokenize(text, span);
        let mut segs = self.segments(&toks);
        cut_at_breaker(&toks, &mut segs);
        mark_locations(&toks, &mut segs);

        let title = title_cluster(&toks, &segs);
        let title_span = title
            .as_ref()
            .map(|t| seg_span(&toks, &segs[t[0]]).cover(seg_span(&toks, &segs[*t.last().unwrap_or(&t[0])])));
        let title_text = title.as_ref().map(|t| {
            t.iter()
                .map(|&k| seg_span(&toks, &segs[k]).slice(text))
                .collect::<Vec<_>>()
                .join(" ")
        });
        let title_body = title.as_ref().and_then(|t| {
            t.iter().rev().find_map(|&k| match segs[k].item {
                Item::Title(body) => body,
                _ => None,
            })
        });

        let live = |k: &usize| !segs[*k].location;
        let nation = (0..segs.len()).filter(live).find_map(|k| match segs[k].item {
            Item::Nation(n, _) => Some(n),
            _ => None,
        });
        // A person the table knows: its segment and its actor.
        let person_actor = (0..segs.len()).filter(live).find_map(|k| match segs[k].item {
            Item::Actor(a) if self.actors[a].kind == Some(ActorKind::Person) => Some((k, a)),
            _ => None,
        });
        let org_actor = (0..segs.len()).filter(live).find_map(|k| match segs[k].item {
            Item::Actor(a) if self.actors[a].kind != Some(ActorKind::Person) => Some(a),
            _ => None,
        });
        let body = (0..segs.len()).filter(live).find_map(|k| match segs[k].item {
            Item::Body(b) => Some(b),
            _ => None,
        });
        let org = if let Some(a) = org_actor {
            let actor = &self.actors[a];
            Some(Org {
                canonical: Some(actor.canonical.clone()),
                name: actor.canonical.clone(),
                camp: actor.camp.clone(),
                kind: actor.kind.unwrap_or(ActorKind::Body),
            })
        } else if let Some(b) = body {
            Some(kn.compose(b, nation))
        } else if let (Some(b), Some(_)) = (title_body, nation) {
            Some(kn.compose(b, nation))
        } else if nation.is_some() && title.is_some() {
            Some(kn.compose(kn.government_body, nation))
        } else {
            nation.map(|n| {
                let nation = &kn.nations[n];
                Org {
                    canonical: Some(nation.government.clone()),
                    name: nation.government.clone(),
                    camp: Some(nation.camp.clone()),
                    kind: ActorKind::Country,
                }
            })
        };

        let person_run = match person_actor {
            Some((k, _)) => Some((k, k)),
            None => person_run(&toks, &segs, title.as_deref()),
        };
        let person_span = person_run.map(|(a, b)| seg_span(&toks, &segs[a]).cover(seg_span(&toks, &segs[b])));
        let person = person_span.map(|s| s.slice(text).to_string());

        let mut resolved = Resolved {
            person: person.clone(),
            title: title_text,
            ..Resolved::default()
        };
        match (person_actor, &person, org) {
            (Some((_, a)), _, org) => {
                let actor = &self.actors[a];
                resolved.canonical = Some(actor.canonical.clone());
                resolved.camp = actor
                    .camp
                    .clone()
                    .or_else(|| org.as_ref().and_then(|o| o.camp.clone()));
                resolved.affiliation = org.map(|o| o.canonical.unwrap_or(o.name));
            }
            (None, Some(name), org) => {
                resolved.canonical = Some(name.clone());
                resolved.camp = org.as_ref().and_then(|o| o.camp.clone());
                resolved.affiliation = org.map(|o| o.canonical.unwrap_or(o.name));
            }
            (None, None, Some(org)) => {
                resolved.canonical = org.canonical.clone();
                resolved.camp = org.camp.clone();
                if resolved.title.is_some() {
                    resolved.affiliation = Some(org.canonical.unwrap_or(org.name));
                }
            }
            (None, None, None) => {}
        }
        Parsed {
            resolved,
            title: title_span,
        }
    }
}

/// Gives a speaker named by part of a name met earlier in the same article
/// ("ألباريس" after "خوسيه مانويل ألباريس", "Singh" after "Sabrina Singh") the
/// earlier person's canonical name, and the camp and affiliation it lacks.
///
/// Only speakers whose canonical name is their own name as written (people the
/// alias table does not know) are changed, and only when exactly one earlier
/// person has every word of the shorter name. `speakers` is in text order.
pub(crate) fn carry_person_names<'s>(speakers: impl IntoIterator<Item = &'s mut Speaker>) {
    struct Known {
        words: Vec<String>,
        canonical: String,
        camp: Option<String>,
        affiliation: Option<String>,
    }
    let name_words = |name: &str| -> Vec<String> {
        tokenize(name, Span::new(0, name.len()))
            .into_iter()
            .map(|t| t.norm.clone())
            .collect()
    };
    // Each distinct name once, and an index from each word to the names that
    // have it, so the cost stays linear in the number of speakers.
    let mut known: Vec<Known> = Vec::new();
    let mut seen: rustc_hash::FxHashSet<Vec<String>> = rustc_hash::FxHashSet::default();
    let mut by_word: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for speaker in speakers {
        let Some(person) = speaker.person.clone() else {
            continue;
        };
        if speaker.canonical.as_deref() != Some(person.as_str()) {
            continue;
        }
        let words = name_words(&person);
        let Some(first) = words.first() else { continue };
        let mut fuller = by_word
            .get(first)
            .into_iter()
            .flatten()
            .map(|&i| &known[i])
            .filter(|k| k.words.len() > words.len() && words.iter().all(|w| k.words.contains(w)));
        match (fuller.next(), fuller.next()) {
            (Some(k), None) => {
                speaker.canonical = Some(k.canonical.clone());
                if speaker.camp.is_none() {
                    speaker.camp = k.camp.clone();
                }
                if speaker.affiliation.is_none() {
                    speaker.affiliation = k.affiliation.clone();
                }
            }
            _ if seen.contains(&words) => {}
            _ => {
                seen.insert(words.clone());
                for w in &words {
                    by_word.entry(w.clone()).or_default().push(known.len());
                }
                known.push(Known {
                    words,
                    canonical: person,
                    camp: speaker.camp.clone(),
                    affiliation: speaker.affiliation.clone(),
                });
            }
        }
    }
}

struct Parsed {
    resolved: Resolved,
    title: Option<Span>,
}

/// A body or government a speaker belongs to.
struct Org {
    canonical: Option<String>,
    name: String,
    camp: Option<String>,
    kind: ActorKind,
}

// ---------------------------------------------------------------------------
// Words of a phrase.

/// What separates a word from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    /// White space only, or the start of the region.
    Space,
    /// A full stop, hyphen or apostrophe, as inside "U.S." or "al-Sudani".
    Soft,
    /// Any other punctuation: a comma, a quotation mark, a bracket.
    Hard,
}

/// A word of the original text.
#[derive(Clone, Debug)]
struct Tok {
    span: Span,
    gap: Gap,
    /// What the word's spelling alone decides, shared by every word of the same
    /// spelling (see [`word_forms`]).
    forms: Rc<TokForms>,
}

impl std::ops::Deref for Tok {
    type Target = TokForms;

    fn deref(&self) -> &TokForms {
        &self.forms
    }
}

/// The forms of one spelling of a word.
#[derive(Debug)]
struct TokForms {
    /// The folded form.
    norm: String,
    /// Matching forms: the folded form first, then the forms with Arabic
    /// proclitics removed, each with the byte where its word starts, counted
    /// from the start of the surface form.
    variants: Vec<(String, usize)>,
    /// Whether the word starts with a capital letter.
    upper: bool,
    arabic: bool,
    /// Whether the word starts with the Arabic article ال as written (a hamza on
    /// the alef, as in "ألينا", is no article).
    definite: bool,
    surface_len: usize,
}

fn clamp(text: &str, span: Span) -> Span {
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.min(text.len()).max(start);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

/// Arabic diacritics, tatweel and Quranic marks, and Latin combining marks.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{0300}'..='\u{036F}')
}

fn is_word_char(c: char) -> bool {
    crate::text::is_alphanumeric(c) || is_mark(c)
}

/// The words of `text[span]`.
fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    let slice = span.slice(text);
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    let mut last_end = 0;
    let push = |s: usize, e: usize, last_end: &mut usize, out: &mut Vec<Tok>| {
        let gap_text = &slice[*last_end..s];
        let gap = if out.is_empty() || gap_text.chars().all(char::is_whitespace) {
            Gap::Space
        } else if gap_text
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '’' | '‘' | 'ـ'))
        {
            Gap::Soft
        } else {
            Gap::Hard
        };
        *last_end = e;
        out.push(make_tok(&slice[s..e], span.start + s, gap));
    };
    for (i, c) in slice.char_indices() {
        if is_word_char(c) {
            word.get_or_insert(i);
        } else if let Some(s) = word.take() {
            push(s, i, &mut last_end, &mut out);
        }
    }
    if let Some(s) = word {
        push(s, slice.len(), &mut last_end, &mut out);
    }
    out
}

fn make_tok(surface: &str, start: usize, gap: Gap) -> Tok {
    Tok {
        span: Span::new(start, start + surface.len()),
        gap,
        forms: word_forms(surface),
    }
}

/// The forms of the spelling `surface`. Speakers and the names in them repeat,
/// so the forms are memoized per thread by spelling.
fn word_forms(surface: &str) -> Rc<TokForms> {
    thread_local! {
        static CACHE: RefCell<SpellingMemo<Rc<TokForms>>> = RefCell::new(SpellingMemo::new(1 << 14));
    }
    CACHE.with(|cache| {
        cache
            .borrow_mut()
            .get_or_insert_with(surface, |surface| Rc::new(compute_forms(surface)))
    })
}

fn compute_forms(surface: &str) -> TokForms {
    let arabic = surface.chars().any(is_arabic_letter);
    let lang = if arabic { Lang::Ar } else { Lang::En };
    let norm = fold(surface, lang);
    let mut variants = vec![(norm.clone(), 0)];
    if arabic {
        for (form, letters) in clitic_forms(&norm) {
            variants.push((form, after_letters(surface, letters)));
        }
    }
    TokForms {
        norm,
        variants,
        upper: surface.chars().next().is_some_and(char::is_uppercase),
        arabic,
        definite: surface.chars().filter(|&c| !is_mark(c)).take(2).eq(['ا', 'ل']),
        surface_len: surface.len(),
    }
}

/// The forms of a folded Arabic word with its proclitics removed, each with the
/// number of letters removed: و/ف, then ب/ك/ل, and لل (ل + ال) read as ال.
fn clitic_forms(norm: &str) -> Vec<(String, usize)> {
    let n_chars = |s: &str| s.chars().count();
    let mut out = Vec::new();
    let mut bases = vec![(norm.to_string(), 0usize)];
    if let Some(rest) = norm.strip_prefix(['و', 'ف']) {
        if n_chars(rest) >= 2 {
            out.push((rest.to_string(), 1));
            bases.push((rest.to_string(), 1));
        }
    }
    for (base, letters) in bases {
        if let Some(rest) = base.strip_prefix("لل") {
            if n_chars(rest) >= 2 {
                out.push((format!("ال{rest}"), letters + 1));
            }
        }
        if let Some(rest) = base.strip_prefix(['ب', 'ك', 'ل']) {
            if n_chars(rest) >= 2 {
                out.push((rest.to_string(), letters + 1));
            }
        }
    }
    out
}

/// The byte offset in `surface` after its first `n` letters and the marks that
/// follow them.
fn after_letters(surface: &str, n: usize) -> usize {
    let mut seen = 0;
    for (i, c) in surface.char_indices() {
        if is_mark(c) {
            continue;
        }
        if seen == n {
            return i;
        }
        seen += 1;
    }
    surface.len()
}

/// The folded words of a lexicon phrase, with the capitals a word must keep.
fn words(phrase: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    let flush = |s: usize, e: usize, out: &mut Vec<(String, Option<String>)>| {
        let surface = &phrase[s..e];
        let lang = if surface.chars().any(is_arabic_letter) {
            Lang::Ar
        } else {
            Lang::En
        };
        let exact = (surface.chars().count() >= 2 && surface.chars().all(|c| c.is_ascii_uppercase()))
            .then(|| surface.to_string());
        out.push((fold(surface, lang), exact));
    };
    for (i, c) in phrase.char_indices() {
        if is_word_char(c) {
            word.get_or_insert(i);
        } else if let Some(s) = word.take() {
            flush(s, i, &mut out);
        }
    }
    if let Some(s) = word {
        flush(s, phrase.len(), &mut out);
    }
    out
}

// ---------------------------------------------------------------------------
// Phrase matching.

#[derive(Clone, Debug)]
struct Phrase<P> {
    /// Folded words after the first.
    rest: Vec<String>,
    /// Per word, the capitals it must be written in, if any.
    exact: Vec<Option<String>>,
    payload: P,
}

/// Phrases keyed by their first folded word.
#[derive(Clone, Debug)]
struct PhraseIndex<P> {
    by_first: FxHashMap<String, Vec<Phrase<P>>>,
}

impl<P> Default for PhraseIndex<P> {
    fn default() -> Self {
        PhraseIndex {
            by_first: FxHashMap::default(),
        }
    }
}

/// A phrase found at a token: tokens `start..end`, its text starting at
/// `offset` (after clitics).
#[derive(Clone, Copy, Debug)]
struct Found<P> {
    start: usize,
    end: usize,
    offset: usize,
    payload: P,
}

impl<P> Found<P> {
    fn map(self, f: impl FnOnce(P) -> Item) -> Seg {
        Seg {
            start: self.start,
            end: self.end,
            offset: self.offset,
            item: f(self.payload),
            location: false,
        }
    }
}

impl<P> PhraseIndex<P> {
    /// Adds a phrase; with `replace` it takes the place of an earlier phrase of
    /// the same words, without it the earlier one stays.
    fn insert(&mut self, phrase: &str, payload: P, replace: bool) {
        let ws = words(phrase);
        let Some(((first, _), _)) = ws.split_first() else {
            return;
        };
        let rest: Vec<String> = ws[1..].iter().map(|(w, _)| w.clone()).collect();
        let exact: Vec<Option<String>> = ws.iter().map(|(_, e)| e.clone()).collect();
        let list = self.by_first.entry(first.clone()).or_default();
        if let Some(old) = list.iter_mut().find(|p| p.rest == rest && p.exact == exact) {
            if replace {
                old.payload = payload;
            }
            return;
        }
        list.push(Phrase { rest, exact, payload });
    }

    /// The longest phrase starting at token `i`; the unstripped form wins ties.
    fn longest<'a>(&'a self, toks: &[Tok], i: usize) -> Option<Found<&'a P>> {
        let mut best: Option<Found<&'a P>> = None;
        for (variant, offset) in &toks[i].variants {
            let offset = toks[i].span.start + offset;
            let Some(list) = self.by_first.get(variant.as_str()) else {
                continue;
            };
            for p in list {
                let end = i + 1 + p.rest.len();
                if end > toks.len() || best.as_ref().is_some_and(|b| b.end >= end) {
                    continue;
                }
                let words_match = p
                    .rest
                    .iter()
                    .zip(&toks[i + 1..end])
                    .all(|(w, t)| *w == t.norm && t.gap != Gap::Hard);
                let case_match = p.exact.iter().zip(&toks[i..end]).all(|(e, t)| {
                    e.as_ref().is_none_or(|e| {
                        t.span.len() == e.len()
                            && t.surface_len == e.len()
                            && t.upper
                            && t.norm == e.to_lowercase()
                    })
                });
                if words_match && case_match {
                    best = Some(Found {
                        start: i,
                        end,
                        offset,
                        payload: &p.payload,
                    });
                }
            }
        }
        best
    }
}

// ---------------------------------------------------------------------------
// Built-in knowledge: nations, bodies, titles, and the words around names.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NationForm {
    Name,
    Capital,
    Adjective,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KItem {
    Nation(usize, NationForm),
    Body(usize),
    Title(Option<usize>),
    Stop,
    Breaker,
    Locative,
}

impl KItem {
    fn item(&self) -> Item {
        match *self {
            KItem::Nation(n, f) => Item::Nation(n, f),
            KItem::Body(b) => Item::Body(b),
            KItem::Title(b) => Item::Title(b),
            KItem::Stop => Item::Stop,
            KItem::Breaker => Item::Breaker,
            KItem::Locative => Item::Locative,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Actor(usize),
    Nation(usize, NationForm),
    Body(usize),
    Title(Option<usize>),
    Stop,
    Breaker,
    Locative,
    Other,
}

/// A known phrase or an unknown word of a speaker phrase: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
struct Seg {
    start: usize,
    end: usize,
    /// Where its text starts, after clitics.
    offset: usize,
    item: Item,
    /// Whether it names a place ("في العراق") rather than the speaker.
    location: bool,
}

fn seg_span(toks: &[Tok], seg: &Seg) -> Span {
    Span::new(seg.offset, toks[seg.end - 1].span.end)
}

#[derive(Debug)]
struct Nation {
    name: String,
    government: String,
    camp: String,
    bodies: FxHashMap<String, String>,
}

#[derive(Debug)]
struct Body {
    id: String,
    name: String,
    government: bool,
}

#[derive(Debug)]
struct Knowledge {
    nations: Vec<Nation>,
    bodies: Vec<Body>,
    government_body: usize,
    index: PhraseIndex<KItem>,
    /// Folded words that begin a two-word name ("عبد", "أبو").
    name_heads: rustc_hash::FxHashSet<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NationsFile {
    nation: Vec<NationRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NationRecord {
    name: String,
    government: String,
    #[serde(default)]
    camp: Option<String>,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    capitals: Vec<String>,
    #[serde(default)]
    adjectives: Vec<String>,
    #[serde(default)]
    bodies: FxHashMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BodiesFile {
    body: Vec<BodyRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BodyRecord {
    id: String,
    name: String,
    #[serde(default)]
    government: bool,
    forms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitlesFile {
    title: Vec<TitleRecord>,
    ar: WordLists,
    en: WordLists,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitleRecord {
    forms: Vec<String>,
    #[serde(default)]
    body: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordLists {
    #[serde(default)]
    name_heads: Vec<String>,
    stop: Vec<String>,
    breakers: Vec<String>,
    locatives: Vec<String>,
}

fn knowledge() -> &'static Knowledge {
    static KNOWLEDGE: once_cell::sync::Lazy<Knowledge> = once_cell::sync::Lazy::new(|| {
        Knowledge::parse(
            ("lexicons/nations.toml", BUILTIN_NATIONS),
            ("lexicons/bodies.toml", BUILTIN_BODIES),
            ("lexicons/titles.toml", BUILTIN_TITLES),
        )
        .expect("built-in nations, bodies and titles parse")
    });
    &KNOWLEDGE
}

/// An Arabic phrase with the article added to or taken from its first word.
fn article_variant(form: &str) -> Option<String> {
    if !form.chars().any(is_arabic_letter) {
        return None;
    }
    let form = form.trim();
    if let Some(rest) = form.strip_prefix("ال") {
        (rest.chars().count() >= 2).then(|| rest.to_string())
    } else {
        Some(format!("ال{form}"))
    }
}

/// The forms of an Arabic nationality adjective given in the masculine singular
/// ("عراقي"): feminine, dual and plural, each with and without the article.
fn adjective_forms(adjective: &str) -> Vec<String> {
    let adjective = adjective.trim();
    let mut out = vec![adjective.to_string()];
    if adjective.chars().any(is_arabic_letter) && adjective.ends_with('ي') && !adjective.starts_with("ال")
    {
        for suffix in ["ة", "ون", "ين", "ان", "تان", "تين", "ات"] {
            out.push(format!("{adjective}{suffix}"));
        }
        let bare: Vec<String> = out.clone();
        out.extend(bare.into_iter().map(|f| format!("ال{f}")));
    } else if let Some(variant) = article_variant(adjective) {
        out.push(variant);
    }
    out
}

impl Knowledge {
    /// Builds the tables from `(origin, text)` of each file.
    fn parse(nations: (&str, &str), bodies: (&str, &str), titles: (&str, &str)) -> Result<Knowledge> {
        let (nations_origin, bodies_origin, titles_origin) = (nations.0, bodies.0, titles.0);
        let nations: NationsFile = crate::lexicon::parse_toml(nations.0, nations.1)?;
        let bodies: BodiesFile = crate::lexicon::parse_toml(bodies.0, bodies.1)?;
        let titles: TitlesFile = crate::lexicon::parse_toml(titles.0, titles.1)?;
        let mut index = PhraseIndex::default();
        let mut body_ids = FxHashMap::default();
        let mut out_bodies = Vec::new();
        for (i, body) in bodies.body.iter().enumerate() {
            body_ids.insert(body.id.clone(), i);
            out_bodies.push(Body {
                id: body.id.clone(),
                name: body.name.clone(),
                government: body.government,
            });
            for form in &body.forms {
                index.insert(form, KItem::Body(i), false);
                if let Some(v) = article_variant(form) {
                    index.insert(&v, KItem::Body(i), false);
                }
            }
        }
        let government_body = bodies
            .body
            .iter()
            .position(|b| b.government)
            .ok_or_else(|| Error::parse(bodies_origin, None, "no body has `government = true`"))?;
        for title in &titles.title {
            let body =
                match &title.body {
                    Some(id) => Some(*body_ids.get(id).ok_or_else(|| {
                        Error::parse(titles_origin, None, format!("unknown body id {id:?}"))
                    })?),
                    None => None,
                };
            for form in &title.forms {
                index.insert(form, KItem::Title(body), false);
                if let Some(v) = article_variant(form) {
                    index.insert(&v, KItem::Title(body), false);
                }
            }
        }
        let mut out_nations = Vec::new();
        for (i, nation) in nations.nation.iter().enumerate() {
            for name in &nation.names {
                index.insert(name, KItem::Nation(i, NationForm::Name), false);
            }
            for capital in &nation.capitals {
                index.insert(capital, KItem::Nation(i, NationForm::Capital), false);
            }
            for adjective in &nation.adjectives {
                for form in adjective_forms(adjective) {
                    index.insert(&form, KItem::Nation(i, NationForm::Adjective), false);
                }
            }
            for id in nation.bodies.keys() {
                if !body_ids.contains_key(id) {
                    return Err(Error::parse(
                        nations_origin,
                        None,
                        format!("{}: unknown body id {id:?}", nation.name),
                    ));
                }
            }
            out_nations.push(Nation {
                name: nation.name.clone(),
                government: nation.government.clone(),
                camp: nation.camp.clone().unwrap_or_else(|| nation.government.clone()),
                bodies: nation.bodies.clone(),
            });
        }
        for lists in [&titles.ar, &titles.en] {
            for w in &lists.locatives {
                index.insert(w, KItem::Locative, false);
            }
            for w in &lists.breakers {
                index.insert(w, KItem::Breaker, false);
            }
            for w in &lists.stop {
                index.insert(w, KItem::Stop, false);
            }
        }
        let name_heads = [&titles.ar, &titles.en]
            .iter()
            .flat_map(|l| &l.name_heads)
            .map(|w| fold(w, Lang::detect(w)))
            .collect();
        Ok(Knowledge {
            name_heads,
            nations: out_nations,
            bodies: out_bodies,
            government_body,
            index,
        })
    }

    /// A body of a nation: its canonical name and camp.
    fn compose(&self, body: usize, nation: Option<usize>) -> Org {
        let b = &self.bodies[body];
        let Some(n) = nation.map(|n| &self.nations[n]) else {
            return Org {
                canonical: None,
                name: b.name.clone(),
                camp: None,
                kind: ActorKind::Body,
            };
        };
        let canonical = if b.government {
            n.government.clone()
        } else {
            n.bodies
                .get(&b.id)
                .cloned()
                .unwrap_or_else(|| format!("{} of {}", b.name, n.name))
        };
        Org {
            canonical: Some(canonical.clone()),
            name: canonical,
            camp: Some(n.camp.clone()),
            kind: if b.government {
                ActorKind::Country
            } else {
                ActorKind::Body
            },
        }
    }
}

// ---------------------------------------------------------------------------
// Reading a speaker phrase.

/// Ends the phrase at the first breaker ("خلال", "during", "الذي") once it has a
/// head; a breaker before any head starts an adjunct that runs to the next
/// punctuation and is dropped.
fn cut_at_breaker(toks: &[Tok], segs: &mut Vec<Seg>) {
    let mut head = false;
    let mut k = 0;
    while k < segs.len() {
        match segs[k].item {
            Item::Breaker if head => {
                segs.truncate(k);
                return;
            }
            Item::Breaker => {
                let mut j = k + 1;
                while j < segs.len() && toks[segs[j].start].gap != Gap::Hard {
                    j += 1;
                }
                segs.drain(k..j);
                continue;
            }
            Item::Actor(_) | Item::Nation(..) | Item::Body(_) | Item::Title(_) | Item::Other => head = true,
            Item::Stop | Item::Locative => {}
        }
        k += 1;
    }
}

/// Marks the phrase right after a locative ("في العراق", "in Baghdad") as a place.
fn mark_locations(toks: &[Tok], segs: &mut [Seg]) {
    for k in 1..segs.len() {
        if segs[k - 1].item == Item::Locative && toks[segs[k].start].gap != Gap::Hard {
            segs[k].location = true;
        }
    }
}

/// The segments of the first title run: titles with only known bodies, nations
/// and function words between them, and no punctuation.
fn title_cluster(toks: &[Tok], segs: &[Seg]) -> Option<Vec<usize>> {
    let first = segs.iter().position(|s| matches!(s.item, Item::Title(_)))?;
    let mut cluster = vec![first];
    let mut k = first + 1;
    while k < segs.len() && toks[segs[k].start].gap == Gap::Space {
        match segs[k].item {
            Item::Title(_) => cluster.push(k),
            Item::Nation(..) | Item::Body(_) | Item::Stop if !segs[k].location => {}
            Item::Actor(_) if !segs[k].location => {}
            _ => break,
        }
        k += 1;
    }
    Some(cluster)
}

/// Whether a segment can be part of a person's name.
fn namelike(toks: &[Tok], seg: &Seg) -> bool {
    if seg.item != Item::Other || seg.location {
        return false;
    }
    let tok = &toks[seg.start];
    tok.arabic || tok.upper || NAME_PARTICLES.contains(&tok.norm.as_str())
}

/// Lower-case words that stand inside Latin-script names.
const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "abd", "de", "da", "di", "du", "van", "von", "der", "la", "le",
];

/// The person's name: runs of unknown words; with a title, the run nearest it
/// (after it first); without one, the first run that looks like a name.
fn person_run(toks: &[Tok], segs: &[Seg], title: Option<&[usize]>) -> Option<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < segs.len() {
        if !namelike(toks, &segs[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k + 1 < segs.len() && namelike(toks, &segs[k + 1]) && toks[segs[k + 1].start].gap != Gap::Hard {
            k += 1;
        }
        runs.push((start, k));
        k += 1;
    }
    let valid = |&(a, b): &(usize, usize)| {
        let first = &toks[segs[a].start];
        let last = &toks[segs[b].start];
        if first.arabic {
            // A definite word starts a name only as a lone nisba surname
            // ("السوداني", "الأعرجي"); "الملف الأمني" is no name.
            !first.definite || (a == b && is_nisba(&first.norm))
        } else {
            first.upper && (last.upper || a == b)
        }
    };
    match title {
        Some(cluster) => {
            let t0 = cluster[0];
            let t1 = *cluster.last().unwrap_or(&t0);
            let after = runs.iter().copied().find(|r| r.0 > t1 && valid(r));
            let before = runs.iter().rev().copied().find(|r| r.1 < t0 && valid(r));
            after.or(before)
        }
        None => runs.into_iter().find(valid),
    }
}

/// Whether a folded Arabic word looks like a nisba surname: the article, at least
/// three letters, and the final ي.
fn is_nisba(norm: &str) -> bool {
    norm.strip_prefix("ال")
        .is_some_and(|rest| rest.chars().count() >= 4 && rest.ends_with('ي'))
}

/// The nation adjective or name that qualifies segment `k`: the adjective right
/// after it (Arabic order, "وزارة الدفاع العراقية"), or the nation right before
/// it, possibly with "'s" (English order, "the Iraqi defense ministry",
/// "Iraq's foreign ministry"), or "of" and a nation after it.
fn adjacent_nation(toks: &[Tok], segs: &[Seg], k: usize) -> Option<usize> {
    let is_nation = |j: usize, adjective_only: bool| {
        segs.get(j).is_some_and(|s| match s.item {
            Item::Nation(_, form) => !s.location && (!adjective_only || form == NationForm::Adjective),
            _ => false,
        })
    };
    let joined = |j: usize| toks[segs[j].start].gap == Gap::Space;
    if toks[segs[k].start].arabic {
        if k + 1 < segs.len() && joined(k + 1) && is_nation(k + 1, true) {
            return Some(k + 1);
        }
        return None;
    }
    if k >= 1 && joined(k) && is_nation(k - 1, false) {
        return Some(k - 1);
    }
    if k >= 2
        && toks[segs[k - 1].start].norm == "s"
        && segs[k - 1].end - segs[k - 1].start == 1
        && is_nation(k - 2, false)
    {
        return Some(k - 2);
    }
    if k + 2 < segs.len()
        && toks[segs[k + 1].start].norm == "of"
        && joined(k + 1)
        && joined(k + 2)
        && is_nation(k + 2, false)
    {
        return Some(k + 2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> AliasTable {
        AliasTable::builtin()
    }

    fn r(surface: &str) -> Resolved {
        builtin().resolve(surface, Lang::detect(surface))
    }

    #[test]
    fn builtin_knowledge_parses() {
        let kn = knowledge();
        assert!(kn.nations.len() >= 22);
        assert!(!builtin().actors.is_empty());
    }

    /// Checks the parts of a resolution; `None` fields are not checked.
    #[track_caller]
    fn check(
        surface: &str,
        canonical: Option<&str>,
        camp: Option<&str>,
        person: Option<&str>,
        title: Option<&str>,
        affiliation: Option<&str>,
    ) {
        let got = r(surface);
        let want = Resolved {
            canonical: canonical.map(str::to_string),
            camp: camp.map(str::to_string),
            person: person.map(str::to_string),
            title: title.map(str::to_string),
            affiliation: affiliation.map(str::to_string),
        };
        assert_eq!(got, want, "resolving {surface:?}");
    }

    #[test]
    fn arabic_title_body_and_person() {
        check(
            "نائب السكرتير الصحفي لوزارة الدفاع الأمريكية صابرينا سينغ",
            Some("صابرينا سينغ"),
            Some("US government"),
            Some("صابرينا سينغ"),
            Some("نائب السكرتير الصحفي"),
            Some("US Department of Defense"),
        );
        check(
            "وزير الخارجية الإسباني خوسيه مانويل ألباريس",
            Some("خوسيه مانويل ألباريس"),
            Some("Spanish government"),
            Some("خوسيه مانويل ألباريس"),
            Some("وزير الخارجية"),
            Some("Ministry of Foreign Affairs of Spain"),
        );
        check(
            "وزير الدفاع الأميركي لويد أوستن",
            Some("لويد أوستن"),
            Some("US government"),
            Some("لويد أوستن"),
            Some("وزير الدفاع"),
            Some("US Department of Defense"),
        );
        check(
            "رئيس مجلس الوزراء العراقي محمد شياع السوداني",
            Some("محمد شياع السوداني"),
            Some("Iraqi government"),
            Some("محمد شياع السوداني"),
            Some("رئيس مجلس الوزراء"),
            Some("Iraqi government"),
        );
    }

    #[test]
    fn arabic_name_before_title() {
        check(
            "يحيى رسول متحدث القائد العام للقوات المسلحة العراقية",
            Some("يحيى رسول"),
            Some("Iraqi government"),
            Some("يحيى رسول"),
            Some("متحدث القائد العام"),
            Some("Armed Forces of Iraq"),
        );
    }

    #[test]
    fn a_place_after_a_locative_is_not_the_affiliation() {
        for surface in [
            "السفيرة الأميركية في العراق ألينا رومانوسكي",
            "السفيرة الأميركية في العراق، ألينا رومانوسكي",
        ] {
            check(
                surface,
                Some("ألينا رومانوسكي"),
                Some("US government"),
                Some("ألينا رومانوسكي"),
                Some("السفيرة"),
                Some("US government"),
            );
        }
        check(
            "the Iraqi ambassador in Washington",
            Some("Iraqi government"),
            Some("Iraqi government"),
            None,
            Some("ambassador"),
            Some("Iraqi government"),
        );
    }

    #[test]
    fn english_title_body_and_person() {
        check(
            "Pentagon deputy press secretary Sabrina Singh",
            Some("Sabrina Singh"),
            Some("US government"),
            Some("Sabrina Singh"),
            Some("deputy press secretary"),
            Some("US Department of Defense"),
        );
        check(
            "However, Sabrina Singh, the Pentagon's deputy press secretary",
            Some("Sabrina Singh"),
            Some("US government"),
            Some("Sabrina Singh"),
            Some("deputy press secretary"),
            Some("US Department of Defense"),
        );
        check(
            "U.S. Secretary of State Antony Blinken",
            Some("Antony Blinken"),
            Some("US government"),
            Some("Antony Blinken"),
            Some("Secretary of State"),
            Some("US Department of State"),
        );
        check(
            "Spanish Foreign Minister José Manuel Albares",
            Some("José Manuel Albares"),
            Some("Spanish government"),
            Some("José Manuel Albares"),
            Some("Foreign Minister"),
            Some("Ministry of Foreign Affairs of Spain"),
        );
        check(
            "Ambassador Alina L. Romanowski",
            Some("Alina L. Romanowski"),
            None,
            Some("Alina L. Romanowski"),
            Some("Ambassador"),
            None,
        );
    }

    #[test]
    fn nationality_and_body_compose() {
        let iraq_defense = Some("Ministry of Defense of Iraq");
        let iraq = Some("Iraqi government");
        check("وزارة الدفاع العراقية", iraq_defense, iraq, None, None, None);
        check("لوزارة الدفاع العراقية", iraq_defense, iraq, None, None, None);
        check("the Iraqi defense ministry", iraq_defense, iraq, None, None, None);
        check("Iraq's Ministry of Defence", iraq_defense, iraq, None, None, None);
        check("الحكومة العراقية", iraq, iraq, None, None, None);
        check("للحكومة العراقية", iraq, iraq, None, None, None);
        check("the Iraqi government", iraq, iraq, None, None, None);
        let iran_foreign = Some("Ministry of Foreign Affairs of Iran");
        check(
            "Iranian foreign ministry",
            iran_foreign,
            Some("Iranian government"),
            None,
            None,
            None,
        );
        check(
            "وزارة الخارجية الإيرانية",
            iran_foreign,
            Some("Iranian government"),
            None,
            None,
            None,
        );
        let us = Some("US government");
        check("مسؤولين أميركيين", us, us, None, Some("مسؤولين"), us);
        check("مسؤولون أمريكيون", us, us, None, Some("مسؤولون"), us);
        check("US officials", us, us, None, Some("officials"), us);
        let spain = Some("Spanish government");
        check("الوزير الإسباني", spain, spain, None, Some("الوزير"), spain);
    }

    #[test]
    fn a_country_or_capital_stands_for_its_government() {
        let us = Some("US government");
        check("واشنطن", us, us, None, None, None);
        check("Washington", us, us, None, None, None);
        check("الولايات المتحدة", us, us, None, None, None);
        check(
            "Iraq",
            Some("Iraqi government"),
            Some("Iraqi government"),
            None,
            None,
            None,
        );
        check(
            "بغداد",
            Some("Iraqi government"),
            Some("Iraqi government"),
            None,
            None,
            None,
        );
        check(
            "طهران",
            Some("Iranian government"),
            Some("Iranian government"),
            None,
            None,
            None,
        );
    }

    #[test]
    fn named_actors_with_clitics_and_variants() {
        let dod = Some("US Department of Defense");
        let us = Some("US government");
        check("البنتاغون", dod, us, None, None, None);
        check("والبنتاغون", dod, us, None, None, None);
        check("The Pentagon", dod, us, None, None, None);
        check("وزارة الدفاع الأميركية", dod, us, None, None, None);
        check("وزارة الدفاع الأمريكية", dod, us, None, None, None);
        check(
            "القيادة المركزية الأميركية",
            Some("US Central Command"),
            us,
            None,
            None,
            None,
        );
        check("البيت الأبيض", Some("White House"), us, None, None, None);
        check(
            "مكتب رئيس الوزراء العراقي",
            Some("Office of the Prime Minister of Iraq"),
            Some("Iraqi government"),
            None,
            None,
            None,
        );
        let coalition = Some("US-led coalition");
        check("التحالف الدولي", coalition, coalition, None, None, None);
        check("حلف شمال الأطلسي", Some("NATO"), Some("NATO"), None, None, None);
        let media = Some("media");
        check("أ ف ب", Some("Agence France-Presse"), media, None, None, None);
        check(
            "وكالة الأنباء العراقية",
            Some("Iraqi News Agency"),
            media,
            None,
            None,
            None,
        );
        check("Reuters", Some("Reuters"), media, None, None, None);
        check(
            "كتائب حزب الله",
            Some("Kataib Hezbollah"),
            Some("Kataib Hezbollah"),
            None,
            None,
            None,
        );
        check("حزب الله", Some("Hezbollah"), Some("Hezbollah"), None, None, None);
        check(
            "المتحدث باسم كتائب حزب الله",
            Some("Kataib Hezbollah"),
            Some("Kataib Hezbollah"),
            None,
            Some("المتحدث باسم"),
            Some("Kataib Hezbollah"),
        );
    }

    #[test]
    fn time_words_and_adjuncts_are_not_names() {
        let iraq = Some("Iraqi government");
        check(
            "الحكومة العراقية، يوم الأربعاء 24 يناير/كانون الثاني،",
            iraq,
            iraq,
            None,
            None,
            None,
        );
        let spain = Some("Spanish government");
        check(
            "الوزير الإسباني خلال مؤتمر صحافي في بغداد مع نظيره العراقي فؤاد حسين",
            spain,
            spain,
            None,
            Some("الوزير"),
            spain,
        );
        check("On Thursday, the Iraqi government", iraq, iraq, None, None, None);
        check("أربعة مصادر", None, None, None, Some("مصادر"), None);
        check(
            "A senior US defense official",
            Some("US Department of Defense"),
            Some("US government"),
            None,
            Some("senior defense official"),
            Some("US Department of Defense"),
        );
        check(
            "مصدر أمني عراقي",
            Some("Security Forces of Iraq"),
            Some("Iraqi government"),
            None,
            Some("مصدر أمني"),
            Some("Security Forces of Iraq"),
        );
        check(
            "Iraqi government spokesman Basim al-Awadi",
            Some("Basim al-Awadi"),
            Some("Iraqi government"),
            Some("Basim al-Awadi"),
            Some("spokesman"),
            Some("Iraqi government"),
        );
        check("The ministry", None, None, None, None, None);
    }

    #[test]
    fn arabic_names_and_common_words() {
        check("السوداني", Some("السوداني"), None, Some("السوداني"), None, None);
        check(
            "المتحدث باسم وزارة الدفاع السعودية عبد الله المالكي",
            Some("عبد الله المالكي"),
            Some("Saudi government"),
            Some("عبد الله المالكي"),
            Some("المتحدث باسم"),
            Some("Ministry of Defense of Saudi Arabia"),
        );
        check(
            "أبو ظبي",
            Some("UAE government"),
            Some("UAE government"),
            None,
            None,
            None,
        );
        check("أوستن في بيان", Some("أوستن"), None, Some("أوستن"), None, None);
        check("في وقت سابق", None, None, None, None, None);
        check("الملف الأمني", None, None, None, None, None);
        check(
            "الحسيني، وهو نائب مستقل في البرلمان",
            Some("الحسيني"),
            None,
            Some("الحسيني"),
            Some("نائب"),
            None,
        );
        // A nation's adjective is not taken for a surname.
        check(
            "الحكومة السودانية",
            Some("Sudanese government"),
            Some("Sudanese government"),
            None,
            None,
            None,
        );
    }

    #[test]
    fn later_mentions_by_surname_take_the_full_name() {
        let table = builtin();
        let speaker = |text: &str| {
            let r = table.resolve(text, Lang::detect(text));
            let mut s = Speaker::new(text, Span::new(0, text.len()));
            (s.canonical, s.camp, s.person, s.title, s.affiliation) =
                (r.canonical, r.camp, r.person, r.title, r.affiliation);
            s
        };
        let mut speakers = [
            speaker("وزير الخارجية الإسباني خوسيه مانويل ألباريس"),
            speaker("ألباريس"),
            speaker("Kareem Saleh"),
            speaker("Saleh"),
            speaker("Lina Saleh"),
            speaker("Saleh"),
            speaker("البنتاغون"),
        ];
        carry_person_names(speakers.iter_mut());
        assert_eq!(speakers[1].canonical.as_deref(), Some("خوسيه مانويل ألباريس"));
        assert_eq!(speakers[1].camp.as_deref(), Some("Spanish government"));
        assert_eq!(
            speakers[1].affiliation.as_deref(),
            Some("Ministry of Foreign Affairs of Spain")
        );
        assert_eq!(speakers[1].person.as_deref(), Some("ألباريس"));
        assert_eq!(speakers[3].canonical.as_deref(), Some("Kareem Saleh"));
        // Two earlier people share the surname: it stays as written.
        assert_eq!(speakers[5].canonical.as_deref(), Some("Saleh"));
        assert_eq!(speakers[6].canonical.as_deref(), Some("US Department of Defense"));
    }

    #[test]
    fn lexicon_dir_replaces_the_tables_it_holds() {
        let dir = std::env::temp_dir().join(format!("claimgraph-resolve-lexicons-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let titles =
            format!("{BUILTIN_TITLES}\n[[title]]\nforms = [\"harbour master\"]\nbody = \"government\"\n");
        std::fs::write(dir.join("titles.toml"), titles).unwrap();
        let table = builtin().with_lexicon_dir(&dir).unwrap();
        let got = table.resolve("Spanish harbour master Ana Ruiz", Lang::En);
        assert_eq!(got.title.as_deref(), Some("harbour master"));
        assert_eq!(got.camp.as_deref(), Some("Spanish government"));
        // Nations and bodies, absent from the folder, stay built in.
        assert_eq!(
            table.resolve("وزارة الدفاع العراقية", Lang::Ar).camp.as_deref(),
            Some("Iraqi government")
        );
        // The user's actors are kept across the change.
        let mut own = AliasTable::new();
        own.add("Acme", "Acme", Some("Acme"));
        let mut table = table;
        table.extend(own);
        assert_eq!(table.resolve("Acme", Lang::En).camp.as_deref(), Some("Acme"));

        std::fs::write(
            dir.join("nations.toml"),
            "[[nation]]\nname = \"X\"\n\ngovernment = 3\n",
        )
        .unwrap();
        let e = builtin().with_lexicon_dir(&dir).unwrap_err();
        let path = dir.join("nations.toml");
        assert!(
            e.to_string().starts_with(&format!("{}:4:", path.display())),
            "{e}"
        );
        std::fs::write(dir.join("nations.toml"), BUILTIN_NATIONS).unwrap();
        std::fs::write(
            dir.join("bodies.toml"),
            "[[body]]\nid = \"x\"\nname = \"X\"\nforms = [\"x\"]\n",
        )
        .unwrap();
        let e = builtin().with_lexicon_dir(&dir).unwrap_err();
        assert!(e.to_string().contains("government = true"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn carrying_names_stays_linear_for_repeated_speakers() {
        let mut speakers: Vec<Speaker> = (0..20_000)
            .map(|i| {
                let name = if i % 2 == 0 { "Lina Haddad" } else { "Haddad" };
                let mut s = Speaker::new(name, Span::new(0, name.len()));
                s.person = Some(name.to_string());
                s.canonical = Some(name.to_string());
                s
            })
            .collect();
        let started = std::time::Instant::now();
        carry_person_names(speakers.iter_mut());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert!(
            speakers
                .iter()
                .all(|s| s.canonical.as_deref() == Some("Lina Haddad"))
        );
    }

    #[test]
    fn capitals_only_match_in_capitals() {
        assert_eq!(r("told us").camp, None);
        assert_eq!(r("US").camp.as_deref(), Some("US government"));
        assert_eq!(r("the ap").canonical, None);
        assert_eq!(r("AP").canonical.as_deref(), Some("Associated Press"));
    }

    #[test]
    fn users_entries_win_ties_and_longest_match_wins() {
        let mut table = builtin();
        table.add("البنتاغون", "Pentagon building", Some("real estate"));
        let got = table.resolve("والبنتاغون", Lang::Ar);
        assert_eq!(got.canonical.as_deref(), Some("Pentagon building"));
        // A longer built-in alias still wins over a shorter user alias.
        table.add("التحالف", "Some alliance", None);
        let got = table.resolve("التحالف الدولي", Lang::Ar);
        assert_eq!(got.canonical.as_deref(), Some("US-led coalition"));
        let mut table = builtin();
        table.extend(
            AliasTable::parse(
                "u.toml",
                "[[actor]]\ncanonical = \"Sabrina Singh\"\ncamp = \"US government\"\nkind = \"person\"\naliases = [\"سينغ\", \"صابرينا سينغ\"]\n",
            )
            .unwrap(),
        );
        let got = table.resolve("سينغ", Lang::Ar);
        assert_eq!(got.canonical.as_deref(), Some("Sabrina Singh"));
        assert_eq!(got.person.as_deref(), Some("سينغ"));
        assert_eq!(got.camp.as_deref(), Some("US government"));
    }

    #[test]
    fn resolution_is_deterministic() {
        let a = r("المتحدث باسم الحكومة العراقية باسم العوادي");
        for _ in 0..5 {
            assert_eq!(a, r("المتحدث باسم الحكومة العراقية باسم العوادي"));
        }
        assert_eq!(a.person.as_deref(), Some("باسم العوادي"));
    }

    #[test]
    fn mentions_have_original_spans_without_clitics() {
        let text = "وقال البنتاغون، والحكومة العراقية للحكومة العراقية في بغداد إن Reuters وCENTCOM";
        let table = builtin();
        let mentions = table.find_mentions(text, Span::new(0, text.len()), Lang::Ar);
        let got: Vec<(&str, &str, Option<&str>, ActorKind)> = mentions
            .iter()
            .map(|m| {
                (
                    m.span.slice(text),
                    m.canonical.as_str(),
                    m.camp.as_deref(),
                    m.kind,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "البنتاغون",
                    "US Department of Defense",
                    Some("US government"),
                    ActorKind::Body
                ),
                (
                    "الحكومة العراقية",
                    "Iraqi government",
                    Some("Iraqi government"),
                    ActorKind::Country
                ),
                (
                    "لحكومة العراقية",
                    "Iraqi government",
                    Some("Iraqi government"),
                    ActorKind::Country
                ),
                ("Reuters", "Reuters", Some("media"), ActorKind::Media),
            ]
        );
        for m in &mentions {
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
    }

    #[test]
    fn mentions_in_english_and_in_a_subregion() {
        let text = "Iraq's foreign ministry and US officials met Hamas in Cairo; Tehran said no.";
        let table = builtin();
        let got: Vec<(&str, String)> = table
            .find_mentions(text, Span::new(0, text.len()), Lang::En)
            .into_iter()
            .map(|m| (m.span.slice(text), m.canonical))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Iraq's foreign ministry",
                    "Ministry of Foreign Affairs of Iraq".to_string()
                ),
                ("US officials", "US government".to_string()),
                ("Hamas", "Hamas".to_string()),
                ("Tehran", "Iranian government".to_string()),
            ]
        );
        let start = text.find("Hamas").unwrap();
        let region = table.find_mentions(text, Span::new(start, text.len()), Lang::En);
        assert_eq!(region.len(), 2);
        assert_eq!(region[0].span.start, start);
        // Spans off char boundaries or past the end are clamped, not a panic.
        let ar = "قالت واشنطن";
        let m = table.find_mentions(ar, Span::new(1, 999), Lang::Ar);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].span.slice(ar), "واشنطن");
    }

    #[test]
    fn title_spans_and_starts() {
        let table = builtin();
        let text = "وقال نائب السكرتير الصحفي لوزارة الدفاع الأمريكية صابرينا سينغ";
        let span = table
            .title_span(text, Span::new(0, text.len()), Lang::Ar)
            .unwrap();
        assert_eq!(span.slice(text), "نائب السكرتير الصحفي");
        let text = "ووزيرة الخارجية الألمانية";
        let span = table
            .title_span(text, Span::new(0, text.len()), Lang::Ar)
            .unwrap();
        assert_eq!(span.slice(text), "وزيرة الخارجية");
        assert_eq!(
            table.title_span("Sabrina Singh", Span::new(0, 13), Lang::En),
            None
        );
        assert!(table.is_title_start("للمتحدث", Lang::Ar));
        assert!(table.is_title_start("spokeswoman", Lang::En));
        assert!(!table.is_title_start("", Lang::En));
        assert!(!table.is_title_start("العراقية", Lang::Ar));
    }

    #[test]
    fn clitics_are_taken_off_arabic_words() {
        let forms: Vec<(String, usize)> = clitic_forms(&fold("وللحكومة", Lang::Ar));
        assert!(forms.contains(&("الحكومه".to_string(), 2)));
        assert!(forms.contains(&("للحكومه".to_string(), 1)));
        assert!(clitic_forms("وب").is_empty());
        assert_eq!(after_letters("وَالبنتاغون", 1), "وَ".len());
    }

    #[test]
    fn adjectives_come_in_every_gender_and_number() {
        let forms = adjective_forms("عراقي");
        for f in ["عراقية", "العراقيين", "العراقيون", "عراقيات", "العراقي"]
        {
            assert!(forms.iter().any(|x| x == f), "{f} missing");
        }
        assert_eq!(adjective_forms("Iraqi"), ["Iraqi"]);
    }

    fn parse_err(text: &str) -> Error {
        AliasTable::parse("user.toml", text).unwrap_err()
    }

    #[test]
    fn alias_file_errors_name_file_line_and_problem() {
        let e = parse_err("[[actor]]\ncanonical = \"A\"\nnickname = \"B\"\n");
        assert_eq!(e.line(), Some(3), "{e}");
        assert!(
            e.to_string().starts_with("user.toml:3:") && e.to_string().contains("nickname"),
            "{e}"
        );

        let e = parse_err("[[actor]]\ncanonical = \"A\"\n\n[[actor]]\ncamp = \"B\"\naliases = [\"C\"]\n");
        assert!(e.to_string().contains("canonical"), "{e}");
        assert_eq!(e.line(), Some(4), "{e}");

        let e = parse_err("[[actor]]\ncanonical = \"A\"\naliases = [\"B\",\n  \"  \"]\n");
        assert_eq!(e.to_string(), "user.toml:4: actor \"A\" has an empty alias");

        let e = parse_err("[[actor]]\ncanonical = \"\"\n");
        assert_eq!(e.to_string(), "user.toml:2: an actor has an empty canonical name");

        let e = parse_err("[[actor]]\ncanonical = \"A\"\naliases = \"B\"\n");
        assert_eq!(e.line(), Some(3), "{e}");
        assert!(
            e.to_string().contains("sequence") || e.to_string().contains("array"),
            "{e}"
        );

        let e = parse_err("[[actor]]\ncanonical = 5\n");
        assert_eq!(e.line(), Some(2), "{e}");

        let e = parse_err("[[actor]]\ncanonical = \"A\"\nkind = \"planet\"\n");
        assert_eq!(e.line(), Some(3), "{e}");
        assert!(e.to_string().contains("planet"), "{e}");

        let e = parse_err("[[actor]\ncanonical = \"A\"\n");
        assert_eq!(e.line(), Some(1), "{e}");
    }

    #[test]
    fn alias_file_from_path() {
        let dir = std::env::temp_dir().join(format!("claimgraph-resolve-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("aliases.toml");
        std::fs::write(
            &path,
            "[[actor]]\ncanonical = \"Acme\"\ncamp = \"Acme group\"\naliases = [\"أكمي\"]\n",
        )
        .unwrap();
        let table = AliasTable::from_path(&path).unwrap();
        assert_eq!(
            table.resolve("وأكمي", Lang::Ar).camp.as_deref(),
            Some("Acme group")
        );
        std::fs::write(&path, "[[actor]]\naliases = [1]\n").unwrap();
        let e = AliasTable::from_path(&path).unwrap_err();
        assert!(
            e.to_string().starts_with(&format!("{}:2:", path.display())),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    proptest::proptest! {
        #[test]
        fn resolve_and_mentions_never_panic(text in "\\PC{0,60}", a in 0usize..200, b in 0usize..200) {
            let table = builtin();
            let _ = table.resolve(&text, Lang::Ar);
            let _ = table.resolve(&text, Lang::En);
            for m in table.find_mentions(&text, Span::new(a, b), Lang::Ar) {
                proptest::prop_assert!(text.get(m.span.start..m.span.end).is_some());
                proptest::prop_assert!(!m.span.is_empty());
            }
            if let Some(t) = table.title_span(&text, Span::new(a.min(b), a.max(b)), Lang::En) {
                proptest::prop_assert!(text.get(t.start..t.end).is_some());
            }
        }

        #[test]
        fn resolve_never_panics_on_arabic_like_text(
            words in proptest::collection::vec("[وفبلكال]{0,3}[ء-ي]{1,6}[\u{064B}-\u{0652}]?", 0..8)
        ) {
            let text = words.join(" ");
            let table = builtin();
            let _ = table.resolve(&text, Lang::Ar);
            for m in table.find_mentions(&text, Span::new(0, text.len()), Lang::Ar) {
                proptest::prop_assert!(text.get(m.span.start..m.span.end).is_some());
            }
        }
    }
}
