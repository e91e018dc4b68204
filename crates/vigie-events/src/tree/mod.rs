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
    /// The doer is named only by its sector ("Police detained…", "des manifestants ont
    /// défilé"): that sector, whose country the assembly takes from the sentence.
    pub agent_source: Option<String>,
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
    // So is what such a clause governs or coordinates: "le maire, qui refusait de coopérer",
    // "des Géorgiens descendus dans la rue pour défendre…".
    let mut w = p.word;
    for _ in 0..4 {
        if describes(tree, w) {
            return true;
        }
        match tree.head(w) {
            Some(h)
                if matches!(tree.rel(w), "xcomp" | "ccomp" | "advcl" | "conj")
                    && tree.upos(h) == vigie_core::Upos::Verb =>
            {
                w = h
            }
            _ => return false,
        }
    }
    false
}

/// Roots of acts done in words: a participle adjunct that does one is the subject's own act.
const SPEECH_ADJUNCT_ROOTS: [&str; 6] = ["02", "05", "10", "11", "12", "13"];

/// Whether verb predicate `p`, coded `code`, is a participle adjunct that states another act
/// of its clause's subject in words ("a dénoncé Volodymyr Zelensky, appelant ses alliés à
/// livrer…", "…, accusing Moscow of…"): unlike an adjunct of consequence ("…, killing more
/// than 100 people"), it is an act the sentence reports. The clause it hangs on must say
/// something: a statement, or itself an act in words other than praise and of another root
/// than the adjunct's ("rejected the calls, saying…" restates it). An adjunct of a material
/// act or a protest gives its reason or content ("Estonia expelled the metropolitan, accusing
/// him of…", "rallied…, demanding a deal"), and one of praise its grounds ("praised Moldova's
/// progress, recommending…").
fn speech_adjunct(
    tree: &TreeView,
    found: &[predicates::Predicate],
    p: &predicates::Predicate,
    code: &str,
) -> bool {
    let own = code_root(code);
    let clause_says = tree.head(p.word).is_some_and(|h| {
        let mut heads = found.iter().filter(|q| q.word == h).peekable();
        heads.peek().is_some()
            && heads.all(|q| {
                let r = code_root(&q.code);
                STATING_ROOTS.contains(&r) && r != own
            })
    });
    p.kind == lexicon::PredicateKind::Verb
        && tree.rel(p.word) == "advcl"
        && describes(tree, p.word)
        && SPEECH_ADJUNCT_ROOTS.contains(&own)
        && clause_says
}

/// The two-digit CAMEO root of a code ("" for a shorter one).
fn code_root(code: &str) -> &str {
    code.get(..2).unwrap_or("")
}

/// Roots of the clauses whose participle adjuncts in words are acts of their own.
const STATING_ROOTS: [&str; 6] = ["01", "02", "10", "11", "12", "13"];

/// Whether verb `w` heads a participle or relative clause on a noun, or a participle adjunct.
fn describes(tree: &TreeView, w: usize) -> bool {
    match tree.rel(w) {
        "acl" => true,
        "advcl" => {
            matches!(tree.feat(w, "VerbForm"), Some("Part" | "Ger"))
                && !tree.children(w).iter().any(|&c| tree.rel(c) == "nsubj")
        }
        _ => false,
    }
}

/// Whether event noun `p` is the complement of another noun (not one of quantity): what that
/// noun is about ("le report des négociations", "le début de l'invasion", "the collapse of the
/// talks"), a setting of the sentence, not an act it reports. Chosen on the dev halves of the
/// held-out sentence sets (tree coder F1: news-heldout-3 0.412 → 0.431, -2 0.402 → 0.408,
/// news-heldout 0.567 → 0.571; PLOVER-GSR 0.330 → 0.328).
fn complement_of_noun(
    tree: &TreeView,
    clauses: &lexicon::ClauseWords,
    p: &predicates::Predicate,
) -> bool {
    p.kind == lexicon::PredicateKind::Noun
        && p.light_verb.is_none()
        && tree.rel(p.word) == "nmod"
        && tree.head(p.word).is_some_and(|h| {
            tree.upos(h) == vigie_core::Upos::Noun && !clauses.transparent.contains(tree.lemma(h))
        })
}

/// Whether predicate `p` heads an adverbial clause that is not an act of the sentence: one of
/// time or cause that sets its scene ("Russia staged manoeuvres weeks after Finland joined
/// NATO", "as lawmakers approved the tax"), or one of purpose whose verbal act is the content
/// of the coded act it depends on ("ont manifesté pour exiger le départ", "a convoqué
/// l'ambassadeur pour protester"). Conditions are not scenes: their acts stay, as hypotheses.
fn scene_or_purpose(
    tree: &TreeView,
    clauses: &lexicon::ClauseWords,
    found: &[predicates::Predicate],
    p: &predicates::Predicate,
) -> bool {
    if p.kind != lexicon::PredicateKind::Verb || tree.rel(p.word) != "advcl" {
        return false;
    }
    let marks = tree.markers(p.word);
    if marks.iter().any(|m| clauses.background_marks.contains(m)) {
        return true;
    }
    let purpose = marks.iter().any(|m| clauses.purpose_marks.contains(m));
    let verbal = VERBAL_ROOTS.contains(&p.code.get(..2).unwrap_or(""));
    purpose
        && verbal
        && tree
            .head(p.word)
            .is_some_and(|h| found.iter().any(|q| q.word == h))
}

/// Whether predicate `p` is the content of another predicate's verbal act. The infinitive of
/// a governor of `clauses.toml` ("threatened to ban", "promised to withdraw", "refused to
/// deploy") is not: it is the act coded, under the governor's modality, in the governor's place.
fn complement_of_verbal_act(
    tree: &TreeView,
    clauses: &lexicon::ClauseWords,
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
        "xcomp" => VERBAL_ROOTS.contains(&root) && !clauses.governors.contains_key(tree.lemma(g)),
        "ccomp" => VERBAL_CLAUSE_ROOTS.contains(&root),
        // "réclament la suspension du transit", "condemned the visit": an event noun that is
        // what a demand, a criticism or a rejection is about.
        "obj" | "obl" | "nmod" => {
            p.kind == lexicon::PredicateKind::Noun && VERBAL_CLAUSE_ROOTS.contains(&root)
        }
        _ => false,
    }
}

/// CAMEO's demand, not specified further: what stating another's obligation is.
const DEMAND: &str = "100";

/// Clauses of obligation reported by a speech verb ("said that Sudan must return…"), as
/// (speech verb, clause) pairs.
fn obligations(tree: &TreeView, clauses: &lexicon::ClauseWords) -> Vec<(usize, usize)> {
    if clauses.obligation.is_empty() {
        return Vec::new();
    }
    (0..tree.len())
        .filter(|&c| {
            tree.rel(c) == "ccomp"
                && tree
                    .children_rel(c, "aux")
                    .any(|a| clauses.obligation.contains(tree.lemma(a)))
        })
        .filter_map(|c| {
            let g = tree.head(c)?;
            clauses.speech.contains(tree.lemma(g)).then_some((g, c))
        })
        .collect()
}

/// The speaker's demand on the subject of an obligation clause: the speaker is the source,
/// the clause's subject the target (when it names another actor).
fn demand(
    tree: &TreeView,
    lang: &TreeLanguage,
    mentions: &[SentenceMention],
    speech: usize,
    clause: usize,
) -> Option<Found> {
    let speaker = arguments::subject_of(tree, &lang.clauses, speech, 0)?;
    let sources = actors::actors_of(tree, mentions, speaker);
    if sources.is_empty() {
        return None;
    }
    let targets: Vec<usize> = tree
        .children(clause)
        .iter()
        .find(|&&s| predicates::is_subject_rel(tree.rel(s)))
        .map(|&s| actors::actors_of(tree, mentions, s))
        .unwrap_or_default()
        .into_iter()
        .filter(|m| !sources.contains(m))
        .collect();
    let mut modality =
        modality::modality(tree, &lang.clauses, &predicates::Predicate::verb_at(speech));
    modality.reporter = None;
    Some(Found {
        trigger: tree.words[speech].span,
        code: DEMAND.to_string(),
        pattern: format!("{}.obligation", lang.code),
        sources,
        targets,
        agent_source: None,
        reporter: None,
        targets_are_places: false,
        domestic_target: false,
        modality,
    })
}

/// CAMEO's rejection, not specified further: what refusing to do an act is.
const REJECT: &str = "120";

/// The sequence of tenses of an announcement: a doer's own "will" ("Finland will give Tanzania
/// a grant") and, in its reported speech, its "would" and "could" ("Iraq said it would allow
/// the return of inspectors") state what it intends to do, CAMEO's 03x (and 13x for force), not
/// a forecast. The doer announces it when no speech verb reports it, when the speech verb's
/// subject is the doer, or when that subject names no other actor ("a statement said").
/// A future under a condition clause, or reported by another actor, stays as it is.
/// A personal pronoun as the doer inside reported speech ("Palestinian leaders said they would
/// boycott…") stands for the speaker, whatever mention coreference gave it.
/// Returns whether the act became an intent.
fn announced_by_doer(
    tree: &TreeView,
    mentions: &[SentenceMention],
    at: Announcement,
    m: &mut Modality,
) -> bool {
    use vigie_core::Hypothetical as H;
    let Some(kind) = m.kind else { return false };
    if m.conditioned {
        return false;
    }
    let by_doer = match m.reporter {
        None => false,
        Some(_) if at.pronoun_doer => true,
        Some(w) => match at.reporter {
            Some(r) => at.sources.contains(&r),
            None => actors::actors_of(tree, mentions, w).is_empty(),
        },
    };
    let intent = match kind {
        H::Future => by_doer || m.reporter.is_none(),
        H::Conditional | H::Possibility => by_doer,
        _ => false,
    };
    if intent {
        m.kind = Some(H::Intent);
    }
    intent
}

/// What [`announced_by_doer`] reads of a finding besides its modality.
#[derive(Clone, Copy)]
struct Announcement<'a> {
    /// Mentions of the doers.
    sources: &'a [usize],
    /// The reporter's mention.
    reporter: Option<usize>,
    /// The doer is a personal pronoun.
    pronoun_doer: bool,
}

/// Roots of cooperative acts (intent, consultation, diplomatic and material cooperation, aid,
/// yielding): announcing that one will not do them is rejecting them, CAMEO 12x ("Syria says it
/// will not accept any more refugees", "said it would not meet the hostage-takers' demands").
const COOPERATIVE_ROOTS: [&str; 6] = ["03", "04", "05", "06", "07", "08"];

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
        let demanded = obligations(&tree, &lang.clauses);
        for &(speech, clause) in &demanded {
            if let Some(f) = demand(&tree, lang, mentions, speech, clause) {
                out.push(f);
            }
        }
        for p in &found {
            // What a demand asks for is not an act ("Sudan must return the helicopter").
            let clause = match p.kind {
                lexicon::PredicateKind::Verb => Some(p.word),
                lexicon::PredicateKind::Noun => p.light_verb.or_else(|| tree.head(p.word)),
            };
            if demanded.iter().any(|&(_, c)| Some(c) == clause) {
                continue;
            }
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
            // An event noun in an oblique with no light verb ("during the talks") or predicated
            // by a copula ("has been under an Israeli blockade since 2007") is the setting of
            // the clause, a state, not an act it reports; so is one in a participle adjunct
            // ("citing the regime's crackdown").
            let setting = p.kind == lexicon::PredicateKind::Noun
                && p.light_verb.is_none()
                && (tree.rel(p.word) == "obl"
                    || tree.children_rel(p.word, "cop").next().is_some()
                    || tree.head(p.word).is_some_and(|h| {
                        background_modifier(&tree, &predicates::Predicate::verb_at(h))
                    })
                    || complement_of_noun(&tree, &lang.clauses, p));
            if setting {
                continue;
            }
            let roles = arguments::roles(&tree, &lang.clauses, p);
            let mut modality = modality::modality(&tree, &lang.clauses, p);
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
            // "agreed to postpone the demonstration", "offered to negotiate": a verb of intent
            // coded itself (its infinitive is no event of the lexicon) states that intent,
            // CAMEO's 03x, whatever its own code.
            let states_intent = p.kind == lexicon::PredicateKind::Verb
                && matches!(
                    lang.clauses.governors.get(tree.lemma(p.word)),
                    Some(lexicon::Governor::Kind(vigie_core::Hypothetical::Intent))
                )
                && tree.children_rel(p.word, "xcomp").next().is_some();
            if states_intent && modality.kind.is_none() {
                modality.kind = Some(vigie_core::Hypothetical::Intent);
            }
            let pronoun_doer = roles.sources.first().is_some_and(|&w| {
                tree.upos(w) == vigie_core::Upos::Pron && tree.feat(w, "PronType") == Some("Prs")
            });
            let at = Announcement {
                sources: &sources,
                reporter,
                pronoun_doer,
            };
            if announced_by_doer(&tree, mentions, at, &mut modality)
                && modality.negated
                && COOPERATIVE_ROOTS.contains(&p.code.get(..2).unwrap_or(""))
            {
                modality.negated = false;
                modality.rejected = true;
            }
            let code = if modality.rejected && !modality.negated {
                REJECT.to_string()
            } else {
                p.code.clone()
            };
            let root = code.get(..2).unwrap_or("");
            let unnamed_object = targets.is_empty()
                && roles.targets.first().is_some_and(|&w| {
                    tree.upos(w) != vigie_core::Upos::Propn
                        && actors::actors_of(&tree, mentions, w).is_empty()
                });
            let domestic_target = unnamed_object && DOMESTIC_ROOTS.contains(&root);
            // "demanded that the Sudanese government end curbs": a demand, an accusation, a
            // rejection or a threat without an object is aimed at its content's subject.
            if targets.is_empty() && VERBAL_CLAUSE_ROOTS.contains(&root) {
                targets = first_with_actors(&roles.content, &sources);
            }
            let mut targets_are_places = false;
            if targets.is_empty() && !sources.is_empty() {
                targets = first_with_actors(&roles.places, &sources);
                targets_are_places = !targets.is_empty();
            }
            // An act that names no target and is aimed at the doers' own state ("Algerian
            // landowners began a hunger strike") is the assembly's: the roots are data
            // (`domestic_roots` of the language's `events.toml`).
            // A doer named only by its sector ("Police detained", "des hommes armés ont
            // enlevé"), when no actor is: the assembly gives it the sentence's country.
            let agent_source = if sources.is_empty() {
                roles
                    .sources
                    .first()
                    .and_then(|&w| sector_of(&tree, lang, w))
            } else {
                None
            };
            // An act without a doer is not coded: agentless passives ("had been damaged")
            // and participles ("les manifestants rassemblés") name none.
            if sources.is_empty() && agent_source.is_none() {
                continue;
            }
            if complement_of_verbal_act(&tree, &lang.clauses, &found, p)
                || (background_modifier(&tree, p) && !speech_adjunct(&tree, &found, p, &code))
                || scene_or_purpose(&tree, &lang.clauses, &found, p)
            {
                continue;
            }
            out.push(Found {
                trigger,
                code,
                pattern: format!("{}.{}", lang.code, lang.blocks[p.block].id),
                sources,
                targets,
                agent_source,
                reporter,
                targets_are_places,
                domestic_target,
                modality,
            });
        }
        drop_restated(&mut out);
        out
    }
}

/// The sector word `w` names, alone ("police", "protesters") or with the word after it
/// ("armed men", "hommes armés"), from the language's agents, also through nouns of quantity
/// ("des dizaines de milliers de manifestants", "hundreds of protesters"); `None` for a
/// pronoun or a name.
fn sector_of(tree: &TreeView, lang: &TreeLanguage, w: usize) -> Option<String> {
    let mut w = w;
    for _ in 0..4 {
        // A sentence's first word may be tagged as a name ("Police detained…").
        if !matches!(
            tree.upos(w),
            vigie_core::Upos::Noun | vigie_core::Upos::Propn
        ) {
            return None;
        }
        // Forms are lower-case in the tree view; the agents write apostrophes straight.
        let form = tree.form(w).replace('’', "'");
        if w + 1 < tree.len() {
            let pair = format!("{form} {}", tree.form(w + 1));
            if let Some(s) = lang.agents.get(&pair) {
                return Some(s.clone());
            }
        }
        if let Some(s) = lang
            .agents
            .get(&form)
            .or_else(|| lang.agents.get(tree.lemma(w)))
        {
            return Some(s.clone());
        }
        if !lang.clauses.transparent.contains(tree.lemma(w)) {
            return None;
        }
        w = tree.children_rel(w, "nmod").next()?;
    }
    None
}

/// The CAMEO root an act will be coded under: an announced intent is a 03x, a threat a 13x.
fn coded_root(f: &Found) -> &str {
    use vigie_core::Hypothetical as H;
    let root = f.code.get(..2).unwrap_or("");
    if f.modality.threat {
        "13"
    } else if matches!(f.modality.kind, Some(H::Intent | H::Readiness)) && root != "13" {
        "03"
    } else {
        root
    }
}

/// One act named twice, by its verb and by its noun ("will give Tanzania a grant", "promised
/// to continue military aid to Mozambique"): the finding without a target restates the one
/// with it (same doers, same root, same polarity) and is dropped. Coordinated doers without a
/// target (partners of a mutual act) and a place standing as target do not count.
fn drop_restated(out: &mut Vec<Found>) {
    let restated: Vec<bool> = out
        .iter()
        .map(|f| {
            f.targets.is_empty()
                && f.sources.len() < 2
                && out.iter().any(|g| {
                    !g.targets.is_empty()
                        && !g.targets_are_places
                        && g.sources == f.sources
                        && g.modality.negated == f.modality.negated
                        && coded_root(g) == coded_root(f)
                })
        })
        .collect();
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        !restated[i - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::tree::parse_test_sentence;
    use vigie_core::Hypothetical as H;

    fn found(sources: Vec<usize>, targets: Vec<usize>, code: &str) -> Found {
        Found {
            trigger: Span::new(0, 1),
            code: code.into(),
            pattern: "en.test".into(),
            sources,
            targets,
            agent_source: None,
            reporter: None,
            targets_are_places: false,
            domestic_target: false,
            modality: Modality::default(),
        }
    }

    #[test]
    fn a_doer_named_by_its_sector_is_found_through_quantities() {
        let (text, words) = parse_test_sentence(
            "Des un DET 2 det
             milliers millier NOUN 5 nsubj
             de de ADP 4 case
             manifestants manifestant NOUN 2 nmod
             défilent défiler VERB 0 root
             armés armé ADJ 5 obj",
        );
        let tree = TreeView::new(&text, &words);
        let mut lang = TreeLanguage::default();
        lang.agents.insert("manifestants".into(), "CVL".into());
        // The quantity alone names no sector until it is known as one.
        assert_eq!(sector_of(&tree, &lang, 1), None);
        lang.clauses.transparent.insert("millier".into());
        assert_eq!(sector_of(&tree, &lang, 1).as_deref(), Some("CVL"));
        assert_eq!(sector_of(&tree, &lang, 3).as_deref(), Some("CVL"));
        // A verb is no doer.
        assert_eq!(sector_of(&tree, &lang, 4), None);
    }

    #[test]
    fn a_participle_adjunct_in_words_to_a_statement_is_an_act_of_its_own() {
        let (text, words) = parse_test_sentence(
            "Zakharova Zakharova PROPN 2 nsubj
             a_réagi réagir VERB 0 root
             accusant accuser VERB 2 advcl VerbForm=Part|Tense=Pres
             l'Occident Occident PROPN 3 obj",
        );
        let tree = TreeView::new(&text, &words);
        let pred = |word: usize, code: &str| predicates::Predicate {
            code: code.into(),
            ..predicates::Predicate::verb_at(word)
        };
        let (statement, accusing) = (pred(1, "010"), pred(2, "112"));
        assert!(background_modifier(&tree, &accusing));
        let adjunct = |head: &[predicates::Predicate], code: &str| {
            let mut found = head.to_vec();
            found.push(accusing.clone());
            speech_adjunct(&tree, &found, &accusing, code)
        };
        assert!(adjunct(std::slice::from_ref(&statement), "112"));
        // Under an expulsion it gives the reason; under an accusation it restates it; with no
        // act coded on its clause, nothing says it is one.
        assert!(!adjunct(&[pred(1, "174")], "112"));
        assert!(!adjunct(&[pred(1, "111")], "112"));
        assert!(!adjunct(&[], "112"));
        // An adjunct of consequence is no act in words.
        assert!(!adjunct(&[statement], "190"));
    }

    #[test]
    fn what_a_relative_clause_governs_is_background_too() {
        let (text, words) = parse_test_sentence(
            "le le DET 2 det
             maire maire NOUN 5 nsubj
             qui qui PRON 4 nsubj
             refusait refuser VERB 2 acl:relcl
             démissionne démissionner VERB 0 root
             de de ADP 7 mark
             coopérer coopérer VERB 4 xcomp",
        );
        let tree = TreeView::new(&text, &words);
        let verb = predicates::Predicate::verb_at;
        assert!(background_modifier(&tree, &verb(3)));
        assert!(background_modifier(&tree, &verb(6)));
        assert!(!background_modifier(&tree, &verb(4)));
    }

    #[test]
    fn an_event_noun_complementing_another_noun_is_a_setting() {
        let (text, words) = parse_test_sentence(
            "le le DET 2 det
             report report NOUN 0 root
             des de ADP 4 case
             négociations négociation NOUN 2 nmod
             une un DET 6 det
             vague vague NOUN 2 nmod
             de de ADP 8 case
             frappes frappe NOUN 6 nmod",
        );
        let tree = TreeView::new(&text, &words);
        let clauses = lexicon::ClauseWords {
            transparent: ["vague".to_string()].into(),
            ..Default::default()
        };
        let noun = |word: usize| predicates::Predicate {
            kind: lexicon::PredicateKind::Noun,
            code: "046".into(),
            ..predicates::Predicate::verb_at(word)
        };
        assert!(complement_of_noun(&tree, &clauses, &noun(3)));
        // Through a noun of quantity the event noun is still the act ("une vague de frappes").
        assert!(!complement_of_noun(&tree, &clauses, &noun(7)));
        // The head noun itself is no complement.
        assert!(!complement_of_noun(&tree, &clauses, &noun(1)));
    }

    #[test]
    fn scene_and_purpose_clauses_are_not_acts_of_the_sentence() {
        let (text, words) = parse_test_sentence(
            "Russia Russia PROPN 2 nsubj
             staged stage VERB 0 root
             drills drill NOUN 2 obj
             after after SCONJ 6 mark
             Finland Finland PROPN 6 nsubj
             joined join VERB 2 advcl
             NATO NATO PROPN 6 obj
             to to PART 9 mark
             protest protest VERB 2 advcl",
        );
        let tree = TreeView::new(&text, &words);
        let clauses = lexicon::ClauseWords {
            background_marks: ["after".to_string()].into(),
            purpose_marks: ["to".to_string()].into(),
            ..Default::default()
        };
        let at = |word: usize, code: &str| predicates::Predicate {
            code: code.into(),
            ..predicates::Predicate::verb_at(word)
        };
        let found = vec![at(1, "152"), at(5, "057"), at(8, "141")];
        // The scene: "after Finland joined NATO".
        assert!(scene_or_purpose(&tree, &clauses, &found, &found[1]));
        // The purpose of a coded act, when it is a verbal act (protest, 14).
        assert!(scene_or_purpose(&tree, &clauses, &found, &found[2]));
        assert!(!scene_or_purpose(
            &tree,
            &clauses,
            &found[..2],
            &at(8, "190")
        ));
        // The main clause stays.
        assert!(!scene_or_purpose(&tree, &clauses, &found, &found[0]));
        // Without the subordinators in the language's lists, nothing is dropped.
        let none = lexicon::ClauseWords::default();
        assert!(!scene_or_purpose(&tree, &none, &found, &found[1]));
    }

    #[test]
    fn a_reported_obligation_is_the_speakers_demand() {
        let (text, words) = parse_test_sentence(
            "Russia Russia PROPN 2 nsubj
             said say VERB 0 root
             Sudan Sudan PROPN 5 nsubj
             must must AUX 5 aux
             return return VERB 2 ccomp
             helicopter helicopter NOUN 5 obj",
        );
        let tree = TreeView::new(&text, &words);
        let clauses = lexicon::ClauseWords {
            speech: ["say".to_string()].into(),
            obligation: ["must".to_string()].into(),
            ..Default::default()
        };
        assert_eq!(obligations(&tree, &clauses), vec![(1, 4)]);
        let lang = TreeLanguage {
            code: "en".into(),
            clauses,
            ..Default::default()
        };
        let at = |i: usize| SentenceMention {
            span: words[i].span,
            place: false,
        };
        let f = demand(&tree, &lang, &[at(0), at(2)], 1, 4).unwrap();
        assert_eq!(
            (f.code.as_str(), f.sources, f.targets),
            ("100", vec![0], vec![1])
        );
        // Without a word of obligation, nothing.
        let plain = TreeLanguage {
            clauses: lexicon::ClauseWords {
                speech: ["say".to_string()].into(),
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(obligations(&tree, &plain.clauses).is_empty());
    }

    #[test]
    fn an_act_named_by_its_verb_and_its_noun_is_kept_once() {
        // "Finland will give Tanzania a grant": give (FIN -> TZA) and grant (FIN, no target).
        let mut out = vec![
            found(vec![0], vec![1], "071"),
            found(vec![0], vec![], "070"),
        ];
        drop_restated(&mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].targets, vec![1]);
        // Another root, or partners of a mutual act, are other acts.
        let mut out = vec![
            found(vec![0], vec![1], "071"),
            found(vec![0], vec![], "190"),
        ];
        drop_restated(&mut out);
        assert_eq!(out.len(), 2);
        let mut out = vec![
            found(vec![0], vec![2], "046"),
            found(vec![0, 1], vec![], "046"),
        ];
        drop_restated(&mut out);
        assert_eq!(out.len(), 2);
        // An announced aid is an intent (03x) like the promise that governs it.
        let mut aid = found(vec![0], vec![], "070");
        aid.modality.kind = Some(H::Intent);
        let mut out = vec![found(vec![0], vec![1], "0332"), aid];
        drop_restated(&mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn the_doers_own_future_is_an_intent_and_a_third_partys_a_forecast() {
        let (text, words) = parse_test_sentence(
            "Iraq Iraq PROPN 2 nsubj
             said say VERB 0 root
             it it PRON 5 nsubj
             would would AUX 5 aux
             allow allow VERB 2 ccomp
             Japan Japan PROPN 2 obl",
        );
        let tree = TreeView::new(&text, &words);
        let at = |i: usize| SentenceMention {
            span: words[i].span,
            place: false,
        };
        let mentions = vec![at(0), at(5)];
        let with = |kind, reporter_word: Option<usize>, conditioned| Modality {
            kind: Some(kind),
            reporter: reporter_word,
            conditioned,
            ..Default::default()
        };
        // "Iraq said it would allow": the reporter is the doer.
        let at = |reporter, pronoun_doer| Announcement {
            sources: &[0],
            reporter,
            pronoun_doer,
        };
        let mut m = with(H::Conditional, Some(0), false);
        assert!(announced_by_doer(
            &tree,
            &mentions,
            at(Some(0), false),
            &mut m
        ));
        assert_eq!(m.kind, Some(H::Intent));
        // Reported by another actor: left to the assembly, which makes it a prediction.
        let mut m = with(H::Future, Some(5), false);
        assert!(!announced_by_doer(
            &tree,
            &mentions,
            at(Some(1), false),
            &mut m
        ));
        assert_eq!(m.kind, Some(H::Future));
        // ... unless the doer is a pronoun of the reported speech.
        assert!(announced_by_doer(
            &tree,
            &mentions,
            at(Some(1), true),
            &mut m
        ));
        // "Finland will give": no speech verb, the doer's own announcement.
        let mut m = with(H::Future, None, false);
        announced_by_doer(&tree, &mentions, at(None, false), &mut m);
        assert_eq!(m.kind, Some(H::Intent));
        // A bare "could" without a reporter, or a future under "if", stays.
        let mut m = with(H::Possibility, None, false);
        announced_by_doer(&tree, &mentions, at(None, false), &mut m);
        assert_eq!(m.kind, Some(H::Possibility));
        let mut m = with(H::Conditional, Some(0), true);
        announced_by_doer(&tree, &mentions, at(Some(0), false), &mut m);
        assert_eq!(m.kind, Some(H::Conditional));
    }
}
