//! The `ruta` binary as a user meets it: exit codes and messages.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::process::{Command, Output, Stdio};

fn ruta(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ruta"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

#[test]
fn every_broken_fixture_exits_1_naming_file_line_and_column() {
    for name in common::fixture_names("invalid") {
        let dir = common::materialize("invalid", &name);
        let out = ruta(&["--guide", dir.path().to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        // One problem per fixture, so one finding and nothing echoing it.
        assert!(
            stderr.starts_with(&format!("error[{name}]")),
            "{name}: {stderr}"
        );
        assert_eq!(stderr.matches("error[").count(), 1, "{name}: {stderr}");
        assert!(
            stderr.ends_with("\nerror: the guide cannot be used: 1 error\n"),
            "{name}: {stderr}"
        );
        assert!(
            regex_like_place(&stderr),
            "{name}: no file:line:col in\n{stderr}"
        );
        assert!(
            stderr.lines().count() <= 24,
            "{name}: the message does not fit one screen:\n{stderr}"
        );
    }
}

#[test]
fn warnings_pass_validation_unless_denied() {
    for name in common::fixture_names("warnings") {
        let dir = common::materialize("warnings", &name);
        let path = dir.path().to_str().unwrap();
        let out = ruta(&["validate", path]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{name}: {stderr}");
        assert!(
            stderr.starts_with(&format!("warning[{name}]")),
            "{name}: {stderr}"
        );
        assert!(
            stderr.ends_with("\nvalid, with warnings: 0 errors, 1 warning; 1 case file\n"),
            "{name}: {stderr}"
        );
        let denied = ruta(&["validate", path, "--deny-warnings"]);
        assert_eq!(denied.status.code(), Some(1), "{name} with --deny-warnings");
    }
}

#[test]
fn json_findings_have_stable_fields() {
    let dir = common::materialize("invalid", "dangling-next");
    let out = ruta(&["validate", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["severity"], "error");
    assert_eq!(first["code"], "dangling-next");
    assert_eq!(first["line"], 40);
    assert_eq!(first["column"], 15);
    assert!(
        first["file"]
            .as_str()
            .unwrap()
            .ends_with("guide/guide.yaml")
    );
    assert_eq!(first["help"], "did you mean `calm`?");
}

#[test]
fn a_valid_guide_exits_0_with_a_one_line_summary() {
    let dir = common::materialize("valid", "small");
    let out = ruta(&["validate", dir.path().to_str().unwrap(), "--deny-warnings"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "valid: 0 errors, 0 warnings; 1 case file\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
}

/// Whether some line reads `--> <path>:<line>:<column>`.
fn regex_like_place(text: &str) -> bool {
    text.lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .any(|place| {
            let mut parts = place.rsplitn(3, ':');
            let column = parts.next().and_then(|c| c.parse::<usize>().ok());
            let line = parts.next().and_then(|l| l.parse::<usize>().ok());
            column.is_some() && line.is_some() && parts.next().is_some_and(|f| !f.is_empty())
        })
}

#[test]
fn a_missing_folder_is_a_usage_error() {
    let out = ruta(&["--guide", "/nonexistent/ruta-guide"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no guide/guide.yaml"));
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let out = ruta(&["--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no language `fr`"));
}

#[test]
fn without_a_terminal_the_interview_falls_back_to_line_mode() {
    let data = tempfile::tempdir().unwrap();
    let out = ruta(&["--data-dir", data.path().to_str().unwrap(), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Where is the interview taking place?"),
        "a new interview asks for the place first, in line mode too:\n{stdout}"
    );
    assert!(
        !stdout.contains('\u{1b}'),
        "no escape sequences when not on a terminal"
    );
}

#[test]
fn unknown_arguments_are_usage_errors() {
    assert_eq!(ruta(&["--frobnicate"]).status.code(), Some(2));
}

#[test]
fn records_lists_every_interview_with_its_state_and_open_hides_closed_ones() {
    use ruta::engine::guide::OptionSet;
    use ruta::engine::record::{CloseReason, Closure, Record};
    use ruta::engine::session::Session;
    use ruta::engine::store::Store;
    let guide = common::materialize("valid", "interrupting");
    let loaded = common::load_fixture("valid/small");
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(Some(data.path())).unwrap();
    let g = loaded.guide();
    let mut in_progress = Record::new(g, loaded.hash(), "es");
    in_progress.answers = vec![];
    let mut result = Record::new(g, loaded.hash(), "es");
    let mut session = Session::new();
    session.answer(g, OptionSet::one(1)).unwrap();
    session.acknowledge(g);
    session.answer(g, OptionSet::one(1)).unwrap();
    result.answers = session.answers;
    let mut closed = result.clone();
    closed.case_code = ruta::engine::record::new_case_code();
    closed.closed = Some(Closure {
        reason: CloseReason::Completed,
        at: "2026-12-01T10:00:00Z".into(),
    });
    for r in [&in_progress, &result, &closed] {
        store.save(r).unwrap();
    }
    let dir = guide.path().to_str().unwrap();
    let data_dir = data.path().to_str().unwrap();
    let out = ruta(&["--guide", dir, "--data-dir", data_dir, "records"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    for (record, state) in [
        (&in_progress, "in_progress"),
        (&result, "result"),
        (&closed, "closed"),
    ] {
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(&record.case_code) && l.contains(state)),
            "{} should be {state}:\n{stdout}",
            record.case_code
        );
    }
    let out = ruta(&["--guide", dir, "--data-dir", data_dir, "records", "--open"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains(&closed.case_code), "{stdout}");
    assert!(stdout.contains(&result.case_code), "{stdout}");
}
