//! Where a guide's files come from: a directory on disk or the copy embedded in the binary.
//!
//! Both become the same [`SourceSet`], so loading, validation and every diagnostic treat them
//! alike; only the displayed origin differs (`<embedded>/guide/guide.yaml` vs a real path).

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use super::diagnostic::{Code, Diagnostic, Location};

/// The guide and translations bundled into the binary at build time (see `build.rs`).
const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Files above this size are refused before parsing: no real guide comes near it, and it keeps
/// a stray or hostile file from exhausting memory.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// One text file of a guide, with the name diagnostics show for it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the guide root, with `/` separators (`guide/guide.yaml`).
    pub relative: String,
    /// What to call the file in messages: a real path, or `<embedded>/…`.
    pub display: String,
    /// The file's text.
    pub text: String,
}

/// All the files of one guide: its YAML under `guide/` and its Fluent files under `locales/`.
#[derive(Debug, Clone)]
pub struct SourceSet {
    files: Vec<SourceFile>,
    /// Files that were read but cannot be used as text (too large, not UTF-8), as findings.
    problems: Vec<Diagnostic>,
}

/// A guide directory that could not be read at all (as opposed to one with bad contents).
#[derive(Debug)]
pub struct ReadError {
    /// The path that failed.
    pub path: PathBuf,
    /// What went wrong, in words.
    pub reason: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for ReadError {}

impl SourceSet {
    /// The guide bundled into this binary.
    pub fn embedded() -> Self {
        let files = EMBEDDED
            .iter()
            .map(|(relative, text)| SourceFile {
                relative: (*relative).to_owned(),
                display: format!("<embedded>/{relative}"),
                text: (*text).to_owned(),
            })
            .collect();
        Self {
            files,
            problems: Vec::new(),
        }
    }

    /// Reads `root/guide/**/*.yaml` and `root/locales/**/*.ftl`.
    pub fn from_dir(root: &Path) -> Result<Self, ReadError> {
        if !root.join("guide").join("guide.yaml").is_file() {
            return Err(ReadError {
                path: root.to_path_buf(),
                reason: "no guide/guide.yaml here; --guide takes a folder that holds guide/ and locales/".into(),
            });
        }
        let mut set = Self::from_dir_partial(root)?;
        set.files.sort_by(|a, b| a.relative.cmp(&b.relative));
        Ok(set)
    }

    /// Reads whatever `root/guide/**/*.yaml` and `root/locales/**/*.ftl` there are, even if
    /// `guide/guide.yaml` is missing (for overlays in tests).
    pub fn from_dir_partial(root: &Path) -> Result<Self, ReadError> {
        let (mut files, mut problems) = (Vec::new(), Vec::new());
        let mut budget = Budget::default();
        read_tree(
            root,
            &root.join("guide"),
            "yaml",
            &mut files,
            &mut problems,
            &mut budget,
        )?;
        read_tree(
            root,
            &root.join("locales"),
            "ftl",
            &mut files,
            &mut problems,
            &mut budget,
        )?;
        Ok(Self { files, problems })
    }

    /// Builds a set from in-memory files; tests and benchmarks use it.
    pub fn from_files(files: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut files: Vec<SourceFile> = files
            .into_iter()
            .map(|(relative, text)| SourceFile {
                display: relative.clone(),
                relative,
                text,
            })
            .collect();
        files.sort_by(|a, b| a.relative.cmp(&b.relative));
        Self {
            files,
            problems: Vec::new(),
        }
    }

    /// This set with `other`'s files added, replacing any of the same relative path: a guide
    /// with a few files changed.
    pub fn overlaid(mut self, other: SourceSet) -> Self {
        self.problems.extend(other.problems);
        for file in other.files {
            self.files.retain(|f| f.relative != file.relative);
            self.files.push(file);
        }
        self.files.sort_by(|a, b| a.relative.cmp(&b.relative));
        self
    }

    /// Files that could not be used as text (too large, not UTF-8), as findings.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    /// The file at `relative`, if present.
    pub fn get(&self, relative: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.relative == relative)
    }

    /// Every file, sorted by relative path.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// The Fluent files for `lang` (`locales/<lang>/*.ftl`), sorted.
    pub fn locale_files<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a SourceFile> + 'a {
        self.files.iter().filter(move |f| {
            f.relative
                .strip_prefix("locales/")
                .and_then(|rest| rest.strip_prefix(lang))
                .and_then(|rest| rest.strip_prefix('/'))
                .is_some_and(|name| name.ends_with(".ftl"))
        })
    }
}

/// Most bytes all of a guide's files may hold together: each file has its own limit, and many
/// files under it must not add up to more than any guide needs.
pub const MAX_GUIDE_BYTES: u64 = 64 * 1024 * 1024;

/// Most files a guide may have.
pub const MAX_GUIDE_FILES: usize = 10_000;

/// What has been read so far, against [`MAX_GUIDE_BYTES`] and [`MAX_GUIDE_FILES`].
#[derive(Debug, Default)]
struct Budget {
    bytes: u64,
    files: usize,
    exceeded: bool,
}

impl Budget {
    /// Counts a file of `size` bytes at `path`; the first time the guide goes over a limit,
    /// the finding that says so.
    fn spend(&mut self, path: &Path, size: u64) -> Option<Diagnostic> {
        self.bytes = self.bytes.saturating_add(size);
        self.files += 1;
        if self.exceeded || (self.bytes <= MAX_GUIDE_BYTES && self.files <= MAX_GUIDE_FILES) {
            return None;
        }
        self.exceeded = true;
        Some(
            Diagnostic::error(
                Code::GuideTooLarge,
                format!(
                    "the guide's files reach {} bytes in {} files here; the limits are {MAX_GUIDE_BYTES} bytes and {MAX_GUIDE_FILES} files",
                    self.bytes, self.files
                ),
            )
            .at(Location::from_line_column(&path.display().to_string(), "", 1, 1))
            .with_help("check that the folder is the right one; a guide is a few files"),
        )
    }
}

fn read_tree(
    root: &Path,
    dir: &Path,
    extension: &str,
    files: &mut Vec<SourceFile>,
    problems: &mut Vec<Diagnostic>,
    budget: &mut Budget,
) -> Result<(), ReadError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(ReadError {
                path: dir.to_path_buf(),
                reason: e.to_string(),
            });
        }
    };
    for entry in entries {
        let entry = entry.map_err(|e| ReadError {
            path: dir.to_path_buf(),
            reason: e.to_string(),
        })?;
        let path = entry.path();
        // Do not follow links: a guide folder copied from a USB stick must not reach elsewhere.
        let kind = entry.file_type().map_err(|e| ReadError {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        if kind.is_dir() {
            read_tree(root, &path, extension, files, problems, budget)?;
        } else if kind.is_file() && path.extension().and_then(|e| e.to_str()) == Some(extension) {
            let size = entry.metadata().map_or(0, |m| m.len());
            if let Some(problem) = budget.spend(&path, size) {
                problems.push(problem);
            }
            if budget.exceeded {
                continue;
            }
            match read_file(root, &path)? {
                Ok(file) => files.push(file),
                Err(problem) => problems.push(problem),
            }
        }
    }
    Ok(())
}

/// Reads one file: an I/O failure is a [`ReadError`]; a file that is too large or not UTF-8
/// is a finding with its place, so it is reported like any other problem in the guide.
fn read_file(root: &Path, path: &Path) -> Result<Result<SourceFile, Diagnostic>, ReadError> {
    let fail = |reason: String| ReadError {
        path: path.to_path_buf(),
        reason,
    };
    let display = path.display().to_string();
    let size = fs::metadata(path).map_err(|e| fail(e.to_string()))?.len();
    if size > MAX_FILE_BYTES {
        return Ok(Err(Diagnostic::error(
            Code::FileTooLarge,
            format!("the file is {size} bytes; the limit is {MAX_FILE_BYTES} bytes"),
        )
        .at(Location::from_line_column(&display, "", 1, 1))
        .with_help("split it, or check that it is the right file")));
    }
    let bytes = fs::read(path).map_err(|e| fail(e.to_string()))?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let prefix = String::from_utf8_lossy(valid);
            let at = Location::from_offset(&display, &prefix, prefix.len());
            return Ok(Err(Diagnostic::error(
                Code::InvalidUtf8,
                "the file is not valid UTF-8 here",
            )
            .at(at)
            .with_help(
                "save the file as UTF-8 (in most editors: Save with encoding, UTF-8)",
            )));
        }
    };
    // A byte-order mark is harmless but confuses column counts; drop it.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    let relative = path
        .strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    Ok(Ok(SourceFile {
        relative,
        display,
        text,
    }))
}
