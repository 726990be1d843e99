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
    script.push_str("consent 1\nexport 1\nquit\n2\nclose 1\n");
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
fn the_end_of_input_saves_and_the_interview_resumes() {
    let data = tempfile::tempdir().unwrap();
    // Without --location the place comes first, in line mode as on the full screen.
    let (code, stdout, stderr) = ruta_plain(data.path(), "1\n1\n1\n", &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("¿Dónde se hace la entrevista?"), "{stdout}");
    let saved = std::fs::read_dir(data.path().join("records"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "yaml"))
        .unwrap();
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

/// Every line of `script` with what ruta answered to it, for asserting a dialogue.
fn dialogue(stdout: &str) -> Vec<String> {
    stdout.split("> ").map(str::to_owned).collect()
}

#[test]
fn every_command_in_line_mode_answers_with_a_confirmation_or_a_clear_error() {
    let data = tempfile::tempdir().unwrap();
    let guide = common::materialize("valid", "small");
    let dir = guide.path().to_str().unwrap();
    let script = [
        "consent 2",  // not yet: on the result
        "9",          // no such option
        "note hola",  // a note, with the reminder
        "note mundo", // replaces it, never glued
        "note",       // reads it
        "guidance off",
        "show",      // the question again, without guidance
        "2",         // no danger
        "",          // the info
        "2",         // travelled alone: the result
        "export 1",  // the note, in the interview's language, and where it was written
        "consent 7", // no such consent
        "consent 1", // recorded
        "review 1",  // open the first answer
        "",          // keep it and step on
        "back",      // back to the first answer, kept
        "",          // and on, through every kept answer, to the result
        "",
        "",
        "close 1",
    ]
    .join("\n");
    let (code, stdout, stderr) = ruta_plain(
        data.path(),
        &format!("{script}\n"),
        &["--guide", dir, "--location", "town"],
    );
    assert_eq!(code, 0, "{stderr}");
    let replies = dialogue(&stdout);
    let expect = [
        (1, "Eso se hace en el resultado"),
        (2, "No hay número 9: elija del 1 al 2."),
        (3, "Nota guardada. Recuerde: sin nombres"),
        (4, "Nota guardada."),
        (5, "Nota: mundo"),
        (6, "La orientación está oculta"),
        (8, "[Seguridad · Paso 2]"),
        (10, "Rutas encontradas"),
        (11, "Nota de remisión guardada"),
        (12, "No hay número 7: elija del 1 al 4."),
        (13, "Consentimiento registrado: Sí, aceptó la remisión"),
        (14, "respuesta actual"),
    ];
    for (i, text) in expect {
        assert!(
            replies[i].contains(text),
            "reply {i} should say {text:?}:\n{}",
            replies[i]
        );
    }
    assert!(
        !replies[7].contains("Para usted"),
        "guidance off:\n{}",
        replies[7]
    );
    assert!(
        !replies[12].contains("Rutas encontradas") && !replies[13].contains("Rutas encontradas"),
        "the long result is not printed again after each command"
    );
    assert!(stderr.contains("terminada y guardada"), "{stderr}");
}

#[test]
fn a_trainee_rehearses_a_case_in_line_mode() {
    let data = tempfile::tempdir().unwrap();
    let guide = common::materialize("valid", "small");
    let dir = guide.path().to_str().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ruta"))
        .args([
            "--plain",
            "--lang",
            "en",
            "--data-dir",
            data.path().to_str().unwrap(),
        ])
        .args(["--guide", dir, "rehearse"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"1\n2\n\n1\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for text in [
        "Cases to rehearse",
        "1. Rosa, 12: arrives alone",
        "Are you in danger now?",
        "Your result is not the expected one",
        "The case expected: Alone",
    ] {
        assert!(stdout.contains(text), "missing {text:?}:\n{stdout}");
    }
}

#[test]
fn a_checklist_in_line_mode_takes_every_number_that_applies() {
    let data = tempfile::tempdir().unwrap();
    let guide = common::fixture("valid/checklist");
    let guide_dir = guide.to_str().unwrap();
    // Not in danger (2), the info; then at the checklist: Enter alone, a sign with "none",
    // a number past the last, and at last crying and nobody with the child (1 3).
    let (code, stdout, stderr) = ruta_plain(
        data.path(),
        "2\n\n\n1 4\n5\n1 3\nclose 1\n",
        &["--guide", guide_dir, "--location", "town"],
    );
    assert_eq!(code, 0, "{stderr}");
    let lines = dialogue(&stdout);
    // Line `typed` of the script (0-based) and what ruta answered to it.
    let after = |typed: usize| lines[typed + 1].trim().to_owned();
    assert!(
        after(1).contains("(Marque todo lo que corresponda: escriba cada número que aplique"),
        "{}",
        after(1)
    );
    assert!(
        after(2).starts_with("(Marque todo lo que corresponda"),
        "{}",
        after(2)
    );
    assert_eq!(
        after(3),
        "La opción 4 se marca sola, no junto con otras opciones."
    );
    assert_eq!(after(4), "No hay número 5: elija del 1 al 4.");
    let result = after(5);
    for expected in [
        "Seguimiento en una semana",
        "Señales de angustia",
        "Viaja sola o solo",
    ] {
        assert!(result.contains(expected), "missing {expected:?}:\n{result}");
    }
}
