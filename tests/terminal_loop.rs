//! The terminal loop driven headlessly: a `TestBackend` for the screen and a scripted event
//! source for the keyboard, the terminal's fate and signals. Every way the loop can end leaves
//! the answers on disk.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ruta::engine::load::LoadedGuide;
use ruta::engine::record::Record;
use ruta::engine::store::Store;
use ruta::interview::app::App;
use ruta::tui::input::{EventSource, Input};
use ruta::tui::terminal::{Ending, event_loop};
use ruta::tui::theme::Theme;

/// One step of a script: an input, or something done to the world between two inputs.
enum Step {
    Input(Input),
    Do(Box<dyn FnOnce()>),
}

impl From<Input> for Step {
    fn from(input: Input) -> Self {
        Step::Input(input)
    }
}

/// Inputs played in order; after the last, the input ends as a closed terminal's does.
struct Script {
    steps: VecDeque<Step>,
    suspended: usize,
}

impl Script {
    fn new(steps: impl IntoIterator<Item = Step>) -> Self {
        Self {
            steps: steps.into_iter().collect(),
            suspended: 0,
        }
    }
}

impl EventSource for Script {
    fn next(&mut self, _wait: Duration) -> Input {
        loop {
            match self.steps.pop_front() {
                Some(Step::Input(input)) => return input,
                Some(Step::Do(action)) => action(),
                None => return Input::from_read(Err(io::ErrorKind::UnexpectedEof.into())),
            }
        }
    }

    fn suspend(&mut self) -> io::Result<()> {
        self.suspended += 1;
        Ok(())
    }
}

fn key(code: KeyCode) -> Input {
    Input::Event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn small() -> LoadedGuide {
    common::load_fixture("valid/small")
}

/// Plays `script` on a `width`×`height` screen; returns how it ended, the record as saved and
/// the script (to count suspensions).
fn play(
    loaded: &LoadedGuide,
    width: u16,
    height: u16,
    script: Vec<Input>,
) -> (Ending, Record, Script) {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(Some(data.path())).unwrap();
    let record = Record::new(loaded.guide(), loaded.hash(), "en");
    let code = record.case_code.clone();
    let mut app = App::new(loaded, "en".into(), record);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut script = Script::new(script.into_iter().map(Step::from));
    let ending = event_loop(&mut terminal, &mut script, &mut app, Theme::COLOR, &store);
    (ending, store.load(&code).unwrap(), script)
}

#[test]
fn end_of_input_ends_the_interview_with_its_answers_saved() {
    let loaded = small();
    let (ending, saved, _) = play(&loaded, 80, 24, vec![key(KeyCode::Char('2')), Input::Idle]);
    assert!(matches!(ending, Ending::Hangup(_)), "{ending:?}");
    assert_eq!(saved.answers.len(), 1, "{saved:?}");
}

#[test]
fn a_read_error_is_a_hangup_and_saves() {
    let loaded = small();
    let eio = Input::from_read(Err(io::Error::from_raw_os_error(5)));
    let (ending, saved, _) = play(&loaded, 80, 24, vec![key(KeyCode::Char('2')), eio]);
    assert!(
        matches!(&ending, Ending::Hangup(reason) if reason.contains("cannot be read")),
        "{ending:?}"
    );
    assert_eq!(saved.answers.len(), 1);
}

#[test]
fn a_paste_into_a_note_does_not_answer_questions() {
    let loaded = small();
    let paste = Input::Event(Event::Paste("first line\n2\n\n1\n".into()));
    let (_, saved, _) = play(
        &loaded,
        80,
        24,
        vec![key(KeyCode::Char('a')), paste, key(KeyCode::Enter)],
    );
    assert!(saved.answers.is_empty(), "no line was an answer: {saved:?}");
    let note = saved.notes.values().next().expect("the note is kept");
    assert_eq!(note.trim(), "first line 2  1");
}

#[test]
fn a_paste_outside_a_note_does_nothing() {
    let loaded = small();
    let paste = Input::Event(Event::Paste("2\n".into()));
    let (_, saved, _) = play(&loaded, 80, 24, vec![paste]);
    assert!(saved.answers.is_empty() && saved.notes.is_empty());
}

#[test]
fn keys_in_a_window_too_small_answer_nothing() {
    let loaded = small();
    let keys = vec![
        Input::Event(Event::Resize(40, 10)),
        key(KeyCode::Char('2')),
        key(KeyCode::Enter),
        key(KeyCode::Down),
        key(KeyCode::Enter),
    ];
    let (_, saved, _) = play(&loaded, 40, 10, keys);
    assert!(saved.answers.is_empty(), "{saved:?}");
}

#[test]
fn q_in_a_window_too_small_leaves_saved() {
    let loaded = small();
    let (ending, _, _) = play(&loaded, 40, 10, vec![key(KeyCode::Char('q'))]);
    assert_eq!(ending, Ending::Left);
}

#[test]
fn a_stop_signal_ends_the_loop_saved() {
    let loaded = small();
    let (ending, saved, _) = play(
        &loaded,
        80,
        24,
        vec![key(KeyCode::Char('2')), Input::Stop, key(KeyCode::Enter)],
    );
    assert_eq!(ending, Ending::Signal);
    assert_eq!(
        saved.answers.len(),
        1,
        "the key after the signal is not read"
    );
}

#[test]
fn a_suspension_gives_the_terminal_back_and_the_interview_goes_on() {
    let loaded = small();
    let (ending, saved, script) = play(
        &loaded,
        80,
        24,
        vec![
            Input::Suspend,
            Input::Resumed,
            key(KeyCode::Char('2')),
            Input::Stop,
        ],
    );
    assert_eq!(script.suspended, 1);
    assert_eq!(ending, Ending::Signal);
    assert_eq!(saved.answers.len(), 1);
}

#[test]
fn ctrl_d_while_typing_a_note_keeps_the_note() {
    let loaded = small();
    let ctrl_d = Input::Event(Event::Key(KeyEvent::new(
        KeyCode::Char('d'),
        KeyModifiers::CONTROL,
    )));
    let (ending, saved, _) = play(
        &loaded,
        80,
        24,
        vec![
            key(KeyCode::Char('a')),
            key(KeyCode::Char('o')),
            key(KeyCode::Char('k')),
            ctrl_d,
            key(KeyCode::Enter),
            Input::Stop,
        ],
    );
    assert_eq!(ending, Ending::Signal, "Ctrl-D did not leave");
    assert_eq!(saved.notes.values().next().map(String::as_str), Some("ok"));
}

#[test]
fn a_save_that_fails_mid_interview_shows_a_banner_that_stays() {
    let loaded = small();
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(Some(data.path())).unwrap();
    let record = Record::new(loaded.guide(), loaded.hash(), "en");
    let mut app = App::new(&loaded, "en".into(), record);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let records = data.path().join("records");
    let mut script = Script::new([
        key(KeyCode::Char('2')).into(),
        // The records folder is replaced by a file: every save from now on fails.
        Step::Do(Box::new(move || {
            std::fs::remove_dir_all(&records).unwrap();
            std::fs::write(&records, "").unwrap();
        })),
        key(KeyCode::Enter).into(),
        // Other keys come and go; the banner does not.
        key(KeyCode::Char('?')).into(),
        key(KeyCode::Esc).into(),
        Input::Idle.into(),
    ]);
    event_loop(&mut terminal, &mut script, &mut app, Theme::COLOR, &store);
    let reason = app.save_failure.as_deref().expect("the failure is kept");
    assert!(reason.contains("is not a folder"), "{reason}");
    let screen = terminal.backend().to_string();
    assert!(screen.contains("NOT SAVED"), "{screen}");
}
