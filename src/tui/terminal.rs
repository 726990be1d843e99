//! The loop over a real terminal, and the effects the screen state asks for: saving after every
//! change, writing referral notes, and ending cleanly on a signal.
//!
//! The terminal is restored on every way out: a normal return, an error (restored before the
//! error is returned), a panic (ratatui's hook restores first) and SIGTERM, SIGHUP or SIGINT
//! (the loop notices the signal, saves and returns).

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::{self, Event};

use crate::engine::store::Store;

use super::app::{App, Overlay};
use super::effects::{carry_out, save};
use super::keymap::action_for;
use super::theme::Theme;
use super::view;

/// How often the loop looks for a signal while waiting for a key.
const SIGNAL_CHECK: Duration = Duration::from_millis(200);

/// Runs the interview in the terminal until the practitioner leaves or a signal arrives.
pub fn run(app: &mut App<'_>, theme: Theme, store: &Store) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    // The record exists on disk before the first question is shown.
    save(app, store);
    // try_init installs a panic hook that restores the terminal, then enters raw mode and the
    // alternate screen; unlike init it returns an error instead of panicking without a terminal.
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, app, theme, store, &stop);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App<'_>,
    theme: Theme,
    store: &Store,
    stop: &AtomicBool,
) -> io::Result<()> {
    while !app.quit && !stop.load(Ordering::Relaxed) {
        terminal.draw(|frame| view::render(app, theme, frame.area(), frame.buffer_mut()))?;
        // Resize events need nothing but the redraw at the top of the loop.
        if !event::poll(SIGNAL_CHECK)? {
            continue;
        }
        let typing = matches!(app.overlay, Some(Overlay::Note { .. }));
        if let Event::Key(key) = event::read()?
            && let Some(action) = action_for(key, typing)
        {
            app.update(action);
        }
        carry_out(app, store);
    }
    save(app, store);
    Ok(())
}
