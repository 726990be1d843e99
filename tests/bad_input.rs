//! Every check has a fixture that triggers it: `tests/guides/invalid/<code>/` (errors) and
//! `tests/guides/warnings/<code>/` (warnings) each hold the one file that differs from the small
//! valid guide. Each test asserts the code, the file, the line and the column, and that nothing
//! panics on the way.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use ruta::engine::diagnostic::Severity;
use ruta::engine::source::SourceSet;
use ruta::engine::validate::validate;

/// Validates fixture `<kind>/<code>` and returns the finding with that code as
/// (severity, file relative to the guide, line, column).
fn finding(kind: &str, code: &str) -> (Severity, String, usize, usize) {
    let validation = validate(&common::overlay(kind, code));
    let all = common::render(&validation.diagnostics);
    let found = validation
        .diagnostics
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("{kind}/{code} does not raise {code}:\n{all}"));
    let at = found
        .location
        .as_ref()
        .unwrap_or_else(|| panic!("{code} has no place:\n{all}"));
    let file = at.file.rsplit(&format!("{kind}/{code}/")).next().unwrap();
    let file = file.rsplit("valid/small/").next().unwrap().to_owned();
    (found.severity, file, at.line, at.column)
}

macro_rules! fixtures {
    ($($kind:literal $severity:ident $test:ident $code:literal => $file:literal $line:literal : $column:literal;)*) => {
        $(
            #[test]
            fn $test() {
                assert_eq!(
                    finding($kind, $code),
                    (Severity::$severity, $file.to_owned(), $line, $column)
                );
            }
        )*

        /// Every fixture folder has a test above, and every test a folder.
        #[test]
        fn every_fixture_is_tested() {
            let mut tested: Vec<String> = vec![$(format!("{}/{}", $kind, $code)),*];
            tested.sort();
            let mut present: Vec<String> = ["invalid", "warnings"]
                .iter()
                .flat_map(|kind| common::fixture_names(kind).into_iter().map(move |n| format!("{kind}/{n}")))
                .collect();
            present.sort();
            assert_eq!(tested, present);
        }
    };
}

const G: &str = "guide/guide.yaml";

fixtures! {
    "invalid" Error invalid_yaml "invalid-yaml" => "guide/guide.yaml" 40:19;
    "invalid" Error unknown_key "unknown-key" => "guide/guide.yaml" 34:5;
    "invalid" Error missing_key "missing-key" => "guide/guide.yaml" 71:5;
    "invalid" Error wrong_type "wrong-type" => "guide/guide.yaml" 74:17;
    "invalid" Error duplicate_key "duplicate-key" => "guide/guide.yaml" 43:5;
    "invalid" Error unsupported_format "unsupported-format" => "guide/guide.yaml" 2:9;
    "invalid" Error no_languages "no-languages" => "guide/guide.yaml" 6:12;
    "invalid" Error unsupported_language "unsupported-language" => "guide/guide.yaml" 6:12;
    "invalid" Error dangling_next "dangling-next" => "guide/guide.yaml" 40:15;
    "invalid" Error duplicate_id "duplicate-id" => "guide/guide.yaml" 77:9;
    "invalid" Error unknown_flag "unknown-flag" => "guide/guide.yaml" 50:17;
    "invalid" Error unknown_service "unknown-service" => "guide/guide.yaml" 75:15;
    "invalid" Error unknown_section "unknown-section" => "guide/guide.yaml" 57:14;
    "invalid" Error unknown_urgency "unknown-urgency" => "guide/guide.yaml" 79:14;
    "invalid" Error too_few_options "too-few-options" => "guide/guide.yaml" 35:7;
    "invalid" Error invalid_iasc_layer "invalid-iasc-layer" => "guide/guide.yaml" 74:17;
    "invalid" Error invalid_message_id "invalid-message-id" => "guide/guide.yaml" 42:11;
    "invalid" Error cycle "cycle" => "guide/guide.yaml" 53:15;
    "invalid" Error empty_route "empty-route" => "guide/guide.yaml" 85:11;
    "invalid" Error missing_message "missing-message" => "guide/guide.yaml" 52:16;
    "invalid" Error fluent_syntax "fluent-syntax" => "locales/es/guide.ftl" 12:8;
    "invalid" Error duplicate_message "duplicate-message" => "locales/es/guide.ftl" 12:1;
    "invalid" Error empty_message "empty-message" => "locales/en/guide.ftl" 12:1;
    "invalid" Error variables_differ "variables-differ" => "locales/en/guide.ftl" 12:1;
    "invalid" Error attributes_differ "attributes-differ" => "locales/en/guide.ftl" 12:1;
    "invalid" Error unknown_location "unknown-location" => "guide/directory.yaml" 7:13;
    "invalid" Error case_unknown_node "case-unknown-node" => "guide/cases/alone.yaml" 6:3;
    "invalid" Error case_unknown_option "case-unknown-option" => "guide/cases/alone.yaml" 6:12;
    "invalid" Error case_unknown_outcome "case-unknown-outcome" => "guide/cases/alone.yaml" 8:12;
    "invalid" Error case_unknown_flag "case-unknown-flag" => "guide/cases/alone.yaml" 10:11;
    "invalid" Error message_too_long "message-too-long" => "locales/en/guide.ftl" 12:1;
    "invalid" Error invalid_utf8 "invalid-utf8" => "locales/en/guide.ftl" 12:11;
    "warnings" Warning unsafe_characters "unsafe-characters" => "locales/es/guide.ftl" 12:1;
    "warnings" Warning unreachable_node "unreachable-node" => "guide/guide.yaml" 77:9;
    "warnings" Warning unused_flag "unused-flag" => "guide/guide.yaml" 14:9;
    "warnings" Warning unused_service "unused-service" => "guide/guide.yaml" 28:9;
    "warnings" Warning unused_section "unused-section" => "guide/guide.yaml" 10:9;
    "warnings" Warning unused_message "unused-message" => "locales/en/guide.ftl" 13:1;
    "warnings" Warning no_primary_referral "no-primary-referral" => "guide/guide.yaml" 77:9;
    "warnings" Warning flag_without_effect "flag-without-effect" => "guide/guide.yaml" 14:9;
    "warnings" Warning case_unused_answer "case-unused-answer" => "guide/cases/alone.yaml" 6:12;
}

#[test]
fn errors_carry_a_hint_and_render_the_source_line() {
    let validation = validate(&common::overlay("invalid", "dangling-next"));
    let text = validation.diagnostics[0].to_string();
    assert!(
        text.starts_with("error[dangling-next]: `clam` is not a node of this guide\n"),
        "{text}"
    );
    assert!(
        text.contains("40 |         next: clam\n   |               ^\n"),
        "{text}"
    );
    assert!(text.contains("help: did you mean `calm`?"), "{text}");
    let _ = G;
}

#[test]
fn the_valid_fixture_has_no_findings() {
    let validation = validate(&SourceSet::from_dir(&common::fixture("valid/small")).unwrap());
    assert!(
        validation.diagnostics.is_empty(),
        "{}",
        common::render(&validation.diagnostics)
    );
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
        let validation = validate(&sources);
        assert!(!validation.diagnostics.is_empty(), "{text:?} was accepted");
        assert!(
            validation.diagnostics.iter().all(|d| d.location.is_some()),
            "{text:?} gave an error without a place"
        );
    }
}
