#!/usr/bin/env python3
"""Consistency checker for the names-heldout evaluation set.

For every NAME.txt / NAME.json pair under dev/ and test/ it verifies that
  * each entity `text` is an exact substring of the article;
  * `lines` is exactly the set of 1-based lines where `text` occurs as a whole
    word (neighbours are not letters, digits, '_' or '-', so "Iskander" does not
    match inside "Iskander-M" nor "Washington" inside "Washington-based"),
    not counting occurrences nested inside a longer annotated surface on the
    same line ("Kyiv" inside "Kyiv School of Economics", "Tamm" inside
    "Kadri Tamm");
  * `type` is in the closed set, `listed` is a boolean, surfaces are distinct;
  * the article sits in the split given by sha1(name) % 2 (0 dev, 1 test);
  * the article has 8-15 lines, no blank line, title == line 1.
It prints counts per split, type and listed/unlisted.  With --uncovered it also
lists capitalised tokens not covered by any entity, for a human to review.
Exit status 1 on any error.
"""
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {"PERSON", "ORG", "LOCATION", "COUNTRY", "MEDIA", "WEAPON", "MILITARY_UNIT"}
ROOT = Path(__file__).resolve().parent


def is_word_char(c):
    return c.isalnum() or c in "_-"


def occurrences(line, surface):
    """Start offsets of whole-word occurrences of surface in line."""
    out, start = [], 0
    while True:
        i = line.find(surface, start)
        if i < 0:
            return out
        j = i + len(surface)
        before = line[i - 1] if i > 0 else " "
        after = line[j] if j < len(line) else " "
        if not is_word_char(before) and not is_word_char(after):
            out.append(i)
        start = i + 1


def entity_lines(lines, surfaces):
    """surface -> (sorted top-level lines, sorted nested-only lines)."""
    top = {s: set() for s in surfaces}
    nested = {s: set() for s in surfaces}
    for n, line in enumerate(lines, 1):
        spans = [(i, i + len(s), s) for s in surfaces for i in occurrences(line, s)]
        for a, b, s in spans:
            inside = any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) for a2, b2, _ in spans)
            (nested if inside else top)[s].add(n)
    return ({s: sorted(v) for s, v in top.items()},
            {s: sorted(v - top[s]) for s, v in nested.items()})


def split_of(name):
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "test"


def main():
    uncovered_mode = "--uncovered" in sys.argv
    errors = []
    counts = {}
    for split in ("dev", "test"):
        for jpath in sorted((ROOT / split).glob("*.json")):
            name = jpath.stem
            tpath = jpath.with_suffix(".txt")
            err = lambda m: errors.append(f"{jpath}: {m}")
            if split_of(name) != split:
                err(f"belongs to {split_of(name)}/ by the sha1 rule")
            if not tpath.exists():
                err("missing .txt")
                continue
            text = tpath.read_text(encoding="utf-8")
            lines = text.split("\n")
            if lines and lines[-1] == "":
                lines = lines[:-1]
            d = json.loads(jpath.read_text(encoding="utf-8"))
            if not 8 <= len(lines) <= 15:
                err(f"{len(lines)} lines, want 8-15")
            if any(not l.strip() for l in lines):
                err("blank line")
            if d.get("title") != lines[0]:
                err("title differs from line 1")
            if d.get("language") not in ("fr", "en"):
                err("bad language")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.get("publication_date", {}).get("date", "")):
                err("bad publication_date")
            if d.get("boilerplate_lines") != []:
                err("boilerplate_lines should be []")
            ents = d["entities"]
            surfaces = [e["text"] for e in ents]
            for s, c in Counter(surfaces).items():
                if c > 1:
                    err(f"duplicate surface {s!r}")
            top, nested = entity_lines(lines, surfaces)
            for e in ents:
                s = e["text"]
                if set(e) - {"text", "canonical", "type", "lines", "listed", "nested_lines"}:
                    err(f"{s!r}: unexpected keys {set(e)}")
                if s not in text:
                    err(f"{s!r} is not a substring")
                if s != s.strip() or s[:2] in ("l’", "d’", "l'", "d'", "L'"):
                    err(f"{s!r}: bad surface edge")
                if e["type"] not in TYPES:
                    err(f"{s!r}: type {e['type']}")
                if not isinstance(e["listed"], bool):
                    err(f"{s!r}: listed not bool")
                if not e.get("canonical"):
                    err(f"{s!r}: no canonical")
                if e["lines"] != top[s]:
                    err(f"{s!r}: lines {e['lines']} but text says {top[s]}")
                if not top[s]:
                    err(f"{s!r}: never occurs at top level")
                if e.get("nested_lines", []) != nested[s]:
                    err(f"{s!r}: nested_lines {e.get('nested_lines', [])} but text says {nested[s]}")
                k = counts.setdefault(split, Counter())
                k[e["type"]] += 1
                k["listed" if e["listed"] else "unlisted"] += 1
                k["entities"] += 1
            counts.setdefault(split, Counter())["articles"] += 1
            # canonical consistency: one canonical -> one type
            bycanon = {}
            for e in ents:
                if bycanon.setdefault(e["canonical"], e["type"]) != e["type"]:
                    err(f"canonical {e['canonical']!r} has two types")
            unl = {e["canonical"] for e in ents if not e["listed"]}
            if len(unl) < 8:
                err(f"only {len(unl)} distinct unlisted entities")
            if uncovered_mode:
                for n, line in enumerate(lines, 1):
                    cover = [False] * len(line)
                    for s in surfaces:
                        for i in occurrences(line, s):
                            for k2 in range(i, i + len(s)):
                                cover[k2] = True
                    for m in re.finditer(r"[^\W\d_][\w’'\-./]*", line):
                        if m.group()[0].isupper() and not cover[m.start()]:
                            print(f"  {name}:{n}: {m.group()}")
    for e in errors:
        print("ERROR", e)
    total = Counter()
    for split, k in sorted(counts.items()):
        total += k
        print(split, dict(sorted(k.items())))
    print("all", dict(sorted(total.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
