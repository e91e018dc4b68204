//! Stores written before the label enums stay readable, and what is written now is byte for byte
//! what was written then: `data/annotations-0.1.jsonl` holds the annotation JSON (the store's
//! `annotations.data` column) that vigie 0.1 wrote for the example corpus, one line per distinct
//! combination of labels (every boilerplate role, date kind and granularity, entity type, link
//! kind, PLOVER type — `""` included — and hypothetical kind that occurred).

use vigie_core::labels::{BoilerplateRole, EntityType, MentionHow};
use vigie_core::{AnnotationData, Layer, Mention};

const STORED: &str = include_str!("data/annotations-0.1.jsonl");

#[test]
fn annotations_written_by_0_1_read_back_and_serialise_to_the_same_bytes() {
    let mut layers = std::collections::BTreeSet::new();
    for (n, line) in STORED.lines().enumerate() {
        let data: AnnotationData =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}: {line}", n + 1));
        layers.insert(data.layer());
        let again = serde_json::to_string(&data).unwrap();
        if again != line {
            // serde_json's default float parser may be one unit off in the last place, so a
            // paragraph's `confidence` (the one float with 16 significant digits) can come back
            // one digit shorter: the same number, not a label change.
            let value = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
            assert!(
                data.layer() == Layer::Paragraph && value(&again) == value(line),
                "line {}:\n  read: {line}\n wrote: {again}",
                n + 1
            );
        }
    }
    assert_eq!(layers.len(), 7, "{layers:?}");
}

#[test]
fn labels_are_typed_after_reading() {
    let line = r#"{"layer":"mention","actor":"BLR","code":"BLR","canonical":"Belarus","entity_type":"country","how":"name"}"#;
    let AnnotationData::Mention(m) = serde_json::from_str(line).unwrap() else {
        panic!("not a mention");
    };
    assert_eq!(m.entity_type, EntityType::Country);
    assert_eq!(m.how, Some(MentionHow::Name));
    let line = r#"{"layer":"boilerplate","role":"read_also","cue":"fr:prefix:Lire aussi"}"#;
    let AnnotationData::Boilerplate(b) = serde_json::from_str(line).unwrap() else {
        panic!("not boilerplate");
    };
    assert_eq!(b.role, BoilerplateRole::ReadAlso);
}

/// Mentions stored before `how` existed have no such key; they read back with no link kind and
/// are written back without it.
#[test]
fn a_mention_without_how_reads_and_writes_back_unchanged() {
    let line = r#"{"layer":"mention","actor":"BLR","entity_type":"country"}"#;
    let data: AnnotationData = serde_json::from_str(line).unwrap();
    assert_eq!(
        data,
        AnnotationData::Mention(Mention {
            actor: Some("BLR".into()),
            entity_type: EntityType::Country,
            ..Default::default()
        })
    );
    assert_eq!(serde_json::to_string(&data).unwrap(), line);
}

#[test]
fn a_label_outside_its_set_is_an_error_naming_the_value() {
    let line = r#"{"layer":"mention","entity_type":"town"}"#;
    let err = serde_json::from_str::<AnnotationData>(line).unwrap_err();
    assert!(err.to_string().contains("town"), "{err}");
}
