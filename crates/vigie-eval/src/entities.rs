//! Entity linking on the French dev gold (`corpus/dev/*.json` beside `*.txt`, field `entities`).
//!
//! The gold lists, per article, one record per distinct surface form in content (boilerplate
//! lines excluded) with its canonical English name and the lines it occurs on. Demonyms and
//! adjectives are not listed (the gold's `conventions`), so predicted mentions linked `how =
//! "adjective"` or composed from a sector word (`how = "agent"`: "les troupes biélorusses") are
//! left out of the predictions; everything else the actors stage emits counts, unlinked and
//! ambiguous mentions included.
//!
//! Linking is scored in isolation: the article's boilerplate lines and publication date are
//! taken from the gold (lines whose trimmed text equals a gold `boilerplate_lines` entry are
//! marked boilerplate) so that errors of the cleaning stages are not counted twice here.
//!
//! Matching rule. A predicted record (surface, canonical) is correct when
//! - its surface form is exactly a gold record's `text` (the stage never includes an elided
//!   article, as the gold), and
//! - its canonical name equals the gold `canonical` after folding (case, accents, Cyrillic
//!   look-alike letters), or the gold `canonical` is one of the English names of the
//!   knowledge-base actor the mention links to ("Kiev" and "Kyiv" are both English names of
//!   place:kyiv) — also in other words ("Ministry of Defence of Russia" for "Russian Defence
//!   Ministry") — or, without the notes in parentheses the gold adds ("BelTA (Belarusian
//!   Telegraph Agency)"), equals its canonical name.
//!
//! Scores: per record (distinct surface + canonical per article, the gold's unit) and per
//! occurrence (surface + canonical + line). Gold items marked `doubtful` are left out: a
//! prediction matching one counts neither for nor against. Precision, recall and F1 are given
//! per article and overall (micro-averaged).

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::time::Instant;

use serde::{Deserialize, Serialize};
use vigie_core::fold::fold;
use vigie_core::{Boilerplate, Document, Metadata};

use crate::quotes::Prf;
use crate::EvalError;

#[derive(Deserialize)]
struct Gold {
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    publication_date: Option<GoldDate>,
    #[serde(default)]
    boilerplate_lines: Vec<String>,
    #[serde(default)]
    entities: Vec<GoldEntity>,
}

#[derive(Deserialize)]
struct GoldDate {
    #[serde(default)]
    date: Option<String>,
}

#[derive(Deserialize, Clone)]
struct GoldEntity {
    text: String,
    canonical: String,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    lines: Vec<usize>,
    #[serde(default)]
    doubtful: bool,
    /// Whether a knowledge base of leaders, countries and major organisations would hold the
    /// entity (gold sets of names nobody listed, `data/eval/names-heldout`); absent elsewhere.
    #[serde(default)]
    listed: Option<bool>,
}

/// A predicted or gold record, for the report.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Record {
    pub surface: String,
    pub canonical: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub how: String,
    /// The predicted mention's type (`person`, `organisation`…), or the gold type.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub entity_type: String,
    pub lines: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct ArticleResult {
    pub article: String,
    pub records: Prf,
    pub occurrences: Prf,
    /// Predicted records that match no gold record.
    pub false_positives: Vec<Record>,
    /// Gold records no prediction matches.
    pub false_negatives: Vec<Record>,
    /// Gold occurrences (surface form, line) no prediction matches.
    pub missed_occurrences: Vec<(String, usize)>,
}

/// Persons and organisations no knowledge base lists: were they found (recall, any mention of
/// their words and kind), and are the unlinked persons and organisations vigie reports real
/// ones (precision)?
#[derive(Debug, Serialize)]
pub struct Unlisted {
    pub recall: f64,
    pub precision: f64,
    pub gold: usize,
    pub found: usize,
    pub predicted: usize,
    pub right: usize,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub articles: usize,
    pub records: Prf,
    pub occurrences: Prf,
    /// On gold sets that mark `listed`: how the persons and organisations nobody listed fare.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unlisted: Option<Unlisted>,
    pub words: usize,
    pub seconds: f64,
    pub words_per_second: f64,
    pub per_article: Vec<ArticleResult>,
}

fn key(s: &str) -> String {
    fold(&vigie_actors::translit::unmix(s))
}

/// Scores the actors stage on every gold file of `dataset`.
pub fn evaluate(dataset: &Path) -> Result<Report, EvalError> {
    let stage = vigie_actors::ActorStage::new();
    let sentence_layer = vigie_pipeline::sentence_layer();
    let kb = &vigie_actors::shared().kb;
    let canon = crate::quotes::SpeakerCanon::load();
    let entries = crate::gold_files(dataset)?;
    let mut per_article = Vec::new();
    let (mut rec_all, mut occ_all) = ((0, 0, 0), (0, 0, 0));
    // (gold unlisted found, gold unlisted, predicted unlinked right, predicted unlinked).
    let mut unlisted = (0usize, 0usize, 0usize, 0usize);
    let (mut words, mut seconds) = (0usize, 0f64);
    for json in entries {
        let gold: Gold = serde_json::from_str(
            &std::fs::read_to_string(&json).map_err(|e| EvalError::io(&json, e))?,
        )?;
        let txt = json.with_extension("txt");
        let text = std::fs::read_to_string(&txt).map_err(|e| EvalError::io(&txt, e))?;
        let meta = Metadata {
            language: gold.language.clone(),
            published: gold.publication_date.as_ref().and_then(|d| d.date.clone()),
            ..Default::default()
        };
        let mut doc = Document::new(text, meta);
        let boiler: HashSet<&str> = gold.boilerplate_lines.iter().map(|l| l.trim()).collect();
        let spans: Vec<_> = doc
            .lines()
            .filter(|(_, l)| boiler.contains(l.trim()))
            .map(|(s, _)| s)
            .collect();
        for s in spans {
            doc.annotate(
                s,
                Boilerplate {
                    role: vigie_core::BoilerplateRole::Gold,
                    cue: None,
                },
            );
        }
        // The sentence layer, as in ingest: the name finder reads its words.
        sentence_layer
            .process(&mut doc)
            .map_err(|e| EvalError::Format {
                path: txt.display().to_string(),
                reason: e.to_string(),
            })?;
        let line_starts: Vec<usize> = doc.lines().map(|(s, _)| s.start).collect();
        let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);
        let t0 = Instant::now();
        let found = stage.find(&doc);
        seconds += t0.elapsed().as_secs_f64();
        words += doc.text.split_whitespace().count();

        // Predicted records.
        let mut predicted: Vec<Record> = Vec::new();
        for f in &found {
            let m = &f.mention;
            if m.how == Some(vigie_core::MentionHow::Adjective)
                || m.how == Some(vigie_core::MentionHow::Agent)
            {
                continue;
            }
            let surface = doc.slice(f.span).to_string();
            let canonical = m.canonical.clone().unwrap_or_else(|| surface.clone());
            let line = line_of(f.span.start);
            match predicted
                .iter_mut()
                .find(|r| r.surface == surface && r.canonical == canonical)
            {
                Some(r) => {
                    if !r.lines.contains(&line) {
                        r.lines.push(line)
                    }
                }
                None => predicted.push(Record {
                    surface,
                    canonical,
                    actor: m.actor.clone(),
                    how: m.how.map_or_else(String::new, |h| h.to_string()),
                    entity_type: m.entity_type.to_string(),
                    lines: vec![line],
                }),
            }
        }
        // The gold's notes in parentheses ("BelTA (Belarusian Telegraph Agency)") are not part
        // of the name; a linked actor is right when one of its English names says the same in
        // other words ("Ministry of Defence of Russia" = "Russian Defence Ministry").
        let canon_ok = |g: &GoldEntity, p: &Record| {
            let gold_name = crate::quotes::strip_parentheses(&g.canonical);
            key(&g.canonical) == key(&p.canonical)
                || key(&gold_name) == key(&p.canonical)
                || p.actor.as_deref().and_then(|a| kb.get(a)).is_some_and(|a| {
                    a.names.get("en").is_some_and(|ns| {
                        ns.iter().any(|n| {
                            key(n) == key(&g.canonical)
                                || key(n) == key(&gold_name)
                                || canon.same(&g.canonical, n)
                        })
                    })
                })
        };
        let matches = |g: &GoldEntity, p: &Record| g.text == p.surface && canon_ok(g, p);
        let gold_all: Vec<&GoldEntity> = gold.entities.iter().collect();
        let scored_gold: Vec<&GoldEntity> =
            gold_all.iter().copied().filter(|g| !g.doubtful).collect();
        // Predictions matching a doubtful gold item count neither way.
        let scored_pred: Vec<&Record> = predicted
            .iter()
            .filter(|p| !gold_all.iter().any(|g| g.doubtful && matches(g, p)))
            .collect();
        let mut used = vec![false; scored_gold.len()];
        let mut tp = 0;
        let mut fps = Vec::new();
        for p in &scored_pred {
            match (0..scored_gold.len()).find(|&i| !used[i] && matches(scored_gold[i], p)) {
                Some(i) => {
                    used[i] = true;
                    tp += 1;
                }
                None => fps.push((*p).clone()),
            }
        }
        let fns: Vec<Record> = scored_gold
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(g, _)| Record {
                surface: g.text.clone(),
                canonical: g.canonical.clone(),
                actor: None,
                how: g.kind.clone(),
                entity_type: g.kind.clone(),
                lines: g.lines.clone(),
            })
            .collect();
        let records = Prf::new(tp, scored_pred.len(), scored_gold.len());
        // Occurrences: (record, line).
        let gold_occ: BTreeSet<(usize, usize)> = scored_gold
            .iter()
            .enumerate()
            .flat_map(|(i, g)| g.lines.iter().map(move |&l| (i, l)))
            .collect();
        let mut occ_tp = 0;
        let mut occ_pred = 0;
        for p in &scored_pred {
            for &l in &p.lines {
                occ_pred += 1;
                if scored_gold
                    .iter()
                    .enumerate()
                    .any(|(i, g)| matches(g, p) && gold_occ.contains(&(i, l)))
                {
                    occ_tp += 1;
                }
            }
        }
        let occurrences = Prf::new(occ_tp, occ_pred, gold_occ.len());
        let missed_occurrences: Vec<(String, usize)> = gold_occ
            .iter()
            .filter(|(i, l)| {
                !scored_pred
                    .iter()
                    .any(|p| p.lines.contains(l) && matches(scored_gold[*i], p))
            })
            .map(|&(i, l)| (scored_gold[i].text.clone(), l))
            .collect();
        // Names nobody listed: persons and organisations the gold marks `listed: false`,
        // found by any mention of the same words and kind; and the finder's unlinked persons
        // and organisations, right when a gold entity of that kind has their words.
        let kind_of_gold = |g: &GoldEntity| match g.kind.as_str() {
            "PERSON" => Some("person"),
            "ORG" | "MEDIA" | "MILITARY_UNIT" | "ORGANISATION" => Some("organisation"),
            _ => None,
        };
        let kind_of_pred = |p: &Record| match p.entity_type.as_str() {
            "person" => Some("person"),
            "organisation" | "media" | "armed_group" | "military_unit" | "group" => {
                Some("organisation")
            }
            _ => None,
        };
        let same = |g: &GoldEntity, p: &Record| {
            g.text == p.surface && kind_of_gold(g).is_some() && kind_of_gold(g) == kind_of_pred(p)
        };
        let unlisted_gold: Vec<&GoldEntity> = scored_gold
            .iter()
            .copied()
            .filter(|g| g.listed == Some(false) && kind_of_gold(g).is_some())
            .collect();
        if gold.entities.iter().any(|g| g.listed.is_some()) {
            let found_gold = unlisted_gold
                .iter()
                .filter(|g| scored_pred.iter().any(|p| same(g, p)))
                .count();
            let unlinked_pred: Vec<&&Record> = scored_pred
                .iter()
                .filter(|p| p.actor.is_none() && kind_of_pred(p).is_some())
                .collect();
            let right = unlinked_pred
                .iter()
                .filter(|p| scored_gold.iter().any(|g| same(g, p)))
                .count();
            unlisted.0 += found_gold;
            unlisted.1 += unlisted_gold.len();
            unlisted.2 += right;
            unlisted.3 += unlinked_pred.len();
        }
        rec_all.0 += records.true_positives;
        rec_all.1 += records.predicted;
        rec_all.2 += records.gold;
        occ_all.0 += occurrences.true_positives;
        occ_all.1 += occurrences.predicted;
        occ_all.2 += occurrences.gold;
        per_article.push(ArticleResult {
            article: json
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            records,
            occurrences,
            false_positives: fps,
            false_negatives: fns,
            missed_occurrences,
        });
    }
    Ok(Report {
        articles: per_article.len(),
        records: Prf::new(rec_all.0, rec_all.1, rec_all.2),
        occurrences: Prf::new(occ_all.0, occ_all.1, occ_all.2),
        unlisted: (unlisted.1 > 0).then(|| Unlisted {
            recall: unlisted.0 as f64 / unlisted.1 as f64,
            precision: if unlisted.3 == 0 {
                0.0
            } else {
                unlisted.2 as f64 / unlisted.3 as f64
            },
            gold: unlisted.1,
            found: unlisted.0,
            predicted: unlisted.3,
            right: unlisted.2,
        }),
        words,
        seconds,
        words_per_second: if seconds > 0.0 {
            words as f64 / seconds
        } else {
            0.0
        },
        per_article,
    })
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn dev_gold_scores_are_computed() {
        let dev = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev");
        if !dev.is_dir() {
            eprintln!("skipped: {} is absent", dev.display());
            return;
        }
        let r = super::evaluate(&dev).unwrap();
        assert_eq!(r.articles, 3);
        assert!(r.records.gold > 40, "{:?}", r.records);
        assert!(r.records.precision > 0.0 && r.records.recall > 0.0);
    }
}
