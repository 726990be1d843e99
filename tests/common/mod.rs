//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

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

/// Loads the guide built into the binary, which must be valid.
pub fn load_embedded() -> LoadedGuide {
    match load(&SourceSet::embedded()) {
        Ok(loaded) => loaded,
        Err(errors) => panic!("the bundled guide does not load:\n{}", render(&errors)),
    }
}

pub fn render(diagnostics: &[ruta::engine::diagnostic::Diagnostic]) -> String {
    diagnostics.iter().map(ToString::to_string).collect()
}
