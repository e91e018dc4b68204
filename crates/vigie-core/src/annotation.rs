//! Typed stand-off annotations. Each pipeline stage owns one or more layers.
//!
//! Annotations are serialised as JSON with a `layer` tag (that is how the store keeps them), so
//! new optional fields must carry `#[serde(default)]` to keep old stores readable.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::document::{Span, SpanView};
use crate::labels::{
    BoilerplateRole, DateGranularity, DateKind, EntityType, Hypothetical, LinkRule, MentionHow,
    Plover,
};

/// An annotation: a span of the original text and what a stage says about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    pub span: Span,
    #[serde(flatten)]
    pub data: AnnotationData,
}

/// An annotation as shown in JSON outputs and exports: its span as a [`SpanView`] (byte and
/// character offsets and the words) and what the stage says. Serialises like [`Annotation`]
/// with `char_start`, `char_end` and `text` added to `span`, and to every span inside the data
/// (a quote's `speaker_span` and `cue_span`, an event's `trigger_span`…): a reader slicing with
/// either kind of offset gets the same words everywhere.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnnotationView {
    pub span: SpanView,
    /// The annotation's data as JSON, its inner spans turned into span views.
    #[serde(flatten)]
    pub data: serde_json::Value,
}

/// The layers, one per kind of annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    Boilerplate,
    Paragraph,
    Sentence,
    Date,
    Mention,
    Quote,
    Event,
}

impl Layer {
    pub const ALL: [Layer; 7] = [
        Layer::Boilerplate,
        Layer::Paragraph,
        Layer::Sentence,
        Layer::Date,
        Layer::Mention,
        Layer::Quote,
        Layer::Event,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Boilerplate => "boilerplate",
            Layer::Paragraph => "paragraph",
            Layer::Sentence => "sentence",
            Layer::Date => "date",
            Layer::Mention => "mention",
            Layer::Quote => "quote",
            Layer::Event => "event",
        }
    }
}

impl std::fmt::Display for Layer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an annotation says, by layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "layer", rename_all = "snake_case")]
pub enum AnnotationData {
    Boilerplate(Boilerplate),
    Paragraph(Paragraph),
    Sentence(Sentence),
    Date(DateMention),
    Mention(Mention),
    Quote(Quote),
    Event(Event),
}

impl AnnotationData {
    pub fn layer(&self) -> Layer {
        match self {
            AnnotationData::Boilerplate(_) => Layer::Boilerplate,
            AnnotationData::Paragraph(_) => Layer::Paragraph,
            AnnotationData::Sentence(_) => Layer::Sentence,
            AnnotationData::Date(_) => Layer::Date,
            AnnotationData::Mention(_) => Layer::Mention,
            AnnotationData::Quote(_) => Layer::Quote,
            AnnotationData::Event(_) => Layer::Event,
        }
    }
}

macro_rules! into_data {
    ($($t:ident),*) => {$(
        impl From<$t> for AnnotationData {
            fn from(v: $t) -> Self { AnnotationData::$t(v) }
        }
    )*};
}
into_data!(Boilerplate, Paragraph, Sentence, Quote, Event, Mention);
impl From<DateMention> for AnnotationData {
    fn from(v: DateMention) -> Self {
        AnnotationData::Date(v)
    }
}

/// A region that is not article content (menu, ad label, "read also" teaser, cookie banner…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// What the region is: `language_menu`, `read_also`, `ad_label`, `cookie_banner`…
    pub role: BoilerplateRole,
    /// The lexicon cue that fired, if any (e.g. `fr:prefix:Lire aussi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
}

/// A content paragraph with its detected language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// ISO 639-1 code, or "other"; `None` when too short to tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub confidence: f64,
}

/// A sentence of content text: the one sentence layer that coreference, quotes and events read.
///
/// When the article's language has a syntax model, `words` holds its Universal Dependencies
/// words, in order (filled by the syntax stage, right after the sentence stage); for a language
/// without a model it stays empty, and so it does in stores written before syntax existed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<SyntaxWord>,
}

/// One Universal Dependencies word of a sentence.
///
/// `span` is the surface token the word comes from. The words of a multiword token (French
/// "du" = "de" + "le") share that token's span and carry their own `form`; every other word's
/// form is the text its span covers, so `form` is left out.
///
/// Stored compactly, as an array rather than an object, since a sentence has dozens of words:
/// `[start, end, "UPOS", "lemma", "feats", head, "deprel"]`, with `form` as an eighth item only
/// when present (`""` stands for an empty lemma or features, CoNLL-U's `_`). For example
/// `[10, 12, "ADP", "de", "", 3, "case", "de"]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxWord {
    pub span: Span,
    /// The word's form, only when it differs from the text of `span` (multiword-token parts).
    pub form: Option<String>,
    pub upos: Upos,
    /// The lemma, FEATS and relation are most often borrowed from the syntax model's labels
    /// (which live as long as the process): an ingest holds the words of hundreds of documents
    /// at once, and a string of its own for each would be millions of small allocations.
    pub lemma: Cow<'static, str>,
    /// Morphological features, `Feat=Val|Feat=Val` as in CoNLL-U; empty for none (`_`).
    pub feats: Cow<'static, str>,
    /// 1-based index of the head word in the sentence's `words`; 0 for the root.
    pub head: u32,
    /// Universal Dependencies relation to the head, with its subtype (`nsubj`, `obl:mod`).
    pub deprel: Cow<'static, str>,
}

impl Serialize for SyntaxWord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTuple;
        let mut t = serializer.serialize_tuple(7 + usize::from(self.form.is_some()))?;
        t.serialize_element(&self.span.start)?;
        t.serialize_element(&self.span.end)?;
        t.serialize_element(&self.upos)?;
        t.serialize_element(&self.lemma)?;
        t.serialize_element(&self.feats)?;
        t.serialize_element(&self.head)?;
        t.serialize_element(&self.deprel)?;
        if let Some(form) = &self.form {
            t.serialize_element(form)?;
        }
        t.end()
    }
}

impl<'de> Deserialize<'de> for SyntaxWord {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items;
        impl<'de> serde::de::Visitor<'de> for Items {
            type Value = SyntaxWord;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a syntax word [start, end, upos, lemma, feats, head, deprel, form?]")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<SyntaxWord, A::Error> {
                use serde::de::Error;
                // Item `k` of the array; a short array names how many it had.
                fn item<'de, A: serde::de::SeqAccess<'de>, T: Deserialize<'de>>(
                    seq: &mut A,
                    k: usize,
                ) -> Result<T, A::Error> {
                    seq.next_element()?
                        .ok_or_else(|| A::Error::invalid_length(k, &Items))
                }
                let start: usize = item(&mut seq, 0)?;
                let end: usize = item(&mut seq, 1)?;
                if start > end {
                    return Err(A::Error::custom(format!(
                        "syntax word span {start}..{end} ends before it starts"
                    )));
                }
                Ok(SyntaxWord {
                    span: Span::new(start, end),
                    upos: item(&mut seq, 2)?,
                    lemma: Cow::Owned(item(&mut seq, 3)?),
                    feats: Cow::Owned(item(&mut seq, 4)?),
                    head: item(&mut seq, 5)?,
                    deprel: Cow::Owned(item(&mut seq, 6)?),
                    form: seq.next_element()?,
                })
            }
        }
        deserializer.deserialize_seq(Items)
    }
}

impl SyntaxWord {
    /// The word's form: its own for a multiword-token part, else the text of its span.
    pub fn form<'t>(&'t self, text: &'t str) -> &'t str {
        match &self.form {
            Some(f) => f,
            None => text.get(self.span.start..self.span.end).unwrap_or(""),
        }
    }
}

/// The 17 universal part-of-speech tags (<https://universaldependencies.org/u/pos/>).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    /// Other, and what a model left untagged.
    #[default]
    X,
}

impl Upos {
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The tag as written in CoNLL-U (`NOUN`).
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Reads a CoNLL-U tag; anything else (`_`, a treebank's private tag) is `X`.
    pub fn parse(tag: &str) -> Upos {
        Upos::ALL
            .into_iter()
            .find(|u| u.as_str() == tag)
            .unwrap_or(Upos::X)
    }
}

impl std::fmt::Display for Upos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A date expression in the text, or the article's dateline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// Resolved date, ISO 8601 (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when it could be resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
    /// `absolute`, `relative`, `partial`, `dateline`.
    pub kind: DateKind,
    /// `day`, `week`, `month`, `part_of_month`, `year`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<DateGranularity>,
}

/// A name or description of an actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Mention {
    /// Knowledge-base id of the linked actor (`BLR`, `person:alexander_lukashenko`); `None` when
    /// the mention could not be linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// CAMEO actor code at the article's date, with sector (`BLRMIL`, `RUSGOV`, `NATO`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Canonical (English) name of the actor, or the grouped surface form when unlinked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// `country`, `person`, `organisation`, `place`, `armed_group`, `media`…
    pub entity_type: EntityType,
    /// How the mention was linked: `name`, `adjective`, `metonym`, `agent`, `partial_name`,
    /// `translit` (met through the transliteration name key), `ambiguous` (a name with several
    /// readings the context could not settle), `other_reading` (the name here is not the actor,
    /// e.g. the US state of Georgia), `unlinked`, `coreference` (a pronoun or description —
    /// "il", "le pays" — resolved by the coreference stage to an earlier mention's actor; not a
    /// name, so entity counts leave it out).
    /// `None` only in mentions stored before the field existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<MentionHow>,
    /// Why it is linked so: the rules that chose its actor, then its code, with what each
    /// read in the article (`vigie show --json`, `vigie entity --json`). Empty in mentions
    /// stored before the field existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub why: Vec<LinkWhy>,
}

/// One reason of a [`Mention`]'s link: the rule, and what it read ("candidates: Georgia (US
/// state)", "title: président", "role at 2024-05-01: President of Belarus").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkWhy {
    pub rule: LinkRule,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl LinkWhy {
    pub fn new(rule: LinkRule, detail: Option<String>) -> LinkWhy {
        LinkWhy { rule, detail }
    }
}

/// A quotation: direct (inside quotation marks) or reported speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Quote {
    /// Actor id or description of the speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<Span>,
    /// The speech verb or cue ("a déclaré", "selon", "said").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue_span: Option<Span>,
    /// Channel the words were given to ("à CNN", "told Reuters").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    pub direct: bool,
    #[serde(default)]
    pub partial: bool,
}

/// Who did what to whom, coded in CAMEO and PLOVER, with modality kept apart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Event {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_code: Option<String>,
    /// CAMEO event code, 2–4 digits.
    pub cameo: String,
    /// The PLOVER type of the CAMEO code; `None` (written `""`) for 01x and 02x, which PLOVER
    /// does not code.
    #[serde(with = "crate::labels::plover_or_empty")]
    pub plover: Option<Plover>,
    pub goldstein: f64,
    /// Span of the words that triggered the pattern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_span: Option<Span>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Event date, ISO 8601, resolved from the text's dates and the publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default)]
    pub negated: bool,
    /// `None` when asserted as real; otherwise `future`, `conditional`, `possibility`,
    /// `intent`, `readiness`, `prediction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hypothetical: Option<Hypothetical>,
    /// Who asserts it: `article` (the outlet itself) or the quoted speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<String>,
    #[serde(default)]
    pub alleged: bool,
    /// Pattern id that fired, for error analysis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_round_trip_through_json_with_layer_tag() {
        let a = Annotation {
            span: Span::new(3, 9),
            data: Mention {
                actor: Some("BLR".into()),
                entity_type: EntityType::Country,
                ..Default::default()
            }
            .into(),
        };
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains("\"layer\":\"mention\""), "{json}");
        let back: Annotation = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
    }
}
