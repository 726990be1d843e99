//! The checked guide: the decision tree with every reference resolved to an index.
//!
//! Built from [`raw`] by [`resolve`]; once a [`Guide`] exists, every `next` points at a node,
//! every flag and service exists, ids are unique and the tree has no cycle, so the engine can
//! walk it without checking anything.

pub(crate) mod findings;
pub mod limits;
pub mod raw;
pub mod resolve;

use std::collections::HashMap;
use std::fmt;

use super::yaml::YamlPath;

/// The version of the format this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A Fluent message id (`q-danger-now`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId(pub String);

impl MessageId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Index of a node in [`Guide::nodes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// Index of a flag in [`Guide::flags`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FlagId(pub u32);

/// Index of a service in [`Guide::services`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceId(pub u32);

/// Index of a section in [`Guide::sections`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SectionId(pub u32);

/// How soon a referral must happen, least urgent first so that `max` picks the most urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// As part of ordinary follow-up.
    Routine,
    /// Within a week.
    WithinWeek,
    /// Within 24 hours.
    Within24h,
    /// Now: do not leave the child alone.
    Immediate,
}

impl Urgency {
    /// Every urgency, most urgent first.
    pub const ALL: [Urgency; 4] = [
        Urgency::Immediate,
        Urgency::Within24h,
        Urgency::WithinWeek,
        Urgency::Routine,
    ];

    /// The word used in guide files.
    pub fn keyword(self) -> &'static str {
        match self {
            Urgency::Immediate => "immediate",
            Urgency::Within24h => "within_24h",
            Urgency::WithinWeek => "within_week",
            Urgency::Routine => "routine",
        }
    }

    /// Parses the word used in guide files.
    pub fn from_keyword(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|u| u.keyword() == word)
    }
}

impl fmt::Display for Urgency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.keyword())
    }
}

/// A checked tree: every reference is an index, every id is unique and no `next` loops back.
/// Built by [`resolve::resolve`].
#[derive(Debug, Clone)]
pub struct Guide {
    /// Stable id of the guide.
    pub id: String,
    /// The guide's own version.
    pub version: String,
    /// Message id of the title.
    pub title: MessageId,
    /// Language codes, the default first.
    pub languages: Vec<String>,
    /// The first node.
    pub start: NodeId,
    /// Parts of the interview, in order.
    pub sections: Vec<Section>,
    /// Flags answers may raise.
    pub flags: Vec<Flag>,
    /// Services to refer to.
    pub services: Vec<Service>,
    /// Every node; [`NodeId`] indexes this.
    pub nodes: Vec<Node>,
    /// Every message id the guide uses, with where it is used.
    pub message_refs: Vec<(MessageId, YamlPath)>,
    by_id: HashMap<String, NodeId>,
}

impl Guide {
    /// The node with index `id`.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0 as usize]
    }

    /// The node whose YAML id is `id`.
    pub fn find(&self, id: &str) -> Option<NodeId> {
        self.by_id.get(id).copied()
    }

    /// The flag with index `id`.
    pub fn flag(&self, id: FlagId) -> &Flag {
        &self.flags[id.0 as usize]
    }

    /// The service with index `id`.
    pub fn service(&self, id: ServiceId) -> &Service {
        &self.services[id.0 as usize]
    }

    /// The section with index `id`.
    pub fn section(&self, id: SectionId) -> &Section {
        &self.sections[id.0 as usize]
    }

    /// The nodes `node` leads to: one per option of a question, the `next` of a checklist or an
    /// info, one per branch of a route, none for an outcome.
    pub fn successors(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let (options, branches, single): (&[Choice], &[(FlagId, NodeId)], Option<NodeId>) =
            match &self.node(node).kind {
                NodeKind::Question(q) => match q.select {
                    Select::One => (&q.options, &[], None),
                    Select::Many { next } => (&[], &[], Some(next)),
                },
                NodeKind::Info(info) => (&[], &[], Some(info.next)),
                NodeKind::Route(route) => (&[], &route.when, Some(route.otherwise)),
                NodeKind::Outcome(_) => (&[], &[], None),
            };
        options
            .iter()
            .map(|o| o.next)
            .chain(branches.iter().map(|(_, next)| *next))
            .chain(single)
    }

    /// The outcomes the options of `node` interrupt with, in option order (with repeats).
    pub fn interrupts(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let options: &[Choice] = match &self.node(node).kind {
            NodeKind::Question(q) => &q.options,
            _ => &[],
        };
        options.iter().filter_map(|o| o.interrupt)
    }

    /// Every node id, in file order.
    pub fn node_ids(&self) -> impl Iterator<Item = NodeId> + '_ {
        (0..self.nodes.len() as u32).map(NodeId)
    }
}

/// A part of the interview.
#[derive(Debug, Clone)]
pub struct Section {
    /// Its id in guide.yaml, which nodes' `section:` names.
    pub id: String,
    /// Message id of the title.
    pub title: MessageId,
}

/// Something an answer signals, carried to the outcome.
#[derive(Debug, Clone)]
pub struct Flag {
    /// Its id in guide.yaml, which options' `flags:`, routes and case files name.
    pub id: String,
    /// Message id of its short name.
    pub label: MessageId,
    /// Message id of what to do now.
    pub action: Option<MessageId>,
    /// The least urgency of a pathway that carries it.
    pub urgency: Option<Urgency>,
    /// Services added as secondary referrals.
    pub referrals: Vec<ServiceId>,
    /// Message id of what must not happen while it is up.
    pub hard_stop: Option<MessageId>,
}

impl Flag {
    /// Whether this is a red flag: one whose urgency is `within_24h` or `immediate`, so that a
    /// pathway carrying it must act within a day or sooner. Red flags are the ones the banner
    /// shows above every question, the referral note marks as urgent, and rehearsal feedback
    /// names when a trainee's walk did not raise them.
    pub fn is_red_flag(&self) -> bool {
        self.urgency >= Some(Urgency::Within24h)
    }
}

/// A service a child can be referred to.
#[derive(Debug, Clone)]
pub struct Service {
    /// Its id in guide.yaml, which outcomes, flags and the directory name.
    pub id: String,
    /// Message id of its name.
    pub name: MessageId,
    /// Message id of what it does.
    pub description: Option<MessageId>,
}

/// One node of the tree.
#[derive(Debug, Clone)]
pub struct Node {
    /// Its id in guide.yaml: what `next` names, and what records and case files keep.
    pub id: String,
    /// The section it belongs to.
    pub section: Option<SectionId>,
    /// Where the node is defined (`questions[3]`).
    pub path: YamlPath,
    /// What the node does, with what only that kind has.
    pub kind: NodeKind,
}

/// What a node does: ask, tell, route or conclude; each read from its own list of the YAML.
#[derive(Debug, Clone)]
pub enum NodeKind {
    /// Asks something and branches on the answer.
    Question(Question),
    /// Says something, then goes on.
    Info(Info),
    /// Goes on by the flags raised so far, without asking.
    Route(Route),
    /// Ends the walk with a referral pathway.
    Outcome(Outcome),
}

/// A question node: one answer, or a checklist of every option that applies.
#[derive(Debug, Clone)]
pub struct Question {
    /// Message id of the question.
    pub text: MessageId,
    /// Message id of the practitioner's guidance.
    pub guidance: Option<MessageId>,
    /// The answers, in order.
    pub options: Vec<Choice>,
    /// How many options an answer takes.
    pub select: Select,
}

/// How many options answer a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Select {
    /// Exactly one, and the option says where the walk goes.
    One,
    /// Every option that applies, at least one ("mark all that apply", read from `checklists:`);
    /// the walk goes on to `next` whatever is marked, so every option's `next` is this one.
    Many {
        /// Where the walk goes once the checklist is answered.
        next: NodeId,
    },
}

/// Why a set of options cannot answer a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Nothing chosen.
    Empty,
    /// More than one option for a question that takes one.
    OneOnly,
    /// An option index past the last option.
    NoSuchOption(usize),
    /// An option that excludes the others ("none of these") marked with others.
    Exclusive(usize),
}

impl Question {
    /// The index of the option whose YAML id is `id`.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }

    /// Whether several options may be marked.
    pub fn is_checklist(&self) -> bool {
        matches!(self.select, Select::Many { .. })
    }

    /// Whether `chosen` answers this question: one option, or for a checklist at least one,
    /// with an exclusive option ("none of these") alone.
    pub fn accepts(&self, chosen: OptionSet) -> Result<(), Refusal> {
        if let Some(past) = chosen.iter().find(|i| *i >= self.options.len()) {
            return Err(Refusal::NoSuchOption(past));
        }
        match (self.select, chosen.len()) {
            (_, 0) => Err(Refusal::Empty),
            (Select::One, 1) | (Select::Many { .. }, 1) => Ok(()),
            (Select::One, _) => Err(Refusal::OneOnly),
            (Select::Many { .. }, _) => match chosen.iter().find(|i| self.options[*i].exclusive) {
                Some(exclusive) => Err(Refusal::Exclusive(exclusive)),
                None => Ok(()),
            },
        }
    }

    /// Where the walk goes once `chosen` (accepted) answers the question.
    pub fn next_after(&self, chosen: OptionSet) -> NodeId {
        match self.select {
            Select::Many { next } => next,
            Select::One => self.options[chosen.first().unwrap_or(0)].next,
        }
    }

    /// The options in `chosen`, in option order.
    pub fn chosen(&self, chosen: OptionSet) -> impl Iterator<Item = &Choice> + '_ {
        chosen.iter().filter_map(|i| self.options.get(i))
    }

    /// `chosen` with option `index` marked or unmarked, as a practitioner toggles it on a
    /// checklist: marking an exclusive option clears the others, and marking another option
    /// clears an exclusive one.
    pub fn toggle(&self, chosen: OptionSet, index: usize) -> OptionSet {
        if chosen.contains(index) {
            return chosen.without(index);
        }
        let exclusive = |i: usize| self.options.get(i).is_some_and(|o| o.exclusive);
        if exclusive(index) {
            OptionSet::one(index)
        } else {
            chosen
                .iter()
                .filter(|i| !exclusive(*i))
                .chain([index])
                .collect()
        }
    }
}

/// A set of one question's options, by index: the answer to a question (one option) or to a
/// checklist (every option marked). Small and `Copy`; a question has at most
/// [`limits::MAX_OPTIONS`] options, which fits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct OptionSet(u128);

impl OptionSet {
    /// No option.
    pub const EMPTY: OptionSet = OptionSet(0);

    /// Just option `index`.
    pub fn one(index: usize) -> Self {
        Self::EMPTY.with(index)
    }

    /// This set and option `index`.
    #[must_use]
    pub fn with(self, index: usize) -> Self {
        debug_assert!(index < 128, "a question has at most 100 options");
        Self(self.0 | 1u128.checked_shl(index as u32).unwrap_or(0))
    }

    /// This set without option `index`.
    #[must_use]
    pub fn without(self, index: usize) -> Self {
        Self(self.0 & !1u128.checked_shl(index as u32).unwrap_or(0))
    }

    /// Whether option `index` is in the set.
    pub fn contains(self, index: usize) -> bool {
        index < 128 && self.0 & (1 << index) != 0
    }

    /// How many options.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether no option is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The lowest option index.
    pub fn first(self) -> Option<usize> {
        (!self.is_empty()).then(|| self.0.trailing_zeros() as usize)
    }

    /// The option indices, lowest first.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        let mut rest = self.0;
        std::iter::from_fn(move || {
            let i = rest.trailing_zeros();
            (rest != 0).then(|| {
                rest &= rest - 1;
                i as usize
            })
        })
    }
}

impl FromIterator<usize> for OptionSet {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        iter.into_iter().fold(Self::EMPTY, Self::with)
    }
}

/// One answer to a question.
#[derive(Debug, Clone)]
pub struct Choice {
    /// YAML id, unique within the question.
    pub id: String,
    /// Message id of its text.
    pub label: MessageId,
    /// Where it leads (in a checklist, the checklist's `next`).
    pub next: NodeId,
    /// Flags it raises.
    pub flags: Vec<FlagId>,
    /// In a checklist, whether it is marked alone ("none of these").
    pub exclusive: bool,
    /// An outcome that interrupts the screening when this answer is given: it is shown at once,
    /// acknowledged, and joins the result, and the walk then goes on to `next`.
    pub interrupt: Option<NodeId>,
}

/// An info node.
#[derive(Debug, Clone)]
pub struct Info {
    /// Message id of the text.
    pub text: MessageId,
    /// Message id of the practitioner's guidance.
    pub guidance: Option<MessageId>,
    /// The node shown once the info is acknowledged.
    pub next: NodeId,
}

/// A route node: picks the next node by the flags raised so far.
#[derive(Debug, Clone)]
pub struct Route {
    /// (flag, next) pairs, tried in order.
    pub when: Vec<(FlagId, NodeId)>,
    /// The next node when no flag matches.
    pub otherwise: NodeId,
}

impl Route {
    /// The branch taken given `raised` flags: the index of the first matching `when`, or
    /// `when.len()` for `otherwise`; and the node it leads to.
    pub fn choose(&self, raised: &[FlagId]) -> (usize, NodeId) {
        self.when
            .iter()
            .position(|(flag, _)| raised.contains(flag))
            .map_or((self.when.len(), self.otherwise), |i| (i, self.when[i].1))
    }
}

/// An outcome node: a referral pathway.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Message id of the pathway's name.
    pub title: MessageId,
    /// How soon the child must be referred, before raised flags make it sooner.
    pub urgency: Urgency,
    /// IASC layer, 1 to 4.
    pub iasc_layer: Option<u8>,
    /// Services to refer to first.
    pub primary: Vec<ServiceId>,
    /// Services to refer to as well.
    pub secondary: Vec<ServiceId>,
    /// Message ids of what to do now.
    pub actions: Vec<MessageId>,
    /// Message id of what to tell the child.
    pub say_to_child: Option<MessageId>,
    /// Message ids of what must not happen.
    pub hard_stops: Vec<MessageId>,
}
