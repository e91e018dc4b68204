"""Tiny DSL for the persons data files (data_*.py). See the "persons" section of kb/README.md."""

PERSONS = []
_GROUP = ["(ungrouped)"]

W = "public record (Wikipedia/Wikidata), as of 2025"


def group(name):
    """Start a section (a country or region); emitted as a comment in kb/persons.toml."""
    _GROUP[0] = name


def R(code, title, frm, to=None, src=W):
    """A dated role. code: CAMEO code; frm/to: YYYY-MM-DD, YYYY-MM or YYYY; to=None: current."""
    return dict(code=code, title=title, frm=frm, to=to, src=src)


def _list(x):
    if x is None:
        return []
    if isinstance(x, str):
        return [x]
    return list(x)


def p(slug, country, *en, q=None, tr=None, roles=(), nosur=False, ambsur=None, note=None,
      unsure=False, copy=None, drop=(), **names):
    """One person.

    slug     -> id "person:<slug>"
    country  -> ISO 3166-1 alpha-3 (XKX for Kosovo)
    en       -> English names, canonical first
    q        -> Wikidata QID (only when known with confidence)
    tr       -> Cyrillic source(s) to transliterate from: "ru", "uk", "be" or a tuple
    names    -> fr=..., de=..., es=..., it=..., pl=..., ru=..., uk=..., be=... (str or list)
    nosur    -> do not add the surname alone automatically (common word / shared surname)
    ambsur   -> the surname alone is added but flagged in the note as ambiguous
    unsure   -> adds "status after 2025 unverified" to the note
    copy     -> copy English names to fr/de/es/it (default: True unless tr is set)
    drop     -> generated aliases to remove (e.g. an ASCII fold that is a common word)
    """
    PERSONS.append(dict(
        slug=slug, country=country, en=list(en), q=q,
        tr=(tr,) if isinstance(tr, str) else tuple(tr or ()),
        roles=list(roles), nosur=nosur, ambsur=ambsur, note=note, unsure=unsure,
        copy=(not tr) if copy is None else copy,
        names={k: _list(v) for k, v in names.items()},
        group=_GROUP[0], drop=set(drop),
    ))
