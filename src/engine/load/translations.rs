//! The errors inside messages: texts too long for a screen, texts that show nothing, and
//! translations whose variables or attributes differ from the first language's (a variable the
//! screen does not pass shows as its name; an attribute the screen asks for is missing).

use std::collections::HashMap;

use crate::engine::diagnostic::{Code, Diagnostic, Location};
use crate::engine::ftl::{MessageShape, shapes_of};
use crate::engine::i18n::Catalog;

/// Longest text a message may have: what fits on a screen, with room to spare.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// Errors in the messages of `texts`, language by language; the first of `languages` is the
/// reference the others are compared with.
pub fn check(languages: &[String], texts: &Catalog) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut reference: HashMap<&str, MessageShape<'_>> = HashMap::new();
    for (position, lang) in languages.iter().enumerate() {
        for (file, resource) in texts.resources(lang) {
            for shape in shapes_of(resource) {
                let at = || Location::from_offset(file, resource.source(), shape.offset);
                if shape.length > MAX_MESSAGE_CHARS {
                    found.push(
                        Diagnostic::error(
                            Code::MessageTooLong,
                            format!("message `{}` ({lang}) has {} characters; the limit is {MAX_MESSAGE_CHARS}", shape.id, shape.length),
                        )
                        .at(at())
                        .with_help("a screen holds about 1500 characters: split the text or shorten it"),
                    );
                }
                if shape.empty {
                    found.push(
                        Diagnostic::error(
                            Code::EmptyMessage,
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
                Code::VariablesDiffer,
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
                Code::AttributesDiffer,
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
