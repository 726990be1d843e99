//! Loading a guide: the one way to get a [`LoadedGuide`]. Every error check runs here (the
//! YAML's shape, the tree, the texts in every language, the directory and the case files), so
//! a guide that loads can be used without checking it again. Warnings are a separate pass over
//! a loaded guide ([`super::validate`]), as ripgrep turns raw arguments into a checked `HiArgs`
//! once and never re-checks them.
//!
//! Findings come root cause first and alone: a language ruta does not speak is not also
//! reported as untranslated, a `.ftl` file that does not parse is not also reported as missing
//! the messages it holds, and case files are checked only against a guide whose texts are
//! sound.

mod references;
mod texts;
mod translations;

pub use translations::MAX_MESSAGE_CHARS;

use super::case::{Case, load_cases};
use super::diagnostic::{self, Code, Diagnostic, Severity};
use super::directory::{DIRECTORY_FILE, Directory, load_directory};
use super::guide::Guide;
use super::guide::raw::RawGuide;
use super::guide::resolve::resolve;
use super::i18n::{Catalog, Part};
use super::source::SourceSet;
use super::yaml::{self, Locator};

/// The path of the tree inside a guide folder.
pub const GUIDE_FILE: &str = "guide/guide.yaml";

/// A guide that passed every error check: the tree, its texts, ruta's interface texts in its
/// languages, its directory and its case files. Only [`load`] builds one, so holding one is
/// proof that nothing needs checking again.
#[derive(Debug)]
pub struct LoadedGuide {
    guide: Guide,
    texts: Catalog,
    ui: Catalog,
    directory: Directory,
    cases: Vec<Case>,
    hash: String,
}

impl LoadedGuide {
    /// The decision tree.
    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    /// The guide's own texts, from its `locales/<lang>/*.ftl` (all but `ui.ftl`).
    pub fn texts(&self) -> &Catalog {
        &self.texts
    }

    /// ruta's interface texts in the guide's languages (always the copy built into ruta).
    pub fn ui(&self) -> &Catalog {
        &self.ui
    }

    /// Who provides each service where (empty if the guide has no `guide/directory.yaml`).
    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// The case files of `guide/cases/`, each checked against the tree and the texts.
    pub fn cases(&self) -> &[Case] {
        &self.cases
    }

    /// A hash of the guide's files, kept in each interview's record to notice a changed guide.
    pub fn hash(&self) -> &str {
        &self.hash
    }
}

/// Loads and checks the guide in `sources`; on failure returns every error found, sorted.
pub fn load(sources: &SourceSet) -> Result<LoadedGuide, Vec<Diagnostic>> {
    if !sources.problems().is_empty() {
        return Err(sources.problems().to_vec());
    }
    let Some(file) = sources.get(GUIDE_FILE) else {
        return Err(vec![
            Diagnostic::error(Code::MissingGuide, format!("there is no {GUIDE_FILE}"))
                .with_help("a guide folder holds guide/guide.yaml and locales/<lang>/*.ftl"),
        ]);
    };
    let raw: RawGuide = yaml::parse(file)?;
    let locator = Locator::new(file);
    let guide = resolve(raw, &locator)?;

    // ruta's own texts are tested with the build; a finding here would be ruta's bug, not
    // the author's, but it is still better shown than hidden.
    let (ui, mut errors) = Catalog::load(&SourceSet::embedded(), &guide.languages, Part::Interface);
    let (texts, found) = Catalog::load(sources, &guide.languages, Part::Guide);
    errors.extend(found);
    let directory_file = sources.get(DIRECTORY_FILE);
    let directory = match directory_file.map(|file| load_directory(file, &guide)) {
        None => Directory::default(),
        Some(Ok(directory)) => directory,
        Some(Err(found)) => {
            errors.extend(found);
            Directory::default()
        }
    };
    let directory_locator = directory_file.map(Locator::new);
    errors.extend(texts::check(
        &guide,
        &texts,
        &ui,
        &directory,
        &locator,
        directory_locator.as_ref(),
    ));
    errors.extend(translations::check(&guide.languages, &texts));
    errors.extend(references::check(&guide.languages, &texts));

    let cases = if errors.is_empty() {
        let (cases, found) = load_cases(sources, &guide, &texts);
        errors.extend(found);
        cases
    } else {
        Vec::new()
    };

    debug_assert!(errors.iter().all(|d| d.severity == Severity::Error));
    if errors.is_empty() {
        Ok(LoadedGuide {
            guide,
            texts,
            ui,
            directory,
            cases,
            hash: super::record::guide_hash(sources),
        })
    } else {
        diagnostic::sort(&mut errors);
        Err(errors)
    }
}
