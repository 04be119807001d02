//! Byte ranges into an article's original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into an article's original text.
///
/// Every span the crate hands out lies on `char` boundaries of the text it points
/// into. It serializes as a two-element array, `[start, end]`.
///
/// ```
/// use claimgraph::Span;
/// let text = "قالت واشنطن";
/// let span = Span::new(0, 8);
/// assert_eq!(span.slice(text), "قالت");
/// assert_eq!(serde_json::to_string(&span).unwrap(), "[0,8]");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped to be at least `start`.
    ///
    /// ```
    /// assert_eq!(claimgraph::Span::new(5, 3).len(), 0);
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(claimgraph::Span::new(2, 7).len(), 5);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(claimgraph::Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The text the span covers. Returns `""` when the span is out of range or not
    /// on char boundaries, so a bad span never panics.
    ///
    /// ```
    /// assert_eq!(claimgraph::Span::new(4, 9).slice("the talks"), "talks");
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// ```
    /// use claimgraph::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use claimgraph::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 8)));
    /// assert!(!Span::new(0, 4).overlaps(Span::new(4, 8)));
    /// ```
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use claimgraph::Span;
    /// assert_eq!(Span::new(0, 2).cover(Span::new(5, 9)), Span::new(0, 9));
    /// ```
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span with leading and trailing white space and the given extra
    /// characters removed, measured against `text`.
    ///
    /// ```
    /// use claimgraph::Span;
    /// let text = " «talks» ";
    /// let inner = Span::new(0, text.len()).trim(text, &['«', '»']);
    /// assert_eq!(inner.slice(text), "talks");
    /// ```
    pub fn trim(&self, text: &str, extra: &[char]) -> Span {
        let s = self.slice(text);
        let strip = |c: char| c.is_whitespace() || extra.contains(&c);
        let left = s.len() - s.trim_start_matches(strip).len();
        let right = s.trim_end_matches(strip).len();
        if right <= left {
            return Span::new(self.start + left, self.start + left);
        }
        Span::new(self.start + left, self.start + right)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(range: std::ops::Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(deserializer)?;
        Ok(Span::new(start, end))
    }
}
