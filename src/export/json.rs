//! The JSON export, schema `claimgraph/1`.

use serde::Serialize;

use crate::claim::Bound;
use crate::error::{Error, Result};
use crate::graph::ClaimGraph;
use crate::link::ClaimId;
use crate::span::Span;

/// The schema name written in every JSON export.
pub const SCHEMA: &str = "claimgraph/1";

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    articles: Vec<ArticleView<'a>>,
    claims: Vec<ClaimView<'a>>,
    links: Vec<LinkView>,
    clusters: Vec<ClusterView>,
    disputes: Vec<DisputeView>,
    agreement: Vec<AgreementView>,
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
    topic_keys: Vec<&'a str>,
    source: String,
    repeat_of: Option<String>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    per: Option<&'a str>,
    span: Span,
}

#[derive(Serialize)]
struct LinkView {
    a: String,
    b: String,
    relation: &'static str,
    score: f32,
    reasons: Vec<ReasonView>,
    independent: bool,
}

#[derive(Serialize)]
struct ReasonView {
    kind: &'static str,
    detail: String,
}

#[derive(Serialize)]
struct ClusterView {
    claims: Vec<String>,
    sources: Vec<String>,
    independent_sources: usize,
}

#[derive(Serialize)]
struct DisputeView {
    a: Vec<String>,
    b: Vec<String>,
    camps_a: Vec<String>,
    camps_b: Vec<String>,
    links: Vec<usize>,
    strongest: usize,
}

#[derive(Serialize)]
struct AgreementView {
    a: String,
    b: String,
    corroborations: usize,
    contradictions: usize,
}

/// The export id of the claim at `index` in insertion order: `c{index}`.
///
/// ```
/// assert_eq!(claimgraph::export::json::claim_id(3), "c3");
/// ```
pub fn claim_id(index: usize) -> String {
    ClaimId(index).to_string()
}

fn ids(claims: &[ClaimId]) -> Vec<String> {
    claims.iter().map(ClaimId::to_string).collect()
}

fn owned(labels: Vec<&str>) -> Vec<String> {
    labels.into_iter().map(str::to_string).collect()
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

/// Builds the `claimgraph/1` JSON value of a graph: its articles, claims
/// (ids `c{n}` in insertion order) and links, plus the corroboration clusters,
/// the disputes and the agreement table.
///
/// ```
/// use claimgraph::{export, Article, ClaimGraph, Config};
/// let graph = ClaimGraph::build(&[
///     Article::new("a1", "The ministry said the talks include a withdrawal of troops."),
///     Article::new("a2", "The army said the talks do not include a withdrawal of troops."),
/// ], &Config::default());
/// let json = export::json::to_value(&graph).unwrap();
/// assert_eq!(json["schema"], "claimgraph/1");
/// assert_eq!(json["claims"][0]["article"], "a1");
/// assert_eq!(json["links"][0]["relation"], "contradicts");
/// assert_eq!(json["links"][0]["b"], "c1");
/// ```
pub fn to_value(graph: &ClaimGraph) -> Result<serde_json::Value> {
    let claims = graph.claims();
    let document = Document {
        schema: SCHEMA,
        articles: graph
            .articles()
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
                        per: q.per.as_deref(),
                        span: q.span,
                    })
                    .collect(),
                time: c.time.as_ref().and_then(|t| t.iso()),
                topic_keys: c.topic_keys.iter().map(|k| &**k).collect(),
                source: graph.source(ClaimId(i)).label(),
                repeat_of: graph.repeat_of(ClaimId(i)).map(|r| r.to_string()),
            })
            .collect(),
        links: graph
            .links()
            .iter()
            .map(|l| LinkView {
                a: l.a.to_string(),
                b: l.b.to_string(),
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
                independent: l.independent,
            })
            .collect(),
        clusters: graph
            .clusters()
            .into_iter()
            .map(|c| ClusterView {
                claims: ids(&c.claims),
                independent_sources: c.independent_sources(),
                sources: c.sources.iter().map(|s| s.label()).collect(),
            })
            .collect(),
        disputes: graph
            .disputes()
            .into_iter()
            .map(|d| DisputeView {
                a: ids(&d.a),
                b: ids(&d.b),
                camps_a: owned(graph.camps_of(&d.a)),
                camps_b: owned(graph.camps_of(&d.b)),
                links: d.links,
                strongest: d.strongest,
            })
            .collect(),
        agreement: graph
            .agreement()
            .into_iter()
            .map(|r| AgreementView {
                a: r.a,
                b: r.b,
                corroborations: r.corroborations,
                contradictions: r.contradictions,
            })
            .collect(),
    };
    serde_json::to_value(&document).map_err(|e| Error::export(e.to_string()))
}

/// Writes the JSON export of a graph, pretty-printed, to `out`.
pub fn write(out: &mut dyn std::io::Write, graph: &ClaimGraph) -> Result<()> {
    let value = to_value(graph)?;
    serde_json::to_writer_pretty(&mut *out, &value).map_err(|e| Error::export(e.to_string()))?;
    writeln!(out).map_err(|e| Error::export(e.to_string()))
}
