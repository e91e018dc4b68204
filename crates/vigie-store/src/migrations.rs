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
    // 7: what `vigie trend` counts of each event, beside who it is between, so the events
    // of a pair of actors are read in one range of one table instead of parsing every stored
    // event. `event_actors` holds each distinct (code, name) of a source or target ('' for
    // none: NULLs would not be UNIQUE); `event_facts` one row per event annotation, keyed by
    // its source and target first (a pair's rows are neighbours), with its CAMEO code,
    // Goldstein value, own date, its article's publication date, place and modality. New
    // events get their rows when they are stored (`Db::put_batch`); this fills them for the
    // events already stored.
    r#"
    CREATE TABLE event_actors (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        UNIQUE (code, name)
    );
    CREATE TABLE event_facts (
        source INTEGER NOT NULL,
        target INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        cameo TEXT NOT NULL,
        goldstein REAL NOT NULL,
        date TEXT,
        published TEXT,
        place TEXT,
        negated INTEGER NOT NULL,
        hypothetical INTEGER NOT NULL,
        PRIMARY KEY (source, target, article_id, seq)
    ) WITHOUT ROWID;
    CREATE TEMP TABLE event_rows AS
        SELECT a.article_id, a.seq,
               coalesce(json_extract(a.data, '$.source_code'), '') AS sc,
               coalesce(json_extract(a.data, '$.source'), '') AS sn,
               coalesce(json_extract(a.data, '$.target_code'), '') AS tc,
               coalesce(json_extract(a.data, '$.target'), '') AS tn,
               coalesce(json_extract(a.data, '$.cameo'), '') AS cameo,
               coalesce(json_extract(a.data, '$.goldstein'), 0.0) AS goldstein,
               json_extract(a.data, '$.date') AS date,
               ar.published AS published,
               json_extract(a.data, '$.location') AS place,
               coalesce(json_extract(a.data, '$.negated'), 0) AS negated,
               json_extract(a.data, '$.hypothetical') IS NOT NULL AS hypothetical
        FROM annotations a JOIN articles ar ON ar.id = a.article_id
        WHERE a.layer = 'event';
    INSERT OR IGNORE INTO event_actors (code, name) SELECT sc, sn FROM event_rows;
    INSERT OR IGNORE INTO event_actors (code, name) SELECT tc, tn FROM event_rows;
    INSERT INTO event_facts
        SELECT s.id, t.id, e.article_id, e.seq, e.cameo, e.goldstein, e.date, e.published,
               e.place, e.negated, e.hypothetical
        FROM event_rows e
        JOIN event_actors s ON s.code = e.sc AND s.name = e.sn
        JOIN event_actors t ON t.code = e.tc AND t.name = e.tn;
    DROP TABLE event_rows;
    CREATE INDEX event_facts_target ON event_facts(target);
    CREATE INDEX event_facts_article ON event_facts(article_id, seq);
    "#,
    // 8: translations (`vigie_analysis::translations`). A translation is linked to its
    // original in `copies`, as a copy is (it is no independent source), with `kind`
    // 'translation' (its `similarity` is then the Jaccard of the two actor sets and its
    // `containment` the share of numbers in common); `article_fingerprints` holds what later
    // articles are compared with (JSON), as `article_signatures` does for copies.
    r#"
    ALTER TABLE copies ADD COLUMN kind TEXT NOT NULL DEFAULT 'copy';
    CREATE TABLE article_fingerprints (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data TEXT NOT NULL
    );
    "#,
    // 9: lines an outlet repeats across its articles (`vigie_analysis::repeated`). One row
    // per (outlet, line fingerprint): `articles` counts the distinct copy groups seen holding
    // the line until it reaches the threshold (then the line is a leftover for good);
    // `groups` and `members` (ids, space-separated) are the groups counted and every article
    // holding it, kept until then so that their marks can be added when it crosses.
    // `outlet_bodies` holds each copy group's body signature, what tells a new article that
    // copies an earlier one. Articles stored before this migration are not counted.
    r#"
    CREATE TABLE outlet_lines (
        outlet TEXT NOT NULL,
        fingerprint INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        groups TEXT NOT NULL,
        members TEXT NOT NULL,
        PRIMARY KEY (outlet, fingerprint)
    ) WITHOUT ROWID;
    CREATE TABLE outlet_bodies (
        outlet TEXT NOT NULL,
        fingerprint INTEGER NOT NULL,
        copy_group TEXT NOT NULL,
        PRIMARY KEY (outlet, fingerprint, copy_group)
    ) WITHOUT ROWID;
    "#,
];
