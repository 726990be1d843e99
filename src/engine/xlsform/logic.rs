//! The walk as XPath: XForms have no "go to", so every node gets a reachability calculate and
//! every result a formula over them.
//!
//! - `r_<node>` is 1 when the walk reaches the node: an OR over its incoming edges, each AND-ed
//!   with the predecessor's own `r_` (a question that stops being relevant keeps its stale value
//!   in JavaRosa, so an edge must also say that its source is still on the path).
//! - `b_<route>` is the index of the branch a route takes: the first of its flags raised by a
//!   question *above* the route. A flag raised further down depends on the route's choice, and
//!   using it would be a dependency cycle that ODK Validate rejects.
//! - `fi_<flag>` is the position (in sheet order) of the first question that raised the flag,
//!   0 when none did; `flag_<flag>` is 1/0 (never a boolean: a stored "false" is truthy).
//! - `ii_<outcome>` is the position of the first question whose answer interrupted with that
//!   outcome; `hit_<outcome>` is 1 when the outcome is in the result.
//!
//! A checklist is a `select_multiple` whose value holds every option marked: an option is in
//! it when `selected(${q}, 'x')` (a select_one compares, `${q}='x'`), and once answered it goes
//! on to its one `next`. One checklist may raise several flags and interrupt more than once; it
//! raises each at the first option marked that carries it, in option order, as ruta's walk does,
//! so `flags` and `pathways` list them in the same order.
//!
//! The sheet is in topological order, so positions follow the walk: along any path, a node's
//! position is greater than every node before it. That is what makes "the first question that
//! raised a flag" a nested `if` over the raising questions in sheet order.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use crate::engine::guide::{Choice, FlagId, Guide, NodeId, NodeKind, Question, Select, Urgency};

/// Prefixes of the helper names, which keep them apart from node ids (a flag may share its id
/// with a question).
pub mod prefix {
    /// Reachability of a node.
    pub const REACHED: &str = "r_";
    /// The branch a route takes.
    pub const BRANCH: &str = "b_";
    /// Position of the first question that raised a flag.
    pub const FIRST_RAISED: &str = "fi_";
    /// A flag, 1 or 0.
    pub const FLAG: &str = "flag_";
    /// Position of the first interruption into an outcome.
    pub const INTERRUPTED: &str = "ii_";
    /// An outcome in the result, 1 or 0.
    pub const HIT: &str = "hit_";
}

/// The guide's graph, ordered for the sheet, with the formulas of the walk.
pub struct Logic<'g> {
    guide: &'g Guide,
    /// Every node, in topological order (the walk order of the form).
    pub order: Vec<NodeId>,
    /// 1-based position of each node in `order`, indexed by node.
    position: Vec<usize>,
    /// For each outcome, the questions (with options) that interrupt with it, in sheet order:
    /// asked once per outcome in several places, so found once.
    interrupters: HashMap<NodeId, Vec<(NodeId, Vec<usize>)>>,
}

/// `${name}`.
pub fn var(name: &str) -> String {
    format!("${{{name}}}")
}

/// The longest expression put in one calculate: a spreadsheet cell holds at most 32 767
/// characters, and shorter expressions keep pyxform and JavaRosa fast. Longer ones are split
/// into helper calculates named `<name>__<n>`.
pub const MAX_EXPRESSION: usize = 8_000;

/// Helper calculates made while splitting long expressions: `(name, expression)`.
pub type Helpers = Vec<(String, String)>;

/// Splits `terms` into runs whose joined length stays under [`MAX_EXPRESSION`].
fn runs(terms: Vec<String>) -> Vec<Vec<String>> {
    let mut runs: Vec<Vec<String>> = vec![Vec::new()];
    let mut length = 0;
    for term in terms {
        if length + term.len() + 8 > MAX_EXPRESSION && runs.last().is_some_and(|r| !r.is_empty()) {
            runs.push(Vec::new());
            length = 0;
        }
        length += term.len() + 8;
        if let Some(run) = runs.last_mut() {
            run.push(term);
        }
    }
    runs
}

/// `if(<any of terms>, 1, 0)` for `name`, split into helpers when long.
pub fn any_of(name: &str, terms: Vec<String>, helpers: &mut Helpers) -> String {
    let mut terms = terms;
    let mut level = 0;
    while terms.iter().map(|t| t.len() + 4).sum::<usize>() > MAX_EXPRESSION {
        level += 1;
        let mut parts = Vec::new();
        for (i, run) in runs(terms).into_iter().enumerate() {
            let part = format!("{name}__{level}_{}", i + 1);
            helpers.push((part.clone(), format!("if({}, 1, 0)", or(&run))));
            parts.push(format!("{}=1", var(&part)));
        }
        terms = parts;
    }
    format!("if({}, 1, 0)", or(&terms))
}

/// The space-separated words of `terms` (each `if(…, ' word', '')`) for `name`, split into
/// helpers when long.
fn words_of(name: &str, terms: Vec<String>, helpers: &mut Helpers) -> String {
    let mut terms = terms;
    let mut level = 0;
    while terms.iter().map(|t| t.len() + 2).sum::<usize>() > MAX_EXPRESSION {
        level += 1;
        let mut parts = Vec::new();
        for (i, run) in runs(terms).into_iter().enumerate() {
            let part = format!("{name}__{level}_{}", i + 1);
            helpers.push((part.clone(), concat(run)));
            parts.push(format!("' ', {}", var(&part)));
        }
        terms = parts;
    }
    concat(terms)
}

fn or(terms: &[String]) -> String {
    match terms {
        [] => "false()".to_owned(),
        [one] => one.clone(),
        many => format!("({})", many.join(" or ")),
    }
}

impl<'g> Logic<'g> {
    /// Orders the nodes of `guide`.
    pub fn new(guide: &'g Guide) -> Self {
        let order = topological(guide);
        let mut position = vec![0; guide.nodes.len()];
        for (i, node) in order.iter().enumerate() {
            position[node.0 as usize] = i + 1;
        }
        let mut interrupters: HashMap<NodeId, Vec<(NodeId, Vec<usize>)>> = HashMap::new();
        for &node in &order {
            let NodeKind::Question(q) = &guide.node(node).kind else {
                continue;
            };
            for (i, option) in q.options.iter().enumerate() {
                let Some(outcome) = option.interrupt else {
                    continue;
                };
                let list = interrupters.entry(outcome).or_default();
                match list.last_mut() {
                    Some((last, options)) if *last == node => options.push(i),
                    _ => list.push((node, vec![i])),
                }
            }
        }
        Self {
            guide,
            order,
            position,
            interrupters,
        }
    }

    /// The 1-based position of `node` in the sheet's order.
    pub fn position(&self, node: NodeId) -> usize {
        self.position[node.0 as usize]
    }

    fn id(&self, node: NodeId) -> &str {
        &self.guide.node(node).id
    }

    /// `${r_node}=1`: the node is on the path.
    pub fn reached(&self, node: NodeId) -> String {
        format!(
            "{}=1",
            var(&format!("{}{}", prefix::REACHED, self.id(node)))
        )
    }

    /// The question `node` is on the path and one of `options` (indexes) was chosen (or, on a
    /// checklist, marked).
    fn chose(&self, node: NodeId, options: &[usize]) -> String {
        let picks: Vec<String> = options.iter().map(|&i| self.picked(node, i)).collect();
        format!("{} and {}", self.reached(node), or(&picks))
    }

    /// Option `option` is the answer to question `node`: `${q}='x'` for a select_one,
    /// `selected(${q}, 'x')` for a checklist, whose value holds every option marked.
    fn picked(&self, node: NodeId, option: usize) -> String {
        let NodeKind::Question(q) = &self.guide.node(node).kind else {
            return "false()".to_owned();
        };
        let value = var(self.id(node));
        let id = &q.options[option].id;
        if q.is_checklist() {
            format!("selected({value}, '{id}')")
        } else {
            format!("{value}='{id}'")
        }
    }

    fn is_checklist(&self, node: NodeId) -> bool {
        matches!(&self.guide.node(node).kind, NodeKind::Question(q) if q.is_checklist())
    }

    /// On a checklist, option `option` is the first marked of the options `like` selects (in
    /// option order): the option at which ruta's walk raises a flag or an interruption that
    /// several options share. Always true for a select_one, where one option is chosen.
    fn first_marked(&self, node: NodeId, option: usize, like: impl Fn(&Choice) -> bool) -> String {
        let NodeKind::Question(q) = &self.guide.node(node).kind else {
            return "false()".to_owned();
        };
        let earlier: Vec<String> = (0..option)
            .filter(|&j| q.is_checklist() && like(&q.options[j]))
            .map(|j| self.picked(node, j))
            .collect();
        match earlier.as_slice() {
            [] => self.picked(node, option),
            _ => format!("{} and not({})", self.picked(node, option), or(&earlier)),
        }
    }

    /// Every calculate of the walk, in an order that reads well (pyxform sorts out the
    /// dependencies itself): `(name, expression)`.
    pub fn calculates(&self) -> Vec<(String, String)> {
        let guide = self.guide;
        let incoming = self.incoming();
        let mut rows = Vec::new();
        let mut helpers = Helpers::new();
        for &node in &self.order {
            let id = self.id(node);
            let name = format!("{}{id}", prefix::REACHED);
            let expression = if node == guide.start {
                "1".to_owned()
            } else {
                any_of(&name, incoming[node.0 as usize].clone(), &mut helpers)
            };
            rows.push((name, expression));
            if let NodeKind::Route(route) = &guide.node(node).kind {
                rows.push((
                    format!("{}{id}", prefix::BRANCH),
                    self.branch(node, route, &mut helpers),
                ));
            }
        }
        for (i, flag) in guide.flags.iter().enumerate() {
            let raisers = self.raisers(FlagId(i as u32), None);
            let name = format!("{}{}", prefix::FIRST_RAISED, flag.id);
            let expression = self.first_of(&name, &raisers, &mut helpers);
            rows.push((name, expression));
            rows.push((
                format!("{}{}", prefix::FLAG, flag.id),
                format!(
                    "if({}>0, 1, 0)",
                    var(&format!("{}{}", prefix::FIRST_RAISED, flag.id))
                ),
            ));
        }
        for outcome in self.outcomes() {
            let id = self.id(outcome);
            let interrupters = self.interrupters(outcome);
            let mut hit = vec![self.reached(outcome)];
            if !interrupters.is_empty() {
                let name = format!("{}{id}", prefix::INTERRUPTED);
                let expression = self.first_of(&name, &interrupters, &mut helpers);
                rows.push((name, expression));
                hit.push(format!(
                    "{}>0",
                    var(&format!("{}{id}", prefix::INTERRUPTED))
                ));
            }
            rows.push((
                format!("{}{id}", prefix::HIT),
                format!("if({}, 1, 0)", or(&hit)),
            ));
        }
        rows
    }

    /// The outcomes, in sheet order.
    pub fn outcomes(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.order
            .iter()
            .copied()
            .filter(|n| matches!(self.guide.node(*n).kind, NodeKind::Outcome(_)))
    }

    /// For each node, the conditions under which the walk arrives from each predecessor.
    fn incoming(&self) -> Vec<Vec<String>> {
        let guide = self.guide;
        let mut incoming = vec![Vec::new(); guide.nodes.len()];
        for &from in &self.order {
            match &guide.node(from).kind {
                // A checklist, once answered (it is required), goes on to its one `next`.
                NodeKind::Question(Question {
                    select: Select::Many { next },
                    ..
                }) => {
                    incoming[next.0 as usize].push(format!(
                        "({} and {}!='')",
                        self.reached(from),
                        var(self.id(from))
                    ));
                }
                NodeKind::Question(q) => {
                    let mut by_target: Vec<(NodeId, Vec<usize>)> = Vec::new();
                    for (i, option) in q.options.iter().enumerate() {
                        match by_target.iter_mut().find(|(to, _)| *to == option.next) {
                            Some((_, options)) => options.push(i),
                            None => by_target.push((option.next, vec![i])),
                        }
                    }
                    for (to, options) in by_target {
                        incoming[to.0 as usize].push(format!("({})", self.chose(from, &options)));
                    }
                }
                NodeKind::Info(info) => incoming[info.next.0 as usize].push(self.reached(from)),
                NodeKind::Route(route) => {
                    let targets = route
                        .when
                        .iter()
                        .map(|(_, to)| *to)
                        .chain([route.otherwise])
                        .enumerate();
                    let mut by_target: Vec<(NodeId, Vec<usize>)> = Vec::new();
                    for (branch, to) in targets {
                        match by_target.iter_mut().find(|(t, _)| *t == to) {
                            Some((_, branches)) => branches.push(branch),
                            None => by_target.push((to, vec![branch])),
                        }
                    }
                    let b = var(&format!("{}{}", prefix::BRANCH, self.id(from)));
                    for (to, branches) in by_target {
                        let picks: Vec<String> =
                            branches.iter().map(|i| format!("{b}={i}")).collect();
                        incoming[to.0 as usize].push(format!(
                            "({} and {})",
                            self.reached(from),
                            or(&picks)
                        ));
                    }
                }
                NodeKind::Outcome(_) => {}
            }
        }
        incoming
    }

    /// `b_<route>`: the first `when` whose flag a question above the route raised.
    fn branch(
        &self,
        node: NodeId,
        route: &crate::engine::guide::Route,
        helpers: &mut Helpers,
    ) -> String {
        let above = ancestors(self.guide, node);
        let mut expression = route.when.len().to_string();
        for (i, (flag, _)) in route.when.iter().enumerate().rev() {
            let raisers = self.raisers(*flag, Some(&above));
            let raised: Vec<String> = raisers
                .iter()
                .map(|(q, options)| format!("({})", self.chose(*q, options)))
                .collect();
            let name = format!("{}{}__when{i}", prefix::BRANCH, self.id(node));
            let any = any_of(&name, raised, helpers);
            expression = format!("if({any}=1, {i}, {expression})");
        }
        expression
    }

    /// The questions (within `among`, if given) with the options that raise `flag`, in sheet
    /// order.
    fn raisers(&self, flag: FlagId, among: Option<&[bool]>) -> Vec<(NodeId, Vec<usize>)> {
        self.questions_with(|choice| choice.flags.contains(&flag))
            .into_iter()
            .filter(|(q, _)| among.is_none_or(|set| set[q.0 as usize]))
            .collect()
    }

    /// The questions with the options that interrupt with `outcome`, in sheet order.
    pub fn interrupters(&self, outcome: NodeId) -> Vec<(NodeId, Vec<usize>)> {
        self.interrupters.get(&outcome).cloned().unwrap_or_default()
    }

    fn questions_with(&self, keep: impl Fn(&Choice) -> bool) -> Vec<(NodeId, Vec<usize>)> {
        self.order
            .iter()
            .filter_map(|&node| {
                let NodeKind::Question(q) = &self.guide.node(node).kind else {
                    return None;
                };
                let options: Vec<usize> = (0..q.options.len())
                    .filter(|&i| keep(&q.options[i]))
                    .collect();
                (!options.is_empty()).then_some((node, options))
            })
            .collect()
    }

    /// The position of the first of `questions` whose listed options were chosen, else 0: a
    /// nested `if` for `name`, continued in helpers when long.
    fn first_of(
        &self,
        name: &str,
        questions: &[(NodeId, Vec<usize>)],
        helpers: &mut Helpers,
    ) -> String {
        let terms: Vec<(String, usize)> = questions
            .iter()
            .map(|(q, options)| (self.chose(*q, options), self.position(*q)))
            .collect();
        let mut chunks: Vec<Vec<(String, usize)>> = vec![Vec::new()];
        let mut length = 0;
        for term in terms {
            if length + term.0.len() + 16 > MAX_EXPRESSION
                && chunks.last().is_some_and(|c| !c.is_empty())
            {
                chunks.push(Vec::new());
                length = 0;
            }
            length += term.0.len() + 16;
            if let Some(chunk) = chunks.last_mut() {
                chunk.push(term);
            }
        }
        let mut rest = "0".to_owned();
        for (i, chunk) in chunks.iter().enumerate().rev() {
            let expression = chunk.iter().rev().fold(rest, |rest, (chose, at)| {
                format!("if({chose}, {at}, {rest})")
            });
            if i == 0 {
                return expression;
            }
            let part = format!("{name}__{i}");
            helpers.push((part.clone(), expression));
            rest = var(&part);
        }
        rest
    }

    /// `pathways`: the outcome ids of the result, most urgent first and, where equally urgent,
    /// in the order reached (interruptions in walk order, then the screening's own outcome).
    pub fn pathways(&self, helpers: &mut Helpers) -> String {
        let mut terms = Vec::new();
        for urgency in Urgency::ALL {
            let of_urgency: Vec<NodeId> = self
                .outcomes()
                .filter(|o| self.urgency(*o) == urgency)
                .collect();
            // In the order reached: by question, then (on a checklist, which may interrupt
            // more than once) by the first option marked that interrupts with each outcome.
            let mut interruptions: Vec<(usize, usize, NodeId, String)> = Vec::new();
            for &o in &of_urgency {
                let ii = var(&format!("{}{}", prefix::INTERRUPTED, self.id(o)));
                for (q, options) in self.interrupters(o) {
                    let at = self.position(q);
                    if !self.is_checklist(q) {
                        interruptions.push((at, options[0], o, format!("{ii}={at}")));
                        continue;
                    }
                    for &i in &options {
                        let first = self.first_marked(q, i, |c| c.interrupt == Some(o));
                        interruptions.push((at, i, o, format!("{ii}={at} and {first}")));
                    }
                }
            }
            interruptions.sort_by_key(|(at, i, o, _)| (*at, *i, *o));
            for (_, _, o, condition) in interruptions {
                terms.push(format!("if({condition}, ' {}', '')", self.id(o)));
            }
            for &o in &of_urgency {
                let mut concluded = self.reached(o);
                if !self.interrupters(o).is_empty() {
                    let ii = var(&format!("{}{}", prefix::INTERRUPTED, self.id(o)));
                    concluded = format!("{concluded} and {ii}=0");
                }
                terms.push(format!("if({concluded}, ' {}', '')", self.id(o)));
            }
        }
        words_of(super::PATHWAYS, terms, helpers)
    }

    fn urgency(&self, outcome: NodeId) -> Urgency {
        match &self.guide.node(outcome).kind {
            NodeKind::Outcome(o) => o.urgency,
            _ => Urgency::Routine,
        }
    }

    /// `urgency`: the keyword of the most urgent outcome or flag of the result; empty before
    /// any outcome is reached.
    pub fn urgency_keyword(&self, helpers: &mut Helpers) -> String {
        let mut expression = format!("'{}'", Urgency::Routine.keyword());
        for urgency in Urgency::ALL.into_iter().rev().skip(1) {
            let any: Vec<String> = self
                .outcomes()
                .filter(|o| self.urgency(*o) == urgency)
                .map(|o| format!("{}=1", var(&format!("{}{}", prefix::HIT, self.id(o)))))
                .chain(
                    self.guide
                        .flags
                        .iter()
                        .filter(|f| f.urgency == Some(urgency))
                        .map(|f| format!("{}=1", var(&format!("{}{}", prefix::FLAG, f.id)))),
                )
                .collect();
            if !any.is_empty() {
                let name = format!("{}__{}", super::URGENCY, urgency.keyword());
                let any = any_of(&name, any, helpers);
                // Each level in a helper, so the levels together stay short.
                helpers.push((name.clone(), any));
                expression = format!(
                    "if({}=1, '{}', {expression})",
                    var(&name),
                    urgency.keyword()
                );
            }
        }
        format!("if({}='', '', {expression})", var("pathways"))
    }

    /// `flags`: the ids of the flags raised, in the order first raised (within one answer, in
    /// the order the option lists them; on a checklist, by the first option marked that raises
    /// each).
    pub fn flags(&self, helpers: &mut Helpers) -> String {
        let guide = self.guide;
        let mut terms = Vec::new();
        for &node in &self.order {
            let NodeKind::Question(q) = &guide.node(node).kind else {
                continue;
            };
            let at = self.position(node);
            for (i, option) in q.options.iter().enumerate() {
                let mut seen = Vec::new();
                for flag in &option.flags {
                    if seen.contains(flag) {
                        continue;
                    }
                    seen.push(*flag);
                    let id = &guide.flag(*flag).id;
                    let fi = var(&format!("{}{id}", prefix::FIRST_RAISED));
                    let first = self.first_marked(node, i, |c| c.flags.contains(flag));
                    terms.push(format!("if({fi}={at} and {first}, ' {id}', '')"));
                }
            }
        }
        words_of(super::FLAGS, terms, helpers)
    }
}

fn concat(terms: Vec<String>) -> String {
    match terms.len() {
        0 => "''".to_owned(),
        _ => format!("normalize-space(concat({}, ''))", terms.join(", ")),
    }
}

/// Every node in topological order; among the nodes ready at each step, the one met first by
/// a depth-first walk from the start (first options first), so the sheet reads like a walk.
fn topological(guide: &Guide) -> Vec<NodeId> {
    let n = guide.nodes.len();
    let mut rank = vec![usize::MAX; n];
    let mut next_rank = 0;
    let mut stack = vec![guide.start];
    while let Some(node) = stack.pop() {
        if rank[node.0 as usize] != usize::MAX {
            continue;
        }
        rank[node.0 as usize] = next_rank;
        next_rank += 1;
        let successors: Vec<NodeId> = guide.successors(node).collect();
        stack.extend(successors.into_iter().rev());
    }
    // Nodes the start does not reach, in file order after the others.
    for (i, r) in rank.iter_mut().enumerate() {
        if *r == usize::MAX {
            *r = next_rank + i;
        }
    }
    let mut indegree = vec![0usize; n];
    for node in guide.node_ids() {
        for next in guide.successors(node) {
            indegree[next.0 as usize] += 1;
        }
    }
    let mut ready: BinaryHeap<Reverse<(usize, u32)>> = guide
        .node_ids()
        .filter(|node| indegree[node.0 as usize] == 0)
        .map(|node| Reverse((rank[node.0 as usize], node.0)))
        .collect();
    let mut order = Vec::with_capacity(n);
    while let Some(Reverse((_, id))) = ready.pop() {
        let node = NodeId(id);
        order.push(node);
        for next in guide.successors(node) {
            let d = &mut indegree[next.0 as usize];
            *d -= 1;
            if *d == 0 {
                ready.push(Reverse((rank[next.0 as usize], next.0)));
            }
        }
    }
    order
}

/// Which nodes lie above `node` (have a path to it), by node index.
fn ancestors(guide: &Guide, node: NodeId) -> Vec<bool> {
    let mut predecessors: HashMap<NodeId, Vec<NodeId>> = HashMap::new();
    for from in guide.node_ids() {
        for to in guide.successors(from) {
            predecessors.entry(to).or_default().push(from);
        }
    }
    let mut above = vec![false; guide.nodes.len()];
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        for &p in predecessors.get(&n).map_or(&[][..], Vec::as_slice) {
            if !above[p.0 as usize] {
                above[p.0 as usize] = true;
                stack.push(p);
            }
        }
    }
    above
}
