//! Drawing an engine [`Document`] (a result, an interruption, a rehearsal's feedback) as
//! scrollable lines: the same blocks the notes are written from, with colour for what it means.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::engine::report::{Block, Document, ListStyle, Mark};

use super::drawing::View;
use super::theme::Theme;

/// `doc` as styled lines.
pub fn lines(doc: &Document, theme: Theme) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let gap = |lines: &mut Vec<Line<'static>>| {
        if lines.last().is_some_and(|l| l.width() > 0) {
            lines.push(Line::default());
        }
    };
    for block in &doc.blocks {
        match block {
            // The screen's header already names what this is; a title would push content down.
            Block::Title(_) => {}
            Block::Field { label, value } => lines.push(Line::from(vec![
                Span::styled(format!("{label}: "), theme.muted()),
                Span::raw(value.clone()),
            ])),
            Block::Heading { text, urgency } => {
                gap(&mut lines);
                let style = match urgency {
                    Some(u) => theme.heading().patch(theme.urgency(*u)),
                    None => theme.heading(),
                };
                lines.push(Line::styled(text.clone(), style));
            }
            Block::Urgency {
                label,
                urgency,
                words,
                layer,
            } => {
                let mut spans = vec![
                    Span::raw(format!("{label}: ")),
                    Span::styled(format!(" {words} "), theme.urgency(*urgency)),
                ];
                if let Some(layer) = layer {
                    spans.push(Span::raw(format!("   {layer}")));
                }
                lines.push(Line::from(spans));
            }
            Block::List {
                title,
                style,
                items,
            } => {
                gap(&mut lines);
                let title_style = match style {
                    ListStyle::Never => theme.alarm(),
                    _ => theme.heading(),
                };
                lines.push(Line::styled(title.clone(), title_style));
                for (i, item) in items.iter().enumerate() {
                    let text = match style {
                        ListStyle::Bullets => format!("• {}", item.text),
                        ListStyle::Numbered => format!("{}. {}", i + 1, item.text),
                        ListStyle::Never => format!("✗ {}", item.text),
                        ListStyle::Quote => format!("“{}”", item.text),
                    };
                    let look = match (style, item.mark) {
                        (ListStyle::Never, _) | (_, Mark::Urgent) => theme.alarm(),
                        (_, Mark::Muted) => theme.muted(),
                        (_, Mark::Plain) => Style::default(),
                    };
                    lines.push(Line::styled(text, look));
                    if let Some(detail) = &item.detail {
                        lines.push(Line::styled(format!("  {detail}"), theme.muted()));
                    }
                }
            }
            Block::Paragraph(text) => {
                gap(&mut lines);
                lines.push(Line::from(text.clone()));
            }
        }
    }
    lines
}

/// Draws `doc` into `area`, scrolled as the screen state says.
pub fn render(view: &View<'_, '_>, doc: &Document, area: Rect, buf: &mut Buffer) {
    render_lines(view, lines(doc, view.theme), area, buf);
}

/// Draws `lines` into `area`, scrolled as the screen state says, and tells the state how far it
/// can scroll at this size.
pub fn render_lines(view: &View<'_, '_>, lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    let paragraph = Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false });
    let limit = (paragraph.line_count(area.width) as u16).saturating_sub(area.height);
    view.app.scroll_limit.set(limit);
    paragraph
        .scroll((view.app.scroll.min(limit), 0))
        .render(area, buf);
}
