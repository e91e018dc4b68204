//! Event coding over the dependency tree: one coder for every language with a syntax model,
//! only the data differs (`lexicons/<lang>/predicates.toml`, `clauses.toml`).
//!
//! A sentence goes through four named passes, each with typed input and output and tested
//! alone:
//!
//! 1. [`predicates::find`]: event predicates (verbs, and event nouns with their light verbs)
//!    and their code, by the most specific pattern over their dependents;
//! 2. [`arguments::roles`]: candidate source and target words (subject, passive agent,
//!    controller of an infinitive, antecedent of a relative; object, obliques);
//! 3. [`actors::actors_of`]: the actor mentions those words stand for (appositions,
//!    coordination, modifiers);
//! 4. [`modality::modality`]: negation, hypothetical kind, threat, reporter.
//!
//! The last step, turning [`Found`] into stored `Event`s with CAMEO, PLOVER, Goldstein, date
//! and place, is shared with the phrase coder (`coder.rs`).

pub mod actors;
pub mod arguments;
pub mod lexicon;
pub mod modality;
pub mod predicates;

use std::collections::HashMap;

use vigie_core::{Span, SyntaxWord};

pub use actors::SentenceMention;

use crate::codes::CameoTable;
use crate::Error;
pub use lexicon::{RootStats, TreeLanguage};
use modality::Modality;
use vigie_core::TreeView;

/// The tree coder's data for every language that has it.
#[derive(Debug, Clone, Default)]
pub struct TreeCoder {
    pub languages: HashMap<String, TreeLanguage>,
}

/// One coded predicate of a sentence, before actors become `Event`s.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The predicate word's span (its token).
    pub trigger: Span,
    pub code: String,
    /// `<lang>.<block id>`.
    pub pattern: String,
    /// Indices into the sentence's mentions.
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
    /// The mention reporting the act, when the tree names one.
    pub reporter: Option<usize>,
    /// The targets are where the act took place (no argument named one): places stand for
    /// their country.
    pub targets_are_places: bool,
    /// The act falls on an unnamed group of the source's own country ("ont été interpellées
    /// par la police biélorusse"): CAMEO codes the target with the source's country.
    pub domestic_target: bool,
    pub modality: Modality,
}

/// Roots of acts that, done to an unnamed group ("des manifestants", "6 000 personnes"), fall
/// on the doer's own population: protest, coercion, assault, mass violence.
const DOMESTIC_ROOTS: [&str; 4] = ["14", "17", "18", "20"];

/// Roots of verbal acts whose infinitive complement is their content, not an act that took
/// place: "appeler Moscou à retirer", "accusé X de préparer", "promised to…".
const VERBAL_ROOTS: [&str; 8] = ["01", "02", "03", "10", "11", "12", "13", "14"];
/// Of those, the roots whose clausal complement is their content too ("demanded that Sudan
/// end…"); reported speech ("a affirmé que Moscou a attaqué") keeps its acts.
const VERBAL_CLAUSE_ROOTS: [&str; 5] = ["02", "10", "11", "12", "13"];

/// Whether predicate `p` only describes something the sentence is about: a participle or
/// relative clause on a noun ("a ceasefire ordered by Putin", "banks that facilitate trade")
/// or a participle adjunct ("…, killing more than 100 people"). The sentence's own acts are
/// its main and coordinated clauses and what they report.
fn background_modifier(tree: &TreeView, p: &predicates::Predicate) -> bool {
    if p.kind != lexicon::PredicateKind::Verb {
        return false;
    }
    match tree.rel(p.word) {
        "acl" => true,
        "advcl" => {
            matches!(tree.feat(p.word, "VerbForm"), Some("Part" | "Ger"))
                && !tree
                    .children(p.word)
                    .iter()
                    .any(|&c| tree.rel(c) == "nsubj")
        }
        _ => false,
    }
}

/// Whether predicate `p` is the content of another predicate's verbal act.
fn complement_of_verbal_act(
    tree: &TreeView,
    found: &[predicates::Predicate],
    p: &predicates::Predicate,
) -> bool {
    let Some(g) = tree.head(p.word) else {
        return false;
    };
    let Some(gp) = found.iter().find(|q| q.word == g) else {
        return false;
    };
    let root = gp.code.get(..2).unwrap_or("");
    match tree.rel(p.word) {
        "xcomp" => VERBAL_ROOTS.contains(&root),
        "ccomp" => VERBAL_CLAUSE_ROOTS.contains(&root),
        // "réclament la suspension du transit", "condemned the visit": an event noun that is
        // what a demand, a criticism or a rejection is about.
        "obj" | "obl" | "nmod" => {
            p.kind == lexicon::PredicateKind::Noun && VERBAL_CLAUSE_ROOTS.contains(&root)
        }
        _ => false,
    }
}

impl TreeCoder {
    pub fn load(table: &CameoTable) -> Result<TreeCoder, Error> {
        Ok(TreeCoder {
            languages: lexicon::load(table)?,
        })
    }

    /// Codes one sentence: `words` are its UD words, `mentions` the spans of its actor
    /// mentions sorted by start (the indices in [`Found`] point into it).
    pub fn sentence(
        &self,
        lang: &TreeLanguage,
        text: &str,
        words: &[SyntaxWord],
        mentions: &[SentenceMention],
    ) -> Vec<Found> {
        let tree = TreeView::new(text, words);
        let mut out = Vec::new();
        let found = predicates::find(&tree, lang);
        for p in &found {
            // A governing verb ("threatened to", "agreed to") whose infinitive is an event
            // itself: that event, under the governor's modality, is the one to code.
            let governs_event = lang.clauses.governors.contains_key(tree.lemma(p.word))
                && found
                    .iter()
                    .any(|q| tree.rel(q.word) == "xcomp" && tree.head(q.word) == Some(p.word));
            if governs_event {
                continue;
            }
            // An event noun that is the subject or an oblique of a coded verb
            // "frappée par des sanctions") is that verb's event; an object keeps its own
            // ("ont repris leurs négociations": the talks are the act), and so does the
            // subject of a statement ("la livraison … a été confirmée par le ministre").
            let argument_of_event = p.kind == lexicon::PredicateKind::Noun
                && p.light_verb.is_none()
                && tree.head(p.word).is_some_and(|h| {
                    found.iter().any(|q| {
                        q.word == h
                            && q.kind == lexicon::PredicateKind::Verb
                            && !VERBAL_ROOTS.contains(&q.code.get(..2).unwrap_or(""))
                    })
                })
                && matches!(tree.rel(p.word), "nsubj" | "obl" | "iobj");
            if argument_of_event {
                continue;
            }
            let roles = arguments::roles(&tree, &lang.clauses, p);
            let modality = modality::modality(&tree, &lang.clauses, p);
            let trigger = tree.words[p.word].span;
            // The predicate's own mention ("the Russian invasion") is not its argument.
            let own = mentions
                .iter()
                .position(|m| m.span.start <= trigger.start && trigger.end <= m.span.end);
            // An event noun inside a name ("Forces de soutien rapide") is not an event.
            if own.is_some() && p.kind == lexicon::PredicateKind::Noun {
                continue;
            }
            let reach = match p.kind {
                lexicon::PredicateKind::Verb => actors::Reach::Wide,
                lexicon::PredicateKind::Noun => actors::Reach::Phrase,
            };
            let first_with_actors = |cands: &[usize], taken: &[usize]| -> Vec<usize> {
                cands
                    .iter()
                    .map(|&w| {
                        let mut a = actors::actors_within(&tree, mentions, w, reach);
                        a.retain(|m| Some(*m) != own && !taken.contains(m));
                        a
                    })
                    .find(|a| !a.is_empty())
                    .unwrap_or_default()
            };
            let mut sources = first_with_actors(&roles.sources, &[]);
            let mut targets = first_with_actors(&roles.targets, &sources);
            if let Some(b) = roles.between {
                let sides = actors::actors_of(&tree, mentions, b);
                if sides.len() > 1 {
                    if sources.is_empty() {
                        sources = vec![sides[0]];
                    }
                    targets = sides.into_iter().filter(|m| !sources.contains(m)).collect();
                }
            }
            let reporter = modality
                .reporter
                .and_then(|w| actors::actors_of(&tree, mentions, w).into_iter().next());
            // "Iran said it was ready to…": a personal pronoun left unresolved inside reported
            // speech is the speaker.
            if sources.is_empty() {
                let pronoun = roles.sources.first().is_some_and(|&w| {
                    tree.upos(w) == vigie_core::Upos::Pron
                        && tree.feat(w, "PronType") == Some("Prs")
                });
                if pronoun {
                    sources.extend(reporter);
                }
            }
            let root = p.code.get(..2).unwrap_or("");
            let unnamed_object = targets.is_empty()
                && roles.targets.first().is_some_and(|&w| {
                    tree.upos(w) != vigie_core::Upos::Propn
                        && actors::actors_of(&tree, mentions, w).is_empty()
                });
            let domestic_target = unnamed_object && DOMESTIC_ROOTS.contains(&root);
            let mut targets_are_places = false;
            if targets.is_empty() && !sources.is_empty() {
                targets = first_with_actors(&roles.places, &sources);
                targets_are_places = !targets.is_empty();
            }
            // An act without a doer is not coded: agentless passives ("had been damaged")
            // and participles ("les manifestants rassemblés") name none.
            if sources.is_empty() {
                continue;
            }
            if complement_of_verbal_act(&tree, &found, p) || background_modifier(&tree, p) {
                continue;
            }
            out.push(Found {
                trigger,
                code: p.code.clone(),
                pattern: format!("{}.{}", lang.code, lang.blocks[p.block].id),
                sources,
                targets,
                reporter,
                targets_are_places,
                domestic_target,
                modality,
            });
        }
        out
    }
}
