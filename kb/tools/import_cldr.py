#!/usr/bin/env python3
"""Build kb/countries.toml: one [[actor]] per ISO 3166-1 country or territory (plus Kosovo).

Run from the repository root:

    pip install babel            # Babel ships the Unicode CLDR data (tested: Babel 2.18.0 = CLDR 47)
    python3 kb/tools/import_cldr.py

The output is deterministic (same inputs, same bytes) and is checked before it is written:
it must parse with tomllib, ids must be unique, and every code used in kb/sources/ must be known.

Inputs (all under kb/sources/, see kb/README.md, section "countries"):

    iso3166.tsv              alpha-2, alpha-3, numeric codes and ISO short name of every country;
                             the actor list. Refresh with --refresh-iso (needs `pip install pycountry`).
    cldr_alt_names.tsv       CLDR "short" and "variant" territory names (UK, US, Czech Republic…).
                             Babel drops CLDR's alt="…" names, so they are kept as a snapshot taken
                             from cldr-json of the same CLDR version. Refresh with --cldr-json DIR
                             (DIR = an unpacked `npm pack cldr-localenames-full@<CLDR version>`).
    aliases/<lang>.tsv       curated names CLDR lacks (press forms, former names, inflected forms).
    demonyms/<lang>.tsv      curated adjectives and demonyms in all their inflections.
    wikidata_countries.tsv   curated Wikidata QIDs.
    cameo_exceptions.tsv     actors whose CAMEO code is not their alpha-3 (Kosovo, Timor-Leste,
                             dependent territories as coded by the Phoenix dictionary).
    ambiguous_countries.tsv  actors whose names are also common words / other entities.

Main names come from Babel at run time (Locale(lang).territories), so the CLDR data is never copied
into the repository except for the small alt-name snapshot.

Spelling variants are added mechanically, right after the form they derive from:
  * apostrophes: ' ’ (and ʼ for Ukrainian) are interchangeable;
  * en: "A & B" -> "A and B"; "St. X" -> "Saint X", "St X";
  * fr: an initial/capital accented letter may be written without its accent (É -> E, Î -> I…),
    as French headlines and wires often do ("Etats-Unis", "Egyptien");
  * de: ß -> ss (Swiss spelling);
  * ru: ё -> е (Russian press rarely writes ё).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

LANGS = ["en", "fr", "de", "es", "it", "uk", "ru"]

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "kb" / "sources"
OUT = ROOT / "kb" / "countries.toml"

# Kosovo: not in ISO 3166-1. XK is the user-assigned alpha-2 used by CLDR, the EU and others;
# XKX the matching alpha-3 (EU, World Bank). Kept in iso3166.tsv with status "user-assigned".
KOSOVO = ("XK", "XKX", "", "user-assigned", "Kosovo")

TOML_HEADER_NAME = "kb/countries.toml"


# ----------------------------------------------------------------------------- reading sources

def read_tsv(path: Path, ncols: int | None = None) -> list[list[str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if ncols is not None and len(cols) != ncols:
            sys.exit(f"{path}:{n}: expected {ncols} tab-separated columns, got {len(cols)}")
        rows.append(cols)
    return rows


def read_forms(path: Path, known: set[str]) -> dict[str, list[str]]:
    """ISO3<TAB>form|form|… ; several lines per ISO3 are merged in order."""
    out: dict[str, list[str]] = {}
    if not path.exists():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        iso3, sep, rest = line.partition("\t")
        if not sep:
            sys.exit(f"{path}:{n}: expected ISO3<TAB>form|form")
        if iso3 not in known:
            sys.exit(f"{path}:{n}: unknown ISO3 code {iso3!r}")
        forms = [f.strip() for f in rest.split("|")]
        if any(not f for f in forms):
            sys.exit(f"{path}:{n}: empty form")
        out.setdefault(iso3, []).extend(forms)
    return out


def load_iso(path: Path) -> list[tuple[str, str, str, str, str]]:
    rows = [tuple(r) for r in read_tsv(path, 5)]
    return rows  # (alpha2, alpha3, numeric, status, name)


def refresh_iso(path: Path) -> None:
    import pycountry  # type: ignore

    version = getattr(pycountry, "__version__", None)
    if version is None:
        from importlib.metadata import version as _v
        version = _v("pycountry")
    rows = sorted((c.alpha_2, c.alpha_3, c.numeric, "official", c.name) for c in pycountry.countries)
    lines = [
        "# kb/sources/iso3166.tsv — ISO 3166-1 country codes: the list of country actors.",
        f"# Source: pycountry {version} (data from Debian iso-codes, LGPL-2.1-only); the codes",
        "# themselves are facts from ISO 3166-1. Regenerate: python3 kb/tools/import_cldr.py --refresh-iso",
        "# Columns: alpha2, alpha3, numeric, status (official | user-assigned), ISO short name (English).",
        "# Kosovo (XK/XKX) is not in ISO 3166-1; it is added as user-assigned (codes used by CLDR, EU, World Bank).",
    ]
    lines += ["\t".join(r) for r in rows]
    lines.append("\t".join(KOSOVO))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(rows) + 1} rows)")


def refresh_cldr_alt(cldr_json: Path, path: Path, codes: set[str]) -> None:
    pkg = json.loads((cldr_json / "package.json").read_text(encoding="utf-8"))
    version = pkg.get("cldrVersion") or pkg["version"]
    rows = []
    for lang in LANGS:
        data = json.loads((cldr_json / "main" / lang / "territories.json").read_text(encoding="utf-8"))
        terr = data["main"][lang]["localeDisplayNames"]["territories"]
        for key, name in sorted(terr.items()):
            code, sep, alt = key.partition("-alt-")
            if sep and code in codes:
                rows.append((lang, code, alt, name))
    lines = [
        "# kb/sources/cldr_alt_names.tsv — CLDR alternative territory names (alt=\"short\", \"variant\", …).",
        f"# Source: Unicode CLDR {version}, cldr-json package {pkg['name']}@{pkg['version']}",
        "# (main/<lang>/territories.json). © Unicode, Inc.; Unicode License v3.",
        "# Babel leaves these out, so they are kept here. Regenerate with",
        "#   python3 kb/tools/import_cldr.py --cldr-json <unpacked cldr-localenames-full>",
        f"# cldr-version\t{version}",
        "# Columns: lang, alpha2, alt type, name.",
    ]
    lines += ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(rows)} rows, CLDR {version})")


def cldr_alt_version(path: Path) -> str | None:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# cldr-version\t"):
            return line.split("\t", 1)[1].strip()
    return None


# ----------------------------------------------------------------------------- variants

APOS = {"'", "\u2019", "\u02bc"}
FR_DEACCENT = str.maketrans({"É": "E", "È": "E", "Ê": "E", "Ë": "E", "À": "A", "Â": "A",
                             "Î": "I", "Ï": "I", "Ô": "O", "Û": "U", "Ù": "U", "Ç": "C"})


def variants(lang: str, form: str) -> list[str]:
    """The form itself followed by its mechanical spelling variants."""
    out = [form]

    def add(x: str) -> None:
        if x not in out:
            out.append(x)

    if lang == "en":
        if " & " in form:
            add(form.replace(" & ", " and "))
        for f in list(out):
            if f.startswith("St. ") or " St. " in f:
                add(f.replace("St. ", "Saint "))
                add(f.replace("St. ", "St "))
    elif lang == "fr":
        add(form.translate(FR_DEACCENT))
    elif lang == "de":
        if "ß" in form:
            add(form.replace("ß", "ss"))
    elif lang == "ru":
        if "ё" in form or "Ё" in form:
            add(form.replace("ё", "е").replace("Ё", "Е"))
    aps = ["'", "\u2019", "\u02bc"] if lang == "uk" else ["'", "\u2019"]
    for f in list(out):
        if any(a in f for a in APOS):
            base = f.replace("\u2019", "'").replace("\u02bc", "'")
            for a in aps:
                add(base.replace("'", a))
    return out


def expand(lang: str, forms: list[str]) -> list[str]:
    out: list[str] = []
    for f in forms:
        for v in variants(lang, f):
            if v not in out:
                out.append(v)
    return out


# ----------------------------------------------------------------------------- TOML output

def q(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    if any(ord(c) < 0x20 for c in s):
        raise ValueError(f"control character in {s!r}")
    return f'"{s}"'


def toml_array(key: str, items: list[str], width: int = 100) -> str:
    one = f"{key} = [" + ", ".join(q(x) for x in items) + "]"
    if len(one) <= width:
        return one
    lines = [f"{key} = ["]
    cur = "  "
    for x in items:
        piece = q(x) + ","
        if len(cur) + len(piece) + 1 > width and cur.strip():
            lines.append(cur.rstrip())
            cur = "  "
        cur += piece + " "
    if cur.strip():
        lines.append(cur.rstrip())
    lines.append("]")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- main

def build(args: argparse.Namespace) -> None:
    import babel
    from babel import Locale
    from babel.core import get_global

    iso_path = SRC / "iso3166.tsv"
    alt_path = SRC / "cldr_alt_names.tsv"
    countries = load_iso(iso_path)
    codes2 = {r[0] for r in countries}
    known3 = {r[1] for r in countries}

    if args.cldr_json:
        refresh_cldr_alt(Path(args.cldr_json), alt_path, codes2)

    babel_version = babel.__version__
    try:
        cldr_version = str(get_global("cldr")["version"])
    except (KeyError, TypeError):
        cldr_version = "?"
    alt_version = cldr_alt_version(alt_path)
    if alt_version != cldr_version:
        print(f"warning: {alt_path.name} is from CLDR {alt_version}, Babel {babel_version} ships CLDR "
              f"{cldr_version}; refresh it with --cldr-json", file=sys.stderr)

    territories = {lang: Locale.parse(lang).territories for lang in LANGS}
    alt_names: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for lang, code, alt, name in read_tsv(alt_path, 4):
        alt_names.setdefault((lang, code), []).append((alt, name))

    aliases = {lang: read_forms(SRC / "aliases" / f"{lang}.tsv", known3) for lang in LANGS}
    demonyms = {lang: read_forms(SRC / "demonyms" / f"{lang}.tsv", known3) for lang in LANGS}

    wikidata = {}
    for iso3, qid, _label in read_tsv(SRC / "wikidata_countries.tsv", 3):
        if iso3 not in known3:
            sys.exit(f"wikidata_countries.tsv: unknown ISO3 {iso3}")
        if not (qid.startswith("Q") and qid[1:].isdigit()):
            sys.exit(f"wikidata_countries.tsv: bad QID {qid} for {iso3}")
        if iso3 in wikidata:
            sys.exit(f"wikidata_countries.tsv: duplicate {iso3}")
        wikidata[iso3] = qid
    if len(set(wikidata.values())) != len(wikidata):
        sys.exit("wikidata_countries.tsv: a QID is used twice")

    cameo_exc = {}
    for iso3, cameo, note in read_tsv(SRC / "cameo_exceptions.tsv", 3):
        if iso3 not in known3:
            sys.exit(f"cameo_exceptions.tsv: unknown ISO3 {iso3}")
        cameo_exc[iso3] = (cameo, note)

    ambiguous = {}
    for iso3, note in read_tsv(SRC / "ambiguous_countries.tsv", 2):
        if iso3 not in known3:
            sys.exit(f"ambiguous_countries.tsv: unknown ISO3 {iso3}")
        ambiguous[iso3] = note

    stats = {"names": {l: 0 for l in LANGS}, "adjectives": {l: 0 for l in LANGS},
             "adj_actors": {l: 0 for l in LANGS}}
    blocks = []
    adjective_owner: dict[tuple[str, str], str] = {}
    collisions = []
    for alpha2, alpha3, _num, status, iso_name in sorted(countries, key=lambda r: r[1]):
        names: dict[str, list[str]] = {}
        for lang in LANGS:
            forms = []
            main = territories[lang].get(alpha2)
            if main:
                forms.append(main)
            forms += [n for _alt, n in alt_names.get((lang, alpha2), [])]
            forms += aliases[lang].get(alpha3, [])
            forms = expand(lang, forms)
            if forms:
                names[lang] = forms
                stats["names"][lang] += len(forms)
        if "en" not in names:
            sys.exit(f"no English name for {alpha3}")
        adjs: dict[str, list[str]] = {}
        for lang in LANGS:
            forms = expand(lang, demonyms[lang].get(alpha3, []))
            if forms:
                adjs[lang] = forms
                stats["adjectives"][lang] += len(forms)
                stats["adj_actors"][lang] += 1
                for f in forms:
                    prev = adjective_owner.setdefault((lang, f), alpha3)
                    if prev != alpha3:
                        collisions.append(f"{lang} {f!r}: {prev} and {alpha3}")

        cameo, cameo_note = cameo_exc.get(alpha3, (alpha3, None))
        notes = []
        if status != "official":
            notes.append(f"Not in ISO 3166-1: {alpha2}/{alpha3} are user-assigned codes.")
        if alpha3 in ambiguous:
            notes.append(ambiguous[alpha3])
        if cameo_note:
            notes.append(f"CAMEO code {cameo}: {cameo_note}.")

        lines = ["[[actor]]", f"id = {q(alpha3)}", 'type = "country"', f"cameo = {q(cameo)}"]
        if alpha3 in wikidata:
            lines.append(f"wikidata = {q(wikidata[alpha3])}")
        lines.append(f"iso2 = {q(alpha2)}")
        if alpha3 in ambiguous:
            lines.append("ambiguous = true")
        if notes:
            lines.append(f"note = {q(' '.join(notes))}")
        lines += ["", "[actor.names]"]
        lines += [toml_array(lang, names[lang]) for lang in LANGS if lang in names]
        if adjs:
            lines += ["", "[actor.adjectives]"]
            lines += [toml_array(lang, adjs[lang]) for lang in LANGS if lang in adjs]
        blocks.append("\n".join(lines))

    if collisions:
        sys.exit("the same adjective form is given to two actors:\n  " + "\n  ".join(collisions))

    n_wd = sum(1 for r in countries if r[1] in wikidata)
    header = f"""# {TOML_HEADER_NAME} — generated by kb/tools/import_cldr.py (CLDR via Babel, Unicode licence)
# Do not edit by hand: edit kb/sources/ and run `python3 kb/tools/import_cldr.py` from the repository root.
#
# Sources and licences:
#   names (main)        Unicode CLDR {cldr_version} territory names, read through Babel {babel_version}
#                       (Babel: BSD-3-Clause; CLDR data: © Unicode, Inc., Unicode License v3)
#   names (short/variant) kb/sources/cldr_alt_names.tsv: CLDR {alt_version} alt names (Unicode License v3)
#   names (other)       kb/sources/aliases/<lang>.tsv: curated for vigie (press forms, former names,
#                       inflected forms for de/ru/uk)
#   adjectives          kb/sources/demonyms/<lang>.tsv: curated for vigie, all inflections written out
#   id, iso2            ISO 3166-1 alpha-3 / alpha-2, kb/sources/iso3166.tsv (list from pycountry, i.e. Debian
#                       iso-codes, LGPL-2.1; codes are facts). Kosovo: user-assigned XK/XKX.
#   cameo               alpha-3, except kb/sources/cameo_exceptions.tsv (Phoenix.Countries.actors.txt, MIT)
#   wikidata            kb/sources/wikidata_countries.tsv: curated QIDs (Wikidata is CC0)
#   ambiguous, note     kb/sources/ambiguous_countries.tsv: curated for vigie
#
# {len(countries)} actors; {n_wd} with a Wikidata QID; {len(ambiguous)} marked ambiguous.
# Mechanical spelling variants (apostrophes, en '&'/'St.', fr unaccented capitals, de ß/ss, ru ё/е) are
# added next to the form they derive from; see the script's docstring.
"""
    text = header + "\n" + "\n\n".join(blocks) + "\n"

    data = tomllib.loads(text)
    ids = [a["id"] for a in data["actor"]]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate ids")
    for a in data["actor"]:
        for table in ("names", "adjectives"):
            for lang, forms in a.get(table, {}).items():
                if len(forms) != len(set(forms)):
                    sys.exit(f"{a['id']}: duplicate {table}.{lang}")

    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            sys.exit(f"{OUT} is out of date: run python3 kb/tools/import_cldr.py")
        print(f"{OUT} is up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(ids)} actors, {n_wd} with wikidata, {len(ambiguous)} ambiguous")
    print("names per language:     " + ", ".join(f"{l} {stats['names'][l]}" for l in LANGS))
    print("adjective forms:        " + ", ".join(f"{l} {stats['adjectives'][l]}" for l in LANGS))
    print("actors with adjectives: " + ", ".join(f"{l} {stats['adj_actors'][l]}" for l in LANGS))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--refresh-iso", action="store_true",
                   help="rewrite kb/sources/iso3166.tsv from pycountry, then build")
    p.add_argument("--cldr-json", metavar="DIR",
                   help="rewrite kb/sources/cldr_alt_names.tsv from an unpacked cldr-localenames-full package")
    p.add_argument("--check", action="store_true",
                   help="do not write; fail if kb/countries.toml differs from what would be generated")
    args = p.parse_args()
    if args.refresh_iso:
        refresh_iso(SRC / "iso3166.tsv")
    build(args)


if __name__ == "__main__":
    main()
