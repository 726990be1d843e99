//! The panels drawn over the interview: leaving, help, the review of answers, a note, consent.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Clear, Padding, Paragraph, Widget, Wrap};

use crate::engine::guide::NodeKind;
use crate::engine::record::Consent;

use super::app::{NOTE_LIMIT, Overlay};
use super::view::View;

/// Draws `panel` centred over `area`.
pub fn render(view: &View<'_, '_>, panel: &Overlay, area: Rect, buf: &mut Buffer) {
    let (title, lines) = match panel {
        Overlay::QuitConfirm => (String::new(), vec![Line::from(view.ui("ui-quit-question"))]),
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
        Overlay::Review { selected } => (view.ui("ui-review-title"), review_lines(view, *selected)),
        Overlay::Note { text, .. } => (
            view.ui("ui-note-title-edit"),
            vec![
                Line::styled(view.ui("ui-note-reminder"), view.theme.alarm()),
                Line::default(),
                Line::from(format!("{text}▏")).style(view.theme.selected()),
                Line::styled(
                    format!("{}/{NOTE_LIMIT}", text.chars().count()),
                    view.theme.muted(),
                ),
            ],
        ),
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
    };
    let width = area.width.saturating_sub(6).min(72);
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(if matches!(panel, Overlay::QuitConfirm) {
            view.theme.alarm()
        } else {
            view.theme.border()
        })
        .padding(Padding::uniform(1));
    if !title.is_empty() {
        block = block.title(Line::styled(format!(" {title} "), view.theme.heading()));
    }
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(block);
    // line_count adds the block's rows but not its columns: wrap at the inner width.
    let height =
        (paragraph.line_count(width.saturating_sub(4)) as u16).min(area.height.saturating_sub(2));
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

/// One row per answer, the selected one highlighted; rows around the selection when they do
/// not all fit.
fn review_lines(view: &View<'_, '_>, selected: usize) -> Vec<Line<'static>> {
    let guide = view.guide();
    let rows: Vec<Line<'static>> = view
        .app
        .answered()
        .into_iter()
        .enumerate()
        .filter_map(|(i, (node, option))| {
            let NodeKind::Question(q) = &guide.node(node).kind else {
                return None;
            };
            let text = format!(
                "{} → {}",
                view.text(&q.text),
                view.text(&q.options[option].label)
            );
            Some(choice(view, i, selected, &text))
        })
        .collect();
    // Keep the selection in view: show a window of rows around it.
    let window = 12;
    let start = selected
        .saturating_sub(window / 2)
        .min(rows.len().saturating_sub(window));
    rows.into_iter().skip(start).take(window).collect()
}
