//! A data folder that cannot be written: ruta says so at once and unmistakably, and never says
//! "saved" when nothing was. Each attack runs the real binary in line mode.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;

fn ruta(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ruta"));
    command
        .args(["--plain", "--lang", "en", "--location", "hn", "--data-dir"])
        .arg(data);
    command
}

/// Runs a new interview on `data` with `input`; returns exit code, stdout and stderr.
fn interview(data: &Path, input: &str) -> (i32, String, String) {
    let mut child = ruta(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_refused(data: &Path, why: &str) {
    let (code, stdout, stderr) = interview(data, "1\n1\n");
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("cannot be saved") && stderr.contains(why),
        "{stderr}"
    );
    assert!(!stderr.contains(" saved."), "never says saved: {stderr}");
    assert!(stdout.is_empty(), "no question was asked: {stdout}");
}

#[test]
fn a_data_folder_that_is_a_file_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data");
    std::fs::write(&file, "").unwrap();
    assert_refused(&file, "is not a folder");
}

#[test]
fn a_data_folder_that_is_a_symlink_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("real")).unwrap();
    let link = dir.path().join("data");
    std::os::unix::fs::symlink(dir.path().join("real"), &link).unwrap();
    assert_refused(&link, "symbolic link");
}

#[test]
fn a_records_folder_that_is_a_file_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("records"), "").unwrap();
    assert_refused(dir.path(), "is not a folder");
}

/// A tiny tmpfs, unmounted on drop; `None` where mounting is not allowed.
struct TinyDisk {
    dir: tempfile::TempDir,
}

impl TinyDisk {
    fn mount() -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=256k", "tmpfs"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !mounted {
            eprintln!("cannot mount a tmpfs here: skipping the full-disk case");
            return None;
        }
        Some(Self { dir })
    }

    fn path(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    /// Writes a file until the disk refuses.
    fn fill(&self) {
        let mut filler = std::fs::File::create(self.dir.path().join("filler")).unwrap();
        let block = vec![0u8; 4096];
        while filler.write_all(&block).is_ok() {}
    }
}

impl Drop for TinyDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn a_full_disk_refuses_to_start() {
    let Some(disk) = TinyDisk::mount() else {
        return;
    };
    let data = disk.path().join("data");
    std::fs::create_dir(&data).unwrap();
    disk.fill();
    assert_refused(&data, "No space left");
}

#[test]
fn a_disk_that_fills_mid_interview_shows_it_on_every_screen_and_exits_not_saved() {
    let Some(disk) = TinyDisk::mount() else {
        return;
    };
    let data = disk.path().join("data");
    let mut child = ruta(&data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (sender, screens) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buffer) {
            if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut shown = String::new();
    // Reads the output until `prompts` prompts have been shown.
    let wait_prompts = |prompts: usize, shown: &mut String| {
        while shown.matches("> ").count() < prompts {
            shown.push_str(&String::from_utf8_lossy(&screens.recv().unwrap()));
        }
    };
    wait_prompts(1, &mut shown);
    stdin.write_all(b"1\n").unwrap();
    wait_prompts(2, &mut shown);
    disk.fill();
    stdin.write_all(b"1\n\n").unwrap();
    drop(stdin);
    let status = child.wait().unwrap();
    while let Ok(chunk) = screens.recv() {
        shown.push_str(&String::from_utf8_lossy(&chunk));
    }
    let mut stderr = String::new();
    child.stderr.unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("was NOT saved"), "{stderr}");
    let after = shown.split("> ").skip(2).collect::<Vec<_>>();
    assert!(after.len() >= 2);
    for screen in &after[..after.len() - 1] {
        assert!(
            screen.contains("NOT SAVED"),
            "every screen says so:\n{screen}"
        );
    }
    // The answer taken before the disk filled is on disk.
    let records: Vec<_> = std::fs::read_dir(data.join("records"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    assert_eq!(records.len(), 1, "{records:?}");
}
