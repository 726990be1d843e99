//! The one way the command line writes text: every byte goes through
//! [`clean`](ruta::engine::i18n::clean) first, since much of it came from files or file names
//! (record values, paths, a hostile guide's ids and source lines) and an escape sequence in
//! them would otherwise retitle, clear or write the clipboard of the practitioner's terminal.
//!
//! Writing never panics: a failure to write standard output (a full disk, a closed file) is
//! remembered and [`failure`] reports it, so `main` can exit 1 saying the output is incomplete.
//! A closed pipe (`ruta export … | head`) is the reader's choice and not reported.

use std::io::{self, Write};
use std::sync::Mutex;

use ruta::engine::i18n::clean;

/// The first error writing standard output, if any.
static FAILURE: Mutex<Option<String>> = Mutex::new(None);

/// Writes `text`, cleaned, to standard output.
pub fn out(text: &str) {
    let Ok(mut failure) = FAILURE.lock() else {
        return;
    };
    if failure.is_some() {
        return;
    }
    let mut stdout = io::stdout().lock();
    let written = stdout
        .write_all(clean(text).as_bytes())
        .and_then(|()| stdout.flush());
    match written {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            *failure = Some(error.to_string());
        }
        _ => {}
    }
}

/// Writes `text`, cleaned, to standard error; a failure there has nowhere to be told.
pub fn err(text: &str) {
    let _ = io::stderr().write_all(clean(text).as_bytes());
}

/// Why standard output could not be written, if it could not.
pub fn failure() -> Option<String> {
    FAILURE.lock().ok().and_then(|f| f.clone())
}

/// `print!` through the cleaning point.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::output::out(&format!($($arg)*)) };
}

/// `println!` through the cleaning point.
macro_rules! outln {
    ($($arg:tt)*) => { $crate::cli::output::out(&format!("{}\n", format_args!($($arg)*))) };
}

/// `eprintln!` through the cleaning point.
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::output::err(&format!("{}\n", format_args!($($arg)*))) };
}

/// A writer that cleans what passes through it, a line at a time (an escape sequence never
/// spans a line break in what ruta writes), for the line mode's screens. A flush cleans and
/// writes the unfinished line too, so a prompt shows before input is read.
pub struct CleanLines<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> CleanLines<W> {
    /// Cleans everything written on its way to `inner`.
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }

    fn pass(&mut self, upto: usize) -> io::Result<()> {
        let chunk: Vec<u8> = self.pending.drain(..upto).collect();
        let text = String::from_utf8_lossy(&chunk);
        self.inner.write_all(clean(&text).as_bytes())
    }
}

impl<W: Write> Write for CleanLines<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        if let Some(last) = self.pending.iter().rposition(|b| *b == b'\n') {
            self.pass(last + 1)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.pass(self.pending.len())?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for CleanLines<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cleaned_whole_even_when_written_in_pieces() {
        let mut out = CleanLines::new(Vec::new());
        out.write_all(b"a\x1b]52;c;aGk=\x07b").unwrap();
        out.write_all(b"\x1b[2J\nc\xc2\x9b").unwrap();
        out.flush().unwrap();
        let written = out.inner.clone();
        assert_eq!(String::from_utf8(written).unwrap(), "ab\nc");
    }
}
