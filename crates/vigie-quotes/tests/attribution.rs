//! Quote attribution on small texts: direct and reported speech, inverted and trailing
//! attributions, pronouns, generic speakers, channels, preposition cues, scare quotes, English.
//! Mentions are written by hand here (the actors stage is tested in its own crate).

use vigie_core::{Document, Mention, Metadata, Span};
use vigie_quotes::{quotes, Found};

fn doc(text: &str, mentions: &[(&str, &str, &str, &str, &str)]) -> Document {
    let mut d = Document::new(text.to_string(), Metadata::default());
    // (surface, actor, canonical, code, type); every occurrence is a mention.
    for (surface, actor, canonical, code, kind) in mentions {
        for (at, _) in text.match_indices(surface) {
            d.annotate(
                Span::new(at, at + surface.len()),
                mention((actor, canonical, code, kind), vigie_core::MentionHow::Name),
            );
        }
    }
    d
}

/// A mention of (actor, canonical name, code, entity type), linked `how`.
fn mention(
    (actor, canonical, code, kind): (&str, &str, &str, &str),
    how: vigie_core::MentionHow,
) -> Mention {
    Mention {
        actor: Some(actor.to_string()),
        canonical: Some(canonical.to_string()),
        code: Some(code.to_string()),
        entity_type: kind.parse().unwrap(),
        how: Some(how),
        why: Vec::new(),
    }
}

fn found<'a>(d: &'a Document, f: &[Found]) -> Vec<(&'a str, String, bool)> {
    f.iter()
        .map(|q| {
            (
                d.slice(q.span),
                q.quote.speaker.clone().unwrap_or_default(),
                q.quote.direct,
            )
        })
        .collect()
}

const LUKA: (&str, &str, &str, &str, &str) = (
    "Loukachenko",
    "person:alexander_lukashenko",
    "Alexander Lukashenko",
    "BLRGOV",
    "person",
);

#[test]
fn reported_speech_then_pronoun_and_inverted_attribution() {
    let text = "Loukachenko avait déclaré que seuls des soldats biélorusses pourraient aider, mais Minsk n’a pas l’intention de bouger.\n\
Plus tard, il a affirmé que la Russie n’accepterait jamais cela, et a accusé l’UE d’« agressivité ».\n\
« Nous sommes prêts », a-t-il ajouté.\n";
    let d = doc(text, &[LUKA]);
    let got = found(&d, &quotes(&d));
    let luka = "person:alexander_lukashenko".to_string();
    assert_eq!(
        got,
        vec![
            (
                "seuls des soldats biélorusses pourraient aider",
                luka.clone(),
                false
            ),
            ("la Russie n’accepterait jamais cela", luka.clone(), false),
            ("agressivité", luka.clone(), true),
            ("Nous sommes prêts", luka, true),
        ]
    );
}

#[test]
fn generic_speaker_with_channel_and_quote_inside_the_clause() {
    let text = "Un responsable militaire de l’OTAN a déclaré à CNN qu’il est de plus en plus “probable” que Minsk entre en guerre.\n\
“Poutine a besoin de soutien. Tout serait utile”, a ajouté le fonctionnaire.\n";
    let d = doc(
        text,
        &[
            (
                "militaire de l’OTAN",
                "org:nato",
                "NATO",
                "NATOMIL",
                "organisation",
            ),
            ("CNN", "media:cnn", "CNN", "USAMED", "media"),
        ],
    );
    let f = quotes(&d);
    let got = found(&d, &f);
    assert_eq!(
        got,
        vec![
            ("probable", "NATO military official".to_string(), true),
            (
                "Poutine a besoin de soutien. Tout serait utile",
                "NATO military official".to_string(),
                true
            ),
        ]
    );
    assert_eq!(f[0].quote.channel.as_deref(), Some("CNN"));
    assert!(f[0].quote.partial);
    assert_eq!(
        d.slice(f[1].quote.speaker_span.unwrap()),
        "le fonctionnaire"
    );
}

#[test]
fn selon_and_d_apres_cues() {
    let text = "Selon une source de l’opposition biélorusse, des unités pourraient entrer en Ukraine dans les prochains jours.\n\
Les sanctions ont coûté cher, selon lui.\n\
Selon le dernier sondage, 85 % des habitants sont contre.\n";
    let d = doc(
        text,
        &[
            (
                "opposition biélorusse",
                "BLR",
                "Belarus",
                "BLROPP",
                "country",
            ),
            LUKA,
        ],
    );
    let got = found(&d, &quotes(&d));
    // "selon lui" refers back to the last speaker; a poll is not a speaker.
    let source = "Belarus opposition source".to_string();
    assert_eq!(
        got,
        vec![
            (
                "des unités pourraient entrer en Ukraine dans les prochains jours",
                source.clone(),
                false
            ),
            ("Les sanctions ont coûté cher", source, false),
        ]
    );
    // "selon lui" with a named speaker before it.
    let text = "Loukachenko a parlé longuement.\nLes sanctions ont coûté cher, selon lui.\n";
    let d = doc(text, &[LUKA]);
    let got = found(&d, &quotes(&d));
    assert_eq!(
        got,
        vec![(
            "Les sanctions ont coûté cher",
            "person:alexander_lukashenko".to_string(),
            false
        )]
    );
}

#[test]
fn scare_quotes_without_a_cue_are_not_speech() {
    let text = "Loukachenko, surnommé “le dernier dictateur d’Europe”, a compté sur Moscou.\n";
    let d = doc(text, &[LUKA]);
    assert!(quotes(&d).is_empty(), "{:?}", quotes(&d));
}

#[test]
fn a_name_in_quotation_marks_leaves_the_clause_reported() {
    let text = "Quelque 40 000 soldats ont été mobilisés dans le cadre de l’opération « Rempart de l’Est », a précisé Loukachenko.\n\
Loukachenko a affirmé que les soldats resteraient « aussi longtemps que nécessaire ».\n";
    let d = doc(text, &[LUKA]);
    let f = quotes(&d);
    assert_eq!(
        found(&d, &f),
        vec![
            (
                "Quelque 40 000 soldats ont été mobilisés dans le cadre de l’opération « Rempart de l’Est »",
                "person:alexander_lukashenko".to_string(),
                false
            ),
            (
                "aussi longtemps que nécessaire",
                "person:alexander_lukashenko".to_string(),
                true
            ),
        ]
    );
}

#[test]
fn selon_lui_after_a_body_speaking_in_the_same_sentence_is_that_body() {
    let text = "Selon le ministère de l’Énergie, des centrales ont été « gravement endommagées ».\n\
Le ministère russe de la Défense a affirmé avoir mené « une frappe massive » en représailles, selon lui, aux « attaques terroristes » de Kiev.\n";
    let mod_ru = (
        "ministère russe de la Défense",
        "org:russia-mod",
        "Russian Defence Ministry",
        "RUSMIL",
        "organisation",
    );
    let d = doc(text, &[mod_ru]);
    let f = quotes(&d);
    let speakers: Vec<(&str, String)> = found(&d, &f)
        .into_iter()
        .map(|(t, s, _)| (t, s))
        .filter(|(t, _)| *t != "gravement endommagées")
        .collect();
    assert_eq!(
        speakers,
        vec![
            ("une frappe massive", "org:russia-mod".to_string()),
            ("attaques terroristes", "org:russia-mod".to_string()),
        ]
    );
}

#[test]
fn an_apposed_name_followed_by_a_relative_clause_is_the_speaker() {
    let text = "« Nous ne céderons pas », a lancé le président, Loukachenko, qui a prévenu qu’il resterait.\n";
    let d = doc(text, &[LUKA]);
    let f = quotes(&d);
    assert_eq!(
        found(&d, &f).first().map(|q| q.1.clone()),
        Some("person:alexander_lukashenko".to_string())
    );
}

#[test]
fn an_additive_que_opens_no_clause() {
    let text = "Les deux camps se sont entendus pour échanger les prisonniers ainsi que les dépouilles de soldats, a annoncé Loukachenko.\n";
    let d = doc(text, &[LUKA]);
    let f = quotes(&d);
    assert_eq!(
        found(&d, &f).first().map(|q| q.0),
        Some("Les deux camps se sont entendus pour échanger les prisonniers ainsi que les dépouilles de soldats")
    );
}

#[test]
fn english_attribution_orders() {
    let text = "President Lukashenko said on Tuesday that his troops would stay home.\n\
“We have no ambition to fight,” he said.\n\
The units could move within days, a senior official told Reuters.\n\
According to Reuters, the talks failed.\n";
    let d = doc(
        text,
        &[
            (
                "Lukashenko",
                "person:alexander_lukashenko",
                "Alexander Lukashenko",
                "BLRGOV",
                "person",
            ),
            ("Reuters", "media:reuters", "Reuters", "GBRMED", "media"),
        ],
    );
    let got = found(&d, &quotes(&d));
    let luka = "person:alexander_lukashenko".to_string();
    assert_eq!(
        got,
        vec![
            ("his troops would stay home", luka.clone(), false),
            ("We have no ambition to fight,", luka, true),
            (
                "The units could move within days",
                "senior official".to_string(),
                false
            ),
            ("the talks failed", "media:reuters".to_string(), false),
        ]
    );
}

#[test]
fn typography_does_not_break_attribution() {
    // Non-breaking spaces inside guillemets, a mismatched pair, an abbreviation, numbers.
    let text = "M. Loukachenko a déclaré\u{a0}: «\u{a0}Nous enverrons 30\u{a0}000 soldats et 1,5 milliard.\" Puis il est parti.\n";
    let d = doc(text, &[LUKA]);
    let got = found(&d, &quotes(&d));
    assert_eq!(
        got,
        vec![(
            "Nous enverrons 30\u{a0}000 soldats et 1,5 milliard.",
            "person:alexander_lukashenko".to_string(),
            true
        )]
    );
}

#[test]
fn russian_dash_after_the_quote_and_speakers_without_articles() {
    let text = "«Мы никому не угрожаем», — сказал Лукашенко на совещании в Минске.\n\
«Это скорее политический жест», — отметил военный аналитик Павел Рудницкий.\n";
    let mut d = doc(
        text,
        &[
            (
                "Лукашенко",
                "person:alexander_lukashenko",
                "Alexander Lukashenko",
                "BLRGOV",
                "person",
            ),
            (
                "Павел Рудницкий",
                "person:pavel_rudnitsky",
                "Pavel Rudnitsky",
                "",
                "person",
            ),
        ],
    );
    d.meta.language = Some("ru".into());
    let got = found(&d, &quotes(&d));
    assert_eq!(
        got,
        vec![
            (
                "Мы никому не угрожаем",
                "person:alexander_lukashenko".to_string(),
                true
            ),
            (
                "Это скорее политический жест",
                "person:pavel_rudnitsky".to_string(),
                true
            ),
        ]
    );
}

#[test]
fn unknown_names_opening_the_sentence_and_relative_that() {
    // No mentions at all: the speaker is the capitalised subject before the verb.
    let text = "Shelby said the demands that come with the job erase old barriers.\n\
Many said nothing at all.\n";
    let mut d = doc(text, &[]);
    d.meta.language = Some("en".into());
    let got = found(&d, &quotes(&d));
    assert_eq!(
        got,
        vec![(
            "the demands that come with the job erase old barriers",
            "Shelby".to_string(),
            false
        )]
    );
}

fn english(text: &str) -> Document {
    let mut d = doc(text, &[]);
    d.meta.language = Some("en".into());
    d
}

fn spans(d: &Document) -> Vec<String> {
    quotes(d)
        .iter()
        .map(|q| d.slice(q.span).to_string())
        .collect()
}

#[test]
fn english_verbs_take_content_without_that() {
    let d = english(
        "But Grassley says other changes are needed.\n\
The Canadian government announced it had reached its goal.\n",
    );
    assert_eq!(
        spans(&d),
        vec!["other changes are needed", "it had reached its goal"]
    );
}

#[test]
fn according_to_after_a_clause_reports_what_comes_before() {
    let d = english(
        "The top 1 percent would see their incomes go up by 19.9 percent, according to the Tax Foundation, more than twice what it projected.\n\
According to Reuters, the talks failed.\n\
About 9.9 million single mothers live in the country, according to federal statistics.\n",
    );
    assert_eq!(
        spans(&d),
        vec![
            "The top 1 percent would see their incomes go up by 19.9 percent",
            "the talks failed",
            "About 9.9 million single mothers live in the country"
        ]
    );
}

#[test]
fn a_colon_inside_a_time_does_not_open_a_clause() {
    let d = english(
        "The explosion went off around 8:30 p.m. in front of the building, according to Commissioner James O’Neill.\n",
    );
    assert_eq!(
        spans(&d),
        vec!["The explosion went off around 8:30 p.m. in front of the building"]
    );
}

#[test]
fn parenthetical_attribution_with_a_title() {
    let d = english(
        "The museum, Mr. Obama said on Saturday, would make visitors face uncomfortable truths.\n\
“There is a lot of new complexity,” Mr. Burman said.\n",
    );
    let got = quotes(&d);
    assert_eq!(
        spans(&d),
        vec![
            "The museum, Mr. Obama said on Saturday, would make visitors face uncomfortable truths",
            "There is a lot of new complexity,"
        ]
    );
    assert_eq!(got[1].quote.speaker.as_deref(), Some("Mr. Burman"));
}

#[test]
fn coordinated_verbs_and_writers_comments_end_the_content() {
    let d = english(
        "Fowler said the campaign would release records and warned that delays were likely.\n\
Fowler said the plan was sound, although he refused to give details.\n",
    );
    assert_eq!(
        spans(&d),
        vec![
            "the campaign would release records",
            "delays were likely",
            "the plan was sound"
        ]
    );
}

#[test]
fn english_reports_the_whole_clause_and_quotations_without_their_cue() {
    let text = "Sullivan says he is satisfied that there has been “no illegal disclosure by anyone” at the agency.\n\
“We will win,” Sullivan said. “We always do.”\n";
    let d = english(text);
    assert_eq!(
        spans(&d),
        vec![
            "he is satisfied that there has been “no illegal disclosure by anyone” at the agency",
            "We will win,",
            "We always do."
        ]
    );
    // Without the language (or in French), the quoted words alone, one quotation each.
    let d = doc(text, &[]);
    assert_eq!(
        spans(&d),
        vec![
            "no illegal disclosure by anyone",
            "We will win,",
            "We always do."
        ]
    );
}

#[test]
fn hyphens_do_not_open_clauses_and_an_unnamed_audience_is_no_content() {
    let d = english(
        "Lithuania will close the crossing on the 680-kilometre border, Mr. Nauseda said on Friday.\n\
Mr. Nauseda told a news conference in Vilnius after a meeting of the council.\n\
Vilnius asked NATO allies for consultations under Article 4.\n",
    );
    assert_eq!(
        spans(&d),
        vec!["Lithuania will close the crossing on the 680-kilometre border"]
    );
}

/// A one-sentence document whose sentence carries the UD words of `lines` (see
/// `vigie_core::tree::parse_test_sentence`), with the given mentions.
fn parsed(lines: &str, mentions: &[(&str, &str, &str, &str, &str)]) -> Document {
    let (text, words) = vigie_core::tree::parse_test_sentence(lines);
    let mut d = doc(&text, mentions);
    let span = Span::new(0, text.len());
    d.annotate(span, vigie_core::Sentence { words });
    d
}

const PESKOV: (&str, &str, &str, &str, &str) = (
    "Dmitri Peskov",
    "person:dmitry_peskov",
    "Dmitry Peskov",
    "RUSGOV",
    "person",
);

#[test]
fn the_tree_gives_an_inverted_subject_with_its_apposition() {
    let d = parsed(
        "« « PUNCT 3 punct
         Nous lui PRON 3 nsubj
         restons rester VERB 0 root
         prêts prêt ADJ 3 xcomp
         » » PUNCT 3 punct
         , , PUNCT 8 punct
         a avoir AUX 8 aux
         indiqué indiquer VERB 3 parataxis
         le le DET 10 det
         porte-parole porte-parole NOUN 8 nsubj
         du de ADP 12 case
         Kremlin Kremlin PROPN 10 nmod
         , , PUNCT 15 punct
         Dmitri Dmitri PROPN 15 flat
         Peskov Peskov PROPN 10 appos
         , , PUNCT 18 punct
         lors lors ADV 18 case
         mardi mardi NOUN 8 obl
         . . PUNCT 3 punct",
        &[PESKOV],
    );
    let got = found(&d, &quotes(&d));
    assert_eq!(
        got,
        vec![(
            "Nous restons prêts",
            "person:dmitry_peskov".to_string(),
            true
        )]
    );
}

#[test]
fn the_tree_gives_the_subject_and_the_complement_of_an_unlisted_form() {
    // "réitérera" is no surface form of the lexicon: its lemma is a speech predicate.
    let d = parsed(
        "Dmitri Dmitri PROPN 2 flat
         Peskov Peskov PROPN 7 nsubj
         , , PUNCT 5 punct
         qui qui PRON 5 nsubj PronType=Rel
         parlait parler VERB 2 acl:relcl
         , , PUNCT 5 punct
         réitérera réitérer VERB 0 root
         que que SCONJ 11 mark
         les le DET 10 det
         troupes troupe NOUN 11 nsubj
         restent rester VERB 7 ccomp
         . . PUNCT 7 punct",
        &[PESKOV],
    );
    let got = found(&d, &quotes(&d));
    assert_eq!(
        got,
        vec![(
            "les troupes restent",
            "person:dmitry_peskov".to_string(),
            false
        )]
    );
}

#[test]
fn the_tree_reads_selon_with_an_apposition() {
    let d = parsed(
        "Selon selon ADP 3 case
         le le DET 3 det
         porte-parole porte-parole NOUN 11 obl
         du de ADP 5 case
         Kremlin Kremlin PROPN 3 nmod
         , , PUNCT 8 punct
         Dmitri Dmitri PROPN 8 flat
         Peskov Peskov PROPN 3 appos
         , , PUNCT 3 punct
         rien rien PRON 11 nsubj
         change changer VERB 0 root
         . . PUNCT 11 punct",
        &[PESKOV],
    );
    let got = found(&d, &quotes(&d));
    assert_eq!(
        got,
        vec![("rien change", "person:dmitry_peskov".to_string(), false)]
    );
}

#[test]
fn a_quotation_interrupted_by_its_incise_is_two_quotations() {
    let text = "Loukachenko a parlé.\n« Vous ne me verrez pas céder, a-t-il lancé. Il n’y aura pas de nouvelle élection. »\n";
    let d = doc(text, &[LUKA]);
    let got = found(&d, &quotes(&d));
    let luka = "person:alexander_lukashenko".to_string();
    assert_eq!(
        got,
        vec![
            ("Vous ne me verrez pas céder", luka.clone(), true),
            ("Il n’y aura pas de nouvelle élection.", luka, true),
        ]
    );
}

#[test]
fn the_tree_names_an_apposition_the_actors_stage_does_not_know() {
    // La vice-ministre de la Défense, Hanna Maliar, a fait état de « succès partiels ».
    let d = parsed(
        "La le DET 2 det
         vice-ministre vice-ministre NOUN 11 nsubj
         de de ADP 5 case
         la le DET 5 det
         Défense défense NOUN 2 nmod
         , , PUNCT 7 punct
         Hanna Hanna PROPN 2 appos
         Maliar Maliar PROPN 7 flat:name
         , , PUNCT 11 punct
         a avoir AUX 11 aux
         fait faire VERB 0 root
         état état NOUN 11 obj:lvc
         de de ADP 15 case
         « « PUNCT 15 punct
         succès succès NOUN 11 obl:arg
         partiels partiel ADJ 15 amod
         » » PUNCT 15 punct
         . . PUNCT 11 punct",
        &[],
    );
    let got = found(&d, &quotes(&d));
    assert_eq!(
        got,
        vec![("succès partiels", "Hanna Maliar".to_string(), true)]
    );
}

fn french(text: &str, mentions: &[(&str, &str, &str, &str, &str)]) -> Document {
    let mut d = doc(text, mentions);
    d.meta.language = Some("fr".into());
    d
}

fn speakers(d: &Document) -> Vec<(String, String)> {
    quotes(d)
        .iter()
        .map(|q| {
            (
                d.slice(q.span).to_string(),
                q.quote.speaker.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn determiners_are_read_in_the_documents_language() {
    // "des" is indefinite in French (a German genitive article elsewhere): new speakers.
    let d = french(
        "Dmitri Peskov a déclaré que les discussions continuaient.\n\
Selon des diplomates, un accord reste possible.\n",
        &[PESKOV],
    );
    assert_eq!(
        speakers(&d),
        vec![
            (
                "les discussions continuaient".to_string(),
                "person:dmitry_peskov".to_string()
            ),
            (
                "un accord reste possible".to_string(),
                "diplomat".to_string()
            ),
        ]
    );
}

const SCHOLZ: (&str, &str, &str, &str, &str) = (
    "Olaf Scholz",
    "person:olaf_scholz",
    "Olaf Scholz",
    "DEUGOV",
    "person",
);
const ORBAN: (&str, &str, &str, &str, &str) = (
    "Orban",
    "person:viktor_orban",
    "Viktor Orbán",
    "HUNGOV",
    "person",
);

#[test]
fn a_relative_clause_on_the_subject_is_not_the_speaker() {
    let d = french(
        "Le chancelier allemand Olaf Scholz, qui avait suggéré à M. Orban de sortir, a reconnu que la question restait entière.\n",
        &[SCHOLZ, ORBAN],
    );
    assert_eq!(
        speakers(&d),
        vec![(
            "la question restait entière".to_string(),
            "person:olaf_scholz".to_string()
        )]
    );
}

/// A document with mentions given with their link kind.
fn linked(
    text: &str,
    mentions: &[(&str, &str, &str, &str, &str, vigie_core::MentionHow)],
) -> Document {
    let mut d = Document::new(text.to_string(), Metadata::default());
    d.meta.language = Some("fr".into());
    for (surface, actor, canonical, code, kind, how) in mentions {
        for (at, _) in text.match_indices(surface) {
            d.annotate(
                Span::new(at, at + surface.len()),
                Mention {
                    actor: Some(actor.to_string()),
                    canonical: Some(canonical.to_string()),
                    code: Some(code.to_string()),
                    entity_type: kind.parse().unwrap(),
                    how: Some(*how),
                    why: Vec::new(),
                },
            );
        }
    }
    d
}

#[test]
fn a_capital_speaks_for_its_government_and_a_building_for_itself() {
    use vigie_core::MentionHow::{Metonym, Name};
    let d = linked(
        "L'Ukraine est en guerre. Kiev dénonce un « chantage ».\n\
Le Kremlin a dénoncé une « provocation ».\n",
        &[
            ("Ukraine", "UKR", "Ukraine", "UKR", "country", Name),
            ("Kiev", "place:kyiv", "Kyiv", "UKRGOV", "place", Metonym),
            (
                "Kremlin",
                "place:kremlin",
                "Kremlin",
                "RUSGOV",
                "place",
                Metonym,
            ),
        ],
    );
    assert_eq!(
        speakers(&d),
        vec![
            ("chantage".to_string(), "government of Ukraine".to_string()),
            ("provocation".to_string(), "place:kremlin".to_string()),
        ]
    );
}

#[test]
fn a_place_named_as_a_place_never_speaks() {
    use vigie_core::MentionHow::Name;
    let d = linked(
        "Le slogan « Stop Bruxelles », placardé sur les affiches à Budapest, résume la stratégie du dirigeant.\n",
        &[("Budapest", "place:budapest", "Budapest", "HUN", "place", Name)],
    );
    assert!(speakers(&d).iter().all(|(_, s)| s != "place:budapest"));
}

#[test]
fn a_name_in_apposition_after_an_inverted_description_is_the_speaker() {
    let d = french(
        "Six personnes ont été tuées samedi, a annoncé le gouverneur régional, Oleg Synegoubov.\n",
        &[(
            "Oleg Synegoubov",
            "person:oleg",
            "Oleg Synegoubov",
            "UKRGOV",
            "person",
        )],
    );
    assert_eq!(
        speakers(&d),
        vec![(
            "Six personnes ont été tuées samedi".to_string(),
            "person:oleg".to_string()
        )]
    );
}

#[test]
fn definite_descriptions_refer_back_only_to_whom_they_fit() {
    // An institution after another body, and a description with an indefinite complement,
    // are new speakers.
    let d = french(
        "D'après Viasna, 6 700 personnes ont été arrêtées.\n\
Le ministère de l'Intérieur a reconnu que des erreurs avaient pu être commises.\n\
Ihor Savtchenko estime que la percée est lente.\n\
Le commandant d'une brigade confirme que les pertes sont lourdes.\n",
        &[
            ("Viasna", "org:viasna", "Viasna", "BLRNGO", "organisation"),
            (
                "Ihor Savtchenko",
                "person:ihor",
                "Ihor Savtchenko",
                "UKR",
                "person",
            ),
        ],
    );
    let got = speakers(&d);
    assert_eq!(got[1].1, "ministry");
    assert_eq!(got[3].1, "commander");
}

#[test]
fn capitalised_words_inside_a_quotation_never_name_the_speaker() {
    let d = french(
        "Vladimir Poutine a annoncé une mobilisation « partielle ».\n\
« Il ne s'agit pas d'un bluff », a-t-il affirmé, accusant les Occidentaux de « chantage nucléaire ».\n",
        &[(
            "Vladimir Poutine",
            "person:vladimir_putin",
            "Vladimir Putin",
            "RUSGOV",
            "person",
        )],
    );
    let got = speakers(&d);
    assert!(!got.is_empty());
    assert!(
        got.iter().all(|(_, s)| s == "person:vladimir_putin"),
        "{got:?}"
    );
}

#[test]
fn a_coordinated_clause_after_the_incise_is_the_writers() {
    let d = english(
        "Shelling continued overnight on the outskirts of Chernihiv, local officials said, and the city remained without running water.\n",
    );
    let got = speakers(&d);
    assert_eq!(
        got,
        vec![(
            "Shelling continued overnight on the outskirts of Chernihiv".to_string(),
            "local official".to_string()
        )]
    );
}

#[test]
fn a_name_before_the_role_qualifies_it() {
    let mut d = doc(
        "A senior US defense official said the units were repositioning.\n\
Environmental groups warned that the flooding could spread mines.\n",
        &[("US", "USA", "United States", "USA", "country")],
    );
    d.meta.language = Some("en".into());
    assert_eq!(
        speakers(&d),
        vec![
            (
                "the units were repositioning".to_string(),
                "senior United States defense official".to_string()
            ),
            (
                "the flooding could spread mines".to_string(),
                "environmental group".to_string()
            ),
        ]
    );
}

#[test]
fn according_to_a_description_then_the_name_in_apposition() {
    let mut d = doc(
        "According to the head of the regional military administration, Oleksandr Prokudin, around 16,000 people were in the critical zone.\n",
        &[(
            "Oleksandr Prokudin",
            "person:prokudin",
            "Oleksandr Prokudin",
            "UKRGOV",
            "person",
        )],
    );
    d.meta.language = Some("en".into());
    assert_eq!(
        speakers(&d),
        vec![(
            "around 16,000 people were in the critical zone".to_string(),
            "person:prokudin".to_string()
        )]
    );
}

#[test]
fn a_metonym_after_a_typographic_elision_is_read_without_panic() {
    // "l’" ends in a three-byte apostrophe: the article test once cut inside it.
    let text = "« Nous ne céderons pas », a déclaré l’Élysée.\n";
    let mut d = Document::new(text.to_string(), Metadata::default());
    let at = text.find("Élysée").unwrap();
    d.annotate(
        Span::new(at, at + "Élysée".len()),
        mention(
            ("place:elysee", "Élysée", "FRAGOV", "place"),
            vigie_core::MentionHow::Metonym,
        ),
    );
    d.meta.language = Some("fr".into());
    let got = found(&d, &quotes(&d));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Nous ne céderons pas");
}

#[test]
fn any_inverted_verb_right_after_a_quotation_attributes_it() {
    // "lâcher" and "écrire" are no speech verbs of the lexicon: the incise makes them one.
    let peskov = (
        "Peskov",
        "person:dmitry_peskov",
        "Dmitry Peskov",
        "RUSGOV",
        "person",
    );
    let text = "Peskov a fait état de 121 000 personnes évacuées. « Les services fonctionnent », a-t-il écrit sur Telegram.\nLoukachenko a déclaré que tout allait bien.\nPeskov, lui, est resté muet toute la soirée.\n« Ils parlent, ils parlent », lâche-t-il.\n";
    let d = doc(text, &[LUKA, peskov]);
    let got = found(&d, &quotes(&d));
    let p = "person:dmitry_peskov".to_string();
    assert_eq!(
        got,
        vec![
            ("Les services fonctionnent", p.clone(), true),
            (
                "tout allait bien",
                "person:alexander_lukashenko".to_string(),
                false
            ),
            ("Ils parlent, ils parlent", p, true),
        ]
    );
}
