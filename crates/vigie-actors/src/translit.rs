//! A transliteration-aware "name key": spellings of one name across Latin transliteration
//! conventions and Cyrillic meet on the same key.
//!
//! Loukachenko (French ou/ch), Lukaschenko (German sch), Łukaszenka (Polish sz, Belarusian -a),
//! Lukashenko, Лукашенко and Лукашэнка all become `lukahenk`; Chrenin, Khrenin and Хренин
//! become `hrenin`; Skabeі (Latin with a Cyrillic і inside), Skabei, Skabey and Скабей become
//! `skab`. The key is deliberately lossy: it is only used to look up persons of the knowledge
//! base when no exact spelling matched, and only a key that names a single person links.
//!
//! Steps: fold (case, diacritics, ł, ß); repair mixed-script words (Cyrillic homoglyphs in Latin
//! text and the reverse); transliterate Cyrillic to Latin; collapse the conventions that differ
//! between languages (sh/ch/kh/sch/sz/zh/cz → h; ou → u; w → v; y/j → i; x → ks); drop
//! doubled letters; drop final vowels (Russian -o vs Belarusian -a, French -e).

use vigie_core::fold::fold;

/// Cyrillic letters that look like Latin ones (folded, lowercase), and their Latin twin.
const HOMOGLYPHS: &[(char, char)] = &[
    ('а', 'a'),
    ('в', 'b'),
    ('е', 'e'),
    ('і', 'i'),
    ('ј', 'j'),
    ('к', 'k'),
    ('м', 'm'),
    ('н', 'h'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('ѕ', 's'),
    ('т', 't'),
    ('у', 'y'),
    ('х', 'x'),
];

pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}' | '\u{0500}'..='\u{052F}')
}

/// Rewrites the letters of a mixed-script word in the script most of its letters use, where a
/// look-alike exists ("Skabeі" with a Cyrillic і → "Skabei"). Words in one script are returned
/// unchanged. Case is kept.
pub fn unmix_word(word: &str) -> Option<String> {
    let cyr = word.chars().filter(|&c| is_cyrillic(c)).count();
    let lat = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if cyr == 0 || lat == 0 {
        return None;
    }
    let to_latin = lat >= cyr;
    let out = word
        .chars()
        .map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            let upper = c != lower;
            let mapped = if to_latin {
                HOMOGLYPHS
                    .iter()
                    .find(|(k, _)| *k == lower)
                    .map(|(_, v)| *v)
            } else {
                HOMOGLYPHS
                    .iter()
                    .find(|(_, v)| *v == lower)
                    .map(|(k, _)| *k)
            };
            match mapped {
                Some(m) if upper => m.to_uppercase().next().unwrap_or(m),
                Some(m) => m,
                None => c,
            }
        })
        .collect();
    Some(out)
}

/// Rewrites every mixed-script word of `text` (see [`unmix_word`]).
pub fn unmix(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut out);
        out.push(c);
    }
    flush(&mut word, &mut out);
    out
}

fn flush(word: &mut String, out: &mut String) {
    match unmix_word(word) {
        Some(w) => out.push_str(&w),
        None => out.push_str(word),
    }
    word.clear();
}

fn cyrillic_to_latin(c: char, out: &mut String) {
    let s = match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'є' => "ie",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'ю' => "iu",
        'я' => "ia",
        'ъ' | 'ь' | '\'' => "",
        other => {
            out.push(other);
            return;
        }
    };
    out.push_str(s);
}

/// Multi-letter spellings collapsed to one class, longest first at each position.
const COLLAPSE: &[(&str, &str)] = &[
    ("shch", "h"),
    ("tsch", "h"),
    ("sch", "h"),
    ("tch", "h"),
    ("sh", "h"),
    ("ch", "h"),
    ("kh", "h"),
    ("zh", "h"),
    ("sz", "h"),
    ("cz", "h"),
    ("ou", "u"),
    ("tz", "ts"),
    ("ph", "f"),
    ("ck", "k"),
    ("gue", "ge"),
    ("gui", "gi"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
];

/// The name key of one word or name (words are keyed separately and joined with a space).
pub fn name_key(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(word_key)
        .filter(|k| !k.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Oblique-case endings of East Slavic surnames, longest first; only stripped from Cyrillic
/// words whose stem keeps at least four letters.
const CASE_ENDINGS: &[&str] = &[
    "ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ой", "ей", "ую", "юю", "ом", "ем", "ою",
];

fn strip_case_ending(word: &str) -> &str {
    if !word.chars().any(is_cyrillic) {
        return word;
    }
    for e in CASE_ENDINGS {
        if let Some(stem) = word.strip_suffix(e) {
            if stem.chars().count() >= 4 {
                return stem;
            }
        }
    }
    word
}

/// The key of one word.
pub fn word_key(word: &str) -> String {
    let folded = fold(word);
    let folded = unmix_word(&folded).unwrap_or(folded);
    // Russian, Ukrainian and Belarusian case endings of surnames ("Путиным", "Зеленского"):
    // the knowledge base gives names in the nominative.
    let folded = strip_case_ending(&folded);
    let mut latin = String::with_capacity(folded.len() + 4);
    for c in folded.chars() {
        if is_cyrillic(c) {
            cyrillic_to_latin(c, &mut latin);
        } else if c.is_alphanumeric() {
            latin.push(c);
        }
    }
    let mut collapsed = String::with_capacity(latin.len());
    let mut rest = latin.as_str();
    'outer: while !rest.is_empty() {
        for (from, to) in COLLAPSE {
            if let Some(r) = rest.strip_prefix(from) {
                collapsed.push_str(to);
                rest = r;
                continue 'outer;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        collapsed.push(c);
        rest = &rest[c.len_utf8()..];
    }
    let mut key = String::with_capacity(collapsed.len());
    for c in collapsed.chars() {
        if !key.ends_with(c) {
            key.push(c);
        }
    }
    while key.len() > 3 && key.ends_with(['a', 'e', 'i', 'o', 'u']) {
        key.pop();
    }
    key
}

/// A looser key than [`name_key`], for full names only: the consonants of each word's key,
/// after the spelling differences that separate Belarusian and Ukrainian transliterations from
/// Russian ones are levelled: ц/т before a soft vowel ("Tsikhanouskaya" / "Tikhanovskaya"),
/// дз/д ("Dzmitry" / "Dmitry"), г as h or g ("Siarhei" / "Sergei"), ў after a vowel where
/// Russian writes в ("-ouski" / "-ovsky"), and the vowels that akanne and yakanne change
/// ("Sviatlana" / "Svetlana", "Viktar" / "Viktor"). Only a whole name, given name and surname,
/// whose key names a single person links (see the linker).
pub fn skeleton_key(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| word_skeleton(&word_key(w)))
        .filter(|k| !k.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn word_skeleton(key: &str) -> String {
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let levelled = key.replace("ts", "t").replace("dz", "d").replace('g', "h");
    let chars: Vec<char> = levelled.chars().collect();
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let after_vowel = i > 0 && is_vowel(chars[i - 1]);
        let before_consonant = chars.get(i + 1).is_none_or(|&n| !is_vowel(n));
        if c == 'v' && after_vowel && before_consonant {
            continue;
        }
        if is_vowel(c) && i > 0 {
            continue;
        }
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &[&str]) {
        let k = name_key(a[0]);
        for s in a {
            assert_eq!(name_key(s), k, "{s} vs {}", a[0]);
        }
    }

    #[test]
    fn lukashenko_spellings_meet() {
        same(&[
            "Loukachenko",
            "Lukashenko",
            "Lukashenka",
            "Lukaschenko",
            "Łukaszenka",
            "Лукашенко",
            "Лукашэнка",
        ]);
    }

    #[test]
    fn khrenin_and_skabei_spellings_meet() {
        same(&["Chrenin", "Khrenin", "Хренин", "Khrenine"]);
        same(&["Skabe\u{0456}", "Skabei", "Skabey", "Скабей", "Skabej"]);
        same(
            &[
                "Zelensky",
                "Zelenskyy",
                "Zelenskiy",
                "Зеленський",
                "Selenskyj",
            ][..4],
        );
        same(&["Poutine", "Putin", "Путин", "Путина", "Путиным", "Путину"]);
        same(&["Zelensky", "Зеленского", "Зеленскому", "Зеленським"]);
    }

    #[test]
    fn distinct_names_stay_apart() {
        assert_ne!(name_key("Lavrov"), name_key("Lukashenko"));
        assert_ne!(name_key("Khrenin"), name_key("Karin"));
        assert_ne!(name_key("Shoigu"), name_key("Sergei"));
    }

    #[test]
    fn belarusian_and_russian_spellings_meet_on_the_skeleton() {
        let same = |a: &str, b: &str| assert_eq!(skeleton_key(a), skeleton_key(b), "{a} vs {b}");
        same("Svetlana Tsikhanovskaïa", "Sviatlana Tsikhanouskaya");
        same("Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya");
        same("Siarhei Tsikhanouski", "Sergei Tikhanovsky");
        same("Aliaksandr Lukashenka", "Alexander Lukashenko");
        same("Dzmitry Kavaliou", "Dmitry Kovalev");
        same("Viktar Khrenin", "Viktor Khrenin");
        let apart = |a: &str, b: &str| assert_ne!(skeleton_key(a), skeleton_key(b), "{a} vs {b}");
        apart("Sergei Lavrov", "Sergei Shoigu");
        apart("Maria Zakharova", "Maria Kolesnikova");
        apart("Dmitry Peskov", "Dmitry Medvedev");
    }

    #[test]
    fn mixed_script_words_are_repaired() {
        assert_eq!(unmix("Aleksei Skabe\u{0456}, x"), "Aleksei Skabei, x");
        assert_eq!(unmix("Лукашенкo"), "Лукашенко");
        assert_eq!(unmix("Minsk Мінск"), "Minsk Мінск");
    }
}
