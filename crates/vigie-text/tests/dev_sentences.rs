//! The gold of the French dev articles (`../shared/corpus/dev`) quotes whole sentences in its
//! events (`sentence`, `also_sentences`): each must come out of the segmenter as one sentence.

use std::path::PathBuf;

fn dev_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev");
    dir.is_dir().then_some(dir)
}

#[test]
fn gold_sentences_are_segmented_whole() {
    let Some(dir) = dev_dir() else {
        eprintln!("skipping: ../shared/corpus/dev is absent");
        return;
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = std::fs::read_to_string(path.with_extension("txt")).unwrap();
        let ours: Vec<&str> = vigie_text::sentences(&text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        for event in gold["events"].as_array().into_iter().flatten() {
            let mut wanted: Vec<&str> = event["sentence"].as_str().into_iter().collect();
            for s in event["also_sentences"].as_array().into_iter().flatten() {
                wanted.extend(s.as_str());
            }
            for w in wanted {
                checked += 1;
                if !ours.contains(&w) {
                    failures.push(format!("{}: {w}", path.display()));
                }
            }
        }
    }
    assert!(checked > 10, "only {checked} gold sentences found");
    assert!(
        failures.is_empty(),
        "{} of {checked} gold sentences not segmented whole:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
