//! The interview screen's state and the pure function that changes it.
//!
//! [`App::update`] takes an [`Action`] and never touches the terminal or the disk, so tests
//! drive the whole interview by calling it and look at the result by rendering into a buffer.
//! What needs the outside world (saving, writing a note) is left in [`App::dirty`] and
//! [`App::request`] for the terminal loop to carry out.

use crate::engine::case::Case;
use crate::engine::directory::PlaceId;
use crate::engine::guide::{NodeId, NodeKind, Urgency};
use crate::engine::load::LoadedGuide;
use crate::engine::record::{Consent, Record};
use crate::engine::session::{Position, Session, Walk};

mod panels;

use super::action::Action;

/// Longest note, in characters: a line of facts, not a story.
pub const NOTE_LIMIT: usize = 200;

/// A panel over the interview, which takes the keys while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// "Leave the interview?"
    QuitConfirm,
    /// The keys.
    Help,
    /// Every answer so far, to pick one to change.
    Review {
        /// The highlighted row, an index into [`App::answered`].
        selected: usize,
    },
    /// Editing the note of a node.
    Note {
        /// The node the note belongs to.
        node: NodeId,
        /// The text so far.
        text: String,
    },
    /// The case's vignette (rehearsal).
    Vignette,
    /// Choosing the place whose institutions the referrals name.
    Location {
        /// The highlighted place, an index into the directory's places; one past the end is
        /// "no place".
        selected: usize,
    },
    /// Recording whether the referral was agreed.
    Consent {
        /// The highlighted choice, an index into [`Consent::ALL`].
        selected: usize,
    },
}

/// Something only the terminal loop can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// Write the referral note (Markdown and plain text) in the interview's language.
    ExportNote,
    /// Write the rehearsal's debrief (Markdown) in the interview's language.
    ExportDebrief,
}

/// A rehearsal of the guide's cases: the library, the case chosen, and whether the expected
/// answers are shown (the trainer's demonstration mode).
#[derive(Debug)]
pub struct Rehearsal {
    /// The cases to choose from.
    pub cases: Vec<Case>,
    /// The case being rehearsed; `None` while the trainee chooses.
    pub current: Option<usize>,
    /// The highlighted case in the picker.
    pub picked: usize,
    /// Whether each question marks the answer the case expects.
    pub reveal: bool,
}

impl Rehearsal {
    /// The case being rehearsed.
    pub fn case(&self) -> Option<&Case> {
        self.current.map(|i| &self.cases[i])
    }
}

/// Everything the interview screen shows, apart from the guide itself.
#[derive(Debug)]
pub struct App<'g> {
    /// The guide being walked.
    pub loaded: &'g LoadedGuide,
    /// What is saved: case code, answers, notes, consent.
    pub record: Record,
    /// The answers so far (kept equal to `record.answers`).
    pub session: Session,
    /// The walk the answers make, kept in step with `session`.
    pub walk: Walk,
    /// The language shown.
    pub lang: String,
    /// The place whose providers the referrals name, if one was chosen.
    pub place: Option<PlaceId>,
    /// The highlighted option of the current question.
    pub selected: usize,
    /// A question being changed from the review screen, shown instead of the current one.
    pub changing: Option<NodeId>,
    /// How far the outcome text is scrolled, in lines.
    pub scroll: u16,
    /// The furthest the outcome text can scroll at the last drawn size. Only the drawing knows
    /// how lines wrap, so it records this for `update` to clamp against.
    pub scroll_limit: std::cell::Cell<u16>,
    /// The open panel, if any.
    pub overlay: Option<Overlay>,
    /// Whether the practitioner's guidance is shown under the question.
    pub show_guidance: bool,
    /// A one-line message for the practitioner (interface message id and its argument).
    pub notice: Option<(String, String)>,
    /// Whether the record changed since it was last saved.
    pub dirty: bool,
    /// Work for the terminal loop.
    pub request: Option<Request>,
    /// The rehearsal, when a trainee is rehearsing a case.
    pub rehearsal: Option<Rehearsal>,
    /// Set when the interview should end.
    pub quit: bool,
}

impl<'g> App<'g> {
    /// A new interview of `loaded`, shown in `lang`, that records into `record`.
    pub fn new(loaded: &'g LoadedGuide, lang: String, record: Record) -> Self {
        let session = record.session();
        let walk = session.walk(loaded.guide());
        let place = record
            .location
            .as_deref()
            .and_then(|l| loaded.directory().find_place(l));
        Self {
            loaded,
            record,
            session,
            walk,
            lang,
            place,
            selected: 0,
            changing: None,
            scroll: 0,
            scroll_limit: std::cell::Cell::new(u16::MAX),
            overlay: None,
            show_guidance: true,
            notice: None,
            dirty: false,
            request: None,
            rehearsal: None,
            quit: false,
        }
    }

    /// A rehearsal: the picker of `cases` first, or `case` straight away with its vignette.
    pub fn rehearse(mut self, cases: Vec<Case>, case: Option<usize>, reveal: bool) -> Self {
        self.rehearsal = Some(Rehearsal {
            cases,
            current: None,
            picked: case.unwrap_or(0),
            reveal,
        });
        if let Some(index) = case {
            self.start_case(index);
        }
        self
    }

    fn start_case(&mut self, index: usize) {
        if let Some(rehearsal) = &mut self.rehearsal {
            rehearsal.current = Some(index);
            self.record.rehearsed_case = Some(rehearsal.cases[index].id.clone());
        }
        self.session = Session::new();
        self.moved();
        self.overlay = Some(Overlay::Vignette);
    }

    /// Opens the choice of place, when the guide's directory has places and none was chosen.
    pub fn ask_location(mut self) -> Self {
        if self.place.is_none() && !self.loaded.directory().places.is_empty() {
            self.overlay = Some(Overlay::Location { selected: 0 });
        }
        self
    }

    /// Whether the trainee is choosing a case.
    pub fn picking(&self) -> bool {
        self.rehearsal.as_ref().is_some_and(|r| r.current.is_none())
    }

    /// The feedback on a finished rehearsal.
    pub fn feedback(&self) -> Option<crate::engine::rehearsal::Feedback> {
        let case = self.rehearsal.as_ref()?.case()?;
        crate::engine::rehearsal::feedback(self.loaded.guide(), case, &self.walk)
    }

    /// Whether the "leave the interview?" prompt is open.
    pub fn confirming_quit(&self) -> bool {
        self.overlay == Some(Overlay::QuitConfirm)
    }

    /// The question on screen: the one being changed, else the current one.
    pub fn shown_question(&self) -> Option<NodeId> {
        self.changing.or(match self.walk.position {
            Position::Question(node) => Some(node),
            _ => None,
        })
    }

    /// The walk's answered questions: (step index, node, option index).
    pub fn answered(&self) -> Vec<(NodeId, usize)> {
        self.walk
            .steps
            .iter()
            .filter_map(|s| s.option.map(|o| (s.node, o)))
            .collect()
    }

    /// The flags raised so far that call for action within a day or sooner, most urgent first.
    pub fn red_flags(&self) -> Vec<crate::engine::guide::FlagId> {
        let guide = self.loaded.guide();
        let mut flags: Vec<_> = self
            .walk
            .flags
            .iter()
            .copied()
            .filter(|f| {
                guide
                    .flag(*f)
                    .urgency
                    .is_some_and(|u| u >= Urgency::Within24h)
            })
            .collect();
        flags.sort_by_key(|f| std::cmp::Reverse(guide.flag(*f).urgency));
        flags
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if action == Action::Interrupt {
            self.quit = true;
            return;
        }
        if let Some(overlay) = self.overlay.take() {
            self.overlay = self.update_overlay(overlay, action);
            return;
        }
        self.notice = None;
        if self.picking() {
            self.update_picker(action);
            return;
        }
        match action {
            Action::Quit => self.overlay = Some(Overlay::QuitConfirm),
            Action::Help => self.overlay = Some(Overlay::Help),
            Action::ToggleGuidance => self.show_guidance = !self.show_guidance,
            Action::Review if self.changing.is_none() && !self.answered().is_empty() => {
                self.overlay = Some(Overlay::Review {
                    selected: self.answered().len() - 1,
                });
            }
            Action::Note => {
                let node = self.shown_question().unwrap_or(self.walk.position.node());
                let text = self
                    .record
                    .notes
                    .get(&self.loaded.guide().node(node).id)
                    .cloned()
                    .unwrap_or_default();
                self.overlay = Some(Overlay::Note { node, text });
            }
            Action::Consent if matches!(self.walk.position, Position::Outcome(_)) => {
                let selected = self
                    .record
                    .consent
                    .and_then(|c| Consent::ALL.iter().position(|x| *x == c))
                    .unwrap_or(0);
                self.overlay = Some(Overlay::Consent { selected });
            }
            Action::Export if matches!(self.walk.position, Position::Outcome(_)) => {
                self.request = Some(if self.rehearsal.is_some() {
                    Request::ExportDebrief
                } else {
                    Request::ExportNote
                });
            }
            Action::Vignette if self.rehearsal.as_ref().is_some_and(|r| r.current.is_some()) => {
                self.overlay = Some(Overlay::Vignette);
            }
            Action::Retry => {
                if let Some(divergence) = self.feedback().and_then(|f| f.divergence) {
                    let keep = divergence.answers_before;
                    self.session.answers.truncate(keep);
                    self.moved();
                    self.selected = divergence.chosen;
                }
            }
            Action::SwitchLanguage => {
                self.lang = self.next_language();
                self.record.language = self.lang.clone();
                self.dirty = true;
            }
            Action::Back if self.changing.is_some() => {
                self.changing = None;
                self.selected = 0;
            }
            Action::Back => {
                // Highlight the answer being taken back, so going back and on is two keys.
                // Routes take no answer: the last step that is not one is taken back.
                let previous = self
                    .walk
                    .steps
                    .iter()
                    .rev()
                    .find(|s| s.branch.is_none())
                    .and_then(|s| s.option);
                if self.session.back(self.loaded.guide()) {
                    self.moved();
                    self.selected = previous.unwrap_or(0);
                }
            }
            Action::Up => match self.walk.position {
                Position::Outcome(_) if self.changing.is_none() => {
                    self.scroll = self.scroll.saturating_sub(1)
                }
                _ => self.selected = self.selected.saturating_sub(1),
            },
            Action::Down => match self.walk.position {
                Position::Outcome(_) if self.changing.is_none() => {
                    self.scroll = self.scroll.saturating_add(1).min(self.scroll_limit.get())
                }
                _ => self.selected = (self.selected + 1).min(self.option_count().saturating_sub(1)),
            },
            Action::Confirm => match (self.changing, self.walk.position) {
                (Some(_), _) | (None, Position::Question(_)) => self.choose(self.selected),
                (None, Position::Info(_)) => {
                    self.session.acknowledge(self.loaded.guide());
                    self.moved();
                }
                (None, Position::Outcome(_)) => {}
            },
            Action::Pick(index) if index < self.option_count() => self.choose(index),
            // An info's one choice is to go on: its number is 1.
            Action::Pick(0)
                if self.changing.is_none() && matches!(self.walk.position, Position::Info(_)) =>
            {
                self.session.acknowledge(self.loaded.guide());
                self.moved();
            }
            _ => {}
        }
    }

    fn choose(&mut self, index: usize) {
        let guide = self.loaded.guide();
        match self.changing.take() {
            Some(node) => {
                let id = guide.node(node).id.clone();
                if let Ok(dropped) = self.session.change(guide, &id, index) {
                    self.moved();
                    if !dropped.is_empty() {
                        let names: Vec<&str> = dropped.iter().map(|a| a.node.as_str()).collect();
                        self.notice = Some(("ui-answers-dropped".into(), names.join(", ")));
                    }
                }
            }
            None => {
                if self.session.answer(guide, index).is_ok() {
                    self.moved();
                }
            }
        }
    }

    /// Recomputes the walk after the answers changed, and resets what belongs to one screen.
    fn moved(&mut self) {
        self.walk = self.session.walk(self.loaded.guide());
        self.record.answers = self.session.answers.clone();
        // Notes of questions no longer on the path stay: they may matter again after a change.
        self.dirty = true;
        self.scroll = 0;
        self.selected = 0;
    }

    fn option_count(&self) -> usize {
        match self
            .shown_question()
            .map(|n| &self.loaded.guide().node(n).kind)
        {
            Some(NodeKind::Question(q)) => q.options.len(),
            _ => 0,
        }
    }

    /// The language after the current one, in the guide's order.
    pub fn next_language(&self) -> String {
        let languages = &self.loaded.guide().languages;
        let here = languages.iter().position(|l| *l == self.lang).unwrap_or(0);
        languages[(here + 1) % languages.len()].clone()
    }
}
