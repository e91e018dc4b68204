//! The features of one line that the leftover-line classifier ([`super::model`]) weighs:
//! shape (length, words, capitals, digits, punctuation, how it starts and ends), whether it
//! is a sentence, its words (stop words, the language files' `ui_words`, words shared with
//! the article's prose), where it sits (before the first or after the last paragraph of prose,
//! distance to prose, runs of short lines), whether the rules marked it, and the same shape
//! features of the lines before and after it.
//!
//! Every feature has a name ([`names`]); the model file stores a weight per name, so a model
//! trained with other features fails to load rather than reading weights in the wrong slots.

use std::collections::HashSet;

use super::{ends_like_sentence, Lexicon, LineInfo};

/// Per-line features of one line alone, also given for its neighbours.
const BASE: &[&str] = &[
    "chars<=10",
    "chars<=20",
    "chars<=40",
    "chars<=80",
    "chars<=160",
    "chars<=300",
    "chars>300",
    "words=1",
    "words=2",
    "words<=4",
    "words<=8",
    "words<=15",
    "words>15",
    "upper_share",
    "all_caps",
    "digit_share",
    "punct_share",
    "capitalised_words",
    "ends_sentence",
    "ends_colon",
    "ends_ellipsis",
    "ends_symbol",
    "starts_symbol",
    "separators",
    "sentence",
    "starts_lower",
    "stopword_share",
    "no_stopword",
    "ui_first_word",
    "ui_word",
    "cue_phrase",
    "link_text",
    "date_or_time",
    "prose_words",
    "no_prose_words",
    "rule_marked",
    "block_alone",
    "block<=3",
    "absent",
];

/// Features of the line in its document.
const CONTEXT: &[&str] = &[
    "head",
    "tail",
    "first_tenth",
    "last_tenth",
    "prose",
    "prose_dist<=2",
    "prose_dist<=5",
    "prose_dist>5",
    "short_run<=2",
    "short_run>2",
    "repeated",
    "no_prose_in_text",
    "window_short",
    "window_no_prose_words",
    "window_sentences",
];

/// Length, words shared with the prose, zone and ending of a line together: one of
/// 4 × 3 × 3 × 2 indicators, so the model can weigh "a short line sharing no word with the
/// prose, after the article" apart from "a short line of the prose's words, inside it".
const SHAPE_LENGTHS: [&str; 4] = ["l20", "l40", "l80", "long"];
const SHAPE_WORDS: [&str; 3] = ["pw0", "pw1", "pw2"];
const SHAPE_ZONES: [&str; 3] = ["head", "body", "tail"];
const SHAPE_ENDS: [&str; 2] = ["open", "closed"];
const SHAPES: usize = 4 * 3 * 3 * 2;

/// Every feature name, in the order of a feature vector.
pub fn names() -> Vec<String> {
    let mut out: Vec<String> = BASE.iter().map(|s| s.to_string()).collect();
    out.extend(BASE.iter().map(|s| format!("prev:{s}")));
    out.extend(BASE.iter().map(|s| format!("next:{s}")));
    out.extend(CONTEXT.iter().map(|s| s.to_string()));
    for l in SHAPE_LENGTHS {
        for w in SHAPE_WORDS {
            for z in SHAPE_ZONES {
                for e in SHAPE_ENDS {
                    out.push(format!("shape:{l}:{w}:{z}:{e}"));
                }
            }
        }
    }
    out
}

/// Length of a feature vector.
pub fn len() -> usize {
    BASE.len() * 3 + CONTEXT.len() + SHAPES
}

/// Slot of the shape indicator.
fn shape_slot(length: usize, words: usize, zone: usize, end: usize) -> usize {
    3 * BASE.len() + CONTEXT.len() + ((length * 3 + words) * 3 + zone) * 2 + end
}

/// Slot of each base and context feature by name, computed once.
static SLOTS: std::sync::LazyLock<std::collections::HashMap<&'static str, usize>> =
    std::sync::LazyLock::new(|| {
        let mut m: std::collections::HashMap<&'static str, usize> =
            BASE.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        m.extend(
            CONTEXT
                .iter()
                .enumerate()
                .map(|(i, n)| (*n, 3 * BASE.len() + i)),
        );
        m
    });

fn slot(name: &str) -> usize {
    match SLOTS.get(name) {
        Some(&i) if i < BASE.len() => i,
        _ => panic!("no base feature {name}"),
    }
}

fn context_slot(name: &str) -> usize {
    match SLOTS.get(name) {
        Some(&i) if i >= 3 * BASE.len() => i,
        _ => panic!("no context feature {name}"),
    }
}

/// An emoji, an arrow or a pictograph: what teasers and calls to action start or end with.
pub fn is_symbol(c: char) -> bool {
    in_symbol_blocks(c) || matches!(c, '»' | '›' | '>' | '+' | '•' | '·' | '|' | '*')
}

/// An arrow, a dingbat or an emoji, not a flag (a tweet's "🇺🇦" is not a pointer). Typographic
/// marks (», ›) are not pictographs: closing quotes end prose with them.
pub fn is_pictograph(c: char) -> bool {
    let regional_indicator = matches!(c as u32, 0x1F1E6..=0x1F1FF);
    in_symbol_blocks(c) && !regional_indicator
}

fn in_symbol_blocks(c: char) -> bool {
    matches!(c as u32,
    0x2190..=0x21FF   // arrows
    | 0x2300..=0x23FF // technical (⏩)
    | 0x25A0..=0x25FF // geometric shapes (▶ ►)
    | 0x2600..=0x27BF // miscellaneous symbols, dingbats (✔ ➜ ➤)
    | 0x2900..=0x297F // supplemental arrows
    | 0x2B00..=0x2BFF // arrows and symbols (⬇ ⭐)
    | 0x1F000..=0x1FAFF // emoji and pictographs
    )
}

/// The last visible character of a line: emoji end with a variation selector or are joined
/// by zero-width joiners, which are not what the reader sees.
pub(super) fn last_visible(text: &str) -> Option<char> {
    text.trim_end_matches(['\u{fe0f}', '\u{fe0e}', '\u{200d}', ' '])
        .chars()
        .next_back()
}

/// What a document's lines share for their features.
pub(super) struct DocView<'a> {
    pub lines: &'a [LineInfo<'a>],
    /// Lines the rules marked.
    pub marked: &'a [bool],
    /// Lines holding a cue phrase of the language files, whatever its guards said.
    pub cue: &'a [bool],
    /// First line of prose (or the end of the header) and first line after the last prose.
    pub head_end: usize,
    pub tail_start: usize,
    /// Which lines are prose (as the rules locate it).
    pub prose: &'a [bool],
}

/// Folded words of a line, letters and digits only.
fn words(norm: &str) -> impl Iterator<Item = &str> {
    norm.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(|w| w.trim_matches(['\'', '-']))
        .filter(|w| !w.is_empty())
}

/// The base features of one line into `out[offset..offset + BASE.len()]`.
fn base(
    line: &LineInfo,
    marked: bool,
    cue: bool,
    lex: &Lexicon,
    in_prose: &dyn Fn(&str) -> bool,
    out: &mut [f32],
) {
    let mut set = |name: &str, v: f32| out[slot(name)] = v;
    if line.blank {
        set("absent", 1.0);
        return;
    }
    let chars = line.chars;
    let bucket = match chars {
        0..=10 => "chars<=10",
        11..=20 => "chars<=20",
        21..=40 => "chars<=40",
        41..=80 => "chars<=80",
        81..=160 => "chars<=160",
        161..=300 => "chars<=300",
        _ => "chars>300",
    };
    set(bucket, 1.0);
    let w = line.words;
    set(
        match w {
            0 | 1 => "words=1",
            2 => "words=2",
            3..=4 => "words<=4",
            5..=8 => "words<=8",
            9..=15 => "words<=15",
            _ => "words>15",
        },
        1.0,
    );
    let (mut letters, mut upper, mut digits, mut punct) = (0usize, 0usize, 0usize, 0usize);
    for c in line.text.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
        } else if c.is_numeric() {
            digits += 1;
        } else if !c.is_whitespace() {
            punct += 1;
        }
    }
    let total = chars.max(1) as f32;
    if letters > 0 {
        set("upper_share", upper as f32 / letters as f32);
    }
    set("all_caps", f32::from(letters >= 3 && upper == letters));
    set("digit_share", digits as f32 / total);
    set("punct_share", punct as f32 / total);
    let tokens: Vec<&str> = line.text.split_whitespace().collect();
    let alpha: Vec<&&str> = tokens
        .iter()
        .filter(|t| t.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    if !alpha.is_empty() {
        let caps = alpha
            .iter()
            .filter(|t| t.chars().next().is_some_and(char::is_uppercase))
            .count();
        set("capitalised_words", caps as f32 / alpha.len() as f32);
    }
    let text = line.text;
    let last = last_visible(text);
    let first = text.chars().next();
    let sentence_end = ends_like_sentence(text) && !text.ends_with("...");
    set("ends_sentence", f32::from(sentence_end));
    set("ends_colon", f32::from(text.ends_with(':')));
    set(
        "ends_ellipsis",
        f32::from(text.ends_with('…') || text.ends_with("...")),
    );
    set("ends_symbol", f32::from(last.is_some_and(is_symbol)));
    set("starts_symbol", f32::from(first.is_some_and(is_symbol)));
    let separators = text.matches(" | ").count()
        + text.matches(" · ").count()
        + text.matches(" / ").count()
        + text.matches(" > ").count()
        + text.matches(" » ").count()
        + text.matches(" • ").count();
    set("separators", f32::from(separators > 0));
    let starts_upper =
        first.is_some_and(|c| c.is_uppercase() || c.is_numeric() || "«\"“„'‘—–-(".contains(c));
    set(
        "sentence",
        f32::from(starts_upper && sentence_end && w >= 6),
    );
    set(
        "starts_lower",
        f32::from(first.is_some_and(char::is_lowercase)),
    );
    let folded: Vec<&str> = words(&line.norm).collect();
    let n = folded.len().max(1) as f32;
    let stop = folded
        .iter()
        .filter(|w| lex.stopwords.contains_key(**w))
        .count();
    set("stopword_share", stop as f32 / n);
    set("no_stopword", f32::from(stop == 0));
    set(
        "ui_first_word",
        f32::from(folded.first().is_some_and(|w| lex.ui_words.contains(*w))),
    );
    set(
        "ui_word",
        f32::from(folded.iter().any(|w| lex.ui_words.contains(*w))),
    );
    set("cue_phrase", f32::from(cue));
    let lower = line.norm.as_str();
    set(
        "link_text",
        f32::from(
            lower.contains("http")
                || lower.contains("www.")
                || lower.contains(".com")
                || lower.contains('@'),
        ),
    );
    // Every date and time pattern has a digit: the regexes run only on lines with one.
    set(
        "date_or_time",
        f32::from(digits > 0 && (lex.date.is_match(lower) || lex.time.is_match(lower))),
    );
    let long: Vec<&&str> = folded.iter().filter(|w| w.chars().count() >= 4).collect();
    if !long.is_empty() {
        let shared = long.iter().filter(|w| in_prose(w)).count();
        set("prose_words", shared as f32 / long.len() as f32);
        set("no_prose_words", f32::from(shared == 0));
    }
    set("rule_marked", f32::from(marked));
}

/// The feature vector of every line of a document (blank lines get an empty vector).
pub(super) fn extract(doc: &DocView, lex: &Lexicon) -> Vec<Vec<f32>> {
    let lines = doc.lines;
    let n = lines.len();
    // The words of the prose, each line's own words counted once per line: a word shared with
    // the prose means a word of another prose line.
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        if doc.prose[i] {
            let mut seen = HashSet::new();
            for w in words(&l.norm).filter(|w| w.chars().count() >= 4) {
                if seen.insert(w) {
                    *counts.entry(w).or_default() += 1;
                }
            }
        }
    }
    let any_prose = doc.prose.iter().any(|&p| p);
    // Index of non-blank lines, for neighbours and distances.
    let visible: Vec<usize> = (0..n).filter(|&i| !lines[i].blank).collect();
    let mut bases: Vec<Vec<f32>> = Vec::with_capacity(n);
    let mut blocks: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for l in lines.iter().filter(|l| !l.blank) {
        *blocks.entry(l.block).or_default() += 1;
    }
    for (i, l) in lines.iter().enumerate() {
        let mut b = vec![0.0f32; BASE.len()];
        if !l.blank {
            // A word shared with the prose: one that another prose line has.
            let own_prose = doc.prose[i];
            let in_prose = |w: &str| {
                counts
                    .get(w)
                    .is_some_and(|&c| c >= 2 || (c == 1 && !own_prose))
            };
            base(l, doc.marked[i], doc.cue[i], lex, &in_prose, &mut b);
            let size = blocks.get(&l.block).copied().unwrap_or(1);
            b[slot("block_alone")] = f32::from(size == 1);
            b[slot("block<=3")] = f32::from((2..=3).contains(&size));
        }
        bases.push(b);
    }
    let mut absent = vec![0.0f32; BASE.len()];
    absent[slot("absent")] = 1.0;
    // Distance (in non-blank lines) to the nearest prose line.
    let mut dist = vec![usize::MAX; visible.len()];
    let mut last: Option<usize> = None;
    for k in 0..visible.len() {
        if doc.prose[visible[k]] {
            last = Some(k);
        }
        if let Some(p) = last {
            dist[k] = k - p;
        }
    }
    last = None;
    for k in (0..visible.len()).rev() {
        if doc.prose[visible[k]] {
            last = Some(k);
        }
        if let Some(p) = last {
            dist[k] = dist[k].min(p - k);
        }
    }
    let mut norms: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &i in &visible {
        *norms.entry(lines[i].norm.as_str()).or_default() += 1;
    }
    let mut out = vec![Vec::new(); n];
    for (k, &i) in visible.iter().enumerate() {
        let mut v = vec![0.0f32; len()];
        v[..BASE.len()].copy_from_slice(&bases[i]);
        let prev = k
            .checked_sub(1)
            .map(|p| &bases[visible[p]])
            .unwrap_or(&absent);
        let next = visible.get(k + 1).map(|&j| &bases[j]).unwrap_or(&absent);
        v[BASE.len()..2 * BASE.len()].copy_from_slice(prev);
        v[2 * BASE.len()..3 * BASE.len()].copy_from_slice(next);
        let mut set = |name: &str, x: bool| v[context_slot(name)] = f32::from(x);
        set("head", i < doc.head_end);
        set("tail", i >= doc.tail_start);
        set("first_tenth", k * 10 < visible.len());
        set("last_tenth", (k + 1) * 10 > visible.len() * 9);
        set("prose", doc.prose[i]);
        let dist = dist[k];
        set("prose_dist<=2", (1..=2).contains(&dist));
        set("prose_dist<=5", (3..=5).contains(&dist));
        set("prose_dist>5", dist > 5 && dist != usize::MAX);
        set("no_prose_in_text", !any_prose);
        let short = |j: usize| lines[visible[j]].chars <= 40;
        let mut run = 0;
        let mut j = k;
        while j > 0 && short(j - 1) {
            run += 1;
            j -= 1;
        }
        let mut j = k + 1;
        while j < visible.len() && short(j) {
            run += 1;
            j += 1;
        }
        set("short_run<=2", (1..=2).contains(&run));
        set("short_run>2", run > 2);
        let around: Vec<usize> = (k.saturating_sub(3)..(k + 4).min(visible.len()))
            .filter(|&j| j != k)
            .map(|j| visible[j])
            .collect();
        let share = |f: &dyn Fn(usize) -> bool| {
            if around.is_empty() {
                0.0
            } else {
                around.iter().filter(|&&j| f(j)).count() as f32 / around.len() as f32
            }
        };
        let window_short = share(&|j| lines[j].chars <= 40);
        let window_no_prose = share(&|j| bases[j][slot("no_prose_words")] > 0.0);
        let window_sentences = share(&|j| bases[j][slot("sentence")] > 0.0);
        v[context_slot("window_short")] = window_short;
        v[context_slot("window_no_prose_words")] = window_no_prose;
        v[context_slot("window_sentences")] = window_sentences;
        let b = &bases[i];
        let length = match lines[i].chars {
            0..=20 => 0,
            21..=40 => 1,
            41..=80 => 2,
            _ => 3,
        };
        let pw = b[slot("prose_words")];
        let words = if b[slot("no_prose_words")] > 0.0 || pw == 0.0 {
            0
        } else if pw < 0.5 {
            1
        } else {
            2
        };
        let zone = if i < doc.head_end {
            0
        } else if i >= doc.tail_start {
            2
        } else {
            1
        };
        let end = usize::from(b[slot("ends_sentence")] > 0.0);
        v[shape_slot(length, words, zone, end)] = 1.0;
        let mut set = |name: &str, x: bool| v[context_slot(name)] = f32::from(x);
        set(
            "repeated",
            lines[i].chars >= 3 && norms.get(lines[i].norm.as_str()).is_some_and(|&c| c > 1),
        );
        out[i] = v;
    }
    out
}
