//! The outcome part of a diff: both guides walked together, memoised on the pair of positions.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use super::{Answers, EXAMPLES, OutcomeChange};
use crate::engine::guide::{FlagId, Guide, NodeId, NodeKind};

/// The most joint states explored before giving up: far beyond real guides, a guard against
/// pathological ones.
const STATE_LIMIT: usize = 2_000_000;

#[derive(Clone, PartialEq, Eq, Hash)]
struct State {
    old: NodeId,
    new: NodeId,
    /// Answers one side gave to questions the other side has yet to ask: (question, option).
    pending: Vec<(String, String)>,
    /// Per side, per route: the first branch whose flag has been raised (`u16::MAX`: none).
    /// A route only ever asks which of its flags comes first, so this is all of the flags
    /// raised that can change a walk, and it keeps the number of states small.
    old_best: Vec<u16>,
    new_best: Vec<u16>,
}

/// Per (old outcome, new outcome) pair: the count of answer combinations and a few examples
/// (as answer suffixes from the state on).
type Summary = BTreeMap<(NodeId, NodeId), (u128, Vec<Answers>)>;

struct Joint<'g> {
    old: &'g Guide,
    new: &'g Guide,
    old_routing: Routing,
    new_routing: Routing,
    /// Each node's place in a topological order, per side: a walk only moves forwards in it,
    /// so a side past a question will never ask it.
    old_order: Vec<u32>,
    new_order: Vec<u32>,
    memo: HashMap<State, Rc<Summary>>,
    truncated: bool,
}

/// Each node's index in a topological order of `guide` (which has no cycles).
fn topological_order(guide: &Guide) -> Vec<u32> {
    let mut finished: Vec<NodeId> = Vec::with_capacity(guide.nodes.len());
    let mut seen = vec![false; guide.nodes.len()];
    for root in guide.node_ids() {
        if seen[root.0 as usize] {
            continue;
        }
        seen[root.0 as usize] = true;
        let mut stack = vec![(root, 0usize)];
        while let Some((node, edge)) = stack.last_mut() {
            match guide.successors(*node).nth(*edge) {
                Some(next) => {
                    *edge += 1;
                    if !seen[next.0 as usize] {
                        seen[next.0 as usize] = true;
                        stack.push((next, 0));
                    }
                }
                None => {
                    finished.push(*node);
                    stack.pop();
                }
            }
        }
    }
    // Reverse post-order: every node before the nodes it leads to.
    let mut order = vec![0; guide.nodes.len()];
    for (index, node) in finished.iter().rev().enumerate() {
        order[node.0 as usize] = index as u32;
    }
    order
}

/// Where each flag matters to the routes of one guide.
struct Routing {
    /// The position of each route node among the routes.
    position: HashMap<NodeId, usize>,
    /// For each flag: (route position, branch index) of every `when` that names it.
    branches: Vec<Vec<(usize, u16)>>,
}

impl Routing {
    fn new(guide: &Guide) -> Self {
        let mut position = HashMap::new();
        let mut branches = vec![Vec::new(); guide.flags.len()];
        for n in guide.node_ids() {
            if let NodeKind::Route(route) = &guide.node(n).kind {
                let r = position.len();
                position.insert(n, r);
                for (i, (flag, _)) in route.when.iter().enumerate() {
                    branches[flag.0 as usize].push((r, i as u16));
                }
            }
        }
        Self { position, branches }
    }

    fn none(&self) -> Vec<u16> {
        vec![u16::MAX; self.position.len()]
    }

    fn raise(&self, best: &mut [u16], flags: &[FlagId]) {
        for flag in flags {
            for &(r, i) in &self.branches[flag.0 as usize] {
                best[r] = best[r].min(i);
            }
        }
    }

    fn choose(&self, guide: &Guide, node: NodeId, best: &[u16]) -> Option<NodeId> {
        let NodeKind::Route(route) = &guide.node(node).kind else {
            return None;
        };
        let branch = best[*self.position.get(&node)?] as usize;
        Some(
            route
                .when
                .get(branch)
                .map_or(route.otherwise, |(_, next)| *next),
        )
    }
}

/// Every answer combination whose outcome differs between `old` and `new`, and whether the
/// walk stopped at its state limit.
pub fn outcome_changes(old: &Guide, new: &Guide) -> (Vec<OutcomeChange>, bool) {
    let mut joint = Joint {
        old,
        new,
        old_routing: Routing::new(old),
        new_routing: Routing::new(new),
        old_order: topological_order(old),
        new_order: topological_order(new),
        memo: HashMap::new(),
        truncated: false,
    };
    let start = State {
        old: old.start,
        new: new.start,
        pending: Vec::new(),
        old_best: joint.old_routing.none(),
        new_best: joint.new_routing.none(),
    };
    let summary = joint.explore(start);
    let changes = summary
        .iter()
        .map(|((o, n), (count, examples))| OutcomeChange {
            old: old.node(*o).id.clone(),
            new: new.node(*n).id.clone(),
            count: *count,
            examples: examples.clone(),
        })
        .collect();
    (changes, joint.truncated)
}

/// Which side moves next, and how.
enum Move {
    /// Both sides have ended.
    Done,
    /// One side goes on without an answer (info, route), or both do.
    Silent(State),
    /// Branch on the options of question `node` of one side (`old_side`).
    Ask { old_side: bool, node: NodeId },
}

impl Joint<'_> {
    fn explore(&mut self, state: State) -> Rc<Summary> {
        if let Some(summary) = self.memo.get(&state) {
            return summary.clone();
        }
        if self.memo.len() >= STATE_LIMIT {
            self.truncated = true;
            return Rc::new(Summary::new());
        }
        let summary = match self.next_move(&state) {
            Move::Done => {
                let mut s = Summary::new();
                if self.old.node(state.old).id != self.new.node(state.new).id {
                    s.insert((state.old, state.new), (1, vec![Vec::new()]));
                }
                s
            }
            Move::Silent(next) => (*self.explore(next)).clone(),
            Move::Ask { old_side, node } => self.ask(&state, old_side, node),
        };
        let summary = Rc::new(summary);
        self.memo.insert(state, summary.clone());
        summary
    }

    /// Takes every answer to `node` on one side, passing it to the other side when it asks.
    fn ask(&mut self, state: &State, old_side: bool, node: NodeId) -> Summary {
        let (guide, other) = if old_side {
            (self.old, self.new)
        } else {
            (self.new, self.old)
        };
        let NodeKind::Question(q) = &guide.node(node).kind else {
            return Summary::new();
        };
        let question = &guide.node(node).id;
        let (other_at, other_order) = if old_side {
            (state.new, &self.new_order)
        } else {
            (state.old, &self.old_order)
        };
        // The other side asks this question too, and has not gone past it.
        let other_asks = other.find(question).is_some_and(|n| {
            matches!(other.node(n).kind, NodeKind::Question(_))
                && other_order[n.0 as usize] >= other_order[other_at.0 as usize]
        });
        let mut total = Summary::new();
        for option in &q.options {
            let mut next = state.clone();
            if old_side {
                self.old_routing.raise(&mut next.old_best, &option.flags);
            } else {
                self.new_routing.raise(&mut next.new_best, &option.flags);
            }
            if old_side {
                next.old = option.next
            } else {
                next.new = option.next
            }
            // The other side will ask too: remember the answer, unless that side cannot take it.
            if other_asks {
                let other_node = other.find(question).map(|n| &other.node(n).kind);
                let accepted = matches!(other_node, Some(NodeKind::Question(oq)) if oq.option_index(&option.id).is_some());
                if !accepted {
                    continue; // an option the other side lacks is a structural change, not an outcome one
                }
                next.pending.push((question.clone(), option.id.clone()));
                next.pending.sort();
            }
            let answer = (question.clone(), option.id.clone());
            for (pair, (count, examples)) in self.explore(next).iter() {
                let entry = total.entry(*pair).or_insert((0, Vec::new()));
                entry.0 = entry.0.saturating_add(*count);
                for example in examples.iter().take(EXAMPLES.saturating_sub(entry.1.len())) {
                    let mut full = vec![answer.clone()];
                    full.extend(example.iter().cloned());
                    entry.1.push(full);
                }
            }
        }
        total
    }

    fn next_move(&self, state: &State) -> Move {
        // Each side first goes as far as it can without a new answer.
        for old_side in [true, false] {
            let (guide, node, routing, best) = if old_side {
                (self.old, state.old, &self.old_routing, &state.old_best)
            } else {
                (self.new, state.new, &self.new_routing, &state.new_best)
            };
            let step = match &guide.node(node).kind {
                NodeKind::Info(info) => Some(info.next),
                NodeKind::Route(_) => routing.choose(guide, node, best),
                NodeKind::Question(q) => {
                    let id = &guide.node(node).id;
                    state
                        .pending
                        .iter()
                        .position(|(question, _)| question == id)
                        .and_then(|i| {
                            let option = q.options.iter().find(|o| o.id == state.pending[i].1)?;
                            Some(option.next)
                        })
                }
                NodeKind::Outcome(_) => None,
            };
            if let Some(next_node) = step {
                let mut next = state.clone();
                if let NodeKind::Question(q) = &guide.node(node).kind {
                    // Consume the pending answer, raising its flags on this side.
                    let id = &guide.node(node).id;
                    let i = next
                        .pending
                        .iter()
                        .position(|(question, _)| question == id)
                        .unwrap_or(0);
                    let (_, option) = next.pending.remove(i);
                    let best = if old_side {
                        &mut next.old_best
                    } else {
                        &mut next.new_best
                    };
                    for chosen in q.options.iter().filter(|o| o.id == option) {
                        routing.raise(best, &chosen.flags);
                    }
                }
                if old_side {
                    next.old = next_node
                } else {
                    next.new = next_node
                }
                return Move::Silent(next);
            }
        }
        // Both sides are at a question or an outcome, with nothing pending for them.
        let old_question = matches!(self.old.node(state.old).kind, NodeKind::Question(_));
        let new_question = matches!(self.new.node(state.new).kind, NodeKind::Question(_));
        match (old_question, new_question) {
            (false, false) => Move::Done,
            (true, _) => Move::Ask {
                old_side: true,
                node: state.old,
            },
            (false, true) => Move::Ask {
                old_side: false,
                node: state.new,
            },
        }
    }
}
