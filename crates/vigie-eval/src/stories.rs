//! Story clustering on ECB+ (`eval/clustering/ecbplus`): the articles go through
//! `vigie_analysis::Stories` one at a time, in document order (topic, then its `ecb` sub-topic
//! before its `ecbplus` one, then document number), and the stories formed are scored with
//! B-cubed precision, recall and F1 against the 43 gold topics (the target) and, as a second
//! figure, against the 86 sub-topics (one seminal event each).
//!
//! ECB+ documents are tokenised XML (`<token sentence="N">…</token>`); the text is rebuilt with
//! one line per sentence. The newly collected `ecbplus` documents hold the page's address as
//! sentence 0, which is left out (its words would name the topic). The gold has no dates and no
//! linked actors: this evaluation measures the text features alone.
//!
//! Topics are split into halves by [`crate::Split`] on the topic number (drawn before anything
//! was run): thresholds are tuned on `dev`, `test` gives the reported figure.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use vigie_analysis::{Article, Stories, StoryParams};

use crate::{EvalError, Split};

/// One ECB+ document.
#[derive(Debug, Clone)]
pub struct EcbDoc {
    /// `1_10ecb.xml` without the extension.
    pub name: String,
    pub topic: u32,
    /// `1ecb` or `1ecbplus`.
    pub subtopic: String,
    pub number: u32,
    pub text: String,
}

/// Reads every document of ECB+ (`dataset` holds `ECB+/<topic>/<topic>_<n>ecb[plus].xml`, or is
/// that `ECB+` folder), in document order, keeping the topics of `split`.
pub fn read_ecbplus(dataset: &Path, split: Split) -> Result<Vec<EcbDoc>, EvalError> {
    let root = if dataset.join("ECB+").is_dir() {
        dataset.join("ECB+")
    } else {
        dataset.to_path_buf()
    };
    let mut docs = Vec::new();
    let entries = std::fs::read_dir(&root).map_err(|e| EvalError::io(&root, e))?;
    for entry in entries {
        let dir = entry.map_err(|e| EvalError::io(&root, e))?.path();
        let Some(topic) = dir
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        if !dir.is_dir() || !split.holds(&topic.to_string()) {
            continue;
        }
        for file in std::fs::read_dir(&dir).map_err(|e| EvalError::io(&dir, e))? {
            let path = file.map_err(|e| EvalError::io(&dir, e))?.path();
            if path.extension().is_some_and(|e| e == "xml") {
                docs.push(read_doc(&path, topic)?);
            }
        }
    }
    if docs.is_empty() {
        return Err(EvalError::Format {
            path: root.display().to_string(),
            reason: "no ECB+ documents (<topic>/<topic>_<n>ecb.xml) found".into(),
        });
    }
    docs.sort_by(|a, b| {
        (a.topic, a.subtopic.ends_with("plus"), a.number).cmp(&(
            b.topic,
            b.subtopic.ends_with("plus"),
            b.number,
        ))
    });
    Ok(docs)
}

fn read_doc(path: &Path, topic: u32) -> Result<EcbDoc, EvalError> {
    let bad = |reason: &str| EvalError::Format {
        path: path.display().to_string(),
        reason: reason.into(),
    };
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| bad("file name is not UTF-8"))?
        .to_string();
    // `1_10ecbplus` → number 10, sub-topic `1ecbplus`.
    let rest = name
        .split_once('_')
        .map(|(_, r)| r)
        .ok_or_else(|| bad("file name is not <topic>_<n>ecb[plus]"))?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let kind = &rest[digits.len()..];
    if kind != "ecb" && kind != "ecbplus" {
        return Err(bad("file name is not <topic>_<n>ecb[plus]"));
    }
    let number = digits
        .parse()
        .map_err(|_| bad("file name has no document number"))?;
    let xml = std::fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?;
    let skip_address = kind == "ecbplus";
    let mut text = String::new();
    let mut sentence: Option<String> = None;
    for piece in xml.split("<token ").skip(1) {
        let Some((attrs, after)) = piece.split_once('>') else {
            return Err(bad("unterminated <token>"));
        };
        let Some((word, _)) = after.split_once("</token>") else {
            return Err(bad("<token> without </token>"));
        };
        let s = attrs
            .split("sentence=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .ok_or_else(|| bad("<token> without sentence"))?;
        if skip_address && s == "0" {
            continue;
        }
        if sentence.as_deref() != Some(s) {
            if sentence.is_some() {
                text.push('\n');
            }
            sentence = Some(s.to_string());
        } else {
            text.push(' ');
        }
        text.push_str(&unescape(word));
    }
    Ok(EcbDoc {
        subtopic: format!("{topic}{kind}"),
        name,
        topic,
        number,
        text,
    })
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// B-cubed precision, recall and F1 of a clustering against a gold partition (both given as one
/// label per item).
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct BCubed {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn bcubed<A: Eq + std::hash::Hash, B: Eq + std::hash::Hash>(
    system: &[A],
    gold: &[B],
) -> BCubed {
    assert_eq!(system.len(), gold.len());
    let n = system.len();
    if n == 0 {
        return BCubed {
            precision: 0.0,
            recall: 0.0,
            f1: 0.0,
        };
    }
    let mut sys_size: HashMap<&A, usize> = HashMap::new();
    let mut gold_size: HashMap<&B, usize> = HashMap::new();
    let mut both: HashMap<(&A, &B), usize> = HashMap::new();
    for (s, g) in system.iter().zip(gold) {
        *sys_size.entry(s).or_default() += 1;
        *gold_size.entry(g).or_default() += 1;
        *both.entry((s, g)).or_default() += 1;
    }
    let (mut p, mut r) = (0.0, 0.0);
    for (s, g) in system.iter().zip(gold) {
        let common = both[&(s, g)] as f64;
        p += common / sys_size[s] as f64;
        r += common / gold_size[g] as f64;
    }
    let (precision, recall) = (p / n as f64, r / n as f64);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    BCubed {
        precision,
        recall,
        f1,
    }
}

/// The scores of one run.
#[derive(Debug, Clone, Serialize)]
pub struct StoriesReport {
    pub dataset: String,
    pub split: String,
    /// The seed of the order, when not document order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shuffle: Option<u64>,
    pub params: StoryParams,
    pub documents: usize,
    pub topics: usize,
    pub subtopics: usize,
    pub stories: usize,
    /// Against the 43 topics (the target).
    pub topic: BCubed,
    /// Against the seminal events (two per topic).
    pub subtopic: BCubed,
    pub seconds: f64,
    pub articles_per_second: f64,
    pub items: Vec<StoryItem>,
}

/// Where one document went.
#[derive(Debug, Clone, Serialize)]
pub struct StoryItem {
    pub document: String,
    pub story: String,
    pub score: f64,
}

/// Runs ECB+ (the topics of `split`) through the story clustering with `params`.
/// `shuffle`: a seed to present the documents in a seeded random order instead of document
/// order (a news stream interleaves happenings; online clustering depends on the order).
pub fn evaluate(
    dataset: &Path,
    split: Split,
    params: StoryParams,
    shuffle: Option<u64>,
) -> Result<StoriesReport, EvalError> {
    let mut docs = read_ecbplus(dataset, split)?;
    if let Some(seed) = shuffle {
        fastrand::Rng::with_seed(seed).shuffle(&mut docs);
    }
    let stop = vigie_analysis::StopWords::shared().map_err(|e| EvalError::Format {
        path: "lexicons/*/stopwords.toml".into(),
        reason: e.to_string(),
    })?;
    let articles: Vec<Article> = docs
        .iter()
        .map(|d| Article {
            id: d.name.clone(),
            text: d.text.clone(),
            language: Some("en".into()),
            ..Article::default()
        })
        .collect();
    let mut stories = Stories::new(params, stop);
    let clock = crate::ThreadClock::start();
    let assigned: Vec<_> = articles.iter().map(|a| stories.add(a)).collect();
    let seconds = clock.seconds().max(1e-9);
    let system: Vec<&str> = assigned.iter().map(|a| a.story.as_str()).collect();
    let topics: Vec<u32> = docs.iter().map(|d| d.topic).collect();
    let subtopics: Vec<&str> = docs.iter().map(|d| d.subtopic.as_str()).collect();
    let distinct = |v: &[&str]| v.iter().collect::<std::collections::HashSet<_>>().len();
    Ok(StoriesReport {
        dataset: dataset.display().to_string(),
        split: format!("{split:?}").to_lowercase(),
        shuffle,
        params,
        documents: docs.len(),
        topics: topics
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        subtopics: distinct(&subtopics),
        stories: distinct(&system),
        topic: bcubed(&system, &topics),
        subtopic: bcubed(&system, &subtopics),
        seconds,
        articles_per_second: docs.len() as f64 / seconds,
        items: docs
            .iter()
            .zip(&assigned)
            .map(|(d, a)| StoryItem {
                document: d.name.clone(),
                story: a.story.clone(),
                score: a.score,
            })
            .collect(),
    })
}

/// The ECB+ folder under a `shared` root, for tests: `None` when absent.
pub fn default_dataset() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/clustering/ecbplus");
    p.is_dir().then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcubed_of_known_partitions() {
        let perfect = bcubed(&["a", "a", "b"], &[1, 1, 2]);
        assert_eq!(perfect.f1, 1.0);
        // One cluster of everything: precision (2/3·2 + 1/3)/3 = 5/9, recall 1.
        let lumped = bcubed(&["a", "a", "a"], &[1, 1, 2]);
        assert!((lumped.precision - 5.0 / 9.0).abs() < 1e-9);
        assert_eq!(lumped.recall, 1.0);
        let split = bcubed(&["a", "b", "c"], &[1, 1, 2]);
        assert_eq!(split.precision, 1.0);
        assert!((split.recall - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn ecbplus_reads_when_present() {
        let Some(dataset) = default_dataset() else {
            eprintln!("skipped: ../shared/eval/clustering/ecbplus is absent");
            return;
        };
        let docs = read_ecbplus(&dataset, Split::All).unwrap();
        assert_eq!(
            docs.iter()
                .map(|d| d.topic)
                .collect::<std::collections::HashSet<_>>()
                .len(),
            43
        );
        assert!(docs.len() > 900);
        let first = &docs[0];
        assert_eq!(first.topic, 1);
        assert!(!docs
            .iter()
            .any(|d| d.subtopic.ends_with("plus") && d.text.starts_with("http")));
    }
}
