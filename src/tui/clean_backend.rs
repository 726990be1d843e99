//! A backend wrapper that passes every cell through [`clean`], the same cleaning point the
//! command line's output goes through. Texts are cleaned when formatted, but a screen also shows
//! values read back from a record (a note, a place); whatever reaches a cell, no escape
//! sequence reaches the terminal.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

use crate::engine::i18n::clean;

/// `B`, with every drawn cell's symbol cleaned (a symbol that cleaning changes becomes the
/// cleaned text, or a space if nothing is left, so the grid keeps its shape).
///
/// It also answers where the cursor is from where it last put it, without asking the terminal:
/// the question is answered through the event reader, which ruta's reader thread holds, so
/// asking would wait two seconds and fail (and `Terminal::clear` would then clear nothing).
#[derive(Debug)]
pub struct CleanBackend<B: Backend> {
    inner: B,
    cursor: Position,
}

impl<B: Backend> CleanBackend<B> {
    /// Wraps `inner`.
    pub fn new(inner: B) -> Self {
        Self {
            inner,
            cursor: Position::ORIGIN,
        }
    }

    /// The wrapped backend.
    pub fn inner(&self) -> &B {
        &self.inner
    }
}

impl<B: Backend> Backend for CleanBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, Cell)> = content
            .map(|(x, y, cell)| {
                let mut cell = cell.clone();
                let cleaned = clean(cell.symbol()).into_owned();
                if cleaned != cell.symbol() {
                    cell.set_symbol(if cleaned.is_empty() { " " } else { &cleaned });
                }
                (x, y, cell)
            })
            .collect();
        self.inner
            .draw(cells.iter().map(|(x, y, cell)| (*x, *y, cell)))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.cursor = position.into();
        self.inner.set_cursor_position(self.cursor)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::text::Line;

    #[test]
    fn no_escape_reaches_the_backend() {
        let mut terminal = Terminal::new(CleanBackend::new(TestBackend::new(12, 1)))
            .unwrap_or_else(|e| match e {});
        terminal
            .draw(|frame| {
                frame.render_widget(Line::raw("a\u{1b}]0;x\u{7}b\u{9b}c"), frame.area());
            })
            .unwrap_or_else(|e| match e {});
        let shown = terminal.backend().inner().to_string();
        assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{shown:?}");
    }
}
