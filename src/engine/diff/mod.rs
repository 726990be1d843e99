//! What a change to a guide does, for a reviewer: nodes and options added, removed or
//! re-targeted; texts changed per language; and, above all, which answers now lead to another
//! outcome.
//!
//! Outcome changes are computed on the graphs, not by listing paths: both guides are walked
//! together from their starts, one state per pair of positions (plus the answers one side has
//! given that the other has yet to ask, and the flags routes look at), each state visited once
//! and its result shared by every path that reaches it. The count of answer combinations per
//! change comes out of the same pass; only a few examples are kept.

mod joint;
mod structure;

use std::collections::BTreeSet;

use super::case::Case;
use super::guide::Guide;
use super::load::LoadedGuide;
use super::session::{Answer, Position};
use joint::outcome_changes;
use structure::structural_changes;

/// How many example answer sets are kept per outcome change.
pub const EXAMPLES: usize = 3;

/// A change to the structure of the tree. Node kinds are `question`, `checklist`, `info`,
/// `route` and `outcome`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum StructuralChange {
    /// A node only in the new guide: (id, kind).
    NodeAdded(String, &'static str),
    /// A node only in the old guide.
    NodeRemoved(String, &'static str),
    /// A node whose kind changed: (id, old kind, new kind).
    KindChanged(String, &'static str, &'static str),
    /// An option only in the new guide: (question, option).
    OptionAdded(String, String),
    /// An option only in the old guide.
    OptionRemoved(String, String),
    /// An option (or an info's or route's `next`) that leads elsewhere: (node, option, old next, new next).
    Retargeted(String, String, String, String),
    /// An option that raises other flags: (question, option, old flags, new flags).
    FlagsChanged(String, String, Vec<String>, Vec<String>),
    /// An option that interrupts with another outcome, or starts or stops interrupting:
    /// (question, option, old outcome, new outcome).
    InterruptChanged(String, String, Option<String>, Option<String>),
    /// A checklist option that is now marked alone ("none of these"), or no longer:
    /// (checklist, option, whether it is marked alone now).
    ExclusiveChanged(String, String, bool),
    /// An outcome whose urgency changed: (outcome, old, new).
    UrgencyChanged(String, String, String),
    /// An outcome whose referrals changed: (outcome, old primary + secondary, new).
    ReferralsChanged(String, Vec<String>, Vec<String>),
}

/// Texts changed in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageChanges {
    /// Ids only in the new texts.
    pub added: Vec<String>,
    /// Ids only in the old texts.
    pub removed: Vec<String>,
    /// Ids whose text changed.
    pub changed: Vec<String>,
}

/// A case whose outcome differs between the guides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseChange {
    /// The case id.
    pub case: String,
    /// Where it ends in the old guide (node id, or a note such as "stops at `q`").
    pub old: String,
    /// Where it ends in the new guide.
    pub new: String,
}

/// A set of answers, in the order asked: each question's option, or the options marked on a
/// checklist (infos and interruptions are not listed).
pub type Answers = Vec<Answer>;

/// Every answer combination that goes from one outcome to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeChange {
    /// The outcome under the old guide.
    pub old: String,
    /// The outcome under the new guide.
    pub new: String,
    /// How many answer combinations make this change (saturating).
    pub count: u128,
    /// A few of them.
    pub examples: Vec<Answers>,
}

/// The whole difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diff {
    /// Structural changes, sorted.
    pub structure: Vec<StructuralChange>,
    /// Text changes per language (languages of the new guide).
    pub messages: Vec<(String, MessageChanges)>,
    /// Cases whose outcome changed.
    pub cases: Vec<CaseChange>,
    /// Answer combinations whose outcome changed, grouped by (old, new) outcome.
    pub outcomes: Vec<OutcomeChange>,
    /// Whether the joint walk stopped at its state limit (then `outcomes` is partial).
    pub truncated: bool,
}

/// Compares `old` and `new`, and walks the cases of both through each.
pub fn diff(old: &LoadedGuide, new: &LoadedGuide) -> Diff {
    let (outcomes, truncated) = outcome_changes(old.guide(), new.guide());
    Diff {
        structure: structural_changes(old.guide(), new.guide()),
        messages: message_changes(old, new),
        cases: case_changes(old.guide(), new.guide(), new.cases(), old.cases()),
        outcomes,
        truncated,
    }
}

fn message_changes(old: &LoadedGuide, new: &LoadedGuide) -> Vec<(String, MessageChanges)> {
    let ids = |l: &LoadedGuide| -> BTreeSet<String> {
        l.guide()
            .message_refs
            .iter()
            .chain(&l.directory().message_refs)
            .map(|(id, _)| id.as_str().to_owned())
            .collect()
    };
    let (old_ids, new_ids) = (ids(old), ids(new));
    new.guide()
        .languages
        .iter()
        .map(|lang| {
            let mut changes = MessageChanges::default();
            for id in new_ids.union(&old_ids) {
                let before = old
                    .texts()
                    .has(lang, id)
                    .then(|| old.texts().text(lang, id));
                let after = new
                    .texts()
                    .has(lang, id)
                    .then(|| new.texts().text(lang, id));
                match (before, after) {
                    (None, Some(_)) => changes.added.push(id.clone()),
                    (Some(_), None) => changes.removed.push(id.clone()),
                    (Some(a), Some(b)) if a != b => changes.changed.push(id.clone()),
                    _ => {}
                }
            }
            (lang.clone(), changes)
        })
        .collect()
}

fn case_changes(old: &Guide, new: &Guide, cases: &[Case], old_cases: &[Case]) -> Vec<CaseChange> {
    let ending = |g: &Guide, case: &Case| match case.session(g).walk(g).position {
        Position::Outcome(n) => g.node(n).id.clone(),
        other => format!("stops at `{}`", g.node(other.node()).id),
    };
    let mut seen = BTreeSet::new();
    let mut changes = Vec::new();
    for case in cases.iter().chain(old_cases) {
        if !seen.insert(case.id.clone()) {
            continue;
        }
        let (before, after) = (ending(old, case), ending(new, case));
        if before != after {
            changes.push(CaseChange {
                case: case.id.clone(),
                old: before,
                new: after,
            });
        }
    }
    changes
}
