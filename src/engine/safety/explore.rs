//! The proof: a breadth-first exploration of the states of the walk, one property at a time.
//!
//! Paths are never enumerated (a guide of forty questions has more paths than can be
//! counted); states are. A state is the node the walk is at and a few bits of what has
//! happened that can still matter:
//!
//! - for each route still reachable, which of its `when` flags has been raised first in its
//!   list: routes look at nothing else. It is kept as a "thermometer" (raising the flag at
//!   position `i` of a route of `n` branches sets the route's lowest `n - i` bits), so that
//!   raising flags is a bitwise OR whatever the order; a route no longer reachable is forgotten,
//!   which keeps states from multiplying by flags nobody will look at;
//! - for the property, one bit per fact about the result it looks at ([`Atom`](super::property::Atom): "the result
//!   refers to health", "flag x is up"), set when a flag or an outcome that gives the fact is
//!   reached: the facts are monotone, so one bit is exact;
//! - one bit per option the property names (was it chosen), and one for the question an
//!   `asks` property names (was it asked).
//!
//! Every move is therefore "OR a mask precomputed for this option, then clear what the next
//! node can no longer use", the number of states is bounded by the number of reachable
//! (node, bits) pairs, and time and memory are linear in it. The first violating complete walk
//! the breadth-first search meets is a shortest one (fewest steps, infos and routes included).
//!
//! Checklist questions will add moves (one per set of options, its mask the OR of theirs); the
//! state needs nothing more.

use std::collections::HashMap;

use super::property::{Observation, Property};
use crate::engine::guide::{FlagId, Guide, NodeId, NodeKind};

/// How many states one property may explore before the checker gives up on it.
pub const MAX_STATES: usize = 4_000_000;

/// The walk-wide part of the state layout: the route registers and which of them each node
/// can still reach. Shared by every property of a guide.
pub struct Routes {
    /// Bits taken by the route registers.
    bits: usize,
    /// For each node that is a route: the first bit of its register and its branch count.
    register: HashMap<NodeId, (usize, usize)>,
    /// For each flag: the register bits it sets, as (bit index) list.
    flag_bits: Vec<Vec<usize>>,
    /// For each node: the register bits still in use from there (routes reachable from it).
    live: Vec<Vec<usize>>,
}

impl Routes {
    /// Lays out the route registers of `guide` and finds which routes each node can reach.
    pub fn new(guide: &Guide) -> Self {
        let mut bits = 0;
        let mut register = HashMap::new();
        let mut flag_bits = vec![Vec::new(); guide.flags.len()];
        for node in guide.node_ids() {
            if let NodeKind::Route(route) = &guide.node(node).kind {
                let n = route.when.len();
                register.insert(node, (bits, n));
                for (i, (flag, _)) in route.when.iter().enumerate() {
                    // A flag listed twice: its first place decides.
                    if route.when[..i].iter().any(|(f, _)| f == flag) {
                        continue;
                    }
                    flag_bits[flag.0 as usize].extend(bits..bits + (n - i));
                }
                bits += n;
            }
        }
        // Routes reachable from each node, by a depth-first pass over the tree (it has no
        // cycles, so each node is finished once its successors are).
        let mut live: Vec<Option<Vec<usize>>> = vec![None; guide.nodes.len()];
        for start in guide.node_ids() {
            let mut stack = vec![(start, false)];
            while let Some((node, expanded)) = stack.pop() {
                if live[node.0 as usize].is_some() {
                    continue;
                }
                if !expanded {
                    stack.push((node, true));
                    stack.extend(
                        guide
                            .successors(node)
                            .filter(|n| live[n.0 as usize].is_none())
                            .map(|n| (n, false)),
                    );
                    continue;
                }
                let mut here: Vec<usize> = register
                    .get(&node)
                    .map(|&(first, n)| (first..first + n).collect())
                    .unwrap_or_default();
                for next in guide.successors(node) {
                    if let Some(after) = &live[next.0 as usize] {
                        here.extend(after);
                    }
                }
                here.sort_unstable();
                here.dedup();
                live[node.0 as usize] = Some(here);
            }
        }
        Self {
            bits,
            register,
            flag_bits,
            live: live.into_iter().map(Option::unwrap_or_default).collect(),
        }
    }
}

/// One move of a walk: the node left and, for a question, the option taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    /// The node.
    pub node: NodeId,
    /// The option chosen, at a question.
    pub option: Option<usize>,
}

/// What exploring one property found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every complete walk keeps the property.
    Proved {
        /// States explored.
        states: usize,
    },
    /// A shortest complete walk that breaks it: the moves from the start, ending at the
    /// outcome the screening ends at.
    Violated {
        /// The moves, in order.
        moves: Vec<Move>,
        /// The outcome reached.
        concluded: NodeId,
    },
    /// More than [`MAX_STATES`] states.
    TooLarge,
}

/// A bit layout for one property: the route registers, then the property's own bits.
struct Layout {
    words: usize,
    atoms: usize,
    options: Vec<(NodeId, usize)>,
    asked: Option<NodeId>,
}

impl Layout {
    fn atom_bit(&self, routes: &Routes, i: usize) -> usize {
        routes.bits + i
    }
    fn option_bit(&self, routes: &Routes, i: usize) -> usize {
        routes.bits + self.atoms + i
    }
    fn asked_bit(&self, routes: &Routes) -> usize {
        routes.bits + self.atoms + self.options.len()
    }
}

fn set(words: &mut [u64], bit: usize) {
    words[bit / 64] |= 1 << (bit % 64);
}

fn get(words: &[u64], bit: usize) -> bool {
    words[bit / 64] & (1 << (bit % 64)) != 0
}

/// One move out of a question or an info: the option taken (for a question), what it sets,
/// and where it leads.
struct Edge {
    option: Option<usize>,
    mask: Vec<u64>,
    next: NodeId,
}

/// Everything one property's exploration precomputes: the layout and the masks of every move.
struct Machine<'a> {
    routes: &'a Routes,
    layout: Layout,
    /// Per node: the atom bits an outcome gives (empty for other nodes).
    outcome_masks: Vec<Vec<u64>>,
    /// Per node: the bits still in use there (live route registers and every property bit).
    live_masks: Vec<Vec<u64>>,
    /// Per node: the moves out of a question or an info (empty for routes and outcomes, which
    /// read the state instead).
    edges: Vec<Vec<Edge>>,
}

impl<'a> Machine<'a> {
    fn new(guide: &Guide, routes: &'a Routes, property: &Property) -> Self {
        let atoms = property.atoms();
        let options = property.options();
        let asked = property.question();
        let total = routes.bits + atoms.len() + options.len() + usize::from(asked.is_some());
        let layout = Layout {
            words: total.div_ceil(64).max(1),
            atoms: atoms.len(),
            options,
            asked,
        };
        let w = layout.words;
        let atom_mask = |gives: &dyn Fn(&super::property::Atom) -> bool, m: &mut Vec<u64>| {
            for (i, atom) in atoms.iter().enumerate() {
                if gives(atom) {
                    set(m, layout.atom_bit(routes, i));
                }
            }
        };
        // What raising each flag sets: its route registers and the facts it gives.
        let flag_masks: Vec<Vec<u64>> = (0..guide.flags.len())
            .map(|f| {
                let mut m = vec![0u64; w];
                for &bit in &routes.flag_bits[f] {
                    set(&mut m, bit);
                }
                atom_mask(&|a| a.from_flag(guide, FlagId(f as u32)), &mut m);
                m
            })
            .collect();
        let outcome_masks: Vec<Vec<u64>> = guide
            .node_ids()
            .map(|n| {
                let mut m = vec![0u64; w];
                if matches!(guide.node(n).kind, NodeKind::Outcome(_)) {
                    atom_mask(&|a| a.from_outcome(guide, n), &mut m);
                }
                m
            })
            .collect();
        let live_masks = routes
            .live
            .iter()
            .map(|live| {
                let mut m = vec![0u64; w];
                for &bit in live.iter().chain(&(routes.bits..total).collect::<Vec<_>>()) {
                    set(&mut m, bit);
                }
                m
            })
            .collect();
        let edges = guide
            .node_ids()
            .map(|node| match &guide.node(node).kind {
                NodeKind::Question(q) => q
                    .options
                    .iter()
                    .enumerate()
                    .map(|(o, choice)| {
                        let mut mask = vec![0u64; w];
                        for flag in &choice.flags {
                            or(&mut mask, &flag_masks[flag.0 as usize]);
                        }
                        if let Some(pathway) = choice.interrupt {
                            or(&mut mask, &outcome_masks[pathway.0 as usize]);
                        }
                        for (i, chosen) in layout.options.iter().enumerate() {
                            if *chosen == (node, o) {
                                set(&mut mask, layout.option_bit(routes, i));
                            }
                        }
                        if layout.asked == Some(node) {
                            set(&mut mask, layout.asked_bit(routes));
                        }
                        Edge {
                            option: Some(o),
                            mask,
                            next: choice.next,
                        }
                    })
                    .collect(),
                NodeKind::Info(info) => vec![Edge {
                    option: None,
                    mask: vec![0u64; w],
                    next: info.next,
                }],
                NodeKind::Route(_) | NodeKind::Outcome(_) => Vec::new(),
            })
            .collect();
        Self {
            routes,
            layout,
            outcome_masks,
            live_masks,
            edges,
        }
    }

    /// The state at `node` with `bits`: the node, then the bits it can still use.
    fn key(&self, node: NodeId, bits: &[u64]) -> Vec<u64> {
        let mut k = Vec::with_capacity(bits.len() + 1);
        k.push(u64::from(node.0));
        let live = &self.live_masks[node.0 as usize];
        k.extend(bits.iter().zip(live).map(|(b, l)| b & l));
        k
    }

    /// Where a route sends a walk with `bits`: the first `when` whose flag is up (its
    /// thermometer's height), else `otherwise`.
    fn route(&self, node: NodeId, route: &crate::engine::guide::Route, bits: &[u64]) -> NodeId {
        let (first, n) = self.routes.register[&node];
        let height = (first..first + n).filter(|b| get(bits, *b)).count();
        if height == 0 {
            route.otherwise
        } else {
            route.when[n - height].1
        }
    }
}

/// Proves `property` over every complete walk of `guide`, or finds a shortest walk that
/// breaks it. `limit` is the most states to explore.
pub fn explore(guide: &Guide, routes: &Routes, property: &Property, limit: usize) -> Verdict {
    let machine = Machine::new(guide, routes, property);
    // The states in the order found, which is breadth-first: processing them by index is the
    // queue. Each with the state it was reached from and the option taken.
    let mut states: Vec<Vec<u64>> = Vec::new();
    let mut parents: Vec<(u32, Option<usize>)> = Vec::new();
    let mut index: HashMap<Vec<u64>, u32> = HashMap::new();
    let start = machine.key(guide.start, &vec![0u64; machine.layout.words]);
    index.insert(start.clone(), 0);
    states.push(start);
    parents.push((u32::MAX, None));
    let mut at = 0;
    while at < states.len() {
        let node = NodeId(states[at][0] as u32);
        let bits = states[at][1..].to_vec();
        let mut visit = |option: Option<usize>, mask: Option<&[u64]>, next: NodeId| {
            let mut after = bits.clone();
            if let Some(mask) = mask {
                or(&mut after, mask);
            }
            let k = machine.key(next, &after);
            if index.contains_key(&k) {
                return true;
            }
            if states.len() >= limit {
                return false;
            }
            index.insert(k.clone(), states.len() as u32);
            states.push(k);
            parents.push((at as u32, option));
            true
        };
        let within_limit = match &guide.node(node).kind {
            NodeKind::Outcome(_) => {
                let mut end = bits.clone();
                or(&mut end, &machine.outcome_masks[node.0 as usize]);
                let seen = Seen {
                    bits: &end,
                    layout: &machine.layout,
                    routes,
                    concluded: node,
                };
                if !property.holds(&seen) {
                    return Verdict::Violated {
                        moves: trace(&states, &parents, at),
                        concluded: node,
                    };
                }
                true
            }
            NodeKind::Route(route) => visit(None, None, machine.route(node, route, &bits)),
            NodeKind::Question(_) | NodeKind::Info(_) => machine.edges[node.0 as usize]
                .iter()
                .all(|edge| visit(edge.option, Some(&edge.mask), edge.next)),
        };
        if !within_limit {
            return Verdict::TooLarge;
        }
        at += 1;
    }
    Verdict::Proved {
        states: states.len(),
    }
}

fn or(into: &mut [u64], from: &[u64]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a |= b;
    }
}

/// The moves from the start to state `at`, ending with the outcome itself.
fn trace(states: &[Vec<u64>], parents: &[(u32, Option<usize>)], at: usize) -> Vec<Move> {
    let mut moves = vec![Move {
        node: NodeId(states[at][0] as u32),
        option: None,
    }];
    let mut current = at;
    while parents[current].0 != u32::MAX {
        let (parent, option) = parents[current];
        moves.push(Move {
            node: NodeId(states[parent as usize][0] as u32),
            option,
        });
        current = parent as usize;
    }
    moves.reverse();
    moves
}

/// A complete walk's end state as a property sees it.
struct Seen<'a> {
    bits: &'a [u64],
    layout: &'a Layout,
    routes: &'a Routes,
    concluded: NodeId,
}

impl Observation for Seen<'_> {
    fn atom(&self, index: usize) -> bool {
        get(self.bits, self.layout.atom_bit(self.routes, index))
    }
    fn chose(&self, question: NodeId, option: usize) -> bool {
        self.layout
            .options
            .iter()
            .position(|o| *o == (question, option))
            .is_some_and(|i| get(self.bits, self.layout.option_bit(self.routes, i)))
    }
    fn asked(&self, question: NodeId) -> bool {
        self.layout.asked == Some(question) && get(self.bits, self.layout.asked_bit(self.routes))
    }
    fn concluded(&self) -> NodeId {
        self.concluded
    }
}
