//! How deep a file nests, found in one linear pass before any parser sees it.
//!
//! The parsers behind ruta are not linear in nesting: serde_yaml (libyaml) takes time growing
//! with the square of the depth of flow collections (`[[[…]]]`: 20 000 levels took 8.5 s in a
//! file of 40 kB), and fluent-syntax recurses once per nested placeable, so 20 000 of them
//! overflow the stack. Real files nest a handful of levels, so anything past a small limit is
//! refused here, at its place, in time linear in the file's size.

/// Most nested flow collections (`[` or `{`) a YAML file may have.
pub const MAX_YAML_FLOW_DEPTH: usize = 64;

/// Most nested placeables (`{ … { … } … }`) a Fluent file may have.
pub const MAX_FTL_DEPTH: usize = 32;

/// The byte offset of the first flow collection of `text` that opens deeper than `max`.
///
/// Brackets count only where a YAML node can start (after `:`, `-`, `,`, `?`, another bracket
/// or at the start of a line), so `a[b]` in a plain scalar is text; quoted scalars, comments and
/// block scalars (`|`, `>`) are skipped.
///
/// ```
/// use ruta::engine::nesting::yaml_too_deep;
/// assert_eq!(yaml_too_deep("a: [[x]]\n", 2), None);
/// assert_eq!(yaml_too_deep("a: [[[x]]]\n", 2), Some(5));
/// assert_eq!(yaml_too_deep("a: 'it''s [[['\nb: x[[[\n", 2), None);
/// ```
pub fn yaml_too_deep(text: &str, max: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    // The last byte that is not a space on this line (b'\n' at the start of a line).
    let mut last = b'\n';
    let mut indent = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let node_start = matches!(last, b'\n' | b':' | b'-' | b',' | b'?' | b'[' | b'{');
        match b {
            b'\n' => {
                i += 1;
                last = b'\n';
                indent = bytes[i..].iter().take_while(|c| **c == b' ').count();
                continue;
            }
            b' ' | b'\t' | b'\r' => {}
            b'#' if i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n') => {
                i = end_of_line(bytes, i);
                continue;
            }
            b'\'' | b'"' if node_start => {
                i = end_of_quoted(bytes, i);
                last = b'x';
                continue;
            }
            b'|' | b'>' if node_start && depth == 0 => {
                i = end_of_block_scalar(bytes, i, indent);
                last = b'\n';
                continue;
            }
            b'[' | b'{' if node_start => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
                last = b;
            }
            b']' | b'}' if depth > 0 => {
                depth -= 1;
                last = b'x';
            }
            _ => last = b,
        }
        i += 1;
    }
    None
}

fn end_of_line(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(bytes.len(), |p| from + p)
}

/// The offset after the quoted scalar starting at `from` (`''` escapes in single quotes,
/// backslashes in double quotes), or the end of the text if it never closes.
fn end_of_quoted(bytes: &[u8], from: usize) -> usize {
    let quote = bytes[from];
    let mut i = from + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 1,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 1,
            c if c == quote => return i + 1,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The offset of the first line after the block scalar introduced at `from` on a line indented
/// `indent`: its content is every following line indented more, and blank lines.
fn end_of_block_scalar(bytes: &[u8], from: usize, indent: usize) -> usize {
    let mut i = end_of_line(bytes, from);
    while i < bytes.len() {
        let line = i + 1;
        let spaces = bytes[line..].iter().take_while(|c| **c == b' ').count();
        let blank = matches!(bytes.get(line + spaces), None | Some(b'\n' | b'\r'));
        if !blank && spaces <= indent {
            return i;
        }
        i = end_of_line(bytes, line);
    }
    bytes.len()
}

/// The byte offset of the first placeable of `text` that opens deeper than `max`.
///
/// Outside placeables every `{` opens one (a literal brace is written `{"{"}`); inside, string
/// literals are skipped; comment lines are skipped.
///
/// ```
/// use ruta::engine::nesting::ftl_too_deep;
/// assert_eq!(ftl_too_deep("a = { { \"{{{\" } }\n", 2), None);
/// assert_eq!(ftl_too_deep("a = { { { 1 } } }\n", 2), Some(8));
/// ```
pub fn ftl_too_deep(text: &str, max: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' if depth == 0 && (i == 0 || bytes[i - 1] == b'\n') => {
                i = end_of_line(bytes, i);
                continue;
            }
            b'"' if depth > 0 => {
                // A string literal ends at its quote or, unterminated, at the line's end.
                i += 1;
                while i < bytes.len() && !matches!(bytes[i], b'"' | b'\n') {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b'}' if depth > 0 => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_scalars_and_comments_are_text() {
        let text = "a: |\n  [[[[\n  {{{{\n\nb: >\n   [[[[\n# [[[[\nc: [1]\n";
        assert_eq!(yaml_too_deep(text, 1), None);
        assert_eq!(yaml_too_deep("a:\n  - [[x]]\n", 1), Some(8));
    }

    #[test]
    fn twenty_thousand_levels_are_found_at_the_limit() {
        let text = format!("a: {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
        assert_eq!(yaml_too_deep(&text, 64), Some(3 + 64));
        let ftl = format!("a = {}1{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
        assert_eq!(ftl_too_deep(&ftl, 32), Some(4 + 2 * 32));
    }
}
