//! The interview as plain lines: each screen is printed once as numbered text and a line is read
//! from standard input. Screen readers, pipes, dumb terminals and scripts use it. It drives the
//! same [`App`] as the terminal front end, with the keys spelled as words (`back`, `lang`,
//! `review`, `note TEXT`, `consent N`, `export`, `help`, `quit`; Spanish words work too).

use std::io::{self, BufRead, Write};

use crate::engine::guide::NodeKind;
use crate::engine::record::Consent;
use crate::engine::report::{self, Format};
use crate::engine::session::Position;
use crate::engine::store::Store;

use super::action::Action;
use super::app::{App, Overlay};
use super::effects::{carry_out, save};

/// What a line of input asks for.
fn actions_for(line: &str) -> Vec<Action> {
    let line = line.trim();
    let (word, rest) = line
        .split_once(' ')
        .map_or((line, ""), |(w, r)| (w, r.trim()));
    match word.to_lowercase().as_str() {
        "" => vec![Action::Confirm],
        "back" | "atras" | "atrás" => vec![Action::Back],
        "lang" | "idioma" => vec![Action::SwitchLanguage],
        "help" | "ayuda" | "?" => vec![Action::Help],
        "quit" | "salir" => vec![Action::Quit],
        "yes" | "y" | "si" | "sí" | "s" => vec![Action::Yes],
        "no" | "n" => vec![Action::No],
        "review" | "revisar" => vec![Action::Review],
        "export" | "exportar" => vec![Action::Export],
        "close" | "cerrar" => {
            let mut actions = vec![Action::Close];
            actions.extend(
                rest.parse::<usize>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .map(|n| Action::Pick(n - 1)),
            );
            actions
        }
        "consent" | "consentimiento" => {
            let mut actions = vec![Action::Consent];
            actions.extend(
                rest.parse::<usize>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .map(|n| Action::Pick(n - 1)),
            );
            actions
        }
        "note" | "nota" => {
            let mut actions = vec![Action::Note];
            actions.extend(rest.chars().map(Action::Type));
            actions.push(Action::Confirm);
            actions
        }
        number => match number.parse::<usize>() {
            Ok(n) if n >= 1 => vec![Action::Pick(n - 1)],
            _ => Vec::new(),
        },
    }
}

/// Runs the interview on `input` and `output` until `quit` is confirmed or the input ends.
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
        let actions = actions_for(&line);
        if actions.is_empty() {
            writeln!(
                output,
                "{}",
                app.loaded.ui().text(&app.lang, "ui-plain-unknown")
            )?;
        }
        for action in actions {
            app.update(action);
        }
        carry_out(app, store);
        if app.quit {
            break;
        }
        print_screen(app, &mut output)?;
    }
    save(app, store);
    output.flush()
}

fn print_screen(app: &mut App<'_>, out: &mut impl Write) -> io::Result<()> {
    let ui = |id: &str| app.loaded.ui().text(&app.lang, id);
    let text =
        |id: &crate::engine::guide::MessageId| app.loaded.texts().text(&app.lang, id.as_str());
    let guide = app.loaded.guide();
    writeln!(out)?;
    // Every screen repeats it while saving fails: a notice shown once is easy to miss.
    if let Some(detail) = &app.save_failure {
        let mut args = fluent::FluentArgs::new();
        args.set("detail", detail.clone());
        let banner = app
            .loaded
            .ui()
            .format(&app.lang, "ui-not-saved-banner", Some(&args));
        writeln!(out, "⚠ {banner}")?;
        app.notice.take_if(|(id, _)| id == "ui-save-failed");
    }
    if let Some((id, detail)) = app.notice.take() {
        let mut args = fluent::FluentArgs::new();
        args.set("detail", detail);
        writeln!(
            out,
            "{}",
            app.loaded.ui().format(&app.lang, &id, Some(&args))
        )?;
    }
    match &app.overlay {
        Some(Overlay::QuitConfirm) => return writeln!(out, "{}", ui("ui-quit-question")),
        Some(Overlay::Help) => {
            writeln!(out, "{}\n{}", ui("ui-help"), ui("ui-plain-keys"))?;
            app.overlay = None;
            return Ok(());
        }
        Some(Overlay::Review { .. }) => {
            writeln!(out, "{}:", ui("ui-review-title"))?;
            for (i, (node, option)) in app.answered().into_iter().enumerate() {
                if let NodeKind::Question(q) = &guide.node(node).kind {
                    writeln!(
                        out,
                        "{}. {} → {}",
                        i + 1,
                        text(&q.text),
                        text(&q.options[option].label)
                    )?;
                }
            }
            // In line mode, the number picks the answer to change at once.
            return writeln!(out, "{}", ui("ui-plain-review"));
        }
        Some(Overlay::Consent { .. }) => {
            writeln!(out, "{}", ui("ui-consent-question"))?;
            for (i, consent) in Consent::ALL.iter().enumerate() {
                writeln!(out, "{}. {}", i + 1, ui(consent.message()))?;
            }
            return Ok(());
        }
        Some(Overlay::ConfirmChange { leaving, .. }) => {
            writeln!(out, "{}", ui("ui-change-leaving"))?;
            for answer in leaving {
                if let Some(node) = guide.find(&answer.node) {
                    let words = report::Words::new(app.loaded, &app.lang);
                    writeln!(out, "- {}", words.node_text(node))?;
                }
            }
            writeln!(out, "{}", ui("ui-change-kept-aside"))?;
            writeln!(out, "1. {}", ui("ui-change-confirm"))?;
            return writeln!(out, "2. {}", ui("ui-change-keep"));
        }
        Some(Overlay::Close { .. }) => {
            writeln!(out, "{}", ui("ui-close-question"))?;
            for (i, reason) in app.close_reasons().iter().enumerate() {
                writeln!(out, "{}. {}", i + 1, ui(reason.message()))?;
            }
            return Ok(());
        }
        Some(Overlay::Note { .. } | Overlay::Vignette | Overlay::Location { .. }) | None => {}
    }
    for flag in app.red_flags() {
        let flag = guide.flag(flag);
        let action = flag
            .action
            .as_ref()
            .map(|a| format!(": {}", text(a)))
            .unwrap_or_default();
        writeln!(out, "⚠ {}{action}", text(&flag.label))?;
    }
    let screen = app.screen();
    // Where the interview is, in words: a screen reader has no header to glance at.
    if !matches!(screen, Position::Outcome(_)) {
        let node = guide.node(screen.node());
        let mut args = fluent::FluentArgs::new();
        args.set("number", app.step_number());
        let mut place = vec![app.loaded.ui().format(&app.lang, "ui-step", Some(&args))];
        if let Some(section) = node.section {
            place.insert(0, text(&guide.section(section).title));
        }
        writeln!(out, "[{}]", place.join(" · "))?;
    }
    match screen {
        Position::Question(node) => {
            let NodeKind::Question(q) = &guide.node(node).kind else {
                return Ok(());
            };
            writeln!(out, "{}", text(&q.text))?;
            let kept = app.revisit.and(app.kept_answer(node));
            for (i, option) in q.options.iter().enumerate() {
                let mark = if kept == Some(i) {
                    format!("  ({})", ui("ui-kept-answer"))
                } else {
                    String::new()
                };
                writeln!(out, "  {}. {}{mark}", i + 1, text(&option.label))?;
            }
            if let Some(guidance) = &q.guidance {
                writeln!(out, "{}: {}", ui("ui-guidance"), text(guidance))?;
            }
        }
        Position::Info(node) => {
            let NodeKind::Info(info) = &guide.node(node).kind else {
                return Ok(());
            };
            writeln!(out, "{}", text(&info.text))?;
            if let Some(guidance) = &info.guidance {
                writeln!(out, "{}: {}", ui("ui-guidance"), text(guidance))?;
            }
            writeln!(out, "{}", ui("ui-plain-continue"))?;
        }
        Position::Interruption(node) => {
            if let Some(doc) = report::interruption(app.loaded, &app.record, &app.lang, node) {
                write!(out, "{}", report::render(&doc, Format::Text))?;
            }
            writeln!(out, "{}", ui("ui-plain-interruption"))?;
        }
        Position::Outcome(_) => {
            let case = app.rehearsal.as_ref().and_then(|r| r.case());
            let doc = match case {
                Some(case) => report::feedback(app.loaded, case, &app.record, &app.lang),
                None => report::result(app.loaded, &app.record, &app.lang),
            };
            if let Some(doc) = doc {
                write!(out, "{}", report::render(&doc, Format::Text))?;
            }
        }
    }
    write!(out, "> ")?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_actions() {
        assert_eq!(actions_for("2"), [Action::Pick(1)]);
        assert_eq!(actions_for(" atrás "), [Action::Back]);
        assert_eq!(actions_for("consent 3"), [Action::Consent, Action::Pick(2)]);
        assert_eq!(
            actions_for("note ok"),
            [
                Action::Note,
                Action::Type('o'),
                Action::Type('k'),
                Action::Confirm
            ]
        );
        assert_eq!(actions_for(""), [Action::Confirm]);
        assert!(actions_for("0").is_empty() && actions_for("banana").is_empty());
    }
}
