#!/usr/bin/env bash
# Query latency of two builds of readouts, measured in interleaved pairs on one index: what a
# change to the query path costs. The machine is noisy; pairs see the same minute of it.
#
#   bench/paired_queries.sh BEFORE_BIN AFTER_BIN [N] [ROUNDS]
#
# N = corpus (default: the bundled corpus) or a number of readouts amplified from it with
# ../shared/bench/make_corpus.py. Each round runs `readouts bench` (top 10, two-passage
# snippets, three facet counts; ../shared/bench/queries.txt, 5 timed runs a query) with the
# before build, then the after build, on an index the after build wrote (an older build reads it,
# ignoring fields it does not know, unless the format changed). SEPARATE=1 gives each build an
# index it wrote itself: for a change to the index format that the older build cannot read, as
# builds before e88c004 cannot read the zstd blocks of later ones. Prints each round and the medians
# of p50/p95 and their ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1
AFTER=$2
N=${3:-corpus}
ROUNDS=${4:-3}
SHARED=${SHARED:-../shared/bench}
OUT=target/bench-paired-queries/$N
mkdir -p "$OUT"
if [ "$N" = corpus ]; then
    SRC=corpus
else
    SRC="$OUT/docs.jsonl"
    [ -s "$SRC" ] || python3 "$SHARED/make_corpus.py" --from corpus -n "$N" -o "$SRC"
fi
rm -rf "$OUT/index" "$OUT/index-before"
"$AFTER" index "$SRC" --index "$OUT/index" --quiet > /dev/null
BEFORE_INDEX=$OUT/index
if [ "${SEPARATE:-0}" = 1 ]; then
    BEFORE_INDEX=$OUT/index-before
    "$BEFORE" index "$SRC" --index "$BEFORE_INDEX" --quiet > /dev/null
fi
for round in $(seq 1 "$ROUNDS"); do
    "$BEFORE" bench --queries "$SHARED/queries.txt" --index "$BEFORE_INDEX" --json > "$OUT/before-$round.json"
    "$AFTER" bench --queries "$SHARED/queries.txt" --index "$OUT/index" --json > "$OUT/after-$round.json"
done
python3 - "$OUT" "$ROUNDS" <<'EOF'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
rows = {side: [json.load(open(f"{out}/{side}-{r}.json")) for r in range(1, rounds + 1)] for side in ("before", "after")}
for r in range(rounds):
    b, a = rows["before"][r], rows["after"][r]
    print(f"round {r + 1}: before p50 {b['p50_ms']:.2f} p95 {b['p95_ms']:.2f} ms | after p50 {a['p50_ms']:.2f} p95 {a['p95_ms']:.2f} ms")
med = {side: {k: statistics.median(x[k] for x in rows[side]) for k in ("p50_ms", "p95_ms")} for side in rows}
print(f"median: before p50 {med['before']['p50_ms']:.2f} / p95 {med['before']['p95_ms']:.2f} ms; "
      f"after p50 {med['after']['p50_ms']:.2f} / p95 {med['after']['p95_ms']:.2f} ms; "
      f"ratio p50 {med['after']['p50_ms'] / med['before']['p50_ms']:.2f}, p95 {med['after']['p95_ms'] / med['before']['p95_ms']:.2f}")
EOF
