//! The only place that knows about keys: crossterm key events become [`Action`]s.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::interview::action::Action;

/// The action for a key press, if the key means anything. While a note is being typed
/// (`typing`), letters are text rather than commands.
pub fn action_for(key: KeyEvent, typing: bool) -> Option<Action> {
    // Windows reports releases too; only presses are actions.
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        // Ctrl-D ends input in a shell; in the middle of a note it is a slip, not a wish to
        // leave and lose the note.
        let leave = match key.code {
            KeyCode::Char('c') => true,
            KeyCode::Char('d') => !typing,
            _ => false,
        };
        return leave.then_some(Action::Interrupt);
    }
    if typing {
        return match key.code {
            KeyCode::Char(c) => Some(Action::Type(c)),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Delete => Some(Action::EraseForward),
            KeyCode::Left => Some(Action::CursorLeft),
            KeyCode::Right => Some(Action::CursorRight),
            KeyCode::Home => Some(Action::Home),
            KeyCode::End => Some(Action::End),
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc => Some(Action::No),
            _ => None,
        };
    }
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Home => Action::Home,
        KeyCode::End => Action::End,
        KeyCode::Char('p') => Action::Place,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Char(' ') => Action::Toggle,
        KeyCode::Char(c @ '1'..='9') => Action::Pick(c as usize - '1' as usize),
        KeyCode::Backspace | KeyCode::Left => Action::Back,
        KeyCode::Char('l') => Action::SwitchLanguage,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') | KeyCode::F(1) => Action::Help,
        KeyCode::Char('r') => Action::Review,
        KeyCode::Char('g') => Action::ToggleGuidance,
        KeyCode::Char('v') => Action::Vignette,
        KeyCode::Char('d') => Action::Retry,
        KeyCode::Char('n') => Action::No,
        KeyCode::Char('a') => Action::Note,
        KeyCode::Char('c') => Action::Consent,
        KeyCode::Char('e') => Action::Export,
        KeyCode::Char('x') => Action::Close,
        // Spanish speakers answer "sí"; English speakers "yes".
        KeyCode::Char('y' | 's') => Action::Yes,
        KeyCode::Esc => Action::No,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventState;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(
            action_for(press(KeyCode::Char('j')), false),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(press(KeyCode::Char('3')), false),
            Some(Action::Pick(2))
        );
        assert_eq!(
            action_for(press(KeyCode::Backspace), false),
            Some(Action::Back)
        );
        assert_eq!(
            action_for(press(KeyCode::Char('?')), false),
            Some(Action::Help)
        );
        assert_eq!(
            action_for(
                KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
                false
            ),
            Some(Action::Interrupt)
        );
        assert_eq!(
            action_for(press(KeyCode::Char('x')), false),
            Some(Action::Close)
        );
        assert_eq!(action_for(press(KeyCode::Char('z')), false), None);
    }

    #[test]
    fn while_typing_letters_are_text() {
        assert_eq!(
            action_for(press(KeyCode::Char('q')), true),
            Some(Action::Type('q'))
        );
        assert_eq!(
            action_for(press(KeyCode::Backspace), true),
            Some(Action::Erase)
        );
        assert_eq!(action_for(press(KeyCode::Esc), true), Some(Action::No));
        let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_d, true), None, "Ctrl-D keeps the note");
        assert_eq!(action_for(ctrl_d, false), Some(Action::Interrupt));
    }

    #[test]
    fn releases_are_ignored() {
        let release = KeyEvent {
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
            ..press(KeyCode::Enter)
        };
        assert_eq!(action_for(release, false), None);
    }
}
