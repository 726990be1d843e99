//! Interviews on disk: atomic private saves, resume checks, purge, referral notes that never
//! overwrite, and no reading or writing through links.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::os::unix::fs::PermissionsExt;

use ruta::engine::guide::OptionSet;
use ruta::engine::load::LoadedGuide;
use ruta::engine::record::{CloseReason, Closure, Consent, ConsentGiven, Record, parse_rfc3339};
use ruta::engine::report::{Format as NoteFormat, referral_note};
use ruta::engine::session::Session;
use ruta::engine::store::Store;

fn small() -> LoadedGuide {
    common::load_fixture("valid/small")
}

/// A record of the small guide walked to `routine` with the `alone` flag, with a note.
fn finished_record(loaded: &LoadedGuide) -> Record {
    let mut record = Record::new(loaded.guide(), loaded.hash(), "es");
    let mut session = Session::new();
    session.answer(loaded.guide(), OptionSet::one(1)).unwrap();
    session.acknowledge(loaded.guide());
    session.answer(loaded.guide(), OptionSet::one(1)).unwrap();
    record.answers = session.answers;
    record.location = Some("town".into());
    record
        .notes
        .insert("company".into(), "llegó con una tía".into());
    record.consent = Some(ConsentGiven {
        value: Consent::WithoutConsentLegalDuty,
        pathways: vec!["routine".into()],
    });
    record
}

fn closed() -> Closure {
    Closure {
        reason: CloseReason::Completed,
        at: "2026-01-01T00:00:00Z".into(),
    }
}

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn saves_are_private_and_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(&dir.path().join("data"))).unwrap();
    let loaded = small();
    let record = finished_record(&loaded);
    let path = store.save(&record).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&dir.path().join("data")), 0o700);
    assert_eq!(mode(&dir.path().join("data/records")), 0o700);
    assert_eq!(store.load(&record.case_code).unwrap(), record);
    // Saving again replaces the file and leaves no temporary file behind.
    store.save(&record).unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path().join("data/records"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    // Besides the record, only the lock that keeps leftover removal off a save in progress.
    let mut names = names;
    names.sort();
    assert_eq!(
        names,
        [".saves.lock", &format!("{}.yaml", record.case_code)]
    );
}

#[test]
fn a_record_holds_no_field_for_a_name() {
    let loaded = small();
    let text = serde_yaml::to_string(&finished_record(&loaded)).unwrap();
    for forbidden in ["name:", "nombre", "surname", "birth"] {
        assert!(!text.contains(forbidden), "{forbidden} in\n{text}");
    }
}

#[test]
fn resume_refuses_answers_that_no_longer_fit() {
    let loaded = small();
    let mut record = finished_record(&loaded);
    assert!(record.misfits(loaded.guide()).is_empty());
    record.answers[0].option = Some("maybe".into());
    record.answers.push(ruta::engine::session::Answer {
        node: "gone".into(),
        option: Some("x".into()),
        marked: Vec::new(),
    });
    let misfits: Vec<String> = record
        .misfits(loaded.guide())
        .into_iter()
        .map(|a| a.node)
        .collect();
    assert_eq!(misfits, ["danger", "gone"]);
}

#[test]
fn a_checklist_answer_round_trips_and_an_unknown_mark_does_not_fit() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let loaded = common::load_fixture("valid/checklist");
    let g = loaded.guide();
    let mut session = Session::new();
    session.answer(g, OptionSet::one(1)).unwrap(); // not in danger
    session.acknowledge(g);
    session.answer(g, OptionSet::one(0).with(2)).unwrap(); // crying, nobody with the child
    let mut record = Record::new(g, loaded.hash(), "es");
    record.answers = session.answers;
    store.save(&record).unwrap();
    let text = std::fs::read_to_string(
        dir.path()
            .join(format!("records/{}.yaml", record.case_code)),
    )
    .unwrap();
    assert!(
        text.contains("marked:\n  - crying\n  - alone_signs"),
        "{text}"
    );
    let back = store.load(&record.case_code).unwrap();
    assert_eq!(back, record);
    assert!(back.misfits(g).is_empty());
    let mut changed = back.clone();
    changed.answers[2].marked.push("bruises".into());
    let misfits: Vec<String> = changed.misfits(g).into_iter().map(|a| a.node).collect();
    assert_eq!(misfits, ["signs"]);
    // Recorded as one option before `signs` became a checklist: it resumes as that one mark.
    let mut before = back;
    before.answers[2].marked.clear();
    before.answers[2].option = Some("none".into());
    assert!(before.misfits(g).is_empty());
    let walk = before.session().walk(g);
    let step = walk
        .steps
        .iter()
        .find(|s| g.node(s.node).id == "signs")
        .unwrap();
    assert_eq!(step.chosen, OptionSet::one(3));
}

#[test]
fn broken_record_files_are_refused_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let loaded = small();
    let record = finished_record(&loaded);
    let path = store.save(&record).unwrap();
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("answers:", "answerz:");
    std::fs::write(&path, text).unwrap();
    let error = store.load(&record.case_code).unwrap_err().to_string();
    assert!(
        error.contains(&record.case_code) && error.contains("answerz"),
        "{error}"
    );
    assert!(store.load("../../etc/passwd").is_err());
    let (records, broken) = store.records().unwrap();
    assert!(records.is_empty() && broken.len() == 1);
}

#[test]
fn nothing_is_read_or_written_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let loaded = small();
    let record = finished_record(&loaded);
    std::fs::create_dir_all(dir.path().join("records")).unwrap();
    let target = elsewhere.path().join("victim.yaml");
    std::fs::write(&target, "do not touch").unwrap();
    std::os::unix::fs::symlink(
        &target,
        dir.path()
            .join(format!("records/{}.yaml", record.case_code)),
    )
    .unwrap();
    assert!(
        store.save(&record).is_err(),
        "a planted link must not be written through"
    );
    assert!(store.load(&record.case_code).is_err(), "nor read through");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "do not touch");
    // A link in place of the notes folder is refused too.
    std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("notes")).unwrap();
    assert!(store.write_note("x.md", "note").is_err());
}

#[test]
fn notes_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let path = store.write_note("ABCD-EFGH-es.md", "first").unwrap();
    assert_eq!(mode(&path), 0o600);
    assert!(store.write_note("ABCD-EFGH-es.md", "second").is_err());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
    assert!(store.write_note("../escape.md", "x").is_err());
}

#[test]
fn purge_deletes_only_old_finished_interviews() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let loaded = small();
    let mut old_finished = finished_record(&loaded);
    old_finished.closed = Some(closed());
    old_finished.updated = "2026-01-01T00:00:00Z".into();
    let mut old_open = finished_record(&loaded);
    old_open.updated = "2026-01-01T00:00:00Z".into();
    let mut new_finished = finished_record(&loaded);
    new_finished.closed = Some(closed());
    new_finished.updated = "2026-11-29T00:00:00Z".into();
    for r in [&old_finished, &old_open, &new_finished] {
        store.save(r).unwrap();
    }
    let now = parse_rfc3339("2026-11-30T00:00:00Z").unwrap();
    assert_eq!(
        store.purge(30, now).unwrap().removed,
        [old_finished.case_code.clone()]
    );
    let (left, _) = store.records().unwrap();
    assert_eq!(left.len(), 2);
}

#[test]
fn the_referral_note_says_everything_in_either_language() {
    let loaded = small();
    let record = finished_record(&loaded);
    let es = referral_note(&loaded, &record, "es", NoteFormat::Markdown).unwrap();
    let ui = |id: &str| loaded.ui().text("es", id);
    for expected in [
        format!("# {}", ui("ui-note-title")),
        format!("- **{}:** {}", ui("ui-note-case"), record.case_code),
        format!("- **{}:** El pueblo", ui("ui-note-location")),
        ui("ui-consent-legal"),
        format!("## {}: Seguimiento de rutina", ui("ui-pathway")),
        ui("ui-urgency-within-24h"),
        "Centro de salud del pueblo".into(),
        // The 24-hour action of the flag comes before the routine outcome's.
        "1. Avise hoy a protección de la niñez.".into(),
        "2. Dé información sobre servicios cercanos.".into(),
        "¿Con quién viajaste? → Sola o solo".into(),
        "llegó con una tía".into(),
        "No entregue a la niña o al niño sin verificar el parentesco.".into(),
    ] {
        assert!(es.contains(&expected), "missing {expected:?} in\n{es}");
    }
    assert!(
        !es.contains("pulse") && !es.contains("press"),
        "no screen prompt in a document:\n{es}"
    );
    let en = referral_note(&loaded, &record, "en", NoteFormat::Text).unwrap();
    let title = loaded.ui().text("en", "ui-note-title");
    assert!(
        en.starts_with(&format!("{title}\n{}", "=".repeat(title.chars().count()))),
        "{en}"
    );
    assert!(en.contains("Who did you travel with? → Alone"), "{en}");
    assert!(
        en.contains(&loaded.ui().text("en", "ui-urgency-within-24h")),
        "{en}"
    );
    assert!(
        !en.contains("**") && !en.contains("Nota"),
        "plain text in English only:\n{en}"
    );
}

#[test]
fn no_note_before_a_pathway_is_reached() {
    let loaded = small();
    let record = Record::new(loaded.guide(), loaded.hash(), "es");
    assert!(referral_note(&loaded, &record, "es", NoteFormat::Markdown).is_none());
}

#[test]
fn notes_cannot_inject_markup_or_escapes() {
    let loaded = small();
    let mut record = finished_record(&loaded);
    record
        .notes
        .insert("company".into(), "**x** \u{1b}[31mred <script>".into());
    let md = referral_note(&loaded, &record, "en", NoteFormat::Markdown).unwrap();
    assert!(md.contains("\\*\\*x\\*\\* red \\<script\\>"), "{md}");
    assert!(!md.contains('\u{1b}'));
}

#[test]
fn a_record_saved_by_ruta_0_3_opens_converted() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let loaded = small();
    let current = finished_record(&loaded);
    let old = format!(
        "format: 1\ncase_code: {code}\nguide_id: test-small\nguide_version: 1.0.0\n\
         guide_hash: {hash}\nstarted: 2026-11-01T10:00:00Z\nupdated: 2026-11-01T10:20:00Z\n\
         language: es\nlocation: town\nanswers:\n- node: danger\n  option: 'no'\n- node: calm\n\
         - node: company\n  option: alone\nconsent: agreed\nfinished: true\n",
        code = current.case_code,
        hash = loaded.hash()
    );
    let path = dir
        .path()
        .join(format!("records/{}.yaml", current.case_code));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, old).unwrap();
    let record = store.load(&current.case_code).unwrap();
    assert_eq!(record.format, ruta::engine::record::RECORD_FORMAT);
    assert_eq!(record.answers, current.answers);
    assert_eq!(
        record.state(loaded.guide()),
        ruta::engine::record::State::Closed(CloseReason::Completed),
        "`finished: true` means closed as completed"
    );
    assert_eq!(
        record.consent_for(&["routine".into()]),
        Some(Consent::Agreed),
        "a consent that did not name its result counts for the one it opens with"
    );
    // Saved again, it is written in the current format.
    store.save(&record).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("format: 2"), "{text}");
    assert!(!text.contains("finished"), "{text}");
}

#[test]
fn a_record_from_a_newer_ruta_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    std::fs::create_dir_all(dir.path().join("records")).unwrap();
    std::fs::write(
        dir.path().join("records/ABCD-EFGH.yaml"),
        "format: 9\ncase_code: ABCD-EFGH\n",
    )
    .unwrap();
    let error = store.load("ABCD-EFGH").unwrap_err().to_string();
    assert!(error.contains("record format 9 is newer"), "{error}");
}

#[test]
fn purge_never_deletes_an_open_interview_and_takes_the_notes_of_a_closed_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let loaded = small();
    let mut open = finished_record(&loaded);
    open.updated = "2026-01-01T00:00:00Z".into();
    let mut closed_one = finished_record(&loaded);
    closed_one.updated = "2026-01-01T00:00:00Z".into();
    closed_one.closed = Some(closed());
    let note = store
        .write_note(&format!("{}-es.md", closed_one.case_code), "note")
        .unwrap();
    closed_one.exports.push(ruta::engine::record::Export {
        files: vec![note.file_name().unwrap().to_string_lossy().into_owned()],
        pathways: vec!["routine".into()],
        at: "2026-01-01T00:00:00Z".into(),
    });
    store.save(&open).unwrap();
    store.save(&closed_one).unwrap();
    let now = parse_rfc3339("2026-11-30T00:00:00Z").unwrap();
    assert_eq!(
        store.purge(0, now).unwrap().removed,
        [closed_one.case_code.clone()]
    );
    assert!(!note.exists(), "the purged case's note is gone too");
    assert!(
        store.load(&open.case_code).is_ok(),
        "an open interview stays"
    );
}

#[test]
fn a_newer_export_marks_the_older_note_as_superseded() {
    use ruta::interview::action::Action;
    use ruta::interview::app::App;
    use ruta::interview::effects::carry_out;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let loaded = small();
    let record = Record::new(loaded.guide(), loaded.hash(), "en");
    let mut app = App::new(&loaded, "en".into(), record);
    for action in [
        Action::Pick(1),
        Action::Confirm,
        Action::Pick(1),
        Action::Export,
        Action::Pick(0), // in the interview's language
    ] {
        app.update(action);
        carry_out(&mut app, &store);
    }
    assert_eq!(app.record.exports.len(), 1);
    assert_eq!(app.record.exports[0].pathways, ["routine"]);
    let first = app.record.exports[0].files.clone();
    app.update(Action::Export);
    app.update(Action::Export); // e, e: the interview's language at once
    carry_out(&mut app, &store);
    assert_eq!(app.record.exports.len(), 2);
    let notes = dir.path().join("notes");
    for file in &first {
        let text = std::fs::read_to_string(notes.join(file)).unwrap();
        assert!(text.starts_with("SUPERSEDED"), "{file}:\n{text}");
        assert!(
            text.contains(&app.record.exports[1].files[0]),
            "names its successor"
        );
    }
    for file in &app.record.exports[1].files {
        let text = std::fs::read_to_string(notes.join(file)).unwrap();
        assert!(
            !text.starts_with("SUPERSEDED"),
            "the newest note is current"
        );
    }
    let saved = store.load(&app.record.case_code).unwrap();
    assert_eq!(
        saved.exports, app.record.exports,
        "exports are recorded on disk"
    );
}

#[test]
fn the_markdown_note_parses_into_the_structure_it_means() {
    use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
    let loaded = ruta::engine::load::load(&common::overlay("valid", "interrupting")).unwrap();
    let mut record = finished_record(&loaded);
    // In danger first: two pathways, so two pathway headings.
    record.answers[0].option = Some("yes".into());
    record.answers.push(ruta::engine::session::Answer {
        node: "urgent".into(),
        option: None,
        marked: Vec::new(),
    });
    record.notes.insert(
        "danger".into(),
        "*dos* [enlaces] # y _marcas_ | tabla".into(),
    );
    let md = referral_note(&loaded, &record, "es", NoteFormat::Markdown).unwrap();
    let mut headings = Vec::new();
    let mut strong_labels = 0;
    let mut texts = String::new();
    let mut in_heading = None;
    for event in Parser::new(&md) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => in_heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => headings.extend(in_heading.take()),
            Event::Start(Tag::Strong) => strong_labels += 1,
            Event::Start(Tag::Link { .. } | Tag::Emphasis | Tag::Table(_)) => {
                panic!("a note's text turned into markup:\n{md}")
            }
            Event::Text(t) => {
                if let Some((_, h)) = &mut in_heading {
                    h.push_str(&t);
                }
                texts.push_str(&t);
            }
            _ => {}
        }
    }
    let level = |l: HeadingLevel| headings.iter().filter(|(h, _)| *h == l).count();
    assert_eq!(level(HeadingLevel::H1), 1, "{md}");
    assert_eq!(level(HeadingLevel::H2), 2, "one heading per pathway:\n{md}");
    assert!(level(HeadingLevel::H3) >= 5, "{md}");
    assert!(strong_labels >= 4, "the fields' labels are bold:\n{md}");
    assert!(
        texts.contains("*dos* [enlaces] # y _marcas_ | tabla"),
        "the note reads as written:\n{texts}"
    );
    assert!(!texts.contains('\\'), "no escape shows through:\n{texts}");
}

#[test]
fn export_takes_a_lower_case_code_and_the_interviews_own_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    let loaded = common::load_embedded();
    let mut record = Record::new(loaded.guide(), loaded.hash(), "en");
    let mut session = Session::new();
    // Walk the bundled guide with its first options to a result.
    for _ in 0..200 {
        let walk = session.walk(loaded.guide());
        match walk.position {
            ruta::engine::session::Position::Question(_) => {
                session.answer(loaded.guide(), OptionSet::one(0)).unwrap()
            }
            ruta::engine::session::Position::Outcome(_) => break,
            _ => session.acknowledge(loaded.guide()),
        }
    }
    record.answers = session.answers;
    store.save(&record).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ruta"))
        .args(["--data-dir", dir.path().to_str().unwrap(), "export"])
        .arg(record.case_code.to_lowercase())
        .env("LANG", "es_HN.UTF-8")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.starts_with("# Referral note"),
        "in English, as the interview was:\n{stdout}"
    );
}

#[test]
fn records_kept_by_ruta_0_3_in_sessions_are_moved_to_records_and_found() {
    let loaded = small();
    let record = finished_record(&loaded);
    let text = serde_yaml::to_string(&record).unwrap();
    // Only the old folder: it becomes the new one.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sessions")).unwrap();
    let old = dir
        .path()
        .join(format!("sessions/{}.yaml", record.case_code));
    std::fs::write(&old, &text).unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    assert_eq!(store.load(&record.case_code).unwrap(), record);
    assert!(!dir.path().join("sessions").exists());
    // Both folders: each record the new folder lacks moves; one in both stays in both.
    let dir = tempfile::tempdir().unwrap();
    for folder in ["sessions", "records"] {
        std::fs::create_dir_all(dir.path().join(folder)).unwrap();
    }
    let mut other = record.clone();
    other.case_code = ruta::engine::record::new_case_code();
    let both = dir
        .path()
        .join(format!("records/{}.yaml", record.case_code));
    std::fs::write(&both, "kept as it is").unwrap();
    std::fs::write(
        dir.path()
            .join(format!("sessions/{}.yaml", record.case_code)),
        &text,
    )
    .unwrap();
    std::fs::write(
        dir.path()
            .join(format!("sessions/{}.yaml", other.case_code)),
        serde_yaml::to_string(&other).unwrap(),
    )
    .unwrap();
    let store = Store::open(Some(dir.path())).unwrap();
    assert_eq!(store.load(&other.case_code).unwrap(), other);
    assert_eq!(std::fs::read_to_string(&both).unwrap(), "kept as it is");
    assert!(
        dir.path()
            .join(format!("sessions/{}.yaml", record.case_code))
            .exists()
    );
}
