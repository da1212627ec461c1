//! Texts and lists for generated job descriptions.

use peerwork::{Language, LocalizedText};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::subsequence;

use crate::util::SplitMix64;

/// `len` characters a one-line text may hold (no control characters, line separators
/// or bidirectional formatting characters), the first not white space: letters with and
/// without diacritics, digits, spaces and punctuation, and any other Unicode scalar
/// value now and then (emoji, combining marks, right-to-left scripts).
pub fn text_from(seed: u64, len: usize) -> String {
    const COMMON: &[char] = &[
        'a', 'e', 'i', 'k', 'n', 's', 't', 'v', 'A', 'V', 'ä', 'ö', 'å', 'Ä', 'Ö', 'Å', 'é', '0',
        '7', ' ', ' ', '-', ',', '.', '\'', '"', '\\', '/', '&', '#', '*', '_', '|', '<', '{', '–',
        '—', '€', '\u{a0}', '\u{200d}', '\u{301}', 'ß', 'ł', 'ø', 'æ', 'ı', 'İ', 'Σ', 'ж', 'ש',
        'ع', '中', '🙂', '👩',
    ];
    let mut rng = SplitMix64(seed);
    let mut text = String::with_capacity(len);
    let mut count = 0;
    while count < len {
        let r = rng.next_u64();
        let c = if r.is_multiple_of(8) {
            char::from_u32(u32::try_from((r >> 8) % 0x11_0000).unwrap()).unwrap_or('x')
        } else {
            COMMON[usize::try_from((r >> 8) % COMMON.len() as u64).unwrap()]
        };
        let forbidden = c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{061C}' | '\u{200E}' | '\u{200F}'
            )
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c);
        if forbidden || (count == 0 && (c.is_whitespace() || !c.is_alphanumeric())) {
            continue;
        }
        text.push(c);
        count += 1;
    }
    text
}

/// One line of 1 to `max` characters that begins with a letter or digit: mostly short,
/// sometimes up to `max`, sometimes exactly `max`.
///
/// The characters come from a small generator seeded by proptest rather than from a
/// regex strategy, which costs about 100 µs a string in a debug build.
pub fn text(max: usize) -> BoxedStrategy<String> {
    let len = prop_oneof![6 => 1..=max.min(24), 2 => 1..=max, 1 => Just(max)];
    (any::<u64>(), len)
        .prop_map(|(seed, len)| text_from(seed, len))
        .boxed()
}

/// A text that breaks the rule of a field of at most `max` characters.
fn broken_text(max: usize) -> BoxedStrategy<String> {
    prop_oneof![
        Just(String::new()),
        Just(" \u{200b} ".to_owned()),
        Just("two\nlines".to_owned()),
        Just("\u{202e}reversed".to_owned()),
        any::<u64>().prop_map(move |seed| text_from(seed, max + 1)),
    ]
    .boxed()
}

/// One line for a field of at most `max` characters: one in 150 breaks the rule.
pub(super) fn line(max: usize) -> BoxedStrategy<String> {
    prop_oneof![149 => text(max), 1 => broken_text(max)].boxed()
}

/// A text for a post written in `languages`: the same in every language, or one per
/// language; one in 60 lacks a language or has one too many.
pub(super) fn localized(languages: &[Language], max: usize) -> BoxedStrategy<LocalizedText> {
    let same = line(max).prop_map(LocalizedText::same);
    if languages.is_empty() {
        return same.boxed();
    }
    let per_language = |languages: Vec<Language>| {
        vec(line(max), languages.len()).prop_map(move |texts| {
            let mut pairs = languages.iter().copied().zip(texts);
            let (first, text) = pairs.next().unwrap();
            pairs.fold(LocalizedText::in_language(first, text), |all, (l, t)| {
                all.and(l, t)
            })
        })
    };
    let written = languages.to_vec();
    let mut other: Vec<Language> = Language::ALL
        .iter()
        .copied()
        .filter(|l| !written.contains(l))
        .collect();
    let fewer = if written.len() > 1 {
        written[1..].to_vec()
    } else {
        Vec::new()
    };
    let mut strategies = vec![
        (30, same.boxed()),
        (90, per_language(written.clone()).boxed()),
    ];
    if !fewer.is_empty() {
        strategies.push((1, per_language(fewer).boxed()));
    }
    if let Some(extra) = other.pop() {
        let mut more = written;
        more.push(extra);
        strategies.push((1, per_language(more).boxed()));
    }
    proptest::strategy::Union::new_weighted(strategies).boxed()
}

pub(super) fn optional<T: std::fmt::Debug + 'static>(
    strategy: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<T>> {
    proptest::option::of(strategy).boxed()
}

// ---- lists

/// Each value of `all` at most once, in any order, at least `min` of them; one list in
/// 40 repeats a value.
pub(super) fn distinct<E: Copy + std::fmt::Debug + 'static>(
    all: &'static [E],
    min: usize,
) -> BoxedStrategy<Vec<E>> {
    let list = subsequence(all.to_vec(), min..=all.len()).prop_shuffle();
    prop_oneof![
        39 => list.clone(),
        1 => list.prop_map(|mut v| {
            if let Some(&first) = v.first() {
                v.push(first);
            }
            v
        }),
    ]
    .boxed()
}
