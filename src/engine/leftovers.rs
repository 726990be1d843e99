//! Temporary files left behind by a save that was killed half-way (`.ruta-XXXXXX`, each a full
//! copy of a child's record), and how they are removed without racing a save in progress.
//!
//! Every save of the store holds a shared lock on `records/.saves.lock` while its temporary
//! file exists; removing leftovers takes that lock exclusively, and only if no save holds it.
//! So a temporary file seen under the exclusive lock belongs to no running save: it is left
//! over, whatever its age.

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

use super::store::{RECORDS_DIR, Store, StoreError, fail};

/// The prefix of every temporary file the store writes.
pub const TEMP_PREFIX: &str = ".ruta-";

const SAVES_LOCK: &str = ".saves.lock";

/// Held while a save's temporary file may exist.
#[derive(Debug)]
pub struct SaveGuard {
    _file: File,
}

impl Store {
    /// Waits until no leftovers are being removed, then holds off their removal until dropped.
    pub(super) fn saving(&self, records: &Path) -> Result<SaveGuard, StoreError> {
        let path = records.join(SAVES_LOCK);
        let file = super::lock::open_lock_file(&path)?;
        file.lock_shared().map_err(|e| fail(&path, e))?;
        Ok(SaveGuard { _file: file })
    }

    /// Removes the temporary files that killed saves left in `records/` and `notes/`, and
    /// returns them; removes nothing while a save is under way (the next start will).
    pub fn remove_leftovers(&self) -> Result<Vec<PathBuf>, StoreError> {
        let records = self.root().join(RECORDS_DIR);
        // Nothing was ever saved here, or it is not ruta's to clean (a link is refused later).
        if !fs::symlink_metadata(&records).is_ok_and(|m| m.is_dir()) {
            return Ok(Vec::new());
        }
        let path = records.join(SAVES_LOCK);
        let lock = super::lock::open_lock_file(&path)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(Vec::new()),
            Err(TryLockError::Error(e)) => return Err(fail(&path, e)),
        }
        let mut removed = Vec::new();
        for dir in [records, self.root().join("notes")] {
            let entries = match fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(fail(&dir, e)),
            };
            for entry in entries.flatten() {
                let is_temp = entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX);
                // Never follow a link: only plain files of ours are removed.
                let plain = entry.file_type().is_ok_and(|t| t.is_file());
                if is_temp && plain {
                    fs::remove_file(entry.path()).map_err(|e| fail(&entry.path(), e))?;
                    removed.push(entry.path());
                }
            }
        }
        Ok(removed)
    }
}
