//! Guides, translations and records are shared by e-mail and USB stick: every file is untrusted.
//! Each hostile input gets a clear error or is shown inert, never a panic or a hang.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ruta::engine::diagnostic::Code;
use ruta::engine::load::load;
use ruta::engine::record::Record;
use ruta::engine::report::{Format as NoteFormat, referral_note};
use ruta::engine::source::SourceSet;
use ruta::engine::validate::validate;
use ruta::interview::action::Action;
use ruta::interview::app::App;
use ruta::tui::theme::Theme;
use ruta::tui::view;

/// The small guide with `guide.yaml` replaced.
fn with_yaml(yaml: &str) -> SourceSet {
    SourceSet::from_dir(&common::fixture("valid/small"))
        .unwrap()
        .overlaid(SourceSet::from_files([(
            "guide/guide.yaml".to_owned(),
            yaml.to_owned(),
        )]))
}

fn codes(sources: &SourceSet) -> Vec<Code> {
    validate(sources)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

/// A guide whose every key is known and every value has the right type, but whose aliases
/// expand to `fan`³ flags: the alias limit must refuse it while parsing, before anything is built.
fn alias_bomb(fan: usize) -> String {
    let yaml = std::fs::read_to_string(common::fixture("valid/small/guide/guide.yaml")).unwrap();
    let copies = |alias: &str| vec![alias; fan].join(", ");
    let question = format!(
        "  - &q {{id: bomb, text: q-danger, options: [&o {{id: o, label: opt-no, next: routine, flags: [&f alone, {}]}}, {}]}}\n  - {}\n",
        copies("*f"),
        copies("*o"),
        vec!["*q"; fan].join("\n  - ")
    );
    yaml.replacen("questions:\n", &format!("questions:\n{question}"), 1)
}

#[test]
fn a_billion_laughs_alias_bomb_is_refused_by_the_alias_limit() {
    let errors = load(&with_yaml(&alias_bomb(60))).unwrap_err();
    assert_eq!(errors.len(), 1, "{}", common::render(&errors));
    assert_eq!(errors[0].code, Code::InvalidYaml, "{}", errors[0]);
    assert!(
        errors[0].message.contains("repetition limit exceeded"),
        "{}",
        errors[0]
    );
}

#[test]
fn the_alias_bomb_is_valid_shaped_when_small() {
    // Below the limit the same document parses and fails only for what it means (the copies
    // share an id), so the test above is about the alias limit and nothing else.
    let errors = load(&with_yaml(&alias_bomb(2))).unwrap_err();
    assert!(
        errors.iter().all(|e| e.code == Code::DuplicateId),
        "{}",
        common::render(&errors)
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for (open, close) in [("[", "]"), ("{a: ", "}")] {
        let yaml = format!(
            "format: 1\nid: {}{}\n",
            open.repeat(20_000),
            close.repeat(20_000)
        );
        let validation = validate(&with_yaml(&yaml));
        assert!(!validation.diagnostics.is_empty());
        assert!(validation.diagnostics.iter().all(|d| d.location.is_some()));
    }
}

#[test]
fn a_50_mb_file_is_refused_before_it_is_read() {
    let dir = common::materialize("valid", "small");
    let big = std::fs::File::create(dir.path().join("locales/es/huge.ftl")).unwrap();
    big.set_len(50 * 1024 * 1024).unwrap(); // sparse: the test writes nothing
    let sources = SourceSet::from_dir(dir.path()).unwrap();
    let errors = load(&sources).unwrap_err();
    assert_eq!(errors[0].code, Code::FileTooLarge);
    assert!(errors[0].message.contains("limit"), "{}", errors[0]);
    assert!(
        errors[0]
            .location
            .as_ref()
            .unwrap()
            .file
            .ends_with("huge.ftl")
    );
}

#[test]
fn invalid_utf8_is_placed_at_its_line_and_column() {
    let dir = common::materialize("valid", "small");
    let path = dir.path().join("locales/en/guide.ftl");
    let mut bytes = std::fs::read(&path).unwrap();
    let at = bytes.windows(6).position(|w| w == b"opt-no").unwrap();
    bytes.splice(at + 9..at + 9, [0xff, 0xfe]);
    std::fs::write(&path, bytes).unwrap();
    let errors = load(&SourceSet::from_dir(dir.path()).unwrap()).unwrap_err();
    assert_eq!(errors[0].code, Code::InvalidUtf8);
    let place = errors[0].location.as_ref().unwrap();
    assert_eq!((place.line, place.column), (12, 10), "{}", errors[0]);
}

#[test]
fn a_byte_order_mark_is_harmless() {
    let dir = common::materialize("valid", "small");
    let path = dir.path().join("guide/guide.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    assert!(
        validate(&SourceSet::from_dir(dir.path()).unwrap())
            .diagnostics
            .is_empty()
    );
}

#[test]
fn tabs_for_indentation_are_an_error_with_a_place() {
    let yaml = std::fs::read_to_string(common::fixture("valid/small/guide/guide.yaml"))
        .unwrap()
        .replace("    text: q-company\n", "\ttext: q-company\n");
    let validation = validate(&with_yaml(&yaml));
    let first = &validation.diagnostics[0];
    assert_eq!(first.code, Code::InvalidYaml, "{first}");
    assert!(first.location.is_some());
}

/// The small guide with `find` replaced by `replace` in the English and Spanish texts.
fn with_texts(find: &str, en: &str, es: &str) -> SourceSet {
    let base = SourceSet::from_dir(&common::fixture("valid/small")).unwrap();
    let edit = |lang: &str, replace: &str| {
        let path = format!("locales/{lang}/guide.ftl");
        let text = base.get(&path).unwrap().text.replace(find, replace);
        (path, text)
    };
    let changes = SourceSet::from_files([edit("en", en), edit("es", es)]);
    base.overlaid(changes)
}

#[test]
fn a_too_long_text_is_refused() {
    let long = format!("opt-no = {}", "n".repeat(2500));
    let errors = load(&with_texts("opt-no = No", &long, "opt-no = No")).unwrap_err();
    let codes: Vec<Code> = errors.iter().map(|e| e.code).collect();
    assert_eq!(codes, [Code::MessageTooLong], "{}", common::render(&errors));
}

#[test]
fn control_characters_in_a_text_are_a_warning() {
    let sources = with_texts(
        "opt-no = No",
        "opt-no = No",
        "opt-no = No\u{202e}\u{1b}[31m",
    );
    assert_eq!(codes(&sources), [Code::UnsafeCharacters]);
}

#[test]
fn escape_sequences_in_texts_never_reach_the_screen_or_a_note() {
    let base = SourceSet::from_dir(&common::fixture("valid/small")).unwrap();
    let hostile = |text: &str| {
        text.replace(
            "q-danger = ",
            "q-danger = \u{1b}]0;owned\u{7}\u{1b}[2J\u{1b}[31m",
        )
        .replace("out-routine = ", "out-routine = \u{202e}\u{9b}1m\u{7}")
        .replace("opt-no = No", "opt-no = No\u{1b}[H\u{0}")
    };
    let sources = base.clone().overlaid(SourceSet::from_files([
        (
            "locales/en/guide.ftl".to_owned(),
            hostile(&base.get("locales/en/guide.ftl").unwrap().text),
        ),
        (
            "locales/es/guide.ftl".to_owned(),
            hostile(&base.get("locales/es/guide.ftl").unwrap().text),
        ),
    ]));
    let loaded = load(&sources).unwrap();
    let record = Record::new(loaded.guide(), loaded.hash(), "en");
    let mut app = App::new(&loaded, "en".into(), record);
    let mut shown = String::new();
    for action in [
        Action::Up,
        Action::Pick(1),
        Action::Confirm,
        Action::Pick(0),
    ] {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|frame| view::render(&app, Theme::COLOR, frame.area(), frame.buffer_mut()))
            .unwrap();
        for cell in terminal.backend().buffer().content() {
            shown.push_str(cell.symbol());
        }
        app.update(action);
    }
    let note = referral_note(&loaded, &app.record, "en", NoteFormat::Text).unwrap();
    for text in [&shown, &note] {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "a control character got through"
        );
        assert!(
            !text.contains('\u{202e}') && !text.contains("[2J") && !text.contains("owned"),
            "{text}"
        );
    }
    assert!(
        shown.contains("Are you in danger now?"),
        "the text itself is still shown"
    );
}

#[test]
fn a_guide_that_cycles_is_refused_not_walked_for_ever() {
    let errors = load(&common::overlay("invalid", "cycle")).unwrap_err();
    assert!(errors.iter().any(|e| e.code == Code::Cycle));
}

#[test]
fn duplicate_keys_are_refused() {
    assert!(codes(&common::overlay("invalid", "duplicate-key")).contains(&Code::DuplicateKey));
}

#[test]
fn hostile_record_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = ruta::engine::store::Store::open(Some(dir.path())).unwrap();
    std::fs::create_dir_all(dir.path().join("records")).unwrap();
    let cases: [(&str, Vec<u8>); 4] = [
        ("AAAA-AAAA", vec![0xff, 0xfe, 0x00]),
        ("BBBB-BBBB", b"a: &a [*a, *a]\n".to_vec()),
        ("CCCC-CCCC", vec![b'x'; 2 * 1024 * 1024]),
        ("DDDD-DDDD", b"format: 1\ncase_code: ../../x\n".to_vec()),
    ];
    for (code, bytes) in cases {
        std::fs::write(dir.path().join(format!("records/{code}.yaml")), bytes).unwrap();
        let error = store.load(code).unwrap_err();
        assert!(error.to_string().contains(code), "{error}");
    }
}

#[test]
fn an_empty_guide_file_says_it_is_empty() {
    for text in ["", "\n\n   \n"] {
        let validation = validate(&with_yaml(text));
        let first = &validation.diagnostics[0];
        assert_eq!(
            (first.code, first.message.as_str()),
            (Code::InvalidYaml, "the file is empty")
        );
        assert_eq!(first.location.as_ref().unwrap().line, 1);
    }
}

#[test]
fn an_empty_translation_is_one_error_at_the_languages_not_one_per_message() {
    let base = SourceSet::from_dir(&common::fixture("valid/small")).unwrap();
    let sources = base.overlaid(SourceSet::from_files([(
        "locales/en/guide.ftl".to_owned(),
        String::new(),
    )]));
    let validation = validate(&sources);
    let codes: Vec<Code> = validation.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [Code::MissingMessage],
        "{}",
        common::render(&validation.diagnostics)
    );
    assert!(
        validation.diagnostics[0]
            .message
            .starts_with("`en` has no text for"),
        "{}",
        validation.diagnostics[0]
    );
    let place = validation.diagnostics[0].location.as_ref().unwrap();
    assert_eq!(
        (place.line, place.source_line.as_str()),
        (6, "languages: [es, en]")
    );
}
