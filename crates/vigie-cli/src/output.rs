//! Output helpers shared by listing commands: `--json` prints one JSON object per line.

use std::io::{self, Write};

use serde::Serialize;

/// Writes one JSON object per line to stdout. A closed pipe (`| head`) ends output quietly.
pub fn json_line(value: &impl Serialize) -> io::Result<()> {
    let mut out = io::stdout().lock();
    serde_json::to_writer(&mut out, value)?;
    out.write_all(b"\n")
}

/// Prints a line, treating a closed pipe as the end of output.
pub fn line(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")
}

/// Shortens `s` to at most `max` characters, with an ellipsis.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Ends the command quietly when stdout was closed by the reader.
pub fn ok_if_closed(result: io::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Writes one line to stderr, ignoring a closed or broken stderr (`2>&-`): diagnostics must
/// never turn into a panic (`eprintln!` panics when stderr is closed).
pub fn diag(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.write_all(b"\n");
}

/// `diag!("...", args)`: `eprintln!` that never panics. Use it instead of `eprintln!` in the CLI.
#[macro_export]
macro_rules! diag {
    ($($arg:tt)*) => { $crate::output::diag(&format!($($arg)*)) };
}

/// Writes one line of a report to stdout, ignoring a closed pipe: `vigie eval … | head` then
/// still finishes and writes its `--output` file (`println!` panics on a broken pipe).
pub fn report(text: &str) {
    let _ = line(text);
}

/// `out!("...", args)`: `println!` that never panics. Use it instead of `println!` in the CLI.
#[macro_export]
macro_rules! out {
    () => { $crate::output::report("") };
    ($($arg:tt)*) => { $crate::output::report(&format!($($arg)*)) };
}
