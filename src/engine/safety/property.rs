//! A checked safety property and what it says about one complete walk.
//!
//! A property speaks of a walk through a few observations: monotone facts about its result
//! ([`Atom`]: the result reaches at least this urgency, refers to this service, raises this
//! flag…), which options were chosen, which questions were asked, and where the screening
//! ended. [`Property::holds`] is the one statement of what each kind means; the brute-force
//! check of a walk and the state exploration both call it, through [`Observation`].

use crate::engine::guide::{FlagId, Guide, MessageId, NodeId, ServiceId, Urgency};
use crate::engine::session::Pathways;
use crate::engine::yaml::YamlPath;

/// A checked property of `guide/safety.yaml`.
#[derive(Debug, Clone)]
pub struct Property {
    /// Its id, unique in the file; also the counterexample case's file name.
    pub id: String,
    /// Why it matters, in the author's words.
    pub why: String,
    /// Where it is written (`properties[3]`).
    pub path: YamlPath,
    /// What it demands.
    pub kind: Kind,
}

/// What a property demands of every complete walk.
#[derive(Debug, Clone)]
pub enum Kind {
    /// Whenever `when` holds, the result meets at least one of `then`.
    Raises {
        /// The trigger.
        when: Trigger,
        /// Any one of these is enough.
        then: Vec<Atom>,
    },
    /// The result is never `result` while any of `while_any` is raised (every walk if empty).
    Never {
        /// What must not be.
        result: Forbidden,
        /// The flags under which it must not be.
        while_any: Vec<FlagId>,
    },
    /// `question` is asked on every complete walk, unless one of `unless` holds.
    Asks {
        /// The question.
        question: NodeId,
        /// Exceptions: any one of them excuses the walk.
        unless: Vec<Trigger>,
    },
}

/// Something that happens on a walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// This option of this question was chosen.
    Option(NodeId, usize),
    /// This flag was raised (at any point of the walk).
    Flag(FlagId),
}

/// A result a `never` property forbids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Forbidden {
    /// The result includes this outcome, as an interruption or as the final one.
    Outcome(NodeId),
    /// The screening ends at this outcome.
    Concluded(NodeId),
    /// The result's urgency is exactly this.
    Urgency(Urgency),
}

/// A fact about a result that, once true of part of it (one flag, one outcome), stays true of
/// the whole: what lets the checker summarise flags and outcomes by a few bits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// The result's urgency is at least this.
    UrgencyAtLeast(Urgency),
    /// The result refers to this service, first or as well.
    Referral(ServiceId),
    /// The result carries this hard stop.
    HardStop(MessageId),
    /// The result carries this action.
    Action(MessageId),
    /// The result includes this outcome.
    Pathway(NodeId),
    /// One of these flags was raised (one bit for a whole `while_any` or `unless` list: the
    /// properties ask only whether any is up).
    Raised(Vec<FlagId>),
}

impl Atom {
    /// Whether `result` has this fact.
    pub fn holds(&self, result: &Pathways) -> bool {
        match self {
            Atom::UrgencyAtLeast(u) => result.urgency >= *u,
            Atom::Referral(s) => result.primary.contains(s) || result.secondary.contains(s),
            Atom::HardStop(m) => result.hard_stops.contains(m),
            Atom::Action(m) => result.actions.iter().any(|(_, a)| a == m),
            Atom::Pathway(o) => result.outcomes.contains(o),
            Atom::Raised(flags) => flags.iter().any(|f| result.flags.contains(f)),
        }
    }

    /// Whether raising `flag` alone gives this fact.
    pub fn from_flag(&self, guide: &Guide, flag: FlagId) -> bool {
        self.holds(&Pathways::combine(guide, &[flag], &[], None))
    }

    /// Whether reaching `outcome` alone gives this fact.
    pub fn from_outcome(&self, guide: &Guide, outcome: NodeId) -> bool {
        self.holds(&Pathways::combine(guide, &[], &[], Some(outcome)))
    }
}

/// What a property can see of one complete walk.
pub trait Observation {
    /// Whether atom number `index` of [`Property::atoms`] holds of the result.
    fn atom(&self, index: usize) -> bool;
    /// Whether option `option` of `question` was chosen.
    fn chose(&self, question: NodeId, option: usize) -> bool;
    /// Whether `question` was asked.
    fn asked(&self, question: NodeId) -> bool;
    /// The outcome the screening ended at.
    fn concluded(&self) -> NodeId;
}

impl Property {
    /// The facts about the result this property looks at, in a fixed order: `holds` asks
    /// [`Observation::atom`] by their index. Flags named by the property come first, as one
    /// atom (any of them raised), if there are any.
    pub fn atoms(&self) -> Vec<Atom> {
        let mut atoms = Vec::new();
        let flags = self.flags();
        if !flags.is_empty() {
            atoms.push(Atom::Raised(flags));
        }
        match &self.kind {
            Kind::Raises { then, .. } => atoms.extend(then.iter().cloned()),
            Kind::Never { result, .. } => match result {
                Forbidden::Outcome(o) => atoms.push(Atom::Pathway(*o)),
                Forbidden::Concluded(_) => {}
                Forbidden::Urgency(u) => {
                    atoms.push(Atom::UrgencyAtLeast(*u));
                    atoms.extend(more_urgent(*u).map(Atom::UrgencyAtLeast));
                }
            },
            Kind::Asks { .. } => {}
        }
        atoms
    }

    /// The flags the property's conditions name (`when`, `while_any`, `unless`).
    fn flags(&self) -> Vec<FlagId> {
        let triggers: &[Trigger] = match &self.kind {
            Kind::Raises { when, .. } => std::slice::from_ref(when),
            Kind::Never { while_any, .. } => return while_any.clone(),
            Kind::Asks { unless, .. } => unless,
        };
        triggers
            .iter()
            .filter_map(|t| match t {
                Trigger::Flag(f) => Some(*f),
                Trigger::Option(..) => None,
            })
            .collect()
    }

    /// The options whose choice this property observes.
    pub fn options(&self) -> Vec<(NodeId, usize)> {
        let triggers: &[Trigger] = match &self.kind {
            Kind::Raises { when, .. } => std::slice::from_ref(when),
            Kind::Never { .. } => &[],
            Kind::Asks { unless, .. } => unless,
        };
        triggers
            .iter()
            .filter_map(|t| match t {
                Trigger::Option(q, o) => Some((*q, *o)),
                Trigger::Flag(_) => None,
            })
            .collect()
    }

    /// The question whose asking this property observes.
    pub fn question(&self) -> Option<NodeId> {
        match &self.kind {
            Kind::Asks { question, .. } => Some(*question),
            _ => None,
        }
    }

    /// Whether the walk `seen` keeps this property.
    pub fn holds(&self, seen: &impl Observation) -> bool {
        // Atom 0 is "one of the named flags is up" when the property names flags.
        let named = !self.flags().is_empty();
        let any_flag = named && seen.atom(0);
        let first = usize::from(named);
        let triggered = |t: &Trigger| match t {
            Trigger::Flag(_) => any_flag,
            Trigger::Option(q, o) => seen.chose(*q, *o),
        };
        match &self.kind {
            Kind::Raises { when, then } => {
                !triggered(when) || (first..first + then.len()).any(|i| seen.atom(i))
            }
            Kind::Never { result, while_any } => {
                let under = while_any.is_empty() || any_flag;
                let forbidden = match result {
                    Forbidden::Outcome(_) => seen.atom(first),
                    Forbidden::Concluded(o) => seen.concluded() == *o,
                    Forbidden::Urgency(u) => {
                        let above = first + 1..first + 1 + more_urgent(*u).count();
                        seen.atom(first) && !above.into_iter().any(|i| seen.atom(i))
                    }
                };
                !(under && forbidden)
            }
            Kind::Asks { question, unless } => {
                unless.iter().any(triggered) || seen.asked(*question)
            }
        }
    }
}

/// The urgencies above `u`.
fn more_urgent(u: Urgency) -> impl Iterator<Item = Urgency> {
    Urgency::ALL.into_iter().filter(move |v| *v > u)
}

/// A complete walk as a property sees it: the walk's steps and its result.
pub struct WalkObservation<'a> {
    atoms: Vec<bool>,
    walk: &'a crate::engine::session::Walk,
    concluded: NodeId,
}

impl<'a> WalkObservation<'a> {
    /// What `property` sees of `walk`, a complete walk (ended at an outcome) of `guide`.
    /// `None` if the walk has not ended.
    pub fn new(
        guide: &Guide,
        property: &Property,
        walk: &'a crate::engine::session::Walk,
    ) -> Option<Self> {
        let crate::engine::session::Position::Outcome(concluded) = walk.position else {
            return None;
        };
        let result = Pathways::of(guide, walk)?;
        Some(Self {
            atoms: property.atoms().iter().map(|a| a.holds(&result)).collect(),
            walk,
            concluded,
        })
    }
}

impl Observation for WalkObservation<'_> {
    fn atom(&self, index: usize) -> bool {
        self.atoms[index]
    }
    fn chose(&self, question: NodeId, option: usize) -> bool {
        self.walk
            .steps
            .iter()
            .any(|s| s.node == question && s.chosen.contains(option))
    }
    fn asked(&self, question: NodeId) -> bool {
        self.walk
            .steps
            .iter()
            .any(|s| s.node == question && !s.chosen.is_empty())
    }
    fn concluded(&self) -> NodeId {
        self.concluded
    }
}
