//! `vigie serve` end to end: the real binary on loopback, over real HTTP, on a store of the
//! example corpus. The API answers are checked against the server's own OpenAPI document; the
//! pages are driven in headless Chromium through chromedriver (WebDriver, `fantoccini`).
//!
//! The browser test needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them);
//! where chromedriver is absent it is skipped with a message, unless `VIGIE_REQUIRE_BROWSER=1`
//! (set by `.ci/run`), where its absence fails. `VIGIE_SCREENSHOTS=DIR` saves a PNG of each
//! page at 1280×800 and at phone width.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::Value;

/// A `vigie serve` process, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(data: &Path, extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("--data-dir")
        .arg(data)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start vigie serve");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut sent = false;
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if !sent {
                if let Some(rest) = line.split("listening on ").nth(1) {
                    let base = rest
                        .split_whitespace()
                        .next()
                        .unwrap()
                        .trim_end_matches('/');
                    let _ = tx.send(base.to_string());
                    sent = true;
                }
            }
            eprintln!("[serve] {line}");
        }
    });
    let base = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("vigie serve says where it listens");
    Server { child, base }
}

/// The example corpus ingested once for every test of this file.
fn store() -> &'static PathBuf {
    static STORE: OnceLock<PathBuf> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let data = dir.join("store");
        let (code, _) = common::ingest(&data, &[&common::example_corpus()], &[]);
        assert_eq!(code, Some(0), "ingest of the example corpus");
        data
    })
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

fn get(base: &str, path: &str) -> (u16, Value) {
    let mut r = agent().get(&format!("{base}{path}")).call().expect("GET");
    let status = r.status().as_u16();
    let body = r.body_mut().read_to_string().unwrap();
    let value = serde_json::from_str(&body)
        .unwrap_or_else(|e| panic!("GET {path}: not JSON ({e}): {body:.300}"));
    (status, value)
}

/// Checks `value` against an OpenAPI 3.1 schema: types (with `null`), required properties,
/// items, `$ref`s into the document's components, `oneOf`/`anyOf`/`allOf`.
fn check(value: &Value, schema: &Value, doc: &Value, at: &str) -> Result<(), String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/components/schemas/");
        let target = &doc["components"]["schemas"][name];
        if target.is_null() {
            return Err(format!("{at}: dangling $ref {r}"));
        }
        return check(value, target, doc, at);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(alts) = schema.get(key).and_then(Value::as_array) {
            let errs: Vec<String> = alts
                .iter()
                .filter_map(|s| check(value, s, doc, at).err())
                .collect();
            if errs.len() == alts.len() {
                return Err(format!("{at}: matches no alternative: {errs:?}"));
            }
        }
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for s in all {
            check(value, s, doc, at)?;
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let ok = types.iter().any(|t| match *t {
            "null" => value.is_null(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            _ => true,
        });
        if !ok {
            return Err(format!("{at}: {value:.80} is not {types:?}"));
        }
    }
    if let Some(obj) = value.as_object() {
        for r in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let r = r.as_str().unwrap();
            if !obj.contains_key(r) {
                return Err(format!("{at}: required property {r} missing"));
            }
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, s) in props {
                if let Some(v) = obj.get(k) {
                    check(v, s, doc, &format!("{at}.{k}"))?;
                }
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), value.as_array()) {
        for (i, v) in arr.iter().enumerate() {
            check(v, items, doc, &format!("{at}[{i}]"))?;
        }
    }
    Ok(())
}

/// GETs `path` and checks the answer against the document's schema for `template` and status.
fn get_checked(base: &str, doc: &Value, template: &str, path: &str) -> (u16, Value) {
    let (status, value) = get(base, path);
    let schema = &doc["paths"][template]["get"]["responses"][status.to_string()]["content"]
        ["application/json"]["schema"];
    assert!(
        !schema.is_null(),
        "{path}: status {status} is not documented for {template}: {value:.300}"
    );
    if let Err(e) = check(&value, schema, doc, path) {
        panic!("{path}: the answer does not fit the OpenAPI document: {e}");
    }
    (status, value)
}

#[test]
fn the_api_answers_as_its_openapi_document_says() {
    let server = start_server(store(), &[]);
    let base = &server.base;
    let (status, doc) = get(base, "/openapi.json");
    assert_eq!(status, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));

    let (_, health) = get_checked(base, &doc, "/api/health", "/api/health");
    let stored = health["articles"].as_u64().unwrap();
    assert!(stored > 0);

    // Articles, paged by cursor: the pages together are every article, once.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/articles?limit=3&cursor={c}"),
            None => "/api/articles?limit=3".into(),
        };
        let (_, page) = get_checked(base, &doc, "/api/articles", &path);
        for a in page["items"].as_array().unwrap() {
            seen.push(a["id"].as_str().unwrap().to_string());
        }
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "an article on two pages");
    assert_eq!(seen.len() as u64, stored, "the pages miss articles");

    // One article: annotations with byte and character offsets that give their words.
    let (_, article) = get_checked(
        base,
        &doc,
        "/api/articles/{id}",
        &format!("/api/articles/{}", seen[0]),
    );
    let text = article["text"].as_str().unwrap();
    let chars: Vec<char> = text.chars().collect();
    let annotations = article["annotations"].as_array().unwrap();
    assert!(!annotations.is_empty());
    for a in annotations {
        let span = &a["span"];
        let (s, e) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        let (cs, ce) = (
            span["char_start"].as_u64().unwrap() as usize,
            span["char_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], span["text"].as_str().unwrap());
        assert_eq!(
            chars[cs..ce].iter().collect::<String>(),
            span["text"].as_str().unwrap()
        );
    }

    // Search with facets.
    let (_, hits) = get_checked(base, &doc, "/api/search", "/api/search?q=Minsk&limit=2");
    assert!(hits["total"].as_u64().unwrap() > 0);
    assert!(!hits["facets"]["language"].as_array().unwrap().is_empty());
    assert!(!hits["facets"]["actor"].as_array().unwrap().is_empty());

    // Actors, one actor's spellings, quotes, events (plain and counted once), stories,
    // claims, a trend, alerts.
    let (_, actors) = get_checked(base, &doc, "/api/actors", "/api/actors?limit=5");
    let top = actors["items"][0]["actor"].as_str().unwrap().to_string();
    let (_, actor) = get_checked(
        base,
        &doc,
        "/api/actors/{id}",
        &format!("/api/actors/{top}"),
    );
    assert!(!actor["forms"].as_array().unwrap().is_empty());
    let (_, quotes) = get_checked(base, &doc, "/api/quotes", "/api/quotes?limit=4");
    assert!(!quotes["items"].as_array().unwrap().is_empty());
    let (_, events) = get_checked(base, &doc, "/api/events", "/api/events?limit=5");
    assert!(!events["items"].as_array().unwrap().is_empty());
    // Paging the events gives the same events as one large page.
    let (_, all) = get(base, "/api/events?limit=200");
    let mut paged = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/events?limit=2&cursor={c}"),
            None => "/api/events?limit=2".into(),
        };
        let (_, page) = get(base, &path);
        paged.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["event_id"].clone()),
        );
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    let whole: Vec<Value> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event_id"].clone())
        .collect();
    assert_eq!(paged, whole);
    let (_, distinct) = get(base, "/api/events?distinct=true&limit=50");
    assert!(!distinct["items"].as_array().unwrap().is_empty());
    assert!(distinct["items"][0]["reports"].as_array().is_some());
    get_checked(base, &doc, "/api/stories", "/api/stories");
    get_checked(base, &doc, "/api/claims", "/api/claims");
    let (_, trend) = get_checked(base, &doc, "/api/trends", "/api/trends?source=BLR&by=week");
    assert!(!trend["rows"].as_array().unwrap().is_empty());
    get_checked(base, &doc, "/api/alerts", "/api/alerts");

    // Errors: JSON with their status code, documented.
    let (status, e) = get_checked(
        base,
        &doc,
        "/api/articles/{id}",
        "/api/articles/ffffffffffffffff",
    );
    assert_eq!(status, 404);
    assert_eq!(e["error"]["status"], 404);
    let (status, _) = get_checked(base, &doc, "/api/articles", "/api/articles?limit=100000");
    assert_eq!(status, 400);
    let (status, _) = get_checked(base, &doc, "/api/articles", "/api/articles?limit=abc");
    assert_eq!(status, 400);
    let (status, e) = get(base, "/api/nothing-here");
    assert_eq!(status, 404);
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("no endpoint"));
    // Ingest is off unless asked for.
    let r = agent()
        .post(&format!("{base}/api/ingest"))
        .content_type("application/json")
        .send(r#"{"text": "x"}"#)
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
}

#[test]
fn ingest_over_http_needs_the_token_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    let server = start_server(&data, &["--allow-ingest", "--token", "s3cret"]);
    let base = &server.base;
    let article = r#"{"title": "Minsk ferme un poste-frontière", "published": "2026-11-04", "outlet": "Exemple", "text": "Minsk a fermé mardi un poste-frontière avec la Pologne, a annoncé le comité d'État aux frontières.\n\nVarsovie a dénoncé une provocation."}"#;
    let post = |token: Option<&str>, body: &str, kind: &str| {
        let mut req = agent()
            .post(&format!("{base}/api/ingest"))
            .content_type(kind);
        if let Some(t) = token {
            req = req.header("Authorization", &format!("Bearer {t}"));
        }
        let mut r = req.send(body).unwrap();
        let status = r.status().as_u16();
        (status, r.body_mut().read_json::<Value>().unwrap())
    };
    assert_eq!(post(None, article, "application/json").0, 401);
    assert_eq!(post(Some("wrong"), article, "application/json").0, 401);
    let (status, summary) = post(Some("s3cret"), article, "application/json");
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["ingested"], 1);
    let (_, again) = post(Some("s3cret"), article, "application/json");
    assert_eq!(again["ingested"], 0);
    assert_eq!(again["already_present"], 1);
    // A batch with one broken line: the good one is stored, the bad one reported.
    let batch =
        "{\"text\": \"Kyiv a reçu des chars.\", \"published\": \"2026-11-05\"}\n{not json\n";
    let (status, summary) = post(Some("s3cret"), batch, "application/x-ndjson");
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["ingested"], 1);
    assert_eq!(summary["failed"], 1);
    assert!(summary["failures"][0].as_str().unwrap().contains("request"));
    // Not JSON where JSON was announced: 400 as JSON.
    let (status, e) = post(Some("s3cret"), "{broken", "application/json");
    assert_eq!(status, 400);
    assert_eq!(e["error"]["status"], 400);
    // Reads need the token too, and see what was ingested.
    let r = agent().get(&format!("{base}/api/health")).call().unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let mut r = agent()
        .get(&format!("{base}/api/health"))
        .header("Authorization", "Bearer s3cret")
        .call()
        .unwrap();
    let health: Value = r.body_mut().read_json().unwrap();
    assert_eq!(health["articles"], 2);
}

#[test]
fn serve_refuses_to_expose_the_store_by_accident() {
    let data = store();
    let out = common::vigie(data, &["serve", "--bind", "0.0.0.0:0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stderr(&out).contains("beyond loopback"),
        "{}",
        common::stderr(&out)
    );
    let out = common::vigie(data, &["serve", "--allow-ingest"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::stderr(&out).contains("--allow-ingest needs --token"));
}

// ---------------------------------------------------------------------------------------------
// The page, in a real browser.

fn chromedriver() -> Option<PathBuf> {
    let found = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file());
    if found.is_none() {
        if std::env::var("VIGIE_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
            panic!("chromedriver is absent but VIGIE_REQUIRE_BROWSER=1 (install chromium and chromium-driver)");
        }
        eprintln!("skipped: chromedriver is absent (apt install chromium chromium-driver)");
    }
    found
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn analysts_search_read_an_article_open_an_actor_and_a_trend_in_a_browser() {
    let Some(driver_bin) = chromedriver() else {
        return;
    };
    let server = start_server(store(), &[]);
    let base = server.base.clone();
    // A pair with events, from the API.
    let (_, events) = get(&base, "/api/events?limit=200");
    let pair = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|e| {
            Some((
                e["source_code"].as_str()?.to_string(),
                e["target_code"].as_str()?.to_string(),
            ))
        })
        .expect("an event with both actors coded");

    let port = free_port();
    let _driver = Driver(
        Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver"),
    );
    let profile = tempfile::tempdir().unwrap();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                format!("--user-data-dir={}", profile.path().display()),
            ]
        }),
    );
    let mut client = None;
    for _ in 0..50 {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match fantoccini::ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => {
                client = Some(c);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    let c = client.expect("a WebDriver session with headless Chromium");
    let shots = std::env::var_os("VIGIE_SCREENSHOTS").map(PathBuf::from);
    let shoot = |name: &'static str| {
        let c = c.clone();
        let shots = shots.clone();
        async move {
            let Some(dir) = shots else { return };
            std::fs::create_dir_all(&dir).unwrap();
            for (w, h, tag) in [(1280, 800, "desktop"), (390, 844, "phone")] {
                c.set_window_size(w, h).await.unwrap();
                let png = c.screenshot().await.unwrap();
                std::fs::write(dir.join(format!("{name}-{tag}.png")), png).unwrap();
            }
            c.set_window_size(1280, 800).await.unwrap();
        }
    };
    use fantoccini::Locator;
    c.set_window_size(1280, 800).await.unwrap();

    // Overview.
    c.goto(&format!("{base}/")).await.unwrap();
    c.find(Locator::Css("#stories-h")).await.unwrap();
    shoot("overview").await;

    // Search from the header's box, by keyboard.
    let q = c.find(Locator::Css("#quick-q")).await.unwrap();
    q.send_keys("Minsk\u{E007}").await.unwrap();
    let count = c
        .wait()
        .for_element(Locator::Css("#result-count"))
        .await
        .unwrap();
    assert!(count.text().await.unwrap().contains("match"));
    assert!(
        !c.find_all(Locator::Css(".facets a"))
            .await
            .unwrap()
            .is_empty(),
        "facets"
    );
    let marked = c.find_all(Locator::Css(".snippet mark")).await.unwrap();
    assert!(!marked.is_empty(), "matched words highlighted");
    shoot("search").await;

    // Open the first hit: the text with a highlighted, linked mention.
    c.find(Locator::Css(".hit-title"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let mention = c
        .wait()
        .for_element(Locator::Css("#article-text a.mention"))
        .await
        .unwrap();
    let name = mention.text().await.unwrap();
    assert!(!name.trim().is_empty());
    assert!(
        !c.find_all(Locator::Css(".event code.cameo"))
            .await
            .unwrap()
            .is_empty()
            || !c
                .find_all(Locator::Css(".quote-row"))
                .await
                .unwrap()
                .is_empty()
    );
    shoot("article").await;

    // Follow the mention to its actor: spellings and timeline.
    mention.click().await.unwrap();
    c.wait()
        .for_element(Locator::Css("#forms-h"))
        .await
        .unwrap();
    assert!(!c
        .find_all(Locator::Css("ul.forms li"))
        .await
        .unwrap()
        .is_empty());
    shoot("actor").await;

    // The pair's trend: an SVG chart whose bars open the events behind them.
    c.goto(&format!(
        "{base}/trend?source={}&target={}&by=week",
        pair.0, pair.1
    ))
    .await
    .unwrap();
    let bar = c
        .wait()
        .for_element(Locator::Css("svg.chart.counts a"))
        .await
        .unwrap();
    shoot("trend").await;
    bar.click().await.unwrap();
    c.wait()
        .for_element(Locator::Css("#events .event"))
        .await
        .unwrap();

    // Claims in tension.
    c.goto(&format!("{base}/claims")).await.unwrap();
    c.find(Locator::Css("h1")).await.unwrap();
    shoot("claims").await;

    // An unknown page: a page with its status, not a crash.
    c.goto(&format!("{base}/articles/ffffffffffff"))
        .await
        .unwrap();
    let h1 = c
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(h1.contains("404"), "{h1}");
    c.close().await.unwrap();
}
