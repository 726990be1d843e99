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
//! - [`report`]: the one document of a result (and of a rehearsal's feedback) that every
//!   front end and export renders.
//! - [`nesting`]: how deep a YAML or Fluent file nests, checked before any parser runs.
//! - [`record`]: what an interview stores: case code, guide, answers, notes, consent.
//! - [`rehearsal`]: feedback on a trainee's walk of a case, and walks added as cases.
//! - [`safety`]: safety properties of a guide, proven over every walk.
//! - [`stats`]: anonymous rows and counts of closed interviews, and DHIS2 data value sets.
//! - [`session`]: an interview's answers, the walk they make and the pathway they reach.
//! - [`validate`]: load errors, or else the warnings (lints) on a loaded guide, for authors.
//! - [`store`]: the data folder: records and notes, written atomically and privately.
//! - [`leftovers`]: temporary files of killed saves, removed without racing a save.
//! - [`line_index`]: lines and columns of many findings in one file, in linear time.
//! - [`lock`]: one ruta per case: the lock an open interview holds.
//! - [`diagnostic`]: findings with a [`diagnostic::Code`] each, printed like rustc.
//! - [`xlsform`]: the guide as an XLSForm for ODK and KoboToolbox, and interviews as their
//!   submissions.

pub mod case;
pub mod coverage;
pub mod diagnostic;
pub mod diff;
pub mod directory;
pub mod ftl;
pub mod graph;
pub mod guide;
pub mod i18n;
pub mod leftovers;
pub mod line_index;
pub mod load;
pub mod lock;
pub mod nesting;
pub mod record;
pub mod rehearsal;
pub mod report;
pub mod safety;
pub mod session;
pub mod source;
pub mod stats;
pub mod store;
pub mod validate;
pub mod xlsform;
pub mod yaml;
