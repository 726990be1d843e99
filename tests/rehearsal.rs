//! Rehearsal: the picker, the vignette, the feedback (matched and diverged) in both languages,
//! a wrong answer at a known step, and a walk added as a case (`ruta add-case`) that `ruta test`
//! accepts.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::process::Command;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ruta::engine::guide::OptionSet;
use ruta::engine::load::LoadedGuide;
use ruta::engine::record::Record;
use ruta::interview::action::Action;
use ruta::interview::app::App;
use ruta::tui::theme::Theme;
use ruta::tui::view;

fn screen(app: &App<'_>) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| view::render(app, Theme::COLOR, frame.area(), frame.buffer_mut()))
        .unwrap();
    terminal.backend().to_string()
}

fn small() -> (LoadedGuide, Vec<ruta::engine::case::Case>) {
    let loaded = common::load_fixture("valid/small");
    let cases = loaded.cases().to_vec();
    (loaded, cases)
}

fn rehearsal<'g>(
    loaded: &'g LoadedGuide,
    cases: Vec<ruta::engine::case::Case>,
    lang: &str,
    case: Option<usize>,
    reveal: bool,
) -> App<'g> {
    let mut record = Record::new(loaded.guide(), loaded.hash(), lang);
    record.case_code = "TEST-0001".into();
    record.started = "2026-12-01T09:30:00Z".into();
    record.updated = record.started.clone();
    App::new(loaded, lang.into(), record).rehearse(cases, case, reveal)
}

#[test]
fn picker_vignette_and_feedback_in_both_languages() {
    let (loaded, cases) = small();
    for lang in ["es", "en"] {
        let mut app = rehearsal(&loaded, cases.clone(), lang, None, false);
        insta::assert_snapshot!(format!("picker_{lang}"), screen(&app));
        app.update(Action::Confirm);
        insta::assert_snapshot!(format!("vignette_{lang}"), screen(&app));
        app.update(Action::Confirm); // closes the vignette
        // The expected walk: danger = no, (info), company = alone.
        for action in [Action::Pick(1), Action::Confirm, Action::Pick(1)] {
            app.update(action);
        }
        insta::assert_snapshot!(format!("feedback_matched_{lang}"), screen(&app));
        app.update(Action::Vignette);
        assert!(app.overlay.is_some(), "the vignette is one key away");
        app.update(Action::Confirm);

        // A second try with a wrong answer at the second question.
        let mut app = rehearsal(&loaded, cases.clone(), lang, Some(0), false);
        app.update(Action::Confirm);
        for action in [Action::Pick(1), Action::Confirm, Action::Pick(0)] {
            app.update(action);
        }
        insta::assert_snapshot!(format!("feedback_diverged_{lang}"), screen(&app));
    }
}

#[test]
fn a_wrong_answer_at_a_known_step_gives_that_divergence_and_score() {
    let (loaded, cases) = small();
    let mut app = rehearsal(&loaded, cases, "en", Some(0), false);
    app.update(Action::Confirm);
    for action in [Action::Pick(1), Action::Confirm, Action::Pick(0)] {
        app.update(action);
    }
    let feedback = app.feedback().unwrap();
    let guide = loaded.guide();
    assert_eq!(feedback.expected, [guide.find("routine").unwrap()]);
    assert_eq!(feedback.reached, [guide.find("routine").unwrap()]);
    let divergence = feedback.divergence.unwrap();
    assert_eq!(guide.node(divergence.question).id, "company");
    assert_eq!(
        (
            divergence.chosen,
            divergence.expected,
            divergence.answers_before
        ),
        (OptionSet::one(0), Some(OptionSet::one(1)), 2)
    );
    assert_eq!(
        (feedback.score.steps_matching, feedback.score.steps_total),
        (1, 2)
    );
    assert!(
        !feedback.score.urgency_matched,
        "without the flag the urgency is routine, not 24 h"
    );
    assert!(feedback.score.primary_matched);
    assert_eq!(
        feedback
            .missed_flags
            .iter()
            .map(|f| guide.flag(*f).id.as_str())
            .collect::<Vec<_>>(),
        ["alone"]
    );
    let text = screen(&app);
    assert!(
        text.contains("Answers as in the case: 1 of 2") && text.contains("Travels alone"),
        "{text}"
    );

    // Back to the divergence: every answer is kept, and the one that differed is shown with
    // the trainee's answer highlighted, to change.
    app.update(Action::Retry);
    assert_eq!(app.record.answers.len(), 3);
    assert_eq!(guide.node(app.screen().node()).id, "company");
    assert_eq!(app.selected, 0);
    app.update(Action::Pick(1));
    let feedback = app.feedback().unwrap();
    assert!(
        feedback.divergence.is_none()
            && feedback.score.urgency_matched
            && feedback.missed_flags.is_empty()
    );
}

#[test]
fn reveal_marks_the_expected_answer() {
    let (loaded, cases) = small();
    let mut app = rehearsal(&loaded, cases, "en", Some(0), true);
    app.update(Action::Confirm);
    let text = screen(&app);
    assert!(text.contains("2. No  ★ expected answer"), "{text}");
    assert!(!text.contains("1. Yes  ★"), "{text}");
}

#[test]
fn the_debrief_has_case_answers_divergence_and_score() {
    let (loaded, cases) = small();
    let mut app = rehearsal(&loaded, cases.clone(), "es", Some(0), false);
    app.update(Action::Confirm);
    for action in [Action::Pick(1), Action::Confirm, Action::Pick(0)] {
        app.update(action);
    }
    let text = ruta::engine::report::debrief(&loaded, &cases[0], &app.record, "es").unwrap();
    for expected in [
        "Rosa, 12: llega sola",
        "1 de 2",
        "¿Con quién viajaste?",
        "Con mi mamá o mi papá",
        "Viaja sola o solo",
    ] {
        assert!(text.contains(expected), "missing {expected:?}:\n{text}");
    }
}

#[test]
fn a_walk_added_as_a_case_passes_ruta_test() {
    let (loaded, _) = small();
    let guide_dir = common::materialize("valid", "small");
    let data = tempfile::tempdir().unwrap();
    let store = ruta::engine::store::Store::open(Some(data.path())).unwrap();
    // Not in danger, then "unsure" (to follow_up) or "alone" (routine, with the 24-hour flag).
    let saved = |company: usize| {
        let mut record = Record::new(loaded.guide(), loaded.hash(), "es");
        let mut session = ruta::engine::session::Session::new();
        session.answer(loaded.guide(), OptionSet::one(1)).unwrap();
        session.acknowledge(loaded.guide());
        session
            .answer(loaded.guide(), OptionSet::one(company))
            .unwrap();
        record.answers = session.answers;
        store.save(&record).unwrap();
        record.case_code
    };
    let (unsure, alone) = (saved(2), saved(1));

    let ruta = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_ruta"))
            .args([
                "--guide",
                guide_dir.path().to_str().unwrap(),
                "--data-dir",
                data.path().to_str().unwrap(),
            ])
            .args(args)
            .output()
            .unwrap()
    };
    for (code, id) in [(&unsure, "added-unsure"), (&alone, "added-alone")] {
        let out = ruta(&["add-case", code, "--id", id]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let again = ruta(&["add-case", &unsure, "--id", "added-unsure"]);
    assert_eq!(again.status.code(), Some(2), "never overwrites a case");

    let read = |file: &str| std::fs::read_to_string(guide_dir.path().join(file)).unwrap();
    assert_eq!(
        read("guide/cases/added-unsure.yaml"),
        "title: case-added-unsure-title\n\
         summary: case-added-unsure-summary\n\
         vignette: case-added-unsure-vignette\n\
         answers:\n  danger: no\n  company: unsure\n\
         expect:\n  outcome: follow_up\n  urgency: within_week\n"
    );
    assert_eq!(
        read("guide/cases/added-alone.yaml"),
        "title: case-added-alone-title\n\
         summary: case-added-alone-summary\n\
         vignette: case-added-alone-vignette\n\
         answers:\n  danger: no\n  company: alone\n\
         expect:\n  outcome: routine\n  urgency: within_24h\n  flags:\n  - alone\n"
    );
    // The placeholders are ruta's interface texts, in each of the guide's languages.
    assert!(read("locales/es/cases.ftl").ends_with(
        "\ncase-added-alone-title = Caso por escribir (added-alone)\n\
         case-added-alone-summary = Resumen por escribir.\n\
         case-added-alone-vignette = Viñeta por escribir: quién llega, cómo, con quién, qué dice y cómo se ve.\n"
    ));
    assert!(read("locales/en/cases.ftl").ends_with(
        "\ncase-added-alone-title = Case to write (added-alone)\n\
         case-added-alone-summary = Summary to write.\n\
         case-added-alone-vignette = Vignette to write: who arrives, how, with whom, what they say and how they look.\n"
    ));

    // The files load as cases of the guide, with the walk's answers and result.
    let changed = ruta::engine::load::load(
        &ruta::engine::source::SourceSet::from_dir(guide_dir.path()).unwrap(),
    )
    .unwrap();
    let recorded = changed
        .cases()
        .iter()
        .find(|c| c.id == "added-alone")
        .unwrap();
    let guide = changed.guide();
    assert_eq!(guide.node(recorded.outcome).id, "routine");
    assert_eq!(
        recorded.urgency,
        Some(ruta::engine::guide::Urgency::Within24h)
    );
    assert_eq!(
        recorded
            .flags
            .iter()
            .map(|f| guide.flag(*f).id.as_str())
            .collect::<Vec<_>>(),
        ["alone"]
    );
    assert_eq!(
        changed.texts().text("en", "case-added-alone-summary"),
        "Summary to write."
    );

    let out = ruta(&["test"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("ok    added-unsure")
            && stdout.contains("ok    added-alone")
            && stdout.contains("3 passed, 0 failed"),
        "{stdout}"
    );
    let out = ruta(&["validate", "--deny-warnings"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_checklist_marked_otherwise_than_the_case_is_the_divergence_with_both_sets_named() {
    let loaded = common::load_fixture("valid/checklist");
    let cases = loaded.cases().to_vec();
    let signs = cases.iter().position(|c| c.id == "signs").unwrap();
    // The case marks crying and nobody-with-the-child; the trainee sees only the crying.
    let mut app = rehearsal(&loaded, cases, "en", Some(signs), false);
    app.update(Action::Confirm); // the vignette
    app.update(Action::Pick(1)); // not in danger
    app.update(Action::Confirm); // the info
    app.update(Action::Pick(0)); // crying
    app.update(Action::Confirm);
    let feedback = app.feedback().unwrap();
    let guide = loaded.guide();
    let divergence = feedback.divergence.unwrap();
    assert_eq!(guide.node(divergence.question).id, "signs");
    assert_eq!(
        (divergence.chosen, divergence.expected),
        (OptionSet::one(0), Some(OptionSet::one(0).with(2)))
    );
    // Both reach follow-up, but the missed sign was a red flag.
    assert_eq!(feedback.expected, feedback.reached);
    let missed: Vec<&str> = feedback
        .missed_flags
        .iter()
        .map(|f| guide.flag(*f).id.as_str())
        .collect();
    assert_eq!(missed, ["alone"]);
    let text = screen(&app);
    assert!(
        text.contains("Crying or very sad; Nobody is with the child"),
        "{text}"
    );
}
