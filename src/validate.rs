//! Checks shared by the validating constructors and deserializers.

/// What is wrong with a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextProblem {
    /// Empty, or only white space.
    Empty,
    /// More characters than allowed; holds the count.
    TooLong(usize),
    /// Holds a control character (line breaks included): these fields are one line.
    ControlCharacter,
}

/// Checks one line of text: not blank, at most `max_chars` characters, no control
/// characters.
pub(crate) fn check_text(text: &str, max_chars: usize) -> Result<(), TextProblem> {
    if text.trim().is_empty() {
        return Err(TextProblem::Empty);
    }
    let chars = text.chars().count();
    if chars > max_chars {
        return Err(TextProblem::TooLong(chars));
    }
    if text.chars().any(char::is_control) {
        return Err(TextProblem::ControlCharacter);
    }
    Ok(())
}

/// The first item that appears a second time, if any.
pub(crate) fn first_duplicate<T: PartialEq + Copy>(
    items: impl IntoIterator<Item = T>,
) -> Option<T> {
    let mut seen: Vec<T> = Vec::new();
    for item in items {
        if seen.contains(&item) {
            return Some(item);
        }
        seen.push(item);
    }
    None
}
