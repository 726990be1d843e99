//! What each fuzz target does with its input, shared by the fuzz targets (`fuzz/`) and by the
//! test that replays their corpora and crashers (`tests/fuzz_corpora.rs`). Each function must
//! return without panicking for any input.
#![allow(dead_code)]

use ruta::engine::load::load;
use ruta::engine::record::Record;
use ruta::engine::source::SourceSet;
use ruta::engine::validate::validate;

const GUIDE: &str = include_str!("../guides/valid/small/guide/guide.yaml");
const ES: &str = include_str!("../guides/valid/small/locales/es/guide.ftl");
const EN: &str = include_str!("../guides/valid/small/locales/en/guide.ftl");

fn small_with(path: &str, text: String) -> SourceSet {
    let mut files = vec![
        ("guide/guide.yaml".to_owned(), GUIDE.to_owned()),
        ("locales/es/guide.ftl".to_owned(), ES.to_owned()),
        ("locales/en/guide.ftl".to_owned(), EN.to_owned()),
    ];
    files.retain(|(p, _)| p != path);
    files.push((path.to_owned(), text));
    SourceSet::from_files(files)
}

/// Arbitrary bytes as `guide/guide.yaml`.
pub fn guide_loader(data: &[u8]) {
    let _ = validate(&small_with(
        "guide/guide.yaml",
        String::from_utf8_lossy(data).into_owned(),
    ));
}

/// Arbitrary bytes as a Fluent file.
pub fn locale_loader(data: &[u8]) {
    let _ = validate(&small_with(
        "locales/en/guide.ftl",
        String::from_utf8_lossy(data).into_owned(),
    ));
}

/// Arbitrary bytes as a case file.
pub fn case_file(data: &[u8]) {
    let _ = validate(&small_with(
        "guide/cases/fuzz.yaml",
        String::from_utf8_lossy(data).into_owned(),
    ));
}

/// Arbitrary bytes as a saved session, then resumed against the small guide.
pub fn session_file(data: &[u8]) {
    let Ok(record) = ruta::engine::yaml::from_str::<Record>(&String::from_utf8_lossy(data)) else {
        return;
    };
    let Ok(loaded) = load(&small_with("guide/guide.yaml", GUIDE.to_owned())) else {
        return;
    };
    if record.misfits(loaded.guide()).is_empty() {
        let walk = record.session().walk(loaded.guide());
        let _ = ruta::engine::report::referral_note(
            &loaded,
            &record,
            "es",
            ruta::engine::report::Format::Markdown,
        );
        let _ = walk;
    }
}
