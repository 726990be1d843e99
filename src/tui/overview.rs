//! The overview of the interview (the review): every question on the path by section, with its
//! current answer and note, the answers kept aside, and where the interview stands. It fills the
//! screen at any size and scrolls to keep the highlighted answer in view; Enter opens it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::engine::guide::{NodeKind, SectionId};
use crate::engine::report::Words;

use super::drawing::{View, truncate};

/// Draws the overview with answer `selected` (an index into `App::answered`) highlighted.
pub fn render(view: &View<'_, '_>, selected: usize, area: Rect, buf: &mut Buffer) {
    let width = area.width as usize;
    let guide = view.guide();
    let words = Words::new(view.app.loaded, &view.app.lang);
    let mut lines: Vec<Line<'static>> = vec![Line::styled(
        truncate(&view.status_line(), width),
        view.theme.muted(),
    )];
    let mut focus = 0;
    let mut section: Option<SectionId> = None;
    for (i, (node, option)) in view.app.answered().into_iter().enumerate() {
        let n = guide.node(node);
        if n.section.is_some() && n.section != section {
            section = n.section;
            if let Some(s) = section {
                lines.push(Line::default());
                lines.push(Line::styled(
                    view.text(&guide.section(s).title),
                    view.theme.heading(),
                ));
            }
        }
        let NodeKind::Question(q) = &n.kind else {
            continue;
        };
        let marker = if i == selected { "›" } else { " " };
        let note = if view.app.record.notes.contains_key(&n.id) {
            " ✎"
        } else {
            ""
        };
        // The answer is what the row is for: it keeps up to half the width, the question the rest.
        let answer = truncate(&words.answer(q, option), width / 2);
        let prefix = format!("{marker}{:>3}. ", i + 1);
        let room = width.saturating_sub(
            prefix.chars().count() + answer.chars().count() + note.chars().count() + 3,
        );
        let row = format!(
            "{prefix}{} → {answer}{note}",
            truncate(&view.text(&q.text), room)
        );
        let line = Line::from(truncate(&row, width));
        if i == selected {
            focus = lines.len();
            lines.push(line.style(view.theme.selected()));
        } else {
            lines.push(line);
        }
    }
    let aside: Vec<Line<'static>> = view
        .app
        .walk
        .off_path
        .iter()
        .filter_map(|answer| {
            let node = guide.find(&answer.node)?;
            let NodeKind::Question(q) = &guide.node(node).kind else {
                return None;
            };
            let row = format!(
                "      {} → {}",
                words.node_text(node),
                words.answer(q, answer.chosen(q)?)
            );
            Some(Line::styled(truncate(&row, width), view.theme.muted()))
        })
        .collect();
    if !aside.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(vec![Span::styled(
            view.ui("ui-off-path"),
            view.theme.heading(),
        )]));
        lines.extend(aside);
    }
    // Keep the highlighted row in view, with a row of context under it where there is room.
    let height = area.height as usize;
    let scroll = (focus + 2)
        .saturating_sub(height)
        .min(lines.len().saturating_sub(height));
    Paragraph::new(lines)
        .scroll((scroll as u16, 0))
        .render(area, buf);
}
