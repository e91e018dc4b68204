//! Names nobody listed: every proper name of an article that the knowledge base did not link,
//! found on the sentence layer and given a type.
//!
//! The linker only finds what its automaton holds, plus persons with a strong cue. Analysts lose
//! the rest: an expert quoted by name, a university, a district, a missile system, a news
//! agency. This pass reads the UD words of each sentence (the tagger's PROPN, and capitalised
//! words inside a sentence where the language does not capitalise common nouns), joins them
//! into runs with the particles names hold ("Ursula von der Leyen", "Rue du Bac"), and types
//! each run from evidence, strongest first:
//!
//! 1. its head word ("Université de Rennes", "Rue du Bac"; `*_heads` in
//!    `lexicons/<lang>/names.toml`);
//! 2. the word before it ("la ville de Lida", "l'agence Belta", "des missiles Iskander",
//!    "le colonel Ivanov", "à Lida"; `*_before` and `place_prepositions`, and the person
//!    titles of `actors.toml`);
//! 3. a role after a comma ("Anna Nowak, chercheuse à…") or a known given name → person;
//! 4. the article: a lone word that ends a person's full name earlier joins that person
//!    ("Nowak" after "Anna Nowak"); a run typed once keeps its type when repeated;
//! 5. the gazetteer (`kb/gazetteer/`): a name of a town or region → place;
//! 6. its shape: an acronym → organisation; several words the tagger calls proper nouns →
//!    person; a run holding capitalised common nouns → organisation.
//!
//! What nothing types stays [`EntityType::Unknown`]. Every name is an unlinked mention whose
//! canonical form groups its spellings within the article (the full form of a person for its
//! surname alone; the gazetteer's main name for a place it knows, coded as its country), and
//! across articles by that form (`vigie entities --unlinked`).

use std::collections::HashMap;

use serde::Deserialize;
use vigie_core::fold::fold;
use vigie_core::{
    AnnotationData, Document, EntityType, Layer, LinkRule, LinkWhy, Mention, MentionHow, Span, Upos,
};

use crate::gazetteer::Gazetteer;
use crate::lexicon::FastSet;
use crate::linker::{Found, Linker};
use crate::translit::{unmix, word_key};

/// Typing cues of every language, merged (`lexicons/*/names.toml`).
#[derive(Debug, Default)]
pub struct NameCues {
    organisation_heads: FastSet<String>,
    place_heads: FastSet<String>,
    media_heads: FastSet<String>,
    place_before: FastSet<String>,
    organisation_before: FastSet<String>,
    media_before: FastSet<String>,
    weapon_before: FastSet<String>,
    place_prepositions: FastSet<String>,
    lowercase_heads: FastSet<String>,
    /// Words that join a head to the rest of its name ("Bank of England"), only inside a
    /// name that holds a head.
    head_joiners: FastSet<String>,
    /// What follows the digits of an ordinal ("th", "e"): see [`NameCues::is_ordinal`].
    ordinal_suffixes: FastSet<String>,
    /// Words of an age after a number ("ans", "years"): "Iryna, 34 ans," names a person.
    age_words: FastSet<String>,
    /// Per language: how its names are written.
    languages: HashMap<String, Writing>,
    pub warnings: Vec<String>,
}

/// How a language writes names.
#[derive(Debug, Default, Clone, Copy)]
struct Writing {
    /// Every noun is capitalised (German): only proper nouns start a name.
    capitalised_nouns: bool,
    /// A head word may stand anywhere in the name ("Warsaw University"), not only first.
    heads_anywhere: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    language: String,
    #[serde(default)]
    capitalised_nouns: bool,
    #[serde(default)]
    heads_anywhere: bool,
    #[serde(default)]
    organisation_heads: Vec<String>,
    #[serde(default)]
    place_heads: Vec<String>,
    #[serde(default)]
    media_heads: Vec<String>,
    #[serde(default)]
    place_before: Vec<String>,
    #[serde(default)]
    organisation_before: Vec<String>,
    #[serde(default)]
    media_before: Vec<String>,
    #[serde(default)]
    weapon_before: Vec<String>,
    #[serde(default)]
    place_prepositions: Vec<String>,
    #[serde(default)]
    lowercase_heads: Vec<String>,
    #[serde(default)]
    head_joiners: Vec<String>,
    #[serde(default)]
    ordinal_suffixes: Vec<String>,
    #[serde(default)]
    age_words: Vec<String>,
}

impl NameCues {
    pub fn load() -> NameCues {
        let files: Vec<(String, String)> = vigie_resources::lexicons("names.toml")
            .into_iter()
            .map(|r| (r.path, r.contents.into_owned()))
            .collect();
        NameCues::from_files(files.iter().map(|(p, c)| (p.as_str(), c.as_str())))
    }

    /// Cues from `(path, contents)` pairs; a file that does not parse is a warning naming it.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> NameCues {
        let mut cues = NameCues::default();
        for (path, contents) in files {
            let f: File = match toml::from_str(contents) {
                Ok(f) => f,
                Err(e) => {
                    cues.warnings.push(format!("{path}: {e}"));
                    continue;
                }
            };
            let add = |set: &mut FastSet<String>, words: &[String]| {
                set.extend(words.iter().map(|w| fold(w)));
            };
            add(&mut cues.organisation_heads, &f.organisation_heads);
            add(&mut cues.place_heads, &f.place_heads);
            add(&mut cues.media_heads, &f.media_heads);
            add(&mut cues.place_before, &f.place_before);
            add(&mut cues.organisation_before, &f.organisation_before);
            add(&mut cues.media_before, &f.media_before);
            add(&mut cues.weapon_before, &f.weapon_before);
            add(&mut cues.place_prepositions, &f.place_prepositions);
            add(&mut cues.lowercase_heads, &f.lowercase_heads);
            add(&mut cues.head_joiners, &f.head_joiners);
            add(&mut cues.ordinal_suffixes, &f.ordinal_suffixes);
            add(&mut cues.age_words, &f.age_words);
            cues.languages.insert(
                f.language,
                Writing {
                    capitalised_nouns: f.capitalised_nouns,
                    heads_anywhere: f.heads_anywhere,
                },
            );
        }
        cues
    }

    /// An ordinal written with digits ("225th", "14e", "47-ма"): digits, then one of the
    /// `ordinal_suffixes`, after a hyphen or not.
    fn is_ordinal(&self, token: &str) -> bool {
        let suffix = token.trim_start_matches(|c: char| c.is_ascii_digit());
        suffix.len() < token.len()
            && self
                .ordinal_suffixes
                .contains(&fold(suffix.strip_prefix('-').unwrap_or(suffix)))
    }

    fn head_type(&self, word: &str) -> Option<EntityType> {
        if self.organisation_heads.contains(word) {
            Some(EntityType::Organisation)
        } else if self.place_heads.contains(word) {
            Some(EntityType::Place)
        } else if self.media_heads.contains(word) {
            Some(EntityType::Media)
        } else {
            None
        }
    }

    fn before_type(&self, word: &str) -> Option<EntityType> {
        if self.weapon_before.contains(word) {
            Some(EntityType::WeaponSystem)
        } else if self.media_before.contains(word) {
            Some(EntityType::Media)
        } else if self.place_before.contains(word) {
            Some(EntityType::Place)
        } else if self.organisation_before.contains(word) {
            Some(EntityType::Organisation)
        } else {
            None
        }
    }
}

/// What the linker and the boilerplate already hold.
struct Taken {
    /// Disjoint spans, in text order.
    spans: Vec<Span>,
    /// Where the linker's person mentions start.
    person_starts: std::collections::HashSet<usize>,
    /// Codes of the linker's countries, country adjectives and described actors ("the
    /// Ukrainian army"), by where their mentions end and start.
    code_ending_at: HashMap<usize, String>,
    code_starting_at: HashMap<usize, String>,
}

impl Taken {
    fn new(found: &[Found], skip: &[Span]) -> Taken {
        let mut all: Vec<Span> = found
            .iter()
            .map(|f| f.span)
            .chain(skip.iter().copied())
            .collect();
        all.sort_by_key(|s| (s.start, s.end));
        let mut spans: Vec<Span> = Vec::with_capacity(all.len());
        for s in all {
            match spans.last_mut() {
                Some(last) if s.start < last.end => last.end = last.end.max(s.end),
                _ => spans.push(s),
            }
        }
        let person_starts = found
            .iter()
            .filter(|f| f.mention.entity_type == EntityType::Person)
            .map(|f| f.span.start)
            .collect();
        let coded = found.iter().filter(|f| {
            f.mention.entity_type == EntityType::Country
                || matches!(
                    f.mention.how,
                    Some(MentionHow::Adjective | MentionHow::Agent)
                )
        });
        let (mut code_ending_at, mut code_starting_at) = (HashMap::new(), HashMap::new());
        for f in coded {
            if let Some(code) = &f.mention.code {
                code_ending_at.insert(f.span.end, code.clone());
                code_starting_at.insert(f.span.start, code.clone());
            }
        }
        Taken {
            spans,
            person_starts,
            code_ending_at,
            code_starting_at,
        }
    }

    fn is_free(&self, s: Span) -> bool {
        let i = self.spans.partition_point(|t| t.end <= s.start);
        self.spans.get(i).is_none_or(|t| t.start >= s.end)
    }
}

/// One surface token of a sentence (the words of a contraction share theirs).
#[derive(Debug, Clone, Copy)]
struct Token<'t> {
    span: Span,
    text: &'t str,
    upos: Upos,
    /// First token of its sentence holding a letter.
    first: bool,
}

/// A run of name words with the evidence gathered on it.
#[derive(Debug, Clone)]
struct Run {
    span: Span,
    /// The run as written.
    surface: String,
    /// One word, in capitals ("OSCE", "SBU").
    acronym: bool,
    /// Folded words of the run.
    words: Vec<String>,
    /// Whether every word the run holds (particles aside) is a proper noun for the tagger.
    all_proper: bool,
    /// A determiner right before ("l'Atlantique Nord", "the Homeland Union"): persons are
    /// not written so.
    after_determiner: bool,
    entity_type: Option<EntityType>,
    /// The type came from the words around the run or its head, not from its shape.
    cued: bool,
    /// The run comes from a heading line in title case ("RSF Shells Camps Near El Fasher"), where
    /// capitals say nothing: it stands only where the body names it too.
    in_headline: bool,
    /// The CAMEO code the words around the name give it: the country or described actor
    /// right before ("the US Congress", "Taiwan's Vice Foreign Minister", "le porte-parole de
    /// l'armée ukrainienne, X"), a country adjective right after ("l'Union nigériane des
    /// enseignants") or "of/de" + a country ("Supreme Court of Chile").
    /// A person's apposition ("X, porte-parole de l'armée ukrainienne") is read later, for
    /// every person of the article, by `crate::roles`.
    code: Option<String>,
    /// What gave `entity_type` (the detail of the mention's [`LinkRule::UnlistedName`]).
    typed_by: &'static str,
}

/// `Run::typed_by` for a run typed where the article writes the same form again.
const SAME_FORM: &str = "the same name typed elsewhere in the article";

/// Finds the names of a document the linker left out.
pub struct NameFinder<'a> {
    pub linker: &'a Linker,
    pub cues: &'a NameCues,
    pub gazetteer: Option<&'a Gazetteer>,
}

impl NameFinder<'_> {
    /// Unlinked mentions of the names in `doc`'s sentences that no mention of `found` overlaps
    /// and no span of `skip` (boilerplate) holds; in text order.
    pub fn find(&self, doc: &Document, found: &[Found], skip: &[Span]) -> Vec<Found> {
        let writing = doc
            .meta
            .language
            .as_deref()
            .and_then(|l| self.cues.languages.get(l))
            .copied()
            .unwrap_or_default();
        let taken = Taken::new(found, skip);
        let free = |s: Span| taken.is_free(s);
        let mut runs = Vec::new();
        for a in doc.layer(Layer::Sentence) {
            let AnnotationData::Sentence(sentence) = &a.data else {
                continue;
            };
            let tokens = tokens_of(doc, &sentence.words);
            let first = runs.len();
            self.runs_of(&tokens, writing, &free, &taken, &mut runs);
            if vigie_text::is_heading(&doc.text, a.span) && is_title_case(&tokens) {
                for r in &mut runs[first..] {
                    r.in_headline = true;
                }
            }
        }
        let runs = keep_headline_names(runs, found);
        let mut runs = runs;
        self.type_by_article(&mut runs, found);
        let mut out = self.mentions(runs, found);
        self.expand_acronyms(&doc.text, &mut out, found);
        out
    }

    /// An acronym ("RSF", "SANA") whose letters are the initials of one longer name of the
    /// article ("the Rapid Support Forces", "Syrian Arab News Agency", linked or not) is that
    /// name: it takes its actor, code, canonical form and type. The joining words of
    /// `head_joiners` ("of", "de") and short lower-case words ("the", "la", "et") have no
    /// initial. Two different names with those initials: the acronym stays as it is.
    fn expand_acronyms(&self, text: &str, out: &mut [Found], found: &[Found]) {
        let initials = |name: &str| -> String {
            name.split(|c: char| c.is_whitespace() || c == '-')
                .map(|w| w.trim_start_matches(['\'', '’']))
                .map(|w| match w.split_once(['\'', '’']) {
                    Some((elided, rest)) if elided.chars().count() <= 2 => rest,
                    _ => w,
                })
                .filter(|w| !w.is_empty())
                .filter(|w| {
                    let lower = w.chars().all(|c| !c.is_uppercase());
                    !(self.cues.head_joiners.contains(&fold(w))
                        || (lower && w.chars().count() <= 3))
                })
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .collect()
        };
        let is_acronym = |s: &str| {
            let n = s.chars().count();
            (2..=6).contains(&n) && s.chars().all(|c| c.is_uppercase())
        };
        let decisions: Vec<Option<Mention>> = out
            .iter()
            .map(|f| {
                let surface = &text[f.span.start..f.span.end];
                if f.mention.how != Some(MentionHow::Unlinked) || !is_acronym(surface) {
                    return None;
                }
                let mut long: Option<&Mention> = None;
                for g in found.iter().chain(out.iter()) {
                    let g_surface = &text[g.span.start..g.span.end];
                    if !g_surface.contains(' ') {
                        continue;
                    }
                    let canonical = g.mention.canonical.as_deref().unwrap_or(g_surface);
                    if initials(g_surface) != surface && initials(canonical) != surface {
                        continue;
                    }
                    match long {
                        Some(m)
                            if m.canonical != g.mention.canonical || m.actor != g.mention.actor =>
                        {
                            return None;
                        }
                        _ => long = Some(&g.mention),
                    }
                }
                long.map(|m| Mention {
                    how: Some(MentionHow::PartialName),
                    ..m.clone()
                })
            })
            .collect();
        for (f, d) in out.iter_mut().zip(decisions) {
            if let Some(m) = d {
                f.mention = m;
            }
        }
    }

    /// The text from token `start` to token `end`, as written.
    fn text_of(&self, tokens: &[Token], start: usize, end: usize) -> String {
        let mut out = String::new();
        for (k, t) in tokens[start..=end].iter().enumerate() {
            if k > 0 && t.span.start > tokens[start + k - 1].span.end {
                out.push(' ');
            }
            out.push_str(t.text);
        }
        out
    }

    fn is_name_word(&self, t: &Token, writing: Writing) -> bool {
        let Some(c) = t.text.chars().next() else {
            return false;
        };
        if !c.is_uppercase() || !t.text.chars().any(char::is_alphabetic) {
            return false;
        }
        let folded = fold(t.text.trim_end_matches('.'));
        if self.linker.cues.not_names.contains(&folded)
            || self.linker.cues.person_titles.contains(&folded)
        {
            return false;
        }
        let letters = t.text.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = !t.text.chars().any(char::is_lowercase);
        match t.upos {
            // Words in capitals are headings and shouting unless the tagger reads a name.
            Upos::Propn => !all_caps || letters <= 6 || !t.first,
            _ if all_caps => false,
            Upos::Noun | Upos::Adj | Upos::X | Upos::Verb | Upos::Num => {
                !t.first && !writing.capitalised_nouns
            }
            _ => false,
        }
    }

    fn runs_of(
        &self,
        tokens: &[Token],
        writing: Writing,
        free: &impl Fn(Span) -> bool,
        taken: &Taken,
        runs: &mut Vec<Run>,
    ) {
        let name_word = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| free(t.span) && self.is_name_word(t, writing))
        };
        let particle = |t: &Token| {
            self.linker
                .cues
                .name_particles
                .contains(&fold(t.text.trim_end_matches(['\'', '’'])))
                || self.linker.cues.name_particles.contains(&fold(t.text))
        };
        // An initial ("L.", "J.-P.") belongs to the name right after it.
        let initial = |i: usize| {
            tokens.get(i).is_some_and(|t| {
                free(t.span)
                    && t.text.ends_with('.')
                    && !self
                        .linker
                        .cues
                        .person_titles
                        .contains(&fold(t.text.trim_end_matches('.')))
                    && t.text.chars().next().is_some_and(char::is_uppercase)
                    && t.text.chars().filter(|c| c.is_alphabetic()).count() <= 2
                    && tokens.get(i + 1).is_some_and(|n| adjacent(t, n))
                    && (name_word(i + 1) || initial_then_name(tokens, i + 1, &name_word))
            })
        };
        let mut i = 0;
        while i < tokens.len() {
            if !name_word(i) && !initial(i) {
                i += 1;
                continue;
            }
            let mut start = i;
            let mut end = i;
            let mut j = i + 1;
            while j < tokens.len() {
                if !adjacent(&tokens[j - 1], &tokens[j]) {
                    break;
                }
                if name_word(j) || initial(j) {
                    end = j;
                    j += 1;
                } else if (particle(&tokens[j])
                    || possessive(&tokens[j])
                    || (self.cues.head_joiners.contains(&fold(tokens[j].text))
                        && tokens[start..j]
                            .iter()
                            .any(|t| self.cues.head_type(&fold(t.text)).is_some())))
                    && name_word(j + 1)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            i = end + 1;
            // A given name before a person the linker knows ("Aleksandr Loukachenko", and
            // "(Aleksandr) Lukashenko" in quoted translations).
            let next = match tokens.get(end + 1) {
                Some(t) if t.text == ")" => tokens.get(end + 2),
                Some(t) if adjacent(&tokens[end], t) => Some(t),
                _ => None,
            };
            if next.is_some_and(|n| taken.person_starts.contains(&n.span.start)) {
                continue;
            }
            // A head written in lowercase before the name is part of it ("rue de la Tannerie",
            // "l'université de Varsovie").
            let mut head_before = None;
            if let Some((k, t)) = self.lowercase_head(tokens, start, free) {
                head_before = Some(t);
                start = k;
            }
            // An ordinal right before the name belongs to it ("225th Separate Assault
            // Regiment": units are named by their number); the words that type the name stay
            // those after it.
            let first = match start.checked_sub(1) {
                Some(k)
                    if head_before.is_none()
                        && adjacent(&tokens[k], &tokens[start])
                        && free(tokens[k].span) =>
                {
                    self.ordinal_ending_at(tokens, k).unwrap_or(start)
                }
                _ => start,
            };
            let run = &tokens[start..=end];
            let words: Vec<String> = run
                .iter()
                .map(|t| fold(t.text.trim_end_matches('.')))
                .collect();
            let all_proper = run
                .iter()
                .filter(|t| !particle(t))
                .all(|t| t.upos == Upos::Propn);
            let span = Span::new(tokens[first].span.start, run[end - start].span.end);
            let acronym = run.len() == 1 && {
                let letters = run[0].text.chars().filter(|c| c.is_alphabetic()).count();
                (2..=6).contains(&letters) && !run[0].text.chars().any(char::is_lowercase)
            };
            let code = self.code_around(tokens, first, end, taken);
            let after_determiner = first
                .checked_sub(1)
                .is_some_and(|k| tokens[k].upos == Upos::Det);
            let mut r = Run {
                in_headline: false,
                code,
                span,
                surface: self.text_of(tokens, first, end),
                acronym,
                words,
                all_proper,
                after_determiner,
                entity_type: None,
                typed_by: "",
                cued: false,
            };
            let head = head_before.or(if writing.heads_anywhere {
                r.words.iter().find_map(|w| self.cues.head_type(w))
            } else {
                // A name written in a language that puts its head last ("Timbuktu Institute",
                // "Carnegie Endowment" in a French article) keeps that head.
                self.cues.head_type(&r.words[0]).or_else(|| {
                    (r.words.len() >= 2)
                        .then(|| self.cues.head_type(&r.words[r.words.len() - 1]))
                        .flatten()
                })
            });
            let before = self.before(tokens, start);
            let role_after = self.role_after(tokens, end) || self.age_after(tokens, end);
            let given = r.words.len() >= 2 && self.linker.is_given_name(&r.words[0]);
            r.entity_type = head
                .or(before)
                .or_else(|| (role_after || given).then_some(EntityType::Person));
            r.typed_by = if head.is_some() {
                "its head word"
            } else if before.is_some() {
                "the word before it"
            } else if role_after {
                "a role or an age after the comma"
            } else {
                "a known given name"
            };
            r.cued = r.entity_type.is_some();
            // A head word alone ("le Conseil", "the Service") names nothing by itself.
            if run.len() == 1 && self.cues.head_type(&r.words[0]).is_some() {
                continue;
            }
            // A capitalised common noun alone is a convention of the language ("chef de
            // l'État", "ministère des Finances"), not a name, unless something says it is.
            if !r.cued && run.len() == 1 && run[0].upos != Upos::Propn {
                continue;
            }
            runs.push(r);
        }
    }

    /// The first token of an ordinal written with digits that ends at token `k`: one token
    /// ("14e") or the digits and the suffix the tokenizer split ("225" + "th").
    fn ordinal_ending_at(&self, tokens: &[Token], k: usize) -> Option<usize> {
        if self.cues.is_ordinal(tokens[k].text) {
            return Some(k);
        }
        let digits = &tokens[k.checked_sub(1)?];
        (digits.span.end == tokens[k].span.start
            && digits.text.bytes().all(|b| b.is_ascii_digit())
            && self
                .cues
                .is_ordinal(&format!("{}{}", digits.text, tokens[k].text)))
        .then(|| k - 1)
    }

    /// The code of a country or described actor next to the run of tokens `start..=end`
    /// (see [`Run::code`]).
    fn code_around(
        &self,
        tokens: &[Token],
        start: usize,
        end: usize,
        taken: &Taken,
    ) -> Option<String> {
        let mut k = start.checked_sub(1);
        // Over an English possessive ("Taiwan's") or a comma of apposition.
        if let Some(t) = k.map(|k| &tokens[k]) {
            if matches!(t.text, "'s" | "’s" | "'" | "’" | ",") {
                k = k.and_then(|k| k.checked_sub(1));
            }
        }
        if let Some(code) = k.and_then(|k| taken.code_ending_at.get(&tokens[k].span.end)) {
            return Some(code.clone());
        }
        let after = tokens.get(end + 1)?;
        if let Some(code) = taken.code_starting_at.get(&after.span.start) {
            return Some(code.clone());
        }
        // "of/de" (and an article) + a country.
        let w = fold(after.text);
        if self.linker.cues.of.contains(&w)
            || self
                .linker
                .cues
                .of
                .contains(w.trim_end_matches(['\'', '’']))
        {
            for t in tokens.iter().skip(end + 2).take(2) {
                if let Some(code) = taken.code_starting_at.get(&t.span.start) {
                    return Some(code.clone());
                }
            }
        }
        None
    }

    /// A lowercase head of `lowercase_heads` (a head that belongs to the name even in
    /// lowercase: "rue de la Tannerie", "l'université de Varsovie"; not "la région de
    /// Kharkiv") right before token `start`, over joining words and an adjective: its index
    /// and the type its `*_heads` list gives.
    fn lowercase_head(
        &self,
        tokens: &[Token],
        start: usize,
        free: &impl Fn(Span) -> bool,
    ) -> Option<(usize, EntityType)> {
        let mut k = start;
        for _ in 0..4 {
            k = k.checked_sub(1)?;
            let t = &tokens[k];
            if !adjacent(t, &tokens[k + 1]) || !free(t.span) {
                return None;
            }
            let w = fold(t.text);
            if t.text.chars().next().is_some_and(char::is_lowercase)
                && self.cues.lowercase_heads.contains(&w)
            {
                if let Some(ty) = self.cues.head_type(&w) {
                    return Some((k, ty));
                }
            }
            // Joining words, and an adjective ("ministère biélorusse des Finances").
            let joiner = self.linker.cues.of.contains(&w)
                || self
                    .linker
                    .cues
                    .name_particles
                    .contains(w.trim_end_matches(['\'', '’']))
                || matches!(w.as_str(), "l'" | "l’")
                || t.upos == Upos::Adj;
            if !joiner {
                return None;
            }
        }
        None
    }

    /// The type the words right before token `start` give a name: a title, a place
    /// preposition, a noun of `*_before` (over one "de"/"of").
    fn before(&self, tokens: &[Token], start: usize) -> Option<EntityType> {
        let mut k = start;
        for step in 0..2 {
            k = k.checked_sub(1)?;
            let w = fold(tokens[k].text.trim_end_matches('.'));
            // A title right before only: "the mayor of Nova Kakhovka" names a place.
            if step == 0 && self.linker.cues.person_titles.contains(&w) {
                return Some(EntityType::Person);
            }
            if let Some(t) = self.cues.before_type(&w) {
                return Some(t);
            }
            if step == 0 && self.cues.place_prepositions.contains(&w) {
                return Some(EntityType::Place);
            }
            // Over "de", "d'", "du", "of" once.
            let joiner = self.linker.cues.of.contains(&w)
                || self
                    .linker
                    .cues
                    .of
                    .contains(w.trim_end_matches(['\'', '’']));
            if !joiner {
                return None;
            }
        }
        None
    }

    /// An age in apposition: ", 34 ans", ", 34 years old", or English ", 34," alone.
    fn age_after(&self, tokens: &[Token], end: usize) -> bool {
        let at = |k: usize| tokens.get(end + k).map(|t| t.text);
        at(1) == Some(",")
            && at(2).is_some_and(|n| {
                (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
            })
            && at(3).is_some_and(|w| w == "," || self.cues.age_words.contains(&fold(w)))
    }

    fn role_after(&self, tokens: &[Token], end: usize) -> bool {
        tokens.get(end + 1).is_some_and(|t| t.text == ",")
            && tokens[end + 2..]
                .iter()
                .take(2)
                .any(|t| self.linker.cues.roles.contains(&fold(t.text)))
    }

    /// Evidence from the whole article: repeated forms keep the type one of them was given,
    /// a lone word that ends an earlier person's name is that person, and the gazetteer and
    /// the run's shape type what is left.
    fn type_by_article(&self, runs: &mut [Run], found: &[Found]) {
        let mut by_form: HashMap<String, EntityType> = HashMap::new();
        for r in runs.iter().filter(|r| r.cued) {
            if let Some(t) = r.entity_type {
                by_form.entry(r.words.join(" ")).or_insert(t);
            }
        }
        let in_gazetteer = |form: &str| self.gazetteer.is_some_and(|g| !g.lookup(form).is_empty());
        // Names of several words first: their last words make the surnames a lone word joins.
        for r in runs
            .iter_mut()
            .filter(|r| r.entity_type.is_none() && r.words.len() >= 2)
        {
            let form = r.words.join(" ");
            let (t, by) = match by_form.get(&form) {
                Some(&t) => (t, SAME_FORM),
                None if in_gazetteer(&form) => (EntityType::Place, "the gazetteer"),
                None if r.all_proper && !r.after_determiner => {
                    (EntityType::Person, "its shape: proper nouns only")
                }
                None => (
                    EntityType::Organisation,
                    "its shape: capitalised common nouns",
                ),
            };
            r.entity_type = Some(t);
            r.typed_by = by;
        }
        let person_surnames: FastSet<String> = found
            .iter()
            .filter(|f| f.mention.entity_type == EntityType::Person)
            .filter_map(|f| f.mention.canonical.as_deref())
            .filter(|c| c.split_whitespace().count() >= 2)
            .filter_map(|c| c.split_whitespace().last().map(word_key))
            .chain(
                runs.iter()
                    .filter(|r| r.entity_type == Some(EntityType::Person) && r.words.len() >= 2)
                    .filter_map(|r| r.words.last().map(|w| word_key(w))),
            )
            .collect();
        for r in runs.iter_mut().filter(|r| r.entity_type.is_none()) {
            let word = &r.words[0];
            let (t, by) = match by_form.get(word) {
                Some(&t) => (Some(t), SAME_FORM),
                None if person_surnames.contains(&word_key(word)) => (
                    Some(EntityType::Person),
                    "the surname of a person named in full",
                ),
                None if in_gazetteer(word) => (Some(EntityType::Place), "the gazetteer"),
                None if r.acronym => (Some(EntityType::Organisation), "its shape: an acronym"),
                None => (None, "nothing types it"),
            };
            r.entity_type = t;
            r.typed_by = by;
        }
    }

    /// The runs as mentions; a person's surname alone takes its full name's canonical form
    /// (and actor, when the linker knew the full name).
    fn mentions(&self, runs: Vec<Run>, found: &[Found]) -> Vec<Found> {
        // Surname key → the person named in full: (actor, code, canonical).
        type Person = (Option<String>, Option<String>, String);
        let mut persons: HashMap<String, Person> = HashMap::new();
        for f in found
            .iter()
            .filter(|f| f.mention.entity_type == EntityType::Person)
        {
            let Some(canonical) = f.mention.canonical.as_deref() else {
                continue;
            };
            let mut words = canonical.split_whitespace();
            if let (Some(last), true) = (words.next_back(), words.next().is_some()) {
                persons.entry(word_key(last)).or_insert_with(|| {
                    (
                        f.mention.actor.clone(),
                        f.mention.code.clone(),
                        canonical.to_string(),
                    )
                });
            }
        }
        let mut out = Vec::with_capacity(runs.len());
        for r in runs {
            let entity_type = r.entity_type.unwrap_or(EntityType::Unknown);
            let mut mention = Mention {
                actor: None,
                code: r.code.clone(),
                canonical: Some(unmix(&r.surface)),
                entity_type,
                how: Some(MentionHow::Unlinked),
                why: vec![LinkWhy::new(
                    LinkRule::UnlistedName,
                    Some(format!("{entity_type}, from {}", r.typed_by)),
                )],
            };
            // A place the gazetteer knows: its main name groups the spellings ("Tchouhouiv",
            // "Chuguev" → Chuhuiv) and its country is its code, as the knowledge base codes
            // places; the most populous of namesakes.
            if entity_type == EntityType::Place {
                if let Some(&i) = self.gazetteer.and_then(|g| g.lookup(&r.surface).first()) {
                    let place = self.gazetteer.map(|g| g.place(i));
                    if let Some(place) = place {
                        mention.canonical = Some(place.name.clone());
                        mention.code = mention.code.or_else(|| Some(place.country.clone()));
                    }
                }
            }
            if entity_type == EntityType::Person {
                let key = r.words.last().map(|w| word_key(w)).unwrap_or_default();
                if r.words.len() == 1 {
                    if let Some((actor, code, full)) = persons.get(&key) {
                        mention.actor = actor.clone();
                        mention.code = code.clone().or(mention.code);
                        mention.canonical = Some(full.clone());
                        mention.how = Some(MentionHow::PartialName);
                        mention.why =
                            vec![LinkWhy::new(LinkRule::FullNameEarlier, Some(full.clone()))];
                    }
                } else {
                    persons
                        .entry(key)
                        .or_insert_with(|| (None, mention.code.clone(), unmix(&r.surface)));
                }
            }
            out.push(Found {
                span: r.span,
                mention,
            });
        }
        out
    }
}

/// A surname alone that the linker gave to a knowledge-base person (or kept as an unlinked
/// name of its own) although the article named someone of that surname in full before ("Yuriy Klymenko … Klymenko said", with an Ihor
/// Klymenko in the knowledge base): the nearest earlier full name decides. `names` are the name
/// finder's mentions; the linker's `found` are mended in place.
pub fn follow_full_names(text: &str, found: &mut [Found], names: &[Found]) {
    let full = |f: &Found| {
        f.mention.entity_type == EntityType::Person && text[f.span.start..f.span.end].contains(' ')
    };
    // (end, surname key, is the finder's, mention) of every full person name.
    let mut fulls: Vec<(usize, String, bool, Mention)> = found
        .iter()
        .filter(|f| full(f))
        .map(|f| (f, false))
        .chain(names.iter().filter(|f| full(f)).map(|f| (f, true)))
        .filter_map(|(f, finder)| {
            let last = text[f.span.start..f.span.end].split_whitespace().last()?;
            Some((f.span.end, word_key(last), finder, f.mention.clone()))
        })
        .collect();
    fulls.sort_by_key(|x| x.0);
    for f in found.iter_mut() {
        let surface = &text[f.span.start..f.span.end];
        if f.mention.entity_type != EntityType::Person
            || surface.contains(' ')
            || !matches!(
                f.mention.how,
                Some(
                    MentionHow::PartialName
                        | MentionHow::Translit
                        | MentionHow::Name
                        | MentionHow::Unlinked
                )
            )
        {
            continue;
        }
        let key = word_key(surface);
        let nearest = fulls
            .iter()
            .rfind(|(end, k, _, _)| *end <= f.span.start && *k == key);
        if let Some((_, _, true, m)) = nearest {
            if m.actor != f.mention.actor || m.canonical != f.mention.canonical {
                f.mention = Mention {
                    how: Some(MentionHow::PartialName),
                    why: vec![LinkWhy::new(LinkRule::FullNameEarlier, m.canonical.clone())],
                    ..m.clone()
                };
            }
        }
    }
}

/// An English possessive inside a name ("People's Assembly").
fn possessive(t: &Token) -> bool {
    matches!(t.text, "'s" | "’s")
}

/// Whether a sentence is written in title case: most of its longer words capitalised.
fn is_title_case(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.text.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    let capitalised = words
        .iter()
        .filter(|t| t.text.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && capitalised * 5 >= words.len() * 4
}

/// Headline runs that the body (or the linker) also names, whole or by one of their words;
/// the other runs as they are.
fn keep_headline_names(runs: Vec<Run>, found: &[Found]) -> Vec<Run> {
    let mut body: std::collections::HashSet<String> = runs
        .iter()
        .filter(|r| !r.in_headline)
        .map(|r| r.words.join(" "))
        .collect();
    body.extend(
        found
            .iter()
            .filter_map(|f| f.mention.canonical.as_deref())
            .map(fold),
    );
    let mut out = Vec::with_capacity(runs.len());
    for r in runs {
        if !r.in_headline || body.contains(&r.words.join(" ")) {
            out.push(r);
        } else if r.words.len() > 1 && r.surface.split(' ').count() == r.words.len() {
            // One word of it the body names ("RSF" of "RSF Shells Camps").
            let spans: Vec<(usize, &str)> = r
                .surface
                .split(' ')
                .scan(r.span.start, |at, w| {
                    let start = *at;
                    *at += w.len() + 1;
                    Some((start, w))
                })
                .collect();
            for (k, w) in r.words.iter().enumerate() {
                if body.contains(w) {
                    if let Some(&(start, text)) = spans.get(k) {
                        out.push(Run {
                            span: Span::new(start, start + text.len()),
                            surface: text.to_string(),
                            words: vec![w.clone()],
                            acronym: text.chars().filter(|c| c.is_alphabetic()).count() <= 6
                                && !text.chars().any(char::is_lowercase),
                            ..r.clone()
                        });
                    }
                }
            }
        }
    }
    out
}

/// Whether token `i` is an initial followed, through more initials, by a name word.
fn initial_then_name(tokens: &[Token], i: usize, name_word: &impl Fn(usize) -> bool) -> bool {
    let mut k = i;
    while let Some(t) = tokens.get(k) {
        if name_word(k) {
            return true;
        }
        let is_initial = t.text.ends_with('.')
            && t.text.chars().next().is_some_and(char::is_uppercase)
            && t.text.chars().filter(|c| c.is_alphabetic()).count() <= 2;
        if !is_initial || tokens.get(k + 1).is_none_or(|n| !adjacent(t, n)) {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether two tokens touch or are separated by spaces only (no punctuation between).
fn adjacent(a: &Token, b: &Token) -> bool {
    b.span.start >= a.span.end && b.span.start - a.span.end <= 1
}

/// The sentence's surface tokens, in order: one per span (a contraction's words share one).
fn tokens_of<'d>(doc: &'d Document, words: &[vigie_core::SyntaxWord]) -> Vec<Token<'d>> {
    let mut out: Vec<Token> = Vec::with_capacity(words.len());
    for w in words {
        if out.last().is_some_and(|t| t.span == w.span) {
            continue;
        }
        let text = doc.slice(w.span);
        let first = !out.iter().any(|t| t.text.chars().any(char::is_alphabetic));
        out.push(Token {
            span: w.span,
            text,
            upos: w.upos,
            first,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CUES: &str = r#"
language = "fr"
head_joiners = ["de"]
ordinal_suffixes = ["e", "th"]
organisation_heads = ["université"]
place_heads = ["rue"]
place_before = ["ville"]
media_before = ["agence"]
weapon_before = ["missiles"]
age_words = ["ans"]
"#;

    fn doc(text: &str, tags: &str) -> Document {
        crate::testing::tagged_doc(text, tags)
    }

    /// The linker's mentions and the finder's, in text order.
    fn names(d: &Document) -> Vec<(String, EntityType, Option<String>)> {
        let linker = crate::linker::fixture::linker();
        let cues = NameCues::from_files([("lexicons/fr/names.toml", CUES)]);
        assert!(cues.warnings.is_empty(), "{:?}", cues.warnings);
        let finder = NameFinder {
            linker: &linker,
            cues: &cues,
            gazetteer: None,
        };
        let mut found = linker.link(&d.text, "2024-01-01", &[]);
        found.extend(finder.find(d, &found, &[]));
        found.sort_by_key(|f| f.span.start);
        found
            .into_iter()
            .map(|f| {
                (
                    d.slice(f.span).to_string(),
                    f.mention.entity_type,
                    f.mention.canonical,
                )
            })
            .collect()
    }

    #[test]
    fn words_around_a_name_give_its_type() {
        let d = doc(
            "Le colonel Jan Kowalski a visité la ville de Lida avec l' agence Belta et des missiles Iskander .",
            "DET NOUN PROPN PROPN AUX VERB DET NOUN ADP PROPN ADP DET NOUN PROPN CCONJ DET NOUN PROPN PUNCT",
        );
        let got: Vec<_> = names(&d).into_iter().map(|(s, t, _)| (s, t)).collect();
        assert_eq!(
            got,
            vec![
                ("Jan Kowalski".to_string(), EntityType::Person),
                ("Lida".to_string(), EntityType::Place),
                ("Belta".to_string(), EntityType::Media),
                ("Iskander".to_string(), EntityType::WeaponSystem),
            ]
        );
    }

    #[test]
    fn an_age_in_apposition_makes_a_lone_name_a_person() {
        let d = doc(
            "Iryna , 34 ans , a passé la nuit dans le métro .",
            "PROPN PUNCT NUM NOUN PUNCT AUX VERB DET NOUN ADP DET NOUN PUNCT",
        );
        let got: Vec<_> = names(&d).into_iter().map(|(s, t, _)| (s, t)).collect();
        assert_eq!(got, vec![("Iryna".to_string(), EntityType::Person)]);
    }

    #[test]
    fn an_ordinal_before_a_name_belongs_to_it() {
        let d = doc(
            "La 47e Brigade mécanisée a tenu .",
            "DET ADJ PROPN ADJ AUX VERB PUNCT",
        );
        let got: Vec<_> = names(&d).into_iter().map(|(s, _, _)| s).collect();
        assert!(got.contains(&"47e Brigade".to_string()), "{got:?}");
        // The digits and the suffix as two words, as the tokenizer splits "225th".
        let text = "Des soldats du 225th Régiment ont tenu .";
        let split = crate::testing::tagged_doc(
            "Des soldats du 225 th Régiment ont tenu .",
            "DET NOUN ADP NUM NOUN PROPN AUX VERB PUNCT",
        );
        let mut words = match &split.layer(Layer::Sentence).next().unwrap().data {
            AnnotationData::Sentence(s) => s.words.clone(),
            _ => unreachable!(),
        };
        for w in words.iter_mut().skip(4) {
            w.span = Span::new(w.span.start - 1, w.span.end - 1);
        }
        let mut d = Document::new(text.to_string(), split.meta.clone());
        d.annotate(Span::new(0, text.len()), vigie_core::Sentence { words });
        let got: Vec<_> = names(&d).into_iter().map(|(s, _, _)| s).collect();
        assert!(got.contains(&"225th Régiment".to_string()), "{got:?}");
    }

    #[test]
    fn an_acronym_is_the_longer_name_of_its_initials() {
        let d = doc(
            "L' Université de Rennes Sud a vu l' URS et la BNP .",
            "DET NOUN ADP PROPN PROPN AUX VERB DET PROPN CCONJ DET PROPN PUNCT",
        );
        let got = names(&d);
        let urs = got.iter().find(|(s, _, _)| s == "URS").unwrap();
        assert_eq!(
            urs.2.as_deref(),
            Some("Université de Rennes Sud"),
            "{got:?}"
        );
        assert_eq!(urs.1, EntityType::Organisation);
        // No longer name with those initials: the acronym stays its own name.
        let bnp = got.iter().find(|(s, _, _)| s == "BNP").unwrap();
        assert_eq!(bnp.2.as_deref(), Some("BNP"));
    }

    #[test]
    fn a_head_word_types_the_name_it_starts_and_particles_join_it() {
        let d = doc(
            "Des chercheurs de l' Université de Rennes habitent Rue de Siam .",
            "DET NOUN ADP DET NOUN ADP PROPN VERB NOUN ADP PROPN PUNCT",
        );
        let got: Vec<_> = names(&d).into_iter().map(|(s, t, _)| (s, t)).collect();
        assert_eq!(
            got,
            vec![
                ("Université de Rennes".to_string(), EntityType::Organisation),
                ("Rue de Siam".to_string(), EntityType::Place),
            ]
        );
    }

    #[test]
    fn a_surname_alone_joins_the_full_name_and_a_sentence_opening_noun_is_no_name() {
        let d = doc(
            "Hier Anna Nowak a parlé ; Nowak a ajouté que Lida et SBU ...",
            "ADV PROPN PROPN AUX VERB PUNCT PROPN AUX VERB SCONJ PROPN CCONJ PROPN PUNCT",
        );
        let got = names(&d);
        assert_eq!(got[0].0, "Anna Nowak");
        assert_eq!(got[0].1, EntityType::Person);
        assert_eq!(got[1].0, "Nowak");
        assert_eq!(got[1].1, EntityType::Person);
        assert_eq!(got[1].2.as_deref(), Some("Anna Nowak"));
        // Nothing tells what "Lida" is here (no gazetteer in this test).
        assert_eq!(
            got[2],
            ("Lida".into(), EntityType::Unknown, Some("Lida".into()))
        );
        assert_eq!(got[3].1, EntityType::Organisation, "an acronym");
        let d = doc("Maison et jardin .", "NOUN CCONJ NOUN PUNCT");
        assert!(names(&d).is_empty());
    }

    #[test]
    fn names_the_linker_found_are_left_to_it_and_proper_nouns_make_a_person() {
        let d = doc(
            "Alexander Lukashenko a reçu Piotr Zaleski à Minsk .",
            "PROPN PROPN AUX VERB PROPN PROPN ADP PROPN PUNCT",
        );
        let got: Vec<_> = names(&d).into_iter().map(|(s, t, _)| (s, t)).collect();
        assert_eq!(
            got,
            vec![
                ("Alexander Lukashenko".to_string(), EntityType::Person),
                ("Piotr Zaleski".to_string(), EntityType::Person),
                ("Minsk".to_string(), EntityType::Place),
            ]
        );
    }

    #[test]
    fn a_broken_cue_file_is_a_warning_naming_it() {
        let cues = NameCues::from_files([("lexicons/xx/names.toml", "language = 3")]);
        assert!(cues.warnings[0].starts_with("lexicons/xx/names.toml"));
    }
}
