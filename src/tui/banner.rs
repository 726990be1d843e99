//! The banner that says answers are not being saved. It is drawn over the top of every screen
//! for as long as saving fails, so no practitioner can miss it, whatever panel is open.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::theme::Theme;
use crate::interview::app::App;

/// Draws the not-saved banner on the first rows of `area` if the last save failed.
pub fn render(app: &App<'_>, theme: Theme, area: Rect, buf: &mut Buffer) {
    let Some(detail) = &app.save_failure else {
        return;
    };
    let mut args = fluent::FluentArgs::new();
    args.set("detail", detail.clone());
    let text = app
        .loaded
        .ui()
        .format(&app.lang, "ui-not-saved-banner", Some(&args));
    // Reversed and bold show without colour too (NO_COLOR).
    let style = theme
        .alarm()
        .add_modifier(Modifier::REVERSED | Modifier::BOLD);
    let rows = area.height.min(2);
    let top = Rect {
        height: rows,
        ..area
    };
    buf.set_style(top, Style::reset());
    Paragraph::new(Line::styled(format!("⚠ {text}"), style))
        .style(style)
        .wrap(Wrap { trim: true })
        .render(top, buf);
}
