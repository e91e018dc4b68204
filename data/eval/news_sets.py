"""Checks and split shared by the news-heldout-N sets (their build.py say which set is which).

A set is a list of PLOVER-GSR-shaped records in all.json. Every check must pass before
anything is written; then a record goes to dev.json when int(sha1(base_id).hexdigest(), 16) % 2
== 0 and to test.json otherwise, where base_id is the id without a trailing "b" (so a "b"
record follows its base and one sentence never sits in both files). `--counts` prints the
Markdown count table of the set's README.
"""
import hashlib
import json
import re
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Spec:
    """What differs between the sets."""
    prefix: str          # id prefix: "NEWS2" → ids NEWS2-FR-001, NEWS2-FR-001b
    langs: dict          # id language tag → language code, in table order
    last_year: int       # dates run from 2014 to this year
    ordered: bool = False  # ids consecutive and dated in order within a language, no repeats

    def id_re(self):
        tags = "|".join(self.langs)
        return re.compile(rf"^{self.prefix}-({tags})-(\d{{3}})(b?)$")

    def date_re(self):
        years = "|".join(str(y) for y in range(2014, self.last_year + 1))
        return rf"^({years})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"


EVENTS = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
          "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST",
          "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT"]
SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "CVL", "JUD", "LEG", "BUS", "LAB", "CRM", ""}
HYPS = {None, "future", "conditional", "possibility", "intent", "prediction"}
KEYS = ["id", "date", "language", "event", "cameo", "source", "target",
        "eventText", "negated", "hypothetical", "text"]


def plover_of(cameo):
    """PLOVER type of a CAMEO code, following CAMEO2PLOVER-2021 with the
    conventions of ../news-heldout/README.md (163 SANCTION, 19x FIGHT,
    appeals 02x and demands 10x DEMAND, 09x INVESTIGATE, 11x DISAPPROVE)."""
    root = cameo[:2]
    if cameo.startswith("08"):
        if cameo[:3] in {"080", "081", "082", "083"} and cameo not in {"0813", "0814"}:
            return "CONCEDE"
        return "RETREAT"
    if cameo == "163":
        return "SANCTION"
    if cameo.startswith("1712") or cameo[:3] == "175":
        return "ASSAULT"
    if cameo[:3] in {"191", "192"}:
        return "COERCE"
    return {"02": "DEMAND", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
            "06": "COOPERATE", "07": "AID", "09": "INVESTIGATE", "10": "DEMAND",
            "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
            "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
            "19": "FIGHT", "20": "ASSAULT"}.get(root)


def check(recs, spec):
    ID_RE = spec.id_re()
    LANGS = spec.langs
    errs = []
    seen = set()
    prev = None
    for r in recs:
        rid = r.get("id", "?")

        def bad(msg):
            errs.append(f"{rid}: {msg}")

        for k in KEYS:
            if k not in r:
                bad(f"missing key {k}")
        extra = set(r) - set(KEYS) - {"comment"}
        if extra:
            bad(f"unknown keys {sorted(extra)}")
        if errs and errs[-1].startswith(rid + ": missing"):
            continue
        m = ID_RE.match(rid)
        if not m:
            bad("bad id")
            continue
        if rid in seen:
            bad("duplicate id")
        seen.add(rid)
        if LANGS[m.group(1)] != r["language"]:
            bad("language does not match id")
        if m.group(3) == "b":
            if prev is None or prev["id"] != rid[:-1] or prev["text"] != r["text"]:
                bad("'b' record does not follow its base with the same text")
            if r["event"] == "NONE":
                bad("'b' record must be an asserted event")
        if not re.match(spec.date_re(), r["date"]):
            bad(f"date outside 2014-{spec.last_year} or malformed")
        text = r["text"]
        ev = r["event"]
        if ev not in EVENTS and ev != "NONE":
            bad(f"unknown event {ev}")
        if r["hypothetical"] not in HYPS:
            bad(f"bad hypothetical {r['hypothetical']}")
        if not isinstance(r["negated"], bool):
            bad("negated must be a boolean")
        cameo = r["cameo"]
        if cameo and not re.match(r"^\d{3,4}$", cameo):
            bad(f"bad cameo {cameo}")
        if ev != "NONE":
            if r["negated"] or r["hypothetical"] is not None:
                bad("asserted event must have negated false and hypothetical null")
            if not cameo or not r["eventText"] or not r["source"]:
                bad("asserted event needs cameo, eventText and a source")
            if cameo and plover_of(cameo) != ev:
                bad(f"cameo {cameo} maps to {plover_of(cameo)}, not {ev}")
        else:
            if cameo:
                if not (r["negated"] or r["hypothetical"]):
                    bad("NONE with an act must be negated or hypothetical")
                if not r["eventText"]:
                    bad("NONE with an act needs eventText")
                if plover_of(cameo) is None:
                    bad(f"unknown cameo root {cameo}")
            else:
                if r["source"] or r["target"] or r["eventText"] or r["negated"] or r["hypothetical"]:
                    bad("background NONE must have empty source/target/eventText and no flags")
        if r["eventText"] and r["eventText"] not in text:
            bad(f"eventText not in text: {r['eventText']!r}")
        for side in ("source", "target"):
            if not isinstance(r[side], list):
                bad(f"{side} must be a list")
                continue
            for act in r[side]:
                if set(act) != {"actorText", "code", "sector"}:
                    bad(f"{side} actor keys {sorted(act)}")
                    continue
                if act["actorText"] not in text:
                    bad(f"{side} actorText not in text: {act['actorText']!r}")
                if not (re.match(r"^[A-Z]{3}$", act["code"]) or act["code"] == "NATO"):
                    bad(f"{side} bad code {act['code']}")
                if act["sector"] not in SECTORS:
                    bad(f"{side} bad sector {act['sector']}")
        prev = r
    if spec.ordered:
        # ids are numbered 001, 002, ... by date within a language; texts are not repeated
        last = {}
        texts = set()
        for r in recs:
            m = ID_RE.match(r.get("id", ""))
            if not m or m.group(3) == "b":
                continue
            lang, num = m.group(1), int(m.group(2))
            pnum, pdate = last.get(lang, (0, ""))
            if num != pnum + 1:
                errs.append(f"{r['id']}: ids not consecutive within {lang}")
            if r["date"] < pdate:
                errs.append(f"{r['id']}: not in date order within {lang}")
            last[lang] = (num, r["date"])
            if r["text"] in texts:
                errs.append(f"{r['id']}: text repeats an earlier sentence")
            texts.add(r["text"])
    return errs


def split_of(rid):
    base = rid[:-1] if rid.endswith("b") else rid
    return int(hashlib.sha1(base.encode()).hexdigest(), 16) % 2


def counts_table(dev, test, spec):
    langs = list(spec.langs.values())
    cols = [(s, l, rs) for s, rs in (("dev", dev), ("test", test)) for l in langs + [None]]
    def sel(recs, lang):
        return [r for r in recs if lang is None or r["language"] == lang]
    head = "| | " + " | ".join(f"{s} {l or 'all'}" for s, l, _ in cols) + " | total |"
    rule = "|---|" + "---:|" * (len(cols) + 1)
    lines = [head, rule]
    def row(name, f):
        vals = [f(sel(rs, l)) for _, l, rs in cols]
        lines.append(f"| {name} | " + " | ".join(str(v) for v in vals) + f" | {f(dev + test)} |")
    row("sentences", lambda rs: sum(1 for r in rs if not r["id"].endswith("b")))
    row("records", len)
    for ev in EVENTS + ["NONE"]:
        row(ev, lambda rs, ev=ev: sum(1 for r in rs if r["event"] == ev))
    row("negated (NONE)", lambda rs: sum(1 for r in rs if r["event"] == "NONE" and r["negated"]))
    for h in ["future", "conditional", "possibility", "intent", "prediction"]:
        row(f"hypothetical={h} (NONE)", lambda rs, h=h: sum(1 for r in rs if r["event"] == "NONE" and r["hypothetical"] == h))
    row("NONE, no act at all", lambda rs: sum(1 for r in rs if r["event"] == "NONE" and not r["cameo"]))
    return "\n".join(lines)


def main(spec, here):
    """Checks `here`/all.json against `spec`, then writes dev.json and test.json."""
    recs = json.loads((here / "all.json").read_text(encoding="utf-8"))
    errs = check(recs, spec)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"{len(errs)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    dev = [r for r in recs if split_of(r["id"]) == 0]
    test = [r for r in recs if split_of(r["id"]) == 1]
    for name, rs in (("dev.json", dev), ("test.json", test)):
        with open(here / name, "w", encoding="utf-8") as f:
            json.dump(rs, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"ok: {len(recs)} records, dev {len(dev)}, test {len(test)}")
    if "--counts" in sys.argv:
        print(counts_table(dev, test, spec))
