//! The decision engine: loading, checking and walking a guide. No terminal code lives here
//! (a test guards it), so everything below runs headless, in tests, CI and other front ends.
//!
//! - [`source`]: the files of a guide, from disk or embedded in the binary.
//! - [`yaml`]: the one module that reads and writes YAML, and finds positions for findings.
//! - [`graph`]: the tree as a Graphviz or Mermaid diagram.
//! - [`guide`]: the format (`raw`), its checking (`resolve`, with the id and reference checks
//!   the directory shares) and the checked model.
//! - [`diff`]: what a change to a guide does to its outcomes.
//! - [`directory`]: who provides each service in each place.
//! - [`i18n`]: Fluent catalogs, text cleaning and the choice of language.
//! - [`ftl`]: what each Fluent message holds (variables, attributes, length), for the checks.
//! - [`load`]: the one way to a checked guide: every error check runs here, so nothing that
//!   holds a `LoadedGuide` checks it again.
//! - [`case`]: case files, and running them headlessly against the guide.
//! - [`coverage`]: what a set of walks reaches of a guide.
//! - [`note`]: the referral note, in Markdown or plain text.
//! - [`record`]: what an interview stores: case code, guide, answers, notes, consent.
//! - [`rehearsal`]: feedback on a trainee's walk of a case, and walks recorded as cases.
//! - [`session`]: an interview's answers, the walk they make and the pathway they reach.
//! - [`validate`]: load errors, or else the warnings (lints) on a loaded guide, for authors.
//! - [`store`]: the data folder: sessions and notes, written atomically and privately.
//! - [`diagnostic`]: findings with a [`diagnostic::Code`] each, printed like rustc.

pub mod case;
pub mod coverage;
pub mod diagnostic;
pub mod diff;
pub mod directory;
pub mod ftl;
pub mod graph;
pub mod guide;
pub mod i18n;
pub mod load;
pub mod note;
pub mod record;
pub mod rehearsal;
pub mod session;
pub mod source;
pub mod store;
pub mod validate;
pub mod yaml;
