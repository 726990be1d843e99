//! The panels drawn over the interview: leaving, help, the review of answers, a note, consent.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Clear, Padding, Paragraph, Widget, Wrap};

use crate::engine::record::Consent;

use super::drawing::View;
use crate::interview::app::{LeaveChoice, NOTE_LIMIT, Overlay};

/// Draws `panel` centred over `area`.
pub fn render(view: &View<'_, '_>, panel: &Overlay, area: Rect, buf: &mut Buffer) {
    let (title, lines) = match panel {
        Overlay::QuitConfirm { selected } => {
            let choices = view.app.leave_choices();
            let mut lines = vec![Line::from(view.ui("ui-quit-question")), Line::default()];
            for (choice, missing) in [
                (LeaveChoice::RecordConsent, "ui-leave-missing-consent"),
                (LeaveChoice::ExportNote, "ui-leave-missing-export"),
            ] {
                if choices.contains(&choice) {
                    lines.push(Line::styled(
                        format!("! {}", view.ui(missing)),
                        view.theme.alarm(),
                    ));
                }
            }
            if lines.len() > 2 {
                lines.push(Line::default());
            }
            lines.extend(
                choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| choice(view, i, *selected, &view.ui(c.message()))),
            );
            (String::new(), lines)
        }
        Overlay::Export { selected } => {
            let mut lines = vec![Line::from(view.ui("ui-export-question")), Line::default()];
            lines.extend(
                view.app
                    .export_choices()
                    .iter()
                    .enumerate()
                    .map(|(i, langs)| {
                        let names: Vec<String> = langs
                            .iter()
                            .map(|l| view.app.loaded.ui().text(l, "ui-language-name"))
                            .collect();
                        choice(view, i, *selected, &names.join(" + "))
                    }),
            );
            (view.ui("ui-export-title"), lines)
        }
        Overlay::Help => (
            view.ui("ui-help-title"),
            view.ui("ui-help")
                .lines()
                .map(|l| Line::from(l.to_owned()))
                .collect(),
        ),
        Overlay::Vignette => {
            let case = view.app.rehearsal.as_ref().and_then(|r| r.case());
            let (title, text) = case.map_or((String::new(), String::new()), |c| {
                (view.text(&c.title), view.text(&c.vignette))
            });
            (
                title,
                text.lines().map(|l| Line::from(l.to_owned())).collect(),
            )
        }
        // The overview is drawn as the screen's body (see `overview`), not as a panel.
        Overlay::Review { .. } => return,
        Overlay::Note { editor, .. } => {
            let (before, after) = editor.split();
            let mut lines = vec![
                Line::styled(view.ui("ui-note-reminder"), view.theme.alarm()),
                Line::default(),
                Line::from(format!("{before}▏{after}")).style(view.theme.selected()),
            ];
            let count = format!("{}/{NOTE_LIMIT}", editor.len());
            lines.push(if editor.full {
                Line::styled(
                    format!("{count} · {}", view.ui("ui-note-full")),
                    view.theme.alarm(),
                )
            } else {
                Line::styled(count, view.theme.muted())
            });
            if editor.confirming_discard {
                lines.push(Line::default());
                lines.push(Line::styled(
                    view.ui("ui-note-discard-question"),
                    view.theme.alarm(),
                ));
                lines.push(Line::from(format!("1. {}", view.ui("ui-note-discard"))));
                lines.push(Line::from(format!(
                    "2. {}",
                    view.ui("ui-note-keep-writing")
                )));
            }
            (view.ui("ui-note-title-edit"), lines)
        }
        Overlay::Location { selected } => {
            let places = &view.app.loaded.directory().places;
            let mut lines = vec![Line::from(view.ui("ui-location-question")), Line::default()];
            lines.extend(
                places
                    .iter()
                    .enumerate()
                    .map(|(i, p)| choice(view, i, *selected, &view.text(&p.name))),
            );
            lines.push(choice(
                view,
                places.len(),
                *selected,
                &view.ui("ui-location-none"),
            ));
            (view.ui("ui-location-title"), lines)
        }
        Overlay::Consent { selected } => {
            let mut lines = vec![Line::from(view.ui("ui-consent-question")), Line::default()];
            lines.extend(
                Consent::ALL
                    .iter()
                    .enumerate()
                    .map(|(i, c)| choice(view, i, *selected, &view.ui(c.message()))),
            );
            (view.ui("ui-note-consent"), lines)
        }
        Overlay::ConfirmChange {
            leaving, selected, ..
        } => {
            let mut lines = vec![Line::from(view.ui("ui-change-leaving")), Line::default()];
            let guide = view.guide();
            lines.extend(leaving.iter().filter_map(|answer| {
                let node = guide.find(&answer.node)?;
                let words = crate::engine::report::Words::new(view.app.loaded, &view.app.lang);
                Some(Line::styled(
                    format!("• {}", words.node_text(node)),
                    view.theme.muted(),
                ))
            }));
            lines.push(Line::default());
            lines.push(Line::from(view.ui("ui-change-kept-aside")));
            lines.push(Line::default());
            lines.push(choice(view, 0, *selected, &view.ui("ui-change-confirm")));
            lines.push(choice(view, 1, *selected, &view.ui("ui-change-keep")));
            (view.ui("ui-change-title"), lines)
        }
        Overlay::Close { selected } => {
            let mut lines = vec![Line::from(view.ui("ui-close-question")), Line::default()];
            lines.extend(
                view.app
                    .close_reasons()
                    .iter()
                    .enumerate()
                    .map(|(i, r)| choice(view, i, *selected, &view.ui(r.message()))),
            );
            (view.ui("ui-close-title"), lines)
        }
    };
    let width = area.width.saturating_sub(6).min(72);
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(if matches!(panel, Overlay::QuitConfirm { .. }) {
            view.theme.alarm()
        } else {
            view.theme.border()
        })
        .padding(Padding::uniform(1));
    if !title.is_empty() {
        block = block.title(Line::styled(format!(" {title} "), view.theme.heading()));
    }
    // A choice list scrolls to keep its highlighted choice in view; a long text scrolls by keys.
    let focus = lines
        .iter()
        .position(|l| l.spans.first().is_some_and(|s| s.content.starts_with('›')));
    let inner_width = width.saturating_sub(4);
    let rows = |lines: &[Line<'static>]| -> u16 {
        Paragraph::new(lines.to_vec())
            .wrap(Wrap { trim: false })
            .line_count(inner_width) as u16
    };
    let total = rows(&lines);
    // line_count of a bordered block adds its rows: the panel is the text plus four.
    let height = (total + 4).min(area.height.saturating_sub(2));
    let visible = height.saturating_sub(4);
    let limit = total.saturating_sub(visible);
    let scroll = match focus {
        Some(i) => rows(&lines[..=i]).saturating_sub(visible).min(limit),
        None => {
            view.app.scroll_limit.set(limit);
            view.app.panel_scroll.min(limit)
        }
    };
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(block)
        .scroll((scroll, 0));
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    Clear.render(popup, buf);
    paragraph.render(popup, buf);
}

fn choice(view: &View<'_, '_>, index: usize, selected: usize, text: &str) -> Line<'static> {
    let marker = if index == selected { "›" } else { " " };
    let line = Line::from(format!("{marker} {}. {text}", index + 1));
    if index == selected {
        line.style(view.theme.selected())
    } else {
        line
    }
}
