//! The guide file exactly as written (format version 1): plain serde structs that reject
//! unknown keys and wrong types. Nothing here is checked beyond its shape; `resolve` turns it
//! into the checked [`Guide`](super::Guide).
//!
//! No `#[serde(flatten)]` and no untagged or internally tagged enums: both make serde_yaml
//! lose the line and column of its errors. Node kinds are therefore separate lists.

use serde::Deserialize;

/// `guide/guide.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGuide {
    /// Must be 1.
    pub format: u32,
    /// Stable identifier of the guide, kept in records and notes.
    pub id: String,
    /// The guide's own version, kept in records and notes.
    pub version: String,
    /// Message id of the guide's title.
    pub title: String,
    /// Language codes the guide is translated into; the first is the default.
    pub languages: Vec<String>,
    /// Id of the first node.
    pub start: String,
    /// Parts of the interview, in order, for the progress header.
    #[serde(default)]
    pub sections: Vec<RawSection>,
    /// Flags that answers may raise.
    #[serde(default)]
    pub flags: Vec<RawFlag>,
    /// Services that outcomes and flags refer to.
    #[serde(default)]
    pub services: Vec<RawService>,
    /// Question nodes.
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
    /// Checklist nodes: questions answered with every option that applies.
    #[serde(default)]
    pub checklists: Vec<RawChecklist>,
    /// Info nodes.
    #[serde(default)]
    pub infos: Vec<RawInfo>,
    /// Route nodes.
    #[serde(default)]
    pub routes: Vec<RawRoute>,
    /// Outcome nodes.
    #[serde(default)]
    pub outcomes: Vec<RawOutcome>,
}

/// A part of the interview.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    /// Section id, referred to by nodes.
    pub id: String,
    /// Message id of its title.
    pub title: String,
}

/// Something an answer can signal, which follows the child to the outcome.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlag {
    /// Flag id.
    pub id: String,
    /// Message id of its short name.
    pub label: String,
    /// Message id of what to do about it now, if anything.
    #[serde(default)]
    pub action: Option<String>,
    /// The least urgency of any pathway this flag is raised on.
    #[serde(default)]
    pub urgency: Option<String>,
    /// Services added to the pathway's secondary referrals.
    #[serde(default)]
    pub referrals: Vec<String>,
    /// Message id of something that must not happen while this flag is up (do not release …).
    #[serde(default)]
    pub hard_stop: Option<String>,
}

/// A kind of service a child can be referred to (child protection, health…). Who provides it
/// where is in the directory.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawService {
    /// Service id.
    pub id: String,
    /// Message id of its name.
    pub name: String,
    /// Message id of what it does, if given.
    #[serde(default)]
    pub description: Option<String>,
}

/// A question with options.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    /// Node id.
    pub id: String,
    /// Section id, if the guide has sections.
    #[serde(default)]
    pub section: Option<String>,
    /// Message id of the question.
    pub text: String,
    /// Message id of guidance for the practitioner.
    #[serde(default)]
    pub guidance: Option<String>,
    /// The answers.
    pub options: Vec<RawOption>,
}

/// One answer to a question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    /// Option id, unique within its question; case files and records name it.
    pub id: String,
    /// Message id of the option's text.
    pub label: String,
    /// The node this answer leads to.
    pub next: String,
    /// Flags this answer raises.
    #[serde(default)]
    pub flags: Vec<String>,
    /// An outcome to act on at once, before the walk goes on to `next`.
    #[serde(default)]
    pub interrupt: Option<String>,
}

/// A question answered by marking every option that applies (at least one); the walk then goes
/// on to one `next`, and routes on the flags raised branch further.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecklist {
    /// Node id.
    pub id: String,
    /// Section id, if the guide has sections.
    #[serde(default)]
    pub section: Option<String>,
    /// Message id of the question.
    pub text: String,
    /// Message id of guidance for the practitioner.
    #[serde(default)]
    pub guidance: Option<String>,
    /// The options that may be marked.
    pub options: Vec<RawMark>,
    /// The node that follows, whatever is marked.
    pub next: String,
}

/// One option of a checklist.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMark {
    /// Option id, unique within its checklist.
    pub id: String,
    /// Message id of the option's text.
    pub label: String,
    /// Flags marking it raises.
    #[serde(default)]
    pub flags: Vec<String>,
    /// An outcome to act on at once, before the walk goes on.
    #[serde(default)]
    pub interrupt: Option<String>,
    /// Marked alone: marking it clears the others ("none of these").
    #[serde(default)]
    pub exclusive: bool,
}

/// Something to say or do now, before going on.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInfo {
    /// Node id.
    pub id: String,
    /// Section id, if the guide has sections.
    #[serde(default)]
    pub section: Option<String>,
    /// Message id of the text.
    pub text: String,
    /// Message id of guidance for the practitioner.
    #[serde(default)]
    pub guidance: Option<String>,
    /// The node that follows.
    pub next: String,
}

/// A branch taken without asking: the first `when` whose flag has been raised, else `otherwise`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRoute {
    /// Node id.
    pub id: String,
    /// Section id, if the guide has sections.
    #[serde(default)]
    pub section: Option<String>,
    /// Branches, tried in order.
    pub when: Vec<RawWhen>,
    /// Where to go when no branch matches.
    pub otherwise: String,
}

/// One branch of a route.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWhen {
    /// The flag that selects this branch.
    pub flag: String,
    /// Where the branch leads.
    pub next: String,
}

/// A referral pathway: where a walk ends.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutcome {
    /// Node id.
    pub id: String,
    /// Message id of the pathway's name.
    pub title: String,
    /// `immediate`, `within_24h`, `within_week` or `routine`.
    pub urgency: String,
    /// IASC intervention pyramid layer, 1 to 4.
    #[serde(default)]
    pub iasc_layer: Option<u8>,
    /// Services to refer to first.
    #[serde(default)]
    pub primary: Vec<String>,
    /// Services to refer to as well.
    #[serde(default)]
    pub secondary: Vec<String>,
    /// Message ids of what the practitioner does now, in order.
    #[serde(default)]
    pub actions: Vec<String>,
    /// Message id of what to tell the child.
    #[serde(default)]
    pub say_to_child: Option<String>,
    /// Message ids of things that must not happen (do not release the child to …).
    #[serde(default)]
    pub hard_stops: Vec<String>,
}
