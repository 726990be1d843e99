//! `ruta diff`: structural, text and outcome changes between two guides, and the outcome
//! changes checked against a brute-force enumeration of walks.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::collections::BTreeMap;

use ruta::engine::diff::{StructuralChange, diff};
use ruta::engine::guide::{Guide, NodeKind, OptionSet};
use ruta::engine::load::{LoadedGuide, load};
use ruta::engine::session::{Answer, Position, Session};
use ruta::engine::source::SourceSet;

/// The small guide with `edit` applied to one of its files.
fn edited(base: SourceSet, file: &str, old: &str, new: &str) -> LoadedGuide {
    let text = base.get(file).unwrap().text.clone();
    assert!(text.contains(old), "{file} has no {old:?}");
    let sources = base.overlaid(SourceSet::from_files([(
        file.to_owned(),
        text.replacen(old, new, 1),
    )]));
    load(&sources).unwrap_or_else(|e| panic!("{}", common::render(&e)))
}

fn small_sources() -> SourceSet {
    SourceSet::from_dir(&common::fixture("valid/small")).unwrap()
}

#[test]
fn a_retargeted_option_changes_exactly_its_answers() {
    let old = load(&small_sources()).unwrap();
    let new = edited(
        small_sources(),
        "guide/guide.yaml",
        "        next: follow_up\n",
        "        next: urgent\n",
    );
    let d = diff(&old, &new);
    assert_eq!(
        d.structure,
        [StructuralChange::Retargeted(
            "company".into(),
            "unsure".into(),
            "follow_up".into(),
            "urgent".into()
        )]
    );
    assert_eq!(d.outcomes.len(), 1);
    let change = &d.outcomes[0];
    assert_eq!(
        (change.old.as_str(), change.new.as_str(), change.count),
        ("follow_up", "urgent", 1)
    );
    assert_eq!(
        change.examples,
        [vec![
            ("danger".into(), "no".into()),
            ("company".into(), "unsure".into())
        ]]
    );
    assert!(
        d.messages
            .iter()
            .all(|(_, m)| m.added.is_empty() && m.removed.is_empty() && m.changed.is_empty())
    );
}

#[test]
fn identical_guides_have_no_difference() {
    let guide = load(&small_sources()).unwrap();
    let d = diff(&guide, &guide);
    assert!(d.structure.is_empty() && d.outcomes.is_empty() && d.cases.is_empty());
}

#[test]
fn changed_texts_are_listed_per_language() {
    let old = load(&small_sources()).unwrap();
    let new = edited(
        small_sources(),
        "locales/en/guide.ftl",
        "opt-no = No",
        "opt-no = No, not now",
    );
    let d = diff(&old, &new);
    let en = &d.messages.iter().find(|(l, _)| l == "en").unwrap().1;
    assert_eq!(en.changed, ["opt-no"]);
    let es = &d.messages.iter().find(|(l, _)| l == "es").unwrap().1;
    assert!(es.changed.is_empty());
    assert!(d.outcomes.is_empty());
}

#[test]
fn a_new_question_in_the_middle_is_walked_by_both_sides() {
    let old = load(&small_sources()).unwrap();
    // `calm` now leads to a new question whose second answer goes straight to `urgent`.
    let base = small_sources();
    let yaml = base.get("guide/guide.yaml").unwrap().text.replace(
        "  - id: calm\n    section: safety\n    text: info-calm\n    next: company\n",
        "  - id: calm\n    section: safety\n    text: info-calm\n    next: extra\n",
    ) + "\n  - id: extra_placeholder_never_used\n";
    let yaml = yaml.replace("\n  - id: extra_placeholder_never_used\n", "");
    let yaml = yaml.replace(
        "questions:\n",
        "questions:\n  - id: extra\n    text: q-danger\n    options:\n      - {id: 'no', label: opt-no, next: company}\n      - {id: 'yes', label: opt-yes, next: urgent}\n",
    );
    let new = load(&base.overlaid(SourceSet::from_files([(
        "guide/guide.yaml".to_owned(),
        yaml,
    )])))
    .unwrap();
    let d = diff(&old, &new);
    assert!(
        d.structure
            .contains(&StructuralChange::NodeAdded("extra".into(), "question"))
    );
    // Every old walk through `calm` (three answers to `company`) can now end at `urgent`.
    let to_urgent: BTreeMap<&str, u128> = d
        .outcomes
        .iter()
        .filter(|c| c.new == "urgent")
        .map(|c| (c.old.as_str(), c.count))
        .collect();
    assert_eq!(
        to_urgent,
        BTreeMap::from([("routine", 2), ("follow_up", 1)])
    );
}

/// Every walk of `guide` as its list of answers (infos read, routes followed).
fn all_walks(guide: &Guide) -> Vec<Vec<Answer>> {
    fn go(guide: &Guide, session: Session, out: &mut Vec<Vec<Answer>>) {
        match session.walk(guide).position {
            Position::Outcome(_) => out.push(session.answers),
            Position::Info(_) | Position::Interruption(_) => {
                let mut next = session;
                next.acknowledge(guide);
                go(guide, next, out);
            }
            Position::Question(node) => {
                let NodeKind::Question(q) = &guide.node(node).kind else {
                    unreachable!()
                };
                for i in 0..q.options.len() {
                    let mut next = session.clone();
                    next.answer(guide, OptionSet::one(i)).unwrap();
                    go(guide, next, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    go(guide, Session::new(), &mut out);
    out
}

/// The outcome changes found by enumerating every old walk and finishing it in the new guide
/// in every possible way: the slow, obvious answer `diff` must agree with.
fn brute_force(old: &Guide, new: &Guide) -> BTreeMap<(String, String), u128> {
    let mut counts = BTreeMap::new();
    for answers in all_walks(old) {
        let old_end = Session {
            answers: answers.clone(),
        }
        .walk(old);
        let old_id = old.node(old_end.position.node()).id.clone();
        let mut stack = vec![Session {
            answers: answers
                .iter()
                .filter(|a| a.option.is_some())
                .cloned()
                .collect(),
        }];
        while let Some(mut session) = stack.pop() {
            let walk = session.walk(new);
            match walk.position {
                Position::Outcome(n) => {
                    if new.node(n).id != old_id {
                        *counts
                            .entry((old_id.clone(), new.node(n).id.clone()))
                            .or_insert(0) += 1;
                    }
                }
                Position::Info(_) | Position::Interruption(_) => {
                    session.acknowledge(new);
                    stack.push(session);
                }
                Position::Question(node) => {
                    let NodeKind::Question(q) = &new.node(node).kind else {
                        unreachable!()
                    };
                    let in_old = old.find(&new.node(node).id).map(|n| &old.node(n).kind);
                    for (i, option) in q.options.iter().enumerate() {
                        // An option the old question lacks is a structural change, not an outcome one.
                        if let Some(NodeKind::Question(oq)) = in_old
                            && oq.option_index(&option.id).is_none()
                        {
                            continue;
                        }
                        let mut next = session.clone();
                        next.answer(new, OptionSet::one(i)).unwrap();
                        stack.push(next);
                    }
                }
            }
        }
    }
    counts
}

#[test]
fn a_routed_guide_agrees_with_brute_force_for_every_single_retarget() {
    // Every option of the small routed guide re-targeted to every other node in turn.
    let old = routed();
    let guide = old.guide();
    let mut checked = 0;
    for q in guide.node_ids() {
        let NodeKind::Question(question) = &guide.node(q).kind else {
            continue;
        };
        for option in &question.options {
            for target in guide.node_ids().filter(|t| *t != q && *t != guide.start) {
                let yaml = ROUTED.replace(
                    &format!(
                        "{{id: {}, label: t, next: {}",
                        option.id,
                        guide.node(option.next).id
                    ),
                    &format!(
                        "{{id: {}, label: t, next: {}",
                        option.id,
                        guide.node(target).id
                    ),
                );
                let Ok(new) = load(&routed_sources(&yaml)) else {
                    continue;
                }; // a cycle: not a guide
                let d = diff(&old, &new);
                let found: BTreeMap<(String, String), u128> = d
                    .outcomes
                    .iter()
                    .map(|c| ((c.old.clone(), c.new.clone()), c.count))
                    .collect();
                assert_eq!(found, brute_force(old.guide(), new.guide()), "{yaml}");
                checked += 1;
            }
        }
    }
    assert!(checked > 10, "only {checked} variants were checked");
}

#[test]
fn the_bundled_guide_with_one_option_retargeted_lists_exactly_its_answers() {
    let base = SourceSet::embedded();
    let old = load(&base).unwrap();
    let guide = old.guide();
    // The first question of the interview, its first option sent straight to the mildest outcome.
    let NodeKind::Question(first) = &guide.node(guide.start).kind else {
        panic!("the guide starts with a question")
    };
    let (question, option) = (
        guide.node(guide.start).id.clone(),
        first.options[0].id.clone(),
    );
    let target = "expected_reactions";
    assert!(
        guide.find(target).is_some(),
        "the bundled guide has `{target}`"
    );
    let text = base.get("guide/guide.yaml").unwrap().text.clone();
    let mut raw: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    for q in raw["questions"].as_sequence_mut().unwrap() {
        if q["id"].as_str() == Some(question.as_str()) {
            for o in q["options"].as_sequence_mut().unwrap() {
                if o["id"].as_str() == Some(option.as_str()) {
                    o["next"] = serde_yaml::Value::String(target.to_owned());
                }
            }
        }
    }
    let changed = SourceSet::from_files([(
        "guide/guide.yaml".to_owned(),
        serde_yaml::to_string(&raw).unwrap(),
    )]);
    let new = load(&base.clone().overlaid(changed)).unwrap();
    let d = diff(&old, &new);
    let retargeted: Vec<_> = d
        .structure
        .iter()
        .filter(|c| matches!(c, StructuralChange::Retargeted(..)))
        .collect();
    assert_eq!(retargeted.len(), 1, "{:?}", d.structure);
    assert!(!d.outcomes.is_empty() && !d.truncated);
    for change in &d.outcomes {
        // Only answers that take the re-targeted option change, and all of them now end there.
        assert_eq!(change.new, target);
        assert!(change.count >= change.examples.len() as u128 && !change.examples.is_empty());
        for example in &change.examples {
            assert_eq!(
                example.first(),
                Some(&(question.clone(), option.clone())),
                "{example:?}"
            );
        }
    }
}

const ROUTED: &str = r#"
format: 1
id: routed
version: "1"
title: t
languages: [en]
start: a
flags:
  - {id: f, label: t, urgency: within_24h}
  - {id: g, label: t, urgency: immediate}
services:
  - {id: s, name: t}
questions:
  - id: a
    text: t
    options:
      - {id: x, label: t, next: b, flags: [f]}
      - {id: y, label: t, next: c}
      - {id: z, label: t, next: pick}
  - id: b
    text: t
    options:
      - {id: x, label: t, next: c, flags: [g]}
      - {id: y, label: t, next: pick}
  - id: c
    text: t
    options:
      - {id: x, label: t, next: pick}
      - {id: y, label: t, next: o3}
routes:
  - id: pick
    when:
      - {flag: g, next: o1}
      - {flag: f, next: o2}
    otherwise: o3
outcomes:
  - {id: o1, title: t, urgency: immediate, primary: [s], actions: [t]}
  - {id: o2, title: t, urgency: within_24h, primary: [s], actions: [t]}
  - {id: o3, title: t, urgency: routine, primary: [s], actions: [t]}
"#;

fn routed_sources(yaml: &str) -> SourceSet {
    SourceSet::from_files([
        ("guide/guide.yaml".to_owned(), yaml.to_owned()),
        ("locales/en/guide.ftl".to_owned(), "t = text\n".to_owned()),
    ])
}

fn routed() -> LoadedGuide {
    load(&routed_sources(ROUTED)).unwrap()
}
