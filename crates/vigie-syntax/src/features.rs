//! Feature hashing: every feature is a template number mixed with the hashes of its parts,
//! so no feature string is built at run time and none is stored in a model.

use std::hash::{BuildHasherDefault, Hasher};

/// splitmix64's finaliser: a cheap mix with good avalanche.
#[inline]
pub fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// FNV-1a over the bytes, then mixed.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(s.as_bytes());
    h.finish()
}

/// [`hash_str`] fed in pieces: the hash of their concatenation.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    #[inline]
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    #[inline]
    pub fn finish(&self) -> u64 {
        mix(self.0)
    }
}

/// Feature of template `t` over one part.
#[inline]
pub fn f1(t: u64, a: u64) -> u64 {
    mix(t.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a)
}

/// Feature of template `t` over two parts. The parts are folded in with a multiply each (a
/// bijection of what came before), and one final mix spreads the bits: the table index
/// and the fingerprint then come from different bits of a well-mixed hash.
#[inline]
pub fn f2(t: u64, a: u64, b: u64) -> u64 {
    mix((t.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a).wrapping_mul(0xd6e8_feb8_6659_fd93) ^ b)
}

/// Feature of template `t` over three parts.
#[inline]
pub fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(
        ((t.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a).wrapping_mul(0xd6e8_feb8_6659_fd93) ^ b)
            .wrapping_mul(0xa076_1d64_78bd_642f)
            ^ c,
    )
}

/// Keys are already well-mixed hashes: the map uses them as they are.
#[derive(Default)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type IdMap<V> = std::collections::HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// The characters of a word's shape: each character's class ([`shape_char`]), runs of one
/// class cut at 2.
fn shape_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    let mut last = '\0';
    let mut run = 0;
    word.chars().map(shape_char).filter(move |&s| {
        if s == last {
            run += 1;
            run < 2
        } else {
            run = 0;
            last = s;
            true
        }
    })
}

/// Hash of [`shape`], computed without building the string.
pub fn shape_hash(word: &str) -> u64 {
    let mut h = Fnv::default();
    for s in shape_chars(word) {
        let mut b = [0; 4];
        h.write(s.encode_utf8(&mut b).as_bytes());
    }
    h.finish()
}

#[inline]
fn shape_char(c: char) -> char {
    if c.is_ascii_lowercase() {
        'x'
    } else if c.is_ascii_uppercase() {
        'X'
    } else if c.is_ascii_digit() {
        'd'
    } else if c.is_uppercase() {
        'X'
    } else if c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

#[cfg(test)]
/// Word shape: letters as `X`/`x`, digits `d`, other characters kept, runs cut at 2
/// ("Paris" → "Xxx"... → "Xx", "1984" → "dd", "l'ONU" → "x'X").
pub fn shape(word: &str) -> String {
    shape_chars(word).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn shapes() {
        assert_eq!(super::shape("Paris"), "Xxx");
        assert_eq!(super::shape("1984"), "dd");
        assert_eq!(super::shape("l'ONU"), "x'XX");
        for w in ["Paris", "1984", "l'ONU", "Ça-va", ""] {
            assert_eq!(super::shape_hash(w), super::hash_str(&super::shape(w)));
        }
    }
}
