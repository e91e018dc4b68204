//! The closed label sets of the annotations and of the knowledge base: boilerplate roles, date
//! kinds and granularities, entity types, how a mention was linked, PLOVER event types and
//! hypothetical kinds.
//!
//! Each set is an enum whose JSON form is the exact string earlier versions wrote as a free
//! `String` (`"read_also"`, `"part_of_month"`, `"ASSAULT"`), so stores written before stay
//! readable and exports are unchanged. Every enum has `as_str`, `Display`, `FromStr` (for data
//! files and the command line; an unknown value is a [`UnknownLabel`] that names the set, the
//! value and what is accepted) and `ALL`. Data files (`lexicons/*/boilerplate.toml`,
//! `kb/*.toml`, `data/cameo/codes.toml`, `lexicons/*/events.toml`…) are read through serde with
//! these enums, so a value outside the set fails the load with the file's path and the value.
//!
//! Open sets (actor ids, CAMEO codes, canonical names, cue ids, channels, languages) stay
//! strings: they grow with the data.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A label that is not in its closed set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {set} {value:?} (expected one of: {})", expected.join(", "))]
pub struct UnknownLabel {
    /// What the set is ("boilerplate role", "entity type"…).
    pub set: &'static str,
    pub value: String,
    pub expected: &'static [&'static str],
}

/// Defines a closed label enum: each variant with its exact serialised string.
macro_rules! labels {
    (
        $(#[$meta:meta])*
        $name:ident ($set:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $s:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $s)] $variant, )+
        }

        impl $name {
            /// Every label of the set, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The serialised strings, in the order of [`Self::ALL`].
            pub const NAMES: &'static [&'static str] = &[$($s),+];

            /// The label as written in JSON and data files.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $s,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownLabel;
            fn from_str(s: &str) -> Result<Self, UnknownLabel> {
                match s {
                    $($s => Ok($name::$variant),)+
                    _ => Err(UnknownLabel {
                        set: $set,
                        value: s.to_string(),
                        expected: $name::NAMES,
                    }),
                }
            }
        }
    };
}

labels! {
    /// What a leftover (boilerplate) region is. Most roles come with the cues of
    /// `lexicons/<lang>/boilerplate.toml`; the others are given by the stage's line features.
    BoilerplateRole("boilerplate role") {
        AdLabel = "ad_label",
        /// Line after previous/next-article links, when the page is over.
        AfterArticle = "after_article",
        AgeLabel = "age_label",
        AudioPlayer = "audio_player",
        AuthorBio = "author_bio",
        BackToTop = "back_to_top",
        Breadcrumb = "breadcrumb",
        Byline = "byline",
        Caption = "caption",
        /// A short line asking the reader to act ("Suivez-nous sur WhatsApp", "Faites défiler")
        /// or pointing elsewhere (a line ending with an arrow or a pictograph).
        CallToAction = "call_to_action",
        /// A line the learned line classifier scores as leftover (the rules had no cue for it).
        Classified = "classified",
        Comments = "comments",
        CookieBanner = "cookie_banner",
        Copyright = "copyright",
        /// A lone number (share or comment counter).
        Counter = "counter",
        Dateline = "dateline",
        Disclaimer = "disclaimer",
        ErrorReport = "error_report",
        Footer = "footer",
        /// A line a gold dataset marks as leftover (evaluation only, never stored by a stage).
        Gold = "gold",
        ImageCredit = "image_credit",
        LanguageMenu = "language_menu",
        /// A bulleted navigation menu found by shape.
        Menu = "menu",
        Navigation = "navigation",
        Newsletter = "newsletter",
        OutletName = "outlet_name",
        Paywall = "paywall",
        PreviousNext = "previous_next",
        Rating = "rating",
        ReadAlso = "read_also",
        ReadingTime = "reading_time",
        Related = "related",
        /// A line many articles of the same outlet share (a footer, a newsletter pitch, a
        /// fixed bio), found by counting across articles (`vigie_analysis::repeated`), not by
        /// a cue.
        Repeated = "repeated",
        RepeatedHeadline = "repeated_headline",
        Share = "share",
        SourceLabel = "source_label",
        Tags = "tags",
        TrustLabel = "trust_label",
        WireCredit = "wire_credit",
    }
}

labels! {
    /// What kind of date expression a [`crate::DateMention`] is.
    DateKind("date kind") {
        /// A full date or a month or year written out ("4 novembre 2026", "2022").
        Absolute = "absolute",
        /// Relative to the article's date ("hier", "last week").
        Relative = "relative",
        /// A date missing its year or month, completed from the article's date ("le 4").
        Partial = "partial",
        /// The article's dateline.
        Dateline = "dateline",
    }
}

labels! {
    /// How precise a resolved date is.
    DateGranularity("date granularity") {
        Day = "day",
        Week = "week",
        Month = "month",
        /// Part of a month ("début novembre"), resolved to the month.
        PartOfMonth = "part_of_month",
        Year = "year",
    }
}

labels! {
    /// The type of an actor of the knowledge base (`type` in `kb/*.toml`) and of a mention.
    EntityType("entity type") {
        Country = "country",
        Person = "person",
        Organisation = "organisation",
        Place = "place",
        ArmedGroup = "armed_group",
        Media = "media",
        MilitaryUnit = "military_unit",
        Group = "group",
        /// A named weapon system ("Iskander", "HIMARS"), found by the name finder.
        WeaponSystem = "weapon_system",
        /// An ambiguous name whose readings are of different types.
        Unknown = "unknown",
    }
}

impl Default for EntityType {
    /// Only for `..Default::default()` in tests and builders; every stage sets the type.
    fn default() -> Self {
        EntityType::Unknown
    }
}

labels! {
    /// How a mention was linked to its actor (see [`crate::Mention::how`]).
    MentionHow("mention link kind") {
        Name = "name",
        Adjective = "adjective",
        Metonym = "metonym",
        Agent = "agent",
        PartialName = "partial_name",
        Translit = "translit",
        Ambiguous = "ambiguous",
        OtherReading = "other_reading",
        Unlinked = "unlinked",
        Coreference = "coreference",
    }
}

labels! {
    /// Why a mention is linked (or left unlinked) as it is: the rule of the actor stage that
    /// decided it (see [`crate::LinkWhy`]). One mention may carry several: which actor, then
    /// which code.
    LinkRule("link rule") {
        /// The name of one actor of the knowledge base.
        OnlyActor = "only_actor",
        /// Several actors share the name; the article names only this one otherwise.
        SupportedByArticle = "supported_by_article",
        /// Several actors share the name and nothing in the article settles it: the first.
        FirstOfSeveral = "first_of_several",
        /// A name with another reading ("fleuve Jordan"): the word before it selects that one.
        OtherReading = "other_reading",
        /// A name whose readings nothing in the article tells apart: left unlinked.
        Undecided = "undecided",
        /// A capital or seat of power as the subject stands for its government.
        MetonymSubject = "metonym_subject",
        /// A capital after a word of place ("à Minsk"): the place, not its government.
        Locative = "locative",
        /// A person's code: their role at the article's date (the detail is its title).
        RoleAtDate = "role_at_date",
        /// A surname alone after the person's full name earlier in the article.
        FullNameEarlier = "full_name_earlier",
        /// A surname alone: the only person of the knowledge base by that surname, or the
        /// only one holding a role at the article's date.
        OnlySurname = "only_surname",
        /// A given name spelt another way before a known surname, or a name met through its
        /// transliteration key ("Aleksander Lukashenko", "Loukachenka").
        Transliteration = "transliteration",
        /// A sector word with its country ("les troupes biélorusses" → BLRMIL; the code says
        /// which).
        SectorWithCountry = "sector_with_country",
        /// A country's adjective or demonym alone.
        CountryAdjective = "country_adjective",
        /// A name no entry holds, found by its capitals, its part of speech and the words
        /// around it (the detail says which).
        UnlistedName = "unlisted_name",
        /// A person's code from the role written beside the name ("X, porte-parole de
        /// l'armée ukrainienne").
        RoleBesideName = "role_beside_name",
        /// A pronoun or description standing for an actor named before.
        Antecedent = "antecedent",
    }
}

labels! {
    /// The PLOVER 2021 event types (`[[plover]]` in `data/cameo/codes.toml`).
    Plover("PLOVER type") {
        Agree = "AGREE",
        Consult = "CONSULT",
        Support = "SUPPORT",
        Concede = "CONCEDE",
        Cooperate = "COOPERATE",
        Aid = "AID",
        Retreat = "RETREAT",
        Request = "REQUEST",
        Accuse = "ACCUSE",
        Reject = "REJECT",
        Threaten = "THREATEN",
        Protest = "PROTEST",
        Sanction = "SANCTION",
        Mobilize = "MOBILIZE",
        Coerce = "COERCE",
        Assault = "ASSAULT",
    }
}

impl Plover {
    /// Parses a PLOVER type whatever its case (`assault` on the command line).
    pub fn parse_ignore_case(s: &str) -> Option<Plover> {
        Plover::ALL
            .iter()
            .copied()
            .find(|p| p.as_str().eq_ignore_ascii_case(s))
    }
}

/// Serde helper for a PLOVER type written as `""` when there is none (CAMEO 01x and 02x, which
/// PLOVER does not code), as earlier versions wrote the free string:
/// `#[serde(with = "vigie_core::labels::plover_or_empty")]` on an `Option<Plover>`.
pub mod plover_or_empty {
    use super::*;

    pub fn serialize<S: Serializer>(v: &Option<Plover>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v.map_or("", Plover::as_str))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Plover>, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        if s.is_empty() {
            return Ok(None);
        }
        s.parse().map(Some).map_err(serde::de::Error::custom)
    }
}

labels! {
    /// Why an event is not asserted as real (see [`crate::Event::hypothetical`]); the kinds a
    /// modality cue, a verb ending or a pattern (`modality` in `events.toml`) may give.
    Hypothetical("hypothetical kind") {
        Future = "future",
        Conditional = "conditional",
        Possibility = "possibility",
        Intent = "intent",
        Readiness = "readiness",
        Prediction = "prediction",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_through_from_str_serde_and_display() {
        fn check<T>(all: &[T])
        where
            T: Copy
                + std::fmt::Display
                + std::str::FromStr
                + Serialize
                + PartialEq
                + std::fmt::Debug,
            T: for<'de> Deserialize<'de>,
            <T as std::str::FromStr>::Err: std::fmt::Debug,
        {
            for &v in all {
                let s = v.to_string();
                assert_eq!(s.parse::<T>().unwrap(), v);
                let json = serde_json::to_string(&v).unwrap();
                assert_eq!(json, format!("\"{s}\""));
                assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
            }
        }
        check(BoilerplateRole::ALL);
        check(DateKind::ALL);
        check(DateGranularity::ALL);
        check(EntityType::ALL);
        check(MentionHow::ALL);
        check(Plover::ALL);
        check(Hypothetical::ALL);
        assert_eq!(Plover::ALL.len(), 16);
    }

    #[test]
    fn an_unknown_label_names_the_set_the_value_and_what_is_accepted() {
        let err = "town".parse::<EntityType>().unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("unknown entity type \"town\" (expected one of: country, person"),
            "{msg}"
        );
        assert_eq!(Plover::parse_ignore_case("assault"), Some(Plover::Assault));
        assert_eq!(Plover::parse_ignore_case("attack"), None);
    }
}
