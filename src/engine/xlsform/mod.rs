//! The guide as an XLSForm, for ODK Collect, ODK Central and KoboToolbox.
//!
//! [`build`] turns a checked guide into a [`Form`] (the rows of the `survey`, `choices` and
//! `settings` sheets) and [`write`] writes it as a workbook. A question is a `select_one`, a
//! checklist a `select_multiple` whose exclusive options ("none of these") a constraint keeps
//! alone. The walk becomes XPath in
//! [`logic`]; the result becomes notes in [`pathway`]. The names the form computes for any
//! walker to compare with `ruta test`: `pathways` (outcome ids, most urgent first),
//! `urgency` (a keyword) and `flags` (flag ids, in the order first raised).
//!
//! Only a guide that loaded without errors can be exported: pyxform would turn a missing
//! translation into "-" without a word, so the checks must come first (the CLI refuses any guide
//! that `ruta validate` finds errors in).

pub mod logic;
pub mod model;
pub mod pathway;
pub mod submission;
mod write;

use std::collections::HashSet;
use std::fmt;

pub use model::{ChoiceRow, Form, RowType, Settings, SurveyRow};
pub use write::{WriteError, to_bytes};

use crate::engine::guide::{Choice, NodeId, NodeKind, Question};
use crate::engine::load::LoadedGuide;
use logic::{Logic, var};
use pathway::{Languages, outcome_notes, result_rows};

/// The question that asks where the interview takes place (for the directory's providers).
pub const PLACE: &str = "place";
/// The calculate with the result's outcome ids.
pub const PATHWAYS: &str = "pathways";
/// The calculate with the result's urgency keyword.
pub const URGENCY: &str = "urgency";
/// The calculate with the flags raised.
pub const FLAGS: &str = "flags";

/// Why a guide cannot become a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// Two rows would have the same name (a node id equal to a helper's name).
    NameClash(String),
    /// A name that is not an XML name.
    BadName(String),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::NameClash(name) => write!(
                f,
                "two fields of the form would be named `{name}`: rename the node (ids starting with r_, b_, fi_, flag_, ii_, hit_, int_ or result_, and place, pathways, urgency and flags are the exporter's)"
            ),
            ExportError::BadName(name) => write!(
                f,
                "`{name}` cannot name a form field: use letters, digits, _ and -, starting with a letter"
            ),
        }
    }
}

impl std::error::Error for ExportError {}

/// The column name of a language: `Name (code)`, as ODK tools expect.
pub fn language_column(loaded: &LoadedGuide, lang: &str) -> String {
    format!("{} ({lang})", loaded.ui().text(lang, "ui-language-name"))
}

/// The guide of `loaded` as an XLSForm.
pub fn build(loaded: &LoadedGuide) -> Result<Form, ExportError> {
    let guide = loaded.guide();
    let langs = Languages::new(loaded);
    let logic = Logic::new(guide);
    let mut survey = Vec::new();
    let mut choices = Vec::new();

    if !loaded.directory().places.is_empty() {
        survey.push(SurveyRow {
            label: langs.each(|w, _| w.ui("ui-note-location")),
            required: true,
            ..SurveyRow::new(RowType::SelectOne(PLACE.to_owned()), PLACE)
        });
        choices.extend(loaded.directory().places.iter().map(|p| ChoiceRow {
            list: PLACE.to_owned(),
            name: p.id.clone(),
            label: langs.text(&p.name),
        }));
    }

    for &node in &logic.order {
        let n = guide.node(node);
        let section = |langs: &Languages<'_>| match n.section {
            Some(s) => langs.text(&guide.section(s).title),
            None => Vec::new(),
        };
        let guidance = |g: &Option<_>| g.as_ref().map_or_else(Vec::new, |id| langs.text(id));
        match &n.kind {
            NodeKind::Question(q) => {
                let kind = if q.is_checklist() {
                    RowType::SelectMultiple(n.id.clone())
                } else {
                    RowType::SelectOne(n.id.clone())
                };
                let (constraint, constraint_message) = exclusive_constraint(&langs, q);
                survey.push(SurveyRow {
                    label: langs.text(&q.text),
                    hint: section(&langs),
                    guidance: guidance(&q.guidance),
                    required: true,
                    relevant: logic.reached(node),
                    constraint,
                    constraint_message,
                    ..SurveyRow::new(kind, n.id.clone())
                });
                choices.extend(q.options.iter().map(|o| ChoiceRow {
                    list: n.id.clone(),
                    name: o.id.clone(),
                    label: langs.text(&o.label),
                }));
                survey.extend(interruption_groups(loaded, &logic, node));
            }
            NodeKind::Info(info) => survey.push(SurveyRow {
                label: langs.text(&info.text),
                hint: section(&langs),
                guidance: guidance(&info.guidance),
                relevant: logic.reached(node),
                ..SurveyRow::new(RowType::Note, n.id.clone())
            }),
            NodeKind::Route(_) | NodeKind::Outcome(_) => {}
        }
    }

    // The helpers stay at the top level: ODK Validate refuses a group with no visible field,
    // and their prefixes keep them apart from the answers in exports.
    survey.extend(
        logic
            .calculates()
            .into_iter()
            .map(|(name, expression)| SurveyRow::calculate(name, expression)),
    );

    survey.push(SurveyRow {
        label: langs.each(|w, _| w.ui("ui-pathway")),
        relevant: format!("{}!=''", var(PATHWAYS)),
        appearance: "field-list".to_owned(),
        ..SurveyRow::new(RowType::BeginGroup, "result")
    });
    let mut helpers = logic::Helpers::new();
    survey.extend(result_rows(loaded, &logic, &mut helpers));
    survey.push(SurveyRow::new(RowType::EndGroup, "result"));

    survey.push(SurveyRow::calculate(PATHWAYS, logic.pathways(&mut helpers)));
    survey.push(SurveyRow::calculate(
        URGENCY,
        logic.urgency_keyword(&mut helpers),
    ));
    survey.push(SurveyRow::calculate(FLAGS, logic.flags(&mut helpers)));
    survey.extend(
        helpers
            .into_iter()
            .map(|(name, expression)| SurveyRow::calculate(name, expression)),
    );

    check_names(&survey, &choices)?;
    let default = guide.languages.first().map(String::as_str).unwrap_or("es");
    Ok(Form {
        languages: guide
            .languages
            .iter()
            .map(|lang| language_column(loaded, lang))
            .collect(),
        survey,
        choices,
        settings: Settings {
            title: loaded.texts().text(default, guide.title.as_str()),
            id: guide.id.clone(),
            version: guide.version.clone(),
            default_language: language_column(loaded, default),
        },
    })
}

/// For a checklist with options that are marked alone ("none of these"), the constraint that
/// keeps them alone, and its message in every language; empty otherwise. A select_one needs
/// none: it takes one option anyway.
fn exclusive_constraint(langs: &Languages<'_>, q: &Question) -> (String, Vec<String>) {
    let alone: Vec<&Choice> = q.options.iter().filter(|o| o.exclusive).collect();
    if !q.is_checklist() || alone.is_empty() {
        return (String::new(), Vec::new());
    }
    let picks: Vec<String> = alone
        .iter()
        .map(|o| format!("selected(., '{}')", o.id))
        .collect();
    let picks = match picks.as_slice() {
        [one] => one.clone(),
        many => format!("({})", many.join(" or ")),
    };
    let constraint = format!("not({picks} and count-selected(.)>1)");
    let message = langs.each(|w, _| {
        let labels: Vec<String> = alone
            .iter()
            .map(|o| format!("«{}»", w.text(&o.label)))
            .collect();
        w.ui_with("ui-plain-marked-alone", &[("detail", labels.join(", "))])
    });
    (constraint, message)
}

/// After a question, one note group per outcome it can interrupt with: shown when this answer
/// is the first to raise that immediate pathway, then the form goes on. A checklist that
/// interrupts with several outcomes at once shows their groups in the order of the first option
/// of each (ruta shows them in the order of the options marked; `pathways` follows ruta).
fn interruption_groups(
    loaded: &LoadedGuide,
    logic: &Logic<'_>,
    question: NodeId,
) -> Vec<SurveyRow> {
    let guide = loaded.guide();
    let mut outcomes: Vec<NodeId> = guide.interrupts(question).collect();
    outcomes.dedup();
    let mut seen = Vec::new();
    let mut rows = Vec::new();
    let langs = Languages::new(loaded);
    for outcome in outcomes {
        if seen.contains(&outcome) {
            continue;
        }
        seen.push(outcome);
        let name = format!("int_{}_{}", guide.node(question).id, guide.node(outcome).id);
        let relevant = format!(
            "{}={}",
            var(&format!(
                "{}{}",
                logic::prefix::INTERRUPTED,
                guide.node(outcome).id
            )),
            logic.position(question)
        );
        rows.push(SurveyRow {
            label: langs.each(|w, _| w.outcome_title(outcome)),
            relevant: relevant.clone(),
            appearance: "field-list".to_owned(),
            ..SurveyRow::new(RowType::BeginGroup, name.clone())
        });
        rows.extend(outcome_notes(loaded, outcome, &name, &relevant));
        rows.push(SurveyRow::new(RowType::EndGroup, name));
    }
    rows
}

fn is_xml_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

fn check_names(survey: &[SurveyRow], choices: &[ChoiceRow]) -> Result<(), ExportError> {
    let mut seen = HashSet::new();
    for row in survey.iter().filter(|r| r.kind != RowType::EndGroup) {
        if !is_xml_name(&row.name) {
            return Err(ExportError::BadName(row.name.clone()));
        }
        if !seen.insert(row.name.as_str()) {
            return Err(ExportError::NameClash(row.name.clone()));
        }
    }
    for choice in choices {
        if !is_xml_name(&choice.name) {
            return Err(ExportError::BadName(choice.name.clone()));
        }
    }
    Ok(())
}
