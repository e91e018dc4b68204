//! Quotations, on two gold sets:
//!
//! **French dev gold** (`corpus/dev/*.json` with their `.txt`, field `quotes`). Each article
//! goes through the standard pipeline; a predicted quote matches a gold quote when
//! - the spans overlap on at least half of the gold text's characters and half of the
//!   predicted text's (the gold `text` is located in the article on its `line`), and
//! - the speakers are equal after canonicalisation: case, accents and Cyrillic look-alike
//!   letters folded ("Skabeі" = "Skabei"); parenthesised notes and the words "unnamed",
//!   "official(s)", "and", "of", "the" dropped; plurals made singular; every English name or
//!   adjective of a knowledge-base actor replaced by the actor's id ("US", "United States" and
//!   "American" all become `USA`), every other word by the transliteration key the linker uses
//!   to tell one person across spellings ("Savtchenko" = "Savchenko", not "Oleg" = "Oleh":
//!   since 2026-12-07); then the two sets of words are compared. A predicted speaker
//!   that is an actor id is replaced by the canonical name its mention carries.
//!
//! Matching is one-to-one, greedy in text order. Gold items marked `doubtful` are left out: a
//! prediction that matches one counts neither for nor against. Precision, recall and F1 are
//! given for (speaker, span) and for spans alone.
//!
//! **PolNeAR** (`dev/text/*.txt` + `dev/attributions/*.ann`, brat standoff with character
//! offsets; one annotator's file per article): the predicted quote's span against the gold
//! `Content` spans, the predicted `speaker_span` against the gold `Source` spans. Each is
//! scored exact (same text after trimming white space, final punctuation and a leading "that")
//! and by overlap (at least half of both spans' characters), one-to-one.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use vigie_core::fold::fold;
use vigie_core::{AnnotationData, Document, Layer, Metadata, Span};

use crate::EvalError;

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Prf {
    pub true_positives: usize,
    pub predicted: usize,
    pub gold: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn new(tp: usize, predicted: usize, gold: usize) -> Self {
        let p = crate::share(tp, predicted);
        let r = crate::share(tp, gold);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            true_positives: tp,
            predicted,
            gold,
            precision: p,
            recall: r,
            f1: f,
        }
    }
    fn add(&mut self, o: &Prf) {
        *self = Prf::new(
            self.true_positives + o.true_positives,
            self.predicted + o.predicted,
            self.gold + o.gold,
        );
    }
}

// ---------------------------------------------------------------- French dev gold

#[derive(Deserialize)]
struct GoldArticle {
    #[serde(flatten)]
    article: crate::DevArticle,
    #[serde(default)]
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize, Clone)]
struct GoldQuote {
    speaker: String,
    text: String,
    #[serde(default)]
    direct: bool,
    #[serde(default)]
    line: Option<usize>,
    #[serde(default)]
    doubtful: bool,
}

/// One gold or predicted quote and what became of it.
#[derive(Debug, Serialize)]
pub struct QuoteItem {
    pub article: String,
    /// `match`, `wrong_speaker`, `missed` (gold not found), `spurious` (predicted, no gold),
    /// `doubtful` (matches a gold item marked doubtful).
    pub verdict: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold_speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicted_speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicted_text: Option<String>,
    pub direct: bool,
}

#[derive(Debug, Serialize)]
pub struct ArticleScore {
    pub article: String,
    pub speaker_and_span: Prf,
    pub span_only: Prf,
}

#[derive(Debug, Serialize)]
pub struct DevReport {
    pub dataset: String,
    pub articles: usize,
    pub speaker_and_span: Prf,
    pub span_only: Prf,
    pub per_article: Vec<ArticleScore>,
    pub stages: Vec<String>,
    pub seconds: f64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<QuoteItem>,
}

/// A predicted quote with its speaker's display name.
struct Predicted {
    span: Span,
    speaker: String,
    direct: bool,
}

/// Runs the standard pipeline over the French dev articles in `dataset` and scores their quotes.
pub fn evaluate_dev(dataset: &Path) -> Result<DevReport, EvalError> {
    let canon = SpeakerCanon::load();
    let pipeline = vigie_pipeline::standard();
    let files = crate::gold_files(dataset)?;
    let t0 = Instant::now();
    let mut report = DevReport {
        dataset: dataset.display().to_string(),
        articles: 0,
        speaker_and_span: Prf::default(),
        span_only: Prf::default(),
        per_article: Vec::new(),
        stages: pipeline
            .stage_names()
            .iter()
            .map(|s| s.to_string())
            .collect(),
        seconds: 0.0,
        items: Vec::new(),
    };
    for path in files {
        let gold: GoldArticle = serde_json::from_str(
            &std::fs::read_to_string(&path).map_err(|e| EvalError::io(&path, e))?,
        )?;
        // A stage error leaves the annotations made so far; the score shows what is missing.
        let (article, doc) = gold.article.process(&path, &pipeline)?;
        let predicted = predicted_quotes(&doc);
        let (full, spans) = score_article(
            &doc,
            &gold.quotes,
            &predicted,
            &canon,
            &article,
            &mut report.items,
        );
        report.speaker_and_span.add(&full);
        report.span_only.add(&spans);
        report.per_article.push(ArticleScore {
            article,
            speaker_and_span: full,
            span_only: spans,
        });
        report.articles += 1;
    }
    report.seconds = t0.elapsed().as_secs_f64();
    Ok(report)
}

fn predicted_quotes(doc: &Document) -> Vec<Predicted> {
    // Actor ids are shown by the canonical name their mentions carry.
    let mut names: HashMap<&str, &str> = HashMap::new();
    for a in doc.layer(Layer::Mention) {
        if let AnnotationData::Mention(m) = &a.data {
            if let (Some(id), Some(c)) = (&m.actor, &m.canonical) {
                names.entry(id.as_str()).or_insert(c.as_str());
            }
        }
    }
    doc.layer(Layer::Quote)
        .filter_map(|a| match &a.data {
            AnnotationData::Quote(q) => {
                let s = q.speaker.clone().unwrap_or_default();
                Some(Predicted {
                    span: a.span,
                    speaker: names.get(s.as_str()).map_or(s, |n| n.to_string()),
                    direct: q.direct,
                })
            }
            _ => None,
        })
        .collect()
}

/// Where the gold text lies: on its line when given, else its first occurrence.
fn locate(text: &str, needle: &str, line: Option<usize>) -> Option<Span> {
    if let Some(l) = line {
        let mut offset = 0;
        for (i, s) in text.split('\n').enumerate() {
            if i + 1 == l {
                if let Some(p) = s.find(needle) {
                    return Some(Span::new(offset + p, offset + p + needle.len()));
                }
                break;
            }
            offset += s.len() + 1;
        }
    }
    text.find(needle).map(|p| Span::new(p, p + needle.len()))
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn spans_match(gold: Span, pred: Span) -> bool {
    let o = overlap(gold, pred);
    o * 2 >= gold.len() && o * 2 >= pred.len() && o > 0
}

fn score_article(
    doc: &Document,
    gold: &[GoldQuote],
    predicted: &[Predicted],
    canon: &SpeakerCanon,
    article: &str,
    items: &mut Vec<QuoteItem>,
) -> (Prf, Prf) {
    let gold_spans: Vec<Option<Span>> = gold
        .iter()
        .map(|g| locate(&doc.text, &g.text, g.line))
        .collect();
    let mut used_gold = vec![false; gold.len()];
    let (mut tp_full, mut tp_span, mut counted_pred) = (0, 0, 0);
    let mut matched_full = vec![false; gold.len()];
    for p in predicted {
        // Best gold by overlap among those not used yet.
        let best = gold_spans
            .iter()
            .enumerate()
            .filter(|(i, g)| !used_gold[*i] && g.is_some_and(|g| spans_match(g, p.span)))
            .max_by_key(|(_, g)| overlap(g.unwrap(), p.span))
            .map(|(i, _)| i);
        let predicted_text = Some(doc.slice(p.span).to_string());
        match best {
            Some(i) if gold[i].doubtful => {
                used_gold[i] = true;
                items.push(QuoteItem {
                    article: article.into(),
                    verdict: "doubtful",
                    gold_speaker: Some(gold[i].speaker.clone()),
                    predicted_speaker: Some(p.speaker.clone()),
                    gold_text: Some(gold[i].text.clone()),
                    predicted_text,
                    direct: p.direct,
                });
            }
            Some(i) => {
                used_gold[i] = true;
                counted_pred += 1;
                tp_span += 1;
                let same = canon.same(&gold[i].speaker, &p.speaker);
                if same {
                    tp_full += 1;
                    matched_full[i] = true;
                }
                items.push(QuoteItem {
                    article: article.into(),
                    verdict: if same { "match" } else { "wrong_speaker" },
                    gold_speaker: Some(gold[i].speaker.clone()),
                    predicted_speaker: Some(p.speaker.clone()),
                    gold_text: Some(gold[i].text.clone()),
                    predicted_text,
                    direct: p.direct,
                });
            }
            None => {
                counted_pred += 1;
                items.push(QuoteItem {
                    article: article.into(),
                    verdict: "spurious",
                    gold_speaker: None,
                    predicted_speaker: Some(p.speaker.clone()),
                    gold_text: None,
                    predicted_text,
                    direct: p.direct,
                });
            }
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if !used_gold[i] && !g.doubtful {
            items.push(QuoteItem {
                article: article.into(),
                verdict: "missed",
                gold_speaker: Some(g.speaker.clone()),
                predicted_speaker: None,
                gold_text: Some(g.text.clone()),
                predicted_text: None,
                direct: g.direct,
            });
        }
    }
    let n_gold = gold.iter().filter(|g| !g.doubtful).count();
    (
        Prf::new(tp_full, counted_pred, n_gold),
        Prf::new(tp_span, counted_pred, n_gold),
    )
}

/// Speaker names reduced to comparable word sets (see the module comment).
pub struct SpeakerCanon {
    /// Folded English name or adjective (as a word sequence) → actor id.
    names: HashMap<Vec<String>, String>,
    /// Actor id → its English names, for a speaker given as an id ("org:russia-mod") that
    /// the gold names in other words ("Ministry of Defence of Russia").
    english: HashMap<String, Vec<String>>,
    longest: usize,
}

const DROP: [&str; 9] = [
    "unnamed",
    // "government of Ukraine" is the gold's "Ukraine (government)": a note on the sector, which
    // the gold writes in parentheses (left out) and vigie as a head noun.
    "government",
    "official",
    "officials",
    "and",
    "of",
    "the",
    "s",
    "sources",
];

impl SpeakerCanon {
    /// English names and adjectives of every actor of the knowledge base (`kb/*.toml`).
    pub fn load() -> Self {
        let mut names = HashMap::new();
        let mut english: HashMap<String, Vec<String>> = HashMap::new();
        for r in vigie_resources::files("kb/", ".toml") {
            let Ok(value) = r.contents.parse::<toml::Table>() else {
                continue;
            };
            let Some(actors) = value.get("actor").and_then(|a| a.as_array()) else {
                continue;
            };
            for a in actors {
                let Some(id) = a.get("id").and_then(|v| v.as_str()) else {
                    continue;
                };
                names.insert(vec![fold(id)], id.to_string());
                if let Some(list) = a
                    .get("names")
                    .and_then(|n| n.get("en"))
                    .and_then(|v| v.as_array())
                {
                    english.insert(
                        id.to_string(),
                        list.iter()
                            .filter_map(|v| v.as_str())
                            .map(str::to_string)
                            .collect(),
                    );
                }
                for field in ["names", "adjectives"] {
                    let list = a
                        .get(field)
                        .and_then(|n| n.get("en"))
                        .and_then(|v| v.as_array());
                    for n in list.into_iter().flatten().filter_map(|v| v.as_str()) {
                        let w = raw_words(n);
                        if !w.is_empty() {
                            names.entry(w).or_insert_with(|| id.to_string());
                        }
                    }
                }
            }
        }
        let longest = names.keys().map(Vec::len).max().unwrap_or(1);
        SpeakerCanon {
            names,
            english,
            longest,
        }
    }

    /// The comparable set of words of a speaker name.
    pub fn words(&self, name: &str) -> HashSet<String> {
        let without_notes = strip_parentheses(name);
        let w = raw_words(&without_notes);
        let mut out = HashSet::new();
        let mut i = 0;
        while i < w.len() {
            let mut hit = None;
            for len in (1..=self.longest.min(w.len() - i)).rev() {
                if let Some(id) = self.names.get(&w[i..i + len]) {
                    hit = Some((len, id));
                    break;
                }
            }
            if let Some((len, id)) = hit {
                out.insert(id.clone());
                i += len;
                continue;
            }
            if !DROP.contains(&w[i].as_str()) {
                let word = &w[i];
                let singular = if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
                    word[..word.len() - 1].to_string()
                } else {
                    word.clone()
                };
                // One person across spellings: the key the linker uses for names
                // ("Savtchenko" = "Savchenko").
                out.insert(vigie_actors::translit::word_key(&singular));
            }
            i += 1;
        }
        out
    }

    pub fn same(&self, a: &str, b: &str) -> bool {
        let (wa, wb) = (self.words(a), self.words(b));
        if wa.is_empty() {
            return false;
        }
        if wa == wb {
            return true;
        }
        // One side names a knowledge-base actor (its id or one of its names): any of its
        // English names, word by word, may be the other side's words.
        let by_names = |one: &HashSet<String>, other: &HashSet<String>| {
            let mut ids = one.iter();
            match (ids.next(), ids.next()) {
                (Some(id), None) => self
                    .english
                    .get(id)
                    .is_some_and(|ns| ns.iter().any(|n| &self.words_plain(n) == other)),
                _ => false,
            }
        };
        let id = |s: &str| HashSet::from([s.trim().to_string()]);
        !wb.is_empty()
            && (by_names(&wa, &wb)
                || by_names(&wb, &wa)
                || by_names(&id(a), &wb)
                || by_names(&id(b), &wa))
    }

    /// [`Self::words`] without the knowledge base's multi-word names: the words a name is
    /// made of ("Russian Ministry of Defence" → RUS, ministry, defence).
    fn words_plain(&self, name: &str) -> HashSet<String> {
        raw_words(&strip_parentheses(name))
            .iter()
            .flat_map(|w| self.words(w))
            .collect()
    }
}

pub(crate) fn strip_parentheses(s: &str) -> String {
    let mut depth = 0;
    s.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// Folded words, with Cyrillic letters that look like Latin ones made Latin (a French article
/// writes "Skabeі" with a Cyrillic і; the gold writes "Skabei").
fn raw_words(s: &str) -> Vec<String> {
    let latin: String = fold(s)
        .chars()
        .map(|c| match c {
            'і' => 'i',
            'а' => 'a',
            'е' => 'e',
            'о' => 'o',
            'с' => 'c',
            'р' => 'p',
            'х' => 'x',
            'у' => 'y',
            _ => c,
        })
        .collect();
    latin
        .split(|c: char| !(c.is_alphanumeric() || c == ':' || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------- PolNeAR

#[derive(Debug, Serialize)]
pub struct PolnearReport {
    pub dataset: String,
    pub articles: usize,
    pub content_exact: Prf,
    pub content_overlap: Prf,
    pub source_exact: Prf,
    pub source_overlap: Prf,
    pub stages: Vec<String>,
    pub seconds: f64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<PolnearItem>,
}

/// Per-article counts, for error analysis.
#[derive(Debug, Serialize)]
pub struct PolnearItem {
    pub article: String,
    pub content_overlap: Prf,
    pub source_overlap: Prf,
    pub missed_content: Vec<String>,
    pub spurious_content: Vec<String>,
}

/// Scores quotes against the PolNeAR attributions under `dataset` (a folder holding `text/` and
/// `attributions/`, e.g. `…/polnear/dev`).
pub fn evaluate_polnear(dataset: &Path, limit: Option<usize>) -> Result<PolnearReport, EvalError> {
    let pipeline = vigie_pipeline::standard();
    let ann_dir = dataset.join("attributions");
    let mut anns: Vec<PathBuf> = std::fs::read_dir(&ann_dir)
        .map_err(|e| EvalError::io(&ann_dir, e))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .collect();
    anns.sort();
    // Several annotators may have done the same article: keep the first file of each.
    let mut by_text: BTreeMap<String, PathBuf> = BTreeMap::new();
    for a in anns {
        let stem = a
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let base = stem
            .rsplit_once('_')
            .map_or(stem.clone(), |(b, _)| b.to_string());
        by_text.entry(base).or_insert(a);
    }
    let t0 = Instant::now();
    let mut r = PolnearReport {
        dataset: dataset.display().to_string(),
        articles: 0,
        content_exact: Prf::default(),
        content_overlap: Prf::default(),
        source_exact: Prf::default(),
        source_overlap: Prf::default(),
        stages: pipeline
            .stage_names()
            .iter()
            .map(|s| s.to_string())
            .collect(),
        seconds: 0.0,
        items: Vec::new(),
    };
    for (base, ann) in by_text.into_iter().take(limit.unwrap_or(usize::MAX)) {
        let txt = dataset.join("text").join(format!("{base}.txt"));
        let Ok(text) = std::fs::read_to_string(&txt) else {
            continue;
        };
        let ann_text = std::fs::read_to_string(&ann).map_err(|e| EvalError::io(&ann, e))?;
        let (sources, contents) = read_brat(&text, &ann_text);
        let meta = Metadata {
            language: Some("en".into()),
            ..Default::default()
        };
        let mut doc = Document::new(text, meta);
        let _ = pipeline.process(&mut doc);
        let mut pred_content = Vec::new();
        let mut pred_source = Vec::new();
        for a in doc.layer(Layer::Quote) {
            if let AnnotationData::Quote(q) = &a.data {
                pred_content.push(a.span);
                if let Some(s) = q.speaker_span {
                    pred_source.push(s);
                }
            }
        }
        pred_source.sort();
        pred_source.dedup();
        let t = &doc.text;
        let ce = match_spans(t, &contents, &pred_content, true);
        let co = match_spans(t, &contents, &pred_content, false);
        let se = match_spans(t, &sources, &pred_source, true);
        let so = match_spans(t, &sources, &pred_source, false);
        r.content_exact.add(&ce.0);
        r.content_overlap.add(&co.0);
        r.source_exact.add(&se.0);
        r.source_overlap.add(&so.0);
        r.items.push(PolnearItem {
            article: base,
            content_overlap: co.0,
            source_overlap: so.0,
            missed_content: co.1.iter().map(|s| doc.slice(*s).to_string()).collect(),
            spurious_content: co.2.iter().map(|s| doc.slice(*s).to_string()).collect(),
        });
        r.articles += 1;
    }
    r.seconds = t0.elapsed().as_secs_f64();
    Ok(r)
}

/// Gold source and content spans (byte spans of `text`; a discontinuous brat span is taken
/// from its first to its last fragment).
fn read_brat(text: &str, ann: &str) -> (Vec<Span>, Vec<Span>) {
    // brat offsets count characters; map them to bytes.
    let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_at.push(text.len());
    let mut sources = Vec::new();
    let mut contents = Vec::new();
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let (Some(id), Some(info)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !id.starts_with('T') {
            continue;
        }
        let Some((label, ranges)) = info.split_once(' ') else {
            continue;
        };
        let mut lo = usize::MAX;
        let mut hi = 0;
        for frag in ranges.split(';') {
            let mut nums = frag
                .split_whitespace()
                .filter_map(|n| n.parse::<usize>().ok());
            if let (Some(s), Some(e)) = (nums.next(), nums.next()) {
                lo = lo.min(s);
                hi = hi.max(e);
            }
        }
        if lo >= hi || hi >= byte_at.len() {
            continue;
        }
        let span = Span::new(byte_at[lo], byte_at[hi]);
        match label {
            "Source" => sources.push(span),
            "Content" => contents.push(span),
            _ => {}
        }
    }
    (sources, contents)
}

/// The text of a span for exact comparison: trimmed, without final punctuation or a leading
/// complementizer "that".
fn exact_key(text: &str, s: Span) -> String {
    let t = text[s.start..s.end]
        .trim()
        .trim_end_matches(['.', ',', '"', '”', '’', '\''])
        .trim();
    let t = t.strip_prefix("that ").unwrap_or(t);
    t.trim_start_matches(['"', '“']).trim().to_string()
}

/// One-to-one matching: (scores, missed gold, spurious predictions).
fn match_spans(
    text: &str,
    gold: &[Span],
    pred: &[Span],
    exact: bool,
) -> (Prf, Vec<Span>, Vec<Span>) {
    let mut used = vec![false; gold.len()];
    let mut tp = 0;
    let mut spurious = Vec::new();
    for p in pred {
        let hit = gold.iter().enumerate().find(|(i, g)| {
            !used[*i]
                && if exact {
                    exact_key(text, **g) == exact_key(text, *p)
                } else {
                    spans_match(**g, *p)
                }
        });
        match hit {
            Some((i, _)) => {
                used[i] = true;
                tp += 1;
            }
            None => spurious.push(*p),
        }
    }
    let missed = gold
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(g, _)| *g)
        .collect();
    (Prf::new(tp, pred.len(), gold.len()), missed, spurious)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaker_canonicalisation() {
        let c = SpeakerCanon::load();
        assert!(c.same(
            "NATO and US officials (unnamed)",
            "US and NATO officials (unnamed sources)"
        ));
        assert!(c.same("Aleksei Skabei", "Aleksei Skabeі"));
        assert!(c.same("US officials (unnamed)", "United States official"));
        assert!(!c.same(
            "NATO military official (unnamed)",
            "senior NATO intelligence official"
        ));
        assert!(!c.same("", ""));
        // Spellings of one name meet; other names do not.
        assert!(c.same("Ihor Savtchenko", "Ihor Savchenko"));
        assert!(!c.same("Ihor Savchenko", "Ihor Shevchenko"));
        // A state's government, as the gold notes it and as vigie names it.
        assert!(c.same("Georgia (government)", "government of Georgia"));
        assert!(!c.same("Georgia (government)", "government of Armenia"));
        assert!(!c.same("government", "government"));
        // A speaker given as a knowledge-base id meets the gold's English words for it.
        assert!(c.same("Ministry of Defence of Russia", "org:russia-mod"));
        assert!(c.same("Ministry of Defence of Russia", "Russian Defence Ministry"));
        assert!(!c.same("Ministry of Defence of Ukraine", "org:russia-mod"));
    }

    #[test]
    fn brat_offsets_are_characters() {
        let text = "L’été, he said “yes”.";
        let ann = "T1\tSource 7 9\the\nT2\tContent 15 20;20 21\t“yes”\n";
        let (s, c) = read_brat(text, ann);
        assert_eq!(&text[s[0].start..s[0].end], "he");
        assert_eq!(&text[c[0].start..c[0].end], "“yes”.");
    }

    /// The target on the French dev gold: precision and recall of (speaker, span)
    /// at least 0.85. Skips when `../shared` is absent.
    #[test]
    fn dev_gold_reaches_the_target() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev");
        if !dir.is_dir() {
            eprintln!("skipping: {} is absent", dir.display());
            return;
        }
        let r = evaluate_dev(&dir).unwrap();
        for i in r.items.iter().filter(|i| i.verdict != "match") {
            eprintln!(
                "{} {:<13} gold {:?} / predicted {:?}: {:?} / {:?}",
                i.article,
                i.verdict,
                i.gold_speaker,
                i.predicted_speaker,
                i.gold_text,
                i.predicted_text
            );
        }
        let p = r.speaker_and_span;
        eprintln!(
            "speaker + span: P {:.3} R {:.3} F1 {:.3}",
            p.precision, p.recall, p.f1
        );
        assert!(p.precision >= 0.85 && p.recall >= 0.85, "{p:?}");
    }

    #[test]
    fn prf_arithmetic() {
        let p = Prf::new(3, 4, 6);
        assert!((p.precision - 0.75).abs() < 1e-9);
        assert!((p.recall - 0.5).abs() < 1e-9);
        assert!((p.f1 - 0.6).abs() < 1e-9);
    }
}
