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

    /// The nodes `node` leads to: one per option of a question, the `next` of an info, none
    /// for an outcome.
    pub fn successors(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let (options, branches, single): (&[Choice], &[(FlagId, NodeId)], Option<NodeId>) =
            match &self.node(node).kind {
                NodeKind::Question(q) => (&q.options, &[], None),
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

/// A question node.
#[derive(Debug, Clone)]
pub struct Question {
    /// Message id of the question.
    pub text: MessageId,
    /// Message id of the practitioner's guidance.
    pub guidance: Option<MessageId>,
    /// The answers, in order.
    pub options: Vec<Choice>,
}

impl Question {
    /// The index of the option whose YAML id is `id`.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }
}

/// One answer to a question.
#[derive(Debug, Clone)]
pub struct Choice {
    /// YAML id, unique within the question.
    pub id: String,
    /// Message id of its text.
    pub label: MessageId,
    /// Where it leads.
    pub next: NodeId,
    /// Flags it raises.
    pub flags: Vec<FlagId>,
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
