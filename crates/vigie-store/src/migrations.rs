//! Versioned schema migrations, tracked with SQLite's `user_version`.
//!
//! Append a new entry to [`MIGRATIONS`] to change the schema; never edit an applied one.

pub const MIGRATIONS: &[&str] = &[
    // 1: articles, their sources, stand-off annotations.
    r#"
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        html TEXT,
        title TEXT,
        url TEXT,
        outlet TEXT,
        author TEXT,
        published TEXT,
        published_source TEXT,
        language TEXT,
        format TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        indexed INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_language ON articles(language);
    CREATE INDEX articles_unindexed ON articles(indexed) WHERE indexed = 0;
    CREATE TABLE sources (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (article_id, source)
    );
    CREATE TABLE annotations (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        layer TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX annotations_layer ON annotations(layer);
    "#,
    // 2: what the database knows of the search index. `store_id` is written into every index
    // commit, so an index from another store is recognised; `index_generation` counts index
    // commits (the index stores the same number), so a stale or replaced index is recognised.
    r#"
    CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    INSERT INTO store_meta (key, value) VALUES
        ('store_id', lower(hex(randomblob(16)))),
        ('index_generation', '0');
    "#,
    // 3: cross-article knowledge (crate vigie-analysis). `article_signatures` holds each
    // article's MinHash signature, so the copy index is rebuilt at open without re-reading
    // texts; `copies` links a copy to its first-seen original; `stories` holds each story's
    // summary and, in `state`, what later articles are matched against (JSON); `story_articles`
    // and `story_actors` its members; `analysis_state` the clustering's counters (JSON).
    r#"
    CREATE TABLE article_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        minhash BLOB NOT NULL,
        shingles INTEGER NOT NULL
    );
    CREATE TABLE copies (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        original_id TEXT NOT NULL,
        similarity REAL NOT NULL,
        containment REAL NOT NULL
    );
    CREATE INDEX copies_original ON copies(original_id);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        first_date TEXT,
        last_date TEXT,
        articles INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        state TEXT NOT NULL
    );
    CREATE INDEX stories_last_date ON stories(last_date);
    CREATE INDEX stories_seq ON stories(seq);
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        score REAL NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE story_actors (
        story_id TEXT NOT NULL,
        actor TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (story_id, actor)
    );
    CREATE INDEX story_actors_actor ON story_actors(actor);
    CREATE TABLE analysis_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    "#,
    // 4: each article's publication date beside its id, so `vigie trend` reads the dates of
    // the articles of its events without reading past each article's text (a covering index).
    r#"
    CREATE INDEX articles_id_published ON articles(id, published);
    "#,
    // 5: what each article names (linked actors) and which CAMEO roots its events have, one
    // row per distinct value, so the facets of a search are one indexed read per matching
    // article instead of parsing all its annotations. New articles get their rows when they
    // are stored (`Db::insert_batch`); this fills them for the articles already stored.
    r#"
    CREATE TABLE article_facets (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (article_id, kind, value)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO article_facets (article_id, kind, value)
        SELECT article_id, 'actor', json_extract(data, '$.actor') FROM annotations
        WHERE layer = 'mention' AND json_extract(data, '$.actor') IS NOT NULL;
    INSERT OR IGNORE INTO article_facets (article_id, kind, value)
        SELECT article_id, 'event_root', substr(json_extract(data, '$.cameo'), 1, 2) FROM annotations
        WHERE layer = 'event' AND json_extract(data, '$.cameo') IS NOT NULL;
    "#,
    // 6: the listing order of `Db::articles` (newest first, undated last since NULL sorts
    // last in descending order, then id) as an index, so a page of articles is read in order
    // and stops at its limit instead of sorting the table (whose rows hold the texts); and
    // facet rows by value, so the articles with an event of a given CAMEO root are found
    // without reading any other; and what a search hit shows of an article beside its id
    // (`Db::load_summary`), since those columns come after the text in a row and reading
    // them from the table follows the text's overflow pages.
    r#"
    CREATE INDEX articles_listing ON articles(published DESC, id, language);
    CREATE INDEX articles_summary ON articles(id, title, published, language, outlet);
    CREATE INDEX article_facets_value ON article_facets(kind, value);
    "#,
];
