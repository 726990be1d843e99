//! The interview screen's state and the pure function that changes it.
//!
//! [`App::update`] takes an [`Action`] and never touches the terminal or the disk, so tests
//! drive the whole interview by calling it and look at the result by rendering into a buffer.
//! What needs the outside world (saving, writing a note) is left in [`App::dirty`] and
//! [`App::request`] for the terminal loop to carry out.
//!
//! The answers live in one place, the record; the walk is derived from them after every change.
//! Going back only moves what is shown ([`App::revisit`]); no key deletes an answer.

use crate::engine::case::Case;
use crate::engine::directory::PlaceId;
use crate::engine::guide::{Guide, NodeId, NodeKind, OptionSet, Question};
use crate::engine::load::LoadedGuide;
use crate::engine::record::{CloseReason, Closure, Consent, ConsentGiven, Record, now_utc};
use crate::engine::session::{Answer, Pathways, Position, Session, Walk};

mod note_editor;
mod panels;

pub use note_editor::NoteEditor;

use super::action::Action;

/// Longest note, in characters: a line of facts, not a story.
pub const NOTE_LIMIT: usize = 200;

/// A panel over the interview, which takes the keys while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// "Leave the interview?", offering first what is missing (consent, the referral note).
    QuitConfirm {
        /// The highlighted choice, an index into [`App::leave_choices`].
        selected: usize,
    },
    /// The keys.
    Help,
    /// Every answer so far, to pick one to change, and the answers kept aside.
    Review {
        /// The highlighted row, an index into [`App::answered`].
        selected: usize,
    },
    /// Editing the note of a node.
    Note {
        /// The node the note belongs to.
        node: NodeId,
        /// The text and its cursor.
        editor: NoteEditor,
    },
    /// Choosing the languages of a referral note.
    Export {
        /// The highlighted choice, an index into [`App::export_choices`].
        selected: usize,
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
    /// A change of answer that takes answers off the path, waiting to be confirmed.
    ConfirmChange {
        /// The question changed.
        node: NodeId,
        /// The new answer.
        chosen: OptionSet,
        /// The answers that would leave the path.
        leaving: Vec<Answer>,
        /// 0: change the answer; 1: keep it.
        selected: usize,
    },
    /// Closing the interview with a reason.
    Close {
        /// The highlighted reason, an index into [`App::close_reasons`].
        selected: usize,
    },
}

/// What a practitioner can do from the "leave?" panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeaveChoice {
    /// Consent for this result is not recorded: record it now.
    RecordConsent,
    /// No referral note was exported for this result: export it now.
    ExportNote,
    /// Leave; the interview stays open.
    Leave,
    /// Stay in the interview.
    Stay,
}

impl LeaveChoice {
    /// The interface message that names this choice.
    pub fn message(self) -> &'static str {
        match self {
            LeaveChoice::RecordConsent => "ui-leave-record-consent",
            LeaveChoice::ExportNote => "ui-leave-export",
            LeaveChoice::Leave => "ui-leave-leave",
            LeaveChoice::Stay => "ui-leave-stay",
        }
    }
}

/// Something only the terminal loop can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Write the referral note (Markdown and plain text) in each of these languages.
    ExportNote(Vec<String>),
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
    /// What is saved: case code, answers, notes, consent. The only copy of the answers.
    pub record: Record,
    /// The walk the answers make, recomputed after every change.
    pub walk: Walk,
    /// The language shown.
    pub lang: String,
    /// The place whose providers the referrals name, if one was chosen.
    pub place: Option<PlaceId>,
    /// The highlighted option of the current question.
    pub selected: usize,
    /// The options marked on the checklist on screen, until Enter confirms them.
    pub marked: OptionSet,
    /// A step of the path shown again (by going back or from the review) instead of where the
    /// walk stands; its kept answer is highlighted.
    pub revisit: Option<NodeId>,
    /// How far the outcome text is scrolled, in lines.
    pub scroll: u16,
    /// How far the open panel's text is scrolled, in lines (help, vignette).
    pub panel_scroll: u16,
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
    /// Why the last save failed, until a save succeeds: the answers on screen are not on disk.
    /// Unlike a notice it stays (a banner), and the exit reports it.
    pub save_failure: Option<String>,
}

impl<'g> App<'g> {
    /// A new interview of `loaded`, shown in `lang`, that records into `record`.
    pub fn new(loaded: &'g LoadedGuide, lang: String, record: Record) -> Self {
        let walk = record.session().walk(loaded.guide());
        let place = record.place(loaded.directory());
        Self {
            loaded,
            record,
            walk,
            lang,
            place,
            selected: 0,
            marked: OptionSet::EMPTY,
            revisit: None,
            scroll: 0,
            panel_scroll: 0,
            scroll_limit: std::cell::Cell::new(u16::MAX),
            overlay: None,
            show_guidance: true,
            notice: None,
            dirty: false,
            request: None,
            rehearsal: None,
            quit: false,
            save_failure: None,
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
        self.record.answers.clear();
        self.revisit = None;
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
        matches!(self.overlay, Some(Overlay::QuitConfirm { .. }))
    }

    /// What the "leave?" panel offers: on a result, what is still missing for it first.
    pub fn leave_choices(&self) -> Vec<LeaveChoice> {
        let mut choices = Vec::new();
        if matches!(self.walk.position, Position::Outcome(_)) && self.rehearsal.is_none() {
            let ids = self.pathway_ids();
            if self.record.consent_for(&ids).is_none() {
                choices.push(LeaveChoice::RecordConsent);
            }
            if !self.record.exports.iter().any(|e| e.pathways == ids) {
                choices.push(LeaveChoice::ExportNote);
            }
        }
        choices.extend([LeaveChoice::Leave, LeaveChoice::Stay]);
        choices
    }

    /// The languages a referral note can be written in, one choice each, then all of them.
    pub fn export_choices(&self) -> Vec<Vec<String>> {
        let languages = &self.loaded.guide().languages;
        // The interview's language first: it is what the practitioner reads now.
        let mut choices: Vec<Vec<String>> = std::iter::once(self.lang.clone())
            .chain(languages.iter().filter(|l| **l != self.lang).cloned())
            .map(|l| vec![l])
            .collect();
        if languages.len() > 1 {
            choices.push(choices.iter().flatten().cloned().collect());
        }
        choices
    }

    /// What is on screen: the step revisited, else where the walk stands.
    pub fn screen(&self) -> Position {
        let Some(node) = self.revisit else {
            return self.walk.position;
        };
        match self.loaded.guide().node(node).kind {
            NodeKind::Question(_) => Position::Question(node),
            NodeKind::Info(_) => Position::Info(node),
            _ => Position::Interruption(node),
        }
    }

    /// The number of the step on screen, counting the answered steps before it on the path.
    pub fn step_number(&self) -> usize {
        let node = self.screen().node();
        let guide = self.loaded.guide();
        self.walk
            .answered(guide)
            .take_while(|s| s.node != node)
            .count()
            + 1
    }

    /// The question on screen, if one is.
    pub fn shown_question(&self) -> Option<NodeId> {
        match self.screen() {
            Position::Question(node) => Some(node),
            _ => None,
        }
    }

    /// The answer kept for question `node`, if it was answered on the current path.
    pub fn kept_answer(&self, node: NodeId) -> Option<OptionSet> {
        self.walk
            .steps
            .iter()
            .find(|s| s.node == node && !s.chosen.is_empty())
            .map(|s| s.chosen)
    }

    /// The walk's answered questions with their answers, in path order.
    pub fn answered(&self) -> Vec<(NodeId, OptionSet)> {
        self.walk
            .steps
            .iter()
            .filter(|s| !s.chosen.is_empty())
            .map(|s| (s.node, s.chosen))
            .collect()
    }

    /// The question on screen, if it is a checklist.
    pub fn shown_checklist(&self) -> Option<&'g Question> {
        let guide: &'g Guide = self.loaded.guide();
        match &guide.node(self.shown_question()?).kind {
            NodeKind::Question(q) if q.is_checklist() => Some(q),
            _ => None,
        }
    }

    /// The pathways reached so far (immediate interruptions included), if any.
    pub fn pathways(&self) -> Option<Pathways> {
        Pathways::of(self.loaded.guide(), &self.walk)
    }

    /// The engine's document for what is on screen: an interruption, the result, or a
    /// rehearsal's feedback. `None` on a question or an info.
    pub fn screen_document(&self) -> Option<crate::engine::report::Document> {
        use crate::engine::report;
        match self.screen() {
            Position::Interruption(node) => {
                report::interruption(self.loaded, &self.record, &self.lang, node)
            }
            Position::Outcome(_) => match self.rehearsal.as_ref().and_then(|r| r.case()) {
                Some(case) => report::feedback(self.loaded, case, &self.record, &self.lang),
                None => report::result(self.loaded, &self.record, &self.lang),
            },
            Position::Question(_) | Position::Info(_) => None,
        }
    }

    /// The reasons the interview can be closed for now: "completed" once the screening reached
    /// its result, otherwise the ways an urgent case leaves the screening early.
    pub fn close_reasons(&self) -> Vec<CloseReason> {
        match self.walk.position {
            Position::Outcome(_) => vec![CloseReason::Completed],
            _ => vec![CloseReason::TakenForCare, CloseReason::HandedOver],
        }
    }

    /// The red flags raised so far ([`crate::engine::guide::Flag::is_red_flag`]), most urgent
    /// first.
    pub fn red_flags(&self) -> Vec<crate::engine::guide::FlagId> {
        let guide = self.loaded.guide();
        let mut flags: Vec<_> = self
            .walk
            .flags
            .iter()
            .copied()
            .filter(|f| guide.flag(*f).is_red_flag())
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
            // The language can change under any panel; the panel stays open.
            if action == Action::SwitchLanguage {
                self.switch_language();
                self.overlay = Some(overlay);
                return;
            }
            self.overlay = self.update_overlay(overlay, action);
            return;
        }
        self.panel_scroll = 0;
        // A notice stays until it is read: until Esc, or until the interview moves on.
        if action == Action::No {
            self.notice = None;
        }
        if self.picking() {
            self.update_picker(action);
            return;
        }
        let screen = self.screen();
        match action {
            Action::Quit => self.overlay = Some(Overlay::QuitConfirm { selected: 0 }),
            Action::Help => self.overlay = Some(Overlay::Help),
            Action::ToggleGuidance => self.show_guidance = !self.show_guidance,
            Action::Review if !self.answered().is_empty() => {
                let selected = self
                    .revisit
                    .and_then(|n| self.answered().iter().position(|(node, _)| *node == n))
                    .unwrap_or(self.answered().len() - 1);
                self.overlay = Some(Overlay::Review { selected });
            }
            Action::Note => {
                let node = screen.node();
                let text = self
                    .record
                    .notes
                    .get(&self.loaded.guide().node(node).id)
                    .cloned()
                    .unwrap_or_default();
                self.overlay = Some(Overlay::Note {
                    node,
                    editor: NoteEditor::new(&text),
                });
            }
            Action::Consent if matches!(screen, Position::Outcome(_)) => {
                let selected = self
                    .record
                    .consent
                    .as_ref()
                    .and_then(|c| Consent::ALL.iter().position(|x| *x == c.value))
                    .unwrap_or(0);
                self.overlay = Some(Overlay::Consent { selected });
            }
            Action::Export if matches!(screen, Position::Outcome(_)) => {
                if self.rehearsal.is_some() {
                    self.request = Some(Request::ExportDebrief);
                } else {
                    self.overlay = Some(Overlay::Export { selected: 0 });
                }
            }
            Action::Close
                if self.rehearsal.is_none()
                    && matches!(screen, Position::Outcome(_) | Position::Interruption(_)) =>
            {
                self.overlay = Some(Overlay::Close { selected: 0 });
            }
            Action::Vignette if self.rehearsal.as_ref().is_some_and(|r| r.current.is_some()) => {
                self.overlay = Some(Overlay::Vignette);
            }
            Action::Retry => {
                if let Some(divergence) = self.feedback().and_then(|f| f.divergence) {
                    // Back to the first difference; every answer is kept and can be changed.
                    self.show(Some(divergence.question));
                }
            }
            Action::SwitchLanguage => self.switch_language(),
            Action::Place if !self.loaded.directory().places.is_empty() => {
                let places = &self.loaded.directory().places;
                let selected = self.place.map_or(places.len(), |p| p.0 as usize);
                self.overlay = Some(Overlay::Location { selected });
            }
            Action::Back => self.show(self.step_before(screen.node())),
            Action::PageUp | Action::PageDown | Action::Home | Action::End => match screen {
                Position::Outcome(_) | Position::Interruption(_) => {
                    self.scroll = paged(self.scroll, action, self.scroll_limit.get());
                }
                _ => {
                    let last = self.option_count().saturating_sub(1);
                    self.selected = match action {
                        Action::PageUp | Action::Home => 0,
                        _ => last,
                    };
                }
            },
            Action::Up => match screen {
                Position::Outcome(_) | Position::Interruption(_) => {
                    self.scroll = self.scroll.saturating_sub(1)
                }
                _ => self.selected = self.selected.saturating_sub(1),
            },
            Action::Down => match screen {
                Position::Outcome(_) | Position::Interruption(_) => {
                    self.scroll = self.scroll.saturating_add(1).min(self.scroll_limit.get())
                }
                _ => self.selected = (self.selected + 1).min(self.option_count().saturating_sub(1)),
            },
            Action::Confirm => match screen {
                Position::Question(_) => match self.shown_checklist() {
                    Some(_) if self.marked.is_empty() => {
                        self.notice = Some(("ui-checklist-mark-first".into(), String::new()));
                    }
                    Some(_) => self.choose(self.marked),
                    None => self.choose(OptionSet::one(self.selected)),
                },
                Position::Info(_) | Position::Interruption(_) => self.go_on(),
                Position::Outcome(_) => {}
            },
            Action::Toggle => self.toggle(self.selected),
            Action::Pick(index) if index < self.option_count() => {
                if self.shown_checklist().is_some() {
                    self.selected = index;
                    self.toggle(index);
                } else {
                    self.choose(OptionSet::one(index));
                }
            }
            // An info's (or an interruption's) one choice is to go on: its number is 1.
            Action::Pick(0) if matches!(screen, Position::Info(_) | Position::Interruption(_)) => {
                self.go_on()
            }
            _ => {}
        }
    }

    /// The answered step before `node` on the path (the last one when `node` is where the walk
    /// stands); `None` at the start.
    fn step_before(&self, node: NodeId) -> Option<NodeId> {
        let guide = self.loaded.guide();
        let steps: Vec<NodeId> = self.walk.answered(guide).map(|s| s.node).collect();
        match steps.iter().position(|n| *n == node) {
            Some(0) => Some(steps[0]),
            Some(i) => Some(steps[i - 1]),
            None => steps.last().copied(),
        }
    }

    /// The answered step after `node` on the path; `None` past the last one, where the walk
    /// stands.
    fn step_after(&self, node: NodeId) -> Option<NodeId> {
        let guide = self.loaded.guide();
        let mut steps = self.walk.answered(guide).map(|s| s.node);
        steps.find(|n| *n == node)?;
        steps.next()
    }

    /// Shows step `node` of the path again (or where the walk stands, for `None`), with its kept
    /// answer highlighted.
    fn show(&mut self, node: Option<NodeId>) {
        self.revisit = node;
        self.scroll = 0;
        self.highlight_kept();
    }

    /// Highlights the kept answer of the question on screen (the first option if none), and
    /// marks it again on a checklist.
    fn highlight_kept(&mut self) {
        let kept = self.shown_question().and_then(|n| self.kept_answer(n));
        self.selected = kept.and_then(OptionSet::first).unwrap_or(0);
        self.marked = kept.unwrap_or_default();
    }

    /// Marks or unmarks option `index` of the checklist on screen.
    fn toggle(&mut self, index: usize) {
        if let Some(q) = self.shown_checklist() {
            self.marked = q.toggle(self.marked, index);
            // "Nothing is marked" has been acted on.
            self.notice = None;
        }
    }

    /// Goes on from an info or an interruption: the next step if it was revisited, else it is
    /// acknowledged and the walk goes on.
    fn go_on(&mut self) {
        match self.revisit {
            Some(node) => self.show(self.step_after(node)),
            None => {
                self.edit(|session, guide| session.acknowledge(guide));
                self.moved();
            }
        }
    }

    fn choose(&mut self, chosen: OptionSet) {
        let guide = self.loaded.guide();
        let Some(node) = self.shown_question() else {
            return;
        };
        if self.revisit.is_some() && self.kept_answer(node) == Some(chosen) {
            // The kept answer stands: step on.
            return self.show(self.step_after(node));
        }
        if self.revisit.is_none() {
            if self
                .edit(|session, guide| session.answer(guide, chosen))
                .is_ok()
            {
                self.moved();
            }
            return;
        }
        let id = guide.node(node).id.clone();
        let Ok(leaving) = self.record.session().change_preview(guide, &id, chosen) else {
            return;
        };
        // Only answers to questions are worth a question; an info read comes back by itself.
        let leaving: Vec<Answer> = leaving.into_iter().filter(|a| !a.is_read()).collect();
        if leaving.is_empty() {
            self.change(node, chosen);
        } else {
            // Answers would leave the path: say which, and ask with verbs.
            self.overlay = Some(Overlay::ConfirmChange {
                node,
                chosen,
                leaving,
                selected: 0,
            });
        }
    }

    /// Changes the answer to `node`: the walk passes through every question still answered and
    /// stops at the first that is not. A closed interview opens again; a consent recorded for
    /// another result is set aside (kept in the record, shown as such).
    pub(super) fn change(&mut self, node: NodeId, chosen: OptionSet) {
        let id = self.loaded.guide().node(node).id.clone();
        let before = self.pathway_ids();
        if self
            .edit(|session, guide| session.change(guide, &id, chosen))
            .is_err()
        {
            return;
        }
        self.record.closed = None;
        self.revisit = None;
        self.moved();
        if before != self.pathway_ids()
            && self.record.consent_set_aside(&self.pathway_ids()).is_some()
        {
            self.notice = Some(("ui-consent-set-aside".into(), String::new()));
        }
    }

    /// The ids of the pathways reached, most urgent first.
    pub fn pathway_ids(&self) -> Vec<String> {
        self.pathways()
            .map(|p| p.ids(self.loaded.guide()))
            .unwrap_or_default()
    }

    /// Runs `f` on the record's answers as a session, without copying them.
    fn edit<R>(&mut self, f: impl FnOnce(&mut Session, &crate::engine::guide::Guide) -> R) -> R {
        let mut session = Session {
            answers: std::mem::take(&mut self.record.answers),
        };
        let result = f(&mut session, self.loaded.guide());
        self.record.answers = session.answers;
        result
    }

    /// Recomputes the walk after the answers changed, and resets what belongs to one screen.
    fn moved(&mut self) {
        self.notice = None;
        self.walk = self.record.session().walk(self.loaded.guide());
        self.dirty = true;
        self.scroll = 0;
        self.highlight_kept();
    }

    /// Closes the interview for `reason`, and leaves.
    pub(super) fn close(&mut self, reason: CloseReason) {
        self.record.closed = Some(Closure {
            reason,
            at: now_utc(),
        });
        self.dirty = true;
        self.quit = true;
    }

    /// Records `consent` for the current result.
    pub(super) fn give_consent(&mut self, consent: Consent) {
        self.record.consent = Some(ConsentGiven {
            value: consent,
            pathways: self.pathway_ids(),
        });
        self.dirty = true;
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

    fn switch_language(&mut self) {
        self.lang = self.next_language();
        self.record.language = self.lang.clone();
        self.dirty = true;
    }

    /// The language after the current one, in the guide's order.
    pub fn next_language(&self) -> String {
        let languages = &self.loaded.guide().languages;
        let here = languages.iter().position(|l| *l == self.lang).unwrap_or(0);
        languages[(here + 1) % languages.len()].clone()
    }
}

/// How many lines a page key moves a text, or rows a list.
pub const PAGE: u16 = 10;

/// `position` moved by a page key (`PageUp`, `PageDown`, `Home`, `End`), within `0..=last`.
pub fn paged(position: u16, action: Action, last: u16) -> u16 {
    match action {
        Action::PageUp => position.saturating_sub(PAGE),
        Action::PageDown => position.saturating_add(PAGE).min(last),
        Action::Home => 0,
        Action::End => last,
        _ => position,
    }
}
