//! Typed stand-off annotations. Each pipeline stage owns one or more layers.
//!
//! Annotations are serialised as JSON with a `layer` tag (that is how the store keeps them), so
//! new optional fields must carry `#[serde(default)]` to keep old stores readable.

use serde::{Deserialize, Serialize};

use crate::document::{Span, SpanView};

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
    pub role: String,
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

/// A sentence of content text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {}

/// A date expression in the text, or the article's dateline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// Resolved date, ISO 8601 (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when it could be resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
    /// `absolute`, `relative`, `partial`, `dateline`…
    pub kind: String,
    /// `day`, `month`, `year`, `part_of_month`…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<String>,
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
    pub entity_type: String,
    /// How the mention was linked: `name`, `adjective`, `metonym`, `agent`, `partial_name`,
    /// `translit` (met through the transliteration name key), `ambiguous` (a name with several
    /// readings the context could not settle), `other_reading` (the name here is not the actor,
    /// e.g. the US state of Georgia), `unlinked`, `coreference` (a pronoun or description —
    /// "il", "le pays" — resolved by the coreference stage to an earlier mention's actor; not a
    /// name, so entity counts leave it out).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub how: String,
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
    pub plover: String,
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
    pub hypothetical: Option<String>,
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
                entity_type: "country".into(),
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
