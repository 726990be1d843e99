//! The structural part of a diff: nodes, options, targets, flags, interruptions, urgencies and
//! referrals.

use super::StructuralChange;
use crate::engine::guide::{Choice, FlagId, Guide, NodeId, NodeKind, OptionSet};

/// The kind of a node, as a word.
fn kind(guide: &Guide, node: NodeId) -> &'static str {
    match &guide.node(node).kind {
        NodeKind::Question(q) if q.is_checklist() => "checklist",
        NodeKind::Question(_) => "question",
        NodeKind::Info(_) => "info",
        NodeKind::Route(_) => "route",
        NodeKind::Outcome(_) => "outcome",
    }
}

pub fn structural_changes(old: &Guide, new: &Guide) -> Vec<StructuralChange> {
    use StructuralChange::*;
    let mut changes = Vec::new();
    for n in new.node_ids() {
        let id = &new.node(n).id;
        let Some(o) = old.find(id) else {
            changes.push(NodeAdded(id.clone(), kind(new, n)));
            continue;
        };
        let (ko, kn) = (kind(old, o), kind(new, n));
        if ko != kn {
            changes.push(KindChanged(id.clone(), ko, kn));
            continue;
        }
        let name = |g: &Guide, n: NodeId| g.node(n).id.clone();
        match (&old.node(o).kind, &new.node(n).kind) {
            (NodeKind::Question(qo), NodeKind::Question(qn)) => {
                // A checklist's options all go on to its `next`: said once.
                let checklist = qn.is_checklist();
                let (next_old, next_new) = (
                    name(old, qo.next_after(OptionSet::EMPTY)),
                    name(new, qn.next_after(OptionSet::EMPTY)),
                );
                if checklist && next_old != next_new {
                    changes.push(Retargeted(id.clone(), "next".into(), next_old, next_new));
                }
                for option in &qn.options {
                    match qo.options.iter().find(|x| x.id == option.id) {
                        None => changes.push(OptionAdded(id.clone(), option.id.clone())),
                        Some(before) => {
                            let interrupt =
                                |g: &Guide, o: &Choice| o.interrupt.map(|n| g.node(n).id.clone());
                            let (io, inew) = (interrupt(old, before), interrupt(new, option));
                            if io != inew {
                                changes.push(InterruptChanged(
                                    id.clone(),
                                    option.id.clone(),
                                    io,
                                    inew,
                                ));
                            }
                            if before.exclusive != option.exclusive {
                                changes.push(ExclusiveChanged(
                                    id.clone(),
                                    option.id.clone(),
                                    option.exclusive,
                                ));
                            }
                            if !checklist && name(old, before.next) != name(new, option.next) {
                                changes.push(Retargeted(
                                    id.clone(),
                                    option.id.clone(),
                                    name(old, before.next),
                                    name(new, option.next),
                                ));
                            }
                            let flags = |g: &Guide, f: &[FlagId]| {
                                f.iter().map(|f| g.flag(*f).id.clone()).collect::<Vec<_>>()
                            };
                            let (fo, fnew) = (flags(old, &before.flags), flags(new, &option.flags));
                            if fo != fnew {
                                changes.push(FlagsChanged(id.clone(), option.id.clone(), fo, fnew));
                            }
                        }
                    }
                }
                for option in &qo.options {
                    if !qn.options.iter().any(|x| x.id == option.id) {
                        changes.push(OptionRemoved(id.clone(), option.id.clone()));
                    }
                }
            }
            (NodeKind::Info(io), NodeKind::Info(inew))
                if name(old, io.next) != name(new, inew.next) =>
            {
                changes.push(Retargeted(
                    id.clone(),
                    "next".into(),
                    name(old, io.next),
                    name(new, inew.next),
                ));
            }
            (NodeKind::Route(ro), NodeKind::Route(rn)) => {
                let branches = |g: &Guide, r: &crate::engine::guide::Route| {
                    let mut b: Vec<(String, String)> = r
                        .when
                        .iter()
                        .map(|(f, n)| (g.flag(*f).id.clone(), g.node(*n).id.clone()))
                        .collect();
                    b.push(("otherwise".into(), g.node(r.otherwise).id.clone()));
                    b
                };
                let (bo, bn) = (branches(old, ro), branches(new, rn));
                if bo != bn {
                    let show = |b: &[(String, String)]| {
                        b.iter()
                            .map(|(f, n)| format!("{f}→{n}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    changes.push(Retargeted(id.clone(), "when".into(), show(&bo), show(&bn)));
                }
            }
            (NodeKind::Outcome(oo), NodeKind::Outcome(on)) => {
                if oo.urgency != on.urgency {
                    changes.push(UrgencyChanged(
                        id.clone(),
                        oo.urgency.to_string(),
                        on.urgency.to_string(),
                    ));
                }
                let services = |g: &Guide, o: &crate::engine::guide::Outcome| {
                    o.primary
                        .iter()
                        .chain(&o.secondary)
                        .map(|s| g.service(*s).id.clone())
                        .collect::<Vec<_>>()
                };
                let (so, sn) = (services(old, oo), services(new, on));
                if so != sn {
                    changes.push(ReferralsChanged(id.clone(), so, sn));
                }
            }
            _ => {}
        }
    }
    for o in old.node_ids() {
        if new.find(&old.node(o).id).is_none() {
            changes.push(NodeRemoved(old.node(o).id.clone(), kind(old, o)));
        }
    }
    changes.sort();
    changes
}
