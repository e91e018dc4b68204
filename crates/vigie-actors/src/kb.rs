//! The knowledge base: every `kb/*.toml` (actors) and `kb/agents/<lang>.toml` (sector words),
//! read through `vigie_resources` and merged.
//!
//! The format is documented in docs/data-formats.md. Ids are meant to be unique across files;
//! when one appears twice (an addition file such as `kb/extra.toml` extending an actor another
//! file defines), names, adjectives and roles are merged into the first definition and its
//! scalar fields are only filled where they were missing. A file that does not parse is skipped
//! and reported in [`Kb::warnings`], so one broken file never takes the whole linker down, and
//! tests can still insist on a clean load.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use vigie_core::EntityType;

/// A dated role of a person.
#[derive(Debug, Clone, Deserialize)]
pub struct Role {
    pub code: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// One actor of the knowledge base.
#[derive(Debug, Clone, Deserialize)]
pub struct Actor {
    pub id: String,
    /// `type` in the file; a type outside [`EntityType`] fails the file's load (reported in
    /// [`Kb::warnings`] with its path and the value).
    #[serde(rename = "type")]
    pub kind: EntityType,
    #[serde(default)]
    pub cameo: Option<String>,
    #[serde(default)]
    pub wikidata: Option<String>,
    #[serde(default)]
    pub iso2: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub metonym_for: Option<String>,
    #[serde(default)]
    pub ambiguous: bool,
    #[serde(default)]
    pub note: Option<String>,
    /// Names per language (ISO 639-1 key), in the order the file gives them.
    #[serde(default)]
    pub names: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub adjectives: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub roles: Vec<Role>,
}

impl Actor {
    /// The canonical name: the first English name, else the first name in any language, else
    /// the id.
    pub fn canonical(&self) -> &str {
        self.names
            .get("en")
            .and_then(|v| v.first())
            .or_else(|| self.names.values().flat_map(|v| v.first()).next())
            .map_or(self.id.as_str(), String::as_str)
    }

    /// Every name in every language, with its language.
    pub fn all_names(&self) -> impl Iterator<Item = (&str, &str)> {
        self.names
            .iter()
            .flat_map(|(l, v)| v.iter().map(move |n| (l.as_str(), n.as_str())))
    }

    /// The CAMEO code of a person at `date` (`YYYY-MM-DD`, or a prefix of it): the role in force
    /// then that started last; `None` when no role covers the date.
    pub fn code_at(&self, date: &str) -> Option<&str> {
        self.role_at(date).map(|r| r.code.as_str())
    }

    /// The role of a person in force at `date` that started last (see [`Actor::code_at`]).
    pub fn role_at(&self, date: &str) -> Option<&Role> {
        self.roles
            .iter()
            .filter(|r| {
                r.from
                    .as_deref()
                    .is_none_or(|f| pad(f, false) <= pad(date, false))
                    && r.to
                        .as_deref()
                        .is_none_or(|t| pad(date, false) <= pad(t, true))
            })
            .max_by(|a, b| a.from.cmp(&b.from))
    }
}

/// Pads a partial ISO date so that string order is date order: "2022" → "2022-01-01" (or
/// "2022-12-31" for the end of a range), "2022-07" → "2022-07-01" / "2022-07-31".
fn pad(date: &str, end: bool) -> String {
    let d = &date[..date.len().min(10)];
    match d.len() {
        4 => format!("{d}{}", if end { "-12-31" } else { "-01-01" }),
        7 => format!("{d}{}", if end { "-31" } else { "-01" }),
        _ => d.to_string(),
    }
}

/// Sector words of one language: "troupes" → MIL.
#[derive(Debug, Clone, Deserialize)]
pub struct AgentSet {
    pub sector: String,
    #[serde(default)]
    pub words: Vec<String>,
}

#[derive(Deserialize)]
struct ActorFile {
    #[serde(default)]
    actor: Vec<Actor>,
}

#[derive(Deserialize)]
struct AgentFile {
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    agent: Vec<AgentSet>,
}

/// The merged knowledge base.
#[derive(Debug, Default, Clone)]
pub struct Kb {
    pub actors: Vec<Actor>,
    /// Sector words, with the language they come from.
    pub agents: Vec<(String, AgentSet)>,
    by_id: HashMap<String, usize>,
    /// Files that could not be read, with the reason.
    pub warnings: Vec<String>,
}

impl Kb {
    /// Loads the knowledge base shipped with vigie (or the folder `VIGIE_RESOURCES` names).
    pub fn load() -> Kb {
        let files: Vec<(String, String)> = vigie_resources::files("kb/", ".toml")
            .into_iter()
            .map(|r| (r.path, r.contents.into_owned()))
            .collect();
        Kb::from_files(files.iter().map(|(p, c)| (p.as_str(), c.as_str())))
    }

    /// Builds a knowledge base from `(path, contents)` pairs; `kb/agents/…` files are sector
    /// words, every other file is a list of actors.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Kb {
        let mut kb = Kb::default();
        for (path, contents) in files {
            if path.contains("/agents/") {
                match toml::from_str::<AgentFile>(contents) {
                    Ok(f) => {
                        let lang = f.language.unwrap_or_else(|| {
                            path.rsplit('/')
                                .next()
                                .unwrap_or("")
                                .trim_end_matches(".toml")
                                .to_string()
                        });
                        kb.agents
                            .extend(f.agent.into_iter().map(|a| (lang.clone(), a)));
                    }
                    Err(e) => kb.warnings.push(format!("{path}: {e}")),
                }
                continue;
            }
            match toml::from_str::<ActorFile>(contents) {
                Ok(f) => {
                    for a in f.actor {
                        kb.add(a);
                    }
                }
                Err(e) => kb.warnings.push(format!("{path}: {e}")),
            }
        }
        kb
    }

    fn add(&mut self, a: Actor) {
        let Some(&i) = self.by_id.get(&a.id) else {
            self.by_id.insert(a.id.clone(), self.actors.len());
            self.actors.push(a);
            return;
        };
        let e = &mut self.actors[i];
        for (lang, names) in a.names {
            let list = e.names.entry(lang).or_default();
            for n in names {
                if !list.contains(&n) {
                    list.push(n);
                }
            }
        }
        for (lang, adjs) in a.adjectives {
            let list = e.adjectives.entry(lang).or_default();
            for n in adjs {
                if !list.contains(&n) {
                    list.push(n);
                }
            }
        }
        e.roles.extend(a.roles);
        e.cameo = e.cameo.take().or(a.cameo);
        e.wikidata = e.wikidata.take().or(a.wikidata);
        e.country = e.country.take().or(a.country);
        e.metonym_for = e.metonym_for.take().or(a.metonym_for);
        e.ambiguous |= a.ambiguous;
    }

    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Actors having `name` (compared folded) as a name or an id, or as a CAMEO code.
    pub fn lookup(&self, name: &str) -> Vec<&Actor> {
        if let Some(a) = self.get(name) {
            return vec![a];
        }
        let key = vigie_core::fold::fold(name.trim());
        let mut out: Vec<&Actor> = self
            .actors
            .iter()
            .filter(|a| a.all_names().any(|(_, n)| vigie_core::fold::fold(n) == key))
            .collect();
        if out.is_empty() {
            out = self
                .actors
                .iter()
                .filter(|a| a.cameo.as_deref() == Some(name) && a.kind == EntityType::Country)
                .collect();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
[[actor]]
id = "person:x"
type = "person"
[actor.names]
en = ["John X", "X"]
[[actor.roles]]
code = "AAAGOV"
from = "2000"
to = "2010-06"
[[actor.roles]]
code = "AAAMIL"
from = "2010-06-15"
"#;

    #[test]
    fn role_at_date_honours_partial_dates() {
        let kb = Kb::from_files([("kb/p.toml", FILE)]);
        let a = kb.get("person:x").unwrap();
        assert_eq!(a.code_at("1999-12-31"), None);
        assert_eq!(a.code_at("2000-01-01"), Some("AAAGOV"));
        assert_eq!(a.code_at("2010-06-20"), Some("AAAMIL"));
        assert_eq!(a.code_at("2010-06-10"), Some("AAAGOV"));
        assert_eq!(a.code_at("2030-01-01"), Some("AAAMIL"));
    }

    #[test]
    fn a_type_outside_the_closed_set_is_reported_with_the_file_and_the_value() {
        let town = "[[actor]]\nid = \"x\"\ntype = \"town\"\n";
        let kb = Kb::from_files([("kb/p.toml", FILE), ("kb/towns.toml", town)]);
        assert_eq!(kb.get("person:x").unwrap().kind, EntityType::Person);
        assert!(kb.get("x").is_none());
        assert_eq!(kb.warnings.len(), 1, "{:?}", kb.warnings);
        let w = &kb.warnings[0];
        assert!(
            w.starts_with("kb/towns.toml: ") && w.contains("town"),
            "{w}"
        );
    }

    #[test]
    fn a_weapon_system_needs_no_cameo_code() {
        let file = "[[actor]]\nid = \"weapon:x\"\ntype = \"weapon_system\"\ncountry = \"AAA\"\n[actor.names]\nen = [\"X-1\"]\n";
        let kb = Kb::from_files([("kb/weapons.toml", file)]);
        assert!(kb.warnings.is_empty(), "{:?}", kb.warnings);
        let a = kb.get("weapon:x").unwrap();
        assert_eq!(a.kind, EntityType::WeaponSystem);
        assert_eq!(a.cameo, None);
        assert_eq!(a.canonical(), "X-1");
    }

    #[test]
    fn duplicate_ids_merge_and_bad_files_are_reported() {
        let extra = "[[actor]]\nid = \"person:x\"\ntype = \"person\"\ncountry = \"AAA\"\n[actor.names]\nfr = [\"Jean X\"]\n";
        let kb = Kb::from_files([
            ("kb/p.toml", FILE),
            ("kb/extra.toml", extra),
            ("kb/bad.toml", "[[actor]\n"),
        ]);
        assert_eq!(kb.actors.len(), 1);
        let a = kb.get("person:x").unwrap();
        assert_eq!(a.names["fr"], vec!["Jean X"]);
        assert_eq!(a.country.as_deref(), Some("AAA"));
        assert_eq!(a.canonical(), "John X");
        assert_eq!(kb.warnings.len(), 1, "{:?}", kb.warnings);
    }
}
