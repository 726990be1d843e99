//! Every broken fixture in `tests/guides/invalid/` is refused with a clear, placed error:
//! the stable code, the file, the line and the column, and never a panic.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use ruta::engine::load::load;
use ruta::engine::source::SourceSet;

/// Loads `invalid/<name>` (whose name is the code of the error it must raise) and returns
/// that error's (code, file suffix, line, column).
fn first_error(name: &str) -> (&'static str, String, usize, usize) {
    let sources = SourceSet::from_dir(&common::fixture(&format!("invalid/{name}"))).unwrap();
    let errors = load(&sources).expect_err("a broken fixture must not load");
    assert!(
        errors.iter().all(|e| e.location.is_some()),
        "{name}: an error has no place:\n{}",
        common::render(&errors)
    );
    let found = errors
        .iter()
        .find(|e| e.code == name)
        .unwrap_or_else(|| panic!("{name}: not raised:\n{}", common::render(&errors)));
    let at = found.location.as_ref().expect("checked above");
    let file = at
        .file
        .rsplit(&format!("invalid/{name}/"))
        .next()
        .unwrap()
        .to_owned();
    (found.code, file, at.line, at.column)
}

#[test]
fn invalid_yaml() {
    assert_eq!(
        first_error("invalid-yaml"),
        ("invalid-yaml", "guide/guide.yaml".into(), 39, 19)
    );
}

#[test]
fn unknown_key() {
    assert_eq!(
        first_error("unknown-key"),
        ("unknown-key", "guide/guide.yaml".into(), 33, 5)
    );
}

#[test]
fn wrong_type() {
    assert_eq!(
        first_error("wrong-type"),
        ("wrong-type", "guide/guide.yaml".into(), 73, 17)
    );
}

#[test]
fn dangling_next() {
    assert_eq!(
        first_error("dangling-next"),
        ("dangling-next", "guide/guide.yaml".into(), 39, 15)
    );
}

#[test]
fn missing_message() {
    assert_eq!(
        first_error("missing-message"),
        ("missing-message", "guide/guide.yaml".into(), 51, 16)
    );
}

#[test]
fn fluent_syntax() {
    assert_eq!(
        first_error("fluent-syntax"),
        ("fluent-syntax", "locales/es/guide.ftl".into(), 11, 8)
    );
}

#[test]
fn duplicate_id() {
    assert_eq!(
        first_error("duplicate-id"),
        ("duplicate-id", "guide/guide.yaml".into(), 76, 9)
    );
}

#[test]
fn cycle() {
    assert_eq!(
        first_error("cycle"),
        ("cycle", "guide/guide.yaml".into(), 52, 15)
    );
}

#[test]
fn unknown_service() {
    assert_eq!(
        first_error("unknown-service"),
        ("unknown-service", "guide/guide.yaml".into(), 74, 15)
    );
}

#[test]
fn too_few_options() {
    assert_eq!(
        first_error("too-few-options"),
        ("too-few-options", "guide/guide.yaml".into(), 34, 7)
    );
}

#[test]
fn errors_carry_a_hint_and_render_the_source_line() {
    let sources = SourceSet::from_dir(&common::fixture("invalid/dangling-next")).unwrap();
    let errors = load(&sources).unwrap_err();
    let text = errors[0].to_string();
    assert!(
        text.starts_with("error[dangling-next]: `clam` is not a node of this guide\n"),
        "{text}"
    );
    assert!(
        text.contains("39 |         next: clam\n   |               ^\n"),
        "{text}"
    );
    assert!(text.contains("help: did you mean `calm`?"), "{text}");
}

#[test]
fn a_folder_without_a_guide_is_refused() {
    let error = SourceSet::from_dir(&common::fixture("invalid")).unwrap_err();
    assert!(error.to_string().contains("no guide/guide.yaml"), "{error}");
}

#[test]
fn empty_and_garbage_files_are_refused_without_panic() {
    for text in [
        "",
        "---\n",
        "[1, 2",
        "\u{0}\u{1}",
        "format: 1\n",
        "a: &x [*x]\n",
    ] {
        let sources = SourceSet::from_files([("guide/guide.yaml".to_owned(), text.to_owned())]);
        let errors = load(&sources).expect_err("garbage must not load");
        assert!(
            errors[0].location.is_some(),
            "{text:?} gave an error without a place"
        );
    }
}

#[test]
fn unknown_location() {
    assert_eq!(
        first_error("unknown-location"),
        ("unknown-location", "guide/directory.yaml".into(), 7, 13)
    );
}
