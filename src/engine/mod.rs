//! The decision engine: loading, checking and walking a guide. No terminal code lives here
//! (a test guards it), so everything below runs headless, in tests, CI and other front ends.
//!
//! - [`source`]: the files of a guide, from disk or embedded in the binary.
//! - [`yaml`]: the one module that parses YAML, and finds positions for findings.
//! - [`graph`]: the tree as a Graphviz or Mermaid diagram.
//! - [`guide`]: the format (`raw`), its checking (`resolve`) and the checked model.
//! - [`diff`]: what a change to a guide does to its outcomes.
//! - [`directory`]: who provides each service in each place.
//! - [`i18n`]: Fluent catalogs, text cleaning and the choice of language.
//! - [`ftl`]: what Fluent files define, for the linter.
//! - [`load`]: puts the above together and cross-checks tree and texts.
//! - [`case`]: case files, and running them headlessly against the guide.
//! - [`coverage`]: what a set of walks reaches of a guide.
//! - [`report`]: the one document of a result (and of a rehearsal's feedback) that every
//!   front end and export renders.
//! - [`record`]: what an interview stores: case code, guide, answers, notes, consent.
//! - [`rehearsal`]: feedback on a trainee's walk of a case, and walks recorded as cases.
//! - [`stats`]: anonymous rows and counts of closed interviews, and DHIS2 data value sets.
//! - [`session`]: an interview's answers, the walk they make and the pathway they reach.
//! - [`validate`]: every check on a guide and its cases, for authors.
//! - [`store`]: the data folder: sessions and notes, written atomically and privately.
//! - [`diagnostic`]: findings with stable codes, printed like rustc.
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
pub mod load;
pub mod record;
pub mod rehearsal;
pub mod report;
pub mod session;
pub mod source;
pub mod stats;
pub mod store;
pub mod validate;
pub mod xlsform;
pub mod yaml;
