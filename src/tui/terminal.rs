//! The loop over a real terminal. The terminal is restored on every way out: a normal return,
//! an error (restored before the error is returned) and a panic (ratatui's hook restores first).

use std::io;

use crossterm::event::{self, Event};

use super::app::App;
use super::keymap::action_for;
use super::theme::Theme;
use super::view;

/// Runs the interview in the terminal until the practitioner leaves.
pub fn run(app: &mut App<'_>, theme: Theme) -> io::Result<()> {
    // try_init installs a panic hook that restores the terminal, then enters raw mode and the
    // alternate screen; unlike init it returns an error instead of panicking without a terminal.
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, app, theme);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App<'_>,
    theme: Theme,
) -> io::Result<()> {
    while !app.quit {
        terminal.draw(|frame| view::render(app, theme, frame.area(), frame.buffer_mut()))?;
        // Resize events need nothing but the redraw at the top of the loop.
        if let Event::Key(key) = event::read()?
            && let Some(action) = action_for(key)
        {
            app.update(action);
        }
    }
    Ok(())
}
