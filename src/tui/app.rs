//! The interview screen's state and the pure function that changes it.
//!
//! [`App::update`] takes an [`Action`] and never touches the terminal, so tests drive the whole
//! interview by calling it and look at the result by rendering into a buffer.

use crate::engine::directory::PlaceId;
use crate::engine::load::LoadedGuide;
use crate::engine::session::{Position, Session, Walk};

use super::action::Action;

/// Everything the interview screen shows, apart from the guide itself.
#[derive(Debug)]
pub struct App<'g> {
    /// The guide being walked.
    pub loaded: &'g LoadedGuide,
    /// The answers so far.
    pub session: Session,
    /// The walk the answers make, kept in step with `session`.
    pub walk: Walk,
    /// The language shown.
    pub lang: String,
    /// The place whose providers the referrals name, if one was chosen.
    pub place: Option<PlaceId>,
    /// The highlighted option of the current question.
    pub selected: usize,
    /// How far the outcome text is scrolled, in lines.
    pub scroll: u16,
    /// The furthest the outcome text can scroll at the last drawn size. Only the drawing knows
    /// how lines wrap, so it records this for `update` to clamp against.
    pub scroll_limit: std::cell::Cell<u16>,
    /// Whether the "leave the interview?" prompt is open.
    pub confirming_quit: bool,
    /// Set when the interview should end.
    pub quit: bool,
}

impl<'g> App<'g> {
    /// A new interview of `loaded`, shown in `lang`.
    pub fn new(loaded: &'g LoadedGuide, lang: String) -> Self {
        Self::resume(loaded, lang, Session::new())
    }

    /// An interview of `loaded` that continues `session`.
    pub fn resume(loaded: &'g LoadedGuide, lang: String, session: Session) -> Self {
        let walk = session.walk(&loaded.guide);
        Self {
            loaded,
            session,
            walk,
            lang,
            place: None,
            selected: 0,
            scroll: 0,
            scroll_limit: std::cell::Cell::new(u16::MAX),
            confirming_quit: false,
            quit: false,
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        let guide = &self.loaded.guide;
        if self.confirming_quit {
            match action {
                Action::Yes | Action::Interrupt => self.quit = true,
                Action::No | Action::Quit => self.confirming_quit = false,
                _ => {}
            }
            return;
        }
        match action {
            Action::Interrupt => self.quit = true,
            Action::Quit => self.confirming_quit = true,
            Action::SwitchLanguage => self.lang = self.next_language(),
            Action::Back => {
                // Highlight the answer being taken back, so going back and on is two keys.
                // Routes take no answer: the last step that is not one is taken back.
                let previous = self
                    .walk
                    .steps
                    .iter()
                    .rev()
                    .find(|step| step.branch.is_none())
                    .and_then(|step| step.option);
                if self.session.back(guide) {
                    self.moved();
                    self.selected = previous.unwrap_or(0);
                }
            }
            Action::Up => match self.walk.position {
                Position::Outcome(_) => self.scroll = self.scroll.saturating_sub(1),
                _ => self.selected = self.selected.saturating_sub(1),
            },
            Action::Down => match self.walk.position {
                Position::Outcome(_) => {
                    self.scroll = self.scroll.saturating_add(1).min(self.scroll_limit.get())
                }
                Position::Question(_) => {
                    self.selected = (self.selected + 1).min(self.option_count().saturating_sub(1))
                }
                Position::Info(_) => {}
            },
            Action::Confirm => match self.walk.position {
                Position::Question(_) => self.choose(self.selected),
                Position::Info(_) => {
                    self.session.acknowledge(guide);
                    self.moved();
                }
                Position::Outcome(_) => {}
            },
            Action::Pick(index) => {
                if index < self.option_count() {
                    self.choose(index);
                }
            }
            Action::Yes | Action::No => {}
        }
    }

    fn choose(&mut self, index: usize) {
        if self.session.answer(&self.loaded.guide, index).is_ok() {
            self.moved();
        }
    }

    /// Recomputes the walk after the answers changed, and resets what belongs to one screen.
    fn moved(&mut self) {
        self.walk = self.session.walk(&self.loaded.guide);
        self.scroll = 0;
        self.selected = 0;
    }

    fn option_count(&self) -> usize {
        match self.walk.position {
            Position::Question(node) => match &self.loaded.guide.node(node).kind {
                crate::engine::guide::NodeKind::Question(q) => q.options.len(),
                _ => 0,
            },
            _ => 0,
        }
    }

    /// The language after the current one, in the guide's order.
    pub fn next_language(&self) -> String {
        let languages = &self.loaded.guide.languages;
        let here = languages.iter().position(|l| *l == self.lang).unwrap_or(0);
        languages[(here + 1) % languages.len()].clone()
    }
}
