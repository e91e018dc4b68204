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
];
