//! The scanner's reading of strings, numbers and literals (`true`, `false`, `null`),
//! byte for byte as `serde_json` reads them, and whether the string or number it read
//! last is one `serde_json` refuses to read as a value.

use super::{Halt, Scanner};

/// The last string or number read, to tell a fault `serde_json` finds only when it reads
/// one as text or as a number (a lone surrogate, bytes that are not UTF-8, a number out
/// of range) and not when it skips one.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    start: usize,
    end: Option<usize>,
    string: bool,
    lone_surrogate: bool,
}

impl Scanner<'_> {
    /// Reads a string, from its opening quote.
    pub(super) fn string(&mut self) -> Result<(), Halt> {
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
    pub(super) fn number(&mut self) -> Result<(), Halt> {
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

    pub(super) fn literal(&mut self, word: &[u8]) -> Result<(), Halt> {
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
    pub(super) fn unreadable_token(&self) -> bool {
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
}
