//! The loop over a terminal: draw, wait for input, turn it into actions, save. Generic over
//! ratatui's [`Backend`] and over an [`EventSource`], so tests drive it headlessly with a
//! `TestBackend` and scripted input (end of input, read errors, pastes, resizes, signals).
//!
//! The terminal is restored on every way out: a normal return, an error, a panic (ratatui's
//! hook restores first), a signal (SIGTERM, SIGHUP, SIGINT: saved, then out) and a hangup (the
//! terminal closed or cannot be read: saved, then out, without waiting on a terminal that is
//! gone).

use std::io;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};

use crate::engine::store::Store;

use super::banner;
use super::clean_backend::CleanBackend;
use super::input::{EventSource, Input, TerminalEvents, actions_for_event, leave_terminal};
use super::theme::Theme;
use super::view;
use crate::interview::app::{App, Overlay};
use crate::interview::effects::{carry_out, save};

/// How long the loop waits for input before it redraws and looks at the signals again.
const WAIT: Duration = Duration::from_millis(200);

/// How the terminal loop ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// The practitioner left (confirmed `q`, or Ctrl-C).
    Left,
    /// SIGTERM, SIGHUP or SIGINT.
    Signal,
    /// The terminal went away or could not be read or written; the reason.
    Hangup(String),
}

/// Runs the interview in the real terminal until the practitioner leaves, a signal arrives or
/// the terminal goes away. The record is saved before the first question is shown and at the
/// end, whichever way it ends.
pub fn run(app: &mut App<'_>, theme: Theme, store: &Store) -> io::Result<Ending> {
    let mut events = TerminalEvents::start()?;
    // try_init installs a panic hook that restores the terminal, then enters raw mode and the
    // alternate screen; unlike init it returns an error instead of panicking without a terminal.
    // Its terminal is replaced by one whose cells pass the cleaning point.
    drop(ratatui::try_init()?);
    let mut terminal = Terminal::new(CleanBackend::new(CrosstermBackend::new(io::stdout())))?;
    if let Err(error) = super::input::enter_terminal() {
        let _ = leave_terminal();
        return Err(error);
    }
    let ending = event_loop(&mut terminal, &mut events, app, theme, store);
    // A hung-up terminal cannot be restored, and there is no one to tell.
    let _ = leave_terminal();
    Ok(ending)
}

/// The loop itself: draw → input → actions → save, until the practitioner leaves, a signal
/// arrives or the input ends. Saves once more on the way out.
pub fn event_loop<B: Backend, E: EventSource>(
    terminal: &mut Terminal<B>,
    events: &mut E,
    app: &mut App<'_>,
    theme: Theme,
    store: &Store,
) -> Ending {
    save(app, store);
    let ending = loop {
        if app.quit {
            break Ending::Left;
        }
        let area = match terminal.draw(|frame| {
            view::render(app, theme, frame.area(), frame.buffer_mut());
            banner::render(app, theme, frame.area(), frame.buffer_mut());
        }) {
            Ok(frame) => frame.area,
            Err(error) => break Ending::Hangup(format!("the terminal cannot be written: {error}")),
        };
        let too_small = area.width < view::MIN_WIDTH || area.height < view::MIN_HEIGHT;
        match events.next(WAIT) {
            Input::Idle => {}
            Input::Stop => break Ending::Signal,
            Input::Hangup(reason) => break Ending::Hangup(reason),
            // A stop or a continue leaves the screen as the shell left it: retake the
            // terminal and redraw every cell. A failure shows at the next draw, as a hangup.
            Input::Suspend => {
                let _ = events.suspend();
                let _ = terminal.clear();
            }
            Input::Resumed => {
                let _ = events.reenter();
                let _ = terminal.clear();
            }
            Input::Event(event) => {
                let typing = matches!(app.overlay, Some(Overlay::Note { .. }));
                for action in actions_for_event(&event, typing, too_small) {
                    app.update(action);
                }
                carry_out(app, store);
            }
        }
    };
    save(app, store);
    ending
}
