//! An actor as an event holds it (name, CAMEO code, identity key, state), made from a merged
//! mention of the sentence view, and the country tests on CAMEO actor codes both coders use.
//!
//! The key decides when two mentions are one actor (an actor is not its own target, events are
//! deduplicated by source and target keys); the state decides when an act falls on the doer's
//! own country (domestic targets, promises about one's own country).

use vigie_core::{EntityType, Mention};

use crate::sentence::Ment;

/// An actor as an event holds it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Actor {
    pub(crate) name: String,
    pub(crate) code: Option<String>,
    pub(crate) key: String,
    /// The country code of a state actor or of one of its people (None for international
    /// organisations and for actors without a code).
    pub(crate) state: Option<String>,
    /// An actor without a code named by a bare domestic title ("President Mugabe").
    pub(crate) titled: bool,
}

impl Actor {
    pub(crate) fn of(m: &Ment) -> Actor {
        let code = m.m.code.clone().or_else(|| m.title_code.clone());
        if let Some(o) = m.owner {
            let country = o.code.as_deref().and_then(|c| c.get(..3));
            let sector = code.as_deref().and_then(|c| c.get(3..)).unwrap_or("");
            if let Some(country) = country {
                let mut a = Actor::in_country(country, sector, o);
                // A people of a country is not the country itself ("Bosnian Serbs demanded …
                // in east Bosnia"): its own key.
                a.key = format!("{}/{}", a.key, m.key());
                return a;
            }
        }
        // An organisation is a state's own body only when its code carries a sector after the
        // country ("UKRMIL"); short organisation codes (NATO, OSCE, G20) are international.
        let state = if m.m.entity_type == EntityType::Organisation
            && code.as_ref().is_some_and(|c| c.len() < 6)
        {
            None
        } else {
            state_of(code.as_deref())
        };
        Actor {
            name: m.name(),
            code,
            key: m.key(),
            state,
            titled: false,
        }
    }
    /// `m` as a body or people of `country` (owner mention `o`), keeping its sector.
    pub(crate) fn in_country(country: &str, sector: &str, o: &Mention) -> Actor {
        Actor {
            name: o.canonical.clone().unwrap_or_else(|| country.to_string()),
            code: Some(format!("{country}{sector}")),
            key: o.actor.clone().unwrap_or_else(|| country.to_string()),
            state: Some(country.to_string()),
            titled: false,
        }
    }
    /// An actor known only by a name and a code (a quoted speaker).
    pub(crate) fn named(name: &str, code: Option<&String>) -> Actor {
        Actor {
            name: name.to_string(),
            code: code.cloned(),
            key: code.cloned().unwrap_or_else(|| name.to_string()),
            state: state_of(code.map(String::as_str)),
            titled: false,
        }
    }
}

/// The country part of a CAMEO actor code: its first three letters, unless they name an
/// international or transnational class (IGO, NGO, IMG, MNC) rather than a country.
pub(crate) fn state_of(code: Option<&str>) -> Option<String> {
    let p = code?.get(..3)?;
    (p.bytes().all(|b| b.is_ascii_uppercase()) && !matches!(p, "IGO" | "NGO" | "IMG" | "MNC"))
        .then(|| p.to_string())
}

/// Whether two actor codes name the same country (their first three letters agree).
pub(crate) fn same_country(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.len() >= 3 && a.get(..3) == b.get(..3),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Sentence;

    #[test]
    fn the_state_of_a_code_is_its_country_unless_international() {
        assert_eq!(state_of(Some("FRAGOV")).as_deref(), Some("FRA"));
        assert_eq!(state_of(Some("IGOUNO")), None);
        assert_eq!(state_of(Some("NGO")), None);
        assert_eq!(state_of(Some("EU")), None);
        assert_eq!(state_of(None), None);
        assert!(same_country(Some("USAGOV"), Some("USA")));
        assert!(!same_country(Some("USA"), Some("RUS")));
        assert!(!same_country(None, Some("RUS")));
    }

    #[test]
    fn actors_of_mentions() {
        let s = Sentence::new("NATO, UKRMIL and Bosnian Serbs")
            .with("NATO", Some("NATO"), "organisation", "name")
            .with("UKRMIL", Some("UKRMIL"), "organisation", "name")
            .with("Bosnian", Some("BIH"), "country", "adjective")
            .with("Serbs", Some("SRBETH"), "country", "adjective");
        let v = s.view("en");
        let ments = v.ments();
        let actors: Vec<Actor> = ments.iter().map(Actor::of).collect();
        assert_eq!(actors.len(), 3, "{actors:#?}");
        // A short organisation code is international; a sectored one belongs to its state.
        assert_eq!(actors[0].state, None);
        assert_eq!(actors[1].state.as_deref(), Some("UKR"));
        // A people of another country: that country with the people's sector, its own key.
        assert_eq!(actors[2].code.as_deref(), Some("BIHETH"));
        assert_eq!(actors[2].state.as_deref(), Some("BIH"));
        assert_eq!(actors[2].key, "BIH/SRBETH");
        assert_eq!(actors[2].name, "Bosnian");
        // No code: the name is the key.
        let s =
            Sentence::new("Robert Mugabe spoke.").with("Robert Mugabe", None, "person", "unlinked");
        let v = s.view("en");
        let mugabe = Actor::of(&v.ments()[0]);
        assert_eq!((mugabe.code, mugabe.key.as_str()), (None, "Robert Mugabe"));
        let quoted = Actor::named("Mario Soares", Some(&"PRTGOV".to_string()));
        assert_eq!(quoted.key, "PRTGOV");
        assert_eq!(quoted.state.as_deref(), Some("PRT"));
    }
}
