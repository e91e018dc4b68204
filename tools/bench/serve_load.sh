#!/usr/bin/env bash
# Load test of `vigie serve` from a second process on loopback, with wrk (Debian: `apt-get
# install wrk`), bounded in time: each endpoint gets DURATION seconds with CONNECTIONS
# connections from one wrk thread.
#
#   tools/bench/serve_load.sh [ROOT] [ARTICLES]
#
# ROOT (default /tmp/vigie-load) holds the generated corpus and its store; when ROOT/store
# does not exist it is built first with `vigie bench ingest --articles ARTICLES --keep ROOT`
# (default 100000). Then `vigie serve` is started on that store and hit in turn on: search
# (varied queries, with facets), events (first pages under varied filters) and the article page
# (HTML, 500 different articles). The server's resident memory is sampled every 2 s. Prints
# one line per endpoint: requests/s, p50/p90/p99 latency, errors, and the server's RSS before and
# after. Needs a release build: `cargo build --release`.
set -euo pipefail

ROOT=${1:-/tmp/vigie-load}
ARTICLES=${2:-100000}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-8}
PORT=${PORT:-18080}
VIGIE=${VIGIE:-target/release/vigie}
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "serve_load: wrk not found (apt-get install wrk)" >&2; exit 1; }
[ -x "$VIGIE" ] || { echo "serve_load: $VIGIE not found (cargo build --release)" >&2; exit 1; }

if [ ! -d "$ROOT/store" ]; then
    echo "serve_load: building a store of $ARTICLES generated articles in $ROOT" >&2
    "$VIGIE" bench ingest --articles "$ARTICLES" --keep "$ROOT" --json
fi

"$VIGIE" serve --data-dir "$ROOT/store" --bind "127.0.0.1:$PORT" >"$ROOT/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    curl -sf "$BASE/api/health" >/dev/null && break
    sleep 0.1
done
curl -sf "$BASE/api/health" >/dev/null || { echo "serve_load: server did not start" >&2; cat "$ROOT/serve.log" >&2; exit 1; }

rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$SERVER/status"; }

# The paths each run picks from, at random.
WORK=$(mktemp -d)
python3 - "$BASE" "$WORK" <<'PY'
import json, sys, urllib.request
base, work = sys.argv[1], sys.argv[2]
words = ["frontière", "Minsk", "drones", "sanctions", "Loukachenko", "border troops",
         "Kremlin", "accord", "Vilnius", "military drills", "soldats déployés", "NATO",
         "Lithuanian government", "incident", "Moscou", "spokesperson", "Varsovie", "Russia"]
search = [f"/api/search?q={urllib.parse.quote(w)}&limit=20" for w in words]
search += [f"/api/search?q={urllib.parse.quote(w)}&language={l}&limit=20" for w in words[:6] for l in ("fr", "en")]
events = ["/api/events?limit=50", "/api/events?source=BLR&limit=50", "/api/events?target=LTU&limit=50",
          "/api/events?code=19&limit=50", "/api/events?include_hypothetical=true&limit=50",
          "/api/events?source=RUS&limit=50", "/api/events?code=ASSAULT&limit=50",
          "/api/events?since=2026-06&until=2026-06&limit=50"]
ids, cursor = [], None
while len(ids) < 500:
    url = f"{base}/api/articles?limit=100" + (f"&cursor={cursor}" if cursor else "")
    page = json.load(urllib.request.urlopen(url))
    ids += [a["id"] for a in page["items"]]
    cursor = page.get("next")
    if not cursor:
        break
articles = [f"/articles/{i}" for i in ids]
for name, paths in (("search", search), ("events", events), ("article", articles)):
    with open(f"{work}/{name}.lua", "w") as f:
        f.write("paths = {" + ",".join(json.dumps(p) for p in paths) + "}\n")
        f.write("""
math.randomseed(7)
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
done = function(s, latency, requests)
  local e = s.errors
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d\\n",
    s.requests, s.duration / 1e6, s.requests / (s.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end
""")
PY

echo "store: $ROOT/store ($("$VIGIE" stats --data-dir "$ROOT/store" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin).get("articles","?"))' 2>/dev/null || echo '?') articles); server RSS at start: $(rss) MB"
for name in search events article; do
    # Warm-up (first queries open readers and fill caches), then the measured run.
    wrk -t1 -c"$CONNECTIONS" -d3s -s "$WORK/$name.lua" "$BASE" >/dev/null
    before=$(rss)
    peak=$before
    ( while kill -0 $SERVER 2>/dev/null; do r=$(rss); echo "$r"; sleep 2; done ) >"$WORK/$name.rss" &
    SAMPLER=$!
    line=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$WORK/$name.lua" "$BASE" | grep '^RESULT')
    kill $SAMPLER 2>/dev/null || true
    peak=$(sort -n "$WORK/$name.rss" | tail -1)
    echo "$name: ${line#RESULT } rss_before_mb=$before rss_peak_mb=${peak:-$before} rss_after_mb=$(rss)"
done
rm -rf "$WORK"
