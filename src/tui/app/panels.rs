//! How keys act while a panel is open (leaving, help, review, note, consent, place, vignette)
//! and while a trainee picks a case.

use super::{Action, App, NOTE_LIMIT, Overlay};
use crate::engine::record::Consent;

impl App<'_> {
    /// Handles a key while a panel is open; returns the panel still open, if any.
    pub(super) fn update_overlay(&mut self, overlay: Overlay, action: Action) -> Option<Overlay> {
        match overlay {
            Overlay::QuitConfirm => match action {
                Action::Yes => {
                    self.quit = true;
                    None
                }
                Action::No | Action::Quit | Action::Back => None,
                _ => Some(Overlay::QuitConfirm),
            },
            Overlay::Help | Overlay::Vignette => None,
            Overlay::Location { selected } => {
                let places = &self.loaded.directory().places;
                let choose = |app: &mut Self, index: usize| {
                    app.place = (index < places.len())
                        .then_some(crate::engine::directory::PlaceId(index as u32));
                    app.record.location = places.get(index).map(|p| p.id.clone());
                    app.dirty = true;
                    None
                };
                match action {
                    Action::Up => Some(Overlay::Location {
                        selected: selected.saturating_sub(1),
                    }),
                    Action::Down => Some(Overlay::Location {
                        selected: (selected + 1).min(places.len()),
                    }),
                    Action::Confirm => choose(self, selected),
                    Action::Pick(i) if i <= places.len() => choose(self, i),
                    Action::No => choose(self, places.len()),
                    _ => Some(Overlay::Location { selected }),
                }
            }
            Overlay::Review { selected } => {
                let count = self.answered().len();
                match action {
                    Action::Up => Some(Overlay::Review {
                        selected: selected.saturating_sub(1),
                    }),
                    Action::Down => Some(Overlay::Review {
                        selected: (selected + 1).min(count.saturating_sub(1)),
                    }),
                    Action::Confirm => {
                        let (node, option) = self.answered()[selected.min(count.saturating_sub(1))];
                        self.changing = Some(node);
                        self.selected = option;
                        None
                    }
                    // A number picks that answer to change at once.
                    Action::Pick(i) if i < count => {
                        let (node, option) = self.answered()[i];
                        self.changing = Some(node);
                        self.selected = option;
                        None
                    }
                    _ => None,
                }
            }
            Overlay::Note { node, mut text } => match action {
                Action::Type(c) if text.chars().count() < NOTE_LIMIT && !c.is_control() => {
                    text.push(c);
                    Some(Overlay::Note { node, text })
                }
                Action::Erase => {
                    text.pop();
                    Some(Overlay::Note { node, text })
                }
                Action::Confirm => {
                    let id = self.loaded.guide().node(node).id.clone();
                    let text = text.trim().to_owned();
                    if text.is_empty() {
                        self.record.notes.remove(&id);
                    } else {
                        self.record.notes.insert(id, text);
                    }
                    self.dirty = true;
                    self.notice = Some(("ui-note-saved".into(), String::new()));
                    None
                }
                Action::No => None,
                _ => Some(Overlay::Note { node, text }),
            },
            Overlay::Consent { selected } => match action {
                Action::Up => Some(Overlay::Consent {
                    selected: selected.saturating_sub(1),
                }),
                Action::Down => Some(Overlay::Consent {
                    selected: (selected + 1).min(Consent::ALL.len() - 1),
                }),
                Action::Pick(i) if i < Consent::ALL.len() => self.record_consent(i),
                Action::Confirm => self.record_consent(selected),
                _ => None,
            },
        }
    }

    pub(super) fn update_picker(&mut self, action: Action) {
        let Some(rehearsal) = &mut self.rehearsal else {
            return;
        };
        let count = rehearsal.cases.len();
        match action {
            Action::Up => rehearsal.picked = rehearsal.picked.saturating_sub(1),
            Action::Down => rehearsal.picked = (rehearsal.picked + 1).min(count.saturating_sub(1)),
            Action::Confirm if count > 0 => {
                let picked = rehearsal.picked;
                self.start_case(picked);
            }
            Action::Pick(i) if i < count => self.start_case(i),
            Action::Quit => self.overlay = Some(Overlay::QuitConfirm),
            Action::Help => self.overlay = Some(Overlay::Help),
            Action::SwitchLanguage => self.lang = self.next_language(),
            _ => {}
        }
    }

    fn record_consent(&mut self, index: usize) -> Option<Overlay> {
        self.record.consent = Some(Consent::ALL[index]);
        self.dirty = true;
        None
    }
}
