//! The checks every YAML file of a guide makes the same way (the tree in `resolve.rs`, the
//! directory in `directory.rs`): an id declared twice, a reference to an id nobody declared,
//! a message id that is prose. Each finding is kept with the [`YamlPath`] of the value at
//! fault and placed only when reported, so a clean file never pays for positions.

use std::collections::HashMap;

use crate::engine::diagnostic::{Code, Diagnostic, suggest};
use crate::engine::guide::MessageId;
use crate::engine::yaml::{Locator, YamlPath};

/// Findings about one file, and the message ids it names (to check against the texts later).
#[derive(Debug, Default)]
pub(crate) struct Findings {
    found: Vec<(Diagnostic, YamlPath)>,
    messages: Vec<(MessageId, YamlPath)>,
}

impl Findings {
    /// Records `diagnostic` about the value at `path`.
    pub(crate) fn report(&mut self, diagnostic: Diagnostic, path: YamlPath) {
        self.found.push((diagnostic, path));
    }

    /// Whether nothing is wrong so far.
    pub(crate) fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// Declares `id` of a `kind` ("node", "location") in `map`; a second declaration is an error.
    pub(crate) fn register<T: Copy>(
        &mut self,
        map: &mut HashMap<String, T>,
        kind: &str,
        id: &str,
        value: T,
        path: YamlPath,
    ) {
        if map.insert(id.to_owned(), value).is_some() {
            self.report(
                Diagnostic::error(
                    Code::DuplicateId,
                    format!("{kind} id `{id}` is used more than once"),
                )
                .with_help("ids must be unique; rename one of them"),
                path,
            );
        }
    }

    /// Looks up a reference to a `kind` declared in `map`; an unknown one is a `code` error,
    /// with the nearest declared id as a hint.
    pub(crate) fn lookup<T: Copy>(
        &mut self,
        map: &HashMap<String, T>,
        kind: &str,
        code: Code,
        id: &str,
        path: YamlPath,
    ) -> Option<T> {
        let found = map.get(id).copied();
        if found.is_none() {
            let mut d = Diagnostic::error(code, format!("`{id}` is not a {kind} of this guide"));
            d = match suggest(id, map.keys().map(String::as_str)) {
                Some(near) => d.with_help(format!("did you mean `{near}`?")),
                None => d.with_help(format!(
                    "declare it under `{kind}s:` or remove the reference"
                )),
            };
            self.report(d, path);
        }
        found
    }

    /// Takes `id` as the message id at `path`: it must look like one, and is remembered so the
    /// loader can check every language has it.
    pub(crate) fn message(&mut self, id: &str, path: YamlPath) -> MessageId {
        if !is_message_id(id) {
            self.report(
                Diagnostic::error(Code::InvalidMessageId, format!("`{id}` is not a Fluent message id"))
                    .with_help("the YAML holds message ids, not text: a letter, then letters, digits, `-` or `_`; put the words in locales/<lang>/*.ftl"),
                path.clone(),
            );
        }
        let id = MessageId(id.to_owned());
        self.messages.push((id.clone(), path));
        id
    }

    /// The message ids named so far, with where; the list is left empty.
    pub(crate) fn take_messages(&mut self) -> Vec<(MessageId, YamlPath)> {
        std::mem::take(&mut self.messages)
    }

    /// `value` if nothing was found, else every finding placed in the file `locator` reads.
    pub(crate) fn into_result<T>(
        self,
        value: T,
        locator: &Locator<'_>,
    ) -> Result<T, Vec<Diagnostic>> {
        if self.found.is_empty() {
            Ok(value)
        } else {
            Err(self
                .found
                .into_iter()
                .map(|(d, path)| d.at(locator.locate(&path)))
                .collect())
        }
    }
}

/// Whether `id` can be a Fluent message id: a letter, then letters, digits, `-` or `_`.
pub fn is_message_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
