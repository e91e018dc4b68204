//! The syntax stage in the standard pipeline: sentences of languages with a model get UD
//! words whose spans slice to their forms (the words of a contraction share its span), a
//! language without a model still goes through with sentences and no words, and a stored
//! article read back keeps its words.

use vigie_core::{AnnotationData, Document, Layer, Metadata, SyntaxWord, Upos};
use vigie_ingest::{Body, Origin, RawArticle};

fn process(text: &str) -> Document {
    let raw = RawArticle {
        origin: Origin {
            path: "test.txt".into(),
            line: None,
        },
        body: Body::Text(text.to_string()),
        meta: Metadata::default(),
        warnings: Vec::new(),
        bytes: text.len() as u64,
    };
    let mut doc = vigie_pipeline::to_document(raw);
    vigie_pipeline::standard().process(&mut doc).unwrap();
    doc
}

fn sentences(doc: &Document) -> Vec<&[SyntaxWord]> {
    doc.layer(Layer::Sentence)
        .map(|a| match &a.data {
            AnnotationData::Sentence(s) => s.words.as_slice(),
            _ => unreachable!(),
        })
        .collect()
}

/// Every word lies in its sentence and slices to its form, except the words of a multiword
/// token, which share the token's span and carry their own forms; heads point into the
/// sentence. Returns the multiword tokens' texts.
fn check_words(doc: &Document) -> Vec<String> {
    let mut multiwords = Vec::new();
    for a in doc.layer(Layer::Sentence) {
        let AnnotationData::Sentence(s) = &a.data else {
            unreachable!()
        };
        assert!(!s.words.is_empty(), "no words in {:?}", doc.slice(a.span));
        let mut i = 0;
        while i < s.words.len() {
            let w = &s.words[i];
            assert!(a.span.contains(&w.span), "{w:?} outside {:?}", a.span);
            assert!(w.head as usize <= s.words.len(), "{w:?}");
            assert!(!w.deprel.is_empty(), "{w:?}");
            let n = s.words[i..].iter().take_while(|v| v.span == w.span).count();
            if n == 1 {
                assert_eq!(w.form, None, "{w:?}");
                assert_eq!(w.form(&doc.text), doc.slice(w.span));
            } else {
                assert!(s.words[i..i + n].iter().all(|v| v.form.is_some()), "{w:?}");
                multiwords.push(doc.slice(w.span).to_string());
            }
            i += n;
        }
    }
    multiwords
}

#[test]
fn french_and_english_sentences_get_words_and_german_goes_through_without() {
    let fr = process(
        "Le ministre de la Défense a annoncé lundi l'envoi de troupes supplémentaires.\n\
         Le chef du gouvernement a parlé aux soldats dans la capitale du pays.\n\
         Selon lui, la situation au nord reste tendue depuis plusieurs semaines.\n",
    );
    assert_eq!(fr.meta.language.as_deref(), Some("fr"));
    assert_eq!(sentences(&fr).len(), 3);
    let mwt = check_words(&fr);
    assert!(mwt.iter().any(|t| t == "du"), "{mwt:?}");
    assert!(mwt.iter().any(|t| t == "aux"), "{mwt:?}");
    // "du" is "de" + "le".
    let words = sentences(&fr)[1];
    let du = words.iter().position(|w| fr.slice(w.span) == "du").unwrap();
    assert_eq!(words[du].form(&fr.text), "de");
    assert_eq!(words[du + 1].form(&fr.text), "le");
    assert!(words.iter().any(|w| w.upos == Upos::Noun));
    assert_eq!(words.iter().filter(|w| w.head == 0).count(), 1);

    let en = process(
        "The defence minister announced on Monday that more troops would be sent north.\n\
         The prime minister spoke to the soldiers in the capital on Tuesday.\n",
    );
    assert_eq!(en.meta.language.as_deref(), Some("en"));
    assert_eq!(sentences(&en).len(), 2);
    assert!(check_words(&en).is_empty());
    assert!(sentences(&en)[0].iter().any(|w| w.upos == Upos::Verb));

    let de = process(
        "Der Verteidigungsminister kündigte am Montag die Entsendung weiterer Truppen an.\n\
         Der Regierungschef sprach in der Hauptstadt mit den Soldaten über die Lage.\n",
    );
    assert_eq!(de.meta.language.as_deref(), Some("de"));
    assert_eq!(sentences(&de).len(), 2);
    assert!(sentences(&de).iter().all(|w| w.is_empty()));
}

#[test]
fn stored_articles_keep_their_words_and_old_sentences_still_read() {
    let doc = process(
        "Le chef du gouvernement a parlé aux soldats dans la capitale du pays.\n\
         Selon lui, la situation au nord reste tendue depuis plusieurs semaines.\n",
    );
    assert!(sentences(&doc).iter().all(|w| !w.is_empty()));
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = vigie_store::Store::open_writer(dir.path(), false).unwrap();
        store
            .put_batch(&[(doc.clone(), "test.txt".to_string())])
            .unwrap();
        store.flush().unwrap();
    }
    let store = vigie_store::Store::open_reader(dir.path()).unwrap();
    let back = store.get(doc.id.as_str()).unwrap().unwrap();
    assert_eq!(sentences(&back), sentences(&doc));

    // Words are stored as arrays; a contraction's part carries its form as an eighth item.
    let de = sentences(&doc)[0]
        .iter()
        .find(|w| w.form.as_deref() == Some("de"))
        .unwrap();
    let json = serde_json::to_string(de).unwrap();
    let prefix = format!("[{},{},", de.span.start, de.span.end);
    assert!(
        json.starts_with(&prefix) && json.ends_with(",\"de\"]"),
        "{json}"
    );
    assert_eq!(&serde_json::from_str::<SyntaxWord>(&json).unwrap(), de);
    let bad = serde_json::from_str::<SyntaxWord>(r#"[3,1,"NOUN","x","",0,"root"]"#);
    assert!(bad.unwrap_err().to_string().contains("3..1"));

    // A sentence stored before syntax existed reads as one without words, and one without
    // words is written as before.
    let old: vigie_core::Annotation =
        serde_json::from_str(r#"{"span":{"start":0,"end":4},"layer":"sentence"}"#).unwrap();
    assert_eq!(
        old.data,
        AnnotationData::Sentence(vigie_core::Sentence::default())
    );
    assert_eq!(
        serde_json::to_string(&old).unwrap(),
        r#"{"span":{"start":0,"end":4},"layer":"sentence"}"#
    );
}
