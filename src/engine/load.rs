//! Loading a guide: YAML → checked tree, Fluent files → catalogs, and the cross-checks between
//! them (every message the tree names exists in every language).

use super::diagnostic::{self, Diagnostic, Severity};
use super::directory::{DIRECTORY_FILE, Directory, load_directory};
use super::guide::Guide;
use super::guide::raw::RawGuide;
use super::guide::resolve::resolve;
use super::i18n::{Catalog, Part};
use super::source::SourceSet;
use super::yaml::{self, Locator};

/// The path of the tree inside a guide folder.
pub const GUIDE_FILE: &str = "guide/guide.yaml";

/// A guide ready to walk: the tree, its texts and the interface texts in its languages.
#[derive(Debug)]
pub struct LoadedGuide {
    /// The decision tree.
    pub guide: Guide,
    /// The guide's texts.
    pub texts: Catalog,
    /// ruta's own interface texts, in the guide's languages.
    pub ui: Catalog,
    /// Who provides each service where (empty if the guide has no directory).
    pub directory: Directory,
    /// A hash of the guide's files, recorded in sessions to notice a changed guide.
    pub hash: String,
    /// Findings that do not stop the guide from being used.
    pub warnings: Vec<Diagnostic>,
}

/// Loads and checks the guide in `sources`; on failure returns every error found, sorted.
pub fn load(sources: &SourceSet) -> Result<LoadedGuide, Vec<Diagnostic>> {
    if !sources.problems().is_empty() {
        return Err(sources.problems().to_vec());
    }
    let Some(file) = sources.get(GUIDE_FILE) else {
        return Err(vec![
            Diagnostic::error("missing-guide", format!("there is no {GUIDE_FILE}"))
                .with_help("a guide folder holds guide/guide.yaml and locales/<lang>/*.ftl"),
        ]);
    };
    let raw: RawGuide = yaml::parse(file)?;
    let locator = Locator::new(file);
    let guide = resolve(raw, &locator)?;

    let (texts, mut findings) = Catalog::load(sources, &guide.languages, Part::Guide);
    // A language with no files at all is one finding, not one per message.
    let languages_path = yaml::YamlPath::root().key("languages");
    let mut absent: Vec<String> = Vec::new();
    for finding in findings.iter_mut().filter(|f| f.code == "missing-locale") {
        finding.location = Some(locator.locate(&languages_path));
        absent.extend(finding.message.split('`').nth(1).map(str::to_owned));
    }
    let directory_file = sources.get(DIRECTORY_FILE);
    let directory = match directory_file.map(|file| load_directory(file, &guide)) {
        None => Directory::default(),
        Some(Ok(directory)) => directory,
        Some(Err(errors)) => {
            findings.extend(errors);
            Directory::default()
        }
    };
    let (ui, ui_findings) =
        Catalog::load(&SourceSet::embedded(), &guide.languages, Part::Interface);
    for finding in ui_findings {
        // A guide in a language ruta's interface is not translated into.
        if finding.code == "missing-locale" {
            findings.push(
                Diagnostic::error(
                    "unsupported-language",
                    format!(
                        "ruta's interface is not translated into `{}`",
                        finding.message.split('`').nth(1).unwrap_or("?")
                    ),
                )
                .at(locator.locate(&yaml::YamlPath::root().key("languages")))
                .with_help(
                    "ruta speaks es and en; translate locales/<lang>/ui.ftl to add a language",
                ),
            );
        } else {
            findings.push(finding);
        }
    }
    let directory_locator = directory_file.map(Locator::new);
    let references = guide
        .message_refs
        .iter()
        .map(|(id, path)| (id, path, &locator))
        .chain(directory_locator.iter().flat_map(|l| {
            directory
                .message_refs
                .iter()
                .map(move |(id, path)| (id, path, l))
        }));
    let references: Vec<_> = references.collect();
    for lang in guide.languages.iter().filter(|l| !absent.contains(l)) {
        let missing: Vec<_> = references
            .iter()
            .filter(|(id, _, _)| !texts.has(lang, id.as_str()))
            .collect();
        // A language that lacks most texts is one finding (a wrong or empty file), not hundreds.
        if missing.len() > 10 && missing.len() * 2 > references.len() {
            findings.push(
                Diagnostic::error(
                    "missing-message",
                    format!(
                        "`{lang}` has no text for {} of the {} messages the guide uses, `{}` first",
                        missing.len(),
                        references.len(),
                        missing[0].0.as_str()
                    ),
                )
                .at(locator.locate(&languages_path))
                .with_help(format!(
                    "check the files in locales/{lang}/: are they empty, or another guide's?"
                )),
            );
            continue;
        }
        for (id, path, at) in missing {
            findings.push(
                Diagnostic::error(
                    "missing-message",
                    format!("message `{}` has no `{lang}` text", id.as_str()),
                )
                .at(at.locate(path))
                .with_help(format!(
                    "add `{} = …` to a file in locales/{lang}/",
                    id.as_str()
                )),
            );
        }
    }

    diagnostic::sort(&mut findings);
    let (errors, warnings): (Vec<_>, Vec<_>) = findings
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    if errors.is_empty() {
        Ok(LoadedGuide {
            guide,
            texts,
            ui,
            directory,
            hash: super::record::guide_hash(sources),
            warnings,
        })
    } else {
        Err(errors)
    }
}
