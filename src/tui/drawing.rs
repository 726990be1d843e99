//! What every part of the screen draws with: the [`View`] (the state, the theme and the
//! texts) and [`truncate`]. The screen's layout (`view`) calls the parts (`overview`,
//! `document_view`, `rehearsal_view`, `overlay`); they take their helpers from here, so the
//! dependency goes one way: layout → parts → drawing.

use fluent::FluentArgs;

use crate::engine::guide::{Guide, MessageId, NodeId};

use super::theme::Theme;
use crate::interview::app::App;

/// What every part of the screen needs: the state, the theme and the texts.
pub struct View<'a, 'g> {
    /// The state drawn.
    pub app: &'a App<'g>,
    /// The styles.
    pub theme: Theme,
}

impl View<'_, '_> {
    /// The guide.
    pub fn guide(&self) -> &Guide {
        self.app.loaded.guide()
    }

    /// A guide text in the current language.
    pub fn text(&self, id: &MessageId) -> String {
        self.app.loaded.texts().text(&self.app.lang, id.as_str())
    }

    /// An interface text in the current language.
    pub fn ui(&self, id: &str) -> String {
        self.app.loaded.ui().text(&self.app.lang, id)
    }

    /// An interface text with variables.
    pub fn ui_with(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.app
            .loaded
            .ui()
            .format(&self.app.lang, id, Some(&fluent_args))
    }

    /// The name of the place chosen, if any.
    pub fn place_name(&self) -> Option<String> {
        let place = self.app.place?;
        Some(self.text(&self.app.loaded.directory().place(place).name))
    }

    /// The section `node` belongs to and its place among the sections ("Safety 2/10").
    pub fn section_of(&self, node: NodeId) -> Option<String> {
        let guide = self.guide();
        let section = guide.node(node).section?;
        Some(format!(
            "{} {}/{}",
            self.text(&guide.section(section).title),
            section.0 + 1,
            guide.sections.len()
        ))
    }

    /// Where the interview stands, in one line: state, step, section, place.
    pub fn status_line(&self) -> String {
        let guide = self.guide();
        let mut parts = vec![
            self.ui(self.app.record.state(guide).message()),
            self.ui_with("ui-step", &[("number", self.app.step_number().to_string())]),
        ];
        parts.extend(self.section_of(self.app.walk.position.node()));
        parts.push(
            self.place_name()
                .unwrap_or_else(|| self.ui("ui-location-none-short")),
        );
        parts.join(" · ")
    }
}

/// `text` cut to `width` characters, ending in `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// `text` after a `prefix` (an option's "› 1. "), wrapped at `width` columns with every line
/// after the first indented under the text, so a long option reads as one block. Words are
/// measured in terminal columns (wide characters count two); a word longer than a line is cut.
pub fn hanging(prefix: &str, text: &str, width: usize) -> Vec<String> {
    let indent = columns(prefix);
    let room = width.saturating_sub(indent).max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Split at each space (not at runs of them), so "answer  ★ expected" keeps its two spaces.
    for word in text.split([' ', '\n']) {
        let mut word = word.to_owned();
        loop {
            let needed = columns(&word) + usize::from(!line.is_empty());
            if columns(&line) + needed <= room {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word wider than the line: as much of it as fits, the rest on the next.
            let mut head = String::new();
            let mut rest = word.chars().peekable();
            while let Some(c) = rest.peek() {
                if columns(&head) + columns(&c.to_string()) > room && !head.is_empty() {
                    break;
                }
                head.push(*c);
                rest.next();
            }
            lines.push(head);
            word = rest.collect();
            if word.is_empty() {
                break;
            }
        }
    }
    lines.push(line);
    let pad = " ".repeat(indent);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                format!("{prefix}{l}")
            } else {
                format!("{pad}{l}")
            }
        })
        .collect()
}

/// The columns `text` takes on a terminal.
fn columns(text: &str) -> usize {
    ratatui::text::Span::raw(text).width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_option_wraps_under_its_text() {
        assert_eq!(
            hanging("› 2. ", "Se lastima a propósito (se golpea la cabeza)", 24),
            [
                "› 2. Se lastima a",
                "     propósito (se",
                "     golpea la cabeza)"
            ]
        );
        assert_eq!(hanging("  1. ", "No", 24), ["  1. No"]);
        assert_eq!(hanging("1. ", "No  ★ expected", 24), ["1. No  ★ expected"]);
        // Wide characters take two columns; a word wider than the line is cut.
        assert_eq!(hanging("1. ", "日本語の文", 9), ["1. 日本語", "   の文"]);
        assert_eq!(hanging("1. ", "abcdefghij", 8), ["1. abcde", "   fghij"]);
    }
}
