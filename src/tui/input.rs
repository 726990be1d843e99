//! Where the terminal loop's input comes from, behind a trait the tests control.
//!
//! crossterm 0.29's Unix event source never leaves its read loop when the terminal reads end of
//! file or fails with EIO (a closed window, a dropped SSH link, a killed tmux session): it spins
//! inside `event::read` for ever, and a loop that waits in it never sees a signal again. So the
//! real source, [`TerminalEvents`], reads crossterm events on a thread of its own and hands them
//! over a channel, while the loop's thread waits on the channel with a timeout and checks on its
//! own whether the terminal is still there (a hung-up terminal is no longer a terminal to
//! `isatty`) and whether a signal arrived. Whatever the reader thread does, the loop ends.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, Event, KeyCode};

use super::keymap::action_for;
use crate::interview::action::Action;

/// One thing the terminal loop has to react to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key, a paste or a resize.
    Event(Event),
    /// Nothing arrived in the time given; the loop redraws and waits again.
    Idle,
    /// SIGTERM, SIGHUP or SIGINT: save and leave.
    Stop,
    /// SIGTSTP: give the terminal back, stop, and take it again on `fg`.
    Suspend,
    /// SIGCONT after a stop ruta did not ask for: take the terminal again and redraw all.
    Resumed,
    /// The terminal is gone or cannot be read (end of input, EIO): save and leave.
    Hangup(String),
}

impl Input {
    /// What a read from the terminal means: an error of any kind is a hangup, since a terminal
    /// that cannot be read cannot be answered.
    pub fn from_read(read: io::Result<Event>) -> Self {
        match read {
            Ok(event) => Input::Event(event),
            Err(error) => Input::Hangup(format!("the terminal cannot be read: {error}")),
        }
    }
}

/// A source of [`Input`] for the terminal loop.
pub trait EventSource {
    /// The next input, waiting at most `wait`.
    fn next(&mut self, wait: Duration) -> Input;

    /// Gives the terminal back to the shell, stops the process until it is continued, then
    /// takes the terminal again. The default does nothing (for sources with no terminal).
    fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }

    /// Takes the terminal again after a stop (raw mode, alternate screen, bracketed paste).
    fn reenter(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The actions an event stands for. `typing` is true while a note is being written; `too_small`
/// while the window is too small to show the interview, when keys must not answer questions no
/// one can see (only Ctrl-C and `q`, both leaving at once with everything saved, pass).
///
/// A paste is text for the note being typed, one line: its line breaks would otherwise arrive
/// as Enter keys and answer questions. Outside a note a paste means nothing.
pub fn actions_for_event(event: &Event, typing: bool, too_small: bool) -> Vec<Action> {
    match event {
        Event::Key(key) => {
            let action = action_for(*key, typing);
            if too_small {
                let leave = action == Some(Action::Interrupt)
                    || (!typing && key.code == KeyCode::Char('q'));
                return if leave {
                    vec![Action::Interrupt]
                } else {
                    Vec::new()
                };
            }
            action.into_iter().collect()
        }
        Event::Paste(text) if typing && !too_small => text
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .filter(|c| !c.is_control())
            .map(Action::Type)
            .collect(),
        _ => Vec::new(),
    }
}

/// Signals the terminal loop reacts to, as flags set by signal handlers.
#[derive(Debug, Clone, Default)]
struct SignalFlags {
    stop: Arc<AtomicBool>,
    suspend: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

impl SignalFlags {
    fn register() -> io::Result<Self> {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
        let flags = Self::default();
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register(signal, Arc::clone(&flags.stop))?;
        }
        // Catching SIGTSTP replaces the default stop: ruta stops itself once the terminal is
        // back in the shell's mode, so `fg` finds a sane terminal and ruta retakes it.
        signal_hook::flag::register(SIGTSTP, Arc::clone(&flags.suspend))?;
        signal_hook::flag::register(SIGCONT, Arc::clone(&flags.resumed))?;
        Ok(flags)
    }
}

/// Events from the real terminal (see the module documentation for why a thread).
pub struct TerminalEvents {
    events: Receiver<io::Result<Event>>,
    signals: SignalFlags,
}

impl TerminalEvents {
    /// Registers the signal handlers and starts reading the terminal.
    pub fn start() -> io::Result<Self> {
        let signals = SignalFlags::register()?;
        let (sender, events) = mpsc::channel();
        std::thread::Builder::new()
            .name("terminal-reader".into())
            .spawn(move || {
                loop {
                    let read = crossterm::event::read();
                    let failed = read.is_err();
                    if sender.send(read).is_err() || failed {
                        break;
                    }
                }
            })?;
        Ok(Self { events, signals })
    }
}

/// Whether standard input and output are still a terminal. A hung-up terminal answers
/// `isatty` with EIO, so this turns false the moment the terminal goes away.
fn terminal_present() -> bool {
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

impl EventSource for TerminalEvents {
    fn next(&mut self, wait: Duration) -> Input {
        if self.signals.stop.load(Ordering::Relaxed) {
            return Input::Stop;
        }
        if self.signals.suspend.swap(false, Ordering::Relaxed) {
            return Input::Suspend;
        }
        if self.signals.resumed.swap(false, Ordering::Relaxed) {
            return Input::Resumed;
        }
        if !terminal_present() {
            return Input::Hangup("the terminal closed".into());
        }
        match self.events.recv_timeout(wait) {
            Ok(read) => Input::from_read(read),
            Err(RecvTimeoutError::Timeout) => Input::Idle,
            Err(RecvTimeoutError::Disconnected) => {
                Input::Hangup("the terminal reader stopped".into())
            }
        }
    }

    fn suspend(&mut self) -> io::Result<()> {
        leave_terminal()?;
        signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
        // Continued: the SIGCONT that woke us asks for the re-entry done here.
        self.signals.resumed.store(false, Ordering::Relaxed);
        enter_terminal()
    }

    fn reenter(&mut self) -> io::Result<()> {
        enter_terminal()
    }
}

/// Puts the terminal in the mode the interview needs: raw, alternate screen, bracketed paste
/// (so a paste arrives as one text, not as keys).
pub fn enter_terminal() -> io::Result<()> {
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(
        io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        EnableBracketedPaste
    )
}

/// Gives the terminal back as the shell had it. Every step is tried even if one fails (a
/// hung-up terminal fails them all, and that is no reason to stop).
pub fn leave_terminal() -> io::Result<()> {
    let mut out = io::stdout();
    let paste = crossterm::execute!(out, DisableBracketedPaste);
    // Raw mode first: it has more effects than the alternate screen.
    let raw = crossterm::terminal::disable_raw_mode();
    let screen = crossterm::execute!(out, crossterm::terminal::LeaveAlternateScreen);
    let _ = out.flush();
    paste.and(raw).and(screen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyEvent, KeyModifiers};

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn a_read_error_is_a_hangup() {
        let eio = io::Error::other("Input/output error (os error 5)");
        assert!(matches!(Input::from_read(Err(eio)), Input::Hangup(_)));
    }

    #[test]
    fn a_paste_in_a_note_is_one_line_of_text() {
        let paste = Event::Paste("a\nb\r\n2".into());
        let typed: Vec<Action> = "a b  2".chars().map(Action::Type).collect();
        assert_eq!(actions_for_event(&paste, true, false), typed);
        assert!(actions_for_event(&paste, false, false).is_empty());
    }

    #[test]
    fn a_window_too_small_takes_no_answers() {
        for code in [KeyCode::Enter, KeyCode::Char('1'), KeyCode::Down] {
            assert!(actions_for_event(&key(code), false, true).is_empty());
        }
        assert_eq!(
            actions_for_event(&key(KeyCode::Char('q')), false, true),
            [Action::Interrupt]
        );
    }
}
