//! `validate`: everything that can be wrong with a guide, reported in one run.
//!
//! Loading ([`super::load`]) already refuses what makes a guide unusable. On top of that this
//! module checks what makes it *suspicious* — unreachable nodes, unused flags, services and
//! messages, translations whose variables or attributes differ — the case files, and the
//! safety properties of `guide/safety.yaml`, proven over every walk ([`super::safety`]).
//! Every check is linear in the size of the guide.

mod structure;
mod translations;

use std::collections::HashSet;

use super::case::{Case, load_cases};
use super::diagnostic::{self, Diagnostic, Severity};
use super::load::{GUIDE_FILE, LoadedGuide, load};
use super::safety::{Proof, prove};
use super::session::Position;
use super::source::SourceSet;
use super::yaml::{Locator, YamlPath};

/// The findings of a validation, and what could be loaded.
pub struct Validation {
    /// Every finding, sorted by place.
    pub diagnostics: Vec<Diagnostic>,
    /// The guide, if it loaded.
    pub loaded: Option<LoadedGuide>,
    /// The case files that loaded.
    pub cases: Vec<Case>,
    /// The safety properties proven or broken, if the guide has `guide/safety.yaml`.
    pub safety: Option<Proof>,
}

impl Validation {
    /// How many findings have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Validates the guide in `sources`: load errors, structure, translations and case files.
pub fn validate(sources: &SourceSet) -> Validation {
    let loaded = match load(sources) {
        Ok(loaded) => loaded,
        Err(diagnostics) => {
            return Validation {
                diagnostics,
                loaded: None,
                cases: Vec::new(),
                safety: None,
            };
        }
    };
    let (cases, mut diagnostics) = load_cases(sources, &loaded.guide, &loaded.texts);
    diagnostics.extend(loaded.warnings.iter().cloned());
    if let Some(file) = sources.get(GUIDE_FILE) {
        let locator = Locator::new(file);
        diagnostics.extend(structure::check(&loaded.guide, &locator));
    }
    let mut used: HashSet<&str> = loaded
        .guide
        .message_refs
        .iter()
        .map(|(id, _)| id.as_str())
        .collect();
    used.extend(
        loaded
            .directory
            .message_refs
            .iter()
            .map(|(id, _)| id.as_str()),
    );
    for case in &cases {
        used.extend([
            case.title.as_str(),
            case.summary.as_str(),
            case.vignette.as_str(),
        ]);
    }
    diagnostics.extend(translations::check(&loaded, &used));
    diagnostics.extend(unused_case_answers(sources, &loaded, &cases));
    let safety = prove(sources, &loaded, &cases);
    diagnostics.extend(safety.iter().flat_map(|p| p.diagnostics.iter().cloned()));
    diagnostic::sort(&mut diagnostics);
    Validation {
        diagnostics,
        loaded: Some(loaded),
        cases,
        safety,
    }
}

/// Answers in a case file that its own walk never reaches: probably a stale edit.
fn unused_case_answers(
    sources: &SourceSet,
    loaded: &LoadedGuide,
    cases: &[Case],
) -> Vec<Diagnostic> {
    let guide = &loaded.guide;
    let mut found = Vec::new();
    for case in cases {
        let walk = case.session(guide).walk(guide);
        if !matches!(walk.position, Position::Outcome(_)) {
            continue; // `ruta test` reports the unanswered question; nothing is unused yet.
        }
        let Some(file) = sources.files().iter().find(|f| f.display == case.file) else {
            continue;
        };
        let locator = Locator::new(file);
        for answer in &walk.off_path {
            found.push(
                Diagnostic::warning(
                    "case-unused-answer",
                    format!(
                        "case `{}` answers `{}`, which its walk never reaches",
                        case.id, answer.node
                    ),
                )
                .at(locator.locate(&YamlPath::root().key("answers").key(answer.node.clone())))
                .with_help("remove the answer, or check the answers before it"),
            );
        }
    }
    found
}
