//! Lines and columns for many offsets of one text, each found in logarithmic time.
//!
//! [`Location::from_offset`] counts the lines before its offset, which is right for one finding
//! and quadratic for thousands in one file (30 000 unused messages took 7 s); a check that
//! places many findings in one file indexes the file once instead.

use super::diagnostic::Location;

/// Where each line of a text starts.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text` in one pass.
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { starts }
    }

    /// The same location as [`Location::from_offset`]`(file, text, offset)`, for the `text`
    /// this index was built from.
    ///
    /// ```
    /// use ruta::engine::diagnostic::Location;
    /// use ruta::engine::line_index::LineIndex;
    /// let text = "a = 1\nbé = 2\n";
    /// let index = LineIndex::new(text);
    /// assert_eq!(index.locate("f", text, 9), Location::from_offset("f", text, 9));
    /// ```
    pub fn locate(&self, file: &str, text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|start| *start <= offset);
        let line_start = self.starts[line - 1];
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        Location {
            file: file.to_owned(),
            line,
            column: text[line_start..offset].chars().count() + 1,
            source_line: text[line_start..line_end].trim_end_matches('\r').to_owned(),
        }
    }
}
