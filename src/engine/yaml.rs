//! The only module that reads or writes YAML: guide files, case files, the directory and
//! interviews' records.
//!
//! serde_yaml (asked for by the project, archived upstream) reads files into typed structs and
//! reports syntax and shape errors with their line and column. It cannot say where a value
//! that parsed fine but means something wrong sits (a `next` naming no node), so those findings
//! carry a [`YamlPath`], and [`Locator`] turns paths into lines and columns with yaml-rust2's
//! marked event parser. The locator runs only when there is something to report, so a clean
//! load parses each file once. See `docs/decisions.md`.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;
use yaml_rust2::Event;
use yaml_rust2::parser::{MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use super::diagnostic::{Code, Diagnostic, Location};
use super::source::SourceFile;

/// Most nested levels a guide file may have; real guides use about six.
pub const MAX_DEPTH: usize = 64;

/// Parses `file` into `T`, or says precisely where and why it cannot.
pub fn parse<T: DeserializeOwned>(file: &SourceFile) -> Result<T, Vec<Diagnostic>> {
    if file.text.trim().is_empty() {
        // serde would say "missing field `format`", true but beside the point.
        return Err(vec![
            Diagnostic::error(Code::InvalidYaml, "the file is empty")
                .at(Location::from_offset(&file.display, &file.text, 0))
                .with_help("docs/guide-format.md shows a complete example to start from"),
        ]);
    }
    if let Some(offset) =
        super::nesting::yaml_too_deep(&file.text, super::nesting::MAX_YAML_FLOW_DEPTH)
    {
        return Err(vec![too_deep(file, offset)]);
    }
    serde_yaml::from_str(&file.text).map_err(|error| vec![shape_error(file, &error)])
}

/// The finding for a file nested deeper than any guide needs (see [`super::nesting`]).
fn too_deep(file: &SourceFile, offset: usize) -> Diagnostic {
    Diagnostic::error(
        Code::InvalidYaml,
        format!(
            "nested more than {} levels deep",
            super::nesting::MAX_YAML_FLOW_DEPTH
        ),
    )
    .at(Location::from_offset(&file.display, &file.text, offset))
    .with_help("a guide nests a few levels; write lists and mappings in block style")
}

/// Turns a serde_yaml error into a finding. serde_yaml's errors have no kind, only text, so
/// the code is chosen by matching serde's wording here, in the one module that knows about
/// serde_yaml; the fixtures for each of these codes fail if that wording changes.
fn shape_error(file: &SourceFile, error: &serde_yaml::Error) -> Diagnostic {
    let message = message_of(error);
    let (code, help) = if message.contains("unknown field") {
        (
            Code::UnknownKey,
            "remove or rename the key; docs/guide-format.md lists the keys each part takes",
        )
    } else if message.contains("missing field") {
        (
            Code::MissingKey,
            "add the key; docs/guide-format.md shows a complete example",
        )
    } else if message.contains("invalid type") || message.contains("invalid value") {
        (
            Code::WrongType,
            "check the value against docs/guide-format.md",
        )
    } else if message.contains("duplicate") {
        (Code::DuplicateKey, "each key may appear once in a mapping")
    } else {
        (
            Code::InvalidYaml,
            "check indentation and quoting near this place",
        )
    };
    let location = match error.location() {
        Some(at) if code == Code::DuplicateKey => second_key(file, &message, at.line())
            .unwrap_or_else(|| {
                Location::from_line_column(&file.display, &file.text, at.line(), at.column())
            }),
        Some(at) => Location::from_line_column(&file.display, &file.text, at.line(), at.column()),
        None => Location::from_offset(&file.display, &file.text, 0),
    };
    Diagnostic::error(code, message)
        .with_help(help)
        .at(location)
}

/// serde_yaml's message without the " at line L column C" it appends: the place is shown on
/// its own.
fn message_of(error: &serde_yaml::Error) -> String {
    let full = error.to_string();
    full.split(" at line ").next().unwrap_or(&full).to_owned()
}

/// Why a text that is not a guide file (an interview's record) could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// What is wrong, in serde's words, without the place.
    pub message: String,
    /// 1-based line and column, when serde_yaml knows them.
    pub at: Option<(usize, usize)>,
}

/// Reads `text` as a `T`: for ruta's own files (records), whose errors are told to the user
/// as one line rather than as findings in a guide.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    serde_yaml::from_str(text).map_err(|error| ReadError {
        message: message_of(&error),
        at: error.location().map(|l| (l.line(), l.column())),
    })
}

/// Writes `value` as YAML (records, and case files made from a walk). serde_yaml writes
/// YAML 1.2, so an option id such as `no` is written plain; ruta reads it back as text.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// serde places a repeated field at the start of its mapping; point at the repetition instead:
/// the second line from `from_line` on that starts with the key at the first one's indentation.
/// The key is only in serde's message (``duplicate field `text` ``), so it is read from there.
fn second_key(file: &SourceFile, message: &str, from_line: usize) -> Option<Location> {
    let key = message.split('`').nth(1)?;
    let mut indent = None;
    for (index, line) in file
        .text
        .lines()
        .enumerate()
        .skip(from_line.saturating_sub(1))
    {
        let body = line.trim_start_matches([' ', '-']);
        let column = line.len() - body.len();
        if body
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
        {
            match indent {
                None => indent = Some(column),
                Some(first) if first == column => {
                    return Some(Location::from_line_column(
                        &file.display,
                        &file.text,
                        index + 1,
                        column + 1,
                    ));
                }
                Some(_) => {}
            }
        }
    }
    None
}

/// Where a value sits in a YAML document: keys and sequence indexes from the root.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct YamlPath(Vec<Segment>);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Segment {
    /// Field names are static; ids used as keys (case answers) are owned.
    Key(Cow<'static, str>),
    Index(usize),
    /// The key itself rather than its value: where a wrong key is written.
    KeyName(Cow<'static, str>),
}

impl YamlPath {
    /// The document root.
    pub fn root() -> Self {
        Self::default()
    }

    /// This path extended by a mapping key.
    pub fn key(&self, key: impl Into<Cow<'static, str>>) -> Self {
        let mut path = self.clone();
        path.0.push(Segment::Key(key.into()));
        path
    }

    /// The place of mapping key `key` itself (not of its value).
    pub fn key_name(&self, key: impl Into<Cow<'static, str>>) -> Self {
        let mut path = self.clone();
        path.0.push(Segment::KeyName(key.into()));
        path
    }

    /// This path extended by a sequence index.
    pub fn index(&self, index: usize) -> Self {
        let mut path = self.clone();
        path.0.push(Segment::Index(index));
        path
    }

    fn parent(&self) -> Option<Self> {
        let mut path = self.clone();
        path.0.pop().map(|_| path)
    }
}

impl fmt::Display for YamlPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::KeyName(key) => write!(f, ".{key}(key)")?,
            }
        }
        Ok(())
    }
}

/// Finds the line and column of a [`YamlPath`] in one file, parsing it on first use.
pub struct Locator<'a> {
    file: &'a SourceFile,
    index: OnceCell<HashMap<YamlPath, Marker>>,
}

impl<'a> Locator<'a> {
    /// A locator for `file`; nothing is parsed yet.
    pub fn new(file: &'a SourceFile) -> Self {
        Self {
            file,
            index: OnceCell::new(),
        }
    }

    /// The place of the value at `path`, or of its nearest ancestor that exists.
    pub fn locate(&self, path: &YamlPath) -> Location {
        let index = self.index.get_or_init(|| build_index(&self.file.text));
        let mut current = Some(path.clone());
        while let Some(path) = current {
            if let Some(marker) = index.get(&path) {
                // Marker::index counts characters, not bytes: use the line and column.
                return Location::from_line_column(
                    &self.file.display,
                    &self.file.text,
                    marker.line(),
                    marker.col() + 1,
                );
            }
            current = path.parent();
        }
        Location::from_offset(&self.file.display, &self.file.text, 0)
    }
}

fn build_index(text: &str) -> HashMap<YamlPath, Marker> {
    let mut builder = IndexBuilder::default();
    // A file that reached a locator has already parsed with serde_yaml; if yaml-rust2 still
    // disagrees, the index stays partial and findings fall back to the nearest known place.
    let _ = Parser::new_from_str(text).load(&mut builder, false);
    builder.positions
}

#[derive(Default)]
struct IndexBuilder {
    positions: HashMap<YamlPath, Marker>,
    stack: Vec<Frame>,
    path: YamlPath,
}

enum Frame {
    /// `first_key` is set until the first key is read: a block mapping's start event is
    /// marked oddly, so the mapping is placed at its first key instead.
    Mapping {
        awaiting_key: bool,
        first_key: bool,
    },
    Sequence {
        next_index: usize,
    },
}

impl IndexBuilder {
    /// Called for each scalar or container start: either a mapping key or a value.
    fn on_node(&mut self, scalar: Option<&str>, marker: Marker, opens: Option<Frame>) {
        if let Some(Frame::Mapping {
            awaiting_key,
            first_key,
        }) = self.stack.last_mut()
            && *awaiting_key
        {
            *awaiting_key = false;
            if std::mem::take(first_key) && self.stack.len() <= MAX_DEPTH {
                self.positions.insert(self.path.clone(), marker);
            }
            // Complex keys (a mapping as a key) are not used by guides; give them a name.
            let key = scalar.unwrap_or("?").to_owned();
            if self.stack.len() <= MAX_DEPTH {
                let mut key_path = self.path.clone();
                key_path.0.push(Segment::KeyName(Cow::Owned(key.clone())));
                self.positions.insert(key_path, marker);
            }
            self.path.0.push(Segment::Key(Cow::Owned(key)));
            if let Some(frame) = opens {
                // Swallow the complex key's contents by treating it as an anonymous value.
                self.stack.push(frame);
            }
            return;
        }
        if let Some(Frame::Sequence { next_index }) = self.stack.last_mut() {
            self.path.0.push(Segment::Index(*next_index));
            *next_index += 1;
        }
        if self.stack.len() < MAX_DEPTH {
            self.positions.insert(self.path.clone(), marker);
        }
        match opens {
            Some(frame) => self.stack.push(frame),
            None => self.value_done(),
        }
    }

    /// A value (scalar or whole container) has ended: step out of its key or index.
    fn value_done(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Mapping { awaiting_key, .. }) => {
                *awaiting_key = true;
                self.path.0.pop();
            }
            Some(Frame::Sequence { .. }) => {
                self.path.0.pop();
            }
            None => {}
        }
    }
}

impl MarkedEventReceiver for IndexBuilder {
    fn on_event(&mut self, event: Event, marker: Marker) {
        match event {
            Event::Scalar(value, ..) => self.on_node(Some(&value), marker, None),
            Event::Alias(_) => self.on_node(None, marker, None),
            Event::MappingStart(..) => self.on_node(
                None,
                marker,
                Some(Frame::Mapping {
                    awaiting_key: true,
                    first_key: true,
                }),
            ),
            Event::SequenceStart(..) => {
                self.on_node(None, marker, Some(Frame::Sequence { next_index: 0 }))
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.value_done();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            relative: "g.yaml".into(),
            display: "g.yaml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn locates_nested_values() {
        let f = file("a: 1\nitems:\n  - id: x\n    next: y\n  - id: z\n    opts: [p, q]\n");
        let locator = Locator::new(&f);
        let at = |p: &YamlPath| {
            let l = locator.locate(p);
            (l.line, l.column)
        };
        let items = YamlPath::root().key("items");
        assert_eq!(at(&items.index(0).key("next")), (4, 11));
        assert_eq!(at(&items.index(1).key("id")), (5, 9));
        assert_eq!(at(&items.index(1).key("opts").index(1)), (6, 15));
        // Unknown paths fall back to the nearest ancestor.
        assert_eq!(at(&items.index(1).key("nothing")), (5, 5));
    }

    #[test]
    fn places_are_right_after_non_ascii_text() {
        let f = file("# Guía: niñas y niños — ñandú\nitems:\n  - id: ñ\n    next: é\n");
        let l = Locator::new(&f).locate(&YamlPath::root().key("items").index(0).key("next"));
        assert_eq!(
            (l.line, l.column, l.source_line.as_str()),
            (4, 11, "    next: é")
        );
    }

    #[test]
    fn shape_errors_count_columns_in_characters() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct T {
            a: String,
            b: u32,
        }
        let f = file("{a: ñandú, b: x}\n");
        let d = parse::<T>(&f).unwrap_err().remove(0);
        let l = d.location.unwrap();
        assert_eq!((l.line, l.column), (1, 15));
    }

    #[test]
    fn flow_and_block_mappings_agree() {
        let f = file("items: [{id: a, next: b}]\n");
        let l = Locator::new(&f).locate(&YamlPath::root().key("items").index(0).key("next"));
        assert_eq!((l.line, l.column), (1, 23));
    }

    #[test]
    fn shape_errors_name_the_place() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            a: u32,
        }
        let f = file("a: 1\nb: 2\n");
        let d = parse::<T>(&f).unwrap_err().remove(0);
        assert_eq!(d.code, Code::UnknownKey);
        let l = d.location.unwrap();
        assert_eq!((l.line, l.column), (2, 1));
    }
}
