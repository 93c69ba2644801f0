#!/usr/bin/env python3
"""Known-item search quality: readouts against SQLite FTS5 on the same documents.

For each query of tests/queries/known_items.tsv (a readout of the corpus and the words a journalist
who remembers it would type), in three forms (as written, its first three words, its names
misspelled by one letter), finds the rank of the wanted readout in each engine's top 10 and prints
success@10 and MRR@10 per engine and form.

  python3 bench/known_items.py [--readouts target/release/readouts] [--out target/bench-known]

readouts: `readouts search QUERY --json` on an index of corpus/ built by this script.
FTS5: SQLite's FTS5 (porter unicode61 tokenizer, bm25() ranking) over the same title and body text
(exported from that index), with the query's words ANDed (FTS5's default) and ORed.
"""

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_queries(path):
    out = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        file, query, misspelled = line.rstrip("\n").split("\t")
        out.append((file, query, misspelled))
    return out


def fts5_query(text, op):
    # Each word quoted, so that hyphens and apostrophes are no FTS5 syntax.
    words = [w for w in re.findall(r"[\w'’-]+", text)]
    return f" {op} ".join('"' + w.replace('"', "") + '"' for w in words)


def rank_of(target, files):
    return files.index(target) + 1 if target in files else None


def summarize(ranks):
    n = len(ranks)
    success = sum(1 for r in ranks if r is not None) / n
    mrr = sum(1.0 / r for r in ranks if r is not None) / n
    return success, mrr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--readouts", default=os.path.join(ROOT, "target/release/readouts"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target/bench-known"))
    ap.add_argument("--queries", default=os.path.join(ROOT, "tests/queries/known_items.tsv"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    index = os.path.join(a.out, "index")
    subprocess.run([a.readouts, "index", os.path.join(ROOT, "corpus"), "--index", index, "--quiet"], check=True,
                   stdout=subprocess.DEVNULL)
    export = os.path.join(a.out, "export.ndjson")
    subprocess.run([a.readouts, "export", "--index", index, "--output", export], check=True, stderr=subprocess.DEVNULL)

    db = os.path.join(a.out, "fts5.db")
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(file UNINDEXED, title, body, tokenize='porter unicode61')")
    with open(export, encoding="utf-8") as fh:
        rows = ((os.path.basename(r["path"]), r["title"], r["body"]) for r in map(json.loads, fh))
        con.executemany("INSERT INTO docs(file, title, body) VALUES (?,?,?)", rows)
    con.commit()

    def fts5(text, op):
        sql = "SELECT file FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10"
        return [r[0] for r in con.execute(sql, (fts5_query(text, op),)).fetchall()]

    def ours(text):
        out = subprocess.run([a.readouts, "search", text, "--json", "--limit", "10", "--index", index],
                             check=True, capture_output=True, text=True).stdout
        return [os.path.basename(h["path"]) for h in json.loads(out)["hits"]]

    queries = load_queries(a.queries)
    forms = {
        "as written": lambda q, m: q,
        "first three words": lambda q, m: " ".join(q.split()[:3]),
        "names misspelled": lambda q, m: m,
    }
    results = {}
    for form, pick in forms.items():
        ranks = {"readouts": [], "FTS5 AND": [], "FTS5 OR": []}
        for file, q, m in queries:
            text = pick(q, m)
            ranks["readouts"].append(rank_of(file, ours(text)))
            ranks["FTS5 AND"].append(rank_of(file, fts5(text, "AND")))
            ranks["FTS5 OR"].append(rank_of(file, fts5(text, "OR")))
        results[form] = {engine: summarize(r) for engine, r in ranks.items()}

    print(f"{len(queries)} known-item queries over {con.execute('SELECT count(*) FROM docs').fetchone()[0]} readouts\n")
    print("| form | engine | success@10 | MRR@10 |")
    print("|---|---|---|---|")
    for form, engines in results.items():
        for engine, (success, mrr) in engines.items():
            print(f"| {form} | {engine} | {success:.3f} | {mrr:.3f} |")
    plain, typo = results["as written"]["readouts"][1], results["names misspelled"]["readouts"][1]
    print(f"\nreadouts keeps {typo / plain:.0%} of its MRR with names misspelled "
          f"(FTS5 AND {results['names misspelled']['FTS5 AND'][1] / max(results['as written']['FTS5 AND'][1], 1e-9):.0%})")
    json.dump(results, open(os.path.join(a.out, "results.json"), "w"), indent=1)


if __name__ == "__main__":
    sys.exit(main())
