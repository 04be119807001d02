//! Quantities: numbers with hedges, scale words and counted nouns.

use super::InterpretLexicon;
use crate::claim::{Bound, Quantity};
use crate::extract::Doc;
use crate::span::Span;

pub(super) fn quantities(doc: &Doc<'_>, content: Span, _lex: &InterpretLexicon) -> Vec<Quantity> {
    doc.tokens_in(content)
        .iter()
        .filter_map(|t| {
            let value: f64 = t.norm.parse().ok()?;
            Some(Quantity {
                value,
                approx: false,
                bound: Bound::Exact,
                percent: false,
                unit: None,
                place: None,
                qualifier: None,
                span: t.span,
            })
        })
        .collect()
}
