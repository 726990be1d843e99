//! The note being written: its text, the cursor, and whether leaving it would lose words.
//! Kept apart from the panel logic because editing text is its own small job.

use super::NOTE_LIMIT;

/// A note in the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEditor {
    /// The text, as characters (a cursor counts characters, not bytes).
    chars: Vec<char>,
    /// Where the next character goes, from 0 to `chars.len()`.
    cursor: usize,
    /// The note as it was when the editor opened.
    original: String,
    /// Set when a character was refused because the note is full.
    pub full: bool,
    /// Set while asking whether to discard the changes.
    pub confirming_discard: bool,
}

impl NoteEditor {
    /// An editor on `text`, with the cursor at its end.
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        Self {
            cursor: chars.len(),
            chars,
            original: text.to_owned(),
            full: false,
            confirming_discard: false,
        }
    }

    /// The text.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The text before and after the cursor.
    pub fn split(&self) -> (String, String) {
        (
            self.chars[..self.cursor].iter().collect(),
            self.chars[self.cursor..].iter().collect(),
        )
    }

    /// How many characters the note has.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// Whether the note is empty.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// Whether the text differs from the note as it was.
    pub fn changed(&self) -> bool {
        self.text() != self.original
    }

    /// Types `c` at the cursor; a full note refuses it and says so.
    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        if self.chars.len() >= NOTE_LIMIT {
            self.full = true;
            return;
        }
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
    }

    /// Deletes the character before the cursor.
    pub fn erase_back(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            self.chars.remove(self.cursor);
            self.full = false;
        }
    }

    /// Deletes the character under the cursor.
    pub fn erase_forward(&mut self) {
        if self.cursor < self.chars.len() {
            self.chars.remove(self.cursor);
            self.full = false;
        }
    }

    /// Moves the cursor one character left.
    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    /// Moves the cursor one character right.
    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.chars.len());
    }

    /// Moves the cursor to the start.
    pub fn home(&mut self) {
        self.cursor = 0;
    }

    /// Moves the cursor to the end.
    pub fn end(&mut self) {
        self.cursor = self.chars.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_moves_and_text_goes_where_it_is() {
        let mut editor = NoteEditor::new("ac");
        editor.left();
        editor.insert('b');
        assert_eq!(editor.text(), "abc");
        editor.home();
        editor.erase_forward();
        editor.end();
        editor.erase_back();
        assert_eq!(editor.text(), "b");
        assert!(editor.changed());
    }

    #[test]
    fn a_full_note_refuses_more_and_says_so() {
        let mut editor = NoteEditor::new(&"x".repeat(NOTE_LIMIT));
        editor.insert('y');
        assert_eq!(editor.len(), NOTE_LIMIT);
        assert!(editor.full);
        editor.erase_back();
        assert!(!editor.full);
    }
}
