//! The interactive interview in a terminal, in the shape of a small Elm loop:
//! draw → read a key → map it to an [`Action`](action::Action) → [`App::update`](app::App::update).
//!
//! - [`action`]: what the practitioner can ask for.
//! - [`keymap`]: the only module that knows keys.
//! - [`app`]: the screen state and its pure `update`.
//! - [`view`]: drawing into a buffer, never touching the terminal.
//! - [`drawing`]: what every part of the screen draws with (the state, theme and texts), so the
//!   parts below never import [`view`], which calls them.
//! - [`document_view`]: engine documents (result, interruption, feedback) as scrollable lines.
//! - [`overlay`]: the panels over the screen (help, note, consent, place, leaving).
//! - [`overview`]: the review: every answer by section, what is aside, where the interview is.
//! - [`theme`]: styles, with a monochrome variant for `NO_COLOR`.
//! - [`terminal`]: the loop over a terminal (generic over backend and input), and putting it back.
//! - [`input`]: where the loop's input comes from: the real terminal read safely, or a script.
//! - [`effects`]: saving and exporting, for both front ends.
//! - [`banner`]: the banner that stays while answers cannot be saved.
//! - [`clean_backend`]: every cell cleaned on its way to the terminal.
//! - [`plain`]: the same interview as numbered prompts on standard input and output.
//! - [`rehearsal_view`]: the rehearsal's picker of cases and its feedback screen.

pub mod action;
pub mod app;
pub mod banner;
pub mod clean_backend;
pub mod document_view;
pub mod drawing;
pub mod effects;
pub mod input;
pub mod keymap;
pub mod overlay;
pub mod overview;
pub mod plain;
pub mod rehearsal_view;
pub mod terminal;
pub mod theme;
pub mod view;
