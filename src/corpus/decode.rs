//! Bytes → text: byte-order marks, UTF-8, UTF-16, legacy single-byte encodings, and a clear
//! refusal for binary formats.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Known binary signatures: (magic bytes at offset 0, what the file is).
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1F\x8B", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xFD7zXZ\x00", "xz archive"),
    (b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
    (b"\x28\xB5\x2F\xFD", "Zstandard archive"),
    (b"Rar!\x1A\x07", "RAR archive"),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "Microsoft Office (OLE) document",
    ),
    (b"\x7FELF", "executable (ELF)"),
    (b"MZ", "executable (Windows)"),
    (b"\x00asm", "WebAssembly module"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media file"),
    (b"fLaC", "FLAC audio file"),
    (b"ID3", "MP3 audio file"),
];

/// What a binary file is, when its first bytes say so.
pub(super) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" {
        return Some(match &bytes[8..12] {
            b"WEBP" => "WebP image",
            b"WAVE" => "WAV audio file",
            b"AVI " => "AVI video file",
            _ => "RIFF media file",
        });
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4/QuickTime media file");
    }
    let kind = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)?;
    // Short magic numbers that are also plausible text openings need a second look.
    let plausible_text = match kind {
        "bzip2 archive" => !bytes.get(3).is_some_and(|b| (b'1'..=b'9').contains(b)),
        "executable (Windows)" => bytes.len() < 64 || bytes[..64].iter().all(|&b| b != 0),
        "MP3 audio file" => bytes.len() < 10 || bytes[3] == b' ' || bytes[3].is_ascii_alphabetic(),
        _ => false,
    };
    (!plausible_text).then_some(kind)
}

/// "PDF document is not supported" and the like.
pub(super) fn binary_message(kind: &str) -> String {
    if kind == "ZIP archive" {
        "ZIP archive is not supported (.docx, .odt and .epub files are ZIP archives too)".into()
    } else {
        format!("{kind} is not supported")
    }
}

/// Bytes → (text, encoding name such as "UTF-8", "UTF-16LE", "windows-1252").
///
/// Order: binary signatures, byte-order marks, NUL bytes (binary), valid UTF-8, then the
/// legacy encoding `chardetng` finds most likely (a `<meta charset>` wins for HTML).
pub fn decode_with_encoding(bytes: &[u8]) -> Result<(String, &'static str), String> {
    decode_impl(bytes.to_vec(), false)
}

/// Like [`decode_with_encoding`], but takes the buffer (no copy for UTF-8) and honours an
/// HTML `<meta charset>` declaration when `html` is set.
pub(super) fn decode_impl(bytes: Vec<u8>, html: bool) -> Result<(String, &'static str), String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if let Some(kind) = binary_kind(&bytes) {
        return Err(binary_message(kind));
    }
    let (text, encoding) = if let Some((bom_encoding, bom_len)) = Encoding::for_bom(&bytes) {
        let (text, _) = bom_encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if text.contains('\0') {
            return Err("binary file (contains NUL characters)".into());
        }
        (text.into_owned(), bom_encoding.name())
    } else if bytes.contains(&0) {
        return Err(match utf16_without_bom(&bytes) {
            Some(name) => format!("{name} text without a byte-order mark is not supported"),
            None => "binary file (contains NUL bytes)".into(),
        });
    } else {
        match String::from_utf8(bytes) {
            Ok(text) => (text, UTF_8.name()),
            Err(e) => {
                let bytes = e.into_bytes();
                let encoding = html
                    .then(|| html_meta_charset(&bytes))
                    .flatten()
                    .unwrap_or_else(|| guess_legacy(&bytes));
                let (text, _) = encoding.decode_without_bom_handling(&bytes);
                (text.into_owned(), encoding.name())
            }
        }
    };
    if text.trim().is_empty() {
        return Err("empty file (only white space)".into());
    }
    if looks_binary(&text) {
        return Err("binary file (mostly control characters)".into());
    }
    Ok((text, encoding))
}

fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    // Only non-ASCII bytes tell encodings apart: feed the 8 KiB blocks that have some (up
    // to 1 MiB), so a 40 MB file is judged as fast as a small one.
    const BLOCK: usize = 8 * 1024;
    const BUDGET: usize = 1024 * 1024;
    let mut detector = chardetng::EncodingDetector::new();
    let mut fed = 0;
    let mut previous_fed = false;
    for block in bytes.chunks(BLOCK) {
        // The block after a fed one too: a double-byte character may straddle the edge.
        let feed = !block.is_ascii() || previous_fed;
        previous_fed = feed && !block.is_ascii();
        if feed {
            detector.feed(block, false);
            fed += block.len();
            if fed >= BUDGET {
                break;
            }
        }
    }
    detector.feed(&[], true);
    let guess = detector.guess(None, true);
    // The bytes are not valid UTF-8, so a UTF-8 guess would only produce replacement marks.
    if guess == UTF_8 {
        encoding_rs::WINDOWS_1252
    } else {
        guess
    }
}

/// `<meta charset="…">` or `content="text/html; charset=…"` in the first 2 KiB.
fn html_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    let encoding = Encoding::for_label(label.as_bytes())?;
    // A page that claims UTF-8 (or UTF-16) but is not valid UTF-8 is really something else.
    (encoding != UTF_8 && encoding != UTF_16LE && encoding != UTF_16BE).then_some(encoding)
}

/// UTF-16 without a BOM shows NULs in every other byte of ASCII text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 >= pairs * 9 && even_nul * 10 < pairs {
        Some("UTF-16LE")
    } else if even_nul * 10 >= pairs * 9 && odd_nul * 10 < pairs {
        Some("UTF-16BE")
    } else {
        None
    }
}

/// More than 10 % control characters (other than white space) in the first 4,096.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(4096) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}' | '\u{b}') {
            control += 1;
        }
    }
    control * 10 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(bytes: &[u8]) -> Result<(String, &'static str), String> {
        decode_with_encoding(bytes)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(enc(b"caf\xC3\xA9").unwrap(), ("café".into(), "UTF-8"));
        assert_eq!(enc(b"\xEF\xBB\xBFhi").unwrap(), ("hi".into(), "UTF-8"));
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("café".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("café".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(enc(&le).unwrap(), ("café".into(), "UTF-16LE"));
        assert_eq!(enc(&be).unwrap(), ("café".into(), "UTF-16BE"));
        let no_bom: Vec<u8> = "hello".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(enc(&no_bom).unwrap_err().contains("UTF-16LE"));
    }

    #[test]
    fn legacy_single_byte() {
        let (text, name) = enc(b"The \x93caf\xE9\x94 opened on Monday, said the owner.").unwrap();
        assert_eq!(
            text,
            "The \u{201c}café\u{201d} opened on Monday, said the owner."
        );
        assert_eq!(name, "windows-1252");
    }

    #[test]
    fn large_legacy_files_are_sampled() {
        // Non-ASCII bytes only far into a big file, and a Shift_JIS text.
        let mut bytes = b"plain ascii line\n".repeat(200_000);
        bytes.extend_from_slice(b"Le caf\xE9 \x93Chez Paul\x94 a rouvert.\n");
        let (text, name) = enc(&bytes).unwrap();
        assert_eq!(name, "windows-1252");
        assert!(text.ends_with("Le café “Chez Paul” a rouvert.\n"));
        let japanese = "東京で地震が発生しました。".repeat(50);
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(&japanese);
        assert_eq!(enc(&sjis).unwrap().1, "Shift_JIS");
    }

    #[test]
    fn html_meta_charset_wins() {
        let html = b"<html><head><meta charset=\"iso-8859-7\"></head><body>\xE1\xE2</body></html>";
        let (text, name) = decode_impl(html.to_vec(), true).unwrap();
        assert_eq!(name, "ISO-8859-7");
        assert!(text.contains("αβ"));
    }

    #[test]
    fn binary_formats_are_named() {
        assert!(
            enc(b"%PDF-1.7\n...")
                .unwrap_err()
                .starts_with("PDF document is not supported")
        );
        assert!(
            enc(b"PK\x03\x04\x14\0")
                .unwrap_err()
                .starts_with("ZIP archive")
        );
        assert!(
            enc(b"\x89PNG\r\n\x1a\n\0\0")
                .unwrap_err()
                .starts_with("PNG image")
        );
        assert!(
            enc(b"\xFF\xD8\xFF\xE0")
                .unwrap_err()
                .starts_with("JPEG image")
        );
        assert!(enc(b"GIF89a..").unwrap_err().starts_with("GIF image"));
        assert!(
            enc(b"\x1F\x8B\x08\0")
                .unwrap_err()
                .starts_with("gzip archive")
        );
        assert!(enc(b"ab\0cd").unwrap_err().contains("NUL"));
        assert!(
            enc(b"\x01\x02\x03\x04\x05abc")
                .unwrap_err()
                .contains("control")
        );
        // Text that merely starts like a short signature is still text.
        assert!(enc(b"BZhang said on Monday").is_ok());
        assert!(enc(b"MZ Smith, 2024").is_ok());
        assert!(enc(b"ID3 is a tag format").is_ok());
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(enc(b"").unwrap_err(), "empty file");
        assert!(enc(b" \n\t ").unwrap_err().contains("white space"));
        assert!(enc(b"\xEF\xBB\xBF").unwrap_err().contains("white space"));
    }
}
