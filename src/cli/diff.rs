//! `ruta diff OLD_DIR NEW_DIR`: what a change to a guide does, for a reviewer.

use std::path::PathBuf;

use ruta::engine::diff::{StructuralChange, diff};
use ruta::engine::session::Answer;

use super::{Failure, GuideArgs};

/// Prints the difference between the guides in `old` and `new`.
pub fn run(old: PathBuf, new: PathBuf) -> Result<(), Failure> {
    let load = |dir: PathBuf| GuideArgs { dir: Some(dir) }.load();
    let d = diff(&load(old)?, &load(new)?);

    outln!("## Outcome changes");
    if d.cases.is_empty() && d.outcomes.is_empty() {
        outln!("none: every answer combination and every case ends where it did");
    }
    for change in &d.cases {
        outln!("case {}: {} → {}", change.case, change.old, change.new);
    }
    for change in &d.outcomes {
        let plural = if change.count == 1 { "" } else { "s" };
        outln!(
            "{} → {}: {} answer combination{plural}",
            change.old,
            change.new,
            change.count
        );
        for example in &change.examples {
            let answers: Vec<String> = example.iter().map(answer).collect();
            outln!("    e.g. {}", answers.join(", "));
        }
        let shown = change.examples.len() as u128;
        if change.count > shown {
            outln!("    … and {} more", change.count - shown);
        }
    }
    if d.truncated {
        outln!("(the joint walk hit its limit; the list above is partial)");
    }

    outln!("\n## Structure");
    if d.structure.is_empty() {
        outln!("no node, option or outcome changed");
    }
    for change in &d.structure {
        outln!("{}", describe(change));
    }

    outln!("\n## Texts");
    for (lang, m) in &d.messages {
        if m.added.is_empty() && m.removed.is_empty() && m.changed.is_empty() {
            outln!("{lang}: unchanged");
            continue;
        }
        for (sign, ids) in [("+", &m.added), ("-", &m.removed), ("~", &m.changed)] {
            for id in ids {
                outln!("{lang}: {sign} {id}");
            }
        }
    }
    Ok(())
}

/// `question=option`, or for a checklist `question=[a, b]` as case files write it.
fn answer(answer: &Answer) -> String {
    match &answer.option {
        Some(option) => format!("{}={option}", answer.node),
        None => format!("{}=[{}]", answer.node, answer.marked.join(", ")),
    }
}

fn describe(change: &StructuralChange) -> String {
    use StructuralChange::*;
    match change {
        NodeAdded(id, kind) => format!("+ {kind} {id}"),
        NodeRemoved(id, kind) => format!("- {kind} {id}"),
        KindChanged(id, old, new) => format!("~ {id}: {old} → {new}"),
        OptionAdded(q, o) => format!("+ option {q}.{o}"),
        OptionRemoved(q, o) => format!("- option {q}.{o}"),
        Retargeted(node, option, old, new) => format!("~ {node}.{option}: {old} → {new}"),
        FlagsChanged(q, o, old, new) => format!(
            "~ {q}.{o} flags: [{}] → [{}]",
            old.join(", "),
            new.join(", ")
        ),
        InterruptChanged(q, o, old, new) => format!(
            "~ {q}.{o} interrupts: {} → {}",
            old.as_deref().unwrap_or("none"),
            new.as_deref().unwrap_or("none")
        ),
        ExclusiveChanged(q, o, true) => format!("~ {q}.{o}: now marked alone"),
        ExclusiveChanged(q, o, false) => format!("~ {q}.{o}: no longer marked alone"),
        UrgencyChanged(id, old, new) => format!("~ outcome {id} urgency: {old} → {new}"),
        ReferralsChanged(id, old, new) => format!(
            "~ outcome {id} referrals: [{}] → [{}]",
            old.join(", "),
            new.join(", ")
        ),
    }
}
