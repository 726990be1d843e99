//! The interview as plain lines, for screen readers, pipes, dumb terminals and scripts. It
//! drives the same [`App`] as the full screen, with the keys spelled as words (see [`words`]).
//!
//! A screen reader reads everything printed, so nothing long is printed twice: a screen is
//! printed when the interview moves to another one (or on `show`); any other command answers
//! with one short line, a confirmation or the reason it did nothing.

mod words;

use std::io::{self, BufRead, Write};

use crate::engine::guide::{NodeKind, OptionSet, Refusal};
use crate::engine::record::Consent;
use crate::engine::report::{self, Format};
use crate::engine::session::Position;
use crate::engine::store::Store;

use crate::interview::action::Action;
use crate::interview::app::{App, LeaveChoice, NOTE_LIMIT, Overlay};
use crate::interview::effects::{carry_out, save};
use words::{Command, NoteEdit};

/// What a command leaves to say, besides a new screen.
enum Reply {
    /// Nothing of its own: the new screen, a notice, or "nothing changed".
    Done,
    /// Print the current screen again.
    Show,
    /// An interface message (with its `detail`).
    Say(&'static str, String),
}

/// What identifies a screen: when it changes, the new screen is printed.
fn screen_of(app: &App<'_>) -> (Position, Option<std::mem::Discriminant<Overlay>>, String) {
    (
        app.screen(),
        app.overlay.as_ref().map(std::mem::discriminant),
        app.lang.clone(),
    )
}

/// Runs the interview on `input` and `output` until it is left, closed, or the input ends.
pub fn run(
    app: &mut App<'_>,
    store: &Store,
    input: impl BufRead,
    mut output: impl Write,
) -> io::Result<()> {
    save(app, store);
    print_screen(app, &mut output)?;
    for line in input.lines() {
        let line = line?;
        let before = screen_of(app);
        let reply = execute(app, words::parse(&line));
        carry_out(app, store);
        if app.quit {
            break;
        }
        match reply {
            Reply::Show => print_screen(app, &mut output)?,
            Reply::Say(id, detail) => {
                app.notice = None;
                say(app, &mut output, id, detail)?;
            }
            Reply::Done if screen_of(app) != before => print_screen(app, &mut output)?,
            Reply::Done => match app.notice.take() {
                Some((id, detail)) => {
                    let text = format(app, &id, detail);
                    writeln!(output, "{text}")?;
                    prompt(&mut output)?;
                }
                None => say(app, &mut output, "ui-plain-nothing", String::new())?,
            },
        }
    }
    save(app, store);
    output.flush()
}

/// Carries out `command` on `app`; says why when it cannot.
fn execute(app: &mut App<'_>, command: Command) -> Reply {
    let screen = app.screen();
    let at_result = matches!(screen, Position::Outcome(_)) && app.overlay.is_none();
    match command {
        // The full screen's "nothing is marked" speaks of Space; here numbers mark.
        Command::Enter
            if app.overlay.is_none()
                && app.shown_checklist().is_some()
                && app.marked.is_empty() =>
        {
            return Reply::Say("ui-plain-checklist", String::new());
        }
        Command::Enter => app.update(Action::Confirm),
        Command::Number(n) if app.overlay.is_none() && app.shown_checklist().is_some() => {
            return mark(app, &[n]);
        }
        Command::Number(n) => return pick(app, n),
        Command::Numbers(numbers) if app.overlay.is_none() && app.shown_checklist().is_some() => {
            return mark(app, &numbers);
        }
        Command::Numbers(_) => return Reply::Say("ui-plain-one-number", String::new()),
        Command::Back => {
            let before = (app.revisit, app.screen());
            app.update(Action::Back);
            if (app.revisit, app.screen()) == before {
                return Reply::Say("ui-plain-at-start", String::new());
            }
        }
        Command::Language => app.update(Action::SwitchLanguage),
        Command::Help => return Reply::Say("ui-plain-help", String::new()),
        Command::Quit => app.update(Action::Quit),
        Command::Yes => app.update(Action::Yes),
        Command::No => app.update(Action::No),
        Command::Review(n) => {
            if app.answered().is_empty() {
                return Reply::Say("ui-plain-no-answers", String::new());
            }
            return open_and_pick(app, Action::Review, n);
        }
        Command::Export(n) if at_result => return open_and_pick(app, Action::Export, n),
        Command::Export(_) => return Reply::Say("ui-plain-result-only", String::new()),
        Command::Consent(n) if at_result && app.rehearsal.is_none() => {
            return open_and_pick(app, Action::Consent, n);
        }
        Command::Consent(_) => return Reply::Say("ui-plain-result-only", String::new()),
        Command::Close(n) => {
            let reply = open_and_pick(app, Action::Close, n);
            if app.overlay.is_none() && !app.quit {
                return Reply::Say("ui-plain-close-where", String::new());
            }
            return reply;
        }
        Command::Place(_) if app.loaded.directory().places.is_empty() => {
            return Reply::Say("ui-plain-no-places", String::new());
        }
        Command::Place(n) => return open_and_pick(app, Action::Place, n),
        Command::Note(edit) => return note(app, edit),
        Command::Show => return Reply::Show,
        Command::Guidance(on) => {
            app.show_guidance = on.unwrap_or(!app.show_guidance);
            let id = if app.show_guidance {
                "ui-plain-guidance-on"
            } else {
                "ui-plain-guidance-off"
            };
            return Reply::Say(id, String::new());
        }
        Command::Unknown => return Reply::Say("ui-plain-unknown", String::new()),
    }
    Reply::Done
}

/// Opens the panel of `action`, and picks `n` in it if given; a wrong number closes the panel
/// again, so the command leaves nothing half done.
fn open_and_pick(app: &mut App<'_>, action: Action, n: Option<usize>) -> Reply {
    app.update(action);
    let Some(n) = n else {
        return Reply::Done;
    };
    let reply = pick(app, n);
    if matches!(reply, Reply::Say(..))
        && app.overlay.is_some()
        && !matches!(reply, Reply::Say("ui-consent-recorded", _))
    {
        app.overlay = None;
    }
    reply
}

/// Number `n` (as typed, from 1) of what is on screen: an option, a place, a reason, an answer.
fn pick(app: &mut App<'_>, n: usize) -> Reply {
    let count = choices(app);
    if count == 0 {
        return Reply::Say("ui-plain-nothing-to-choose", String::new());
    }
    if n > count {
        return Reply::Say("ui-plain-no-such-number", format!("{n}|{count}"));
    }
    let consenting = matches!(app.overlay, Some(Overlay::Consent { .. }));
    app.update(Action::Pick(n - 1));
    if consenting && app.overlay.is_none() {
        return Reply::Say(
            "ui-consent-recorded",
            app.loaded
                .ui()
                .text(&app.lang, Consent::ALL[n - 1].message()),
        );
    }
    Reply::Done
}

/// Answers the checklist on screen with options `numbers` (1-based, as typed).
fn mark(app: &mut App<'_>, numbers: &[usize]) -> Reply {
    let Some(q) = app.shown_checklist() else {
        return Reply::Say("ui-plain-nothing-to-choose", String::new());
    };
    let count = q.options.len();
    if let Some(n) = numbers.iter().find(|n| **n > count) {
        return Reply::Say("ui-plain-no-such-number", format!("{n}|{count}"));
    }
    let chosen: OptionSet = numbers.iter().map(|n| n - 1).collect();
    if let Err(Refusal::Exclusive(i)) = q.accepts(chosen) {
        return Reply::Say("ui-plain-marked-alone", (i + 1).to_string());
    }
    app.marked = chosen;
    app.update(Action::Confirm);
    Reply::Done
}

/// How many numbered choices the screen offers.
fn choices(app: &App<'_>) -> usize {
    match &app.overlay {
        Some(Overlay::Location { .. }) => app.loaded.directory().places.len() + 1,
        Some(Overlay::Consent { .. }) => Consent::ALL.len(),
        Some(Overlay::Close { .. }) => app.close_reasons().len(),
        Some(Overlay::ConfirmChange { .. }) => 2,
        Some(Overlay::Review { .. }) => app.answered().len(),
        Some(Overlay::QuitConfirm { .. }) => app.leave_choices().len(),
        Some(Overlay::Export { .. }) => app.export_choices().len(),
        Some(_) => 0,
        None if app.picking() => app.rehearsal.as_ref().map_or(0, |r| r.cases.len()),
        None => match app.screen() {
            Position::Question(node) => match &app.loaded.guide().node(node).kind {
                NodeKind::Question(q) => q.options.len(),
                _ => 0,
            },
            Position::Info(_) | Position::Interruption(_) => 1,
            Position::Outcome(_) => 0,
        },
    }
}

/// `note`: the note of the question on screen, written whole (never glued to the one before),
/// deleted, or shown; every answer repeats that a note holds no names.
fn note(app: &mut App<'_>, edit: NoteEdit) -> Reply {
    let id = app.loaded.guide().node(app.screen().node()).id.clone();
    let current = app.record.notes.get(&id).cloned().unwrap_or_default();
    let text = match edit {
        NoteEdit::Show if current.is_empty() => {
            return Reply::Say("ui-plain-no-note", String::new());
        }
        NoteEdit::Show => return Reply::Say("ui-plain-note-is", current),
        NoteEdit::Delete => String::new(),
        NoteEdit::Set(text) if text.chars().count() > NOTE_LIMIT => {
            return Reply::Say("ui-note-too-long", NOTE_LIMIT.to_string());
        }
        NoteEdit::Set(text) => text,
    };
    app.update(Action::Note);
    for _ in current.chars() {
        app.update(Action::Erase);
    }
    for c in text.chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Confirm);
    app.notice = None;
    if text.is_empty() {
        Reply::Say("ui-plain-note-deleted", String::new())
    } else {
        Reply::Say("ui-plain-note-saved", String::new())
    }
}

fn format(app: &App<'_>, id: &str, detail: String) -> String {
    let mut args = fluent::FluentArgs::new();
    // Two numbers travel as "n|count" for the one message that needs both.
    if let Some((n, count)) = detail.split_once('|') {
        args.set("number", n.to_owned());
        args.set("count", count.to_owned());
    }
    args.set("detail", detail);
    app.loaded.ui().format(&app.lang, id, Some(&args))
}

fn say(app: &App<'_>, out: &mut impl Write, id: &str, detail: String) -> io::Result<()> {
    writeln!(out, "{}", format(app, id, detail))?;
    prompt(out)
}

fn prompt(out: &mut impl Write) -> io::Result<()> {
    write!(out, "> ")?;
    out.flush()
}

/// Prints what is on screen, then the prompt.
fn print_screen(app: &mut App<'_>, out: &mut impl Write) -> io::Result<()> {
    writeln!(out)?;
    // Every screen repeats it while saving fails: a notice shown once is easy to miss.
    if let Some(detail) = app.save_failure.clone() {
        writeln!(out, "⚠ {}", format(app, "ui-not-saved-banner", detail))?;
        app.notice.take_if(|(id, _)| id == "ui-save-failed");
    }
    if let Some((id, detail)) = app.notice.take() {
        writeln!(out, "{}", format(app, &id, detail))?;
    }
    match app.overlay.clone() {
        Some(overlay) => print_panel(app, &overlay, out)?,
        None if app.picking() => print_picker(app, out)?,
        None => print_step(app, out)?,
    }
    prompt(out)
}

/// A panel, as numbered lines. Help and the vignette are read once and closed.
fn print_panel(app: &mut App<'_>, overlay: &Overlay, out: &mut impl Write) -> io::Result<()> {
    let ui = |id: &str| app.loaded.ui().text(&app.lang, id);
    let words = report::Words::new(app.loaded, &app.lang);
    let numbered = |out: &mut dyn Write, items: &[String]| -> io::Result<()> {
        for (i, item) in items.iter().enumerate() {
            writeln!(out, "{}. {item}", i + 1)?;
        }
        Ok(())
    };
    match overlay {
        Overlay::QuitConfirm { .. } => {
            writeln!(out, "{}", ui("ui-quit-question"))?;
            let choices = app.leave_choices();
            for (choice, missing) in [
                (LeaveChoice::RecordConsent, "ui-leave-missing-consent"),
                (LeaveChoice::ExportNote, "ui-leave-missing-export"),
            ] {
                if choices.contains(&choice) {
                    writeln!(out, "! {}", ui(missing))?;
                }
            }
            let items: Vec<String> = choices.iter().map(|c| ui(c.message())).collect();
            numbered(out, &items)?;
        }
        Overlay::Export { .. } => {
            writeln!(out, "{}", ui("ui-export-question"))?;
            let items: Vec<String> = app
                .export_choices()
                .iter()
                .map(|langs| {
                    let names: Vec<String> = langs
                        .iter()
                        .map(|l| app.loaded.ui().text(l, "ui-language-name"))
                        .collect();
                    names.join(" + ")
                })
                .collect();
            numbered(out, &items)?;
        }
        Overlay::Help => writeln!(out, "{}", ui("ui-plain-help"))?,
        Overlay::Vignette => {
            if let Some(case) = app.rehearsal.as_ref().and_then(|r| r.case()) {
                writeln!(
                    out,
                    "{}\n{}",
                    words.text(&case.title),
                    words.text(&case.vignette)
                )?;
            }
        }
        Overlay::Review { .. } => print_overview(app, out)?,
        Overlay::Consent { .. } => {
            writeln!(out, "{}", ui("ui-consent-question"))?;
            let items: Vec<String> = Consent::ALL.iter().map(|c| ui(c.message())).collect();
            numbered(out, &items)?;
        }
        Overlay::ConfirmChange { leaving, .. } => {
            writeln!(out, "{}", ui("ui-change-leaving"))?;
            for answer in leaving {
                if let Some(node) = app.loaded.guide().find(&answer.node) {
                    writeln!(out, "- {}", words.node_text(node))?;
                }
            }
            writeln!(out, "{}", ui("ui-change-kept-aside"))?;
            numbered(out, &[ui("ui-change-confirm"), ui("ui-change-keep")])?;
        }
        Overlay::Close { .. } => {
            writeln!(out, "{}", ui("ui-close-question"))?;
            let items: Vec<String> = app
                .close_reasons()
                .iter()
                .map(|r| ui(r.message()))
                .collect();
            numbered(out, &items)?;
        }
        Overlay::Location { .. } => {
            writeln!(out, "{}", ui("ui-location-question"))?;
            let mut items: Vec<String> = app
                .loaded
                .directory()
                .places
                .iter()
                .map(|p| words.text(&p.name))
                .collect();
            items.push(ui("ui-location-none"));
            numbered(out, &items)?;
        }
        // A note is written in one line (`note TEXT`); its panel is never left open here.
        Overlay::Note { .. } => {}
    }
    if matches!(overlay, Overlay::Help | Overlay::Vignette) {
        app.overlay = None;
    }
    Ok(())
}

/// The overview: every answer on the path by number and section, then those kept aside.
fn print_overview(app: &App<'_>, out: &mut impl Write) -> io::Result<()> {
    let guide = app.loaded.guide();
    let words = report::Words::new(app.loaded, &app.lang);
    let ui = |id: &str| app.loaded.ui().text(&app.lang, id);
    let state = ui(app.record.state(guide).message());
    writeln!(out, "{}: {state}", ui("ui-review-title"))?;
    let mut section = None;
    for (i, (node, option)) in app.answered().into_iter().enumerate() {
        let n = guide.node(node);
        if n.section.is_some() && n.section != section {
            section = n.section;
            if let Some(s) = section {
                writeln!(out, "[{}]", words.text(&guide.section(s).title))?;
            }
        }
        if let NodeKind::Question(q) = &n.kind {
            let note = app
                .record
                .notes
                .get(&n.id)
                .map(|t| format!(" ({})", t))
                .unwrap_or_default();
            writeln!(
                out,
                "{}. {} → {}{note}",
                i + 1,
                words.text(&q.text),
                words.answer(q, option)
            )?;
        }
    }
    let aside: Vec<String> = app
        .walk
        .off_path
        .iter()
        .filter_map(|a| {
            let node = guide.find(&a.node)?;
            let NodeKind::Question(q) = &guide.node(node).kind else {
                return None;
            };
            Some(format!(
                "- {} → {}",
                words.text(&q.text),
                words.answer(q, a.chosen(q)?)
            ))
        })
        .collect();
    if !aside.is_empty() {
        writeln!(out, "{}:", ui("ui-off-path"))?;
        for line in aside {
            writeln!(out, "{line}")?;
        }
    }
    writeln!(out, "{}", ui("ui-plain-review"))
}

/// The cases a trainee can rehearse, numbered.
fn print_picker(app: &App<'_>, out: &mut impl Write) -> io::Result<()> {
    let words = report::Words::new(app.loaded, &app.lang);
    writeln!(
        out,
        "{}",
        app.loaded.ui().text(&app.lang, "ui-rehearse-pick")
    )?;
    for (i, case) in app.rehearsal.iter().flat_map(|r| &r.cases).enumerate() {
        writeln!(
            out,
            "{}. {} — {}",
            i + 1,
            words.text(&case.title),
            words.text(&case.summary)
        )?;
    }
    Ok(())
}

/// The step on screen: where the interview is, in words (a screen reader has no header to
/// glance at), the red flags, then the question, info, interruption or result.
fn print_step(app: &App<'_>, out: &mut impl Write) -> io::Result<()> {
    let ui = |id: &str| app.loaded.ui().text(&app.lang, id);
    let guide = app.loaded.guide();
    let words = report::Words::new(app.loaded, &app.lang);
    let guidance = |out: &mut dyn Write, id: Option<&crate::engine::guide::MessageId>| match id
        .filter(|_| app.show_guidance)
    {
        Some(id) => writeln!(out, "{}: {}", ui("ui-guidance"), words.text(id)),
        None => Ok(()),
    };
    for flag in app.red_flags() {
        let flag = guide.flag(flag);
        let action = flag
            .action
            .as_ref()
            .map(|a| format!(": {}", words.text(a)))
            .unwrap_or_default();
        writeln!(out, "⚠ {}{action}", words.text(&flag.label))?;
    }
    let screen = app.screen();
    if !matches!(screen, Position::Outcome(_)) {
        let node = guide.node(screen.node());
        let mut place = vec![app.loaded.ui().format(
            &app.lang,
            "ui-step",
            Some(&fluent::fluent_args!["number" => app.step_number()]),
        )];
        if let Some(section) = node.section {
            place.insert(0, words.text(&guide.section(section).title));
        }
        writeln!(out, "[{}]", place.join(" · "))?;
    }
    match screen {
        Position::Question(node) => {
            let NodeKind::Question(q) = &guide.node(node).kind else {
                return Ok(());
            };
            if app.revisit.is_some() {
                writeln!(out, "({})", ui("ui-plain-revisiting"))?;
            }
            writeln!(out, "{}", words.text(&q.text))?;
            let kept = app.revisit.and(app.kept_answer(node)).unwrap_or_default();
            for (i, option) in q.options.iter().enumerate() {
                let mark = if kept.contains(i) {
                    format!("  ({})", ui("ui-kept-answer"))
                } else {
                    String::new()
                };
                writeln!(out, "  {}. {}{mark}", i + 1, words.text(&option.label))?;
            }
            if q.is_checklist() {
                writeln!(out, "{}", ui("ui-plain-checklist"))?;
            }
            guidance(out, q.guidance.as_ref())?;
        }
        Position::Info(node) => {
            let NodeKind::Info(info) = &guide.node(node).kind else {
                return Ok(());
            };
            writeln!(out, "{}", words.text(&info.text))?;
            guidance(out, info.guidance.as_ref())?;
            writeln!(out, "{}", ui("ui-plain-continue"))?;
        }
        Position::Interruption(_) | Position::Outcome(_) => {
            if let Some(doc) = app.screen_document() {
                write!(out, "{}", report::render(&doc, Format::Text))?;
            }
            let hint = match screen {
                Position::Interruption(_) => "ui-plain-interruption",
                _ => "ui-plain-at-result",
            };
            writeln!(out, "{}", ui(hint))?;
        }
    }
    Ok(())
}
