//! End to end in a real terminal: the `ruta` binary runs in a tmux pane of 80×24, keys are sent
//! as a person would type them, and the screen is read back. Skipped (with a note) where tmux
//! is not installed; `.ci/run` installs it.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Pane {
    session: String,
}

impl Pane {
    fn start() -> Option<Self> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("tmux is not installed: skipping the end-to-end test");
            return None;
        }
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let session = format!("ruta-e2e-{}-{n}", std::process::id());
        let status = Command::new("tmux")
            .args(["new-session", "-d", "-s", &session, "-x", "80", "-y", "24"])
            .args([
                "-e",
                "LANG=es_HN.UTF-8",
                "-e",
                "TERM=xterm-256color",
                "-e",
                "PS1=$ ",
            ])
            .arg("bash --norc --noprofile")
            .status()
            .expect("tmux runs");
        assert!(status.success());
        Some(Pane { session })
    }

    fn keys(&self, keys: &[&str]) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.session])
            .args(keys)
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Types a shell command and runs it.
    fn run(&self, command: &str) {
        self.keys(&["-l", command]);
        self.keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.session])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `text`, and returns the screen.
    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {text:?}; the screen shows:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    /// Presses Enter (first option, or go on) until `text` is on screen.
    fn enter_until(&self, text: &str) -> String {
        for _ in 0..80 {
            if self.screen().contains(text) {
                break;
            }
            let mut before = self.screen();
            // On a checklist ("mark all that apply") Enter confirms what is marked: mark the
            // first option first, as Enter takes the first option of any other question.
            if before.contains("[ ] 1.") {
                self.keys(&["Space"]);
                let deadline = Instant::now() + Duration::from_secs(2);
                while self.screen() == before && Instant::now() < deadline {
                    sleep(Duration::from_millis(20));
                }
                before = self.screen();
            }
            self.keys(&["Enter"]);
            // Wait for the screen to change, so keys are not sent faster than they are drawn.
            let deadline = Instant::now() + Duration::from_secs(2);
            while self.screen() == before && Instant::now() < deadline {
                sleep(Duration::from_millis(20));
            }
        }
        self.wait_for(text)
    }

    /// Checks the terminal is in cooked mode with echo again.
    fn assert_sane(&self) {
        self.run("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo");
        self.wait_for("icanon echo");
        self.run("clear");
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.session])
            .status();
    }
}

/// The session files (not the locks beside them).
fn session_files(data: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(data.join("sessions"))
        .map(|entries| {
            entries
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_practitioner_walks_changes_notes_exports_and_survives_a_kill() {
    let Some(pane) = Pane::start() else { return };
    let data = tempfile::tempdir().unwrap();
    let ruta = format!(
        "{} --data-dir {} --location hn",
        env!("CARGO_BIN_EXE_ruta"),
        data.path().display()
    );

    // 1. A whole interview in Spanish (the locale), answering with the first option.
    pane.run(&format!("{ruta}; echo exit=$?"));
    pane.wait_for("Paso 1");
    // A note on the first question, with the reminder not to write names.
    pane.keys(&["a"]);
    pane.wait_for("No escriba nombres");
    pane.keys(&["-l", "sala pequeña"]);
    pane.keys(&["Enter"]);
    pane.wait_for("✎ sala pequeña");
    // An urgent medical sign interrupts the screening: act now, then go on to the end.
    pane.enter_until("señal médica urgente");
    pane.keys(&["2"]);
    pane.wait_for("Actúe ahora: Emergencia médica");
    // The footer is drawn last: waiting for it waits for the whole screen.
    let screen = pane.wait_for("Enter ya actué, seguir");
    assert!(
        screen.contains("Actúe ahora: Emergencia médica"),
        "{screen}"
    );
    pane.keys(&["Enter"]);
    let screen = pane.wait_for("‼ Inmediata: Emergencia médica");
    assert!(screen.contains("Paso"), "the screening goes on:\n{screen}");
    let screen = pane.enter_until("Rutas encontradas");
    assert!(screen.contains("• Emergencia médica"), "{screen}");

    // 2. Language switch and back, on the pathway.
    pane.keys(&["l"]);
    pane.wait_for("Pathways reached");
    pane.keys(&["BSpace"]);
    let screen = pane.wait_for("Step");
    assert!(
        screen.contains("› 1."),
        "going back highlights the answer given:\n{screen}"
    );
    pane.keys(&["l"]);
    pane.wait_for("Paso");

    // 3. Change the first answer from the review screen.
    pane.keys(&["r"]);
    let overview = pane.wait_for("abrir para cambiar");
    assert!(
        overview.contains("› 3"),
        "the overview opens on the last answer:\n{overview}"
    );
    pane.keys(&["Home"]);
    pane.wait_for("›  1.");
    pane.keys(&["Enter"]);
    pane.wait_for("respuesta actual");
    pane.keys(&["2"]);
    // Nothing leaves the path: the kept answers carry the walk back to the pathway.
    pane.enter_until("Rutas encontradas");

    // 4. Record consent and export the referral note.
    pane.keys(&["c"]);
    pane.wait_for("aceptó la remisión?");
    pane.keys(&["1"]);
    pane.keys(&["e"]);
    pane.wait_for("¿En qué idioma");
    pane.keys(&["1"]);
    pane.wait_for("Nota de remisión guardada");
    pane.keys(&["x"]);
    pane.wait_for("¿Por qué se cierra la entrevista?");
    pane.keys(&["1"]);
    pane.wait_for("exit=0");
    pane.assert_sane();

    let notes: Vec<_> = std::fs::read_dir(data.path().join("notes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    for note in &notes {
        assert_eq!(
            std::fs::metadata(note).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let text = std::fs::read_to_string(note).unwrap();
        assert!(
            text.contains("sala pequeña")
                && text.contains("Sí, aceptó la remisión")
                && text.contains("Emergencia médica"),
            "{text}"
        );
    }
    let finished = session_files(data.path());
    assert_eq!(finished.len(), 1);
    let saved = std::fs::read_to_string(&finished[0]).unwrap();
    assert!(saved.contains("reason: completed"), "{saved}");

    // 5. A second interview, killed with SIGKILL after three answers, then resumed.
    pane.run(&format!("{ruta}; echo exit=$?"));
    pane.wait_for("Paso 1");
    pane.enter_until("Paso 4");
    let sessions = session_files(data.path());
    let second = sessions
        .iter()
        .find(|p| **p != finished[0])
        .expect("the second interview is saved")
        .clone();
    let code = second.file_stem().unwrap().to_string_lossy().into_owned();
    let saved = std::fs::read_to_string(&second).unwrap();
    Command::new("pkill")
        .args([
            "-KILL",
            "-f",
            &format!("ruta --data-dir {}", data.path().display()),
        ])
        .status()
        .unwrap();
    pane.wait_for("exit=137");
    pane.run("stty sane; clear");
    assert_eq!(
        std::fs::read_to_string(&second).unwrap(),
        saved,
        "the kill lost nothing"
    );
    assert_eq!(
        saved.matches("- node:").count(),
        3,
        "three answers shown as taken are on disk:\n{saved}"
    );

    pane.run(&format!(
        "{} --data-dir {} sessions",
        env!("CARGO_BIN_EXE_ruta"),
        data.path().display()
    ));
    pane.wait_for(&code);
    pane.run(&format!(
        "{} --data-dir {} resume {code}; echo exit=$?",
        env!("CARGO_BIN_EXE_ruta"),
        data.path().display()
    ));
    pane.wait_for("Paso 4");
    pane.keys(&["q"]);
    pane.keys(&["s"]);
    pane.wait_for(&format!("ruta resume {code}"));
    pane.assert_sane();
}

#[test]
fn sigterm_saves_and_restores_the_terminal() {
    let Some(pane) = Pane::start() else { return };
    let data = tempfile::tempdir().unwrap();
    pane.run(&format!(
        "{} --data-dir {}; echo exit=$?",
        env!("CARGO_BIN_EXE_ruta"),
        data.path().display()
    ));
    // Without --location a new interview asks for the place first.
    pane.wait_for("¿Dónde se hace la entrevista?");
    pane.keys(&["2"]);
    pane.wait_for("Paso 1");
    pane.keys(&["Enter"]);
    pane.wait_for("Paso 2");
    Command::new("pkill")
        .args([
            "-TERM",
            "-f",
            &format!("ruta --data-dir {}", data.path().display()),
        ])
        .status()
        .unwrap();
    pane.wait_for("exit=0");
    pane.assert_sane();
    let sessions = session_files(data.path());
    assert_eq!(sessions.len(), 1);
    assert_eq!(
        std::fs::read_to_string(&sessions[0])
            .unwrap()
            .matches("- node:")
            .count(),
        1
    );
}

/// The process ids of the ruta running on `data`.
fn ruta_pids(data: &Path) -> Vec<String> {
    let out = Command::new("pgrep")
        .args(["-f", &format!("ruta --data-dir {}", data.display())])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_killed_terminal_ends_ruta_with_its_answers_on_disk() {
    let Some(pane) = Pane::start() else { return };
    let data = tempfile::tempdir().unwrap();
    pane.run(&format!(
        "{} --data-dir {} --location hn",
        env!("CARGO_BIN_EXE_ruta"),
        data.path().display()
    ));
    pane.wait_for("Paso 1");
    pane.enter_until("Paso 3");
    assert_eq!(ruta_pids(data.path()).len(), 1, "ruta runs");
    // The terminal goes away under ruta, as a closed window or a dropped SSH link does.
    let status = Command::new("tmux")
        .args(["kill-session", "-t", &pane.session])
        .status()
        .unwrap();
    assert!(status.success());
    // Poll until ruta is gone; 2 s is a bound on a hang, not a measurement.
    let deadline = Instant::now() + Duration::from_secs(2);
    while !ruta_pids(data.path()).is_empty() {
        assert!(
            Instant::now() < deadline,
            "ruta still runs 2 s after its terminal closed"
        );
        sleep(Duration::from_millis(20));
    }
    let sessions = session_files(data.path());
    assert_eq!(sessions.len(), 1);
    let saved = std::fs::read_to_string(&sessions[0]).unwrap();
    // Step 3 was on screen, so at least two answers were shown as taken (a last Enter in
    // flight may have taken a third).
    assert!(saved.matches("- node:").count() >= 2, "{saved}");
}

#[test]
fn sigtstp_gives_the_terminal_back_and_fg_takes_it_again() {
    let Some(pane) = Pane::start() else { return };
    let data = tempfile::tempdir().unwrap();
    pane.run(&format!(
        "{} --data-dir {} --location hn; echo exit=$?",
        env!("CARGO_BIN_EXE_ruta"),
        data.path().display()
    ));
    pane.wait_for("Paso 1");
    Command::new("pkill")
        .args([
            "-TSTP",
            "-f",
            &format!("ruta --data-dir {}", data.path().display()),
        ])
        .status()
        .unwrap();
    pane.wait_for("Stopped");
    // While stopped, the shell has a sane terminal.
    pane.assert_sane();
    pane.run("fg; echo exit=$?");
    pane.wait_for("Paso 1");
    // Raw mode again: one key, with no Enter, answers.
    pane.keys(&["2"]);
    pane.wait_for("Paso 2");
    pane.keys(&["q"]);
    pane.wait_for("¿Desea salir");
    pane.keys(&["s"]);
    pane.wait_for("exit=0");
    pane.assert_sane();
}
