//! The text of an error: a writer that stops at a bound, the keys of a document as text,
//! and the fields a message leads with.

use core::fmt;
use core::iter;

use crate::text::is_forbidden;

/// The mark of a cut text.
const MARK: char = '…';

/// `c` as an error shows it: itself, or a `\u{…}` escape when a one-line text refuses
/// it (see [`crate::QUOTE_LIMIT`]).
fn shown(c: char) -> impl Iterator<Item = char> {
    let escape = is_forbidden(c);
    c.escape_unicode()
        .filter(move |_| escape)
        .chain(iter::once(c).filter(move |_| !escape))
}

/// A text of at most `limit` bytes, the mark `…` of a cut included, with every character
/// a one-line text refuses escaped. Writing past the bound fails, so a formatter
/// writing into it stops there and nothing larger is ever copied.
pub(super) struct Bounded {
    text: String,
    limit: usize,
    /// Where the text is cut if it does not fit: the end of the last whole character
    /// or escape that leaves room for the mark.
    cut: Option<usize>,
    full: bool,
}

impl Bounded {
    pub(super) fn new(limit: usize) -> Self {
        Self {
            text: String::with_capacity(limit.min(1024)),
            limit,
            cut: None,
            full: false,
        }
    }

    /// Ends the text with the mark, as if more had followed.
    pub(super) fn mark(&mut self) {
        self.cut.get_or_insert(self.text.len());
        self.full = true;
    }

    /// The text, cut and marked if more was written than fits.
    pub(super) fn finish(mut self) -> String {
        if self.full {
            self.text.truncate(self.cut.unwrap_or(self.text.len()));
            self.text.push(MARK);
        }
        self.text
    }
}

impl fmt::Write for Bounded {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        s.chars().try_for_each(|c| self.write_char(c))
    }

    fn write_char(&mut self, c: char) -> fmt::Result {
        if self.full {
            return Err(fmt::Error);
        }
        let width: usize = shown(c).map(char::len_utf8).sum();
        let end = self.text.len().saturating_add(width);
        if self.cut.is_none() && end > self.limit.saturating_sub(MARK.len_utf8()) {
            self.cut = Some(self.text.len());
        }
        if end > self.limit {
            self.full = true;
            return Err(fmt::Error);
        }
        self.text.extend(shown(c));
        Ok(())
    }
}

/// Passes what is written on to `inner`, except its last bytes when they are `suffix`:
/// `serde_json` ends the text of an error with its position, which a
/// [`JsonError`](super::JsonError) keeps apart. Holds back at most `suffix.len() + 3`
/// bytes.
pub(super) struct WithoutSuffix<'a, W> {
    inner: &'a mut W,
    suffix: &'a str,
    held: String,
}

impl<'a, W: fmt::Write> WithoutSuffix<'a, W> {
    pub(super) fn new(inner: &'a mut W, suffix: &'a str) -> Self {
        Self {
            inner,
            suffix,
            held: String::with_capacity(suffix.len().saturating_add(4)),
        }
    }

    /// Writes what is held back, unless it is the suffix.
    pub(super) fn finish(self) -> fmt::Result {
        if self.held == self.suffix {
            Ok(())
        } else {
            self.inner.write_str(&self.held)
        }
    }
}

impl<W: fmt::Write> fmt::Write for WithoutSuffix<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let keep = self.suffix.len();
        let total = self.held.len().saturating_add(s.len());
        // Bytes that can no longer be part of the suffix.
        let Some(release) = total.checked_sub(keep).filter(|&n| n > 0) else {
            self.held.push_str(s);
            return Ok(());
        };
        if let Some(from_s) = release.checked_sub(self.held.len()) {
            let at = floor_char_boundary(s, from_s);
            let (now, later) = s.split_at_checked(at).unwrap_or((s, ""));
            self.inner.write_str(&self.held)?;
            self.inner.write_str(now)?;
            self.held.clear();
            self.held.push_str(later);
        } else {
            let at = floor_char_boundary(&self.held, release);
            self.inner
                .write_str(self.held.get(..at).unwrap_or_default())?;
            self.held.replace_range(..at, "");
            self.held.push_str(s);
        }
        Ok(())
    }
}

/// The largest character boundary of `s` at or before `at`.
fn floor_char_boundary(s: &str, at: usize) -> usize {
    (0..=at.min(s.len()))
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------
// Keys.

/// A key of a path: from the document (the raw text between its quotes, escapes not
/// undone) or from a message (as an error shows it).
#[derive(Debug, Clone, Copy)]
pub(super) enum Key<'a> {
    Raw(&'a [u8]),
    Text(&'a str),
}

/// One step of a path: a key of an object or an index of an array.
#[derive(Debug, Clone, Copy)]
pub(super) enum Seg<'a> {
    Key(Key<'a>),
    Index(usize),
}

impl Key<'_> {
    /// Writes the key as an error shows it.
    pub(super) fn write(self, out: &mut impl fmt::Write) -> fmt::Result {
        match self {
            Key::Raw(raw) => KeyChars(raw).try_for_each(|c| out.write_char(c)),
            Key::Text(text) => out.write_str(text),
        }
    }

    /// Whether the key, as an error shows it, is `text`; or, with `cut`, starts with it.
    pub(super) fn is(self, text: &str, cut: bool) -> bool {
        let mut matcher = Matcher {
            rest: text.chars(),
            ended: false,
        };
        let whole = Key::write_shown(self, &mut matcher).is_ok() && matcher.rest.next().is_none();
        whole || (cut && matcher.ended)
    }

    /// Writes the key with every character as an error shows it.
    fn write_shown(self, out: &mut impl fmt::Write) -> fmt::Result {
        match self {
            Key::Raw(raw) => KeyChars(raw)
                .flat_map(shown)
                .try_for_each(|c| out.write_char(c)),
            Key::Text(text) => out.write_str(text),
        }
    }
}

impl Seg<'_> {
    /// Whether both name the same step.
    pub(super) fn same(self, other: Seg<'_>) -> bool {
        match (self, other) {
            (Seg::Index(a), Seg::Index(b)) => a == b,
            (Seg::Key(Key::Text(a)), Seg::Key(Key::Text(b))) => a == b,
            (Seg::Key(Key::Raw(a)), Seg::Key(Key::Raw(b))) => KeyChars(a).eq(KeyChars(b)),
            (Seg::Key(Key::Raw(raw)), Seg::Key(Key::Text(text)))
            | (Seg::Key(Key::Text(text)), Seg::Key(Key::Raw(raw))) => Key::Raw(raw).is(text, false),
            _ => false,
        }
    }
}

/// Compares what is written with a text, failing at the first difference.
struct Matcher<'t> {
    rest: core::str::Chars<'t>,
    /// Whether the text ended before what was written did.
    ended: bool,
}

impl fmt::Write for Matcher<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        s.chars().try_for_each(|c| self.write_char(c))
    }

    fn write_char(&mut self, c: char) -> fmt::Result {
        match self.rest.next() {
            Some(expected) if expected == c => Ok(()),
            Some(_) => Err(fmt::Error),
            None => {
                self.ended = true;
                Err(fmt::Error)
            }
        }
    }
}

/// The characters of a JSON string's raw text, escapes undone; bytes that are not UTF-8
/// and lone surrogates read as U+FFFD.
struct KeyChars<'a>(&'a [u8]);

impl KeyChars<'_> {
    fn hex(&mut self) -> Option<u16> {
        let (digits, rest) = self.0.split_at_checked(4)?;
        let digits = core::str::from_utf8(digits).ok()?;
        let value = u16::from_str_radix(digits, 16).ok()?;
        self.0 = rest;
        Some(value)
    }

    fn escape(&mut self) -> char {
        let Some((&letter, rest)) = self.0.split_first() else {
            return char::REPLACEMENT_CHARACTER;
        };
        self.0 = rest;
        match letter {
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let Some(first) = self.hex() else {
                    return char::REPLACEMENT_CHARACTER;
                };
                if (0xD800..0xDC00).contains(&first)
                    && let Some(rest) = self.0.strip_prefix(b"\\u")
                {
                    let before = self.0;
                    self.0 = rest;
                    match self.hex() {
                        Some(second @ 0xDC00..0xE000) => {
                            return char::decode_utf16([first, second])
                                .next()
                                .and_then(Result::ok)
                                .unwrap_or(char::REPLACEMENT_CHARACTER);
                        }
                        _ => self.0 = before,
                    }
                }
                char::from_u32(u32::from(first)).unwrap_or(char::REPLACEMENT_CHARACTER)
            }
            other => char::from(other),
        }
    }
}

impl Iterator for KeyChars<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let (&first, rest) = self.0.split_first()?;
        if first == b'\\' {
            self.0 = rest;
            return Some(self.escape());
        }
        if first.is_ascii() {
            self.0 = rest;
            return Some(char::from(first));
        }
        // A character is at most 4 bytes: look no further, so that reading a long key
        // stays linear.
        let window = self.0.get(..4).unwrap_or(self.0);
        let chunk = window.utf8_chunks().next()?;
        if let Some(c) = chunk.valid().chars().next() {
            self.0 = self.0.get(c.len_utf8()..).unwrap_or_default();
            Some(c)
        } else {
            let skip = chunk.invalid().len().max(1);
            self.0 = self.0.get(skip..).unwrap_or_default();
            Some(char::REPLACEMENT_CHARACTER)
        }
    }
}

/// Writes `steps` as a path, `field.inner[index]`, into `out`.
pub(super) fn write_path(steps: &[Seg<'_>], out: &mut impl fmt::Write) -> fmt::Result {
    for (n, step) in steps.iter().enumerate() {
        match *step {
            Seg::Key(key) => {
                if n > 0 {
                    out.write_char('.')?;
                }
                key.write(out)?;
            }
            Seg::Index(index) => write!(out, "[{index}]")?,
        }
    }
    Ok(())
}

/// `steps` as a path of at most `limit` bytes; with `deeper`, marked as cut.
pub(super) fn path_text(steps: &[Seg<'_>], deeper: bool, limit: usize) -> String {
    let mut out = Bounded::new(limit);
    // A full text stops the writing; what was written is kept.
    let _ = write_path(steps, &mut out);
    if deeper {
        out.mark();
    }
    out.finish()
}

// ---------------------------------------------------------------------------------
// Messages.

/// The fields a message leads with, and the rest of it.
///
/// The crate's errors start with the path of their field, relative to the value that
/// raised them, then `: ` (`terms.working_time_percent: must be …`); an error that
/// wraps another puts its own field first (`languages: unknown variant …`), and a
/// roster puts the record first, with its id (``workers[3] (id `kap-1`): languages: …``).
/// The leads are joined into one path: `workers[3].languages`.
pub(super) fn leading_fields(message: &str) -> (Vec<Seg<'_>>, &str) {
    let mut fields = Vec::new();
    let mut rest = message;
    while let Some((lead, after)) = lead(rest) {
        fields.extend(lead);
        rest = after;
    }
    (fields, rest)
}

/// One lead: a path of identifiers and indexes, an optional `` (id `…`)``, then `: `.
fn lead(message: &str) -> Option<(Vec<Seg<'_>>, &str)> {
    let (name, mut rest) = identifier(message)?;
    let mut fields = vec![Seg::Key(Key::Text(name))];
    loop {
        if let Some(after) = rest.strip_prefix('.') {
            let (name, after) = identifier(after)?;
            fields.push(Seg::Key(Key::Text(name)));
            rest = after;
        } else if let Some(after) = rest.strip_prefix('[') {
            let (digits, after) = after.split_once(']')?;
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            fields.push(Seg::Index(digits.parse().ok()?));
            rest = after;
        } else {
            break;
        }
    }
    if let Some(after) = rest.strip_prefix(" (id `") {
        let (_, after) = after.split_once("`)")?;
        rest = after;
    }
    Some((fields, rest.strip_prefix(": ")?))
}

/// A name of letters, digits and `_`, not starting with a digit, and what follows it.
fn identifier(text: &str) -> Option<(&str, &str)> {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    let (name, rest) = text.split_at_checked(end)?;
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        .then_some((name, rest))
}

/// A field serde names in its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Named<'m> {
    /// ``missing field `x` ``: a field the object lacks.
    Missing(&'m str),
    /// ``unknown field `x`, …`` or ``duplicate field `x` ``: a key of the object; `cut`
    /// when the message was cut inside the name.
    Key { name: &'m str, cut: bool },
}

/// The field a message of serde's is about, if it is one of those.
pub(super) fn named_field(message: &str) -> Option<Named<'_>> {
    if let Some(rest) = message.strip_prefix("missing field `") {
        let (name, _) = rest.rsplit_once('`')?;
        return Some(Named::Missing(name));
    }
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("duplicate field `"))?;
    Some(
        match rest.split_once("`, ").or_else(|| rest.rsplit_once('`')) {
            Some((name, _)) => Named::Key { name, cut: false },
            None => Named::Key {
                name: rest.strip_suffix(MARK).unwrap_or(rest),
                cut: true,
            },
        },
    )
}

#[cfg(test)]
mod tests {
    use core::fmt::Write as _;

    use super::*;

    fn cut(text: &str, limit: usize) -> String {
        let mut out = Bounded::new(limit);
        let _ = out.write_str(text);
        out.finish()
    }

    #[test]
    fn a_cut_text_keeps_its_bound_with_the_mark() {
        assert_eq!(cut("abcdef", 6), "abcdef");
        assert_eq!(cut("abcdefg", 6), "abc…");
        assert_eq!(cut("ääää", 8), "ääää");
        assert_eq!(cut("äääää", 8), "ää…");
        // An escape is never split.
        assert_eq!(cut("ab\ncdefghij", 9), "ab…");
        assert_eq!(cut("ab\n", 9), "ab\\u{a}");
        for limit in 0..20 {
            assert!(cut(&"x\u{202e}y".repeat(10), limit).len() <= limit.max(3));
        }
    }

    #[test]
    fn the_suffix_is_held_back() {
        for pieces in [
            &["abc", " at line 1 column 2"][..],
            &["abc at line 1", " column 2"],
            &["a", "b", "c", " ", "at line 1 column 2"],
        ] {
            let mut out = String::new();
            let mut writer = WithoutSuffix::new(&mut out, " at line 1 column 2");
            for piece in pieces {
                writer.write_str(piece).unwrap();
            }
            writer.finish().unwrap();
            assert_eq!(out, "abc");
        }
        let mut out = String::new();
        let mut writer = WithoutSuffix::new(&mut out, "xyz");
        writer.write_str("ä€").unwrap();
        writer.finish().unwrap();
        assert_eq!(out, "ä€");
    }

    #[test]
    fn keys_read_with_escapes_undone() {
        let text: String = KeyChars(br"a\n\u00e4\ud83d\ude00\ud800x\/").collect();
        assert_eq!(text, "a\nä😀\u{fffd}x/");
        let text: String = KeyChars(b"a\xffb\xe2\x82").collect();
        assert_eq!(text, "a\u{fffd}b\u{fffd}");
        assert!(Key::Raw(br"a\u0062").is("ab", false));
        assert!(Key::Raw(b"a\\nb").is("a\\u{a}b", false));
        assert!(Key::Raw(b"abcdef").is("abc", true));
        assert!(!Key::Raw(b"abcdef").is("abc", false));
    }

    #[test]
    fn messages_lead_with_their_fields() {
        let (fields, rest) = leading_fields("workers[3] (id `k`): languages: `fi` twice");
        assert_eq!(rest, "`fi` twice");
        let mut path = String::new();
        write_path(&fields, &mut path).unwrap();
        assert_eq!(path, "workers[3].languages");
        for plain in [
            "invalid type: string",
            "expected value",
            "missing field `x`",
            "2x: y",
        ] {
            let (fields, rest) = leading_fields(plain);
            assert!(fields.is_empty());
            assert_eq!(rest, plain);
        }
        assert_eq!(
            named_field("missing field `title`"),
            Some(Named::Missing("title"))
        );
        assert_eq!(
            named_field("unknown field `a`b`, expected `c`"),
            Some(Named::Key {
                name: "a`b",
                cut: false
            })
        );
        assert_eq!(
            named_field("unknown field `kkk…"),
            Some(Named::Key {
                name: "kkk",
                cut: true
            })
        );
    }
}
