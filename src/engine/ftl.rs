//! A look inside Fluent files for the linter: which messages a file defines, where, and which
//! variables and attributes each one uses. It reads the resources the catalogs already parsed,
//! so validation parses each file once.

use fluent::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One message definition in a Fluent file.
/// It borrows from the file's text: a guide has as many shapes as messages, so no copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageShape<'a> {
    /// The message id.
    pub id: &'a str,
    /// Byte offset of the id in the file.
    pub offset: usize,
    /// Variables (`$name`) used in the value and attributes, sorted, without repeats.
    pub variables: Vec<&'a str>,
    /// Attribute names (`.guidance`), sorted.
    pub attributes: Vec<&'a str>,
    /// Whether the value shows nothing (only white space, or empty string literals).
    pub empty: bool,
    /// Characters of literal text in the value and attributes.
    pub length: usize,
    /// Whether the text holds control characters (other than line breaks) or bidirectional
    /// controls: they are removed before display, but the author should know.
    pub unsafe_characters: bool,
}

/// The messages `text` defines, in order. Entries that do not parse are skipped: the catalog
/// reports them as syntax errors.
pub fn message_shapes(text: &str) -> Vec<MessageShape<'_>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    shapes(resource.body.iter(), text)
}

/// The messages of an already parsed resource.
pub fn shapes_of(resource: &FluentResource) -> Vec<MessageShape<'_>> {
    shapes(resource.entries(), resource.source())
}

fn shapes<'e, 's: 'e>(
    entries: impl Iterator<Item = &'e Entry<&'s str>>,
    text: &str,
) -> Vec<MessageShape<'s>> {
    entries
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = Vec::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                variables.sort_unstable();
                variables.dedup();
                let mut attributes: Vec<&str> =
                    message.attributes.iter().map(|a| a.id.name).collect();
                attributes.sort_unstable();
                Some(MessageShape {
                    id: message.id.name,
                    // Identifiers are slices of `text`, so their address gives their offset.
                    offset: (message.id.name.as_ptr() as usize)
                        .saturating_sub(text.as_ptr() as usize),
                    variables,
                    attributes,
                    empty: message.value.as_ref().is_some_and(is_blank),
                    length: texts(message).map(|t| t.chars().count()).sum(),
                    unsafe_characters: texts(message).any(|t| super::i18n::clean(t) != t),
                })
            }
            _ => None,
        })
        .collect()
}

/// The literal text pieces of a message's value and attributes.
fn texts<'a, 's>(
    message: &'a fluent_syntax::ast::Message<&'s str>,
) -> impl Iterator<Item = &'s str> + 'a {
    message
        .value
        .iter()
        .chain(message.attributes.iter().map(|a| &a.value))
        .flat_map(|p| p.elements.iter())
        .filter_map(|e| match e {
            PatternElement::TextElement { value } => Some(*value),
            PatternElement::Placeable { .. } => None,
        })
}

/// Whether a pattern shows nothing: white space and empty string literals only.
fn is_blank(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        PatternElement::Placeable { .. } => false,
    })
}

fn pattern_variables<'a>(pattern: &Pattern<&'a str>, out: &mut Vec<&'a str>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'a>(expression: &Expression<&'a str>, out: &mut Vec<&'a str>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables<'a>(inline: &InlineExpression<&'a str>, out: &mut Vec<&'a str>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.push(id.name);
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
            {
                inline_variables(argument, out);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
            {
                inline_variables(argument, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_give_ids_offsets_variables_and_attributes() {
        let text = "# c\nhello = Hi { $name }\n    .title = { $count ->\n        [one] one\n       *[other] { $count } of { $total }\n    }\nbye = Bye\n";
        let shapes = message_shapes(text);
        assert_eq!(shapes.len(), 2);
        assert!(message_shapes("blank = { \"\" }\n")[0].empty);
        assert_eq!((shapes[0].id, shapes[0].offset), ("hello", 4));
        assert_eq!(shapes[0].variables, ["count", "name", "total"]);
        assert_eq!(shapes[0].attributes, ["title"]);
        assert!(!shapes[0].empty);
        assert_eq!(shapes[1].offset, text.find("bye").unwrap());
    }
}
