//! ruta: a terminal decision tool that walks a practitioner through a guide for identifying
//! returned migrant children in vulnerable situations and referring them to the right care.
//!
//! - [`engine`] loads, checks and walks a guide. It has no terminal code and depends on
//!   nothing else in this crate.
//! - [`interview`] is the interview both front ends drive: a pure state and its `update`
//!   function, and the effects (saving, exporting) the state asks for. It depends on the engine
//!   only.
//! - [`tui`] is the full screen: keys become actions, the state is drawn into a ratatui buffer,
//!   and a loop runs it over a terminal.
//! - [`line`] is line mode: the same interview as numbered prompts on standard input and
//!   output, for screen readers and scripts.
//! - The `ruta` binary (`src/main.rs`) parses the command line and runs the above.

pub mod engine;
pub mod interview;
pub mod line;
pub mod tui;
