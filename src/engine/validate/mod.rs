//! `validate`: everything that can be wrong with a guide, reported in one run.
//!
//! Loading ([`super::load`]) runs every error check and refuses what makes a guide unusable;
//! validation adds the lints on top of a loaded guide: what makes it *suspicious* (unreachable
//! nodes, unused flags, services and messages, unsafe characters, case answers the walk never
//! reaches), and proves the safety properties of `guide/safety.yaml` over every walk
//! ([`super::safety`]). Lints run only on a guide that loads: before that, every finding could
//! be an echo of an error. Every check is linear in the size of the guide (the proof, in the
//! number of states of the walk it explores).

mod structure;
mod translations;

use std::collections::HashSet;

use super::diagnostic::{self, Code, Diagnostic, Severity};
use super::load::{GUIDE_FILE, LoadedGuide, load};
use super::safety::{Proof, prove};
use super::session::Position;
use super::source::SourceSet;
use super::yaml::{Locator, YamlPath};

/// The findings of a validation, and the guide if it loaded.
pub struct Validation {
    /// Every finding, sorted by place: the errors if the guide did not load, else its warnings.
    pub diagnostics: Vec<Diagnostic>,
    /// The guide, if it loaded (then `diagnostics` holds only warnings).
    pub loaded: Option<LoadedGuide>,
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

/// Validates the guide in `sources`: its load errors, or else its warnings.
pub fn validate(sources: &SourceSet) -> Validation {
    match load(sources) {
        Ok(loaded) => {
            let mut diagnostics = lint(sources, &loaded);
            let safety = prove(sources, &loaded, loaded.cases());
            diagnostics.extend(safety.iter().flat_map(|p| p.diagnostics.iter().cloned()));
            diagnostic::sort(&mut diagnostics);
            Validation {
                diagnostics,
                loaded: Some(loaded),
                safety,
            }
        }
        Err(diagnostics) => Validation {
            diagnostics,
            loaded: None,
            safety: None,
        },
    }
}

/// The warnings about a loaded guide, sorted; `sources` are the files it was loaded from.
pub fn lint(sources: &SourceSet, loaded: &LoadedGuide) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    if let Some(file) = sources.get(GUIDE_FILE) {
        let locator = Locator::new(file);
        diagnostics.extend(structure::check(loaded.guide(), &locator));
    }
    let mut used: HashSet<&str> = loaded
        .guide()
        .message_refs
        .iter()
        .map(|(id, _)| id.as_str())
        .collect();
    used.extend(
        loaded
            .directory()
            .message_refs
            .iter()
            .map(|(id, _)| id.as_str()),
    );
    for case in loaded.cases() {
        used.extend([
            case.title.as_str(),
            case.summary.as_str(),
            case.vignette.as_str(),
        ]);
    }
    diagnostics.extend(translations::check(loaded, &used));
    diagnostics.extend(unused_case_answers(sources, loaded));
    diagnostic::sort(&mut diagnostics);
    diagnostics
}

/// Answers in a case file that its own walk never reaches: probably a stale edit.
fn unused_case_answers(sources: &SourceSet, loaded: &LoadedGuide) -> Vec<Diagnostic> {
    let guide = loaded.guide();
    let mut found = Vec::new();
    for case in loaded.cases() {
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
                    Code::CaseUnusedAnswer,
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
