//! A tiny treebank written here trains a model that tags and parses its own sentences, the
//! model survives a save/load round trip, and broken model files are errors naming the path.

use vigie_syntax::conllu::parse;
use vigie_syntax::{eval, SyntaxModel, TrainOptions, WordClasses};

const TINY: &str = "\
1\tLe\tle\tDET\t_\tDefinite=Def|Gender=Masc\t2\tdet\t_\t_
2\tchat\tchat\tNOUN\t_\tGender=Masc|Number=Sing\t3\tnsubj\t_\t_
3\tdort\tdormir\tVERB\t_\tMood=Ind|Tense=Pres\t0\troot\t_\t_
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

1\tLes\tle\tDET\t_\tDefinite=Def|Number=Plur\t2\tdet\t_\t_
2\tsoldats\tsoldat\tNOUN\t_\tGender=Masc|Number=Plur\t3\tnsubj\t_\t_
3\tattaqueraient\tattaquer\tVERB\t_\tMood=Cnd|Tense=Pres\t0\troot\t_\t_
4\tla\tle\tDET\t_\tDefinite=Def|Gender=Fem\t5\tdet\t_\t_
5\tville\tville\tNOUN\t_\tGender=Fem|Number=Sing\t3\tobj\t_\t_
6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

1\tElle\telle\tPRON\t_\tPerson=3\t3\tnsubj:pass\t_\t_
2\ta\tavoir\tAUX\t_\t_\t3\taux:tense\t_\t_
3\tparlé\tparler\tVERB\t_\tVerbForm=Part\t0\troot\t_\t_
4-5\tdu\t_\t_\t_\t_\t_\t_\t_\t_
4\tde\tde\tADP\t_\t_\t6\tcase\t_\t_
5\tle\tle\tDET\t_\tDefinite=Def\t6\tdet\t_\t_
6\tpays\tpays\tNOUN\t_\tGender=Masc\t3\tobl\t_\t_
7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

";

fn strip(sentences: &[vigie_syntax::Sentence]) -> Vec<vigie_syntax::Sentence> {
    let mut out = sentences.to_vec();
    for w in out.iter_mut().flat_map(|s| s.words.iter_mut()) {
        w.upos = "_".into();
        w.feats = "_".into();
        w.lemma = "_".into();
        w.head = 0;
        w.deprel = "_".into();
    }
    out
}

#[test]
fn tiny_treebank_model_annotates_its_own_sentences() {
    let gold = parse(TINY, "tiny").unwrap();
    let options = TrainOptions {
        iterations: 15,
        seed: 7,
        prune: 0.0,
        folds: 0,
        // A word-class lexicon, so that the round trip below carries its section too.
        word_classes: WordClasses::from_tsv("chat\tNOUN\ndort\tVERB\nville\tNOUN\nville\tADJ\n")
            .unwrap(),
    };
    assert_eq!(options.word_classes.len(), 3);
    assert!(
        WordClasses::from_tsv("chat NOUN\n").is_err(),
        "a line without a tab"
    );
    let model = SyntaxModel::train(&gold, &options).unwrap();
    let mut predicted = strip(&gold);
    for s in &mut predicted {
        model.annotate(s);
    }
    let c = eval::score(&gold, &predicted).unwrap();
    assert_eq!(c.words, 17);
    assert_eq!(c.upos, 17, "{predicted:?}");
    assert_eq!(c.feats, 17);
    assert_eq!(c.lemma, 17);
    assert_eq!(c.las, 17, "{}", vigie_syntax::conllu::write(&predicted));

    // Same seed, same model: annotations identical after a save/load round trip.
    let dir = std::env::temp_dir().join(format!("vigie-syntax-tiny-{}", std::process::id()));
    let path = model.save(&dir).unwrap();
    let loaded = SyntaxModel::load(&dir).unwrap();
    let mut again = strip(&gold);
    for s in &mut again {
        loaded.annotate(s);
    }
    assert_eq!(again, predicted);

    // Broken files: errors with the path, never a panic.
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let e = SyntaxModel::load(&dir)
        .err()
        .expect("truncated model")
        .to_string();
    assert!(e.contains("syntax.model"), "{e}");
    std::fs::write(&path, b"not a model").unwrap();
    let e = SyntaxModel::load(&dir)
        .err()
        .expect("garbage model")
        .to_string();
    assert!(
        e.contains("syntax.model") && e.contains("not a usable"),
        "{e}"
    );
    let mut raw = Vec::new();
    {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(&mut raw, flate2::Compression::fast());
        enc.write_all(b"VIGIESYN\x63\x00\x00\x00").unwrap();
        enc.finish().unwrap();
    }
    std::fs::write(&path, raw).unwrap();
    let e = SyntaxModel::load(&dir)
        .err()
        .expect("future model")
        .to_string();
    assert!(e.contains("format version 99"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}
