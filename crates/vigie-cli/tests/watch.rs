//! `vigie watch` end to end: an event rule over the example corpus prints each alert once with
//! its evidence (the same events `vigie events` lists, their sentences and links), logs it, and
//! prints nothing new on the next run; the webhook receives the alert after a 500, and an
//! alert the webhook refused stays pending until a later run delivers it; a malformed rule
//! file is refused with its path and rule.

mod common;

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use common::*;

const RULES: &str = r#"
[[rule]]
name = "blr-ukr-force"
kind = "event"
plover = ["MOBILIZE", "ASSAULT"]
source = "BLR"
target = "UKR"

[[rule]]
name = "blr-claims"
kind = "claim"
actor = "BLR"
"#;

fn write_rules(dir: &Path, text: &str) -> std::path::PathBuf {
    let p = dir.join("rules.toml");
    std::fs::write(&p, text).unwrap();
    p
}

/// The event ids `vigie events` lists that the event rule must report: source BLR…, target
/// UKR…, MOBILIZE or ASSAULT, asserted as real.
fn expected_events(data: &Path) -> BTreeSet<i64> {
    let out = vigie(data, &["events", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    json_lines(&out)
        .iter()
        .filter(|e| {
            let code = |k: &str| e[k].as_str().unwrap_or("").to_string();
            code("source_code").starts_with("BLR")
                && code("target_code").starts_with("UKR")
                && ["MOBILIZE", "ASSAULT"].contains(&e["plover"].as_str().unwrap_or(""))
                && e["negated"] == false
                && e.get("hypothetical").is_none_or(|h| h.is_null())
        })
        .map(|e| e["event_id"].as_i64().unwrap())
        .collect()
}

#[test]
fn an_event_rule_fires_once_on_the_example_corpus_with_its_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    let (code, summary) = ingest(&data, &[&example_corpus()], &[]);
    assert_eq!(code, Some(0), "{summary}");
    let expected = expected_events(&data);
    assert!(
        !expected.is_empty(),
        "the example corpus has BLR→UKR uses of force"
    );

    let rules = write_rules(dir.path(), RULES);
    let log = dir.path().join("alerts.jsonl");
    let args = [
        "watch",
        "--rules",
        rules.to_str().unwrap(),
        "--once",
        "--base-url",
        "http://127.0.0.1:8080/",
        "--log",
        log.to_str().unwrap(),
    ];
    let out = vigie(&data, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let alerts = json_lines(&out);
    assert!(!alerts.is_empty(), "stderr: {}", stderr(&out));
    let mut reported = BTreeSet::new();
    let mut ids = BTreeSet::new();
    for a in &alerts {
        assert_eq!(a["rule"], "blr-ukr-force", "{a}");
        assert_eq!(a["kind"], "event");
        assert_eq!(a["id"].as_str().unwrap().len(), 16, "{a}");
        assert!(ids.insert(a["id"].as_str().unwrap().to_string()), "{a}");
        let evidence = a["evidence"].as_array().unwrap();
        assert!(!evidence.is_empty(), "{a}");
        for e in evidence {
            reported.insert(e["event_id"].as_i64().unwrap());
            let sentence = e["sentence"].as_str().unwrap();
            assert!(!sentence.is_empty(), "{e}");
            let article = e["article"].as_str().unwrap();
            assert_eq!(
                e["link"],
                format!("http://127.0.0.1:8080/articles/{article}"),
                "{e}"
            );
            assert!(a["message"].is_string());
        }
    }
    assert_eq!(reported, expected, "{alerts:#?}");
    // The example corpus's Belarusian fighting against Kyiv, with its exact sentence.
    let show = vigie(&data, &["events", "--json", "--source", "BLR"]);
    let fight = json_lines(&show)
        .into_iter()
        .find(|e| e["target_code"] == "UKRGOV" && e["cameo"] == "190")
        .expect("the corpus's BLR → UKRGOV fight");
    let evidence: Vec<&serde_json::Value> = alerts
        .iter()
        .flat_map(|a| a["evidence"].as_array().unwrap())
        .collect();
    let e = evidence
        .iter()
        .find(|e| e["event_id"] == fight["event_id"])
        .expect("the fight is reported");
    assert_eq!(e["sentence"], fight["evidence"].as_str().unwrap().trim());
    assert_eq!(e["date"], "2022-02-01");

    // The log holds the same lines; the state holds the ids.
    let logged: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(logged, alerts);
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data.join("watch-state.json")).unwrap())
            .unwrap();
    let sent: BTreeSet<String> = state["sent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(sent, ids);

    // Nothing new the second time.
    let again = vigie(&data, &args);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(stdout(&again), "", "{}", stderr(&again));
    assert_eq!(
        std::fs::read_to_string(&log).unwrap().lines().count(),
        alerts.len()
    );
}

/// A one-shot HTTP server answering each of `statuses` in turn (one connection each) and
/// handing over each request body.
fn server(statuses: Vec<u16>) -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for status in statuses {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let body = read_body(&mut stream);
            let _ = write!(
                stream,
                "HTTP/1.1 {status} {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                if status == 200 { "OK" } else { "Server Error" }
            );
            let _ = tx.send(body);
        }
    });
    (url, rx)
}

/// The body of one HTTP request (by its Content-Length).
fn read_body(stream: &mut std::net::TcpStream) -> String {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut chunk).unwrap();
        assert!(n > 0, "connection closed before the request's end");
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .map(|v| v.trim().parse().unwrap())
        .expect("a Content-Length");
    while buf.len() < head_end + length {
        let n = stream.read(&mut chunk).unwrap();
        assert!(n > 0);
        buf.extend_from_slice(&chunk[..n]);
    }
    String::from_utf8(buf[head_end..head_end + length].to_vec()).unwrap()
}

const ATTACK: &str = "Belarus and Ukraine\n\n\
Belarusian troops attacked Ukraine on March 3, 2022.\n\n\
The weather in Warsaw was mild that week.\n";

fn attack_store(dir: &Path) -> std::path::PathBuf {
    let input = dir.join("attack.txt");
    std::fs::write(&input, ATTACK).unwrap();
    let data = dir.join("store");
    let (code, summary) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{summary}");
    data
}

#[test]
fn the_webhook_gets_the_alert_after_a_server_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = attack_store(dir.path());
    let rules = write_rules(dir.path(), RULES);
    let (url, bodies) = server(vec![500, 200]);
    let out = vigie(
        &data,
        &[
            "watch",
            "--rules",
            rules.to_str().unwrap(),
            "--webhook",
            &url,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = json_lines(&out);
    assert_eq!(printed.len(), 1, "{printed:#?}");
    let received: Vec<serde_json::Value> = bodies
        .try_iter()
        .map(|b| serde_json::from_str(&b).expect("a JSON body"))
        .collect();
    assert_eq!(received.len(), 2, "one refused, one taken: {received:#?}");
    assert_eq!(received[0], printed[0]);
    assert_eq!(received[1], printed[0]);
    assert_eq!(
        received[1]["evidence"][0]["sentence"],
        "Belarusian troops attacked Ukraine on March 3, 2022."
    );
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data.join("watch-state.json")).unwrap())
            .unwrap();
    assert_eq!(state["webhook_pending"], serde_json::json!({}), "{state}");
}

#[test]
fn an_alert_the_webhook_refused_is_sent_on_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let data = attack_store(dir.path());
    let rules = write_rules(dir.path(), RULES);
    let state_file = dir.path().join("elsewhere/state.json");
    let run = |url: &str| {
        vigie(
            &data,
            &[
                "watch",
                "--rules",
                rules.to_str().unwrap(),
                "--state",
                state_file.to_str().unwrap(),
                "--webhook",
                url,
            ],
        )
    };
    // Four 503s: the first try and three retries.
    let (down, refused) = server(vec![503; 4]);
    let out = run(&down);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&out).len(), 1);
    assert_eq!(refused.try_iter().count(), 4);
    assert!(stderr(&out).contains("not delivered"), "{}", stderr(&out));
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state_file).unwrap()).unwrap();
    assert_eq!(state["webhook_pending"].as_object().unwrap().len(), 1);

    let (up, taken) = server(vec![200]);
    let out = run(&up);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "already printed");
    let bodies: Vec<String> = taken.try_iter().collect();
    assert_eq!(bodies.len(), 1);
    let alert: serde_json::Value = serde_json::from_str(&bodies[0]).unwrap();
    assert_eq!(alert["rule"], "blr-ukr-force");
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state_file).unwrap()).unwrap();
    assert_eq!(state["webhook_pending"], serde_json::json!({}), "{state}");
}

#[test]
fn a_malformed_rule_file_is_refused_with_its_path_and_rule() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write_rules(dir.path(), &RULES.replace("ASSAULT", "ATTACK"));
    let out = vigie(
        &dir.path().join("store"),
        &["watch", "--rules", rules.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}: rule \"blr-ukr-force\"", rules.display())),
        "{err}"
    );
    assert!(err.contains("ATTACK"), "{err}");
    // A CAMEO prefix of the right shape that codes nothing.
    let rules = write_rules(
        dir.path(),
        "[[rule]]\nname = \"none\"\nkind = \"event\"\ncameo = [\"99\"]\n",
    );
    let out = vigie(
        &dir.path().join("store"),
        &["watch", "--rules", rules.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("rule \"none\""), "{}", stderr(&out));
}
