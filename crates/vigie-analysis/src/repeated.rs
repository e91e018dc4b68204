//! Lines an outlet repeats across its articles: a line seen in many articles of one site is a
//! leftover of that site's template (a footer, "Suivez-nous sur WhatsApp", a newsletter pitch,
//! a fixed author bio), even when no cue of `boilerplate.toml` and no line classifier knows it.
//!
//! **What is counted.** For each outlet ([`outlet_key`]: the host of the article's URL, else
//! its outlet name, folded) and each short line ([`Params::max_chars`], compared after folding
//! and collapsing spaces, [`fingerprint`]), the number of *distinct* articles that hold it. Two
//! articles of one outlet are not distinct when one is a copy of the other (the same wire story
//! published twice, an update, a truncation): each article's **body** is the fingerprints of its
//! [`Params::body_lines`] longest lines, and an article whose body is for more than half made of
//! the body lines of one earlier article of the outlet joins that article's *copy group*. A line
//! counts once per copy group, so the content that copies share never reaches the threshold
//! through them. A line held by [`Params::min_articles`] copy groups is **repeated**.
//!
//! **What is marked.** Repeated lines become `Boilerplate` annotations with the role
//! [`BoilerplateRole::Repeated`], except a repeated line that reads as prose (ends like a
//! sentence, [`PROSE_WORDS`] words or more) inside the body of the article (between its first
//! and last prose lines that are not repeated): an outlet's stock sentence in the middle of a
//! story ("Le Kremlin n'a pas répondu à nos sollicitations.") is content. Lines that the
//! boilerplate stage already marked are left as they are. Nothing is deleted: a mark is an
//! annotation.
//!
//! **Online.** [`observe`] counts one article against a [`RepeatState`] (in memory,
//! [`MemoryRepeats`], for `vigie extract` and the evaluations; in SQLite for the store, which
//! keeps counts across ingest runs) and returns the lines that crossed the threshold with the
//! articles already seen holding them, so a store can add their marks to articles stored
//! before. Within one batch, every article is counted before any is marked.

use std::collections::{HashMap, HashSet};
use std::convert::Infallible;

use vigie_core::fold::{comparable_line, fold};
use vigie_core::{Boilerplate, BoilerplateRole, Document, Layer, Metadata, Span};

/// The thresholds of the repetition test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Params {
    /// Distinct articles (copy groups) of one outlet that must hold a line for it to be a
    /// leftover.
    pub min_articles: usize,
    /// Longest line (characters) that is counted and marked: template lines are short, and a
    /// longer line shared by several stories is a background paragraph, which is content.
    pub max_chars: usize,
    /// Shortest line (characters) that may make up an article's body signature.
    pub body_chars: usize,
    /// Lines (the longest) in an article's body signature.
    pub body_lines: usize,
}

/// The thresholds used by `vigie ingest`, `vigie extract` and the evaluations (see the README's
/// Accuracy section for how they were chosen).
pub const PARAMS: Params = Params {
    min_articles: 4,
    max_chars: 200,
    body_chars: 40,
    body_lines: 8,
};

impl Default for Params {
    fn default() -> Self {
        PARAMS
    }
}

/// A repeated line inside the body of an article is kept when it has at least this many words
/// (with a letter) and ends like a sentence: it reads as a sentence of the story ("Le maire a
/// réagi."), and losing content is the costly error. Template lines inside a story rarely end
/// like a sentence ("Publicité", "Lire aussi : …", "Suivez-nous sur WhatsApp").
pub const PROSE_WORDS: usize = 3;

/// 64-bit FNV-1a of a normalised line. Stored by the store: never change it (a change would
/// split every count in two).
pub fn fingerprint(norm: &str) -> u64 {
    vigie_core::fnv1a(norm)
}

/// A line as it is compared across articles: folded, single spaces, without leading bullets
/// or trailing colons (as the boilerplate stage compares lines with its cues).
pub fn normalise(line: &str) -> String {
    comparable_line(&fold(line))
}

/// Which outlet an article belongs to, for counting: the host of its URL without `www.`
/// (one site, however its pages name themselves), else its outlet name folded (a plain-text
/// scrape's outlet, found in its dateline by the text metadata stage); `None` when neither is
/// known (such articles are neither counted nor marked).
pub fn outlet_key(meta: &Metadata) -> Option<String> {
    if let Some(host) = meta.url.as_deref().and_then(url_host) {
        return Some(host);
    }
    let outlet = normalise(meta.outlet.as_deref()?);
    (!outlet.is_empty()).then_some(outlet)
}

/// The host of an absolute `http(s)` URL, lower case, without `www.` and port.
fn url_host(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// One non-blank line of an article.
#[derive(Debug, Clone)]
pub struct Line {
    pub span: Span,
    pub fingerprint: u64,
    /// Short enough to be counted and marked.
    pub candidate: bool,
    /// Reads as a paragraph: ends like a sentence, [`PROSE_WORDS`] words or more.
    pub prose: bool,
    chars: usize,
}

/// What the repetition test reads of an article.
#[derive(Debug, Clone, Default)]
pub struct ArticleLines {
    /// Non-blank lines, in order.
    pub lines: Vec<Line>,
    /// Fingerprints of the longest lines (the body signature that tells copies), distinct.
    pub body: Vec<u64>,
}

fn ends_like_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['.', '!', '?', '»', '"', '”', ')', ';', '…'])
}

impl ArticleLines {
    pub fn of(text: &str, p: &Params) -> ArticleLines {
        let mut lines = Vec::new();
        for span in vigie_core::document::line_spans(text) {
            let raw = &text[span.start..span.end];
            let norm = normalise(raw);
            if norm.is_empty() {
                continue;
            }
            let chars = norm.chars().count();
            lines.push(Line {
                span,
                fingerprint: fingerprint(&norm),
                // A line without a letter (a separator, a lone number) says nothing of a
                // template.
                candidate: chars <= p.max_chars && norm.chars().any(char::is_alphabetic),
                prose: ends_like_sentence(raw)
                    && raw
                        .split_whitespace()
                        .filter(|w| w.chars().any(char::is_alphabetic))
                        .count()
                        >= PROSE_WORDS,
                chars,
            });
        }
        let mut by_length: Vec<&Line> = lines.iter().filter(|l| l.chars >= p.body_chars).collect();
        // Longest first, ties in text order (stable sort): deterministic.
        by_length.sort_by_key(|l| std::cmp::Reverse(l.chars));
        let mut body = Vec::new();
        for l in by_length {
            if body.len() == p.body_lines {
                break;
            }
            if !body.contains(&l.fingerprint) {
                body.push(l.fingerprint);
            }
        }
        ArticleLines { lines, body }
    }

    /// The distinct fingerprints of the candidate lines, in text order.
    pub fn candidates(&self) -> Vec<u64> {
        let mut seen = HashSet::new();
        self.lines
            .iter()
            .filter(|l| l.candidate && seen.insert(l.fingerprint))
            .map(|l| l.fingerprint)
            .collect()
    }

    /// The spans to mark, given which fingerprints are repeated: repeated candidate lines,
    /// except prose inside the body of non-repeated prose, and except lines inside a span of
    /// `already` (marked before).
    pub fn marks(&self, repeated: &dyn Fn(u64) -> bool, already: &[Span]) -> Vec<Span> {
        let rep: Vec<bool> = self
            .lines
            .iter()
            .map(|l| l.candidate && repeated(l.fingerprint))
            .collect();
        let story: Vec<usize> = (0..self.lines.len())
            .filter(|&i| self.lines[i].prose && !rep[i])
            .collect();
        let (first, last) = (story.first().copied(), story.last().copied());
        self.lines
            .iter()
            .enumerate()
            .filter(|&(i, l)| {
                let inside = first.is_some_and(|f| f < i) && last.is_some_and(|e| i < e);
                rep[i] && !(l.prose && inside) && !already.iter().any(|a| a.contains(&l.span))
            })
            .map(|(_, l)| l.span)
            .collect()
    }
}

/// What is known of one line of one outlet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineCount {
    /// Distinct copy groups seen holding the line, up to [`Params::min_articles`] (it stops
    /// counting there: the line is repeated for good).
    pub articles: usize,
    /// The copy groups counted (emptied once the line is repeated).
    pub groups: Vec<String>,
    /// Every article seen holding it, copies included (emptied once the line is repeated,
    /// after their marks were asked for).
    pub members: Vec<String>,
}

impl LineCount {
    pub fn repeated(&self, p: &Params) -> bool {
        self.articles >= p.min_articles
    }
}

/// Where the counts live (memory, or the store's tables).
pub trait RepeatState {
    type Error;
    /// Copy groups of earlier articles of `outlet` whose body signature holds `fp`.
    fn body_groups(&mut self, outlet: &str, fp: u64) -> Result<Vec<String>, Self::Error>;
    /// Notes that copy group `group` has `fp` in a body signature.
    fn add_body(&mut self, outlet: &str, fp: u64, group: &str) -> Result<(), Self::Error>;
    fn line(&mut self, outlet: &str, fp: u64) -> Result<Option<LineCount>, Self::Error>;
    fn set_line(&mut self, outlet: &str, fp: u64, count: &LineCount) -> Result<(), Self::Error>;
}

/// What counting one article found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Observed {
    /// The article's copy group: the id of the earlier article it copies, or its own.
    pub group: String,
    /// Lines that became repeated with this article, with every article seen holding them
    /// (this one included).
    pub crossed: Vec<(u64, Vec<String>)>,
}

/// The copy group of an article with this body signature: the earlier group holding more than
/// half of it (the one holding most; ties to the smallest id), else its own.
fn copy_group<S: RepeatState>(
    state: &mut S,
    outlet: &str,
    article: &str,
    body: &[u64],
) -> Result<(String, Vec<Vec<String>>), S::Error> {
    let mut hits: HashMap<String, usize> = HashMap::new();
    let mut known = Vec::with_capacity(body.len());
    for &fp in body {
        let groups = state.body_groups(outlet, fp)?;
        for g in &groups {
            *hits.entry(g.clone()).or_default() += 1;
        }
        known.push(groups);
    }
    let group = hits
        .into_iter()
        .filter(|(g, h)| 2 * h > body.len() && g != article)
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map_or_else(|| article.to_string(), |(g, _)| g);
    Ok((group, known))
}

/// Counts one article (call it once per article: an article counted twice would count as a
/// copy of itself, harmlessly). `article` is its identity (the store's article id).
pub fn observe<S: RepeatState>(
    state: &mut S,
    outlet: &str,
    article: &str,
    lines: &ArticleLines,
    p: &Params,
) -> Result<Observed, S::Error> {
    let (group, known) = copy_group(state, outlet, article, &lines.body)?;
    for (&fp, groups) in lines.body.iter().zip(&known) {
        if !groups.contains(&group) {
            state.add_body(outlet, fp, &group)?;
        }
    }
    let mut crossed = Vec::new();
    for fp in lines.candidates() {
        let mut count = state.line(outlet, fp)?.unwrap_or_default();
        if count.repeated(p) {
            continue;
        }
        if !count.members.iter().any(|m| m == article) {
            count.members.push(article.to_string());
        }
        if !count.groups.contains(&group) {
            count.groups.push(group.clone());
            count.articles += 1;
        }
        if count.repeated(p) {
            crossed.push((fp, std::mem::take(&mut count.members)));
            count.groups.clear();
        }
        state.set_line(outlet, fp, &count)?;
    }
    Ok(Observed { group, crossed })
}

/// The boilerplate annotation of a repeated line.
pub fn annotation(outlet: &str) -> Boilerplate {
    Boilerplate {
        role: BoilerplateRole::Repeated,
        cue: Some(format!("repeated:{outlet}")),
    }
}

/// The repeated lines of a document to mark (spans not yet covered by a leftover mark).
pub fn marks_of<S: RepeatState>(
    state: &mut S,
    outlet: &str,
    doc: &Document,
    p: &Params,
) -> Result<Vec<Span>, S::Error> {
    let already: Vec<Span> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
    marks_in(state, outlet, &doc.text, &already, p)
}

/// The repeated lines of a text to mark, leaving those inside a span of `already` (the
/// text's leftover marks so far): [`marks_of`] for a text read back from a store.
pub fn marks_in<S: RepeatState>(
    state: &mut S,
    outlet: &str,
    text: &str,
    already: &[Span],
    p: &Params,
) -> Result<Vec<Span>, S::Error> {
    let lines = ArticleLines::of(text, p);
    let mut repeated = HashSet::new();
    for fp in lines.candidates() {
        if state.line(outlet, fp)?.is_some_and(|c| c.repeated(p)) {
            repeated.insert(fp);
        }
    }
    if repeated.is_empty() {
        return Ok(Vec::new());
    }
    Ok(lines.marks(&|fp| repeated.contains(&fp), already))
}

/// Counts held in memory, for one run over a set of articles.
#[derive(Debug, Default)]
pub struct MemoryRepeats {
    bodies: HashMap<(String, u64), Vec<String>>,
    lines: HashMap<(String, u64), LineCount>,
}

impl RepeatState for MemoryRepeats {
    type Error = Infallible;
    fn body_groups(&mut self, outlet: &str, fp: u64) -> Result<Vec<String>, Infallible> {
        Ok(self
            .bodies
            .get(&(outlet.to_string(), fp))
            .cloned()
            .unwrap_or_default())
    }
    fn add_body(&mut self, outlet: &str, fp: u64, group: &str) -> Result<(), Infallible> {
        let groups = self.bodies.entry((outlet.to_string(), fp)).or_default();
        if !groups.iter().any(|g| g == group) {
            groups.push(group.to_string());
        }
        Ok(())
    }
    fn line(&mut self, outlet: &str, fp: u64) -> Result<Option<LineCount>, Infallible> {
        Ok(self.lines.get(&(outlet.to_string(), fp)).cloned())
    }
    fn set_line(&mut self, outlet: &str, fp: u64, count: &LineCount) -> Result<(), Infallible> {
        self.lines.insert((outlet.to_string(), fp), count.clone());
        Ok(())
    }
}

impl MemoryRepeats {
    /// Counts a processed document under its outlet ([`outlet_key`]); nothing without one.
    pub fn observe_document(&mut self, doc: &Document, p: &Params) {
        if let Some(outlet) = outlet_key(&doc.meta) {
            self.observe_text(&outlet, doc.id.as_str(), &doc.text, p);
        }
    }

    /// Counts a text under an outlet key of the caller's choosing.
    pub fn observe_text(&mut self, outlet: &str, article: &str, text: &str, p: &Params) {
        let lines = ArticleLines::of(text, p);
        let Ok(_) = observe(self, outlet, article, &lines, p);
    }

    /// Adds the marks of repeated lines to a document counted before (see
    /// [`MemoryRepeats::observe_document`]); returns how many lines were marked.
    pub fn mark_document(&mut self, doc: &mut Document, p: &Params) -> usize {
        let Some(outlet) = outlet_key(&doc.meta) else {
            return 0;
        };
        self.mark_as(&outlet, doc, p)
    }

    /// [`MemoryRepeats::mark_document`] under an outlet key of the caller's choosing.
    pub fn mark_as(&mut self, outlet: &str, doc: &mut Document, p: &Params) -> usize {
        let Ok(spans) = marks_of(self, outlet, doc, p);
        for &span in &spans {
            doc.annotate(span, annotation(outlet));
        }
        spans.len()
    }
}

/// Counts a set of documents, then marks them: what `vigie extract` does over its inputs and
/// the evaluations over a dataset. Returns the number of lines marked.
pub fn mark_all(docs: &mut [Document], p: &Params) -> usize {
    let mut state = MemoryRepeats::default();
    for d in docs.iter() {
        state.observe_document(d, p);
    }
    docs.iter_mut().map(|d| state.mark_document(d, p)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: Params = Params {
        min_articles: 3,
        max_chars: 200,
        body_chars: 40,
        body_lines: 8,
    };

    fn doc(url: &str, text: &str) -> Document {
        Document::new(
            text.to_string(),
            Metadata {
                url: Some(url.to_string()),
                ..Metadata::default()
            },
        )
    }

    fn story(n: usize) -> String {
        format!(
            "Titre de l'article numéro {n}\n\nLe premier paragraphe de l'article {n} raconte ce qui s'est passé ce jour-là.\nUn deuxième paragraphe de l'article {n} donne le contexte et les chiffres du jour.\nSelon la préfecture, l'enquête {n} se poursuit et de nouveaux éléments sont attendus.\n\nSuivez-nous sur WhatsApp\n"
        )
    }

    fn marked(d: &Document) -> Vec<&str> {
        d.layer(Layer::Boilerplate)
            .map(|a| d.text[a.span.start..a.span.end].trim())
            .collect()
    }

    #[test]
    fn lines_compare_folded_and_without_bullets() {
        assert_eq!(
            normalise("  • Suivez-NOUS   sur WhatsApp : "),
            "suivez-nous sur whatsapp"
        );
        assert_eq!(
            fingerprint(&normalise("Suivez-nous sur WhatsApp")),
            fingerprint(&normalise("• suivez-nous  sur whatsapp:"))
        );
        // The hash is stored: it must not change.
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn the_outlet_is_the_host_then_the_name() {
        let m = |url: Option<&str>, outlet: Option<&str>| Metadata {
            url: url.map(str::to_string),
            outlet: outlet.map(str::to_string),
            ..Metadata::default()
        };
        assert_eq!(
            outlet_key(&m(
                Some("https://www.Le-Site.fr:443/a/b?x=1"),
                Some("Le Site")
            )),
            Some("le-site.fr".into())
        );
        assert_eq!(
            outlet_key(&m(None, Some(" Le Courrier de l'Est "))),
            Some("le courrier de l'est".into())
        );
        assert_eq!(outlet_key(&m(Some("not a url"), None)), None);
        assert_eq!(outlet_key(&m(None, None)), None);
    }

    #[test]
    fn a_line_becomes_repeated_at_the_threshold_of_distinct_articles() {
        let mut s = MemoryRepeats::default();
        let fp = fingerprint("suivez-nous sur whatsapp");
        for n in 0..3 {
            let lines = ArticleLines::of(&story(n), &P);
            let seen = observe(&mut s, "site", &format!("a{n}"), &lines, &P).unwrap();
            assert_eq!(
                seen.group,
                format!("a{n}"),
                "distinct stories are not copies"
            );
            let count = s.line("site", fp).unwrap().unwrap();
            if n < 2 {
                assert_eq!(count.articles, n + 1);
                assert!(seen.crossed.is_empty());
            } else {
                assert!(count.repeated(&P));
                assert_eq!(
                    seen.crossed,
                    vec![(fp, vec!["a0".into(), "a1".into(), "a2".into()])]
                );
                assert!(count.members.is_empty() && count.groups.is_empty());
            }
        }
        // Another outlet's count is its own.
        assert!(s.line("other", fp).unwrap().is_none());
    }

    #[test]
    fn copies_count_once() {
        let mut s = MemoryRepeats::default();
        let original = story(1);
        // A copy with a new headline and one paragraph edited, and a truncated one.
        let edited = original
            .replace("Titre de l'article numéro 1", "Nouveau titre")
            .replace("donne le contexte", "rappelle le contexte");
        let truncated: String = original.lines().take(3).collect::<Vec<_>>().join("\n");
        let mut groups = Vec::new();
        for (i, t) in [&original, &edited, &truncated].into_iter().enumerate() {
            let seen = observe(
                &mut s,
                "site",
                &format!("c{i}"),
                &ArticleLines::of(t, &P),
                &P,
            )
            .unwrap();
            groups.push(seen.group);
        }
        assert_eq!(groups, ["c0", "c0", "c0"]);
        let fp = fingerprint(&normalise(
            "Selon la préfecture, l'enquête 1 se poursuit et de nouveaux éléments sont attendus.",
        ));
        let count = s.line("site", fp).unwrap().unwrap();
        assert_eq!(count.articles, 1);
        assert_eq!(count.members.len(), 2);
    }

    #[test]
    fn long_lines_and_lines_without_letters_are_not_counted() {
        let long = "mot ".repeat(60);
        // "***" is all bullets: an empty line once normalised, not a line at all.
        let lines = ArticleLines::of(&format!("{long}\n***\n2024\nLire aussi\n"), &P);
        let c: Vec<bool> = lines.lines.iter().map(|l| l.candidate).collect();
        assert_eq!(c, [false, false, true]);
    }

    #[test]
    fn prose_inside_the_story_is_kept_and_furniture_anywhere_is_marked() {
        let text = "Publicité\nLe premier paragraphe raconte ce qui s'est passé ce jour-là.\nLe Kremlin n'a pas répondu à nos sollicitations.\nPublicité\nUn autre paragraphe donne le contexte et les chiffres du jour.\nL'auteur est journaliste au service politique depuis dix ans.\n";
        let lines = ArticleLines::of(text, &P);
        let rep: HashSet<u64> = [
            "publicite",
            "le kremlin n'a pas repondu a nos sollicitations.",
            "l'auteur est journaliste au service politique depuis dix ans.",
        ]
        .iter()
        .map(|l| fingerprint(l))
        .collect();
        let marks = lines.marks(&|fp| rep.contains(&fp), &[]);
        let texts: Vec<&str> = marks.iter().map(|s| &text[s.start..s.end]).collect();
        // The stock sentence between two paragraphs of the story stays; the ad labels and the
        // bio after the story's last paragraph go.
        assert_eq!(
            texts,
            [
                "Publicité",
                "Publicité",
                "L'auteur est journaliste au service politique depuis dix ans."
            ]
        );
        // Lines marked before are not marked twice.
        let first = marks[0];
        assert_eq!(lines.marks(&|fp| rep.contains(&fp), &[first]).len(), 2);
    }

    #[test]
    fn mark_all_counts_every_document_before_marking() {
        let mut docs: Vec<Document> = (0..3)
            .map(|n| doc(&format!("https://www.site.fr/{n}"), &story(n)))
            .chain([doc("https://autre.fr/1", &story(9))])
            .collect();
        assert_eq!(mark_all(&mut docs, &P), 3);
        for d in &docs[..3] {
            assert_eq!(marked(d), ["Suivez-nous sur WhatsApp"]);
        }
        assert!(marked(&docs[3]).is_empty(), "another site");
        let a = docs[0].layer(Layer::Boilerplate).next().unwrap();
        let vigie_core::AnnotationData::Boilerplate(b) = &a.data else {
            panic!("a boilerplate annotation")
        };
        assert_eq!(b.role, BoilerplateRole::Repeated);
        assert_eq!(b.cue.as_deref(), Some("repeated:site.fr"));
    }

    #[test]
    fn copies_of_one_story_do_not_make_its_lines_leftovers() {
        // Three copies of one story and two other stories: the footer is in 3 distinct
        // articles, the copies' lines in one.
        let mut docs: Vec<Document> = [
            story(1),
            story(1).replace("Titre", "Mise à jour :"),
            story(1) + "\nMis à jour à 18 h\n",
            story(2),
            story(3),
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| doc(&format!("https://site.fr/{i}"), t))
        .collect();
        mark_all(&mut docs, &P);
        for d in &docs {
            assert_eq!(marked(d), ["Suivez-nous sur WhatsApp"], "{}", d.text);
        }
    }
}
