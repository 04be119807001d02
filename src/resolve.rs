//! Resolution: speaker names to canonical actors and camps.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::text::normalize::fold;

/// Maps surface forms in any language to canonical actors and their camps.
///
/// The built-in table ([`AliasTable::builtin`]) holds general knowledge:
/// governments, ministries, capitals used as metonyms, agencies. Users add their
/// own from TOML:
///
/// ```
/// use claimgraph::{AliasTable, Lang};
/// let table = AliasTable::parse("mine.toml", r#"
/// [[actor]]
/// canonical = "Acme Corporation"
/// camp = "Acme"
/// aliases = ["Acme", "أكمي"]
/// "#).unwrap();
/// let resolved = table.resolve("Acme", Lang::En);
/// assert_eq!(resolved.canonical.as_deref(), Some("Acme Corporation"));
/// assert_eq!(resolved.camp.as_deref(), Some("Acme"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct AliasTable {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug)]
struct Entry {
    folded: String,
    canonical: String,
    camp: Option<String>,
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
    canonical: String,
    #[serde(default)]
    camp: Option<String>,
    aliases: Vec<String>,
}

/// What the alias table says about a speaker's words.
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

const BUILTIN: &str = include_str!("../lexicons/aliases.toml");

impl AliasTable {
    /// An empty table.
    pub fn new() -> AliasTable {
        AliasTable::default()
    }

    /// The built-in table.
    pub fn builtin() -> AliasTable {
        static TABLE: once_cell::sync::Lazy<AliasTable> = once_cell::sync::Lazy::new(|| {
            AliasTable::parse("lexicons/aliases.toml", BUILTIN).expect("built-in aliases parse")
        });
        TABLE.clone()
    }

    /// Parses a TOML alias table; `origin` names it in errors.
    pub fn parse(origin: &str, text: &str) -> Result<AliasTable> {
        let file: AliasFile = crate::lexicon::parse_toml(origin, text)?;
        let mut table = AliasTable::new();
        for actor in file.actor {
            if actor.canonical.trim().is_empty() {
                return Err(Error::parse(origin, None, "an actor has an empty canonical name"));
            }
            for alias in &actor.aliases {
                table.add(alias, &actor.canonical, actor.camp.as_deref());
            }
        }
        Ok(table)
    }

    /// Reads a TOML alias table from a file.
    pub fn from_path(path: &Path) -> Result<AliasTable> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        AliasTable::parse(&path.display().to_string(), &text)
    }

    /// Adds one surface form.
    pub fn add(&mut self, surface: &str, canonical: &str, camp: Option<&str>) {
        let folded = fold(surface, Lang::detect(surface));
        self.entries.retain(|e| e.folded != folded);
        self.entries.push(Entry {
            folded,
            canonical: canonical.to_string(),
            camp: camp.map(str::to_string),
        });
    }

    /// Adds every entry of `other`; its entries win.
    pub fn extend(&mut self, other: AliasTable) {
        for entry in other.entries {
            self.entries.retain(|e| e.folded != entry.folded);
            self.entries.push(entry);
        }
    }

    /// Resolves the words naming a speaker.
    pub fn resolve(&self, surface: &str, lang: Lang) -> Resolved {
        let folded = fold(surface, lang);
        let best = self
            .entries
            .iter()
            .filter(|e| folded.contains(&e.folded))
            .max_by_key(|e| e.folded.len());
        match best {
            Some(e) => Resolved {
                canonical: Some(e.canonical.clone()),
                camp: e.camp.clone(),
                ..Resolved::default()
            },
            None => Resolved::default(),
        }
    }
}
