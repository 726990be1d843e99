//! The rehearsal's picker of cases. (Its feedback is an engine document, drawn like a result.)

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::drawing::{View, truncate};

/// The list of cases, each with its title, summary and number of steps.
pub fn picker(view: &View<'_, '_>, area: Rect, buf: &mut Buffer) {
    let Some(rehearsal) = &view.app.rehearsal else {
        return;
    };
    let guide = view.guide();
    let mut lines = vec![
        Line::styled(view.ui("ui-rehearse-pick"), view.theme.heading()),
        Line::default(),
    ];
    // Keep the highlighted case in view: two rows a case.
    let rows = (area.height as usize).saturating_sub(2) / 2;
    let start = rehearsal.picked.saturating_sub(rows.saturating_sub(1));
    for (i, case) in rehearsal
        .cases
        .iter()
        .enumerate()
        .skip(start)
        .take(rows.max(1))
    {
        let steps = case
            .session(guide)
            .walk(guide)
            .steps
            .iter()
            .filter(|s| !s.chosen.is_empty())
            .count();
        let selected = i == rehearsal.picked;
        let marker = if selected { "›" } else { " " };
        let title = format!(
            "{marker} {}. {} ({})",
            i + 1,
            view.text(&case.title),
            view.ui_with("ui-rehearse-steps", &[("count", steps.to_string())])
        );
        lines.push(if selected {
            Line::styled(title, view.theme.selected())
        } else {
            Line::from(title)
        });
        let summary = format!("     {}", view.text(&case.summary));
        lines.push(Line::styled(
            truncate(&summary, area.width as usize),
            view.theme.muted(),
        ));
    }
    Paragraph::new(lines).render(area, buf);
}
