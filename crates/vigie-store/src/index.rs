//! The tantivy side of the store: one full-text index over titles and bodies.
//!
//! Text is indexed in a field per analyser language (`body_fr`, `body_en`…, `body_plain` for
//! languages without a stemmer), each analysed as: simple tokens → lower case → ASCII folding
//! (so `bielorussie` finds `Biélorussie`) → that language's Snowball stemmer. A query is parsed
//! against every field, each with its own analyser, so one query finds French and English hits.

use std::collections::HashSet;
use std::ops::Bound;
use std::path::{Path, PathBuf};

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};
use vigie_core::{AnnotationData, ArticleId, Document, Layer};

use crate::sqlite::Db;
use crate::{Result, StoreError};

/// Bump when the schema or analysers change: the index is then rebuilt from SQLite.
const INDEX_VERSION: &str = "1";
/// The file in the index folder that holds [`INDEX_VERSION`].
const VERSION_FILE: &str = "vigie-index-version";
const WRITER_HEAP_BYTES: usize = 64 * 1024 * 1024;

/// Analysers: (suffix, stemmer). Languages not listed are indexed in `plain`.
const ANALYSERS: [(&str, Option<Language>); 7] = [
    ("en", Some(Language::English)),
    ("fr", Some(Language::French)),
    ("de", Some(Language::German)),
    ("es", Some(Language::Spanish)),
    ("it", Some(Language::Italian)),
    ("ru", Some(Language::Russian)),
    ("plain", None),
];

struct Fields {
    id: Field,
    lang: Field,
    published: Field,
    actor: Field,
    /// (analyser suffix, title field, body field)
    text: Vec<(&'static str, Field, Field)>,
}

pub(crate) struct SearchIndex {
    path: PathBuf,
    index: Index,
    fields: Fields,
    /// Opened once (with the index) and reloaded after each commit.
    reader: IndexReader,
    writer: Option<IndexWriter>,
}

/// A search request.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    pub language: Option<String>,
    /// Inclusive date bounds, `YYYY-MM-DD`.
    pub since: Option<String>,
    pub until: Option<String>,
    /// Knowledge-base id or CAMEO code of an actor the article must mention.
    pub actor: Option<String>,
    pub limit: usize,
    /// How many of the top hits get a snippet (`None`: all). The others carry the article's
    /// metadata only, which is what a caller that ranks deeply for facets needs of them.
    pub snippets: Option<usize>,
}

/// One ranked hit.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub id: String,
    pub score: f32,
    pub title: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    pub outlet: Option<String>,
    /// A fragment of the text around the best match.
    pub snippet: String,
    /// Byte ranges of the matched words within `snippet`.
    pub highlights: Vec<(usize, usize)>,
}

impl SearchHit {
    /// The snippet with matched words wrapped in `open`/`close` markers.
    pub fn marked_snippet(&self, open: &str, close: &str) -> String {
        let mut out = String::new();
        let mut at = 0;
        for &(s, e) in &self.highlights {
            out.push_str(&self.snippet[at..s]);
            out.push_str(open);
            out.push_str(&self.snippet[s..e]);
            out.push_str(close);
            at = e;
        }
        out.push_str(&self.snippet[at..]);
        out
    }
}

fn index_err(path: &Path) -> impl Fn(tantivy::TantivyError) -> StoreError + '_ {
    move |source| StoreError::Index {
        path: path.into(),
        source,
    }
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_text_field("id", STRING | STORED);
    let lang = b.add_text_field("lang", STRING | STORED);
    let published = b.add_i64_field("published", INDEXED | FAST);
    let actor = b.add_text_field("actor", STRING);
    let mut text = Vec::new();
    for (suffix, _) in ANALYSERS {
        let opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(&format!("vigie_{suffix}"))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let title = b.add_text_field(&format!("title_{suffix}"), opts.clone());
        let body = b.add_text_field(&format!("body_{suffix}"), opts);
        text.push((suffix, title, body));
    }
    (
        b.build(),
        Fields {
            id,
            lang,
            published,
            actor,
            text,
        },
    )
}

fn register_analysers(index: &Index) {
    for (suffix, stemmer) in ANALYSERS {
        let base = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(60))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter);
        let analyser = match stemmer {
            Some(lang) => base.filter(Stemmer::new(lang)).build(),
            None => base.build(),
        };
        index
            .tokenizers()
            .register(&format!("vigie_{suffix}"), analyser);
    }
}

fn open_reader(index: &Index) -> tantivy::Result<IndexReader> {
    index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
}

/// An index directory for readers: every write is refused, and tantivy's meta lock (taken
/// while segments are opened, so that a writer's garbage collection does not delete them
/// meanwhile) is skipped when its file cannot be opened for writing, i.e. when the directory
/// is read-only and no writer can be collecting garbage there.
#[derive(Debug, Clone)]
struct ReadOnlyDirectory(tantivy::directory::MmapDirectory);

fn read_only_io(path: &Path) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        format!("{} : the index is open read-only", path.display()),
    )
}

impl tantivy::directory::Directory for ReadOnlyDirectory {
    fn get_file_handle(
        &self,
        path: &Path,
    ) -> std::result::Result<std::sync::Arc<dyn tantivy::directory::FileHandle>, OpenReadError>
    {
        self.0.get_file_handle(path)
    }
    fn open_read(
        &self,
        path: &Path,
    ) -> std::result::Result<tantivy::directory::FileSlice, OpenReadError> {
        self.0.open_read(path)
    }
    fn delete(&self, path: &Path) -> std::result::Result<(), DeleteError> {
        Err(DeleteError::IoError {
            io_error: read_only_io(path).into(),
            filepath: path.into(),
        })
    }
    fn exists(&self, path: &Path) -> std::result::Result<bool, OpenReadError> {
        self.0.exists(path)
    }
    fn open_write(
        &self,
        path: &Path,
    ) -> std::result::Result<tantivy::directory::WritePtr, OpenWriteError> {
        Err(OpenWriteError::IoError {
            io_error: read_only_io(path).into(),
            filepath: path.into(),
        })
    }
    fn atomic_read(&self, path: &Path) -> std::result::Result<Vec<u8>, OpenReadError> {
        self.0.atomic_read(path)
    }
    fn atomic_write(&self, path: &Path, _data: &[u8]) -> std::io::Result<()> {
        Err(read_only_io(path))
    }
    fn sync_directory(&self) -> std::io::Result<()> {
        Ok(())
    }
    fn acquire_lock(
        &self,
        lock: &tantivy::directory::Lock,
    ) -> std::result::Result<tantivy::directory::DirectoryLock, LockError> {
        match self.0.acquire_lock(lock) {
            Err(LockError::IoError(_)) => Ok(tantivy::directory::DirectoryLock::from(Box::new(()))),
            other => other,
        }
    }
    fn watch(
        &self,
        watch_callback: tantivy::directory::WatchCallback,
    ) -> tantivy::Result<tantivy::directory::WatchHandle> {
        self.0.watch(watch_callback)
    }
}

/// `YYYY-MM-DD…` → `YYYYMMDD` as an integer, for range filters.
fn day_number(date: &str) -> Option<i64> {
    let digits: String = date
        .chars()
        .take(10)
        .filter(|c| c.is_ascii_digit())
        .collect();
    match digits.len() {
        8 => digits.parse().ok(),
        6 => digits.parse::<i64>().ok().map(|n| n * 100),
        4 => digits.parse::<i64>().ok().map(|n| n * 10000),
        _ => None,
    }
}

/// What every index commit carries (tantivy's commit payload, in `meta.json`): the store it
/// belongs to and its generation. The database records the same two values (see
/// `migrations.rs`), which is how an index from another store, an older copy, or one whose
/// commit the database never saw is told apart from the right one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct IndexStamp {
    pub store: String,
    pub generation: i64,
}

/// Why an index cannot be used, in words that follow "the search index in DIR …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IndexProblem(pub String);

impl SearchIndex {
    /// Opens an existing index without writing anything, and opens every segment file once
    /// (a missing or truncated file shows here). `read_only` makes every write an error and
    /// lets reading work in a directory we may not write to.
    pub fn open_existing(
        path: &Path,
        read_only: bool,
    ) -> std::result::Result<SearchIndex, IndexProblem> {
        if !path.join("meta.json").is_file() {
            return Err(IndexProblem("is missing".into()));
        }
        let version = std::fs::read_to_string(path.join(VERSION_FILE)).ok();
        if version.as_deref() != Some(INDEX_VERSION) {
            return Err(IndexProblem("was built by another version of vigie".into()));
        }
        let problem = |e: &dyn std::fmt::Display| IndexProblem(format!("cannot be read ({e})"));
        let mmap = tantivy::directory::MmapDirectory::open(path).map_err(|e| problem(&e))?;
        let index = if read_only {
            Index::open(ReadOnlyDirectory(mmap))
        } else {
            Index::open(mmap)
        }
        .map_err(|e| problem(&e))?;
        let (schema, fields) = schema();
        if serde_json::to_value(index.schema()).ok() != serde_json::to_value(&schema).ok() {
            return Err(IndexProblem(
                "has another schema (not a vigie index)".into(),
            ));
        }
        register_analysers(&index);
        let reader = open_reader(&index).map_err(|e| problem(&e))?;
        Ok(SearchIndex {
            path: path.into(),
            index,
            fields,
            reader,
            writer: None,
        })
    }

    /// Creates an empty index in `path`, removing whatever was there.
    pub fn create(path: &Path) -> Result<SearchIndex> {
        let io = |source| StoreError::Io {
            path: path.into(),
            source,
        };
        if path.exists() {
            std::fs::remove_dir_all(path).map_err(io)?;
        }
        std::fs::create_dir_all(path).map_err(io)?;
        let (schema, fields) = schema();
        let index = Index::create_in_dir(path, schema).map_err(index_err(path))?;
        register_analysers(&index);
        std::fs::write(path.join(VERSION_FILE), INDEX_VERSION).map_err(io)?;
        let reader = open_reader(&index).map_err(index_err(path))?;
        Ok(SearchIndex {
            path: path.into(),
            index,
            fields,
            reader,
            writer: None,
        })
    }

    /// The stamp of the last commit, if it has one.
    pub fn stamp(&self) -> Result<Option<IndexStamp>> {
        let metas = self.index.load_metas().map_err(index_err(&self.path))?;
        Ok(metas
            .payload
            .and_then(|p| serde_json::from_str::<IndexStamp>(&p).ok()))
    }

    /// Files the last commit needs that are missing, or whose checksum does not match.
    pub fn file_problems(&self) -> Result<Vec<String>> {
        let metas = self.index.load_metas().map_err(index_err(&self.path))?;
        let mut problems = Vec::new();
        for segment in &metas.segments {
            use tantivy::index::SegmentComponent as C;
            let mut components = vec![
                C::Postings,
                C::Positions,
                C::FastFields,
                C::FieldNorms,
                C::Terms,
                C::Store,
            ];
            if segment.has_deletes() {
                components.push(C::Delete);
            }
            for component in components {
                let file = segment.relative_path(component);
                if !self.path.join(&file).is_file() {
                    problems.push(format!("missing file {}", file.display()));
                }
            }
        }
        let mut damaged: Vec<_> = self
            .index
            .validate_checksum()
            .map_err(index_err(&self.path))?
            .into_iter()
            .map(|f| format!("checksum mismatch in {}", f.display()))
            .collect();
        damaged.sort();
        problems.extend(damaged);
        Ok(problems)
    }

    /// Every article id the index holds (live documents), sorted, repeats kept.
    pub fn ids(&self) -> Result<Vec<String>> {
        let searcher = self.reader.searcher();
        let mut ids = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            for doc in segment.doc_ids_alive() {
                let stored: TantivyDocument = searcher
                    .doc(tantivy::DocAddress::new(ord as u32, doc))
                    .map_err(index_err(&self.path))?;
                if let Some(id) = stored.get_first(self.fields.id).and_then(|v| v.as_str()) {
                    ids.push(id.to_string());
                }
            }
        }
        ids.sort();
        Ok(ids)
    }

    fn writer(&mut self) -> Result<&mut IndexWriter> {
        if self.writer.is_none() {
            let w = self
                .index
                .writer_with_num_threads(1, WRITER_HEAP_BYTES)
                .map_err(index_err(&self.path))?;
            self.writer = Some(w);
        }
        Ok(self.writer.as_mut().unwrap())
    }

    /// Adds documents to the writer, replacing any earlier version of each; visible after
    /// [`SearchIndex::commit`].
    pub fn add<'a>(&mut self, docs: impl Iterator<Item = &'a Document>) -> Result<()> {
        let f_id = self.fields.id;
        let built: Vec<(ArticleId, TantivyDocument)> =
            docs.map(|d| (d.id.clone(), self.build(d))).collect();
        let path = self.path.clone();
        let writer = self.writer()?;
        for (id, doc) in built {
            writer.delete_term(Term::from_field_text(f_id, id.as_str()));
            writer.add_document(doc).map_err(index_err(&path))?;
        }
        Ok(())
    }

    /// Commits what was added, stamped with `stamp`, and makes it visible to [`Self::search`].
    pub fn commit(&mut self, stamp: &IndexStamp) -> Result<()> {
        let path = self.path.clone();
        let payload = serde_json::to_string(stamp).expect("a stamp serialises");
        let mut prepared = self.writer()?.prepare_commit().map_err(index_err(&path))?;
        prepared.set_payload(&payload);
        prepared.commit().map_err(index_err(&path))?;
        self.reader.reload().map_err(index_err(&path))?;
        Ok(())
    }

    fn build(&self, d: &Document) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, d.id.as_str());
        let lang = d.meta.language.clone().unwrap_or_else(|| "other".into());
        doc.add_text(f.lang, &lang);
        if let Some(day) = d.meta.published.as_deref().and_then(day_number) {
            doc.add_i64(f.published, day);
        }
        let (_, title, body) = self.text_fields(&lang);
        if let Some(t) = &d.meta.title {
            doc.add_text(title, t);
        }
        // Index content only: boilerplate regions are not what the article says.
        doc.add_text(body, content_text(d));
        let mut actors = HashSet::new();
        for a in &d.annotations {
            if let AnnotationData::Mention(m) = &a.data {
                actors.extend(m.actor.iter().cloned());
                actors.extend(m.code.iter().cloned());
            }
        }
        for actor in actors {
            doc.add_text(f.actor, &actor);
        }
        doc
    }

    fn text_fields(&self, lang: &str) -> (&'static str, Field, Field) {
        let fields = &self.fields.text;
        *fields
            .iter()
            .find(|(s, _, _)| *s == lang)
            .unwrap_or_else(|| fields.last().unwrap())
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The best `q.limit` hits, and how many documents match in all.
    pub fn search(&self, q: &SearchQuery, db: &Db) -> Result<(Vec<SearchHit>, usize)> {
        let f = &self.fields;
        let mut fields = Vec::new();
        for &(_, title, body) in &f.text {
            fields.push(title);
            fields.push(body);
        }
        check_nesting(&q.text)?;
        check_length(&q.text)?;
        // A date bound that is not a date is an error, not "no bound" (and tantivy refuses a
        // range with no bound at all).
        for d in [&q.since, &q.until].into_iter().flatten() {
            if day_number(d).is_none() {
                return Err(StoreError::Query {
                    query: d.clone(),
                    reason: "a date bound must be YYYY-MM-DD, YYYY-MM or YYYY".into(),
                });
            }
        }
        let mut parser = QueryParser::for_index(&self.index, fields);
        parser.set_conjunction_by_default();
        for &(_, title, _) in &f.text {
            parser.set_field_boost(title, 2.0);
        }
        let text_query: Box<dyn Query> = match parser.parse_query(&q.text) {
            Ok(query) => query,
            Err(_) => {
                let (query, errors) = parser.parse_query_lenient(&q.text);
                if let Some(e) = errors.first().filter(|_| q.text.trim().is_empty()) {
                    return Err(StoreError::Query {
                        query: q.text.clone(),
                        reason: e.to_string(),
                    });
                }
                query
            }
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text_query.box_clone())];
        if let Some(lang) = &q.language {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.lang, lang),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if let Some(actor) = &q.actor {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.actor, actor),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        let bound = |d: &Option<String>, end: bool| match d.as_deref().and_then(day_number) {
            Some(mut n) => {
                // A month or year bound covers the whole period.
                if end && n % 100 == 0 {
                    n += if n % 10000 == 0 { 1231 } else { 31 };
                }
                Bound::Included(Term::from_field_i64(f.published, n))
            }
            None => Bound::Unbounded,
        };
        if q.since.is_some() || q.until.is_some() {
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(&q.since, false),
                    bound(&q.until, true),
                )),
            ));
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        // Never more than the index holds: the collector allocates for its limit.
        let limit = q.limit.clamp(1, (searcher.num_docs() as usize).max(1));
        let (top, total) = searcher
            .search(
                &query,
                &(TopDocs::with_limit(limit).order_by_score(), Count),
            )
            .map_err(index_err(&self.path))?;
        let mut hits = Vec::new();
        // One snippet generator per body field (language) met, not one per hit: building one
        // analyses the query again.
        let mut generators: Vec<(Field, SnippetGenerator)> = Vec::new();
        let covering = db.has_index("articles_summary")?;
        for (score, addr) in top {
            let stored: TantivyDocument = searcher.doc(addr).map_err(index_err(&self.path))?;
            let Some(id) = stored
                .get_first(f.id)
                .and_then(|v| v.as_str())
                .map(str::to_string)
            else {
                continue;
            };
            let lang = stored
                .get_first(f.lang)
                .and_then(|v| v.as_str())
                .unwrap_or("other")
                .to_string();
            if q.snippets.is_some_and(|n| hits.len() >= n) {
                let Some(meta) = db.load_summary(&id, covering)? else {
                    continue;
                };
                hits.push(SearchHit {
                    id,
                    score,
                    title: meta.title,
                    published: meta.published,
                    language: meta.language,
                    outlet: meta.outlet,
                    snippet: String::new(),
                    highlights: Vec::new(),
                });
                continue;
            }
            // The snippet is cut from the content lines: the text and its leftover marks.
            let Some(doc) = db.load_layers(&id, Some(&[Layer::Boilerplate]))? else {
                continue;
            };
            let (_, _, body) = self.text_fields(&lang);
            let generator = match generators.iter().position(|(f, _)| *f == body) {
                Some(i) => &generators[i].1,
                None => {
                    let mut g = SnippetGenerator::create(&searcher, &*text_query, body)
                        .map_err(index_err(&self.path))?;
                    g.set_max_num_chars(220);
                    generators.push((body, g));
                    &generators[generators.len() - 1].1
                }
            };
            let snippet = generator.snippet(&content_text(&doc));
            hits.push(SearchHit {
                id,
                score,
                title: doc.meta.title.clone(),
                published: doc.meta.published.clone(),
                language: doc.meta.language.clone(),
                outlet: doc.meta.outlet.clone(),
                snippet: snippet.fragment().to_string(),
                highlights: snippet
                    .highlighted()
                    .iter()
                    .map(|r| (r.start, r.end))
                    .collect(),
            });
        }
        Ok((hits, total))
    }
}

/// Deepest nesting a query may have. tantivy's query parser recurses once per level, so a
/// query of thousands of `(` overflows the stack; no real query needs more than a few.
pub const MAX_QUERY_NESTING: usize = 32;

/// Longest query text, in bytes. tantivy's query grammar takes time quadratic in some inputs
/// (`title:` then thousands of `/`: 3 s at 16 KB) and about 1.6 KB of memory per byte; a
/// person's query is a few words, a generated one a few hundred. Found by `vigie-fuzz`.
pub const MAX_QUERY_BYTES: usize = 4096;

fn check_length(text: &str) -> Result<()> {
    if text.len() > MAX_QUERY_BYTES {
        return Err(StoreError::Query {
            query: shorten(text),
            reason: format!(
                "{} bytes long; queries are limited to {MAX_QUERY_BYTES} bytes",
                text.len()
            ),
        });
    }
    Ok(())
}

/// Refuses queries nested deeper than [`MAX_QUERY_NESTING`] before the parser sees them. Counts
/// every opening bracket outside quotes, closed or not, and runs of `-`/`+`/`NOT` prefixes,
/// which the parser also takes one level at a time.
fn check_nesting(text: &str) -> Result<()> {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut in_quotes = false;
    let mut escaped = false;
    for c in text.chars() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '"' => in_quotes = !in_quotes,
            '(' | '[' | '{' if !in_quotes => depth += 1,
            ')' | ']' | '}' if !in_quotes => depth = depth.saturating_sub(1),
            _ => {}
        }
        deepest = deepest.max(depth);
    }
    let prefixes = text
        .split(|c: char| c.is_whitespace() || c == '(')
        .map(|word| {
            if word == "NOT" {
                1
            } else {
                word.chars().take_while(|c| matches!(c, '-' | '+')).count()
            }
        })
        .fold((0usize, 0usize), |(run, most), n| {
            let run = if n > 0 { run + n } else { 0 };
            (run, most.max(run))
        })
        .1;
    if deepest.max(prefixes) > MAX_QUERY_NESTING {
        return Err(StoreError::Query {
            query: shorten(text),
            reason: format!("nested more than {MAX_QUERY_NESTING} levels deep"),
        });
    }
    Ok(())
}

/// A long query cut for an error message.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// The article's content: the text with boilerplate lines left out.
fn content_text(d: &Document) -> String {
    let lines = d.content_lines();
    let mut out = String::with_capacity(d.text.len());
    for (_, line) in lines {
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::day_number;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("2026-11-04T09:12:00+01:00"), Some(20261104));
        assert_eq!(day_number("2026-11"), Some(20261100));
        assert_eq!(day_number("soon"), None);
    }
}
