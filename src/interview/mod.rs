//! The interview, apart from how it is shown: what the practitioner can ask for, the state
//! those requests change, and the effects the state leaves for its front end (the full screen
//! in [`crate::tui`], line mode in [`crate::line`]) to carry out.
//!
//! - [`action`]: what the practitioner can ask for, whatever the keys or words.
//! - [`app`]: the interview's state and its pure `update`.
//! - [`effects`]: saving and exporting, for both front ends.

pub mod action;
pub mod app;
pub mod effects;
