//! UD words of a document's sentences, built from the one tokenizer of the pipeline
//! (`vigie_text::tokens`) and the language's contraction table
//! (`lexicons/<lang>/contractions.toml`), and the conversions between the annotation layer
//! ([`vigie_core::SyntaxWord`]) and CoNLL-U ([`crate::Sentence`]).
//!
//! The syntax stage and `vigie extract --conllu` both go through here, so the words a store
//! holds and the words printed as CoNLL-U are the same.

use std::borrow::Cow;

use vigie_core::{Span, SyntaxWord, Upos};

use crate::model::Analysis;
use crate::tokens::{sentence_from_tokens_keeping, Contractions};
use crate::{MultiwordToken, Sentence, SyntaxModel, Word};

/// The words of the sentence at `sentence` (a span of `text`), untagged, and the span of each:
/// a token's own span, shared by all the words of a contraction ("du" → "de" + "le"). Every
/// contraction of the table is split (see [`tagged_words_of`] for those that depend on the
/// word before them).
pub fn words_of(text: &str, sentence: Span, contractions: &Contractions) -> (Sentence, Vec<Span>) {
    let Some(tokens) = tokens_of(text, sentence) else {
        return (Sentence::default(), Vec::new());
    };
    let (s, spans, _) = build(text, &tokens, contractions, &[]);
    (s, spans)
}

/// [`words_of`], with the contractions whose reading depends on the word before them
/// (`whole_after` in `contractions.toml`: "des" after a verb or a preposition is the article,
/// one word; after a noun, "de" + "les") decided by `model`'s tag of that word. Only sentences
/// holding such a token are tagged one more time, split as the table says.
pub fn tagged_words_of(
    text: &str,
    sentence: Span,
    contractions: &Contractions,
    model: &SyntaxModel,
) -> (Sentence, Vec<Span>) {
    let Some(tokens) = tokens_of(text, sentence) else {
        return (Sentence::default(), Vec::new());
    };
    let (s, spans, first_word) = build(text, &tokens, contractions, &[]);
    let ambiguous = |&(start, end): &(usize, usize)| {
        text.get(start..end)
            .is_some_and(|t| contractions.depends_on_tags(t))
    };
    if !tokens.iter().any(ambiguous) {
        return (s, spans);
    }
    let tags = model.upos_tags(&s);
    let whole: Vec<bool> = tokens
        .iter()
        .zip(&first_word)
        .map(|(&(start, end), first)| {
            let previous = first.and_then(|w| w.checked_sub(1)).map(|w| tags[w]);
            match (text.get(start..end), previous) {
                (Some(token), Some(previous)) => contractions.whole_after(token, previous),
                _ => false,
            }
        })
        .collect();
    if !whole.contains(&true) {
        return (s, spans);
    }
    let (s, spans, _) = build(text, &tokens, contractions, &whole);
    (s, spans)
}

/// The token spans (byte offsets into `text`) of the sentence at `sentence`.
fn tokens_of(text: &str, sentence: Span) -> Option<Vec<(usize, usize)>> {
    let part = text.get(sentence.start..sentence.end)?;
    Some(
        vigie_text::tokens(part)
            .iter()
            .map(|t| (sentence.start + t.span.start, sentence.start + t.span.end))
            .collect(),
    )
}

/// The words of `tokens`, the span of each word, and the index of each token's first word
/// (`None` for a skipped token). `whole[k]` keeps token `k` one word.
fn build(
    text: &str,
    tokens: &[(usize, usize)],
    contractions: &Contractions,
    whole: &[bool],
) -> (Sentence, Vec<Span>, Vec<Option<usize>>) {
    let s = sentence_from_tokens_keeping(text, tokens, contractions, whole);
    // The same walk as `sentence_from_tokens_keeping`: one span per word, repeated over the
    // words of a contraction.
    let mut spans = Vec::with_capacity(s.words.len());
    let mut first_word = Vec::with_capacity(tokens.len());
    let mut opens = true;
    for (k, &(start, end)) in tokens.iter().enumerate() {
        let Some(token) = text.get(start..end).filter(|t| !t.is_empty()) else {
            first_word.push(None);
            continue;
        };
        let at_start = opens;
        opens &= !crate::tokens::is_word(token);
        let n = if whole.get(k).copied().unwrap_or(false) {
            1
        } else {
            contractions
                .split_at(token, at_start)
                .map_or(1, |parts| parts.len())
        };
        first_word.push(Some(spans.len()));
        spans.extend(std::iter::repeat_n(Span::new(start, end), n));
    }
    debug_assert_eq!(spans.len(), s.words.len());
    (s, spans, first_word)
}

/// A tagged and parsed sentence as annotation words. `spans` are the words' spans (from
/// [`words_of`]); a word keeps its own form only where it differs from the text of its span.
pub fn to_annotation(text: &str, sentence: &Sentence, spans: &[Span]) -> Vec<SyntaxWord> {
    sentence
        .words
        .iter()
        .zip(spans)
        .map(|(w, &span)| SyntaxWord {
            span,
            form: (text.get(span.start..span.end) != Some(w.form.as_str())).then(|| w.form.clone()),
            upos: Upos::parse(&w.upos),
            lemma: field(&w.lemma).to_string().into(),
            feats: field(&w.feats).to_string().into(),
            head: u32::try_from(w.head).unwrap_or(0),
            deprel: field(&w.deprel).to_string().into(),
        })
        .collect()
}

/// The words of `sentence` (from [`words_of`], with their `spans`) as `model` analyses them,
/// as annotation words. The same as [`SyntaxModel::annotate`] then [`to_annotation`], but the
/// words borrow the model's strings (FEATS, relation, dictionary lemmas) instead of copying
/// them: the words of a batch of documents waiting to be stored take far less memory.
pub fn analysed_words(
    text: &str,
    model: &SyntaxModel,
    sentence: &Sentence,
    spans: &[Span],
) -> Vec<SyntaxWord> {
    sentence
        .words
        .iter()
        .zip(model.analyse(sentence))
        .zip(spans)
        .map(|((w, a), &span)| {
            let Analysis {
                upos,
                feats,
                lemma,
                head,
                deprel,
            } = a;
            SyntaxWord {
                span,
                form: (text.get(span.start..span.end) != Some(w.form.as_str()))
                    .then(|| w.form.clone()),
                upos: Upos::parse(upos),
                lemma: match lemma {
                    Cow::Borrowed(l) => Cow::Borrowed(field(l)),
                    Cow::Owned(l) if l == "_" => Cow::Borrowed(""),
                    owned => owned,
                },
                feats: Cow::Borrowed(field(feats)),
                head: u32::try_from(head).unwrap_or(0),
                deprel: Cow::Borrowed(field(deprel)),
            }
        })
        .collect()
}

/// A CoNLL-U column as stored: `_` (nothing) becomes empty.
fn field(s: &str) -> &str {
    if s == "_" {
        ""
    } else {
        s
    }
}

/// Annotation words back to CoNLL-U: consecutive words sharing one span are a multiword token
/// (its line carries the span as `TokenRange=start:end` in MISC, as do single words).
pub fn to_conllu(text: &str, words: &[SyntaxWord]) -> Sentence {
    let or_blank = |s: &str| {
        if s.is_empty() {
            "_".to_string()
        } else {
            s.to_string()
        }
    };
    let range = |span: Span| format!("TokenRange={}:{}", span.start, span.end);
    let mut s = Sentence::default();
    let mut i = 0;
    while i < words.len() {
        let span = words[i].span;
        let n = words[i..].iter().take_while(|w| w.span == span).count();
        let multiword = n >= 2;
        if multiword {
            s.multiwords.push(MultiwordToken {
                first: i + 1,
                last: i + n,
                form: text.get(span.start..span.end).unwrap_or("_").to_string(),
                misc: range(span),
            });
        }
        for (k, w) in words[i..i + n].iter().enumerate() {
            s.words.push(Word {
                id: i + k + 1,
                form: w.form(text).to_string(),
                lemma: or_blank(&w.lemma),
                upos: w.upos.as_str().to_string(),
                xpos: "_".into(),
                feats: or_blank(&w.feats),
                head: w.head as usize,
                deprel: or_blank(&w.deprel),
                deps: "_".into(),
                misc: if multiword { "_".into() } else { range(span) },
            });
        }
        i += n;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::tokens::french;

    #[test]
    fn contraction_parts_share_the_token_span_and_round_trip_to_conllu() {
        let text = "Titre\nLe chef du gouvernement parle aux soldats.";
        let start = text.find("Le").unwrap();
        let (mut s, spans) = words_of(text, Span::new(start, text.len()), &french());
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(
            forms,
            [
                "Le",
                "chef",
                "de",
                "le",
                "gouvernement",
                "parle",
                "à",
                "les",
                "soldats",
                "."
            ]
        );
        assert_eq!(spans[2], spans[3]);
        assert_eq!(&text[spans[2].start..spans[2].end], "du");
        for (k, w) in s.words.iter_mut().enumerate() {
            w.upos = if k == 9 { "PUNCT" } else { "NOUN" }.into();
            w.lemma = w.form.to_lowercase();
            w.deprel = "dep".into();
        }
        let words = to_annotation(text, &s, &spans);
        assert_eq!(words[0].form, None);
        assert_eq!(words[2].form.as_deref(), Some("de"));
        assert_eq!(words[2].form(text), "de");
        assert_eq!(words[1].form(text), "chef");
        assert_eq!(words[9].upos, Upos::Punct);
        assert_eq!(words[0].feats, "");
        let back = to_conllu(text, &words);
        assert_eq!(back.words.len(), 10);
        assert_eq!(back.multiwords.len(), 2);
        assert_eq!(back.multiwords[0].form, "du");
        assert_eq!((back.multiwords[0].first, back.multiwords[0].last), (3, 4));
        assert_eq!(back.words[2].form, "de");
        assert_eq!(back.words[2].misc, "_");
        assert_eq!(back.words[1].feats, "_");
        assert!(back.words[1].misc.starts_with("TokenRange="));
    }

    #[test]
    fn analysed_words_are_the_annotated_words_and_borrow_the_model() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/syntax/fr");
        if !std::path::Path::new(dir).join("syntax.model").is_file() {
            eprintln!("skipped: no French model under {dir}");
            return;
        }
        let model = SyntaxModel::load(std::path::Path::new(dir)).unwrap();
        let text = "Le chef du gouvernement a parlé aux soldats de Kinshasa hier soir.";
        let (s, spans) = words_of(text, Span::new(0, text.len()), &french());
        let words = analysed_words(text, &model, &s, &spans);
        let mut annotated = s.clone();
        model.annotate(&mut annotated);
        assert_eq!(words, to_annotation(text, &annotated, &spans));
        assert!(words.iter().all(|w| matches!(w.deprel, Cow::Borrowed(_))));
        assert!(words.iter().all(|w| matches!(w.feats, Cow::Borrowed(_))));
        assert!(
            matches!(words[1].lemma, Cow::Borrowed("chef")),
            "{:?}",
            words[1]
        );
        // What is read to annotate keeps no keys, so it cannot be written back.
        let out = std::env::temp_dir().join(format!("vigie-words-{}", std::process::id()));
        let Err(e) = model.save(&out) else {
            panic!("a loaded model is not writable");
        };
        assert!(e.to_string().contains("cannot be written back"), "{e}");
        assert!(!out.join("syntax.model").exists());
    }

    #[test]
    fn des_after_a_verb_or_a_preposition_is_one_word_after_a_noun_two() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/syntax/fr");
        if !std::path::Path::new(dir).join("syntax.model").is_file() {
            eprintln!("skipped: no French model under {dir}");
            return;
        }
        let model = SyntaxModel::load(std::path::Path::new(dir)).unwrap();
        let text = "La ville a été frappée par des drones après la libération des otages.";
        let forms = |s: &Sentence| s.words.iter().map(|w| w.form.clone()).collect::<Vec<_>>();
        let (table, _) = words_of(text, Span::new(0, text.len()), &french());
        let (tagged, spans) = tagged_words_of(text, Span::new(0, text.len()), &french(), &model);
        assert_eq!(tagged.words.len(), spans.len());
        let joined = forms(&tagged).join(" ");
        assert!(joined.contains("par des drones"), "{joined}");
        assert!(joined.contains("libération de les otages"), "{joined}");
        assert_eq!(forms(&table).len(), forms(&tagged).len() + 1);
        // The kept token carries its own span, as any single word.
        let des = tagged.words.iter().position(|w| w.form == "des").unwrap();
        assert_eq!(&text[spans[des].start..spans[des].end], "des");
    }

    #[test]
    fn whole_after_names_table_tokens_and_upos_tags() {
        let e = Contractions::parse(
            "c.toml",
            "[contractions]\ndu = [\"de\", \"le\"]\n[whole_after]\ndes = [\"VERB\"]\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("c.toml") && e.contains("not a contraction"),
            "{e}"
        );
        let e = Contractions::parse(
            "c.toml",
            "[contractions]\ndes = [\"de\", \"les\"]\n[whole_after]\ndes = [\"VRB\"]\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("not a UPOS tag"), "{e}");
    }
}
