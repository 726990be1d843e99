//! What each fuzz target does with its input, shared by the fuzz targets (`fuzz/`) and by the
//! test that replays their corpora and crashers (`tests/fuzz_corpora.rs`). Each function must
//! return without panicking for any input.
#![allow(dead_code)]

use ruta::engine::guide::{NodeKind, OptionSet};
use ruta::engine::i18n::{choose_language, clean};
use ruta::engine::load::{LoadedGuide, load};
use ruta::engine::record::{CloseReason, Closure, Consent, ConsentGiven, Export, Record};
use ruta::engine::report::{Format, interruption, referral_note, render, result};
use ruta::engine::session::{Pathways, Position};
use ruta::engine::source::SourceSet;
use ruta::engine::store::parse_record;
use ruta::engine::validate::validate;

const GUIDE: &str = include_str!("../guides/valid/small/guide/guide.yaml");
const ES: &str = include_str!("../guides/valid/small/locales/es/guide.ftl");
const EN: &str = include_str!("../guides/valid/small/locales/en/guide.ftl");
const DIRECTORY: &str = include_str!("../guides/valid/small/guide/directory.yaml");
const INTERRUPTING: &str = include_str!("../guides/valid/interrupting/guide/guide.yaml");

thread_local! {
    /// The guides a record is read against, loaded once per thread: the small guide with its
    /// directory, its variant where danger interrupts the screening, and the bundled guide.
    static GUIDES: Vec<LoadedGuide> = [GUIDE, INTERRUPTING]
        .into_iter()
        .map(|tree| {
            SourceSet::from_files(vec![
                ("guide/guide.yaml".to_owned(), tree.to_owned()),
                ("guide/directory.yaml".to_owned(), DIRECTORY.to_owned()),
                ("locales/es/guide.ftl".to_owned(), ES.to_owned()),
                ("locales/en/guide.ftl".to_owned(), EN.to_owned()),
            ])
        })
        .chain([SourceSet::embedded()])
        .map(|sources| load(&sources).expect("the harness's guides load"))
        .collect();
}

fn small_with(path: &str, text: String) -> SourceSet {
    let mut files = vec![
        ("guide/guide.yaml".to_owned(), GUIDE.to_owned()),
        ("locales/es/guide.ftl".to_owned(), ES.to_owned()),
        ("locales/en/guide.ftl".to_owned(), EN.to_owned()),
    ];
    files.retain(|(p, _)| p != path);
    files.push((path.to_owned(), text));
    SourceSet::from_files(files)
}

/// Arbitrary bytes as `guide/guide.yaml`.
pub fn guide_loader(data: &[u8]) {
    let _ = validate(&small_with(
        "guide/guide.yaml",
        String::from_utf8_lossy(data).into_owned(),
    ));
}

/// Arbitrary bytes as a Fluent file.
pub fn locale_loader(data: &[u8]) {
    let _ = validate(&small_with(
        "locales/en/guide.ftl",
        String::from_utf8_lossy(data).into_owned(),
    ));
}

/// Arbitrary bytes as a case file.
pub fn case_file(data: &[u8]) {
    let _ = validate(&small_with(
        "guide/cases/fuzz.yaml",
        String::from_utf8_lossy(data).into_owned(),
    ));
}

/// Arbitrary bytes as a record, read by the parse every record read goes through
/// ([`parse_record`]: format 2, or format 1 converted). On each guide it fits, the walk, the
/// result report and both note formats are built, and the interruption screen of every
/// interruption on the walk; none may hold a character that [`clean`] would remove.
pub fn record_file(data: &[u8]) {
    let Ok(record) = parse_record(&String::from_utf8_lossy(data)) else {
        return;
    };
    GUIDES.with(|guides| {
        for loaded in guides {
            if record.misfits(loaded.guide()).is_empty() {
                let lang = choose_language(Some(&record.language), &[], &loaded.guide().languages);
                every_document(loaded, &record, &lang);
            }
        }
    });
}

/// Arbitrary answers, notes, consent, closure, exports and values, decoded from `data` (see
/// [`Decoder`]), on a record of the bundled guide; then every document of it, as
/// [`record_file`] builds them, none holding a character that [`clean`] would remove.
pub fn note_paths(data: &[u8]) {
    GUIDES.with(|guides| {
        let Some(loaded) = guides.last() else {
            return;
        };
        let (record, lang) = Decoder(data).record(loaded);
        every_document(loaded, &record, &lang);
    });
}

/// The walk of `record`, its state, its result report rendered both ways, its referral note
/// both ways, and the interruption screen of each interruption on the walk.
fn every_document(loaded: &LoadedGuide, record: &Record, lang: &str) {
    let walk = record.session().walk(loaded.guide());
    let _ = record.state(loaded.guide());
    let mut texts = Vec::new();
    for format in [Format::Markdown, Format::Text] {
        texts.extend(result(loaded, record, lang).map(|doc| render(&doc, format)));
        texts.extend(referral_note(loaded, record, lang, format));
        for &node in &walk.interruptions {
            texts.extend(interruption(loaded, record, lang, node).map(|doc| render(&doc, format)));
        }
    }
    for text in texts {
        assert!(
            clean(&text) == text.as_str(),
            "a document holds a character that must not reach a terminal: {text:?}"
        );
    }
}

/// Reads a record from bytes. The first byte picks the language; then each operation is a byte
/// (its kind) followed by its arguments: answer the current question (or acknowledge the info or
/// interruption), change an answer on the path, add a raw answer, a note, a consent, an export,
/// a closure, a location, or replace one of the record's texts. Texts are a length byte and that
/// many bytes (lossy UTF-8), so escapes and control characters come through.
struct Decoder<'a>(&'a [u8]);

impl Decoder<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }

    fn index(&mut self, len: usize) -> usize {
        usize::from(self.byte().unwrap_or(0)) % len.max(1)
    }

    /// A set of options among `len`: usually one, sometimes several or none (which a question
    /// must refuse).
    fn options(&mut self, len: usize) -> OptionSet {
        match self.byte().unwrap_or(0) % 4 {
            0 => {
                let bits = self.byte().unwrap_or(0);
                (0..8).filter(|i| bits & (1 << i) != 0).collect()
            }
            _ => OptionSet::one(self.index(len)),
        }
    }

    fn text(&mut self) -> String {
        let len = usize::from(self.byte().unwrap_or(0)).min(self.0.len());
        let (text, rest) = self.0.split_at(len);
        self.0 = rest;
        String::from_utf8_lossy(text).into_owned()
    }

    /// A node id of the guide, or (one time in four) any text.
    fn node_id(&mut self, loaded: &LoadedGuide) -> String {
        let nodes = &loaded.guide().nodes;
        let i = self.index(nodes.len() * 4 / 3 + 1);
        match nodes.get(i) {
            Some(node) => node.id.clone(),
            None => self.text(),
        }
    }

    /// The pathways of the current result, or a list of outcome ids and texts.
    fn pathways(&mut self, loaded: &LoadedGuide, record: &Record) -> Vec<String> {
        let guide = loaded.guide();
        if self.index(2) == 0 {
            let walk = record.session().walk(guide);
            return Pathways::of(guide, &walk).map_or_else(Vec::new, |p| p.ids(guide));
        }
        (0..self.index(4)).map(|_| self.node_id(loaded)).collect()
    }

    fn record(mut self, loaded: &LoadedGuide) -> (Record, String) {
        let guide = loaded.guide();
        let lang = guide.languages[self.index(guide.languages.len())].clone();
        let mut record = Record::new(guide, loaded.hash(), &lang);
        record.case_code = "7KQ2-M9XD".to_owned();
        record.started = "2026-12-02T02:00:32Z".to_owned();
        record.updated = "2026-12-02T02:10:32Z".to_owned();
        while let Some(op) = self.byte() {
            match op % 10 {
                0 => {
                    let mut session = record.session();
                    match session.walk(guide).position {
                        Position::Question(node) => {
                            let NodeKind::Question(q) = &guide.node(node).kind else {
                                continue;
                            };
                            let choice = self.options(q.options.len());
                            let _ = session.answer(guide, choice);
                        }
                        Position::Info(_) | Position::Interruption(_) => {
                            session.acknowledge(guide);
                        }
                        Position::Outcome(_) => {}
                    }
                    record.answers = session.answers;
                }
                1 => {
                    let mut session = record.session();
                    let walk = session.walk(guide);
                    let Some(step) = walk.steps.get(self.index(walk.steps.len())) else {
                        continue;
                    };
                    let id = guide.node(step.node).id.clone();
                    let choice = self.options(8);
                    let _ = session.change(guide, &id, choice);
                    record.answers = session.answers;
                }
                2 => {
                    let node = self.node_id(loaded);
                    let option = match (self.byte().unwrap_or(0) % 3, guide.find(&node)) {
                        (0, _) => None,
                        (1, Some(id)) => match &guide.node(id).kind {
                            NodeKind::Question(q) => {
                                let i = self.index(q.options.len());
                                q.options.get(i).map(|o| o.id.clone())
                            }
                            _ => None,
                        },
                        _ => Some(self.text()),
                    };
                    let marked = match self.byte().unwrap_or(0) % 4 {
                        0 => vec![self.text(), self.text()],
                        _ => Vec::new(),
                    };
                    record.answers.push(ruta::engine::session::Answer {
                        node,
                        option,
                        marked,
                    });
                }
                3 => {
                    let node = self.node_id(loaded);
                    let note = self.text();
                    record.notes.insert(node, note);
                }
                4 => {
                    let value = Consent::ALL[self.index(Consent::ALL.len())];
                    let pathways = self.pathways(loaded, &record);
                    record.consent = Some(ConsentGiven { value, pathways });
                }
                5 => {
                    let files = (0..self.index(3)).map(|_| self.text()).collect();
                    let pathways = self.pathways(loaded, &record);
                    let at = self.text();
                    record.exports.push(Export {
                        files,
                        pathways,
                        at,
                    });
                }
                6 => {
                    record.closed = match self.index(4) {
                        3 => None,
                        i => Some(Closure {
                            reason: CloseReason::ALL[i],
                            at: self.text(),
                        }),
                    };
                }
                7 => {
                    let places = &loaded.directory().places;
                    let i = self.index(places.len() + 2);
                    record.location = match places.get(i) {
                        Some(place) => Some(place.id.clone()),
                        None if i == places.len() => None,
                        None => Some(self.text()),
                    };
                }
                8 => {
                    let text = self.text();
                    match self.index(8) {
                        0 => record.case_code = text,
                        1 => record.guide_id = text,
                        2 => record.guide_version = text,
                        3 => record.guide_hash = text,
                        4 => record.started = text,
                        5 => record.updated = text,
                        6 => record.language = text,
                        _ => record.rehearsed_case = Some(text),
                    }
                }
                _ => record.consent = None,
            }
        }
        (record, lang)
    }
}
