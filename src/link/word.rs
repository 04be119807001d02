//! [`Word`]: a short string held inline, for the many words the judge's
//! features keep per claim.
//!
//! A word of a claim is a few bytes; as a `Box<str>` it costs a 16-byte
//! pointer and a heap block of at least 32 bytes. A `Word` keeps up to
//! [`INLINE`] bytes in its own 24 bytes and only longer words on the heap.

use std::fmt;
use std::ops::Deref;

/// The longest word (in bytes) kept inline.
const INLINE: usize = 22;

/// A string of a few bytes, inline when short. It derefs to `str`.
#[derive(Clone)]
pub(crate) enum Word {
    /// The first `len` bytes of `bytes` are the word.
    Inline { len: u8, bytes: [u8; INLINE] },
    /// A word longer than [`INLINE`] bytes.
    Heap(Box<str>),
}

impl Deref for Word {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            // Always whole characters: the bytes are copied from a `str`.
            Word::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Word::Heap(s) => s,
        }
    }
}

impl From<&str> for Word {
    fn from(s: &str) -> Word {
        if s.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Word::Inline {
                len: s.len() as u8,
                bytes,
            }
        } else {
            Word::Heap(s.into())
        }
    }
}

impl fmt::Debug for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        **self == **other
    }
}

impl Eq for Word {}

impl PartialOrd for Word {
    fn partial_cmp(&self, other: &Word) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Word {
    fn cmp(&self, other: &Word) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl std::hash::Hash for Word {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_back_as_written() {
        for s in [
            "",
            "a",
            "troops",
            "الانسحاب",
            "exactly twenty-two b.",
            "a word longer than twenty-two bytes",
            "انسحابالقواتالأمريكية",
        ] {
            let w = Word::from(s);
            assert_eq!(&*w, s);
            assert_eq!(format!("{w}"), s);
            assert_eq!(format!("{w:?}"), format!("{s:?}"));
            assert_eq!(matches!(w, Word::Heap(_)), s.len() > INLINE, "{s}");
        }
        assert!(Word::from("alpha") < Word::from("beta"));
        assert_eq!(Word::from("same"), Word::from("same"));
    }

    #[test]
    fn a_word_is_no_larger_than_a_string() {
        assert_eq!(std::mem::size_of::<Word>(), 24);
    }
}
