#!/usr/bin/env python3
"""Import PETRARCH verb dictionaries into vigie's predicate lexicon (lexicons/<lang>/predicates.toml).

PETRARCH verb dictionaries (Open Event Data Alliance / Parus Analytics, MIT licence) have two parts:

* synonym sets: a line `&NAME` followed by `+WORD` lines (`_` joins the words of a phrase, a trailing
  `_` means "this exact form, no generated plural"; a set whose name ends in `_` gets no plurals);
* verb blocks: a header `--- NAME [code] ---` (`[---]` = no default code), lemma lines
  `WORD {IRREGULAR FORMS} [code] # comment` (a leading `+` marks a multiword verb such as
  `+CARRY_OUT`), and pattern lines `- words * words [code] # comment`.

Two pattern dialects occur and both are read. The Phoenix/PETRARCH-2 dictionary (CAMEO.2.0.txt)
marks noun phrases `{A B}` and prepositional phrases `(PREP X)`; the older PETRARCH-1 files
(CAMEO.verbpatterns.150430, the Spanish translation) list words in order, `_` joining consecutive
words. Both become the vigie syntax of lexicons/<lang>/predicates.toml: lowercase lemmas, `*` the
predicate, `&class`, `{phrase}`, `(prep ...)`, `$` source, `+` target. PETRARCH's `%` (compound)
and `^` (skip) markers are dropped, and of a `[code:code]` pair the first code is kept.

What cannot be converted is dropped and counted by reason; the summary is printed at the end.
Only CAMEO codes listed in data/cameo/codes.toml are kept. The output is deterministic: blocks,
lemmas, classes and patterns are sorted.

Python 3.11, standard library only. Run from the repository root, e.g.

    python3 tools/lexicon/import_petrarch.py --lang en --output lexicons/en/predicates.toml \
        ../shared/eval/actors/phoenix/CAMEO.2.0.txt \
        ../shared/lexical/petrarch/CAMEO.verbpatterns.150430.txt.gz
"""

from __future__ import annotations

import argparse
import collections
import gzip
import os
import re
import shlex
import sys
import tomllib
from dataclasses import dataclass, field

# Light verbs: their object noun, when it is a [[noun]] predicate, is the event. These lists are
# written for vigie (they are not in PETRARCH), one per language; a language without a list gets
# an empty one.
LIGHT_VERBS = {
    "en": [
        "launch", "hold", "conduct", "carry out", "stage", "mount", "impose", "make", "take",
        "sign", "give", "issue", "deliver", "begin", "start", "undertake", "wage", "perform",
        "organize", "organise", "file", "lodge", "open", "resume", "step up", "reach", "seal",
        "put forward",
    ],
    "es": [
        "lanzar", "realizar", "llevar a cabo", "efectuar", "celebrar", "mantener", "imponer",
        "hacer", "tomar", "firmar", "dar", "emitir", "iniciar", "comenzar", "emprender",
        "librar", "organizar", "presentar", "abrir", "reanudar", "alcanzar", "sellar",
        "protagonizar", "perpetrar", "cometer",
    ],
}

LICENCE_NOTE = (
    "MIT licence: (c) 2015 Open Event Data Alliance (PETRARCH / Phoenix dictionaries), (c) 2016\n"
    "#   Open Event Data Alliance (UniversalPetrarch); dictionaries by Philip A. Schrodt / Parus\n"
    "#   Analytics and the TABARI/PETRARCH coders"
)

# ---------------------------------------------------------------------------------------------
# Word normalisation


# English plural nouns whose UD lemma is the plural form itself, or that only look plural.
EN_KEEP = {
    "news", "series", "species", "headquarters", "politics", "economics", "means", "physics",
    "ethics", "thanks", "always", "perhaps", "towards", "afterwards", "whereas", "besides",
    "nevertheless", "unless", "overseas", "sometimes", "various", "serious", "status", "yes",
    "hers", "ours", "yours", "theirs", "its", "this", "thus", "has", "was", "is", "us", "as",
    "his", "does", "goes", "whereabouts", "outskirts", "arms", "chaos", "lens", "basis",
    "analysis", "crisis", "bus", "gas", "alias", "atlas", "christmas", "texas", "aids",
}
# Irregular English forms found in PETRARCH patterns, mapped to their UD lemma.
EN_IRREGULAR = {
    "men": "man", "women": "woman", "children": "child", "crises": "crisis", "feet": "foot",
    "analyses": "analysis", "bases": "base", "is": "be", "are": "be", "am": "be", "was": "be",
    "were": "be", "been": "be", "has": "have", "had": "have", "does": "do", "did": "do",
    "said": "say", "says": "say", "took": "take", "taken": "take", "made": "make", "gave": "give",
    "given": "give", "went": "go", "gone": "go", "goes": "go", "told": "tell", "brought": "bring",
    "sent": "send", "held": "hold", "struck": "strike", "broke": "break", "broken": "break",
    "threw": "throw", "thrown": "throw", "fought": "fight", "shot": "shoot", "met": "meet",
    "wives": "wife", "lives": "life", "thieves": "thief", "leaves": "leaf",
}


def en_lemma(word: str) -> str:
    """Conservative English lemma of a surface form: irregular table, then regular plurals.

    PETRARCH patterns are surface words ("SANCTIONS", "PARTIES"); vigie matches UD lemmas. Only
    plural-noun endings are undone (verb tenses are too ambiguous without a dictionary)."""
    if word in EN_IRREGULAR:
        return EN_IRREGULAR[word]
    if word in EN_KEEP or len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def norm_word(raw: str, lang: str, plural_ok: bool = True) -> str:
    """Lowercase a dictionary word; a trailing `_` (exact form) is stripped and blocks lemmatising."""
    exact = raw.endswith("_")
    w = raw.strip("_").lower()
    if lang == "en" and not exact:
        if w in EN_IRREGULAR:
            w = EN_IRREGULAR[w]
        elif plural_ok:
            w = en_lemma(w)
    return w


def norm_class_name(raw: str) -> str:
    # Class names keep `_` between words: a pattern element `&name` cannot contain a space.
    return raw.lstrip("&").strip("_").lower()


def norm_lemma(raw: str, lang: str) -> str:
    """Lemma line text (without braces, code, comment) -> vigie lemma."""
    words = [w for w in re.split(r"[\s_]+", raw.lstrip("+").strip()) if w]
    words = [w.lower() for w in words]
    if lang == "es" and words:
        # UD Spanish lemmatises "unirse" as "unir" + "se": drop the reflexive clitic of the verb.
        m = re.fullmatch(r"(.+(?:ar|er|ir|ír))se", words[0])
        if m:
            words[0] = m.group(1)
    return " ".join(words)


ES_INFINITIVE = re.compile(r".+(ar|er|ir|ír)(se)?$")

# ---------------------------------------------------------------------------------------------
# Parsing


@dataclass
class RawPattern:
    text: str  # pattern text between the leading "-" and the code
    code: str  # raw code text inside [...]
    line: int


@dataclass
class Block:
    name: str
    code: str | None  # None = "---" (no default)
    lemmas: dict[str, str | None] = field(default_factory=dict)  # lemma -> its code (None: no event)
    patterns: list[RawPattern] = field(default_factory=list)


@dataclass
class Dictionary:
    path: str
    classes: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)  # name -> (member, exact)
    class_no_plural: set[str] = field(default_factory=set)
    blocks: dict[str, Block] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)


HEADER = re.compile(r"^---\s*([^\s\[\]-][^\s\[\]]*)\s*(?:\[([^\]]*)\])?")
CODE_AT_END = re.compile(r"\[([^\[\]]*)\]\s*$")


def read_text(path: str) -> str:
    if path.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return f.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def strip_comment(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    # "#" starts a comment; ";" too (legacy KEDS/TABARI rule, used in a few lemma lines).
    return re.split(r"[#;]", line, maxsplit=1)[0]


def null_code(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip()
    # "---" is PETRARCH's null code; "----" occurs as a typo of it in the Spanish file.
    return None if code == "" or set(code) == {"-"} else code


def parse(path: str, lang: str, stats: collections.Counter, oddities: list[str]) -> Dictionary:
    d = Dictionary(path=path)
    state = None  # "class" | "block" | "transformations"
    cur_class: str | None = None
    cur: Block | None = None
    cur_code: str | None = None
    short = os.path.basename(path)
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if "TRANSFORMATIONS" in line and line.lstrip().startswith("#"):
            state = "transformations"
            continue
        s = strip_comment(line).strip()
        if not s:
            continue
        if state == "transformations" or s.startswith("~"):
            stats["dropped: PETRARCH-2 transformation rule (not a pattern)"] += 1
            continue
        if s.startswith("---"):
            m = HEADER.match(s)
            if not m:
                stats["dropped: unreadable block header"] += 1
                oddities.append(f"{short}:{n}: unreadable block header {s!r}")
                state, cur = None, None
                continue
            name = m.group(1).strip("_").lower()
            code = pattern_code(m.group(2) or "", stats, "block")
            cur_code = code
            if name in d.blocks:
                cur = d.blocks[name]
                stats["note: block name repeated within a file (merged)"] += 1
            else:
                cur = Block(name=name, code=code)
                d.blocks[name] = cur
                d.order.append(name)
            state = "block"
            continue
        if s.startswith("&") and re.fullmatch(r"&[^\s\[\]]+", s):
            cur_class = norm_class_name(s)
            if s.endswith("_"):
                d.class_no_plural.add(cur_class)
            d.classes.setdefault(cur_class, [])
            state = "class"
            continue
        if state == "class" and s.startswith("+"):
            member = s[1:].strip()
            exact = member.endswith("_")
            words = [w for w in re.split(r"[\s_]+", member) if w]
            d.classes[cur_class].append((" ".join(words), exact))
            continue
        if state != "block" or cur is None:
            stats["dropped: line outside any block"] += 1
            oddities.append(f"{short}:{n}: line outside any block {s!r}")
            continue
        if s.startswith("-"):
            body = s[1:]
            m = CODE_AT_END.search(body)
            if not m:
                stats["dropped: pattern without [code]"] += 1
                oddities.append(f"{short}:{n}: pattern without code {s!r}")
                continue
            cur.patterns.append(RawPattern(body[: m.start()].strip(), m.group(1), n))
            continue
        # A lemma line.
        if re.search(r"[*&$%^]|\s-\s", s):
            stats["dropped: pattern line without leading '-' (malformed)"] += 1
            oddities.append(f"{short}:{n}: malformed pattern line {s!r}")
            continue
        own = None
        for m in re.finditer(r"\[([^\[\]]*)\]", s):
            own = m.group(1).strip()
        s = re.sub(r"\[[^\[\]]*\]", " ", s)
        s = re.sub(r"\{[^}]*\}", " ", s)  # irregular forms: the lemma alone is kept
        s = s.replace("{", " ").replace("}", " ")
        if re.search(r"[^\w\s'+-]", s):
            bad = re.sub(r"[\w\s'+-]", "", s)
            oddities.append(f"{short}:{n}: stray characters {bad!r} removed from lemma line {line.strip()!r}")
            stats["note: stray characters removed from a lemma"] += 1
            s = re.sub(r"[^\w\s'+-]", "", s)
        lemma = norm_lemma(s, lang)
        if not lemma:
            continue
        if lang == "es" and not ES_INFINITIVE.match(lemma.split()[0]):
            stats["dropped: es lemma is not an infinitive"] += 1
            oddities.append(f"{short}:{n}: Spanish lemma not an infinitive, dropped: {lemma!r}")
            continue
        if len(lemma.split()) > 1 and not s.lstrip().startswith("+") and "_" not in line:
            oddities.append(f"{short}:{n}: lemma line with spaces taken as one multiword lemma: {lemma!r}")
        # The lemma's code: its own, else its block header's (resolved here, per file, so that
        # merging blocks of several files keeps each lemma's meaning).
        eff = pattern_code(own, stats, "lemma") if own is not None else cur_code
        cur.lemmas.setdefault(lemma, eff)
    return d


# ---------------------------------------------------------------------------------------------
# Pattern conversion

TOKEN = re.compile(r"[(){}]|[*$+%^]|[^\s(){}*$+%^]+")


class Unconvertible(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def convert_words(
    tok: str, lang: str, classes: set[str], in_phrase: bool, stats: collections.Counter
) -> list[str]:
    """One PETRARCH word token -> vigie elements (`A_B` = consecutive words -> `{a b}`)."""
    if "/" in tok:
        raise Unconvertible("word alternatives with '/'")
    if ":" in tok:
        raise Unconvertible("garbled token (code glued to a word)")
    tok = tok.replace('"', "").rstrip(",")
    parts = [p for p in tok.split("_") if p]
    exact_last = tok.endswith("_")
    out = []
    for i, p in enumerate(parts):
        if p == "^":
            continue
        if p.startswith("&"):
            name = norm_class_name(p)
            if name not in classes:
                raise Unconvertible(f"undefined class &{name}")
            out.append("&" + name)
        else:
            raw = p + ("_" if (exact_last and i == len(parts) - 1) else "")
            if not re.search(r"\w", p):
                raise Unconvertible("word without letters")
            out.append(norm_word(raw, lang))
    if not out:
        return []
    if len(out) > 1 and not in_phrase:
        if any(w.startswith("&") for w in out):
            stats["note: class inside a {phrase}, phrase split into elements"] += 1
            return out
        return ["{" + " ".join(out) + "}"]
    return out


def convert_pattern(text: str, lang: str, classes: set[str], stats: collections.Counter) -> str:
    toks = TOKEN.findall(text)
    if "|" in text:
        raise Unconvertible("disjunction '|'")
    out: list[str] = []
    group: list[str] | None = None  # inside ( ... )
    phrase: list[str] | None = None  # inside { ... }
    stars = 0
    for t in toks:
        if t == "(":
            if group is not None or phrase is not None:
                raise Unconvertible("nested brackets")
            group = []
        elif t == ")":
            if group is None or phrase is not None:
                raise Unconvertible("unbalanced brackets")
            if not group:
                raise Unconvertible("empty prepositional phrase")
            if group[0] in ("$", "+") or group[0].startswith(("&", "{")):
                raise Unconvertible("prepositional phrase without a preposition")
            out.append("(" + " ".join(group) + ")")
            group = None
        elif t == "{":
            if phrase is not None:
                raise Unconvertible("nested brackets")
            phrase = []
        elif t == "}":
            if phrase is None:
                raise Unconvertible("unbalanced brackets")
            target = group if group is not None else out
            if len(phrase) > 1 and any(w.startswith("&") for w in phrase):
                # A class inside a phrase ("{&military aid}"): vigie phrases are plain lemmas, so
                # the words become separate elements (adjacency is given up, the words are kept).
                stats["note: class inside a {phrase}, phrase split into elements"] += 1
                target.extend(phrase)
            elif len(phrase) > 1:
                target.append("{" + " ".join(phrase) + "}")
            elif phrase:
                target.append(phrase[0])
            phrase = None
        elif t in ("%", "^"):
            continue
        elif t in ("*", "$", "+"):
            if t == "*":
                stars += 1
                if group is not None or phrase is not None:
                    raise Unconvertible("'*' inside brackets")
            if phrase is not None:
                raise Unconvertible(f"'{t}' inside a noun phrase")
            (group if group is not None else out).append(t)
        else:
            words = convert_words(t, lang, classes, phrase is not None, stats)
            (phrase if phrase is not None else group if group is not None else out).extend(words)
    if group is not None or phrase is not None:
        raise Unconvertible("unbalanced brackets")
    if stars != 1:
        raise Unconvertible("no '*'" if stars == 0 else "more than one '*'")
    if out.count("$") > 1 or out.count("+") > 1:
        raise Unconvertible("more than one '$' or '+'")
    if out == ["*"]:
        raise Unconvertible("pattern is the bare verb")
    return " ".join(out)


def pattern_code(raw: str, stats: collections.Counter, what: str = "pattern") -> str | None:
    """PETRARCH code text -> one code or None (no event).

    `[a:b]` is TABARI's paired code (a: source acts on target, b: the reverse event); vigie keeps
    a. `[:b]` thus has no event for the source: None. A trailing `!` (an editor's mark in a few
    lines) is removed."""
    raw = raw.strip()
    if raw.endswith("!"):
        stats[f"note: {what} code with trailing '!', mark removed"] += 1
        raw = raw.rstrip("!").strip()
    parts = [p.strip() for p in raw.split(":")]
    if len(parts) > 1:
        stats[f"note: {what} [code:code] pair, first code kept"] += 1
        if not parts[0]:
            stats[f"note: {what} [:code] pair, no first code (no event)"] += 1
    return null_code(parts[0])


# ---------------------------------------------------------------------------------------------
# Output


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_list(items: list[str], indent: str, width: int = 100) -> str:
    """A string array, wrapped at `width` columns."""
    one = "[" + ", ".join(toml_str(i) for i in items) + "]"
    if len(indent) + len(one) <= width:
        return one
    lines, cur = [], ""
    for i in items:
        piece = toml_str(i) + ","
        if cur and len(indent) + 2 + len(cur) + 1 + len(piece) > width:
            lines.append(cur)
            cur = piece
        else:
            cur = f"{cur} {piece}" if cur else piece
    if cur:
        lines.append(cur)
    return "[\n" + "".join(f"{indent}  {l}\n" for l in lines) + indent + "]"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", required=True, help="language code of the output (en, es, ...)")
    ap.add_argument("--output", required=True, help="predicates.toml to write")
    ap.add_argument("--codes", default="data/cameo/codes.toml", help="CAMEO code list (default: %(default)s)")
    ap.add_argument("files", nargs="+", help="PETRARCH verb dictionaries (.txt or .txt.gz); on conflict the first file wins")
    args = ap.parse_args()
    lang = args.lang

    with open(args.codes, "rb") as f:
        known = {c["cameo"] for c in tomllib.load(f)["code"]}

    stats: collections.Counter = collections.Counter()
    oddities: list[str] = []
    unknown_codes: collections.Counter = collections.Counter()

    def restore_zero(code: str | None) -> str | None:
        # The Spanish file lost the leading zero of many codes ("52" for "052", "332" for "0332"),
        # as a spreadsheet does; put it back when only the zero-prefixed code exists.
        if code is not None and code not in known and "0" + code in known:
            stats["note: leading zero of a code restored"] += 1
            return "0" + code
        return code
    dicts = [parse(p, lang, stats, oddities) for p in args.files]

    # Classes: union over files (first file's members first), plurals undone per PETRARCH's rules.
    classes: dict[str, list[str]] = {}
    for d in dicts:
        for name, members in d.classes.items():
            cur = classes.setdefault(name, [])
            for m, exact in members:
                w = " ".join(norm_word(x, lang, plural_ok=not exact and name not in d.class_no_plural) for x in m.split())
                if w and w not in cur:
                    cur.append(w)
    class_names = set(classes)

    # Blocks: merged by name across files.
    merged: dict[str, Block] = {}
    for d in dicts:
        for name in d.order:
            b = d.blocks[name]
            if name not in merged:
                merged[name] = Block(name=name, code=b.code)
            m = merged[name]
            if m.code != b.code:
                stats["note: block default code differs between files (first file's kept)"] += 1
                oddities.append(
                    f"block {name}: default [{m.code or '---'}] kept, [{b.code or '---'}] in "
                    f"{os.path.basename(d.path)} applies to that file's lemmas only"
                )
            for lem, eff in b.lemmas.items():
                if lem in m.lemmas and m.lemmas[lem] != eff:
                    stats["note: lemma with another code in a later file (first kept)"] += 1
                m.lemmas.setdefault(lem, eff)
            m.patterns.extend(b.patterns)

    used_classes: set[str] = set()
    out_blocks = []  # (id, lemmas, code, patterns)
    n_raw_patterns = 0
    for name in sorted(merged):
        b = merged[name]
        pats: dict[str, str] = {}
        flats: set[str] = set()
        for rp in b.patterns:
            n_raw_patterns += 1
            code = restore_zero(pattern_code(rp.code, stats))
            if code is None:
                stats["dropped: pattern with null code ([---] or [:code])"] += 1
                if b.code is not None:
                    stats["dropped: pattern with null code ([---] or [:code]) / in a block with a default code"] += 1
                continue
            if code not in known:
                unknown_codes[code] += 1
                stats["dropped: pattern code not in codes.toml"] += 1
                continue
            try:
                p = convert_pattern(rp.text, lang, class_names, stats)
            except Unconvertible as e:
                stats[f"dropped: {e.reason}"] += 1
                continue
            if p in pats:
                if pats[p] != code:
                    stats["dropped: same pattern, other code (first kept)"] += 1
                else:
                    stats["dropped: duplicate pattern"] += 1
                continue
            # "* {technical help}" (PETRARCH-2) and "* technical help" (PETRARCH-1) say the same:
            # the first seen, normally the bracketed one of the first file, is kept.
            flat = re.sub(r"[{}()]", "", p)
            if flat in flats:
                stats["dropped: same words as an earlier pattern, brackets aside"] += 1
                continue
            flats.add(flat)
            pats[p] = code
        for p in pats:
            used_classes.update(re.findall(r"&(\w+)", p))
        default = restore_zero(b.code)
        if default is not None and default not in known:
            unknown_codes[default] += 1
            stats["note: block default code not in codes.toml (block has no default)"] += 1
            default = None
        # Lemmas with their own code become a block of their own with the same patterns.
        groups: dict[str | None, list[str]] = collections.defaultdict(list)
        for lem, c in b.lemmas.items():
            c = restore_zero(c)
            if c is not None and c not in known:
                unknown_codes[c] += 1
                stats["note: lemma whose code (own or its block's) is not in codes.toml (no default)"] += 1
                c = None
            groups[c].append(lem)
        if not b.lemmas:
            stats["dropped: block without lemmas"] += 1
            continue
        first = True
        for c in sorted(groups, key=lambda x: (x != default, x or "")):
            lems = sorted(groups[c])
            bid = name if c == default else f"{name}_{c or 'none'}"
            if c != default:
                stats["note: split block for lemmas with their own code"] += 1
            if c is None and not pats:
                stats["dropped: block with neither code nor patterns"] += 1
                stats["dropped: block with neither code nor patterns / lemmas in them"] += len(lems)
                continue
            out_blocks.append((bid, lems, c, pats, first))
            first = False

    ids = [b[0] for b in out_blocks]
    dup = [i for i, k in collections.Counter(ids).items() if k > 1]
    if dup:
        sys.exit(f"error: duplicate block ids {dup}")

    # ---- write
    cmd = "python3 tools/lexicon/import_petrarch.py " + " ".join(
        shlex.quote(a) for a in sys.argv[1:]
    )
    srcs = []
    for p in args.files:
        srcs.append(f"#   - {os.path.basename(p)} ({p})")
    out = [
        f"# lexicons/{lang}/predicates.toml: predicate lexicon of the tree-based event coder (vigie-events),",
        "# format in the issue 14 notes (verbs, event nouns, patterns, CAMEO codes).",
        "#",
        "# GENERATED FILE, do not edit by hand: regenerate with",
        f"#   {cmd}",
        "#",
        "# Sources (PETRARCH verb dictionaries):",
        *srcs,
        f"#   {LICENCE_NOTE}.",
        "#   Converted by tools/lexicon/import_petrarch.py (see tools/lexicon/README.md for what is",
        "#   dropped and why). CAMEO codes restricted to those of data/cameo/codes.toml.",
        "# light_verbs is written for vigie (not from PETRARCH).",
        "",
        f"language = {toml_str(lang)}",
        "",
        "# Light verbs (project-written list, not from PETRARCH): their object noun, when it is a",
        "# [[noun]] predicate, is the event.",
        f"light_verbs = {toml_list(LIGHT_VERBS.get(lang, []), '')}",
        "",
        "# Word classes (PETRARCH synonym sets) used by the patterns below, as &name.",
        "[classes]",
    ]
    for name in sorted(used_classes):
        out.append(f"{name} = {toml_list(sorted(classes[name]), '')}")
    out.append("")
    n_lemmas = n_pats = 0
    per_root_lem: collections.Counter = collections.Counter()
    per_root_pat: collections.Counter = collections.Counter()
    all_lemmas = set()
    n_copies = 0
    for bid, lems, c, pats, primary in out_blocks:
        out.append("[[verb]]")
        out.append(f"id = {toml_str(bid)}")
        out.append(f"lemmas = {toml_list(lems, '')}")
        if c is not None:
            out.append(f"code = {toml_str(c)}")
            per_root_lem[c[:2]] += len(lems)
        if pats:
            out.append("patterns = [")
            for p, pc in sorted(pats.items(), key=lambda kv: (kv[1], kv[0])):
                out.append(f"  {{ p = {toml_str(p)}, code = {toml_str(pc)} }},")
                if primary:
                    per_root_pat[pc[:2]] += 1
            out.append("]")
        out.append("")
        n_lemmas += len(lems)
        n_pats += len(pats)
        if not primary:
            n_copies += len(pats)
        all_lemmas.update(lems)
    out.append("# [[noun]]: none. The PETRARCH verb dictionaries do not mark event nouns.")
    text = "\n".join(out) + "\n"
    tomllib.loads(text)  # the output must parse
    os.makedirs(os.path.dirname(args.output) or ".", exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)

    # ---- summary
    print(f"import_petrarch: {lang} -> {args.output}")
    print(f"  input: {sum(len(d.blocks) for d in dicts)} blocks, {n_raw_patterns} pattern lines, "
          f"{sum(len(d.classes) for d in dicts)} synonym sets in {len(dicts)} file(s)")
    print(f"  output: {len(out_blocks)} verb blocks, {n_lemmas} lemmas ({len(all_lemmas)} distinct), "
          f"{n_pats} pattern entries ({n_pats - n_copies} distinct, {n_copies} copies in blocks split by "
          f"lemma code), {len(used_classes)} classes (of {len(classes)} defined)")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    if unknown_codes:
        print("  codes not in codes.toml: " + ", ".join(f"{c} x{n}" for c, n in sorted(unknown_codes.items())))
    print("  per CAMEO root: root, lemmas whose default code is in it, distinct patterns coding to it")
    for r in sorted(set(per_root_lem) | set(per_root_pat)):
        print(f"    {r} {per_root_lem[r]:5d} {per_root_pat[r]:5d}")
    if oddities:
        print(f"  oddities ({len(oddities)}):")
        for o in oddities:
            print(f"    {o}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
