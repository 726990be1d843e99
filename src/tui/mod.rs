//! The interview on a full terminal screen, in the shape of a small Elm loop: draw → read a key
//! → map it to an [`Action`](crate::interview::action::Action) →
//! [`App::update`](crate::interview::app::App::update).
//!
//! - [`keymap`]: the only module that knows keys.
//! - [`view`]: drawing into a buffer, never touching the terminal.
//! - [`drawing`]: what every part of the screen draws with (the state, theme and texts), so the
//!   parts below never import [`view`], which calls them.
//! - [`document_view`]: engine documents (result, interruption, feedback) as scrollable lines.
//! - [`overlay`]: the panels over the screen (help, note, consent, place, leaving).
//! - [`overview`]: the review: every answer by section, what is aside, where the interview is.
//! - [`theme`]: styles, with a monochrome variant for `NO_COLOR`.
//! - [`terminal`]: the loop over a terminal (generic over backend and input), and putting it back.
//! - [`input`]: where the loop's input comes from: the real terminal read safely, or a script.
//! - [`banner`]: the banner that stays while answers cannot be saved.
//! - [`clean_backend`]: every cell cleaned on its way to the terminal.
//! - [`rehearsal_view`]: the rehearsal's picker of cases and its feedback screen.

pub mod banner;
pub mod clean_backend;
pub mod document_view;
pub mod drawing;
pub mod input;
pub mod keymap;
pub mod overlay;
pub mod overview;
pub mod rehearsal_view;
pub mod terminal;
pub mod theme;
pub mod view;
