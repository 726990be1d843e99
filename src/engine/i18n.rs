//! Every visible word: Fluent bundles per language, and the choice of language.
//!
//! Two catalogs exist at run time: the guide's texts (from the guide's `locales/<lang>/*.ftl`)
//! and ruta's own interface texts (`locales/<lang>/ui.ftl`, always the embedded copy, since
//! they belong to this build of the tool rather than to a guide).

use std::borrow::Cow;
use std::rc::Rc;

use fluent::{FluentArgs, FluentBundle, FluentError, FluentResource};
use fluent_syntax::ast::Entry;
use unic_langid::LanguageIdentifier;

use super::diagnostic::{Code, Diagnostic, Location};
use super::source::{SourceFile, SourceSet};

/// The file name that holds ruta's own interface texts in each language folder.
pub const UI_FILE: &str = "ui.ftl";

/// Which files of a language folder a catalog reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Everything except `ui.ftl`.
    Guide,
    /// Only `ui.ftl`.
    Interface,
}

impl Part {
    fn includes(self, file: &SourceFile) -> bool {
        let is_ui = file.relative.rsplit('/').next() == Some(UI_FILE);
        match self {
            Part::Guide => !is_ui,
            Part::Interface => is_ui,
        }
    }
}

/// Message texts in several languages.
pub struct Catalog {
    bundles: Vec<(String, FluentBundle<Rc<FluentResource>>)>,
    /// Whether texts are reflowed into paragraphs (guide texts) or kept line by line (the
    /// interface, whose help lists one key per line).
    reflow: bool,
    /// Every file read: (language, file as shown, parsed resource), for the linter.
    files: Vec<(String, String, Rc<FluentResource>)>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("languages", &self.languages().collect::<Vec<_>>())
            .finish()
    }
}

impl Catalog {
    /// Builds one bundle per language from `sources`, reporting syntax errors and duplicate ids.
    /// A language without messages is not a finding here: the caller knows whether that means
    /// an untranslated guide or a language ruta itself does not speak.
    pub fn load(sources: &SourceSet, languages: &[String], part: Part) -> (Self, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let mut bundles = Vec::new();
        let mut files = Vec::new();
        for lang in languages {
            let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new(vec![langid]);
            // Isolation marks (U+2068/U+2069) around placeables show as garbage in terminals
            // and in plain text; Spanish and English need no bidi isolation.
            bundle.set_use_isolating(false);
            for file in sources.locale_files(lang).filter(|f| part.includes(f)) {
                // The Fluent parser recurses per nested placeable: refuse before it overflows.
                if let Some(offset) =
                    super::nesting::ftl_too_deep(&file.text, super::nesting::MAX_FTL_DEPTH)
                {
                    diagnostics.push(
                        Diagnostic::error(
                            Code::FluentSyntax,
                            format!(
                                "placeables nested more than {} deep",
                                super::nesting::MAX_FTL_DEPTH
                            ),
                        )
                        .at(Location::from_offset(&file.display, &file.text, offset))
                        .with_help("a message nests a placeable or two; split the message"),
                    );
                    continue;
                }
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        for error in errors {
                            diagnostics.push(
                                Diagnostic::error(Code::FluentSyntax, format!("Fluent syntax error: {}", error.kind))
                                    .at(Location::from_offset(&file.display, &file.text, error.pos.start))
                                    .with_help("see https://projectfluent.org/fluent/guide/ ; continuation lines must be indented"),
                            );
                        }
                        resource
                    }
                };
                let resource = Rc::new(resource);
                files.push((lang.clone(), file.display.clone(), Rc::clone(&resource)));
                if let Err(errors) = bundle.add_resource(resource) {
                    for error in errors {
                        if let FluentError::Overriding { id, .. } = error {
                            let offset = find_definition(&file.text, &id).unwrap_or(0);
                            diagnostics.push(
                                Diagnostic::error(
                                    Code::DuplicateMessage,
                                    format!("message `{id}` is defined more than once in `{lang}`"),
                                )
                                .at(Location::from_offset(&file.display, &file.text, offset))
                                .with_help("keep one definition; the first one wins"),
                            );
                        }
                    }
                }
            }
            bundles.push((lang.clone(), bundle));
        }
        (
            Self {
                bundles,
                files,
                reflow: part == Part::Guide,
            },
            diagnostics,
        )
    }

    /// The languages this catalog has, in order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.iter().map(|(lang, _)| lang.as_str())
    }

    /// Whether `lang` defines message `id` with a value.
    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.bundle(lang)
            .and_then(|b| b.get_message(id))
            .is_some_and(|m| m.value().is_some())
    }

    /// The text of `id` in `lang`, cleaned for display; the id itself if it is missing (a
    /// loaded guide has been checked, so that shows only a bug, and visibly).
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// Like [`text`](Self::text), with Fluent variables.
    pub fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self
            .bundle(lang)
            .and_then(|b| b.get_message(id))
            .and_then(|m| m.value())
        else {
            return id.to_owned();
        };
        let Some(bundle) = self.bundle(lang) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        let text = clean(&text);
        if self.reflow {
            reflow(&text)
        } else {
            text.into_owned()
        }
    }

    /// The parsed files of `lang`, with each file's name as shown, for the checks that look
    /// inside messages ([`super::ftl`]).
    pub fn resources(&self, lang: &str) -> impl Iterator<Item = (&str, &FluentResource)> {
        self.files
            .iter()
            .filter(move |(l, _, _)| l == lang)
            .map(|(_, display, resource)| (display.as_str(), resource.as_ref()))
    }

    /// Whether the files of `lang` define no message at all (none, or only empty files: an
    /// empty file is no more a translation than none).
    pub fn is_empty(&self, lang: &str) -> bool {
        !self
            .resources(lang)
            .flat_map(|(_, resource)| resource.entries())
            .any(|e| matches!(e, Entry::Message(_)))
    }

    /// Whether a file of `lang` holds text that did not parse: its messages may be in there,
    /// so "missing" would blame the wrong thing.
    pub fn has_syntax_errors(&self, lang: &str) -> bool {
        self.resources(lang)
            .flat_map(|(_, resource)| resource.entries())
            .any(|e| matches!(e, Entry::Junk { .. }))
    }

    fn bundle(&self, lang: &str) -> Option<&FluentBundle<Rc<FluentResource>>> {
        self.bundles.iter().find(|(l, _)| l == lang).map(|(_, b)| b)
    }
}

fn find_definition(text: &str, id: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line
            .strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

/// Removes what must never reach a terminal from a text: escape sequences and other control
/// characters except line breaks (so no file can move the cursor, recolour or retitle the
/// screen), and bidirectional controls (which can reorder what is shown). Tabs become spaces.
///
/// ```
/// use ruta::engine::i18n::clean;
/// assert_eq!(clean("\u{1b}[31mrojo\u{1b}[0m\tok\n"), "rojo ok\n");
/// ```
pub fn clean(text: &str) -> Cow<'_, str> {
    let is_unsafe = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            // ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), or ESC and one character.
            '\u{1b}' => match chars.next() {
                Some('[') => {
                    for c in chars.by_ref() {
                        if ('\u{40}'..='\u{7e}').contains(&c) {
                            break;
                        }
                    }
                }
                Some(']') => {
                    while let Some(c) = chars.next() {
                        if c == '\u{7}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                            break;
                        }
                    }
                }
                _ => {}
            },
            // The 8-bit CSI introduces a sequence as ESC [ does.
            '\u{9b}' => {
                for c in chars.by_ref() {
                    if ('\u{40}'..='\u{7e}').contains(&c) {
                        break;
                    }
                }
            }
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Joins the lines of each paragraph of `text` with spaces; a blank line separates paragraphs.
/// Authors break long Fluent texts over several lines for the file's sake, not the screen's:
/// the screen wraps at its own width.
///
/// ```
/// use ruta::engine::i18n::reflow;
/// assert_eq!(reflow("one\ntwo\n\nthree"), "one two\n\nthree");
/// ```
pub fn reflow(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The language to start in: `requested` if given, else the first of `LC_ALL`, `LC_MESSAGES`
/// and `LANG` that is set, if the guide has that language, else the guide's default.
pub fn choose_language(
    requested: Option<&str>,
    environment: &[Option<String>],
    available: &[String],
) -> String {
    let from_env = environment
        .iter()
        .flatten()
        .find(|v| !v.is_empty())
        .and_then(|v| language_of_locale(v));
    requested
        .map(str::to_owned)
        .or(from_env)
        .filter(|lang| available.contains(lang))
        .or_else(|| available.first().cloned())
        .unwrap_or_else(|| "es".to_owned())
}

/// The language part of a POSIX locale name: `es_HN.UTF-8` → `es`; `C` and `POSIX` → none.
///
/// ```
/// use ruta::engine::i18n::language_of_locale;
/// assert_eq!(language_of_locale("es_HN.UTF-8").as_deref(), Some("es"));
/// assert_eq!(language_of_locale("C"), None);
/// ```
pub fn language_of_locale(locale: &str) -> Option<String> {
    let lang = locale
        .split(['_', '.', '@', '-'])
        .next()?
        .to_ascii_lowercase();
    (lang.len() >= 2
        && lang.len() <= 3
        && lang.chars().all(|c| c.is_ascii_lowercase())
        && lang != "c")
        .then_some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_give_languages() {
        assert_eq!(language_of_locale("es_HN.UTF-8").as_deref(), Some("es"));
        assert_eq!(language_of_locale("en_US").as_deref(), Some("en"));
        assert_eq!(language_of_locale("C"), None);
        assert_eq!(language_of_locale("POSIX"), None);
    }

    #[test]
    fn language_falls_back_in_order() {
        let available = vec!["es".to_owned(), "en".to_owned()];
        let env = |v: &str| vec![None, None, Some(v.to_owned())];
        assert_eq!(
            choose_language(Some("en"), &env("es_HN.UTF-8"), &available),
            "en"
        );
        assert_eq!(choose_language(None, &env("en_GB.UTF-8"), &available), "en");
        assert_eq!(choose_language(None, &env("fr_FR.UTF-8"), &available), "es");
        assert_eq!(
            choose_language(
                None,
                &[None, Some("en_US".into()), Some("es_HN".into())],
                &available
            ),
            "en"
        );
    }

    #[test]
    fn cleaning_removes_whole_sequences() {
        assert_eq!(
            clean("a\u{1b}]0;title\u{7}b\u{9b}2Jc\td\u{1b}[1;31me"),
            "abc de"
        );
        assert!(matches!(clean("plain\ntext"), Cow::Borrowed(_)));
    }

    #[test]
    fn texts_have_no_isolation_marks_or_escapes() {
        let sources = SourceSet::from_files([(
            "locales/es/guide.ftl".to_owned(),
            "hola = Hola, { $name }\nmala = a\u{1b}[31mb\u{202e}c\n".to_owned(),
        )]);
        let (catalog, diagnostics) = Catalog::load(&sources, &["es".to_owned()], Part::Guide);
        assert!(diagnostics.is_empty());
        let args = fluent::fluent_args!["name" => "Ana"];
        assert_eq!(catalog.format("es", "hola", Some(&args)), "Hola, Ana");
        assert_eq!(catalog.text("es", "mala"), "abc");
    }
}
