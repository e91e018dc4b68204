//! Linking cues per language: `lexicons/<lang>/actors.toml`, all languages merged (an article
//! may quote another language, and these words rarely collide across languages).

use std::collections::HashSet;

use serde::Deserialize;
use vigie_core::fold::fold;
use vigie_core::EntityType;

/// Another reading of an ambiguous knowledge-base name (Georgia the US state, the river Niger).
#[derive(Debug, Clone, Deserialize)]
pub struct Reading {
    /// The actor whose name is ambiguous.
    pub actor: String,
    /// What the other reading is (free text, for error analysis).
    pub other: String,
    /// The entity type of the other reading.
    #[serde(default = "place")]
    pub other_type: EntityType,
    /// Words anywhere in the article that point to the other reading.
    #[serde(default)]
    pub cues: Vec<String>,
    /// Words right before the name that select the other reading ("fleuve Niger").
    #[serde(default)]
    pub before: Vec<String>,
}

fn place() -> EntityType {
    EntityType::Place
}

#[derive(Debug, Default, Deserialize)]
struct File {
    #[serde(default)]
    person_titles: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    of: Vec<String>,
    #[serde(default)]
    locative: Vec<String>,
    #[serde(default)]
    place_nouns: Vec<String>,
    #[serde(default)]
    not_names: Vec<String>,
    #[serde(default)]
    name_particles: Vec<String>,
    #[serde(default)]
    reading: Vec<Reading>,
    #[serde(default)]
    weapon_context: Vec<String>,
}

/// The merged cues, folded.
#[derive(Debug, Default, Clone)]
pub struct Cues {
    /// Titles written before a person's name ("président", "M.", "colonel"), one word each,
    /// folded, without a final period.
    pub person_titles: FastSet<String>,
    /// Role nouns written after a name, after a comma ("Aleksei Skabeі, responsable de…").
    pub roles: FastSet<String>,
    /// "de", "du", "of the": what joins a sector word to the actor it belongs to.
    pub of: FastSet<String>,
    /// Words before a capital that make it a place, not a metonym ("à Minsk", "capitale").
    pub locative: FastSet<String>,
    /// Nouns that make a following capital a place even a few words on ("la capitale
    /// ukrainienne, Kiev").
    pub place_nouns: FastSet<String>,
    /// Capitalised words that never start or join a name ("Le", "Selon", "The").
    pub not_names: FastSet<String>,
    /// Lowercase particles inside names ("de", "von", "bin").
    pub name_particles: FastSet<String>,
    pub readings: Vec<Reading>,
    /// Words that make a weapon context ("missiles", "système", "ЗРК"): an ambiguous weapon
    /// system named by a bare word (Patriot, Leopard, Бук) links only next to one of these, or
    /// in an article naming another weapon system. A word ending in `*` is a prefix
    /// ("ракет*" for every case form).
    pub weapon_words: FastSet<String>,
    pub weapon_prefixes: Vec<String>,
    pub warnings: Vec<String>,
}

impl Cues {
    pub fn load() -> Cues {
        let files: Vec<(String, String)> = vigie_resources::lexicons("actors.toml")
            .into_iter()
            .map(|r| (r.path, r.contents.into_owned()))
            .collect();
        Cues::from_files(files.iter().map(|(p, c)| (p.as_str(), c.as_str())))
    }

    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Cues {
        let mut cues = Cues::default();
        for (path, contents) in files {
            let f: File = match toml::from_str(contents) {
                Ok(f) => f,
                Err(e) => {
                    cues.warnings.push(format!("{path}: {e}"));
                    continue;
                }
            };
            cues.person_titles.extend(
                f.person_titles
                    .iter()
                    .map(|s| fold(s.trim_end_matches('.'))),
            );
            cues.roles.extend(f.roles.iter().map(|s| fold(s)));
            cues.of.extend(f.of.iter().map(|s| fold(s)));
            cues.locative.extend(f.locative.iter().map(|s| fold(s)));
            cues.place_nouns
                .extend(f.place_nouns.iter().map(|s| fold(s)));
            cues.not_names.extend(f.not_names.iter().map(|s| fold(s)));
            cues.name_particles
                .extend(f.name_particles.iter().map(|s| fold(s)));
            cues.readings.extend(f.reading);
            for w in &f.weapon_context {
                match w.strip_suffix('*') {
                    Some(prefix) => cues.weapon_prefixes.push(fold(prefix)),
                    None => {
                        cues.weapon_words.insert(fold(w));
                    }
                }
            }
        }
        cues
    }

    /// Whether the folded word `w` is a weapon-context word (exactly, or by a listed prefix).
    pub fn is_weapon_word(&self, w: &str) -> bool {
        self.weapon_words.contains(w)
            || self
                .weapon_prefixes
                .iter()
                .any(|p| w.starts_with(p.as_str()))
    }
}

/// A fast hasher (the multiply-rotate scheme of rustc's FxHash) for tables built from data
/// files and only read while linking: SipHash's protection against chosen keys buys nothing
/// there, and hashing words is a visible share of linking time.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
}

pub type FastBuild = std::hash::BuildHasherDefault<FastHasher>;
pub type FastSet<T> = HashSet<T, FastBuild>;
pub type FastMap<K, V> = std::collections::HashMap<K, V, FastBuild>;
