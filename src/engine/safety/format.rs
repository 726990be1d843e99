//! `guide/safety.yaml` as written, and its checking against the guide: every id it names
//! must exist, and each property has exactly one kind. Findings are placed like the rest of
//! validation (file:line:col through [`Locator`]). The format is in `docs/guide-format.md`.

use serde::Deserialize;

use super::property::{Atom, Forbidden, Kind, Property, Trigger};
use crate::engine::diagnostic::{Code, Diagnostic, suggest};
use crate::engine::guide::{FlagId, Guide, MessageId, NodeId, NodeKind, ServiceId, Urgency};
use crate::engine::source::SourceFile;
use crate::engine::yaml::{self, Locator, YamlPath};

/// The version of the safety file format this build reads.
pub const SAFETY_FORMAT: u32 = 1;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSafety {
    format: u32,
    #[serde(default)]
    properties: Vec<RawProperty>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProperty {
    id: String,
    why: String,
    #[serde(default)]
    raises: Option<RawRaises>,
    #[serde(default)]
    never: Option<RawNever>,
    #[serde(default)]
    asks: Option<RawAsks>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRaises {
    when: RawTrigger,
    then: Vec<RawDemand>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNever {
    #[serde(default)]
    outcome: Option<String>,
    #[serde(default)]
    concluded: Option<String>,
    #[serde(default)]
    urgency: Option<String>,
    #[serde(default)]
    while_any: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAsks {
    question: String,
    #[serde(default)]
    unless: Vec<RawTrigger>,
}

/// `{option: question.option}` or `{flag: id}`: one key.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigger {
    #[serde(default)]
    option: Option<String>,
    #[serde(default)]
    flag: Option<String>,
}

/// One of `urgency`, `referral`, `hard_stop`, `action`, `pathway`: one key.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDemand {
    #[serde(default)]
    urgency: Option<String>,
    #[serde(default)]
    referral: Option<String>,
    #[serde(default)]
    hard_stop: Option<String>,
    #[serde(default)]
    action: Option<String>,
    #[serde(default)]
    pathway: Option<String>,
}

/// Reads `file` and checks it against `guide`: the properties, or every finding.
pub fn load_properties(file: &SourceFile, guide: &Guide) -> Result<Vec<Property>, Vec<Diagnostic>> {
    let raw: RawSafety = yaml::parse(file)?;
    let locator = Locator::new(file);
    let mut checker = Checker {
        guide,
        locator: &locator,
        errors: Vec::new(),
    };
    if raw.format != SAFETY_FORMAT {
        checker.error(
            Diagnostic::error(
                Code::UnsupportedFormat,
                format!("safety file format {} is not supported", raw.format),
            )
            .with_help(format!("this build reads format {SAFETY_FORMAT}")),
            &YamlPath::root().key("format"),
        );
    }
    let mut properties: Vec<Property> = Vec::new();
    for (i, raw) in raw.properties.into_iter().enumerate() {
        let path = YamlPath::root().key("properties").index(i);
        if properties.iter().any(|p| p.id == raw.id) {
            checker.error(
                Diagnostic::error(
                    Code::SafetyDuplicateId,
                    format!("there are two properties `{}`", raw.id),
                )
                .with_help("each property needs its own id"),
                &path.key("id"),
            );
            continue;
        }
        if let Some(property) = checker.property(raw, path) {
            properties.push(property);
        }
    }
    if checker.errors.is_empty() {
        Ok(properties)
    } else {
        Err(checker.errors)
    }
}

struct Checker<'a> {
    guide: &'a Guide,
    locator: &'a Locator<'a>,
    errors: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn error(&mut self, diagnostic: Diagnostic, path: &YamlPath) {
        self.errors.push(diagnostic.at(self.locator.locate(path)));
    }

    fn property(&mut self, raw: RawProperty, path: YamlPath) -> Option<Property> {
        let kinds = [
            raw.raises.is_some(),
            raw.never.is_some(),
            raw.asks.is_some(),
        ];
        if kinds.iter().filter(|k| **k).count() != 1 {
            self.error(
                Diagnostic::error(
                    Code::SafetyKind,
                    format!(
                        "property `{}` needs exactly one of `raises`, `never` and `asks`",
                        raw.id
                    ),
                )
                .with_help("split it into one property per kind"),
                &path.key("id"),
            );
            return None;
        }
        if raw.why.trim().is_empty() {
            self.error(
                Diagnostic::error(
                    Code::SafetyNoWhy,
                    format!("property `{}` does not say why it matters", raw.id),
                )
                .with_help("write one sentence: what goes wrong for the child if it fails"),
                &path.key("why"),
            );
        }
        let kind = if let Some(raises) = raw.raises {
            let at = path.key("raises");
            let when = self.trigger(&raises.when, &at.key("when"));
            let then: Vec<Option<Atom>> = raises
                .then
                .iter()
                .enumerate()
                .map(|(i, d)| self.demand(d, &at.key("then").index(i)))
                .collect();
            if then.is_empty() {
                self.error(
                    Diagnostic::error(Code::SafetyEmpty, "`then` lists nothing to demand")
                        .with_help(
                            "name at least one urgency, referral, hard stop, action or pathway",
                        ),
                    &at.key("then"),
                );
            }
            Kind::Raises {
                when: when?,
                then: then.into_iter().collect::<Option<_>>()?,
            }
        } else if let Some(never) = raw.never {
            let at = path.key("never");
            let while_any: Vec<Option<FlagId>> = never
                .while_any
                .iter()
                .enumerate()
                .map(|(i, f)| self.flag(f, &at.key("while_any").index(i)))
                .collect();
            let given = [&never.outcome, &never.concluded, &never.urgency]
                .iter()
                .filter(|g| g.is_some())
                .count();
            let result = match (never.outcome, never.concluded, never.urgency) {
                _ if given != 1 => {
                    self.error(
                        Diagnostic::error(
                            Code::SafetyKind,
                            "`never` needs exactly one of `outcome`, `concluded` and `urgency`",
                        ),
                        &at,
                    );
                    None
                }
                (Some(o), _, _) => self.outcome(&o, &at.key("outcome")).map(Forbidden::Outcome),
                (_, Some(o), _) => self
                    .outcome(&o, &at.key("concluded"))
                    .map(Forbidden::Concluded),
                (_, _, Some(u)) => self.urgency(&u, &at.key("urgency")).map(Forbidden::Urgency),
                _ => None,
            };
            Kind::Never {
                result: result?,
                while_any: while_any.into_iter().collect::<Option<_>>()?,
            }
        } else {
            let asks = raw.asks?;
            let at = path.key("asks");
            let question = self.question(&asks.question, &at.key("question"));
            let unless: Vec<Option<Trigger>> = asks
                .unless
                .iter()
                .enumerate()
                .map(|(i, t)| self.trigger(t, &at.key("unless").index(i)))
                .collect();
            Kind::Asks {
                question: question?,
                unless: unless.into_iter().collect::<Option<_>>()?,
            }
        };
        Some(Property {
            id: raw.id,
            why: raw.why,
            path,
            kind,
        })
    }

    fn trigger(&mut self, raw: &RawTrigger, at: &YamlPath) -> Option<Trigger> {
        match (&raw.option, &raw.flag) {
            (Some(option), None) => self.option(option, &at.key("option")),
            (None, Some(flag)) => self.flag(flag, &at.key("flag")).map(Trigger::Flag),
            _ => {
                self.error(
                    Diagnostic::error(
                        Code::SafetyKind,
                        "a condition is either `option: question.option` or `flag: id`",
                    ),
                    at,
                );
                None
            }
        }
    }

    fn demand(&mut self, raw: &RawDemand, at: &YamlPath) -> Option<Atom> {
        let given = [
            &raw.urgency,
            &raw.referral,
            &raw.hard_stop,
            &raw.action,
            &raw.pathway,
        ];
        if given.iter().filter(|g| g.is_some()).count() != 1 {
            self.error(
                Diagnostic::error(
                    Code::SafetyKind,
                    "each demand is one of `urgency`, `referral`, `hard_stop`, `action`, `pathway`",
                )
                .with_help("list several demands as several items: any one of them is enough"),
                at,
            );
            return None;
        }
        if let Some(u) = &raw.urgency {
            return self
                .urgency(u, &at.key("urgency"))
                .map(Atom::UrgencyAtLeast);
        }
        if let Some(s) = &raw.referral {
            return self.service(s, &at.key("referral")).map(Atom::Referral);
        }
        if let Some(o) = &raw.pathway {
            return self.outcome(o, &at.key("pathway")).map(Atom::Pathway);
        }
        let (message, key, hard_stop) = match (&raw.hard_stop, &raw.action) {
            (Some(m), _) => (m, "hard_stop", true),
            (_, Some(m)) => (m, "action", false),
            _ => return None,
        };
        let known = self.messages(hard_stop);
        if known.iter().any(|k| k.as_str() == message) {
            let id = MessageId(message.clone());
            Some(if hard_stop {
                Atom::HardStop(id)
            } else {
                Atom::Action(id)
            })
        } else {
            let what = if hard_stop { "hard stop" } else { "action" };
            self.error(
                Diagnostic::error(
                    Code::SafetyUnknownMessage,
                    format!("`{message}` is not a {what} of any outcome or flag"),
                )
                .with_help(did_you_mean(message, known.iter().map(|m| m.as_str()))),
                &at.key(key),
            );
            None
        }
    }

    /// The hard stops (or actions) that outcomes and flags carry.
    fn messages(&self, hard_stops: bool) -> Vec<&MessageId> {
        let g = self.guide;
        let from_flags = g.flags.iter().filter_map(|f| {
            if hard_stops {
                f.hard_stop.as_ref()
            } else {
                f.action.as_ref()
            }
        });
        let from_outcomes = g.nodes.iter().flat_map(|n| match &n.kind {
            NodeKind::Outcome(o) if hard_stops => o.hard_stops.iter(),
            NodeKind::Outcome(o) => o.actions.iter(),
            _ => [].iter(),
        });
        from_flags.chain(from_outcomes).collect()
    }

    fn option(&mut self, text: &str, at: &YamlPath) -> Option<Trigger> {
        let Some((question, option)) = text.split_once('.') else {
            self.error(
                Diagnostic::error(
                    Code::SafetyUnknownOption,
                    format!("`{text}` does not name an option"),
                )
                .with_help("write `question_id.option_id`"),
                at,
            );
            return None;
        };
        let node = self.question(question, at)?;
        let NodeKind::Question(q) = &self.guide.node(node).kind else {
            return None;
        };
        match q.option_index(option) {
            Some(index) => Some(Trigger::Option(node, index)),
            None => {
                let help = did_you_mean(option, q.options.iter().map(|o| o.id.as_str()));
                self.error(
                    Diagnostic::error(
                        Code::SafetyUnknownOption,
                        format!("question `{question}` has no option `{option}`"),
                    )
                    .with_help(help),
                    at,
                );
                None
            }
        }
    }

    fn question(&mut self, id: &str, at: &YamlPath) -> Option<NodeId> {
        let g = self.guide;
        match g.find(id) {
            Some(n) if matches!(g.node(n).kind, NodeKind::Question(_)) => Some(n),
            _ => {
                let questions = g
                    .nodes
                    .iter()
                    .filter(|n| matches!(n.kind, NodeKind::Question(_)))
                    .map(|n| n.id.as_str());
                self.error(
                    Diagnostic::error(
                        Code::SafetyUnknownQuestion,
                        format!("`{id}` is not a question of the guide"),
                    )
                    .with_help(did_you_mean(id, questions)),
                    at,
                );
                None
            }
        }
    }

    fn outcome(&mut self, id: &str, at: &YamlPath) -> Option<NodeId> {
        let g = self.guide;
        match g.find(id) {
            Some(n) if matches!(g.node(n).kind, NodeKind::Outcome(_)) => Some(n),
            _ => {
                let outcomes = g
                    .nodes
                    .iter()
                    .filter(|n| matches!(n.kind, NodeKind::Outcome(_)))
                    .map(|n| n.id.as_str());
                self.error(
                    Diagnostic::error(
                        Code::SafetyUnknownOutcome,
                        format!("`{id}` is not an outcome of the guide"),
                    )
                    .with_help(did_you_mean(id, outcomes)),
                    at,
                );
                None
            }
        }
    }

    fn flag(&mut self, id: &str, at: &YamlPath) -> Option<FlagId> {
        let g = self.guide;
        match g.flags.iter().position(|f| f.id == id) {
            Some(i) => Some(FlagId(i as u32)),
            None => {
                self.error(
                    Diagnostic::error(
                        Code::SafetyUnknownFlag,
                        format!("`{id}` is not a flag of the guide"),
                    )
                    .with_help(did_you_mean(id, g.flags.iter().map(|f| f.id.as_str()))),
                    at,
                );
                None
            }
        }
    }

    fn service(&mut self, id: &str, at: &YamlPath) -> Option<ServiceId> {
        let g = self.guide;
        match g.services.iter().position(|s| s.id == id) {
            Some(i) => Some(ServiceId(i as u32)),
            None => {
                self.error(
                    Diagnostic::error(
                        Code::SafetyUnknownService,
                        format!("`{id}` is not a service of the guide"),
                    )
                    .with_help(did_you_mean(id, g.services.iter().map(|s| s.id.as_str()))),
                    at,
                );
                None
            }
        }
    }

    fn urgency(&mut self, word: &str, at: &YamlPath) -> Option<Urgency> {
        let urgency = Urgency::from_keyword(word);
        if urgency.is_none() {
            self.error(
                Diagnostic::error(Code::UnknownUrgency, format!("`{word}` is not an urgency"))
                    .with_help("use one of: immediate, within_24h, within_week, routine"),
                at,
            );
        }
        urgency
    }
}

fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match suggest(wrong, candidates) {
        Some(near) => format!("did you mean `{near}`?"),
        None => "check the id against guide/guide.yaml".to_owned(),
    }
}
