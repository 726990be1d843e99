//! The pathway report: one localized document per result, built once here and rendered by every
//! front end (the full screen, the line mode) and every export (Markdown, plain text).
//!
//! A [`Document`] holds words and their roles, never keys or screen prompts: "press c" belongs to
//! the screen's footer, not to a note another institution reads. Whatever the screen shows, the
//! note shows too, because both are drawn from the same blocks.

use std::fmt::Write;

use fluent::FluentArgs;

use super::directory::PlaceId;
use super::guide::{
    FlagId, Guide, MessageId, NodeId, NodeKind, OptionSet, Outcome, Question, ServiceId, Urgency,
};
use super::i18n::clean;
use super::load::LoadedGuide;
use super::record::{Record, local_time};
use super::session::{Pathways, Walk};

/// A document: blocks in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// The blocks, first to last.
    pub blocks: Vec<Block>,
}

/// One part of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document's title.
    Title(String),
    /// A labelled value (`Case code: 7KQ2-M9XD`).
    Field {
        /// What the value is.
        label: String,
        /// The value.
        value: String,
    },
    /// A part's heading; `urgency` colours it where a screen can.
    Heading {
        /// The heading.
        text: String,
        /// The urgency of the pathway it introduces, if it introduces one.
        urgency: Option<Urgency>,
    },
    /// How urgent: the label, the urgency in words, and what goes with it (IASC layer).
    Urgency {
        /// "Urgency".
        label: String,
        /// The urgency.
        urgency: Urgency,
        /// The urgency in words.
        words: String,
        /// The IASC layer in words, if the pathway has one.
        layer: Option<String>,
    },
    /// A titled list.
    List {
        /// The list's title.
        title: String,
        /// How its items are marked.
        style: ListStyle,
        /// The items.
        items: Vec<Item>,
    },
    /// A line of prose.
    Paragraph(String),
}

/// How a list marks its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListStyle {
    /// Bullets.
    Bullets,
    /// Numbers: an order to follow.
    Numbered,
    /// Crosses: what must never be done.
    Never,
    /// Quotation marks: words to say.
    Quote,
}

/// One item of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The item.
    pub text: String,
    /// A second, quieter line (a provider's practical note).
    pub detail: Option<String>,
    /// What the item's look should say.
    pub mark: Mark,
}

/// What an item's look says, beyond its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Nothing special.
    Plain,
    /// To act on now: an immediate action, an unconfirmed or missing provider is not this.
    Urgent,
    /// Said with less weight: an unconfirmed directory entry, a missing one.
    Muted,
}

impl Item {
    fn plain(text: String) -> Self {
        Self {
            text,
            detail: None,
            mark: Mark::Plain,
        }
    }
}

/// The interface message naming an urgency.
pub fn urgency_message(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Immediate => "ui-urgency-immediate",
        Urgency::Within24h => "ui-urgency-within-24h",
        Urgency::WithinWeek => "ui-urgency-within-week",
        Urgency::Routine => "ui-urgency-routine",
    }
}

/// One institution (or, without a directory entry, the kind of service) to refer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referral {
    /// Its name, in the chosen language.
    pub name: String,
    /// Its former name, if it was renamed.
    pub formerly: Option<String>,
    /// A sourced phone number.
    pub phone: Option<String>,
    /// Whether the local team confirmed the entry (always false without a directory entry).
    pub confirmed: bool,
    /// A practical note.
    pub note: Option<String>,
    /// True when no provider is listed for the place and this is the service's generic name.
    pub generic: bool,
}

/// Who provides `service` for someone in `place` (the service's own name if nobody is listed,
/// or if no place was chosen).
pub fn referrals(
    loaded: &LoadedGuide,
    lang: &str,
    place: Option<PlaceId>,
    service: ServiceId,
) -> Vec<Referral> {
    let text = |id: &MessageId| loaded.texts().text(lang, id.as_str());
    let providers = place
        .map(|p| loaded.directory().providers(service, p))
        .unwrap_or_default();
    if providers.is_empty() {
        return vec![Referral {
            name: text(&loaded.guide().service(service).name),
            formerly: None,
            phone: None,
            confirmed: false,
            note: None,
            generic: true,
        }];
    }
    providers
        .into_iter()
        .map(|p| Referral {
            name: text(&p.name),
            formerly: p.formerly.as_ref().map(text),
            phone: p.phone.clone(),
            confirmed: p.confirmed,
            note: p.note.as_ref().map(text),
            generic: false,
        })
        .collect()
}

/// Words in one language, with the guide's and the interface's messages.
pub struct Words<'a> {
    loaded: &'a LoadedGuide,
    lang: &'a str,
}

impl<'a> Words<'a> {
    /// Words of `loaded` in `lang`.
    pub fn new(loaded: &'a LoadedGuide, lang: &'a str) -> Self {
        Self { loaded, lang }
    }

    /// A guide text.
    pub fn text(&self, id: &MessageId) -> String {
        self.loaded.texts().text(self.lang, id.as_str())
    }

    /// The answer `chosen` gives `question`: the option's text, or the texts of the options
    /// marked on a checklist, in option order.
    pub fn answer(&self, question: &Question, chosen: OptionSet) -> String {
        let texts: Vec<String> = question
            .chosen(chosen)
            .map(|o| self.text(&o.label))
            .collect();
        texts.join("; ")
    }

    /// An interface text.
    pub fn ui(&self, id: &str) -> String {
        self.loaded.ui().text(self.lang, id)
    }

    /// An interface text with arguments.
    pub fn ui_with(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.loaded.ui().format(self.lang, id, Some(&fluent))
    }

    fn guide(&self) -> &'a Guide {
        self.loaded.guide()
    }

    /// The title of an outcome, or its id for any other node.
    pub fn outcome_title(&self, node: NodeId) -> String {
        match &self.guide().node(node).kind {
            NodeKind::Outcome(o) => self.text(&o.title),
            _ => self.guide().node(node).id.clone(),
        }
    }

    /// What a node asks or says: a question's or info's text, an outcome's title.
    pub fn node_text(&self, node: NodeId) -> String {
        match &self.guide().node(node).kind {
            NodeKind::Question(q) => self.text(&q.text),
            NodeKind::Info(i) => self.text(&i.text),
            NodeKind::Outcome(o) => self.text(&o.title),
            NodeKind::Route(_) => self.guide().node(node).id.clone(),
        }
    }
}

/// The report of an interview's result, or `None` before any pathway is reached.
pub fn result(loaded: &LoadedGuide, record: &Record, lang: &str) -> Option<Document> {
    let guide = loaded.guide();
    let walk = record.session().walk(guide);
    let pathways = Pathways::of(guide, &walk)?;
    let words = Words::new(loaded, lang);
    let place = record.place(loaded.directory());
    let mut doc = Document::default();
    let b = &mut doc.blocks;
    b.push(Block::Title(words.ui("ui-note-title")));
    b.push(field(
        &words,
        "ui-note-case",
        clean(&record.case_code).into_owned(),
    ));
    b.push(date_field(&words, record));
    b.push(field(
        &words,
        "ui-note-guide",
        format!(
            "{} {} ({})",
            guide.id,
            guide.version,
            clean(&record.guide_hash)
        ),
    ));
    if let Some(place) = place {
        b.push(field(
            &words,
            "ui-note-location",
            words.text(&loaded.directory().place(place).name),
        ));
    }
    let ids = pathways.ids(guide);
    let consent = match record.consent_for(&ids) {
        Some(c) => words.ui(c.message()),
        None => words.ui("ui-consent-not-recorded"),
    };
    b.push(field(&words, "ui-note-consent", consent));
    if pathways.concluded.is_none() {
        b.push(Block::Paragraph(words.ui("ui-report-screening-open")));
    }
    b.push(Block::Urgency {
        label: words.ui("ui-urgency"),
        urgency: pathways.urgency,
        words: words.ui(urgency_message(pathways.urgency)),
        layer: None,
    });
    b.push(list(
        words.ui("ui-pathways"),
        ListStyle::Bullets,
        pathways.outcomes.iter().map(|n| {
            let urgency = outcome_urgency(guide, *n);
            Item {
                text: format!(
                    "{} ({})",
                    words.outcome_title(*n),
                    words.ui(urgency_message(urgency))
                ),
                detail: None,
                mark: if urgency == Urgency::Immediate {
                    Mark::Urgent
                } else {
                    Mark::Plain
                },
            }
        }),
    ));
    // What must not happen comes first: it is the one thing that cannot wait for scrolling.
    b.push(list(
        words.ui("ui-hard-stops"),
        ListStyle::Never,
        pathways
            .hard_stops
            .iter()
            .map(|m| Item::plain(words.text(m))),
    ));
    b.push(list(
        words.ui("ui-actions"),
        ListStyle::Numbered,
        pathways.actions.iter().map(|(urgency, m)| Item {
            text: words.text(m),
            detail: None,
            mark: if *urgency == Urgency::Immediate {
                Mark::Urgent
            } else {
                Mark::Plain
            },
        }),
    ));
    for &node in &pathways.outcomes {
        let NodeKind::Outcome(outcome) = &guide.node(node).kind else {
            continue;
        };
        b.push(Block::Heading {
            text: format!("{}: {}", words.ui("ui-pathway"), words.text(&outcome.title)),
            urgency: Some(outcome.urgency),
        });
        b.push(urgency_of(&words, outcome));
        b.push(list(
            words.ui("ui-primary"),
            ListStyle::Bullets,
            service_items(loaded, &words, lang, place, &outcome.primary),
        ));
        b.push(say_to_child(&words, outcome));
        b.push(list(
            words.ui("ui-decided-by"),
            ListStyle::Bullets,
            decisive_steps(guide, &walk, node)
                .into_iter()
                .filter_map(|step| answer_line(&words, &walk, step))
                .map(Item::plain),
        ));
    }
    b.push(list(
        words.ui("ui-secondary"),
        ListStyle::Bullets,
        service_items(loaded, &words, lang, place, &pathways.secondary),
    ));
    b.push(list(
        words.ui("ui-flags"),
        ListStyle::Bullets,
        pathways.flags.iter().map(|f| Item {
            text: words.text(&guide.flag(*f).label),
            detail: None,
            mark: flag_mark(guide, *f),
        }),
    ));
    b.push(list(
        words.ui("ui-why"),
        ListStyle::Numbered,
        (0..walk.steps.len())
            .filter_map(|step| answer_line(&words, &walk, step))
            .map(Item::plain),
    ));
    b.push(list(
        words.ui("ui-notes"),
        ListStyle::Bullets,
        notes_on_path(loaded, record, &walk)
            .map(|(node, note)| Item::plain(format!("{}: {}", words.node_text(node), clean(note)))),
    ));
    b.push(Block::Paragraph(words.ui("ui-note-footer")));
    b.retain(|block| !matches!(block, Block::List { items, .. } if items.is_empty()));
    Some(doc)
}

/// The screen that interrupts the screening: one immediate pathway, what never to do, what to
/// do now, who to call and what to say to the child, with the hard stops of every flag raised.
pub fn interruption(
    loaded: &LoadedGuide,
    record: &Record,
    lang: &str,
    node: NodeId,
) -> Option<Document> {
    let guide = loaded.guide();
    let NodeKind::Outcome(outcome) = &guide.node(node).kind else {
        return None;
    };
    let walk = record.session().walk(guide);
    let words = Words::new(loaded, lang);
    let place = record.place(loaded.directory());
    let mut doc = Document::default();
    let b = &mut doc.blocks;
    b.push(Block::Heading {
        text: format!(
            "{}: {}",
            words.ui("ui-interruption"),
            words.text(&outcome.title)
        ),
        urgency: Some(outcome.urgency),
    });
    b.push(urgency_of(&words, outcome));
    let mut stops: Vec<&MessageId> = outcome.hard_stops.iter().collect();
    for stop in walk
        .flags
        .iter()
        .filter_map(|f| guide.flag(*f).hard_stop.as_ref())
    {
        if !stops.contains(&stop) {
            stops.push(stop);
        }
    }
    b.push(list(
        words.ui("ui-hard-stops"),
        ListStyle::Never,
        stops.into_iter().map(|m| Item::plain(words.text(m))),
    ));
    b.push(list(
        words.ui("ui-actions"),
        ListStyle::Numbered,
        outcome.actions.iter().map(|m| Item {
            text: words.text(m),
            detail: None,
            mark: Mark::Urgent,
        }),
    ));
    b.push(list(
        words.ui("ui-primary"),
        ListStyle::Bullets,
        service_items(loaded, &words, lang, place, &outcome.primary),
    ));
    b.push(say_to_child(&words, outcome));
    b.push(Block::Paragraph(words.ui("ui-interruption-then")));
    b.retain(|block| !matches!(block, Block::List { items, .. } if items.is_empty()));
    Some(doc)
}

/// A rehearsal's feedback: the case, the expected and the reached pathways, the score, the
/// first difference with its guidance, the red flags missed and the answers given. The screen
/// shows it at the end of the walk and the debrief exports it. `None` before the screening ends.
pub fn feedback(
    loaded: &LoadedGuide,
    case: &super::case::Case,
    record: &Record,
    lang: &str,
) -> Option<Document> {
    let guide = loaded.guide();
    let walk = record.session().walk(guide);
    let feedback = super::rehearsal::feedback(guide, case, &walk)?;
    let words = Words::new(loaded, lang);
    let titles = |nodes: &[NodeId]| -> String {
        let titles: Vec<String> = nodes.iter().map(|n| words.outcome_title(*n)).collect();
        titles.join(" · ")
    };
    let yes_no = |ok: bool| words.ui(if ok { "ui-yes" } else { "ui-no" });
    let mut doc = Document::default();
    let b = &mut doc.blocks;
    b.push(Block::Title(words.ui("ui-debrief-title")));
    b.push(Block::Field {
        label: words.ui("ui-rehearse-case"),
        value: format!("{} ({})", words.text(&case.title), case.id),
    });
    b.push(date_field(&words, record));
    b.push(field(
        &words,
        "ui-note-guide",
        format!("{} {}", guide.id, guide.version),
    ));
    b.push(field(
        &words,
        "ui-rehearse-expected-pathway",
        titles(&feedback.expected),
    ));
    b.push(field(
        &words,
        "ui-rehearse-your-pathway",
        titles(&feedback.reached),
    ));
    let score = feedback.score;
    let matched = feedback.expected == feedback.reached && score.urgency_matched;
    b.push(Block::Heading {
        text: words.ui(if matched {
            "ui-rehearse-matched"
        } else {
            "ui-rehearse-diverged"
        }),
        urgency: (!matched).then_some(Urgency::Immediate),
    });
    b.push(Block::Paragraph(words.ui_with(
        "ui-rehearse-steps-matching",
        &[
            ("matching", score.steps_matching.to_string()),
            ("total", score.steps_total.to_string()),
        ],
    )));
    b.push(field(
        &words,
        "ui-rehearse-urgency-matched",
        yes_no(score.urgency_matched),
    ));
    b.push(field(
        &words,
        "ui-rehearse-primary-matched",
        yes_no(score.primary_matched),
    ));
    if let Some(d) = &feedback.divergence
        && let NodeKind::Question(q) = &guide.node(d.question).kind
    {
        let mut items = vec![
            Item::plain(words.text(&q.text)),
            Item::plain(format!(
                "{}: {}",
                words.ui("ui-rehearse-you-answered"),
                words.answer(q, d.chosen)
            )),
        ];
        if let Some(expected) = d.expected {
            items.push(Item::plain(format!(
                "{}: {}",
                words.ui("ui-rehearse-case-answer"),
                words.answer(q, expected)
            )));
        }
        if let Some(guidance) = &q.guidance {
            items.push(Item {
                text: format!("{}: {}", words.ui("ui-guidance"), words.text(guidance)),
                detail: None,
                mark: Mark::Muted,
            });
        }
        b.push(list(
            words.ui("ui-rehearse-divergence"),
            ListStyle::Bullets,
            items,
        ));
    }
    b.push(list(
        words.ui("ui-rehearse-missed-flags"),
        ListStyle::Bullets,
        feedback.missed_flags.iter().map(|f| Item {
            text: words.text(&guide.flag(*f).label),
            detail: None,
            mark: Mark::Urgent,
        }),
    ));
    b.push(list(
        words.ui("ui-review-title"),
        ListStyle::Numbered,
        (0..walk.steps.len())
            .filter_map(|step| answer_line(&words, &walk, step))
            .map(Item::plain),
    ));
    b.retain(|block| !matches!(block, Block::List { items, .. } if items.is_empty()));
    Some(doc)
}

/// An outcome's own urgency, with its IASC layer.
fn urgency_of(words: &Words<'_>, outcome: &Outcome) -> Block {
    Block::Urgency {
        label: words.ui("ui-urgency"),
        urgency: outcome.urgency,
        words: words.ui(urgency_message(outcome.urgency)),
        layer: outcome
            .iasc_layer
            .map(|layer| words.ui_with("ui-iasc-layer", &[("layer", layer.to_string())])),
    }
}

/// What to tell the child, in the outcome's words.
fn say_to_child(words: &Words<'_>, outcome: &Outcome) -> Block {
    list(
        words.ui("ui-say-to-child"),
        ListStyle::Quote,
        outcome
            .say_to_child
            .iter()
            .map(|m| Item::plain(words.text(m))),
    )
}

/// When the record was last saved, on the practitioner's clock.
fn date_field(words: &Words<'_>, record: &Record) -> Block {
    field(
        words,
        "ui-note-date",
        clean(&local_time(&record.updated)).into_owned(),
    )
}

fn field(words: &Words<'_>, label: &str, value: String) -> Block {
    Block::Field {
        label: words.ui(label),
        value,
    }
}

fn list(title: String, style: ListStyle, items: impl IntoIterator<Item = Item>) -> Block {
    Block::List {
        title,
        style,
        items: items.into_iter().collect(),
    }
}

fn outcome_urgency(guide: &Guide, node: NodeId) -> Urgency {
    match &guide.node(node).kind {
        NodeKind::Outcome(o) => o.urgency,
        _ => Urgency::Routine,
    }
}

fn flag_mark(guide: &Guide, flag: FlagId) -> Mark {
    if guide.flag(flag).is_red_flag() {
        Mark::Urgent
    } else {
        Mark::Plain
    }
}

/// Each service as items: the providers of the place (with their notes, and "to be confirmed"
/// for entries the local team has not confirmed), or the service's own name, marked as having no
/// entry for the place when one was chosen.
pub fn service_items(
    loaded: &LoadedGuide,
    words: &Words<'_>,
    lang: &str,
    place: Option<PlaceId>,
    services: &[ServiceId],
) -> Vec<Item> {
    let place_name = place.map(|p| words.text(&loaded.directory().place(p).name));
    services
        .iter()
        .flat_map(|s| referrals(loaded, lang, place, *s))
        .map(|r| {
            let mut text = r.name;
            if let Some(formerly) = r.formerly {
                let _ = write!(
                    text,
                    " ({})",
                    words.ui_with("ui-formerly", &[("name", formerly)])
                );
            }
            if let Some(phone) = r.phone {
                let _ = write!(
                    text,
                    " — {}",
                    words.ui_with("ui-phone", &[("phone", phone)])
                );
            }
            let mut mark = Mark::Plain;
            if r.generic {
                if let Some(place) = &place_name {
                    let _ = write!(
                        text,
                        " ({})",
                        words.ui_with("ui-no-provider", &[("place", place.clone())])
                    );
                    mark = Mark::Muted;
                }
            } else if !r.confirmed {
                let _ = write!(text, " ({})", words.ui("ui-unconfirmed"));
                mark = Mark::Muted;
            }
            Item {
                text,
                detail: r.note,
                mark,
            }
        })
        .collect()
}

/// "question → answer" for step `step` of `walk`, if it answered a question.
pub fn answer_line(words: &Words<'_>, walk: &Walk, step: usize) -> Option<String> {
    let step = walk.steps.get(step)?;
    let NodeKind::Question(q) = &words.guide().node(step.node).kind else {
        return None;
    };
    if step.chosen.is_empty() {
        return None;
    }
    Some(format!(
        "{} → {}",
        words.text(&q.text),
        words.answer(q, step.chosen)
    ))
}

/// The steps of `walk` whose answers decided `outcome`: the answer that interrupted with it, or
/// led straight to it, or raised a flag by which a route chose it.
pub fn decisive_steps(guide: &Guide, walk: &Walk, outcome: NodeId) -> Vec<usize> {
    let mut deciding_flags: Vec<FlagId> = Vec::new();
    let mut decisive = Vec::new();
    for (i, step) in walk.steps.iter().enumerate() {
        match &guide.node(step.node).kind {
            NodeKind::Question(q)
                if q.chosen(step.chosen)
                    .any(|c| c.interrupt == Some(outcome) || c.next == outcome) =>
            {
                decisive.push(i);
            }
            NodeKind::Route(route) => {
                let Some(branch) = step.branch else {
                    continue;
                };
                if let Some((flag, next)) = route.when.get(branch)
                    && *next == outcome
                {
                    deciding_flags.push(*flag);
                }
            }
            _ => {}
        }
    }
    for (i, step) in walk.steps.iter().enumerate() {
        if let NodeKind::Question(q) = &guide.node(step.node).kind
            && q.chosen(step.chosen)
                .flat_map(|c| &c.flags)
                .any(|f| deciding_flags.contains(f))
            && !decisive.contains(&i)
        {
            decisive.push(i);
        }
    }
    decisive.sort_unstable();
    decisive
}

/// The record's notes on nodes of the current path, in path order. Notes on answers kept aside
/// stay in the record and come back with their question.
pub fn notes_on_path<'a>(
    loaded: &'a LoadedGuide,
    record: &'a Record,
    walk: &'a Walk,
) -> impl Iterator<Item = (NodeId, &'a str)> + 'a {
    let guide = loaded.guide();
    walk.steps
        .iter()
        .map(|s| s.node)
        .chain(std::iter::once(walk.position.node()))
        .filter_map(move |node| {
            let note = record.notes.get(&guide.node(node).id)?;
            Some((node, note.as_str()))
        })
}

/// The two export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown, for e-mail and case systems that render it.
    Markdown,
    /// Plain text, for printing, line mode and anything else.
    Text,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Text => "txt",
        }
    }
}

/// `doc` in `format`.
pub fn render(doc: &Document, format: Format) -> String {
    let mut out = String::new();
    let esc = |s: &str| escape(s, format);
    for block in &doc.blocks {
        let _ = match (block, format) {
            (Block::Title(t), Format::Markdown) => writeln!(out, "# {}\n", esc(t)),
            (Block::Title(t), Format::Text) => {
                writeln!(out, "{t}\n{}\n", "=".repeat(t.chars().count()))
            }
            (Block::Field { label, value }, Format::Markdown) => {
                writeln!(out, "- **{}:** {}", esc(label), esc(value))
            }
            (Block::Field { label, value }, Format::Text) => writeln!(out, "{label}: {value}"),
            (Block::Heading { text, .. }, Format::Markdown) => {
                writeln!(out, "\n## {}\n", esc(text))
            }
            (Block::Heading { text, .. }, Format::Text) => {
                writeln!(out, "\n{text}\n{}", "-".repeat(text.chars().count()))
            }
            (
                Block::Urgency {
                    label,
                    words,
                    layer,
                    ..
                },
                _,
            ) => {
                let line = format!("{label}: {words}");
                let line = match format {
                    Format::Markdown => format!("**{}**", esc(&line)),
                    Format::Text => line,
                };
                // The layer is its own line: it says who acts, not how soon.
                match layer {
                    Some(layer) => writeln!(out, "\n{line}\n\n{}", esc(layer)),
                    None => writeln!(out, "\n{line}"),
                }
            }
            (
                Block::List {
                    title,
                    style,
                    items,
                },
                _,
            ) => {
                let _ = match format {
                    Format::Markdown => writeln!(out, "\n### {}\n", esc(title)),
                    Format::Text => writeln!(out, "\n{title}:"),
                };
                for (i, item) in items.iter().enumerate() {
                    let text = esc(&item.text);
                    let _ = match style {
                        ListStyle::Numbered => writeln!(out, "{}. {text}", i + 1),
                        ListStyle::Quote => writeln!(out, "- “{text}”"),
                        ListStyle::Never => writeln!(out, "- ✗ {text}"),
                        ListStyle::Bullets => writeln!(out, "- {text}"),
                    };
                    if let Some(detail) = &item.detail {
                        let _ = writeln!(out, "  {}", esc(detail));
                    }
                }
                Ok(())
            }
            (Block::Paragraph(p), _) => writeln!(out, "\n{}", esc(p)),
        };
    }
    out
}

/// Texts are prose: flattened to one line, and in Markdown only characters that would turn into
/// markup are escaped.
fn escape(s: &str, format: Format) -> String {
    let flat = s.replace('\n', " ");
    match format {
        Format::Text => flat,
        Format::Markdown => flat
            .chars()
            .flat_map(|c| match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => vec!['\\', c],
                c => vec![c],
            })
            .collect(),
    }
}

/// The referral note of `record` in `lang`: its result report, rendered. `None` before any
/// pathway is reached.
pub fn referral_note(
    loaded: &LoadedGuide,
    record: &Record,
    lang: &str,
    format: Format,
) -> Option<String> {
    result(loaded, record, lang).map(|doc| render(&doc, format))
}

/// The Markdown debrief of a rehearsal: its feedback, rendered.
pub fn debrief(
    loaded: &LoadedGuide,
    case: &super::case::Case,
    record: &Record,
    lang: &str,
) -> Option<String> {
    feedback(loaded, case, record, lang).map(|doc| render(&doc, Format::Markdown))
}
