//! The CoNLL 2018 alignment of `vigie_syntax::eval` on small cases (the shapes the shared
//! task's script tests: multiword tokens on either side, tokens cut differently), and the
//! raw-text path on a treebank when `../shared` is there.

use std::path::PathBuf;

use vigie_syntax::conllu::parse;
use vigie_syntax::eval::{evaluate, EvalError, Scores, UdTreebank};
use vigie_syntax::Sentence;

/// One sentence from tokens written `form` or `token word word…` (a multiword token); every
/// word hangs from the first, which is the root.
fn sentence(tokens: &[&str]) -> Vec<Sentence> {
    let mut lines = String::new();
    let mut n = 0;
    for t in tokens {
        let parts: Vec<&str> = t.split(' ').collect();
        let words = if parts.len() == 1 {
            &parts[..]
        } else {
            lines.push_str(&format!(
                "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t_\n",
                n + 1,
                n + parts.len() - 1,
                parts[0]
            ));
            &parts[1..]
        };
        for w in words {
            n += 1;
            let head = usize::from(n > 1);
            let rel = if n > 1 { "dep" } else { "root" };
            lines.push_str(&format!("{n}\t{w}\t_\tX\t_\t_\t{head}\t{rel}\t_\t_\n"));
        }
    }
    lines.push('\n');
    parse(&lines, "case").unwrap()
}

fn scores(gold: &[&str], system: &[&str]) -> Result<Scores, EvalError> {
    evaluate(
        &UdTreebank::new(&sentence(gold), "gold").unwrap(),
        &UdTreebank::new(&sentence(system), "system").unwrap(),
    )
}

/// Checks the Words score: `correct` aligned words out of the gold and system word counts.
fn aligned(gold: &[&str], system: &[&str], correct: usize) {
    let words = |t: &[&str]| -> usize { t.iter().map(|w| w.split(' ').count().max(2) - 1).sum() };
    let s = scores(gold, system).unwrap();
    assert_eq!(
        (s.words.correct, s.words.gold, s.words.system),
        (correct, words(gold), words(system)),
        "{gold:?} / {system:?}"
    );
}

#[test]
fn different_characters_are_an_error() {
    let e = scores(&["a"], &["b"]).unwrap_err().to_string();
    assert!(e.contains("character 0"), "{e}");
}

#[test]
fn equal_tokens_align() {
    aligned(&["a"], &["a"], 1);
    aligned(&["a", "b", "c"], &["a", "b", "c"], 3);
}

#[test]
fn multiword_tokens_align_by_their_words() {
    aligned(&["abc a b c"], &["a", "b", "c"], 3);
    aligned(&["a", "bc b c", "d"], &["a", "b", "c", "d"], 4);
    aligned(&["abcd a b c d"], &["ab a b", "cd c d"], 4);
    aligned(&["abc a b c", "de d e"], &["a", "bcd b c d", "e"], 5);
}

#[test]
fn tokens_cut_differently() {
    aligned(&["abcd"], &["a", "b", "c", "d"], 0);
    aligned(&["abc", "d"], &["a", "b", "c", "d"], 1);
    aligned(&["a", "bc", "d"], &["a", "b", "c", "d"], 2);
    aligned(&["a", "bc b c", "d"], &["a", "b", "cd"], 2);
    aligned(
        &["abc a BX c", "def d EX f"],
        &["ab a b", "cd c d", "ef e f"],
        4,
    );
    aligned(&["ab a b", "cd bc d"], &["a", "bc", "d"], 2);
    aligned(&["a", "bc b c", "d"], &["ab AX BX", "cd CX a"], 1);
}

#[test]
fn words_of_a_contraction_match_whatever_their_case() {
    // "Du" split by the system as "De" + "le", by the gold as "de" + "le".
    aligned(&["Du de le", "pays"], &["Du De le", "pays"], 3);
}

#[test]
fn heads_count_through_the_alignment() {
    // Gold: "du" = de + le; the system keeps "du" whole. Four gold words, three system
    // words; "Il" and "pays" align, and the head of "pays" (the root, "Il") too.
    let gold = parse(
        "1\tIl\til\tPRON\t_\t_\t0\troot\t_\t_\n\
         2-3\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n\
         2\tde\tde\tADP\t_\t_\t4\tcase\t_\t_\n\
         3\tle\tle\tDET\t_\t_\t4\tdet\t_\t_\n\
         4\tpays\tpays\tNOUN\t_\t_\t1\tnmod\t_\t_\n\n",
        "g",
    )
    .unwrap();
    let system = parse(
        "1\tIl\til\tPRON\t_\t_\t0\troot\t_\t_\n\
         2\tdu\tdu\tDET\t_\t_\t3\tdet\t_\t_\n\
         3\tpays\tpays\tNOUN\t_\t_\t1\tnmod:x\t_\t_\n\n",
        "s",
    )
    .unwrap();
    let s = evaluate(
        &UdTreebank::new(&gold, "gold").unwrap(),
        &UdTreebank::new(&system, "system").unwrap(),
    )
    .unwrap();
    assert_eq!(
        (s.tokens.correct, s.tokens.gold, s.tokens.system),
        (3, 3, 3)
    );
    assert_eq!((s.words.correct, s.words.gold, s.words.system), (2, 4, 3));
    assert_eq!((s.las.correct, s.las.aligned), (2, Some(2)));
    // CLAS counts content words only: "Il" (root) and "pays" (nmod).
    assert_eq!((s.clas.correct, s.clas.gold, s.clas.system), (2, 2, 2));
    // MLAS also wants the function words under "pays": gold has two, the system one.
    assert_eq!(s.mlas.correct, 1);
}

#[test]
fn sentences_are_spans_of_characters() {
    let mut gold = sentence(&["a", "b"]);
    gold.extend(sentence(&["c"]));
    let system = sentence(&["a", "b", "c"]);
    let s = evaluate(
        &UdTreebank::new(&gold, "gold").unwrap(),
        &UdTreebank::new(&system, "system").unwrap(),
    )
    .unwrap();
    assert_eq!(
        (s.sentences.correct, s.sentences.gold, s.sentences.system),
        (0, 2, 1)
    );
    assert_eq!(s.words.correct, 3);
    // "c" was a root in gold, hangs from "a" in the system.
    assert_eq!(s.uas.correct, 2);
}

fn shared(name: &str) -> Option<PathBuf> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../../shared/syntax/ud/{name}"));
    if path.is_file() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

#[test]
fn treebank_text_holds_the_characters_of_its_tokens() {
    let Some(path) = shared("fr_sequoia-ud-dev.conllu.gz") else {
        return;
    };
    let gold = vigie_syntax::conllu::read_file(&path).unwrap();
    let raw = vigie_syntax::rawtext::raw_text(&gold, 0);
    // Whitespace tokens of the text, scored against the gold: the characters must agree.
    let mut system = Vec::new();
    for line in raw.text.lines().filter(|l| !l.is_empty()) {
        let forms: Vec<&str> = line.split_whitespace().collect();
        system.extend(sentence(&forms));
    }
    let s = evaluate(
        &UdTreebank::new(&gold, "gold").unwrap(),
        &UdTreebank::new(&system, "system").unwrap(),
    )
    .unwrap();
    assert!(s.tokens.f1() > 0.5 && s.tokens.f1() < 1.0, "{}", s.table());
    assert_eq!(
        s.words.gold,
        gold.iter().map(|g| g.words.len()).sum::<usize>()
    );
}
