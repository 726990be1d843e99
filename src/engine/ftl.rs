//! A look inside Fluent files for the linter: which messages a file defines, where, and which
//! variables and attributes each one uses. The runtime catalogs ([`super::i18n`]) need none
//! of this; only `validate` does.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One message definition in a Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageShape {
    /// The message id.
    pub id: String,
    /// Byte offset of the id in the file.
    pub offset: usize,
    /// Variables (`$name`) used in the value and attributes.
    pub variables: BTreeSet<String>,
    /// Attribute names (`.guidance`).
    pub attributes: BTreeSet<String>,
}

/// The messages `text` defines, in order. Entries that do not parse are skipped: the catalog
/// reports them as syntax errors.
pub fn message_shapes(text: &str) -> Vec<MessageShape> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                Some(MessageShape {
                    id: message.id.name.to_owned(),
                    // Identifiers are slices of `text`, so their address gives their offset.
                    offset: (message.id.name.as_ptr() as usize)
                        .saturating_sub(text.as_ptr() as usize),
                    variables,
                    attributes: message
                        .attributes
                        .iter()
                        .map(|a| a.id.name.to_owned())
                        .collect(),
                })
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
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

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
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
        assert_eq!((shapes[0].id.as_str(), shapes[0].offset), ("hello", 4));
        assert_eq!(
            shapes[0]
                .variables
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            ["count", "name", "total"]
        );
        assert_eq!(
            shapes[0]
                .attributes
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            ["title"]
        );
        assert_eq!(shapes[1].offset, text.find("bye").unwrap());
    }
}
