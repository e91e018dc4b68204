//! Article identity: a hash of the normalised content and the URL when known.
//!
//! Normalisation is what makes ingest idempotent across trivial differences: Unicode NFC, all
//! whitespace runs collapsed to one space, leading and trailing whitespace dropped. The same text
//! saved with CRLF line ends or an extra blank line is the same article.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// The 64-bit FNV-1a hash of a short key: the same value in every run and from any program
/// (a script can compute it too), so it may be stored or decide a dataset's split — story
/// terms, fingerprints of repeated lines, the dev/test halves of the evaluation sets.
pub fn fnv1a(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// 128-bit BLAKE3 digest in lowercase hex (32 characters).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub String);

impl ArticleId {
    pub fn for_content(text: &str, url: Option<&str>) -> Self {
        let mut hasher = blake3::Hasher::new();
        let mut normalised = String::with_capacity(text.len());
        for word in text.split_whitespace() {
            if !normalised.is_empty() {
                normalised.push(' ');
            }
            normalised.extend(word.nfc());
        }
        hasher.update(normalised.as_bytes());
        if let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) {
            hasher.update(b"\0url\0");
            hasher.update(url.as_bytes());
        }
        let hash = hasher.finalize();
        ArticleId(hash.to_hex()[..32].to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The short form shown in listings (first 12 hex digits); `vigie show` accepts any prefix.
    pub fn short(&self) -> &str {
        &self.0[..12.min(self.0.len())]
    }
}

impl std::fmt::Display for ArticleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_and_normal_form_do_not_change_identity() {
        let a = ArticleId::for_content("Biélorussie  et\r\nUkraine\n", None);
        let b = ArticleId::for_content(" Bie\u{301}lorussie et Ukraine", None);
        assert_eq!(a, b);
    }

    #[test]
    fn url_is_part_of_identity() {
        let a = ArticleId::for_content("texte", Some("https://a.example/1"));
        let b = ArticleId::for_content("texte", Some("https://a.example/2"));
        assert_ne!(a, b);
        assert_ne!(a, ArticleId::for_content("texte", None));
    }
}
