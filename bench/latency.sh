#!/usr/bin/env bash
# Query latency of readouts and SQLite FTS5 in the same run, on the same documents and queries.
#
#   bench/latency.sh [N]     N = corpus (default: the bundled corpus) or a number of readouts
#                            amplified from it with ../shared/bench/make_corpus.py (100000, ...)
#
# readouts: `readouts bench` (top 10 with our snippets and facet counts, one process, after a
# warm-up). FTS5: ../shared/bench/peers/fts5_bench.py (top 10 with snippet(), bm25(), one
# process, after a warm-up). Both over ../shared/bench/queries.txt, ROUNDS rounds (default 3);
# the table gives the median of the rounds' p50/p95/p99 and their min-max. Outputs under
# target/bench-latency/N.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-corpus}
ROUNDS=${ROUNDS:-3}
REPS=${REPS:-5}
SHARED=${SHARED:-../shared/bench}
OUT=target/bench-latency/$N
mkdir -p "$OUT"
cargo build --profile release-lto --quiet
BIN=target/release-lto/readouts

if [ "$N" = corpus ]; then
    "$BIN" index corpus --index "$OUT/readouts" --quiet > /dev/null
    "$BIN" export --index "$OUT/readouts" --output "$OUT/docs.jsonl" 2> /dev/null
    # FTS5's harness reads {id, date, title, body}.
    python3 -c '
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as dst:
    for line in src:
        r = json.loads(line)
        dst.write(json.dumps({"id": r["id"], "date": r["date"] or "", "title": r["title"], "body": r["body"]}) + "\n")
' "$OUT/docs.jsonl" "$OUT/fts5.jsonl"
else
    [ -f "$OUT/corpus.jsonl" ] || python3 "$SHARED/make_corpus.py" -n "$N" --from corpus -o "$OUT/corpus.jsonl" -j 2
    [ -d "$OUT/readouts" ] || "$BIN" index "$OUT/corpus.jsonl" --index "$OUT/readouts" --quiet > /dev/null
    ln -sf corpus.jsonl "$OUT/fts5.jsonl"
fi
[ -f "$OUT/fts5.db" ] || python3 "$SHARED/peers/fts5_bench.py" index "$OUT/fts5.db" "$OUT/fts5.jsonl" > /dev/null

for round in $(seq 1 "$ROUNDS"); do
    "$BIN" bench --index "$OUT/readouts" --queries "$SHARED/queries.txt" --repeat "$REPS" --json > "$OUT/readouts.$round.json"
    python3 "$SHARED/peers/fts5_bench.py" query "$OUT/fts5.db" "$SHARED/queries.txt" --reps "$REPS" --out "$OUT/fts5.$round.json" > /dev/null
done

python3 - "$OUT" "$ROUNDS" "$N" <<'PY'
import json, statistics, sys
out, rounds, n = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def pct(xs, p):
    s = sorted(xs); k = max(1, -(-len(s) * p // 100)); return s[int(k) - 1]
rows = {"readouts": [], "fts5": []}
for r in range(1, rounds + 1):
    ours = json.load(open(f"{out}/readouts.{r}.json"))
    rows["readouts"].append((ours["p50_ms"], ours["p95_ms"], ours["p99_ms"]))
    fts = json.load(open(f"{out}/fts5.{r}.json"))
    samples = [s for q in fts["per_query"] for s in q.get("samples_ms", [])]
    rows["fts5"].append((pct(samples, 50), pct(samples, 95), pct(samples, 99)))
print(f"N = {n}, {rounds} rounds, medians (min-max) in ms")
print("| engine | p50 | p95 | p99 |")
print("|---|---|---|---|")
med = {}
for engine, rs in rows.items():
    cols = []
    for i in range(3):
        xs = [r[i] for r in rs]
        cols.append(f"{statistics.median(xs):.2f} ({min(xs):.2f}-{max(xs):.2f})")
        med.setdefault(engine, []).append(statistics.median(xs))
    name = "readouts (top 10, snippets, facets)" if engine == "readouts" else "SQLite FTS5 (top 10, snippet)"
    print(f"| {name} | " + " | ".join(cols) + " |")
print("ratio readouts/FTS5: p50 %.2f, p95 %.2f, p99 %.2f" % tuple(a / b for a, b in zip(med["readouts"], med["fts5"])))
PY
