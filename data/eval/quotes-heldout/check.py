#!/usr/bin/env python3
"""Consistency check for quotes-heldout: every JSON parses, every quote text is an exact
substring of its stated line, ids are unique, and each article sits in the split its id
hashes to. Prints only counts and error locations (never test text), so running it does
not leak the test half."""
import hashlib
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))


def main():
    errors = []
    seen = set()
    counts = Counter()
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
            if aid in seen:
                errors.append(f"{path}: duplicate article_id {aid}")
            seen.add(aid)
            if fn != f"{aid}.json":
                errors.append(f"{path}: file name does not match article_id")
            want = "dev" if int(hashlib.sha1(aid.encode()).hexdigest(), 16) % 2 == 0 else "test"
            if want != split:
                errors.append(f"{path}: belongs in {want}/ by hash")
            txt_path = os.path.join(d, meta["seed_file"])
            try:
                text = open(txt_path, encoding="utf-8").read()
            except OSError as e:
                errors.append(f"{txt_path}: {e}")
                continue
            lines = text.split("\n")
            lang = meta["language"]
            if lang not in ("fr", "en"):
                errors.append(f"{path}: bad language {lang!r}")
            if meta["title"] is not None and meta["title"] != lines[0]:
                errors.append(f"{path}: title is not line 1")
            counts[(split, lang, "articles")] += 1
            for i, q in enumerate(meta["quotes"]):
                for k, ty in (("speaker", str), ("text", str), ("direct", bool), ("partial", bool), ("line", int)):
                    if not isinstance(q.get(k), ty):
                        errors.append(f"{path}: quote #{i}: field {k} missing or not {ty.__name__}")
                ln = q.get("line", 0)
                if not (1 <= ln <= len(lines)) or q["text"] not in lines[ln - 1]:
                    errors.append(f"{path}: quote #{i}: text not found on line {ln}")
                if q["text"] not in text:
                    errors.append(f"{path}: quote #{i}: text not in article")
                if q["partial"] and not q["direct"]:
                    errors.append(f"{path}: quote #{i}: partial but not direct")
                if ln in meta.get("boilerplate_lines", []):
                    errors.append(f"{path}: quote #{i}: on a boilerplate line")
                kind = "partial" if q["partial"] else ("direct" if q["direct"] else "reported")
                counts[(split, lang, kind)] += 1
                counts[(split, lang, "quotes")] += 1
    print(f"{'split':6} {'lang':4} {'articles':>8} {'quotes':>7} {'direct':>7} {'partial':>8} {'reported':>9}")
    for split in ("dev", "test"):
        for lang in ("fr", "en", "all"):
            langs = ("fr", "en") if lang == "all" else (lang,)
            row = [sum(counts[(split, l, k)] for l in langs) for k in ("articles", "quotes", "direct", "partial", "reported")]
            print(f"{split:6} {lang:4} {row[0]:8} {row[1]:7} {row[2]:7} {row[3]:8} {row[4]:9}")
    print("(direct = full direct quotes; partial = direct fragments; reported = indirect speech)")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(seen)} articles, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
