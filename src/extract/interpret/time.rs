//! Time: explicit and relative dates, resolved against the article's date.

use super::InterpretLexicon;
use crate::claim::TimeRef;
use crate::extract::Doc;
use crate::span::Span;

pub(super) fn time(
    doc: &Doc<'_>,
    content: Span,
    _sentence: Span,
    _lex: &InterpretLexicon,
) -> Option<TimeRef> {
    doc.tokens_in(content).iter().find_map(|t| {
        let year: i16 = t.norm.parse().ok()?;
        (1900..2100).contains(&year).then_some(TimeRef {
            span: t.span,
            date: None,
            year: Some(year),
            month: None,
            relative: false,
        })
    })
}
