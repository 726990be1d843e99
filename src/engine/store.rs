//! Where interviews and referral notes are kept, and how they are written so that nothing is
//! lost or exposed: every file is written to a temporary file in the same folder, flushed to
//! disk, renamed over the old one, and the folder is flushed too (a crash leaves the old file or
//! the new one, never half of one). Files are created 0600 and folders 0700. Nothing is read
//! through a symbolic link, so a link planted in the data folder cannot redirect a write.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::record::{RECORD_FORMAT, Record, RecordV1, is_case_code, parse_rfc3339};
use super::yaml;

/// Largest record read; a real one is a few kilobytes.
const MAX_RECORD_BYTES: u64 = 1024 * 1024;

/// The folder of the data folder that holds one record per interview, `<case code>.yaml`.
pub const RECORDS_DIR: &str = "records";

/// Where ruta 0.3 kept records (it called them sessions): moved to [`RECORDS_DIR`] on open.
const OLD_RECORDS_DIR: &str = "sessions";

/// Moves the records of a data folder written by ruta 0.3 (`sessions/`) to `records/`, so that
/// no interview is left behind by the rename: the whole folder when `records/` does not exist
/// yet, else each record `records/` does not already hold (a record in both places stays in
/// both; nothing is overwritten). A rename never copies, so a crash leaves each file in one
/// place or the other. A link is never followed.
fn adopt_old_records(root: &Path) -> Result<(), StoreError> {
    let old = root.join(OLD_RECORDS_DIR);
    let Ok(meta) = fs::symlink_metadata(&old) else {
        return Ok(());
    };
    if !meta.is_dir() {
        return Ok(());
    }
    let new = root.join(RECORDS_DIR);
    if fs::symlink_metadata(&new).is_err() {
        return fs::rename(&old, &new)
            .map_err(|e| fail(&old, format!("cannot move it to {RECORDS_DIR}/: {e}")));
    }
    private_dir(&new)?;
    let entries = fs::read_dir(&old).map_err(|e| fail(&old, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let is_record = entry.file_type().is_ok_and(|t| t.is_file())
            && name.to_str().is_some_and(|n| n.ends_with(".yaml"));
        let target = new.join(&name);
        if is_record && fs::symlink_metadata(&target).is_err() {
            fs::rename(entry.path(), &target).map_err(|e| fail(&entry.path(), e))?;
        }
    }
    // Empty now unless a record was in both places, or something else was put there.
    let _ = fs::remove_dir(&old);
    Ok(())
}

/// A failure to read or write the store, with the path involved.
#[derive(Debug)]
pub struct StoreError {
    /// The file or folder.
    pub path: PathBuf,
    /// What went wrong, and what to do.
    pub reason: String,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for StoreError {}

/// A [`StoreError`] about `path`.
pub(super) fn fail(path: &Path, reason: impl std::fmt::Display) -> StoreError {
    StoreError {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    }
}

/// What a purge did.
#[derive(Debug, Default)]
pub struct Purge {
    /// The case codes of the records deleted.
    pub removed: Vec<String>,
    /// Old closed cases kept because a ruta has them open.
    pub open: Vec<String>,
    /// How many exported notes of the deleted cases were deleted.
    pub notes: usize,
    /// How many temporary files of killed saves were deleted.
    pub leftovers: usize,
    /// Records that could not be read, and so were neither judged nor deleted.
    pub unreadable: Vec<StoreError>,
}

/// The data folder: records in `records/`, referral notes in `notes/`.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    /// The store at `root`, or the platform's data folder for ruta
    /// (`~/.local/share/ruta` on Linux).
    pub fn open(root: Option<&Path>) -> Result<Self, StoreError> {
        let root = match root {
            Some(root) => root.to_path_buf(),
            None => directories::ProjectDirs::from("org", "ruta", "ruta")
                .map(|dirs| dirs.data_local_dir().to_path_buf())
                .ok_or_else(|| fail(Path::new("~"), "no home folder: give --data-dir"))?,
        };
        adopt_old_records(&root)?;
        Ok(Self { root })
    }

    /// The data folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn folder(&self, name: &str) -> Result<PathBuf, StoreError> {
        let dir = self.root.join(name);
        data_root(&self.root)?;
        private_dir(&dir)?;
        Ok(dir)
    }

    pub(super) fn record_path(&self, code: &str) -> Result<PathBuf, StoreError> {
        if !is_case_code(code) {
            return Err(fail(
                Path::new(code),
                "not a case code (they look like 7KQ2-M9XD)",
            ));
        }
        Ok(self.folder(RECORDS_DIR)?.join(format!("{code}.yaml")))
    }

    /// Saves `record` atomically as `records/<case code>.yaml`.
    pub fn save(&self, record: &Record) -> Result<PathBuf, StoreError> {
        let path = self.record_path(&record.case_code)?;
        let text = yaml::to_string(record).map_err(|e| fail(&path, e))?;
        let _saving = self.saving(path.parent().unwrap_or(&self.root))?;
        write_atomic(&path, text.as_bytes(), true)?;
        Ok(path)
    }

    /// Reads the record with case code `code`.
    pub fn load(&self, code: &str) -> Result<Record, StoreError> {
        let path = self.record_path(code)?;
        read_record(&path)
    }

    /// Every readable record, newest first, with the files that could not be read.
    pub fn records(&self) -> Result<(Vec<Record>, Vec<StoreError>), StoreError> {
        let dir = self.root.join(RECORDS_DIR);
        // A link planted as `records/` would show (and purge) another folder's files.
        if fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(fail(
                &dir,
                "is a symbolic link; ruta does not read through links",
            ));
        }
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
            Err(e) => return Err(fail(&dir, e)),
        };
        let (mut records, mut broken) = (Vec::new(), Vec::new());
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
                continue;
            }
            match read_record(&path) {
                Ok(record) => records.push(record),
                Err(e) => broken.push(e),
            }
        }
        records.sort_by(|a, b| b.updated.cmp(&a.updated));
        Ok((records, broken))
    }

    /// Deletes the records of closed interviews last saved more than `days` days before `now` (seconds since
    /// the epoch), with their exported notes, and the temporary files killed saves left. An
    /// interview that is not closed is never deleted, nor a case open in a ruta right now.
    pub fn purge(&self, days: u64, now: u64) -> Result<Purge, StoreError> {
        let (records, unreadable) = self.records()?;
        let mut purge = Purge {
            unreadable,
            ..Purge::default()
        };
        for record in records.into_iter().filter(|r| r.closed.is_some()) {
            let age = parse_rfc3339(&record.updated).map_or(u64::MAX, |t| now.saturating_sub(t));
            if age <= days.saturating_mul(86_400) {
                continue;
            }
            let Ok(_lock) = self.lock(&record.case_code) else {
                purge.open.push(record.case_code);
                continue;
            };
            let path = self.record_path(&record.case_code)?;
            fs::remove_file(&path).map_err(|e| fail(&path, e))?;
            purge.notes += self.remove_notes(&record.case_code)?;
            purge.removed.push(record.case_code);
        }
        purge.leftovers = self.remove_leftovers()?.len();
        Ok(purge)
    }

    /// Removes the notes exported for case `code` (`notes/<code>-*`); returns how many.
    fn remove_notes(&self, code: &str) -> Result<usize, StoreError> {
        let dir = self.root.join("notes");
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(fail(&dir, e)),
        };
        let mut count = 0;
        for entry in entries.flatten() {
            let ours = entry
                .file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(&format!("{code}-")));
            if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
                fs::remove_file(entry.path()).map_err(|e| fail(&entry.path(), e))?;
                count += 1;
            }
        }
        Ok(count)
    }

    /// Writes `notes/<stem>.<extension>`, or `<stem>-2.<extension>` and so on if that name is
    /// taken: a second export never replaces the first.
    pub fn write_note_unique(
        &self,
        stem: &str,
        extension: &str,
        text: &str,
    ) -> Result<PathBuf, StoreError> {
        let mut last = None;
        for n in 1..100 {
            let name = if n == 1 {
                format!("{stem}.{extension}")
            } else {
                format!("{stem}-{n}.{extension}")
            };
            match self.write_note(&name, text) {
                Ok(path) => return Ok(path),
                Err(error) => last = Some(error),
            }
        }
        Err(last.unwrap_or_else(|| fail(&self.root, "no free note name")))
    }

    /// Puts `line` at the top of note `notes/<name>` (to say a newer note replaces it). A note
    /// that is gone is no error: the practitioner may have moved it.
    pub fn prepend_to_note(&self, name: &str, line: &str) -> Result<(), StoreError> {
        let dir = self.folder("notes")?;
        if name.contains(['/', '\\']) || name.starts_with('.') {
            return Err(fail(Path::new(name), "a note's name is a plain file name"));
        }
        let path = dir.join(name);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(fail(&path, e)),
        };
        write_atomic(&path, format!("{line}\n\n{text}").as_bytes(), true)
    }

    /// Writes a referral note as `notes/<name>`, never replacing an existing file.
    pub fn write_note(&self, name: &str, text: &str) -> Result<PathBuf, StoreError> {
        let dir = self.folder("notes")?;
        if name.contains(['/', '\\']) || name.starts_with('.') {
            return Err(fail(Path::new(name), "a note's name is a plain file name"));
        }
        let path = dir.join(name);
        let _saving = self.saving(&self.folder(RECORDS_DIR)?)?;
        // A note carries values from the record; no escape sequence reaches a reader.
        write_atomic(&path, super::i18n::clean(text).as_bytes(), false)?;
        Ok(path)
    }
}

/// Creates the data folder (0700) if needed and refuses a link or a file, but never changes
/// the mode of a folder that exists: it may be shared (a 1777 temporary folder keeps its
/// sticky bit); what is private lives in `records/` and `notes/`, which ruta makes 0700.
fn data_root(dir: &Path) -> Result<(), StoreError> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => Err(fail(
            dir,
            "is a symbolic link; ruta does not write through links",
        )),
        Ok(meta) if !meta.is_dir() => Err(fail(dir, "is not a folder")),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => private_dir(dir),
        Err(e) => Err(fail(dir, e)),
    }
}

/// Creates `dir` (0700) if needed; refuses a symbolic link; tightens a wider folder to 0700.
fn private_dir(dir: &Path) -> Result<(), StoreError> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => Err(fail(
            dir,
            "is a symbolic link; ruta does not write through links",
        )),
        Ok(meta) if !meta.is_dir() => Err(fail(dir, "is not a folder")),
        Ok(_meta) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                if _meta.permissions().mode() & 0o077 != 0 {
                    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
                        .map_err(|e| fail(dir, e))?;
                }
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let mut builder = fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                builder.mode(0o700);
            }
            builder.create(dir).map_err(|e| fail(dir, e))
        }
        Err(e) => Err(fail(dir, e)),
    }
}

/// Writes `bytes` to `path` through a synced temporary file in the same folder (0600), then
/// syncs the folder. With `replace` false an existing file is never replaced.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<(), StoreError> {
    // A bare file name (`--out note.md`) is in the current folder, whose name is ".".
    let dir = match path.parent() {
        Some(dir) if dir.as_os_str().is_empty() => Path::new("."),
        Some(dir) => dir,
        None => return Err(fail(path, "has no folder")),
    };
    if let Ok(meta) = fs::symlink_metadata(path) {
        if meta.file_type().is_symlink() {
            return Err(fail(
                path,
                "is a symbolic link; ruta does not write through links",
            ));
        }
        if !replace {
            return Err(fail(path, "already exists; ruta never overwrites a note"));
        }
    }
    let mut temp = tempfile::Builder::new()
        .prefix(super::leftovers::TEMP_PREFIX)
        .tempfile_in(dir)
        .map_err(|e| fail(dir, e))?;
    temp.write_all(bytes).map_err(|e| fail(path, e))?;
    temp.as_file().sync_all().map_err(|e| fail(path, e))?;
    if replace {
        temp.persist(path).map_err(|e| fail(path, e.error))?;
    } else {
        temp.persist_noclobber(path)
            .map_err(|e| fail(path, e.error))?;
    }
    // The rename is durable only once the folder itself is on disk.
    #[cfg(unix)]
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| fail(dir, e))?;
    Ok(())
}

fn read_record(path: &Path) -> Result<Record, StoreError> {
    let meta = fs::symlink_metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => fail(path, "no such record; `ruta records` lists them"),
        _ => fail(path, e),
    })?;
    if meta.file_type().is_symlink() || !meta.is_file() {
        return Err(fail(
            path,
            "is not a plain file; ruta does not read through links",
        ));
    }
    if meta.len() > MAX_RECORD_BYTES {
        return Err(fail(
            path,
            format!(
                "is {} bytes; a record is never more than {MAX_RECORD_BYTES}",
                meta.len()
            ),
        ));
    }
    let text = fs::read_to_string(path).map_err(|e| fail(path, e))?;
    let record = parse_record(&text).map_err(|reason| fail(path, reason))?;
    // A copied or renamed file would otherwise be resumed under one code and saved under another.
    if path.file_stem().and_then(|s| s.to_str()) != Some(record.case_code.as_str()) {
        return Err(fail(
            path,
            format!(
                "holds case {}, not the case its name says; rename it to {}.yaml or remove it",
                record.case_code, record.case_code
            ),
        ));
    }
    Ok(record)
}

/// The record in `text` (a record file's contents), in the current shape whatever format it
/// was saved in, or why it is not one. This is the one parse every record read goes through
/// (and the one the `record_file` fuzz target drives); the file's name is checked by the caller.
pub fn parse_record(text: &str) -> Result<Record, String> {
    // A BOM is how some editors save; it is not part of the record.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // serde_yaml is quadratic in the depth of flow collections; no record nests.
    if let Some(offset) = super::nesting::yaml_too_deep(text, super::nesting::MAX_YAML_FLOW_DEPTH) {
        let place = super::diagnostic::Location::from_offset("", text, offset);
        return Err(format!(
            ":{}:{} not a ruta record: nested more than {} levels deep",
            place.line,
            place.column,
            super::nesting::MAX_YAML_FLOW_DEPTH
        ));
    }
    let not_a_record = |e: yaml::ReadError| {
        let place =
            e.at.map_or(String::new(), |(line, column)| format!(":{line}:{column}"));
        format!("{place} not a ruta record: {}", e.message)
    };
    // The format number says which shape to read; older shapes are converted on the way in.
    #[derive(serde::Deserialize)]
    struct Versioned {
        format: u32,
    }
    let version: Versioned = yaml::from_str(text).map_err(not_a_record)?;
    let record: Record = match version.format {
        RECORD_FORMAT => yaml::from_str(text).map_err(not_a_record)?,
        1 => yaml::from_str::<RecordV1>(text)
            .map_err(not_a_record)?
            .into(),
        other => {
            return Err(format!(
                "record format {other} is newer than this ruta reads ({RECORD_FORMAT}); use the ruta that wrote it, or a newer one"
            ));
        }
    };
    if !is_case_code(&record.case_code) {
        return Err("its case code is malformed".to_owned());
    }
    Ok(record)
}
