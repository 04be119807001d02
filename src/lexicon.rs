//! Lexicons: the word lists behind every stage, kept as TOML data files.
//!
//! Built-in lexicons are compiled in with `include_str!` from `lexicons/`; a
//! directory laid out the same way (`ar/cues.toml`, `en/interpret.toml`, ...)
//! overrides any of them at run time through [`Config::with_lexicon_dir`](crate::Config::with_lexicon_dir).

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::extract::attribution::CueLexicon;
use crate::extract::interpret::InterpretLexicon;
use crate::lang::Lang;
use crate::link::ConceptLexicon;
use crate::link::JudgeModel;
use crate::text::TextLexicon;

/// Every lexicon the pipeline uses, per language where they are per language.
#[derive(Clone, Debug)]
pub struct Lexicons {
    pub(crate) ar: LangLexicons,
    pub(crate) en: LangLexicons,
    pub(crate) concepts: ConceptLexicon,
    pub(crate) judge_model: JudgeModel,
}

/// The lexicons of one language.
#[derive(Clone, Debug)]
pub(crate) struct LangLexicons {
    pub(crate) cues: CueLexicon,
    pub(crate) interpret: InterpretLexicon,
    pub(crate) text: TextLexicon,
}

/// A built-in lexicon file: its path under `lexicons/` and its text.
macro_rules! builtin {
    ($path:literal) => {
        ($path, include_str!(concat!("../lexicons/", $path)))
    };
}

const AR_CUES: (&str, &str) = builtin!("ar/cues.toml");
const EN_CUES: (&str, &str) = builtin!("en/cues.toml");
const AR_INTERPRET: (&str, &str) = builtin!("ar/interpret.toml");
const EN_INTERPRET: (&str, &str) = builtin!("en/interpret.toml");
const AR_TEXT: (&str, &str) = builtin!("ar/text.toml");
const EN_TEXT: (&str, &str) = builtin!("en/text.toml");
const CONCEPTS: (&str, &str) = builtin!("concepts.toml");
const PLACES: (&str, &str) = builtin!("places.toml");
const ANTONYMS: (&str, &str) = builtin!("antonyms.toml");
const FRAMING: (&str, &str) = builtin!("framing.toml");
const JUDGE: (&str, &str) = builtin!("judge.toml");
const JUDGE_MODEL: (&str, &str) = builtin!("judge_model.txt");
const JUDGE_CUES: (&str, &str) = builtin!("judge_cues.toml");

impl Lexicons {
    /// The lexicons compiled into the crate.
    ///
    /// ```
    /// let lexicons = claimgraph::Lexicons::builtin();
    /// # let _ = lexicons;
    /// ```
    pub fn builtin() -> Lexicons {
        static BUILTIN: once_cell::sync::Lazy<Lexicons> = once_cell::sync::Lazy::new(|| {
            Lexicons::load(|name, text| Ok(Some((name.to_string(), text.to_string()))))
                .expect("built-in lexicons parse")
        });
        BUILTIN.clone()
    }

    /// The built-in lexicons, with every file that `dir` holds under the same
    /// relative path (`ar/cues.toml`, `concepts.toml`, ...) used in its place.
    ///
    /// Fails naming the file, the line and what is wrong when an override does
    /// not parse.
    pub fn with_overrides(dir: &Path) -> Result<Lexicons> {
        Lexicons::load(|name, text| {
            let path = dir.join(name);
            if path.is_file() {
                let own = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
                Ok(Some((path.display().to_string(), own)))
            } else {
                Ok(Some((name.to_string(), text.to_string())))
            }
        })
    }

    fn load(mut source: impl FnMut(&str, &str) -> Result<Option<(String, String)>>) -> Result<Lexicons> {
        let mut get = |(name, text): (&str, &str)| -> Result<(String, String)> {
            Ok(source(name, text)?.unwrap_or_else(|| (name.to_string(), text.to_string())))
        };
        let lang = |lang: Lang,
                    cues: (String, String),
                    interpret: (String, String),
                    text: (String, String)|
         -> Result<LangLexicons> {
            Ok(LangLexicons {
                cues: CueLexicon::parse(lang, &cues.0, &cues.1)?,
                interpret: InterpretLexicon::parse(&interpret.0, &interpret.1)?,
                text: TextLexicon::parse(&text.0, &text.1)?,
            })
        };
        let ar = lang(Lang::Ar, get(AR_CUES)?, get(AR_INTERPRET)?, get(AR_TEXT)?)?;
        let en = lang(Lang::En, get(EN_CUES)?, get(EN_INTERPRET)?, get(EN_TEXT)?)?;
        let link_files = [
            get(CONCEPTS)?,
            get(PLACES)?,
            get(ANTONYMS)?,
            get(FRAMING)?,
            get(JUDGE)?,
        ];
        let (model, cues) = (get(JUDGE_MODEL)?, get(JUDGE_CUES)?);
        Ok(Lexicons {
            ar,
            en,
            concepts: ConceptLexicon::parse_files(&link_files)?,
            judge_model: JudgeModel::parse((&model.0, &model.1), (&cues.0, &cues.1))?,
        })
    }

    pub(crate) fn lang(&self, lang: Lang) -> &LangLexicons {
        match lang {
            Lang::Ar => &self.ar,
            Lang::En => &self.en,
        }
    }

    pub(crate) fn concepts(&self) -> &ConceptLexicon {
        &self.concepts
    }

    pub(crate) fn judge_model(&self) -> &JudgeModel {
        &self.judge_model
    }
}

/// Parses a TOML lexicon into `T`, turning any error into one that names the
/// origin and the 1-based line.
pub(crate) fn parse_toml<T: DeserializeOwned>(origin: &str, text: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
        Error::parse(origin, line, e.message().to_string())
    })
}
