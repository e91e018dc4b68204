//! The sentence view both coders read: the actor mentions of one sentence, located in its
//! phrase tokens ([`crate::phrase::tokenize`]) and merged into the actors they name.
//!
//! The `Mention` layer gives one mention per name the linker found, nested ones included
//! ("forces armées biélorusses" ⊃ "biélorusses"), and titles apart from the names they
//! introduce. An event holds actors, so the view keeps the outer of nested mentions, gives a
//! person the code of the title before the name when it has none ("Zimbabwean Prime Minister
//! Robert Mugabe" → ZWEGOV), and gives a people named by two demonyms the country of the first
//! ("Bosnian Serbs"). The tree coder takes these merged mentions as its candidate actors; the
//! phrase coder reads them by position.

use vigie_core::fold::Folded;
use vigie_core::{EntityType, Mention, MentionHow, Span};

use crate::actor::same_country;
use crate::phrase::{Hit, Token};

/// An actor mention located in a sentence's tokens.
#[derive(Debug, Clone)]
pub(crate) struct Ment<'a> {
    pub(crate) span: Span,
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) m: &'a Mention,
    pub(crate) surface: &'a str,
    /// The code of the title before a person's name, when the person has none of its own
    /// ("Serbian President Vojislav Kostunica" → SRBGOV).
    pub(crate) title_code: Option<String>,
    /// The country of a people named by two demonyms ("Bosnian Serbs", "Iraqi Kurds",
    /// "Croatian Serb refugees"): the first names where they are from, as CAMEO codes them.
    pub(crate) owner: Option<&'a Mention>,
}

impl Ment<'_> {
    pub(crate) fn name(&self) -> String {
        self.m
            .canonical
            .clone()
            .or_else(|| self.m.actor.clone())
            .unwrap_or_else(|| self.surface.to_string())
    }
    /// Identity used to tell two mentions of the same actor apart from different actors.
    pub(crate) fn key(&self) -> String {
        self.m
            .actor
            .clone()
            .or_else(|| self.m.code.clone())
            .unwrap_or_else(|| self.name())
    }
    /// A place that is not standing for an actor ("Moscou" as the Russian government is a
    /// metonym, hence an actor).
    pub(crate) fn is_place(&self) -> bool {
        self.m.entity_type == EntityType::Place && self.m.how != Some(MentionHow::Metonym)
    }
}

/// The merged mentions of sentence `sent` of `text`: `mentions` are the document's, sorted by
/// start then longest first; `tokens` the sentence's; `hits` the trigger hits of its language
/// when it has one (a title and a name are not merged across a trigger).
pub(crate) fn mentions_of<'a>(
    text: &'a str,
    folded: &Folded,
    sent: Span,
    tokens: &[Token],
    mentions: &[(Span, &'a Mention)],
    hits: &[Hit],
) -> Vec<Ment<'a>> {
    mentions
        .iter()
        .filter(|(s, _)| sent.contains(s))
        // A name nobody listed and nothing codes (a university, a town, "Congress" with no
        // country before it) cannot be an event's coded actor; left in, it would stand
        // between a trigger and the actor that can. Persons stay: they carry titles.
        .filter(|(_, m)| {
            m.code.is_some() || m.actor.is_some() || m.entity_type == EntityType::Person
        })
        .filter_map(|&(span, m)| {
            let ms = folded.to_folded(span.start);
            let me = folded.to_folded(span.end);
            let first = tokens.partition_point(|t| t.end <= ms);
            let last = tokens.partition_point(|t| t.start < me).checked_sub(1)?;
            (first <= last).then(|| Ment {
                span,
                first,
                last,
                m,
                surface: &text[span.start..span.end],
                title_code: None,
                owner: None,
            })
        })
        // Nested mentions ("forces armées biélorusses" ⊃ "biélorusses"): keep the outer.
        // A title right before a name ("le président turc Recep Tayyip Erdoğan"), or a
        // description before a name in apposition, stands for the person named.
        .fold(Vec::new(), |mut acc: Vec<Ment>, m| {
            match acc.last() {
                Some(p) if p.last >= m.first => {}
                // "Bosnian Serbs": a country adjective right before a demonym or a
                // group of another country.
                Some(p)
                    if p.last + 1 == m.first
                        && p.m.how == Some(MentionHow::Adjective)
                        && m.m.how != Some(MentionHow::Name)
                        && p.m.entity_type == EntityType::Country
                        && m.m.entity_type == EntityType::Country
                        && p.owner.is_none()
                        && !same_country(p.m.code.as_deref(), m.m.code.as_deref()) =>
                {
                    let mut m = m;
                    m.owner = Some(p.m);
                    m.first = p.first;
                    m.span = Span::new(p.span.start, m.span.end);
                    *acc.last_mut().unwrap() = m;
                }
                // "Zimbabwean Prime Minister Robert Mugabe": up to four title words
                // between, within the clause, when the person has no code of its own.
                Some(p)
                    if m.m.entity_type == EntityType::Person
                        && p.m.entity_type != EntityType::Person
                        // A pronoun the coreference stage resolved has no title.
                        && m.m.how != Some(MentionHow::Coreference)
                        && (p.last + 1 == m.first
                            || (m.m.code.is_none()
                                && p.m.code.is_some()
                                && m.first <= p.last + 5
                                && tokens[p.last].clause == tokens[m.first].clause
                                // An event trigger between them is the verb of a
                                // clause, not a title word ("Kenya demanded that
                                // President Odhiambo…").
                                && !hits
                                    .iter()
                                    .any(|h| h.first > p.last && h.first < m.first))
                            // "le ministre russe des Affaires étrangères, Sergueï
                            // Lavrov": a title in apposition, across the comma,
                            // when both codes name the same country.
                            || (p.m.how == Some(MentionHow::Agent)
                                && m.first <= p.last + 4
                                && tokens[m.first].clause <= tokens[p.last].clause + 1
                                && same_country(p.m.code.as_deref(), m.m.code.as_deref()))) =>
                {
                    let mut m = m;
                    m.title_code = p.m.code.clone();
                    m.first = p.first;
                    m.span = Span::new(p.span.start, m.span.end);
                    *acc.last_mut().unwrap() = m;
                }
                _ => acc.push(m),
            }
            acc
        })
}

#[cfg(test)]
mod tests {
    use crate::fixture::Sentence;

    #[test]
    fn nested_mentions_keep_the_outer_one() {
        let s = Sentence::new("Les forces armées biélorusses ont franchi la frontière.")
            .with(
                "forces armées biélorusses",
                Some("BLRMIL"),
                "organisation",
                "agent",
            )
            .with("biélorusses", Some("BLR"), "country", "adjective");
        let v = s.view("fr");
        let ments = v.ments();
        assert_eq!(ments.len(), 1);
        assert_eq!(ments[0].m.code.as_deref(), Some("BLRMIL"));
        assert_eq!((ments[0].first, ments[0].last), (1, 3));
    }

    #[test]
    fn a_title_before_an_uncoded_person_gives_its_code() {
        let s = Sentence::new("Zimbabwean Prime Minister Robert Mugabe rejected the plan.")
            .with(
                "Zimbabwean Prime Minister",
                Some("ZWEGOV"),
                "organisation",
                "agent",
            )
            .with("Robert Mugabe", None, "person", "unlinked");
        let v = s.view("en");
        let ments = v.ments();
        assert_eq!(ments.len(), 1);
        let m = &ments[0];
        assert_eq!(m.title_code.as_deref(), Some("ZWEGOV"));
        assert_eq!(m.first, 0);
        assert_eq!(m.span, s.span("Zimbabwean Prime Minister Robert Mugabe"));
        assert_eq!(m.name(), "Robert Mugabe");
    }

    #[test]
    fn a_trigger_between_an_actor_and_a_person_keeps_them_apart() {
        let s = Sentence::new("Kenya demanded that President Odhiambo resign.")
            .country("Kenya", "KEN")
            .with("Odhiambo", None, "person", "unlinked");
        let v = s.view("en");
        assert!(!v.hits.is_empty(), "'demanded' is a trigger");
        let ments = v.ments();
        assert_eq!(ments.len(), 2);
        assert!(ments[1].title_code.is_none());
        // Without the trigger, the country would title the person.
        let mut no_hits = s.view("en");
        no_hits.hits.clear();
        let merged = no_hits.ments();
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].title_code.as_deref(), Some("KEN"));
    }

    #[test]
    fn a_people_named_by_two_demonyms_belongs_to_the_first() {
        let s = Sentence::new("Bosnian Serbs demanded a referendum.")
            .with("Bosnian", Some("BIH"), "country", "adjective")
            .with("Serbs", Some("SRB"), "country", "adjective");
        let v = s.view("en");
        let ments = v.ments();
        assert_eq!(ments.len(), 1);
        assert_eq!(ments[0].owner.and_then(|o| o.code.as_deref()), Some("BIH"));
        assert_eq!(ments[0].span, s.span("Bosnian Serbs"));
        // Two mentions of one country are not a people of the first.
        let s = Sentence::new("Serbian Serbs demanded a referendum.")
            .with("Serbian", Some("SRB"), "country", "adjective")
            .with("Serbs", Some("SRB"), "country", "adjective");
        assert_eq!(s.view("en").ments().len(), 2);
    }

    #[test]
    fn a_metonym_place_is_an_actor() {
        let s = Sentence::new("Moscou a accusé Kiev.")
            .with("Moscou", Some("RUSGOV"), "place", "metonym")
            .with("Kiev", Some("UKR"), "place", "name");
        let v = s.view("fr");
        let ments = v.ments();
        assert!(!ments[0].is_place());
        assert!(ments[1].is_place());
        assert_eq!(ments[0].key(), "RUSGOV");
    }
}
