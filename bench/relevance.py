#!/usr/bin/env python3
"""The relevance collection (tests/relevance/): pools to judge, and the scores of each system.

  python3 bench/relevance.py pool  [--readouts BIN] [--out DIR]   # judging packets, one per query
  python3 bench/relevance.py score [--readouts BIN] [--out DIR]   # nDCG@10, P@10, MRR per system
  python3 bench/relevance.py agree                               # the two judges' agreement

Systems, all over the same readouts (the bundled corpus, indexed and exported by readouts):
- readouts: `readouts search QUERY --json` as a user runs it;
- FTS5: SQLite FTS5 (porter unicode61 tokenizer), bm25() over title and body, the query's words
  ANDed (FTS5's default);
- BM25: tantivy's stock BM25 over title and body (examples/plain_bm25.rs), the words ORed.

Grades (tests/relevance/GUIDELINE.md): 0 not about the topic, 1 discussed among other things,
2 a main subject. nDCG@10 uses the grades as gains (2^g - 1); P@10 and MRR count a grade of 1 or
more as relevant. A hit nobody judged counts as 0 and is reported, never silently skipped.

RELEVANCE_REUSE=1 reuses the index, export and FTS5 database of an earlier run under --out (while
tuning: the same corpus and index format).
"""

import argparse
import collections
import json
import math
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REL = os.path.join(ROOT, "tests", "relevance")
DEPTH = 20


def load_queries():
    out = []
    for line in open(os.path.join(REL, "queries.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        qid, split, text = line.rstrip("\n").split("\t")
        out.append((qid, split, text))
    return out


def load_judgments(name="judgments.tsv"):
    grades = {}
    path = os.path.join(REL, name)
    if not os.path.exists(path):
        return grades
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3 or parts[2] not in ("0", "1", "2"):
            sys.exit(f"{path}:{n}: expected QUERY_ID<TAB>FILE<TAB>GRADE, got {line!r}")
        grades[(parts[0], parts[1])] = int(parts[2])
    return grades


class Systems:
    """Indexes the corpus once under OUT and answers each system's top hits (file base names)."""

    def __init__(self, readouts, out):
        self.readouts = readouts
        os.makedirs(out, exist_ok=True)
        self.index = os.path.join(out, "index")
        reuse = os.environ.get("RELEVANCE_REUSE") and os.path.exists(os.path.join(out, "fts5.db"))
        if not reuse:
            shutil.rmtree(self.index, ignore_errors=True)
            subprocess.run([readouts, "index", os.path.join(ROOT, "corpus"), "--index", self.index, "--quiet"],
                           check=True, stdout=subprocess.DEVNULL)
        self.export = os.path.join(out, "export.ndjson")
        if not reuse:
            subprocess.run([readouts, "export", "--index", self.index, "--output", self.export], check=True,
                           stderr=subprocess.DEVNULL)
        self.docs = {}
        for r in map(json.loads, open(self.export, encoding="utf-8")):
            self.docs[os.path.basename(r["path"])] = r
        db = os.path.join(out, "fts5.db")
        if not reuse and os.path.exists(db):
            os.remove(db)
        self.con = sqlite3.connect(db)
        if not reuse:
            self.con.execute("CREATE VIRTUAL TABLE docs USING fts5(file UNINDEXED, title, body, "
                             "tokenize='porter unicode61')")
            self.con.executemany("INSERT INTO docs(file, title, body) VALUES (?,?,?)",
                                 ((f, r["title"], r["body"]) for f, r in self.docs.items()))
            self.con.commit()
        self.bm25_cache = {}

    def readouts_top(self, text, depth=DEPTH):
        out = subprocess.run([self.readouts, "search", text, "--json", "--limit", str(depth), "--index",
                              self.index], check=True, capture_output=True, text=True).stdout
        return [os.path.basename(h["path"]) for h in json.loads(out)["hits"]]

    def fts5_top(self, text, depth=DEPTH):
        words = re.findall(r"[\w]+", text)
        match = " AND ".join('"' + w + '"' for w in words)
        sql = "SELECT file FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?"
        return [r[0] for r in self.con.execute(sql, (match, depth)).fetchall()]

    def bm25_top(self, queries, depth=DEPTH):
        """Runs every query through examples/plain_bm25.rs in one process."""
        texts = [q for q in queries if q not in self.bm25_cache]
        if texts:
            bin_path = os.path.join(ROOT, "target", "release", "examples", "plain_bm25")
            if not os.path.exists(bin_path):
                subprocess.run(["cargo", "build", "--release", "--example", "plain_bm25"], cwd=ROOT, check=True)
            out = subprocess.run([bin_path, self.export, str(depth)], input="\n".join(texts) + "\n",
                                 check=True, capture_output=True, text=True).stdout.splitlines()
            for q, line in zip(texts, out):
                self.bm25_cache[q] = json.loads(line)
        return {q: self.bm25_cache[q] for q in queries}


def passages(body, text, limit=3, width=320):
    """Up to `limit` passages of the body holding the query's words (by their first five letters)."""
    keys = [w.lower()[:5] for w in re.findall(r"\w+", text) if len(w) > 2]
    found = []
    for m in re.finditer(r"[^.!?\n]*[.!?\n]", body):
        sentence = m.group(0).strip()
        low = sentence.lower()
        hits = sum(1 for k in keys if k in low)
        if hits:
            found.append((-hits, m.start(), sentence[:width]))
    found.sort()
    return [s for _, _, s in sorted(found[:limit], key=lambda x: x[1])]


def cmd_pool(a):
    systems = Systems(a.readouts, a.out)
    queries = load_queries()
    judged = load_judgments()
    packets = os.path.join(a.out, "packets")
    os.makedirs(packets, exist_ok=True)
    # Readouts still to judge, kept across runs: `--readouts-only` adds the top hits of the
    # readouts being tuned (as configured) to what earlier runs left.
    todo_path = os.path.join(a.out, "todo.json")
    todo = collections.defaultdict(set)
    if os.path.exists(todo_path):
        for qid, files in json.load(open(todo_path)).items():
            todo[qid].update(files)
    bm25 = {} if a.readouts_only else systems.bm25_top([q for _, _, q in queries])
    sizes = []
    for qid, _, text in queries:
        pool = set(systems.readouts_top(text, a.depth))
        if not a.readouts_only:
            pool |= set(systems.fts5_top(text, a.depth)) | set(bm25[text])
        todo[qid] |= {f for f in pool if (qid, f) not in judged}
        todo[qid] = {f for f in todo[qid] if (qid, f) not in judged}
        sizes.append(len(pool))
    json.dump({q: sorted(f) for q, f in todo.items()}, open(todo_path, "w"), indent=1)
    for name in os.listdir(packets):
        os.remove(os.path.join(packets, name))
    for qid, _, text in queries:
        files = sorted(todo[qid])
        if not files:
            continue
        random.Random(qid).shuffle(files)
        with open(os.path.join(packets, f"{qid}.md"), "w", encoding="utf-8") as fh:
            fh.write(f"# {qid}: {text}\n\n{len(files)} readouts to judge.\n\n")
            for f in files:
                r = systems.docs[f]
                body = r["body"]
                fh.write(f"## {f}\n{r['title']} ({r.get('date') or 'no date'}, {len(body)} characters)\n\n")
                fh.write("Opening: " + " ".join(body[:700].split()) + ("…" if len(body) > 700 else "") + "\n\n")
                for p in passages(body[700:], text):
                    fh.write("Passage: " + " ".join(p.split()) + "\n\n")
    left = sum(len(f) for f in todo.values())
    print(f"{len(queries)} queries, pools of {min(sizes)}-{max(sizes)} readouts "
          f"(mean {sum(sizes) / len(sizes):.1f}); {left} readouts to judge, packets in {packets}")


def ndcg(grades, ideal, k=10):
    dcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:k]))
    best = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(sorted(ideal, reverse=True)[:k]))
    return dcg / best if best > 0 else 0.0


def cmd_score(a):
    systems = Systems(a.readouts, a.out)
    queries = load_queries()
    judged = load_judgments()
    per_query = collections.defaultdict(dict)
    bm25 = systems.bm25_top([q for _, _, q in queries], 10)
    runs = {
        "readouts": lambda q: systems.readouts_top(q, 10),
        "FTS5": lambda q: systems.fts5_top(q, 10),
        "BM25": lambda q: bm25[q],
    }
    unjudged = collections.Counter()
    for qid, split, text in queries:
        ideal = [g for (q, _), g in judged.items() if q == qid]
        for name, run in runs.items():
            top = run(text)
            grades = []
            for f in top:
                if (qid, f) not in judged:
                    unjudged[name] += 1
                    if a.verbose:
                        print(f"unjudged: {name} {qid} {f}", file=sys.stderr)
                grades.append(judged.get((qid, f), 0))
            rel = [g >= 1 for g in grades]
            first = next((i + 1 for i, r in enumerate(rel) if r), None)
            per_query[(qid, split, text)][name] = (ndcg(grades, ideal), sum(rel) / 10, 1 / first if first else 0.0)
    print(f"{len(queries)} queries, {len(judged)} judgments\n")
    print("| split | system | queries | nDCG@10 | P@10 | MRR | unjudged in top 10 |")
    print("|---|---|---|---|---|---|---|")
    for split in ("tune", "held", "all"):
        rows = [(k, v) for k, v in per_query.items() if split == "all" or k[1] == split]
        for name in runs:
            m = [v[name] for _, v in rows]
            n = len(m)
            un = sum(1 for (qid, s, text), _ in rows for f in runs[name](text)
                     if (qid, f) not in judged)
            print(f"| {split} | {name} | {n} | {sum(x[0] for x in m) / n:.3f} | {sum(x[1] for x in m) / n:.3f} "
                  f"| {sum(x[2] for x in m) / n:.3f} | {un} |")
    if a.per_query:
        print("\n| query | split | " + " | ".join(f"{n} nDCG" for n in runs) + " |")
        print("|---|---|" + "---|" * len(runs))
        for (qid, split, text), v in per_query.items():
            if split == "held" and not a.show_held:
                continue
            print(f"| {qid} {text} | {split} | " + " | ".join(f"{v[n][0]:.2f}" for n in runs) + " |")
    json.dump({f"{k[0]}": v for k, v in per_query.items()}, open(os.path.join(a.out, "scores.json"), "w"), indent=1)


def cmd_agree(a):
    first = load_judgments()
    second = load_judgments("second_judge.tsv")
    pairs = [(first[k], g) for k, g in second.items() if k in first]
    if not pairs:
        sys.exit("no readout judged by both judges yet")
    n = len(pairs)
    exact = sum(1 for x, y in pairs if x == y) / n
    binary = sum(1 for x, y in pairs if (x >= 1) == (y >= 1)) / n
    # Cohen's kappa on the three grades.
    cats = (0, 1, 2)
    pa = collections.Counter(x for x, _ in pairs)
    pb = collections.Counter(y for _, y in pairs)
    pe = sum(pa[c] * pb[c] for c in cats) / (n * n)
    kappa = (exact - pe) / (1 - pe) if pe < 1 else 1.0
    queries = sorted({q for q, _ in second})
    print(f"{n} readouts of {len(queries)} queries judged twice: exact agreement {exact:.3f}, "
          f"Cohen's kappa {kappa:.3f}, relevant-or-not agreement {binary:.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["pool", "score", "agree"])
    ap.add_argument("--readouts", default=os.path.join(ROOT, "target/release/readouts"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target/relevance"))
    ap.add_argument("--depth", type=int, default=DEPTH, help="pool: hits of each system pooled")
    ap.add_argument("--readouts-only", action="store_true", help="pool: add readouts' hits only")
    ap.add_argument("--per-query", action="store_true", help="score: also print each query's nDCG@10")
    ap.add_argument("--show-held", action="store_true",
                    help="score --per-query: also print the held-out queries (never while tuning)")
    ap.add_argument("--verbose", action="store_true", help="score: list the unjudged hits")
    a = ap.parse_args()
    {"pool": cmd_pool, "score": cmd_score, "agree": cmd_agree}[a.command](a)


if __name__ == "__main__":
    sys.exit(main())
