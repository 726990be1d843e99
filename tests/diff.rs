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
        [vec![given("danger", "no"), given("company", "unsure")]]
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

/// The answer `option` to `question`.
fn given(question: &str, option: &str) -> Answer {
    Answer {
        node: question.into(),
        option: Some(option.into()),
        marked: Vec::new(),
    }
}

/// The options `marked` on checklist `question`.
fn marked(question: &str, marked: &[&str]) -> Answer {
    Answer {
        node: question.into(),
        option: None,
        marked: marked.iter().map(|m| m.to_string()).collect(),
    }
}

/// Every answer `q` takes: each option, or each set a practitioner can mark on a checklist.
fn every_answer(q: &ruta::engine::guide::Question) -> Vec<OptionSet> {
    if !q.is_checklist() {
        return (0..q.options.len()).map(OptionSet::one).collect();
    }
    (1u32..1 << q.options.len())
        .map(|bits| {
            (0..q.options.len())
                .filter(|i| bits & (1 << i) != 0)
                .collect()
        })
        .filter(|set| q.accepts(*set).is_ok())
        .collect()
}

/// Where `answers` end in `guide`, infos read and interruptions acted on: the outcome's id.
fn ending(guide: &Guide, answers: &[Answer]) -> String {
    let mut session = Session {
        answers: answers.to_vec(),
    };
    loop {
        match session.walk(guide).position {
            Position::Info(_) | Position::Interruption(_) => session.acknowledge(guide),
            Position::Outcome(n) => return guide.node(n).id.clone(),
            Position::Question(n) => return format!("stops at {}", guide.node(n).id),
        }
    }
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
                for set in every_answer(q) {
                    let mut next = session.clone();
                    next.answer(guide, set).unwrap();
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
            answers: answers.iter().filter(|a| !a.is_read()).cloned().collect(),
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
                    for set in every_answer(q) {
                        // An option the old question lacks is a structural change, not an outcome one.
                        if let Some(NodeKind::Question(oq)) = in_old
                            && q.chosen(set).any(|o| oq.option_index(&o.id).is_none())
                        {
                            continue;
                        }
                        let mut next = session.clone();
                        next.answer(new, set).unwrap();
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
                Some(&given(&question, &option)),
                "{example:?}"
            );
        }
    }
}

#[test]
fn a_checklist_option_raising_another_flag_changes_exactly_the_sets_that_mark_it() {
    let fixture = common::fixture("valid/checklist");
    let base = SourceSet::from_dir(&fixture).unwrap();
    let before = base.get("guide/guide.yaml").unwrap().text.clone();
    // "Nobody is with the child" now signals distress, which the route after the checklist
    // sends to follow-up; with "crying" marked too, it already went there.
    let after = before.replacen(
        "        label: opt-alone-signs\n        flags: [alone]\n",
        "        label: opt-alone-signs\n        flags: [distress]\n",
        1,
    );
    assert_ne!(before, after);
    let old = load(&base).unwrap();
    let new = load(&base.clone().overlaid(SourceSet::from_files([(
        "guide/guide.yaml".to_owned(),
        after.clone(),
    )])))
    .unwrap();
    let d = diff(&old, &new);
    assert_eq!(
        d.structure,
        [StructuralChange::FlagsChanged(
            "signs".into(),
            "alone_signs".into(),
            vec!["alone".into()],
            vec!["distress".into()]
        )]
    );
    // {alone_signs} and {alone_signs, injury}, each with the two answers to `company` that end
    // at the routine outcome (the third already ended at follow-up).
    assert_eq!(d.outcomes.len(), 1, "{:?}", d.outcomes);
    let change = &d.outcomes[0];
    assert_eq!(
        (change.old.as_str(), change.new.as_str(), change.count),
        ("routine", "follow_up", 4)
    );
    assert_eq!(
        change.examples[0],
        [
            given("danger", "no"),
            marked("signs", &["alone_signs"]),
            given("company", "parent")
        ]
    );
    for example in &change.examples {
        let signs = example.iter().find(|a| a.node == "signs").unwrap();
        assert!(
            signs.marked.contains(&"alone_signs".to_owned()),
            "{example:?}"
        );
        assert!(!signs.marked.contains(&"crying".to_owned()), "{example:?}");
        assert_eq!(ending(old.guide(), example), "routine");
        assert_eq!(ending(new.guide(), example), "follow_up");
    }
    let found: BTreeMap<(String, String), u128> = d
        .outcomes
        .iter()
        .map(|c| ((c.old.clone(), c.new.clone()), c.count))
        .collect();
    assert_eq!(found, brute_force(old.guide(), new.guide()));

    // The command line shows the set as a case file writes it.
    let (old_dir, new_dir) = (
        guide_folder(&fixture, &before),
        guide_folder(&fixture, &after),
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ruta"))
        .arg("diff")
        .args([old_dir.path(), new_dir.path()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.starts_with(
            "## Outcome changes\nroutine → follow_up: 4 answer combinations\n    e.g. danger=no, signs=[alone_signs], company=parent\n"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n~ signs.alone_signs flags: [alone] → [distress]\n"),
        "{stdout}"
    );
}

#[test]
fn a_checklist_s_next_interruptions_and_exclusive_options_are_structural_changes() {
    let base = || SourceSet::from_dir(&common::fixture("valid/checklist")).unwrap();
    let old = load(&base()).unwrap();
    let mut yaml = base().get("guide/guide.yaml").unwrap().text.clone();
    for (from, to) in [
        ("        interrupt: urgent\n", ""),
        ("        exclusive: true\n", ""),
        ("    next: by_signs\n", "    next: company\n"),
    ] {
        assert!(yaml.contains(from), "{from:?}");
        yaml = yaml.replacen(from, to, 1);
    }
    let new = load(&base().overlaid(SourceSet::from_files([(
        "guide/guide.yaml".to_owned(),
        yaml,
    )])))
    .unwrap();
    let d = diff(&old, &new);
    // The checklist's `next` once, not once per option.
    assert_eq!(
        d.structure,
        [
            StructuralChange::Retargeted(
                "signs".into(),
                "next".into(),
                "by_signs".into(),
                "company".into()
            ),
            StructuralChange::InterruptChanged(
                "signs".into(),
                "injury".into(),
                Some("urgent".into()),
                None
            ),
            StructuralChange::ExclusiveChanged("signs".into(), "none".into(), false),
        ]
    );
    // A question that becomes a checklist changes kind; an answer to one, one option, still
    // answers the other.
    let question_d = "  - id: d\n    text: t\n    options:\n      - {id: x, label: t, next: o2}\n      - {id: y, label: t, next: o3}\n";
    assert!(CHECKLIST.contains(question_d));
    let checklist_d = CHECKLIST.replace(question_d, "").replace(
        "checklists:\n",
        "checklists:\n  - id: d\n    text: t\n    options:\n      - {id: x, label: t, flags: [f]}\n      - {id: y, label: t}\n    next: o3\n",
    );
    let (a, b) = (
        load(&routed_sources(CHECKLIST)).unwrap(),
        load(&routed_sources(&checklist_d)).unwrap(),
    );
    let d = diff(&a, &b);
    assert_eq!(
        d.structure,
        [StructuralChange::KindChanged(
            "d".into(),
            "question",
            "checklist"
        )]
    );
    // d=x went to o2; marked alone on the checklist, it goes on to o3.
    let change = d
        .outcomes
        .iter()
        .find(|c| (c.old.as_str(), c.new.as_str()) == ("o2", "o3"))
        .unwrap();
    for example in &change.examples {
        assert_eq!(example.last(), Some(&given("d", "x")), "{example:?}");
        assert_eq!(ending(a.guide(), example), "o2");
        assert_eq!(ending(b.guide(), example), "o3");
    }
}

/// A copy of the guide folder `from` with `yaml` as its guide.yaml.
fn guide_folder(from: &std::path::Path, yaml: &str) -> tempfile::TempDir {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(from, dir.path());
    std::fs::write(dir.path().join("guide/guide.yaml"), yaml).unwrap();
    dir
}

#[test]
fn checklist_changes_agree_with_brute_force_and_their_examples_replay() {
    // Each option of the checklist raising each set of flags in turn, an interrupting option
    // raising a flag too, and targets that make one side ask the checklist while the other has
    // yet to: each diffed both ways.
    let mut variants: Vec<String> = Vec::new();
    for option in ["p", "q", "s"] {
        let from = CHECKLIST
            .lines()
            .find(|l| l.contains(&format!("{{id: {option}, label: t, flags: ")))
            .unwrap();
        let current = &from[from.find("flags: ").unwrap() + 7..from.rfind('}').unwrap()];
        let line = |flags: &str| format!("{{id: {option}, label: t, flags: {flags}}}");
        for flags in ["[]", "[f]", "[g]", "[h]", "[f, g]"] {
            if current != flags {
                variants.push(CHECKLIST.replace(&line(current), &line(flags)));
            }
        }
    }
    for (from, to) in [
        ("{id: y, label: t, next: c}", "{id: y, label: t, next: b}"),
        (
            "{id: x, label: t, next: b, flags: [h]}",
            "{id: x, label: t, next: c, flags: [h]}",
        ),
        ("    next: pick\n", "    next: d\n"),
        (
            "{id: r, label: t, interrupt: o1}",
            "{id: r, label: t, interrupt: o1, flags: [g]}",
        ),
    ] {
        variants.push(CHECKLIST.replace(from, to));
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    for yaml in &variants {
        assert_ne!(yaml, CHECKLIST, "a variant that changes nothing");
        pairs.push((CHECKLIST.to_owned(), yaml.clone()));
        pairs.push((yaml.clone(), CHECKLIST.to_owned()));
    }
    // Options marked alone in the first guide only: every set it takes, the second takes too.
    // (The other way, a set the second guide refuses is a structural change, which the joint
    // walk leaves out and the brute force would answer again.)
    let none_with_others = CHECKLIST.replace(
        "{id: none, label: t, exclusive: true}",
        "{id: none, label: t}",
    );
    pairs.push((CHECKLIST.to_owned(), none_with_others.clone()));
    for (from, to) in [
        (
            "{id: s, label: t, flags: [h]}",
            "{id: s, label: t, flags: [h], exclusive: true}",
        ),
        (
            "{id: q, label: t, flags: [g, h]}",
            "{id: q, label: t, flags: [g, h], exclusive: true}",
        ),
    ] {
        pairs.push((CHECKLIST.replace(from, to), none_with_others.clone()));
    }
    let guide = |yaml: &str| {
        load(&routed_sources(yaml)).unwrap_or_else(|e| panic!("{}\n{yaml}", common::render(&e)))
    };
    let mut changed = 0;
    for (before, after) in &pairs {
        let (a, b) = (guide(before), guide(after));
        let d = diff(&a, &b);
        assert!(!d.truncated);
        let found: BTreeMap<(String, String), u128> = d
            .outcomes
            .iter()
            .map(|c| ((c.old.clone(), c.new.clone()), c.count))
            .collect();
        let context = format!("from:{before}\nto:{after}");
        assert_eq!(found, brute_force(a.guide(), b.guide()), "{context}");
        for change in &d.outcomes {
            for example in &change.examples {
                assert_eq!(
                    ending(a.guide(), example),
                    change.old,
                    "{example:?}\n{context}"
                );
                assert_eq!(
                    ending(b.guide(), example),
                    change.new,
                    "{example:?}\n{context}"
                );
            }
        }
        changed += usize::from(!d.outcomes.is_empty());
    }
    assert!(
        changed > pairs.len() / 2,
        "only {changed} of {} diffs found outcome changes",
        pairs.len()
    );
}

const CHECKLIST: &str = r#"
format: 1
id: routed
version: "1"
title: t
languages: [en]
start: a
flags:
  - {id: f, label: t, urgency: within_24h}
  - {id: g, label: t, urgency: immediate}
  - {id: h, label: t}
services:
  - {id: s, name: t}
questions:
  - id: a
    text: t
    options:
      - {id: x, label: t, next: b, flags: [h]}
      - {id: y, label: t, next: c}
  - id: b
    text: t
    options:
      - {id: x, label: t, next: c, flags: [g]}
      - {id: y, label: t, next: pick}
  - id: d
    text: t
    options:
      - {id: x, label: t, next: o2}
      - {id: y, label: t, next: o3}
checklists:
  - id: c
    text: t
    options:
      - {id: p, label: t, flags: [f]}
      - {id: q, label: t, flags: [g, h]}
      - {id: r, label: t, interrupt: o1}
      - {id: s, label: t, flags: [h]}
      - {id: none, label: t, exclusive: true}
    next: pick
routes:
  - id: pick
    when:
      - {flag: g, next: o1}
      - {flag: f, next: o2}
      - {flag: h, next: d}
    otherwise: o3
outcomes:
  - {id: o1, title: t, urgency: immediate, primary: [s], actions: [t]}
  - {id: o2, title: t, urgency: within_24h, primary: [s], actions: [t]}
  - {id: o3, title: t, urgency: routine, primary: [s], actions: [t]}
"#;

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
