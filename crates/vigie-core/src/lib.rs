//! The vigie document model.
//!
//! Every article is one [`Document`]: the original text, stored untouched, plus metadata and a
//! list of typed stand-off [`Annotation`]s. An annotation never copies text: it holds a byte
//! [`Span`] into [`Document::text`], so any fact can be shown with the exact words it came from.
//!
//! Pipeline stages (clean, language, actors, quotes, events…) implement [`Stage`]: they read the
//! document and push annotations; none of them edits or re-slices the text on its own.

pub mod annotation;
pub mod document;
pub mod fold;
pub mod id;
pub mod labels;
pub mod stage;
pub mod tree;

pub use annotation::{
    Annotation, AnnotationData, AnnotationView, Boilerplate, DateMention, Event, Layer, LinkWhy,
    Mention, Paragraph, Quote, Sentence, SyntaxWord, Upos,
};
pub use document::{CharOffsets, Document, InputFormat, Metadata, Span, SpanView};
pub use id::{fnv1a, ArticleId};
pub use labels::{
    BoilerplateRole, DateGranularity, DateKind, EntityType, Hypothetical, LinkRule, MentionHow,
    Plover, UnknownLabel,
};
pub use stage::{Pipeline, Stage, StageError};
pub use tree::TreeView;
