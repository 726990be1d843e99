//! The line mode, driven through standard input as a script or a screen-reader user would:
//! the same walk as the end-to-end test, with the keys as words.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

fn ruta_plain(data: &std::path::Path, input: &str, extra: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ruta"))
        .args([
            "--plain",
            "--lang",
            "es",
            "--data-dir",
            data.to_str().unwrap(),
        ])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_scripted_walk_in_line_mode() {
    let data = tempfile::tempdir().unwrap();
    // Answer the first option (empty lines: go on) until a pathway, with a note on the first
    // question, a language switch, a step back, a change from the review, consent and export.
    let mut script = String::from("note sala pequeña\n");
    script.push_str(&"1\n".repeat(60));
    script.push_str("lang\nback\nlang\nreview\n1\n2\n");
    script.push_str(&"1\n".repeat(60));
    script.push_str("consent 1\nexport\nquit\nno\nclose 1\n");
    let (code, stdout, stderr) = ruta_plain(data.path(), &script, &["--location", "hn"]);
    assert_eq!(code, 0, "{stderr}");
    for expected in [
        "[Preparación · Paso 1]",
        "  1. Sí",
        "Nota guardada.",
        "Ruta recomendada",
        "Recommended pathway",
        "Respuestas dadas",
        "Nota de remisión guardada",
        "Sí, aceptó la remisión",
        "¿Desea salir",
    ] {
        assert!(
            stdout.contains(expected),
            "missing {expected:?} in the output:\n{stdout}"
        );
    }
    assert!(stderr.contains("terminada y guardada"), "{stderr}");
    assert!(
        !stdout.contains('\u{1b}'),
        "line mode writes no escape sequence"
    );
    let notes: Vec<_> = std::fs::read_dir(data.path().join("notes"))
        .unwrap()
        .collect();
    assert_eq!(notes.len(), 2);
}

#[test]
fn the_end_of_input_saves_and_the_session_resumes() {
    let data = tempfile::tempdir().unwrap();
    let (code, _, stderr) = ruta_plain(data.path(), "1\n1\n", &[]);
    assert_eq!(code, 0, "{stderr}");
    let saved = std::fs::read_dir(data.path().join("sessions"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let case = saved.file_stem().unwrap().to_string_lossy().into_owned();
    assert!(stderr.contains(&format!("ruta resume {case}")), "{stderr}");
    let (code, stdout, _) = ruta_plain(data.path(), "", &["resume", &case]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("Paso 3"),
        "resumed where it stopped:\n{stdout}"
    );
}

#[test]
fn unknown_words_are_answered_with_the_list_of_words() {
    let data = tempfile::tempdir().unwrap();
    let (_, stdout, _) = ruta_plain(data.path(), "banana\n", &[]);
    assert!(stdout.contains("No entendí"), "{stdout}");
}

#[test]
fn an_interruption_in_line_mode_is_read_acted_on_and_the_screening_goes_on() {
    let data = tempfile::tempdir().unwrap();
    let guide = common::materialize("valid", "interrupting");
    let guide_dir = guide.path().to_str().unwrap();
    // In danger (1): act now; Enter: acted; Enter: the info; alone (2): the end; then close.
    let (code, stdout, stderr) = ruta_plain(
        data.path(),
        "1\n\n\n2\nclose 1\n",
        &["--guide", guide_dir, "--location", "town"],
    );
    assert_eq!(code, 0, "{stderr}");
    let interruption = stdout
        .find("Actúe ahora: Peligro inmediato")
        .expect(&stdout);
    let goes_on = stdout[interruption..]
        .find("¿Con quién viajaste?")
        .expect("the screening goes on after the interruption");
    let result = &stdout[interruption + goes_on..];
    for expected in [
        "Rutas encontradas",
        "- Peligro inmediato (INMEDIATA: ahora mismo)",
        "- Seguimiento de rutina (DE RUTINA)",
    ] {
        assert!(result.contains(expected), "missing {expected:?}:\n{result}");
    }
    assert!(stderr.contains("terminada y guardada"), "{stderr}");
}
