//! A walk that breaks a property, told in the author's language (notes under the finding) and
//! written as a case file that `ruta test` fails on until the guide is fixed.

use std::fmt::Write;

use super::explore::Move;
use super::property::Property;
use crate::engine::case::RawCase;
use crate::engine::guide::{Guide, NodeId, NodeKind, OptionSet};
use crate::engine::i18n::Catalog;
use crate::engine::session::{Answer, Pathways, Position, Session, Walk};
use crate::engine::yaml;

/// A shortest complete walk that breaks a property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterexample {
    /// The property's id.
    pub property: String,
    /// Why the property matters, as its author wrote it.
    pub why: String,
    /// The moves from the start, ending at the outcome reached.
    pub moves: Vec<Move>,
}

impl Counterexample {
    /// The answers: (question, options taken), in order.
    pub fn answers(&self) -> impl Iterator<Item = (NodeId, OptionSet)> + '_ {
        self.moves
            .iter()
            .filter(|m| !m.chosen.is_empty())
            .map(|m| (m.node, m.chosen))
    }

    /// The outcome the screening ends at.
    pub fn concluded(&self) -> NodeId {
        self.moves.last().map_or(NodeId(0), |m| m.node)
    }

    /// The walk these answers make in a session, every info read and every interruption
    /// acted on: the same walk an interview with these answers makes.
    pub fn walk(&self, guide: &Guide) -> Walk {
        let mut session = Session {
            answers: self
                .answers()
                .map(|(question, chosen)| Answer::new(guide, question, chosen))
                .collect(),
        };
        // Each round acknowledges one node the walk stands at; there are fewer than the nodes.
        for _ in 0..guide.nodes.len() {
            let (Position::Info(_) | Position::Interruption(_)) = session.walk(guide).position
            else {
                break;
            };
            session.acknowledge(guide);
        }
        session.walk(guide)
    }

    /// One line per step, for the notes of the finding: question text → option text in
    /// `lang`, with the ids; the interruptions; and the result.
    pub fn notes(&self, guide: &Guide, texts: &Catalog, lang: &str) -> Vec<String> {
        let answers = self.answers().count();
        let mut notes = vec![format!(
            "a shortest walk that breaks it ({answers} answer{}):",
            if answers == 1 { "" } else { "s" }
        )];
        let mut interrupted: Vec<NodeId> = Vec::new();
        let mut step = 0;
        for m in &self.moves {
            let node = guide.node(m.node);
            match &node.kind {
                NodeKind::Question(q) if !m.chosen.is_empty() => {
                    step += 1;
                    let labels: Vec<String> = q
                        .chosen(m.chosen)
                        .map(|c| texts.text(lang, c.label.as_str()))
                        .collect();
                    let ids: Vec<String> = q
                        .chosen(m.chosen)
                        .map(|c| format!("{}.{}", node.id, c.id))
                        .collect();
                    notes.push(format!(
                        "  {step}. {} → {}   [{}]",
                        texts.text(lang, q.text.as_str()),
                        labels.join("; "),
                        ids.join(", ")
                    ));
                    for pathway in q.chosen(m.chosen).filter_map(|c| c.interrupt) {
                        if interrupted.contains(&pathway) {
                            continue;
                        }
                        interrupted.push(pathway);
                        notes.push(format!(
                            "     interrupted by `{}`, acted on; the screening goes on",
                            guide.node(pathway).id
                        ));
                    }
                }
                NodeKind::Info(_) => {
                    step += 1;
                    notes.push(format!("  {step}. (read `{}`)", node.id));
                }
                _ => {}
            }
        }
        let walk = self.walk(guide);
        let Some(result) = Pathways::of(guide, &walk) else {
            return notes;
        };
        let flags: Vec<&str> = result
            .flags
            .iter()
            .map(|f| guide.flag(*f).id.as_str())
            .collect();
        notes.push(format!(
            "the screening ends at `{}`: pathways {}, urgency {}, flags [{}]",
            guide.node(self.concluded()).id,
            result
                .ids(guide)
                .iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", "),
            result.urgency,
            flags.join(", ")
        ));
        notes
    }

    /// The walk as a case file (`guide/cases/*.yaml` format). Its `expect` names the result the
    /// walk reaches today and `safety: [<property>]`: `ruta test` fails on it for the property
    /// until the guide is fixed; the fix may also change the outcome, which the author then
    /// checks and writes in. The title, summary and vignette are message ids to add to the
    /// Fluent files; the header says which.
    pub fn case_file(&self, guide: &Guide, property: &Property) -> String {
        let id = &self.property;
        let stem = format!("case-safety-{id}");
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Counterexample to safety property `{id}`, written by"
        );
        let _ = writeln!(out, "# `ruta validate --write-counterexamples`.");
        let _ = writeln!(out, "# Why it matters: {}", one_line(&property.why));
        let _ = writeln!(
            out,
            "# Before adding it to guide/cases/, add to locales/<lang>/cases.ftl for every language:"
        );
        for key in ["title", "summary", "vignette"] {
            let _ = writeln!(out, "#   {stem}-{key} = …");
        }
        // The walk ends at an outcome (the checker found it there), so it has a case file.
        if let Some(mut file) = RawCase::from_walk(guide, &stem, &self.walk(guide)) {
            file.expect.safety = vec![id.clone()];
            match yaml::to_string(&file) {
                Ok(yaml) => out.push_str(&yaml),
                Err(e) => {
                    let _ = writeln!(out, "# could not be written: {e}");
                }
            }
        }
        out
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
