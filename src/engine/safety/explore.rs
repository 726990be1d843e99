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
//! A checklist is one move per set of options a practitioner can mark, its mask the OR of
//! theirs; sets with the same mask are one move (the smallest set stands for them), so a
//! checklist adds as many moves as distinct effects, not 2^n. The state needs nothing more.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::property::{Observation, Property};
use crate::engine::guide::{FlagId, Guide, NodeId, NodeKind, OptionSet, Question};

/// How many states one property may explore before the checker gives up on it.
pub const MAX_STATES: usize = 4_000_000;

/// The walk-wide part of the state layout: the route registers and which of them each node
/// can still reach. Shared by every property of a guide.
pub struct Routes {
    /// Bits taken by the route registers.
    bits: usize,
    /// For each node: if it is a route, the first bit of its register and its branch count.
    register: Vec<Option<(usize, usize)>>,
    /// For each flag: the register bits it sets, as (bit index) list.
    flag_bits: Vec<Vec<usize>>,
    /// For each node: the register bits still in use from there (routes reachable from it).
    live: Vec<Vec<usize>>,
}

impl Routes {
    /// Lays out the route registers of `guide` and finds which routes each node can reach.
    pub fn new(guide: &Guide) -> Self {
        let mut bits = 0;
        let mut register = vec![None; guide.nodes.len()];
        let mut flag_bits = vec![Vec::new(); guide.flags.len()];
        for node in guide.node_ids() {
            if let NodeKind::Route(route) = &guide.node(node).kind {
                let n = route.when.len();
                register[node.0 as usize] = Some((bits, n));
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
                let mut here: Vec<usize> = register[node.0 as usize]
                    .map(|(first, n)| (first..first + n).collect())
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

/// One move of a walk: the node left and, for a question, the options taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    /// The node.
    pub node: NodeId,
    /// The option chosen, or the options marked on a checklist; empty elsewhere.
    pub chosen: OptionSet,
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
    /// A state would need more than [`MAX_WORDS`] words of bits.
    TooWide {
        /// The bits it would need.
        bits: usize,
    },
}

/// A bit layout for one property: the route registers, then the property's own bits.
struct Layout {
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

/// One move out of a question or an info: the options taken (for a question), what it sets,
/// and where it leads.
struct Edge<const N: usize> {
    chosen: OptionSet,
    mask: [u64; N],
    next: NodeId,
}

/// Everything one property's exploration precomputes: the layout and the masks of every move.
/// `N` is the number of 64-bit words a state's bits take.
struct Machine<'a, const N: usize> {
    routes: &'a Routes,
    layout: Layout,
    /// Per node: the atom bits an outcome gives (zero for other nodes).
    outcome_masks: Vec<[u64; N]>,
    /// Per node: the bits still in use there (live route registers and every property bit).
    live_masks: Vec<[u64; N]>,
    /// Per node: the moves out of a question or an info (empty for routes and outcomes, which
    /// read the state instead).
    edges: Vec<Vec<Edge<N>>>,
}

impl<'a, const N: usize> Machine<'a, N> {
    fn new(guide: &Guide, routes: &'a Routes, property: &Property, layout: Layout) -> Self {
        let atoms = property.atoms();
        let total = routes.bits + layout.atoms + layout.options.len() + 1;
        let atom_mask = |gives: &dyn Fn(&super::property::Atom) -> bool, m: &mut [u64; N]| {
            for (i, atom) in atoms.iter().enumerate() {
                if gives(atom) {
                    set(m, layout.atom_bit(routes, i));
                }
            }
        };
        // What raising each flag sets: its route registers and the facts it gives.
        let flag_masks: Vec<[u64; N]> = (0..guide.flags.len())
            .map(|f| {
                let mut m = [0u64; N];
                for &bit in &routes.flag_bits[f] {
                    set(&mut m, bit);
                }
                atom_mask(&|a| a.from_flag(guide, FlagId(f as u32)), &mut m);
                m
            })
            .collect();
        let outcome_masks: Vec<[u64; N]> = guide
            .node_ids()
            .map(|n| {
                let mut m = [0u64; N];
                if matches!(guide.node(n).kind, NodeKind::Outcome(_)) {
                    atom_mask(&|a| a.from_outcome(guide, n), &mut m);
                }
                m
            })
            .collect();
        let mut property_bits = [0u64; N];
        for bit in routes.bits..total.min(N * 64) {
            set(&mut property_bits, bit);
        }
        let live_masks = routes
            .live
            .iter()
            .map(|live| {
                let mut m = property_bits;
                for &bit in live {
                    set(&mut m, bit);
                }
                m
            })
            .collect();
        let edges = guide
            .node_ids()
            .map(|node| match &guide.node(node).kind {
                NodeKind::Question(q) => {
                    // What marking each option sets.
                    let option_masks: Vec<[u64; N]> = q
                        .options
                        .iter()
                        .enumerate()
                        .map(|(o, choice)| {
                            let mut mask = [0u64; N];
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
                            mask
                        })
                        .collect();
                    answer_sets(q, &option_masks)
                        .into_iter()
                        .map(|(chosen, mask)| Edge {
                            chosen,
                            mask,
                            next: q.next_after(chosen),
                        })
                        .collect()
                }
                NodeKind::Info(info) => vec![Edge {
                    chosen: OptionSet::EMPTY,
                    mask: [0u64; N],
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

    /// The state at `node` with `bits`: the node, and the bits it can still use.
    fn key(&self, node: NodeId, bits: [u64; N]) -> (u32, [u64; N]) {
        let live = &self.live_masks[node.0 as usize];
        (node.0, std::array::from_fn(|i| bits[i] & live[i]))
    }

    /// Where a route sends a walk with `bits`: the first `when` whose flag is up (its
    /// thermometer's height), else `otherwise`.
    fn route(&self, node: NodeId, route: &crate::engine::guide::Route, bits: &[u64]) -> NodeId {
        let Some((first, n)) = self.routes.register[node.0 as usize] else {
            return route.otherwise; // every route has a register
        };
        let height = (first..first + n).filter(|b| get(bits, *b)).count();
        if height == 0 {
            route.otherwise
        } else {
            route.when[n - height].1
        }
    }
}

/// Most 64-bit words a state's bits may take (route registers and property bits).
pub const MAX_WORDS: usize = 16;

/// Proves `property` over every complete walk of `guide`, or finds a shortest walk that
/// breaks it. `limit` is the most states to explore.
pub fn explore(guide: &Guide, routes: &Routes, property: &Property, limit: usize) -> Verdict {
    let options = property.options();
    let atoms = property.atoms().len();
    let bits = routes.bits + atoms + options.len() + 1;
    let layout = Layout {
        atoms,
        options,
        asked: property.question(),
    };
    // States are fixed-size arrays, hashed without allocating: one instance per width.
    match bits.div_ceil(64) {
        1 => explore_in::<1>(guide, routes, property, layout, limit),
        2 => explore_in::<2>(guide, routes, property, layout, limit),
        3 | 4 => explore_in::<4>(guide, routes, property, layout, limit),
        5..=8 => explore_in::<8>(guide, routes, property, layout, limit),
        9..=MAX_WORDS => explore_in::<MAX_WORDS>(guide, routes, property, layout, limit),
        _ => Verdict::TooWide { bits },
    }
}

fn explore_in<const N: usize>(
    guide: &Guide,
    routes: &Routes,
    property: &Property,
    layout: Layout,
    limit: usize,
) -> Verdict {
    let machine = Machine::<N>::new(guide, routes, property, layout);
    // The states in the order found, which is breadth-first: processing them by index is the
    // queue. Each with the state it was reached from and the edge taken (`NO_EDGE` from a
    // route).
    let mut states: Vec<(u32, [u64; N])> = Vec::new();
    let mut parents: Vec<(u32, u32)> = Vec::new();
    let mut index: HashMap<(u32, [u64; N]), u32, BuildHasherDefault<FxHasher>> = HashMap::default();
    let start = machine.key(guide.start, [0u64; N]);
    index.insert(start, 0);
    states.push(start);
    parents.push((u32::MAX, NO_EDGE));
    let mut at = 0;
    while at < states.len() {
        let (node, bits) = states[at];
        let node = NodeId(node);
        let mut visit = |edge: u32, mask: Option<&[u64; N]>, next: NodeId| {
            let mut after = bits;
            if let Some(mask) = mask {
                or(&mut after, mask);
            }
            let k = machine.key(next, after);
            let id = states.len();
            match index.entry(k) {
                Entry::Occupied(_) => true,
                Entry::Vacant(_) if id >= limit => false,
                Entry::Vacant(slot) => {
                    slot.insert(id as u32);
                    states.push(k);
                    parents.push((at as u32, edge));
                    true
                }
            }
        };
        let within_limit = match &guide.node(node).kind {
            NodeKind::Outcome(_) => {
                let mut end = bits;
                or(&mut end, &machine.outcome_masks[node.0 as usize]);
                let seen = Seen {
                    bits: &end,
                    layout: &machine.layout,
                    routes,
                    concluded: node,
                };
                if !property.holds(&seen) {
                    let moves = trace(&parents, at)
                        .into_iter()
                        .map(|(state, edge)| {
                            let node = NodeId(states[state].0);
                            let chosen = machine.edges[node.0 as usize]
                                .get(edge as usize)
                                .map_or(OptionSet::EMPTY, |e| e.chosen);
                            Move { node, chosen }
                        })
                        .collect();
                    return Verdict::Violated {
                        moves,
                        concluded: node,
                    };
                }
                true
            }
            NodeKind::Route(route) => visit(NO_EDGE, None, machine.route(node, route, &bits)),
            NodeKind::Question(_) | NodeKind::Info(_) => machine.edges[node.0 as usize]
                .iter()
                .enumerate()
                .all(|(i, edge)| visit(i as u32, Some(&edge.mask), edge.next)),
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

/// A fast hash for states (a few machine words, not attacker-chosen): the multiply-rotate
/// hash of rustc's `FxHasher`. SipHash made hashing most of the exploration's time.
#[derive(Default)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

fn or(into: &mut [u64], from: &[u64]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a |= b;
    }
}

/// The edge index of a move out of a route, which reads the state instead of taking an edge.
const NO_EDGE: u32 = u32::MAX;

/// The answers a question can take, each with its mask: one per option, or for a checklist
/// one per distinct effect of the sets a practitioner can mark (every non-empty set of
/// ordinary options, and each exclusive option alone). Sets are grown an option at a time and
/// a set whose mask is already known is dropped, so the work is the options times the distinct
/// masks, and the set kept for each mask is one of the smallest.
fn answer_sets<const N: usize>(q: &Question, masks: &[[u64; N]]) -> Vec<(OptionSet, [u64; N])> {
    if !q.is_checklist() {
        return (0..masks.len())
            .map(|o| (OptionSet::one(o), masks[o]))
            .collect();
    }
    // Sets of ordinary options; two with the same mask grow into sets with the same masks, so
    // one of them is enough.
    let mut sets: Vec<(OptionSet, [u64; N])> = Vec::new();
    let mut known: HashSet<[u64; N]> = HashSet::new();
    for (o, _) in q.options.iter().enumerate().filter(|(_, c)| !c.exclusive) {
        let grown: Vec<(OptionSet, [u64; N])> = std::iter::once((OptionSet::one(o), masks[o]))
            .chain(sets.iter().map(|(set, mask)| {
                let mut m = *mask;
                or(&mut m, &masks[o]);
                (set.with(o), m)
            }))
            .collect();
        for (set, mask) in grown {
            if known.insert(mask) {
                sets.push((set, mask));
            }
        }
    }
    for (o, _) in q.options.iter().enumerate().filter(|(_, c)| c.exclusive) {
        if known.insert(masks[o]) {
            sets.push((OptionSet::one(o), masks[o]));
        }
    }
    sets
}

/// The states from the start to state `at`, each with the edge taken there (the last, an
/// outcome, with none).
fn trace(parents: &[(u32, u32)], at: usize) -> Vec<(usize, u32)> {
    let mut path = vec![(at, NO_EDGE)];
    let mut current = at;
    while parents[current].0 != u32::MAX {
        let (parent, option) = parents[current];
        path.push((parent as usize, option));
        current = parent as usize;
    }
    path.reverse();
    path
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
