//! A JSON scanner that finds where in a document a byte offset lies: the path to the
//! innermost value there, where each value on the path starts, and whether the text is
//! broken at or before the offset.
//!
//! It reads the document from the start, allocates nothing in proportion to it (keys
//! are borrowed from the text; it keeps one frame per open object or array, up to
//! [`MAX_FRAMES`], and skips what lies deeper), and follows `serde_json`'s grammar, so
//! that a fault `serde_json` meets is a fault here at the same place.
//!
//! The scanner's reading of strings, numbers and literals is in [`token`]; finding a
//! value by its path in a text read whole is in [`find`].

mod find;
#[cfg(test)]
mod tests;
mod token;

use super::text::{Key, Seg};

use find::skip_space;
pub(super) use find::{end_of, find};
use token::Token;

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
