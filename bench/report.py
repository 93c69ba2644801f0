#!/usr/bin/env python3
"""Turns the results of bench/run.sh into the tables of BENCHMARKS.md and bench/growth.png.

  bench/report.py BENCH_OUT BENCHMARKS.md

Reads the newest results directory of every size under BENCH_OUT/results/N/ that holds readouts'
steps, with the peers' own summarize.py (../shared/bench) for their figures, and rewrites the
part of BENCHMARKS.md between the `<!-- results -->` and `<!-- /results -->` lines. Every figure
is the median over rounds, with the min-max of the rounds beside it.
"""

import glob
import json
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "bench"))
import summarize  # noqa: E402  (the peers' harness: parse_time, collect)

PEER_ROWS = [
    ("tantivy-index", "tantivy-cli index -t 1 (tool default)"),
    ("tantivy-index-t2", "tantivy-cli index -t 2"),
    ("fts5-index", "SQLite FTS5 index (+optimize)"),
    ("xapian-index", "Xapian index"),
    ("tantivy-bench", "tantivy-cli bench top10+count (no snippets)"),
    ("fts5-query-snippet", "SQLite FTS5 top10 bm25+snippet"),
    ("xapian-query-snippet", "Xapian top10+snippet"),
    ("xapian-query-top10", "Xapian top10 (no snippets)"),
]
OURS = [
    ("readouts-index", "**readouts index** (parse, extract facets, stem, store)"),
    ("readouts-query", "**readouts** top10+snippets+facet counts"),
]


def rounds(steps, key):
    return [r for r in steps.get(key, []) if not r.get("failed")]


def spread(values, fmt):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    med = statistics.median(values)
    if len(values) == 1:
        return fmt(med)
    return f"{fmt(med)} ({fmt(min(values))}–{fmt(max(values))})"


def num(v):
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}"


def query_stats(rec):
    """(p50, p95, p99) of one round of a query step, ours or a peer's."""
    if "q" in rec:
        s = rec["q"]["summary"]
        return s["median_ms"], s["p95_ms"], None
    try:
        out = json.loads(open(rec["out_path"]).read())
        return out["p50_ms"], out["p95_ms"], out["p99_ms"]
    except (OSError, ValueError, KeyError):
        return None, None, None


def load(bench_out):
    sizes = {}
    for ndir in glob.glob(os.path.join(bench_out, "results", "*")):
        if not os.path.basename(ndir).isdigit():
            continue
        for res in sorted(glob.glob(os.path.join(ndir, "*")), reverse=True):
            if glob.glob(os.path.join(res, "readouts-index.r*.time")):
                steps = summarize.collect(res)
                for key in ("readouts-query",):
                    for rec in steps.get(key, []):
                        rec["out_path"] = os.path.join(res, f"{key}.r{rec['round']}.out")
                sizes[int(os.path.basename(ndir))] = (res, steps)
                break
    return dict(sorted(sizes.items()))


def size_table(n, res, steps):
    cbytes = int(open(os.path.join(res, "corpus_bytes")).read())
    out = [f"### N = {n:,} readouts ({cbytes / 1e6:,.1f} MB of JSONL)", ""]
    out.append("| step | wall s | docs/s | CPU s | peak RSS MB | index MB (× input) | q p50 ms | q p95 ms | q p99 ms |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for key, label in OURS + PEER_ROWS:
        if key == "tantivy-index" and tantivy_threads(res) != 1:
            label = f"tantivy-cli index -t {tantivy_threads(res)}"
        recs = rounds(steps, key)
        if not recs:
            continue
        walls = [r.get("wall_s") for r in recs]
        is_index = key.endswith("-index") or key.endswith("-index-t2")
        dps = spread([n / w for w in walls if w], num) if is_index else "-"
        sizes = [r.get("size") for r in recs if r.get("size")]
        size = f"{statistics.median(sizes) / 1e6:,.1f} ({statistics.median(sizes) / cbytes:.2f}×)" if sizes else "-"
        q = [query_stats(r) for r in recs] if not is_index else []
        out.append(
            "| "
            + " | ".join(
                [
                    label,
                    spread(walls, num),
                    dps,
                    spread([r.get("cpu_s") for r in recs], num),
                    spread([r.get("rss_mb") for r in recs], lambda v: f"{v:,.0f}"),
                    size,
                    spread([x[0] for x in q], lambda v: f"{v:.2f}") if q else "-",
                    spread([x[1] for x in q], lambda v: f"{v:.2f}") if q else "-",
                    spread([x[2] for x in q], lambda v: f"{v:.2f}") if q else "-",
                ]
            )
            + " |"
        )
    earlier = os.path.join(res, "xapian-index-earlier.time")
    if os.path.exists(earlier):
        t = summarize.parse_time(earlier)
        size = int(open(os.path.join(res, "xapian-index-earlier.size")).read())
        out.append(
            f"| Xapian index (built once before this run) | {num(t['wall_s'])} | {num(n / t['wall_s'])} | "
            f"{num(t['cpu_s'])} | {t['rss_mb']:,.0f} | {size / 1e6:,.1f} ({size / cbytes:.2f}×) | - | - | - |"
        )
    out.append("")
    out.append(f"Raw results: `{os.path.relpath(res)}`.")
    return out


def tantivy_threads(res):
    """The -t of run_peers.sh's main tantivy-cli index step (bench/run.sh records it)."""
    try:
        return int(open(os.path.join(res, "tantivy-threads")).read())
    except (OSError, ValueError):
        return 1


def med(steps, key, field):
    values = [r.get(field) for r in rounds(steps, key) if r.get(field) is not None]
    return statistics.median(values) if values else None


def med_query(steps, key, i):
    values = [query_stats(r)[i] for r in rounds(steps, key)]
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


# The targets of #20, as same-run ratios to a peer: indexing at least 1.3x tantivy-cli -t 2's
# readouts/s, query p50 and p95 at most half of Xapian's (top 10 with snippets), at the largest N
# peak RSS under 1 GB and an index at most 0.6x its input, and one search process within 1.5x a
# tantivy-cli search process.
INDEXING_AHEAD = 1.3
QUERY_SHARE = 0.5
INDEX_SHARE = 0.6
PROCESS_SHARE = 1.5


def targets_table(sizes, process):
    out = ["| target | N | readouts | peer | ratio | target ratio | met |", "|---|---|---|---|---|---|---|"]

    def row(name, n, ours, peer, peer_name, higher_is_better, unit, target):
        if ours is None or peer is None:
            return
        ratio = ours / peer
        met = ratio >= target if higher_is_better else ratio <= target
        bound = f"≥ {target:.2f}×" if higher_is_better else f"≤ {target:.2f}×"
        out.append(
            f"| {name} | {n} | {num(ours)} {unit} | {peer_name} {num(peer)} {unit} | {ratio:.2f}× | {bound} | "
            f"{'yes' if met else '**no**'} |"
        )

    for n, (res, steps) in sizes.items():
        ours = med(steps, "readouts-index", "wall_s")
        peer = med(steps, "tantivy-index-t2", "wall_s")
        if tantivy_threads(res) == 2:
            peer = med(steps, "tantivy-index", "wall_s")
        if ours and peer:
            row("indexing readouts/s", f"{n:,}", n / ours, n / peer, "tantivy-cli -t 2", True, "/s", INDEXING_AHEAD)
        for i, what in ((0, "query p50"), (1, "query p95")):
            row(what, f"{n:,}", med_query(steps, "readouts-query", i), med_query(steps, "xapian-query-snippet", i),
                "Xapian+snippet", False, "ms", QUERY_SHARE)
    if sizes:
        n, (res, steps) = max(sizes.items())
        rss = med(steps, "readouts-index", "rss_mb")
        size = med(steps, "readouts-index", "size")
        cbytes = int(open(os.path.join(res, "corpus_bytes")).read())
        if rss:
            out.append(f"| indexing peak RSS | {n:,} | {rss:,.0f} MB | limit 1,024 MB | {rss / 1024:.2f}× | < 1.00× | "
                       f"{'yes' if rss < 1024 else '**no**'} |")
        if size:
            out.append(f"| index size / input | {n:,} | {size / cbytes:.2f}× | input | {size / cbytes:.2f}× | "
                       f"≤ {INDEX_SHARE:.2f}× | {'yes' if size / cbytes <= INDEX_SHARE else '**no**'} |")
    if process:
        def median_of(name):
            rounds = process.get(name, [])
            return statistics.median(r["median_ms"] for r in rounds) if rounds else None

        row("one `readouts search \"peace agreement\"` process", "bundled",
            median_of('readouts search "peace agreement" (bundled corpus)'),
            median_of("tantivy-cli search Svalbard (10k, no hit)"), "tantivy-cli search", False, "ms", PROCESS_SHARE)
    return out


def process_table(process):
    out = ["| process (start to exit) | median ms (min–max of the 3 rounds' medians) |", "|---|---|"]
    for name, rs in process.items():
        out.append(f"| {name} | {spread([r['median_ms'] for r in rs], lambda v: f'{v:.2f}')} |")
    return out


def plot(sizes, path):
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    ns = list(sizes)
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.5))
    series = [
        ("readouts-index", "readouts"), ("tantivy-index-t2", "tantivy-cli -t 2"),
        ("tantivy-index", "tantivy-cli -t 1"), ("fts5-index", "SQLite FTS5"), ("xapian-index", "Xapian"),
    ]
    def value(n, key, field):
        res, steps = sizes[n]
        # A run whose main tantivy-cli step used -t 2 has its figures under the -t 1 key.
        if tantivy_threads(res) == 2 and key in ("tantivy-index", "tantivy-index-t2"):
            key = "tantivy-index" if key == "tantivy-index-t2" else None
        return med(steps, key, field) if key else None

    for key, label in series:
        pts = [(n, value(n, key, "wall_s")) for n in ns]
        pts = [(n, v) for n, v in pts if v]
        if pts:
            axes[0].plot(*zip(*pts), marker="o", label=label)
            sz = [(n, value(n, key, "size")) for n, _ in pts]
            sz = [(n, v / 1e6) for n, v in sz if v]
            if sz:
                axes[1].plot(*zip(*sz), marker="o", label=label)
    engines = (("readouts-query", "readouts (snippets, facets)"), ("xapian-query-snippet", "Xapian+snippet"),
               ("fts5-query-snippet", "FTS5+snippet"), ("tantivy-bench", "tantivy-cli (no snippets)"))
    for color, (key, label) in enumerate(engines):
        for i, style in ((0, "-"), (1, "--")):
            pts = [(n, med_query(sizes[n][1], key, i)) for n in ns]
            pts = [(n, v) for n, v in pts if v]
            if pts:
                axes[2].plot(*zip(*pts), style, color=f"C{color}", marker="o",
                             label=f"{label} {'p50' if i == 0 else 'p95'}")
    for ax, title, unit in ((axes[0], "index time", "s"), (axes[1], "index size", "MB"),
                            (axes[2], "query latency (p50 solid, p95 dashed)", "ms")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("readouts")
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return True


def main():
    bench_out, doc = sys.argv[1], sys.argv[2]
    sizes = load(bench_out)
    process = {}
    procs = sorted(glob.glob(os.path.join(bench_out, "results", "process", "*", "process.json")))
    if procs:
        process = json.load(open(procs[-1]))
    lines = ["<!-- results -->", "", "### Targets", ""]
    lines += targets_table(sizes, process)
    lines += ["", "### One search process", ""] + process_table(process)
    for n, (res, steps) in sizes.items():
        lines += [""] + size_table(n, res, steps)
    if plot(sizes, os.path.join(HERE, "growth.png")):
        lines += ["", "### Growth", "", "![index time, index size and query latency against corpus size](bench/growth.png)"]
    lines += ["", "<!-- /results -->"]
    text = open(doc).read() if os.path.exists(doc) else "<!-- results -->\n<!-- /results -->\n"
    start = text.index("<!-- results -->")
    end = text.index("<!-- /results -->") + len("<!-- /results -->")
    open(doc, "w").write(text[:start] + "\n".join(lines) + text[end:])


if __name__ == "__main__":
    main()
