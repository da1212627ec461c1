//! How much memory `from_json` takes to refuse a large document, against the
//! document's size.
//!
//! ```text
//! cargo run --example refused_memory                    # every case at 1 MiB
//! cargo run --release --example refused_memory -- unknown_key 52428800
//! benches/refused_memory.sh                             # every case at 50 MiB, peak RSS
//! ```
//!
//! Each case builds one document in a string of the size asked (nothing else of that
//! size), reads it with [`peerwork::from_json`] and checks it is refused:
//!
//! - `unknown_key`: a job description with an unknown key of that size (serde_json's
//!   message repeats the key);
//! - `unknown_value`: a job description whose `setting` is an unknown value of that size
//!   (the message repeats the value);
//! - `title`: a job description whose title is that long (serde_json copies it into the
//!   description, which a rule then refuses once the whole document is read);
//! - `long_array`: a roster of one record that holds, under an unknown key, an array of
//!   that size; the record is refused for the key once it is read whole (serde_json
//!   skips the array without keeping it; the scanner walks it to the fault);
//! - `deep_array`: as `long_array`, with arrays nested as deep as the size allows
//!   (serde_json keeps one byte per level while it skips them);
//! - `roster`: a roster of as many records as fit, the last one refused: the records
//!   read before it are held until it is refused, a cost of the roster, not of the
//!   error (`roster_serde` reads the same document with `serde_json::from_str`);
//! - `escaped_key`: as `unknown_key`, with one escape in the key, so serde_json first
//!   copies the key to undo it (a cost of serde_json's, before `from_json` sees the
//!   error);
//! - `load`: the `unknown_key` document, built and not read: the baseline.
//!
//! It prints the peak of the heap allocated while the document was read (a counting
//! allocator), the document included, as a multiple of its size; and, when one case
//! runs alone on Linux, the process's peak resident memory (`VmHWM`). The heap counts
//! what was asked for: a string that grows by doubling (as serde_json's message does)
//! is counted whole, though the pages it has not written to are not resident. The goal
//! is a resident peak of at most 2.5 times the document's size for a refused document;
//! `benches/refused_memory.sh` runs each case in a process of its own under
//! `/usr/bin/time -v` and prints a table.

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use peerwork::{JobDescription, Profile, Roster, from_json};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only counters are
// added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `System::alloc`, with the caller's layout.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as `System::dealloc`, with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as `System::realloc`, with the caller's arguments.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        new
    }
}

fn grew(size: usize) {
    let now = IN_USE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const CASES: [&str; 9] = [
    "load",
    "unknown_key",
    "unknown_value",
    "title",
    "long_array",
    "deep_array",
    "roster",
    "roster_serde",
    "escaped_key",
];

/// The Caretaker's pilot post as compact JSON.
fn pilot() -> String {
    let job = JobDescription::vantaa_pilot(Profile::Caretaker)
        .build()
        .expect("the pilot post is valid");
    serde_json::to_string(&job).expect("a job description writes as JSON")
}

/// The pilot post with the value of `key` replaced by `size` bytes of `fill` (a string
/// value, quoted), built in one string of the final size.
fn pilot_with(key: &str, size: usize, fill: char) -> String {
    let pilot = pilot();
    let field = format!("\"{key}\":");
    let start = pilot.find(&field).expect("the pilot post has the field") + field.len();
    let end = start
        + pilot[start..]
            .find([',', '}'])
            .expect("a value ends with `,` or `}`");
    let mut doc = String::with_capacity(pilot.len() + size + 2);
    doc.push_str(&pilot[..start]);
    doc.push('"');
    doc.extend(std::iter::repeat_n(fill, size / fill.len_utf8()));
    doc.push('"');
    doc.push_str(&pilot[end..]);
    doc
}

/// The pilot post with an unknown key of `size` bytes first; with `escape`, the key
/// starts with `\n`.
fn unknown_key(size: usize, escape: bool) -> String {
    let pilot = pilot();
    let mut doc = String::with_capacity(pilot.len() + size + 8);
    doc.push_str("{\"");
    if escape {
        doc.push_str("\\n");
    }
    doc.extend(std::iter::repeat_n('k', size));
    doc.push_str("\":1,");
    doc.push_str(&pilot[1..]);
    doc
}

/// A record of a roster, as JSON.
fn record(id: usize, language: &str) -> String {
    format!(
        r#""id":"kap-{id}","tasks":["listens_to_clients","escorts_clients"],"forms_of_work":["volunteer"],"max_working_time_percent":20,"languages":["{language}"],"service_area":"nationwide","availability":[]}}"#
    )
}

/// A roster of records filling about `size` bytes, the last one with an unknown
/// language.
fn roster(size: usize) -> String {
    let each = record(0, "fi").len() + 2;
    let count = (size / each).max(1);
    let mut doc = String::with_capacity(count * (each + 8) + 64);
    doc.push_str(r#"{"format_version":1,"workers":["#);
    for id in 0..count {
        if id > 0 {
            doc.push(',');
        }
        doc.push('{');
        let language = if id + 1 == count { "xx" } else { "fi" };
        doc.push_str(&record(id, language));
    }
    doc.push_str("]}");
    doc
}

/// A roster of one record holding `size` bytes under an unknown key, before its id: an
/// array of zeros, or arrays nested as deep as fits.
fn ignored_array(size: usize, deep: bool) -> String {
    let mut doc = String::with_capacity(size + 256);
    doc.push_str(r#"{"format_version":1,"workers":[{"notes":"#);
    if deep {
        doc.extend(std::iter::repeat_n('[', size / 2));
        doc.extend(std::iter::repeat_n(']', size / 2));
    } else {
        doc.push('[');
        for n in 0..(size / 2).max(1) {
            doc.push_str(if n == 0 { "0" } else { ",0" });
        }
        doc.push(']');
    }
    doc.push(',');
    doc.push_str(&record(1, "fi"));
    doc.push_str("]}");
    doc
}

fn document(case: &str, size: usize) -> Option<String> {
    Some(match case {
        "load" | "unknown_key" => unknown_key(size, false),
        "escaped_key" => unknown_key(size, true),
        "unknown_value" => pilot_with("setting", size, 'v'),
        "title" => pilot_with("title", size, 't'),
        "long_array" => ignored_array(size, false),
        "deep_array" => ignored_array(size, true),
        "roster" | "roster_serde" => roster(size),
        _ => return None,
    })
}

/// Reads the document of `case` and reports the heap's peak meanwhile.
fn run(case: &str, size: usize) -> Result<(), String> {
    let doc = document(case, size).ok_or_else(|| format!("no case {case}"))?;
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let refused = match case {
        "load" => None,
        "roster" | "long_array" | "deep_array" => Some(
            from_json::<Roster>(&doc)
                .map(|_| ())
                .err()
                .map(|err| err.to_string()),
        ),
        "roster_serde" => Some(
            serde_json::from_str::<Roster>(&doc)
                .map(|_| ())
                .err()
                .map(|err| cut(&err.to_string(), 1_000).to_owned()),
        ),
        _ => Some(
            from_json::<JobDescription>(&doc)
                .map(|_| ())
                .err()
                .map(|err| err.to_string()),
        ),
    };
    let peak = PEAK.load(Ordering::Relaxed);
    // The heap in use before the read, less the document: the program's own.
    let own = before.saturating_sub(doc.capacity());
    let held = peak.saturating_sub(own);
    #[expect(clippy::cast_precision_loss, reason = "a ratio to print")]
    let ratio = held as f64 / doc.len() as f64;
    let error = match refused {
        None => "(not read)".to_owned(),
        Some(None) => return Err(format!("{case}: the document was accepted")),
        Some(Some(text)) => {
            if text.len() >= 1_000 {
                return Err(format!("{case}: an error of {} bytes", text.len()));
            }
            cut(&text, 100).to_owned()
        }
    };
    println!(
        "{case:<14} {:>12} {:>14} {ratio:>6.2}x  {error}",
        doc.len(),
        held
    );
    Ok(())
}

fn cut(text: &str, limit: usize) -> &str {
    let end = (0..=limit.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    &text[..end]
}

/// The process's peak resident memory, in kB (Linux).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cases, size): (Vec<&str>, usize) = match args.as_slice() {
        [] => (CASES.to_vec(), 1 << 20),
        [case, size] => match size.parse() {
            Ok(size) => (vec![case.as_str()], size),
            Err(err) => {
                eprintln!("usage: refused_memory [CASE BYTES]: {err}");
                return ExitCode::FAILURE;
            }
        },
        _ => {
            eprintln!("usage: refused_memory [CASE BYTES], CASE one of {CASES:?}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "{:<14} {:>12} {:>14} {:>7}  error",
        "case", "document", "heap allocated", "ratio"
    );
    for case in &cases {
        if let Err(err) = run(case, size) {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    }
    if let ([case], Some(kb)) = (cases.as_slice(), peak_rss_kb()) {
        println!("{case}: peak resident memory {kb} kB");
    }
    ExitCode::SUCCESS
}
