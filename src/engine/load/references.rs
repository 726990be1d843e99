//! Messages that refer to other messages and terms (`{ other }`, `{ -term }`): a reference that
//! leads back to where it started shows the practitioner `{loop}` instead of a text, and a
//! short message filled with long ones escapes the length limit. Both are errors.
//!
//! The references of a language form a graph; one iterative depth-first walk (no recursion, so
//! a chain of 20 000 references cannot overflow the stack) finds every cycle and every
//! message's length with its references filled in, in time linear in the number of references.

use std::collections::HashMap;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::translations::MAX_MESSAGE_CHARS;
use crate::engine::diagnostic::{Code, Diagnostic};
use crate::engine::i18n::Catalog;
use crate::engine::line_index::LineIndex;

/// A message or term of one language.
struct Entity {
    /// The id as written in references: `name` for a message, `-name` for a term.
    key: String,
    file: usize,
    offset: usize,
    /// Characters of literal text of its own.
    own: usize,
    /// The keys it refers to, once per reference.
    refs: Vec<String>,
    is_term: bool,
}

/// Cycle and filled-in length findings for every language of the guide's texts.
pub fn check(languages: &[String], texts: &Catalog) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for lang in languages {
        let files: Vec<(&str, &str)> = texts
            .resources(lang)
            .map(|(file, resource)| (file, resource.source()))
            .collect();
        let entities = entities(&files);
        found.extend(walk(lang, &files, &entities));
    }
    found
}

fn entities(files: &[(&str, &str)]) -> Vec<Entity> {
    let mut out = Vec::new();
    for (index, (_, text)) in files.iter().enumerate() {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        for entry in &resource.body {
            let (name, is_term, patterns): (&str, bool, Vec<&Pattern<&str>>) = match entry {
                Entry::Message(m) => (
                    m.id.name,
                    false,
                    m.value
                        .iter()
                        .chain(m.attributes.iter().map(|a| &a.value))
                        .collect(),
                ),
                Entry::Term(t) => (
                    t.id.name,
                    true,
                    std::iter::once(&t.value)
                        .chain(t.attributes.iter().map(|a| &a.value))
                        .collect(),
                ),
                _ => continue,
            };
            let mut own = 0;
            let mut refs = Vec::new();
            for pattern in patterns {
                pattern_refs(pattern, &mut own, &mut refs);
            }
            out.push(Entity {
                key: if is_term {
                    format!("-{name}")
                } else {
                    name.to_owned()
                },
                file: index,
                // Identifiers are slices of the text, so their address gives their offset.
                offset: (name.as_ptr() as usize).saturating_sub(text.as_ptr() as usize),
                own,
                refs,
                is_term,
            });
        }
    }
    out
}

fn pattern_refs(pattern: &Pattern<&str>, own: &mut usize, refs: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => *own += value.chars().count(),
            PatternElement::Placeable { expression } => expression_refs(expression, own, refs),
        }
    }
}

fn expression_refs(expression: &Expression<&str>, own: &mut usize, refs: &mut Vec<String>) {
    match expression {
        Expression::Inline(inline) => inline_refs(inline, own, refs),
        Expression::Select { selector, variants } => {
            inline_refs(selector, own, refs);
            for variant in variants {
                pattern_refs(&variant.value, own, refs);
            }
        }
    }
}

fn inline_refs(inline: &InlineExpression<&str>, own: &mut usize, refs: &mut Vec<String>) {
    match inline {
        InlineExpression::MessageReference { id, .. } => refs.push(id.name.to_owned()),
        InlineExpression::TermReference { id, arguments, .. } => {
            refs.push(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                for argument in arguments
                    .positional
                    .iter()
                    .chain(arguments.named.iter().map(|n| &n.value))
                {
                    inline_refs(argument, own, refs);
                }
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
            {
                inline_refs(argument, own, refs);
            }
        }
        InlineExpression::StringLiteral { value } => *own += value.chars().count(),
        InlineExpression::Placeable { expression } => expression_refs(expression, own, refs),
        _ => {}
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    New,
    OnPath,
    Done,
}

fn walk(lang: &str, files: &[(&str, &str)], entities: &[Entity]) -> Vec<Diagnostic> {
    let index: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.key.as_str(), i))
        .collect();
    let targets: Vec<Vec<usize>> = entities
        .iter()
        .map(|e| {
            e.refs
                .iter()
                .filter_map(|r| index.get(r.as_str()).copied())
                .collect()
        })
        .collect();
    let lines: Vec<LineIndex> = files.iter().map(|(_, text)| LineIndex::new(text)).collect();
    let at = |e: &Entity| lines[e.file].locate(files[e.file].0, files[e.file].1, e.offset);
    let mut found = Vec::new();
    let mut state = vec![State::New; entities.len()];
    let mut filled = vec![0usize; entities.len()];
    for root in 0..entities.len() {
        if state[root] != State::New {
            continue;
        }
        // Frames: (entity, next reference to follow, filled length so far).
        let mut path: Vec<(usize, usize, usize)> = vec![(root, 0, entities[root].own)];
        state[root] = State::OnPath;
        while let Some(&mut (node, ref mut next, ref mut sum)) = path.last_mut() {
            if let Some(&target) = targets[node].get(*next) {
                *next += 1;
                match state[target] {
                    State::Done => *sum = sum.saturating_add(filled[target]),
                    State::New => {
                        state[target] = State::OnPath;
                        path.push((target, 0, entities[target].own));
                    }
                    State::OnPath => {
                        let start = path.iter().position(|f| f.0 == target).unwrap_or(0);
                        let cycle: Vec<&str> = path[start..]
                            .iter()
                            .map(|f| entities[f.0].key.as_str())
                            .chain([entities[target].key.as_str()])
                            .collect();
                        found.push(
                            Diagnostic::error(
                                Code::CyclicReference,
                                format!(
                                    "`{}` ({lang}) refers back to itself: {}",
                                    entities[target].key,
                                    cycle.join(" → ")
                                ),
                            )
                            .at(at(&entities[target]))
                            .with_help(
                                "a message cannot contain itself; remove one of the references",
                            ),
                        );
                    }
                }
                continue;
            }
            let (node, _, sum) = path.pop().unwrap_or((node, 0, 0));
            state[node] = State::Done;
            filled[node] = sum;
            if let Some(parent) = path.last_mut() {
                parent.2 = parent.2.saturating_add(sum);
            }
            let entity = &entities[node];
            // A message too long on its own is reported by the translations check.
            if !entity.is_term && entity.own <= MAX_MESSAGE_CHARS && sum > MAX_MESSAGE_CHARS {
                found.push(
                    Diagnostic::error(
                        Code::MessageTooLong,
                        format!(
                            "message `{}` ({lang}) has {sum} characters once the messages it refers to are filled in; the limit is {MAX_MESSAGE_CHARS}",
                            entity.key
                        ),
                    )
                    .at(at(entity))
                    .with_help("a screen holds about 1500 characters: refer to shorter messages"),
                );
            }
        }
    }
    found
}
