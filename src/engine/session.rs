//! An interview in progress: the answers given so far, and what they lead to.
//!
//! A [`Session`] stores only answers, keyed by the node they answer. Everything else — where
//! the interview is, which flags are up, the pathway and its "why" — is recomputed from them by
//! [`Session::walk`]. Changing an earlier answer is therefore just replacing it: the walk takes
//! the new branch, and answers the new path no longer reaches are dropped and reported.

use serde::{Deserialize, Serialize};

use super::guide::{FlagId, Guide, MessageId, NodeId, NodeKind, Outcome, ServiceId, Urgency};

/// One answer: the node it answers and the option chosen (`None` for an info that was read).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Id of the question or info node.
    pub node: String,
    /// Id of the chosen option; absent for an info.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
}

/// The answers of one interview, in the order they were given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Answers on the current path, in order.
    pub answers: Vec<Answer>,
}

/// Where a session stands in the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Waiting for an answer to this question.
    Question(NodeId),
    /// Showing this info until the practitioner goes on.
    Info(NodeId),
    /// Finished at this outcome.
    Outcome(NodeId),
}

impl Position {
    /// The node the session is at.
    pub fn node(self) -> NodeId {
        match self {
            Position::Question(n) | Position::Info(n) | Position::Outcome(n) => n,
        }
    }
}

/// A step of the walk: a node passed and, for a question, the option taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The node.
    pub node: NodeId,
    /// Index of the option chosen, for a question.
    pub option: Option<usize>,
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
    /// Answers that the path no longer reaches (after an earlier answer was changed).
    pub unreached: Vec<Answer>,
}

/// Why an answer could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// The session is not at a question.
    NotAtQuestion,
    /// The option index is out of range.
    NoSuchOption(usize),
    /// The node is not on the current path.
    NotOnPath(String),
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::NotAtQuestion => write!(f, "the interview is not at a question"),
            AnswerError::NoSuchOption(i) => write!(f, "there is no option {}", i + 1),
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

    /// Follows the answers from the guide's start until a node has no answer or an outcome is
    /// reached. Linear in the length of the path.
    pub fn walk(&self, guide: &Guide) -> Walk {
        let mut steps = Vec::new();
        let mut flags: Vec<FlagId> = Vec::new();
        let mut used = vec![false; self.answers.len()];
        let mut node = guide.start;
        // A resolved guide has no cycles, so the path is at most one visit per node.
        let position = loop {
            let answer = self
                .answers
                .iter()
                .rposition(|a| a.node == guide.node(node).id);
            match &guide.node(node).kind {
                NodeKind::Outcome(_) => break Position::Outcome(node),
                NodeKind::Info(info) => {
                    let Some(i) = answer.filter(|&i| self.answers[i].option.is_none()) else {
                        break Position::Info(node);
                    };
                    used[i] = true;
                    steps.push(Step {
                        node,
                        option: None,
                        branch: None,
                    });
                    node = info.next;
                }
                NodeKind::Question(question) => {
                    let chosen = answer.and_then(|i| {
                        let option = self.answers[i].option.as_deref()?;
                        Some((i, question.option_index(option)?))
                    });
                    let Some((i, option)) = chosen else {
                        break Position::Question(node);
                    };
                    used[i] = true;
                    steps.push(Step {
                        node,
                        option: Some(option),
                        branch: None,
                    });
                    for flag in &question.options[option].flags {
                        if !flags.contains(flag) {
                            flags.push(*flag);
                        }
                    }
                    node = question.options[option].next;
                }
                NodeKind::Route(route) => {
                    let (branch, next) = route.choose(&flags);
                    steps.push(Step {
                        node,
                        option: None,
                        branch: Some(branch),
                    });
                    node = next;
                }
            }
            if steps.len() > guide.nodes.len() {
                // Unreachable for a resolved guide; a guard rather than a hang if that changes.
                break Position::Question(node);
            }
        };
        let unreached = self
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
            unreached,
        }
    }

    /// Answers the current question with the option at `index`.
    pub fn answer(&mut self, guide: &Guide, index: usize) -> Result<(), AnswerError> {
        let Position::Question(node) = self.walk(guide).position else {
            return Err(AnswerError::NotAtQuestion);
        };
        self.set(guide, node, index).map(|_| ())
    }

    /// Marks the current info as read. Does nothing elsewhere.
    pub fn acknowledge(&mut self, guide: &Guide) {
        if let Position::Info(node) = self.walk(guide).position {
            self.answers.push(Answer {
                node: guide.node(node).id.clone(),
                option: None,
            });
        }
    }

    /// Changes (or gives) the answer to question `node`, which must be on the current path,
    /// and drops the answers the new path no longer reaches; returns those.
    pub fn change(
        &mut self,
        guide: &Guide,
        node: &str,
        index: usize,
    ) -> Result<Vec<Answer>, AnswerError> {
        let walk = self.walk(guide);
        let id = guide
            .find(node)
            .ok_or_else(|| AnswerError::NotOnPath(node.to_owned()))?;
        let on_path =
            walk.steps.iter().any(|s| s.node == id) || walk.position == Position::Question(id);
        if !on_path {
            return Err(AnswerError::NotOnPath(node.to_owned()));
        }
        self.set(guide, id, index)
    }

    fn set(
        &mut self,
        guide: &Guide,
        node: NodeId,
        index: usize,
    ) -> Result<Vec<Answer>, AnswerError> {
        let NodeKind::Question(question) = &guide.node(node).kind else {
            return Err(AnswerError::NotAtQuestion);
        };
        let option = question
            .options
            .get(index)
            .ok_or(AnswerError::NoSuchOption(index))?;
        let answer = Answer {
            node: guide.node(node).id.clone(),
            option: Some(option.id.clone()),
        };
        match self.answers.iter().position(|a| a.node == answer.node) {
            Some(i) => self.answers[i] = answer,
            None => self.answers.push(answer),
        }
        Ok(self.prune(guide))
    }

    /// Removes answers the path does not reach, keeping the rest in path order.
    fn prune(&mut self, guide: &Guide) -> Vec<Answer> {
        let walk = self.walk(guide);
        self.answers = walk
            .steps
            .iter()
            .filter_map(|step| answer_of(guide, step))
            .collect();
        walk.unreached
    }

    /// Takes back the last answer on the path; returns false at the start.
    pub fn back(&mut self, guide: &Guide) -> bool {
        let walk = self.walk(guide);
        // Routes take no answer; going back skips over them to the last answered node.
        let answered = |step: &&Step| !matches!(guide.node(step.node).kind, NodeKind::Route(_));
        let Some(last) = walk.steps.iter().rev().find(answered) else {
            return false;
        };
        let id = &guide.node(last.node).id;
        self.answers.retain(|a| &a.node != id);
        self.prune(guide);
        true
    }
}

/// The answer that made `step`, if it took one (routes do not).
fn answer_of(guide: &Guide, step: &Step) -> Option<Answer> {
    let node = guide.node(step.node);
    let option = match (&node.kind, step.option) {
        (NodeKind::Question(q), Some(i)) => Some(q.options[i].id.clone()),
        (NodeKind::Route(_), _) => return None,
        _ => None,
    };
    Some(Answer {
        node: node.id.clone(),
        option,
    })
}

/// The referral pathway a finished walk leads to: its outcome combined with the flags raised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pathway {
    /// The outcome node.
    pub outcome: NodeId,
    /// The most urgent of the outcome's and the flags' urgencies.
    pub urgency: Urgency,
    /// Services to refer to first.
    pub primary: Vec<ServiceId>,
    /// Services to refer to as well: the outcome's, then the flags', without repeats.
    pub secondary: Vec<ServiceId>,
    /// What to do now: the outcome's actions, then the flags'.
    pub actions: Vec<MessageId>,
    /// What must not happen: the outcome's hard stops, then the flags', without repeats.
    pub hard_stops: Vec<MessageId>,
    /// The flags raised on the way.
    pub flags: Vec<FlagId>,
}

impl Pathway {
    /// The pathway of `walk`, if it reached an outcome.
    pub fn of(guide: &Guide, walk: &Walk) -> Option<Self> {
        let Position::Outcome(node) = walk.position else {
            return None;
        };
        let NodeKind::Outcome(outcome) = &guide.node(node).kind else {
            return None;
        };
        Some(Self::combine(guide, node, outcome, &walk.flags))
    }

    fn combine(guide: &Guide, node: NodeId, outcome: &Outcome, flags: &[FlagId]) -> Self {
        let raised = || flags.iter().map(|f| guide.flag(*f));
        let urgency = raised()
            .filter_map(|f| f.urgency)
            .fold(outcome.urgency, Urgency::max);
        let mut secondary = Vec::new();
        for service in outcome
            .secondary
            .iter()
            .chain(raised().flat_map(|f| &f.referrals))
        {
            if !outcome.primary.contains(service) && !secondary.contains(service) {
                secondary.push(*service);
            }
        }
        let actions = outcome
            .actions
            .iter()
            .cloned()
            .chain(raised().filter_map(|f| f.action.clone()))
            .collect();
        let mut hard_stops: Vec<MessageId> = Vec::new();
        for stop in outcome
            .hard_stops
            .iter()
            .chain(raised().filter_map(|f| f.hard_stop.as_ref()))
        {
            if !hard_stops.contains(stop) {
                hard_stops.push(stop.clone());
            }
        }
        Self {
            outcome: node,
            urgency,
            primary: outcome.primary.clone(),
            secondary,
            actions,
            hard_stops,
            flags: flags.to_vec(),
        }
    }
}
