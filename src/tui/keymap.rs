//! The only place that knows about keys: crossterm key events become [`Action`]s.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// The action for a key press, if the key means anything.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    // Windows reports releases too; only presses are actions.
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c' | 'd')).then_some(Action::Interrupt);
    }
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Char(c @ '1'..='9') => Action::Pick(c as usize - '1' as usize),
        KeyCode::Backspace | KeyCode::Left => Action::Back,
        KeyCode::Char('l') => Action::SwitchLanguage,
        KeyCode::Char('q') => Action::Quit,
        // Spanish speakers answer "sí"; English speakers "yes".
        KeyCode::Char('y' | 's') => Action::Yes,
        KeyCode::Char('n') | KeyCode::Esc => Action::No,
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
        assert_eq!(action_for(press(KeyCode::Char('j'))), Some(Action::Down));
        assert_eq!(action_for(press(KeyCode::Char('3'))), Some(Action::Pick(2)));
        assert_eq!(action_for(press(KeyCode::Backspace)), Some(Action::Back));
        assert_eq!(
            action_for(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Interrupt)
        );
        assert_eq!(action_for(press(KeyCode::Char('x'))), None);
    }

    #[test]
    fn releases_are_ignored() {
        let release = KeyEvent {
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
            ..press(KeyCode::Enter)
        };
        assert_eq!(action_for(release), None);
    }
}
