"""Cyrillic -> Latin press transliterations of personal names, per target language.

Used by build_persons.py to expand the names of Russian, Ukrainian and Belarusian persons
into the spellings that French, English, German, Spanish and Italian newsrooms use
(Sergueï Lavrov / Sergei Lavrov / Sergej Lawrow / Serguéi Lavrov...). Each rule may give
several alternatives; all combinations are produced (bounded). Stress accents (es) and
established exonyms (Poutine, Zelensky, Alexandre) are NOT derivable and are listed by hand
in the data files.
"""
import re
from itertools import product

VOWELS = set("аеёиоуыэюяіїєў")
FRONT = set("еёиыэі")  # French/Spanish need "gu" before these

# single-letter base tables per (source, target)
BASE = {
    "en": dict(а="a", б="b", в="v", г="g", д="d", е="e", ж="zh", з="z", и="i", й="y", к="k",
               л="l", м="m", н="n", о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="kh",
               ц="ts", ч="ch", ш="sh", щ="shch", ъ="", ы="y", ь="", э="e", ю="yu", я="ya"),
    "fr": dict(а="a", б="b", в="v", г="g", д="d", е="e", ж="j", з="z", и="i", й="ï", к="k",
               л="l", м="m", н="n", о="o", п="p", р="r", с="s", т="t", у="ou", ф="f", х="kh",
               ц="ts", ч="tch", ш="ch", щ="chtch", ъ="", ы="y", ь="", э="e", ю="iou", я="ia"),
    "de": dict(а="a", б="b", в="w", г="g", д="d", е="e", ж="sch", з="s", и="i", й="j", к="k",
               л="l", м="m", н="n", о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="ch",
               ц="z", ч="tsch", ш="sch", щ="schtsch", ъ="", ы="y", ь="", э="e", ю="ju", я="ja"),
    "es": dict(а="a", б="b", в="v", г="g", д="d", е="e", ж="zh", з="z", и="i", й="i", к="k",
               л="l", м="m", н="n", о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="j",
               ц="ts", ч="ch", ш="sh", щ="sch", ъ="", ы="y", ь="", э="e", ю="iu", я="ia"),
}


def _alts(src, tgt, w, i):
    """Return (list of alternatives, number of source chars consumed) at position i."""
    c = w[i]
    n = len(w)
    prev = w[i - 1] if i > 0 else ""
    nxt = w[i + 1] if i + 1 < n else ""
    start = i == 0
    after_v = bool(prev) and (prev in VOWELS or prev in "ьъ'’")
    end2 = i + 2 == n  # the digraph w[i:i+2] ends the word
    base = BASE[tgt]

    # ---- Ukrainian-specific letters / values
    if src == "uk":
        if c == "г":
            return ["h"], 1
        if c == "ґ":
            return ["g"], 1
        if c == "и":
            if nxt == "й" and end2:
                return {"en": ["yi", "y", "iy"], "fr": ["y"], "de": ["yj"], "es": ["i"]}[tgt], 2
            return {"en": ["y"], "fr": ["y"], "de": ["y"], "es": ["i"]}[tgt], 1
        if c == "і":
            if nxt == "й" and end2:
                return {"en": ["ii", "iy"], "fr": ["iï", "ii"], "de": ["ij"], "es": ["i"]}[tgt], 2
            return ["i"], 1
        if c == "ї":
            return {"en": ["yi"] if start else ["i", "yi"], "fr": ["ï"], "de": ["ji"], "es": ["i"]}[tgt], 1
        if c == "є":
            return {"en": ["ye"] if start else ["ie", "ye"], "fr": ["ie"], "de": ["je"], "es": ["ye"] if start else ["ie"]}[tgt], 1
        if c == "й":
            if start:
                return {"en": ["y"], "fr": ["i"], "de": ["j"], "es": ["y"]}[tgt], 1
            return {"en": ["i", "y"], "fr": ["ï"], "de": ["j"], "es": ["i"]}[tgt], 1
        if c in "'’ʼ":
            return [""], 1
        if c == "ю":
            return {"en": ["yu"] if start else ["iu", "yu"], "fr": ["iou"], "de": ["ju"], "es": ["yu"] if start else ["iu"]}[tgt], 1
        if c == "я":
            if prev and prev in "іи":
                return {"en": ["ia", "a"], "fr": ["a"], "de": ["ja", "a"], "es": ["a"]}[tgt], 1
            return {"en": ["ya"] if start else ["ia", "ya"], "fr": ["ia"], "de": ["ja"], "es": ["ia"]}[tgt], 1
        if c == "з" and nxt == "г" and tgt == "en":
            return ["zgh"], 2
        if c == "е":
            return ["e"], 1
        if c == "щ":
            return [base["щ"]], 1

    # ---- Belarusian-specific letters
    if src == "be":
        if c == "г":
            return ["h"], 1
        if c == "ў":
            return {"en": ["u", "w"], "fr": ["ou"], "de": ["u"], "es": ["u"]}[tgt], 1
        if c == "і":
            return ["i"], 1
        if c in "'’ʼ":
            return [""], 1
        if c == "е" and not start and not after_v:
            return ["e"], 1
        if c == "я" and not start and not after_v:
            return {"en": ["ya", "ia"], "fr": ["ia"], "de": ["ja"], "es": ["ia"]}[tgt], 1
        if c == "ю" and not start and not after_v:
            return {"en": ["yu", "iu"], "fr": ["iou"], "de": ["ju"], "es": ["iu"]}[tgt], 1

    # ---- shared (Russian rules, also fallback for uk/be)
    if c == "к" and nxt == "с":
        return (["ks"] if src == "be" else ["ks", "x"]), 2
    if c == "г" and nxt in FRONT and tgt in ("fr", "es"):
        return ["gu"], 1
    if c == "с" and tgt in ("fr", "de") and prev in VOWELS and nxt in VOWELS:
        return ["ss"], 1
    if c in "иы" and nxt == "н" and i + 2 == n and tgt == "fr":
        return ["ine" if c == "и" else "yne"], 2
    if c in "иы" and nxt == "й" and end2:
        if c == "и":
            return {"en": ["iy", "y", "i"], "fr": ["i"], "de": ["i", "ij"], "es": ["i"]}[tgt], 2
        return {"en": ["y", "iy"], "fr": ["y"], "de": ["y", "yj"], "es": ["i", "y"]}[tgt], 2
    if c == "й":
        if prev in VOWELS:
            if tgt == "en":
                return ["y", "i"], 1
            if tgt == "fr":
                return ["ï"], 1
            if tgt == "de":
                return (["j"] if prev in "еи" else ["i"]), 1
            return ["i"], 1
        if start:
            return {"en": ["y"], "fr": ["i"], "de": ["j"], "es": ["y"]}[tgt], 1
        return [base["й"]], 1
    if c == "и" and prev in VOWELS and tgt == "fr":
        return ["ï"], 1
    if c == "е":
        if start or after_v:
            return {"en": ["ye", "e"], "fr": ["e"] if start else ["ie"], "de": ["je"], "es": ["ye", "e"]}[tgt], 1
        return ["e"], 1
    if c == "ё":
        if prev and prev in "жчшщ":
            return {"en": ["o", "e"], "fr": ["o"], "de": ["o"], "es": ["o"]}[tgt], 1
        if start or after_v:
            return {"en": ["yo"], "fr": ["io"], "de": ["jo"], "es": ["yo"]}[tgt], 1
        return {"en": ["yo", "e", "io"], "fr": ["io", "e"], "de": ["jo", "e"], "es": ["io", "e"]}[tgt], 1
    if c == "ь":
        if nxt and nxt in "иоа" and tgt in ("en", "de"):
            return (["y"] if tgt == "en" else ["j"]), 1
        return [""], 1
    if c == "я":
        if prev == "и":
            return {"en": ["ya", "a"], "fr": ["a"], "de": ["ja", "a"], "es": ["a"]}[tgt], 1
        if prev in VOWELS and not start and tgt == "fr":
            return ["ïa"], 1
        if start:
            return {"en": ["ya"], "fr": ["ia"], "de": ["ja"], "es": ["ya", "ia"]}[tgt], 1
        return [base["я"]], 1
    if c == "ю":
        if start:
            return {"en": ["yu"], "fr": ["iou"], "de": ["ju"], "es": ["yu", "iu"]}[tgt], 1
        return [base["ю"]], 1
    if c == "ы" and tgt == "es":
        return ["y", "i"], 1
    if c in base:
        return [base[c]], 1
    return [c], 1  # hyphen, Latin letters, etc.


def word_variants(word, src, tgt, cap=8):
    w = word.lower()
    parts = []
    i = 0
    while i < len(w):
        alts, k = _alts(src, tgt, w, i)
        parts.append(alts)
        i += k
    out = []
    for combo in product(*parts):
        s = "".join(combo)
        s = "-".join(x[:1].upper() + x[1:] for x in s.split("-"))
        if s and s not in out:
            out.append(s)
        if len(out) >= cap:
            break
    return out


def name_variants(full, src, tgt, cap=12):
    """Transliterate a Cyrillic 'First Last' name; returns list of Latin full names."""
    words = full.split()
    per = [word_variants(x, src, tgt) for x in words]
    out = []
    for combo in product(*per):
        s = " ".join(combo)
        if s not in out:
            out.append(s)
        if len(out) >= cap:
            break
    return out


def _it_from_en(name):
    """Italian press: English-style spellings plus j-forms (Sergej, Dmitrij, Evgenij, Zelenskyj)."""
    words = []
    for w in name.split():
        w2 = re.sub(r"ei$", "ej", w)
        w2 = re.sub(r"iy$", "ij", w2)
        w2 = re.sub(r"yi$", "yj", w2)
        words.append(w2)
    return " ".join(words)


def lang_variants(full, src, lang):
    """Spellings of a Cyrillic 'First Last' name for one press language."""
    if src == "be" and lang != "en":
        return []  # French/German/Spanish/Italian press write Belarusians from the Russian form
    if lang in ("en", "fr", "de", "es"):
        return name_variants(full, src, lang)
    if lang == "it":
        v = name_variants(full, src, "en", cap=4)
        out = []
        for x in v + [_it_from_en(x) for x in v]:
            if x not in out:
                out.append(x)
        return out
    return []


if __name__ == "__main__":
    import sys
    for n, s in [("Сергей Лавров", "ru"), ("Владимир Путин", "ru"), ("Валерий Герасимов", "ru"),
                 ("Евгений Пригожин", "ru"), ("Сергей Шойгу", "ru"), ("Андрей Белоусов", "ru"),
                 ("Мария Захарова", "ru"), ("Дмитрий Песков", "ru"), ("Виктор Хренин", "ru"),
                 ("Павел Муравейко", "ru"), ("Алексей Скабей", "ru"), ("Александр Лукашенко", "ru"),
                 ("Рамзан Кадыров", "ru"), ("Михаил Мишустин", "ru"), ("Сергей Нарышкин", "ru"),
                 ("Валерій Залужний", "uk"), ("Олександр Сирський", "uk"), ("Андрій Сибіга", "uk"),
                 ("Рустем Умєров", "uk"), ("Кирило Буданов", "uk"), ("Дмитро Кулеба", "uk"),
                 ("Павло Клімкін", "uk"), ("Юлія Свириденко", "uk"), ("Олексій Резніков", "uk"),
                 ("Аляксандр Лукашэнка", "be"), ("Віктар Хрэнін", "be"), ("Святлана Ціханоўская", "be")]:
        print(n)
        for lang in ("en", "fr", "de", "es", "it"):
            print("  ", lang, lang_variants(n, s, lang))
