//! The cross-checks between the tree and the texts: every language can be shown (ruta speaks
//! it and the guide has texts in it), and every message the tree and the directory name has a
//! text in every language.

use crate::engine::diagnostic::{Code, Diagnostic};
use crate::engine::directory::Directory;
use crate::engine::guide::{Guide, MessageId};
use crate::engine::i18n::Catalog;
use crate::engine::yaml::{Locator, YamlPath};

/// Above this many missing messages, a language that lacks most of its texts (a wrong or empty
/// file) is reported once, not once per message.
const MANY_MISSING: usize = 10;

/// Errors about languages and missing messages; `texts` are the guide's, `ui` ruta's own.
pub fn check(
    guide: &Guide,
    texts: &Catalog,
    ui: &Catalog,
    directory: &Directory,
    locator: &Locator<'_>,
    directory_locator: Option<&Locator<'_>>,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let languages_at = || locator.locate(&YamlPath::root().key("languages"));
    let mut references: Vec<(&MessageId, &YamlPath, &Locator<'_>)> = guide
        .message_refs
        .iter()
        .map(|(id, path)| (id, path, locator))
        .collect();
    if let Some(at) = directory_locator {
        references.extend(
            directory
                .message_refs
                .iter()
                .map(|(id, path)| (id, path, at)),
        );
    }
    for lang in &guide.languages {
        if ui.is_empty(lang) {
            // The root cause: whatever the guide's texts say, ruta cannot show this language.
            found.push(
                Diagnostic::error(
                    Code::UnsupportedLanguage,
                    format!("ruta's interface is not translated into `{lang}`"),
                )
                .at(languages_at())
                .with_help(
                    "ruta speaks es and en; translate locales/<lang>/ui.ftl to add a language",
                ),
            );
            continue;
        }
        if texts.is_empty(lang) {
            found.push(
                Diagnostic::error(Code::MissingLocale, format!("no messages for language `{lang}`"))
                    .at(languages_at())
                    .with_help(format!("write the guide's texts in locales/{lang}/*.ftl, or remove `{lang}` from `languages`")),
            );
            continue;
        }
        if texts.has_syntax_errors(lang) {
            // The syntax error is reported; the messages it swallowed are not missing.
            continue;
        }
        let missing: Vec<_> = references
            .iter()
            .filter(|(id, _, _)| !texts.has(lang, id.as_str()))
            .collect();
        if missing.len() > MANY_MISSING && missing.len() * 2 > references.len() {
            found.push(
                Diagnostic::error(
                    Code::MissingMessage,
                    format!(
                        "`{lang}` has no text for {} of the {} messages the guide uses, `{}` first",
                        missing.len(),
                        references.len(),
                        missing[0].0.as_str()
                    ),
                )
                .at(languages_at())
                .with_help(format!(
                    "check the files in locales/{lang}/: are they empty, or another guide's?"
                )),
            );
            continue;
        }
        for (id, path, at) in missing {
            found.push(
                Diagnostic::error(
                    Code::MissingMessage,
                    format!("message `{}` has no `{lang}` text", id.as_str()),
                )
                .at(at.locate(path))
                .with_help(format!(
                    "add `{} = …` to a file in locales/{lang}/",
                    id.as_str()
                )),
            );
        }
    }
    found
}
