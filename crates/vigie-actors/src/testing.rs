//! What the unit tests of the passes over the sentence layer share.

use vigie_core::{Document, Metadata, Sentence, Span, SyntaxWord, Upos};

/// A one-sentence French document whose words are the space-separated pieces of `text`,
/// tagged with `tags` (one UPOS per piece); every verb is finite (`Mood=Ind|VerbForm=Fin`).
pub(crate) fn tagged_doc(text: &str, tags: &str) -> Document {
    let mut words = Vec::new();
    let mut at = 0;
    for (piece, tag) in text.split(' ').zip(tags.split(' ')) {
        words.push(SyntaxWord {
            span: Span::new(at, at + piece.len()),
            form: None,
            upos: Upos::parse(tag),
            lemma: "".into(),
            feats: if matches!(tag, "VERB" | "AUX") {
                "Mood=Ind|VerbForm=Fin".into()
            } else {
                "".into()
            },
            head: 0,
            deprel: "".into(),
        });
        at += piece.len() + 1;
    }
    assert_eq!(words.len(), tags.split(' ').count(), "one tag per word");
    let meta = Metadata {
        language: Some("fr".into()),
        ..Default::default()
    };
    let mut d = Document::new(text.to_string(), meta);
    d.annotate(Span::new(0, text.len()), Sentence { words });
    d
}
