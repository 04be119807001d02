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

#[derive(Debug)]
pub(crate) enum ErrorKind {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    NotUtf8 {
        path: PathBuf,
        offset: usize,
    },
    Input {
        path: PathBuf,
        reason: String,
    },
    Parse {
        origin: String,
        line: Option<usize>,
        message: String,
    },
    Export {
        message: String,
    },
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
        match &self.kind {
            ErrorKind::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            ErrorKind::NotUtf8 { path, offset } => write!(
                f,
                "{}: not valid UTF-8 (first bad byte at offset {})",
                path.display(),
                offset
            ),
            ErrorKind::Input { path, reason } => write!(f, "{}: {}", path.display(), reason),
            ErrorKind::Parse {
                origin,
                line: Some(line),
                message,
            } => write!(f, "{origin}:{line}: {message}"),
            ErrorKind::Parse {
                origin,
                line: None,
                message,
            } => write!(f, "{origin}: {message}"),
            ErrorKind::Export { message } => write!(f, "export failed: {message}"),
        }
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
