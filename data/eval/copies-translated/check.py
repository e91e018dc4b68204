#!/usr/bin/env python3
"""Consistency check for copies-translated: gold.json parses, lists every .txt exactly once,
each file sits in the split gold.json gives, every translation_of / near_miss_of names an
existing file of examples/corpus, texts are UTF-8 with one paragraph per line and no blank
line. Prints counts only."""
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "..", "..", "..", "examples", "corpus")


def main():
    errors = []
    gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
    listed = Counter(e["file"] for e in gold)
    on_disk = {f"{s}/{f}" for s in ("dev", "test") for f in os.listdir(os.path.join(ROOT, s)) if f.endswith(".txt")}
    for f in on_disk - set(listed):
        errors.append(f"{f}: not in gold.json")
    counts = Counter()
    for e in gold:
        f = e["file"]
        if listed[f] > 1:
            errors.append(f"{f}: listed twice")
        if f not in on_disk:
            errors.append(f"{f}: missing")
            continue
        if f.split("/")[0] != e.get("split"):
            errors.append(f"{f}: split field disagrees with the folder")
        if e.get("language") not in ("fr", "en"):
            errors.append(f"{f}: bad language")
        for k in ("translation_of", "near_miss_of"):
            src = e.get(k)
            if src is not None:
                if not os.path.exists(os.path.join(CORPUS, src)):
                    errors.append(f"{f}: {k} {src} does not exist")
                elif src.split("/")[0] == e["language"]:
                    errors.append(f"{f}: {k} is in the same language")
        if (e.get("translation_of") is None) == (e.get("near_miss_of") is None):
            errors.append(f"{f}: exactly one of translation_of / near_miss_of must be set")
        text = open(os.path.join(ROOT, f), encoding="utf-8").read()
        lines = text.rstrip("\n").split("\n")
        if any(not l.strip() for l in lines):
            errors.append(f"{f}: blank line")
        kind = "translation" if e.get("translation_of") else "near-miss"
        counts[(e["split"], kind, e["language"])] += 1
    for s in ("dev", "test"):
        print(s, ", ".join(f"{k} {l}: {counts[(s, k, l)]}" for k in ("translation", "near-miss") for l in ("en", "fr")))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(gold)} files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
