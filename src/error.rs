//! The crate's one public error type.

use std::fmt;
use std::path::{Path, PathBuf};

/// A failure to read input, load configuration or write output.
///
/// Extraction itself never fails on text; this type is for I/O, configuration and
/// export. The message always names the file (or other origin) and what was wrong.
///
/// ```
/// let err = claimgraph::Article::from_path("no/such/file.txt").unwrap_err();
/// assert!(err.to_string().contains("no/such/file.txt"));
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// A short alias for results whose error is [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// What went wrong; private so that kinds can be added without breaking users.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ErrorKind {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: not valid UTF-8 (first bad byte at offset {offset})", path.display())]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{}: {reason}", path.display())]
    Input { path: PathBuf, reason: String },
    #[error("{origin}:{}{message}", line.map(|l| format!("{l}: ")).unwrap_or_else(|| " ".to_string()))]
    Parse {
        origin: String,
        line: Option<usize>,
        message: String,
    },
    #[error("export failed: {message}")]
    Export { message: String },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> Error {
        Error::new(ErrorKind::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    pub(crate) fn not_utf8(path: &Path, offset: usize) -> Error {
        Error::new(ErrorKind::NotUtf8 {
            path: path.to_path_buf(),
            offset,
        })
    }

    pub(crate) fn input(path: &Path, reason: impl Into<String>) -> Error {
        Error::new(ErrorKind::Input {
            path: path.to_path_buf(),
            reason: reason.into(),
        })
    }

    /// A configuration, lexicon or data file that could not be parsed.
    pub(crate) fn parse(origin: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Parse {
            origin: origin.into(),
            line,
            message: message.into(),
        })
    }

    pub(crate) fn export(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Export {
            message: message.into(),
        })
    }

    /// The file this error is about, when it is about one.
    ///
    /// ```
    /// let err = claimgraph::Article::from_path("missing.txt").unwrap_err();
    /// assert_eq!(err.path().unwrap().to_str(), Some("missing.txt"));
    /// ```
    pub fn path(&self) -> Option<&Path> {
        match &self.kind {
            ErrorKind::Io { path, .. } | ErrorKind::NotUtf8 { path, .. } | ErrorKind::Input { path, .. } => {
                Some(path)
            }
            ErrorKind::Parse { .. } | ErrorKind::Export { .. } => None,
        }
    }

    /// The 1-based line the error was found on, for parse errors that know it.
    ///
    /// ```
    /// let err = claimgraph::AliasTable::parse("aliases.toml", "[[actor]\n").unwrap_err();
    /// assert_eq!(err.line(), Some(1));
    /// ```
    pub fn line(&self) -> Option<usize> {
        match &self.kind {
            ErrorKind::Parse { line, .. } => *line,
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.kind, f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
