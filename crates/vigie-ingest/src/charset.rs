//! Bytes → text: which character encoding a file is in.
//!
//! News archives are full of pages and text dumps in legacy encodings (Windows-1251 for Russian
//! and Ukrainian outlets, ISO-8859-1/Windows-1252 for older French and German ones). Decoding
//! them as UTF-8 would replace every accented or Cyrillic letter with U+FFFD and lose the
//! article's words, so the order is:
//!
//! 1. a byte-order mark;
//! 2. valid UTF-8 (legacy text is almost never valid UTF-8 by accident, whatever a page claims);
//! 3. for HTML, the `charset` the page declares in its first kilobytes (`<meta charset>`,
//!    `http-equiv`, or an XML declaration);
//! 4. UTF-8 with a few broken bytes (more valid multi-byte sequences than broken ones): the
//!    broken bytes become U+FFFD;
//! 5. `chardetng` (Firefox's detector for undeclared legacy web content).
//!
//! Steps 1–3 are what the page or file says; steps 4–5 are guesses, so it comes with a warning.

use encoding_rs::Encoding;

/// Text decoded from bytes, with how the encoding was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding's WHATWG name ("UTF-8", "windows-1251", …).
    pub encoding: &'static str,
    /// Set when the encoding was guessed or bytes were replaced: worth telling the user.
    pub warning: Option<String>,
}

/// Decodes a file's bytes. `html` enables the search for a declared `charset`.
pub fn decode(bytes: &[u8], html: bool) -> Decoded {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return Decoded {
            text: text.into_owned(),
            encoding: enc.name(),
            warning: None,
        };
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded {
            text: s.to_string(),
            encoding: encoding_rs::UTF_8.name(),
            warning: None,
        };
    }
    if html {
        if let Some(enc) = declared_charset(&bytes[..bytes.len().min(4096)]) {
            // A page that declares UTF-8 but is not valid UTF-8 is left to the detector.
            if enc != encoding_rs::UTF_8 {
                let (text, _) = enc.decode_without_bom_handling(bytes);
                return Decoded {
                    text: text.into_owned(),
                    encoding: enc.name(),
                    warning: None,
                };
            }
        }
    }
    // UTF-8 with a few broken bytes (a truncated download, one bad paste) still has more valid
    // multi-byte sequences than broken ones; legacy single-byte text almost never has any.
    let lossy = String::from_utf8_lossy(bytes);
    let (mut valid_wide, mut bad) = (0usize, 0usize);
    for c in lossy.chars() {
        match c {
            char::REPLACEMENT_CHARACTER => bad += 1,
            c if !c.is_ascii() => valid_wide += 1,
            _ => {}
        }
    }
    if valid_wide > bad {
        let valid = std::str::from_utf8(bytes)
            .err()
            .map_or(0, |e| e.valid_up_to());
        return Decoded {
            text: lossy.into_owned(),
            encoding: encoding_rs::UTF_8.name(),
            warning: Some(format!(
                "invalid UTF-8 at byte {valid}: {bad} sequence(s) replaced with U+FFFD"
            )),
        };
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        warning: Some(format!(
            "not UTF-8 and no declared charset: decoded as {} (detected)",
            enc.name()
        )),
    }
}

/// Decodes an HTML page (what the evaluations and `vigie extract` read): see [`decode`].
pub fn decode_html(bytes: &[u8]) -> String {
    decode(bytes, true).text
}

/// The encoding a page declares: a `charset=` in a meta tag, or an XML declaration's
/// `encoding=`. Labels follow the WHATWG Encoding Standard ("latin1" → windows-1252).
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + 7;
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let start = i;
        while i < lower.len()
            && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if let Some(enc) = Encoding::for_label(&lower[start..i]) {
            return Some(enc);
        }
        from = i.max(from + pos + 1);
    }
    if let Some(pos) = find(&lower, b"encoding=") {
        let rest = &lower[pos + 9..];
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
            .unwrap_or(rest.len());
        return Encoding::for_label(&rest[..end]);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charsets_and_boms() {
        let latin1 = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Gr\xfc\xdfe aus K\xf6ln</body></html>";
        let d = decode(latin1, true);
        assert!(d.text.contains("Grüße aus Köln"));
        assert_eq!((d.encoding, d.warning), ("windows-1252", None));
        let http_equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcc\xe8\xed\xf1\xea</p>";
        assert!(decode_html(http_equiv).contains("Минск"));
        let xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><p>\xa3\xf3d\xbc</p>";
        assert!(decode_html(xml).contains("Łódź"));
        let bom = b"\xef\xbb\xbf<p>\xc3\xa9t\xc3\xa9</p>";
        assert_eq!(decode_html(bom), "<p>été</p>");
    }

    #[test]
    fn undeclared_legacy_text_is_detected_with_a_warning() {
        // Windows-1251 Russian with no declaration anywhere (a plain text dump).
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251
            .encode("Президент Белоруссии Александр Лукашенко заявил во вторник, что войска не войдут на территорию Украины.");
        let d = decode(&cp1251, false);
        assert_eq!(d.encoding, "windows-1251");
        assert!(d.text.contains("Лукашенко"));
        assert!(d.warning.unwrap().contains("detected"));
        // French in Latin-1.
        let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(
            "Le président biélorusse a déclaré que les troupes étaient prêtes à intervenir.",
        );
        let d = decode(&latin1, false);
        assert!(d.text.contains("président biélorusse"), "{}", d.text);
    }

    #[test]
    fn mostly_utf8_keeps_utf8_and_marks_the_broken_bytes() {
        let mut bytes = "Loukachenko a déclaré à Minsk que la Biélorussie resterait neutre. "
            .repeat(5)
            .into_bytes();
        bytes.push(0xC3); // a truncated two-byte sequence at the end
        let d = decode(&bytes, false);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("Biélorussie"));
        assert!(d.warning.unwrap().contains("U+FFFD"));
    }

    #[test]
    fn valid_utf8_wins_over_a_wrong_declaration() {
        let page = "<meta charset=\"iso-8859-1\"><p>Лукашенко</p>";
        let d = decode(page.as_bytes(), true);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("Лукашенко"));
        assert_eq!(d.warning, None);
    }
}
