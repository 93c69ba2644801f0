#!/usr/bin/env bash
# readouts beside its peers (tantivy-cli, SQLite FTS5, Xapian), in one run per corpus size, then
# BENCHMARKS.md and bench/growth.png from the results.
#
#   bench/run.sh [N ...]          default sizes: 10000 100000 1000000
#
# Per size N: the synthetic corpus of ../shared/bench/make_corpus.py (seed 42, as the peers'
# baselines), the peers through ../shared/bench/run_peers.sh, then readouts in the same results
# directory with the same step naming: `readouts index` (parsing, facet extraction, stemming,
# stored fields; a fresh index each round) and `readouts bench` (top 10 with snippets and facet
# counts over ../shared/bench/queries.txt, one warm process). Every step ROUNDS times; the report
# gives medians and min-max. Outputs under target/bench-peers (the peers' layout).
#
# Environment: ROUNDS (3), QREPS (5), and, passed on to run_peers.sh, PEERS, XAPIAN_REPS,
# TANTIVY_THREADS, TANTIVY_THREADS2, PERPROC_ROUNDS. When Xapian is not among PEERS but an index
# of it already exists under work/N/xapian (built earlier: at 1M it takes ~25 min), its query steps
# still run on it in this run.
#
# PEERS=none runs readouts alone (the 10M run: no peer indexes a 28 GB corpus in a session) and
# leaves BENCHMARKS.md as it is: its sizes are written by hand from the results directory.
# DELETE_CORPUS=1 removes each generated corpus and index when its size is done (10M: 28 GB of
# JSONL and 17 GB of index on one disk).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${*:-10000 100000 1000000}
ROUNDS=${ROUNDS:-3}
QREPS=${QREPS:-5}
SHARED=$(cd "${SHARED:-../shared/bench}" && pwd)
export BENCH_OUT=$PWD/target/bench-peers
QUERIES=$SHARED/queries.txt
cargo build --profile release-lto --quiet
BIN=$PWD/target/release-lto/readouts
[ -x "$BENCH_OUT/tools/bin/tantivy" ] || "$SHARED/setup.sh"

# timed RES NAME cmd...: GNU time -v to RES/NAME.time, ns wall clock to RES/NAME.wallns (as run_peers.sh).
timed() {
    local res=$1 name=$2 t0 t1 rc=0
    shift 2
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$res/$name.time" "$@" > "$res/$name.out" 2> "$res/$name.err" || rc=$?
    t1=$(date +%s%N)
    echo $((t1 - t0)) > "$res/$name.wallns"
    if [ "$rc" != 0 ]; then
        echo "$rc" > "$res/$name.failed"
        echo "!! $name failed (rc=$rc), see $res/$name.err" >&2
    fi
}

for N in $SIZES; do
    CORPUS=$BENCH_OUT/data/corpus_$N.jsonl
    WORK=$BENCH_OUT/work/$N
    [ -s "$CORPUS" ] || python3 "$SHARED/make_corpus.py" -n "$N" -o "$CORPUS" -j 2
    if [ "${PEERS:-}" = none ]; then
        RES=$BENCH_OUT/results/$N/$(date +%Y%m%dT%H%M%S)
        mkdir -p "$RES" "$WORK"
        echo "$N" > "$RES/N"
        stat -c %s "$CORPUS" > "$RES/corpus_bytes"
        { uname -a; nproc; free -m; } > "$RES/env.txt"
    else
        "$SHARED/run_peers.sh" "$N" "$ROUNDS" "$QREPS"
        RES=$(ls -d "$BENCH_OUT/results/$N"/*/ | sort | tail -1)
        RES=${RES%/}
    fi
    echo "${TANTIVY_THREADS:-1}" > "$RES/tantivy-threads"
    echo "== readouts index ($N readouts, $ROUNDS rounds)"
    cat "$CORPUS" > /dev/null
    for r in $(seq 1 "$ROUNDS"); do
        rm -rf "$WORK/readouts"
        sync
        timed "$RES" "readouts-index.r$r" "$BIN" index "$CORPUS" --index "$WORK/readouts" --quiet
        du -sb "$WORK/readouts" | cut -f1 > "$RES/readouts-index.r$r.size"
    done
    echo "== readouts bench (top 10, snippets, facet counts)"
    for r in $(seq 1 "$ROUNDS"); do
        timed "$RES" "readouts-query.r$r" "$BIN" bench --index "$WORK/readouts" --queries "$QUERIES" --repeat "$QREPS" --json
    done
    if [[ " ${PEERS:-xapian} " != *" xapian "* ]] && [ -d "$WORK/xapian" ]; then
        echo "== xapian query (index built earlier)"
        for r in $(seq 1 "$ROUNDS"); do
            timed "$RES" "xapian-query-snippet.r$r" /usr/bin/python3 "$SHARED/peers/xapian_bench.py" query "$WORK/xapian" \
                "$QUERIES" --reps "$QREPS" --out "$RES/xapian-query-snippet.r$r.json"
            timed "$RES" "xapian-query-top10.r$r" /usr/bin/python3 "$SHARED/peers/xapian_bench.py" query "$WORK/xapian" \
                "$QUERIES" --reps "$QREPS" --no-snippet --out "$RES/xapian-query-top10.r$r.json"
        done
        [ -f "$WORK/xapian-index.time" ] && cp "$WORK/xapian-index.time" "$RES/xapian-index-earlier.time"
        du -sb "$WORK/xapian" | cut -f1 > "$RES/xapian-index-earlier.size"
    fi
    if [ "${DELETE_CORPUS:-0}" = 1 ]; then
        rm -rf "$CORPUS" "$WORK/readouts"
    fi
done
[ "${PEERS:-}" = none ] && exit 0

# One `readouts search` process, start to exit, on the bundled corpus, beside one `tantivy search`
# process on the 10k peer index (a query with no hits: tantivy-cli prints every hit).
PROC=$BENCH_OUT/results/process/$(date +%Y%m%dT%H%M%S)
mkdir -p "$PROC"
"$BIN" index corpus --index "$PROC/readouts" --quiet > /dev/null
python3 - "$BIN" "$PROC" "$BENCH_OUT/tools/bin/tantivy" "$BENCH_OUT/work/10000/tantivy" <<'PY'
import json, statistics, subprocess, sys, time
bin_, proc, tantivy, tantivy_index = sys.argv[1:5]
def runs(cmd, n=31):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out.append((time.perf_counter() - t) * 1000)
    return {"median_ms": statistics.median(out), "min_ms": min(out), "max_ms": max(out), "runs": n}
result = {}
for rnd in range(3):
    for name, cmd in [
        ("readouts search \"peace agreement\" (bundled corpus)", [bin_, "search", "peace agreement", "--index", proc + "/readouts"]),
        ("readouts search Svalbard (bundled corpus, no hit)", [bin_, "search", "Svalbard", "--index", proc + "/readouts"]),
        ("tantivy-cli search Svalbard (10k, no hit)", [tantivy, "search", "-i", tantivy_index, "-q", "Svalbard"]),
    ]:
        result.setdefault(name, []).append(runs(cmd))
json.dump(result, open(proc + "/process.json", "w"), indent=1)
PY
python3 bench/report.py "$BENCH_OUT" BENCHMARKS.md
echo "wrote BENCHMARKS.md and bench/growth.png"
