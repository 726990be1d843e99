//! The stable name of every check. Scripts read these names from `ruta validate --format json`
//! and `docs/guide-format.md` lists them, so a name never changes once released; the enum keeps
//! the compiler, not string comparison, in charge of telling findings apart.

use std::fmt;

use super::Severity;

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal, $severity:ident;)*) => {
        /// What a finding is about: one variant per check.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Code {
            /// Every code, in the order they are declared (errors, then warnings).
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable kebab-case name, as printed in `error[name]` and in JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// How serious findings with this code are; the same for every finding of a code.
            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

codes! {
    /// The guide folder has no `guide/guide.yaml`.
    MissingGuide = "missing-guide", Error;
    /// A file is larger than ruta reads.
    FileTooLarge = "file-too-large", Error;
    /// A file is not UTF-8.
    InvalidUtf8 = "invalid-utf8", Error;
    /// A YAML file does not parse, or is empty.
    InvalidYaml = "invalid-yaml", Error;
    /// A mapping has a key the format does not know.
    UnknownKey = "unknown-key", Error;
    /// A mapping lacks a key the format requires.
    MissingKey = "missing-key", Error;
    /// A value has the wrong type (a word where a number belongs).
    WrongType = "wrong-type", Error;
    /// A mapping repeats a key.
    DuplicateKey = "duplicate-key", Error;
    /// `format` names a version this build does not read.
    UnsupportedFormat = "unsupported-format", Error;
    /// `languages` is empty.
    NoLanguages = "no-languages", Error;
    /// A language ruta's own interface is not translated into.
    UnsupportedLanguage = "unsupported-language", Error;
    /// A language with no messages at all.
    MissingLocale = "missing-locale", Error;
    /// Two nodes, services or places share an id.
    DuplicateId = "duplicate-id", Error;
    /// A `next` or `start` names no node.
    DanglingNext = "dangling-next", Error;
    /// A flag reference names no flag.
    UnknownFlag = "unknown-flag", Error;
    /// A service reference names no service.
    UnknownService = "unknown-service", Error;
    /// A node names a section that does not exist.
    UnknownSection = "unknown-section", Error;
    /// An urgency word outside the scale.
    UnknownUrgency = "unknown-urgency", Error;
    /// The directory names a place that does not exist.
    UnknownLocation = "unknown-location", Error;
    /// A question with fewer than two options.
    TooFewOptions = "too-few-options", Error;
    /// A route without a `when` branch.
    EmptyRoute = "empty-route", Error;
    /// An IASC layer outside 1 to 4.
    InvalidIascLayer = "invalid-iasc-layer", Error;
    /// A message id Fluent cannot have, usually prose written into the YAML.
    InvalidMessageId = "invalid-message-id", Error;
    /// A `next` (or a place's parent) leads back to an earlier node.
    Cycle = "cycle", Error;
    /// An option's `interrupt` names a node that is not an outcome.
    InterruptNotOutcome = "interrupt-not-outcome", Error;
    /// More nodes than a guide may have.
    TooManyNodes = "too-many-nodes", Error;
    /// A question has more options than a practitioner could read (and than the checks stay fast for).
    TooManyOptions = "too-many-options", Error;
    /// An id is longer than any id a person would write.
    IdTooLong = "id-too-long", Error;
    /// A guide's files together are larger than the limit.
    GuideTooLarge = "guide-too-large", Error;
    /// A message the guide uses has no text in a language.
    MissingMessage = "missing-message", Error;
    /// A `.ftl` file does not parse.
    FluentSyntax = "fluent-syntax", Error;
    /// A language defines a message twice.
    DuplicateMessage = "duplicate-message", Error;
    /// A message whose text shows nothing.
    EmptyMessage = "empty-message", Error;
    /// A message longer than a screen can hold.
    MessageTooLong = "message-too-long", Error;
    /// A safety property does not hold on some walk; the notes give the shortest one.
    SafetyViolation = "safety-violation", Error;
    /// Proving a property needs more states than the checker explores.
    SafetyStateLimit = "safety-state-limit", Error;
    /// Two safety properties share an id.
    SafetyDuplicateId = "safety-duplicate-id", Error;
    /// A safety property has no kind, or more than one (`raises`, `never`, `asks`).
    SafetyKind = "safety-kind", Error;
    /// A safety property does not say why it matters.
    SafetyNoWhy = "safety-no-why", Error;
    /// A `raises` property demands nothing.
    SafetyEmpty = "safety-empty", Error;
    /// A safety property names a flag the guide does not have.
    SafetyUnknownFlag = "safety-unknown-flag", Error;
    /// A safety property names a message the guide does not use.
    SafetyUnknownMessage = "safety-unknown-message", Error;
    /// A safety property names an option the question does not have.
    SafetyUnknownOption = "safety-unknown-option", Error;
    /// A safety property names an outcome the guide does not have.
    SafetyUnknownOutcome = "safety-unknown-outcome", Error;
    /// A safety property names a question the guide does not have.
    SafetyUnknownQuestion = "safety-unknown-question", Error;
    /// A safety property names a service the guide does not have.
    SafetyUnknownService = "safety-unknown-service", Error;
    /// A case file names a safety property that does not exist.
    CaseUnknownProperty = "case-unknown-property", Error;
    /// A message refers, through others, back to itself.
    CyclicReference = "cyclic-reference", Error;
    /// A translation takes other variables than the first language's.
    VariablesDiffer = "variables-differ", Error;
    /// A translation has other attributes than the first language's.
    AttributesDiffer = "attributes-differ", Error;
    /// A case answers a node the guide does not have, or one that is not a question.
    CaseUnknownNode = "case-unknown-node", Error;
    /// A case picks an option its question does not have.
    CaseUnknownOption = "case-unknown-option", Error;
    /// A case's answer does not answer its question: a list for a question that takes one
    /// option, nothing marked, or an exclusive option marked with others.
    CaseBadAnswer = "case-bad-answer", Error;
    /// A case expects an outcome the guide does not have.
    CaseUnknownOutcome = "case-unknown-outcome", Error;
    /// A case expects a flag the guide does not have.
    CaseUnknownFlag = "case-unknown-flag", Error;
    /// No walk from the start reaches a node.
    UnreachableNode = "unreachable-node", Warning;
    /// A text holds control or bidirectional characters.
    UnsafeCharacters = "unsafe-characters", Warning;
    /// No option raises a flag.
    UnusedFlag = "unused-flag", Warning;
    /// No outcome or flag refers to a service.
    UnusedService = "unused-service", Warning;
    /// No node belongs to a section.
    UnusedSection = "unused-section", Warning;
    /// A flag is raised but changes nothing.
    FlagWithoutEffect = "flag-without-effect", Warning;
    /// A message nothing uses.
    UnusedMessage = "unused-message", Warning;
    /// An outcome that refers the child nowhere first.
    NoPrimaryReferral = "no-primary-referral", Warning;
    /// A case answers a question its own walk never reaches.
    CaseUnusedAnswer = "case-unused-answer", Warning;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case() {
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert!(names.iter().all(|n| {
            n.chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
        }));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len());
    }
}
