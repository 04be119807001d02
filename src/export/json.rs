//! The JSON export, schema `claimgraph/1`.

use serde::Serialize;

use crate::article::Article;
use crate::claim::{Bound, Claim};
use crate::error::{Error, Result};
use crate::link::Link;
use crate::span::Span;

/// The schema name written in every JSON export.
pub const SCHEMA: &str = "claimgraph/1";

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    articles: Vec<ArticleView<'a>>,
    claims: Vec<ClaimView<'a>>,
    links: Vec<LinkView>,
}

#[derive(Serialize)]
struct ArticleView<'a> {
    id: &'a str,
    path: Option<String>,
    lang: &'static str,
    published: Option<String>,
    outlet: Option<&'a str>,
}

#[derive(Serialize)]
struct ClaimView<'a> {
    id: String,
    article: &'a str,
    span: Span,
    text: &'a str,
    speaker: Option<SpeakerView<'a>>,
    cue: Option<CueView<'a>>,
    kind: &'static str,
    polarity: &'static str,
    modality: &'static str,
    quantities: Vec<QuantityView<'a>>,
    time: Option<String>,
    topic_keys: &'a [String],
}

#[derive(Serialize)]
struct SpeakerView<'a> {
    text: &'a str,
    span: Span,
    canonical: Option<&'a str>,
    camp: Option<&'a str>,
    person: Option<&'a str>,
    title: Option<&'a str>,
    affiliation: Option<&'a str>,
    antecedent: Option<Span>,
    #[serde(skip_serializing_if = "Option::is_none")]
    via: Option<Box<SpeakerView<'a>>>,
}

#[derive(Serialize)]
struct CueView<'a> {
    text: &'a str,
    span: Span,
    class: &'static str,
}

#[derive(Serialize)]
struct QuantityView<'a> {
    value: f64,
    approx: bool,
    bound: Bound,
    percent: bool,
    unit: Option<&'a str>,
    place: Option<&'a str>,
    qualifier: Option<&'a str>,
    span: Span,
}

#[derive(Serialize)]
struct LinkView {
    a: String,
    b: String,
    relation: &'static str,
    score: f32,
    reasons: Vec<ReasonView>,
}

#[derive(Serialize)]
struct ReasonView {
    kind: &'static str,
    detail: String,
}

/// The export id of the claim at `index` in the exported claim list: `c{index}`.
pub fn claim_id(index: usize) -> String {
    format!("c{index}")
}

fn speaker_view(s: &crate::claim::Speaker) -> SpeakerView<'_> {
    SpeakerView {
        text: &s.text,
        span: s.span,
        canonical: s.canonical.as_deref(),
        camp: s.camp.as_deref(),
        person: s.person.as_deref(),
        title: s.title.as_deref(),
        affiliation: s.affiliation.as_deref(),
        antecedent: s.antecedent,
        via: s.via.as_deref().map(|v| Box::new(speaker_view(v))),
    }
}

/// Builds the `claimgraph/1` JSON value for articles, their claims and the links
/// between claims (by index into `claims`).
///
/// ```
/// use claimgraph::{export, extract, Article, Config};
/// let article = Article::new("a1", "The ministry said the talks will start on Sunday.");
/// let claims = extract(&article, &Config::default()).claims;
/// let json = export::json::to_value(&[&article], &claims, &[]).unwrap();
/// assert_eq!(json["schema"], "claimgraph/1");
/// assert_eq!(json["claims"][0]["article"], "a1");
/// ```
pub fn to_value(articles: &[&Article], claims: &[Claim], links: &[Link]) -> Result<serde_json::Value> {
    let document = Document {
        schema: SCHEMA,
        articles: articles
            .iter()
            .map(|a| ArticleView {
                id: a.id(),
                path: a.path().map(|p| p.display().to_string()),
                lang: a.lang().code(),
                published: a.published().map(|d| d.to_string()),
                outlet: a.outlet(),
            })
            .collect(),
        claims: claims
            .iter()
            .enumerate()
            .map(|(i, c)| ClaimView {
                id: claim_id(i),
                article: &c.article,
                span: c.span,
                text: &c.text,
                speaker: c.speaker.as_ref().map(speaker_view),
                cue: c.cue.as_ref().map(|cue| CueView {
                    text: &cue.text,
                    span: cue.span,
                    class: cue.class.as_str(),
                }),
                kind: c.kind.as_str(),
                polarity: c.polarity.as_str(),
                modality: c.modality.as_str(),
                quantities: c
                    .quantities
                    .iter()
                    .map(|q| QuantityView {
                        value: q.value,
                        approx: q.approx,
                        bound: q.bound,
                        percent: q.percent,
                        unit: q.unit.as_deref(),
                        place: q.place.as_deref(),
                        qualifier: q.qualifier.as_deref(),
                        span: q.span,
                    })
                    .collect(),
                time: c.time.as_ref().and_then(|t| t.iso()),
                topic_keys: &c.topic_keys,
            })
            .collect(),
        links: links
            .iter()
            .map(|l| LinkView {
                a: claim_id(l.a),
                b: claim_id(l.b),
                relation: l.relation.as_str(),
                score: l.score,
                reasons: l
                    .reasons
                    .iter()
                    .map(|r| ReasonView {
                        kind: r.kind.as_str(),
                        detail: r.detail.clone(),
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_value(&document).map_err(|e| Error::export(e.to_string()))
}

/// Writes the JSON export, pretty-printed, to `out`.
pub fn write(
    out: &mut dyn std::io::Write,
    articles: &[&Article],
    claims: &[Claim],
    links: &[Link],
) -> Result<()> {
    let value = to_value(articles, claims, links)?;
    serde_json::to_writer_pretty(&mut *out, &value).map_err(|e| Error::export(e.to_string()))?;
    writeln!(out).map_err(|e| Error::export(e.to_string()))
}
