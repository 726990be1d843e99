//! Findings about a guide, each with a stable code and a place, printed the way rustc does:
//!
//! ```text
//! error[dangling-next]: option `yes` of `danger_now` goes to `nowhere`, which is not a node
//!   --> guide/guide.yaml:14:15
//!    |
//! 14 |         next: nowhere
//!    |               ^
//!    = help: did you mean `no_danger`?
//! ```
//!
//! Lines and columns are 1-based; columns count Unicode scalar values, not bytes.

use std::fmt;

mod code;

pub use code::Code;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The guide can still be used, but something is probably wrong.
    Warning,
    /// The guide cannot be used until this is fixed.
    Error,
}

/// A place in a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file as shown to the user.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The text of that line, for the excerpt under the message.
    pub source_line: String,
}

impl Location {
    /// The location of byte `offset` in `text`, clamped to the text.
    pub fn from_offset(file: &str, text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        Self {
            file: file.to_owned(),
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            source_line: text[line_start..line_end].trim_end_matches('\r').to_owned(),
        }
    }

    /// The location of 1-based `line` and `column` in `text`.
    pub fn from_line_column(file: &str, text: &str, line: usize, column: usize) -> Self {
        let source_line = text
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("")
            .to_owned();
        Self {
            file: file.to_owned(),
            line: line.max(1),
            column: column.max(1),
            source_line,
        }
    }
}

/// One problem found in a guide: which check found it, what is wrong, where, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Whether it stops the guide from being used; always its code's severity.
    pub severity: Severity,
    /// Which check found it; its stable name (`dangling-next`) is for docs and scripts.
    pub code: Code,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where, when the problem has a place.
    pub location: Option<Location>,
    /// What to do about it, when there is something useful to say.
    pub help: Option<String>,
    /// Further facts, one line each, printed as `= note:` (a counterexample, step by step).
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// An error with no place yet.
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        debug_assert_eq!(code.severity(), Severity::Error, "{code} is a warning");
        Self {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            help: None,
            notes: Vec::new(),
        }
    }

    /// A warning with no place yet.
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        debug_assert_eq!(code.severity(), Severity::Warning, "{code} is an error");
        Self {
            severity: Severity::Warning,
            code,
            message: message.into(),
            location: None,
            help: None,
            notes: Vec::new(),
        }
    }

    /// Sets the place.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Adds a note line.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Adds a hint.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{level}[{}]: {}", self.code, self.message)?;
        let gutter = self
            .location
            .as_ref()
            .map_or(1, |l| l.line.to_string().len());
        let pad = " ".repeat(gutter);
        if let Some(loc) = &self.location {
            writeln!(f, "{pad}--> {}:{}:{}", loc.file, loc.line, loc.column)?;
            writeln!(f, "{pad} |")?;
            writeln!(f, "{} | {}", loc.line, loc.source_line)?;
            let marker_indent: String = loc
                .source_line
                .chars()
                .take(loc.column - 1)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, "{pad} | {marker_indent}^")?;
        }
        for note in &self.notes {
            writeln!(f, "{pad} = note: {note}")?;
        }
        if let Some(help) = &self.help {
            writeln!(f, "{pad} = help: {help}")?;
        }
        Ok(())
    }
}

/// Orders findings by file, line and column, errors first at the same place.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.location
                .as_ref()
                .map(|l| (l.file.clone(), l.line, l.column))
        };
        key(a)
            .cmp(&key(b))
            .then(b.severity.cmp(&a.severity))
            .then(a.code.as_str().cmp(b.code.as_str()))
    });
}

/// The closest of `candidates` to `wrong`, if one is close enough to be a likely typo.
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(wrong, c), c))
        .filter(|(d, c)| *d <= wrong.len().max(c.len()).div_ceil(3))
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(row[j + 1])
            };
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let text = "a: 1\nñandú: x\n";
        let loc = Location::from_offset("f", text, text.find('x').unwrap_or(0));
        assert_eq!(
            (loc.line, loc.column, loc.source_line.as_str()),
            (2, 8, "ñandú: x")
        );
    }

    #[test]
    fn renders_like_rustc() {
        let d = Diagnostic::error(Code::DanglingNext, "goes nowhere")
            .at(Location::from_line_column("g.yaml", "a\n  next: x\n", 2, 9))
            .with_help("fix it");
        assert_eq!(
            d.to_string(),
            "error[dangling-next]: goes nowhere\n --> g.yaml:2:9\n  |\n2 |   next: x\n  |         ^\n  = help: fix it\n"
        );
    }

    #[test]
    fn suggests_near_misses_only() {
        assert_eq!(
            suggest("danger_nwo", ["danger_now", "medical"]),
            Some("danger_now")
        );
        assert_eq!(suggest("zzz", ["danger_now", "medical"]), None);
    }
}
