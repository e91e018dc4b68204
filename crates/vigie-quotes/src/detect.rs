//! Finding quotations in one document, sentence by sentence.
//!
//! Per sentence, the detector finds cues (speech verbs with their auxiliaries, and preposition
//! cues such as "selon X"), then decides for each cue where its speaker and its content are:
//!
//! - forward: `SPEAKER [aux] VERB [à CHANNEL] … que CONTENT` or `… VERB : « QUOTE »`;
//! - trailing: `« QUOTE », a ajouté SPEAKER`, `CONTENT, a source said`, `…, a-t-il ajouté`;
//! - preposition: `Selon SPEAKER, CONTENT` or `CONTENT, selon SPEAKER`.
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
use vigie_core::{Document, Layer, Quote, Span};
use vigie_text::{quote_regions, QuoteRegion, TokenKind, Typography};

use crate::lexicon::{Cues, Number};

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
                vigie_core::AnnotationData::Mention(m) => Some(MentionRef {
                    span: a.span,
                    actor: m.actor.as_deref(),
                    code: m.code.as_deref(),
                    canonical: m.canonical.as_deref(),
                    surface: &doc.text[a.span.start..a.span.end],
                    person: m.entity_type == vigie_core::EntityType::Person,
                }),
                _ => None,
            })
            .collect();
        mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
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
                .filter(|m| m.person && !inside_quote(m.span))
                .collect(),
        };
        let mut out = Vec::new();
        let whole_clause = doc
            .meta
            .language
            .as_deref()
            .is_some_and(|l| self.cues.whole_clause.contains(l));
        for (sent, regions) in sentences.iter().zip(&regions) {
            let s = Sentence {
                span: *sent,
                regions,
                whole_clause,
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
        let has_trigger = fs.iter().any(|f| {
            self.cues.triggers.contains(f)
                || self.cues.split_inverted(f).is_some_and(|(p, _)| {
                    self.cues.triggers.contains(p) || self.cues.auxiliaries.contains(p)
                })
        });
        if !has_trigger && regions.is_empty() {
            return;
        }
        let lo = mentions.partition_point(|m| m.span.start < sent.start);
        let hi = mentions.partition_point(|m| m.span.start < sent.end);
        let ms = &mentions[lo..hi];
        let cx = Cx {
            text: &doc.text,
            toks: &toks,
            fs: &fs,
            regions,
            ms,
        };
        let cues = self.find_cues(&cx);
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
                CueKind::Prep => self.prep_cue(&cx, cue, next_prep, state),
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
        emitted.sort_by_key(|s| s.at);
        state.history.extend(emitted);
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
                if self
                    .cues
                    .verbs
                    .get(verb)
                    .is_some_and(|v| v.iter().any(|p| p.len() == 1))
                {
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
        if let Some(a) = self.trailing(cx, cue, next_any, state) {
            return Some(a);
        }
        // Forward: speaker before the verb, content after it.
        let speaker = if let Some(p) = &cue.inverted {
            self.resolve_pronoun(p, state, at)
                .map(|s| s.with_span(toks[cue.start].span))
        } else if cue.start > 0
            && matches!(fs[cue.start - 1].as_str(), "et" | "and" | "puis" | "then")
            && prev_speaker.is_some()
        {
            // "il a affirmé que …, et a accusé …": the same subject.
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
        let content = content_start.and_then(|s| {
            let end = self.content_end(cx, s, next_prep);
            covers = end;
            cx.content_span(s, end)
        });
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
    fn trailing(&self, cx: &Cx, cue: &Cue, next_any: usize, state: &State) -> Option<Analysis> {
        let (toks, fs) = (cx.toks, cx.fs);
        let n = toks.len();
        let at = toks[cue.start].span.start;
        let opens_content = (cue.end..next_any.min(n))
            .any(|j| self.cues.complementizers.contains(&fs[j]) || fs[j] == ":" || fs[j] == ";");
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
        let tail_ok = (tail_end..n).all(|j| toks[j].punct && !toks[j].quote);
        let np_start = (b + 1..cue.start).find(|&j| !dash(j)).unwrap_or(cue.start);
        // A parenthetical attribution: `A, SPEAKER said [on Tuesday], B`. The sentence goes on
        // after the comma that closes the cue, and both sides are what was said.
        let resumes = !tail_ok
            && np_start < cue.start
            && !toks[b].quote
            && !toks[b - 1].quote
            && fs.get(tail_end).is_some_and(|f| f == ",")
            && toks.get(tail_end + 1).is_some_and(|t| !t.punct && !t.quote);
        if !(tail_ok || resumes) || tail_end - cue.end > 8 {
            return None;
        }
        let speaker = if np_start < cue.start {
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
            self.resolve_np(cx, cue.end, tail_end, state, at)
        } else {
            None
        }?;
        let quote_end = if toks[b].quote {
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

    fn prep_cue(&self, cx: &Cx, cue: &Cue, next_prep: usize, state: &State) -> Option<Analysis> {
        let (toks, fs) = (cx.toks, cx.fs);
        let n = toks.len();
        let at = toks[cue.start].span.start;
        let np_end = (cue.end..n).find(|&j| toks[j].punct).unwrap_or(n);
        if np_end == cue.end {
            return None;
        }
        let speaker = if np_end - cue.end == 1 && self.cues.source_pronouns.contains(&fs[cue.end]) {
            self.resolve_pronoun("il", state, at)
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

    fn resolve_pronoun(&self, pronoun: &str, state: &State, at: usize) -> Option<Speaker> {
        let number = self
            .cues
            .pronouns
            .get(pronoun)
            .copied()
            .unwrap_or(Number::Singular);
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
            if s >= e {
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
            .filter(|m| span.contains(&m.span) && !cx.in_region(m.span))
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
        let first_mention = inside.first().map(|m| cx.token_at(m.span.start));
        if let Some(r) = role {
            // "le ministère biélorusse" (role first, even inside an agent mention) is a generic
            // speaker; "l'OTAN et ses responsables" (name first) is the named actor.
            if first_mention.is_none_or(|m| r <= m) {
                let np_start = (a..r)
                    .rev()
                    .take(3)
                    .find(|&j| {
                        self.cues.definite.contains(&fs[j]) || self.cues.indefinite.contains(&fs[j])
                    })
                    .unwrap_or(r);
                let inside: Vec<&MentionRef> = inside
                    .iter()
                    .copied()
                    .filter(|m| m.span.start >= toks[np_start].span.start)
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
        let caps: Vec<usize> = (a..b)
            .filter(|&j| toks[j].cap && !toks[j].punct && (j > 0 || opening_name))
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
            .find(|&j| self.cues.definite.contains(&fs[j]) || self.cues.indefinite.contains(&fs[j]))
            .is_some_and(|j| self.cues.definite.contains(&fs[j]));
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
        if definite {
            if qualifiers.is_empty() {
                // "le fonctionnaire", "les responsables": the last speaker.
                if let Some(last) = state.history.last() {
                    return Some(last.clone().with_span(local));
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
                if self.cues.institutions.contains(&fs[role]) || !domains.is_empty() {
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
}

impl Cx<'_> {
    fn in_region(&self, span: Span) -> bool {
        self.regions
            .iter()
            .any(|r| r.outer.start < span.start && span.end < r.outer.end)
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
