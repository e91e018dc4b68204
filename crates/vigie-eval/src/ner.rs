//! Named entities on a token-per-line IOB corpus (`../shared/eval/ner/europeana-fr`:
//! `enp_FR.bnf.bio`, OCR'd French newspapers of the BnF with PER, LOC and ORG tags).
//!
//! The corpus is cut into pieces of about 1,500 tokens at a full stop (its index,
//! `enp_FR.bnf.md`, gives the lines of only the first pages). Each piece becomes one document:
//! its tokens joined by spaces (the OCR has no line breaks worth keeping), language French. The document goes through the sentence layer (sentences, UD
//! words) and the actors stage, as in ingest; no boilerplate, date or coreference stage, so the
//! figure is the name finder's and the linker's.
//!
//! Scoring is CoNLL's: an entity is a maximal run of tokens with the same type (the corpus uses
//! `I-` tags only, so two neighbours of one type are one entity); a predicted entity is right
//! when its first and last tokens and its type equal a gold entity's. A mention is mapped to the
//! tokens its span touches. Types: person → PER; country and place → LOC; organisation, media,
//! armed group, military unit, group → ORG; weapon systems and untyped names are left out.
//! Adjectives, sector words and coreference are not names and are left out. Besides the typed
//! figure, the same with types ignored (were the names found?).
//!
//! Pieces are split in two halves by the FNV-1a parity of their key (`enp_FR.bnf.bio:LINE`, the
//! line they start on; [`crate::Split`]) before anyone reads them: rules are written from `dev`
//! pieces only.

use std::collections::HashSet;
use std::path::Path;

use serde::Serialize;
use vigie_core::{Document, EntityType, MentionHow, Metadata, Span};

use crate::quotes::Prf;
use crate::{EvalError, Split, ThreadClock};

/// The three CoNLL types the corpus annotates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub enum NerType {
    Per,
    Loc,
    Org,
}

impl NerType {
    fn of_tag(tag: &str) -> Option<NerType> {
        match tag.rsplit('-').next()? {
            "PER" => Some(NerType::Per),
            "LOC" => Some(NerType::Loc),
            "ORG" => Some(NerType::Org),
            _ => None,
        }
    }

    fn of_entity(t: EntityType) -> Option<NerType> {
        match t {
            EntityType::Person => Some(NerType::Per),
            EntityType::Country | EntityType::Place => Some(NerType::Loc),
            EntityType::Organisation
            | EntityType::Media
            | EntityType::ArmedGroup
            | EntityType::MilitaryUnit
            | EntityType::Group => Some(NerType::Org),
            EntityType::WeaponSystem | EntityType::Unknown => None,
        }
    }

    const ALL: [NerType; 3] = [NerType::Per, NerType::Loc, NerType::Org];
}

/// One piece of the corpus.
struct Page {
    key: String,
    tokens: Vec<String>,
    tags: Vec<Option<NerType>>,
}

/// An entity: first and last token, type.
type Entity = (usize, usize, NerType);

#[derive(Debug, Serialize)]
pub struct Report {
    pub pages: usize,
    pub tokens: usize,
    /// Typed entities, exact boundaries.
    pub overall: Prf,
    pub per_type: Vec<(NerType, Prf)>,
    /// Boundaries only, types ignored.
    pub untyped: Prf,
    /// The knowledge base's linker alone, without the name finder (typed, exact).
    pub listed_only: Prf,
    pub words_per_second: f64,
    /// Typed errors, for studying the `dev` half: missed gold entities and wrong predictions
    /// with their words (at most [`MAX_ERRORS`] of each).
    pub missed: Vec<(String, NerType)>,
    pub wrong: Vec<(String, NerType)>,
}

/// How many errors of each kind a report lists.
pub const MAX_ERRORS: usize = 3000;

fn read_pages(dataset: &Path) -> Result<Vec<Page>, EvalError> {
    let bio = if dataset.is_dir() {
        dataset.join("enp_FR.bnf.bio")
    } else {
        dataset.to_path_buf()
    };
    let text = std::fs::read_to_string(&bio).map_err(|e| EvalError::io(&bio, e))?;
    let mut pages = Vec::new();
    let mut page = Page::starting_at(1);
    for (n, line) in text.lines().enumerate() {
        let Some((token, tag)) = line.trim_end().rsplit_once(' ') else {
            if line.trim().is_empty() {
                continue;
            }
            return Err(EvalError::Format {
                path: bio.display().to_string(),
                reason: format!("line {}: no tag in {line:?}", n + 1),
            });
        };
        let token = token.trim();
        if token.is_empty() {
            continue;
        }
        page.tokens.push(token.to_string());
        page.tags.push(NerType::of_tag(tag.trim()));
        // Cut after a full stop once the piece is long enough (the index of the corpus gives
        // the page of most lines as "L000???", so pieces are cut here, not at pages).
        if page.tokens.len() >= PIECE_TOKENS && token == "." {
            pages.push(std::mem::replace(&mut page, Page::starting_at(n + 2)));
        }
    }
    if !page.tokens.is_empty() {
        pages.push(page);
    }
    Ok(pages)
}

/// Tokens of a piece of the corpus: about the length of a long article.
const PIECE_TOKENS: usize = 1500;

impl Page {
    fn starting_at(line: usize) -> Page {
        Page {
            key: format!("enp_FR.bnf.bio:{line}"),
            tokens: Vec::new(),
            tags: Vec::new(),
        }
    }
}

/// Maximal runs of one type.
fn gold_entities(tags: &[Option<NerType>]) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some(t) = tags[i] else {
            i += 1;
            continue;
        };
        let mut j = i;
        while j + 1 < tags.len() && tags[j + 1] == Some(t) {
            j += 1;
        }
        out.push((i, j, t));
        i = j + 1;
    }
    out
}

/// Scores the name finder and linker on the pages of `split`.
pub fn evaluate(dataset: &Path, split: Split, limit: Option<usize>) -> Result<Report, EvalError> {
    let pages = read_pages(dataset)?;
    let sentence_layer = vigie_pipeline::sentence_layer();
    let actors = vigie_actors::ActorStage::new();
    let (mut typed, mut untyped, mut listed) = ((0, 0, 0), (0, 0, 0), (0, 0, 0));
    let mut by_type = [(0usize, 0usize, 0usize); 3];
    let (mut n_pages, mut n_tokens, mut seconds) = (0, 0, 0.0);
    let (mut missed, mut wrong) = (Vec::new(), Vec::new());
    for page in pages
        .iter()
        .filter(|p| split.holds(&p.key))
        .take(limit.unwrap_or(usize::MAX))
    {
        // The page's text and each token's span in it.
        let mut text = String::new();
        let mut spans = Vec::with_capacity(page.tokens.len());
        for t in &page.tokens {
            if !text.is_empty() {
                text.push(' ');
            }
            spans.push(Span::new(text.len(), text.len() + t.len()));
            text.push_str(t);
        }
        let meta = Metadata {
            language: Some("fr".into()),
            ..Default::default()
        };
        let mut doc = Document::new(text, meta);
        let clock = ThreadClock::start();
        sentence_layer
            .process(&mut doc)
            .map_err(|e| EvalError::Format {
                path: page.key.clone(),
                reason: e.to_string(),
            })?;
        let found = actors.find(&doc);
        seconds += clock.seconds();
        let listed_found = actors.find_listed(&doc);
        let token_of = |offset: usize| spans.partition_point(|s| s.end <= offset);
        let predicted = |found: &[vigie_actors::Found]| -> HashSet<Entity> {
            found
                .iter()
                .filter(|f| {
                    !matches!(
                        f.mention.how,
                        Some(MentionHow::Adjective | MentionHow::Agent | MentionHow::Coreference)
                    )
                })
                .filter_map(|f| {
                    let t = NerType::of_entity(f.mention.entity_type)?;
                    let first = token_of(f.span.start);
                    let last = token_of(f.span.end.saturating_sub(1));
                    (last < spans.len()).then_some((first, last, t))
                })
                .collect()
        };
        let gold: HashSet<Entity> = gold_entities(&page.tags).into_iter().collect();
        let pred = predicted(&found);
        count(&mut typed, &pred, &gold);
        let words = |&(a, b, t): &Entity| (page.tokens[a..=b].join(" "), t);
        let mut misses: Vec<&Entity> = gold.difference(&pred).collect();
        misses.sort();
        let mut wrongs: Vec<&Entity> = pred.difference(&gold).collect();
        wrongs.sort();
        for e in misses
            .into_iter()
            .take(MAX_ERRORS.saturating_sub(missed.len()))
        {
            missed.push(words(e));
        }
        for e in wrongs
            .into_iter()
            .take(MAX_ERRORS.saturating_sub(wrong.len()))
        {
            wrong.push(words(e));
        }
        count(&mut listed, &predicted(&listed_found), &gold);
        let strip = |s: &HashSet<Entity>| -> HashSet<(usize, usize)> {
            s.iter().map(|&(a, b, _)| (a, b)).collect()
        };
        count(&mut untyped, &strip(&pred), &strip(&gold));
        for (k, ty) in NerType::ALL.iter().enumerate() {
            let of = |s: &HashSet<Entity>| -> HashSet<Entity> {
                s.iter().filter(|e| e.2 == *ty).copied().collect()
            };
            count(&mut by_type[k], &of(&pred), &of(&gold));
        }
        n_pages += 1;
        n_tokens += page.tokens.len();
    }
    let prf = |(tp, p, g): (usize, usize, usize)| Prf::new(tp, p, g);
    Ok(Report {
        pages: n_pages,
        tokens: n_tokens,
        overall: prf(typed),
        per_type: NerType::ALL
            .iter()
            .zip(by_type)
            .map(|(t, c)| (*t, prf(c)))
            .collect(),
        untyped: prf(untyped),
        listed_only: prf(listed),
        words_per_second: if seconds > 0.0 {
            n_tokens as f64 / seconds
        } else {
            0.0
        },
        missed,
        wrong,
    })
}

fn count<T: std::hash::Hash + Eq>(
    c: &mut (usize, usize, usize),
    pred: &HashSet<T>,
    gold: &HashSet<T>,
) {
    c.0 += pred.intersection(gold).count();
    c.1 += pred.len();
    c.2 += gold.len();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_maximal_runs_of_one_type() {
        let tags = [
            Some(NerType::Per),
            Some(NerType::Per),
            None,
            Some(NerType::Loc),
            Some(NerType::Org),
        ];
        assert_eq!(
            gold_entities(&tags),
            vec![
                (0, 1, NerType::Per),
                (3, 3, NerType::Loc),
                (4, 4, NerType::Org)
            ]
        );
    }

    #[test]
    fn shared_corpus_is_scored_when_present() {
        let dataset = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/eval/ner/europeana-fr"
        ));
        if !dataset.is_dir() {
            eprintln!("skipped: {} is absent", dataset.display());
            return;
        }
        let r = evaluate(dataset, Split::Dev, Some(1)).expect("scores");
        assert_eq!(r.pages, 1);
        assert!(r.tokens > 1000 && r.overall.gold > 10, "{r:?}");
        assert!(r.overall.predicted > 0);
    }
}
