//! `from_json` on huge refused documents: the message and the path stay within their
//! bounds, the mark of a cut included, and refusing a document copies neither it nor
//! serde_json's message (the heap this thread holds at its peak is measured).
#![cfg(feature = "json")]

mod util;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use peerwork::{JobDescription, MAX_MESSAGE_BYTES, MAX_PATH_BYTES, Roster, from_json};
use serde_json::json;
use util::json::{Read, edited, job_error, worker};

/// The system allocator, counting the bytes each thread allocates and their peak, so
/// that a test measures its own reading while others run.
struct Counting;

thread_local! {
    static IN_USE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(delta: isize) {
    let _ = IN_USE.try_with(|in_use| {
        let now = in_use.get().wrapping_add(delta);
        in_use.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is passed on to the system allocator unchanged; only the counters
// are added, and they do not allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most heap `read` holds at once beyond what was in use before it, in bytes.
fn heap_peak_of<T>(read: impl FnOnce() -> T) -> usize {
    let before = IN_USE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let result = read();
    let peak = PEAK.with(Cell::get);
    drop(result);
    (peak - before).try_into().unwrap()
}

#[test]
fn a_huge_key_or_value_gives_a_short_error() {
    // serde_json repeats an unknown key or enum value whole; `from_json` cuts the
    // message and the path, the mark `…` within the bound (regression: the mark came
    // on top of it).
    for key in [
        "k".repeat(1_000_000),
        "ä".repeat(500_000),
        "k\u{202e}\n".repeat(200_000),
    ] {
        let err = job_error(&edited(|d| d[key.as_str()] = json!(1)));
        assert!(
            err.message().len() <= MAX_MESSAGE_BYTES,
            "{}",
            err.message().len()
        );
        assert!(err.message().len() > MAX_MESSAGE_BYTES - 16);
        assert!(err.message().ends_with('…'));
        let path = err.path().unwrap();
        assert!(path.len() <= MAX_PATH_BYTES, "{}", path.len());
        assert!(path.len() > MAX_PATH_BYTES - 16);
        assert!(path.ends_with('…'));
        assert!(!err.message().contains(['\n', '\u{202e}']));
        assert!(!path.contains(['\n', '\u{202e}']));
        // The message names the key: the path is not written before it.
        let text = err.to_string();
        assert!(text.starts_with("unknown field `"), "{text}");
        assert!(text.len() < MAX_MESSAGE_BYTES + 64, "{} bytes", text.len());
    }
    let plain = serde_json::from_str::<JobDescription>(
        &edited(|d| d["k".repeat(1_000_000).as_str()] = json!(1)).to_string(),
    )
    .unwrap_err();
    assert!(plain.to_string().len() > 1_000_000);

    let value = "ä".repeat(500_000);
    let err = job_error(&edited(|d| d["setting"] = json!(value)));
    assert_eq!(err.path(), Some("setting"));
    assert!(err.message().starts_with("unknown variant `ää"));
    assert!(err.message().len() <= MAX_MESSAGE_BYTES);
    assert!(err.to_string().len() <= MAX_MESSAGE_BYTES + 64);

    // A message exactly at the bound is kept whole.
    let fits = MAX_MESSAGE_BYTES - "unknown variant ``, expected one of `fi`, `sv`, `en`".len();
    let err = job_error(&edited(|d| d["languages"] = json!(["x".repeat(fits)])));
    assert_eq!(err.message().len(), MAX_MESSAGE_BYTES);
    assert!(err.message().ends_with("`en`"), "{}", err.message());
    let err = job_error(&edited(|d| d["languages"] = json!(["x".repeat(fits + 1)])));
    assert_eq!(err.message().len(), MAX_MESSAGE_BYTES);
    assert!(err.message().ends_with('…'));
}

/// Each case: a document, how it is read, and the kind of error.
fn large_refused_documents(size: usize) -> Vec<(&'static str, String, Read)> {
    let job = |t: &str| from_json::<JobDescription>(t).err();
    let roster = |t: &str| from_json::<Roster>(t).err();
    let mut long_array = worker("kap-1");
    long_array["notes"] = json!(vec![0; size / 2]);
    vec![
        (
            "an unknown key",
            edited(|d| d["k".repeat(size).as_str()] = json!(1)).to_string(),
            job,
        ),
        (
            "an unknown value",
            edited(|d| d["setting"] = json!("v".repeat(size))).to_string(),
            job,
        ),
        (
            "a long title",
            edited(|d| d["title"] = json!("t".repeat(size))).to_string(),
            job,
        ),
        (
            "a long array under an unknown key",
            json!({"format_version": 1, "workers": [long_array]}).to_string(),
            roster,
        ),
        (
            "a deep array under an unknown key",
            json!({"format_version": 1, "workers": [worker("kap-1")]})
                .to_string()
                .replacen(
                    "{\"availability",
                    &format!(
                        "{{\"notes\":{}{},\"availability",
                        "[".repeat(size / 2),
                        "]".repeat(size / 2)
                    ),
                    1,
                ),
            roster,
        ),
    ]
}

#[test]
fn a_refused_document_is_not_copied() {
    // Regression: a large refused document was read a second time, and its unknown key
    // copied into the path and the message again. `from_json` now holds no more than
    // serde_json does to refuse it (whose message may repeat the key), and nothing in
    // proportion to the document once serde_json is done.
    let size = 4 << 20;
    for (case, text, read) in large_refused_documents(size) {
        let plain = heap_peak_of(|| serde_json::from_str::<Roster>(&text).err());
        let plain = plain.max(heap_peak_of(|| {
            serde_json::from_str::<JobDescription>(&text).err()
        }));
        let ours = heap_peak_of(|| read(&text).unwrap());
        assert!(
            ours <= plain + 64 * 1024,
            "{case}: from_json held {ours} bytes at most, serde_json {plain}"
        );
        // serde_json holds at most one copy of the document's key or value (in a
        // string grown by doubling).
        assert!(
            ours <= 2 * size + 64 * 1024,
            "{case}: {ours} bytes for {size}"
        );
        let err = read(&text).unwrap();
        let kept = heap_peak_of(|| err.to_string());
        assert!(kept < 4096, "{case}: {kept} bytes to write the error");
    }
}
