//! Finding values in a text from a value's start: where the member at a path below it
//! starts, and where a value ends. Unlike the scanner, these do not check the grammar:
//! they follow the quotes, brackets, colons and commas, and give up where these do not
//! lead on.

use super::is_space;
use crate::json::text::{Key, Seg};

/// Where the value starting at `at` ends, if the text holds it whole.
pub(in crate::json) fn end_of(text: &[u8], at: usize) -> Option<usize> {
    skip_value(text, at)
}

/// Where the value at `path` below the value starting at `from` starts: the offset of
/// the deepest value found on the way, and how many steps of `path` lead to it.
pub(in crate::json) fn find(text: &[u8], from: usize, path: &[Seg<'_>]) -> (usize, usize) {
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

pub(super) fn skip_space(text: &[u8], from: usize) -> usize {
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
