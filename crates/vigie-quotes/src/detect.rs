//! Finding quotations in one document, sentence by sentence.
//!
//! Per sentence, the detector finds cues (speech verbs with their auxiliaries, and preposition
//! cues such as "selon X"), then decides for each cue where its speaker and its content are:
//!
//! - forward: `SPEAKER [aux] VERB [à CHANNEL] … que CONTENT` or `… VERB : « QUOTE »`;
//! - trailing: `« QUOTE », a ajouté SPEAKER`, `CONTENT, a source said`, `…, a-t-il ajouté`;
//! - preposition: `Selon SPEAKER, CONTENT` or `CONTENT, selon SPEAKER`.
//!
//! Where the sentence has UD words, the tree decides first ([`crate::tree`]): speech predicates
//! by lemma (forms the surface lexicon lacks become cues when the tree shows them reporting),
//! the speaker from the predicate's subject (a pronoun through the coreference stage's
//! mentions, else the last speaker), where reported content starts from its clausal complement,
//! "selon X" with X's whole phrase; the position rules above stay for what the tree leaves
//! undecided (no subject, an inverted "-t-il") and for languages without a syntax model. A
//! quotation interrupted by its incise (« A, a-t-il dit. B ») is split into two.
//!
//! Quotations inside a reported clause are reported as the direct quotes only (the clause is the
//! same statement); other quotations in a sentence take the speaker of the nearest cue; a
//! sentence that is nothing but a quotation continues the last speaker's words. Scare quotes in a
//! sentence without any cue are not speech and are left out.
//!
//! Speakers are resolved to actor mentions (the actors stage's `Mention` annotations) when
//! there are some: a person named in the subject; a group ("l'OTAN et les États-Unis"); a
//! generic speaker described in English from the lexicon's glosses ("un haut responsable du
//! renseignement de l'OTAN" → "senior NATO intelligence official"); pronouns and definite
//! descriptions ("il", "le fonctionnaire", "a-t-il ajouté") refer back to the last speaker or to
//! the last person named, whichever is more recent.

use std::rc::Rc;

use vigie_core::fold::fold;
use vigie_core::{AnnotationData, Document, Layer, MentionHow, Quote, Span, SyntaxWord, TreeView};
use vigie_text::{quote_regions, QuoteRegion, TokenKind, Typography};

use crate::lexicon::{Cues, Number};
use crate::tree;

/// One quotation found: the quoted words and what is known about them.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub span: Span,
    pub quote: Quote,
}

#[derive(Debug, Clone)]
struct Tok {
    span: Span,
    punct: bool,
    cap: bool,
    quote: bool,
}

#[derive(Debug, Clone, Copy)]
struct MentionRef<'a> {
    span: Span,
    actor: Option<&'a str>,
    code: Option<&'a str>,
    canonical: Option<&'a str>,
    /// The words as written, for unlinked mentions without a canonical name.
    surface: &'a str,
    person: bool,
    /// A pronoun or description the coreference stage resolved to an earlier mention.
    coref: bool,
    /// How the actors stage linked it.
    how: Option<MentionHow>,
    /// An organisation (a ministry, a general staff, an agency), not a country or a group.
    organisation: bool,
    /// A place read as a place ("à Budapest"), not as a metonym for those who govern it: it
    /// names where, never who.
    mere_place: bool,
    /// For a capital standing for its government ("Kiev dénonce", "Moscow says"): the name of
    /// the country whose government speaks (its code when the article never names it).
    government_of: Option<&'a str>,
}

#[derive(Debug, Clone)]
struct Speaker {
    /// What goes into `Quote::speaker`: actor id, or a description. Speakers are copied for
    /// every quote and every cue, so their texts are shared rather than cloned.
    id: Rc<str>,
    code: Option<String>,
    span: Option<Span>,
    person: bool,
    /// Folded words and codes that say who this is, to match later definite descriptions.
    identity: Rc<[String]>,
    /// Byte offset where this speaker was last given words.
    at: usize,
}

impl Speaker {
    /// The same speaker, designated here by other words (a pronoun, "le fonctionnaire").
    fn with_span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum CueKind {
    Verb,
    Prep,
}

#[derive(Debug, Clone)]
struct Cue {
    kind: CueKind,
    /// First token of the cue (auxiliary or reflexive included).
    start: usize,
    /// First token of the verb or preposition itself.
    head: usize,
    /// One past the last token.
    end: usize,
    inverted: Option<String>,
}

/// One sentence and what the detector knows about it before looking at its tokens.
#[derive(Clone, Copy)]
struct Sentence<'a> {
    span: Span,
    /// Its top-level quotation regions.
    regions: &'a [QuoteRegion],
    /// Whether reported content keeps the quotations it holds (see [`Cues::whole_clause`]).
    whole_clause: bool,
    /// Its UD words (empty for a language without a syntax model).
    words: &'a [SyntaxWord],
    /// The document's language, when known.
    lang: Option<&'a str>,
}

/// Per-document state: who spoke last, which persons were named where.
struct State<'a> {
    history: Vec<Speaker>,
    persons: Vec<&'a MentionRef<'a>>,
}

/// The quote detector; build once, share between threads.
pub struct Detector {
    cues: Cues,
}

impl Detector {
    pub fn new(cues: Cues) -> Self {
        Detector { cues }
    }

    pub fn cues(&self) -> &Cues {
        &self.cues
    }

    /// The quotations of a document, in text order.
    pub fn detect(&self, doc: &Document) -> Vec<Found> {
        let typo = Typography::shared();
        let mut mentions: Vec<MentionRef> = doc
            .layer(Layer::Mention)
            .filter_map(|a| match &a.data {
                // A name nobody listed and nothing typed, or a weapon system (listed or not), is
                // no speaker; its words stay words the detector reads as before ("according to
                // X").
                AnnotationData::Mention(m)
                    if m.entity_type == vigie_core::EntityType::WeaponSystem
                        || (m.actor.is_none()
                            && m.entity_type == vigie_core::EntityType::Unknown) =>
                {
                    None
                }
                AnnotationData::Mention(m) => Some(MentionRef {
                    span: a.span,
                    actor: m.actor.as_deref(),
                    code: m.code.as_deref(),
                    canonical: m.canonical.as_deref(),
                    surface: &doc.text[a.span.start..a.span.end],
                    person: m.entity_type == vigie_core::EntityType::Person,
                    coref: m.how == Some(MentionHow::Coreference),
                    how: m.how,
                    organisation: m.entity_type == vigie_core::EntityType::Organisation,
                    mere_place: m.entity_type == vigie_core::EntityType::Place
                        && m.how != Some(MentionHow::Metonym),
                    government_of: None,
                }),
                _ => None,
            })
            .collect();
        mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        self.capitals(doc, &mut mentions);
        let sentences = vigie_text::sentences_of(doc);
        let regions: Vec<Vec<QuoteRegion>> = sentences
            .iter()
            .map(|s| {
                quote_regions(&doc.text[s.start..s.end], typo)
                    .into_iter()
                    .filter(|r| r.depth == 0)
                    .map(|r| QuoteRegion {
                        outer: shift(r.outer, s.start),
                        inner: shift(r.inner, s.start),
                        depth: 0,
                    })
                    .collect()
            })
            .collect();
        let inside_quote = |span: Span| {
            regions
                .iter()
                .flatten()
                .any(|r| r.outer.start < span.start && span.end < r.outer.end)
        };
        let mut state = State {
            history: Vec::new(),
            persons: mentions
                .iter()
                // Persons named, not pronouns the coreference stage linked: a pronoun is
                // resolved against who was named or spoke, never against itself.
                .filter(|m| m.person && !m.coref && !inside_quote(m.span))
                .collect(),
        };
        let mut out = Vec::new();
        let whole_clause = doc
            .meta
            .language
            .as_deref()
            .is_some_and(|l| self.cues.whole_clause.contains(l));
        // The UD words of each sentence annotation, by span.
        let syntax: std::collections::HashMap<Span, &[SyntaxWord]> = doc
            .layer(Layer::Sentence)
            .filter_map(|a| match &a.data {
                AnnotationData::Sentence(s) if !s.words.is_empty() => {
                    Some((a.span, s.words.as_slice()))
                }
                _ => None,
            })
            .collect();
        for (sent, regions) in sentences.iter().zip(&regions) {
            let s = Sentence {
                span: *sent,
                regions,
                whole_clause,
                words: syntax.get(sent).copied().unwrap_or(&[]),
                lang: doc.meta.language.as_deref(),
            };
            self.sentence(doc, s, &mentions, &mut state, &mut out);
        }
        out.sort_by_key(|f| (f.span.start, f.span.end));
        out.dedup_by(|a, b| a.span == b.span);
        // (A direct quotation interrupted by its cue, `“A,” he said. “B.”`, stays two quotes
        // even where the gold counts one statement: one span would put the cue's words inside
        // a direct quotation.)
        out
    }

    /// Marks the capitals that stand for their government: a place the actors stage read as a
    /// metonym for a government (`…GOV`), written without an article. A building takes one
    /// ("le Kremlin", "the White House") and keeps its own name as a speaker; a city does not
    /// ("Kiev dénonce", "Washington says") and speaks for the country's government.
    fn capitals<'a>(&self, doc: &'a Document, mentions: &mut [MentionRef<'a>]) {
        let lang = doc.meta.language.as_deref();
        let countries: Vec<(&str, &str)> = doc
            .layer(Layer::Mention)
            .filter_map(|a| match &a.data {
                AnnotationData::Mention(m) if m.entity_type == vigie_core::EntityType::Country => {
                    Some((m.actor.as_deref()?, m.canonical.as_deref()?))
                }
                _ => None,
            })
            .collect();
        for m in mentions.iter_mut() {
            let Some(code) = m.code.filter(|c| c.len() > 3 && c.ends_with("GOV")) else {
                continue;
            };
            if m.how != Some(MentionHow::Metonym) || m.person {
                continue;
            }
            let before = doc.text[..m.span.start].trim_end();
            let previous = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            let article = |w: &str| {
                self.cues.is_definite(lang, &fold(w)) || self.cues.is_indefinite(lang, &fold(w))
            };
            let elided = m.span.start > 0
                && !doc.text[..m.span.start].ends_with(char::is_whitespace)
                && previous
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| c == '\'' || c == '’')
                    .is_some_and(|(i, c)| article(&previous[..i + c.len_utf8()]));
            if elided || (!previous.is_empty() && article(previous)) {
                continue;
            }
            let iso = &code[..3];
            m.government_of = Some(
                countries
                    .iter()
                    .find(|(actor, _)| *actor == iso)
                    .map_or(iso, |(_, name)| name),
            );
        }
    }

    fn sentence(
        &self,
        doc: &Document,
        s: Sentence,
        mentions: &[MentionRef],
        state: &mut State,
        out: &mut Vec<Found>,
    ) {
        let (sent, regions) = (s.span, s.regions);
        let text = &doc.text[sent.start..sent.end];
        let raw = vigie_text::tokens(text);
        let mut toks: Vec<Tok> = Vec::with_capacity(raw.len());
        let mut fs: Vec<String> = Vec::with_capacity(raw.len());
        for t in raw {
            let s = &text[t.span.start..t.span.end];
            // Most tokens are ASCII: lower-casing is all their folding needs.
            fs.push(if s.is_ascii() {
                s.to_ascii_lowercase()
            } else {
                fold(s)
            });
            toks.push(Tok {
                span: shift(t.span, sent.start),
                punct: matches!(t.kind, TokenKind::Punct | TokenKind::Quote),
                cap: s.chars().next().is_some_and(char::is_uppercase),
                quote: t.kind == TokenKind::Quote,
            });
        }
        if toks.is_empty() {
            return;
        }
        let mut split = self.split_incises(&toks, &fs, regions);
        // A name in quotation marks (« Rempart de l'Est », « Zapad-2025 ») is a label, not
        // words anyone said: it is read as plain text, so the clause around it stays the
        // reported speech.
        split.retain(|r| !is_label(&doc.text[r.inner.start..r.inner.end]));
        let regions: &[QuoteRegion] = &split;
        let has_trigger = fs.iter().any(|f| {
            self.cues.triggers.contains(f)
                || self.cues.split_inverted(f).is_some_and(|(p, _)| {
                    self.cues.triggers.contains(p) || self.cues.auxiliaries.contains(p)
                })
        });
        // A speech predicate by lemma is a trigger too (forms the surface lexicon lacks).
        let has_trigger = has_trigger
            || s.words.iter().any(|w| {
                self.cues.tree.speech.contains(w.lemma.as_ref())
                    || self.cues.tree.speech.contains(&w.lemma.to_lowercase())
            });
        if !has_trigger && regions.is_empty() {
            return;
        }
        let lo = mentions.partition_point(|m| m.span.start < sent.start);
        let hi = mentions.partition_point(|m| m.span.start < sent.end);
        let ms = &mentions[lo..hi];
        let tx = (!s.words.is_empty()).then(|| {
            let view = TreeView::new(&doc.text, s.words);
            let tok = s
                .words
                .iter()
                .map(|w| toks.partition_point(|t| t.span.end <= w.span.start))
                .collect();
            Tx { view, tok }
        });
        let cx = Cx {
            text: &doc.text,
            toks: &toks,
            fs: &fs,
            regions,
            ms,
            tree: tx.as_ref(),
            lang: s.lang,
        };
        let mut cues = self.find_cues(&cx);
        self.tree_cues(&cx, &mut cues);
        // Region index → (speaker, cue span, channel).
        let mut assigned: Vec<Option<(Speaker, Span, Option<String>)>> = vec![None; regions.len()];
        let mut resolved: Vec<(usize, Speaker, Span, Option<String>)> = Vec::new();
        let mut indirect: Vec<(Span, Speaker, Span, Option<String>)> = Vec::new();
        // Quotations reported as part of a whole clause (`whole_clause` languages).
        let mut absorbed = vec![false; regions.len()];
        // A cue inside the content of an earlier one is part of what was reported ("ont
        // affirmé que rien n'indique que…"): it is skipped.
        let mut covered_until = 0;
        for (ci, cue) in cues.iter().enumerate() {
            if cue.start < covered_until {
                continue;
            }
            let cue_span = Span::new(toks[cue.start].span.start, toks[cue.end - 1].span.end);
            let next_any = cues.get(ci + 1).map_or(toks.len(), |c| c.start);
            let next_prep = cues[ci + 1..]
                .iter()
                .find(|c| c.kind == CueKind::Prep)
                .map_or(toks.len(), |c| c.start);
            // A verb coordinated to this one ("said X and warned Y") opens a statement of its
            // own: this one's content stops before the "and".
            let next_coord = cues[ci + 1..]
                .iter()
                .find(|c| {
                    c.kind == CueKind::Verb
                        && c.start > 0
                        && self.cues.coordinators.contains(&fs[c.start - 1])
                })
                .map_or(toks.len(), |c| c.start - 1);
            let prev_speaker = resolved.last().map(|r| r.1.clone());
            let analysis = match cue.kind {
                CueKind::Verb => self.verb_cue(
                    &cx,
                    cue,
                    next_any,
                    next_prep.min(next_coord),
                    prev_speaker,
                    state,
                ),
                CueKind::Prep => self.prep_cue(&cx, cue, next_prep, state, prev_speaker.as_ref()),
            };
            let Some(a) = analysis else { continue };
            covered_until = covered_until.max(a.covers);
            resolved.push((
                toks[cue.start].span.start,
                a.speaker.clone(),
                cue_span,
                a.channel.clone(),
            ));
            for (ri, r) in regions.iter().enumerate() {
                let claimed = a.direct.is_some_and(|d| d == ri)
                    || a.content.is_some_and(|c| c.overlaps(&r.outer));
                if claimed && assigned[ri].is_none() {
                    assigned[ri] = Some((a.speaker.clone(), cue_span, a.channel.clone()));
                }
            }
            if let Some(c) = a.content {
                let has_region = regions.iter().any(|r| c.overlaps(&r.outer));
                if has_region && s.whole_clause && !c.is_empty() {
                    for (ri, r) in regions.iter().enumerate() {
                        absorbed[ri] |= c.overlaps(&r.outer);
                    }
                }
                if (!has_region || s.whole_clause) && !c.is_empty() {
                    indirect.push((c, a.speaker.clone(), cue_span, a.channel.clone()));
                }
            }
        }
        // Quotations no cue claimed: the nearest resolved cue of the sentence, else the last
        // speaker when the sentence is nothing but the quotation.
        for (ri, r) in regions.iter().enumerate() {
            if assigned[ri].is_some() || r.inner.is_empty() {
                continue;
            }
            let before = resolved.iter().rev().find(|c| c.0 <= r.outer.start);
            let after = resolved.iter().find(|c| c.0 >= r.outer.end);
            if let Some(c) = before.or(after) {
                assigned[ri] = Some((c.1.clone(), c.2, c.3.clone()));
            } else if covers_sentence(text, sent, r) {
                if let Some(last) = state.history.last() {
                    assigned[ri] = Some((last.clone(), Span::new(0, 0), None));
                }
            }
        }
        let mut emitted: Vec<Speaker> = Vec::new();
        for (ri, r) in regions.iter().enumerate() {
            let Some((speaker, cue_span, channel)) = assigned[ri].clone() else {
                continue;
            };
            if absorbed[ri] {
                continue;
            }
            let partial = !opens_utterance(&doc.text, sent, r);
            out.push(Found {
                span: r.inner,
                quote: quote(&speaker, cue_span, channel, true, partial),
            });
            emitted.push(Speaker {
                at: r.outer.start,
                ..speaker
            });
        }
        for (span, speaker, cue_span, channel) in indirect {
            out.push(Found {
                span,
                quote: quote(&speaker, cue_span, channel, false, false),
            });
            emitted.push(Speaker {
                at: cue_span.start,
                ..speaker
            });
        }
        // A speech verb that reports no words here ("Le président Zelensky a réclamé des
        // systèmes de défense.") still makes its subject the one speaking: a quotation standing
        // alone after it continues their words.
        if emitted.is_empty() {
            if let Some((at, speaker, _, _)) = resolved.last() {
                emitted.push(Speaker {
                    at: *at,
                    ..speaker.clone()
                });
            }
        }
        emitted.sort_by_key(|s| s.at);
        state.history.extend(emitted);
    }

    /// A quotation interrupted by its attribution, « A, a-t-il déclaré. B », is two
    /// quotations: the incise (a comma, then an inverted verb, to the next comma or period) is
    /// taken out of the region, so that it reads as the trailing cue of A, and B continues
    /// its speaker.
    fn split_incises(
        &self,
        toks: &[Tok],
        fs: &[String],
        regions: &[QuoteRegion],
    ) -> Vec<QuoteRegion> {
        let mut out = Vec::with_capacity(regions.len());
        for r in regions {
            let inside: Vec<usize> = (0..toks.len())
                .filter(|&j| r.inner.start <= toks[j].span.start && toks[j].span.end <= r.inner.end)
                .collect();
            let mut split = None;
            for (k, &j) in inside.iter().enumerate().skip(1) {
                if fs[j] != "," {
                    continue;
                }
                let Some(&v) = inside.get(k + 1) else { break };
                let inverted = self.cues.split_inverted(&fs[v]).is_some_and(|(p, _)| {
                    self.cues.auxiliaries.contains(p) || self.cues.verbs.contains_key(p)
                });
                if !inverted {
                    continue;
                }
                let end = inside[k + 2..]
                    .iter()
                    .take(8)
                    .copied()
                    .find(|&e| matches!(fs[e].as_str(), "," | "." | ";"));
                if let Some(e) =
                    end.filter(|&e| e + 1 < toks.len() && toks[e + 1].span.end <= r.inner.end)
                {
                    split = Some((j, e));
                    break;
                }
            }
            match split {
                Some((c, e)) => {
                    out.push(QuoteRegion {
                        outer: Span::new(r.outer.start, toks[c].span.end),
                        inner: Span::new(r.inner.start, toks[c].span.start),
                        depth: 0,
                    });
                    out.push(QuoteRegion {
                        outer: Span::new(toks[e].span.start, r.outer.end),
                        inner: Span::new(toks[e + 1].span.start, r.inner.end),
                        depth: 0,
                    });
                }
                None => out.push(*r),
            }
        }
        out
    }

    fn find_cues(&self, cx: &Cx) -> Vec<Cue> {
        let (toks, fs) = (cx.toks, cx.fs);
        let mut cues = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if toks[i].punct || cx.in_region(toks[i].span) {
                i += 1;
                continue;
            }
            if let Some(len) = self.cues.preposition_at(fs, i) {
                cues.push(Cue {
                    kind: CueKind::Prep,
                    start: i,
                    head: i,
                    end: i + len,
                    inverted: None,
                });
                i += len;
                continue;
            }
            let (len, mut inverted) = if let Some(len) = self.cues.verb_at(fs, i) {
                (len, None)
            } else if let Some((verb, pronoun)) = self.cues.split_inverted(&fs[i]) {
                let after_quotation = cx.right_after_quotation(toks[i].span.start);
                if self
                    .cues
                    .verbs
                    .get(verb)
                    .is_some_and(|v| v.iter().any(|p| p.len() == 1))
                {
                    (1, Some(pronoun.to_string()))
                } else if after_quotation
                    && self.cues.auxiliaries.contains(verb)
                    && i + 1 < toks.len()
                {
                    // « … », a-t-il écrit: an inverted auxiliary and its participle.
                    let cue = Cue {
                        kind: CueKind::Verb,
                        start: i,
                        head: i + 1,
                        end: i + 2,
                        inverted: Some(pronoun.to_string()),
                    };
                    cues.push(cue);
                    i += 2;
                    continue;
                } else if after_quotation {
                    // « … », lâche-t-elle: an inverted verb right after a quotation is its
                    // attribution (an incise), whatever the verb ("sourit-il", "glisse-t-elle").
                    (1, Some(pronoun.to_string()))
                } else {
                    i += 1;
                    continue;
                }
            } else {
                i += 1;
                continue;
            };
            // Walk back over adverbs to an auxiliary (and a reflexive pronoun before it).
            let mut j = i;
            let mut hops = 0;
            while j > 0 && hops < 3 && self.cues.adverbs.contains(&fs[j - 1]) {
                j -= 1;
                hops += 1;
            }
            let mut start = i;
            if j > 0 {
                let prev = &fs[j - 1];
                if self.cues.auxiliaries.contains(prev) {
                    start = j - 1;
                } else if let Some((aux, pronoun)) = self.cues.split_inverted(prev) {
                    if self.cues.auxiliaries.contains(aux) {
                        start = j - 1;
                        inverted = Some(pronoun.to_string());
                    }
                }
            }
            if start == i
                && i > 0
                && (self.cues.definite.contains(&fs[i - 1])
                    || self.cues.indefinite.contains(&fs[i - 1]))
            {
                // "la menace", "une note": a noun, not a verb.
                i += 1;
                continue;
            }
            if start < i && start > 0 && self.cues.reflexives.contains(&fs[start - 1]) {
                start -= 1;
            }
            // "« … », a-t-il lancé, cité par l'agence Belta": the outlet that carried words
            // another cue attributes, not a speaker of its own.
            if start == i
                && i > 0
                && fs[i - 1] == ","
                && self.cues.relaying_participles.contains(&fs[i])
                && cues.iter().any(|c: &Cue| c.kind == CueKind::Verb)
            {
                i += len;
                continue;
            }
            cues.push(Cue {
                kind: CueKind::Verb,
                start,
                head: i,
                end: i + len,
                inverted,
            });
            i += len;
        }
        cues
    }

    /// Speech predicates the tree finds where the surface forms did not ("précisera", "a
    /// réitéré", "a qualifié la décision de « signal clair »"): each becomes a verb cue over
    /// its auxiliaries and itself when the tree shows it reporting (a clausal complement, a
    /// subject after it, an incise, quoted words among its complements), since many speech
    /// lemmas have other senses ("a poursuivi sa route", "a demandé des armes").
    fn tree_cues(&self, cx: &Cx, cues: &mut Vec<Cue>) {
        let Some(tx) = cx.tree else { return };
        let t = &tx.view;
        let before = cues.len();
        for w in tree::speech_predicates(t, &self.cues.tree) {
            let head = tx.tok[w];
            if cx.toks[head].punct || cx.in_region(cx.toks[head].span) {
                continue;
            }
            if cues.iter().any(|c| c.start <= head && head < c.end) {
                continue;
            }
            let quoting = || {
                tree::complements(t, w).iter().any(|&c| {
                    let span = cx.toks[tx.tok[c]].span;
                    cx.regions
                        .iter()
                        .any(|r| r.inner.start <= span.start && span.end <= r.inner.end)
                })
            };
            let reporting = tree::complement_of(t, w).is_some()
                || t.rel(w) == "parataxis"
                || tree::speaker_of(t, &self.cues.tree, w).is_some_and(|s| s > w)
                || quoting();
            if !reporting {
                continue;
            }
            let aux = t
                .children(w)
                .iter()
                .copied()
                .filter(|&c| c < w && matches!(t.rel(c), "aux" | "expl"))
                .map(|c| tx.tok[c])
                .min();
            let start = aux
                .filter(|&a| !cues.iter().any(|c| c.start <= a && a < c.end))
                .unwrap_or(head);
            let inverted = self
                .cues
                .split_inverted(&cx.fs[start])
                .map(|(_, p)| p.to_string());
            cues.push(Cue {
                kind: CueKind::Verb,
                start,
                head,
                end: head + 1,
                inverted,
            });
        }
        // Sources the surface list does not hold ("Pour X, …", inflected "according to").
        for src in tree::according_to(t, &self.cues.tree) {
            let m = tx.tok[src.marker];
            if cx.in_region(cx.toks[m].span) || cues.iter().any(|c| c.start <= m && m < c.end) {
                continue;
            }
            let end = t
                .children_rel(src.marker, "fixed")
                .map(|f| tx.tok[f])
                .fold(m, usize::max)
                + 1;
            cues.push(Cue {
                kind: CueKind::Prep,
                start: m,
                head: m,
                end,
                inverted: None,
            });
        }
        if cues.len() > before {
            cues.sort_by_key(|c| c.start);
        }
    }

    /// What the tree says of verb cue `cue`: its speaker (from its subject, or a passive's
    /// agent) and the tokens of its clausal complement.
    fn tree_verb(&self, cx: &Cx, cue: &Cue, state: &State, at: usize) -> Option<TreeCue> {
        let tx = cx.tree?;
        let t = &tx.view;
        let w = tx.word_at(cue.head)?;
        let subject = if cue.inverted.is_some() {
            None
        } else {
            // A subject inside a quotation is the quotation's, misattached.
            tree::speaker_of(t, &self.cues.tree, w)
                .filter(|&s| !cx.in_region(cx.toks[tx.tok[s]].span))
        };
        // A subject after the verb is an inversion only where the cue opens an incise (after a
        // comma, a quotation or a dash): elsewhere ("said Belarusians had…") it is the
        // complement's subject, misattached.
        let incise = cue.start > 0 && cx.toks[cue.start - 1].punct;
        let subject = subject.filter(|&s| s < w || incise);
        // « … », a écrit sa présidente, Ursula von der Leyen, sur X: right after a quotation
        // the verb's words are the quotation, so a noun the parser made its object is the
        // inverted subject.
        let subject = subject.or_else(|| {
            if cue.inverted.is_some()
                || !incise
                || !cx.right_after_quotation(cx.toks[cue.start].span.start)
            {
                return None;
            }
            t.children_rel(w, "obj").find(|&o| {
                o > w && matches!(t.upos(o), vigie_core::Upos::Noun | vigie_core::Upos::Propn)
            })
        });
        let speaker = subject.and_then(|s| {
            let before = (s < w).then_some(cue.start);
            self.tree_speaker(cx, tx, s, before, state, at)
        });
        // Content comes after its verb; a "complement" before it is the parser reading the
        // subject's relative clause so ("X, who hosted the talks, said …").
        // "said Russian forces had blown up the dam": parsers read the complement's subject as
        // the verb's object when no "that" comes between. An object right before the
        // complement of a verb that takes no audience belongs to the complement.
        let telling = self.cues.channel_verbs.contains(&cx.fs[cue.head..cue.end]);
        let object_subject = |(a, e): (usize, usize)| {
            let o = t.children_rel(w, "obj").find(|&o| o > w)?;
            let (oa, ob) = tx.tokens(&t.subtree(o, &|_| false))?;
            (!telling && ob == a && oa >= cue.end).then_some((oa, e))
        };
        // Nor does a complement begin after a coordinator ("…, officials said, and the city
        // remained …": the writer's own clause, misattached).
        let content = tree::complement_of(t, w)
            .and_then(|c| tx.tokens(&c))
            .filter(|&(a, _)| a >= cue.end)
            .filter(|&(a, _)| !(cue.end..a).any(|j| self.cues.coordinators.contains(&cx.fs[j])))
            .map(|c| object_subject(c).unwrap_or(c));
        let object = t.children_rel(w, "obj").any(|o| o > w);
        Some(TreeCue {
            speaker,
            object,
            inverted: subject.is_some_and(|s| s > w),
            subject_token: subject.map(|s| tx.tok[s]),
            content,
        })
    }

    /// The speaker named by the phrase headed by word `s`. A personal pronoun is the mention
    /// the coreference stage resolved it to, else the last speaker or person named. A subject
    /// before the verb (`verb` is the cue's first token) whose phrase names no person gives way
    /// to a person named in an apposition the parser attached elsewhere ("Un analyste basé à
    /// Kiev, Ihor Savtchenko, estime").
    fn tree_speaker(
        &self,
        cx: &Cx,
        tx: &Tx,
        s: usize,
        verb: Option<usize>,
        state: &State,
        at: usize,
    ) -> Option<Speaker> {
        let t = &tx.view;
        let tok = tx.tok[s];
        if t.upos(s) == vigie_core::Upos::Pron {
            let span = cx.toks[tok].span;
            // The pronoun as a word: an inverted one shares its token with the verb
            // ("a-t-il").
            let f = cx.fs[tok].as_str();
            let pronoun = self.cues.split_inverted(f).map_or(f, |(_, p)| p);
            let ours = self
                .cues
                .pronouns
                .contains_key(pronoun)
                .then(|| self.resolve_pronoun(pronoun, state, at))
                .flatten();
            if let Some(m) = cx
                .ms
                .iter()
                .find(|m| m.coref && m.span.start <= span.start && span.end <= m.span.end)
            {
                // A speaker is mostly a person: a pronoun the coreference stage gave to a body
                // or a place ("Il" → "European Council") while the last speaker or person named
                // is a person refers to that person.
                if !m.person {
                    if let Some(p) = ours.clone().filter(|p| p.person) {
                        return Some(p.with_span(span));
                    }
                }
                // The coreference stage reads mentions, not who spoke: a person who spoke after
                // the last mention of its antecedent is the more salient one ("…, Vladimir
                // Leontyev, said … He later told …" after an earlier Peskov).
                if let Some(p) = ours.clone().filter(|p| p.person && m.actor.is_some()) {
                    let idx = state.persons.partition_point(|x| x.span.end <= span.start);
                    let last_named = state.persons[..idx]
                        .iter()
                        .rev()
                        .find(|x| x.actor == m.actor && !x.coref);
                    if p.id.as_ref() != m.actor.unwrap_or_default()
                        && last_named.is_some_and(|x| p.at > x.span.end)
                    {
                        return Some(p.with_span(span));
                    }
                }
                return Some(mention_speaker(m, Some(at)).with_span(span));
            }
            if let Some(p) = ours {
                return Some(p.with_span(span));
            }
        }
        let (a, b) = tx.tokens(&tree::phrase_of(t, s))?;
        let named = self
            .named_apposition(cx, tx, s, state, at)
            .or_else(|| self.resolve_phrase(cx, a, b, state, at));
        if let Some(v) = verb.filter(|&v| v > a) {
            if named.as_ref().is_none_or(|n| !n.person) {
                if let Some(p) = self.subject(cx, a, v, state, at).filter(|p| p.person) {
                    return Some(p);
                }
            }
        }
        // An inverted subject whose name the parser hung elsewhere ("…, a annoncé le
        // gouverneur régional, Oleg Synegoubov.", "…, a lâché la haute représentante de
        // l'Union, Kaja Kallas, à son arrivée."): a description that names no person itself.
        let names_person = {
            let span = Span::new(cx.toks[a].span.start, cx.toks[b - 1].span.end);
            cx.ms
                .iter()
                .any(|m| m.person && !m.coref && span.contains(&m.span))
        };
        if verb.is_none() && named.as_ref().is_some_and(|n| !n.person || !names_person) {
            if let Some(m) = self.apposed_person(cx, b) {
                return Some(mention_speaker(m, Some(at)));
            }
        }
        named
    }

    /// A common noun with a proper-noun apposition names the person in the apposition ("la
    /// vice-ministre de la Défense, Hanna Maliar"), whether or not the actors stage knows her.
    fn named_apposition(
        &self,
        cx: &Cx,
        tx: &Tx,
        head: usize,
        state: &State,
        at: usize,
    ) -> Option<Speaker> {
        let t = &tx.view;
        if t.upos(head) != vigie_core::Upos::Noun {
            return None;
        }
        // Personal names take no article: "la Grande-Bretagne" misattached as an apposition
        // is no one's name.
        let ap = t.children_rel(head, "appos").find(|&a| {
            t.upos(a) == vigie_core::Upos::Propn && t.children_rel(a, "det").next().is_none()
        })?;
        let (a, b) = tx.tokens(&tree::phrase_of(t, ap))?;
        self.resolve_np(cx, a, b, state, at)
    }

    /// The speaker named by the phrase of tokens `[a, b)`: what comes before its first comma,
    /// unless that names no person and the apposition after the comma does ("le porte-parole
    /// du Kremlin, Dmitri Peskov"). Reading the head part alone keeps a misattached phrase
    /// ("la presse, la Grande-Bretagne et la France") from standing for the speaker.
    fn resolve_phrase(
        &self,
        cx: &Cx,
        a: usize,
        b: usize,
        state: &State,
        at: usize,
    ) -> Option<Speaker> {
        let comma = (a..b).find(|&j| cx.fs[j] == "," && !cx.in_number(j));
        let Some(c) = comma else {
            return self.resolve_np(cx, a, b, state, at);
        };
        let main = self.resolve_np(cx, a, c, state, at)?;
        // A description naming no one ("The Russian-installed mayor of Nova Kakhovka") is
        // whoever its apposition names, even where the description alone could refer back to
        // someone named before.
        let named_in = |x: usize, y: usize| {
            let span = Span::new(cx.toks[x].span.start, cx.toks[y - 1].span.end);
            cx.ms
                .iter()
                .any(|m| m.person && !m.coref && span.contains(&m.span))
        };
        if main.person && !named_in(a, c) {
            let e = (c + 1..b).find(|&j| cx.fs[j] == ",").unwrap_or(b);
            if e > c + 1 && named_in(c + 1, e) {
                if let Some(p) = self
                    .resolve_np(cx, c + 1, e, state, at)
                    .filter(|p| p.person)
                {
                    return Some(p);
                }
            }
        }
        if !main.person {
            // Of a chain of appositions ("Côté russe, le gouverneur de la région, Alexeï
            // Smirnov, a …"), the one that names a person is the speaker, before a role that
            // would refer back to someone named earlier.
            let mut x = c + 1;
            while x < b {
                let e = (x..b).find(|&j| cx.fs[j] == ",").unwrap_or(b);
                if e > x && named_in(x, e) {
                    if let Some(p) = self.resolve_np(cx, x, e, state, at).filter(|p| p.person) {
                        return Some(p);
                    }
                }
                x = e + 1;
            }
            // An apposition without a role word is a name ("Hanna Maliar"), even one the
            // actors stage did not type as a person.
            let e = (c + 1..b).find(|&j| cx.fs[j] == ",").unwrap_or(b);
            let is_name = !(c + 1..e).any(|j| self.cues.speakers.contains_key(&cx.fs[j]));
            if let Some(p) = self
                .resolve_np(cx, c + 1, e, state, at)
                .filter(|p| p.person || is_name)
            {
                return Some(p);
            }
        }
        Some(main)
    }

    fn verb_cue(
        &self,
        cx: &Cx,
        cue: &Cue,
        next_any: usize,
        next_prep: usize,
        prev_speaker: Option<Speaker>,
        state: &State,
    ) -> Option<Analysis> {
        let (toks, fs) = (cx.toks, cx.fs);
        let n = toks.len();
        let at = toks[cue.start].span.start;
        let tc = self.tree_verb(cx, cue, state, at);
        if let Some(a) = self.trailing(cx, cue, next_any, state, tc.as_ref()) {
            return Some(a);
        }
        // Forward: speaker before the verb, content after it.
        let known = tc.as_ref().and_then(|t| t.speaker.clone());
        let speaker = if let Some(k) = known {
            Some(k)
        } else if let Some(agent) = self.participle_agent(cx, cue, prev_speaker.as_ref(), state, at)
        {
            Some(agent)
        } else if let Some(p) = &cue.inverted {
            self.resolve_pronoun(p, state, at)
                .map(|s| s.with_span(toks[cue.start].span))
        } else if cue.start > 0
            && matches!(fs[cue.start - 1].as_str(), "et" | "and" | "puis" | "then")
            && prev_speaker.is_some()
        {
            // "il a affirmé que …, et a accusé …": the same subject.
            prev_speaker.clone()
        } else if cue.start > 0
            && fs[cue.start - 1] == ","
            && prev_speaker.is_some()
            && self.present_participle(cx, cue.head)
        {
            // "…, a-t-il affirmé sur Facebook, jugeant que …": a participle adjunct has the
            // subject of the clause it hangs on, not the last name before its comma.
            prev_speaker.clone()
        } else {
            let w0 = self.clause_start(cx, cue.start);
            let from_window = if w0 < cue.start {
                self.subject(cx, w0, cue.start, state, at)
            } else {
                None
            };
            from_window.or(prev_speaker).or_else(|| {
                // A coordinated verb without its own subject: the sentence's first subject.
                if cue.start > 0 {
                    self.subject(cx, 0, cue.start, state, at)
                } else {
                    None
                }
            })
        }?;
        let mut k = cue.end;
        let mut channel = None;
        let verb_seq: Vec<String> = fs[cue.head..cue.end].to_vec();
        let channel_verb = self.cues.channel_verbs.contains(&verb_seq);
        if k < n && (channel_verb || self.cues.channel_prepositions.contains(&fs[k])) {
            let from = if channel_verb { k } else { k + 1 };
            if let Some(m) = cx.mention_starting_at(from) {
                channel = Some(display_name(m));
                k = cx.token_after(m.span.end);
            }
        }
        let limit = next_any.min(n).min(k + 20);
        let mut content_start = None;
        let mut direct = None;
        // "said the demands that come with…": content given without a complementizer starts
        // right after the verb, and a later "that" is a relative pronoun inside it.
        // After a verb of telling, content without "that" needs the audience named first
        // ("told CNN the talks failed"); otherwise what follows is the audience ("told a news
        // conference in Vilnius").
        let bare = k < n
            && (!channel_verb || channel.is_some())
            && !toks[k].punct
            && !toks[k].quote
            && !self.cues.complementizers.contains(&fs[k])
            && !self.cues.bare_content_stops.contains(&fs[k])
            && self.cues.bare_content.contains(&verb_seq);
        for j in k..if bare { k } else { limit } {
            if toks[j].quote {
                if let Some(ri) = cx.region_starting_at(toks[j].span.start) {
                    if j == k || (j > 0 && fs[j - 1] == ":") {
                        direct = Some(ri);
                    }
                }
                break;
            }
            if fs[j] == ":" && !cx.in_number(j) {
                if let Some(ri) = toks
                    .get(j + 1)
                    .and_then(|t| cx.region_starting_at(t.span.start))
                {
                    direct = Some(ri);
                } else if j + 1 < n {
                    content_start = Some(j + 1);
                }
                break;
            }
            if self.cues.complementizers.contains(&fs[j]) {
                content_start = Some(j + 1);
                break;
            }
            if matches!(fs[j].as_str(), ";" | "." | "!" | "?") {
                break;
            }
        }
        if bare {
            content_start = Some(k);
        }
        let mut covers = cue.end;
        // A quotation opened right after the verb is direct speech, whatever the parser made of
        // it.
        let tree_content = tc
            .as_ref()
            .and_then(|t| t.content)
            .filter(|_| direct.is_none());
        let content = if let Some((s, e)) = tree_content {
            // The tree says where the content starts (after "que", or bare: "said the talks
            // failed"); where it ends is the clause breaks' business, as without a tree: a
            // complement's subtree may hold a coordinated clause of the writer's ("…, mais
            // Minsk n'a pas l'intention") or lose words to a misattachment.
            let mut end = self.content_end(cx, s, next_prep.max(e));
            // A complement the tree closes at a comma, followed by a phrase hanging on the
            // speech verb or higher ("que le dirigeant avait quitté la salle, une manœuvre
            // qualifiée de …"), ends there.
            if e < end && cx.fs[e] == "," && self.detached_after(cx, e) {
                end = e;
            }
            covers = end;
            cx.content_span(s, end)
        } else {
            content_start.and_then(|s| {
                let end = self.content_end(cx, s, next_prep);
                covers = end;
                cx.content_span(s, end)
            })
        };
        if let Some(ri) = direct {
            covers = cx.token_after(cx.regions[ri].outer.end);
        }
        Some(Analysis {
            speaker,
            channel,
            content,
            direct,
            covers,
        })
    }

    /// A trailing attribution: `« QUOTE », a ajouté le fonctionnaire`, `…, a-t-il ajouté`,
    /// `CONTENT, a source said`. The cue's clause starts at a comma or a closing quotation mark,
    /// nothing after the verb opens content, and what follows the verb is a short noun phrase.
    fn trailing(
        &self,
        cx: &Cx,
        cue: &Cue,
        next_any: usize,
        state: &State,
        tc: Option<&TreeCue>,
    ) -> Option<Analysis> {
        let (toks, fs) = (cx.toks, cx.fs);
        let n = toks.len();
        let at = toks[cue.start].span.start;
        // With a tree, the cue opens content when it has a clausal complement of its own (a
        // "que" further on may belong to another verb); without, when such a word follows.
        let opens_content = match tc {
            Some(t) => t.content.is_some() || fs.get(cue.end).is_some_and(|f| f == ":"),
            None => (cue.end..next_any.min(n)).any(|j| {
                self.cues.complementizers.contains(&fs[j]) || fs[j] == ":" || fs[j] == ";"
            }),
        };
        if opens_content || cue.start == 0 {
            return None;
        }
        // The comma or closing mark before the cue, with at most a short NP in between.
        let b = (0..cue.start).rev().take(9).find(|&j| {
            fs[j] == "," || (toks[j].quote && cx.region_ending_at(toks[j].span.end).is_some())
        })?;
        // A dash may follow the comma: `«…», — сказал Лукашенко` (Russian and Ukrainian style).
        // (Folding turns every dash into "-".)
        let dash = |j: usize| fs[j] == "-";
        if b == 0
            || (b + 1..cue.start).any(|j| toks[j].punct && !dash(j) && !cx.abbreviation_dot(j))
        {
            return None;
        }
        // After the verb: nothing, or a noun phrase to the end of the sentence.
        let tail_end = (cue.end..n)
            .find(|&j| toks[j].punct && !cx.abbreviation_dot(j))
            .unwrap_or(n);
        // (The rest of a quotation split at its incise may follow: « A, a-t-il dit. B ».)
        let tail_ok = (tail_end..n).all(|j| toks[j].punct && !toks[j].quote)
            || (tail_end < n
                && !toks[tail_end].quote
                && cx.region_starting_at(toks[tail_end].span.start).is_some())
            // (Or a name in apposition closing the sentence: "…, a annoncé le gouverneur, X.")
            || self.apposed_person(cx, tail_end).is_some();
        let np_start = (b + 1..cue.start).find(|&j| !dash(j)).unwrap_or(cue.start);
        // A parenthetical attribution: `A, SPEAKER said [on Tuesday], B`. The sentence goes on
        // after the comma that closes the cue, and both sides are what was said.
        // "A, local officials said, and B": a coordinated clause after the incise is the
        // writer's; the content is what comes before.
        let coordinated = fs.get(tail_end).is_some_and(|f| f == ",")
            && fs
                .get(tail_end + 1)
                .is_some_and(|f| self.cues.coordinators.contains(f));
        let tail_ok = tail_ok || coordinated;
        let resumes = !tail_ok
            && np_start < cue.start
            && !toks[b].quote
            && !toks[b - 1].quote
            && fs.get(tail_end).is_some_and(|f| f == ",")
            && toks.get(tail_end + 1).is_some_and(|t| !t.punct && !t.quote);
        // A subject before the comma is a forward cue's ("X, le porte-parole, a déclaré
        // hier « … »"); an inverted one needs no guess at where the phrase after the verb ends.
        if tc.and_then(|t| t.subject_token).is_some_and(|s| s <= b) {
            return None;
        }
        let known = tc.and_then(|t| t.speaker.clone());
        let inverted = known.is_some() && tc.is_some_and(|t| t.inverted);
        // A verb with its subject before it and a direct object after it is a clause of its
        // own ("À Kiev, la présidence a démenti toute implication"), not an incise.
        if tc.is_some_and(|t| t.object && !t.inverted && t.subject_token.is_some()) {
            return None;
        }
        // Without a tree, a long tail may be a clause; the tree tells a phrase naming a person
        // ("M. Orban dans une vidéo publiée sur Facebook") from one (no finite verb).
        let names_person = || {
            tail_end > cue.end && {
                let tail = Span::new(toks[cue.end].span.start, toks[tail_end - 1].span.end);
                cx.ms.iter().any(|m| m.person && tail.contains(&m.span))
            }
        };
        let phrase_tail =
            cx.tree.is_some_and(|tx| !tx.finite_in(cue.end, tail_end)) && names_person();
        let long = tail_end - cue.end > 8 && !phrase_tail;
        if !inverted && (!(tail_ok || resumes) || long) {
            return None;
        }
        let speaker = if let Some(k) = known {
            Some(k)
        } else if np_start < cue.start {
            self.resolve_np(cx, np_start, cue.start, state, at)
        } else if let Some(p) = &cue.inverted {
            self.resolve_pronoun(p, state, at)
                .map(|s| s.with_span(toks[cue.start].span))
        } else if tail_end > cue.end {
            let first = cue.end;
            let starts_np = self.cues.definite.contains(&fs[first])
                || self.cues.indefinite.contains(&fs[first])
                || toks[first].cap
                || self.cues.pronouns.contains_key(&fs[first])
                // Languages without articles: "сказал военный аналитик Павел Рудницкий".
                || (first..tail_end).any(|j| cx.mention_starting_at(j).is_some());
            if !starts_np {
                return None;
            }
            let np = self.resolve_np(cx, cue.end, tail_end, state, at);
            // "…, a annoncé le gouverneur régional, Oleg Synegoubov.": a description after the
            // verb with a person's name in apposition, closing the sentence, is that person.
            match np {
                Some(sp) if !sp.person => self
                    .apposed_person(cx, tail_end)
                    .map(|m| mention_speaker(m, Some(at)))
                    .or(Some(sp)),
                other => other,
            }
        } else {
            None
        }?;
        let quote_end = if toks[b].quote || cx.region_ending_at(toks[b].span.end).is_some() {
            // (A region split at its incise ends at the comma.)
            Some(toks[b].span.end)
        } else if toks[b - 1].quote {
            Some(toks[b - 1].span.end)
        } else {
            None
        };
        if let Some(ri) = quote_end.and_then(|e| cx.region_ending_at(e)) {
            return Some(Analysis {
                speaker,
                channel: None,
                content: None,
                direct: Some(ri),
                covers: n,
            });
        }
        let start = self.clause_start(cx, b);
        // One span cannot leave the cue out: a parenthetical cue's content runs over it.
        let end = if resumes {
            self.content_end(cx, tail_end + 1, next_any)
        } else {
            b
        };
        Some(Analysis {
            speaker,
            channel: None,
            content: cx.content_span(start, end),
            direct: None,
            covers: n,
        })
    }

    /// The person mention that follows the comma at token `comma` and fills the rest of the
    /// sentence (closing punctuation aside): an apposition naming who a description was.
    fn apposed_person<'m>(&self, cx: &'m Cx, comma: usize) -> Option<&'m MentionRef<'m>> {
        let (toks, fs) = (cx.toks, cx.fs);
        let m = person_after_comma(cx, comma)?;
        let after = cx.token_after(m.span.end);
        let end = (after..toks.len())
            .find(|&j| toks[j].punct && !toks[j].quote && fs[j] != "," && fs[j] != "-")
            .unwrap_or(toks.len());
        // Up to the end of the sentence: nothing, an adjunct after a comma without a verb of
        // its own ("…, Kaja Kallas, à son arrivée.")…
        let ends_there =
            (after..toks.len()).all(|j| toks[j].punct && !toks[j].quote && fs[j] != ",");
        let adjunct = fs.get(after).is_some_and(|f| f == ",")
            && after + 1 < end
            && cx.tree.is_some_and(|tx| !tx.finite_in(after + 1, end));
        // …or a relative clause on the name ("…, Salomé Zourabichvili, qui a prévenu que…").
        let relative = fs.get(after).is_some_and(|f| f == ",")
            && fs
                .get(after + 1)
                .is_some_and(|f| self.cues.relatives.contains(f));
        (ends_there || adjunct || relative).then_some(m)
    }

    /// Whether what follows the comma at token `comma` is attached outside the clause that
    /// ends before it: a phrase on the sentence's root or the speech verb, which the tree puts
    /// out of the complement's subtree, and not a clause of its own with a finite verb.
    fn detached_after(&self, cx: &Cx, comma: usize) -> bool {
        let Some(tx) = cx.tree else { return false };
        let end = (comma + 1..cx.toks.len())
            .find(|&j| cx.toks[j].punct && !cx.toks[j].quote && cx.fs[j] != "-")
            .unwrap_or(cx.toks.len());
        // A noun phrase opening with an article: an apposition to the clause.
        cx.toks.get(comma + 1).is_some_and(|t| !t.punct)
            && (self.cues.is_indefinite(cx.lang, &cx.fs[comma + 1])
                || self.cues.is_definite(cx.lang, &cx.fs[comma + 1]))
            && !tx.finite_in(comma + 1, end)
    }

    /// The agent of a participle used without auxiliary ("une manœuvre qualifiée de « … » par
    /// l'un d'eux", "a move described as “…” by officials"): whoever the "par"/"by" phrase
    /// that follows it in its clause names. The subject before such a participle is the
    /// noun it qualifies, not a speaker.
    fn participle_agent(
        &self,
        cx: &Cx,
        cue: &Cue,
        prev_speaker: Option<&Speaker>,
        state: &State,
        at: usize,
    ) -> Option<Speaker> {
        let tx = cx.tree?;
        let w = tx.word_at(cue.head)?;
        if cue.start != cue.head || tx.view.feat(w, "VerbForm") != Some("Part") {
            return None;
        }
        let (toks, fs) = (cx.toks, cx.fs);
        let end = (cue.end..toks.len())
            .find(|&j| toks[j].punct && !toks[j].quote && !cx.in_region(toks[j].span))
            .unwrap_or(toks.len());
        let by = (cue.end..end)
            .find(|&j| !cx.in_region(toks[j].span) && self.cues.tree.agent_case.contains(&fs[j]))?;
        // A pronoun ("par l'un d'eux") stands first for the speaker named earlier in the
        // sentence, who is not in the history yet.
        if by + 1 < end && self.cues.pronouns.contains_key(&fs[end - 1]) {
            if let Some(p) = prev_speaker {
                return Some(p.clone().with_span(toks[end - 1].span));
            }
        }
        self.resolve_np(cx, by + 1, end, state, at)
    }

    /// Whether token `i` is a present participle or a gerund ("jugeant", "saying"), by the
    /// tree's morphology.
    fn present_participle(&self, cx: &Cx, i: usize) -> bool {
        let Some(tx) = cx.tree else { return false };
        let Some(w) = tx.word_at(i) else { return false };
        let t = &tx.view;
        match t.feat(w, "VerbForm") {
            Some("Ger") => true,
            Some("Part") => t.feat(w, "Tense") == Some("Pres"),
            _ => false,
        }
    }

    /// A person mention between the comma at token `comma` and the next comma ("…, Ursula von
    /// der Leyen, …"), with the token after that second comma.
    fn enclosed_person<'m>(&self, cx: &'m Cx, comma: usize) -> Option<(&'m MentionRef<'m>, usize)> {
        let m = person_after_comma(cx, comma)?;
        let after = cx.token_after(m.span.end);
        (cx.fs.get(after).is_some_and(|f| f == ",")).then_some((m, after + 1))
    }

    /// "selon X" read on the tree: X's whole phrase (appositions included) is the speaker and
    /// the clause it modifies the content.
    fn tree_prep(
        &self,
        cx: &Cx,
        cue: &Cue,
        state: &State,
        earlier: Option<&Speaker>,
    ) -> Option<Analysis> {
        let tx = cx.tree?;
        let t = &tx.view;
        let src = tree::according_to(t, &self.cues.tree)
            .into_iter()
            .find(|s| tx.tok[s.marker] == cue.head)?;
        let (a, b) = tx.tokens(&tree::phrase_of(t, src.source))?;
        let at = cx.toks[cue.start].span.start;
        let speaker = if b - a == 1 && self.cues.source_pronouns.contains(&cx.fs[a]) {
            self.source_pronoun(state, at, earlier)
                .map(|s| s.with_span(cx.toks[a].span))
        } else {
            self.named_apposition(cx, tx, src.source, state, at)
                .or_else(|| self.resolve_phrase(cx, a, b, state, at))
        }?;
        let mut clause = tx.tokens(&src.clause);
        // "Pour la présidente de la Commission, Ursula von der Leyen, l'Union …": the name in
        // apposition after the source is who the source is, and no part of the clause.
        let mut speaker = speaker;
        let phrase = Span::new(cx.toks[a].span.start, cx.toks[b - 1].span.end);
        let described = (a..b).any(|j| self.cues.speakers.contains_key(&cx.fs[j]))
            && !cx
                .ms
                .iter()
                .any(|m| m.person && !m.coref && phrase.contains(&m.span));
        if described {
            if let Some((m, after)) = self.enclosed_person(cx, b) {
                speaker = mention_speaker(m, Some(at));
                clause = clause
                    .map(|(s, e)| (s.max(after), e))
                    .filter(|(s, e)| s < e);
            }
        }
        let content = clause.and_then(|(s, e)| cx.content_span(s, e));
        let covers = clause.map_or(b, |(s, e)| if s > a { e } else { b });
        Some(Analysis {
            speaker,
            channel: None,
            content,
            direct: None,
            covers,
        })
    }

    fn prep_cue(
        &self,
        cx: &Cx,
        cue: &Cue,
        next_prep: usize,
        state: &State,
        earlier: Option<&Speaker>,
    ) -> Option<Analysis> {
        if let Some(a) = self.tree_prep(cx, cue, state, earlier) {
            return Some(a);
        }
        let (toks, fs) = (cx.toks, cx.fs);
        let n = toks.len();
        let at = toks[cue.start].span.start;
        let mut np_end = (cue.end..n).find(|&j| toks[j].punct).unwrap_or(n);
        if np_end == cue.end {
            return None;
        }
        // "According to the head of the regional administration, Oleksandr Prokudin, …": a
        // description naming no one, then the name in apposition.
        let phrase = Span::new(toks[cue.end].span.start, toks[np_end - 1].span.end);
        let apposed = self.enclosed_person(cx, np_end).filter(|_| {
            !cx.ms
                .iter()
                .any(|m| m.person && !m.coref && phrase.contains(&m.span))
        });
        let speaker = if let Some((m, after)) = apposed {
            np_end = after - 1;
            Some(mention_speaker(m, Some(at)))
        } else if np_end - cue.end == 1 && self.cues.source_pronouns.contains(&fs[cue.end]) {
            self.source_pronoun(state, at, earlier)
                .map(|s| s.with_span(toks[cue.end].span))
        } else {
            self.resolve_np(cx, cue.end, np_end, state, at)
        }?;
        // After a comma the cue opens its clause when little comes before ("Mais, selon X, …");
        // after a whole clause it closes it ("X rose 5 percent, according to Y, more than …").
        let clause = self.clause_start(cx, cue.start);
        let opens_clause = cue.start == clause
            || (cue.start > 0
                && fs[cue.start - 1] == ","
                && (clause..cue.start - 1).filter(|&j| !toks[j].punct).count() < 3);
        let (content, covers) = if opens_clause && np_end < n && fs[np_end] == "," {
            let s = np_end + 1;
            let end = self.content_end(cx, s, next_prep.max(s));
            (cx.content_span(s, end), end)
        } else {
            let mut end = cue.start;
            if end > 0 && fs[end - 1] == "," {
                end -= 1;
            }
            let start = self.clause_start(cx, end);
            (cx.content_span(start, end), np_end)
        };
        Some(Analysis {
            speaker,
            channel: None,
            content,
            direct: None,
            covers,
        })
    }

    /// The first token of the clause that contains token `i`: after the last clause-starting
    /// word (que, ;, :, dash…) before it.
    fn clause_start(&self, cx: &Cx, i: usize) -> usize {
        (0..i)
            .rev()
            .find(|&j| {
                self.cues.clause_starts.contains(&cx.fs[j])
                    && !self
                        .cues
                        .clause_start_exceptions
                        .iter()
                        .any(|e| e.len() <= j + 1 && cx.fs[j + 1 - e.len()..=j] == e[..])
                    && !cx.in_region(cx.toks[j].span)
                    && !cx.in_number(j)
                    && !cx.hyphen(j)
            })
            .map_or(0, |j| j + 1)
    }

    /// Where reported content starting at `s` ends: at a clause break (", mais", ", déclarant"),
    /// the next cue, or the end of the sentence.
    fn content_end(&self, cx: &Cx, s: usize, next_cue: usize) -> usize {
        let n = cx.toks.len();
        let mut end = next_cue.min(n);
        'scan: for j in s..end {
            if cx.in_region(cx.toks[j].span) {
                continue;
            }
            let at = |b: &Vec<String>| j + b.len() <= n && cx.fs[j..j + b.len()] == b[..];
            if self.cues.clause_break_exceptions.iter().any(at) {
                continue;
            }
            if self.cues.clause_breaks.iter().any(at) {
                end = j;
                break 'scan;
            }
        }
        // A next cue of the trailing kind (", a-t-il ajouté") leaves its comma behind.
        while end > s && cx.toks[end - 1].punct && !cx.toks[end - 1].quote {
            end -= 1;
        }
        end
    }

    /// The pronoun of a preposition cue ("selon lui", "d'après elle"): the speaker named
    /// earlier in the same sentence ("Le ministère a affirmé …, selon lui, …"), else the
    /// one before it.
    fn source_pronoun(
        &self,
        state: &State,
        at: usize,
        earlier: Option<&Speaker>,
    ) -> Option<Speaker> {
        earlier
            .cloned()
            .or_else(|| self.resolve_number(Number::Singular, state, at))
    }

    fn resolve_pronoun(&self, pronoun: &str, state: &State, at: usize) -> Option<Speaker> {
        let number = self
            .cues
            .pronouns
            .get(pronoun)
            .copied()
            .unwrap_or(Number::Singular);
        self.resolve_number(number, state, at)
    }

    /// Who a pronoun of this number stands for: a plural one for the last speaker, a singular
    /// one for the last speaker or the person named since, whichever is nearer.
    fn resolve_number(&self, number: Number, state: &State, at: usize) -> Option<Speaker> {
        let last = state.history.last();
        if number == Number::Plural {
            return last.cloned();
        }
        let idx = state.persons.partition_point(|m| m.span.end <= at);
        let person = idx.checked_sub(1).map(|i| state.persons[i]);
        match (last, person) {
            (Some(s), Some(p)) if s.at >= p.span.start => Some(s.clone()),
            (_, Some(p)) => Some(mention_speaker(p, None)),
            (Some(s), None) => Some(s.clone()),
            (None, None) => None,
        }
    }

    /// The subject of a forward cue among tokens `[a, b)`: the comma-separated segment nearest
    /// the verb that names someone. An appositive without determiner ("Aleksei Skabeі,
    /// responsable de …, a confirmé") gives way to the name before it.
    fn subject(&self, cx: &Cx, a: usize, b: usize, state: &State, at: usize) -> Option<Speaker> {
        let mut segments = Vec::new();
        let mut s = a;
        for j in a..b {
            if cx.fs[j] == "," {
                segments.push((s, j));
                s = j + 1;
            }
        }
        segments.push((s, b));
        let mut appositive = None;
        for &(s, e) in segments.iter().rev() {
            // A relative clause hanging on the subject ("X, qui avait suggéré à M. Orban de
            // …, a reconnu") names whom it mentions, not the speaker.
            if s >= e || self.cues.relatives.contains(&cx.fs[s]) {
                continue;
            }
            let Some(sp) = self.resolve_np(cx, s, e, state, at) else {
                continue;
            };
            if self.cues.speakers.contains_key(&cx.fs[s]) && !sp.person {
                appositive.get_or_insert(sp);
                continue;
            }
            return Some(sp);
        }
        appositive
    }

    /// The speaker named by tokens `[a, b)`.
    fn resolve_np(&self, cx: &Cx, a: usize, b: usize, state: &State, at: usize) -> Option<Speaker> {
        let (toks, fs) = (cx.toks, cx.fs);
        if a >= b {
            return None;
        }
        // A subject pronoun right before the verb ("Plus tard, il a affirmé").
        if self.cues.pronouns.contains_key(&fs[b - 1]) {
            return self
                .resolve_pronoun(&fs[b - 1], state, at)
                .map(|s| s.with_span(toks[b - 1].span));
        }
        let span = Span::new(toks[a].span.start, toks[b - 1].span.end);
        // Outermost mentions only: "militaire de l'OTAN" (an agent) contains "OTAN" (a name).
        let all: Vec<&MentionRef> = cx
            .ms
            .iter()
            .filter(|m| span.contains(&m.span) && !cx.in_region(m.span) && !m.mere_place)
            .collect();
        let inside: Vec<&MentionRef> = all
            .iter()
            .copied()
            .filter(|m| {
                !all.iter()
                    .any(|o| o.span != m.span && o.span.contains(&m.span))
            })
            .collect();
        // A person named in the subject, unless only as a complement ("le porte-parole de X").
        let person = inside.iter().find(|m| {
            m.person && {
                let t = cx.token_at(m.span.start);
                !(t > 0 && matches!(fs[t - 1].as_str(), "de" | "du" | "of" | "d'"))
            }
        });
        if let Some(p) = person.or_else(|| inside.iter().find(|m| m.person)) {
            return Some(mention_speaker(p, Some(at)));
        }
        let role = (a..b).find(|&j| self.cues.speakers.contains_key(&fs[j]));
        // A body the actors stage knows by this very name ("le ministère russe de la Défense"),
        // or that the coreference stage found the body of a country ("l'état-major" after
        // "les forces ukrainiennes"), is that body, not a description built from its words.
        let body = |m: &&&MentionRef| {
            m.how == Some(MentionHow::Name) || (m.coref && m.organisation && m.actor.is_some())
        };
        if let Some(m) = role.and_then(|r| {
            inside
                .iter()
                .find(|m| body(m) && !m.person && m.span.contains(&toks[r].span))
        }) {
            return Some(mention_speaker(m, Some(at)));
        }
        let first_mention = inside.first().map(|m| cx.token_at(m.span.start));
        if let Some(r) = role {
            // "le ministère biélorusse" (role first, even inside an agent mention) is a generic
            // speaker; "l'OTAN et ses responsables" (name first) is the named actor.
            // A name right before the role with nothing but qualifiers between is one more
            // qualifier ("A senior US defense official").
            let qualifying = inside.first().is_some_and(|m| {
                let end = cx.token_after(m.span.end);
                end <= r && (end..r).all(|j| self.cues.modifiers.contains_key(&fs[j]))
            });
            if qualifying || first_mention.is_none_or(|m| r <= m) {
                let np_start = (a..r)
                    .rev()
                    .take(3)
                    .find(|&j| {
                        self.cues.definite.contains(&fs[j]) || self.cues.indefinite.contains(&fs[j])
                    })
                    .unwrap_or(r);
                // (The qualifying name belongs to the description.)
                // (Qualifiers before the article-less role belong to it: "Western diplomats".)
                let np_start = {
                    let mut s = if qualifying {
                        first_mention.map_or(np_start, |m| np_start.min(m))
                    } else {
                        np_start
                    };
                    while s > a
                        && (self.cues.modifiers.contains_key(&fs[s - 1])
                            || self.cues.is_definite(cx.lang, &fs[s - 1])
                            || self.cues.is_indefinite(cx.lang, &fs[s - 1]))
                    {
                        s -= 1;
                    }
                    s
                };
                // A mention the coreference stage laid over the role word itself ("les
                // manifestants" → a country) says nothing of whose role it is.
                let inside: Vec<&MentionRef> = inside
                    .iter()
                    .copied()
                    .filter(|m| {
                        m.span.start >= toks[np_start].span.start
                            && !(m.coref && m.span.contains(&toks[r].span))
                    })
                    .collect();
                return self.generic(cx, np_start, b, r, &inside, state, at);
            }
        }
        if let Some(first) = inside.first() {
            // A group: mentions joined by "et", "and", commas and determiners.
            let mut group = vec![*first];
            for m in inside.iter().skip(1) {
                let prev = group.last().unwrap();
                let gap_from = cx.token_after(prev.span.end);
                let gap_to = cx.token_at(m.span.start);
                let joined = (gap_from..gap_to).all(|j| {
                    matches!(
                        fs[j].as_str(),
                        "et" | "and" | "," | "les" | "le" | "la" | "l'" | "the"
                    )
                });
                if joined && gap_to > gap_from {
                    group.push(m);
                } else {
                    break;
                }
            }
            if group.len() == 1 {
                return Some(mention_speaker(first, Some(at)));
            }
            let names: Vec<String> = group.iter().map(|m| display_name(m)).collect();
            let mut identity: Vec<String> = names.iter().flat_map(|n| words(n)).collect();
            identity.extend(group.iter().filter_map(|m| m.code.map(fold)));
            return Some(Speaker {
                id: names.join(" and ").into(),
                code: group[0].code.map(str::to_string),
                span: Some(Span::new(
                    group[0].span.start,
                    group.last().unwrap().span.end,
                )),
                person: false,
                identity: identity.into(),
                at,
            });
        }
        // No mention (the actors stage did not run or knows no one here): capitalised words.
        // A capital opening the sentence says nothing, unless the subject is nothing but
        // capitalised words before the verb ("Shelby said", "Mr. Rubio said") and the first is
        // not a function word ("This", "Some").
        let name_like = |j: usize| toks[j].cap || matches!(fs[j].as_str(), "-" | "'" | ".");
        let opening_name = a == 0
            && b - a <= 4
            && (a..b).all(name_like)
            && !self.cues.definite.contains(&fs[0])
            && !self.cues.indefinite.contains(&fs[0])
            && !self.cues.adverbs.contains(&fs[0])
            && !self.cues.not_names.contains(&fs[0]);
        // Words inside a quotation are the quoted speaker's, never the speaker's name.
        let caps: Vec<usize> = (a..b)
            .filter(|&j| {
                toks[j].cap
                    && !toks[j].punct
                    && (j > 0 || opening_name)
                    && !cx.in_region(toks[j].span)
                    && !cx
                        .ms
                        .iter()
                        .any(|m| m.mere_place && m.span.contains(&toks[j].span))
            })
            .collect();
        if let (Some(&first), Some(&last)) = (caps.first(), caps.last()) {
            if (first..=last).all(|j| {
                toks[j].cap || matches!(fs[j].as_str(), "-" | "'") || cx.abbreviation_dot(j)
            }) {
                let span = Span::new(toks[first].span.start, toks[last].span.end);
                let name = cx.slice(span);
                return Some(Speaker {
                    identity: words(&name).into(),
                    id: name.into(),
                    code: None,
                    span: Some(span),
                    person: true,
                    at,
                });
            }
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    fn generic(
        &self,
        cx: &Cx,
        a: usize,
        b: usize,
        role: usize,
        inside: &[&MentionRef],
        state: &State,
        at: usize,
    ) -> Option<Speaker> {
        let fs = cx.fs;
        let local = Span::new(cx.toks[a].span.start, cx.toks[b - 1].span.end);
        let definite = (a..role)
            .rev()
            .find(|&j| {
                self.cues.is_definite(cx.lang, &fs[j]) || self.cues.is_indefinite(cx.lang, &fs[j])
            })
            .is_some_and(|j| self.cues.is_definite(cx.lang, &fs[j]));
        let plural = fs[role].ends_with('s') || fs[role].ends_with('x');
        let mut rank = Vec::new();
        let mut domains = Vec::new();
        for (j, f) in fs.iter().enumerate().take(b).skip(a) {
            if j == role {
                continue;
            }
            if let Some(g) = self.cues.modifiers.get(f) {
                if g == "senior" {
                    rank.push(g.clone());
                } else if !domains.contains(g) {
                    domains.push(g.clone());
                }
            }
        }
        let mut actors: Vec<String> = Vec::new();
        for m in inside {
            // "des responsables occidentaux": an actor named by nothing but the role and
            // qualifier words is read from the qualifiers ("Western"), not once more as an
            // actor ("the West").
            let (ma, mb) = (cx.token_at(m.span.start), cx.token_after(m.span.end));
            if (ma..mb).all(|j| j == role || self.cues.modifiers.contains_key(&fs[j])) {
                continue;
            }
            let name = display_name(m);
            if !actors.contains(&name) {
                actors.push(name);
            }
        }
        let qualifiers: Vec<String> = domains
            .iter()
            .flat_map(|d| words(d))
            .chain(inside.iter().filter_map(|m| m.code.map(fold)))
            .chain(actors.iter().flat_map(|n| words(n)))
            .collect();
        // "le commandant d'une brigade": a complement with an indefinite article introduces
        // someone new, whatever the article of the head.
        let introduces = (role + 1..b).any(|j| {
            self.cues.is_indefinite(cx.lang, &fs[j])
                && j > role + 1
                && self.cues.complement_prepositions.contains(&fs[j - 1])
        });
        let institution = self.cues.institutions.contains(&fs[role]);
        if definite && !introduces {
            if qualifiers.is_empty() {
                // "le fonctionnaire", "les responsables": a recent speaker the role describes,
                // else the last speaker when the role can stand for them: a representative
                // speaks for whoever spoke last (a body included), a person's title for a
                // person; "le ministère" or "les manifestants" after someone else are new.
                let gloss = words(self.cues.speakers.get(&fs[role]).map_or("", String::as_str));
                if let Some(s) = state
                    .history
                    .iter()
                    .rev()
                    .take(5)
                    .find(|s| !gloss.is_empty() && gloss.iter().all(|g| s.identity.contains(g)))
                {
                    return Some(s.clone().with_span(local));
                }
                if let Some(last) = state.history.last() {
                    let representative = self.cues.representatives.contains(&fs[role]);
                    // A person's title after another person was named than the last speaker
                    // ("Le commandant en chef, Oleksandr Syrsky, est allé plus loin. … le
                    // général a assuré") is that person, as a pronoun would be.
                    let idx = state.persons.partition_point(|m| m.span.end <= at);
                    let named_since = state.persons[..idx]
                        .last()
                        .filter(|p| p.span.start > last.at && !representative);
                    if let (Some(p), false, false) = (named_since, institution, plural) {
                        return Some(mention_speaker(p, Some(at)).with_span(local));
                    }
                    if representative || (!institution && !plural && last.person) {
                        return Some(last.clone().with_span(local));
                    }
                }
            } else if !plural {
                // "le responsable de l'OTAN": the last speaker who fits the description…
                if let Some(s) = state
                    .history
                    .iter()
                    .rev()
                    .find(|s| qualifiers.iter().all(|q| s.identity.contains(q)))
                {
                    return Some(s.clone().with_span(local));
                }
                // …or the last person named whose code fits ("le responsable biélorusse"), when
                // the description can be a person's.
                if institution || !domains.is_empty() {
                    return Some(self.describe(
                        cx, local, role, rank, actors, domains, qualifiers, inside, at,
                    ));
                }
                let codes: Vec<&str> = inside.iter().filter_map(|m| m.code).collect();
                let idx = state.persons.partition_point(|m| m.span.end <= at);
                if let Some(p) = state.persons[..idx].iter().rev().take(3).find(|p| {
                    p.code
                        .is_some_and(|pc| codes.iter().any(|c| pc.starts_with(c)))
                }) {
                    return Some(mention_speaker(p, Some(at)).with_span(local));
                }
            }
        }
        Some(self.describe(
            cx, local, role, rank, actors, domains, qualifiers, inside, at,
        ))
    }

    /// A new generic speaker: "[senior] [actors] [domains] role", in English.
    #[allow(clippy::too_many_arguments)]
    fn describe(
        &self,
        cx: &Cx,
        local: Span,
        role: usize,
        rank: Vec<String>,
        actors: Vec<String>,
        domains: Vec<String>,
        qualifiers: Vec<String>,
        inside: &[&MentionRef],
        at: usize,
    ) -> Speaker {
        let gloss = self
            .cues
            .speakers
            .get(&cx.fs[role])
            .cloned()
            .unwrap_or_default();
        let mut parts = rank;
        parts.extend(actors);
        parts.extend(domains);
        parts.push(gloss);
        let id = parts.join(" ");
        let mut identity = words(&id);
        identity.extend(qualifiers);
        Speaker {
            id: id.into(),
            code: inside.first().and_then(|m| m.code.map(str::to_string)),
            span: Some(local),
            person: false,
            identity: identity.into(),
            at,
        }
    }
}

/// What the tree says of one verb cue.
struct TreeCue {
    speaker: Option<Speaker>,
    /// The subject follows the verb ("a indiqué l'état-major").
    inverted: bool,
    /// The token of the subject's head.
    subject_token: Option<usize>,
    /// Tokens `[a, b)` of the clausal complement.
    content: Option<(usize, usize)>,
    /// The verb has a direct object after it.
    object: bool,
}

struct Analysis {
    speaker: Speaker,
    channel: Option<String>,
    content: Option<Span>,
    direct: Option<usize>,
    /// One past the last token this cue's content or quotation takes.
    covers: usize,
}

/// The tokens of one sentence with what the detector needs around them.
struct Cx<'a> {
    toks: &'a [Tok],
    fs: &'a [String],
    regions: &'a [QuoteRegion],
    ms: &'a [MentionRef<'a>],
    /// The document's text (token spans are offsets into it).
    text: &'a str,
    /// The sentence's tree, when it has UD words.
    tree: Option<&'a Tx<'a>>,
    /// The document's language, when known (determiners differ between languages).
    lang: Option<&'a str>,
}

/// A sentence's tree and where its words stand among the detector's tokens (the words come
/// from the same tokenizer; the words of a contraction share their token).
struct Tx<'a> {
    view: TreeView<'a>,
    /// Word index → token index.
    tok: Vec<usize>,
}

impl Tx<'_> {
    /// The word of token `t` (a verb or auxiliary first, for a contraction's words).
    fn word_at(&self, t: usize) -> Option<usize> {
        let lo = self.tok.partition_point(|&x| x < t);
        let hi = self.tok.partition_point(|&x| x <= t);
        (lo..hi)
            .find(|&w| {
                matches!(
                    self.view.upos(w),
                    vigie_core::Upos::Verb | vigie_core::Upos::Aux
                )
            })
            .or((lo < hi).then_some(lo))
    }
    /// Whether a finite verb or auxiliary stands among tokens `[a, b)`.
    fn finite_in(&self, a: usize, b: usize) -> bool {
        let lo = self.tok.partition_point(|&x| x < a);
        let hi = self.tok.partition_point(|&x| x < b);
        (lo..hi).any(|w| self.view.feat(w, "VerbForm") == Some("Fin"))
    }
    /// The token range `[a, b)` that words `w` (in order) cover.
    fn tokens(&self, w: &[usize]) -> Option<(usize, usize)> {
        Some((self.tok[*w.first()?], self.tok[*w.last()?] + 1))
    }
}

impl Cx<'_> {
    fn in_region(&self, span: Span) -> bool {
        self.regions
            .iter()
            .any(|r| r.outer.start < span.start && span.end < r.outer.end)
    }
    /// Whether byte `at` follows the end of a quotation with nothing but spaces and a comma
    /// between ("« … », lâche-t-elle").
    fn right_after_quotation(&self, at: usize) -> bool {
        self.regions.iter().any(|r| {
            r.outer.end <= at
                && self.text[r.outer.end..at]
                    .chars()
                    .all(|c| c.is_whitespace() || c == ',')
        })
    }
    fn region_ending_at(&self, end: usize) -> Option<usize> {
        self.regions.iter().position(|r| r.outer.end == end)
    }
    fn region_starting_at(&self, start: usize) -> Option<usize> {
        self.regions.iter().position(|r| r.outer.start == start)
    }
    /// Index of the token that contains or follows byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.span.end <= at)
    }
    fn token_after(&self, end: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < end)
    }
    fn mention_starting_at(&self, tok: usize) -> Option<&MentionRef<'_>> {
        let t = self.toks.get(tok)?;
        // Allow a determiner before the channel ("à la BBC", "to the BBC").
        let t2 = self.toks.get(tok + 1);
        self.ms.iter().find(|m| {
            m.span.start == t.span.start
                || t2.is_some_and(|t2| m.span.start == t2.span.start && t.span.len() <= 3)
        })
    }
    /// Span of tokens `[s, e)` without trailing punctuation (quotation marks kept).
    fn content_span(&self, s: usize, e: usize) -> Option<Span> {
        let mut e = e;
        while e > s
            && self.toks[e - 1].punct
            && !self.toks[e - 1].quote
            && self.fs[e - 1] != "?"
            && self.fs[e - 1] != "!"
        {
            e -= 1;
        }
        let mut s = s;
        while s < e && self.toks[s].punct && !self.toks[s].quote {
            s += 1;
        }
        (e > s).then(|| Span::new(self.toks[s].span.start, self.toks[e - 1].span.end))
    }
    /// True when token `j` joins two digits without spaces ("8:30 p.m.", "3-2"): part of a
    /// number or a time, not punctuation that opens a clause.
    fn in_number(&self, j: usize) -> bool {
        let digit_at = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                self.text[t.span.start..t.span.end].starts_with(|c: char| c.is_ascii_digit())
            })
        };
        j > 0
            && self.toks[j - 1].span.end == self.toks[j].span.start
            && self
                .toks
                .get(j + 1)
                .is_some_and(|t| t.span.start == self.toks[j].span.end)
            && self.text[self.toks[j - 1].span.start..self.toks[j - 1].span.end]
                .ends_with(|c: char| c.is_ascii_digit())
            && digit_at(j + 1)
    }
    /// True when token `j` is a dash written between two words without spaces ("680-kilometre",
    /// "pro-Russian"): a hyphen inside a word, not a dash that opens a clause.
    fn hyphen(&self, j: usize) -> bool {
        self.fs[j] == "-"
            && j > 0
            && self.toks[j - 1].span.end == self.toks[j].span.start
            && self
                .toks
                .get(j + 1)
                .is_some_and(|t| t.span.start == self.toks[j].span.end && !t.punct)
    }
    /// True when token `j` is the period of an abbreviation ("Mr.", "Gov."): part of a name,
    /// not the end of a phrase.
    fn abbreviation_dot(&self, j: usize) -> bool {
        self.fs[j] == "."
            && j > 0
            && self.toks[j - 1].span.end == self.toks[j].span.start
            && Typography::shared()
                .is_abbreviation(&self.text[self.toks[j - 1].span.start..self.toks[j - 1].span.end])
    }
    fn slice(&self, span: Span) -> String {
        self.text[span.start..span.end].to_string()
    }
}

fn shift(s: Span, by: usize) -> Span {
    Span::new(s.start + by, s.end + by)
}

fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn display_name(m: &MentionRef) -> String {
    m.canonical.unwrap_or(m.surface).to_string()
}

fn mention_speaker(m: &MentionRef, at: Option<usize>) -> Speaker {
    if let Some(country) = m.government_of {
        let id = format!("government of {country}");
        let mut identity = words(&id);
        identity.extend(m.code.map(fold));
        return Speaker {
            id: id.into(),
            code: m.code.map(str::to_string),
            span: Some(m.span),
            person: false,
            identity: identity.into(),
            at: at.unwrap_or(m.span.start),
        };
    }
    let name = display_name(m);
    let mut identity = words(&name);
    identity.extend(m.code.map(fold));
    Speaker {
        id: m.actor.map(str::to_string).unwrap_or(name).into(),
        code: m.code.map(str::to_string),
        span: Some(m.span),
        person: m.person,
        identity: identity.into(),
        at: at.unwrap_or(m.span.start),
    }
}

fn quote(
    speaker: &Speaker,
    cue: Span,
    channel: Option<String>,
    direct: bool,
    partial: bool,
) -> Quote {
    Quote {
        speaker: Some(speaker.id.to_string()),
        speaker_code: speaker.code.clone(),
        speaker_span: speaker.span,
        cue_span: (!cue.is_empty()).then_some(cue),
        channel,
        direct,
        partial,
    }
}

/// True when the quotation is (nearly) the whole sentence.
/// Whether quoted words are a name (of an operation, a plan, a ship, a party) rather than
/// words someone said: at most five words, no sentence punctuation, and every word of four
/// letters or more capitalised or holding a digit, at least one of them.
fn is_label(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || inner.contains(['.', '!', '?', ';', ':', ',', '…'])
    {
        return false;
    }
    let mut long = 0;
    for w in &words {
        // The word after an elision ("l'Est") is the one that counts.
        let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
        if w.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            continue;
        }
        long += 1;
        let first = w.chars().next().unwrap_or(' ');
        if !(first.is_uppercase() || w.chars().any(|c| c.is_ascii_digit())) {
            return false;
        }
    }
    long > 0
}

fn covers_sentence(text: &str, sent: Span, r: &QuoteRegion) -> bool {
    let total = text.chars().filter(|c| c.is_alphanumeric()).count();
    let inner = (r.inner.start - sent.start, r.inner.end - sent.start);
    let quoted = text[inner.0..inner.1]
        .chars()
        .filter(|c| c.is_alphanumeric())
        .count();
    total > 0 && quoted * 10 >= total * 7
}

/// True when the quotation is presented as a whole utterance (after a colon or opening the
/// sentence), false for a fragment woven into the sentence.
fn opens_utterance(text: &str, sent: Span, r: &QuoteRegion) -> bool {
    let before = text[sent.start..r.outer.start]
        .trim_end_matches(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}');
    before.is_empty() || before.ends_with(':')
}

/// The person mention that starts right after the comma at token `comma`.
fn person_after_comma<'m>(cx: &'m Cx, comma: usize) -> Option<&'m MentionRef<'m>> {
    if cx.fs.get(comma).is_none_or(|f| f != ",") {
        return None;
    }
    cx.ms.iter().find(|m| {
        m.person
            && cx
                .toks
                .get(comma + 1)
                .is_some_and(|t| t.span.start == m.span.start)
    })
}
