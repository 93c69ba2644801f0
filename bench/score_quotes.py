#!/usr/bin/env python3
"""Scores the statements of `readouts extract --json` (NDJSON on stdin) against statement gold
files, as ../shared/QUOTES.md says: per readout, a predicted statement matches a gold one when the
speakers are the same person (as the speaker facet is scored), the kinds agree and the texts share
at least half of the words of the shorter one (case and punctuation folded); each gold statement
matches at most one predicted one. Precision, recall and F1 per kind, micro-averaged.

usage: score_quotes.py GOLD.jsonl... [--show] [--without FILE]...
       score_quotes.py agree FIRST.jsonl SECOND.jsonl   (agreement of two annotations)"""
import argparse
import collections
import json
import os
import re
import sys
import unicodedata

NICKNAMES = [('joe', 'joseph'), ('liz', 'elizabeth'), ('jen', 'jennifer'), ('steve', 'stephen'),
             ('steve', 'steven'), ('tony', 'antony'), ('tony', 'anthony'), ('mike', 'michael'),
             ('bob', 'robert'), ('bill', 'william'), ('jim', 'james'), ('tom', 'thomas'),
             ('dan', 'daniel'), ('chris', 'christopher'), ('matt', 'matthew'), ('ned', 'edward'),
             ('jake', 'jacob'), ('kate', 'katherine'), ('sam', 'samuel'), ('dick', 'richard'),
             ('rick', 'richard'), ('ben', 'benjamin'), ('nick', 'nicholas'), ('alex', 'alexander'),
             ('greg', 'gregory'), ('doug', 'douglas'), ('phil', 'philip'), ('pete', 'peter'),
             ('dave', 'david'), ('don', 'donald'), ('deb', 'deborah'), ('tim', 'timothy'),
             ('jeff', 'jeffrey'), ('josh', 'joshua'), ('toria', 'victoria')]


def name_words(name):
    s = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
    s = re.sub(r"[^a-z' -]", ' ', s).replace("'", '')
    return [t for t in s.split() if len(t) > 1 or t in ('o',)]


def same_person(p, g):
    """The speaker facet's rule (score_extract.py)."""
    p, g = name_words(p), name_words(g)
    if not p or not g:
        return False
    if p == g or sorted(p) == sorted(g):
        return True
    if len(p) == 2 and len(g) == 2 and p == g[::-1]:
        return True
    if p[-1] != g[-1]:
        if not ((len(p) == 2 and p[0] == g[-1]) or (len(g) == 2 and g[0] == p[-1])):
            return False
    if len(p) == 1 or len(g) == 1:
        return True
    return p[0] == g[0] or (p[0], g[0]) in NICKNAMES or (g[0], p[0]) in NICKNAMES


def text_words(text):
    s = unicodedata.normalize('NFKD', text).encode('ascii', 'ignore').decode().lower()
    return re.findall(r"[a-z0-9]+", s)


def overlap(a, b):
    wa, wb = collections.Counter(text_words(a)), collections.Counter(text_words(b))
    shorter = min(sum(wa.values()), sum(wb.values()))
    if shorter == 0:
        return False
    return sum((wa & wb).values()) * 2 >= shorter


def match(pred, gold):
    """Greedy one-to-one matching: (matched, predicted unmatched, gold unmatched)."""
    used = set()
    hits, missed = [], []
    for g in gold:
        m = next((i for i, p in enumerate(pred) if i not in used and p['kind'] == g['kind']
                  and same_person(p['speaker'], g['speaker']) and overlap(p['text'], g['text'])), None)
        if m is None:
            missed.append(g)
        else:
            used.add(m)
            hits.append((pred[m], g))
    extra = [p for i, p in enumerate(pred) if i not in used]
    return hits, extra, missed


def load(path):
    out = {}
    for line in open(path):
        if line.strip():
            r = json.loads(line)
            out[os.path.basename(r.get('file') or r.get('path') or r.get('id') or '')] = r
    return out


def report(gold, pred, show):
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    for f, g in gold.items():
        p = pred.get(f, {})
        hits, extra, missed = match(p.get('statements') or [], g['statements'])
        for _, x in hits:
            tp[x['kind']] += 1
        for x in extra:
            fp[x['kind']] += 1
            if show:
                print(f"{f}: extra {x['kind']} {x['speaker']}: {x['text'][:110]}")
        for x in missed:
            fn[x['kind']] += 1
            if show:
                print(f"{f}: missed {x['kind']} {x['speaker']}: {x['text'][:110]}")
    scores = {}
    for kind in ('direct', 'reported'):
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 0.0
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        scores[kind] = (p, r, f1, tp[kind] + fn[kind])
    return scores


def main():
    if len(sys.argv) > 1 and sys.argv[1] == 'agree':
        first, second = load(sys.argv[2]), load(sys.argv[3])
        both = {f: first[f] for f in second if f in first}
        scores = report(both, second, False)
        print(f"readouts {len(both)} (second annotation scored against the first)")
        for kind, (p, r, f1, n) in scores.items():
            print(f"{kind:9} P {p:.3f} R {r:.3f} F1 {f1:.3f} (first annotation {n})")
        return
    ap = argparse.ArgumentParser()
    ap.add_argument('gold', nargs='+')
    ap.add_argument('--show', action='store_true', help='print each miss')
    ap.add_argument('--without', action='append', default=[], help='leave out this gold readout')
    a = ap.parse_args()
    gold = {}
    for path in a.gold:
        gold.update(load(path))
    for f in a.without:
        gold.pop(os.path.basename(f), None)
    pred = {}
    for line in sys.stdin:
        if line.startswith('{'):
            r = json.loads(line)
            pred[os.path.basename(r.get('path') or r.get('id') or '')] = r
    scores = report(gold, pred, a.show)
    print(f"readouts {len(gold)}  " + "  ".join(
        f"{k} P {p:.3f} R {r:.3f} F1 {f1:.3f} (gold {n})" for k, (p, r, f1, n) in scores.items()))


if __name__ == '__main__':
    main()
