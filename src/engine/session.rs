//! An interview's answers, the walk they make and the pathways they reach.
//!
//! A [`Session`] holds the answers: one per node, kept whatever the path does. Everything else
//! (where the interview is, which flags are up, the pathways and their "why") is derived from
//! it by [`Session::walk`]. Changing an earlier answer replaces that one answer; the walk then
//! takes the new branch, passes through every question on it that was answered before, and
//! leaves the answers it no longer reaches aside in [`Walk::off_path`], from where a later
//! change can bring them back. Nothing asked is ever deleted.
//!
//! An answer may *interrupt* the screening with an immediate pathway: the walk stops at
//! [`Position::Interruption`] until the practitioner acknowledges it, then goes on, and the
//! pathway stays in the result.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::guide::{
    FlagId, Guide, MessageId, NodeId, NodeKind, OptionSet, Question, Refusal, ServiceId, Urgency,
};

/// One answer: the node it answers and the option chosen, or the options marked on a
/// checklist; neither for an info that was read or an interruption that was acknowledged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Id of the question, info or interrupting outcome.
    pub node: String,
    /// Id of the chosen option, for a question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    /// Ids of the options marked, for a checklist.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marked: Vec<String>,
}

impl Answer {
    /// The answer `chosen` gives to `question` (the node `node` of the guide).
    pub fn new(guide: &Guide, node: NodeId, chosen: OptionSet) -> Self {
        let id = guide.node(node).id.clone();
        let NodeKind::Question(question) = &guide.node(node).kind else {
            return Self::read(id);
        };
        let ids = question.chosen(chosen).map(|o| o.id.clone());
        if question.is_checklist() {
            Self {
                node: id,
                option: None,
                marked: ids.collect(),
            }
        } else {
            Self {
                node: id,
                option: ids.into_iter().next(),
                marked: Vec::new(),
            }
        }
    }

    /// Node `node` read (an info) or acted on (an interruption).
    pub fn read(node: String) -> Self {
        Self {
            node,
            option: None,
            marked: Vec::new(),
        }
    }

    /// Whether this records an info read or an interruption acted on, not an answer.
    pub fn is_read(&self) -> bool {
        self.option.is_none() && self.marked.is_empty()
    }

    /// The options this answer gives `question`, if they are its options and answer it. The ids
    /// are read from `option` and `marked` alike, on purpose: an answer recorded as one option
    /// before its question became a checklist is that one mark now, so the interview resumes.
    pub fn chosen(&self, question: &Question) -> Option<OptionSet> {
        let ids = self.option.iter().chain(&self.marked);
        let chosen = ids
            .map(|id| question.option_index(id))
            .collect::<Option<OptionSet>>()?;
        question.accepts(chosen).ok().map(|()| chosen)
    }
}

/// Every answer of one interview, one per node, in the order first given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// The answers, on the current path or not.
    pub answers: Vec<Answer>,
}

/// Where a session stands in the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Waiting for an answer to this question.
    Question(NodeId),
    /// Showing this info until the practitioner goes on.
    Info(NodeId),
    /// Showing this immediate pathway until the practitioner has acted on it and goes on.
    Interruption(NodeId),
    /// The screening reached its end at this outcome.
    Outcome(NodeId),
}

impl Position {
    /// The node the session is at.
    pub fn node(self) -> NodeId {
        match self {
            Position::Question(n)
            | Position::Info(n)
            | Position::Interruption(n)
            | Position::Outcome(n) => n,
        }
    }
}

/// A step of the walk: a node passed and, for a question, the options taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The node: a question, info, route, or an interrupting outcome that was acknowledged.
    pub node: NodeId,
    /// The option chosen, or the options marked on a checklist; empty for other nodes.
    pub chosen: OptionSet,
    /// Index of the branch taken, for a route (`when.len()` for `otherwise`).
    pub branch: Option<usize>,
}

/// The result of following a session's answers through a guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    /// The nodes passed, with the answers given: the trace.
    pub steps: Vec<Step>,
    /// Where the walk stopped.
    pub position: Position,
    /// Flags raised on the way, in the order first raised.
    pub flags: Vec<FlagId>,
    /// Immediate pathways that interrupted the walk, in the order reached (the last one may be
    /// the interruption the walk is waiting at).
    pub interruptions: Vec<NodeId>,
    /// Answers kept aside: their nodes are not on the current path.
    pub off_path: Vec<Answer>,
}

impl Step {
    /// An info read or an interruption acted on.
    fn passed(node: NodeId) -> Self {
        Self {
            node,
            chosen: OptionSet::EMPTY,
            branch: None,
        }
    }
}

impl Walk {
    /// Whether `node` is on the path: passed, or where the walk stands.
    pub fn on_path(&self, node: NodeId) -> bool {
        self.position.node() == node || self.steps.iter().any(|s| s.node == node)
    }

    /// The steps that took an answer (every step but routes), in order.
    pub fn answered<'a>(&'a self, guide: &'a Guide) -> impl Iterator<Item = &'a Step> + 'a {
        self.steps
            .iter()
            .filter(|s| !matches!(guide.node(s.node).kind, NodeKind::Route(_)))
    }
}

/// Why an answer could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// The node is not a question.
    NotAtQuestion,
    /// The options do not answer the question.
    Refused(Refusal),
    /// The node is not on the current path.
    NotOnPath(String),
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::NotAtQuestion => write!(f, "the interview is not at a question"),
            AnswerError::Refused(Refusal::NoSuchOption(i)) => {
                write!(f, "there is no option {}", i + 1)
            }
            AnswerError::Refused(Refusal::Empty) => write!(f, "no option is marked"),
            AnswerError::Refused(Refusal::OneOnly) => write!(f, "the question takes one option"),
            AnswerError::Refused(Refusal::Exclusive(i)) => {
                write!(f, "option {} is marked alone", i + 1)
            }
            AnswerError::NotOnPath(node) => write!(f, "`{node}` is not on the current path"),
        }
    }
}

impl std::error::Error for AnswerError {}

impl Session {
    /// A session with no answers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Follows the answers from the guide's start until a node has no answer, an interruption
    /// waits to be acknowledged, or the screening's outcome is reached. Linear in the number of
    /// answers and the length of the path.
    pub fn walk(&self, guide: &Guide) -> Walk {
        self.walk_with(guide, false)
    }

    /// The walk, passing interruptions as if acknowledged when `past_interruptions`: what the
    /// path will be once the practitioner has acted on them. A change that adds an interruption
    /// does not take the answers after it off the path; they wait behind it.
    fn walk_with(&self, guide: &Guide, past_interruptions: bool) -> Walk {
        let by_node: HashMap<&str, usize> = self
            .answers
            .iter()
            .enumerate()
            .map(|(i, a)| (a.node.as_str(), i))
            .collect();
        let mut used = vec![false; self.answers.len()];
        let mut steps = Vec::new();
        let mut flags: Vec<FlagId> = Vec::new();
        let mut interruptions: Vec<NodeId> = Vec::new();
        let mut node = guide.start;
        let read = |node: NodeId, used: &mut Vec<bool>| -> bool {
            let Some(&i) = by_node.get(guide.node(node).id.as_str()) else {
                return false;
            };
            let read = self.answers[i].is_read();
            used[i] |= read;
            read
        };
        // A resolved guide has no cycles, so the path is at most one visit per node.
        let position = 'walk: loop {
            if steps.len() > guide.nodes.len() * 2 {
                // Unreachable for a resolved guide; a guard rather than a hang if that changes.
                break Position::Question(node);
            }
            match &guide.node(node).kind {
                NodeKind::Outcome(_) => break Position::Outcome(node),
                NodeKind::Info(info) => {
                    if !read(node, &mut used) {
                        break Position::Info(node);
                    }
                    steps.push(Step::passed(node));
                    node = info.next;
                }
                NodeKind::Question(question) => {
                    let answer = by_node
                        .get(guide.node(node).id.as_str())
                        .and_then(|&i| Some((i, self.answers[i].chosen(question)?)));
                    let Some((i, chosen)) = answer else {
                        break Position::Question(node);
                    };
                    used[i] = true;
                    steps.push(Step {
                        node,
                        chosen,
                        branch: None,
                    });
                    for choice in question.chosen(chosen) {
                        for flag in &choice.flags {
                            if !flags.contains(flag) {
                                flags.push(*flag);
                            }
                        }
                    }
                    // One answer may interrupt more than once (a checklist): each in turn.
                    for pathway in question.chosen(chosen).filter_map(|c| c.interrupt) {
                        if interruptions.contains(&pathway) {
                            continue;
                        }
                        interruptions.push(pathway);
                        if !read(pathway, &mut used) && !past_interruptions {
                            break 'walk Position::Interruption(pathway);
                        }
                        steps.push(Step::passed(pathway));
                    }
                    node = question.next_after(chosen);
                }
                NodeKind::Route(route) => {
                    let (branch, next) = route.choose(&flags);
                    steps.push(Step {
                        node,
                        chosen: OptionSet::EMPTY,
                        branch: Some(branch),
                    });
                    node = next;
                }
            }
        };
        let off_path = self
            .answers
            .iter()
            .zip(&used)
            .filter(|(_, used)| !**used)
            .map(|(a, _)| a.clone())
            .collect();
        Walk {
            steps,
            position,
            flags,
            interruptions,
            off_path,
        }
    }

    /// Answers the current question with `chosen`: one option, or the options marked on a
    /// checklist.
    pub fn answer(&mut self, guide: &Guide, chosen: OptionSet) -> Result<(), AnswerError> {
        let Position::Question(node) = self.walk(guide).position else {
            return Err(AnswerError::NotAtQuestion);
        };
        self.set(guide, node, chosen)
    }

    /// Marks the current info as read, or the current interruption as acted on. Does nothing
    /// elsewhere.
    pub fn acknowledge(&mut self, guide: &Guide) {
        if let Position::Info(node) | Position::Interruption(node) = self.walk(guide).position {
            let id = &guide.node(node).id;
            if let Some(i) = self.answers.iter().position(|a| &a.node == id) {
                self.answers.remove(i);
            }
            self.answers.push(Answer::read(id.clone()));
        }
    }

    /// Changes (or gives) the answer to question `node`, which must be on the current path;
    /// returns the answers the change takes off the path (kept aside, never deleted).
    pub fn change(
        &mut self,
        guide: &Guide,
        node: &str,
        chosen: OptionSet,
    ) -> Result<Vec<Answer>, AnswerError> {
        let id = guide
            .find(node)
            .filter(|id| self.walk(guide).on_path(*id))
            .ok_or_else(|| AnswerError::NotOnPath(node.to_owned()))?;
        let before = self.walk_with(guide, true);
        self.set(guide, id, chosen)?;
        let after = self.walk_with(guide, true);
        Ok(after
            .off_path
            .into_iter()
            .filter(|a| !before.off_path.contains(a))
            .collect())
    }

    /// What [`Session::change`] would take off the path, without changing anything.
    pub fn change_preview(
        &self,
        guide: &Guide,
        node: &str,
        chosen: OptionSet,
    ) -> Result<Vec<Answer>, AnswerError> {
        self.clone().change(guide, node, chosen)
    }

    fn set(&mut self, guide: &Guide, node: NodeId, chosen: OptionSet) -> Result<(), AnswerError> {
        let NodeKind::Question(question) = &guide.node(node).kind else {
            return Err(AnswerError::NotAtQuestion);
        };
        question.accepts(chosen).map_err(AnswerError::Refused)?;
        let answer = Answer::new(guide, node, chosen);
        match self.answers.iter().position(|a| a.node == answer.node) {
            Some(i) => self.answers[i] = answer,
            None => self.answers.push(answer),
        }
        Ok(())
    }
}

/// Everything the answers found: every pathway reached, most urgent first, combined with the
/// flags raised. Built from a walk while it is still going, so the immediate pathways are known
/// from the moment they interrupt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pathways {
    /// The outcomes reached: the interruptions and the screening's own outcome, most urgent
    /// first (in the order reached where equally urgent).
    pub outcomes: Vec<NodeId>,
    /// The outcome the screening ended at, once it has.
    pub concluded: Option<NodeId>,
    /// The most urgent of the outcomes' and the flags' urgencies.
    pub urgency: Urgency,
    /// Services to refer to first: each outcome's, in the order of the outcomes.
    pub primary: Vec<ServiceId>,
    /// Services to refer to as well: the outcomes', then the flags', without repeats and
    /// without any that is already a first referral.
    pub secondary: Vec<ServiceId>,
    /// What to do, most urgent first, each with the urgency of the outcome or flag it comes
    /// from; no action twice.
    pub actions: Vec<(Urgency, MessageId)>,
    /// What must not happen: the outcomes' hard stops, then the flags', without repeats.
    pub hard_stops: Vec<MessageId>,
    /// The flags raised on the way.
    pub flags: Vec<FlagId>,
}

impl Pathways {
    /// The pathways `walk` has reached so far, if any.
    pub fn of(guide: &Guide, walk: &Walk) -> Option<Self> {
        let concluded = match walk.position {
            Position::Outcome(node) => Some(node),
            _ => None,
        };
        if walk.interruptions.is_empty() && concluded.is_none() {
            return None;
        }
        Some(Self::combine(
            guide,
            &walk.flags,
            &walk.interruptions,
            concluded,
        ))
    }

    /// The result of raising `flags` and reaching `interruptions` (in the order reached) and,
    /// if the screening has ended, `concluded`: the one place where a result is put together,
    /// for a walk ([`Pathways::of`]) or for the parts of one (the safety checker).
    pub fn combine(
        guide: &Guide,
        flags: &[FlagId],
        interruptions: &[NodeId],
        concluded: Option<NodeId>,
    ) -> Self {
        let mut outcomes = interruptions.to_vec();
        if let Some(node) = concluded
            && !outcomes.contains(&node)
        {
            outcomes.push(node);
        }
        let outcome = |node: NodeId| match &guide.node(node).kind {
            NodeKind::Outcome(o) => Some(o),
            _ => None,
        };
        // Stable: equally urgent outcomes stay in the order they were reached.
        outcomes.sort_by_key(|n| std::cmp::Reverse(outcome(*n).map(|o| o.urgency)));
        let reached = || outcomes.iter().filter_map(|n| outcome(*n));
        let raised = || flags.iter().map(|f| guide.flag(*f));
        let urgency = reached()
            .map(|o| o.urgency)
            .chain(raised().filter_map(|f| f.urgency))
            .max()
            .unwrap_or(Urgency::Routine);
        let mut primary = Vec::new();
        for service in reached().flat_map(|o| &o.primary) {
            push_new(&mut primary, *service);
        }
        let mut secondary = Vec::new();
        for service in reached()
            .flat_map(|o| &o.secondary)
            .chain(raised().flat_map(|f| &f.referrals))
        {
            if !primary.contains(service) {
                push_new(&mut secondary, *service);
            }
        }
        let mut actions: Vec<(Urgency, MessageId)> = Vec::new();
        let candidates =
            reached()
                .flat_map(|o| o.actions.iter().map(|a| (o.urgency, a)))
                .chain(raised().filter_map(|f| {
                    Some((f.urgency.unwrap_or(Urgency::Routine), f.action.as_ref()?))
                }));
        for (urgency, action) in candidates {
            if !actions.iter().any(|(_, a)| a == action) {
                actions.push((urgency, action.clone()));
            }
        }
        actions.sort_by_key(|(urgency, _)| std::cmp::Reverse(*urgency));
        let mut hard_stops = Vec::new();
        for stop in reached()
            .flat_map(|o| &o.hard_stops)
            .chain(raised().filter_map(|f| f.hard_stop.as_ref()))
        {
            push_new(&mut hard_stops, stop.clone());
        }
        Self {
            outcomes,
            concluded,
            urgency,
            primary,
            secondary,
            actions,
            hard_stops,
            flags: flags.to_vec(),
        }
    }

    /// The outcomes' ids, most urgent first: how records and exports name a result.
    pub fn ids(&self, guide: &Guide) -> Vec<String> {
        self.outcomes
            .iter()
            .map(|n| guide.node(*n).id.clone())
            .collect()
    }
}

fn push_new<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}
