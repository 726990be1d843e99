//! The interview screens, rendered into ratatui's `TestBackend` and compared with committed
//! snapshots, plus the behaviour of keys on the screen state.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use ruta::engine::load::LoadedGuide;
use ruta::engine::record::Record;
use ruta::tui::action::Action;
use ruta::tui::app::App;
use ruta::tui::theme::Theme;
use ruta::tui::view;

fn draw(app: &App<'_>, theme: Theme, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| view::render(app, theme, frame.area(), frame.buffer_mut()))
        .unwrap();
    terminal
}

fn screen(app: &App<'_>, width: u16, height: u16) -> String {
    draw(app, Theme::COLOR, width, height).backend().to_string()
}

/// Walks the small fixture to its `routine` outcome with the `alone` flag up, with referrals
/// named for the fixture's town.
fn walk_to_outcome(app: &mut App<'_>) {
    app.place = app.loaded.directory().find_place("town");
    for action in [Action::Pick(1), Action::Confirm, Action::Pick(1)] {
        app.update(action);
    }
}

fn small() -> LoadedGuide {
    common::load_fixture("valid/small")
}

/// A new interview with a fixed case code, so screens are the same on every run.
fn new_app<'g>(loaded: &'g LoadedGuide, lang: &str) -> App<'g> {
    let mut record = Record::new(loaded.guide(), loaded.hash(), lang);
    record.case_code = "TEST-0001".into();
    App::new(loaded, lang.into(), record)
}

#[test]
fn too_small_window_asks_to_enlarge_it() {
    let loaded = small();
    let app = new_app(&loaded, "es");
    insta::assert_snapshot!(screen(&app, 40, 10));
}

#[test]
fn tiny_and_odd_sizes_never_panic() {
    let loaded = small();
    let mut app = new_app(&loaded, "es");
    for step in 0..4 {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (3, 2),
            (59, 14),
            (60, 15),
            (61, 40),
            (200, 60),
            (300, 5),
        ] {
            draw(&app, Theme::COLOR, w, h);
            draw(&app, Theme::MONOCHROME, w, h);
        }
        if step == 2 {
            app.update(Action::Quit);
        } else {
            app.update(Action::Pick(1));
            app.update(Action::Confirm);
        }
    }
}

#[test]
fn switching_language_keeps_the_place_and_the_answers() {
    let loaded = small();
    let mut app = new_app(&loaded, "es");
    app.update(Action::Pick(1));
    app.update(Action::Confirm);
    app.update(Action::Down);
    let before = (app.session.clone(), app.walk.clone(), app.selected);
    app.update(Action::SwitchLanguage);
    assert_eq!(app.lang, "en");
    assert_eq!(
        (app.session.clone(), app.walk.clone(), app.selected),
        before
    );
    assert!(screen(&app, 80, 24).contains("Who did you travel with?"));
    app.update(Action::SwitchLanguage);
    assert_eq!(app.lang, "es");
}

#[test]
fn keys_move_the_selection_and_answer() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    app.update(Action::Up);
    assert_eq!(app.selected, 0, "the selection stops at the top");
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.selected, 1, "the selection stops at the last option");
    app.update(Action::Pick(7));
    assert!(
        app.session.answers.is_empty(),
        "a number with no option does nothing"
    );
    app.update(Action::Confirm);
    assert_eq!(app.session.answers.len(), 1);
}

#[test]
fn back_returns_to_the_previous_question_with_its_answer_highlighted() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    app.update(Action::Back);
    assert!(screen(&app, 80, 24).contains("Who did you travel with?"));
    assert_eq!(app.selected, 1);
    app.update(Action::Back);
    app.update(Action::Back);
    assert!(app.session.answers.is_empty());
    app.update(Action::Back);
    assert!(
        app.session.answers.is_empty(),
        "back at the start does nothing"
    );
}

#[test]
fn quitting_asks_first() {
    let loaded = small();
    let mut app = new_app(&loaded, "es");
    app.update(Action::Quit);
    assert!(app.confirming_quit() && !app.quit);
    app.update(Action::Pick(0));
    assert!(
        app.session.answers.is_empty(),
        "keys other than yes/no do nothing while asking"
    );
    app.update(Action::No);
    assert!(!app.confirming_quit() && !app.quit);
    app.update(Action::Quit);
    app.update(Action::Yes);
    assert!(app.quit);
}

#[test]
fn urgency_and_selection_are_styled() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    let terminal = draw(&app, Theme::COLOR, 80, 24);
    let selected_row = 4;
    let cell = &terminal.backend().buffer()[(2, selected_row)];
    assert!(
        cell.modifier.contains(Modifier::REVERSED),
        "the selected option is highlighted"
    );

    let mono = draw(&app, Theme::MONOCHROME, 80, 24);
    let cell = &mono.backend().buffer()[(2, selected_row)];
    assert!(
        cell.modifier.contains(Modifier::UNDERLINED) && cell.fg == Color::Reset,
        "no colour without NO_COLOR support"
    );

    app.update(Action::Pick(0));
    let terminal = draw(&app, Theme::COLOR, 80, 24);
    let text = terminal.backend().to_string();
    let row = text
        .lines()
        .position(|l| l.contains("IMMEDIATE"))
        .expect("urgency shown") as u16;
    let column = text
        .lines()
        .nth(row as usize)
        .unwrap()
        .find("IMMEDIATE")
        .unwrap() as u16
        - 1;
    assert_eq!(terminal.backend().buffer()[(column, row)].bg, Color::Red);
}

#[test]
fn the_outcome_scrolls_no_further_than_its_text() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    let full = screen(&app, 80, 16);
    for _ in 0..50 {
        app.update(Action::Down);
        screen(&app, 80, 16);
    }
    let bottom = screen(&app, 80, 16);
    assert_ne!(full, bottom, "a long outcome scrolls");
    assert!(
        bottom.contains("Signals: Travels alone"),
        "the end of the text is shown:\n{bottom}"
    );
    app.update(Action::Up);
    assert_ne!(
        screen(&app, 80, 16),
        bottom,
        "one key back up moves at once"
    );
}

#[test]
fn without_a_place_referrals_name_the_service() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    app.place = None;
    let text = screen(&app, 80, 30);
    assert!(text.contains("• Health "), "{text}");
    assert!(!text.contains("Town health centre"), "{text}");
}

#[test]
fn every_key_bar_fits_in_80_columns_in_both_languages() {
    let loaded = small();
    for lang in ["es", "en"] {
        for id in [
            "ui-keys-question",
            "ui-keys-info",
            "ui-keys-outcome",
            "ui-keys-confirm",
            "ui-keys-note",
            "ui-keys-list",
            "ui-keys-help",
            "ui-keys-change",
        ] {
            let mut args = fluent::FluentArgs::new();
            args.set("language", "Español");
            let text = loaded.ui().format(lang, id, Some(&args));
            assert!(
                text.chars().count() <= 78,
                "{lang} {id} is {} characters: {text}",
                text.chars().count()
            );
        }
    }
}

/// Every `.rs` file below `dir`, at any depth.
fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn every_interface_message_the_code_names_exists_in_both_languages() {
    let loaded = small();
    let mut ids = std::collections::BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rust_files(&root.join("src"));
    // The walk must reach the nested folders (src/tui/app/ names most key-bar texts).
    assert!(
        files
            .iter()
            .any(|f| f.starts_with(root.join("src/tui/app"))),
        "src/tui/app/ is not scanned"
    );
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for piece in text.split('"').skip(1).step_by(2) {
            if piece.starts_with("ui-")
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
            {
                ids.insert(piece.to_owned());
            }
        }
    }
    assert!(ids.len() > 40, "found only {} ids", ids.len());
    for lang in ["es", "en"] {
        for id in &ids {
            assert!(
                loaded.ui().has(lang, id),
                "{id} has no {lang} text in locales/{lang}/ui.ftl"
            );
        }
    }
}

#[test]
fn review_changes_an_earlier_answer_and_says_what_was_dropped() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    app.update(Action::Review); // drawn in every_screen_in_both_languages_…
    app.update(Action::Up);
    app.update(Action::Confirm); // change the first answer (danger)
    assert!(screen(&app, 80, 24).contains("Are you in danger now?"));
    assert_eq!(app.selected, 1, "the current answer is highlighted");
    app.update(Action::Pick(0)); // yes: straight to the urgent outcome
    let text = screen(&app, 80, 24);
    assert!(text.contains("Immediate danger"), "{text}");
    assert_eq!(
        app.notice
            .as_ref()
            .map(|(id, detail)| (id.as_str(), detail.as_str())),
        Some(("ui-answers-dropped", "calm, company"))
    );
    assert!(
        text.contains("calm, company"),
        "the notice is shown:\n{text}"
    );
    assert_eq!(app.record.answers.len(), 1);
    assert!(app.dirty, "the change must be saved");
}

#[test]
fn a_change_can_be_cancelled() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    let before = app.session.clone();
    app.update(Action::Review);
    app.update(Action::Confirm);
    app.update(Action::Back);
    assert_eq!(app.session, before);
    assert!(app.changing.is_none());
}

#[test]
fn notes_are_typed_saved_and_shown() {
    let loaded = small();
    let mut app = new_app(&loaded, "es");
    app.update(Action::Note);
    for c in "sin documentos".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Erase);
    insta::assert_snapshot!("note_panel_es", screen(&app, 80, 24));
    app.update(Action::Confirm);
    assert_eq!(
        app.record.notes.get("danger").map(String::as_str),
        Some("sin documento")
    );
    assert!(screen(&app, 80, 24).contains("✎ sin documento"));
    // Esc leaves the note as it was.
    app.update(Action::Note);
    app.update(Action::Type('x'));
    app.update(Action::No);
    assert_eq!(
        app.record.notes.get("danger").map(String::as_str),
        Some("sin documento")
    );
}

#[test]
fn consent_is_recorded_on_the_pathway_and_export_is_requested() {
    let loaded = small();
    let mut app = new_app(&loaded, "es");
    app.update(Action::Consent);
    assert!(
        app.overlay.is_none(),
        "consent belongs to the pathway screen"
    );
    walk_to_outcome(&mut app);
    app.update(Action::Consent); // drawn in every_screen_in_both_languages_…
    assert!(
        app.overlay.is_some(),
        "the consent panel opens on the pathway"
    );
    app.update(Action::Pick(2));
    assert_eq!(
        app.record.consent,
        Some(ruta::engine::record::Consent::WithoutConsentLegalDuty)
    );
    app.update(Action::Export);
    assert_eq!(app.request, Some(ruta::tui::app::Request::ExportNote));
}

#[test]
fn help_opens_and_any_key_closes_it() {
    let loaded = small();
    let mut app = new_app(&loaded, "es");
    app.update(Action::Help); // drawn in every_screen_in_both_languages_…
    assert!(app.overlay.is_some(), "help opens");
    app.update(Action::Down);
    assert!(app.overlay.is_none());
    assert_eq!(app.selected, 0, "the closing key does nothing else");
}

#[test]
fn an_urgent_flag_shows_a_banner_from_the_moment_it_is_raised() {
    let yaml = r#"
format: 1
id: banner
version: "1"
title: t
languages: [es, en]
start: first
flags:
  - {id: danger, label: flag-danger, action: flag-danger-action, urgency: immediate}
  - {id: mild, label: flag-mild, urgency: routine}
services:
  - {id: s, name: t}
questions:
  - id: first
    text: q1
    options:
      - {id: 'yes', label: yes, next: second, flags: [danger]}
      - {id: 'no', label: no, next: second, flags: [mild]}
  - id: second
    text: q2
    options:
      - {id: 'yes', label: yes, next: end}
      - {id: 'no', label: no, next: end}
outcomes:
  - {id: end, title: t, urgency: routine, primary: [s], actions: [t]}
"#;
    let ftl = |q1: &str, flag: &str, action: &str| {
        format!(
            "t = T\nq1 = {q1}\nq2 = Q2\nyes = Y\nno = N\nflag-danger = {flag}\nflag-danger-action = {action}\nflag-mild = Mild\n"
        )
    };
    let sources = ruta::engine::source::SourceSet::from_files([
        ("guide/guide.yaml".to_owned(), yaml.to_owned()),
        (
            "locales/es/guide.ftl".to_owned(),
            ftl("¿P1?", "Peligro", "Quédese con la niña o el niño."),
        ),
        (
            "locales/en/guide.ftl".to_owned(),
            ftl("Q1?", "Danger", "Stay with the child."),
        ),
    ]);
    let loaded = ruta::engine::load::load(&sources).unwrap();
    let mut app = new_app(&loaded, "en");
    assert!(!screen(&app, 80, 24).contains('⚠'));
    app.update(Action::Pick(1));
    assert!(
        !screen(&app, 80, 24).contains('⚠'),
        "a routine flag raises no banner"
    );
    app.update(Action::Back);
    app.update(Action::Pick(0));
    let text = screen(&app, 80, 24);
    assert!(text.contains("⚠ Danger: Stay with the child."), "{text}");
    insta::assert_snapshot!("banner_en", text);
    app.update(Action::SwitchLanguage);
    assert!(screen(&app, 80, 24).contains("⚠ Peligro: Quédese con la niña o el niño."));
}

/// Every screen and panel, in both languages, at 80×24 and at the minimum size.
#[test]
fn every_screen_in_both_languages_at_80x24_and_the_minimum_size() {
    let loaded = small();
    type Setup = fn(&mut App<'_>);
    let screens: [(&str, Setup); 9] = [
        ("question", |_| {}),
        ("info", |app| app.update(Action::Pick(1))),
        ("outcome", walk_to_outcome),
        ("quit", |app| app.update(Action::Quit)),
        ("help", |app| app.update(Action::Help)),
        ("review", |app| {
            walk_to_outcome(app);
            app.update(Action::Review);
        }),
        ("note", |app| {
            app.update(Action::Note);
            app.update(Action::Type('x'));
        }),
        ("consent", |app| {
            walk_to_outcome(app);
            app.update(Action::Consent);
        }),
        ("guidance_hidden", |app| app.update(Action::ToggleGuidance)),
    ];
    for lang in ["es", "en"] {
        for (name, setup) in screens {
            for (width, height) in [(80, 24), (view::MIN_WIDTH, view::MIN_HEIGHT)] {
                let mut app = new_app(&loaded, lang);
                setup(&mut app);
                insta::assert_snapshot!(
                    format!("screen_{name}_{lang}_{width}x{height}"),
                    screen(&app, width, height)
                );
            }
        }
    }
}

#[test]
fn wide_characters_and_long_words_wrap_inside_the_screen() {
    let base = ruta::engine::source::SourceSet::from_dir(&common::fixture("valid/small")).unwrap();
    let en = base.get("locales/en/guide.ftl").unwrap().text.replace(
        "q-danger = Are you in danger now?",
        "q-danger = 你现在安全吗？危险吗？请告诉我。 👩‍👧 Supercalifragilisticexpialidociousandevenlongerwordthatcannotfitanywhereatall ok?",
    );
    let sources = base.overlaid(ruta::engine::source::SourceSet::from_files([(
        "locales/en/guide.ftl".to_owned(),
        en,
    )]));
    let loaded = ruta::engine::load::load(&sources).unwrap();
    let app = new_app(&loaded, "en");
    for (w, h) in [(60, 15), (80, 24), (61, 17)] {
        let terminal = draw(&app, Theme::COLOR, w, h);
        let buffer = terminal.backend().buffer();
        let rows: Vec<String> = (0..h)
            .map(|y| (0..w).map(|x| buffer[(x, y)].symbol()).collect())
            .collect();
        // Wrapped, not clipped: every piece of the question is on screen, in order.
        let shown: String = rows.concat().split_whitespace().collect();
        for piece in [
            "你现在安全吗？危险吗？请告诉我。",
            "Supercalifragilisticexpialidociousandevenlongerwordthatcannotfitanywhereatallok?",
        ] {
            assert!(
                shown.contains(piece),
                "{w}x{h} lost {piece}:\n{}",
                rows.join("\n")
            );
        }
        // And inside the margin: the last column stays blank above the key bar.
        for (y, row) in rows.iter().enumerate().take(rows.len() - 1) {
            assert_eq!(
                buffer[(w - 1, y as u16)].symbol(),
                " ",
                "{w}x{h}: row {y} reaches the edge: {row}"
            );
        }
    }
    insta::assert_snapshot!("wide_characters_60x15", screen(&app, 60, 15));
}

#[test]
fn a_new_interview_asks_for_the_place_and_names_its_institutions() {
    let loaded = small();
    let mut app = new_app(&loaded, "es").ask_location();
    insta::assert_snapshot!("location_picker_es", screen(&app, 80, 24));
    app.update(Action::Down);
    app.update(Action::Confirm);
    assert_eq!(app.record.location.as_deref(), Some("town"));
    assert!(app.overlay.is_none() && app.dirty);
    walk_to_outcome(&mut app);
    assert!(screen(&app, 80, 24).contains("Centro de salud del pueblo"));

    let mut app = new_app(&loaded, "en").ask_location();
    app.update(Action::No);
    assert_eq!(
        app.record.location, None,
        "Esc leaves no place: services by kind"
    );
    let mut app = new_app(&loaded, "en");
    app.place = loaded.directory().find_place("country");
    assert!(
        app.ask_location().overlay.is_none(),
        "a place given on the command line is not asked again"
    );
}
