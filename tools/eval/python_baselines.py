#!/usr/bin/env python3
"""Python baselines for `vigie eval extraction|dates`: trafilatura and htmldate on the same pages.

For humans, not CI. Runs Python trafilatura's `extract` (default settings) on the
trafilatura-eval pages and htmldate's `find_date` (default settings: extensive search) on the
htmldate-eval pages, one page at a time on one core, and scores them exactly as `vigie eval`
does, so the figures can be set side by side:

    pip install trafilatura htmldate
    python3 tools/eval/python_baselines.py extraction ../shared/eval/extraction/trafilatura-eval
    python3 tools/eval/python_baselines.py dates ../shared/eval/dates/htmldate-eval
    # add --output FILE for per-item JSON

Scoring (same as crates/vigie-eval):
- extraction: for each page, each `with` snippet found in the output is a true positive, else a
  false negative; each `without` snippet found is a false positive, else a true negative.
  Whitespace runs are collapsed to one space in output and snippets before matching.
  Precision, recall and F1 are computed over all snippets.
- dates: a page is right when the day found equals the gold day, wrong when another day is
  found, missing when none is.
Timing covers the library call only (decoding of the gzipped file is excluded; the bytes are
passed as read, so the library decodes them itself, as vigie does). It is the thread's CPU time
(`time.thread_time()`), as vigie's evaluations measure it, so a busy machine does not skew the
comparison. `extract()` runs with its defaults: main text only, no metadata or date search.
"""

import argparse
import gzip
import json
import os
import re
import sys
import time

WS = re.compile(r"\s+")


def norm(s):
    return WS.sub(" ", s).strip()


SPLIT = "all"


def in_split(key):
    """The half of a gold set an item is in, as `vigie eval --split` draws it: parity of the
    64-bit FNV-1a hash of its key (the page URL); even is dev, odd is test."""
    if SPLIT == "all":
        return True
    h = 0xCBF29CE484222325
    for b in key.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return (h % 2 == 0) == (SPLIT == "dev")


def load_pages(dataset, gold_name):
    with open(os.path.join(dataset, gold_name), encoding="utf-8") as f:
        gold = json.load(f)
    for url, item in gold.items():
        if not in_split(url):
            continue
        path = os.path.join(dataset, "html", item["file"] + ".gz")
        if not os.path.exists(path):
            path = os.path.join(dataset, "html", item["file"])
            if not os.path.exists(path):
                yield url, item, None
                continue
            with open(path, "rb") as f:
                yield url, item, f.read()
            continue
        with gzip.open(path, "rb") as f:
            yield url, item, f.read()


def run_extraction(dataset, output):
    import trafilatura

    tp = fp = tn = fn = 0
    seconds = 0.0
    pages = 0
    items = []
    for url, item, data in load_pages(dataset, "evaldata.json"):
        if data is None:
            continue
        t0 = time.thread_time()
        result = trafilatura.extract(data)
        seconds += time.thread_time() - t0
        pages += 1
        text = norm(result or "")
        found_with = [s for s in item.get("with", []) if norm(s) in text]
        found_without = [s for s in item.get("without", []) if norm(s) in text]
        tp += len(found_with)
        fn += len(item.get("with", [])) - len(found_with)
        fp += len(found_without)
        tn += len(item.get("without", [])) - len(found_without)
        items.append({"url": url, "file": item["file"], "tp": len(found_with),
                      "fn": len(item.get("with", [])) - len(found_with),
                      "fp": len(found_without),
                      "tn": len(item.get("without", [])) - len(found_without)})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    summary = {"tool": f"python trafilatura {trafilatura.__version__}", "pages": pages,
               "tp": tp, "fp": fp, "tn": tn, "fn": fn, "precision": precision,
               "recall": recall, "f1": f1, "seconds": seconds,
               "pages_per_second": pages / seconds if seconds else 0.0}
    report(summary, items, output)


def run_dates(dataset, output, original_date=True):
    """htmldate at its documented setting for a gold of publication dates:
    `original_date=True` (the first publication, not the latest update), extensive search on."""
    import htmldate
    from htmldate import find_date

    right = wrong = missing = 0
    seconds = 0.0
    pages = 0
    items = []
    for url, item, data in load_pages(dataset, "eval_default.json"):
        if data is None:
            continue
        t0 = time.thread_time()
        try:
            found = find_date(data, url=url, original_date=original_date)
        except Exception as exc:  # a crash counts as missing, as in htmldate's own evaluation
            print(f"{url}: {exc}", file=sys.stderr)
            found = None
        seconds += time.thread_time() - t0
        pages += 1
        gold = item["date"]
        if found is None:
            missing += 1
            verdict = "missing"
        elif found == gold:
            right += 1
            verdict = "right"
        else:
            wrong += 1
            verdict = "wrong"
        items.append({"url": url, "file": item["file"], "gold": gold, "found": found,
                      "verdict": verdict})
    summary = {"tool": f"python htmldate {htmldate.__version__}",
               "original_date": original_date, "pages": pages, "right": right,
               "wrong": wrong, "missing": missing,
               "accuracy": right / pages if pages else 0.0, "seconds": seconds,
               "pages_per_second": pages / seconds if seconds else 0.0}
    report(summary, items, output)


def report(summary, items, output):
    print(json.dumps(summary))
    if output:
        with open(output, "w", encoding="utf-8") as f:
            json.dump({"summary": summary, "items": items}, f, ensure_ascii=False, indent=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["extraction", "dates"])
    ap.add_argument("dataset")
    ap.add_argument("--output")
    ap.add_argument("--latest-date", action="store_true",
                    help="htmldate with original_date=False (its default: the latest date), "
                         "instead of original_date=True, its setting for publication dates")
    ap.add_argument("--split", choices=["all", "dev", "test"], default="all",
                    help="only one half of the pages, drawn as `vigie eval dates --split` draws it")
    args = ap.parse_args()
    global SPLIT
    SPLIT = args.split
    if args.what == "extraction":
        run_extraction(args.dataset, args.output)
    else:
        run_dates(args.dataset, args.output, original_date=not args.latest_date)


if __name__ == "__main__":
    main()
