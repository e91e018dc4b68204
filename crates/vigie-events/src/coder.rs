//! The coder proper: a document's sentences, each read by the tree coder (`tree/`, when it has
//! UD words and its language a predicate lexicon) or the phrase coder (`phrase_coder/`), then
//! the headline's repeats dropped.
//!
//! Both coders take the same sentence view ([`crate::sentence`]: tokens and merged mentions)
//! and carry the previous sentence's subject, for a subject pronoun ("il", "it") that stands
//! for it.

use vigie_core::fold::Folded;
use vigie_core::{AnnotationData, Document, Event, Layer, Mention, Quote, Span, Stage, StageError};

use crate::actor::Actor;
use crate::assemble::{drop_headline_repeats, TreeSentence};
use crate::codes::CameoTable;
use crate::lexicon::{Language, Lexicons};
use crate::phrase::tokenize;
use crate::phrase_coder::{code_sentence, PhraseSentence};
use crate::sentence::mentions_of;
use crate::tree::{SentenceMention, TreeCoder, TreeLanguage};
use crate::Error;

/// Which coder reads a sentence that has UD words and a predicate lexicon in its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CoderKind {
    /// Trigger phrases on folded text, actors by position (`events.toml`): every sentence.
    /// The default: on the held-out news test split it codes at least as well as the tree
    /// coder (README, Accuracy).
    #[default]
    Phrase,
    /// Predicates and their arguments over the dependency tree (`predicates.toml`,
    /// `clauses.toml`); the phrase coder still reads sentences without words or lexicon.
    /// Opt-in (`--coder tree`) until it codes better on text its rules were not written from.
    Tree,
}

/// Loaded code table and lexicons; codes documents. Shared by all worker threads.
#[derive(Debug, Clone)]
pub struct EventCoder {
    pub(crate) table: CameoTable,
    pub(crate) lex: Lexicons,
    tree: TreeCoder,
    kind: CoderKind,
}

/// The pipeline stage: adds `Event` annotations (span = the evidence sentence).
#[derive(Debug, Clone)]
pub struct EventStage {
    coder: EventCoder,
}

impl EventStage {
    /// Builds the stage from the embedded data. The data is checked by this crate's tests, so a
    /// failure here is a packaging bug; use [`EventStage::try_new`] to handle it instead.
    pub fn new() -> Self {
        Self::try_new().expect("embedded CAMEO table and event lexicons are valid")
    }
    pub fn try_new() -> Result<Self, Error> {
        Ok(EventStage {
            coder: EventCoder::load()?,
        })
    }
    /// The stage with the chosen coder for sentences that have UD words.
    pub fn with_coder(kind: CoderKind) -> Result<Self, Error> {
        let mut coder = EventCoder::load()?;
        coder.kind = kind;
        Ok(EventStage { coder })
    }
    pub fn coder(&self) -> &EventCoder {
        &self.coder
    }
}

impl Default for EventStage {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let events = self.coder.code(doc);
        for (span, e) in events {
            doc.annotate(span, e);
        }
        Ok(())
    }
}

impl EventCoder {
    pub fn load() -> Result<EventCoder, Error> {
        let table = CameoTable::load()?;
        let lex = Lexicons::load(&table)?;
        let tree = TreeCoder::load(&table)?;
        Ok(EventCoder {
            table,
            lex,
            tree,
            kind: CoderKind::default(),
        })
    }

    pub fn kind(&self) -> CoderKind {
        self.kind
    }

    pub fn tree(&self) -> &TreeCoder {
        &self.tree
    }

    pub fn table(&self) -> &CameoTable {
        &self.table
    }

    pub fn lexicons(&self) -> &Lexicons {
        &self.lex
    }

    /// The events of a document, each with the span of its evidence sentence.
    pub fn code(&self, doc: &Document) -> Vec<(Span, Event)> {
        let langs: Vec<&Language> = match doc
            .meta
            .language
            .as_deref()
            .and_then(|l| self.lex.languages.get(l))
        {
            Some(l) => vec![l],
            // Unknown language: every lexicon is tried (each only fires on its own words).
            None => {
                let mut v: Vec<&Language> = self.lex.languages.values().collect();
                v.sort_by(|a, b| a.code.cmp(&b.code));
                v
            }
        };
        if langs.is_empty() {
            return Vec::new();
        }
        let folded = Folded::new(&doc.text);
        let Layers {
            sentences,
            mentions,
            quotes,
            dates,
            published,
        } = Layers::of(doc);
        // The UD words of each sentence, for the tree coder.
        let doc_tree_lang = || {
            doc.meta
                .language
                .as_deref()
                .and_then(|l| self.tree.languages.get(l))
        };
        let tree_lang: Option<&TreeLanguage> = match self.kind {
            CoderKind::Tree => doc_tree_lang(),
            CoderKind::Phrase => None,
        };
        // The phrase coder's fallback (`tree_fallback` of the language's events.toml).
        let fallback_lang: Option<&TreeLanguage> = match (self.kind, langs.as_slice()) {
            (CoderKind::Phrase, [l]) if l.tree_fallback => doc_tree_lang(),
            _ => None,
        };
        // Read by the tree coder and, in every coder, by `targets_from_participles`.
        let wants_words = tree_lang.or(fallback_lang).is_some()
            || langs.iter().any(|l| !l.target_participles.is_empty());
        let sentence_words: std::collections::HashMap<usize, &[vigie_core::SyntaxWord]> =
            if wants_words {
                doc.annotations
                    .iter()
                    .filter_map(|a| match &a.data {
                        AnnotationData::Sentence(s) if !s.words.is_empty() => {
                            Some((a.span.start, s.words.as_slice()))
                        }
                        _ => None,
                    })
                    .collect()
            } else {
                Default::default()
            };
        let mut out = Vec::new();
        let mut tokens = Vec::new();
        let mut hits = Vec::new();
        let mut cues = Vec::new();
        let mut last_subject: Option<Actor> = None;
        let headline = sentences.first().copied();
        // Headings and captions (short lines without final punctuation) restate the body
        // telegraphically and are not coded (the French dev gold codes none); a document of
        // one line or one sentence is coded whatever its punctuation.
        let several = sentences.len() > 1
            && doc
                .text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .nth(1)
                .is_some();
        for sent in sentences {
            if several && vigie_text::is_heading(&doc.text, sent) {
                continue;
            }
            let fs = folded.to_folded(sent.start);
            let fe = folded.to_folded(sent.end);
            tokens.clear();
            tokenize(&folded, sent, &mut tokens);
            if tokens.is_empty() {
                continue;
            }
            // With one language (the usual case) its triggers are found once, before the
            // mentions are merged: a title and a name are not merged across a trigger.
            hits.clear();
            if let [lang] = langs.as_slice() {
                lang.triggers.find(&folded.text, &tokens, fs, fe, &mut hits);
            }
            let ments = mentions_of(&doc.text, &folded, sent, &tokens, &mentions, &hits);
            let territorial = langs.first().map_or(&[][..], |l| &l.territorial_roots[..]);
            let reciprocal = langs.first().map_or(&[][..], |l| &l.reciprocal_roots[..]);
            let domestic = langs.first().map_or(&[][..], |l| &l.domestic_roots[..]);
            let at = TreeSentence {
                sent,
                dates: &dates,
                published: published.as_deref(),
                territorial_roots: territorial,
                reciprocal_roots: reciprocal,
                domestic_roots: domestic,
            };
            let aimed_at = langs.first().map_or(&[][..], |l| &l.target_participles[..]);
            let words = sentence_words.get(&sent.start).copied();
            if let (Some(tl), Some(words)) = (tree_lang, words) {
                let first = out.len();
                self.tree_sentence(tl, &doc.text, words, &ments, &at, &mut out);
                targets_from_participles(&doc.text, words, &ments, aimed_at, &mut out[first..]);
                last_subject = subject_of_events(&out[first..], &ments).or(last_subject);
                continue;
            }
            let view = PhraseSentence {
                sent,
                folded: &folded,
                tokens: &tokens,
                ments: &ments,
                quotes: &quotes,
                dates: &dates,
                published: published.as_deref(),
                last_subject: last_subject.as_ref(),
            };
            let before = out.len();
            let first_source = code_sentence(
                &self.lex,
                &self.table,
                &langs,
                &view,
                &mut hits,
                &mut cues,
                &mut out,
            );
            let mut fell_back = false;
            if out.len() == before {
                if let (Some(tl), Some(words)) = (fallback_lang, words) {
                    self.tree_sentence(tl, &doc.text, words, &ments, &at, &mut out);
                    fell_back = true;
                }
            }
            if let Some(words) = words {
                targets_from_participles(&doc.text, words, &ments, aimed_at, &mut out[before..]);
            }
            if fell_back {
                if let Some(s) = subject_of_events(&out[before..], &ments) {
                    last_subject = Some(s);
                    continue;
                }
            }
            // The subject of this sentence, for a pronoun subject in the next one: the source
            // of its first event, else its first actor that is not a place.
            if let Some(s) = first_source {
                last_subject = Some(s);
            } else if let Some(first) = ments.iter().find(|m| !m.is_place()) {
                last_subject = Some(Actor::of(first));
            }
        }
        // What a sentence leaves open, read from the whole article.
        if let [lang] = langs.as_slice() {
            recipients_from_topic(&mut out, &mentions, &lang.recipient_roots);
            answers_to_previous(&mut out, &lang.response_roots);
        }
        drop_headline_repeats(&mut out, headline);
        out
    }

    /// The tree coder on one sentence: its events appended to `out`.
    fn tree_sentence(
        &self,
        tl: &TreeLanguage,
        text: &str,
        words: &[vigie_core::SyntaxWord],
        ments: &[crate::sentence::Ment],
        at: &TreeSentence,
        out: &mut Vec<(Span, Event)>,
    ) {
        let spans: Vec<SentenceMention> = ments
            .iter()
            .map(|m| SentenceMention {
                span: m.span,
                place: m.is_place(),
            })
            .collect();
        let found = self.tree.sentence(tl, text, words, &spans);
        self.tree_events(found, ments, at, out);
    }
}

/// The subject of a sentence the tree coder read, for a pronoun subject in the next one: the
/// source of its first event, else its first actor that is not a place.
fn subject_of_events(events: &[(Span, Event)], ments: &[crate::sentence::Ment]) -> Option<Actor> {
    events
        .first()
        .and_then(|(_, e)| {
            ments
                .iter()
                .find(|m| Some(m.name()) == e.source && !m.is_place())
        })
        .or_else(|| ments.iter().find(|m| !m.is_place()))
        .map(Actor::of)
}

/// Acts that name no target of their own but are modified by a verb of aiming ("l'une de ses
/// attaques aériennes les plus massives, visant Kiev, Kharkiv…", "des sanctions visant la
/// compagnie", "strikes targeting power plants"; lemmas in `target_participles` of the
/// language's events.toml): the target is the first actor that verb governs. The verb must
/// modify a word of the trigger's own clause (its heads reach the trigger's verb before any
/// other verb), so that an aim stated for another act of the sentence is not borrowed.
fn targets_from_participles(
    text: &str,
    words: &[vigie_core::SyntaxWord],
    ments: &[crate::sentence::Ment],
    lemmas: &[String],
    events: &mut [(Span, Event)],
) {
    if lemmas.is_empty() || !events.iter().any(|(_, e)| e.target.is_none()) {
        return;
    }
    let tree = vigie_core::TreeView::new(text, words);
    let aims: Vec<usize> = (0..tree.len())
        .filter(|&w| {
            lemmas.iter().any(|l| tree.is(w, l))
                && matches!(tree.rel(w), "acl" | "advcl")
                && tree.upos(w) == vigie_core::Upos::Verb
        })
        .collect();
    if aims.is_empty() {
        return;
    }
    let word_at = |at: usize| {
        words
            .iter()
            .position(|w| w.span.start <= at && at < w.span.end)
    };
    // Heads of `w` up to the root, nearest first.
    let heads = |mut w: usize| {
        let mut up = Vec::new();
        while let Some(h) = tree.head(w) {
            if up.contains(&h) {
                break;
            }
            up.push(h);
            w = h;
        }
        up
    };
    let is_verb = |w: usize| tree.upos(w) == vigie_core::Upos::Verb;
    for (_, e) in events.iter_mut() {
        let (None, Some(trigger)) = (&e.target, e.trigger_span) else {
            continue;
        };
        let Some(t) = word_at(trigger.start) else {
            continue;
        };
        // The trigger's clause: its nearest verb, itself included.
        let clause = std::iter::once(t)
            .chain(heads(t))
            .find(|&w| is_verb(w))
            .unwrap_or(t);
        for &p in &aims {
            if words[p].span.start <= trigger.start {
                continue;
            }
            // The aiming verb modifies a word of the trigger's clause: its heads reach the
            // clause's verb (or the trigger) before any other verb.
            let Some(h) = tree.head(p) else { continue };
            let in_clause = std::iter::once(h)
                .chain(heads(h))
                .find(|&w| w == t || w == clause || is_verb(w))
                .is_some_and(|w| w == t || w == clause);
            if !in_clause {
                continue;
            }
            let governed = tree.subtree(p, &|_| false);
            let inside = |m: &crate::sentence::Ment| {
                governed.iter().any(|&w| {
                    w != p
                        && words[w].span.start <= m.span.start
                        && m.span.start < words[w].span.end
                })
            };
            let source = e.source.as_deref();
            if let Some(m) = ments
                .iter()
                .find(|m| inside(m) && Some(m.name().as_str()) != source)
            {
                let a = crate::actor::Actor::of(m);
                e.target = Some(a.name);
                e.target_code = a.code;
                break;
            }
        }
    }
}

/// The country an article is about: the state its actor mentions name most, when it leads
/// (at least three mentions, more than any other state).
fn topic_country(mentions: &[(Span, &Mention)]) -> Option<(String, String)> {
    let mut counts: std::collections::HashMap<String, (usize, Option<&str>)> =
        std::collections::HashMap::new();
    for (_, m) in mentions {
        let Some(state) = crate::actor::state_of(m.code.as_deref()) else {
            continue;
        };
        let entry = counts.entry(state).or_insert((0, None));
        entry.0 += 1;
        if m.entity_type == vigie_core::EntityType::Country && entry.1.is_none() {
            entry.1 = m.canonical.as_deref();
        }
    }
    let mut ranked: Vec<(&String, &(usize, Option<&str>))> = counts.iter().collect();
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    let (state, &(n, name)) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.1 .0);
    (n >= 3 && n > second).then(|| (state.clone(), name.unwrap_or(state).to_string()))
}

/// Acts that always have a recipient (aid: "l'Allemagne a livré un troisième système
/// Patriot") and name none in their sentence: the recipient is the country the article is
/// about, unless that is the giver's own.
fn recipients_from_topic(
    out: &mut [(Span, Event)],
    mentions: &[(Span, &Mention)],
    roots: &[String],
) {
    let wants = |e: &Event| e.target.is_none() && roots.iter().any(|r| e.cameo.starts_with(r));
    if !out.iter().any(|(_, e)| wants(e)) {
        return;
    }
    let Some((state, name)) = topic_country(mentions) else {
        return;
    };
    for (_, e) in out.iter_mut() {
        let own = crate::actor::state_of(e.source_code.as_deref()).as_deref() == Some(&state);
        if wants(e) && !own {
            e.target = Some(name.clone());
            e.target_code = Some(state.clone());
        }
    }
}

/// Responses that name no target ("Moscou a rejeté l'une et l'autre proposition", roots in
/// `response_roots` of the language's events.toml): they answer the doer of the act reported
/// last in an earlier sentence, when the two are states' actors and not the same state's.
/// Chosen on the dev half of `data/eval/articles-heldout` (F1 0.133 → 0.155; `corpus/dev`
/// unchanged); sentence sets cannot move with it.
fn answers_to_previous(out: &mut [(Span, Event)], roots: &[String]) {
    for i in 0..out.len() {
        let (sent, e) = (&out[i].0, &out[i].1);
        if e.target.is_some() || !roots.iter().any(|r| e.cameo.starts_with(r)) {
            continue;
        }
        let Some(own) = crate::actor::state_of(e.source_code.as_deref()) else {
            continue;
        };
        let Some(prev) = out[..i]
            .iter()
            .rev()
            .find(|(s, p)| s.start < sent.start && p.source.is_some())
        else {
            continue;
        };
        let (name, code) = (prev.1.source.clone(), prev.1.source_code.clone());
        let other = crate::actor::state_of(code.as_deref());
        if other.is_some_and(|o| o != own) {
            out[i].1.target = name;
            out[i].1.target_code = code;
        }
    }
}

/// The annotations of a document both coders read.
struct Layers<'d> {
    /// Sentences outside boilerplate, in text order.
    sentences: Vec<Span>,
    /// Actor mentions, by start then longest first.
    mentions: Vec<(Span, &'d Mention)>,
    quotes: Vec<(Span, &'d Quote)>,
    /// Resolved dates, datelines excluded.
    dates: Vec<(Span, &'d str)>,
    /// The publication day.
    published: Option<String>,
}

impl<'d> Layers<'d> {
    fn of(doc: &'d Document) -> Layers<'d> {
        let boiler: Vec<Span> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
        let mut sentences: Vec<Span> = doc
            .layer(Layer::Sentence)
            .map(|a| a.span)
            .filter(|s| !boiler.iter().any(|b| b.contains(s)))
            .collect();
        if sentences.is_empty() {
            sentences = fallback_sentences(doc, &boiler);
        }
        sentences.sort();
        let mut mentions: Vec<(Span, &Mention)> = doc
            .annotations
            .iter()
            .filter_map(|a| match &a.data {
                // A weapon system is never an event's actor (not its source, target or
                // country): its mentions are left out as if the sentence did not name it.
                AnnotationData::Mention(m)
                    if m.entity_type != vigie_core::EntityType::WeaponSystem =>
                {
                    Some((a.span, m))
                }
                _ => None,
            })
            .collect();
        mentions.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        let quotes: Vec<(Span, &Quote)> = doc
            .annotations
            .iter()
            .filter_map(|a| match &a.data {
                AnnotationData::Quote(q) => Some((a.span, q)),
                _ => None,
            })
            .collect();
        let dates: Vec<(Span, &str)> = doc
            .annotations
            .iter()
            .filter_map(|a| match &a.data {
                AnnotationData::Date(d) if d.kind != vigie_core::DateKind::Dateline => {
                    d.resolved.as_deref().map(|r| (a.span, r))
                }
                _ => None,
            })
            .collect();
        let published = doc
            .meta
            .published
            .as_deref()
            .map(|p| p[..p.len().min(10)].to_string());
        Layers {
            sentences,
            mentions,
            quotes,
            dates,
            published,
        }
    }
}

/// Sentences when no segmenter has run: content lines split after `.`, `!` or `?` followed
/// by a space and an upper-case letter or a quotation mark.
fn fallback_sentences(doc: &Document, boiler: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for (line, text) in doc.lines() {
        if text.trim().is_empty() || boiler.iter().any(|b| b.contains(&line)) {
            continue;
        }
        let mut start = 0;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let next = chars.get(k + 1).map(|x| x.1);
            let after = chars.get(k + 2).map(|x| x.1);
            if next.is_some_and(char::is_whitespace)
                && after.is_some_and(|a| a.is_uppercase() || matches!(a, '«' | '"' | '“'))
            {
                let end = i + c.len_utf8();
                out.push(Span::new(line.start + start, line.start + end));
                start = chars[k + 1].0 + 1;
            }
        }
        if start < text.len() {
            out.push(Span::new(line.start + start, line.end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(source: (&str, &str), target: Option<(&str, &str)>, cameo: &str) -> Event {
        Event {
            source: Some(source.0.into()),
            source_code: Some(source.1.into()),
            target: target.map(|t| t.0.into()),
            target_code: target.map(|t| t.1.into()),
            cameo: cameo.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_response_without_target_answers_the_last_doer_of_an_earlier_sentence() {
        let roots = vec!["12".to_string()];
        let mut out = vec![
            (Span::new(0, 10), event(("Kyiv", "UKRGOV"), None, "036")),
            (Span::new(11, 20), event(("Moscow", "RUSGOV"), None, "120")),
            // Same state: no answer to oneself.
            (Span::new(21, 30), event(("Kremlin", "RUSGOV"), None, "036")),
            (Span::new(31, 40), event(("Moscow", "RUSGOV"), None, "120")),
        ];
        answers_to_previous(&mut out, &roots);
        assert_eq!(out[1].1.target_code.as_deref(), Some("UKRGOV"));
        assert_eq!(out[3].1.target_code, None);
        // Not a response: untouched.
        assert_eq!(out[2].1.target_code, None);
    }

    #[test]
    fn aid_without_recipient_goes_to_the_country_the_article_is_about() {
        let ukr = Mention {
            code: Some("UKR".into()),
            canonical: Some("Ukraine".into()),
            entity_type: vigie_core::EntityType::Country,
            ..Default::default()
        };
        let deu = Mention {
            code: Some("DEUGOV".into()),
            canonical: Some("Berlin".into()),
            ..Default::default()
        };
        let at = |i: usize| Span::new(i, i + 1);
        let mentions = vec![(at(0), &ukr), (at(2), &deu), (at(4), &ukr), (at(6), &ukr)];
        let mut out = vec![
            (at(0), event(("Berlin", "DEUGOV"), None, "072")),
            (at(2), event(("Kyiv", "UKRGOV"), None, "072")),
        ];
        recipients_from_topic(&mut out, &mentions, &["07".to_string()]);
        assert_eq!(out[0].1.target.as_deref(), Some("Ukraine"));
        // The giver's own country is no recipient.
        assert_eq!(out[1].1.target, None);
        // Two mentions lead nothing.
        let mut out = vec![(at(0), event(("Berlin", "DEUGOV"), None, "072"))];
        recipients_from_topic(&mut out, &mentions[..3], &["07".to_string()]);
        assert_eq!(out[0].1.target, None);
    }

    #[test]
    fn an_act_without_target_is_aimed_at_what_its_aiming_verb_governs() {
        // "La Russie a lancé des attaques visant Kiev et a imposé des sanctions visant Minsk":
        // the second aim is in the other clause (its heads meet the verb "imposé" first).
        let (text, words) = vigie_core::tree::parse_test_sentence(
            "La le DET 2 det
             Russie Russie PROPN 4 nsubj
             a avoir AUX 4 aux
             lancé lancer VERB 0 root
             des un DET 6 det
             attaques attaque NOUN 4 obj
             visant viser VERB 6 acl
             Kiev Kiev PROPN 7 obj
             et et CCONJ 10 cc
             imposé imposer VERB 4 conj
             des un DET 12 det
             sanctions sanction NOUN 10 obj
             visant viser VERB 10 advcl
             Minsk Minsk PROPN 13 obj",
        );
        let span_of = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        let mention = |code: &str, name: &str| Mention {
            code: Some(code.into()),
            canonical: Some(name.into()),
            ..Default::default()
        };
        let (rus, kyiv, minsk) = (
            mention("RUS", "Russia"),
            mention("UKRGOV", "Kyiv"),
            mention("BLRGOV", "Minsk"),
        );
        let ment = |m: &'static str, mention| crate::sentence::Ment {
            span: span_of(m),
            first: 0,
            last: 0,
            m: mention,
            surface: m,
            title_code: None,
            owner: None,
        };
        let ments = vec![
            ment("Russie", &rus),
            ment("Kiev", &kyiv),
            ment("Minsk", &minsk),
        ];
        let with_trigger = |w: &str, cameo: &str| {
            let mut e = event(("Russia", "RUS"), None, cameo);
            e.trigger_span = Some(span_of(w));
            (Span::new(0, text.len()), e)
        };
        let mut out = vec![with_trigger("attaques", "190")];
        targets_from_participles(&text, &words, &ments, &["viser".to_string()], &mut out);
        assert_eq!(out[0].1.target_code.as_deref(), Some("UKRGOV"));
        // The sanctions' own aim, not the attacks'.
        let mut out = vec![with_trigger("imposé", "163")];
        targets_from_participles(&text, &words, &ments, &["viser".to_string()], &mut out);
        assert_eq!(out[0].1.target_code.as_deref(), Some("BLRGOV"));
        // No aiming verb in the lexicon: nothing.
        let mut out = vec![with_trigger("attaques", "190")];
        targets_from_participles(&text, &words, &ments, &[], &mut out);
        assert_eq!(out[0].1.target, None);
    }
}
