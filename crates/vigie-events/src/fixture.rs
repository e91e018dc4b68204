//! Sentences annotated by hand for the unit tests of the coder's passes: one sentence, its
//! actor mentions and quotes, seen through the embedded lexicons (loaded once), so that each
//! pass can be tested alone on the sentence view it takes.

use std::sync::OnceLock;

use vigie_core::fold::Folded;
use vigie_core::{Mention, Quote, Span};

use crate::codes::CameoTable;
use crate::lexicon::{Language, Lexicons};
use crate::phrase::{tokenize, Hit, Token};
use crate::sentence::{mentions_of, Ment};

/// The embedded CAMEO table.
pub(crate) fn table() -> &'static CameoTable {
    static TABLE: OnceLock<CameoTable> = OnceLock::new();
    TABLE.get_or_init(|| CameoTable::load().expect("embedded CAMEO table"))
}

/// The embedded event lexicons.
pub(crate) fn lexicons() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    LEX.get_or_init(|| Lexicons::load(table()).expect("embedded event lexicons"))
}

/// One sentence with its annotations.
pub(crate) struct Sentence {
    pub(crate) text: String,
    pub(crate) mentions: Vec<(Span, Mention)>,
    pub(crate) quotes: Vec<(Span, Quote)>,
}

impl Sentence {
    pub(crate) fn new(text: &str) -> Sentence {
        Sentence {
            text: text.to_string(),
            mentions: Vec::new(),
            quotes: Vec::new(),
        }
    }
    /// The span of the first occurrence of `surface` at or after byte `from`.
    pub(crate) fn span_from(&self, surface: &str, from: usize) -> Span {
        let at = from
            + self.text[from..]
                .find(surface)
                .unwrap_or_else(|| panic!("{surface:?} not in {:?}", self.text));
        Span::new(at, at + surface.len())
    }
    /// The span of the first occurrence of `surface`.
    pub(crate) fn span(&self, surface: &str) -> Span {
        self.span_from(surface, 0)
    }
    /// Adds a mention of `surface` (its first occurrence not yet annotated): actor id and code
    /// `code`, canonical name `surface`, entity type `etype`, link kind `how`.
    pub(crate) fn with(
        mut self,
        surface: &str,
        code: Option<&str>,
        etype: &str,
        how: &str,
    ) -> Self {
        let mut span = self.span(surface);
        while self.mentions.iter().any(|(s, _)| *s == span) {
            span = self.span_from(surface, span.start + 1);
        }
        self.mentions.push((
            span,
            Mention {
                actor: code.map(str::to_string),
                code: code.map(str::to_string),
                canonical: Some(surface.to_string()),
                entity_type: etype.parse().expect("entity type"),
                how: Some(how.parse().expect("mention link kind")),
                why: Vec::new(),
            },
        ));
        self
    }
    /// A country named by its name.
    pub(crate) fn country(self, surface: &str, code: &str) -> Self {
        self.with(surface, Some(code), "country", "name")
    }
    /// A quote covering `words`, said by `speaker`.
    pub(crate) fn quote(mut self, words: &str, speaker: &str, code: Option<&str>) -> Self {
        let span = self.span(words);
        self.quotes.push((
            span,
            Quote {
                speaker: Some(speaker.to_string()),
                speaker_code: code.map(str::to_string),
                ..Default::default()
            },
        ));
        self
    }
    /// The sentence seen in language `lang`: tokens, trigger hits, cues, mentions in the
    /// coder's order.
    pub(crate) fn view(&self, lang: &str) -> View<'_> {
        let lang = &lexicons().languages[lang];
        let folded = Folded::new(&self.text);
        let sent = Span::new(0, self.text.len());
        let mut tokens = Vec::new();
        tokenize(&folded, sent, &mut tokens);
        let (fs, fe) = (folded.to_folded(sent.start), folded.to_folded(sent.end));
        let mut hits = Vec::new();
        lang.triggers.find(&folded.text, &tokens, fs, fe, &mut hits);
        let mut cues = Vec::new();
        lang.cues.find(&folded.text, &tokens, fs, fe, &mut cues);
        let mut mentions: Vec<(Span, &Mention)> =
            self.mentions.iter().map(|(s, m)| (*s, m)).collect();
        mentions.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        View {
            sent,
            folded,
            tokens,
            hits,
            cues,
            lang,
            mentions,
            quotes: self.quotes.iter().map(|(s, q)| (*s, q)).collect(),
        }
    }
}

/// A sentence as the coder sees it in one language.
pub(crate) struct View<'a> {
    pub(crate) sent: Span,
    pub(crate) folded: Folded<'a>,
    pub(crate) tokens: Vec<Token>,
    /// The trigger hits, unsorted, as the automaton finds them.
    pub(crate) hits: Vec<Hit>,
    pub(crate) cues: Vec<Hit>,
    pub(crate) lang: &'static Language,
    pub(crate) mentions: Vec<(Span, &'a Mention)>,
    pub(crate) quotes: Vec<(Span, &'a Quote)>,
}

impl View<'_> {
    /// The merged mentions of the sentence view.
    pub(crate) fn ments(&self) -> Vec<Ment<'_>> {
        mentions_of(
            self.folded.original,
            &self.folded,
            self.sent,
            &self.tokens,
            &self.mentions,
            &self.hits,
        )
    }
    /// The folded word of token `i`.
    pub(crate) fn word(&self, i: usize) -> &str {
        &self.folded.text[self.tokens[i].start..self.tokens[i].end]
    }
    /// The index of the token `word` (its first occurrence).
    pub(crate) fn token(&self, word: &str) -> usize {
        (0..self.tokens.len())
            .find(|&i| self.word(i) == word)
            .unwrap_or_else(|| panic!("no token {word:?}"))
    }
}
