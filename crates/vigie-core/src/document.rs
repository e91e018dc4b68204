//! [`Document`], [`Span`] and [`Metadata`].

use serde::{Deserialize, Serialize};

use crate::annotation::{Annotation, AnnotationData, AnnotationView, Layer};
use crate::id::ArticleId;

/// A half-open byte range `[start, end)` into a document's original text.
///
/// Both ends always fall on UTF-8 character boundaries (checked by [`Document::annotate`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A span as shown to users: the byte range, the same range in characters, and the words.
///
/// Byte offsets index the UTF-8 text (Rust `&text[start..end]`); character offsets count
/// Unicode scalar values, which is what Python `str` indices, JavaScript `Array.from` and
/// Polars/DuckDB string functions count, so `text[char_start:char_end]` in Python gives the same
/// words. Every JSON output and export that carries an annotation uses this view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanView {
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub text: String,
}

impl SpanView {
    /// The view of `span` in `text`. Panics if the span is not a valid range of `text`, as
    /// [`Document::slice`] does (spans are checked when annotations are added).
    pub fn new(text: &str, span: Span) -> SpanView {
        let before = &text[..span.start];
        let words = &text[span.start..span.end];
        let char_start = before.chars().count();
        SpanView {
            start: span.start,
            end: span.end,
            char_start,
            char_end: char_start + words.chars().count(),
            text: words.to_string(),
        }
    }
}

/// Replaces every span inside an annotation's JSON (an object of exactly `start` and `end`,
/// as [`Span`] serialises) by its [`SpanView`], at any depth.
fn views_for_inner_spans(value: &mut serde_json::Value, offsets: &CharOffsets<'_>) {
    match value {
        serde_json::Value::Object(map) => {
            let span = match (map.len(), map.get("start"), map.get("end")) {
                (2, Some(s), Some(e)) => s.as_u64().zip(e.as_u64()),
                _ => None,
            };
            match span {
                Some((start, end)) if offsets.is_span(start as usize, end as usize) => {
                    let view = offsets.view(Span::new(start as usize, end as usize));
                    *value = serde_json::to_value(view).unwrap_or_default();
                }
                _ => map
                    .values_mut()
                    .for_each(|v| views_for_inner_spans(v, offsets)),
            }
        }
        serde_json::Value::Array(items) => items
            .iter_mut()
            .for_each(|v| views_for_inner_spans(v, offsets)),
        _ => {}
    }
}

/// Byte → character offsets of one text, for turning many spans into [`SpanView`]s without
/// counting from the start of the text each time: the character count is kept at every 64th
/// byte, and only the bytes after the nearest checkpoint are counted.
pub struct CharOffsets<'a> {
    text: &'a str,
    /// `checkpoints[i]` = characters in `text[..i * 64]` (`None` for pure ASCII text, where
    /// characters and bytes agree).
    checkpoints: Option<Vec<usize>>,
}

const CHECKPOINT_BYTES: usize = 64;

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        if text.is_ascii() {
            return CharOffsets {
                text,
                checkpoints: None,
            };
        }
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / CHECKPOINT_BYTES + 1);
        let mut chars = 0;
        for chunk in bytes.chunks(CHECKPOINT_BYTES) {
            checkpoints.push(chars);
            // A character starts at every byte that is not a UTF-8 continuation byte.
            chars += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count();
        }
        checkpoints.push(chars);
        CharOffsets {
            text,
            checkpoints: Some(checkpoints),
        }
    }

    /// Whether `start..end` is a range of the text on character boundaries.
    pub fn is_span(&self, start: usize, end: usize) -> bool {
        start <= end
            && end <= self.text.len()
            && self.text.is_char_boundary(start)
            && self.text.is_char_boundary(end)
    }

    /// Characters (Unicode scalar values) before byte offset `byte`, which must lie on a
    /// character boundary of the text.
    pub fn char_offset(&self, byte: usize) -> usize {
        match &self.checkpoints {
            None => byte,
            Some(cp) => {
                let i = byte / CHECKPOINT_BYTES;
                cp[i]
                    + self.text.as_bytes()[i * CHECKPOINT_BYTES..byte]
                        .iter()
                        .filter(|&&b| (b as i8) >= -0x40)
                        .count()
            }
        }
    }

    /// The view of `span` (see [`SpanView`]).
    pub fn view(&self, span: Span) -> SpanView {
        SpanView {
            start: span.start,
            end: span.end,
            char_start: self.char_offset(span.start),
            char_end: self.char_offset(span.end),
            text: self.text[span.start..span.end].to_string(),
        }
    }
}

/// How the article reached vigie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    #[default]
    Text,
    Html,
    Jsonl,
}

/// What is known about an article besides its text. Fields come from the input (JSON Lines
/// fields, HTML metadata) or from pipeline stages (detected language, dateline).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Publication date, ISO 8601 (`YYYY-MM-DD` or a full timestamp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Where `published` came from ("input", "json-ld", "og", "dateline", "url"…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_source: Option<String>,
    /// ISO 639-1 code of the article's language, or "other".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub format: InputFormat,
}

/// One article: its original text, metadata and stand-off annotations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: ArticleId,
    /// The article text exactly as ingested (for HTML input: the extracted main text).
    pub text: String,
    /// For HTML input, the page as received; spans never point into it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
    pub meta: Metadata,
    #[serde(default)]
    pub annotations: Vec<Annotation>,
}

impl Document {
    /// A new document; its id is derived from the normalised text and the URL when known.
    pub fn new(text: String, meta: Metadata) -> Self {
        let id = ArticleId::for_content(&text, meta.url.as_deref());
        Document {
            id,
            text,
            html: None,
            meta,
            annotations: Vec::new(),
        }
    }

    /// The exact words a span covers.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// The span with its character offsets and words (see [`SpanView`]).
    pub fn span_view(&self, span: Span) -> SpanView {
        SpanView::new(&self.text, span)
    }

    /// Byte → character offsets of the text, for many span views (see [`CharOffsets`]).
    pub fn char_offsets(&self) -> CharOffsets<'_> {
        CharOffsets::new(&self.text)
    }

    /// Every annotation with its span view, in order (see [`AnnotationView`]).
    pub fn annotation_views(&self) -> Vec<AnnotationView> {
        let offsets = self.char_offsets();
        self.annotations
            .iter()
            .map(|a| {
                let mut data = serde_json::to_value(&a.data).unwrap_or_default();
                views_for_inner_spans(&mut data, &offsets);
                AnnotationView {
                    span: offsets.view(a.span),
                    data,
                }
            })
            .collect()
    }

    /// Adds an annotation. Panics if the span is out of bounds or splits a character: that is a
    /// bug in the stage that produced it, and silently storing it would corrupt provenance.
    pub fn annotate(&mut self, span: Span, data: impl Into<AnnotationData>) {
        assert!(
            span.end <= self.text.len()
                && self.text.is_char_boundary(span.start)
                && self.text.is_char_boundary(span.end),
            "annotation span {span:?} is not a valid range of a {}-byte text",
            self.text.len()
        );
        self.annotations.push(Annotation {
            span,
            data: data.into(),
        });
    }

    /// Annotations of one layer, in insertion order.
    pub fn layer(&self, layer: Layer) -> impl Iterator<Item = &Annotation> {
        self.annotations
            .iter()
            .filter(move |a| a.data.layer() == layer)
    }

    /// True when `span` lies inside a region marked as boilerplate.
    pub fn is_boilerplate(&self, span: Span) -> bool {
        self.layer(Layer::Boilerplate)
            .any(|a| a.span.contains(&span))
    }

    /// The lines of the text with their spans (without the line terminator).
    pub fn lines(&self) -> impl Iterator<Item = (Span, &str)> {
        line_spans(&self.text).map(move |s| (s, &self.text[s.start..s.end]))
    }

    /// Content lines: non-blank lines not covered by a boilerplate annotation.
    pub fn content_lines(&self) -> Vec<(Span, &str)> {
        let boiler: Vec<Span> = self.layer(Layer::Boilerplate).map(|a| a.span).collect();
        self.lines()
            .filter(|(s, l)| !l.trim().is_empty() && !boiler.iter().any(|b| b.contains(s)))
            .collect()
    }
}

/// Spans of the lines of `text`, excluding `\n` / `\r\n` terminators.
pub fn line_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    let bytes = text.as_bytes();
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = memchr_newline(&bytes[start..]).map_or(bytes.len(), |i| start + i);
        let mut line_end = end;
        if line_end > start && bytes[line_end - 1] == b'\r' {
            line_end -= 1;
        }
        let span = Span::new(start, line_end);
        start = end + 1;
        Some(span)
    })
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::Boilerplate;

    #[test]
    fn line_spans_cover_text_without_terminators() {
        let text = "a\r\nbb\n\nccc";
        let lines: Vec<&str> = line_spans(text).map(|s| &text[s.start..s.end]).collect();
        assert_eq!(lines, vec!["a", "bb", "", "ccc"]);
    }

    #[test]
    fn content_lines_skip_boilerplate() {
        let mut doc = Document::new("PUBLICITÉ\nLe texte.\n".into(), Metadata::default());
        doc.annotate(
            Span::new(0, 10),
            Boilerplate {
                role: crate::BoilerplateRole::AdLabel,
                cue: None,
            },
        );
        let content: Vec<&str> = doc.content_lines().into_iter().map(|(_, l)| l).collect();
        assert_eq!(content, vec!["Le texte."]);
    }

    #[test]
    fn inner_spans_of_an_annotation_get_views_too() {
        let mut doc = Document::new("Лукашенко a dit « non ».".to_string(), Metadata::default());
        let cue = doc.text.find("dit").unwrap();
        doc.annotate(
            Span::new(0, doc.text.len()),
            crate::Quote {
                cue_span: Some(Span::new(cue, cue + 3)),
                ..Default::default()
            },
        );
        let json = serde_json::to_value(doc.annotation_views()).unwrap();
        let view = &json[0]["cue_span"];
        assert_eq!(view["text"], "dit", "{json}");
        assert_eq!(
            (view["char_start"].as_u64(), view["char_end"].as_u64()),
            (Some(12), Some(15))
        );
        assert_eq!(view["start"].as_u64(), Some(cue as u64));
    }

    #[test]
    fn span_views_count_characters_as_python_does() {
        // Accented Latin (2 bytes), Cyrillic (2 bytes) and an emoji outside the BMP (4 bytes,
        // one Python character, two UTF-16 units).
        let text = "La Biélorussie 🇧🇾 et Лукашенко 🙂 ont parlé.";
        let doc = Document::new(text.into(), Metadata::default());
        let start = text.find("Лукашенко").unwrap();
        let v = doc.span_view(Span::new(start, start + "Лукашенко".len()));
        assert_eq!(v.text, "Лукашенко");
        assert_eq!((v.start, v.end), (start, start + 18));
        // Python: text.index("Лукашенко") == 21 ("🇧🇾" is two scalars).
        assert_eq!((v.char_start, v.char_end), (21, 30));
        let chars: Vec<char> = text.chars().collect();
        let by_chars: String = chars[v.char_start..v.char_end].iter().collect();
        assert_eq!(by_chars, v.text);
        let emoji = text.find('🙂').unwrap();
        let e = doc.span_view(Span::new(emoji, emoji + 4));
        assert_eq!((e.char_start, e.char_end, e.text.as_str()), (31, 32, "🙂"));
        // The checkpointed table agrees with counting from the start at every boundary.
        let long = text.repeat(9);
        let offsets = CharOffsets::new(&long);
        for (b, _) in long.char_indices().chain([(long.len(), ' ')]) {
            assert_eq!(
                offsets.char_offset(b),
                long[..b].chars().count(),
                "byte {b}"
            );
        }
        assert_eq!(offsets.view(Span::new(start, start + 18)), v);
        let ascii = CharOffsets::new("plain text");
        assert_eq!(ascii.view(Span::new(6, 10)).char_start, 6);
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["char_start"], 31);
        assert_eq!(json["start"], emoji);
    }

    #[test]
    #[should_panic(expected = "not a valid range")]
    fn annotate_rejects_split_characters() {
        let mut doc = Document::new("é".into(), Metadata::default());
        doc.annotate(
            Span::new(0, 1),
            Boilerplate {
                role: crate::BoilerplateRole::AdLabel,
                cue: None,
            },
        );
    }
}
