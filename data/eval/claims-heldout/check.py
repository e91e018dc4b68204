#!/usr/bin/env python3
"""Consistency check for claims-heldout: every JSON parses, every pair side's text (and each
'also' text) is an exact substring of its stated line, ids are unique, each article sits in
the split its dossier id hashes to, a pair spanning two articles appears identically in the
JSON of both and never spans two splits. Prints only counts and error locations (never test
text), so running it does not leak the test half."""
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))


def split_of(dossier):
    return "dev" if int(hashlib.sha1(dossier.encode()).hexdigest(), 16) % 2 == 0 else "test"


def main():
    errors = []
    arts = {}  # article_id -> (split, meta, lines)
    for split in ("dev", "test"):
        d = os.path.join(ROOT, split)
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".json"):
                continue
            path = os.path.join(d, fn)
            try:
                meta = json.load(open(path, encoding="utf-8"))
            except ValueError as e:
                errors.append(f"{path}: JSON does not parse: {e}")
                continue
            aid = meta.get("article_id")
            if aid in arts:
                errors.append(f"{path}: duplicate article_id {aid}")
            if fn != f"{aid}.json":
                errors.append(f"{path}: file name does not match article_id")
            if split_of(meta.get("dossier", "")) != split:
                errors.append(f"{path}: belongs in {split_of(meta.get('dossier', ''))}/ by the hash of its dossier id")
            if meta.get("language") not in ("fr", "en"):
                errors.append(f"{path}: bad language")
            date = meta.get("publication_date", {}).get("date", "")
            if len(date) != 10 or date[4] != "-" or date[7] != "-":
                errors.append(f"{path}: bad publication_date")
            try:
                text = open(os.path.join(d, meta["seed_file"]), encoding="utf-8").read()
            except OSError as e:
                errors.append(f"{path}: {e}")
                continue
            lines = text.split("\n")
            if lines and lines[-1] == "":
                lines = lines[:-1]
            if any(not l.strip() for l in lines):
                errors.append(f"{path}: blank line in the text")
            if meta.get("title") is not None and meta["title"] != lines[0]:
                errors.append(f"{path}: title is not line 1")
            arts[aid] = (split, meta, lines)

    pairs = {}  # (kind, pair_id) -> record
    holders = defaultdict(set)
    for aid, (split, meta, lines) in arts.items():
        for kind in ("claims_in_tension", "distractors"):
            for p in meta.get(kind, []):
                key = (kind, p.get("pair_id"))
                if key in pairs and pairs[key] != p:
                    errors.append(f"{aid}: {key[1]} differs from the copy in another article")
                pairs[key] = p
                holders[key].add(aid)
                for s in ("a", "b"):
                    side = p.get(s, {})
                    for k, ty in (("article", str), ("text", str), ("speaker", str), ("line", int)):
                        if not isinstance(side.get(k), ty):
                            errors.append(f"{aid}: {key[1]}.{s}: field {k} missing or not {ty.__name__}")
                if kind == "claims_in_tension" and not isinstance(p.get("doubtful"), bool):
                    errors.append(f"{aid}: {key[1]}: doubtful missing or not bool")
    counts = Counter()
    for key, p in pairs.items():
        kind, pid = key
        sides = [p["a"], p["b"]]
        need = {s["article"] for s in sides}
        if holders[key] != need:
            errors.append(f"{pid}: listed in {sorted(holders[key])}, should be in {sorted(need)}")
        splits = set()
        langs = set()
        for s in sides:
            if s["article"] not in arts:
                errors.append(f"{pid}: unknown article {s['article']}")
                continue
            split, meta, lines = arts[s["article"]]
            splits.add(split)
            langs.add(meta["language"])
            for t in [s] + [dict(x, article=s["article"]) for x in s.get("also", [])]:
                ln = t.get("line", 0)
                if not (1 <= ln <= len(lines)) or t["text"] not in lines[ln - 1]:
                    errors.append(f"{pid}: a text is not found on line {ln} of {s['article']}")
                if ln in meta.get("boilerplate_lines", []):
                    errors.append(f"{pid}: a text sits on a boilerplate line")
        if len(splits) != 1:
            errors.append(f"{pid}: spans two splits")
            continue
        split = splits.pop()
        tag = "tension" if kind == "claims_in_tension" else "distractor"
        counts[(split, tag)] += 1
        if tag == "tension" and p["doubtful"]:
            counts[(split, "doubtful")] += 1
        where = "within" if p["a"]["article"] == p["b"]["article"] else ("cross-lang" if len(langs) == 2 else "cross-art")
        counts[(split, tag, where)] += 1
        counts[(split, tag, "type", p.get("type"))] += 1
    for aid, (split, meta, lines) in arts.items():
        counts[(split, "articles", meta["language"])] += 1
        counts[(split, "dossiers", meta["dossier"])] += 1

    print(f"{'split':5} {'art fr':>6} {'art en':>6} {'dossiers':>8} {'tensions':>8} {'doubtful':>8} {'within':>6} {'x-art':>5} {'x-lang':>6} {'distract':>8}")
    for split in ("dev", "test"):
        nd = len({k[2] for k in counts if k[:2] == (split, "dossiers")})
        print(f"{split:5} {counts[(split, 'articles', 'fr')]:6} {counts[(split, 'articles', 'en')]:6} {nd:8} "
              f"{counts[(split, 'tension')]:8} {counts[(split, 'doubtful')]:8} {counts[(split, 'tension', 'within')]:6} "
              f"{counts[(split, 'tension', 'cross-art')]:5} {counts[(split, 'tension', 'cross-lang')]:6} {counts[(split, 'distractor')]:8}")
    for split in ("dev", "test"):
        for tag in ("tension", "distractor"):
            types = sorted((k[3], v) for k, v in counts.items() if k[:3] == (split, tag, "type"))
            print(f"{split} {tag} types: " + ", ".join(f"{t} {n}" for t, n in types))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(arts)} articles, {len(pairs)} pairs, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
