//! Byte-level tokenizer: ASCII words, digit runs, punctuation; non-ASCII chars are
//! opaque `Other` tokens, except typographic dashes, apostrophes and quotes, which are
//! punctuation like their ASCII forms. Words are classified by the lexicon while scanning.

use super::lexicon::{Lex, classify};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct(u8),
    Other,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// Byte offsets (end exclusive).
    pub s: usize,
    pub e: usize,
    pub k: Kind,
    pub lex: Lex,
    /// Value of a digit run (saturating), 0 otherwise.
    pub num: u32,
    /// Whitespace separated this token from the previous one.
    pub sp: bool,
    /// A newline occurs between the previous token and this one.
    pub nl: bool,
    /// First letter is upper case.
    pub cap: bool,
}

/// Tokenize `text` into `out` (cleared first).
pub fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    // roughly one token per 5 bytes of English text
    out.reserve(text.len() / 5 + 16);
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut sp = false;
    let mut nl = false;
    while i < n {
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' || c == b'\n' {
            sp = true;
            if c == b'\n' {
                nl = true;
            }
            i += 1;
            continue;
        }
        let s = i;
        let (k, lex, num, cap) = if c.is_ascii_alphabetic() {
            while i < n && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            let mut lex = classify(&b[s..i]);
            // the rest of a word an apostrophe splits is no word of its own
            // ("nor'easter", "Hallowe'en")
            if !sp
                && !matches!(lex, Lex::Nil)
                && let [.., w, a] = out.as_slice()
                && !a.sp
                && a.k == Kind::Punct(b'\'')
                && w.k == Kind::Word
            {
                lex = Lex::Nil;
            }
            (Kind::Word, lex, 0, c.is_ascii_uppercase())
        } else if c.is_ascii_digit() {
            let mut v: u32 = 0;
            while i < n && b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add((b[i] - b'0') as u32);
                i += 1;
            }
            (Kind::Num, Lex::Nil, v, false)
        } else if c < 0x80 {
            i += 1;
            (Kind::Punct(c), Lex::Nil, 0, false)
        } else {
            // Non-ASCII: one UTF-8 scalar; skip continuation bytes.
            i += 1;
            while i < n && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            // Treat non-breaking space and similar as whitespace.
            if &b[s..i] == "\u{a0}".as_bytes() {
                sp = true;
                continue;
            }
            // Typographic dashes, apostrophes and quotes behave like their
            // ASCII forms ("2019–20", "New Year’s Eve", "the ’90s")
            let k = match &b[s..i] {
                [0xE2, 0x80, 0x92 | 0x93] => Kind::Punct(b'-'),
                [0xE2, 0x80, 0x98 | 0x99] => Kind::Punct(b'\''),
                [0xE2, 0x80, 0x9C | 0x9D] => Kind::Punct(b'"'),
                _ => Kind::Other,
            };
            (k, Lex::Nil, 0, false)
        };
        // "the financial year" is the fiscal one
        if lex == Lex::Year
            && let Some(p) = out.last_mut()
            && p.lex == Lex::Nil
            && b[p.s..p.e].eq_ignore_ascii_case(b"financial")
        {
            p.lex = Lex::Fiscal;
        }
        out.push(Tok {
            s,
            e: i,
            k,
            lex,
            num,
            sp,
            nl,
            cap,
        });
        sp = false;
        nl = false;
    }
}
