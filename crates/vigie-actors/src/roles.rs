//! A person named without a code takes the code of the role written beside the name.
//!
//! The press introduces people by their role: "le général ukrainien Oleksandr Tarnavsky",
//! "Le ministre lituanien de la Défense, Dovile Sakaliene, a dénoncé…", "Andriy Kovalenko,
//! porte-parole de l'armée ukrainienne, a affirmé…", "the Ukrainian army's spokesman, Andriy
//! Kovalenko". The knowledge base cannot list every general and spokesman, and a person without
//! a code is an event or a quote without a country: the role's own mention (a sector word with
//! its country, `MentionHow::Agent`; a country or its adjective) already carries the code the
//! analyst wants for the person (UKRMIL, LTUGOV). This pass gives it to the persons that have
//! none, from the positions of the sentence layer's words and their parts of speech — no word
//! of any language is named here:
//!
//! - **before the name**: a coded mention right before it ("le général ukrainien X"), or
//!   followed by its complement ("ministre lituanien | de la Défense") and a comma; over a
//!   comma only when the role is not itself inside a prepositional phrase ("Selon l'armée
//!   ukrainienne, X a…" says where the news comes from, not who X is);
//! - **after the name**, in an apposition: a comma, then within five words without
//!   punctuation a coded mention ("X, porte-parole de l'armée ukrainienne").
//!
//! A person already coded (a knowledge-base role, a title the linker read) keeps its code; a
//! surname alone ("Kovalenko") takes the code of the full name it repeats.

use std::collections::HashMap;

use vigie_core::{
    AnnotationData, Document, EntityType, Layer, LinkRule, LinkWhy, MentionHow, Span, Upos,
};

use crate::linker::Found;

/// Most words between a role's mention and the comma before the name: the role's complement
/// ("de la Défense nationale").
const ROLE_COMPLEMENT_WORDS: usize = 5;
/// Most words after "X," before the coded mention of an apposition ("le porte-parole de").
const APPOSITION_WORDS: usize = 5;

/// A word of the sentence layer: its span, text and part of speech (the parts of a
/// contraction share one word here).
struct Word<'d> {
    span: Span,
    text: &'d str,
    upos: Upos,
    /// A finite verb (a mood, or `VerbForm=Fin`): the predicate of a clause, where a
    /// participle ("Algeria's leading activist") is not.
    finite: bool,
}

/// Gives persons without a code the code of the role beside their name (see the module).
pub fn code_persons_by_role(doc: &Document, found: &mut [Found]) {
    let coded: Vec<(Span, String)> = found
        .iter()
        .filter(|f| gives_role(f))
        .filter_map(|f| Some((f.span, f.mention.code.clone()?)))
        .collect();
    if coded.is_empty() {
        return;
    }
    let ending_at: HashMap<usize, usize> = coded
        .iter()
        .enumerate()
        .map(|(i, (s, _))| (s.end, i))
        .collect();
    let starting_at: HashMap<usize, usize> = coded
        .iter()
        .enumerate()
        .map(|(i, (s, _))| (s.start, i))
        .collect();
    let sentences: Vec<Vec<Word>> = doc
        .layer(Layer::Sentence)
        .filter_map(|a| match &a.data {
            AnnotationData::Sentence(s) => Some(words_of(doc, &s.words)),
            _ => None,
        })
        .collect();
    for f in found.iter_mut().filter(|f| needs_code(f)) {
        let Some(words) = sentences.iter().find(|w| {
            w.first().is_some_and(|a| a.span.start <= f.span.start)
                && w.last().is_some_and(|z| z.span.end >= f.span.end)
        }) else {
            continue;
        };
        let first = words.iter().position(|w| w.span.start == f.span.start);
        let last = words.iter().position(|w| w.span.end == f.span.end);
        let (Some(first), Some(last)) = (first, last) else {
            continue;
        };
        let role = role_before(words, first, &ending_at, &coded)
            .or_else(|| role_after(words, last, &starting_at, &coded));
        if let Some(i) = role {
            f.mention.code = Some(coded[i].1.clone());
            let words = doc.slice(coded[i].0).to_string();
            f.mention
                .why
                .push(LinkWhy::new(LinkRule::RoleBesideName, Some(words)));
        }
    }
    // A surname alone, or a later mention of the same person, takes the code its name got.
    let by_name: HashMap<String, String> = found
        .iter()
        .filter(|f| f.mention.entity_type == EntityType::Person && f.mention.actor.is_none())
        .filter_map(|f| Some((f.mention.canonical.clone()?, f.mention.code.clone()?)))
        .collect();
    for f in found.iter_mut().filter(|f| needs_code(f)) {
        if let Some(code) = f.mention.canonical.as_ref().and_then(|c| by_name.get(c)) {
            f.mention.code = Some(code.clone());
            let elsewhere = f
                .mention
                .canonical
                .as_ref()
                .map(|c| format!("the role of {c} elsewhere in the article"));
            f.mention
                .why
                .push(LinkWhy::new(LinkRule::RoleBesideName, elsewhere));
        }
    }
}

/// Mentions whose code describes what a person next to them is: a country, its adjective, a
/// sector word with its country.
fn gives_role(f: &Found) -> bool {
    f.mention.entity_type == EntityType::Country
        || matches!(
            f.mention.how,
            Some(MentionHow::Adjective | MentionHow::Agent)
        )
}

fn needs_code(f: &Found) -> bool {
    f.mention.entity_type == EntityType::Person
        && f.mention.code.is_none()
        && f.mention.actor.is_none()
}

fn words_of<'d>(doc: &'d Document, words: &[vigie_core::SyntaxWord]) -> Vec<Word<'d>> {
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    for w in words {
        if out.last().is_some_and(|o| o.span == w.span) {
            continue;
        }
        out.push(Word {
            span: w.span,
            text: doc.slice(w.span),
            upos: w.upos,
            finite: matches!(w.upos, Upos::Verb | Upos::Aux)
                && (w.feats.contains("Mood=") || w.feats.contains("VerbForm=Fin")),
        });
    }
    out
}

/// The coded mention of the role before the name at word `first`, if any.
fn role_before(
    words: &[Word],
    first: usize,
    ending_at: &HashMap<usize, usize>,
    coded: &[(Span, String)],
) -> Option<usize> {
    let mut k = first.checked_sub(1)?;
    // Right before the name, no comma: a title ("le général ukrainien X").
    if let Some(&i) = ending_at.get(&words[k].span.end) {
        return Some(i);
    }
    if words[k].text != "," {
        return None;
    }
    // Over the comma of an apposition, and the role's complement ("de la Défense").
    for _ in 0..=ROLE_COMPLEMENT_WORDS {
        k = k.checked_sub(1)?;
        if let Some(&i) = ending_at.get(&words[k].span.end) {
            return (!inside_prepositional_phrase(words, coded[i].0)).then_some(i);
        }
        if !matches!(
            words[k].upos,
            Upos::Det | Upos::Adp | Upos::Noun | Upos::Adj | Upos::Propn
        ) {
            return None;
        }
    }
    None
}

/// True when the words before `span` (over determiners) end with a preposition: "selon
/// l'armée", "according to the army".
fn inside_prepositional_phrase(words: &[Word], span: Span) -> bool {
    let Some(mut k) = words.iter().position(|w| w.span.start == span.start) else {
        return false;
    };
    while let Some(before) = k.checked_sub(1) {
        match words[before].upos {
            Upos::Det => k = before,
            Upos::Adp => return true,
            _ => return false,
        }
    }
    false
}

/// The coded mention of an apposition after the name ending at word `last`: "X, porte-parole
/// de l'armée ukrainienne". The apposition must close (a punctuation mark, or the sentence's
/// end, before any finite verb): in "Selon X, la Géorgie n'est pas concernée" the country
/// opens the next clause.
fn role_after(
    words: &[Word],
    last: usize,
    starting_at: &HashMap<usize, usize>,
    coded: &[(Span, String)],
) -> Option<usize> {
    if words.get(last + 1)?.text != "," {
        return None;
    }
    let i = words
        .iter()
        .skip(last + 2)
        .take(APPOSITION_WORDS)
        .take_while(|w| w.upos != Upos::Punct && !w.finite)
        .find_map(|w| starting_at.get(&w.span.start).copied())?;
    let closed = words
        .iter()
        .skip_while(|w| w.span.start < coded[i].0.end)
        .take_while(|w| w.upos != Upos::Punct)
        .all(|w| !w.finite);
    closed.then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::Mention;

    fn doc(text: &str, tags: &str) -> Document {
        crate::testing::tagged_doc(text, tags)
    }

    /// A mention of the first occurrence of `words` in `d`.
    fn at(d: &Document, words: &str, mention: Mention) -> Found {
        let start = d.text.find(words).expect("words in the text");
        Found {
            span: Span::new(start, start + words.len()),
            mention,
        }
    }

    fn role(code: &str) -> Mention {
        Mention {
            code: Some(code.into()),
            entity_type: EntityType::Country,
            how: Some(MentionHow::Agent),
            ..Default::default()
        }
    }

    fn person(name: &str) -> Mention {
        Mention {
            canonical: Some(name.into()),
            entity_type: EntityType::Person,
            how: Some(MentionHow::Unlinked),
            ..Default::default()
        }
    }

    /// The codes the persons of `found` end with, in order.
    fn person_codes(d: &Document, mut found: Vec<Found>) -> Vec<Option<String>> {
        code_persons_by_role(d, &mut found);
        found
            .into_iter()
            .filter(|f| f.mention.entity_type == EntityType::Person)
            .map(|f| f.mention.code)
            .collect()
    }

    #[test]
    fn a_title_right_before_the_name_gives_its_code() {
        let d = doc(
            "le général ukrainien Oleksandr Tarnavsky a parlé .",
            "DET NOUN ADJ PROPN PROPN AUX VERB PUNCT",
        );
        let found = vec![
            at(&d, "général ukrainien", role("UKRMIL")),
            at(&d, "Oleksandr Tarnavsky", person("Oleksandr Tarnavsky")),
        ];
        assert_eq!(person_codes(&d, found), vec![Some("UKRMIL".to_string())]);
    }

    #[test]
    fn a_role_with_its_complement_then_a_comma_gives_its_code() {
        let d = doc(
            "Le ministre lituanien de la Défense , Dovile Sakaliene , a dénoncé une provocation .",
            "DET NOUN ADJ ADP DET PROPN PUNCT PROPN PROPN PUNCT AUX VERB DET NOUN PUNCT",
        );
        let found = vec![
            at(&d, "ministre lituanien", role("LTUGOV")),
            at(&d, "Dovile Sakaliene", person("Dovile Sakaliene")),
        ];
        assert_eq!(person_codes(&d, found), vec![Some("LTUGOV".to_string())]);
    }

    #[test]
    fn an_apposition_after_the_name_gives_its_code_and_the_surname_follows() {
        let d = doc(
            "Andriy Kovalenko , porte-parole de l' armée ukrainienne , a affirmé que Kovalenko savait .",
            "PROPN PROPN PUNCT NOUN ADP DET NOUN ADJ PUNCT AUX VERB SCONJ PROPN VERB PUNCT",
        );
        let found = vec![
            at(&d, "Andriy Kovalenko", person("Andriy Kovalenko")),
            at(&d, "porte-parole de l' armée ukrainienne", role("UKRMIL")),
            {
                let surname = d.text.rfind("Kovalenko").unwrap();
                Found {
                    span: Span::new(surname, surname + "Kovalenko".len()),
                    mention: person("Andriy Kovalenko"),
                }
            },
        ];
        let codes = person_codes(&d, found);
        assert_eq!(codes, vec![Some("UKRMIL".to_string()); 2]);
    }

    #[test]
    fn a_source_before_a_comma_is_not_a_role_and_a_coded_person_keeps_its_code() {
        let d = doc(
            "Selon l' armée ukrainienne , Ivan Petrenko a été tué .",
            "ADP DET NOUN ADJ PUNCT PROPN PROPN AUX AUX VERB PUNCT",
        );
        let found = vec![
            at(&d, "armée ukrainienne", role("UKRMIL")),
            at(&d, "Ivan Petrenko", person("Ivan Petrenko")),
        ];
        assert_eq!(person_codes(&d, found), vec![None]);
        // A verb between the comma and the role: not an apposition.
        let d = doc(
            "Ivan Petrenko , a dit l' armée ukrainienne .",
            "PROPN PROPN PUNCT AUX VERB DET NOUN ADJ PUNCT",
        );
        let found = vec![
            at(&d, "Ivan Petrenko", person("Ivan Petrenko")),
            at(&d, "armée ukrainienne", role("UKRMIL")),
        ];
        assert_eq!(person_codes(&d, found), vec![None]);
        // A country opening the next clause after "Selon X,": no apposition.
        let d = doc(
            "Selon Kovalenko , la Géorgie n' est pas concernée .",
            "ADP PROPN PUNCT DET PROPN ADV AUX ADV ADJ PUNCT",
        );
        let mut georgia = role("GEO");
        georgia.how = Some(MentionHow::Name);
        let found = vec![
            at(&d, "Kovalenko", person("Kovalenko")),
            at(&d, "Géorgie", georgia),
        ];
        assert_eq!(person_codes(&d, found), vec![None]);
        let d = doc(
            "le général ukrainien Oleksandr Tarnavsky a parlé .",
            "DET NOUN ADJ PROPN PROPN AUX VERB PUNCT",
        );
        let mut coded = person("Oleksandr Tarnavsky");
        coded.code = Some("UKRGOV".into());
        let found = vec![
            at(&d, "général ukrainien", role("UKRMIL")),
            at(&d, "Oleksandr Tarnavsky", coded),
        ];
        assert_eq!(person_codes(&d, found), vec![Some("UKRGOV".to_string())]);
    }
}
