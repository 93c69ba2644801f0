#!/usr/bin/env bash
# Load on the HTTP API: requests/s and latency of GET /search at 16 concurrent connections on
# loopback, on the bundled corpus, cycling through ../shared/bench/queries.txt (top 10 with snippets
# and facet counts), with wrk (Debian's package).
#
#   bench/load.sh [SECONDS] [CONNECTIONS]     (defaults 30 and 16; the soak run: 60 64)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-30}
CONNECTIONS=${2:-16}
QUERIES=${QUERIES:-../shared/bench/queries.txt}
OUT=target/bench-load
mkdir -p "$OUT"
command -v wrk > /dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
cargo build --profile release-lto --quiet
BIN=target/release-lto/readouts
"$BIN" index corpus --index "$OUT/index" --quiet > /dev/null
"$BIN" serve --index "$OUT/index" --addr 127.0.0.1:0 2> "$OUT/serve.log" &
SERVER=$!
trap 'kill $SERVER 2> /dev/null || true' EXIT
for _ in $(seq 50); do grep -q http:// "$OUT/serve.log" && break; sleep 0.1; done
BASE=$(grep -o 'http://[0-9.:]*' "$OUT/serve.log" | head -1)
# A wrk script that sends the queries in turn, URL-encoded.
python3 - "$QUERIES" > "$OUT/queries.lua" <<'PY'
import sys, urllib.parse
qs = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
print("local paths = {" + ",".join('"/search?q=%s"' % urllib.parse.quote(q, safe="") for q in qs) + "}")
print("local i = 0")
print("request = function() i = i % #paths + 1; return wrk.format('GET', paths[i]) end")
print("done = function(summary, latency, requests)")
print("  io.write(string.format('non-2xx or errors: %d\\n', summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))")
print("end")
PY
RSS_BEFORE=$(ps -o rss= -p $SERVER)
wrk -t 2 -c "$CONNECTIONS" -d "${SECONDS_RUN}s" --latency -s "$OUT/queries.lua" "$BASE" > "$OUT/wrk.txt" &
WRK=$!
# The server's memory every 5 s of the run: flat means bounded.
: > "$OUT/rss.txt"
while kill -0 $WRK 2> /dev/null; do
    ps -o rss= -p $SERVER >> "$OUT/rss.txt"
    sleep 5
done
wait $WRK
cat "$OUT/wrk.txt"
echo "server RSS: ${RSS_BEFORE} KB before; during the run (every 5 s, KB): $(tr -s ' \n' ' ' < "$OUT/rss.txt")"
echo "server RSS: $(ps -o rss= -p $SERVER) KB after"
