//! A small knowledge base and cue set for the unit tests of the linker's passes: each test
//! reads one decision on a short text without loading the shipped data.

use super::{tokenize, Hit, Linker, Norm, Token};
use crate::kb::Kb;
use crate::lexicon::Cues;

const ACTORS: &str = r#"
[[actor]]
id = "BLR"
type = "country"
cameo = "BLR"
names = { en = ["Belarus"], fr = ["Biélorussie"] }
adjectives = { en = ["Belarusian"], fr = ["biélorusse", "biélorusses"] }

[[actor]]
id = "NATO"
type = "organisation"
cameo = "IGONAT"
names = { en = ["NATO", "North Atlantic Treaty Organization"], fr = ["OTAN", "Alliance atlantique"] }

[[actor]]
id = "GEO"
type = "country"
cameo = "GEO"
ambiguous = true
names = { en = ["Georgia"], fr = ["Géorgie"] }

[[actor]]
id = "JOR"
type = "country"
cameo = "JOR"
ambiguous = true
names = { en = ["Jordan"] }

[[actor]]
id = "place:minsk"
type = "place"
cameo = "BLR"
country = "BLR"
metonym_for = "BLRGOV"
names = { en = ["Minsk"] }

[[actor]]
id = "person:alexander_lukashenko"
type = "person"
cameo = "BLRGOV"
country = "BLR"
names = { en = ["Alexander Lukashenko", "Lukashenko"], fr = ["Loukachenko"] }
roles = [{ code = "BLRGOV", from = "1994-07-20" }]

[[actor]]
id = "person:michel_test"
type = "person"
country = "BLR"
names = { fr = ["Jean Michel", "Michel"] }

[[actor]]
id = "person:michel_barnier"
type = "person"
names = { fr = ["Michel Barnier", "Barnier"] }

[[actor]]
id = "person:erna_solberg"
type = "person"
cameo = "NORGOV"
names = { en = ["Erna Solberg", "Solberg"] }
roles = [{ code = "NORGOV", from = "2013-10-16", to = "2021-10-14" }]
"#;

const AGENTS: &str = r#"
language = "fr"
[[agent]]
sector = "MIL"
words = ["troupes", "troops", "forces", "armées", "militaire", "responsable militaire"]
[[agent]]
sector = "GOV"
words = ["régime", "président", "responsable"]
"#;

const CUES: &str = r#"
person_titles = ["M.", "président", "colonel", "Minister"]
roles = ["porte-parole", "spokesman"]
of = ["de", "of", "de l'", "du"]
locative = ["à", "in", "en"]
place_nouns = ["capitale", "capital"]
not_names = ["le", "la", "the", "selon"]
name_particles = ["de", "von", "der"]

[[reading]]
actor = "GEO"
other = "US state"
cues = ["Atlanta"]

[[reading]]
actor = "JOR"
other = "river Jordan"
before = ["fleuve", "river"]
"#;

/// The test linker.
pub(crate) fn linker() -> Linker {
    let kb = Kb::from_files([("kb/test.toml", ACTORS), ("kb/agents/fr.toml", AGENTS)]);
    let cues = Cues::from_files([("lexicons/xx/actors.toml", CUES)]);
    assert!(kb.warnings.is_empty(), "{:?}", kb.warnings);
    assert!(cues.warnings.is_empty(), "{:?}", cues.warnings);
    Linker::new(kb, cues)
}

/// A text seen as the resolver sees it: normalised, tokenized, with the automaton's hits.
pub(super) struct Seen<'l, 't> {
    pub norm: Norm<'t>,
    pub tokens: Vec<Token>,
    pub hits: Vec<Hit<'l>>,
}

impl<'l, 't> Seen<'l, 't> {
    pub fn new(linker: &'l Linker, text: &'t str) -> Seen<'l, 't> {
        let norm = Norm::new(text);
        let tokens = tokenize(&norm);
        let hits = linker.hits(&norm, &[]);
        Seen { norm, tokens, hits }
    }

    /// Index of the hit whose original text is `surface`.
    pub fn hit(&self, surface: &str) -> usize {
        self.hits
            .iter()
            .position(|h| &self.norm.original()[h.span.start..h.span.end] == surface)
            .unwrap_or_else(|| panic!("no hit {surface:?}"))
    }

    /// The original text of a span.
    pub fn text(&self, span: vigie_core::Span) -> &'t str {
        &self.norm.original()[span.start..span.end]
    }
}
