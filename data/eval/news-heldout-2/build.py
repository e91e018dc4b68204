#!/usr/bin/env python3
"""Check news-heldout-2/all.json and split it into dev.json and test.json.

Usage: python3 build.py [--counts]

The checks, the split (the one of ../news-heldout, by a hash of the base id) and the count table
are those of ../news_sets.py, shared by the news-heldout-N sets; this file says what is
particular to this set.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from news_sets import Spec, main  # noqa: E402

SPEC = Spec(prefix="NEWS2", langs={"FR": "fr", "EN": "en", "UK": "uk", "RU": "ru"}, last_year=2025, ordered=False)

if __name__ == "__main__":
    main(SPEC, HERE)
