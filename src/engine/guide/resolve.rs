//! Turns the raw file into a checked [`Guide`], reporting every problem in one pass.
//!
//! Each finding is recorded with the [`YamlPath`] of the offending value and located only at
//! the end, so a clean guide never pays for positions.

use std::collections::HashMap;
use std::rc::Rc;

use super::findings::Findings;
use super::raw::RawGuide;
use super::{
    Choice, FORMAT_VERSION, Flag, FlagId, Guide, Info, MessageId, Node, NodeId, NodeKind, Outcome,
    Question, Route, Section, SectionId, Select, Service, ServiceId, Urgency,
};
use crate::engine::diagnostic::{Code, Diagnostic, suggest};
use crate::engine::yaml::{Locator, YamlPath};

/// Most nodes a guide may have: a hundred times more than any real guide, and enough for the
/// benchmarks' 100 000-node guides; beyond it a file is a mistake or an attack.
pub const MAX_NODES: usize = 150_000;

/// Resolves `raw`, read from the file that `locator` reads; on failure returns every error found.
pub fn resolve(raw: RawGuide, locator: &Locator<'_>) -> Result<Guide, Vec<Diagnostic>> {
    let count = raw.questions.len()
        + raw.checklists.len()
        + raw.infos.len()
        + raw.routes.len()
        + raw.outcomes.len();
    if count > MAX_NODES {
        return Err(vec![
            Diagnostic::error(
                Code::TooManyNodes,
                format!("the guide has {count} nodes; the limit is {MAX_NODES}"),
            )
            .with_help("a real guide has a few hundred at most; check that this is the right file")
            .at(locator.locate(&YamlPath::root())),
        ]);
    }
    // Checked before anything that is not linear in the guide's size.
    let over = super::limits::check(&raw);
    if !over.is_empty() {
        return Err(over
            .into_iter()
            .map(|(d, path)| d.at(locator.locate(&path)))
            .collect());
    }
    let mut resolver = Resolver::default();
    let guide = resolver.guide(raw);
    resolver.found.into_result(guide, locator)
}

#[derive(Default)]
struct Resolver {
    found: Findings,
    nodes: HashMap<String, NodeId>,
    // Shared so that a lookup can borrow a map while the resolver records a finding.
    flags: Rc<HashMap<String, FlagId>>,
    services: Rc<HashMap<String, ServiceId>>,
    sections: Rc<HashMap<String, SectionId>>,
}

impl Resolver {
    fn guide(&mut self, raw: RawGuide) -> Guide {
        let root = YamlPath::root();
        if raw.format != FORMAT_VERSION {
            self.found.report(
                Diagnostic::error(
                    Code::UnsupportedFormat,
                    format!(
                        "this guide is format {}, ruta reads format {FORMAT_VERSION}",
                        raw.format
                    ),
                )
                .with_help("write `format: 1` and follow docs/guide-format.md"),
                root.key("format"),
            );
        }
        if raw.languages.is_empty() {
            self.found.report(
                Diagnostic::error(Code::NoLanguages, "the guide declares no languages")
                    .with_help("write `languages: [es, en]`"),
                root.key("languages"),
            );
        }
        let title = self.found.message(&raw.title, root.key("title"));

        // First every id, so that references may point forwards.
        self.register_ids(&raw);

        let sections = raw
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| Section {
                id: s.id.clone(),
                title: self
                    .found
                    .message(&s.title, root.key("sections").index(i).key("title")),
            })
            .collect();
        let services = raw
            .services
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let path = root.key("services").index(i);
                Service {
                    id: s.id.clone(),
                    name: self.found.message(&s.name, path.key("name")),
                    description: s
                        .description
                        .as_ref()
                        .map(|d| self.found.message(d, path.key("description"))),
                }
            })
            .collect();
        let flags = raw
            .flags
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let path = root.key("flags").index(i);
                Flag {
                    id: f.id.clone(),
                    label: self.found.message(&f.label, path.key("label")),
                    action: f
                        .action
                        .as_ref()
                        .map(|a| self.found.message(a, path.key("action"))),
                    urgency: f
                        .urgency
                        .as_ref()
                        .and_then(|u| self.urgency(u, path.key("urgency"))),
                    referrals: self.services_of(&f.referrals, &path.key("referrals")),
                    hard_stop: f
                        .hard_stop
                        .as_ref()
                        .map(|h| self.found.message(h, path.key("hard_stop"))),
                }
            })
            .collect();

        let mut nodes = Vec::new();
        for (i, q) in raw.questions.iter().enumerate() {
            let path = root.key("questions").index(i);
            let fields = q.options.iter().map(|o| OptionFields {
                id: &o.id,
                label: &o.label,
                next: Some(&o.next),
                flags: &o.flags,
                interrupt: o.interrupt.as_deref(),
                exclusive: false,
            });
            let options = self.options(&q.id, fields, &path, None);
            let written = QuestionFields {
                id: &q.id,
                section: q.section.as_deref(),
                text: &q.text,
                guidance: q.guidance.as_deref(),
            };
            nodes.push(self.question(written, path, options, Select::One));
        }
        for (i, c) in raw.checklists.iter().enumerate() {
            let path = root.key("checklists").index(i);
            let next = self.node_ref(&c.next, path.key("next"));
            let fields = c.options.iter().map(|o| OptionFields {
                id: &o.id,
                label: &o.label,
                next: None,
                flags: &o.flags,
                interrupt: o.interrupt.as_deref(),
                exclusive: o.exclusive,
            });
            let options = self.options(&c.id, fields, &path, Some(next));
            let written = QuestionFields {
                id: &c.id,
                section: c.section.as_deref(),
                text: &c.text,
                guidance: c.guidance.as_deref(),
            };
            nodes.push(self.question(written, path, options, Select::Many { next }));
        }
        for (i, info) in raw.infos.iter().enumerate() {
            let path = root.key("infos").index(i);
            let kind = NodeKind::Info(Info {
                text: self.found.message(&info.text, path.key("text")),
                guidance: info
                    .guidance
                    .as_ref()
                    .map(|g| self.found.message(g, path.key("guidance"))),
                next: self.node_ref(&info.next, path.key("next")),
            });
            let section = self.section(info.section.as_deref(), &path);
            nodes.push(Node {
                id: info.id.clone(),
                section,
                path,
                kind,
            });
        }
        for (i, route) in raw.routes.iter().enumerate() {
            let path = root.key("routes").index(i);
            if route.when.is_empty() {
                self.found.report(
                    Diagnostic::error(
                        Code::EmptyRoute,
                        format!("route `{}` has no `when` branch", route.id),
                    )
                    .with_help("add branches, or point to `otherwise` directly"),
                    path.key("when"),
                );
            }
            let flags = Rc::clone(&self.flags);
            let when = route
                .when
                .iter()
                .enumerate()
                .filter_map(|(j, w)| {
                    let branch = path.key("when").index(j);
                    let flag = self.found.lookup(
                        &flags,
                        "flag",
                        Code::UnknownFlag,
                        &w.flag,
                        branch.key("flag"),
                    );
                    let next = self.node_ref(&w.next, branch.key("next"));
                    flag.map(|flag| (flag, next))
                })
                .collect();
            let otherwise = self.node_ref(&route.otherwise, path.key("otherwise"));
            let section = self.section(route.section.as_deref(), &path);
            nodes.push(Node {
                id: route.id.clone(),
                section,
                path,
                kind: NodeKind::Route(Route { when, otherwise }),
            });
        }
        for (i, o) in raw.outcomes.iter().enumerate() {
            let path = root.key("outcomes").index(i);
            if let Some(layer) = o.iasc_layer.filter(|l| !(1..=4).contains(l)) {
                self.found.report(
                    Diagnostic::error(
                        Code::InvalidIascLayer,
                        format!("IASC layer {layer} does not exist; the pyramid has layers 1 to 4"),
                    ),
                    path.key("iasc_layer"),
                );
            }
            let outcome = Outcome {
                title: self.found.message(&o.title, path.key("title")),
                urgency: self
                    .urgency(&o.urgency, path.key("urgency"))
                    .unwrap_or(Urgency::Immediate),
                iasc_layer: o.iasc_layer,
                primary: self.services_of(&o.primary, &path.key("primary")),
                secondary: self.services_of(&o.secondary, &path.key("secondary")),
                actions: self.messages_of(&o.actions, &path.key("actions")),
                say_to_child: o
                    .say_to_child
                    .as_ref()
                    .map(|s| self.found.message(s, path.key("say_to_child"))),
                hard_stops: self.messages_of(&o.hard_stops, &path.key("hard_stops")),
            };
            nodes.push(Node {
                id: o.id.clone(),
                section: None,
                path,
                kind: NodeKind::Outcome(outcome),
            });
        }

        let start = self.node_ref(&raw.start, root.key("start"));
        let guide = Guide {
            id: raw.id,
            version: raw.version,
            title,
            languages: raw.languages,
            start,
            sections,
            flags,
            services,
            nodes,
            message_refs: self.found.take_messages(),
            by_id: std::mem::take(&mut self.nodes),
        };
        if self.found.is_empty() {
            self.check_interrupts(&guide);
            self.check_acyclic(&guide);
        }
        guide
    }

    /// An interruption is a pathway to act on, so it must name an outcome, never a question that
    /// would fork the walk.
    fn check_interrupts(&mut self, guide: &Guide) {
        for node in &guide.nodes {
            let NodeKind::Question(q) = &node.kind else {
                continue;
            };
            for (i, option) in q.options.iter().enumerate() {
                let Some(target) = option.interrupt else {
                    continue;
                };
                if !matches!(guide.node(target).kind, NodeKind::Outcome(_)) {
                    self.found.report(
                        Diagnostic::error(
                            Code::InterruptNotOutcome,
                            format!(
                                "`{}` is not an outcome; only an outcome can interrupt the screening",
                                guide.node(target).id
                            ),
                        )
                        .with_help("name an outcome here, and lead on to the next question with `next`"),
                        node.path.key("options").index(i).key("interrupt"),
                    );
                }
            }
        }
    }

    fn register_ids(&mut self, raw: &RawGuide) {
        let root = YamlPath::root();
        let node_ids = raw
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (&q.id, root.key("questions").index(i)))
            .chain(
                raw.checklists
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (&c.id, root.key("checklists").index(i))),
            )
            .chain(
                raw.infos
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (&n.id, root.key("infos").index(i))),
            )
            .chain(
                raw.routes
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (&r.id, root.key("routes").index(i))),
            )
            .chain(
                raw.outcomes
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (&o.id, root.key("outcomes").index(i))),
            );
        let mut nodes = HashMap::new();
        for (index, (id, path)) in node_ids.enumerate() {
            self.found
                .register(&mut nodes, "node", id, NodeId(index as u32), path.key("id"));
        }
        self.nodes = nodes;
        let mut flags = HashMap::new();
        for (i, f) in raw.flags.iter().enumerate() {
            self.found.register(
                &mut flags,
                "flag",
                &f.id,
                FlagId(i as u32),
                root.key("flags").index(i).key("id"),
            );
        }
        self.flags = Rc::new(flags);
        let mut services = HashMap::new();
        for (i, s) in raw.services.iter().enumerate() {
            self.found.register(
                &mut services,
                "service",
                &s.id,
                ServiceId(i as u32),
                root.key("services").index(i).key("id"),
            );
        }
        self.services = Rc::new(services);
        let mut sections = HashMap::new();
        for (i, s) in raw.sections.iter().enumerate() {
            self.found.register(
                &mut sections,
                "section",
                &s.id,
                SectionId(i as u32),
                root.key("sections").index(i).key("id"),
            );
        }
        self.sections = Rc::new(sections);
    }

    /// The question node written at `path`, with its resolved options.
    fn question(
        &mut self,
        written: QuestionFields<'_>,
        path: YamlPath,
        options: Vec<Choice>,
        select: Select,
    ) -> Node {
        Node {
            id: written.id.to_owned(),
            section: self.section(written.section, &path),
            kind: NodeKind::Question(Question {
                text: self.found.message(written.text, path.key("text")),
                guidance: written
                    .guidance
                    .map(|g| self.found.message(g, path.key("guidance"))),
                options,
                select,
            }),
            path,
        }
    }

    /// The options of question `question` at `path`; `next` is the checklist's `next` for a
    /// checklist, whose options have none of their own.
    fn options<'r>(
        &mut self,
        question: &str,
        options: impl ExactSizeIterator<Item = OptionFields<'r>>,
        path: &YamlPath,
        next: Option<NodeId>,
    ) -> Vec<Choice> {
        if options.len() < 2 {
            self.found.report(
                Diagnostic::error(
                    Code::TooFewOptions,
                    format!(
                        "question `{question}` has {} option(s); a question needs at least two",
                        options.len()
                    ),
                )
                .with_help("add the missing answers, or make the node an info"),
                path.key("options"),
            );
        }
        let mut seen = HashMap::new();
        options
            .enumerate()
            .map(|(i, o)| {
                let path = path.key("options").index(i);
                if seen.insert(o.id, ()).is_some() {
                    self.found.report(
                        Diagnostic::error(
                            Code::DuplicateId,
                            format!(
                                "option id `{}` is used twice in question `{question}`",
                                o.id
                            ),
                        ),
                        path.key("id"),
                    );
                }
                let flags = o
                    .flags
                    .iter()
                    .enumerate()
                    .filter_map(|(j, f)| {
                        self.found.lookup(
                            &Rc::clone(&self.flags),
                            "flag",
                            Code::UnknownFlag,
                            f,
                            path.key("flags").index(j),
                        )
                    })
                    .collect();
                let interrupt = o
                    .interrupt
                    .map(|id| self.node_ref(id, path.key("interrupt")));
                let next = match (o.next, next) {
                    (Some(id), _) => self.node_ref(id, path.key("next")),
                    (None, Some(next)) => next,
                    (None, None) => NodeId(0), // every question option has a `next`
                };
                Choice {
                    id: o.id.to_owned(),
                    label: self.found.message(o.label, path.key("label")),
                    next,
                    flags,
                    interrupt,
                    exclusive: o.exclusive,
                }
            })
            .collect()
    }

    fn node_ref(&mut self, id: &str, path: YamlPath) -> NodeId {
        match self.nodes.get(id) {
            Some(node) => *node,
            None => {
                let mut d = Diagnostic::error(
                    Code::DanglingNext,
                    format!("`{id}` is not a node of this guide"),
                );
                d = match suggest(id, self.nodes.keys().map(String::as_str)) {
                    Some(near) => d.with_help(format!("did you mean `{near}`?")),
                    None => d.with_help(
                        "add a question, info or outcome with this id, or point to an existing one",
                    ),
                };
                self.found.report(d, path);
                NodeId(0)
            }
        }
    }

    fn services_of(&mut self, ids: &[String], path: &YamlPath) -> Vec<ServiceId> {
        let services = Rc::clone(&self.services);
        ids.iter()
            .enumerate()
            .filter_map(|(i, id)| {
                self.found.lookup(
                    &services,
                    "service",
                    Code::UnknownService,
                    id,
                    path.index(i),
                )
            })
            .collect()
    }

    fn section(&mut self, id: Option<&str>, node: &YamlPath) -> Option<SectionId> {
        let sections = Rc::clone(&self.sections);
        id.and_then(|id| {
            self.found.lookup(
                &sections,
                "section",
                Code::UnknownSection,
                id,
                node.key("section"),
            )
        })
    }

    fn urgency(&mut self, word: &str, path: YamlPath) -> Option<Urgency> {
        let urgency = Urgency::from_keyword(word);
        if urgency.is_none() {
            self.found.report(
                Diagnostic::error(Code::UnknownUrgency, format!("`{word}` is not an urgency"))
                    .with_help("use one of: immediate, within_24h, within_week, routine"),
                path,
            );
        }
        urgency
    }

    fn messages_of(&mut self, ids: &[String], path: &YamlPath) -> Vec<MessageId> {
        ids.iter()
            .enumerate()
            .map(|(i, id)| self.found.message(id, path.index(i)))
            .collect()
    }

    /// A cycle would let a walk go round for ever; find one with an iterative depth-first search.
    fn check_acyclic(&mut self, guide: &Guide) {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Open,
            Done,
        }
        let mut marks = vec![Mark::New; guide.nodes.len()];
        for root in guide.node_ids() {
            if marks[root.0 as usize] != Mark::New {
                continue;
            }
            let mut stack = vec![(root, 0usize)];
            marks[root.0 as usize] = Mark::Open;
            while let Some((node, edge)) = stack.last_mut() {
                if let Some(next) = guide.successors(*node).nth(*edge) {
                    *edge += 1;
                    match marks[next.0 as usize] {
                        Mark::New => {
                            marks[next.0 as usize] = Mark::Open;
                            stack.push((next, 0));
                        }
                        Mark::Open => {
                            let from = &guide.node(*node).id;
                            self.found.report(
                                Diagnostic::error(Code::Cycle, format!("`{from}` leads back to `{}`, which comes before it: the walk could go round for ever", guide.node(next).id))
                                    .with_help("a guide is a tree (or a graph without loops); point this `next` further down"),
                                next_path(guide, *node, *edge - 1),
                            );
                            return;
                        }
                        Mark::Done => {}
                    }
                } else {
                    marks[node.0 as usize] = Mark::Done;
                    stack.pop();
                }
            }
        }
    }
}

/// The path of the `next` that makes edge number `edge` of `node`.
/// What a question and a checklist both have, as written.
struct QuestionFields<'r> {
    id: &'r str,
    section: Option<&'r str>,
    text: &'r str,
    guidance: Option<&'r str>,
}

/// One option as written, in a question or a checklist.
struct OptionFields<'r> {
    id: &'r str,
    label: &'r str,
    /// `None` in a checklist, whose options all lead to its `next`.
    next: Option<&'r str>,
    flags: &'r [String],
    interrupt: Option<&'r str>,
    exclusive: bool,
}

fn next_path(guide: &Guide, node: NodeId, edge: usize) -> YamlPath {
    let n = guide.node(node);
    match &n.kind {
        NodeKind::Question(q) if q.is_checklist() => n.path.key("next"),
        NodeKind::Question(_) => n.path.key("options").index(edge).key("next"),
        NodeKind::Route(route) if edge < route.when.len() => {
            n.path.key("when").index(edge).key("next")
        }
        NodeKind::Route(_) => n.path.key("otherwise"),
        _ => n.path.key("next"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::guide::raw::RawOutcome;
    use crate::engine::source::SourceFile;

    #[test]
    fn too_many_nodes_are_refused_before_anything_else() {
        let outcome = |i: usize| RawOutcome {
            id: format!("o{i}"),
            title: "t".into(),
            urgency: "routine".into(),
            iasc_layer: None,
            primary: Vec::new(),
            secondary: Vec::new(),
            actions: Vec::new(),
            say_to_child: None,
            hard_stops: Vec::new(),
        };
        let raw = RawGuide {
            format: 1,
            id: "big".into(),
            version: "1".into(),
            title: "t".into(),
            languages: vec!["es".into()],
            start: "o0".into(),
            sections: Vec::new(),
            flags: Vec::new(),
            services: Vec::new(),
            questions: Vec::new(),
            checklists: Vec::new(),
            infos: Vec::new(),
            routes: Vec::new(),
            outcomes: (0..=MAX_NODES).map(outcome).collect(),
        };
        let file = SourceFile {
            relative: "g".into(),
            display: "g".into(),
            text: "format: 1\n".into(),
        };
        let errors = resolve(raw, &Locator::new(&file)).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code, Code::TooManyNodes);
    }
}
