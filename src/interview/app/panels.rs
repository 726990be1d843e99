//! How keys act while a panel is open (leaving, help, review, note, consent, place, vignette)
//! and while a trainee picks a case.

use super::{Action, App, LeaveChoice, Overlay, Request};
use crate::engine::record::Consent;

impl App<'_> {
    /// Handles a key while a panel is open; returns the panel still open, if any.
    pub(super) fn update_overlay(&mut self, overlay: Overlay, action: Action) -> Option<Overlay> {
        match overlay {
            Overlay::QuitConfirm { selected } => {
                let choices = self.leave_choices();
                let last = choices.len() - 1;
                let choose = |app: &mut Self, choice: LeaveChoice| {
                    match choice {
                        LeaveChoice::RecordConsent => app.update(Action::Consent),
                        LeaveChoice::ExportNote => app.update(Action::Export),
                        LeaveChoice::Leave => app.quit = true,
                        LeaveChoice::Stay => {}
                    }
                    app.overlay.take()
                };
                match action {
                    Action::Yes => choose(self, LeaveChoice::Leave),
                    Action::No | Action::Quit | Action::Back => None,
                    Action::Up => Some(Overlay::QuitConfirm {
                        selected: selected.saturating_sub(1),
                    }),
                    Action::Down => Some(Overlay::QuitConfirm {
                        selected: (selected + 1).min(last),
                    }),
                    Action::Confirm => choose(self, choices[selected.min(last)]),
                    Action::Pick(i) if i <= last => choose(self, choices[i]),
                    _ => Some(Overlay::QuitConfirm { selected }),
                }
            }
            Overlay::Export { selected } => {
                let choices = self.export_choices();
                let last = choices.len() - 1;
                let export = |app: &mut Self, langs: Vec<String>| {
                    app.request = Some(Request::ExportNote(langs));
                    None
                };
                match action {
                    Action::Up => Some(Overlay::Export {
                        selected: selected.saturating_sub(1),
                    }),
                    Action::Down => Some(Overlay::Export {
                        selected: (selected + 1).min(last),
                    }),
                    Action::Confirm => export(self, choices[selected.min(last)].clone()),
                    Action::Pick(i) if i <= last => export(self, choices[i].clone()),
                    Action::Export => export(self, choices[0].clone()),
                    _ => None,
                }
            }
            // Long texts scroll; any other key closes them.
            Overlay::Help | Overlay::Vignette => {
                let limit = self.scroll_limit.get();
                self.panel_scroll = match action {
                    Action::Up => self.panel_scroll.saturating_sub(1),
                    Action::Down => self.panel_scroll.saturating_add(1).min(limit),
                    Action::PageUp | Action::PageDown | Action::Home | Action::End => {
                        super::paged(self.panel_scroll, action, limit)
                    }
                    _ => return None,
                };
                Some(overlay)
            }
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
                    Action::Home | Action::PageUp => Some(Overlay::Location { selected: 0 }),
                    Action::End | Action::PageDown => Some(Overlay::Location {
                        selected: places.len(),
                    }),
                    Action::Confirm => choose(self, selected),
                    Action::Pick(i) if i <= places.len() => choose(self, i),
                    // Closing changes nothing: "no place" is a choice of its own, never a default.
                    Action::No | Action::Back | Action::Place => None,
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
                    Action::PageUp | Action::PageDown | Action::Home | Action::End => {
                        let last = count.saturating_sub(1) as u16;
                        Some(Overlay::Review {
                            selected: usize::from(super::paged(selected as u16, action, last)),
                        })
                    }
                    Action::Confirm if count > 0 => {
                        let (node, _) = self.answered()[selected.min(count - 1)];
                        self.show(Some(node));
                        None
                    }
                    // A number opens that answer at once.
                    Action::Pick(i) if i < count => {
                        let (node, _) = self.answered()[i];
                        self.show(Some(node));
                        None
                    }
                    _ => None,
                }
            }
            Overlay::Note { node, mut editor } if editor.confirming_discard => {
                match action {
                    // "Discard": the words go, the note stays as it was.
                    Action::Yes | Action::Pick(0) => return None,
                    Action::Confirm => return None,
                    _ => editor.confirming_discard = false,
                }
                Some(Overlay::Note { node, editor })
            }
            Overlay::Note { node, mut editor } => {
                match action {
                    Action::Type(c) => editor.insert(c),
                    Action::Erase => editor.erase_back(),
                    Action::EraseForward => editor.erase_forward(),
                    Action::CursorLeft => editor.left(),
                    Action::CursorRight => editor.right(),
                    Action::Home => editor.home(),
                    Action::End => editor.end(),
                    Action::Confirm => {
                        let id = self.loaded.guide().node(node).id.clone();
                        let text = editor.text().trim().to_owned();
                        if text.is_empty() {
                            self.record.notes.remove(&id);
                        } else {
                            self.record.notes.insert(id, text);
                        }
                        self.dirty = true;
                        self.notice = Some(("ui-note-saved".into(), String::new()));
                        return None;
                    }
                    // Esc never throws words away silently.
                    Action::No if editor.changed() => editor.confirming_discard = true,
                    Action::No => return None,
                    _ => {}
                }
                Some(Overlay::Note { node, editor })
            }
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
            Overlay::ConfirmChange {
                node,
                chosen,
                leaving,
                selected,
            } => match action {
                Action::Up | Action::Down => Some(Overlay::ConfirmChange {
                    node,
                    chosen,
                    leaving,
                    selected: 1 - selected.min(1),
                }),
                Action::Pick(0) | Action::Yes => {
                    self.change(node, chosen);
                    None
                }
                Action::Confirm if selected == 0 => {
                    self.change(node, chosen);
                    None
                }
                // "Keep it", Esc, Back: nothing changes; the kept answer stays highlighted.
                Action::Confirm | Action::Pick(1) | Action::No | Action::Back => {
                    self.highlight_kept();
                    None
                }
                _ => Some(Overlay::ConfirmChange {
                    node,
                    chosen,
                    leaving,
                    selected,
                }),
            },
            Overlay::Close { selected } => {
                let reasons = self.close_reasons();
                match action {
                    Action::Up => Some(Overlay::Close {
                        selected: selected.saturating_sub(1),
                    }),
                    Action::Down => Some(Overlay::Close {
                        selected: (selected + 1).min(reasons.len().saturating_sub(1)),
                    }),
                    Action::Confirm => {
                        self.close(reasons[selected.min(reasons.len() - 1)]);
                        None
                    }
                    Action::Pick(i) if i < reasons.len() => {
                        self.close(reasons[i]);
                        None
                    }
                    Action::No | Action::Back | Action::Close => None,
                    _ => Some(Overlay::Close { selected }),
                }
            }
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
            Action::Quit => self.overlay = Some(Overlay::QuitConfirm { selected: 0 }),
            Action::Help => self.overlay = Some(Overlay::Help),
            Action::SwitchLanguage => self.lang = self.next_language(),
            _ => {}
        }
    }

    fn record_consent(&mut self, index: usize) -> Option<Overlay> {
        self.give_consent(Consent::ALL[index]);
        None
    }
}
