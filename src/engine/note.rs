//! The referral note a practitioner leaves with: case code, date, guide, pathway, urgency,
//! referrals, what to do, why, consent and notes, in Markdown or plain text, in any of the
//! guide's languages (whatever language the interview was held in).

use std::fmt::Write;

use fluent::FluentArgs;

use super::directory::PlaceId;
use super::guide::{NodeKind, ServiceId, Urgency};
use super::i18n::clean;
use super::load::LoadedGuide;
use super::record::Record;
use super::session::Pathway;

/// The two note formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteFormat {
    /// Markdown, for e-mail and case systems that render it.
    Markdown,
    /// Plain text, for printing and anything else.
    Text,
}

impl NoteFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            NoteFormat::Markdown => "md",
            NoteFormat::Text => "txt",
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
    let text = |id: &super::guide::MessageId| loaded.texts().text(lang, id.as_str());
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

/// The note for `record`, or `None` while its interview has not reached an outcome.
pub fn referral_note(
    loaded: &LoadedGuide,
    record: &Record,
    lang: &str,
    format: NoteFormat,
) -> Option<String> {
    let guide = loaded.guide();
    let walk = record.session().walk(guide);
    let pathway = Pathway::of(guide, &walk)?;
    let NodeKind::Outcome(outcome) = &guide.node(pathway.outcome).kind else {
        return None;
    };
    let text = |id: &super::guide::MessageId| loaded.texts().text(lang, id.as_str());
    let ui = |id: &str| loaded.ui().text(lang, id);
    let ui_with = |id: &str, name: &str, value: String| {
        let mut args = FluentArgs::new();
        args.set(name, value);
        loaded.ui().format(lang, id, Some(&args))
    };
    let place = record
        .location
        .as_deref()
        .and_then(|l| loaded.directory().find_place(l));
    let mut out = Writer {
        format,
        text: String::new(),
    };

    out.title(&ui("ui-note-title"));
    out.field(&ui("ui-note-case"), &record.case_code);
    out.field(&ui("ui-note-date"), &record.updated);
    out.field(
        &ui("ui-note-guide"),
        &format!("{} {} ({})", guide.id, guide.version, record.guide_hash),
    );
    if let Some(place) = place {
        out.field(
            &ui("ui-note-location"),
            &text(&loaded.directory().place(place).name),
        );
    }
    let consent = record
        .consent
        .map_or_else(|| ui("ui-consent-not-recorded"), |c| ui(c.message()));
    out.field(&ui("ui-note-consent"), &consent);

    out.heading(&format!("{}: {}", ui("ui-pathway"), text(&outcome.title)));
    out.field(&ui("ui-urgency"), &ui(urgency_message(pathway.urgency)));
    if let Some(layer) = outcome.iasc_layer {
        out.line(&ui_with("ui-iasc-layer", "layer", layer.to_string()));
    }
    out.list(&ui("ui-hard-stops"), pathway.hard_stops.iter().map(text));
    for (title, services) in [
        (ui("ui-primary"), &pathway.primary),
        (ui("ui-secondary"), &pathway.secondary),
    ] {
        let items = services
            .iter()
            .flat_map(|s| referrals(loaded, lang, place, *s))
            .map(|r| {
                let mut item = r.name;
                if let Some(formerly) = r.formerly {
                    item.push_str(&format!(" ({})", ui_with("ui-formerly", "name", formerly)));
                }
                if let Some(phone) = r.phone {
                    item.push_str(&format!(" — {}", ui_with("ui-phone", "phone", phone)));
                }
                if !r.confirmed && !r.generic {
                    item.push_str(&format!(" ({})", ui("ui-unconfirmed")));
                }
                item
            });
        out.list(&title, items);
    }
    out.numbered(&ui("ui-actions"), pathway.actions.iter().map(text));
    if let Some(say) = &outcome.say_to_child {
        out.list(&ui("ui-say-to-child"), [text(say)]);
    }
    out.list(&ui("ui-why"), answer_lines(loaded, lang, &walk));
    out.list(
        &ui("ui-flags"),
        pathway.flags.iter().map(|f| text(&guide.flag(*f).label)),
    );
    let notes = record.notes.iter().filter_map(|(node, note)| {
        let id = guide.find(node)?;
        let label = match &guide.node(id).kind {
            NodeKind::Question(q) => text(&q.text),
            NodeKind::Info(i) => text(&i.text),
            _ => node.clone(),
        };
        Some(format!("{label}: {}", clean(note)))
    });
    out.list(&ui("ui-notes"), notes);
    out.line("");
    out.line(&ui("ui-note-footer"));
    Some(out.text)
}

/// "question → answer" for every question of `walk`, in order: the "why" of a pathway.
pub fn answer_lines<'a>(
    loaded: &'a LoadedGuide,
    lang: &'a str,
    walk: &'a super::session::Walk,
) -> impl Iterator<Item = String> + 'a {
    let guide = loaded.guide();
    let text = move |id: &super::guide::MessageId| loaded.texts().text(lang, id.as_str());
    walk.steps.iter().filter_map(
        move |step| match (&guide.node(step.node).kind, step.option) {
            (NodeKind::Question(q), Some(i)) => {
                Some(format!("{} → {}", text(&q.text), text(&q.options[i].label)))
            }
            _ => None,
        },
    )
}

struct Writer {
    format: NoteFormat,
    text: String,
}

impl Writer {
    fn escape(&self, s: &str) -> String {
        // Texts are prose; in Markdown only characters that would turn into markup are escaped.
        let flat = s.replace('\n', " ");
        match self.format {
            NoteFormat::Text => flat,
            NoteFormat::Markdown => flat
                .chars()
                .flat_map(|c| match c {
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => vec!['\\', c],
                    c => vec![c],
                })
                .collect(),
        }
    }

    fn title(&mut self, s: &str) {
        let s = self.escape(s);
        let _ = match self.format {
            NoteFormat::Markdown => writeln!(self.text, "# {s}\n"),
            NoteFormat::Text => writeln!(self.text, "{s}\n{}\n", "=".repeat(s.chars().count())),
        };
    }

    fn heading(&mut self, s: &str) {
        let s = self.escape(s);
        let _ = match self.format {
            NoteFormat::Markdown => writeln!(self.text, "\n## {s}\n"),
            NoteFormat::Text => writeln!(self.text, "\n{s}\n{}", "-".repeat(s.chars().count())),
        };
    }

    fn field(&mut self, name: &str, value: &str) {
        let (name, value) = (self.escape(name), self.escape(value));
        let _ = match self.format {
            NoteFormat::Markdown => writeln!(self.text, "- **{name}:** {value}"),
            NoteFormat::Text => writeln!(self.text, "{name}: {value}"),
        };
    }

    fn line(&mut self, s: &str) {
        let s = self.escape(s);
        let _ = writeln!(self.text, "{s}");
    }

    fn list(&mut self, title: &str, items: impl IntoIterator<Item = String>) {
        self.items(title, items, false);
    }

    fn numbered(&mut self, title: &str, items: impl IntoIterator<Item = String>) {
        self.items(title, items, true);
    }

    fn items(&mut self, title: &str, items: impl IntoIterator<Item = String>, numbered: bool) {
        let items: Vec<String> = items.into_iter().map(|i| self.escape(&i)).collect();
        if items.is_empty() {
            return;
        }
        let title = self.escape(title);
        let _ = match self.format {
            NoteFormat::Markdown => writeln!(self.text, "\n### {title}\n"),
            NoteFormat::Text => writeln!(self.text, "\n{title}:"),
        };
        for (i, item) in items.iter().enumerate() {
            let _ = if numbered {
                writeln!(self.text, "{}. {item}", i + 1)
            } else {
                writeln!(self.text, "- {item}")
            };
        }
    }
}

/// The Markdown debrief of a rehearsal: the case, the answers given, where the walk diverged,
/// and the score. `None` before the walk reaches an outcome.
pub fn debrief(
    loaded: &LoadedGuide,
    case: &super::case::Case,
    record: &Record,
    lang: &str,
) -> Option<String> {
    let guide = loaded.guide();
    let walk = record.session().walk(guide);
    let feedback = super::rehearsal::feedback(guide, case, &walk)?;
    let text = |id: &super::guide::MessageId| loaded.texts().text(lang, id.as_str());
    let ui = |id: &str| loaded.ui().text(lang, id);
    let ui_with = |id: &str, args: &[(&str, String)]| {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        loaded.ui().format(lang, id, Some(&fluent))
    };
    let title = |node| match &guide.node(node).kind {
        NodeKind::Outcome(o) => text(&o.title),
        _ => guide.node(node).id.clone(),
    };
    let mut out = Writer {
        format: NoteFormat::Markdown,
        text: String::new(),
    };
    out.title(&ui("ui-debrief-title"));
    out.field(
        &ui("ui-rehearse-case"),
        &format!("{} ({})", text(&case.title), case.id),
    );
    out.field(&ui("ui-note-date"), &record.updated);
    out.field(
        &ui("ui-note-guide"),
        &format!("{} {}", guide.id, guide.version),
    );
    out.field(
        &ui("ui-rehearse-expected-pathway"),
        &title(feedback.expected),
    );
    out.field(&ui("ui-rehearse-your-pathway"), &title(feedback.reached));
    out.heading(&ui("ui-rehearse-score"));
    let yes_no = |ok: bool| if ok { ui("ui-yes") } else { ui("ui-no") };
    let score = feedback.score;
    out.line(&ui_with(
        "ui-rehearse-steps-matching",
        &[
            ("matching", score.steps_matching.to_string()),
            ("total", score.steps_total.to_string()),
        ],
    ));
    out.line("");
    out.field(
        &ui("ui-rehearse-urgency-matched"),
        &yes_no(score.urgency_matched),
    );
    out.field(
        &ui("ui-rehearse-primary-matched"),
        &yes_no(score.primary_matched),
    );
    if let Some(d) = &feedback.divergence
        && let NodeKind::Question(q) = &guide.node(d.question).kind
    {
        let mut items = vec![
            text(&q.text),
            format!(
                "{}: {}",
                ui("ui-rehearse-you-answered"),
                text(&q.options[d.chosen].label)
            ),
        ];
        if let Some(expected) = d.expected {
            items.push(format!(
                "{}: {}",
                ui("ui-rehearse-case-answer"),
                text(&q.options[expected].label)
            ));
        }
        if let Some(guidance) = &q.guidance {
            items.push(format!("{}: {}", ui("ui-guidance"), text(guidance)));
        }
        out.list(&ui("ui-rehearse-divergence"), items);
    }
    out.list(
        &ui("ui-rehearse-missed-flags"),
        feedback
            .missed_flags
            .iter()
            .map(|f| text(&guide.flag(*f).label)),
    );
    out.numbered(&ui("ui-review-title"), answer_lines(loaded, lang, &walk));
    Some(out.text)
}
