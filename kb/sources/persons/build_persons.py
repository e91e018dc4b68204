#!/usr/bin/env python3
"""Build kb/persons.toml from the data files in this folder.

    python3 kb/sources/persons/build_persons.py [--phoenix PATH/Phoenix.Countries.actors.txt]

(--phoenix defaults to ../shared/eval/actors/phoenix/Phoenix.Countries.actors.txt beside the checkout.)

Reads data_*.py (persons with dated roles, written by hand from public record and from the
Phoenix/PETRARCH dictionaries), expands names per language (Cyrillic -> fr/en/de/es/it press
transliterations, ASCII-folded variants, surname alone), and writes ../../persons.toml.
With --phoenix, roles of persons that have an entry in Phoenix.Countries.actors.txt under the
same country get that file named in their `source`.
Checks: valid TOML (tomllib), unique ids, date formats, from <= to, CAMEO code shape.
"""
import argparse
import glob
import importlib.util
import json
import os
import re
import sys
import tomllib
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import model  # noqa: E402
from translit import lang_variants  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "persons.toml"))
LATIN_LANGS = ["en", "fr", "de", "es", "it", "pl"]
CYR_LANGS = ["ru", "uk", "be"]
LANG_ORDER = ["en", "fr", "de", "es", "it", "pl", "uk", "ru", "be"]
PARTICLES = {"von", "der", "van", "den", "de", "da", "di", "del", "della", "la", "le", "bin", "ben",
             "ibn", "abu", "abou", "dos", "du", "ter", "zu",
             "фон", "дер", "ван", "де", "ди", "да", "ле", "бен", "бин", "бін", "ибн", "ібн", "абу"}
PHX = "Phoenix.Countries.actors.txt"

# conventional first names that transliteration cannot produce (exonyms)
FIRST = {
    "Александр": {"en": ["Alexander"], "fr": ["Alexandre"], "de": ["Alexander"],
                  "es": ["Alexander", "Alexandr"], "it": ["Alexander", "Aleksandr"]},
    "Олександр": {"en": ["Alexander", "Olexander"], "fr": ["Alexandre"], "de": ["Olexander", "Alexander"],
                  "es": ["Alexander"], "it": ["Alexander"]},
    "Юрий": {"en": ["Yuri", "Yury"], "fr": ["Iouri"], "de": ["Juri"], "es": ["Yuri"], "it": ["Jurij", "Yuri"]},
    "Михаил": {"es": ["Mijaíl"], "it": ["Michail"]},
    "Сергей": {"es": ["Serguéi", "Sergei"], "it": ["Sergej", "Sergei"], "fr": ["Sergeï"]},
    "Андрей": {"es": ["Andréi"], "it": ["Andrej"]},
    "Алексей": {"es": ["Alexéi", "Alekséi"], "it": ["Aleksej", "Alexei"]},
    "Дмитрий": {"it": ["Dmitrij", "Dmitry"], "es": ["Dmitri", "Dmitry"]},
    "Николай": {"es": ["Nikolái"], "it": ["Nikolaj"]},
    "Виктор": {"de": ["Viktor"], "es": ["Víktor"], "fr": ["Viktor"]},
    "Валерий": {"es": ["Valeri", "Valery"], "it": ["Valerij", "Valery"], "fr": ["Valéri"]},
    "Евгений": {"es": ["Yevgueni", "Evgueni"], "it": ["Evgenij", "Yevgeny"], "en": ["Evgeny", "Yevgeny"]},
    "Владимир": {"es": ["Vladímir"]},
    "Павел": {"de": ["Pavel"]},
}


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d") \
         .replace("Đ", "D").replace("ß", "ss").replace("ı", "i").replace("ʼ", "'").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ru_to_uk_foreign(s):
    """Russian spelling of a NON-Slavic foreign name -> Ukrainian spelling (Эрдоган -> Ердоган)."""
    vow = set("аеєиіїоуюяэыАЕЄИІЇОУЮЯЭЫ")
    out = []
    for i, c in enumerate(s):
        prev = s[i - 1] if i else ""
        start = i == 0 or not prev.isalpha()
        if c in "иИ":
            if prev in vow and not start:
                out.append("ї" if c == "и" else "Ї")
            else:
                out.append("і" if c == "и" else "І")
        elif c == "ы":
            out.append("и")
        elif c == "э":
            out.append("е")
        elif c == "Э":
            out.append("Е")
        elif c == "ё":
            out.append("ьо" if prev and prev not in vow and not start else "йо")
        elif c == "ъ":
            out.append("'")
        else:
            out.append(c)
    return "".join(out)


def surname(name):
    toks = name.split()
    if len(toks) < 2:
        return None
    if len(toks) == 2 and toks[0].lower() in PARTICLES:
        return None  # "Abu Mazen", "bin Salman": a kunya/patronymic, not a surname
    k = len(toks) - 1
    while k > 0 and toks[k - 1].lower() in PARTICLES:
        k -= 1
    if k == 0:
        return None
    sur = " ".join(toks[k:])
    if re.fullmatch(r"[IVXLC]+\.?", sur) or len(sur) < 3:
        return None
    return sur


def add(lst, x):
    if x and x not in lst:
        lst.append(x)


def build_names(pr):
    names = {}
    manual = {l: list(v) for l, v in pr["names"].items()}
    manual["en"] = pr["en"] + manual.get("en", [])
    # Ukrainian spelling of foreign names, derived from the Russian one when not given
    if "ru" in manual and "uk" not in manual and pr["country"] not in ("RUS", "UKR", "BLR"):
        manual["uk"] = [ru_to_uk_foreign(x) for x in manual["ru"]]
    for lang in LANG_ORDER + sorted(set(manual) - set(LANG_ORDER)):
        lst = []
        for x in manual.get(lang, []):
            add(lst, x)
        if pr["copy"] and lang in ("fr", "de", "es", "it"):
            for x in manual["en"]:
                add(lst, x)
        if lang in ("en", "fr", "de", "es", "it"):
            for k, src in enumerate(pr["tr"]):
                cyr = manual.get(src, [])
                if not cyr:
                    continue
                base = cyr[0]
                gen = lang_variants(base, src, lang)[: (8 if k == 0 else 3)]
                first = base.split()[0]
                if k == 0 and first in FIRST and lang in FIRST[first] and len(base.split()) >= 2:
                    sur_v = []
                    for g in gen:
                        sv = g.split(" ", 1)[1]
                        if sv not in sur_v:
                            sur_v.append(sv)
                    for fn in FIRST[first][lang]:
                        for sv in sur_v[:2]:
                            add(lst, fn + " " + sv)
                for g in gen:
                    add(lst, g)
        if lang in LATIN_LANGS:
            for x in list(lst):
                add(lst, fold(x))
        if lang in ("ru", "be"):
            for x in list(lst):
                add(lst, x.replace("ё", "е").replace("Ё", "Е"))
        if lst:
            names[lang] = lst
    # surnames alone
    if not pr["nosur"]:
        for lang, lst in names.items():
            for x in list(lst):
                s = surname(x)
                if s and s not in lst:
                    lst.append(s)
    if pr["drop"]:
        for lang in list(names):
            names[lang] = [x for x in names[lang] if x not in pr["drop"]]
    return names


def load_data():
    for path in sorted(glob.glob(os.path.join(HERE, "data_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    return model.PERSONS


def _phx_date(s):
    """PETRARCH dates: YYMMDD (two-digit year) or YYYYMMDD -> 'YYYY-MM-DD'."""
    if len(s) == 8:
        return f"{s[:4]}-{s[4:6]}-{s[6:]}"
    yy = int(s[:2])
    return f"{2000 + yy if yy <= 30 else 1900 + yy}-{s[2:4]}-{s[4:6]}"


def _phx_role(txt):
    """'[RUSGOV 040309-]' body -> (code, from, to); open ends are None."""
    m = re.match(r"([A-Z]{3,})\s*(.*)", txt.strip())
    if not m:
        return None
    code, rng = m.group(1), m.group(2).strip()
    frm = to = None
    if rng.startswith(">"):
        frm = _phx_date(rng[1:].strip())
    elif rng.startswith("<"):
        to = _phx_date(rng[1:].strip())
    elif "-" in rng:
        a, b = rng.split("-", 1)
        frm, to = _phx_date(a.strip()), _phx_date(b.strip())
    return code, frm, to


def load_phoenix(path):
    """name (and +alias) -> list of (code, from, to) in its block."""
    idx = defaultdict(list)
    cur = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            body = line.split("#")[0]
            roles = [r for r in (_phx_role(x) for x in re.findall(r"\[([^\]]*)\]", body)) if r]
            if line[0] in " \t":
                for n in cur:
                    idx[n].extend(roles)
                continue
            name = re.sub(r"\[.*", "", body).strip().lstrip("+").strip().rstrip("_").strip()
            if line.startswith("+"):
                cur.append(name)
            else:
                cur = [name]
            for n in cur:
                idx[n].extend(roles)
    return idx


def phx_supports(phx_roles, role, prefix):
    """A Phoenix role of the same country whose period overlaps this role's period."""
    rf = role["frm"] or "0000"
    rt = role["to"] or "9999"
    if rf >= "2018":  # the dictionaries stop around 2014-2017: no support for later roles
        return False
    for code, f, t in phx_roles:
        if not code.startswith(prefix) or code[3:6] in ("ELI", "OPP", "PTY"):
            continue
        if (f or "0000") <= rt and (t or "9999") >= rf:
            return True
    return False


def key(name):
    return re.sub(r"[^A-Z0-9]+", "_", fold(name).upper()).strip("_")


DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def q(s):
    return json.dumps(s, ensure_ascii=False)


HEADER = """\
# kb/persons.toml — persons (heads of state and government, foreign and defence ministers, chiefs
# of staff, security and war figures, heads of international organisations) with dated roles.
#
# GENERATED by kb/sources/persons/build_persons.py from kb/sources/persons/data_*.py — edit the
# data files and re-run the script; do not edit this file by hand.
#
# Sources and licences:
#  - Phoenix/PETRARCH actor dictionaries (Phoenix.Countries.actors.txt), Open Event Data
#    Alliance, MIT licence (openeventdata/petrarch2): used as a source of facts (who held which
#    office, until about 2014-2017). Roles of persons found there name it in `source`.
#  - Public record (Wikipedia/Wikidata-level facts), as of 2025, written by hand: roles after
#    2014, dates, and the spelling of names in each language. Facts are not copyrightable; no
#    text was copied from Wikipedia.
#  - Name variants per language are partly generated (kb/sources/persons/translit.py): Cyrillic
#    -> French/English/German/Spanish/Italian press transliterations, ASCII-folded variants,
#    surname alone.
#
# Conventions: `to` omitted = in office as of the last check (2025). Dates YYYY-MM-DD, or YYYY-MM /
# YYYY when the day is not known. `cameo` = code of the most recent role. A `note` flags
# ambiguous aliases (surname shared with another person or a common word) and offices whose
# status after 2025 was not verified. Russian and Ukrainian names are given in the nominative only.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--phoenix", help="path to Phoenix.Countries.actors.txt")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    if not args.phoenix:
        default = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "eval", "actors",
                                                "phoenix", "Phoenix.Countries.actors.txt"))
        if os.path.exists(default):
            args.phoenix = default
        else:
            print("warning: Phoenix.Countries.actors.txt not found; roles will not cite it", file=sys.stderr)
    persons = load_data()
    phx = load_phoenix(args.phoenix) if args.phoenix else None
    errors = []
    seen = set()
    built = []
    for pr in persons:
        pid = "person:" + pr["slug"]
        if not re.fullmatch(r"person:[a-z0-9_]+", pid):
            errors.append(f"bad id {pid}")
        if pid in seen:
            errors.append(f"duplicate id {pid}")
        seen.add(pid)
        if not pr["roles"]:
            errors.append(f"{pid}: no roles")
        for r in pr["roles"]:
            for k in ("frm", "to"):
                if r[k] is not None and not DATE.match(r[k]):
                    errors.append(f"{pid}: bad date {r[k]}")
            if r["to"] and r["frm"] and r["to"] < r["frm"][:len(r["to"])]:
                errors.append(f"{pid}: to < from in {r}")
            if not re.fullmatch(r"[A-Z]{2,}", r["code"]):
                errors.append(f"{pid}: bad code {r['code']}")
        names = build_names(pr)
        if not names.get("en"):
            errors.append(f"{pid}: no English name")
        phx_hit = None
        prefix = pr["country"] if pr["country"] != "XKX" else "KSV"
        if phx is not None:
            for n in names.get("en", []):
                if len(n.split()) < 2:
                    continue
                roles_phx = phx.get(key(n), [])
                if any(c.startswith(prefix) for c, _, _ in roles_phx):
                    phx_hit = (key(n), roles_phx)
                    break
        built.append((pid, pr, names, phx_hit))

    # aliases shared by several persons (same language, case/diacritics-insensitive)
    owners = defaultdict(set)
    for pid, pr, names, _ in built:
        for lang, lst in names.items():
            for x in lst:
                owners[fold(x).lower()].add(pid)
    out = [HEADER]
    group = None
    n_roles = 0
    countries = set()
    for pid, pr, names, phx_hit in built:
        if pr["group"] != group:
            group = pr["group"]
            out.append(f"\n# {'=' * 20} {group} {'=' * 20}\n")
        notes = []
        if pr["note"]:
            notes.append(pr["note"])
        if pr["ambsur"]:
            notes.append(f"surname alone ambiguous ({pr['ambsur']})")
        shared = {}
        for lang, lst in names.items():
            for x in lst:
                others = owners[fold(x).lower()] - {pid}
                if others:
                    shared.setdefault(x if lang == "en" or fold(x) not in shared else fold(x), others)
        if shared:
            # keep one spelling per folded alias, report it once
            seen_f = {}
            for alias, others in shared.items():
                seen_f.setdefault(fold(alias).lower(), (alias, others))
            parts = [f"{a} (also {', '.join(sorted(o))})" for a, o in seen_f.values()]
            notes.append("alias shared with another person: " + "; ".join(parts[:6]))
        if pr["unsure"]:
            notes.append("status after 2025 unverified")
        roles = sorted(pr["roles"], key=lambda r: r["frm"] or "")
        last = roles[-1]
        current = [r for r in roles if r["to"] is None]
        cameo = (current[-1] if current else max(roles, key=lambda r: r["to"]))["code"]
        out.append("[[actor]]")
        out.append(f"id = {q(pid)}")
        out.append('type = "person"')
        out.append(f"cameo = {q(cameo)}")
        if pr["q"]:
            out.append(f"wikidata = {q(pr['q'])}")
        out.append(f"country = {q(pr['country'])}")
        countries.add(pr["country"])
        if notes:
            out.append(f"note = {q('; '.join(notes))}")
        out.append("")
        out.append("[actor.names]")
        for lang in LANG_ORDER + sorted(set(names) - set(LANG_ORDER)):
            if lang in names:
                out.append(f"{lang} = [{', '.join(q(x) for x in names[lang])}]")
        for r in roles:
            n_roles += 1
            src = r["src"]
            prefix = pr["country"] if pr["country"] != "XKX" else "KSV"
            if phx_hit and r["code"].startswith(prefix) and PHX not in src and \
                    phx_supports(phx_hit[1], r, prefix):
                src = f"{PHX} (entry {phx_hit[0]}); {src}"
            out.append("")
            out.append("[[actor.roles]]")
            out.append(f"code = {q(r['code'])}")
            out.append(f"title = {q(r['title'])}")
            if r["frm"]:
                out.append(f"from = {q(r['frm'])}")
            if r["to"]:
                out.append(f"to = {q(r['to'])}")
            out.append(f"source = {q(src)}")
        out.append("")
    text = "\n".join(out) + "\n"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        errors.append(f"TOML error: {e}")
        data = None
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {args.out}: {len(data['actor'])} persons, {n_roles} roles, "
          f"{len(countries)} countries/orgs: {' '.join(sorted(countries))}")


if __name__ == "__main__":
    main()
