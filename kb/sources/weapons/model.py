"""Tiny DSL for kb/sources/weapons/data_*.py (read by kb/tools/build_weapons.py).

W(slug, canonical, country, names, ...) declares one weapon system:
- names: language-neutral press forms (designations, Latin names), listed for en fr de es it;
- en/fr/de/es/it: extra forms for that language only (English plurals, "Dôme de fer");
- ru/uk: Cyrillic forms, usually built with the declension helpers below (all case forms,
  singular and plural, as kb/organisations.toml and kb/media.toml list them); Latin forms of
  `names` that the Cyrillic press also writes (HIMARS, Patriot) go in `cyr_latin`;
- amb: a note when a form is also a common word or another thing (ambiguous = true);
- note: free text.
"""

WEAPONS = []


def W(slug, canonical, country, names=(), *, en=(), fr=(), de=(), es=(), it=(), ru=(), uk=(),
      cyr_latin=None, amb=None, note=None, plural=True):
    WEAPONS.append(dict(slug=slug, canonical=canonical, country=country, names=list(names),
                        en=list(en), fr=list(fr), de=list(de), es=list(es), it=list(it),
                        ru=list(ru), uk=list(uk), cyr_latin=cyr_latin, amb=amb, note=note,
                        plural=plural))


def ru_m(stem, tail=""):
    """Russian masculine noun, all cases singular and plural: Искандер, Искандера…"""
    last = stem[-1]
    if last == "й":
        b = stem[:-1]
        ends = ["й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"]
    elif last == "ь":
        b = stem[:-1]
        ends = ["ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"]
    elif last in "жшчщ":
        b = stem
        ends = ["", "а", "у", "ем", "е", "и", "ей", "ам", "ами", "ах"]
    elif last in "кгх":
        b = stem
        ends = ["", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"]
    else:
        b = stem
        ends = ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"]
    return [b + e + tail for e in ends]


def uk_m(stem, tail=""):
    """Ukrainian masculine noun, all cases singular and plural: Іскандер, Іскандера…"""
    last = stem[-1]
    if last == "й":
        b = stem[:-1]
        ends = ["й", "я", "ю", "єм", "ї", "ї", "їв", "ям", "ями", "ях"]
    elif last in "жшчщ":
        b = stem
        ends = ["", "а", "у", "ем", "і", "і", "ів", "ам", "ами", "ах"]
    else:
        b = stem
        ends = ["", "а", "у", "ом", "і", "и", "ів", "ам", "ами", "ах"]
    return [b + e + tail for e in ends]


def ru_f(word, tail=""):
    """Russian feminine noun in -а/-я: Точка, Точки, Точке, Точку, Точкой."""
    b, last = word[:-1], word[-1]
    soft = last == "я" or b[-1] in "кгхжшчщ"
    if last == "я":
        ends = ["я", "и", "е", "ю", "ей"]
    else:
        ends = ["а", "и" if soft else "ы", "е", "у", "ой"]
    return [b + e + tail for e in ends]


def uk_f(word, tail=""):
    """Ukrainian feminine noun in -а/-я: Вільха, Вільхи, Вільсі, Вільху, Вільхою."""
    b, last = word[:-1], word[-1]
    if last == "я":
        ends = ["я", "і", "ю", "ею"]
    else:
        ends = ["а", "и", "і", "у", "ою"]
    return [b + e + tail for e in ends]


def uk_n(word):
    """Ukrainian neuter noun in -о: Пекло, Пекла, Пеклу, Пеклом, Пеклі."""
    b = word[:-1]
    return [b + e for e in ["о", "а", "у", "ом", "і"]]
