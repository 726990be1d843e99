//! Every check has a fixture that triggers it: `tests/guides/invalid/<code>/` (errors) and
//! `tests/guides/warnings/<code>/` (warnings) each hold the one file that differs from the small
//! valid guide. One table gives, for every fixture, the exact list of findings (code, file, line,
//! column): a fixture that raises its finding plus an echo of it (a cascade) fails, as just's
//! tests fail on any difference in the whole output.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use ruta::engine::diagnostic::{Code, Severity};
use ruta::engine::source::SourceSet;
use ruta::engine::validate::validate;

/// A finding as the table states it: code, file relative to the guide folder, line, column.
type Finding = (Code, &'static str, usize, usize);

/// Every fixture and everything `validate` must report for it, in the order it reports them.
const FIXTURES: &[(&str, &[Finding])] = &[
    (
        "invalid/attributes-differ",
        &[(Code::AttributesDiffer, "locales/en/guide.ftl", 12, 1)],
    ),
    (
        "invalid/case-bad-answer",
        &[(Code::CaseBadAnswer, "guide/cases/alone.yaml", 6, 12)],
    ),
    (
        "invalid/case-unknown-flag",
        &[(Code::CaseUnknownFlag, "guide/cases/alone.yaml", 10, 11)],
    ),
    (
        "invalid/case-unknown-node",
        &[(Code::CaseUnknownNode, "guide/cases/alone.yaml", 6, 3)],
    ),
    (
        "invalid/case-unknown-option",
        &[(Code::CaseUnknownOption, "guide/cases/alone.yaml", 6, 12)],
    ),
    (
        "invalid/case-unknown-outcome",
        &[(Code::CaseUnknownOutcome, "guide/cases/alone.yaml", 8, 12)],
    ),
    (
        "invalid/cycle",
        &[(Code::Cycle, "guide/guide.yaml", 53, 15)],
    ),
    (
        "invalid/interrupt-not-outcome",
        &[(Code::InterruptNotOutcome, "guide/guide.yaml", 37, 20)],
    ),
    (
        "invalid/dangling-next",
        &[(Code::DanglingNext, "guide/guide.yaml", 40, 15)],
    ),
    (
        "invalid/duplicate-id",
        &[(Code::DuplicateId, "guide/guide.yaml", 82, 9)],
    ),
    (
        "invalid/duplicate-key",
        &[(Code::DuplicateKey, "guide/guide.yaml", 43, 5)],
    ),
    (
        "invalid/duplicate-message",
        &[(Code::DuplicateMessage, "locales/es/guide.ftl", 12, 1)],
    ),
    (
        "invalid/empty-message",
        &[(Code::EmptyMessage, "locales/en/guide.ftl", 12, 1)],
    ),
    (
        "invalid/empty-route",
        &[(Code::EmptyRoute, "guide/guide.yaml", 85, 11)],
    ),
    (
        "invalid/fluent-syntax",
        &[(Code::FluentSyntax, "locales/es/guide.ftl", 12, 8)],
    ),
    (
        "invalid/invalid-iasc-layer",
        &[(Code::InvalidIascLayer, "guide/guide.yaml", 74, 17)],
    ),
    (
        "invalid/invalid-message-id",
        &[(Code::InvalidMessageId, "guide/guide.yaml", 42, 11)],
    ),
    (
        "invalid/invalid-utf8",
        &[(Code::InvalidUtf8, "locales/en/guide.ftl", 12, 11)],
    ),
    (
        "invalid/invalid-yaml",
        &[(Code::InvalidYaml, "guide/guide.yaml", 40, 19)],
    ),
    (
        "invalid/message-too-long",
        &[(Code::MessageTooLong, "locales/en/guide.ftl", 12, 1)],
    ),
    (
        "invalid/missing-key",
        &[(Code::MissingKey, "guide/guide.yaml", 71, 5)],
    ),
    (
        "invalid/missing-message",
        &[(Code::MissingMessage, "guide/guide.yaml", 52, 16)],
    ),
    (
        "invalid/no-languages",
        &[(Code::NoLanguages, "guide/guide.yaml", 6, 12)],
    ),
    (
        "invalid/too-few-options",
        &[(Code::TooFewOptions, "guide/guide.yaml", 35, 7)],
    ),
    (
        "invalid/unknown-flag",
        &[(Code::UnknownFlag, "guide/guide.yaml", 50, 17)],
    ),
    (
        "invalid/unknown-key",
        &[(Code::UnknownKey, "guide/guide.yaml", 34, 5)],
    ),
    (
        "invalid/unknown-location",
        &[(Code::UnknownLocation, "guide/directory.yaml", 7, 13)],
    ),
    (
        "invalid/unknown-section",
        &[(Code::UnknownSection, "guide/guide.yaml", 57, 14)],
    ),
    (
        "invalid/unknown-service",
        &[(Code::UnknownService, "guide/guide.yaml", 75, 15)],
    ),
    (
        "invalid/unknown-urgency",
        &[(Code::UnknownUrgency, "guide/guide.yaml", 79, 14)],
    ),
    (
        "invalid/unsupported-format",
        &[(Code::UnsupportedFormat, "guide/guide.yaml", 2, 9)],
    ),
    (
        "invalid/unsupported-language",
        &[(Code::UnsupportedLanguage, "guide/guide.yaml", 6, 12)],
    ),
    (
        "invalid/variables-differ",
        &[(Code::VariablesDiffer, "locales/en/guide.ftl", 12, 1)],
    ),
    (
        "invalid/wrong-type",
        &[(Code::WrongType, "guide/guide.yaml", 74, 17)],
    ),
    (
        "warnings/case-unused-answer",
        &[(Code::CaseUnusedAnswer, "guide/cases/alone.yaml", 6, 12)],
    ),
    (
        "warnings/flag-without-effect",
        &[(Code::FlagWithoutEffect, "guide/guide.yaml", 14, 9)],
    ),
    (
        "warnings/no-primary-referral",
        &[(Code::NoPrimaryReferral, "guide/guide.yaml", 77, 9)],
    ),
    (
        "warnings/unreachable-node",
        &[(Code::UnreachableNode, "guide/guide.yaml", 77, 9)],
    ),
    (
        "warnings/unsafe-characters",
        &[(Code::UnsafeCharacters, "locales/es/guide.ftl", 12, 1)],
    ),
    (
        "warnings/unused-flag",
        &[(Code::UnusedFlag, "guide/guide.yaml", 14, 9)],
    ),
    (
        "warnings/unused-message",
        &[(Code::UnusedMessage, "locales/en/guide.ftl", 13, 1)],
    ),
    (
        "warnings/unused-section",
        &[(Code::UnusedSection, "guide/guide.yaml", 10, 9)],
    ),
    (
        "warnings/unused-service",
        &[(Code::UnusedService, "guide/guide.yaml", 28, 9)],
    ),
];

/// The findings of fixture `<kind>/<name>` in the table's form.
fn findings(fixture: &str) -> Vec<(Code, String, usize, usize)> {
    let (kind, name) = fixture.split_once('/').unwrap();
    let validation = validate(&common::overlay(kind, name));
    validation
        .diagnostics
        .iter()
        .map(|d| {
            let at = d
                .location
                .as_ref()
                .unwrap_or_else(|| panic!("{fixture}: a finding has no place:\n{d}"));
            // Overlaid files are shown under the fixture's folder, the rest under the base's.
            let file = at.file.rsplit(&format!("{fixture}/")).next().unwrap();
            let file = file.rsplit("valid/small/").next().unwrap().to_owned();
            (d.code, file, at.line, at.column)
        })
        .collect()
}

#[test]
fn every_fixture_reports_exactly_its_findings() {
    let mut wrong = String::new();
    for (fixture, expected) in FIXTURES {
        let expected: Vec<_> = expected
            .iter()
            .map(|(code, file, line, column)| (*code, (*file).to_owned(), *line, *column))
            .collect();
        let actual = findings(fixture);
        if actual != expected {
            wrong.push_str(&format!(
                "{fixture}:\n  expected {expected:?}\n  found    {actual:?}\n"
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong}");
}

/// A fixture is named after the check it triggers, and lies in the folder of its severity.
#[test]
fn every_fixture_is_named_after_its_first_finding_and_kind() {
    for (fixture, expected) in FIXTURES {
        let (kind, name) = fixture.split_once('/').unwrap();
        let code = expected[0].0;
        assert_eq!(code.as_str(), name, "{fixture}");
        let severity = if kind == "invalid" {
            Severity::Error
        } else {
            Severity::Warning
        };
        assert_eq!(code.severity(), severity, "{fixture}");
    }
}

/// Every fixture folder is in the table, and every row has a folder.
#[test]
fn every_fixture_is_tested() {
    let mut tested: Vec<&str> = FIXTURES.iter().map(|(fixture, _)| *fixture).collect();
    tested.sort_unstable();
    let present: Vec<String> = ["invalid", "warnings"]
        .iter()
        .flat_map(|kind| {
            common::fixture_names(kind)
                .into_iter()
                .map(move |n| format!("{kind}/{n}"))
        })
        .collect();
    assert_eq!(tested, present);
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

/// Authors look codes up in docs/guide-format.md: every code is listed there, with its level.
#[test]
fn every_code_is_documented_with_its_level() {
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide-format.md"),
    )
    .unwrap();
    for code in Code::ALL {
        let row = docs
            .lines()
            .find(|l| l.starts_with('|') && l.contains(&format!("`{code}`")))
            .unwrap_or_else(|| panic!("`{code}` is not in docs/guide-format.md"));
        let level = match code.severity() {
            Severity::Error => "| error |",
            Severity::Warning => "| warning |",
        };
        assert!(
            row.contains(level),
            "`{code}` is not listed as {level}: {row}"
        );
    }
}
