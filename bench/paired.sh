#!/usr/bin/env bash
# Indexing throughput against tantivy-cli -t 2 in interleaved pairs: one readouts round, then one
# tantivy-cli round, ROUNDS times, on the same synthetic JSONL. The machine is noisy (a slow minute
# can cover all three rounds of one tool in bench/run.sh, which runs each tool's rounds together);
# the ratio of each pair, measured a few seconds apart, is less at the mercy of that.
#
#   bench/paired.sh [N] [ROUNDS]     default: 100000 readouts, 5 rounds
#
# Needs the corpus and tantivy-cli that bench/run.sh sets up. Prints each pair and the median
# ratio, and writes them to target/bench-peers/results/paired/N-<time>.json.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
ROUNDS=${2:-5}
SHARED=$(cd "${SHARED:-../shared/bench}" && pwd)
OUT=$PWD/target/bench-peers
CORPUS=$OUT/data/corpus_$N.jsonl
TANTIVY=$OUT/tools/bin/tantivy
[ -s "$CORPUS" ] || { echo "no $CORPUS: run bench/run.sh $N first" >&2; exit 2; }
[ -x "$TANTIVY" ] || { echo "no tantivy-cli: run $SHARED/setup.sh first" >&2; exit 2; }
cargo build --profile release-lto --quiet
BIN=$PWD/target/release-lto/readouts
WORK=$(mktemp -d "$OUT/paired.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT/results/paired"
cat "$CORPUS" > /dev/null
python3 - "$BIN" "$TANTIVY" "$SHARED/peers/tantivy_bench.py" "$CORPUS" "$WORK" "$N" "$ROUNDS" \
    "$OUT/results/paired/$N-$(date +%Y%m%dT%H%M%S).json" <<'PY'
import json, shutil, statistics, subprocess, sys, time
bin_, tantivy, tantivy_bench, corpus, work, n, rounds, out = sys.argv[1:9]
n, rounds = int(n), int(rounds)

def timed(cmd, stdin=None):
    t = time.perf_counter()
    subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t

pairs = []
for r in range(rounds):
    shutil.rmtree(f"{work}/readouts", ignore_errors=True)
    shutil.rmtree(f"{work}/tantivy", ignore_errors=True)
    subprocess.run(["python3", tantivy_bench, "mkindex", f"{work}/tantivy", "--tokenizer", "en_stem"],
                   stdout=subprocess.DEVNULL, check=True)
    ours = timed([bin_, "index", corpus, "--index", f"{work}/readouts", "--quiet"])
    with open(corpus, "rb") as f:
        theirs = timed([tantivy, "index", "-i", f"{work}/tantivy", "-t", "2", "-m", "1000000000"], stdin=f)
    pairs.append({"readouts_s": ours, "tantivy_t2_s": theirs, "ratio": theirs / ours})
    print(f"round {r + 1}: readouts {ours:.2f} s ({n / ours:,.0f}/s), tantivy-cli -t 2 {theirs:.2f} s "
          f"({n / theirs:,.0f}/s), readouts/s ratio {theirs / ours:.2f}")
ratios = [p["ratio"] for p in pairs]
summary = {"n": n, "rounds": rounds, "pairs": pairs, "median_ratio": statistics.median(ratios),
           "min_ratio": min(ratios), "max_ratio": max(ratios)}
json.dump(summary, open(out, "w"), indent=1)
print(f"median readouts/s ratio (readouts / tantivy-cli -t 2): {summary['median_ratio']:.2f} "
      f"(min {summary['min_ratio']:.2f}, max {summary['max_ratio']:.2f}) -> {out}")
PY
