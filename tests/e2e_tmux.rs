//! End to end in a real terminal: the `ruta` binary runs in a tmux pane of 80×24, keys are sent
//! as a person would type them, and the screen is read back. Skipped (with a note) where tmux
//! is not installed; `.ci/run` installs it.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Pane {
    session: String,
}

impl Pane {
    fn start(command: &str) -> Option<Self> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("tmux is not installed: skipping the end-to-end test");
            return None;
        }
        let session = format!("ruta-e2e-{}", std::process::id());
        let status = Command::new("tmux")
            .args(["new-session", "-d", "-s", &session, "-x", "80", "-y", "24"])
            .args(["-e", "LANG=es_HN.UTF-8", "-e", "TERM=xterm-256color"])
            .arg("bash --norc --noprofile")
            .status()
            .expect("tmux runs");
        assert!(status.success());
        let pane = Pane { session };
        pane.keys(&[command, "Enter"]);
        Some(pane)
    }

    fn keys(&self, keys: &[&str]) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.session])
            .args(keys)
            .status()
            .unwrap();
        assert!(status.success());
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
        let deadline = Instant::now() + Duration::from_secs(10);
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
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.session])
            .status();
    }
}

#[test]
fn walk_switch_language_go_back_and_quit_in_a_real_terminal() {
    let binary = env!("CARGO_BIN_EXE_ruta");
    let Some(pane) = Pane::start(&format!("{binary}; echo exit=$?")) else {
        return;
    };
    // The locale is Spanish, so the interview starts in Spanish.
    pane.wait_for("Paso 1");

    // Answer with the first option (or go on) until an outcome appears.
    for _ in 0..40 {
        if pane.screen().contains("Ruta recomendada") {
            break;
        }
        pane.keys(&["Enter"]);
        sleep(Duration::from_millis(60));
    }
    pane.wait_for("Ruta recomendada");

    pane.keys(&["l"]);
    pane.wait_for("Recommended pathway");
    pane.keys(&["BSpace"]);
    let screen = pane.wait_for("Step");
    assert!(
        screen.contains("› 1."),
        "going back highlights the answer given:\n{screen}"
    );
    pane.keys(&["l"]);
    pane.wait_for("Paso");

    pane.keys(&["q"]);
    pane.wait_for("¿Desea salir");
    pane.keys(&["n"]);
    pane.wait_for("Paso");
    pane.keys(&["q"]);
    pane.keys(&["s"]);
    pane.wait_for("exit=0");

    // The terminal is sane again: cooked mode with echo.
    pane.keys(&[
        "stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo",
        "Enter",
    ]);
    pane.wait_for("icanon echo");
}
