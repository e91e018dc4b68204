//! The CAMEO code table (`data/cameo/codes.toml`): name, Goldstein value, PLOVER type and
//! QuadClass of every code, so the coder and the exports never repeat those facts in code.

use std::collections::HashMap;

use serde::Deserialize;
use vigie_core::Plover;

use crate::Error;

/// One CAMEO code as the reference table gives it.
#[derive(Debug, Clone, Deserialize)]
pub struct CameoCode {
    pub cameo: String,
    pub name: String,
    pub root: String,
    pub goldstein: f64,
    /// PLOVER 2021 type; `None` (`""` in the file) for 01x and 02x, which PLOVER does not
    /// code. A name outside [`Plover`] fails the table's load.
    #[serde(with = "vigie_core::labels::plover_or_empty")]
    pub plover: Option<Plover>,
    #[serde(default)]
    pub plover_mode: String,
    pub quad_class: u8,
}

#[derive(Deserialize)]
struct File {
    code: Vec<CameoCode>,
    #[serde(default)]
    plover: Vec<PloverType>,
}

/// A PLOVER event type with its definition.
#[derive(Debug, Clone, Deserialize)]
pub struct PloverType {
    #[serde(rename = "type")]
    pub name: Plover,
    pub quad_class: u8,
    pub definition: String,
}

/// Lookup of CAMEO codes by their string (leading zeros are significant).
#[derive(Debug, Clone)]
pub struct CameoTable {
    codes: HashMap<String, CameoCode>,
    plover: Vec<PloverType>,
}

impl CameoTable {
    /// Loads the embedded table (or the one under `VIGIE_RESOURCES`).
    pub fn load() -> Result<CameoTable, Error> {
        let path = "data/cameo/codes.toml";
        let res = vigie_resources::file(path).ok_or_else(|| Error::Missing(path.into()))?;
        Self::parse(&res.contents).map_err(|e| Error::Parse(path.into(), e))
    }

    pub fn parse(text: &str) -> Result<CameoTable, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let codes = file
            .code
            .into_iter()
            .map(|c| (c.cameo.clone(), c))
            .collect();
        Ok(CameoTable {
            codes,
            plover: file.plover,
        })
    }

    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    /// The PLOVER type names the table defines.
    pub fn plover_types(&self) -> impl Iterator<Item = &PloverType> {
        self.plover.iter()
    }

    /// True when some code of the table starts with `prefix` (`"19"`, `"0334"`).
    pub fn has_prefix(&self, prefix: &str) -> bool {
        self.codes.keys().any(|c| c.starts_with(prefix))
    }

    /// True when `filter` (a CAMEO code or prefix, or a PLOVER type name) selects `cameo`.
    pub fn selects(&self, filter: &str, cameo: &str) -> bool {
        if filter.chars().all(|c| c.is_ascii_digit()) {
            return cameo.starts_with(filter);
        }
        self.get(cameo)
            .is_some_and(|c| c.plover.is_some() && c.plover == Plover::parse_ignore_case(filter))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_has_all_roots_with_goldstein_and_plover() {
        let t = CameoTable::load().unwrap();
        for root in 1..=20 {
            let code = format!("{root:02}");
            assert!(t.contains(&code), "root {code} missing");
        }
        let c = t.get("190").unwrap();
        assert_eq!(c.plover, Some(Plover::Assault));
        assert_eq!(c.goldstein, -10.0);
        assert_eq!(t.get("163").unwrap().plover, Some(Plover::Sanction));
        assert_eq!(t.get("010").unwrap().plover, None);
        assert!(t.selects("19", "190") && t.selects("assault", "190"));
        assert!(!t.selects("18", "190"));
        assert_eq!(t.plover_types().count(), 16);
        let types: Vec<Plover> = t.plover_types().map(|p| p.name).collect();
        assert!(Plover::ALL.iter().all(|p| types.contains(p)), "{types:?}");
    }

    #[test]
    fn a_plover_type_outside_the_closed_set_is_an_error_naming_it() {
        let text = "[[code]]\ncameo = \"190\"\nname = \"x\"\nroot = \"19\"\ngoldstein = -10.0\nplover = \"FIGHT\"\nquad_class = 4\n";
        let err = CameoTable::parse(text).unwrap_err();
        assert!(err.contains("FIGHT"), "{err}");
        let ok = text.replace("FIGHT", "");
        assert_eq!(
            CameoTable::parse(&ok).unwrap().get("190").unwrap().plover,
            None
        );
    }
}
