//! `vigie train syntax` and `vigie eval syntax` end to end on a treebank written here, and a
//! broken model file reported with its path (exit 1, no panic).

use std::process::Command;

const TREEBANK: &str = "\
1\tLe\tle\tDET\t_\tDefinite=Def\t2\tdet\t_\t_
2\tchat\tchat\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_
3\tdort\tdormir\tVERB\t_\tMood=Ind\t0\troot\t_\t_
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

1\tLes\tle\tDET\t_\tDefinite=Def\t2\tdet\t_\t_
2\tsoldats\tsoldat\tNOUN\t_\tNumber=Plur\t3\tnsubj\t_\t_
3\tattaqueraient\tattaquer\tVERB\t_\tMood=Cnd\t0\troot\t_\t_
4\tla\tle\tDET\t_\tDefinite=Def\t5\tdet\t_\t_
5\tville\tville\tNOUN\t_\tNumber=Sing\t3\tobj:x\t_\t_
6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

";

fn vigie() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vigie"))
}

#[test]
fn train_then_eval_syntax_and_broken_model_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let tb = dir.path().join("tiny.conllu");
    std::fs::write(&tb, TREEBANK).unwrap();
    let model = dir.path().join("model");
    let out = vigie()
        .args(["train", "syntax", "--treebank"])
        .arg(&tb)
        .arg("--output")
        .arg(&model)
        .args(["--iterations", "15", "--folds", "0", "--prune", "0"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = vigie()
        .args(["eval", "syntax", "--dataset"])
        .arg(&tb)
        .arg("--model")
        .arg(&model)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // From gold tokens every word is right on the training sentences; from the raw text too.
    assert!(
        stdout.contains("from gold tokens: 2 gold sentences, 10 gold words")
            && stdout.contains("from raw text")
            && stdout.matches(", LAS 100.00").count() == 2,
        "{stdout}"
    );

    // Any system's CoNLL-U is scored by the same code: the gold against itself is perfect.
    let out = vigie()
        .args(["eval", "syntax", "--dataset"])
        .arg(&tb)
        .arg("--system")
        .arg(&tb)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("Words 100.00") && stdout.contains("LAS 100.00"),
        "{stdout}"
    );

    // The bench runs on the same files (one short run: the figure itself is not checked).
    let out = vigie()
        .args(["bench", "syntax", "--dataset"])
        .arg(&tb)
        .arg("--model")
        .arg(&model)
        .args(["--seconds", "0", "--runs", "1", "--json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout.matches("\"bench\":\"syntax\"").count(),
        2,
        "{stdout}"
    );

    std::fs::write(model.join("syntax.model"), b"garbage").unwrap();
    let out = vigie()
        .args(["eval", "syntax", "--dataset"])
        .arg(&tb)
        .arg("--model")
        .arg(&model)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("syntax.model") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn extract_conllu_splits_contractions_and_keeps_their_span() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let file = root.join("examples/corpus/fr/courrier-est-drones.txt");
    let out = vigie()
        .arg("extract")
        .arg(&file)
        .arg("--conllu")
        .arg("--syntax-models")
        .arg(root.join("models/syntax"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&file).unwrap();
    // Every "du" multiword token points at "du" in the text, and its two words follow.
    let lines: Vec<&str> = stdout.lines().collect();
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() == 10 && cols[0].contains('-') && cols[1] == "du" {
            let range = cols[9].strip_prefix("TokenRange=").unwrap();
            let (a, b) = range.split_once(':').unwrap();
            let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
            assert_eq!(&text[a..b], "du");
            assert!(
                lines[i + 1].split('\t').nth(1) == Some("de"),
                "{}",
                lines[i + 1]
            );
            assert!(
                lines[i + 2].split('\t').nth(1) == Some("le"),
                "{}",
                lines[i + 2]
            );
            seen += 1;
        }
    }
    assert!(seen > 0, "{stdout}");

    let out = vigie()
        .arg("extract")
        .arg(&file)
        .arg("--conllu")
        .arg("--syntax-models")
        .arg(root.join("no-such-models"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no-such-models"), "{stderr}");
}
