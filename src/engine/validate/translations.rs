//! Checks across languages: messages nothing uses, empty texts, and translations whose
//! variables or attributes differ from the default language's.

use std::collections::{HashMap, HashSet};

use crate::engine::diagnostic::{Diagnostic, Location};
use crate::engine::ftl::MessageShape;
use crate::engine::load::LoadedGuide;

/// Longest text a message may have: what fits on a screen, with room to spare.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// Translation findings for the guide's own `.ftl` files; `used` holds every message id the
/// guide and its cases name.
pub fn check(loaded: &LoadedGuide, used: &HashSet<&str>) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let languages = &loaded.guide.languages;
    // The default language's shapes are the reference the others are compared with.
    let mut reference: HashMap<&str, MessageShape<'_>> = HashMap::new();
    for (position, lang) in languages.iter().enumerate() {
        for (file, text, shapes) in loaded.texts.shapes(lang) {
            // Indexed once per file: thousands of findings in one file stay linear.
            let lines = crate::engine::line_index::LineIndex::new(text);
            for shape in shapes {
                let at = || lines.locate(file, text, shape.offset);
                if !used.contains(shape.id) {
                    found.push(
                        Diagnostic::warning(
                            "unused-message",
                            format!(
                                "message `{}` ({lang}) is not used by the guide or its cases",
                                shape.id
                            ),
                        )
                        .at(at())
                        .with_help("remove it, or refer to it from guide/guide.yaml or a case"),
                    );
                }
                if shape.length > MAX_MESSAGE_CHARS {
                    found.push(
                        Diagnostic::error(
                            "message-too-long",
                            format!("message `{}` ({lang}) has {} characters; the limit is {MAX_MESSAGE_CHARS}", shape.id, shape.length),
                        )
                        .at(at())
                        .with_help("a screen holds about 1500 characters: split the text or shorten it"),
                    );
                }
                if shape.unsafe_characters {
                    found.push(
                        Diagnostic::warning(
                            "unsafe-characters",
                            format!(
                                "message `{}` ({lang}) holds control or bidirectional characters",
                                shape.id
                            ),
                        )
                        .at(at())
                        .with_help("they are removed before display; delete them from the file"),
                    );
                }
                if shape.empty {
                    found.push(
                        Diagnostic::error(
                            "empty-message",
                            format!("message `{}` ({lang}) is empty", shape.id),
                        )
                        .at(at())
                        .with_help("write the text; an empty line on screen helps no one"),
                    );
                }
                if position == 0 {
                    reference.insert(shape.id, shape);
                } else if let Some(base) = reference.get(shape.id) {
                    compare(base, &shape, &languages[0], lang, at, &mut found);
                }
            }
        }
    }
    found
}

fn compare(
    base: &MessageShape,
    other: &MessageShape,
    base_lang: &str,
    lang: &str,
    at: impl Fn() -> Location,
    found: &mut Vec<Diagnostic>,
) {
    let list = |names: &[&str]| {
        if names.is_empty() {
            "none".to_owned()
        } else {
            names.join(", ")
        }
    };
    if base.variables != other.variables {
        found.push(
            Diagnostic::error(
                "variables-differ",
                format!(
                    "message `{}` uses variables {} in {lang} but {} in {base_lang}",
                    other.id,
                    list(&other.variables),
                    list(&base.variables)
                ),
            )
            .at(at())
            .with_help("every translation of a message takes the same variables"),
        );
    }
    if base.attributes != other.attributes {
        found.push(
            Diagnostic::error(
                "attributes-differ",
                format!(
                    "message `{}` has attributes {} in {lang} but {} in {base_lang}",
                    other.id,
                    list(&other.attributes),
                    list(&base.attributes)
                ),
            )
            .at(at())
            .with_help("every translation of a message has the same attributes"),
        );
    }
}
