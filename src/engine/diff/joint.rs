//! The outcome part of a diff: both guides walked together, memoised on the pair of positions.
//!
//! A checklist is answered by every set a practitioner can mark, and sets with the same effect
//! are one move: like the safety checker's moves, the effect of a set is the OR of its options'
//! (here, the first branch each route would take, on this side and on the other side when it
//! will ask the same checklist), so the sets are grouped option by option without listing them,
//! each group counting how many sets it stands for. Options are matched by id between the
//! guides; a set the other side cannot take (an option it lacks, or one it marks alone) is a
//! structural change, not an outcome one, as for a question.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use super::{Answers, EXAMPLES, OutcomeChange};
use crate::engine::guide::{Choice, FlagId, Guide, NodeId, NodeKind, OptionSet, Question};
use crate::engine::session::Answer;

/// The most joint states explored before giving up: far beyond real guides, a guard against
/// pathological ones.
const STATE_LIMIT: usize = 2_000_000;

#[derive(Clone, PartialEq, Eq, Hash)]
struct State {
    old: NodeId,
    new: NodeId,
    /// Answers one side gave to questions the other side has yet to ask, as what they do on
    /// that side: (question id, where it goes on, the flags it raises that routes look at).
    pending: Vec<Pending>,
    /// Per side, per route: the first branch whose flag has been raised (`u16::MAX`: none).
    /// A route only ever asks which of its flags comes first, so this is all of the flags
    /// raised that can change a walk, and it keeps the number of states small.
    old_best: Vec<u16>,
    new_best: Vec<u16>,
}

/// An answer waiting for the other side: (question id, next node there, the flags it raises
/// there that some route looks at, sorted).
type Pending = (String, NodeId, Vec<FlagId>);

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

    /// Whether some route looks at `flag`.
    fn matters(&self, flag: FlagId) -> bool {
        !self.branches[flag.0 as usize].is_empty()
    }

    /// `into` with the flags of `options` that some route looks at, sorted, without repeats.
    fn gather<'c>(&self, into: &mut Vec<FlagId>, options: impl IntoIterator<Item = &'c Choice>) {
        into.extend(
            options
                .into_iter()
                .flat_map(|o| &o.flags)
                .filter(|f| self.matters(**f)),
        );
        into.sort_unstable();
        into.dedup();
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

/// What an answer does: on its own side, the first branch each route would take; on the other
/// side, if it asks the same question, where it goes on and the flags routes look at.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Effect {
    here: Vec<u16>,
    there: Option<(NodeId, Vec<FlagId>)>,
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

    /// Takes every answer to `node` on one side (every set of a checklist, a group of sets
    /// with one effect at a time), passing it to the other side when it asks.
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
        let other_question = other
            .find(question)
            .and_then(|n| match &other.node(n).kind {
                NodeKind::Question(oq)
                    if other_order[n.0 as usize] >= other_order[other_at.0 as usize] =>
                {
                    Some(oq)
                }
                _ => None,
            });
        let mut total = Summary::new();
        for (chosen, sets, effect) in self.answers(old_side, q, other_question, state) {
            let mut next = state.clone();
            if old_side {
                next.old_best = effect.here;
                next.old = q.next_after(chosen);
            } else {
                next.new_best = effect.here;
                next.new = q.next_after(chosen);
            }
            // The other side will ask too: remember what the answer does there.
            if let Some((there, flags)) = effect.there {
                next.pending.push((question.clone(), there, flags));
                next.pending.sort();
            }
            let answer = Answer::new(guide, node, chosen);
            for (pair, (count, examples)) in self.explore(next).iter() {
                let entry = total.entry(*pair).or_insert((0, Vec::new()));
                entry.0 = entry.0.saturating_add(sets.saturating_mul(*count));
                for example in examples.iter().take(EXAMPLES.saturating_sub(entry.1.len())) {
                    let mut full = vec![answer.clone()];
                    full.extend(example.iter().cloned());
                    entry.1.push(full);
                }
            }
        }
        total
    }

    /// The answers to `q` on one side, grouped by effect: (the smallest set of the group, how
    /// many sets it stands for, their effect). With `other` (the same question on the other
    /// side, still to be asked), only the sets it can take, and their effect there too.
    fn answers(
        &self,
        old_side: bool,
        q: &Question,
        other: Option<&Question>,
        state: &State,
    ) -> Vec<(OptionSet, u128, Effect)> {
        let (routing, best, other_routing) = if old_side {
            (&self.old_routing, &state.old_best, &self.new_routing)
        } else {
            (&self.new_routing, &state.new_best, &self.old_routing)
        };
        // Each option's index on the other side, when the other side asks and has it.
        let there = |i: usize| other.map(|oq| oq.option_index(&q.options[i].id));
        let single = |i: usize| -> Option<(OptionSet, Effect)> {
            let mut here = best.clone();
            routing.raise(&mut here, &q.options[i].flags);
            let there = match (other, there(i)) {
                (None, _) => None,
                (Some(_), Some(None) | None) => return None,
                (Some(oq), Some(Some(j))) => {
                    let mut flags = Vec::new();
                    other_routing.gather(&mut flags, [&oq.options[j]]);
                    Some((oq.next_after(OptionSet::one(j)), flags))
                }
            };
            Some((OptionSet::one(i), Effect { here, there }))
        };
        if !q.is_checklist() {
            return (0..q.options.len())
                .filter_map(single)
                .map(|(set, effect)| (set, 1, effect))
                .collect();
        }
        // Options that combine: not marked alone on either side, and known to the other side
        // if it asks; the others are answers on their own.
        let combines = |i: usize| {
            !q.options[i].exclusive
                && match (other, there(i)) {
                    (None, _) => true,
                    (Some(oq), Some(Some(j))) => oq.is_checklist() && !oq.options[j].exclusive,
                    _ => false,
                }
        };
        let mut groups: Vec<(OptionSet, u128, Effect)> = Vec::new();
        let mut index: HashMap<Effect, usize> = HashMap::new();
        let mut add = |groups: &mut Vec<(OptionSet, u128, Effect)>,
                       set: OptionSet,
                       sets: u128,
                       effect: Effect| {
            match index.get(&effect) {
                Some(&g) => {
                    let group = &mut groups[g];
                    group.1 = group.1.saturating_add(sets);
                    // The smallest set (then the earliest options) stands for the group.
                    if (set.len(), set.iter().collect::<Vec<_>>())
                        < (group.0.len(), group.0.iter().collect::<Vec<_>>())
                    {
                        group.0 = set;
                    }
                }
                None => {
                    index.insert(effect.clone(), groups.len());
                    groups.push((set, sets, effect));
                }
            }
        };
        for i in (0..q.options.len()).filter(|i| combines(*i)) {
            let Some((one, alone)) = single(i) else {
                continue;
            };
            // Every set so far, with this option too; then this option alone.
            let grown: Vec<(OptionSet, u128, Effect)> = groups
                .iter()
                .map(|(set, sets, effect)| {
                    let mut here = effect.here.clone();
                    routing.raise(&mut here, &q.options[i].flags);
                    let there = effect.there.as_ref().map(|(next, flags)| {
                        let mut flags = flags.clone();
                        flags.extend(alone.there.iter().flat_map(|(_, f)| f.iter().copied()));
                        flags.sort_unstable();
                        flags.dedup();
                        (*next, flags)
                    });
                    (set.with(i), *sets, Effect { here, there })
                })
                .collect();
            for (set, sets, effect) in grown.into_iter().chain([(one, 1, alone)]) {
                add(&mut groups, set, sets, effect);
            }
        }
        for i in (0..q.options.len()).filter(|i| !combines(*i)) {
            if let Some((set, effect)) = single(i) {
                add(&mut groups, set, 1, effect);
            }
        }
        groups
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
                NodeKind::Question(_) => {
                    let id = &guide.node(node).id;
                    state
                        .pending
                        .iter()
                        .find(|(question, _, _)| question == id)
                        .map(|(_, next, _)| *next)
                }
                NodeKind::Outcome(_) => None,
            };
            if let Some(next_node) = step {
                let mut next = state.clone();
                if let NodeKind::Question(_) = &guide.node(node).kind {
                    // Consume the pending answer, raising its flags on this side.
                    let id = &guide.node(node).id;
                    let i = next
                        .pending
                        .iter()
                        .position(|(question, _, _)| question == id)
                        .unwrap_or(0);
                    let (_, _, flags) = next.pending.remove(i);
                    let best = if old_side {
                        &mut next.old_best
                    } else {
                        &mut next.new_best
                    };
                    routing.raise(best, &flags);
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
