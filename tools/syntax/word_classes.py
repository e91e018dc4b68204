#!/usr/bin/env python3
"""Word classes of a language's forms from lexical resources, for the syntax tagger.

Writes a TSV of `form<TAB>UPOS` lines (lowercase forms; a form may have several lines) that
`vigie train syntax --lexicon FILE` turns into a feature of the UPOS tagger: which open
classes a word can belong to. A word the treebank never saw still gets this hint ("russe" is
an adjective or a noun, never a verb form), which is what a tagger trained on 50,000 words
lacks on news text. The model stores only hashes of the forms; this file is not committed.

Usage (from the repository root):
  python3 tools/syntax/word_classes.py fr --lefff PATH/conjugations.json > /tmp/fr.classes.tsv
  python3 tools/syntax/word_classes.py en --wordnet /usr/share/wordnet > /tmp/en.classes.tsv

Sources (read in place, never copied into the project):
  fr: WOLF, the French WordNet (../shared/lexical/omw/fra_wn-data-fra.tab.gz, CeCILL-C) and
      the Wiktionary wordnet of OMW (../shared/lexical/omw/wikt_wn-wikt-fra.tab.gz, CC BY-SA):
      lemmas by synset part of speech (n, v, a/s, r), inflected here by the regular rules of
      French plural and feminine; every conjugated form of the Lefff verbs from the npm package
      french-verbs-lefff 3.4.0 (dist/conjugations.json, LGPL-LR).
  en: Princeton WordNet 3.0 (Debian package wordnet-base: data.noun/verb/adj/adv and the .exc
      exception lists, WordNet 3.0 licence), inflected by the regular English rules.
  Both: a wordnet lemma written with a capital ("États-Unis", "United_States") is a PROPN; the
      adjectives of the project's knowledge base (kb/*.toml) are ADJ and its one-word names
      PROPN.
"""
import argparse
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
POS = {"n": "NOUN", "v": "VERB", "a": "ADJ", "s": "ADJ", "r": "ADV"}
# Wordnets list proper names among their nouns ("États-Unis", "United_States"): a lemma written
# with a capital is a proper noun (UD's PROPN), not a common one.


def noun_class(written):
    return "PROPN" if written[:1].isupper() else "NOUN"


def single_word(w):
    return w and " " not in w and "_" not in w and not any(c.isdigit() for c in w)


def fr_plural(w):
    if w.endswith(("s", "x", "z")):
        return [w]
    if w.endswith("al"):
        return [w[:-2] + "aux", w + "s"]
    if w.endswith(("eau", "au", "eu")):
        return [w + "x", w + "s"]
    return [w + "s"]


def fr_feminine(w):
    if w.endswith("e"):
        return [w]
    for masc, fem in (("eux", "euse"), ("if", "ive"), ("el", "elle"), ("en", "enne"),
                      ("on", "onne"), ("er", "ère"), ("et", "ette"), ("eur", "euse"),
                      ("teur", "trice"), ("c", "que")):
        if w.endswith(masc):
            return [w[: -len(masc)] + fem, w + "e"]
    return [w + "e"]


def french(lefff):
    out = set()
    # Lefff first: every conjugated form, infinitives included.
    with open(lefff, encoding="utf-8") as f:
        verbs = json.load(f)
    verb_forms = set()
    for inf, tenses in verbs.items():
        inf = inf.lower()
        if single_word(inf):
            verb_forms.add(inf)
        for forms in tenses.values():
            for form in forms:
                form = (form or "").lower()
                if form != "na" and single_word(form):
                    verb_forms.add(form)
    out.update((v, "VERB") for v in verb_forms)
    # Wordnet lemmas by source: (lemma, class) → (WOLF synsets, Wiktionary synsets).
    seen = {}
    for k, name in enumerate(("fra_wn-data-fra.tab.gz", "wikt_wn-wikt-fra.tab.gz")):
        with gzip.open(os.path.join(SHARED, "lexical", "omw", name), "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3 or not parts[1].endswith(":lemma"):
                    continue
                pos = POS.get(parts[0].rsplit("-", 1)[-1])
                written = parts[2].strip()
                lemma = written.lower()
                if not pos or not single_word(lemma):
                    continue
                if written[:1].isupper():
                    pos = "PROPN"
                counts = seen.setdefault((lemma, pos), [0, 0])
                counts[k] += 1
    for (lemma, pos), (wolf, wikt) in sorted(seen.items()):
        # WOLF was built automatically: a reading that makes a verb form something else
        # ("frapper" as a noun, from one WOLF synset) needs Wiktionary's agreement or more
        # than one synset ("pouvoir", "dîner" and "rire" are nouns in both).
        if pos != "VERB" and lemma in verb_forms and wikt == 0 and wolf < 2:
            continue
        out.add((lemma, pos))
        if pos == "NOUN":
            out.update((p, pos) for p in fr_plural(lemma))
        elif pos == "ADJ":
            for fem in fr_feminine(lemma):
                out.add((fem, pos))
                out.update((p, pos) for p in fr_plural(fem))
            out.update((p, pos) for p in fr_plural(lemma))
    return out


def en_inflect(w, pos):
    forms = [w]
    if pos == "NOUN" or pos == "VERB":
        if w.endswith(("s", "x", "z", "ch", "sh")):
            forms.append(w + "es")
        elif w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
            forms.append(w[:-1] + "ies")
        else:
            forms.append(w + "s")
    if pos == "VERB":
        stem = w[:-1] if w.endswith("e") else w
        if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
            forms.append(w[:-1] + "ied")
        else:
            forms.append(stem + "ed")
        if not w.endswith("ee"):
            forms.append(stem + "ing")
        else:
            forms.append(w + "ing")
    return forms


def english(wordnet):
    out = set()
    for pos_name, pos in (("noun", "NOUN"), ("verb", "VERB"), ("adj", "ADJ"), ("adv", "ADV")):
        # data.*: "offset lexfile pos count word lex_id word lex_id …", words as written.
        with open(os.path.join(wordnet, "data." + pos_name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split(" ")
                count = int(fields[3], 16)
                for k in range(count):
                    written = fields[4 + 2 * k].split("(", 1)[0]
                    lemma = written.lower()
                    if not single_word(lemma):
                        continue
                    if written[:1].isupper():
                        out.add((lemma, "PROPN"))
                    else:
                        out.update((x, pos) for x in en_inflect(lemma, pos))
        exc = os.path.join(wordnet, pos_name + ".exc")
        if os.path.exists(exc):
            with open(exc, encoding="utf-8") as f:
                for line in f:
                    form = line.split(" ", 1)[0].lower()
                    if single_word(form):
                        out.add((form, pos))
    return out


def knowledge_base(lang):
    """Adjectives of the project's knowledge base (`kb/*.toml`, `[actor.adjectives]`: "biélorusse",
    "Belarusian") as ADJ, and its one-word names as PROPN: the demonyms and names news text is
    full of, which the wordnets list only in part."""
    import tomllib
    out = set()
    kb = os.path.join(HERE, "..", "..", "kb")
    for name in sorted(os.listdir(kb)):
        if not name.endswith(".toml"):
            continue
        with open(os.path.join(kb, name), "rb") as f:
            data = tomllib.load(f)
        for actor in data.get("actor", []):
            for adj in actor.get("adjectives", {}).get(lang, []):
                if single_word(adj.lower()) and not adj[:1].isupper():
                    out.add((adj.lower(), "ADJ"))
            for written in actor.get("names", {}).get(lang, []):
                if single_word(written.lower()) and written[:1].isupper() and not written.isupper():
                    out.add((written.lower(), "PROPN"))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lang", choices=["fr", "en"])
    ap.add_argument("--lefff", help="french-verbs-lefff's dist/conjugations.json (fr)")
    ap.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet dict folder (en)")
    a = ap.parse_args()
    if a.lang == "fr":
        if not a.lefff:
            ap.error("fr needs --lefff")
        pairs = french(a.lefff)
    else:
        pairs = english(a.wordnet)
    pairs |= knowledge_base(a.lang)
    for form, pos in sorted(pairs):
        sys.stdout.write(f"{form}\t{pos}\n")
    print(f"{len(pairs)} (form, class) pairs, {len({f for f, _ in pairs})} forms", file=sys.stderr)


if __name__ == "__main__":
    main()
