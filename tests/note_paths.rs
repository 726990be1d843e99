//! Property tests of the record and note paths: whatever a record file holds, reading it
//! never panics, and no byte of a written note can drive a terminal.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use proptest::prelude::*;
use ruta::engine::report::{Format as NoteFormat, referral_note};
use ruta::engine::store::Store;

const CODE: &str = "7KQ2-M9XD";

fn fixture() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/attacks/finished-record.yaml"),
    )
    .unwrap()
}

/// Text with a good share of escape sequences, C0 and C1 controls and bidi marks.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>().prop_map(String::from),
            Just("\u{1b}]52;c;aGk=\u{7}".to_owned()),
            Just("\u{1b}[2J".to_owned()),
            Just("\u{9b}31m".to_owned()),
            Just("\u{1b}".to_owned()),
            Just("\u{85}\u{202e}\t\r".to_owned()),
        ],
        0..40,
    )
    .prop_map(|pieces| pieces.concat())
}

fn inert(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .chars()
        .all(|c| !matches!(c, '\u{1b}' | '\u{7}' | '\u{80}'..='\u{9f}'))
}

proptest! {
    #[test]
    fn a_record_file_of_any_bytes_is_read_or_refused(
        cut in 0usize..2000,
        garbage in prop::collection::vec(any::<u8>(), 0..600),
    ) {
        let data = tempfile::tempdir().unwrap();
        let store = Store::open(Some(data.path())).unwrap();
        std::fs::create_dir_all(data.path().join("records")).unwrap();
        let mut bytes = fixture().into_bytes();
        bytes.truncate(cut.min(bytes.len()));
        bytes.extend(garbage);
        std::fs::write(data.path().join(format!("records/{CODE}.yaml")), &bytes).unwrap();
        // Ok or a placed error; never a panic.
        let _ = store.load(CODE);
        let _ = store.records().unwrap();
    }
}

proptest! {
    // Each case loads the bundled guide: fewer cases, each with many hostile pieces.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn notes_written_from_hostile_values_are_inert(
        note in hostile_text(),
        version in hostile_text(),
    ) {
        let loaded = common::load_embedded();
        let data = tempfile::tempdir().unwrap();
        let store = Store::open(Some(data.path())).unwrap();
        std::fs::create_dir_all(data.path().join("records")).unwrap();
        std::fs::write(data.path().join(format!("records/{CODE}.yaml")), fixture()).unwrap();
        let mut record = store.load(CODE).unwrap();
        record.notes.insert("private_space".into(), note);
        record.guide_version = version;
        for (format, extension) in [(NoteFormat::Markdown, "md"), (NoteFormat::Text, "txt")] {
            let text = referral_note(&loaded, &record, "en", format).unwrap();
            let path = store.write_note_unique(CODE, extension, &text).unwrap();
            prop_assert!(inert(&std::fs::read(path).unwrap()));
        }
    }
}
