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
