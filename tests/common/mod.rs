//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use ruta::engine::diagnostic::Diagnostic;
use ruta::engine::load::{LoadedGuide, load};
use ruta::engine::source::SourceSet;

/// `tests/guides/<relative>`.
pub fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/guides")
        .join(relative)
}

/// Loads the fixture guide at `tests/guides/<relative>`, which must be valid.
pub fn load_fixture(relative: &str) -> LoadedGuide {
    let sources = SourceSet::from_dir(&fixture(relative)).expect("fixture folder is readable");
    match load(&sources) {
        Ok(loaded) => loaded,
        Err(errors) => panic!("fixture {relative} does not load:\n{}", render(&errors)),
    }
}

/// The small valid guide with the files of `tests/guides/<kind>/<name>/` laid over it: each
/// broken fixture holds only the one file that differs.
pub fn overlay(kind: &str, name: &str) -> SourceSet {
    let base = SourceSet::from_dir(&fixture("valid/small")).expect("the base fixture reads");
    let changes = SourceSet::from_dir_partial(&fixture(&format!("{kind}/{name}")))
        .expect("the overlay reads");
    assert!(
        !changes.files().is_empty() || !changes.problems().is_empty(),
        "{kind}/{name} holds no file"
    );
    base.overlaid(changes)
}

/// The same guide as [`overlay`], written out as a real folder (for the binary): the base
/// guide's files, then the fixture's, copied byte for byte (some fixtures are not UTF-8).
pub fn materialize(kind: &str, name: &str) -> tempfile::TempDir {
    fn copy_tree(from: &Path, to: &Path) {
        for entry in std::fs::read_dir(from).expect("fixture folder") {
            let entry = entry.expect("entry");
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                std::fs::create_dir_all(&target).expect("mkdir");
                copy_tree(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).expect("copy");
            }
        }
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_tree(&fixture("valid/small"), dir.path());
    copy_tree(&fixture(&format!("{kind}/{name}")), dir.path());
    dir
}

/// The names of the fixtures under `tests/guides/<kind>/`.
pub fn fixture_names(kind: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixture(kind))
        .expect("fixture folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Loads the guide built into the binary, which must be valid.
pub fn load_embedded() -> LoadedGuide {
    match load(&SourceSet::embedded()) {
        Ok(loaded) => loaded,
        Err(errors) => panic!("the bundled guide does not load:\n{}", render(&errors)),
    }
}

pub fn render(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(ToString::to_string).collect()
}
