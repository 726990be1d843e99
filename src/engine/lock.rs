//! One ruta per case: an interview holds an advisory lock on `records/<code>.lock` while it is
//! open, so a second instance on the same case refuses instead of silently overwriting the
//! first one's answers. The lock is the operating system's (`flock`), so it dies with its
//! process: a ruta that crashed or was killed leaves no lock behind, only a lock file, which the
//! next holder reuses. The file holds the holder's process id, to name it in the refusal.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::store::{Store, StoreError, fail};

/// A case held open by this process; released (and its file removed) when dropped.
#[derive(Debug)]
pub struct CaseLock {
    path: PathBuf,
    file: File,
}

impl Drop for CaseLock {
    fn drop(&mut self) {
        // Removed while still held, so no other process can lock the old file after we let go.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

impl Store {
    /// Takes the lock of case `code`, or says which process holds it and what to do.
    pub fn lock(&self, code: &str) -> Result<CaseLock, StoreError> {
        let path = self.record_path(code)?.with_extension("lock");
        // A lock file removed and recreated between our open and our lock would leave us
        // holding a lock on a file no one else sees: check that we hold the file at the path.
        for _ in 0..8 {
            let file = open_lock_file(&path)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => return Err(held_elsewhere(&path, code)),
                Err(TryLockError::Error(e)) => return Err(fail(&path, e)),
            }
            if same_file(&file, &path) {
                let mut lock = CaseLock { path, file };
                let _ = lock.file.set_len(0);
                let _ = writeln!(lock.file, "{}", std::process::id());
                return Ok(lock);
            }
        }
        Err(fail(&path, "the lock file keeps changing; try again"))
    }
}

/// Opens (creating it 0600 if need be) the lock file at `path`, refusing a link planted there.
pub(super) fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    // A link planted as the lock file is refused, not followed.
    if fs::symlink_metadata(path).is_ok_and(|m| !m.is_file()) {
        return Err(fail(
            path,
            "is not a plain file; ruta does not write through links",
        ));
    }
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|e| fail(path, e))
}

fn same_file(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::symlink_metadata(path)) {
            (Ok(held), Ok(named)) => held.dev() == named.dev() && held.ino() == named.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

fn held_elsewhere(path: &Path, code: &str) -> StoreError {
    let pid = fs::read_to_string(path)
        .ok()
        .and_then(|t| t.trim().parse::<u32>().ok());
    let (holder, end) = match pid {
        Some(pid) => (format!(" (process {pid})"), format!("kill {pid}")),
        None => (String::new(), "end that process".to_owned()),
    };
    fail(
        path,
        format!(
            "interview {code} is open in another ruta{holder}; finish it there. \
             If that ruta is stuck, {end} and try again; if it died, its lock died with it"
        ),
    )
}
