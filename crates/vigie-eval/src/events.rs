//! Events, on two gold sets.
//!
//! **PLOVER-GSR** (`eval/events/plover-gsr/PLOVER_GSR_CAMEO.json`: 322 English sentences, the
//! CAMEO manual's examples, first record a header). Each sentence goes through the standard
//! pipeline as an English document dated with the record's `date`. Scored unit: the triple
//! (source code, event type, target code), one per (source, target) pair of a record or of a
//! predicted event, deduplicated per sentence.
//! - Actor codes are compared on their first three letters: the country or IGO/NGO prefix
//!   (gold `HUN` with sector `GOV` matches a predicted `HUNGOV`; gold `IGO` matches `IGOUNO`).
//!   The gold gives sectors in a separate field and not for every actor, so sectors are not
//!   compared. A missing target is the empty code on both sides.
//! - Code equivalences (`data/cameo/legacy_country_codes.tsv`, sources noted there) are applied
//!   to both sides before comparing: the gold's legacy CAMEO country codes (JAP, ITL, VTN, TMP)
//!   read as their ISO 3166 forms (JPN, ITA, VNM, TLS), and the knowledge base's short codes for
//!   international organisations (NATO, EU, OSCE, IAEA…) read as IGO. The gold codes NGOs such
//!   as Amnesty International or the Red Cross as IGO, so the NGO prefix also reads as IGO: the
//!   gold's class is "international organisation", not the IGO/NGO distinction.
//! - The gold uses the PLOVER 0.5 types of 2016 (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT besides
//!   the 2021 ones). Predicted CAMEO codes are mapped to that typology by root: 02 and 10 →
//!   DEMAND, 03 AGREE, 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID, 08 → the 2021 table's
//!   CONCEDE or RETREAT, 09 INVESTIGATE, 11 DISAPPROVE, 12 REJECT, 13 THREATEN, 14 PROTEST,
//!   15 MOBILIZE, 16 SANCTION, 17 COERCE, 18 ASSAULT, 19 and 20 FIGHT (but COERCE where the 2021
//!   table says so: 191 blockade, 192 occupation). CAMEO 01 (statements)
//!   has no PLOVER type and is not scored.
//! - The gold codes acts the sentence asserts. Predicted events that vigie keeps apart as not
//!   having happened are not compared: negated ones ("no deadline had been set") and those
//!   given as someone else's forecast or as a possibility (`hypothetical` = prediction,
//!   conditional or possibility). Announced intents and threats are acts of announcing (CAMEO
//!   03x and 13x) and are compared.
//!
//! **French dev gold** (`corpus/dev/*.json` beside the `.txt`, field `events`). Each article
//! goes through the standard pipeline. A predicted event matches a gold event when its trigger
//! lies in the gold `sentence` (or one of `also_sentences`), the PLOVER types are equal,
//! `negated` is equal, `hypothetical` is equal as a yes/no, and both actors match. Actor names
//! are compared with the quotes evaluation's canonicaliser (knowledge-base English names and
//! adjectives → actor id, parenthesised notes dropped): a gold actor written
//! "Belarus (armed forces)" matches a prediction whose canonical name (or code prefix) is
//! Belarus, and the parenthesised part is accepted as an alternative ("Belarus (Alexander
//! Lukashenko)" also matches Lukashenko); "Ukraine; Russia" accepts either; a description that
//! names one knowledge-base actor ("Belarusian combat units") matches that actor. Predictions
//! with no PLOVER type (CAMEO 01x/02x) are left out, as the gold's convention does not code them.
//! Gold events marked `doubtful` are left out: a prediction matching one counts neither for nor
//! against. Matching is one-to-one, in gold order.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use serde::{Deserialize, Serialize};
use vigie_core::{AnnotationData, Document, Event, Hypothetical, Layer, Metadata, Span};

use crate::quotes::{Prf, SpeakerCanon};
use crate::EvalError;

// ---------------------------------------------------------------- PLOVER-GSR

#[derive(Deserialize)]
struct GsrRecord {
    id: String,
    #[serde(default)]
    event: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    date: Option<String>,
    /// The record's language (PLOVER-GSR is English; its translations say theirs).
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    source: serde_json::Value,
    #[serde(default)]
    target: serde_json::Value,
}

/// One scored triple.
pub type Triple = (String, String, String);

#[derive(Debug, Serialize)]
pub struct GsrItem {
    pub id: String,
    pub text: String,
    pub gold: Vec<Triple>,
    pub predicted: Vec<Triple>,
    pub matched: usize,
    /// The predicted events with CAMEO code, pattern and modality, for error analysis.
    pub events: Vec<Event>,
}

#[derive(Debug, Serialize)]
pub struct GsrReport {
    pub dataset: String,
    pub sentences: usize,
    /// (source code, type, target code) triples.
    pub triples: Prf,
    /// The event type alone, per sentence: was the gold type among the predicted types.
    pub type_per_sentence: Prf,
    /// Per gold type: (gold triples, matched).
    pub by_type: BTreeMap<String, (usize, usize)>,
    pub stages: Vec<String>,
    pub seconds: f64,
    pub sentences_per_second: f64,
    pub items: Vec<GsrItem>,
}

fn codes(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::Array(a) => a
            .iter()
            .filter_map(|x| x.get("code").and_then(|c| c.as_str()))
            .map(prefix3)
            .collect(),
        _ => Vec::new(),
    }
}

/// The code equivalences of `data/cameo/legacy_country_codes.tsv` (code → canonical form).
fn equivalences() -> &'static BTreeMap<String, String> {
    static TABLE: std::sync::OnceLock<BTreeMap<String, String>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = BTreeMap::new();
        if let Some(r) = vigie_resources::file("data/cameo/legacy_country_codes.tsv") {
            for line in r.contents.lines() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                let mut cols = line.split('\t');
                if let (Some(a), Some(b)) = (cols.next(), cols.next()) {
                    m.insert(a.trim().to_uppercase(), b.trim().to_uppercase());
                }
            }
        }
        m
    })
}

/// The comparable form of an actor code: whole-code equivalence (organisation short codes),
/// else the three-letter prefix through the equivalence table, NGO read as IGO (module comment).
fn prefix3(code: &str) -> String {
    let table = equivalences();
    let upper = code.trim().to_uppercase();
    if let Some(c) = table.get(&upper) {
        return c.clone();
    }
    let p: String = upper.chars().take(3).collect();
    if p == "NGO" {
        return "IGO".into();
    }
    table.get(&p).cloned().unwrap_or(p)
}

/// The PLOVER 0.5 type of a CAMEO code (see the module comment).
fn gsr_type(cameo: &str, plover_2021: &str) -> Option<&'static str> {
    Some(match cameo.get(..2)? {
        "02" | "10" => "DEMAND",
        "03" => "AGREE",
        "04" => "CONSULT",
        "05" => "SUPPORT",
        "06" => "COOPERATE",
        "07" => "AID",
        "08" => {
            if plover_2021 == "RETREAT" {
                "RETREAT"
            } else {
                "CONCEDE"
            }
        }
        "09" => "INVESTIGATE",
        "11" => "DISAPPROVE",
        "12" => "REJECT",
        "13" => "THREATEN",
        "14" => "PROTEST",
        "15" => "MOBILIZE",
        "16" => "SANCTION",
        "17" => "COERCE",
        "18" => "ASSAULT",
        // The 2021 table puts blockade and occupation (191, 192) under COERCE.
        "19" | "20" => {
            if plover_2021 == "COERCE" {
                "COERCE"
            } else {
                "FIGHT"
            }
        }
        _ => return None,
    })
}

/// Whether an event is given as having happened (or as an announced intent or threat, which
/// are acts themselves): not negated, not a forecast, condition or possibility.
fn asserted(e: &Event) -> bool {
    !e.negated
        && !matches!(
            e.hypothetical,
            Some(Hypothetical::Prediction | Hypothetical::Conditional | Hypothetical::Possibility)
        )
}

fn events_of(doc: &Document) -> Vec<(Span, Event)> {
    doc.layer(Layer::Event)
        .filter_map(|a| match &a.data {
            AnnotationData::Event(e) => Some((a.span, e.clone())),
            _ => None,
        })
        .collect()
}

/// Scores the standard pipeline's events on the PLOVER-GSR records in `dataset` (the folder or
/// the JSON file itself).
///
/// Records whose `event` is `NONE` assert no event (vigie's held-out news sets): every event
/// predicted as asserted there is a false positive.
pub fn evaluate_plover(
    dataset: &Path,
    limit: Option<usize>,
    coder: vigie_events::CoderKind,
) -> Result<GsrReport, EvalError> {
    let file = if dataset.is_dir() {
        dataset.join("PLOVER_GSR_CAMEO.json")
    } else {
        dataset.to_path_buf()
    };
    let records: Vec<GsrRecord> = serde_json::from_str(
        &std::fs::read_to_string(&file).map_err(|e| EvalError::io(&file, e))?,
    )?;
    let pipeline = vigie_pipeline::standard_with_coder(coder);
    let mut report = GsrReport {
        dataset: file.display().to_string(),
        sentences: 0,
        triples: Prf::default(),
        type_per_sentence: Prf::default(),
        by_type: BTreeMap::new(),
        stages: pipeline
            .stage_names()
            .iter()
            .map(|s| s.to_string())
            .collect(),
        seconds: 0.0,
        sentences_per_second: 0.0,
        items: Vec::new(),
    };
    let (mut tp, mut np, mut ng) = (0, 0, 0);
    let (mut type_tp, mut type_pred) = (0, 0);
    let t0 = Instant::now();
    for r in records
        .into_iter()
        .filter(|r| r.event != "DOCUMENT" && !r.text.is_empty())
        .take(limit.unwrap_or(usize::MAX))
    {
        let mut doc = Document::new(
            r.text.clone(),
            Metadata {
                language: Some(r.language.clone().unwrap_or_else(|| "en".into())),
                published: r.date.clone(),
                ..Default::default()
            },
        );
        let _ = pipeline.process(&mut doc);
        let events: Vec<Event> = events_of(&doc).into_iter().map(|(_, e)| e).collect();
        let mut predicted: Vec<Triple> = Vec::new();
        for e in events.iter().filter(|e| asserted(e)) {
            let Some(t) = gsr_type(&e.cameo, e.plover.map_or("", vigie_core::Plover::as_str))
            else {
                continue;
            };
            let tr = (
                e.source_code.as_deref().map(prefix3).unwrap_or_default(),
                t.to_string(),
                e.target_code.as_deref().map(prefix3).unwrap_or_default(),
            );
            if !predicted.contains(&tr) {
                predicted.push(tr);
            }
        }
        let srcs = codes(&r.source);
        let mut tgts = codes(&r.target);
        if tgts.is_empty() {
            tgts.push(String::new());
        }
        let mut gold: Vec<Triple> = Vec::new();
        for s in srcs.iter().filter(|_| r.event != "NONE") {
            for t in &tgts {
                let tr = (s.clone(), r.event.clone(), t.clone());
                if !gold.contains(&tr) {
                    gold.push(tr);
                }
            }
        }
        let matched = gold.iter().filter(|g| predicted.contains(g)).count();
        tp += matched;
        np += predicted.len();
        ng += gold.len();
        let entry = report.by_type.entry(r.event.clone()).or_default();
        entry.0 += gold.len();
        entry.1 += matched;
        if !predicted.is_empty() {
            type_pred += 1;
        }
        if predicted.iter().any(|p| p.1 == r.event) {
            type_tp += 1;
        }
        report.sentences += 1;
        report.items.push(GsrItem {
            id: r.id,
            text: r.text,
            gold,
            predicted,
            matched,
            events,
        });
    }
    report.seconds = t0.elapsed().as_secs_f64();
    report.sentences_per_second = report.sentences as f64 / report.seconds.max(1e-9);
    report.triples = Prf::new(tp, np, ng);
    report.type_per_sentence = Prf::new(type_tp, type_pred, report.sentences);
    Ok(report)
}

// ---------------------------------------------------------------- French dev gold

#[derive(Deserialize)]
struct GoldArticle {
    #[serde(flatten)]
    article: crate::DevArticle,
    #[serde(default)]
    events: Vec<GoldEvent>,
}

#[derive(Deserialize, Serialize, Clone)]
pub struct GoldEvent {
    pub id: String,
    pub source_actor: String,
    pub target_actor: String,
    #[serde(default)]
    pub cameo_code: String,
    pub plover: String,
    pub negated: bool,
    pub hypothetical: bool,
    pub sentence: String,
    #[serde(default)]
    pub line: Option<usize>,
    #[serde(default)]
    pub doubtful: bool,
    #[serde(default)]
    pub also_sentences: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct DevItem {
    pub article: String,
    /// `match`, `missed`, `false_positive`, `doubtful_match`.
    pub outcome: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicted: Option<Event>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DevReport {
    pub dataset: String,
    pub articles: usize,
    /// (source, PLOVER, target, negated, hypothetical).
    pub full: Prf,
    /// (PLOVER, negated, hypothetical) in the right sentence, actors not compared.
    pub without_actors: Prf,
    pub doubtful_left_out: usize,
    pub stages: Vec<String>,
    pub seconds: f64,
    pub items: Vec<DevItem>,
}

/// The names a gold actor accepts (see the module comment).
fn alternatives(gold: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in gold.split(';') {
        let part = part.trim();
        if let Some(open) = part.find('(') {
            out.push(part[..open].trim().to_string());
            let inner = part[open + 1..].trim_end_matches(')');
            out.extend(inner.split(';').map(|s| s.trim().to_string()));
        } else {
            out.push(part.to_string());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

fn actor_matches(canon: &SpeakerCanon, gold: &str, name: Option<&str>, code: Option<&str>) -> bool {
    let alts = alternatives(gold);
    // A gold act with no target ("40 000 soldats polonais ont été mobilisés") is matched by a
    // prediction with none.
    if alts.is_empty() {
        return name.is_none_or(|n| n.trim().is_empty()) && code.is_none();
    }
    let mut names: Vec<String> = name.into_iter().map(str::to_string).collect();
    if let Some(c) = code {
        names.push(prefix3(c));
        names.push(c.to_string());
    }
    // Knowledge-base ids come out of the canonicaliser in their own spelling (upper case or
    // `person:…`), other words folded to lower case.
    let ids = |s: &str| -> std::collections::BTreeSet<String> {
        canon
            .words(s)
            .into_iter()
            .filter(|w| w.contains(':') || w.chars().any(|c| c.is_ascii_uppercase()))
            .collect()
    };
    alts.iter().any(|a| {
        let ga = ids(a);
        names
            .iter()
            .any(|n| canon.same(a, n) || (!ga.is_empty() && ga == ids(n)))
    })
}

/// Runs the standard pipeline over the French dev articles in `dataset` and scores their events.
pub fn evaluate_dev(
    dataset: &Path,
    coder: vigie_events::CoderKind,
) -> Result<DevReport, EvalError> {
    let canon = SpeakerCanon::load();
    let pipeline = vigie_pipeline::standard_with_coder(coder);
    let files = crate::gold_files(dataset)?;
    let mut report = DevReport {
        dataset: dataset.display().to_string(),
        articles: 0,
        full: Prf::default(),
        without_actors: Prf::default(),
        doubtful_left_out: 0,
        stages: pipeline
            .stage_names()
            .iter()
            .map(|s| s.to_string())
            .collect(),
        seconds: 0.0,
        items: Vec::new(),
    };
    let t0 = Instant::now();
    let (mut tp, mut np, mut ng) = (0, 0, 0);
    let (mut tp2, mut np2) = (0, 0);
    for path in files {
        let gold: GoldArticle = serde_json::from_str(
            &std::fs::read_to_string(&path).map_err(|e| EvalError::io(&path, e))?,
        )?;
        let (article, doc) = gold.article.process(&path, &pipeline)?;
        let predicted: Vec<Event> = events_of(&doc)
            .into_iter()
            .map(|(_, e)| e)
            .filter(|e| e.plover.is_some())
            .collect();
        let spans: Vec<Vec<Span>> = gold
            .events
            .iter()
            .map(|g| {
                std::iter::once(&g.sentence)
                    .chain(g.also_sentences.iter())
                    .filter_map(|s| locate(&doc.text, s))
                    .collect()
            })
            .collect();
        let in_sentence = |gi: usize, e: &Event| {
            e.trigger_span.is_some_and(|t| {
                spans[gi]
                    .iter()
                    .any(|s| s.start <= t.start && t.end <= s.end)
            })
        };
        let modal_ok = |g: &GoldEvent, e: &Event| {
            g.plover == e.plover.map_or("", vigie_core::Plover::as_str)
                && g.negated == e.negated
                && g.hypothetical == e.hypothetical.is_some()
        };
        let full_ok = |gi: usize, e: &Event| {
            let g = &gold.events[gi];
            in_sentence(gi, e)
                && modal_ok(g, e)
                && actor_matches(
                    &canon,
                    &g.source_actor,
                    e.source.as_deref(),
                    e.source_code.as_deref(),
                )
                && actor_matches(
                    &canon,
                    &g.target_actor,
                    e.target.as_deref(),
                    e.target_code.as_deref(),
                )
        };
        let loose_ok = |gi: usize, e: &Event| in_sentence(gi, e) && modal_ok(&gold.events[gi], e);
        // Full match, one-to-one, gold in order.
        let mut used = vec![false; predicted.len()];
        let mut doubtful_used = vec![false; predicted.len()];
        for (gi, g) in gold.events.iter().enumerate() {
            let found = (0..predicted.len()).find(|&pi| !used[pi] && full_ok(gi, &predicted[pi]));
            if g.doubtful {
                if let Some(pi) = found {
                    used[pi] = true;
                    doubtful_used[pi] = true;
                    report.items.push(DevItem {
                        article: article.clone(),
                        outcome: "doubtful_match".into(),
                        gold: Some(g.id.clone()),
                        predicted: Some(predicted[pi].clone()),
                        evidence: None,
                    });
                }
                continue;
            }
            ng += 1;
            match found {
                Some(pi) => {
                    used[pi] = true;
                    tp += 1;
                    report.items.push(DevItem {
                        article: article.clone(),
                        outcome: "match".into(),
                        gold: Some(g.id.clone()),
                        predicted: Some(predicted[pi].clone()),
                        evidence: None,
                    });
                }
                None => report.items.push(DevItem {
                    article: article.clone(),
                    outcome: "missed".into(),
                    gold: Some(format!(
                        "{}: {} —{} {}→ {} (neg {}, hyp {})",
                        g.id,
                        g.source_actor,
                        g.plover,
                        g.cameo_code,
                        g.target_actor,
                        g.negated,
                        g.hypothetical
                    )),
                    predicted: None,
                    evidence: Some(g.sentence.clone()),
                }),
            }
        }
        report.doubtful_left_out += doubtful_used.iter().filter(|&&d| d).count();
        for (pi, e) in predicted.iter().enumerate() {
            if doubtful_used[pi] {
                continue;
            }
            np += 1;
            if !used[pi] {
                report.items.push(DevItem {
                    article: article.clone(),
                    outcome: "false_positive".into(),
                    gold: None,
                    predicted: Some(e.clone()),
                    evidence: e.trigger_span.map(|t| {
                        let s = doc.text[..t.start].rfind('\n').map_or(0, |i| i + 1);
                        let end = doc.text[t.end..]
                            .find('\n')
                            .map_or(doc.text.len(), |i| t.end + i);
                        doc.text[s..end].to_string()
                    }),
                });
            }
        }
        // Without actors.
        let mut used2 = vec![false; predicted.len()];
        let mut skip2 = vec![false; predicted.len()];
        for (gi, g) in gold.events.iter().enumerate() {
            let found = (0..predicted.len()).find(|&pi| !used2[pi] && loose_ok(gi, &predicted[pi]));
            if let Some(pi) = found {
                used2[pi] = true;
                if g.doubtful {
                    skip2[pi] = true;
                } else {
                    tp2 += 1;
                }
            }
        }
        np2 += skip2.iter().filter(|&&s| !s).count();
        report.articles += 1;
    }
    report.full = Prf::new(tp, np, ng);
    report.without_actors = Prf::new(tp2, np2, ng);
    report.seconds = t0.elapsed().as_secs_f64();
    Ok(report)
}

fn locate(text: &str, needle: &str) -> Option<Span> {
    text.find(needle).map(|p| Span::new(p, p + needle.len()))
}

// ---------------------------------------------------------------- cross-lingual consistency

/// How far the same sentences in two languages give the same triples (PLOVER-GSR and its
/// translation in `data/eval/plover-gsr-fr/`), item by item in file order.
#[derive(Debug, Serialize)]
pub struct Consistency {
    /// Pairs of items with the same id at the same position.
    pub pairs: usize,
    /// Pairs whose asserted triples are the same set (both empty included).
    pub identical: usize,
    pub agreement: f64,
    /// Pairs where at least one side predicts an asserted triple, and how many agree.
    pub with_events: usize,
    pub identical_with_events: usize,
    pub agreement_with_events: f64,
    /// The second report's triples scored against the first's.
    pub triples: Prf,
}

/// Compares two reports on the same records in two languages.
pub fn consistency(first: &GsrReport, second: &GsrReport) -> Consistency {
    let (mut pairs, mut identical, mut with_events, mut identical_with) = (0, 0, 0, 0);
    let (mut tp, mut np, mut ng) = (0, 0, 0);
    for (a, b) in first.items.iter().zip(&second.items) {
        if a.id != b.id {
            continue;
        }
        pairs += 1;
        let same = a.predicted.len() == b.predicted.len()
            && a.predicted.iter().all(|t| b.predicted.contains(t));
        identical += usize::from(same);
        if !a.predicted.is_empty() || !b.predicted.is_empty() {
            with_events += 1;
            identical_with += usize::from(same);
        }
        tp += b
            .predicted
            .iter()
            .filter(|t| a.predicted.contains(t))
            .count();
        np += b.predicted.len();
        ng += a.predicted.len();
    }
    let ratio = |x: usize, n: usize| if n == 0 { 0.0 } else { x as f64 / n as f64 };
    Consistency {
        pairs,
        identical,
        agreement: ratio(identical, pairs),
        with_events,
        identical_with_events: identical_with,
        agreement_with_events: ratio(identical_with, with_events),
        triples: Prf::new(tp, np, ng),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_actor_alternatives() {
        assert_eq!(
            alternatives("Belarus (armed forces)"),
            ["Belarus", "armed forces"]
        );
        assert_eq!(alternatives("Ukraine; Russia"), ["Ukraine", "Russia"]);
        assert_eq!(
            alternatives("Belarus (Alexander Lukashenko)"),
            ["Belarus", "Alexander Lukashenko"]
        );
    }

    #[test]
    fn a_gold_act_without_target_wants_a_prediction_without_one() {
        let canon = SpeakerCanon::load();
        assert!(actor_matches(&canon, "", None, None));
        assert!(!actor_matches(&canon, "", Some("Ukraine"), Some("UKR")));
        assert!(!actor_matches(&canon, "Ukraine", None, None));
        assert!(actor_matches(
            &canon,
            "Ukraine",
            Some("Kyiv"),
            Some("UKRGOV")
        ));
    }

    #[test]
    fn cameo_roots_map_to_the_gsr_typology() {
        assert_eq!(gsr_type("0334", "AGREE"), Some("AGREE"));
        assert_eq!(gsr_type("1123", "ACCUSE"), Some("DISAPPROVE"));
        assert_eq!(gsr_type("093", "ACCUSE"), Some("INVESTIGATE"));
        assert_eq!(gsr_type("0874", "RETREAT"), Some("RETREAT"));
        assert_eq!(gsr_type("081", "CONCEDE"), Some("CONCEDE"));
        assert_eq!(gsr_type("190", "ASSAULT"), Some("FIGHT"));
        assert_eq!(gsr_type("010", ""), None);
        assert_eq!(prefix3("hungov"), "HUN");
    }

    #[test]
    fn legacy_and_organisation_codes_are_equivalent() {
        assert_eq!(prefix3("JAP"), prefix3("JPNGOV"));
        assert_eq!(prefix3("TMP"), "TLS");
        assert_eq!(prefix3("NATO"), "IGO");
        assert_eq!(prefix3("IAEA"), prefix3("IGOUNOIAE"));
        assert_eq!(prefix3("NGOHRIAMN"), "IGO");
        // A short code is only read whole: a country code starting with "EU" does not exist, but
        // "EUR…" must not be swallowed by the EU entry.
        assert_eq!(prefix3("EURGOV"), "EUR");
    }

    /// The PLOVER-GSR folder beside the checkout, or None (with a message) when absent.
    fn gsr_dataset() -> Option<std::path::PathBuf> {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/events/plover-gsr");
        if path.exists() {
            Some(path)
        } else {
            eprintln!("skipped: {} not found", path.display());
            None
        }
    }

    #[test]
    fn plover_gsr_runs_when_present() {
        let Some(path) = gsr_dataset() else { return };
        let r = evaluate_plover(&path, Some(20), vigie_events::CoderKind::Tree).unwrap();
        assert_eq!(r.sentences, 20);
        assert!(r.triples.gold >= 20);
    }

    /// A regression guard of the phrase coder on the whole set (whose rules were written from
    /// it: not evidence). The first events issue's targets here were precision ≥ 0.75 and
    /// recall ≥ 0.65; since acts done together are coded once per pair ("Russia and Ukraine
    /// signed" → RUS → UKR, the held-out sets' reading), where this set codes each actor
    /// without a target, the guard is precision ≥ 0.70 and recall ≥ 0.62 (measured 0.709 and
    /// 0.631 at that change).
    #[test]
    fn plover_gsr_holds_when_present() {
        let Some(path) = gsr_dataset() else { return };
        let r = evaluate_plover(&path, None, vigie_events::CoderKind::Phrase).unwrap();
        assert_eq!(r.sentences, 322);
        assert!(
            r.triples.precision >= 0.70 && r.triples.recall >= 0.62,
            "{:?}",
            r.triples
        );
    }

    fn item(id: &str, predicted: &[(&str, &str, &str)]) -> GsrItem {
        GsrItem {
            id: id.into(),
            text: String::new(),
            gold: Vec::new(),
            predicted: predicted
                .iter()
                .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
                .collect(),
            matched: 0,
            events: Vec::new(),
        }
    }

    fn report(items: Vec<GsrItem>) -> GsrReport {
        GsrReport {
            dataset: String::new(),
            sentences: items.len(),
            triples: Prf::default(),
            type_per_sentence: Prf::default(),
            by_type: BTreeMap::new(),
            stages: Vec::new(),
            seconds: 0.0,
            sentences_per_second: 0.0,
            items,
        }
    }

    #[test]
    fn consistency_counts_pairs_with_the_same_triples() {
        let en = report(vec![
            item("a", &[("RUS", "ASSAULT", "UKR")]),
            item("b", &[]),
            item("c", &[("FRA", "CONSULT", "DEU")]),
        ]);
        let fr = report(vec![
            item("a", &[("RUS", "ASSAULT", "UKR")]),
            item("b", &[]),
            item("c", &[]),
        ]);
        let c = consistency(&en, &fr);
        assert_eq!(
            (c.pairs, c.identical, c.with_events, c.identical_with_events),
            (3, 2, 2, 1)
        );
        assert_eq!(
            (
                c.triples.true_positives,
                c.triples.predicted,
                c.triples.gold
            ),
            (1, 1, 2)
        );
    }
}
