//! Checks on the shape of the tree that loading does not refuse: nodes no walk reaches, and
//! flags, services and sections nothing uses.

use crate::engine::diagnostic::{Code, Diagnostic};
use crate::engine::guide::{Guide, NodeKind};
use crate::engine::yaml::{Locator, YamlPath};

/// Structural warnings for `guide`, placed with `locator`.
pub fn check(guide: &Guide, locator: &Locator<'_>) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let root = YamlPath::root();

    let mut reached = vec![false; guide.nodes.len()];
    let mut stack = vec![guide.start];
    reached[guide.start.0 as usize] = true;
    let mut flag_raised = vec![false; guide.flags.len()];
    let mut flag_routed = vec![false; guide.flags.len()];
    let mut service_used = vec![false; guide.services.len()];
    let mut section_used = vec![false; guide.sections.len()];
    while let Some(node) = stack.pop() {
        for next in guide.successors(node).chain(guide.interrupts(node)) {
            if !std::mem::replace(&mut reached[next.0 as usize], true) {
                stack.push(next);
            }
        }
    }
    for id in guide.node_ids() {
        let node = guide.node(id);
        if let Some(section) = node.section {
            section_used[section.0 as usize] = true;
        }
        match &node.kind {
            NodeKind::Question(q) => {
                for flag in q.options.iter().flat_map(|o| &o.flags) {
                    flag_raised[flag.0 as usize] = true;
                }
            }
            NodeKind::Outcome(o) => {
                for service in o.primary.iter().chain(&o.secondary) {
                    service_used[service.0 as usize] = true;
                }
                if o.primary.is_empty() {
                    found.push(
                        Diagnostic::warning(
                            Code::NoPrimaryReferral,
                            format!("outcome `{}` refers the child nowhere first", node.id),
                        )
                        .at(locator.locate(&node.path.key("id")))
                        .with_help("add the service to refer to first under `primary:`"),
                    );
                }
            }
            NodeKind::Route(route) => {
                for (flag, _) in &route.when {
                    flag_routed[flag.0 as usize] = true;
                }
            }
            NodeKind::Info(_) => {}
        }
        if !reached[id.0 as usize] {
            found.push(
                Diagnostic::warning(
                    Code::UnreachableNode,
                    format!(
                        "no walk from `{}` reaches `{}`",
                        guide.node(guide.start).id,
                        node.id
                    ),
                )
                .at(locator.locate(&node.path.key("id")))
                .with_help("point an option's `next` here, or remove the node"),
            );
        }
    }
    for flag in &guide.flags {
        for service in &flag.referrals {
            service_used[service.0 as usize] = true;
        }
    }
    for (i, flag) in guide.flags.iter().enumerate() {
        let has_effect = flag.urgency.is_some()
            || !flag.referrals.is_empty()
            || flag.action.is_some()
            || flag.hard_stop.is_some()
            || flag_routed[i];
        if flag_raised[i] && !has_effect {
            found.push(
                Diagnostic::warning(Code::FlagWithoutEffect, format!("flag `{}` is raised but changes nothing", flag.id))
                    .at(locator.locate(&root.key("flags").index(i).key("id")))
                    .with_help("give it an urgency, referrals, an action or a hard stop, or branch on it in a route"),
            );
        }
        if !flag_raised[i] {
            found.push(
                Diagnostic::warning(
                    Code::UnusedFlag,
                    format!("no option raises flag `{}`", flag.id),
                )
                .at(locator.locate(&root.key("flags").index(i).key("id")))
                .with_help("add it to an option's `flags:`, or remove it"),
            );
        }
    }
    for (i, service) in guide.services.iter().enumerate() {
        if !service_used[i] {
            found.push(
                Diagnostic::warning(
                    Code::UnusedService,
                    format!("no outcome or flag refers to service `{}`", service.id),
                )
                .at(locator.locate(&root.key("services").index(i).key("id")))
                .with_help("refer to it from an outcome or a flag, or remove it"),
            );
        }
    }
    for (i, section) in guide.sections.iter().enumerate() {
        if !section_used[i] {
            found.push(
                Diagnostic::warning(
                    Code::UnusedSection,
                    format!("no node belongs to section `{}`", section.id),
                )
                .at(locator.locate(&root.key("sections").index(i).key("id"))),
            );
        }
    }
    found
}
