//! The interview screens, rendered into ratatui's `TestBackend` and compared with committed
//! snapshots, plus the behaviour of keys on the screen state.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use ruta::engine::load::LoadedGuide;
use ruta::engine::record::Record;
use ruta::interview::action::Action;
use ruta::interview::app::App;
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
    record.started = "2026-12-01T09:30:00Z".into();
    record.updated = record.started.clone();
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
    let before = (app.record.answers.clone(), app.walk.clone(), app.selected);
    app.update(Action::SwitchLanguage);
    assert_eq!(app.lang, "en");
    assert_eq!(
        (app.record.answers.clone(), app.walk.clone(), app.selected),
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
        app.record.answers.is_empty(),
        "a number with no option does nothing"
    );
    app.update(Action::Confirm);
    assert_eq!(app.record.answers.len(), 1);
}

#[test]
fn back_shows_the_previous_step_with_its_answer_kept_and_enter_goes_on() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    let answers = app.record.answers.clone();
    app.update(Action::Back);
    let text = screen(&app, 80, 24);
    assert!(text.contains("Who did you travel with?"), "{text}");
    assert!(text.contains("2. Alone  ✓ current answer"), "{text}");
    assert_eq!(app.selected, 1, "the kept answer is highlighted");
    app.update(Action::Back);
    app.update(Action::Back);
    app.update(Action::Back);
    assert!(screen(&app, 80, 24).contains("Are you in danger now?"));
    assert_eq!(app.record.answers, answers, "going back deletes nothing");
    assert!(!app.dirty || app.record.answers == answers);
    // Enter accepts each kept answer and steps on, back to the pathway.
    for _ in 0..3 {
        app.update(Action::Confirm);
    }
    assert!(app.revisit.is_none());
    assert!(matches!(
        app.screen(),
        ruta::engine::session::Position::Outcome(_)
    ));
    assert_eq!(app.record.answers, answers);
}

#[test]
fn quitting_asks_first() {
    let loaded = small();
    let mut app = new_app(&loaded, "es");
    app.update(Action::Quit);
    assert!(app.confirming_quit() && !app.quit);
    app.update(Action::Down); // "Stay"
    app.update(Action::Confirm);
    assert!(!app.confirming_quit() && !app.quit);
    assert!(app.record.answers.is_empty(), "asking took no answer");
    app.update(Action::Quit);
    app.update(Action::No);
    assert!(!app.confirming_quit() && !app.quit);
    app.update(Action::Quit);
    app.update(Action::Yes);
    assert!(app.quit);
}

#[test]
fn leaving_a_result_says_what_is_missing_and_offers_it_with_verbs() {
    use ruta::interview::app::LeaveChoice;
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    app.update(Action::Quit);
    assert_eq!(
        app.leave_choices(),
        [
            LeaveChoice::RecordConsent,
            LeaveChoice::ExportNote,
            LeaveChoice::Leave,
            LeaveChoice::Stay
        ]
    );
    let text = screen(&app, 80, 24);
    insta::assert_snapshot!("leave_with_missing_en", text);
    assert!(
        text.contains("Consent to the referral is not recorded"),
        "{text}"
    );
    app.update(Action::Confirm); // "Record the consent now"
    assert!(matches!(
        app.overlay,
        Some(ruta::interview::app::Overlay::Consent { .. })
    ));
    app.update(Action::Pick(0));
    app.update(Action::Quit);
    assert_eq!(app.leave_choices()[0], LeaveChoice::ExportNote);
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
        bottom.contains("does not replace it"),
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
            "ui-keys-interruption",
            "ui-keys-interruption-rehearsal",
            "ui-keys-review",
            "ui-keys-vignette",
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
    // The walk must reach the nested folders (src/interview/app/ names most key-bar texts).
    assert!(
        files
            .iter()
            .any(|f| f.starts_with(root.join("src/interview/app"))),
        "src/interview/app/ is not scanned"
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
fn a_change_that_takes_answers_off_the_path_asks_with_verbs_and_keeps_them_aside() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    app.update(Action::Review); // drawn in every_screen_in_both_languages_…
    app.update(Action::Up);
    app.update(Action::Confirm); // open the first answer (danger)
    assert!(screen(&app, 80, 24).contains("Are you in danger now?"));
    assert_eq!(app.selected, 1, "the current answer is highlighted");
    app.update(Action::Pick(0)); // yes: the rest of the path would leave
    let text = screen(&app, 80, 24);
    insta::assert_snapshot!("change_confirm_en", text);
    assert!(
        text.contains("Who did you travel with?"),
        "names what leaves, by question text"
    );
    assert!(text.contains("Change the answer") && text.contains("Keep it"));
    assert_eq!(
        app.record.answers.len(),
        3,
        "nothing changes before the answer"
    );
    app.update(Action::Confirm);
    let text = screen(&app, 80, 24);
    assert!(text.contains("Immediate danger"), "{text}");
    assert_eq!(app.record.answers.len(), 3, "no answer is deleted");
    assert_eq!(app.walk.off_path.len(), 2);
    assert!(app.dirty, "the change must be saved");
    app.update(Action::Review);
    let text = screen(&app, 80, 24);
    assert!(text.contains("Not on the current path"), "{text}");
    assert!(text.contains("Who did you travel with? → Alone"), "{text}");
    // Changing back brings the kept answers back on the path: nothing is asked again.
    app.update(Action::Confirm);
    app.update(Action::Pick(1));
    assert!(matches!(
        app.screen(),
        ruta::engine::session::Position::Outcome(_)
    ));
    assert!(app.walk.off_path.is_empty());
    assert!(screen(&app, 80, 40).contains("Routine"));
}

#[test]
fn keep_it_leaves_the_answer_as_it_was() {
    let loaded = small();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    let before = app.record.answers.clone();
    app.update(Action::Review);
    app.update(Action::Up);
    app.update(Action::Confirm);
    app.update(Action::Pick(0));
    app.update(Action::Down); // "Keep it"
    app.update(Action::Confirm);
    assert_eq!(app.record.answers, before);
    assert!(app.overlay.is_none());
    assert_eq!(app.selected, 1, "the kept answer is highlighted again");
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
        app.record.consent_for(&app.pathway_ids()),
        Some(ruta::engine::record::Consent::WithoutConsentLegalDuty)
    );
    app.update(Action::Export);
    insta::assert_snapshot!("export_choice_es", screen(&app, 80, 24));
    app.update(Action::Pick(2));
    assert_eq!(
        app.request,
        Some(ruta::interview::app::Request::ExportNote(vec![
            "es".into(),
            "en".into()
        ])),
        "both languages in one action"
    );
}

#[test]
fn help_scrolls_to_its_end_at_the_smallest_size_and_any_other_key_closes_it() {
    let loaded = small();
    let mut app = new_app(&loaded, "es");
    app.update(Action::Help);
    insta::assert_snapshot!("help_panel_es", screen(&app, 80, 24));
    let top = screen(&app, 60, 15);
    assert!(
        !top.contains("«ruta resume CÓDIGO»"),
        "the end is cut at first"
    );
    app.update(Action::End);
    let end = screen(&app, 60, 15);
    assert!(end.contains("CÓDIGO"), "End shows the last line:\n{end}");
    insta::assert_snapshot!("help_panel_es_60x15_end", end);
    app.update(Action::Home);
    assert_eq!(screen(&app, 60, 15), top);
    app.update(Action::Down);
    assert!(app.overlay.is_some(), "arrows scroll, they do not close");
    app.update(Action::Confirm);
    assert!(app.overlay.is_none());
    assert_eq!(app.selected, 0, "the closing key does nothing else");
}

#[test]
fn the_overview_keeps_the_highlighted_answer_in_view_at_the_smallest_size() {
    let loaded = common::load_embedded();
    let mut app = new_app(&loaded, "es");
    app.place = loaded.directory().find_place("hn");
    // The first option of every question; on a checklist, marked first (Enter alone takes
    // nothing there).
    for _ in 0..120 {
        if app.shown_checklist().is_some() && app.marked.is_empty() {
            app.update(Action::Toggle);
        }
        app.update(Action::Confirm);
    }
    assert!(app.answered().len() > 30, "a whole interview");
    app.update(Action::Review);
    let text = screen(&app, 60, 15);
    let last = app.answered().len();
    assert!(
        text.contains(&format!("›{last:>3}.")),
        "the last answer is shown:\n{text}"
    );
    app.update(Action::Home);
    assert!(screen(&app, 60, 15).contains("›  1."));
    app.update(Action::PageDown);
    let text = screen(&app, 60, 15);
    assert!(text.contains("› 11."), "{text}");
    insta::assert_snapshot!("overview_es_60x15_page", text);
    app.update(Action::Confirm);
    assert!(
        app.overlay.is_none() && app.revisit.is_some(),
        "Enter opens it"
    );
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
fn every_screen_in_both_languages_at_the_minimum_size_80x24_and_200x60() {
    let loaded = small();
    type Setup = fn(&mut App<'_>);
    let screens: [(&str, Setup); 16] = [
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
        // Every long text and panel scrolled to its end.
        ("outcome_end", |app| {
            walk_to_outcome(app);
            app.update(Action::End);
        }),
        ("help_end", |app| {
            app.update(Action::Help);
            app.update(Action::End);
        }),
        ("review_end", |app| {
            walk_to_outcome(app);
            app.update(Action::Review);
            app.update(Action::End);
        }),
        // The place and the language, changed in the middle of an interview.
        ("place", |app| app.update(Action::Place)),
        ("place_changed", |app| {
            app.update(Action::Place);
            app.update(Action::Pick(0));
        }),
        ("language_in_panel", |app| {
            walk_to_outcome(app);
            app.update(Action::Consent);
            app.update(Action::SwitchLanguage);
        }),
        ("export", |app| {
            walk_to_outcome(app);
            app.update(Action::Export);
        }),
    ];
    for lang in ["es", "en"] {
        for (name, setup) in screens {
            for (width, height) in [(view::MIN_WIDTH, view::MIN_HEIGHT), (80, 24), (200, 60)] {
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
    assert!(screen(&app, 80, 40).contains("Centro de salud del pueblo"));

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

fn interrupting() -> LoadedGuide {
    ruta::engine::load::load(&common::overlay("valid", "interrupting")).unwrap()
}

#[test]
fn an_interruption_is_acted_on_and_the_screening_goes_on_to_every_pathway() {
    use ruta::engine::session::Position;
    let loaded = interrupting();
    for lang in ["es", "en"] {
        for (w, h) in [(80, 24), (60, 15)] {
            let mut app = new_app(&loaded, lang);
            app.place = loaded.directory().find_place("town");
            app.update(Action::Pick(0)); // in danger: act now
            assert!(matches!(app.screen(), Position::Interruption(_)));
            insta::assert_snapshot!(format!("interruption_{lang}_{w}x{h}"), screen(&app, w, h));
            app.update(Action::Confirm); // acted; the screening goes on
            app.update(Action::Confirm); // the info
            assert!(matches!(app.screen(), Position::Question(_)));
            insta::assert_snapshot!(format!("continued_{lang}_{w}x{h}"), screen(&app, w, h));
            app.update(Action::Pick(1)); // travelled alone
            assert_eq!(app.pathway_ids(), ["urgent", "routine"]);
            insta::assert_snapshot!(format!("two_pathways_{lang}_{w}x{h}"), screen(&app, w, h));
        }
    }
}

#[test]
fn the_immediate_pathway_stays_in_view_while_the_screening_goes_on() {
    let loaded = interrupting();
    let mut app = new_app(&loaded, "en");
    app.update(Action::Pick(0));
    app.update(Action::Confirm);
    app.update(Action::Confirm);
    let text = screen(&app, 80, 24);
    assert!(text.contains("‼ Immediate: Immediate danger"), "{text}");
}

#[test]
fn an_interrupted_interview_can_be_closed_with_a_reason() {
    use ruta::engine::record::{CloseReason, State};
    let loaded = interrupting();
    let mut app = new_app(&loaded, "en");
    app.update(Action::Pick(0));
    app.update(Action::Close);
    let text = screen(&app, 80, 24);
    assert!(text.contains("taken for urgent care"), "{text}");
    assert!(
        !text.contains("Completed"),
        "the screening has no result yet"
    );
    app.update(Action::Pick(0));
    assert!(app.quit);
    assert_eq!(
        app.record.state(loaded.guide()),
        State::Closed(CloseReason::TakenForCare)
    );
    // A change opens it again.
    let mut app = App::new(&loaded, "en".into(), app.record.clone());
    app.update(Action::Review);
    app.update(Action::Confirm);
    app.update(Action::Pick(1));
    assert_eq!(app.record.state(loaded.guide()), State::InProgress);
}

#[test]
fn consent_belongs_to_the_result_it_was_given_for() {
    use ruta::engine::record::Consent;
    let loaded = interrupting();
    let mut app = new_app(&loaded, "en");
    walk_to_outcome(&mut app);
    app.update(Action::Consent);
    app.update(Action::Pick(0));
    let routine = app.pathway_ids();
    assert_eq!(app.record.consent_for(&routine), Some(Consent::Agreed));
    app.update(Action::Review);
    app.update(Action::Up);
    app.update(Action::Confirm);
    app.update(Action::Pick(0)); // in danger: nothing leaves the path, the result grows
    assert!(
        app.overlay.is_none(),
        "no answer leaves the path: no question asked"
    );
    assert_eq!(
        app.notice.as_ref().map(|(id, _)| id.as_str()),
        Some("ui-consent-set-aside")
    );
    assert!(matches!(
        app.screen(),
        ruta::engine::session::Position::Interruption(_)
    ));
    app.update(Action::Confirm); // acted: the kept answers carry the walk to its end
    assert_eq!(app.pathway_ids(), ["urgent", "routine"]);
    assert_eq!(app.record.consent_for(&app.pathway_ids()), None);
    let note = ruta::engine::report::referral_note(
        &loaded,
        &app.record,
        "en",
        ruta::engine::report::Format::Text,
    )
    .unwrap();
    assert!(
        note.contains("Consent to the referral: not recorded yet"),
        "{note}"
    );
}

#[test]
fn the_footer_never_loses_help_and_quit() {
    for (keys, width) in [
        (
            "↑↓ Enter answer · ⌫ back · r review · a note · l Español · ? help · q quit",
            60,
        ),
        ("↑↓ choose · Enter accept · l Español · Esc close", 40),
    ] {
        let (left, right) = view::footer_parts(keys, width);
        assert!(
            left.chars().count() + right.chars().count() + 3 <= width,
            "{left} | {right}"
        );
        let last = keys.rsplit(" · ").next().unwrap();
        assert!(right.contains(last), "{right}");
    }
    let loaded = small();
    let app = new_app(&loaded, "es");
    let text = screen(&app, 60, 15);
    assert!(text.contains("? ayuda · q salir"), "{text}");
}

// ---------------------------------------------------------------- checklists

fn checklist() -> LoadedGuide {
    common::load_fixture("valid/checklist")
}

/// Not in danger, the info read: the `signs` checklist on screen.
fn at_checklist(app: &mut App<'_>) {
    app.place = app.loaded.directory().find_place("town");
    app.update(Action::Pick(1));
    app.update(Action::Confirm);
    assert!(app.shown_checklist().is_some());
}

#[test]
fn a_checklist_is_marked_with_space_or_numbers_and_confirmed_with_enter() {
    use ruta::engine::guide::OptionSet;
    use ruta::engine::session::Position;
    let loaded = checklist();
    for lang in ["es", "en"] {
        for (w, h) in [(80, 24), (60, 15)] {
            let mut app = new_app(&loaded, lang);
            at_checklist(&mut app);
            insta::assert_snapshot!(format!("checklist_{lang}_{w}x{h}"), screen(&app, w, h));
            // Enter with nothing marked answers nothing, and says how to mark.
            app.update(Action::Confirm);
            assert!(app.shown_checklist().is_some());
            assert_eq!(app.notice.as_ref().unwrap().0, "ui-checklist-mark-first");
            // Space marks the highlighted sign (and the notice goes); a number marks another;
            // both stay marked.
            app.update(Action::Toggle);
            assert_eq!(app.notice, None);
            app.update(Action::Pick(2));
            assert_eq!(app.marked, OptionSet::one(0).with(2));
            insta::assert_snapshot!(
                format!("checklist_marked_{lang}_{w}x{h}"),
                screen(&app, w, h)
            );
            app.update(Action::Confirm);
            assert!(matches!(app.screen(), Position::Outcome(_)));
            assert_eq!(app.pathway_ids(), ["follow_up"]);
            let flags: Vec<&str> = app
                .walk
                .flags
                .iter()
                .map(|f| loaded.guide().flag(*f).id.as_str())
                .collect();
            assert_eq!(flags, ["distress", "alone"]);
        }
    }
}

#[test]
fn none_of_these_clears_the_marks_and_back_shows_the_kept_marks() {
    use ruta::engine::guide::OptionSet;
    let loaded = checklist();
    let mut app = new_app(&loaded, "en");
    at_checklist(&mut app);
    app.update(Action::Pick(0));
    app.update(Action::Pick(3)); // "none of these" clears crying
    assert_eq!(app.marked, OptionSet::one(3));
    app.update(Action::Pick(1)); // an injury clears "none"
    assert_eq!(app.marked, OptionSet::one(1));
    app.update(Action::Toggle); // the highlight is on the injury: unmarked
    assert!(app.marked.is_empty());
    app.update(Action::Pick(3));
    app.update(Action::Confirm);
    assert_eq!(
        app.shown_question()
            .map(|n| loaded.guide().node(n).id.as_str()),
        Some("company")
    );
    // Back: the checklist again, with what was marked, and Enter keeps it and steps on.
    app.update(Action::Back);
    assert!(app.shown_checklist().is_some());
    assert_eq!(app.marked, OptionSet::one(3));
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("[x] 4. None of these  ✓ current answer"),
        "{text}"
    );
    app.update(Action::Confirm); // back where the walk stands
    assert_eq!(app.revisit, None);
    assert_eq!(
        app.shown_question()
            .map(|n| loaded.guide().node(n).id.as_str()),
        Some("company")
    );
}

#[test]
fn changing_a_checklist_that_takes_an_answer_off_the_path_asks_first() {
    use ruta::interview::app::Overlay;
    let loaded = checklist();
    let mut app = new_app(&loaded, "en");
    at_checklist(&mut app);
    app.update(Action::Pick(3));
    app.update(Action::Confirm);
    app.update(Action::Pick(0)); // with a parent: routine
    assert_eq!(app.pathway_ids(), ["routine"]);
    app.update(Action::Back); // company
    app.update(Action::Back); // the checklist, "none" kept
    app.update(Action::Pick(0)); // crying: the route no longer asks about company
    app.update(Action::Confirm);
    let Some(Overlay::ConfirmChange { leaving, .. }) = &app.overlay else {
        panic!("no confirmation: {:?}", app.overlay)
    };
    assert_eq!(leaving[0].node, "company");
    app.update(Action::Confirm); // change the answer
    assert_eq!(app.pathway_ids(), ["follow_up"]);
    assert_eq!(app.walk.off_path[0].node, "company");
}

#[test]
fn a_long_option_wraps_under_its_own_text() {
    let loaded = common::load_embedded();
    let mut app = new_app(&loaded, "es");
    app.place = loaded.directory().find_place("hn");
    let at = |app: &App<'_>| {
        app.shown_question()
            .map(|n| loaded.guide().node(n).id.clone())
    };
    // The first answer everywhere (age 0 to 5) reaches the young child's warning signs.
    for _ in 0..40 {
        if at(&app).as_deref() == Some("young_warning_signs") {
            break;
        }
        app.update(Action::Confirm);
    }
    assert_eq!(at(&app).as_deref(), Some("young_warning_signs"));
    let text = screen(&app, 60, 15);
    assert!(
        text.contains("\"   [ ] 2. Se lastima a propósito (se golpea la cabeza, se   \"")
            && text.contains("\"          muerde, se rasguña u otra forma)"),
        "{text}"
    );
}
