//! Claims in tension on the French dev gold (`corpus/dev`: `*.json` beside `*.txt`, field
//! `claims_in_tension`): the standard pipeline runs over every article, the statements of all of
//! them go to `vigie_analysis::claims` together (pairs are found within and across articles),
//! and each reported pair is compared with the gold pairs.
//!
//! A gold pair is `{pair_id, a: {article, text, speaker, line}, b: {…}, doubtful?, note}`; the
//! same pair may be repeated in several files under one `pair_id` and counts once. A reported
//! pair matches a gold pair when each side's sentence overlaps the corresponding gold
//! statement's text (one contains the other), in either order, in the same articles. Doubtful
//! gold pairs are left out: of the recall, and of the precision (a reported pair that matches
//! only a doubtful one is counted apart, neither right nor wrong).
//!
//! On `../shared/corpus/dev`, these are the dev articles the event rules were written on: the
//! figure is not held-out evidence. `data/eval/claims-heldout/test` is (written for vigie by
//! someone who read none of its rules; `dev/` beside it is for tuning).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use vigie_analysis::claims::{find_tensions, Rule, Statement};

use crate::EvalError;

#[derive(Deserialize)]
struct GoldArticle {
    #[serde(flatten)]
    article: crate::DevArticle,
    #[serde(default)]
    claims_in_tension: Vec<GoldPair>,
}

#[derive(Deserialize, Serialize, Clone, Debug)]
pub struct GoldPair {
    pub pair_id: String,
    pub a: GoldSide,
    pub b: GoldSide,
    #[serde(default)]
    pub doubtful: bool,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize, Serialize, Clone, Debug)]
pub struct GoldSide {
    pub article: String,
    pub text: String,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub line: Option<usize>,
    /// Other wordings of the same statement by the same source in the same article (a
    /// headline, the journalist's summary of a quote): a sentence holding any of them matches
    /// this side (`data/eval/claims-heldout`).
    #[serde(default)]
    pub also: Vec<OtherWording>,
}

#[derive(Deserialize, Serialize, Clone, Debug)]
pub struct OtherWording {
    pub text: String,
    #[serde(default)]
    pub line: Option<usize>,
}

/// One reported pair and what it matched.
#[derive(Debug, Serialize)]
pub struct PairItem {
    /// `match`, `doubtful_match` or `false_positive`.
    pub outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold: Option<String>,
    pub rule: Rule,
    pub reason: String,
    pub a_article: String,
    pub a_sentence: String,
    pub b_article: String,
    pub b_sentence: String,
}

#[derive(Debug, Serialize)]
pub struct ClaimsReport {
    pub dataset: String,
    pub articles: usize,
    /// Distinct gold pairs that are not doubtful, and how many of them a reported pair matches.
    pub gold_pairs: usize,
    pub gold_found: usize,
    pub gold_missed: Vec<String>,
    /// Doubtful gold pairs (left out).
    pub doubtful_gold: usize,
    pub reported: usize,
    /// Reported pairs that match a non-doubtful gold pair.
    pub real: usize,
    /// Reported pairs that match only a doubtful gold pair (left out of the precision).
    pub doubtful_matches: usize,
    /// `real / (reported − doubtful_matches)`.
    pub precision: f64,
    pub recall: f64,
    pub items: Vec<PairItem>,
}

/// Whitespace collapsed and trailing punctuation and quotes left out, for the overlap test.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| c.is_ascii_punctuation() || "“”«»’ ".contains(c))
        .to_string()
}

fn overlaps(sentence: &str, gold: &str) -> bool {
    let (s, g) = (norm(sentence), norm(gold));
    !s.is_empty() && !g.is_empty() && (s.contains(&g) || g.contains(&s))
}

/// Runs the standard pipeline (with the event coder `coder`) over the articles in `dataset` and
/// scores the pairs found.
pub fn evaluate(dataset: &Path, coder: vigie_events::CoderKind) -> Result<ClaimsReport, EvalError> {
    let pipeline = vigie_pipeline::standard_with_coder(coder);
    let files = crate::gold_files(dataset)?;
    let mut statements: Vec<Statement> = Vec::new();
    let mut gold: BTreeMap<String, GoldPair> = BTreeMap::new();
    for path in &files {
        let g: GoldArticle = serde_json::from_str(
            &std::fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?,
        )
        .map_err(|e| EvalError::Format {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        let (article, doc) = g.article.process(path, &pipeline)?;
        for mut s in Statement::from_document(&doc) {
            s.article = article.clone();
            statements.push(s);
        }
        for p in g.claims_in_tension {
            gold.entry(p.pair_id.clone()).or_insert(p);
        }
    }
    let tensions = find_tensions(&statements);
    let side_matches = |s: &Statement, g: &GoldSide| {
        s.article == g.article
            && std::iter::once(&g.text)
                .chain(g.also.iter().map(|o| &o.text))
                .any(|text| overlaps(&s.sentence, text))
    };
    let matches = |a: &Statement, b: &Statement, g: &GoldPair| {
        (side_matches(a, &g.a) && side_matches(b, &g.b))
            || (side_matches(a, &g.b) && side_matches(b, &g.a))
    };
    let mut found: BTreeMap<&str, bool> = gold
        .values()
        .filter(|g| !g.doubtful)
        .map(|g| (g.pair_id.as_str(), false))
        .collect();
    let (mut real, mut doubtful_matches) = (0, 0);
    let mut items = Vec::new();
    for t in &tensions {
        let (a, b) = (&statements[t.a], &statements[t.b]);
        let hit = gold
            .values()
            .filter(|g| matches(a, b, g))
            .min_by_key(|g| g.doubtful);
        let outcome = match hit {
            Some(g) if !g.doubtful => {
                found.insert(g.pair_id.as_str(), true);
                real += 1;
                "match"
            }
            Some(_) => {
                doubtful_matches += 1;
                "doubtful_match"
            }
            None => "false_positive",
        };
        items.push(PairItem {
            outcome,
            gold: hit.map(|g| g.pair_id.clone()),
            rule: t.rule,
            reason: t.reason.clone(),
            a_article: a.article.clone(),
            a_sentence: a.sentence.clone(),
            b_article: b.article.clone(),
            b_sentence: b.sentence.clone(),
        });
    }
    let gold_pairs = found.len();
    let gold_found = found.values().filter(|f| **f).count();
    let judged = tensions.len() - doubtful_matches;
    Ok(ClaimsReport {
        dataset: dataset.display().to_string(),
        articles: files.len(),
        gold_pairs,
        gold_found,
        gold_missed: found
            .iter()
            .filter(|(_, f)| !**f)
            .map(|(id, _)| id.to_string())
            .collect(),
        doubtful_gold: gold.values().filter(|g| g.doubtful).count(),
        reported: tensions.len(),
        real,
        doubtful_matches,
        precision: crate::share(real, judged),
        recall: crate::share(gold_found, gold_pairs),
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_overlaps_the_gold_fragment_it_holds() {
        let sentence = "Un haut responsable a déclaré que le Pentagone n’avait vu “aucune preuve que les Biélorusses se préparent à entrer en Ukraine ou qu’ils ont conclu un accord”.";
        assert!(overlaps(
            sentence,
            "le Pentagone n’avait vu “aucune preuve que les Biélorusses se préparent à entrer en Ukraine"
        ));
        assert!(overlaps(
            "pas un seul soldat ne combat.",
            "pas un seul soldat ne combat"
        ));
        assert!(!overlaps(
            sentence,
            "les troupes biélorusses ont commencé à se battre"
        ));
        assert!(!overlaps(sentence, "  "));
    }

    #[test]
    fn the_dev_gold_pairs_are_scored_when_the_corpus_is_there() {
        let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev");
        if !dev.is_dir() {
            eprintln!("skipped: {} is absent", dev.display());
            return;
        }
        let r = evaluate(&dev, vigie_events::CoderKind::Phrase).expect("dev gold reads");
        assert_eq!(r.articles, 3);
        assert_eq!(r.gold_pairs, 3, "T1, T3, T4 are not doubtful");
        assert!(r.reported >= r.real + r.doubtful_matches);
    }
}
