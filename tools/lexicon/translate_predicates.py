#!/usr/bin/env python3
"""Translate the English CAMEO verb dictionary into candidate event predicates for another language.

Method (no news text is read):
  1. Parse the Phoenix/PETRARCH verb dictionary CAMEO.2.0.txt: every English verb lemma gets a
     CAMEO code -- its own `[code]` on the lemma line, else the block code, else the codes of the
     block's simple patterns (`- * [c]`, `- * (prep) [c]`, `- * object [c]`), the most frequent
     root winning (and the most frequent code within that root).
  2. Map each English lemma to its first WordNet 3.0 verb senses (index.verb lists synsets most
     frequent first; only synsets whose lemma list holds the verb).  Sense rank weights the
     evidence: 1.0, 0.6, 0.4 ...
  3. Read the target-language lemmas of those synsets from Open Multilingual Wordnet tab files
     (WOLF and Wiktionary for French, MultiWordNet and Wiktionary for Italian).  Nominalisations
     come from WordNet's derivational pointers (`+`) from the verb to noun synsets of the act,
     event or communication lexicographer files (attack -> attaque, invade -> invasion).
  4. Score each (lemma, pos, code): summed sense weights over distinct (English verb, synset)
     pairs, +0.5 when both OMW resources agree on a synset, +1 when (French only) VerbeNet puts the
     lemma in the VerbNet class presumed for the English verb (see `verbenet_classes`).

Writes a TSV, one row per (lemma, pos, code), best score first, with the evidence.

    python3 tools/lexicon/translate_predicates.py --lang fra
    python3 tools/lexicon/translate_predicates.py --lang ita
    python3 tools/lexicon/translate_predicates.py --lang fra --compare lexicons/fr/predicates.toml

`--compare` prints, per CAMEO root, the number of English lemmas against the lemmas of the
reviewed TOML file, and writes `<out>.review.tsv`: each candidate marked kept / recoded / dropped,
plus the reviewed lemmas that the resources did not propose (added).

Python standard library only.  Resources are read in place under ../shared (never copied).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import os
import re
import sys
import tarfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(REPO), "shared")

DEFAULTS = {
    "cameo": os.path.join(SHARED, "eval/actors/phoenix/CAMEO.2.0.txt"),
    "wordnet": "/usr/share/wordnet",
    "verbenet": os.path.join(SHARED, "lexical/verbenet.tar.gz"),
}
OMW = {
    "fra": [
        ("wolf", "lexical/omw/fra_wn-data-fra.tab.gz"),
        ("wikt", "lexical/omw/wikt_wn-wikt-fra.tab.gz"),
    ],
    "ita": [
        ("mwn", "lexical/omw/ita_wn-data-ita.tab.gz"),
        ("wikt", "lexical/omw/wikt_wn-wikt-ita.tab.gz"),
    ],
}
LICENCES = {
    "fra": "WOLF (CeCILL-C), Wiktionary via OMW (CC BY-SA 3.0), VerbeNet (CC BY-SA 4.0)",
    "ita": "MultiWordNet via OMW (CC BY 3.0), Wiktionary via OMW (CC BY-SA 3.0)",
}
COMMON = (
    "Phoenix CAMEO.2.0.txt (c) 2015 Open Event Data Alliance, MIT; "
    "Princeton WordNet 3.0 (WordNet 3.0 licence)"
)
SENSE_WEIGHTS = [1.0, 0.6, 0.4, 0.3, 0.2]
# noun lexicographer files kept for nominalisations: 04 noun.act, 10 noun.communication,
# 11 noun.event, 21 noun.possession (aid, loan...).
NOUN_LEXFILES = {4, 10, 11, 21}

CODE_RE = re.compile(r"\[([0-9:\-]*)\]")


def first_code(raw: str) -> str | None:
    """PETRARCH `[a:b]` pairs: keep the first non-empty code; `---` means none."""
    for part in raw.split(":"):
        part = part.strip()
        if part and part != "---" and part.isdigit():
            return part
    return None


def parse_cameo(path: str) -> dict[str, str]:
    """English lemma (lowercase, spaces) -> CAMEO code."""
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    blocks = []  # (block code, [(lemma, own code)], [simple pattern codes])
    cur = None
    for line in lines[start + 1 :]:
        if line.startswith("######## TRANSFORMATIONS"):
            break
        s = line.split("#", 1)[0].rstrip() if not line.startswith("---") else line
        if not s.strip():
            continue
        if s.startswith("---"):
            m = CODE_RE.search(s)
            cur = (first_code(m.group(1)) if m else None, [], [])
            blocks.append(cur)
            continue
        if cur is None:
            continue
        if s.startswith("-"):
            m = CODE_RE.search(s)
            if not m:
                continue
            code = first_code(m.group(1))
            body = s[1 : m.start()].split()
            if code is None or not body or body[0] != "*":
                continue
            rest = body[1:]
            simple = (
                not rest
                or (len(rest) == 1 and not rest[0].startswith("{") and rest[0] not in "$+%^")
                or (len(rest) == 1 and re.fullmatch(r"\([A-Z_]+\)", rest[0]) is not None)
            )
            if simple:
                cur[2].append(code)
            continue
        if s[0] in "~&":
            continue
        word = s.lstrip("+").split()[0].split("[")[0]
        # compound markers such as ARREST_AND_ / KILLED_OR_ are not verbs of their own
        if word.startswith("{") or re.search(r"_(AND|OR)(_|$)", word):
            continue
        m = CODE_RE.search(s)
        own = first_code(m.group(1)) if m else None
        lemma = word.strip("_").replace("_", " ").lower()
        if lemma:
            cur[1].append((lemma, own))
    out: dict[str, str] = {}
    for bcode, lemmas, pcodes in blocks:
        code = bcode
        if code is None and pcodes:
            roots = collections.Counter(c[:2] for c in pcodes)
            root = roots.most_common(1)[0][0]
            code = collections.Counter(c for c in pcodes if c[:2] == root).most_common(1)[0][0]
        for lemma, own in lemmas:
            c = own or code
            if c and lemma not in out:
                out[lemma] = c
    return out


def read_wordnet(wndir: str):
    """index.verb senses and data.verb/data.noun synsets (words, lexfile, derivations)."""
    senses: dict[str, list[str]] = {}
    with open(os.path.join(wndir, "index.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            p = line.split()
            n_syn, n_ptr = int(p[2]), int(p[3])
            offs = p[4 + n_ptr + 2 :]
            senses[p[0]] = offs[:n_syn]

    def data(pos):
        syn = {}
        with open(os.path.join(wndir, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split(" | ")[0].split()
                off, lexfile = p[0], int(p[1])
                wc = int(p[3], 16)
                words = [p[4 + 2 * i].lower() for i in range(wc)]
                i = 4 + 2 * wc
                pc = int(p[i])
                ptrs = []
                for k in range(pc):
                    sym, toff, tpos, st = p[i + 1 + 4 * k : i + 5 + 4 * k]
                    ptrs.append((sym, toff, tpos, int(st[:2], 16), int(st[2:], 16)))
                syn[off] = (lexfile, words, ptrs)
        return syn

    return senses, data("verb"), data("noun")


def read_omw(lang: str) -> dict[str, dict[str, set[str]]]:
    """synset id ('01119187-v') -> lemma -> set of resource names."""
    out: dict[str, dict[str, set[str]]] = collections.defaultdict(
        lambda: collections.defaultdict(set)
    )
    for name, rel in OMW[lang]:
        path = os.path.join(SHARED, rel)
        if not os.path.exists(path):
            print(f"warning: {path} absent, skipped", file=sys.stderr)
            continue
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                p = line.rstrip("\n").split("\t")
                if len(p) < 3 or not p[1].endswith(":lemma"):
                    continue
                lemma = p[2].strip().lower().replace("_", " ")
                if lemma:
                    out[p[0]][lemma].add(name)
    return out


def verbenet_classes(path: str) -> dict[str, set[str]]:
    """French verb -> set of VerbNet class ids (top class, e.g. 'send-11.1')."""
    out: dict[str, set[str]] = collections.defaultdict(set)
    if not os.path.exists(path):
        print(f"warning: {path} absent, no VerbeNet evidence", file=sys.stderr)
        return out
    with tarfile.open(path) as tar:
        for m in tar.getmembers():
            if not m.name.endswith(".xml"):
                continue
            root = ET.parse(io.BytesIO(tar.extractfile(m).read())).getroot()
            cls = root.get("ID")
            for mem in root.iter("MEMBER"):
                out[mem.get("name", "").lower()].add(cls)
    return out


def norm_verb(lemma: str) -> str | None:
    """Infinitive without reflexive clitic; None when it does not look like a verb."""
    l = lemma.strip()
    for pre in ("se ", "s'", "s’"):
        if l.startswith(pre):
            l = l[len(pre) :].strip()
    if not l or len(l.split()) > 3:
        return None
    head = l.split()[0]
    return l if re.search(r"(er|ir|re|ïr)$", head) else None


def norm_noun(lemma: str) -> str | None:
    l = lemma.strip()
    if not l or len(l.split()) > 3 or re.search(r"[0-9]", l):
        return None
    return l


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--lang", default="fra", choices=sorted(OMW))
    ap.add_argument("--cameo", default=DEFAULTS["cameo"])
    ap.add_argument("--wordnet", default=DEFAULTS["wordnet"])
    ap.add_argument("--verbenet", default=DEFAULTS["verbenet"])
    ap.add_argument("--senses", type=int, default=3, help="first N WordNet senses per verb")
    ap.add_argument("--out", default=None)
    ap.add_argument("--compare", default=None, help="reviewed predicates.toml to compare")
    args = ap.parse_args()
    out = args.out or os.path.join(HERE, "candidates", args.lang[:2] + ".tsv")

    for p in (args.cameo, os.path.join(args.wordnet, "data.verb")):
        if not os.path.exists(p):
            sys.exit(f"error: {p} not found (apt-get install wordnet-base for WordNet)")
    en = parse_cameo(args.cameo)
    senses, vsyn, nsyn = read_wordnet(args.wordnet)
    omw = read_omw(args.lang)
    vn = verbenet_classes(args.verbenet) if args.lang == "fra" else {}
    vn_ids = {c for cs in vn.values() for c in cs}

    all_verbs = {l for sid, ls in omw.items() if sid.endswith("-v") for l in ls}
    # (lemma, pos, code) -> evidence
    weight: dict[tuple, float] = collections.defaultdict(float)
    ev_en: dict[tuple, set] = collections.defaultdict(set)
    ev_syn: dict[tuple, set] = collections.defaultdict(set)
    ev_vn: dict[tuple, set] = collections.defaultdict(set)
    uncovered = []
    for eng, code in sorted(en.items()):
        key = eng.replace(" ", "_")
        offs = senses.get(key, [])[: args.senses]
        if not offs:
            uncovered.append(eng)
            continue
        fr_verbs: dict[str, float] = {}
        fr_nouns: dict[str, float] = {}
        syn_of: dict[tuple, set] = collections.defaultdict(set)
        for rank, off in enumerate(offs):
            w = SENSE_WEIGHTS[min(rank, len(SENSE_WEIGHTS) - 1)]
            lexfile, words, ptrs = vsyn[off]
            for lemma, res in omw.get(off + "-v", {}).items():
                v = norm_verb(lemma)
                if v:
                    bonus = 0.5 if len(res) > 1 else 0.0
                    fr_verbs[v] = max(fr_verbs.get(v, 0), w + bonus)
                    syn_of[(v, "VERB")].add(off + "-v")
            idx = words.index(key) + 1 if key in words else 0
            for sym, toff, tpos, src, _tgt in ptrs:
                if sym != "+" or tpos != "n" or (src and idx and src != idx):
                    continue
                if nsyn.get(toff, (None,))[0] not in NOUN_LEXFILES:
                    continue
                for lemma, res in omw.get(toff + "-n", {}).items():
                    n = norm_noun(lemma)
                    if n:
                        bonus = 0.5 if len(res) > 1 else 0.0
                        fr_nouns[n] = max(fr_nouns.get(n, 0), w * 0.8 + bonus)
                        syn_of[(n, "NOUN")].add(toff + "-n")
        # presumed VerbNet class of the English verb: the class named after it, else the
        # class that holds most (>= 2) of its French translations.
        presumed = {c for c in vn_ids if c.split("-")[0] == eng}
        if not presumed and vn:
            cnt = collections.Counter(c for v in fr_verbs for c in vn.get(v, ()))
            presumed = {c for c, n in cnt.items() if n >= 2 and n == max(cnt.values())}
        for lemma, w in fr_verbs.items():
            k = (lemma, "VERB", code)
            weight[k] += w
            ev_en[k].add(eng)
            ev_syn[k] |= syn_of[(lemma, "VERB")]
            agree = vn.get(lemma, set()) & presumed
            if agree:
                ev_vn[k] |= agree
        for lemma, w in fr_nouns.items():
            if lemma in all_verbs:  # OMW noun entries that are infinitives ("mentionner")
                continue
            k = (lemma, "NOUN", code)
            weight[k] += w
            ev_en[k].add(eng)
            ev_syn[k] |= syn_of[(lemma, "NOUN")]

    rows = []
    for k, w in weight.items():
        score = w + (1.0 if ev_vn.get(k) else 0.0)
        rows.append((k[0], k[1], k[2], round(score, 2), k))
    rows.sort(key=lambda r: (r[2], -r[3], r[1], r[0]))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(
            f"# Generated by tools/lexicon/translate_predicates.py --lang {args.lang} "
            f"(senses={args.senses}). Sources and licences: {COMMON}; {LICENCES[args.lang]}. "
            "Unreviewed candidates.\n"
        )
        f.write("lemma\tpos\tcode\tscore\tn_en\ten_verbs\tsynsets\tverbenet\n")
        for lemma, pos, code, score, k in rows:
            f.write(
                f"{lemma}\t{pos}\t{code}\t{score}\t{len(ev_en[k])}\t"
                f"{','.join(sorted(ev_en[k]))}\t{','.join(sorted(ev_syn[k]))}\t"
                f"{','.join(sorted(ev_vn.get(k, ())))}\n"
            )
    print(
        f"{len(en)} English lemmas with a code ({len(uncovered)} not in WordNet); "
        f"{len(rows)} candidate rows -> {out}",
        file=sys.stderr,
    )

    if args.compare:
        compare(args.compare, en, rows, out)
    return 0


def check_pattern(p: str, classes: set[str]) -> str | None:
    """Mirror of the Rust pattern parser's rules (crates/vigie-events/src/tree/lexicon.rs)."""
    toks = re.findall(r"[(){}]|[^\s(){}]+", p)
    depth, brace, stars, after_open = 0, False, 0, False
    for t in toks:
        if after_open and (t in "(){}*$+" or t.startswith("&")):
            return "a `(` must start with its preposition"
        after_open = False
        if t == "(":
            if brace:
                return "`(` inside `{}`"
            depth += 1
            after_open = True
        elif t == ")":
            depth -= 1
            if depth < 0:
                return "unbalanced `)`"
        elif t == "{":
            brace = True
        elif t == "}":
            if not brace:
                return "unbalanced `}`"
            brace = False
        elif t == "*":
            stars += 1
        elif t.startswith("&") and t[1:] not in classes:
            return f"unknown class {t}"
    if depth or brace:
        return "unclosed"
    return None if stars == 1 else "needs exactly one `*`"


def validate(doc: dict, codes_path: str) -> list[str]:
    import tomllib

    with open(codes_path, "rb") as f:
        known = {c["cameo"] for c in tomllib.load(f)["code"]}
    classes = set(doc.get("classes", {}))
    errs, ids = [], set()
    for kind in ("verb", "noun"):
        # A lemma may sit in several blocks when patterns decide between them ("rappeler" 010
        # and "rappeler * ambassadeur" 161), but at most one of them may give a default code:
        # the coder would otherwise pick a default by file order.
        owner: dict[str, str] = {}
        for b in doc.get(kind, []):
            if b["id"] in ids:
                errs.append(f"duplicate id {b['id']}")
            ids.add(b["id"])
            if "code" not in b and not b.get("patterns"):
                errs.append(f"{b['id']}: neither code nor patterns")
            for c in [b.get("code")] + [q["code"] for q in b.get("patterns", [])]:
                if c is not None and c not in known:
                    errs.append(f"{b['id']}: unknown code {c}")
            for q in b.get("patterns", []):
                e = check_pattern(q["p"], classes)
                if e:
                    errs.append(f"{b['id']}: pattern {q['p']!r}: {e}")
            for l in b["lemmas"]:
                if l != l.lower() or not l.strip():
                    errs.append(f"{b['id']}: bad lemma {l!r}")
                if "code" not in b:
                    continue
                if l in owner:
                    errs.append(f"{kind} lemma {l!r} has a default code in {owner[l]} and {b['id']}")
                owner[l] = b["id"]
    return errs


def compare(path: str, en: dict[str, str], rows, out: str) -> None:
    import tomllib

    with open(path, "rb") as f:
        doc = tomllib.load(f)
    errs = validate(doc, os.path.join(REPO, "data/cameo/codes.toml"))
    for e in errs:
        print(f"error: {path}: {e}", file=sys.stderr)
    default_root: dict[str, set] = collections.defaultdict(set)
    for b in doc.get("verb", []):
        if "code" in b:
            default_root[b["code"][:2]].update(b["lemmas"])
    reviewed: dict[tuple, set] = collections.defaultdict(set)  # (lemma,pos) -> codes
    blocks_of: dict[tuple, list] = collections.defaultdict(list)  # (lemma,pos) -> block ids
    for kind, pos in (("verb", "VERB"), ("noun", "NOUN")):
        for b in doc.get(kind, []):
            codes = {b["code"]} if "code" in b else set()
            codes |= {p["code"] for p in b.get("patterns", [])}
            for l in b["lemmas"]:
                reviewed[(l, pos)] |= codes
                blocks_of[(l, pos)].append(b["id"])
    en_root = collections.Counter(c[:2] for c in en.values())
    fr_root: dict[str, set] = collections.defaultdict(set)
    fr_noun_root: dict[str, set] = collections.defaultdict(set)
    for (l, pos), codes in reviewed.items():
        for c in codes:
            (fr_root if pos == "VERB" else fr_noun_root)[c[:2]].add(l)
    print("root  en_lemmas  fr_verbs  fr_verbs_default  fr_nouns  fr_verbs/en")
    for r in sorted(set(en_root) | set(fr_root)):
        e, v, n = en_root.get(r, 0), len(fr_root.get(r, ())), len(fr_noun_root.get(r, ()))
        d = len(default_root.get(r, ()))
        flag = "" if e == 0 or (v + n) * 2 >= e else "  < half"  # as `vigie lexicon stats`
        print(f"{r:>4}  {e:>9}  {v:>8}  {d:>16}  {n:>8}  {v / e if e else 0:>11.2f}{flag}")
    n_pat = sum(len(b.get("patterns", [])) for k in ("verb", "noun") for b in doc.get(k, []))
    print(f"patterns {n_pat}; validation errors {len(errs)}")
    print(
        f"total en {sum(en_root.values())}; fr verbs {len({l for (l, p) in reviewed if p == 'VERB'})}, "
        f"fr nouns {len({l for (l, p) in reviewed if p == 'NOUN'})}"
    )
    seen = set()
    rev_out = out.replace(".tsv", ".review.tsv")
    with open(rev_out, "w", encoding="utf-8") as f:
        f.write(
            f"# Review of {os.path.basename(out)} against {path} (generated by --compare; "
            "sources and licences as in the candidates file).\n"
        )
        f.write("lemma\tpos\tcandidate_code\tscore\tstatus\treviewed_codes\tblocks\n")
        for lemma, pos, code, score, _ in rows:
            codes = reviewed.get((lemma, pos), set())
            seen.add((lemma, pos))
            if code in codes:
                status = "kept"
            elif any(c[:2] == code[:2] for c in codes):
                status = "kept-other-subcode"
            elif codes:
                status = "recoded"
            else:
                status = "dropped"
            blocks = ",".join(blocks_of.get((lemma, pos), ()))
            f.write(
                f"{lemma}\t{pos}\t{code}\t{score}\t{status}\t{','.join(sorted(codes))}\t{blocks}\n"
            )
        for (lemma, pos), codes in sorted(reviewed.items()):
            if (lemma, pos) not in seen:
                blocks = ",".join(blocks_of[(lemma, pos)])
                f.write(f"{lemma}\t{pos}\t\t\tadded\t{','.join(sorted(codes))}\t{blocks}\n")
    print(f"review -> {rev_out}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
