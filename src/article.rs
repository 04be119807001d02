//! [`Article`], the single input type, and reading articles from files.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;

use crate::error::{Error, Result};
use crate::lang::Lang;

/// One news article: its text and what is known about it.
///
/// The text is kept exactly as read; every span the crate reports is a byte range
/// into it.
///
/// ```
/// use claimgraph::{Article, Lang};
/// let article = Article::new("a1", "Washington said the talks go on.")
///     .with_published("2024-01-25".parse().unwrap())
///     .with_outlet("Example Post");
/// assert_eq!(article.lang(), Lang::En);
/// assert_eq!(article.published().unwrap().to_string(), "2024-01-25");
/// ```
#[derive(Clone, Debug)]
pub struct Article {
    id: Arc<str>,
    text: String,
    path: Option<PathBuf>,
    published: Option<Date>,
    outlet: Option<String>,
    lang: Lang,
    lang_given: bool,
}

impl Article {
    /// An article from a string. The language is detected from the text until
    /// [`Article::with_lang`] says otherwise.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        let text = text.into();
        let lang = Lang::detect(&text);
        Article {
            id: Arc::from(id.into()),
            text,
            path: None,
            published: None,
            outlet: None,
            lang,
            lang_given: false,
        }
    }

    /// Reads an article from a file. Its id is the file name without its extension.
    ///
    /// Fails, naming the file, when it cannot be read, is a directory, is empty,
    /// looks binary (holds a NUL byte) or is not UTF-8 (the error gives the offset
    /// of the first bad byte).
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("claimgraph-doc-article");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let path = dir.join("report-1.txt");
    /// std::fs::write(&path, "قالت بغداد إن المحادثات بدأت.").unwrap();
    /// let article = claimgraph::Article::from_path(&path).unwrap();
    /// assert_eq!(article.id(), "report-1");
    /// assert_eq!(article.lang(), claimgraph::Lang::Ar);
    ///
    /// std::fs::write(&path, b"ok \xff bad").unwrap();
    /// let err = claimgraph::Article::from_path(&path).unwrap_err();
    /// assert!(err.to_string().contains("offset 3"));
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Article> {
        let path = path.as_ref();
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            return Err(Error::input(path, "is a directory, not an article file"));
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = decode(path, bytes)?;
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let mut article = Article::new(id, text);
        article.path = Some(path.to_path_buf());
        Ok(article)
    }

    /// Reads many articles, one result per path in the given order: a file that
    /// cannot be used gives its error (naming the file and what is wrong) and
    /// the others are read all the same.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("claimgraph-doc-read-many");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("good.txt"), "The ministry said the talks went on.").unwrap();
    /// std::fs::write(dir.join("empty.txt"), "").unwrap();
    /// let results = claimgraph::Article::read_many([dir.join("good.txt"), dir.join("empty.txt"), dir.join("good.txt")]);
    /// assert!(results[0].is_ok() && results[2].is_ok());
    /// assert!(results[1].as_ref().unwrap_err().to_string().contains("empty.txt: is empty"));
    /// ```
    pub fn read_many<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> Vec<Result<Article>> {
        paths.into_iter().map(|p| Article::from_path(p)).collect()
    }

    /// Reads every `.txt` file of a folder, in file-name order (so runs are
    /// repeatable), one result per file as [`Article::read_many`] gives them.
    /// Fails only when the folder itself cannot be listed.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("claimgraph-doc-read-dir");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("b.txt"), "The ministry said the talks went on.").unwrap();
    /// std::fs::write(dir.join("a.txt"), "قالت الوزارة إن المحادثات مستمرة.").unwrap();
    /// std::fs::write(dir.join("notes.md"), "not an article").unwrap();
    /// let articles = claimgraph::Article::read_dir(&dir).unwrap();
    /// let ids: Vec<&str> = articles.iter().map(|a| a.as_ref().unwrap().id()).collect();
    /// assert_eq!(ids, ["a", "b"]);
    /// ```
    pub fn read_dir(dir: impl AsRef<Path>) -> Result<Vec<Result<Article>>> {
        let dir = dir.as_ref();
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| Error::io(dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        Ok(Article::read_many(files))
    }

    /// Sets the publication date, against which relative dates are resolved.
    pub fn with_published(mut self, date: Date) -> Article {
        self.published = Some(date);
        self
    }

    /// Sets the outlet that published the article; narrator claims are its claims.
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Article {
        self.outlet = Some(outlet.into());
        self
    }

    /// Sets the language instead of detecting it.
    pub fn with_lang(mut self, lang: Lang) -> Article {
        self.lang = lang;
        self.lang_given = true;
        self
    }

    /// The article's id: for a file, its name without the extension.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The id as a shared string, cheap to clone into every claim.
    pub(crate) fn shared_id(&self) -> Arc<str> {
        self.id.clone()
    }

    /// The text exactly as read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The file the article was read from, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The publication date, when known.
    pub fn published(&self) -> Option<Date> {
        self.published
    }

    /// The outlet, when known.
    pub fn outlet(&self) -> Option<&str> {
        self.outlet.as_deref()
    }

    /// The language: given, or detected from the text.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the language was given rather than detected.
    pub fn lang_given(&self) -> bool {
        self.lang_given
    }
}

/// Checks raw file bytes and turns them into text.
fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::input(path, "is empty"));
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::input(
            path,
            format!("looks binary (NUL byte at offset {offset})"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| Error::not_utf8(path, e.utf8_error().valid_up_to()))
}
