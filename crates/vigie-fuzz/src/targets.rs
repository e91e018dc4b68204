//! The fuzz targets: one per parser that reads outside input. Each [`Harness::run`] takes any
//! bytes and must return; a panic (including a failed check below) is a finding.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use vigie_core::{Document, Metadata, Stage};
use vigie_ingest::{Input, ReadOptions};

use crate::mutate::Grammar;

/// The parsers under test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// HTML main-text extraction and the publication-date finder (`vigie-clean::html`), on the
    /// page as `vigie-ingest` decodes it.
    Html,
    /// Reading a `.txt`, `.html`, unknown-extension or `.gz` file (`vigie-ingest::read_source`).
    Text,
    /// Reading a JSON Lines file, plain or gzipped.
    Jsonl,
    /// Bytes → text (`vigie-ingest::charset`).
    Charset,
    /// Dates: the date stage on a document whose publication date is given by the input,
    /// `parse_text_date`, and the HTML/URL date value parsers.
    Dates,
    /// The search query parser, through `Store::search` on a small temporary store.
    Query,
    /// The actor knowledge-base loader (`vigie-actors::Kb`).
    Kb,
    /// The lexicon loaders that take contents directly: dates, boilerplate, speech verbs,
    /// typography, actor cues, coreference, and the CAMEO table.
    Lexicons,
    /// The event pattern and modality lexicon loader, which reads only through
    /// `VIGIE_RESOURCES`: its harness sets that variable for the whole process, so it must run
    /// in a process of its own (the runner's worker, or its own test binary).
    EventsLexicon,
}

impl Target {
    pub const ALL: [Target; 9] = [
        Target::Html,
        Target::Text,
        Target::Jsonl,
        Target::Charset,
        Target::Dates,
        Target::Query,
        Target::Kb,
        Target::Lexicons,
        Target::EventsLexicon,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Target::Html => "html",
            Target::Text => "text",
            Target::Jsonl => "jsonl",
            Target::Charset => "charset",
            Target::Dates => "dates",
            Target::Query => "query",
            Target::Kb => "kb",
            Target::Lexicons => "lexicons",
            Target::EventsLexicon => "events-lexicon",
        }
    }

    pub fn parse(s: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == s)
    }

    /// Stack size the target runs with. Articles are read on a spawned reader thread (Rust's
    /// default 2 MiB) and processed on workers of 32 MiB; the article targets keep 2 MiB, the
    /// smaller of the two, so a recursion the HTML bounds miss is still found. The query and
    /// the resource loaders run on the main thread (8 MiB).
    pub fn stack_size(self) -> usize {
        match self {
            Target::Html | Target::Text | Target::Jsonl | Target::Charset | Target::Dates => {
                2 << 20
            }
            Target::Query | Target::Kb | Target::Lexicons | Target::EventsLexicon => 8 << 20,
        }
    }

    pub fn grammar(self) -> Grammar {
        match self {
            Target::Html | Target::Text | Target::Charset => Grammar {
                tokens: &[
                    "<html>",
                    "<p>",
                    "</p>",
                    "<div class=\"article\">",
                    "<script>",
                    "</script>",
                    "<style>",
                    "<!--",
                    "-->",
                    "<![CDATA[",
                    "<meta charset=\"windows-1251\">",
                    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
                    "<?xml version=\"1.0\" encoding=\"koi8-r\"?>",
                    "<script type=\"application/ld+json\">{\"datePublished\":\"",
                    "<meta property=\"article:published_time\" content=\"",
                    "<time datetime=\"",
                    "<link rel=\"canonical\" href=\"",
                    "<title>",
                    "<svg>",
                    "<table><tr><td>",
                    "&amp;",
                    "&#x10FFFF;",
                    "&#0;",
                    "&nbsp;",
                    "<br>",
                    "<h1>",
                ],
                nests: &[
                    ("<div>", "</div>"),
                    ("<p>", "</p>"),
                    ("<span>", "</span>"),
                    ("<table><tr><td>", "</td></tr></table>"),
                    ("<ul><li>", "</li></ul>"),
                    ("<b>", "</b>"),
                    ("<!--", "-->"),
                    ("<svg><g>", "</g></svg>"),
                    ("<", ">"),
                ],
            },
            Target::Jsonl => Grammar {
                tokens: &[
                    "{",
                    "}",
                    "\"text\":",
                    "\"html\":",
                    "\"url\":",
                    "\"published\":",
                    "\"title\":",
                    "\"language\":",
                    ",",
                    ":",
                    "null",
                    "true",
                    "1e999",
                    "\"\\u0000\"",
                    "\"\\ud800\"",
                    "\"\\uDFFF\\uD800\"",
                    "\\n",
                    "[]",
                ],
                nests: &[("[", "]"), ("{\"a\":", "}"), ("\"", "\"")],
            },
            Target::Dates => Grammar {
                tokens: &[
                    "2026-11-06",
                    "06/11/2026",
                    "11.06.2026",
                    "6 novembre 2026",
                    "November 6, 2026",
                    "6. November 2026",
                    "6 листопада 2026",
                    "la veille",
                    "hier",
                    "yesterday",
                    "last week",
                    "il y a 3 jours",
                    "mi-octobre",
                    "1er",
                    "31",
                    "9999",
                    "0000",
                    "-999",
                    "2147483647",
                    "18446744073709551616",
                    "T23:59:60Z",
                    "+14:00",
                    "/2026/11/06/",
                    "Minsk, ",
                    " — ",
                    " (AFP) ",
                    "mardi",
                    "Monday",
                    "janvier",
                    "décembre",
                ],
                nests: &[("(", ")"), ("« ", " »")],
            },
            Target::Query => Grammar {
                tokens: &[
                    "AND", "OR", "NOT", "+", "-", "\"", "*", "?", "~", "^2", ":", "title:",
                    "body:", "[", "]", "{", "}", " TO ", "IN", "\\", "/", "(", ")", "*:*", "..",
                ],
                nests: &[
                    ("(", ")"),
                    ("+(", ")"),
                    ("-(", ")"),
                    ("\"", "\""),
                    ("[", "]"),
                ],
            },
            Target::Kb | Target::Lexicons | Target::EventsLexicon => Grammar {
                tokens: &[
                    "[[actor]]",
                    "[[agent]]",
                    "[[pattern]]",
                    "[[reading]]",
                    "[[code]]",
                    "[names]",
                    "id = \"",
                    "language = \"fr\"\n",
                    "months = [",
                    "weekdays = [",
                    " = ",
                    "\"\"\"",
                    "'''",
                    "\"",
                    ",",
                    "[",
                    "]",
                    "{",
                    "}",
                    "=",
                    "\n",
                    "# ",
                    "true",
                    "-9223372036854775808",
                    "1e400",
                    "nan",
                    "1979-05-27T07:32:00Z",
                    "\\u0000",
                    "(?i)",
                    "(",
                    "a{1000}{1000}",
                    "\\p{L}",
                ],
                nests: &[
                    ("[", "]"),
                    ("{a=", "}"),
                    ("a=[", "]"),
                    ("(", ")"),
                    ("[[a]]\n", ""),
                ],
            },
        }
    }
}

/// State a target keeps between inputs: temporary files and, for the query target, the store.
pub struct Harness {
    target: Target,
    dir: tempfile::TempDir,
    store: Option<vigie_store::Store>,
    cameo: Option<vigie_events::codes::CameoTable>,
    today: NaiveDate,
}

impl Harness {
    /// Prepares a target (for [`Target::Query`], a store with a few articles).
    pub fn new(target: Target) -> Result<Harness, String> {
        let dir = tempfile::tempdir().map_err(|e| format!("temporary folder: {e}"))?;
        let mut h = Harness {
            target,
            dir,
            store: None,
            cameo: None,
            // A fixed "today" keeps runs reproducible.
            today: NaiveDate::from_ymd_opt(2026, 12, 6).expect("valid date"),
        };
        match target {
            Target::Query => h.store = Some(small_store(&h.dir.path().join("store"))?),
            Target::EventsLexicon => {
                // The CAMEO table is read before `VIGIE_RESOURCES` points at the fuzzed files.
                h.cameo = Some(
                    vigie_events::codes::CameoTable::load()
                        .map_err(|e| format!("CAMEO table: {e}"))?,
                );
                let root = h.dir.path().join("resources");
                std::fs::create_dir_all(root.join("lexicons/zz"))
                    .map_err(|e| format!("{}: {e}", root.display()))?;
                std::env::set_var("VIGIE_RESOURCES", &root);
            }
            _ => {}
        }
        Ok(h)
    }

    pub fn target(&self) -> Target {
        self.target
    }

    /// Runs the target on one input. Panics on a defect.
    pub fn run(&mut self, input: &[u8]) {
        match self.target {
            Target::Html => self.html(input),
            Target::Text => self.text(input),
            Target::Jsonl => self.jsonl(input),
            Target::Charset => charset(input),
            Target::Dates => self.dates(input),
            Target::Query => self.query(input),
            Target::Kb => kb(input),
            Target::Lexicons => lexicons(input),
            Target::EventsLexicon => self.events_lexicon(input),
        }
    }

    fn html(&self, input: &[u8]) {
        let html = vigie_ingest::charset::decode_html(input);
        // The first byte picks the extractor, so every one of them is exercised.
        let which = match input.first().map(|b| b % 4) {
            Some(0) => vigie_clean::html::Extractor::Trafilatura,
            Some(1) => vigie_clean::html::Extractor::TrafilaturaFast,
            Some(2) => vigie_clean::html::Extractor::DomSmoothie,
            _ => vigie_clean::html::Extractor::TrafilaturaThenDomSmoothie,
        };
        let url = Some("https://example.org/2026/11/06/article.html");
        let out = vigie_clean::html::extract_with(&html, url, which, self.today);
        if let Some(p) = &out.published {
            assert!(
                vigie_clean::dates::parse_iso_day(p).is_some(),
                "published date {p:?} is not YYYY-MM-DD"
            );
        }
    }

    /// Writes `bytes` to a file called `name` in the temporary folder.
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        let mut f = std::fs::File::create(&path).expect("temporary file");
        f.write_all(bytes).expect("temporary file");
        path
    }

    /// Reads `path`, checking that every error names it.
    fn read(&self, path: &Path, max_bytes: u64) -> (usize, usize) {
        let shown = path.display().to_string();
        let (mut ok, mut failed) = (0, 0);
        vigie_ingest::read_source(
            &Input::File(path.to_path_buf()),
            ReadOptions { max_bytes },
            &mut |r| match r {
                Ok(a) => {
                    assert_eq!(a.origin.path, shown);
                    ok += 1;
                }
                Err(e) => {
                    assert_eq!(e.origin.path, shown, "error without its path: {e}");
                    assert!(!e.reason.is_empty(), "error without a reason: {e}");
                    failed += 1;
                }
            },
        );
        (ok, failed)
    }

    fn text(&self, input: &[u8]) {
        // The first byte picks how the file is named (so read), the rest is the file.
        let (pick, body) = input.split_first().unwrap_or((&0, input));
        let name = ["a.txt", "a.html", "a.bin", "a.txt.gz", "a.html.gz"][usize::from(*pick % 5)];
        let bytes = if name.ends_with(".gz") && (pick / 5) % 2 == 0 {
            gzip(body)
        } else {
            // Raw bytes in a `.gz` file: a broken archive.
            body.to_vec()
        };
        let path = self.file(name, &bytes);
        let (ok, failed) = self.read(&path, 1 << 20);
        // `read_source` sniffs past leading ASCII whitespace.
        let sniffed = body.iter().find(|b| !b.is_ascii_whitespace());
        if name.ends_with("a.bin") && sniffed == Some(&b'{') {
            // Sniffed as JSON Lines: one result per line at most.
            let lines = body.split(|&b| b == b'\n').count();
            assert!(
                ok + failed <= lines,
                "{ok} + {failed} results for {lines} lines"
            );
        } else {
            assert_eq!(ok + failed, 1, "one result per text file");
        }
    }

    fn jsonl(&self, input: &[u8]) {
        let (gz, name) = match input.first() {
            Some(b) if b % 8 == 0 => (true, "a.jsonl.gz"),
            _ => (false, "a.jsonl"),
        };
        let bytes = if gz { gzip(input) } else { input.to_vec() };
        let path = self.file(name, &bytes);
        // A small line limit, so long lines are refused as they would be at 20 MiB.
        let (ok, failed) = self.read(&path, 64 << 10);
        let lines = input.split(|&b| b == b'\n').count();
        assert!(
            ok + failed <= lines.max(1),
            "{ok} + {failed} results for {lines} lines"
        );
    }

    fn dates(&self, input: &[u8]) {
        // First line: the publication date as an input would give it; the rest: the text.
        let text = String::from_utf8_lossy(input);
        let (first, body) = text.split_once('\n').unwrap_or((&text, &text));
        let published = (first.len() <= 64).then(|| first.to_string());
        let meta = Metadata {
            published: published.clone(),
            ..Metadata::default()
        };
        let mut doc = Document::new(body.to_string(), meta);
        vigie_clean::DateStage::new()
            .process(&mut doc)
            .expect("the date stage accepts any text");
        for a in &doc.annotations {
            assert!(
                doc.text.get(a.span.start..a.span.end).is_some(),
                "annotation span {:?} is not a slice of the text",
                a.span
            );
        }
        let _ = vigie_clean::dates::parse_text_date(first);
        let _ = vigie_clean::html::date::parse_value(first);
        let _ = vigie_clean::html::date::url_date(first);
        if let Some(d) = published
            .as_deref()
            .and_then(vigie_clean::dates::parse_iso_day)
        {
            let lex = &vigie_clean::dates::Lexicons::shared().merged;
            for f in vigie_clean::dates::find_dates(body, lex, Some(d)) {
                assert!(body.get(f.span.start..f.span.end).is_some());
            }
            let _ = vigie_clean::dates::find_dateline(body, lex);
        }
    }

    fn query(&self, input: &[u8]) {
        let store = self.store.as_ref().expect("query harness has a store");
        // The query reaches vigie as one command-line argument, which Linux caps at
        // MAX_ARG_STRLEN (128 KiB). Longer queries are not fuzzed: tantivy's parser needs about
        // 1.6 KB of memory per query byte (measured: 210 MB for a 128 KB query of `-1-1-1…`).
        let input = &input[..input.len().min(MAX_ARG_STRLEN)];
        let text = String::from_utf8_lossy(input);
        // Optional date bounds after a NUL, passed as they come: the store refuses a bound
        // that is not a date (it was a panic inside tantivy, found here).
        let mut parts = text.split('\0');
        let q = vigie_store::SearchQuery {
            text: parts.next().unwrap_or("").to_string(),
            since: parts.next().map(str::to_string),
            until: parts.next().map(str::to_string),
            language: parts.next().map(str::to_string),
            actor: parts.next().map(str::to_string),
            limit: 10,
            snippets: None,
        };
        match store.search(&q) {
            Ok(hits) => {
                for h in hits {
                    let _ = h.marked_snippet("[", "]");
                }
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }

    fn events_lexicon(&self, input: &[u8]) {
        let root = self.dir.path().join("resources/lexicons/zz");
        // Events patterns, then (after a `#---` line) the modality cues.
        let text = String::from_utf8_lossy(input);
        let (events, modality) = text.split_once("\n#---\n").unwrap_or((&text, ""));
        std::fs::write(root.join("events.toml"), events).expect("temporary file");
        std::fs::write(root.join("modality.toml"), modality).expect("temporary file");
        let table = self
            .cameo
            .as_ref()
            .expect("events harness has the CAMEO table");
        if let Err(e) = vigie_events::lexicon::Lexicons::load(table) {
            let e = e.to_string();
            assert!(
                e.contains("lexicons/zz/") || e.contains("modality"),
                "error without its path: {e}"
            );
        }
    }
}

/// Linux's limit on the length of one command-line argument.
const MAX_ARG_STRLEN: usize = 128 << 10;

fn charset(input: &[u8]) {
    for html in [false, true] {
        let d = vigie_ingest::charset::decode(input, html);
        if let Ok(s) = std::str::from_utf8(input) {
            if encoding_rs::Encoding::for_bom(input).is_none() {
                assert_eq!(d.text, s, "valid UTF-8 must come back unchanged");
            }
        }
    }
    let _ = vigie_ingest::charset::decode_html(input);
}

/// Checks that an error message names the file it came from.
fn names(path: &str, e: &dyn std::fmt::Display) {
    let e = e.to_string();
    assert!(e.contains(path), "error without its path: {e}");
}

fn kb(input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    for path in ["kb/fuzz.toml", "kb/agents/fr.toml"] {
        let kb = vigie_actors::kb::Kb::from_files([(path, &*text)]);
        for w in &kb.warnings {
            names(path, w);
        }
        // `lookup` scans every actor (it serves one `vigie entity NAME` at a time): a few
        // calls, not one per actor, which would make this quadratic in the file's size.
        for a in kb.actors.iter().take(3) {
            let _ = kb.lookup(a.canonical());
            let _ = a.code_at("2026-11-06");
        }
    }
}

fn lexicons(input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    let path = "lexicons/zz/fuzz.toml";
    let _ = vigie_clean::dates::Lexicon::from_toml(&text);
    if let Err(e) =
        vigie_clean::boilerplate::Lexicon::from_files(&[(path.into(), text.to_string())])
    {
        names(path, &e);
    }
    if let Err(e) = vigie_quotes::Cues::default().merge(path, &text) {
        names(path, &e);
    }
    if let Err(e) = vigie_text::Typography::default().merge(path, &text) {
        names(path, &e);
    }
    for w in vigie_actors::lexicon::Cues::from_files([(path, &*text)]).warnings {
        names(path, &w);
    }
    for w in vigie_actors::coref::CorefLexicons::from_files([(path, &*text)]).warnings {
        names(path, &w);
    }
    let _ = vigie_events::codes::CameoTable::parse(&text);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).expect("gzip to memory");
    enc.finish().expect("gzip to memory")
}

/// A store with a few articles in several languages, so queries reach the snippet code.
fn small_store(dir: &Path) -> Result<vigie_store::Store, String> {
    let mut store = vigie_store::Store::open(dir).map_err(|e| e.to_string())?;
    let articles = [
        ("fr", "2026-11-06", "La Biélorussie a déployé des drones près de la frontière. « Nous répondrons », a dit Loukachenko."),
        ("en", "2026-11-05", "Belarus deployed drones near the border on Thursday, officials said."),
        ("ru", "2026-10-01", "Беларусь разместила беспилотники у границы."),
        ("de", "2025-01-31", "Weißrussland stationierte Drohnen an der Grenze."),
    ];
    let batch: Vec<(Document, String)> = articles
        .iter()
        .map(|(lang, date, text)| {
            let meta = Metadata {
                language: Some(lang.to_string()),
                published: Some(date.to_string()),
                title: Some(text.chars().take(30).collect()),
                ..Metadata::default()
            };
            (Document::new(text.to_string(), meta), format!("{lang}.txt"))
        })
        .collect();
    store.put_batch(&batch).map_err(|e| e.to_string())?;
    store.flush().map_err(|e| e.to_string())?;
    Ok(store)
}
