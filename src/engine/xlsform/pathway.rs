//! The result as notes: what ruta's pathway screen and referral note say, cut into notes that
//! are relevant when their outcome, flag or service is part of the result. XForms cannot sort
//! rows at run time, so the sheet lists outcomes most urgent first.

use std::fmt::Write;

use super::logic::{Helpers, Logic, any_of, prefix, var};
use super::model::{SurveyRow, Texts};
use crate::engine::directory::PlaceId;
use crate::engine::guide::{MessageId, NodeId, NodeKind, ServiceId, Urgency};
use crate::engine::load::LoadedGuide;
use crate::engine::report::{Words, urgency_message};

/// Builds texts in every language of a guide.
pub struct Languages<'a> {
    loaded: &'a LoadedGuide,
}

impl<'a> Languages<'a> {
    /// The languages of `loaded`.
    pub fn new(loaded: &'a LoadedGuide) -> Self {
        Self { loaded }
    }

    /// `make(words, lang)` in each language, in the guide's order.
    pub fn each(&self, make: impl Fn(&Words<'_>, &str) -> String) -> Texts {
        self.loaded
            .guide()
            .languages
            .iter()
            .map(|lang| make(&Words::new(self.loaded, lang), lang))
            .collect()
    }

    /// A guide message in each language.
    pub fn text(&self, id: &MessageId) -> Texts {
        self.each(|w, _| w.text(id))
    }
}

/// The places of the directory, or one "no place" when the guide has no directory.
pub fn places(loaded: &LoadedGuide) -> Vec<Option<PlaceId>> {
    if loaded.directory().places.is_empty() {
        vec![None]
    } else {
        (0..loaded.directory().places.len())
            .map(|i| Some(PlaceId(i as u32)))
            .collect()
    }
}

/// The condition that `place` was chosen (true without a directory).
fn at_place(loaded: &LoadedGuide, place: Option<PlaceId>) -> String {
    match place {
        Some(p) => format!("{}='{}'", var(super::PLACE), loaded.directory().place(p).id),
        None => "true()".to_owned(),
    }
}

fn place_suffix(loaded: &LoadedGuide, place: Option<PlaceId>) -> String {
    place.map_or(String::new(), |p| {
        format!("_{}", loaded.directory().place(p).id)
    })
}

/// Bulleted lines under a heading.
fn listing(heading: String, lines: impl IntoIterator<Item = String>) -> String {
    let mut text = heading;
    for line in lines {
        let _ = write!(text, "\n- {line}");
    }
    text
}

/// The institutions for `services` in `place`, one line each, as the referral note names them
/// (the report's own items, with a provider's practical note after its name).
fn providers(
    loaded: &LoadedGuide,
    words: &Words<'_>,
    lang: &str,
    place: Option<PlaceId>,
    services: &[ServiceId],
) -> Vec<String> {
    crate::engine::report::service_items(loaded, words, lang, place, services)
        .into_iter()
        .map(|item| match item.detail {
            Some(note) => format!("{}. {note}", item.text),
            None => item.text,
        })
        .collect()
}

/// The notes of one outcome, named `<name>_…`, shown when `relevant` holds: title and
/// urgency, what never to do, what to do now, who to refer to (per place) and what to tell the
/// child.
pub fn outcome_notes(
    loaded: &LoadedGuide,
    node: NodeId,
    name: &str,
    relevant: &str,
) -> Vec<SurveyRow> {
    let NodeKind::Outcome(outcome) = &loaded.guide().node(node).kind else {
        return Vec::new();
    };
    let langs = Languages::new(loaded);
    let mut rows = vec![SurveyRow::note(
        format!("{name}_title"),
        langs.each(|w, _| {
            format!(
                "{}: {}\n{}: {}",
                w.ui("ui-pathway"),
                w.text(&outcome.title),
                w.ui("ui-urgency"),
                w.ui(urgency_message(outcome.urgency))
            )
        }),
        relevant,
    )];
    if !outcome.hard_stops.is_empty() {
        rows.push(SurveyRow::note(
            format!("{name}_never"),
            langs.each(|w, _| {
                listing(
                    w.ui("ui-hard-stops"),
                    outcome.hard_stops.iter().map(|m| w.text(m)),
                )
            }),
            relevant,
        ));
    }
    if !outcome.actions.is_empty() {
        rows.push(SurveyRow::note(
            format!("{name}_do"),
            langs.each(|w, _| {
                listing(
                    w.ui("ui-actions"),
                    outcome.actions.iter().map(|m| w.text(m)),
                )
            }),
            relevant,
        ));
    }
    if !outcome.primary.is_empty() {
        for place in places(loaded) {
            rows.push(SurveyRow::note(
                format!("{name}_refer{}", place_suffix(loaded, place)),
                langs.each(|w, lang| {
                    listing(
                        w.ui("ui-primary"),
                        providers(loaded, w, lang, place, &outcome.primary),
                    )
                }),
                format!("{relevant} and {}", at_place(loaded, place)),
            ));
        }
    }
    if let Some(say) = &outcome.say_to_child {
        rows.push(SurveyRow::note(
            format!("{name}_say"),
            langs.each(|w, _| format!("{}: «{}»", w.ui("ui-say-to-child"), w.text(say))),
            relevant,
        ));
    }
    rows
}

/// The rows of the result group: the urgency, each outcome (most urgent first), the other
/// services, and each signal.
pub fn result_rows(
    loaded: &LoadedGuide,
    logic: &Logic<'_>,
    helpers: &mut Helpers,
) -> Vec<SurveyRow> {
    let guide = loaded.guide();
    let langs = Languages::new(loaded);
    let hit = |o: NodeId| format!("{}=1", var(&format!("{}{}", prefix::HIT, guide.node(o).id)));
    let mut rows = Vec::new();
    for urgency in Urgency::ALL {
        rows.push(SurveyRow::note(
            format!("result_urgency_{}", urgency.keyword()),
            langs
                .each(|w, _| format!("{}: {}", w.ui("ui-urgency"), w.ui(urgency_message(urgency)))),
            format!("{}='{}'", var(super::URGENCY), urgency.keyword()),
        ));
    }
    let mut outcomes: Vec<NodeId> = logic.outcomes().collect();
    outcomes.sort_by_key(|o| match &guide.node(*o).kind {
        NodeKind::Outcome(outcome) => std::cmp::Reverse(outcome.urgency),
        _ => std::cmp::Reverse(Urgency::Routine),
    });
    for &o in &outcomes {
        rows.extend(outcome_notes(
            loaded,
            o,
            &format!("result_{}", guide.node(o).id),
            &hit(o),
        ));
    }
    // Secondary referrals: the outcomes' and the flags', less any that is a first referral.
    for (s, service) in guide.services.iter().enumerate() {
        let s = ServiceId(s as u32);
        let mut by: Vec<String> = Vec::new();
        let mut primary: Vec<String> = Vec::new();
        for &o in &outcomes {
            if let NodeKind::Outcome(outcome) = &guide.node(o).kind {
                if outcome.secondary.contains(&s) {
                    by.push(hit(o));
                }
                if outcome.primary.contains(&s) {
                    primary.push(hit(o));
                }
            }
        }
        for flag in guide.flags.iter().filter(|f| f.referrals.contains(&s)) {
            by.push(format!(
                "{}=1",
                var(&format!("{}{}", prefix::FLAG, flag.id))
            ));
        }
        if by.is_empty() {
            continue;
        }
        let name = format!("result_also_{}", service.id);
        let by = any_of(&format!("{name}__by"), by, helpers);
        let mut relevant = format!("{by}=1");
        if !primary.is_empty() {
            let first = any_of(&format!("{name}__first"), primary, helpers);
            relevant = format!("{relevant} and {first}=0");
        }
        for place in places(loaded) {
            rows.push(SurveyRow::note(
                format!("result_also_{}{}", service.id, place_suffix(loaded, place)),
                langs.each(|w, lang| {
                    listing(
                        w.ui("ui-secondary"),
                        providers(loaded, w, lang, place, &[s]),
                    )
                }),
                format!("{relevant} and {}", at_place(loaded, place)),
            ));
        }
    }
    for flag in &guide.flags {
        rows.push(SurveyRow::note(
            format!("result_signal_{}", flag.id),
            langs.each(|w, _| {
                let mut text = format!("{}: {}", w.ui("ui-flags"), w.text(&flag.label));
                if let Some(action) = &flag.action {
                    let _ = write!(text, "\n{}: {}", w.ui("ui-actions"), w.text(action));
                }
                if let Some(stop) = &flag.hard_stop {
                    let _ = write!(text, "\n{}: {}", w.ui("ui-hard-stops"), w.text(stop));
                }
                text
            }),
            format!("{}=1", var(&format!("{}{}", prefix::FLAG, flag.id))),
        ));
    }
    rows
}
