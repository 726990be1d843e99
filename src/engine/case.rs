//! Case files (`guide/cases/*.yaml`): an invented vignette, the answers a practitioner would
//! give, and the pathway the guide is expected to reach. They drive `ruta test`, coverage and
//! rehearsal. The format is in `docs/guide-format.md`.

use std::collections::HashSet;
use std::fmt;

use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::diagnostic::{Code, Diagnostic};
use super::guide::{FlagId, Guide, MessageId, NodeId, NodeKind, OptionSet, Refusal, Urgency};
use super::i18n::Catalog;
use super::session::{Answer, Pathways, Position, Session, Walk};
use super::source::{SourceFile, SourceSet};
use super::yaml::{self, Locator, YamlPath};

/// The folder of case files inside a guide.
pub const CASES_DIR: &str = "guide/cases/";

/// A case file as written: read into this shape by [`load_cases`], and written from it by
/// [`super::rehearsal::case_from_walk`], so that both follow one definition of the format.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCase {
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) vignette: String,
    pub(crate) answers: OrderedMap,
    pub(crate) expect: RawExpect,
}

/// The `expect:` part of a case file.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExpect {
    pub(crate) outcome: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) interruptions: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) urgency: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) flags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) safety: Vec<String>,
}

/// A mapping from question id to answer that keeps its order and refuses repeated keys
/// (serde's maps would silently keep the last of two equal keys).
#[derive(Debug, Default)]
pub(crate) struct OrderedMap(pub(crate) Vec<(String, RawAnswer)>);

/// An answer as written: one option id, or a list of the options marked on a checklist.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub(crate) enum RawAnswer {
    One(String),
    Many(Vec<String>),
}

impl RawAnswer {
    fn ids(&self) -> &[String] {
        match self {
            RawAnswer::One(id) => std::slice::from_ref(id),
            RawAnswer::Many(ids) => ids,
        }
    }
}

impl<'de> Deserialize<'de> for RawAnswer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawAnswerVisitor;
        impl<'de> Visitor<'de> for RawAnswerVisitor {
            type Value = RawAnswer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an option id, or a list of option ids for a checklist")
            }
            fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<RawAnswer, E> {
                Ok(RawAnswer::One(id.to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawAnswer, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element::<String>()? {
                    ids.push(id);
                }
                Ok(RawAnswer::Many(ids))
            }
        }
        deserializer.deserialize_any(RawAnswerVisitor)
    }
}

impl Serialize for OrderedMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for OrderedMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OrderedMapVisitor;
        impl<'de> Visitor<'de> for OrderedMapVisitor {
            type Value = OrderedMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping from question id to option id")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedMap, A::Error> {
                let mut entries: Vec<(String, RawAnswer)> = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, RawAnswer>()? {
                    if entries.iter().any(|(k, _)| *k == key) {
                        return Err(serde::de::Error::custom(format!(
                            "duplicate answer for `{key}`"
                        )));
                    }
                    entries.push((key, value));
                }
                Ok(OrderedMap(entries))
            }
        }
        deserializer.deserialize_map(OrderedMapVisitor)
    }
}

impl RawCase {
    /// The case file of `walk`, which has reached its outcome: its answers as given, the
    /// outcome and the interruptions reached, and messages `<stem>-title`, `-summary` and
    /// `-vignette`. `None` before the outcome. Callers add what else they expect.
    pub(crate) fn from_walk(guide: &Guide, stem: &str, walk: &Walk) -> Option<Self> {
        let Position::Outcome(concluded) = walk.position else {
            return None;
        };
        let answers = walk
            .steps
            .iter()
            .filter_map(|step| {
                let NodeKind::Question(q) = &guide.node(step.node).kind else {
                    return None;
                };
                let mut ids = q.chosen(step.chosen).map(|o| o.id.clone());
                let answer = match q.is_checklist() {
                    true => RawAnswer::Many(ids.collect()),
                    false => RawAnswer::One(ids.next()?),
                };
                Some((guide.node(step.node).id.clone(), answer))
            })
            .collect();
        Some(Self {
            title: format!("{stem}-title"),
            summary: format!("{stem}-summary"),
            vignette: format!("{stem}-vignette"),
            answers: OrderedMap(answers),
            expect: RawExpect {
                outcome: guide.node(concluded).id.clone(),
                interruptions: walk
                    .interruptions
                    .iter()
                    .map(|n| guide.node(*n).id.clone())
                    .collect(),
                ..RawExpect::default()
            },
        })
    }
}

/// A checked case.
#[derive(Debug, Clone)]
pub struct Case {
    /// The file name without `.yaml`: the case's id.
    pub id: String,
    /// The file, as shown in messages.
    pub file: String,
    /// Message id of the title.
    pub title: MessageId,
    /// Message id of the one-line summary.
    pub summary: MessageId,
    /// Message id of the vignette.
    pub vignette: MessageId,
    /// The answers, as a [`Session`] holds them (question id, option id), in file order.
    pub answers: Vec<Answer>,
    /// The outcome the screening must end at.
    pub outcome: NodeId,
    /// The immediate pathways that must interrupt the screening on the way, in any order.
    pub interruptions: Vec<NodeId>,
    /// The urgency the pathway must have, if stated.
    pub urgency: Option<Urgency>,
    /// Flags the walk must raise, if stated.
    pub flags: Vec<FlagId>,
    /// Safety properties (of `guide/safety.yaml`) the walk must keep; checked by `ruta test`.
    pub safety: Vec<String>,
}

/// Loads every `guide/cases/*.yaml` of `sources` and checks it against `guide` and `texts`.
pub fn load_cases(
    sources: &SourceSet,
    guide: &Guide,
    texts: &Catalog,
) -> (Vec<Case>, Vec<Diagnostic>) {
    let mut cases = Vec::new();
    let mut diagnostics = Vec::new();
    for file in sources
        .files()
        .iter()
        .filter(|f| f.relative.starts_with(CASES_DIR) && f.relative.ends_with(".yaml"))
    {
        match load_case(file, guide, texts) {
            Ok(case) => cases.push(case),
            Err(mut errors) => diagnostics.append(&mut errors),
        }
    }
    (cases, diagnostics)
}

fn load_case(file: &SourceFile, guide: &Guide, texts: &Catalog) -> Result<Case, Vec<Diagnostic>> {
    let raw: RawCase = yaml::parse(file)?;
    let locator = Locator::new(file);
    let root = YamlPath::root();
    let mut errors = Vec::new();
    let mut error = |d: Diagnostic, path: YamlPath| errors.push(d.at(locator.locate(&path)));

    for (key, id) in [
        ("title", &raw.title),
        ("summary", &raw.summary),
        ("vignette", &raw.vignette),
    ] {
        for lang in &guide.languages {
            if !texts.has(lang, id) {
                error(
                    Diagnostic::error(
                        Code::MissingMessage,
                        format!("message `{id}` has no `{lang}` text"),
                    )
                    .with_help(format!("add `{id} = …` to a file in locales/{lang}/")),
                    root.key(key),
                );
            }
        }
    }

    let mut answers = Vec::new();
    for (question, answer) in &raw.answers.0 {
        let path = root.key("answers").key(question.clone());
        let Some(node) = guide.find(question) else {
            error(
                Diagnostic::error(
                    Code::CaseUnknownNode,
                    format!("`{question}` is not a node of the guide"),
                )
                .with_help(suggestion(
                    question,
                    guide.nodes.iter().map(|n| n.id.as_str()),
                )),
                root.key("answers").key_name(question.clone()),
            );
            continue;
        };
        let NodeKind::Question(q) = &guide.node(node).kind else {
            error(
                Diagnostic::error(
                    Code::CaseUnknownNode,
                    format!("`{question}` is not a question; only questions take answers"),
                ),
                root.key("answers").key_name(question.clone()),
            );
            continue;
        };
        let mut chosen = OptionSet::EMPTY;
        let mut known = true;
        for (j, option) in answer.ids().iter().enumerate() {
            let at = match answer {
                RawAnswer::One(_) => path.clone(),
                RawAnswer::Many(_) => path.index(j),
            };
            match q.option_index(option) {
                Some(i) if chosen.contains(i) => error(
                    Diagnostic::error(
                        Code::CaseBadAnswer,
                        format!("option `{option}` is marked twice"),
                    )
                    .with_help("list each marked option once"),
                    at,
                ),
                Some(i) => chosen = chosen.with(i),
                None => {
                    known = false;
                    error(
                        Diagnostic::error(
                            Code::CaseUnknownOption,
                            format!("question `{question}` has no option `{option}`"),
                        )
                        .with_help(suggestion(option, q.options.iter().map(|o| o.id.as_str()))),
                        at,
                    );
                }
            }
        }
        if !known {
            continue;
        }
        let refusal = match (answer, q.accepts(chosen)) {
            (RawAnswer::Many(_), _) if !q.is_checklist() => Some((
                format!("question `{question}` takes one option, not a list"),
                "write the one option chosen, without brackets".to_owned(),
            )),
            (_, Ok(())) => None,
            (_, Err(Refusal::Exclusive(i))) => Some((
                format!(
                    "option `{}` of checklist `{question}` is marked alone, not with others",
                    q.options[i].id
                ),
                "keep either it or the other options".to_owned(),
            )),
            (_, Err(_)) => Some((
                format!("checklist `{question}` has no option marked"),
                "list at least one option, or the checklist's \"none of these\" option".to_owned(),
            )),
        };
        if let Some((message, help)) = refusal {
            error(
                Diagnostic::error(Code::CaseBadAnswer, message).with_help(help),
                path,
            );
            continue;
        }
        answers.push(Answer::new(guide, node, chosen));
    }

    let expect = root.key("expect");
    let outcome = guide
        .find(&raw.expect.outcome)
        .filter(|n| matches!(guide.node(*n).kind, NodeKind::Outcome(_)));
    if outcome.is_none() {
        error(
            Diagnostic::error(
                Code::CaseUnknownOutcome,
                format!("`{}` is not an outcome of the guide", raw.expect.outcome),
            )
            .with_help(suggestion(&raw.expect.outcome, outcome_ids(guide))),
            expect.key("outcome"),
        );
    }
    let mut interruptions = Vec::new();
    for (i, id) in raw.expect.interruptions.iter().enumerate() {
        match guide
            .find(id)
            .filter(|n| matches!(guide.node(*n).kind, NodeKind::Outcome(_)))
        {
            Some(node) => interruptions.push(node),
            None => error(
                Diagnostic::error(
                    Code::CaseUnknownOutcome,
                    format!("`{id}` is not an outcome of the guide"),
                )
                .with_help(suggestion(id, outcome_ids(guide))),
                expect.key("interruptions").index(i),
            ),
        }
    }
    let urgency = raw.expect.urgency.as_deref().and_then(|word| {
        let urgency = Urgency::from_keyword(word);
        if urgency.is_none() {
            error(
                Diagnostic::error(Code::UnknownUrgency, format!("`{word}` is not an urgency"))
                    .with_help("use one of: immediate, within_24h, within_week, routine"),
                expect.key("urgency"),
            );
        }
        urgency
    });
    let mut flags = Vec::new();
    for (i, flag) in raw.expect.flags.iter().enumerate() {
        match guide.flags.iter().position(|f| f.id == *flag) {
            Some(index) => flags.push(FlagId(index as u32)),
            None => error(
                Diagnostic::error(
                    Code::CaseUnknownFlag,
                    format!("`{flag}` is not a flag of the guide"),
                )
                .with_help(suggestion(flag, guide.flags.iter().map(|f| f.id.as_str()))),
                expect.key("flags").index(i),
            ),
        }
    }

    match (errors.is_empty(), outcome) {
        (true, Some(outcome)) => Ok(Case {
            id: file
                .relative
                .trim_start_matches(CASES_DIR)
                .trim_end_matches(".yaml")
                .to_owned(),
            file: file.display.clone(),
            title: MessageId(raw.title),
            summary: MessageId(raw.summary),
            vignette: MessageId(raw.vignette),
            answers,
            outcome,
            interruptions,
            urgency,
            flags,
            safety: raw.expect.safety,
        }),
        _ => Err(errors),
    }
}

fn outcome_ids(guide: &Guide) -> impl Iterator<Item = &str> {
    guide
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Outcome(_)))
        .map(|n| n.id.as_str())
}

fn suggestion<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match super::diagnostic::suggest(wrong, candidates) {
        Some(near) => format!("did you mean `{near}`?"),
        None => "check the id against guide/guide.yaml".to_owned(),
    }
}

/// What running a case found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRun {
    /// The walk the case's answers make.
    pub walk: Walk,
    /// Why the case failed, if it did.
    pub failure: Option<CaseFailure>,
}

/// Why a case failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseFailure {
    /// The walk stopped at a question the case does not answer.
    Unanswered {
        /// The question.
        question: NodeId,
    },
    /// The walk reached another outcome.
    WrongOutcome {
        /// Where it ended.
        reached: NodeId,
        /// The first step after which the expected outcome could no longer be reached.
        divergence: Option<Divergence>,
    },
    /// The right outcome, but not the expected interruptions on the way.
    WrongInterruptions {
        /// The immediate pathways that interrupted the walk, in the order reached.
        reached: Vec<NodeId>,
    },
    /// The right outcome, with another urgency.
    WrongUrgency {
        /// The pathway's urgency.
        reached: Urgency,
    },
    /// The right outcome, without some expected flags.
    MissingFlags(Vec<FlagId>),
}

/// The step where a walk left every path to the expected outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Divergence {
    /// Index of the step in the walk.
    pub step: usize,
    /// The question answered there.
    pub question: NodeId,
    /// The option chosen, or the options marked on a checklist.
    pub chosen: OptionSet,
    /// The options of that question that can still reach the expected outcome.
    pub leading_there: Vec<usize>,
}

impl Case {
    /// The session this case's answers make, with every info read and every interruption
    /// acted on as the walk meets them.
    pub fn session(&self, guide: &Guide) -> Session {
        let mut session = Session {
            answers: self.answers.clone(),
        };
        // Bounded by the number of nodes: each round acknowledges a node the walk stands at.
        for _ in 0..guide.nodes.len() {
            let (Position::Info(_) | Position::Interruption(_)) = session.walk(guide).position
            else {
                break;
            };
            session.acknowledge(guide);
        }
        session
    }

    /// Walks the case through `guide` and compares the result with what it expects.
    pub fn run(&self, guide: &Guide) -> CaseRun {
        let walk = self.session(guide).walk(guide);
        let failure = match walk.position {
            Position::Question(question) => Some(CaseFailure::Unanswered { question }),
            Position::Info(_) | Position::Interruption(_) => None,
            Position::Outcome(reached) if reached != self.outcome => {
                Some(CaseFailure::WrongOutcome {
                    reached,
                    divergence: divergence(guide, &walk, self.outcome),
                })
            }
            Position::Outcome(_) => {
                let same_interruptions = walk.interruptions.len() == self.interruptions.len()
                    && self
                        .interruptions
                        .iter()
                        .all(|n| walk.interruptions.contains(n));
                let pathways = Pathways::of(guide, &walk);
                let urgency = pathways.as_ref().map(|p| p.urgency);
                let missing: Vec<FlagId> = self
                    .flags
                    .iter()
                    .filter(|f| !walk.flags.contains(f))
                    .copied()
                    .collect();
                match (self.urgency, urgency) {
                    _ if !same_interruptions => Some(CaseFailure::WrongInterruptions {
                        reached: walk.interruptions.clone(),
                    }),
                    (Some(expected), Some(reached)) if expected != reached => {
                        Some(CaseFailure::WrongUrgency { reached })
                    }
                    _ if !missing.is_empty() => Some(CaseFailure::MissingFlags(missing)),
                    _ => None,
                }
            }
        };
        CaseRun { walk, failure }
    }
}

/// The first step of `walk` after which `target` is out of reach.
pub fn divergence(guide: &Guide, walk: &Walk, target: NodeId) -> Option<Divergence> {
    let reaches = reaching(guide, target);
    walk.steps.iter().enumerate().find_map(|(step, s)| {
        let NodeKind::Question(q) = &guide.node(s.node).kind else {
            return None;
        };
        let still = reaches.contains(&q.next_after(s.chosen));
        (reaches.contains(&s.node) && !s.chosen.is_empty() && !still).then(|| Divergence {
            step,
            question: s.node,
            chosen: s.chosen,
            leading_there: (0..q.options.len())
                .filter(|i| reaches.contains(&q.options[*i].next))
                .collect(),
        })
    })
}

/// Every node from which `target` can be reached (including itself): one backward search.
pub fn reaching(guide: &Guide, target: NodeId) -> HashSet<NodeId> {
    let mut predecessors: Vec<Vec<NodeId>> = vec![Vec::new(); guide.nodes.len()];
    for node in guide.node_ids() {
        for next in guide.successors(node) {
            predecessors[next.0 as usize].push(node);
        }
    }
    let mut seen = HashSet::from([target]);
    let mut stack = vec![target];
    while let Some(node) = stack.pop() {
        for &before in &predecessors[node.0 as usize] {
            if seen.insert(before) {
                stack.push(before);
            }
        }
    }
    seen
}
