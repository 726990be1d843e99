//! ruta: a terminal decision tool that walks a practitioner through a guide for identifying
//! returned migrant children in vulnerable situations and referring them to the right care.
//!
//! - [`engine`] loads, checks and walks a guide. It has no terminal code and depends on
//!   nothing else in this crate.
//! - [`tui`] is the interactive interview: a pure state, an `update` function, and rendering
//!   into a ratatui buffer. It depends on the engine only.
//! - The `ruta` binary (`src/main.rs`) parses the command line and runs the above.

pub mod engine;
pub mod tui;
