#!/usr/bin/env python3
"""Consistency check for quotes-heldout-2 (adapted from ../quotes-heldout/check.py): every
JSON parses, ids look like qh2-fr-NN / qh2-en-NN and are unique, each article sits in the
split its id hashes to, every quote text is an exact substring of its stated line, no quote
sits on a boilerplate line, the .txt has no blank line. Prints only counts and error
locations (never test text), so running it does not leak the test half."""
import hashlib
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
ID_RE = re.compile(r"^qh2-(fr|en)-\d\d$")


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
            if not isinstance(aid, str) or not ID_RE.match(aid):
                errors.append(f"{path}: bad article_id {aid!r}")
                continue
            if aid in seen:
                errors.append(f"{path}: duplicate article_id {aid}")
            seen.add(aid)
            if fn != f"{aid}.json" or meta.get("seed_file") != f"{aid}.txt":
                errors.append(f"{path}: file name / seed_file does not match article_id")
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
            if lines and lines[-1] == "":
                lines = lines[:-1]
            if any(not l.strip() for l in lines):
                errors.append(f"{txt_path}: blank line")
            lang = meta["language"]
            if lang not in ("fr", "en") or aid.split("-")[1] != lang:
                errors.append(f"{path}: bad language {lang!r}")
            if meta["title"] is not None and meta["title"] != lines[0]:
                errors.append(f"{path}: title is not line 1")
            bp = meta.get("boilerplate_lines", [])
            if any(not (1 <= b <= len(lines)) for b in bp) or (meta["title"] is not None and 1 in bp):
                errors.append(f"{path}: bad boilerplate_lines")
            counts[(split, lang, "articles")] += 1
            if bp:
                counts[(split, "scrape")] += 1
            for i, q in enumerate(meta["quotes"]):
                for k, ty in (("speaker", str), ("text", str), ("direct", bool), ("partial", bool), ("line", int)):
                    if not isinstance(q.get(k), ty):
                        errors.append(f"{path}: quote #{i}: field {k} missing or not {ty.__name__}")
                if "doubtful" in q and not isinstance(q["doubtful"], bool):
                    errors.append(f"{path}: quote #{i}: doubtful not bool")
                ln = q.get("line", 0)
                if not (1 <= ln <= len(lines)) or q["text"] not in lines[ln - 1]:
                    errors.append(f"{path}: quote #{i}: text not found on line {ln}")
                if not q["text"] or q["text"] != q["text"].strip() or q["text"][-1] in ".,;:":
                    errors.append(f"{path}: quote #{i}: text has surrounding space or final punctuation")
                if q["partial"] and not q["direct"]:
                    errors.append(f"{path}: quote #{i}: partial but not direct")
                if ln in bp:
                    errors.append(f"{path}: quote #{i}: on a boilerplate line")
                if meta["title"] is not None and ln == 1:
                    counts[(split, "title_quotes")] += 1
                if q.get("doubtful"):
                    counts[(split, "doubtful")] += 1
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
    for split in ("dev", "test"):
        print(f"{split}: {counts[(split, 'scrape')]} articles with scrape leftovers, "
              f"{counts[(split, 'title_quotes')]} quotes on a title line, {counts[(split, 'doubtful')]} doubtful")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(seen)} articles, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
