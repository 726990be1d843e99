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
    let invalid = common::fixture("invalid");
    for entry in std::fs::read_dir(&invalid).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let out = ruta(&["--guide", dir.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("error[{name}]")),
            "{name}: {stderr}"
        );
        let place = regex_like_place(&stderr);
        assert!(place, "{name}: no file:line:col in\n{stderr}");
        assert!(
            stderr.lines().count() <= 24,
            "{name}: the message does not fit one screen:\n{stderr}"
        );
    }
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
fn without_a_terminal_the_interview_says_so() {
    let out = ruta(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
}

#[test]
fn unknown_arguments_are_usage_errors() {
    assert_eq!(ruta(&["--frobnicate"]).status.code(), Some(2));
}
