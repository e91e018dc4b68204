//! Input generation: structure-aware mutation of a seed corpus, without coverage feedback.
//!
//! Each input is derived from a seeded [`fastrand::Rng`], so a run is reproducible from its
//! seed. Besides byte-level edits, the generator makes the shapes that break parsers in
//! practice: deep nesting of a target's own brackets, huge single lines, invalid UTF-8,
//! legacy re-encodings (windows-1251, UTF-16 with and without BOM), stray NUL bytes and
//! target-specific tokens spliced at random places.

use fastrand::Rng;

/// Largest input the generator makes: above the size of any real article line, below the
/// 20 MiB `--max-file-size` default so most inputs reach the parsers.
pub const MAX_INPUT: usize = 4 << 20;

/// What a target's inputs look like: its tokens, and the pairs it nests.
#[derive(Debug, Clone, Copy)]
pub struct Grammar {
    /// Fragments spliced in at random places.
    pub tokens: &'static [&'static str],
    /// Opening and closing fragments repeated for deep nesting.
    pub nests: &'static [(&'static str, &'static str)],
}

/// Generic fragments every target gets: encodings edge cases and separators.
const COMMON: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "\u{a0}",
    "\u{feff}",
    "\u{200b}",
    "\u{202e}",
    "\u{301}",
    "é",
    "Б",
    "ї",
    "ß",
    "İ",
    "ﬁ",
    "𝔘",
    "😀",
    "\u{fffd}",
    "\\",
    "\"",
    "'",
    "«",
    "»",
    "“",
    "”",
    "0",
    "-1",
    "99999999999999999999",
    "2026-11-06",
    "31/12/9999",
];

/// Byte sequences that are not UTF-8: lone continuation bytes, truncated sequences,
/// overlong encodings, surrogates, and a UTF-16 BOM.
const INVALID_UTF8: &[&[u8]] = &[
    b"\x80",
    b"\xff",
    b"\xc3",
    b"\xe2\x82",
    b"\xf0\x9f\x98",
    b"\xc0\xaf",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\x00",
];

/// Makes inputs for one target from its seeds.
pub struct Generator<'a> {
    rng: Rng,
    seeds: &'a [Vec<u8>],
    grammar: Grammar,
    /// Largest input made (at most [`MAX_INPUT`]).
    max: usize,
}

impl<'a> Generator<'a> {
    pub fn new(seed: u64, seeds: &'a [Vec<u8>], grammar: Grammar) -> Self {
        Generator {
            rng: Rng::with_seed(seed),
            seeds,
            grammar,
            max: MAX_INPUT,
        }
    }

    /// Caps the size of the inputs (short runs in debug builds keep to small ones).
    pub fn with_max(mut self, max: usize) -> Self {
        self.max = max.min(MAX_INPUT);
        self
    }

    /// The next input.
    pub fn next_input(&mut self) -> Vec<u8> {
        let mut out = match self.rng.u32(0..100) {
            0..=7 => self.random_bytes(),
            8..=17 => self.nested(),
            18..=22 => self.huge_line(),
            23..=27 => self.reencoded(),
            28..=35 => {
                let mut a = self.seed();
                a.extend_from_slice(&self.seed());
                a
            }
            _ => {
                let mut a = self.seed();
                let edits = 1 + self.rng.usize(0..8);
                for _ in 0..edits {
                    self.mutate(&mut a);
                }
                a
            }
        };
        out.truncate(self.max);
        out
    }

    fn seed(&mut self) -> Vec<u8> {
        if self.seeds.is_empty() {
            return Vec::new();
        }
        self.seeds[self.rng.usize(0..self.seeds.len())].clone()
    }

    /// Lengths skewed towards small ones: most bugs need few bytes.
    fn length(&mut self, max: usize) -> usize {
        let bits = self.rng.u32(0..=max.max(1).ilog2());
        self.rng.usize(0..=(1usize << bits).min(max))
    }

    fn random_bytes(&mut self) -> Vec<u8> {
        let n = self.length(4096);
        match self.rng.u8(0..3) {
            0 => (0..n).map(|_| self.rng.u8(..)).collect(),
            // Printable ASCII reaches deeper into text parsers than raw bytes.
            1 => (0..n).map(|_| self.rng.u8(0x20..0x7f)).collect(),
            _ => {
                let mut v = Vec::new();
                while v.len() < n {
                    let t = self.token();
                    v.extend_from_slice(t);
                }
                v
            }
        }
    }

    fn token(&mut self) -> &'static [u8] {
        let own = self.grammar.tokens;
        if !own.is_empty() && self.rng.bool() {
            own[self.rng.usize(0..own.len())].as_bytes()
        } else if self.rng.u8(0..4) == 0 {
            INVALID_UTF8[self.rng.usize(0..INVALID_UTF8.len())]
        } else {
            COMMON[self.rng.usize(0..COMMON.len())].as_bytes()
        }
    }

    /// A seed with `depth` copies of one of the target's nesting pairs inserted, closed or not.
    fn nested(&mut self) -> Vec<u8> {
        let mut base = self.seed();
        let Some(&(open, close)) = self.pick_nest() else {
            return base;
        };
        let depth = match self.rng.u8(0..4) {
            0 => self.rng.usize(10..200),
            1 => self.rng.usize(200..5_000),
            2 => self.rng.usize(5_000..50_000),
            _ => self.rng.usize(50_000..200_000),
        };
        let depth = depth.min(self.max / (open.len() + close.len()).max(1));
        let mut nest = open.repeat(depth).into_bytes();
        if self.rng.bool() {
            nest.extend_from_slice(b"x");
            nest.extend_from_slice(close.repeat(depth).as_bytes());
        }
        let at = self.rng.usize(0..=base.len());
        base.splice(at..at, nest);
        base
    }

    fn pick_nest(&mut self) -> Option<&'static (&'static str, &'static str)> {
        let nests = self.grammar.nests;
        (!nests.is_empty()).then(|| &nests[self.rng.usize(0..nests.len())])
    }

    /// A seed with one chunk repeated into a line of 64 KiB to 4 MiB without a newline.
    fn huge_line(&mut self) -> Vec<u8> {
        let mut base = self.seed();
        let chunk: Vec<u8> = if base.is_empty() || self.rng.bool() {
            self.token().to_vec()
        } else {
            let s = self.rng.usize(0..base.len());
            let e = (s + 1 + self.rng.usize(0..64)).min(base.len());
            base[s..e].iter().copied().filter(|&b| b != b'\n').collect()
        };
        if chunk.is_empty() {
            return base;
        }
        let target = self.rng.usize((64 << 10).min(self.max)..=self.max);
        let line: Vec<u8> = chunk.repeat(target / chunk.len() + 1);
        let at = self.rng.usize(0..=base.len());
        base.splice(at..at, line);
        base
    }

    /// A seed re-encoded in a legacy encoding, or with a misleading byte-order mark.
    fn reencoded(&mut self) -> Vec<u8> {
        let base = self.seed();
        let text = String::from_utf8_lossy(&base);
        match self.rng.u8(0..6) {
            0 => encoding_rs::WINDOWS_1251.encode(&text).0.into_owned(),
            1 => encoding_rs::WINDOWS_1252.encode(&text).0.into_owned(),
            2 => encoding_rs::SHIFT_JIS.encode(&text).0.into_owned(),
            3 => {
                let mut v = vec![0xff, 0xfe];
                v.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
                v
            }
            // UTF-16 without a BOM: NUL bytes everywhere.
            4 => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            _ => {
                let mut v = b"\xef\xbb\xbf".to_vec();
                v.extend_from_slice(&base);
                v
            }
        }
    }

    fn mutate(&mut self, v: &mut Vec<u8>) {
        let len = v.len();
        match self.rng.u8(0..10) {
            0 if len > 0 => {
                let i = self.rng.usize(0..len);
                v[i] ^= 1 << self.rng.u8(0..8);
            }
            1 if len > 0 => {
                let i = self.rng.usize(0..len);
                v[i] = [0, 0x7f, 0x80, 0xff, b'<', b'"', b'\n', b'{'][self.rng.usize(0..8)];
            }
            2 if len > 0 => {
                let s = self.rng.usize(0..len);
                let e = (s + self.length(len - s)).min(len);
                v.drain(s..e);
            }
            3 if len > 0 => {
                // Duplicate a chunk a few times (repetition finds quadratic behaviour).
                let s = self.rng.usize(0..len);
                let e = (s + 1 + self.length(256)).min(len);
                let chunk = v[s..e].to_vec();
                let times = 1 + self.length(64);
                let at = self.rng.usize(0..=v.len());
                v.splice(at..at, chunk.repeat(times));
            }
            4 => {
                // Splice in a piece of another seed.
                let other = self.seed();
                if !other.is_empty() {
                    let s = self.rng.usize(0..other.len());
                    let e = (s + self.length(other.len() - s)).min(other.len());
                    let at = self.rng.usize(0..=len);
                    v.splice(at..at, other[s..e].iter().copied());
                }
            }
            5 if len > 0 => {
                let at = self.rng.usize(0..len);
                v.truncate(at);
            }
            6 => {
                let at = self.rng.usize(0..=len);
                let bytes = INVALID_UTF8[self.rng.usize(0..INVALID_UTF8.len())];
                v.splice(at..at, bytes.iter().copied());
            }
            7 if len > 1 => {
                // Swap two chunks' positions by rotating a range.
                let s = self.rng.usize(0..len - 1);
                let e = self.rng.usize(s + 1..=len);
                let mid = self.rng.usize(s..e);
                v[s..e].rotate_left(mid - s);
            }
            _ => {
                let at = self.rng.usize(0..=len);
                let t = self.token();
                v.splice(at..at, t.iter().copied());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: Grammar = Grammar {
        tokens: &["<p>", "</p>"],
        nests: &[("<div>", "</div>")],
    };

    #[test]
    fn the_same_seed_gives_the_same_inputs() {
        let seeds = vec![b"<p>hello</p>".to_vec(), b"world".to_vec()];
        let a: Vec<_> = {
            let mut g = Generator::new(7, &seeds, G);
            (0..50).map(|_| g.next_input()).collect()
        };
        let mut g = Generator::new(7, &seeds, G);
        let b: Vec<_> = (0..50).map(|_| g.next_input()).collect();
        assert_eq!(a, b);
    }

    #[test]
    fn inputs_vary_and_stay_under_the_cap() {
        let seeds = vec![b"<p>hello</p>".to_vec()];
        let mut g = Generator::new(1, &seeds, G);
        let inputs: Vec<_> = (0..300).map(|_| g.next_input()).collect();
        assert!(inputs.iter().all(|i| i.len() <= MAX_INPUT));
        let distinct: std::collections::HashSet<_> = inputs.iter().collect();
        assert!(distinct.len() > 100, "{} distinct inputs", distinct.len());
        assert!(inputs.iter().any(|i| std::str::from_utf8(i).is_err()));
        assert!(inputs
            .iter()
            .any(|i| i.windows(5).filter(|w| w == b"<div>").count() > 1000));
    }
}
