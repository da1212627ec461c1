//! A JSON scanner that finds where in a document a byte offset lies: the path to the
//! innermost value there, where each value on the path starts, and whether the text is
//! broken at or before the offset.
//!
//! It reads the document from the start, allocates nothing in proportion to it (keys
//! are borrowed from the text; it keeps one frame per open object or array, up to
//! [`MAX_FRAMES`], and skips what lies deeper), and follows `serde_json`'s grammar, so
//! that a fault `serde_json` meets is a fault here at the same place.

use super::text::{Key, Seg};

/// The most open objects and arrays the scanner keeps track of; deeper values are
/// skipped as a whole. `serde_json` refuses to read values nested deeper than 127, except
/// inside a value it ignores.
const MAX_FRAMES: usize = 128;

/// The depth of the container `serde_json` refuses to enter (its recursion limit).
const SERDE_DEPTH_LIMIT: usize = 128;

/// How the text is broken, if it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Broken {
    /// Not JSON.
    Syntax,
    /// The text ends before the document does.
    Eof,
}

/// One step of the path to a value, and where the value it leads to starts, if it has
/// started before the offset.
#[derive(Debug, Clone, Copy)]
pub(super) struct Step<'a> {
    pub(super) seg: Seg<'a>,
    pub(super) start: Option<usize>,
}

/// Where an offset of a document lies.
#[derive(Debug)]
pub(super) struct Spot<'a> {
    /// The path to the innermost value at the offset.
    pub(super) steps: Vec<Step<'a>>,
    /// Whether the value lies deeper than the path says (past [`MAX_FRAMES`]).
    pub(super) deeper: bool,
    /// Where the document's value starts.
    pub(super) root: Option<usize>,
    /// Whether, and how, the text is broken at or before the offset.
    pub(super) broken: Option<Broken>,
    /// When the offset lies after a `,` in an array, before the next value: the step to
    /// the value before the `,`. `serde_json` skips the `,` when an array's reader
    /// fails, so an error the reader raises about the value it just read (a list too
    /// long, a value listed twice) is placed after it.
    pub(super) before_comma: Option<Step<'a>>,
}

impl<'a> Spot<'a> {
    /// The spot of a fault of the document as a whole, found once it was read.
    pub(super) fn whole(text: &'a [u8]) -> Self {
        Self {
            steps: Vec::new(),
            deeper: false,
            root: text.iter().position(|&b| !is_space(b)),
            broken: None,
            before_comma: None,
        }
    }
}

/// Where `stop` lies in `text`: the scanner reads the bytes before it (and to the end
/// of the text when `stop` is its length).
pub(super) fn spot(text: &[u8], stop: usize) -> Spot<'_> {
    let mut scanner = Scanner {
        text,
        stop: stop.min(text.len()),
        pos: 0,
        frames: Vec::new(),
        expect: Expect::Value,
        root: None,
        last: None,
        skipping: false,
    };
    let halt = scanner.run();
    scanner.into_spot(halt)
}

/// What the scanner reads next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// A value: the document's, after `:`, or after `,` in an array.
    Value,
    /// A value or `]`, after `[`.
    ValueOrEnd,
    /// A key or `}`, after `{`.
    KeyOrEnd,
    /// A key, after `,` in an object.
    Key,
    /// `:` after a key.
    Colon,
    /// `,` or the end of the object or array, after a value in it.
    CommaOrEnd,
    /// Nothing but white space, after the document's value.
    Nothing,
}

/// Why the scanner stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Halt {
    /// It reached the offset.
    Stop,
    /// It reached the end of the text.
    End,
    /// The text is not JSON at the byte it read last.
    Syntax,
}

/// An open object or array.
#[derive(Debug)]
struct Frame<'a> {
    object: bool,
    /// The current key (raw), in an object.
    key: &'a [u8],
    /// The current index, in an array.
    index: usize,
    /// Whether the current member is on the path: its key was read, or, in an array,
    /// its value began or a `,` announced it.
    member: bool,
    /// Where the current member's value starts.
    member_start: Option<usize>,
    /// Where the member before the current one starts, in an array.
    previous_start: Option<usize>,
}

/// The last string or number read, to tell a fault `serde_json` finds only when it reads
/// one as text or as a number (a lone surrogate, bytes that are not UTF-8, a number out
/// of range) and not when it skips one.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: Option<usize>,
    string: bool,
    lone_surrogate: bool,
}

struct Scanner<'a> {
    text: &'a [u8],
    stop: usize,
    pos: usize,
    frames: Vec<Frame<'a>>,
    expect: Expect,
    root: Option<usize>,
    last: Option<Token>,
    /// Whether the scanner is inside a value deeper than [`MAX_FRAMES`].
    skipping: bool,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\t' | b'\r')
}

impl<'a> Scanner<'a> {
    /// The byte at the position, if the scanner may read it.
    fn peek(&self) -> Result<u8, Halt> {
        match self.text.get(self.pos) {
            None => Err(Halt::End),
            Some(_) if self.pos >= self.stop => Err(Halt::Stop),
            Some(&b) => Ok(b),
        }
    }

    fn bump(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    fn next(&mut self) -> Result<u8, Halt> {
        let b = self.peek()?;
        self.bump();
        Ok(b)
    }

    /// `peek`, where the end of the text ends a number rather than the document.
    fn peek_in_number(&self) -> Result<Option<u8>, Halt> {
        match self.peek() {
            Ok(b) => Ok(Some(b)),
            Err(Halt::End) => Ok(None),
            Err(halt) => Err(halt),
        }
    }

    fn skip_space(&mut self) -> Result<u8, Halt> {
        loop {
            let b = self.peek()?;
            if !is_space(b) {
                return Ok(b);
            }
            self.bump();
        }
    }

    fn run(&mut self) -> Halt {
        match self.read() {
            Ok(()) => Halt::End,
            Err(halt) => halt,
        }
    }

    /// Reads to the offset, the end of the text, or the first fault.
    fn read(&mut self) -> Result<(), Halt> {
        loop {
            let b = match self.skip_space() {
                Err(Halt::End) if self.expect == Expect::Nothing => return Ok(()),
                other => other?,
            };
            match self.expect {
                Expect::ValueOrEnd if b == b']' => self.close(false)?,
                Expect::Value | Expect::ValueOrEnd => self.value(b)?,
                Expect::KeyOrEnd if b == b'}' => self.close(true)?,
                Expect::KeyOrEnd | Expect::Key if b == b'"' => self.key()?,
                Expect::Colon if b == b':' => {
                    self.bump();
                    self.expect = Expect::Value;
                }
                Expect::CommaOrEnd => self.after_member(b)?,
                Expect::KeyOrEnd | Expect::Key | Expect::Colon | Expect::Nothing => {
                    return Err(Halt::Syntax);
                }
            }
        }
    }

    fn after_member(&mut self, b: u8) -> Result<(), Halt> {
        let Some(frame) = self.frames.last_mut() else {
            return Err(Halt::Syntax);
        };
        match (b, frame.object) {
            (b',', true) => {
                frame.member = false;
                frame.member_start = None;
                self.expect = Expect::Key;
            }
            (b',', false) => {
                frame.index = frame.index.saturating_add(1);
                frame.member = true;
                frame.previous_start = frame.member_start.take();
                self.expect = Expect::Value;
            }
            (b'}', true) => return self.close(true),
            (b']', false) => return self.close(false),
            _ => return Err(Halt::Syntax),
        }
        self.bump();
        self.last = None;
        Ok(())
    }

    /// Reads a value starting with `b`.
    fn value(&mut self, b: u8) -> Result<(), Halt> {
        let start = self.pos;
        match self.frames.last_mut() {
            Some(frame) => {
                frame.member = true;
                frame.member_start = Some(start);
            }
            None => self.root = Some(start),
        }
        self.last = None;
        match b {
            b'{' | b'[' => return self.open(b == b'{'),
            b'"' => self.string()?,
            b'-' | b'0'..=b'9' => self.number()?,
            b't' => self.literal(b"true")?,
            b'f' => self.literal(b"false")?,
            b'n' => self.literal(b"null")?,
            _ => return Err(Halt::Syntax),
        }
        self.value_done();
        Ok(())
    }

    fn value_done(&mut self) {
        self.expect = if self.frames.is_empty() {
            Expect::Nothing
        } else {
            Expect::CommaOrEnd
        };
    }

    fn open(&mut self, object: bool) -> Result<(), Halt> {
        let depth = self.frames.len().saturating_add(1);
        if depth >= SERDE_DEPTH_LIMIT && self.pos.saturating_add(1) == self.stop {
            // serde_json refuses this value right after its first byte.
            return Err(Halt::Syntax);
        }
        if self.frames.len() >= MAX_FRAMES {
            self.skipping = true;
            self.skip_nested()?;
            self.skipping = false;
            self.value_done();
            return Ok(());
        }
        self.bump();
        self.frames.push(Frame {
            object,
            key: &[],
            index: 0,
            member: false,
            member_start: None,
            previous_start: None,
        });
        self.expect = if object {
            Expect::KeyOrEnd
        } else {
            Expect::ValueOrEnd
        };
        Ok(())
    }

    fn close(&mut self, object: bool) -> Result<(), Halt> {
        match self.frames.last() {
            Some(frame) if frame.object == object => {}
            _ => return Err(Halt::Syntax),
        }
        self.bump();
        self.frames.pop();
        self.last = None;
        self.value_done();
        Ok(())
    }

    /// Skips an object or array too deep to keep track of, without checking it.
    fn skip_nested(&mut self) -> Result<(), Halt> {
        let mut depth = 0_usize;
        loop {
            match self.next()? {
                b'{' | b'[' => depth = depth.saturating_add(1),
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Ok(());
                    }
                }
                b'"' => loop {
                    match self.next()? {
                        b'"' => break,
                        b'\\' => {
                            self.next()?;
                        }
                        _ => {}
                    }
                },
                _ => {}
            }
        }
    }

    fn key(&mut self) -> Result<(), Halt> {
        let start = self.pos;
        self.string()?;
        let key = self
            .text
            .get(start.saturating_add(1)..self.pos.saturating_sub(1))
            .unwrap_or_default();
        if let Some(frame) = self.frames.last_mut() {
            frame.key = key;
            frame.member = true;
            frame.member_start = None;
        }
        self.expect = Expect::Colon;
        Ok(())
    }

    /// Reads a string, from its opening quote.
    fn string(&mut self) -> Result<(), Halt> {
        self.last = Some(Token {
            start: self.pos,
            end: None,
            string: true,
            lone_surrogate: false,
        });
        self.bump();
        loop {
            // Skip to the next byte that is not plain text.
            let rest = self
                .text
                .get(self.pos..self.stop.max(self.pos))
                .unwrap_or_default();
            let plain = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            self.pos = self.pos.saturating_add(plain);
            match self.next()? {
                b'"' => break,
                b'\\' => self.escape()?,
                _ => return Err(Halt::Syntax),
            }
        }
        if let Some(token) = &mut self.last {
            token.end = Some(self.pos);
        }
        Ok(())
    }

    /// Reads an escape, after its backslash.
    fn escape(&mut self) -> Result<(), Halt> {
        match self.next()? {
            b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => Ok(()),
            b'u' => {
                let unit = self.hex()?;
                let lone = match unit {
                    0xDC00..0xE000 => true,
                    0xD800..0xDC00 => !self.low_surrogate()?,
                    _ => false,
                };
                if lone && let Some(token) = &mut self.last {
                    token.lone_surrogate = true;
                }
                Ok(())
            }
            _ => Err(Halt::Syntax),
        }
    }

    /// Whether a `\u` escape of a low surrogate follows (read if so).
    fn low_surrogate(&mut self) -> Result<bool, Halt> {
        if self.peek()? != b'\\' {
            return Ok(false);
        }
        let backslash = self.pos;
        self.bump();
        if self.peek()? != b'u' {
            self.pos = backslash;
            return Ok(false);
        }
        self.bump();
        let unit = self.hex()?;
        Ok((0xDC00..0xE000).contains(&unit))
    }

    fn hex(&mut self) -> Result<u16, Halt> {
        let mut unit = 0_u16;
        for _ in 0..4 {
            let digit = char::from(self.next()?).to_digit(16).ok_or(Halt::Syntax)?;
            unit = unit.wrapping_shl(4) | u16::try_from(digit).unwrap_or(0);
        }
        Ok(unit)
    }

    /// Reads a number, as `serde_json` does: `-`? (`0` | `[1-9][0-9]*`) (`.[0-9]+`)?
    /// (`[eE][+-]?[0-9]+`)?.
    fn number(&mut self) -> Result<(), Halt> {
        self.last = Some(Token {
            start: self.pos,
            end: None,
            string: false,
            lone_surrogate: false,
        });
        if self.peek()? == b'-' {
            self.bump();
        }
        match self.next()? {
            b'0' => {
                if self.peek_in_number()?.is_some_and(|b| b.is_ascii_digit()) {
                    return Err(Halt::Syntax);
                }
            }
            b'1'..=b'9' => self.digits()?,
            _ => return Err(Halt::Syntax),
        }
        if self.peek_in_number()? == Some(b'.') {
            self.bump();
            self.some_digits()?;
        }
        if matches!(self.peek_in_number()?, Some(b'e' | b'E')) {
            self.bump();
            if matches!(self.peek()?, b'+' | b'-') {
                self.bump();
            }
            self.some_digits()?;
        }
        if let Some(token) = &mut self.last {
            token.end = Some(self.pos);
        }
        Ok(())
    }

    fn digits(&mut self) -> Result<(), Halt> {
        while self.peek_in_number()?.is_some_and(|b| b.is_ascii_digit()) {
            self.bump();
        }
        Ok(())
    }

    /// At least one digit.
    fn some_digits(&mut self) -> Result<(), Halt> {
        if !self.next()?.is_ascii_digit() {
            return Err(Halt::Syntax);
        }
        self.digits()
    }

    fn literal(&mut self, word: &[u8]) -> Result<(), Halt> {
        for &expected in word {
            if self.next()? != expected {
                return Err(Halt::Syntax);
            }
        }
        Ok(())
    }

    /// Whether the string or number the offset lies in, or that ends at it, is one that
    /// `serde_json` refuses to read as a value (though it skips it where it ignores a
    /// value).
    fn unreadable_token(&self) -> bool {
        let Some(token) = self.last else {
            return false;
        };
        if token.end.is_some_and(|end| end != self.stop) {
            return false;
        }
        let end = token.end.unwrap_or(self.pos).min(self.stop);
        let Some(raw) = self.text.get(token.start..end) else {
            return false;
        };
        if token.string {
            // A string cut at the offset may end inside a character: only bytes that
            // can never be UTF-8 count.
            token.lone_surrogate
                || core::str::from_utf8(raw).is_err_and(|err| err.error_len().is_some())
        } else {
            core::str::from_utf8(raw)
                .ok()
                .and_then(|number| number.parse::<f64>().ok())
                .is_some_and(f64::is_infinite)
        }
    }

    fn into_spot(mut self, halt: Halt) -> Spot<'a> {
        let structure = match halt {
            Halt::Syntax => Some(Broken::Syntax),
            Halt::End if self.expect != Expect::Nothing || self.skipping => Some(Broken::Eof),
            Halt::End | Halt::Stop => None,
        };
        let broken = structure.or_else(|| self.unreadable_token().then_some(Broken::Syntax));
        if structure.is_some()
            && self.expect == Expect::CommaOrEnd
            && !self.skipping
            && let Some(frame) = self.frames.last_mut()
        {
            // The value is whole: the fault is in the object or array around it.
            frame.member = false;
        }
        let before_comma = match self.frames.last() {
            Some(frame)
                if halt == Halt::Stop
                    && self.expect == Expect::Value
                    && !frame.object
                    && frame.member_start.is_none() =>
            {
                frame.index.checked_sub(1).map(|index| Step {
                    seg: Seg::Index(index),
                    start: frame.previous_start,
                })
            }
            _ => None,
        };
        if halt == Halt::Stop
            && matches!(
                self.expect,
                Expect::Value | Expect::ValueOrEnd | Expect::Colon
            )
            && let Some(frame) = self.frames.last_mut()
            && frame.member
            && frame.member_start.is_none()
        {
            // The offset lies before a value that is yet to be read: serde_json points
            // there when a value has the wrong type, and right after its key when the
            // key is unknown or repeated. The value starts after white space (and `:`).
            let mut at = skip_space(self.text, self.pos);
            if self.expect == Expect::Colon && self.text.get(at) == Some(&b':') {
                at = skip_space(self.text, at.saturating_add(1));
            }
            frame.member_start = self
                .text
                .get(at)
                .is_some_and(|&b| {
                    matches!(
                        b,
                        b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
                    )
                })
                .then_some(at);
        }
        if halt == Halt::Stop && self.expect == Expect::Value && self.frames.is_empty() {
            self.root = self.text.iter().position(|&b| !is_space(b));
        }
        let steps = self
            .frames
            .iter()
            .filter(|frame| frame.member)
            .map(|frame| Step {
                seg: if frame.object {
                    Seg::Key(Key::Raw(frame.key))
                } else {
                    Seg::Index(frame.index)
                },
                start: frame.member_start,
            })
            .collect();
        Spot {
            steps,
            deeper: self.skipping,
            root: self.root,
            broken,
            before_comma,
        }
    }
}

/// Where the value starting at `at` ends, if the text holds it whole.
pub(super) fn end_of(text: &[u8], at: usize) -> Option<usize> {
    skip_value(text, at)
}

/// Where the value at `path` below the value starting at `from` starts: the offset of
/// the deepest value found on the way, and how many steps of `path` lead to it.
pub(super) fn find(text: &[u8], from: usize, path: &[Seg<'_>]) -> (usize, usize) {
    let mut at = from;
    for (n, seg) in path.iter().enumerate() {
        match member(text, at, *seg) {
            Some(start) => at = start,
            None => return (at, n),
        }
    }
    (at, path.len())
}

/// Where the member `seg` of the object or array starting at `at` starts.
fn member(text: &[u8], at: usize, seg: Seg<'_>) -> Option<usize> {
    let mut pos = at.checked_add(1)?;
    let open = *text.get(at)?;
    let mut index = 0_usize;
    loop {
        pos = skip_space(text, pos);
        let start = match (open, seg) {
            (b'{', Seg::Key(wanted)) => {
                if text.get(pos) != Some(&b'"') {
                    return None;
                }
                let end = skip_value(text, pos)?;
                let key = text.get(pos.checked_add(1)?..end.checked_sub(1)?)?;
                pos = skip_space(text, end);
                if text.get(pos) != Some(&b':') {
                    return None;
                }
                pos = skip_space(text, pos.checked_add(1)?);
                let same = match wanted {
                    Key::Text(name) => Key::Raw(key).is(name, false),
                    Key::Raw(raw) => Seg::Key(Key::Raw(key)).same(Seg::Key(Key::Raw(raw))),
                };
                if same {
                    return Some(pos);
                }
                pos
            }
            (b'[', Seg::Index(wanted)) => {
                if index == wanted {
                    return (text.get(pos) != Some(&b']')).then_some(pos);
                }
                index = index.checked_add(1)?;
                pos
            }
            _ => return None,
        };
        pos = skip_space(text, skip_value(text, start)?);
        match text.get(pos) {
            Some(b',') => pos = pos.checked_add(1)?,
            _ => return None,
        }
    }
}

fn skip_space(text: &[u8], from: usize) -> usize {
    let rest = text.get(from..).unwrap_or_default();
    from.saturating_add(
        rest.iter()
            .position(|&b| !is_space(b))
            .unwrap_or(rest.len()),
    )
}

/// The end of the value starting at `at`, if the text holds one whole.
fn skip_value(text: &[u8], at: usize) -> Option<usize> {
    match *text.get(at)? {
        b'"' => skip_string(text, at),
        b'{' | b'[' => {
            let mut pos = at;
            let mut depth = 0_usize;
            loop {
                match *text.get(pos)? {
                    b'"' => pos = skip_string(text, pos)?,
                    b'{' | b'[' => {
                        depth = depth.checked_add(1)?;
                        pos = pos.checked_add(1)?;
                    }
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        pos = pos.checked_add(1)?;
                        if depth == 0 {
                            return Some(pos);
                        }
                    }
                    _ => pos = pos.checked_add(1)?,
                }
            }
        }
        _ => {
            // A number or a literal: up to the next delimiter.
            let rest = text.get(at..)?;
            let len = rest
                .iter()
                .position(|&b| is_space(b) || matches!(b, b',' | b'}' | b']' | b':'))
                .unwrap_or(rest.len());
            at.checked_add(len)
        }
    }
}

/// The end of the string starting at `at` (its opening quote).
fn skip_string(text: &[u8], at: usize) -> Option<usize> {
    let mut pos = at.checked_add(1)?;
    loop {
        match *text.get(pos)? {
            b'"' => return pos.checked_add(1),
            b'\\' => pos = pos.checked_add(2)?,
            _ => pos = pos.checked_add(1)?,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::text::write_path;

    fn at(text: &str, stop: usize) -> (String, Option<Broken>) {
        let spot = spot(text.as_bytes(), stop);
        let segs: Vec<Seg<'_>> = spot.steps.iter().map(|step| step.seg).collect();
        let mut path = String::new();
        write_path(&segs, &mut path).unwrap();
        (path, spot.broken)
    }

    #[test]
    fn the_path_is_the_innermost_value_at_the_offset() {
        let doc = r#"{"a": {"b": [1, {"c": "x"}, 3]}, "d": 4}"#;
        let find = |needle: &str| doc.find(needle).unwrap();
        // Right after a value: that value.
        assert_eq!(at(doc, find("\"x\"") + 3).0, "a.b[1].c");
        assert_eq!(at(doc, find("1,") + 1).0, "a.b[0]");
        // Right after an object: the object.
        assert_eq!(at(doc, find("}, 3") + 1).0, "a.b[1]");
        // After a key: its value.
        assert_eq!(at(doc, find("\"c\"") + 3).0, "a.b[1].c");
        // Before a value: the value to come.
        assert_eq!(at(doc, find("\"d\": ") + 5).0, "d");
        assert_eq!(at(doc, find(", 3") + 1).0, "a.b[2]");
        // After `{` or `,` in an object: the object.
        assert_eq!(at(doc, find("{\"c\"") + 1).0, "a.b[1]");
        assert_eq!(at(doc, doc.len()).0, "");
        assert_eq!(at(doc, doc.len()).1, None);
    }

    #[test]
    fn faults_are_found_as_serde_json_finds_them() {
        for (text, broken) in [
            ("{\"a\": }", Some(Broken::Syntax)),
            ("{\"a\": 1", Some(Broken::Eof)),
            ("[01]", Some(Broken::Syntax)),
            ("[1.]", Some(Broken::Syntax)),
            ("[-1.5e+3, 0, -0.0E1]", None),
            ("[1,]", Some(Broken::Syntax)),
            ("{\"a\":1,}", Some(Broken::Syntax)),
            ("nul!", Some(Broken::Syntax)),
            ("\"a\nb\"", Some(Broken::Syntax)),
            ("\"\\x\"", Some(Broken::Syntax)),
            ("\"\\u12g4\"", Some(Broken::Syntax)),
            ("\"\\ud800\"", Some(Broken::Syntax)),
            ("\"\\ud83d\\ude00\"", None),
            ("1e400", Some(Broken::Syntax)),
            ("1e300", None),
            ("[1] x", Some(Broken::Syntax)),
            ("\u{feff}1", Some(Broken::Syntax)),
            ("", Some(Broken::Eof)),
            ("  ", Some(Broken::Eof)),
            ("[", Some(Broken::Eof)),
            ("[1}", Some(Broken::Syntax)),
            ("{\"a\" 1}", Some(Broken::Syntax)),
            ("{1:1}", Some(Broken::Syntax)),
        ] {
            assert_eq!(at(text, text.len()).1, broken, "{text:?}");
        }
        // A lone surrogate before the offset, in a string serde_json skipped, is none
        // of the fault's business.
        let text = r#"["\ud800", 1]"#;
        assert_eq!(at(text, text.len()).1, None);
        assert_eq!(at(text, 9).1, Some(Broken::Syntax));
        assert_eq!(at(text, 10).1, None);
    }

    #[test]
    fn deep_values_are_skipped_whole() {
        let deep = format!(
            "{{\"a\": {}{}, \"b\": 1}}",
            "[".repeat(500),
            "]".repeat(500)
        );
        let end = deep.len();
        assert_eq!(at(&deep, end - 2), ("b".to_owned(), None));
        let (path, broken) = at(&deep, 300);
        assert!(path.starts_with("a[0][0]"), "{path}");
        assert_eq!(broken, None);
        assert!(spot(deep.as_bytes(), 300).deeper);
    }

    #[test]
    fn members_are_found_by_path() {
        let doc = br#"{"a": {"x": [1, 2], "b\u0021": [10, {"c": null}]}}"#;
        let path = [
            Seg::Key(Key::Text("a")),
            Seg::Key(Key::Text("b!")),
            Seg::Index(1),
            Seg::Key(Key::Text("c")),
        ];
        let (start, found) = find(doc, 0, &path);
        assert_eq!(found, 4);
        assert_eq!(doc.get(start..start + 4), Some(&b"null"[..]));
        let (_, found) = find(
            doc,
            0,
            &[Seg::Key(Key::Text("a")), Seg::Key(Key::Text("y"))],
        );
        assert_eq!(found, 1);
    }
}
