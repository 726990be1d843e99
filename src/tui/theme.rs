//! Colours and emphasis. Meaning is never carried by colour alone: every coloured thing also
//! has a word or a marker, so the monochrome theme (for `NO_COLOR`) loses nothing.

use ratatui::style::{Color, Modifier, Style};

use crate::engine::guide::Urgency;

/// The styles of the interview screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// The colour theme.
    pub const COLOR: Theme = Theme { color: true };
    /// The theme for `NO_COLOR`: no colour at all. crossterm 0.29 resets every attribute when
    /// it skips a colour, so this theme must not ask for any colour, or bold and underline go too.
    pub const MONOCHROME: Theme = Theme { color: false };

    /// Colour unless the `NO_COLOR` convention (a non-empty `NO_COLOR`) says otherwise.
    pub fn from_env(no_color: Option<&str>) -> Self {
        if no_color.is_some_and(|v| !v.is_empty()) {
            Self::MONOCHROME
        } else {
            Self::COLOR
        }
    }

    fn paint(self, style: Style, fg: Color) -> Style {
        if self.color { style.fg(fg) } else { style }
    }

    /// The highlighted option.
    pub fn selected(self) -> Style {
        if self.color {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// Headings inside a screen.
    pub fn heading(self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    /// The question or info text.
    pub fn prompt(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text: hints, the key bar.
    pub fn muted(self) -> Style {
        self.paint(Style::new(), Color::DarkGray)
    }

    /// Things that must not happen, and warnings.
    pub fn alarm(self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::BOLD), Color::Red)
    }

    /// The urgency badge.
    pub fn urgency(self, urgency: Urgency) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if !self.color {
            return style;
        }
        let bg = match urgency {
            Urgency::Immediate => Color::Red,
            Urgency::Within24h => Color::Yellow,
            Urgency::WithinWeek => Color::Blue,
            Urgency::Routine => Color::Green,
        };
        style.bg(bg).fg(if urgency == Urgency::Within24h {
            Color::Black
        } else {
            Color::White
        })
    }

    /// Borders.
    pub fn border(self) -> Style {
        self.paint(Style::new(), Color::Gray)
    }
}
