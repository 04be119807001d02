//! [`Config`]: every option of the pipeline in one place.

use std::path::Path;
use std::sync::Arc;

use crate::error::Result;
use crate::lexicon::Lexicons;
use crate::resolve::AliasTable;

/// Options for extraction and linking, passed explicitly to every stage.
///
/// `Config::default()` uses the built-in lexicons and alias table.
///
/// ```
/// use claimgraph::{AliasTable, Config};
/// let mut aliases = AliasTable::new();
/// aliases.add("Acme Corp", "Acme Corporation", Some("Acme"));
/// let config = Config::default().with_aliases(aliases);
/// assert!(config.narrator_claims);
/// ```
#[derive(Clone, Debug)]
pub struct Config {
    pub(crate) lexicons: Arc<Lexicons>,
    pub(crate) aliases: Arc<AliasTable>,
    /// Whether sentences without attribution become claims of the outlet.
    /// Default: `true`.
    pub narrator_claims: bool,
    /// The fewest words a sentence needs to become a narrator claim; shorter
    /// ones are headings and captions. Default: `5`.
    pub min_narrator_words: usize,
    /// The longest sentence, in bytes, that extraction takes whole; a longer one
    /// (a page with no punctuation, a 50 MB line) is cut at white space into
    /// pieces of at most this size, with a diagnostic. Default: `4096`.
    pub max_sentence_bytes: usize,
    /// Options of linking: blocking and which judgements become links.
    pub link: LinkConfig,
}

/// Options of linking claims into a graph (see [`crate::ClaimGraph`]).
///
/// Linking asks the pairwise judge only about candidate pairs that share a
/// blocking key (a topic key, or a quantity's measure). Two caps keep the
/// number of candidates per claim bounded, so the cost of linking grows about
/// linearly with the number of claims.
///
/// ```
/// let mut config = claimgraph::Config::default();
/// assert_eq!(config.link.max_key_df, 64);
/// config.link.max_candidates = 32;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LinkConfig {
    /// A blocking key held by more earlier claims than this is over-common:
    /// it reaches no candidates itself and only weighs those that rarer keys
    /// reach (a claim whose keys are all over-common reaches the
    /// `max_key_df` most recent holders of each). See
    /// [`BlockingIndex`](crate::link::index::BlockingIndex). Default: `64`.
    pub max_key_df: usize,
    /// The most candidates judged per claim; candidates sharing more (and
    /// rarer) keys come first. Default: `64`.
    pub max_candidates: usize,
    /// Judgements scoring below this do not become links. Default: `0.0`
    /// (every contradiction or corroboration the judge finds is kept).
    pub min_score: f32,
    /// Worker threads for judging; `0` uses rayon's global pool (one thread
    /// per core). Default: `0`.
    pub threads: usize,
    /// Whether [`judge_sentences`](crate::link::judge_sentences) adds the
    /// trained weights of `lexicons/judge_model.txt` to the hand-weighted
    /// score. They are trained on benchmark sentence pairs (headlines,
    /// captions) and judge such pairs better; claims of articles are always
    /// judged by the hand weights. Default: `false`.
    pub trained_judge: bool,
}

impl Default for LinkConfig {
    fn default() -> LinkConfig {
        LinkConfig {
            max_key_df: 64,
            max_candidates: 64,
            min_score: 0.0,
            threads: 0,
            trained_judge: false,
        }
    }
}

impl Default for Config {
    fn default() -> Config {
        Config {
            lexicons: Arc::new(Lexicons::builtin()),
            aliases: Arc::new(AliasTable::builtin()),
            narrator_claims: true,
            min_narrator_words: 5,
            max_sentence_bytes: 4096,
            link: LinkConfig::default(),
        }
    }
}

impl Config {
    /// The default configuration.
    pub fn new() -> Config {
        Config::default()
    }

    /// Adds the user's aliases to the built-in table; theirs win where both
    /// name the same surface form.
    pub fn with_aliases(mut self, aliases: AliasTable) -> Config {
        let mut table = (*self.aliases).clone();
        table.extend(aliases);
        self.aliases = Arc::new(table);
        self
    }

    /// Reads an alias file (TOML, see [`AliasTable::parse`]) and adds it.
    pub fn with_alias_file(self, path: impl AsRef<Path>) -> Result<Config> {
        let table = AliasTable::from_path(path.as_ref())?;
        Ok(self.with_aliases(table))
    }

    /// Uses the lexicon files found in `dir` in place of the built-in ones.
    pub fn with_lexicon_dir(mut self, dir: impl AsRef<Path>) -> Result<Config> {
        self.lexicons = Arc::new(Lexicons::with_overrides(dir.as_ref())?);
        self.aliases = Arc::new((*self.aliases).clone().with_lexicon_dir(dir.as_ref())?);
        Ok(self)
    }

    /// The alias table in use.
    pub fn aliases(&self) -> &AliasTable {
        &self.aliases
    }

    /// The lexicons in use.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lexicons
    }
}
