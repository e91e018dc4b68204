//! The models shipped in `models/syntax/{fr,en}` load and give sane trees: one root, no
//! cycle, heads inside the sentence, the main verb as root.

use std::path::PathBuf;

use vigie_syntax::{Sentence, SyntaxModel, Word};

fn model_dir(lang: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../models/syntax/{lang}"))
}

fn sentence(words: &str) -> Sentence {
    Sentence {
        words: words
            .split(' ')
            .enumerate()
            .map(|(i, form)| Word {
                id: i + 1,
                form: form.to_string(),
                ..Word::default()
            })
            .collect(),
        ..Sentence::default()
    }
}

/// Checks the tree and returns the form of its root word.
fn check_tree(s: &Sentence) -> String {
    let n = s.words.len();
    let roots: Vec<&Word> = s.words.iter().filter(|w| w.head == 0).collect();
    assert_eq!(roots.len(), 1, "{s:?}");
    for w in &s.words {
        assert!(w.head <= n, "{w:?}");
        let mut at = w.id;
        for _ in 0..=n {
            if at == 0 {
                break;
            }
            at = s.words[at - 1].head;
        }
        assert_eq!(at, 0, "cycle through word {}", w.id);
    }
    roots[0].form.clone()
}

#[test]
fn french_model_parses_a_sentence() {
    let model = SyntaxModel::load(&model_dir("fr")).unwrap();
    let mut s = sentence("Le président a annoncé la démission de le ministre .");
    model.annotate(&mut s);
    assert_eq!(check_tree(&s), "annoncé");
    let verb = &s.words[3];
    assert_eq!(
        (verb.upos.as_str(), verb.lemma.as_str()),
        ("VERB", "annoncer")
    );
    assert_eq!(s.words[1].deprel, "nsubj", "{s:?}");
}

#[test]
fn english_model_parses_a_sentence() {
    let model = SyntaxModel::load(&model_dir("en")).unwrap();
    let mut s = sentence("The army attacked the city on Monday .");
    model.annotate(&mut s);
    assert_eq!(check_tree(&s), "attacked");
    assert_eq!(s.words[2].lemma, "attack");
    assert_eq!(s.words[1].deprel, "nsubj", "{s:?}");
}
