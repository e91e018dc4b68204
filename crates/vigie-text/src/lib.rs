//! Sentence segmentation and tokenisation that survive news typography.
//!
//! News text mixes « guillemets » with non-breaking spaces, “curly” and "straight" quotes
//! (sometimes mismatched, « … "), apostrophes ’ and ', title abbreviations (M., Mme, Gen., т. е.)
//! and numbers grouped with spaces ("30 000") or decimal commas ("1,5 milliard"). Everything
//! language-specific (abbreviations, quotation marks, elisions) is read from
//! `lexicons/<lang>/text.toml`; the code only knows Unicode classes.
//!
//! Every function returns byte [`Span`]s into the text it was given, so results can be stored as
//! stand-off annotations. [`SentenceStage`] adds `Sentence` annotations over a document's content
//! lines; [`sentences_of`] gives a document's sentences whether or not the stage ran.
//!
//! [`tokens`] is the pipeline's one tokenizer: the syntax stage builds its UD words from it, and
//! the matchers of later stages (actor linking, coreference, event phrases) read it through a
//! folded copy of the text ([`folded_tokens`]). [`is_heading`] is the one test for title and
//! caption lines.

mod config;
mod folded;
mod heading;
mod quotes;
mod sentences;
mod tokens;

pub use config::{Typography, TypographyError};
pub use folded::{folded_tokens, FoldedToken};
pub use heading::is_heading;
pub use quotes::{quote_regions, QuoteMark, QuoteRegion};
pub use sentences::{sentences, sentences_in, sentences_of, SentenceStage};
pub use tokens::{tokens, Token, TokenKind};
pub use vigie_core::Span;
