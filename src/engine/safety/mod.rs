//! Safety properties (`guide/safety.yaml`), proven over every walk of the guide.
//!
//! A guide's cases check the walks someone thought of; the properties say what must hold on
//! all of them ("a child who says they think of suicide now always gets the suicide pathway").
//! [`prove`] checks each property by exploring the states of the walk (see [`explore`]), not
//! its paths, and reports each violation with a shortest walk that breaks it.
//!
//! - [`format`]: the file as written, and its checking against the guide.
//! - [`property`]: the checked property, and what it says of one walk.
//! - [`explore`]: the state exploration (the proof).
//! - [`counterexample`]: a breaking walk, as notes and as a case file.

pub mod counterexample;
pub mod explore;
pub mod format;
pub mod property;

use counterexample::Counterexample;
use explore::{MAX_STATES, Routes, Verdict, explore};
use property::{Property, WalkObservation};

use super::case::Case;
use super::diagnostic::{Code, Diagnostic};
use super::guide::Guide;
use super::load::LoadedGuide;
use super::session::Walk;
use super::source::SourceSet;
use super::yaml::{Locator, YamlPath};

/// The path of the safety properties inside a guide folder. It is optional.
pub const SAFETY_FILE: &str = "guide/safety.yaml";

/// What proving a guide's properties found.
#[derive(Debug, Clone, Default)]
pub struct Proof {
    /// The properties that loaded, in file order.
    pub properties: Vec<Property>,
    /// The ids of the properties that hold on every walk.
    pub proved: Vec<String>,
    /// A shortest breaking walk for each property that does not hold.
    pub counterexamples: Vec<Counterexample>,
    /// States explored, over all properties.
    pub states: usize,
    /// Findings: the file's own errors, violations, properties too large to prove, and case
    /// files that name unknown properties.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads `guide/safety.yaml` from `sources`, if there is one, checked against `guide`.
pub fn load(sources: &SourceSet, guide: &Guide) -> Option<Result<Vec<Property>, Vec<Diagnostic>>> {
    let file = sources.get(SAFETY_FILE)?;
    Some(format::load_properties(file, guide))
}

/// Proves every property of the guide in `sources` (`None` if it has no safety file), and
/// checks that the `safety` expectations of `cases` name properties that exist.
pub fn prove(sources: &SourceSet, loaded: &LoadedGuide, cases: &[Case]) -> Option<Proof> {
    prove_with_limit(sources, loaded, cases, MAX_STATES)
}

/// [`prove`] with another state limit (tests use a small one).
pub fn prove_with_limit(
    sources: &SourceSet,
    loaded: &LoadedGuide,
    cases: &[Case],
    limit: usize,
) -> Option<Proof> {
    let file = sources.get(SAFETY_FILE)?;
    let guide = loaded.guide();
    let properties = match format::load_properties(file, guide) {
        Ok(properties) => properties,
        Err(diagnostics) => {
            return Some(Proof {
                diagnostics,
                ..Proof::default()
            });
        }
    };
    let locator = Locator::new(file);
    let lang = guide.languages.first().map_or("en", String::as_str);
    let routes = Routes::new(guide);
    let mut proof = Proof::default();
    for property in &properties {
        match explore(guide, &routes, property, limit) {
            Verdict::Proved { states } => {
                proof.states += states;
                proof.proved.push(property.id.clone());
            }
            Verdict::Violated { moves, .. } => {
                let counterexample = Counterexample {
                    property: property.id.clone(),
                    why: property.why.clone(),
                    moves,
                };
                let mut diagnostic = Diagnostic::error(
                    Code::SafetyViolation,
                    format!(
                        "safety property `{}` does not hold: {}",
                        property.id,
                        one_line(&property.why)
                    ),
                )
                .at(locator.locate(&property.path))
                .with_help(
                    "fix the guide; `ruta validate --write-counterexamples DIR` saves this walk as a case to test the fix",
                );
                for note in counterexample.notes(guide, loaded.texts(), lang) {
                    diagnostic = diagnostic.with_note(note);
                }
                proof.diagnostics.push(diagnostic);
                proof.counterexamples.push(counterexample);
            }
            Verdict::TooWide { bits } => proof.diagnostics.push(
                Diagnostic::error(
                    Code::SafetyStateLimit,
                    format!(
                        "proving `{}` needs states of {bits} bits; the checker handles {}",
                        property.id,
                        explore::MAX_WORDS * 64
                    ),
                )
                .at(locator.locate(&property.path))
                .with_help(
                    "routes with many branches take one bit per branch; name fewer options and flags in the property",
                ),
            ),
            Verdict::TooLarge => proof.diagnostics.push(
                Diagnostic::error(
                    Code::SafetyStateLimit,
                    format!(
                        "proving `{}` needs more than {limit} states of the walk",
                        property.id
                    ),
                )
                .at(locator.locate(&property.path))
                .with_help(
                    "routes that test many flags multiply the states; name fewer options in the property, or split it",
                ),
            ),
        }
    }
    proof
        .diagnostics
        .extend(unknown_in_cases(sources, &properties, cases));
    proof.properties = properties;
    Some(proof)
}

/// Whether the complete walk `walk` keeps `property`; `None` if the walk has not ended.
pub fn keeps(guide: &Guide, property: &Property, walk: &Walk) -> Option<bool> {
    WalkObservation::new(guide, property, walk).map(|seen| property.holds(&seen))
}

/// Case files whose `expect.safety` names a property that does not exist.
fn unknown_in_cases(
    sources: &SourceSet,
    properties: &[Property],
    cases: &[Case],
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for case in cases {
        for (i, id) in case.safety.iter().enumerate() {
            if properties.iter().any(|p| p.id == *id) {
                continue;
            }
            let Some(file) = sources.files().iter().find(|f| f.display == case.file) else {
                continue;
            };
            let help =
                match super::diagnostic::suggest(id, properties.iter().map(|p| p.id.as_str())) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!("the properties are in {SAFETY_FILE}"),
                };
            found.push(
                Diagnostic::error(
                    Code::CaseUnknownProperty,
                    format!("`{id}` is not a safety property of the guide"),
                )
                .at(Locator::new(file)
                    .locate(&YamlPath::root().key("expect").key("safety").index(i)))
                .with_help(help),
            );
        }
    }
    found
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
