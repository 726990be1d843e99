//! Which outcomes, questions and options a set of walks reaches, for `ruta test --coverage`.

use super::guide::{Guide, NodeId, NodeKind};
use super::session::{Position, Walk};

/// What a set of walks reaches of a guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Outcomes reached, of all.
    pub outcomes: Tally,
    /// Questions answered, of all.
    pub questions: Tally,
    /// Options chosen, of all.
    pub options: Tally,
    /// Outcomes no walk reaches.
    pub missed_outcomes: Vec<NodeId>,
    /// Questions no walk answers.
    pub missed_questions: Vec<NodeId>,
    /// Options no walk chooses: (question, option index), for answered questions only, so a
    /// missed question is not listed again option by option.
    pub missed_options: Vec<(NodeId, usize)>,
}

/// A count of covered items out of a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Items reached.
    pub covered: usize,
    /// All items.
    pub total: usize,
}

impl Tally {
    /// The share covered, in percent; 100 when there is nothing to cover.
    pub fn percent(self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            100.0 * self.covered as f64 / self.total as f64
        }
    }
}

/// Measures what `walks` reach of `guide`.
pub fn coverage<'a>(guide: &Guide, walks: impl IntoIterator<Item = &'a Walk>) -> Coverage {
    let mut node_reached = vec![false; guide.nodes.len()];
    let mut option_chosen: Vec<Vec<bool>> = guide
        .nodes
        .iter()
        .map(|n| match &n.kind {
            NodeKind::Question(q) => vec![false; q.options.len()],
            _ => Vec::new(),
        })
        .collect();
    for walk in walks {
        for step in &walk.steps {
            node_reached[step.node.0 as usize] = true;
            for option in step.chosen.iter() {
                option_chosen[step.node.0 as usize][option] = true;
            }
        }
        if let Position::Outcome(node) = walk.position {
            node_reached[node.0 as usize] = true;
        }
        for node in &walk.interruptions {
            node_reached[node.0 as usize] = true;
        }
    }
    let mut result = Coverage {
        outcomes: Tally {
            covered: 0,
            total: 0,
        },
        questions: Tally {
            covered: 0,
            total: 0,
        },
        options: Tally {
            covered: 0,
            total: 0,
        },
        missed_outcomes: Vec::new(),
        missed_questions: Vec::new(),
        missed_options: Vec::new(),
    };
    for id in guide.node_ids() {
        let reached = node_reached[id.0 as usize];
        match &guide.node(id).kind {
            NodeKind::Outcome(_) => {
                result.outcomes.total += 1;
                if reached {
                    result.outcomes.covered += 1
                } else {
                    result.missed_outcomes.push(id)
                }
            }
            NodeKind::Question(q) => {
                result.questions.total += 1;
                if reached {
                    result.questions.covered += 1
                } else {
                    result.missed_questions.push(id)
                }
                for (i, chosen) in option_chosen[id.0 as usize]
                    .iter()
                    .enumerate()
                    .take(q.options.len())
                {
                    result.options.total += 1;
                    if *chosen {
                        result.options.covered += 1;
                    } else if reached {
                        result.missed_options.push((id, i));
                    }
                }
            }
            NodeKind::Info(_) | NodeKind::Route(_) => {}
        }
    }
    result
}
