#!/usr/bin/env python3
"""Checks the articles-heldout gold: every JSON parses, has the corpus/dev keys, and every
event sentence, quote, entity and tension text is an exact substring of the article, as whole
words, at the line it names (1-based). Usage: python3 data/eval/articles-heldout/check.py"""
import json
import pathlib
import re
import sys

KEYS = ["article_id", "seed_file", "language", "title", "publication_date", "boilerplate_lines",
        "entities", "quotes", "events", "claims_in_tension", "conventions"]


def check(path: pathlib.Path) -> list[str]:
    errors = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    for k in KEYS:
        if k not in gold:
            errors.append(f"{path}: missing key {k}")

    def whole(s: str, hay: str) -> bool:
        # As whole words: "rien" is not found inside "aérienne".
        return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", hay) is not None

    def at(what: str, s: str, line):
        if s not in text:
            errors.append(f"{path}: {what} not in the article: {s[:60]!r}")
        elif line is not None and not (1 <= line <= len(lines) and whole(s, lines[line - 1])):
            errors.append(f"{path}: {what} not on line {line} as whole words: {s[:60]!r}")

    for e in gold.get("events", []):
        at(f"event {e['id']} sentence", e["sentence"], e.get("line"))
        for a in e.get("also_sentences", []):
            at(f"event {e['id']} also_sentence", a, None)
    for q in gold.get("quotes", []):
        at("quote", q["text"], q.get("line"))
    for en in gold.get("entities", []):
        for ln in en.get("lines", []):
            at(f"entity {en['text']!r}", en["text"], ln)
    return errors


def main() -> int:
    root = pathlib.Path(__file__).parent
    files = sorted(root.glob("*/ah-*.json"))
    errors = [e for f in files for e in check(f)]
    for e in errors:
        print(e)
    print(f"{len(files)} articles, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
