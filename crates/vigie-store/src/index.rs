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
use tantivy::collector::TopDocs;
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
use vigie_core::{AnnotationData, ArticleId, Document};

use crate::sqlite::Db;
use crate::{Result, StoreError};

/// Bump when the schema or analysers change: the index is then rebuilt from SQLite.
const INDEX_VERSION: &str = "1";
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

impl SearchIndex {
    pub fn open(path: &Path) -> Result<SearchIndex> {
        let io = |source| StoreError::Io {
            path: path.into(),
            source,
        };
        let version_file = path.join("vigie-index-version");
        let current = std::fs::read_to_string(&version_file).ok();
        if current.as_deref() != Some(INDEX_VERSION) && path.exists() {
            // Old or partial index: rebuild from the database (Db marks everything unindexed).
            std::fs::remove_dir_all(path).map_err(io)?;
        }
        std::fs::create_dir_all(path).map_err(io)?;
        let (schema, fields) = schema();
        let dir = tantivy::directory::MmapDirectory::open(path).map_err(|e| StoreError::Index {
            path: path.into(),
            source: e.into(),
        })?;
        let index = Index::open_or_create(dir, schema).map_err(index_err(path))?;
        register_analysers(&index);
        std::fs::write(&version_file, INDEX_VERSION).map_err(io)?;
        Ok(SearchIndex {
            path: path.into(),
            index,
            fields,
            writer: None,
        })
    }

    /// True when the index was (re)created empty, so the database must reindex everything.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.num_docs()? == 0)
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

    pub fn commit(&mut self) -> Result<()> {
        let path = self.path.clone();
        self.writer()?.commit().map_err(index_err(&path))?;
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

    pub fn num_docs(&self) -> Result<u64> {
        Ok(self.reader()?.searcher().num_docs())
    }

    fn reader(&self) -> Result<IndexReader> {
        self.index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(index_err(&self.path))
    }

    pub fn search(&self, q: &SearchQuery, db: &Db) -> Result<Vec<SearchHit>> {
        let f = &self.fields;
        let mut fields = Vec::new();
        for &(_, title, body) in &f.text {
            fields.push(title);
            fields.push(body);
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
        let reader = self.reader()?;
        let searcher = reader.searcher();
        let top = searcher
            .search(
                &query,
                &TopDocs::with_limit(q.limit.max(1)).order_by_score(),
            )
            .map_err(index_err(&self.path))?;
        let mut hits = Vec::new();
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
            let Some(doc) = db.load(&id)? else { continue };
            let (_, _, body) = self.text_fields(&lang);
            let mut generator = SnippetGenerator::create(&searcher, &*text_query, body)
                .map_err(index_err(&self.path))?;
            generator.set_max_num_chars(220);
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
        Ok(hits)
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
